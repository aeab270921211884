"""Search an index folder with text queries.

    python retrieval/search.py DIR "query text" ["another query" ...] [-k 10] [--json]
"""

from __future__ import annotations

import argparse
import json

from softprism.poe.runs import main_guard


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("index", help="index folder written by retrieval/build.py")
    ap.add_argument("queries", nargs="+", help="query texts")
    ap.add_argument("-k", type=int, default=10, help="hits per query")
    ap.add_argument("--nprobe", type=int, help="IVF lists to visit (overrides the sidecar)")
    ap.add_argument("--json", action="store_true", help="print JSON lines instead of a table")
    args = ap.parse_args()

    from softprism.retrieval.index import PromptIndex, row_dict

    index = PromptIndex.load(args.index)
    if args.nprobe:
        index.set_params(nprobe=args.nprobe)
    scores, pos = index.search_texts(args.queries, args.k)
    for q, s_row, p_row in zip(args.queries, scores, pos):
        hits = [row_dict(index.corpus[int(p)], s) for s, p in zip(s_row, p_row) if p >= 0]
        if args.json:
            print(json.dumps({"query": q, "hits": hits}, ensure_ascii=False))
            continue
        print(f"query: {q}")
        for rank, h in enumerate(hits, 1):
            print(f"{rank:3d}  {h['score']:.3f}  {h['id']}  {h['split']:<7}  {h['text']}")
    return 0


if __name__ == "__main__":
    main_guard(main)
