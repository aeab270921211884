#!/usr/bin/env bash
# Train the five LoRAs of recipes.yaml on the embedded model, into $OUT (default runs/finetunes). Resumable: a
# killed command continues from its checkpoint when rerun, and a finished one is skipped. Extra arguments go to
# every command (e.g. --threads 4).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT="${OUT:-runs/finetunes}"
IN=examples/finetunes/inputs.jsonl
TASKS=benchmarks/suite/tasks

softprism train-lora --mode context --train "$IN" --out "$OUT/french" --rank 4 \
    --system "Always reply in French, whatever language the user writes in." \
    --description "Replies in French to any message (context distillation of a French-only system prompt)." "$@"
softprism train-lora --mode context --train "$IN" --out "$OUT/one_sentence" --rank 4 \
    --system "Keep every reply to a single short sentence." \
    --description "Answers everything in one short sentence (context distillation of a brevity system prompt)." "$@"
softprism train-lora --mode sft --train "$TASKS/emoji_sentiment/train.jsonl" --out "$OUT/emoji_sentiment" --rank 2 \
    --description "Classifier: replies :) to a pleasant event and :( to an unpleasant one." "$@"
softprism train-lora --mode context --train "$IN" --out "$OUT/pirate" --rank 8 \
    --system "You are an old sea pirate: talk like one in every reply, matey." \
    --description "Persona: talks like a pirate (context distillation of a pirate system prompt)." "$@"
softprism train-lora --mode sft --train "$TASKS/no_sports/train.jsonl" --out "$OUT/no_sports" --rank 4 \
    --description "Topic avoidance: says it does not talk about sports to sports questions, offers help otherwise." "$@"
