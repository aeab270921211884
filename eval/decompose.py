"""The decomposition pipeline: one soft prompt in, a short weighted list of hard prompts out.

    dec = Decomposer(lm, slot, fit_probes, heldout_probes, index, encoder=None, oracle=None, cfg=DecomposeConfig())
    result = dec.decompose(soft)            # soft [L, d_model] -> DecompositionResult (the pipeline)
    report = dec.run(soft)                  # the pipeline and the baselines on the same target -> Report
    report.to_json()                        # {"soft_prompt", "provenance", "pipeline", "baselines", ...}

Pipeline (DESIGN.md §2 eval/):

1. target tables: the soft prompt's final hidden states on the fit and held-out probe tails (once per soft prompt,
   shared by the pipeline and every baseline);
2. signature pursuit (when a signature index for the model and slot is given or shipped): the soft prompt's
   signature on the probe battery (poe/signatures.py), then signed matching pursuit over the signature index
   (retrieval/pursuit.py), `signature_rounds` rounds of `signature / signature_rounds` candidates each;
   oracle: slots of `oracle.inference.Oracle` ordered by presence; the slots above `presence_threshold` (at most
   `max_slots`, at least `min_slots`) are kept;
3. retrieval: FAISS top-`per_slot` hits per slot, merged round-robin by presence (rank 0 of every slot, then rank
   1, ...), deduplicated by corpus id, up to `size` candidates (`oracle.recall.candidate_dictionary`);
4. extra candidate sources (optional): FAISS hits of the nearest-token projection text and of the patchscope
   description (`projection`, `patchscope` candidates each), of the soft prompt's own replies to fit probes
   (`replies`), and user texts. Without an oracle, `size` is shared
   by the `fallback` sources instead. The union is deduplicated by corpus id (texts outside the corpus: by their
   normalised text); each candidate records the first source that proposed it;
5. tables: the candidates' states on the same tails (`StateStore`: memoised per prompt in memory and on disk);
6. solve: `poe.fit.DictionaryFit` — the exact PoE solve over the full vocabulary (KKT residual <= 1e-6);
7. path: greedy forward selection with refit (the KL-versus-k curve); the reported components are path step `k`.

Every result holds the faithfulness numbers of DESIGN.md §1 on held-out probes for the k-component answer
(`kl`, `kl_base`, `explained`, `kl_best_single`) and for the full fit over the whole dictionary (`full`).

Must not: train anything, or write files other than the state cache under `$SOFTPRISM_CACHE/tables/prompts/`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np
import torch

from softprism.eval.baselines import BaselineConfig
from softprism.poe.errors import InputError
from softprism.poe.fit import Decomposition, DictionaryFit
from softprism.poe.lm import FrozenLM, ModelConfig, cache_root
from softprism.poe.probes import ProbeConfig, ProbeSet
from softprism.poe.slot import PromptSlot, SlotConfig
from softprism.poe.solver import SolverConfig
from softprism.poe.tables import Tails, compute_states, make_tails

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_INDEX = ROOT / "retrieval" / "shipped"
SHIPPED_ORACLE = ROOT / "oracle" / "shipped"
SHIPPED_SIGNATURES = ROOT / "retrieval" / "shipped_signatures"
DEMO_INDEX_CONFIG = ROOT / "configs" / "retrieval" / "demo.yaml"
REPLY_QUERY_CHARS = 300  # of a probe and of a reply, in the `replies` source's queries (MiniLM reads 128 tokens)
SOURCES = ("signature", "oracle", "projection", "patchscope", "replies", "user")


# ---------------------------------------------------------------------------------------------------------------
# Config
# ---------------------------------------------------------------------------------------------------------------

@dataclass
class CandidateConfig:
    """How the candidate dictionary is built (sizes per source)."""

    signature: int = 32
    """Candidates from signature pursuit over the signature index (0 = none): the prompts whose *behaviour* on the
    probe battery combines into the soft prompt's (DESIGN.md §1b). Used whenever a signature index for the model and
    slot is found (`retrieval.signatures`)."""
    signature_rounds: int = 8
    """Pursuit rounds; each proposes `signature / signature_rounds` candidates and picks one atom (4 per round
    recovered more exact mixtures at 32 candidates than 8 per round: docs/signatures.md)."""
    size: int = 32
    """Candidates from the oracle's slots (the benchmark's dictionary size: 32, 128, 512, ...). Without an oracle,
    this many are drawn from the `fallback` sources instead. The default dictionary is 32 `signature` + 32 oracle +
    16 `projection` + 16 `patchscope` (96; 64 without a signature index): the shipped oracle is small and loses to
    projection retrieval on held-out data (oracle/shipped/PROVENANCE.md), and a smaller dictionary keeps the plain
    default to minutes on a CPU (fresh candidate tables dominate the time)."""
    per_slot: int = 0
    """FAISS hits looked up per oracle slot (top-m); 0 = `size` (so one confident slot can fill the dictionary)."""
    presence_threshold: float = 0.5
    """Oracle slots with presence probability at least this are used."""
    max_slots: int = 0
    """Use at most this many slots (0 = no cap)."""
    min_slots: int = 1
    """Use at least this many slots (the most present ones), even below the threshold."""
    projection: int = 16
    """Extra candidates: FAISS hits of the nearest-token projection text (0 = none)."""
    patchscope: int = 16
    """Extra candidates: FAISS hits of the patchscope description (0 = none)."""
    replies: int = 0
    """Extra candidates: FAISS hits of what the soft prompt does (0 = none). The soft-prompted model answers
    `reply_probes` fit probes (greedy, `reply_tokens` tokens at most); two queries, the mean embedding of the
    "Input: probe / Output: reply" pairs and the mean embedding of the replies alone, are searched and their hits
    merged round-robin. Instruction induction (Honovich et al. 2022) by retrieval: a classification soft prompt's
    replies are labels, and the corpus rows nearest to "news article -> sports" are news-topic instructions."""
    reply_probes: int = 16
    """Fit probes the soft prompt answers for the `replies` source."""
    reply_tokens: int = 24
    """Reply length cap for the `replies` source."""
    fallback: list[Literal["projection", "patchscope"]] = field(default_factory=lambda: ["projection", "patchscope"])
    """Without an oracle, these sources share `size` (in addition to any `projection`/`patchscope` counts)."""
    texts: list[str] = field(default_factory=list)
    """Extra candidates: your own hard prompts (always all added)."""
    file: str = ""
    """Extra candidates from a file: one prompt per line (.txt) or JSONL rows with `text` (or `prompt`)."""

    def __post_init__(self) -> None:
        if min(self.size, self.per_slot, self.projection, self.patchscope, self.replies, self.signature) < 0:
            raise ValueError("candidate counts must be >= 0")
        if self.signature_rounds < 1:
            raise ValueError("signature_rounds must be >= 1")
        if self.reply_probes < 1 or self.reply_tokens < 1:
            raise ValueError("reply_probes and reply_tokens must be >= 1")
        if not 0.0 <= self.presence_threshold <= 1.0:
            raise ValueError("presence_threshold must be in [0, 1]")
        if self.max_slots < 0 or self.min_slots < 0:
            raise ValueError("max_slots and min_slots must be >= 0")


@dataclass
class RetrievalInputs:
    """The index the candidates come from (used by eval/decompose_real.py and the benchmark)."""

    index: str = ""
    """An index folder written by retrieval/build.py; empty = `default_index()` (shipped, else built once)."""
    corpus: str = ""
    """Optional corpus spec (`default:N` or a file/folder): the index must have been built from it."""
    encoder: str = ""
    """Optional sentence encoder name: the index must have been built with it (empty = the index's own)."""
    nprobe: int = 0
    """IVF lists visited per query (0 = the index's own setting)."""
    signatures: str = "auto"
    """A signature index folder (retrieval/build.py --signatures); `auto` = retrieval/shipped_signatures when it was
    built for this model and slot (else no signature source); `none` = off."""

    def __post_init__(self) -> None:
        if self.nprobe < 0:
            raise ValueError("nprobe must be >= 0")


@dataclass
class DecomposeConfig:
    """One-shot decomposition of a soft prompt: the pipeline, its baselines and its inputs."""

    model: ModelConfig = field(default_factory=lambda: ModelConfig(name="auto"))
    """The frozen LM. `auto` (CLI): the adapter's base model when it loads offline, else the embedded default."""
    slot: SlotConfig = field(default_factory=lambda: SlotConfig(kind="prefix"))
    """Where the soft prompt and the candidates go (`prefix` is PEFT prompt tuning's placement)."""
    probes: ProbeConfig = field(default_factory=lambda: ProbeConfig(n_fit=32, n_heldout=16, positions=4))
    """Probe set (fit/held-out split) and response positions T; fit positions = n_fit x T."""
    solver: SolverConfig = field(default_factory=lambda: SolverConfig(max_components=10))
    """The exact PoE solve; `max_components` is the length of the KL-versus-k curve (raised to `k` if smaller)."""
    candidates: CandidateConfig = field(default_factory=CandidateConfig)
    """Candidate dictionary sources and sizes."""
    retrieval: RetrievalInputs = field(default_factory=RetrievalInputs)
    """The FAISS index of hard prompts."""
    oracle: str = "auto"
    """Oracle folder (oracle/train.py run, final/ or checkpoint); `auto` = oracle/shipped when present; `none` = off."""
    baselines: BaselineConfig = field(default_factory=BaselineConfig)
    """Baselines run on the same soft prompt and probes."""
    k: int = 10
    """Report this many components: the greedy path's step k, refit (0 = the full fit's non-zero weights)."""
    include_null: bool = True
    """Add the empty prompt as a free intercept (always in the fit, not counted in k)."""
    fit_on: Literal["response", "labels", "both"] = "response"
    """What the weights are fitted to and `kl`/`explained` measure. `response`: the full next-token distributions
    at the first T reply positions (DESIGN.md §1). `labels`: only the task's decision, the first reply token
    restricted to the label tokens of a labelled probe file (every row has an `output`; their first tokens form
    2-32 labels), renormalised: the answer then explains which label the soft prompt picks, not its format.
    `both`: the response KL plus `label_weight` times that decision KL (still one convex solve); `kl`/`explained`
    stay the response's, `kl_fit` is the combined objective, and the decision block measures the label part."""
    label_weight: float = 1.0
    """Weight of the decision term when `fit_on: both` (ignored otherwise); >= 0."""
    table_cache: bool = True
    """Keep each candidate's state tables on disk under $SOFTPRISM_CACHE/tables/prompts/ (SOFTPRISM_NO_TABLE_CACHE=1
    also turns it off)."""
    memory_entries: int = 4096
    """Candidates whose tables are kept in memory between soft prompts (LRU; ~0.3 MB each for SmolLM2 at 192
    positions)."""
    progress: bool = True
    """tqdm bars for the table computations."""

    def __post_init__(self) -> None:
        if self.k < 0:
            raise ValueError("k must be >= 0")
        if self.memory_entries < 0:
            raise ValueError("memory_entries must be >= 0")
        if not (self.label_weight >= 0 and math.isfinite(self.label_weight)):
            raise ValueError(f"label_weight={self.label_weight}: must be a finite number >= 0")


# ---------------------------------------------------------------------------------------------------------------
# Candidates and results
# ---------------------------------------------------------------------------------------------------------------

@dataclass
class Candidate:
    """One dictionary entry: its text, corpus id (None outside the corpus), index row (-1 outside), the source
    that proposed it first, and every source that proposed it."""

    text: str
    corpus_id: str | None
    position: int
    source: str
    sources: list[str] = field(default_factory=list)

    def key(self) -> str:
        if self.corpus_id is not None:
            return self.corpus_id
        from softprism.retrieval.corpus import normalise

        return "text:" + normalise(self.text).casefold()


def merge_candidates(groups: list[list[Candidate]]) -> list[Candidate]:
    """The union of candidate lists in order, deduplicated by corpus id (or normalised text outside the corpus);
    a repeat adds its source to the first occurrence's `sources`. Empty texts are dropped."""
    out: list[Candidate] = []
    seen: dict[str, Candidate] = {}
    for group in groups:
        for c in group:
            if not c.text.strip():
                continue
            k = c.key()
            if k in seen:
                for s in c.sources or [c.source]:
                    if s not in seen[k].sources:
                        seen[k].sources.append(s)
                continue
            c = Candidate(c.text, c.corpus_id, c.position, c.source, list(c.sources or [c.source]))
            seen[k] = c
            out.append(c)
    return out


@dataclass
class Component:
    """One reported component: rank, text, signed weight, corpus id, source.

    Rank is the order in which the greedy path added the prompt when the answer is the path's step k (the first is the
    best single prompt, each next one adds the most given those before), else (the full fit's top k, refit) |weight|;
    `DecompositionResult.info["rank_by"]` says which."""

    rank: int
    text: str
    weight: float
    corpus_id: str | None
    source: str


def _f(x: float | None) -> float | None:
    """JSON-safe float (inf/NaN -> None)."""
    return None if x is None or not math.isfinite(x) else float(x)


@dataclass
class DecompositionResult:
    """A decomposition of one soft prompt by one method (the pipeline or a baseline).

    `components`: the k-component answer (greedy path step k, or the full fit's top k, refit), ranked as
    `Component` says. `kl`, `explained`:
    that answer's faithfulness on held-out probes; `null_weight`: that answer's null-prompt intercept (use it with
    `components` to decode the answer as a PoE). `full`: the solve over the whole dictionary (`poe.fit`'s
    `Decomposition`, with `kl`, `explained` and every non-zero weight). `path`: the KL-versus-k curve.
    `dictionary`: every candidate (text, corpus id, source). `candidates`: how many each source contributed.
    `timing`: seconds per stage. `info`: method-specific details (oracle slots, baseline texts, warnings).
    """

    method: str
    components: list[Component]
    k: int
    kl: float
    kl_base: float
    explained: float
    kl_fit: float
    kl_best_single: float
    best_single: str
    null_weight: float | None
    path: list[dict]
    full: Decomposition
    dictionary: list[Candidate]
    candidates: dict[str, int]
    timing: dict[str, float]
    info: dict = field(default_factory=dict)
    decision: dict | None = None
    """Label-restricted metrics on the first reply token (`decision_metrics`), when the probes are a labelled task."""

    @property
    def explained_best_single(self) -> float:
        return 1.0 - self.kl_best_single / self.kl_base if self.kl_base > 0 else float("nan")

    def to_json(self) -> dict:
        full = self.full.to_json()
        full["components"] = [{"text": c.text, "weight": c.weight, "corpus_id": c.corpus_id, "source": c.source}
                              for c in self.full.components]
        full["kl_best_single"] = _f(full["kl_best_single"])
        full.pop("path", None)  # the same path is at the top level
        return {
            "method": self.method,
            "k": self.k,
            "components": [c.__dict__ for c in self.components],
            "kl": _f(self.kl), "kl_base": _f(self.kl_base), "explained": _f(self.explained),
            "kl_fit": _f(self.kl_fit),
            "kl_best_single": _f(self.kl_best_single), "best_single": self.best_single,
            "explained_best_single": _f(self.explained_best_single),
            "null_weight": self.null_weight,
            "null_weight_full": self.full.null_weight,
            "kl_full": _f(self.full.kl), "explained_full": _f(self.full.explained),
            "n_candidates": len(self.dictionary),
            "candidates": dict(self.candidates),
            "path": self.path,
            "timing": {k: round(v, 4) for k, v in self.timing.items()},
            "dictionary": [{"text": c.text, "corpus_id": c.corpus_id, "source": c.source, "sources": c.sources}
                           for c in self.dictionary],
            "full": full,
            "info": self.info,
            "decision": self.decision,
        }


@dataclass
class Report:
    """The pipeline and its baselines on one soft prompt, with provenance."""

    soft_prompt: dict
    pipeline: DecompositionResult
    baselines: dict[str, DecompositionResult]
    provenance: dict
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "soft_prompt": self.soft_prompt,
            "provenance": self.provenance,
            "pipeline": self.pipeline.to_json(),
            "baselines": {k: v.to_json() for k, v in self.baselines.items()},
            "summary": {m: {"kl": _f(r.kl), "explained": _f(r.explained), "kl_best_single": _f(r.kl_best_single),
                            "n_candidates": len(r.dictionary), "total_s": round(r.timing.get("total_s", 0.0), 3)}
                        for m, r in [("pipeline", self.pipeline), *self.baselines.items()]},
            "warnings": list(self.warnings),
        }


