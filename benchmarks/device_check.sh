#!/usr/bin/env bash
# One prepared run for a freshly started GPU machine (docs/GPU.md): install the wheels brought along, then
# `python -m benchmarks.device_check`, all inside ~9 minutes. Results: RESULTS/device_check.json and .log.
#   benchmarks/device_check.sh RESULTS [--dry-run] [more device_check.py flags]    (from any folder)
# Wheels brought along: .whl/ (gitignored) holds wheels of what the machine's image lacks (faiss-cpu, datasets, dill,
# multiprocess, hjson, pydantic and its three) and DeepSpeed's source archive (PyPI ships no wheel); see docs/GPU.md.
# The checkout needs no install: PYTHONPATH gets the repository root, so `softprism` and the room scripts import.
set -uo pipefail
OUT_DIR=${1:?usage: benchmarks/device_check.sh RESULTS_DIR [--dry-run] [...]}
shift
cd "$(dirname "$0")/.."
mkdir -p "$OUT_DIR"
LOG="$OUT_DIR/device_check.log"
PY=${PYTHON:-python3}
{
  echo "device_check: $(date -u +%FT%TZ) on $(hostname), git $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  if [ -d .whl ] && ls .whl/* >/dev/null 2>&1; then
    t0=$(date +%s)
    SITE=${SOFTPRISM_SITE:-/tmp/site}
    ls .whl/*.whl >/dev/null 2>&1 && \
      $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target "$SITE" .whl/*.whl
    for sd in .whl/*.tar.gz; do  # source archives (DeepSpeed): ops are JIT-built when used, none at install
      [ -e "$sd" ] && DS_BUILD_OPS=0 $PY -m pip install -q --no-index --no-deps --no-build-isolation \
        --no-cache-dir --target "$SITE" "$sd"
    done
    export PYTHONPATH="$SITE${PYTHONPATH:+:$PYTHONPATH}"
    echo "installed carried packages into $SITE in $(( $(date +%s) - t0 )) s"
  fi
  export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false PYTHONUNBUFFERED=1
  export SOFTPRISM_CACHE=${SOFTPRISM_CACHE:-/tmp/softprism-cache}
  export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv 2>/dev/null || echo "no nvidia-smi"
  # 500 s for the sections (the script skips what no longer fits its --budget), a hard stop at 530 s
  timeout 530 $PY -m benchmarks.device_check --out "$OUT_DIR" --budget 450 "$@"
  rc=$?
  echo "device_check exited $rc"
  exit $rc
} 2>&1 | tee "$LOG"
exit "${PIPESTATUS[0]}"
