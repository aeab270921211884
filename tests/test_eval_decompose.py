"""decompose/ (pipeline, baselines, report) and eval/decompose_real.py on the tiny random model.

A soft prompt that is a corpus prompt's own token embeddings comes back as that prompt (weight ~1, through the
pipeline with and without an oracle); every baseline returns a result; the CLI reads every input format and writes
JSON + a self-contained HTML report; every bad input gives one `error:` line, exit status 2 and no output.
The oracle is a random-init network (as in test_oracle_evaluate.py): it exercises the slot -> FAISS path only.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

ROOT = Path(__file__).resolve().parent.parent
ENTRY = 5  # the corpus row the recovery tests use


pytestmark = pytest.mark.usefixtures("one_thread")  # conftest: one torch thread while this module runs


@pytest.fixture(scope="module")
def tiny_index(tmp_path_factory):
    from softprism.poe.config import load_config
    from softprism.retrieval.builder import build_index
    from softprism.retrieval.config import RetrievalConfig

    cfg = load_config(RetrievalConfig, ROOT / "configs/retrieval/tiny.yaml", ["corpus.size=300"])
    return build_index(cfg, tmp_path_factory.mktemp("index") / "idx")


@pytest.fixture(scope="module")
def tiny_oracle(tmp_path_factory, tiny_lm):
    from softprism.oracle.checkpoint import save_oracle
    from softprism.oracle.config import NetConfig
    from softprism.oracle.model import ActivationOracle

    def make(encoder: str = "hash:64", dim: int = 64) -> Path:
        torch.manual_seed(1)
        net = ActivationOracle(NetConfig(d_model=32, n_heads=2, encoder_layers=1, decoder_layers=1, ffn=64, slots=4,
                                         max_len=64), 3, tiny_lm.d_model, dim)
        meta = {"sources": ["emb", "h1", "h2"], "lm": {"name": "tiny", "fingerprint": tiny_lm.fingerprint,
                                                        "d_model": 32},
                "slot": "prefix", "encoder": {"name": encoder, "model_id": encoder, "dim": dim}, "step": 0}
        return save_oracle(tmp_path_factory.mktemp("oracle") / "o", net, meta)

    return make


@pytest.fixture(scope="module")
def soft_files(tmp_path_factory, tiny_lm, tiny_index):
    """The embeddings of corpus row ENTRY as a .pt, a .safetensors and a PEFT adapter folder (base model tiny)."""
    from safetensors.torch import save_file

    from softprism.poe.lm import tiny_model_dir
    from softprism.poe.softprompt import save_peft_adapter

    d = tmp_path_factory.mktemp("soft")
    soft = tiny_lm.embed_text(tiny_index.corpus.texts[ENTRY]).detach().float().clone()
    torch.save(soft, d / "soft.pt")
    save_file({"embeddings": soft.contiguous()}, str(d / "soft.safetensors"))
    save_peft_adapter(soft, d / "adapter", str(tiny_model_dir()))  # as synth/export.py records it
    return {"pt": d / "soft.pt", "safetensors": d / "soft.safetensors", "peft": d / "adapter", "soft": soft}


def decomposer(lm, index, oracle=None, **overrides):
    from softprism.decompose.config import DecomposeConfig
    from softprism.decompose.pipeline import Decomposer
    from softprism.poe.config import load_config
    from softprism.poe.probes import fit_heldout
    from softprism.poe.slot import PromptSlot

    cfg = load_config(DecomposeConfig, ROOT / "configs/eval/decompose_tiny.yaml",
                      [f"{k}={v}" for k, v in overrides.items()])
    fit, held = fit_heldout(cfg.probes)
    return Decomposer(lm, PromptSlot(lm, cfg.slot.kind), fit, held, index, oracle=oracle, cfg=cfg)


def check_result(r, k_max: int) -> None:
    j = r.to_json()
    json.dumps(j, allow_nan=False)  # strict JSON
    assert len(r.components) <= max(k_max, 0) or k_max == 0
    assert [c.rank for c in r.components] == list(range(1, len(r.components) + 1))
    if r.info.rank_by == "path":  # greedy order: step j of the path added component j
        assert [c.text for c in r.components] == [r.dictionary[i].text for i in r.full.path[len(r.components)].indices]
    else:
        assert all(abs(a.weight) >= abs(b.weight) for a, b in zip(r.components, r.components[1:]))
    assert r.kl_base > 0 and r.kl >= -1e-9 and r.full.converged
    assert abs(r.explained - (1 - r.kl / r.kl_base)) < 1e-9
    assert [s["k"] for s in r.path] == list(range(len(r.path)))
    assert sum(r.candidates.values()) == len(r.dictionary) == j["n_candidates"]
    assert {"tables_s", "solve_s", "path_s", "total_s"} <= set(r.timing)
    if r.k > 0:  # the reported k-sparse answer is at least as good on the fit probes as the greedy path's step k
        step = r.path[min(r.k, len(r.path) - 1)]
        assert r.info.k_answer in ("greedy_path", "full_top_k_refit", "before_neighbours")
        assert r.kl_fit <= step["kl_fit"] + 1e-12
        if r.info.kl_fit_before_neighbours is not None:  # never worse on the fit probes than the answer before the rounds
            assert r.kl_fit <= r.info.kl_fit_before_neighbours + 1e-12
    assert {"method", "components", "kl", "kl_base", "explained", "kl_best_single", "path", "candidates", "timing",
            "dictionary", "full", "kl_full", "explained_full"} <= set(j)


def test_pipeline_recovers_a_corpus_prompt_with_and_without_oracle(tiny_lm, tiny_index, tiny_oracle, soft_files,
                                                                   monkeypatch, tmp_path):
    from softprism.oracle.inference import Oracle

    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))  # a fresh on-disk table cache
    entry_id = tiny_index.corpus.ids[ENTRY]
    soft = soft_files["soft"]
    # no oracle: candidates from the projection + patchscope retrievals (the projection text is the prompt itself)
    dec = decomposer(tiny_lm, tiny_index, table_cache="true")
    r = dec.decompose(soft)
    check_result(r, 4)
    assert entry_id in [c.corpus_id for c in r.dictionary]
    top = r.components[0]
    assert top.corpus_id == entry_id and abs(top.weight - 1) < 0.02 and r.explained > 0.999
    assert r.full.components[0].corpus_id == entry_id and abs(r.full.components[0].weight - 1) < 0.05
    assert set(r.candidates) <= {"projection", "patchscope", "neighbours"} and r.info.warnings
    assert dec.store.computed > 0 and any((tmp_path / "tables" / "prompts").rglob("*.safetensors"))
    # the per-prompt store gives what DictionaryFit computes from scratch for the same dictionary
    from softprism.poe.fit import DictionaryFit

    ref = DictionaryFit(tiny_lm, dec.slot, dec.fit_probes, dec.heldout_probes, [c.text for c in r.dictionary],
                        dec.cfg.probes.positions, dec.solver, progress=False).fit(soft_files["soft"])
    assert abs(ref.kl - r.full.kl) < 1e-9 and abs(ref.kl_best_single - r.kl_best_single) < 1e-9
    assert abs(ref.kl_base - r.kl_base) < 1e-9 and ref.components[0].text == r.full.components[0].text
    # a second decomposer finds every table on disk; the answer is the same
    dec2 = decomposer(tiny_lm, tiny_index, table_cache="true")
    r2 = dec2.decompose(soft)
    assert dec2.store.computed == 0 and r2.components[0].corpus_id == entry_id
    assert abs(r2.kl - r.kl) < 1e-9
    # with an oracle (random init: its slots exercise the retrieval path), the prompt still wins when present
    oracle = Oracle.load(tiny_oracle(), lm=tiny_lm, device="cpu")
    dec3 = decomposer(tiny_lm, tiny_index, oracle=oracle, **{"candidates.size": 8, "candidates.projection": 4,
                                                            "candidates.texts": '["Be extremely rude."]'})
    r3 = dec3.decompose(soft)
    check_result(r3, 4)
    both = [c for c in r3.dictionary if len(c.sources) > 1]  # proposed by the oracle and the projection
    assert all(c.sources[0] == c.source for c in r3.dictionary) and all(c.source == "oracle" for c in both)
    assert r3.candidates.get("oracle", 0) > 0 and r3.candidates.get("user") == 1 and r3.info.slots
    assert r3.components[0].corpus_id == entry_id and abs(r3.components[0].weight - 1) < 0.02
    assert {"oracle_s", "retrieval_s"} <= set(r3.timing)


def test_replies_source(tiny_lm, tiny_index, soft_files, monkeypatch, tmp_path):
    """The `replies` candidates: the soft prompt answers fit probes; rows near what those replies show are found."""
    from softprism.poe.decode import DecodeConfig, poe_generate

    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))
    dec = decomposer(tiny_lm, tiny_index, table_cache="false", **{"candidates.size": 0, "candidates.replies": 6,
                                                                  "candidates.reply_probes": 3,
                                                                  "candidates.reply_tokens": 5,
                                                                  "candidates.neighbours": 0})
    soft = soft_files["soft"]
    target = dec.prepare(soft)
    pairs = target.replies(dec)
    probes = [p.text for p in dec.fit_probes.probes[:3]]
    want = poe_generate(tiny_lm, dec.slot, [soft], [1.0], probes, DecodeConfig(max_new_tokens=5))
    assert [p for p, _ in pairs] == probes and [r for _, r in pairs] == [" ".join(w.split()) for w in want]
    # a reply that is a corpus row's text brings that row back first (its reply-only query is the row itself)
    row = tiny_index.corpus.texts[7]
    hits = dec.retrieve_replies([(probes[0], row)], 4)
    assert hits[0].corpus_id == tiny_index.corpus.ids[7] and {c.source for c in hits} == {"replies"}
    assert len(hits) == 4 and dec.retrieve_replies([(probes[0], "  ")], 4) == []
    r = dec.decompose(target)
    check_result(r, 4)
    assert "replies_text_s" in r.timing and len(r.info.replies) == 3
    assert all(rep.strip() for _, rep in pairs)  # the tiny model does reply
    assert r.candidates == {"replies": 6}


def test_screen_source_ranks_its_pool_by_what_rows_do(tiny_lm, tiny_index, soft_files, monkeypatch, tmp_path):
    """The `screen` candidates: a pool of index rows near the replies, scored on a few fit probes by the greedy
    path's one-step gain; with the whole index as the pool, the row the soft prompt *is* comes first."""
    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))
    n_rows = len(tiny_index)
    dec = decomposer(tiny_lm, tiny_index, **{"candidates.size": 0, "candidates.projection": 0,
                                             "candidates.patchscope": 0, "candidates.fallback": "[]",
                                             "candidates.screen": 3, "candidates.screen_pool": n_rows,
                                             "candidates.screen_probes": 4, "candidates.reply_probes": 3,
                                             "candidates.reply_tokens": 5, "candidates.neighbours": 0, "k": 2,
                                             "solver.max_components": 2})
    target = dec.prepare(soft_files["soft"])
    r = dec.decompose(target)
    scr = r.info.screen
    assert scr["pool"] == n_rows and scr["probes"] == 4 and len(scr["kept"]) == 3
    assert scr["kept"][0] == tiny_index.corpus.texts[ENTRY]
    assert scr["gain"] == sorted(scr["gain"], reverse=True) and scr["gain"][-1] >= 0
    assert r.candidates == {"screen": 3} and "screen_s" in r.timing
    assert r.components[0].text == tiny_index.corpus.texts[ENTRY]
    assert r.info.roles is None and r.components[0].role is None  # free-form probes: no decision, no roles
    have = dec.text_candidates([tiny_index.corpus.texts[ENTRY]], "user")  # rows already in hand are not screened
    again = dec.screen_candidates(target, have, type(r.timing)(), type(r.info)())
    assert tiny_index.corpus.texts[ENTRY] not in [c.text for c in again] and len(again) == 3
    with pytest.raises(ValueError, match="screen_pool"):
        decomposer(tiny_lm, tiny_index, **{"candidates.screen": 8, "candidates.screen_pool": 4})


