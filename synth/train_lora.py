"""Train a LoRA fine-tune with a known answer: PEFT LoRA on a frozen base model, saved as a standard adapter folder.

    softprism train-lora --train FILE.jsonl --out DIR [--mode sft|context] [--system "TEXT"] [--model embedded]
        [--rank 4] [--targets q_proj,v_proj] [--steps 200] [--lr 1e-3] [--batch-size 8] [--positions 8] [--seed 0]
        [--description "one line of what it was trained to do"] [--checkpoint-every 25] [--threads N]

Owns: the LoRA training behind `softprism train-lora`, made to give fine-tunes whose behaviour is known beforehand,
so that `softprism distil-finetune` and `softprism explain-finetune` (synth/finetune.py) can be checked against
them. A PEFT `LoraConfig` (rank r, alpha 2r, dropout 0, on `--targets`, q_proj and v_proj by default) is added to a
copy of the base model; the base weights stay frozen. Two objectives:

- `sft`: the cross-entropy of each row's `output` (+ end-of-turn) given its `input`, laid out as softprism reads a
  task probe in the `prefix` slot with an empty prompt (synth/tasks.py: chat template, input, reply); the loss is
  the mean over the batch's reply tokens only, as `transformers` computes it for labels with -100 elsewhere.
- `context` (context distillation of `--system TEXT`): the teacher is the base model with TEXT as a hard prompt in
  the `prefix` slot (`PromptSlot` with `lm.embed_text(TEXT)`, where a candidate text prompt goes), the student is
  base + LoRA with the slot empty. The teacher answers each row's `input` greedily (`--positions` T tokens; the
  rows' outputs are ignored) and that reply is teacher-forced for both:

      loss = mean over the batch's rows and the T reply positions of KL(teacher || student)   (full vocabulary)

  (the teacher's replies and states come from synth/finetune.py's `read_part`, as a distillation reads a fine-tune).

Batches, learning-rate schedule and resume rule are synth's prompt tuning's (`synth.prompt_tuning.batch_rows`,
`lr_at`: AdamW without weight decay, linear warm-up, cosine decay to 10%). Forward passes run in bf16 autocast on a
GPU or where the model's own autocast is bf16 (synth's rule), in fp32 otherwise.

DIR becomes a PEFT LoRA adapter folder (`adapter_config.json` + `adapter_model.safetensors`, the base model recorded
under its public name, so `softprism distil-finetune DIR` finds it) with `lora.json` (the recipe: mode, system
prompt, rank, steps, lr, seed, the train file's sha256, final loss, description; provenance) and `metrics.jsonl`
(loss per step). DIR is written all-or-nothing. Every `--checkpoint-every` steps the LoRA weights, optimiser state
and losses are saved beside it (`.DIR.resume.pt`); rerunning the same command continues from there and ends with
the weights of an uninterrupted run. Rerunning a finished command is a no-op. Bad input prints one `error:` line and
exits with status 2, writing nothing.

Must not: modify the base model it is given (the LoRA goes on a copy), import decompose/ or anything above synth,
or write the output folder other than all-or-nothing (`poe.runs.atomic_dir`).
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import logging
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

import torch

from softprism.poe.errors import InputError
from softprism.poe.jsonl import iter_objects
from softprism.poe.lm import FrozenLM
from softprism.poe.probes import Probe, ProbeSet
from softprism.poe.runs import main_guard
from softprism.poe.slot import PromptSlot
from softprism.poe.softprompt import base_model_name
from softprism.poe.tables import forward_states
from softprism.synth.distill import _kl
from softprism.synth.finetune import ProbePart, read_part, soft_prompt_finetune
from softprism.synth.prompt_tuning import TrainConfig, run_steps
from softprism.synth.tasks import read_task_file, reply_ids, tail_ids

log = logging.getLogger("softprism.synth.train_lora")

COMMAND = "softprism train-lora"
MARKERS = ("adapter_config.json", "lora.json")
"""The files a finished run leaves in its folder (`claim_out`'s marker of a previous run of this command)."""


@dataclass
class LoraTrainConfig:
    """A LoRA trained with a known answer (`softprism train-lora`)."""

    train: str = ""
    """JSONL file: `input` per row, and `output` per row for `sft` (`context` ignores outputs)."""
    mode: Literal["sft", "context"] = "sft"
    """`sft`: cross-entropy on the outputs; `context`: context distillation of `system`."""
    system: str = ""
    """`context` only: the text prompt the teacher reads in the `prefix` slot."""
    model: str = "embedded"
    """`embedded` (SmolLM2-135M-Instruct), `tiny` (random test model), or a Hugging Face causal LM path/name."""
    rank: int = 4
    """LoRA rank r (alpha = 2r, dropout 0)."""
    targets: list[str] = field(default_factory=lambda: ["q_proj", "v_proj"])
    """Module names the LoRA is added to."""
    steps: int = 200
    """Optimiser steps."""
    lr: float = 1e-3
    """Peak learning rate (AdamW, no weight decay; linear warm-up then cosine decay to 10%)."""
    warmup: int = 10
    """Warm-up steps."""
    batch_size: int = 8
    """Rows per step."""
    positions: int = 8
    """`context` only: T, the teacher's reply tokens matched."""
    max_input_tokens: int = 96
    """Inputs longer than this many tokens are truncated (as poe's probes are)."""
    seed: int = 0
    """Seed of the LoRA initialisation and the batch order."""
    checkpoint_every: int = 25
    """Save a resume checkpoint every this many steps (0 = never)."""
    description: str = ""
    """One line of what the LoRA was trained to do (recorded in lora.json; does not change the training)."""

    def __post_init__(self) -> None:
        if self.mode not in ("sft", "context"):
            raise InputError(f"--mode {self.mode!r}: choose sft or context")
        if self.mode == "context" and not self.system.strip():
            raise InputError("--mode context needs --system TEXT (the prompt the LoRA is to learn to act as)")
        if self.mode == "sft" and self.system.strip():
            raise InputError("--system is read by --mode context only; drop it, or pass --mode context")
        if self.rank < 1:
            raise InputError(f"--rank must be >= 1 (the LoRA rank), got {self.rank}")
        if not self.targets or not all(t.strip() for t in self.targets):
            raise InputError(f"--targets must name at least one module (e.g. q_proj,v_proj), got {self.targets}")
        if self.steps < 1 or self.batch_size < 1 or self.positions < 1 or self.max_input_tokens < 1:
            raise InputError("--steps, --batch-size, --positions and --max-input-tokens must be >= 1")
        if not math.isfinite(self.lr) or self.lr <= 0:
            raise InputError(f"--lr must be a finite number > 0, got {self.lr}")
        if self.warmup < 0 or self.checkpoint_every < 0:
            raise InputError("--warmup and --checkpoint-every must be >= 0")

    @property
    def alpha(self) -> int:
        return 2 * self.rank

    def schedule(self) -> TrainConfig:
        """The settings `batch_rows` and `lr_at` read (synth's prompt-tuning schedule)."""
        return TrainConfig(train=self.train, model=self.model, steps=self.steps, lr=self.lr, warmup=self.warmup,
                           batch_size=self.batch_size, max_input_tokens=self.max_input_tokens, seed=self.seed,
                           checkpoint_every=self.checkpoint_every)

    def recipe(self) -> dict:
        """What fixes the trained weights, besides the model and the train file's content (`run_key`): every setting but
        the description, the checkpoint interval and the train file's name."""
        d = asdict(self)
        for k in ("description", "checkpoint_every", "train"):  # the train file counts by its content (run_key)
            d.pop(k)
        if self.mode == "sft":
            d["positions"] = None
        return d


# ---- the rows ------------------------------------------------------------------------------------------------------

@dataclass
class TrainRows:
    """The training file's rows: inputs (stripped) and, for `sft`, outputs; with the file's sha256."""

    path: str
    sha256: str
    inputs: list[str]
    outputs: list[str] | None

    def __len__(self) -> int:
        return len(self.inputs)


def read_rows(cfg: LoraTrainConfig) -> TrainRows:
    """Read `cfg.train` for `cfg.mode` (before any model loads): a missing file, an empty one or a row without an
    `input` (or, for `sft`, an `output`) raises `InputError` naming the file, the line and the fix."""
    p = Path(cfg.train)
    if cfg.mode == "sft":
        ex = read_task_file(p)
        inputs, outputs = [e.input for e in ex], [e.output for e in ex]
    else:
        if not p.is_file():
            raise InputError(f"{p}: input file not found; pass a JSONL file with an `input` string in every row "
                             "(--mode context ignores outputs)")
        inputs = [text.strip() for _, _, text in iter_objects(p, ("input",))]
        outputs = None
        if not inputs:
            raise InputError(f"{p}: the file has no rows; add JSONL rows with an `input` string")
    return TrainRows(str(p), hashlib.sha256(p.read_bytes()).hexdigest(), inputs, outputs)


# ---- the LoRA and its losses ---------------------------------------------------------------------------------------

def use_autocast(lm: FrozenLM) -> bool:
    """bf16 autocast of the training forwards: on a GPU, or where the model's own autocast is bf16 (synth's rule)."""
    return lm.device.type == "cuda" or lm.autocast == "bfloat16"


class LoraTuner:
    """A PEFT LoRA on a copy of `lm`'s model (`peft_model`; `student`: the LoRA'd network as a `FrozenLM` whose
    LoRA matrices train, `params`). `loss(rows)` -> scalar, differentiable w.r.t. `params` (the subclasses')."""

    def __init__(self, lm: FrozenLM, cfg: LoraTrainConfig, rows: TrainRows):
        from peft import LoraConfig, get_peft_model

        self.lm, self.cfg, self.rows = lm, cfg, rows
        self.amp = use_autocast(lm)
        lcfg = LoraConfig(r=cfg.rank, lora_alpha=cfg.alpha, lora_dropout=0.0, target_modules=list(cfg.targets),
                          bias="none")
        torch.manual_seed(cfg.seed)  # PEFT draws A at random (B starts at zero: the untrained LoRA is the base)
        model = copy.deepcopy(lm.model)
        try:
            self.peft_model = get_peft_model(model, lcfg)
        except ValueError as e:  # PEFT's "Target modules ... not found in the base model"
            first = (str(e).strip().splitlines() or [type(e).__name__])[0][:200]
            raise InputError(f"--targets {','.join(cfg.targets)}: PEFT cannot add a LoRA to model {lm.name!r} there "
                             f"({first}); name its linear layers, e.g. q_proj,v_proj") from None
        self.student = FrozenLM(model, lm.tokenizer, f"{lm.name}+lora", autocast=lm.autocast)  # freezes everything
        self.named = [(n, p) for n, p in self.peft_model.named_parameters() if ".lora_" in n]
        for _, p in self.named:
            p.requires_grad_(True)
        self.params = [p for _, p in self.named]
        self.slot = PromptSlot(self.student, "prefix")

    def loss(self, rows: list[int]) -> torch.Tensor:
        raise NotImplementedError

    def state(self) -> dict[str, torch.Tensor]:
        """The LoRA matrices by parameter name (CPU copies)."""
        return {n: p.detach().cpu().clone() for n, p in self.named}

    def load_state(self, state: dict[str, torch.Tensor]) -> None:
        with torch.no_grad():
            for n, p in self.named:
                p.copy_(state[n])

    def save(self, folder: Path) -> None:
        """The standard PEFT adapter (`adapter_config.json` + `adapter_model.safetensors`) into `folder`, the base
        model recorded under its public name (`poe.softprompt.base_model_name`)."""
        pcfg = self.peft_model.peft_config["default"]
        pcfg.base_model_name_or_path = base_model_name(self.lm.name)
        self.peft_model.save_pretrained(str(folder), save_embedding_layers=False)
        (folder / "README.md").unlink(missing_ok=True)  # PEFT's model card template; lora.json describes the LoRA


class SftTuner(LoraTuner):
    """`sft`: mean cross-entropy over the reply tokens (output + end-of-turn) of the batch's rows, each laid out as
    `synth.tasks` lays out a task example in the prefix slot with no prompt (template head, input, reply)."""

    def __init__(self, lm: FrozenLM, cfg: LoraTrainConfig, rows: TrainRows):
        super().__init__(lm, cfg, rows)
        assert rows.outputs is not None
        self.tails = [tail_ids(self.slot, t, cfg.max_input_tokens) for t in rows.inputs]
        self.replies = [reply_ids(lm, o) for o in rows.outputs]

    def loss(self, rows: list[int]) -> torch.Tensor:
        lm, mid = self.student, self.slot.pre_ids + self.slot.mid_ids
        seqs = [mid + self.tails[r] + self.replies[r] for r in rows]
        width = max(len(s) for s in seqs)
        pad = lm.tokenizer.pad_token_id
        ids = torch.tensor([s + [pad] * (width - len(s)) for s in seqs], device=lm.device)
        attn = torch.tensor([[1] * len(s) + [0] * (width - len(s)) for s in seqs], device=lm.device)
        labels = torch.tensor([[-100] * (len(mid) + len(self.tails[r])) + self.replies[r] + [-100] * (width - len(s))
                               for r, s in zip(rows, seqs)], device=lm.device)
        with torch.autocast(lm.device.type, dtype=torch.bfloat16, enabled=self.amp):
            logits = lm.model(input_ids=ids, attention_mask=attn).logits
        return torch.nn.functional.cross_entropy(logits[:, :-1].float().reshape(-1, logits.shape[-1]),
                                                 labels[:, 1:].reshape(-1), ignore_index=-100)


def context_teacher(lm: FrozenLM, system: str, inputs: list[str], T: int, max_input_tokens: int = 96) -> ProbePart:
    """The teacher of context distillation on `inputs`: the base model with `system` as a hard prompt in the prefix
    slot, its greedy replies (T tokens) and its final states on them [B, T, d] (`synth.finetune.read_part`)."""
    teacher = soft_prompt_finetune(lm, lm.embed_text(system).detach(), f"--system {system!r}")
    return read_part(lm, teacher, ProbeSet([Probe(t) for t in inputs], "train-lora"), T, max_input_tokens)


class ContextTuner(LoraTuner):
    """`context`: mean over the batch's rows and T reply positions of KL(teacher || student), the teacher's states
    read once beforehand (`context_teacher`), its reply teacher-forced for the student."""

    def __init__(self, lm: FrozenLM, cfg: LoraTrainConfig, rows: TrainRows):
        super().__init__(lm, cfg, rows)
        self.part = context_teacher(lm, cfg.system, rows.inputs, cfg.positions, cfg.max_input_tokens)
        empty = torch.zeros(1, 0, lm.d_model, device=lm.device, dtype=lm.dtype)
        self.head = self.slot.heads(empty)  # [1, h, d]: the template before the user message, no prompt

    def loss(self, rows: list[int]) -> torch.Tensor:
        lm, T = self.student, self.part.tails.T
        with torch.autocast(lm.device.type, dtype=torch.bfloat16, enabled=self.amp):
            st = forward_states(lm, self.head, [self.part.tails.ids[r] for r in rows], T)[0]  # [b, T, d]
        logits = lm.head_logits(st.float())
        with torch.no_grad():
            tgt = self.lm.head_logits(self.part.states[rows].to(self.lm.device, self.lm.head_weight.dtype))
            tgt = torch.log_softmax(tgt.float(), -1).to(logits.device)
        return _kl(tgt, logits).mean()


def make_tuner(lm: FrozenLM, cfg: LoraTrainConfig, rows: TrainRows) -> LoraTuner:
    return SftTuner(lm, cfg, rows) if cfg.mode == "sft" else ContextTuner(lm, cfg, rows)


# ---- the loop ------------------------------------------------------------------------------------------------------

def run_key(lm: FrozenLM, cfg: LoraTrainConfig, rows: TrainRows) -> dict:
    """What fixes the result: the recipe, the base model and the train file's content. A checkpoint is resumed, and
    a finished folder kept, only when its key is this one."""
    return {"kind": "train_lora", "recipe": cfg.recipe(), "model_fingerprint": lm.fingerprint,
            "train_sha256": rows.sha256}


def load_checkpoint(path: Path) -> dict:
    """A resume checkpoint of this command: tensors and plain types only (`weights_only=True`, so a planted pickle
    cannot run code); anything else raises `InputError`."""
    try:
        ck = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as e:  # noqa: BLE001 - any unpickling failure (a refused global included) is a bad file
        raise InputError(f"{path}: not a resume checkpoint of {COMMAND} ({type(e).__name__}); it was not loaded: "
                         "delete it to start over") from None
    if not isinstance(ck, dict) or not isinstance(ck.get("lora"), dict):
        raise InputError(f"{path}: not a resume checkpoint of {COMMAND}; delete it to start over")
    return ck


@dataclass
class LoraResult:
    """A trained LoRA: its tuner (the PEFT model, to save or measure), the per-step log and the training time."""

    tuner: LoraTuner
    metrics: list[dict]
    train_seconds: float
    resumed_from: int
    key: dict

    def losses(self) -> tuple[float, float]:
        """Mean loss over the first and the last k steps (k = a fifth of the steps, 1 to 20)."""
        losses = [m["loss"] for m in self.metrics]
        k = max(1, min(20, len(losses) // 5))
        return sum(losses[:k]) / k, sum(losses[-k:]) / k


def train_lora(lm: FrozenLM, cfg: LoraTrainConfig, rows: TrainRows, resume_file: Path | None = None,
               progress: bool = True) -> LoraResult:
    """Train the LoRA of `cfg` on `rows` (module docstring). With `resume_file`, checkpoint to it every
    `cfg.checkpoint_every` steps and continue from it when it was written for the same `run_key`."""
    tuner = make_tuner(lm, cfg, rows)
    sched, key = cfg.schedule(), run_key(lm, cfg, rows)
    metrics, seconds, start = run_steps(
        tuner.params, tuner.loss, len(rows), sched, resume_file, progress, f"training the LoRA ({cfg.mode})",
        load=load_checkpoint, matches=lambda ck: ck.get("key") == key, restore=lambda ck: tuner.load_state(ck["lora"]),
        payload=lambda: {"key": key, "lora": tuner.state()}, stale="another recipe, train file or model")
    if not all(torch.isfinite(p).all() for p in tuner.params):
        raise RuntimeError("training diverged (non-finite LoRA weights); lower --lr")
    return LoraResult(tuner, metrics, seconds, start, key)


def write_lora(folder: Path, res: LoraResult, rows: TrainRows) -> None:
    """Write the trained LoRA into `folder` (inside the caller's `atomic_dir`): the PEFT adapter, `lora.json` (the
    recipe, the result, provenance) and `metrics.jsonl` (loss per step)."""
    from softprism.poe.runs import provenance, write_json

    cfg, lm = res.tuner.cfg, res.tuner.lm
    res.tuner.save(folder)
    first, last = res.losses()
    write_json(folder / "lora.json", {
        "kind": "train_lora", "description": cfg.description, "mode": cfg.mode,
        "system": cfg.system if cfg.mode == "context" else None,
        "rank": cfg.rank, "alpha": cfg.alpha, "dropout": 0.0, "targets": list(cfg.targets),
        "steps": cfg.steps, "lr": cfg.lr, "warmup": cfg.warmup, "batch_size": cfg.batch_size, "seed": cfg.seed,
        "positions": cfg.positions if cfg.mode == "context" else None, "max_input_tokens": cfg.max_input_tokens,
        "slot": "prefix", "autocast": res.tuner.amp,
        "train": {"path": rows.path, "sha256": rows.sha256, "rows": len(rows)},
        "base_model": {"name": base_model_name(lm.name), "fingerprint": lm.fingerprint},
        "final_loss": res.metrics[-1]["loss"], "loss_first": first, "loss_last": last,
        "train_seconds": round(res.train_seconds, 3), "resumed_from_step": res.resumed_from,
        "threads": torch.get_num_threads(), "key": res.key, "provenance": provenance(),
    })
    (folder / "metrics.jsonl").write_text("".join(json.dumps(m) + "\n" for m in res.metrics))


# ---- the command ---------------------------------------------------------------------------------------------------

def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    d = LoraTrainConfig()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", required=True, help="JSONL file: `input` per row (and `output` for --mode sft)")
    ap.add_argument("--out", type=Path, required=True, help="adapter folder to write (all-or-nothing)")
    ap.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    ap.add_argument("--mode", default=d.mode, choices=["sft", "context"],
                    help="sft: learn the outputs; context: context distillation of --system (default %(default)s)")
    ap.add_argument("--system", default=d.system, help="--mode context: the text prompt the LoRA learns to act as")
    ap.add_argument("--model", default=d.model, help="`embedded` (default), `tiny`, or a HF causal LM path/name")
    ap.add_argument("--rank", type=int, default=d.rank, help="LoRA rank r; alpha = 2r (default %(default)s)")
    ap.add_argument("--targets", default=",".join(d.targets),
                    help="comma-separated modules the LoRA is added to (default %(default)s)")
    ap.add_argument("--steps", type=int, default=d.steps, help="optimiser steps (default %(default)s)")
    ap.add_argument("--lr", type=float, default=d.lr, help="peak learning rate (default %(default)s)")
    ap.add_argument("--warmup", type=int, default=d.warmup, help="warm-up steps (default %(default)s)")
    ap.add_argument("--batch-size", type=int, default=d.batch_size, help="rows per step (default %(default)s)")
    ap.add_argument("--positions", type=int, default=d.positions,
                    help="--mode context: T, the teacher's reply tokens matched (default %(default)s)")
    ap.add_argument("--max-input-tokens", type=int, default=d.max_input_tokens,
                    help="truncate inputs to this many tokens (default %(default)s, as poe's probes)")
    ap.add_argument("--seed", type=int, default=d.seed, help="seed (default %(default)s)")
    ap.add_argument("--description", default=d.description, help="one line of what it was trained to do")
    ap.add_argument("--checkpoint-every", type=int, default=d.checkpoint_every,
                    help="resume checkpoint every N steps (0 = never; default %(default)s)")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0 = leave torch's default)")
    return ap.parse_args(argv)


def _finished_key(out: Path) -> dict | None:
    """The run key a finished folder records (None when it holds no readable lora.json)."""
    try:
        meta = json.loads((out / "lora.json").read_text())
    except (OSError, ValueError):
        return None
    return meta.get("key") if isinstance(meta, dict) else None


def main(argv: list[str] | None = None) -> int:
    from softprism.poe.lm import load_lm
    from softprism.poe.runs import atomic_dir, claim_out

    args = parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    cfg = LoraTrainConfig(train=args.train, mode=args.mode, system=args.system, model=args.model, rank=args.rank,
                          targets=[t.strip() for t in args.targets.split(",") if t.strip()], steps=args.steps,
                          lr=args.lr, warmup=args.warmup, batch_size=args.batch_size, positions=args.positions,
                          max_input_tokens=args.max_input_tokens, seed=args.seed,
                          checkpoint_every=args.checkpoint_every, description=args.description)
    out: Path = claim_out(args.out, MARKERS, [cfg.train], args.overwrite)  # before any compute; locks it
    rows = read_rows(cfg)  # bad input fails here, before the model loads
    lm = load_lm(cfg.model)
    key = run_key(lm, cfg, rows)
    if all((out / m).is_file() for m in MARKERS) and not args.overwrite:
        if _finished_key(out) == key:
            print(f"{out}: already trained with these settings (lora.json); nothing to do")
            return 0
        raise InputError(f"{out}: holds a LoRA trained with other settings, train file or model (lora.json); choose "
                         "another --out, or pass --overwrite to replace it")
    log.info("%d train rows, mode %s, rank %d, model %s", len(rows), cfg.mode, cfg.rank, lm.name)
    resume = out.with_name(f".{out.name}.resume.pt")
    res = train_lora(lm, cfg, rows, resume_file=resume)
    with atomic_dir(out, overwrite=True) as tmp:
        write_lora(tmp, res, rows)
    resume.unlink(missing_ok=True)
    first, last = res.losses()
    print(f"loss {first:.4g} -> {last:.4g}")
    print(f"wrote {out} (trained {res.train_seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    main_guard(main)
