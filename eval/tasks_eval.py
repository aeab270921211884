"""Task accuracy of a soft prompt, hard prompts and decompositions, by label scoring.

    softprism evaluate-tasks --test TEST.jsonl [--train TRAIN.jsonl] [--adapter SOFT_PROMPT] [--hard TEXT ...]
        [--poe DECOMPOSITION.json ...] [--limit 300] [--model embedded] [--slot prefix] [--out RESULT.json]
    (the same as python eval/tasks_eval.py ...)

Labels are the distinct `output` strings of the train file (or the `task.json` that `softprism train-prompt`
writes into the adapter folder; with neither, the whole test file's); each test input is scored against every label (its
log-likelihood as the reply, end-of-turn included) and the argmax is the prediction. Conditions: no prompt (always),
the soft prompt (`--adapter`: a PEFT adapter folder, .safetensors or .pt), each `--hard` text alone in the slot, and
each `--poe` file used as a product-of-experts prompt (`poe/decode.py`'s convention). A `--poe` file is JSON: either
a decomposition (`components` with `text` and `weight`, optional `null_weight`: `eval/decompose_real.py`'s
result.json, whose `pipeline` is used, or `poe.fit.Decomposition.to_json`), or a list of `[text, weight]` pairs. Prints a table; `--out` writes JSON.
"""

from __future__ import annotations

import argparse
import logging
import json
import math
from pathlib import Path

import torch

from softprism.poe.errors import InputError
from softprism.poe.jsonl import read_text
from softprism.poe.lm import load_lm
from softprism.poe.runs import check_out_file, main_guard, provenance, write_json
from softprism.poe.softprompt import load_soft_prompt
from softprism.synth.tasks import label_set, read_task_file
from softprism.synth.tasks_accuracy import (Condition, evaluate_task_file, hard_condition, no_prompt_condition,
                                            poe_condition, soft_condition)

log = logging.getLogger("softprism.eval.tasks_eval")


def read_poe_file(path: str) -> tuple[list[tuple[str, float]], float | None]:
    """A decomposition JSON -> ([(text, weight)], null weight or None)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: decomposition file not found; pass a JSON file with `components` (text, weight)")
    try:
        obj = json.loads(read_text(p))
    except json.JSONDecodeError:
        raise InputError(f"{p}: not valid JSON; pass a decomposition JSON or a list of [text, weight]") from None
    for key in ("pipeline", "decomposition"):  # eval/decompose_real.py's result.json; eval/phases.py's result
        if isinstance(obj, dict) and key in obj:
            obj = obj[key]
    try:
        if isinstance(obj, dict):
            comps = [(str(c["text"]), float(c["weight"])) for c in obj["components"]]
            null = obj.get("null_weight")
            null = None if null is None else float(null)
        else:
            comps, null = [(str(t), float(w)) for t, w in obj], None
    except (KeyError, TypeError, ValueError):
        raise InputError(f"{p}: expected `components` with `text` and `weight`, or a list of [text, weight]") from None
    for name, w in [(repr(t[:40]), w) for t, w in comps] + [("null_weight", null if null is not None else 0.0)]:
        if not math.isfinite(w):
            raise InputError(f"{p}: the weight of {name} is {w}; every weight must be a finite number")
    return comps, null


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", default=None,
                    help="JSONL task file the labels come from (default: the --adapter folder's task.json, "
                         "else the test file's distinct outputs)")
    ap.add_argument("--test", required=True, help="JSONL task file to score")
    ap.add_argument("--adapter", default=None, help="soft prompt: PEFT adapter folder, .safetensors or .pt")
    ap.add_argument("--hard", action="append", default=[], metavar="TEXT", help="a hard prompt (repeatable)")
    ap.add_argument("--poe", action="append", default=[], metavar="JSON", help="a decomposition file (repeatable)")
    ap.add_argument("--limit", type=int, default=300, help="score at most N test rows, a stable subset (0 = all)")
    ap.add_argument("--model", default="embedded", help="`embedded` (default), `tiny`, or a HF causal LM path")
    ap.add_argument("--slot", default="prefix", choices=["prefix", "system"], help="where prompts go")
    ap.add_argument("--max-input-tokens", type=int, default=96, help="truncate inputs (default %(default)s)")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0 = torch's default)")
    ap.add_argument("--out", type=Path, default=None, help="write the result as JSON here")
    args = ap.parse_args(argv)
    if args.limit < 0:
        raise InputError(f"--limit must be >= 0 (0 = all test rows), got {args.limit}")
    if args.out is not None:  # checked before any compute
        args.out = check_out_file(args.out, [args.test, args.train, args.adapter, *args.poe])
    if args.threads:
        torch.set_num_threads(args.threads)
    test_rows = read_task_file(args.test)  # bad input fails before the model loads
    soft = load_soft_prompt(args.adapter) if args.adapter else None
    labels = None
    if args.train:
        read_task_file(args.train)
    elif args.adapter and (Path(args.adapter) / "task.json").is_file():
        labels = json.loads((Path(args.adapter) / "task.json").read_text())["labels"]
    else:
        labels = label_set(test_rows)
        log.warning("labels: the %d distinct outputs of the whole test file %s (pass --train for a train file's "
                    "label set)", len(labels), args.test)
    poes = [(f, *read_poe_file(f)) for f in args.poe]
    lm = load_lm(args.model)
    conds: list[Condition] = [no_prompt_condition(lm)]
    if soft is not None:
        conds.append(soft_condition(lm, soft.embeddings))
    conds += [hard_condition(lm, t, name=f"hard{i}") for i, t in enumerate(args.hard)]
    conds += [poe_condition(lm, comps, null, name=f"poe{i}") for i, (_, comps, null) in enumerate(poes)]
    res = evaluate_task_file(lm, conds, args.test, args.train, args.slot, args.limit or None, args.max_input_tokens,
                             labels=labels, progress=True)
    res["provenance"] = provenance()
    res["inputs"] = {"adapter": args.adapter, "hard": args.hard, "poe": args.poe}
    print(f"{res['n']} test rows, {len(res['labels'])} labels, majority class {res['majority_rate']:.3f}")
    for name, r in res["conditions"].items():
        what = "; ".join(f"{e['weight']:+.2f} {e['text'][:50]}" for e in r["experts"])
        print(f"  {name:8s} accuracy {r['accuracy']:.3f}  gold log-lik {r['gold_logprob']:8.3f}  {what}")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        write_json(args.out, res)
    return 0


if __name__ == "__main__":
    main_guard(main)
