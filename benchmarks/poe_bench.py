"""Benchmark of the poe/ machinery: `python -m benchmarks.poe_bench --out DIR` (JSON + PNG, numbers printed).

1. Log-prob table throughput on the embedded model: `compute_states` (prompts stacked, head KV cache reused over
   a batch of probes) against a one-pair-at-a-time loop (one full forward per (prompt, probe) pair), same pairs,
   same run; reported as pairs/s and their ratio. Results are checked to agree. Also in FLOPs: the tail tokens of
   every pair through the transformer's weights (what no exact method can skip), against this machine's dense
   matmul rate (fp32 and bf16, same threads), and what the <= 60 s CPU goal would need.
2. Solver: N candidates x M probe positions over the embedded model's full vocabulary (defaults N=256, M=128:
   32 probes x T=4). Our active-set Newton solve against `scipy.optimize.minimize(method="L-BFGS-B")` on the same
   float64 objective and gradient, run until it reaches our objective (or stalls); time and iterations, as a ratio.

3. Precision (`--sections precision`): the same state tables computed in float32 and under bf16 autocast
   (`model.autocast: bfloat16`, weights stay float32), same pairs, same run: pairs/s of each and their ratio (CPUs
   with AVX512-BF16 or AMX run bf16 matmuls natively), how far the bf16 next-token distributions are from the fp32
   ones (KL per position), and whether a decomposition changes: the same target solved over each table (weights,
   support, greedy-path order, and the bf16 answer's objective on the fp32 problem relative to the fp32 optimum).

4. Greedy path (`--sections path`): the same path (`--path-k` components over the solver section's candidates
   and target) with its refits on the chosen prompts' kept full-vocabulary logits (`SupportProblem`, the default)
   and over the state tables (`path_tables_mb=0`), same run: seconds each, their ratio, and whether the picks and
   KLs agree.

5. Signature metric (`--sections signatures`): how well squared signature distances track 2 KL on real prompt pairs
   (poe/signatures.py). For `--signature-prompts` prompts in the `prefix` slot on `--battery` (the embedded 12-probe
   battery; `broad` is the 56-probe one, or name a probe file), random pairs
   (a, b) and every (a, no prompt): the exact mean KL(p_a || p_b) over the battery's positions (full vocabulary)
   against ||s_a - s_b||^2 under each metric: `none` (Euclidean in final-state space), `pooled` (the base Fisher
   averaged over positions), `base` (the base Fisher at each position), `target` (p_a's own Fisher, the exact
   second-order metric of KL(a || .), not indexable), and `base` projected to r = 512. Spearman rank correlation,
   median ratio, and R^2 of the best scaled fit.

6. Battery cost (`--sections battery_cost`): seconds per prompt of a signature's states on `--battery` against the
   default battery, the same `--signature-prompts` prompts (at most 24), alternating twice in one process (the
   faster of the two each), and the ratio: what a row of a signature index on that battery costs.

Candidates are the Phase 0 dictionary plus embedded probe messages used as prompts; the target is a dictionary prompt
with Gaussian noise on its embeddings (0.5 x embedding std), so the optimum is not trivially one-hot.
"""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path

import numpy as np
import torch

from softprism.poe.errors import InputError
from softprism.poe.store import StateStore
from softprism.poe.lm import ModelConfig, load_lm
from softprism.poe.probes import ProbeConfig, default_dictionary_texts, default_probe_texts, fit_heldout
from softprism.poe.runs import claim_out, main_guard, write_json, write_run_info
from softprism.poe.slot import PromptSlot
from softprism.poe.solver import PoEProblem, SolverConfig, greedy_path, solve
from softprism.poe.tables import compute_states, make_tails

log = logging.getLogger("benchmarks.poe_bench")


