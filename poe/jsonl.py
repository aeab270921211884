"""Reading user text and JSONL files: UTF-8 only, one-line errors naming the file (and line or byte offset).

`read_text` reads a whole UTF-8 text file; `iter_objects` reads JSONL (one JSON object per line, blank lines
skipped). Used by poe/probes.py (task inputs), synth/corpus.py (prompt lists), decompose/candidates.py (`--candidates`)
and eval/tasks_eval.py (`--poe`). Must not: interpret fields beyond the required text field it is asked to check.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from softprism.poe.errors import InputError


def _not_utf8(path: Path, offset: int, e: UnicodeDecodeError) -> InputError:
    return InputError(f"{path}: not UTF-8 text (byte 0x{e.object[e.start]:02x} at byte offset {offset}); save the "
                      "file as UTF-8")


def read_text(path: str | Path) -> str:
    """The whole file decoded as UTF-8 (a leading BOM kept as Python does). A byte sequence that is not UTF-8
    raises `InputError` naming the file and the byte offset of the first bad byte."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise _not_utf8(Path(path), e.start, e) from None


def iter_objects(path: Path, text_fields: tuple[str, ...]) -> Iterator[tuple[int, dict, str]]:
    """Yield (line number, row, text) for each non-blank line; `text` is the first non-empty string among
    `text_fields`. Bad JSON, bytes that are not UTF-8, a non-object line or a row without such a string raise
    `InputError`."""
    names = " or ".join(f"`{f}`" for f in text_fields)
    offset = 0
    with Path(path).open("rb") as f:
        for n, raw in enumerate(f, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                raise _not_utf8(Path(path), offset + e.start, e) from None
            offset += len(raw)
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise InputError(f"{path}:{n}: not valid JSON; each line must be an object with {names}") from None
            if not isinstance(row, dict):
                raise InputError(f"{path}:{n}: each line must be a JSON object with {names}")
            text = next((row[k] for k in text_fields if isinstance(row.get(k), str) and row[k].strip()), None)
            if text is None:
                raise InputError(f"{path}:{n}: no {names} string; add one to every row")
            yield n, row, text
