"""retrieval.corpus_data and the generator on top of it: the recorded corpus, the shipped index, the fingerprint,
the loader's refusals (one line naming file:line and the fix), nothing registered on import, and the wheel's
package-data glob."""

from __future__ import annotations

import ast
import glob
import hashlib
import json
import shutil
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from softprism.poe.errors import InputError
from softprism.retrieval import corpus_data
from softprism.retrieval import generator as G
from softprism.retrieval.corpus_data import DATA_DIR, FILES, load

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "tests" / "data" / "generator_reference.json"
REFERENCE_HEAD = ROOT / "tests" / "data" / "generator_reference_head.jsonl"


def _rows(prompts) -> list[str]:
    return [json.dumps({"text": p.text, "template": p.template}, ensure_ascii=False) for p in prompts]


def _sha(rows: list[str]) -> str:
    return hashlib.sha256(("\n".join(rows) + "\n").encode()).hexdigest()


# ---------------------------------------------------------------------------------------------------------------
# The corpus is the one recorded before the data moved out of Python
# ---------------------------------------------------------------------------------------------------------------

def test_generated_corpus_matches_the_recorded_reference():
    """generate(20000, seed=0), row by row for the first 200 rows and by 1,000-row block after that, equals the
    reference recorded from the Python data modules (under a second on one thread)."""
    ref = json.loads(REFERENCE.read_text(encoding="utf-8"))
    rows = _rows(G.generate(ref["rows"], seed=ref["seed"]))
    head = REFERENCE_HEAD.read_text(encoding="utf-8").splitlines()
    for i, (want, got) in enumerate(zip(head, rows)):
        assert got == want, f"row {i} differs from the reference:\n  want {want}\n  got  {got}"
    size = ref["block"]
    for b, want in enumerate(ref["block_sha256"]):
        got = _sha(rows[b * size:(b + 1) * size])
        assert got == want, f"rows {b * size}..{(b + 1) * size - 1} differ from the reference"
    assert _sha(rows) == ref["all_sha256"]


def test_shipped_index_opens_against_the_regenerated_corpus():
    """The shipped index records its rows' fingerprint; the regenerated default corpus has the same one, so the
    index opens with it (PromptIndex.load refuses another corpus)."""
    from softprism.retrieval.corpus import default_corpus
    from softprism.retrieval.index import PromptIndex

    folder = Path(str(resources.files("softprism.retrieval").joinpath("shipped")))
    meta = json.loads((folder / "index.json").read_text(encoding="utf-8"))["corpus"]
    ref = json.loads(REFERENCE.read_text(encoding="utf-8"))
    assert meta["name"] == "default:20000:seed0"
    corpus = default_corpus(20000, seed=0)
    assert corpus.fingerprint == meta["fingerprint"] == ref["corpus_fingerprint_default_20000_seed0"]
    index = PromptIndex.load(folder, corpus=corpus)
    assert len(index) == 20000 and index.corpus.ids[:3] == corpus.ids[:3]


def test_fingerprint_is_the_data_bytes_and_the_generator_version(tmp_path):
    h = hashlib.sha256()
    for name, _ in FILES:
        raw = (DATA_DIR / name).read_bytes()
        h.update(name.encode() + b"\0" + len(raw).to_bytes(8, "big") + raw)
    assert G.DATA.data_sha256 == h.hexdigest()
    want = hashlib.sha256(f"softprism.retrieval.generator\0{G.GENERATOR_VERSION}\0{h.hexdigest()}".encode())
    assert G.FINGERPRINT == want.hexdigest()[:32]
    folder = _copy(tmp_path)
    with open(folder / "mix.yaml", "a", encoding="utf-8") as f:
        f.write("# a comment changes the bytes, not the data\n")
    other = load(folder)
    assert other.families == G.DATA.families and other.mix == G.DATA.mix
    assert other.data_sha256 != G.DATA.data_sha256


