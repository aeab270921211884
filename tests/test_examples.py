"""The shipped example adapters (examples/), run through the code that reads them.

- Fast: each adapter loads as a PEFT prompt-tuning adapter of the embedded model's width, and its vectors placed in
  poe's `prefix` slot give the logits PEFT's own forward gives, and the label scores `softprism train-prompt` and
  `softprism evaluate-tasks` use, on a random model of that width (576); the demo's probe file fills
  configs/eval/decompose_demo.yaml.
- Slow (the embedded model): the same logits agreement on the real model, and each adapter beats no prompt by
  label-scoring accuracy on labelled rows it was not fitted on: the SST-2 adapter on its own probe file (36 rows),
  TREC and AG News on test rows from ../shared/data/tasks when that folder is there.
"""

import json
from pathlib import Path

import pytest
import torch

from softprism.poe.config import load_config
from softprism.poe.probes import load_probes
from softprism.poe.slot import PromptSlot
from softprism.poe.softprompt import load_soft_prompt

ROOT = Path(__file__).resolve().parents[1]
ADAPTERS = sorted(p for p in (ROOT / "examples").iterdir() if (p / "adapter_config.json").is_file())
SHARED_TASKS = ROOT.parent / "shared" / "data" / "tasks"
SST2_PROBES = ROOT / "examples" / "sst2_adapter" / "probes.jsonl"


def labels_of(folder: Path) -> list[str]:
    return json.loads((folder / "task.json").read_text())["labels"]


def test_three_task_adapters_ship():
    assert {p.name for p in ADAPTERS} >= {"sst2_adapter", "trec_adapter", "agnews_adapter"}


@pytest.mark.parametrize("folder", ADAPTERS, ids=lambda p: p.name)
def test_example_adapter_loads_with_its_provenance(folder):
    sp = load_soft_prompt(folder)
    assert sp.format == "peft" and tuple(sp.embeddings.shape) == (16, 576)  # SmolLM2-135M's width
    assert sp.base_model == "HuggingFaceTB/SmolLM2-135M-Instruct"
    assert torch.isfinite(sp.embeddings).all() and float(sp.embeddings.norm(dim=1).min()) > 0
    assert json.loads((folder / "adapter_config.json").read_text())["peft_type"] == "PROMPT_TUNING"
    acc = json.loads((folder / "accuracy.json").read_text())["conditions"]
    assert acc["soft"]["accuracy"] > acc["none"]["accuracy"] + 0.2  # as recorded when it was trained
    assert len(labels_of(folder)) >= 2
    assert (folder / "README.md").is_file() or "## `" + folder.name in (ROOT / "examples" / "README.md").read_text()


@pytest.fixture(scope="module")
def wide_lm():
    """A random 1-layer Llama of the embedded model's width (576) with the tiny model's tokenizer and chat template:
    the shipped 576-d adapters fit its input, and it builds in a second."""
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    from softprism.poe.lm import FrozenLM, tiny_model_dir

    tok = AutoTokenizer.from_pretrained(tiny_model_dir())
    torch.manual_seed(0)
    cfg = LlamaConfig(vocab_size=len(tok), hidden_size=576, intermediate_size=128, num_hidden_layers=1,
                      num_attention_heads=9, num_key_value_heads=3, max_position_embeddings=512,
                      tie_word_embeddings=True, bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
                      pad_token_id=tok.pad_token_id)
    return FrozenLM(LlamaForCausalLM(cfg), tok, "wide-random")


