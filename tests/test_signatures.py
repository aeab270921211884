"""Signatures (poe/signatures.py), the signature index (retrieval/signatures.py) and pursuit (retrieval/pursuit.py)
on the tiny random model: linearity, exactness, recovery, refusal and resume."""

import json

import pytest
import torch

from softprism.poe.errors import InputError
from softprism.poe.signatures import SignatureConfig, SignatureSpace
from softprism.poe.slot import PromptSlot
from softprism.retrieval.corpus import load_corpus
from softprism.retrieval.pursuit import pursue
from softprism.retrieval.signatures import SignatureIndex, SignatureIndexConfig, build_signature_index, work_dir_for


@pytest.fixture(scope="module")
def space(tiny_lm):
    return SignatureSpace(tiny_lm, PromptSlot(tiny_lm, "prefix"), SignatureConfig(positions=2, dim=96))


@pytest.fixture(scope="module")
def corpus():
    return load_corpus("default:200").subset(range(40))


@pytest.fixture(scope="module")
def index(space, corpus):
    return SignatureIndex.build(corpus, space.of_texts(corpus.texts), space)


def test_mixture_signature_is_the_weighted_sum(space, corpus):
    """The PoE of prompts acts like the final state sum_i w_i h_i, and its signature is sum_i w_i s_i + (sum w - 1) a0."""
    H = space.states([space.lm.embed_text(t) for t in corpus.texts[:3]])  # [3, M, d]
    w = torch.tensor([0.7, -0.4, 0.5])
    mixed = torch.einsum("k,kmd->md", w, H)[None]
    direct = space.transform(mixed)[0]
    assert torch.allclose(direct, space.mixture(space.transform(H), w), atol=1e-4, rtol=1e-4)
    # weights summing to one: no intercept term
    w1 = torch.tensor([0.8, -0.3, 0.5])
    assert torch.allclose(space.transform(torch.einsum("k,kmd->md", w1, H)[None])[0],
                          w1 @ space.transform(H), atol=1e-4, rtol=1e-4)


def test_mixture_logprobs_equal_the_poe(space, corpus):
    """log_softmax(W sum_i w_i h_i) equals the PoE log q = sum_i w_i log p_i - logsumexp over the full vocabulary."""
    lm = space.lm
    H = space.states([lm.embed_text(t) for t in corpus.texts[:3]]).double()
    W = lm.head_weight.detach().double()
    w = torch.tensor([1.3, -0.6, 0.4], dtype=torch.float64)
    logp = torch.log_softmax(H @ W.T, -1)  # [3, M, V]
    poe = torch.log_softmax(torch.einsum("k,kmv->mv", w, logp), -1)
    via_states = torch.log_softmax(torch.einsum("k,kmd->md", w, H) @ W.T, -1)
    assert torch.allclose(poe, via_states, atol=1e-9)


def test_soft_and_hard_prompts_share_one_path(space, corpus):
    """A hard prompt's signature equals that of its token embeddings entered as a soft prompt."""
    t = corpus.texts[5]
    assert torch.allclose(space.of_texts([t]), space.of_prompts([space.lm.embed_text(t).clone()]), atol=1e-6)


def test_projection_rows_are_reproducible(space, monkeypatch):
    """Any row range of R is the same however it is drawn (chunked generators), and R keeps norms on average."""
    from softprism.poe import signatures as poe_signatures

    monkeypatch.setattr(poe_signatures, "PROJECTION_CHUNK", 100)
    D = space.M * space.lm.d_model
    full = space.projection_rows(0, D)
    assert full.shape == (D, space.dim)
    assert torch.equal(full[250:555], space.projection_rows(250, 555))
    with pytest.raises(ValueError):
        space.projection_rows(0, D + 1)
    x = torch.randn(50, space.M, space.lm.d_model)
    ratio = space._project(x).norm(dim=1) / x.reshape(50, -1).norm(dim=1)
    assert 0.8 < float(ratio.mean()) < 1.2


def test_whitened_distance_tracks_kl(tiny_lm, corpus):
    """Unprojected `base` signatures: ||s_a - s_b||^2 is about 2 KL(a || b) for nearby prompts (second order)."""
    sp = SignatureSpace(tiny_lm, PromptSlot(tiny_lm, "prefix"), SignatureConfig(positions=2, dim=0, ridge=0.0))
    h = sp.states([tiny_lm.embed_text(corpus.texts[0])])
    near = h + 0.01 * torch.randn_like(h)
    W = tiny_lm.head_weight.detach().double()
    la, lb = torch.log_softmax(h.double() @ W.T, -1), torch.log_softmax(near.double() @ W.T, -1)
    kl = float((la.exp() * (la - lb)).sum(-1).mean())
    # the metric is the Fisher at the *null* states; evaluate at the prompt's own distribution to compare exactly
    d2 = float(((sp.transform(h) - sp.transform(near)) ** 2).sum())
    assert d2 > 0 and 0.2 < d2 / (2 * kl) < 5.0


