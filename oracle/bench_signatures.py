"""Candidate recall of a v2 oracle on held-out exact signature mixtures, against signature pursuit, in one run.

    softprism bench-oracle --oracle runs/oracle/sig --signatures retrieval/shipped_signatures \\
        --index retrieval/shipped --out runs/oracle/sig-bench [--n 200] [--sizes 32 128] [--residual 0 0]

Targets: `--n` mixtures drawn like the oracle's held-out stream (`oracle.mixtures.SignatureStream`, the signature
index's **held-out** split, the oracle's own `data.mixture` distribution, seed `--seed`), signature
`sum_i w_i s_i + (sum_i w_i - 1) a0` plus an optional relative residual (`--residual lo hi`; 0 = exact), shaped
like the rows by `--residual-rows` as in training (`data.residual_rows`).

Dictionaries of each size, all scored in the text index `--index` (the shipped 20,000-prompt MiniLM index: every
signature-index row is in it), by `oracle.recall.RecallScorer`: exact (the component's text is in the dictionary)
and semantic (a prompt at MiniLM cosine >= 0.8 is):
- `oracle`: the oracle's slots on the bare signature, FAISS hits in the text index, merged round-robin by presence;
- `random_init`: the same network with random weights (a fixed readout, when the oracle has one, kept);
- `linear_readout`: no network: the closed-form ridge map signatures -> sentence space fitted on the train rows
  (`oracle.mixtures.fit_readout`), one query, its top hits;
- `pursuit_full`: signed matching pursuit (retrieval/pursuit.py, 4 rounds of size/4) over the whole signature index,
  held-out rows included: the components have signatures there, so pursuit can find them exactly;
- `pursuit_train_only`: pursuit over the train rows only: **the scenario the oracle exists for** (the components
  are in the text index but have no signature), where pursuit cannot propose them;
- `oracle+pursuit_train_only`: half of each, merged round-robin (what the pipeline does with both sources);
- with `--peel R`: `oracle_peel` (oracle/peel.py: the oracle proposes, R rounds, on what the picks leave),
  `oracle_peel_unscaled` (the left-over shown unscaled), `readout_peel` (the linear readout proposes),
  `oracle+readout_peel` (both, round-robin), `_signed` (the left-over shown with both signs), and with
  `--peel-stop F` `oracle_peel_stop` (a target stops peeling once its left-over is F of its signature); with
  `--peel-refine N` also `oracle_peel_refined` and `oracle+readout_peel_signed_refined` (N leave-one-out sweeps
  over the first 5 picks after the rounds, on a quarter of the dictionary the rounds leave free).

With `--distilled DIR` (a synth run distilled from mixtures of the index's rows): the oracle, the readout and
pursuit on each soft prompt's signature and, beside it, on the exact signature of the mixture it imitates.

With `--hard N`: also N held-out hard prompts entered as soft prompts (token embeddings + Gaussian noise of
U[0, `--noise`] x the embedding std, seeded), where every oracle reads a real soft prompt: the v2 oracle computes
the soft prompt's signature (`Oracle.predict`), and `--v1 FOLDER` (e.g. oracle/shipped) reads its embeddings and
activations; both in the same text index.

With `--compare NAME=FOLDER` (repeatable): more oracles in the same run, e.g. the feature-set comparison
(signature only, embeddings only, both: docs/oracle.md). Each is scored as `cmp:NAME` on every target it can read:
the exact mixtures and the distilled prompts' exact mixtures when it reads signatures (a mixture has no
embeddings), the `--hard` and `--distilled` soft prompts always (its own features of the soft prompt, and the
signature computed when it reads one). Writes OUT/bench.json and prints markdown tables.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from softprism.poe.errors import InputError
from softprism.poe.runs import main_guard


def subset_index(index, rows: list[int]):
    """A `SignatureIndex` over `rows` of `index` only (exact inner-product FAISS index)."""
    import faiss
    import numpy as np

    from softprism.retrieval.signatures import SignatureIndex

    S = index.signatures[rows]
    unit = (S / S.norm(dim=1, keepdim=True).clamp(min=1e-12)).numpy().astype(np.float32)
    fi = faiss.IndexFlatIP(S.shape[1])
    fi.add(unit)
    return SignatureIndex(index.corpus.subset(rows), S, index.intercept, dict(index.meta), fi, index.folder)


def pursuit_dicts(idx, S, sizes: list[int], rounds: int, scorer) -> dict[int, list[list[int]]]:
    """For each size, each target signature's pursuit candidates over signature index `idx` (`rounds` rounds of
    size / rounds), as positions in the scorer's text index (rows not in it dropped)."""
    from softprism.retrieval.corpus import normalise
    from softprism.retrieval.pursuit import pursue

    out: dict[int, list[list[int]]] = {s: [] for s in sizes}
    for b in range(len(S)):
        for s in sizes:
            r = pursue(idx, S[b], rounds=rounds, per_round=max(1, -(-s // rounds)))
            pos = [scorer.pos_of.get(normalise(idx.corpus.texts[p]).casefold(), -1) for p in r.candidates[:s]]
            out[s].append([p for p in pos if p >= 0])
    return out


def peel_dicts(proposers, sig, S, scorer, sizes: list[int], rounds: int, rescale: bool = True,
               first: float = 0.0, both_signs: bool = False, stop_at: float = 0.0,
               refine: int = 0) -> dict[int, list[list[int]]]:
    """`oracle.peel.peel` at each size, the rows' signatures read from `sig` (every benchmark row has one)."""
    from softprism.oracle.peel import peel
    from softprism.retrieval.corpus import normalise

    sig_of: dict[int, int] = {}
    for j, t in enumerate(sig.corpus.texts):
        p = scorer.pos_of.get(normalise(t).casefold(), -1)
        if p >= 0:
            sig_of.setdefault(p, j)
    return {s: peel(proposers, S, lambda p: sig.signatures[sig_of[p]] if p in sig_of else None,
                    sig.intercept, s, rounds, first, rescale, both_signs, stop_at, refine) for s in sizes}


def prefixes(ranked: list[list[int]], sizes: list[int]) -> dict[int, list[list[int]]]:
    """Each size's dictionaries from one ranked list per target (the sources' dictionaries are prefixes of their
    rankings: round-robin over slots, or one query's hits)."""
    return {s: [r[:s] for r in ranked] for s in sizes}


def interleave(a: list[int], b: list[int], size: int) -> list[int]:
    out, seen = [], set()
    for pair in zip(a + [None] * max(0, len(b) - len(a)), b + [None] * max(0, len(a) - len(b))):
        for p in pair:
            if p is not None and p not in seen:
                seen.add(p)
                out.append(p)
    return out[:size]


def compare_specs(specs: list[str]) -> dict[str, str]:
    """`--compare NAME=FOLDER` values -> {name: folder}; a malformed or repeated name is refused before any work."""
    out: dict[str, str] = {}
    for spec in specs:
        name, _, folder = spec.partition("=")
        if not name or not folder:
            raise InputError(f"--compare {spec!r}: give NAME=FOLDER, e.g. --compare emb=runs/oracle/emb")
        if name in out:
            raise InputError(f"--compare: the name {name!r} is given twice; give each oracle its own name")
        out[name] = folder
    return out


def soft_dicts(o, softs, sigs, tindex, sizes, m) -> dict[int, list[list[int]]]:
    """Each size's dictionaries of oracle `o` on soft prompts `softs`: its own features of them, and, when it reads
    signatures, `sigs` (theirs, computed once in the benchmark's signature space)."""
    from softprism.oracle.peel import ranked_hits

    return prefixes(ranked_hits(o.predict(softs, signatures=sigs if o.uses_signature else None), tindex, m), sizes)


def bench(args) -> dict:
    import numpy as np
    import torch

    from softprism.oracle.inference import Oracle
    from softprism.oracle.mixtures import SignatureStream, target_vectors
    from softprism.oracle.model import ActivationOracle
    from softprism.oracle.recall import RecallScorer, memory_index
    from softprism.poe.config import from_dict
    from softprism.retrieval.encoder import Encoder
    from softprism.retrieval.signatures import SignatureIndex
    from softprism.synth.config import MixtureConfig

    torch.set_num_threads(args.threads)
    oracle = Oracle.load(args.oracle, device="cpu")
    if not oracle.uses_signature:
        raise InputError(f"{args.oracle}: a v1 oracle (no signature tokens); benchmark it with oracle/evaluate.py")
    sig = SignatureIndex.load(args.signatures)
    if sig.meta.get("space_key") != oracle.space_key:
        raise InputError(f"{args.signatures}: signatures in space {sig.meta.get('space_key')}, the oracle reads "
                         f"{oracle.space_key}; pass the signature index it was trained with")
    encoder = Encoder(oracle.meta["encoder"]["name"])
    vectors = target_vectors(sig, encoder)
    if args.index:
        from softprism.retrieval.index import PromptIndex

        tindex = PromptIndex.load(args.index, encoder=encoder)
    else:
        tindex = memory_index(list(sig.corpus.texts), encoder, vectors)
    sizes = sorted(set(args.sizes))
    scorer = RecallScorer(tindex, sizes, 0.8, args.semantic_k)
    mcfg = from_dict(MixtureConfig, oracle.meta["data"]["mixture"], "oracle.json data.mixture") \
        if "mixture" in oracle.meta.get("data", {}) else MixtureConfig(k_max=5)
    if args.k:
        mcfg = MixtureConfig(k_min=args.k, k_max=args.k)
    stream = SignatureStream(sig, "heldout", mcfg, tuple(args.residual), args.seed, residual_rows=args.residual_rows)
    samples = stream.samples(range(args.n))
    S = torch.stack([s.signature for s in samples])  # [n, r]
    texts = [[sig.corpus.texts[p] for p in s.positions] for s in samples]
    T = max(len(t) for t in texts)
    tvec = np.zeros((args.n, T, vectors.shape[1]), np.float32)
    tmask = np.zeros((args.n, T), bool)
    for b, s in enumerate(samples):
        tvec[b, :len(s.positions)] = vectors[s.positions]
        tmask[b, :len(s.positions)] = True
    m = min(max(sizes), len(tindex))
    res, timing, dicts_all = {}, {}, {}

    from softprism.oracle.peel import oracle_proposer, readout_proposer

    t0 = time.perf_counter()
    dicts_all["oracle"] = prefixes(oracle_proposer(oracle, tindex, m)(S), sizes)
    timing["oracle_s_per_target"] = (time.perf_counter() - t0) / args.n
    torch.manual_seed(args.seed)
    meta = oracle.meta
    rnd = ActivationOracle(oracle.net.cfg, meta["n_sources"], meta["d_in"], meta["d_out"], meta["sig_dim"],
                           meta["sig_tokens"], meta.get("readout", False)).eval()
    rnd.sig_scale.copy_(oracle.net.sig_scale)
    if rnd.readout:  # the fixed readout is data, not learned: the random-init network keeps it
        rnd.readout_A.copy_(oracle.net.readout_A)
        rnd.readout_mu.copy_(oracle.net.readout_mu)
    dicts_all["random_init"] = prefixes(oracle_proposer(Oracle(rnd, meta, lm=oracle.lm), tindex, m)(S), sizes)
    train_rows = sig.corpus.positions("train")
    from softprism.oracle.mixtures import fit_readout

    A, mu = fit_readout(sig, train_rows, vectors)
    dicts_all["linear_readout"] = prefixes(readout_proposer(A, mu, tindex, m)(S), sizes)
    compared = {name: Oracle.load(folder, lm=oracle.lm, device="cpu") for name, folder in args.compare.items()}
    for name, o in compared.items():
        if o.uses_signature:
            if o.space_key != oracle.space_key:
                raise InputError(f"--compare {name}: reads signatures in space {o.space_key}, the primary oracle "
                                 f"{oracle.space_key}; compare oracles trained on the same signature index")
            t0 = time.perf_counter()
            dicts_all[f"cmp:{name}"] = prefixes(oracle_proposer(o, tindex, m)(S), sizes)
            timing[f"cmp:{name}_s_per_target"] = (time.perf_counter() - t0) / args.n
    if args.peel:
        po, pr = oracle_proposer(oracle, tindex), readout_proposer(A, mu, tindex)
        for name, props, rescale, signs in (
                ("oracle_peel", [po], True, False), ("oracle_peel_unscaled", [po], False, False),
                ("oracle_peel_signed", [po], True, True), ("readout_peel", [pr], True, False),
                ("oracle+readout_peel", [po, pr], True, False), ("oracle+readout_peel_signed", [po, pr], True, True)):
            t0 = time.perf_counter()
            dicts_all[name] = peel_dicts(props, sig, S, scorer, sizes, args.peel, rescale, first=args.peel_first,
                                         both_signs=signs)
            timing[f"{name}_s_per_target"] = (time.perf_counter() - t0) / args.n
        if args.peel_stop > 0:
            t0 = time.perf_counter()
            dicts_all["oracle_peel_stop"] = peel_dicts([po], sig, S, scorer, sizes, args.peel, first=args.peel_first,
                                                       stop_at=args.peel_stop)
            timing["oracle_peel_stop_s_per_target"] = (time.perf_counter() - t0) / args.n
        for name, props, signs in ((("oracle_peel_refined", [po], False),
                                    ("oracle+readout_peel_signed_refined", [po, pr], True)) if args.peel_refine else ()):
            t0 = time.perf_counter()
            dicts_all[name] = peel_dicts(props, sig, S, scorer, sizes, args.peel, first=args.peel_first,
                                         both_signs=signs, refine=args.peel_refine)
            timing[f"{name}_s_per_target"] = (time.perf_counter() - t0) / args.n
    variants = {"pursuit_full": sig, "pursuit_train_only": subset_index(sig, train_rows)}
    for name, idx in variants.items():
        t0 = time.perf_counter()
        dicts_all[name] = pursuit_dicts(idx, S, sizes, args.rounds, scorer)
        timing[f"{name}_s_per_target"] = (time.perf_counter() - t0) / args.n
    dicts_all["oracle+pursuit_train_only"] = {  # the round-robin rule makes the half-size dictionary a prefix
        s: [interleave(o[:s // 2], p[:s - s // 2], s) for o, p in
            zip(dicts_all["oracle"][s], dicts_all["pursuit_train_only"][s])] for s in sizes}
    by_k: dict[str, dict] = {}
    wts = [list(s.weights) for s in samples]
    for name, d in dicts_all.items():
        res[name] = scorer.score(d, texts, tvec, tmask, wts)
        for k in sorted({len(t) for t in texts}):
            sel = [b for b, t in enumerate(texts) if len(t) == k]
            r = scorer.score({s: [d[s][b] for b in sel] for s in sizes}, [texts[b] for b in sel], tvec[sel], tmask[sel],
                             [wts[b] for b in sel])
            by_k.setdefault(name, {})[str(k)] = {key: v for key, v in r.items() if key.startswith("recall")}
    hard = hard_prompts(args, oracle, sig, vectors, tindex, scorer, sizes, m, compared) if args.hard else None
    distilled = distilled_targets(args, oracle, sig, vectors, tindex, scorer, sizes, m, (A, mu), compared) \
        if args.distilled else None
    return {"results": res, "by_k": by_k, "hard": hard, "distilled": distilled, "sizes": sizes, "n": args.n,
            "residual": list(args.residual),
            "residual_rows": args.residual_rows,
            "k": {str(k): sum(len(s.positions) == k for s in samples) for k in range(1, mcfg.k_max + 1)},
            "timing": timing, "oracle": str(args.oracle), "oracle_step": oracle.meta.get("step"),
            "compare": {k: {"folder": args.compare[k], "signature": o.uses_signature, "sources": o.sources,
                            "data": {q: o.meta.get("data", {}).get(q) for q in ("hard_fraction", "train_rows", "val")}}
                        for k, o in compared.items()},
            "signatures": str(args.signatures), "signature_rows": len(sig), "train_rows": len(train_rows),
            "heldout_rows": len(stream.rows), "index": args.index or "in-memory over the signature index's rows",
            "index_rows": len(tindex)}


def distilled_targets(args, oracle, sig, vectors, tindex, scorer, sizes, m, readout, compared=None) -> dict:
    """Distilled soft prompts of mixtures of the index's rows (a synth run): each source on the soft prompt's
    signature and, beside it, on the exact signature of the mixture it was distilled from, so the cost of the
    distillation residual shows per source."""
    import numpy as np
    import torch

    from softprism.synth.shards import load_examples

    ds = load_examples(args.distilled)
    pos_of = {cid: p for p, cid in enumerate(sig.corpus.ids)}
    missing = sorted({c for ex in ds for c in ex["component_ids"] if c not in pos_of})
    if missing:
        raise InputError(f"{args.distilled}: {len(missing)} component ids (e.g. {missing[0]}) are not rows of "
                         f"{args.signatures}; distil from that index's rows")
    pos = [[pos_of[c] for c in ex["component_ids"]] for ex in ds]
    softs = [torch.tensor(ex["soft_prompt"], dtype=torch.float32) for ex in ds]
    soft = oracle.space.of_prompts(softs)
    exact = torch.stack([torch.tensor(ex["weights"], dtype=torch.float32) @ sig.signatures[p]
                         + (float(sum(ex["weights"])) - 1.0) * sig.intercept for ex, p in zip(ds, pos)])
    texts = [[sig.corpus.texts[q] for q in p] for p in pos]
    T = max(len(t) for t in texts)
    tvec = np.zeros((len(ds), T, vectors.shape[1]), np.float32)
    tmask = np.zeros((len(ds), T), bool)
    for b, p in enumerate(pos):
        tvec[b, :len(p)], tmask[b, :len(p)] = vectors[p], True
    A, mu = readout
    out = {"n": len(ds), "components": int(tmask.sum()), "distilled": str(args.distilled),
           "rel_residual": [round(float((a - b).norm() / b.norm()), 4) for a, b in zip(soft, exact)]}
    from softprism.oracle.peel import oracle_proposer, readout_proposer

    for what, S in (("soft", soft), ("exact_mixture", exact)):
        d = {"oracle": prefixes(oracle_proposer(oracle, tindex, m)(S), sizes),
             "linear_readout": prefixes(readout_proposer(A, mu, tindex, m)(S), sizes)}
        d["pursuit_full"] = pursuit_dicts(sig, S, sizes, args.rounds, scorer)
        if args.peel:
            po, pr = oracle_proposer(oracle, tindex), readout_proposer(A, mu, tindex)
            d["oracle_peel"] = peel_dicts([po], sig, S, scorer, sizes, args.peel, first=args.peel_first)
            d["oracle+readout_peel"] = peel_dicts([po, pr], sig, S, scorer, sizes, args.peel, first=args.peel_first)
            if args.peel_stop > 0:
                d["oracle_peel_stop"] = peel_dicts([po], sig, S, scorer, sizes, args.peel, first=args.peel_first,
                                                   stop_at=args.peel_stop)
        for name, o in (compared or {}).items():
            if what == "soft":
                d[f"cmp:{name}"] = soft_dicts(o, softs, soft, tindex, sizes, m)
            elif o.uses_signature:
                d[f"cmp:{name}"] = prefixes(oracle_proposer(o, tindex, m)(S), sizes)
        out[what] = {name: scorer.score(dd, texts, tvec, tmask) for name, dd in d.items()}
    return out


def hard_prompts(args, oracle, sig, vectors, tindex, scorer, sizes, m, compared=None) -> dict:
    """Held-out hard prompts + noise as soft prompts: the v2 oracle (signature computed) vs a v1 oracle."""
    import numpy as np
    import torch

    from softprism.oracle.inference import Oracle

    rng = np.random.default_rng(args.seed)
    held = sig.corpus.positions("heldout")
    pick = [held[i] for i in rng.permutation(len(held))[:args.hard]]
    lm = oracle.lm
    std = float(lm.embedding.weight.float().std())
    softs = []
    for p in pick:
        e = lm.embed_text(sig.corpus.texts[p]).float()
        g = torch.Generator().manual_seed(int(rng.integers(2 ** 31)))
        softs.append(e + float(rng.uniform(0, args.noise)) * std * torch.randn(e.shape, generator=g))
    texts = [[sig.corpus.texts[p]] for p in pick]
    tvec = vectors[pick][:, None, :]
    tmask = np.ones((len(pick), 1), bool)
    out, timing = {}, {}
    models = {"oracle_v2": oracle}
    if args.v1:
        models["oracle_v1"] = Oracle.load(args.v1, lm=lm, device="cpu")
    models.update({f"cmp:{k}": o for k, o in (compared or {}).items()})
    t0 = time.perf_counter()
    sigs = oracle.space.of_prompts(softs)  # once, for every oracle that reads signatures (one space: see bench)
    timing["signatures_s_per_prompt"] = (time.perf_counter() - t0) / len(softs)
    for name, o in models.items():
        t0 = time.perf_counter()
        d = soft_dicts(o, softs, sigs, tindex, sizes, m)
        timing[f"{name}_s_per_prompt"] = (time.perf_counter() - t0) / len(softs)
        out[name] = scorer.score(d, texts, tvec, tmask)
    return {"results": out, "n": len(pick), "noise": args.noise, "timing": timing, "v1": args.v1 or None}


def table(res: dict) -> str:
    sizes = res["sizes"]
    w = sizes[-1]  # the weight-aware figures at the largest size (held-out exact mixtures only)
    head = "| source | " + " | ".join(f"exact@{s} | sem@{s}" for s in sizes) + f" | weight found@{w} | sem+@{w} | sem-@{w} |"
    sep = "|---|" + "---|---|" * len(sizes) + "---|---|---|"
    rows = [head, sep]

    def f(r, key):
        return f"{r[key]:.3f}" if key in r else "-"

    for name, r in res["results"].items():
        rows.append(f"| {name} | " + " | ".join(f"{r[f'recall_exact@{s}']:.3f} | {r[f'recall_semantic@{s}']:.3f}"
                                                  for s in sizes)
                    + f" | {f(r, f'recall_semantic_wtd@{w}')} | {f(r, f'recall_semantic_pos@{w}')} | "
                      f"{f(r, f'recall_semantic_neg@{w}')} |")
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oracle", required=True)
    ap.add_argument("--signatures", required=True, help="the signature index the oracle was trained on")
    ap.add_argument("--index", default="", help="text index (default: in-memory over the signature index's rows)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--sizes", type=int, nargs="+", default=[32, 128])
    ap.add_argument("--residual", type=float, nargs=2, default=[0.0, 0.0])
    ap.add_argument("--residual-rows", type=float, default=0.0, help="share of the residual shaped like the rows "
                    "(data.residual_rows; oracle/calibrate.py)")
    ap.add_argument("--k", type=int, default=0, help="only mixtures of exactly k components (1 = held-out hard "
                                                   "prompts' exact signatures); 0 = the oracle's k_min..k_max")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--peel", type=int, default=0, help="also the oracle as a pursuit's proposer, this many rounds "
                    "(`peel_dicts`; 0 = not run)")
    ap.add_argument("--peel-first", type=float, default=0.0, help="share of each size the peel's first round takes")
    ap.add_argument("--peel-stop", type=float, default=0.0, help="also `oracle_peel_stop`: peeling stops for a target "
                    "once its left-over is this fraction of its signature (0 = not run)")
    ap.add_argument("--peel-refine", type=int, default=0, help="also the `_refined` peels: this many leave-one-out "
                    "sweeps after the rounds (0 = not run)")
    ap.add_argument("--seed", type=int, default=12345)
    ap.add_argument("--semantic-k", type=int, default=256)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--distilled", type=Path, default=None, help="also a synth run distilled from mixtures of the "
                    "index's rows (e.g. configs/synth/cpu_heldout_signatures.yaml's): each source on the soft "
                    "prompts' signatures and on their exact mixtures'")
    ap.add_argument("--hard", type=int, default=0, help="also N held-out hard prompts + noise as soft prompts")
    ap.add_argument("--noise", type=float, default=0.5, help="noise of --hard prompts (x embedding std, upper bound)")
    ap.add_argument("--v1", default="", help="a v1 oracle folder to run on the --hard prompts (e.g. oracle/shipped)")
    ap.add_argument("--compare", action="append", default=[], metavar="NAME=FOLDER",
                    help="another oracle in the same run (repeatable), scored as cmp:NAME on every target it reads")
    args = ap.parse_args()
    args.compare = compare_specs(args.compare)
    if args.n < 1 or min(args.sizes) < 1:
        raise InputError("--n and --sizes must be >= 1")
    if args.peel < 0 or not 0.0 <= args.peel_first < 1.0 or args.peel_stop < 0 or args.peel_refine < 0:
        raise InputError(f"--peel {args.peel} / --peel-first {args.peel_first} / --peel-stop {args.peel_stop} / "
                         f"--peel-refine {args.peel_refine}: give rounds >= 0, a first-round share in [0, 1), a stop "
                         "fraction >= 0 and sweeps >= 0")
    res = bench(args)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench.json").write_text(json.dumps(res, indent=1))
    print(table(res))
    key = f"recall_exact@{res['sizes'][-1]}"
    print(f"\n{key} by k:")
    for name, ks in res["by_k"].items():
        print(f"  {name:<28}" + " ".join(f"k={k}: {v[key]:.2f}" for k, v in ks.items()))
    if res.get("hard"):
        print(f"\nheld-out hard prompts + noise (n={res['hard']['n']}):")
        print(table(res["hard"] | {"sizes": res["sizes"]}))
    if res.get("distilled"):
        d = res["distilled"]
        for what, on in (("soft", "the soft prompts' signatures"),
                         ("exact_mixture", "the exact mixtures they were distilled from")):
            print(f"\ndistilled ({d['n']} soft prompts, {d['components']} components), on {on}:")
            print(table({"results": d[what], "sizes": res["sizes"]}))
    print(json.dumps({k: res[k] for k in ("n", "k", "timing", "signature_rows", "heldout_rows", "index_rows")}))
    return 0


if __name__ == "__main__":
    main_guard(main)
