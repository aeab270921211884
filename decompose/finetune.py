"""Explain a fine-tune: distil it into a soft prompt, decompose that soft prompt, and multiply the figures out.

    softprism explain-finetune FINETUNE --out DIR [--config configs/eval/decompose.yaml] [--set key=value ...]
        [--model auto|embedded|tiny|PATH] [--probes TASK.jsonl] [--length 16] [--positions 4] [--steps 300]
        [--index DIR] [--oracle DIR|none] [-k N] [...the distillation flags of `softprism distil-finetune`]

FINETUNE: a PEFT LoRA adapter folder or a full fine-tuned model folder (synth/finetune.py). Three figures, each on
held-out probes:

- `captured` (fine-tune -> soft prompt): 1 - KL(fine-tune || base + soft prompt) / KL(fine-tune || base), the
  distillation's (synth/finetune.py), on the fine-tune's own greedy replies;
- `explained` (soft prompt -> hard prompts): the decomposition's (`Decomposer.run` on the distilled soft prompt,
  with its chance line, `explained_chance`);
- `explained_ft` (fine-tune -> hard prompts, directly): the decomposition's k prompts (and the no-prompt
  intercept) refitted against the fine-tune's own distributions on the decomposition's fit probes, measured on its
  held-out probes: 1 - KL(fine-tune || PoE) / KL(fine-tune || base). The fine-tune's final states enter the
  pipeline's one fit path as a `Target` (`Decomposer.dictionary_fit`), which is exact when the fine-tune leaves the
  output head alone (LoRA on attention or MLP weights). When its head differs, the answer is scored with its own
  weights over the full vocabulary instead, and result.json says so (`explained_ft_method`).
  `explained_ft_answer_weights` scores the answer's own weights in every case, and `explained_ft_null_only` the
  no-prompt intercept alone refitted the same way (what sharpening or flattening the base model gives: the floor
  `explained_ft` is read against).

`chain` = captured x explained is the multiplied-out figure; KL fractions do not compose exactly, so
`explained_ft` is the direct check of it. DIR holds result.json (the decomposition's keys, with `captured`,
`explained`, `explained_ft`, `explained_chance`, `chain` at the top and the details under `finetune`),
report.html, soft_prompt/ (the distilled PEFT adapter with finetune.json), config.yaml and run.json, written
all-or-nothing; a killed run resumes its distillation from `.DIR.distil.resume.pt` beside DIR.

Must not: import eval/ (the baselines are not run here), train anything but the distillation it calls, or write
outside DIR, its resume checkpoint and the state cache.
"""

from __future__ import annotations

import argparse
import html
import json
import logging
import math
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import torch

from softprism.poe.errors import InputError
from softprism.poe.runs import main_guard

if TYPE_CHECKING:
    from softprism.decompose.result import Report
    from softprism.poe.lm import FrozenLM
    from softprism.synth.finetune import FinetuneResult

log = logging.getLogger("softprism.decompose.finetune")


def _f(x: float | None) -> float | None:
    return None if x is None or not math.isfinite(x) else float(x)


def _frac(kl: float, kl_base: float) -> float:
    return 1.0 - kl / kl_base if kl_base > 0 else float("nan")


@dataclass
class FinetuneExplanation:
    """What `explain_finetune` returns: the decomposition `report` of the distilled soft prompt, the distillation
    (`distilled`, a `synth.finetune.FinetuneResult`) and the figures against the fine-tune itself (`figures`)."""

    report: "Report"
    distilled: "FinetuneResult"
    figures: dict
    lm: "FrozenLM | None" = None
    """The base model (`poe.lm.FrozenLM`)."""
    warnings: list[str] = field(default_factory=list)

    @property
    def captured(self) -> float:
        return self.figures["captured"]

    @property
    def explained(self) -> float:
        return self.figures["explained"]

    @property
    def explained_ft(self) -> float:
        return self.figures["explained_ft"]

    def to_json(self) -> dict:
        """What result.json holds: the decomposition's report, the headline figures at the top, details under
        `finetune`."""
        rep = self.report.to_json()
        rep["warnings"] = list(dict.fromkeys(self.warnings + rep.get("warnings", [])))
        top = {k: _f(self.figures.get(k)) for k in ("captured", "explained", "explained_ft", "explained_chance",
                                                    "chain")}
        return {**top, "finetune": self.figures, **rep}

    def html(self) -> str:
        """The decomposition's HTML report with the fine-tune's section at the top."""
        from softprism.decompose.report import render

        page = render(self.to_json())
        return page.replace("</h1>", "</h1>\n" + finetune_section(self.figures), 1)

    def _repr_html_(self) -> str:
        return self.html()

    def __str__(self) -> str:
        return summary_lines(self.figures) + "\n" + str(self.report)


