"""Decompose a real soft prompt into a short weighted list of hard prompts, with baselines and a report.

    python eval/decompose_real.py SOFT_PROMPT [-k 10] [--out DIR] [--json PATH] [--html PATH]
        [--model NAME|PATH] [--slot prefix|system] [--probes FILE.jsonl] [--index DIR] [--corpus SPEC]
        [--oracle DIR|none] [--signatures DIR|auto|none] [--candidates FILE] [--no-baselines] [--config configs/eval/decompose.yaml]
        [--set key=value ...] [--help-config]

SOFT_PROMPT: a PEFT prompt-tuning adapter folder, or a .safetensors / .pt file holding one 2-D tensor
[n_virtual, d_model]. The model defaults to the adapter's base model when it loads offline (the embedded
SmolLM2-135M-Instruct answers to its hub name), else to the embedded default. The index defaults to
`decompose.defaults.default_index()` (a shipped one, else 5,000 generated prompts embedded once with MiniLM under
$SOFTPRISM_CACHE); the signature index to retrieval/shipped_signatures when it was built for the model and slot
(signature pursuit then proposes candidates by what prompts *do*); the oracle to the shipped one trained on this
model (oracle/shipped_v2, else oracle/shipped; `decompose.defaults.auto_oracle`). Without one, candidates come from
the projection and patchscope retrievals, and a warning says so. `--out DIR` writes result.json, report.html, config.yaml and
run.json together (all or nothing). Bad input prints one `error:` line and exits with status 2, writing nothing.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from softprism.decompose.chance import chance_sentence  # noqa: E402
from softprism.poe.config import add_config_arguments, config_from_args  # noqa: E402
from softprism.poe.errors import InputError  # noqa: E402
from softprism.poe.runs import main_guard  # noqa: E402

log = logging.getLogger(__name__)

GROUND_TRUTH_FILES = ("synth_example.json", "softprism.json")


def canonical_model(name: str) -> str:
    """A model spec in comparable form: `embedded` for SmolLM2-135M-Instruct under any of its names (hub name,
    the converted cache folder), `tiny` for the test model's folder, a resolved path for other local folders."""
    from softprism.poe.softprompt import EMBEDDED_HF_NAME

    if name in ("embedded", EMBEDDED_HF_NAME):
        return "embedded"
    p = Path(name).expanduser()
    if p.name.startswith("SmolLM2-135M-Instruct-") and p.parent.name == "models":
        return "embedded"
    if p.name.startswith("tiny-llama-v") and p.parent.name == "models":
        return "tiny"
    return str(p.resolve()) if p.exists() else name


def resolve_model(spec: str, base_model: str | None, source: str, ignore_base: bool) -> tuple[str, str | None]:
    """(model name to load, warning or None). `spec` = config model.name (`auto` = follow the adapter)."""
    from softprism.poe.lm import load_lm

    base = canonical_model(base_model) if base_model else None
    if spec != "auto":
        if base is not None and not ignore_base and base != canonical_model(spec):
            raise InputError(f"{source}: the adapter was trained for base model {base_model!r}, not {spec!r}; drop "
                             "--model to use its base model (or pass --ignore-base-model to force it)")
        return spec, None
    if base is None:
        return "embedded", None
    try:
        load_lm(base)
        return base, None
    except InputError as e:
        return "embedded", (f"the adapter's base model {base_model!r} cannot be loaded offline ({e}); using the "
                            "embedded SmolLM2-135M-Instruct instead — pass --model to choose")


def ground_truth_of(path: Path) -> list[str]:
    """Component texts recorded beside an adapter by synth/export.py (empty when there are none)."""
    if not path.is_dir():
        return []
    for name in GROUND_TRUTH_FILES:
        f = path / name
        if f.is_file():
            try:
                texts = json.loads(f.read_text()).get("component_texts") or []
            except (OSError, json.JSONDecodeError, AttributeError):
                log.warning("%s: unreadable; ignoring its ground truth", f)
                return []
            return [str(t) for t in texts]
    return []


