"""Benchmark the retrieval room on the default corpus; writes DIR/bench.json and prints a summary.

    python -m benchmarks.retrieval_bench --out DIR [--sizes 100000,1000000] [--embed-max 100000] [--queries 1000]

For each size: generator throughput; corpus statistics; embedding throughput of the real encoder (measured on
--throughput-sample prompts; the whole corpus is embedded, resumably under DIR/cache, only up to --embed-max rows);
exact Flat search against approximate IVF indexes (recall@10 over an nprobe sweep, build time, size, latency per
query batched and one at a time). Sizes above --embed-max are indexed with vectors from the `hash:DIM` encoder over
the same generated texts (a CPU stand-in for the real embeddings; bench.json says which vectors each figure used).
Near-duplicate pairs (cosine >= 0.98) and a 50-prompt sample come from the largest size embedded for real.

    python -m benchmarks.retrieval_bench --coverage [--out DIR] [--sizes 50000] [--per-corpus 400] [--index FOLDER]

Coverage of real instruction corpora (../shared/data/corpora; skipped cleanly when absent): for `--per-corpus`
random prompts of each corpus, the MiniLM cosine of the nearest generated prompt (median, share >= 0.7, share >= 0.5)
and the 20 worst-covered prompts, for each size in --sizes (prefixes of the largest, embedded once, resumably);
near-duplicate pairs (cosine >= 0.98) per 100,000 rows and a 50-prompt sample of the largest. `--index FOLDER`
measures an existing index folder's rows instead (for example the shipped one). `--tune-sample N` also counts, on N
*other* real prompts per corpus, which family holds each one's nearest generated prompt (`family_use`: the figures
the generator's mixing weights were set from, kept apart from the measured sample). `--reference on` (the default)
adds, per corpus, how well the *real* corpora cover the same sampled prompts (each one's nearest other real prompt in
its own corpus, in the others, in all: the level prompts of its kind reach without near-copies of it); `--reference
only` measures just that. Writes DIR/coverage.json.
"""

from __future__ import annotations

import argparse
import logging
import os
import time
from pathlib import Path

from softprism.poe.runs import claim_out, main_guard, write_json, write_run_info

