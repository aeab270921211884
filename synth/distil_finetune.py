"""Distil a fine-tune (a PEFT LoRA adapter, or a fully fine-tuned model) into a soft prompt, and say how much of it
the soft prompt captures.

    softprism distil-finetune FINETUNE --out DIR [--model auto|embedded|tiny|PATH] [--probes TASK.jsonl]
        [--train-on auto|task|generic|both] [--length 16] [--positions 4] [--steps 300] [--lr 0.01]
        [--batch-size 8] [--n-fit 256] [--n-heldout 32] [--init sample_vocab|random|text] [--seed 0]

FINETUNE: a PEFT LoRA adapter folder (applied to the base model with peft and merged) or a full fine-tuned model
folder (the base model's tokenizer). The base model defaults to the adapter's recorded base model. The fine-tune
answers every probe greedily (T tokens); a PEFT prompt-tuning soft prompt of L virtual tokens in the `prefix` slot
is fitted so that base + soft prompt matches the fine-tune's next-token distributions over the first T reply
positions (KL(fine-tune || base + soft prompt), full vocabulary). Probes: the embedded generic set, the `input`
rows of a task file (`--probes`), or both (`--train-on both`); each is split by a stable hash and the held-out
parts are never trained on.

DIR becomes a standard PEFT prompt-tuning adapter (`softprism decompose DIR` explains it) with `finetune.json`:
`captured` = 1 - KL(fine-tune || base + soft prompt) / KL(fine-tune || base) on held-out probes like the training
ones, `captured_task` and `captured_generic` per held-out part, their KLs, L, T, steps, the fine-tune's path and
adapter config, provenance; `metrics.jsonl` (loss per step), `run.json`, `config.yaml`. DIR is written
all-or-nothing; a killed run resumes from its checkpoint (`.DIR.resume.pt` beside DIR) when rerun with the same
arguments. Bad input prints one `error:` line and exits with status 2, writing nothing.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import torch

from softprism.poe.errors import InputError
from softprism.poe.runs import main_guard

log = logging.getLogger("softprism.synth.distil_finetune")


def add_distil_arguments(ap: argparse.ArgumentParser, with_probes: bool = True) -> None:
    """The distillation flags (shared with `softprism explain-finetune`, decompose/finetune.py)."""
    from softprism.synth.finetune import FinetuneConfig

    d = FinetuneConfig()
    ap.add_argument("finetune", nargs="?", help="PEFT LoRA adapter folder, or a fine-tuned model folder")
    if with_probes:
        ap.add_argument("--model", default=d.model,
                        help="base model: auto (the adapter's recorded base; default), embedded, tiny, or a HF path")
        ap.add_argument("--probes", default=d.probes, help="JSONL task file (`input` per row); default: none")
    ap.add_argument("--train-on", default=d.train_on, choices=["auto", "task", "generic", "both"],
                    help="fit on the task file's probes, the embedded generic ones, or both (auto: the task file "
                         "when given)")
    ap.add_argument("--ignore-base-model", action="store_true",
                    help="use --model even though the adapter records another base model")
    ap.add_argument("--length", type=int, default=d.length, help="L: virtual tokens (default %(default)s)")
    ap.add_argument("--positions", type=int, default=d.positions,
                    help="T: reply positions matched (default %(default)s)")
    ap.add_argument("--steps", type=int, default=d.steps, help="optimiser steps (default %(default)s)")
    ap.add_argument("--lr", type=float, default=d.lr, help="peak learning rate (default %(default)s)")
    ap.add_argument("--warmup", type=int, default=d.warmup, help="warm-up steps (default %(default)s)")
    ap.add_argument("--batch-size", type=int, default=d.batch_size, help="probes per step (default %(default)s)")
    ap.add_argument("--n-fit", type=int, default=d.n_fit, help="fit probes per source (0 = all; default %(default)s)")
    ap.add_argument("--n-heldout", type=int, default=d.n_heldout,
                    help="held-out probes per source (0 = all; default %(default)s)")
    ap.add_argument("--heldout-fraction", type=float, default=d.heldout_fraction,
                    help="share of each probe source held out (default %(default)s)")
    ap.add_argument("--init", default=d.init, choices=["random", "sample_vocab", "text"],
                    help="PEFT initialisation (default %(default)s)")
    ap.add_argument("--init-text", default=d.init_text, help="--init text: the text the prompt starts from")
    ap.add_argument("--max-probe-tokens", type=int, default=d.max_probe_tokens,
                    help="truncate probes to this many tokens (default %(default)s)")
    ap.add_argument("--autocast", default=d.autocast, choices=["off", "bfloat16", "auto"],
                    help="bf16 autocast of the distillation (auto: on a GPU; default %(default)s)")
    ap.add_argument("--seed", type=int, default=d.seed, help="seed (default %(default)s)")
    ap.add_argument("--checkpoint-every", type=int, default=d.checkpoint_every,
                    help="resume checkpoint every N steps (0 = never; default %(default)s)")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0 = leave torch's default)")


def distil_config(args: argparse.Namespace, model: str, probes: str):
    """A `FinetuneConfig` from the flags of `add_distil_arguments` (bad values raise `InputError`)."""
    from softprism.synth.finetune import FinetuneConfig

    if not args.finetune:
        raise InputError("pass the fine-tune to distil: a PEFT LoRA adapter folder or a fine-tuned model folder")
    return FinetuneConfig(
        finetune=args.finetune, model=model, probes=probes or "", train_on=args.train_on,
        heldout_fraction=args.heldout_fraction, n_fit=args.n_fit, n_heldout=args.n_heldout, length=args.length,
        positions=args.positions, steps=args.steps, lr=args.lr, warmup=args.warmup, batch_size=args.batch_size,
        init=args.init, init_text=args.init_text, max_probe_tokens=args.max_probe_tokens, autocast=args.autocast,
        seed=args.seed, checkpoint_every=args.checkpoint_every, ignore_base_model=args.ignore_base_model)


def main(argv: list[str] | None = None) -> int:
    from softprism.poe.lm import load_lm
    from softprism.poe.runs import atomic_dir, claim_out, write_run_info
    from softprism.synth.finetune import (distil_finetune, finetune_probes, inspect_finetune, load_finetune,
                                          resolve_base, write_distilled)

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_distil_arguments(ap)
    ap.add_argument("--out", type=Path, required=True, help="adapter folder to write (all-or-nothing)")
    ap.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    args = ap.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    cfg = distil_config(args, args.model, args.probes)
    out: Path = claim_out(args.out, ("run.json", "finetune.json"), [cfg.finetune, cfg.probes or None],
                          args.overwrite)  # before any compute; locks it
    probes = finetune_probes(cfg)  # a bad task file fails here, before any model loads
    info = inspect_finetune(cfg.finetune)  # as does a folder that is no fine-tune
    lm = load_lm(resolve_base(cfg.model, info))
    ft = load_finetune(lm, cfg.finetune, cfg.ignore_base_model)
    log.info("fine-tune %s (%s) on base model %s: %d training probes, held-out %s", ft.source, ft.kind, lm.name,
             len(probes.train), {n: len(p) for n, p in probes.heldout.items()})
    resume = out.with_name(f".{out.name}.resume.pt")
    res = distil_finetune(lm, ft, cfg, probes, resume_file=resume)
    with atomic_dir(out, overwrite=True) as tmp:
        write_distilled(tmp, lm, res)  # first: it replaces the folder it is given
        write_run_info(tmp, cfg, {"kind": "distil_finetune", "model_fingerprint": lm.fingerprint,
                                  "finetune": ft.source, "train_seconds": res.train.train_seconds})
    resume.unlink(missing_ok=True)
    parts = "  ".join(f"{n} {c.captured:.3f} (KL {c.kl_soft:.4g} of {c.kl_base:.4g})" for n, c in res.heldout.items())
    print(f"captured {res.captured:.3f} on held-out {res.like_training} probes; per part: {parts}")
    print(f"wrote {out} (distilled in {res.train.train_seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    main_guard(main)