def finetune_section(fig: dict) -> str:
    """The HTML block of the three figures and what they multiply out to."""
    e = lambda x: html.escape(str(x))  # noqa: E731
    n = lambda x: "–" if x is None else f"{x:.3f}"  # noqa: E731
    d = fig.get("distil", {})
    rows = [
        ("captured", "fine-tune → soft prompt", fig.get("captured"),
         f"held-out {e(d.get('like_training'))} probes, the fine-tune's own replies; per part: "
         + ", ".join(f"{e(k)} {n(v.get('captured'))}" for k, v in d.get("heldout", {}).items())),
        ("explained", "soft prompt → hard prompts", fig.get("explained"),
         f"the decomposition's held-out probes; chance line {n(fig.get('explained_chance'))}"),
        ("chain", "captured × explained", fig.get("chain"), "the multiplied-out figure (KL fractions compose only "
                                                            "roughly)"),
        ("explained_ft", "fine-tune → hard prompts, directly", fig.get("explained_ft"),
         f"the answer's prompts fitted to the fine-tune ({e(fig.get('explained_ft_method'))}); with the answer's own "
         f"weights {n(fig.get('explained_ft_answer_weights'))}; the no-prompt intercept alone (its sharpness only) "
         f"{n(fig.get('explained_ft_null_only'))}"),
    ]
    body = "".join(f"<tr><td><code>{k}</code></td><td>{what}</td><td class='num'>{n(v)}</td><td>{note}</td></tr>"
                   for k, what, v, note in rows)
    ft = d.get("finetune", {})
    return (f"<h2>The fine-tune</h2><p><code>{e(ft.get('path'))}</code> ({e(ft.get('type'))}) on base model "
            f"<code>{e(d.get('base_model', {}).get('name'))}</code>, distilled into a soft prompt of "
            f"{e(d.get('length'))} virtual tokens matching {e(d.get('positions'))} reply positions "
            f"({e(d.get('steps'))} steps).</p><table><tr><th>figure</th><th>what</th><th>value</th><th>on</th></tr>"
            f"{body}</table>")


def summary_lines(fig: dict) -> str:
    """The figures as the command prints them, one per line."""
    n = lambda x: "–" if x is None else f"{x:.3f}"  # noqa: E731
    d = fig.get("distil", {})
    parts = ", ".join(f"{k} {n(v.get('captured'))}" for k, v in d.get("heldout", {}).items())
    return (f"captured {n(fig.get('captured'))} (fine-tune -> soft prompt; held-out parts: {parts})\n"
            f"explained {n(fig.get('explained'))} (soft prompt -> hard prompts; "
            f"chance {n(fig.get('explained_chance'))})\n"
            f"chain {n(fig.get('chain'))} (captured x explained)\n"
            f"explained_ft {n(fig.get('explained_ft'))} (fine-tune -> hard prompts directly, "
            f"{fig.get('explained_ft_method')}; answer's own weights {n(fig.get('explained_ft_answer_weights'))}; "
            f"no-prompt intercept alone {n(fig.get('explained_ft_null_only'))})")


@torch.no_grad()
def _poe_kl(dec, ft, texts: list[str], weights: list[float], null_weight: float | None,
            ft_held: torch.Tensor, chunk: int = 512) -> float:
    """KL(fine-tune || PoE of `texts` with `weights` and the null's weight) on the decomposer's held-out probes,
    over the full vocabulary, each side with its own output head (so any fine-tune can be scored this way)."""
    _, H, _ = dec.store.get(texts)  # [n + 1, P, d], the null row last
    w = torch.tensor(list(weights) + [null_weight or 0.0], dtype=torch.float32)
    u = torch.einsum("n,npd->pd", w, H.float())  # the PoE's logits are W u + (sum w) b
    W = dec.lm.head_weight.detach().float().cpu()
    b = None if dec.lm.head_bias is None else dec.lm.head_bias.detach().float().cpu() * float(w.sum())
    total = 0.0
    for s in range(0, u.shape[0], chunk):
        lp = torch.log_softmax(ft.lm.head_logits(ft_held[s:s + chunk].to(ft.lm.device, ft.lm.head_weight.dtype))
                               .float().cpu(), -1)
        logits = u[s:s + chunk] @ W.T
        lq = torch.log_softmax(logits if b is None else logits + b, -1)
        total += float((lp.exp() * (lp - lq)).sum())
    return total / max(1, u.shape[0])


