"""oracle.features, oracle.model, oracle.checkpoint: feature invariants, masking, checkpoint round trip, configs."""

import json

import pytest
import torch

from softprism.poe.config import check_documented, load_config
from softprism.poe.errors import InputError
from softprism.oracle.config import NetConfig, OracleConfig
from softprism.oracle.features import extract, n_layers, sources
from softprism.oracle.model import ActivationOracle


def test_config_documented_and_yamls_load():
    assert check_documented(OracleConfig) == []
    for name in ("tiny", "cpu", "gpu"):
        load_config(OracleConfig, f"configs/oracle/{name}.yaml")
    with pytest.raises(InputError):
        load_config(OracleConfig, "configs/oracle/tiny.yaml", ["net.nope=1"])
    with pytest.raises(InputError):
        load_config(OracleConfig, "configs/oracle/tiny.yaml", ["features.kind=logits"])


def test_sources_and_bad_layer(tiny_lm):
    nb = n_layers(tiny_lm)
    assert sources("both", [1, -1], nb) == ["emb", "h1", f"h{nb}"]
    assert sources("embeddings", [1], nb) == ["emb"]
    assert sources("activations", [0], nb) == ["h0"]
    with pytest.raises(InputError):
        sources("activations", [nb + 1], nb)


def test_features_prefix_slot_and_batched_equals_single(tiny_lm):
    from softprism.poe.slot import PromptSlot

    slot = PromptSlot(tiny_lm, "prefix")
    g = torch.Generator().manual_seed(0)
    prompts = [torch.randn(L, tiny_lm.d_model, generator=g) * 0.3 for L in (3, 5, 3, 2)]
    srcs = ["emb", "h1", "h2"]
    x, mask = extract(tiny_lm, slot, prompts, srcs, batch_size=2)
    assert x.shape == (4, 3, 5, tiny_lm.d_model) and mask.sum(1).tolist() == [3, 5, 3, 2]
    assert torch.equal(x[0, 0, :3], prompts[0]) and (x[3, :, 2:] == 0).all()
    for i, p in enumerate(prompts):
        xi, _ = extract(tiny_lm, slot, [p], srcs)
        assert torch.allclose(xi[0], x[i, :, :p.shape[0]], atol=1e-5)
        # prefix slot: the prompt comes first, so its states are the LM's states on the prompt alone
        with torch.no_grad():
            hs = tiny_lm.base(inputs_embeds=p[None], output_hidden_states=True).hidden_states
        assert torch.allclose(xi[0, 1], hs[1][0], atol=1e-5)
    sys_slot = PromptSlot(tiny_lm, "system")
    xs, _ = extract(tiny_lm, sys_slot, prompts[:1], srcs)
    assert torch.equal(xs[0, 0], prompts[0]) and not torch.allclose(xs[0, 1], x[0, 1, :3])


def tiny_net(S=3, d_in=32, D=16):
    torch.manual_seed(0)
    return ActivationOracle(NetConfig(d_model=32, n_heads=2, encoder_layers=1, decoder_layers=1, ffn=64, dropout=0.0,
                                      slots=4, max_len=8), S, d_in, D).eval()


def test_model_shapes_and_padding_is_ignored():
    net = tiny_net()
    x = torch.randn(2, 3, 6, 32)
    mask = torch.tensor([[True] * 6, [True] * 4 + [False] * 2])
    out = net(x, mask)
    assert out["directions"].shape == (2, 4, 16) and out["weights"].shape == (2, 4)
    assert torch.allclose(out["directions"].norm(dim=-1), torch.ones(2, 4), atol=1e-5)
    x2 = x.clone()
    x2[1, :, 4:] = 100.0  # garbage at padded positions
    out2 = net(x2, mask)
    for k in out:
        assert torch.allclose(out[k], out2[k], atol=1e-5)
    alone = net(x[1:, :, :4], mask[1:, :4])
    for k in out:
        assert torch.allclose(out[k][1:], alone[k], atol=1e-5)
    with pytest.raises(ValueError):
        net(torch.randn(1, 2, 6, 32), mask[:1])


def test_checkpoint_round_trip(tmp_path):
    from softprism.oracle.checkpoint import load_oracle, save_oracle

    net = tiny_net()
    x, mask = torch.randn(3, 3, 5, 32), torch.ones(3, 5, dtype=torch.bool)
    save_oracle(tmp_path / "ck", net, {"sources": ["emb", "h1", "h2"], "step": 7})
    net2, meta = load_oracle(tmp_path / "ck")
    assert meta["step"] == 7 and meta["sources"] == ["emb", "h1", "h2"]
    a, b = net(x, mask), net2(x, mask)
    for k in a:
        assert torch.equal(a[k], b[k])
    # damaged or missing files give one clear InputError
    with pytest.raises(InputError):
        load_oracle(tmp_path / "missing")
    (tmp_path / "ck" / "oracle.safetensors").write_bytes(b"garbage")
    with pytest.raises(InputError):
        load_oracle(tmp_path / "ck")
    meta_path = tmp_path / "ck" / "oracle.json"
    meta_path.write_text(json.dumps(json.loads(meta_path.read_text()) | {"format": "other"}))
    with pytest.raises(InputError):
        load_oracle(tmp_path / "ck")


def test_candidate_dictionary_round_robin():
    import numpy as np

    from softprism.oracle.recall import candidate_dictionary

    presence = np.array([0.1, 0.9, 0.5])
    hits = np.array([[7, 8, 9], [1, 2, 3], [1, 4, -1]])
    assert candidate_dictionary(presence, hits, 4) == [1, 7, 2, 4]
    assert candidate_dictionary(presence, hits, 100) == [1, 7, 2, 4, 8, 3, 9]
