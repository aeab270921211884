#!/usr/bin/env bash
# On a GPU machine with the REAL embedded weights (benchmarks/device_real_model.sh says how they travel), in one run:
#  1. the signature battery's tails as this GPU makes them (the greedy no-prompt reply, which a GPU and a CPU can
#     break differently at near-ties), with this GPU's signatures of the corpus's first 12 rows, so a GPU-built
#     signature index can be read on the same tokens anywhere ($OUT/tails_gpu.json, $OUT/sig12_gpu.safetensors);
#  2. distilled soft prompts from configs/synth/gpu_heldout_signatures.yaml until BUDGET seconds after the start;
#     the finished shards come back as $OUT/dist.tar.part-* (a shard is the unit of resume).
#   run 2: upload .dev2/, command `benchmarks/device_distill.sh $OUT 480`
#   benchmarks/device_distill.sh OUT BUDGET_S [--dry-run]  (--dry-run: this CPU, installed model, tiny sizes)
set -uo pipefail
OUT_DIR=${1:?usage: benchmarks/device_distill.sh OUT BUDGET_S [--dry-run]}
BUDGET=${2:?budget seconds}
DRY=${3:-}
cd "$(dirname "$0")/.."
mkdir -p "$OUT_DIR"
PY=${PYTHON:-python3}
T0=$(date +%s)
WORK=${SOFTPRISM_DEVWORK:-/tmp/devdist}
. benchmarks/device_real_model.sh
{
  echo "device_distill: $(date -u +%FT%TZ) on $(hostname), git $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  mkdir -p "$WORK"
  device_real_model || exit $?
  echo "setup took $(( $(date +%s) - T0 )) s"
  $PY - "$OUT_DIR" <<'PYEOF' || echo "tails dump failed"
import json, sys
import torch
from safetensors.torch import save_file
from softprism.poe.config import load_config
from softprism.poe.lm import load_lm
from softprism.poe.signatures import SignatureSpace
from softprism.poe.slot import PromptSlot
from softprism.retrieval.corpus import load_corpus
from softprism.retrieval.signatures import SignatureIndexConfig
cfg = load_config(SignatureIndexConfig, "configs/retrieval/signatures.yaml",
                  ["corpus.source=retrieval/shipped/rows.jsonl"])
lm = load_lm(cfg.model)
space = SignatureSpace(lm, PromptSlot(lm, cfg.slot.kind), cfg.signatures)
out = sys.argv[1]
json.dump({"T": space.tails.T, "ids": space.tails.ids, "battery_hash": space.battery_hash(),
           "space_key": space.key(), "model_fingerprint": lm.fingerprint, "device": str(lm.device)},
          open(f"{out}/tails_gpu.json", "w"))
texts = load_corpus(cfg.corpus).texts[:12]
with torch.no_grad():
    S = space.of_texts(texts)
save_file({"signatures": S.contiguous()}, f"{out}/sig12_gpu.safetensors")
print("tails: key", space.key(), "battery", space.battery_hash())
PYEOF
  LEFT=$(( BUDGET - ($(date +%s) - T0) ))
  echo "distilling for at most $LEFT s"
  [ "$LEFT" -gt 5 ] && timeout --signal=TERM "$LEFT" $PY synth/generate.py \
      --config configs/synth/gpu_heldout_signatures.yaml --out "$WORK/dist" --no-progress ${DIST_EXTRA:-}
  echo "distillation exited $? after $(( $(date +%s) - T0 )) s"
  ls "$WORK/dist/shards" 2>/dev/null
  (cd "$WORK" && tar -cf - --exclude='*.tmp*' dist) | split -b 15000000 -d - "$OUT_DIR/dist.tar.part-"
  ls -la "$OUT_DIR"
  echo "done after $(( $(date +%s) - T0 )) s"
} 2>&1 | tee "$OUT_DIR/device_distill.log"
exit "${PIPESTATUS[0]}"
