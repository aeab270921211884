"""Task families of the embedded default corpus (issue 21): everyday instructions, written for this project.

Owns: `FAMILIES`, the task families beyond the original document-centred ones in `retrieval.generator`. Each
family names what the user hands over (`given`: "a word"), what to do with it (`do`: "count the vowels in the
word"), what to return (`out`: "Answer with a number."), optional explanatory sentences (`note`) and its own
phrasings (`own`: "How many vowels are in \"{word}\"?"). `retrieval.generator` renders a family either through one
of its own phrasings or through a shared frame (`FRAMES`: terse, chatty, "Given ...", "In this task, ...").
Slots in braces (`{word}`, `{x}`, `{country}`) are filled from `retrieval.vocab` by the generator.

Fields are written as one string with `|` between the alternatives, so each family reads on a few lines.
Plain data only; changing it changes the default corpus (and so its fingerprint). The third round's families live
in `families_definitions`, `families_templates`, `families_open` and `families_personas`, which import `F` and
`extend` from here; `retrieval.generator` imports them, so `FAMILIES` is complete once the generator is imported.
"""

from __future__ import annotations

from dataclasses import dataclass


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


def _split(s: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in s.split("|") if x.strip())


FAMILIES: list[Family] = []


def F(name: str, group: str, given: str, do: str, out: str = "", note: str = "", own: str = "",
      mods: str = "tc", weight: float = 1.0, own_share: float = 0.5) -> None:
    FAMILIES.append(Family(name, group, _split(given), _split(do), _split(out), _split(note), _split(own), mods,
                           weight, own_share))


# Shared frames. {given}, {do}/{Do}, {out} and {note} come from the family; an empty piece leaves no gap.
FRAMES: list[str] = [
    "{Do}.",
    "{Do}. {out}",
    "Given {given}, {do}.",
    "Given {given}, {do}. {out}",
    "In this task, you are given {given}. Your task is to {do}.",
    "In this task, you are given {given}. You need to {do}. {out}",
    "In this task, you will be shown {given}. Your job is to {do}. {note} {out}",
    "In this task, you have to {do}. {note}",
    "You are given {given}. {Do}. {out}",
    "You will be given {given}. {Do}.",
    "Please {do}.",
    "Can you {do}?",
    "Could you {do} for me? {out}",
    "I'll give you {given}. Please {do}.",
    "Hi! I have {given} and I need you to {do}. Thanks!",
    "Your task is to {do}. {note} {out}",
    "Task: {Do}. {out}",
    "Here is {given}. {Do}.",
    "I need help with something: {do}.",
    "Instructions: {Do}. {note}",
    "The input is {given}. {Do}. {out}",
    "{Do}. {note}",
    "Definition: In this task, you are given {given}. You must {do}. {note} {out}",
    "Hey, can you help me {do}? {out}",
    ("In this task, you are given {given}. {note} Your task is to {do}. {out} Follow the instructions exactly and do "
     "not add anything else."),
    "You will be given {given}. Your job is to {do}. {note} {out} If the input does not allow an answer, say so.",
    "In this task, you will read {given}. Based on it, {do}. {note} Think about the whole input before you decide. {out}",
    # layouts with a labelled input field, as prompt templates are often written
    "{label}:\n\n{Do}. {out}",
    "{Do}.\n\n{label}:\nAnswer:",
    "Read the {label_low} below and {do}. {out}\n\n{label}:",
    "Q: {Do}. {out}\nA:",
    "{label}:\n\n{Do}.\nOutput:",
    "Input: {label_low}\nTask: {Do}.\nOutput:",
    "{Do}. Think it through step by step before answering. {out}",
    "{Do}. Give your reasoning first and the answer last.",
    "Here is {given}:\n\n{Do}. {out}",
    "{label}:\n{Do}. {note}\nYour answer:",
]

# ---------------------------------------------------------------------------------------------------------------
# Letters and spelling
# ---------------------------------------------------------------------------------------------------------------
F("count_vowels", "letters", "a word|a single English word|a word in lower case",
  "count the vowels in the word|count how many vowels the word contains|find the number of vowels in the word",
  "Answer with a number.|Output only the count.|Return a single integer.",
  "Treat a, e, i, o and u as vowels.|The letter y does not count as a vowel.",
  "Count the vowels in this word.|How many vowels are in the word \"{word}\"?|How many vowels does \"{word}\" have?|"
  "Count the vowels: {word}|vowels in '{word}'?|Tell me how many vowels there are in {word}.")
F("count_letter", "letters", "a word and a letter|a sentence and a character|a string and a letter",
  "count how many times the letter appears in the word|count the occurrences of the given letter|"
  "find how often the character occurs in the sentence",
  "Answer with a number.|Return only the count.",
  "Upper and lower case count as the same letter.",
  "How many times does the letter \"{letter}\" appear in \"{word}\"?|Count the letter {letter} in {word}.|"
  "How many {letter}'s are in the word {word}?|Count how many times '{letter}' occurs in this sentence.")
F("count_consonants", "letters", "a word|a short phrase",
  "count the consonants in the word|count how many consonants the phrase has",
  "Answer with a number.", "Ignore spaces and punctuation.",
  "How many consonants are in \"{word}\"?|Count the consonants in this word.")
F("word_length", "letters", "a word|a list of words",
  "say how many letters the word has|give the length of each word|find the longest word in the list",
  "Answer with a number.|Return one number per word.", "",
  "How many letters are in the word {word}?|What is the longest word in this list?|How long is the word \"{word}\"?|"
  "Which word in the sentence has the most letters?")
F("first_last_letter", "letters", "a word|a list of words|a sentence",
  "give the first letter of the word|write the last letter of each word|"
  "return the first letter of every word in the sentence",
  "Answer with letters only.", "",
  "What is the first letter of \"{word}\"?|What letter does {word} end with?|"
  "Write the first letter of each word in this sentence.|Take the last letter of each word and join them.")
F("spell_backwards", "letters", "a word|a sentence|a string of characters",
  "spell the word backwards|reverse the order of the letters in the word|reverse the string",
  "Output only the reversed text.", "",
  "Spell \"{word}\" backwards.|Reverse this word.|What is {word} spelled backwards?|Write the word {word} in reverse.|"
  "Reverse the letters of each word but keep the word order.|Reverse the order of the words in the sentence.")
F("spell_out", "letters", "a word|a name",
  "spell the word letter by letter|write out each letter of the word separated by hyphens|"
  "spell the word using the NATO phonetic alphabet",
  "", "", "How do you spell {word}?|Spell {word} letter by letter.|Spell out my name in the NATO alphabet.|"
  "Is it spelled \"{word}\" or something else?|Spell the word {word} with dashes between the letters.")
F("alphabetical", "letters", "a list of words|a word|a set of names",
  "sort the words in alphabetical order|arrange the letters of the word in alphabetical order|"
  "put the names in reverse alphabetical order",
  "Return the sorted list, comma separated.|Output one item per line.", "",
  "Sort these words alphabetically.|Alphabetize this list.|Put these names in alphabetical order: {name}, {name2}, "
  "{person}.|Arrange the following words in alphabetical order: {noun}, {adj}, {verb}, {word}.|"
  "Which comes first in the dictionary, \"{word}\" or \"{noun}\"?")
F("anagram", "letters", "two words|a word|a pair of strings|a scrambled word",
  "decide whether the two words are anagrams of each other|find an anagram of the word|"
  "unscramble the letters to form a real word|rearrange the letters into a common English word",
  "Answer yes or no.|Return only the word.", "An anagram uses exactly the same letters, each once.",
  "Are \"listen\" and \"silent\" anagrams?|Unscramble this word.|Give me an anagram of \"{word}\".|"
  "Are these two words anagrams? Answer yes or no.|Make as many words as you can from the letters of \"{word}\".")
F("palindrome", "letters", "a word|a sentence|a number",
  "check whether the word is a palindrome|decide if the text reads the same forwards and backwards|"
  "find the longest palindrome in the sentence",
  "Answer yes or no.|Answer True or False.", "Ignore spaces, punctuation and capital letters.",
  "Is \"{word}\" a palindrome?|Is this a palindrome?|Give me five palindromes.|Write a sentence that is a palindrome.")
F("remove_letters", "letters", "a word|a sentence|a string",
  "remove all the vowels from the word|delete every occurrence of the given letter|"
  "remove the duplicate letters from the string|replace every vowel in the sentence with an asterisk",
  "Return the new string only.", "",
  "Remove the vowels from \"{word}\".|Delete the letter \"{letter}\" from this sentence.|"
  "Remove all duplicate characters from this string.|Replace each vowel with a star.")
F("letter_position", "letters", "a letter|a word and a position|a word",
  "give the position of the letter in the alphabet|return the letter at the given position in the word|"
  "find the index of the first occurrence of the letter",
  "Answer with a number.|Answer with one letter.", "Positions start at 1.",
  "What number is the letter {letter} in the alphabet?|What is the third letter of \"{word}\"?|"
  "Which letter comes after {letter} in the alphabet?|What letter comes two places before {letter}?")
F("syllables", "letters", "a word|a line of poetry|a sentence",
  "count the syllables in the word|split the word into syllables|count the syllables in each line",
  "Answer with a number.", "",
  "How many syllables are in \"{word}\"?|Break {word} into syllables.|Count the syllables in each line of this poem.|"
  "Does this haiku have the right number of syllables?")
F("capitalisation", "letters", "a sentence|a word|a title|a paragraph in lower case",
  "convert the text to upper case|write the title in title case|capitalise the first letter of every sentence|"
  "convert the sentence to lower case|fix the capitalisation of the text",
  "Output only the converted text.", "",
  "Make this all caps.|Convert to lowercase.|Capitalize this title properly.|Fix the capital letters in the sentence above.|"
  "Put \"{word}\" in upper case.|Change this sentence to sentence case.|Fix the capital letters in this paragraph.")
F("words_with_letter", "letters", "a letter|a letter and a number|a pattern",
  "list words that start with the letter|give words that end with the letter|"
  "list words that contain the letter twice|give English words that match the pattern",
  "Return a comma-separated list.", "",
  "Give me {n} words that start with \"{letter}\".|List words ending in \"{letter}\".|"
  "Name {n} animals that begin with the letter {letter}.|What are some five-letter words that start with {letter}?|"
  "List {n} fruits whose names start with {letter}.")
F("hidden_words", "letters", "a word|a long word|a sentence",
  "find the smaller words hidden inside the word|list every English word you can make from its letters",
  "Return a list.", "",
  "What words can you make out of the letters in \"{word}\"?|Find the hidden words inside \"{word}\".")

# ---------------------------------------------------------------------------------------------------------------
# Word-level transformations
# ---------------------------------------------------------------------------------------------------------------
F("plural", "words", "a noun|a singular noun|a list of nouns",
  "give the plural form of the noun|write the plural of each noun|turn the singular noun into its plural",
  "Output only the plural.|Return one plural per line.", "Some nouns have irregular plurals.",
  "What is the plural of \"{noun}\"?|Plural of {noun}?|Make these nouns plural.|What's the plural form of {noun}?|"
  "Is the plural of {noun} regular or irregular?|Write the singular form of each plural noun.")
F("verb_tense", "words", "a verb|a verb in the present tense|a list of verbs",
  "give the past tense of the verb|write the past participle of the verb|give the present participle of the verb|"
  "conjugate the verb in the present tense|give the simple past and past participle of each verb",
  "Output only the verb form.", "Watch out for irregular verbs.",
  "What is the past tense of \"{verb}\"?|Past tense of {verb}?|Conjugate \"{verb}\" in the present tense.|"
  "What is the past participle of {verb}?|Give me the -ing form of {verb}.|Conjugate {verb} in {lang}.|"
  "Is \"{verb}\" a regular or an irregular verb?")
F("tense_change", "words", "a sentence|a short paragraph|a sentence in the present tense",
  "rewrite the sentence in the past tense|change the sentence to the future tense|"
  "convert the paragraph from past to present tense|rewrite the sentence in the present perfect",
  "Output only the rewritten sentence.", "Keep everything else the same.",
  "Change this sentence to the past tense.|Put this in the future tense.|Rewrite the paragraph in the present tense.|"
  "Convert this text to past tense.")
F("comparative", "words", "an adjective|a list of adjectives",
  "give the comparative and superlative forms of the adjective|write the superlative of the adjective|"
  "give the comparative form of each adjective",
  "Output only the forms.", "",
  "What is the comparative of \"{adj}\"?|Superlative of {adj}?|Give the comparative and superlative of {adj}.|"
  "Is it \"more {adj}\" or \"{adj}er\"?")
F("antonym", "words", "a word|an adjective|a verb|a list of words",
  "give the antonym of the word|write a word that means the opposite|give the opposite of each word",
  "Answer with one word.|Output only the antonym.", "An antonym is a word with the opposite meaning.",
  "What is the opposite of \"{adj}\"?|Give me an antonym for {adj}.|Antonym of {word}?|"
  "What's the opposite of {verb}?|Write the antonym of each of these words.|Opposite of \"{adj}\"?")
F("synonym", "words", "a word|an adjective|a sentence and a highlighted word",
  "give a synonym of the word|list {n} synonyms for the word|replace the highlighted word with a synonym|"
  "suggest a more precise word for the word",
  "Answer with one word.|Return a comma-separated list.", "A synonym is a word with the same or nearly the same meaning.",
  "What is another word for \"{adj}\"?|Give me a synonym for {word}.|Synonyms for {adj}?|"
  "List {n} words that mean the same as {adj}.|What's a fancier word for \"{adj}\"?|Suggest a better word than \"good\".")
F("part_of_speech", "words", "a word|a sentence|a sentence and a word in it",
  "identify the part of speech of the word|label each word in the sentence with its part of speech|"
  "decide whether the word is a noun, verb, adjective or adverb|find all the nouns in the sentence|"
  "list the verbs in the sentence",
  "Answer with the part of speech only.|Return word/tag pairs.", "Use the usual tags: noun, verb, adjective, adverb, "
  "pronoun, preposition, conjunction, determiner.",
  "What part of speech is \"{word}\"?|Is {word} a noun or a verb?|Find the adjectives in this sentence.|"
  "Identify the verbs in the following sentence.|Tag each word with its part of speech.|What is the subject of this sentence?")
F("definition", "words", "a word|a term|an idiom|a phrase",
  "give a short definition of the word|explain what the idiom means|define the term in plain language|"
  "explain the meaning of the phrase and give an example",
  "Answer in one sentence.", "",
  "What does \"{word}\" mean?|Define {word}.|What is the meaning of the idiom \"break the ice\"?|"
  "Define the following term.|What does it mean when someone says they are \"under the weather\"?|"
  "Explain the meaning of this phrase.|Meaning of {word}?|What's the definition of {concept}?")
F("use_in_sentence", "words", "a word|a list of words|a new vocabulary word|an idiom",
  "use the word in a sentence|write one sentence that uses all the words|"
  "write an example sentence that shows what the word means",
  "Output only the sentence.", "",
  "Use \"{word}\" in a sentence.|Make a sentence with the word {adj}.|Write a sentence using the words {noun}, {verb} and {adj}.|"
  "Can you use {word} in a sentence?|Write a sentence that contains these words: {noun}, {noun2}, {adj}.|"
  "Create a sentence using the word \"{word}\" as a verb.")
F("word_forms", "words", "a word|a verb|an adjective|a noun",
  "give the noun form of the verb|turn the adjective into an adverb|write the adjective form of the noun|"
  "list the other forms of the word|add a prefix to make the opposite",
  "Output only the new word.", "",
  "What is the noun form of \"{verb}\"?|Turn \"{adj}\" into an adverb.|What is the adjective form of {noun}?|"
  "Add a prefix to make the opposite of \"{adj}\".|What's the adverb of {adj}?")
F("word_category", "words", "a word|a list of words|a set of words",
  "give a broader category that the word belongs to|name the category the words have in common|"
  "give a more specific word for the word",
  "Answer with one word.", "",
  "What category does \"{noun}\" belong to?|What do these words have in common?|"
  "What kind of thing is a {noun}?|Name a type of {cat}.|Give me a more specific word for \"animal\".")
F("odd_one_out", "words", "a list of words|a set of items|four words",
  "find the word that does not belong with the others|pick the odd one out and explain why|"
  "identify the item that is different from the rest",
  "Answer with the word only.|Give the word and a one-line reason.", "",
  "Which word doesn't belong: {members}?|Find the odd one out: {members}, {word}.|Which one is different and why?|"
  "Odd one out: {noun}, {noun2}, {animal}, {food}.")
F("abbreviations", "words", "an abbreviation|an acronym|a phrase|a list of terms",
  "expand the abbreviation|say what the acronym stands for|make an acronym from the phrase|"
  "write the standard abbreviation for each term",
  "Answer with the expansion only.", "",
  "What does NASA stand for?|What is the full form of GDP?|Expand these abbreviations.|What does \"etc.\" mean?|"
  "Create an acronym for this phrase.|What does the abbreviation {fmtabbr} stand for?")
F("contractions", "words", "a sentence|a text|a paragraph",
  "expand every contraction in the sentence|replace the full forms with contractions|list the contractions in the text",
  "Output only the rewritten text.", "",
  "Expand the contractions in this sentence.|Use contractions to make this text sound casual.|"
  "What is the contraction of \"do not\"?|Rewrite without contractions.")
F("translate_word", "words", "a word|a word in {lang}|a short phrase",
  "translate the word into {lang2}|give the {lang2} word for the word|translate the phrase into {lang2} and explain it",
  "Answer with the translation only.", "",
  "How do you say \"{noun}\" in {lang2}?|What is \"{noun}\" in {lang2}?|Translate \"{word}\" to {lang2}.|"
  "What's the {lang2} word for {noun}?|How do I say \"thank you\" in {lang2}?|How do you say \"good morning\" in {lang2}?")
F("homophones", "words", "a word|a pair of words|a sentence",
  "give a homophone of the word|explain the difference between the two words|"
  "pick the correct word for the sentence|find the misused homophone in the sentence",
  "", "Homophones sound the same but are spelled differently.",
  "What is the difference between \"their\", \"there\" and \"they're\"?|Affect or effect?|"
  "When do I use \"its\" and when \"it's\"?|Give me a homophone of \"{word}\".|Should it be \"your\" or \"you're\" here?")
