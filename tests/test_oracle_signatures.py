"""The v2 oracle on the tiny random model: the exact signature-mixture stream, its determinism and split
separation, signature tokens in the network, training (plain and DeepSpeed ZeRO-2 give the same losses; the loss
falls), and inference on soft prompts and on bare signatures."""

import json
import subprocess
import sys

import numpy as np
import pytest
import torch

from test_oracle_train import run

from softprism.poe.config import load_config
from softprism.synth.config import MixtureConfig


@pytest.fixture(scope="module")
def sig_index(tmp_path_factory):
    """A 200-row signature index of the tiny model (configs/retrieval/signatures_tiny.yaml), on disk."""
    from softprism.retrieval.signatures import SignatureIndex, SignatureIndexConfig, build_signature_index

    cfg = load_config(SignatureIndexConfig, "configs/retrieval/signatures_tiny.yaml", ["rows=200"])
    out = tmp_path_factory.mktemp("sig") / "tiny"
    build_signature_index(cfg, out)
    return SignatureIndex.load(out)


@pytest.fixture(scope="module")
def space(sig_index, tiny_lm):
    from softprism.poe.signatures import space_for
    from softprism.poe.slot import PromptSlot

    return space_for(tiny_lm, PromptSlot(tiny_lm, "prefix"), sig_index.meta["space"])


def stream(index, split="train", residual=(0.0, 0.0), seed=0, k_max=4, hard=0.0, rows=0.0):
    from softprism.oracle.mixtures import SignatureStream

    return SignatureStream(index, split, MixtureConfig(k_max=k_max), residual, seed, hard, rows)


def test_mixture_stream_is_exact(sig_index, space):
    """A sample's signature is sum_i w_i s_i + (sum_i w_i - 1) a0 of its rows (poe.signatures), and that is the
    signature of the PoE's final states sum_i w_i h_i."""
    st = stream(sig_index)
    ks = set()
    for i in range(40):
        s = st.sample(i)
        ks.add(len(s.positions))
        w = torch.tensor(s.weights)
        want = space.mixture(sig_index.signatures[s.positions], w)
        assert torch.allclose(s.signature, want, atol=1e-5), i
        assert abs(sum(x for x in s.weights if x > 0) - 1.0) < 1e-5 and s.weights[0] > 0  # synth's normalisation
    assert ks == {1, 2, 3, 4}
    # and from the states: one sample's rows through the LM
    s = st.sample(3)
    texts = [sig_index.corpus.texts[p] for p in s.positions]
    H = space.states([space.lm.embed_text(t) for t in texts])
    direct = space.transform(torch.einsum("k,kmd->md", torch.tensor(s.weights), H)[None])[0]
    assert torch.allclose(direct, s.signature, atol=2e-2 * float(direct.norm()))  # index stores float16


def test_stream_is_deterministic_and_seeded(sig_index):
    a, b = stream(sig_index, seed=3), stream(sig_index, seed=3)
    late = b.sample(17)
    for i in (17, 0, 5):
        x, y = a.sample(i), b.sample(i)
        assert x.positions == y.positions and x.weights == y.weights and torch.equal(x.signature, y.signature)
    assert torch.equal(late.signature, a.sample(17).signature)  # sample i does not depend on the samples before it
    c = stream(sig_index, seed=4)
    assert any(c.sample(i).positions != a.sample(i).positions for i in range(10))
    r1, r2 = stream(sig_index, residual=(0.1, 0.3), seed=3), stream(sig_index, residual=(0.1, 0.3), seed=3)
    assert torch.equal(r1.sample(9).signature, r2.sample(9).signature)


def test_residual_has_the_configured_relative_size(sig_index):
    exact, noisy = stream(sig_index, seed=1), stream(sig_index, residual=(0.2, 0.2), seed=1)
    for i in range(10):
        e, n = exact.sample(i), noisy.sample(i)
        assert e.positions == n.positions
        rel = float((n.signature - e.signature).norm() / e.signature.norm())
        assert abs(rel - 0.2) < 1e-3


