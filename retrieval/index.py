"""The FAISS index of a hard-prompt corpus, its folder on disk and its JSON sidecar.

Owns: the size rule that picks the index type, training and filling the index (on GPU FAISS when present),
batched vector search, and the index folder:

    DIR/index.faiss   the FAISS index (cosine = inner product of L2-normalised vectors)
    DIR/index.json    the sidecar: encoder identity, dim, metric, factory, search parameters, corpus fingerprint
    DIR/rows.jsonl    the corpus rows in index order (id, text, source, template, split)

Contract:
    PromptIndex.build(corpus, vectors [n, dim], encoder_identity, cfg) -> PromptIndex
    PromptIndex.load(dir, corpus=None, encoder=None) -> PromptIndex   # refuses a mismatched corpus or encoder
    index.search(queries [q, dim], k) -> (scores [q, k] float32, positions [q, k] int64; -1 where no hit)
    index.texts(positions) / index.ids(positions) / index.rows(positions)   # same shape as positions (lists)

Size rule (`factory: auto`): fewer than `flat_threshold` rows -> `Flat` (exact). Otherwise
`IVF{nlist}_HNSW32,SQ8`: an inverted file whose coarse quantizer is an HNSW graph, with 8-bit scalar-quantised
vectors (4x smaller than Flat); nlist = a power of two near 2*sqrt(rows). Any factory string overrides the rule.
"""

from __future__ import annotations

import json
import logging
import math
import time
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from softprism.poe.errors import InputError
from softprism.retrieval.config import IndexConfig
from softprism.retrieval.corpus import Corpus, Row

log = logging.getLogger(__name__)

FORMAT = "softprism-retrieval-index/1"
INDEX_FILE, SIDECAR_FILE, ROWS_FILE = "index.faiss", "index.json", "rows.jsonl"
CANARY_MIN_COSINE = 0.99


def _faiss():
    logging.getLogger("faiss.loader").setLevel(logging.WARNING)  # its INFO lines list every SIMD build it tries
    import faiss

    return faiss


def rule_nlist(n: int) -> int:
    """A power of two near 2*sqrt(n), at least 64 and never more than n/39 (FAISS wants ~39 points per list)."""
    target = max(64, 2 * math.sqrt(max(n, 1)))
    nlist = 2 ** round(math.log2(target))
    while nlist > 64 and nlist * 39 > n:
        nlist //= 2
    return nlist


def choose_factory(n: int, cfg: IndexConfig, gpu: bool = False) -> str:
    """The FAISS factory string for `n` rows under `cfg` (`{nlist}` filled in). On GPU the rule uses a flat coarse
    quantizer (`IVF{nlist},SQ8`), since GPU FAISS has no HNSW quantizer."""
    nlist = cfg.nlist or rule_nlist(n)
    if cfg.factory == "auto":
        large = "IVF{nlist},SQ8" if gpu else "IVF{nlist}_HNSW32,SQ8"
        factory = "Flat" if n < max(cfg.flat_threshold, 1) else large
    else:
        factory = cfg.factory
    return factory.replace("{nlist}", str(nlist))


def gpu_available() -> bool:
    """True when the installed FAISS has GPU support and sees a GPU."""
    faiss = _faiss()
    return hasattr(faiss, "StandardGpuResources") and faiss.get_num_gpus() > 0


def _use_gpu(cfg: IndexConfig) -> bool:
    if cfg.gpu == "never":
        return False
    ok = gpu_available()
    if cfg.gpu == "always" and not ok:
        raise InputError("index.gpu=always but FAISS has no GPU support or sees no GPU; on a GPU machine replace "
                         "faiss-cpu by a GPU build (pip uninstall -y faiss-cpu && pip install faiss-gpu-cu12; "
                         "docs/GPU.md) or set index.gpu=auto")
    return ok