F("compound_words", "words", "two words|a word|a list of words",
  "join the two words into a compound word|split the compound word into its parts|"
  "list compound words that start with the word",
  "Output only the words.", "", "Make a compound word with \"{noun}\".|Split \"{noun}\" into its parts.|"
  "List compound words that contain \"sun\".")

# ---------------------------------------------------------------------------------------------------------------
# Rhymes and wordplay
# ---------------------------------------------------------------------------------------------------------------
F("rhymes", "wordplay", "a word|two words|a line of a poem",
  "list words that rhyme with the word|decide whether the two words rhyme|"
  "write a line that rhymes with the line|find a rhyme for the last word of the line",
  "Answer yes or no.|Return a comma-separated list.", "",
  "What rhymes with \"{word}\"?|Give me {n} words that rhyme with {noun}.|Do \"{noun}\" and \"{noun2}\" rhyme?|"
  "Words that rhyme with {adj}?|Find a rhyme for orange.|Write a couplet that ends in \"{noun}\".")
F("puns_jokes", "wordplay", "a topic|a word|a profession",
  "write a pun about the topic|tell a joke about the word|make a play on words with the word|"
  "write a dad joke about the profession",
  "", "", "Tell me a joke about {animal}s.|Make a pun about {food}.|Tell me a dad joke.|"
  "Write a knock-knock joke about {noun}s.|Make a pun using the word \"{word}\".|Tell me a joke about {plang} programmers.|"
  "Do you know any good jokes about {sport}?|Explain why this joke is funny.")
F("tongue_twister", "wordplay", "a letter|a topic|a sound",
  "write a tongue twister with the letter|create a tongue twister about the topic|write an alliterative sentence",
  "", "Every important word should start with the same sound.",
  "Write a tongue twister about {animal}s.|Make up a tongue twister with the letter {letter}.|"
  "Write an alliterative sentence about {food}.|Give me a tongue twister for kids.")
F("riddles", "wordplay", "a riddle|an object|an answer",
  "answer the riddle|write a riddle whose answer is the object|explain the answer to the riddle",
  "Answer with one word.", "",
  "What has keys but can't open locks?|Solve this riddle.|Write a riddle about a {noun}.|"
  "Make a riddle where the answer is \"{noun}\".|Give me a riddle for children and its answer.")
F("acrostic", "wordplay", "a word|a name|a theme",
  "write an acrostic poem using the word|write a poem whose lines start with the letters of the name",
  "", "", "Write an acrostic poem for the name {name}.|Acrostic poem: {noun}.|Write an acrostic about {theme}.")
F("word_games", "wordplay", "a word|two words|a category|a letter",
  "change one letter at a time to get from the first word to the second|"
  "make a portmanteau of the two words|play a round of twenty questions about the category|"
  "think of a word and let me guess it with yes/no questions",
  "", "", "Let's play twenty questions. You think of an animal.|Make a word ladder from \"cold\" to \"warm\".|"
  "Combine \"{noun}\" and \"{noun2}\" into a funny new word.|Let's play hangman.|Play a word association game with me.|"
  "Give me a crossword clue for \"{word}\".")
F("limerick_haiku", "wordplay", "a topic|a subject|an animal",
  "write a limerick about the topic|write a haiku about the subject|write a short rhyming verse about the animal",
  "", "A haiku has three lines of five, seven and five syllables.|A limerick has five lines with an AABBA rhyme.",
  "Write a haiku about {thing}.|Write a limerick about a {animal}.|Haiku about {food}, please.|"
  "Write a funny limerick about {person}.|Write a sonnet about {theme}.|Write a haiku about autumn.",
  mods="tc")

# ---------------------------------------------------------------------------------------------------------------
# Arithmetic and counting
# ---------------------------------------------------------------------------------------------------------------
F("add_subtract", "arithmetic", "two numbers|a list of numbers|an addition problem|a subtraction problem",
  "add the numbers|subtract the second number from the first|compute the sum of the numbers|"
  "find the difference between the two numbers",
  "Answer with a number.|Output only the result.", "",
  "What is {x} + {y}?|What is {x} minus {y}?|Add {x} and {y}.|{x} + {y} = ?|Calculate {x} - {y}.|"
  "What's the sum of {x}, {y} and {z}?|Subtract {y} from {x}.")
F("multiply_divide", "arithmetic", "two numbers|a multiplication problem|a division problem",
  "multiply the two numbers|divide the first number by the second|compute the product|"
  "find the quotient and the remainder",
  "Answer with a number.|Round to two decimal places.", "",
  "What is {x} times {y}?|What is {x} divided by {y}?|Multiply {x} by {y}.|{x} x {y}?|"
  "Calculate {x} / {y}.|What is the remainder when {x} is divided by {y}?|What is {x} * {y}?")
F("percent", "arithmetic", "a number and a percentage|a price and a discount|two values",
  "compute the percentage of the number|work out the price after the discount|"
  "calculate the percentage change between the two values|work out a {pct} tip on the bill",
  "Answer with a number.", "",
  "What is {pct} of {x}?|What is {x} increased by {pct}?|A jacket costs ${x} and is {pct} off. What is the sale price?|"
  "How much is a {pct} tip on a ${x} bill?|What percentage of {y} is {x}?|What is the percentage change from {x} to {y}?")
F("powers_roots", "arithmetic", "a number|two numbers|an expression",
  "square the number|compute the square root of the number|raise the first number to the power of the second|"
  "compute the cube of the number",
  "Answer with a number.|Round to three decimal places.", "",
  "What is the square root of {x}?|What is {x} squared?|What is {n} to the power of {n2}?|Calculate 2^10.|"
  "What is the cube root of 27?|Is {x} a perfect square?")
F("number_properties", "arithmetic", "a number|an integer|a list of integers",
  "decide whether the number is prime|check whether the number is even or odd|"
  "list the factors of the number|find the prime factorisation of the number|"
  "decide whether the number is divisible by 3",
  "Answer yes or no.|Answer \"even\" or \"odd\".", "A prime number has exactly two divisors, 1 and itself.",
  "Is {x} a prime number?|Is {x} even or odd?|What are the factors of {x}?|List the prime numbers below {y}.|"
  "Is {x} divisible by {n}?|What is the prime factorization of {x}?|Remove all the even numbers from this list.")
F("gcd_lcm", "arithmetic", "two numbers|a list of integers",
  "find the greatest common divisor of the numbers|find the least common multiple of the numbers",
  "Answer with a number.", "", "What is the GCD of {x} and {y}?|Find the LCM of {x} and {y}.|"
  "What is the greatest common factor of {x} and {y}?")
F("fractions_decimals", "arithmetic", "a fraction|a decimal number|two fractions",
  "simplify the fraction|convert the decimal to a fraction|convert the fraction to a percentage|"
  "add the two fractions and simplify the result",
  "Give the answer in lowest terms.", "",
  "Simplify {x}/{y}.|What is 0.75 as a fraction?|Convert 3/8 to a decimal.|What is 1/3 + 1/4?|"
  "Which is bigger, 2/3 or 3/5?|Write {pct} as a fraction.")
F("rounding", "arithmetic", "a number|a decimal number|a list of numbers",
  "round the number to the nearest whole number|round the number to two decimal places|"
  "round each number to the nearest ten",
  "Output only the rounded number.", "",
  "Round {x}.{y} to the nearest whole number.|Round 3.14159 to two decimal places.|Round {x} to the nearest hundred.")
F("statistics_list", "arithmetic", "a list of numbers|a set of test scores|a list of prices",
  "compute the average of the numbers|find the median of the list|find the largest and the smallest number|"
  "compute the mean, median and mode|compute the range of the list|compute the standard deviation",
  "Answer with a number.|Round to two decimals.", "",
  "What is the average of {x}, {y} and {z}?|Find the median of this list.|What is the biggest number in this list?|"
  "Calculate the mean of these scores.|What is the mode of these numbers?|Find the maximum and minimum values.")
F("sort_numbers", "arithmetic", "a list of numbers|a list of integers|a set of prices",
  "sort the numbers in ascending order|sort the list from largest to smallest|"
  "return the numbers in descending order|find the second largest number",
  "Return the sorted list in brackets.|Output a comma-separated list.", "",
  "Sort these numbers from smallest to largest: {x}, {y}, {z}.|Order these numbers.|Sort the list in descending order.|"
  "Put these prices in order from cheapest to most expensive.")
F("counting", "arithmetic", "a list of items|a sentence|a paragraph|a list",
  "count the items in the list|count the words in the sentence|count the sentences in the paragraph|"
  "count how many times each word appears|count how many items are longer than five letters|"
  "count the number of unique words",
  "Answer with a number.", "",
  "How many words are in this sentence?|Count the items in this list.|How many sentences are in this paragraph?|"
  "How many times does the word \"{word}\" appear in the text?|Count the words.|How many {cat}s are in this list?|"
  "Count the number of commas in this text.")
F("word_problem", "arithmetic", "a math word problem|a short story problem|a problem about money|a problem about time",
  "solve the word problem|work out the answer step by step|solve the problem and report only the final number|"
  "decide which operations are needed and compute the answer",
  "Give the final answer as a number.|Show your working, then the answer.",
  "You may need addition, subtraction, multiplication or division.",
  "{name} has {x} apples and gives {n} to {name2}. How many apples does {name} have left?|"
  "If a train travels {x} km in {n} hours, what is its average speed?|"
  "{name} buys {n} notebooks at ${n2} each. How much does {name} spend?|"
  "A recipe needs {n} eggs for {n2} people. How many eggs for {x} people?|"
  "{name} is {n} years older than {name2}, who is {x}. How old is {name}?|"
  "How many minutes are there in {n} hours?|If I save ${x} a month, how long until I have ${y}0?|"
  "There are {x} students and each bus holds {n}. How many buses are needed?")
F("algebra", "arithmetic", "an equation|a linear equation|a system of two equations|an expression",
  "solve the equation for x|find the value of the variable|simplify the expression|solve the system of equations|"
  "factor the expression",
  "Give the value of x only.|Show each step.", "",
  "Solve for x: {n}x + {y} = {x}.|What is x if 2x - 3 = 11?|Simplify (x + 2)(x - 2).|Factor x^2 + 5x + 6.|"
  "Solve the system: x + y = {x}, x - y = {n}.|Differentiate x^3 + 2x.|What is the derivative of sin(x)?|"
  "Integrate 2x from 0 to {n}.")
F("geometry", "arithmetic", "a shape and its measurements|a circle's radius|a triangle's sides|a rectangle",
  "compute the area of the shape|compute the perimeter|compute the volume|find the missing angle|"
  "find the hypotenuse of the right triangle",
  "Answer with a number and its unit.", "",
  "What is the area of a {shape} with side {n} cm?|What is the area of a circle with radius {n}?|"
  "How do I find the volume of a {shape}?|A rectangle is {n} m by {x} m. What is its perimeter?|"
  "What is the hypotenuse of a right triangle with legs 3 and 4?|How many degrees are in a triangle?")
F("unit_conversion", "arithmetic", "a quantity|a temperature|a distance|an amount of money",
  "convert the quantity from {unit} to {unit2}|convert the value into {unit2}|"
  "convert the temperature and round to one decimal",
  "Answer with a number and its unit.", "",
  "Convert {x} {unit} to {unit2}.|How many {unit2} is {x} {unit}?|What is {x} degrees Fahrenheit in Celsius?|"
  "How many ounces are in a pound?|How many seconds are in a day?|How many cups are in a litre?")
F("number_formats", "arithmetic", "a number|a number in words|a Roman numeral|a binary number",
  "write the number in words|convert the number to Roman numerals|convert the binary number to decimal|"
  "convert the decimal number to binary|convert the number to hexadecimal|write the words as a number",
  "Output only the converted number.", "",
  "Write {x} in words.|What is {x} in Roman numerals?|What is XIV in numbers?|Convert {x} to binary.|"
  "What is 1011 in decimal?|Convert 255 to hexadecimal.|Write \"three hundred and twelve\" as digits.")
F("sequences", "arithmetic", "a sequence of numbers|a number pattern|the start of a series",
  "find the next number in the sequence|describe the rule of the pattern|fill in the missing number",
  "Answer with a number.", "",
  "What comes next: 2, 4, 8, 16, ...?|Find the next number: {n}, {n2}, {x}, ...|What is the pattern?|"
  "What is the 10th Fibonacci number?|List the first {n} square numbers.|Fill in the missing number in the sequence.")
F("dates_times", "arithmetic", "two dates|a time and a duration|a date|two times",
  "compute the number of days between the dates|add the duration to the time|say which day of the week the date is|"
  "compute how long it is between the two times|convert the time to the 24-hour clock",
  "Answer with a number of days.|Answer with a time.", "",
  "How many days are there between March 3 and April 15?|What time will it be {n} hours after 9:30 am?|"
  "What day of the week was January 1, 2000?|Convert 7:45 pm to 24-hour time.|How long is it from 10:15 to 13:40?|"
  "If it is 3 pm in London, what time is it in Tokyo?|How many weeks are there in a year?")
F("probability", "arithmetic", "a probability question|a description of a game|a set of outcomes",
  "compute the probability|work out the expected value|count the possible outcomes|"
  "compute the number of ways to arrange the items",
  "Give the answer as a fraction.", "",
  "What is the probability of rolling a six on a fair die?|If I flip {n} coins, what is the chance of all heads?|"
  "How many ways can {n} people sit in a row?|What are the odds of drawing an ace from a deck of cards?|"
  "How many combinations of {n} items from {x} are there?")
F("compare_numbers", "arithmetic", "two numbers|two quantities|two prices",
  "say which number is larger|decide whether the first number is greater than, less than or equal to the second|"
  "say which option is the better deal",
  "Answer with the larger number.|Answer \">\", \"<\" or \"=\".", "",
  "Which is bigger, {x} or {y}?|Is {x} greater than {y}?|Which is more, 0.5 or 0.45?|"
  "Which is the better deal: {n} for ${x} or {n2} for ${y}?|Is a kilogram heavier than a pound?")

# ---------------------------------------------------------------------------------------------------------------
# Comparisons
# ---------------------------------------------------------------------------------------------------------------
F("compare_things", "comparison", "two things|two products|two ideas|two places",
  "compare the two things|explain the differences between the two|list what the two have in common|"
  "compare the two and recommend one",
  "Answer in a table with one column per item.|Give a short paragraph.", "",
  "What is the difference between {animal} and {animal2}?|Compare {city} and {city2} as places to live.|"
  "{plang} vs {plang2}: which should I learn first?|What's the difference between weather and climate?|"
  "How is {sport} different from {sport2}?|Compare {thing} and {thing2}.|Which is healthier, {food} or {food2}?|"
  "What are the similarities between {person} and {person2}?|Is a {noun} bigger than a {noun2}?")
F("pros_cons", "comparison", "a decision|an option|a technology|a policy",
  "list the pros and cons of the option|give the advantages and disadvantages|weigh the arguments for and against",
  "Use two bulleted lists.", "",
  "What are the pros and cons of {debate}?|Give me the advantages and disadvantages of living in {city}.|"
  "Pros and cons of learning {plang}?|Should I buy or rent a home? List the pros and cons.|"
  "What are the benefits and drawbacks of {thing}?|Is it better to {hobby} alone or with a group?")
F("rank_items", "comparison", "a list of items|a list of options|a set of choices",
  "rank the items from best to worst|order the options by how well they fit the goal|"
  "sort the items by size|order the events chronologically",
  "Return a numbered list.", "",
  "Rank these {cat}s by size.|Order these events from oldest to newest.|Rank these cities by population.|"
  "Which of these is the fastest animal: {animal}, {animal2} or {animal3}?|Sort these planets by distance from the sun.|"
  "Rank the following from most to least important.")
F("choose_option", "comparison", "a question and several options|a goal and a list of options|a situation and choices",
  "choose the best option|pick the option that fits the goal best and explain why|"
  "select the most suitable answer",
  "Answer with the letter of the option.|Answer with A, B, C or D.", "",
  "Which should I choose for {event}: A or B?|I can't decide between {food} and {food2} for dinner. Help me choose.|"
  "Which is the best answer? A, B, C or D.|Pick the correct option.|Choose the best answer to the question.")
F("similarity", "comparison", "two sentences|a pair of texts|two questions",
  "rate how similar the two sentences are in meaning|decide whether the two sentences mean the same thing|"
  "decide whether the two questions ask the same thing|score the semantic similarity from 0 to 5",
  "Answer yes or no.|Give a score from 0 to 5.", "0 means completely different and 5 means the same meaning.",
  "Do these two sentences mean the same thing?|Are these two questions duplicates?|How similar are these sentences?|"
  "Is the second sentence a paraphrase of the first?|Check whether the two say the same thing.|Sentence 1:\nSentence 2:\nDo these two sentences mean the same thing? Options: yes, no.|Question 1:\nQuestion 2:\nWould one answer satisfy both questions?|Score how close in meaning these two sentences are, from 0 (unrelated) to 5 (same meaning).\nSentence A:\nSentence B:")

# ---------------------------------------------------------------------------------------------------------------
# Reasoning and common sense
# ---------------------------------------------------------------------------------------------------------------
F("commonsense_choice", "reasoning", "a question about everyday life|a situation and two possible answers",
  "choose the answer that makes most sense|pick the most plausible option using common sense|"
  "answer the question using everyday knowledge",
  "Answer with the option's letter.|Answer \"1\" or \"2\".", "",
  "Where would you most likely find a {noun}?|What do people usually use a {noun} for?|"
  "Which is more likely to be found in a kitchen: a {noun} or a {noun2}?|What would you do if you lost your {noun}?|"
  "Why do people wear coats in winter?|Can a {animal} swim?|Question:\nChoices:\nUse common sense to pick the best answer.\nAnswer:|Goal:\nSolution 1:\nSolution 2:\nWhich solution works better?")
