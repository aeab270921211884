"""Candidate recall of a trained oracle on held-out synthetic soft prompts, against two baselines in the same run.

    python oracle/evaluate.py --oracle runs/oracle/cpu --data runs/synth/heldout --index runs/retrieval/default \\
        --out runs/oracle/cpu-eval [--sizes 32 128 512] [--max-examples 512]

`--data` is a synth run whose components come from the corpus' held-out split (the oracle never saw them).
For every soft prompt, three candidate dictionaries of each size are built and scored (see `oracle.recall`):
- `oracle`:      the trained oracle's slots, FAISS hits merged round-robin by presence;
- `random_init`: the same network with random weights (same rule): what the architecture gives for free;
- `projection`:  retrieval from the soft prompt's nearest-token projection text (each virtual token replaced by
                 the vocabulary token of highest cosine, decoded; Prompt Waywardness' projection): the top-N hits.
Output: OUT/evaluate.json (numbers, sizes, data and index provenance) and a table on stdout. Recall is pooled over
components: exact (the component's text is in the dictionary) and semantic (a prompt at cosine >= 0.8 is).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from softprism.poe.errors import InputError
from softprism.poe.lm import canonical_fingerprint
from softprism.poe.runs import atomic_dir, claim_out, main_guard, write_json, write_run_info


def projection_texts(lm, prompts) -> list[str]:
    """Nearest-token projection: each soft-prompt vector -> the vocabulary token of highest cosine, decoded."""
    import torch.nn.functional as F

    E = F.normalize(lm.embedding.weight.float(), dim=-1)  # [V, d]
    out = []
    for p in prompts:
        ids = (F.normalize(p.float().to(E.device), dim=-1) @ E.T).argmax(-1)  # [L]
        out.append(lm.tokenizer.decode(ids.tolist(), skip_special_tokens=False))
    return out


def evaluate(oracle_path: str, data: str, index_dir: str, sizes: list[int], max_examples: int, seed: int,
             threshold: float, semantic_k: int) -> dict:
    import numpy as np
    import torch

    from softprism.retrieval.encoder import Encoder
    from softprism.oracle.data import build_data, load_rows, read_manifest
    from softprism.oracle.inference import Oracle
    from softprism.oracle.model import ActivationOracle
    from softprism.oracle.recall import RecallScorer, memory_index

    oracle = Oracle.load(oracle_path, device="cpu")
    meta = oracle.meta
    man = read_manifest(Path(data))
    split = man.get("config", {}).get("corpus", {}).get("split", "train")
    if split != "heldout":
        raise InputError(f"{data}: its components come from the corpus' {split!r} split, which the oracle trains on; "
                         "evaluate on a synth run made with --set corpus.split=heldout")
    if canonical_fingerprint(man["model"]["fingerprint"]) != canonical_fingerprint(meta["lm"]["fingerprint"]) \
            or man["slot"] != meta["slot"]:
        raise InputError(f"{data}: made with model {man['model']['name']!r} / slot {man['slot']!r}, but the oracle "
                         f"reads {meta['lm']['name']!r} / {meta['slot']!r}; evaluate on a synth run of its model")
    encoder = Encoder(meta["encoder"]["name"])
    if encoder.model_id != meta["encoder"]["model_id"]:
        raise InputError(f"{oracle_path}: the oracle was trained with encoder {meta['encoder']['model_id']!r}, but "
                         f"{meta['encoder']['name']!r} now loads {encoder.model_id!r}; install that encoder or "
                         "evaluate another oracle")
    rows = load_rows(Path(data))
    if max_examples:
        rows = rows[:max_examples]
    t0 = time.perf_counter()
    ds = build_data(rows, Path(data), oracle.lm, oracle.slot, oracle.sources, encoder,
                    space=oracle.space if oracle.uses_signature else None)
    t_feat = time.perf_counter() - t0
    if index_dir:
        from softprism.retrieval.index import PromptIndex

        index = PromptIndex.load(index_dir, encoder=encoder)
    else:
        index = memory_index(sorted({t for ts in ds.texts for t in ts}), encoder)
    scorer = RecallScorer(index, sizes, threshold, semantic_k)
    tdir, tmask = ds.tdir.numpy(), ds.tmask.numpy()
    results, timing = {}, {"features_s": round(t_feat, 3)}

    t0 = time.perf_counter()
    x = ds.x if ds.x.shape[1] else None
    pred = oracle.predict_features(x, ds.mask, ds.sig)
    results["oracle"] = scorer.score(scorer.dictionaries(pred.directions, pred.presence), ds.texts, tdir, tmask)
    timing["oracle_s"] = round(time.perf_counter() - t0, 3)

    torch.manual_seed(seed)
    rand = ActivationOracle(oracle.net.cfg, meta["n_sources"], meta["d_in"], meta["d_out"], meta.get("sig_dim", 0),
                            meta.get("sig_tokens", 8), meta.get("readout", False)).eval()
    if rand.sig_dim:
        rand.sig_scale.copy_(oracle.net.sig_scale)
    if rand.readout:
        rand.readout_A.copy_(oracle.net.readout_A)
        rand.readout_mu.copy_(oracle.net.readout_mu)
    rnd = Oracle(rand, meta, lm=oracle.lm).predict_features(x, ds.mask, ds.sig)
    results["random_init"] = scorer.score(scorer.dictionaries(rnd.directions, rnd.presence), ds.texts, tdir, tmask)

    t0 = time.perf_counter()
    prompts = [torch.as_tensor(np.asarray(r["soft_prompt"], dtype=np.float32)) for r in rows]
    texts = projection_texts(oracle.lm, prompts)
    q = encoder.encode(texts)
    _, hits = index.search(q, min(max(sizes), len(index)))
    dicts = {s: [[int(p) for p in h[:s] if p >= 0] for h in hits] for s in sizes}
    results["projection"] = scorer.score(dicts, ds.texts, tdir, tmask)
    timing["projection_s"] = round(time.perf_counter() - t0, 3)
    return {"results": results, "sizes": sizes, "n_examples": len(rows), "timing": timing,
            "projection_examples": texts[:3], "oracle": str(oracle_path), "oracle_step": meta.get("step"),
            "data": {"path": data, "run_key": man.get("run_key"), "corpus": man.get("corpus")},
            "index": index_dir or "in-memory Flat over the data's component texts",
            "index_rows": len(index), "semantic_threshold": threshold}


def table(res: dict) -> str:
    sizes = res["sizes"]
    head = f"{'method':<12}" + "".join(f"  exact@{s:<5} sem@{s:<5}" for s in sizes)
    lines = [head]
    for name, r in res["results"].items():
        lines.append(f"{name:<12}" + "".join(f"  {r[f'recall_exact@{s}']:<11.3f} {r[f'recall_semantic@{s}']:<9.3f}"
                                             for s in sizes))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oracle", required=True, help="oracle run folder (or its final/ or a checkpoint folder)")
    ap.add_argument("--data", required=True, help="synth run with held-out-split components")
    ap.add_argument("--index", default="", help="retrieval index folder built with the oracle's encoder "
                                                "(default: exact in-memory index over the data's components)")
    ap.add_argument("--out", required=True, help="output folder (evaluate.json, config, run.json)")
    ap.add_argument("--overwrite", action="store_true",
                    help="replace --out even when it is a non-empty folder that is not an evaluation")
    ap.add_argument("--sizes", type=int, nargs="+", default=[32, 128, 512], help="dictionary sizes")
    ap.add_argument("--max-examples", type=int, default=0, help="evaluate at most this many examples (0 = all)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the random-init baseline")
    ap.add_argument("--threshold", type=float, default=0.8, help="semantic-match cosine")
    ap.add_argument("--semantic-k", type=int, default=1024, help="neighbours searched for semantic matches")
    args = ap.parse_args()
    if min(args.sizes) < 1 or args.max_examples < 0 or args.semantic_k < 1:
        raise InputError("--sizes and --semantic-k must be >= 1 and --max-examples >= 0 (0 = all)")
    if not 0 < args.threshold <= 1:  # also refuses nan
        raise InputError(f"--threshold must be a cosine in (0, 1], got {args.threshold}")
    claim_out(args.out, ("run.json", "evaluate.json"), [args.oracle, args.data, args.index], args.overwrite)
    res = evaluate(args.oracle, args.data, args.index, sorted(set(args.sizes)), args.max_examples, args.seed,
                   args.threshold, args.semantic_k)
    with atomic_dir(Path(args.out)) as tmp:
        write_json(tmp / "evaluate.json", res)
        write_run_info(tmp, None, {"args": vars(args)})
    print(table(res))
    return 0


if __name__ == "__main__":
    main_guard(main)
