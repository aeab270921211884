"""Probe (session 17, docs/oracle.md): does projecting a target signature onto the train rows' top k principal
directions help the v2 oracle or signature pursuit? For k in 0 (raw), 32, 64, 128, 256 it prints the share of true
component texts in the oracle's and in pursuit's dictionaries, as (oracle, pursuit): on the 8 distilled held-out
targets at dictionary sizes 32 and 128, and on 60 held-out exact mixtures at 32.

    OMP_NUM_THREADS=1 python scripts/denoise_probe.py     # needs runs/oracle/v2b and runs/dist_held/out120
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    import numpy as np
    import torch
    from softprism.oracle.inference import Oracle
    from softprism.oracle.mixtures import SignatureStream
    from softprism.oracle.recall import candidate_dictionary
    from softprism.poe.lm import ModelConfig, load_lm
    from softprism.retrieval.index import PromptIndex
    from softprism.retrieval.pursuit import pursue
    from softprism.retrieval.signatures import SignatureIndex
    from softprism.synth.config import MixtureConfig
    from softprism.synth.shards import load_examples

    torch.set_num_threads(1)
    sig = SignatureIndex.load("retrieval/shipped_signatures")
    lm = load_lm(ModelConfig(name="embedded", dtype="float32", autocast=sig.meta["space"]["autocast"]))
    oracle = Oracle.load("runs/oracle/v2b", lm=lm)
    index = PromptIndex.load("retrieval/shipped")
    ds = load_examples("runs/dist_held/out120")
    soft = oracle.space.of_prompts([torch.tensor(e["soft_prompt"], dtype=torch.float32) for e in ds])
    soft_truth = [set(e["component_texts"]) for e in ds]
    X = sig.signatures[sig.corpus.positions("train")]
    mu = X.mean(0)
    _, _, Vh = torch.linalg.svd(X - mu, full_matrices=False)
    stream = SignatureStream(sig, "heldout", MixtureConfig(k_max=5), (0.0, 0.0), 12345)
    mixes = [stream.sample(i) for i in range(60)]
    exact = torch.stack([s.signature for s in mixes])
    exact_truth = [{sig.corpus.texts[p] for p in s.positions} for s in mixes]

    def project(T, k: int):
        return T if k == 0 else mu + (T - mu) @ Vh[:k].T @ Vh[:k]

    def shares(T, truths, size: int) -> tuple[float, float]:
        pred = oracle.predict_signatures(T)
        _, hits = index.search(np.asarray(pred.directions, np.float32).reshape(-1, pred.directions.shape[-1]), size)
        hits = hits.reshape(len(T), -1, size)
        found_o = found_p = 0
        for b in range(len(T)):
            d = candidate_dictionary(np.asarray(pred.presence[b]), hits[b], size)
            found_o += len(truths[b] & {index.corpus.texts[i] for i in d})
            r = pursue(sig, T[b], rounds=4, per_round=size // 4)
            found_p += len(truths[b] & {sig.corpus.texts[q] for q in r.candidates[:size]})
        n = sum(len(t) for t in truths)
        return round(found_o / n, 3), round(found_p / n, 3)

    for k in (0, 32, 64, 128, 256):
        print(k, "distilled@32", shares(project(soft, k), soft_truth, 32), "@128",
              shares(project(soft, k), soft_truth, 128), "exact@32", shares(project(exact, k), exact_truth, 32))


if __name__ == "__main__":
    main()
