"""oracle/evaluate.py end to end on the tiny synth set: the oracle, the random-init oracle and the nearest-token
projection baseline are scored in one run, at every dictionary size, with exact <= semantic recall."""

import json
import shutil
import sys

import torch

from test_oracle_train import ROOT, synth_run  # noqa: F401  (synth_run is a fixture)


def test_evaluate_cli(synth_run, tmp_path, monkeypatch, capsys):  # noqa: F811
    from softprism.poe.lm import load_lm
    from softprism.oracle.checkpoint import save_oracle
    from softprism.oracle.config import NetConfig
    from softprism.oracle.model import ActivationOracle

    lm = load_lm("tiny")
    torch.manual_seed(1)
    net = ActivationOracle(NetConfig(d_model=32, n_heads=2, encoder_layers=1, decoder_layers=1, ffn=64, slots=4,
                                     max_len=16), 3, lm.d_model, 64)
    meta = {"sources": ["emb", "h1", "h2"], "lm": {"name": "tiny", "fingerprint": lm.fingerprint, "d_model": 32},
            "slot": "prefix", "encoder": {"name": "hash:64", "model_id": "hash:64", "dim": 64}, "step": 0}
    save_oracle(tmp_path / "oracle", net, meta)
    data = tmp_path / "heldout"  # evaluate refuses a train-split run: relabel the cached tiny run's split
    shutil.copytree(synth_run, data)
    man = json.loads((data / "manifest.json").read_text())
    man["config"]["corpus"]["split"] = "heldout"
    (data / "manifest.json").write_text(json.dumps(man))
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sys, "argv", ["evaluate.py", "--oracle", str(tmp_path / "oracle"), "--data", str(data),
                                      "--out", str(tmp_path / "eval"), "--sizes", "2", "4", "--semantic-k", "32"])
    from softprism.oracle.evaluate import main

    assert main() == 0
    res = json.loads((tmp_path / "eval" / "evaluate.json").read_text())
    assert set(res["results"]) == {"oracle", "random_init", "projection"} and res["n_examples"] == 12
    for r in res["results"].values():
        for s in (2, 4):
            assert 0 <= r[f"recall_exact@{s}"] <= r[f"recall_semantic@{s}"] <= 1
        assert r["recall_semantic@2"] <= r["recall_semantic@4"]
    assert "projection" in capsys.readouterr().out
