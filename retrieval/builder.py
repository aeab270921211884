"""Building an index folder end to end: corpus -> resumable embedding -> FAISS index -> folder.

Owns: `build_index`, the one function that `retrieval/build.py` (and any other room) calls to make an index
folder. The embedding chunks live in a work folder beside the output (`.<out>.embed/`) until the index is written,
so a killed build resumes on rerun; the output folder itself appears only when complete (`poe.runs.atomic_dir`).
"""

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path

from softprism.poe.errors import InputError
from softprism.poe.runs import atomic_dir, write_run_info
from softprism.retrieval.config import RetrievalConfig
from softprism.retrieval.corpus import Corpus, load_corpus
from softprism.retrieval.encoder import Encoder, embed_resumable, job_key
from softprism.retrieval.index import SIDECAR_FILE, PromptIndex

log = logging.getLogger(__name__)


def work_dir_for(out: Path) -> Path:
    """Where `build_index` keeps embedding chunks for `out` until the index is written."""
    out = Path(out)
    return out.with_name(f".{out.name}.embed")


def make_encoder(cfg: RetrievalConfig) -> Encoder:
    """The encoder named in `cfg.encoder`."""
    e = cfg.encoder
    return Encoder(e.name, device=e.device, batch_size=e.batch_size, max_seq_length=e.max_seq_length)


def build_index(cfg: RetrievalConfig, out: str | Path, corpus: Corpus | None = None,
                encoder: Encoder | None = None, keep_embeddings: bool = False) -> PromptIndex:
    """Load the corpus, embed it (resumably), build the index and write the folder `out` (all or nothing).

    The returned index's `meta["build"]` records embed/index seconds and prompts embedded per second.
    """
    out = Path(out)
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / SIDECAR_FILE).is_file())):
        raise InputError(f"{out}: exists and is not an index folder; choose another --out (it would be replaced)")
    corpus = corpus if corpus is not None else load_corpus(cfg.corpus)
    if len(corpus) == 0:
        raise InputError(f"corpus {corpus.name!r} is empty; add rows with a text field")
    encoder = encoder if encoder is not None else make_encoder(cfg)
    identity = encoder.identity()
    work = work_dir_for(out)
    t0 = time.perf_counter()
    embedded = []
    vectors = embed_resumable(encoder, corpus.texts, work, cfg.encoder.chunk_size,
                              key=job_key(encoder.model_id, corpus.fingerprint),
                              on_chunk=lambda i: embedded.append(i))
    embed_s = time.perf_counter() - t0
    index = PromptIndex.build(corpus, vectors, identity, cfg.index)
    n_new = sum(min(cfg.encoder.chunk_size, len(corpus) - i * cfg.encoder.chunk_size) for i in embedded)
    index.meta["build"].update({
        "embed_seconds": round(embed_s, 3),
        "rows_embedded_this_run": n_new,
        "prompts_per_second": round(n_new / embed_s, 1) if n_new and embed_s > 0 else None,
    })
    with atomic_dir(out) as tmp:
        index.write_into(tmp)
        write_run_info(tmp, cfg, {"index": index.meta["factory"], "rows": len(corpus)})
    index.folder = out
    if not keep_embeddings:
        shutil.rmtree(work, ignore_errors=True)
    log.info("wrote %s: %d rows, %s, %s", out, len(corpus), index.meta["factory"], encoder.model_id)
    return index
