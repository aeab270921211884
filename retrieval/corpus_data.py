"""The embedded default corpus' data files: reading them in a fixed order, checking them, and what they hold.

Owns: the list of data files under retrieval/data/corpus/ and the one order they are read in (`FILES`), their
schema (README.md, "The corpus data"), the refusals of a file that breaks it (one-line `InputError` naming the
file, the line and the fix), the loaded data (`CorpusData`: tables, slots, slot groups, frames, the document
families, the task families, the mixing multipliers) and the SHA-256 of the files' bytes (`CorpusData.data_sha256`)
that the generator's fingerprint is made from.

Must not touch: how prompts are rendered. `retrieval.generator` owns the slot-filling rules, the draw rules that a
slot group names (`draw: columns`), the modifiers and the random stream; this module only checks that the data
refers to them correctly (`DRAWS`, `CODE_TABLES`, `slot_defined`). Nothing here registers anything on import:
`load()` reads the files when called and returns a new, frozen `CorpusData`.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn

import yaml

from softprism.poe.errors import InputError

#: Where the data files live (inside the installed package, so a wheel carries them).
DATA_DIR = Path(str(resources.files("softprism.retrieval") / "data" / "corpus"))

#: Every data file and its kind, in the one order they are read and hashed. Families come out in this order
#: (and in file order within a file), which fixes the mixing order, so reordering changes the corpus.
FILES: tuple[tuple[str, str], ...] = (
    ("vocab.yaml", "tables"),
    ("entities.yaml", "tables"),
    ("slots.yaml", "slots"),
    ("frames.yaml", "frames"),
    ("documents.yaml", "documents"),
    ("families.yaml", "families"),
    ("families_definitions.yaml", "families"),
    ("families_open.yaml", "families"),
    ("families_personas.yaml", "families"),
    ("families_templates.yaml", "families"),
    ("mix.yaml", "mix"),
)

#: Top-level keys of each kind of file: (required, optional).
_TOP: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "tables": (("tables",), ()),
    "slots": (("from_tables", "groups"), ()),
    "frames": (("frames",), ()),
    "documents": (("share", "families"), ()),
    "families": (("families",), ("slots",)),
    "mix": (("multipliers",), ()),
}

#: The draw rules a slot group may name (the generator implements them) -> the keys they fill (None: one key per
#: column of the row) and what a row must look like.
DRAWS: dict[str, tuple[tuple[str, ...] | None, str]] = {
    "columns": (None, "a list of strings, one per key"),
    "domain": (("domain", "ts", "tp", "topic"), "[domain, [[kind singular, kind plural], ...], [topic, ...]]"),
    "labels": (("criterion", "labels", "qlabels"), "[criterion, [label, ...]]"),
    "category": (("cat", "cat2", "member", "members"), "[category, [at least 4 different members]]"),
    "code": (("code_task", "code_task_inf"), "a phrase such as \"reverses a string\""),
}

#: Tables the generator reads by name (not through a slot), and whether their values are rows of strings.
CODE_TABLES: dict[str, bool] = {
    "FIELDS": True, "TONE_SENTENCES": False, "CONSTRAINTS": False, "WORD_LIMITS": False, "NUMBERS": False,
    "LINE_LIMITS": False, "FORMAT_SENTENCES": False, "PERSONA_PREFIXES": False,
}
#: Tables whose values are templates the generator fills (so their `{slot}`s must exist).
_FILLED_TABLES = ("TONE_SENTENCES", "FORMAT_SENTENCES", "PERSONA_PREFIXES")
#: What a frame's own pieces are called (filled from the family before the slots).
FRAME_PIECES = frozenset({"given", "do", "Do", "out", "note", "label", "label_low"})

_FAMILY_KEYS = ("name", "group", "given", "do", "out", "note", "own", "mods", "weight", "own_share")
_FAMILY_REQUIRED = ("name", "group", "given", "do")
_DOCUMENT_KEYS = ("name", "weight", "persona", "format", "templates")
_GROUP_KEYS = ("keys", "draw", "table")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_TABLE = re.compile(r"^[A-Z][A-Z0-9_]*$")
_SLOT = re.compile(r"{(\w+)}")


@dataclass(frozen=True)
class Family:
    """One task family: its name, its group (for reports) and the pieces its prompts are made of."""

    name: str
    group: str
    given: tuple[str, ...]
    do: tuple[str, ...]
    out: tuple[str, ...] = ()
    note: tuple[str, ...] = ()
    own: tuple[str, ...] = ()
    mods: str = "tc"
    """Optional modifiers that read naturally after this family: p persona, t tone, f format, c constraint."""
    weight: float = 1.0
    """Relative share of draws (1.0 for most families)."""
    own_share: float = 0.5
    """Chance of using one of the family's own phrasings rather than a shared frame."""
    source: str = ""
    """The data file that defines it (`families_open.yaml`)."""


