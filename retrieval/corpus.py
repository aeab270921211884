"""Hard-prompt corpora: loading, normalising, deduplicating, stable ids and the train/held-out split.

Owns: the `Corpus` (columns `ids`, `texts`, `sources`, `templates`, `splits`, in one fixed order), the loaders for
user corpora (JSONL, CSV/TSV, TXT, a folder of those, or a `datasets` folder saved with `save_to_disk`), the
embedded default corpus (`default_corpus`, from `retrieval.generator`) and the corpus fingerprint that every index
records.

Rules (the same on every run and machine):
- text is normalised: Unicode NFC, spaces/tabs collapsed, lines stripped, at most one blank line in a row;
- rows are deduplicated on the normalised text, case-folded; the first occurrence (and its source) is kept;
- `id` = first 16 hex digits of SHA-256 of the normalised text;
- `split` = `heldout` when a salted SHA-256 of the normalised text falls below `heldout_fraction`, else `train`;
- `fingerprint` = SHA-256 over the ids in order: the same rows in the same order, and nothing else, match it.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from softprism.poe.errors import InputError
from softprism.retrieval.config import CorpusConfig

log = logging.getLogger(__name__)

TEXT_FIELDS = ("text", "prompt", "instruction", "definition", "input", "content")
DEFAULT_SOURCE = "softprism-default"
_SPLIT_SALT = b"softprism.retrieval.split\x00"
_FILE_SUFFIXES = (".jsonl", ".json", ".csv", ".tsv", ".txt")


@dataclass(frozen=True)
class Row:
    """One hard prompt. `template`: the generator template that made it ('' for user corpora)."""

    id: str
    text: str
    source: str
    template: str
    split: str


_HSPACE = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u3000]+")
_BLANKS = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """NFC, horizontal whitespace collapsed, each line stripped, runs of blank lines cut to one."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_HSPACE.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def text_id(text: str) -> str:
    """Stable id of a normalised text (16 hex digits of its SHA-256)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def split_unit(text: str) -> float:
    """A number in [0, 1) from a salted SHA-256 of the text; fixed across runs, machines and Python versions."""
    return int.from_bytes(hashlib.sha256(_SPLIT_SALT + text.encode("utf-8")).digest()[:8], "big") / 2**64


class Corpus:
    """An ordered, deduplicated list of hard prompts. Row i of the corpus is row i of any index built from it.

    Build one with `Corpus.from_texts` (normalises and deduplicates), `load_corpus`, `default_corpus` or
    `Corpus.read_jsonl` (rows written by `write_jsonl`, kept exactly as stored).
    """

    def __init__(self, ids: list[str], texts: list[str], sources: list[str], templates: list[str],
                 splits: list[str], name: str = "corpus", heldout_fraction: float = 0.1) -> None:
        n = len(texts)
        if not (len(ids) == len(sources) == len(templates) == len(splits) == n):
            raise ValueError("corpus columns must have equal lengths")
        self.ids, self.texts, self.sources, self.templates, self.splits = ids, texts, sources, templates, splits
        self.name = name
        self.heldout_fraction = heldout_fraction
        self._fingerprint: str | None = None

    @classmethod
    def from_texts(cls, texts: Iterable[str], sources: Iterable[str] | str = "user",
                   templates: Iterable[str] | None = None, heldout_fraction: float = 0.1, name: str = "corpus",
                   min_chars: int = 1, max_rows: int = 0) -> "Corpus":
        """Normalise, drop short rows, deduplicate (first occurrence wins), assign ids and splits."""
        texts = list(texts)
        srcs = [sources] * len(texts) if isinstance(sources, str) else list(sources)
        tmpls = [""] * len(texts) if templates is None else list(templates)
        if not (len(srcs) == len(tmpls) == len(texts)):
            raise ValueError("texts, sources and templates must have equal lengths")
        seen: set[str] = set()
        cols: tuple[list[str], ...] = ([], [], [], [], [])
        for t, s, m in zip(texts, srcs, tmpls):
            t = normalise(t) if isinstance(t, str) else ""
            if len(t) < min_chars:
                continue
            key = t.casefold()
            if key in seen:
                continue
            seen.add(key)
            for col, v in zip(cols, (text_id(t), t, s, m, "heldout" if split_unit(t) < heldout_fraction else "train")):
                col.append(v)
            if max_rows and len(cols[0]) >= max_rows:
                break
        ids, texts, sources, templates, splits = cols
        return cls(ids, texts, sources, templates, splits, name=name, heldout_fraction=heldout_fraction)

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i: int) -> Row:
        return Row(self.ids[i], self.texts[i], self.sources[i], self.templates[i], self.splits[i])

    def __iter__(self) -> Iterator[Row]:
        return (self[i] for i in range(len(self)))

    @property
    def fingerprint(self) -> str:
        """SHA-256 (hex, 32 digits) over the ids in order."""
        if self._fingerprint is None:
            h = hashlib.sha256()
            for i in self.ids:
                h.update(i.encode() + b"\n")
            self._fingerprint = h.hexdigest()[:32]
        return self._fingerprint

    def subset(self, positions: Iterable[int], name: str | None = None) -> "Corpus":
        """The rows at `positions`, in that order, with their ids and splits unchanged."""
        pos = list(positions)
        cols = [[col[i] for i in pos] for col in (self.ids, self.texts, self.sources, self.templates, self.splits)]
        ids, texts, sources, templates, splits = cols
        return Corpus(ids, texts, sources, templates, splits, name=name or self.name,
                      heldout_fraction=self.heldout_fraction)

    def positions(self, split: str) -> list[int]:
        """Row positions in `split` (`train` or `heldout`)."""
        return [i for i, s in enumerate(self.splits) if s == split]

    def summary(self) -> dict:
        """Counts for manifests and logs."""
        n_held = sum(1 for s in self.splits if s == "heldout")
        return {"name": self.name, "rows": len(self), "train": len(self) - n_held, "heldout": n_held,
                "heldout_fraction": self.heldout_fraction, "fingerprint": self.fingerprint,
                "sources": len(set(self.sources))}

    def write_jsonl(self, path: Path) -> None:
        """One JSON object per row: id, text, source, template, split."""
        with Path(path).open("w", encoding="utf-8") as f:
            for r in self:
                f.write(json.dumps({"id": r.id, "text": r.text, "source": r.source, "template": r.template,
                                    "split": r.split}, ensure_ascii=False) + "\n")

    @classmethod
    def read_jsonl(cls, path: Path, name: str | None = None, heldout_fraction: float = 0.1) -> "Corpus":
        """Rows as written by `write_jsonl`, unchanged (ids and splits are not recomputed)."""
        cols: tuple[list[str], ...] = ([], [], [], [], [])
        path = Path(path)
        try:
            with path.open(encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    if not line.strip():
                        continue
                    r = json.loads(line)
                    for col, k in zip(cols, ("id", "text", "source", "template", "split")):
                        col.append(r[k])
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as e:
            raise InputError(f"{path}: unreadable corpus rows ({e.__class__.__name__}); rebuild the index "
                             "with `python retrieval/build.py`") from None
        ids, texts, sources, templates, splits = cols
        return cls(ids, texts, sources, templates, splits, name=name or str(path), heldout_fraction=heldout_fraction)


# ---------------------------------------------------------------------------------------------------------------
# Loaders
# ---------------------------------------------------------------------------------------------------------------

_SLOT = re.compile(r"\{\{.*?\}\}|\{[A-Za-z0-9_]+\}")


def strip_placeholders(text: str) -> str:
    """Remove template slots (`{text}`, `{{ answer_choices[0] }}`); a line that held only slots disappears, a label
    before a slot stays ("Review: {text}" -> "Review:"). Braces that are not a slot (`{"a": 1}`, `{ }`) stay."""
    lines = []
    for line in text.split("\n"):
        if _SLOT.search(line):
            line = _SLOT.sub(" ", line)
            if not line.strip():
                continue
        lines.append(line)
    return "\n".join(lines)


def _pick_field(columns: Sequence[str], wanted: str, where: str) -> str:
    if wanted != "auto":
        if wanted not in columns:
            raise InputError(f"{where}: no column {wanted!r} (columns: {', '.join(map(str, columns)) or 'none'}); "
                             "set corpus.text_field to one of them")
        return wanted
    for f in TEXT_FIELDS:
        if f in columns:
            return f
    raise InputError(f"{where}: no text column (columns: {', '.join(map(str, columns)) or 'none'}); name one with "
                     f"--set corpus.text_field=NAME or add a `text` column")


def _read_jsonl(path: Path, cfg: CorpusConfig) -> Iterator[tuple[str, str, str]]:
    field_name = None
    with path.open(encoding="utf-8") as f:
        first = f.read(1)
        f.seek(0)
        if path.suffix == ".json" and first == "[":
            rows = json.load(f)
            if not isinstance(rows, list):
                raise InputError(f"{path}: expected a JSON list of objects")
            lines = ((i + 1, r) for i, r in enumerate(rows))
        else:
            lines = ((n, line) for n, line in enumerate(f, 1) if line.strip())
        for n, raw in lines:
            if isinstance(raw, str):
                try:
                    row = json.loads(raw)
                except json.JSONDecodeError:
                    raise InputError(f"{path}:{n}: not valid JSON; each line must be a JSON object with a text field") \
                        from None
            else:
                row = raw
            if isinstance(row, str):
                yield row, path.stem, ""
                continue
            if not isinstance(row, dict):
                raise InputError(f"{path}:{n}: each row must be a JSON object (or a string)")
            if field_name is None:
                field_name = _pick_field(list(row), cfg.text_field, f"{path}:{n}")
            text = row.get(field_name)
            if text is None:
                continue
            src = row.get(cfg.source_field)
            yield str(text), str(src) if isinstance(src, str) and src else path.stem, str(row.get("template", "") or "")


def _read_csv(path: Path, cfg: CorpusConfig) -> Iterator[tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t" if path.suffix == ".tsv" else ",")
        columns = reader.fieldnames or []
        field_name = _pick_field(columns, cfg.text_field, str(path))
        for row in reader:
            src = row.get(cfg.source_field)
            yield row.get(field_name) or "", src or path.stem, row.get("template") or ""


def _read_txt(path: Path, cfg: CorpusConfig) -> Iterator[tuple[str, str, str]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            yield line, path.stem, ""


def _read_file(path: Path, cfg: CorpusConfig) -> Iterator[tuple[str, str, str]]:
    reader = {".jsonl": _read_jsonl, ".json": _read_jsonl, ".csv": _read_csv, ".tsv": _read_csv,
              ".txt": _read_txt}.get(path.suffix.lower())
    if reader is None:
        raise InputError(f"{path}: unsupported corpus file type; use .jsonl, .csv, .tsv, .txt or a datasets folder")
    try:
        yield from reader(path, cfg)
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; convert the file to UTF-8") from None
    except csv.Error as e:
        raise InputError(f"{path}: malformed CSV ({e})") from None


def _read_datasets(path: Path, cfg: CorpusConfig) -> Iterator[tuple[str, str, str]]:
    import datasets

    try:
        ds = datasets.load_from_disk(str(path))
    except Exception as e:  # datasets raises several types for a bad folder
        raise InputError(f"{path}: not a readable `datasets` folder ({e.__class__.__name__}: {e})") from None
    parts = [ds[k] for k in sorted(ds)] if isinstance(ds, datasets.DatasetDict) else [ds]
    for part in parts:
        field_name = _pick_field(part.column_names, cfg.text_field, str(path))
        has_src = cfg.source_field in part.column_names
        has_tmpl = "template" in part.column_names
        for row in part:
            yield (row[field_name] or "", (row[cfg.source_field] if has_src else "") or path.name,
                   (row["template"] if has_tmpl else "") or "")


def _is_datasets_dir(path: Path) -> bool:
    return any((path / f).is_file() for f in ("dataset_info.json", "dataset_dict.json", "state.json"))


def load_corpus(spec: str | CorpusConfig) -> Corpus:
    """A corpus from a config (or a bare `source` string): `default`, a file, a folder of files or a datasets folder.

    Raises `InputError` (one line naming the path and the fix) for a missing or unreadable source, a file with no
    text column, or a corpus left empty after cleaning.
    """
    cfg = CorpusConfig(source=spec) if isinstance(spec, str) else spec
    if cfg.source == "default" or cfg.source.startswith("default:"):
        size = int(cfg.source.split(":", 1)[1]) if ":" in cfg.source else cfg.size
        return default_corpus(size, cfg.seed, cfg.heldout_fraction)
    path = Path(cfg.source).expanduser()
    if not path.exists():
        raise InputError(f"{path}: corpus not found; pass `default` or an existing .jsonl/.csv/.txt file or folder")
    if path.is_dir():
        if _is_datasets_dir(path):
            rows: Iterable[tuple[str, str, str]] = _read_datasets(path, cfg)
        else:
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in _FILE_SUFFIXES)
            if not files:
                raise InputError(f"{path}: the folder has no .jsonl/.csv/.tsv/.txt files and is not a datasets folder")
            rows = (r for p in files for r in _read_file(p, cfg))
    else:
        rows = _read_file(path, cfg)
    try:
        texts, sources, templates = [], [], []
        for t, s, m in rows:
            if cfg.placeholders == "strip" and isinstance(t, str):
                t = strip_placeholders(t)
            texts.append(t)
            sources.append(s)
            templates.append(m)
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    corpus = Corpus.from_texts(texts, sources, templates, cfg.heldout_fraction, name=str(path),
                               min_chars=cfg.min_chars, max_rows=cfg.max_rows)
    if len(corpus) == 0:
        raise InputError(f"{path}: the corpus is empty ({len(texts)} rows read, none with text of at least "
                         f"{cfg.min_chars} characters); add rows with a text field")
    log.info("corpus %s: %d rows read, %d kept after normalising and deduplicating", path, len(texts), len(corpus))
    return corpus


def default_corpus(size: int = 100_000, seed: int = 0, heldout_fraction: float = 0.1) -> Corpus:
    """The first `size` prompts of the embedded generator (a prefix of any larger default corpus, same seed)."""
    from tqdm.auto import tqdm

    from softprism.retrieval.generator import generate

    if size < 1:
        raise InputError(f"default corpus size must be >= 1, got {size}")
    with tqdm(total=size, desc="generate prompts", unit="prompt", disable=size < 50_000) as bar:
        prompts = generate(size, seed, progress=bar.update)
    corpus = Corpus.from_texts((p.text for p in prompts), DEFAULT_SOURCE, (p.template for p in prompts),
                               heldout_fraction, name=f"default:{size}:seed{seed}")
    if len(corpus) != size:  # the generator's near-duplicate key is stricter than the corpus' exact dedup
        raise RuntimeError(f"default corpus has {len(corpus)} rows, expected {size}")
    return corpus
