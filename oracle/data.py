"""Training data for the oracle: synth runs turned into feature tensors and padded set targets.

Owns: reading synth runs (`synth.shards.load_examples`), the train/val split, computing features with the frozen
LM (`oracle.features`) and target embeddings with the sentence encoder, the on-disk cache of both, and batching.

Per example: features x [S, L, d] with mask [L] and, for a v2 oracle, the signature sig [r]; targets = the
mixture's components as unit sentence embeddings [T, D] with signed weights [T] and a mask [T] (real components
first, then padding).

Training sources (`train_source`): `RowsSource` (examples of synth runs, in a deterministic order) and
`MixtureSource` (exact signature mixtures drawn on the fly, `oracle.mixtures`, with synth-run examples mixed in at
`data.synth_fraction`). Both answer `batch(g, b, world, rank, device)` with a pure function of (seed, g, rank), so a
resumed run replays the same batches.

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

from typing import TYPE_CHECKING

import numpy as np
import torch

from softprism.poe.errors import InputError
from softprism.poe.probes import stable_unit

if TYPE_CHECKING:
    from softprism.poe.lm import FrozenLM
    from softprism.poe.slot import PromptSlot
    from softprism.retrieval.encoder import Encoder

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
    sig: torch.Tensor | None = None  # [N, r] signatures (v2 oracles), else None

    def __len__(self) -> int:
        return int(self.x.shape[0])

    def subset(self, rows: list[int] | np.ndarray) -> "OracleData":
        rows = [int(r) for r in rows]
        t = torch.as_tensor(rows, dtype=torch.long)
        return OracleData(self.x[t], self.mask[t], self.tdir[t], self.tw[t], self.tmask[t],
                          [self.texts[r] for r in rows], [self.index[r] for r in rows], dict(self.meta),
                          None if self.sig is None else self.sig[t])

    def batch(self, rows, device: torch.device | str = "cpu") -> tuple[dict, dict]:
        """(features, targets) for `rows`: features = {x [b, S, L_b, d] (None when S = 0), mask [b, L_b],
        sig [b, r] or None}, trimmed to the batch's longest prompt; targets = {directions, weights, mask}."""
        t = torch.as_tensor(list(rows), dtype=torch.long)
        mask = self.mask[t]
        L = max(1, int(mask.sum(1).max()))
        T = max(1, int(self.tmask[t].sum(1).max()))
        x = self.x[t][:, :, :L].to(device=device, dtype=torch.float32)
        targets = {"directions": self.tdir[t][:, :T].to(device=device, dtype=torch.float32),
                   "weights": self.tw[t][:, :T].to(device), "mask": self.tmask[t][:, :T].to(device)}
        feats = {"x": x if x.shape[1] else None, "mask": mask[:, :L].to(device),
                 "sig": None if self.sig is None else self.sig[t].to(device=device, dtype=torch.float32)}
        return feats, targets


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

    from softprism.synth.shards import load_examples

    disable_progress_bars()
    ds = load_examples(Path(run)).select_columns(["index", "soft_prompt", "component_texts", "weights"])
    return list(ds)


