"""Calibrate the v2 oracle's training residual on distilled soft prompts: how far a distilled soft prompt's
signature lies from the exact mixture of its components, and in which directions.

    python oracle/calibrate.py --signatures retrieval/shipped_signatures --distilled runs/dist_held/out120 \\
        --out runs/oracle/calibrate [--pcs 64] [--threads 1] [--autocast off|bfloat16|index]

A distilled soft prompt (synth/generate.py) imitates a mixture but is not exactly in its span: distillation stops
at a floor. `oracle.mixtures.SignatureStream` stands for that floor with a residual added to each exact training
signature (`data.residual`, `data.residual_rows`). This command measures it. For each example of the synth run
whose components are rows of the signature index (every component must be), in the index's signature space:

- `rel_exact`: ||sig(soft) - m(w)|| / ||m(w)||, m(w) = sum_i w_i s_i + (sum_i w_i - 1) a0, the example's own weights;
- `rel_refit`: the same after refitting the weights by least squares (components and the intercept direction
  free): the part of the residual no weighting of the components removes;
- `pc_share`: the share of the exact residual's energy in the top `--pcs` principal directions of the index's
  train-split signatures, beside `pcs / r`, the share an isotropic residual would have, and `rows_share`, the
  share a residual drawn with the rows' own covariance would have. The suggested `data.residual_rows` is the mix
  of the two that matches the median measured share: (share - pcs / r) / (rows_share - pcs / r), in [0, 1].

Prints a table and writes OUT/calibration.json with the per-example figures, their quantiles and the suggested
`data.residual` range (the 10th to 90th percentile of `rel_exact`) and `data.residual_rows`, and
OUT/distilled_signatures.safetensors (`signatures` [n, r], the distilled prompts' signatures in the index's space,
and `index` [n], their synth example indices), so later analyses (eval/pursuit_floor.py) need no LM.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from softprism.poe.errors import InputError
from softprism.poe.runs import main_guard


def residual_figures(sig, mix_rows, weights, a0, basis) -> dict:
    """The residual of one target signature `sig` [r] against its components' signatures `mix_rows` [k, r] with
    `weights` [k] and intercept `a0` [r]; `basis` [r, p] orthonormal (the top principal directions)."""
    import torch

    from softprism.poe.signatures import mixture_signature

    exact = mixture_signature(mix_rows, torch.as_tensor(weights, dtype=torch.float32), a0)
    res = sig - exact
    # refit: sig ~ sum_i v_i (s_i + a0) - a0, i.e. (sig + a0) ~ A v with A = rows + a0
    A = (mix_rows + a0).T  # [r, k]
    v = torch.linalg.lstsq(A, (sig + a0)[:, None]).solution[:, 0]
    refit = sig - mixture_signature(mix_rows, v, a0)
    proj = basis.T @ res
    return {"rel_exact": float(res.norm() / exact.norm().clamp(min=1e-12)),
            "rel_refit": float(refit.norm() / exact.norm().clamp(min=1e-12)),
            "pc_share": float(proj.pow(2).sum() / res.pow(2).sum().clamp(min=1e-24)),
            "cos_exact": float(torch.nn.functional.cosine_similarity(sig, exact, dim=0)),
            "refit_weights": [round(float(x), 4) for x in v]}


def principal_basis(S, pcs: int):
    """The top `pcs` principal directions [r, pcs] of the rows of S (centred), and the share of the rows' variance
    they hold."""
    import torch

    X = S - S.mean(0, keepdim=True)
    _, sv, Vh = torch.linalg.svd(X, full_matrices=False)
    return Vh[:pcs].T.contiguous(), float(sv[:pcs].pow(2).sum() / sv.pow(2).sum())


def run(args) -> tuple[dict, dict]:
    """(tensors for distilled_signatures.safetensors, the calibration.json figures)."""
    import numpy as np
    import torch

    from softprism.poe.lm import ModelConfig, load_lm
    from softprism.poe.signatures import space_for
    from softprism.poe.slot import PromptSlot
    from softprism.retrieval.signatures import SignatureIndex
    from softprism.synth.shards import load_examples

    torch.set_num_threads(args.threads)
    man_path = args.distilled / "manifest.json"
    if not man_path.is_file():
        raise InputError(f"{args.distilled}: not a synth run (no manifest.json); pass the --out of synth/generate.py")
    man = json.loads(man_path.read_text())
    index = SignatureIndex.load(args.signatures)
    space_meta = index.meta["space"]
    model = man.get("model", {})
    if model.get("fingerprint") != space_meta.get("model_fingerprint") or man.get("slot") != space_meta["slot"]:
        raise InputError(f"{args.distilled}: distilled for model {model.get('fingerprint')} ({man.get('slot')}), but "
                         f"{args.signatures} is for {space_meta.get('model_fingerprint')} ({space_meta['slot']}); "
                         "pass a signature index of the same model and slot")
    autocast = space_meta.get("autocast", "off") if args.autocast == "index" else args.autocast
    lm = load_lm(ModelConfig(name=space_meta.get("model") or "embedded", dtype="float32", device="auto",
                             autocast=autocast))
    slot = PromptSlot(lm, space_meta["slot"])
    space = space_for(lm, slot, space_meta)
    pos_of = {cid: p for p, cid in enumerate(index.corpus.ids)}
    ds = load_examples(args.distilled)
    missing = sorted({c for ex in ds for c in ex["component_ids"] if c not in pos_of})
    if missing:
        raise InputError(f"{args.distilled}: {len(missing)} component ids (e.g. {missing[0]}) are not rows of "
                         f"{args.signatures}; distil from that index's rows (synth corpus.ids)")
    S, a0 = index.signatures, index.intercept
    train = index.corpus.positions("train")
    basis, rows_share = principal_basis(S[train], args.pcs)
    softs = [torch.tensor(ex["soft_prompt"], dtype=torch.float32) for ex in ds]
    sigs = space.of_prompts(softs, progress=args.progress)
    rows = []
    for ex, sig in zip(ds, sigs):
        pos = [pos_of[c] for c in ex["component_ids"]]
        f = residual_figures(sig, S[pos], ex["weights"], a0, basis)
        rows.append({"index": int(ex["index"]), "k": len(pos), "weights": [round(float(w), 4) for w in ex["weights"]],
                     "kl_ratio": float(ex["kl_heldout"]) / max(float(ex["kl_base"]), 1e-12), **f})
    rel = np.array([r["rel_exact"] for r in rows])
    share = float(np.median([r["pc_share"] for r in rows]))
    iso = args.pcs / S.shape[1]
    q = {name: {p: round(float(np.quantile([r[name] for r in rows], p / 100)), 4) for p in (10, 50, 90)}
         for name in ("rel_exact", "rel_refit", "pc_share", "kl_ratio", "cos_exact")}
    alpha = min(1.0, max(0.0, (share - iso) / max(rows_share - iso, 1e-12)))
    tensors = {"signatures": torch.stack(list(sigs)).float().contiguous(),
               "index": torch.tensor([int(ex["index"]) for ex in ds], dtype=torch.int64)}
    return tensors, {
        "examples": rows, "quantiles": q, "n": len(rows), "pcs": args.pcs, "isotropic_share": round(iso, 4),
        "rows_share": round(rows_share, 4), "median_share": round(share, 4),
        "suggested": {"residual": [round(float(np.quantile(rel, 0.1)), 3), round(float(np.quantile(rel, 0.9)), 3)],
                      "residual_rows": round(alpha, 3)},
        "signatures": str(args.signatures), "distilled": str(args.distilled), "autocast": autocast}


def table(res: dict) -> str:
    lines = ["| example | k | kl_ratio | rel_exact | rel_refit | pc_share | cos |", "|---|---|---|---|---|---|---|"]
    for r in res["examples"]:
        lines.append(f"| {r['index']} | {r['k']} | {r['kl_ratio']:.3f} | {r['rel_exact']:.3f} | {r['rel_refit']:.3f} "
                     f"| {r['pc_share']:.3f} | {r['cos_exact']:.3f} |")
    s = res["suggested"]
    lines.append(f"\nshare of the residual in the top {res['pcs']} PCs of the train rows: median {res['median_share']:.3f} "
                 f"(isotropic {res['isotropic_share']:.3f}, row-shaped {res['rows_share']:.3f}); suggested "
                 f"data.residual: {s['residual']}, data.residual_rows: {s['residual_rows']}")
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--signatures", type=Path, required=True, help="signature index folder (retrieval/build.py "
                    "--signatures); the synth run's components must be its rows")
    ap.add_argument("--distilled", type=Path, required=True, help="synth run folder (synth/generate.py --out)")
    ap.add_argument("--out", type=Path, required=True, help="writes OUT/calibration.json")
    ap.add_argument("--pcs", type=int, default=64, help="principal directions for the shape test (default 64)")
    ap.add_argument("--autocast", choices=("off", "bfloat16", "index"), default="off",
                    help="how the distilled prompts are read: off (fp32, as the pipeline reads a target at its "
                         "default model.autocast; default), bfloat16, or index (as the index was built)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--no-progress", dest="progress", action="store_false")
    return ap.parse_args(argv)


def main() -> int:
    from softprism.poe.runs import write_json

    args = parse_args()
    tensors, res = run(args)
    args.out.mkdir(parents=True, exist_ok=True)
    write_json(args.out / "calibration.json", res)
    from safetensors.torch import save_file

    tmp = args.out / "distilled_signatures.safetensors.tmp"
    save_file(tensors, str(tmp))
    tmp.replace(args.out / "distilled_signatures.safetensors")
    print(table(res))
    return 0


if __name__ == "__main__":
    main_guard(main)
