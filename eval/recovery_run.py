"""The recovery benchmark's driver: synth runs in, one scored row per soft prompt out (resumable).

    bench = open_benchmark(cfg)                      # validate every input, load model/index/oracle (InputError)
    rows = run_examples(bench, out_dir)              # examples.jsonl in out_dir: appended per example, skipped on rerun
    result = summarise(bench, rows)                  # aggregate tables + provenance (benchmark.json's content)

For every soft prompt (a synth example whose components come from the corpus' held-out split) the pipeline of
`decompose.pipeline.Decomposer` and every baseline of `decompose.baselines` run on the same target tables and probes,
and `eval.recovery` scores each against the ground-truth mixture. Dictionaries for candidate recall at the other sizes
in `sizes` are rebuilt with the same rules (retrieval only, no solve). Candidate state tables are shared between
methods and examples through the decomposer's `StateStore`.

Must not: write anything before every input has been validated; write anything but `examples.jsonl` during the run.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import math
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import torch
from tqdm.auto import tqdm

from softprism.eval import recovery
from softprism.decompose.candidates import Candidate
from softprism.decompose.config import METHODS, BaselineConfig, DecomposeConfig
from softprism.decompose.diagnostics import Diagnostics, Timing
from softprism.poe.errors import InputError
from softprism.poe.lm import canonical_fingerprint

if TYPE_CHECKING:
    from softprism.decompose.pipeline import Decomposer
    from softprism.retrieval.encoder import Encoder

log = logging.getLogger(__name__)

EXAMPLES_FILE = "examples.jsonl"


# ---------------------------------------------------------------------------------------------------------------
# Config
# ---------------------------------------------------------------------------------------------------------------

def _decompose_defaults() -> DecomposeConfig:
    """The pipeline's defaults, with every baseline at the pipeline's dictionary size (a benchmark compares them
    all; the one-shot CLI's default leaves the costly ones out)."""
    return DecomposeConfig(progress=False, baselines=BaselineConfig(methods=list(METHODS), random_size=0))


@dataclass
class BenchmarkConfig:
    """The recovery benchmark on held-out synthetic soft prompts (python eval/benchmark.py)."""

    data: list[str] = field(default_factory=list)
    """Synth run folders (synth/generate.py --out), each reported separately and pooled. Their components must come
    from the corpus' held-out split (`corpus.split: heldout`), and they must be made with the benchmark's model
    and slot."""
    names: list[str] = field(default_factory=list)
    """Labels of the runs in the tables, one per `data` entry (empty = each folder's name)."""
    max_examples: int = 0
    """Benchmark at most this many examples per run, the first by index (0 = all). May be raised on a rerun."""
    sizes: list[int] = field(default_factory=lambda: [32, 128, 512])
    """Dictionary sizes at which candidate recall is reported (retrieval only, no solve). The solve of every
    method runs once, at the pipeline's configured total (`decompose.candidates`: size + projection +
    patchscope), which is always added here; at another size N the pipeline's sources are scaled to N in the
    same proportions (see `pipeline_sources`)."""
    recall_at: list[int] = field(default_factory=lambda: [1, 3, 5, 10])
    """k of final recall@k (matched among the k reported components of largest |w|); recall@gt (k = the example's
    own number of components) is always reported."""
    semantic_threshold: float = 0.8
    """Sentence-encoder cosine at which a prompt counts as a semantic match of a ground-truth component."""
    semantic_k: int = 256
    """Index rows searched around each ground-truth component for semantic matches."""
    require_heldout: bool = True
    """Refuse synth runs whose components come from the train split (the oracle was trained on those)."""
    decompose: DecomposeConfig = field(default_factory=_decompose_defaults)
    """The pipeline and its baselines (decompose/config.py): `model.name: auto` = the synth runs' model;
    slot, probes, solver; `candidates` = the pipeline's sources (oracle `size` + `projection` + `patchscope` hits,
    whose total is the solve's dictionary size; the random and retrieval baselines get the pipeline's deduplicated
    dictionary size); retrieval (index, and `retrieval.encoder`, the encoder
    the index must be built with); oracle; k; `baselines.methods` = the baselines that run."""
    progress: bool = True
    """A tqdm bar over the examples."""

    def __post_init__(self) -> None:
        if self.max_examples < 0:
            raise ValueError("max_examples must be >= 0")
        if any(s < 1 for s in self.sizes) or any(k < 1 for k in self.recall_at):
            raise ValueError("sizes and recall_at must be >= 1")
        if not 0.0 < self.semantic_threshold <= 1.0:
            raise ValueError("semantic_threshold must be in (0, 1]")
        if self.semantic_k < 1:
            raise ValueError("semantic_k must be >= 1")
        if self.names and len(self.names) != len(self.data):
            raise ValueError("names must have one label per data entry (or be empty)")


# ---------------------------------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------------------------------

@dataclass
class DataRun:
    """One synth run: its label, folder, manifest and the selected examples (datasets rows)."""

    name: str
    path: Path
    manifest: dict
    examples: list[dict]
    total: int


@dataclass
class Bench:
    """Everything the benchmark loop needs, validated."""

    cfg: BenchmarkConfig
    runs: list[DataRun]
    dec: Decomposer
    encoder: Encoder
    key: str
    sizes: list[int]
    provenance: dict = field(default_factory=dict)


def _check_runs(cfg: BenchmarkConfig) -> list[tuple[str, Path, dict]]:
    """Folders, manifests, split, model and slot of the synth runs (no model loaded). Raises InputError."""
    from softprism.oracle.data import read_manifest

    if not cfg.data:
        raise InputError("no synth runs given; pass --data RUN [RUN ...] or list them under `data:` in the config")
    out = []
    names = cfg.names or [Path(d).name for d in cfg.data]
    if len(set(names)) != len(names):
        raise InputError(f"synth run labels {names} repeat; give distinct `names:` in the config")
    for name, d in zip(names, cfg.data):
        path = Path(d)
        if not path.is_dir():
            raise InputError(f"{path}: synth run not found; generate it with `python synth/generate.py --config "
                             f"configs/synth/<name>.yaml --out {path} --set corpus.split=heldout` or fix `data:`")
        man = read_manifest(path)
        if man.get("kind") != "softprism.synth":
            raise InputError(f"{path}: manifest.json is not a synth run's (kind {man.get('kind')!r}); pass a folder "
                             "written by synth/generate.py")
        split = man.get("config", {}).get("corpus", {}).get("split", "train")
        if cfg.require_heldout and split != "heldout":
            raise InputError(f"{path}: its components come from the corpus' {split!r} split, which the oracle trains "
                             "on; generate a benchmark set with --set corpus.split=heldout (or set "
                             "require_heldout: false)")
        if man.get("slot") != cfg.decompose.slot.kind:
            raise InputError(f"{path}: made in the {man.get('slot')!r} slot, but the benchmark decomposes in the "
                             f"{cfg.decompose.slot.kind!r} slot; set decompose.slot.kind: {man.get('slot')}")
        out.append((name, path, man))
    fps = {canonical_fingerprint(m["model"]["fingerprint"]) for _, _, m in out}
    if len(fps) > 1:
        desc = ", ".join(f"{p} ({m['model']['name']}, {m['model']['fingerprint']})" for _, p, m in out)
        raise InputError(f"synth runs made with different models: {desc}; benchmark one model at a time")
    return out


def _oracle_identity(oracle) -> dict | None:
    if oracle is None:
        return None
    path = Path(str(oracle.meta.get("path", "")))
    digest = None
    for f in (path / "oracle.safetensors", path / "final" / "oracle.safetensors"):
        if f.is_file():
            st = f.stat()
            digest = hashlib.sha256(f"{st.st_size}:{int(st.st_mtime)}".encode()).hexdigest()[:12]
            break
    return {"path": str(path), "step": oracle.meta.get("step"), "weights": digest,
            "encoder": oracle.meta.get("encoder", {}).get("model_id")}


def open_benchmark(cfg: BenchmarkConfig) -> Bench:
    """Validate every input (cheap checks first), then load the model, index, encoder and oracle.

    Raises InputError for: no or missing synth runs, a run from the train split (unless allowed), runs made with
    another model or slot, an index for another encoder (`decompose.retrieval.encoder`) or corpus, an oracle for
    another model or encoder, soft prompts of the wrong width."""
    from softprism.decompose.pipeline import Decomposer
    from softprism.decompose.defaults import load_oracle
    from softprism.decompose.cli import open_index
    from softprism.poe.lm import load_lm
    from softprism.poe.probes import fit_heldout
    from softprism.poe.slot import PromptSlot
    from softprism.retrieval.index import PromptIndex
    from softprism.synth.shards import load_examples

    runs = _check_runs(cfg)
    d = cfg.decompose
    if d.retrieval.index:
        PromptIndex.read_sidecar(Path(d.retrieval.index))
    if d.oracle not in ("", "none", "auto") and not Path(d.oracle).exists():
        raise InputError(f"{d.oracle}: oracle folder not found; pass an oracle/train.py run (or --oracle none)")
    if d.model.name == "auto":
        d.model.name = runs[0][2]["model"]["name"]
    fit_p, held_p = fit_heldout(d.probes)
    data = []
    for name, path, man in runs:
        from datasets import disable_progress_bars

        disable_progress_bars()
        ds = load_examples(path)
        n = len(ds) if not cfg.max_examples else min(cfg.max_examples, len(ds))
        data.append(DataRun(name, path, man, list(ds.select(range(n))), len(ds)))
    lm = load_lm(d.model)
    for _, path, man in runs:
        if not lm.matches(man["model"]["fingerprint"]):
            raise InputError(f"{path}: made with model {man['model']['name']!r} (fingerprint "
                             f"{man['model']['fingerprint']}), but the benchmark loads {d.model.name!r} (fingerprint "
                             f"{lm.fingerprint}); set decompose.model.name to the run's model (or `auto`)")
    for run in data:
        for ex in run.examples[:1]:
            lm.check_soft_prompt(torch.tensor(ex["soft_prompt"]), f"{run.path} example {ex['index']}")
    slot = PromptSlot(lm, d.slot.kind)
    index, encoder = open_index(d)
    oracle = load_oracle(d.oracle, lm)
    if oracle is None and d.oracle not in ("none", ""):
        log.warning("no shipped oracle for this model: the pipeline's candidates come from %s",
                    " + ".join(d.candidates.fallback))
    dec = Decomposer(lm, slot, fit_p, held_p, index, encoder=encoder, oracle=oracle, cfg=d)
    for run in data:
        ids = {i for ex in run.examples for i in ex["component_ids"]}
        pos = set(index.corpus.ids)
        if ids and not ids & pos:
            log.warning("%s: none of its component ids is in index %s (another corpus?): exact matches can only "
                        "come from equal texts", run.path, index.folder)
    sizes = sorted(set(cfg.sizes) | {solve_size(d.candidates)})
    prov = dec.provenance()
    prov["oracle"] = _oracle_identity(oracle) if oracle is not None else None
    prov["data"] = [{"name": r.name, "path": str(r.path), "run_key": r.manifest.get("run_key"),
                     "examples_total": r.total, "examples_used": len(r.examples),
                     "corpus": r.manifest.get("corpus"), "probes": r.manifest.get("probes"),
                     "split": r.manifest.get("config", {}).get("corpus", {}).get("split")} for r in data]
    prov["semantic_encoder"] = {"model_id": getattr(encoder, "model_id", None), "dim": getattr(encoder, "dim", None)}
    key_src = {"config": _key_config(cfg), "model": lm.fingerprint, "probes": [fit_p.hash, held_p.hash],
               "index": prov["index"], "oracle": prov["oracle"],
               "data": [(r.name, r.manifest.get("run_key")) for r in data]}
    key = hashlib.sha256(json.dumps(key_src, sort_keys=True, default=str).encode()).hexdigest()[:16]
    return Bench(cfg, data, dec, encoder, key, sizes, prov)


def _key_config(cfg: BenchmarkConfig) -> dict:
    """The config fields that change results (not max_examples, progress bars, caches)."""
    from softprism.poe.config import to_dict

    c = to_dict(cfg)
    for k in ("max_examples", "progress"):
        c.pop(k, None)
    for k in ("progress", "table_cache", "memory_entries"):
        c["decompose"].pop(k, None)
    return c


# ---------------------------------------------------------------------------------------------------------------
# One example
# ---------------------------------------------------------------------------------------------------------------

def make_truth(bench: Bench, example: dict) -> recovery.Truth:
    """The example's ground truth with its component vectors and close index rows (see `eval.recovery`)."""
    cfg, index = bench.cfg, bench.dec.index
    texts = list(example["component_texts"])
    vecs = np.asarray(bench.encoder.encode(texts), np.float32)  # [G, D]
    scores, near = index.search(vecs, min(cfg.semantic_k, len(index)))  # [G, k]
    close = [{index.corpus.ids[int(p)]: float(s) for s, p in zip(srow, prow)
              if p >= 0 and s >= cfg.semantic_threshold} for srow, prow in zip(scores, near)]
    return recovery.Truth(list(example["component_ids"]), texts, np.asarray(example["weights"]), vecs, close,
                          cfg.semantic_threshold)


def truth_kl(bench: Bench, target, truth: recovery.Truth) -> float:
    """Held-out KL(soft || the true mixture with its true weights) on the benchmark's probes (no null term: the
    synth target is log_softmax(W sum_i w_i h_i + (sum_i w_i) b))."""
    from softprism.poe.solver import PoEProblem
    from softprism.retrieval.corpus import normalise

    dec = bench.dec
    texts = [normalise(t) for t in truth.texts]
    _, held, _ = dec.store.get(texts)  # [G + 1, P_held, d], null row last
    prob = PoEProblem(held[:len(texts)], target.states[1], dec.lm.head_weight, dec.lm.head_bias, dtype="float64",
                      device="cpu")
    return prob.value(torch.as_tensor(truth.weights, dtype=torch.float64))


def random_positions(n: int, size: int, seed: int, sha: str) -> list[int]:
    """The random baseline's rule (`decompose.chance.random_dictionary`): `size` of n rows, seeded by seed + sha."""
    mix = int(hashlib.sha256(f"{seed}:{sha}".encode()).hexdigest()[:8], 16)
    return np.random.default_rng(mix).choice(n, size=min(size, n), replace=False).tolist()


def solve_size(c) -> int:
    """The pipeline's configured dictionary size: oracle (or fallback) hits + projection + patchscope extras."""
    return c.size + c.projection + c.patchscope


def pipeline_sources(c, n: int):
    """`CandidateConfig` c with its three counts scaled to total n, in c's proportions (largest remainders; the
    oracle's `size` takes ties). c itself when n is its own total."""
    total = solve_size(c)
    if n == total or total == 0:
        return c
    shares = [c.size * n / total, c.projection * n / total, c.patchscope * n / total]
    counts = [int(x) for x in shares]
    for i in sorted(range(3), key=lambda i: (-(shares[i] - counts[i]), i))[:n - sum(counts)]:
        counts[i] += 1
    return dataclasses.replace(c, size=counts[0], projection=counts[1], patchscope=counts[2])


def dictionaries_at(bench: Bench, target, results: dict, sizes: list[int]) -> dict[str, dict[int, list[Candidate]]]:
    """{method: {size: dictionary}} for candidate recall. The solve size reuses the solved dictionary; methods
    whose dictionary does not grow (projection, patchscope, ground_truth) report it at every size. The pipeline's
    dictionary at size N: its sources scaled to N (`pipeline_sources`), deduplicated (so it may hold fewer)."""
    dec = bench.dec
    own = solve_size(dec.cfg.candidates)
    out: dict[str, dict[int, list[Candidate]]] = {}
    for m, r in results.items():
        at: dict[int, list[Candidate]] = {}
        for s in sizes:
            if m in ("projection", "patchscope", "ground_truth") or s == own:
                at[s] = r.dictionary
            elif m == "pipeline":
                at[s] = dec.candidates(target, Timing(), Diagnostics(), sources=pipeline_sources(dec.cfg.candidates, s))
            elif m in ("projection_retrieval", "patchscope_retrieval"):
                kind = m.split("_")[0]
                text = target.text(kind, dec)
                at[s] = dec.retrieve_texts([text], s, kind) if text else []
            elif m == "random":
                at[s] = dec.position_candidates(
                    random_positions(len(dec.index.corpus), s, dec.cfg.baselines.random_seed, target.sha), "random")
        out[m] = at
    return out


def _free_vectors(bench: Bench, cands) -> np.ndarray | None:
    """[C, D] vectors of the candidates outside the corpus (zeros elsewhere), or None when there are none."""
    free = [i for i, c in enumerate(cands) if c.corpus_id is None]
    if not free:
        return None
    vecs = np.zeros((len(cands), bench.encoder.dim), np.float32)
    vecs[free] = bench.encoder.encode([cands[i].text for i in free])
    return vecs


def score_method(bench: Bench, result, truth: recovery.Truth, dicts: dict[int, list[Candidate]],
                 kl_floor: float | None, kl_truth: float | None) -> dict:
    """One method's row entry: candidate recall (solved dictionary and at each size), recall@k, matches with
    weights, KL numbers, the KL-versus-k path, timing and the texts it derived."""
    cfg = bench.cfg
    thr = cfg.semantic_threshold

    def recall(cands) -> dict:
        e, c = recovery.match_scores(truth, [x.corpus_id for x in cands], [x.text for x in cands],
                                     _free_vectors(bench, cands))
        return recovery.recall_hits(e, c, thr)

    comps = sorted(result.components, key=lambda x: -abs(x.weight))  # recall@k ranks by |w| (DESIGN §4)
    e, c = recovery.match_scores(truth, [x.corpus_id for x in comps], [x.text for x in comps],
                                 _free_vectors(bench, comps))
    rec_at = {str(k): recovery.recall_hits(e, c, thr, k) for k in cfg.recall_at}
    rec_at[recovery.GT_K] = recovery.recall_hits(e, c, thr, len(truth))
    pairs = recovery.match_pairs(e, c, thr)
    est = np.array([x.weight for x in comps])
    matched = {cc: g for g, cc in pairs}
    j = result.to_json()
    info = {k: v for k, v in result.info.to_json().items()
            if k in ("projection_text", "patchscope_text", "slots", "warnings")}
    return {
        "n_candidates": len(result.dictionary),
        "candidates": dict(result.candidates),
        "candidate_recall": recall(result.dictionary),
        "candidate_recall_at": {str(s): recall(d) for s, d in dicts.items()},
        "recall_at": rec_at,
        "weights": recovery.sign_and_error(truth.weights, est, pairs),
        "matches": [{"component": g, "rank": cc + 1, "true_weight": float(truth.weights[g]),
                     "weight": float(est[cc]), "cosine": float(c[g, cc]), "exact": bool(e[g, cc])}
                    for g, cc in pairs],
        "k": result.k,
        "kl": recovery.finite(result.kl), "kl_fit": recovery.finite(result.kl_fit),
        "kl_base": recovery.finite(result.kl_base), "explained": recovery.finite(result.explained),
        "kl_full": recovery.finite(result.full.kl), "explained_full": recovery.finite(result.full.explained),
        "kl_best_single": recovery.finite(result.kl_best_single),
        "kl_ratio": recovery.ratio(result.kl, kl_floor), "kl_truth_ratio": recovery.ratio(result.kl, kl_truth),
        "null_weight": result.null_weight,
        "components": [{"rank": x.rank, "text": x.text, "weight": x.weight, "corpus_id": x.corpus_id,
                        "source": x.source, "match": matched.get(i)} for i, x in enumerate(comps)],
        "path_kl": [s["kl_heldout"] for s in j["path"]],
        "path_explained": [s["explained"] for s in j["path"]],
        "timing": result.timing.to_json(),
        "info": info,
    }


def score_example(bench: Bench, run: DataRun, example: dict) -> dict:
    """Run the pipeline and every baseline on one synthetic soft prompt and score them. Returns the JSONL row."""
    from softprism.decompose.baselines import run_baselines

    t_start = time.perf_counter()
    dec = bench.dec
    soft = torch.tensor(np.asarray(example["soft_prompt"], np.float32))
    target = dec.prepare(soft, f"{run.path} example {example['index']}")
    truth = make_truth(bench, example)
    pipe = dec.decompose(target)
    results = {"pipeline": pipe}
    results.update(run_baselines(dec, target, len(pipe.dictionary) or dec.cfg.candidates.size,
                                 ground_truth_texts=list(truth.texts)))
    t0 = time.perf_counter()
    kl_truth = truth_kl(bench, target, truth)
    truth_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    dicts = dictionaries_at(bench, target, results, bench.sizes)
    floor = recovery.finite(example.get("kl_heldout"))
    floor = floor if floor is not None and floor > 0 else None
    methods = {m: score_method(bench, r, truth, dicts[m], floor, kl_truth) for m, r in results.items()}
    score_s = time.perf_counter() - t0
    return {
        "key": f"{run.name}:{example['index']}",
        "data": run.name,
        "index": int(example["index"]),
        "init": example.get("init"),
        "length": int(example.get("length") or soft.shape[0]),
        "k_true": len(truth),
        "component_ids": truth.ids,
        "component_texts": truth.texts,
        "weights": [float(w) for w in truth.weights],
        "kl_floor": floor,
        "kl_floor_raw": recovery.finite(example.get("kl_heldout")),
        "kl_base_synth": recovery.finite(example.get("kl_base")),
        "kl_truth": recovery.finite(kl_truth),
        "kl_base": recovery.finite(pipe.kl_base),
        "soft_sha": target.sha,
        "methods": methods,
        "timing": {"target_tables_s": round(target.seconds, 4), "truth_kl_s": round(truth_s, 4),
                   "scoring_s": round(score_s, 4), "example_s": round(time.perf_counter() - t_start, 4)},
    }


# ---------------------------------------------------------------------------------------------------------------
# The loop, resumable
# ---------------------------------------------------------------------------------------------------------------

def read_log(path: Path, key: str) -> dict[str, dict]:
    """Rows already in `path` (examples.jsonl) by example key. A torn last line (a killed run) is dropped and the
    file rewritten without it; a file written for another benchmark (header key) is an InputError."""
    if not path.is_file():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    good, rows = [], {}
    for n, line in enumerate(lines):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            if n == len(lines) - 1:
                log.warning("%s: dropping a torn last line (the previous run was killed while writing)", path)
                continue
            raise InputError(f"{path}: line {n + 1} is not JSON; delete the file (or choose another --out)") from None
        if n == 0:
            if obj.get("header", {}).get("key") != key:
                raise InputError(f"{path.parent}: holds a benchmark with another config, data, model, index or "
                                 f"oracle (key {obj.get('header', {}).get('key')} != {key}); choose another --out")
        else:
            rows[obj["key"]] = obj
        good.append(line)
    if len(good) != len(lines):
        tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
        tmp.write_text("".join(g + "\n" for g in good), encoding="utf-8")
        os.replace(tmp, path)
    return rows


def _append(path: Path, obj: dict) -> None:
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(nan_to_none(obj), allow_nan=False) + "\n")
        f.flush()
        os.fsync(f.fileno())