def split_rows(rows: list[dict], val_fraction: float) -> tuple[list[dict], list[dict]]:
    """(train, val) by a stable hash of the example index."""
    train: list[dict] = []
    val: list[dict] = []
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
               progress: bool = False, space=None) -> OracleData:
    """Features and targets for `rows` of synth run `run` (from the cache when it holds them). With `space` (a
    `poe.signatures.SignatureSpace`), each soft prompt's signature too (`OracleData.sig`)."""
    from softprism.oracle.features import extract

    if not rows:
        raise InputError(f"{run}: no examples selected; generate more or lower data.val_fraction")
    man = read_manifest(run)
    parts = {"format": CACHE_FORMAT, "run_key": man.get("run_key"), "index": [int(r["index"]) for r in rows],
             "lm": lm.fingerprint, "slot": slot.kind, "sources": srcs, "encoder": encoder.model_id,
             "encoder_dim": encoder.dim, "dtype": cache_dtype}
    if space is not None:
        parts["signature_space"] = space.key()
    key = cache_key(parts)
    path = Path(run) / "oracle_cache" / f"{key}.safetensors"
    texts = [list(r["component_texts"]) for r in rows]
    index = [int(r["index"]) for r in rows]
    got = _read_cache(path) if cache else None
    if got is not None:
        log.info("features and targets from cache %s", path)
        return OracleData(got["x"], got["mask"].bool(), got["tdir"], got["tw"], got["tmask"].bool(),
                          texts, index, {"cache": str(path), "cached": True}, got.get("sig"))
    prompts = [torch.as_tensor(np.asarray(r["soft_prompt"], dtype=np.float32)) for r in rows]
    for r, p in zip(rows, prompts):
        if p.dim() != 2 or p.shape[1] != lm.d_model:
            raise InputError(f"{run}: example {r['index']} has a soft prompt of shape {tuple(p.shape)}, not "
                             f"[L, {lm.d_model}] for model {lm.name!r}; train on a synth run made with this model")
    import time

    t0 = time.perf_counter()
    if srcs:
        x, mask = extract(lm, slot, prompts, srcs, batch_size=batch_size, progress=progress)
    else:
        x, mask = torch.zeros(len(prompts), 0, 1, lm.d_model), torch.zeros(len(prompts), 1, dtype=torch.bool)
    sig = space.of_prompts(prompts, progress=progress).float() if space is not None else None
    t_feat = time.perf_counter() - t0
    uniq = sorted({t for ts in texts for t in ts})
    vecs = encoder.encode(uniq) if uniq else np.zeros((0, encoder.dim), np.float32)
    vectors = dict(zip(uniq, vecs))
    tdir, tw, tmask = targets_from_rows(rows, vectors, encoder.dim)
    data = OracleData(x, mask, tdir, tw, tmask, texts, index, {"cache": str(path), "cached": False,
                                                               "features_seconds": round(t_feat, 3)}, sig)
    if cache and write_cache:
        store = x.to(getattr(torch, cache_dtype))
        _write_cache(path, {"x": store, "mask": mask.to(torch.uint8), "tdir": tdir, "tw": tw,
                            "tmask": tmask.to(torch.uint8)} | ({} if sig is None else {"sig": sig}),
                     parts | {"n": len(rows)})
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
                      [i for d in datas for i in d.index], {"parts": [d.meta for d in datas]},
                      None if any(d.sig is None for d in datas) else
                      torch.cat([d.sig for d in datas if d.sig is not None]))