def test_labels_source_in_the_pipeline(tiny_lm, tiny_index, soft_files, monkeypatch, tmp_path):
    """With label replies, the source adds the written instructions (outside the corpus, source `labels`), records
    the label set, and the rewritten dictionary prompts; with free-text replies it adds nothing."""
    from softprism.decompose.candidates import Candidate
    from softprism.decompose.diagnostics import Diagnostics, Timing
    from softprism.decompose.labels import label_instructions

    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))
    dec = decomposer(tiny_lm, tiny_index, table_cache="false", **{"candidates.size": 0, "candidates.labels": 4,
                                                                  "candidates.projection": 3,
                                                                  "candidates.neighbours": 0})
    target = dec.prepare(soft_files["soft"])
    target._replies = [(f"probe {i}", lab) for i, lab in enumerate(["cat", "dog", "cat", "bird", "dog", "cat"])]
    have = [Candidate("Is it a cat or a dog?", None, -1, "projection")]
    timing, info = Timing(), Diagnostics()
    got = dec.label_candidates(target, have, 4, timing, info)
    assert info.reply_labels == ["cat", "dog", "bird"] and "replies_text_s" in timing
    assert [c.text for c in got] == label_instructions(["cat", "dog", "bird"], 4) + ["Is it cat, dog or bird?"]
    assert {c.source for c in got} == {"labels"} and all(c.corpus_id is None for c in got)
    r = dec.decompose(target)
    check_result(r, 4)
    assert r.candidates["labels"] == 4 and r.info.reply_labels == ["cat", "dog", "bird"]
    target._replies = [(f"probe {i}", f"a long free reply number {i} with many words") for i in range(6)]
    info = Diagnostics()
    assert dec.label_candidates(target, have, 4, Timing(), info) == [] and info.reply_labels == []
    assert info.to_json()["reply_labels"] is None  # written as null: the source ran, the replies are no label set


