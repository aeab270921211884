"""The embedded default corpus: a deterministic generator of natural instructions and system prompts.

Owns: the rendering of the corpus data (retrieval/data/corpus/, read and checked by `retrieval.corpus_data`) into
prompts: the slot-filling rules (`{a_x}` articles, `{x_cap}` / `{X}` capitals, `{x2}` another value, `{fields}`),
the draw rules that slot groups name (`_DRAWS`), the mixing of families by weight and multiplier, the frames, the
optional modifiers (tone, constraint, output format, persona), near-duplicate removal, and the generator's
fingerprint. Written for this project.

Must not touch: the prompt data itself. Families, frames, slots, word lists, entity lists and mixing multipliers
are data files; this module holds no phrasing and registers nothing: the data is read once, at import, by
`corpus_data.load()`, and every table below is derived from what it returns.

Contract:
    generate(n, seed) -> list[GeneratedPrompt]   # n distinct prompts, each with the template that made it
    iter_prompts(seed) -> Iterator[GeneratedPrompt]  # the endless deduplicated stream `generate` takes from
    FINGERPRINT                                  # what the generator's output depends on (see below)

Determinism: prompt i depends only on `seed` and i (a single Mersenne Twister stream driven through
`random.random()`, whose output is fixed across Python versions and machines), so `generate(1000)` is a prefix
of `generate(1_000_000)`. Duplicates are controlled by a *near-duplicate key* (lower-cased word set without filler
words): two prompts with the same key never both appear, which removes exact duplicates, reordered modifiers and
"please"/article variants. The template id is `family.NN` plus `+tone`, `+constraint`, `+format`, `+persona` for
the modifiers that were applied.

Fingerprint: `FINGERPRINT` = the first 32 hex digits of SHA-256 over "softprism.retrieval.generator",
`GENERATOR_VERSION` and `CorpusData.data_sha256` (the data files' names, lengths and bytes, in
`corpus_data.FILES` order). Same fingerprint, same output for every seed. Bump `GENERATOR_VERSION` when a change
here changes the output. (An index records its rows' fingerprint, `Corpus.fingerprint`, not this one, so it opens
as long as its rows are the same.)
"""

from __future__ import annotations

import bisect
import hashlib
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from softprism.retrieval import corpus_data
from softprism.retrieval.corpus_data import CorpusData, Family

#: The rendering rules' version, part of `FINGERPRINT`: bump it when a change to this module changes the output.
GENERATOR_VERSION = "2"

#: Largest number of distinct prompts the generator is tested to reach (the stream itself does not end there).
CAPACITY_TESTED = 1_000_000


@dataclass(frozen=True)
class GeneratedPrompt:
    """One generated prompt: its text and the template id that made it (e.g. `classify.03+tone`)."""

    text: str
    template: str

    @property
    def family(self) -> str:
        """The task family that made the prompt (the template id before its first `.`)."""
        return self.template.split(".", 1)[0]


class _Rng:
    """`random.Random` used only through `random()`, whose sequence is stable across Python versions."""

    def __init__(self, seed: int) -> None:
        self._r = random.Random(seed)

    def pick(self, seq):
        return seq[int(self._r.random() * len(seq))]

    def chance(self, p: float) -> bool:
        return self._r.random() < p

    def sample2(self, seq):
        i = int(self._r.random() * len(seq))
        j = int(self._r.random() * (len(seq) - 1))
        if j >= i:
            j += 1
        return seq[i], seq[j]


_ACRONYM_AN = set("AEFHILMNORSX")


def article(phrase: str) -> str:
    """`a` or `an` for the phrase that follows (handles acronyms like `HTML` and words like `one-page`)."""
    word = phrase.split()[0]
    if word.isupper():
        return "an" if word[0] in _ACRONYM_AN else "a"
    low = word.lower()
    if low.startswith(("one", "uni", "use", "eu", "u.")):
        return "a"
    if low[0].isdigit():
        return "an" if low.startswith(("8", "11", "18")) else "a"
    return "an" if low[0] in "aeiou" or low.startswith("hour") else "a"


def a(phrase: str) -> str:
    return f"{article(phrase)} {phrase}"


def join_or(items: list[str], quote: bool = False) -> str:
    items = [f'"{x}"' for x in items] if quote else list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def join_and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _infinitive(phrase: str) -> str:
    """`reverses a string` -> `reverse a string` (the verb forms of the CODE_TASKS table)."""
    verb, _, rest = phrase.partition(" ")
    if "-" in verb:
        head, _, tail = verb.rpartition("-")
        return f"{head}-{_infinitive(tail)}" + (f" {rest}" if rest else "")
    if verb.endswith("ies"):
        verb = verb[:-3] + "y"
    elif verb.endswith(("sses", "shes", "xes")):
        verb = verb[:-2]
    elif verb.endswith("s"):
        verb = verb[:-1]
    return verb + (f" {rest}" if rest else "")