log = logging.getLogger("benchmarks.retrieval_bench")
ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="folder for bench.json (and the embedding cache); --coverage: runs/bench/coverage")
    ap.add_argument("--sizes", help="comma-separated corpus sizes (default 100000,1000000; --coverage: 50000)")
    ap.add_argument("--coverage", action="store_true", help="measure coverage of the real corpora instead")
    ap.add_argument("--corpora", default=str(ROOT.parent / "shared" / "data" / "corpora"),
                    help="--coverage: folder of real corpora (*.jsonl)")
    ap.add_argument("--per-corpus", type=int, default=400, help="--coverage: real prompts per corpus")
    ap.add_argument("--placeholders", default="keep", choices=["keep", "strip"],
                    help="--coverage: keep or strip the real templates' {slots}")
    ap.add_argument("--index", help="--coverage: measure this index folder's rows instead of the generator")
    ap.add_argument("--tune-sample", type=int, default=0,
                    help="--coverage: also count, on this many other real prompts per corpus (outside the measured "
                         "sample), which family holds each one's nearest generated prompt (coverage.json family_use)")
    ap.add_argument("--reference", default="on", choices=["on", "off", "only"],
                    help="--coverage: also measure how well the real corpora cover their own sampled prompts (each "
                         "one's nearest other real prompt: same corpus, other corpora, all); `only` skips the "
                         "generator")
    ap.add_argument("--embed-max", type=int, default=100_000, help="embed with the real encoder up to this size")
    ap.add_argument("--encoder", default="default", help="real encoder (encoder.name)")
    ap.add_argument("--queries", type=int, default=1000, help="query prompts (a different generator seed)")
    ap.add_argument("--throughput-sample", type=int, default=2000, help="prompts timed for embedding throughput")
    ap.add_argument("--factories", default="IVF{nlist}_HNSW32,SQ8;IVF{nlist}_HNSW32,PQ96x4fs",
                    help="approximate factory strings, separated by ';'")
    ap.add_argument("--seed", type=int, default=0, help="generator seed")
    args = ap.parse_args()
    if args.coverage:
        return coverage_main(args)
    if not args.out:
        ap.error("--out is required")
    args.sizes = args.sizes or "100000,1000000"

    import numpy as np

    from benchmarks import retrieval_measures as B
    from softprism.retrieval.corpus import Corpus, default_corpus
    from softprism.retrieval.encoder import Encoder, embed_resumable, job_key
    from softprism.retrieval.generator import generate

    out = claim_out(args.out, ("run.json",))  # its embedding cache resumes
    out.mkdir(parents=True, exist_ok=True)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    factories = [f for f in args.factories.split(";") if f]
    result: dict = {"sizes": sizes, "load_average_start": os.getloadavg(), "cpu_count": os.cpu_count(), "runs": {}}
    write_run_info(out, None, {"bench": vars(args)})

    t0 = time.perf_counter()
    big = default_corpus(sizes[-1], args.seed)
    gen_s = time.perf_counter() - t0
    result["generator"] = {"prompts": sizes[-1], "seconds": round(gen_s, 2),
                           "prompts_per_second": round(sizes[-1] / gen_s, 1)}
    log.info("generated %d prompts in %.1f s", sizes[-1], gen_s)

    real = Encoder(args.encoder)
    rng = np.random.default_rng(0)
    sample_texts = [big.texts[i] for i in rng.choice(len(big), args.throughput_sample, replace=False)]
    result["encoder"] = {"model_id": real.model_id, "dim": real.dim,
                         "throughput": B.encode_throughput(real, sample_texts)}
    pps = result["encoder"]["throughput"]["prompts_per_second"]
    log.info("encoder %s: %.1f prompts/s", real.model_id, pps)
    query_texts = [p.text for p in generate(args.queries, seed=args.seed + 12345)]
    stand_in = Encoder(f"hash:{real.dim}")
    q_real = real.encode(query_texts)
    q_hash = stand_in.encode(query_texts)

    for n in sizes:
        corpus = big if n == len(big) else Corpus(big.ids[:n], big.texts[:n], big.sources[:n], big.templates[:n],
                                                  big.splits[:n], name=f"default:{n}:seed{args.seed}",
                                                  heldout_fraction=big.heldout_fraction)
        run: dict = {"corpus": B.corpus_stats(corpus),
                     "embed_estimate_seconds_real_encoder": round(n / pps, 1)}
        if n <= args.embed_max:
            enc, queries, vectors_from = real, q_real, real.model_id
            t0 = time.perf_counter()
            marks: list[int] = []
            vecs = embed_resumable(real, corpus.texts, out / "cache" / f"default-{n}", 8192,
                                   key=job_key(real.model_id, corpus.fingerprint), on_chunk=marks.append)
            s = time.perf_counter() - t0
            run["embed_full"] = {"chunks_embedded_this_run": len(marks), "seconds_this_run": round(s, 1)}
        else:
            enc, queries, vectors_from = stand_in, q_hash, stand_in.model_id
            t0 = time.perf_counter()
            vecs = stand_in.encode(corpus.texts)
            run["embed_stand_in"] = {"encoder": stand_in.model_id, "seconds": round(time.perf_counter() - t0, 1)}
        run["vectors_from"] = vectors_from
        run["index"] = B.index_report(corpus, vecs, queries, enc.identity(), factories)
        if n <= args.embed_max:
            run["near_duplicates"] = B.near_duplicates(corpus, vecs)
            run["sample50"] = B.sample_rows(corpus, 50)
        result["runs"][str(n)] = run
        write_json(out / "bench.json", result)
        del vecs
    result["load_average_end"] = os.getloadavg()
    write_json(out / "bench.json", result)
    _print(result)
    return 0


