"""Summarise a synth run folder: the distillation-quality distribution and how it moved with steps.

    python -m softprism.synth.summary runs/synth/cpu            # prints JSON

`ratio` = kl_heldout / kl_base per example (0 = the soft prompt reproduces its mixture on held-out probes).
`val_by_step`: median over examples of kl_val / kl_val(init) at each early-stopping evaluation step.
`per_example` lists each example's ratio with its `weight_sum` (Σw: the PoE's inverse temperature, which the ratio
tracked before `mixture.normalize`; see docs/synth.md).
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

from softprism.synth.shards import load_examples


def _quantiles(xs: list[float]) -> dict:
    xs = sorted(xs)
    q = statistics.quantiles(xs, n=4, method="inclusive") if len(xs) > 1 else [xs[0]] * 3
    return {"n": len(xs), "min": xs[0], "q25": q[0], "median": q[1], "q75": q[2], "max": xs[-1]}


def summarize(out: Path) -> dict:
    ds = load_examples(Path(out))
    ratio = [r["kl_heldout"] / r["kl_base"] for r in ds]
    by_step: dict[int, list[float]] = {}
    for r in ds:
        h = r["history"]
        for step, v in h:
            by_step.setdefault(int(step), []).append(v / max(h[0][1], 1e-12))
    return {
        "examples": len(ds),
        "ratio_kl_heldout_over_kl_base": _quantiles(ratio),
        "kl_heldout": _quantiles(list(ds["kl_heldout"])),
        "kl_base": _quantiles(list(ds["kl_base"])),
        "kl_fit": _quantiles(list(ds["kl_fit"])),
        "steps": _quantiles([float(s) for s in ds["steps"]]),
        "best_step": _quantiles([float(s) for s in ds["best_step"]]),
        "per_example": [{"index": r["index"], "k": r["k"], "weights": [round(w, 3) for w in r["weights"]],
                         "weight_sum": round(sum(r["weights"]), 3),
                         "ratio": round(r["kl_heldout"] / r["kl_base"], 4), "kl_heldout": round(r["kl_heldout"], 4),
                         "kl_base": round(r["kl_base"], 4), "kl_fit": round(r["kl_fit"], 4), "steps": r["steps"]}
                        for r in ds],
        "val_by_step": {s: statistics.median(v) for s, v in sorted(by_step.items())},
    }


if __name__ == "__main__":
    print(json.dumps(summarize(Path(sys.argv[1])), indent=1))
