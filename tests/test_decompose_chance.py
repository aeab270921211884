"""The chance line (decompose/chance.py, `Decomposer.chance`) on the tiny random model.

Every `Decomposer.run` result carries it: the same k chosen by the same solve from seeded random dictionaries of the
same index, in result.json (`explained_chance`, `chance`), the CLI's summary and the HTML report; `chance.draws: 0`
turns it off; the same seed draws the same rows; the random baseline is its draw 0; bad config values are refused.
"""

import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

ROOT = Path(__file__).resolve().parent.parent
ENTRY = 5  # the corpus row the soft prompt is


pytestmark = pytest.mark.usefixtures("one_thread")  # conftest: one torch thread while this module runs


@pytest.fixture(scope="module")
def tiny_index(tmp_path_factory):
    from softprism.poe.config import load_config
    from softprism.retrieval.builder import build_index
    from softprism.retrieval.config import RetrievalConfig

    cfg = load_config(RetrievalConfig, ROOT / "configs/retrieval/tiny.yaml", ["corpus.size=300"])
    return build_index(cfg, tmp_path_factory.mktemp("index") / "idx")


@pytest.fixture(scope="module")
def soft_file(tmp_path_factory, tiny_lm, tiny_index):
    """Corpus row ENTRY's token embeddings, nudged off the row (so the answer is not trivially exact), as a .pt."""
    g = torch.Generator().manual_seed(0)
    soft = tiny_lm.embed_text(tiny_index.corpus.texts[ENTRY]).detach().float()
    soft = soft + 0.5 * soft.std() * torch.randn(soft.shape, generator=g)
    path = tmp_path_factory.mktemp("soft") / "soft.pt"
    torch.save(soft, path)
    return path


def decomposer(lm, index, **overrides):
    from softprism.decompose.config import DecomposeConfig
    from softprism.decompose.pipeline import Decomposer
    from softprism.poe.config import load_config
    from softprism.poe.probes import fit_heldout
    from softprism.poe.slot import PromptSlot

    sets = ["candidates.neighbours=0", "table_cache=false"] + [f"{k}={v}" for k, v in overrides.items()]
    cfg = load_config(DecomposeConfig, ROOT / "configs/eval/decompose_tiny.yaml", sets)
    fit, held = fit_heldout(cfg.probes)
    return Decomposer(lm, PromptSlot(lm, cfg.slot.kind), fit, held, index, cfg=cfg)


def run_cli(argv, monkeypatch, capsys) -> tuple[int, str, str]:
    """eval/decompose_real.py in this process: exit status, stdout, stderr."""
    from softprism.eval import decompose_real
    from softprism.poe.runs import main_guard

    monkeypatch.setattr(sys, "argv", ["decompose_real.py", *map(str, argv)])
    monkeypatch.chdir(ROOT)
    with pytest.raises(SystemExit) as e:
        main_guard(decompose_real.main)
    cap = capsys.readouterr()
    return e.value.code, cap.out, cap.err


