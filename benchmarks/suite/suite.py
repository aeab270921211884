"""The task suite: soft prompts on tasks the project never tuned on, decomposed at a named config, with chance lines.

    python -m benchmarks.suite.suite prepare                       # draw the ../shared tasks' rows (git-ignored)
    python -m benchmarks.suite.suite train [--split dev|test|all]   # train every task's soft prompt + accuracies
    python -m benchmarks.suite.suite run --config configs/eval/decompose_demo.yaml --out runs/suite/demo \
        [--split dev|test|all] [--tasks NAME ...] [--draws 3] [--set key=value ...]
    python -m benchmarks.suite.suite table runs/suite/demo        # the table, JSON and plot again from the results

`train` trains each task's soft prompt with the one recipe (`tasks.RECIPE`, eval/train_soft_prompt.py) and writes
`accuracy.json` beside it: soft prompt, no prompt, and the first description as a text prompt, by label scoring
over the task's answer space on every test row. A task whose soft prompt does not beat no prompt by 0.2 is flagged
(`learnable: false`) and must be replaced (split.yaml says how).

`run` decomposes every task's soft prompt on its own train rows (`probes.source` = the task's train file: the
pipeline splits them into fit and held-out probes) at the named config, and per task writes `<out>/<task>/`:
the decomposition's `result.json`, its chance line (`draws` seeded random dictionaries of the pipeline's own
dictionary size, drawn from the same index, the same k), the best-of-top-3 MiniLM cosine and ROUGE-L to the
descriptions, and execution accuracy on the test rows (soft prompt, no prompt, the answer as a PoE prompt, its top
component as text, the first description as text). A killed run resumes: a task whose `suite_row.json` exists is
read back, and the state tables are cached on disk (`$SOFTPRISM_CACHE/tables/`). At the end, `<out>/suite.json`,
`<out>/suite.md` and `<out>/suite.png` hold the table and the means over dev and over test, apart.

Owns: the suite's commands and its metrics. Must not: tune anything on the test half (split.yaml), write outside
the task folders (`prepare`, `train`) and `--out` (`run`), or be installed with the package.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

import torch

from benchmarks.suite.tasks import HERE, RECIPE, SHARED, SuiteTask, prepare_shared, suite_tasks
from softprism.poe.errors import InputError
from softprism.poe.runs import main_guard, write_json

log = logging.getLogger("softprism.benchmarks.suite")

GATE = 0.2
"""A task is learnable when its soft prompt beats no prompt by at least this much accuracy."""


# ---------------------------------------------------------------------------------------------------------------
# prepare / train


def cmd_prepare(args) -> int:
    done = 0
    for _, task in suite_tasks("all"):
        if task.shared:
            if prepare_shared(task):
                done += 1
            else:
                raise InputError(f"{task.name}: ../shared/data/tasks/{SHARED[task.name]['train']} not found; the "
                                 "shared tasks need the project's ../shared folder (set SOFTPRISM_SHARED_DATA)")
    print(f"drew {done} shared tasks' rows")
    return 0


def accuracy_conditions(lm, soft: torch.Tensor, descriptions: list[str]):
    from softprism.eval.tasks_accuracy import hard_condition, no_prompt_condition, soft_condition

    return [soft_condition(lm, soft), no_prompt_condition(lm), hard_condition(lm, descriptions[0], name="description")]


def task_accuracy_json(lm, task: SuiteTask, conditions) -> dict:
    from softprism.eval.tasks_accuracy import evaluate_task_file

    return evaluate_task_file(lm, conditions, task.test, labels=task.labels(), slot="prefix", limit=None)


def cmd_train(args) -> int:
    from softprism.eval import train_soft_prompt
    from softprism.poe.lm import load_lm
    from softprism.poe.softprompt import load_soft_prompt

    tasks = suite_tasks(args.split, args.tasks)
    for _, t in tasks:
        t.check_data()
    lm = None
    for half, task in tasks:
        acc_path = task.folder / "accuracy.json"
        if not (task.adapter / "adapter_model.safetensors").is_file():
            log.info("training %s (%s)", task.name, half)
            argv = ["--train", str(task.train), "--out", str(task.adapter), "--threads", str(args.threads),
                    "--length", str(RECIPE["length"]), "--steps", str(RECIPE["steps"]), "--lr", str(RECIPE["lr"]),
                    "--batch-size", str(RECIPE["batch_size"]), "--seed", str(RECIPE["seed"]),
                    "--init", RECIPE["init"], "--model", args.model]
            rc = train_soft_prompt.main(argv)
            if rc:
                return rc
        if acc_path.is_file():
            continue
        lm = lm or load_lm(args.model)
        soft = lm.check_soft_prompt(load_soft_prompt(str(task.adapter)).embeddings)
        acc = task_accuracy_json(lm, task, accuracy_conditions(lm, soft, task.descriptions))
        c = acc["conditions"]
        margin = c["soft"]["accuracy"] - c["none"]["accuracy"]
        acc.update({"test": str(task.test.relative_to(HERE.parents[1])), "train": None,
                    "recipe": RECIPE, "learnable": bool(margin >= GATE), "soft_minus_none": margin})
        write_json(acc_path, acc)
        log.info("%s: soft %.3f, none %.3f, description %.3f%s", task.name, c["soft"]["accuracy"],
                 c["none"]["accuracy"], c["description"]["accuracy"], "" if margin >= GATE else "  NOT LEARNABLE")
    return 0


# ---------------------------------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("prepare", help="draw the ../shared tasks' rows into their folders (git-ignored)")
    tr = sub.add_parser("train", help="train every task's soft prompt with the suite's recipe, and its accuracies")
    for p in (tr,):
        p.add_argument("--split", default="all", help="dev | test | all (default all)")
        p.add_argument("--tasks", nargs="*", default=None, help="only these tasks")
        p.add_argument("--model", default="embedded", help="`embedded` (default) or `tiny` (tests)")
        p.add_argument("--threads", type=int, default=1, help="torch threads (default 1)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    return {"prepare": cmd_prepare, "train": cmd_train}[args.cmd](args)


if __name__ == "__main__":
    main_guard(main)
