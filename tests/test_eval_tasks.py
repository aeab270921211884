"""synth/train_prompt.py, synth/tasks_accuracy.py and eval/tasks_eval.py: real soft prompts (PEFT prompt tuning)
and task accuracy."""

import json
import random

import pytest
import torch

from softprism.synth.tasks import TaskExample, label_set, read_task_file, reply_ids, stable_subset, tail_ids
from softprism.synth.tasks_accuracy import (decomposition_condition, hard_condition, label_scores, no_prompt_condition,
                                 poe_condition, soft_condition, task_accuracy)
from softprism.synth.prompt_tuning import PromptTuner, TrainConfig, batch_rows, train_prompt
from softprism.poe.errors import InputError
from softprism.poe.runs import main_guard
from softprism.poe.slot import PromptSlot
from softprism.poe.softprompt import load_soft_prompt



pytestmark = pytest.mark.usefixtures("one_thread")  # conftest: one torch thread while this module runs


WORDS = ["apple", "banana", "river", "mountain", "happy", "sad", "table", "chair"]


@pytest.fixture(scope="module")
def toy_file(tmp_path_factory):
    """A toy classification task: is the word in the first half of WORDS?"""
    rng = random.Random(0)
    path = tmp_path_factory.mktemp("task") / "toy.jsonl"
    rows = []
    for _ in range(48):
        w = rng.choice(WORDS)
        rows.append({"input": f"Word: {w}", "output": "yes" if w in WORDS[:4] else "no"})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _train(argv):
    from softprism.synth.train_prompt import main

    assert main(argv) == 0


@pytest.fixture(scope="module")
def trained(toy_file, tmp_path_factory):
    out = tmp_path_factory.mktemp("runs") / "adapter"
    _train(["--train", str(toy_file), "--out", str(out), "--model", "tiny", "--length", "4", "--steps", "6",
            "--batch-size", "4", "--lr", "0.05", "--test", str(toy_file), "--limit", "20", "--hard", "Say yes."])
    return out


def test_training_writes_an_adapter_that_poe_and_peft_load(trained, tiny_lm):
    from peft import PeftModel

    for name in ("adapter_config.json", "adapter_model.safetensors", "run.json", "config.yaml", "metrics.jsonl",
                 "task.json", "accuracy.json"):
        assert (trained / name).is_file(), name
    sp = load_soft_prompt(trained)
    assert sp.format == "peft" and sp.base_model == "tiny" and tuple(sp.embeddings.shape) == (4, tiny_lm.d_model)
    run = json.loads((trained / "run.json").read_text())
    assert run["train_seconds"] > 0 and "git_sha" in run
    acc = json.loads((trained / "accuracy.json").read_text())
    assert set(acc["conditions"]) == {"soft", "none", "hard"} and acc["n"] == 20
    assert json.loads((trained / "task.json").read_text())["labels"] == ["no", "yes"]
    peft_model = PeftModel.from_pretrained(tiny_lm.model, str(trained))
    assert torch.equal(peft_model.get_prompt(1)[0].detach().float(), sp.embeddings)


def test_peft_logits_equal_poe_prefix_slot_and_label_scores(trained, tiny_lm):
    """The saved adapter in PEFT's forward == the same soft prompt in poe's `prefix` slot == the label scores."""
    from peft import PeftModel

    lm = tiny_lm
    slot = PromptSlot(lm, "prefix")
    soft = load_soft_prompt(trained).embeddings
    peft_model = PeftModel.from_pretrained(lm.model, str(trained))
    x, labels = "Word: river", ["no", "yes"]
    scores = label_scores(lm, slot, [x], labels, [soft_condition(lm, soft)])["soft"][0]
    for c, y in enumerate(labels):
        tail, rep = tail_ids(slot, x), reply_ids(lm, y)
        ids = torch.tensor([slot.mid_ids + tail + rep])
        with torch.no_grad():
            want = peft_model(input_ids=ids).logits[0].float()  # [n_virtual + len, V]
            seq = torch.cat([slot.head(soft), lm.embed_ids(tail + rep)])
            got = lm.model(inputs_embeds=seq[None]).logits[0].float()
        torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-5)
        start = soft.shape[0] + len(slot.mid_ids) + len(tail) - 1  # the position that predicts reply token 0
        lp = torch.log_softmax(want[start : start + len(rep)], -1)
        assert abs(float(lp.gather(1, torch.tensor(rep)[:, None]).sum()) - float(scores[c])) < 1e-4


