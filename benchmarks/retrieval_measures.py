"""Measurements of the retrieval room: generator and encoder throughput, index recall, latency and size, and the
quality of the default corpus (duplicates, near-duplicates, a readable sample).

Owns the measuring functions that benchmarks/retrieval_bench.py runs; every function returns plain JSON-able dicts.
Timings are wall-clock seconds on the current machine (`time.perf_counter`).
"""

from __future__ import annotations

import collections
import logging
import random
import re
import time
from typing import Sequence

import numpy as np

from softprism.retrieval.config import IndexConfig
from softprism.retrieval.corpus import Corpus
from softprism.retrieval.encoder import Encoder
from softprism.retrieval.index import PromptIndex, brute_force, recall_at_k

log = logging.getLogger(__name__)


def encode_throughput(encoder: Encoder, texts: Sequence[str]) -> dict:
    """Prompts embedded per second on `texts` (after one warm-up batch)."""
    encoder.encode(list(texts[:32]))
    t0 = time.perf_counter()
    encoder.encode(list(texts))
    s = time.perf_counter() - t0
    return {"prompts": len(texts), "seconds": round(s, 3), "prompts_per_second": round(len(texts) / s, 1)}


def _latency(index: PromptIndex, queries: np.ndarray, k: int, single: int = 100) -> dict:
    t0 = time.perf_counter()
    index.search(queries, k)
    batch_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for q in queries[:single]:
        index.search(q[None, :], k)
    one_s = time.perf_counter() - t0
    return {"ms_per_query_batched": round(1000 * batch_s / len(queries), 4), "batch": len(queries),
            "ms_per_query_single": round(1000 * one_s / min(single, len(queries)), 4)}


def index_report(corpus: Corpus, vectors: np.ndarray, queries: np.ndarray, identity: dict,
                 factories: Sequence[str], nprobes: Sequence[int] = (8, 16, 32, 64, 128), k: int = 10,
                 nprobe_default: int = 32) -> dict:
    """Exact `Flat` against each approximate factory: build time, size, recall@k and latency per nprobe.

    vectors: [n, dim] corpus embeddings; queries: [q, dim]. Recall is |approx top-k ∩ exact top-k| / k.
    """
    t0 = time.perf_counter()
    exact = PromptIndex.build(corpus, vectors, identity, IndexConfig(factory="Flat"))
    flat_build = time.perf_counter() - t0
    _, truth = exact.search(queries, k)
    out = {"n": len(corpus), "queries": len(queries), "k": k,
           "exact": {"factory": "Flat", "build_seconds": round(flat_build, 3), "size_bytes": exact.size_bytes(),
                     **_latency(exact, queries, k)}}
    _, bf = brute_force(vectors, queries[:50], k)
    out["exact"]["recall_vs_numpy_bruteforce"] = recall_at_k(truth[:50], bf)
    del exact
    out["approximate"] = []
    for factory in factories:
        t0 = time.perf_counter()
        idx = PromptIndex.build(corpus, vectors, identity, IndexConfig(factory=factory, nprobe=nprobe_default))
        build_s = time.perf_counter() - t0
        rep = {"factory": idx.meta["factory"], "build_seconds": round(build_s, 3), "size_bytes": idx.size_bytes(),
               "sweep": []}
        for nprobe in nprobes:
            idx.set_params(nprobe=nprobe)
            _, pos = idx.search(queries, k)
            rep["sweep"].append({"nprobe": nprobe, f"recall@{k}": round(recall_at_k(pos, truth), 4),
                                 **_latency(idx, queries, k, single=50)})
        rep["default_nprobe"] = nprobe_default
        out["approximate"].append(rep)
        log.info("%s: %s", rep["factory"], rep["sweep"])
        del idx
    return out


