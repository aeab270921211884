"""Answer the user's research questions on one model, in docs/FINDINGS.md, from one command.

    python -m benchmarks.findings --config configs/eval/findings.yaml --out docs/ [--redo q2 --redo q4 ...] [--set k=v]
    python -m benchmarks.findings --config configs/eval/findings_tiny.yaml --out /tmp/f   # CI size: tiny model, seconds

Run from the repository root (benchmarks/ is not installed). docs/FINDINGS.md is a project document: this generator
is one of the project's measurements, not a user command.

The six questions (answered in docs/FINDINGS.md):

- q1  Phase 0 / 0.5: does the machinery recover a known hard prompt; is the degradation under embedding noise
      smooth or a phase transition? (eval/phases.py results read from `phases.phase0/phase05`, or rerun)
- q2  Phase 1: for soft prompts trained with PEFT on real tasks, are the top-weighted prompts about the task?
- q3  Phase 2: candidate dictionaries from (a) the oracle + FAISS, (b) prompts the LM proposes and refines from the
      residual (decompose/propose.py), (c) retrieval from a baseline verbalisation: which explains more KL, with how
      many LM calls?
- q4  The skeptic's question: KL-versus-number-of-components curves for synthetic and real soft prompts.
- q5  Portability: task accuracy with the decomposition used as a PoE prompt, or its top text prompt alone.
- q6  Where it breaks: the worst cases found and what they share.

Units whose inputs are missing are recorded as "not measured" and retried on the next run, so the command can be
rerun as adapters, an oracle or a benchmark appear; measured units are kept until `--redo`.

Work is cached in units under OUT/findings/work/ (`phases.json`, `task_<name>.json`, `skeptic.json`,
`synthetic.json`), each written when computed; the question files OUT/findings/q1..q6.json, the figures
OUT/findings/q*.png and OUT/FINDINGS.md are rebuilt from the units on every run (cheap). `--redo qN` recomputes
the units question N reads (`--redo all`: everything). A missing input (no adapters, no oracle, no benchmark)
gives a "not measured: <why>" section, never a crash. Deterministic: fixed seeds everywhere.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import hashlib
import json
import logging
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import torch

from softprism.decompose.config import DecomposeConfig
from softprism.decompose.diagnostics import Diagnostics, Timing
from softprism.decompose.propose import ProposeConfig
from softprism.poe.config import add_config_arguments, config_from_args
from softprism.poe.errors import InputError
from softprism.poe.probes import ProbeConfig
from softprism.poe.runs import main_guard

log = logging.getLogger("benchmarks.findings")

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ("q1", "q2", "q3", "q4", "q5", "q6")
SOURCES = ("signature", "oracle", "lm", "patchscope_retrieval", "projection_retrieval", "union", "reference")
SINGLE = ("signature", "oracle", "lm", "patchscope_retrieval", "projection_retrieval")  # what `union` joins
# generated sequences per method
LM_CALLS = {"signature": 0, "oracle": 0, "projection_retrieval": 0, "patchscope_retrieval": 1}


# ---------------------------------------------------------------------------------------------------------------
# Config
# ---------------------------------------------------------------------------------------------------------------

@dataclass
class TaskInput:
    """One real task: its soft prompt (a PEFT adapter folder) and its data."""

    name: str = ""
    """Short name (used in file names and tables)."""
    adapter: str = ""
    """PEFT prompt-tuning adapter folder (`softprism train-prompt --out`), or a .safetensors/.pt soft prompt."""
    train: str = ""
    """JSONL task file the soft prompt was trained on: the decomposition's probes come from it."""
    test: str = ""
    """JSONL test file for the accuracies (q5)."""
    description: str = ""
    """What the soft prompt was trained to do, as a one-line instruction: the reference for q2 (similarity) and the
    `hard` condition of q5."""
    train_steps: int = 0
    """When the adapter is missing: train a soft prompt in-process for this many steps (tiny config only; 0 =
    report the task as not measured)."""
    length: int = 4
    """In-process training only: virtual tokens."""
    lr: float = 0.05
    """In-process training only: learning rate."""


@dataclass
class PhasesInput:
    """Where q1's numbers come from."""

    phase0: str = "docs/results/phase0.json"
    """Phase 0 JSON written by `python eval/phases.py phase0` (read when `rerun` is empty)."""
    phase05: str = "docs/results/phase05.json"
    """Phase 0.5 JSON written by `python eval/phases.py phase05`."""
    command: str = "python eval/phases.py phase0|phase05 --config configs/eval/phases.yaml"
    """The command that wrote those files (quoted in the report)."""
    rerun: str = ""
    """A phases config (e.g. configs/eval/phases_tiny.yaml): rerun both phases with it instead of reading files."""
    rerun_overrides: list[str] = field(default_factory=list)
    """`--set` overrides for `rerun`."""


@dataclass
class SyntheticInput:
    """Synthetic soft prompts (known mixtures) for q4 and q6."""

    benchmark: list[str] = field(default_factory=list)
    """benchmark.json files (or folders holding one) written by eval/benchmark.py; the first that exists is read."""
    data: list[str] = field(default_factory=list)
    """synth/generate.py run folders whose first `max_examples` examples are decomposed here (first existing)."""
    max_examples: int = 4
    """Synthetic soft prompts decomposed here, per synth run (the first by index)."""
    generate: str = ""
    """When no `data` folder exists: a synth config to generate a small run with (into the cache; tiny config)."""
    generate_overrides: list[str] = field(default_factory=list)
    """`--set` overrides for `generate`."""

    def __post_init__(self) -> None:
        if self.max_examples < 0:
            raise ValueError("synthetic.max_examples must be >= 0")


