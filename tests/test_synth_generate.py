"""synth/ on the tiny random model: PoE targets, distillation, resume, shards, bad input, PEFT export."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import torch

os.environ.setdefault("HF_HUB_OFFLINE", "1")
torch.set_num_threads(1)  # the tiny model is overhead-bound; more threads only contend on a shared machine

from softprism.poe.config import check_documented, load_config  # noqa: E402
from softprism.poe.errors import InputError  # noqa: E402

from softprism.synth import pipeline, shards  # noqa: E402
from softprism.synth.config import SynthConfig  # noqa: E402
from softprism.synth.distill import Job, init_soft  # noqa: E402
from softprism.synth.mixtures import Mixture  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "configs" / "synth" / "tiny.yaml"
FAST = ["distill.max_steps=12", "distill.eval_every=4", "output.n_examples=5", "output.shard_size=2"]


def cfg_of(*overrides: str) -> SynthConfig:
    return load_config(SynthConfig, TINY, list(overrides))


@pytest.fixture(scope="module")
def setup():
    return pipeline.build(pipeline.validate(cfg_of(*FAST)))


def test_config_documented_and_configs_load():
    assert check_documented(SynthConfig) == []
    for name in ("tiny", "cpu", "gpu"):
        load_config(SynthConfig, ROOT / "configs" / "synth" / f"{name}.yaml")


def test_one_component_target_is_the_hard_prompt(setup):
    """k=1, w=1: the PoE target equals the model with that hard prompt, so a soft prompt holding the hard prompt's
    own embeddings (PEFT `text` init with the prompt's text) sits at KL ~ 0 and distillation keeps it there."""
    dist = setup.distiller
    text = setup.pool.text(setup.candidates[0])
    n_tok = len(dist.lm.tokenizer(text)["input_ids"])
    job = Job(0, Mixture([setup.candidates[0]], [text], [1.0], 7), n_tok, "text")
    init = init_soft(dist.lm, "text", n_tok, 7, text)
    torch.testing.assert_close(init, dist.lm.embed_text(text).float())
    (res,) = dist.distill([job], [init], seed=7)
    assert res.history[0][1] < 1e-5  # init: exact
    assert res.kl_heldout < 1e-4 and res.kl_fit < 1e-4
    assert res.kl_base > 0.1
    assert res.kl_heldout / res.kl_base < 1e-3


def test_distillation_lowers_heldout_kl(setup):
    cfg = setup.cfg
    jobs = [pipeline.plan_job(cfg, setup.pool, setup.candidates, i) for i in range(2)]
    jobs = [Job(j.index, j.mixture, 6, "sample_vocab") for j in jobs]
    dist = setup.distiller
    init = [init_soft(dist.lm, "sample_vocab", 6, j.mixture.seed, "") for j in jobs]
    before = dist.mean_kl(torch.stack(init), [j.mixture for j in jobs], "held")
    seen = []
    res = dist.distill(jobs, init, seed=1, on_step=lambda *a: seen.append(a))
    # the progress hook sees every step, and the batch's relative validation KL never rises (best-so-far)
    assert [a[0] for a in seen] == list(range(1, len(seen) + 1)) and seen[-1][0] == max(r.steps for r in res)
    assert all(a[1] == dist.cfg.max_steps for a in seen)
    vals = [a[3] for a in seen]
    assert vals[0] <= 1.0 and all(x >= y - 1e-9 for x, y in zip(vals, vals[1:])) and vals[-1] < 1.0
    for r, b in zip(res, before.tolist()):
        assert r.kl_heldout < 0.9 * b
        assert r.kl_heldout <= r.kl_base
        assert r.steps >= r.best_step


def test_batched_equals_one_at_a_time(setup):
    dist = setup.distiller
    jobs = [pipeline.plan_job(setup.cfg, setup.pool, setup.candidates, i) for i in range(3)]
    jobs = [Job(j.index, j.mixture, 5, "sample_vocab") for j in jobs]
    init = [init_soft(dist.lm, "sample_vocab", 5, j.mixture.seed, "") for j in jobs]
    batched = dist.distill(jobs, init, seed=3)
    for j, x, b in zip(jobs, init, batched):
        (single,) = dist.distill([j], [x], seed=3)
        assert single.best_step == b.best_step
        torch.testing.assert_close(single.soft, b.soft, atol=2e-4, rtol=1e-3)
        assert abs(single.kl_heldout - b.kl_heldout) < 1e-4


def test_resume_equals_uninterrupted(tmp_path):
    cfg = cfg_of(*FAST)
    full, part = tmp_path / "full", tmp_path / "part"
    pipeline.generate(cfg, full, progress=False)
    pipeline.generate(cfg, part, progress=False, max_shards=1)  # "killed" after one shard
    stale = part / "shards" / ".shard-00001.partial99999"  # what SIGKILL during a write leaves
    stale.mkdir()
    (stale / "junk").write_text("x")
    assert shards.done_shards(part) == {0}
    summary = pipeline.generate(cfg, part, progress=False)
    assert summary["remaining_shards"] == 0 and summary["shards_written"] == 2
    assert not stale.exists()
    a, b = shards.load_examples(full), shards.load_examples(part)
    assert a["index"] == b["index"] == list(range(5))
    for ra, rb in zip(a, b):
        for key in ("component_ids", "component_texts", "weights", "seed", "length", "steps"):
            assert ra[key] == rb[key]
        torch.testing.assert_close(torch.tensor(ra["soft_prompt"]), torch.tensor(rb["soft_prompt"]))
    from softprism.synth.summary import summarize

    summ = summarize(part)
    assert summ["examples"] == 5
    from softprism.synth import summary as summary_cli

    assert summary_cli.main([str(part), "--out", str(tmp_path / "s.json")]) == 0
    assert json.loads((tmp_path / "s.json").read_text())["examples"] == 5
    with pytest.raises(SystemExit) as e:  # --help is a flag, not a run folder
        summary_cli.main(["--help"])
    assert e.value.code == 0
    # tiny.yaml normalises: every example's positive weights sum to 1, and the summary reports Σw
    for e in summ["per_example"]:
        assert abs(sum(w for w in e["weights"] if w > 0) - 1) < 2e-3 and e["weight_sum"] <= 1 + 1e-3
    again = pipeline.generate(cfg, part, progress=False)  # nothing left: no duplicates
    assert again["shards_written"] == 0 and len(shards.load_examples(part)) == 5


def test_shards_and_manifest_load_back(tmp_path):
    from datasets import load_from_disk

    cfg = cfg_of(*FAST, "output.n_examples=2")
    pipeline.generate(cfg, tmp_path, progress=False)
    man = json.loads((tmp_path / "manifest.json").read_text())
    for key in ("model", "slot", "probes", "corpus", "config", "versions", "git_sha", "run_key"):
        assert key in man
    assert man["probes"]["hash"] and man["corpus"]["hash"] and man["model"]["fingerprint"]
    ds = load_from_disk(str(tmp_path / "shards" / "shard-00000"))
    assert len(ds) == 2
    row = ds[0]
    for key in ("soft_prompt", "component_ids", "component_texts", "weights", "kl_fit", "kl_heldout", "kl_base",
                "steps"):
        assert key in row
    soft = torch.tensor(row["soft_prompt"])
    assert soft.shape == (row["length"], man["model"]["d_model"])
    assert len(row["component_ids"]) == len(row["weights"]) == row["k"]
    # a different config refuses the folder instead of mixing runs
    with pytest.raises(InputError):
        pipeline.generate(cfg_of(*FAST, "output.n_examples=2", "distill.lr=0.5"), tmp_path, progress=False)


def _run_generate(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, HF_HUB_OFFLINE="1", OMP_NUM_THREADS="1")
    return subprocess.run([sys.executable, "synth/generate.py", "--config", str(TINY), "--out", str(tmp_path / "o"),
                           "--no-progress", *args], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.parametrize("args, needle", [
    (["--set", "corpus.ids=[nope123]"], "unknown corpus id"),
    (["--set", "mixture.k_max=500"], "larger than"),
    (["--set", "distill.bogus=1"], "unknown key"),
])
def test_bad_input_one_line_no_output(tmp_path, monkeypatch, capsys, args, needle):
    """In-process through the script's own `main_guard` (exit status and stderr exactly as on the command line)."""
    from softprism.poe.runs import main_guard
    from softprism.synth import generate as script

    out = tmp_path / "o"
    monkeypatch.setattr(sys, "argv", ["generate.py", "--config", str(TINY), "--out", str(out), "--no-progress", *args])
    with pytest.raises(SystemExit) as e:
        main_guard(script.main)
    assert e.value.code == 2
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1 and err[0].startswith("error:") and needle in err[0], err
    assert not out.exists()


def test_bad_input_subprocess(tmp_path):
    p = _run_generate(tmp_path, "--set", "mixture.k_max=500")
    assert p.returncode == 2
    err = [line for line in p.stderr.splitlines() if line.startswith("error:")]
    assert len(err) == 1 and "mixture.k_max=500" in err[0], p.stderr
    assert not (tmp_path / "o").exists()


def test_peft_export_gives_same_logits(tmp_path, setup):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    from softprism.poe.tables import forward_states
    from softprism.synth.export import export_example

    cfg = cfg_of(*FAST, "output.n_examples=2")
    run = tmp_path / "run"
    pipeline.generate(cfg, run, progress=False)
    adapter = export_example(run, 1, tmp_path / "adapter")
    assert (adapter / "adapter_config.json").is_file() and (adapter / "adapter_model.safetensors").is_file()
    row = shards.load_examples(run)[1]
    soft = torch.tensor(row["soft_prompt"])

    dist = setup.distiller
    lm, slot = dist.lm, dist.slot
    base = AutoModelForCausalLM.from_pretrained(json.loads((adapter / "adapter_config.json").read_text())
                                                ["base_model_name_or_path"])
    peft_model = PeftModel.from_pretrained(base, str(adapter)).eval()
    tail = dist.tails.ids[0]
    ids = torch.tensor([slot.mid_ids + tail])
    with torch.no_grad():
        theirs = peft_model(input_ids=ids, attention_mask=torch.ones_like(ids)).logits[0, -dist.T:]
        mine = lm.head_logits(forward_states(lm, slot.heads(soft[None]), [tail], dist.T))[0, 0]
    torch.testing.assert_close(theirs, mine, atol=1e-4, rtol=1e-4)


def test_hard_prompt_examples_are_exact(setup):
    """`mixture.hard_fraction`: some examples are a train prompt's own embeddings with weight 1; noise-free ones sit
    at KL 0 to their (exact) target when measured, and the plan keeps distilled examples unchanged."""
    cfg = cfg_of(*FAST, "mixture.hard_fraction=0.5", "mixture.hard_metrics=true")
    jobs = [pipeline.plan_job(cfg, setup.pool, setup.candidates, i) for i in range(12)]
    hard = [j for j in jobs if j.init == "hard"]
    assert 0 < len(hard) < len(jobs)
    assert all(len(j.mixture.ids) == 1 and j.mixture.weights == [1.0] for j in hard)
    plain = cfg_of(*FAST)
    for j in jobs:  # a distilled example is planned exactly as without hard examples
        if j.init != "hard":
            ref = pipeline.plan_job(plain, setup.pool, setup.candidates, j.index)
            assert (ref.mixture, ref.length, ref.init) == (j.mixture, j.length, j.init)
    s = pipeline.Setup(cfg, setup.pool, setup.candidates, setup.distiller)
    (res,) = pipeline.hard_results(s, hard[:1])
    torch.testing.assert_close(res.soft, setup.distiller.lm.embed_text(hard[0].mixture.texts[0]).float())
    assert res.kl_heldout < 1e-5 and res.kl_base > 0.1
    noisy = pipeline.Setup(cfg_of(*FAST, "mixture.hard_fraction=0.5", "mixture.hard_noise=[0.5,0.5]"),
                           setup.pool, setup.candidates, setup.distiller)
    (res2,) = pipeline.hard_results(noisy, hard[:1])
    assert res2.soft.shape == res.soft.shape and not torch.allclose(res2.soft, res.soft)


def test_cosine_schedule():
    from softprism.synth.config import DistillConfig
    from softprism.synth.distill import lr_factor

    d = DistillConfig(lr_schedule="cosine", warmup_steps=4, max_steps=20, lr_min_ratio=0.1)
    f = [lr_factor(d, s) for s in range(1, 21)]
    assert f[0] == 0.25 and f[3] == 1.0 and abs(f[-1] - 0.1) < 1e-9
    assert all(a >= b for a, b in zip(f[3:], f[4:]))
    assert lr_factor(DistillConfig(), 7) == 1.0


def test_heldout_split_for_evaluation_sets(setup):
    """`corpus.split=heldout` (benchmark sets) draws only held-out prompts; the default never does."""
    held = {i for i, s in zip(setup.pool.ids, setup.pool.splits) if s == "heldout"}
    cfg = cfg_of(*FAST, "corpus.split=heldout", "mixture.k_max=2")
    ids = pipeline.validate(cfg).candidates
    assert set(ids) == held
    jobs = [pipeline.plan_job(cfg, setup.pool, ids, i) for i in range(6)]
    assert all(set(j.mixture.ids) <= held for j in jobs)
    assert not set(setup.candidates) & held


def test_text_init_from_component(setup):
    """`init_text_from: component`: the text init starts from the largest-weight component's text."""
    cfg = cfg_of(*FAST, "distill.init=text", "distill.init_text_from=component")
    job = Job(0, Mixture(["a", "b"], ["first prompt", "second prompt"], [0.4, 0.9], 3), 4, "text")
    assert pipeline.init_text(cfg, job) == "second prompt"
    assert pipeline.init_text(cfg_of(*FAST), job) == cfg_of(*FAST).distill.init_text


def test_normalize_positive_weights(setup):
    """`mixture.normalize: positive` rescales the same draws so the positive weights sum to 1 (ids, signs and the
    weights' ratios unchanged); `none` keeps them as drawn."""
    from softprism.synth.mixtures import sample_mixture

    raw = cfg_of(*FAST, "mixture.k_min=3", "mixture.k_max=3", "mixture.neg_prob=0.5", "mixture.normalize=none")
    norm = cfg_of(*FAST, "mixture.k_min=3", "mixture.k_max=3", "mixture.neg_prob=0.5", "mixture.normalize=positive")
    seen_neg = False
    for seed in range(40):
        a = sample_mixture(setup.pool, setup.candidates, raw.mixture, seed)
        b = sample_mixture(setup.pool, setup.candidates, norm.mixture, seed)
        assert a.ids == b.ids
        pos = sum(w for w in a.weights if w > 0)
        assert abs(sum(w for w in b.weights if w > 0) - 1.0) < 1e-5
        for wa, wb in zip(a.weights, b.weights):
            assert wb == pytest.approx(wa / pos, abs=2e-6)
        seen_neg |= min(b.weights) < 0
    assert seen_neg
    assert any(abs(sum(w for w in sample_mixture(setup.pool, setup.candidates, raw.mixture, s).weights if w > 0) - 1)
               > 0.1 for s in range(40))  # the raw draws are not already normalised
    with pytest.raises(Exception, match="normalize"):
        cfg_of("mixture.normalize=sum")


def test_build_on_a_process_device_keeps_the_model_settings(monkeypatch):
    """The multi-process path (`build(setup, device="cuda:<local rank>")`) used to rebuild the model config from
    name and dtype only, dropping `model.autocast`."""
    seen = []
    real = pipeline.load_lm

    def spy(mcfg):
        seen.append(mcfg)
        return real(replace(mcfg, device="cpu"))

    monkeypatch.setattr(pipeline, "load_lm", spy)
    cfg = cfg_of(*FAST, "model.autocast=bfloat16", "model.tf32=true")
    setup = pipeline.build(pipeline.validate(cfg), device="cuda:1")
    (mcfg,) = seen
    assert mcfg.device == "cuda:1" and mcfg.autocast == "bfloat16" and mcfg.tf32 is True
    assert mcfg.name == cfg.model.name and mcfg.dtype == cfg.model.dtype
    assert setup.distiller.lm.autocast == "bfloat16"


def _jobs(setup, lengths):
    dist = setup.distiller
    jobs = [pipeline.plan_job(setup.cfg, setup.pool, setup.candidates, i) for i in range(len(lengths))]
    jobs = [Job(j.index, j.mixture, L, "sample_vocab") for j, L in zip(jobs, lengths)]
    return jobs, [init_soft(dist.lm, "sample_vocab", j.length, j.mixture.seed, "") for j in jobs]


def _same(a, b):
    assert a.job.index == b.job.index and a.best_step == b.best_step and a.steps == b.steps
    torch.testing.assert_close(a.soft, b.soft, atol=2e-4, rtol=1e-3)
    assert abs(a.kl_heldout - b.kl_heldout) < 1e-4 and abs(a.kl_fit - b.kl_fit) < 1e-4


def test_a_mixed_length_batch_equals_per_length_batches(setup):
    """Prompts of lengths 4-6 share one full batch (right-padded, masked) and get the results of per-length
    batches (the old grouping, which split a 64-prompt batch over lengths 4-32 into ~9-prompt batches)."""
    dist = setup.distiller
    jobs, init = _jobs(setup, [4, 6, 5, 4, 6])
    sizes = []
    real = dist._soft_logits
    dist._soft_logits = lambda soft, *a, **k: sizes.append(soft.shape[0]) or real(soft, *a, **k)
    try:
        mixed = dist.distill(jobs, init, seed=5)
    finally:
        del dist._soft_logits
    assert sizes and max(sizes) == 5  # one batch of all five lengths
    for L in (4, 5, 6):
        grp = [i for i, j in enumerate(jobs) if j.length == L]
        alone = dist.distill([jobs[i] for i in grp], [init[i] for i in grp], seed=5)
        for i, r in zip(grp, alone):
            _same(mixed[i], r)
            assert r.soft.shape == (L, dist.lm.d_model)


def test_freed_slots_are_refilled_and_results_do_not_depend_on_the_batch(setup):
    """Five jobs through two slots: every optimisation step holds two prompts until the queue is empty, and each
    job's result is the one it gets distilled alone (own Adam state, schedule and minibatch stream)."""
    dist = setup.distiller
    jobs, init = _jobs(setup, [4, 5, 6, 4, 5])
    seen, done = [], []
    res = dist.distill(jobs, init, seed=2, slots=2, on_step=lambda *a: seen.append(a), on_result=done.append)
    assert [r.job.index for r in res] == [j.index for j in jobs] and sum(done) == 5
    n_active = [a[2] for a in seen]
    total_steps = sum(r.steps for r in res)
    assert total_steps > 2 * dist.cfg.max_steps  # more work than one batch of two could hold
    # two prompts in flight at every step until the last job has entered (at most one step's worth of slack)
    assert sum(2 - a for a in n_active[:-1]) <= dist.cfg.max_steps
    assert len(seen) <= total_steps / 2 + dist.cfg.max_steps
    for j, x, r in zip(jobs, init, res):
        (alone,) = dist.distill([j], [x], seed=2)
        _same(r, alone)


def test_run_shard_fills_its_batches_with_mixed_lengths(monkeypatch):
    """A shard of 6 examples with lengths 4-6 and batch_prompts 3: every step runs 3 prompts while 3 are left."""
    cfg = cfg_of(*FAST, "output.n_examples=6", "output.shard_size=6", "distill.batch_prompts=3",
                 "distill.length_min=4", "distill.length_max=6")
    setup = pipeline.build(pipeline.validate(cfg))
    dist = setup.distiller
    sizes = []
    real = dist._soft_logits

    def spy(soft, part, rows, lengths=None):
        if rows.dim() == 2:  # optimisation steps (evaluations share their rows)
            sizes.append((soft.shape[0], len(set(lengths or []))))
        return real(soft, part, rows, lengths)

    monkeypatch.setattr(dist, "_soft_logits", spy)
    ticks = []
    rows = pipeline.run_shard(setup, 0, on_batch=ticks.append)
    assert [r["index"] for r in rows] == list(range(6)) and sum(ticks) == 6
    assert len({r["length"] for r in rows}) > 1
    assert sizes[0][0] == 3 and any(n_len > 1 for _, n_len in sizes)
    shrunk = [i for i, (n, _) in enumerate(sizes) if n < 3]
    assert not shrunk or all(n < 3 for n, _ in sizes[shrunk[0]:])  # it only shrinks once the queue is empty
    assert len(sizes) * 3 - sum(n for n, _ in sizes) < cfg.distill.max_steps * 3


def test_state_store_keeps_rows_on_device_and_evicts_least_recent():
    from softprism.synth.distill import StateStore

    calls = []

    def compute(texts):
        calls.append(list(texts))
        return torch.stack([torch.full((2, 1, 3), float(len(t))) for t in texts])

    st = StateStore((2, 1, 3), torch.device("cpu"), capacity=3)
    r = st.ensure(["a", "bb"], ["a", "bb"], compute)
    assert st.buf[r][:, 0, 0, 0].tolist() == [1.0, 2.0] and calls == [["a", "bb"]]
    st.ensure(["ccc"], ["ccc"], compute)
    r = st.ensure(["dddd", "bb"], ["dddd", "bb"], compute)  # full: "a" (least recent) goes
    assert set(st.rows) == {"bb", "ccc", "dddd"} and st.buf.shape[0] == 3
    assert st.buf[r][:, 0, 0, 0].tolist() == [4.0, 2.0] and calls[-1] == ["dddd"]
    r = st.ensure(["a", "x", "yy", "zzz"], ["a", "x", "yy", "zzz"], compute)  # more than capacity: grows for the call
    assert st.buf[r][:, 0, 0, 0].tolist() == [1.0, 1.0, 2.0, 3.0]