def against_finetune(dec, ft, result, soft: torch.Tensor) -> dict:
    """The decomposition's answer (`result`, a `DecompositionResult`) scored against the fine-tune `ft` on the
    decomposer's probes: refitted (`explained_ft`) and with its own weights (`explained_ft_answer_weights`), and the
    soft prompt's own share of the fine-tune there (`captured_decompose_probes`)."""
    from softprism.decompose.target import Target
    from softprism.poe.solver import SolverConfig
    from softprism.synth.finetune import kl_rows

    t0 = time.perf_counter()
    f = ft.states(dec.fit_tails).reshape(-1, dec.lm.d_model)
    h = ft.states(dec.held_tails).reshape(-1, dec.lm.d_model)
    by_text = {c.text: c for c in result.dictionary}
    cands = [by_text[c.text] for c in result.components if c.text in by_text]
    texts, weights = [c.text for c in cands], [c.weight for c in result.components if c.text in by_text]
    soft_held = dec.prepare(soft).states[1]
    _, H, _ = dec.store.get(texts)
    kl_soft = float(kl_rows(h, ft.lm, soft_held, dec.lm).mean())
    kl_base = float(kl_rows(h, ft.lm, H[-1], dec.lm).mean())
    out: dict = {"kl_ft_base": _f(kl_base), "kl_ft_soft": _f(kl_soft),
                 "captured_decompose_probes": _f(_frac(kl_soft, kl_base))}
    kl_answer = _poe_kl(dec, ft, texts, weights, result.null_weight, h)
    out["kl_ft_answer"] = _f(kl_answer)
    out["explained_ft_answer_weights"] = _f(_frac(kl_answer, kl_base))
    if ft.same_head(dec.lm) and cands:
        target = Target(soft, (f, h), time.perf_counter() - t0)
        solver = SolverConfig(**{**dec.solver.__dict__, "l1": 0.0})
        dfit, fitted = dec.dictionary_fit(target, cands, solver)
        fit = dfit.fit(states=fitted.states, with_path=False)
        null_only = dfit.fit(states=fitted.states, candidates=[], with_path=False) if dec.cfg.include_null else None
        out["explained_ft_null_only"] = None if null_only is None else _f(null_only.explained)
        out.update({"explained_ft": _f(fit.explained), "kl_ft_refit": _f(fit.kl), "kl_ft_base_fit": _f(fit.kl_base),
                    "explained_ft_method": "refit: the answer's prompts and the no-prompt intercept, L2 only, "
                                           "fitted to the fine-tune on the fit probes",
                    "explained_ft_components": [{"text": c.text, "weight": c.weight} for c in fit.components],
                    "explained_ft_null_weight": fit.null_weight})
        if dec.fit_on == "labels":
            out["explained_ft_method"] += " (on the task's decision: fit_on labels)"
    else:
        out.update({"explained_ft": out["explained_ft_answer_weights"],
                    "explained_ft_method": "the answer's own weights" + (
                        " (the fine-tune's output head differs from the base model's, so its distributions are "
                        "not base-model states the solver can fit)" if cands else " (the answer is empty)")})
    out["seconds"] = round(time.perf_counter() - t0, 3)
    return out


def explain_finetune(cfg, fcfg, resume_file: Path | None = None, progress: bool = True) -> FinetuneExplanation:
    """Distil the fine-tune of `fcfg` (a `synth.finetune.FinetuneConfig`), decompose the soft prompt under `cfg`
    (a `DecomposeConfig`: its model, probes, index, oracle, k and chance line; the slot is always `prefix`, where
    the soft prompt was fitted), and score the answer against the fine-tune. Bad input raises `InputError` before
    anything is computed."""
    from softprism.decompose.candidates import read_texts
    from softprism.decompose.cli import open_decomposer
    from softprism.poe.lm import load_lm
    from softprism.poe.probes import fit_heldout
    from softprism.poe.softprompt import SoftPrompt, base_model_name
    from softprism.retrieval.index import PromptIndex
    from softprism.synth.finetune import distil_finetune, finetune_probes, inspect_finetune, load_finetune, resolve_base

    warnings: list[str] = []
    if cfg.slot.kind != "prefix":
        warnings.append(f"slot {cfg.slot.kind!r} ignored: the soft prompt is fitted in the prefix slot")
        cfg.slot.kind = "prefix"
    probes = finetune_probes(fcfg)
    info = inspect_finetune(fcfg.finetune)
    fit_heldout(cfg.probes)  # the decomposition's inputs fail here too, before the distillation runs
    if cfg.candidates.file:
        read_texts(cfg.candidates.file)
    if cfg.retrieval.index:
        PromptIndex.read_sidecar(Path(cfg.retrieval.index))
    spec = fcfg.model if fcfg.model != "auto" else cfg.model.name
    cfg.model.name = resolve_base(spec, info)
    lm = load_lm(cfg.model)
    ft = load_finetune(lm, fcfg.finetune, fcfg.ignore_base_model)
    distilled = distil_finetune(lm, ft, fcfg, probes, resume_file=resume_file, progress=progress)
    sp = SoftPrompt(distilled.prompt, f"{fcfg.finetune} (distilled)", "distilled", None)
    dec, soft, more = open_decomposer(cfg, sp, sp.source)
    warnings += more
    rep = dec.run(soft, baselines=False, soft_info={"source": sp.source, "format": "distilled from a fine-tune",
                                                    "base_model": base_model_name(lm.name)})
    res = rep.pipeline
    direct = against_finetune(dec, ft, res, soft)
    figures = {
        "captured": _f(distilled.captured), "explained": _f(res.explained),
        "explained_chance": _f(res.explained_chance), "explained_ft": direct["explained_ft"],
        "chain": _f(distilled.captured * res.explained),
        **{k: v for k, v in direct.items() if k != "explained_ft"},
        "distil": distilled.to_json(),
    }
    return FinetuneExplanation(rep, distilled, figures, lm, warnings)


