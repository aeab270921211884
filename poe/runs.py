"""Run folders and all-or-nothing outputs.

Every command that writes results writes a *run folder*: the resolved config (`config.yaml`), `run.json` with the
git SHA, library versions, command line and start time, and its own result files. `atomic_dir` builds a folder under
a temporary name and renames it into place only when the job succeeded, so a failed or killed job never leaves a
half-written result. `main_guard` turns `InputError` into one line on stderr and exit status 2.

`claim_out` is the one rule every entry point applies to its `--out` before any compute (docs/RELIABILITY.md):
- never the input: an `--out` that is, or holds, one of the command's input files or folders is refused, as is the
  current folder or a folder above it (even with `--overwrite`);
- writable: the nearest existing folder above `--out` must be a folder this process can write into;
- not someone else's: an existing `--out` must be an empty folder, or a previous run of the same command (it holds
  that command's marker files, e.g. `run.json` + `result.json`), which the command resumes or replaces; anything
  else is refused unless the command offers `--overwrite` and it was given;
- one job at a time: a lock file `.NAME.lock` beside `--out` (`fcntl.flock`, released when the process ends, even
  when killed) names the holder's pid; a second job on the same `--out` exits with that pid in its message.
Nothing is created before every check has passed, and the lock file (and any parent folders made for it) is removed
when the job ends, so a refused or failed job leaves no new files.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import fcntl
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from softprism.poe.config import save_config
from softprism.poe.errors import InputError

log = logging.getLogger(__name__)

TRACKED_LIBRARIES = (
    "torch", "transformers", "accelerate", "deepspeed", "datasets", "sentence_transformers", "faiss",
    "peft", "numpy", "scipy", "safetensors",
)


def git_sha(exclude: list[str | Path] | None = None) -> str | None:
    """The project's current commit (with `-dirty` when the tree has changes), or None outside a checkout.
    `exclude`: paths whose changes do not count (a job's own tracked output, e.g. docs/FINDINGS.md, which the job
    rewrites as it goes); paths outside the checkout are ignored."""
    root = Path(__file__).resolve().parent.parent
    spec = []
    for p in exclude or []:
        try:
            spec.append(f":(exclude){Path(p).resolve().relative_to(root.resolve()).as_posix()}")
        except ValueError:
            continue
    try:
        sha = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, timeout=5)
        if sha.returncode != 0:
            return None
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", ".", *spec], cwd=root,
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
    try:
        tmp.write_text(json.dumps(obj, indent=2, default=_json_default) + "\n")
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise


def _json_default(o: Any) -> Any:
    if hasattr(o, "tolist"):
        return o.tolist()
    if isinstance(o, Path):
        return str(o)
    raise TypeError(f"not JSON-serialisable: {type(o).__name__}")


@contextlib.contextmanager
def atomic_dir(out: Path, overwrite: bool = True) -> Iterator[Path]:
    """Yield a temporary sibling folder; on success it replaces `out`, on any error it is removed.

    Callers that take `out` from the user check it first with `claim_out` (which decides whether an existing
    `out` may be replaced); this function only makes the swap all-or-nothing."""
    out = Path(out).absolute()
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
        _remove(old)
    else:
        os.replace(tmp, out)


def _remove(p: Path) -> None:
    """Remove a file or folder if it exists (best effort)."""
    if p.is_dir() and not p.is_symlink():
        shutil.rmtree(p, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            p.unlink()


# ---- the --out rule ---------------------------------------------------------------------------------------------

_HELD: dict[Path, tuple[int, list[Path]]] = {}
"""Locks this process holds: lock path -> (file descriptor, parent folders made for it, to remove on release)."""


def _rank() -> int:
    """This process's rank under `accelerate launch` / torchrun / mpirun (0 when alone)."""
    for n in ("RANK", "PMI_RANK", "OMPI_COMM_WORLD_RANK", "MV2_COMM_WORLD_RANK"):
        if os.environ.get(n, "").strip():
            return int(os.environ[n])
    return 0


def _inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


def _existing_ancestor(p: Path) -> Path:
    while not p.exists() and p != p.parent:
        p = p.parent
    return p


def check_writable(target: Path, flag: str = "--out") -> None:
    """InputError unless `target` could be created: its nearest existing ancestor is a folder this process can
    write into (probed by creating and removing a file there, which also catches read-only file systems)."""
    target = Path(target).absolute()
    base = _existing_ancestor(target.parent)
    for q in [target.parent, *target.parent.parents]:
        if q.exists() and not q.is_dir():
            raise InputError(f"{target}: {q} is a file, not a folder; choose another {flag}")
        if q == base:
            break
    try:
        fd, probe = tempfile.mkstemp(prefix=".softprism-probe", dir=base)
        os.close(fd)
        os.unlink(probe)
    except OSError as e:
        raise InputError(f"{target}: cannot write into {base} ({e.strerror or type(e).__name__}); choose another "
                         f"{flag} in a folder you can write to") from None


