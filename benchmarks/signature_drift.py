"""How far another machine's signatures lie from this machine's, on the first N rows of a corpus.

    python -m benchmarks.signature_drift OTHER.safetensors --rows retrieval/shipped/rows.jsonl \
        [--tails TAILS.json] [--n 12]

OTHER holds `signatures` [>= N, r] made elsewhere (benchmarks/device_distill.sh writes sig12_gpu.safetensors and
tails_gpu.json; a chunk file of a device build works too). Prints the median and max relative difference
||a - b|| / ||b|| and the minimum cosine of OTHER against this machine's signatures in configs/retrieval/signatures.yaml's
space, in bf16 autocast and in fp32, and of this machine's bf16 against its own fp32: the bf16 noise floor. Without
--tails this machine reads its own greedy reply (measured on 2026-11-27: 15-28% off the H200's); with the other
machine's tails, 7-9% (docs/GPU.md).
"""

import argparse
from pathlib import Path


def main() -> None:
    import torch
    from safetensors.torch import load_file

    from softprism.poe.config import load_config
    from softprism.poe.lm import load_lm
    from softprism.poe.signatures import SignatureSpace
    from softprism.poe.slot import PromptSlot
    from softprism.retrieval.corpus import load_corpus
    from softprism.retrieval.signatures import SignatureIndexConfig

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("other", type=Path)
    ap.add_argument("--rows", default="retrieval/shipped/rows.jsonl", help="the corpus OTHER's rows came from")
    ap.add_argument("--tails", default="", help="the other machine's tails (JSON or index folder)")
    ap.add_argument("--n", type=int, default=12)
    args = ap.parse_args()
    other = load_file(str(args.other))["signatures"][:args.n].float()
    here = {}
    for ac in ("bfloat16", "off"):
        sets = [f"corpus.source={args.rows}", f"model.autocast={ac}"] + (
            [f"signatures.tails={args.tails}"] if args.tails else [])
        cfg = load_config(SignatureIndexConfig, "configs/retrieval/signatures.yaml", sets)
        lm = load_lm(cfg.model)
        space = SignatureSpace(lm, PromptSlot(lm, cfg.slot.kind), cfg.signatures)
        here[ac] = space.of_texts(load_corpus(cfg.corpus).texts[:other.shape[0]]).float()

    def line(name, a, b):
        rel = (a - b).norm(dim=1) / b.norm(dim=1)
        cos = torch.nn.functional.cosine_similarity(a, b, dim=1)
        print(f"{name:28s} rel median {rel.median():.4f}  max {rel.max():.4f}  min cosine {cos.min():.4f}")

    line("other vs here bf16", other, here["bfloat16"])
    line("other vs here fp32", other, here["off"])
    line("here bf16 vs here fp32", here["bfloat16"], here["off"])


if __name__ == "__main__":
    main()
