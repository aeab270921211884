"""retrieval.index and retrieval.encoder: search equals brute force, sidecar checks, resumable embedding."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from softprism.poe.errors import InputError
from softprism.retrieval.config import IndexConfig, RetrievalConfig
from softprism.retrieval.corpus import Corpus, default_corpus, load_corpus
from softprism.retrieval.encoder import Encoder, embed_resumable
from softprism.retrieval.index import PromptIndex, brute_force, choose_factory, recall_at_k, rule_nlist

SHARED_CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "corpora"


@pytest.fixture(scope="module")
def small():
    corpus = default_corpus(600, seed=0)
    enc = Encoder("hash:64")
    return corpus, enc, enc.encode(corpus.texts)


def test_hash_encoder_unit_and_deterministic(small):
    corpus, enc, vecs = small
    assert vecs.shape == (600, 64) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1, atol=1e-5)
    assert np.array_equal(Encoder("hash:64").encode(corpus.texts[:5]), vecs[:5])


@pytest.mark.parametrize("factory,nprobe", [("Flat", 1), ("IVF16,Flat", 16), ("HNSW32", 1)])
def test_search_equals_brute_force(small, factory, nprobe):
    corpus, enc, vecs = small
    cfg = IndexConfig(factory=factory, nprobe=nprobe, ef_search=512)
    index = PromptIndex.build(corpus, vecs, enc.identity(), cfg)
    queries = enc.encode(["translate a recipe into German", "classify tweets by sentiment", "you are a pirate"])
    queries = np.concatenate([queries, vecs[:20] * 3.0])  # scale does not matter: cosine
    scores, pos = index.search(queries, 10)
    ref_s, ref_p = brute_force(vecs, queries, 10)
    assert scores.shape == pos.shape == (23, 10)
    np.testing.assert_allclose(scores, ref_s, atol=1e-5)
    if factory == "HNSW32":
        assert recall_at_k(pos, ref_p) > 0.98
    else:
        # ties may swap places; compare the sets where scores tie, the order elsewhere
        assert recall_at_k(pos, ref_p) > 0.99
        assert (pos[:, 0] == ref_p[:, 0]).mean() > 0.95
    assert (pos[3:, 0] == np.arange(20)).all()  # each corpus vector finds itself first


def test_k_larger_than_corpus_pads(small):
    corpus, enc, vecs = small
    c = Corpus.from_texts(corpus.texts[:3])
    index = PromptIndex.build(c, vecs[:3], enc.identity())
    s, p = index.search(vecs[:2], 5)
    assert (p[:, 3:] == -1).all() and np.isneginf(s[:, 3:]).all()
    assert index.texts(p)[0][3] is None and index.texts(p[0, 0]) == c.texts[0]


def test_factory_rule():
    cfg = IndexConfig()
    assert choose_factory(1000, cfg) == "Flat"
    assert choose_factory(1_000_000, cfg) == "IVF2048_HNSW32,SQ8"
    assert choose_factory(300_000, IndexConfig(factory="IVF{nlist},PQ16")) == f"IVF{rule_nlist(300_000)},PQ16"
    assert rule_nlist(100_000) == 512 and rule_nlist(500) == 64


def test_save_load_roundtrip_and_mismatches(tmp_path, small):
    corpus, enc, vecs = small
    index = PromptIndex.build(corpus, vecs, enc.identity())
    index.save(tmp_path / "idx")
    loaded = PromptIndex.load(tmp_path / "idx", corpus=corpus, encoder=enc)
    q = enc.encode(["summarise a news article"])
    assert np.array_equal(loaded.search(q, 5)[1], index.search(q, 5)[1])
    again = PromptIndex.load(tmp_path / "idx")
    assert again.corpus.ids == corpus.ids and again.corpus.splits == corpus.splits
    assert again.search_texts(["summarise a news article"], 5)[1].tolist() == index.search(q, 5)[1].tolist()

    other = Corpus.from_texts(corpus.texts[:-1])
    with pytest.raises(InputError, match="built from corpus"):
        PromptIndex.load(tmp_path / "idx", corpus=other)
    with pytest.raises(InputError, match="built with encoder 'hash:64'"):
        PromptIndex.load(tmp_path / "idx", encoder=Encoder("hash:32"))

    class Impostor:  # same name and dim, different weights
        model_id, dim, name = "hash:64", 64, "hash:64"

        def encode(self, texts):
            return np.ones((len(texts), 64), np.float32) / 8

    with pytest.raises(InputError, match="different weights"):
        PromptIndex.load(tmp_path / "idx", encoder=Impostor())
    with pytest.raises(InputError, match=r"shape \[n, 64\]"):
        loaded.search(np.zeros((2, 32), np.float32), 3)


def test_unreadable_index_folders(tmp_path, small):
    corpus, enc, vecs = small
    with pytest.raises(InputError, match="index folder not found"):
        PromptIndex.load(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no index.json"):
        PromptIndex.load(tmp_path / "empty")
    d = PromptIndex.build(corpus, vecs, enc.identity()).save(tmp_path / "idx")
    (d / "index.faiss").write_bytes(b"garbage")
    with pytest.raises(InputError, match="cannot read the FAISS index"):
        PromptIndex.load(d)
    (d / "index.json").write_text("{not json")
    with pytest.raises(InputError, match="unreadable sidecar"):
        PromptIndex.load(d)


def test_killed_embedding_resumes(tmp_path, small):
    corpus, _, _ = small

    class Counting(Encoder):
        def __init__(self):
            super().__init__("hash:64")
            self.calls = 0

        def encode(self, texts, progress=False):
            self.calls += 1
            return super().encode(texts)

    full = Encoder("hash:64").encode(corpus.texts)

    def die_after_2(i):
        if i == 2:
            raise KeyboardInterrupt  # the job is killed after writing chunk 2

    enc = Counting()
    with pytest.raises(KeyboardInterrupt):
        embed_resumable(enc, corpus.texts, tmp_path / "work", chunk_size=100, key="job", on_chunk=die_after_2)
    assert enc.calls == 3 and len(list((tmp_path / "work").glob("chunk_*.npy"))) == 3
    enc2 = Counting()
    out = embed_resumable(enc2, corpus.texts, tmp_path / "work", chunk_size=100, key="job")
    assert enc2.calls == 3  # only the 3 missing chunks of 6
    np.testing.assert_array_equal(out, full)
    enc3 = Counting()
    embed_resumable(enc3, corpus.texts, tmp_path / "work", chunk_size=100, key="another job")
    assert enc3.calls == 6  # another job's chunks are not reused


def test_real_minilm_encoder(tmp_path):
    enc = Encoder("default")
    assert enc.dim == 384 and enc.model_id.endswith("all-MiniLM-L6-v2")
    texts = ["Translate the email into French.", "Render this message in French.",
             "Write a haiku about the sea.", "Classify the review as positive or negative."]
    v = enc.encode(texts)
    assert v.shape == (4, 384) and np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2]
    corpus = default_corpus(30, seed=0)
    index = PromptIndex.build(corpus, enc.encode(corpus.texts), enc.identity())
    index.save(tmp_path / "idx")
    loaded = PromptIndex.load(tmp_path / "idx", corpus=corpus, encoder=enc)
    s, p = loaded.search_texts([corpus.texts[17]], 3)
    assert p[0, 0] == 17 and s[0, 0] > 0.999
    with pytest.raises(InputError, match="built with encoder"):
        PromptIndex.load(tmp_path / "idx", encoder=Encoder("hash:384"))


@pytest.mark.skipif(not SHARED_CORPORA.is_dir(), reason="../shared/data/corpora is absent")
def test_shared_corpora_index(tmp_path):
    from softprism.retrieval.builder import build_index

    cfg = RetrievalConfig()
    cfg.corpus.source = str(SHARED_CORPORA)
    cfg.encoder.name = "hash:128"
    index = build_index(cfg, tmp_path / "idx")
    loaded = PromptIndex.load(tmp_path / "idx", corpus=load_corpus(cfg.corpus))
    assert len(loaded) == len(index) > 10_000
    rng = np.random.default_rng(0)
    picks = rng.choice(len(loaded), 50, replace=False)
    s, p = loaded.search_texts([loaded.corpus.texts[i] for i in picks], 1)
    assert (s[:, 0] > 0.999).all()  # every row finds itself (or an identical-vector twin)
    meta = json.loads((tmp_path / "idx" / "index.json").read_text())
    assert meta["corpus"]["fingerprint"] == loaded.corpus.fingerprint and meta["factory"] == "Flat"
