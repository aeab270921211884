"""Generation: from a `SynthConfig` to shards of distilled examples.

Owns: validating a config against its corpus before anything is written; planning example i (mixture, soft-prompt
length, initialisation; a pure function of the config and i); running a shard's examples through
`synth.distill.Distiller` as one stream of `distill.batch_prompts` mixed-length slots, refilled as prompts stop;
the manifest; the generation loop with resume.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import torch
from tqdm.auto import tqdm

from softprism.poe.config import save_config, to_dict
from softprism.poe.errors import InputError
from softprism.poe.lm import load_lm
from softprism.poe.probes import fit_heldout
from softprism.poe.runs import git_sha, library_versions, write_run_info
from softprism.poe.slot import PromptSlot

from softprism.synth import shards
from softprism.synth.shards import FEATURES
from softprism.synth.config import SynthConfig
from softprism.synth.corpus import Pool, load_pool
from softprism.synth.distill import INITS, Distiller, Job, Result, init_soft
from softprism.synth.mixtures import Mixture, candidate_ids, example_seed, sample_mixture

log = logging.getLogger(__name__)


def plan_job(cfg: SynthConfig, pool: Pool, candidates: list[str], index: int) -> Job:
    """Example `index`: mixture, length and init, all from `example_seed(cfg.output.seed, index)`."""
    seed = example_seed(cfg.output.seed, index)
    if cfg.mixture.hard_fraction > 0 and np.random.default_rng(seed ^ 0x4A2D).random() < cfg.mixture.hard_fraction:
        m = sample_mixture(pool, candidates, replace(cfg.mixture, k_min=1, k_max=1), seed)
        return Job(index, Mixture(m.ids, m.texts, [1.0], seed), 0, "hard")
    mixture = sample_mixture(pool, candidates, cfg.mixture, seed)
    rng = np.random.default_rng(seed ^ 0x5EED)
    d = cfg.distill
    length = int(rng.integers(d.length_min, d.length_max + 1))
    if d.init_mix:
        p = np.asarray(d.init_mix, dtype=float)
        init = INITS[int(rng.choice(3, p=p / p.sum()))]
    else:
        init = d.init
    return Job(index, mixture, length, init)


def result_row(r: Result) -> dict:
    m = r.job.mixture
    return {
        "index": r.job.index, "seed": m.seed, "soft_prompt": r.soft.tolist(), "length": r.job.length,
        "init": r.job.init, "k": len(m.ids), "component_ids": m.ids, "component_texts": m.texts,
        "weights": m.weights, "kl_fit": r.kl_fit, "kl_val": r.kl_val, "kl_heldout": r.kl_heldout,
        "kl_base": r.kl_base, "steps": r.steps, "best_step": r.best_step,
        "history": r.history,
    }


@dataclass
class Setup:
    cfg: SynthConfig
    pool: Pool
    candidates: list[str]
    distiller: Distiller | None = None

    @property
    def built(self) -> Distiller:
        """The distiller, which `build` makes (everything that distils or reports on the model reads it)."""
        if self.distiller is None:
            raise RuntimeError("the setup has no model yet: run build(setup) first")
        return self.distiller


def validate(cfg: SynthConfig) -> Setup:
    """Everything that can be checked without the model: corpus, ids, K_max. Raises `InputError`."""
    pool = load_pool(cfg.corpus)
    return Setup(cfg, pool, candidate_ids(pool, cfg.corpus, cfg.mixture))


def build(setup: Setup, device: str | None = None) -> Setup:
    """Load the model and probes; build the distiller. `device` (a process's own GPU under `accelerate launch`)
    replaces `model.device` only: every other model setting (autocast, dtype, tf32) is kept."""
    cfg = setup.cfg
    mcfg = cfg.model if device is None else replace(cfg.model, device=device)
    lm = load_lm(mcfg)
    slot = PromptSlot(lm, cfg.slot.kind)
    fit, held = fit_heldout(cfg.probes)
    try:
        setup.distiller = Distiller(lm, slot, cfg.distill, fit, held, cfg.probes.positions, cfg.probes.max_probe_tokens)
    except ValueError as e:
        raise InputError(f"config: {e}") from None
    return setup


def manifest(setup: Setup) -> dict:
    cfg, dist = setup.cfg, setup.built
    lm = dist.lm
    config = to_dict(cfg)
    body = {
        "kind": "softprism.synth",
        "model": {"name": cfg.model.name, "fingerprint": lm.fingerprint, "d_model": lm.d_model,
                  "vocab_size": lm.vocab_size, "embedding_std": lm.embedding_std},
        "slot": cfg.slot.kind,
        "probes": {"source": cfg.probes.source, "positions": cfg.probes.positions,
                   "hash": hashlib.sha256(json.dumps(dist.probe_hash, sort_keys=True).encode()).hexdigest()[:16],
                   "parts": {k: {"n": dist.sizes[k], "hash": dist.probe_hash[k]} for k in dist.sizes}},
        "corpus": {"source": cfg.corpus.source, "hash": setup.pool.hash, "n": len(setup.pool.ids),
                   "n_train": len(setup.pool.train_ids()), "n_candidates": len(setup.candidates)},
        "config": {k: v for k, v in config.items() if k != "model"} | {"model": {"name": cfg.model.name,
                                                                                  "dtype": cfg.model.dtype}},
        "n_examples": cfg.output.n_examples,
        "shard_size": cfg.output.shard_size,
        "n_shards": shards.n_shards(cfg.output.n_examples, cfg.output.shard_size),
        "features": list(FEATURES),
    }
    key_src = json.dumps({k: body[k] for k in ("model", "slot", "probes", "corpus", "config")}, sort_keys=True)
    body["run_key"] = hashlib.sha256(key_src.encode()).hexdigest()[:16]
    body["git_sha"] = git_sha()
    body["versions"] = library_versions()
    return body


def run_shard(setup: Setup, s: int, on_batch=None, on_step=None) -> list[dict]:
    """Distil shard `s`; return its rows sorted by index. `on_batch(n)` after each batch of n examples, `on_step`:
    see `Distiller.distill`."""
    cfg = setup.cfg
    jobs = [plan_job(cfg, setup.pool, setup.candidates, i)
            for i in shards.shard_range(s, cfg.output.n_examples, cfg.output.shard_size)]
    rows = [result_row(r) for r in hard_results(setup, [j for j in jobs if j.init == "hard"])]
    if on_batch is not None and rows:
        on_batch(len(rows))
    # One stream per shard: `distill.batch_prompts` slots of mixed lengths (sorted by length, so neighbours pad
    # little), each refilled as soon as its prompt stops. Every example's result depends on itself and the seed.
    jobs = sorted((j for j in jobs if j.init != "hard"), key=lambda j: (j.length, j.index))
    lm = setup.built.lm
    init = [init_soft(lm, j.init, j.length, j.mixture.seed, init_text(cfg, j)) for j in jobs]
    results = setup.built.distill(jobs, init, seed=cfg.output.seed, on_step=on_step,
                                      slots=cfg.distill.batch_prompts, on_result=on_batch)
    rows += [result_row(r) for r in results]
    return sorted(rows, key=lambda r: r["index"])


def init_text(cfg: SynthConfig, job: Job) -> str:
    """The `text` init's text for `job` (see `DistillConfig.init_text_from`)."""
    if cfg.distill.init_text_from == "component":
        m = job.mixture
        return m.texts[max(range(len(m.weights)), key=lambda i: m.weights[i])]
    return cfg.distill.init_text


def hard_results(setup: Setup, jobs: list[Job]) -> list[Result]:
    """Hard-prompt examples (see `MixtureConfig.hard_fraction`): soft = the prompt's embeddings [L, d] + noise."""
    cfg, dist = setup.cfg, setup.built
    out = []
    for j in jobs:
        lm = dist.lm
        soft = lm.embed_text(j.mixture.texts[0]).detach().float().cpu().clone()
        g = torch.Generator().manual_seed(j.mixture.seed % (2**63))
        lo, hi = cfg.mixture.hard_noise
        sigma = lo + (hi - lo) * float(torch.rand((), generator=g))
        if sigma > 0:
            soft = soft + sigma * lm.embedding_std * torch.randn(soft.shape, generator=g)
        j = Job(j.index, j.mixture, soft.shape[0], "hard")
        if cfg.mixture.hard_metrics:
            s = soft[None].to(dist.device)
            kl = [float(dist.mean_kl(s, [j.mixture], p, n)[0]) for p, n in
                  (("fit", dist.n_eval_fit), ("held", None), ("val", None))]
            base = float(dist.mean_kl(None, [j.mixture], "held")[0])
        else:
            kl, base = [0.0 if sigma == 0 else float("nan")] * 3, float("nan")
        out.append(Result(j, soft, kl[0], kl[1], base, kl[2], 0, 0, []))
    return out


def _env_int(names: tuple[str, ...], default: int) -> int:
    for n in names:
        if os.environ.get(n, "").strip():
            return int(os.environ[n])
    return default


def dist_env() -> tuple[int, int, int]:
    """(rank, world size, local rank) as `accelerate launch` / torchrun (or mpirun, for accelerate on several CPU
    processes) set them; one process when unset."""
    rank = _env_int(("RANK", "PMI_RANK", "OMPI_COMM_WORLD_RANK", "MV2_COMM_WORLD_RANK"), 0)
    world = _env_int(("WORLD_SIZE", "PMI_SIZE", "OMPI_COMM_WORLD_SIZE", "MV2_COMM_WORLD_SIZE"), 1)
    local = _env_int(("LOCAL_RANK", "MPI_LOCALRANKID", "OMPI_COMM_WORLD_LOCAL_RANK"), 0)
    return rank, world, local


def generate(cfg: SynthConfig, out: Path, progress: bool = True, max_shards: int | None = None) -> dict:
    """Generate (or resume) the run in `out`. Returns a summary dict. `max_shards`: stop after that many (tests)."""
    rank, world, local = dist_env()
    setup = validate(cfg)  # bad input fails here, before anything is written
    device = None
    if world > 1 and cfg.model.device == "auto" and torch.cuda.is_available():
        device = f"cuda:{local}"
    build(setup, device)
    out = Path(out)
    man = manifest(setup)
    shards.check_or_write_manifest(out, man)
    if rank == 0:
        if not (out / "config.yaml").exists():
            save_config(cfg, out / "config.yaml")
        write_run_info(out / "runs" / f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}", cfg,
                       {"run_key": man["run_key"], "world_size": world})
    total = shards.n_shards(cfg.output.n_examples, cfg.output.shard_size)
    mine = {s for s in range(total) if s % world == rank}
    shards.clean_partials(out, mine)
    todo = sorted(mine - shards.done_shards(out))
    if max_shards is not None:
        todo = todo[:max_shards]
    n_todo = sum(len(shards.shard_range(s, cfg.output.n_examples, cfg.output.shard_size)) for s in todo)
    bar = tqdm(total=n_todo, desc=f"synth[{rank}]", unit="ex", disable=not progress or rank != 0)
    t0, done = time.time(), 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        bar.update(n)
        bar.set_postfix(ex_per_s=f"{done / max(1e-9, time.time() - t0):.3f}")

    def step(k: int, k_max: int, n_active: int, val: float) -> None:
        if k == 1 or k % 5 == 0 or k == k_max:  # the batch's progress inside one bar tick
            bar.set_postfix(ex_per_s=f"{done / max(1e-9, time.time() - t0):.3f}", step=f"{k}/{k_max}",
                            active=n_active, val_rel=f"{val:.3f}")

    for s in todo:
        rows = run_shard(setup, s, tick, step)
        shards.write_shard(out, s, rows)
        log.info("wrote %s (%d examples)", shards.shard_path(out, s), len(rows))
    bar.close()
    dt = time.time() - t0
    return {"shards_written": len(todo), "examples": done, "seconds": dt,
            "examples_per_s": done / dt if dt > 0 else 0.0, "remaining_shards": len(mine - shards.done_shards(out))}
