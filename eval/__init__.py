"""eval/: what users run. Phase 0 and Phase 0.5 (`python eval/phases.py`), and later the one-shot decomposition of
real soft prompts, the recovery benchmark and reports. Entry scripts are thin; the math lives in poe/ and in the
modules here. Must not: train models or write outside the `--out` folder it is given."""