def test_row_shaped_residual_follows_the_rows_spread(sig_index):
    """With residual_rows = 1 the residual lies in the rows' principal directions (far more of its energy in the
    top ones than an isotropic residual's, about the rows' own share), still of the configured relative size; the
    calibration's figures
    (oracle/calibrate.py) read such a planted residual back."""
    from softprism.oracle.calibrate import principal_basis, residual_figures

    exact = stream(sig_index, seed=2)
    iso, shaped = (stream(sig_index, residual=(0.3, 0.3), seed=2, rows=r) for r in (0.0, 1.0))
    S, a0 = sig_index.signatures, sig_index.intercept
    basis, rows_share = principal_basis(S[exact.rows], 8)
    shares = {"iso": [], "shaped": []}
    for i in range(20):
        e = exact.sample(i)
        for name, st in (("iso", iso), ("shaped", shaped)):
            n = st.sample(i)
            assert n.positions == e.positions
            f = residual_figures(n.signature, S[e.positions], e.weights, a0, basis)
            assert abs(f["rel_exact"] - 0.3) < 1e-3
            assert f["rel_refit"] <= f["rel_exact"] + 1e-6
            shares[name].append(f["pc_share"])
    iso_share, shaped_share = float(np.median(shares["iso"])), float(np.median(shares["shaped"]))
    # the tiny model's spectrum is flat (top 8 of r hold ~0.4 of the rows' variance): compare with that, not 1
    assert shaped_share > 2 * iso_share and abs(shaped_share - rows_share) < 0.15, (iso_share, shaped_share, rows_share)
    with pytest.raises(ValueError, match="residual_rows"):
        stream(sig_index, residual=(0.1, 0.2), rows=1.5)


def test_train_and_heldout_streams_never_share_a_prompt(sig_index):
    tr, he = stream(sig_index, "train", k_max=3), stream(sig_index, "heldout", k_max=3)
    assert set(tr.rows).isdisjoint(he.rows) and len(tr.rows) + len(he.rows) == len(sig_index)
    splits = sig_index.corpus.splits
    assert all(splits[p] == "train" for i in range(200) for p in tr.sample(i).positions)
    assert all(splits[p] == "heldout" for i in range(200) for p in he.sample(i).positions)
    texts_tr = {sig_index.corpus.texts[p] for i in range(200) for p in tr.sample(i).positions}
    texts_he = {sig_index.corpus.texts[p] for i in range(200) for p in he.sample(i).positions}
    assert texts_tr.isdisjoint(texts_he)


def test_hard_samples_carry_prompt_features(sig_index, tiny_lm):
    from softprism.oracle.data import MixtureSource
    from softprism.oracle.features import extract
    from softprism.poe.slot import PromptSlot

    slot = PromptSlot(tiny_lm, "prefix")
    st = stream(sig_index, hard=0.5)

    def feats(texts):
        return extract(tiny_lm, slot, [tiny_lm.embed_text(t) for t in texts], ["emb"])

    vectors = np.random.default_rng(0).standard_normal((len(sig_index), 8)).astype(np.float32)
    src = MixtureSource(st, vectors, 1, tiny_lm.d_model, 0, prompt_features=feats)
    f, t, ids = src.batch(0, 16, 1, 0, "cpu")
    samples = st.samples(range(16))
    hard = [s.hard for s in samples]
    assert any(hard) and not all(hard)
    assert f["mask"].any(1).tolist() == hard  # prompt features present exactly for hard samples
    for b, s in enumerate(samples):
        assert torch.equal(f["sig"][b], s.signature)
        if s.hard:
            e = tiny_lm.embed_text(sig_index.corpus.texts[s.positions[0]])
            assert torch.allclose(f["x"][b, 0, :e.shape[0]], e) and s.weights == [1.0]
    # a batch is a pure function of (g, rank): another source object gives the same one
    f2, t2, _ = MixtureSource(st, vectors, 1, tiny_lm.d_model, 0, prompt_features=feats).batch(0, 16, 1, 0, "cpu")
    assert torch.equal(f["sig"], f2["sig"]) and torch.equal(t["directions"], t2["directions"])