def coverage_main(args) -> int:
    """`--coverage`: nearest generated prompt for real prompts, per corpus and size; near-duplicates; a sample."""
    import numpy as np

    from benchmarks import retrieval_measures as B
    from softprism.retrieval.corpus import Corpus, default_corpus
    from softprism.retrieval.encoder import Encoder, embed_resumable, job_key

    real = B.yardstick_prompts(args.corpora, args.per_corpus, placeholders=args.placeholders)
    if not real:
        print(f"coverage: skipped, no real corpora at {args.corpora}")
        return 0
    out = Path(args.out or "runs/bench/coverage")
    out.mkdir(parents=True, exist_ok=True)
    write_run_info(out, None, {"bench": vars(args)})
    enc = Encoder(args.encoder)
    result: dict = {"corpora": args.corpora, "per_corpus": args.per_corpus, "placeholders": args.placeholders,
                    "encoder": enc.model_id, "load_average_start": os.getloadavg(), "sizes": {}}
    if args.reference != "off":
        t0 = time.perf_counter()
        result["real_reference"] = B.real_reference(args.corpora, real, enc, args.placeholders)
        result["real_reference_seconds"] = round(time.perf_counter() - t0, 1)
    if args.reference == "only":
        result["load_average_end"] = os.getloadavg()
        write_json(out / "coverage.json", result)
        _print_coverage(result)
        return 0
    q = {name: enc.encode(texts) for name, texts in real.items()}
    if args.index:
        from softprism.retrieval.index import PromptIndex

        idx = PromptIndex.load(args.index)
        big = idx.corpus
        vecs = idx.index.reconstruct_n(0, len(big))
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        sizes, source = [len(big)], f"index {args.index}"
    else:
        sizes = sorted(int(s) for s in (args.sizes or "50000").split(","))
        t0 = time.perf_counter()
        big = default_corpus(sizes[-1], args.seed)
        result["generator_seconds"] = round(time.perf_counter() - t0, 1)
        t0 = time.perf_counter()
        vecs = embed_resumable(enc, big.texts, out / "cache" / f"default-{sizes[-1]}", 8192,
                               key=job_key(enc.model_id, big.fingerprint))
        result["embed_seconds_this_run"] = round(time.perf_counter() - t0, 1)
        source = f"generator seed {args.seed}"
    result["source"] = source
    for n in sizes:
        per = {}
        for name, texts in real.items():
            scores, pos = B.nearest(q[name], vecs[:n])
            per[name] = B.coverage_report(scores, pos, texts, big.texts[:n], big.templates[:n])
        result["sizes"][str(n)] = per
    n = sizes[-1]
    if args.tune_sample:
        tune = B.tuning_prompts(args.corpora, args.tune_sample, real)
        tpos = {name: B.nearest(enc.encode(texts), vecs[:n])[1] for name, texts in tune.items()}
        result["family_use"] = {"per_corpus": args.tune_sample, "families": B.family_use(tpos, big.templates[:n])}
    corpus = big if n == len(big) else Corpus(big.ids[:n], big.texts[:n], big.sources[:n], big.templates[:n],
                                              big.splits[:n], name=big.name)
    nd = B.near_duplicates(corpus, vecs[:n])
    nd["pairs_per_100k_rows"] = round(nd["pairs_at_or_above"] * 100_000 / n, 1)
    result["near_duplicates"] = nd
    result["families"] = len({t.split(".")[0] for t in corpus.templates})
    result["copied_sentences"] = B.copied_sentences(args.corpora, corpus.texts, corpus.templates)
    result["sample50"] = B.sample_rows(corpus, 50)
    result["load_average_end"] = os.getloadavg()
    write_json(out / "coverage.json", result)
    _print_coverage(result)
    return 0


