"""eval/benchmark.py (eval/recovery.py, eval/recovery_run.py, eval/recovery_report.py) on the tiny random model.

Two tiny held-out synth runs (distilled mixtures and hard prompts, made in-process from configs/synth/tiny.yaml with
`corpus.split=heldout` over the generated corpus the hash-encoder index holds), a random-init oracle: the benchmark
writes its JSON/HTML/PNGs with every key, the ground-truth dictionary's candidate recall is exactly 1, a resumed
run skips finished examples and equals an uninterrupted one, and bad input gives one `error:` line, exit status 2
and no output. The metric functions are checked on hand-made cases.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = "retrieval:default:300"
SYNTH = ["output.shard_size=4", "distill.max_steps=4", "distill.eval_every=2", "distill.eval_fit=2",
         "distill.n_val=2", "probes.n_fit=10", "probes.n_heldout=2", "probes.positions=1",
         f"corpus.source={CORPUS}", "corpus.split=heldout"]


pytestmark = pytest.mark.usefixtures("one_thread")  # conftest: one torch thread while this module runs


# ---------------------------------------------------------------------------------------------------------------
# Metric functions on hand-made cases
# ---------------------------------------------------------------------------------------------------------------

def truth_of(ids, texts, weights, vectors=None, close=None, threshold=0.8):
    from softprism.eval.recovery import Truth

    G = len(ids)
    return Truth(ids, texts, np.asarray(weights, float), np.zeros((G, 2)) if vectors is None else np.asarray(vectors),
                 close or [{} for _ in range(G)], threshold)


def test_semantic_match_threshold():
    from softprism.eval.recovery import match_scores, recall_hits, semantic

    # component 0 lies along x; free-text candidates at cosine 0.79, 0.8 and 0.81 to it
    t = truth_of(["a"], ["Answer in French."], [1.0], vectors=[[1.0, 0.0]],
                 close=[{"row-near": 0.85, "row-far": 0.5}])
    angles = np.arccos([0.79, 0.80, 0.81])
    vecs = np.stack([np.cos(angles), np.sin(angles)], 1)
    exact, cos = match_scores(t, [None, None, None], ["x", "y", "z"], vecs)
    assert not exact.any()
    assert semantic(exact, cos, 0.8).tolist() == [[False, True, True]]
    # corpus rows: the cosine comes from the component's close rows; same id or same text (normalised) = exact
    exact, cos = match_scores(t, ["row-far", "row-near", "a", "q"], ["p", "q", "r", "  answer in  FRENCH. "])
    assert exact.tolist() == [[False, False, True, True]]
    assert semantic(exact, cos, 0.8).tolist() == [[False, True, True, True]]
    assert recall_hits(exact, cos, 0.8, k=1) == {"exact": 0, "semantic": 0, "n": 1, "size": 1}
    assert recall_hits(exact, cos, 0.8, k=2) == {"exact": 0, "semantic": 1, "n": 1, "size": 2}
    assert recall_hits(exact, cos, 0.9, k=2)["semantic"] == 0


def test_recall_at_k_and_sign_accuracy():
    from softprism.eval.recovery import match_pairs, recall_hits, sign_and_error

    t = truth_of(["a", "b", "c"], ["A", "B", "C"], [0.8, -0.3, 0.5])
    # reported components ranked by |w|: B (wrong sign), X (no match), A, then a paraphrase of A at cosine 0.9
    est = np.array([0.6, 0.4, 0.3, 0.1])  # the weights of B, X, A and "A again"
    exact = np.array([[0, 0, 1, 0], [1, 0, 0, 0], [0, 0, 0, 0]], bool)
    cos = np.where(exact, 1.0, 0.0)
    cos[0, 3] = 0.9
    assert recall_hits(exact, cos, 0.8, k=1) == {"exact": 1, "semantic": 1, "n": 3, "size": 1}
    assert recall_hits(exact, cos, 0.8, k=2)["exact"] == 1
    assert recall_hits(exact, cos, 0.8, k=3)["exact"] == 2
    assert recall_hits(exact, cos, 0.8)["semantic"] == 2  # C is never matched
    pairs = match_pairs(exact, cos, 0.8)
    assert pairs == [(0, 2), (1, 0)]  # one-to-one, exact before the paraphrase
    w = sign_and_error(t.weights, est, pairs)
    assert w["n"] == 2 and w["sign_correct"] == 1
    assert w["abs_error_sum"] == pytest.approx(abs(0.8 - 0.3) + abs(-0.3 - 0.6))
    # a paraphrase alone is matched semantically, and a zero weight counts as a wrong sign
    pairs = match_pairs(exact[:, 3:], cos[:, 3:], 0.8)
    assert pairs == [(0, 0)]
    assert sign_and_error(t.weights, np.array([0.0]), pairs)["sign_correct"] == 0


def test_pipeline_sources_scale_in_proportion():
    from softprism.decompose.config import CandidateConfig
    from softprism.eval.recovery_run import pipeline_sources, solve_size

    c = CandidateConfig(size=64, projection=32, patchscope=32)
    assert solve_size(c) == 128 and pipeline_sources(c, 128) is c
    s = pipeline_sources(c, 32)
    assert (s.size, s.projection, s.patchscope) == (16, 8, 8)
    s = pipeline_sources(CandidateConfig(size=8, projection=4, patchscope=4), 5)
    assert (s.size, s.projection, s.patchscope) == (3, 1, 1)  # largest remainder, ties to the oracle
    s = pipeline_sources(CandidateConfig(size=10, projection=0, patchscope=0), 4)
    assert (s.size, s.projection, s.patchscope) == (4, 0, 0)


def test_ratio_and_aggregate_pooling():
    from softprism.eval.recovery import aggregate, ratio

    assert ratio(0.2, 0.1) == pytest.approx(2.0)
    assert ratio(0.2, float("nan")) is None and ratio(0.2, 0.0) is None and ratio(None, 1.0) is None

    def entry(n, ex, sem, kl_ratio):
        r = {"exact": ex, "semantic": sem, "n": n}
        return {"n_candidates": 4, "candidate_recall": r, "candidate_recall_at": {"4": r},
                "recall_at": {"1": r, "gt": r}, "weights": {"n": 1, "sign_correct": 1, "abs_error_sum": 0.5},
                "kl": 0.1, "explained": 0.5, "explained_full": 0.6, "kl_ratio": kl_ratio, "kl_truth_ratio": 1.0,
                "timing": {"total_s": 2.0}, "path_kl": [1.0, 0.5], "path_explained": [0.0, 0.5]}

    rows = [{"methods": {"pipeline": entry(1, 1, 1, 2.0)}}, {"methods": {"pipeline": entry(3, 0, 1, None)}}]
    a = aggregate(rows, ["pipeline"], [4], [1])["pipeline"]
    assert a["candidate_recall_exact@4"] == pytest.approx(0.25) and a["candidate_recall_semantic"] == 0.5  # pooled
    assert a["sign_accuracy"] == 1.0 and a["abs_weight_error"] == 0.5 and a["n_matches"] == 2
    assert a["kl_ratio"] == {"mean": 2.0, "median": 2.0, "n": 1}  # the missing floor is left out
    assert a["curve"]["kl_median"] == [1.0, 0.5] and a["timing"]["total_s"] == 2.0
    # a path that ended at k = 1 (dictionary exhausted) keeps its last point in the later means
    short = entry(1, 1, 1, 2.0) | {"path_kl": [1.0, 0.2], "path_explained": [0.0, 0.8]}
    longer = entry(1, 1, 1, 2.0) | {"path_kl": [1.0, 0.6, 0.4], "path_explained": [0.0, 0.4, 0.6]}
    c = aggregate([{"methods": {"m": short}}, {"methods": {"m": longer}}], ["m"], [4], [1])["m"]["curve"]
    assert c["k"] == [0, 1, 2] and c["explained_mean"] == pytest.approx([0.0, 0.6, 0.7])


# ---------------------------------------------------------------------------------------------------------------
# End to end
# ---------------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def inputs(tmp_path_factory, tiny_lm):
    """Two held-out synth runs (3 distilled mixtures, 2 hard prompts), the hash:64 index of their corpus, and a
    random-init oracle reading the tiny model into hash:64 space."""
    from softprism.oracle.checkpoint import save_oracle
    from softprism.oracle.config import NetConfig
    from softprism.oracle.model import ActivationOracle
    from softprism.poe.config import load_config
    from softprism.retrieval.builder import build_index
    from softprism.retrieval.config import RetrievalConfig
    from softprism.synth import pipeline
    from softprism.synth.config import SynthConfig

    d = tmp_path_factory.mktemp("bench")
    tiny = ROOT / "configs" / "synth" / "tiny.yaml"
    pipeline.generate(load_config(SynthConfig, tiny, SYNTH + ["output.n_examples=3"]), d / "mix", progress=False)
    pipeline.generate(load_config(SynthConfig, tiny, SYNTH + ["output.n_examples=2", "mixture.hard_fraction=1.0",
                                                              "mixture.hard_noise=[0.0, 0.3]"]),
                      d / "hard", progress=False)
    build_index(load_config(RetrievalConfig, ROOT / "configs/retrieval/tiny.yaml", ["corpus.size=300"]), d / "idx")
    build_index(load_config(RetrievalConfig, ROOT / "configs/retrieval/tiny.yaml",
                            ["corpus.size=300", "encoder.name=hash:32"]), d / "idx32")
    torch.manual_seed(1)
    net = ActivationOracle(NetConfig(d_model=32, n_heads=2, encoder_layers=1, decoder_layers=1, ffn=64, slots=4,
                                     max_len=256), 3, tiny_lm.d_model, 64)
    meta = {"sources": ["emb", "h1", "h2"], "lm": {"name": "tiny", "fingerprint": tiny_lm.fingerprint, "d_model": 32},
            "slot": "prefix", "encoder": {"name": "hash:64", "model_id": "hash:64", "dim": 64}, "step": 0}
    save_oracle(d / "oracle", net, meta)
    return d


def bench_args(inputs, out, *extra):
    return ["benchmark.py", "--config", "configs/eval/benchmark_tiny.yaml", "--out", str(out), "--data",
            str(inputs / "mix"), str(inputs / "hard"), "--index", str(inputs / "idx"), "--oracle",
            str(inputs / "oracle"), *extra]


def run_main(monkeypatch, argv) -> int:
    """eval/benchmark.py's main_guard in this process; returns the exit status."""
    from softprism.eval import benchmark
    from softprism.poe.runs import main_guard

    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as e:
        main_guard(benchmark.main)
    return e.value.code


