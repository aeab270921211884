"""The embedded default corpus: a deterministic generator of natural instructions and system prompts.

Owns: the sentence templates of each task family (classify, translate, summarise, rewrite, answer, extract,
generate, role-play, refuse, format, explain, code, edit, assistant) and the rules that fill them from
`retrieval.vocab` and append optional modifiers (tone, constraint, output format, persona). Written for this project.

Contract:
    generate(n, seed) -> list[GeneratedPrompt]   # n distinct prompts, each with the template that made it
    iter_prompts(seed) -> Iterator[GeneratedPrompt]  # the endless deduplicated stream `generate` takes from

Determinism: prompt i depends only on `seed` and i (a single Mersenne Twister stream driven through
`random.random()`, whose output is fixed across Python versions and machines), so `generate(1000)` is a prefix
of `generate(1_000_000)`. Duplicates are controlled by a *near-duplicate key* (lower-cased word set without filler
words): two prompts with the same key never both appear, which removes exact duplicates, reordered modifiers and
"please"/article variants. The template id is `family.NN` plus `+tone`, `+constraint`, `+format`, `+persona` for
the modifiers that were applied.
"""

from __future__ import annotations

import bisect
import hashlib
import random
import re
from dataclasses import dataclass
from typing import Callable, Iterator

from softprism.retrieval import entities as E
from softprism.retrieval import vocab as V
from softprism.retrieval.families import FAMILIES, FRAMES, Family

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


# ----------------------------------------------------------------------------------------------------------------
# Templates per family. Slots: {ts}/{tp} text kind singular/plural, {domain}, {topic}, {labels}, {qlabels},
# {criterion}, {lang}, {lang2}, {audience}, {n}, {words}, {entity}, {entity2}, {fmt}, {fields}, {genre}, {genres},
# {length}, {plang}, {plang2}, {code_task}, {concept}, {goal}, {role}, {does}, {scope}, {offtopic}, {refusal},
# {pro}, {action}, {action_tail}, {tone}. Article-bearing slots are pre-joined (`a_ts` = "a support ticket").
# ----------------------------------------------------------------------------------------------------------------

