"""Candidate recall: do the oracle's slots, looked up in a FAISS index, bring back the true components?

Owns: the candidate dictionary rule and the recall numbers that training's held-out evaluation and
`oracle/evaluate.py` report.

Dictionary rule (`candidate_dictionary`): each slot's FAISS hits, taken round-robin by rank over the slots in
order of presence probability (rank 0 of every slot, then rank 1, ...), skipping repeats, until `size` prompts.

Recall is pooled over all ground-truth components of the examples:
- exact:    the component's (normalised) text is one of the dictionary's prompts (the synthetic sets draw their
            components from the indexed corpus, so this is the exact-id match);
- semantic: exact, or the dictionary holds a prompt whose encoder cosine to the component is >= `threshold`.
            Such prompts are looked for among the component's `semantic_k` nearest index rows (an undercount only
            when more than `semantic_k` rows are that close).
"""

from __future__ import annotations

import numpy as np

from softprism.retrieval.corpus import Corpus, normalise


def candidate_dictionary(presence: np.ndarray, hits: np.ndarray, size: int) -> list[int]:
    """presence [K] (probabilities), hits [K, m] index positions (-1 = none) -> up to `size` distinct positions."""
    order = np.argsort(-presence, kind="stable")
    out: list[int] = []
    seen: set[int] = set()
    for r in range(hits.shape[1]):
        for k in order:
            p = int(hits[k, r])
            if p >= 0 and p not in seen:
                seen.add(p)
                out.append(p)
                if len(out) >= size:
                    return out
    return out


def memory_index(texts: list[str], encoder, vectors: np.ndarray | None = None):
    """An exact (`Flat`) FAISS `PromptIndex` over `texts` (deduplicated), in memory; `vectors` [len(texts), D]:
    their embeddings when already computed."""
    from softprism.retrieval.config import IndexConfig
    from softprism.retrieval.index import PromptIndex

    corpus = Corpus.from_texts(texts, "oracle-data", heldout_fraction=0.0, name="oracle-data-components")
    if vectors is not None:
        first: dict[str, int] = {}
        for i, t in enumerate(texts):
            first.setdefault(t, i)
        try:
            vecs = np.asarray(vectors, np.float32)[[first[t] for t in corpus.texts]]
        except KeyError:  # the corpus normalised a text: encode instead
            vecs = encoder.encode(corpus.texts)
    else:
        vecs = encoder.encode(corpus.texts)
    return PromptIndex.build(corpus, vecs, encoder.identity(), IndexConfig(factory="Flat"))


class RecallScorer:
    """Recall of candidate dictionaries against one index (the text -> position map is built once)."""

    def __init__(self, index, sizes: list[int], threshold: float = 0.8, semantic_k: int = 1024):
        self.index, self.sizes, self.threshold = index, sorted(sizes), threshold
        self.semantic_k = min(semantic_k, len(index))
        self.pos_of: dict[str, int] = {}
        for i, t in enumerate(index.corpus.texts):
            self.pos_of.setdefault(normalise(t).casefold(), i)

    def dictionaries(self, queries: np.ndarray, presence: np.ndarray) -> dict[int, list[list[int]]]:
        """queries [B, K, D], presence [B, K] -> {size: B lists of index positions}."""
        B, K, D = queries.shape
        m = min(max(self.sizes), len(self.index))
        _, hits = self.index.search(queries.reshape(B * K, D), m)
        hits = hits.reshape(B, K, m)
        return {s: [candidate_dictionary(presence[b], hits[b], s) for b in range(B)] for s in self.sizes}

    def score(self, dicts: dict[int, list[list[int]]], texts: list[list[str]], tvecs: np.ndarray,
              tmask: np.ndarray, weights: list[list[float]] | None = None) -> dict[str, float]:
        """Recall numbers for dictionaries `dicts` (from `dictionaries` or any other rule) against ground truth:
        texts [B][n_b], tvecs [B, T, D] component embeddings, tmask [B, T] (real components first). With the
        components' `weights` [B][n_b], also semantic recall weighted by |w| (`recall_semantic_wtd@s`: the share of
        the mixtures' weight found) and over positive and negative components apart (`..._pos@s`, `..._neg@s`)."""
        B = len(texts)
        flat = [(b, j) for b in range(B) for j in range(len(texts[b]))]
        out: dict[str, float] = {"n_components": float(len(flat))}
        if not flat:
            return out
        exact_pos = [self.pos_of.get(normalise(texts[b][j]).casefold(), -1) for b, j in flat]
        vecs = np.stack([tvecs[b, j] for b, j in flat]).astype(np.float32)
        scores, near = self.index.search(vecs, self.semantic_k)
        close = [set(p[(s >= self.threshold) & (p >= 0)].tolist()) for s, p in zip(scores, near)]
        out["exact_in_index"] = float(np.mean([p >= 0 for p in exact_pos]))
        if weights is not None:
            w = np.array([weights[b][j] for b, j in flat], np.float64)
            out["n_negative"] = float((w < 0).sum())
        for s in self.sizes:
            sets = [set(d) for d in dicts[s]]
            ex = [p >= 0 and p in sets[b] for (b, _), p in zip(flat, exact_pos)]
            sem = [e or bool(c & sets[b]) for (b, _), e, c in zip(flat, ex, close)]
            out[f"recall_exact@{s}"] = float(np.mean(ex))
            out[f"recall_semantic@{s}"] = float(np.mean(sem))
            out[f"dict_size@{s}"] = float(np.mean([len(d) for d in dicts[s]]))
            if weights is not None:
                hit = np.array(sem, bool)
                out[f"recall_semantic_wtd@{s}"] = float((np.abs(w) * hit).sum() / max(np.abs(w).sum(), 1e-12))
                for sign, sel in (("pos", w > 0), ("neg", w < 0)):
                    if sel.any():
                        out[f"recall_semantic_{sign}@{s}"] = float(hit[sel].mean())
        return out
