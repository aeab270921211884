"""Build a FAISS index of hard prompts: of their texts (sentence embeddings), or of what they do (signatures).

    python retrieval/build.py --corpus default|PATH --out DIR [--size N] [--config configs/retrieval/default.yaml]
                              [--set encoder.name=hash] [--set index.factory=IVF{nlist},PQ48]
    python retrieval/build.py --signatures --corpus default|PATH --out DIR [--size N] [--rows N]
                              [--config configs/retrieval/signatures.yaml] [--set model.autocast=bfloat16]
                              [--set signatures.battery=my_probes.jsonl] [--keep-work] [--join]

A killed build resumes when rerun with the same arguments (embedding or signature chunks are kept beside DIR).
A signature build can be split over processes (CPU cores, GPUs): start one, then others with `--join` on the same
--out; each claims chunks before computing them.
"""

from __future__ import annotations

import argparse

from softprism.poe.config import add_config_arguments, config_from_args
from softprism.poe.runs import claim_out, main_guard
from softprism.retrieval.config import RetrievalConfig


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="`default` (embedded generator) or a corpus file/folder (overrides corpus.source)")
    ap.add_argument("--out", help="index folder to write")
    ap.add_argument("--size", type=int, help="prompts from the default generator (overrides corpus.size)")
    ap.add_argument("--signatures", action="store_true",
                    help="build a signature index (what prompts do on the probe battery; retrieval/signatures.py)")
    ap.add_argument("--rows", type=int, help="--signatures: index only the first N corpus rows (overrides rows)")
    ap.add_argument("--keep-work", action="store_true",
                    help="--signatures: keep the chunk folder beside --out (a larger --rows later reuses it)")
    ap.add_argument("--join", action="store_true",
                    help="--signatures: join a build already running on --out (the processes split its chunks)")
    add_config_arguments(ap, "retrieval")
    args = ap.parse_args()
    if args.signatures:
        return build_signatures(ap, args)
    if args.rows is not None:
        ap.error("--rows needs --signatures")
    cfg = config_from_args(RetrievalConfig, args, corpus_overrides(args))
    if cfg is None:
        return 0
    if not args.out:
        ap.error("--out DIR is required")
    claim_out(args.out, ("index.json",), [cfg.corpus.source])  # before any compute; locks it

    from softprism.retrieval.builder import build_index

    index = build_index(cfg, args.out)
    b = index.meta["build"]
    print(f"{args.out}: {len(index)} prompts ({index.meta['corpus']['train']} train, "
          f"{index.meta['corpus']['heldout']} held-out), {index.meta['factory']}, encoder "
          f"{index.meta['encoder']['model_id']} (dim {index.dim}); embedded in {b['embed_seconds']:.1f} s, "
          f"indexed in {b['index_seconds']:.1f} s")
    return 0


def corpus_overrides(args) -> list[str]:
    """`--size` and `--corpus` as config overrides (both index kinds have a `corpus` section)."""
    extra = []
    if args.size is not None:
        extra.append(f"corpus.size={args.size}")
    if args.corpus is not None:
        extra.append(f"corpus.source={args.corpus}")
    return extra


def build_signatures(ap: argparse.ArgumentParser, args) -> int:
    from softprism.retrieval.signatures import SignatureIndexConfig, build_signature_index

    extra = corpus_overrides(args) + ([f"rows={args.rows}"] if args.rows is not None else [])
    cfg = config_from_args(SignatureIndexConfig, args, extra)
    if cfg is None:
        return 0
    if not args.out:
        ap.error("--out DIR is required")
    if not args.join:  # a joining process shares the first one's folder and lock
        claim_out(args.out, ("signatures.json",), [cfg.corpus.source, cfg.signatures.battery])
    index = build_signature_index(cfg, args.out, keep_work=args.keep_work)
    b, sp = index.meta["build"], index.meta["space"]
    rate = f", {b['pairs_per_second']} pairs/s" if b.get("pairs_per_second") else ""
    print(f"{args.out}: {len(index)} signatures ({index.meta['corpus']['train']} train, "
          f"{index.meta['corpus']['heldout']} held-out), r={index.meta['dim']}, {sp['probes']} probes x "
          f"{sp['positions']} positions, whitening {sp['whitening']}, {index.meta['factory']}; "
          f"{b['signature_seconds']:.1f} s{rate}")
    return 0


if __name__ == "__main__":
    main_guard(main)