TEMPLATES: dict[str, list[str]] = {
    "classify": [
        "Classify the {criterion} of each {ts} as {labels}.",
        "Read the {ts} and decide whether it is {labels}. Answer with one word.",
        "You label {tp} for {a_domain} team. Tag each one with its {criterion}: {labels}.",
        "Is the following {ts} {labels}? Reply with the label only.",
        "Label every {ts} below with one of these categories: {qlabels}.",
        "Determine the {criterion} expressed in this {ts}. Possible answers: {labels}.",
        "Sort these {tp} by {criterion} into {labels}.",
        "For each {ts} about {topic}, output its {criterion} ({labels}) followed by a one-line reason.",
        "Given {a_ts}, predict its {criterion}. Choose from {qlabels}.",
        "Act as {a_criterion} classifier for {domain} {tp}. The only valid outputs are {qlabels}.",
        "Decide if this {ts} should be marked {labels}, and explain your choice in one sentence.",
        "Help me triage {tp}: assign each {a_criterion} label ({labels}).",
    ],
    "translate": [
        "Translate the following {ts} from {lang} into {lang2}.",
        "Translate this text into {lang2}, keeping names and numbers unchanged.",
        "Render the {ts} in natural, idiomatic {lang2}.",
        "You are a professional {lang}-to-{lang2} translator specialising in {domain}. Translate the user's text.",
        "Translate each sentence into {lang2} and give a literal back-translation into {lang} underneath.",
        "Give me {a_lang2} version of this {ts} that sounds like it was written by a native speaker.",
        "Translate the message into {lang2}. Keep the tone {tone}.",
        "Detect the language of the input, then translate it into {lang2}.",
        "Localise this {ts} for readers in {lang2}-speaking countries, adapting idioms and units.",
        "Translate the {domain} terminology in this {ts} into {lang2} and list any terms with no direct equivalent.",
    ],
    "summarise": [
        "Summarise the {ts} in {n} sentences.",
        "Write a one-paragraph summary of this {ts} for {audience}.",
        "Give the key points of the {ts} as a bulleted list.",
        "Condense these {tp} into a short digest of the main themes.",
        "Summarise the following {ts} about {topic}, focusing on what has changed.",
        "Produce a TL;DR of the {ts} in at most {words} words.",
        "Read the {ts} and write a summary that {audience} could understand in a minute.",
        "Summarise the discussion and list the open questions at the end.",
        "Create an executive summary of this {ts}: the problem, the decision and the next steps.",
        "Boil this {ts} down to a single headline and one supporting sentence.",
        "Summarise what the customer wants in this {ts} and what they have already tried.",
    ],
    "rewrite": [
        "Rewrite the {ts} to make it {goal}.",
        "Paraphrase each sentence of the text while keeping its meaning.",
        "Simplify this {ts} so that {audience} can follow it.",
        "Fix the grammar and spelling in the {ts} without changing its style.",
        "Rewrite this {ts} in {a_tone} tone.",
        "Turn these rough notes into a polished {ts}.",
        "Make this {ts} {goal} and shorter by about a third.",
        "Rephrase the message so it sounds {tone} rather than defensive.",
        "Rewrite the text as if it were written for {audience}.",
        "Convert this {ts} from passive to active voice wherever possible.",
        "Rewrite the {ts} about {topic} so it is {goal}.",
    ],
    "answer": [
        "Answer the user's questions about {topic} accurately and briefly.",
        "Answer the question using only the information in the provided {ts}. If it is not there, say you don't know.",
        "You answer {domain} questions for {audience}. Be accurate and practical.",
        "Answer in {n} sentences or fewer, then suggest one follow-up question.",
        "Use the context below to answer the question. Quote the relevant passage.",
        "Give a direct answer first, then a short explanation.",
        "Respond to questions about {topic} as a knowledgeable {domain} specialist would.",
        "Answer the question and rate your confidence as low, medium or high.",
        "Answer the following trivia question with just the answer.",
        "Answer each question about the {ts}. If the question cannot be answered from it, reply \"not stated\".",
        "When someone asks about {topic}, give a clear answer and mention one common misconception.",
    ],
    "extract": [
        "Extract all {entity} from the {ts} and return them as {fmt}.",
        "List all {entity} mentioned in the text, one per line.",
        "Find the {entity} and the {entity2} in this {ts}.",
        "Pull out the {entity} from each {ts}. If there are none, write \"none\".",
        "Read the {ts} and fill in these fields: {fields}.",
        "Identify the {entity} in the following {domain} {ts} and highlight anything ambiguous.",
        "Extract structured data from the {ts} with the keys {fields}.",
        "Scan these {tp} and collect the {entity} into a single deduplicated list.",
        "From the {ts}, extract the {entity} and say where in the text each one appears.",
    ],
    "generate": [
        "Write {a_length} {genre} about {topic}.",
        "Generate {n} {genres} for {a_domain} campaign about {topic}.",
        "Write {a_genre} for {audience} on the subject of {topic}.",
        "Come up with {n} ideas for {genres} about {topic}.",
        "Compose {a_length} {genre} in {a_tone} style.",
        "Draft {a_genre} that {a_domain} company could use to talk about {topic}.",
        "Write {a_genre} that explains {concept} without using technical terms.",
        "Create {n} {genres} that mention {topic} in a surprising way.",
        "Brainstorm {n} titles for {a_ts} about {topic}.",
        "Write {a_ts} about {topic} as an example for a training dataset.",
        "Invent {a_genre} featuring a character who works in {domain}.",
        "Write the first paragraph of {a_genre} set in the world of {domain}.",
    ],
    "roleplay": [
        "You are {a_role}. Your job is to {does}.",
        "Act as {a_role} and {does}.",
        "Pretend you are {a_role} talking to {audience}. {does_cap}.",
        "Role-play as {a_role}. Stay in character and {does}.",
        "From now on you are {a_role}. When the user writes, {does}.",
        "Take on the persona of {a_role} who specialises in {topic}. {does_cap}.",
        "I want you to play {a_role}. {does_cap}, and keep each reply short.",
        "You are {a_role} helping {audience}. {does_cap}.",
        "Imagine you are {a_role} at {a_domain} firm. {does_cap}.",
    ],
    "refuse": [
        "Do not give {refusal}. If asked, politely explain that you cannot help and suggest talking to {pro}.",
        "Politely decline any request about {offtopic} and steer the conversation back to {scope}.",
        "You only help with {scope}. For anything else, say that it is outside what you can do.",
        "If the user asks for {refusal}, refuse briefly and recommend {pro}.",
        "Never discuss {offtopic}. If the topic comes up, say you can't talk about it and offer help with {scope}.",
        "Refuse requests that involve {refusal}, but still share general, widely known safety information.",
        "Decline to answer questions about {offtopic} without lecturing the user.",
        "When a request falls outside {scope}, reply with one sentence explaining why and one sentence on where to look instead.",
    ],
    "format": [
        "Respond only with {fmt}.",
        "Return the answer as {fmt} with the fields {fields}.",
        "Format your reply as {fmt} and nothing else.",
        "Give every answer as {fmt}; do not add any text before or after it.",
        "Output {fmt} containing {fields} for each item in the input.",
        "Convert the user's {ts} into {fmt}.",
        "Reformat this list of {tp} as {fmt}.",
        "Present your findings about {topic} as {fmt}.",
    ],
    "explain": [
        "Explain {concept} to {audience}.",
        "Explain {concept} in {n} sentences, using an everyday analogy.",
        "Break down {concept} step by step for {audience}.",
        "Solve the problem step by step and give the final answer on the last line.",
        "Explain why {topic} matters to someone working in {domain}.",
        "Describe {concept} in simple terms, then give a real-world example.",
        "Teach me {concept} as if I were {audience}, and finish with a quick quiz question.",
        "Compare two common views on {topic} and explain where they disagree.",
        "What are the most common misunderstandings about {concept}? Explain each briefly.",
        "Explain the reasoning behind each step before giving the final answer.",
    ],
    "code": [
        "Write {a_plang} function that {code_task}.",
        "Review this {plang} code and point out bugs, unclear names and missing tests.",
        "Convert the following {plang} code to {plang2}, keeping the behaviour identical.",
        "Explain what this {plang} snippet does, line by line, for {audience}.",
        "Write unit tests in {plang} for a function that {code_task}.",
        "Refactor this {plang} code to be more readable without changing what it does.",
        "Find the error in this {plang} program and suggest a fix.",
        "Write {a_plang} script that {code_task}, with comments explaining each step.",
        "Suggest a simpler way to write {a_plang} function that {code_task}.",
        "Add type hints and docstrings to this {plang} code.",
    ],
    "edit": [
        "{action_cap} this {ts} {action_tail}.",
        "Please {action} the following {ts} {action_tail}.",
        "{action_cap} my {ts} about {topic} {action_tail}.",
        "You are an editor for {domain} {tp}. {action_cap} each draft {action_tail}.",
        "Give honest feedback on this {ts}: what works, what doesn't, and what to change first.",
        "Compare the two drafts of the {ts} and say which is better and why.",
        "Check this {ts} for inconsistencies and contradictions.",
    ],
    "assistant": [
        "You are a helpful assistant for {scope}. Answer clearly and ask for details when needed.",
        "You are an assistant that helps people with {topic}. Give practical, step-by-step advice.",
        "You help {audience} with {scope}. Use plain language.",
        "Always reply in {lang2}, whatever language the user writes in.",
        "You are a concise assistant. Answer in at most {n} sentences.",
        "You are a support assistant for {a_domain} company. Be {tone} and solve problems quickly.",
        "Keep every reply under {words} words and end with a helpful suggestion.",
        "You are a study buddy for {audience}. Quiz them on {concept} and give hints instead of answers.",
        "You are an assistant for {domain} professionals. Be precise and mention relevant caveats.",
        "Help the user plan their week. Ask about their priorities first.",
        "You are a writing assistant. Suggest improvements but never rewrite the whole text unless asked.",
        "You are a friendly assistant who answers questions about {topic} for {audience}.",
    ],
}

