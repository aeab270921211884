"""The LoRA-rank × soft-prompt-length sweep (benchmarks/finetune_sweep.py) on the tiny random model.

It trains one LoRA per rank and distils each into every length, writes a row per (rank, length) with `captured` on
the like-training and the generic probes, a table and a plot; a rerun reads the finished pieces back instead of
retraining them; a recipe name that is not in the file, or a bad rank list, gets one `error:` line and status 2.
"""

import json

import pytest
import yaml

from softprism.poe.runs import main_guard


pytestmark = pytest.mark.usefixtures("one_thread")  # conftest: one torch thread while this module runs


@pytest.fixture(scope="module")
def recipes(tmp_path_factory):
    from softprism.poe.probes import default_probe_texts

    d = tmp_path_factory.mktemp("sweep")
    rows = d / "inputs.jsonl"
    rows.write_text("".join(json.dumps({"input": t}) + "\n" for t in default_probe_texts()[:30]))
    f = d / "recipes.yaml"
    f.write_text(yaml.safe_dump({"loras": [{"name": "poet", "mode": "context", "train": str(rows),
                                            "system": "Answer like a poet.", "rank": 2,
                                            "description": "Answers like a poet."}]}))
    return f


def run(argv, capsys) -> tuple[int, str, str]:
    from benchmarks.finetune_sweep import main

    with pytest.raises(SystemExit) as e:
        main_guard(lambda: main([str(a) for a in argv]))
    cap = capsys.readouterr()
    return e.value.code, cap.out, cap.err


def test_sweep_writes_a_row_per_rank_and_length_and_resumes(recipes, tmp_path, capsys):
    out = tmp_path / "sweep"
    argv = ["--out", out, "--recipes", recipes, "--recipe", "poet", "--ranks", "1,2", "--lengths", "1,2",
            "--steps", "4", "--lora-steps", "3", "--model", "tiny"]
    code, text, err = run(argv, capsys)
    assert code == 0, err
    got = json.loads((out / "sweep.json").read_text())
    assert [(r["rank"], r["length"]) for r in got["rows"]] == [(1, 1), (1, 2), (2, 1), (2, 2)]
    for r in got["rows"]:
        assert r["captured"] is not None and r["captured"] <= 1.0
        assert r["captured_generic"] is not None and r["captured_generic"] <= 1.0
        assert r["kl_base_task"] > 0 and r["kl_soft_task"] >= 0
    assert got["meta"]["recipe"] == "poet" and got["meta"]["ranks"] == [1, 2]
    assert (out / "sweep.png").stat().st_size > 0
    assert "| r = 1 |" in text and "| r = 2 |" in text
    # a rerun reads the pieces back: nothing is retrained, the rows are the same
    stamp = {p: p.stat().st_mtime_ns for p in out.glob("*/adapter_model.safetensors")}
    assert len(stamp) == 2 + 4
    code, _, err = run(argv, capsys)
    assert code == 0, err
    assert {p: p.stat().st_mtime_ns for p in out.glob("*/adapter_model.safetensors")} == stamp
    assert json.loads((out / "sweep.json").read_text())["rows"] == got["rows"]
    # --table only gathers
    code, text, _ = run(["--out", out, "--recipes", recipes, "--recipe", "poet", "--ranks", "1,2", "--lengths", "1,2",
                         "--table"], capsys)
    assert code == 0 and "| r = 2 |" in text


@pytest.mark.parametrize("extra, says", [
    (["--recipe", "nobody"], "no recipe named 'nobody'"),
    (["--recipe", "poet", "--ranks", "0,4"], "--ranks '0,4'"),
    (["--recipe", "poet", "--lengths", "a"], "--lengths 'a'"),
])
def test_bad_input_gets_one_line(recipes, tmp_path, capsys, extra, says):
    code, out, err = run(["--out", tmp_path / "s", "--recipes", recipes, "--model", "tiny", *extra], capsys)
    assert code == 2 and says in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "s" / "sweep.json").exists()