def test_signature_tokens_and_absent_prompt_features():
    from softprism.oracle.config import NetConfig
    from softprism.oracle.model import ActivationOracle

    cfg = NetConfig(d_model=32, n_heads=2, encoder_layers=1, decoder_layers=1, ffn=64, dropout=0.0, slots=4, max_len=8)
    torch.manual_seed(0)
    v1 = ActivationOracle(cfg, 2, 16, 8)
    assert not any(k.startswith("sig") or k == "absent" for k in v1.state_dict())  # v1 unchanged
    torch.manual_seed(0)
    net = ActivationOracle(cfg, 2, 16, 8, sig_dim=32, sig_tokens=4).eval()
    sig = torch.randn(3, 32)
    out = net(None, None, sig)
    assert out["directions"].shape == (3, 4, 8)
    # prompt features absent (all masked) = no prompt features at all
    x = torch.randn(3, 2, 5, 16)
    masked = net(x, torch.zeros(3, 5, dtype=torch.bool), sig)
    assert torch.allclose(masked["directions"], out["directions"], atol=1e-5)
    present = net(x, torch.ones(3, 5, dtype=torch.bool), sig)
    assert not torch.allclose(present["directions"], out["directions"], atol=1e-3)
    with pytest.raises(ValueError):
        net(x, torch.ones(3, 5, dtype=torch.bool), None)
    with pytest.raises(ValueError):
        ActivationOracle(cfg, 0, 16, 8, sig_dim=30, sig_tokens=0)


def test_config_checks():
    from softprism.oracle.config import OracleConfig

    with pytest.raises(Exception, match="features.signature"):
        load_config(OracleConfig, "configs/oracle/signatures_tiny.yaml", ["features.signature=false",
                                                                          "features.kind=both"])
    with pytest.raises(Exception, match="data.signatures"):
        load_config(OracleConfig, "configs/oracle/tiny.yaml", ["features.signature=true"])
    with pytest.raises(Exception, match="signature: true"):
        load_config(OracleConfig, "configs/oracle/tiny.yaml", ["features.kind=none"])
    cfg = load_config(OracleConfig, "configs/oracle/signatures.yaml", [])
    assert cfg.data.mixture.k_max == 5 and cfg.features.signature


def _cmd(out, index, *extra, launch="plain"):
    base = [sys.executable, "-m", "accelerate.commands.launch", "--config_file",
            f"configs/accelerate/{launch}.yaml", "--num_processes", "1"] if launch else [sys.executable]
    return [*base, "oracle/train.py", "--config", "configs/oracle/signatures_tiny.yaml", "--out", str(out),
            "--no-progress", "--set", f"data.signatures={index.folder}", *extra]


def _train_rows(out):
    rows = [json.loads(x) for x in (out / "metrics.jsonl").read_text().splitlines()]
    return [r for r in rows if r["split"] == "train"], [r for r in rows if r["split"] == "val"]


