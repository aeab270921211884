"""oracle/train.py end to end on the tiny config (CPU): a plain `accelerate launch` run writes the whole run folder
and its oracle predicts through the inference API; a NaN loss dumps its terms and stops; bad input exits 2.

The synthetic set is made once by synth's tiny config (shrunk further: 12 examples, 2 distillation steps) and kept
in pytest's cache folder, so the other oracle test files reuse it.
"""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

ROOT = Path(__file__).resolve().parent.parent
SYNTH_SET = ["output.n_examples=12", "output.shard_size=12", "distill.batch_prompts=12", "distill.max_steps=2",
             "distill.eval_every=2", "distill.eval_fit=2", "distill.n_val=2", "probes.n_fit=10",
             "probes.n_heldout=2", "probes.positions=1"]


def env() -> dict:
    e = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="false",
             OMP_NUM_THREADS="1", SOFTPRISM_LOG="WARNING")
    if not torch.cuda.is_available():  # on a GPU machine DeepSpeed picks CUDA itself; CPU only where there is none
        e.setdefault("DS_ACCELERATOR", "cpu")
    e.pop("SOFTPRISM_ORACLE_KILL_AT_STEP", None)
    return e


def run(args, check=True, extra_env=None, timeout=300):
    p = subprocess.run(args, cwd=ROOT, env=env() | (extra_env or {}), capture_output=True, text=True, timeout=timeout)
    if check and p.returncode != 0:
        raise AssertionError(f"{args} exited {p.returncode}:\n{p.stderr[-3000:]}")
    return p


@pytest.fixture(scope="session")
def synth_run(request) -> Path:
    """A tiny synth run (configs/synth/tiny.yaml, shrunk), generated once and cached across sessions; keyed by the
    config and by the code that makes it (synth/ and poe/), so a change to either regenerates it."""
    key = hashlib.sha256(json.dumps(SYNTH_SET).encode() + (ROOT / "configs/synth/tiny.yaml").read_bytes())
    for f in sorted([*(ROOT / "synth").glob("*.py"), *(ROOT / "poe").glob("*.py")]):
        key.update(f.read_bytes())
    out = Path(request.config.cache.mkdir("oracle-synth")) / key.hexdigest()[:12]
    man = out / "manifest.json"
    if man.is_file() and (out / "shards").is_dir() and \
            len(list((out / "shards").glob("shard-*"))) == json.loads(man.read_text())["n_shards"]:
        return out
    sets = [a for s in SYNTH_SET for a in ("--set", s)]
    run([sys.executable, "synth/generate.py", "--config", "configs/synth/tiny.yaml", "--out", str(out),
         "--no-progress", *sets])
    return out


def train_cmd(out, synth, *extra, launch: str | None = "plain"):
    base = [sys.executable, "-m", "accelerate.commands.launch", "--config_file",
            f"configs/accelerate/{launch}.yaml", "--num_processes", "1"] if launch else [sys.executable]
    return [*base, "oracle/train.py", "--config", "configs/oracle/tiny.yaml", "--out", str(out), "--no-progress",
            "--set", f"data.train={synth}", *extra]


def test_plain_launch_run_folder_and_inference(synth_run, tmp_path):
    out = tmp_path / "run"
    run(train_cmd(out, synth_run))
    for name in ("config.yaml", "run.json", "metrics.jsonl", "summary.json", "final/oracle.safetensors",
                 "final/oracle.json", "checkpoints/step-0000008/trainer.json",
                 "checkpoints/step-0000008/oracle.safetensors"):
        assert (out / name).is_file(), name
    assert any((out / "tb").iterdir())
    info = json.loads((out / "run.json").read_text())
    assert "git_sha" in info and "torch" in info["versions"]
    rows = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
    train = [r for r in rows if r["split"] == "train"]
    val = [r for r in rows if r["split"] == "val"]
    assert [r["step"] for r in train] == [2, 4, 6, 8] and [r["step"] for r in val] == [4, 8]
    assert all(r["samples_per_s"] > 0 and {"presence", "direction", "weight"} <= set(r) for r in train)
    for s in (4, 8, 16):
        assert 0 <= val[-1][f"recall_semantic@{s}"] <= 1 and val[-1][f"recall_exact@{s}"] <= val[-1][f"recall_semantic@{s}"]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["step"] == 8 and summary["deepspeed"] is False
    assert list((synth_run / "oracle_cache").glob("*.safetensors")), "features were not cached with the data"

    # inference API: predictions for real soft prompts of the set, equal to the network on cached features
    from softprism.oracle.inference import Oracle
    from softprism.synth.shards import load_examples

    oracle = Oracle.load(out, device="cpu")
    ds = load_examples(synth_run)
    prompts = [torch.tensor(ds[i]["soft_prompt"]) for i in range(3)]
    pred = oracle.predict(prompts)
    K = oracle.net.cfg.slots
    assert pred.directions.shape == (3, K, 64) and pred.weights.shape == (3, K) and pred.presence.shape == (3, K)
    assert ((pred.presence >= 0) & (pred.presence <= 1)).all() and sorted(pred.order(0)) == list(range(K))
    one = oracle.predict(prompts[1:2])
    assert abs(one.directions[0] - pred.directions[1]).max() < 1e-5
    # longer than net.max_len (tiny: 16): read its first max_len positions (causal: their features are those of
    # the cut prompt), with a warning, not an error
    long = torch.randn(20, oracle.lm.d_model) * float(oracle.lm.embedding_std)
    assert abs(oracle.predict([long]).directions - oracle.predict([long[:16]]).directions).max() < 1e-5
    from softprism.poe.errors import InputError

    with pytest.raises(InputError):
        oracle.predict([torch.full((4, oracle.lm.d_model), float("nan"))])


