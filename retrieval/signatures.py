"""The signature index: a corpus' behavioural signatures (poe/signatures.py), searchable by inner product.

    python retrieval/build.py --signatures --corpus default --size 20000 --out runs/sigindex/default
    index = SignatureIndex.load("runs/sigindex/default", space)   # refused if built on another model/battery/...
    scores, pos = index.search(residual[None], m)                 # both signs, by |cosine|

Owns: building (resumable chunks of signatures in a work folder beside the output, a progress bar in
prompt x probe pairs/s, the output folder written all at once), the folder format and its sidecar checks, and signed
search. The folder holds

| file | what |
|---|---|
| `signatures.json` | sidecar: the signature space (`SignatureSpace.meta()`: model fingerprint, slot, battery hash, whitening, projection seed and dim, ...), the corpus (name, fingerprint, rows), the FAISS factory, build timing |
| `shard-00000.safetensors` ... | `signatures` [n, r] float16, rows in corpus order (`rows_per_shard` each); none when `storage: index` |
| `intercept.safetensors` | `intercept` [r] float32: the no-prompt atom a0 of the space; with `storage: index` also `norms` [n] float32 |
| `index.faiss` | FAISS inner-product index over the unit-normalised signatures |
| `rows.jsonl` | the rows (id, text, source, template, split), in index order |
| `floor.safetensors`, `floor.json` | optional: the floor map `map` [r, r] float32 pursuit reads soft prompts through (retrieval/pursuit.py), and its provenance (`space_key`, shrinkage, the distilled runs it was fitted on); `write_floor` |

Must not: compute anything but signatures, or import eval/, oracle/ or synth/.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import torch
from tqdm.auto import tqdm

from softprism.poe.errors import InputError
from softprism.poe.lm import ModelConfig
from softprism.poe.runs import atomic_dir, write_json, write_run_info
from softprism.poe.signatures import SignatureConfig, SignatureSpace
from softprism.poe.slot import SlotConfig
from softprism.retrieval.config import CorpusConfig
from softprism.retrieval.corpus import Corpus, load_corpus

log = logging.getLogger(__name__)

SIDECAR = "signatures.json"
FORMAT = 1
FLOOR = "floor.safetensors"
FLOOR_SIDECAR = "floor.json"


@dataclass
class SignatureIndexConfig:
    """Building a signature index: which model and slot, which battery and space, which corpus rows."""

    model: ModelConfig = field(default_factory=lambda: ModelConfig(name="embedded", autocast="auto"))
    """The frozen LM whose behaviour is indexed (`model.autocast` is honoured; the GPU is used when present)."""
    slot: SlotConfig = field(default_factory=lambda: SlotConfig(kind="prefix"))
    """Where each prompt goes (`prefix`: where PEFT prompt tuning puts a soft prompt)."""
    signatures: SignatureConfig = field(default_factory=SignatureConfig)
    """The probe battery and the signature space."""
    corpus: CorpusConfig = field(default_factory=lambda: CorpusConfig(size=20_000))
    """The hard prompts (the embedded generator by default)."""
    rows: int = 0
    """Index only the first N rows of the corpus (0 = all): the generator's order, so a smaller index is a prefix."""
    chunk_size: int = 256
    """Prompts per resumable chunk (a killed build loses at most one)."""
    rows_per_shard: int = 8192
    """Signatures per safetensors shard."""
    factory: str = "auto"
    """FAISS factory for the inner-product index: `auto` (`Flat` below 4,096 rows, else `SQ8`) or any factory."""
    storage: Literal["float16", "index"] = "float16"
    """How the signatures are stored: `float16` (safetensors shards beside the FAISS index), or `index` (no shards:
    each signature is read back from the FAISS index's own codes times its stored norm; with `SQ8` that is 0.55%
    relative error per signature, measured on the shipped index, well under bf16 autocast's 7%, at 0.5 KB a row
    instead of 1.5 KB). The sidecar records the measured error (`storage_rel_error`)."""
    token_budget: int = 0
    """Tail tokens per forward batch; 0 = `poe.tables.auto_token_budget` (6,144 on CPU, memory-sized on a GPU)."""
    progress: bool = True
    """A tqdm bar in prompt x probe pairs/s."""

    def __post_init__(self) -> None:
        if self.storage not in ("float16", "index"):
            raise ValueError(f"storage {self.storage!r}: choose float16 or index")
        if self.rows < 0 or self.chunk_size < 1 or self.rows_per_shard < 1 or self.token_budget < 0:
            raise ValueError("rows and token_budget must be >= 0 (token_budget 0 = auto); chunk_size and "
                             "rows_per_shard >= 1")


