"""Task files and the one way a task example is laid out around the prompt slot.

Owns: reading a JSONL task file (`input` and `output` per row), its label set, a stable test subset, and the token
layout of an example, which is exactly the layout `poe` reads a task probe in:

    [ prompt | slot head template ] [ input + template up to the reply ] [ output + end-of-turn ]
      `PromptSlot.head`               `PromptSlot.tail_ids(input, max_input_tokens)`
                                                                         `lm.tokenize(output) + [eos]`

(the continuation `poe.tables.make_tails` teacher-forces for a probe with an `output`). The soft prompt trained by
`synth/prompt_tuning.py` and the accuracies of `synth/tasks_accuracy.py` therefore see the same input as the
decomposition's probes. Must not: load models or write files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from softprism.poe.errors import InputError
from softprism.poe.jsonl import iter_objects
from softprism.poe.lm import FrozenLM
from softprism.poe.probes import stable_unit
from softprism.poe.slot import PromptSlot

FIX = "pass a JSONL file with an `input` and an `output` string in every row"


@dataclass(frozen=True)
class TaskExample:
    """One row of a task file: the user message (`input`, stripped as poe's probes strip it) and the reply."""

    input: str
    output: str


def read_task_file(path: str | Path) -> list[TaskExample]:
    """Every row of a JSONL task file. A missing file, a file with no rows, or a row without an `input` or
    `output` string raises `InputError` naming the file (and line) and the fix."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: task file not found; {FIX}")
    rows = []
    for n, row, text in iter_objects(p, ("input",)):
        out = row.get("output")
        if isinstance(out, bool) or not isinstance(out, (str, int, float)) or not str(out).strip():
            raise InputError(f"{p}:{n}: no `output` string; every row of a task file needs an `input` and an `output`")
        rows.append(TaskExample(text.strip(), str(out)))
    if not rows:
        raise InputError(f"{p}: the task file has no rows; {FIX}")
    return rows


def label_set(examples: list[TaskExample]) -> list[str]:
    """The distinct `output` strings, sorted: the classes of a classification task (from its train file)."""
    return sorted({e.output for e in examples})


def stable_subset(examples: list[TaskExample], limit: int | None) -> list[TaskExample]:
    """At most `limit` examples (None or 0: all), chosen by a stable hash of the input so the subset does not
    depend on the file's order (test files are often sorted by label) and is the same on every run."""
    if not limit or limit >= len(examples):
        return list(examples)
    order = sorted(range(len(examples)), key=lambda i: (stable_unit(examples[i].input), i))
    return [examples[i] for i in sorted(order[:limit])]


def tail_ids(slot: PromptSlot, text: str, max_input_tokens: int = 96) -> list[int]:
    """The token ids between the slot's head and the reply: input (truncated) + template up to the reply."""
    return slot.tail_ids(text, max_input_tokens)


def reply_ids(lm: FrozenLM, output: str) -> list[int]:
    """The reply as the model should produce it: the output's tokens, then the end-of-turn (eos) token."""
    return lm.tokenize(output) + [lm.tokenizer.eos_token_id]
