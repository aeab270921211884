"""Task families of the default corpus, third round of issue 21: dataset prompt templates with labelled fields and slot names. Written for this project.

Owns: families registered into `retrieval.families.FAMILIES` when `retrieval.families` is imported (through
`F(...)`, same fields as there), extra phrasings for existing families (`extend`), and `SLOTS`, the new generator
slots these families use (names prefixed `ps_`; `retrieval.generator` adds them to its slot tables).
Plain data only; changing it changes the default corpus (and so its fingerprint). The real corpora under
../shared/data/corpora are the yardstick these families were measured against, never their source.
"""

from __future__ import annotations

from softprism.retrieval.families import F, extend

SLOTS: dict[str, list[str]] = {
    # placeholders for a passage / first input
    "ps_ctx": ["{premise}", "{sentence1}", "{context}", "{passage}", "{text}", "{article}", "{document}",
               "{paragraph}", "{story}", "{content}", "{support}", "{background}", "{plot}", "{Text}",
               "{input_text}", "{source_text}", "{body}", "{sentence}", "{context_text}",
               "{passage_text}", "{abstract}", "{description}", "{claim_text}", "{narrative}", "{excerpt}"],
    # placeholders for a second input (hypothesis, question, claim)
    "ps_hyp": ["{hypothesis}", "{sentence2}", "{claim}", "{statement}", "{question}", "{conclusion}",
               "{sent2}", "{candidate}", "{second_sentence}",
               "{option_b}"],
    "ps_q": ["{question}", "{query}", "{Query}", "{question_text}", "{question_stem}", "{questions_0}",
             "{prompt}", "{q}",
             "{input}"],
    "ps_a": ["{answer}", "{answers_text_0}", "{target}", "{label}", "{correct_answer}", "{output}",
             "{answer_choices_label}", "{answer_text}", "{gold}"],
    "ps_choices": ["{answer_choices_0} or {answer_choices_1}",
                   "\"{answer_choices_0}\", \"{answer_choices_1}\" or \"{answer_choices_2}\"",
                   "{answer_choices_0}, {answer_choices_1}, or {answer_choices_2}", "{options}"],
    "ps_word": ["{word}", "{target_word}", "{pronoun}", "{span1_text}", "{span2_text}", "{entity}", "{subject}",
                "{keyword}", "{option1}", "{option2}", "{noun}", "{term}", "{entity_name}", "{mention}"],
    "ps_title": ["{title}", "{headline}", "{review_title}", "{question_title}", "{topic}", "{name}",
                 "{product_title}", "{Title}", "{movie_title}", "{app_name}", "{entity_name}", "{target_name}"],
    "ps_summary": ["{summary}", "{highlights}", "{abstract}", "{target_text}", "{headline}", "{tldr}"],
    "ps_review": ["{review}", "{text}", "{content}", "{review_body}", "{review_text}", "{sentence}", "{tweet}",
                  "{comment_text}", "{Review}", "{review_content}", "{utterance}"],
    "ps_dialogue": ["{dialogue}", "{dialog}", "{conversation}", "{transcript}",
                    "{chat_history}"],
    "ps_facts": ["{fact1}", "{fact2}", "{fact1} {fact2}",
                 "{support_text}", "{triples}"],
    "ps_goal": ["{goal}", "{sol1}", "{sol2}", "{solution}", "{ctx_a}", "{ctx}", "{startphrase}", "{sent1}",
                "{first_sentence}", "{activity_label}", "{obs1}", "{obs2}"],
    "ps_list": ["{concepts}", "{meaning_representation}", "{input_table}",
                "{mr}", "{attributes}", "{input_string}", "{graph_sentence}",
                "{key_value_pairs}"],
    "ps_rel": ["{relation}", "{predicate}", "{property}", "{relation_type}"],
    "ps_lang": ["{lang}", "{source_lang}", "{target_lang}", "{language}", "{src_lang}", "{tgt_lang}"],
    "ps_xy": ["{X} is the capital of {Y}", "{X} was born in {Y}",
              "{sub_label} is a member of {obj_label}", "{X} plays for {Y}", "{subject} works for {object}",
              "{X} is located in {Y}", "{masked_sentence}", "{X} speaks {Y}", "{statement}"],
    "ps_scenario": ["{scenario}", "{intent}", "{service}", "{intent_name}", "{label_text}", "{domain}",
                    "{scenario} - {intent}"],
    "ps_intent": ["set an alarm for six", "play some jazz", "check the weather tomorrow", "book a table",
                  "transfer money to a friend", "report a lost card", "turn off the lights", "add milk to my list",
                  "read my new emails", "find a nearby pharmacy", "change my PIN", "check my balance",
                  "order a taxi", "remind me about a meeting", "top up my phone", "cancel a payment",
                  "translate a phrase", "start a timer", "call my sister", "dispute a charge"],
    "ps_biotype": ["species", "organisms", "gene names", "protein names", "chemicals", "diseases",
                   "drug names", "cell lines", "anatomical parts", "adverse effects", "mutations"],
    "ps_persona": ["loves hiking and owns two dogs", "works night shifts as a nurse", "is learning to play the violin",
                   "grew up on a farm", "collects old vinyl records", "is a vegetarian who loves cooking",
                   "has just moved to a new city", "coaches a youth football team", "is afraid of flying",
                   "writes poetry in their spare time", "is training for a marathon", "has three younger brothers",
                   "works as a software engineer", "lives by the sea", "volunteers at an animal shelter"],
    "ps_code": ["{canonical_solution}", "{test}", "{code}", "{solution}", "{starter_code}"],
    "ps_fn": ["{entry_point}", "{function_name}", "{func_name}", "{entry_point}({args}"],
    "ps_date": ["{Date}", "{date}", "{timestamp}", "{created_at}", "{published}"],
    "ps_stance": ["{target}", "climate change", "feminism", "abortion", "atheism", "a presidential candidate",
                  "gun control", "immigration", "vaccination", "nuclear power", "the new tax law", "{topic}",
                  "remote work", "animal testing", "school uniforms"],
    "ps_writer": ["{author}", "{columnist}", "a well-known columnist", "a sports journalist", "a political commentator",
                  "{writer_name}"],
    "ps_price": ["{listed_price}", "{price}", "{item_price}", "$250", "$80"],
    # plain words for relation questions over facts
    "ps_relation": ["country of citizenship", "place of birth", "located in the administrative territorial entity",
                    "instance of", "member of sports team", "record label", "genre", "occupation", "publisher",
                    "original language of work", "parent taxon", "headquarters location", "developer",
                    "manufacturer", "country", "employer", "educated at", "spouse", "director", "author",
                    "part of the series", "located next to body of water", "military branch", "position held",
                    "languages spoken or written", "sibling", "creator", "father", "mother", "owned by",
                    "home venue", "continent", "capital", "founded by", "named after", "taxon rank",
                    "performer", "date of death", "religion", "award received", "place of death",
                    "member of political party", "cast member", "platform", "league", "characters",
                    "original network", "producer", "architect", "participant of", "follows", "followed by"],
    # medical subject-style terms for tagging abstracts
    "ps_mesh": ["Humans", "Female", "Male", "Adult", "Middle Aged", "Aged", "Child", "Infant", "Adolescent",
                "Animals", "Mice", "Rats", "Risk Factors", "Treatment Outcome", "Retrospective Studies",
                "Prospective Studies", "Cohort Studies", "Randomized Controlled Trial", "Diabetes Mellitus",
                "Hypertension", "Neoplasms", "Breast Neoplasms", "Coronary Disease", "Asthma", "Obesity",
                "Depression", "Anxiety", "Cell Line", "Gene Expression", "Mutation", "Apoptosis",
                "Signal Transduction", "Immunohistochemistry", "Magnetic Resonance Imaging", "Pregnancy",
                "Body Mass Index", "Smoking", "Inflammation", "Brain", "Liver", "Kidney", "Heart Failure",
                "Stroke", "HIV Infections", "Tuberculosis", "Vaccination", "Antibodies", "Drug Therapy",
                "Surgery", "Time Factors", "Quality of Life", "Prognosis", "Follow-Up Studies", "Incidence",
                "Prevalence", "Questionnaires", "Sensitivity and Specificity", "Blood Pressure", "Insulin",
                "Cholesterol", "Osteoporosis", "Alzheimer Disease", "Parkinson Disease", "Schizophrenia",
                "Sleep", "Exercise", "Diet", "Bacteria", "Viruses", "Enzymes", "Proteins", "RNA", "DNA"],
    # everyday goals for "wrong solution" tasks
    "ps_goalphrase": ["keep bread fresh for longer", "remove a stripped screw", "clean a cast iron pan",
                      "stop a door from squeaking", "dry wet shoes quickly", "open a stuck jar lid",
                      "make ice cubes clear", "keep a cut apple from browning", "fold a fitted sheet",
                      "remove chewing gum from hair", "unclog a sink drain", "hang a picture straight",
                      "ripen an avocado faster", "keep cables from tangling", "peel a hard-boiled egg easily",
                      "stop glasses from fogging up", "soften hard brown sugar", "get rid of fruit flies",
                      "remove a splinter", "keep paint brushes from drying out", "sharpen a pencil without a sharpener",
                      "make a paper airplane fly farther", "cool a drink quickly", "waterproof a pair of boots",
                      "remove a wine stain from a carpet", "keep flowers fresh in a vase", "light a charcoal grill",
                      "patch a hole in drywall", "measure flour accurately", "melt chocolate without burning it",
                      "make a candle burn longer", "store fresh herbs", "thread a needle", "tie a tie",
                      "loosen a rusted bolt", "clean a microwave", "freeze leftover soup", "prevent a cutting board from slipping",
                      "remove a price sticker", "whiten a yellowed shirt", "keep a tent warm at night",
                      "start a campfire in the rain", "make coffee without a coffee maker",
                      "find a stud in a wall", "protect plants from frost", "descale a kettle"],
    # search requests (for self-containedness checks)
    "ps_search": ["best price for it", "how tall is he", "opening hours near me", "what did they decide",
                  "reviews of that one", "recipe for the one from yesterday", "flights to Lisbon in May",
                  "symptoms of iron deficiency", "who won the match", "why is it doing that",
                  "cheapest electric car in Europe", "what year did the Berlin Wall fall", "convert 5 miles to km",
                  "the other version", "is it safe", "same but in blue", "population of Canada 2020",
                  "how to reset a router", "when does the store close", "show me more like this",
                  "her latest album", "train times from Leeds to York", "how long to boil an egg",
                  "does it come in size 10", "what about the second one", "side effects of ibuprofen"],
}