@dataclass
class FindingsConfig:
    """docs/FINDINGS.md: the inputs of every question and the sizes it is measured at."""

    decompose: DecomposeConfig = field(default_factory=DecomposeConfig)
    """Model, slot, solver, oracle candidates (`candidates.size`), index, k and patchscope settings. Its `probes`
    are the generic probes (skeptic targets, synthetic soft prompts); tasks use `task_probes`."""
    oracles: list[str] = field(default_factory=lambda: ["oracle/shipped", "runs/oracle/shipped/final"])
    """Oracle folders tried in order; the first that exists is used (none: source (a) is not measured)."""
    index_config: str = ""
    """When `decompose.retrieval.index` is empty: a retrieval config to build an index with, once, under the cache
    (tiny config); empty = `decompose.defaults.default_index()` (the shipped index)."""
    index_overrides: list[str] = field(default_factory=list)
    """`--set` overrides for `index_config`."""
    task_probes: ProbeConfig = field(default_factory=lambda: ProbeConfig(n_fit=24, n_heldout=12, positions=2))
    """Probe counts for the task soft prompts (`source` is set to each task's train file)."""
    tasks: list[TaskInput] = field(default_factory=list)
    """The real soft prompts (q2, q3, q4, q5)."""
    sources: list[Literal["signature", "oracle", "lm", "patchscope_retrieval", "projection_retrieval", "union",
                          "reference"]] = \
        field(default_factory=lambda: ["signature", "oracle", "lm", "patchscope_retrieval", "projection_retrieval",
                                       "union", "reference"])
    """Candidate dictionaries measured on every target: (a) `oracle`, (b) `lm` (decompose/propose.py), (c)
    `patchscope_retrieval` / `projection_retrieval`, (d) `signature` (signed matching pursuit over the signature
    index, `decompose.retrieval.signatures`; docs/signatures.md), `union` (all of them), `reference` (union + the
    task's own description, a control)."""
    retrieval_size: int = 32
    """Candidates of each (c) retrieval dictionary."""
    signature_size: int = 0
    """Candidates of the (d) signature dictionary (0 = `retrieval_size`), in `decompose.candidates.signature_rounds`
    pursuit rounds."""
    source_paths: bool = True
    """Run the greedy path (up to `decompose.k`) for every source, not only for the union (whose path, up to
    `decompose.solver.max_components`, is the KL-versus-k curve). Off: each source gets the full-dictionary solve
    only, which is several times cheaper on a CPU."""
    portable: Literal["union", "signature", "oracle", "lm", "patchscope_retrieval", "projection_retrieval"] = "union"
    """Which decomposition q2 shows and q5 uses as a prompt."""
    accuracy_limit: int = 100
    """Test rows scored per task (a stable subset)."""
    propose: ProposeConfig = field(default_factory=ProposeConfig)
    """The LM-proposal loop (source (b))."""
    skeptic: list[str] = field(default_factory=list)
    """Hard prompts used as targets (entered as embeddings) that are kept out of every dictionary: how many other
    prompts does it take to explain them (q4)?"""
    phases: PhasesInput = field(default_factory=PhasesInput)
    """q1's inputs."""
    synthetic: SyntheticInput = field(default_factory=SyntheticInput)
    """Synthetic soft prompts (q4, q6)."""
    relatedness_draws: int = 200
    """Random k-prompt draws from the index corpus that q2's similarity is compared with."""
    worst: int = 5
    """Worst cases listed in q6."""
    threads: int = 1
    """torch threads."""

    def __post_init__(self) -> None:
        if self.retrieval_size < 1 or self.accuracy_limit < 1 or self.worst < 1 or self.threads < 1:
            raise ValueError("retrieval_size, accuracy_limit, worst and threads must be >= 1")
        names = [t.name for t in self.tasks]
        if any(not n for n in names) or len(set(names)) != len(names):
            raise ValueError("every task needs a distinct, non-empty name")


# ---------------------------------------------------------------------------------------------------------------
# Context: model, index, oracle (loaded once, lazily)
# ---------------------------------------------------------------------------------------------------------------

class Context:
    """What every unit shares: the config, the LM, the slot, the index and its encoder, the oracle."""

    def __init__(self, cfg: FindingsConfig):
        self.cfg = cfg
        self._lm = self._index = self._oracle = None
        self._oracle_loaded = False
        self._signatures: dict = {}  # slot kind -> SignatureIndex or None
        self.notes: list[str] = []

    @property
    def lm(self):
        if self._lm is None:
            from softprism.poe.lm import load_lm

            self._lm = load_lm(self.cfg.decompose.model)
        return self._lm

    @property
    def index(self):
        if self._index is None:
            self._index = open_index(self.cfg)
        return self._index

    @property
    def oracle_path(self) -> str | None:
        for p in self.cfg.oracles:
            if p and _resolve(p).exists():
                return str(_resolve(p))
        return None

    @property
    def oracle(self):
        if not self._oracle_loaded:
            self._oracle_loaded = True
            path = self.oracle_path
            if path is not None:
                from softprism.decompose.defaults import load_oracle

                try:
                    self._oracle = load_oracle(path, self.lm)
                except (InputError, OSError, KeyError, RuntimeError) as e:
                    self.notes.append(f"oracle {path} could not be used: {e}")
                    log.warning("oracle %s could not be used: %s", path, e)
        return self._oracle

    def random_pool(self, n: int = 500):
        """Unit vectors [n, D] of `n` corpus prompts drawn at random (seed 0), encoded once: q2's reference."""
        import numpy as np

        if getattr(self, "_pool", None) is None:
            corpus = self.index.corpus.texts
            pick = np.random.default_rng(0).choice(len(corpus), size=min(n, len(corpus)), replace=False)
            pv = np.asarray(self.index.encoder.encode([corpus[i] for i in pick]), np.float32)
            self._pool = pv / np.linalg.norm(pv, axis=1, keepdims=True).clip(1e-12)
        return self._pool

    def decomposer(self, probes: ProbeConfig, slot_kind: str | None = None):
        """A Decomposer on `probes` (the oracle attached when there is one)."""
        from softprism.decompose.pipeline import Decomposer
        from softprism.poe.probes import fit_heldout
        from softprism.poe.slot import PromptSlot

        dcfg = copy.deepcopy(self.cfg.decompose)
        dcfg.probes = probes
        dcfg.progress = False
        if slot_kind:
            dcfg.slot.kind = slot_kind
        fit_p, held_p = fit_heldout(probes)
        slot = PromptSlot(self.lm, dcfg.slot.kind)
        oracle = self.oracle
        if oracle is not None and oracle.meta.get("slot") not in (None, dcfg.slot.kind):
            log.warning("oracle trained in the %s slot, decomposing in the %s slot", oracle.meta.get("slot"),
                        dcfg.slot.kind)
        if dcfg.slot.kind not in self._signatures:
            from softprism.decompose.defaults import load_signature_index

            self._signatures[dcfg.slot.kind] = load_signature_index(dcfg.retrieval.signatures, self.lm, slot)
        return Decomposer(self.lm, slot, fit_p, held_p, self.index, oracle=oracle, cfg=dcfg,
                          signatures=self._signatures[dcfg.slot.kind])