def test_pursuit_recovers_an_exact_signed_mixture(space, index):
    """Three index rows mixed with signed weights (normalised as synth does) come back among the candidates and as
    the least-squares picks."""
    ids = [3, 17, 31]
    w = torch.tensor([0.6, 0.4, -0.3])
    target = space.mixture(index.signatures[ids], w)
    res = pursue(index, target, rounds=4, per_round=6)
    assert set(ids) <= set(res.candidates)
    assert set(ids) <= set(res.picks)
    got = dict(zip(res.picks, res.weights))
    for i, wi in zip(ids, w.tolist()):
        assert abs(got[i] - wi) < 0.05
    assert res.residuals[-1] < 1e-2


def test_signed_search_finds_negative_rows(index):
    q = -index.signatures[7]
    scores, pos = index.search(q[None].numpy(), 3)
    assert int(pos[0, 0]) == 7 and scores[0, 0] < -0.99


def _cfg(rows=40, chunk=16):
    from softprism.poe.lm import ModelConfig
    from softprism.retrieval.config import CorpusConfig

    return SignatureIndexConfig(model=ModelConfig(name="tiny"), signatures=SignatureConfig(positions=2, dim=48),
                                corpus=CorpusConfig(size=200), rows=rows, chunk_size=chunk, rows_per_shard=16,
                                progress=False)


def test_build_load_and_sidecar_refusals(tmp_path, tiny_lm):
    cfg = _cfg()
    out = tmp_path / "sig"
    built = build_signature_index(cfg, out)
    assert len(built) == 40 and not work_dir_for(out).exists()
    sp = SignatureSpace(tiny_lm, PromptSlot(tiny_lm, "prefix"), cfg.signatures)
    loaded = SignatureIndex.load(out, sp)
    assert torch.allclose(loaded.signatures, built.signatures.half().float())
    assert torch.allclose(loaded.signatures[:5], sp.of_texts(loaded.corpus.texts[:5]), atol=2e-2, rtol=2e-2)
    other = SignatureSpace(tiny_lm, PromptSlot(tiny_lm, "prefix"), SignatureConfig(positions=3, dim=48))
    with pytest.raises(InputError, match="positions"):
        SignatureIndex.load(out, other)
    with pytest.raises(InputError, match="slot"):
        SignatureIndex.load(out, SignatureSpace(tiny_lm, PromptSlot(tiny_lm, "system"), cfg.signatures))
    side = json.loads((out / "signatures.json").read_text())
    side["space"]["model_fingerprint"] = "0" * 16
    (out / "signatures.json").write_text(json.dumps(side))
    with pytest.raises(InputError, match="model_fingerprint"):
        SignatureIndex.load(out, sp)
    with pytest.raises(InputError, match="not a signature index"):
        SignatureIndex.load(tmp_path)


def test_killed_build_resumes_to_the_same_index(tmp_path, monkeypatch):
    from softprism.poe import tables as poe_tables

    cfg = _cfg()
    ref = build_signature_index(cfg, tmp_path / "ref")
    calls = {"n": 0}
    real = poe_tables.compute_states

    def dying(*a, **k):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(*a, **k)

    monkeypatch.setattr(poe_tables, "compute_states", dying)
    with pytest.raises(KeyboardInterrupt):
        build_signature_index(cfg, tmp_path / "run")
    assert not (tmp_path / "run").exists()
    assert len(list(work_dir_for(tmp_path / "run").glob("chunk-*.safetensors"))) == 1
    monkeypatch.setattr(poe_tables, "compute_states", real)
    again = build_signature_index(cfg, tmp_path / "run")
    assert again.meta["build"]["rows_this_run"] == 24  # the two chunks the kill left
    assert torch.equal(again.signatures, ref.signatures)
    # a smaller --rows reuses the chunks a larger build left in its work folder: nothing is recomputed
    build_signature_index(_cfg(rows=40), tmp_path / "w", keep_work=True)
    small = build_signature_index(_cfg(rows=20), tmp_path / "w")
    assert len(small) == 20 and small.meta["build"]["rows_this_run"] == 0
    assert torch.equal(small.signatures, ref.signatures[:20])