def main(argv: list[str] | None = None) -> int:
    from softprism.decompose import report as html_report  # noqa: F401 - fails early when matplotlib is missing
    from softprism.decompose.config import DecomposeConfig
    from softprism.poe.config import add_config_arguments, config_from_args
    from softprism.poe.runs import atomic_dir, claim_out, provenance, write_json, write_run_info
    from softprism.synth.distil_finetune import add_distil_arguments, distil_config
    from softprism.synth.finetune import write_distilled

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_distil_arguments(ap, with_probes=False)
    ap.add_argument("--model", help="base model: auto (the adapter's recorded base), embedded, tiny, or a HF path "
                                    "(overrides model.name)")
    ap.add_argument("--probes", help="JSONL task file (`input` per row) for the distillation and the decomposition "
                                     "(overrides probes.source); default: the embedded probes")
    ap.add_argument("--index", help="index folder from retrieval/build.py (default: default_index())")
    ap.add_argument("--oracle", help="oracle folder, or `none` (default: the shipped oracle for this model)")
    ap.add_argument("--signatures", help="signature index folder, `auto` or `none`")
    ap.add_argument("-k", type=int, help="components to report (overrides k)")
    ap.add_argument("--out", type=Path, help="run folder: result.json, report.html, soft_prompt/, config.yaml, "
                                             "run.json (required)")
    ap.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    add_config_arguments(ap, "eval")
    args = ap.parse_args(argv)
    flags = {"model.name": args.model, "probes.source": args.probes, "retrieval.index": args.index,
             "oracle": args.oracle, "retrieval.signatures": args.signatures, "k": args.k}
    cfg = config_from_args(DecomposeConfig, args, [f"{k}={json.dumps(v)}" for k, v in flags.items() if v is not None])
    if cfg is None:
        return 0
    if args.out is None:
        raise InputError("pass --out DIR: the run folder to write")
    if args.threads:
        torch.set_num_threads(args.threads)
    task = args.probes or (cfg.probes.source if cfg.probes.source != "default" else "")
    fcfg = distil_config(args, args.model or "auto", task)
    inputs = [fcfg.finetune, task or None, cfg.retrieval.index, cfg.retrieval.corpus, cfg.candidates.file, cfg.oracle]
    out: Path = claim_out(args.out, ("run.json", "result.json"), inputs, args.overwrite)
    resume = out.with_name(f".{out.name}.distil.resume.pt")
    exp = explain_finetune(cfg, fcfg, resume_file=resume, progress=True)
    result = exp.to_json()
    result["provenance"].update({k: v for k, v in provenance().items() if k in ("git_sha", "started", "argv")})
    assert exp.lm is not None  # a run's own explanation holds its model
    with atomic_dir(out) as tmp:
        write_distilled(tmp / "soft_prompt", exp.lm, exp.distilled)
        write_run_info(tmp, cfg, {"command": "explain_finetune", "finetune": fcfg.finetune,
                                  "distil_config": asdict(fcfg), "model_fingerprint": exp.lm.fingerprint})
        write_json(tmp / "result.json", result)
        (tmp / "report.html").write_text(exp.html(), encoding="utf-8")
    resume.unlink(missing_ok=True)
    print(summary_lines(exp.figures))
    for w in result.get("warnings", []):
        print(f"warning: {w}")
    print(f"report: {out / 'report.html'}")
    return 0


if __name__ == "__main__":
    main_guard(main)
