"""Explaining a fine-tune on the tiny random model: synth/finetune.py (distil a LoRA or a fine-tuned model into a
soft prompt, `captured`), synth/distil_finetune.py and decompose/finetune.py (`softprism distil-finetune`,
`softprism explain-finetune`) and `softprism.explain_finetune`.

A random LoRA (r=2 on q_proj/v_proj, B drawn at random so it differs from the base) is distilled and the soft
prompt fits it better than no prompt; a "fine-tune" that is itself a soft prompt is captured almost whole; bad
fine-tunes get one `error:` line, exit status 2 and no output; a killed distillation resumes to the uninterrupted
result; explain-finetune writes result.json with captured / explained / explained_ft, and scoring the answer
against a fine-tune that is the soft prompt itself reproduces the decomposition's own `explained`.
"""

import copy
import json
from pathlib import Path

import pytest
import torch

from softprism.poe.errors import InputError
from softprism.poe.runs import main_guard

ROOT = Path(__file__).resolve().parent.parent


pytestmark = pytest.mark.usefixtures("one_thread")  # conftest: one torch thread while this module runs


def make_lora(model, folder: Path, seed: int = 0, std: float = 0.5, base: str | None = None) -> Path:
    """A LoRA adapter (r=2 on q_proj and v_proj) on a copy of `model`, its B matrices drawn at random (PEFT starts
    them at zero, which would leave the model unchanged); `base`: the base model name to record instead."""
    from peft import LoraConfig, get_peft_model

    torch.manual_seed(seed)
    pm = get_peft_model(copy.deepcopy(model), LoraConfig(r=2, lora_alpha=4, target_modules=["q_proj", "v_proj"]))
    with torch.no_grad():
        for name, p in pm.named_parameters():
            if "lora_B" in name:
                p.normal_(0.0, std)
    pm.save_pretrained(folder)
    if base is not None:
        cfg_file = folder / "adapter_config.json"
        cfg = json.loads(cfg_file.read_text())
        cfg["base_model_name_or_path"] = base
        cfg_file.write_text(json.dumps(cfg))
    return folder


@pytest.fixture(scope="module")
def world(tmp_path_factory, tiny_lm):
    """The inputs: a LoRA for the tiny model, one for another model, a prompt-tuning adapter, a folder that is no
    adapter, a fine-tuned model folder, a model folder of another width, a task file and a tiny index."""
    from transformers import LlamaConfig, LlamaForCausalLM

    from softprism.poe.config import load_config
    from softprism.poe.lm import tiny_model_dir
    from softprism.poe.softprompt import save_peft_adapter
    from softprism.retrieval.builder import build_index
    from softprism.retrieval.config import RetrievalConfig

    d = tmp_path_factory.mktemp("finetune")
    w = {"root": d, "lora": make_lora(tiny_lm.model, d / "lora")}
    other = LlamaForCausalLM(LlamaConfig(vocab_size=tiny_lm.vocab_size, hidden_size=16, intermediate_size=32,
                                         num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=2))
    w["foreign"] = make_lora(other, d / "foreign", base="someone/another-model")
    w["renamed"] = make_lora(tiny_lm.model, d / "renamed", base="someone/another-model")
    w["prompt"] = save_peft_adapter(torch.randn(3, tiny_lm.d_model), d / "prompt_tuning", str(tiny_model_dir()))
    (d / "empty").mkdir()
    (d / "empty" / "notes.txt").write_text("not an adapter\n")
    w["empty"] = d / "empty"
    (d / "file.bin").write_bytes(b"\0" * 16)
    w["file"] = d / "file.bin"
    full = copy.deepcopy(tiny_lm.model)
    with torch.no_grad():
        w_down = full.model.layers[0].mlp.down_proj.weight
        w_down.add_(0.3 * torch.randn_like(w_down))
    full.save_pretrained(d / "full")
    w["full"] = d / "full"
    other.save_pretrained(d / "wide")
    w["wide"] = d / "wide"
    task = d / "task.jsonl"
    task.write_text("".join(json.dumps({"input": f"Word number {i}: {'apple pear river stone cloud'.split()[i % 5]}",
                                        "output": "yes" if i % 2 else "no"}) + "\n" for i in range(40)))
    w["task"] = task
    cfg = load_config(RetrievalConfig, ROOT / "configs/retrieval/tiny.yaml", ["corpus.size=300"])
    build_index(cfg, d / "idx")
    w["index"] = d / "idx"
    return w


