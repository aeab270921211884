"""Summarise a synth run folder: the distillation-quality distribution and how it moved with steps.

    python -m softprism.synth.summary runs/synth/cpu            # prints JSON
    python -m softprism.synth.summary runs/synth/cpu --out summary.json

`ratio` = kl_heldout / kl_base per example (0 = the soft prompt reproduces its mixture on held-out probes).
`val_by_step`: median over examples of kl_val / kl_val(init) at each early-stopping evaluation step.
`per_example` lists each example's ratio with its `weight_sum` (Σw: the PoE's inverse temperature, which the ratio
tracked before `mixture.normalize`; see docs/synth.md).
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from softprism.poe.runs import main_guard
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("run", type=Path, help="a synth run folder (synth/generate.py --out)")
    ap.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    args = ap.parse_args(argv)
    text = json.dumps(summarize(args.run), indent=1)
    if args.out is not None:
        args.out.write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    main_guard(main)