def open_index(cfg: FindingsConfig):
    """The index: `decompose.retrieval.index`, else one built once from `index_config`, else the default."""
    from softprism.decompose.defaults import default_index
    from softprism.poe.config import load_config
    from softprism.poe.lm import cache_root
    from softprism.retrieval.index import SIDECAR_FILE, PromptIndex

    if cfg.decompose.retrieval.index:
        return PromptIndex.load(cfg.decompose.retrieval.index)
    if cfg.index_config:
        from softprism.retrieval.builder import build_index
        from softprism.retrieval.config import RetrievalConfig

        path = ROOT / cfg.index_config if not Path(cfg.index_config).is_absolute() else Path(cfg.index_config)
        rcfg = load_config(RetrievalConfig, path, list(cfg.index_overrides))
        key = hashlib.sha256((path.read_text() + json.dumps(cfg.index_overrides)).encode()).hexdigest()[:12]
        folder = cache_root() / "index" / f"findings-{key}"
        if (folder / SIDECAR_FILE).is_file():
            return PromptIndex.load(folder)
        return build_index(rcfg, folder)
    return default_index(progress=False)


# ---------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------

def _resolve(p: str) -> Path:
    q = Path(p)
    return q if q.is_absolute() else ROOT / q


def _f(x):
    """JSON-safe float."""
    import math

    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def summarise_result(r, lm_calls: int, seconds: float, keep: int = 10, full_only: bool = False) -> dict:
    """A DecompositionResult -> the numbers the findings use (components, path, faithfulness, cost): a selection of
    its one serialisation, `to_json()`. `full_only`: a result solved without a path (`k` None, `kkt_residual`)."""
    j = r.to_json()
    out = {key: j[key] for key in ("method", "k", "kl", "kl_base", "explained", "kl_full", "explained_full",
                                   "kl_best_single", "explained_best_single", "best_single")}
    out |= {"null_weight": _f(j["null_weight"]), "n_candidates": j["n_candidates"], "candidates": j["candidates"],
            "lm_calls": lm_calls, "seconds": round(seconds, 2),
            "components": [{"rank": i + 1, "text": c["text"], "weight": c["weight"], "source": c["source"]}
                           for i, c in enumerate(sorted(j["components"], key=lambda c: -abs(c["weight"]))[:keep])],
            "path": [{"k": s["k"], "kl_heldout": s["kl_heldout"], "explained": s["explained"], "texts": s["texts"],
                      "weights": s["weights"]} for s in j["path"]],
            "info": {k: v for k, v in j["info"].items()
                     if k in ("projection_text", "patchscope_text", "warnings", "slots")}}
    if full_only:
        out |= {"k": None, "kkt_residual": j["full"]["kkt_residual"], "path": []}
    return out


def _exclude(cands, texts: list[str]):
    """Candidates whose normalised, casefolded text is not in `texts`."""
    from softprism.retrieval.corpus import normalise

    drop = {normalise(t).casefold() for t in texts}
    return [c for c in cands if normalise(c.text).casefold() not in drop]


