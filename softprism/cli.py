"""The `softprism` console command: every user command in one place (`COMMANDS`). Each command is a room's entry
module; its script form (`python eval/decompose_real.py ...`, `python retrieval/build.py ...`) runs the same `main`
with the same flags. Training the oracle stays `accelerate launch oracle/train.py` (the launcher owns its processes).

    softprism decompose SOFT_PROMPT [...]     explain a soft prompt (= python eval/decompose_real.py)
    softprism train-prompt --train F --out D  train a PEFT soft prompt on a task file
    softprism evaluate-tasks --test F [...]   task accuracy of soft prompts, hard prompts and decompositions
    softprism build-index --out DIR [...]     index a prompt corpus (texts, or signatures with --signatures)
    softprism search DIR "query" [...]        search a text index
    softprism benchmark --config F --out D    recovery benchmark on synthetic soft prompts

`softprism` alone lists them all; `softprism COMMAND --help` prints the command's own help. The project's own
measurements (speed, coverage, the findings, GPU runs) are not commands: they live in benchmarks/ (not installed).
"""

from __future__ import annotations

import importlib
import sys

# name -> (entry module, one line of help); the script form of each is the module's file in its room
COMMANDS = {
    "decompose": ("softprism.decompose.cli", "decompose a soft prompt (pipeline, chance line, baselines, report)"),
    "train-prompt": ("softprism.synth.train_prompt", "train a PEFT prompt-tuning soft prompt on a task file"),
    "train-lora": ("softprism.synth.train_lora",
                   "train a LoRA with a known answer (replies of a task file, or context distillation of a prompt)"),
    "evaluate-tasks": ("softprism.eval.tasks_eval",
                       "task accuracy of a soft prompt, hard prompts and decompositions, by label scoring"),
    "build-index": ("softprism.retrieval.build", "build a FAISS index of hard prompts (texts or signatures)"),
    "search": ("softprism.retrieval.search", "search a text index with text queries"),
    "generate": ("softprism.synth.generate", "distil synthetic soft prompts from known mixtures of prompts"),
    "export-peft": ("softprism.synth.export_peft", "write one synthetic soft prompt as a PEFT adapter folder"),
    "calibrate": ("softprism.oracle.calibrate", "how far distilled soft prompts sit from their exact mixtures"),
    "bench-oracle": ("softprism.oracle.bench_signatures",
                     "candidate recall of a signature-reading (v2) oracle against signature pursuit"),
    "evaluate-oracle": ("softprism.oracle.evaluate",
                        "candidate recall of a trained oracle on held-out synthetic soft prompts"),
    "bench-sources": ("softprism.eval.signature_bench",
                      "candidate recall of every candidate source on targets with known components"),
    "pursuit-floor": ("softprism.eval.pursuit_floor",
                      "pursuit with and without the distillation floor; --write-floor fits an index's floor"),
    "benchmark": ("softprism.eval.benchmark", "recovery benchmark on synthetic soft prompts"),
    "phases": ("softprism.eval.phases", "Phase 0 / 0.5: a known prompt comes back; noise on its embeddings"),
    "distil-finetune": ("softprism.synth.distil_finetune",
                        "distil a LoRA adapter or fine-tuned model into a soft prompt; how much it captures"),
    "explain-finetune": ("softprism.decompose.finetune",
                         "explain a fine-tune: distil, decompose, and score the answer against the fine-tune"),
}


def usage() -> str:
    return "usage: softprism COMMAND [ARGS ...]\n\ncommands:\n" + "\n".join(
        f"  {name:<16} {help_}" for name, (_, help_) in COMMANDS.items())


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