def run_examples(bench: Bench, out: Path) -> list[dict]:
    """Score every selected example not yet in out/examples.jsonl, appending each row as it finishes. Returns all
    rows in run order (data runs as configured, examples by index)."""
    out = Path(out)
    path = out / EXAMPLES_FILE
    done = read_log(path, bench.key)
    todo = [(r, ex) for r in bench.runs for ex in r.examples if f"{r.name}:{ex['index']}" not in done]
    total = sum(len(r.examples) for r in bench.runs)
    if todo:
        out.mkdir(parents=True, exist_ok=True)
        if not path.is_file():
            _append(path, {"header": {"key": bench.key, "created": time.strftime("%Y-%m-%dT%H:%M:%S%z")}})
    if done:
        log.info("resuming: %d of %d examples already scored in %s", total - len(todo), total, path)
    bar = tqdm(total=total, initial=total - len(todo), desc="benchmark", unit="prompt",
               disable=not bench.cfg.progress)
    for run, ex in todo:
        row = score_example(bench, run, ex)
        _append(path, row)
        done[row["key"]] = row
        bar.set_postfix_str(f"{row['key']} {row['timing']['example_s']:.0f}s")
        bar.update(1)
    bar.close()
    return [done[f"{r.name}:{ex['index']}"] for r in bench.runs for ex in r.examples]