# Families in promptsource template style (own wording). Field placeholders come from ps_* VOCAB slots.
F("nli_guaranteed_template", "templates",
  given="a premise and a hypothesis|a short text and a statement|two sentences",
  do="say whether the statement is certainly true, possibly true or impossible given the text|"
     "decide whether the hypothesis has to be true when the premise is true|"
     "say whether the text gives enough reason to assert the statement|"
     "decide whether the second sentence can be concluded from the first",
  out="Answer yes, no or maybe.|Answer with always, sometimes or never.|Answer true, false or inconclusive.|"
      "Choose from {ps_choices}.",
  note="A statement is guaranteed true only when the text leaves no other possibility.",
  own="{ps_ctx} Given only this, is \"{ps_hyp}\" guaranteed to be true? Yes, no, or maybe?|"
      "If we know that {ps_ctx}, is it certain that {ps_hyp}? Answer yes, no or maybe.|"
      "Given {ps_ctx} Is it guaranteed true that \"{ps_hyp}\"? {ps_choices}|"
      "{ps_ctx}\nFrom the sentence above, can one conclude that \"{ps_hyp}\"? Yes, no, or maybe?|"
      "Statement: {ps_ctx}\nIs the claim \"{ps_hyp}\" true, false, or undetermined by the statement?|"
      "{ps_ctx} With that in mind, would it be fair to say \"{ps_hyp}\"? Yes, no, or maybe?|"
      "We are told: {ps_ctx} Is \"{ps_hyp}\" then certain, possible, or ruled out?|"
      "Read this: {ps_ctx} Relying on the text and on common knowledge, is \"{ps_hyp}\" right, wrong, or impossible to tell?|"
      "Treat this as a fact: {ps_ctx} Is the sentence \"{ps_hyp}\" then true, false, or unclear?|"
      "{ps_ctx} Considering the text above, is the following always, sometimes or never true: {ps_hyp}|"
      "{ps_ctx} Does that imply \"{ps_hyp}\"? {ps_choices}|{ps_ctx}\nClaim: {ps_hyp}\nTrue, false or neither?|"
      "{ps_ctx} Can we assume from this that \"{ps_hyp}\"? Yes, no, or maybe?|"
      "{ps_ctx}\nAccording to the passage, is it true that \"{ps_hyp}\"?|"
      "{ps_ctx}\n\nCan the following hypothesis be inferred from the text above?\n{ps_hyp}\n\nOptions: {ps_choices}",
  mods="", weight=1.0, own_share=0.8)
F("nli_must_be_true", "templates",
  given="a premise and a hypothesis|a passage and a claim|a situation and a statement",
  do="decide whether the statement must be true, could be true or cannot be true|"
     "say whether the claim is supported by the passage, contradicted by it or neither|"
     "decide whether the premise entails, contradicts or is neutral towards the hypothesis",
  out="Answer entailment, neutral or contradiction.|"
      "Answer \"must be true\", \"might be true\" or \"cannot be true\".",
  note="",
  own="{ps_ctx}\nIf all of the above holds, must \"{ps_hyp}\" hold as well?|"
      "Premise: {ps_ctx}\nHypothesis: {ps_hyp}\nDoes the premise guarantee that the hypothesis holds?|"
      "Sentence A: {ps_ctx}\nSentence B: {ps_hyp}\nSuppose A is true. Is B then true too?|"
      "Check the claim against the passage.\n\n{ps_ctx}\n\nClaim: {ps_hyp}\nSupported, refuted, or not enough information?|"
      "{ps_ctx}\nIs the claim \"{ps_hyp}\" backed up by the text? {ps_choices}?|"
      "Premise: {ps_ctx}\nHypothesis: {ps_hyp}\nWhenever the premise is true, is the hypothesis true?|"
      "{ps_ctx} Going only by the text, is this statement correct, incorrect or unknown: {ps_hyp}|"
      "If \"{ps_ctx}\" is true, does \"{ps_hyp}\" follow?|{ps_ctx}\nQuestion: {ps_hyp} True or False?|"
      "Does \"{ps_ctx}\" tell us that \"{ps_hyp}\"? Options: {ps_choices}|"
      "From the sentence \"{ps_ctx}\", may we conclude \"{ps_hyp}\"?|"
      "Premise: \"{ps_ctx}\"\nHypothesis: \"{ps_hyp}\"\nLabel the pair as entailment, neutral or contradiction.",
  mods="", weight=1.0, own_share=0.8)
F("nli_write_hypothesis", "templates",
  given="a premise|a sentence|a short passage",
  do="write a sentence that is definitely true given the premise|"
     "write a hypothesis that contradicts the premise|"
     "write a statement that might be true but is not implied by the text",
  out="Write one sentence.",
  note="",
  own="{ps_ctx}\nWrite a statement that is implied by the text above.|"
      "Premise: \"{ps_ctx}\"\nWrite a sentence that cannot be true if the premise is true.|"
      "{ps_ctx}\n\nWrite a hypothesis that the text neither confirms nor rules out.|"
      "Write a sentence that must be true whenever this one is: {ps_ctx}|"
      "Produce a statement that contradicts the following: {ps_ctx}|Premise: {ps_ctx}\nEntailed hypothesis:|"
      "Here is a sentence: {ps_ctx}\nWrite another sentence that may or may not be true given the first one.",
  mods="", weight=1.0, own_share=0.7)
F("paraphrase_pair_template", "templates",
  given="two sentences|two questions|a pair of sentences",
  do="decide whether the two sentences are paraphrases|decide whether the two questions ask the same thing|"
     "say whether the second sentence restates the first|decide whether the two questions are duplicates",
  out="Answer yes or no.|Answer with \"duplicate\" or \"not duplicate\".",
  note="",
  own="Sentence 1: {ps_ctx}\nSentence 2: {ps_hyp}\nDo the two sentences say the same thing?|"
      "Is \"{ps_hyp}\" just a rewording of \"{ps_ctx}\"? Yes or no?|"
      "Do the questions \"{ps_ctx}\" and \"{ps_hyp}\" have the same answer?|"
      "Question A: {ps_ctx}\nQuestion B: {ps_hyp}\nAre A and B duplicates of each other?|"
      "Two users posted \"{ps_ctx}\" and \"{ps_hyp}\". Are they asking the same question?|"
      "Do \"{ps_ctx}\" and \"{ps_hyp}\" mean the same? {ps_choices}|"
      "{ps_ctx}\n{ps_hyp}\nIs the second sentence a paraphrase of the first?|"
      "Are these two sentences equivalent in meaning?\n{ps_ctx}\n{ps_hyp}|"
      "First question: {ps_ctx}\nSecond question: {ps_hyp}\nSame question or different? {ps_choices}|"
      "Does \"{ps_hyp}\" paraphrase \"{ps_ctx}\"?|"
      "Tell me whether these sentences paraphrase each other.\n1. {ps_ctx}\n2. {ps_hyp}",
  mods="", weight=1.0, own_share=0.8)
F("pronoun_reference_template", "templates",
  given="a sentence and a pronoun|a passage, a pronoun and a noun phrase|a sentence with a blank and two options|"
        "a sentence with an underscore",
  do="decide whether the pronoun refers to the noun phrase|say who or what the pronoun refers to|"
     "decide which of two names the pronoun stands for|choose which option should replace the blank|"
     "say which of the two names fits the underscore",
  out="Answer yes or no.|Answer with the noun phrase.|Answer with the option only.",
  note="The blank is written as an underscore.",
  own="{ps_ctx} In this sentence, is \"{ps_word}\" referring to {ps_title}? Yes or no?|"
      "{ps_ctx}\nDoes \"{ps_word}\" here stand for \"{ps_title}\"?|"
      "{ps_ctx}\nIn the text above, \"{ps_word}\" points to {ps_title}. True or false?|"
      "{ps_ctx}\nWhat does \"{ps_word}\" refer to?|"
      "Passage: {ps_ctx}\n\nQuestion: which noun does the pronoun \"{ps_word}\" replace?|"
      "{ps_ctx} Whom does \"{ps_word}\" mean in that sentence? Options: {ps_choices}|"
      "In \"{ps_ctx}\", are \"{ps_word}\" and \"{ps_title}\" the same person or thing?|"
      "{ps_ctx}\nQuestion: does the pronoun \"{ps_word}\" refer to \"{ps_title}\"? Answer:|"
      "{ps_ctx}\nWhich option belongs in place of the _?\n- {ps_word}\n- {ps_goal}|"
      "{ps_ctx}\nWho or what is the _ in this sentence? {ps_choices}|"
      "Put the right option into the _ below.\n{ps_ctx}\nOption 1: {ps_word}\nOption 2: {ps_goal}|"
      "Does the _ in this sentence mean {ps_word} or {ps_goal}?\n{ps_ctx}|"
      "{ps_ctx}\nPick the option that fills the underscore best: {ps_choices}|"
      "Choose the word that completes the sentence at the blank.\n{ps_ctx}\nChoices: {ps_choices}",
  mods="", weight=1.0, own_share=0.8)
F("review_sentiment_template", "templates",
  given="a product review|a movie review|a restaurant review|a tweet",
  do="decide whether the review is positive or negative|say whether the reviewer liked the product|"
     "decide whether the customer was satisfied|"
     "say whether the review would make you more or less likely to buy it",
  out="Answer positive or negative.|Answer with one word.",
  note="",
  own="{ps_review} Would you call this review positive or negative?|"
      "{ps_review}\nWas the reviewer happy with the product?|"
      "Title: {ps_title}\nReview: {ps_review}\nPositive or negative?|"
      "A customer wrote this about something they bought. Were they pleased or disappointed?\nTitle: {ps_title}\nReview: {ps_review}|"
      "Imagine you are deciding whether to buy this item. Would this review make you more or less likely to buy it?\nTitle: {ps_title}\nReview: {ps_review}|"
      "{ps_review}\nWhat did the writer think of the film?|{ps_review} Did the writer like this movie?|"
      "{ps_review}\nWhich sentiment does this movie review express?|"
      "{ps_review} Overall, the reviewer's opinion of the film is|"
      "Is the tone of this product review positive or negative?\nTitle: {ps_title}\nReview: {ps_review}\nAnswer:|"
      "{ps_review}\nDoes the person who wrote this tweet sound happy or upset?|"
      "Review: {ps_review}\nWould this customer recommend the product?|{ps_review} In short, my verdict is|"
      "Review: {ps_review}\nRate the sentiment of this review from 1 (very negative) to 5 (very positive).",
  mods="", weight=1.0, own_share=0.8)
F("star_rating_template", "templates",
  given="a review|an app review|a restaurant review|a hotel review",
  do="guess how many stars the reviewer gave|predict the rating of the review from 1 to 5|"
     "say whether the user would recommend the app to a friend",
  out="Answer with a number of stars.|Answer with one of: not at all, no, maybe, yes, definitely.",
  note="",
  own="{ps_review}\nMy rating for it would be|{ps_review}\n===\nHow many stars out of five?|"
      "Review:\n{ps_review}\n\nNumber of stars:|"
      "How many stars (1 to 5) did the author of this review probably give? \"{ps_review}\"|"
      "App review: \"{ps_review}\"\nWould this user suggest the app to a friend? {ps_choices}|"
      "Rate this review from 1 (worst) to 5 (best): \"{ps_review}\"|"
      "Write a {x}-star review of the app {ps_title}.|"
      "{ps_review}\nWhat star rating goes with this review of the place?|"
      "Guess the star rating of this restaurant review: {ps_review}|"
      "Read the hotel review and guess its score out of five.",
  mods="", weight=1.0, own_share=0.8)
