"""Train the activation oracle on synth runs (see oracle/README.md).

    accelerate launch oracle/train.py --config configs/oracle/tiny.yaml --out runs/oracle/tiny
    accelerate launch --config_file configs/accelerate/deepspeed_zero2.yaml oracle/train.py \\
        --config configs/oracle/cpu.yaml --out runs/oracle/cpu
    python oracle/train.py --config configs/oracle/tiny.yaml --out runs/oracle/tiny --resume   # continue a killed run

Exit status: 0 done, 2 bad input (one line on stderr), 3 a non-finite loss (terms in OUT/nan_dump.json).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from softprism.poe.config import add_config_arguments, config_from_args
from softprism.poe.runs import claim_out, main_guard

from softprism.oracle.config import OracleConfig


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="run folder (config, metrics.jsonl, tb/, checkpoints/, final/)")
    ap.add_argument("--resume", action="store_true", help="continue the run in --out from its newest checkpoint")
    ap.add_argument("--no-progress", action="store_true", help="no progress bars")
    add_config_arguments(ap, "oracle")
    args = ap.parse_args()
    cfg = config_from_args(OracleConfig, args)
    if cfg is None:
        return 0
    if not args.out:
        ap.error("--out is required")
    d = cfg.data
    claim_out(args.out, ("config.yaml",), [d.signatures, d.train, d.val, *d.extra_train, cfg.eval.index])
    from softprism.oracle.trainer import NonFiniteLoss, train

    try:
        summary = train(cfg, Path(args.out), resume=args.resume, progress=not args.no_progress)
    except NonFiniteLoss as e:
        print(f"error: {e}", file=sys.stderr)
        return 3
    print(json.dumps(summary), file=sys.stderr)
    return 0


if __name__ == "__main__":
    main_guard(main)