def test_chance_line_in_result_json_cli_and_html(tiny_index, soft_file, tmp_path, monkeypatch, capsys):
    """Two draws of 8 rows: result.json has `explained_chance` (their mean) and the whole `chance` object under
    the pipeline, its time as `chance_s`; the CLI prints the sentence; the HTML shows the number and the sentence."""
    from softprism.decompose.chance import chance_sentence

    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path / "cache"))
    code, out, err = run_cli([soft_file, "--config", "configs/eval/decompose_tiny.yaml", "--index",
                              tiny_index.folder, "--no-baselines", "--set", "chance.draws=2", "--set",
                              "chance.size=8", "--set", "candidates.neighbours=0", "--out", tmp_path / "run"],
                             monkeypatch, capsys)
    assert code == 0, err[-2000:]
    res = json.loads((tmp_path / "run" / "result.json").read_text())
    p = res["pipeline"]
    ch = p["chance"]
    assert set(ch) == {"size", "k", "draws", "seeds", "seed", "mean", "std", "margin", "within", "explained", "ids",
                       "seconds"}
    assert ch["size"] == 8 and len(ch["draws"]) == 2 and len(ch["seeds"]) == 2 and len(ch["ids"]) == 2
    assert all(len(ids) == len(set(ids)) == 8 for ids in ch["ids"]) and ch["ids"][0] != ch["ids"][1]
    assert set(ch["ids"][0]) <= set(tiny_index.corpus.ids)
    assert ch["k"] == p["k"] and ch["explained"] == pytest.approx(p["explained"])
    assert p["explained_chance"] == pytest.approx(np.mean(ch["draws"])) == pytest.approx(ch["mean"])
    assert ch["std"] == pytest.approx(np.std(ch["draws"]))
    assert ch["margin"] == pytest.approx(p["explained"] - ch["mean"])
    assert ch["within"] == (not p["explained"] > max(ch["draws"]))
    assert p["timing"]["chance_s"] > 0 and ch["seconds"] == pytest.approx(p["timing"]["chance_s"], abs=1e-3)
    sentence = chance_sentence(ch)
    assert "from 2 random 8-prompt dictionaries of the same index" in sentence and " ± " in sentence
    assert f"chance: {sentence}" in out and "s (chance line)" in out
    html = (tmp_path / "run" / "report.html").read_text()
    assert "chance line" in html and f"{p['explained_chance']:.3f}" in html
    import html as H

    assert H.escape(sentence) in html
    assert html.count("data:image/png;base64,") == 2  # the chance mean is a line on the curve, not a new figure


def test_chance_reuses_the_store_and_the_solve(tiny_lm, tiny_index, soft_file, monkeypatch, tmp_path):
    """`size: 0` draws as many rows as the pipeline's dictionary; each draw is `Decomposer.solve` of its rows with
    the answer's k; the same seed draws the same rows (and no new tables), another seed other rows; draw 0 is the
    random baseline's dictionary (the rule it had before the move), which decompose/baselines.py takes from here."""
    from softprism.decompose import chance as C
    from softprism.decompose import baselines

    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))
    dec = decomposer(tiny_lm, tiny_index, **{"chance.size": 0, "chance.draws": 2, "chance.seed": 3})
    rep = dec.run(torch.load(soft_file), baselines=False)
    r, line = rep.pipeline, rep.chance
    assert line is r.chance and rep.to_json()["pipeline"]["chance"]["size"] == len(r.dictionary)
    n = len(r.dictionary)
    assert line.size == n > 8 and all(len(ids) == n for ids in line.ids)
    assert line.k == r.k and line.seed == 3 and line.explained == r.explained and "chance_s" in r.timing
    assert r.explained_chance == pytest.approx(line.mean) and "chance:" in str(rep)

    target = dec.prepare(torch.load(soft_file))
    again = dec.chance(target, r.explained, n, draws=2, seed=3, k=r.k)
    assert again.draws == line.draws and again.ids == line.ids and again.seeds == line.seeds
    before = dec.store.computed
    dec.chance(target, r.explained, n, draws=2, seed=3, k=r.k)
    assert dec.store.computed == before  # every table from the store
    other = dec.chance(target, r.explained, n, draws=2, seed=4, k=r.k)
    assert other.ids[0] != line.ids[0] and other.seeds != line.seeds
    # each draw is the pipeline's solve of its rows, with the same k
    pos = C.random_rows(len(tiny_index), n, line.seeds[1])
    solo = dec.solve(target, dec.position_candidates(pos, "chance"), "chance", k=r.k)
    assert solo.explained == pytest.approx(line.draws[1], rel=1e-9, abs=1e-12)
    assert [c.corpus_id for c in solo.dictionary] == line.ids[1] and len(solo.components) <= r.k
    # draw 0 follows the random baseline's rule (seed mixed with the soft prompt's hash), which baselines.py imports
    mix = int(hashlib.sha256(f"3:{target.sha}".encode()).hexdigest()[:8], 16)
    want = np.random.default_rng(mix).permutation(len(tiny_index))[:n].tolist()
    assert line.seeds[0] == mix and [tiny_index.corpus.ids[p] for p in want] == line.ids[0]
    bigger = C.random_rows(len(tiny_index), n + 3, mix)  # nested: a larger draw holds the smaller one first
    assert bigger[:n] == want and len(set(bigger)) == n + 3
    assert baselines.random_dictionary is C.random_dictionary
    base = baselines.run_baselines(dec, target, n, methods=["random"])["random"]  # random_size 0: n rows
    assert base.method == "random" and base.info.seed == 0 and base.info.draw is None
    assert {c.source for c in base.dictionary} == {"random"}
    assert [c.corpus_id for c in base.dictionary] == [tiny_index.corpus.ids[p] for p in
                                                      C.random_rows(len(tiny_index), n, C.draw_seed(0, target.sha))]