def set_search_params(index: Any, nprobe: int, ef_search: int) -> None:
    """Set nprobe (IVF) and efSearch (HNSW, or an IVF's HNSW coarse quantizer) where the index has them."""
    faiss = _faiss()
    ivf = faiss.try_extract_index_ivf(index)
    if ivf is not None:
        ivf.nprobe = nprobe
        q = faiss.downcast_index(ivf.quantizer)
        if isinstance(q, faiss.IndexHNSW):
            q.hnsw.efSearch = max(ef_search, nprobe)
        return
    inner = faiss.downcast_index(index)
    if isinstance(inner, faiss.IndexHNSW):
        inner.hnsw.efSearch = ef_search


def _check_vectors(vectors: np.ndarray, dim: int, what: str) -> np.ndarray:
    v = np.asarray(vectors, dtype=np.float32)
    if v.ndim == 1:
        v = v[None, :]
    if v.ndim != 2 or v.shape[1] != dim:
        raise InputError(f"{what}: expected vectors of shape [n, {dim}], got {list(np.shape(vectors))}; "
                         "use the encoder this index was built with")
    if not np.isfinite(v).all():
        raise InputError(f"{what}: vectors contain NaN or inf")
    return np.ascontiguousarray(v)


class PromptIndex:
    """A FAISS index over a corpus, row i of the index being row i of `corpus`.

    Build with `PromptIndex.build` and write with `save`, or `PromptIndex.load` a folder. `meta` is the sidecar.
    """

    def __init__(self, index: Any, corpus: Corpus, meta: dict, folder: Path | None = None) -> None:
        self.index = index
        self.corpus = corpus
        self.meta = meta
        self.folder = folder
        self._encoder = None
        self._gpu_index: Any = None  # the index on the GPU (or the CPU one when it cannot be moved), built on use
        params = meta.get("params", {})
        set_search_params(index, params.get("nprobe", 32), params.get("ef_search", 128))

    # ---- build / save / load ------------------------------------------------------------------------------
    @classmethod
    def build(cls, corpus: Corpus, vectors: np.ndarray, encoder_identity: dict,
              cfg: IndexConfig | None = None) -> "PromptIndex":
        """Train (when needed) and fill an index. vectors: [len(corpus), dim] float32, unit rows."""
        from tqdm.auto import tqdm

        faiss = _faiss()
        cfg = cfg or IndexConfig()
        n = len(corpus)
        if n == 0:
            raise InputError("cannot index an empty corpus; add rows to it")
        dim = int(encoder_identity["dim"])
        x = _check_vectors(vectors, dim, "corpus embeddings")
        if x.shape[0] != n:
            raise ValueError(f"{x.shape[0]} vectors for {n} corpus rows")
        want_gpu = _use_gpu(cfg)
        factory = choose_factory(n, cfg, gpu=want_gpu)
        t0 = time.perf_counter()
        try:
            index = faiss.index_factory(dim, factory, faiss.METRIC_INNER_PRODUCT)
        except RuntimeError as e:
            raise InputError(f"index.factory {factory!r} is not a valid FAISS factory string "
                             f"({str(e).strip().splitlines()[-1][:120]})") from None
        work = index
        gpu = False
        if want_gpu:
            try:
                res = faiss.StandardGpuResources()
                work = faiss.index_cpu_to_gpu(res, 0, index)
                gpu = True
            except Exception as e:  # some index types have no GPU version
                log.warning("GPU FAISS cannot hold %s (%s); building on CPU", factory, e)
                work = index
        if not work.is_trained:
            ivf = faiss.try_extract_index_ivf(index)
            per = ivf.nlist if ivf is not None else 256
            n_train = min(n, max(cfg.train_per_list * per, 10_000))
            sample = np.random.default_rng(cfg.seed).choice(n, n_train, replace=False) if n_train < n else None
            train_x = x if sample is None else x[np.sort(sample)]
            log.info("training %s on %d vectors", factory, len(train_x))
            if ivf is not None:
                ivf.cp.seed = cfg.seed
            work.train(train_x)
        step = 100_000
        for lo in tqdm(range(0, n, step), desc="add to index", unit="batch", disable=n <= step):
            work.add(x[lo:lo + step])
        if gpu:
            index = faiss.index_gpu_to_cpu(work)
        seconds = time.perf_counter() - t0
        meta = {
            "format": FORMAT,
            "encoder": encoder_identity,
            "dim": dim,
            "metric": "cosine (inner product of L2-normalised vectors)",
            "factory": factory,
            "params": {"nprobe": cfg.nprobe, "ef_search": cfg.ef_search},
            "rows": n,
            "corpus": corpus.summary(),
            "build": {"index_seconds": round(seconds, 3), "gpu": gpu, "faiss": faiss.__version__,
                      "created": time.strftime("%Y-%m-%dT%H:%M:%S%z")},
        }
        log.info("built %s over %d rows in %.1f s", factory, n, seconds)
        return cls(index, corpus, meta)

    def save(self, folder: Path) -> Path:
        """Write index.faiss, index.json and rows.jsonl into `folder` (all or nothing)."""
        from softprism.poe.runs import atomic_dir

        folder = Path(folder)
        with atomic_dir(folder) as tmp:
            self.write_into(tmp)
        self.folder = folder
        return folder

    def write_into(self, folder: Path) -> None:
        """Write the three index files into an existing folder (no atomicity; `save` wraps this)."""
        from softprism.poe.runs import write_json

        _faiss().write_index(self.index, str(Path(folder) / INDEX_FILE))
        self.corpus.write_jsonl(Path(folder) / ROWS_FILE)
        write_json(Path(folder) / SIDECAR_FILE, self.meta)

    @staticmethod
    def read_sidecar(folder: Path) -> dict:
        """The sidecar of an index folder, or `InputError` naming what is wrong with the folder."""
        folder = Path(folder)
        hint = "build one with `python retrieval/build.py --corpus default --out DIR`"
        if not folder.exists():
            raise InputError(f"{folder}: index folder not found; {hint}")
        if not folder.is_dir():
            raise InputError(f"{folder}: not a folder; pass the folder written by retrieval/build.py")
        side = folder / SIDECAR_FILE
        try:
            meta = json.loads(side.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(f"{folder}: not an index folder (no {SIDECAR_FILE}); {hint}") from None
        except PermissionError:
            raise InputError(f"{side}: permission denied; make the index folder readable") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise InputError(f"{side}: unreadable sidecar ({e.__class__.__name__}); rebuild the index") from None
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            raise InputError(f"{side}: not a softprism retrieval index (format {meta.get('format') if isinstance(meta, dict) else None!r}, "
                             f"expected {FORMAT!r}); rebuild the index")
        return meta

    @classmethod
    def load(cls, folder: str | Path, corpus: Corpus | None = None, encoder: Any | None = None,
             encoder_key: str | None = None) -> "PromptIndex":
        """Open an index folder. With `corpus` / `encoder`, refuse (InputError) when they are not the ones it was
        built from: corpus by fingerprint; encoder by model id, dim and canary vector (`encoder_key`: see
        `check_encoder`)."""
        faiss = _faiss()
        folder = Path(folder)
        meta = cls.read_sidecar(folder)
        if corpus is not None:
            check_corpus(meta, corpus, folder)
        if encoder is not None:
            check_encoder(meta, encoder, folder, encoder_key)
        try:
            index = faiss.read_index(str(folder / INDEX_FILE))
        except RuntimeError as e:
            msg = str(e).strip().splitlines()[-1][:100] if str(e).strip() else "unreadable"
            raise InputError(f"{folder / INDEX_FILE}: cannot read the FAISS index ({msg}); rebuild the index") from None
        rows_path = folder / ROWS_FILE
        if not rows_path.is_file():
            raise InputError(f"{folder}: {ROWS_FILE} is missing; rebuild the index")
        rows = corpus if corpus is not None else Corpus.read_jsonl(
            rows_path, name=meta["corpus"].get("name"), heldout_fraction=meta["corpus"].get("heldout_fraction", 0.1))
        if rows.fingerprint != meta["corpus"]["fingerprint"]:
            raise InputError(f"{rows_path}: rows do not match the sidecar's corpus fingerprint; rebuild the index")
        if index.ntotal != len(rows) or index.d != meta["dim"]:
            raise InputError(f"{folder}: index holds {index.ntotal} vectors of dim {index.d} but the sidecar says "
                             f"{len(rows)} rows of dim {meta['dim']}; rebuild the index")
        out = cls(index, rows, meta, folder)
        if encoder is not None:
            out._encoder = encoder
        return out

    # ---- queries -------------------------------------------------------------------------------------------
    @property
    def dim(self) -> int:
        return int(self.meta["dim"])

    def __len__(self) -> int:
        return len(self.corpus)

    @property
    def encoder(self):
        """The encoder recorded in the sidecar (loaded on first use)."""
        if self._encoder is None:
            from softprism.retrieval.encoder import Encoder

            self._encoder = Encoder(self.meta["encoder"]["name"])
            check_encoder(self.meta, self._encoder, self.folder or Path("<index>"))
        return self._encoder

    def set_params(self, nprobe: int | None = None, ef_search: int | None = None) -> None:
        """Change search parameters (recall/speed trade-off) for this session."""
        p = self.meta.setdefault("params", {})
        if nprobe is not None:
            p["nprobe"] = nprobe
        if ef_search is not None:
            p["ef_search"] = ef_search
        set_search_params(self.index, p.get("nprobe", 32), p.get("ef_search", 128))
        self._gpu_index = None

    def _searcher(self, gpu: str = "auto"):
        if gpu == "never" or not gpu_available():
            return self.index
        if self._gpu_index is None:
            faiss = _faiss()
            try:
                self._gpu_index = faiss.index_cpu_to_gpu(faiss.StandardGpuResources(), 0, self.index)
                p = self.meta.get("params", {})
                if hasattr(self._gpu_index, "nprobe"):
                    self._gpu_index.nprobe = p.get("nprobe", 32)
            except Exception as e:
                log.warning("searching on CPU: GPU FAISS cannot hold this index (%s)", e)
                self._gpu_index = self.index
        return self._gpu_index

    def search(self, vectors: np.ndarray, k: int = 10, batch: int = 4096,
               gpu: str = "auto") -> tuple[np.ndarray, np.ndarray]:
        """Nearest corpus rows by cosine.

        vectors: [q, dim] (or [dim]); rows are L2-normalised here, so any non-zero scale works.
        Returns scores [q, k] float32 (cosine, descending) and positions [q, k] int64 into `corpus`
        (-1 with score -inf where the index holds fewer than k reachable rows).
        """
        from softprism.retrieval.encoder import l2_normalise

        if k < 1:
            raise InputError(f"k must be >= 1, got {k}")
        q = l2_normalise(_check_vectors(vectors, self.dim, "query"))
        searcher = self._searcher(gpu)
        scores = np.empty((len(q), k), np.float32)
        pos = np.empty((len(q), k), np.int64)
        for lo in range(0, len(q), batch):
            s, p = searcher.search(q[lo:lo + batch], k)
            scores[lo:lo + batch], pos[lo:lo + batch] = s, p
        scores[pos < 0] = -np.inf
        return scores, pos

    def search_texts(self, texts: Sequence[str], k: int = 10) -> tuple[np.ndarray, np.ndarray]:
        """Encode `texts` with the index's encoder, then `search`. Returns scores, positions [len(texts), k]."""
        return self.search(self.encoder.encode(list(texts)), k)

    def _map(self, positions, column: list) -> Any:
        arr = np.asarray(positions)
        if arr.ndim == 0:
            return column[int(arr)] if arr >= 0 else None
        return [self._map(p, column) for p in arr]

    def texts(self, positions) -> Any:
        """Texts at `positions` (an int, or nested lists/arrays of ints; -1 gives None), same nesting."""
        return self._map(positions, self.corpus.texts)

    def ids(self, positions) -> Any:
        """Stable row ids at `positions`, same nesting as `texts`."""
        return self._map(positions, self.corpus.ids)

    def rows(self, positions) -> Any:
        """`Row` objects at `positions`, same nesting as `texts`."""
        arr = np.asarray(positions)
        if arr.ndim == 0:
            return self.corpus[int(arr)] if arr >= 0 else None
        return [self.rows(p) for p in arr]

    def size_bytes(self) -> int:
        """Size of the serialised FAISS index (without rows)."""
        return int(_faiss().serialize_index(self.index).size)


def check_corpus(meta: dict, corpus: Corpus, folder: Path) -> None:
    """InputError unless `corpus` is the corpus the index was built from (same fingerprint)."""
    want = meta.get("corpus", {})
    if corpus.fingerprint != want.get("fingerprint"):
        raise InputError(
            f"{folder}: index was built from corpus {want.get('name')!r} ({want.get('rows')} rows, fingerprint "
            f"{want.get('fingerprint')}), not from {corpus.name!r} ({len(corpus)} rows, fingerprint "
            f"{corpus.fingerprint}); rebuild it with `python retrieval/build.py` or load the matching corpus")


def check_encoder(meta: dict, encoder: Any, folder: Path, key: str | None = None) -> None:
    """InputError unless `encoder` matches the sidecar: model id, dim, and the canary vector (cosine >= 0.99).
    `key`: the calling command's config key that chooses the encoder (e.g. `retrieval.encoder`), offered as a fix;
    None when the command takes the encoder from elsewhere (an oracle), so only rebuilding the index is offered."""
    want = meta.get("encoder", {})
    if encoder.model_id != want.get("model_id") or encoder.dim != want.get("dim"):
        use = f"pass --set {key}={want.get('name')} to use the index's encoder, or " if key else ""
        raise InputError(
            f"{folder}: index was built with encoder {want.get('model_id')!r} (dim {want.get('dim')}), not "
            f"{encoder.model_id!r} (dim {encoder.dim}); {use}rebuild the index with this encoder "
            f"(python retrieval/build.py --set encoder.name={getattr(encoder, 'name', encoder.model_id)})")
    canary = want.get("canary")
    if canary:
        from softprism.retrieval.encoder import CANARY

        got = encoder.encode([CANARY])[0]
        ref = np.asarray(canary, np.float32)
        cos = float(got @ ref / max(np.linalg.norm(ref) * np.linalg.norm(got), 1e-12))
        if cos < CANARY_MIN_COSINE:
            raise InputError(f"{folder}: encoder {encoder.model_id!r} has the recorded name but different weights "
                             f"(canary cosine {cos:.3f}); rebuild the index with this encoder")


def brute_force(corpus_vectors: np.ndarray, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Exact cosine top-k in numpy (reference for tests and recall). Returns scores, positions [q, k]."""
    from softprism.retrieval.encoder import l2_normalise

    sims = l2_normalise(queries) @ l2_normalise(corpus_vectors).T  # [q, n]
    k = min(k, sims.shape[1])
    part = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    order = np.argsort(-np.take_along_axis(sims, part, axis=1), axis=1, kind="stable")
    pos = np.take_along_axis(part, order, axis=1)
    return np.take_along_axis(sims, pos, axis=1), pos


def recall_at_k(approx: np.ndarray, exact: np.ndarray) -> float:
    """Mean |approx_i ∩ exact_i| / k over queries. approx, exact: [q, k] positions."""
    k = exact.shape[1]
    hits = [len(set(a.tolist()) & set(e.tolist())) for a, e in zip(approx, exact)]
    return float(np.mean(hits) / k)


def row_dict(row: Row, score: float | None = None) -> dict:
    """A row as a JSON-able dict (for CLI output)."""
    d: dict[str, Any] = {"id": row.id, "text": row.text, "source": row.source, "template": row.template,
                         "split": row.split}
    if score is not None:
        d["score"] = round(float(score), 6)
    return d