# ---------------------------------------------------------------------------------------------------------------
# Nothing registers on import
# ---------------------------------------------------------------------------------------------------------------

def test_loading_registers_nothing():
    """Each load() builds its own data; the generator's tables are the loaded data, in the files' order."""
    a, b = load(), load()
    assert a == b and a.families is not b.families and a.tables is not b.tables
    assert G.FAMILIES == a.families and isinstance(G.FAMILIES, tuple)
    sources = [f.source for f in a.families]
    order = [name for name, kind in FILES if kind == "families"]
    assert sorted(sources, key=order.index) == sources and set(sources) == set(order)
    assert [d.name for d in a.documents] == list(G.LEGACY_WEIGHTS)


def test_no_room_module_runs_code_at_import_that_could_register():
    """No module of retrieval/ has a bare call or a loop at module level (how families used to register)."""
    for f in sorted((ROOT / "retrieval").glob("*.py")):
        for st in ast.parse(f.read_text(encoding="utf-8")).body:
            bad = (isinstance(st, ast.Expr) and isinstance(st.value, ast.Call)) or isinstance(st, (ast.For, ast.While))
            assert not bad, f"{f.name}:{st.lineno}: {ast.unparse(st).splitlines()[0]}"


# ---------------------------------------------------------------------------------------------------------------
# Refusals: one line, file and line, and a fix
# ---------------------------------------------------------------------------------------------------------------

def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(DATA_DIR, folder)
    return folder


def _edit(tmp_path: Path, name: str, old: str, new: str) -> tuple[Path, str]:
    """A copy of the data with the first `old` of file `name` replaced by `new` -> (folder, new text)."""
    folder = _copy(tmp_path)
    text = (folder / name).read_text(encoding="utf-8")
    assert old in text, old
    text = text.replace(old, new, 1)
    (folder / name).write_text(text, encoding="utf-8")
    return folder, text


def _line(text: str, needle: str, nth: int = 1) -> int:
    """1-based line of the `nth` occurrence of `needle`."""
    at = -1
    for _ in range(nth):
        at = text.index(needle, at + 1)
    return text.count("\n", 0, at) + 1


def _refusal(folder: Path, name: str, line: int, *words: str) -> str:
    with pytest.raises(InputError) as e:
        load(folder)
    msg = str(e.value)
    assert "\n" not in msg, msg
    assert msg.startswith(f"{folder / name}:{line}: "), msg
    assert "; " in msg, msg  # problem; fix
    for w in words:
        assert w in msg, msg
    return msg


def test_refuses_a_family_with_a_missing_key(tmp_path):
    folder, text = _edit(tmp_path, "families.yaml", "- name: count_vowels\n  group: letters\n",
                         "- name: count_vowels\n")
    _refusal(folder, "families.yaml", _line(text, "- name: count_vowels"), "'count_vowels'", "no 'group'",
             "add `group:`")


def test_refuses_a_bad_weight(tmp_path):
    folder, text = _edit(tmp_path, "families.yaml", "- name: count_letter\n  group: letters\n",
                         "- name: count_letter\n  group: letters\n  weight: -2\n")
    _refusal(folder, "families.yaml", _line(text, "  weight: -2"), "weight must be a number > 0", "-2")
    folder, text = _edit(tmp_path / "b", "documents.yaml", "weight: 3.0", "weight: many")
    _refusal(folder, "documents.yaml", _line(text, "weight: many"), "'classify'", "weight")


def test_refuses_an_unknown_slot(tmp_path):
    folder, text = _edit(tmp_path, "families.yaml", 'How many vowels are in the word "{word}"?',
                         'How many vowels are in the word "{wrod}"?')
    _refusal(folder, "families.yaml", _line(text, "{wrod}"), "unknown slot {wrod}", "'count_vowels'")
    folder, text = _edit(tmp_path / "b", "slots.yaml", "audience: AUDIENCES", "audience: AUDIENCE")
    _refusal(folder, "slots.yaml", _line(text, "audience: AUDIENCE"), "unknown table 'AUDIENCE'")