F("news_topic_template", "templates",
  given="a news article|a headline and a short description|a title and a body",
  do="decide which section of a newspaper the article belongs in|choose a category for the article|"
     "tell which area the article covers: sports, business, science and technology, or world politics",
  out="Answer with the category.",
  note="",
  own="{ps_ctx}\nWhich category fits this news story best?|Does this news item concern {ps_choices}?\n{ps_ctx}|"
      "In which part of a newspaper would you expect to find this story?\n{ps_ctx}|"
      "{ps_ctx}\nWhat is the topic of this article?|"
      "Who would be most interested in this article: a politician, a sports fan, a business person or a scientist?\n\n{ps_ctx}|"
      "{ps_ctx}\n\nThis text is about which of the following?\n{ps_choices}|"
      "Assign the article to one of these categories: {ps_choices}.\n{ps_ctx}|"
      "{ps_ctx}\nIs this story about world news, sport, business or science?|"
      "Headline: {ps_title}\nStory: {ps_ctx}\nSection:",
  mods="", weight=1.0, own_share=0.8)
F("entity_category_template", "templates",
  given="a title and a short description|a paragraph about an entity|a question from a forum",
  do="pick the category the text is about from a list of options|"
     "decide which kind of entity the paragraph describes|classify the forum question into a topic",
  out="Answer with one category.",
  note="",
  own="{ps_title} - {ps_ctx}\nIs this text about a company, a school, an artist, an athlete, a politician, a vehicle, a building, a natural place, a village, an animal, a plant, an album, a film or a book?|"
      "Choose the category that matches the text. Categories: {ps_choices}.\n{ps_title} - {ps_ctx}|"
      "{ps_ctx}\nWhich of these categories does the paragraph fall under: {ps_choices}?|"
      "Question title: {ps_title}\nQuestion body: {ps_ctx}\nWhat topic is this question in? {ps_choices}|"
      "Someone posted this on a question-and-answer site: {ps_title} {ps_ctx}\nWhich topic does it belong to?|"
      "{ps_title}\n\n{ps_ctx}\n\nIs {ps_title} a company, a person, a place, a creative work or a living thing?|"
      "Decide whether this description is of a film, an album, a building or a village: {ps_ctx}",
  mods="", weight=1.0, own_share=0.8)
F("offensive_tweet_template", "templates",
  given="a tweet|a comment|a social media post",
  do="decide whether the tweet is offensive|say whether the comment contains hate speech|"
     "decide whether the tweet is ironic|pick the emoji that best fits the tweet|say whether the post is toxic",
  out="Answer yes or no.|Answer with the label.",
  note="",
  own="{ps_review}\nIs this tweet insulting or offensive?|Is there hate speech in this tweet?\n{ps_review}|"
      "{ps_review}\nIs the author being ironic?|"
      "Pick the emoji that suits this tweet.\n{ps_review}\nOptions: {ps_choices}|"
      "Comment: {ps_review}\nToxic or not? {ps_choices}|Does this tweet attack a group of people?\n{ps_review}|"
      "Tweet: {ps_review}\nIs the author for or against {ps_title}? {ps_choices}|"
      "What emotion does this tweet convey: {ps_choices}?\n{ps_review}",
  mods="", weight=1.0, own_share=0.8)
F("extractive_qa_template", "templates",
  given="a context and a question|a passage and a question|an article and a question|"
        "a context and a question that may have no answer",
  do="copy the span of the context that answers the question|"
     "answer the question with a span copied from the passage|"
     "find the part of the article that answers the question|"
     "answer the question or say that it cannot be answered from the passage|"
     "decide whether the passage contains the answer to the question",
  out="Copy the answer from the passage.|Answer with a short phrase from the text.|"
      "If the passage does not contain the answer, say \"unanswerable\".|Answer yes or no.",
  note="",
  own="Pull the answer to this question out of the context below.\nQuestion: {ps_q}\nContext: {ps_ctx}|"
      "The answer to \"{ps_q}\" can be found in this text: \"{ps_ctx}\". What is it?|"
      "Passage:\n\"{ps_ctx}\"\n\nThe answer to the question below appears in the passage.\n\nQuestion: {ps_q}|"
      "{ps_ctx}\n\nQ: {ps_q}\n\nA:|"
      "Use the passage to answer the question.\n\nPassage: {ps_ctx}\n\nQuestion: {ps_q}|"
      "Read the text and answer the question.\n\n{ps_ctx}\n\n{ps_q}|"
      "{ps_ctx}\n\nBased on this passage, answer: {ps_q}|"
      "Here is an article:\n{ps_ctx}\nAnswer this question about it: {ps_q}|"
      "Context: {ps_ctx}\nQuestion: {ps_q}\nAnswer:|"
      "Title: {ps_title}\n\nContext: {ps_ctx}\n\nQuestion: {ps_q}\n\nAnswer:|"
      "The article below is about {ps_title}.\n\n{ps_ctx}\n\nQuestion: {ps_q}|"
      "Question: \"{ps_q}\"\n\nContext: \"{ps_ctx}\"\n\nAnswer:|"
      "{ps_ctx}\n\nQuestion: {ps_q}\n\nWrite \"unanswerable\" if the passage does not say.|"
      "{ps_ctx}\nDoes the passage above contain enough to answer \"{ps_q}\"?|"
      "Does the passage below answer the question \"{ps_q}\"? If so, give the answer.\n{ps_ctx}|"
      "Answer the question from the text, or reply \"no answer\" if the text does not cover it.\n{ps_ctx}\n{ps_q}|"
      "What is the answer to {ps_q}? Use the context below; if it is not there, say you do not know.\n{ps_ctx}|"
      "Is the question \"{ps_q}\" answerable from this passage? {ps_ctx}",
  mods="", weight=1.0, own_share=0.8)
F("yes_no_passage_template", "templates",
  given="a passage and a yes/no question|an article and a question|a paragraph and a question",
  do="answer the yes/no question after reading the passage|"
     "say whether the answer to the question is true or false according to the passage",
  out="Answer yes or no.|Answer True or False.",
  note="",
  own="{ps_ctx}\n\nNow that I've read this, my question is: {ps_q}?|"
      "Passage: {ps_ctx}\n\nQuestion about the passage: {ps_q}? True or False?|"
      "{ps_ctx}\n\nAccording to the passage above, {ps_q}?|{ps_ctx}\nQuestion: {ps_q}?\nAnswer:|"
      "Going by this passage, {ps_q}? {ps_ctx}|"
      "{ps_ctx}\n\nFrom the text above, is the answer to \"{ps_q}\" yes or no?|"
      "Text: {ps_ctx}\n\nYes or no: {ps_q}?|{ps_title} -- {ps_ctx}\nQ: {ps_q}?|"
      "Quiz\nReply yes or no.\n\nText: {ps_ctx}\nQuestion: {ps_q}?|"
      "Read the passage and say yes or no: {ps_q}?\n{ps_ctx}|"
      "After reading the article on {ps_title}, is it true that {ps_q}?",
  mods="", weight=1.0, own_share=0.8)
F("closed_book_qa_template", "templates",
  given="a trivia question|a question about a well-known fact|a question",
  do="answer the question from memory|give a short answer to the trivia question",
  out="Answer with a short phrase.",
  note="",
  own="{ps_q}|Answer this question: {ps_q}|Question: {ps_q}\nAnswer:|What's the answer to this: {ps_q}|"
      "This came up in a pub quiz: {ps_q} Do you know the answer?|Q: {ps_q}\n\nA:|{ps_q}\n\nAnswer:|"
      "Can you answer this question? {ps_q}|Trivia: who directed {film}?|Answer as briefly as possible: {ps_q}|"
      "The answer is \"{ps_a}\". What might the question be?|Write a question whose answer is {ps_a}.",
  mods="", weight=1.0, own_share=0.85)
F("multiple_choice_context_template", "templates",
  given="a context, a question and options|an article, a question and four options|"
        "a dialogue, a question and three options",
  do="after reading the context, pick the option that best answers the question|"
     "pick the option that answers the question about the article|"
     "answer the question about the dialogue by choosing one option",
  out="Answer with the option text.|Answer with the letter.",
  note="",
  own="Read the context, then pick the option that best answers the question.\nContext: {ps_ctx}\nQuestion: {ps_q}\nOptions:\n{ps_choices}|"
      "{ps_ctx}\nBased on this context, which option answers the question below?\nQuestion: {ps_q}\nOptions:\n{ps_choices}|"
      "Article: {ps_ctx}\nQuestion: {ps_q}\nOptions: {ps_choices}\nAnswer:|"
      "Choose the best answer after reading the article.\nArticle: {ps_ctx}\nQuestion: {ps_q}\nOptions: {ps_choices}|"
      "Dialogue:\n{ps_dialogue}\nQuestion: {ps_q}\n{ps_choices}|"
      "{ps_dialogue}\n\nWhat most likely happened just before this conversation?|"
      "{ps_ctx}\n{ps_q}\nSelect the right answer from these options:\n- {ps_choices}|"
      "Write a multiple-choice question about this article:\n{ps_ctx}|"
      "{ps_ctx}\nQ: {ps_q}\nChoices: {ps_choices}\nCorrect answer:|"
      "Exam question. Read the article and choose the correct option.\nArticle: {ps_ctx}\nQuestion: {ps_q}\nOptions: {ps_choices}|"
      "Listen to the conversation and answer the question.\n{ps_dialogue}\nQuestion: {ps_q}",
  mods="", weight=1.0, own_share=0.8)
F("science_question_template", "templates",
  given="a science question and four options|a science question with supporting text|two facts and a question",
  do="answer the science question by picking an option|combine the two facts to answer the question|"
     "use the supporting paragraph to answer the question",
  out="Answer with the option text.",
  note="",
  own="Use this paragraph to answer the question.\n\n{ps_ctx}\n\nQ: {ps_q}\n\nChoices:\n{ps_choices}\n\nA:|"
      "First fact: {ps_facts}\nSecond fact: {ps_facts}\nUsing both facts, answer \"{ps_q}\". Options: {ps_choices}|"
      "Question: \"{ps_q}\"\nAnswer choices: {ps_choices}\nHint: {ps_facts}\nWhich choice is right?|"
      "Q: {ps_q}\n\nThe paragraph below may help:\n\n{ps_ctx}\n\nChoices: {ps_choices}|"
      "{ps_q}\nPick your answer from: {ps_choices}|"
      "Science question: {ps_q}\n\nWhich of the four options is correct?\n{ps_choices}|"
      "Choose the best option for this science question. {ps_q} {ps_choices}|"
      "Fact: {ps_facts}\nQuestion: {ps_q}\nAnswer:|Put two facts together to answer: {ps_q}|"
      "Which option is supported by the facts below?\n{ps_facts}",
  mods="", weight=1.0, own_share=0.8)