def peft_agrees_with_the_prefix_slot(lm, folder: Path, rows: list[dict], atol: float) -> None:
    """PEFT's forward with the adapter == the adapter's vectors in poe's prefix slot, at every position of
    [template, input, reply]; and `label_scores` of the soft condition == the reply log-likelihoods of PEFT's
    logits."""
    from peft import PeftModel

    from softprism.synth.tasks import reply_ids, tail_ids
    from softprism.synth.tasks_accuracy import label_scores, soft_condition

    slot = PromptSlot(lm, "prefix")
    soft = load_soft_prompt(folder).embeddings
    labels = labels_of(folder)
    peft_model = PeftModel.from_pretrained(lm.model, str(folder))
    peft_model.eval()
    scores = label_scores(lm, slot, [r["input"] for r in rows], labels, [soft_condition(lm, soft)])["soft"]
    for i, row in enumerate(rows):
        tail = tail_ids(slot, row["input"])
        for c, label in enumerate(labels):
            rep = reply_ids(lm, label)
            with torch.no_grad():
                want = peft_model(input_ids=torch.tensor([slot.mid_ids + tail + rep])).logits[0].float()
                seq = torch.cat([slot.head(soft), lm.embed_ids(tail + rep)])
                got = lm.model(inputs_embeds=seq[None]).logits[0].float()
            torch.testing.assert_close(got, want, atol=atol, rtol=atol)
            start = soft.shape[0] + len(slot.mid_ids) + len(tail) - 1  # the position that predicts reply token 0
            lp = torch.log_softmax(want[start: start + len(rep)], -1)
            assert float(lp.gather(1, torch.tensor(rep)[:, None]).sum()) == pytest.approx(float(scores[i, c]),
                                                                                          abs=atol * 10)


@pytest.mark.parametrize("folder", ADAPTERS, ids=lambda p: p.name)
def test_adapter_in_the_prefix_slot_equals_peft_forward(folder, wide_lm):
    rows = [json.loads(x) for x in SST2_PROBES.read_text().splitlines()[:2]]
    peft_agrees_with_the_prefix_slot(wide_lm, folder, rows, atol=1e-4)


def test_demo_probe_file_fills_the_demo_config():
    from softprism.decompose.config import DecomposeConfig

    cfg = load_config(DecomposeConfig, ROOT / "configs" / "eval" / "decompose_demo.yaml")
    fit, held = load_probes(str(ROOT / cfg.probes.source)).split(cfg.probes.heldout_fraction)
    assert len(fit) >= cfg.probes.n_fit and len(held) >= cfg.probes.n_heldout
    labels = {p.output for p in fit.probes} | {p.output for p in held.probes}
    assert labels == {"positive", "negative"}


# ---------------------------------------------------------------------------------------------------------------
# On the embedded model
# ---------------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def embedded_lm():
    from softprism.poe.lm import load_lm

    return load_lm("embedded")


@pytest.mark.slow
@pytest.mark.parametrize("folder", ADAPTERS, ids=lambda p: p.name)
def test_adapter_equals_peft_forward_on_the_embedded_model(folder, embedded_lm):
    rows = [json.loads(x) for x in SST2_PROBES.read_text().splitlines()[:1]]
    peft_agrees_with_the_prefix_slot(embedded_lm, folder, rows, atol=1e-3)


def accuracy_rows(folder: Path) -> tuple[Path, int | None]:
    """(labelled rows the adapter was not trained on, how many to score): the SST-2 adapter's own probe file, else
    the task's test file under ../shared (skipped when absent)."""
    if folder.name == "sst2_adapter":
        return SST2_PROBES, None
    test = SHARED_TASKS / folder.name.removesuffix("_adapter") / "test.jsonl"
    if not test.is_file():
        pytest.skip(f"{test} is not here (the shared task data)")
    return test, 40


@pytest.mark.slow
@pytest.mark.parametrize("folder", ADAPTERS, ids=lambda p: p.name)
def test_adapter_beats_no_prompt_by_label_scoring(folder, embedded_lm):
    """The real label-scoring accuracy (what `softprism evaluate-tasks` reports) on rows the adapter never saw: the
    soft prompt in the prefix slot is right more often than the model with no prompt."""
    from softprism.synth.tasks_accuracy import evaluate_task_file, no_prompt_condition, soft_condition

    rows, limit = accuracy_rows(folder)
    soft = embedded_lm.check_soft_prompt(load_soft_prompt(folder).embeddings, str(folder))
    res = evaluate_task_file(embedded_lm, [soft_condition(embedded_lm, soft), no_prompt_condition(embedded_lm)],
                             rows, slot="prefix", limit=limit, labels=labels_of(folder))
    acc = {name: c["accuracy"] for name, c in res["conditions"].items()}
    assert res["n"] >= 36 and acc["soft"] > acc["none"], acc