def decompose_sources(ctx: Context, dec, target, exclude: list[str] | None = None,
                      reference: str | None = None) -> dict:
    """Every configured candidate source on one prepared target -> {"methods": {name: summary}, "propose": ...}.

    `exclude`: texts kept out of every dictionary (a skeptic target's own text). `reference`: the text added to
    the union for the `reference` control."""
    from softprism.decompose.pipeline import oracle_only
    from softprism.decompose.propose import propose, proposal_candidates

    cfg = ctx.cfg
    exclude = list(exclude or [])
    methods: dict[str, dict] = {}
    dicts: dict[str, list] = {}
    out: dict = {"methods": methods, "not_measured": {}}

    def run(name: str, cands: list, calls: int, t0: float, info: Diagnostics | None = None) -> None:
        from softprism.decompose.candidates import merge_candidates

        cands = merge_candidates([_exclude(cands, exclude)])
        if not cands:
            out["not_measured"][name] = "the source proposed no candidates"
            return
        if name == "union" or cfg.source_paths:
            # a source's own path only up to the reported k
            solver = None if name == "union" else dataclasses.replace(dec.solver, max_components=max(1, dec.cfg.k))
            r = dec.solve(target, cands, name, Timing(), info, solver=solver)
            methods[name] = summarise_result(r, calls, time.perf_counter() - t0)
        else:
            methods[name] = full_fit_summary(dec, target, cands, name, calls, t0, info or Diagnostics())
        dicts[name] = cands
        m = methods[name]
        log.info("%s: explained %.3f (k=%s) full %.3f, %d candidates, %d LM calls", name, m["explained"], m["k"],
                 m["explained_full"], len(cands), calls)

    want = set(cfg.sources)
    if "signature" in want or "union" in want:
        if dec.signatures is not None:
            t0 = time.perf_counter()
            info = Diagnostics()
            cands = dec.signature_candidates(target, cfg.signature_size or cfg.retrieval_size,
                                             dec.cfg.candidates.signature_rounds, Timing(), info)
            run("signature", cands, LM_CALLS["signature"], t0, info)
        else:
            out["not_measured"]["signature"] = (f"no signature index for model {dec.lm.name} in the "
                                                f"{dec.slot.kind} slot (decompose.retrieval.signatures = "
                                                f"{dec.cfg.retrieval.signatures!r})")
    if "oracle" in want or "union" in want:
        if dec.oracle is not None:
            t0 = time.perf_counter()
            info = Diagnostics()
            cands = dec.candidates(target, Timing(), info, sources=oracle_only(dec.cfg.candidates))
            run("oracle", cands, LM_CALLS["oracle"], t0, info)
        else:
            out["not_measured"]["oracle"] = ("no trained oracle found (tried: " + ", ".join(cfg.oracles) + ")"
                                             + ("; " + "; ".join(ctx.notes) if ctx.notes else ""))
    for kind in ("patchscope", "projection"):
        name = f"{kind}_retrieval"
        if name in want or "union" in want:
            t0 = time.perf_counter()
            text = target.text(kind, dec)  # the baseline's verbalisation (patchscope: one generated sequence)
            cands = dec.retrieve_texts([text], cfg.retrieval_size, kind) if text else []
            run(name, cands, LM_CALLS[name], t0,
                Diagnostics(projection_text=text) if kind == "projection" else Diagnostics(patchscope_text=text))
    if "lm" in want or "union" in want:
        t0 = time.perf_counter()
        res = propose(dec, target, cfg.propose)
        out["propose"] = res.to_json()
        run("lm", proposal_candidates(dec, res), res.lm_calls, t0)
        out["propose"]["seconds"] = round(time.perf_counter() - t0, 2)
    if "union" in want:
        t0 = time.perf_counter()
        parts = [dicts[m] for m in SINGLE if m in dicts]
        cands = [c for group in parts for c in group]
        calls = sum(methods[m]["lm_calls"] for m in SINGLE if m in methods)
        run("union", cands, calls, t0)
        if "reference" in want and reference and "union" in dicts:
            t0 = time.perf_counter()
            ref = dec.text_candidates([reference], "reference")
            s = full_fit_summary(dec, target, dicts["union"] + ref, "reference", calls, t0, Diagnostics(),
                                 keep=10 ** 6)
            mine = [c for c in s["components"] if ref and c["text"] == ref[0].text]  # a union entry, if it was one
            out["reference"] = {"text": ref[0].text if ref else reference,
                                "rank": mine[0]["rank"] if mine else None,
                                "weight": mine[0]["weight"] if mine else 0.0,
                                "explained_full": s["explained_full"], "n_candidates": s["n_candidates"],
                                "top": s["components"][:5], "seconds": s["seconds"]}
    for m in list(methods):
        if m not in want:
            methods.pop(m)
    return out


def full_fit_summary(dec, target, cands, name: str, calls: int, t0: float, info: Diagnostics,
                     keep: int = 10) -> dict:
    """The exact solve over a whole dictionary (no greedy path: cheaper) in `summarise_result`'s layout; `k` is
    None and `explained` is the full fit's. Components ranked by |weight|, every one of them (up to `keep`)."""
    r = dec.solve(target, cands, name, Timing(), info, with_path=False)
    return summarise_result(r, calls, time.perf_counter() - t0, keep, full_only=True)


# ---------------------------------------------------------------------------------------------------------------
# Units
# ---------------------------------------------------------------------------------------------------------------

def unit_phases(ctx: Context) -> dict:
    """q1's inputs: the Phase 0 and 0.5 results (read, or rerun with `phases.rerun`)."""
    import subprocess
    import tempfile

    p = ctx.cfg.phases
    if p.rerun:
        from softprism.eval import phases as ph
        from softprism.poe.config import load_config

        pcfg = load_config(ph.PhaseConfig, _resolve(p.rerun), list(p.rerun_overrides))
        with tempfile.TemporaryDirectory() as tmp:
            r0 = ph.phase0(pcfg, Path(tmp) / "p0")
            r05 = ph.phase05(pcfg, Path(tmp) / "p05")
        return {"status": "measured", "source": "rerun", "command": f"python eval/phases.py phase0|phase05 "
                f"--config {p.rerun}" + "".join(f" --set {o}" for o in p.rerun_overrides), "phase0": r0, "phase05": r05}
    out: dict = {"source": "files", "command": p.command}
    for key, path in (("phase0", p.phase0), ("phase05", p.phase05)):
        f = _resolve(path)
        if not f.is_file():
            return {"status": "not measured", "why": f"{path} does not exist; run `{p.command}` or set phases.rerun"}
        out[key] = json.loads(f.read_text())
        sha = subprocess.run(["git", "log", "-1", "--format=%H", "--", str(f)], cwd=ROOT, capture_output=True,
                             text=True).stdout.strip()
        out[f"{key}_file"] = {"path": path, "commit": sha or None}
    out["status"] = "measured"
    return out


