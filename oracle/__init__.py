"""oracle/: the activation oracle, the amortized part of the pipeline.

One forward pass reads a soft prompt and the frozen LM's activations over it, and predicts the mixture's
components as K slots: a unit vector in the sentence encoder's space (looked up in retrieval's FAISS index), a
signed PoE weight and a presence probability. It replaces a search over a huge corpus with a few FAISS queries.

Modules:
    config      OracleConfig (configs/oracle/*.yaml map onto it strictly)
    features    feature sources (soft-prompt embeddings, hidden states at chosen layers over the prompt positions)
    model       ActivationOracle: transformer encoder over feature tokens + K learned query slots (DETR-style)
    matcher     HungarianMatcher (scipy linear_sum_assignment; the cost is documented there)
    criterion   SetCriterion: named loss terms (presence, direction, weight)
    mixtures    exact signature mixtures drawn on the fly from a signature index (v2 training data), the readout fit
    data        synth runs -> feature tensors and padded targets, cached beside the data; training sources
                (synth rows, signature mixtures) and batching
    recall      candidate dictionaries from FAISS hits and candidate recall (exact, semantic at cosine >= 0.8)
    trainer     the accelerate / DeepSpeed training loop: checkpoints, resume, metrics.jsonl, TensorBoard
    checkpoint  oracle.safetensors + oracle.json
    inference   Oracle.load(path).predict(soft_prompts): the API eval/ uses (v2: also predict_signatures)
    bench_signatures  v2 oracle vs pursuit, readout and random init on held-out exact mixtures (a script)

Commands (from the repo root):
    accelerate launch oracle/train.py --config configs/oracle/tiny.yaml --out runs/oracle/tiny
    accelerate launch --config_file configs/accelerate/deepspeed_zero2.yaml oracle/train.py \\
        --config configs/oracle/cpu.yaml --out runs/oracle/cpu
    python oracle/train.py --config configs/oracle/tiny.yaml --out runs/oracle/tiny --resume

Must not: train on the corpus' held-out split (synth draws components from the train split only), edit synth/,
retrieval/ or poe/, or write outside --out (except the feature cache `DATA/oracle_cache/`, when data.cache is on).
"""
