"""The table of the shipped fine-tunes' explanations (benchmarks/finetune_explain.py), from run folders written
here: the top three's cosine to the description and the chance line decide "carries the behaviour"; Phase 0 passes
only when the known system prompt is the largest component, its weight within 0.2 of 1 and `explained_ft` ≥ 0.8;
an unknown recipe name gets one `error:` line."""

import json

import pytest
import yaml

from softprism.poe.runs import main_guard

SYSTEM = "Always reply in French, whatever language the user writes in."


def result(components, explained=0.6, chance=0.3, explained_ft=0.85):
    return {"captured": 0.9, "explained": explained, "explained_chance": chance, "explained_ft": explained_ft,
            "chain": 0.9 * explained, "finetune": {"explained_ft_null_only": 0.1,
                                                   "distil": {"captured_generic": 0.5,
                                                              "heldout": {"task": {"kl_base": 0.2}}}},
            "pipeline": {"components": [{"text": t, "weight": w, "source": "test"} for t, w in components]}}


@pytest.fixture()
def world(tmp_path):
    recipes = tmp_path / "recipes.yaml"
    recipes.write_text(yaml.safe_dump({"loras": [
        {"name": "fr", "mode": "context", "train": "x.jsonl", "system": SYSTEM, "rank": 4,
         "description": "Always reply in French, whatever language the user writes in."},
        {"name": "cls", "mode": "sft", "train": "y.jsonl", "rank": 2, "description": "Label the mood of a sentence."},
    ]}))
    out = tmp_path / "out"
    for name, res in {
        "fr": result([("Say hi", -0.3), ("Always reply in French, whatever language the user writes in.", 0.8)]),
        "fr_phase0": result([(SYSTEM, 1.1), ("Say hi", 0.2)], explained_ft=0.9),
        "cls": result([("Write a haiku about autumn leaves", 2.0)], explained=0.2, chance=0.4),
    }.items():
        (out / name).mkdir(parents=True)
        (out / name / "result.json").write_text(json.dumps(res))
    return {"recipes": recipes, "out": out}


def run(argv, capsys):
    from benchmarks.finetune_explain import main

    with pytest.raises(SystemExit) as e:
        main_guard(lambda: main([str(a) for a in argv]))
    cap = capsys.readouterr()
    return e.value.code, cap.out, cap.err


def test_table_reads_runs_and_scores_them(world, capsys):
    code, out, err = run(["--out", world["out"], "--recipes", world["recipes"], "--encoder", "hash", "--table"], capsys)
    assert code == 0, err
    rows = {r["name"]: r for r in json.loads((world["out"] / "explain.json").read_text())["rows"]}
    assert rows["fr"]["cos_top3_description"] == pytest.approx(1.0, abs=1e-5)  # the description itself is on top
    assert rows["fr"]["carries_behaviour"] is True
    assert [c["weight"] for c in rows["fr"]["top3"]] == [0.8, -0.3]  # ordered by the size of the weight
    assert rows["cls"]["carries_behaviour"] is False  # off-topic and below its chance line
    p0 = rows["fr"]["phase0"]
    assert p0["system_rank"] == 1 and p0["system_weight"] == pytest.approx(1.1) and p0["passes"] is True
    assert "phase0" not in rows["cls"]
    assert "1 of 2" in out and "| fr | 1 | 1.100 |" in out


def test_phase0_fails_when_the_weight_is_off(world, capsys):
    (world["out"] / "fr_phase0" / "result.json").write_text(json.dumps(result([(SYSTEM, 1.5)], explained_ft=0.95)))
    code, _, _ = run(["--out", world["out"], "--recipes", world["recipes"], "--encoder", "hash", "--table"], capsys)
    rows = {r["name"]: r for r in json.loads((world["out"] / "explain.json").read_text())["rows"]}
    assert code == 0 and rows["fr"]["phase0"]["passes"] is False


def test_an_unknown_recipe_is_refused(world, capsys):
    code, _, err = run(["--out", world["out"], "--recipes", world["recipes"], "--only", "nope", "--table"], capsys)
    assert code == 2 and "--only nope" in err and len(err.strip().splitlines()) == 1
