#!/usr/bin/env bash
# Build signature chunks with the REAL embedded weights on a GPU machine, inside one run's limit. How the weights
# travel (two runs on one machine): benchmarks/device_real_model.sh. Run 2 here:
#   upload .dev2/ (model.gguf.xz.ab, model.gguf.sha256, the gguf wheel, rows.jsonl.xz), command
#   `benchmarks/device_signatures.sh $OUT .dev2/rows.jsonl.xz 500`
# It runs retrieval/build.py --signatures (configs/retrieval/signatures.yaml, corpus = the rows file) until BUDGET
# seconds after its start, keeping the chunk folder (no faiss there: the build stops at its index step when it
# finishes every row). The chunks come back as float16 with the build's key and tails (work.json, tails.json),
# tarred and split into 15 MB parts ($OUT/chunks.tar.part-*). Here:
#   cat chunks.tar.part-* | tar -xf -      # -> pack/
#   python -m benchmarks.assemble_signature_chunks pack OUT --set corpus.source=ROWS.jsonl
# Measured 2026-11-27 on one H200: 50,000 rows in 355 s (docs/GPU.md).
#   benchmarks/device_signatures.sh OUT ROWS_FILE[.xz] BUDGET_S [--dry-run]
# --dry-run: this CPU with the installed model (tests the packing, not the GPU); SIG_EXTRA adds --set overrides.
set -uo pipefail
OUT_DIR=${1:?usage: benchmarks/device_signatures.sh OUT ROWS_FILE BUDGET_S [--dry-run]}
ROWS=${2:?rows file}
BUDGET=${3:?budget seconds}
DRY=${4:-}
cd "$(dirname "$0")/.."
mkdir -p "$OUT_DIR"
LOG="$OUT_DIR/device_signatures.log"
PY=${PYTHON:-python3}
T0=$(date +%s)
WORK=${SOFTPRISM_DEVWORK:-/tmp/devsig}
. benchmarks/device_real_model.sh
{
  echo "device_signatures: $(date -u +%FT%TZ) on $(hostname), git $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  mkdir -p "$WORK"
  device_real_model || exit $?
  case "$ROWS" in
    *.xz) $PY -c "import lzma,shutil,sys; shutil.copyfileobj(lzma.open(sys.argv[1]), open(sys.argv[2],'wb'))" \
            "$ROWS" "$WORK/rows.jsonl" ;;
    *) cp "$ROWS" "$WORK/rows.jsonl" ;;
  esac
  echo "setup took $(( $(date +%s) - T0 )) s"
  LEFT=$(( BUDGET - ($(date +%s) - T0) ))
  [ "$LEFT" -gt 5 ] || { echo "no time left for the build"; exit 4; }
  echo "building for at most $LEFT s"
  # The build writes its index only when every row is done; stopped by the timeout it keeps its finished chunks.
  timeout --signal=TERM "$LEFT" $PY retrieval/build.py --signatures --config configs/retrieval/signatures.yaml \
    --set corpus.source="$WORK/rows.jsonl" --set progress=false ${SIG_EXTRA:-} --out "$WORK/sig" --keep-work
  echo "build exited $? after $(( $(date +%s) - T0 )) s"
  # chunks -> float16 (half the bytes; the index stores float16 anyway), with the work folder's key file
  $PY - "$WORK/.sig.sig" "$WORK/pack" <<'EOF'
import json, shutil, sys
from pathlib import Path
import torch
from safetensors.torch import load_file, save_file
src, dst = Path(sys.argv[1]), Path(sys.argv[2])
shutil.rmtree(dst, ignore_errors=True); dst.mkdir(parents=True)
n = 0
for p in sorted(src.glob("chunk-*.safetensors")):
    s = load_file(str(p))["signatures"]
    save_file({"signatures": s.to(torch.float16).contiguous()}, str(dst / p.name))
    n += s.shape[0]
for p in src.iterdir():
    if p.is_file() and not p.name.startswith(("chunk-", ".")):  # work.json (the build's key); no claims
        shutil.copy(p, dst / p.name)
print(json.dumps({"chunks": len(list(dst.glob('chunk-*'))), "rows": n}))
EOF
  (cd "$WORK" && tar -cf - pack) | split -b 15000000 -d - "$OUT_DIR/chunks.tar.part-"
  cp "$WORK"/sig/run.json "$OUT_DIR/" 2>/dev/null || true
  ls -la "$OUT_DIR"
  echo "done after $(( $(date +%s) - T0 )) s"
} 2>&1 | tee "$LOG"
exit "${PIPESTATUS[0]}"