# ----------------------------------------------------------------------------------------------------------------
# Draw rules of slot groups (slots.yaml `groups:`, `draw: NAME`): each takes the group's keys and table rows and
# returns the function that fills all the keys from one row. `corpus_data.DRAWS` checks the rows' shapes.
# ----------------------------------------------------------------------------------------------------------------

_Draw = Callable[[_Rng, dict], None]


def _draw_columns(keys: tuple[str, ...], rows: list) -> _Draw:
    def draw(rng: _Rng, v: dict) -> None:
        v.update(zip(keys, rng.pick(rows)))
    return draw


def _draw_domain(keys: tuple[str, ...], rows: list) -> _Draw:
    def draw(rng: _Rng, v: dict) -> None:
        domain, kinds, topics = rng.pick(rows)
        ts, tp = rng.pick(kinds)
        v.update(domain=domain, ts=ts, tp=tp, topic=rng.pick(topics))
    return draw


def _draw_labels(keys: tuple[str, ...], rows: list) -> _Draw:
    def draw(rng: _Rng, v: dict) -> None:
        criterion, labels = rng.pick(rows)
        v.update(criterion=criterion, labels=join_or(labels), qlabels=join_or(labels, quote=True))
    return draw


def _draw_category(keys: tuple[str, ...], rows: list) -> _Draw:
    def draw(rng: _Rng, v: dict) -> None:
        cat, members = rng.pick(rows)
        other, _ = rng.pick([c for c in rows if c[0] != cat])
        k = 3 + int(rng.chance(0.5))
        picks: list[str] = []
        while len(picks) < k:
            m = rng.pick(members)
            if m not in picks:
                picks.append(m)
        v.update(cat=cat, cat2=other, member=picks[0], members=", ".join(picks))
    return draw


def _draw_code(keys: tuple[str, ...], rows: list) -> _Draw:
    def draw(rng: _Rng, v: dict) -> None:
        t = rng.pick(rows)
        v.update(code_task=t, code_task_inf=_infinitive(t))
    return draw


_DRAWS: dict[str, Callable[[tuple[str, ...], list], _Draw]] = {
    "columns": _draw_columns, "domain": _draw_domain, "labels": _draw_labels, "category": _draw_category,
    "code": _draw_code,
}
if set(_DRAWS) != set(corpus_data.DRAWS):  # the loader checks data against the rules implemented here
    raise RuntimeError(f"draw rules differ: generator {sorted(_DRAWS)}, corpus_data {sorted(corpus_data.DRAWS)}")

# ----------------------------------------------------------------------------------------------------------------
# The data, and the tables derived from it
# ----------------------------------------------------------------------------------------------------------------

DATA: CorpusData = corpus_data.load()
_T = DATA.tables

#: What the output depends on: the rendering rules' version and the data files' bytes (module docstring).
FINGERPRINT: str = hashlib.sha256(
    f"softprism.retrieval.generator\0{GENERATOR_VERSION}\0{DATA.data_sha256}".encode()).hexdigest()[:32]
FAMILIES: tuple[Family, ...] = DATA.families
FRAMES: list[str] = list(DATA.frames)
LEGACY_WEIGHTS: dict[str, float] = {d.name: d.weight for d in DATA.documents}
#: Share of prompts drawn from the original document-centred families (documents.yaml) before the mixing
#: multipliers; the rest come from `FAMILIES`.
LEGACY_SHARE: float = DATA.document_share
#: Every family's phrasings: the document families' templates, then per family its own phrasings followed by the
#: shared frames. The template id `family.NN` indexes this list.
TEMPLATES: dict[str, list[str]] = {**{d.name: list(d.templates) for d in DATA.documents},
                                   **{f.name: list(f.own) + FRAMES for f in FAMILIES}}
FAMILY_OF: dict[str, Family] = {f.name: f for f in FAMILIES}
GROUP_OF: dict[str, str] = {**{k: "documents" for k in LEGACY_WEIGHTS}, **{f.name: f.group for f in FAMILIES}}
#: Mixing multipliers (mix.yaml; families not listed keep 1).
MIX: dict[str, float] = dict(DATA.mix)
_BASE_WEIGHTS: dict[str, float] = {
    **{k: w * LEGACY_SHARE / (1 - LEGACY_SHARE) * sum(f.weight for f in FAMILIES)
       / sum(LEGACY_WEIGHTS.values())
       for k, w in LEGACY_WEIGHTS.items()},
    **{f.name: f.weight for f in FAMILIES},
}
FAMILY_WEIGHTS: dict[str, float] = {k: w * MIX.get(k, 1.0) for k, w in _BASE_WEIGHTS.items()}