def test_baselines_each_return_a_result(tiny_lm, tiny_index, soft_files):
    from softprism.decompose.config import METHODS
    from softprism.decompose.verbalise import nearest_token_text
    from softprism.decompose.baselines import run_baselines

    dec = decomposer(tiny_lm, tiny_index, table_cache="false")
    soft = soft_files["soft"]
    text = tiny_index.corpus.texts[ENTRY]
    assert nearest_token_text(tiny_lm, soft) == text == nearest_token_text(tiny_lm, soft, "l2")
    target = dec.prepare(soft)
    out = run_baselines(dec, target, size=8, ground_truth_texts=[text, tiny_index.corpus.texts[7]])
    assert list(out) == list(METHODS)
    for name, r in out.items():
        assert r.method == name
        check_result(r, 4)
    assert len(out["random"].dictionary) == 8 and len(out["projection"].dictionary) == 1
    assert out["projection_retrieval"].dictionary[0].corpus_id == tiny_index.corpus.ids[ENTRY]
    assert isinstance(out["patchscope"].info.patchscope_text, str)
    assert out["patchscope"].info.source_layer == 1 and out["patchscope"].info.target_layer == 1
    gt = out["ground_truth"]
    assert gt.components[0].text == text and abs(gt.components[0].weight - 1) < 0.02
    assert gt.components[0].corpus_id == tiny_index.corpus.ids[ENTRY]
    # the patchscope hook is removed afterwards: a plain forward is unchanged
    ids = torch.tensor([tiny_lm.tokenize("hello there")])
    before = tiny_lm.model(input_ids=ids).logits
    run_baselines(dec, target, size=4, methods=["patchscope"])
    assert torch.equal(before, tiny_lm.model(input_ids=ids).logits)


def _env() -> dict:
    return dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", OMP_NUM_THREADS="1",
                TOKENIZERS_PARALLELISM="false", SOFTPRISM_LOG="WARNING")