def test_draws_zero_turns_it_off(tiny_lm, tiny_index, soft_file, monkeypatch, tmp_path):
    from softprism.decompose.cli import print_report

    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))
    rep = decomposer(tiny_lm, tiny_index, **{"chance.draws": 0}).run(torch.load(soft_file), baselines=False)
    assert rep.chance is None and rep.pipeline.explained_chance is None and "chance_s" not in rep.pipeline.timing
    j = rep.to_json()
    json.dumps(j, allow_nan=False)
    assert "explained_chance" in j["pipeline"] and j["pipeline"]["explained_chance"] is None
    assert "chance" in j["pipeline"] and j["pipeline"]["chance"] is None
    assert "No chance line" in rep.html() and "chance:" not in str(rep)
    print_report(j, None)


def test_within_and_the_verdict_in_words():
    """`within`: the pipeline is not above the best draw (a tie is within); NaN is within (no claim); the sentence
    says which, and the HTML report carries it."""
    from softprism.decompose.chance import ChanceLine, chance_sentence
    from softprism.decompose.report import curve_figure, render

    line = ChanceLine(size=32, k=4, draws=[0.3, 0.5], seeds=[1, 2], explained=0.5)
    assert line.within and line.mean == pytest.approx(0.4) and line.std == pytest.approx(0.1)
    assert line.margin == pytest.approx(0.1)  # above the mean, yet one draw explains as much: within chance
    assert "within chance: a random dictionary of the same index explains as much, so this answer says little about " \
           "the soft prompt" in line.sentence()
    above = ChanceLine(size=32, k=4, draws=[0.3, 0.5], seeds=[1, 2], explained=0.51)
    assert not above.within and above.sentence().endswith("margin +0.110: above chance")
    assert ChanceLine(size=32, k=4, draws=[0.3], seeds=[1], explained=float("nan")).within
    one = ChanceLine(size=32, k=4, draws=[0.512], seeds=[1], explained=0.98)
    assert str(one) == ("chance: explained 0.512 from 1 random 32-prompt dictionary of the same index (same k = 4); "
                        "margin +0.468: above chance")
    full = ChanceLine(size=8, k=0, draws=[0.2], seeds=[1], explained=0.1).to_json()
    assert "the full fit, as the pipeline's" in chance_sentence(full) and full["within"]
    json.dumps(ChanceLine(size=8, k=2, draws=[float("nan")], seeds=[1], explained=0.1).to_json(), allow_nan=False)

    pipe = {"explained": 0.5, "k": 4, "kl": 0.5, "kl_base": 1.0, "kl_best_single": 0.7, "explained_best_single": 0.3,
            "n_candidates": 32, "kl_full": 0.4, "explained_full": 0.6, "components": [], "candidates": {},
            "path": [{"k": 0, "kl_fit": 0.9, "kl_heldout": 0.9, "explained": 0.1, "texts": []}],
            "timing": {"chance_s": 1.5}, "explained_chance": line.mean, "chance": line.to_json()}
    page = render({"pipeline": pipe, "baselines": {}, "provenance": {}, "soft_prompt": {}})
    assert "explained_chance 0.400" in page and "within chance: a random dictionary of the same index" in page
    assert '<p class="warn"><b>chance line</b>' in page and "<td>chance</td>" in page  # the timing row
    assert curve_figure({"pipeline": pipe}).startswith("<img")