def open_index(cfg):
    """The PromptIndex named by cfg.retrieval (checked against its corpus/encoder when given), and its encoder."""
    from softprism.retrieval.corpus import load_corpus
    from softprism.retrieval.encoder import Encoder
    from softprism.retrieval.index import PromptIndex

    from softprism.decompose.defaults import default_index

    r = cfg.retrieval
    corpus = load_corpus(r.corpus) if r.corpus else None
    encoder = Encoder(r.encoder) if r.encoder else None
    if r.index:
        index = PromptIndex.load(r.index, corpus=corpus, encoder=encoder, encoder_key="retrieval.encoder")
    elif corpus is not None:
        from softprism.poe.lm import cache_root
        from softprism.retrieval.builder import build_index
        from softprism.retrieval.config import EncoderConfig, RetrievalConfig
        from softprism.retrieval.index import SIDECAR_FILE

        enc_name = r.encoder or "default"
        import hashlib

        key = hashlib.sha256(f"{corpus.fingerprint}:{enc_name}".encode()).hexdigest()[:12]
        folder = cache_root() / "index" / f"corpus-{key}"
        if (folder / SIDECAR_FILE).is_file():
            index = PromptIndex.load(folder, corpus=corpus)
        else:
            log.warning("building an index of %d prompts with encoder %s under %s (once)", len(corpus), enc_name,
                        folder)
            index = build_index(RetrievalConfig(encoder=EncoderConfig(name=enc_name)), folder, corpus=corpus,
                                encoder=encoder)
    else:
        index = default_index()
    return index, (encoder if encoder is not None else index.encoder)


def _interval(ci) -> str:
    """` (90% over probes: lo to hi)` for a bootstrap interval, or nothing."""
    return f" (90% interval over probes {ci[0]:.2f} to {ci[1]:.2f})" if ci else ""


def _one_line(text: str, width: int = 200) -> str:
    """A prompt on one terminal line: line breaks shown as ⏎, cut at `width` characters (the JSON keeps it whole)."""
    flat = " ⏎ ".join(line.strip() for line in text.strip().splitlines() if line.strip())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def print_report(rep: dict, where: str | None) -> None:
    """The ranked table and the headline numbers on stdout."""
    p = rep["pipeline"]
    f = lambda x, s=".4g": "–" if x is None else format(x, s)  # noqa: E731
    print(f"\n{rep['soft_prompt'].get('source', 'soft prompt')}: {p['k']} components from {p['n_candidates']} "
          f"candidates ({', '.join(f'{k} {v}' for k, v in p['candidates'].items()) or 'none'})")
    by = p.get("info", {}).get("rank_by")
    print({"path": "ranked in the order the greedy path added them (1 = the best single prompt)",
           "|weight|": "ranked by |weight|"}.get(by, ""))
    roles = any(c.get("role") for c in p["components"])  # a labelled task: content or reply format per prompt
    print(f"{'rank':>4}  {'weight':>8}  {'source':<11} " + (f"{'role':<8} " if roles else "") + "text")
    for c in p["components"]:
        print(f"{c['rank']:>4}  {c['weight']:+8.4f}  {c['source']:<11} "
              + (f"{c.get('role') or '–':<8} " if roles else "") + _one_line(c["text"]))
    if roles:
        print("role: content = leaving the prompt out costs more of the task's decision than of the reply; "
              "format = it fits how the reply looks more than which answer it gives")
    if p.get("info", {}).get("fit_on") == "labels":
        print("fitted and measured on the task's decision: the first reply token over the label tokens only")
    elif p.get("info", {}).get("fit_on") == "both":
        print(f"fitted to the response plus {p['info'].get('label_weight')} x the task's decision (first reply token "
              "over the label tokens); kl and explained below are the response's")
    print(f"held-out kl {f(p['kl'])}  kl_base {f(p['kl_base'])}  explained {f(p['explained'], '.3f')}  "
          f"kl_best_single {f(p['kl_best_single'])} (explained {f(p['explained_best_single'], '.3f')})  "
          f"full fit: explained {f(p['explained_full'], '.3f')}")
    d = p.get("decision")
    if d:
        n = d["n_probes"]
        print(f"on the task's decision (first reply token, labels {', '.join(repr(x) for x in d['labels'][:6])}"
              f"{', ...' if len(d['labels']) > 6 else ''}; {n} held-out probes): explained_label "
              f"{f(d['explained_label'], '.3f')}{_interval(d.get('explained_label_ci90'))}, top label agrees with the soft prompt's on "
              f"{round(d['agreement'] * n)}/{n} (no prompt {round(d['agreement_base'] * n)}/{n}); reference accuracy: "
              f"soft prompt {round(d['accuracy_soft'] * n)}/{n}, answer {round(d['accuracy_answer'] * n)}/{n}, "
              f"no prompt {round(d['accuracy_base'] * n)}/{n}")
    if p.get("chance"):
        print(f"chance: {chance_sentence(p['chance'])}")
    steps = [s for s in p.get("path", []) if s["texts"]]
    if steps:
        print("greedy path (held-out explained as each prompt is added):")
        for s in steps:
            print(f"  k={s['k']:<2} {f(s['explained'], '.3f'):>6}  + {_one_line(s['texts'][-1])}")
    if rep["baselines"]:
        print("baselines, explained (k components / full dictionary): " + "  ".join(
            f"{m} {f(r['explained'], '.3f')}/{f(r['explained_full'], '.3f')}"
            + (f" (labels {f(r['decision']['explained_label'], '.3f')})" if r.get("decision") else "")
            for m, r in rep["baselines"].items()))
    chance_s = p.get("timing", {}).get("chance_s")
    print(f"time {rep['summary']['pipeline']['total_s']:.1f} s (pipeline)"
          + (f" + {chance_s:.1f} s (chance line)" if chance_s is not None else ""))
    for w in rep.get("warnings", []):
        print(f"warning: {w}")
    if where:
        print(f"report: {where}")