def test_cli_end_to_end_peft_folder_with_oracle(tiny_index, tiny_oracle, soft_files, tmp_path):
    out = tmp_path / "run"
    p = subprocess.run([sys.executable, "eval/decompose_real.py", str(soft_files["peft"]), "--config",
                        "configs/eval/decompose_tiny.yaml", "--index", str(tiny_index.folder), "--oracle",
                        str(tiny_oracle()), "--set", "candidates.projection=4", "-k", "3", "--out", str(out)],
                       cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-3000:]
    for name in ("result.json", "report.html", "run.json", "config.yaml"):
        assert (out / name).is_file(), name
    res = json.loads((out / "result.json").read_text())
    assert res["soft_prompt"]["format"] == "peft" and res["pipeline"]["k"] <= 3
    assert res["pipeline"]["components"][0]["corpus_id"] == tiny_index.corpus.ids[ENTRY]
    assert res["pipeline"]["candidates"]["oracle"] > 0
    assert set(res["baselines"]) == {"projection", "patchscope", "projection_retrieval", "patchscope_retrieval",
                                     "random"}
    assert res["provenance"]["oracle"]["encoder"] == "hash:64" and res["provenance"]["probes"]["fit_hash"]
    html = (out / "report.html").read_text()
    assert html.count("data:image/png;base64,") == 2 and "http" not in html.replace("http-equiv", "")
    assert "KL versus number of components" in html and "Provenance" in html
    assert "rank" in p.stdout and "explained" in p.stdout and f"report: {out / 'report.html'}" in p.stdout


def run_cli(argv, monkeypatch, capsys) -> tuple[int, str, str]:
    """eval/decompose_real.py in this process (cheaper than a subprocess): exit status, stdout, stderr."""
    from softprism.eval import decompose_real
    from softprism.poe.runs import main_guard

    monkeypatch.setattr(sys, "argv", ["decompose_real.py", *map(str, argv)])
    monkeypatch.chdir(ROOT)
    with pytest.raises(SystemExit) as e:
        main_guard(decompose_real.main)
    cap = capsys.readouterr()
    return e.value.code, cap.out, cap.err


@pytest.mark.parametrize("fmt", ["pt", "safetensors"])
def test_cli_formats_json_and_html(fmt, tiny_index, soft_files, tmp_path, monkeypatch, capsys):
    code, out, err = run_cli([soft_files[fmt], "--config", "configs/eval/decompose_tiny.yaml", "--index",
                              tiny_index.folder, "--no-baselines", "--json", tmp_path / "r.json", "--html",
                              tmp_path / "r.html"], monkeypatch, capsys)
    assert code == 0, err[-2000:]
    res = json.loads((tmp_path / "r.json").read_text())
    assert res["soft_prompt"]["format"] == fmt and res["baselines"] == {}
    assert res["pipeline"]["components"][0]["corpus_id"] == tiny_index.corpus.ids[ENTRY]
    assert (tmp_path / "r.html").read_text().startswith("<!DOCTYPE html>")
    # the table shows a line break as "⏎"
    assert " ".join(tiny_index.corpus.texts[ENTRY].split()) in " ".join(out.replace("⏎", " ").split())


def _bad(kind: str, d: Path, soft_files, tiny_index, tiny_oracle) -> list:
    from softprism.poe.softprompt import save_peft_adapter

    cfg = ["--config", "configs/eval/decompose_tiny.yaml", "--index", tiny_index.folder]
    if kind == "width":
        torch.save(torch.randn(4, 7), d / "w.pt")
        return [d / "w.pt", *cfg]
    if kind == "nan":
        torch.save(torch.full((4, 32), float("nan")), d / "n.pt")
        return [d / "n.pt", *cfg]
    if kind == "missing":
        return [d / "nope.safetensors", *cfg]
    if kind == "base_model":
        save_peft_adapter(soft_files["soft"], d / "other", "HuggingFaceTB/SmolLM2-135M-Instruct")
        return [d / "other", *cfg]
    if kind == "corpus":
        return [soft_files["pt"], *cfg, "--corpus", "default:200"]
    if kind == "encoder":
        return [soft_files["pt"], *cfg, "--set", "retrieval.encoder=hash:32"]
    if kind == "oracle_encoder":
        return [soft_files["pt"], *cfg, "--oracle", tiny_oracle("hash:32", 32)]
    raise ValueError(kind)


@pytest.mark.parametrize("kind,needle", [
    ("width", "width 7 does not match"),
    ("nan", "NaN"),
    ("missing", "no such file"),
    ("base_model", "trained for base model"),
    ("corpus", "index was built from corpus"),
    ("encoder", "index was built with encoder"),
    ("oracle_encoder", "oracle predicts in the space of encoder"),
])
def test_cli_bad_input_one_error_line_no_output(kind, needle, tiny_index, tiny_oracle, soft_files, tmp_path,
                                                monkeypatch, capsys):
    d = tmp_path / "in"
    d.mkdir()
    outs = tmp_path / "outs"
    argv = _bad(kind, d, soft_files, tiny_index, tiny_oracle) + ["--out", outs / "run", "--json", outs / "r.json",
                                                                 "--html", outs / "r.html"]
    code, out, err = run_cli(argv, monkeypatch, capsys)
    lines = [ln for ln in err.strip().splitlines() if ln.startswith("error:")]
    assert code == 2 and len(lines) == 1 and needle in lines[0], err[-2000:]
    assert not outs.exists()