# Document families where an appended output-format sentence or persona prefix reads naturally.
_FORMAT_OK = frozenset(d.name for d in DATA.documents if d.format)
_PERSONA_OK = frozenset(d.name for d in DATA.documents if d.persona)
_FORMAT_SENTENCES: list[str] = _T["FORMAT_SENTENCES"]
_PERSONA_PREFIXES: list[str] = _T["PERSONA_PREFIXES"]
_TONE_SENTENCES: list[str] = _T["TONE_SENTENCES"]
_CONSTRAINTS: list[str] = _T["CONSTRAINTS"]
_WORD_LIMITS, _NUMBERS, _LINE_LIMITS, _FIELDS = _T["WORD_LIMITS"], _T["NUMBERS"], _T["LINE_LIMITS"], _T["FIELDS"]

# Slots filled together (drawing any of the keys draws them all).
_GROUPS: dict[str, _Draw] = {k: fn for g in DATA.groups for fn in [_DRAWS[g.draw](g.keys, g.rows)] for k in g.keys}
# Slots drawn from one list. A name ending in a digit (`noun2`) draws a value different from the base slot's.
_SIMPLE: dict[str, list] = DATA.slots

_SLOT = re.compile(r"{(\w+)}")

#: Literal placeholders that some prompts keep on purpose, as prompt templates are written ("Premise: {premise}"):
#: the `{name}` tokens inside slot values. A filled value is never filled again, so they reach the text as written.
TEMPLATE_PLACEHOLDERS: frozenset[str] = frozenset(
    "{%s}" % m for vals in _SIMPLE.values() for v in vals if isinstance(v, str) for m in _SLOT.findall(v))


class _Filler:
    """Fills `{slot}`s of one prompt; a slot keeps its value everywhere in that prompt. Draws happen in the order the
    slots first appear, so a prompt depends only on the random stream."""

    def __init__(self, rng: _Rng) -> None:
        self.rng = rng
        self.v: dict[str, str] = {}

    def get(self, name: str) -> str:
        if name in self.v:
            return self.v[name]
        if name.startswith("a_"):
            val = a(self.get(name[2:]))
        elif name.endswith("_cap"):
            val = _cap(self.get(name[:-4]))
        elif name[0].isupper():
            val = _cap(self.get(name[0].lower() + name[1:]))
        elif name == "fields":
            val = join_and([f'"{f}"' for f in self.rng.pick(_FIELDS)])
        elif name in _GROUPS:
            _GROUPS[name](self.rng, self.v)
            return self.v[name]
        elif name in _SIMPLE:
            val = str(self.rng.pick(_SIMPLE[name]))
        elif name[-1].isdigit() and name[:-1] in _SIMPLE:
            taken = {self.get(name[:-1])} | {self.v[k] for k in self.v if k[:-1] == name[:-1] and k[-1].isdigit()}
            val = str(self.rng.pick(_SIMPLE[name[:-1]]))
            for _ in range(20):
                if val not in taken:
                    break
                val = str(self.rng.pick(_SIMPLE[name[:-1]]))
        else:
            raise KeyError(f"unknown slot {{{name}}}")
        self.v[name] = val
        return val

    def fill(self, template: str) -> str:
        return _SLOT.sub(lambda m: self.get(m.group(1)), template)


_SPACES = re.compile(r"[ ]{2,}")


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text).replace(" .", ".").replace("..", ".").replace("?.", "?")
    return text.strip()


def _one_legacy(rng: _Rng, fam: str) -> GeneratedPrompt:
    templates = TEMPLATES[fam]
    ti = int(rng._r.random() * len(templates))
    f = _Filler(rng)
    parts = [f.fill(templates[ti])]
    tags = []
    if fam in _PERSONA_OK and not parts[0].startswith(("You ", "Act as")) and rng.chance(0.12):
        parts.insert(0, f.fill(rng.pick(_PERSONA_PREFIXES)))
        tags.append("persona")
    if fam in _FORMAT_OK and "{fmt}" not in templates[ti] and rng.chance(0.2):
        parts.append(f.fill(rng.pick(_FORMAT_SENTENCES)))
        tags.append("format")
    if "tone}" not in templates[ti] and rng.chance(0.25):  # {tone} or {a_tone}
        parts.append(f.fill(rng.pick(_TONE_SENTENCES)))
        tags.append("tone")
    if rng.chance(0.35):
        c = rng.pick(_CONSTRAINTS).format(n=rng.pick(_WORD_LIMITS), s=rng.pick(_NUMBERS), c=rng.pick(_LINE_LIMITS))
        parts.append(c)
        tags.append("constraint")
    return GeneratedPrompt(" ".join(parts), f"{fam}.{ti:02d}" + "".join(f"+{t}" for t in tags))


