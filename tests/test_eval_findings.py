"""benchmarks/findings.py and decompose/propose.py on the tiny random model (no shared data, no trained oracle).

The CI-size config runs end to end and writes FINDINGS.md with all six sections, a JSON per question and the unit
files; a rerun reads the cached units; missing inputs give "not measured" sections instead of a crash; the LM
proposal loop returns candidates and counts its LM calls.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1", "TOKENIZERS_PARALLELISM": "false",
       "SOFTPRISM_LOG": "WARNING"}


pytestmark = pytest.mark.usefixtures("one_thread")  # conftest: one torch thread while this module runs


@pytest.fixture(scope="module")
def random_oracle(tmp_path_factory, tiny_lm):
    """A random-init oracle for the tiny model in the tiny index's space (hash:64): exercises source (a)."""
    from softprism.oracle.checkpoint import save_oracle
    from softprism.oracle.config import NetConfig
    from softprism.oracle.model import ActivationOracle

    torch.manual_seed(1)
    net = ActivationOracle(NetConfig(d_model=32, n_heads=2, encoder_layers=1, decoder_layers=1, ffn=64, slots=4,
                                     max_len=64), 3, tiny_lm.d_model, 64)
    meta = {"sources": ["emb", "h1", "h2"], "lm": {"name": "tiny", "fingerprint": tiny_lm.fingerprint, "d_model": 32},
            "slot": "prefix", "encoder": {"name": "hash:64", "model_id": "hash:64", "dim": 64}, "step": 0}
    return save_oracle(tmp_path_factory.mktemp("oracle") / "o", net, meta)


@pytest.fixture(scope="module")
def tiny_signatures(tmp_path_factory):
    """A 40-row signature index for the tiny model in the prefix slot: exercises source (d)."""
    from softprism.poe.lm import ModelConfig
    from softprism.poe.signatures import SignatureConfig
    from softprism.retrieval.config import CorpusConfig
    from softprism.retrieval.signatures import SignatureIndexConfig, build_signature_index

    cfg = SignatureIndexConfig(model=ModelConfig(name="tiny"), signatures=SignatureConfig(positions=2, dim=48),
                               corpus=CorpusConfig(size=200), rows=40, chunk_size=16, rows_per_shard=16,
                               progress=False)
    out = tmp_path_factory.mktemp("sig") / "sig"
    build_signature_index(cfg, out)
    return out


def _run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "benchmarks.findings", *args], cwd=ROOT, env=ENV, capture_output=True,
                          text=True, timeout=600)


@pytest.fixture(scope="module")
def tiny_findings(tmp_path_factory, random_oracle, tiny_signatures):
    out = tmp_path_factory.mktemp("findings") / "docs"
    r = _run(["--config", "configs/eval/findings_tiny.yaml", "--out", str(out), "--set",
              f"oracles=[{random_oracle}]", "--set", f"decompose.retrieval.signatures={tiny_signatures}"])
    return out, r


def test_tiny_config_writes_every_section_and_json(tiny_findings):
    out, r = tiny_findings
    assert r.returncode == 0, r.stderr[-3000:]
    text = (out / "FINDINGS.md").read_text()
    for n in range(1, 7):
        assert f"\n## {n}. " in text
        q = json.loads((out / "findings" / f"q{n}.json").read_text())
        assert q["answer"] and q["status"] in ("measured", "partial", "not measured")
        assert q["provenance"]["command"].startswith("python -m benchmarks.findings")
    assert "commit `" in text and "python -m benchmarks.findings --config configs/eval/findings_tiny.yaml" in text
    for name in ("phases", "task_toy", "skeptic", "synthetic"):
        assert (out / "findings" / "work" / f"{name}.json").is_file()
    # every source ran on the toy task, the oracle's included, and the LM calls are counted
    task = json.loads((out / "findings" / "work" / "task_toy.json").read_text())
    assert task["status"] == "measured"
    assert {"signature", "oracle", "lm", "patchscope_retrieval", "projection_retrieval", "union"} <= set(
        task["methods"])
    assert task["methods"]["signature"]["lm_calls"] == 0 and task["methods"]["signature"]["n_candidates"] > 0
    assert all(c["source"] == "signature" for c in task["methods"]["signature"]["components"])
    assert task["methods"]["union"]["n_candidates"] > task["methods"]["signature"]["n_candidates"]
    q3 = json.loads((out / "findings" / "q3.json").read_text())
    assert "(d) signature pursuit" in "\n".join(q3["table"])
    assert task["methods"]["lm"]["lm_calls"] == task["propose"]["lm_calls"] > 0
    assert task["methods"]["oracle"]["lm_calls"] == 0 and task["methods"]["patchscope_retrieval"]["lm_calls"] == 1
    assert task["accuracy"]["status"] == "measured" and "poe" in task["accuracy"]["conditions"]
    for png in (out / "findings").glob("q*.png"):
        assert png.stat().st_size < 200_000