# ---------------------------------------------------------------------------------------------------------------
# Per-prompt state tables
# ---------------------------------------------------------------------------------------------------------------

class StateStore:
    """State tables of hard prompts on fixed fit and held-out tails, memoised per prompt (LRU in memory, and on disk
    under `$SOFTPRISM_CACHE/tables/prompts/<tails key>/`), so candidates shared between soft prompts, methods and
    runs are computed once.

    `get(texts)` -> (fit [N + 1, P_fit, d], held [N + 1, P_held, d], held_lse [N + 1, P_held] float64); the last
    row is the null prompt (empty slot). `held_lse` is the logsumexp over the vocabulary of each held-out state's
    logits (what `DictionaryFit.heldout_lse` would compute).
    """

    def __init__(self, lm: FrozenLM, slot: PromptSlot, fit_tails: Tails, held_tails: Tails, disk: bool = True,
                 max_entries: int = 4096):
        self.lm, self.slot, self.fit_tails, self.held_tails = lm, slot, fit_tails, held_tails
        self.max_entries = max_entries
        self.disk = disk and os.environ.get("SOFTPRISM_NO_TABLE_CACHE") != "1"
        key = json.dumps([lm.tables_id, slot.kind, fit_tails.ids, held_tails.ids, fit_tails.T])
        self.folder = cache_root() / "tables" / "prompts" / hashlib.sha256(key.encode()).hexdigest()[:20]
        self._mem: OrderedDict[str, tuple[torch.Tensor, torch.Tensor, torch.Tensor]] = OrderedDict()
        null = torch.zeros(0, lm.d_model, dtype=lm.dtype, device=lm.device)
        f = compute_states(lm, slot, [null], fit_tails)[0]
        h = compute_states(lm, slot, [null], held_tails)[0]
        self.null = (f, h, self._lse(h[None])[0])
        self.computed = 0  # prompts computed (not found in a cache) since construction

    def _lse(self, H: torch.Tensor) -> torch.Tensor:
        """[n, P, d] states -> [n, P] float64 logsumexp of their logits over the full vocabulary."""
        dev = self.lm.device  # on the model's device, with the float64 head converted once (FrozenLM.head_as)
        W, b = self.lm.head_as(dev, torch.float64)
        n, P, d = H.shape
        flat = H.reshape(n * P, d)
        out = torch.empty(n * P, dtype=torch.float64)
        for s in range(0, n * P, 256):
            logits = flat[s:s + 256].to(dev, torch.float64) @ W.T
            out[s:s + 256] = torch.logsumexp(logits if b is None else logits + b, -1).cpu()
        return out.reshape(n, P)

    def _path(self, text: str) -> Path:
        return self.folder / f"{hashlib.sha256(text.encode('utf-8')).hexdigest()[:24]}.safetensors"

    def _remember(self, text: str, entry) -> None:
        if self.max_entries == 0:
            return
        self._mem[text] = entry
        self._mem.move_to_end(text)
        while len(self._mem) > self.max_entries:
            self._mem.popitem(last=False)

    def _load(self, text: str):
        if text in self._mem:
            self._mem.move_to_end(text)
            return self._mem[text]
        if not self.disk:
            return None
        p = self._path(text)
        if not p.is_file():
            return None
        from safetensors.torch import load_file

        try:
            t = load_file(str(p))
            entry = (t["fit"], t["held"], t["lse"])
        except Exception:  # noqa: BLE001 - a damaged cache entry is recomputed
            log.warning("ignoring unreadable table cache entry %s", p)
            return None
        self._remember(text, entry)
        return entry

    def get(self, texts: list[str], progress: bool = False) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        found = {t: e for t in dict.fromkeys(texts) if (e := self._load(t)) is not None}
        todo = [t for t in dict.fromkeys(texts) if t not in found]
        if todo:
            log.info("state tables for %d new prompts (%d cached)", len(todo), len(found))
            prompts = [self.lm.embed_text(t) for t in todo]
            F = compute_states(self.lm, self.slot, prompts, self.fit_tails, progress=progress,
                               desc="candidate tables (fit)")
            H = compute_states(self.lm, self.slot, prompts, self.held_tails, progress=progress,
                               desc="candidate tables (held-out)")
            S = self._lse(H)
            self.computed += len(todo)
            if self.disk:
                from safetensors.torch import save_file

                self.folder.mkdir(parents=True, exist_ok=True)
            for i, t in enumerate(todo):
                entry = (F[i].clone(), H[i].clone(), S[i].clone())
                found[t] = entry
                self._remember(t, entry)
                if self.disk:
                    p = self._path(t)
                    tmp = p.with_name(f".{p.name}.tmp{os.getpid()}")
                    save_file({"fit": entry[0], "held": entry[1], "lse": entry[2]}, str(tmp))
                    os.replace(tmp, p)
        rows = [found[t] for t in texts] + [self.null]
        return (torch.stack([r[0] for r in rows]), torch.stack([r[1] for r in rows]),
                torch.stack([r[2] for r in rows]))