F("cause_effect", "reasoning", "two sentences|an event|a premise and two alternatives|a statement",
  "say whether the second sentence explains why the first happened or follows from it|give a likely cause of the event|"
  "predict a likely effect of the event|choose the more plausible cause",
  "Answer \"cause\" or \"effect\".|Answer with 1 or 2.", "",
  "What could cause {thing} to stop working?|What happens if you leave milk out overnight?|"
  "The ground is wet. What is the most likely cause?|What are the effects of {thing} on society?|"
  "Why did the {noun} break?")
F("what_next", "reasoning", "the start of a story|a short context|a sentence describing an event",
  "predict what happens next|choose the most likely continuation|write the sentence that comes next|"
  "pick the ending that fits the story",
  "Answer with one sentence.|Answer with the number of the ending.", "",
  "What happens next?|How does this story most likely end?|Continue the story with one sentence.|"
  "Which ending makes the most sense?|What will the person probably do next?|How does the description likely end?|Context:\nWhat happens next? Choose the most likely ending.\nOptions:|Story:\nHow does the story end?\n(a)\n(b)\n(c)\n(d)")
F("analogies", "reasoning", "an analogy with a missing word|two related words and a third word",
  "complete the analogy|find the word that completes the relationship|explain the relationship in the analogy",
  "Answer with one word.", "The analogy has the form A : B :: C : ?.",
  "Hand is to glove as foot is to what?|Complete the analogy: {noun} is to {noun2} as {noun3} is to ...|"
  "Bird is to nest as bee is to?|Finish the analogy.")
F("event_properties", "reasoning", "a sentence describing an event|an event|two events",
  "estimate how long the event usually lasts|say how often the event usually happens|"
  "decide which event happened first|say whether the event is still happening",
  "Answer with a duration.|Answer \"first\" or \"second\".", "",
  "How long does it take to brush your teeth?|How often do people usually go to the dentist?|"
  "Which came first, {thing} or {thing2}?|How long does a typical {event} last?|"
  "Put these events in the order they happen.")
F("intent_reaction", "reasoning", "an event involving a person|a short story about someone|a situation",
  "guess why the person did it|describe how the person probably feels|"
  "say what the person needed to do beforehand|say what others will probably think of the person",
  "Answer with a short phrase.", "The person is called PersonX in the input.",
  "{name} gave {name2} a present. Why?|How would you feel if your friend forgot your birthday?|"
  "Why would someone leave a party early?|How does {name} probably feel after losing the match?|"
  "What did {name} need to do before going on holiday?")
F("plausibility", "reasoning", "a sentence|a statement|two sentences",
  "decide whether the sentence makes sense|say which of the two sentences is against common sense|"
  "decide whether the statement is plausible",
  "Answer yes or no.|Answer with the sentence's number.", "",
  "Does this sentence make sense?|Which sentence is nonsensical?|Is it possible to {verb} a {noun}?|"
  "Is this statement plausible or implausible?|Could a {animal} fit inside a {noun}?")
F("counterfactual", "reasoning", "a hypothetical situation|a what-if question|a scenario",
  "explain what would happen in the hypothetical situation|reason about the consequences of the scenario|"
  "describe how the world would be different",
  "", "",
  "What would happen if the moon disappeared?|What if {person} had been born today?|"
  "What would the world be like without {thing}?|What would happen if everyone stopped using money?|"
  "What if humans could breathe underwater?|What would you do if you won the lottery?|What would daily life be like inside a black hole?")
F("puzzles", "reasoning", "a puzzle|a brain teaser|a lateral thinking question|a trick question",
  "solve the puzzle|explain the answer to the brain teaser|find the catch in the question",
  "Explain your reasoning, then give the answer.", "",
  "{name}'s mother has three children: April, May and who?|A bat and a ball cost $1.10 in total. How much is the ball?|"
  "How can you drop an egg on a concrete floor without cracking it?|Solve this brain teaser.|"
  "What weighs more, a kilo of feathers or a kilo of bricks?|Solve this riddle step by step.")
F("step_by_step", "reasoning", "a question|a problem|a multi-step question",
  "answer the question step by step|reason through the problem before answering|"
  "give the rationale first and then the final answer|break the problem into steps and solve each one",
  "Put the final answer on its own line.", "",
  "Take it one step at a time.|Think carefully and show your reasoning.|Lay out your reasoning in steps, then give the final answer.|"
  "Explain your reasoning before you answer.|Answer the question and justify the answer.|"
  "Solve this problem. Explain each step.|Work this out step by step and give the final answer.|Q:\nA: One step at a time:|Question:\nReasoning:\nAnswer:|Question:\nBefore answering, write down your thoughts as they come:|Answer the question below. Give the rationale first, then the final answer.\nQuestion:")
F("fill_blank", "reasoning", "a sentence with a blank|a passage with a missing word|a sentence with a mask",
  "fill in the blank with the best word|put the right word where the mask is|choose the word that fits the blank",
  "Answer with one word.|Output only the missing word.", "The blank is marked with an underscore.",
  "Fill in the blank: The {noun} was too ___ to carry.|Which word should replace the mask?|"
  "Complete the sentence.|What word is missing?|Fill in the gap with the right preposition.|Sentence:\nFill in the blank:\nOptions:|Complete the sentence with the correct option.\nSentence:\nOption 1:\nOption 2:")

# ---------------------------------------------------------------------------------------------------------------
# Formal logic
# ---------------------------------------------------------------------------------------------------------------
F("syllogism", "logic", "two premises and a conclusion|a short argument|a set of statements",
  "decide whether the conclusion follows from the premises|check whether the argument is valid|"
  "say what can be concluded from the statements",
  "Answer \"valid\" or \"invalid\".|Answer yes or no.", "An argument is valid when the conclusion must be true if "
  "the premises are true.",
  "All {animal}s are animals. Some animals are black. Are some {animal}s black?|Is this argument valid?|"
  "If all A are B and all B are C, are all A C?|What can we conclude from these premises?")
F("entailment", "logic", "a premise and a hypothesis|two sentences|a paragraph and a claim",
  "decide whether the premise entails the hypothesis|say whether the hypothesis is true, false or undetermined given the premise|"
  "decide whether the second sentence follows from the first|decide whether the claim can be concluded from the paragraph",
  "Answer \"entailment\", \"contradiction\" or \"neutral\".|Answer yes, no or it is not possible to tell.",
  "Entailment means the hypothesis must be true if the premise is true.",
  "Going only by the paragraph above, must the sentence below be true?|"
  "Does the premise entail the hypothesis?|If the first sentence is true, is the second sentence true?|"
  "Can we infer the following from the text?|Is the hypothesis entailed by the premise?|"
  "Read the text and decide whether the statement follows from it.|Does this mean that the statement is true?|Premise:\nHypothesis:\nIs the hypothesis guaranteed by the premise? Options: yes, no, it is not possible to tell.|Read the premise and decide if the hypothesis is true.\n\nPremise:\nHypothesis:\nAnswer:|Context:\n\nHypothesis:\n\nCan we draw the hypothesis from the context? Choose from the options.|Sentence 1:\nSentence 2:\nIf sentence 1 is true, is sentence 2 true? yes, no or maybe?")
F("contradiction", "logic", "two statements|a statement and three sentences|a text",
  "decide whether the two statements contradict each other|find the sentence that disagrees with the statement|"
  "point out any contradictions in the text",
  "Answer yes or no.|Answer with 1, 2 or 3.", "",
  "Do these two sentences contradict each other?|Which sentence disagrees with the statement?|"
  "Are these statements consistent?|Find the contradiction in this story.")
F("boolean_logic", "logic", "a boolean expression|a logical formula|a statement with and, or and not",
  "evaluate the boolean expression|write the truth table of the formula|simplify the logical expression|"
  "write the negation of the statement|write the contrapositive of the statement",
  "Answer True or False.|Return the table in Markdown.", "",
  "What is True and not False?|Write the truth table for A and (B or not C).|Negate this statement.|"
  "What is the contrapositive of \"if it rains, the ground is wet\"?|Evaluate: not (True or False) and True.|"
  "Is (p -> q) equivalent to (not q -> not p)?")
F("logic_puzzle", "logic", "a logic puzzle|a set of clues|a knights-and-knaves puzzle|a seating puzzle",
  "solve the logic puzzle|use the clues to work out who owns what|decide who is telling the truth|"
  "work out the order of the people from the clues",
  "Explain each deduction, then give the answer.", "",
  "{name} is taller than {name2}, and {name2} is taller than {name3}. Who is the shortest?|"
  "Three friends each own a different pet. Use the clues to work out who owns the {animal}.|"
  "A says B is lying. B says C is lying. C says both are lying. Who is telling the truth?|"
  "{name} sits to the left of {name2}. Who sits in the middle?")
F("fallacies", "logic", "an argument|a statement|a short debate exchange",
  "identify the logical fallacy in the argument|explain why the reasoning is flawed|"
  "decide whether the argument contains a fallacy",
  "Name the fallacy.", "",
  "What logical fallacy is this?|Is this a straw man argument?|Find the flaw in this reasoning.|"
  "Explain the slippery slope fallacy with an example.|What is an ad hominem argument?")
F("sets_relations", "logic", "two sets|a relation|a list of statements about groups",
  "compute the union and intersection of the sets|decide whether the relation is transitive|"
  "draw a Venn diagram description of the groups",
  "", "", "What is the intersection of the sets 1, 2, 3 and 2, 3, 4?|Is the relation \"is taller than\" transitive?|"
  "How many people like both tea and coffee?")
F("formalise", "logic", "an English sentence|a statement|a rule",
  "translate the sentence into first-order logic|write the rule as a logical formula|"
  "translate the formula back into plain English",
  "", "", "Write \"every student reads a book\" in predicate logic.|Formalize this sentence.|"
  "Express this rule in propositional logic.")

# ---------------------------------------------------------------------------------------------------------------
# Code
# ---------------------------------------------------------------------------------------------------------------
F("code_write", "code", "a description of a function|a programming task|a problem statement",
  "write {a_plang} function that {code_task}|write code in {plang} that solves the task|"
  "implement the function in {plang} with comments",
  "Return only the code.|Include a short explanation after the code.", "",
  "Write a {plang} function that {code_task}.|How do I {code_task_inf} in {plang}?|"
  "Write code to {code_task_inf}.|Can you write a {plang} program that {code_task}?|"
  "Give me a one-liner in {plang} that {code_task}.|Write a function to {code_task_inf}.|"
  "Implement FizzBuzz in {plang}.|Write a program that prints the first {x} prime numbers.", mods="c")
F("code_explain", "code", "a code snippet|a function|a {plang} program",
  "explain what the code does|explain the code line by line|describe the purpose of the function|"
  "explain how the algorithm works",
  "", "", "What does this code do?|Explain this {plang} code.|Explain this function to me like I'm new to programming.|"
  "Can you walk me through this code?|What is the output of this program?|Explain how quicksort works.|"
  "Explain this regular expression.", mods="c")
F("code_debug", "code", "a piece of code and an error message|a buggy function|a program that crashes",
  "find the bug and fix it|explain the error and how to fix it|correct the code so it passes the tests",
  "Return the corrected code.", "",
  "Why am I getting this error?|Fix the bug in this {plang} code.|My code throws an exception. What's wrong?|"
  "This function returns the wrong result. Can you find the bug?|Why does my loop never end?|"
  "What does \"IndexError: list index out of range\" mean?|Debug this.|Broken code:\n\nFixed code:|Here is a buggy function.\nCode:\nWhat is wrong with it and how do I fix it?", mods="c")
F("code_output", "code", "a code snippet|a short program|an expression in {plang}",
  "predict the output of the code|say what the program prints|work out the value of the expression",
  "Output only what would be printed.", "",
  "What will this code print?|What is the output of the following {plang} snippet?|What does print(3 * 'ab') output?",
  mods="")
F("code_complexity", "code", "a function|an algorithm|a code snippet",
  "give the time and space complexity of the code|explain the big-O complexity of the algorithm|"
  "suggest a faster algorithm",
  "Answer in big-O notation.", "",
  "What is the time complexity of binary search?|What is the big-O of this function?|How can I make this code faster?|"
  "Optimize this function.|Is there a more efficient way to do this?", mods="c")
F("sql", "code", "a description of a query|a database schema and a question|a table and a request",
  "write the SQL query|write a SQL query that answers the question|explain what the SQL query returns",
  "Return only the SQL.", "",
  "Write a SQL query to find the top {n} customers by total spending.|Write SQL to count orders per month.|"
  "How do I join two tables in SQL?|What is the difference between INNER JOIN and LEFT JOIN?|"
  "Write a query that returns all employees hired after 2020.", mods="c")
F("regex", "code", "a description of a pattern|a text pattern|a regular expression",
  "write a regular expression that matches the pattern|explain what the regular expression matches|"
  "write a regex that extracts the {entity} from a text",
  "Return only the regex.", "",
  "Write a regex that matches email addresses.|Regex for a US phone number?|What does ^[a-z]+$ match?|"
  "Write a regular expression to find dates in the format YYYY-MM-DD.", mods="")
F("shell_git", "code", "a task on the command line|a git situation|a shell task",
  "write the shell command that does the task|give the git commands to do it|explain what the command does",
  "Return only the command.", "",
  "How do I undo my last git commit?|What's the command to find all .txt files in a folder?|"
  "How do I rename a branch in git?|Write a bash one-liner that counts the lines in every file.|"
  "How do I list running processes in Linux?|What does chmod 755 do?|How do I create a virtual environment in Python?",
  mods="")
F("code_convert", "code", "a piece of {plang} code|a function|a script",
  "convert the code to {plang2}|rewrite the function in {plang2}|translate the script into {plang2} idioms",
  "Return only the code.", "", "Convert this {plang} code to {plang2}.|Rewrite this function in {plang2}.|"
  "How would this look in {plang2}?", mods="c")
F("code_improve", "code", "a piece of code|a function|a class",
  "refactor the code for readability|add comments and docstrings|add type hints|write unit tests for the code|"
  "review the code and suggest improvements|rename the variables to be more descriptive",
  "", "", "Improve this code.|Add comments to this code.|Write unit tests for this function.|"
  "Review my pull request.|Make this code more Pythonic.|Refactor this into smaller functions.|"
  "Suggest improvements for readability, performance and error handling.", mods="c")
F("code_identify", "code", "a code snippet|a file|a piece of code",
  "identify the programming language of the code|say what kind of program the code belongs to|"
  "classify the code snippet by what it does",
  "Answer with the language name.", "",
  "Which programming language is this?|Which programming language is this code written in?|"
  "Is this Python or Ruby?", mods="")
F("build_app", "code", "a description of an app|a project idea|a feature list",
  "build {a_app} using {stack}|design and implement {a_app} with {stack}|"
  "create {a_app} in {stack} with clean, commented code",
  "", "Include setup instructions.|Explain the project structure.|Make it responsive.",
  "Build {a_app} using {stack}.|Develop {a_app} with {stack}. Add a clean, modern interface.|"
  "Create {a_app} in {stack} and explain how to run it.|I want to build {a_app}. Where do I start?|"
  "Help me build {a_app} with {stack}, step by step.|Make a simple {app} in {stack}.", mods="c")
F("tech_concepts", "code", "a programming concept|a technical term|a technology",
  "explain the programming concept with an example|explain the difference between the two technologies|"
  "explain when to use the technology",
  "", "",
  "What is a closure in JavaScript?|What is the difference between a list and a tuple in Python?|"
  "Explain REST APIs.|What is Docker and why would I use it?|What is the difference between TCP and UDP?|"
  "What is object-oriented programming?|Explain recursion with an example.|What is a hash table?|"
  "When should I use a linked list instead of an array?|What is Kubernetes?|Explain what an API is.", mods="c")
F("devops_design", "code", "a system to design|an architecture question|a deployment problem",
  "design the system and explain the main components|propose an architecture for the service|"
  "explain how to deploy the application",
  "", "Consider scalability, reliability and cost.",
  "Design a URL shortening service.|How should I structure a microservices architecture for an online shop?|"
  "How do I set up a CI/CD pipeline for a {plang} project?|Design the database schema for {a_app}.|"
  "Write a Dockerfile for a {stack} app.", mods="c")

# ---------------------------------------------------------------------------------------------------------------
# Open questions (no input text: the question is the prompt)
# ---------------------------------------------------------------------------------------------------------------
F("what_is", "open_qa", "a concept|a term|a thing",
  "explain what the concept is|describe the thing in simple terms|give a short explanation of the term",
  "Answer in two or three sentences.", "",
  "What is {thing}?|What is {concept}?|Tell me about {thing}.|What is a {noun}?|Explain {thing} to me.|"
  "What are {animal}s?|What's {subject}?|What is {thing} and why is it important?|Give me a brief description of {thing}.",
  mods="tc")
F("who_is", "open_qa", "a person's name|a famous person|a character",
  "say who the person is and why they are known|summarise the person's life and achievements|"
  "describe the character",
  "Answer in a short paragraph.", "",
  "Who was {person}?|Who is {person}?|What is {person} famous for?|Tell me about {person}.|"
  "What did {person} invent?|When was {person} born?|Why is {person} important?|Give me a short biography of {person}.",
  mods="tc")
F("how_does", "open_qa", "a process|a machine|a natural phenomenon",
  "explain how it works|describe the process step by step|explain the mechanism in simple words",
  "", "",
  "How does {thing} work?|How do {animal}s find food?|How is {food} made?|How do airplanes stay in the air?|"
  "How does the {noun} work?|How do vaccines work?|How are rainbows formed?|How does {concept} work?", mods="tc")
F("why_question", "open_qa", "a question starting with why|a curious question|a fact",
  "explain why it happens|give the reason behind the fact|answer the why-question clearly",
  "", "",
  "Why is the sky blue?|Why do {animal}s sleep so much?|Why do people like {thing}?|Why is {thing} important?|"
  "Why did {thing} happen?|Why do we need sleep?|Why do cats purr?|Why is {sport} so popular in {country}?|"
  "Why do leaves change colour in autumn?", mods="tc")