F("process_effect_template", "templates",
  given="a process and a perturbation|a list of steps and a change",
  do="say how the change will affect the last step of the process|"
     "decide whether the perturbation has more, less or no effect|name the missing first step of the process",
  out="Answer more, less or no effect.",
  note="",
  own="Steps of the process:\n- {ps_ctx}\n\nIf {ps_hyp} happens, what happens to {ps_q}?\n- more\n- less\n- no effect|"
      "Here is a process with its first step left out:\n- {ps_ctx}\nWhat is the first step?|"
      "{ps_ctx}\nWhat would the final step of this process be?|"
      "Assume {ps_hyp}. What is the effect on {ps_q}? Process: {ps_ctx}|"
      "Change: {ps_hyp}\nOutcome in question: {ps_q}\nDoes the change affect the outcome directly, indirectly, or not at all?|"
      "Here are the steps of a process: {ps_ctx}\nIf one step is skipped, what changes at the end?|"
      "Steps:\n{ps_ctx}\nWhat is the next step?",
  mods="", weight=1.0, own_share=0.8)
F("situation_background_template", "templates",
  given="a background paragraph, a situation and a question|a rule and a new scenario",
  do="use the background paragraph to answer the question about the new situation|"
     "apply the rule in the paragraph to the scenario and answer the question",
  out="Answer with one of the names in the situation.",
  note="",
  own="Background: {ps_ctx}\n\nSituation: {ps_hyp}\n\nQuestion: {ps_q}|"
      "Here is a scenario: {ps_hyp}\n\nAnd some background knowledge: {ps_ctx}\n\nUse both to answer: {ps_q}|"
      "{ps_hyp}\n\nUsing the scenario above, answer this question: {ps_q}\n\nTip: {ps_ctx}|"
      "Answer the question about the scenario below.\n\n{ps_q}\n\n{ps_hyp}\n\nTip: {ps_ctx}|"
      "Scenario: {ps_hyp} Background fact: {ps_ctx} Question: {ps_q}|"
      "Read the paragraph, then answer the question.\n\nParagraph: {ps_ctx}\n\nQuestion: {ps_q}|"
      "Answer the question below, assuming that {ps_ctx}\n\n{ps_q}",
  mods="", weight=1.0, own_share=0.8)
F("character_question_template", "templates",
  given="a movie plot and a question|a story excerpt and a question|a plot summary",
  do="answer the question about the movie plot|find the full name of the person the question describes|"
     "generate a question about the plot|say whether the question can be answered from the plot",
  out="If the plot does not answer it, say \"No answer\".",
  note="",
  own="Movie: {ps_title}\nPlot: {ps_ctx}\nQuestion: {ps_q}\nIf the plot does not answer it, reply \"no answer\".|"
      "{ps_ctx}\n\nUsing the text above, what is the full name of the person who {ps_q}?|"
      "Write a question about this film plot: {ps_ctx}|"
      "I'm reading the plot of {ps_title} and I have a question: {ps_q}\nPlot: {ps_ctx}\nIf it can't be answered from the plot, just say so.|"
      "Write a film plot in which this happens: {ps_q}|"
      "What is the first name of the person who {ps_q}? Use this article:\n\n{ps_ctx}|"
      "Answer the question from the movie plot, or write \"can't answer\".\nQuestion: {ps_q}\nTitle: {ps_title}\nPlot: {ps_ctx}|"
      "Answer a question about this movie plot; if the plot does not say, reply \"no answer\".|"
      "{ps_ctx}\n\nWhat is the surname of the person who {ps_q}?",
  mods="", weight=1.0, own_share=0.85)
F("answer_check_template", "templates",
  given="a question and a candidate answer|a question and a sentence|a question, a passage and an answer",
  do="decide whether the sentence is a correct answer to the question|say whether the proposed answer is right|"
     "decide whether the answer is acceptable for the question",
  out="Answer yes or no.|Answer True or False.",
  note="",
  own="Question: {ps_q}\nA web search returned this: {ps_ctx}\nDoes it answer the question? Yes or no.|"
      "Question: {ps_q}\nCandidate answer: \"{ps_ctx}\"\nIs it correct?|"
      "{ps_q}\nIs \"{ps_ctx}\" a sensible answer to this?|"
      "Question: {ps_q}\nSuggested answer: {ps_ctx}\nRight or wrong? {ps_choices}|"
      "Is the question \"{ps_q}\" answered by the sentence \"{ps_ctx}\"?|"
      "{ps_ctx}\nQuestion: {ps_q}\nIs the answer \"{ps_a}\"?|"
      "Judge whether the answer fits the question.\nQuestion: {ps_q}\nAnswer: {ps_ctx}|"
      "Grading: question \"{ps_q}\", student's answer \"{ps_ctx}\". Correct or incorrect?|"
      "This is what happened: {ps_ctx}\n\nI asked someone {ps_q} and they answered {ps_a}.\n\nCan I trust that answer?|"
      "An automatic system answered the question \"{ps_q}\" with \"{ps_a}\". Should this answer be accepted?|"
      "I'm checking machine-generated answers.\nQuestion: {ps_q}\nAnswer given: {ps_a}\nIs it right?",
  mods="", weight=1.0, own_share=0.8)
F("goal_solution_template", "templates",
  given="a goal and two solutions|a goal|a goal and a wrong solution",
  do="choose the solution that achieves the goal|describe how to achieve the goal|"
     "rewrite the wrong solution so that it achieves the goal|"
     "decide whether the solution is correct for the goal",
  out="Answer with the solution.|Answer \"Solution 1\" or \"Solution 2\".",
  note="",
  own="Goal: {ps_goal}\n\nWhich of these endings reaches the goal?\n- {ps_ctx}\n- {ps_hyp}\n\nAnswer:|"
      "The solution below does not achieve the goal. Fix it.\nGoal: {ps_goal}\nWrong solution: {ps_hyp}\nFixed solution:|"
      "Goal: {ps_goal}\nSolution 1: {ps_ctx}\nSolution 2: {ps_hyp}\nWhich solution works better? Reply with Solution 1 or Solution 2.|"
      "Sentence: {ps_goal}\nOption 1: {ps_ctx}\nOption 2: {ps_hyp}\nWhich option completes the sentence correctly, 1 or 2?|"
      "Goal: {ps_goal}\nProposed solution: {ps_hyp}\nWill this work? Yes or no?|How can I {ps_goalphrase}?|"
      "What is a good way to {ps_goalphrase}?|"
      "Goal: {ps_goalphrase}\nSomeone suggested a method that fails. Rewrite the method so it actually achieves the goal.|"
      "I want to {ps_goalphrase}. Which option should I choose?\n{ps_choices}|"
      "The proposed way to {ps_goalphrase} is wrong. Correct it so that it works.|"
      "Complete the sentence with the most sensible option: {ps_goal}\nOptions: {ps_choices}",
  mods="", weight=1.0, own_share=0.85)
F("what_happens_next_template", "templates",
  given="the start of a scene and several endings|an unfinished story|a video caption|"
        "the first sentences of a story and two endings|a passage with its last word missing",
  do="choose the most likely continuation of the scene|pick the ending that makes most sense|"
     "write what happens next|choose the right ending for the story|predict the last word of the passage|"
     "write the next sentence",
  out="Answer with the ending.",
  note="",
  own="{ps_goal}...\nWhich ending is the most likely?\n\nEnding 1: {ps_ctx}\nEnding 2: {ps_hyp}|"
      "What comes next?\n\n{ps_goal}\n{ps_choices}|"
      "Finish the description with the most fitting ending:\n{ps_goal}\n\n{ps_choices}|"
      "{ps_ctx}\nWhich event is most likely to follow? {ps_choices}|"
      "How should this sentence end?\n{ps_goal}\n{ps_choices}|{ps_ctx}\nWhat probably happens next?|"
      "Here is the start of a story. Choose the ending that fits.\n{ps_ctx}\n{ps_choices}|"
      "Keep the story going: {ps_goal}|Write a one-sentence ending for this story: {ps_ctx}|"
      "{ps_ctx}\nWhich sentence ends the story best? {ps_choices}|"
      "{ps_ctx}\nWhich of these could continue the story?\n- {ps_choices}|"
      "Story so far:\n\n{ps_ctx}\n\nPick an ending for it from these options:\n{ps_choices}|"
      "{ps_ctx}\nWhich ending makes sense with the story? {ps_choices}|"
      "What word comes next at the end of this passage? {ps_ctx}|Supply the missing last word:\n{ps_ctx} ____.|"
      "{ps_ctx}\n\nContinue:|Write an ending for this story: {ps_ctx}|"
      "Story: {ps_ctx}\nEnding A: {ps_goal}\nEnding B: {ps_hyp}\nWhich ending fits better?",
  mods="", weight=1.0, own_share=0.8)
F("cause_effect_template", "templates",
  given="a premise and two alternatives|an event and two possible causes|a sentence and two effects",
  do="choose the alternative that is more likely the cause|choose the more plausible effect of the premise|"
     "say what caused the event",
  out="Answer with the alternative.",
  note="",
  own="{ps_ctx} Why did this happen?|{ps_ctx} What was the consequence?|"
      "Pick the more plausible option.\n\n{ps_ctx} because/so...\n- {ps_choices}|"
      "\"{ps_ctx}\" Which is the more likely cause?\nA: {ps_goal}\nB: {ps_hyp}|"
      "{ps_ctx} ...which led to what? Choose the more likely result.|"
      "{ps_ctx} The reason was... Which option is more plausible: {ps_choices}|"
      "{ps_ctx}\n\nWhich of these two is the more probable cause?\n- {ps_choices}|"
      "{ps_ctx} Consequently... {ps_choices}|Premise: {ps_ctx}\nMore likely effect?\n1: {ps_goal}\n2: {ps_hyp}",
  mods="", weight=1.0, own_share=0.8)
F("social_situation_template", "templates",
  given="a social situation and a question|a short context about a person and a question",
  do="answer the question about the person's motivation, feelings or next action|"
     "say how the other people in the situation would feel",
  out="Answer with one option.",
  note="",
  own="{ps_ctx}\n\nQuestion: {ps_q}\n\nOptions: {ps_choices}|"
      "{ps_ctx}\n\nIf the answer is \"{ps_a}\", what was the question?|"
      "Context: {ps_ctx}\nQuestion: {ps_q}\nWhich answer fits the context best?\n{ps_choices}|"
      "{ps_ctx}\n\nWhat word describes {name} here?|{ps_ctx}\n\nWhat does {name} probably want to do next?|"
      "{ps_ctx}\n\nHow do the other people probably feel now?|"
      "{ps_ctx}\n\nWhat was {name}'s reason for doing this?|"
      "{name} gave a friend a ride to the airport. How might {name} feel afterwards?|"
      "{ps_ctx}\nQuestion: {ps_q}\nDoes \"{ps_a}\" answer the question correctly?",
  mods="", weight=1.0, own_share=0.85)