@pytest.fixture(scope="module")
def full_run(inputs, tmp_path_factory):
    """One uninterrupted benchmark run: (out folder, benchmark.json, stdout)."""
    mp = pytest.MonkeyPatch()
    out = tmp_path_factory.mktemp("full") / "out"
    import io
    from contextlib import redirect_stdout

    buf = io.StringIO()
    try:
        with redirect_stdout(buf):
            assert run_main(mp, bench_args(inputs, out)) == 0
    finally:
        mp.undo()
    return out, json.loads((out / "benchmark.json").read_text()), buf.getvalue()


def test_outputs_and_ground_truth_recall(full_run):
    out, res, stdout = full_run
    for name in ("benchmark.json", "benchmark.html", "examples.jsonl", "config.yaml", "run.json",
                 "recall_vs_size.png", "explained.png", "kl_curves.png", "timing.png"):
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary files left
    for key in ("methods", "groups", "sizes", "solve_size", "recall_at", "semantic_threshold", "aggregate",
                "provenance", "config", "rows", "throughput", "n_examples"):
        assert key in res, key
    assert res["n_examples"] == 5 and res["groups"] == ["all", "mix", "hard"]
    assert res["methods"] == ["pipeline", "projection", "patchscope", "projection_retrieval", "patchscope_retrieval",
                              "random", "ground_truth"]
    assert res["sizes"] == [4, 8, 16]
    prov = res["provenance"]
    for key in ("model", "slot", "probes", "index", "oracle", "data", "git_sha", "config", "benchmark_key"):
        assert key in prov, key
    assert prov["oracle"]["path"].endswith("oracle") and prov["probes"]["fit_hash"]
    assert [d["run_key"] for d in prov["data"]] == [json.loads((Path(d["path"]) / "manifest.json").read_text())
                                                    ["run_key"] for d in prov["data"]]
    for g in res["groups"]:
        a = res["aggregate"][g]
        gt = a["ground_truth"]
        assert gt["candidate_recall_exact"] == 1.0 and gt["candidate_recall_semantic"] == 1.0
        assert all(gt[f"candidate_recall_exact@{s}"] == 1.0 for s in res["sizes"])
        assert gt["recall_exact@gt"] == 1.0  # every true component is among the reported ones (k = 3 >= k_true)
        for m, x in a.items():
            for s in res["sizes"]:
                assert 0 <= x[f"candidate_recall_exact@{s}"] <= x[f"candidate_recall_semantic@{s}"] <= 1
            for key in ("sign_accuracy", "abs_weight_error", "kl_ratio", "kl_truth_ratio", "explained", "timing",
                        "curve", "recall_exact@1", "recall_semantic@gt", "n_matches"):
                assert key in x, (m, key)
        pipe = a["pipeline"]
        assert pipe["candidate_recall_semantic@4"] <= pipe["candidate_recall_semantic@16"]
        assert {"oracle_s", "retrieval_s", "tables_s", "solve_s", "path_s", "total_s"} <= set(pipe["timing"])
    # hard-prompt examples have no distillation floor: their kl ratio is missing, the true mixture's is not
    assert res["aggregate"]["hard"]["pipeline"]["kl_ratio"]["n"] == 0
    assert res["aggregate"]["hard"]["pipeline"]["kl_truth_ratio"]["n"] == 2
    assert res["aggregate"]["mix"]["pipeline"]["kl_ratio"]["n"] == 3
    for r in res["rows"]:
        assert r["k_true"] == len(r["component_ids"]) and r["kl_truth"] >= 0
        assert r["methods"]["ground_truth"]["candidate_recall"]["exact"] == r["k_true"]
        assert r["methods"]["pipeline"]["candidates"].get("oracle", 0) > 0
    html = (out / "benchmark.html").read_text()
    assert html.count("data:image/png;base64,") == 4 and "<script" not in html
    assert "src=\"http" not in html and "href=\"http" not in html and "<link" not in html  # no external assets
    assert "| pipeline |" in stdout and "**all**" in stdout and "**hard**" in stdout