F("geography_facts", "open_qa", "a country|a city|a place",
  "give the capital of the country|say where the place is|give some key facts about the country|"
  "describe the city's climate and main sights",
  "Answer in one sentence.", "",
  "What is the capital of {country}?|Where is {city}?|What language do people speak in {country}?|"
  "What is {city} known for?|What currency is used in {country}?|What are the largest cities in {country}?|"
  "What is the population of {country}?|Which continent is {country} in?|What is the longest river in {country}?|"
  "What are the best things to do in {city}?", mods="c")
F("history_facts", "open_qa", "a historical event|a period|an invention",
  "explain the causes and consequences of the event|summarise the history of the topic|"
  "say when and how it happened",
  "", "",
  "When did {thing} happen?|What caused {thing}?|What was the impact of {thing}?|Tell me the history of {thing}.|"
  "Who invented {thing}?|When was the {noun} invented?|Why did the Roman Empire fall?|What happened during {thing}?",
  mods="tc")
F("science_facts", "open_qa", "a science question|a fact about nature|a question about the body",
  "answer the science question|explain the science behind it|give the scientific explanation",
  "", "",
  "How many planets are there in our solar system?|What is the boiling point of water?|What is the largest planet?|"
  "What is the speed of light?|How many bones are in the human body?|What do {animal}s eat?|"
  "How long do {animal}s live?|What is the chemical symbol for gold?|What is the difference between a virus and a bacterium?|"
  "Where do {animal}s live?|Is a {animal} a mammal?", mods="c")
F("list_facts", "open_qa", "a topic|a question|a category",
  "list {n} interesting facts about the topic|give me a list of examples|name {n} well-known examples",
  "Use a bulleted list.|Return a numbered list.", "",
  "Give me {n} fun facts about {animal}s.|List {n} famous {cat}s.|Name {n} books by famous authors.|"
  "Give me a list of {n} things to do in {city}.|What are some popular {sport} teams?|"
  "List the {n} largest countries in the world.|Name some famous paintings.|Give me a list of {cat}s.|"
  "What are {n} good {genre} ideas?", mods="c")
F("how_to", "open_qa", "a goal|a practical task|a skill to learn",
  "explain how to do it|give practical, step-by-step advice|suggest how to get started",
  "Use a numbered list of steps.", "",
  "How can I {hobby}?|What is the best way to {hobby}?|How do I {hobby}?|I want to {hobby}. Where should I start?|"
  "Give me tips to {hobby}.|How do you make {food}?|How do I change a flat tyre?|How do I get better at {sport}?|"
  "What's the easiest way to {hobby}?|Any advice on how to {hobby}?", mods="tc")
F("recommend", "open_qa", "my interests|a preference|a situation",
  "recommend something that fits|suggest options and say why each fits|give personalised suggestions",
  "Give {n} suggestions.", "",
  "Can you recommend a good book about {subject}?|What movies are like {book}?|Recommend some {genre}s for a rainy day.|"
  "What should I cook for dinner tonight?|Suggest a gift for my {name}'s birthday.|What should I do this weekend in {city}?|"
  "Recommend a podcast about {subject}.|What are good games to play at {event}?|What is a good name for a {animal}?",
  mods="tc")
F("opinion", "open_qa", "a question of opinion|a debate topic|a controversial question",
  "give a balanced view of the question|share an opinion and justify it|summarise both sides",
  "", "",
  "What do you think about {debate}?|Is {thing} good or bad for society?|Should {debate} be allowed?|"
  "What is the meaning of life?|Who is the greatest {sport} player of all time?|Is it worth learning {plang} in 2024?|"
  "Are humans naturally good?|Which is better, cats or dogs?", mods="tc")
F("which_is", "open_qa", "a list of items and a category|two items|a set of names",
  "say which of the items belong to the category|classify each item into one of the two groups|"
  "pick the item that is a {cat}",
  "Answer with the item's name.", "",
  "Which is a {cat}: {member} or {animal}?|Tell me whether each of these is a {cat} or not: {members}.|"
  "Which of these are {cat}s?|Classify each of the following as a {cat} or a {cat2}.|"
  "Which one is a {cat}, {member} or {noun}?|Is {member} a {cat}?", mods="")
F("trivia", "open_qa", "a trivia question|a quiz question|a general-knowledge question",
  "answer the trivia question|give the answer and one sentence of context|answer the quiz question",
  "Answer with just the answer.", "",
  "Who wrote {book}?|What year did {thing} start?|Which country has won the most {sport} world cups?|"
  "Who painted the Mona Lisa?|What is the tallest mountain in the world?|How many players are on a {sport} team?|"
  "What is the smallest country in the world?|Who was the first person to walk on the moon?|Next question: who wrote {book}?",
  mods="")
F("advice_personal", "open_qa", "a personal problem|a worry|a situation in my life",
  "give kind, practical advice|suggest what I could do next|help me think it through",
  "", "",
  "I feel lonely since I moved to {city}. What can I do?|I broke up with my partner and feel sad. Any advice?|"
  "How do I tell my boss I want a raise?|I can't sleep at night. What should I do?|My friend is upset with me. How do I fix it?|"
  "How can I stay motivated when working from home?|How do I deal with stress before exams?|Should I quit my job?",
  mods="t")
F("explain_simply", "open_qa", "a concept|a complex topic|a scientific idea",
  "explain it like I'm five|explain it in simple words for {audience}|give an everyday analogy",
  "", "", "Explain {concept} like I'm five.|ELI5: {thing}.|Explain {subject} to a child.|"
  "Explain {concept} in one sentence.|Describe {thing} in simple terms.", mods="tc")
F("sports_culture", "open_qa", "a question about sport|a question about a film or music|a cultural question",
  "answer the question|explain the rules|give some background",
  "", "", "What are the rules of {sport}?|How do you score in {sport}?|Who won the last {sport} world championship?|"
  "What is {book} about?|Summarize the plot of {book}.|Who are the main characters in {book}?|"
  "What genre of music is {person} known for?|Why is {sport} popular in {country}?", mods="c")
F("food_health", "open_qa", "a question about food|a question about health|a question about exercise",
  "answer the question with practical advice|give a balanced answer and mention when to see a professional",
  "", "", "Is {food} healthy?|How many calories are in {food}?|What can I eat for breakfast that has lots of protein?|"
  "How much water should I drink a day?|Is it bad to exercise every day?|What are the health benefits of {food}?|"
  "What can I cook with {food} and {food2}?|What is a good vegetarian substitute for meat?", mods="tc")
F("money_work", "open_qa", "a question about money|a question about work|a career question",
  "answer the question with practical advice|explain the options",
  "", "", "How do I create a monthly budget?|What is a good way to save for retirement?|How do I write a resume?|"
  "What should I ask at the end of a job interview?|How do credit cards work?|What is the difference between a Roth IRA and a 401(k)?|"
  "How do I negotiate my salary?|Should I pay off debt or invest?", mods="tc")

# ---------------------------------------------------------------------------------------------------------------
# Data formatting
# ---------------------------------------------------------------------------------------------------------------
F("to_json", "formatting", "a description of an item|a list of records|a paragraph with details|a table",
  "convert the information into JSON|represent the records as a JSON array|extract the details into a JSON object",
  "Use the keys {fields}.|Return valid JSON only.", "",
  "Convert this to JSON.|Turn this table into JSON.|Put this data in JSON format with keys {fields}.|"
  "Give me a JSON object for this person.|Write this as a JSON array.", mods="")
F("to_table", "formatting", "a list of items|a paragraph with numbers|a set of records|some comma-separated data",
  "put the information into a table|make a Markdown table from the data|convert the list into a two-column table",
  "Include a header row.", "",
  "Make a table of this.|Put this information in a table.|Create a table comparing {thing} and {thing2}.|"
  "Convert this CSV into a Markdown table.|Organize this data into columns.", mods="")
F("to_csv", "formatting", "a table|a list of records|a JSON array",
  "convert the data to CSV|write the records as comma-separated values|convert the CSV into JSON",
  "Include a header line.", "", "Convert this to CSV.|Turn this JSON into a CSV file.|Convert this CSV to JSON.|"
  "Export this table as CSV.", mods="")
F("lists_format", "formatting", "a paragraph|a list|a block of text",
  "turn the paragraph into a bulleted list|turn the bullet points into a paragraph|number the items in the list|"
  "remove duplicates from the list|sort the list alphabetically and remove blank lines",
  "", "", "Turn this into bullet points.|Make this a numbered list.|Convert these bullet points into a paragraph.|"
  "Remove the duplicates from this list.|Put each item on its own line.", mods="")
F("normalise_values", "formatting", "a list of dates|a list of phone numbers|a list of names|addresses",
  "write every date in ISO format|normalise the phone numbers to one format|"
  "put the names in \"Last, First\" format|format the addresses consistently",
  "Return one value per line.", "",
  "Convert these dates to YYYY-MM-DD.|Format these phone numbers consistently.|Write these names as last name, first name.|"
  "Change the date format from MM/DD/YYYY to DD.MM.YYYY.", mods="")
F("markdown_format", "formatting", "a text|notes|a document",
  "format the text in Markdown with headings|add headings and bold key terms|format the notes as a clean document",
  "", "", "Format this in Markdown.|Add headings to this document.|Make this look nice with Markdown.|"
  "Convert this text to HTML.|Write this as YAML.", mods="")
F("punctuation", "formatting", "a sentence without punctuation|a text|a run-on sentence",
  "add the missing punctuation|split the run-on sentence into proper sentences|fix the commas and full stops",
  "Output only the corrected text.", "",
  "Add punctuation to this text.|Please add punctuation.|Fix the punctuation in this paragraph.|"
  "Where should the commas go in this sentence?|Add spaces between the words.", mods="")

# ---------------------------------------------------------------------------------------------------------------
# Role-play personas
# ---------------------------------------------------------------------------------------------------------------
F("act_as", "roleplay", "my messages|my requests|my input",
  "act as {a_actrole}: I will {provides} and you will {actdoes}",
  "", "Only reply in character.|Do not write explanations.|Keep your answers short and relevant.|"
  "My first request is below.|Ask me questions if you need more detail.",
  "I want you to act as {a_actrole}. I will {provides} and you will {actdoes}.|"
  "I want you to act as {a_actrole}. I will {provides}, and you will {actdoes}. My first request is: \"{request}\"|"
  "Act as {a_actrole}. I will {provides}. Your task is to {actdoes}.|"
  "Please act as {a_actrole}. When I {provides}, {actdoes}.|"
  "You are {a_actrole}. I will {provides}; you {actdoes}. Keep it concise.|"
  "Pretend to be {a_actrole}. I'll {provides} and you {actdoes}.|"
  "I'd like you to be my {actrole}. I will {provides}, and you should {actdoes}.|"
  "Act like {a_actrole}. I will {provides} and you will {actdoes}. Do not break character.", mods="c")
F("act_as_expert", "roleplay", "a task|a project|a request",
  "act as {a_expertrole} and {expertdo}",
  "", "Your task is to give clear, structured guidance.|Use your expertise to give actionable advice.|"
  "Ask clarifying questions before answering.",
  "Act as {a_expertrole}. You are an expert in {subject}. Your task is to {expertdo}.|"
  "Act as {a_expertrole}. You are tasked with helping users {hobby}. You will:\n- assess their situation\n"
  "- suggest a plan\n- answer follow-up questions|"
  "You are {a_expertrole} with years of experience. Your task is to {expertdo}.|"
  "Act as {a_expertrole} specializing in {topic}. Your task is to {expertdo}. Rules: be concise and practical.|"
  "You are a senior {expertrole}. Help me {expertdo}.|"
  "Act as {a_expertrole}. I will describe my situation and you will {expertdo}.", mods="tc")
F("famous_person", "roleplay", "a question|a topic|a situation",
  "answer as {person} would|respond in the voice of {person}|stay in character as {person} and {persdo}",
  "", "",
  "You are {person}. {Persdo}.|Roleplay as {person} and {persdo}.|Imagine you are {person}. {Persdo}.|"
  "Pretend you are {person}, brought to the present day. {Persdo}.|As {person}, {persdo}.|"
  "Play the character of {person}. {Persdo}.|Write a letter from {person} to {person2}.|"
  "If you were {person}, how would you react to {thing}?", mods="t")
F("imagine_role", "roleplay", "a scenario|a role|an imaginary situation",
  "imagine you are {a_role2} and {persdo}|stay in character as {a_role2} and describe the situation",
  "", "",
  "You are {a_role2}. {Persdo}.|Imagine you are {a_role2} in the year 2200. Describe your typical day.|"
  "You are {a_role2} visiting {city}. {Persdo}.|Roleplay as {a_role2} and describe {thing}.|"
  "Pretend you are {a_role2} explaining your job to a child.|Play the role of {a_role2} at {event}. {Persdo}.|"
  "You are {a_role2} who has just discovered {thing}. Describe your reaction.", mods="t")
F("structured_role", "roleplay", "a request|a project|a task",
  "act as {a_expertrole} and {expertdo}",
  "", "",
  "Act as {a_expertrole}. You are {explevel} specializing in {subject}. Your task is to {expertdo}.\n\n"
  "You will:\n- {duty}\n- {duty2}\n- {duty3}\n\nRules:\n- {rule}\n- {rule2}|"
  "Act as {a_expertrole}. You are {explevel}. Your task is to {expertdo}. You will {duty}, {duty2} and {duty3}. {rule}|"
  "You are {a_expertrole}. Your task is to {expertdo}.\n\nResponsibilities:\n- {duty}\n- {duty2}\n\n"
  "Constraints:\n- {rule}\n- {rule2}\n\nOutput format: {fmt}.|"
  "Role: {expertrole_cap}\nGoal: {expertdo_cap}\nSteps:\n1. {duty_cap}\n2. {duty2_cap}\n3. {duty3_cap}\n"
  "Rules: {rule} {rule2}|"
  "I want you to act as {a_expertrole}. You are {explevel}. I will describe my situation and you will {expertdo}. "
  "Please {duty} and {duty2}. {rule}|"
  "Act as {a_actrole}. I will {provides} and you will {actdoes}. {rule} {rule2} My first request is: \"{request}\"",
  mods="")
F("game_roleplay", "roleplay", "my moves|my commands|my actions",
  "run a text adventure and describe what happens after each of my commands|"
  "play a game with me and keep track of the score|be the game master of a fantasy adventure",
  "", "Stay in character.|Wait for my command after each turn.",
  "Let's play a text adventure set in {place}. Describe the scene and wait for my command.|"
  "You are the game master. I am a knight in {place}. What do I see?|Play tic-tac-toe with me.|"
  "Let's play a trivia game about {subject}. Ask me one question at a time.|"
  "Start an interactive mystery story set in {place}.", mods="")
F("interview_practice", "roleplay", "a job title|a situation|an exam",
  "act as the interviewer and ask me questions one at a time|quiz me on the topic and give feedback|"
  "simulate a conversation so I can practise",
  "", "Wait for my answer before the next question.",
  "Interview me for a job as a {expertrole}.|Quiz me on {subject}.|Help me practise ordering food in {lang2}.|"
  "Pretend to be a customer who is angry about a late delivery so I can practise.|"
  "Ask me {n} questions about {book} to test my understanding.|Act as my {lang2} conversation partner.", mods="")

# ---------------------------------------------------------------------------------------------------------------
# Classification of a given input
# ---------------------------------------------------------------------------------------------------------------
F("sentiment", "classification", "{a_review}|a tweet|a sentence|a comment",
  "classify the sentiment as positive or negative|decide whether the review is positive, negative or neutral|"
  "say whether the writer liked the product|rate the review from 1 to 5 stars",
  "Answer \"positive\" or \"negative\".|Answer with a number from 1 to 5.", "",
  "Is this review positive or negative?|What is the sentiment of this tweet?|Did the reviewer like the {noun}?|"
  "How would you rate this review on a scale of 1 to 5?|Is this a happy or sad sentence?|"
  "Does this {review} express a positive or negative opinion?|Sentiment?|EXPLAIN the sentiment of this tweet.|Review:\nIs this review positive or negative?|Title:\nReview:\nIs the customer who wrote this review happy or unhappy with the product?|Tweet:\nSentiment (positive, neutral or negative):|Text:\nWhat is the sentiment of the text? Options: positive, negative.",
  mods="")
F("topic", "classification", "a news article|a headline|a question|a paragraph",
  "classify the topic of the article|decide which category the headline belongs to|"
  "choose the topic from world, sports, business and science|label the text with its subject",
  "Answer with the category only.", "",
  "What is this article about? World, sports, business or science/tech?|Which topic is this news story about?|"
  "What category does this headline belong to?|Is this article about politics, sports or technology?|"
  "Which headline fits the news story above?|What is the main topic of this paragraph?|Article:\nWhich topic is this article about? Options: world, sports, business, science and technology.|Headline:\nCategory:|Text:\nQuestion: What is the main topic of the text?\nAnswer:", mods="")
F("question_type", "classification", "a question|a user query|a search query",
  "classify the type of answer the question expects|decide whether the question asks for a person, place, number, date or description|"
  "label the intent of the query",
  "Answer with one label.", "",
  "What type of answer does this question need?|Is this question asking about a person, a location or a number?|"
  "What is the intent of this search query?|What is the user trying to get done with this request?|Question:\nWhat kind of answer does the question need: a description, an entity, an abbreviation, a person, a number or a location?", mods="")
F("emotion", "classification", "a sentence|a diary entry|a message",
  "identify the emotion in the text|decide whether the writer is happy, sad, angry or afraid",
  "Answer with one emotion.", "", "What emotion does this sentence express?|How is the writer feeling?|"
  "Which emoji best fits this tweet?|Is the speaker angry?", mods="")
F("spam_toxic", "classification", "a message|an email|a comment",
  "decide whether the message is spam|decide whether the comment is offensive|flag the comment if it is toxic",
  "Answer yes or no.", "", "Is this email spam?|Is this comment offensive?|Does this message contain hate speech?|"
  "Is this text toxic?", mods="")