def bench_tables(lm, slot, texts: list[str], tails, n_prompts: int, n_probes: int) -> dict:
    prompts = [lm.embed_text(t) for t in texts[:n_prompts]]
    sub = type(tails)(tails.ids[:n_probes], tails.T)
    t0 = time.perf_counter()
    batched = compute_states(lm, slot, prompts, sub)
    t_batched = time.perf_counter() - t0
    T = sub.T
    loop = torch.empty_like(batched)
    t0 = time.perf_counter()
    with torch.no_grad():
        for i, p in enumerate(prompts):
            head = slot.head(p)
            for b, ids in enumerate(sub.ids):
                seq = torch.cat([head, lm.embed_ids(ids)])[None]
                hs = lm.base(inputs_embeds=seq).last_hidden_state[0, -T:]
                loop[i, b * T : (b + 1) * T] = hs.float()
    t_loop = time.perf_counter() - t0
    pairs = len(prompts) * len(sub.ids)
    err = float((batched - loop).abs().max())
    # The work no exact method can skip: every tail token of every pair runs through the transformer after its
    # prompt (the head can be shared, the tail cannot). 2 FLOPs per weight per token, attention left out.
    tail_tokens = len(prompts) * sum(len(t) for t in sub.ids)
    gflop = 2 * transformer_params(lm) * tail_tokens / 1e9
    return {"pairs": pairs, "batched_s": t_batched, "loop_s": t_loop, "batched_pairs_per_s": pairs / t_batched,
            "loop_pairs_per_s": pairs / t_loop, "speedup": t_loop / t_batched, "max_abs_diff": err,
            "tail_tokens_per_pair": tail_tokens / pairs, "gflop_per_pair": gflop / pairs,
            "batched_gflop_per_s": gflop / t_batched}


def transformer_params(lm) -> int:
    """Weights a token passes through below the output head (the input embedding is a lookup, not a matmul)."""
    emb = lm.embedding.weight
    return sum(p.numel() for p in lm.base.parameters() if p.data_ptr() != emb.data_ptr())


def bench_matmul(size: int = 2048, seconds: float = 3.0) -> dict:
    """This machine's dense matmul rate at the current thread count (float32, and bfloat16 where it runs), the
    ceiling any table computation can reach."""
    out = {}
    for dt in (torch.float32, torch.bfloat16):
        a, b = torch.randn(size, size, dtype=dt), torch.randn(size, size, dtype=dt)
        a @ b  # warm up
        n, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < seconds:
            a @ b
            n += 1
        out[f"{str(dt).split('.')[-1]}_gflop_per_s"] = 2 * size**3 * n / (time.perf_counter() - t0) / 1e9
    return out


def bench_solver(problem: PoEProblem, cfg: SolverConfig, max_seconds: float = 900.0) -> dict:
    t0 = time.perf_counter()
    ours = solve(problem, cfg)
    t_ours = time.perf_counter() - t0
    from scipy.optimize import minimize

    target_obj = ours.objective
    calls = {"n": 0}
    reached = {"t": None, "it": None}
    it = {"n": 0}
    t0 = time.perf_counter()

    def fun(w):
        calls["n"] += 1
        wt = torch.from_numpy(w)
        f, g, _ = problem.value_grad(wt)
        f += cfg.l2 * float((wt * wt).sum())
        g = g + 2 * cfg.l2 * wt
        if reached["t"] is None and f <= target_obj + 1e-9 * max(1.0, abs(target_obj)):
            reached["t"], reached["it"] = time.perf_counter() - t0, it["n"]
        return f, g.numpy()

    def cb(intermediate_result=None):
        it["n"] += 1
        if reached["t"] is not None or time.perf_counter() - t0 > max_seconds:
            raise StopIteration  # scipy >= 1.11 ends the run here and returns the current point

    res = minimize(fun, np.zeros(problem.N), jac=True, method="L-BFGS-B", callback=cb,
                   options={"maxiter": 5000, "ftol": 1e-16, "gtol": 1e-9, "maxcor": 20})
    t_scipy = time.perf_counter() - t0
    return {
        "ours": {"seconds": t_ours, "iterations": ours.iterations, "objective": ours.objective,
                 "kkt_residual": ours.kkt_residual, "converged": ours.converged},
        "scipy_lbfgsb": {"seconds_total": t_scipy, "iterations": int(res.nit), "function_calls": calls["n"],
                         "objective": float(res.fun), "seconds_to_reach_ours": reached["t"],
                         "iterations_to_reach_ours": reached["it"], "message": str(res.message)},
        "scipy_time_cap_s": max_seconds,
        "speedup_vs_scipy": (reached["t"] or t_scipy) / t_ours,
        "scipy_reached_our_objective": reached["t"] is not None,
    }