F("summarize_template", "templates",
  given="an article|a news story|a dialogue|a document",
  do="summarize the article in one sentence|write the highlights of the news story|summarize the dialogue|"
     "write a short summary of the document",
  out="Write one or two sentences.",
  note="",
  own="Summary of the following: {ps_ctx}|{ps_ctx}\n\nSum up the document above in a single sentence.|"
      "Write a summary of this conversation:\n{ps_dialogue}|{ps_dialogue}\n\nWhat was this chat about, in brief?|"
      "Article: {ps_ctx}\n\nList the key points of the article.|{ps_ctx}\n===\nShort summary of the text above:|"
      "Read this article.\n\n{ps_ctx}\n\nThen write a very short abstract of it.|{ps_ctx}\n\nTL;DR:|"
      "Document: {ps_ctx}\nSummary:|"
      "Shorten this news article into a few lines that fit on a phone screen:\n\n{ps_ctx}|"
      "{ps_ctx}\nCan you put that in a nutshell?|Write a full news story from these highlights:\n\n{ps_summary}|"
      "Give a short summary of the dialogue below.\n{ps_dialogue}",
  mods="", weight=1.0, own_share=0.85)
F("title_from_text_template", "templates",
  given="an article|the first sentence of an article|a summary",
  do="write a title for the article|give a headline for the text|write an article that matches the title",
  out="Output only the title.",
  note="",
  own="{ps_ctx}\n\nSuggest a title for this text.|Give this article a headline:\n\n{ps_ctx}|"
      "Opening sentence: {ps_ctx}\n\nHeadline:|What would be a good title for the text below? {ps_ctx}|"
      "{ps_ctx}\n\nWrite a headline for this news story.|"
      "Headline: {ps_title}\n\nWrite the article that goes with this headline.|"
      "Here is a summary: {ps_summary}\n\nExpand it into a full text.|{ps_ctx}\nOne-line summary:|"
      "Write a short title for this article: {ps_ctx}|"
      "The first line of a news story is: {ps_ctx} What headline would you give it?",
  mods="", weight=1.0, own_share=0.85)
F("concepts_to_sentence_template", "templates",
  given="a list of concepts|a set of keywords|a few words|a set of attributes|a meaning representation|"
        "a table of facts about a person",
  do="write a sentence that uses all of the concepts|combine the words into one sentence about everyday life|"
     "list the concepts used in the sentence|write a description of the restaurant from the attributes|"
     "turn the table into a short biography|write a sentence that expresses all the attributes|"
     "read the bio and list the details it gives",
  out="Write one sentence.|Write fluent sentences.",
  note="",
  own="Write one sentence that uses every one of these concepts: {ps_list}|"
      "Make a single sentence out of these words: {ps_list}|"
      "Concepts (in any order): {ps_list}\nA sentence that contains them all:|"
      "Use the following concepts to build one sentence: {ps_list}.|"
      "Keywords: {ps_list}\n\nWrite a sentence about everyday life with these keywords.|"
      "Which key concepts does this sentence contain?\n\n{ps_ctx}|"
      "Write a sentence that includes the words {word}, {noun} and {verb}.|"
      "Write a sentence about a morning at the market that uses the words {noun} and {verb}.|"
      "Concept list: {ps_list}\nSentence using all concepts:|"
      "Describe the restaurant using these attributes: {ps_list}|"
      "Turn the following data into a short, grammatical text:\n{ps_list}|"
      "Attributes: {ps_list}\nRestaurant description:|"
      "From the biography below, list {ps_title}'s:\n\n- date of birth\n- job\n- nationality\n\nBiography: {ps_ctx}|"
      "Facts:\n{ps_list}\nWrite a short biography of {ps_title} from these facts.|"
      "What facts about {ps_title} does this biography give?\n\nBiography: {ps_ctx}|"
      "Write the triples below as one natural sentence: {ps_list}|Put this data into one sentence: {ps_list}|"
      "Restaurant data: name = The Green Lantern, cuisine = Thai, price = cheap, near = the station. Describe it in a sentence.|"
      "Describe the contents of this table in words: {ps_list}",
  mods="", weight=1.0, own_share=0.85)
F("question_from_answer_template", "templates",
  given="a passage and an answer|an answer and a context|a fact",
  do="write a question whose answer is the given span|generate a question about the passage|"
     "compose a question that the fact answers",
  out="Write one question.",
  note="",
  own="Write a question about the passage below whose answer is \"{ps_a}\":\n{ps_ctx}|"
      "{ps_ctx}\n\nAsk a question about this text.|"
      "Answer: {ps_a}\nContext: {ps_ctx}\nWhat question does this answer?|"
      "Write a reading comprehension question for students on this passage: {ps_ctx}|"
      "{ps_ctx}\n\nWhat is a question this paragraph can answer?|"
      "I'm preparing a reading test. Please write a good question about this passage: \"{ps_ctx}\"|"
      "Fact: {ps_facts}\nWrite a question answered by this fact.|"
      "The answer is {ps_a}. Using the article below, write the question that leads to it.\n{ps_ctx}|"
      "Write a question about {ps_title}.",
  mods="", weight=1.0, own_share=0.85)
F("relation_over_facts_template", "templates",
  given="a list of facts and a subject|a few descriptions of entities|background information and a relation",
  do="name the object entity linked to the subject by the stated relation|"
     "pick the entity from the choices that is linked to the subject by the relation|"
     "answer the relation query using the listed facts",
  out="Answer with the entity name.",
  note="The facts are given as short descriptions, one per line.",
  own="Facts:\n{ps_facts}\n\nWhich entity is the '{ps_relation}' of '{ps_word}'?\n\nOptions:\n{ps_choices}|"
      "Background:\n{ps_facts}\n\nUsing these paragraphs, find the entity related to '{ps_word}' by '{ps_relation}'.|"
      "Information:\n{ps_facts}\n\n'{ps_word}' is linked by '{ps_relation}' to which entity?|"
      "Read the facts, then answer: through the relation '{ps_relation}', '{ps_word}' connects to which object?\n{ps_facts}|"
      "From the information below, what is the {ps_relation} of {ps_word}?\n{ps_facts}\nOptions: {ps_choices}|"
      "Facts: {ps_facts}\nQuery: {ps_rel} {ps_word}\nAnswer:|"
      "Information:\n- {entityname} is a {noun} ...\n- ...\nWhich entity stands in the relation '{ps_relation}' to '{entityname}'?|"
      "Having read the descriptions above, name the entity that '{entityname}' is related to by '{ps_relation}'. Pick from the options below.|"
      "Using only the listed facts, give the {ps_relation} of {entityname}.|"
      "Facts:\n- ...\n- ...\nSubject: {entityname}\nRelation: {ps_relation}\nObject:",
  mods="", weight=1.0, own_share=0.85)
F("mesh_terms_abstract", "templates",
  given="an abstract|a medical abstract|the abstract of a biomedical paper",
  do="tag the abstract with medical subject headings|list the MeSH terms that describe the abstract|"
     "choose the keywords a medical librarian would index the paper under|"
     "decide whether a given MeSH term fits the abstract",
  out="Return the terms as a comma-separated list.|Answer yes or no.",
  note="MeSH (Medical Subject Headings) is the vocabulary used to index biomedical articles.",
  own="Abstract: {ps_ctx}\nList MeSH terms for this abstract.|"
      "Which Medical Subject Headings fit this abstract?\n{ps_ctx}|"
      "For the abstract below, output its MeSH terms.\nAbstract: {ps_ctx}|"
      "Abstract: {ps_ctx}\nIs \"{ps_mesh}\" a suitable MeSH heading for this paper?|"
      "Index this abstract with medical subject headings such as {ps_mesh} or {ps_mesh2}.|"
      "Read the biomedical abstract and list the MeSH headings it should be indexed under.|"
      "Abstract: {ps_ctx}\nMeSH keywords:|"
      "Here is the abstract of a clinical study. Which of these subject terms apply: {ps_mesh}, {ps_mesh2}, {ps_mesh3}?|"
      "Tag this medical abstract with suitable MeSH terms, for example {ps_mesh} or {ps_mesh2}.|"
      "In this task, you are given the abstract of a medical paper. Your task is to produce keywords from the Medical Subject Headings that describe it.",
  mods="", weight=1.0, own_share=0.8)
F("search_request_self_contained", "templates",
  given="a search request|a user query|a question from a conversation",
  do="decide whether the search request can be understood on its own|"
     "say whether the query needs earlier context to make sense|rewrite the query so that it is self-contained|"
     "decide whether the question is ambiguous",
  out="Answer yes or no.|Output the rewritten query only.",
  note="A self-contained request names everything it refers to and needs no earlier turns.",
  own="Is this search request self-contained? \"{ps_search}\"|"
      "Query: {ps_search}\nCan it be understood without any earlier context? Yes or no.|"
      "Would a search engine know what \"{ps_search}\" means without the earlier conversation?|"
      "A user typed this into a search box: {ps_q}\nDoes it stand on its own, or does it rely on earlier context?|"
      "Is this question clear by itself, or does it need clarification? {ps_search}|"
      "Rewrite \"{ps_search}\" so it makes sense without the previous messages.|"
      "Conversation: {ps_dialogue}\nFollow-up question: {ps_q}\nRewrite the follow-up so it stands alone.|"
      "Is the question \"{ps_search}\" ambiguous? Yes or no.|"
      "Does the search query \"{ps_search}\" contain everything needed to answer it?|"
      "Rate the query \"{ps_q}\" from 1 to 5 for how well-formed it is, where a well-formed query is a complete, grammatical question.|"
      "Is \"{ps_search}\" a well-formed question, or just a string of keywords?|"
      "This search query about {ps_title} was sent on {ps_date}. Which country was it most likely sent from?\n{ps_q}|"
      "Query: {ps_q}\nWhat is the person searching for: information, a product, a place or a service?|"
      "Rate how clear this search request is, from 1 (unclear) to 5 (fully clear): {ps_search}",
  mods="", weight=1.0, own_share=0.8)
F("math_problem_template", "templates",
  given="a maths word problem and options|a maths question|an arithmetic problem",
  do="solve the problem and pick the correct option|give the answer to the maths problem|"
     "write the rationale and the answer",
  out="Answer with the option letter.",
  note="",
  own="Work out this problem: {ps_q}\nOptions: {ps_choices}|Problem: {ps_q}\nOptions: {ps_choices}\nAnswer:|"
      "{ps_q}\nWhich of these is correct: {ps_choices}|Problem: {ps_q}\nChoices: {ps_choices}\nCorrect choice:|"
      "Question: {ps_q}\nExplain the solution:|Calculate {x} + {y} * {z} and choose the right option.|"
      "{ps_q} Work it out, then choose from {ps_choices}.|Maths question: {ps_q}\nWhat is the result?",
  mods="", weight=1.0, own_share=0.85)