F("language_id", "classification", "a sentence|a text|a short phrase",
  "identify the language of the sentence|decide whether the text is in {lang} or {lang2}",
  "Answer with the language name.", "",
  "What language is this?|Which language is this sentence written in?|Is this {lang} or {lang2}?", mods="")
F("formality_style", "classification", "a sentence|an email|a text",
  "decide whether the text is formal or informal|identify the writing style|say whether the text is sarcastic",
  "Answer with one word.", "", "Is this email formal or informal?|Is this sarcastic?|What is the tone of this text?|"
  "Is this written in British or American English?", mods="")
F("acceptability", "classification", "a sentence|a short text",
  "decide whether the sentence is grammatically correct|say whether the sentence is acceptable English",
  "Answer \"acceptable\" or \"unacceptable\".|Answer yes or no.", "",
  "Is this sentence grammatically correct?|Would a native speaker accept the next sentence as grammatical and sensible?|"
  "Does this sentence sound natural?|Is there a grammar mistake here?|Sentence:\nIs this sentence grammatically acceptable? Options: acceptable, unacceptable.", mods="")
F("fact_opinion", "classification", "a statement|a sentence|a claim",
  "decide whether the statement is a fact or an opinion|decide whether the claim is true or false|"
  "check whether the claim is supported by the evidence",
  "Answer \"fact\" or \"opinion\".|Answer true or false.", "",
  "Is this a fact or an opinion?|Is this statement true?|True or false: {thing} is older than {thing2}.|"
  "Is this claim supported by the text?|Is it true that {animal}s can {verb}?", mods="")
F("sort_into_groups", "classification", "a list of items|a list of words|a list of animals",
  "sort the items into the two groups|classify each item as {cat} or {cat2}|group the words by category",
  "Return one line per group.", "",
  "Classify each of these as {cat} or {cat2}: {members}.|Sort these into fruits and vegetables.|"
  "Group these animals by whether they can fly.|Which of these are mammals and which are reptiles?|"
  "Tell me whether each of these is a {cat} or a {cat2}.", mods="")
F("genre_type", "classification", "a book description|a film plot|a song lyric|a text",
  "identify the genre|classify the text type|decide whether the text is fiction or non-fiction",
  "Answer with the genre.", "", "What genre is this book?|Is this a poem, a recipe or a news article?|"
  "What kind of text is this?|What genre is this movie?", mods="")
F("answerable", "classification", "a question and a passage|a question",
  "decide whether the question can be answered from the passage|decide whether the question is answerable|"
  "decide whether the answer is correct",
  "Answer yes or no.", "", "Can this question be answered from the text?|Is the answer to this question correct?|"
  "Does the passage contain the answer?|Is the correct answer {word}?", mods="")

# ---------------------------------------------------------------------------------------------------------------
# Extraction and reading comprehension
# ---------------------------------------------------------------------------------------------------------------
F("ner", "extraction", "a sentence|a paragraph|a news article",
  "find all the names of people|list the locations mentioned|extract the organisations|"
  "tag every named entity with its type|find the dates and times",
  "Return one entity per line.", "Named entities are people, places, organisations and dates.",
  "Extract the names from this text.|What cities are mentioned in this paragraph?|List all the people in this story.|"
  "Find all the dates in this text.|Which companies are named in the article?|Identify the named entities.|Text:\nEntities (person, location, organisation):", mods="")
F("extract_details", "extraction", "a paragraph about {person}|a paragraph about {thing}|a text about {city}|a reference text",
  "answer the question using the paragraph|extract the key facts from the paragraph|"
  "list the numbers mentioned in the paragraph|pull out the dates and what happened on each",
  "Use only the text.", "",
  "Given this paragraph about {person}, what is he known for?|From the passage, when was {thing} built?|"
  "Based on this text, how many people live in {city}?|Extract the names of the rivers from this paragraph.|"
  "Given this text about {thing}, list the main points.|Using this reference text, what year did it start?|"
  "From the text provided, extract the places mentioned, separated by commas.|Based on the paragraph, who founded the company?|Reference text:\nQuestion:\nAnswer using only the reference text.",
  mods="")
F("keywords", "extraction", "a text|an article|an abstract",
  "extract the main keywords|list {n} keywords that describe the text|give hashtags for the post",
  "Return a comma-separated list.", "", "Extract keywords from this text.|What are the main keywords?|"
  "Give me {n} hashtags for this post.|Tag this article with topics.", mods="")
F("reading_qa", "extraction", "a passage and a question|a story and a question|a context and a question",
  "answer the question using the passage|find the sentence in the passage that answers the question|"
  "answer the question with a short span from the text|answer the question or say unanswerable",
  "If the answer is not in the passage, say \"unknown\".|Keep the answer short.", "",
  "Read the passage and answer the question.|Answer the question based on the story.|"
  "Use the context to answer the question.|Q: What did the boy find?|According to the passage, why did she leave?|"
  "Answer the question using only the information provided.|Use the passage below to answer the question after it.|Passage:\nQuestion:\nAnswer:|Context:\nQuestion:\nAnswer the question using the context. If it cannot be answered, write \"unanswerable\".|Read the article and answer the question.\n\nArticle:\n\nQuestion:\nAnswer:|Background:\nSituation:\nGiven the paragraph above, answer the question correctly.",
  mods="")
F("multiple_choice", "extraction", "a question and options|a passage with a multiple-choice question",
  "choose the correct answer|pick the right option from the list|answer the multiple-choice question",
  "Answer with the letter.", "",
  "Answer the following multiple-choice question.|Choose the correct answer: A, B, C or D.|"
  "Choose the right option below.|Which option is correct?|Pick the best answer:|Question:\nOptions:\nA.\nB.\nC.\nD.\nAnswer:|Choose the correct answer.\n\nQuestion:\nChoices:\nThe answer is|Read the passage and answer the multiple-choice question.\nPassage:\nQuestion:\nOptions:", mods="")
F("main_idea", "extraction", "a paragraph|an article|a speech",
  "state the main idea of the paragraph|find the thesis of the article|say what the author is arguing",
  "Answer in one sentence.", "", "What is the main idea of this paragraph?|What is the author trying to say?|"
  "What is the central argument of this essay?|What's the point of this article?", mods="")
F("relations", "extraction", "a sentence and two entities|a text|a set of facts",
  "describe the relationship between the two entities|extract subject-relation-object triples|"
  "find who did what to whom",
  "Return triples as (subject, relation, object).", "",
  "What is the relationship between {person} and {thing}?|Extract facts as triples.|Who did what in this sentence?",
  mods="")

# ---------------------------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------------------------
F("story", "generation", "a theme|a prompt|a character and a setting",
  "write a short story about the theme|write a story set in {place}|continue the story|write a story for children",
  "", "",
  "Write a short story about {theme}.|Tell me a story about a {animal} who learns to {verb}.|Write a bedtime story about {theme}.|"
  "Write a story set in {place}.|Continue this story.|Write a story that begins with: \"It was a dark and stormy night.\"|"
  "Write a scary story in {n} sentences.|Write a story about {person} visiting {city}.|Write fan fiction about {person}.",
  mods="tc")
F("poem", "generation", "a topic|a feeling|a person",
  "write a poem about the topic|write a rhyming poem|write a free-verse poem",
  "", "", "Write a poem about {thing}.|Write a poem about {theme}.|Write a love poem.|Write a poem for my mom's birthday.|"
  "Write a short poem about {animal}s.|Write a poem in the style of {person}.|Write a song about {theme}.|"
  "Write rap lyrics about {thing}.", mods="tc")
F("email_letter", "generation", "a situation|a purpose|a recipient and a message",
  "write an email for the situation|draft a polite letter|write a message to the recipient",
  "", "", "Write an email to my boss asking for a day off.|Write a cover letter for a {expertrole} job.|"
  "Draft an email to a customer apologising for a late delivery.|Write a thank-you note to my teacher.|"
  "Write a letter of complaint about {thing}.|Write a resignation letter.|Write an email inviting my team to {event}.|"
  "Write a reference letter for a former colleague.", mods="tc")
F("essay_article", "generation", "a topic|a question|a thesis",
  "write an essay about the topic|write a blog post about the topic|write an article that explains the topic",
  "", "", "Write an essay about {debate}.|Write a blog post about how to {hobby}.|Write a {n}-paragraph essay on {thing}.|"
  "Write an article about {thing}.|Write a persuasive essay arguing for {debate}.|Write a speech about {theme}.",
  mods="tc")
F("marketing_copy", "generation", "a product|a business|a brand",
  "write a product description|write a slogan|write ad copy for the product|write a social media post announcing it",
  "", "", "Write a product description for {a_noun}.|Come up with a slogan for a {food} restaurant.|"
  "Write an Instagram caption for a photo of {food}.|Write a tweet announcing our new {app}.|"
  "Write an ad for a {sport} club.|Write a catchy tagline for {a_app}.", mods="tc")
F("names_titles", "generation", "a description|a product|a story|an article",
  "suggest names for it|brainstorm titles|write a catchy headline",
  "Give {n} options.", "", "Give me {n} names for my {animal}.|Suggest a name for my {food} restaurant.|"
  "Come up with a title for this story.|Brainstorm names for a startup that makes {app}s.|"
  "Write a headline for this article.|What should I call my {sport} team?|Suggest a title for my essay about {thing}.",
  mods="c")
F("brainstorm", "generation", "a goal|a topic|a problem",
  "brainstorm ideas|list creative ideas|come up with {n} ideas",
  "Use a bulleted list.", "", "Brainstorm ideas for {event}.|Give me {n} ideas for a date night.|"
  "What are some creative uses for {object}?|List ways to {hobby}.|Come up with {n} fun activities for kids on a rainy day.|"
  "Give me ideas for a science fair project.|What are some ways to reduce plastic waste?|Brainstorm ideas for a birthday gift.",
  mods="c")
F("plans", "generation", "a goal|a trip|a schedule|a diet",
  "make a plan|write a day-by-day itinerary|create a weekly schedule|write a meal plan",
  "Use a table.|Use a numbered list.", "",
  "Plan a {n}-day trip to {city}.|Create a workout plan for a beginner.|Make a weekly meal plan for a vegetarian.|"
  "Plan a study schedule for my exams.|Create a lesson plan about {subject}.|Make a packing list for a camping trip.|"
  "Plan {event} on a small budget.|Write a training plan to {hobby}.", mods="tc")
F("recipe", "generation", "a dish|a list of ingredients|a diet",
  "write a recipe for the dish|suggest a recipe using the ingredients|write the steps to cook the dish",
  "List the ingredients first, then the steps.", "",
  "Give me a recipe for {food}.|How do I make {food}?|What can I make with eggs, spinach and cheese?|"
  "Write a vegan recipe for {food}.|Give me a quick dinner recipe.", mods="tc")
F("dialogue_write", "generation", "two characters|a situation|a scene",
  "write a dialogue between the two characters|write the conversation for the scene|write a short script",
  "", "", "Write a dialogue between {person} and {person2}.|Write a conversation between a customer and a waiter.|"
  "Write a short play about {theme}.|Write a script for a two-minute video about {thing}.|"
  "Write a conversation between two friends planning {event}.", mods="tc")
F("question_generation", "generation", "a passage|a fact|a text and an answer",
  "write a question that the passage answers|create a question whose answer is the given answer|"
  "write {n} quiz questions about the text|generate a question that tests understanding of the passage",
  "", "", "Write a question about this passage.|Generate a question for this answer.|"
  "Create a quiz about {subject} with {n} questions.|Make flashcards for {subject}.|Write {n} interview questions for a {expertrole}.|"
  "Turn this fact into a question whose answer is the fact.|Passage:\nAnswer:\nQuestion:|Fact:\nWrite a question that this fact answers.\nQuestion:|Article:\nGenerate a question about the article.\nQuestion:", mods="c")
F("data_to_text", "generation", "a set of facts|a table row|data about a restaurant|a list of attributes",
  "write a sentence that describes the data|turn the facts into a short paragraph|write a sentence that uses all the data",
  "", "", "Put this data into one sentence.|Use all of these facts in a single sentence.|"
  "Describe this table in words.|Turn these keywords into a sentence.|Write a sentence using all of these concepts.|Data:\nSentence:|Triples:\nWrite a sentence that describes these triples.|Here is some data about a restaurant. Mention all of it in one sentence.\nData:",
  mods="")
F("image_prompt", "generation", "a subject|a scene|an idea for a picture",
  "write a detailed image-generation prompt for the scene|describe the picture in vivid visual detail",
  "", "Mention lighting, composition and style.",
  "Generate {a_imgstyle} image of {imgsubj}.|Create {a_imgstyle} picture of {imgsubj}, with soft natural lighting.|"
  "{imgsubj_cap}, {imgstyle}, highly detailed, dramatic lighting.|Draw {imgsubj} in {a_imgstyle} style.|"
  "Design a logo for {a_app}.|Write a prompt for an image of {imgsubj}.|"
  "A {imgstyle} scene: {imgsubj}. Wide shot, golden hour, 4k.", mods="")
F("speech_social", "generation", "an occasion|a person|an event",
  "write a short speech for the occasion|write a toast|write a birthday message|write a message of condolence",
  "", "", "Write a wedding toast for my best friend.|Write a birthday message for my {name}.|"
  "Write a short speech for {event}.|Write a retirement message for a colleague.|Write a graduation speech.", mods="tc")
F("review_write", "generation", "a product|a restaurant|a film|a book",
  "write a review|write a {n}-star review|write a balanced review with pros and cons",
  "", "", "Write a review of {book}.|Write a 5-star review for a {food} restaurant.|Write a negative review of a {noun}.|"
  "Write a review of the {app} I use.", mods="tc")
F("continue_text", "generation", "the beginning of a text|a sentence|a paragraph",
  "continue the text|write the next paragraph|finish the sentence",
  "", "", "Add the sentence that should come next in this paragraph.|Finish this sentence.|Write what comes next.|"
  "Complete this paragraph.|Write the first 100 words of an article with this title.", mods="c")

# ---------------------------------------------------------------------------------------------------------------
# Editing a given text
# ---------------------------------------------------------------------------------------------------------------
F("grammar_fix", "editing", "a sentence|a paragraph|an email|a text with mistakes",
  "correct the grammar and spelling|fix the mistakes|proofread the text",
  "Return only the corrected text.|List each correction.", "",
  "Fix the grammar in this sentence.|Correct the spelling mistakes.|Proofread this email.|"
  "Can you check my grammar?|Correct this text.|Is there anything wrong with this sentence?|Fix any typos.|Incorrect:\nCorrected:|Text with errors:\nFixed text:", mods="")
F("paraphrase", "editing", "a sentence|a paragraph|a question",
  "paraphrase the sentence|rewrite the text in your own words|reword the question without changing its meaning",
  "Output only the paraphrase.", "Do not add or remove information.",
  "Paraphrase this.|Rewrite this sentence in a different way.|Say this in another way.|Reword this paragraph.|"
  "Rephrase this question.|Write this in your own words.|Original:\nParaphrase:|Sentence:\nRewrite the sentence with the same meaning:", mods="")
F("simplify", "editing", "a sentence|a paragraph|a technical text",
  "simplify the text|rewrite it so a child can understand|replace difficult words with simple ones",
  "", "", "Simplify this text.|How would I simplify this?|Make this easier to read.|Explain this paragraph in plain English.|"
  "Rewrite this for a 10-year-old.", mods="")
F("style_change", "editing", "a sentence|an email|a message",
  "make the text more formal|make the message more casual|make the text sound more polite|"
  "rewrite the text in the style of {person}|make the text more persuasive",
  "", "", "Make this more formal.|Make this sound friendlier.|Rewrite this like {person} would say it.|"
  "Make this email more professional.|Make this sound less rude.|Rewrite this as a pirate.|Make this sentence more exciting.",
  mods="")
F("length_change", "editing", "a text|a paragraph|a sentence",
  "shorten the text|make the paragraph twice as long|cut the text to {words} words|expand the sentence into a paragraph",
  "", "", "Shorten this.|Make this shorter.|Make this longer and more detailed.|Cut this down to {words} words.|"
  "Expand on this idea.|Elaborate on the given summary.", mods="")
F("voice_person", "editing", "a sentence|a paragraph",
  "change the sentence from passive to active voice|rewrite the paragraph in the first person|"
  "change the sentence to reported speech|rewrite the sentence as a question",
  "", "", "Change this to active voice.|Rewrite in the passive voice.|Turn this into a question.|"
  "Change this to third person.|Convert to indirect speech.", mods="")
F("inclusive_neutral", "editing", "a sentence|a job ad|a text",
  "make the text gender-neutral|remove biased language|rewrite the text to be inclusive",
  "", "", "Make this gender-neutral.|Remove any biased language from this job ad.|Make this more inclusive.", mods="")

# ---------------------------------------------------------------------------------------------------------------
# Summaries, titles and translations of a given text
# ---------------------------------------------------------------------------------------------------------------
F("summarise_text", "summary", "an article|a dialogue|a document|a long text|a news story",
  "summarise the text|write a one-sentence summary|give the key points|write a short summary of the dialogue|"
  "write a TL;DR",
  "", "", "Summarize this.|Summarize this article in {n} sentences.|TL;DR?|Write a short summary!|"
  "Shorten this text to its essentials.|Briefly restate what the document above says.|"
  "Summarize this conversation.|Give me the gist of this.|Outline the article below in a handful of points.|Article:\nSummary:|Dialogue:\nWrite a short summary of the dialogue.|Text:\nTL;DR:|Document:\nSummarise the document in one sentence.",
  mods="c")
F("title_headline", "summary", "an article|a paragraph|a summary|a story",
  "write a title for the text|generate a headline for the article|give the story a short title",
  "Keep the title short and name the main topic.", "",
  "Write a title for this article.|What would be a good headline for this?|Generate a title for this text.|"
  "Give this story a name.|Article:\nTitle:|Write a title for this text.\nText:\nTitle:", mods="")
