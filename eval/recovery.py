"""Recovery metrics of the synthetic benchmark: does a decomposition bring back the mixture a soft prompt was made of?

Pure functions over small arrays; eval/recovery_run.py builds the inputs, eval/benchmark.py is the CLI.

Matching (docs/DESIGN.md §4). Ground-truth component g and a candidate prompt c (a dictionary entry or a reported
component) match
- exactly when they are the same corpus row (same corpus id) or the same text after `retrieval.corpus.normalise`
  and casefolding;
- semantically when they match exactly, or the sentence encoder's cosine between them is >= `threshold` (0.8 with
  all-MiniLM-L6-v2). For a candidate that is a corpus row the cosine is read from the FAISS search of g's vector
  (its `semantic_k` nearest rows, `Truth.close`): an undercount only when more than `semantic_k` rows are that
  close (`oracle.recall` uses the same rule). A candidate outside the corpus is encoded and compared directly.

Metrics of one method on one example, pooled over ground-truth components across examples by `aggregate`:
- candidate recall: g has a match anywhere in the dictionary (exact / semantic), at each dictionary size;
- recall@k: g has a match among the k reported components of largest |w| (`k = "gt"`: k = the number of
  ground-truth components of that example);
- sign accuracy and |w - w_hat|: over one-to-one matches between ground truth and reported components (greedy:
  exact pairs first, then by decreasing cosine), the share with sign(w_hat) = sign(w), and the mean |w - w_hat|;
- `kl_ratio` = kl / kl_heldout floor (the synthetic example's distillation floor; missing when the floor is NaN
  or not > 0, as for hard-prompt examples), `kl_truth_ratio` = kl / kl_truth (the true mixture with its true
  weights, measured on the benchmark's own held-out probes), `explained`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from softprism.retrieval.corpus import normalise

GT_K = "gt"  # recall@k key whose k is the example's own number of ground-truth components


def text_key(text: str) -> str:
    """The form in which two texts count as the same prompt."""
    return normalise(text).casefold()


@dataclass
class Truth:
    """The ground truth of one synthetic example.

    ids [G] corpus ids, texts [G], weights [G] signed mixture weights; vectors [G, D] unit sentence vectors;
    close [G] dicts {corpus id: cosine} of the index rows at cosine >= threshold to component g.
    """

    ids: list[str]
    texts: list[str]
    weights: np.ndarray
    vectors: np.ndarray
    close: list[dict[str, float]]
    threshold: float = 0.8
    keys: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.weights = np.asarray(self.weights, dtype=np.float64)
        self.keys = [text_key(t) for t in self.texts]
        if not (len(self.ids) == len(self.texts) == len(self.weights) == len(self.vectors) == len(self.close)):
            raise ValueError("Truth: ids, texts, weights, vectors and close must have one entry per component")

    def __len__(self) -> int:
        return len(self.ids)


def match_scores(truth: Truth, ids: list[str | None], texts: list[str],
                 vectors: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Ground truth [G] against C candidates (corpus id or None, text) -> (exact [G, C] bool, cosine [G, C]).

    cosine[g, c] is 1 for exact matches; for a corpus row the cosine recorded in `truth.close` (0 when the row is
    not among g's close rows); for a candidate outside the corpus (id None) `vectors[c] . truth.vectors[g]`
    (`vectors` [C, D] unit rows; only the rows of id-less candidates are read; 0 when `vectors` is None).
    """
    G, C = len(truth), len(texts)
    exact = np.zeros((G, C), dtype=bool)
    cos = np.zeros((G, C), dtype=np.float64)
    ckeys = [text_key(t) for t in texts]
    for c in range(C):
        for g in range(G):
            if (ids[c] is not None and ids[c] == truth.ids[g]) or ckeys[c] == truth.keys[g]:
                exact[g, c], cos[g, c] = True, 1.0
            elif (cid := ids[c]) is not None:
                cos[g, c] = truth.close[g].get(cid, 0.0)
            elif vectors is not None:
                cos[g, c] = float(np.dot(vectors[c], truth.vectors[g]))
    return exact, cos


def semantic(exact: np.ndarray, cos: np.ndarray, threshold: float) -> np.ndarray:
    """[G, C] semantic matches: exact, or cosine >= threshold."""
    return exact | (cos >= threshold)


def hits(match: np.ndarray) -> int:
    """Ground-truth components [G, C] with at least one match among the C candidates."""
    return int(match.any(axis=1).sum()) if match.size else 0


def recall_hits(exact: np.ndarray, cos: np.ndarray, threshold: float, k: int | None = None) -> dict[str, int]:
    """Matched ground-truth components among the first k candidates (all when k is None): {exact, semantic, n}.

    Candidates must be in rank order (reported components: by decreasing |w|)."""
    e, c = (exact, cos) if k is None else (exact[:, :k], cos[:, :k])
    return {"exact": hits(e), "semantic": hits(semantic(e, c, threshold)), "n": int(exact.shape[0]),
            "size": int(e.shape[1])}