def test_rerun_reads_the_cached_units(tiny_findings, random_oracle, tiny_signatures):
    """The same config and code: the task unit is read back, not recomputed (the oracle list is part of a unit's
    config, so the rerun names the same oracle)."""
    out, r = tiny_findings
    assert r.returncode == 0
    before = json.loads((out / "findings" / "work" / "task_toy.json").read_text())
    r2 = _run(["--config", "configs/eval/findings_tiny.yaml", "--out", str(out), "--redo", "q1", "--set",
               f"oracles=[{random_oracle}]", "--set", f"decompose.retrieval.signatures={tiny_signatures}"])
    assert r2.returncode == 0, r2.stderr[-3000:]
    assert json.loads((out / "findings" / "work" / "task_toy.json").read_text()) == before
    assert (out / "FINDINGS.md").is_file()


def test_missing_inputs_are_reported_as_not_measured(tmp_path):
    out = tmp_path / "docs"
    r = _run(["--config", "configs/eval/findings_tiny.yaml", "--out", str(out),
              "--set", "tasks=[{name: gone, adapter: /nonexistent/adapter, train: eval/data/toy_task.jsonl, "
                       "test: eval/data/toy_task.jsonl}]",
              "--set", "skeptic=[]", "--set", "phases.rerun=''", "--set", "phases.phase0=/nonexistent/phase0.json",
              "--set", "synthetic.max_examples=0"])
    assert r.returncode == 0, r.stderr[-3000:]
    text = (out / "FINDINGS.md").read_text()
    for n in range(1, 7):
        assert f"\n## {n}. " in text
    for q in ("q1", "q2", "q3", "q4", "q5", "q6"):
        assert json.loads((out / "findings" / f"{q}.json").read_text())["status"] == "not measured"
    assert "adapter /nonexistent/adapter not found" in text


def test_propose_returns_candidates_and_counts_lm_calls(tiny_lm):
    from softprism.decompose.config import DecomposeConfig
    from softprism.decompose.pipeline import Decomposer
    from softprism.decompose.propose import ProposeConfig, clean_proposal, propose, solve_with_proposals
    from softprism.poe.config import load_config
    from softprism.poe.probes import fit_heldout
    from softprism.poe.slot import PromptSlot
    from softprism.retrieval.builder import build_index
    from softprism.retrieval.config import RetrievalConfig

    rcfg = load_config(RetrievalConfig, ROOT / "configs/retrieval/tiny.yaml", ["corpus.size=100"])
    index = build_index(rcfg, Path(os.environ.get("TMPDIR", "/tmp")) / f"propose-idx-{os.getpid()}")
    cfg = load_config(DecomposeConfig, ROOT / "configs/eval/decompose_tiny.yaml", ["oracle=none", "progress=false"])
    fit_p, held_p = fit_heldout(cfg.probes)
    dec = Decomposer(tiny_lm, PromptSlot(tiny_lm, "prefix"), fit_p, held_p, index, cfg=cfg)
    soft = tiny_lm.embed_text(index.corpus.texts[3]).float()
    target = dec.prepare(soft + 0.05 * torch.randn(soft.shape, generator=torch.Generator().manual_seed(0)))
    pc = ProposeConfig(rounds=2, per_round=3, show=2, reply_tokens=4, proposal_tokens=6)
    res = propose(dec, target, pc)
    assert res.texts and len(set(t.casefold() for t in res.texts)) == len(res.texts)
    replies = len(res.replies)
    assert 2 <= replies <= 4  # round 0 shows 2 probes; round 1 shows the 2 worst-fit ones (some may repeat)
    assert res.lm_calls == replies + pc.rounds * pc.per_round
    assert [r.round for r in res.rounds] == [0, 1]
    assert res.rounds[-1].lm_calls == res.lm_calls and res.rounds[0].lm_calls < res.lm_calls
    assert res.rounds[-1].n_candidates == len(res.texts)
    full = solve_with_proposals(dec, target, res)
    assert len(full.dictionary) == len(res.texts) and full.info.lm_calls == res.lm_calls
    assert clean_proposal('1. Instruction: "Answer in French."\nmore') == "Answer in French."
    assert clean_proposal("\x00\x01 ...") == ""


def test_the_runs_own_output_does_not_make_the_commit_dirty(monkeypatch, tmp_path):
    """`python -m benchmarks.findings --out docs/` rewrites tracked files (docs/FINDINGS.md, docs/findings/) as its
    units finish: `git_sha(exclude=...)` leaves them out of the dirtiness check (so every unit names the same commit),
    and ignores excluded paths outside the checkout."""
    import subprocess as sp

    from softprism.poe import runs

    calls = []

    def fake_run(cmd, **kw):
        calls.append(cmd)
        return sp.CompletedProcess(cmd, 0, stdout="abc123\n" if cmd[1] == "rev-parse" else "", stderr="")

    monkeypatch.setattr(runs.subprocess, "run", fake_run)
    assert runs.git_sha([ROOT / "docs" / "findings", ROOT / "docs" / "FINDINGS.md", tmp_path]) == "abc123"
    status = calls[-1]
    assert status[:4] == ["git", "status", "--porcelain", "--untracked-files=no"]
    assert status[4:] == ["--", ".", ":(exclude)docs/findings", ":(exclude)docs/FINDINGS.md"]
