"""Training data for the oracle: synth runs turned into feature tensors and padded set targets.

Owns: reading synth runs (`synth.shards.load_examples`), the train/val split, computing features with the frozen
LM (`oracle.features`) and target embeddings with the sentence encoder, the on-disk cache of both, and batching.

Per example: features x [S, L, d] with mask [L]; targets = the mixture's components as unit sentence embeddings
[T, D] with signed weights [T] and a mask [T] (real components first, then padding).

Cache: `DATA/oracle_cache/<key>.safetensors` (+ `.json`), keyed by the synth run, the example subset, the LM's
fingerprint, slot, feature sources, encoder identity and dtype. It is written atomically (temporary name, then
rename) by the main process; a cache that cannot be written (read-only data) is skipped with a warning.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch

from poe.errors import InputError
from poe.probes import stable_unit

log = logging.getLogger(__name__)

CACHE_FORMAT = "softprism-oracle-cache/1"


@dataclass
class OracleData:
    """Aligned tensors for N examples (see the module docstring). `texts[i]`: component texts of example i."""

    x: torch.Tensor  # [N, S, L, d]
    mask: torch.Tensor  # [N, L] bool
    tdir: torch.Tensor  # [N, T, D]
    tw: torch.Tensor  # [N, T]
    tmask: torch.Tensor  # [N, T] bool
    texts: list[list[str]]
    index: list[int]
    meta: dict = field(default_factory=dict)

    def __len__(self) -> int:
        return int(self.x.shape[0])

    def subset(self, rows: list[int] | np.ndarray) -> "OracleData":
        rows = [int(r) for r in rows]
        t = torch.as_tensor(rows, dtype=torch.long)
        return OracleData(self.x[t], self.mask[t], self.tdir[t], self.tw[t], self.tmask[t],
                          [self.texts[r] for r in rows], [self.index[r] for r in rows], dict(self.meta))

    def batch(self, rows, device: torch.device | str = "cpu") -> tuple[torch.Tensor, torch.Tensor, dict]:
        """(x [b, S, L_b, d], mask [b, L_b], targets dict) for `rows`, trimmed to the batch's longest prompt."""
        t = torch.as_tensor(list(rows), dtype=torch.long)
        mask = self.mask[t]
        L = int(mask.sum(1).max())
        T = max(1, int(self.tmask[t].sum(1).max()))
        x = self.x[t][:, :, :L].to(device=device, dtype=torch.float32)
        targets = {"directions": self.tdir[t][:, :T].to(device=device, dtype=torch.float32),
                   "weights": self.tw[t][:, :T].to(device), "mask": self.tmask[t][:, :T].to(device)}
        return x, mask[:, :L].to(device), targets


def read_manifest(run: Path) -> dict:
    """The synth run's manifest, or InputError naming the folder and the fix."""
    path = Path(run) / "manifest.json"
    if not path.is_file():
        raise InputError(f"{run}: not a synth run (no manifest.json); make one with "
                         f"`python synth/generate.py --config configs/synth/tiny.yaml --out {run}`")
    try:
        return json.loads(path.read_text())
    except json.JSONDecodeError:
        raise InputError(f"{path}: unreadable manifest; regenerate the synth run") from None


def load_rows(run: Path) -> list[dict]:
    """Rows of a synth run (index, soft_prompt, component_texts, weights), sorted by index."""
    from datasets import disable_progress_bars

    from synth.shards import load_examples

    disable_progress_bars()
    ds = load_examples(Path(run)).select_columns(["index", "soft_prompt", "component_texts", "weights"])
    return list(ds)


def split_rows(rows: list[dict], val_fraction: float) -> tuple[list[dict], list[dict]]:
    """(train, val) by a stable hash of the example index."""
    train, val = [], []
    for r in rows:
        (val if stable_unit(f"oracle-val:{r['index']}") < val_fraction else train).append(r)
    return train, val


def targets_from_rows(rows: list[dict], vectors: dict[str, np.ndarray], dim: int):
    """Padded targets: tdir [N, T, D], tw [N, T], tmask [N, T] (T = most components in `rows`)."""
    N = len(rows)
    T = max([len(r["component_texts"]) for r in rows] + [1])
    tdir = torch.zeros(N, T, dim)
    tw = torch.zeros(N, T)
    tmask = torch.zeros(N, T, dtype=torch.bool)
    for i, r in enumerate(rows):
        for j, (text, w) in enumerate(zip(r["component_texts"], r["weights"])):
            tdir[i, j] = torch.from_numpy(np.asarray(vectors[text], dtype=np.float32))
            tw[i, j] = float(w)
            tmask[i, j] = True
    return tdir, tw, tmask


def cache_key(parts: dict) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:20]


