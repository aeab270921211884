"""The `labels` candidate source: a closed label set read off the soft prompt's replies, instructions written
around it, and retrieved prompts' label lists rewritten to it (decompose/labels.py, decompose/pipeline.py)."""

from __future__ import annotations

import pytest

from softprism.decompose.labels import TEMPLATES, label_instructions, label_relabel, reply_labels


def test_reply_labels_reads_a_closed_set_and_refuses_free_text():
    replies = ["world", "World.", "sports", " business ", "science/technology", "sports", "world", '"business"']
    assert reply_labels(replies) == ["world", "sports", "business", "science/technology"]  # by count, then first seen
    assert reply_labels(["positive", "negative", "positive"]) == ["positive", "negative"]
    # free text: long replies, or short ones that never repeat, are not labels
    assert reply_labels(["The article is about a football match in Madrid last night.", "It talks about stocks."]) is None
    assert reply_labels(["yes", "no idea", "maybe so", "sure"]) is None
    assert reply_labels(["positive"] * 5) is None  # one label is not a decision
    # a few long replies among labels are tolerated (at most a quarter)
    assert reply_labels(["yes", "no", "yes", "no", "yes", "no", "yes", "I am not sure what you mean here"]) == ["yes", "no"]
    assert reply_labels([]) is None


def test_label_instructions_name_exactly_the_labels():
    labels = ["number", "description", "entity"]
    texts = label_instructions(labels, 100)
    assert len(texts) == len(set(texts)) == 2 * len(TEMPLATES)  # both orders, all distinct
    for t in texts:
        assert all(x in t for x in labels), t
        assert "numeric" not in t
    assert label_instructions(labels, 3) == texts[:3] and label_instructions(labels, 0) == []
    assert "number, description or entity" in " ".join(texts[: len(TEMPLATES)])
    assert "description, entity or number" in " ".join(texts[len(TEMPLATES):])  # alphabetical second
    assert label_instructions(["only"], 5) == []


@pytest.mark.parametrize("text, labels, want", [
    ("Answer with one of: description, entity, abbreviation, human, location, numeric.",
     ["description", "number", "entity", "location", "human"],
     "Answer with one of: description, number, entity, location, human."),
    ("Choose the topic from world, sports, business and science. Answer with the category only.",
     ["world", "sports", "business", "science/technology"],
     "Choose the topic from world, sports, business and science/technology. Answer with the category only."),
    ("What is this article about? World, sports, business or science/tech?",
     ["world", "sports", "business", "science/technology"],
     "What is this article about? World, sports, business or science/technology?"),
    ('Say whether it is "good" or "bad".', ["positive", "negative", "good"], None),  # one label only
    ('Say whether it is "positive" or "negative".', ["positive", "negative"], None),  # already exactly these
    ('Say whether it is "positive", "neutral" or "negative".', ["positive", "negative"],
     'Say whether it is "positive" or "negative".'),
    ("Compare apples and oranges.", ["world", "sports"], None),
])
def test_label_relabel_rewrites_the_list_in_place(text, labels, want):
    assert label_relabel(text, labels) == want
