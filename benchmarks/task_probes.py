"""Write 200 labelled probes of a task (../shared/data/tasks/TASK/train.jsonl, `random.Random(0)`) to OUT/TASK_probes.jsonl,
for benchmarks/index_tasks.sh, benchmarks/oracle_tasks.sh and benchmarks/label_weight_sweep.py.

    python -m benchmarks.task_probes TASK OUT
"""

import json
import random
import sys


def main() -> None:
    task, out = sys.argv[1], sys.argv[2]
    with open(f"../shared/data/tasks/{task}/train.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    with open(f"{out}/{task}_probes.jsonl", "w", encoding="utf-8") as f:
        for r in random.Random(0).sample(rows, 200):
            f.write(json.dumps({"input": r["input"], "output": r["output"]}) + "\n")


if __name__ == "__main__":
    main()