def _load_task_soft(ctx: Context, t: TaskInput) -> tuple[torch.Tensor | None, dict, str | None]:
    """(soft prompt, info, why-not) for a task: the adapter, or one trained in-process when allowed."""
    from softprism.poe.softprompt import load_soft_prompt

    info: dict = {}
    if t.adapter and _resolve(t.adapter).exists():
        sp = load_soft_prompt(_resolve(t.adapter))
        info = {"adapter": t.adapter, "format": sp.format, "base_model": sp.base_model}
        acc = _resolve(t.adapter) / "accuracy.json"
        if acc.is_file():
            a = json.loads(acc.read_text())
            info["adapter_accuracy"] = {k: v.get("accuracy") for k, v in a.get("conditions", {}).items()}
        run = _resolve(t.adapter) / "run.json"
        if run.is_file():
            r = json.loads(run.read_text())
            info["trained"] = {k: r.get(k) for k in ("git_sha", "train_seconds", "loss_first", "loss_last")
                               if k in r}
            info["trained"]["config"] = r.get("config")
        return sp.embeddings, info, None
    if t.train_steps > 0 and _resolve(t.train).is_file():
        from softprism.synth.tasks import read_task_file
        from softprism.synth.prompt_tuning import TrainConfig, train_prompt

        cfg = TrainConfig(train=str(_resolve(t.train)), model=ctx.cfg.decompose.model.name, length=t.length,
                          steps=t.train_steps, lr=t.lr, batch_size=4, warmup=1, checkpoint_every=0, seed=0)
        res = train_prompt(ctx.lm, read_task_file(cfg.train), cfg)
        losses = [m["loss"] for m in res.metrics]
        info = {"adapter": None, "trained_in_process": {"steps": t.train_steps, "length": t.length, "lr": t.lr,
                                                        "loss_first": losses[0], "loss_last": losses[-1]}}
        return res.prompt.detach(), info, None
    why = (f"adapter {t.adapter or '(none given)'} not found" +
           ("" if t.train_steps <= 0 else f" and train file {t.train} not found"))
    return None, info, why


def _relatedness(ctx: Context, summary: dict, description: str, k: int = 5) -> dict:
    """MiniLM (the index encoder) cosine of the top-k components to the task description, the ROUGE-L of the
    top component, and where the best cosine falls among `relatedness_draws` random k-prompt draws."""
    import numpy as np

    from benchmarks.findings_stats import percentile_of, rouge_l

    comps = [c for c in summary["components"]][:k]
    if not comps or not description:
        return {}
    enc = ctx.index.encoder
    vecs = np.asarray(enc.encode([description] + [c["text"] for c in comps]), np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True).clip(1e-12)
    cos = (vecs[1:] @ vecs[0]).tolist()
    pos = [c for c in comps if c["weight"] > 0]
    top_pos = max(pos, key=lambda c: c["weight"])["text"] if pos else comps[0]["text"]
    pv = ctx.random_pool()
    n = len(pv)
    rng = np.random.default_rng(0)
    pc = pv @ vecs[0]
    draws = [float(pc[rng.choice(n, size=len(comps), replace=False)].max()) for _ in range(ctx.cfg.relatedness_draws)]
    return {"cosines": cos, "max_cosine": max(cos), "mean_cosine": float(np.mean(cos)),
            "random_max_cosine_mean": float(np.mean(draws)), "random_max_cosine_p95": float(np.quantile(draws, 0.95)),
            "percentile_vs_random": percentile_of(max(cos), draws), "rouge_l_top_positive": rouge_l(top_pos,
                                                                                                    description),
            "top_positive": top_pos, "k": len(comps), "encoder": ctx.index.meta.get("encoder", {}).get("model_id")}


def _accuracy(ctx: Context, dec, t: TaskInput, soft: torch.Tensor, target, portable: dict) -> dict:
    """q5: accuracy of no prompt, the soft prompt, the description, the decomposition as a PoE (k components,
    refit with the null intercept), its top positive component alone, and the dictionary's best single prompt."""
    from softprism.decompose.propose import fit_texts
    from softprism.synth.tasks import label_set, read_task_file, stable_subset
    from softprism.synth.tasks_accuracy import hard_condition, no_prompt_condition, poe_condition, soft_condition, \
        task_accuracy

    labels, max_input = None, 96
    if t.adapter:
        tj = _resolve(t.adapter) / "task.json"
        if tj.is_file():
            tj = json.loads(tj.read_text())
            labels, max_input = tj.get("labels"), int(tj.get("max_input_tokens") or 96)
    labels = labels or label_set(read_task_file(_resolve(t.train)))
    test = stable_subset(read_task_file(_resolve(t.test)), ctx.cfg.accuracy_limit)
    test = [e for e in test if e.output in labels]
    if not test:
        return {"status": "not measured", "why": f"no test row of {t.test} has one of the train labels"}
    lm = ctx.lm
    step = portable["path"][-1] if portable["path"] else None
    k = dec.cfg.k
    for s in portable["path"]:
        if s["k"] == min(k, portable["path"][-1]["k"]):
            step = s
    conds = [no_prompt_condition(lm), soft_condition(lm, soft)]
    experts: dict = {}
    if t.description:
        conds.append(hard_condition(lm, t.description, "description"))
    if step and step["texts"]:
        fit, w = fit_texts(dec, target, step["texts"])  # the path step's support, refit with the null
        comps = [(c.text, c.weight) for c in fit.components]
        conds.append(poe_condition(lm, comps, fit.null_weight, "poe"))
        experts["poe"] = {"k": len(step["texts"]), "components": comps, "null_weight": fit.null_weight}
        pos = [c for c in fit.components if c.weight > 0]
        if pos:
            top = max(pos, key=lambda c: c.weight).text
            conds.append(hard_condition(lm, top, "top_prompt"))
            experts["top_prompt"] = top
    if portable.get("best_single"):
        conds.append(hard_condition(lm, portable["best_single"], "best_single"))
        experts["best_single"] = portable["best_single"]
    t0 = time.perf_counter()
    res = task_accuracy(lm, dec.slot, test, labels, conds, max_input)  # inputs as the soft prompt was trained on
    soft_pred = res["soft"].pred
    out = {"status": "measured", "n": len(test), "labels": labels, "seconds": round(time.perf_counter() - t0, 2),
           "majority_rate": max(sum(1 for e in test if e.output == y) for y in labels) / len(test),
           "conditions": {}, "experts": experts}
    for name, r in res.items():
        out["conditions"][name] = {"accuracy": r.accuracy, "gold_logprob": r.gold_logprob,
                                   "agreement_with_soft": float((r.pred == soft_pred).double().mean())}
    return out