def main(argv: list[str] | None = None) -> int:
    """The CLI of `softprism decompose` and eval/decompose_real.py."""
    from softprism.decompose.config import DecomposeConfig

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("soft_prompt", nargs="?", help="PEFT adapter folder, .safetensors or .pt file")
    ap.add_argument("--model", help="HF model name or folder, `embedded` or `tiny` (overrides model.name)")
    ap.add_argument("--ignore-base-model", action="store_true",
                    help="use --model even though the adapter records another base model")
    ap.add_argument("--slot", choices=["prefix", "system"], help="where the soft prompt goes (overrides slot.kind)")
    ap.add_argument("--probes", help="JSONL task inputs (`input`, optional `output`); default: the embedded set")
    ap.add_argument("--index", help="index folder from retrieval/build.py (default: default_index())")
    ap.add_argument("--corpus", help="corpus the index must be built from (`default:N` or a file/folder)")
    ap.add_argument("--oracle", help="oracle folder, or `none` (default: the shipped oracle for this model, "
                    "oracle/shipped_v2 else oracle/shipped)")
    ap.add_argument("--signatures", help="signature index folder (retrieval/build.py --signatures), `auto` (default: "
                                         "the shipped one when built for this model and slot) or `none`")
    ap.add_argument("--candidates", help="extra candidate prompts: a text file (one per line) or JSONL with `text`")
    ap.add_argument("-k", type=int, help="components to report (overrides k)")
    ap.add_argument("--baselines", action=argparse.BooleanOptionalAction, default=None,
                    help="run the baselines (default: on)")
    ap.add_argument("--json", type=Path, help="write the result JSON here")
    ap.add_argument("--html", type=Path, help="write the HTML report here")
    ap.add_argument("--out", type=Path, help="run folder: result.json, report.html, config.yaml, run.json")
    ap.add_argument("--overwrite", action="store_true",
                    help="replace --out even when it is a non-empty folder that is not a decompose run")
    add_config_arguments(ap, "eval")
    args = ap.parse_args(argv)
    flags = {"model.name": args.model, "slot.kind": args.slot, "probes.source": args.probes,
             "retrieval.index": args.index, "retrieval.corpus": args.corpus, "oracle": args.oracle,
             "retrieval.signatures": args.signatures,
             "candidates.file": args.candidates, "k": args.k,
             "baselines.enabled": args.baselines}
    extra = [f"{k}={json.dumps(v)}" for k, v in flags.items() if v is not None]  # JSON values are valid YAML
    cfg = config_from_args(DecomposeConfig, args, extra)
    if cfg is None:
        return 0
    if not args.soft_prompt:
        raise InputError("pass the soft prompt to decompose: a PEFT adapter folder, a .safetensors or a .pt file")
    return decompose_file(cfg, Path(args.soft_prompt), args.out, args.json, args.html, args.ignore_base_model,
                          args.overwrite)


