"""eval/signature_bench.py at tiny size: every source scored on exact mixtures and held-out hard prompts, JSON,
plot and table written; signature pursuit finds the exact mixtures it is built for."""

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    from softprism.poe.config import load_config
    from softprism.poe.lm import ModelConfig
    from softprism.poe.signatures import SignatureConfig
    from softprism.retrieval.builder import build_index
    from softprism.retrieval.config import CorpusConfig, RetrievalConfig
    from softprism.retrieval.signatures import SignatureIndexConfig, build_signature_index

    d = tmp_path_factory.mktemp("bench")
    build_index(load_config(RetrievalConfig, ROOT / "configs/retrieval/tiny.yaml", ["corpus.size=200"]), d / "text")
    cfg = SignatureIndexConfig(model=ModelConfig(name="tiny"), signatures=SignatureConfig(positions=2, dim=64),
                               corpus=CorpusConfig(size=200), rows=80, chunk_size=40, progress=False)
    build_signature_index(cfg, d / "sig")
    return d


def bench_argv(indexes, out, extra: list[str]) -> list[str]:
    """eval/signature_bench.py's arguments at tiny size over the fixture's indexes, plus `extra`."""
    return ["--out", str(out), "--signatures", str(indexes / "sig"), "--index", str(indexes / "text"), "--oracle",
            "none", "--config", str(ROOT / "configs/eval/decompose_tiny.yaml"), "--explained", "1", "--sizes", "4",
            "16", *extra]


def run_bench(indexes, out, monkeypatch, extra: list[str]) -> dict:
    """Run the bench's command line (torch's thread count restored after) and return its JSON."""
    import torch

    from softprism.eval import signature_bench

    monkeypatch.setattr(sys, "argv", ["signature_bench.py", *bench_argv(indexes, out, extra)])
    n = torch.get_num_threads()
    try:
        assert signature_bench.main() == 0
    finally:
        torch.set_num_threads(n)
    return json.loads((out / "signature_bench.json").read_text())


def test_signature_bench_tiny(indexes, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "out"
    res = run_bench(indexes, out, monkeypatch, ["--exact", "5", "--hard", "2"])
    agg = res["aggregate"]
    assert set(agg) == {"exact", "hard"}
    assert set(agg["exact"]) == {"signature", "random"}
    assert set(agg["hard"]) == {"signature", "projection", "patchscope", "random"}
    assert agg["exact"]["signature"]["4"]["n"] == 1 + 2 + 3 + 4 + 5
    # exact mixtures of at most 5 rows: pursuit's 16 candidates hold (nearly) all of them
    assert agg["exact"]["signature"]["16"]["exact_recall"] >= 0.9
    assert agg["exact"]["signature"]["16"]["exact_recall"] >= agg["exact"]["random"]["16"]["exact_recall"]
    assert {e["method"] for e in res["explained"]} == {"signature", "random", "projection", "patchscope"}
    assert all(e["explained"] is None or e["explained"] <= 1.0 + 1e-9 for e in res["explained"])
    assert (out / "signature_bench.png").stat().st_size > 1000
    assert "| exact (5) | signature |" in capsys.readouterr().out


def test_signature_bench_scores_distilled_heldout_mixtures(indexes, tmp_path, monkeypatch):
    """`--distilled`: soft prompts that synth distilled from held-out mixtures of the index's rows are scored with
    every source, against their recorded components; a synth run for another slot is refused."""
    from softprism.eval import signature_bench
    from softprism.poe.config import load_config
    from softprism.poe.errors import InputError
    from softprism.retrieval.signatures import SignatureIndex
    from softprism.synth import pipeline
    from softprism.synth.config import SynthConfig

    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path / "cache"))
    sig = SignatureIndex.load(indexes / "sig")
    held = [sig.corpus.ids[p] for p in sig.corpus.positions("heldout")]
    assert len(held) >= 3
    syn = tmp_path / "synth"
    cfg = load_config(SynthConfig, ROOT / "configs/synth/tiny.yaml",
                      ["corpus.source=retrieval:default:200", "corpus.split=heldout", f"corpus.ids={held}",
                       "mixture.k_max=2", "output.n_examples=2", "output.shard_size=2", "distill.max_steps=4"])
    pipeline.generate(cfg, syn, progress=False)
    out = tmp_path / "out"
    res = run_bench(indexes, out, monkeypatch, ["--exact", "0", "--hard", "0", "--distilled", str(syn)])
    dist = res["aggregate"]["distilled"]
    assert set(dist) == {"signature", "projection", "patchscope", "random"}
    rows = [r for r in res["rows"] if r["kind"] == "distilled" and r["method"] == "signature"]
    assert len(rows) == 2 and all(set(r["truth"]) <= set(sig.corpus.texts) for r in rows)
    assert all(r["k"] == len(r["truth"]) == len(r["weights"]) for r in rows)
    assert dist["signature"]["16"]["n"] == sum(r["k"] for r in rows)
    assert {e["kind"] for e in res["explained"]} == {"distilled"}
    # soft prompts distilled for another slot are refused with one line
    man = json.loads((syn / "manifest.json").read_text())
    (syn / "manifest.json").write_text(json.dumps({**man, "slot": "system"}))
    with pytest.raises(InputError, match="distilled for model .* in the system slot"):
        signature_bench.run(signature_bench.parse_args(bench_argv(indexes, out, ["--exact", "0", "--hard", "0",
                                                                                "--distilled", str(syn)])))

