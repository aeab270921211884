"""Reading user JSONL files: one JSON object per line, blank lines skipped, one-line errors naming file:line.

Used by poe/probes.py (task inputs) and synth/corpus.py (prompt lists). Must not: interpret fields beyond the
required text field it is asked to check.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from poe.errors import InputError


def iter_objects(path: Path, text_fields: tuple[str, ...]) -> Iterator[tuple[int, dict, str]]:
    """Yield (line number, row, text) for each non-blank line; `text` is the first non-empty string among
    `text_fields`. Bad JSON, a non-object line or a row without such a string raises `InputError`."""
    names = " or ".join(f"`{f}`" for f in text_fields)
    with Path(path).open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
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
