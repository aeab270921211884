"""Exact signature mixtures on the fly: the oracle's bulk training data (docs/DESIGN.md §1b).

A PoE of prompts with weights w acts exactly like the final state sum_i w_i h_i, so its signature is

    s = sum_i w_i s_i + (sum_i w_i - 1) a0          (poe/signatures.py; a0 = the index's intercept)

With a signature index's rows computed once, a training mixture costs one small matrix product.

    stream = SignatureStream(index, "train", mixture_cfg, residual=(0, 0.3), seed=0)
    s = stream.sample(i)          # pure function of (seed, split, i): resume replays it exactly
    s.positions, s.weights, s.signature, s.hard

Sample i of a stream:
- its seed is `synth.mixtures.example_seed(base, i)` with `base` a hash of (seed, split), so the train and the
  held-out streams never share a draw, and sample i never depends on samples before it;
- a `hard` sample (probability `hard_fraction`): one row of the split, weight 1, its exact signature; the batch
  then carries its prompt features (its token embeddings, or LM activations over them);
- otherwise a mixture drawn by `synth.mixtures.sample_mixture` over the split's rows (k uniform in k_min..k_max,
  signed weights, normalised as synth normalises them), its exact signature, plus a residual of norm u * ||s||
  with u ~ U[residual] (the distillation floor's stand-in; see `DataConfig.residual`): a Gaussian whose energy is
  `residual_rows` shaped like the split's signatures (their centred covariance) and the rest isotropic
  (`DataConfig.residual_rows`, calibrated by oracle/calibrate.py on distilled soft prompts).

The `train` stream draws only rows of the index's train split, the `heldout` stream only held-out rows, so the two
never share a prompt (the corpus splits by a stable hash of the text).

Targets: the components' unit sentence embeddings (`vectors` [N, D], one per index row, computed once with
`retrieval.encoder.Encoder` and cached under `$SOFTPRISM_CACHE/oracle/`) and their weights.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from softprism.poe.errors import InputError
from softprism.poe.signatures import mixture_signature
from softprism.synth.config import MixtureConfig
from softprism.synth.mixtures import example_seed, sample_mixture

log = logging.getLogger(__name__)

SPLITS = ("train", "heldout")


@dataclass
class Sample:
    """One stream sample: index row `positions` [k], `weights` [k], `signature` [r] float32, `hard` (a single hard
    prompt whose prompt features the batch carries)."""

    positions: list[int]
    weights: list[float]
    signature: torch.Tensor
    hard: bool


class _Rows:
    """The minimal pool `sample_mixture` needs: candidates are index positions, texts come from the corpus."""

    def __init__(self, texts: list[str]):
        self.texts = texts

    def text(self, i: int) -> str:
        return self.texts[int(i)]


def row_shape(S: torch.Tensor) -> torch.Tensor:
    """A matrix B [r, q] with B B^T the centred covariance of the rows of S [n, r] (up to scale): B z, z standard
    normal, is a Gaussian shaped like the rows' spread."""
    X = S.float() - S.float().mean(0, keepdim=True)
    _, sv, Vh = torch.linalg.svd(X, full_matrices=False)
    return (Vh.T * sv[None, :]).contiguous()


def stream_base(seed: int, split: str) -> int:
    """The base seed of a stream: a hash of (seed, split)."""
    return int.from_bytes(hashlib.sha256(f"oracle-signatures:{seed}:{split}".encode()).digest()[:6], "big")


