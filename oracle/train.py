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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `accelerate launch oracle/train.py` from a checkout

from poe.config import describe, load_config  # noqa: E402
from poe.runs import main_guard  # noqa: E402

from oracle.config import OracleConfig  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", help="YAML file in configs/oracle/")
    ap.add_argument("--out", help="run folder (config, metrics.jsonl, tb/, checkpoints/, final/)")
    ap.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
                    help="override a config value, e.g. --set train.steps=500")
    ap.add_argument("--resume", action="store_true", help="continue the run in --out from its newest checkpoint")
    ap.add_argument("--no-progress", action="store_true", help="no progress bars")
    ap.add_argument("--help-config", action="store_true", help="list every config key with its meaning")
    args = ap.parse_args()
    if args.help_config:
        print("\n".join(describe(OracleConfig)))
        return 0
    if not args.out:
        ap.error("--out is required")
    cfg = load_config(OracleConfig, args.config, args.overrides)
    from oracle.trainer import NonFiniteLoss, train

    try:
        summary = train(cfg, Path(args.out), resume=args.resume, progress=not args.no_progress)
    except NonFiniteLoss as e:
        print(f"error: {e}", file=sys.stderr)
        return 3
    print(json.dumps(summary), file=sys.stderr)
    return 0


if __name__ == "__main__":
    main_guard(main)