def test_cached_engine_equals_peft_forward(toy_file, tiny_lm):
    ex = read_task_file(toy_file)
    tuner = PromptTuner(tiny_lm, ex, TrainConfig(train=str(toy_file), model="tiny", length=3))
    rows = [0, 5, 7, 11]
    grads = {}
    for engine in ("peft", "cached"):
        tuner.param.grad = None
        loss = tuner.loss(rows, engine)
        loss.backward()
        grads[engine] = (loss.item(), tuner.param.grad.clone())
    assert abs(grads["peft"][0] - grads["cached"][0]) < 1e-5
    torch.testing.assert_close(grads["cached"][1], grads["peft"][1], atol=1e-5, rtol=1e-4)


def test_loss_decreases_on_a_toy_task(toy_file, tiny_lm):
    cfg = TrainConfig(train=str(toy_file), model="tiny", length=4, steps=30, lr=0.1, batch_size=8, warmup=2)
    res = train_prompt(tiny_lm, read_task_file(toy_file), cfg, progress=False)
    losses = [m["loss"] for m in res.metrics]
    assert sum(losses[-5:]) / 5 < sum(losses[:5]) / 5 - 1.0  # observed: about 7 -> 4.5 nats


def test_resume_equals_uninterrupted(toy_file, tiny_lm, tmp_path, monkeypatch):
    ex = read_task_file(toy_file)
    cfg = TrainConfig(train=str(toy_file), model="tiny", length=3, steps=6, lr=0.05, batch_size=4,
                      checkpoint_every=2)
    full = train_prompt(tiny_lm, ex, cfg, progress=False)
    resume = tmp_path / ".x.resume.pt"
    real, calls = PromptTuner.loss, {"n": 0}

    def dying(self, rows, engine=None):
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt
        return real(self, rows, engine)

    monkeypatch.setattr(PromptTuner, "loss", dying)
    with pytest.raises(KeyboardInterrupt):
        train_prompt(tiny_lm, ex, cfg, resume_file=resume, progress=False)
    monkeypatch.setattr(PromptTuner, "loss", real)
    again = train_prompt(tiny_lm, ex, cfg, resume_file=resume, progress=False)
    assert again.resumed_from == 4
    torch.testing.assert_close(again.prompt, full.prompt, atol=1e-6, rtol=1e-5)
    assert [m["loss"] for m in again.metrics] == pytest.approx([m["loss"] for m in full.metrics], abs=1e-6)


def test_one_component_poe_with_weight_one_equals_the_hard_prompt(tiny_lm, toy_file):
    lm = tiny_lm
    slot = PromptSlot(lm, "prefix")
    ex = read_task_file(toy_file)[:10]
    text = "Answer yes if the word is a fruit."
    conds = [hard_condition(lm, text), poe_condition(lm, [(text, 1.0)], name="poe1"),
             no_prompt_condition(lm), poe_condition(lm, [], null_weight=1.0, name="null1")]
    res = task_accuracy(lm, slot, ex, label_set(ex), conds)
    torch.testing.assert_close(res["poe1"].scores, res["hard"].scores, atol=1e-6, rtol=0)
    torch.testing.assert_close(res["null1"].scores, res["none"].scores, atol=1e-6, rtol=0)
    assert res["poe1"].accuracy == res["hard"].accuracy


def test_poe_scores_match_decode_convention_and_unbatched_forward(tiny_lm):
    """Batched, cached label scores == per-pair full forwards combined as poe/decode.py combines them."""
    lm = tiny_lm
    slot = PromptSlot(lm, "prefix")
    inputs = ["What is the capital of France?", "Why?", "hello there how are you doing today"]
    labels = ["yes", "no", "maybe later"]
    comps = [("Classify the sentiment.", 0.7), ("Answer in French.", -0.4)]
    scores = label_scores(lm, slot, inputs, labels, [poe_condition(lm, comps, null_weight=0.5)],
                          token_budget=40)["poe"]  # small budget: several chunks
    prompts = [lm.embed_text(t) for t, _ in comps] + [torch.zeros(0, lm.d_model)]
    w = torch.tensor([0.7, -0.4, 0.5])
    for b, x in enumerate(inputs):
        for c, y in enumerate(labels):
            tail, rep = tail_ids(slot, x), reply_ids(lm, y)
            lps = []
            for p in prompts:
                head = slot.head(p)
                with torch.no_grad():
                    logits = lm.model(inputs_embeds=torch.cat([head, lm.embed_ids(tail + rep)])[None]).logits[0]
                s = head.shape[0] + len(tail) - 1
                lps.append(torch.log_softmax(logits[s : s + len(rep)].float(), -1))
            mix = torch.log_softmax(torch.einsum("n,nrv->rv", w, torch.stack(lps)), -1)  # decode.py's formula
            want = float(mix.gather(1, torch.tensor(rep)[:, None]).sum())
            assert abs(want - float(scores[b, c])) < 1e-4