SMALL = dict(model="tiny", length=2, positions=3, steps=40, lr=0.05, n_fit=32, n_heldout=8, batch_size=8)
SMALL_FLAGS = ["--length", "2", "--positions", "3", "--steps", "40", "--lr", "0.05", "--n-fit", "32", "--n-heldout",
               "8"]


def run_cli(main, argv, capsys) -> tuple[int, str, str]:
    """Run an entry point as the console runs it: (exit status, stdout, stderr)."""
    with pytest.raises(SystemExit) as e:
        main_guard(lambda: main([str(a) for a in argv]))
    cap = capsys.readouterr()
    return e.value.code, cap.out, cap.err


# ---- distillation ----------------------------------------------------------------------------------------------

def test_distillation_fits_the_lora_better_than_no_prompt(world, tiny_lm, tmp_path, capsys):
    from softprism.poe.softprompt import load_soft_prompt
    from softprism.synth.distil_finetune import main

    out = tmp_path / "distilled"
    rc, stdout, err = run_cli(main, [world["lora"], "--out", out, *SMALL_FLAGS], capsys)
    assert rc == 0, err[-2000:]
    assert "captured" in stdout
    meta = json.loads((out / "finetune.json").read_text())
    fit = meta["fit"]
    assert fit["kl_base"] > 0.1 and fit["kl_soft"] < 0.97 * fit["kl_base"]  # observed: 1.28 -> 1.22 nats
    for k in ("captured", "captured_generic", "heldout", "length", "positions", "steps", "finetune", "provenance"):
        assert k in meta, k
    assert meta["captured_task"] is None and meta["like_training"] == "generic"
    assert meta["heldout"]["generic"]["n"] == 8 and meta["length"] == 2 and meta["positions"] == 3
    assert meta["finetune"]["type"] == "lora" and meta["finetune"]["adapter_config"]["r"] == 2
    assert meta["captured"] == pytest.approx(1 - meta["heldout"]["generic"]["kl_soft"]
                                             / meta["heldout"]["generic"]["kl_base"])
    sp = load_soft_prompt(out)  # a standard PEFT prompt-tuning adapter
    assert sp.embeddings.shape == (2, tiny_lm.d_model) and sp.format == "peft"
    assert not list(tmp_path.glob(".distilled.resume.pt"))


def test_task_probes_give_a_task_and_a_generic_figure(world, tiny_lm):
    from softprism.synth.finetune import FinetuneConfig, distil_finetune, finetune_probes, load_finetune

    cfg = FinetuneConfig(**{**SMALL, "steps": 10}, probes=str(world["task"]))
    probes = finetune_probes(cfg)
    assert probes.train_on == "task" and set(probes.heldout) == {"task", "generic"}
    assert all(p.output is None for p in probes.train.probes)  # the fine-tune's own replies are teacher-forced
    res = distil_finetune(tiny_lm, load_finetune(tiny_lm, world["lora"]), cfg, probes, progress=False)
    j = res.to_json()
    assert j["like_training"] == "task" and j["captured"] == j["captured_task"]
    assert j["captured_generic"] is not None and j["heldout"]["task"]["n"] > 0
    both = finetune_probes(FinetuneConfig(**SMALL, probes=str(world["task"]), train_on="both"))
    assert len(both.train) > len(probes.train)


def test_a_fine_tune_that_is_a_soft_prompt_is_captured(tiny_lm):
    """The base model with a fixed soft prompt in front is a fine-tune a soft prompt of the same length can carry
    exactly; distillation gets most of the way (the tiny random model is a rough landscape: at L = 1 it reaches
    0.98, at L = 2-4 0.88-0.94 in 400 steps)."""
    from softprism.synth.finetune import (FinetuneConfig, distil_finetune, finetune_probes, measure, read_part,
                                          soft_prompt_finetune)

    g = torch.Generator().manual_seed(1)
    teacher = tiny_lm.embed_ids(torch.randint(0, tiny_lm.vocab_size, (1,), generator=g)).detach().float().clone()
    ft = soft_prompt_finetune(tiny_lm, teacher)
    cfg = FinetuneConfig(model="tiny", length=1, positions=3, steps=300, lr=0.1, n_fit=0, n_heldout=12)
    probes = finetune_probes(cfg)
    part = read_part(tiny_lm, ft, probes.heldout["generic"], 3, 96)
    assert measure(tiny_lm, part, ft, teacher).captured == pytest.approx(1.0)  # the teacher itself: all of it
    res = distil_finetune(tiny_lm, ft, cfg, probes, progress=False)
    assert res.captured > 0.95, res.to_json()["heldout"]  # observed 0.98