def unit_task(ctx: Context, t: TaskInput) -> dict:
    """q2/q3/q4/q5 on one task soft prompt."""
    cfg = ctx.cfg
    for need, path in (("train", t.train), ("test", t.test)):
        if not path or not _resolve(path).is_file():
            return {"status": "not measured", "task": t.name, "why": f"{need} file {path or '(none)'} not found"}
    soft, info, why = _load_task_soft(ctx, t)
    if soft is None:
        return {"status": "not measured", "task": t.name, "why": why}
    t0 = time.perf_counter()
    probes = copy.deepcopy(cfg.task_probes)
    probes.source = str(_resolve(t.train))
    dec = ctx.decomposer(probes, "prefix")
    soft = ctx.lm.check_soft_prompt(soft.float(), t.adapter or t.name)
    target = dec.prepare(soft)
    res = decompose_sources(ctx, dec, target, reference=t.description or None)
    portable = res["methods"].get(cfg.portable) or next(iter(res["methods"].values()), None)
    rel = {m: _relatedness(ctx, s, t.description) for m, s in res["methods"].items()}
    acc = _accuracy(ctx, dec, t, soft, target, portable) if portable else {"status": "not measured",
                                                                   "why": "no decomposition"}
    return {"status": "measured", "task": t.name, "description": t.description, "train": t.train, "test": t.test,
            "soft": {"n_virtual": int(soft.shape[0]), "norm_ratio": float(soft.float().norm(dim=1).mean() /
                                                                          ctx.lm.embedding.weight.float().norm(dim=1).mean()),
                     **info},
            "probes": {"source": t.train, "fit": len(dec.fit_probes), "heldout": len(dec.heldout_probes),
                       "positions": probes.positions},
            "portable": cfg.portable if cfg.portable in res["methods"] else (portable or {}).get("method"),
            **res, "relatedness": rel, "accuracy": acc, "seconds": round(time.perf_counter() - t0, 1)}


def unit_skeptic(ctx: Context) -> dict:
    """Hard prompts as targets, kept out of every dictionary: how many other prompts explain them?"""
    cfg = ctx.cfg
    if not cfg.skeptic:
        return {"status": "not measured", "why": "no skeptic targets configured (`skeptic:`)"}
    dec = ctx.decomposer(cfg.decompose.probes)
    out = []
    for text in cfg.skeptic:
        t0 = time.perf_counter()
        target = dec.prepare(ctx.lm.embed_text(text).float())
        res = decompose_sources(ctx, dec, target, exclude=[text])
        out.append({"target": text, **res, "seconds": round(time.perf_counter() - t0, 1)})
    return {"status": "measured", "targets": out,
            "probes": {"fit": len(dec.fit_probes), "heldout": len(dec.heldout_probes),
                       "positions": cfg.decompose.probes.positions}}


def _synth_runs(ctx: Context) -> list[tuple[Path, str]]:
    """Every `synthetic.data` folder with complete shards; else one generated from `synthetic.generate`."""
    from softprism.synth.shards import done_shards

    s = ctx.cfg.synthetic
    found = [(_resolve(d), d) for d in s.data
             if (_resolve(d) / "manifest.json").is_file() and done_shards(_resolve(d))]
    if found or not s.generate:
        return found
    from softprism.poe.config import load_config
    from softprism.poe.lm import cache_root
    from softprism.synth.config import SynthConfig
    from softprism.synth.pipeline import generate

    path = _resolve(s.generate)
    key = hashlib.sha256((path.read_text() + json.dumps(s.generate_overrides)).encode()).hexdigest()[:12]
    out = cache_root() / "findings" / f"synth-{key}"
    generate(load_config(SynthConfig, path, list(s.generate_overrides)), out, progress=False)
    return [(out, f"generated-{Path(s.generate).stem}")]


def _repo_relative(path):
    """`path` relative to the checkout when it lies inside it (reports name no machine-specific folders)."""
    if not path:
        return path
    root = Path(__file__).resolve().parent.parent
    try:
        return str(Path(path).resolve().relative_to(root))
    except ValueError:
        return str(path)


