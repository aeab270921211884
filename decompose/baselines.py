"""Baselines for a decomposition, run on the same soft prompt, probes and PoE solve as the pipeline.

Every baseline proposes a dictionary of hard prompts; `decompose.pipeline.Decomposer.solve` then runs the exact PoE
solve, the greedy path and the held-out faithfulness numbers on it, so each returns the same
`DecompositionResult` as the pipeline and a report can put them side by side:

- `projection`: nearest-token projection (Prompt Waywardness, Khashabi et al. 2022): each soft vector is replaced
  by the vocabulary embedding closest to it (cosine, or L2), and the token ids are decoded into one text. The
  dictionary is that one text.
- `patchscope`: an InSPEcT-style verbalisation (Ramati et al. 2024, after Patchscopes, Ghandeharioun et al. 2024).
  The soft prompt runs in its slot; the hidden states at `source_layer` over its L positions are patched (a
  forward hook) into L placeholder positions of a fixed target prompt at `target_layer`, and the model greedily
  decodes a short description. The dictionary is that description.
- `projection_retrieval`, `patchscope_retrieval`: the text above encoded with the index's sentence encoder, its
  top-m FAISS hits as the dictionary (m = the pipeline's dictionary size unless set).
- `random`: m corpus rows drawn at random (seeded by `random_seed` and the soft prompt's content):
  `decompose.chance.random_dictionary`, whose rule every decomposition's chance line draws by (with the same seed
  and size, the chance line's first dictionary is this one).
- `ground_truth`: a given list of texts (for synthetic soft prompts: the mixture's components), an upper bound.

Layer convention (`PatchscopeConfig`): `hidden_states[0]` is the embedding output and `hidden_states[n]` the output
of decoder block n. The source state is `hidden_states[source_layer]` at the soft positions; at the target, the
output of block `target_layer` (the input embeddings when `target_layer` = 0) at the placeholder positions is
replaced by it, so blocks `target_layer + 1 ...` read the patched states. -1 picks the rule: source = n_blocks // 2,
target = max(1, n_blocks // 10) (Patchscopes found early target layers best for letting the model re-read a
representation; for SmolLM2's 30 blocks this is 15 -> 3, which configs/eval/decompose.yaml also writes out).

Must not: train anything, or load other models than the frozen LM it is given.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from softprism.decompose.chance import random_dictionary
from softprism.decompose.config import METHODS
from softprism.decompose.diagnostics import Diagnostics, Stopwatch, Timing
from softprism.decompose.result import DecompositionResult
from softprism.decompose.verbalise import patch_layers

if TYPE_CHECKING:
    from softprism.decompose.pipeline import Decomposer
    from softprism.decompose.target import Target

log = logging.getLogger(__name__)


def projection(dec: "Decomposer", target: "Target") -> "DecompositionResult":
    """(a) The nearest-token projection text alone, with the PoE solve (its weight and the null intercept)."""
    timing = Timing()
    with timing("baseline_text_s"):
        text = target.text("projection", dec)
    return dec.solve(target, dec.text_candidates([text], "projection"), "projection", timing,
                     Diagnostics(projection_text=text))


def patchscope(dec: "Decomposer", target: "Target") -> "DecompositionResult":
    """(b) The patchscope description alone, with the PoE solve."""
    timing = Timing()
    with timing("baseline_text_s"):
        text = target.text("patchscope", dec)
    src, tgt = patch_layers(dec.lm, dec.cfg.baselines.patchscope)
    return dec.solve(target, dec.text_candidates([text], "patchscope"), "patchscope", timing,
                     Diagnostics(patchscope_text=text, source_layer=src, target_layer=tgt))


def retrieval_from(dec: "Decomposer", target: "Target", kind: str, size: int) -> "DecompositionResult":
    """(c) FAISS top-`size` hits of the projection or patchscope text, with the same PoE solve."""
    timing = Timing()
    with timing("baseline_text_s"):
        text = target.text(kind, dec)
    with timing("retrieval_s"):
        cands = dec.retrieve_texts([text], size, kind) if text else []
    info = Diagnostics(projection_text=text) if kind == "projection" else Diagnostics(patchscope_text=text)
    return dec.solve(target, cands, f"{kind}_retrieval", timing, info)


def ground_truth(dec: "Decomposer", target: "Target", texts: list[str]) -> "DecompositionResult":
    """(e) The ground-truth dictionary (the benchmark's upper bound): exactly `texts`, with the same PoE solve."""
    return dec.solve(target, dec.text_candidates(list(texts), "ground_truth"), "ground_truth", Timing(),
                     Diagnostics(ground_truth=list(texts)))


def run_baselines(dec: "Decomposer", target: "Target", size: int, methods: list[str] | None = None,
                  ground_truth_texts: list[str] | None = None) -> dict[str, "DecompositionResult"]:
    """Run the configured baselines on one prepared target. `size`: the pipeline's dictionary size (the default
    for the retrieval and random baselines). Returns {method: result} in `METHODS` order."""
    cfg = dec.cfg.baselines
    methods = list(cfg.methods if methods is None else methods)
    gt = list(ground_truth_texts if ground_truth_texts is not None else cfg.ground_truth)
    out: dict[str, DecompositionResult] = {}
    for m in METHODS:
        if m not in methods:
            continue
        if m == "ground_truth" and not gt:
            continue
        with Stopwatch() as sw:
            if m == "projection":
                out[m] = projection(dec, target)
            elif m == "patchscope":
                out[m] = patchscope(dec, target)
            elif m == "projection_retrieval":
                out[m] = retrieval_from(dec, target, "projection", cfg.retrieval_size or size)
            elif m == "patchscope_retrieval":
                out[m] = retrieval_from(dec, target, "patchscope", cfg.retrieval_size or size)
            elif m == "random":  # (d) decompose/chance.py: `size` rows drawn at random, the same PoE solve
                out[m] = random_dictionary(dec, target, cfg.random_size or size, cfg.random_seed)
            elif m == "ground_truth":
                out[m] = ground_truth(dec, target, gt)
        out[m].timing.set("total_s", sw.seconds)  # the whole baseline, its verbalisation included
        log.info("baseline %s: explained %.3f (%d candidates) in %.1f s", m, out[m].explained,
                 len(out[m].dictionary), out[m].timing["total_s"])
    return out
