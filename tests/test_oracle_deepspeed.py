"""oracle/train.py under `accelerate launch --config_file configs/accelerate/deepspeed_zero2.yaml` on CPU:
DeepSpeed ZeRO-2 takes its batch size, accumulation and clipping from the oracle YAML ("auto" in the JSON), saves
DeepSpeed checkpoints, and the final oracle loads through the inference API.

The first DeepSpeed run on a machine JIT-builds DeepSpeed's CPU communication op (about 2 minutes on 2 loaded
cores; cached in ~/.cache/torch_extensions afterwards)."""

import json

from test_oracle_train import run, synth_run, train_cmd  # noqa: F401  (synth_run is a fixture)


def test_deepspeed_zero2_launch(synth_run, tmp_path):  # noqa: F811
    out = tmp_path / "ds"
    run(train_cmd(out, synth_run, "--set", "train.steps=4", "--set", "train.grad_accum=2", launch="deepspeed_zero2"),
        timeout=600)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["deepspeed"] is True and summary["step"] == 4
    assert (out / "checkpoints" / "step-0000004" / "pytorch_model").is_dir()  # a DeepSpeed checkpoint
    rows = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
    assert [r["step"] for r in rows if r["split"] == "train"] == [2, 4]
    assert any(k.startswith("recall_semantic@") for k in rows[-1])

    from softprism.oracle.checkpoint import load_oracle

    net, meta = load_oracle(out)
    assert meta["step"] == 4 and meta["summary"]["deepspeed"] is True


def test_deepspeed_auto_values_are_filled_and_conflicts_refused():
    import pytest

    from softprism.poe.config import load_config
    from softprism.poe.errors import InputError
    from softprism.oracle.config import OracleConfig
    from softprism.oracle.trainer import fill_deepspeed

    cfg = load_config(OracleConfig, "configs/oracle/tiny.yaml", ["train.grad_accum=3", "train.grad_clip=0.5"])
    conf = json.loads(open("configs/deepspeed/zero2.json").read())

    class Plugin:
        deepspeed_config = conf

    fill_deepspeed(Plugin, cfg, world=2)
    assert conf["train_micro_batch_size_per_gpu"] == 4 and conf["gradient_accumulation_steps"] == 3
    assert conf["train_batch_size"] == 24 and conf["gradient_clipping"] == 0.5
    Plugin.deepspeed_config = {"gradient_accumulation_steps": 5}
    with pytest.raises(InputError):
        fill_deepspeed(Plugin, cfg, world=1)


def test_deepspeed_accelerator_is_forced_to_cpu_only_without_a_gpu(monkeypatch):
    import test_oracle_train

    monkeypatch.delenv("DS_ACCELERATOR", raising=False)
    monkeypatch.setattr(test_oracle_train.torch.cuda, "is_available", lambda: True)
    assert "DS_ACCELERATOR" not in test_oracle_train.env()
    monkeypatch.setattr(test_oracle_train.torch.cuda, "is_available", lambda: False)
    assert test_oracle_train.env()["DS_ACCELERATOR"] == "cpu"
