"""softprism: explain a soft prompt as a short weighted product of experts over text prompts.

One name, two things: `softprism.decompose` is both the notebook call and the pipeline's room, and Python's import
system keeps them apart without any trick.

- The attribute `softprism.decompose` is the function `softprism.api.decompose` (bound below):
  `softprism.decompose("examples/sst2_adapter", k=5)`. `from softprism import decompose` gives the function too.
- The module `softprism.decompose` (the room, the package decompose/) is `sys.modules["softprism.decompose"]`, and
  that is what every `from` import and `importlib` reads: `from softprism.decompose.pipeline import Decomposer`,
  `from softprism.decompose import pipeline`, `importlib.import_module("softprism.decompose.result")`.

Why the two do not collide: the import system sets a module as an attribute of its parent package only when it
loads that module. The room is loaded here first (its __init__ imports nothing), and only then is the name bound to
the function, so no later import of the room or of its modules rebinds it. What reads the name as an attribute gets
the function: so `import softprism.decompose.pipeline` followed by `softprism.decompose.pipeline.X`, or `import
softprism.decompose.pipeline as p`, do not reach the room; use the `from` forms above (every module of this project
does). Type checkers see the same split: the name defined here (the function) wins over the submodule, and the
room's modules are modules.

In a checkout the rooms (poe/, retrieval/, synth/, oracle/, decompose/, eval/) are top-level folders beside this
package (one folder per room keeps each room's imports and ownership visible, docs/DESIGN.md §2); an installed wheel
carries them as softprism/<room>/ instead (pyproject.toml's package-dir). In a checkout this package's `__path__` is
its own folder, then the checkout root, so that `softprism.poe` resolves to ./poe without installing anything, and
to ./poe too under an editable install (a strict one links the files into build/, for static tools: its link tree
would miss a module added since); nothing imports the rooms under their bare names.
"""

from __future__ import annotations

import importlib as _importlib
from pathlib import Path as _Path
from typing import TYPE_CHECKING

_HERE = _Path(__file__).resolve().parent  # this package's folder (a strict editable install links to it)
_ROOT = _HERE.parent
if (_ROOT / "poe" / "solver.py").is_file() and (_ROOT / "eval" / "__init__.py").is_file() \
        and not (_HERE / "poe").is_dir():
    __path__[:] = [str(_HERE), str(_ROOT)]  # noqa: F821  # a package's __path__ is set by the import system

# The room first, then the function (see the module docstring). softprism.api is light: each call imports its work.
_importlib.import_module("softprism.decompose")

from softprism.api import decompose, explain_finetune, load_soft_prompt  # noqa: E402

if TYPE_CHECKING:
    from softprism.decompose.result import Report

__version__ = "0.1.0"
__all__ = ["decompose", "explain_finetune", "load_soft_prompt", "Report", "__version__"]


def __getattr__(name: str) -> object:
    """`Report` (what `decompose` returns), imported on first use: importing a room does not load the pipeline."""
    if name == "Report":
        from softprism.decompose.result import Report

        return Report
    raise AttributeError(f"module 'softprism' has no attribute {name!r}")
