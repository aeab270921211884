"""Throughput of synthetic soft prompts: batched distillation vs a one-prompt-at-a-time loop, in one run.

    python -m benchmarks.synth_bench --out runs/synth/bench                          # tiny model, seconds
    python -m benchmarks.synth_bench --config configs/synth/cpu.yaml --n 8 --out runs/synth/bench_cpu

Both paths distil the same planned examples with the same hyperparameters, seeds and probe minibatches; batching
changes only the speed (tests/test_synth_generate.py checks batched == one-at-a-time), so the quality is fixed and
reported (median kl_heldout / kl_base for each path). Component tables are computed once, before timing, and timed
separately. Repeats alternate the two paths; the fastest time of each is kept. Writes OUT/bench.json.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import torch

from softprism.poe.config import load_config
from softprism.poe.runs import claim_out, main_guard, provenance, write_json

from softprism.synth import pipeline
from softprism.synth.config import SynthConfig
from softprism.synth.distill import init_soft


def _quality(results) -> float:
    return statistics.median(r.kl_heldout / max(r.kl_base, 1e-12) for r in results)


def run_bench(cfg: SynthConfig, n: int, repeats: int) -> dict:
    t0 = time.time()
    setup = pipeline.build(pipeline.validate(cfg))
    t_setup = time.time() - t0
    dist = setup.distiller
    jobs = [pipeline.plan_job(cfg, setup.pool, setup.candidates, i) for i in range(n)]
    length = jobs[0].length
    jobs = [type(j)(j.index, j.mixture, length, j.init) for j in jobs]  # one batch: one length
    init = [init_soft(dist.lm, j.init, length, j.mixture.seed, pipeline.init_text(cfg, j)) for j in jobs]
    t0 = time.time()
    for j in jobs:
        dist.component_states(j.mixture.ids, j.mixture.texts)
    t_tables = time.time() - t0
    times = {"batched": [], "loop": []}
    res = {}
    for _ in range(repeats):
        t0 = time.time()
        res["batched"] = dist.distill(jobs, init, seed=0)
        times["batched"].append(time.time() - t0)
        t0 = time.time()
        res["loop"] = [dist.distill([j], [x], seed=0)[0] for j, x in zip(jobs, init)]
        times["loop"].append(time.time() - t0)
    best = {k: min(v) for k, v in times.items()}
    out = {
        "model": cfg.model.name, "device": str(dist.device), "threads": torch.get_num_threads(), "n_prompts": n,
        "length": length, "max_steps": cfg.distill.max_steps, "probes_per_step": cfg.distill.probes_per_step,
        "setup_s": t_setup, "component_tables_s": t_tables, "times_s": times,
        "soft_prompts_per_hour": {k: 3600 * n / v for k, v in best.items()},
        "median_kl_ratio": {k: _quality(v) for k, v in res.items()},
        "steps_mean": {k: statistics.mean(r.steps for r in v) for k, v in res.items()},
        "speedup_batched_over_loop": best["loop"] / best["batched"],
    }
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", default="configs/synth/tiny.yaml")
    ap.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE")
    ap.add_argument("--n", type=int, default=8, help="soft prompts per path")
    ap.add_argument("--repeats", type=int, default=2, help="alternating repeats; the fastest of each path is kept")
    ap.add_argument("--threads", type=int, default=0, help="torch CPU threads (0 = torch's default)")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    claim_out(args.out, ("bench.json",))
    if args.threads:
        torch.set_num_threads(args.threads)
    cfg = load_config(SynthConfig, args.config, args.overrides + [f"distill.batch_prompts={args.n}"])
    result = run_bench(cfg, args.n, args.repeats) | {"config": args.config, "overrides": args.overrides,
                                                      "provenance": provenance()}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    write_json(out / "bench.json", result)
    sph = result["soft_prompts_per_hour"]
    q = result["median_kl_ratio"]
    print(f"batched: {sph['batched']:.0f} soft prompts/hour (median kl_heldout/kl_base {q['batched']:.3f})")
    print(f"loop:    {sph['loop']:.0f} soft prompts/hour (median kl_heldout/kl_base {q['loop']:.3f})")
    print(f"batched / loop: {result['speedup_batched_over_loop']:.2f}x   -> {out / 'bench.json'}")
    return 0


if __name__ == "__main__":
    main_guard(main)