def bench_precision(lm32, name: str, texts: list[str], n_prompts: int, n_probes: int, T: int) -> dict:
    """bf16-autocast vs fp32 state tables on the same (prompt, probe) pairs: speed, distribution error, and how a
    decomposition changes."""
    from softprism.poe.solver import greedy_path

    lm16 = load_lm(ModelConfig(name=name, autocast="bfloat16", device=str(lm32.device)))
    fit, _ = fit_heldout(ProbeConfig(n_fit=n_probes, n_heldout=8, positions=T))
    out: dict = {"prompts": n_prompts, "probes": n_probes, "positions": n_probes * T}
    tabs, tgts, secs = {}, {}, {}
    g = torch.Generator().manual_seed(0)
    noise = torch.randn(lm32.embed_text(texts[0]).shape, generator=g)
    for key, lm in (("float32", lm32), ("bfloat16", lm16)):
        slot = PromptSlot(lm, "prefix")
        tails = make_tails(lm, slot, fit, T)
        prompts = [lm.embed_text(t) for t in texts[:n_prompts]]
        compute_states(lm, slot, prompts[:1], type(tails)(tails.ids[:2], T))  # warm-up (kernels, allocator)
        t0 = time.perf_counter()
        tabs[key] = compute_states(lm, slot, prompts, tails)
        secs[key] = time.perf_counter() - t0
        noisy = lm.embed_text(texts[0]).float() + 0.5 * lm32.embedding_std * noise
        tgts[key] = compute_states(lm, slot, [noisy], tails)[0]
        out[f"{key}_pairs_per_s"] = n_prompts * n_probes / secs[key]
    out["speedup_bf16"] = secs["float32"] / secs["bfloat16"]
    W, b = lm32.head_weight.float(), None if lm32.head_bias is None else lm32.head_bias.float()

    def logp(h):
        z = h.float() @ W.T
        return torch.log_softmax(z if b is None else z + b, -1)

    kls = []
    for i in range(0, tabs["float32"].shape[0]):
        p32, p16 = logp(tabs["float32"][i]), logp(tabs["bfloat16"][i])
        kls.append((p32.exp() * (p32 - p16)).sum(-1))
    kl = torch.cat(kls)
    out["kl_fp32_to_bf16"] = {"mean": float(kl.mean()), "p99": float(kl.quantile(0.99)), "max": float(kl.max())}
    cfg = SolverConfig(l1=1e-3, l2=1e-4, max_components=3)
    probs = {k: PoEProblem(tabs[k], tgts[k], lm32.head_weight, lm32.head_bias, device="cpu") for k in tabs}
    res = {k: solve(p, cfg) for k, p in probs.items()}
    paths = {k: [s.indices for s in greedy_path(p, cfg)] for k, p in probs.items()}
    w32, w16 = res["float32"].w, res["bfloat16"].w
    f_opt = res["float32"].objective
    f_16_on_32 = float(probs["float32"].value(w16)) + cfg.l1 * float(w16.abs().sum()) + cfg.l2 * float((w16 * w16).sum())
    out["solve"] = {
        "support_float32": [int(i) for i in res["float32"].support()],
        "support_bfloat16": [int(i) for i in res["bfloat16"].support()],
        "weights_max_abs_diff": float((w32 - w16).abs().max()), "weights_l1_float32": float(w32.abs().sum()),
        "objective_float32": f_opt, "objective_of_bf16_weights_on_float32": f_16_on_32,
        "relative_excess": (f_16_on_32 - f_opt) / max(abs(f_opt), 1e-12),
        "path_float32": paths["float32"], "path_bfloat16": paths["bfloat16"],
        "same_path": paths["float32"] == paths["bfloat16"],
    }
    return out