def check_out_file(path: Path | str, inputs: Iterable[Any] = (), flag: str = "--out") -> Path:
    """The rule for a single output *file* (`--json`, tasks_eval's `--out`): not a folder, not one of `inputs`, and
    creatable. Returns it absolute. Raises `InputError` before any compute."""
    path = Path(path).absolute()
    if path.is_dir():
        raise InputError(f"{path}: is a folder; {flag} takes a file name (e.g. {path / 'result.json'})")
    for i in _paths(inputs):
        if path == i:
            raise InputError(f"{path}: is an input of this command; choose another {flag} (it would be replaced)")
    check_writable(path, flag)
    return path


def _paths(inputs: Iterable[Any]) -> list[Path]:
    """The inputs that name existing files or folders, absolute and resolved (names like `embedded` are skipped)."""
    out = []
    for i in inputs:
        if i is None or i == "" or isinstance(i, bool):
            continue
        for one in (i if isinstance(i, (list, tuple)) else [i]):
            p = Path(str(one))
            if p.exists():
                out += [p.absolute(), p.resolve()]
    return out


def claim_out(out: Path | str, own: tuple[str, ...] = ("run.json",), inputs: Iterable[Any] = (),
              overwrite: bool | None = None, flag: str = "--out") -> Path:
    """Check the output folder `out` by the one rule (module docstring) and lock it for this job.

    Args:
        out: the folder the command will write (atomically replaced, or resumed in place).
        own: marker files that a previous run of *this* command leaves in its folder (all must be present); such
            a folder may be resumed or replaced without `--overwrite`. Empty: no existing folder is reused.
        inputs: the command's input paths (files, folders, or names that are not paths, which are ignored).
        overwrite: the command's `--overwrite` flag; None when the command has no such flag.
    Returns the absolute `out`. Raises `InputError` (nothing created) when a check fails or another job holds the
    lock. The lock is released by `release_outs` (called by `main_guard` and at exit)."""
    out = Path(os.path.abspath(out))  # `..` removed, symlinks kept (both spellings are checked below)
    cwd = Path.cwd().absolute()
    if out == Path(out.anchor) or _inside(cwd, out) or _inside(cwd.resolve(), out.resolve()):
        raise InputError(f"{out}: is the current folder or one above it; pass a new folder for {flag}, "
                         f"e.g. {flag} runs/NAME")
    for i in _paths(inputs):
        if _inside(i, out) or _inside(i, out.resolve()):
            what = "is" if i in (out, out.resolve()) else "holds"
            raise InputError(f"{out}: {what} the input {i}; choose another {flag} (the input is never replaced)")
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder; choose another {flag}")
    check_writable(out, flag)
    if out.is_dir() and any(out.iterdir()) and not (own and all((out / m).exists() for m in own)) and not overwrite:
        why = (f"a non-empty folder that is not a previous run of this command (no {' + '.join(own)})" if own
               else "already exists and holds files")
        fix = ", or pass --overwrite to replace it" if overwrite is not None else " or empty it first"
        raise InputError(f"{out}: {why}; choose another {flag}{fix}")
    _lock(out)
    return out


def _lock(out: Path) -> None:
    """Take `.NAME.lock` beside `out` (one per rank, so `accelerate launch` processes of one job do not collide)."""
    rank = _rank()
    lock = out.with_name(f".{out.name}.lock" + (f".rank{rank}" if rank else ""))
    if lock in _HELD:
        return
    made = [p for p in [out.parent, *out.parent.parents] if not p.exists()]
    lock.parent.mkdir(parents=True, exist_ok=True)
    while True:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno not in (errno.EAGAIN, errno.EACCES):
                os.close(fd)
                raise
            pid = os.read(fd, 32).decode(errors="replace").strip() or "unknown"
            os.close(fd)
            raise InputError(f"{out}: another job (pid {pid}) holds this folder (lock {lock}); wait for it to "
                             f"finish or choose another --out") from None
        try:  # the holder may have removed the file between our open and flock: lock the file on disk
            same = os.stat(lock).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    os.ftruncate(fd, 0)
    os.write(fd, f"{os.getpid()}\n".encode())
    _HELD[lock] = (fd, sorted(made, key=lambda p: len(p.parts), reverse=True))


def release_outs() -> None:
    """Release every lock `claim_out` took in this process; remove the lock files and the folders made for them
    when they are empty."""
    for lock, (fd, made) in list(_HELD.items()):
        with contextlib.suppress(OSError):
            lock.unlink()
        os.close(fd)
        for d in made:
            with contextlib.suppress(OSError):
                d.rmdir()
        del _HELD[lock]


atexit.register(release_outs)


def main_guard(fn: Callable[[], Any]) -> None:
    """Run an entry point: logging set up, `InputError` printed as one line on stderr with exit status 2; the
    output locks taken by `claim_out` released however it ends."""
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
    finally:
        release_outs()
    sys.exit(rc or 0)