def _task_file(d: Path, n: int = 60) -> Path:
    rows = [{"input": f"Review {i}: the {'film was lovely' if i % 2 else 'plot was dull'} and {'bright' if i % 3 else 'slow'}.",
             "output": "yes" if i % 2 else "no"} for i in range(n)]
    path = d / "task.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_decision_metrics_on_labels(tiny_lm, tmp_path):
    from softprism.decompose.decision import decision_metrics, task_labels
    from softprism.poe.probes import ProbeConfig, fit_heldout

    fit, held = fit_heldout(ProbeConfig(source=str(_task_file(tmp_path)), n_fit=12, n_heldout=6, positions=2))
    labels = task_labels(tiny_lm, fit, held)
    ids, gold = labels
    assert len(ids) == 2 and len(gold) == len(held)
    assert set(gold) == {tiny_lm.tokenize(p.output)[0] for p in held.probes}
    assert task_labels(tiny_lm, *fit_heldout(ProbeConfig(n_fit=8, n_heldout=4))) is None  # free-form probes
    g = torch.Generator().manual_seed(0)
    H = torch.randn(3, len(held) * 2, tiny_lm.d_model, generator=g)  # rows: two prompts, then the null
    # the answer is exactly the target (prompt 1 at weight 1): it carries the whole decision
    d = decision_metrics(tiny_lm, H, H[1], 2, labels, [(1, 1.0)], 0.0, 2, 0)
    assert d["kl_label"] < 1e-9 and d["agreement"] == 1.0 and d["accuracy_answer"] == d["accuracy_soft"]
    assert d["explained_label"] == pytest.approx(1.0) and d["n_probes"] == len(held)
    assert d["kl_label_base"] > 0 and 0 <= d["agreement_base"] <= 1 and 0 < d["label_mass_soft"] <= 1
    # the null prompt alone is the no-prompt baseline: explained_label 0
    d0 = decision_metrics(tiny_lm, H, H[1], 2, labels, [], 1.0, 2, None)
    assert d0["kl_label"] == pytest.approx(d0["kl_label_base"]) and d0["explained_label"] == pytest.approx(0.0)
    assert "kl_label_best_single" not in d0
    # the bootstrap interval: exact answers give [1, 1]; the null alone [0, 0]
    assert d["explained_label_ci90"] == pytest.approx([1.0, 1.0]) and d0["explained_label_ci90"] == pytest.approx([0.0, 0.0])


def test_ratio_interval_is_seeded_and_narrows_with_more_probes():
    """explained_label's bootstrap interval: reproducible, around the point value, narrower with 4x the probes
    (about half as wide), None when it cannot be formed."""
    import numpy as np

    from softprism.decompose.decision import ratio_interval

    rng = np.random.default_rng(3)
    base = rng.gamma(2.0, 1.0, 256)
    ans = base * rng.uniform(0.2, 0.8, 256)  # explains about half, probe by probe
    small = ratio_interval(torch.tensor(ans[:16]), torch.tensor(base[:16]))
    big = ratio_interval(torch.tensor(ans[:64]), torch.tensor(base[:64]))
    assert small == ratio_interval(torch.tensor(ans[:16]), torch.tensor(base[:16]))  # seeded
    point = 1 - ans[:64].mean() / base[:64].mean()
    assert big[0] < point < big[1] and small[0] < small[1]
    assert (big[1] - big[0]) < 0.75 * (small[1] - small[0])
    assert ratio_interval(torch.tensor([0.1]), torch.tensor([0.2])) is None
    assert ratio_interval(torch.zeros(4), torch.zeros(4)) is None


def test_cli_task_probes_report_the_decision(tiny_index, soft_files, tmp_path, monkeypatch, capsys):
    task = _task_file(tmp_path)
    code, out, err = run_cli([soft_files["pt"], "--config", "configs/eval/decompose_tiny.yaml", "--index",
                              tiny_index.folder, "--set", 'baselines.methods=["random"]', "--probes", task, "--json",
                              tmp_path / "r.json", "--html", tmp_path / "r.html"], monkeypatch, capsys)
    assert code == 0, err[-2000:]
    res = json.loads((tmp_path / "r.json").read_text())
    assert res["baselines"]["random"]["decision"]["n_probes"] == 6  # every method is scored on the decision
    d = res["pipeline"]["decision"]
    lo, hi = d["explained_label_ci90"]
    assert lo <= hi and "90% interval over probes" in out
    assert len(d["labels"]) == 2 and d["n_probes"] == 6
    for key in ("kl_label", "kl_label_base", "agreement", "accuracy_soft", "accuracy_answer", "label_mass_answer"):
        assert d[key] is not None and d[key] >= 0, key
    assert "on the task's decision" in out
    html = (tmp_path / "r.html").read_text()
    assert "On the task's decision" in html and "same top label" in html and "(labels " in out


