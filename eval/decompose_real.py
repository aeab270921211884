"""Decompose a real soft prompt (the script entry point): `python eval/decompose_real.py SOFT_PROMPT [...]`.

The same command as `softprism decompose`; its flags and defaults are decompose/cli.py's (`--help` prints them).
The pipeline runs the configured baselines itself (decompose/baselines.py)."""

from __future__ import annotations

from softprism.decompose.cli import main
from softprism.poe.runs import main_guard

__all__ = ["main"]

if __name__ == "__main__":
    main_guard(main)
