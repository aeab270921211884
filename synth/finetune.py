"""Distilling a fine-tune into a soft prompt: how much of a LoRA (or fully fine-tuned) model one prompt carries.

Owns: reading a fine-tune against its base model (a PEFT LoRA adapter folder merged into a copy of the base, a full
fine-tuned model folder, or, from Python, a fixed soft prompt standing in for one), the fine-tune's own greedy
replies to the probes, and the distillation of a PEFT prompt-tuning soft prompt S [L, d] in the `prefix` slot so
that base + S matches the fine-tune:

    loss = mean over probes and the first T reply positions of KL(fine-tune || base + S)   (full vocabulary)

with the fine-tune's greedy reply teacher-forced after each probe (both models read the same tokens). The loop is
synth's one prompt-tuning loop (`synth.prompt_tuning.optimise_prompt`: PEFT's prompt parameter and
initialisation, AdamW with warm-up and cosine decay, deterministic batches, the resume checkpoint); only the loss
differs (`FinetuneTuner`). Forward passes run in bf16 autocast under the rule of synth's distillation (`autocast`).

Reported on held-out probes, per probe part (`task`: the task file's held-out rows, `generic`: the embedded
probes' held-out rows; both are split off by `poe.probes`' stable hash and never trained on):

    captured = 1 - KL(fine-tune || base + S) / KL(fine-tune || base)

`captured` is the part like the training probes (the task's when a task file trains, else the generic one).

Must not: import decompose/ or anything above synth, or write an output folder itself (the entry scripts,
synth/distil_finetune.py and decompose/finetune.py, write theirs all-or-nothing through `write_distilled`).
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import torch

from softprism.poe.errors import InputError
from softprism.poe.lm import FrozenLM
from softprism.poe.probes import Probe, ProbeSet, load_probes
from softprism.poe.slot import PromptSlot
from softprism.poe.softprompt import EMBEDDED_HF_NAME, base_model_name, save_peft_adapter
from softprism.poe.tables import Tails, compute_states, forward_states
from softprism.synth.distill import _kl
from softprism.synth.prompt_tuning import PromptTuner, TrainConfig, TrainResult, optimise_prompt

log = logging.getLogger(__name__)

COMMAND = "softprism distil-finetune"
PROMPT_LEARNING = ("PROMPT_TUNING", "P_TUNING", "PREFIX_TUNING", "MULTITASK_PROMPT_TUNING", "CPT")
"""PEFT types that are soft prompts, not fine-tunes: refused with a pointer to `softprism decompose`."""


@dataclass
class FinetuneConfig:
    """Distilling a fine-tune into a soft prompt (`softprism distil-finetune`)."""

    finetune: str = ""
    """The fine-tune: a PEFT LoRA adapter folder (`adapter_config.json` + weights) or a full fine-tuned model folder
    (`config.json` + weights, the base model's tokenizer)."""
    model: str = "auto"
    """The base model: `auto` (the adapter's recorded base model, else the embedded SmolLM2-135M-Instruct),
    `embedded`, `tiny`, or a Hugging Face causal LM path/name."""
    probes: str = ""
    """A JSONL task file with an `input` per row (outputs are ignored: the fine-tune's own replies are used);
    empty = none (the embedded generic probes only)."""
    train_on: Literal["auto", "task", "generic", "both"] = "auto"
    """Probes the soft prompt is fitted on: the task file's fit part, the embedded probes' fit part, or both;
    `auto`: the task file when one is given, else the embedded probes. Both held-out parts are always measured."""
    heldout_fraction: float = 0.34
    """Share of each probe source held out (by a stable hash of the text, as `poe.probes` splits)."""
    n_fit: int = 256
    """Use at most this many fit probes per source (0 = all)."""
    n_heldout: int = 32
    """Use at most this many held-out probes per source (0 = all)."""
    length: int = 16
    """L: virtual tokens of the soft prompt."""
    positions: int = 4
    """T: reply positions matched (the fine-tune's greedy reply, teacher-forced, gives T next-token distributions)."""
    steps: int = 300
    """Optimiser steps."""
    lr: float = 0.01
    """Peak learning rate (AdamW, no weight decay; linear warm-up then cosine decay to 10%)."""
    warmup: int = 10
    """Warm-up steps."""
    batch_size: int = 8
    """Probes per step."""
    init: Literal["random", "sample_vocab", "text"] = "sample_vocab"
    """PEFT's initialisation of the soft prompt (`random`, `sample_vocab`, `text` with `init_text`)."""
    init_text: str = ""
    """`text` init only: the words the prompt starts from."""
    max_probe_tokens: int = 96
    """Probes longer than this many tokens are truncated."""
    autocast: Literal["off", "bfloat16", "auto"] = "auto"
    """bf16 autocast of the distillation's forward passes (weights and optimiser stay fp32). `auto`: on a GPU, or
    where the model's own autocast is bf16 (`model.autocast`), as synth's distillation decides."""
    seed: int = 0
    """Seed of the initialisation and the batch order."""
    checkpoint_every: int = 25
    """Save a resume checkpoint every this many steps (0 = never)."""
    ignore_base_model: bool = False
    """Use `model` even though the adapter records another base model."""

    def __post_init__(self) -> None:
        if self.length < 1:
            raise InputError(f"--length (L, the soft prompt's virtual tokens) must be >= 1, got {self.length}")
        if self.positions < 1:
            raise InputError(f"--positions (T, the reply positions matched) must be >= 1, got {self.positions}")
        if self.steps < 1 or self.batch_size < 1:
            raise InputError("--steps and --batch-size must be >= 1")
        if not math.isfinite(self.lr) or self.lr <= 0:
            raise InputError(f"--lr must be a finite number > 0, got {self.lr}")
        if not 0.0 < self.heldout_fraction < 1.0:
            raise InputError(f"heldout_fraction must be in (0, 1), got {self.heldout_fraction}")
        if self.n_fit < 0 or self.n_heldout < 0 or self.warmup < 0 or self.checkpoint_every < 0:
            raise InputError("--n-fit, --n-heldout, --warmup and --checkpoint-every must be >= 0")
        if self.train_on == "task" and not self.probes:
            raise InputError("--train-on task needs --probes TASK.jsonl")
        if self.init == "text" and not self.init_text.strip():
            raise InputError("--init text needs --init-text TEXT (the words the prompt starts from)")

    def train_config(self) -> TrainConfig:
        """The prompt-tuning settings of the shared loop (`optimise_prompt`)."""
        return TrainConfig(train=self.probes or "default", model=self.model, init=self.init, init_text=self.init_text,
                           length=self.length, steps=self.steps, lr=self.lr, warmup=self.warmup,
                           batch_size=self.batch_size, max_input_tokens=self.max_probe_tokens, seed=self.seed,
                           checkpoint_every=self.checkpoint_every)


# ---- the probes ----------------------------------------------------------------------------------------------------

@dataclass
class FinetuneProbes:
    """The training probes and the held-out parts (`task` when a task file is given, `generic` always). Probes
    carry no `output`: every continuation is the fine-tune's own greedy reply."""

    train: ProbeSet
    heldout: dict[str, ProbeSet]
    train_on: str

    @property
    def like_training(self) -> str:
        """The held-out part that is like the training probes (`captured` is measured there)."""
        return "task" if "task" in self.heldout and self.train_on in ("task", "both") else "generic"


def _inputs_only(ps: ProbeSet) -> ProbeSet:
    return ProbeSet([Probe(p.text) for p in ps.probes], ps.source)


def finetune_probes(cfg: FinetuneConfig) -> FinetuneProbes:
    """Load and split the probes of `cfg` (before any model loads: a bad task file fails here)."""
    train_on = cfg.train_on if cfg.train_on != "auto" else ("task" if cfg.probes else "generic")
    parts: dict[str, tuple[ProbeSet, ProbeSet]] = {}
    sources = (["task"] if cfg.probes else []) + ["generic"]
    for name in sources:
        fit, held = _inputs_only(load_probes(cfg.probes if name == "task" else "default")).split(cfg.heldout_fraction)
        fit, held = fit.head(cfg.n_fit), held.head(cfg.n_heldout)
        if len(held) == 0 or (len(fit) == 0 and train_on in (name, "both")):
            raise InputError(f"probes {fit.source!r}: the split left {len(fit)} fit and {len(held)} held-out probes; "
                             "use a file with more rows (at least ~10) or change --heldout-fraction")
        parts[name] = (fit, held)
    train = [p for name in (["task", "generic"] if train_on == "both" else [train_on]) for p in parts[name][0].probes]
    source = "+".join(parts[n][0].source for n in parts if train_on in (n, "both"))
    return FinetuneProbes(ProbeSet(train, source), {n: held for n, (_, held) in parts.items()}, train_on)


# ---- the fine-tune -------------------------------------------------------------------------------------------------

@dataclass
class FinetuneInfo:
    """What a fine-tune folder is, read without loading any model: `kind` `lora` or `full`, the adapter's config
    (LoRA) and the base model it records (None when it records none)."""

    path: Path
    kind: Literal["lora", "full"]
    adapter_config: dict | None
    base_model: str | None


def inspect_finetune(path: str | Path) -> FinetuneInfo:
    """Check a fine-tune folder's form (fast, before any model loads); one `InputError` line when it is not one."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such folder; pass a PEFT LoRA adapter folder or a fine-tuned model folder")
    if not p.is_dir():
        raise InputError(f"{p}: not a folder; pass a PEFT LoRA adapter folder (adapter_config.json + weights) or a "
                         "fine-tuned model folder (config.json + weights)")
    cfg_file = p / "adapter_config.json"
    if cfg_file.is_file():
        try:
            cfg = json.loads(cfg_file.read_text())
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise InputError(f"{cfg_file}: not valid JSON; re-save the adapter with PEFT") from None
        if not isinstance(cfg, dict):
            raise InputError(f"{cfg_file}: not a PEFT adapter config (a JSON object); re-save the adapter with PEFT")
        kind = str(cfg.get("peft_type") or "")
        if kind.upper() in PROMPT_LEARNING:
            raise InputError(f"{p}: a {kind} adapter is a soft prompt, not a fine-tune; explain it directly with "
                             f"`softprism decompose {p}`")
        if kind.upper() != "LORA":
            raise InputError(f"{cfg_file}: peft_type is {kind or None!r}; softprism distils LoRA adapters (or full "
                             "fine-tuned model folders)")
        if not any((p / f).is_file() for f in ("adapter_model.safetensors", "adapter_model.bin")):
            raise InputError(f"{p}: the adapter has no adapter_model.safetensors (or .bin)")
        base = cfg.get("base_model_name_or_path")
        return FinetuneInfo(p, "lora", cfg, str(base) if base else None)
    if (p / "config.json").is_file():
        return FinetuneInfo(p, "full", None, None)
    raise InputError(f"{p}: neither a PEFT adapter folder (no adapter_config.json) nor a model folder (no "
                     "config.json); pass a LoRA adapter folder or a fine-tuned model folder")


def canonical_base(name: str | None) -> str | None:
    """A base-model spec in comparable form: `embedded` for SmolLM2-135M-Instruct under its names (hub name, the
    converted cache folder), `tiny` for the test model's cache folder, a resolved path for other local folders."""
    if not name:
        return None
    if name in ("embedded", EMBEDDED_HF_NAME):
        return "embedded"
    p = Path(name).expanduser()
    if p.parent.name == "models" and p.name.startswith("SmolLM2-135M-Instruct-"):
        return "embedded"
    if p.parent.name == "models" and p.name.startswith("tiny-llama-v"):
        return "tiny"
    return str(p.resolve()) if p.exists() else name


def resolve_base(spec: str, info: FinetuneInfo) -> str:
    """The base model to load for `spec` (`auto`: the adapter's recorded base model, in the form `load_lm` takes;
    the embedded model when it records none)."""
    if spec != "auto":
        return spec
    return canonical_base(info.base_model) or "embedded"


def _same_base(info: FinetuneInfo, lm: FrozenLM) -> bool:
    want = canonical_base(info.base_model)
    have = {canonical_base(lm.name), canonical_base(getattr(lm.model, "name_or_path", None))}
    return want in have


@dataclass
class FineTune:
    """The model being explained, as the distillation reads it: `lm` (the fine-tuned network: a LoRA merged into a
    copy of the base, or a full fine-tuned model, with the base model's tokenizer), and `prompt` [L, d], a fixed
    prompt it reads in the `prefix` slot (a fine-tune that is itself a soft prompt; None otherwise)."""

    lm: FrozenLM
    prompt: torch.Tensor | None
    kind: str
    source: str
    adapter_config: dict | None = None
    fingerprint: str = ""

    def head_prompt(self) -> torch.Tensor:
        """The embeddings the fine-tune reads in the prefix slot ([0, d] when none)."""
        if self.prompt is None:
            return torch.zeros(0, self.lm.d_model, device=self.lm.device, dtype=self.lm.dtype)
        return self.prompt.to(self.lm.device, self.lm.dtype)

    def slot(self) -> PromptSlot:
        return PromptSlot(self.lm, "prefix")

    @torch.no_grad()
    def states(self, tails: Tails) -> torch.Tensor:
        """The fine-tune's final states at the first T reply positions of `tails`: [B, T, d] float32 (CPU)."""
        st = compute_states(self.lm, self.slot(), [self.head_prompt()], tails)
        return st.reshape(len(tails), tails.T, self.lm.d_model)

    def same_head(self, base: FrozenLM) -> bool:
        """Whether the fine-tune's logits are the base model's output head on its states (so its distributions are
        base-model states, which the PoE solver reads): true for adapters that leave the output head alone."""
        if self.lm is base:
            return True
        W, b = self.lm.head_weight, self.lm.head_bias
        if W.shape != base.head_weight.shape or not torch.equal(W.detach().cpu(), base.head_weight.detach().cpu()):
            return False
        if (b is None) != (base.head_bias is None):
            return False
        return b is None or base.head_bias is None or torch.equal(b.detach().cpu(), base.head_bias.detach().cpu())


def _file_sha(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _adapter_weights(p: Path) -> dict[str, torch.Tensor]:
    st, binf = p / "adapter_model.safetensors", p / "adapter_model.bin"
    try:
        if st.is_file():
            from safetensors.torch import load_file

            return load_file(str(st))
        obj = torch.load(binf, map_location="cpu", weights_only=True)
    except Exception as e:  # noqa: BLE001 - any unreadable weights file is a bad adapter
        raise InputError(f"{p}: the adapter's weights cannot be read ({type(e).__name__}); re-save it with PEFT") \
            from None
    if not isinstance(obj, dict):
        raise InputError(f"{p}: the adapter's weights are not a state dict; re-save it with PEFT")
    return obj


def _check_lora_shapes(p: Path, lm: FrozenLM, weights: dict[str, torch.Tensor]) -> None:
    """Every LoRA matrix must sit on a module of `lm` with matching width (InputError naming the first that does
    not): catches an adapter made for another model before PEFT's loader fails with a long message."""
    for key, w in weights.items():
        for tag, dim in ((".lora_A.", 1), (".lora_B.", 0)):
            if tag not in key:
                continue
            name = key.split(tag)[0]
            for prefix in ("base_model.model.", "base_model."):
                if name.startswith(prefix):
                    name = name[len(prefix):]
                    break
            try:
                module = lm.model.get_submodule(name)
            except AttributeError:
                raise InputError(f"{p}: the adapter changes module {name!r}, which model {lm.name!r} does not have; "
                                 "pass the adapter's base model with --model") from None
            if isinstance(module, torch.nn.Linear):
                want = module.in_features if dim == 1 else module.out_features
                if w.dim() != 2 or int(w.shape[dim]) != want:
                    raise InputError(f"{p}: {key} has shape {tuple(w.shape)}, but {name} of model {lm.name!r} is "
                                     f"{module.in_features} -> {module.out_features}; the adapter was made for "
                                     "another model (pass its base model with --model)")
    if not any(".lora_" in key for key in weights):
        raise InputError(f"{p}: the adapter's weights hold no LoRA matrices (lora_A / lora_B); re-save it with PEFT")


def load_finetune(lm: FrozenLM, path: str | Path, ignore_base: bool = False) -> FineTune:
    """The fine-tune at `path` for base model `lm`: a LoRA adapter merged into a copy of `lm`'s model, or a full
    fine-tuned model folder. Anything that is not one for this base model raises one `InputError` line."""
    info = inspect_finetune(path)
    p = info.path
    if info.kind == "lora":
        if info.base_model and not ignore_base and not _same_base(info, lm):
            raise InputError(f"{p}: the adapter was made for base model {info.base_model!r}, not {lm.name!r}; drop "
                             "--model to use its base model (or pass --ignore-base-model to force it)")
        _check_lora_shapes(p, lm, _adapter_weights(p))
        from peft import PeftModel

        model = copy.deepcopy(lm.model)
        try:
            merged = PeftModel.from_pretrained(model, str(p), is_trainable=False).merge_and_unload()
        except Exception as e:  # noqa: BLE001 - PEFT's loader fails many ways on a foreign adapter
            first = (str(e).strip().splitlines() or [type(e).__name__])[0][:200]
            raise InputError(f"{p}: PEFT could not apply this adapter to model {lm.name!r} ({first}); pass its base "
                             "model with --model") from None
        ft_lm = FrozenLM(merged, lm.tokenizer, f"{lm.name}+lora:{p.name}", autocast=lm.autocast)
        files = [p / "adapter_config.json", p / "adapter_model.safetensors", p / "adapter_model.bin"]
        fp = hashlib.sha256(f"{lm.fingerprint}:{_file_sha(files)}".encode()).hexdigest()[:16]
        return FineTune(ft_lm, None, "lora", str(p), info.adapter_config, fp)
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    try:
        conf = AutoConfig.from_pretrained(p)
    except Exception as e:  # noqa: BLE001
        raise InputError(f"{p}: config.json cannot be read as a model config ({type(e).__name__})") from None
    d, v = getattr(conf, "hidden_size", None), getattr(conf, "vocab_size", None)
    if d != lm.d_model or v != lm.model.config.vocab_size:
        raise InputError(f"{p}: a model with hidden size {d} and vocabulary {v}, but base model {lm.name!r} has "
                         f"{lm.d_model} and {lm.model.config.vocab_size}; pass the fine-tune's base model with --model")
    if any((p / f).is_file() for f in ("tokenizer.json", "tokenizer_config.json")):
        try:
            tok = AutoTokenizer.from_pretrained(p)
        except Exception:  # noqa: BLE001 - an unreadable tokenizer: the base model's is used, as below
            tok = None
        if tok is not None and tok.get_vocab() != lm.tokenizer.get_vocab():
            raise InputError(f"{p}: the fine-tune's tokenizer differs from base model {lm.name!r}'s; softprism "
                             "needs a fine-tune of the base model with its tokenizer (pass it with --model)")
    try:
        model = AutoModelForCausalLM.from_pretrained(p, dtype=lm.dtype)
    except Exception as e:  # noqa: BLE001
        first = (str(e).strip().splitlines() or [type(e).__name__])[0][:200]
        raise InputError(f"{p}: the fine-tuned model cannot be loaded ({first})") from None
    model.to(lm.device)
    ft_lm = FrozenLM(model, lm.tokenizer, str(p), autocast=lm.autocast)
    return FineTune(ft_lm, None, "full", str(p), None, ft_lm.fingerprint)


def soft_prompt_finetune(lm: FrozenLM, prompt: torch.Tensor, source: str = "soft prompt") -> FineTune:
    """A "fine-tune" that is the base model with a fixed soft prompt [L, d] in the prefix slot: a known case
    (a soft prompt of the same length captures all of it), for checks and experiments from Python."""
    soft = lm.check_soft_prompt(torch.as_tensor(prompt), source).detach()
    fp = hashlib.sha256(soft.float().cpu().numpy().tobytes()).hexdigest()[:16]
    return FineTune(lm, soft, "soft_prompt", source, None, fp)


# ---- replies, tails, KLs -------------------------------------------------------------------------------------------

def _stop_ids(lm: FrozenLM) -> set[int]:
    stop = {lm.tokenizer.eos_token_id}
    if "<|im_end|>" in lm.tokenizer.get_vocab():
        stop.add(lm.tokenizer.convert_tokens_to_ids("<|im_end|>"))
    return {s for s in stop if s is not None}


@torch.no_grad()
def greedy_replies(ft: FineTune, base_tails: list[list[int]], n: int, chunk: int = 64) -> list[list[int]]:
    """The fine-tune's greedy reply to each tail (probe + template), `n` tokens each; a reply that ends (end of
    turn) is padded with the end-of-sequence token, as `poe.tables.make_tails` pads a reference output."""
    lm = ft.lm
    eos, stop = lm.tokenizer.eos_token_id, _stop_ids(lm)
    head = ft.slot().head(ft.head_prompt())[None]
    gen: list[list[int]] = [[] for _ in base_tails]
    done = [False] * len(base_tails)
    for _ in range(n):
        todo = [i for i in range(len(base_tails)) if not done[i]]
        for i in range(len(base_tails)):
            if done[i]:
                gen[i].append(eos)
        for s in range(0, len(todo), chunk):
            rows = todo[s:s + chunk]
            st = forward_states(lm, head, [base_tails[i] + gen[i] for i in rows], 1)[0, :, 0]  # [b, d]
            for i, t in zip(rows, lm.head_logits(st).argmax(-1).tolist()):
                gen[i].append(int(t))
                done[i] = int(t) in stop
    return gen


@dataclass
class ProbePart:
    """One probe part read on the fine-tune: its tails (probe + template + the fine-tune's reply, T - 1 tokens
    teacher-forced), the fine-tune's states there [B, T, d], and its replies (T tokens, for the record)."""

    probes: ProbeSet
    tails: Tails
    states: torch.Tensor
    replies: list[list[int]]


def read_part(lm: FrozenLM, ft: FineTune, probes: ProbeSet, T: int, max_probe_tokens: int) -> ProbePart:
    """The fine-tune's replies to `probes` and its states on them (`ProbePart`). The reply's T-th token is read off
    the states (their last position), so the greedy loop runs T - 1 steps."""
    slot = PromptSlot(lm, "prefix")
    base = [slot.tail_ids(p.text, max_probe_tokens) for p in probes.probes]
    conts = greedy_replies(ft, base, T - 1)
    tails = Tails([b + c for b, c in zip(base, conts)], T)
    states = ft.states(tails)
    stop, eos = _stop_ids(ft.lm), ft.lm.tokenizer.eos_token_id
    with torch.no_grad():
        last = ft.lm.head_logits(states[:, -1].to(ft.lm.device, ft.lm.head_weight.dtype)).argmax(-1).tolist()
    replies = [c + [eos if c and c[-1] in stop | {eos} else int(t)] for c, t in zip(conts, last)]
    return ProbePart(probes, tails, states, replies)


@torch.no_grad()
def kl_rows(p_states: torch.Tensor, p_lm: FrozenLM, q_states: torch.Tensor, q_lm: FrozenLM,
            chunk: int = 512) -> torch.Tensor:
    """KL(p || q) over the full vocabulary at each state, where p = softmax of `p_lm`'s head on `p_states` and q of
    `q_lm`'s head on `q_states` (both [..., d]) -> [...] float32 on the CPU, `chunk` states at a time."""
    shape = p_states.shape[:-1]
    P, Q = p_states.reshape(-1, p_states.shape[-1]), q_states.reshape(-1, q_states.shape[-1])
    out = torch.empty(P.shape[0])
    for s in range(0, P.shape[0], chunk):
        lp = torch.log_softmax(p_lm.head_logits(P[s:s + chunk].to(p_lm.device, p_lm.head_weight.dtype)).float(), -1)
        logits = q_lm.head_logits(Q[s:s + chunk].to(q_lm.device, q_lm.head_weight.dtype))
        out[s:s + chunk] = _kl(lp, logits.to(lp.device)).cpu()
    return out.reshape(shape)


@dataclass
class Captured:
    """How much of the fine-tune a soft prompt captures on one probe part: mean KLs over probes and positions."""

    n: int
    kl_soft: float
    kl_base: float

    @property
    def captured(self) -> float:
        return 1.0 - self.kl_soft / self.kl_base if self.kl_base > 0 else float("nan")

    def to_json(self) -> dict:
        f = lambda x: x if math.isfinite(x) else None  # noqa: E731
        return {"n": self.n, "kl_soft": f(self.kl_soft), "kl_base": f(self.kl_base), "captured": f(self.captured)}


def measure(lm: FrozenLM, part: ProbePart, ft: FineTune, soft: torch.Tensor) -> Captured:
    """KL(fine-tune || base + soft) and KL(fine-tune || base) on `part` -> `Captured`."""
    slot = PromptSlot(lm, "prefix")
    null = torch.zeros(0, lm.d_model, device=lm.device, dtype=lm.dtype)
    st = compute_states(lm, slot, [soft.to(lm.device, lm.dtype), null], part.tails)
    st = st.reshape(2, len(part.tails), part.tails.T, lm.d_model)
    kl_soft = float(kl_rows(part.states, ft.lm, st[0], lm).mean())
    kl_base = float(kl_rows(part.states, ft.lm, st[1], lm).mean())
    return Captured(len(part.tails), kl_soft, kl_base)


# ---- the distillation ----------------------------------------------------------------------------------------------

def use_autocast(cfg: FinetuneConfig, lm: FrozenLM) -> bool:
    """bf16 autocast of the distillation's forwards: synth's rule (`DistillConfig.autocast`)."""
    return cfg.autocast == "bfloat16" or (cfg.autocast == "auto" and (
        lm.device.type == "cuda" or lm.autocast == "bfloat16"))


class FinetuneTuner(PromptTuner):
    """PEFT's prompt (parameter, initialisation) as `PromptTuner` holds it, with the distillation loss: mean over
    the rows' probes and T positions of KL(fine-tune || base + prompt), the fine-tune's states fixed beforehand."""

    def __init__(self, lm: FrozenLM, cfg: TrainConfig, part: ProbePart, ft: FineTune, amp: bool):
        super().__init__(lm, [], cfg)
        self.part, self.ft, self.amp = part, ft, amp

    def loss(self, rows: list[int], engine: str | None = None) -> torch.Tensor:
        lm, T = self.lm, self.part.tails.T
        head = self.slot.heads(self.prompt()[None].to(lm.dtype))  # [1, h, d]
        with torch.autocast(lm.device.type, dtype=torch.bfloat16, enabled=self.amp):
            st = forward_states(lm, head, [self.part.tails.ids[r] for r in rows], T)[0]  # [b, T, d]
        logits = lm.head_logits(st.float())
        with torch.no_grad():
            tgt = self.ft.lm.head_logits(self.part.states[rows].to(self.ft.lm.device, self.ft.lm.head_weight.dtype))
            tgt = torch.log_softmax(tgt.float(), -1).to(logits.device)
        return _kl(tgt, logits).mean()


@dataclass
class FinetuneResult:
    """A distilled fine-tune: the soft prompt [L, d] (float32, CPU), `captured` per held-out part (and on the
    training probes), the training log and what it was made from."""

    prompt: torch.Tensor
    heldout: dict[str, Captured]
    fit: Captured
    like_training: str
    train: TrainResult
    replies: list[dict]
    info: dict = field(default_factory=dict)

    @property
    def captured(self) -> float:
        """`captured` on the held-out probes like the training ones."""
        return self.heldout[self.like_training].captured

    def to_json(self) -> dict:
        """What finetune.json holds (without the provenance the writer adds)."""
        losses = [m["loss"] for m in self.train.metrics]
        k = max(1, min(20, len(losses) // 5))
        cap = lambda n: self.heldout[n].to_json()["captured"] if n in self.heldout else None  # noqa: E731
        return {
            "kind": "distil_finetune",
            "captured": cap(self.like_training), "captured_task": cap("task"), "captured_generic": cap("generic"),
            "like_training": self.like_training,
            "heldout": {n: c.to_json() for n, c in self.heldout.items()},
            "fit": self.fit.to_json(),
            **self.info,
            "train_seconds": round(self.train.train_seconds, 3), "resumed_from_step": self.train.resumed_from,
            "loss_first": sum(losses[:k]) / k if losses else None,
            "loss_last": sum(losses[-k:]) / k if losses else None,
            "replies": self.replies,
        }


def distil_finetune(lm: FrozenLM, ft: FineTune, cfg: FinetuneConfig, probes: FinetuneProbes | None = None,
                    resume_file: Path | None = None, progress: bool = True) -> FinetuneResult:
    """Fit a soft prompt S [cfg.length, d] in the prefix slot so that `lm` + S matches fine-tune `ft` on the
    training probes (see the module docstring), then measure `captured` on every held-out part. With
    `resume_file`, checkpoint to it and continue from it when it was written for the same config, model, fine-tune
    and probes (a killed run rerun gives the uninterrupted result)."""
    probes = probes or finetune_probes(cfg)
    T, mpt = cfg.positions, cfg.max_probe_tokens
    t0 = time.perf_counter()
    train = read_part(lm, ft, probes.train, T, mpt)
    held = {n: read_part(lm, ft, ps, T, mpt) for n, ps in probes.heldout.items()}
    read_s = time.perf_counter() - t0
    null = torch.zeros(0, lm.d_model)
    base_fit = measure(lm, train, ft, null)
    if not base_fit.kl_base > 1e-10:
        raise InputError(f"{ft.source}: the fine-tune's next-token distributions equal the base model's on the "
                         "training probes (KL 0), so there is nothing to distil (an untrained LoRA has B = 0)")
    tcfg = cfg.train_config()
    amp = use_autocast(cfg, lm)
    key = {"kind": "distil_finetune", "finetune": ft.fingerprint, "positions": T, "train_probes": probes.train.hash,
           "train_on": probes.train_on, "max_probe_tokens": mpt, "autocast": amp}
    tuner = FinetuneTuner(lm, tcfg, train, ft, amp)
    res = optimise_prompt(tuner, len(train.tails), tcfg, lm.fingerprint, resume_file, progress, key=key,
                          desc="distilling the fine-tune", command=COMMAND)
    soft = res.prompt
    fit = measure(lm, train, ft, soft)
    heldout = {n: measure(lm, part, ft, soft) for n, part in held.items()}
    like = probes.like_training
    tok = lm.tokenizer
    replies = [{"part": n, "probe": p.text, "reply": tok.decode(r, skip_special_tokens=True)}
               for n, part in held.items() for p, r in list(zip(part.probes.probes, part.replies))[:4]]
    info = {
        "finetune": {"path": ft.source, "type": ft.kind, "adapter_config": ft.adapter_config,
                     "fingerprint": ft.fingerprint},
        "base_model": {"name": lm.name, "fingerprint": lm.fingerprint},
        "length": cfg.length, "positions": T, "steps": cfg.steps, "lr": cfg.lr, "seed": cfg.seed, "init": cfg.init,
        "slot": "prefix", "autocast": amp,
        "probes": {"train_on": probes.train_on, "task": cfg.probes or None,
                   "train": {"source": probes.train.source, "n": len(probes.train), "hash": probes.train.hash},
                   "heldout": {n: {"source": ps.source, "n": len(ps), "hash": ps.hash}
                               for n, ps in probes.heldout.items()}},
        "read_seconds": round(read_s, 3),
    }
    return FinetuneResult(soft, heldout, fit, like, res, replies, info)


def write_distilled(folder: Path, lm: FrozenLM, res: FinetuneResult, extra: dict | None = None) -> None:
    """Write the distilled soft prompt into `folder` (inside the caller's `atomic_dir`): a standard PEFT
    prompt-tuning adapter, `finetune.json` (the result, `extra` merged in) and `metrics.jsonl` (loss per step)."""
    from softprism.poe.runs import provenance, write_json

    mc = lm.model.config
    save_peft_adapter(res.prompt, folder, base_model_name(lm.name), getattr(mc, "num_hidden_layers", None),
                      getattr(mc, "num_attention_heads", None))
    write_json(folder / "finetune.json", {**res.to_json(), **(extra or {}), "provenance": provenance()})
    (folder / "metrics.jsonl").write_text("".join(json.dumps(m) + "\n" for m in res.train.metrics))