def test_a_full_fine_tuned_model_folder_is_read(world, tiny_lm):
    from softprism.synth.finetune import load_finetune

    ft = load_finetune(tiny_lm, world["full"])
    assert ft.kind == "full" and ft.same_head(tiny_lm) and ft.lm.fingerprint != tiny_lm.fingerprint
    assert load_finetune(tiny_lm, world["lora"]).same_head(tiny_lm)


def test_resume_after_a_kill_equals_the_uninterrupted_run(world, tiny_lm, tmp_path, monkeypatch):
    from softprism.synth.finetune import FinetuneConfig, FinetuneTuner, distil_finetune, load_finetune

    ft = load_finetune(tiny_lm, world["lora"])
    cfg = FinetuneConfig(**{**SMALL, "steps": 6, "checkpoint_every": 2})
    full = distil_finetune(tiny_lm, ft, cfg, progress=False)
    resume = tmp_path / ".x.resume.pt"
    real, calls = FinetuneTuner.loss, {"n": 0}

    def dying(self, rows, engine=None):
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt
        return real(self, rows, engine)

    monkeypatch.setattr(FinetuneTuner, "loss", dying)
    with pytest.raises(KeyboardInterrupt):
        distil_finetune(tiny_lm, ft, cfg, resume_file=resume, progress=False)
    assert resume.is_file()
    monkeypatch.setattr(FinetuneTuner, "loss", real)
    again = distil_finetune(tiny_lm, ft, cfg, resume_file=resume, progress=False)
    assert again.train.resumed_from == 4
    torch.testing.assert_close(again.prompt, full.prompt, atol=1e-6, rtol=1e-5)
    assert again.captured == pytest.approx(full.captured, abs=1e-6)
    # a checkpoint written for another fine-tune is not resumed
    other = load_finetune(tiny_lm, world["renamed"], ignore_base=True)
    assert distil_finetune(tiny_lm, other, cfg, resume_file=resume, progress=False).train.resumed_from == 0


# ---- bad input -------------------------------------------------------------------------------------------------

