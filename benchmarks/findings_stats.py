"""Small pure functions behind docs/FINDINGS.md: text similarity, curve shape, smoothness, worst cases.

Used by benchmarks/findings.py. No models, no files: lists and numbers in, numbers out.
"""

from __future__ import annotations

import math
import re
import statistics

_WORD = re.compile(r"[a-z0-9]+")


def _finite(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def rouge_l(candidate: str, reference: str) -> float:
    """ROUGE-L F1 over lower-cased word tokens (longest common subsequence); 0 when either is empty."""
    a, b = _WORD.findall(candidate.lower()), _WORD.findall(reference.lower())
    if not a or not b:
        return 0.0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    lcs = prev[-1]
    if lcs == 0:
        return 0.0
    p, r = lcs / len(a), lcs / len(b)
    return 2 * p * r / (p + r)


def percentile_of(value: float, sample: list[float]) -> float:
    """Share of `sample` strictly below `value` (0..1); NaN for an empty sample."""
    if not sample:
        return float("nan")
    return sum(1 for s in sample if s < value) / len(sample)


def flatten_point(ks: list[int], explained: list[float | None], frac: float = 0.9, gain: float = 0.01) -> dict:
    """Where an explained-versus-k curve flattens.

    Returns {"k_frac": smallest k reaching `frac` of the curve's final value (k >= 1), "k_flat": smallest k after
    which no further step adds `gain` or more, "final": last finite value, "k_max": last k}. None where undefined
    (no finite points, or a final value <= 0)."""
    pts = [(k, e) for k, e in zip(ks, explained) if _finite(e)]
    if not pts:
        return {"k_frac": None, "k_flat": None, "final": None, "k_max": None}
    final = pts[-1][1]
    k_frac = None
    if final > 0:
        k_frac = next((k for k, e in pts if k >= 1 and e >= frac * final), pts[-1][0])
    k_flat = pts[-1][0]
    for i in range(len(pts) - 1, 0, -1):
        if pts[i][1] - pts[i - 1][1] >= gain:
            break
        k_flat = pts[i - 1][0]
    return {"k_frac": k_frac, "k_flat": k_flat, "final": final, "k_max": pts[-1][0]}


def mean_curve(curves: list[list[float | None]]) -> list[float | None]:
    """Pointwise mean of curves of unequal length; a curve that stopped early (its path reached the fit floor)
    carries its last value forward."""
    n = max((len(c) for c in curves), default=0)
    out = []
    for i in range(n):
        vals = []
        for c in curves:
            if not c:
                continue
            v = c[i] if i < len(c) else c[-1]
            if _finite(v):
                vals.append(v)
        out.append(statistics.fmean(vals) if vals else None)
    return out


def smoothness(sigmas: list[float], explained: list[float]) -> dict:
    """How abrupt the fall of `explained` with noise is: the largest drop between neighbouring noise levels, its
    share of the total fall, where it happens, and whether the curve is monotone (within 0.02)."""
    drops = [a - b for a, b in zip(explained, explained[1:])]
    total = max(explained) - min(explained) if explained else 0.0
    if not drops:
        return {"largest_drop": 0.0, "share": 0.0, "between": None, "total_drop": total, "monotone": True}
    i = max(range(len(drops)), key=lambda j: drops[j])
    return {"largest_drop": drops[i], "share": drops[i] / total if total > 0 else 0.0,
            "between": [sigmas[i], sigmas[i + 1]], "total_drop": total,
            "monotone": all(d >= -0.02 for d in drops)}


def compare_groups(worst: list[dict], rest: list[dict], keys: list[str]) -> dict:
    """Median of each numeric key in the worst cases and in the rest ({key: {"worst", "rest"}})."""
    out = {}
    for k in keys:
        a = [c[k] for c in worst if _finite(c.get(k))]
        b = [c[k] for c in rest if _finite(c.get(k))]
        out[k] = {"worst": statistics.median(a) if a else None, "rest": statistics.median(b) if b else None}
    return out