def _print_coverage(r: dict) -> None:
    print(f"coverage of {r['corpora']} ({r['per_corpus']} prompts each, placeholders {r['placeholders']}) "
          f"by {r.get('source', 'the real corpora only')}, encoder {r['encoder']}")
    ref = r.get("real_reference")
    if ref:
        print("\n== reference: each sampled prompt's nearest *other* real prompt (what prompts of its kind reach)")
        print(f"  {'corpus':<28} {'same corpus: median':>20} {'>=0.7':>7} {'all corpora: median':>20} {'>=0.7':>7}")
        for name, c in ref.items():
            print(f"  {name:<28} {c['same']['median']:>20.3f} {c['same']['share_ge_0.7']:>7.1%} "
                  f"{c['all']['median']:>20.3f} {c['all']['share_ge_0.7']:>7.1%}")
        print("  same corpus, nested random subsets of its rows (rows: median / share >= 0.7):")
        for name, c in ref.items():
            print(f"  {name:<28} " + "  ".join(f"{int(m):,}: {v['median']:.3f} / {v['share_ge_0.7']:.0%}"
                                                for m, v in c.get("same_by_rows", {}).items()))
    if not r["sizes"]:
        return
    for n, per in r["sizes"].items():
        print(f"\n== {int(n):,} generated prompts")
        print(f"  {'corpus':<28} {'median':>7} {'>=0.7':>7} {'>=0.5':>7}")
        for name, c in per.items():
            print(f"  {name:<28} {c['median']:>7.3f} {c['share_ge_0.7']:>7.1%} {c['share_ge_0.5']:>7.1%}")
    last = list(r["sizes"].values())[-1]
    for name, c in last.items():
        print(f"\n-- {name}: 20 worst covered")
        for w in c["worst"]:
            print(f"  {w['cosine']:.3f}  {w['prompt'][:110]!r}")
            print(f"         ~ {w['nearest'][:110]!r}")
    d = r["near_duplicates"]
    print(f"\nnear-duplicates at cosine >= {d['threshold']}: {d['pairs_at_or_above']} pairs in {d['rows']:,} rows "
          f"({d['pairs_per_100k_rows']} per 100,000 rows); exact duplicates {d['exact_duplicates']}; "
          f"families {r['families']}")
    cs = r.get("copied_sentences")
    if cs:
        print(f"sentences of >= {cs['min_words']} words identical to a real corpus sentence: {cs['matches']} "
              f"(of {cs['real_sentences']:,} real ones; stock openings count too)")
        for h in cs["examples"][:15]:
            print(f"  {h['template']:<36} {h['corpus']:<24} {h['sentence'][:90]!r}")


def _print(r: dict) -> None:
    print(f"generator: {r['generator']['prompts_per_second']:.0f} prompts/s ({r['generator']['prompts']} in "
          f"{r['generator']['seconds']} s)")
    e = r["encoder"]
    print(f"encoder {e['model_id']}: {e['throughput']['prompts_per_second']:.1f} prompts/s "
          f"(on {e['throughput']['prompts']} prompts)")
    for n, run in r["runs"].items():
        ix = run["index"]
        print(f"\n== {int(n):,} prompts (vectors: {run['vectors_from']}); real-encoder embedding estimate "
              f"{run['embed_estimate_seconds_real_encoder'] / 60:.1f} min")
        ex = ix["exact"]
        print(f"  Flat: size {ex['size_bytes'] / 2**20:.1f} MiB, {ex['ms_per_query_batched']:.3f} ms/query batched, "
              f"{ex['ms_per_query_single']:.3f} ms single")
        for a in ix["approximate"]:
            print(f"  {a['factory']}: build {a['build_seconds']:.1f} s, size {a['size_bytes'] / 2**20:.1f} MiB")
            for s in a["sweep"]:
                print(f"    nprobe {s['nprobe']:>4}: recall@10 {s['recall@10']:.4f}, "
                      f"{s['ms_per_query_batched']:.3f} ms/query batched, {s['ms_per_query_single']:.3f} ms single")
        if "near_duplicates" in run:
            d = run["near_duplicates"]
            print(f"  exact duplicates {d['exact_duplicates']}; pairs with cosine >= {d['threshold']}: "
                  f"{d['pairs_at_or_above']} ({d['rows_in_such_pairs']} rows)")


if __name__ == "__main__":
    main_guard(main)
