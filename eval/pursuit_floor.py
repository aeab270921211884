"""Pursuit against the distillation floor: candidate recall of signature pursuit on distilled soft prompts, with and
without a metric that discounts the residual distillation leaves (does pursuit find the components of distilled soft
prompts once the floor is discounted?).

    softprism pursuit-floor --signatures retrieval/shipped_signatures \\
        --fit runs/gpu19/train120 runs/gpu19/cal_train120 \\
        --eval runs/gpu18/distill/dist runs/gpu19/cal_dist320 --eval runs/gpu19/steps480 runs/gpu19/cal_steps480 \\
        --out runs/gpu19/floor [--sizes 32 128] [--per-round 4]

Every RUN is a synth/generate.py output whose components are rows of the signature index, and CAL is
oracle/calibrate.py's --out on it (its distilled_signatures.safetensors: the distilled prompts' signatures, so this
command loads no LM and runs in seconds). A distilled prompt's signature is its mixture's exact signature plus a
residual r (relative size 0.4-0.5 at 120 steps, oracle/calibrate.py). Methods, per target, at each dictionary size:

- `pursuit`: the shipped source (retrieval/pursuit.py, `per_round` candidates a round), on the distilled signature;
- `pursuit_exact`: the same on the exact mixture signature of the same components and weights: the ceiling without
  the floor;
- `gls`: the same pursuit in the metric that discounts the floor (generalised least squares): signatures mapped by
  `(shrink(C) )^(-1/2)`, C the covariance of the `--fit` run's residuals (train-split mixtures, never the evaluated
  ones), `shrink(C) = (1 - a) C + a tr(C)/r I`, with `a` chosen by two-fold cross-validation on the fit run from
  `--alphas`; `gls_exact`: that metric on the exact mixture signatures (what it costs where there is no floor);
- `top`: the `size` rows most aligned with the distilled signature (one round, no pursuit).

Recall = share of true component ids in the dictionary (exact id). Writes OUT/pursuit_floor.json and prints a table;
with `--write-floor INDEX_DIR`, also the fitted map into that signature index folder (floor.safetensors +
floor.json), where the pipeline's `signature` source (candidates.signature_floor) and `softprism bench-sources --floor`
use it. The script form is `python eval/pursuit_floor.py ...` (the same main).
The `pursuit` row is always the plain metric (an index's own floor map is ignored here).
Must not: write outside OUT and INDEX_DIR, or load an LM.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from softprism.poe.errors import InputError
from softprism.poe.runs import main_guard


def load_set(run: Path, cal: Path, pos_of: dict) -> list[dict]:
    """The examples of synth run `run` with their distilled signatures from `cal` (oracle/calibrate.py --out)."""
    from safetensors.torch import load_file

    from softprism.synth.shards import load_examples

    f = cal / "distilled_signatures.safetensors"
    if not f.is_file():
        raise InputError(f"{cal}: no distilled_signatures.safetensors; run oracle/calibrate.py --distilled {run} "
                         f"--out {cal} first")
    saved = load_file(str(f))
    by_index = {int(i): s for i, s in zip(saved["index"].tolist(), saved["signatures"])}
    out = []
    for ex in load_examples(run):
        i = int(ex["index"])
        if i not in by_index:
            raise InputError(f"{cal}: holds no signature of example {i} of {run}; rerun oracle/calibrate.py on it")
        missing = [c for c in ex["component_ids"] if c not in pos_of]
        if missing:
            raise InputError(f"{run}: component {missing[0]} is not a row of the signature index")
        out.append({"index": i, "pos": [pos_of[c] for c in ex["component_ids"]],
                    "weights": [float(w) for w in ex["weights"]], "sig": by_index[i]})
    return out


def exact_signature(S, a0, pos, weights):
    from softprism.poe.signatures import mixture_signature

    return mixture_signature(S[pos], weights, a0)


def shrunk_inverse_root(C, alpha: float):
    """(shrink(C))^(-1/2) for shrink(C) = (1 - alpha) C + alpha tr(C)/r I (symmetric, float64)."""
    import torch

    r = C.shape[0]
    if float(torch.trace(C)) <= 1e-30:  # no residual at all (exact targets): the plain metric
        return torch.eye(r, dtype=C.dtype)
    Cs = (1 - alpha) * C + alpha * (torch.trace(C) / r) * torch.eye(r, dtype=C.dtype)
    evals, evecs = torch.linalg.eigh(Cs)
    return evecs @ torch.diag(evals.clamp(min=1e-12 * float(evals.max())).rsqrt()) @ evecs.T


def residual_cov(S, a0, examples):
    import torch

    R = torch.stack([(ex["sig"] - exact_signature(S, a0, ex["pos"], ex["weights"])).double() for ex in examples])
    return R.T @ R / len(R)


def recall(index, targets, examples, sizes, per_round) -> dict:
    """Exact-id recall at each size: pursuit (`per_round` a round) when per_round > 0, else one top-`size` search."""
    from softprism.retrieval.pursuit import pursue

    hit = {s: 0 for s in sizes}
    n = 0
    for t, ex in zip(targets, examples):
        n += len(ex["pos"])
        for s in sizes:
            if per_round > 0:
                rounds = max(1, s // per_round)
                cands = pursue(index, t, rounds=rounds, per_round=max(1, -(-s // rounds))).candidates[:s]
            else:
                cands = index.search(t.float().numpy()[None], s)[1][0].tolist()
            got = set(int(c) for c in cands)
            hit[s] += sum(p in got for p in ex["pos"])
    return {str(s): round(hit[s] / max(n, 1), 4) for s in sizes} | {"n": n}


def run(args) -> dict:
    import torch

    from softprism.retrieval.pursuit import MetricView
    from softprism.retrieval.signatures import SignatureIndex

    index = SignatureIndex.load(args.signatures)
    S, a0 = index.signatures.float(), index.intercept.float()
    pos_of = {cid: p for p, cid in enumerate(index.corpus.ids)}
    fit = load_set(args.fit[0], args.fit[1], pos_of)
    if len(fit) < 2:
        raise InputError(f"{args.fit[0]}: {len(fit)} distilled examples; the floor's covariance and its two-fold "
                         "cross-validation need at least 2 (hundreds to be useful)")
    if args.write_floor is not None:
        dest = SignatureIndex.load(args.write_floor) if args.write_floor != args.signatures else index
        if dest.meta.get("space_key") != index.meta.get("space_key"):
            raise InputError(f"--write-floor {args.write_floor}: signature space {dest.meta.get('space_key')}, but "
                             f"the map is fitted in {args.signatures}'s ({index.meta.get('space_key')}); write it "
                             "into an index of the same space")
    base = MetricView(index, torch.eye(S.shape[1], dtype=torch.float64))  # the plain metric, exact search
    sizes = sorted(set(args.sizes))

    # the shrinkage, by two-fold cross-validation on the fit run (recall at the smallest size)
    half = len(fit) // 2
    folds = [(fit[:half], fit[half:]), (fit[half:], fit[:half])]
    cv = {}
    for a in args.alphas:
        hits = []
        for est, test in folds:
            M = shrunk_inverse_root(residual_cov(S, a0, est), a)
            idx = MetricView(index, M)
            hits.append(recall(idx, [idx.map(ex["sig"]) for ex in test], test, sizes[:1],
                               args.per_round)[str(sizes[0])])
        cv[str(a)] = round(sum(hits) / 2, 4)
    alpha = float(max(args.alphas, key=lambda a: (cv[str(a)], a)))
    M = shrunk_inverse_root(residual_cov(S, a0, fit), alpha)
    gls = MetricView(index, M)
    out = {"signatures": str(args.signatures), "fit": [str(p) for p in args.fit], "fit_n": len(fit),
           "per_round": args.per_round, "alpha_cv": cv, "alpha": alpha, "sets": {}}
    for run_dir, cal in args.eval:
        ex = load_set(run_dir, cal, pos_of)
        sigs = [e["sig"] for e in ex]
        exact = [exact_signature(S, a0, e["pos"], e["weights"]) for e in ex]
        rel = torch.stack([(s - x).norm() / x.norm() for s, x in zip(sigs, exact)])
        out["sets"][str(run_dir)] = {
            "n_targets": len(ex), "rel_residual_median": round(float(rel.median()), 4),
            "pursuit": recall(base, sigs, ex, sizes, args.per_round),
            "pursuit_exact": recall(base, exact, ex, sizes, args.per_round),
            "gls": recall(gls, [gls.map(s) for s in sigs], ex, sizes, args.per_round),
            "gls_exact": recall(gls, [gls.map(x) for x in exact], ex, sizes, args.per_round),
            "top": recall(base, sigs, ex, sizes, 0)}
    out["M"] = M
    return out


def table(res: dict) -> str:
    sizes = [k for k in next(iter(res["sets"].values()))["pursuit"] if k != "n"]
    head = "| set | n | residual | " + " | ".join(f"{m}@{s}" for m in ("pursuit", "exact", "gls", "gls_exact", "top")
                                      for s in sizes)
    lines = [head + " |", "|" + "---|" * (3 + 5 * len(sizes))]
    for name, r in res["sets"].items():
        vals = [r[m][s] for m in ("pursuit", "pursuit_exact", "gls", "gls_exact", "top") for s in sizes]
        lines.append(f"| {name} | {r['n_targets']} | {r['rel_residual_median']:.3f} | "
                     + " | ".join(f"{v:.3f}" for v in vals) + " |")
    lines.append(f"\ngls shrinkage a = {res['alpha']} "
                 f"(two-fold CV recall@{sizes[0]} on the fit run: {res['alpha_cv']})")
    return "\n".join(lines)


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--signatures", type=Path, required=True, help="signature index folder")
    ap.add_argument("--fit", type=Path, nargs=2, required=True, metavar=("RUN", "CAL"),
                    help="train-split distilled run and its calibration folder (the residual covariance)")
    ap.add_argument("--eval", type=Path, nargs=2, action="append", required=True, metavar=("RUN", "CAL"),
                    help="held-out distilled run and its calibration folder; repeatable")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sizes", type=int, nargs="+", default=[32, 128])
    ap.add_argument("--per-round", type=int, default=4, help="pursuit candidates a round (the pipeline's default)")
    ap.add_argument("--write-floor", type=Path, default=None, metavar="INDEX_DIR",
                    help="write the fitted floor map into this signature index folder (same space as --signatures)")
    ap.add_argument("--alphas", type=float, nargs="+", default=[0.05, 0.1, 0.2, 0.4, 0.7, 1.0],
                    help="shrinkage values tried (1.0 = the plain metric)")
    args = ap.parse_args(argv)
    if any(s < 1 for s in args.sizes) or args.per_round < 1 or any(not 0 < a <= 1 for a in args.alphas):
        ap.error("--sizes and --per-round must be >= 1 and --alphas in (0, 1]")
    return args


def main() -> int:
    from softprism.poe.runs import write_json

    args = parse_args()
    res = run(args)
    M = res.pop("M")
    args.out.mkdir(parents=True, exist_ok=True)
    write_json(args.out / "pursuit_floor.json", res)
    print(table(res))
    if args.write_floor:
        from softprism.retrieval.signatures import write_floor

        write_floor(args.write_floor, M, {"alpha": res["alpha"], "alpha_cv": res["alpha_cv"], "fit": res["fit"],
                                          "fit_n": res["fit_n"], "per_round": res["per_round"],
                                          "eval": res["sets"], "command": " ".join(sys.argv)})
        print(f"floor map written into {args.write_floor}")
    return 0


if __name__ == "__main__":
    main_guard(main)