F("translate_text", "summary", "a sentence in {lang}|a text|a paragraph|an English sentence",
  "translate the sentence into {lang2}|translate the text from {lang} to {lang2}|"
  "translate the paragraph into {lang2} and keep the numbers as they are",
  "Output only the translation.", "Keep names and numbers unchanged.",
  "Translate to {lang2}.|Translate this into {lang2}.|How do you say this in {lang2}?|"
  "Translate the following sentence from {lang} to {lang2}.|Translate \"{sent}\" to {lang2}.|"
  "What does this {lang} sentence mean in English?|Translate this sentence into English.|{lang}:\n{lang2}:|Translate from {lang} to {lang2}.\n{lang}:\n{lang2}:|Source ({lang}):\nTranslation ({lang2}):", mods="")

# ---------------------------------------------------------------------------------------------------------------
# More reading, dialogue and checking tasks
# ---------------------------------------------------------------------------------------------------------------
F("coreference", "reasoning", "a sentence with a pronoun|a short passage and a pronoun|a sentence and two candidate names",
  "decide who the pronoun refers to|say which of the two names the pronoun stands for|"
  "find every phrase that refers to the same person",
  "Answer with the name only.", "The pronoun may refer to a person, a place or a thing.",
  "Who does \"she\" refer to in this sentence?|In the sentence below, who is \"he\"?|What does \"it\" refer to here?|"
  "Who is \"they\" in this passage?|Which word does the pronoun replace?|Sentence:\nPronoun:\nWho does the pronoun refer to? Options:|Passage:\nIn the passage above, who does the pronoun refer to?", mods="")
F("word_sense", "words", "two sentences that share a word|a word and two sentences|a sentence and a word",
  "decide whether the word has the same meaning in both sentences|say which meaning of the word is used|"
  "write two sentences that use the word with different meanings",
  "Answer yes or no.", "",
  "Does \"{word}\" mean the same thing in these two sentences?|Is the word used in the same sense in both sentences?|"
  "What does \"bank\" mean in this sentence?|Use \"{word}\" in two sentences with different meanings.|Sentence 1:\nSentence 2:\nWord:\nIs the word used with the same meaning in both sentences?", mods="")
F("sentence_order", "reasoning", "a set of shuffled sentences|five sentences of a story in random order|a jumbled paragraph",
  "put the sentences in the right order|find the order that makes a coherent story|"
  "say which sentence should come first",
  "Answer with the sentence numbers, for example 3 1 2 5 4.", "",
  "Put these sentences in order.|Rearrange these sentences into a story.|Which sentence should come first?|"
  "Unscramble this paragraph.", mods="")
F("dialogue_response", "generation", "a conversation|a dialogue between two people|a chat history",
  "write the next turn of the conversation|choose the best reply|say who is speaking in the last line|"
  "decide whether the last reply makes sense",
  "Answer with one reply.", "",
  "What would be a good reply to this message?|How should I respond to this text from my friend?|"
  "Write a reply to this email.|Continue this conversation.|Which response fits the conversation best?|"
  "What should the customer service agent say next?|Dialogue:\nWhat is the most natural next response?\nResponse:|Previous conversation:\nReply:", mods="tc")
F("summary_check", "classification", "an article and a summary|a text and a headline|a passage and a claim",
  "decide whether the summary is faithful to the article|check whether the headline matches the text|"
  "say whether the summary leaves out anything important",
  "Answer yes or no.", "",
  "Is this a good summary of the article?|Does the headline match the story?|Is the summary accurate?|"
  "Does this summary contain anything that is not in the text?", mods="")
F("math_concepts", "arithmetic", "a maths concept|a formula|a theorem",
  "explain the concept with an example|explain when to use the formula|prove the theorem step by step",
  "", "",
  "What is a prime number?|Explain the Pythagorean theorem.|What is the difference between mean and median?|"
  "What is a derivative?|Explain what a logarithm is.|Why can't you divide by zero?|What is pi?|"
  "What is the quadratic formula used for?|What is an integral?|Explain standard deviation simply.", mods="tc")
F("bio_ner", "extraction", "a sentence from a medical abstract|a clinical note|a biomedical sentence",
  "find the name of the disease|extract the names of the chemicals|find the gene or protein mentioned|"
  "list the drugs and their doses",
  "Return the names only.", "A disease here means any illness or disorder named in the text.",
  "What disease is mentioned in this sentence?|List the drugs mentioned in this note.|"
  "Which gene is mentioned in this abstract?|Extract the medication names.", mods="")
F("subject_lines", "generation", "an email|a message|a newsletter",
  "write a subject line for the email|suggest {n} subject lines|write a preview line",
  "Keep it under ten words.", "",
  "Write a subject line for this email.|Suggest a catchy subject line for our newsletter.|"
  "What should the subject of this email be?", mods="c")
F("dialogue_classify", "classification", "a dialogue|a negotiation between a buyer and a seller|a chat transcript",
  "decide whether the negotiation ended in a deal|classify the speaker's intent|"
  "decide whether the customer's problem was solved|label the dialogue act of the last turn",
  "Answer \"accepted\" or \"rejected\".|Answer with one label.", "",
  "Did they reach an agreement?|Was the customer's problem resolved?|Is the speaker asking a question or making a statement?|"
  "What does the user want in this conversation?", mods="")
F("answer_check", "classification", "a question and an answer|a question, a passage and a proposed answer|a math problem and a solution",
  "decide whether the answer is correct|check the solution and point out any mistake|"
  "say whether the answer fully answers the question",
  "Answer yes or no.", "",
  "Is this answer correct?|Check my answer.|Is the correct answer {x}?|Did I solve this correctly?|"
  "Does this response answer the question?|Is the following answer right?|Question:\nProposed answer:\nIs the proposed answer correct? yes or no.|Paragraph:\nQuestion:\nResponse:\nIs the response a right answer to the question, given the paragraph?", mods="")
F("explanation_write", "reasoning", "a question and its answer|a fact|a statement and its label",
  "explain why the answer is correct|give the reasoning that leads to the answer|justify the label",
  "", "",
  "Explain why this is the right answer.|Why is this the answer?|Give the reasoning for this answer.|"
  "If the answer is \"yes\", explain the reasoning.|Justify your answer.", mods="")
F("describe", "open_qa", "a thing|a place|a person|an experience",
  "describe it vividly|write a short description|describe it in {n} sentences",
  "", "",
  "Describe {thing}.|Describe the city of {city}.|Describe the taste of {food} to someone who has never tried it.|"
  "Describe a typical day in the life of a {expertrole}.|Describe what it feels like to {hobby}.|"
  "Describe your ideal weekend.|Describe {place} at night.|Write a paragraph describing {person}.|"
  "Describe how {animal}s raise their young.", mods="tc")
F("best_of", "open_qa", "a category|a goal|a place",
  "name the best options and say why|suggest the best choice for a beginner|list the top picks with one reason each",
  "Give {n} options.", "",
  "What is the best way to learn {plang}?|What are the best places to visit in {country}?|What is the best {cat} for a beginner?|"
  "What's the best time of year to visit {city}?|What are the best exercises for a strong back?|"
  "What is the best {sport} team in {country}?|Which {plang} framework is best for a beginner?|"
  "What are the top {n} books everyone should read?", mods="tc")
F("benefits_risks", "open_qa", "a habit|a technology|an activity|a policy",
  "explain the benefits|explain the main risks|list the causes and the effects",
  "", "",
  "What are the benefits of {thing}?|What are the risks of {thing}?|What are the health benefits of {sport}?|"
  "What are the main causes of {thing}?|Why is it good to {hobby}?|What are the dangers of {thing}?|"
  "How does {thing} affect the environment?|What are the advantages of learning {lang}?", mods="tc")
F("types_kinds", "open_qa", "a category|a topic|a field",
  "list the main types and describe each|explain the different kinds|give a short classification",
  "Use a bulleted list.", "",
  "What are the different types of {cat}s?|What kinds of {sport} are there?|What are the main branches of {subject}?|"
  "What are the different styles of {food}?|What types of {animal}s are there?|Name the main types of clouds.",
  mods="tc")
F("origin", "open_qa", "a word|a tradition|a food|an invention",
  "explain where it comes from|describe its origin and history|say where and when it began",
  "", "",
  "Where does the word \"{word}\" come from?|Where did {food} originate?|What is the origin of {sport}?|"
  "How did {thing} begin?|Where does the tradition of birthday cakes come from?|Who came up with {thing}?", mods="c")

# ---------------------------------------------------------------------------------------------------------------
# Issue 21, second round: kinds of task the coverage benchmark showed missing (written for this project; the real
# corpora were used only to see which kinds of task were absent, never for wording).
# ---------------------------------------------------------------------------------------------------------------

# Judgement and detection tasks with long definitions.
F("stereotype_detect", "judgement", "a short passage about a group of people|a target group and two sentences|"
  "a sentence that mentions a {biastarget}|a pair of sentences about a social group",
  "decide whether the passage expresses a stereotype, an anti-stereotype or neither|"
  "say whether the second sentence reinforces a stereotype about the target, contradicts one or is unrelated|"
  "classify the kind of bias in the passage as gender, profession, race or religion|"
  "rewrite the sentence so that it no longer relies on a stereotype",
  "Answer \"stereotype\", \"anti-stereotype\" or \"unrelated\".|Answer with one of the four bias types.",
  "A stereotype is a fixed, over-simple idea about what members of a group are like.|"
  "An anti-stereotype is a statement that runs against such a belief.|"
  "Judge only what the text says about the group, not whether you agree with it.",
  "Read this short text about {biastarget}. Decide whether it expresses a stereotype, an "
  "anti-stereotype or neither. A stereotype is an oversimplified belief about a whole group; an anti-stereotype "
  "goes against such a belief.|"
  "Below are two sentences and the group they concern. Decide whether the second sentence, read after the first, "
  "reinforces a stereotype about the target, challenges it, or has nothing to do with it.|"
  "Read the passage and label the type of bias it shows: gender, profession, race or religion.|"
  "Does this sentence rely on a stereotype about {biastarget}? Answer yes or no.|"
  "Edit this sentence with the smallest change that removes the stereotype from it.|"
  "Given a sentence and the group it targets, say whether the sentence is biased against that group.",
  mods="", weight=2.0, own_share=0.6)
F("hate_speech", "judgement", "a post from social media|a tweet|a comment in {lang}|a post in {lang} from an online forum",
  "decide whether the post is hateful, offensive or neither|identify the group the post targets|"
  "say whether the post attacks an individual or a whole group|decide whether the post is hateful towards {biastarget}",
  "Answer with one label.|Give the label only.",
  "Hate speech attacks people because of who they are, for example their {biastarget}.|"
  "Offensive language is rude or insulting but does not target a group.|"
  "A post can be aggressive without being hateful.",
  "Here is a post written in {lang} on a social network. Decide whether it is hateful "
  "towards a group of people, and if it is, say whether it targets one person or a whole group.|"
  "Classify this tweet as hate speech, offensive language or neither.|Is this comment toxic? Answer yes or no.|"
  "Which group, if any, is attacked in this post?|Label the post as abusive or not abusive.|"
  "Does the following comment contain a threat? Answer yes or no.|"
  "You are a content moderator. Decide whether each comment should be removed, and give the rule it breaks.",
  mods="", weight=2.0, own_share=0.6)
F("ethics_judgement", "judgement", "an anecdote about a difficult situation|a short story about a moral choice|"
  "two actions a person could take|a description of what someone did and why",
  "decide who is in the wrong in the anecdote|say whether the author acted ethically|"
  "choose the less ethical of the two actions|decide whether the anecdote describes something that really "
  "happened or something the author is only considering|judge whether the behaviour is acceptable",
  "Answer \"author\", \"other\", \"everybody\" or \"nobody\".|Answer \"acceptable\" or \"unacceptable\".|"
  "Answer with A or B.",
  "Judge the situation by common moral standards, not by the law.|Several people may share the blame.",
  "Read this anecdote and decide who behaved badly: the author, the other people involved, everybody or nobody.|"
  "Was I wrong here? Give an honest verdict and one sentence of reasoning.|"
  "Which of these two actions is less ethical? Answer A or B.|"
  "Is it wrong to keep money you find on the street? Explain briefly.|"
  "Here is an anecdote and a claim that it describes something that already happened rather than a plan. Is the claim right?|"
  "Decide whether the person in the story did the right thing, and explain the moral principle involved.",
  mods="", weight=1.5, own_share=0.6)
F("legal_text", "judgement", "a sentence from a court opinion|an article of a legal act|the facts of a court case|"
  "a clause from a contract|a legal question",
  "decide whether the sentence overrules an earlier decision|classify the legal act as a regulation, a decision or a "
  "directive|say which rights, if any, were violated on the facts|identify the type of the contract clause|"
  "state the holding of the case in one sentence",
  "Answer \"overruling\" or \"non-overruling\".|Answer with one category.|Answer yes or no.",
  "An overruling sentence sets aside a previous decision as precedent.|"
  "A regulation applies directly, a directive sets a goal that each member state must reach, and a decision "
  "binds only those it is addressed to.",
  "Read this sentence from a judge's opinion: does it set aside an earlier ruling?|"
  "Classify this article of European Union law as a regulation, a decision or a directive.|"
  "Given the facts of this case, has the right to a fair trial been violated?|"
  "What kind of clause is this: termination, confidentiality, liability or payment?|"
  "Summarise the holding of this court decision in plain language.|Is this contract clause enforceable? Explain.|"
  "Read the statute and say whether the described conduct is allowed.", mods="", weight=1.5, own_share=0.6)
F("country_lookup", "open_qa", "a country name|the name of a country|a country",
  "return the {cprop} of the country|give the country's {cprop}|look up the {cprop} of the given country",
  "Answer with the value only.|Return only the answer.",
  "If there is more than one, give the most common one.|Use the most recent figure you know.",
  "You will get the name of a country. Reply with its {cprop}.|"
  "What is the capital of {cf_country}?|Which currency is used in {cf_country}?|"
  "On which continent is {cf_country}?|What is the internet domain of {cf_country}?|"
  "{cf_capital} is the capital of which country?|Which country uses the top-level domain {cf_tld}?|"
  "What is the {cprop} of {country}?|Tell me the {cprop} of {cf_country}.|"
  "Given a country, return the year it became independent. If it was never colonised, say so.|"
  "Name the country whose capital is {cf_capital}.", mods="", weight=2.0, own_share=0.6)
F("code_count", "code", "a {plang} program|a piece of {plang} code|a list of programs",
  "count the number of {construct} in the program|find how many {construct} the code contains|"
  "say whether the program contains any {construct}",
  "Answer with a number.", "Count only the constructs that appear in the code itself, not in comments.",
  "Count how many {construct} the {plang} program below contains.|How many {construct} are there in this code?|"
  "Count the {construct} in the following program.|Does this program use any {construct}? Answer yes or no.|"
  "Given a C++ program, return the number of loops it contains.", mods="", weight=1.0, own_share=0.6)
F("meronym", "words", "an object|an entity|a word for a whole thing|two words",
  "name a part of the given object|name one component of the object|"
  "decide whether the first word names a part of the second|give a more general word for the entity",
  "Answer with one word.|Answer yes or no.",
  "A meronym is a word for a part of something; the word for the whole is its holonym.|"
  "A hypernym is a more general word; a hyponym is a more specific one.",
  "Name a part of a {whole}.|Is a {part} part of a {whole}?|What are the main parts of a {whole}?|"
  "Name something that is a component of the thing you are given.|"
  "What is a more general word for \"{animal}\"?|Give three more specific kinds of {cat}.|"
  "Which of these is a part of a {whole}: a {part} or a {noun}?", mods="", weight=1.5, own_share=0.6)
F("negotiation", "judgement", "an utterance from a negotiation and the turns before it|a negotiation dialogue|"
  "a message from a buyer or a seller",
  "decide whether the utterance uses the strategy of {strategy}|say whether the two sides reached a deal|"
  "write the next message in the negotiation|classify the strategy the speaker uses",
  "",
  "The participants are negotiating over {negitems}.|A strategy is cooperative when it builds rapport and selfish "
  "when it only serves the speaker.",
  "This message comes from two people bargaining over {negitems}. Looking at it and the turns before it, say "
  "yes if the speaker is using {strategy} and no if not.|"
  "Two people are negotiating over {negitems}. Did they reach an agreement?|"
  "Which negotiation strategy does the speaker use in this message?|"
  "Write a polite counter-offer for this negotiation over {negitems}.|Is the seller's last message a concession?",
  mods="", weight=1.5, own_share=0.6)
F("perturbation", "generation", "a sentence|a sentence in {lang}|a short sentence and a target word",
  "generate a new sentence by making small changes that keep it plausible|"
  "change one word so that the meaning flips|write a sentence that is similar in form but different in meaning",
  "Output one sentence.",
  "Keep the new sentence close to the input in meaning and in sentence structure.|"
  "The new sentence should describe something that could easily happen.",
  "Given a sentence in {lang}, write a new {lang} sentence with small changes that keep it related and "
  "plausible.|Change one word in this sentence so that it means the opposite.|"
  "Make a minimal edit to the sentence so that the answer to the question changes.|"
  "Write a sentence that looks like this one but is false.|Swap the roles of the two people in this sentence.",
  mods="", weight=1.5, own_share=0.6)
F("argument_pairs", "judgement", "two arguments about {debate}|a pair of arguments|an argument and a topic",
  "decide whether the two arguments make the same point|decide whether the argument is valid|"
  "say whether the argument supports or opposes the topic|rate the quality of the argument",
  "Answer \"similar\" or \"not similar\".|Answer \"valid\" or \"invalid\".|Answer \"pro\" or \"con\".",
  "Two arguments are similar when they rest on the same reason, even if the wording differs.",
  "Decide whether these two arguments about {debate} make the same point.|"
  "Is this a valid argument about {debate}? Answer valid or invalid.|"
  "Does this argument support or oppose {debate}?|What does this argument imply for the people affected by it?|"
  "Rate how convincing this argument is from 1 to 5.", mods="", weight=1.0, own_share=0.6)
