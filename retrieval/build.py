"""Build a FAISS index of hard prompts.

    python retrieval/build.py --corpus default|PATH --out DIR [--size N] [--config configs/retrieval/default.yaml]
                              [--set encoder.name=hash] [--set index.factory=IVF{nlist},PQ48]

A killed build resumes when rerun with the same arguments (embedding chunks are kept beside DIR).
"""

from __future__ import annotations

import argparse

from poe.config import add_config_arguments, config_from_args
from poe.runs import claim_out, main_guard
from retrieval.config import RetrievalConfig


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="`default` (embedded generator) or a corpus file/folder (overrides corpus.source)")
    ap.add_argument("--out", help="index folder to write")
    ap.add_argument("--size", type=int, help="prompts from the default generator (overrides corpus.size)")
    add_config_arguments(ap, "retrieval")
    args = ap.parse_args()
    extra = []
    if args.size is not None:
        extra.append(f"corpus.size={args.size}")
    if args.corpus is not None:
        extra.append(f"corpus.source={args.corpus}")
    cfg = config_from_args(RetrievalConfig, args, extra)
    if cfg is None:
        return 0
    if not args.out:
        ap.error("--out DIR is required")
    claim_out(args.out, ("index.json",), [cfg.corpus.source])  # before any compute; locks it

    from retrieval.builder import build_index

    index = build_index(cfg, args.out)
    b = index.meta["build"]
    print(f"{args.out}: {len(index)} prompts ({index.meta['corpus']['train']} train, "
          f"{index.meta['corpus']['heldout']} held-out), {index.meta['factory']}, encoder "
          f"{index.meta['encoder']['model_id']} (dim {index.dim}); embedded in {b['embed_seconds']:.1f} s, "
          f"indexed in {b['index_seconds']:.1f} s")
    return 0


if __name__ == "__main__":
    main_guard(main)
