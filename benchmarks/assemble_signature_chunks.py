"""Make a signature index from the complete chunks of another build's work folder (e.g. a long build still running).

    python -m benchmarks.assemble_signature_chunks CHUNK_DIR OUT [--config configs/retrieval/signatures.yaml]
        [--set corpus.source=ROWS.jsonl ...]

Copies chunk-000000, chunk-000001, ... up to the first missing one into OUT's own work folder (the source is only
read; float16 chunks, as benchmarks/device_signatures.sh brings them back, are widened to float32), reads the states on
the source's own tails when it kept them (CHUNK_DIR/tails.json: a GPU's greedy reply can differ from this machine's),
recomputes the signatures of rows 0-1 in this checkout's space and refuses unless they match the source's chunk
(relative difference < 0.15: bf16 autocast alone moves a signature by 7-9%, measured between an H200 and this CPU
and between bf16 and fp32 here; other tails moved it by 15-28%), and builds OUT with `--rows` = the complete chunks'
rows. The work folder key is rewritten for this checkout's space key, which differs when only the fingerprint
scheme changed. The corpus of the source build must be this checkout's corpus (checked by fingerprint).
"""

import argparse
import json
import shutil
import sys
from pathlib import Path


def main() -> None:
    import torch
    from safetensors.torch import load_file, save_file

    from softprism.poe.config import add_config_arguments, config_from_args
    from softprism.poe.lm import load_lm
    from softprism.poe.signatures import SignatureSpace
    from softprism.poe.slot import PromptSlot
    from softprism.retrieval.corpus import load_corpus
    from softprism.retrieval.signatures import SignatureIndexConfig, build_signature_index, work_dir_for

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("chunks")
    ap.add_argument("out")
    add_config_arguments(ap, "retrieval")
    ap.set_defaults(config="configs/retrieval/signatures.yaml")
    args = ap.parse_args()
    torch.set_num_threads(1)
    src, out = Path(args.chunks), Path(args.out)
    # the source's own tails first; a --set signatures.tails=... applies after them and wins
    tails = [f"signatures.tails={src / 'tails.json'}"] if (src / "tails.json").is_file() else []
    cfg = config_from_args(SignatureIndexConfig, args, tails)
    if cfg is None:
        return
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
    ref = load_file(str(src / "chunk-000000.safetensors"))["signatures"][:2].float()
    rel = float((got - ref).norm() / ref.norm())
    print(f"rows 0-1 recomputed vs the source chunk: relative difference {rel:.2e}")
    if rel > 0.15:
        sys.exit("the source chunks were made in another signature space; refusing")
    work = work_dir_for(out)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    for i in range(n):
        name = f"chunk-{i:06d}.safetensors"
        save_file({"signatures": load_file(str(src / name))["signatures"].float().contiguous()}, str(work / name))
    (work / "work.json").write_text(json.dumps({"space": space.key(), "corpus": corpus.fingerprint,
                                                "chunk_size": cfg.chunk_size}))
    cfg.rows, cfg.progress = n * cfg.chunk_size, False
    idx = build_signature_index(cfg, out, corpus=corpus, space=space)
    print(f"{out}: {len(idx)} rows", idx.meta["corpus"])


if __name__ == "__main__":
    main()