def match_pairs(exact: np.ndarray, cos: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """One-to-one matches (g, c) between ground truth and candidates [G, C]: exact pairs first, then semantic
    pairs by decreasing cosine (ties: lower c, then lower g), each g and c used at most once."""
    pairs = [(0 if exact[g, c] else 1, -cos[g, c], c, g) for g, c in zip(*np.nonzero(semantic(exact, cos, threshold)))]
    used_g, used_c, out = set(), set(), []
    for _, _, c, g in sorted(pairs):
        if g not in used_g and c not in used_c:
            used_g.add(g)
            used_c.add(c)
            out.append((int(g), int(c)))
    return sorted(out)


def sign_and_error(true_w: np.ndarray, est_w: np.ndarray, pairs: list[tuple[int, int]]) -> dict[str, float]:
    """Over matched pairs (g, c): {n, sign_correct (count of sign(est) == sign(true)), abs_error_sum}.

    true_w [G], est_w [C]. A zero estimate has no sign and counts as wrong."""
    correct, err = 0, 0.0
    for g, c in pairs:
        t, e = float(true_w[g]), float(est_w[c])
        correct += int(e != 0.0 and math.copysign(1.0, e) == math.copysign(1.0, t))
        err += abs(t - e)
    return {"n": len(pairs), "sign_correct": correct, "abs_error_sum": err}


def ratio(num: float | None, den: float | None) -> float | None:
    """num / den, or None when either is missing or not finite, or den <= 0."""
    if num is None or den is None or not (math.isfinite(num) and math.isfinite(den)) or den <= 0:
        return None
    return float(num / den)


def finite(x) -> float | None:
    """A JSON-safe float: None for None, NaN and inf."""
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


# ---------------------------------------------------------------------------------------------------------------
# Aggregation over examples (rows written by eval/recovery_run.py)
# ---------------------------------------------------------------------------------------------------------------

def _stats(values: list[float | None]) -> dict[str, float | None]:
    v = np.array([x for x in values if x is not None], dtype=np.float64)
    if not len(v):
        return {"mean": None, "median": None, "n": 0}
    return {"mean": float(v.mean()), "median": float(np.median(v)), "n": int(len(v))}


def _frac(num: float, den: float) -> float | None:
    return float(num / den) if den else None


def _carry(xs: list, i: int):
    """xs[i], or the last point of a curve that ended before step i (None for an empty curve)."""
    return xs[i] if i < len(xs) else (xs[-1] if xs else None)


def aggregate(rows: list[dict], methods: list[str], sizes: list[int], recall_at: list[int]) -> dict[str, dict]:
    """Per-example rows -> {method: aggregate}. Recall numbers are pooled over ground-truth components, sign
    accuracy and |w - w_hat| over matched pairs; KL ratios and `explained` are summarised by mean and median over
    examples; timing is the mean seconds per example and stage; `curve` is the median held-out KL and mean
    explained at each step k of the greedy path.

    A row: {"k_true", "methods": {method: {"candidate_recall": {exact, semantic, n}, "candidate_recall_at":
    {size: {...}}, "recall_at": {k: {...}}, "weights": {n, sign_correct, abs_error_sum}, "kl", "explained",
    "explained_full", "kl_ratio", "kl_truth_ratio", "path_kl": [...], "path_explained": [...], "timing": {...},
    "n_candidates"}}} (see `eval.recovery_run.score_method`).
    """
    out: dict[str, dict] = {}
    for m in methods:
        rs = [r["methods"][m] for r in rows if m in r.get("methods", {})]
        if not rs:
            continue
        n_comp = sum(x["candidate_recall"]["n"] for x in rs)
        agg: dict = {"n_examples": len(rs), "n_components": n_comp,
                     "n_candidates": _stats([x["n_candidates"] for x in rs])["mean"]}
        for kind in ("exact", "semantic"):
            agg[f"candidate_recall_{kind}"] = _frac(sum(x["candidate_recall"][kind] for x in rs), n_comp)
            for s in sizes:
                got = [x["candidate_recall_at"].get(str(s)) for x in rs]
                agg[f"candidate_recall_{kind}@{s}"] = (None if any(g is None for g in got) else
                                                       _frac(sum(g[kind] for g in got), n_comp))
                if kind == "exact":
                    agg[f"dict_size@{s}"] = (None if any(g is None for g in got) else
                                             float(np.mean([g.get("size", 0) for g in got])))
            for k in [*map(str, recall_at), GT_K]:
                agg[f"recall_{kind}@{k}"] = _frac(sum(x["recall_at"][k][kind] for x in rs), n_comp)
        w = [x["weights"] for x in rs]
        n_pairs = sum(x["n"] for x in w)
        agg["n_matches"] = n_pairs
        agg["sign_accuracy"] = _frac(sum(x["sign_correct"] for x in w), n_pairs)
        agg["abs_weight_error"] = _frac(sum(x["abs_error_sum"] for x in w), n_pairs)
        for key in ("kl", "explained", "explained_full", "kl_ratio", "kl_truth_ratio"):
            agg[key] = _stats([x.get(key) for x in rs])
        stages = sorted({s for x in rs for s in x["timing"]})
        agg["timing"] = {s: float(np.mean([x["timing"].get(s, 0.0) for x in rs])) for s in stages}
        # A path ends early when its dictionary is exhausted or its fit is exact (poe.solver.greedy_path); its answer
        # at larger k is the same one, so the curve carries its last point forward instead of dropping the prompt
        # (dropping it would average different soft prompts at different k: ground truth has k_true of 1-3).
        n_steps = max(len(x["path_kl"]) for x in rs)
        agg["curve"] = {
            "k": list(range(n_steps)),
            "kl_median": [_stats([_carry(x["path_kl"], i) for x in rs])["median"] for i in range(n_steps)],
            "explained_mean": [_stats([_carry(x["path_explained"], i) for x in rs])["mean"] for i in range(n_steps)],
        }
        out[m] = agg
    return out
