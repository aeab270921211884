"""Export a generated soft prompt as a standard PEFT prompt-tuning adapter folder.

    OUT/adapter_config.json        PromptTuningConfig (task CAUSAL_LM, num_virtual_tokens = length, token_dim = d)
    OUT/adapter_model.safetensors  {"prompt_embeddings": [length, d] float32}   (PEFT's own key and layout)
    OUT/synth_example.json         the example's ground truth (ids, texts, weights, KLs) and the run's manifest key

`peft.PeftModel.from_pretrained(base_model, OUT)` then runs the soft prompt in PEFT's placement (before everything),
which is synth's `prefix` slot; examples made in the `system` slot are refused, since PEFT cannot place them there.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch

from softprism.poe.errors import InputError


def base_model_path(name: str) -> str:
    """What PEFT's `base_model_name_or_path` should say for a softprism model name."""
    from softprism.poe.lm import embedded_model_dir, tiny_model_dir

    if name == "embedded":
        return str(embedded_model_dir())
    if name == "tiny":
        return str(tiny_model_dir())
    return name


def write_adapter(soft: torch.Tensor, out: Path, base_model: str, model_config=None, extra: dict | None = None,
                  overwrite: bool = False) -> Path:
    """Write `soft` [L, d] as a PEFT prompt-tuning adapter folder at `out` (atomically), with the example's
    ground truth beside it as `synth_example.json`. The writer is `poe.softprompt.save_peft_adapter`."""
    from softprism.poe.softprompt import save_peft_adapter

    return save_peft_adapter(soft, out, base_model,
                             num_layers=getattr(model_config, "num_hidden_layers", None),
                             num_attention_heads=getattr(model_config, "num_attention_heads", None),
                             extra=extra, extra_name="synth_example.json", overwrite=overwrite)


def export_example(run_dir: Path, index: int, out: Path, overwrite: bool = False) -> Path:
    """Export example `index` of the synth run in `run_dir` as a PEFT adapter folder."""
    from softprism.synth.shards import load_examples

    run_dir = Path(run_dir)
    man_path = run_dir / "manifest.json"
    if not man_path.is_file():
        raise InputError(f"{run_dir}: no manifest.json; pass a folder written by synth/generate.py")
    man = json.loads(man_path.read_text())
    if man.get("slot") != "prefix":
        raise InputError(f"{run_dir}: examples were made in the {man.get('slot')!r} slot; PEFT adapters need "
                         "`prefix` (regenerate with --set slot.kind=prefix)")
    ds = load_examples(run_dir)
    hits = ds.filter(lambda r: r["index"] == index)
    if len(hits) == 0:
        raise InputError(f"{run_dir}: no example with index {index} (have {len(ds)} examples, "
                         f"indices {min(ds['index'])}..{max(ds['index'])})")
    row = hits[0]
    soft = torch.tensor(row["soft_prompt"], dtype=torch.float32)
    from transformers import AutoConfig

    base = base_model_path(man["model"]["name"])
    try:
        mcfg = AutoConfig.from_pretrained(base)
    except OSError:
        mcfg = None
    extra = {k: row[k] for k in ("index", "seed", "k", "component_ids", "component_texts", "weights", "kl_fit",
                                 "kl_heldout", "kl_base", "steps", "init", "length")}
    extra |= {"run_key": man["run_key"], "model_fingerprint": man["model"]["fingerprint"], "slot": man["slot"]}
    return write_adapter(soft, out, base, mcfg, extra, overwrite)
