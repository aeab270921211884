"""Train a real soft prompt: PEFT prompt tuning on a task file, saved as a standard PEFT adapter.

    softprism train-prompt --train TRAIN.jsonl --out DIR [--model embedded] [--length 16] [--steps 300]
        [--lr 0.01] [--batch-size 8] [--init sample_vocab|random|text [--init-text TEXT]] [--max-train N] [--seed 0]
        [--test TEST.jsonl [--limit N] [--hard "one-line instruction"]]

The task file holds one JSON object per line with an `input` (the user message) and an `output` (the reply).
Each example is laid out as softprism reads a task probe in the `prefix` slot: soft prompt, chat template with the
input as the user message, then the output (and the end-of-turn token) as the assistant's reply; the loss is on the
reply only. DIR becomes a PEFT adapter folder (`adapter_config.json` + `adapter_model.safetensors` holding
`prompt_embeddings`; `peft.PeftModel.from_pretrained` and `softprism decompose` load it) with `run.json`
(git SHA, versions, train time), `config.yaml`, `metrics.jsonl` (loss per step) and `task.json` (labels, format).
With `--test`, the classification accuracy of the soft prompt, of no prompt and (with `--hard`) of a hard prompt
is measured by label scoring (`synth/tasks_accuracy.py`) and written to `accuracy.json`.

DIR is written all-or-nothing. A killed run resumes from its last checkpoint (`.DIR.resume.pt` beside DIR) when
rerun with the same arguments.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import torch

from softprism.poe.errors import InputError
from softprism.poe.lm import load_lm
from softprism.poe.runs import atomic_dir, claim_out, main_guard, write_run_info
from softprism.poe.softprompt import base_model_name, save_peft_adapter
from softprism.synth.prompt_tuning import TrainConfig, subset, train_prompt
from softprism.synth.tasks import label_set, read_task_file
from softprism.synth.tasks_accuracy import evaluate_task_file, hard_condition, no_prompt_condition, soft_condition

log = logging.getLogger("softprism.synth.train_prompt")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    d = TrainConfig()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", required=True, help="JSONL task file (`input`, `output` per row)")
    ap.add_argument("--out", type=Path, required=True, help="adapter folder to write (all-or-nothing)")
    ap.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    ap.add_argument("--model", default=d.model, help="`embedded` (default), `tiny`, or a HF causal LM path/name")
    ap.add_argument("--init", default=d.init, choices=["random", "sample_vocab", "text"],
                    help="PEFT initialisation (default %(default)s)")
    ap.add_argument("--init-text", default=d.init_text, help="--init text: the text the prompt starts from")
    ap.add_argument("--length", type=int, default=d.length, help="virtual tokens (default %(default)s)")
    ap.add_argument("--steps", type=int, default=d.steps, help="optimiser steps (default %(default)s)")
    ap.add_argument("--lr", type=float, default=d.lr, help="peak learning rate (default %(default)s)")
    ap.add_argument("--warmup", type=int, default=d.warmup, help="warm-up steps (default %(default)s)")
    ap.add_argument("--batch-size", type=int, default=d.batch_size, help="examples per step (default %(default)s)")
    ap.add_argument("--max-train", type=int, default=d.max_train, help="use at most N train rows (0 = all)")
    ap.add_argument("--max-input-tokens", type=int, default=d.max_input_tokens,
                    help="truncate inputs to this many tokens (default %(default)s, as poe's probes)")
    ap.add_argument("--engine", default=d.engine, choices=["cached", "peft"],
                    help="cached: shared head computed once per batch (faster); peft: PEFT's forward; same loss")
    ap.add_argument("--seed", type=int, default=d.seed, help="seed (default %(default)s)")
    ap.add_argument("--checkpoint-every", type=int, default=d.checkpoint_every,
                    help="resume checkpoint every N steps (0 = never; default %(default)s)")
    ap.add_argument("--test", default=None, help="JSONL test file: measure accuracy after training")
    ap.add_argument("--limit", type=int, default=300, help="--test: score at most N test rows (0 = all)")
    ap.add_argument("--hard", action="append", default=[], metavar="TEXT",
                    help="--test: also score this hard prompt in the same slot (repeatable)")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0 = leave torch's default)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    cfg = TrainConfig(train=args.train, model=args.model, init=args.init, init_text=args.init_text,
                      length=args.length, steps=args.steps, lr=args.lr, warmup=args.warmup,
                      batch_size=args.batch_size, max_train=args.max_train, max_input_tokens=args.max_input_tokens,
                      engine=args.engine, seed=args.seed, checkpoint_every=args.checkpoint_every)
    if args.limit < 0:
        raise InputError(f"--limit must be >= 0 (0 = all test rows), got {args.limit}")
    out: Path = claim_out(args.out, (), [cfg.train, args.test], args.overwrite)  # before any compute; locks it
    examples = read_task_file(cfg.train)  # bad input fails here, before the model loads
    test = read_task_file(args.test) if args.test else None
    labels = label_set(examples)
    lm = load_lm(cfg.model)
    data = subset(examples, cfg.max_train, cfg.seed)
    log.info("%d train rows (%d used), %d distinct outputs, model %s", len(examples), len(data), len(labels), lm.name)
    resume = out.with_name(f".{out.name}.resume.pt")
    res = train_prompt(lm, data, cfg, resume_file=resume)
    accuracy = None
    if test is not None:
        conds = [soft_condition(lm, res.prompt), no_prompt_condition(lm)]
        conds += [hard_condition(lm, t, name=f"hard{i}" if len(args.hard) > 1 else "hard")
                  for i, t in enumerate(args.hard)]
        accuracy = evaluate_task_file(lm, conds, args.test, cfg.train, "prefix", args.limit or None,
                                      cfg.max_input_tokens, labels=labels, progress=True)
        for name, r in accuracy["conditions"].items():
            log.info("accuracy %-6s %.3f (n=%d)", name, r["accuracy"], r["n"])
    mc = lm.model.config
    with atomic_dir(out, overwrite=True) as tmp:
        # save_peft_adapter replaces the folder it is given, so it goes first; the other files are added after
        save_peft_adapter(res.prompt, tmp, base_model_name(lm.name), getattr(mc, "num_hidden_layers", None),
                          getattr(mc, "num_attention_heads", None))
        losses = [m["loss"] for m in res.metrics]
        k = max(1, min(20, len(losses) // 5))
        write_run_info(tmp, cfg, {
            "kind": "train_soft_prompt", "model_fingerprint": lm.fingerprint, "train_seconds": res.train_seconds,
            "resumed_from_step": res.resumed_from, "n_train_rows": len(data), "threads": torch.get_num_threads(),
            "loss_first": sum(losses[:k]) / k, "loss_last": sum(losses[-k:]) / k,
        })
        (tmp / "metrics.jsonl").write_text("".join(json.dumps(m) + "\n" for m in res.metrics))
        (tmp / "task.json").write_text(json.dumps({
            "train": cfg.train, "labels": labels, "slot": "prefix", "max_input_tokens": cfg.max_input_tokens,
            "format": "prompt | chat template, user = input | assistant reply = output + end-of-turn (loss)",
        }, indent=2) + "\n")
        if accuracy is not None:
            (tmp / "accuracy.json").write_text(json.dumps(accuracy, indent=2) + "\n")
    resume.unlink(missing_ok=True)
    print(f"wrote {out} (trained {res.train_seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    main_guard(main)