def test_reply_states_same_under_any_chunking(tiny_lm):
    """A long prompt's head bounds the chunks by key/value memory (B x C x (head + tail + reply) positions); the
    states do not depend on the chunking."""
    from softprism.synth.tasks_accuracy import reply_states

    slot = PromptSlot(tiny_lm, "prefix")
    long = tiny_lm.embed_text(" ".join(["Classify the question by the kind of answer it wants."] * 8))
    tails = [tail_ids(slot, x) for x in ["Who wrote Hamlet?", "How far is the Moon?", "What is DNA?", "Why?"]]
    reps = [reply_ids(tiny_lm, y) for y in ["human", "number", "description"]]
    one = reply_states(tiny_lm, slot, long, tails, reps, token_budget=4096)  # one chunk
    assert 3 * len(tails) * (long.shape[0] + max(map(len, tails))) > 4 * 40  # the bound splits at budget 40
    assert torch.allclose(reply_states(tiny_lm, slot, long, tails, reps, token_budget=40), one, atol=1e-5)


def test_decomposition_condition_uses_components_and_null_weight(tiny_lm):
    from softprism.poe.fit import Component, Decomposition

    dec = Decomposition([Component("a b", 0.5, 0), Component("c", -0.2, 1)], 0.3, 0, 0, 0, 0, 0, "", 0, True, 0, [])
    cond = decomposition_condition(tiny_lm, dec, k=1)
    assert [(e.name, e.weight) for e in cond.experts] == [("a b", 0.5), ("(no prompt)", 0.3)]


