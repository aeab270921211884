"""The `softprism` console command: one entry point over the rooms' scripts (which keep working on their own).

    softprism decompose SOFT_PROMPT [...]     = python eval/decompose_real.py SOFT_PROMPT [...]
    softprism train-prompt --train F --out D  = python eval/train_soft_prompt.py ...
    softprism build-index --out DIR [...]     = python retrieval/build.py ...
    softprism benchmark --config F --out D    = python eval/benchmark.py ...
    softprism phases phase0|phase05 [...]     = python eval/phases.py ...

`softprism COMMAND --help` prints the command's own help.
"""

from __future__ import annotations

import importlib
import sys

COMMANDS = {
    "decompose": ("softprism.eval.decompose_real", "decompose a soft prompt (pipeline, baselines, report)"),
    "train-prompt": ("softprism.eval.train_soft_prompt", "train a PEFT prompt-tuning soft prompt on a task file"),
    "build-index": ("softprism.retrieval.build", "build a FAISS index of hard prompts (texts or signatures)"),
    "benchmark": ("softprism.eval.benchmark", "recovery benchmark on synthetic soft prompts"),
    "phases": ("softprism.eval.phases", "Phase 0 / 0.5: a known prompt comes back; noise on its embeddings"),
}


def usage() -> str:
    return "usage: softprism COMMAND [ARGS ...]\n\ncommands:\n" + "\n".join(
        f"  {name:<13} {help_}" for name, (_, help_) in COMMANDS.items())


def main(argv: list[str] | None = None) -> int:
    from softprism.poe.runs import main_guard

    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(usage())
        return 0
    if argv[0] not in COMMANDS:
        print(f"error: unknown command {argv[0]!r}\n\n{usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[argv[0]][0])
    sys.argv = [f"softprism {argv[0]}", *argv[1:]]
    main_guard(module.main)  # exits with the command's status
    return 0


if __name__ == "__main__":
    sys.exit(main())
