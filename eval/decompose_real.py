"""Decompose a real soft prompt into a short weighted list of hard prompts, with baselines and a report.

    python eval/decompose_real.py SOFT_PROMPT [-k 10] [--out DIR] [--json PATH] [--html PATH]
        [--model NAME|PATH] [--slot prefix|system] [--probes FILE.jsonl] [--index DIR] [--corpus SPEC]
        [--oracle DIR|none] [--signatures DIR|auto|none] [--candidates FILE] [--no-baselines] [--config configs/eval/decompose.yaml]
        [--set key=value ...] [--help-config]

SOFT_PROMPT: a PEFT prompt-tuning adapter folder, or a .safetensors / .pt file holding one 2-D tensor
[n_virtual, d_model]. The model defaults to the adapter's base model when it loads offline (the embedded
SmolLM2-135M-Instruct answers to its hub name), else to the embedded default. The index defaults to
`decompose.defaults.default_index()` (a shipped one, else 5,000 generated prompts embedded once with MiniLM under
$SOFTPRISM_CACHE); the signature index to retrieval/shipped_signatures when it was built for the model and slot
(signature pursuit then proposes candidates by what prompts *do*); the oracle to oracle/shipped when it exists (without one, candidates come from the projection
and patchscope retrievals, and a warning says so). `--out DIR` writes result.json, report.html, config.yaml and
run.json together (all or nothing). Bad input prints one `error:` line and exits with status 2, writing nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from softprism.decompose import cli  # noqa: E402  (the card's entry point; the code is decompose/cli.py)
from softprism.eval.baselines import run_baselines  # noqa: E402
from softprism.poe.runs import main_guard  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """decompose/cli.py's `main` with the baselines (evaluation, this room) handed in."""
    return cli.main(argv, baseline_runner=run_baselines)


if __name__ == "__main__":
    main_guard(main)
