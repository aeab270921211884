"""Export a synth example as a standard PEFT prompt-tuning adapter folder.

    python synth/export_peft.py runs/synth/tiny --index 0 --out runs/synth/adapter0
"""

from __future__ import annotations

import argparse

from softprism.poe.runs import claim_out, main_guard

from softprism.synth.export import export_example


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("run", help="a folder written by synth/generate.py")
    ap.add_argument("--index", type=int, required=True, help="the example's `index`")
    ap.add_argument("--out", required=True, help="adapter folder to write")
    ap.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    args = ap.parse_args()
    claim_out(args.out, (), [args.run], args.overwrite)  # before any compute; locks it
    path = export_example(args.run, args.index, args.out, overwrite=True)  # claim_out applied the rule
    print(path)
    return 0


if __name__ == "__main__":
    main_guard(main)