LEGACY_WEIGHTS: dict[str, float] = {
    "classify": 3.0, "translate": 1.5, "summarise": 2.0, "rewrite": 2.0, "answer": 2.0, "extract": 1.5,
    "generate": 2.5, "roleplay": 2.0, "refuse": 1.0, "format": 1.0, "explain": 1.5, "code": 1.5, "edit": 1.0,
    "assistant": 1.5,
}
#: Share of prompts drawn from the original document-centred families above; the rest come from `FAMILIES`.
LEGACY_SHARE = 0.15

#: Every family's phrasings: the legacy ones, then per new family its own phrasings followed by the shared frames.
#: The template id `family.NN` indexes this list.
TEMPLATES.update({f.name: list(f.own) + FRAMES for f in FAMILIES})
FAMILY_OF: dict[str, Family] = {f.name: f for f in FAMILIES}
GROUP_OF: dict[str, str] = {**{k: "documents" for k in LEGACY_WEIGHTS}, **{f.name: f.group for f in FAMILIES}}
FAMILY_WEIGHTS: dict[str, float] = {
    **{k: w * LEGACY_SHARE / (1 - LEGACY_SHARE) * sum(f.weight for f in FAMILIES)
       / sum(LEGACY_WEIGHTS.values())
       for k, w in LEGACY_WEIGHTS.items()},
    **{f.name: f.weight for f in FAMILIES},
}

