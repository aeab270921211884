"""Training a real soft prompt: PEFT prompt tuning on a task file, in the `prefix` slot.

Owns: the training loop behind synth/train_prompt.py (`softprism train-prompt`). The prompt is PEFT's own
(`PromptTuningConfig` + `get_peft_model`: PEFT's initialisations `random` / `sample_vocab` / `text`, PEFT's
`PromptEmbedding` parameter) and is saved as a standard PEFT adapter (`poe.softprompt.save_peft_adapter`, base
model under its public name). Each example is laid out as `synth/tasks.py` describes (PEFT's placement: prompt, chat
template, input, reply), and the loss is the mean cross-entropy over the reply tokens (output + end-of-turn) of
the batch, as `transformers` computes it for labels with -100 elsewhere.

Two engines compute that same loss (a test checks they agree in value and gradient):
- `peft`: the PEFT model's own forward (`peft_model(input_ids, attention_mask, labels)`).
- `cached` (default, about 3x faster on CPU): the head (prompt + template, the same for every example) runs once
  per batch with gradients and its key/value cache is repeated over the batch; only reply positions go through the
  output head.

Resumable: every `checkpoint_every` steps the prompt, optimiser state and losses are saved beside the output
folder (`.NAME.resume.pt`); rerunning the same command continues from there, and batches are a deterministic
function of (seed, step), so a resumed run equals an uninterrupted one. Must not: write the output folder itself
(the entry script writes it, all-or-nothing).
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal, cast

import torch
from tqdm.auto import tqdm

from softprism.synth.tasks import TaskExample, reply_ids, tail_ids
from softprism.poe.errors import InputError
from softprism.poe.lm import FrozenLM, kv_cache
from softprism.poe.slot import PromptSlot

log = logging.getLogger(__name__)


@dataclass
class TrainConfig:
    """PEFT prompt tuning on a task file."""

    train: str = ""
    """JSONL task file with an `input` and an `output` string per row."""
    model: str = "embedded"
    """`embedded` (SmolLM2-135M-Instruct), `tiny` (random test model), or a Hugging Face causal LM path/name."""
    init: Literal["random", "sample_vocab", "text"] = "sample_vocab"
    """PEFT's initialisation: `random` (nn.Embedding's N(0, 1)), `sample_vocab` (random token embeddings), `text`."""
    init_text: str = ""
    """`text` init only: the text whose token embeddings (repeated/truncated to `length`) start the prompt."""
    length: int = 16
    """Number of virtual tokens."""
    steps: int = 300
    """Optimiser steps."""
    lr: float = 0.01
    """Peak learning rate (AdamW, no weight decay; linear warm-up then cosine decay to 10%)."""
    warmup: int = 10
    """Warm-up steps."""
    batch_size: int = 8
    """Examples per step."""
    max_train: int = 0
    """Use at most this many training rows, a seeded random subset (0 = all)."""
    max_input_tokens: int = 96
    """Inputs longer than this many tokens are truncated (as poe's probes are: `probes.max_probe_tokens`)."""
    engine: Literal["cached", "peft"] = "cached"
    """`cached`: the shared head runs once per batch (faster); `peft`: PEFT's forward. Same loss."""
    seed: int = 0
    """Seed for the initialisation, the subset and the batch order."""
    checkpoint_every: int = 25
    """Save a resume checkpoint every this many steps (0 = never)."""

    def __post_init__(self) -> None:
        if self.length < 1 or self.steps < 1 or self.batch_size < 1:
            raise InputError("--length, --steps and --batch-size must be >= 1")
        if not math.isfinite(self.lr) or self.lr <= 0:
            raise InputError(f"--lr must be a finite number > 0, got {self.lr}")
        if self.init == "text" and not self.init_text.strip():
            raise InputError("--init text needs --init-text TEXT (the words the prompt starts from)")
        if self.max_train < 0 or self.warmup < 0 or self.checkpoint_every < 0:
            raise InputError("--max-train, --warmup and --checkpoint-every must be >= 0")


@dataclass
class Batch:
    """Right-padded rows of one batch for the cached engine. `ids` [B, t]: input + template, then reply tokens
    0..R-2 (the positions that predict the reply); `lens` [B]: lengths without the reply; `reply` [B, R]: the reply
    tokens to predict, -100 past each reply's end."""

    ids: torch.Tensor
    lens: torch.Tensor
    reply: torch.Tensor


class PromptTuner:
    """PEFT prompt tuning of `lm` on `examples` under `cfg` (see the module docstring).

    `prompt()` -> the current soft prompt [length, d] (PEFT's parameter); `loss(rows)` -> scalar, differentiable.
    """

    def __init__(self, lm: FrozenLM, examples: list[TaskExample], cfg: TrainConfig):
        from peft import PromptTuningConfig, TaskType, get_peft_model

        self.lm, self.cfg = lm, cfg
        self.slot = PromptSlot(lm, "prefix")
        self.examples = examples
        self.tails = [tail_ids(self.slot, e.input, cfg.max_input_tokens) for e in examples]
        self.replies = [reply_ids(lm, e.output) for e in examples]
        init = {"random": "RANDOM", "sample_vocab": "SAMPLE_VOCAB", "text": "TEXT"}[cfg.init]
        pcfg = PromptTuningConfig(task_type=TaskType.CAUSAL_LM, num_virtual_tokens=cfg.length, prompt_tuning_init=init,
                                  prompt_tuning_init_text=cfg.init_text if cfg.init == "text" else None,
                                  tokenizer_name_or_path=lm.model.name_or_path if cfg.init == "text" else None)
        torch.manual_seed(cfg.seed)
        self.peft_model = get_peft_model(lm.model, pcfg)
        embedding = cast(torch.nn.Embedding, self.peft_model.prompt_encoder["default"].embedding)
        self.param: torch.Tensor = embedding.weight  # [length, d], PEFT's parameter
        self.param.data = self.param.data.float()
        self.param.requires_grad_(True)
        mid = self.slot.mid_ids
        self._mid = lm.embed_ids(mid) if mid else None

    def prompt(self) -> torch.Tensor:
        """The soft prompt [length, d] as PEFT feeds it (`get_prompt`)."""
        return self.peft_model.get_prompt(batch_size=1)[0]

    def batch(self, rows: list[int]) -> Batch:
        pad = self.lm.tokenizer.pad_token_id
        seqs = [self.tails[r] + self.replies[r][:-1] for r in rows]
        t = max(len(s) for s in seqs)
        R = max(len(self.replies[r]) for r in rows)
        ids = torch.tensor([s + [pad] * (t - len(s)) for s in seqs])
        reply = torch.tensor([self.replies[r] + [-100] * (R - len(self.replies[r])) for r in rows])
        return Batch(ids, torch.tensor([len(self.tails[r]) for r in rows]), reply)

    def loss(self, rows: list[int], engine: str | None = None) -> torch.Tensor:
        """Mean cross-entropy over the reply tokens of the examples `rows` (differentiable w.r.t. the prompt)."""
        if (engine or self.cfg.engine) == "peft":
            return self._loss_peft(rows)
        return self._loss_cached(self.batch(rows))

    def _loss_peft(self, rows: list[int]) -> torch.Tensor:
        """PEFT's forward on mid + tail + reply (PEFT puts the prompt in front); labels only on the reply."""
        pad, dev, mid = self.lm.tokenizer.pad_token_id, self.lm.device, self.slot.mid_ids
        seqs = [mid + self.tails[r] + self.replies[r] for r in rows]
        width = max(len(s) for s in seqs)
        ids = torch.tensor([s + [pad] * (width - len(s)) for s in seqs])
        attn = torch.tensor([[1] * len(s) + [0] * (width - len(s)) for s in seqs])
        labels = torch.tensor([[-100] * (len(mid) + len(self.tails[r])) + self.replies[r]
                               + [-100] * (width - len(s)) for r, s in zip(rows, seqs)])
        return self.peft_model(input_ids=ids.to(dev), attention_mask=attn.to(dev), labels=labels.to(dev)).loss

    def _loss_cached(self, b: Batch) -> torch.Tensor:
        lm, dev = self.lm, self.lm.device
        B, t = b.ids.shape
        R = b.reply.shape[1]
        parts = [self.prompt().to(lm.dtype)] + ([self._mid] if self._mid is not None else [])
        head = torch.cat(parts, 0)[None]  # [1, h, d]
        cache = kv_cache(lm.base(inputs_embeds=head, use_cache=True))
        cache.batch_repeat_interleave(B)
        # right padding: real tokens never attend to the pads after them, so no mask is needed
        hs = lm.base(input_ids=b.ids.to(dev), **{lm.cache_kw: cache}, use_cache=False).last_hidden_state  # [B, t, d]
        pos = (b.lens[:, None] - 1 + torch.arange(R)[None]).clamp(max=t - 1).to(dev)  # [B, R]
        st = hs.gather(1, pos[:, :, None].expand(B, R, lm.d_model))  # [B, R, d]
        logits = lm.head_logits(st).float()  # [B, R, V]
        tgt = b.reply.to(dev)
        return torch.nn.functional.cross_entropy(logits.reshape(B * R, -1), tgt.reshape(-1), ignore_index=-100)


def lr_at(cfg: TrainConfig, step: int) -> float:
    """Linear warm-up over `warmup` steps, then cosine decay from `lr` to `lr / 10` at the last step."""
    if step < cfg.warmup:
        return cfg.lr * (step + 1) / cfg.warmup
    span = max(1, cfg.steps - cfg.warmup)
    return cfg.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * (step - cfg.warmup) / span)))


