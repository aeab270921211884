"""Candidate-source benchmark: does each source put the true prompts in the dictionary?

    softprism bench-sources --out DIR [--signatures DIR] [--index DIR] [--oracle DIR|none]
        [--exact 40] [--hard 12] [--distilled SYNTH_DIR] [--explained 0] [--sizes 32 128] [--seed 0] [--threads 1]

One run, every source side by side, on targets with known ground truth:

- `exact`: exact signature mixtures. k = 1..5 components from the signature index's rows (k cycles through 1..5),
  signed weights drawn as synth draws them (`synth.config.MixtureConfig`, normalised so the positive weights sum to
  1); the target's signature is `sum_i w_i s_i + (sum_i w_i - 1) a0`, exact (poe/signatures.py). Only the
  signature-space sources apply (a mixture has no embeddings to verbalise): signature pursuit and a random
  dictionary.
- `distilled` (with `--distilled DIR`): soft prompts distilled by synth/generate.py from mixtures of held-out rows
  (`corpus.split: heldout`), with their recorded components and weights. Every source applies.
- `hard`: held-out hard prompts. A held-out-split row of the signature index, entered as a soft prompt (its token
  embeddings plus Gaussian noise of `--noise` x the embedding std). Every source applies: signature pursuit, the
  oracle pipeline's slots -> text index, nearest-token projection -> text index, patchscope -> text index, random.

For each source and dictionary size: candidate recall (a true component is in the dictionary: exact corpus id, and
semantic at MiniLM cosine >= 0.8), and time per stage. With `--explained N`, the first N targets of each kind are
also solved exactly (poe/fit) over each source's size-32 dictionary on the decomposition config's probes: held-out
`explained` at k <= 10. Writes DIR/signature_bench.json, DIR/signature_bench.png and prints a markdown table.
The script form is `python eval/signature_bench.py ...` (the same main).
"""

from __future__ import annotations

import argparse
import logging
import math
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from softprism.poe.errors import InputError
from softprism.poe.runs import main_guard

log = logging.getLogger("signature_bench")
SEMANTIC = 0.8


def draw_mixture(n_rows: int, k: int, seed: int) -> tuple[list[int], list[float]]:
    """k distinct row positions and their signed weights, drawn as synth draws mixtures (first weight positive,
    later ones negative with probability `neg_prob`, normalised so the positive weights sum to 1)."""
    from softprism.synth.config import MixtureConfig
    from softprism.synth.mixtures import sample_mixture

    class _Pool:
        def text(self, i):
            return str(i)

    cfg = MixtureConfig(k_min=k, k_max=k)
    mix = sample_mixture(_Pool(), list(range(n_rows)), cfg, seed)
    return [int(i) for i in mix.ids], list(mix.weights)


class Scorer:
    """Candidate recall against ground-truth texts, exact (corpus id or normalised text) and semantic (MiniLM)."""

    def __init__(self, encoder) -> None:
        self.encoder = encoder
        self._vec: dict[str, np.ndarray] = {}

    def vectors(self, texts: list[str]) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if t not in self._vec]
        if todo:
            for t, v in zip(todo, np.asarray(self.encoder.encode(todo), np.float32)):
                self._vec[t] = v / max(float(np.linalg.norm(v)), 1e-12)
        return np.stack([self._vec[t] for t in texts]) if texts else np.zeros((0, 1), np.float32)

    def recall(self, truth_ids: list[str], truth_texts: list[str], ids: list, texts: list[str]) -> dict:
        from softprism.eval.recovery import text_key

        keys = {text_key(t) for t in texts}
        exact = [(i in ids) or (text_key(t) in keys) for i, t in zip(truth_ids, truth_texts)]
        if texts:
            cos = self.vectors(truth_texts) @ self.vectors(texts).T  # [G, C]
            sem = [e or bool((c >= SEMANTIC).any()) for e, c in zip(exact, cos)]
        else:
            sem = list(exact)
        return {"exact": int(sum(exact)), "semantic": int(sum(sem)), "n": len(truth_ids)}


