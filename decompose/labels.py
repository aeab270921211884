"""Instructions written around the label set a soft prompt answers with (the pipeline's `labels` candidate source).

    labels = reply_labels(["world", "sports", "world", "business"])    # -> ["world", "sports", "business"] or None
    texts = label_instructions(labels, 12)                              # 12 instructions naming exactly those labels

A classification soft prompt replies with a closed set of short labels, and its exact wording matters: the first
reply token carries the decision, so "numeric" in a corpus prompt is not "number" in the soft prompt's replies, and
"science" is not "science/technology". The text index holds prompts that name *some* label set; this module writes
prompts that name *the* one the soft prompt uses, from templates written for this project (no corpus text), so the
solve can weigh an instruction with the right answer space. `label_relabel` also rewrites the label list inside
retrieved prompts that already name two or more of the labels.

Owns only text: no model, no index. Used by decompose/pipeline.py; must not import from rooms above decompose/.
"""

from __future__ import annotations

import re
from collections import Counter

MAX_LABEL_WORDS = 3
MAX_LABEL_CHARS = 32
MAX_LABELS = 12
SHORT_SHARE = 0.75  # at least this share of the replies must be short for them to count as labels

# Templates written here. {or}: "a, b or c"; {comma}: "a, b, c"; {quoted}: '"a", "b" or "c"'.
TEMPLATES = (
    "Answer with one of: {comma}.",
    "Classify the input. Answer with one of: {comma}.",
    "Label the text as {or}. Answer with the label only.",
    "Which of these fits best: {or}? Reply with one word.",
    "In this task, you are given an input. Your task is to classify it as {quoted}. Answer with the label only.",
    "Categories: {comma}.\nAnswer with the category only.",
    "Read the input and decide whether it is {or}. Output only the label.",
    "Possible answers: {comma}.\nAnswer:",
    "Sort the input into one of these classes: {or}. Give just the class name.",
    "Your answer must be exactly one of the following: {quoted}.",
    "Decide which label applies ({comma}) and write only that label.",
    "Choose from {or}.",
)


def _clean(reply: str) -> str:
    """A reply as a label: its first line, trimmed of spaces, quotes and closing punctuation."""
    line = reply.strip().splitlines()[0] if reply.strip() else ""
    return line.strip().strip("\"'`*").rstrip(".!:;,").strip()


def reply_labels(replies: list[str]) -> list[str] | None:
    """The closed label set of `replies` (most frequent first, ties in order of first appearance), or None when
    they do not look like labels: fewer than `SHORT_SHARE` of them short (at most `MAX_LABEL_WORDS` words and
    `MAX_LABEL_CHARS` characters), fewer than 2 or more than `MAX_LABELS` distinct short ones, or no label that
    comes back (every reply different: free text, not a closed set)."""
    cleaned = [_clean(r) for r in replies]
    short = [c for c in cleaned if c and len(c.split()) <= MAX_LABEL_WORDS and len(c) <= MAX_LABEL_CHARS]
    if not replies or len(short) < SHORT_SHARE * len(replies):
        return None
    first: dict[str, int] = {}
    forms: dict[str, Counter] = {}
    for i, c in enumerate(short):
        key = c.casefold()
        first.setdefault(key, i)
        forms.setdefault(key, Counter())[c] += 1
    counts = {k: sum(v.values()) for k, v in forms.items()}
    if not 2 <= len(counts) <= MAX_LABELS or max(counts.values()) < 2:
        return None
    order = sorted(counts, key=lambda k: (-counts[k], first[k]))
    return [forms[k].most_common(1)[0][0] for k in order]


def _lists(labels: list[str]) -> dict[str, str]:
    head, last = labels[:-1], labels[-1]
    return {"comma": ", ".join(labels), "or": f"{', '.join(head)} or {last}",
            "quoted": f"{', '.join(chr(34) + x + chr(34) for x in head)} or \"{last}\""}


def label_instructions(labels: list[str], n: int) -> list[str]:
    """Up to `n` distinct instructions naming exactly `labels`: every template with the labels in the given order
    (most frequent first), then, past len(TEMPLATES), again with them in alphabetical order."""
    if n <= 0 or len(labels) < 2:
        return []
    out: list[str] = []
    for order in (list(labels), sorted(labels, key=str.casefold)):
        fill = _lists(order)
        for t in TEMPLATES:
            text = t.format(**fill)
            if text not in out:
                out.append(text)
            if len(out) >= n:
                return out
    return out


_SEP = r"(?:\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+)"
_ITEM = r"(?:(?:an?|the)\s+)?(?:\"[^\"\n]{1,40}\"|[\w][\w\-/']*)"  # "a dog", "the news", "sports"


def label_relabel(text: str, labels: list[str]) -> str | None:
    """`text` with the first list of labels it names replaced by `labels`, or None when no list in it names two
    of them. A list is a run of one-word (or quoted) items joined by commas, "or" or "and" ("world, sports,
    business and science"); it counts when at least two items are labels (case-insensitive), and the new list
    keeps its style: quoted when it was, joined by "or" / "and" before the last item when it was, else commas
    (articles are dropped: "a cat or a dog" -> "cat, dog or bird")."""
    keys = {x.casefold() for x in labels}
    for m in re.finditer(rf"{_ITEM}(?:{_SEP}{_ITEM})+", text):
        span = m.group(0)
        parts = [re.sub(r"^(?:an?|the)\s+", "", p.strip(), flags=re.I).strip('"')
                 for p in re.split(_SEP, span) if p.strip()]
        if sum(1 for p in parts if p.casefold() in keys) < 2:
            continue
        if sorted(p.casefold() for p in parts) == sorted(keys):
            return None  # it names exactly these labels already
        quoted = '"' in span
        joiner = " or " if re.search(r"\bor\b", span) else (" and " if re.search(r"\band\b", span) else ", ")
        items = [f'"{x}"' if quoted else x for x in labels]
        if span.lstrip('"')[:1].isupper():  # "World, sports or business?" at the start of a sentence
            items[0] = items[0].replace(labels[0], labels[0][:1].upper() + labels[0][1:], 1)
        new = ", ".join(items) if joiner == ", " else f"{', '.join(items[:-1])}{joiner}{items[-1]}"
        out = text[: m.start()] + new + text[m.end():]
        return out if out != text else None
    return None