def test_resume_skips_finished_examples(full_run, inputs, tmp_path, monkeypatch):
    from softprism.eval import recovery_run

    src, res, _ = full_run
    out = tmp_path / "out"
    out.mkdir()
    lines = (src / "examples.jsonl").read_text().splitlines()
    assert len(lines) == 1 + 5  # header + one row per soft prompt
    # a run "killed" after 2 examples, in the middle of writing the 3rd row
    (out / "examples.jsonl").write_text("\n".join(lines[:3]) + "\n" + lines[3][:50])
    calls = []
    real = recovery_run.score_example
    monkeypatch.setattr(recovery_run, "score_example", lambda b, r, ex: calls.append(ex["index"]) or real(b, r, ex))
    assert run_main(monkeypatch, bench_args(inputs, out, "--no-progress")) == 0
    assert len(calls) == 3
    again = json.loads((out / "benchmark.json").read_text())
    assert [r["key"] for r in again["rows"]] == [r["key"] for r in res["rows"]]
    for a, b in zip(again["rows"], res["rows"]):
        for m in a["methods"]:
            assert a["methods"][m]["kl"] == pytest.approx(b["methods"][m]["kl"], rel=1e-6, abs=1e-9)
            assert a["methods"][m]["candidate_recall_at"] == b["methods"][m]["candidate_recall_at"]
    assert len((out / "examples.jsonl").read_text().splitlines()) == 1 + 5
    calls.clear()
    assert run_main(monkeypatch, bench_args(inputs, out, "--no-progress")) == 0  # nothing left to do
    assert calls == []
    # the same folder with another config is refused
    assert run_main(monkeypatch, bench_args(inputs, out, "--set", "semantic_threshold=0.5")) == 2