F("bare_slots_template", "templates",
  given="a prompt template|a template made of field names",
  do="fill in the template with the fields of the example|write a prompt template for the dataset|"
     "explain what the template asks the model to do",
  out="",
  note="",
  own="{ps_ctx}\n{ps_q}|{ps_ctx}\n\n{ps_q}\nAnswer:|{ps_ctx} {ps_hyp}? {ps_choices}|{ps_ctx}\n\n{ps_choices}|"
      "{ps_q}\n\nChoices:\n- {ps_choices}|{ps_title}\n\n{ps_ctx}|Input: {ps_ctx}\nOutput:|{ps_ctx}\n{ps_hyp}|"
      "{ps_title}: {ps_ctx}\n\n{ps_q}|{ps_list}\n\n{ps_ctx}\n\nQuestion: {ps_q}|{ps_ctx}\n===\n{ps_q}|"
      "{ps_dialogue}\n\n{ps_q}|Text: {ps_ctx}\nLabel:|{ps_ctx}\nSummary:|"
      "{ps_q}\n{ps_ctx}\n\nOptions: {ps_choices}\nAnswer:",
  mods="", weight=1.0, own_share=0.95)
F("negate_statement_template", "templates",
  given="a statement|a sentence|a fact about two entities",
  do="write the negation of the statement|rewrite the sentence so that it means the opposite|"
     "turn the affirmative sentence into a negative one",
  out="Output only the negated sentence.",
  note="Change as few words as possible.",
  own="Negate this sentence: {ps_ctx}|Write the opposite of the following statement : {ps_ctx}|"
      "Rewrite the statement below so that it is false: {ps_xy}|Statement: {ps_xy}\nNegated statement:|"
      "Turn this into a negative sentence: {ps_ctx}|Add a negation to the following sentence : {ps_xy}|"
      "Make the statement \"{ps_xy}\" say the opposite.|Sentence: {ps_ctx}\nNegation:|"
      "Write a sentence that contradicts this one by negating it: {ps_xy}",
  mods="", weight=1.0, own_share=0.8)
F("simpler_sentence_pair_template", "templates",
  given="two versions of a sentence|an original sentence and a rewrite|two sentences",
  do="decide which of the two sentences is simpler|say which sentence is wordier|"
     "decide whether the rewrite is a simplification of the original",
  out="Answer A or B.",
  note="A simpler sentence uses easier words and shorter clauses.",
  own="{ps_ctx}\n\nOf the two sentences below, which one is easier to read?\n\nA: {ps_goal}\nB: {ps_hyp}|"
      "{ps_ctx}\n\nTwo versions of the same sentence follow. Which is wordier?\n\nA: {ps_goal}\nB: {ps_hyp}|"
      "Sentence A: {ps_goal}\nSentence B: {ps_hyp}\nWhich of the two is the simpler one?|"
      "Original: {ps_ctx}\nRewrite: {ps_hyp}\nIs the rewrite simpler than the original? Yes or no.|"
      "Which sentence is more complex, A or B?\nA: {ps_goal}\nB: {ps_hyp}|"
      "Here is a sentence: {ps_ctx}\nSimplify it so that a young reader can follow it.|"
      "Make this sentence simpler without changing what it means: {ps_ctx}|"
      "Of these two sentences, which one would a beginner find easier? A: {ps_goal} B: {ps_hyp}",
  mods="", weight=1.0, own_share=0.8)
F("sentence_compression_template", "templates",
  given="a long sentence|a sentence|a news sentence",
  do="shorten the sentence while keeping its main information|compress the sentence by deleting unneeded words|"
     "write a shorter version of the sentence",
  out="Output only the compressed sentence.",
  note="Keep the words in their original order; only delete.",
  own="Shorten: {ps_list}|Compress this sentence: {ps_ctx}|Sentence: {ps_list}\n\nShorter sentence:|"
      "Delete words from the sentence below until only the essential information remains.\n{ps_ctx}|"
      "{ps_ctx}\n\nWrite a compressed version of the sentence above.|"
      "Make this sentence shorter but keep its meaning: {ps_ctx}|Long: {ps_ctx}\nShort:|"
      "Reduce this sentence to its core: {ps_list}",
  mods="", weight=1.0, own_share=0.8)
F("intent_utterance_template", "templates",
  given="a customer query|a user request to a voice assistant|an intent name",
  do="say which department or intent the query belongs to|"
     "write an example request that would trigger the service|"
     "classify the request into one of the assistant's intents",
  out="Answer with the intent name.",
  note="",
  own="Which team at the bank should handle this message?\nMessage: {ps_review}|"
      "Query: {ps_q}\nWhich support page would answer this customer's question?|"
      "Write a typical request a user might say to start this service:\n{ps_scenario}|"
      "What might someone say to a voice assistant to {ps_intent}?|"
      "Give an example of a user utterance with the intent \"{ps_intent}\".|"
      "{ps_review}\n\nWhat does the user want the assistant to do? Pick from: {ps_choices}|"
      "Utterance: {ps_review}\nIntent:|"
      "Which of these services would a user be asking for with \"{ps_q}\"? {ps_choices}|"
      "Route this customer request to the right department: {ps_review}|"
      "Here is a command given to a smart speaker: {ps_review}\nWhat is the scenario: alarm, music, weather, calendar or something else?",
  mods="", weight=1.0, own_share=0.8)
F("motion_entities_template", "templates",
  given="a sentence|a short description of a scene",
  do="list the entities that are moving in the sentence|say whether anything in the sentence is in motion|"
     "find the last moving entity mentioned",
  out="Answer \"none\" if nothing moves.",
  note="",
  own="{ps_ctx}\n\nWhich things in this sentence are moving? If nothing moves, say \"none\".|"
      "Sentence: {ps_ctx}\nIs any object or person described as moving?|"
      "{ps_ctx}\n\nName the first entity in the sentence that is in motion, if there is one.|"
      "List every moving entity in the sentence below, separated by commas.\n{ps_ctx}|"
      "Does the following sentence mention more than one thing that moves?\n{ps_ctx}|"
      "In \"{ps_ctx}\", what is moving?|Read the sentence and identify which entities change position: {ps_ctx}",
  mods="", weight=1.0, own_share=0.8)
F("bio_token_tagging_template", "templates",
  given="a biomedical sentence split into tokens|a sentence from a medical report|"
        "a sentence about drugs and side effects",
  do="list the tokens that name species or organisms|identify the gene and protein names|"
     "find the chemical names in the sentence|decide whether the sentence mentions an adverse drug effect|"
     "extract the drug and the side effect it caused",
  out="Return the names separated by commas.|Answer yes or no.",
  note="",
  own="The tokens of the sentence below are separated by \"|\". Which tokens name organisms?\n{ps_ctx}|"
      "Text: {ps_ctx}\n\nList all the {ps_biotype} mentioned in the text above.|"
      "Which words in this sentence refer to {ps_biotype}? {ps_ctx}|"
      "Yes or no: does \"{ps_ctx}\" describe a side effect caused by a drug?|"
      "{ps_ctx}\n\nWhich drug is mentioned, and what adverse reaction did it cause?|"
      "Find every mention of {ps_biotype} in the following biomedical text:\n{ps_ctx}|"
      "Sentence: {ps_ctx}\nDisease names:|"
      "Tag each token of the sentence as an organism name or not. Tokens: {ps_ctx}|"
      "Read the medical case report excerpt and say whether it reports an adverse drug event: {ps_ctx}",
  mods="", weight=1.0, own_share=0.8)
F("commands_to_actions_template", "templates",
  given="a natural-language command|a sequence of navigation commands",
  do="translate the commands into a sequence of primitive actions|"
     "write the actions the agent has to perform, separated by commas",
  out="Output the actions in capitals, separated by commas.",
  note="The actions are walk, run, jump, look, turn left and turn right.",
  own="Commands: {ps_q}\n\nWhat sequence of actions do these commands correspond to?|"
      "Convert the instruction into a list of actions: {ps_q}|"
      "Natural language instruction: {ps_q}\nAction sequence:|"
      "\"jump twice after walk left\" - write the sequence of basic actions this describes.|"
      "Translate the command \"run around right thrice\" into primitive moves.|"
      "Given these commands, list the actions an agent must take, in order: {ps_q}|"
      "Here is an action sequence: {ps_list}\nWrite the short command that produces it.",
  mods="", weight=1.0, own_share=0.8)
F("persona_chat_template", "templates",
  given="a persona description and a conversation|a few statements a person makes about themselves|"
        "what someone said about their tastes|a conversation about films or books",
  do="write the next reply as the person with the persona|decide whether the person would say the given line|"
     "guess the persona from the conversation|recommend a film that matches what the person said|"
     "suggest a book the speaker would enjoy|say which item the speaker is asking about",
  out="Write one reply.|Answer with one title.",
  note="",
  own="A person describes themselves like this:\n- {ps_list}\nWould they be likely to say: \"{ps_review}\"?|"
      "Persona:\n{ps_list}\n\nConversation so far:\n{ps_dialogue}\n\nWrite the next line in character.|"
      "{ps_dialogue}\n\nContinue the chat as someone who {ps_persona}.|"
      "Here is a chat between two people. From what they say, describe one of them.\n{ps_dialogue}|"
      "Someone who {ps_persona} is chatting with a stranger. Write their first message.|"
      "You are chatting as a person who {ps_persona}. Reply to: \"{ps_review}\"|"
      "{ps_dialogue}\n\nWhat facts about the speaker can you infer from this conversation?|"
      "A friend told me: \"{ps_review}\" What film should I suggest to them?|"
      "Someone said \"{ps_review}\". Which movie would you recommend?|"
      "{ps_dialogue}\n\nBased on this conversation, what should the assistant recommend next?|"
      "My colleague said: \"I loved {film}, what else should I watch?\" Suggest something.|"
      "Here is what a user likes: {ps_review}\nRecommend one book for them.|"
      "From the chat below, which film is the user asking about?\n{ps_dialogue}",
  mods="", weight=1.0, own_share=0.8)
F("financial_news_template", "templates",
  given="a financial news sentence|a sentence from a company report|an argument about an industry|"
        "a financial news article|an article about a company",
  do="say whether the news is positive, neutral or negative for investors|"
     "decide whether the argument points to growth, decline or no change for the industry|"
     "classify the sentiment of the financial sentence|"
     "list the points in the article that could move the stock market|"
     "say how investors might react to the article",
  out="Answer positive, neutral or negative.|Return a bulleted list.",
  note="",
  own="Sentence: {ps_ctx}\nIs this good news, bad news or neutral for the company's shareholders?|"
      "{ps_ctx}\n\nWhat effect would this have on related industries: growth, decline or neutral?|"
      "Financial news: {ps_ctx}\nSentiment:|"
      "Would an investor read the following sentence as positive, neutral or negative?\n{ps_ctx}|"
      "{ps_ctx}\nDoes this sentence suggest that the company's profits will rise or fall?|"
      "Classify this line from a quarterly report by tone: {ps_ctx}|"
      "Which word best describes the impact of this argument on the market - growth, neutral or decline?\n{ps_ctx}|"
      "{ps_ctx}\n\nWhich facts in this article could make share prices move?|"
      "Pick out the parts of this article that investors would care about:\n\n{ps_ctx}|"
      "How might the stock market react to this news? {ps_ctx}|"
      "Summarise this article for a trader, keeping only market-relevant points.\n{ps_ctx}",
  mods="", weight=1.0, own_share=0.8)