def test_training_lowers_the_loss_and_predicts(sig_index, space, tmp_path):
    out = tmp_path / "run"
    run(_cmd(out, sig_index, "--set", "train.steps=120", "--set", "train.log_every=10", "--set", "train.eval_every=60",
             "--set", "train.warmup_steps=10", "--set", "train.lr=0.003", "--set", "train.checkpoint_every=60",
             launch=None), timeout=600)
    train, val = _train_rows(out)
    assert train[-1]["loss"] < 0.8 * train[0]["loss"], (train[0], train[-1])
    assert val[-1]["loss"] < val[0]["loss"] + 0.05 and {"recall_exact@16", "recall_semantic@16"} <= set(val[-1])

    from softprism.oracle.inference import Oracle

    oracle = Oracle.load(out, lm=space.lm, device="cpu")
    assert oracle.uses_signature and oracle.meta["format"] == "softprism-oracle/2"
    assert oracle.space_key == space.key()
    soft = [space.lm.embed_text(t) for t in sig_index.corpus.texts[:2]]
    sig = space.of_prompts(soft)
    a = oracle.predict(soft)  # signatures computed by the oracle's own space
    b = oracle.predict(soft, signatures=sig)
    c = oracle.predict_signatures(sig)  # signature-only oracle: the same thing
    assert np.allclose(a.directions, b.directions, atol=1e-5) and np.allclose(b.directions, c.directions, atol=1e-6)
    assert a.directions.shape == (2, 4, 64)
    from softprism.poe.errors import InputError

    with pytest.raises(InputError):
        oracle.predict_signatures(torch.zeros(1, 7))

    # a stand-in synth run: three held-out rows entered as soft prompts (their token embeddings), each the
    # "mixture" of itself: its soft signature is its row's, so the distilled section's wiring can be checked exactly
    from softprism.synth.shards import write_shard

    held = sig_index.corpus.positions("heldout")[:3]
    write_shard(tmp_path / "dist", 0, [
        {"index": i, "seed": i, "soft_prompt": space.lm.embed_text(sig_index.corpus.texts[p]).float().tolist(),
         "length": 0, "init": "text", "k": 1, "component_ids": [sig_index.corpus.ids[p]],
         "component_texts": [sig_index.corpus.texts[p]], "weights": [1.0], "kl_fit": 0.0, "kl_val": 0.0,
         "kl_heldout": 0.0, "kl_base": 1.0, "steps": 0, "best_step": 0, "history": []} for i, p in enumerate(held)])

    # the benchmark runs every source on held-out exact mixtures, both oracles' inputs on hard prompts, and the
    # distilled run on the soft prompts' and the exact mixtures' signatures
    run([sys.executable, "oracle/bench_signatures.py", "--oracle", str(out), "--signatures", str(sig_index.folder),
         "--out", str(tmp_path / "bench"), "--n", "12", "--sizes", "4", "16", "--hard", "3",
         "--distilled", str(tmp_path / "dist"), "--peel", "2"], timeout=600)
    bench = json.loads((tmp_path / "bench" / "bench.json").read_text())
    assert set(bench["results"]) == {"oracle", "random_init", "linear_readout", "pursuit_full", "pursuit_train_only",
                                     "oracle+pursuit_train_only", "oracle_peel", "oracle_peel_unscaled",
                                     "readout_peel", "oracle+readout_peel", "oracle_peel_signed",
                                     "oracle+readout_peel_signed"}
    assert bench["results"]["pursuit_full"]["recall_exact@16"] > 0.9  # the components have signatures there
    assert bench["results"]["pursuit_train_only"]["recall_exact@16"] == 0.0  # ... and none here
    full = bench["results"]["pursuit_full"]
    assert full["recall_semantic_wtd@16"] > 0.9 and full["recall_semantic_pos@16"] > 0.9  # weight-aware figures
    assert "oracle_peel_s_per_target" in bench["timing"] and "oracle+readout_peel_signed_s_per_target" in bench["timing"]
    assert bench["hard"]["n"] == 3 and "oracle_v2" in bench["hard"]["results"]
    dist = bench["distilled"]
    assert dist["n"] == 3 and dist["components"] == 3 and max(dist["rel_residual"]) < 1e-3
    for what in ("soft", "exact_mixture"):
        assert set(dist[what]) == {"oracle", "linear_readout", "pursuit_full", "oracle_peel", "oracle+readout_peel"}
        assert dist[what]["pursuit_full"]["recall_exact@16"] == 1.0