# Families where an appended output-format sentence or persona prefix reads naturally.
_FORMAT_OK = {"classify", "summarise", "answer", "extract", "generate", "explain"}
_PERSONA_OK = {"classify", "summarise", "rewrite", "answer", "extract", "explain", "edit", "translate"}
_FORMAT_SENTENCES = ["Format the output as {fmt}.", "Return {fmt}.", "Give your answer as {fmt}."]
_PERSONA_PREFIXES = ["You are {a_expert}.", "Act as {a_expert}.", "You work as {a_expert}."]

_SLOT = re.compile(r"{(\w+)}")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _infinitive(phrase: str) -> str:
    """`reverses a string` -> `reverse a string` (the verb forms in `vocab.CODE_TASKS`)."""
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


def _g_domain(rng: _Rng, v: dict) -> None:
    domain, kinds, topics = rng.pick(V.DOMAINS)
    ts, tp = rng.pick(kinds)
    v.update(domain=domain, ts=ts, tp=tp, topic=rng.pick(topics))


def _g_labels(rng: _Rng, v: dict) -> None:
    criterion, labels = rng.pick(V.LABEL_SETS)
    v.update(criterion=criterion, labels=join_or(labels), qlabels=join_or(labels, quote=True))


def _g_pair(keys: tuple[str, str], table: list) -> Callable[[_Rng, dict], None]:
    def draw(rng: _Rng, v: dict) -> None:
        v.update(zip(keys, rng.pick(table)))
    return draw


def _g_triple(keys: tuple[str, str, str], table: list) -> Callable[[_Rng, dict], None]:
    def draw(rng: _Rng, v: dict) -> None:
        v.update(zip(keys, rng.pick(table)))
    return draw


def _g_category(rng: _Rng, v: dict) -> None:
    cat, members = rng.pick(V.CATEGORIES)
    other, _ = rng.pick([c for c in V.CATEGORIES if c[0] != cat])
    k = 3 + int(rng.chance(0.5))
    picks: list[str] = []
    while len(picks) < k:
        m = rng.pick(members)
        if m not in picks:
            picks.append(m)
    v.update(cat=cat, cat2=other, member=picks[0], members=", ".join(picks))


def _g_code(rng: _Rng, v: dict) -> None:
    t = rng.pick(V.CODE_TASKS)
    v.update(code_task=t, code_task_inf=_infinitive(t))


