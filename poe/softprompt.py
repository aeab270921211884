"""Soft prompts on disk: reading them in every accepted form, and writing standard PEFT adapters.

Accepted inputs (docs/DESIGN.md §2 eval/):
- a PEFT prompt-tuning adapter folder: `adapter_config.json` (peft_type PROMPT_TUNING) + `adapter_model.safetensors`
  (or `adapter_model.bin`) holding `prompt_embeddings` [n_virtual, d];
- a `.safetensors` file holding exactly one 2-D tensor;
- a `.pt`/`.pth` file holding one 2-D tensor (or a dict with exactly one).

`save_peft_adapter` writes the folder that `peft.PeftModel.from_pretrained` loads. Must not: load models.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import torch

from softprism.poe.errors import InputError

EMBEDDED_HF_NAME = "HuggingFaceTB/SmolLM2-135M-Instruct"


@dataclass
class SoftPrompt:
    """A soft prompt [n_virtual, d] with where it came from. `base_model`: the adapter's recorded base, if any."""

    embeddings: torch.Tensor
    source: str
    format: str
    base_model: str | None = None


def _one_tensor(obj, path: Path) -> torch.Tensor:
    if isinstance(obj, torch.Tensor):
        return obj
    if isinstance(obj, dict):
        tensors = {k: v for k, v in obj.items() if isinstance(v, torch.Tensor)}
        if "prompt_embeddings" in tensors:
            return tensors["prompt_embeddings"]
        if len(tensors) == 1:
            return next(iter(tensors.values()))
        raise InputError(f"{path}: holds {len(tensors)} tensors ({', '.join(list(tensors)[:4])}); save exactly one "
                         "2-D tensor [n_virtual, d_model], or name it prompt_embeddings")
    raise InputError(f"{path}: holds a {type(obj).__name__}, not a tensor; save one 2-D tensor [n_virtual, d_model]")


def cached_adapter(repo_id: str) -> Path | None:
    """The local folder of a Hugging Face Hub repository `owner/name` (e.g. a PEFT adapter) when it is in the local
    Hugging Face cache (`HF_HUB_CACHE`, `HF_HOME`), else None. Offline: nothing is downloaded."""
    import re

    if not re.fullmatch(r"[\w.-]+/[\w.-]+", repo_id):
        return None
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(repo_id, local_files_only=True))
    except Exception:  # noqa: BLE001 - not cached (or no hub client): the caller reports the path as missing
        return None


def load_soft_prompt(path: str | Path) -> SoftPrompt:
    """Read a soft prompt from a PEFT adapter folder, a `.safetensors` file or a `.pt` file, or a PEFT adapter id
    (`owner/name`) found in the local Hugging Face cache (offline)."""
    p = Path(path)
    if not p.exists() and (hub := cached_adapter(str(path))) is not None:
        sp = load_soft_prompt(hub)
        sp.source = str(path)
        return sp
    if not p.exists():
        raise InputError(f"{p}: no such file or folder (nor a PEFT adapter id in the local Hugging Face cache); pass "
                         "a PEFT adapter folder, a .safetensors or a .pt file")
    if p.is_dir():
        cfg_file = p / "adapter_config.json"
        if not cfg_file.is_file():
            raise InputError(f"{p}: not a PEFT adapter folder (no adapter_config.json)")
        try:
            cfg = json.loads(cfg_file.read_text())
        except json.JSONDecodeError:
            raise InputError(f"{cfg_file}: not valid JSON; re-save the adapter with PEFT") from None
        if cfg.get("peft_type") != "PROMPT_TUNING":
            raise InputError(f"{cfg_file}: peft_type is {cfg.get('peft_type')!r}; softprism reads PROMPT_TUNING adapters")
        if int(cfg.get("num_transformer_submodules") or 1) != 1:
            raise InputError(f"{cfg_file}: an encoder-decoder adapter (2 submodules); softprism needs a causal LM")
        st, binf = p / "adapter_model.safetensors", p / "adapter_model.bin"
        if st.is_file():
            t = _read_safetensors(st)
        elif binf.is_file():
            t = _one_tensor(_torch_load(binf), binf)
        else:
            raise InputError(f"{p}: the adapter has no adapter_model.safetensors (or .bin)")
        return SoftPrompt(_check(t, p), str(p), "peft", cfg.get("base_model_name_or_path"))
    suffix = p.suffix.lower()
    if suffix == ".safetensors":
        return SoftPrompt(_check(_read_safetensors(p), p), str(p), "safetensors")
    if suffix in (".pt", ".pth", ".bin"):
        return SoftPrompt(_check(_one_tensor(_torch_load(p), p), p), str(p), "pt")
    raise InputError(f"{p}: unknown soft prompt format {suffix!r}; pass a PEFT adapter folder, .safetensors or .pt")


