"""Training LoRAs with known answers on the tiny random model: synth/train_lora.py (`softprism train-lora`) and the
recipes in examples/finetunes/.

sft training lowers the loss on its own rows; context distillation of a system prompt brings base + LoRA closer to
the prompted base model on held-out rows than the untrained LoRA (which is the base model); the folder is a standard
PEFT LoRA adapter that `load_finetune` reads and that differs from the base; a killed run resumes to the weights of
the uninterrupted run, and a finished one is not retrained; bad input gets one `error:` line, exit status 2 and no
output; the recipe file parses, its train files exist and make.sh / README.md run the same recipes.
"""

import hashlib
import json
from pathlib import Path

import pytest
import torch

from softprism.poe.runs import main_guard

ROOT = Path(__file__).resolve().parent.parent
FINETUNES = ROOT / "examples" / "finetunes"
SYSTEM = "Answer like a poet."
SFT_FLAGS = ["--model", "tiny", "--steps", "40", "--lr", "1e-2", "--rank", "4"]
CONTEXT_FLAGS = ["--model", "tiny", "--mode", "context", "--system", SYSTEM, "--positions", "4", "--steps", "60",
                 "--lr", "3e-2"]


pytestmark = pytest.mark.usefixtures("one_thread")  # conftest: one torch thread while this module runs