# Slots filled together (drawing any of the keys draws them all).
_GROUPS: dict[str, Callable[[_Rng, dict], None]] = {}
for _keys, _fn in [
    (("domain", "ts", "tp", "topic"), _g_domain),
    (("criterion", "labels", "qlabels"), _g_labels),
    (("genre", "genres"), _g_pair(("genre", "genres"), V.GENRES)),
    (("role", "does"), _g_pair(("role", "does"), V.PERSONAS)),
    (("refusal", "pro"), _g_pair(("refusal", "pro"), V.REFUSAL_TOPICS)),
    (("action", "action_tail"), _g_pair(("action", "action_tail"), V.ACTIONS_ON_DOC)),
    (("unit", "unit2"), _g_pair(("unit", "unit2"), V.UNITS)),
    (("actrole", "provides", "actdoes"), _g_triple(("actrole", "provides", "actdoes"), V.ACT_AS)),
    (("expertrole", "expertdo"), _g_pair(("expertrole", "expertdo"), V.EXPERT_ROLES)),
    (("cat", "cat2", "member", "members"), _g_category),
    (("code_task", "code_task_inf"), _g_code),
    (("cf_country", "cf_capital", "cf_currency", "cf_continent", "cf_tld"),
     lambda rng, v: v.update(zip(("cf_country", "cf_capital", "cf_currency", "cf_continent", "cf_tld"),
                                 rng.pick(E.COUNTRY_FACTS)))),
    (("prole", "pfield", "ptask"), _g_triple(("prole", "pfield", "ptask"), E.ROLES)),
    (("whole", "part"), _g_pair(("whole", "part"), E.PART_WHOLE)),
    (("de_role", "de_task"), _g_pair(("de_role", "de_task"), E.DE_ROLES)),
    (("fr_role", "fr_task"), _g_pair(("fr_role", "fr_task"), E.FR_ROLES)),
    (("es_role", "es_task"), _g_pair(("es_role", "es_task"), E.ES_ROLES)),
    (("zh_role", "zh_task"), _g_pair(("zh_role", "zh_task"), E.ZH_ROLES)),
]:
    for _k in _keys:
        _GROUPS[_k] = _fn

