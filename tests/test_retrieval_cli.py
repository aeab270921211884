"""retrieval/build.py and retrieval/search.py end to end, one-line errors on bad input, and the coverage measurements
(benchmarks/retrieval_bench.py) on a stand-in corpus."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from softprism.poe.config import check_documented, load_config
from softprism.retrieval.config import RetrievalConfig

ROOT = Path(__file__).resolve().parent.parent
ENV = dict(os.environ, HF_HUB_OFFLINE="1", SOFTPRISM_LOG="WARNING")
BENCH = ("-m", "benchmarks.retrieval_bench")  # the project's retrieval measurements (benchmarks/, from the root)


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, *map(str, args)], capture_output=True, text=True, env=ENV, cwd=cwd)


def test_config_documented_and_yaml_loads():
    from softprism.retrieval.signatures import SignatureIndexConfig

    assert check_documented(RetrievalConfig) == [] and check_documented(SignatureIndexConfig) == []
    for path in sorted((ROOT / "configs" / "retrieval").glob("*.yaml")):
        # signatures*.yaml configure `retrieval/build.py --signatures`
        load_config(SignatureIndexConfig if path.stem.startswith("signatures") else RetrievalConfig, path)
    with pytest.raises(Exception, match="unknown key"):
        load_config(RetrievalConfig, None, ["index.nope=1"])


def test_build_then_search(tmp_path):
    out = tmp_path / "idx"
    r = run("retrieval/build.py", "--config", "configs/retrieval/tiny.yaml", "--corpus", "default", "--size", "800",
            "--out", out)
    assert r.returncode == 0, r.stderr
    assert {"index.faiss", "index.json", "rows.jsonl", "config.yaml", "run.json"} <= {p.name for p in out.iterdir()}
    assert not (tmp_path / ".idx.embed").exists()
    rows = [json.loads(line) for line in (out / "rows.jsonl").read_text().splitlines()]
    assert len(rows) == 800 and set(rows[0]) == {"id", "text", "source", "template", "split"}
    r = run("retrieval/search.py", out, rows[5]["text"], "-k", "3", "--json")
    assert r.returncode == 0, r.stderr
    hits = json.loads(r.stdout.splitlines()[0])["hits"]
    assert len(hits) == 3 and hits[0]["id"] == rows[5]["id"]
    r = run("retrieval/search.py", out, "write a poem", "-k", "2")
    assert r.returncode == 0 and r.stdout.count("\n") == 3


def one_line_error(r):
    assert r.returncode == 2, (r.stdout, r.stderr)
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), r.stderr
    return lines[0]


def test_bad_input_one_line(tmp_path):
    (tmp_path / "empty.jsonl").write_text("")
    (tmp_path / "nocol.csv").write_text("label,score\n1,2\n")
    out = tmp_path / "idx"
    msg = one_line_error(run("retrieval/build.py", "--corpus", tmp_path / "empty.jsonl", "--out", out,
                             "--set", "encoder.name=hash:16"))
    assert "empty" in msg and not out.exists()
    msg = one_line_error(run("retrieval/build.py", "--corpus", tmp_path / "nocol.csv", "--out", out,
                             "--set", "encoder.name=hash:16"))
    assert "no text column" in msg and "label, score" in msg
    assert "unknown key" in one_line_error(run("retrieval/build.py", "--out", out, "--set", "corpus.nope=1"))
    assert "not found" in one_line_error(run("retrieval/search.py", tmp_path / "nowhere", "query"))
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "index.json").write_text("[1, 2")
    assert "unreadable sidecar" in one_line_error(run("retrieval/search.py", tmp_path / "junk", "query"))
    assert "not an index folder" in one_line_error(run("retrieval/search.py", tmp_path, "query"))


def test_coverage_bench_skips_without_shared_and_reports_with_a_corpus(tmp_path):
    r = run(*BENCH, "--coverage", "--corpora", tmp_path / "absent", "--out", tmp_path / "cov0")
    assert r.returncode == 0 and "skipped" in r.stdout, r.stderr
    assert not (tmp_path / "cov0").exists()
    real = tmp_path / "corpora"
    real.mkdir()
    (real / "mine.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in [
        "Count the vowels in this word.", "What is the capital of {country}?", "Translate the sentence into German.",
        "Write a haiku about the sea.", "Is this review positive or negative?"]))
    r = run(*BENCH, "--coverage", "--corpora", real, "--encoder", "hash:64", "--sizes", "300,600",
            "--per-corpus", "4", "--out", tmp_path / "cov")
    assert r.returncode == 0, r.stderr
    rep = json.loads((tmp_path / "cov" / "coverage.json").read_text())
    per = rep["sizes"]["600"]["mine"]
    assert per["prompts"] == 4 and len(per["worst"]) == 4 and 0 <= per["share_ge_0.7"] <= per["share_ge_0.5"] <= 1
    assert rep["sizes"]["300"]["mine"]["median"] <= per["median"] + 1e-6  # a prefix never covers better
    assert "pairs_per_100k_rows" in rep["near_duplicates"] and len(rep["sample50"]) == 50
    cs = rep["copied_sentences"]
    assert cs["min_words"] == 12 and cs["matches"] >= 0 and isinstance(cs["examples"], list)
    ref = rep["real_reference"]["mine"]  # one corpus: its own other prompts, and no "others"
    assert ref["same"]["rows"] == 5 and "others" not in ref and ref["all"] == ref["same"]
    r = run(*BENCH, "--coverage", "--corpora", real, "--encoder", "hash:64", "--reference", "only",
            "--per-corpus", "4", "--out", tmp_path / "ref")
    assert r.returncode == 0 and "reference" in r.stdout, r.stderr
    only = json.loads((tmp_path / "ref" / "coverage.json").read_text())
    assert only["sizes"] == {} and only["real_reference"] == rep["real_reference"]


def test_copied_sentences_finds_a_generated_sentence_in_a_real_corpus(tmp_path):
    """The guard against copying from the yardstick: a generated sentence of >= 12 words that a real prompt also
    contains (case and punctuation aside) is reported with its template; a near miss is not."""
    from benchmarks.retrieval_measures import copied_sentences

    long = "Read the following customer message carefully and decide which department should handle it first."
    gen = ["Be brief.", "Please help. " + long, "Write a poem about the sea in the style of a sailor's work song."]
    real = tmp_path / "corpora"
    real.mkdir()
    (real / "mine.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in [
        "Some preamble here. " + long.upper().replace(",", ""),
        "Write a poem about the sea in the style of a sailor's drinking song."]))  # one word differs
    cs = copied_sentences(real, gen, ["a.00", "b.01", "c.02"])
    assert cs["matches"] == 1 and cs["examples"][0]["template"] == "b.01" and cs["examples"][0]["corpus"] == "mine"


def test_real_reference_excludes_only_the_prompt_itself(tmp_path):
    """The coverage goal's reference line: each sampled prompt's nearest *other* real prompt, in its own corpus, in
    the others and in all; the prompt's own row never counts, a verbatim copy in another corpus does."""
    import numpy as np

    from benchmarks.retrieval_measures import real_reference

    texts = {"Count the vowels in this word.": [1.0, 0.0, 0.0], "Count the letters in this word.": [0.6, 0.8, 0.0],
             "Write a haiku about the sea.": [0.0, 0.0, 1.0], "Spell the word backwards.": [0.9, 0.0, 0.436]}

    class Stub:
        def encode(self, batch):
            return np.array([texts[t] for t in batch], np.float32)

    (tmp_path / "a.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in [
        "Count the vowels in this word.", "Count the letters in this word."]))
    (tmp_path / "b.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in [
        "Spell the word backwards.", "Write a haiku about the sea."]))
    ref = real_reference(tmp_path, {"a": ["Count the vowels in this word."]}, Stub())["a"]
    assert ref["same"]["median"] == pytest.approx(0.6, abs=1e-4)  # not 1.0: its own row is excluded
    assert ref["others"]["median"] == pytest.approx(0.9, abs=1e-4) and ref["others"]["rows"] == 2
    assert ref["all"]["median"] == pytest.approx(0.9, abs=1e-4) and ref["all"]["share_ge_0.7"] == 1.0
    assert list(ref["same_by_rows"]) == ["2"] and ref["same_by_rows"]["2"]["median"] == ref["same"]["median"]
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "Count the vowels in this word."}) + "\n")
    ref = real_reference(tmp_path, {"a": ["Count the vowels in this word."]}, Stub())["a"]
    assert ref["others"]["median"] == pytest.approx(1.0, abs=1e-4) and ref["same"]["median"] < 0.61


def test_real_reference_size_curve_is_nested(tmp_path):
    """`same_by_rows`: coverage by nested subsets of a corpus' own rows (128, 256, ..., all) never falls with size,
    and its last point is the whole-corpus figure."""
    import numpy as np

    from benchmarks.retrieval_measures import real_reference

    texts = [f"Write a short note about topic number {i}." for i in range(300)]

    class Stub:
        def encode(self, batch):
            v = np.stack([np.random.default_rng(int(t.split()[-1].rstrip("."))).normal(size=16) for t in batch])
            return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)

    (tmp_path / "c.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in texts))
    ref = real_reference(tmp_path, {"c": texts[:40]}, Stub())["c"]
    curve = ref["same_by_rows"]
    assert list(curve) == ["128", "256", "300"]
    meds = [curve[m]["median"] for m in curve]
    assert meds == sorted(meds) and meds[0] < meds[-1] and curve["300"]["median"] == ref["same"]["median"]