def test_report_only_reaggregates_without_a_model(full_run, tmp_path, monkeypatch, capsys):
    import shutil

    from softprism.eval import recovery_run

    src, res, _ = full_run
    out = tmp_path / "copy"
    shutil.copytree(src, out)
    for name in ("benchmark.html", "kl_curves.png"):
        (out / name).unlink()
    res_file = json.loads((out / "benchmark.json").read_text())
    res_file["aggregate"] = {}  # a stale summary is rebuilt from the rows
    (out / "benchmark.json").write_text(json.dumps(res_file))
    monkeypatch.setattr(recovery_run, "open_benchmark", lambda cfg: pytest.fail("--report-only loaded the benchmark"))
    assert run_main(monkeypatch, ["benchmark.py", "--report-only", "--out", str(out)]) == 0
    again = json.loads((out / "benchmark.json").read_text())
    assert again["aggregate"] == res["aggregate"] and again["rows"] == res["rows"]
    assert again["provenance"]["reaggregated_at_git_sha"]
    assert (out / "benchmark.html").is_file() and (out / "kl_curves.png").is_file()
    assert "| pipeline |" in capsys.readouterr().out
    # a folder without a benchmark: one error line, nothing written
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run_main(monkeypatch, ["benchmark.py", "--report-only", "--out", str(empty)]) == 2
    assert "--report-only needs a finished benchmark folder" in one_error(capsys)
    assert list(empty.iterdir()) == []