_FRAME_SLOT = re.compile(r"{(given|do|Do|out|note|label|label_low)}")
_LEADING = re.compile(r"^(a|an|the|some|two|three|five|my) ")


def frame_pieces(given: str, do: str, out: str = "", note: str = "") -> dict[str, str]:
    """What a shared frame's `{given}`, `{do}`/`{Do}`, `{out}`, `{note}` and `{label}`/`{label_low}` become.

    `label` names the input as a field heading ("a movie review" -> "Movie review"; "Input" when the input is
    several things, "a premise and a hypothesis").
    """
    plain = _LEADING.sub("", given)
    label = "Input" if (" and " in plain or "," in plain or plain == given and given.endswith("s")) else _cap(plain)
    return {"given": given, "do": do, "Do": _cap(do), "out": out, "note": note, "label": label,
            "label_low": label[:1].lower() + label[1:]}


def _one_family(rng: _Rng, fam: Family) -> GeneratedPrompt:
    f = _Filler(rng)
    n_own = len(fam.own)
    if n_own and rng.chance(fam.own_share):
        ti = int(rng._r.random() * n_own)
        text = f.fill(fam.own[ti])
    else:
        fi = int(rng._r.random() * len(FRAMES))
        ti = n_own + fi
        frame = FRAMES[fi]
        do = rng.pick(fam.do)
        pieces = frame_pieces(rng.pick(fam.given), do, rng.pick(fam.out) if fam.out else "",
                              rng.pick(fam.note) if fam.note else "")
        text = f.fill(_FRAME_SLOT.sub(lambda m: pieces[m.group(1)], frame))
    parts = [_tidy(text)]
    tags = []
    if "p" in fam.mods and not parts[0].startswith(("You ", "Act as", "I want")) and rng.chance(0.08):
        parts.insert(0, f.fill(rng.pick(_PERSONA_PREFIXES)))
        tags.append("persona")
    if "f" in fam.mods and rng.chance(0.1):
        parts.append(f.fill(rng.pick(_FORMAT_SENTENCES)))
        tags.append("format")
    if "t" in fam.mods and rng.chance(0.12):
        parts.append(f.fill(rng.pick(_TONE_SENTENCES)))
        tags.append("tone")
    if "c" in fam.mods and rng.chance(0.2):
        c = rng.pick(_CONSTRAINTS).format(n=rng.pick(_WORD_LIMITS), s=rng.pick(_NUMBERS), c=rng.pick(_LINE_LIMITS))
        parts.append(c)
        tags.append("constraint")
    return GeneratedPrompt(" ".join(parts), f"{fam.name}.{ti:02d}" + "".join(f"+{t}" for t in tags))


def _one(rng: _Rng, families: list[str], cum: list[float]) -> GeneratedPrompt:
    u = rng._r.random() * cum[-1]
    fam = families[bisect.bisect_right(cum, u)]
    if fam in FAMILY_OF:
        return _one_family(rng, FAMILY_OF[fam])
    return _one_legacy(rng, fam)


_FILLER = frozenset({"please", "kindly", "the", "a", "an", "this", "these", "following", "each", "every", "of"})
_WORD = re.compile(r"\w+")  # any script: prompts in Cyrillic, Arabic or CJK have keys too


def near_duplicate_key(text: str) -> str:
    """Lower-cased word set without filler words: equal keys mean the prompts differ only in order or filler."""
    words = set(_WORD.findall(text.lower())) - _FILLER
    return " ".join(sorted(words))


def iter_prompts(seed: int = 0) -> Iterator[GeneratedPrompt]:
    """The endless deterministic stream of distinct prompts (no two share a `near_duplicate_key`)."""
    rng = _Rng(seed)
    families = list(FAMILY_WEIGHTS)
    cum, total = [], 0.0
    for f in families:
        total += FAMILY_WEIGHTS[f]
        cum.append(total)
    seen: set[int] = set()
    misses = 0
    while True:
        p = _one(rng, families, cum)
        key = int.from_bytes(hashlib.blake2b(near_duplicate_key(p.text).encode(), digest_size=8).digest(), "big")
        if key in seen:
            misses += 1
            if misses > 1_000_000:
                raise RuntimeError("the generator stopped finding new prompts; its vocabulary is exhausted")
            continue
        misses = 0
        seen.add(key)
        yield p


def generate(n: int, seed: int = 0, progress: Callable[[int], object] | None = None) -> list[GeneratedPrompt]:
    """The first `n` prompts of `iter_prompts(seed)` (a prefix of any longer run with the same seed)."""
    out: list[GeneratedPrompt] = []
    for p in iter_prompts(seed):
        if len(out) >= n:
            break
        out.append(p)
        if progress is not None and len(out) % 10_000 == 0:
            progress(10_000)
    return out
