"""The shipped example adapters (examples/): each loads as a PEFT prompt-tuning adapter for the embedded model, its
recorded accuracy shows the soft prompt ahead of no prompt, and the demo's probe file splits into enough fit and
held-out rows for configs/eval/decompose_demo.yaml."""

import json
from pathlib import Path

import pytest

from softprism.poe.config import load_config
from softprism.poe.probes import load_probes
from softprism.poe.softprompt import load_soft_prompt

ROOT = Path(__file__).resolve().parents[1]
ADAPTERS = sorted(p for p in (ROOT / "examples").iterdir() if (p / "adapter_config.json").is_file())


def test_three_task_adapters_ship():
    assert {p.name for p in ADAPTERS} >= {"sst2_adapter", "trec_adapter", "agnews_adapter"}


@pytest.mark.parametrize("folder", ADAPTERS, ids=lambda p: p.name)
def test_example_adapter_loads_and_beats_no_prompt(folder):
    sp = load_soft_prompt(folder)
    assert tuple(sp.embeddings.shape) == (16, 576)  # SmolLM2-135M's width
    assert json.loads((folder / "adapter_config.json").read_text())["peft_type"] == "PROMPT_TUNING"
    acc = json.loads((folder / "accuracy.json").read_text())["conditions"]
    assert acc["soft"]["accuracy"] > acc["none"]["accuracy"] + 0.2
    assert (folder / "README.md").is_file() or "## `" + folder.name in (ROOT / "examples" / "README.md").read_text()


def test_demo_probe_file_fills_the_demo_config():
    from softprism.decompose.config import DecomposeConfig

    cfg = load_config(DecomposeConfig, ROOT / "configs" / "eval" / "decompose_demo.yaml")
    fit, held = load_probes(str(ROOT / cfg.probes.source)).split(cfg.probes.heldout_fraction)
    assert len(fit) >= cfg.probes.n_fit and len(held) >= cfg.probes.n_heldout
    labels = {p.output for p in fit.probes} | {p.output for p in held.probes}
    assert labels == {"positive", "negative"}