def batch_rows(n: int, batch_size: int, seed: int, step: int) -> list[int]:
    """The examples of step `step`: consecutive slices of one seeded permutation per epoch (a pure function)."""
    rows = []
    start = step * batch_size
    for k in range(start, start + batch_size):
        epoch, i = divmod(k, n)
        perm = torch.randperm(n, generator=torch.Generator().manual_seed(seed * 1_000_003 + epoch))
        rows.append(int(perm[i]))
    return rows


def subset(examples: list[TaskExample], max_train: int, seed: int) -> list[TaskExample]:
    """A seeded random subset of at most `max_train` rows (0 = all), in file order."""
    if not max_train or max_train >= len(examples):
        return list(examples)
    perm = torch.randperm(len(examples), generator=torch.Generator().manual_seed(seed))[:max_train]
    return [examples[i] for i in sorted(perm.tolist())]


def load_resume(path: Path, command: str = "softprism train-prompt") -> dict:
    """A resume checkpoint written by `optimise_prompt` (for `command`, named in the message): tensors and plain
    types only, loaded with `weights_only=True`, so a planted pickle cannot run code. Anything else raises
    `InputError`."""
    try:
        ck = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as e:  # noqa: BLE001 - any unpickling failure (a refused global included) is a bad file
        raise InputError(f"{path}: not a resume checkpoint of {command} ({type(e).__name__}); it "
                         "was not loaded: delete it to start over") from None
    if not isinstance(ck, dict) or not isinstance(ck.get("prompt"), torch.Tensor):
        raise InputError(f"{path}: not a resume checkpoint of {command}; delete it to start over")
    return ck


