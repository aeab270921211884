#!/usr/bin/env bash
# The task adapters (TREC, AG News, SST-2; TASKS="trec agnews sst2" by default) decomposed on their own task probes with the text sources only, the signature
# source only, both, and both with the weights fitted to the decision too (fit_on=both) (docs/RESULTS.md#signatures). Needs ../shared/data/tasks. Usage: bash scripts/signature_tasks.sh [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-runs/real15}
PY=${PYTHON:-.venv/bin/python}
export HF_HUB_OFFLINE=1 OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
mkdir -p "$OUT"
for t in ${TASKS:-trec agnews sst2}; do
  $PY scripts/task_probes.py "$t" "$OUT"
  common=(examples/${t}_adapter --config configs/eval/decompose_task.yaml --probes "$OUT/${t}_probes.jsonl"
          --set probes.n_fit=24 --set probes.n_heldout=16 --no-baselines)
  text=(--set candidates.size=64 --set candidates.projection=32 --set candidates.patchscope=32)
  $PY eval/decompose_real.py "${common[@]}" "${text[@]}" --signatures none --out "$OUT/${t}_text"
  $PY eval/decompose_real.py "${common[@]}" --oracle none --set candidates.size=0 --set candidates.projection=0 \
      --set candidates.patchscope=0 --out "$OUT/${t}_sig"
  $PY eval/decompose_real.py "${common[@]}" "${text[@]}" --out "$OUT/${t}_union"
  $PY eval/decompose_real.py "${common[@]}" "${text[@]}" --set fit_on=both --out "$OUT/${t}_union_both"
done