# Slots drawn from one list. A name ending in a digit (`noun2`) draws a value different from the base slot's.
_SIMPLE: dict[str, list] = {
    "audience": V.AUDIENCES, "tone": V.TONES, "n": V.NUMBERS, "words": V.WORD_LIMITS, "entity": V.ENTITIES,
    "fmt": V.OUTPUT_FORMATS, "length": V.LENGTHS, "plang": V.PROGRAMMING_LANGUAGES, "lang": V.LANGUAGES,
    "concept": V.CONCEPTS, "goal": V.REWRITE_GOALS, "expert": V.PREFIX_ROLES, "scope": V.ASSISTANT_SCOPES,
    "offtopic": V.OFF_TOPIC_SUBJECTS, "word": V.WORDS, "noun": V.NOUNS, "verb": V.VERBS, "adj": V.ADJECTIVES,
    "letter": V.LETTERS, "x": V.NUMBERS_SMALL, "y": V.NUMBERS_SMALL, "z": V.NUMBERS_SMALL, "pct": V.PERCENTAGES,
    "name": V.FIRST_NAMES, "person": V.PEOPLE, "country": V.COUNTRIES, "city": V.CITIES, "animal": V.ANIMALS,
    "food": V.FOODS, "sport": V.SPORTS, "hobby": V.HOBBIES, "thing": V.THINGS, "subject": V.SUBJECTS,
    "book": V.BOOKS, "object": V.OBJECTS, "shape": V.SHAPES, "app": V.PROJECT_APPS, "stack": V.TECH_STACKS,
    "imgsubj": V.IMAGE_SUBJECTS, "imgstyle": V.IMAGE_STYLES, "debate": V.DEBATE_TOPICS, "event": V.EVENTS,
    "place": V.PLACES, "theme": V.STORY_THEMES, "fmtabbr": V.ABBREVIATIONS, "review": V.REVIEW_KINDS,
    "sent": V.SHORT_SENTENCES, "request": V.FIRST_REQUESTS, "role2": V.ROLES_IMAGINED,
    "persdo": V.PERSONA_ACTIONS, "duty": V.DUTIES + E.EXTRA_DUTIES, "rule": V.RULES + E.EXTRA_RULES, "explevel": V.EXPERT_LEVELS,
    "film": E.FILMS, "show": E.TV_SHOWS, "band": E.MUSICIANS, "species": E.SPECIES, "company": E.COMPANIES,
    "landmark": E.LANDMARKS, "hevent": E.HISTORICAL_EVENTS, "invention": E.INVENTIONS,
    "figure": E.HISTORICAL_FIGURES, "celeb": E.CONTEMPORARY_PEOPLE, "club": E.SPORTS_CLUBS, "dish": E.DISHES,
    "instrument": E.INSTRUMENTS, "field": E.FIELDS_OF_KNOWLEDGE, "cprop": E.COUNTRY_PROPERTIES,
    "strategy": E.NEGOTIATION_STRATEGIES, "negitems": E.NEGOTIATION_ITEMS, "biastarget": E.BIAS_TARGETS,
    "construct": E.CODE_CONSTRUCTS, "firstask": E.FIRST_ASKS, "cammove": E.CAMERA_MOVES, "lighting": E.LIGHTING,
    "vidsubj": E.VIDEO_SUBJECTS, "term": E.TERMS + E.MORE_TERMS, "condition": E.CONDITIONS, "btopic": E.BRAINSTORM_TOPICS,
    "relname": E.RELATION_NAMES, "sprop": E.SENTENCE_PROPERTIES, "cotq": E.COT_QUESTIONS, "cotp": E.COT_PROBLEMS,
    "entityname": E.NAMED_ENTITIES, "dtime": E.TIME_PHRASES, "deliverable": E.DELIVERABLES,
}


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
            val = join_and([f'"{f}"' for f in self.rng.pick(V.FIELDS)])
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
        parts.append(f.fill(rng.pick(V.TONE_SENTENCES)))
        tags.append("tone")
    if rng.chance(0.35):
        c = rng.pick(V.CONSTRAINTS).format(n=rng.pick(V.WORD_LIMITS), s=rng.pick(V.NUMBERS), c=rng.pick(V.LINE_LIMITS))
        parts.append(c)
        tags.append("constraint")
    return GeneratedPrompt(" ".join(parts), f"{fam}.{ti:02d}" + "".join(f"+{t}" for t in tags))


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
        pieces = {"given": rng.pick(fam.given), "do": do, "Do": _cap(do),
                  "out": rng.pick(fam.out) if fam.out else "", "note": rng.pick(fam.note) if fam.note else ""}
        text = f.fill(re.sub(r"{(given|do|Do|out|note)}", lambda m: pieces[m.group(1)], frame))
    parts = [_tidy(text)]
    tags = []
    if "p" in fam.mods and not parts[0].startswith(("You ", "Act as", "I want")) and rng.chance(0.08):
        parts.insert(0, f.fill(rng.pick(_PERSONA_PREFIXES)))
        tags.append("persona")
    if "f" in fam.mods and rng.chance(0.1):
        parts.append(f.fill(rng.pick(_FORMAT_SENTENCES)))
        tags.append("format")
    if "t" in fam.mods and rng.chance(0.12):
        parts.append(f.fill(rng.pick(V.TONE_SENTENCES)))
        tags.append("tone")
    if "c" in fam.mods and rng.chance(0.2):
        c = rng.pick(V.CONSTRAINTS).format(n=rng.pick(V.WORD_LIMITS), s=rng.pick(V.NUMBERS), c=rng.pick(V.LINE_LIMITS))
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
_WORD = re.compile(r"[a-z0-9]+")


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


def generate(n: int, seed: int = 0, progress: Callable[[int], None] | None = None) -> list[GeneratedPrompt]:
    """The first `n` prompts of `iter_prompts(seed)` (a prefix of any longer run with the same seed)."""
    out = []
    for p in iter_prompts(seed):
        if len(out) >= n:
            break
        out.append(p)
        if progress is not None and len(out) % 10_000 == 0:
            progress(10_000)
    return out
