"""Decompose a real soft prompt (the script entry point): `python eval/decompose_real.py SOFT_PROMPT [...]`.

The command line, its flags and its defaults are decompose/cli.py's (`--help` prints them)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from softprism.decompose import cli  # noqa: E402  (the script entry point; the code is decompose/cli.py)
from softprism.eval.baselines import run_baselines  # noqa: E402
from softprism.poe.runs import main_guard  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """decompose/cli.py's `main` with the baselines (evaluation, this room) handed in."""
    return cli.main(argv, baseline_runner=run_baselines)


if __name__ == "__main__":
    main_guard(main)
