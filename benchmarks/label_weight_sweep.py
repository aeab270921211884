"""How much of a task soft prompt's decision the answer carries as the decision term's weight grows.

    python -m benchmarks.label_weight_sweep TASK PROBES.jsonl OUT.json [--weights 0,0.5,1,2,4,8,16] [--oracle none]
        [--n-fit 24 --n-heldout 16] [--labels-only]

One dictionary (configs/eval/decompose_task.yaml's sources on TASK's adapter, examples/TASK_adapter, 24 fit / 16
held-out probes from PROBES, e.g. benchmarks/task_probes.py's file), one set of state tables, then the `fit_on: both`
solve at each `label_weight`: held-out `explained` (k <= 10 and the full fit) and the decision figures
(`explained_label`, label agreement, first-token accuracy). `--labels-only` adds a row fitted on the decision alone
(`fit_on: labels`): about the most of the decision this dictionary's prompts can carry on held-out probes. Prints a
JSON line per row and writes them all to OUT.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from softprism.poe.runs import main_guard


def main(argv: list[str] | None = None) -> int:
    from softprism.decompose.candidates import merge_candidates
    from softprism.decompose.cli import open_decomposer
    from softprism.decompose.config import DecomposeConfig
    from softprism.decompose.diagnostics import Diagnostics, Timing
    from softprism.poe.config import load_config
    from softprism.poe.errors import InputError
    from softprism.poe.softprompt import load_soft_prompt

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("task")
    ap.add_argument("probes", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--weights", default="0,0.5,1,2,4,8,16")
    ap.add_argument("--oracle", default="none")
    ap.add_argument("--n-fit", type=int, default=24)
    ap.add_argument("--n-heldout", type=int, default=16)
    ap.add_argument("--labels-only", action="store_true", help="add a row fitted on the decision alone")
    args = ap.parse_args(argv)
    try:
        weights = [float(x) for x in args.weights.split(",")]
    except ValueError:
        raise InputError(f"--weights {args.weights!r}: give comma-separated numbers, e.g. 0,1,2") from None
    if any(w < 0 for w in weights):
        raise InputError(f"--weights {args.weights!r}: every weight must be >= 0")
    if not args.probes.is_file():
        raise InputError(f"{args.probes}: probe file not found; write one with python -m benchmarks.task_probes TASK DIR")
    cfg = load_config(DecomposeConfig, Path("configs/eval/decompose_task.yaml"),
                      [f"probes.source={args.probes}", f"probes.n_fit={args.n_fit}", f"probes.n_heldout={args.n_heldout}",
                       f"oracle={args.oracle}", "fit_on=both"])
    adapter = Path(f"examples/{args.task}_adapter")
    sp = load_soft_prompt(adapter)
    dec, soft, _ = open_decomposer(cfg, sp, str(adapter))
    target = dec.prepare(soft)
    cands = merge_candidates([dec.candidates(target, Timing(), Diagnostics())])
    dec.store.get([c.text for c in cands], progress=True)
    rows = []
    for lw in weights + (["labels"] if args.labels_only else []):
        if lw == "labels":
            dec.fit_on = "labels"
        else:
            dec.cfg.label_weight = lw
        t0 = time.perf_counter()
        j = dec.solve(target, cands, "pipeline").to_json()
        d = j.get("decision") or {}
        row = {"label_weight": lw, "explained": j["explained"], "explained_full": j["explained_full"],
               "n_candidates": len(cands), "seconds": round(time.perf_counter() - t0, 1),
               **{k: v for k, v in d.items() if not isinstance(v, (list, dict))}}
        print(json.dumps(row), flush=True)
        rows.append(row)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"task": args.task, "probes": str(args.probes), "oracle": args.oracle,
                                    "n_fit": args.n_fit, "n_heldout": args.n_heldout, "rows": rows}, indent=1))
    return 0


if __name__ == "__main__":
    main_guard(main)
