"""Kill-and-resume: a training process killed with SIGKILL mid-run continues with --resume, ends at the same step
count, and ends with the same weights and metrics as an uninterrupted run (data order and RNG are restored)."""

import json

import pytest
import torch

from test_oracle_train import run, synth_run, train_cmd  # noqa: F401  (synth_run is a fixture)


def test_kill_and_resume_equals_uninterrupted(synth_run, tmp_path):  # noqa: F811
    killed = tmp_path / "killed"
    cmd = train_cmd(killed, synth_run, "--set", "train.checkpoint_every=2", "--set", "net.dropout=0.1", launch=None)
    p = run(cmd, check=False, extra_env={"SOFTPRISM_ORACLE_KILL_AT_STEP": "5"})
    assert p.returncode == -9, p.stderr[-2000:]  # SIGKILL: no cleanup ran
    ckpts = sorted(d.name for d in (killed / "checkpoints").iterdir() if d.name.startswith("step-"))
    assert ckpts == ["step-0000002", "step-0000004"] and not (killed / "final").exists()
    run(cmd + ["--resume"])
    ref = tmp_path / "ref"
    run(train_cmd(ref, synth_run, "--set", "train.checkpoint_every=2", "--set", "net.dropout=0.1", launch=None))

    a = json.loads((killed / "summary.json").read_text())
    b = json.loads((ref / "summary.json").read_text())
    assert a["step"] == b["step"] == 8
    for k, v in b["final_metrics"].items():
        assert a["final_metrics"][k] == pytest.approx(v, rel=1e-4, abs=1e-6), k
    from safetensors.torch import load_file

    wa, wb = load_file(str(killed / "final/oracle.safetensors")), load_file(str(ref / "final/oracle.safetensors"))
    assert wa.keys() == wb.keys()
    for k in wa:
        assert torch.allclose(wa[k], wb[k], atol=1e-5), k
    # metrics.jsonl holds each step once, as in the uninterrupted run
    steps = lambda out: [(r["step"], r["split"]) for r in map(json.loads, (out / "metrics.jsonl").read_text().splitlines())]  # noqa: E731
    assert steps(killed) == steps(ref)
    assert list(killed.glob("run-resume-*.json"))


def test_resume_refuses_another_config(tmp_path):
    from softprism.poe.config import load_config, save_config
    from softprism.poe.errors import InputError
    from softprism.oracle.config import OracleConfig
    from softprism.oracle.trainer import _check_out

    cfg = load_config(OracleConfig, "configs/oracle/tiny.yaml")
    save_config(cfg, tmp_path / "config.yaml")
    _check_out(tmp_path, cfg, resume=True)  # same config: fine
    with pytest.raises(InputError, match="another config"):
        _check_out(tmp_path, load_config(OracleConfig, "configs/oracle/tiny.yaml", ["train.steps=9"]), resume=True)
    with pytest.raises(InputError, match="--resume"):
        _check_out(tmp_path, cfg, resume=False)