def _read_cache(path: Path) -> dict | None:
    from safetensors.torch import load_file

    meta_path = path.with_suffix(".json")
    if not (path.is_file() and meta_path.is_file()):
        return None
    try:
        meta = json.loads(meta_path.read_text())
        tensors = load_file(str(path))
    except Exception as e:  # a damaged cache is recomputed
        log.warning("%s: unreadable feature cache (%s); recomputing", path, e.__class__.__name__)
        return None
    if meta.get("format") != CACHE_FORMAT:
        return None
    return {"meta": meta, **tensors}


def _write_cache(path: Path, tensors: dict[str, torch.Tensor], meta: dict) -> None:
    from safetensors.torch import save_file

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
        save_file({k: v.contiguous() for k, v in tensors.items()}, str(tmp))
        tmp_meta = path.with_name(f".{path.stem}.json.tmp{os.getpid()}")
        tmp_meta.write_text(json.dumps(meta))
        os.replace(tmp_meta, path.with_suffix(".json"))
        os.replace(tmp, path)  # the tensors last: a cache counts only once both exist
    except OSError as e:
        log.warning("cannot write the feature cache %s (%s); continuing without it", path, e)


def build_data(rows: list[dict], run: Path, lm, slot, srcs: list[str], encoder, *, batch_size: int = 64,
               cache: bool = True, cache_dtype: str = "float32", write_cache: bool = True,
               progress: bool = False) -> OracleData:
    """Features and targets for `rows` of synth run `run` (from the cache when it holds them)."""
    from oracle.features import extract

    if not rows:
        raise InputError(f"{run}: no examples selected; generate more or lower data.val_fraction")
    man = read_manifest(run)
    parts = {"format": CACHE_FORMAT, "run_key": man.get("run_key"), "index": [int(r["index"]) for r in rows],
             "lm": lm.fingerprint, "slot": slot.kind, "sources": srcs, "encoder": encoder.model_id,
             "encoder_dim": encoder.dim, "dtype": cache_dtype}
    key = cache_key(parts)
    path = Path(run) / "oracle_cache" / f"{key}.safetensors"
    texts = [list(r["component_texts"]) for r in rows]
    index = [int(r["index"]) for r in rows]
    got = _read_cache(path) if cache else None
    if got is not None:
        log.info("features and targets from cache %s", path)
        return OracleData(got["x"], got["mask"].bool(), got["tdir"], got["tw"], got["tmask"].bool(),
                          texts, index, {"cache": str(path), "cached": True})
    prompts = [torch.as_tensor(np.asarray(r["soft_prompt"], dtype=np.float32)) for r in rows]
    for r, p in zip(rows, prompts):
        if p.dim() != 2 or p.shape[1] != lm.d_model:
            raise InputError(f"{run}: example {r['index']} has a soft prompt of shape {tuple(p.shape)}, not "
                             f"[L, {lm.d_model}] for model {lm.name!r}; train on a synth run made with this model")
    import time

    t0 = time.perf_counter()
    x, mask = extract(lm, slot, prompts, srcs, batch_size=batch_size, progress=progress)
    t_feat = time.perf_counter() - t0
    uniq = sorted({t for ts in texts for t in ts})
    vecs = encoder.encode(uniq) if uniq else np.zeros((0, encoder.dim), np.float32)
    vectors = dict(zip(uniq, vecs))
    tdir, tw, tmask = targets_from_rows(rows, vectors, encoder.dim)
    data = OracleData(x, mask, tdir, tw, tmask, texts, index, {"cache": str(path), "cached": False,
                                                               "features_seconds": round(t_feat, 3)})
    if cache and write_cache:
        store = x.to(getattr(torch, cache_dtype))
        _write_cache(path, {"x": store, "mask": mask.to(torch.uint8), "tdir": tdir, "tw": tw,
                            "tmask": tmask.to(torch.uint8)}, parts | {"n": len(rows)})
    return data


def concat(datas: list[OracleData]) -> OracleData:
    """One `OracleData` from several, padding prompt length L and target count T with masked zeros."""
    if len(datas) == 1:
        return datas[0]
    L = max(int(d.x.shape[2]) for d in datas)
    T = max(int(d.tdir.shape[1]) for d in datas)

    def pad(t: torch.Tensor, dim: int, n: int) -> torch.Tensor:
        if t.shape[dim] == n:
            return t
        shape = list(t.shape)
        shape[dim] = n - t.shape[dim]
        return torch.cat([t, torch.zeros(shape, dtype=t.dtype)], dim=dim)

    return OracleData(torch.cat([pad(d.x, 2, L) for d in datas]), torch.cat([pad(d.mask, 1, L) for d in datas]),
                      torch.cat([pad(d.tdir, 1, T) for d in datas]), torch.cat([pad(d.tw, 1, T) for d in datas]),
                      torch.cat([pad(d.tmask, 1, T) for d in datas]), [t for d in datas for t in d.texts],
                      [i for d in datas for i in d.index], {"parts": [d.meta for d in datas]})