def work_dir_for(out: Path) -> Path:
    """Where a build keeps its chunks until the folder is written."""
    out = Path(out)
    return out.with_name(f".{out.name}.sig")


def _chunk_path(work: Path, i: int) -> Path:
    return work / f"chunk-{i:06d}.safetensors"


def _claim_path(work: Path, i: int) -> Path:
    return work / f"chunk-{i:06d}.claim"


def _claim(work: Path, i: int) -> bool:
    """Claim chunk i for this process: True when the claim file was made (or taken over from a dead process)."""
    path = _claim_path(work, i)
    me = str(os.getpid())
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        try:
            pid = int(path.read_text().strip() or 0)
        except (OSError, ValueError):
            pid = 0
        if pid == os.getpid():
            return True
        try:
            if pid > 0:
                os.kill(pid, 0)
                return False  # another live process is on it
        except ProcessLookupError:
            pass
        except PermissionError:
            return False
        tmp = path.with_name(f".{path.name}.{me}")
        tmp.write_text(me)
        os.replace(tmp, path)
        return path.read_text().strip() == me
    with os.fdopen(fd, "w") as f:
        f.write(me)
    return True


def build_signature_index(cfg: SignatureIndexConfig, out: str | Path, corpus: Corpus | None = None,
                          space: SignatureSpace | None = None, keep_work: bool = False) -> "SignatureIndex":
    """Signatures of the corpus' rows -> the folder `out` (all or nothing). Resumes from the work folder's chunks
    when rerun with the same space and corpus; chunks made for another space or corpus are refused."""
    from safetensors.torch import load_file, save_file

    out = Path(out)
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / SIDECAR).is_file())):
        raise InputError(f"{out}: exists and is not a signature index folder; choose another --out")
    corpus = corpus if corpus is not None else load_corpus(cfg.corpus)
    full = corpus  # chunks hold rows of the whole corpus, so a smaller --rows reuses a larger build's chunks
    if cfg.rows:
        corpus = corpus.subset(range(min(cfg.rows, len(corpus))))
    if len(corpus) == 0:
        raise InputError(f"corpus {corpus.name!r} is empty; add rows with a text field")
    if space is None:
        from softprism.poe.lm import load_lm
        from softprism.poe.slot import PromptSlot

        lm = load_lm(cfg.model)
        space = SignatureSpace(lm, PromptSlot(lm, cfg.slot.kind), cfg.signatures)
    lm = space.lm
    work = work_dir_for(out)
    key = {"space": space.key(), "corpus": full.fingerprint, "chunk_size": cfg.chunk_size}
    kfile = work / "work.json"
    if kfile.is_file():
        old = json.loads(kfile.read_text(encoding="utf-8"))
        legacy = getattr(lm, "_legacy_fingerprint", None)
        if old != key and legacy is not None and old == {**key, "space": space.key(legacy())}:
            key = old  # chunks made under the pre-v2 fingerprint of these same weights
        if old != key:
            raise InputError(f"{work}: holds chunks of another build ({old}); delete it to start over, or rerun with "
                             "the arguments that made it")
    else:
        work.mkdir(parents=True, exist_ok=True)
        write_json(kfile, key)
    # the tails the chunks were read on, so chunks made on another machine can be joined on the same tokens
    # (`--set signatures.tails=WORK/tails.json`; a GPU's greedy reply can differ from a CPU's)
    write_json(work / "tails.json", {"T": space.tails.T, "ids": space.tails.ids})
    n_chunks = (len(corpus) + cfg.chunk_size - 1) // cfg.chunk_size
    pairs_per_prompt = len(space.tails)
    done = sum(_chunk_path(work, i).is_file() for i in range(n_chunks))
    bar = tqdm(total=len(corpus) * pairs_per_prompt, desc="signatures", unit="pair", unit_scale=True,
               disable=not cfg.progress)
    bar.update(min(done * cfg.chunk_size, len(corpus)) * pairs_per_prompt)
    t0 = time.perf_counter()
    new_rows = 0
    from softprism.poe.tables import compute_states

    cursor = 0
    while True:
        # Processes share the work folder: each claims a chunk with an exclusive claim file before computing it, so
        # several processes (or GPUs) split one build; a claim whose process is gone is taken over.
        # (scanned from the last chunk taken, so a million-row build does not stat every chunk file per chunk)
        i = next((j for j in itertools.chain(range(cursor, n_chunks), range(cursor))
                  if not _chunk_path(work, j).is_file() and _claim(work, j)), None)
        if i is None:
            missing = [j for j in range(n_chunks) if not _chunk_path(work, j).is_file()]
            if not missing:
                break
            time.sleep(2.0)  # chunks claimed by other live processes: wait for them
            continue
        cursor = i + 1
        lo, hi = i * cfg.chunk_size, min(len(full), (i + 1) * cfg.chunk_size)
        prompts = [lm.embed_text(t) for t in full.texts[lo:hi]]
        with torch.no_grad():
            H = compute_states(lm, space.slot, prompts, space.tails, token_budget=cfg.token_budget or None)
        S = space.transform(H)
        p = _chunk_path(work, i)
        tmp = p.with_name(f".{p.name}.tmp{os.getpid()}")
        save_file({"signatures": S.contiguous()}, str(tmp))
        os.replace(tmp, p)
        _claim_path(work, i).unlink(missing_ok=True)
        new_rows += min(hi, len(corpus)) - lo
        bar.update((min(hi, len(corpus)) - lo) * pairs_per_prompt)
    bar.close()
    seconds = time.perf_counter() - t0
    S = torch.cat([load_file(str(_chunk_path(work, i)))["signatures"] for i in range(n_chunks)])[:len(corpus)]
    t1 = time.perf_counter()
    index = SignatureIndex.build(corpus, S, space, factory=cfg.factory)
    index.meta["build"] = {
        "signature_seconds": round(seconds, 3), "rows_this_run": new_rows,
        "pairs_per_second": round(new_rows * pairs_per_prompt / seconds, 2) if new_rows and seconds > 0 else None,
        "prompts_per_second": round(new_rows / seconds, 3) if new_rows and seconds > 0 else None,
        "index_seconds": round(time.perf_counter() - t1, 3), "device": str(lm.device),
        "torch_threads": torch.get_num_threads(),
    }
    with atomic_dir(out) as tmp:
        index.write_into(tmp, cfg.rows_per_shard, cfg.storage)
        write_run_info(tmp, cfg, {"rows": len(corpus), "space": space.key()})
    index.folder = out
    if not keep_work:
        shutil.rmtree(work, ignore_errors=True)
    log.info("wrote %s: %d signatures (r=%d, %s)", out, len(corpus), space.dim, index.meta["factory"])
    return index