def test_feature_sets_train_and_compare_in_one_benchmark(sig_index, space, tmp_path):
    """The feature comparison: an embeddings-only oracle (`features.signature: false`, every sample a single
    hard prompt read through its embeddings) and a signature + embeddings one train on the same signature index,
    and `bench_signatures.py --compare` scores them beside the signature-only oracle in one run: on exact mixtures
    only the oracles that read signatures, on soft prompts all of them."""
    from softprism.oracle.config import OracleConfig
    from softprism.oracle.inference import Oracle

    with pytest.raises(Exception, match="hard_fraction: 1"):  # mixtures have no embeddings to read
        load_config(OracleConfig, "configs/oracle/signatures_tiny.yaml",
                    ["features.signature=false", "features.kind=embeddings", "data.hard_fraction=0.5"])
    common = ("--set", "train.steps=6", "--set", "train.log_every=2", "--set", "train.eval_every=6",
              "--set", "train.checkpoint_every=6", "--set", "net.max_len=24")  # longer rows: their first 24 positions
    run(_cmd(tmp_path / "sig", sig_index, *common, launch=None), timeout=600)
    run(_cmd(tmp_path / "emb", sig_index, *common, "--set", "features.signature=false", "--set",
             "features.kind=embeddings", "--set", "data.hard_fraction=1.0", launch=None), timeout=600)
    run(_cmd(tmp_path / "both", sig_index, *common, "--set", "features.kind=embeddings", "--set",
             "data.hard_fraction=0.5", launch=None), timeout=600)
    emb = Oracle.load(tmp_path / "emb", lm=space.lm, device="cpu")
    both = Oracle.load(tmp_path / "both", lm=space.lm, device="cpu")
    assert not emb.uses_signature and emb.sources == ["emb"] and "signature_space" not in emb.meta
    assert both.uses_signature and both.sources == ["emb"] and both.space_key == space.key()
    assert emb.meta["data"]["val"].endswith("held-out rows, one each") and emb.meta["data"]["signature"] is False
    _, val = _train_rows(tmp_path / "emb")
    assert "recall_exact@16" in val[-1]  # held-out single rows, read through their embeddings
    # the "both" oracle reads a soft prompt's embeddings: they change its prediction
    soft = [space.lm.embed_text(t) for t in sig_index.corpus.texts[:2]]
    sig = space.of_prompts(soft)
    assert not np.allclose(both.predict(soft, signatures=sig).directions, both.predict_signatures(sig).directions)

    run([sys.executable, "oracle/bench_signatures.py", "--oracle", str(tmp_path / "sig"), "--signatures",
         str(sig_index.folder), "--out", str(tmp_path / "bench"), "--n", "8", "--sizes", "4", "16", "--hard", "3",
         "--compare", f"emb={tmp_path / 'emb'}", "--compare", f"both={tmp_path / 'both'}"], timeout=600)
    bench = json.loads((tmp_path / "bench" / "bench.json").read_text())
    assert "cmp:both" in bench["results"] and "cmp:emb" not in bench["results"]  # a mixture has no embeddings
    assert {"oracle_v2", "cmp:emb", "cmp:both"} <= set(bench["hard"]["results"])
    assert bench["compare"]["emb"]["signature"] is False and bench["compare"]["both"]["signature"] is True
    assert bench["compare"]["emb"]["data"]["hard_fraction"] == 1.0
    r = subprocess.run([sys.executable, "oracle/bench_signatures.py", "--oracle", str(tmp_path / "sig"),
                        "--signatures", str(sig_index.folder), "--out", str(tmp_path / "bad"), "--n", "2",
                        "--compare", "nofolder"], capture_output=True, text=True)
    assert r.returncode == 2 and "NAME=FOLDER" in r.stderr and not (tmp_path / "bad").exists()


