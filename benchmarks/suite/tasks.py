"""The task suite's tasks as the suite's commands read them: folders, descriptions, data, the frozen split.

A task is a folder under benchmarks/suite/tasks/<name>/ with
- `train.jsonl`, `test.jsonl`: `input` / `output` rows (generated tasks: committed, from generate.py; tasks from
  ../shared/data/tasks: drawn by `prepare` at run time and git-ignored, never committed or shipped);
- `descriptions.txt`: 3-5 one-line descriptions of the task, written by hand as different people would phrase it;
- `task.json`: name, kind, source, row counts and the answer space (`labels`);
- `adapter/`: the soft prompt trained on it by the suite's one recipe (`RECIPE`), and `accuracy.json`.

Owns: reading those folders and the split, and drawing the shared tasks' rows. Must not: load a model or write
outside benchmarks/suite/tasks/.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from softprism.poe.errors import InputError
from softprism.poe.probes import stable_unit
from softprism.synth.tasks import TaskExample, read_task_file

HERE = Path(__file__).resolve().parent
TASKS = HERE / "tasks"
SPLIT = HERE / "split.yaml"
SHARED_DATA = Path(os.environ.get("SOFTPRISM_SHARED_DATA", HERE.parents[1].parent / "shared" / "data" / "tasks"))

RECIPE = {"length": 16, "steps": 100, "lr": 0.01, "batch_size": 8, "seed": 0, "init": "sample_vocab"}
"""The one training recipe every suite task's soft prompt is trained with (`softprism train-prompt` flags)."""

N_TRAIN_SHARED, N_TEST_SHARED = 400, 80
SHARED = {
    "snli": {"train": "snli/train.jsonl", "test": "snli/test.jsonl", "kind": "classification (NLI, real data)"},
    "rte": {"train": "rte/train.jsonl", "test": "rte/dev.jsonl", "kind": "classification (NLI, real data)"},
}
"""Tasks drawn from ../shared/data/tasks (a yardstick only: at most 8, never committed or shipped)."""


@dataclass
class SuiteTask:
    """One task folder of the suite."""

    name: str
    folder: Path

    @property
    def train(self) -> Path:
        return self.folder / "train.jsonl"

    @property
    def test(self) -> Path:
        return self.folder / "test.jsonl"

    @property
    def adapter(self) -> Path:
        return self.folder / "adapter"

    @property
    def shared(self) -> bool:
        return self.name in SHARED

    @property
    def meta(self) -> dict:
        return json.loads((self.folder / "task.json").read_text(encoding="utf-8"))

    @property
    def descriptions(self) -> list[str]:
        lines = (self.folder / "descriptions.txt").read_text(encoding="utf-8").splitlines()
        return [s.strip() for s in lines if s.strip()]

    def test_rows(self) -> list[TaskExample]:
        return read_task_file(self.test)

    def labels(self) -> list[str]:
        """The answer space accuracy is scored against: the distinct outputs of the test rows (for a classifier,
        its classes; for a transform, every test answer: a multiple choice among all of them)."""
        return sorted({e.output for e in self.test_rows()})

    def check_data(self) -> None:
        if not self.train.is_file() or not self.test.is_file():
            how = ("run `python -m benchmarks.suite.suite prepare` (it needs ../shared/data/tasks)" if self.shared
                   else "run `python benchmarks/suite/generate.py`")
            raise InputError(f"{self.folder}: no train.jsonl / test.jsonl; {how}")


def read_split(root: Path = HERE) -> dict[str, list[str]]:
    """{"dev": [...], "test": [...]} from `root`/split.yaml (the frozen split); refuses a task in both halves or
    without a folder under `root`/tasks/."""
    path = Path(root) / "split.yaml"
    if not path.is_file():
        raise InputError(f"{path}: no split file; a suite folder holds split.yaml and tasks/<name>/")
    split = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(split, dict) or set(split) != {"dev", "test"}:
        raise InputError(f"{path}: needs exactly two lists, `dev` and `test`")
    both = set(split["dev"]) & set(split["test"])
    if both:
        raise InputError(f"{path}: tasks in both halves: {sorted(both)}")
    for name in split["dev"] + split["test"]:
        if not (Path(root) / "tasks" / name / "descriptions.txt").is_file():
            raise InputError(f"{path}: task {name!r} has no folder {Path(root) / 'tasks' / name} with descriptions.txt")
    return split


def suite_tasks(which: str = "all", names: list[str] | None = None, root: Path = HERE) -> list[tuple[str, SuiteTask]]:
    """[(half, task)] for `which` in dev | test | all, in the split file's order (or only `names`)."""
    if which not in ("dev", "test", "all"):
        raise InputError(f"--split must be dev, test or all, got {which!r}")
    split = read_split(root)
    halves = ["dev", "test"] if which == "all" else [which]
    out = [(h, SuiteTask(n, Path(root) / "tasks" / n)) for h in halves for n in split[h]]
    if names:
        unknown = set(names) - {t.name for _, t in out}
        if unknown:
            raise InputError(f"--tasks: not in the {which} half of {Path(root) / 'split.yaml'}: {sorted(unknown)}")
        out = [(h, t) for h, t in out if t.name in names]
    return out


def prepare_shared(task: SuiteTask, root: Path = SHARED_DATA) -> bool:
    """Draw a shared task's rows (a stable hash-chosen subset) into its folder. False when ../shared is absent."""
    spec = SHARED[task.name]
    src_train, src_test = root / spec["train"], root / spec["test"]
    if not src_train.is_file() or not src_test.is_file():
        return False

    def draw(path: Path, n: int) -> list[TaskExample]:
        rows = read_task_file(path)
        rows = sorted(rows, key=lambda e: stable_unit(task.name + "\x00" + e.input))[:n]
        return rows

    train, test = draw(src_train, N_TRAIN_SHARED), draw(src_test, N_TEST_SHARED)
    seen = {e.input for e in train}
    test = [e for e in test if e.input not in seen]
    for p, rows in ((task.train, train), (task.test, test)):
        p.write_text("".join(json.dumps({"input": e.input, "output": e.output}, ensure_ascii=False) + "\n"
                             for e in rows), encoding="utf-8")
    meta = {"name": task.name, "kind": spec["kind"], "source": f"../shared/data/tasks/{spec['train']} and "
            f"{spec['test']}: a stable hash-chosen subset (benchmarks/suite/tasks.py); not committed",
            "n_train": len(train), "n_test": len(test), "labels": sorted({e.output for e in train + test})}
    (task.folder / "task.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return True
