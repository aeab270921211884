"""Which phrasings of the third-round corpus families echo the real instruction corpora (docs/retrieval.md).

Every `own` phrasing, `given`, `do`, `out` and `note` of the families in retrieval/data/corpus/families_definitions.yaml,
families_templates.yaml, families_open.yaml and families_personas.yaml is filled four times (fixed seed) and compared with
every 8-word run (lower case, punctuation ignored) of every prompt in the real corpora. A run counts when it holds
at least two words outside a short list of stock words ("in this task you are given a ..."), so a shared
"In this task, you are given a sentence" alone does not. Prints the count and one line per phrasing: module,
family, shared runs, one example run and its corpus, the phrasing. Exit 0 always; "skipped" without the corpora.

    python -m benchmarks.corpus_copy_check [--corpora ../shared/data/corpora]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

N = 8
STOCK = set("in this task you are re will be given shown a an the two sentence sentences passage paragraph text "
            "question questions answer list of integers numbers word words review reviews story article and your "
            "job is to i want act as in english".split())


def runs(text: str) -> set[str]:
    w = re.findall(r"\w+", text.lower())
    return {" ".join(w[i:i + N]) for i in range(len(w) - N + 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", default=str(Path(__file__).resolve().parent.parent.parent / "shared/data/corpora"))
    args = ap.parse_args()
    files = sorted(Path(args.corpora).glob("*.jsonl"))
    if not files:
        print(f"copy check: skipped, no real corpora at {args.corpora}")
        return 0
    from softprism.retrieval import generator as G

    real: dict[str, str] = {}
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            for r in runs(json.loads(line).get("text", "")):
                real.setdefault(r, f.stem)
    # the families of the four later data files (each family records the file it was read from)
    module_of = {f.name: f.source.removesuffix(".yaml") for f in G.FAMILIES
                 if f.source not in ("families.yaml", "documents.yaml")}
    rng = G._Rng(3)
    hits = []
    for fam in G.FAMILIES:
        if fam.name not in module_of:
            continue
        for t in (*fam.own, *fam.given, *fam.do, *fam.out, *fam.note):
            shared = set()
            for _ in range(4):
                shared |= {r for r in runs(G._Filler(rng).fill(t)) if r in real}
            shared = {r for r in shared if len(set(r.split()) - STOCK) >= 2}
            if shared:
                r = sorted(shared)[0]
                hits.append((module_of[fam.name], fam.name, len(shared), r, real[r], t))
    print(f"{len(hits)} phrasings share a distinctive {N}-word run with the real corpora")
    for m, f, n, r, c, t in hits:
        print(f"{m} | {f} | {n} runs | e.g. {r!r} ({c}) | {t[:160]!r}")
    counts = collections.Counter(h[0] for h in hits)
    if counts:
        print("per module:", dict(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
