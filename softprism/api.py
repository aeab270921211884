"""The Python API a notebook uses: `softprism.decompose`, `softprism.explain_finetune` and
`softprism.load_soft_prompt`.

    import softprism
    rep = softprism.decompose("examples/sst2_adapter", probes="examples/sst2_adapter/probes.jsonl", k=5)
    rep                      # in Jupyter: the HTML report (weights chart, KL-versus-k curve, components)
    print(rep)               # the ranked components and the held-out numbers
    rep.table()              # one row per component (a pandas DataFrame when pandas is installed)
    rep.to_json()            # what `--json` writes
    ex = softprism.explain_finetune("my_lora_adapter", probes="task.jsonl")   # a fine-tune, via a soft prompt
    ex.captured, ex.explained, ex.explained_ft                                  # the three figures

Everything the CLI (`softprism decompose`, eval/decompose_real.py) resolves is resolved the same way here
(`decompose.cli.open_decomposer`): the model (the adapter's base model, else the embedded SmolLM2), the shipped
FAISS index, oracle and signature index, the probes (the embedded user messages, or a task file).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

# Light on purpose: softprism/__init__.py imports this module, so each function imports what it runs on call.
if TYPE_CHECKING:
    from softprism.decompose.finetune import FinetuneExplanation
    from softprism.decompose.result import Report
    from softprism.poe.softprompt import SoftPrompt


def load_soft_prompt(spec: Any) -> SoftPrompt:
    """A soft prompt from a PEFT prompt-tuning adapter folder, a `.safetensors`/`.pt` file holding one 2-D tensor,
    a PEFT adapter id (`owner/name`) already in the local Hugging Face cache (offline), or a tensor [L, d] ->
    `SoftPrompt` (`.embeddings` [L, d], `.source`, `.format`, `.base_model`)."""
    import torch

    from softprism.poe.softprompt import SoftPrompt
    from softprism.poe.softprompt import load_soft_prompt as _load

    if isinstance(spec, SoftPrompt):
        return spec
    if isinstance(spec, torch.Tensor):
        return SoftPrompt(spec.detach(), "tensor", "tensor")
    return _load(spec)


def decompose(soft_prompt: Any, model: str | None = None, probes: str | None = None, k: int | None = None, *,
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
    gt = list(cfg.baselines.ground_truth) or (ground_truth_of(Path(sp.source)) if Path(sp.source).exists() else [])
    rep = dec.run(soft, baselines=baselines, ground_truth=gt or None,
                  soft_info={"source": sp.source, "format": sp.format, "base_model": sp.base_model})
    rep.warnings = warnings + [w for w in rep.warnings if w not in warnings]
    return rep


def explain_finetune(finetune: str | Path, probes: str | None = None, config: str | Path | None = None, *,
                     model: str | None = None, length: int = 16, positions: int = 4, steps: int = 300,
                     lr: float = 0.01, seed: int = 0, train_on: Literal["auto", "task", "generic", "both"] = "auto",
                     k: int | None = None,
                     index: str | None = None, oracle: str | None = None, overrides: list[str] | tuple[str, ...] = (),
                     resume_file: str | Path | None = None, progress: bool = True,
                     **distil: Any) -> FinetuneExplanation:
    """Explain a fine-tune: distil it into a soft prompt, decompose that, and score the answer against the
    fine-tune itself (`softprism explain-finetune`, decompose/finetune.py).

    Args:
        finetune: a PEFT LoRA adapter folder or a full fine-tuned model folder.
        probes: a JSONL task file (`input` per row) for the distillation and the decomposition (default: the
            embedded probes); `train_on`: `auto`, `task`, `generic` or `both` (what the soft prompt is fitted on).
        config: a decomposition YAML config (configs/eval/decompose*.yaml); `overrides`: `key=value` strings.
        model: the base model (default: the adapter's recorded base model).
        length, positions, steps, lr, seed: L, T and the distillation's optimiser; `distil`: any other
            `synth.finetune.FinetuneConfig` field (batch_size, n_fit, n_heldout, init, ...).
        k, index, oracle: as `decompose`. `resume_file`: a checkpoint to resume the distillation from.
    Returns:
        a `decompose.finetune.FinetuneExplanation`: `.captured`, `.explained`, `.explained_ft`, `.figures`,
        `.report` (the decomposition's `Report`), `.distilled`, `.to_json()` (what result.json holds), `.html()`;
        it renders itself in Jupyter.
    """
    from softprism.decompose.config import DecomposeConfig
    from softprism.decompose.finetune import explain_finetune as run
    from softprism.poe.config import load_config
    from softprism.synth.finetune import FinetuneConfig

    flags = {"model.name": model, "probes.source": probes, "k": k, "retrieval.index": index, "oracle": oracle}
    sets = [f"{key}={json.dumps(v)}" for key, v in flags.items() if v is not None] + list(overrides)
    cfg = load_config(DecomposeConfig, config, sets)
    task = probes or (cfg.probes.source if cfg.probes.source != "default" else "")
    fcfg = FinetuneConfig(finetune=str(finetune), model=model or "auto", probes=task, train_on=train_on,
                          length=length, positions=positions, steps=steps, lr=lr, seed=seed, **distil)
    return run(cfg, fcfg, resume_file=Path(resume_file) if resume_file else None, progress=progress)
