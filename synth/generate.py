"""Generate synthetic soft prompts with known PoE ground truth (see synth/README.md).

    python synth/generate.py --config configs/synth/tiny.yaml --out runs/synth/tiny
    accelerate launch --multi_gpu --num_processes 2 synth/generate.py --config configs/synth/gpu.yaml --out runs/synth/gpu

Rerunning with the same --out resumes: complete shards are kept, the rest are made.
"""

from __future__ import annotations

import argparse
import json
import sys

from softprism.poe.config import add_config_arguments, config_from_args
from softprism.poe.runs import claim_out, main_guard

from softprism.synth.config import SynthConfig
from softprism.synth.pipeline import generate


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="output folder (resumed when it exists)")
    ap.add_argument("--no-progress", action="store_true", help="no progress bar")
    add_config_arguments(ap, "synth")
    args = ap.parse_args()
    cfg = config_from_args(SynthConfig, args)
    if cfg is None:
        return 0
    if not args.out:
        ap.error("--out is required")
    claim_out(args.out, ("manifest.json",), [cfg.corpus.source, cfg.probes.source])  # resumes its own run only
    summary = generate(cfg, args.out, progress=not args.no_progress)
    print(json.dumps(summary), file=sys.stderr)
    return 0


if __name__ == "__main__":
    main_guard(main)