def test_stable_subset_and_batches_are_deterministic():
    ex = [TaskExample(f"q{i}", "a" if i % 2 else "b") for i in range(50)]
    sub = stable_subset(ex, 10)
    assert len(sub) == 10 and set(sub) == set(stable_subset(ex[::-1], 10))  # independent of the file's order
    assert [ex.index(e) for e in sub] == sorted(ex.index(e) for e in sub)  # kept in file order
    assert batch_rows(50, 8, 3, 7) == batch_rows(50, 8, 3, 7)
    seen = [r for s in range(0, 50 // 5) for r in batch_rows(50, 5, 0, s)]
    assert sorted(seen) == list(range(50))  # one epoch visits every row once


def test_tasks_eval_cli_scores_every_condition(trained, toy_file, tmp_path, capsys):
    from softprism.eval.tasks_eval import main

    dec = tmp_path / "dec.json"
    dec.write_text(json.dumps({"components": [{"text": "Say yes.", "weight": 0.8}], "null_weight": 0.3}))
    out = tmp_path / "acc.json"
    assert main(["--train", str(toy_file), "--test", str(toy_file), "--adapter", str(trained), "--hard", "Say yes.",
                 "--poe", str(dec), "--model", "tiny", "--limit", "12", "--out", str(out)]) == 0
    res = json.loads(out.read_text())
    assert list(res["conditions"]) == ["none", "soft", "hard0", "poe0"] and res["n"] == 12
    assert res["conditions"]["poe0"]["experts"] == [{"text": "Say yes.", "weight": 0.8},
                                                   {"text": "(no prompt)", "weight": 0.3}]
    assert "soft" in capsys.readouterr().out
    # a bare soft prompt file and no train file: the labels are the test file's distinct outputs
    bare = tmp_path / "soft.pt"
    torch.save(load_soft_prompt(trained).embeddings, bare)
    out2 = tmp_path / "acc2.json"
    assert main(["--test", str(toy_file), "--adapter", str(bare), "--model", "tiny", "--limit", "12",
                 "--out", str(out2)]) == 0
    res2 = json.loads(out2.read_text())
    assert res2["labels"] == label_set(read_task_file(toy_file))
    assert res2["conditions"]["soft"]["accuracy"] == res["conditions"]["soft"]["accuracy"]
    (tmp_path / "bad.json").write_text("{}")
    with pytest.raises(SystemExit) as e:
        main_guard(lambda: main(["--train", str(toy_file), "--test", str(toy_file), "--poe", str(tmp_path / "bad.json"),
                                 "--model", "tiny"]))
    assert e.value.code == 2 and "bad.json" in capsys.readouterr().err


def _lines(path, rows):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


@pytest.mark.parametrize("make,needle", [
    (lambda p: p, "task file not found"),
    (lambda p: _lines(p, ["", "  "]), "has no rows"),
    (lambda p: _lines(p, [{"input": "x", "output": "y"}, {"input": "z"}]), ":2: no `output`"),
    (lambda p: _lines(p, [{"output": "y"}]), ":1: no `input`"),
    (lambda p: _lines(p, ["{not json"]), ":1: not valid JSON"),
])
def test_bad_task_files_give_one_error_line_exit_2_and_no_output(tmp_path, capsys, make, needle):
    from softprism.synth.train_prompt import main

    bad = make(tmp_path / "task.jsonl")
    out = tmp_path / "adapter"
    with pytest.raises(SystemExit) as e:
        main_guard(lambda: main(["--train", str(bad), "--out", str(out), "--model", "tiny", "--steps", "1"]))
    assert e.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and str(bad) in err[0] and needle in err[0]
    assert not out.exists() and not any(p.name.startswith(".adapter") for p in tmp_path.iterdir())


def test_bad_test_file_fails_before_training(tmp_path, toy_file, capsys):
    from softprism.synth.train_prompt import main

    out = tmp_path / "adapter"
    with pytest.raises(SystemExit) as e:
        main_guard(lambda: main(["--train", str(toy_file), "--out", str(out), "--model", "tiny",
                                 "--test", str(tmp_path / "missing.jsonl")]))
    assert e.value.code == 2 and "missing.jsonl" in capsys.readouterr().err and not out.exists()


def test_test_labels_outside_the_train_labels_are_refused(tiny_lm):
    slot = PromptSlot(tiny_lm, "prefix")
    with pytest.raises(InputError, match="not among the train labels"):
        task_accuracy(tiny_lm, slot, [TaskExample("x", "maybe")], ["no", "yes"], [no_prompt_condition(tiny_lm)])


@pytest.mark.slow
def test_embedded_adapter_trains_and_peft_agrees(tmp_path):
    """The embedded model: 2 steps on 8 TREC-like rows; PEFT's forward equals poe's prefix slot (< 60 s)."""
    from peft import PeftModel

    from softprism.poe.lm import load_lm

    rows = [{"input": q, "output": a} for q, a in [
        ("What is the capital of Peru ?", "location"), ("Who wrote Hamlet ?", "human"),
        ("How many legs does a spider have ?", "number"), ("What does NASA stand for ?", "abbreviation"),
        ("Why is the sky blue ?", "description"), ("What is the best-selling car ?", "entity"),
        ("Where is Mount Everest ?", "location"), ("When did World War II end ?", "number")]]
    task = _lines(tmp_path / "trec_toy.jsonl", rows)
    out = tmp_path / "adapter"
    _train(["--train", str(task), "--out", str(out), "--length", "4", "--steps", "2", "--batch-size", "4",
            "--init", "text", "--init-text", "Classify the question."])
    sp = load_soft_prompt(out)
    assert sp.base_model == "HuggingFaceTB/SmolLM2-135M-Instruct"
    lm = load_lm("embedded")
    slot = PromptSlot(lm, "prefix")
    peft_model = PeftModel.from_pretrained(lm.model, str(out))
    ids = slot.mid_ids + tail_ids(slot, rows[0]["input"])
    with torch.no_grad():
        want = peft_model(input_ids=torch.tensor([ids])).logits[0, -1]
        got = lm.model(inputs_embeds=torch.cat([slot.head(sp.embeddings), lm.embed_ids(ids[len(slot.mid_ids):])])[
            None]).logits[0, -1]
    torch.testing.assert_close(got, want, atol=1e-4, rtol=1e-4)
