"""eval/: the evaluations a user runs on their own model, soft prompts, indexes and oracles, each a `softprism`
command with its script form here: decompose (decompose_real.py), benchmark (the recovery benchmark), phases,
evaluate-tasks, bench-sources, pursuit-floor. Entry scripts are thin; the math lives in the rooms below. Must not:
train models or write outside the `--out` folder it is given."""
