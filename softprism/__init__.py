"""softprism: explain a soft prompt as a short weighted product of experts over text prompts."""

from __future__ import annotations

import importlib as _importlib
import types as _types
from pathlib import Path as _Path

# In a checkout the rooms (poe/, retrieval/, synth/, oracle/, decompose/, eval/) are top-level folders beside this
# package (one folder per room keeps each room's imports and ownership visible, docs/DESIGN.md §2); an installed
# wheel carries them as softprism/<room>/ instead (pyproject.toml's package-dir). Adding the checkout root to this
# package's __path__ makes `softprism.poe` resolve to ./poe without installing anything; nothing imports the rooms
# under their bare names.
_ROOT = _Path(__file__).resolve().parent.parent
if (_ROOT / "poe" / "solver.py").is_file() and (_ROOT / "eval" / "__init__.py").is_file() \
        and not (_Path(__file__).resolve().parent / "poe").is_dir():
    __path__.append(str(_ROOT))  # type: ignore[name-defined]  # noqa: F821

__version__ = "0.1.0"
__all__ = ["decompose", "explain_finetune", "load_soft_prompt", "Report", "__version__"]


def __getattr__(name: str):
    """The public API, imported on first use (importing a room does not load the pipeline):
    `decompose` (the pipeline's package, callable: `softprism.decompose(soft_prompt, model=, probes=, k=)`),
    `explain_finetune` (a LoRA or fine-tuned model, via a distilled soft prompt), `load_soft_prompt` and `Report`
    (what `decompose` returns)."""
    if name == "decompose":
        import importlib

        return importlib.import_module("softprism.decompose")
    if name == "load_soft_prompt":
        from softprism.api import load_soft_prompt

        return load_soft_prompt
    if name == "explain_finetune":
        from softprism.api import explain_finetune

        return explain_finetune
    if name == "Report":
        from softprism.decompose.result import Report

        return Report
    raise AttributeError(f"module 'softprism' has no attribute {name!r}")


class _CallableRoom(_types.ModuleType):
    """The pipeline's room, callable: `softprism.decompose(...)` is `softprism.api.decompose(...)`."""

    def __call__(self, *args, **kwargs):
        from softprism.api import decompose

        return decompose(*args, **kwargs)


# The room `softprism.decompose` and the notebook call `softprism.decompose(...)` share one name: the package
# (light to import: its __init__ imports nothing) gets a callable module class here, in the one package that may
# import every room.
_importlib.import_module("softprism.decompose").__class__ = _CallableRoom
