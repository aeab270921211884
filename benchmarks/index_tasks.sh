#!/usr/bin/env bash
# The TREC and AG News adapters (TASKS to choose) decomposed on their own task probes (k <= 10, oracle source on,
# the rest at configs/eval/decompose_task.yaml's defaults) against a given text index, to compare indexes
# (docs/RESULTS.md, docs/retrieval.md). Needs ../shared/data/tasks for the probe files.
# Usage: bash benchmarks/index_tasks.sh OUT [INDEX]    INDEX defaults to retrieval/shipped; SET="key=value ..." adds
#   config overrides (e.g. SET="candidates.neighbours=0": without the neighbour rounds); N_FIT / N_HELDOUT change the
#   probe counts (default 48 / 64: the task config's own n_fit, and nearly all of the ~68 probes the held-out part of
#   a 200-probe file holds; earlier figures in the docs name theirs, 24 / 16 or 24 / 64); for an older shipped index:
#   git worktree add /tmp/old-index d336c98 && bash benchmarks/index_tasks.sh runs/idx_old /tmp/old-index/retrieval/shipped
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:?usage: bash benchmarks/index_tasks.sh OUT [INDEX]}
INDEX=${2:-retrieval/shipped}
PY=${PYTHON:-.venv/bin/python}
export HF_HUB_OFFLINE=1 OMP_NUM_THREADS=${OMP_NUM_THREADS:-2}
mkdir -p "$OUT"
for t in ${TASKS:-trec agnews}; do
  [ -f "$OUT/${t}_probes.jsonl" ] || $PY -m benchmarks.task_probes "$t" "$OUT"
  $PY eval/decompose_real.py examples/${t}_adapter --config configs/eval/decompose_task.yaml \
    --probes "$OUT/${t}_probes.jsonl" --set probes.n_fit=${N_FIT:-48} --set probes.n_heldout=${N_HELDOUT:-64} --no-baselines \
    --oracle oracle/shipped_v2 --index "$INDEX" --out "$OUT/$t" --overwrite $(for kv in ${SET:-}; do printf -- '--set %s ' "$kv"; done)
done
$PY - "$OUT" <<'PYEOF'
import json, sys
from pathlib import Path
out = Path(sys.argv[1])
print("| task | candidates | explained (held-out, k <= 10) | full dictionary | explained_label (90% interval) | agreement |")
print("|---|---|---|---|---|---|")
for t in ("trec", "agnews", "sst2"):
    f = out / t / "result.json"
    if f.is_file():
        p = json.loads(f.read_text())["pipeline"]
        ci = (p.get('decision') or {}).get('explained_label_ci90')
        print(f"| {t} | {p['n_candidates']} | {p['explained']:.3f} | {p['explained_full']:.3f} | "
              f"{(p.get('decision') or {}).get('explained_label', float('nan')):.3f}"
              f"{f' ({ci[0]:.2f} to {ci[1]:.2f})' if ci else ''} | "
              f"{(p.get('decision') or {}).get('agreement', float('nan')):.3f} |")
PYEOF