PER_ROUND = 4  # candidates per pursuit round, as the pipeline's default (candidates.signature_rounds = 32 / 4)


def pursuit_candidates(sig, target, size: int, per_round: int = PER_ROUND, use_floor: bool = False):
    """(the first `size` pursuit candidates, seconds): the pipeline's pursuit (in the index's floor metric when it
    has one and `use_floor`), `size / per_round` rounds."""
    from softprism.retrieval.pursuit import pursuit_candidates as pursue_for

    t0 = time.perf_counter()
    res = pursue_for(sig, target, size, max(1, size // per_round), use_floor=use_floor)
    return res.candidates[:size], time.perf_counter() - t0


def run(args) -> dict:
    import torch

    from softprism.decompose.config import DecomposeConfig
    from softprism.decompose.defaults import load_oracle, load_signature_index
    from softprism.decompose.pipeline import Decomposer
    from softprism.decompose.target import Target
    from softprism.poe.config import load_config
    from softprism.poe.lm import load_lm
    from softprism.poe.probes import fit_heldout
    from softprism.poe.slot import PromptSlot
    from softprism.retrieval.index import PromptIndex
    from softprism.retrieval.pursuit import metric_view

    torch.set_num_threads(args.threads)
    cfg = load_config(DecomposeConfig, args.config, args.overrides)
    cfg.model.name = "embedded" if cfg.model.name == "auto" else cfg.model.name
    lm = load_lm(cfg.model)
    slot = PromptSlot(lm, cfg.slot.kind)
    sig = load_signature_index(args.signatures, lm, slot)
    if sig is None:
        raise InputError("no signature index for this model and slot; pass --signatures DIR "
                         "(retrieval/build.py --signatures)")
    index = PromptIndex.load(args.index)
    oracle = load_oracle(args.oracle, lm)
    fit_p, held_p = fit_heldout(cfg.probes)
    dec = Decomposer(lm, slot, fit_p, held_p, index, oracle=oracle, cfg=cfg, signatures=sig)
    scorer = Scorer(index.encoder)
    sizes = sorted(set(args.sizes))
    rng = np.random.default_rng(args.seed)
    corpus = sig.corpus
    rows: list[dict] = []

    def score(kind: str, method: str, truth_pos: list[int] | tuple[list[str], list[str]],
              cands: dict[int, list] | list, seconds: float | None, extra: dict | None = None) -> dict:
        """cands: {size: that size's dictionary as (corpus id, text)}, or one ranked list cut at each size. The truth:
        row positions of the signature index, or (corpus ids, texts)."""
        if isinstance(truth_pos, tuple):
            tids, ttexts = truth_pos
        else:
            tids, ttexts = [corpus.ids[p] for p in truth_pos], [corpus.texts[p] for p in truth_pos]
        rec = {}
        for s in sizes:
            part = cands[s] if isinstance(cands, dict) else cands[:s]
            rec[str(s)] = scorer.recall(tids, ttexts, [c[0] for c in part], [c[1] for c in part])
        row = {"kind": kind, "method": method, "truth": ttexts, "k": len(tids), "recall": rec,
               "seconds": None if seconds is None else round(seconds, 4), **(extra or {})}
        rows.append(row)
        return row

    def pursuit_dicts(target) -> tuple[dict[int, list], float]:
        out, total = {}, 0.0
        for s in sizes:
            cand, t = pursuit_candidates(sig, target, s, args.per_round, args.floor)
            out[s] = [(corpus.ids[q], corpus.texts[q]) for q in cand]
            total += t
        return out, total

    def random_cands(n: int) -> list[tuple[str, str]]:
        pos = rng.choice(len(index), size=min(n, len(index)), replace=False)
        return [(index.corpus.ids[p], index.corpus.texts[p]) for p in pos]

    # ---- exact signature mixtures ---------------------------------------------------------------------------
    explained_targets: list[tuple] = []
    for e in range(args.exact):
        k = 1 + e % 5
        pos, w = draw_mixture(len(sig), k, args.seed * 100_003 + e)
        target = torch.tensor(w) @ sig.signatures[pos] + (sum(w) - 1.0) * sig.intercept
        by_size, secs_sig = pursuit_dicts(target)
        score("exact", "signature", pos, by_size, secs_sig, {"weights": w})
        score("exact", "random", pos, random_cands(max(sizes)), None, {"weights": w})
        if e < args.explained:
            explained_targets.append(("exact", (pos, w), [corpus.texts[p] for p in pos],
                                      {"signature": by_size[min(sizes)], "random": random_cands(min(sizes))}))
        log.info("exact %d/%d (k=%d)", e + 1, args.exact, k)

    def every_source(target) -> tuple[dict[str, Any], dict[str, float]]:
        """Each source's dictionaries for a soft-prompt target, and its seconds."""
        dicts: dict[str, Any] = {}  # {source: {size: candidates}} (random: one list, cut to each size)
        secs: dict[str, float] = {}
        t0 = time.perf_counter()
        s_sig = target.signature(dec.space)
        t_sig = time.perf_counter() - t0
        dicts["signature"], t = pursuit_dicts(s_sig)
        secs["signature"] = t_sig + t
        if oracle is not None:
            t0 = time.perf_counter()
            dirs, slots = dec.oracle_slots(target)
            dicts["oracle"] = {s: [(c.corpus_id, c.text) for c in dec.retrieve_vectors(
                dirs, np.array([x["presence"] for x in slots]), s, 0, "oracle")] for s in sizes}
            secs["oracle"] = time.perf_counter() - t0
        for src in ("projection", "patchscope"):
            t0 = time.perf_counter()
            text = target.text(src, dec)
            dicts[src] = {s: [(c.corpus_id, c.text) for c in dec.retrieve_texts([text], s, src)] for s in sizes}
            secs[src] = time.perf_counter() - t0
        dicts["random"] = random_cands(max(sizes))
        return dicts, secs

    def first(cands, s0: int) -> list:
        return cands[s0] if isinstance(cands, dict) else cands[:s0]

    # ---- distilled soft prompts of held-out mixtures -------------------------------------------------------
    if args.distilled is not None:
        import json

        from softprism.synth.shards import load_examples

        man = json.loads((args.distilled / "manifest.json").read_text()) if (
            args.distilled / "manifest.json").is_file() else {}
        made = (man.get("model", {}).get("fingerprint"), man.get("slot"))
        if made[0] is not None and (not lm.matches(made[0]) or made[1] != slot.kind):
            raise InputError(f"{args.distilled}: distilled for model {made[0]} in the {made[1]} slot, but the "
                             f"decomposition config loads {lm.fingerprint} ({slot.kind}); pass a matching --config")
        ds = load_examples(args.distilled)
        for e, ex in enumerate(ds):
            soft = torch.tensor(ex["soft_prompt"], dtype=torch.float32)
            target = dec.prepare(soft)
            dicts, secs = every_source(target)
            truth = (list(ex["component_ids"]), list(ex["component_texts"]))
            extra = {"weights": [round(float(w), 4) for w in ex["weights"]],
                     "kl_ratio": round(float(ex["kl_heldout"]) / max(float(ex["kl_base"]), 1e-12), 4)}
            for m, cands in dicts.items():
                score("distilled", m, truth, cands, secs.get(m), extra)
            if e < args.explained:
                explained_targets.append(("distilled", target, truth[1], {m: first(c, min(sizes))
                                                                         for m, c in dicts.items()}))
            log.info("distilled %d/%d (k=%d)", e + 1, len(ds), len(truth[0]))

    # ---- held-out hard prompts -----------------------------------------------------------------------------
    held = corpus.positions("heldout")
    picks = [held[int(i)] for i in rng.choice(len(held), size=min(args.hard, len(held)), replace=False)]
    std = lm.embedding_std
    for e, p in enumerate(picks):
        g = torch.Generator().manual_seed(args.seed * 7919 + e)
        emb = lm.embed_text(corpus.texts[p]).detach().float().cpu()
        soft = emb + args.noise * std * torch.randn(emb.shape, generator=g)
        target = dec.prepare(soft)
        dicts, secs = every_source(target)
        for m, cands in dicts.items():
            score("hard", m, [p], cands, secs.get(m))
        if e < args.explained:
            explained_targets.append(("hard", target, [corpus.texts[p]],
                                      {m: first(c, min(sizes)) for m, c in dicts.items()}))
        log.info("hard %d/%d", e + 1, len(picks))

    # ---- explained at k <= 10 on a few targets --------------------------------------------------------------
    expl: list[dict] = []
    for kind, target, truth, dicts in explained_targets:
        if kind == "exact":  # the mixture's states on the probes: sum_i w_i h_i, exact
            pos, w = target
            fit_s, held_s, _ = dec.store.get([corpus.texts[p] for p in pos])
            wt = torch.tensor(w)
            states = (torch.einsum("k,kpd->pd", wt, fit_s[:-1]), torch.einsum("k,kpd->pd", wt, held_s[:-1]))
            target = Target(torch.zeros(1, lm.d_model), states, 0.0)
        for m, cands in dicts.items():
            from softprism.decompose.candidates import Candidate

            dictionary = [Candidate(t, i, -1, m) for i, t in cands]
            t0 = time.perf_counter()
            r = dec.solve(target, dictionary, m)
            expl.append({"kind": kind, "method": m, "truth": truth,
                         "explained": r.explained, "explained_full": r.full.explained, "k": r.k,
                         "n_candidates": len(dictionary), "seconds": round(time.perf_counter() - t0, 2)})
            log.info("explained %s %s: %.3f", kind, m, r.explained)
    return {"rows": rows, "explained": expl, "aggregate": aggregate(rows, sizes), "explained_summary":
            _explained_summary(expl), "sizes": sizes, "config": {
                "exact": args.exact, "hard": len(picks),
                "distilled": None if args.distilled is None else str(args.distilled), "noise": args.noise, "seed": args.seed,
                "signatures": str(sig.folder), "signature_rows": len(sig), "index": str(index.folder),
                "index_rows": len(index), "oracle": args.oracle, "threads": args.threads,
                "semantic_threshold": SEMANTIC, "per_round": args.per_round,
                "pursuit_metric": "floor" if metric_view(sig, args.floor) is not sig else "plain"}}


def aggregate(rows: list[dict], sizes: list[int]) -> dict:
    """Pooled candidate recall per (kind, method, size): {exact, semantic} shares over ground-truth components."""
    out: dict = {}
    for r in rows:
        a = out.setdefault(r["kind"], {}).setdefault(r["method"], {"n_targets": 0, "seconds": []})
        a["n_targets"] += 1
        if r["seconds"] is not None:
            a["seconds"].append(r["seconds"])
        for s in sizes:
            d = a.setdefault(str(s), {"exact": 0, "semantic": 0, "n": 0})
            for key in ("exact", "semantic", "n"):
                d[key] += r["recall"][str(s)][key]
    for kind in out.values():
        for a in kind.values():
            a["seconds_mean"] = round(float(np.mean(a.pop("seconds"))), 4) if a.get("seconds") else None
            for s in sizes:
                d = a[str(s)]
                d["exact_recall"] = round(d["exact"] / d["n"], 4) if d["n"] else None
                d["semantic_recall"] = round(d["semantic"] / d["n"], 4) if d["n"] else None
    return out


def _explained_summary(expl: list[dict]) -> dict:
    out: dict = {}
    for e in expl:
        out.setdefault(e["kind"], {}).setdefault(e["method"], []).append(e["explained"])
    return {k: {m: {"mean": round(float(np.mean(v)), 4), "n": len(v)} for m, v in d.items()} for k, d in out.items()}


def table(result: dict) -> str:
    sizes = result["sizes"]
    head = "| targets | source | " + " | ".join(f"exact@{s} | semantic@{s}" for s in sizes) + " | s/target |"
    lines = [head, "|" + "---|" * (3 + 2 * len(sizes))]
    for kind, methods in result["aggregate"].items():
        for m, a in methods.items():
            cells = " | ".join(f"{a[str(s)]['exact_recall']:.3f} | {a[str(s)]['semantic_recall']:.3f}" for s in sizes)
            sec = "" if a["seconds_mean"] is None else f"{a['seconds_mean']:.2f}"
            lines.append(f"| {kind} ({a['n_targets']}) | {m} | {cells} | {sec} |")
    if result["explained_summary"]:
        lines += ["", "| targets | source (32 candidates) | explained at k <= 10 | n |", "|---|---|---|---|"]
        for kind, d in result["explained_summary"].items():
            for m, v in d.items():
                lines.append(f"| {kind} | {m} | {v['mean']:.3f} | {v['n']} |")
    return "\n".join(lines)


def plot(result: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    kinds = list(result["aggregate"])
    fig, axes = plt.subplots(1, len(kinds), figsize=(5.5 * len(kinds), 3.8), squeeze=False)
    for ax, kind in zip(axes[0], kinds):
        methods = list(result["aggregate"][kind])
        x = np.arange(len(methods))
        wbar = 0.8 / (2 * len(result["sizes"]))
        j = 0
        for s in result["sizes"]:
            for key, hatch in (("exact_recall", ""), ("semantic_recall", "//")):
                vals = [result["aggregate"][kind][m][str(s)][key] or 0 for m in methods]
                ax.bar(x + (j - len(result["sizes"])) * wbar + wbar / 2, vals, wbar, hatch=hatch,
                       label=f"{key.split('_')[0]} @{s}")
                j += 1
        ax.set_xticks(x, methods, rotation=20)
        ax.set_ylim(0, 1.05)
        ax.set_title(f"{kind} targets: candidate recall")
        ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line (sys.argv[1:] by default), checked."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--signatures", default="auto", help="signature index folder (default: the shipped one)")
    ap.add_argument("--index", default="retrieval/shipped", help="text index folder")
    ap.add_argument("--oracle", default="auto", help="oracle folder, `auto` (shipped) or `none`")
    ap.add_argument("--config", default="configs/eval/decompose.yaml", help="decomposition config (probes, model)")
    ap.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE")
    ap.add_argument("--exact", type=int, default=40, help="exact signature mixtures (k cycles 1..5)")
    ap.add_argument("--hard", type=int, default=12, help="held-out hard prompts")
    ap.add_argument("--distilled", type=Path, default=None,
                    help="synth/generate.py output of held-out mixtures (corpus.split=heldout) to score too")
    ap.add_argument("--noise", type=float, default=0.1, help="noise on the hard prompts' embeddings (x emb. std)")
    ap.add_argument("--explained", type=int, default=0, help="also solve the first N targets of each kind")
    ap.add_argument("--sizes", type=int, nargs="+", default=[32, 128])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--per-round", type=int, default=PER_ROUND, help="pursuit candidates per round (rounds = size / "
                                                                       "this)")
    ap.add_argument("--floor", action="store_true", help="pursuit in the index's floor metric when it has a floor "
                    "map (floor.safetensors; the pipeline's candidates.signature_floor, off by default)")
    args = ap.parse_args(argv)
    if args.per_round < 1:
        raise InputError("--per-round must be >= 1")
    if min(args.exact, args.hard, args.explained) < 0 or min(args.sizes) < 1 or not math.isfinite(args.noise):
        raise InputError("--exact, --hard and --explained must be >= 0, --sizes >= 1, --noise finite")
    return args


def main() -> int:
    args = parse_args()
    from softprism.poe.runs import atomic_dir, write_json, write_run_info

    t0 = time.perf_counter()
    result = run(args)
    result["seconds"] = round(time.perf_counter() - t0, 1)
    with atomic_dir(args.out) as tmp:
        write_json(tmp / "signature_bench.json", result)
        plot(result, tmp / "signature_bench.png")
        write_run_info(tmp, None, {"command": "signature_bench", "argv": sys.argv})
    print(table(result))
    print(f"\n{args.out}/signature_bench.json, signature_bench.png ({result['seconds']:.0f} s)")
    return 0


if __name__ == "__main__":
    main_guard(main)