@dataclass
class TrainResult:
    """The trained prompt [length, d] (float32, CPU), the per-step log, and the training wall time."""

    prompt: torch.Tensor
    metrics: list[dict]
    train_seconds: float
    resumed_from: int


def train_prompt(lm: FrozenLM, examples: list[TaskExample], cfg: TrainConfig, resume_file: Path | None = None,
                 progress: bool = True) -> TrainResult:
    """Run prompt tuning; with `resume_file`, checkpoint to it and continue from it when it matches `cfg`."""
    return optimise_prompt(PromptTuner(lm, examples, cfg), len(examples), cfg, lm.fingerprint, resume_file, progress)


def run_steps(params: Sequence[torch.Tensor], loss_of: Callable[[list[int]], torch.Tensor], n_rows: int,
              cfg: TrainConfig, resume_file: Path | None, progress: bool, desc: str, *,
              load: Callable[[Path], dict], matches: Callable[[dict], bool], restore: Callable[[dict], object],
              payload: Callable[[], dict], stale: str = "another config or model") -> tuple[list[dict], float, int]:
    """The one optimisation loop of synth/: AdamW on `params` under `lr_at(cfg, step)`, the rows of step s from
    `batch_rows(n_rows, ...)`, the loss `loss_of(rows)`, a progress bar, and the resume checkpoint. Soft prompts
    (`optimise_prompt`) and LoRAs (synth/train_lora.py) both train through it; they differ only in what the
    checkpoint holds: `payload()` is saved beside the step, optimiser, metrics and seconds; on a rerun `load(file)`
    reads it back, and when `matches(checkpoint)` says it was written for this run, `restore(checkpoint)` puts the
    weights back and the loop continues from its step (else it logs that the file was written for `stale`).
    Returns (metrics per step, seconds spent in all runs, the step it resumed from)."""
    opt = torch.optim.AdamW(list(params), lr=cfg.lr, weight_decay=0.0)
    start, metrics, spent = 0, [], 0.0
    if resume_file is not None and resume_file.is_file():
        ck = load(resume_file)
        if matches(ck):
            restore(ck)
            opt.load_state_dict(ck["optimizer"])
            start, metrics, spent = ck["step"], ck["metrics"], ck["seconds"]
            log.info("resuming from step %d (%s)", start, resume_file)
        else:
            log.warning("ignoring %s: it was written for %s", resume_file, stale)
    t0 = time.perf_counter()
    bar = tqdm(total=cfg.steps, initial=start, desc=desc, unit="step", disable=not progress)
    for step in range(start, cfg.steps):
        for g in opt.param_groups:
            g["lr"] = lr_at(cfg, step)
        loss = loss_of(batch_rows(n_rows, cfg.batch_size, cfg.seed, step))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        metrics.append({"step": step + 1, "loss": loss.item(), "lr": opt.param_groups[0]["lr"],
                        "seconds": round(spent + time.perf_counter() - t0, 3)})
        bar.set_postfix(loss=f"{loss.item():.3f}")
        bar.update(1)
        done = step + 1
        if resume_file is not None and cfg.checkpoint_every and done % cfg.checkpoint_every == 0 and done < cfg.steps:
            tmp = resume_file.with_name(resume_file.name + f".tmp{os.getpid()}")
            torch.save({**payload(), "step": done, "optimizer": opt.state_dict(), "metrics": metrics,
                        "seconds": spent + time.perf_counter() - t0}, tmp)
            os.replace(tmp, resume_file)
    bar.close()
    return metrics, spent + time.perf_counter() - t0, start