def test_fit_on_labels(tiny_lm, tiny_index, soft_files, tmp_path, monkeypatch, capsys):
    task = _task_file(tmp_path)
    dec = decomposer(tiny_lm, tiny_index, table_cache="false", fit_on="labels", **{"probes.source": str(task)})
    r = dec.decompose(soft_files["soft"])
    # fitted on the decision: the headline numbers are the label-restricted ones, measured on the same probes
    assert r.info.fit_on == "labels" and r.decision is not None
    assert r.kl == pytest.approx(r.decision["kl_label"], rel=1e-6, abs=1e-9)
    assert r.kl_base == pytest.approx(r.decision["kl_label_base"], rel=1e-6)
    assert r.explained == pytest.approx(r.decision["explained_label"], rel=1e-6, abs=1e-9)
    assert r.full.converged and len(r.path) >= 2
    j = r.to_json()  # the answer's own intercept (decode with it), the full fit's beside it
    assert j["null_weight"] == r.null_weight and j["null_weight_full"] == r.full.null_weight
    # the response fit on the same probes is a different problem
    r2 = decomposer(tiny_lm, tiny_index, table_cache="false", fit_on="response",
                    **{"probes.source": str(task)}).decompose(soft_files["soft"])
    assert r2.info.fit_on == "response" and abs(r2.kl_base - r.kl_base) > 1e-6
    # the default (`auto`) fits the decision too on labelled probes, and the response alone on free-form ones
    d3 = decomposer(tiny_lm, tiny_index, table_cache="false", **{"probes.source": str(task)})
    assert d3.cfg.fit_on == "auto" and d3.fit_on == "both"
    assert decomposer(tiny_lm, tiny_index, table_cache="false").fit_on == "response"
    # free-form probes cannot be fitted on labels: one clear error
    code, out, err = run_cli([soft_files["pt"], "--config", "configs/eval/decompose_tiny.yaml", "--index",
                              tiny_index.folder, "--no-baselines", "--set", "fit_on=labels", "--json",
                              tmp_path / "x.json"], monkeypatch, capsys)
    assert code == 2 and "fit_on=labels needs labelled task probes" in err and not (tmp_path / "x.json").exists()


def test_fit_on_both(tiny_lm, tiny_index, soft_files, tmp_path, monkeypatch, capsys):
    """fit_on=both: label_weight 0 is the response fit exactly; a positive weight keeps the response's headline
    numbers' meaning (kl_base unchanged), records the weight, and is refused for free-form probes and bad weights."""
    task = _task_file(tmp_path)
    common = {"probes.source": str(task), "table_cache": "false"}
    g = torch.Generator().manual_seed(3)
    soft = soft_files["soft"] + 2.0 * tiny_lm.embedding_std * torch.randn(soft_files["soft"].shape, generator=g)
    r_resp = decomposer(tiny_lm, tiny_index, fit_on="response", **common).decompose(soft)  # not a dictionary entry
    r0 = decomposer(tiny_lm, tiny_index, fit_on="both", label_weight=0.0, **common).decompose(soft)
    assert r0.info.fit_on == "both" and r0.info.label_weight == 0.0
    assert r0.kl == pytest.approx(r_resp.kl, rel=1e-6) and r0.kl_base == pytest.approx(r_resp.kl_base, rel=1e-9)
    assert [c.text for c in r0.components] == [c.text for c in r_resp.components]
    r5 = decomposer(tiny_lm, tiny_index, fit_on="both", label_weight=5.0, roles="true", **common).decompose(soft)
    assert r5.kl_base == pytest.approx(r_resp.kl_base, rel=1e-9) and r5.decision is not None
    assert r5.full.converged and r5.info.label_weight == 5.0
    # the full fits: the combined one is optimal for its objective, so its response part is no better than the
    # response fit's and its decision part (on fit probes) no worse
    assert r_resp.full.kl_fit > 1e-4 and r5.full.kl_fit > r_resp.full.kl_fit + 1e-6  # + a positive label KL
    j = r5.to_json()
    assert j["info"]["fit_on"] == "both"
    # on a labelled task each reported prompt gets a role from what leaving it out costs (the others refit)
    roles = r5.info.roles
    assert roles is not None and [x["text"] for x in roles] == [c.text for c in r5.components]
    for x, c in zip(roles, r5.components):
        content = x["drop_explained_label"] is not None and x["drop_explained_label"] > 0 and \
            x["drop_explained_label"] >= x["drop_explained"]
        assert c.role == x["role"] == ("content" if content else "format")
    assert [c["role"] for c in j["components"]] == [c.role for c in r5.components] and "roles_s" in r5.timing
    # leaving out the first prompt, refit by hand, gives the recorded drop in the reply's explained
    dec5 = decomposer(tiny_lm, tiny_index, fit_on="both", label_weight=5.0, roles="true", **common)
    target = dec5.prepare(soft)
    again = dec5.solve(target, r5.dictionary, "pipeline", k=r5.k, before=None)
    assert [c.role for c in again.components] == [c.role for c in r5.components] or len(r5.components) < 2
    assert r_resp.info.roles is None and r_resp.components[0].role is None  # off by default
    code, out, err = run_cli([soft_files["pt"], "--config", "configs/eval/decompose_tiny.yaml", "--index",
                              tiny_index.folder, "--no-baselines", "--set", "fit_on=both", "--json",
                              tmp_path / "x.json"], monkeypatch, capsys)
    assert code == 2 and "fit_on=both needs labelled task probes" in err and not (tmp_path / "x.json").exists()
    code, out, err = run_cli([soft_files["pt"], "--config", "configs/eval/decompose_tiny.yaml", "--index",
                              tiny_index.folder, "--no-baselines", "--probes", str(task), "--set", "fit_on=both",
                              "--set", "label_weight=-1", "--json", tmp_path / "y.json"], monkeypatch, capsys)
    assert code == 2 and "label_weight" in err and not (tmp_path / "y.json").exists()


