"""The task suite (benchmarks/suite/): its generated data, its frozen split, and its command end to end on the tiny
random model (train, run with the chance line, resume, the table), plus its metrics on known cases."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT / "benchmarks" / "suite"


pytestmark = pytest.mark.usefixtures("one_thread")  # conftest: one torch thread while this module runs


def test_generated_files_are_what_the_rules_give():
    r = subprocess.run([sys.executable, str(SUITE / "generate.py"), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_split_is_frozen_broad_and_disjoint():
    from benchmarks.suite.generate import GENERATED, rows_of
    from benchmarks.suite.tasks import SHARED, read_split, suite_tasks

    split = read_split()
    assert len(split["dev"]) >= 12 and len(split["test"]) >= 12
    names = split["dev"] + split["test"]
    assert len(names) == len(set(names)) >= 24
    generated = {t.name for t in GENERATED}
    assert len(set(names) & generated) >= 16 and len(set(names) & set(SHARED)) <= 8
    assert set(names) <= generated | set(SHARED)
    for _, task in suite_tasks("all"):
        d = task.descriptions
        assert 3 <= len(d) <= 5 and len(set(d)) == len(d), task.name
    for t in GENERATED:
        tr, te = rows_of(t)
        assert len(tr) >= 20 and len(te) >= 10, t.name
        assert not {a for a, _ in tr} & {a for a, _ in te}, f"{t.name}: a test input is also a train input"
        assert rows_of(t) == (tr, te), f"{t.name}: not deterministic"


def test_no_shared_rows_are_committed():
    tracked = subprocess.run(["git", "ls-files", "benchmarks/suite/tasks"], cwd=ROOT, capture_output=True,
                             text=True).stdout.split()
    if not tracked:
        pytest.skip("not a git checkout")
    from benchmarks.suite.tasks import SHARED

    for name in SHARED:
        assert not [p for p in tracked if p.startswith(f"benchmarks/suite/tasks/{name}/") and p.endswith(".jsonl")]


def test_rouge_l_and_top_weighted():
    from benchmarks.suite.suite import rouge_l, top_weighted

    assert rouge_l("Give the opposite of the word.", "give the opposite of the word") == pytest.approx(1.0)
    assert rouge_l("cats and dogs", "birds") == 0.0
    # LCS "the word" (2) of 4 and 3 tokens: p = 2/4, r = 2/3
    assert rouge_l("spell the word backwards", "the word please") == pytest.approx(2 * (0.5 * 2 / 3) / (0.5 + 2 / 3))
    comps = [{"text": "a", "weight": -3.0}, {"text": "b", "weight": 0.5}, {"text": "c", "weight": 1.5}]
    assert top_weighted(comps)["text"] == "c"
    assert top_weighted([{"text": "a", "weight": -1.0}]) is None


@pytest.fixture(scope="module")
def tiny_suite(tmp_path_factory):
    """A two-task suite folder (one dev, one test task, a slice of two generated tasks) and a tiny index."""
    from softprism.poe.config import load_config
    from softprism.retrieval.builder import build_index
    from softprism.retrieval.config import RetrievalConfig

    root = tmp_path_factory.mktemp("suite")
    for name in ("parity", "nonce_category"):
        src, dst = SUITE / "tasks" / name, root / "tasks" / name
        dst.mkdir(parents=True)
        shutil.copy(src / "descriptions.txt", dst)
        shutil.copy(src / "task.json", dst)
        for f, n in (("train.jsonl", 24), ("test.jsonl", 10)):
            rows = (src / f).read_text().splitlines()[:n]
            (dst / f).write_text("\n".join(rows) + "\n")
    (root / "split.yaml").write_text(yaml.safe_dump({"dev": ["parity"], "test": ["nonce_category"]}))
    cfg = load_config(RetrievalConfig, ROOT / "configs/retrieval/tiny.yaml", ["corpus.size=200"])
    index = build_index(cfg, tmp_path_factory.mktemp("index") / "idx")
    return root, index


def suite_cli(*args: str) -> int:
    from benchmarks.suite import suite

    return suite.main(list(args))


def test_suite_trains_runs_with_chance_lines_and_resumes(tiny_suite, tmp_path, capsys):
    root, index = tiny_suite
    assert suite_cli("train", "--root", str(root), "--model", "tiny", "--steps", "4") == 0
    for name in ("parity", "nonce_category"):
        acc = json.loads((root / "tasks" / name / "accuracy.json").read_text())
        assert set(acc["conditions"]) == {"soft", "none", "description"}
        assert acc["recipe"]["steps"] == 4 and isinstance(acc["learnable"], bool)
        assert (root / "tasks" / name / "adapter" / "adapter_model.safetensors").is_file()
    out = tmp_path / "run"
    args = ["run", "--root", str(root), "--config", str(ROOT / "configs/eval/decompose_tiny.yaml"), "--out", str(out),
            "--model", "tiny", "--encoder", "hash:64", "--draws", "3", "--set", f"retrieval.index={index.folder}",
            "--set", "probes.n_fit=8", "--set", "probes.n_heldout=6"]
    assert suite_cli(*args) == 0
    obj = json.loads((out / "suite.json").read_text())
    rows = {r["task"]: r for r in obj["rows"]}
    assert set(rows) == {"parity", "nonce_category"}
    for r in rows.values():
        assert len(r["chance_draws"]) == 3
        assert r["chance_size"] == r["n_candidates"]  # in the suite the random dictionaries have the pipeline's size
        assert r["margin"] == pytest.approx(r["explained"] - r["chance_mean"])
        assert set(r["accuracy"]) == {"soft", "none", "poe", "top_component", "description"}
        assert r["accuracy"]["poe"] is not None and 0 <= r["accuracy"]["poe"] <= 1
        assert -1 <= r["cos_top3"] <= 1 and 0 <= r["rougeL_top3"] <= 1
        assert {"decompose_command", "accuracy", "tables_s"} <= set(r["seconds"])
    assert rows["parity"]["half"] == "dev" and rows["nonce_category"]["half"] == "test"
    assert set(obj["summary"]) == {"dev", "test"}  # means per half, never pooled
    assert (out / "suite.png").stat().st_size > 1000 and "| half |" in (out / "suite.md").read_text()

    # a rerun (as after a kill) reads finished tasks back instead of decomposing them again
    row = out / "parity" / "suite_row.json"
    before = row.stat().st_mtime_ns
    (out / "nonce_category" / "suite_row.json").unlink()  # as if killed during the second task
    assert suite_cli(*args) == 0
    assert row.stat().st_mtime_ns == before
    again = {r["task"]: r for r in json.loads((out / "suite.json").read_text())["rows"]}
    assert again["nonce_category"]["explained"] == pytest.approx(rows["nonce_category"]["explained"])
    assert suite_cli("table", str(out)) == 0

    # --no-accuracy: the same decomposition, the answer's accuracies left out (the soft prompt's stay)
    quick = tmp_path / "quick"
    assert suite_cli(*[quick.as_posix() if a == str(out) else a for a in args], "--tasks", "parity",
                     "--no-accuracy") == 0
    q = json.loads((quick / "parity" / "suite_row.json").read_text())
    assert q["accuracy"]["poe"] is None and q["accuracy"]["top_component"] is None
    assert q["accuracy"]["soft"] == rows["parity"]["accuracy"]["soft"]
    assert q["explained"] == pytest.approx(rows["parity"]["explained"])

    # --with-descriptions: the task's descriptions are in its dictionary, as user candidates
    up = tmp_path / "upper"
    assert suite_cli(*[up.as_posix() if a == str(out) else a for a in args], "--tasks", "parity",
                     "--no-accuracy", "--with-descriptions") == 0
    res = json.loads((up / "parity" / "decomposition" / "result.json").read_text())
    refs = (root / "tasks" / "parity" / "descriptions.txt").read_text().split("\n")
    assert res["pipeline"]["candidates"].get("user") == len([t for t in refs if t.strip()])
    assert json.loads((up / "suite.json").read_text())["meta"]["with_descriptions"] is True

    # compare: the lever's run against the base, on the tasks in both, means per half
    cmp_json = tmp_path / "cmp.json"
    assert suite_cli("compare", str(out), str(up), "--json", str(cmp_json)) == 0
    c = json.loads(cmp_json.read_text())
    assert [r["task"] for r in c["rows"]] == ["parity"] and set(c["means"]) == {"dev"}
    assert c["rows"][0]["from"]["user"] == sum(1 for x in res["pipeline"]["components"] if x["source"] == "user")
    assert c["rows"][0]["explained"] == pytest.approx([rows["parity"]["explained"], res["pipeline"]["explained"]])
    assert "| mean of 1 | dev |" in capsys.readouterr().out
    with pytest.raises(Exception, match="no task in both"):
        suite_cli("compare", str(out), str(up), "--split", "test")
    with pytest.raises(Exception, match="does not exist"):  # refused before any work
        suite_cli("compare", str(out), str(up), "--json", str(tmp_path / "no" / "cmp.json"))


def test_coverage_finds_the_row_a_description_is(tiny_suite, tmp_path, capsys):
    """`coverage`: per task the index row nearest to its descriptions; a description that is an index row word for
    word is found at cosine 1, per half apart, and the JSON holds the rows and means."""
    root, index = tiny_suite
    task = root / "tasks" / "parity" / "descriptions.txt"
    kept = task.read_text()
    try:
        task.write_text(index.corpus.texts[7] + "\n" + kept)
        out = tmp_path / "cov.json"
        assert suite_cli("coverage", "--root", str(root), "--index", str(index.folder), "--json", str(out)) == 0
    finally:
        task.write_text(kept)
    obj = json.loads(out.read_text())
    by = {r["task"]: r for r in obj["tasks"]}
    assert by["parity"]["half"] == "dev" and by["parity"]["cos"] == pytest.approx(1.0, abs=1e-3)
    assert by["parity"]["nearest"] == index.corpus.texts[7] and by["nonce_category"]["cos"] < 0.999
    assert set(obj["summary"]) == {"dev", "test"} and obj["rows"] == len(index)
    assert "dev: mean nearest-row cosine 1.000" in capsys.readouterr().out


def test_suite_refuses_bad_input_in_one_line(tiny_suite, tmp_path):
    root, _ = tiny_suite
    env_cmd = [sys.executable, "-m", "benchmarks.suite.suite"]
    cases = [
        (["run", "--root", str(root), "--config", "nope.yaml", "--out", str(tmp_path / "a")], "nope.yaml"),
        (["run", "--root", str(root), "--config", str(ROOT / "configs/eval/decompose_tiny.yaml"), "--out",
          str(tmp_path / "b"), "--split", "train"], "--split"),
        (["run", "--root", str(root), "--config", str(ROOT / "configs/eval/decompose_tiny.yaml"), "--out",
          str(tmp_path / "c"), "--tasks", "antonym"], "--tasks"),
        (["run", "--root", str(tmp_path), "--config", str(ROOT / "configs/eval/decompose_tiny.yaml"), "--out",
          str(tmp_path / "d")], "split.yaml"),
    ]
    for argv, needle in cases:
        r = subprocess.run(env_cmd + argv, cwd=ROOT, capture_output=True, text=True)
        assert r.returncode == 2, r.stderr
        err = [line for line in r.stderr.splitlines() if line.strip()]
        assert len(err) == 1 and err[0].startswith("error:") and needle in err[0], r.stderr
    assert not any((tmp_path / x).exists() for x in "abcd")


def test_broad_battery_takes_no_probe_from_the_suite():
    from softprism.poe.signatures import load_battery

    battery = load_battery(str(ROOT / "poe" / "data" / "battery_broad.txt"))
    texts = [p.text.strip().lower() for p in battery.probes]
    assert len(texts) >= 48 and len(set(texts)) == len(texts)
    by_name = load_battery("broad")  # the embedded name for the same file
    assert by_name.source == "battery:broad" and [p.text.strip().lower() for p in by_name.probes] == texts
    assert load_battery("default").source == "battery:default" and len(load_battery("")) == 12
    seen = set()
    for f in (SUITE / "tasks").glob("*/*.jsonl"):
        for line in f.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            seen |= {row["input"].strip().lower(), row["output"].strip().lower()}
    assert not [t for t in texts if t in seen]


@pytest.mark.slow
def test_one_real_task_on_the_embedded_model(tmp_path):
    """One dev task's shipped soft prompt, decomposed by the suite on the embedded model at a small size: the row
    carries the chance line of the pipeline's size, the decision, the description scores and every accuracy, and
    the soft prompt's accuracy is the one `train` measured (the same answer space and rows)."""
    task = SUITE / "tasks" / "nonce_category"
    if not (task / "adapter" / "adapter_model.safetensors").is_file():
        pytest.skip("the suite's soft prompts are not trained in this checkout")
    out = tmp_path / "run"
    sets = ["candidates.signature=8", "candidates.signature_rounds=2", "candidates.size=8", "candidates.projection=4",
            "candidates.patchscope=0", "candidates.neighbours=0", "probes.n_fit=8", "probes.n_heldout=6", "k=3"]
    argv = ["run", "--config", str(ROOT / "configs/eval/decompose_demo.yaml"), "--out", str(out), "--split", "dev",
            "--tasks", "nonce_category", "--draws", "3"]
    for s in sets:
        argv += ["--set", s]
    assert suite_cli(*argv) == 0
    row = json.loads((out / "nonce_category" / "suite_row.json").read_text())
    assert len(row["chance_draws"]) == 3 and row["chance_size"] == row["n_candidates"]
    assert row["explained_label"] is not None  # four labels: the decision block is filled in
    assert 0 < row["k"] <= 3 and row["top_component"] is not None
    acc = json.loads((task / "accuracy.json").read_text())["conditions"]
    assert row["accuracy"]["soft"] == acc["soft"]["accuracy"]
    assert row["accuracy"]["soft"] >= row["accuracy"]["none"] + 0.2  # the task is learnable with the recipe
    assert 0 <= row["accuracy"]["poe"] <= 1 and 0 <= row["accuracy"]["top_component"] <= 1