BAD = {
    "prompt": ("prompt", [], "is a soft prompt, not a fine-tune"),
    "no adapter_config.json": ("empty", [], "no adapter_config.json"),
    "not a folder": ("file", [], "not a folder"),
    "recorded for another base": ("renamed", ["--model", "tiny"], "was made for base model 'someone/another-model'"),
    "shapes of another model": ("foreign", ["--model", "tiny", "--ignore-base-model"], "the adapter was made for "
                                                                                       "another model"),
    "a model of another width": ("wide", ["--model", "tiny"], "hidden size 16"),
    "L < 1": ("lora", ["--length", "0"], "--length (L"),
    "T < 1": ("lora", ["--positions", "0"], "--positions (T"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_fine_tunes_are_refused_with_one_line_and_no_output(case, world, tmp_path, capsys):
    from softprism.synth.distil_finetune import main

    what, flags, msg = BAD[case]
    out = tmp_path / "out"
    rc, _, err = run_cli(main, [world[what], "--out", out, *SMALL_FLAGS, *flags], capsys)
    lines = [x for x in err.strip().splitlines() if x.startswith("error:")]
    assert rc == 2 and len(lines) == 1 and msg in lines[0], err[-2000:]
    assert not out.exists() and not list(tmp_path.iterdir())  # no folder, no checkpoint, no lock


def test_explain_finetune_refuses_a_prompt_tuning_adapter(world, tmp_path, capsys):
    from softprism.decompose.finetune import main

    out = tmp_path / "out"
    rc, _, err = run_cli(main, [world["prompt"], "--out", out, "--config", ROOT / "configs/eval/decompose_tiny.yaml",
                                "--index", world["index"]], capsys)
    assert rc == 2 and "is a soft prompt, not a fine-tune" in err and "softprism decompose" in err, err[-2000:]
    assert not list(tmp_path.iterdir())


def test_an_untrained_lora_has_nothing_to_distil(world, tiny_lm, tmp_path):
    from softprism.synth.finetune import FinetuneConfig, distil_finetune, load_finetune

    zero = make_lora(tiny_lm.model, tmp_path / "zero", std=0.0)
    with pytest.raises(InputError, match="nothing to distil"):
        distil_finetune(tiny_lm, load_finetune(tiny_lm, zero), FinetuneConfig(**SMALL), progress=False)


# ---- explain-finetune ------------------------------------------------------------------------------------------

def test_explain_finetune_writes_the_three_figures(world, tiny_lm, tmp_path, capsys):
    import softprism
    from softprism.decompose.finetune import main
    from softprism.poe.softprompt import load_soft_prompt

    out = tmp_path / "explained"
    rc, stdout, err = run_cli(main, [world["lora"], "--out", out, "--config", ROOT / "configs/eval/decompose_tiny.yaml",
                                     "--index", world["index"], *SMALL_FLAGS], capsys)
    assert rc == 0, err[-2000:]
    r = json.loads((out / "result.json").read_text())
    for k in ("captured", "explained", "explained_ft", "explained_chance", "chain"):
        assert k in r and (r[k] is None or isinstance(r[k], float)), k
    assert r["explained"] == r["pipeline"]["explained"] and r["explained_chance"] == r["pipeline"]["explained_chance"]
    assert r["captured"] == r["finetune"]["distil"]["captured"]
    assert r["chain"] == pytest.approx(r["captured"] * r["explained"])
    f = r["finetune"]
    assert f["explained_ft_method"].startswith("refit") and f["explained_ft_components"]
    assert 0.0 <= f["explained_ft_null_only"] <= f["explained_ft"] + 1e-6  # the intercept alone is in the refit
    assert "explained_ft" in stdout and "The fine-tune" in (out / "report.html").read_text()
    assert load_soft_prompt(out / "soft_prompt").embeddings.shape == (2, tiny_lm.d_model)
    assert (out / "soft_prompt" / "finetune.json").is_file() and (out / "run.json").is_file()
    ex = softprism.explain_finetune(world["lora"], config=ROOT / "configs/eval/decompose_tiny.yaml",
                                    index=str(world["index"]), progress=False,
                                    **{k: v for k, v in SMALL.items() if k != "model"})
    assert ex.captured == pytest.approx(r["captured"], abs=1e-6)
    assert ex.explained_ft == pytest.approx(r["explained_ft"], abs=1e-5)
    assert "The fine-tune" in ex._repr_html_()


def test_scoring_against_a_soft_prompt_fine_tune_reproduces_explained(world, tiny_lm):
    """When the fine-tune is the soft prompt itself, KL(fine-tune || answer) is KL(soft prompt || answer): the
    answer's own weights score exactly the decomposition's `explained`, and the soft prompt captures all of it."""
    from softprism.decompose.config import DecomposeConfig
    from softprism.decompose.finetune import against_finetune
    from softprism.decompose.pipeline import Decomposer
    from softprism.poe.config import load_config
    from softprism.poe.probes import fit_heldout
    from softprism.poe.slot import PromptSlot
    from softprism.retrieval.index import PromptIndex
    from softprism.synth.finetune import soft_prompt_finetune

    cfg = load_config(DecomposeConfig, ROOT / "configs/eval/decompose_tiny.yaml", ["chance.draws=0"])
    fit, held = fit_heldout(cfg.probes)
    dec = Decomposer(tiny_lm, PromptSlot(tiny_lm, "prefix"), fit, held, PromptIndex.load(world["index"]), cfg=cfg)
    soft = tiny_lm.embed_text(dec.index.corpus.texts[7]).detach().float().clone()
    res = dec.decompose(soft)
    got = against_finetune(dec, soft_prompt_finetune(tiny_lm, soft), res, soft)
    assert got["captured_decompose_probes"] == pytest.approx(1.0)
    assert got["explained_ft_answer_weights"] == pytest.approx(res.explained, abs=1e-4)
    assert got["explained_ft"] >= got["explained_ft_null_only"] - 1e-6