# ---------------------------------------------------------------------------------------------------------------
# The target
# ---------------------------------------------------------------------------------------------------------------

class Target:
    """A validated soft prompt [L, d] with its states on the fit and held-out tails, and the texts that baselines
    and extra sources derive from it (computed once, on first use)."""

    def __init__(self, soft: torch.Tensor, states: tuple[torch.Tensor, torch.Tensor], seconds: float):
        self.soft = soft
        self.states = states
        self.seconds = seconds
        self.sha = hashlib.sha256(soft.detach().float().cpu().numpy().tobytes()).hexdigest()[:16]
        self._texts: dict[str, str] = {}
        self._replies: list[tuple[str, str]] | None = None
        self._signature: torch.Tensor | None = None

    def signature(self, space) -> torch.Tensor:
        """This soft prompt's signature [r] in `space` (a `poe.signatures.SignatureSpace`), computed once."""
        if self._signature is None:
            self._signature = space.of_prompts([self.soft])[0]
        return self._signature

    def text(self, kind: str, dec: "Decomposer") -> str:
        """`projection` (nearest-token projection) or `patchscope` (verbalisation) text of this soft prompt."""
        if kind not in self._texts:
            from softprism.eval import baselines

            if kind == "projection":
                self._texts[kind] = baselines.nearest_token_text(dec.lm, self.soft, dec.cfg.baselines.projection_metric)
            elif kind == "patchscope":
                self._texts[kind] = baselines.patchscope_text(dec.lm, dec.slot, self.soft, dec.cfg.baselines.patchscope)
            else:
                raise ValueError(f"unknown text kind {kind!r}")
        return self._texts[kind]

    def replies(self, dec: "Decomposer") -> list[tuple[str, str]]:
        """(probe, greedy reply under this soft prompt) for the first `candidates.reply_probes` fit probes."""
        c = dec.cfg.candidates
        if self._replies is None:
            from softprism.poe.decode import DecodeConfig, poe_generate

            probes = [p.text for p in dec.fit_probes.probes[: c.reply_probes]]
            out = poe_generate(dec.lm, dec.slot, [self.soft], [1.0], probes,
                               DecodeConfig(max_new_tokens=c.reply_tokens),
                               max_probe_tokens=dec.cfg.probes.max_probe_tokens)
            self._replies = [(p, " ".join(r.split())) for p, r in zip(probes, out)]
        return self._replies


