"""synth/: synthetic soft prompts with exact ground truth, for training and benchmarking the oracle.

Each example is a random weighted mixture of hard prompts from the corpus' train split (ids, texts, signed
weights, seed) and a soft prompt distilled onto that mixture's product of experts, with its distillation floor.

Modules:
    config     SynthConfig (configs/synth/*.yaml map onto it strictly)
    corpus     the component pool (plain prompt list until retrieval/ ships its corpus), train/held-out split
    mixtures   the mixture sampler; example i is a pure function of (config, i)
    distill    PoE targets, PEFT-style init, batched distillation with early stopping
    pipeline   planning, batching, manifest, the generation loop with resume
    shards     on-disk layout: atomic `datasets` shards + manifest.json; load_examples()
    export     a generated soft prompt as a standard PEFT prompt-tuning adapter folder
    tasks, prompt_tuning, train_prompt, tasks_accuracy
               task files; PEFT prompt tuning of a real soft prompt on one (`softprism train-prompt`); task
               accuracy by label scoring

Commands (from the repo root):
    python synth/generate.py --config configs/synth/tiny.yaml --out runs/synth/tiny
    accelerate launch --multi_gpu --num_processes 2 synth/generate.py --config configs/synth/gpu.yaml --out runs/synth/gpu
    python synth/export_peft.py runs/synth/tiny --index 0 --out runs/synth/adapter0
    softprism train-prompt --train TRAIN.jsonl --out runs/adapters/mine
(batched vs one-at-a-time throughput, a measurement of this room: `python -m benchmarks.synth_bench`)

Must not: touch the corpus' held-out split (eval/benchmark.py uses it), edit poe/, or write outside --out.
"""