def test_zero2_and_plain_training_give_the_same_losses(sig_index, tmp_path):
    extra = ("--set", "train.steps=4", "--set", "train.log_every=1", "--set", "train.eval_every=0",
             "--set", "train.checkpoint_every=4")
    run(_cmd(tmp_path / "plain", sig_index, *extra), timeout=600)
    run(_cmd(tmp_path / "ds", sig_index, *extra, launch="deepspeed_zero2"), timeout=600)
    plain, _ = _train_rows(tmp_path / "plain")
    ds, _ = _train_rows(tmp_path / "ds")
    assert [r["step"] for r in plain] == [r["step"] for r in ds] == [1, 2, 3, 4]
    for p, d in zip(plain, ds):
        assert abs(p["loss"] - d["loss"]) < 1e-4 * max(1.0, abs(p["loss"])), (p, d)
    assert json.loads((tmp_path / "ds" / "summary.json").read_text())["deepspeed"] is True


def test_pipeline_oracle_source_passes_the_signature(tiny_lm, tmp_path, monkeypatch):
    """decompose/pipeline.py's `oracle` source gives a v2 oracle the target's signature, reusing the signature source's
    when both are in one space (a random-init network: this checks the wiring, not the quality)."""
    from test_eval_decompose import decomposer
    from softprism.decompose.pipeline import Decomposer
    from softprism.oracle.checkpoint import save_oracle
    from softprism.oracle.config import NetConfig
    from softprism.oracle.inference import Oracle
    from softprism.oracle.model import ActivationOracle
    from softprism.poe.signatures import SignatureConfig, SignatureSpace
    from softprism.poe.slot import PromptSlot
    from softprism.retrieval.builder import build_index
    from softprism.retrieval.config import RetrievalConfig
    from softprism.retrieval.signatures import SignatureIndex

    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))
    index = build_index(load_config(RetrievalConfig, "configs/retrieval/tiny.yaml", ["corpus.size=120"]),
                        tmp_path / "idx")
    enc = index.meta["encoder"]
    space = SignatureSpace(tiny_lm, PromptSlot(tiny_lm, "prefix"), SignatureConfig(positions=2, dim=64))
    corpus = index.corpus.subset(range(48))
    sig = SignatureIndex.build(corpus, space.of_texts(corpus.texts), space)
    torch.manual_seed(0)
    net = ActivationOracle(NetConfig(d_model=32, n_heads=2, encoder_layers=1, decoder_layers=1, ffn=64, slots=4),
                           0, tiny_lm.d_model, enc["dim"], sig_dim=64, sig_tokens=4)
    meta = {"sources": [], "lm": {"name": "tiny", "fingerprint": tiny_lm.fingerprint, "d_model": tiny_lm.d_model},
            "slot": "prefix", "encoder": {"name": enc["name"], "model_id": enc["model_id"], "dim": enc["dim"]},
            "step": 0, "signature_space": space.meta()}
    oracle = Oracle.load(save_oracle(tmp_path / "o", net, meta), lm=tiny_lm, device="cpu")
    seen = {}
    real = oracle.predict

    def spy(prompts, signatures=None):
        seen["sig"] = signatures
        return real(prompts, signatures)

    monkeypatch.setattr(oracle, "predict", spy)
    dec = decomposer(tiny_lm, index, **{"candidates.projection": 0, "candidates.patchscope": 0,
                                        "candidates.size": 8, "candidates.signature": 4,
                                        "candidates.signature_rounds": 2})
    dec = Decomposer(dec.lm, dec.slot, dec.fit_probes, dec.heldout_probes, index, oracle=oracle, cfg=dec.cfg,
                     signatures=sig)
    soft = tiny_lm.embed_text(corpus.texts[5]).float()
    r = dec.decompose(soft)
    assert "oracle" in r.candidates
    assert seen["sig"] is not None and torch.allclose(seen["sig"][0], space.of_prompts([soft])[0], atol=1e-5)