def test_nan_loss_dumps_terms_and_stops(synth_run, tmp_path):
    out = tmp_path / "nan"
    p = run(train_cmd(out, synth_run, "--set", "loss.weight=.nan", launch=None), check=False)
    assert p.returncode == 3, p.stderr[-2000:]
    assert "non-finite loss at step 0" in p.stderr
    dump = json.loads((out / "nan_dump.json").read_text())
    assert dump["step"] == 0 and set(dump["terms"]) >= {"loss", "presence", "direction", "weight"}
    assert len(dump["example_index"]) == 4


def test_bad_input_exits_2_with_one_line(tmp_path):
    p = run([sys.executable, "oracle/train.py", "--config", "configs/oracle/tiny.yaml", "--out", str(tmp_path / "x"),
             "--set", "net.slotz=3"], check=False)
    assert p.returncode == 2 and p.stderr.strip().count("\n") == 0 and "slotz" in p.stderr
    p = run([sys.executable, "oracle/train.py", "--config", "configs/oracle/tiny.yaml", "--out", str(tmp_path / "x"),
             "--set", f"data.train={tmp_path / 'nothing'}"], check=False)
    assert p.returncode == 2 and "synth run" in p.stderr.strip().splitlines()[-1]
    assert not (tmp_path / "x" / "final").exists()


def test_non_finite_gradient_skips_the_update(synth_run, tmp_path, monkeypatch):
    """An update whose gradient norm is not finite is skipped and counted, and training goes on (in process)."""
    import accelerate

    from softprism.oracle.config import OracleConfig
    from softprism.oracle.trainer import train
    from softprism.poe.config import load_config

    calls = {"n": 0}
    orig = accelerate.Accelerator.clip_grad_norm_

    def nan_on_third(self, params, max_norm, *a, **k):
        calls["n"] += 1
        norm = orig(self, params, max_norm, *a, **k)
        return torch.tensor(float("nan")) if calls["n"] == 3 else norm

    monkeypatch.setattr(accelerate.Accelerator, "clip_grad_norm_", nan_on_third)
    cfg = load_config(OracleConfig, "configs/oracle/tiny.yaml", [f"data.train={synth_run}"])
    summary = train(cfg, tmp_path / "run", progress=False)
    assert calls["n"] == 8 and summary["step"] == 8 and summary["skipped_updates_this_invocation"] == 1
    rows = [json.loads(line) for line in (tmp_path / "run" / "metrics.jsonl").read_text().splitlines()]
    assert [r["skipped_updates"] for r in rows if r["split"] == "train"] == [0, 1, 1, 1]


def test_training_logs_without_tensorboard(monkeypatch, tmp_path, caplog):
    """TensorBoard is in the `train` extra: without it the trainer warns once and keeps metrics.jsonl only."""
    import builtins

    from softprism.oracle.trainer import tensorboard_writer

    real_import = builtins.__import__

    def no_tb(name, *a, **k):
        if name.startswith("torch.utils.tensorboard"):
            raise ImportError("no tensorboard")
        return real_import(name, *a, **k)

    monkeypatch.setattr(builtins, "__import__", no_tb)
    with caplog.at_level("WARNING"):
        assert tensorboard_writer(tmp_path / "tb", 0) is None
    assert "softprism[train]" in caplog.text