def run_cli(argv, capsys) -> tuple[int, str, str]:
    """Run `softprism train-lora` as the console runs it: (exit status, stdout, stderr)."""
    from softprism.synth.train_lora import main

    with pytest.raises(SystemExit) as e:
        main_guard(lambda: main([str(a) for a in argv]))
    cap = capsys.readouterr()
    return e.value.code, cap.out, cap.err


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A small task file (sft), and inputs for the context distillation: 120 of the generic probes (the texts the
    tiny model's tokenizer was made from) to train on and 16 others held out."""
    from softprism.poe.probes import default_probe_texts

    d = tmp_path_factory.mktemp("train_lora")
    task = d / "task.jsonl"
    words = "apple pear river stone cloud".split()
    task.write_text("".join(json.dumps({"input": f"Word number {i}: {words[i % 5]}", "output": "yes" if i % 2 else
                                        "no"}) + "\n" for i in range(24)))
    probes = default_probe_texts()
    inputs = d / "inputs.jsonl"
    inputs.write_text("".join(json.dumps({"input": t}) + "\n" for t in probes[16:136]))
    return {"dir": d, "task": task, "inputs": inputs, "held": probes[:16]}


def _train(argv, capsys) -> None:
    rc, _, err = run_cli(argv, capsys)
    assert rc == 0, err[-2000:]


# ---- sft ---------------------------------------------------------------------------------------------------------

def test_sft_lowers_the_loss_on_its_rows_and_writes_a_lora_folder(files, tiny_lm, tmp_path, capsys):
    from safetensors.torch import load_file

    from softprism.synth.finetune import inspect_finetune, load_finetune, resolve_base
    from softprism.synth.train_lora import LoraTrainConfig, SftTuner, read_rows

    out = tmp_path / "sft"
    _train(["--train", files["task"], "--out", out, *SFT_FLAGS, "--description", "says yes or no"], capsys)
    assert sorted(p.name for p in out.iterdir()) == ["adapter_config.json", "adapter_model.safetensors",
                                                      "lora.json", "metrics.jsonl"]
    assert not list(tmp_path.glob(".*"))  # no checkpoint, lock or partial folder left beside it
    ac = json.loads((out / "adapter_config.json").read_text())
    assert ac["peft_type"] == "LORA" and ac["r"] == 4 and ac["lora_alpha"] == 8 and ac["lora_dropout"] == 0.0
    assert set(ac["target_modules"]) == {"q_proj", "v_proj"} and ac["base_model_name_or_path"] == "tiny"
    assert resolve_base("auto", inspect_finetune(out)) == "tiny"
    meta = json.loads((out / "lora.json").read_text())
    assert meta["mode"] == "sft" and meta["system"] is None and meta["description"] == "says yes or no"
    assert meta["rank"] == 4 and meta["steps"] == 40 and meta["lr"] == 1e-2 and meta["seed"] == 0
    assert meta["train"]["rows"] == 24 and len(meta["train"]["sha256"]) == 64 and "provenance" in meta
    metrics = [json.loads(x) for x in (out / "metrics.jsonl").read_text().splitlines()]
    assert [m["step"] for m in metrics] == list(range(1, 41)) and meta["final_loss"] == metrics[-1]["loss"]
    assert any(t.abs().max() > 0 for k, t in load_file(str(out / "adapter_model.safetensors")).items()
               if "lora_B" in k)  # PEFT starts B at zero: trained, it is not

    cfg = LoraTrainConfig(train=str(files["task"]), model="tiny")
    tuner = SftTuner(tiny_lm, cfg, read_rows(cfg))  # untrained: B = 0, the base model
    rows = list(range(24))
    with torch.no_grad():
        base = float(tuner.loss(rows))
        tuner.student = load_finetune(tiny_lm, out).lm  # the saved adapter, merged into a copy of the base
        tuned = float(tuner.loss(rows))
    assert tuned < 0.7 * base, (base, tuned)  # observed: 7.2 -> 3.2 nats


def test_the_untrained_lora_is_the_base_model_and_leaves_it_alone(files, tiny_lm):
    """PEFT starts B at zero, so the untrained LoRA computes the base model; adding it never touches the base."""
    from softprism.synth.train_lora import LoraTrainConfig, SftTuner, read_rows

    cfg = LoraTrainConfig(train=str(files["task"]), model="tiny")
    ids = torch.tensor([[5, 6, 7, 8]])
    before = tiny_lm.model(input_ids=ids).logits
    tuner = SftTuner(tiny_lm, cfg, read_rows(cfg))
    assert tuner.params and all(p.requires_grad for p in tuner.params)
    assert not any(p.requires_grad for p in tiny_lm.model.parameters())
    assert not any("lora" in n for n, _ in tiny_lm.model.named_parameters())
    torch.testing.assert_close(tuner.student.model(input_ids=ids).logits, before)


# ---- context distillation ----------------------------------------------------------------------------------------

def test_context_distillation_brings_the_lora_closer_to_the_prompted_model(files, tiny_lm, tmp_path, capsys):
    from softprism.poe.tables import compute_states
    from softprism.synth.finetune import kl_rows, load_finetune
    from softprism.synth.train_lora import (ContextTuner, LoraTrainConfig, LoraTuner, context_teacher, read_rows)

    inputs = files["inputs"]
    out = tmp_path / "context"
    _train(["--train", inputs, "--out", out, *CONTEXT_FLAGS], capsys)
    meta = json.loads((out / "lora.json").read_text())
    assert meta["mode"] == "context" and meta["system"] == SYSTEM and meta["positions"] == 4
    assert meta["loss_last"] < 0.8 * meta["loss_first"]  # observed: 0.96 -> 0.66 nats on the training rows

    cfg = LoraTrainConfig(train=str(inputs), mode="context", system=SYSTEM, model="tiny", positions=4)
    rows = read_rows(cfg)
    untrained_dir = tmp_path / "untrained"
    LoraTuner(tiny_lm, cfg, rows).save(untrained_dir)
    held = context_teacher(tiny_lm, SYSTEM, files["held"], 4)  # rows never trained on

    def kl(folder: Path) -> float:
        ft = load_finetune(tiny_lm, folder)
        return float(kl_rows(held.states, tiny_lm, ft.states(held.tails), ft.lm).mean())

    before, after = kl(untrained_dir), kl(out)
    assert before > 0.05 and after < 0.9 * before, (before, after)  # observed: 1.21 -> 0.95 nats

    # the training loss of the untrained LoRA is KL(teacher || base) as softprism measures it on those rows
    tuner = ContextTuner(tiny_lm, cfg, rows)
    null = torch.zeros(0, tiny_lm.d_model)
    base = compute_states(tiny_lm, tuner.slot, [null], tuner.part.tails).reshape(len(rows), 4, tiny_lm.d_model)
    with torch.no_grad():
        loss = float(tuner.loss(list(range(len(rows)))))
    assert loss == pytest.approx(float(kl_rows(tuner.part.states, tiny_lm, base, tiny_lm).mean()), rel=1e-4)


# ---- resume ------------------------------------------------------------------------------------------------------

def test_a_killed_run_resumes_to_the_uninterrupted_weights(files, tmp_path, capsys, monkeypatch):
    from safetensors.torch import load_file

    from softprism.synth.train_lora import SftTuner

    flags = ["--train", files["task"], *SFT_FLAGS[:2], "--steps", "10", "--checkpoint-every", "5", "--lr", "1e-2"]
    _train([*flags, "--out", tmp_path / "whole"], capsys)
    real, calls = SftTuner.loss, {"n": 0}

    def dying(self, rows):
        calls["n"] += 1
        if calls["n"] == 8:  # after step 7: the last checkpoint is step 5's
            raise KeyboardInterrupt
        return real(self, rows)

    monkeypatch.setattr(SftTuner, "loss", dying)
    rc, _, _ = run_cli([*flags, "--out", tmp_path / "killed"], capsys)
    assert rc == 130 and not (tmp_path / "killed").exists() and (tmp_path / ".killed.resume.pt").is_file()
    monkeypatch.setattr(SftTuner, "loss", real)
    _train([*flags, "--out", tmp_path / "killed"], capsys)
    assert json.loads((tmp_path / "killed" / "lora.json").read_text())["resumed_from_step"] == 5
    assert not (tmp_path / ".killed.resume.pt").exists()
    a = load_file(str(tmp_path / "whole" / "adapter_model.safetensors"))
    b = load_file(str(tmp_path / "killed" / "adapter_model.safetensors"))
    assert a.keys() == b.keys()
    for k in a:
        torch.testing.assert_close(b[k], a[k], atol=1e-7, rtol=1e-6)
    la = [json.loads(x)["loss"] for x in (tmp_path / "whole" / "metrics.jsonl").read_text().splitlines()]
    lb = [json.loads(x)["loss"] for x in (tmp_path / "killed" / "metrics.jsonl").read_text().splitlines()]
    assert lb == pytest.approx(la, rel=1e-6)
    # rerun when finished: nothing is retrained; other settings on the same folder are refused
    stamp = (tmp_path / "killed" / "adapter_model.safetensors").stat().st_mtime_ns
    rc, stdout, err = run_cli([*flags, "--out", tmp_path / "killed"], capsys)
    assert rc == 0 and "nothing to do" in stdout, err[-2000:]
    assert (tmp_path / "killed" / "adapter_model.safetensors").stat().st_mtime_ns == stamp
    rc, _, err = run_cli([*flags, "--out", tmp_path / "killed", "--seed", "1"], capsys)
    assert rc == 2 and "trained with other settings" in err and "--overwrite" in err


# ---- bad input ---------------------------------------------------------------------------------------------------

def _bad_files(d: Path) -> dict[str, Path]:
    (d / "no_input.jsonl").write_text('{"input": "hello", "output": "a"}\n{"text": "no input here", "output": "b"}\n')
    (d / "no_output.jsonl").write_text('{"input": "hello"}\n')
    (d / "ok.jsonl").write_text('{"input": "hello", "output": "a"}\n')
    (d / "busy").mkdir()
    (d / "busy" / "notes.txt").write_text("someone's files\n")
    return {"missing": d / "nope.jsonl", "no_input": d / "no_input.jsonl", "no_output": d / "no_output.jsonl",
            "ok": d / "ok.jsonl", "busy": d / "busy"}


BAD = {
    "missing file": ("missing", [], "nope.jsonl: task file not found"),
    "missing file, context": ("missing", ["--mode", "context", "--system", "Be brief."], "nope.jsonl: input file "
                                                                                       "not found"),
    "a row without input": ("no_input", [], "no_input.jsonl:2: no `input` string"),
    "a row without input, context": ("no_input", ["--mode", "context", "--system", "Be brief."],
                                     "no_input.jsonl:2: no `input` string"),
    "sft rows without output": ("no_output", [], "no_output.jsonl:1: no `output` string"),
    "context without --system": ("ok", ["--mode", "context"], "--mode context needs --system TEXT"),
    "--system in sft mode": ("ok", ["--system", "Be brief."], "--system is read by --mode context only"),
    "rank 0": ("ok", ["--rank", "0"], "--rank must be >= 1 (the LoRA rank), got 0"),
    "a target the model lacks": ("ok", ["--targets", "nothing_here"], "--targets nothing_here: PEFT cannot add"),
    "a busy --out": ("ok", ["@busy"], "not a previous run of this command"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_gets_one_line_and_no_output(case, tmp_path, capsys):
    f = _bad_files(tmp_path)
    what, flags, msg = BAD[case]
    out = f["busy"] if flags == ["@busy"] else tmp_path / "out"
    flags = [] if flags == ["@busy"] else flags
    before = sorted(p.name for p in tmp_path.rglob("*"))
    rc, _, err = run_cli(["--train", f[what], "--out", out, "--model", "tiny", "--steps", "2", *flags], capsys)
    lines = [x for x in err.strip().splitlines() if x.startswith("error:")]
    assert rc == 2 and len(lines) == 1 and msg in lines[0], err[-2000:]
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # no folder, no checkpoint, no lock


# ---- the recipes -------------------------------------------------------------------------------------------------

def test_the_recipes_parse_and_their_train_files_exist():
    import yaml

    from softprism.synth.train_lora import LoraTrainConfig, read_rows

    loras = yaml.safe_load((FINETUNES / "recipes.yaml").read_text())["loras"]
    assert len(loras) == 5 and len({r["name"] for r in loras}) == 5
    make, readme = (FINETUNES / "make.sh").read_text(), (FINETUNES / "README.md").read_text()
    for r in loras:
        assert set(r) <= {"name", "mode", "train", "system", "rank", "description"}, r
        assert r["mode"] in ("sft", "context") and 1 <= r["rank"] <= 8, r
        assert ("system" in r) == (r["mode"] == "context"), r
        assert r["description"].strip() and "\n" not in r["description"], r
        assert (ROOT / r["train"]).is_file(), r["train"]
        cfg = LoraTrainConfig(train=str(ROOT / r["train"]), mode=r["mode"], system=r.get("system", ""),
                              rank=r["rank"], description=r["description"])
        assert len(read_rows(cfg)) >= 20  # the file reads in its mode
        for text in (f'/{r["name"]}"', r["description"], r.get("system", ""), Path(r["train"]).name,
                     f'--rank {r["rank"]}'):
            assert text in make, (r["name"], text)
        assert f'runs/finetunes/{r["name"]}' in readme and r["description"] in readme, r["name"]
        # the shipped adapter was made by its recipe, from the train file as it is now
        shipped = FINETUNES / r["name"]
        assert (shipped / "adapter_model.safetensors").is_file() and (shipped / "metrics.jsonl").is_file(), r["name"]
        made = json.loads((shipped / "lora.json").read_text())
        assert (made["mode"], made["rank"], made["description"], made["system"] or None) == (
            r["mode"], r["rank"], r["description"], r.get("system")), r["name"]
        assert made["train"]["sha256"] == hashlib.sha256((ROOT / r["train"]).read_bytes()).hexdigest(), r["name"]
        assert made["base_model"]["name"] == "HuggingFaceTB/SmolLM2-135M-Instruct"
    trains = {r["train"] for r in loras}
    assert {"benchmarks/suite/tasks/emoji_sentiment/train.jsonl", "benchmarks/suite/tasks/no_sports/train.jsonl",
            "examples/finetunes/inputs.jsonl"} <= trains
    assert sum(r["mode"] == "context" for r in loras) >= 2


def test_the_inputs_file_is_its_own():
    """~60 distinct user messages, none of them a row of the task suite."""
    rows = [json.loads(x) for x in (FINETUNES / "inputs.jsonl").read_text().splitlines() if x.strip()]
    texts = [r["input"] for r in rows]
    assert 50 <= len(texts) <= 80 and len(set(texts)) == len(texts) and all(set(r) == {"input"} for r in rows)
    suite = set()
    for f in sorted((ROOT / "benchmarks" / "suite" / "tasks").glob("*/*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                suite |= {str(row[k]).strip().lower() for k in ("input", "output") if k in row}
    assert not [t for t in texts if t.strip().lower() in suite]