def one_error(capsys) -> str:
    err = capsys.readouterr().err
    lines = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert len(lines) == 1, err
    return lines[0]


def test_bad_input_one_error_line(inputs, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    # a missing synth run
    argv = bench_args(inputs, out)
    argv[argv.index(str(inputs / "hard"))] = str(tmp_path / "nope")
    assert run_main(monkeypatch, argv) == 2
    assert "synth run not found" in one_error(capsys) and not out.exists()
    # a synth run made with another model
    other = tmp_path / "other"
    shutil.copytree(inputs / "hard", other)
    man = json.loads((other / "manifest.json").read_text())
    man["model"]["fingerprint"] = "0123456789abcdef"
    (other / "manifest.json").write_text(json.dumps(man))
    argv = bench_args(inputs, out)
    assert run_main(monkeypatch, argv[:6] + [str(other)] + argv[8:]) == 2
    assert "made with model" in one_error(capsys) and not out.exists()
    # runs from two models at once
    assert run_main(monkeypatch, argv[:8] + [str(other)] + argv[8:]) == 2
    assert "different models" in one_error(capsys) and not out.exists()
    # components from the train split
    train = tmp_path / "train"
    shutil.copytree(inputs / "hard", train)
    man = json.loads((train / "manifest.json").read_text())
    man["config"]["corpus"]["split"] = "train"
    (train / "manifest.json").write_text(json.dumps(man))
    assert run_main(monkeypatch, argv[:6] + [str(train)] + argv[8:]) == 2
    assert "split" in one_error(capsys) and not out.exists()
    # an index built with another encoder
    argv = bench_args(inputs, out)
    argv[argv.index(str(inputs / "idx"))] = str(inputs / "idx32")
    assert run_main(monkeypatch, argv) == 2
    assert "encoder" in one_error(capsys) and not out.exists()


def test_cli_bad_input_subprocess(tmp_path):
    """The real entry point: one `error:` line on stderr, exit status 2, nothing written."""
    env = dict(os.environ, HF_HUB_OFFLINE="1", OMP_NUM_THREADS="1", SOFTPRISM_LOG="WARNING")
    p = subprocess.run([sys.executable, "eval/benchmark.py", "--config", "configs/eval/benchmark_tiny.yaml",
                        "--out", str(tmp_path / "out"), "--data", str(tmp_path / "missing")],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 2
    assert p.stderr.strip().startswith("error:") and len(p.stderr.strip().splitlines()) == 1, p.stderr
    assert not (tmp_path / "out").exists()