def test_bad_chance_config_is_refused_in_one_line(tiny_index, soft_file, tmp_path, monkeypatch, capsys):
    from softprism.decompose.config import DecomposeConfig
    from softprism.poe.config import check_documented, describe, load_config
    from softprism.poe.errors import InputError

    cfg = load_config(DecomposeConfig)
    assert (cfg.chance.draws, cfg.chance.size, cfg.chance.seed) == (1, 32, 0)
    assert check_documented(DecomposeConfig) == []
    help_lines = describe(DecomposeConfig)
    for key in ("chance.draws", "chance.size", "chance.seed"):
        assert any(ln.split()[0] == key for ln in help_lines), key
    for bad, needle in (("chance.draws=-1", "config.chance: draws=-1: must be >= 0 (0 turns the chance line off)"),
                        ("chance.size=-2", "config.chance: size=-2: must be >= 0 (0 = the pipeline's own dictionary"),
                        ("chance.draws=1.5", "chance.draws=1.5': expected an integer"),
                        ("chance.draw=2", "unknown key 'draw'")):
        with pytest.raises(InputError) as e:
            load_config(DecomposeConfig, None, [bad])
        assert needle in str(e.value) and "\n" not in str(e.value), str(e.value)
    with pytest.raises(ValueError, match="at least one random dictionary"):
        from softprism.decompose.chance import chance_line

        chance_line(None, None, 0.5, 8, draws=0)
    out = tmp_path / "outs"
    code, stdout, err = run_cli([soft_file, "--config", "configs/eval/decompose_tiny.yaml", "--index",
                                 tiny_index.folder, "--set", "chance.draws=-1", "--json", out / "r.json"],
                                monkeypatch, capsys)
    lines = [ln for ln in err.strip().splitlines() if ln.startswith("error:")]
    assert code == 2 and len(lines) == 1 and "chance: draws=-1" in lines[0], err[-2000:]
    assert not out.exists()


def test_format_basis_is_in_every_dictionary_and_shown_apart(tiny_lm, tiny_index, soft_file, monkeypatch, tmp_path):
    """`candidates.format_basis`: its prompts join the pipeline's dictionary (source `format`) and every chance
    draw's (beside as many random rows as the pipeline's other candidates); the answer's components from it get the
    role `format` and the others `content`; a missing or empty file is refused naming it; `default` is the
    embedded basis, comment lines dropped."""
    from softprism.decompose.candidates import format_basis_texts
    from softprism.poe.errors import InputError

    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))
    basis = tmp_path / "basis.txt"
    basis.write_text("# how replies look\nAnswer in one word.\nReply in French.\n\nReply with a number only.\n")
    assert format_basis_texts(str(basis)) == ["Answer in one word.", "Reply in French.", "Reply with a number only."]
    shipped = format_basis_texts("default")
    assert len(shipped) == 16 and not any(t.startswith("#") for t in shipped) and format_basis_texts("") == []
    for bad, why in ((tmp_path / "none.txt", "not found"), (tmp_path / "empty.txt", "has no prompts")):
        if bad.name == "empty.txt":
            bad.write_text("# only a comment\n")
        with pytest.raises(InputError, match=why) as e:
            format_basis_texts(str(bad))
        assert str(bad) in str(e.value)

    # k = 6 over 12 + 3 candidates: the basis must take part (a random dictionary's 12 rows alone would do)
    dec = decomposer(tiny_lm, tiny_index, **{"candidates.format_basis": str(basis), "chance.size": 0,
                                             "chance.draws": 2, "k": 6, "solver.max_components": 6,
                                             "candidates.size": 0, "candidates.projection": 6,
                                             "candidates.patchscope": 6, "candidates.fallback": "[]"})
    rep = dec.run(torch.load(soft_file), baselines=False)
    r, line = rep.pipeline, rep.chance
    fmt = {c.text for c in r.dictionary if c.source == "format"}
    assert fmt == set(format_basis_texts(str(basis))) and r.candidates["format"] == 3
    n_other = len(r.dictionary) - 3
    assert line.size == n_other and all(len(ids) == n_other for ids in line.ids)
    assert {c.role for c in r.components} == {"format", "content"}, [(c.text, c.role) for c in r.components]
    for c in r.components:
        assert (c.role == "format") == (c.text in fmt)
    target = dec.prepare(torch.load(soft_file))
    from softprism.decompose import chance as C

    draw = C.random_dictionary(dec, target, n_other, seed=0, draw=1, method="chance", k=r.k)
    assert {c.text for c in draw.dictionary if c.source == "format"} == fmt and len(draw.dictionary) == n_other + 3
    assert all(c.role is None for c in decomposer(tiny_lm, tiny_index).decompose(target).components)  # off: no roles