def open_decomposer(cfg, sp, source: str, ignore_base: bool = False):
    """A loaded soft prompt `sp` (`poe.softprompt.SoftPrompt`) and a `DecomposeConfig` -> (Decomposer, the checked
    soft prompt [L, d], warnings): model, probes, index, oracle and signature index resolved as the CLI does."""
    from softprism.decompose.candidates import read_texts
    from softprism.decompose.defaults import load_oracle, load_signature_index
    from softprism.decompose.pipeline import Decomposer
    from softprism.poe.lm import load_lm
    from softprism.poe.probes import fit_heldout
    from softprism.poe.slot import PromptSlot
    from softprism.retrieval.index import PromptIndex

    name, warning = resolve_model(cfg.model.name, sp.base_model, source, ignore_base)
    fit_p, held_p = fit_heldout(cfg.probes)
    if cfg.candidates.file:
        read_texts(cfg.candidates.file)
    if cfg.retrieval.index:
        PromptIndex.read_sidecar(Path(cfg.retrieval.index))
    warnings = [warning] if warning else []
    if warning:
        log.warning(warning)
    cfg.model.name = name
    lm = load_lm(cfg.model)
    soft = lm.check_soft_prompt(sp.embeddings, source)
    slot = PromptSlot(lm, cfg.slot.kind)
    index, encoder = open_index(cfg)
    oracle = load_oracle(cfg.oracle, lm)
    signatures = load_signature_index(cfg.retrieval.signatures, lm, slot)
    if oracle is None and cfg.oracle != "none":
        msg = (f"no shipped oracle was trained on {lm.name}: decomposing without one (train one with "
               "oracle/train.py and pass --oracle RUN); candidates come "
               f"from {' + '.join(cfg.candidates.fallback) or 'your --candidates'} instead")
        log.warning(msg)
        warnings.append(msg)
    dec = Decomposer(lm, slot, fit_p, held_p, index, encoder=encoder, oracle=oracle, cfg=cfg,
                     signatures=signatures)
    return dec, soft, warnings


def decompose_file(cfg, path: Path, out: Path | None, json_path: Path | None, html_path: Path | None,
                   ignore_base: bool = False, overwrite: bool = False) -> int:
    """Everything after argument parsing: validate inputs (fast), decompose, write outputs, print the table.
    Output paths are checked (and `out` locked) before anything else: `poe.runs.claim_out`."""
    from softprism.decompose import report as html_report
    from softprism.poe.runs import atomic_dir, check_out_file, claim_out, provenance, write_json, write_run_info
    from softprism.poe.softprompt import load_soft_prompt

    inputs = [path, cfg.probes.source, cfg.retrieval.index, cfg.retrieval.corpus, cfg.candidates.file, cfg.oracle]
    for p, flag in ((json_path, "--json"), (html_path, "--html")):
        if p is not None:
            check_out_file(p, inputs, flag)
    if out is not None:
        claim_out(out, ("run.json", "result.json"), inputs, overwrite)
    sp = load_soft_prompt(path)  # bad files fail here, before any model loads
    dec, soft, warnings = open_decomposer(cfg, sp, str(path), ignore_base)
    lm = dec.lm
    gt = list(cfg.baselines.ground_truth) or ground_truth_of(path)
    rep = dec.run(soft, ground_truth=gt or None,
                  soft_info={"source": str(path), "format": sp.format, "base_model": sp.base_model})
    result = rep.to_json()
    result["warnings"] = warnings + [w for w in result["warnings"] if w not in warnings]
    result["provenance"].update({k: v for k, v in provenance().items() if k in ("git_sha", "started", "argv")})
    where = None
    if out is not None:
        with atomic_dir(out) as tmp:
            write_run_info(tmp, cfg, {"command": "decompose_real", "soft_prompt": str(path),
                                      "model_fingerprint": lm.fingerprint})
            write_json(tmp / "result.json", result)
            html_report.write(tmp / "report.html", result)
        where = str(out / "report.html")
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        write_json(json_path, result)
    if html_path is not None:
        html_report.write(html_path, result)
        where = where or str(html_path)
    print_report(result, where)
    return 0


if __name__ == "__main__":
    main_guard(main)