def test_label_names_stand_for_the_outputs(tiny_lm, tiny_index, soft_files, tmp_path):
    """The decision block names labels by their reference outputs, not by a bare first token; outputs that share
    a first token (so the decision cannot tell them apart) show joined."""
    from softprism.decompose.decision import label_names
    from softprism.poe.probes import Probe

    first = tiny_lm.tokenize("yes")[0]
    other = tiny_lm.tokenize("no")[0]
    probes = [Probe("a", output="yes"), Probe("b", output="yes indeed"), Probe("c", output="no"), Probe("d")]
    assert tiny_lm.tokenize("yes indeed")[0] == first  # the premise: both start with the same token
    assert label_names(tiny_lm, probes, [first, other]) == ["yes|yes indeed", "no"]
    r = decomposer(tiny_lm, tiny_index, table_cache="false",
                   **{"probes.source": str(_task_file(tmp_path))}).decompose(soft_files["soft"])
    assert sorted(r.decision["labels"]) == ["no", "yes"]
    assert [tiny_lm.tokenizer.decode([tiny_lm.tokenize(x)[0]]) for x in r.decision["labels"]] == \
        r.decision["label_tokens"]


def test_signature_source_finds_a_corpus_prompt_by_behaviour(tiny_lm, tiny_index, soft_files, monkeypatch, tmp_path):
    """With a signature index over the same corpus and no other source, signature pursuit alone puts the prompt the
    soft prompt *is* first, and the exact solve gives it weight ~1. A sidecar for another slot is refused."""
    from softprism.decompose.pipeline import Decomposer
    from softprism.poe.errors import InputError
    from softprism.poe.signatures import SignatureConfig, SignatureSpace
    from softprism.poe.slot import PromptSlot
    from softprism.retrieval.signatures import SignatureIndex

    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))
    corpus = tiny_index.corpus.subset(range(48))
    space = SignatureSpace(tiny_lm, PromptSlot(tiny_lm, "prefix"), SignatureConfig(positions=2, dim=64))
    sig = SignatureIndex.build(corpus, space.of_texts(corpus.texts), space)
    dec = decomposer(tiny_lm, tiny_index, **{"candidates.projection": 0, "candidates.patchscope": 0,
                                             "candidates.size": 0, "candidates.signature": 8,
                                             "candidates.signature_rounds": 2, "candidates.neighbours": 0})
    dec = Decomposer(dec.lm, dec.slot, dec.fit_probes, dec.heldout_probes, tiny_index, cfg=dec.cfg, signatures=sig)
    r = dec.decompose(soft_files["soft"])
    check_result(r, 4)
    entry_id = tiny_index.corpus.ids[ENTRY]
    assert set(r.candidates) == {"signature"} and len(r.dictionary) == 8
    assert r.info.pursuit["picks"][0] == tiny_index.corpus.texts[ENTRY]
    assert r.dictionary[0].corpus_id == entry_id and r.dictionary[0].position == ENTRY
    assert r.components[0].corpus_id == entry_id and abs(r.components[0].weight - 1) < 0.02
    assert {"signature_s", "pursuit_s"} <= set(r.timing)
    assert r.to_json()["dictionary"][0]["source"] == "signature"
    sig.meta["space"]["slot"] = "system"
    with pytest.raises(InputError, match="slot"):
        Decomposer(dec.lm, dec.slot, dec.fit_probes, dec.heldout_probes, tiny_index, cfg=dec.cfg, signatures=sig)


def test_swap_sweeps_never_worsen_the_fit(tiny_lm, tiny_index, soft_files, monkeypatch, tmp_path):
    """`solver.swap_sweeps`: exchanges around the k-sparse answer over the same dictionary keep k, never raise the
    fit KL, and report what they did; with k = 2 of 8 candidates there is room to exchange."""
    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))
    cfg = {"candidates.size": 0, "candidates.projection": 4, "candidates.patchscope": 4, "candidates.fallback": "[]",
           "candidates.neighbours": 0, "k": 2, "solver.max_components": 2}
    dec = decomposer(tiny_lm, tiny_index, **cfg)
    soft = soft_files["soft"]
    g = torch.Generator().manual_seed(0)
    target = dec.prepare(soft + 2.0 * soft.std() * torch.randn(soft.shape, generator=g))  # not one corpus row
    base = dec.decompose(target)
    sw = decomposer(tiny_lm, tiny_index, **cfg, **{"solver.swap_sweeps": 2, "solver.swap_tries": 8}).decompose(target)
    check_result(sw, 2)
    assert [c.text for c in sw.dictionary] == [c.text for c in base.dictionary]
    assert sw.k == base.k == 2 and sw.kl_fit <= base.kl_fit + 1e-12
    assert "swap_s" in sw.timing and sw.info.swaps >= 0
    assert sw.info.k_answer.endswith("+swaps") == (sw.info.swaps > 0)
    if sw.info.swaps == 0:
        assert [c.text for c in sw.components] == [c.text for c in base.components]
    with pytest.raises(ValueError, match="swap_sweeps"):
        decomposer(tiny_lm, tiny_index, **cfg, **{"solver.swap_sweeps": -1})