def read_benchmark(ctx: Context) -> dict | None:
    """The summary of the first benchmark.json of `synthetic.benchmark` that exists (None if none does). Read on every
    run, never cached in a unit: a re-aggregated or newer benchmark shows up without `--redo`."""
    for b in ctx.cfg.synthetic.benchmark:
        p = _resolve(b)
        p = p / "benchmark.json" if p.is_dir() else p
        if p.is_file():
            bj = json.loads(p.read_text())
            agg = bj.get("aggregate", {}).get("all", {})
            return {
                "path": b, "n_examples": bj.get("n_examples"), "methods": bj.get("methods"),
                "git_sha": bj.get("provenance", {}).get("git_sha"), "argv": bj.get("provenance", {}).get("argv"),
                "solve_size": bj.get("solve_size"), "k": bj.get("k"),
                "aggregate": {m: {k: a.get(k) for k in ("explained", "explained_full", "kl", "kl_ratio",
                                                           "kl_truth_ratio", "curve", "n_examples",
                                                           "candidate_recall_semantic", "recall_semantic@gt",
                                                           "timing")} for m, a in agg.items()},
                "rows": [{"key": r.get("key"), "k_true": r.get("k_true"), "kl_base": r.get("kl_base"),
                          "init": r.get("init"), "component_texts": r.get("component_texts"),
                          "weights": r.get("weights"),
                          "methods": {m: {"explained": v.get("explained"), "explained_full": v.get("explained_full"),
                                          "path_explained": v.get("path_explained")}
                                      for m, v in r.get("methods", {}).items()}} for r in bj.get("rows", [])],
            }
    return None


def unit_synthetic(ctx: Context) -> dict:
    """Synthetic soft prompts: the benchmark's curves when it exists, and our own decompositions of a few."""
    import numpy as np

    from softprism.decompose.propose import fit_texts

    s = ctx.cfg.synthetic
    out: dict = {"status": "not measured", "benchmark": read_benchmark(ctx), "examples": []}
    if out["benchmark"]:
        out["status"] = "measured"
    if s.max_examples <= 0:
        return out
    runs = _synth_runs(ctx)
    if not runs:
        out["why_examples"] = "no synth run found (synthetic.data) and none generated (synthetic.generate)"
        return out
    from datasets import disable_progress_bars

    from softprism.oracle.data import read_manifest
    from softprism.synth.shards import load_examples

    disable_progress_bars()
    out["data"] = []
    todo = []
    for run, label in runs:
        man = read_manifest(run)
        ds = load_examples(run)
        out["data"].append({"path": label, "slot": man.get("slot"), "examples_total": len(ds),
                            "split": man.get("config", {}).get("corpus", {}).get("split")})
        todo += [(label, man.get("slot"), ex) for ex in ds.select(range(min(s.max_examples, len(ds))))]
    decs: dict = {}
    for label, slot_kind, ex in todo:
        if slot_kind not in decs:
            decs[slot_kind] = ctx.decomposer(copy.deepcopy(ctx.cfg.decompose.probes), slot_kind)
        dec = decs[slot_kind]
        t0 = time.perf_counter()
        soft = torch.tensor(np.asarray(ex["soft_prompt"], np.float32))
        target = dec.prepare(soft)
        truth = [str(x) for x in ex["component_texts"]]
        info = Diagnostics()
        base = dec.candidates(target, Timing(), info)
        gt = dec.text_candidates(truth, "ground_truth")
        r = dec.solve(target, base + gt, "with_truth", Timing(), info)
        r_base = full_fit_summary(dec, target, base, "without_truth", 0, time.perf_counter(),
                                  Diagnostics()) if base else None
        fit_gt, _ = fit_texts(dec, target, [c.text for c in gt])
        synth_base = ex.get("kl_base")
        out["examples"].append({
            "run": label, "index": int(ex["index"]), "k_true": len(truth), "component_texts": truth,
            "weights": [float(w) for w in ex["weights"]], "init": ex.get("init"),
            "distill_floor_ratio": (float(ex["kl_heldout"]) / float(synth_base)) if synth_base else None,
            "with_truth": summarise_result(r, 0, time.perf_counter() - t0),
            "without_truth": r_base,
            "truth_only_explained": _f(fit_gt.explained), "truth_only_kl": _f(fit_gt.kl),
            "soft": {"n_virtual": int(soft.shape[0])}, "seconds": round(time.perf_counter() - t0, 1)})
    out["status"] = "measured"
    return out


UNITS = ("phases", "tasks", "skeptic", "synthetic")
UNITS_OF = {"q1": ["phases"], "q2": ["tasks"], "q3": ["tasks", "skeptic"], "q4": ["tasks", "skeptic", "synthetic"],
            "q5": ["tasks"], "q6": ["phases", "tasks", "skeptic", "synthetic"]}


CODE_ROOMS = ("poe", "retrieval", "synth", "oracle", "decompose")
UNIT_CODE = {"phases": ["eval/phases.py"], "task": ["benchmarks/findings.py", "benchmarks/findings_stats.py"],
             "skeptic": ["benchmarks/findings.py"], "synthetic": ["benchmarks/findings.py"]}
OWN_SECTIONS = ("tasks", "skeptic", "phases", "synthetic")


def _room_folder(room: str) -> Path:
    """Where a room's modules are read from: the package (`softprism.<room>`), or this folder for benchmarks/."""
    import importlib.util

    if room == "benchmarks":
        return Path(__file__).resolve().parent
    return Path(importlib.util.find_spec(f"softprism.{room}").submodule_search_locations[0])