F("legal_case_template", "templates",
  given="the facts of a court case|a legal judgment excerpt|a list of case facts",
  do="say which articles of the convention were violated|predict whether the court found a violation|"
     "count how many articles were allegedly breached|summarise the holding of the case",
  out="Answer with the article numbers.",
  note="",
  own="Facts of the case:\n{ps_ctx}\n\nWhich articles of the human rights convention, if any, were breached?|"
      "The following facts come from a case heard by a human rights court.\n{ps_ctx}\nDid the court find a violation?|"
      "{ps_ctx}\n\nHow many articles of the convention does the applicant say were violated?|"
      "Case facts: {ps_ctx}\nPredict the outcome of the case.|"
      "Read the facts below and name the rights that were allegedly infringed.\n{ps_ctx}|"
      "Judgment excerpt: {ps_ctx}\nWhat did the court decide, in one sentence?|"
      "Given the facts of this legal case, was the applicant's right to a fair trial violated?",
  mods="", weight=1.0, own_share=0.8)
F("related_work_template", "templates",
  given="the abstract of a paper and abstracts of the papers it cites|several abstracts|a paper title",
  do="write the related work section for the paper|summarise the cited papers as a related work paragraph|"
     "write an abstract for the paper",
  out="Cite the papers as [1], [2] and so on.",
  note="",
  own="Here are the abstracts of papers that a new paper cites:\n\n{ps_ctx}\n\nWrite the related work section.|"
      "Abstract of our paper: {ps_ctx}\nCited works: {ps_list}\nWrite a related work paragraph that discusses them.|"
      "Using the abstracts below, draft a literature review paragraph.\n{ps_ctx}|"
      "Paper title: {ps_title}\nWrite a plausible abstract for this paper.|"
      "Summarise how these referenced papers relate to each other: {ps_ctx}|"
      "{ps_ctx}\n\nWrite the background section of a paper that builds on the work above.|"
      "Given a paper's abstract and its references, write the related work section.",
  mods="", weight=1.0, own_share=0.8)
F("coherence_pair_template", "templates",
  given="two short passages|a sentence and a rewritten version|two sentences in a row",
  do="decide which passage is coherent|say whether the second sentence follows sensibly from the first|"
     "rewrite the incoherent passage so it reads naturally",
  out="Answer with the passage number.",
  note="",
  own="First passage: {ps_ctx}\nSecond passage: {ps_hyp}\nWhich of the two reads more coherently?|"
      "Read this sentence:\n\n{ps_ctx}\n\nHere is a second sentence that repeats part of it:\n\n{ps_hyp}\n\nDoes the second sentence make sense after the first?|"
      "Is this two-sentence passage coherent? {ps_ctx} {ps_hyp}|"
      "Which passage flows better, 1 or 2?\n1: {ps_goal}\n2: {ps_hyp}|"
      "The passage below does not read smoothly. Rewrite it so the sentences connect: {ps_ctx}|"
      "Does the following text hang together logically? {ps_ctx}|"
      "Sentence 1: {ps_ctx}\nSentence 2: {ps_hyp}\nAre these two sentences in a sensible order?",
  mods="", weight=1.0, own_share=0.8)
F("code_completion_template", "templates",
  given="a function signature with a docstring|a coding problem and test cases|a partial function",
  do="complete the function so it passes the tests|write the body of the function described by the docstring|"
     "say what the function returns for the given arguments",
  out="Return only code.",
  note="",
  own="{ps_q}\n{ps_code}\n{ps_fn}(|Complete this {plang} function:\n{ps_q}|"
      "Here is a function signature and docstring. Write the implementation.\n{ps_q}|"
      "Write a {plang} function that solves the problem below and passes the tests.\nProblem: {ps_q}\nTests: {ps_code}|"
      "{ps_q}\n\nImplement the function described above.|"
      "Given this function:\n{ps_code}\nWhat does {ps_fn} return for the example input?|"
      "Finish the code so that all the assertions pass:\n{ps_code}",
  mods="", weight=1.0, own_share=0.8)
F("feeling_from_message_template", "templates",
  given="a sentence from a message|a line from an email|a diary entry",
  do="say whether the writer feels good or bad|name the emotion the writer expresses|"
     "decide whether the writer is happy, sad, angry, afraid or surprised",
  out="Answer with one emotion.",
  note="",
  own="A friend texted me: \"{ps_review}\". Are they in a good mood or a bad one?|"
      "Someone wrote \"{ps_review}\" in an email. How do you think they feel?|"
      "{ps_review}\nWhich emotion is the writer expressing: {ps_choices}?|"
      "Message: {ps_review}\nIs the sender happy or unhappy?|"
      "What feeling comes through in this sentence? {ps_review}|"
      "I got this note from a colleague: \"{ps_review}\" Do they seem upset?|"
      "Label the emotion of this text as joy, sadness, anger, fear, love or surprise: {ps_review}",
  mods="", weight=1.0, own_share=0.8)
F("reading_level_template", "templates",
  given="a text passage|a paragraph|a short article",
  do="rate how hard the text is to read|say whether the text suits elementary, intermediate or advanced readers|"
     "estimate the grade level of the passage",
  out="Answer elementary, intermediate or advanced.",
  note="",
  own="How difficult is this passage to read? Elementary, intermediate or advanced?\n\n\"{ps_ctx}\"|"
      "Text: {ps_ctx}\nReading level:|Which school grade is this text written for?\n{ps_ctx}|"
      "Would a beginner, an intermediate or an advanced reader be the right audience for this text? {ps_ctx}|"
      "Rate the reading difficulty of the paragraph below from 1 (very easy) to 5 (very hard).\n{ps_ctx}|"
      "Is the following text easy or hard for a learner of English? {ps_ctx}",
  mods="", weight=1.0, own_share=0.8)
F("nominal_relation_template", "templates",
  given="a sentence with two marked nouns|a sentence and two nominals",
  do="name the semantic relation between the two nominals|"
     "say whether the first noun causes the second, is part of it, contains it or something else",
  out="Answer with one relation label.",
  note="Relations include cause-effect, component-whole, content-container, entity-origin, entity-destination, instrument-agency, member-collection, message-topic and product-producer.",
  own="Sentence: {ps_ctx}\nWhat is the relation between e1 and e2? Options: {ps_choices}|"
      "In the sentence \"{ps_ctx}\", how are the two marked nouns related?|"
      "{ps_ctx}\n\nThe nominals e1 and e2 are marked above. Which semantic relation links them?|"
      "Which relation holds between the two nouns in brackets: cause-effect, part-whole, container-content or origin? {ps_ctx}|"
      "Classify the relationship between the two highlighted noun phrases in this sentence: {ps_ctx}|"
      "Given two nouns in a sentence, say whether one is the cause, the part, the container or the producer of the other.",
  mods="", weight=1.0, own_share=0.8)
F("stereotype_pair_template", "templates",
  given="two almost identical sentences|a pair of sentences about a group of people",
  do="say which of the two sentences is more stereotypical|"
     "decide whether the second sentence goes against a stereotype|name the kind of bias the sentence shows",
  out="Answer A or B.",
  note="",
  own="Two nearly identical sentences:\nA: {ps_goal}\nB: {ps_hyp}\nWhich one expresses a stereotype?|"
      "Sentence 1: {ps_goal}\nSentence 2: {ps_hyp}\nDoes sentence 2 go against a common stereotype? Yes or no.|"
      "Here are two sentences that differ in one word.\nA: {ps_goal}\nB: {ps_hyp}\nWhich is more biased?|"
      "{ps_ctx}\nWhat type of bias does this sentence show: gender, race, religion, age or something else?|"
      "Is the following sentence a stereotype, an anti-stereotype or unrelated? {ps_ctx}|"
      "Compare these two sentences and say which one reinforces a stereotype about {ps_title}.",
  mods="", weight=1.0, own_share=0.8)
F("stance_target_template", "templates",
  given="a tweet and a target topic|a short text about a public figure|a news piece",
  do="say what stance the author takes towards the target|"
     "decide whether the author expresses any opinion about the target|"
     "describe the political leaning of the outlet that published the piece",
  out="Answer favour, against or none.",
  note="",
  own="{ps_review}\nWhat is the writer's position on {ps_stance}?|"
      "Does the writer of this text take a side on {ps_stance}?\n\n{ps_review}|"
      "{ps_review} Is the author for or against {ps_stance}, or neutral?|"
      "Text: {ps_review}\nStance towards {ps_stance}: favour, against or none?|"
      "\"{ps_review}\"\n\nWould you say the outlet that published this leans left, right or centre? Options:\n{ps_choices}|"
      "Read the tweet and tell me how its author feels about {ps_stance}.\n{ps_review}|"
      "{ps_review}\nDoes this post support or oppose {ps_stance}?",
  mods="", weight=1.0, own_share=0.8)
F("headline_same_event_template", "templates",
  given="two headlines with their dates|two news titles",
  do="decide whether the two headlines report the same event|"
     "say whether the two articles are about the same story",
  out="Answer yes or no.",
  note="",
  own="Headline A ({ps_date}): \"{ps_title}\"\nHeadline B ({ps_date2}): \"{ps_title2}\"\nDo they describe the same event?|"
      "Are \"{ps_title}\" and \"{ps_title2}\" reporting on the same news story? Answer {ps_choices}.|"
      "One article titled \"{ps_title}\" came out on {ps_date}; another titled \"{ps_title2}\" came out on {ps_date2}. Same event or not?|"
      "Do these two headlines cover one and the same event?\n1. {ps_title}\n2. {ps_title2}|"
      "Given two news titles and their publication dates, say whether they refer to the same event.",
  mods="", weight=1.0, own_share=0.8)
F("authorship_template", "templates",
  given="a book title|a short story|a newspaper column",
  do="guess who wrote the text|say whether the title belongs to a real or an invented book|"
     "write an article in the style of the given columnist",
  out="Answer with the author's name.",
  note="",
  own="Who do you think wrote the book \"{ps_title}\"?|{ps_ctx}\n\nWhich author could have written this story?|"
      "Is \"{ps_title}\" the title of a real book or a made-up one?|"
      "Write a newspaper column on {ps_title} in the style of {ps_writer}.|"
      "Here is a column: {ps_ctx}\nWhich of these writers wrote it? {ps_choices}|"
      "Guess the writer of this passage: {ps_ctx}|"
      "Write an opinion piece about {ps_title} the way {ps_writer} would.",
  mods="", weight=1.0, own_share=0.8)