F("list_ops", "arithmetic", "a list of integers|a list of numbers|a list of integers and two indices i and j|"
  "a list of lists of numbers",
  "remove the duplicates from the list|return the element with the largest absolute value|"
  "round every number to the nearest ten|keep only the elements at odd positions|"
  "return the product of all the other elements for each position|list the differences between consecutive numbers|"
  "concatenate the elements from position i to position j|sum the numbers in each inner list|"
  "remove every number that is divisible by 3|replace each even number by half of it and each odd one by three "
  "times it plus one",
  "Return the new list in brackets.|If the list is empty, return an empty list.",
  "Positions start at 1.|If two numbers have the same absolute value, return the positive one.",
  "Remove all duplicates from this list of numbers.|What is the largest number in this list?|"
  "Return every other element of the list.|Reverse this list of numbers.|"
  "For each position, multiply together all the other numbers in the list.|"
  "Subtract each element from the one after it.", mods="", weight=1.0, own_share=0.4)
F("temporal_reasoning", "reasoning", "a sentence and a question about time|a short story|an event",
  "say how long the event probably lasted|say how often the event usually happens|"
  "say when the event most likely took place|write a question about the duration of an event in the sentence|"
  "give a wrong but plausible answer about how long the event took",
  "Answer with a short phrase.|Keep the answer simple.",
  "Use common sense about how long everyday things take.|Many answers can be right; give the most likely one.",
  "How long does it usually take to {hobby}?|How often do people usually go to the dentist?|"
  "In this sentence, how long did the meeting probably last?|"
  "Write a question about how often the event in this sentence happens.|"
  "What time of day does the event in the sentence most likely happen?|Did the event happen before or after the other one?",
  mods="", weight=1.0, own_share=0.6)
F("coreference_reasoning", "reasoning", "a sentence with a pronoun and its referent|a sentence with a target pronoun|"
  "a short passage with two people",
  "explain why the pronoun refers to the given person|give a wrong reason for the pronoun's referent|"
  "write a question whose answer requires resolving the pronoun",
  "Write one sentence.", "The reason should use knowledge about the situation, not grammar alone.",
  "Explain why \"he\" in this sentence refers to {name}.|Give a reason someone might wrongly use to decide who "
  "\"she\" is.|Write a question about this passage that can only be answered by knowing who \"they\" are.|"
  "Does the pronoun in that sentence point to {name}? Answer yes or no.|"
  "Do \"{noun}\" and \"it\" point to the same thing in this sentence?", mods="", weight=1.0, own_share=0.6)

# Question-answer layouts, reasoning framings and translation with language names.
F("cot_frames", "formats", "a question|a word problem|a yes-or-no question",
  "answer the question, thinking step by step|reason about the question before answering|"
  "work out the answer and explain how you got there",
  "Give the final answer on the last line.|End with \"So the answer is ...\".",
  "Think it through one step at a time.|Write your reasoning first, then the answer.",
  "{cotq} Let's think it through one step at a time.|Question: {cotq}\nReason step by step, then answer:|"
  "{cotq}\nThink carefully first, then give your answer.|Q: {cotq}\nA: Let me work it out.|"
  "Question: {cotq}\nYour reasoning:|{name}: {cotq}\n{name2}: Let me think about it before I answer...|"
  "{cotp}\nFirst write your thoughts freely, then state the final answer.|Q: {cotp}\nA: Let me take this one step at a time.|"
  "Problem: {cotp}\nWork through it step by step and give the answer at the end.|{cotp} Show your working.|"
  "Answer the question below. Explain your thinking before the final answer.\n{cotq}|"
  "Here is a question: {cotq} Think out loud, then answer yes or no.|"
  "Question: {cotq}\nOptions:\n- yes\n- no\nStep-by-step reasoning:|"
  "{name} asked me: {cotq} Help me reason it out.|Solve this with a short chain of reasoning. {cotq}",
  mods="", weight=3.0, own_share=0.85)
F("options_format", "formats", "a question and a list of options|a passage, a question and answer options|"
  "a premise and a hypothesis",
  "pick the correct answer from the options|choose the best option|select all the options that are true",
  "Answer with the option only.|Answer with the letter of the option.",
  "Exactly one option is correct.|More than one option may be correct.",
  "Question: {cotq}\nOptions:\n- yes\n- no\nAnswer:|{cotq}\nChoose your answer from:\n(A) yes\n(B) no|"
  "Answer the question about the text.\nQuestion: {cotq}\nPick one: yes, no, it is not possible to tell.|"
  "Pick the right answer from the options below.\n{cotq}\nOptions: yes / no / maybe|"
  "Multiple choice: {cotq}\n(a) yes (b) no (c) cannot say|"
  "Premise:\nHypothesis:\nDoes the hypothesis follow from the premise? Options:\n- yes\n- it is not possible to tell\n- no|"
  "Text:\nBased on the text, is the following statement correct? Options: true, false.|"
  "Which of the following is the best answer? Select one option.|"
  "Is it true that the sentence follows from the text above? Choose from the options.|"
  "Multi-select problem: which of the statements are supported by the passage?", mods="", weight=2.0, own_share=0.8)
F("passage_ending", "formats", "a passage and an incomplete sentence|a story with a blank|a news passage and a query",
  "pick the ending that best completes the passage|say which entity should fill the blank|write the most likely next sentence",
  "Answer with the option only.", "The blank may stand for a person, a place or an organisation.",
  "Pick the most sensible ending for the passage.|Choose the ending that fits this passage best.|"
  "What should fill the blank in the last sentence? Options are the entities named in the passage.|"
  "Read the story and choose the most sensible final sentence.|Complete the passage with the best option.|"
  "Which option completes the query correctly?", mods="", weight=1.0, own_share=0.7)
F("translate_slots", "formats", "a sentence in {lang}|a short text|a phrase",
  "translate the sentence into {lang2}|say the sentence in {lang2}|give the {lang2} translation of the phrase",
  "Output only the translation.", "",
  "Into {lang2}, please:|Put \"{sent}\" into {lang2}; it is written in {lang}.|{sent} How would you put that in {lang2}?|"
  "How do you say \"{sent}\" in {lang2}?|Translate the sentence below into {lang2}.|"
  "{Lang}: {sent}\n{lang2}:|What is \"{sent}\" in {lang2}?|Translate into {lang2}: {sent}|"
  "Please translate this from {lang} into {lang2}.|Write the sentence in {lang2}.|"
  "In this task, you are given a sentence in {lang}. Your job is to translate it into {lang2}, keeping numbers as they are.",
  mods="", weight=2.0, own_share=0.85)
F("curious_question", "formats", "a question|a question about a topic",
  "answer the question", "", "",
  "I've always wondered: what is {term}?|I've been curious about this: who was {figure}?|"
  "Quick question: where is {landmark}?|Something I never understood: how does {invention} work?|"
  "Here's a question for you: {cotq}|I have a question about {field}: what are its main ideas?|"
  "Answer this question: who founded {company}?|Please answer this question: what is {film} about?|"
  "Do you know who directed {film}?|Answer the following question: what is a {species}?",
  mods="", weight=1.5, own_share=0.95)
F("dialogue_turns", "formats", "a conversation between a client and an assistant|a chat log with two speakers|"
  "a dialogue with one turn left blank",
  "write the assistant's next turn|fill in the missing turn of the dialogue|say which speaker wrote the last line",
  "Write only the missing turn.", "",
  "Client: I'd like to book a table for four.\nAssistant:|User: Can you help me reset my password?\nAgent:|"
  "Customer: My order hasn't arrived.\nSupport:|{name}: Are you free on Saturday?\n{name2}:|"
  "Here is a conversation with one line missing. Fill in the blank.|"
  "Continue the dialogue between the customer and the assistant.|Who is speaking in the last line, the user or the system?|"
  "Read the chat and write the next thing the assistant should say.", mods="", weight=1.5, own_share=0.8)
F("code_fix_pairs", "code", "a broken piece of {plang} code|a buggy function and its error message|a fix and the broken code",
  "give the fixed version of the code|describe the bug and the fix|write the broken version that this fix repairs",
  "Return only the code.", "",
  "Here is a broken version of the code. Write the fixed version.|A possible fix is shown below. What was the bug?|"
  "Broken code:\nFixed code:|This {plang} function throws an error. Fix it.|"
  "Given the corrected code, write a buggy version with one realistic mistake.", mods="", weight=1.0, own_share=0.7)
F("stance_detect", "classification", "a tweet|a comment about {debate}|a short opinion",
  "describe the stance of the text towards the topic|decide whether the writer is for or against {debate}",
  "Answer \"for\", \"against\" or \"neutral\".", "",
  "What position does this tweet take on {debate}?|Is the author for or against {debate}?|"
  "What is the writer's position on {debate}?|Does this comment support or oppose the proposal?",
  mods="", weight=1.0, own_share=0.6)
F("sentence_property", "classification", "a sentence|a short text",
  "say whether the sentence refers to {sprop}|list the acronyms in the text|say what hour the time phrase refers to",
  "Answer yes or no.", "",
  "Does the sentence below mention {sprop} at all?|Does this sentence talk about {sprop}?|"
  "Find every acronym among these words.|Which hour of the day (0 to 23) is meant by \"{dtime}\"?|"
  "Is this sentence about {sprop}? Yes or no.", mods="", weight=1.0, own_share=0.7)
F("story_from_points", "generation", "key plot points|a list of highlights|a few bullet points",
  "write a story from the plot points|write a news article from the highlights|expand the bullet points into a paragraph",
  "", "",
  "Turn these plot points into a short story.|Expand these highlights into a full article.|"
  "Turn these bullet points into a short news story.|Write a paragraph that covers all of these points.|"
  "Here are the highlights of a news story. Write the full article.", mods="tc", weight=1.0, own_share=0.7)
F("entity_relation", "extraction", "a few paragraphs of information|a set of facts|a passage about {entityname}",
  "find the entity that has the relation \"{relname}\" with the subject|"
  "say which entity in the passage is the {relname} of the subject",
  "Answer with the entity only.", "",
  "Facts:\nWhich entity is linked to {entityname} by the relation \"{relname}\"?|"
  "Having read the text above, name the {relname} of {entityname}.|"
  "According to the information, which entity is related to {entityname} by \"{relname}\"?",
  mods="", weight=1.0, own_share=0.7)

# Long persona system prompts, video and image prompts.
F("persona_long", "roleplay", "my requests|a project|my situation",
  "act as {a_prole} and {ptask}", "",
  "You are an expert in {pfield}.|Ask me questions when something is unclear.|Skip explanations unless I ask for them.",
  "I want you to act as {a_prole}. You know {pfield} inside out. I will describe my situation, and you will "
  "{ptask}. My first request is: \"{firstask}\"|"
  "Act as {a_prole}. You are an expert in {pfield}. Your task is to {ptask}.\n\nYou will:\n- {duty}\n- {duty2}\n"
  "- {duty3}\n\nRules:\n- {rule}\n- {rule2}|"
  "Act as {a_prole}. You are {explevel} in {pfield}. Your task is to {ptask}. {rule}|"
  "You are {a_prole} with deep knowledge of {pfield}. Help me {ptask}. {rule} {rule2}|"
  "I want you to act as my {prole}. I will tell you about my situation and you will {ptask}. "
  "Only answer as {a_prole} would. {firstask}|"
  "From now on, you are {a_prole}. Use your knowledge of {pfield} to {ptask}. Keep your answers practical.|"
  "Take the role of {a_prole}. I need you to {ptask}. Start by asking me what I have already tried.|"
  "You are a world-class {prole}. Your expertise covers {pfield}. Your job: {ptask}.\n\nGuidelines:\n- {duty_cap}\n"
  "- {duty2_cap}\n- {rule}|"
  "Act as {a_prole} and {ptask}. Explain your reasoning in plain language and list any risks.|"
  "I need {a_prole}. {firstask} Please {ptask}.|"
  "Role: {prole_cap}\nExpertise: {pfield}\nTask: {ptask_cap}\nStyle: clear, practical, friendly|"
  "Pretend you are {a_prole}. I am {audience}. {ptask_cap}, and check that I understand each step.",
  mods="c", weight=6.0, own_share=0.95)
F("persona_markdown", "roleplay", "a request|an input document|a task",
  "{ptask}", "", "",
  "# Role\nYou are {a_prole}.\n\n## Task\n{ptask_cap}.\n\n## Steps\n1. {duty_cap}\n2. {duty2_cap}\n3. {duty3_cap}\n\n"
  "## Output\n{fmt_cap}|"
  "You are {a_prole} performing a review.\n\n## Inputs\n- the user's draft\n- their goals\n\n## What to do\n"
  "{ptask_cap}. {duty_cap}.\n\n## Rules\n- {rule}\n- {rule2}|"
  "## Context\nThe user works in {pfield}.\n\n## Your role\nAct as {a_prole}.\n\n## Goal\n{ptask_cap}.\n\n"
  "## Format\nReply with {fmt}.|"
  "**Role:** {prole_cap}\n**Objective:** {ptask_cap}\n**Constraints:** {rule} {rule2}\n**Output:** {fmt}",
  mods="", weight=2.0, own_share=1.0)
F("video_prompt", "generation", "a scene idea|a subject for a short video|a story for a short clip",
  "write a shot-by-shot prompt for a short video|describe the scene for a video generator, shot by shot",
  "", "Mention camera movement, lighting and timing.",
  "A cinematic {n}-second video of {vidsubj}. {cammove_cap}, {lighting}, smooth motion.|"
  "[00:00-00:03] {Cammove} of {vidsubj}.\n[00:03-00:06] {cammove2_cap}, {lighting}.|"
  "Shot 1: {cammove} of {vidsubj}. Shot 2: {cammove2}. Shot 3: close-up, {lighting}.|"
  "Create a vertical 9:16 video: {vidsubj}, {imgstyle} style, {lighting}.|"
  "Write a prompt for a video generator showing {vidsubj}. Include the camera movement and the mood.|"
  "Describe a short film scene of {vidsubj}, shot by shot, with sound effects.", mods="", weight=2.0, own_share=0.9)
F("image_prompt_detailed", "generation", "a subject|a photo idea|a character",
  "write a detailed prompt for an image generator|describe the photo with camera, film and lighting details",
  "", "",
  "{imgsubj_cap}, shot on 35mm film, {lighting}, shallow depth of field, grainy vintage look.|"
  "Authentic analog photograph of {imgsubj}, {lighting}, muted colours, natural skin texture.|"
  "Ultra-detailed {imgstyle} illustration of {imgsubj}, {lighting}, 8k, centred composition.|"
  "Portrait of {a_prole} at work, {lighting}, 85mm lens, sharp focus on the eyes.|"
  "Create a sticker sheet of {n} cute characters based on {animal}s, white background, thick outlines.|"
  "Design a poster for {film} in a minimalist style.|"
  "Image prompt: subject: {imgsubj}; style: {imgstyle}; lighting: {lighting}; camera: {cammove}.",
  mods="", weight=1.5, own_share=0.95)

# Closed-book questions about named entities, reference texts, lists to classify.
F("person_qa", "entities", "a person's name|a famous person|a historical figure",
  "say who the person is|explain what the person is known for|give a short biography of the person",
  "", "",
  "Who was {figure}?|What is {figure} known for?|Tell me about {figure}.|Who is {celeb}?|"
  "Why is {celeb} famous?|When was {figure} born?|What did {figure} discover or invent?|"
  "Give me a short biography of {figure}.|What were {figure}'s main achievements?|How did {figure} die?|"
  "Where did {figure} grow up?|What is {celeb}'s best-known work?|Who was {figure} married to?|"
  "Was {figure} a scientist?|What team does {celeb} play for?|Why was {figure} important?",
  mods="c", weight=3.0, own_share=0.95)
F("film_tv_qa", "entities", "a film|a TV series|a film title",
  "say what the film is about|name the director and the main actors|recommend similar films",
  "", "",
  "Who directed {film}?|What is {film} about?|Who starred in {film}?|When did {film} come out?|"
  "Who plays the lead in {show}?|What is {show} about?|How many seasons of {show} are there?|"
  "Is {film} worth watching?|What are some films like {film}?|Who wrote the music for {film}?|"
  "Which character in {show} is your favourite and why?|Did {film} win an Oscar?|Where was {film} filmed?|"
  "Who starred as the main character in {film}?|Summarise the plot of {film} without spoilers.",
  mods="c", weight=2.5, own_share=0.95)
F("music_qa", "entities", "a band|a musician|a composer|an instrument",
  "describe the musician's style and best-known work|explain how the instrument is played|recommend songs",
  "", "",
  "Who is {band}?|What genre of music is {band}?|What are the best songs by {band}?|"
  "Which album by {band} should I listen to first?|Who has {band} worked with?|What is a {instrument}?|"
  "Is the {instrument} a string, wind or percussion instrument?|How do you play the {instrument}?|"
  "Why was {band} so influential?|Sort these instruments into string and percussion: {instrument}, {instrument2}.",
  mods="c", weight=1.5, own_share=0.95)
F("species_qa", "entities", "an animal|a plant|a species",
  "describe the species and where it lives|say what the species eats|say whether the species is endangered",
  "", "",
  "What is a {species}?|Where does the {species} live?|What does a {species} eat?|Is the {species} endangered?|"
  "How long does a {species} live?|Is the {species} a mammal?|What family does the {species} belong to?|"
  "How big does a {species} get?|What are the predators of the {species}?|Tell me three facts about the {species}.|"
  "How does the {species} survive the winter?|To which genus does the {species} belong?|Can a {species} swim?",
  mods="c", weight=2.0, own_share=0.95)
F("company_qa", "entities", "a company|a brand|an organisation",
  "say what the company does|give a short history of the company|name the company's main products",
  "", "",
  "What does {company} do?|Who founded {company}?|When was {company} founded?|Where is {company} based?|"
  "What is {company} best known for?|How does {company} make money?|Who are {company}'s main competitors?|"
  "Is {company} a public company?|What was {company}'s first product?|Who is the CEO of {company}?|"
  "Why did {company} become so successful?|What is the difference between {company} and {company2}?",
  mods="c", weight=2.0, own_share=0.95)
