#!/usr/bin/env bash
# The three task adapters (TREC, AG News, SST-2; TASKS to choose) decomposed on their own task probes at
# k <= 10 with and without the oracle source, everything else at configs/eval/decompose_task.yaml's defaults
# (signature pursuit on, projection and patchscope retrieval, fit_on auto). The second run reuses the first's
# state tables (the same $SOFTPRISM_CACHE), so it costs little more than its solve. Needs ../shared/data/tasks.
# Usage: bash benchmarks/oracle_tasks.sh [OUT] [ORACLE]   (ORACLE defaults to oracle/shipped_v2; docs/oracle.md)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-runs/oracle_tasks}
ORACLE=${2:-oracle/shipped_v2}
PY=${PYTHON:-.venv/bin/python}
export HF_HUB_OFFLINE=1 OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
mkdir -p "$OUT"
for t in ${TASKS:-trec agnews sst2}; do
  $PY -m benchmarks.task_probes "$t" "$OUT"
  common=(examples/${t}_adapter --config configs/eval/decompose_task.yaml --probes "$OUT/${t}_probes.jsonl"
          --set probes.n_fit=24 --set probes.n_heldout=16 --no-baselines)
  $PY eval/decompose_real.py "${common[@]}" --oracle "$ORACLE" --out "$OUT/${t}_oracle"
  $PY eval/decompose_real.py "${common[@]}" --oracle none --out "$OUT/${t}_no_oracle"
done
$PY - "$OUT" <<'PYEOF'
import json, sys
from pathlib import Path
out = Path(sys.argv[1])
print("| task | oracle source | candidates | explained (held-out, k <= 10) | full dictionary | explained_label | "
      "components from the oracle |")
print("|---|---|---|---|---|---|---|")
for d in sorted(out.glob("*_oracle")):
    p = json.loads((d / "result.json").read_text())["pipeline"]
    n_or = sum(1 for c in p["components"] if c.get("source") == "oracle")
    dec = p.get("decision") or {}
    print(f"| {d.name.split('_')[0]} | {'no' if d.name.endswith('no_oracle') else 'yes'} | {p['n_candidates']} | "
          f"{p['explained']:.3f} | {p['explained_full']:.3f} | {dec.get('explained_label', float('nan')):.3f} | "
          f"{n_or}/{len(p['components'])} |")
PYEOF