def bench_signature_metric(lm, texts: list[str], n_prompts: int, n_pairs: int, T: int, seed: int = 0,
                           battery: str = "default") -> dict:
    """Section 5 (see the module docstring): {metric: {subset: {spearman, median_ratio, r2_scaled}}}, plus points."""
    from scipy.stats import spearmanr

    from softprism.poe.signatures import SignatureConfig, SignatureSpace, pooled_fisher, _sqrtm

    slot = PromptSlot(lm, "prefix")
    raw = SignatureSpace(lm, slot, SignatureConfig(battery=battery, positions=T, whitening="none", dim=0))
    t0 = time.perf_counter()
    H = raw.states([lm.embed_text(t) for t in texts[:n_prompts]]).double()  # [n, M, d]
    states_s = time.perf_counter() - t0
    H0 = raw.null_states.double()
    W = lm.head_weight.detach().double().cpu()
    L = torch.log_softmax(H.float() @ W.float().T, -1)  # [n, M, V]
    L0 = torch.log_softmax(H0.float() @ W.float().T, -1)
    pooled = _sqrtm(pooled_fisher(lm, H0.float()), 1e-3)
    proj = SignatureSpace(lm, slot, SignatureConfig(battery=battery, positions=T, whitening="base", dim=512),
                          battery=raw.battery, tails=raw.tails)
    S = proj.transform(H.float()).double()

    def quad(p_log: torch.Tensor, dh: torch.Tensor) -> float:  # mean_j Var_{p_j}(W dh_j): dh^T F(p) dh
        dz = dh @ W.T
        p = p_log.double().exp()
        return float(((p * dz**2).sum(-1) - (p * dz).sum(-1) ** 2).mean())

    rng = np.random.default_rng(seed)
    n = H.shape[0]
    pairs = [tuple(int(x) for x in rng.choice(n, 2, replace=False)) for _ in range(n_pairs)]
    pairs += [(a, -1) for a in range(n)]
    rows = []
    for a, b in pairs:
        lb, hb = (L0, H0) if b < 0 else (L[b], H[b])
        dh = H[a] - hb
        s_b = torch.zeros_like(S[a]) if b < 0 else S[b]
        rows.append({"two_kl": 2 * float((L[a].exp() * (L[a] - lb)).sum(-1).mean()), "base_pair": b < 0,
                     "none": float((dh**2).sum(-1).mean()), "pooled": float(((dh @ pooled) ** 2).sum(-1).mean()),
                     "base": quad(L0, dh), "target": quad(L[a], dh), "base_r512": float(((S[a] - s_b) ** 2).sum())})
    out: dict = {"battery": raw.battery.source, "battery_probes": len(raw.battery), "prompts": n, "pairs": n_pairs,
                 "positions": int(H.shape[1]), "states_seconds": round(states_s, 1)}
    for sub, keep in (("all", lambda r: True), ("prompt_prompt", lambda r: not r["base_pair"]),
                      ("prompt_none", lambda r: r["base_pair"])):
        part = [r for r in rows if keep(r)]
        y = np.array([r["two_kl"] for r in part])
        for m in ("none", "pooled", "base", "target", "base_r512"):
            x = np.array([r[m] for r in part])
            c = float(x @ y / (x @ x))
            out.setdefault(m, {})[sub] = {
                "spearman": round(float(spearmanr(x, y)[0]), 4), "median_ratio": round(float(np.median(x / y)), 4),
                "r2_scaled": round(float(1 - ((c * x - y) ** 2).sum() / ((y - y.mean()) ** 2).sum()), 4)}
    out["points"] = [{k: round(v, 6) if isinstance(v, float) else v for k, v in r.items()} for r in rows]
    return out


