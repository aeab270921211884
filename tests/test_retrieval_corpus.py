"""retrieval.corpus and retrieval.generator: normalising, dedup, stable ids and split, loaders, the default corpus."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from softprism.poe.errors import InputError
from softprism.retrieval.config import CorpusConfig
from softprism.retrieval.corpus import Corpus, default_corpus, load_corpus, normalise, split_unit, text_id
from softprism.retrieval.generator import (_FRAME_SLOT, FAMILIES, FAMILY_WEIGHTS, FRAMES, GROUP_OF, TEMPLATES, _Filler,
                                           _Rng, article, frame_pieces, generate, near_duplicate_key)

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPORA = ROOT.parent / "shared" / "data" / "corpora"

# Frozen values: these must not change across runs, machines or Python versions.
FROZEN = {
    "Summarise the article in three sentences.": ("12ef6ed004340fbd", 0.716293),
    "Translate the text into French.": ("1939a6e6e72ac1d1", 0.762077),
    "You are a pirate.": ("400458a606a027e0", 0.345475),
    "Write a haiku about autumn.": ("7ac9423907f6794c", 0.606847),
}


def test_normalise():
    assert normalise("  Hello\t\t world \r\n\n\n\n  next  line ") == "Hello world\n\nnext line"
    assert normalise("e\u0301") == "\u00e9"  # NFC


def test_ids_and_split_are_frozen():
    for text, (tid, unit) in FROZEN.items():
        assert text_id(text) == tid
        assert split_unit(text) == pytest.approx(unit, abs=1e-6)


def test_split_is_stable_across_processes():
    texts = [p.text for p in generate(300, seed=3)]
    here = [Corpus.from_texts(texts, heldout_fraction=0.2).splits]
    code = ("import json,sys; from softprism.retrieval.corpus import Corpus; from softprism.retrieval.generator import generate;"
            "t=[p.text for p in generate(300, seed=3)]; print(json.dumps(Corpus.from_texts(t, heldout_fraction=0.2).splits))")
    env = dict(os.environ, PYTHONHASHSEED="12345")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert json.loads(out.stdout) == here[0]
    frac = here[0].count("heldout") / len(texts)
    assert 0.1 < frac < 0.3


def test_dedup_keeps_first_and_its_source():
    c = Corpus.from_texts(["Write a poem.", "write  a poem.", "Translate this.", "  ", "Write a poem."],
                          ["a", "b", "c", "d", "e"])
    assert c.texts == ["Write a poem.", "Translate this."]
    assert c.sources == ["a", "c"]
    assert len(set(c.ids)) == 2 and c.fingerprint == Corpus.from_texts(c.texts).fingerprint


_SLOT = re.compile(r"{\w+}")


def test_generator_deterministic_prefix_and_distinct():
    a, b = generate(3000, seed=0), generate(1000, seed=0)
    assert a[:1000] == b
    assert generate(1000, seed=1) != b
    texts = [p.text for p in a]
    assert len(set(texts)) == len(texts)
    assert len({near_duplicate_key(t) for t in texts}) == len(texts)
    for p in generate(60000, seed=0):
        fam, rest = p.template.split(".", 1)
        assert int(rest.split("+")[0]) < len(TEMPLATES[fam])
        assert not _SLOT.search(_unplaceholder(p.text)) and "  " not in p.text  # every slot filled
    assert {p.template.split(".")[0] for p in generate(60000, seed=0)} == set(TEMPLATES)  # every family is drawn


def _unplaceholder(text: str) -> str:
    """`text` without the literal template placeholders some prompts keep on purpose (`{premise}`)."""
    from softprism.retrieval.generator import TEMPLATE_PLACEHOLDERS

    return re.sub(r"{\w+}", lambda m: "" if m.group(0) in TEMPLATE_PLACEHOLDERS else m.group(0), text)


def test_every_family_phrasing_renders():
    """Each own phrasing and each frame of every family fills without a leftover slot or a doubled space."""
    rng = _Rng(7)
    names = [f.name for f in FAMILIES]
    assert len(names) == len(set(names)) and len(FAMILIES) >= 150 and all("." not in n for n in names)
    for fam in FAMILIES:
        assert fam.given and fam.do and fam.group
        fp = frame_pieces(fam.given[0], fam.do[-1], (fam.out or ("",))[0], (fam.note or ("",))[0])
        pieces = list(fam.own) + [_FRAME_SLOT.sub(lambda m, fp=fp: fp[m.group(1)], fr) for fr in FRAMES]
        for template in pieces + [g for g in fam.given] + [d for d in fam.do]:
            text = _unplaceholder(_Filler(rng).fill(template))
            assert not _SLOT.search(text), (fam.name, template)  # JSON braces may stay; a `{slot}` may not


def test_rows_record_family_and_template_across_new_families():
    a = generate(6000, seed=0)
    assert a[:2500] == generate(2500, seed=0)  # the prefix property holds with the new families mixed in
    fams = {p.family for p in a}
    assert fams <= set(FAMILY_WEIGHTS) and len(fams) >= 150
    for p in a:
        assert p.template.startswith(p.family + ".") and p.family in GROUP_OF
    groups = {GROUP_OF[p.family] for p in a}
    assert {"letters", "words", "arithmetic", "logic", "code", "open_qa", "roleplay", "documents"} <= groups
    short = [p for p in a if len(p.text.split()) <= 8]
    assert len(short) > 300  # plain short instructions exist ("Count the vowels in this word.")
    assert any(p.text.startswith("In this task, ") for p in a)


def test_articles():
    assert article("e-commerce") == "an" and article("one-page") == "a" and article("HTML list") == "an"
    assert article("user guide") == "a" and article("urgency") == "an" and article("100-word") == "a"


def test_default_corpus_rows_record_template_and_split():
    c = default_corpus(2000, seed=0)
    assert len(c) == 2000 and len(set(c.ids)) == 2000
    assert all(t for t in c.templates) and set(c.sources) == {"softprism-default"}
    assert load_corpus(CorpusConfig(source="default", size=2000)).fingerprint == c.fingerprint
    assert load_corpus("default:500").ids == c.ids[:500]


@pytest.mark.slow
def test_generator_reaches_one_million():
    ps = generate(1_000_000, seed=0)
    assert len({p.text for p in ps}) == 1_000_000


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_loaders(tmp_path):
    j = _write(tmp_path / "a.jsonl", '{"text": "Summarise the text.", "source": "mine"}\n\n{"text": "Fix the grammar."}\n')
    c = load_corpus(str(j))
    assert c.texts == ["Summarise the text.", "Fix the grammar."] and c.sources == ["mine", "a"]
    csvf = _write(tmp_path / "b.csv", 'id,prompt\n1,"Translate into German, please."\n2,Write a limerick.\n')
    assert load_corpus(str(csvf)).texts == ["Translate into German, please.", "Write a limerick."]
    tsv = _write(tmp_path / "c.tsv", "instruction\tx\nExplain recursion.\t1\n")
    assert load_corpus(str(tsv)).texts == ["Explain recursion."]
    txt = _write(tmp_path / "d.txt", "One prompt per line.\n\nAnother prompt.\n")
    assert load_corpus(str(txt)).texts == ["One prompt per line.", "Another prompt."]
    other = _write(tmp_path / "e.jsonl", '{"body": "Be brief."}\n')
    assert load_corpus(CorpusConfig(source=str(other), text_field="body")).texts == ["Be brief."]
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "x.jsonl").write_text((tmp_path / "a.jsonl").read_text())
    (folder / "y.txt").write_text("Summarise the text.\nA new one.\n")
    c = load_corpus(str(folder))
    assert c.texts == ["Summarise the text.", "Fix the grammar.", "A new one."]


def test_placeholders_strip(tmp_path):
    rows = ["{text}\n\nWhich section of a newspaper would this article likely appear in?",
            "Categories: {join_answer_choices}\n\nWhat category best describes: {text}\nAnswer:",
            'Return {"a": 1}, then {{ answer_choices[label] }} and { } stay.',
            "{premise}\n{1_answerA_2_answerB_label}",
            "Which section of a newspaper would this article likely appear in?"]
    f = _write(tmp_path / "t.jsonl", "".join(json.dumps({"text": r}) + "\n" for r in rows))
    kept = load_corpus(str(f))
    assert kept.texts == [normalise(r) for r in rows]
    stripped = load_corpus(CorpusConfig(source=str(f), placeholders="strip"))
    # the first and last rows become equal (one is kept); a row of slots only is dropped as empty
    assert stripped.texts == ["Which section of a newspaper would this article likely appear in?",
                              "Categories:\n\nWhat category best describes:\nAnswer:",
                              'Return {"a": 1}, then and { } stay.']
    assert stripped.fingerprint != kept.fingerprint
    with pytest.raises(ValueError, match="placeholders"):
        CorpusConfig(placeholders="drop")


def test_datasets_folder(tmp_path):
    import datasets

    ds = datasets.Dataset.from_dict({"prompt": ["Write a story.", "Write a story.", "Answer briefly."],
                                     "source": ["s1", "s2", "s3"]})
    ds.save_to_disk(str(tmp_path / "ds"))
    c = load_corpus(str(tmp_path / "ds"))
    assert c.texts == ["Write a story.", "Answer briefly."] and c.sources == ["s1", "s3"]
    ds.remove_columns("prompt").save_to_disk(str(tmp_path / "nocol"))
    with pytest.raises(InputError, match="no text column"):
        load_corpus(str(tmp_path / "nocol"))


def test_bad_corpora(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_corpus(str(tmp_path / "missing.jsonl"))
    with pytest.raises(InputError, match="empty"):
        load_corpus(str(_write(tmp_path / "empty.jsonl", "")))
    with pytest.raises(InputError, match="empty"):
        load_corpus(str(_write(tmp_path / "blank.txt", "\n  \n")))
    with pytest.raises(InputError, match="no text column"):
        load_corpus(str(_write(tmp_path / "nocol.jsonl", '{"label": 1}\n')))
    with pytest.raises(InputError, match="no text column"):
        load_corpus(str(_write(tmp_path / "nocol.csv", "a,b\n1,2\n")))
    with pytest.raises(InputError, match="not valid JSON"):
        load_corpus(str(_write(tmp_path / "bad.jsonl", '{"text": "ok"}\n{oops\n')))
    with pytest.raises(InputError, match="unsupported"):
        load_corpus(str(_write(tmp_path / "x.parquet", "")))


@pytest.mark.skipif(not SHARED_CORPORA.is_dir(), reason="../shared/data/corpora is absent")
def test_shared_corpora_load():
    c = load_corpus(str(SHARED_CORPORA))
    assert len(c) > 10_000 and len(set(c.ids)) == len(c)
    assert {"train", "heldout"} == set(c.splits)
    assert len(set(c.sources)) > 5


def test_mixing_weights_and_frame_labels():
    from softprism.retrieval.generator import MIX

    assert set(MIX) <= set(FAMILY_WEIGHTS) and all(0 < m <= 4 for m in MIX.values())
    assert all(w > 0 for w in FAMILY_WEIGHTS.values())
    assert frame_pieces("a movie review", "decide whether it is positive")["label"] == "Movie review"
    assert frame_pieces("a premise and a hypothesis", "x")["label"] == "Input"
    assert frame_pieces("a word", "count the vowels")["Do"] == "Count the vowels"


def test_family_use_counts_nearest_families():
    import numpy as np

    from benchmarks.retrieval_measures import family_use

    templates = ["a.00", "a.01", "b.00", "c.00"]  # shares: a 1/2, b 1/4, c 1/4
    use = family_use({"x": np.array([2, 2, 0]), "y": np.array([2])}, templates)
    assert use["b"]["hits"] == 3 and use["b"]["per_corpus"] == {"x": 2, "y": 1}
    assert use["a"]["expected"] == 2.0 and use["c"]["hits"] == 0
    assert use["b"]["ratio"] == round((3 + 1) / (1 + 1), 3) and use["c"]["ratio"] == 0.5
