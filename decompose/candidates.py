"""Candidate dictionary entries: `Candidate`, their deduplicated union (`merge_candidates`), user files of
hard prompts (`read_texts`) and the format basis (`format_basis_texts`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from softprism.poe.errors import InputError

log = logging.getLogger(__name__)


FORMAT_BASIS_FILE = "format_basis.txt"  # in softprism.poe's data: prompts that set only how a reply looks
REPLY_QUERY_CHARS = 300  # of a probe and of a reply, in the `replies` source's queries (MiniLM reads 128 tokens)


@dataclass
class Candidate:
    """One dictionary entry: its text, corpus id (None outside the corpus), index row (-1 outside), the source
    that proposed it first, and every source that proposed it."""

    text: str
    corpus_id: str | None
    position: int
    source: str
    sources: list[str] = field(default_factory=list)

    def key(self) -> str:
        if self.corpus_id is not None:
            return self.corpus_id
        from softprism.retrieval.corpus import normalise

        return "text:" + normalise(self.text).casefold()


def merge_candidates(groups: list[list[Candidate]]) -> list[Candidate]:
    """The union of candidate lists in order, deduplicated by corpus id (or normalised text outside the corpus);
    a repeat adds its source to the first occurrence's `sources`. Empty texts are dropped."""
    out: list[Candidate] = []
    seen: dict[str, Candidate] = {}
    for group in groups:
        for c in group:
            if not c.text.strip():
                continue
            k = c.key()
            if k in seen:
                for s in c.sources or [c.source]:
                    if s not in seen[k].sources:
                        seen[k].sources.append(s)
                continue
            c = Candidate(c.text, c.corpus_id, c.position, c.source, list(c.sources or [c.source]))
            seen[k] = c
            out.append(c)
    return out


def read_texts(path: str | Path) -> list[str]:
    """Hard prompts from a file: JSONL rows (`text` or `prompt`) for .jsonl, else one prompt per line."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: candidate file not found; pass a text file with one prompt per line or JSONL rows "
                         "with a `text` field")
    if p.suffix.lower() == ".jsonl":
        from softprism.poe.jsonl import iter_objects

        texts = [t for _, _, t in iter_objects(p, ("text", "prompt"))]
    else:
        from softprism.poe.jsonl import read_text

        texts = [line.strip() for line in read_text(p).splitlines()]
    texts = [t for t in texts if t.strip()]
    if not texts:
        raise InputError(f"{p}: the candidate file has no prompts; add one prompt per line")
    return texts


def format_basis_texts(spec: str) -> list[str]:
    """`candidates.format_basis` -> its prompts: none for "", poe/data/format_basis.txt for `default`, else a file
    (JSONL rows with `text`, or one prompt per line, where lines starting with '#' are comments)."""
    if not spec:
        return []
    from softprism.poe.probes import prompt_lines, shipped_lines

    if spec == "default":
        return shipped_lines(FORMAT_BASIS_FILE)
    p = Path(spec)
    if not p.is_file():
        raise InputError(f"{p}: format basis file not found; set candidates.format_basis to `default`, \"\" (none) "
                         "or a file with one prompt per line")
    if p.suffix.lower() == ".jsonl":
        texts = read_texts(p)
    else:
        from softprism.poe.jsonl import read_text

        texts = prompt_lines(read_text(p))
    if not texts:
        raise InputError(f"{p}: the format basis has no prompts; add one prompt per line")
    return texts