F("negotiation_dialogue_template", "templates",
  given="a negotiation between a buyer and a seller|a bargaining conversation",
  do="say what price the two sides agreed on|decide whether the negotiation ended in a deal|"
     "say whether the buyer got a good deal compared with the listed price",
  out="Answer with the final price or \"no deal\".",
  note="",
  own="Below is a conversation about buying an item listed online. The buyer speaks first; the list price was {ps_price}.\n{ps_dialogue}\nWhat price did they settle on?|"
      "{ps_dialogue}\n\nDid the buyer and seller reach an agreement?|"
      "Listed price: {ps_price}\nConversation:\n{ps_dialogue}\nWas the final deal good for the buyer, the seller or neither?|"
      "Read this haggling exchange and say how much the item sold for.\n{ps_dialogue}|"
      "In the following negotiation, who gave up more, the buyer or the seller?\n{ps_dialogue}",
  mods="", weight=1.0, own_share=0.8)
F("time_expression_template", "templates",
  given="a text|a sentence with a time expression|a passage and a question about time",
  do="find the time expressions in the text|say what point in time the text refers to|"
     "give an answer that is plausible in time",
  out="Return the time expressions separated by commas.",
  note="",
  own="What time or date does this text refer to?\n\n{ps_ctx}|"
      "List the time expressions in the following text: {ps_ctx}|"
      "{ps_ctx}\nWhen did the events in this text take place?|"
      "Passage: {ps_ctx}\nQuestion: {ps_q}\nGive an answer that makes sense in time.|"
      "Is \"{ps_a}\" a plausible answer to \"{ps_q}\" given how long such things usually take?|"
      "Find every date and duration mentioned in this passage: {ps_ctx}",
  mods="", weight=1.0, own_share=0.8)

# Extra phrasings for existing families (template style, own wording).
extend("algebra",
       "How can I solve this equation: {ps_q}?|Solve for x: {ps_q}|Find the value of the variable in {ps_q}.|"
       "What is the solution of the equation {ps_q}?|Solve {x}x + {y} = {z} for x.|"
       "How do you solve {x}*a - {y} = {z}?|Work out the unknown in the following equation, step by step: {ps_q}|"
       "Solve the algebra problem {ps_q} and show your working.")
extend("translate_slots",
       "Translate from {lang} into {lang2}: {ps_ctx}|{ps_ctx}\n\nIn {lang2}, please.|"
       "Source ({lang}): {ps_ctx}\nA good translation into {lang2} would be:|"
       "Give the {lang2} version of this {lang} sentence: {ps_ctx}|{lang}: {ps_ctx}\n{lang2}:|"
       "Translate from {ps_lang} into {ps_lang2}: {ps_ctx}|What is \"{ps_ctx}\" in {lang2}?|"
       "Render this text in {lang2}: {ps_ctx}")
extend("similarity",
       "{ps_ctx}\n{ps_hyp}\nFrom 0 to 5, how alike in meaning are the two sentences?|"
       "Score the similarity of \"{ps_ctx}\" and \"{ps_hyp}\" from 0 (unrelated) to 5 (equivalent).|"
       "How close in meaning are these sentences, on a 1-5 scale?\nA: {ps_ctx}\nB: {ps_hyp}|"
       "Sentence one: {ps_ctx}\nSentence two: {ps_hyp}\nSimilarity (0-5):|"
       "Give a semantic similarity score between 0 and 5 for this pair.\n{ps_ctx}\n{ps_hyp}")
extend("acceptability",
       "{ps_ctx}\nIs this sentence grammatical?|"
       "{ps_ctx}\nDoes this sentence read as correct, well-formed English?|"
       "Label the sentence \"acceptable\" if it is grammatical and makes sense, otherwise \"unacceptable\".\n{ps_ctx}|"
       "{ps_ctx}\nWould a grammarian accept this sentence? {ps_choices}|"
       "Is the following sentence correct English grammar? {ps_ctx}\nAnswer:|"
       "{ps_ctx}\nJudge the grammaticality of the sentence above: {ps_choices}")
extend("question_type",
       "What sort of answer does \"{ps_q}\" expect?|"
       "Does this question ask for a description, an entity, an abbreviation, a person, a number or a place?\n{ps_q}|"
       "{ps_q}\n\nWhat kind of answer is this question looking for? {ps_choices}|"
       "Classify the question by its expected answer: {ps_q}\nCategories: {ps_choices}|"
       "Question: {ps_q}\nAnswer type:|Is the answer to \"{ps_q}\" a number, a person, a place or something else?")
extend("passage_ending",
       "{ps_ctx}\n\nQuery: {ps_q}\n\nWhat should \"@placeholder\" be replaced with?|"
       "{ps_ctx}\n\n{ps_q}\n\nWhich entity does \"@placeholder\" stand for? Options:\n- {ps_choices}|"
       "Passage: {ps_ctx}\nWhich name is missing from: {ps_q}?|"
       "{ps_ctx}\nFinish this sentence: {ps_q}\nOptions: {ps_choices}|"
       "Read the article and work out what @placeholder means in the sentence below.\n{ps_ctx}\n{ps_q}|"
       "In the highlight below, @placeholder hides one of the entities from the article. Which one?")
extend("word_sense",
       "{ps_ctx}\n{ps_hyp}\nIs \"{ps_word}\" used with one and the same meaning in both sentences?|"
       "First sentence: {ps_ctx}\nSecond sentence: {ps_hyp}\nDoes \"{ps_word}\" mean the same thing in both? True or False?|"
       "{ps_ctx}\n{ps_hyp}\nQuestion: does the word '{ps_word}' carry the same sense in these two sentences?|"
       "Does \"{ps_word}\" have the same meaning in \"{ps_ctx}\" as in \"{ps_hyp}\"?|"
       "Word: {ps_word}\nSentence 1: {ps_ctx}\nSentence 2: {ps_hyp}\nSame meaning? Yes or no.|"
       "Decide if the word \"{ps_word}\" keeps its meaning across the two sentences below. Reply yes or no.\n{ps_ctx}\n{ps_hyp}|"
       "The word \"{word}\" occurs in both sentences below. Is it used in the same sense each time?")
extend("abbreviations",
       "In the text below, what does \"{ps_word}\" stand for?\n{ps_ctx}|"
       "I'm not an expert: could you explain what the abbreviation \"{ps_word}\" means here? {ps_ctx}|"
       "Expand every acronym in this sentence: {ps_ctx}|"
       "{ps_ctx}\nWhich long form of {ps_word} is meant in this context?|"
       "List the abbreviations in the text and their full forms.\n{ps_ctx}")
extend("paraphrase",
       "Reword this sentence: {ps_ctx}|{ps_ctx}\nSay the same thing using different words.|"
       "Ask the following question in another way: {ps_q}|Write a sentence with the same meaning as \"{ps_ctx}\".|"
       "Original: {ps_ctx}\nParaphrased:|Sentence: {ps_ctx}\nA paraphrase of this sentence:|"
       "Rewrite the text below in your own words without losing any facts: {ps_ctx}")

# Batch 4 (own wording): citation intent, discourse connectives, improved rewrites, tables.
F("citation_intent_template", "templates",
  given="a citation sentence from a scientific paper|a sentence that cites another paper",
  do="say whether the citation refers to background, a method or a result|classify the purpose of the citation",
  out="Answer background, method or result.",
  note="",
  own="Why does the author cite this work: for background, for its method or for its results?\nCitation: {ps_ctx}|"
      "Citation sentence: {ps_ctx}\nIntent of the citation:|"
      "Does this sentence from a paper cite the other work as {ps_choices}?\n{ps_ctx}|"
      "Classify what the cited paper is used for in this sentence: {ps_ctx}|"
      "A scientific paper contains the sentence \"{ps_ctx}\". Is the reference there background, method or result?",
  mods="", weight=1.0, own_share=0.8)
F("discourse_connective_template", "templates",
  given="two consecutive sentences|a pair of sentences",
  do="choose the connective word that best links the two sentences|say how the second sentence relates to the first",
  out="Answer with one connective, such as however, therefore or meanwhile.",
  note="",
  own="{ps_ctx}\n\n{ps_hyp}\n\nWhich linking word fits best at the start of the second sentence?|"
      "What word would connect these two sentences most naturally?\n{ps_ctx}\n{ps_hyp}|"
      "Sentence 1: {ps_ctx}\nSentence 2: {ps_hyp}\nIs the relation between them contrast, cause, addition or time?|"
      "Pick the transition word that joins the sentences smoothly: {ps_choices}\n{ps_ctx} ... {ps_hyp}|"
      "Combine these two sentences into one with a suitable connective: {ps_ctx} {ps_hyp}",
  mods="", weight=1.0, own_share=0.8)
F("improved_rewrite_template", "templates",
  given="an original sentence and a rewritten version|a sentence with errors|a sentence and its correction",
  do="decide whether the second sentence improves the first|write a corrected version of the sentence|"
     "say what kind of edit was made between the two sentences",
  out="Answer yes or no.|Output only the corrected sentence.",
  note="",
  own="Sentence A: {ps_ctx}\nSentence B: {ps_hyp}\nIs B a better-written version of A?|"
      "The sentence below contains grammar mistakes that make it hard to follow.\nSentence: {ps_ctx}\nCorrected:|"
      "Original: {ps_ctx}\nEdited: {ps_hyp}\nWhat was changed: grammar, wording, or meaning?|"
      "Fix the grammar of this sentence so that a native speaker would accept it: {ps_ctx}|"
      "Compare the two sentences and say whether the edit made the text clearer.\n{ps_ctx}\n{ps_hyp}",
  mods="", weight=1.0, own_share=0.8)
F("table_text_template", "templates",
  given="a table and a statement|a table given as text|a table and a passage",
  do="write a caption for the table|decide whether the statement is supported by the table|"
     "answer the question using the table",
  out="Answer with a short caption.|Answer entailed or refuted.",
  note="In the table text, columns are separated by # and rows by new lines.",
  own="Table: {ps_list}\nWrite a suitable caption for this table.|"
      "Statement: {ps_hyp}\nTable: {ps_list}\nIs the statement supported by the table?|"
      "Passage: {ps_ctx}\nTable: {ps_list}\nGive the table a title that matches the passage.|"
      "Here is a table in text form (columns split by #): {ps_list}\nQuestion: {ps_q}|"
      "Using the table below, say whether the claim is true or false.\n{ps_list}\nClaim: {ps_hyp}",
  mods="", weight=1.0, own_share=0.8)
extend("main_idea",
       "What is this email about?\n\n{ps_ctx}|What is the subject of the following message?\n{ps_ctx}|"
       "{ps_ctx}\n\nIn a few words, what is this text about?")
extend("essay_article",
       "Write the opening sentence of an abstract for a paper that begins like this: {ps_ctx}|"
       "Write a scientific abstract for a paper titled {ps_title}.\nAbstract:|"
       "Write a newspaper article about {ps_title}.")