class SignatureStream:
    """Deterministic samples over one split of a `retrieval.signatures.SignatureIndex` (see the module docstring)."""

    def __init__(self, index, split: str, mixture: MixtureConfig, residual: tuple[float, float] = (0.0, 0.0),
                 seed: int = 0, hard_fraction: float = 0.0, residual_rows: float = 0.0):
        if split not in SPLITS:
            raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
        self.index, self.split, self.mixture = index, split, mixture
        self.residual, self.seed, self.hard_fraction = (float(residual[0]), float(residual[1])), seed, hard_fraction
        self.rows = [int(p) for p in index.corpus.positions(split)]
        where = getattr(index, "folder", None) or "the signature index"
        if not self.rows:
            raise InputError(f"{where}: no {split}-split rows; build the index on more corpus rows")
        if mixture.k_max > len(self.rows):
            raise InputError(f"{where}: data.mixture.k_max={mixture.k_max} exceeds its {len(self.rows)} {split}-split "
                             "rows; lower k_max or build the index on more rows")
        self.base = stream_base(seed, split)
        self._pool = _Rows(index.corpus.texts)
        if not 0.0 <= residual_rows <= 1.0:
            raise ValueError(f"residual_rows must be in [0, 1], got {residual_rows}")
        self.residual_rows = float(residual_rows)
        self._shape = row_shape(index.signatures[self.rows]) if self.residual_rows > 0 and self.residual[1] > 0 else None

    def sample(self, i: int) -> Sample:
        """Sample i (a pure function of (seed, split, i))."""
        s = example_seed(self.base, int(i))
        rng = np.random.default_rng([s, 1])
        S, a0 = self.index.signatures, self.index.intercept
        if self.hard_fraction and rng.random() < self.hard_fraction:
            p = self.rows[int(rng.integers(len(self.rows)))]
            return Sample([p], [1.0], S[p].clone(), True)
        mix = sample_mixture(self._pool, self.rows, self.mixture, s)
        pos = [int(p) for p in mix.ids]
        sig = mixture_signature(S[pos], torch.tensor(mix.weights, dtype=torch.float32), a0)  # [r]: exact
        lo, hi = self.residual
        if hi > 0:
            u = rng.uniform(lo, hi)
            noise = torch.from_numpy(rng.standard_normal(sig.shape[0])).float()
            noise = noise / max(float(noise.norm()), 1e-12)
            if self._shape is not None:
                shaped = self._shape @ torch.from_numpy(rng.standard_normal(self._shape.shape[1])).float()
                shaped = shaped / max(float(shaped.norm()), 1e-12)
                noise = (self.residual_rows ** 0.5) * shaped + ((1.0 - self.residual_rows) ** 0.5) * noise
            sig = sig + noise * (u * float(sig.norm()) / max(float(noise.norm()), 1e-12))
        return Sample(pos, list(mix.weights), sig, False)

    def samples(self, idx) -> list[Sample]:
        return [self.sample(int(i)) for i in idx]


def target_vectors(index, encoder, cache: bool = True) -> np.ndarray:
    """Unit sentence embeddings [N, D] float32 of every row of `index`, cached under `$SOFTPRISM_CACHE/oracle/`
    (keyed by the corpus fingerprint, row count and encoder identity)."""
    from softprism.poe.lm import cache_root

    key = hashlib.sha256(repr((index.meta["corpus"]["fingerprint"], len(index), encoder.model_id,
                               encoder.dim)).encode()).hexdigest()[:20]
    path = Path(cache_root()) / "oracle" / f"targets-{key}.npy"
    if cache and path.is_file():
        try:
            v = np.load(path)
            if v.shape == (len(index), encoder.dim):
                return v
        except (OSError, ValueError):
            log.warning("ignoring unreadable target cache %s", path)
    v = np.asarray(encoder.encode(list(index.corpus.texts)), np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True).clip(min=1e-12)
    if cache:
        import os

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.tmp{os.getpid()}.npy")
            np.save(tmp, v)
            os.replace(tmp, path)
        except OSError as e:
            log.warning("cannot cache target embeddings at %s (%s)", path, e)
    return v


def signature_scale(index, train_rows: list[int]) -> float:
    """The median signature norm of the train rows / sqrt(r): the fixed scale the network divides signatures by
    (coordinates of a typical signature then have about unit size)."""
    r = index.signatures.shape[1]
    return float(index.signatures[train_rows].norm(dim=1).median().clamp(min=1e-6)) / r ** 0.5


def fit_readout(index, train_rows: list[int], vectors: np.ndarray, ridge: float = 0.1) -> tuple[torch.Tensor, torch.Tensor]:
    """The closed-form linear readout signatures -> sentence space on the train rows: (A [r, D], mu [r]) minimising
    ||(S - mu) A - V||^2 + ridge * mean_eig((S - mu)^T (S - mu)) ||A||^2 (float64 solve). ridge 0.1 was the best of
    1e-2..1e2 on the embedded model's first 1,152 rows (held-out single prompts: mean cosine 0.545, rank 1 of 1,152
    for every one; docs/oracle.md)."""
    S = index.signatures[train_rows].double()
    V = torch.from_numpy(np.asarray(vectors[train_rows], np.float64))
    mu = S.mean(0)
    X = S - mu
    G = X.T @ X
    lam = ridge * float(torch.trace(G)) / G.shape[0]
    A = torch.linalg.solve(G + lam * torch.eye(G.shape[0], dtype=G.dtype), X.T @ V)
    return A.float(), mu.float()