def near_duplicates(corpus: Corpus, vectors: np.ndarray, threshold: float = 0.98, k: int = 20) -> dict:
    """Exact duplicates and pairs with cosine >= threshold (exact Flat self-search, top-k neighbours per row).

    A row with k-1 neighbours above the threshold may have more; `rows_saturated` counts them.
    """
    exact_dups = len(corpus) - len(set(corpus.texts))
    casefold_dups = len(corpus) - len({t.casefold() for t in corpus.texts})
    index = PromptIndex.build(corpus, vectors, {"dim": vectors.shape[1], "model_id": "bench"},
                              IndexConfig(factory="Flat"))
    t0 = time.perf_counter()
    scores, pos = index.search(vectors, k, batch=2048)
    pairs: set[tuple[int, int]] = set()
    saturated = 0
    for i, (s_row, p_row) in enumerate(zip(scores, pos)):
        close = [int(j) for s, j in zip(s_row, p_row) if j != i and j >= 0 and s >= threshold]
        if len(close) >= k - 1:
            saturated += 1
        pairs.update((min(i, j), max(i, j)) for j in close)
    rows_with = len({i for p in pairs for i in p})
    examples = [[corpus.texts[a], corpus.texts[b]] for a, b in sorted(pairs)[:5]]
    return {"rows": len(corpus), "exact_duplicates": exact_dups, "casefold_duplicates": casefold_dups,
            "threshold": threshold, "pairs_at_or_above": len(pairs), "rows_in_such_pairs": rows_with,
            "rows_saturated": saturated, "self_search_seconds": round(time.perf_counter() - t0, 1),
            "examples": examples}


def corpus_stats(corpus: Corpus) -> dict:
    """Template and family counts, split sizes and text lengths."""
    fams = collections.Counter(t.split(".")[0] for t in corpus.templates)
    words = np.array([len(t.split()) for t in corpus.texts])
    return {**corpus.summary(), "templates": len(set(corpus.templates)),
            "base_templates": len({t.split("+")[0] for t in corpus.templates}), "families": dict(fams.most_common()),
            "words_mean": round(float(words.mean()), 1), "words_p5_p50_p95": np.percentile(words, [5, 50, 95]).tolist()}


def sample_rows(corpus: Corpus, n: int = 50, seed: int = 0) -> list[dict]:
    """A reproducible random sample of rows (text, template, split)."""
    picks = sorted(random.Random(seed).sample(range(len(corpus)), min(n, len(corpus))))
    return [{"position": i, "text": corpus.texts[i], "template": corpus.templates[i], "split": corpus.splits[i]}
            for i in picks]


# ---------------------------------------------------------------------------------------------------------------
# Coverage of real instruction corpora
# ---------------------------------------------------------------------------------------------------------------


def yardstick_prompts(folder, per_corpus: int = 400, seed: int = 0, placeholders: str = "keep") -> dict[str, list[str]]:
    """`per_corpus` random prompts of each `*.jsonl` corpus in `folder` (normalised, deduplicated; a fixed sample).

    placeholders: `keep` the template slots (`{premise}`) as written, or `strip` them (`retrieval.corpus`'s rule).
    Returns {corpus name: [texts]}; empty when the folder is absent (the benchmark then skips).
    """
    from pathlib import Path

    from softprism.retrieval.config import CorpusConfig
    from softprism.retrieval.corpus import load_corpus

    folder = Path(folder)
    if not folder.is_dir():
        return {}
    out = {}
    for path in sorted(folder.glob("*.jsonl")):
        c = load_corpus(CorpusConfig(source=str(path), placeholders=placeholders))
        picks = sorted(random.Random(seed).sample(range(len(c)), min(per_corpus, len(c))))
        out[path.stem] = [c.texts[i] for i in picks]
    return out


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_WORDS = re.compile(r"\w+")


def _sentences(text: str, min_words: int):
    """Sentences of `text` with at least `min_words` words, as lower-case word strings (punctuation dropped)."""
    for s in _SENTENCE_END.split(text):
        w = _WORDS.findall(s.lower())
        if len(w) >= min_words:
            yield " ".join(w)