def test_refuses_a_duplicate_family_name(tmp_path):
    folder, text = _edit(tmp_path, "families.yaml", "- name: count_letter\n", "- name: count_vowels\n")
    msg = _refusal(folder, "families.yaml", _line(text, "- name: count_vowels", nth=2), "'count_vowels'",
                   "already used", "rename")
    assert f"families.yaml:{_line(text, '- name: count_vowels')}" in msg  # where the first one is
    last = load().families[-1].name  # across files: the file read later is the one refused
    folder, text = _edit(tmp_path / "b", "families_open.yaml", "- name: fictional_character_qa\n",
                         f"- name: {last}\n")
    later = (folder / "families_templates.yaml").read_text(encoding="utf-8")
    _refusal(folder, "families_templates.yaml", _line(later, f"- name: {last}"),
             f"already used at families_open.yaml:{_line(text, f'- name: {last}')}")


def test_refuses_a_duplicate_slot_definition(tmp_path):
    folder, text = _edit(tmp_path, "families_open.yaml", "  im_book:", "  sni_anrel:")
    _refusal(folder, "families_open.yaml", _line(text, "  sni_anrel:"), "slot 'sni_anrel'",
             "already defined at families_definitions.yaml:")
    # the same key twice in one mapping (plain YAML would keep the last one silently)
    folder, text = _edit(tmp_path / "b", "slots.yaml", "  tone: TONES\n", "  tone: TONES\n  tone: TONES\n")
    _refusal(folder, "slots.yaml", _line(text, "  tone: TONES", nth=2), "'tone' appears twice")


def test_refuses_other_schema_breaks(tmp_path):
    folder, text = _edit(tmp_path, "families.yaml", "- name: count_consonants\n  group: letters\n",
                         "- name: count_consonants\n  group: letters\n  own_shrae: 0.5\n")
    _refusal(folder, "families.yaml", _line(text, "own_shrae"), "unknown key 'own_shrae'")
    folder, text = _edit(tmp_path / "b", "mix.yaml", "  acrostic: 0.6", "  acrostik: 0.6")
    _refusal(folder, "mix.yaml", _line(text, "acrostik"), "'acrostik', which is no family")
    folder, text = _edit(tmp_path / "c", "frames.yaml", "- Please {do}.", "- [Please {do}.")
    _refusal(folder, "frames.yaml", _line(text, "- [Please"), "not valid YAML")
    folder, text = _edit(tmp_path / "d", "vocab.yaml", "  - [tagline, taglines]", "  - [tagline]")
    _refusal(folder, "vocab.yaml", _line(text, "  - [tagline]"), "table 'GENRES': row 2 does not fit draw 'columns'",
             "slots.yaml:")
    folder = _copy(tmp_path / "e")
    (folder / "entities.yaml").unlink()
    with pytest.raises(InputError, match=r"entities\.yaml: corpus data file is missing"):
        load(folder)


# ---------------------------------------------------------------------------------------------------------------
# The wheel carries the data
# ---------------------------------------------------------------------------------------------------------------

def test_package_data_glob_carries_every_corpus_data_file():
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert cfg["package-dir"]["softprism.retrieval"] == "retrieval"
    matched = {p for pattern in cfg["package-data"]["softprism.retrieval"]
               for p in glob.glob(pattern, root_dir=ROOT / "retrieval")}
    files = {f"data/corpus/{name}" for name, _ in FILES}
    assert {p.relative_to(ROOT / "retrieval").as_posix() for p in (ROOT / "retrieval/data/corpus").iterdir()} == files
    assert files <= matched, sorted(files - matched)
    assert corpus_data.DATA_DIR.resolve() == (ROOT / "retrieval" / "data" / "corpus").resolve()