def optimise_prompt(tuner: PromptTuner, n_rows: int, cfg: TrainConfig, fingerprint: str,
                    resume_file: Path | None = None, progress: bool = True, key: dict | None = None,
                    desc: str = "prompt tuning", command: str = "softprism train-prompt") -> TrainResult:
    """Train a soft prompt, shared by `train_prompt` and the fine-tune distillation (synth/finetune.py): `run_steps`
    on `tuner.param` with the loss `tuner.loss(rows)`. `tuner` is a `PromptTuner` (or one with another loss). A
    checkpoint is resumed only when its config, model `fingerprint` and `key` (what else fixes the result, e.g. the
    teacher of a distillation) all match."""
    metrics, seconds, start = run_steps(
        [tuner.param], tuner.loss, n_rows, cfg, resume_file, progress, desc,
        load=lambda p: load_resume(p, command),
        matches=lambda ck: (ck.get("config") == asdict(cfg) and ck.get("fingerprint") == fingerprint
                            and ck.get("key") == key),
        restore=lambda ck: tuner.param.data.copy_(ck["prompt"]),
        payload=lambda: {"config": asdict(cfg), "fingerprint": fingerprint, "key": key,
                         "prompt": tuner.param.detach().cpu().clone()})
    prompt = tuner.prompt().detach().float().cpu().clone()
    if not torch.isfinite(prompt).all():
        raise RuntimeError("training diverged (non-finite prompt); lower --lr")
    return TrainResult(prompt, metrics, seconds, start)