@dataclass(frozen=True)
class DocumentFamily:
    """One of the original document-centred families: templates only, with its own modifier rules."""

    name: str
    weight: float
    persona: bool
    format: bool
    templates: tuple[str, ...]


@dataclass(frozen=True)
class SlotGroup:
    """Slots filled together from one row of a table by the generator's draw rule `draw`."""

    keys: tuple[str, ...]
    draw: str
    table: str
    rows: list


@dataclass(frozen=True)
class CorpusData:
    """Everything the generator renders from, checked. Lists inside are not to be modified."""

    folder: Path
    tables: dict[str, list]
    slots: dict[str, list]
    """Every slot drawn from one list: slots.yaml's `from_tables` (tables joined), then the families files' own."""
    groups: tuple[SlotGroup, ...]
    frames: tuple[str, ...]
    document_share: float
    documents: tuple[DocumentFamily, ...]
    families: tuple[Family, ...]
    mix: dict[str, float]
    data_sha256: str
    """SHA-256 (hex) over each file's name, length and bytes, in `FILES` order."""


# ---------------------------------------------------------------------------------------------------------------
# Reading a file, and finding the line of any value in it
# ---------------------------------------------------------------------------------------------------------------

class _DuplicateKey(Exception):
    def __init__(self, key: str, line: int, first: int) -> None:
        super().__init__(key)
        self.key, self.line, self.first = key, line, first


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe YAML loader (libyaml when present) that refuses a key given twice in one mapping (plain YAML
    keeps the last one silently, which would hide a duplicate slot or table)."""

    def construct_mapping(self, node, deep=False):  # noqa: ANN001, ANN201 - yaml's signature
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                line = key_node.start_mark.line + 1
                if key_node.value in seen:
                    raise _DuplicateKey(key_node.value, line, seen[key_node.value])
                seen[key_node.value] = line
        return super().construct_mapping(node, deep=deep)


class _Doc:
    """One data file: its parsed value, and (composed only when an error needs it) the line of any value."""

    def __init__(self, path: Path, text: str, data: Any) -> None:
        self.path, self.name, self._text, self.data = path, path.name, text, data
        self._root: yaml.Node | None = None

    def line(self, path: Sequence[Any], key: bool = False) -> int:
        """1-based line of the value at `path` (keys and list positions from the top); with `key`, of the
        mapping key that names its last step. A step that is not there stops at the deepest value found."""
        if self._root is None:
            self._root = yaml.compose(self._text, Loader=_BaseLoader)
        node = self._root
        if node is None:
            return 1
        for i, step in enumerate(path):
            last = i == len(path) - 1
            if isinstance(node, yaml.MappingNode):
                hit = next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == step), None)
                if hit is None:
                    break
                node = hit[0] if (key and last) else hit[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
                node = node.value[step]
            else:
                break
        return node.start_mark.line + 1

    def fail(self, path: Sequence[Any], problem: str, fix: str, key: bool = False) -> NoReturn:
        raise InputError(f"{self.path}:{self.line(path, key)}: {problem}; {fix}")

    def at(self, path: Sequence[Any]) -> str:
        """`file:line` of a value, for messages that point at a first definition."""
        return f"{self.name}:{self.line(path, key=True)}"


def _read(path: Path) -> tuple[_Doc, bytes]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: corpus data file is missing; restore it from the softprism repository "
                         f"(retrieval/data/corpus/) or reinstall softprism") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read the corpus data file ({e.strerror}); check its permissions") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not UTF-8 text; save the file as UTF-8") from None
    loader = _Loader(text)
    try:
        data = loader.get_single_data()
    except _DuplicateKey as e:
        raise InputError(f"{path}:{e.line}: key {e.key!r} appears twice in one mapping (first at line {e.first}); "
                         f"keep one of them") from None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark is not None else 1
        what = (e.problem or "invalid YAML").strip()
        raise InputError(f"{path}:{line}: not valid YAML ({what}); fix the syntax at that line") from None
    except yaml.YAMLError as e:
        raise InputError(f"{path}:1: not valid YAML ({str(e).splitlines()[0]}); fix the syntax") from None
    finally:
        loader.dispose()
    return _Doc(path, text, data), raw


# ---------------------------------------------------------------------------------------------------------------
# Type checks
# ---------------------------------------------------------------------------------------------------------------

def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def _show(x: Any) -> str:
    s = repr(x)
    return s if len(s) <= 40 else s[:37] + "..."


def _mapping(doc: _Doc, path: list, value: Any, what: str, fix: str) -> dict:
    if not isinstance(value, dict):
        doc.fail(path, f"{what} must be a mapping, got {type(value).__name__}", fix)
    return value


def _strings(doc: _Doc, path: list, value: Any, what: str, nonempty: bool) -> tuple[str, ...]:
    if not isinstance(value, list):
        doc.fail(path, f"{what} must be a list of strings, got {_show(value)}",
                 "write it as a YAML list (one `- item` per line)")
    if nonempty and not value:
        doc.fail(path, f"{what} is empty", "give it at least one entry")
    for i, x in enumerate(value):
        if not isinstance(x, str) or not x.strip():
            doc.fail([*path, i], f"{what}: entry {i} must be a non-empty string, got {_show(x)}",
                     "quote it or remove it")
    return tuple(value)


def _keys(doc: _Doc, path: list, value: dict, allowed: Sequence[str], required: Sequence[str], what: str) -> None:
    for k in value:
        if k not in allowed:
            doc.fail([*path, k], f"{what} has the unknown key {k!r} (known: {', '.join(allowed)})",
                     "fix its spelling or remove it", key=True)
    for k in required:
        if k not in value:
            doc.fail(path, f"{what} has no {k!r}", f"add `{k}:` to it")


def _number(doc: _Doc, path: list, value: Any, what: str, lo: float, hi: float | None, lo_open: bool,
            fix: str) -> float:
    ok = _is_number(value) and (value > lo if lo_open else value >= lo) and (hi is None or value <= hi)
    if not ok:
        rng = f"> {lo:g}" if hi is None else f"between {lo:g} and {hi:g}"
        doc.fail(path, f"{what} must be a number {rng}, got {_show(value)}", fix)
    return float(value)


# ---------------------------------------------------------------------------------------------------------------
# Slot names
# ---------------------------------------------------------------------------------------------------------------

def slot_defined(name: str, slots: dict[str, list] | set[str], grouped: set[str] | dict[str, Any]) -> bool:
    """Whether the generator can fill `{name}`: the rules of `generator._Filler.get`, checked without drawing.
    `a_x` (x with its article), `x_cap` and `X` (x capitalised), `fields`, a grouped or listed slot, and
    `x2` (another value of the listed slot x)."""
    if name in slots or name in grouped or name == "fields":
        return True
    if name.startswith("a_"):
        return slot_defined(name[2:], slots, grouped)
    if name.endswith("_cap"):
        return slot_defined(name[:-4], slots, grouped)
    if name[0].isupper():
        return slot_defined(name[0].lower() + name[1:], slots, grouped)
    return name[-1].isdigit() and name[:-1] in slots


def _slot_name(doc: _Doc, path: list, name: Any, what: str) -> str:
    if not isinstance(name, str) or not _NAME.match(name):
        doc.fail(path, f"{what} {_show(name)} is not a slot name", "use lower case letters, digits and _", key=True)
    if name.startswith("a_") or name.endswith("_cap") or name == "fields":
        doc.fail(path, f"{what} {name!r} clashes with a derived name ({{a_x}}, {{x_cap}}, {{fields}})",
                 "rename it", key=True)
    return name


# ---------------------------------------------------------------------------------------------------------------
# The loader
# ---------------------------------------------------------------------------------------------------------------

class _Loaded:
    """What the files hold so far, and where each name was defined (for duplicate messages)."""

    def __init__(self) -> None:
        self.tables: dict[str, list] = {}
        self.table_at: dict[str, tuple[_Doc, list]] = {}
        self.slots: dict[str, list] = {}
        self.slot_at: dict[str, tuple[_Doc, list]] = {}
        self.groups: list[SlotGroup] = []
        self.frames: tuple[str, ...] = ()
        self.share = 0.0
        self.documents: list[DocumentFamily] = []
        self.families: list[Family] = []
        self.family_at: dict[str, tuple[_Doc, list]] = {}
        self.mix: dict[str, float] = {}
        self.templates: list[tuple[_Doc, list, str, str, bool]] = []  # (doc, path, text, owner, frame?)

    def define_slot(self, doc: _Doc, path: list, name: str, values: list | None) -> None:
        """Record slot `name` (defined at `path` of `doc`) with its list, or None for a grouped slot."""
        if name in self.slot_at:
            first_doc, first_path = self.slot_at[name]
            doc.fail(path, f"slot {name!r} is already defined at {first_doc.at(first_path)}",
                     "keep one definition or rename one of them", key=True)
        self.slot_at[name] = (doc, path)
        if values is not None:
            self.slots[name] = values

    def define_family(self, doc: _Doc, path: list, name: str) -> None:
        if name in self.family_at:
            first_doc, first_path = self.family_at[name]
            doc.fail([*path, "name"], f"family name {name!r} is already used at {first_doc.at([*first_path, 'name'])}",
                     "rename one of the two families")
        self.family_at[name] = (doc, path)


def _tables(doc: _Doc, top: dict, st: _Loaded) -> None:
    tabs = _mapping(doc, ["tables"], top["tables"], "`tables`", "write `tables:` as NAME: [values]")
    for name, values in tabs.items():
        path = ["tables", name]
        if not isinstance(name, str) or not _TABLE.match(name):
            doc.fail(path, f"table name {_show(name)} is not upper case", "name tables like FIRST_NAMES", key=True)
        if name in st.table_at:
            first_doc, first_path = st.table_at[name]
            doc.fail(path, f"table {name!r} is already defined at {first_doc.at(first_path)}",
                     "keep one definition or rename one of them", key=True)
        if not isinstance(values, list) or not values:
            doc.fail(path, f"table {name!r} must be a non-empty list, got {_show(values)}", "give it values")
        rows = [isinstance(v, list) for v in values]
        if any(rows) and not all(rows):
            i = rows.index(not rows[0])
            doc.fail([*path, i], f"table {name!r} mixes rows and plain values (entry {i})",
                     "make every entry a row [a, b, ...] or every entry a plain value")
        for i, v in enumerate(values):
            if not isinstance(v, list) and not (isinstance(v, str) and v.strip() or _is_number(v)):
                doc.fail([*path, i], f"table {name!r}: entry {i} must be a non-empty string or a number, got "
                         f"{_show(v)}", "quote it or remove it")
        st.tables[name] = values
        st.table_at[name] = (doc, path)


def _slots_file(doc: _Doc, top: dict, st: _Loaded) -> None:
    fixes = "name one table or a list of tables of vocab.yaml or entities.yaml"
    for slot, ref in _mapping(doc, ["from_tables"], top["from_tables"], "`from_tables`", fixes).items():
        path = ["from_tables", slot]
        _slot_name(doc, path, slot, "slot")
        names = [ref] if isinstance(ref, str) else ref
        if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
            doc.fail(path, f"slot {slot!r} must name a table or a list of tables, got {_show(ref)}", fixes)
        values: list = []
        for n in names:
            if n not in st.tables:
                doc.fail(path, f"slot {slot!r} draws from the unknown table {n!r}", fixes)
            if any(isinstance(v, list) for v in st.tables[n]):
                tdoc, tpath = st.table_at[n]
                doc.fail(path, f"slot {slot!r} draws from table {n!r} ({tdoc.at(tpath)}), whose entries are rows",
                         "draw rows through `groups:` instead")
            values += st.tables[n]
        st.define_slot(doc, path, slot, values)
    groups = top["groups"]
    if not isinstance(groups, list):
        doc.fail(["groups"], f"`groups` must be a list, got {_show(groups)}", "write one `- keys: ...` per group")
    for gi, g in enumerate(groups):
        path = ["groups", gi]
        g = _mapping(doc, path, g, f"group {gi}", "write `keys:`, `draw:` and `table:`")
        _keys(doc, path, g, _GROUP_KEYS, _GROUP_KEYS, f"group {gi}")
        keys = _strings(doc, [*path, "keys"], g["keys"], f"group {gi}: keys", nonempty=True)
        draw, table = g["draw"], g["table"]
        if draw not in DRAWS:
            doc.fail([*path, "draw"], f"group {gi}: unknown draw rule {_show(draw)}",
                     f"use one of {', '.join(DRAWS)} (retrieval/generator.py)")
        want, shape = DRAWS[draw]
        if want is not None and tuple(keys) != want:
            doc.fail([*path, "keys"], f"group {gi}: draw {draw!r} fills the keys {list(want)}, not {list(keys)}",
                     f"write `keys: [{', '.join(want)}]`")
        if table not in st.tables:
            doc.fail([*path, "table"], f"group {gi}: unknown table {_show(table)}",
                     "name a table of vocab.yaml or entities.yaml")
        rows = st.tables[table]
        tdoc, tpath = st.table_at[table]
        for ri, r in enumerate(rows):
            if not _row_fits(draw, r, len(keys)):
                tdoc.fail([*tpath, ri], f"table {table!r}: row {ri} does not fit draw {draw!r} of the group at "
                          f"{doc.at(path)} ({len(keys)} keys)", f"write it as {shape}")
        if draw == "category" and len(rows) < 2:
            tdoc.fail(tpath, f"table {table!r} needs at least two categories for draw 'category'", "add one")
        for ki, k in enumerate(keys):
            st.define_slot(doc, [*path, "keys", ki], _slot_name(doc, [*path, "keys", ki], k, "slot"), None)
        st.groups.append(SlotGroup(tuple(keys), draw, table, rows))


def _row_fits(draw: str, r: Any, n_keys: int) -> bool:
    def strs(x: Any, n: int | None = None) -> bool:
        """A non-empty list of non-empty strings (of length `n` when given)."""
        if not isinstance(x, list) or not x or not all(isinstance(e, str) and e for e in x):
            return False
        return n is None or len(x) == n

    if draw == "columns":
        return strs(r, n_keys)
    if draw == "code":
        return isinstance(r, str) and bool(r.strip())
    if not isinstance(r, list) or not r or not isinstance(r[0], str):
        return False
    if draw == "domain":
        return (len(r) == 3 and isinstance(r[1], list) and bool(r[1]) and all(strs(k, 2) for k in r[1])
                and strs(r[2]))
    if draw == "labels":
        return len(r) == 2 and strs(r[1])
    if draw == "category":
        return len(r) == 2 and strs(r[1]) and len(set(r[1])) >= 4
    return False


def _frames(doc: _Doc, top: dict, st: _Loaded) -> None:
    st.frames = _strings(doc, ["frames"], top["frames"], "`frames`", nonempty=True)
    st.templates += [(doc, ["frames", i], t, f"frame {i}", True) for i, t in enumerate(st.frames)]


def _documents(doc: _Doc, top: dict, st: _Loaded) -> None:
    st.share = _number(doc, ["share"], top["share"], "`share`", 0, 1, True, "give a fraction such as 0.15")
    if st.share >= 1:
        doc.fail(["share"], "`share` must be below 1", "give a fraction such as 0.15")
    fams = top["families"]
    if not isinstance(fams, list) or not fams:
        doc.fail(["families"], "`families` must be a non-empty list", "write one `- name: ...` per family")
    for i, f in enumerate(fams):
        path = ["families", i]
        f = _mapping(doc, path, f, f"family {i}", "write `name:`, `weight:` and `templates:`")
        name = f.get("name")
        what = f"family {name!r}" if isinstance(name, str) else f"family {i}"
        _keys(doc, path, f, _DOCUMENT_KEYS, ("name", "weight", "templates"), what)
        name = _family_name(doc, path, name)
        w = _number(doc, [*path, "weight"], f["weight"], f"{what}: weight", 0, None, True,
                    "give it a positive weight")
        flags = []
        for k in ("persona", "format"):
            v = f.get(k, False)
            if not isinstance(v, bool):
                doc.fail([*path, k], f"{what}: {k} must be true or false, got {_show(v)}", "write true or false")
            flags.append(v)
        templates = _strings(doc, [*path, "templates"], f["templates"], f"{what}: templates", nonempty=True)
        st.define_family(doc, path, name)
        st.documents.append(DocumentFamily(name, w, flags[0], flags[1], templates))
        st.templates += [(doc, [*path, "templates", j], t, what, False) for j, t in enumerate(templates)]


def _family_name(doc: _Doc, path: list, name: Any) -> str:
    """`name`, checked to be a family name (lower case letters, digits and _)."""
    if not isinstance(name, str) or not _NAME.match(name):
        doc.fail([*path, "name"], f"family name {_show(name)} is not lower case letters, digits and _",
                 "rename it (no '.': the template id is `name.NN`)")
    return name


def _families(doc: _Doc, top: dict, st: _Loaded) -> None:
    fams = top["families"]
    if not isinstance(fams, list) or not fams:
        doc.fail(["families"], "`families` must be a non-empty list", "write one `- name: ...` per family")
    for i, f in enumerate(fams):
        path = ["families", i]
        f = _mapping(doc, path, f, f"family {i}", "write `name:`, `group:`, `given:` and `do:`")
        name = f.get("name")
        what = f"family {name!r}" if isinstance(name, str) else f"family {i}"
        _keys(doc, path, f, _FAMILY_KEYS, _FAMILY_REQUIRED, what)
        name = _family_name(doc, path, name)
        if not isinstance(f["group"], str) or not f["group"]:
            doc.fail([*path, "group"], f"{what}: group must be a word, got {_show(f['group'])}",
                     "give it a group such as letters or open_qa")
        pieces = {k: _strings(doc, [*path, k], f.get(k, []), f"{what}: {k}", nonempty=k in ("given", "do"))
                  for k in ("given", "do", "out", "note", "own")}
        mods = f.get("mods", "tc")
        if not isinstance(mods, str) or set(mods) - set("ptfc"):
            doc.fail([*path, "mods"], f"{what}: mods must be letters of 'ptfc', got {_show(mods)}",
                     "write e.g. tc, or '' for none")
        weight = _number(doc, [*path, "weight"], f.get("weight", 1.0), f"{what}: weight", 0, None, True,
                         "give it a positive weight (1 is the usual)")
        share = _number(doc, [*path, "own_share"], f.get("own_share", 0.5), f"{what}: own_share", 0, 1, False,
                        "give the chance of an own phrasing, from 0 to 1")
        st.define_family(doc, path, name)
        st.families.append(Family(name, f["group"], pieces["given"], pieces["do"], pieces["out"], pieces["note"],
                                  pieces["own"], mods, weight, share, doc.name))
        for k, texts in pieces.items():
            st.templates += [(doc, [*path, k, j], t, what, False) for j, t in enumerate(texts)]
    slots = top.get("slots", {})
    fix = "write `slots:` as name: [values]"
    for name, values in _mapping(doc, ["slots"], slots, "`slots`", fix).items():
        path = ["slots", name]
        _slot_name(doc, path, name, "slot")
        vals = _strings(doc, path, values, f"slot {name!r}", nonempty=True)
        st.define_slot(doc, path, name, list(vals))


def _mix(doc: _Doc, top: dict, st: _Loaded) -> None:
    names = st.family_at
    for name, m in _mapping(doc, ["multipliers"], top["multipliers"], "`multipliers`",
                            "write `multipliers:` as family: number").items():
        if name not in names:
            doc.fail(["multipliers", name], f"multiplier for {_show(name)}, which is no family",
                     "fix the name or remove the line", key=True)
        st.mix[name] = _number(doc, ["multipliers", name], m, f"multiplier of {name!r}", 0, None, True,
                               "give a positive number (1 leaves the family's weight as it is)")


_READERS = {"tables": _tables, "slots": _slots_file, "frames": _frames, "documents": _documents,
            "families": _families, "mix": _mix}


def _check_references(st: _Loaded, docs: dict[str, _Doc]) -> None:
    """Every `{slot}` of a phrasing, frame or filled table exists; the tables the generator reads are there."""
    grouped = {k for g in st.groups for k in g.keys}
    for name, rows in CODE_TABLES.items():
        if name not in st.tables:
            docs["vocab.yaml"].fail(["tables"], f"table {name!r} is missing (the generator reads it)",
                                    "add it back to vocab.yaml", key=True)
        if rows and not all(isinstance(r, list) and all(isinstance(x, str) for x in r) for r in st.tables[name]):
            tdoc, tpath = st.table_at[name]
            tdoc.fail(tpath, f"table {name!r} must hold rows of strings", "write each entry as [a, b, ...]")
    filled = [(st.table_at[t][0], [*st.table_at[t][1], i], v, f"table {t!r}", False)
              for t in _FILLED_TABLES for i, v in enumerate(st.tables[t])]
    for doc, path, text, owner, frame in st.templates + filled:
        for m in _SLOT.finditer(text):
            s = m.group(1)
            if frame and s in FRAME_PIECES:
                continue
            if not slot_defined(s, st.slots, grouped):
                doc.fail(path, f"{owner} uses the unknown slot {{{s}}}",
                         "define it under `slots:` in a families file or in slots.yaml, or fix its name")


def load(folder: str | Path | None = None) -> CorpusData:
    """Read, check and return the corpus data of `folder` (default: the shipped retrieval/data/corpus/).
    InputError (one line: file, line, fix) on the first problem found."""
    folder = Path(folder) if folder is not None else DATA_DIR
    st = _Loaded()
    docs: dict[str, _Doc] = {}
    h = hashlib.sha256()
    for name, kind in FILES:
        doc, raw = _read(folder / name)
        h.update(name.encode() + b"\0" + len(raw).to_bytes(8, "big") + raw)
        docs[name] = doc
        required, optional = _TOP[kind]
        top = _mapping(doc, [], doc.data, name, f"write its top-level keys: {', '.join(required)}")
        _keys(doc, [], top, required + optional, required, name)
        _READERS[kind](doc, top, st)
    _check_references(st, docs)
    return CorpusData(folder, st.tables, st.slots, tuple(st.groups), st.frames, st.share, tuple(st.documents),
                      tuple(st.families), st.mix, h.hexdigest())
