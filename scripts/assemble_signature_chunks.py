"""Make a signature index from the complete chunks of another build's work folder (e.g. a long build still running).

    python scripts/assemble_signature_chunks.py CHUNK_DIR OUT [--config configs/retrieval/signatures.yaml]

Copies chunk-000000, chunk-000001, ... up to the first missing one into OUT's own work folder (the source is only
read), recomputes the signatures of rows 0-1 in this checkout's space and refuses unless they match the source's
chunk (relative difference < 0.05; the work folder key is then rewritten for this checkout's space key, which
differs when only the fingerprint scheme changed), and builds OUT with `--rows` = the complete chunks' rows.
The corpus of the source build must be this checkout's corpus (checked by fingerprint).
"""

import argparse
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    import torch
    from safetensors.torch import load_file

    from softprism.poe.config import load_config
    from softprism.poe.lm import load_lm
    from softprism.poe.signatures import SignatureSpace
    from softprism.poe.slot import PromptSlot
    from softprism.retrieval.corpus import load_corpus
    from softprism.retrieval.signatures import SignatureIndexConfig, build_signature_index, work_dir_for

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("chunks")
    ap.add_argument("out")
    ap.add_argument("--config", default="configs/retrieval/signatures.yaml")
    args = ap.parse_args()
    torch.set_num_threads(1)
    src, out = Path(args.chunks), Path(args.out)
    cfg = load_config(SignatureIndexConfig, args.config, [])
    n = 0
    while (src / f"chunk-{n:06d}.safetensors").is_file():
        n += 1
    if not n:
        sys.exit(f"{src}: no chunk-000000.safetensors")
    lm = load_lm(cfg.model)
    space = SignatureSpace(lm, PromptSlot(lm, cfg.slot.kind), cfg.signatures)
    corpus = load_corpus(cfg.corpus)
    old = json.loads((src / "work.json").read_text())
    if old["corpus"] != corpus.fingerprint or old["chunk_size"] != cfg.chunk_size:
        sys.exit(f"{src}: chunks of another corpus or chunk size ({old}); this checkout: {corpus.fingerprint}")
    got = space.of_texts(corpus.texts[:2])
    ref = load_file(str(src / "chunk-000000.safetensors"))["signatures"][:2]
    rel = float((got - ref).norm() / ref.norm())
    print(f"rows 0-1 recomputed vs the source chunk: relative difference {rel:.2e}")
    if rel > 0.05:
        sys.exit("the source chunks were made in another signature space; refusing")
    work = work_dir_for(out)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    for i in range(n):
        shutil.copy(src / f"chunk-{i:06d}.safetensors", work)
    (work / "work.json").write_text(json.dumps({"space": space.key(), "corpus": corpus.fingerprint,
                                                "chunk_size": cfg.chunk_size}))
    cfg.rows, cfg.progress = n * cfg.chunk_size, False
    idx = build_signature_index(cfg, out, corpus=corpus, space=space)
    print(f"{out}: {len(idx)} rows", idx.meta["corpus"])


if __name__ == "__main__":
    main()
