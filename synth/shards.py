"""The on-disk layout of a synth run, written atomically and resumable.

    OUT/manifest.json            model, slot, probe-set and corpus hashes, config, versions, git SHA, run key
    OUT/config.yaml, run.json    resolved config; provenance of the latest invocation
    OUT/shards/shard-00000/      a `datasets` dataset (save_to_disk), one per `output.shard_size` examples

Shard s holds examples [s * shard_size, (s + 1) * shard_size). It is built in a hidden sibling folder and renamed
into place only when complete (`poe.runs.atomic_dir`), so a shard folder that exists is complete: a rerun skips it,
and a killed run leaves no half shard (stale hidden `.partial` folders are removed on resume). Process r of W
builds shards with s % W == r, so `accelerate launch` processes never write the same shard.

`load_examples(OUT)` concatenates the shards into one `datasets.Dataset` sorted by `index`.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from datasets import Features, Sequence, Value

from softprism.poe.errors import InputError
from softprism.poe.runs import atomic_dir, write_json

SHARD_DIR = "shards"

# The columns of a shard (one row per synthetic soft prompt).
FEATURES = Features({
    "index": Value("int64"),
    "seed": Value("int64"),
    "soft_prompt": Sequence(Sequence(Value("float32"))),
    "length": Value("int32"),
    "init": Value("string"),
    "k": Value("int32"),
    "component_ids": Sequence(Value("string")),
    "component_texts": Sequence(Value("string")),
    "weights": Sequence(Value("float32")),
    "kl_fit": Value("float32"),
    "kl_val": Value("float32"),
    "kl_heldout": Value("float32"),
    "kl_base": Value("float32"),
    "steps": Value("int32"),
    "best_step": Value("int32"),
    "history": Sequence(Sequence(Value("float32"))),
})


def shard_name(s: int) -> str:
    return f"shard-{s:05d}"


def shard_path(out: Path, s: int) -> Path:
    return Path(out) / SHARD_DIR / shard_name(s)


def n_shards(n_examples: int, shard_size: int) -> int:
    return (n_examples + shard_size - 1) // shard_size


def shard_range(s: int, n_examples: int, shard_size: int) -> range:
    return range(s * shard_size, min(n_examples, (s + 1) * shard_size))


def done_shards(out: Path) -> set[int]:
    d = Path(out) / SHARD_DIR
    if not d.is_dir():
        return set()
    return {int(p.name.split("-")[1]) for p in d.iterdir() if p.is_dir() and p.name.startswith("shard-")}


def clean_partials(out: Path, mine: set[int]) -> None:
    """Remove hidden half-written folders left by a killed run, only for shards this process owns."""
    d = Path(out) / SHARD_DIR
    if not d.is_dir():
        return
    for p in d.iterdir():
        if p.name.startswith(".shard-") and ".partial" in p.name:
            s = int(p.name[len(".shard-"):].split(".")[0])
            if s in mine:
                shutil.rmtree(p, ignore_errors=True)


def check_or_write_manifest(out: Path, manifest: dict) -> None:
    """Write `manifest.json`, or, when `out` already holds one, refuse unless its run key matches (resume)."""
    path = Path(out) / "manifest.json"
    if path.is_file():
        try:
            old = json.loads(path.read_text())
        except json.JSONDecodeError:
            raise InputError(f"{path}: unreadable manifest; delete {out} or choose another --out") from None
        if old.get("run_key") != manifest["run_key"]:
            raise InputError(f"{out}: holds a synth run with another config/model/probes/corpus (run_key "
                             f"{old.get('run_key')} != {manifest['run_key']}); choose another --out")
        return
    Path(out).mkdir(parents=True, exist_ok=True)
    write_json(path, manifest)


def write_shard(out: Path, s: int, rows: list[dict]) -> Path:
    """Write one shard atomically from row dicts (`FEATURES`)."""
    from datasets import Dataset, disable_progress_bars

    disable_progress_bars()
    target = shard_path(out, s)
    with atomic_dir(target, overwrite=False) as tmp:
        cols = {k: [r[k] for r in rows] for k in FEATURES}
        Dataset.from_dict(cols, features=FEATURES).save_to_disk(str(tmp))
    return target


def load_examples(out: Path):
    """All complete shards of `out` as one `datasets.Dataset`, sorted by `index`."""
    from datasets import concatenate_datasets, load_from_disk

    shards = sorted(done_shards(out))
    if not shards:
        raise InputError(f"{out}: no synth shards found; run synth/generate.py --out {out} first")
    ds = concatenate_datasets([load_from_disk(str(shard_path(out, s))) for s in shards])
    return ds.sort("index")