def _read_safetensors(p: Path) -> torch.Tensor:
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    if p.stat().st_size == 0:
        raise InputError(f"{p}: the file is empty; pass a saved soft prompt")
    try:
        return _one_tensor(load_file(str(p)), p)
    except SafetensorError as e:
        raise InputError(f"{p}: not a readable safetensors file ({e}); re-save it with safetensors.torch.save_file") from None


def _torch_load(p: Path):
    if p.stat().st_size == 0:
        raise InputError(f"{p}: the file is empty; pass a saved soft prompt")
    try:
        return torch.load(p, map_location="cpu", weights_only=True)
    except Exception as e:  # noqa: BLE001 - any unpickling failure is a bad file
        raise InputError(f"{p}: not a readable torch file ({type(e).__name__}); save one tensor with torch.save") from None


def _check(t: torch.Tensor, p: Path) -> torch.Tensor:
    if t.dim() == 3 and t.shape[0] == 1:
        t = t[0]
    if t.dim() != 2:
        raise InputError(f"{p}: expected a 2-D tensor [n_virtual, d_model], got shape {tuple(t.shape)}")
    if t.shape[0] == 0 or t.shape[1] == 0:
        raise InputError(f"{p}: the soft prompt is empty (shape {tuple(t.shape)})")
    t = t.float()
    if not torch.isfinite(t).all():
        raise InputError(f"{p}: contains NaN or inf values; re-export the soft prompt")
    return t


def base_model_name(lm_name: str) -> str:
    """The name to record as an adapter's base model (the embedded model under its public name)."""
    return EMBEDDED_HF_NAME if lm_name == "embedded" else lm_name


def save_peft_adapter(embeddings: torch.Tensor, out: str | Path, base_model: str, num_layers: int | None = None,
                      num_attention_heads: int | None = None, extra: dict | None = None,
                      extra_name: str = "softprism.json", overwrite: bool = True) -> Path:
    """Write a standard PEFT prompt-tuning adapter folder (all-or-nothing). `embeddings`: [n_virtual, d].

    `extra`, if given, is written beside the adapter as `extra_name` (provenance, ground truth)."""
    from peft import PromptTuningConfig, TaskType
    from safetensors.torch import save_file

    from softprism.poe.runs import atomic_dir, write_json

    soft = torch.as_tensor(embeddings, dtype=torch.float32).detach().cpu().contiguous()
    if soft.dim() != 2 or not torch.isfinite(soft).all():
        raise InputError(f"{out}: expected a finite 2-D soft prompt [n_virtual, d_model], got shape {tuple(soft.shape)}")
    n, d = soft.shape
    cfg = PromptTuningConfig(task_type=TaskType.CAUSAL_LM, num_virtual_tokens=int(n), token_dim=int(d),
                             num_transformer_submodules=1, num_attention_heads=num_attention_heads,
                             num_layers=num_layers, base_model_name_or_path=base_model, inference_mode=True)
    with atomic_dir(Path(out), overwrite=overwrite) as tmp:
        cfg.save_pretrained(str(tmp))
        save_file({"prompt_embeddings": soft}, str(tmp / "adapter_model.safetensors"), metadata={"format": "pt"})
        if extra is not None:
            write_json(tmp / extra_name, extra)
    return Path(out)
