"""Bad inputs across the entry points: each row is a command, the exit status it must give, a phrase its one-line
message must contain, and the promise that it leaves no new file behind (docs/RELIABILITY.md holds the table).

Rows run in this process through `main_guard(module.main)` (no interpreter start per row), on the tiny random model,
inside one prepared folder `W` that is also the current folder (so `--out .` means it). After every row the folder
tree, hidden files included, must be exactly what it was before. Three stories get their own tests: a planted pickle
at the resume path does not run; decomposing into the input's own folder leaves the input intact; two synth jobs on
one folder: one proceeds, the other exits naming the holder's pid.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
import torch

ROOT = Path(__file__).resolve().parent.parent
CFG = ROOT / "configs"
BAD_UTF8 = b"fine line\n\xff\xfe not utf-8\n"  # first bad byte at offset 10


@dataclass(frozen=True)
class W:
    """The prepared world: every path a row may name (all under `root`)."""

    root: Path
    adapter: Path  # a PEFT adapter of the tiny model
    nested: Path  # a folder holding another copy of it (nested/adapter)
    wide: Path  # a PEFT adapter whose width (7) matches no model
    task: Path  # a JSONL task file (input, output)
    nan_poe: Path  # a decomposition with a NaN weight
    junk: Path  # a non-empty folder no command wrote
    file: Path  # a plain file
    synth: Path  # a synth run folder (manifest only: every refusal here comes before its shards are read)
    synth_train: Path  # the same, made from the corpus' train split
    oracle: Path  # a tiny random oracle
    index: Path  # a hash:32 index of 60 prompts
    bad_txt: Path  # non-UTF-8 text
    bad_jsonl: Path  # non-UTF-8 JSONL
    bad_poe: Path  # non-UTF-8 JSON


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> W:
    from softprism.oracle.checkpoint import save_oracle
    from softprism.oracle.config import NetConfig
    from softprism.oracle.model import ActivationOracle
    from softprism.poe.config import load_config
    from softprism.poe.lm import load_lm, tiny_model_dir
    from softprism.poe.softprompt import save_peft_adapter
    from softprism.retrieval.builder import build_index
    from softprism.retrieval.config import RetrievalConfig

    root = tmp_path_factory.mktemp("world")
    lm = load_lm("tiny")
    save_peft_adapter(lm.embed_text("Answer briefly.").detach().float(), root / "adapter", str(tiny_model_dir()))
    shutil.copytree(root / "adapter", root / "nested" / "adapter")
    save_peft_adapter(torch.randn(3, 7), root / "wide", str(tiny_model_dir()))
    task = root / "task.jsonl"
    task.write_text("".join(json.dumps({"input": f"is {i} even?", "output": ["yes", "no"][i % 2]}) + "\n"
                            for i in range(8)))
    (root / "nan_poe.json").write_text('[["Answer briefly.", NaN]]')
    (root / "junk").mkdir()
    (root / "junk" / "notes.txt").write_text("mine\n")
    (root / "file").write_text("a file\n")
    for name, split in (("synth", "heldout"), ("synth_train", "train")):
        (root / name).mkdir()
        (root / name / "manifest.json").write_text(json.dumps({
            "kind": "softprism.synth", "slot": "prefix", "run_key": name, "n_shards": 0,
            "model": {"name": "tiny", "fingerprint": lm.fingerprint}, "config": {"corpus": {"split": split}}}))
    torch.manual_seed(0)
    net = ActivationOracle(NetConfig(d_model=32, n_heads=2, encoder_layers=1, decoder_layers=1, ffn=64, slots=4,
                                     max_len=16), 3, lm.d_model, 32)
    save_oracle(root / "oracle", net, {"sources": ["emb", "h1", "h2"], "slot": "prefix", "step": 0,
                                       "lm": {"name": "tiny", "fingerprint": lm.fingerprint, "d_model": lm.d_model},
                                       "encoder": {"name": "hash:32", "model_id": "hash:32", "dim": 32}})
    build_index(load_config(RetrievalConfig, CFG / "retrieval/tiny.yaml", ["corpus.size=60", "encoder.name=hash:32"]),
                root / "index")
    (root / "bad.txt").write_bytes(BAD_UTF8)
    (root / "bad.jsonl").write_bytes(b'{"input": "ok", "text": "ok", "output": "a"}\n{"input": "\xff"}\n')
    (root / "bad_poe.json").write_bytes(b'[["caf\xe9", 1.0]]')
    return W(root, root / "adapter", root / "nested", root / "wide", task, root / "nan_poe.json", root / "junk", root / "file",
             root / "synth", root / "synth_train", root / "oracle", root / "index", root / "bad.txt",
             root / "bad.jsonl", root / "bad_poe.json")


def tree(root: Path) -> dict[str, int]:
    """Every file and folder under `root` (hidden ones included) -> size (-1 for folders)."""
    return {str(p.relative_to(root)): (-1 if p.is_dir() else p.stat().st_size) for p in root.rglob("*")}


def run_main(module: str, argv: list, monkeypatch, capsys) -> tuple[int, str]:
    """`python <module>.py ARGV` in this process: (exit status, stderr)."""
    from softprism.poe.runs import main_guard

    mod = importlib.import_module(module)
    monkeypatch.setattr(sys, "argv", [module, *map(str, argv)])
    with pytest.raises(SystemExit) as e:
        main_guard(mod.main)
    return int(e.value.code or 0), capsys.readouterr().err


DEC = "softprism.eval.decompose_real"
PHA = "softprism.eval.phases"
EVA = "softprism.oracle.evaluate"
ORT = "softprism.oracle.train"
SYN = "softprism.synth.generate"
TEV = "softprism.eval.tasks_eval"
TSP = "softprism.synth.train_prompt"
EXP = "softprism.synth.export_peft"
RBU = "softprism.retrieval.build"
BEN = "softprism.eval.benchmark"
NOWRITE = "/proc/softprism-test/out"  # a folder no process can create, root included


def dec(w: W, *extra) -> list:
    return [w.adapter, "--config", CFG / "eval/decompose_tiny.yaml", "--index", w.index, *extra]


def pha(w: W, phase: str, *extra) -> list:
    return [phase, "--config", CFG / "eval/phases_tiny.yaml", *extra]


def tev(w: W, *extra) -> list:
    return ["--test", w.task, "--model", "tiny", *extra]


def tsp(w: W, *extra) -> list:
    return ["--train", w.task, "--model", "tiny", "--steps", "1", *extra]


def syn(w: W, *extra) -> list:
    return ["--config", CFG / "synth/tiny.yaml", "--no-progress", *extra]


def ort(w: W, *extra) -> list:
    return ["--config", CFG / "oracle/tiny.yaml", "--no-progress", "--set", f"data.train={w.synth}", *extra]


def eva(w: W, *extra) -> list:
    return ["--oracle", w.oracle, "--data", w.synth, "--sizes", "2", *extra]


def ben(w: W, *extra) -> list:
    return ["--config", CFG / "eval/benchmark_tiny.yaml", "--data", w.synth, *extra]


@dataclass(frozen=True)
class Row:
    id: str
    module: str
    argv: Callable[[W], list]
    rc: int
    phrase: str


ROWS = [
    # 1. an existing --out: never the input, never the current folder, never someone else's folder
    Row("decompose-out-is-input", DEC, lambda w: dec(w, "--out", w.adapter), 2, "is the input"),
    Row("decompose-out-holds-input", DEC, lambda w: [w.nested / "adapter", "--config", CFG / "eval/decompose_tiny.yaml",
                                                     "--index", w.index, "--out", w.nested, "--overwrite"], 2,
        "holds the input"),
    Row("decompose-out-above-cwd", DEC, lambda w: dec(w, "--out", w.root.parent, "--overwrite"), 2, "current folder"),
    Row("decompose-out-dot", DEC, lambda w: dec(w, "--out", "."), 2, "is the current folder"),
    Row("decompose-out-dot-overwrite", DEC, lambda w: dec(w, "--out", ".", "--overwrite"), 2, "current folder"),
    Row("decompose-out-foreign", DEC, lambda w: dec(w, "--out", w.junk), 2, "pass --overwrite to replace it"),
    Row("decompose-out-index", DEC, lambda w: dec(w, "--out", w.index, "--overwrite"), 2, "is the input"),
    Row("decompose-out-synth-run", DEC, lambda w: dec(w, "--out", w.synth), 2, "not a previous run of this command"),
    Row("phases-out-foreign", PHA, lambda w: pha(w, "phase0", "--out", w.junk), 2, "not a previous run"),
    Row("phases-out-is-input", PHA, lambda w: pha(w, "dictionary", "--soft-prompt", w.adapter, "--out", w.adapter),
        2, "is the input"),
    Row("evaluate-out-is-data", EVA, lambda w: eva(w, "--out", w.synth), 2, "is the input"),
    Row("evaluate-out-foreign", EVA, lambda w: eva(w, "--out", w.junk), 2, "not a previous run"),
    Row("oracle-train-out-foreign", ORT, lambda w: ort(w, "--out", w.junk), 2, "not a previous run of this command"),
    Row("oracle-train-out-is-data", ORT, lambda w: ort(w, "--out", w.synth), 2, "is the input"),
    Row("synth-out-foreign", SYN, lambda w: syn(w, "--out", w.junk), 2, "no manifest.json"),
    Row("synth-out-holds-corpus", SYN, lambda w: syn(w, "--out", w.junk, "--set", f"corpus.source={w.junk}/notes.txt"),
        2, "holds the input"),
    Row("train-prompt-out-foreign", TSP, lambda w: tsp(w, "--out", w.junk), 2, "--overwrite"),
    Row("train-prompt-out-dot", TSP, lambda w: tsp(w, "--out", ".", "--overwrite"), 2, "current folder"),
    Row("export-out-is-run", EXP, lambda w: [w.synth, "--index", 0, "--out", w.synth, "--overwrite"], 2,
        "is the input"),
    Row("export-out-foreign", EXP, lambda w: [w.synth, "--index", 0, "--out", w.junk], 2, "--overwrite"),
    Row("build-out-foreign", RBU, lambda w: ["--config", CFG / "retrieval/tiny.yaml", "--out", w.junk], 2,
        "no index.json"),
    Row("benchmark-out-dot", BEN, lambda w: ben(w, "--out", "."), 2, "current folder"),
    # 3. non-UTF-8 input: one line naming the file and the byte offset
    Row("decompose-candidates-txt", DEC, lambda w: dec(w, "--candidates", w.bad_txt), 2, "byte offset 10"),
    Row("decompose-candidates-jsonl", DEC, lambda w: dec(w, "--candidates", w.bad_jsonl), 2, "bad.jsonl: not UTF-8"),
    Row("decompose-probes", DEC, lambda w: dec(w, "--probes", w.bad_jsonl), 2, "byte offset 56"),
    Row("phases-dictionary", PHA, lambda w: pha(w, "phase0", "--out", w.root / "new", "--set",
                                                 f"dictionary={w.bad_txt}"), 2, "byte offset 10"),
    Row("synth-corpus", SYN, lambda w: syn(w, "--out", w.root / "new", "--set", f"corpus.source={w.bad_txt}"), 2,
        "bad.txt: not UTF-8"),
    Row("tasks-eval-test", TEV, lambda w: ["--test", w.bad_jsonl, "--model", "tiny"], 2, "byte offset 56"),
    Row("tasks-eval-poe", TEV, lambda w: tev(w, "--poe", w.bad_poe), 2, "byte offset 6"),
    Row("train-prompt-train", TSP, lambda w: ["--train", w.bad_jsonl, "--model", "tiny", "--out", w.root / "new"], 2,
        "byte offset 56"),
    Row("build-corpus", RBU, lambda w: ["--config", CFG / "retrieval/tiny.yaml", "--corpus", w.bad_txt, "--out",
                                        w.root / "new"], 2, "not UTF-8"),
    # 4. output paths checked before any compute: read-only, FILE/sub, a file where a folder goes
    Row("decompose-out-file", DEC, lambda w: dec(w, "--out", w.file), 2, "exists and is not a folder"),
    Row("decompose-out-file-sub", DEC, lambda w: dec(w, "--out", w.file / "sub"), 2, "is a file, not a folder"),
    Row("decompose-out-unwritable", DEC, lambda w: dec(w, "--out", NOWRITE), 2, "cannot write into"),
    Row("decompose-json-folder", DEC, lambda w: dec(w, "--json", w.junk), 2, "is a folder; --json takes a file"),
    Row("phases-out-file-sub", PHA, lambda w: pha(w, "phase0", "--out", w.file / "sub"), 2, "is a file, not a folder"),
    Row("evaluate-out-unwritable", EVA, lambda w: eva(w, "--out", NOWRITE), 2, "cannot write into"),
    Row("synth-out-unwritable", SYN, lambda w: syn(w, "--out", NOWRITE), 2, "cannot write into"),
    Row("tasks-eval-out-folder", TEV, lambda w: tev(w, "--out", w.junk), 2, "is a folder"),
    Row("tasks-eval-out-file-sub", TEV, lambda w: tev(w, "--out", w.file / "r.json"), 2, "is a file, not a folder"),
    Row("tasks-eval-out-unwritable", TEV, lambda w: tev(w, "--out", NOWRITE), 2, "cannot write into"),
    Row("tasks-eval-out-is-test", TEV, lambda w: tev(w, "--out", w.task), 2, "is an input"),
    Row("train-prompt-out-unwritable", TSP, lambda w: tsp(w, "--out", NOWRITE), 2, "cannot write into"),
    Row("export-out-file-overwrite", EXP, lambda w: [w.synth, "--index", 0, "--out", w.file, "--overwrite"], 2,
        "exists and is not a folder"),
    Row("export-out-file-sub", EXP, lambda w: [w.synth, "--index", 0, "--out", w.file / "sub"], 2, "is a file"),
    Row("build-out-unwritable", RBU, lambda w: ["--config", CFG / "retrieval/tiny.yaml", "--out", NOWRITE], 2,
        "cannot write into"),
    # 5. silently wrong numbers
    Row("tasks-eval-nan-weight", TEV, lambda w: tev(w, "--poe", w.nan_poe), 2, "every weight must be a finite number"),
    Row("tasks-eval-limit-negative", TEV, lambda w: tev(w, "--limit", -1), 2, "--limit must be >= 0"),
    Row("train-prompt-limit-negative", TSP, lambda w: tsp(w, "--out", w.root / "new", "--test", w.task, "--limit",
                                                          -1), 2, "--limit must be >= 0"),
    Row("train-prompt-lr-nan", TSP, lambda w: tsp(w, "--out", w.root / "new", "--lr", "nan"), 2,
        "--lr must be a finite number > 0"),
    Row("train-prompt-lr-inf", TSP, lambda w: tsp(w, "--out", w.root / "new", "--lr", "inf"), 2, "finite number"),
    Row("evaluate-train-split", EVA, lambda w: ["--oracle", w.oracle, "--data", w.synth_train, "--out",
                                                w.root / "new"], 2, "'train' split"),
    Row("evaluate-threshold-nan", EVA, lambda w: eva(w, "--out", w.root / "new", "--threshold", "nan"), 2,
        "--threshold must be a cosine"),
    # 6. the fix named in the message exists in that command
    Row("decompose-encoder-mismatch", DEC, lambda w: dec(w, "--out", w.root / "new", "--set",
                                                         "retrieval.encoder=hash:16"), 2,
        "pass --set retrieval.encoder=hash:32"),
    Row("phases-width-mismatch", PHA, lambda w: pha(w, "dictionary", "--soft-prompt", w.wide, "--out",
                                                    w.root / "new"), 2, "with --set model.name=NAME"),
    Row("decompose-width-mismatch", DEC, lambda w: [w.wide, "--config", CFG / "eval/decompose_tiny.yaml",
                                                    "--index", w.index], 2, "with --model"),
    Row("synth-set-typo", SYN, lambda w: syn(w, "--out", w.root / "new", "--set", "probes.n_fitt=3"), 2,
        "--set 'probes.n_fitt=3': unknown key 'n_fitt'"),
    Row("synth-set-bad-value", SYN, lambda w: syn(w, "--out", w.root / "new", "--set", "probes.n_fit=many"), 2,
        "--set 'probes.n_fit=many': expected an integer"),
    Row("decompose-set-typo", DEC, lambda w: dec(w, "--set", "solver.max_componets=3"), 2, "--set 'solver.max_comp"),
    Row("oracle-train-set-typo", ORT, lambda w: ort(w, "--out", w.root / "new", "--set", "train.stepz=1"), 2,
        "--set 'train.stepz=1': unknown key"),
]


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_bad_input_row(row: Row, world: W, monkeypatch, capsys):
    monkeypatch.chdir(world.root)
    before = tree(world.root)
    rc, err = run_main(row.module, row.argv(world), monkeypatch, capsys)
    lines = [x for x in err.splitlines() if x.startswith("error:")]
    assert rc == row.rc and len(lines) == 1, err[-2000:]
    assert row.phrase in lines[0], lines[0]
    assert tree(world.root) == before, "the refused command left files behind"


def test_enough_rows_and_every_entry_point():
    assert len(ROWS) >= 40 and len({r.id for r in ROWS}) == len(ROWS)
    assert {r.module for r in ROWS} == {DEC, PHA, EVA, ORT, SYN, TEV, TSP, EXP, RBU, BEN}


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders (the /proc rows cover it)")
def test_read_only_out_folder(world: W, tmp_path, monkeypatch, capsys):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        rc, err = run_main(TEV, tev(world, "--out", ro / "r.json"), monkeypatch, capsys)
        assert rc == 2 and "cannot write into" in err
        rc, err = run_main(DEC, dec(world, "--out", ro / "run"), monkeypatch, capsys)
        assert rc == 2 and "cannot write into" in err and not any(ro.iterdir())
    finally:
        ro.chmod(0o755)


# ---- the three stories --------------------------------------------------------------------------------------------

class _Payload:
    """Unpickling this creates the folder `marker`: a stand-in for arbitrary code."""

    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (os.makedirs, (self.marker,))


def test_planted_pickle_at_the_resume_path_does_not_run(world: W, tmp_path, monkeypatch, capsys):
    out = tmp_path / "adapter"
    resume = tmp_path / ".adapter.resume.pt"  # the predictable path `softprism train-prompt` resumes from
    marker = tmp_path / "PWNED"
    torch.save({"config": {}, "prompt": _Payload(str(marker))}, resume)
    torch.load(resume, weights_only=False)  # the payload is live: an unsafe load runs it
    assert marker.is_dir()
    marker.rmdir()
    rc, err = run_main(TSP, tsp(world, "--out", out), monkeypatch, capsys)
    assert rc == 2 and "not a resume checkpoint" in err and "was not loaded" in err, err[-1000:]
    assert not marker.exists() and not out.exists()


def test_resume_checkpoint_of_our_own_loads(world: W, tiny_lm):
    """The safe loader still reads what train_prompt writes (tensors, optimiser state, metrics)."""
    from softprism.synth.tasks import read_task_file
    from softprism.synth.prompt_tuning import TrainConfig, load_resume, train_prompt

    resume = world.root.parent / "own.resume.pt"
    cfg = TrainConfig(train=str(world.task), model="tiny", steps=3, checkpoint_every=1, batch_size=2, length=2)
    train_prompt(tiny_lm, read_task_file(world.task), cfg, resume_file=resume, progress=False)
    ck = load_resume(resume)
    assert ck["step"] == 2 and ck["prompt"].shape == (2, tiny_lm.d_model) and ck["optimizer"]["state"]
    resume.unlink()


def test_decompose_into_the_inputs_folder_keeps_the_input(world: W, monkeypatch, capsys):
    before = {p.name: p.read_bytes() for p in world.adapter.iterdir()}
    for out, extra in ((world.adapter, []), (world.adapter, ["--overwrite"]), (world.adapter / "..", ["--overwrite"])):
        rc, err = run_main(DEC, dec(world, "--out", out, *extra), monkeypatch, capsys)
        assert rc == 2 and ("the input" in err or "current folder" in err), err[-1000:]
        assert {p.name: p.read_bytes() for p in world.adapter.iterdir()} == before


def test_claim_out_reuses_own_runs_replaces_with_overwrite_and_cleans_up(tmp_path):
    from softprism.poe.errors import InputError
    from softprism.poe.runs import _HELD, claim_out, release_outs

    own = tmp_path / "runs" / "a"
    own.mkdir(parents=True)
    (own / "run.json").write_text("{}")
    (own / "result.json").write_text("{}")
    claim_out(own, ("run.json", "result.json"))  # a previous run of the same command: rerun replaces it
    assert (tmp_path / "runs" / ".a.lock").read_text().strip() == str(os.getpid())
    release_outs()
    with pytest.raises(InputError, match="no run.json \\+ evaluate.json"):
        claim_out(own, ("run.json", "evaluate.json"))  # another command's run folder
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "x").write_text("x")
    claim_out(foreign, ("run.json",), overwrite=True)
    claim_out(tmp_path / "deep" / "er" / "out")  # parents made for the lock are removed with it
    release_outs()
    assert not _HELD and sorted(p.name for p in tmp_path.iterdir()) == ["foreign", "runs"]
    assert sorted(p.name for p in (tmp_path / "runs").iterdir()) == ["a"]


def test_atomic_dir_over_a_file_and_write_json_into_a_folder_leave_no_debris(tmp_path):
    from softprism.poe.runs import atomic_dir, write_json

    (tmp_path / "f").write_text("old")
    with atomic_dir(tmp_path / "f") as tmp:
        (tmp / "x").write_text("new")
    (tmp_path / "d").mkdir()
    with pytest.raises(OSError):
        write_json(tmp_path / "d", {"a": 1})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d", "f"] and (tmp_path / "f" / "x").is_file()


def test_two_synth_jobs_on_one_folder(world: W, tmp_path, monkeypatch, capsys):
    """Job A (a subprocess) takes the folder; job B, started while A computes, exits 2 naming A's pid; A finishes."""
    out = tmp_path / "synth"
    lock = tmp_path / ".synth.lock"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1"}
    a = subprocess.Popen([sys.executable, str(ROOT / "synth/generate.py"), *map(str, syn(world, "--out", out))],
                         cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        t0 = time.time()
        while not (lock.is_file() and lock.read_text().strip()) and a.poll() is None and time.time() - t0 < 120:
            time.sleep(0.05)
        assert a.poll() is None, "job A ended before job B could start"
        monkeypatch.chdir(ROOT)
        rc, err = run_main(SYN, syn(world, "--out", out), monkeypatch, capsys)
        assert rc == 2 and f"another job (pid {a.pid}) holds this folder" in err, err[-1000:]
        _, a_err = a.communicate(timeout=600)
    finally:
        if a.poll() is None:
            a.kill()
    assert a.returncode == 0, a_err[-2000:]
    from softprism.synth.shards import load_examples

    assert len(load_examples(out)) == 6 and not lock.exists()