def test_contrastive_term_ranks_the_true_row():
    from softprism.oracle.config import LossConfig
    from softprism.oracle.criterion import SetCriterion

    torch.manual_seed(0)
    bank = torch.nn.functional.normalize(torch.randn(20, 8), dim=-1)
    crit = SetCriterion(LossConfig(contrastive=1.0), bank=bank)
    targets = {"directions": bank[[3, 7]][None], "weights": torch.tensor([[0.6, 0.4]]),
               "mask": torch.ones(1, 2, dtype=torch.bool), "rows": torch.tensor([[3, 7]])}
    good = {"directions": torch.cat([bank[[3, 7]], bank[[0, 1]]])[None], "weights": torch.tensor([[0.6, 0.4, 0, 0]]),
            "presence_logits": torch.tensor([[5.0, 5.0, -5.0, -5.0]])}
    bad = dict(good, directions=torch.nn.functional.normalize(torch.randn(1, 4, 8), dim=-1))
    assert crit(good, targets)["contrastive"] < crit(bad, targets)["contrastive"]
    none = dict(targets, rows=torch.full((1, 2), -1))
    assert float(crit(good, none)["contrastive"]) == 0.0
    assert float(SetCriterion(LossConfig(), bank=bank)(good, targets)["contrastive"]) == 0.0  # coefficient 0: off


def test_readout_fit_and_checkpoint_round_trip(sig_index, tmp_path):
    from softprism.oracle.checkpoint import load_oracle, save_oracle
    from softprism.oracle.config import NetConfig
    from softprism.oracle.mixtures import fit_readout
    from softprism.oracle.model import ActivationOracle

    rows = sig_index.corpus.positions("train")
    V = np.random.default_rng(0).standard_normal((len(sig_index), 16)).astype(np.float32)
    V[:] = (sig_index.signatures.numpy() @ np.random.default_rng(1).standard_normal((64, 16))).astype(np.float32)
    A, mu = fit_readout(sig_index, rows, V, ridge=1e-6)  # V is linear in S: the fit recovers it on unseen rows
    held = sig_index.corpus.positions("heldout")
    pred = (sig_index.signatures[held] - mu) @ A
    truth = torch.from_numpy(V[held] - V[rows].mean(0))
    assert float(torch.nn.functional.cosine_similarity(pred, truth).min()) > 0.99
    net = ActivationOracle(NetConfig(d_model=32, n_heads=2, encoder_layers=1, decoder_layers=1, ffn=64, slots=4),
                           0, 32, 16, sig_dim=64, sig_tokens=2, readout=True).eval()
    net.readout_A.copy_(A)
    net.readout_mu.copy_(mu)
    save_oracle(tmp_path / "o", net, {"step": 0})
    back, meta = load_oracle(tmp_path / "o")
    assert meta["readout"] and torch.equal(back.readout_A, A)
    s = sig_index.signatures[:3]
    assert torch.allclose(back(None, None, s)["directions"], net(None, None, s)["directions"])