F("place_qa", "entities", "a place|a landmark|a natural wonder",
  "say where the place is and why it is famous|describe the place's history|suggest when to visit",
  "", "",
  "Where is {landmark}?|What is {landmark} famous for?|How old is {landmark}?|Who built {landmark}?|"
  "How was {landmark} formed?|When is the best time to visit {landmark}?|How tall is {landmark}?|"
  "What can you do near {landmark}?|Is {landmark} worth visiting?|Tell me the history of {landmark}.|"
  "What is the weather like in {city} in winter?|What is the population of {city}?|"
  "{city} or {city2}: which is better for a weekend trip, and why?", mods="c", weight=2.0, own_share=0.95)
F("event_qa", "entities", "a historical event|a period of history|an invention",
  "explain the causes and consequences of the event|say when and where it happened|explain who invented it and how it works",
  "", "",
  "What caused {hevent}?|When did {hevent} happen?|What were the consequences of {hevent}?|"
  "Who were the key people in {hevent}?|Why is {hevent} important today?|Explain {hevent} in simple terms.|"
  "Who invented {invention}?|When was {invention} invented?|How does {invention} work?|"
  "How did {invention} change the world?|What came before {invention}?", mods="c", weight=2.0, own_share=0.95)
F("term_qa", "entities", "a term|a technical term|a concept from {field}",
  "explain what the term means|define the term and give an example", "", "",
  "What is {term}?|What is {term} and why does it matter?|Explain {term} in one paragraph.|Define {term}.|"
  "What does {term} mean?|Can you explain {term} to a beginner?|What is {term} used for?|"
  "What are some practical applications of {field}?|What is the difference between {term} and {term2}?|"
  "What are the main ideas of {field}?", mods="c", weight=2.5, own_share=0.95)
F("health_qa", "entities", "a health question|a common illness|a symptom",
  "give general information about the condition|explain how long recovery usually takes", "",
  "Give general information and suggest seeing a doctor when symptoms are serious.",
  "What is the usual recovery time for {condition}?|What are the symptoms of {condition}?|"
  "How can I prevent {condition}?|When should I see a doctor for {condition}?|What helps with {condition}?|"
  "Is {condition} contagious?|What causes {condition}?", mods="c", weight=1.0, own_share=0.95)
F("reference_text", "entities", "a paragraph about {entityname}|a passage about {entityname}|a reference text",
  "answer the question using only the paragraph|extract the dates mentioned in the passage|"
  "list the people named in the text|summarise the paragraph in two sentences",
  "Separate the items with commas.|Answer in one sentence.", "",
  "Given this paragraph about {entityname}, what is it best known for?|"
  "Given this paragraph about {entityname}, when did it start?|"
  "Based on this passage, who founded {entityname} and in what year?|"
  "Using the passage, pull out the names of the people it mentions, separated by commas.|"
  "According to the passage, in which year was {entityname} established?|"
  "Using the text as a reference, list the main facts about {entityname} in bullet points.|"
  "Given a reference text about {landmark}, tell me where it is located.|"
  "Please summarize this paragraph about {entityname}.|"
  "Based on the text below, what are the key achievements of {figure}?|"
  "Extract the list of films mentioned in the passage, with the year each was released.|"
  "According to the paragraph, why is {entityname} significant?|"
  "Here is a reference text about {entityname}. What are the three most important points?|"
  "Given this text about {band}, list their albums and the year each was released.",
  mods="c", weight=4.0, own_share=0.95)
F("classify_list", "entities", "a list of items|a list of names|a list of words",
  "classify each item into one of two groups|say which items belong to the category|"
  "find the item that does not belong",
  "Answer with two lists.", "",
  "Label each of these as a {cat} or a {cat2}: {members}.|"
  "Which of these are {cat}s: {members}?|Tell me which of these are films and which are TV series: {film}, {show}, "
  "{film2}, {show2}.|Identify which of the following are companies and which are countries: {company}, {country}, "
  "{company2}, {country2}.|Classify these animals as mammals, birds or fish: {species}, {species2}, {animal}.|"
  "Which of these people were scientists and which were artists: {figure}, {figure2}, {figure3}?|"
  "Categorize each of these as a sport or a hobby.|Sort these dishes by country of origin: {dish}, {dish2}, {dish3}.|"
  "From the following list, which are instruments: {instrument}, {noun}, {instrument2}, {animal}?|"
  "Tell me whether each of these is a fruit or a vegetable.|Which of these cities are capitals: {city}, {city2}, {city3}?|"
  "Group these sports by whether they use a ball.|Which of the following are in Europe: {landmark}, {landmark2}, {landmark3}?",
  mods="", weight=3.0, own_share=0.95)
F("compare_entities", "entities", "two places|two products|two teams|two films",
  "compare the two and say which is better for the user|explain the difference between the two",
  "", "",
  "Which would you pick, {city} or {city2}, and why?|What is the difference between {species} and {species2}?|"
  "{club} or {club2}: which club has won more titles?|Which is older, {landmark} or {landmark2}?|"
  "Is {film} better than {film2}?|Compare {company} and {company2}.|"
  "Who was more influential, {figure} or {figure2}?|Which is healthier, {dish} or {dish2}?",
  mods="c", weight=1.5, own_share=0.95)
F("brainstorm_list", "generation", "a topic|a goal|a situation",
  "brainstorm a list of ideas|give a list of suggestions", "Give {n} ideas.", "",
  "Think of some {btopic}.|Give me a list of {btopic}.|Brainstorm {btopic}.|What are some {btopic}?|"
  "List {n} {btopic}.|I need ideas: {btopic}.|Can you suggest {btopic}?|Come up with {btopic}.",
  mods="tc", weight=2.0, own_share=0.95)
F("where_to", "entities", "a shopping need|a practical question|a local question",
  "suggest where to find or buy the thing|give practical options", "", "",
  "Where is a good place to buy {thing}?|Where can I learn {field} online for free?|"
  "Where should I go to see {species}s in the wild?|Where can I watch {film}?|Where is the best {dish} in {city}?|"
  "Where can I get a bicycle repaired cheaply?", mods="c", weight=1.0, own_share=0.95)
F("persona_extended", "roleplay", "a project|my situation|a request",
  "act as {a_prole} and {ptask}", "", "",
  "Act as {a_prole}. You are {explevel} with many years of experience in {pfield}, and you explain your thinking "
  "so that a non-specialist can follow it. Your task is to {ptask}.\n\nYou will:\n- {duty_cap}\n- {duty2_cap}\n"
  "- {duty3_cap}\n- {duty4_cap}\n\nRules:\n- {rule}\n- {rule2}\n- {rule3}\n\nStart by asking me what I already have.|"
  "I want you to act as {a_prole}. I will tell you about my goals and my constraints, and you will use what you "
  "know about {pfield} to {ptask}. Before you answer, {duty}. Then {duty2}, and {duty3}. {rule} {rule2} "
  "My first request is: \"{firstask}\"|"
  "You are {a_prole}. Your expertise covers {pfield}.\n\nObjective: {ptask_cap}.\n\nProcess:\n1. {duty_cap}.\n"
  "2. {duty2_cap}.\n3. {duty3_cap}.\n4. {duty4_cap}.\n\nConstraints:\n- {rule}\n- {rule2}\n\nOutput: {fmt}.|"
  "Act as {a_prole} who helps {audience}. Your job is to {ptask}. Keep in mind that the user may know little "
  "about {pfield}, so {duty}. Always {duty2}. {rule} {rule2} {rule3}|"
  "Take on the role of {a_prole}. I am working on {a_deliverable} and need you to {ptask}. As you work, "
  "{duty}, {duty2} and {duty3}. When you are unsure, say so. {rule}",
  mods="", weight=4.0, own_share=1.0)
F("persona_foreign", "roleplay", "a request in another language|my situation",
  "answer as an expert in the user's language", "", "",
  "Du bist ein erfahrener {de_role}. Deine Aufgabe ist es, mir zu helfen, {de_task}. Stelle zuerst Rückfragen, "
  "wenn etwas unklar ist.|Agiere als {de_role}. Ich beschreibe dir meine Situation, und du hilfst mir, {de_task}. "
  "Antworte auf Deutsch und gib konkrete Beispiele.|Ich möchte, dass du als {de_role} agierst. Hilf mir, {de_task}.|"
  "Agis en tant que {fr_role}. Ta mission est de m'aider à {fr_task}. Pose-moi des questions si quelque chose "
  "n'est pas clair.|Tu es un {fr_role} expérimenté. Aide-moi à {fr_task}. Réponds en français, de façon claire et "
  "concrète.|Je veux que tu joues le rôle d'un {fr_role}. Je vais te décrire ma situation et tu vas m'aider à {fr_task}.|"
  "Actúa como {es_role}. Tu tarea es ayudarme a {es_task}. Hazme preguntas si algo no está claro.|"
  "Eres un {es_role} con experiencia. Ayúdame a {es_task}. Responde en español.|"
  "Quiero que actúes como {es_role}. Te describiré mi situación y me ayudarás a {es_task}.|"
  "你是一名经验丰富的{zh_role}。你的任务是帮助我{zh_task}。如果有不清楚的地方，请先提问。|"
  "扮演{zh_role}。我会描述我的情况，你需要帮我{zh_task}。\n规则：\n- 语言要通俗易懂\n- 每一步都给出例子|"
  "请你作为{zh_role}，帮我{zh_task}。回答要简洁。", mods="", weight=1.5, own_share=1.0)
F("workflow_steps", "generation", "a deliverable|a project that is nearly finished|a task with several stages",
  "plan the remaining steps of the project|turn the task into a checklist", "", "",
  "Get the {deliverable} ready to share.\n\nChecklist:\n- {duty_cap}\n- {duty2_cap}\n- {duty3_cap}\n- Check it "
  "against the brief one last time|We are in the last stage of the {deliverable}. {Duty}, {duty2} and {duty3}, then "
  "list anything still open.|Plan the {deliverable} from start to finish.\n\nStages:\n1. Research\n2. Draft\n3. "
  "Review\n4. Publish\n\nFor each stage, {duty}.|Write the release notes for {a_app}, grouped into new "
  "features, fixes and known issues.|Write a project brief for {a_deliverable}: goals, audience, timeline, budget "
  "and risks.|Break the {deliverable} into tasks, estimate each one and say who should own it.",
  mods="c", weight=1.5, own_share=1.0)


def extend(name: str, own: str) -> None:
    """Add phrasings to an existing family (appended after its own ones, so earlier template ids keep their text)."""
    import dataclasses

    i = next(k for k, f in enumerate(FAMILIES) if f.name == name)
    FAMILIES[i] = dataclasses.replace(FAMILIES[i], own=FAMILIES[i].own + _split(own))


# More phrasings for the families whose distinct prompts ran out first under the mixing weights (issue 21).
extend("multiple_choice",
       "Choose the best answer.\nQuestion:\nA)\nB)\nC)\nD)|Which option answers the question? Reply with A, B, C or D.|"
       "Read the question and the four choices, then give the letter of the right one.|"
       "Answer the multiple-choice question below with the full text of the correct option.|"
       "Question:\nChoices:\nThe correct choice is:|Select the answer that fits best and explain why the others do not.|"
       "Here is a quiz question about {subject}. Pick the right option.|"
       "Which of the answers below is correct? If none is, say \"none of the above\".|"
       "Article:\nQuestion:\nOptions:\nAnswer with the option that the article supports.")
extend("passage_ending",
       "Passage:\nQuery:\nWhich of the listed entities should replace the blank in the query?|"
       "Story so far:\nWhat happens next? Pick one of the endings.|Here are four possible endings. Which one fits the story?|"
       "Complete the last sentence of the news story with one of the names mentioned in it.|"
       "Choose the sentence that best continues the paragraph.|Which continuation is the most plausible?")
extend("emotion",
       "What emotion does the speaker feel?|Which feeling is expressed here: joy, sadness, anger, fear, surprise or "
       "disgust?|How is the writer feeling in this message?|Label the emotion of each sentence.|"
       "Text:\nEmotion:|Does this tweet express anger? Answer yes or no.|What mood does this diary entry convey?")
extend("acceptability",
       "Is this sentence grammatical? Answer yes or no.|Would you accept this sentence as correct English?|"
       "Sentence:\nIs the sentence acceptable or unacceptable?|Does this sentence sound natural to a native speaker?|"
       "Mark the sentence as grammatical or ungrammatical.|Is there anything wrong with the grammar of this sentence?")
extend("question_type",
       "What kind of answer does this question expect: a number, a person, a place, a date or a description?|"
       "Classify the question by the type of its answer.|Is this question about a person, a location or an entity?|"
       "Question:\nAnswer type:|What is this question asking for?|Is this a yes/no question or an open question?|"
       "Which category does the question fall into?")
extend("answer_check",
       "Question:\nAnswer:\nIs the answer right? yes or no|Is \"{x}\" the correct answer to the question?|"
       "Does the given answer match the question? Answer true or false.|"
       "Here is a question and a suggested answer. Should the suggestion be accepted?|"
       "Check whether the reply actually answers what was asked.|Is the following statement a correct answer to the question?")
extend("data_to_text",
       "Describe this data in one sentence.|Turn these attributes into one fluent sentence.|"
       "Data:\nSentence:|Here are some facts about a restaurant. Describe it in one sentence.|"
       "Write a short description of the item from its table of properties.|Generate a sentence about this data: name, "
       "type, area, price range.|Describe the following triples in plain English.|"
       "Write a paragraph that uses every field in this record.")
extend("coreference",
       "Sentence:\nDoes \"it\" refer to the first or the second noun?|Who is the pronoun talking about?|"
       "In the sentence, is \"they\" the same people as \"the workers\"?|Which noun phrase does \"this\" point back to?|"
       "Text:\nDo the two highlighted phrases name the same thing? Yes or no.|"
       "Resolve the pronoun in this sentence and explain your choice.")
extend("title_headline",
       "Give this article a title.|What would be a good headline for this story?|Title:|"
       "Write a headline of at most ten words for the news item.|Suggest a title for this blog post.|"
       "Article:\nWhat is a suitable title for the article above?|Write a catchy title for this text.|"
       "What is the title of this text likely to be?")
extend("topic",
       "What is this article about?|In which newspaper section does this story belong: world, sports, business "
       "or science?|Text:\nTopic:|What is the main subject of this paragraph?|Classify the news story by topic.|"
       "Is this text about politics, sport, business or technology?|Which category fits this question best?|"
       "Give the topic of this text in two or three words.")
extend("reading_qa",
       "Passage:\nQuestion:\nAnswer:|Read the text and answer the question that follows.|"
       "Answer the question based on the article.|According to the passage, why did it happen?|"
       "Article:\nQuestion:\nAnswer using a span from the article.|What does the passage say about the main character?|"
       "Context:\nQ:\nA:|Use the paragraph to answer: who, what and when?|"
       "Answer the question from the text. If the text does not say, answer \"unknown\".|"
       "Background:\nQuestion:\nGive a short answer.")
extend("sentiment",
       "Is this review positive or negative?|Review:\nSentiment:|Did the reviewer like the film?|"
       "How does the customer feel about the product?|Is the sentiment of this tweet positive, negative or neutral?|"
       "On a scale of 1 to 5, how positive is this review?|Would this customer recommend the product? Yes or no.|"
       "Title:\nReview:\nIs the review favourable?|What is the tone of this review: happy or unhappy?|"
       "Read the comment and say whether the writer is satisfied.|Is this a thumbs-up or a thumbs-down review?")
extend("summarise_text",
       "Sum up this article in a single sentence.|Write a short summary of the text.|Article:\nSummary:|"
       "What are the main points of this passage?|Give me a TL;DR.|Summarise the dialogue in two sentences.|"
       "List the key highlights of this news article.|Sum up the text in under 30 words.|"
       "Condense the paragraph into a single sentence.|Briefly, what is this story about?")
extend("entailment",
       "Premise:\nHypothesis:\nEntailment, neutral or contradiction?|If the first sentence is true, must the second "
       "be true too?|Does the second sentence follow from the first?|Sentence A:\nSentence B:\nDoes A imply B?|"
       "Given the text, is the claim true, false or impossible to tell?|Can the statement be concluded from the passage?|"
       "Text:\nClaim:\nIs the claim supported by the text?")
extend("similarity",
       "Are these two questions duplicates?|Do the two sentences say the same thing in different words?|"
       "Sentence 1:\nSentence 2:\nAre they paraphrases?|How similar are the meanings of these sentences, from 1 to 5?|"
       "Is the second sentence a paraphrase of the first?|Would these two questions get the same answer?")
extend("question_generation",
       "Write a question that this text answers.|Generate a question about the article.|"
       "Given the answer below, write the question it answers.|Write a quiz question based on this passage.|"
       "Create a multiple-choice question from this article, with four options.|What question would you ask about "
       "this plot?|Article:\nAsk one question about this article:|Write a trivia question about {figure}.")
extend("fill_blank",
       "Fill in the blank with the correct word.|Which word best completes the sentence?|"
       "Sentence with a blank:\nOptions:\nAnswer:|Complete the sentence: ____|What goes in the gap?|"
       "Choose the option that fills the blank correctly.")
extend("trivia",
       "Answer this trivia question.|Quiz time: who painted the Mona Lisa?|What is the capital of {country}?|"
       "Which planet is closest to the sun?|Trivia question:\nAnswer:|Who wrote {book}?|"
       "In which year did {hevent} begin?|Here is a pub quiz question. Answer it in a few words.")
extend("what_next",
       "What happens next in this story?|What is the most likely next event?|Predict what the person will do next.|"
       "Story:\nWhat happened next?|How does the scene continue?|What would probably happen after this?")
extend("step_by_step",
       "Answer the question. Reason it out before the final answer.|Question:\nReasoning steps:\nFinal answer:|"
       "Think through the problem carefully, then answer.|Explain your thinking step by step, then answer yes or no.|"
       "Give a short chain of reasoning and then the answer.|Work out the answer, showing each step.")
extend("options_format",
       "Question:\nPossible answers:\n- true\n- false|{cotq} Pick one:\n[i] yes\n[ii] no|"
       "Choose your answer.\n{cotq}\nAvailable choices:\n1. yes\n2. no\n3. not sure|"
       "Select the correct answer from the list below.|Options:\nA.\nB.\nWhich option is right?")