@dataclass
class Prepared:
    """What training needs besides the network: data, frozen LM, slot, feature sources and encoder."""

    train: OracleData
    val: OracleData
    lm: object
    slot: object
    sources: list[str]
    encoder: object
    summary: dict


def prepare(cfg, device: str | torch.device, is_main: bool = True, barrier=None, progress: bool = False) -> Prepared:
    """Load the synth run(s) of `cfg.data`, split them, and compute (or read cached) features and targets.

    With several processes the main one computes and caches first (`barrier` = accelerator.wait_for_everyone);
    the others then read the cache.
    """
    from poe.lm import ModelConfig, canonical_fingerprint, load_lm
    from poe.slot import PromptSlot
    from retrieval.encoder import Encoder

    from oracle.features import n_layers, sources

    d = cfg.data
    if not d.train:
        raise InputError("data.train is empty; pass a synth run folder with --set data.train=runs/synth/NAME")
    man = read_manifest(Path(d.train))
    man_val = read_manifest(Path(d.val)) if d.val else None
    if man_val is not None and (canonical_fingerprint(man_val["model"]["fingerprint"])
                                != canonical_fingerprint(man["model"]["fingerprint"])
                                or man_val["slot"] != man["slot"]):
        raise InputError(f"{d.val}: made with another model or slot than {d.train}; use a val run of the same model")
    name = cfg.features.model or man["model"]["name"]
    dtype = man.get("config", {}).get("model", {}).get("dtype", "float32")
    dev = str(device) if cfg.features.device == "auto" else cfg.features.device
    lm = load_lm(ModelConfig(name=name, dtype=dtype, device=dev))
    if not lm.matches(man["model"]["fingerprint"]):
        raise InputError(f"{d.train}: made with model {man['model']['name']!r} (fingerprint {man['model']['fingerprint']}), "
                         f"but features.model loads {lm.name!r} ({lm.fingerprint}); leave features.model empty")
    slot = PromptSlot(lm, man["slot"])
    srcs = sources(cfg.features.kind, cfg.features.layers, n_layers(lm))
    encoder = Encoder(d.encoder)
    runs = [Path(d.train)] + [Path(r) for r in d.extra_train]
    for r in runs[1:]:
        m = read_manifest(r)
        if canonical_fingerprint(m["model"]["fingerprint"]) != canonical_fingerprint(man["model"]["fingerprint"]) \
                or m["slot"] != man["slot"]:
            raise InputError(f"{r}: made with another model or slot than {d.train}; data.extra_train runs must match")
    train_parts, val_rows = [], []
    for r in runs:
        rows = load_rows(r)
        if d.val:
            train_parts.append((r, rows))
        else:
            tr, va = split_rows(rows, d.val_fraction)
            train_parts.append((r, tr))
            val_rows += [(r, row) for row in va]
    if d.val:
        val_rows = [(Path(d.val), row) for row in load_rows(Path(d.val))]
    if d.max_examples:
        left, capped = d.max_examples, []
        for r, rows in train_parts:
            capped.append((r, rows[:left]))
            left -= len(capped[-1][1])
        train_parts = [(r, rows) for r, rows in capped if rows]
    if d.max_val_examples:
        val_rows = val_rows[: d.max_val_examples]
    if not val_rows:
        raise InputError(f"{d.train}: no held-out examples (val_fraction {d.val_fraction}); "
                         "raise data.val_fraction, generate more, or pass data.val")
    if not train_parts:
        raise InputError(f"{d.train}: no training examples left; generate more or lower data.val_fraction")
    kw = dict(batch_size=cfg.features.batch_size, cache=d.cache, cache_dtype=d.cache_dtype, progress=progress)

    def build() -> dict:
        val_runs = list(dict.fromkeys(r for r, _ in val_rows))
        return {"train": concat([build_data(rows, r, lm, slot, srcs, encoder, write_cache=is_main, **kw)
                                 for r, rows in train_parts]),
                "val": concat([build_data([row for q, row in val_rows if q == r], r, lm, slot, srcs, encoder,
                                          write_cache=is_main, **kw) for r in val_runs])}

    out = build() if is_main else {}
    if barrier is not None:
        barrier()
    if not is_main:
        out = build()
    summary = {
        "train": d.train, "extra_train": list(d.extra_train),
        "val": d.val or f"{d.train} (val_fraction {d.val_fraction})",
        "n_train": len(out["train"]), "n_val": len(out["val"]), "model": lm.name, "lm_fingerprint": lm.fingerprint,
        "slot": slot.kind, "sources": srcs, "encoder": encoder.model_id, "encoder_dim": encoder.dim,
        "synth_run_key": man.get("run_key"),
        "features": {"train": out["train"].meta, "val": out["val"].meta},
    }
    return Prepared(out["train"], out["val"], lm, slot, srcs, encoder, summary)