def test_calibrate_reads_a_planted_residual_and_refuses_foreign_ids(sig_index, space, tmp_path):
    """oracle/calibrate.py on a stand-in synth run: held-out rows entered as soft prompts (their token embeddings),
    each its own one-component mixture, so the measured residual is ~0; a run whose component is not a row of the
    index is refused with one error line and no output."""
    from softprism.synth.shards import write_shard

    def stand_in(folder, rows, ids):
        (folder).mkdir(parents=True)
        (folder / "manifest.json").write_text(json.dumps(
            {"model": {"fingerprint": space.lm.fingerprint}, "slot": "prefix"}))
        write_shard(folder, 0, [
            {"index": i, "seed": i, "soft_prompt": space.lm.embed_text(sig_index.corpus.texts[p]).float().tolist(),
             "length": 0, "init": "text", "k": 1, "component_ids": [cid], "component_texts": [sig_index.corpus.texts[p]],
             "weights": [1.0], "kl_fit": 0.0, "kl_val": 0.0, "kl_heldout": 0.1, "kl_base": 1.0, "steps": 0,
             "best_step": 0, "history": []} for i, (p, cid) in enumerate(zip(rows, ids))])

    held = sig_index.corpus.positions("heldout")[:3]
    stand_in(tmp_path / "ok", held, [sig_index.corpus.ids[p] for p in held])
    run([sys.executable, "oracle/calibrate.py", "--signatures", str(sig_index.folder), "--distilled",
         str(tmp_path / "ok"), "--out", str(tmp_path / "cal"), "--pcs", "8", "--no-progress"], timeout=600)
    cal = json.loads((tmp_path / "cal" / "calibration.json").read_text())
    assert cal["n"] == 3 and cal["quantiles"]["rel_exact"]["90"] < 1e-3
    assert 0.0 <= cal["suggested"]["residual_rows"] <= 1.0 and cal["isotropic_share"] == 8 / sig_index.signatures.shape[1]
    from safetensors.torch import load_file

    saved = load_file(str(tmp_path / "cal" / "distilled_signatures.safetensors"))  # each one its own row's signature
    assert saved["index"].tolist() == [0, 1, 2]
    assert torch.allclose(saved["signatures"], sig_index.signatures[held], rtol=1e-3, atol=1e-3)

    # eval/pursuit_floor.py on the same stand-in (no residual): pursuit finds every component, the map is the
    # plain metric, and --write-floor puts it into a copy of the index that then loads with it
    import shutil

    idx_copy = tmp_path / "idx"
    shutil.copytree(sig_index.folder, idx_copy)
    run([sys.executable, "eval/pursuit_floor.py", "--signatures", str(idx_copy), "--fit", str(tmp_path / "ok"),
         str(tmp_path / "cal"), "--eval", str(tmp_path / "ok"), str(tmp_path / "cal"), "--sizes", "4",
         "--out", str(tmp_path / "floor"), "--write-floor", str(idx_copy)], timeout=600)
    fl = json.loads((tmp_path / "floor" / "pursuit_floor.json").read_text())
    got = fl["sets"][str(tmp_path / "ok")]
    assert got["pursuit"]["4"] == 1.0 and got["pursuit_exact"]["4"] == 1.0 and got["gls"]["4"] == 1.0
    from softprism.retrieval.signatures import SignatureIndex

    assert SignatureIndex.load(idx_copy).floor is not None
    other = tmp_path / "idx_other"  # another signature space: refused before anything is written
    shutil.copytree(sig_index.folder, other)
    side = json.loads((other / "signatures.json").read_text())
    side["space_key"] = "0" * 16
    (other / "signatures.json").write_text(json.dumps(side))
    p = subprocess.run([sys.executable, "eval/pursuit_floor.py", "--signatures", str(idx_copy), "--fit",
                        str(tmp_path / "ok"), str(tmp_path / "cal"), "--eval", str(tmp_path / "ok"),
                        str(tmp_path / "cal"), "--out", str(tmp_path / "floor_bad"), "--write-floor", str(other)],
                       capture_output=True, text=True, timeout=600)
    assert p.returncode == 2 and p.stderr.strip().splitlines()[-1].startswith("error: --write-floor")
    assert not (tmp_path / "floor_bad").exists() and not (other / "floor.safetensors").exists()

    stand_in(tmp_path / "bad", held[:1], ["not-a-row"])
    p = subprocess.run([sys.executable, "oracle/calibrate.py", "--signatures", str(sig_index.folder), "--distilled",
                        str(tmp_path / "bad"), "--out", str(tmp_path / "cal_bad")], capture_output=True, text=True,
                       timeout=600)
    assert p.returncode == 2 and p.stderr.strip().splitlines()[-1].startswith("error: ") and "not-a-row" in p.stderr
    assert not (tmp_path / "cal_bad").exists()
