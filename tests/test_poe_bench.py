"""benchmarks/poe_bench.py at tiny size: every section runs and writes its JSON and figure (numbers are not judged
here)."""

import json
import math
import sys

import pytest

from benchmarks import poe_bench as bench


def test_poe_bench_all_sections_tiny(tmp_path, monkeypatch, capsys):
    from softprism.poe.runs import main_guard

    out = tmp_path / "b"
    monkeypatch.setattr(sys, "argv", ["bench", "--out", str(out), "--model", "tiny", "--candidates", "6",
                                      "--probes", "3", "--positions", "2", "--table-prompts", "2",
                                      "--table-probes", "2", "--scipy-max-seconds", "20",
                                      "--sections", "tables", "solver", "precision", "path", "--path-k", "3",
                                      "--precision-prompts", "4", "--precision-probes", "3",
                                      "--matmul-seconds", "0.1"])
    with pytest.raises(SystemExit) as e:
        main_guard(bench.main)
    assert e.value.code == 0
    r = json.loads((out / "poe_bench.json").read_text())
    assert (out / "poe_bench.png").stat().st_size > 0
    t = r["tables"]
    assert t["max_abs_diff"] < 1e-3  # batched tables equal the one-pair loop
    # FLOPs: 2 per transformer weight per tail token, the embedding table excluded
    lm = bench.load_lm("tiny")
    n_emb = lm.embedding.weight.numel()
    assert bench.transformer_params(lm) == sum(p.numel() for p in lm.base.parameters()) - n_emb
    assert math.isclose(t["gflop_per_pair"], 2 * bench.transformer_params(lm) * t["tail_tokens_per_pair"] / 1e9)
    assert r["matmul"]["float32_gflop_per_s"] > 0 and t["goal"]["pairs"] == 128 * 64 * 3 // 2
    assert r["solver"]["l2"]["ours"]["converged"]
    pr = r["precision"]
    assert pr["positions"] == 6 and pr["float32_pairs_per_s"] > 0 and pr["bfloat16_pairs_per_s"] > 0
    kl = pr["kl_fp32_to_bf16"]
    assert 0 <= kl["mean"] <= kl["p99"] <= kl["max"] and math.isfinite(kl["max"]) and kl["max"] > 0  # bf16 differs
    s = pr["solve"]
    assert isinstance(s["support_float32"], list) and s["relative_excess"] >= -1e-6  # fp32 optimum is optimal
    assert len(s["path_float32"]) >= 1 and isinstance(s["same_path"], bool)
    p = r["path"]
    assert p["same_picks"] and p["max_abs_kl_fit_diff"] < 1e-6 and len(p["kept_logits"]["indices"]) == 3
    printed = capsys.readouterr().out
    assert "precision: fp32" in printed and "greedy path N=6" in printed


def test_poe_bench_bad_sizes(tmp_path, monkeypatch, capsys):
    from softprism.poe.runs import main_guard

    monkeypatch.setattr(sys, "argv", ["bench", "--out", str(tmp_path / "x"), "--model", "tiny", "--candidates", "1"])
    with pytest.raises(SystemExit) as e:
        main_guard(bench.main)
    assert e.value.code == 2 and "--candidates must be >= 2" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_state_store_computes_each_table_once_on_shared_tails(tiny_lm, tiny_probes, tmp_path, monkeypatch):
    """benchmarks/poe_bench.py fits and measures on one set of tails: the store computes each prompt's table once and
    gives it as both, equal to what separate tails would give."""
    import torch

    from softprism.poe import store as S
    from softprism.poe.slot import PromptSlot
    from softprism.poe.tables import make_tails

    monkeypatch.setenv("SOFTPRISM_NO_TABLE_CACHE", "1")
    slot = PromptSlot(tiny_lm, "system")
    tails = make_tails(tiny_lm, slot, tiny_probes[0], 2)
    calls = []
    real = S.compute_states
    monkeypatch.setattr(S, "compute_states", lambda *a, **k: calls.append(1) or real(*a, **k))
    fit, held, _ = S.StateStore(tiny_lm, slot, tails, tails).get(["one prompt", "another"])
    assert len(calls) == 2 and torch.equal(fit, held)  # the null row, then the two prompts: once each
    twin = S.StateStore(tiny_lm, slot, tails, make_tails(tiny_lm, slot, tiny_probes[0], 2))
    assert twin.same_tails and not S.StateStore(tiny_lm, slot, tails, make_tails(tiny_lm, slot, tiny_probes[1],
                                                                                    2)).same_tails


def test_poe_bench_signature_sections_on_the_broad_battery_tiny(tmp_path, monkeypatch, capsys):
    """`--battery broad`: the metric section reads the 56-probe battery, and `battery_cost` times it against the
    default battery on the same prompts (more probes and tail tokens)."""
    from softprism.poe.runs import main_guard

    out = tmp_path / "s"
    monkeypatch.setattr(sys, "argv", ["bench", "--out", str(out), "--model", "tiny", "--candidates", "6",
                                      "--probes", "3", "--positions", "2", "--sections", "signatures",
                                      "battery_cost", "--battery", "broad", "--signature-prompts", "6",
                                      "--signature-pairs", "10"])
    with pytest.raises(SystemExit) as e:
        main_guard(bench.main)
    assert e.value.code == 0
    r = json.loads((out / "poe_bench.json").read_text())
    sg = r["signatures"]
    assert sg["battery"] == "battery:broad" and sg["battery_probes"] == 56 and sg["positions"] == 56 * 2
    assert -1 <= sg["base"]["all"]["spearman"] <= 1 and len(sg["points"]) == 10 + 6
    bc = r["battery_cost"]
    assert bc["battery"] == "battery:broad" and bc["probes"] == [12, 56] and bc["prompts"] == 6
    assert bc["tail_tokens"][1] > bc["tail_tokens"][0] and min(bc["s_per_prompt"]) > 0
    assert bc["ratio"] == pytest.approx(bc["s_per_prompt"][1] / bc["s_per_prompt"][0], rel=1e-2)
    assert "battery cost:" in capsys.readouterr().out
    alone = tmp_path / "c"  # the cost section alone: JSON, no figure
    monkeypatch.setattr(sys, "argv", ["bench", "--out", str(alone), "--model", "tiny", "--candidates", "4",
                                      "--sections", "battery_cost", "--battery", "broad", "--signature-prompts", "3"])
    with pytest.raises(SystemExit) as e:
        main_guard(bench.main)
    assert e.value.code == 0 and json.loads((alone / "poe_bench.json").read_text())["battery_cost"]["prompts"] == 3