def copied_sentences(folder, generated: Sequence[str], templates: Sequence[str], min_words: int = 12,
                     show: int = 40) -> dict:
    """Sentences of the generated prompts that are word-for-word a sentence of a real corpus in `folder`.

    The generator must not copy from the yardstick. Compares every sentence of at least `min_words` words
    (lower case, punctuation ignored) with every such sentence of every prompt in the real corpora (all rows, not
    only the sample). Stock openings ("In this task, you are given a list of integers and an integer k.") show up
    here too; the list says which family produced each, so a copied sentence can be found and rewritten.
    Returns {"min_words", "real_sentences", "matches" (distinct sentences), "examples": [{sentence, template, corpus}]}.
    """
    from pathlib import Path

    from softprism.retrieval.config import CorpusConfig
    from softprism.retrieval.corpus import load_corpus

    real: dict[str, str] = {}
    for path in sorted(Path(folder).glob("*.jsonl")):
        for t in load_corpus(CorpusConfig(source=str(path))).texts:
            for s in _sentences(t, min_words):
                real.setdefault(s, path.stem)
    hits: dict[str, dict] = {}
    for text, tpl in zip(generated, templates):
        for s in _sentences(text, min_words):
            if s in real and s not in hits:
                hits[s] = {"sentence": s, "template": tpl, "corpus": real[s]}
    ex = sorted(hits.values(), key=lambda h: -len(h["sentence"].split()))
    return {"min_words": min_words, "real_sentences": len(real), "matches": len(hits), "examples": ex[:show]}


def tuning_prompts(folder, per_corpus: int, exclude: dict[str, list[str]], seed: int = 7) -> dict[str, list[str]]:
    """`per_corpus` random prompts of each corpus in `folder` that are NOT in `exclude` (the benchmark's sample).

    Used to see which generated families serve which real prompts without looking at the prompts the coverage
    figures are measured on. Returns {corpus name: [texts]}.
    """
    from pathlib import Path

    from softprism.retrieval.corpus import load_corpus

    out = {}
    for path in sorted(Path(folder).glob("*.jsonl")):
        skip = set(exclude.get(path.stem, ()))
        texts = [t for t in load_corpus(str(path)).texts if t not in skip]
        out[path.stem] = random.Random(seed).sample(texts, min(per_corpus, len(texts)))
    return out


def family_use(positions_by_corpus: dict[str, np.ndarray], templates: Sequence[str]) -> dict:
    """For each family: its rows, and how often it holds the nearest generated prompt, per corpus and in total.

    positions_by_corpus: {corpus: [q] positions from `nearest`}; templates: the generated rows' template ids.
    `ratio` = (hits + 1) / (expected + 1), expected = the family's share of rows times all hits: above 1 a family
    serves more real prompts than its share of the corpus would suggest.
    """
    fams = [t.split(".", 1)[0] for t in templates]
    rows: dict[str, int] = {}
    for f in fams:
        rows[f] = rows.get(f, 0) + 1
    hits: dict[str, dict[str, int]] = {f: {} for f in rows}
    for name, pos in positions_by_corpus.items():
        for p in pos:
            h = hits[fams[int(p)]]
            h[name] = h.get(name, 0) + 1
    total = sum(len(p) for p in positions_by_corpus.values())
    out = {}
    for f, n in sorted(rows.items()):
        k = sum(hits[f].values())
        expected = n / len(fams) * total
        out[f] = {"rows": n, "hits": k, "expected": round(expected, 2), "ratio": round((k + 1) / (expected + 1), 3),
                  "per_corpus": hits[f]}
    return out


def nearest(queries: np.ndarray, vectors: np.ndarray, batch: int = 256) -> tuple[np.ndarray, np.ndarray]:
    """Exact nearest row by cosine (unit rows). queries [q, d], vectors [n, d] -> (scores [q], positions [q])."""
    scores = np.empty(len(queries), np.float32)
    pos = np.empty(len(queries), np.int64)
    for lo in range(0, len(queries), batch):
        sims = queries[lo:lo + batch] @ vectors.T  # [b, n]
        j = sims.argmax(axis=1)
        pos[lo:lo + batch] = j
        scores[lo:lo + batch] = sims[np.arange(len(j)), j]
    return scores, pos