def aggregate_groups(rows: list[dict], names: list[str], methods: list[str], sizes: list[int],
                     recall_at: list[int]) -> dict[str, dict]:
    """`recovery.aggregate` pooled over every row ("all") and per data run (rows whose `data` is each name)."""
    groups = {"all": rows} | {n: [x for x in rows if x["data"] == n] for n in names}
    return {g: recovery.aggregate(rs, methods, sizes, recall_at) for g, rs in groups.items() if rs}


def summarise(bench: Bench, rows: list[dict]) -> dict:
    """benchmark.json's content: aggregate tables per data run and pooled, throughput, provenance, rows."""
    from softprism.decompose.config import METHODS
    from softprism.poe.config import to_dict
    from softprism.poe.runs import provenance

    methods = ["pipeline"] + [m for m in METHODS if any(m in r["methods"] for r in rows)]
    cfg = bench.cfg
    groups = ["all"] + [r.name for r in bench.runs]
    agg = aggregate_groups(rows, groups[1:], methods, bench.sizes, cfg.recall_at)
    secs = [r["timing"]["example_s"] for r in rows]
    prov = dict(bench.provenance)
    prov.update({k: v for k, v in provenance().items() if k in ("git_sha", "versions", "argv", "started")})
    prov["benchmark_key"] = bench.key
    return {
        "kind": "softprism.benchmark",
        "methods": methods,
        "groups": groups,
        "sizes": bench.sizes,
        "solve_size": solve_size(bench.dec.cfg.candidates),
        "recall_at": list(cfg.recall_at) + [recovery.GT_K],
        "semantic_threshold": cfg.semantic_threshold,
        "k": bench.dec.cfg.k,
        "n_examples": len(rows),
        "throughput": {"seconds_per_example_mean": float(np.mean(secs)) if secs else None,
                       "seconds_per_example_median": float(np.median(secs)) if secs else None,
                       "soft_prompts_per_hour": 3600.0 / float(np.mean(secs)) if secs and np.mean(secs) > 0 else None,
                       "note": "wall time of examples scored in this output folder (across resumed runs)"},
        "aggregate": agg,
        "provenance": prov,
        "config": to_dict(cfg),
        "rows": rows,
    }


def nan_to_none(obj):
    """Recursively replace non-finite floats by None (strict JSON)."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: nan_to_none(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [nan_to_none(v) for v in obj]
    return obj