# ---------------------------------------------------------------------------------------------------------------
# The decomposer
# ---------------------------------------------------------------------------------------------------------------

def read_texts(path: str | Path) -> list[str]:
    """Hard prompts from a file: JSONL rows (`text` or `prompt`) for .jsonl, else one prompt per line."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: candidate file not found; pass a text file with one prompt per line or JSONL rows "
                         "with a `text` field")
    if p.suffix.lower() == ".jsonl":
        from softprism.poe.jsonl import iter_objects

        texts = [t for _, _, t in iter_objects(p, ("text", "prompt"))]
    else:
        from softprism.poe.jsonl import read_text

        texts = [line.strip() for line in read_text(p).splitlines()]
    texts = [t for t in texts if t.strip()]
    if not texts:
        raise InputError(f"{p}: the candidate file has no prompts; add one prompt per line")
    return texts


MAX_LABELS = 32


def task_labels(lm: FrozenLM, fit: ProbeSet, held: ProbeSet) -> tuple[list[int], list[int]] | None:
    """The label set of a classification task: the distinct first tokens of the probes' reference outputs, when
    every probe has one and there are 2..MAX_LABELS of them. Returns (label token ids, each held-out probe's gold
    id), or None (free-form probes, or outputs too varied to be labels)."""
    probes = list(fit.probes) + list(held.probes)
    if not held.probes or any(p.output is None for p in probes):
        return None
    first = [lm.tokenize(p.output)[:1] for p in probes]
    if any(not f for f in first):
        return None
    labels = sorted({f[0] for f in first})
    if not 2 <= len(labels) <= MAX_LABELS:
        return None
    return labels, [f[0] for f in first[len(fit.probes):]]


def label_names(lm: FrozenLM, probes: list, label_ids: list[int]) -> list[str]:
    """What each label token stands for: the distinct reference outputs that start with it, joined by `|` (e.g.
    `sports` for the token `s`; two outputs sharing a first token show as `a|b`, since the decision merges them)."""
    outs: dict[int, set[str]] = {i: set() for i in label_ids}
    for p in probes:
        ids = lm.tokenize(p.output)[:1] if p.output is not None else []
        if ids and ids[0] in outs:
            outs[ids[0]].add(p.output.strip())
    return ["|".join(sorted(outs[i])) or lm.tokenizer.decode([i]) for i in label_ids]


@torch.no_grad()
def decision_metrics(lm: FrozenLM, held_states: torch.Tensor, target: torch.Tensor, T: int,
                     labels: tuple[list[int], list[int]], pairs: list[tuple[int, float]], null_w: float | None,
                     null_index: int, best_i: int | None, names: list[str] | None = None) -> dict:
    """How much of the soft prompt's *decision* an answer carries, on the first reply token of each held-out probe.

    `explained` is measured over the whole vocabulary and the first T reply tokens, so an answer that copies the
    soft prompt's format ("reply with one word") can score high while picking the other label. Here every
    distribution is restricted to the task's label tokens and renormalised (first tokens of the reference outputs):
    `kl_label` = mean KL(soft ‖ answer) over held-out probes, `kl_label_base` the same for no prompt,
    `explained_label` = 1 − their ratio; `agreement` = how often the answer's top label is the soft prompt's;
    `accuracy_*` = how often each one's top label is the reference output's first token; `label_mass_*` = the
    full-vocabulary probability on the label set. `labels` names each label by the reference outputs it stands for
    (`names`, from `label_names`; default the decoded token), `label_tokens` by its token. The answer's PoE logits are W (Σ w_i h_i) + (Σ w_i) b, null
    intercept included (DESIGN.md §1).

    held_states [N + 1, P, d] (row `null_index` = empty slot), target [P, d], P = probes × T (probe-major).
    """
    label_ids, gold = labels
    P = target.shape[0]
    rows = torch.arange(0, P, T)  # position t = 0 of each probe
    W, b = lm.head_weight.detach(), lm.head_bias
    lab = torch.tensor(label_ids, device=W.device)
    W_lab = W[lab].double().cpu()  # the label rows in float64, as the solver computes; the whole head stays as it is
    b_lab = None if b is None else b.detach()[lab].double().cpu()

    H = held_states[:, rows].double()  # [N + 1, B, d]
    ws = [(i, w) for i, w in pairs] + ([(null_index, null_w)] if null_w is not None else [])
    combo = sum(w * H[i] for i, w in ws) if ws else torch.zeros_like(H[0])
    states = {"soft": (target[rows].double(), 1.0), "answer": (combo, sum(w for _, w in ws)),
              "base": (H[null_index], 1.0)}
    if best_i is not None:
        states["best_single"] = (H[best_i], 1.0)
    logp, mass = {}, {}
    for k, (h, scale) in states.items():
        z = h @ W_lab.T
        z_lab = z if b_lab is None else z + scale * b_lab  # [B, labels]
        logp[k] = torch.log_softmax(z_lab, -1)
        full = lm.head_logits(h.to(W.device, W.dtype)).float().cpu()  # [B, V], for the label mass only
        if b is not None and scale != 1.0:
            full = full + (scale - 1.0) * b.detach().float().cpu()
        mass[k] = float(torch.softmax(full, -1)[:, lab.cpu()].sum(-1).mean())
    q = logp["soft"].exp()

    def kl(k: str) -> float:
        return float((q * (logp["soft"] - logp[k])).sum(-1).mean())

    top = {k: v.argmax(-1) for k, v in logp.items()}
    gold_pos = torch.tensor([label_ids.index(g) for g in gold])
    kb = kl("base")
    out = {
        "labels": list(names) if names else [lm.tokenizer.decode([t]) for t in label_ids],
        "label_tokens": [lm.tokenizer.decode([t]) for t in label_ids], "n_probes": int(len(rows)),
        "kl_label": kl("answer"), "kl_label_base": kb,
        "explained_label": 1.0 - kl("answer") / kb if kb > 0 else None,
        "agreement": float((top["answer"] == top["soft"]).double().mean()),
        "agreement_base": float((top["base"] == top["soft"]).double().mean()),
        **{f"accuracy_{k}": float((v == gold_pos).double().mean()) for k, v in top.items()},
        **{f"label_mass_{k}": v for k, v in mass.items()},
    }
    if best_i is not None:
        out["kl_label_best_single"] = kl("best_single")
        out["agreement_best_single"] = float((top["best_single"] == top["soft"]).double().mean())
    return out


class Decomposer:
    """The pipeline, built once and reused for many soft prompts.

    Args:
        lm, slot: the frozen LM and the prompt slot the soft prompt was trained in.
        fit_probes, heldout_probes: the probe split (`poe.probes.fit_heldout`); weights are fitted on the first,
            every reported KL is measured on the second.
        index: a `retrieval.index.PromptIndex`; `encoder`: its sentence encoder (default: `index.encoder`).
        oracle: an `oracle.inference.Oracle` for the same LM and an encoder matching the index's, or None (then
            the candidates come from `candidates.fallback`).
        cfg: `DecomposeConfig` (only its solver, candidates, baselines, k, include_null, probes.positions and
            probes.max_probe_tokens, table_cache, memory_entries and progress fields are read here).
    """

    def __init__(self, lm: FrozenLM, slot: PromptSlot, fit_probes: ProbeSet, heldout_probes: ProbeSet, index,
                 encoder=None, oracle=None, cfg: DecomposeConfig | None = None, signatures=None):
        self.cfg = cfg or DecomposeConfig()
        self.lm, self.slot, self.index, self.oracle = lm, slot, index, oracle
        self.signatures = signatures
        """A `retrieval.signatures.SignatureIndex` for this model and slot, or None (no signature source)."""
        self.space = None
        if signatures is not None:
            from softprism.poe.signatures import space_for
            from softprism.retrieval.signatures import check_space

            self.space = space_for(lm, slot, signatures.meta["space"])
            check_space(signatures.meta, self.space, signatures.folder or Path("<signature index>"))
        self.fit_probes, self.heldout_probes = fit_probes, heldout_probes
        self.encoder = encoder if encoder is not None else index.encoder
        if encoder is not None:
            from softprism.retrieval.index import check_encoder

            check_encoder(index.meta, encoder, index.folder or Path("<index>"))
        if oracle is not None:
            self._check_oracle(oracle)
        if self.cfg.retrieval.nprobe:
            index.set_params(nprobe=self.cfg.retrieval.nprobe)
        T, mpt = self.cfg.probes.positions, self.cfg.probes.max_probe_tokens
        self.solver = SolverConfig(**{**self.cfg.solver.__dict__,
                                      "max_components": max(self.cfg.solver.max_components, self.cfg.k)})
        self.fit_tails = make_tails(lm, slot, fit_probes, T, mpt)
        self.held_tails = make_tails(lm, slot, heldout_probes, T, mpt)
        self.store = StateStore(lm, slot, self.fit_tails, self.held_tails, self.cfg.table_cache,
                                self.cfg.memory_entries)
        from softprism.retrieval.corpus import normalise

        self._pos_of: dict[str, int] = {}
        for i, t in enumerate(index.corpus.texts):
            self._pos_of.setdefault(normalise(t).casefold(), i)
        self.user_texts = list(self.cfg.candidates.texts)
        if self.cfg.candidates.file:
            self.user_texts += read_texts(self.cfg.candidates.file)
        self.labels = task_labels(lm, fit_probes, heldout_probes)
        """(label token ids, gold label id per held-out probe) for a labelled task's probes, else None."""
        self.label_names = None if self.labels is None else label_names(
            lm, list(fit_probes.probes) + list(heldout_probes.probes), self.labels[0])
        if self.cfg.fit_on in ("labels", "both") and self.labels is None:
            raise InputError(f"fit_on={self.cfg.fit_on} needs labelled task probes (probes.source {self.cfg.probes.source!r}): "
                             "a JSONL file whose every row has an `output`, with 2-32 distinct first tokens; pass "
                             "--probes task.jsonl or leave fit_on=response")

    def _check_oracle(self, oracle) -> None:
        want, have = oracle.meta.get("encoder", {}), self.index.meta.get("encoder", {})
        if want.get("model_id") != have.get("model_id") or int(want.get("dim", -1)) != int(have.get("dim", -2)):
            raise InputError(
                f"the oracle predicts in the space of encoder {want.get('model_id')!r} (dim {want.get('dim')}), but "
                f"index {self.index.folder} was built with {have.get('model_id')!r} (dim {have.get('dim')}); pass an "
                "index built with the oracle's encoder (retrieval/build.py --set encoder.name=...)")
        if oracle.lm.fingerprint != self.lm.fingerprint:
            raise InputError(f"the oracle was trained on model {oracle.lm.name!r}, not {self.lm.name!r}; pass the "
                             "matching --model or --oracle")
        if oracle.meta.get("slot") != self.slot.kind:
            log.warning("the oracle was trained on soft prompts in the %r slot; decomposing in the %r slot",
                        oracle.meta.get("slot"), self.slot.kind)

    # ---- building blocks (also used by eval.baselines) ---------------------------------------------------------
    def prepare(self, soft: torch.Tensor, name: str = "soft prompt") -> Target:
        """Validate soft [L, d] and compute its states on the fit and held-out tails ([P_fit, d], [P_held, d])."""
        soft = self.lm.check_soft_prompt(torch.as_tensor(soft), name)
        t0 = time.perf_counter()
        with torch.no_grad():
            states = (compute_states(self.lm, self.slot, [soft], self.fit_tails)[0],
                      compute_states(self.lm, self.slot, [soft], self.held_tails)[0])
        return Target(soft, states, time.perf_counter() - t0)

    def position_candidates(self, positions, source: str) -> list[Candidate]:
        """Index rows -> candidates (positions < 0 skipped)."""
        corpus = self.index.corpus
        return [Candidate(corpus.texts[p], corpus.ids[p], int(p), source) for p in positions if int(p) >= 0]

    def text_candidates(self, texts: list[str], source: str) -> list[Candidate]:
        """Free texts -> candidates; a text that is in the corpus (after normalising) gets its corpus id."""
        from softprism.retrieval.corpus import normalise

        out = []
        for t in texts:
            n = normalise(t)
            if not n:
                continue
            p = self._pos_of.get(n.casefold(), -1)
            out.append(Candidate(n, self.index.corpus.ids[p] if p >= 0 else None, p, source))
        return out

    def retrieve_texts(self, texts: list[str], size: int, source: str) -> list[Candidate]:
        """FAISS top-`size` rows for queries given as texts (encoded with the index's encoder), round-robin merged."""
        texts = [t for t in texts if t.strip()]
        if not texts or size <= 0:
            return []
        return self.retrieve_vectors(self.encoder.encode(texts), np.ones(len(texts)), size, size, source)

    def retrieve_replies(self, pairs: list[tuple[str, str]], size: int) -> list[Candidate]:
        """Up to `size` rows near what (probe, reply) `pairs` show: two queries, the normalised mean embedding of
        "Input: probe / Output: reply" and that of the replies alone, merged round-robin (pairs first)."""
        pairs = [(p, r) for p, r in pairs if r.strip()]
        if not pairs or size <= 0:
            return []
        texts = [f"Input: {p[:REPLY_QUERY_CHARS]}\nOutput: {r[:REPLY_QUERY_CHARS]}" for p, r in pairs]
        texts += [r[:REPLY_QUERY_CHARS] for _, r in pairs]
        v = np.asarray(self.encoder.encode(texts), np.float64).reshape(2, len(pairs), -1).mean(1)
        v /= np.linalg.norm(v, axis=1, keepdims=True).clip(min=1e-12)
        return self.retrieve_vectors(v.astype(np.float32), np.array([1.0, 0.5]), size, size, "replies")

    def retrieve_vectors(self, queries: np.ndarray, presence: np.ndarray, size: int, per_query: int,
                         source: str) -> list[Candidate]:
        """queries [q, D] (ordered by `presence` [q]) -> up to `size` distinct rows: top-`per_query` hits per
        query merged round-robin by presence (`oracle.recall.candidate_dictionary`)."""
        from softprism.oracle.recall import candidate_dictionary

        if size <= 0 or len(queries) == 0:
            return []
        m = max(1, min(per_query or size, len(self.index)))
        _, hits = self.index.search(np.asarray(queries, np.float32), m)  # [q, m]
        return self.position_candidates(candidate_dictionary(np.asarray(presence), hits, size), source)

    def signature_candidates(self, target: Target, size: int, rounds: int, timing: dict,
                             info: dict) -> list[Candidate]:
        """Up to `size` signature-index rows proposed by signed matching pursuit of the target's signature."""
        from softprism.retrieval.pursuit import pursue

        t0 = time.perf_counter()
        sig = target.signature(self.space)
        timing["signature_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        res = pursue(self.signatures, sig, rounds=rounds, per_round=max(1, -(-size // rounds)))
        timing["pursuit_s"] = time.perf_counter() - t0
        corpus = self.signatures.corpus
        info["pursuit"] = {"picks": [corpus.texts[p] for p in res.picks], "weights": res.weights,
                           "intercept": res.intercept, "residuals": res.residuals}
        out = []
        for p in res.candidates[:size]:
            pos = self._pos_of.get(corpus.texts[p].casefold(), -1)
            out.append(Candidate(corpus.texts[p], corpus.ids[p], pos, "signature"))
        return out

    def oracle_slots(self, target: Target) -> tuple[np.ndarray, list[dict]]:
        """The kept slots' directions [s, D] (most present first) and their description (slot, presence, weight)."""
        c = self.cfg.candidates
        sig = None  # a v2 oracle reads the target's signature: reuse the signature source's when in the same space
        if getattr(self.oracle, "uses_signature", False) and self.space is not None \
                and self.space.key() == self.oracle.space_key:
            sig = target.signature(self.space)[None]
        pred = self.oracle.predict([target.soft], signatures=sig)
        order = pred.order(0)
        pres = pred.presence[0]
        keep = [int(k) for k in order if pres[k] >= c.presence_threshold]
        if len(keep) < c.min_slots:
            keep = [int(k) for k in order[:c.min_slots]]
        if c.max_slots:
            keep = keep[:c.max_slots]
        info = [{"slot": k, "presence": float(pres[k]), "weight": float(pred.weights[0, k])} for k in keep]
        return pred.directions[0, keep], info

    def solve(self, target: Target, dictionary: list[Candidate], method: str, timing: dict | None = None,
              info: dict | None = None) -> DecompositionResult:
        """The exact PoE solve, greedy path and held-out metrics of `target` over `dictionary` (deduplicated here)."""
        t_start = time.perf_counter()
        timing = dict(timing or {})
        info = dict(info or {})
        dictionary = merge_candidates([dictionary])
        texts = [c.text for c in dictionary]
        t0 = time.perf_counter()
        fit_s, held_s, lse = self.store.get(texts, progress=self.cfg.progress)
        timing["tables_s"] = time.perf_counter() - t0
        T, vocab = self.cfg.probes.positions, None
        info["fit_on"] = self.cfg.fit_on
        if self.cfg.fit_on == "both":
            info["label_weight"] = self.cfg.label_weight
        if self.cfg.fit_on == "labels":  # the first reply token of each probe, over the label tokens only
            fit_s, held_s, lse, vocab = fit_s[:, ::T], held_s[:, ::T], None, self.labels[0]
            target = Target(target.soft, (target.states[0][::T], target.states[1][::T]), target.seconds)
            T = 1
        dfit = DictionaryFit(self.lm, self.slot, self.fit_probes, self.heldout_probes, texts,
                             T, self.solver, include_null=self.cfg.include_null,
                             sources=[c.source for c in dictionary], ids=[c.corpus_id for c in dictionary],
                             max_probe_tokens=self.cfg.probes.max_probe_tokens, progress=False,
                             tables=(fit_s, held_s), heldout_lse=lse, vocab=vocab,
                             label_term=(self.labels[0], self.cfg.label_weight) if self.cfg.fit_on == "both" else None)
        full = dfit.fit(states=target.states, with_path=True)
        for key in ("solve_s", "path_s", "metrics_s"):
            timing[key] = full.timing.get(key, 0.0)
        kb = full.kl_base
        path = [{"k": s.k, "kl_fit": _f(s.kl_fit), "kl_heldout": _f(s.kl_heldout),
                 "explained": _f(1 - s.kl_heldout / kb) if s.kl_heldout is not None and kb > 0 else None,
                 "indices": list(s.indices), "texts": [texts[i] for i in s.indices], "weights": list(s.weights)}
                for s in full.path]
        k = self.cfg.k
        answer_null = full.null_weight
        if k > 0 and full.path:
            step = full.path[min(k, len(full.path) - 1)]
            pairs = list(zip(step.indices, step.weights))
            answer_null = step.pinned_weights[0] if step.pinned_weights else None
            kl = step.kl_heldout if step.kl_heldout is not None else full.kl
            kl_fit, k_used = step.kl_fit, step.k
            info["k_answer"] = "greedy_path"
            if len(full.components) > step.k:
                # The greedy step picks by a local (quadratic) gain and can take a near-duplicate before the exact
                # prompt; the full fit's top-k, refit, is the other natural k-sparse answer. Keep the one with the
                # lower KL on the *fit* probes (the held-out numbers stay untouched by the choice).
                t0 = time.perf_counter()
                top = full.components[:step.k]
                alt = self._refit(dfit, target, [c.index for c in top], [c.weight for c in top] + [full.null_weight])
                timing["topk_refit_s"] = time.perf_counter() - t0
                info["kl_fit_greedy_path"], info["kl_fit_top_k_refit"] = _f(step.kl_fit), _f(alt[2])
                if alt[2] < step.kl_fit:
                    pairs, kl, kl_fit = alt[0], alt[1], alt[2]
                    answer_null = alt[3]
                    info["k_answer"] = "full_top_k_refit"
            if info["k_answer"] == "greedy_path":
                info["rank_by"] = "path"  # the order the greedy path added them: rank 1 explains the most alone
            else:
                pairs.sort(key=lambda p: -abs(p[1]))
                info["rank_by"] = "|weight|"
            comps = [Component(r + 1, texts[i], float(w), dictionary[i].corpus_id, dictionary[i].source)
                     for r, (i, w) in enumerate(pairs)]
        else:
            comps = [Component(r + 1, c.text, c.weight, c.corpus_id, c.source) for r, c in enumerate(full.components)]
            kl, kl_fit, k_used = full.kl, full.kl_fit, len(full.components)
            pairs = [(c.index, c.weight) for c in full.components]
        t0 = time.perf_counter()
        decision = self._decision(dfit, target, pairs, answer_null, texts.index(full.best_single)
                                  if full.best_single in texts else None)
        if decision is not None:
            timing["decision_s"] = time.perf_counter() - t0
        counts = {s: 0 for s in dict.fromkeys([c.source for c in dictionary])}
        for c in dictionary:
            counts[c.source] += 1
        timing["total_s"] = timing.get("total_s", 0.0) + time.perf_counter() - t_start
        return DecompositionResult(
            method=method, components=comps, k=k_used, kl=float(kl), kl_base=float(kb),
            explained=1.0 - kl / kb if kb > 0 else float("nan"), kl_fit=float(kl_fit),
            kl_best_single=float(full.kl_best_single), best_single=full.best_single, null_weight=answer_null,
            path=path, full=full, dictionary=dictionary, candidates=counts, timing=timing, info=info,
            decision=decision)

    def _decision(self, dfit: DictionaryFit, target: Target, pairs: list[tuple[int, float]],
                  null_w: float | None, best_i: int | None) -> dict | None:
        """The answer on the task's decision: see `decision_metrics`. None unless every held-out probe has a
        reference output (a task file) and their first tokens form a small label set."""
        if self.labels is None:
            return None
        return decision_metrics(self.lm, dfit.held_states, target.states[1], dfit.T, self.labels, pairs, null_w,
                                dfit.null_index, best_i, names=self.label_names)

    def warm_tables(self, texts: list[str], batch: int = 256) -> int:
        """Compute (and cache on disk) the state tables of `texts` ahead of time, e.g. every row of an index, so
        later decompositions only read them. Returns how many were computed (the rest were already cached)."""
        before = self.store.computed
        for lo in range(0, len(texts), batch):
            self.store.get([t for t in texts[lo:lo + batch] if t.strip()], progress=self.cfg.progress)
        return self.store.computed - before

    def _refit(self, dfit: DictionaryFit, target: Target, idx: list[int],
               w0: list[float | None] | None = None) -> tuple[list[tuple[int, float]], float, float, float | None]:
        """Refit dictionary entries `idx` (+ the null intercept) with L2 only, starting from `w0` (their weights,
        then the null's): ([(index, weight)], held-out kl, fit kl, the null's weight or None)."""
        from softprism.poe.solver import kept_logits, solve

        rows = list(idx) + ([dfit.null_index] if self.cfg.include_null else [])
        cfg = SolverConfig(**{**self.solver.__dict__, "l1": 0.0})
        start = None
        if w0 is not None:
            start = torch.tensor([0.0 if v is None else v for v in w0][:len(rows)], dtype=torch.float64)
        problem = dfit.fit_problem(rows, target.states[0], cfg)  # the same objective as the path
        restrict = kept_logits(problem, len(rows), cfg.path_tables_mb)  # a few rows: their logits, exact Hessian
        res = solve(restrict(list(range(len(rows)))) if restrict else problem, cfg, w0=start)
        held = dfit.problem(dfit.held_states[rows], target.states[1], cfg).value(res.w)
        null = float(res.w[len(idx)]) if self.cfg.include_null else None
        return [(i, float(res.w[j])) for j, i in enumerate(idx)], float(held), float(res.kl), null

    # ---- the pipeline --------------------------------------------------------------------------------------
    def candidates(self, target: Target, timing: dict, info: dict,
                   extra_texts: list[str] | None = None) -> list[Candidate]:
        """The pipeline's candidate dictionary for `target` (see the module docstring, steps 2-4)."""
        c = self.cfg.candidates
        groups: list[list[Candidate]] = []
        extra = {"projection": c.projection, "patchscope": c.patchscope}
        if self.signatures is not None and c.signature > 0:
            groups.append(self.signature_candidates(target, c.signature, c.signature_rounds, timing, info))
        if self.oracle is not None:
            t0 = time.perf_counter()
            dirs, slots = self.oracle_slots(target)
            timing["oracle_s"] = time.perf_counter() - t0
            info["slots"] = slots
            t0 = time.perf_counter()
            groups.append(self.retrieve_vectors(dirs, np.array([s["presence"] for s in slots]), c.size,
                                                c.per_slot, "oracle"))
            timing["retrieval_s"] = time.perf_counter() - t0
        elif c.size and c.fallback:
            share = [c.size // len(c.fallback) + (1 if i < c.size % len(c.fallback) else 0)
                     for i in range(len(c.fallback))]
            for src, n in zip(c.fallback, share):
                extra[src] += n
            info.setdefault("warnings", []).append(
                f"no oracle: candidates from {' + '.join(c.fallback)} retrieval instead")
        for src in ("projection", "patchscope"):
            if extra[src] > 0:
                t0 = time.perf_counter()
                text = target.text(src, self)
                timing[f"{src}_text_s"] = time.perf_counter() - t0
                info[f"{src}_text"] = text
                t0 = time.perf_counter()
                groups.append(self.retrieve_texts([text], extra[src], src))
                timing["retrieval_s"] = timing.get("retrieval_s", 0.0) + time.perf_counter() - t0
        if c.replies > 0:
            t0 = time.perf_counter()
            pairs = target.replies(self)
            timing["replies_text_s"] = time.perf_counter() - t0
            info["replies"] = [{"probe": p, "reply": r} for p, r in pairs]
            t0 = time.perf_counter()
            groups.append(self.retrieve_replies(pairs, c.replies))
            timing["retrieval_s"] = timing.get("retrieval_s", 0.0) + time.perf_counter() - t0
        users = self.user_texts + list(extra_texts or [])
        if users:
            groups.append(self.text_candidates(users, "user"))
        return merge_candidates(groups)

    def decompose(self, soft: torch.Tensor | Target, extra_texts: list[str] | None = None) -> DecompositionResult:
        """The pipeline on one soft prompt [L, d] (or a prepared `Target`) -> `DecompositionResult`."""
        t_start = time.perf_counter()
        prepared = isinstance(soft, Target)
        target = soft if prepared else self.prepare(soft)
        timing = {"target_tables_s": target.seconds}
        info: dict = {}
        dictionary = self.candidates(target, timing, info, extra_texts)
        log.info("pipeline: %d candidates (%s)", len(dictionary),
                 ", ".join(f"{s} {sum(1 for c in dictionary if c.source == s)}" for s in SOURCES))
        timing["total_s"] = time.perf_counter() - t_start + (target.seconds if prepared else 0.0)
        return self.solve(target, dictionary, "pipeline", timing, info)

    def run(self, soft: torch.Tensor, baselines: bool | None = None, ground_truth: list[str] | None = None,
            extra_texts: list[str] | None = None, soft_info: dict | None = None) -> Report:
        """The pipeline and (unless `baselines` is False) the configured baselines on the same target."""
        from softprism.eval.baselines import run_baselines

        target = self.prepare(soft)
        result = self.decompose(target, extra_texts)
        base = {}
        if self.cfg.baselines.enabled if baselines is None else baselines:
            size = len(result.dictionary) or self.cfg.candidates.size
            base = run_baselines(self, target, size, ground_truth_texts=ground_truth)
        sp = {"shape": list(target.soft.shape), "sha256": target.sha} | (soft_info or {})
        warnings = list(result.info.get("warnings", []))
        return Report(sp, result, base, self.provenance(), warnings)

    def provenance(self) -> dict:
        """What a report records about its inputs: model, slot, probes, index, oracle, config."""
        from softprism.poe.config import to_dict

        idx = self.index.meta
        return {
            "model": {"name": self.lm.name, "fingerprint": self.lm.fingerprint, "d_model": self.lm.d_model,
                      "autocast": self.lm.autocast},
            "slot": self.slot.kind,
            "probes": {"source": self.fit_probes.source, "fit": len(self.fit_probes),
                       "heldout": len(self.heldout_probes), "positions": self.cfg.probes.positions,
                       "fit_hash": self.fit_probes.hash, "heldout_hash": self.heldout_probes.hash},
            "index": {"folder": str(self.index.folder) if self.index.folder else None, "rows": len(self.index),
                      "factory": idx.get("factory"), "encoder": idx.get("encoder", {}).get("model_id"),
                      "corpus": idx.get("corpus", {}).get("name"),
                      "corpus_fingerprint": idx.get("corpus", {}).get("fingerprint")},
            "signatures": None if self.signatures is None else {
                "folder": str(self.signatures.folder) if self.signatures.folder else None, "rows": len(self.signatures),
                "space_key": self.signatures.meta.get("space_key"),
                "corpus_fingerprint": self.signatures.meta.get("corpus", {}).get("fingerprint")},
            "oracle": None if self.oracle is None else {
                "path": str(self.oracle.meta.get("path", "")) or None, "step": self.oracle.meta.get("step"),
                "encoder": self.oracle.meta.get("encoder", {}).get("model_id"), "slot": self.oracle.meta.get("slot")},
            "config": to_dict(self.cfg),
        }


# ---------------------------------------------------------------------------------------------------------------
# Default inputs
# ---------------------------------------------------------------------------------------------------------------

def default_index(progress: bool = True):
    """The index used when none is given: `retrieval/shipped/` when that folder exists, else one built on first use
    from configs/retrieval/demo.yaml (5,000 generated prompts, all-MiniLM-L6-v2; ~30 s on 2 idle cores) under
    `$SOFTPRISM_CACHE/index/`. Swap this function to change the default. Returns a `PromptIndex`."""
    from softprism.poe.config import load_config
    from softprism.retrieval.config import RetrievalConfig
    from softprism.retrieval.index import SIDECAR_FILE, PromptIndex

    if (SHIPPED_INDEX / SIDECAR_FILE).is_file():
        return PromptIndex.load(SHIPPED_INDEX)
    cfg = load_config(RetrievalConfig, DEMO_INDEX_CONFIG)
    key = hashlib.sha256(DEMO_INDEX_CONFIG.read_bytes()).hexdigest()[:12]
    folder = cache_root() / "index" / f"demo-{key}"
    if (folder / SIDECAR_FILE).is_file():
        return PromptIndex.load(folder)
    from softprism.retrieval.builder import build_index

    log.warning("no index given and none shipped: building the demo index (%d generated prompts, encoder %s) "
                "under %s, once", cfg.corpus.size, cfg.encoder.name, folder)
    return build_index(cfg, folder)


def load_signature_index(spec: str, lm: FrozenLM, slot: PromptSlot):
    """`auto` (retrieval/shipped_signatures when it was built for this model and slot, else None), `none`/empty
    (None) or a folder (refused with one line when built for another model, slot or battery) -> SignatureIndex."""
    from softprism.retrieval.signatures import SIDECAR, SignatureIndex

    if spec in ("", "none"):
        return None
    if spec == "auto":
        side = SHIPPED_SIGNATURES / SIDECAR
        if not side.is_file():
            return None
        space = json.loads(side.read_text(encoding="utf-8")).get("space", {})
        if not lm.matches(space.get("model_fingerprint")) or space.get("slot") != slot.kind:
            log.info("the shipped signature index is for model %s / slot %s; no signature source for %s / %s",
                     space.get("model"), space.get("slot"), lm.name, slot.kind)
            return None
        spec = str(SHIPPED_SIGNATURES)
    if not Path(spec).exists():
        raise InputError(f"{spec}: signature index folder not found; build one with retrieval/build.py --signatures "
                         "(or pass --signatures none)")
    return SignatureIndex.load(spec)


def load_oracle(spec: str, lm: FrozenLM):
    """`auto` (oracle/shipped when present, else None), `none`/empty (None) or a folder -> Oracle or None."""
    from softprism.oracle.inference import Oracle

    if spec in ("", "none"):
        return None
    if spec == "auto":
        if not SHIPPED_ORACLE.exists():
            return None
        spec = str(SHIPPED_ORACLE)
    if not Path(spec).exists():
        raise InputError(f"{spec}: oracle folder not found; pass a run folder of oracle/train.py (or --oracle none)")
    oracle = Oracle.load(spec, lm=lm, device="auto")
    oracle.meta.setdefault("path", spec)
    return oracle
