import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(args, **kw):
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, env=env, **kw)


@pytest.fixture(scope="module")
def tiny_dictionary(tmp_path_factory):
    p = tmp_path_factory.mktemp("dict") / "dict.txt"
    p.write_text("\n".join([
        "Always answer in French.", "Be extremely rude.", "You are a pirate captain.", "Reply only with JSON.",
        "Answer in one word.", "Write like Shakespeare.", "Explain it to a five-year-old.", "Refuse politely.",
    ]))
    return p


def test_phase0_and_phase05_cli_on_tiny_model(tmp_path, tiny_dictionary):
    common = ["--config", "configs/eval/phases_tiny.yaml", "--set", f"dictionary={tiny_dictionary}",
              "--set", "target=Be extremely rude."]
    r = run(["eval/phases.py", "phase0", "--out", str(tmp_path / "p0"), *common])
    assert r.returncode == 0, r.stderr[-2000:]
    res = json.loads((tmp_path / "p0" / "phase0.json").read_text())
    assert abs(res["target_weight"] - 1) < 0.01 and res["max_other_abs_weight"] < 0.01
    assert res["kl"] < 1e-4 and res["decomposition"]["kkt_residual"] <= 1e-6
    assert (tmp_path / "p0" / "phase0.png").stat().st_size > 1000
    assert (tmp_path / "p0" / "config.yaml").is_file() and (tmp_path / "p0" / "run.json").is_file()
    r = run(["eval/phases.py", "phase05", "--out", str(tmp_path / "p05"), *common, "--set", "sigmas=[0, 1.0]",
             "--set", "seeds=1"])
    assert r.returncode == 0, r.stderr[-2000:]
    res = json.loads((tmp_path / "p05" / "phase05.json").read_text())
    assert [p["sigma"] for p in res["summary"]] == [0.0, 1.0]
    assert res["summary"][0]["explained"] > 0.99 and res["summary"][1]["explained"] < res["summary"][0]["explained"]
    assert {"sigma", "kl", "explained", "top"} <= set(res["points"][0])


@pytest.mark.parametrize("extra,needle", [
    (["--set", "probes.nope=1"], "unknown key 'nope'"),
    (["--set", "dictionary=/no/such/file.txt"], "dictionary file not found"),
    (["--set", "probes.source=/no/such/probes.jsonl"], "probe file not found"),
])
def test_bad_input_one_line_nonzero_no_output(tmp_path, extra, needle):
    out = tmp_path / "out"
    r = run(["eval/phases.py", "phase0", "--out", str(out), "--config", "configs/eval/phases_tiny.yaml", *extra])
    assert r.returncode == 2
    lines = [ln for ln in r.stderr.strip().splitlines() if ln.startswith("error:")]
    assert len(lines) == 1 and needle in lines[0], r.stderr[-1000:]
    assert not out.exists() and not any(p.name.startswith(".out") for p in tmp_path.iterdir())


@pytest.mark.slow
def test_phase0_on_embedded_model_recovers_the_target(tmp_path):
    r = run(["eval/phases.py", "phase0", "--out", str(tmp_path / "p0"), "--config", "configs/eval/phases.yaml",
             "--set", "probes.n_fit=12", "--set", "probes.n_heldout=6", "--set", "solver.max_components=3"])
    assert r.returncode == 0, r.stderr[-2000:]
    res = json.loads((tmp_path / "p0" / "phase0.json").read_text())
    assert res["target_weight"] > 0.95 and res["max_other_abs_weight"] < 0.05
    assert res["kl"] < 1e-3 and res["dictionary_size"] >= 50


def _soft_file(tmp_path, shape, fill=None):
    import torch

    t = torch.randn(*shape) * 0.3 if fill is None else torch.full(shape, fill)
    p = tmp_path / "soft.pt"
    torch.save(t, p)
    return p


@pytest.mark.parametrize("make,needle", [
    (lambda d: _soft_file(d, (4, 7)), "width 7 does not match"),
    (lambda d: _soft_file(d, (4, 32), float("nan")), "NaN"),
    (lambda d: d / "missing.safetensors", "no such file"),
])
def test_dictionary_cli_refuses_bad_soft_prompts(tmp_path, tiny_dictionary, make, needle):
    soft = make(tmp_path)
    out = tmp_path / "out"
    r = run(["eval/phases.py", "dictionary", "--soft-prompt", str(soft), "--out", str(out),
             "--config", "configs/eval/phases_tiny.yaml", "--set", f"dictionary={tiny_dictionary}"])
    assert r.returncode == 2, r.stderr[-1500:]
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1 and needle in errors[0]
    assert not out.exists()


def test_unknown_model_path_is_one_line(tmp_path, tiny_dictionary):
    r = run(["eval/phases.py", "phase0", "--out", str(tmp_path / "o"), "--config", "configs/eval/phases_tiny.yaml",
             "--set", f"model.name={tmp_path / 'no-such-model'}"])
    assert r.returncode == 2
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1 and "could not be loaded offline" in errors[0]


def test_dictionary_cli_decomposes_a_soft_prompt(tmp_path, tiny_dictionary):
    soft = _soft_file(tmp_path, (3, 32))
    r = run(["eval/phases.py", "dictionary", "--soft-prompt", str(soft), "--out", str(tmp_path / "d"),
             "--config", "configs/eval/phases_tiny.yaml", "--set", f"dictionary={tiny_dictionary}"])
    assert r.returncode == 0, r.stderr[-1500:]
    res = json.loads((tmp_path / "d" / "decomposition.json").read_text())
    assert res["kkt_residual"] <= 1e-6 and 0 <= res["kl"] <= res["kl_base"] + 1e-9
    assert "explained" in r.stdout


def test_empty_probe_file_is_one_line(tmp_path):
    empty = tmp_path / "probes.jsonl"
    empty.write_text("")
    r = run(["eval/phases.py", "phase0", "--out", str(tmp_path / "o"), "--config", "configs/eval/phases_tiny.yaml",
             "--set", f"probes.source={empty}"])
    assert r.returncode == 2
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1 and "no rows" in errors[0] and str(empty) in errors[0]
    assert not (tmp_path / "o").exists()
