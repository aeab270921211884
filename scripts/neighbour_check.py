"""The neighbour round on distilled soft prompts with known components (docs/RESULTS.md, session 22).

    python scripts/neighbour_check.py SYNTH_DIR --n 8 --out runs/neighbour_check.json [--set key=value ...]

For the first N soft prompts of a synth run (synth/generate.py: distilled from weighted mixtures of corpus prompts,
whose components are recorded), the pipeline runs once with its default neighbour round; the same answer without
the round is the exact solve over the dictionary as it stood before the round (the tables are shared, and the solve
is the one `candidates.neighbours=0` would run). Per target and on average: held-out `explained` at the pipeline's
k, `explained_full`, and how many true components the dictionary holds (exact text; semantic at MiniLM cosine >=
0.8) before and after the round. Decomposition settings: configs/eval/benchmark.yaml's `decompose` section (the
benchmark's generic probes, T = 4) with the pipeline's default candidate sources.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

import numpy as np  # noqa: E402
import torch  # noqa: E402

from softprism.poe.errors import InputError  # noqa: E402
from softprism.poe.runs import main_guard  # noqa: E402

SEMANTIC = 0.8


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("synth", help="a synth/generate.py output folder")
    ap.add_argument("--n", type=int, default=8, help="soft prompts to decompose (the first N by index)")
    ap.add_argument("--out", required=True, help="JSON file to write")
    ap.add_argument("--config", default="configs/eval/benchmark.yaml", help="its `decompose` section is used")
    ap.add_argument("--set", action="append", default=[], help="decompose config override key=value")
    args = ap.parse_args(argv)

    import yaml

    from softprism.decompose.config import DecomposeConfig
    from softprism.decompose.defaults import default_index, load_oracle, load_signature_index
    from softprism.decompose.pipeline import Decomposer
    from softprism.poe.config import apply_overrides, from_dict
    from softprism.retrieval.index import PromptIndex
    from softprism.poe.lm import load_lm
    from softprism.poe.probes import fit_heldout
    from softprism.poe.slot import PromptSlot
    from softprism.synth.shards import load_examples

    raw = yaml.safe_load(Path(args.config).read_text())["decompose"]
    for name in ("candidates", "oracle", "baselines"):  # the pipeline's default sources, not the benchmark's 32
        raw.pop(name, None)
    raw["oracle"], raw["progress"] = "auto", False
    mpath = Path(args.synth) / "manifest.json"
    if not mpath.is_file():
        raise InputError(f"{args.synth}: not a synth run (no manifest.json); pass a synth/generate.py --out folder")
    manifest = json.loads(mpath.read_text())
    if raw.get("model", {}).get("name") == "auto":
        raw["model"]["name"] = manifest["model"]["name"]
    cfg = from_dict(DecomposeConfig, apply_overrides(raw, args.set), f"{args.config}: decompose")
    lm = load_lm(cfg.model)
    slot = PromptSlot(lm, cfg.slot.kind)
    fit, held = fit_heldout(cfg.probes)
    index = PromptIndex.load(cfg.retrieval.index) if cfg.retrieval.index else default_index()
    dec = Decomposer(lm, slot, fit, held, index, oracle=load_oracle(cfg.oracle, lm),
                     cfg=cfg, signatures=load_signature_index(cfg.retrieval.signatures, lm, slot))
    enc = index.encoder
    examples = load_examples(Path(args.synth))
    rows = []
    for i in range(min(args.n, len(examples))):
        ex = examples[i]
        soft = torch.tensor(np.asarray(ex["soft_prompt"], np.float32)).reshape(int(ex["length"]), -1)
        truth = list(ex["component_texts"])
        t0 = time.perf_counter()
        target = dec.prepare(soft)
        on = dec.decompose(target)
        n0 = on.info["neighbour_rounds"][0]["n_candidates"] if on.info.get("neighbour_rounds") else len(on.dictionary)
        off = dec.solve(target, on.dictionary[:n0], "pipeline")
        t_vec = enc.encode(truth)

        def recall(dictionary):
            texts = [c.text for c in dictionary]
            d_vec = enc.encode(texts)
            sem = (np.asarray(t_vec) @ np.asarray(d_vec).T).max(1) >= SEMANTIC
            return sum(t in texts for t in truth), int(sem.sum())

        row = {"index": int(ex["index"]), "k_true": len(truth), "seconds": time.perf_counter() - t0}
        for name, r in (("without", off), ("with", on)):
            exact, sem = recall(r.dictionary)
            row[name] = {"explained": r.explained, "explained_full": r.full.explained, "kl_fit": r.kl_fit,
                         "n_candidates": len(r.dictionary), "exact_in_dictionary": exact, "semantic_in_dictionary": sem}
        rows.append(row)
        print(f"{i}: k={len(truth)} explained {off.explained:.3f} -> {on.explained:.3f}  full "
              f"{off.full.explained:.3f} -> {on.full.explained:.3f}  semantic in dictionary "
              f"{row['without']['semantic_in_dictionary']} -> {row['with']['semantic_in_dictionary']}", flush=True)
    mean = {name: {key: float(np.mean([r[name][key] for r in rows])) for key in rows[0][name]}
            for name in ("without", "with")}
    wins = sum(r["with"]["explained"] > r["without"]["explained"] + 1e-9 for r in rows)
    out = {"synth": args.synth, "n": len(rows), "mean": mean, "with_better": wins, "rows": rows,
           "config": args.config, "set": args.set}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=1))
    print(json.dumps({"n": len(rows), "with_better": wins, "mean": mean}, indent=1))
    return 0


if __name__ == "__main__":
    main_guard(main)