def code_hash(unit: str) -> str:
    """sha256 (16 hex) of the source a unit runs: every module of the rooms below eval/ (read from the package, so a
    checkout and a wheel of the same code agree) and its own files (`UNIT_CODE`: eval/phases.py, this generator)."""
    h = hashlib.sha256()
    files = []
    for room in CODE_ROOMS:
        files += sorted(_room_folder(room).glob("*.py"))
    files += [_room_folder(f.split("/")[0]) / f.split("/")[1] for f in UNIT_CODE[unit]]
    for f in files:
        h.update(f"{f.parent.name}/{f.name}\0".encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def unit_key(cfg: FindingsConfig, unit: str, own) -> dict:
    """What a unit's result depends on: its config section (the shared sections + its own part) and its code."""
    from softprism.poe.config import to_dict

    conf = {k: v for k, v in to_dict(cfg).items() if k not in OWN_SECTIONS and k != "threads"}
    if unit == "phases":
        conf = {}
    conf["own"] = own if not dataclasses.is_dataclass(own) else to_dict(own)
    h = hashlib.sha256(json.dumps(conf, sort_keys=True, default=str).encode()).hexdigest()[:16]
    return {"config": h, "code": code_hash(unit)}


def load_or_run(path: Path, fn, redo: bool, key: dict | None = None, out: Path | None = None) -> dict:
    """A unit's JSON: read from `path` unless `redo` or its `unit_key` (config section + code hash) differs from
    `key`, else computed by `fn()` and written (atomically). A reused unit is valid at this commit: same config,
    same code; it is stamped with this commit (`unit_git_sha`; `computed_git_sha` keeps where it ran). `out`: the
    run's output folder, whose FINDINGS.md and findings/ this job rewrites: their changes do not make the commit
    `-dirty` (`docs/` is the usual `--out`, inside the checkout)."""
    from softprism.poe.runs import git_sha, write_json

    excl = [out / "findings", out / "FINDINGS.md"] if out is not None else None

    if path.is_file() and not redo:
        data = json.loads(path.read_text())
        same = key is None or data.get("unit_key") == key
        if not same:
            log.info("%s: config or code changed since it ran (%s -> %s): recomputing", path.name,
                     data.get("unit_key"), key)
        elif data.get("status") != "not measured":  # a unit whose inputs were missing is retried every run
            data["unit_git_sha"] = git_sha(excl)
            return data
    t0 = time.perf_counter()
    try:
        data = fn()
    except InputError as e:
        data = {"status": "not measured", "why": str(e)}
    data["unit_seconds"] = round(time.perf_counter() - t0, 1)
    data["unit_git_sha"] = data["computed_git_sha"] = git_sha(excl)
    if key is not None:
        data["unit_key"] = key
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    write_json(tmp, data)
    tmp.replace(path)
    return data


def check_one_commit(units: dict) -> str | None:
    """The one commit every unit belongs to; refuses (InputError) units whose code or commit differ."""
    flat = [units["phases"], *units["tasks"].values(), units["skeptic"], units["synthetic"]]
    shas = {u.get("unit_git_sha") for u in flat}
    if len(shas) > 1:
        raise InputError(f"findings units come from different commits ({', '.join(sorted(map(str, shas)))}); rerun "
                         "with --redo all so the document names one commit")
    return next(iter(shas))


def run_units(ctx: Context, work: Path, redo: set[str]) -> dict:
    """Every unit under `work` (OUT/findings/work), read back or computed (`load_or_run`)."""
    cfg = ctx.cfg
    units: dict = {}
    out = work.parent.parent
    units["phases"] = load_or_run(work / "phases.json", lambda: unit_phases(ctx), "phases" in redo,
                                  unit_key(cfg, "phases", cfg.phases), out)
    units["tasks"] = {t.name: load_or_run(work / f"task_{t.name}.json", lambda t=t: unit_task(ctx, t), "tasks" in redo,
                                          unit_key(cfg, "task", t), out)
                      for t in cfg.tasks}
    units["skeptic"] = load_or_run(work / "skeptic.json", lambda: unit_skeptic(ctx), "skeptic" in redo,
                                   unit_key(cfg, "skeptic", list(cfg.skeptic)), out)
    units["synthetic"] = load_or_run(work / "synthetic.json", lambda: unit_synthetic(ctx), "synthetic" in redo,
                                     unit_key(cfg, "synthetic", cfg.synthetic), out)
    fresh = read_benchmark(ctx)  # a JSON read: always the current file, not the copy cached with the unit
    if fresh is not None:
        units["synthetic"]["benchmark"] = fresh
        if units["synthetic"].get("status") == "not measured":
            units["synthetic"]["status"] = "measured"
    return units


def main() -> int:
    from softprism.poe.config import to_dict
    from softprism.poe.runs import provenance

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=None, help="folder for FINDINGS.md and findings/ (e.g. docs/)")
    ap.add_argument("--redo", action="append", default=[], choices=[*QUESTIONS, *UNITS, "all"],
                    help="recompute what this question reads, or one unit (repeatable; `all` = everything)")
    add_config_arguments(ap, "eval")
    args = ap.parse_args()
    cfg = config_from_args(FindingsConfig, args)
    if cfg is None:
        return 0
    if args.out is None:
        raise InputError("--out DIR is required (FINDINGS.md and findings/ are written there)")
    torch.set_num_threads(cfg.threads)
    redo = {u for q in (QUESTIONS if "all" in args.redo else args.redo) for u in UNITS_OF.get(q, [q])}
    out: Path = args.out
    fdir = out / "findings"
    ctx = Context(cfg)
    t0 = time.perf_counter()
    units = run_units(ctx, fdir / "work", redo)
    prov = provenance()
    argv = " ".join(["python", "-m", "benchmarks.findings"] + sys.argv[1:])
    commit = check_one_commit(units)
    meta = {"command": argv, "git_sha": commit or prov.get("git_sha"), "versions": prov.get("versions"),
            "config": args.config, "resolved_config": to_dict(cfg), "seconds": round(time.perf_counter() - t0, 1),
            "oracle": _repo_relative(ctx.oracle_path), "threads": cfg.threads}
    from benchmarks.findings_report import write_all

    write_all(units, meta, out)
    print(f"wrote {out / 'FINDINGS.md'} and {fdir}/")
    return 0


if __name__ == "__main__":
    main_guard(main)