def test_build_cli(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "cli"
    r = subprocess.run([sys.executable, "retrieval/build.py", "--signatures", "--config",
                        "configs/retrieval/signatures_tiny.yaml", "--out", str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "40 signatures" in r.stdout and (out / "signatures.json").is_file()
    r = subprocess.run([sys.executable, "retrieval/build.py", "--rows", "5", "--out", str(tmp_path / "x")],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "--rows needs --signatures" in r.stderr


@pytest.mark.slow
def test_shipped_signature_index_matches_the_embedded_model():
    """The shipped index loads in the embedded model's space (no sidecar refusal), and signatures computed now agree
    with the stored ones (built under bf16 autocast, stored in float16)."""
    from softprism.decompose.defaults import SHIPPED_SIGNATURES, load_signature_index
    from softprism.poe.lm import load_lm
    from softprism.poe.signatures import space_for

    lm = load_lm("embedded")
    slot = PromptSlot(lm, "prefix")
    index = load_signature_index("auto", lm, slot)
    assert index is not None and index.folder == SHIPPED_SIGNATURES and len(index) >= 1000
    space = space_for(lm, slot, index.meta["space"])
    from softprism.retrieval.signatures import check_space

    check_space(index.meta, space, index.folder)
    rows = [0, len(index) // 2, len(index) - 1]
    fresh = space.of_texts([index.corpus.texts[i] for i in rows])
    cos = torch.nn.functional.cosine_similarity(fresh, index.signatures[rows], dim=1)
    assert float(cos.min()) > 0.98, cos


def test_stored_tails_are_read_anywhere(tmp_path, tiny_lm, space, corpus):
    """A space's meta carries its tails; space_for and `signatures.tails` read on exactly those tokens (a GPU's greedy
    reply can differ from a CPU's), and tails of another battery, or none, are refused with one line."""
    from softprism.poe.signatures import space_for

    slot = PromptSlot(tiny_lm, "prefix")
    meta = space.meta()
    assert meta["tails"] == {"T": space.tails.T, "ids": space.tails.ids}
    same = space_for(tiny_lm, slot, json.loads(json.dumps(meta)))
    assert same.key() == space.key() and same.tails.ids == space.tails.ids
    texts = corpus.texts[:3]
    assert torch.allclose(same.of_texts(texts), space.of_texts(texts), atol=1e-5)
    # another machine's reply: one probe's last reply token differs
    other = json.loads(json.dumps(meta))
    other["tails"]["ids"][0][-1] = (other["tails"]["ids"][0][-1] + 1) % tiny_lm.tokenizer.vocab_size
    moved = space_for(tiny_lm, slot, other)
    assert moved.tails.ids[0][-1] == other["tails"]["ids"][0][-1]
    assert moved.battery_hash() != space.battery_hash() and moved.key() != space.key()
    assert not torch.allclose(moved.of_texts(texts), space.of_texts(texts), atol=1e-4)
    # the same tails from a JSON file and from an index folder built with them
    tj = tmp_path / "tails.json"
    tj.write_text(json.dumps(other["tails"]))
    cfg = _cfg(rows=20, chunk=8)
    cfg.signatures.tails = str(tj)
    out = tmp_path / "sig"
    built = build_signature_index(cfg, out, keep_work=True)
    assert json.loads((work_dir_for(out) / "tails.json").read_text()) == other["tails"]
    side = json.loads((out / "signatures.json").read_text())
    assert side["space"]["tails"] == other["tails"]
    from softprism.retrieval.signatures import check_space

    reread = space_for(tiny_lm, slot, side["space"])
    check_space(side, reread, out)
    assert torch.allclose(reread.of_texts(built.corpus.texts[:2]), built.signatures[:2], atol=1e-4)
    with pytest.raises(InputError, match="battery_hash"):
        check_space(side, SignatureSpace(tiny_lm, slot, SignatureConfig(positions=2, dim=48)), out)
    from_index = SignatureSpace(tiny_lm, slot, SignatureConfig(positions=2, dim=48, tails=str(out)))
    assert from_index.tails.ids == other["tails"]["ids"]
    # refusals: another T, another battery's probe, no file, a file without tails
    bad = json.loads(json.dumps(other["tails"]))
    with pytest.raises(InputError, match="T = 3"):
        SignatureSpace(tiny_lm, slot, SignatureConfig(positions=3, dim=48, tails=str(tj)))
    bad["ids"][1][0] = (bad["ids"][1][0] + 1) % tiny_lm.tokenizer.vocab_size
    tj.write_text(json.dumps(bad))
    with pytest.raises(InputError, match="probe 1 is not this battery's probe 1"):
        SignatureSpace(tiny_lm, slot, SignatureConfig(positions=2, dim=48, tails=str(tj)))
    with pytest.raises(InputError, match="no such file"):
        SignatureSpace(tiny_lm, slot, SignatureConfig(positions=2, dim=48, tails=str(tmp_path / "nope.json")))
    tj.write_text(json.dumps({"space": {"dim": 48}}))
    with pytest.raises(InputError, match="holds no tails"):
        SignatureSpace(tiny_lm, slot, SignatureConfig(positions=2, dim=48, tails=str(tj)))


def test_storage_index_reads_signatures_back_from_the_codes(tmp_path, tiny_lm):
    """storage=index: no shards; signatures come back from the SQ8 codes times stored norms, within the measured
    error the sidecar records, and the loaded index searches like the float16 one."""
    cfg = _cfg(rows=40, chunk=16)
    cfg.factory = "SQ8"
    f16 = build_signature_index(cfg, tmp_path / "f16")
    cfg.storage = "index"
    out = tmp_path / "idx"
    build_signature_index(cfg, out)
    side = json.loads((out / "signatures.json").read_text())
    assert side["storage"] == "index" and side["shards"] == [] and not list(out.glob("shard-*"))
    err = side["storage_rel_error"]
    assert 0 < err["median"] <= err["max"] < 0.03
    sp = SignatureSpace(tiny_lm, PromptSlot(tiny_lm, "prefix"), cfg.signatures)
    loaded = SignatureIndex.load(out, sp)
    rel = (loaded.signatures - f16.signatures).norm(dim=1) / f16.signatures.norm(dim=1)
    assert float(rel.max()) <= err["max"] + 1e-3
    q = f16.signatures[:5].numpy()
    assert (loaded.search(q, 3)[1][:, 0] == f16.search(q, 3)[1][:, 0]).all()
    (out / "intercept.safetensors").unlink()
    from safetensors.torch import save_file

    save_file({"intercept": loaded.intercept}, str(out / "intercept.safetensors"))
    with pytest.raises(InputError, match="stored norms"):
        SignatureIndex.load(out, sp)
    with pytest.raises(ValueError, match="storage"):
        SignatureIndexConfig(storage="int4")


def test_floor_metric_view_and_file(tmp_path, space, index):
    """The floor metric (retrieval/pursuit.py): through the identity it searches and pursues exactly like the index;
    through a map that discounts a planted residual direction, pursuit recovers a mixture that the residual hides
    in the plain metric; the map travels in the index folder (floor.safetensors) and is refused in another space."""
    from softprism.retrieval.pursuit import MetricView, metric_view, pursuit_candidates
    from softprism.retrieval.signatures import write_floor

    r = index.signatures.shape[1]
    ident = MetricView(index, torch.eye(r))
    q = index.signatures[[5, 9]] - 0.3 * index.signatures[[2, 2]]
    s1, p1 = index.search(q.numpy(), 6)
    s2, p2 = ident.search(q.numpy(), 6)
    assert (p1 == p2).all() and abs(s1 - s2).max() < 1e-4  # the tiny index is Flat: exact either way
    ids = [3, 17, 31]
    target = space.mixture(index.signatures[ids], torch.tensor([0.6, 0.4, -0.3]))
    assert pursue(ident, ident.map(target), rounds=4, per_round=6).candidates == \
        pursue(index, target, rounds=4, per_round=6).candidates

    # a residual along one fixed direction u, large enough to mislead the plain metric
    g = torch.Generator().manual_seed(0)
    u = torch.randn(r, generator=g)
    u /= u.norm()
    noisy = target + 8.0 * target.norm() * u
    M = torch.eye(r) - (1 - 1e-3) * torch.outer(u, u)  # (C + a I)^(-1/2) up to scale for C = var * u u^T
    assert metric_view(index) is index  # no floor map yet: plain
    index.floor = M
    try:
        got = pursuit_candidates(index, noisy, 12, 3, use_floor=True)
        plain = pursuit_candidates(index, noisy, 12, 3, use_floor=False)
        assert set(ids) <= set(got.candidates)
        assert not set(ids) <= set(plain.candidates)
    finally:
        index.floor, index._floor_view = None, None

    # the file: written into an index folder, read back by load, refused in another space
    out = tmp_path / "idx"
    out.mkdir()
    index.write_into(out)
    write_floor(out, M, {"alpha": 0.1, "fit": ["stand-in"]})
    back = SignatureIndex.load(out, space)
    assert torch.allclose(back.floor, M) and back.floor_meta["alpha"] == 0.1
    side = json.loads((out / "floor.json").read_text())
    side["space_key"] = "0" * 16
    (out / "floor.json").write_text(json.dumps(side))
    with pytest.raises(InputError, match="floor"):
        SignatureIndex.load(out, space)
