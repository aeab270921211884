"""The Python API a notebook uses: `softprism.decompose` and `softprism.load_soft_prompt`.

    import softprism
    rep = softprism.decompose("examples/sst2_adapter", probes="examples/sst2_adapter/probes.jsonl", k=5)
    rep                      # in Jupyter: the HTML report (weights chart, KL-versus-k curve, components)
    print(rep)               # the ranked components and the held-out numbers
    rep.table()              # one row per component (a pandas DataFrame when pandas is installed)
    rep.to_json()            # what `--json` writes

Everything the CLI (`softprism decompose`, eval/decompose_real.py) resolves is resolved the same way here
(`decompose.cli.open_decomposer`): the model (the adapter's base model, else the embedded SmolLM2), the shipped
FAISS index, oracle and signature index, the probes (the embedded user messages, or a task file).
"""

from __future__ import annotations

import json
from pathlib import Path

import torch

from softprism.decompose.result import Report
from softprism.poe.softprompt import SoftPrompt
from softprism.poe.softprompt import load_soft_prompt as _load


def load_soft_prompt(spec) -> SoftPrompt:
    """A soft prompt from a PEFT prompt-tuning adapter folder, a `.safetensors`/`.pt` file holding one 2-D tensor,
    a PEFT adapter id (`owner/name`) already in the local Hugging Face cache (offline), or a tensor [L, d] ->
    `SoftPrompt` (`.embeddings` [L, d], `.source`, `.format`, `.base_model`)."""
    if isinstance(spec, SoftPrompt):
        return spec
    if isinstance(spec, torch.Tensor):
        return SoftPrompt(spec.detach(), "tensor", "tensor")
    return _load(spec)


def decompose(soft_prompt, model: str | None = None, probes: str | None = None, k: int | None = None, *,
              config: str | Path | None = None, index: str | None = None, oracle: str | None = None,
              signatures: str | None = None, candidates: list[str] | None = None, baselines: bool = False,
              overrides: list[str] | tuple[str, ...] = ()) -> Report:
    """Decompose one soft prompt into a short weighted list of hard prompts.

    Args:
        soft_prompt: anything `load_soft_prompt` accepts (folder, file, cached adapter id, tensor [L, d]).
        model: HF model name or folder, `embedded` or `tiny` (default: the adapter's base model when it loads
            offline, else the embedded SmolLM2-135M-Instruct).
        probes: a JSONL task file (`input`, optional `output`) to fit and measure on (default: the embedded set).
        k: components to report (default: the config's, 10).
        config: a YAML config (configs/eval/decompose*.yaml); `overrides`: `key=value` strings as `--set` takes.
        index, oracle, signatures: folders (or `none`), as the CLI's flags; `candidates`: your own hard prompts.
        baselines: also run the baselines (projection, patchscope, their retrievals, random) on the same target.
    Returns:
        a `Report`: `.components`, `.explained`, `.pipeline` (the `DecompositionResult`), `.baselines`,
        `.table()`, `.to_json()`, `.html()`; it renders itself in Jupyter.
    """
    from softprism.decompose.cli import ground_truth_of, open_decomposer
    from softprism.decompose.config import DecomposeConfig
    from softprism.poe.config import load_config

    flags = {"model.name": model, "probes.source": probes, "k": k, "retrieval.index": index, "oracle": oracle,
             "retrieval.signatures": signatures, "baselines.enabled": baselines}
    sets = [f"{key}={json.dumps(v)}" for key, v in flags.items() if v is not None] + list(overrides)
    if candidates:
        sets.append(f"candidates.texts={json.dumps(list(candidates))}")
    cfg = load_config(DecomposeConfig, config, sets)
    sp = load_soft_prompt(soft_prompt)
    dec, soft, warnings = open_decomposer(cfg, sp, sp.source)
    runner = None
    if baselines:
        from softprism.eval.baselines import run_baselines as runner
    gt = list(cfg.baselines.ground_truth) or (ground_truth_of(Path(sp.source)) if Path(sp.source).exists() else [])
    rep = dec.run(soft, baselines=baselines, ground_truth=gt or None, baseline_runner=runner,
                  soft_info={"source": sp.source, "format": sp.format, "base_model": sp.base_model})
    rep.warnings = warnings + [w for w in rep.warnings if w not in warnings]
    return rep