def test_cv_select_prunes_by_the_folds_of_the_fit_probes(tiny_lm, tiny_index, soft_files, monkeypatch, tmp_path):
    """`select: cv`: the answer is the support with the lowest cross-validated KL within the fit probes among the
    greedy path's prefixes and backward elimination from the fit-chosen answer; it never grows, its score is the
    least of those tried, a pruned answer is refit on every fit probe, and the held-out numbers are its own."""
    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))
    cfg = {"candidates.size": 0, "candidates.projection": 6, "candidates.patchscope": 6, "candidates.fallback": "[]",
           "candidates.neighbours": 0, "k": 6, "solver.max_components": 6}
    dec = decomposer(tiny_lm, tiny_index, **cfg)
    soft = soft_files["soft"]
    g = torch.Generator().manual_seed(1)  # a target off every corpus row
    target = dec.prepare(soft + 2.0 * soft.std() * torch.randn(soft.shape, generator=g))
    base = dec.decompose(target)
    cv = decomposer(tiny_lm, tiny_index, **cfg, select="cv", cv_folds=2).decompose(target)
    assert [c.text for c in cv.dictionary] == [c.text for c in base.dictionary]
    rep = cv.info.cv_select
    assert rep["folds"] == 2 and rep["k_before"] == base.k and rep["k_after"] == cv.k <= base.k
    scores = {tuple(s["indices"]): s["kl_cv"] for s in rep["scores"]}
    chosen = tuple(sorted(c.index for c in cv.components))
    assert chosen in scores and scores[chosen] <= min(scores.values()) + 1e-9
    assert tuple(sorted(c.index for c in base.components)) in scores  # the fit-chosen answer was scored too
    assert cv.info.k_answer.endswith("+cv") == (set(chosen) != {c.index for c in base.components})
    assert cv.kl_fit >= base.kl_fit - 1e-9 or cv.k == base.k  # fewer prompts never fit the fit probes better
    assert abs(cv.explained - (1 - cv.kl / cv.kl_base)) < 1e-9 and "select_s" in cv.timing
    json.dumps(cv.to_json(), allow_nan=False)
    assert cv.k < base.k and cv.info.k_answer.endswith("+cv")  # 6 of 12 candidates on 12 fit probes: some go
    with pytest.raises(ValueError, match="cv_folds"):
        decomposer(tiny_lm, tiny_index, **cfg, cv_folds=1)


def test_neighbour_round_reaches_the_prompt_next_to_a_candidate(tiny_lm, tiny_index, soft_files, monkeypatch, tmp_path):
    """The dictionary holds only user texts, one of them a paraphrase of the corpus prompt the soft prompt *is*
    (not the prompt itself). Without neighbour rounds the prompt cannot be in the answer; with one round its row,
    the paraphrase's nearest, joins the dictionary and the exact solve gives it weight ~1. The final solve's warm
    start does not change the optimum."""
    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))
    entry, entry_id = tiny_index.corpus.texts[ENTRY], tiny_index.corpus.ids[ENTRY]
    near = entry + " Thanks."
    others = ["Be extremely rude.", "Answer in French.", "Count the vowels in the word."]
    cfg = {"candidates.size": 0, "candidates.projection": 0, "candidates.patchscope": 0, "candidates.fallback": "[]",
           "candidates.texts": json.dumps([near] + others), "candidates.neighbours_of": 4}
    off = decomposer(tiny_lm, tiny_index, **cfg, **{"candidates.neighbours": 0}).decompose(soft_files["soft"])
    check_result(off, 4)
    assert entry_id not in [c.corpus_id for c in off.dictionary] and off.explained < 0.999
    assert off.info.neighbour_rounds is None and "neighbour_rounds" not in off.to_json()["info"]
    dec = decomposer(tiny_lm, tiny_index, **cfg, **{"candidates.neighbours": 3})
    target = dec.prepare(soft_files["soft"])
    on = dec.decompose(target)
    check_result(on, 4)
    (rnd,) = on.info.neighbour_rounds
    assert sorted(rnd["seeds"]) == sorted([near] + others)  # the 4-step path over 4 candidates takes them all
    assert len(rnd["added"]) == 3 * 4 and on.candidates == {"user": 4, "neighbours": 12}
    assert [c.text for c in on.dictionary[4:]] == rnd["added"] and len({c.key() for c in on.dictionary}) == 16
    added = [c for c in on.dictionary if c.source == "neighbours"]
    assert added[0].corpus_id == entry_id  # the paraphrase's nearest row, found first
    assert on.components[0].corpus_id == entry_id and abs(on.components[0].weight - 1) < 0.02
    assert on.explained > 0.999 and on.kl_fit < off.kl_fit
    # the answer before the round (the path over the 4 user texts, refit) stays in the running and is off's path
    assert on.info.kl_fit_before_neighbours == pytest.approx(off.path[min(4, len(off.path) - 1)]["kl_fit"], rel=1e-6)
    assert {"neighbour_tables_s", "neighbour_path_s", "neighbour_search_s"} <= set(on.timing)
    cold = dec.solve(target, on.dictionary, "pipeline")  # no warm start: the same certified optimum
    assert abs(cold.full.kl_fit - on.full.kl_fit) < 1e-7 and abs(cold.kl - on.kl) < 1e-7
    assert [c.text for c in cold.components] == [c.text for c in on.components]
    # a second round looks around the grown dictionary's path: the recovered prompt is its first seed
    two = decomposer(tiny_lm, tiny_index, **cfg, **{"candidates.neighbours": 3, "candidates.neighbour_rounds": 2})
    r2 = two.decompose(target)
    check_result(r2, 4)
    assert [x["round"] for x in r2.info.neighbour_rounds] == [1, 2]
    assert r2.info.neighbour_rounds[1]["seeds"][0] == entry and r2.info.neighbour_rounds[1]["n_candidates"] == 16
    assert len(r2.dictionary) == 16 + len(r2.info.neighbour_rounds[1]["added"]) and r2.explained > 0.999