class Stream:
    """Deterministic example order: global micro-batch g of size b*W, process r takes rows [r*b, (r+1)*b); example
    stream position p is `permutation(seed, epoch = p // N)[p % N]`."""

    def __init__(self, n: int, seed: int):
        self.n, self.seed = n, seed
        self._perm: dict[int, np.ndarray] = {}

    def _at(self, p: np.ndarray) -> np.ndarray:
        out = np.empty_like(p)
        for e in np.unique(p // self.n):
            if e not in self._perm:
                self._perm = {e: np.random.default_rng([self.seed, int(e)]).permutation(self.n)}
            sel = p // self.n == e
            out[sel] = self._perm[e][p[sel] % self.n]
        return out

    @staticmethod
    def positions(g: int, batch: int, world: int, rank: int) -> np.ndarray:
        """Global stream positions of process `rank`'s share of micro-batch g."""
        start = g * batch * world + rank * batch
        return np.arange(start, start + batch, dtype=np.int64)

    def rows(self, g: int, batch: int, world: int, rank: int) -> np.ndarray:
        return self._at(self.positions(g, batch, world, rank))


def collate(parts: list[tuple[dict, dict]]) -> tuple[dict, dict]:
    """Concatenate (features, targets) batches, padding prompt length L and target count T with masked zeros."""
    if len(parts) == 1:
        return parts[0]

    def pad(t: torch.Tensor, dim: int, n: int) -> torch.Tensor:
        if t.shape[dim] == n:
            return t
        shape = list(t.shape)
        shape[dim] = n - t.shape[dim]
        return torch.cat([t, torch.zeros(shape, dtype=t.dtype, device=t.device)], dim=dim)

    L = max(f["mask"].shape[1] for f, _ in parts)
    T = max(t["mask"].shape[1] for _, t in parts)
    xs = [f["x"] for f, _ in parts]
    feats = {"x": None if any(x is None for x in xs) else torch.cat([pad(x, 2, L) for x in xs]),
             "mask": torch.cat([pad(f["mask"], 1, L) for f, _ in parts]),
             "sig": None if any(f["sig"] is None for f, _ in parts) else torch.cat([f["sig"] for f, _ in parts])}
    targets = {k: torch.cat([pad(t[k], 1, T) for _, t in parts]) for k in ("directions", "weights", "mask")}
    if any("rows" in t for _, t in parts):  # contrastive row ids; -1 where a part has none
        targets["rows"] = torch.cat([pad(t["rows"] + 1, 1, T) - 1 if "rows" in t else
                                     torch.full(t["mask"].shape[:1] + (T,), -1, dtype=torch.long,
                                                device=t["mask"].device) for _, t in parts])
    return feats, targets


class RowsSource:
    """Training batches from fixed examples (synth runs) in `Stream` order."""

    def __init__(self, data: OracleData, seed: int):
        self.data, self.stream = data, Stream(len(data), seed)

    def batch(self, g: int, b: int, world: int, rank: int, device) -> tuple[dict, dict, list]:
        rows = self.stream.rows(g, b, world, rank)
        feats, targets = self.data.batch(rows, device)
        return feats, targets, [self.data.index[int(r)] for r in rows]


class MixtureSource:
    """Training batches of exact signature mixtures (`oracle.mixtures.SignatureStream`, train split), with
    examples of synth runs (`rows`, carrying signatures) mixed in: stream position p is a synth example when
    `stable_unit(f"oracle-src:{seed}:{p}") < synth_fraction`, else stream sample p. Hard samples carry their
    prompt features (`prompt_features(texts)` -> x [h, S, L, d], mask [h, L]), cut to their first `max_len`
    positions when given (the network's `net.max_len`; inference reads a longer soft prompt the same way)."""

    def __init__(self, stream, vectors: np.ndarray, n_sources: int, d_in: int, seed: int,
                 rows: OracleData | None = None, synth_fraction: float = 0.0, prompt_features=None,
                 bank_rows: list[int] | None = None, max_len: int | None = None):
        self.stream, self.vectors, self.n_sources, self.d_in = stream, vectors, n_sources, d_in
        self.max_len = max_len
        self.bank_of = {int(p): i for i, p in enumerate(bank_rows)} if bank_rows is not None else None
        self.seed, self.rows, self.prompt_features = seed, rows, prompt_features
        self.synth_fraction = synth_fraction if rows is not None and len(rows) else 0.0
        self.row_stream = Stream(len(rows), seed) if self.synth_fraction and rows is not None else None

    def from_samples(self, samples, device="cpu", texts_out: list | None = None) -> tuple[dict, dict]:
        """(features, targets) for stream samples."""
        B = len(samples)
        T = max(len(s.positions) for s in samples)
        D = self.vectors.shape[1]
        tdir, tw = torch.zeros(B, T, D), torch.zeros(B, T)
        tmask = torch.zeros(B, T, dtype=torch.bool)
        trows = torch.full((B, T), -1, dtype=torch.long)
        for b, s in enumerate(samples):
            k = len(s.positions)
            if self.bank_of is not None:
                trows[b, :k] = torch.tensor([self.bank_of.get(p, -1) for p in s.positions])
            tdir[b, :k] = torch.from_numpy(self.vectors[s.positions])
            tw[b, :k] = torch.tensor(s.weights, dtype=torch.float32)
            tmask[b, :k] = True
            if texts_out is not None:
                texts_out.append([self.stream.index.corpus.texts[p] for p in s.positions])
        sig = torch.stack([s.signature for s in samples]).float()
        hard = [b for b, s in enumerate(samples) if s.hard]
        x, mask = None, torch.zeros(B, 1, dtype=torch.bool)
        if self.n_sources:
            L = 1
            if hard and self.prompt_features is not None:
                xh, mh = self.prompt_features([self.stream.index.corpus.texts[samples[b].positions[0]] for b in hard])
                if self.max_len:
                    xh, mh = xh[:, :, :self.max_len], mh[:, :self.max_len]
                L = max(1, int(mh.shape[1]))
            x = torch.zeros(B, self.n_sources, L, self.d_in)
            mask = torch.zeros(B, L, dtype=torch.bool)
            if hard and self.prompt_features is not None:
                x[hard, :, :xh.shape[2]] = xh.float()
                mask[hard, :mh.shape[1]] = mh
            x = x.to(device)
        feats = {"x": x, "mask": mask.to(device), "sig": sig.to(device)}
        targets = {"directions": tdir.to(device), "weights": tw.to(device), "mask": tmask.to(device)}
        if self.bank_of is not None:
            targets["rows"] = trows.to(device)
        return feats, targets

    def batch(self, g: int, b: int, world: int, rank: int, device) -> tuple[dict, dict, list]:
        pos = Stream.positions(g, b, world, rank)
        if self.synth_fraction:
            use_rows = np.array([stable_unit(f"oracle-src:{self.seed}:{int(p)}") < self.synth_fraction for p in pos])
        else:
            use_rows = np.zeros(len(pos), bool)
        parts = []
        ids: list[str | int] = []  # "mixture:<position>" for a drawn mixture, the row's example index for a row
        mix = pos[~use_rows]
        if len(mix):
            parts.append(self.from_samples(self.stream.samples(mix), device))
            ids += [f"mixture:{int(p)}" for p in mix]
        if use_rows.any():
            assert self.row_stream is not None and self.rows is not None  # rows are drawn only when there are some
            rows = self.row_stream._at(pos[use_rows])
            f, t = self.rows.batch(rows, device)
            if self.n_sources == 0:
                f = {**f, "x": None}
            parts.append((f, t))
            ids += [self.rows.index[int(r)] for r in rows]
        feats, targets = collate(parts)
        return feats, targets, ids


@dataclass
class Prepared:
    """What training needs besides the network: the training source, the held-out data, the frozen LM (None when
    no feature needs it), slot, feature sources, encoder and, for v2 oracles, the signature space."""

    train: OracleData | None
    val: OracleData
    lm: FrozenLM | None
    slot: PromptSlot | None
    sources: list[str]
    encoder: Encoder
    summary: dict
    source: RowsSource | MixtureSource | None = None
    lm_meta: dict = field(default_factory=dict)
    slot_kind: str = "prefix"
    sig_dim: int = 0
    sig_scale: float = 1.0
    space_meta: dict | None = None
    eval_texts: list[str] | None = None
    eval_vectors: np.ndarray | None = None
    bank: torch.Tensor | None = None  # [N_train, D] the contrastive term's rows (the train rows' sentence embeddings)
    readout: tuple[torch.Tensor, torch.Tensor] | None = None  # (A [r, D], mu [r]) the closed-form linear readout, when features.readout


def prepare(cfg, device: str | torch.device, is_main: bool = True, barrier=None, progress: bool = False) -> Prepared:
    """Load the synth run(s) of `cfg.data`, split them, and compute (or read cached) features and targets.

    With several processes the main one computes and caches first (`barrier` = accelerator.wait_for_everyone);
    the others then read the cache.
    """
    from softprism.poe.lm import ModelConfig, canonical_fingerprint, load_lm
    from softprism.poe.slot import PromptSlot
    from softprism.retrieval.encoder import Encoder

    from softprism.oracle.features import n_layers, sources

    d = cfg.data
    if d.signatures:
        return prepare_signatures(cfg, device, is_main, barrier, progress)
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
    return Prepared(out["train"], out["val"], lm, slot, srcs, encoder, summary,
                    source=RowsSource(out["train"], cfg.train.seed),
                    lm_meta={"name": lm.name, "fingerprint": lm.fingerprint, "d_model": lm.d_model},
                    slot_kind=slot.kind)


def prepare_signatures(cfg, device, is_main: bool = True, barrier=None, progress: bool = False) -> Prepared:
    """v2 data: the signature index of `cfg.data.signatures`, its train-split mixture stream, a fixed held-out set
    of exact mixtures of its held-out rows (`data.max_val_examples` of them, no residual), and synth runs when
    `data.train` is given (their soft prompts' signatures computed in the index's space and cached)."""
    from softprism.poe.lm import ModelConfig, load_lm
    from softprism.poe.slot import PromptSlot
    from softprism.retrieval.encoder import Encoder
    from softprism.retrieval.signatures import SignatureIndex

    from softprism.oracle.features import n_layers, sources
    from softprism.oracle.mixtures import SignatureStream, fit_readout, signature_scale, target_vectors

    d, f = cfg.data, cfg.features
    index = SignatureIndex.load(d.signatures)
    sp = index.meta["space"]
    encoder = Encoder(d.encoder)
    vectors = target_vectors(index, encoder, cache=d.cache)
    train_stream = SignatureStream(index, "train", d.mixture, d.residual, cfg.train.seed, d.hard_fraction,
                                   d.residual_rows)
    # Without signature features the held-out set is single held-out rows read through their prompt features.
    val_stream = SignatureStream(index, "heldout", d.mixture, (0.0, 0.0), cfg.train.seed,
                                 0.0 if f.signature else 1.0)
    need_lm = f.kind != "none" or bool(d.train)
    lm = slot = space = None
    srcs: list[str] = []
    lm_meta = {"name": sp["model"], "fingerprint": sp["model_fingerprint"], "d_model": int(sp["d_model"])}
    if need_lm:
        from softprism.poe.signatures import space_for
        from softprism.retrieval.signatures import check_space

        dev = str(device) if f.device == "auto" else f.device
        lm = load_lm(ModelConfig(name=f.model or sp["model"], dtype="float32", device=dev,
                                 autocast=sp.get("autocast", "off") or "off"))
        if not lm.matches(sp["model_fingerprint"]):
            raise InputError(f"{d.signatures}: built with model {sp['model']!r} ({sp['model_fingerprint']}), but "
                             f"features.model loads {lm.name!r} ({lm.fingerprint}); leave features.model empty")
        slot = PromptSlot(lm, sp["slot"])
        srcs = sources(f.kind, f.layers, n_layers(lm)) if f.kind != "none" else []
        if d.train:
            space = space_for(lm, slot, sp)
            check_space(index.meta, space, Path(d.signatures))
    rows_data = None
    if d.train:
        from softprism.poe.lm import canonical_fingerprint

        assert lm is not None and slot is not None  # d.train needs the model (need_lm)
        kw = dict(batch_size=f.batch_size, cache=d.cache, cache_dtype=d.cache_dtype, progress=progress, space=space)
        parts = []
        for r in [Path(d.train)] + [Path(x) for x in d.extra_train]:
            man = read_manifest(r)
            if canonical_fingerprint(man["model"]["fingerprint"]) != canonical_fingerprint(lm.fingerprint) \
                    or man["slot"] != slot.kind:
                raise InputError(f"{r}: made with another model or slot than the signature index {d.signatures}")
            rows, _ = split_rows(load_rows(r), d.val_fraction)
            if d.max_examples:
                rows = rows[: d.max_examples]
            if rows:
                parts.append((r, rows))
        out = None
        if is_main:
            out = concat([build_data(rows, r, lm, slot, srcs, encoder, write_cache=True, **kw) for r, rows in parts])
        if barrier is not None:
            barrier()
        if not is_main:
            out = concat([build_data(rows, r, lm, slot, srcs, encoder, write_cache=False, **kw) for r, rows in parts])
        rows_data = out

    def prompt_features(texts: list[str]):
        from softprism.oracle.features import extract

        assert lm is not None and slot is not None  # asked for only when the features read the model
        return extract(lm, slot, [lm.embed_text(t) for t in texts], srcs, batch_size=f.batch_size)

    source = MixtureSource(train_stream, vectors, len(srcs), lm_meta["d_model"], cfg.train.seed, rows_data,
                           d.synth_fraction, prompt_features if srcs else None, bank_rows=train_stream.rows,
                           max_len=cfg.net.max_len)
    n_val = d.max_val_examples or 512
    val_samples = val_stream.samples(range(n_val))
    val_texts: list[list[str]] = []
    vf, vt = MixtureSource(val_stream, vectors, len(srcs), lm_meta["d_model"], cfg.train.seed,
                           prompt_features=prompt_features if srcs else None,
                           max_len=cfg.net.max_len).from_samples(val_samples, "cpu", val_texts)
    x = vf["x"] if vf["x"] is not None else torch.zeros(n_val, 0, 1, lm_meta["d_model"])
    val = OracleData(x, vf["mask"], vt["directions"], vt["weights"], vt["mask"], val_texts, list(range(n_val)),
                     {"heldout_mixtures": n_val}, vf["sig"])
    train_rows = train_stream.rows
    held = set(val_stream.rows)
    assert not held & set(train_rows), "train and held-out splits share a row"
    summary = {
        "signatures": d.signatures, "index_rows": len(index), "train_rows": len(train_rows),
        "heldout_rows": len(val_stream.rows), "mixture": to_plain(d.mixture), "residual": list(d.residual),
        "residual_rows": d.residual_rows,
        "hard_fraction": d.hard_fraction, "synth": d.train or None, "synth_fraction": source.synth_fraction,
        "n_synth_train": 0 if rows_data is None else len(rows_data), "n_val": n_val,
        "val": f"{n_val} exact mixtures of held-out rows" if f.signature else f"{n_val} held-out rows, one each",
        "model": lm_meta["name"],
        "lm_fingerprint": lm_meta["fingerprint"], "slot": sp["slot"], "sources": srcs, "signature": f.signature,
        "encoder": encoder.model_id, "encoder_dim": encoder.dim, "space_key": index.meta.get("space_key"),
    }
    return Prepared(rows_data, val, lm, slot, srcs, encoder, summary, source=source, lm_meta=lm_meta,
                    slot_kind=sp["slot"], sig_dim=int(index.signatures.shape[1]) if f.signature else 0,
                    sig_scale=signature_scale(index, train_rows), space_meta=sp,
                    eval_texts=list(index.corpus.texts), eval_vectors=vectors,
                    bank=torch.from_numpy(np.ascontiguousarray(vectors[train_rows])),
                    readout=fit_readout(index, train_rows, vectors, f.readout_ridge)
                    if f.readout and f.signature else None)


def to_plain(obj) -> dict:
    from softprism.poe.config import to_dict

    return to_dict(obj)
