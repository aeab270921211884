#!/usr/bin/env bash
# On a GPU machine with the REAL embedded weights (benchmarks/device_real_model.sh says how they travel), in one run:
# is the distilled-vs-exact gap of signature pursuit a distillation floor? The same 64 held-out mixtures as
# configs/synth/gpu_heldout_signatures.yaml's first shard (a mixture depends only on output.seed and its index) are
# distilled again with 4x the steps (L = 16) and with 4x the steps at L = 32; the rest of the budget distils
# mixtures of the TRAIN split (for oracle training and the residual calibration), 128 prompts a batch.
#   run 2: upload .dev2/, command `benchmarks/device_distill_sweep.sh $OUT 520`
#   benchmarks/device_distill_sweep.sh OUT BUDGET_S [--dry-run]   (--dry-run: this CPU, installed model, tiny sizes)
# Each run's finished shards come back as $OUT/<run>.tar.part-* ; compare them here with
#   softprism bench-sources ... --distilled DIR   (docs/signatures.md, "Distillation floor").
set -uo pipefail
OUT_DIR=${1:?usage: benchmarks/device_distill_sweep.sh OUT BUDGET_S [--dry-run]}
BUDGET=${2:?budget seconds}
DRY=${3:-}
cd "$(dirname "$0")/.."
mkdir -p "$OUT_DIR"
PY=${PYTHON:-python3}
T0=$(date +%s)
WORK=${SOFTPRISM_DEVWORK:-/tmp/devsweep}
CFG=configs/synth/gpu_heldout_signatures.yaml
. benchmarks/device_real_model.sh
left() { echo $(( BUDGET - ($(date +%s) - T0) )); }
# run NAME SECONDS --set ... : one generate.py run under a time limit, its shards packed into $OUT
run() {
  local name=$1 secs=$2; shift 2
  local l; l=$(left); [ "$secs" -gt "$l" ] && secs=$l
  echo "== $name: at most $secs s ($(( $(date +%s) - T0 )) s in) $*"
  if [ "$secs" -gt 5 ]; then
    timeout --signal=TERM "$secs" $PY synth/generate.py --config "$CFG" --out "$WORK/$name" --no-progress "$@" \
      2>&1 | grep -v "INFO softprism.synth.distill: step" 
    echo "== $name exited ${PIPESTATUS[0]} after $(( $(date +%s) - T0 )) s"
  fi
  ls "$WORK/$name/shards" 2>/dev/null
  [ -d "$WORK/$name" ] && (cd "$WORK" && tar -cf - --exclude='*.tmp*' "$name") \
    | split -b 15000000 -d - "$OUT_DIR/$name.tar.part-"
}
{
  echo "device_distill_sweep: $(date -u +%FT%TZ) on $(hostname), git $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  mkdir -p "$WORK"
  device_real_model || exit $?
  echo "setup took $(( $(date +%s) - T0 )) s"
  if [ -n "$DRY" ]; then
    TINY=(--set model.name=tiny --set model.device=cpu --set output.n_examples=2 --set distill.batch_prompts=2
          --set probes.n_fit=12 --set probes.n_heldout=4 --set distill.n_val=2 --set distill.eval_fit=4 --set output.shard_size=2 --set distill.max_steps=2 --set distill.eval_every=1)
  else
    TINY=()
  fi
  COMMON=(--set output.n_examples=64 --set output.shard_size=64 --set distill.patience=1000)
  run steps480 170 "${COMMON[@]}" --set distill.max_steps=480 "${TINY[@]}"
  run steps480_L32 190 "${COMMON[@]}" --set distill.max_steps=480 --set distill.length_min=32 \
      --set distill.length_max=32 "${TINY[@]}"
  run train120 100000 --set corpus.split=train --set output.n_examples=1280 --set output.shard_size=128 \
      --set distill.batch_prompts=128 --set output.seed=1 "${TINY[@]}"
  ls -la "$OUT_DIR"
  echo "done after $(( $(date +%s) - T0 )) s"
} 2>&1 | tee "$OUT_DIR/device_distill_sweep.log"
exit "${PIPESTATUS[0]}"