def check_space(meta: dict, space: SignatureSpace, folder: Path) -> None:
    """Refuse an index whose signatures were made in another space than `space` (one line naming the field)."""
    have, want = meta.get("space", {}), space.meta()
    for k in ("model_fingerprint", "slot", "positions", "battery_hash", "whitening", "ridge", "dim",
              "projection_seed"):
        if k == "model_fingerprint" and space.lm.matches(have.get(k)):
            continue  # the same weights (fingerprints of earlier schemes included)
        if have.get(k) != want.get(k):
            hint = {"model_fingerprint": "pass the model it was built for with --model, or build one for this model",
                    "slot": "pass the slot it was built for with --slot",
                    "battery_hash": "build the index on this battery (retrieval/build.py --signatures "
                                    "--set signatures.battery=...)"}.get(
                k, "rebuild the index with these signature settings")
            raise InputError(f"{folder}: signature index built with {k}={have.get(k)!r}, but this run has "
                             f"{k}={want.get(k)!r}; {hint}")


class SignatureIndex:
    """Signatures [N, r] of a corpus' rows in one space, with a FAISS inner-product index over their directions.

    `signatures` [N, r] float32 (CPU), `norms` [N], `intercept` [r] (the space's no-prompt atom), `corpus` (row i
    of the index is row i of the corpus), `meta` (the sidecar).
    """

    def __init__(self, corpus: Corpus, signatures: torch.Tensor, intercept: torch.Tensor, meta: dict, faiss_index,
                 folder: Path | None = None):
        self.corpus, self.signatures, self.intercept = corpus, signatures.float(), intercept.float()
        self.meta, self.faiss, self.folder = meta, faiss_index, folder
        self.norms = self.signatures.norm(dim=1)
        self.floor: torch.Tensor | None = None  # the floor map [r, r] (retrieval/pursuit.py), when the folder has one
        self.floor_meta: dict | None = None
        self._floor_view: Any = None  # the index seen through `floor`, built once (retrieval/pursuit.py, metric_view)

    def __len__(self) -> int:
        return self.signatures.shape[0]

    @classmethod
    def build(cls, corpus: Corpus, signatures: torch.Tensor, space: SignatureSpace, factory: str = "auto"):
        import faiss

        if signatures.shape[0] != len(corpus):
            raise ValueError(f"{signatures.shape[0]} signatures for {len(corpus)} rows")
        if not torch.isfinite(signatures).all():
            raise InputError("signatures contain NaN or inf; check model.autocast and the model's weights")
        fac = factory if factory != "auto" else ("Flat" if len(corpus) < 4096 else "SQ8")
        S = signatures.float()
        unit = (S / S.norm(dim=1, keepdim=True).clamp(min=1e-12)).numpy().astype(np.float32)
        index = faiss.index_factory(S.shape[1], fac, faiss.METRIC_INNER_PRODUCT)
        if not index.is_trained:
            index.train(unit)
        index.add(unit)
        meta = {"format": FORMAT, "kind": "signatures", "space": space.meta(), "space_key": space.key(),
                "factory": fac, "rows": len(corpus), "dim": int(S.shape[1]),
                "corpus": {"name": corpus.name, "fingerprint": corpus.fingerprint,
                           "train": len(corpus.positions("train")), "heldout": len(corpus.positions("heldout"))}}
        return cls(corpus, S, space.intercept.detach().cpu(), meta, index)

    def write_into(self, folder: Path, rows_per_shard: int = 8192, storage: str = "float16") -> None:
        import faiss
        from safetensors.torch import save_file

        folder = Path(folder)
        shards = []
        extra = {}
        meta = dict(self.meta)
        if storage == "index":
            rebuilt = self._from_codes(self.faiss, self.norms)
            rel = (rebuilt - self.signatures).norm(dim=1) / self.norms.clamp(min=1e-12)
            meta.update(storage="index", storage_rel_error={"median": round(float(rel.median()), 5),
                                                             "max": round(float(rel.max()), 5)})
            extra["norms"] = self.norms.float().contiguous()
        else:
            meta["storage"] = "float16"
            for s, lo in enumerate(range(0, len(self), rows_per_shard)):
                name = f"shard-{s:05d}.safetensors"
                save_file({"signatures": self.signatures[lo:lo + rows_per_shard].half().contiguous()},
                          str(folder / name))
                shards.append(name)
        save_file({"intercept": self.intercept.contiguous(), **extra}, str(folder / "intercept.safetensors"))
        faiss.write_index(self.faiss, str(folder / "index.faiss"))
        self.corpus.write_jsonl(folder / "rows.jsonl")
        write_json(folder / SIDECAR, {**meta, "shards": shards})
        self.meta = meta

    @staticmethod
    def _from_codes(index, norms: torch.Tensor) -> torch.Tensor:
        """Signatures [n, r] read back from a FAISS index over unit signatures, times their norms."""
        unit = torch.from_numpy(np.ascontiguousarray(index.reconstruct_n(0, index.ntotal))).float()
        return unit * norms.float()[:, None]

    @classmethod
    def load(cls, folder: str | Path, space: SignatureSpace | None = None) -> "SignatureIndex":
        """Read an index folder; with `space`, refuse it unless it was built in that space (`check_space`)."""
        import faiss
        from safetensors.torch import load_file

        folder = Path(folder)
        side = folder / SIDECAR
        if not side.is_file():
            raise InputError(f"{folder}: not a signature index (no {SIDECAR}); build one with "
                             "retrieval/build.py --signatures --out DIR")
        try:
            meta = json.loads(side.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise InputError(f"{side}: unreadable sidecar ({e}); rebuild the index") from None
        if meta.get("format") != FORMAT or meta.get("kind") != "signatures":
            raise InputError(f"{side}: not a signature index of format {FORMAT}; rebuild it with this version")
        if space is not None:
            check_space(meta, space, folder)
        corpus = Corpus.read_jsonl(folder / "rows.jsonl", name=meta["corpus"]["name"])
        if corpus.fingerprint != meta["corpus"]["fingerprint"] or len(corpus) != meta["rows"]:
            raise InputError(f"{folder}/rows.jsonl does not match its sidecar (rows or fingerprint); rebuild the index")
        # cloned: load_file maps the file, so a tensor would change if the file were rewritten under a running job
        # (an index rebuilt in place while an oracle trained on it once gave NaN at the next step)
        side_t = {k: v.clone() for k, v in load_file(str(folder / "intercept.safetensors")).items()}
        a0 = side_t["intercept"]
        index = faiss.read_index(str(folder / "index.faiss"))
        if meta.get("storage") == "index":
            if "norms" not in side_t or index.ntotal != meta["rows"] or side_t["norms"].shape != (meta["rows"],):
                raise InputError(f"{folder}: storage=index, but index.faiss or the stored norms do not hold "
                                 f"{meta['rows']} rows; rebuild the index")
            S = cls._from_codes(index, side_t["norms"])
        else:
            S = torch.cat([load_file(str(folder / s))["signatures"].float() for s in meta["shards"]])
        if S.shape != (meta["rows"], meta["dim"]):
            raise InputError(f"{folder}: shards hold {tuple(S.shape)}, sidecar says ({meta['rows']}, {meta['dim']}); "
                             "rebuild the index")
        out = cls(corpus, S, a0, meta, index, folder)
        out.floor, out.floor_meta = read_floor(folder, meta)
        return out

    def search(self, queries: np.ndarray | torch.Tensor, m: int, signed: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """The m rows whose signature directions are most aligned with each query [q, r]: (cosines [q, m] with
        their sign, positions [q, m]), ordered by |cosine| when `signed` (a row can enter with a negative weight),
        else by cosine."""
        Q = torch.as_tensor(np.asarray(queries, np.float32))
        Q = (Q / Q.norm(dim=1, keepdim=True).clamp(min=1e-12)).numpy()
        m = min(m, len(self))
        s1, p1 = self.faiss.search(Q, m)
        if not signed:
            return s1, p1
        s2, p2 = self.faiss.search(-Q, m)
        S = np.concatenate([s1, -s2], 1)
        P = np.concatenate([p1, p2], 1)
        order = np.argsort(-np.abs(S), axis=1, kind="stable")
        outs, outp = np.zeros((len(Q), m), np.float32), np.full((len(Q), m), -1, np.int64)
        for q in range(len(Q)):
            seen, j = set(), 0
            for o in order[q]:
                if P[q, o] < 0 or P[q, o] in seen:
                    continue
                seen.add(int(P[q, o]))
                outs[q, j], outp[q, j] = S[q, o], P[q, o]
                j += 1
                if j == m:
                    break
        return outs, outp


def read_floor(folder: Path, meta: dict) -> tuple[torch.Tensor | None, dict | None]:
    """The floor map [r, r] and its provenance from an index folder, or (None, None) when it has none; refused
    with one line when it was fitted in another signature space or has the wrong shape."""
    from safetensors.torch import load_file

    f, side = Path(folder) / FLOOR, Path(folder) / FLOOR_SIDECAR
    if not f.is_file() and not side.is_file():
        return None, None
    try:
        fm = json.loads(side.read_text(encoding="utf-8"))
        M = load_file(str(f))["map"].clone()
    except Exception as e:  # noqa: BLE001 - one line, whatever is wrong with the pair
        raise InputError(f"{folder}: unreadable floor map ({e.__class__.__name__}: {e}); delete {FLOOR} and "
                         f"{FLOOR_SIDECAR} or rewrite them with eval/pursuit_floor.py --write-floor") from None
    if fm.get("space_key") != meta.get("space_key") or tuple(M.shape) != (meta["dim"], meta["dim"]):
        raise InputError(f"{folder}/{FLOOR}: fitted in signature space {fm.get('space_key')} with shape "
                         f"{tuple(M.shape)}, the index is {meta.get('space_key')} with dim {meta['dim']}; refit it "
                         "with eval/pursuit_floor.py --write-floor, or delete it")
    if not torch.isfinite(M).all():
        raise InputError(f"{folder}/{FLOOR}: not finite; refit it with eval/pursuit_floor.py --write-floor")
    return M.float(), fm


def write_floor(folder: str | Path, M: torch.Tensor, info: dict) -> None:
    """Write the floor map M [r, r] into an existing index folder (both files replaced atomically, the map last
    read back by `SignatureIndex.load`). `info`: provenance (shrinkage, fit runs, figures)."""
    from safetensors.torch import save_file

    folder = Path(folder)
    meta = json.loads((folder / SIDECAR).read_text(encoding="utf-8"))
    if tuple(M.shape) != (meta["dim"], meta["dim"]):
        raise InputError(f"floor map of shape {tuple(M.shape)} for an index of dim {meta['dim']}")
    tmp = folder / (FLOOR + ".tmp")
    save_file({"map": M.float().contiguous()}, str(tmp))
    os.chmod(tmp, 0o644)
    write_json(folder / FLOOR_SIDECAR, {**info, "space_key": meta["space_key"], "dim": meta["dim"]})
    os.replace(tmp, folder / FLOOR)
