"""The mixture sampler: k components from the corpus' train split, with signed weights.

Owns: `sample_mixture(pool, cfg, seed)`, a pure function of its arguments (numpy's PCG64 seeded by `seed`), and
`example_seed(base, index)`, which makes example i of a run a pure function of (config, i). That is what makes
resume exact and lets processes split the work by shard without talking to each other.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from softprism.poe.errors import InputError

from softprism.synth.config import CorpusConfig, MixtureConfig
from softprism.synth.corpus import Pool


@dataclass
class Mixture:
    """Ground truth of one example: component `ids`, `texts` and `weights` (aligned, k each) and the `seed`. The ids
    are the candidates' own (corpus ids from a `Pool`; index positions from oracle/ and eval/ callers)."""

    ids: list[Any]
    texts: list[str]
    weights: list[float]
    seed: int


def example_seed(base: int, index: int) -> int:
    """A 63-bit seed for example `index` of a run with base seed `base` (stable across machines)."""
    return int.from_bytes(hashlib.sha256(f"synth:{base}:{index}".encode()).digest()[:8], "big") >> 1


def candidate_ids(pool: Pool, corpus: CorpusConfig, mixture: MixtureConfig) -> list[str]:
    """The ids mixtures may use (`corpus.split`, optionally restricted to `corpus.ids`); checks K_max against it."""
    split = getattr(corpus, "split", "train")
    train = pool.train_ids() if split == "train" else [i for i, s in zip(pool.ids, pool.splits) if s == split]
    if corpus.ids:
        train_set = set(train)
        for cid in corpus.ids:
            if cid not in pool:
                raise InputError(f"corpus.ids: unknown corpus id {cid!r} (not in {pool.source}); use ids from the corpus")
            if cid not in train_set:
                raise InputError(f"corpus.ids: {cid!r} is not in the {split} split (corpus.split); use ids from it")
        train = list(dict.fromkeys(corpus.ids))
    if mixture.k_max > len(train):
        raise InputError(
            f"mixture.k_max={mixture.k_max} is larger than the {len(train)} {split}-split prompts of corpus "
            f"{pool.source!r}; lower mixture.k_max or use a larger corpus"
        )
    return train


def _magnitudes(rng: np.random.Generator, dist: str, rng_range: tuple[float, float], n: int) -> np.ndarray:
    lo, hi = rng_range
    if dist == "uniform":
        return rng.uniform(lo, hi, size=n)
    return np.clip(lo * np.exp(hi * rng.standard_normal(n)), 0.05, 3.0)


class Texts(Protocol):
    """What `sample_mixture` reads of a pool: the text of a candidate (a `Pool` by corpus id, an index's rows by
    position)."""

    def text(self, cid: Any, /) -> str: ...


def sample_mixture(pool: Texts, candidates: Sequence[Any], cfg: MixtureConfig, seed: int) -> Mixture:
    """Draw k ~ U{k_min..k_max} distinct ids from `candidates` and their signed weights (first one positive),
    scaled so the positive ones sum to 1 when `cfg.normalize` is `positive` (the same draws either way)."""
    rng = np.random.default_rng(seed)
    k = int(rng.integers(cfg.k_min, cfg.k_max + 1))
    picks = rng.choice(len(candidates), size=k, replace=False)
    neg = rng.random(k) < cfg.neg_prob
    neg[0] = False
    pos_w = _magnitudes(rng, cfg.weight_dist, cfg.pos_range, k)
    neg_w = _magnitudes(rng, cfg.weight_dist, cfg.neg_range, k)
    weights = np.where(neg, -neg_w, pos_w)
    if cfg.normalize == "positive":
        weights = weights / weights[weights > 0].sum()  # the first weight is positive, so the sum is > 0
    ids = [candidates[int(p)] for p in picks]
    return Mixture(ids, [pool.text(i) for i in ids], [float(round(w, 6)) for w in weights], seed)
