"""The embedded default corpus: a deterministic generator of natural instructions and system prompts.

Owns: the sentence templates of the original document families (classify, translate, summarise, rewrite, answer,
extract, generate, role-play, refuse, format, explain, code, edit, assistant), the mixing weights over these and
`retrieval.families`' families (`MIX`), the assembly of the family modules (`retrieval.families` and the third
round's `families_definitions`, `families_templates`, `families_open`, `families_personas`, with their new slots
`EXTRA_SLOTS`), and the rules that fill templates from `retrieval.vocab` and
`retrieval.entities` and append optional modifiers (tone, constraint, output format, persona). Written for this
project.

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
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from softprism.retrieval import entities as E
from softprism.retrieval import vocab as V
from softprism.retrieval import (
    families_definitions,
    families_open,
    families_personas,
    families_templates,
)
from softprism.retrieval.families import FAMILIES, FRAMES, Family

# The third round of issue 21 keeps its families in modules of their own, by kind of prompt. Importing them (above)
# registers their families into `FAMILIES` after the ones in `retrieval.families`, so earlier families keep their
# place; their new slots are collected here.
EXTRA_SLOTS: dict[str, list[str]] = {}
for _m in (families_definitions, families_templates, families_open, families_personas):
    for _k, _v in _m.SLOTS.items():
        if _k in EXTRA_SLOTS:
            raise ValueError(f"{_m.__name__}: slot {_k!r} is defined twice")
        EXTRA_SLOTS[_k] = list(_v)
_names = [f.name for f in FAMILIES]
if len(set(_names)) != len(_names):
    raise ValueError(f"duplicate family names: {sorted({n for n in _names if _names.count(n) > 1})}")

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
#: Mixing multipliers from the coverage benchmark's tuning sample (`python retrieval/bench.py --coverage --sizes
#: 50000 --tune-sample 400`, at commit 3662b99): 400 real prompts per corpus *outside* the 400 the coverage figures
#: are measured on; a family's multiplier is min(max(ratio, 0.3), 4) ** 0.6, rounded, where ratio = (hits + 1) /
#: (expected + 1) compares how often the family held a real prompt's nearest generated prompt with its share of
#: the rows (`benchmark.family_use`). Families not listed keep 1. This moves draws towards the kinds of task people
#: write (option lists, reading questions, sentiment, persona prompts) and away from letter and arithmetic drills,
#: which stay in the corpus at half their former share.
MIX: dict[str, float] = {
    "abbreviations": 0.8, "acceptability": 1.75, "acrostic": 0.6, "act_as": 2.25, "act_as_expert": 1.25,
    "add_subtract": 0.6, "advice_personal": 0.5, "algebra": 0.8, "alphabetical": 0.7, "anagram": 0.5,
    "analogies": 0.6, "answer": 0.6, "answer_check": 2.25, "answerable": 2.0, "antonym": 0.6, "argument_pairs": 0.8,
    "assistant": 0.6, "benefits_risks": 1.25, "bio_ner": 1.5, "brainstorm": 1.25, "brainstorm_list": 0.5,
    "build_app": 1.75, "cause_effect": 0.7, "choose_option": 1.75, "classify": 0.6, "classify_list": 0.8,
    "code": 0.5, "code_complexity": 0.5, "code_convert": 0.5, "code_count": 0.5, "code_debug": 0.7,
    "code_explain": 0.5, "code_improve": 0.7, "code_output": 0.6, "code_write": 0.6, "commonsense_choice": 0.5,
    "company_qa": 0.8, "comparative": 0.5, "compare_entities": 0.6, "compare_numbers": 0.5, "compare_things": 0.6,
    "compound_words": 0.5, "continue_text": 1.25, "contractions": 0.5, "coreference": 2.0,
    "coreference_reasoning": 0.7, "cot_frames": 0.5, "count_consonants": 0.5, "count_letter": 0.5,
    "count_vowels": 0.5, "counterfactual": 0.5, "counting": 0.5, "country_lookup": 0.8, "curious_question": 0.7,
    "data_to_text": 2.25, "dates_times": 0.6, "definition": 0.6, "dialogue_classify": 1.25, "dialogue_response": 1.5,
    "dialogue_turns": 1.25, "dialogue_write": 0.6, "edit": 0.5, "email_letter": 0.6, "emotion": 1.75,
    "entailment": 2.25, "entity_relation": 0.8, "essay_article": 0.6, "ethics_judgement": 0.7,
    "event_properties": 0.5, "event_qa": 0.8, "explain": 0.7, "explain_simply": 0.8, "explanation_write": 0.5,
    "extract": 0.8, "extract_details": 1.5, "fallacies": 0.5, "fill_blank": 2.25, "film_tv_qa": 0.7,
    "first_last_letter": 0.5, "food_health": 0.5, "formalise": 0.5, "formality_style": 0.6, "format": 1.25,
    "fractions_decimals": 0.5, "game_roleplay": 1.25, "gcd_lcm": 0.5, "generate": 0.5, "genre_type": 1.25,
    "geometry": 0.5, "hate_speech": 1.25, "health_qa": 0.7, "hidden_words": 0.6, "history_facts": 0.8,
    "homophones": 0.5, "how_does": 0.6, "how_to": 1.25, "image_prompt": 1.25, "image_prompt_detailed": 2.0,
    "imagine_role": 1.5, "inclusive_neutral": 0.7, "interview_practice": 0.8, "language_id": 1.75, "legal_text": 0.8,
    "length_change": 0.5, "letter_position": 0.5, "limerick_haiku": 0.5, "list_ops": 1.5, "lists_format": 0.5,
    "logic_puzzle": 0.5, "main_idea": 1.25, "markdown_format": 0.6, "meronym": 0.7, "money_work": 0.8,
    "multiple_choice": 2.25, "multiply_divide": 0.5, "names_titles": 0.6, "negotiation": 0.5,
    "normalise_values": 0.7, "number_formats": 0.6, "number_properties": 0.8, "odd_one_out": 0.5,
    "options_format": 2.25, "origin": 1.25, "palindrome": 0.5, "paraphrase": 1.25, "part_of_speech": 0.8,
    "passage_ending": 2.25, "percent": 0.5, "person_qa": 0.8, "perturbation": 1.5, "plural": 0.6, "poem": 0.7,
    "powers_roots": 0.5, "probability": 0.6, "pros_cons": 0.8, "punctuation": 1.5, "puns_jokes": 0.5, "puzzles": 0.7,
    "question_generation": 2.25, "question_type": 2.0, "rank_items": 0.5, "reading_qa": 2.25, "recipe": 0.5,
    "recommend": 0.7, "reference_text": 0.5, "refuse": 0.5, "regex": 0.6, "relations": 1.5, "remove_letters": 0.7,
    "rewrite": 0.5, "rhymes": 0.5, "riddles": 0.5, "roleplay": 0.8, "rounding": 0.5, "science_facts": 0.7,
    "sentence_order": 1.5, "sentence_property": 1.5, "sentiment": 2.25, "sequences": 0.5, "sets_relations": 0.5,
    "shell_git": 0.7, "similarity": 2.25, "simplify": 0.7, "sort_numbers": 0.7, "spam_toxic": 1.25,
    "species_qa": 0.5, "speech_social": 0.7, "spell_out": 0.5, "sports_culture": 1.5, "sql": 0.5,
    "stance_detect": 1.25, "statistics_list": 0.5, "step_by_step": 2.25, "stereotype_detect": 1.25, "story": 0.8,
    "story_from_points": 1.5, "structured_role": 1.5, "style_change": 0.7, "subject_lines": 1.5, "summarise": 0.7,
    "summarise_text": 2.25, "summary_check": 1.25, "syllables": 0.5, "syllogism": 0.5, "synonym": 0.8,
    "tech_concepts": 0.5, "tense_change": 0.5, "term_qa": 0.8, "title_headline": 2.25, "to_csv": 0.7,
    "to_json": 1.75, "to_table": 0.5, "tongue_twister": 0.5, "topic": 2.25, "translate": 0.8,
    "translate_slots": 2.25, "translate_text": 1.25, "translate_word": 1.25, "trivia": 2.25, "unit_conversion": 0.5,
    "use_in_sentence": 0.6, "video_prompt": 0.7, "voice_person": 1.75, "what_next": 2.0, "where_to": 0.6,
    "word_category": 0.6, "word_forms": 0.5, "word_games": 0.7, "word_length": 0.5, "word_problem": 0.8,
    "word_sense": 1.75, "words_with_letter": 0.6, "workflow_steps": 1.25,
}
#: The same rule for the third round's families (issue 21, session 21), from the tuning sample of `python
#: retrieval/bench.py --coverage --sizes 20000,50000 --tune-sample 400`, run on commit 301bfe7's families before
#: its rewrite of 14 phrasings that repeated real sentences (every new family at weight 1: they held 46% of the rows
#: and 68% of the tuning prompts' nearest rows). The earlier families keep their multipliers above.
MIX.update({
    "act_as_artifact": 0.85, "act_as_business_role": 0.55, "act_as_coach_teacher": 0.9, "act_as_console": 0.9,
    "act_as_critic_kind": 0.75, "act_as_era_guide": 1.2, "act_as_esoteric_reader": 0.8,
    "act_as_everyday_specialist": 0.6, "act_as_game_partner": 0.65, "act_as_generator": 1.1,
    "act_as_language_helper": 1.05, "act_as_prompt_engineer": 0.85, "act_as_quiz_machine": 0.85,
    "act_as_simulated_system": 0.75, "act_as_subfield_expert": 0.6, "act_as_text_drawer": 0.9,
    "act_as_tool_specialist": 0.9, "act_as_writer_kind": 0.5, "act_tasked_profession": 1.05,
    "act_tasked_project": 1.3, "action_sequence_command": 1.1, "actor_filmography_qa": 0.7,
    "advice_howto_personal": 1.2, "affordance_analogy": 0.5, "agency_responsibility_qa": 1.3,
    "agent_skill_file": 0.7, "agent_system_prompt": 0.75, "ambiguous_query": 0.8, "anecdote_claim": 0.5,
    "answer_check_template": 1.6, "answer_option_write": 1.8, "argument_quality": 0.85, "art_architecture_qa": 0.5,
    "assistant_dialogue_act": 0.5, "athlete_qa": 0.7, "authorship_template": 1.15, "background_situation_qa": 1.6,
    "band_musician_qa": 0.7, "bare_slots_template": 2.05, "binary_text_property": 1.95, "bio_span": 0.75,
    "bio_tagging": 0.85, "bio_token_tagging_template": 1.45, "blank_answer_pick": 0.55, "blank_question_write": 0.75,
    "brainstorm_ideas_for": 1.2, "breed_plant_qa": 0.6, "can_it_question": 1.15, "cause_effect_template": 0.9,
    "character_card": 0.55, "character_question_template": 0.95, "citation_intent_template": 0.9,
    "classify_each_item": 1.65, "classify_entities_mixed": 0.75, "clause_number_tense": 0.85,
    "closed_book_qa_template": 2.3, "code_build_app": 2.0, "code_completion_template": 0.65,
    "coherence_pair_template": 0.75, "colon_analogy": 0.6, "commands_to_actions_template": 1.3,
    "commonsense_mcq_lang": 1.45, "company_brand_qa": 0.6, "concept_named_qa": 0.55,
    "concepts_to_sentence_template": 0.85, "conversation_gap_fill": 1.7, "correct_answer_write": 1.1,
    "cot_rationale_qa": 0.5, "cot_reverse": 0.5, "counterfactual_story": 1.1, "creative_write_topic": 0.7,
    "defeasible_update": 1.35, "device_troubleshooter": 0.95, "dialogue_property_check": 1.5,
    "dialogue_turn_label": 0.8, "difference_between_pair": 0.7, "discourse_connective_template": 0.95,
    "discourse_type": 0.9, "disfluent_question": 1.25, "entity_category_template": 1.35, "entity_sentiment": 1.05,
    "entity_state_change": 0.7, "essential_terms": 1.1, "event_word_extract": 1.15, "everyday_why": 0.75,
    "explain_process": 1.05, "extractive_qa_template": 1.2, "fact_chain": 1.25, "fact_check_entity": 0.55,
    "fantasy_expert_roleplay": 1.6, "feeling_from_message_template": 1.25, "fictional_character_qa": 0.8,
    "fictional_character_voice": 0.65, "financial_news_template": 0.8, "followup_qa": 1.2, "food_drink_qa": 0.75,
    "foreign_language_task": 1.5, "foreign_text_classify": 0.9, "game_anime_qa": 0.7, "generated_text_judge": 1.2,
    "genre_history_qa": 0.75, "genre_label_sentence": 1.35, "head_tail_relation": 1.6, "headline_article_match": 1.3,
    "headline_humour": 0.85, "headline_same_event_template": 1.35, "health_wellness_qa": 1.15,
    "high_school_math": 0.65, "historical_person_qa": 0.85, "history_event_year_qa": 0.85,
    "holiday_festival_qa": 0.55, "hypothetical_what_if": 0.5, "image_prompt_art_style": 0.85,
    "image_prompt_cinematic_scene": 1.85, "image_prompt_json": 1.5, "image_prompt_portrait_photo": 1.8,
    "image_prompt_writer_persona": 0.75, "improv_yes_and": 0.7, "improved_rewrite_template": 0.9,
    "incorrect_answer_write": 0.75, "integer_list_task": 2.1, "intent_utterance_template": 1.2,
    "legal_case_template": 0.85, "list_named_examples": 1.45, "masked_word_choice": 1.25, "math_mcq": 1.15,
    "math_problem_template": 1.7, "mesh_terms_abstract": 0.5, "motion_entities_template": 1.3,
    "multilingual_review": 1.65, "multiple_choice_context_template": 2.0, "music_style_prompt": 0.6,
    "named_figure_roleplay": 1.25, "natural_feature_qa": 0.5, "negate_statement_template": 0.8,
    "news_topic_template": 1.5, "next_statement": 0.85, "nli_guaranteed_template": 1.95, "nli_must_be_true": 0.9,
    "nli_pair_edit": 0.85, "nli_write_hypothesis": 0.65, "offensive_tweet_template": 2.3,
    "open_source_maintainer": 1.65, "opinion_on_topic": 0.75, "organisation_qa": 0.55, "paper_review_classify": 0.85,
    "paraphrase_pair_template": 0.9, "passage_entity_qa": 0.5, "passage_extract_format": 0.5,
    "passage_question_kinds": 1.7, "persona_arabic": 0.5, "persona_chat_template": 1.35, "persona_italian": 0.5,
    "persona_japanese": 0.5, "persona_korean": 0.5, "persona_multilingual_more": 0.95, "persona_portuguese": 0.6,
    "persona_russian": 0.6, "persona_turkish": 1.2, "personal_assistant_persona": 0.85,
    "placeholder_task_template": 1.3, "poem_from_title": 0.75, "policy_debate_question": 0.85,
    "policy_text_classify": 0.6, "politician_qa": 0.7, "pretend_role_answer": 0.7, "process_effect_template": 0.6,
    "product_qa": 0.5, "profession_gender": 0.6, "prompt_spec_checklist": 0.65, "prompt_spec_markdown": 0.7,
    "pronoun_list": 0.9, "pronoun_reference_template": 0.55, "question_category": 1.05, "question_decompose": 1.05,
    "question_from_answer_template": 1.95, "question_from_fact": 1.5, "question_rewrite": 0.9,
    "quiz_about_entity": 0.5, "rare_language_translate": 2.3, "reading_level_template": 0.8, "recipe_steps": 0.55,
    "reference_text_specific_qa": 1.2, "regard_perception": 0.8, "related_work_template": 0.85,
    "relation_over_facts_template": 0.55, "reply_to_command": 1.5, "research_sentence_role": 0.85,
    "review_sentiment_template": 1.6, "review_set_summary": 1.15, "scenario_roleplay_advice": 1.4,
    "science_question_template": 2.2, "science_term_qa": 0.55, "screen_title_qa": 0.7,
    "search_request_self_contained": 0.9, "sentence_compression_template": 0.95, "sentence_word_check": 0.8,
    "short_casual_question": 0.5, "simpler_sentence_pair_template": 0.6, "situation_background_template": 1.15,
    "ski_resort_qa": 0.5, "small_place_where": 0.75, "social_situation_template": 1.55, "speaker_cot": 0.5,
    "spelled_digits": 0.8, "stance_passage": 1.6, "stance_target_template": 1.25, "star_rating_template": 1.6,
    "stereotype_pair_template": 0.75, "story_claim_check": 0.5, "story_missing_sentence": 1.2,
    "story_motivation": 1.05, "stream_of_consciousness": 1.35, "string_char_ops": 1.3,
    "structured_tool_persona": 0.6, "subject_exam_mcq": 2.1, "summarise_given_paragraph": 0.6,
    "summarize_template": 2.3, "swapped_operators": 1.3, "table_logic_command": 1.35, "table_text_template": 0.6,
    "team_event_qa": 1.3, "tech_tool_qa": 1.15, "template_acceptability_choice": 2.3, "template_cot_slots": 2.3,
    "template_dialog": 2.2, "template_generate": 2.3, "template_inputs_answer": 2.3, "template_misc_tasks": 2.3,
    "template_multi_questions": 1.8, "template_nli": 2.3, "template_pair": 2.3, "template_qa": 2.3,
    "template_reverse": 2.3, "template_same_entity": 1.6, "template_text_fix": 2.3, "template_translate": 2.1,
    "template_word_sense": 1.5, "temporal_category": 1.05, "time_expression_template": 0.8,
    "title_from_text_template": 2.05, "tool_expert_consult": 0.85, "tool_persona_ai": 0.9, "tool_persona_app": 0.95,
    "tool_persona_cloud": 0.5, "tool_persona_data": 1.15, "tool_persona_design": 0.9, "tool_persona_embedded": 0.55,
    "tool_persona_media": 0.5, "tool_persona_money": 0.6, "tool_persona_science": 0.7, "tool_persona_sim": 0.55,
    "town_region_qa": 0.6, "translate_guidelines": 2.25, "translate_numbered_rules": 1.25, "translation_check": 2.3,
    "triples_to_text": 2.15, "trivia_category": 0.8, "tv_trivia_qa": 1.2, "twin_question_flip": 0.85,
    "university_qa": 0.9, "verb_in_context": 0.9, "what_happens_next_template": 1.15, "which_is_pair": 0.55,
    "why_popular": 0.85, "wildlife_where_qa": 0.7, "yes_no_passage_template": 1.55, "yesno_facts_write": 0.9,
})
_BASE_WEIGHTS: dict[str, float] = {
    **{k: w * LEGACY_SHARE / (1 - LEGACY_SHARE) * sum(f.weight for f in FAMILIES)
       / sum(LEGACY_WEIGHTS.values())
       for k, w in LEGACY_WEIGHTS.items()},
    **{f.name: f.weight for f in FAMILIES},
}
FAMILY_WEIGHTS: dict[str, float] = {k: w * MIX.get(k, 1.0) for k, w in _BASE_WEIGHTS.items()}

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
    "persdo": V.PERSONA_ACTIONS, "duty": V.DUTIES + E.EXTRA_DUTIES, "rule": V.RULES + E.EXTRA_RULES,
    "explevel": V.EXPERT_LEVELS,
    "film": E.FILMS, "show": E.TV_SHOWS, "band": E.MUSICIANS, "species": E.SPECIES, "company": E.COMPANIES,
    "landmark": E.LANDMARKS, "hevent": E.HISTORICAL_EVENTS, "invention": E.INVENTIONS,
    "figure": E.HISTORICAL_FIGURES, "celeb": E.CONTEMPORARY_PEOPLE, "club": E.SPORTS_CLUBS, "dish": E.DISHES,
    "instrument": E.INSTRUMENTS, "field": E.FIELDS_OF_KNOWLEDGE, "cprop": E.COUNTRY_PROPERTIES,
    "strategy": E.NEGOTIATION_STRATEGIES, "negitems": E.NEGOTIATION_ITEMS, "biastarget": E.BIAS_TARGETS,
    "construct": E.CODE_CONSTRUCTS, "firstask": E.FIRST_ASKS, "cammove": E.CAMERA_MOVES, "lighting": E.LIGHTING,
    "vidsubj": E.VIDEO_SUBJECTS, "term": E.TERMS + E.MORE_TERMS, "condition": E.CONDITIONS,
    "btopic": E.BRAINSTORM_TOPICS,
    "relname": E.RELATION_NAMES, "sprop": E.SENTENCE_PROPERTIES, "cotq": E.COT_QUESTIONS, "cotp": E.COT_PROBLEMS,
    "entityname": E.NAMED_ENTITIES, "dtime": E.TIME_PHRASES, "deliverable": E.DELIVERABLES,
}

for _k in EXTRA_SLOTS:
    if _k in _SIMPLE or _k in _GROUPS:
        raise ValueError(f"retrieval.families: slot {_k!r} already exists in the generator")
_SIMPLE.update(EXTRA_SLOTS)
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