def bench_battery_cost(lm, texts: list[str], battery: str, T: int, n_prompts: int = 24) -> dict:
    """Section 6: seconds per prompt of the raw signature states on `battery` and on the default battery."""
    from softprism.poe.signatures import SignatureConfig, SignatureSpace

    slot = PromptSlot(lm, "prefix")
    names = ["default", battery]
    spaces = [SignatureSpace(lm, slot, SignatureConfig(battery=b, positions=T, whitening="none", dim=0)) for b in names]
    prompts = [lm.embed_text(t) for t in texts[:n_prompts]]
    got: list[list[float]] = [[], []]
    for _ in range(2):
        for i, sp in enumerate(spaces):
            t0 = time.perf_counter()
            sp.states(prompts)
            got[i].append((time.perf_counter() - t0) / len(prompts))
    best = [min(g) for g in got]
    return {"battery": spaces[1].battery.source, "prompts": len(prompts),
            "probes": [len(sp.battery) for sp in spaces], "tail_tokens": [sum(map(len, sp.tails.ids)) for sp in spaces],
            "s_per_prompt": [round(b, 4) for b in best], "ratio": round(best[1] / best[0], 3)}


def _tables_section(result: dict, lm, slot, texts, tails, args) -> None:
    log.info("tables: %d prompts x %d probes, batched vs one pair at a time", args.table_prompts, args.table_probes)
    result["tables"] = bench_tables(lm, slot, texts, tails, args.table_prompts, args.table_probes)
    tb = result["tables"]
    print(f"tables: batched {tb['batched_pairs_per_s']:.1f} pairs/s, loop {tb['loop_pairs_per_s']:.1f} pairs/s, "
          f"ratio {tb['speedup']:.2f}x (max |diff| {tb['max_abs_diff']:.2e})")
    mm = result["matmul"] = bench_matmul(seconds=args.matmul_seconds)
    # What the <= 60 s goal (128 candidates x 128 fit positions, T = 4, plus half as many held-out probes) asks of
    # the tables alone at this run's tail length, against this machine's matmul rate.
    goal_pairs = 128 * (128 // args.positions) * 3 // 2
    need = goal_pairs * tb["gflop_per_pair"] / 60.0
    tb["goal"] = {"pairs": goal_pairs, "gflop_per_s_for_60s": need,
                  "seconds_at_batched_rate": goal_pairs / tb["batched_pairs_per_s"],
                  "seconds_at_matmul_fp32": goal_pairs * tb["gflop_per_pair"] / mm["float32_gflop_per_s"],
                  "seconds_at_matmul_bf16": goal_pairs * tb["gflop_per_pair"] / mm["bfloat16_gflop_per_s"]}
    print(f"tables: {tb['tail_tokens_per_pair']:.1f} tail tokens = {tb['gflop_per_pair']:.2f} GFLOP per pair; batched "
          f"{tb['batched_gflop_per_s']:.0f} GFLOP/s; matmul on {torch.get_num_threads()} threads: fp32 "
          f"{mm['float32_gflop_per_s']:.0f}, bf16 {mm['bfloat16_gflop_per_s']:.0f} GFLOP/s")
    print(f"tables for 128 candidates x {goal_pairs // 128} probes: {tb['goal']['seconds_at_batched_rate']:.0f} s at "
          f"the batched rate; {tb['goal']['seconds_at_matmul_fp32']:.0f} s (fp32) / "
          f"{tb['goal']['seconds_at_matmul_bf16']:.0f} s (bf16) even at the matmul rate")


def _solver_section(result: dict, lm, slot, texts, tails, args) -> None:
    log.info("solver: computing states for %d candidates x %d positions", len(texts), len(tails) * args.positions)
    t0 = time.perf_counter()
    states, target = _problem_states(lm, slot, texts, tails)
    result["candidate_tables_s"] = time.perf_counter() - t0
    result["solver"] = {}
    for name, cfg in {"l2": SolverConfig(l1=0.0, l2=1e-4), "l1": SolverConfig(l1=1e-3, l2=1e-4)}.items():
        problem = PoEProblem(states, target, lm.head_weight, lm.head_bias, device="cpu")
        if name == "l1":  # scipy's L-BFGS-B has no L1 term: run ours only, for the record
            t0 = time.perf_counter()
            r = solve(problem, cfg)
            result["solver"][name] = {"ours": {"seconds": time.perf_counter() - t0, "iterations": r.iterations,
                                               "objective": r.objective, "kkt_residual": r.kkt_residual,
                                               "nonzero": len(r.support())}}
            print(f"solver l1=1e-3: {result['solver'][name]['ours']['seconds']:.1f} s, {r.iterations} iterations, "
                  f"{len(r.support())} non-zero, KKT {r.kkt_residual:.1e}")
            continue
        sb = bench_solver(problem, cfg, args.scipy_max_seconds)
        result["solver"][name] = sb
        print(f"solver N={problem.N} M={problem.P} V={lm.vocab_size}: ours {sb['ours']['seconds']:.1f} s "
              f"({sb['ours']['iterations']} it, KKT {sb['ours']['kkt_residual']:.1e}); L-BFGS-B "
              f"{sb['scipy_lbfgsb']['seconds_to_reach_ours'] or sb['scipy_lbfgsb']['seconds_total']:.1f} s "
              f"({sb['scipy_lbfgsb']['iterations_to_reach_ours'] or sb['scipy_lbfgsb']['iterations']} it, "
              f"reached ours: {sb['scipy_reached_our_objective']}); ratio {sb['speedup_vs_scipy']:.2f}x")
    result["solver_problem"] = {"N": len(texts), "M": len(tails) * args.positions, "V": lm.vocab_size, "d": lm.d_model}


def _problem_states(lm, slot, texts, tails):
    states = StateStore(lm, slot, tails, tails, max_entries=0).get(texts, progress=True)[0][:-1]  # no null row
    g = torch.Generator().manual_seed(0)
    clean = lm.embed_text(texts[0]).float()
    noisy = clean + 0.5 * lm.embedding_std * torch.randn(clean.shape, generator=g)
    return states, compute_states(lm, slot, [noisy], tails)[0]


def _path_section(result: dict, lm, slot, texts, tails, args) -> None:
    states, target = _problem_states(lm, slot, texts, tails)
    runs = {}
    for name, mb in (("kept_logits", SolverConfig().path_tables_mb), ("state_tables", 0)):
        cfg = SolverConfig(l2=1e-4, max_components=args.path_k, path_tables_mb=mb)
        problem = PoEProblem(states, target, lm.head_weight, lm.head_bias, device="cpu",
                             hessian_exact_max=cfg.hessian_exact_max)
        t0 = time.perf_counter()
        path = greedy_path(problem, cfg)
        runs[name] = {"seconds": time.perf_counter() - t0, "indices": [s.indices for s in path],
                      "kl_fit": [s.kl_fit for s in path], "kkt_residual": [s.kkt_residual for s in path]}
        log.info("path (%s): %.1f s", name, runs[name]["seconds"])
    a, b = runs["kept_logits"], runs["state_tables"]
    result["path"] = {
        **runs, "N": len(texts), "M": len(tails) * args.positions, "V": lm.vocab_size, "k": args.path_k,
        "speedup": b["seconds"] / a["seconds"], "same_picks": a["indices"] == b["indices"],
        "max_abs_kl_fit_diff": max(abs(x - y) for x, y in zip(a["kl_fit"], b["kl_fit"])),
    }
    r = result["path"]
    print(f"greedy path N={r['N']} M={r['M']} k={r['k']}: kept logits {a['seconds']:.1f} s, state tables "
          f"{b['seconds']:.1f} s, ratio {r['speedup']:.2f}x; same picks: {r['same_picks']}, max |d kl_fit| "
          f"{r['max_abs_kl_fit_diff']:.1e}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--model", default="embedded")
    ap.add_argument("--candidates", type=int, default=256, help="N for the solver benchmark")
    ap.add_argument("--probes", type=int, default=32, help="probes for the solver benchmark (x T positions)")
    ap.add_argument("--positions", type=int, default=4, help="T")
    ap.add_argument("--table-prompts", type=int, default=8)
    ap.add_argument("--table-probes", type=int, default=16)
    ap.add_argument("--scipy-max-seconds", type=float, default=900.0, help="stop L-BFGS-B after this long")
    ap.add_argument("--sections", nargs="+",
                    choices=["tables", "solver", "precision", "path", "signatures", "battery_cost"],
                    default=["tables", "solver"],
                    help="what to measure (precision: bf16 vs fp32 tables; path: the greedy path's refits on kept "
                         "logits vs state tables; neither is in the default set)")
    ap.add_argument("--matmul-seconds", type=float, default=3.0,
                    help="how long to time the reference matmuls of the tables section (per dtype)")
    ap.add_argument("--path-k", type=int, default=10, help="components of the greedy path benchmark")
    ap.add_argument("--precision-prompts", type=int, default=32)
    ap.add_argument("--signature-prompts", type=int, default=100, help="prompts of the signature-metric section")
    ap.add_argument("--signature-pairs", type=int, default=300, help="random prompt pairs of that section")
    ap.add_argument("--battery", default="default",
                    help="the signature section's battery: `default` (poe/data/battery.txt), `broad` "
                         "(poe/data/battery_broad.txt) or a probe file")
    ap.add_argument("--precision-probes", type=int, default=16)
    args = ap.parse_args()
    if args.candidates < 2 or args.probes < 1 or args.path_k < 1:
        raise InputError("--candidates must be >= 2, --probes >= 1 and --path-k >= 1")
    claim_out(args.out, ("run.json", "poe_bench.json"))

    lm = load_lm(args.model)
    slot = PromptSlot(lm, "system")
    fit, _ = fit_heldout(ProbeConfig(n_fit=args.probes, n_heldout=8, positions=args.positions))
    tails = make_tails(lm, slot, fit, args.positions)
    texts = list(dict.fromkeys(default_dictionary_texts() + default_probe_texts()))[: args.candidates]
    if len(texts) < args.candidates:
        raise InputError(f"--candidates {args.candidates}: only {len(texts)} distinct prompts are available")
    result = {"model": lm.name, "device": str(lm.device), "threads": torch.get_num_threads(), "sections": args.sections}
    if "tables" in args.sections:
        _tables_section(result, lm, slot, texts, tails, args)
    if "solver" in args.sections:
        _solver_section(result, lm, slot, texts, tails, args)
    if "path" in args.sections:
        _path_section(result, lm, slot, texts, tails, args)
    if "signatures" in args.sections:
        sg = result["signatures"] = bench_signature_metric(lm, texts, args.signature_prompts, args.signature_pairs,
                                                           args.positions, battery=args.battery)
        for m in ("none", "pooled", "base", "target", "base_r512"):
            a = sg[m]["all"]
            print(f"signature metric {m:>9}: Spearman with 2 KL {a['spearman']:.3f}, median ratio "
                  f"{a['median_ratio']:.3f}, R^2 (scaled) {a['r2_scaled']:.3f}")
    if "battery_cost" in args.sections:
        bc = result["battery_cost"] = bench_battery_cost(lm, texts, args.battery, args.positions,
                                                         min(24, args.signature_prompts))
        print(f"battery cost: {bc['s_per_prompt'][1]:.2f} s a prompt on {bc['battery']} ({bc['probes'][1]} probes, "
              f"{bc['tail_tokens'][1]} tail tokens) against {bc['s_per_prompt'][0]:.2f} s on the default "
              f"({bc['probes'][0]}, {bc['tail_tokens'][0]}): {bc['ratio']:.2f}x")
    if "precision" in args.sections:
        pr = result["precision"] = bench_precision(lm, args.model, texts, args.precision_prompts,
                                                   args.precision_probes, args.positions)
        print(f"precision: fp32 {pr['float32_pairs_per_s']:.1f} pairs/s, bf16 {pr['bfloat16_pairs_per_s']:.1f} pairs/s, "
              f"ratio {pr['speedup_bf16']:.2f}x; KL(fp32 || bf16) per position mean {pr['kl_fp32_to_bf16']['mean']:.2e}"
              f" max {pr['kl_fp32_to_bf16']['max']:.2e}; solve: supports {pr['solve']['support_float32']} vs "
              f"{pr['solve']['support_bfloat16']}, max |dw| {pr['solve']['weights_max_abs_diff']:.3f}, objective "
              f"excess {pr['solve']['relative_excess']:.1e}, same greedy path: {pr['solve']['same_path']}")
    args.out.mkdir(parents=True, exist_ok=True)
    write_run_info(args.out, None, {"bench": "poe"})
    write_json(args.out / "poe_bench.json", result)
    _plot(args.out / "poe_bench.png", result)
    print(f"wrote {args.out / 'poe_bench.json'}")
    return 0


def _plot(path: Path, r: dict) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = [k for k in ("tables", "matmul", "solver", "precision", "path", "signatures") if k in r]
    if not panels:  # battery_cost alone: numbers only
        return
    fig, axes = plt.subplots(1, len(panels), figsize=(5 * len(panels), 3.8), squeeze=False)
    for a, key in zip(axes[0], panels):
        if key == "tables":
            t = r["tables"]
            a.bar(["one pair at a time", "batched + KV reuse"], [t["loop_pairs_per_s"], t["batched_pairs_per_s"]],
                  color=["gray", "tab:blue"])
            a.set_ylabel("(prompt, probe) pairs per second")
            a.set_title(f"log-prob tables: {t['speedup']:.1f}x", fontsize=10)
        elif key == "matmul":
            t, m = r["tables"], r["matmul"]
            vals = [t["loop_pairs_per_s"] * t["gflop_per_pair"], t["batched_gflop_per_s"], m["float32_gflop_per_s"],
                    m["bfloat16_gflop_per_s"], t["goal"]["gflop_per_s_for_60s"]]
            a.bar(["tables,\none pair", "tables,\nbatched", "matmul\nfp32", "matmul\nbf16", "needed for\n60 s"], vals,
                  color=["gray", "tab:blue", "tab:green", "tab:green", "tab:red"])
            a.set_ylabel("GFLOP/s")
            a.set_title(f"tables of {t['goal']['pairs']} pairs: the 60 s goal vs this machine", fontsize=10)
        elif key == "solver":
            s = r["solver"]["l2"]
            sc = s["scipy_lbfgsb"]["seconds_to_reach_ours"] or s["scipy_lbfgsb"]["seconds_total"]
            a.bar(["scipy L-BFGS-B", "active-set Newton"], [sc, s["ours"]["seconds"]], color=["gray", "tab:blue"])
            a.set_ylabel("seconds to the same objective")
            p = r["solver_problem"]
            a.set_title(f"solver N={p['N']}, M={p['M']}, V={p['V']}: {s['speedup_vs_scipy']:.1f}x", fontsize=10)
        elif key == "signatures":
            pts = r["signatures"]["points"]
            y = [p["two_kl"] for p in pts]
            for m, c in (("none", "gray"), ("pooled", "tab:orange"), ("base", "tab:blue")):
                x = np.array([p[m] for p in pts])
                x = x * (np.median(np.array(y) / x) if m == "none" else 1.0)
                a.scatter(y, x, s=6, alpha=0.5, color=c,
                          label=f"{m}{' (rescaled)' if m == 'none' else ''}: rho {r['signatures'][m]['all']['spearman']:.3f}")
            a.plot([min(y), max(y)], [min(y), max(y)], "k--", lw=0.8)
            a.set_xscale("log")
            a.set_yscale("log")
            a.set_xlabel("2 KL(p_a || p_b), exact")
            a.set_ylabel("||s_a - s_b||^2")
            a.legend(fontsize=7)
            a.set_title("signature distance vs KL", fontsize=10)
        elif key == "path":
            p = r["path"]
            a.bar(["refits on state tables", "refits on kept logits"],
                  [p["state_tables"]["seconds"], p["kept_logits"]["seconds"]], color=["gray", "tab:blue"])
            a.set_ylabel("seconds for the greedy path")
            a.set_title(f"greedy path k={p['k']}, N={p['N']}, M={p['M']}: {p['speedup']:.1f}x", fontsize=10)
        else:
            pr = r["precision"]
            a.bar(["float32", "bfloat16"], [pr["float32_pairs_per_s"], pr["bfloat16_pairs_per_s"]],
                  color=["gray", "tab:blue"])
            a.set_ylabel("(prompt, probe) pairs per second")
            a.set_title(f"tables in bf16: {pr['speedup_bf16']:.2f}x; KL(fp32||bf16) mean "
                        f"{pr['kl_fp32_to_bf16']['mean']:.1e}", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


if __name__ == "__main__":
    main_guard(main)
