"""The component pool: prompts that mixtures draw from, with stable ids and a train/held-out split.

Owns: reading a plain prompt list until retrieval/ ships its corpus. Rows are (id, text, split); only the
`train` split feeds synth (held-out prompts are kept for eval/benchmark.py). Swapping in retrieval's corpus is one
line in `load_pool`: build the `Pool` from its rows (id, text, split).

Sources: `retrieval:SPEC` (retrieval's corpus via `retrieval.corpus.load_corpus(SPEC)`, e.g. `retrieval:default:5000`
or `retrieval:path/to/prompts.jsonl`; its ids and train/held-out split are used as they are, so synth and eval agree),
`default-small` (poe/data/phase0_dictionary.txt, 70 prompts), a `.txt` file (one prompt per line) or a
`.jsonl` file (`text`, optional `id` and `split` per row). Ids default to `p` + 12 hex of SHA-256(text); the split
defaults to `stable_unit(text) < heldout_fraction` -> held-out.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from softprism.poe.errors import InputError
from softprism.poe.jsonl import iter_objects, read_text
from softprism.poe.probes import shipped_file, stable_unit

from softprism.synth.config import CorpusConfig

DEFAULT_SMALL = "phase0_dictionary.txt"  # in poe/data (`poe.probes.shipped_file`)


@dataclass
class Pool:
    """Corpus rows: `ids`, `texts`, `splits` (each [N], aligned), the source and a content hash."""

    ids: list[str]
    texts: list[str]
    splits: list[str]
    source: str

    def __post_init__(self) -> None:
        self._index = {i: n for n, i in enumerate(self.ids)}

    @property
    def hash(self) -> str:
        h = hashlib.sha256()
        for i, t, s in zip(self.ids, self.texts, self.splits):
            h.update(f"{i}\x00{t}\x00{s}\x01".encode())
        return h.hexdigest()[:16]

    def train_ids(self) -> list[str]:
        return [i for i, s in zip(self.ids, self.splits) if s == "train"]

    def text(self, cid: str) -> str:
        return self.texts[self._index[cid]]

    def __contains__(self, cid: str) -> bool:
        return cid in self._index


def text_id(text: str) -> str:
    return "p" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _rows_from_file(path: Path) -> list[dict]:
    if not path.is_file():
        raise InputError(f"{path}: corpus file not found; pass `default-small` or a .txt/.jsonl prompt list")
    rows: list[dict] = []
    if path.suffix == ".jsonl":
        rows = [row for _, row, _ in iter_objects(path, ("text",))]
    else:
        rows = [{"text": line} for line in read_text(path).splitlines() if line.strip()]
    return rows


def load_pool(cfg: CorpusConfig) -> Pool:
    """Read `cfg.source` into a deduplicated `Pool` (first occurrence of a text wins)."""
    if cfg.source.startswith("retrieval:"):
        from softprism.retrieval.corpus import load_corpus

        corpus = load_corpus(cfg.source.split(":", 1)[1])
        pool = Pool(list(corpus.ids), list(corpus.texts), list(corpus.splits), cfg.source)
        if not pool.train_ids():
            raise InputError(f"{cfg.source}: the corpus has no train-split prompts")
        return pool
    path = shipped_file(DEFAULT_SMALL) if cfg.source == "default-small" else Path(cfg.source)
    rows = _rows_from_file(path)
    ids, texts, splits, seen = [], [], [], set()
    for row in rows:
        text = " ".join(row["text"].split())
        if text in seen:
            continue
        seen.add(text)
        cid = str(row.get("id") or text_id(text))
        split = row.get("split") or ("heldout" if stable_unit(text) < cfg.heldout_fraction else "train")
        if split not in ("train", "heldout"):
            raise InputError(f"{path}: row {cid!r} has split {split!r}; use `train` or `heldout`")
        ids.append(cid)
        texts.append(text)
        splits.append(split)
    if len(set(ids)) != len(ids):
        raise InputError(f"{path}: duplicate ids; every row needs a unique `id`")
    pool = Pool(ids, texts, splits, cfg.source)
    if not pool.train_ids():
        raise InputError(f"{path}: the corpus has no train-split prompts; add rows or lower corpus.heldout_fraction")
    return pool