def real_reference(folder, sample: dict[str, list[str]], encoder, placeholders: str = "keep") -> dict:
    """How well the real corpora cover their own sampled prompts: a reference line for the coverage goal.

    For each corpus, each sampled prompt's nearest *other* real prompt (its own row excluded) among the same
    corpus (`same`), the other corpora (`others`) and all of them (`all`): median and shares, as `coverage_report`.
    A generated corpus that covers a corpus as well as its own other prompts do has reached what prompts "of that
    kind" can reach without near-copies of its members. `same_by_rows`: the same-corpus figure for nested random
    subsets of its rows (`_self_curve`), to see how it grows with size.
    sample: `yardstick_prompts`' {corpus: texts}; encoder: any `Encoder`.
    """
    from pathlib import Path

    from softprism.retrieval.config import CorpusConfig
    from softprism.retrieval.corpus import load_corpus

    full = {p.stem: list(load_corpus(CorpusConfig(source=str(p), placeholders=placeholders)).texts)
            for p in sorted(Path(folder).glob("*.jsonl"))}
    vecs = {name: np.asarray(encoder.encode(texts), np.float32) for name, texts in full.items()}
    out = {}
    for name, queries in sample.items():
        q = np.asarray(encoder.encode(queries), np.float32)
        # similarities to every corpus, the sampled prompt's own row masked (a verbatim copy elsewhere counts)
        sims = {k: q @ v.T for k, v in vecs.items()}
        own = {t: i for i, t in enumerate(full[name])}
        for r, text in enumerate(queries):
            if text in own:
                sims[name][r, own[text]] = -np.inf
        row = {}
        for scope in ("same", "others", "all"):
            keys = [name] if scope == "same" else [k for k in full if k != name] if scope == "others" else list(full)
            rows = sum(len(full[k]) for k in keys)
            if rows <= (1 if name in keys else 0):
                continue  # nothing but the prompt itself
            best = np.max([sims[k].max(axis=1) for k in keys if len(full[k])], axis=0).astype(np.float64)
            row[scope] = {"rows": rows, "median": round(float(np.median(best)), 4),
                          "share_ge_0.7": round(float((best >= 0.7).mean()), 4),
                          "share_ge_0.5": round(float((best >= 0.5).mean()), 4)}
        row["same_by_rows"] = _self_curve(sims[name])
        out[name] = row
    return out


def _self_curve(sims: np.ndarray) -> dict:
    """Coverage of a corpus' sampled prompts by nested random subsets of its own other rows (128, 256, ... rows,
    then all; `random.Random(0)` order): how coverage grows with the number of prompts of that kind. sims [q, n]:
    the sampled prompts against the corpus' rows, each prompt's own row already at -inf. {rows: {median,
    share_ge_0.7}}."""
    n = sims.shape[1]
    rank = np.empty(n, np.int64)
    rank[np.array(random.Random(0).sample(range(n), n), np.int64)] = np.arange(n)  # a row's place in the order
    out = {}
    for m in [m for m in (2 ** e for e in range(7, 30)) if m < n] + [n]:
        best = np.where(rank[None, :] < m, sims, -np.inf).max(axis=1)
        out[str(m)] = {"median": round(float(np.median(best)), 4), "share_ge_0.7": round(float((best >= 0.7).mean()), 4)}
    return out


def coverage_report(scores: np.ndarray, positions: np.ndarray, queries: Sequence[str], texts: Sequence[str],
                    templates: Sequence[str] | None = None, worst: int = 20) -> dict:
    """Distribution of the nearest generated prompt's cosine for one real corpus, and its worst-covered prompts.

    scores, positions: [q] from `nearest`; queries: the q real prompts; texts/templates: the generated rows.
    """
    s = np.asarray(scores, np.float64)
    order = np.argsort(s)[:worst]
    return {"prompts": len(s), "median": round(float(np.median(s)), 4), "mean": round(float(s.mean()), 4),
            "p10_p25_p75_p90": [round(float(v), 4) for v in np.percentile(s, [10, 25, 75, 90])],
            "share_ge_0.7": round(float((s >= 0.7).mean()), 4), "share_ge_0.5": round(float((s >= 0.5).mean()), 4),
            "worst": [{"cosine": round(float(s[i]), 4), "prompt": queries[i][:300],
                       "nearest": texts[int(positions[i])],
                       **({"template": templates[int(positions[i])]} if templates else {})} for i in order]}
