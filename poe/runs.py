"""Run folders and all-or-nothing outputs.

Every command that writes results writes a *run folder*: the resolved config (`config.yaml`), `run.json` with the
git SHA, library versions, command line and start time, and its own result files. `atomic_dir` builds a folder under
a temporary name and renames it into place only when the job succeeded, so a failed or killed job never leaves a
half-written result. `main_guard` turns `InputError` into one line on stderr and exit status 2.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterator

from poe.config import save_config
from poe.errors import InputError

log = logging.getLogger(__name__)

TRACKED_LIBRARIES = (
    "torch", "transformers", "accelerate", "deepspeed", "datasets", "sentence_transformers", "faiss",
    "peft", "numpy", "scipy", "safetensors",
)


def git_sha() -> str | None:
    """The project's current commit (with `-dirty` when the tree has changes), or None outside a checkout."""
    root = Path(__file__).resolve().parent.parent
    try:
        sha = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, timeout=5)
        if sha.returncode != 0:
            return None
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                               capture_output=True, text=True, timeout=5)
        return sha.stdout.strip() + ("-dirty" if dirty.stdout.strip() else "")
    except (OSError, subprocess.SubprocessError):
        return None


def library_versions() -> dict[str, str]:
    """Versions of the libraries that decide results (only those importable)."""
    import importlib.metadata as md

    names = {"sentence_transformers": "sentence-transformers", "faiss": "faiss-cpu"}
    out = {"python": sys.version.split()[0]}
    for lib in TRACKED_LIBRARIES:
        try:
            out[lib] = md.version(names.get(lib, lib))
        except md.PackageNotFoundError:
            continue
    return out


def provenance() -> dict[str, Any]:
    """What `run.json` holds: git SHA, versions, command line, host time."""
    return {
        "git_sha": git_sha(),
        "versions": library_versions(),
        "argv": sys.argv,
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }


def write_run_info(out_dir: Path, cfg: Any | None = None, extra: dict | None = None) -> None:
    """Write `config.yaml` (when a config is given) and `run.json` into `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    if cfg is not None:
        save_config(cfg, out_dir / "config.yaml")
    info = provenance()
    if extra:
        info.update(extra)
    write_json(out_dir / "run.json", info)


def write_json(path: Path, obj: Any) -> None:
    """Write JSON atomically (temporary file, then rename)."""
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    tmp.write_text(json.dumps(obj, indent=2, default=_json_default) + "\n")
    os.replace(tmp, path)


def _json_default(o: Any) -> Any:
    if hasattr(o, "tolist"):
        return o.tolist()
    if isinstance(o, Path):
        return str(o)
    raise TypeError(f"not JSON-serialisable: {type(o).__name__}")


@contextlib.contextmanager
def atomic_dir(out: Path, overwrite: bool = True) -> Iterator[Path]:
    """Yield a temporary sibling folder; on success it replaces `out`, on any error it is removed."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.partial{os.getpid()}")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if out.exists():
        if not overwrite:
            shutil.rmtree(tmp, ignore_errors=True)
            raise InputError(f"{out}: already exists; choose another --out or delete it")
        old = out.with_name(f".{out.name}.old{os.getpid()}")
        os.replace(out, old)
        os.replace(tmp, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, out)


def main_guard(fn: Callable[[], Any]) -> None:
    """Run an entry point: logging set up, `InputError` printed as one line on stderr with exit status 2."""
    logging.basicConfig(level=os.environ.get("SOFTPRISM_LOG", "INFO"),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", datefmt="%H:%M:%S")
    try:
        rc = fn()
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
    sys.exit(rc or 0)
