"""Benchmark the retrieval room on the default corpus; writes DIR/bench.json and prints a summary.

    python retrieval/bench.py --out DIR [--sizes 100000,1000000] [--embed-max 100000] [--queries 1000]

For each size: generator throughput; corpus statistics; embedding throughput of the real encoder (measured on
--throughput-sample prompts; the whole corpus is embedded, resumably under DIR/cache, only up to --embed-max rows);
exact Flat search against approximate IVF indexes (recall@10 over an nprobe sweep, build time, size, latency per
query batched and one at a time). Sizes above --embed-max are indexed with vectors from the `hash:DIM` encoder over
the same generated texts (a CPU stand-in for the real embeddings; bench.json says which vectors each figure used).
Near-duplicate pairs (cosine >= 0.98) and a 50-prompt sample come from the largest size embedded for real.
"""

from __future__ import annotations

import argparse
import logging
import os
import time
from pathlib import Path

from poe.runs import claim_out, main_guard, write_json, write_run_info

log = logging.getLogger("retrieval.bench")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="folder for bench.json (and the embedding cache)")
    ap.add_argument("--sizes", default="100000,1000000", help="comma-separated corpus sizes")
    ap.add_argument("--embed-max", type=int, default=100_000, help="embed with the real encoder up to this size")
    ap.add_argument("--encoder", default="default", help="real encoder (encoder.name)")
    ap.add_argument("--queries", type=int, default=1000, help="query prompts (a different generator seed)")
    ap.add_argument("--throughput-sample", type=int, default=2000, help="prompts timed for embedding throughput")
    ap.add_argument("--factories", default="IVF{nlist}_HNSW32,SQ8;IVF{nlist}_HNSW32,PQ96x4fs",
                    help="approximate factory strings, separated by ';'")
    ap.add_argument("--seed", type=int, default=0, help="generator seed")
    args = ap.parse_args()

    import numpy as np

    from retrieval import benchmark as B
    from retrieval.corpus import Corpus, default_corpus
    from retrieval.encoder import Encoder, embed_resumable, job_key
    from retrieval.generator import generate

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
