"""Task families of the default corpus, third round of issue 21: task definitions, dataset templates and their frames (Super-NaturalInstructions / FLAN style). Written for this project.

Owns: families registered into `retrieval.families.FAMILIES` when `retrieval.families` is imported (through
`F(...)`, same fields as there), extra phrasings for existing families (`extend`), and `SLOTS`, the new generator
slots these families use (names prefixed `sni_`; `retrieval.generator` adds them to its slot tables).
Plain data only; changing it changes the default corpus (and so its fingerprint). The real corpora under
../shared/data/corpora are the yardstick these families were measured against, never their source.
"""

from __future__ import annotations

from softprism.retrieval.families import F, extend

F("anecdote_claim", "judgement",
  "a short anecdote and a claim about it|a story told by a person and a statement|a real-life anecdote|a personal "
  "story posted online and a question about it",
  "decide whether the claim about the anecdote is true|say whether the statement is supported by the story|judge "
  "whether the author of the anecdote acted ethically|decide who is in the wrong in the anecdote|check whether the "
  "title of the anecdote matches what happened",
  "Answer \"yes\" or \"no\".|Answer with \"true\" or \"false\".|Answer with \"AUTHOR\", \"OTHER\", \"EVERYBODY\" or "
  "\"NOBODY\".|Answer \"RIGHT\" if the author behaved well and \"WRONG\" otherwise.",
  "The anecdote is written in the first person by someone describing a complicated social situation.|A claim is "
  "true only if the story itself says so; do not rely on outside knowledge.|The claim may be about what happened, "
  "about who did it, or about why it happened.",
  "Someone has told a short story about their own life, and below it is a claim. Using only the story, tell whether "
  "the claim holds: reply \"yes\" when the story backs it up and \"no\" when it does not.|Definition: The input is "
  "a first-person account of an awkward moral situation. Judge the narrator's behaviour and reply \"RIGHT\" if it "
  "was acceptable or \"WRONG\" if it was not.|Read the anecdote below and decide who is to blame: the author, the "
  "other people involved, everybody, or nobody.|Given an anecdote and a statement about it, is the statement true? "
  "Reply true or false.|Anecdote:\nClaim:\nIs the claim correct according to the anecdote?|In this task "
  "you are shown a story someone posted about a conflict with a friend or family member, together with a possible "
  "title. Decide whether the title fits the story. The title should sum up the main event.|Here is a story someone "
  "wrote about their life. Does the following claim about it hold? Answer yes or no.|In this task, you are given a "
  "personal story and a question about whether the narrator was in the wrong. Classify the situation as "
  "\"answerable\" if the story contains enough information to judge it, and \"not answerable\" otherwise.|Given two "
  "short anecdotes, identify which one describes the less ethical action. Answer with the number of the "
  "anecdote.|Did the person telling this story do something wrong? Explain briefly, then say yes or no.|Verify the "
  "claim against the anecdote. If the anecdote does not mention it, the claim is false.|Two actions are described "
  "in short statements. Is it clear which of the two is worse from an ethical point of view? Reply \"no\" when one "
  "clearly is, and \"yes\" when you cannot tell.",
  mods="", own_share=0.6)
F("story_claim_check", "reasoning",
  "a short story and a statement|a story of five sentences and a claim|a narrative and a fact about it",
  "decide whether the statement is consistent with the story|check whether the fact is stated or implied in the "
  "story|determine if the claim contradicts any sentence of the story",
  "Answer \"consistent\" or \"inconsistent\".|Answer yes or no.",
  "Consider only what the story says or clearly implies.|The story is short and written in simple English.",
  "Story:\nStatement:\nIs the statement consistent with the story?|In this task, you are given a short "
  "story and a statement about one of its characters. Your task is to determine whether the statement is supported "
  "by the story. Answer \"yes\" or \"no\".|Given a five-sentence story and a claim, say whether the claim could be "
  "true given what happens in the story.|Read the story about {name}. Is it true that {name} was happy at the "
  "end?|In this task, you will read a short story and a sentence that may or may not describe it accurately. Write "
  "\"True\" if the sentence matches the story and \"False\" if it does not.|Does this statement about the story "
  "make sense? Explain in one sentence.",
  mods="", own_share=0.6)
F("colon_analogy", "reasoning",
  "an analogy in the form \"A : B. C : ?\"|two analogies that relate {sni_anrel}|a pair of related words and a "
  "third word|an incomplete analogy",
  "replace the question mark with the word that completes the analogy|complete the second analogy following the "
  "relation in the first|find the word that relates to C the way B relates to A|fill in the missing item of the "
  "analogy",
  "Answer with a single word or short phrase.|Your answer should be one word.|Output only the missing word.",
  "The relation between A and B is the same as the relation between C and the missing word.|Here the analogies "
  "relate {sni_anrel}.|\"A : B\" relates {sni_anrel}, and you must find the word that relates to C in the same way.",
  "Each input holds two word pairs written as \"A : B. C : ?\", where the pairs link {sni_anrel}. Work out the link "
  "between A and B, then write the word that stands in that same link to C in place of the question mark. One word "
  "only.|Complete the analogy: {sni_anex}|{sni_anex}|Analogy: {sni_anex}\nAnswer:|Two words are related in a "
  "certain way. Find the word that is related to the third word in the same way. {sni_anex}|Definition: Each input "
  "holds two analogies written like \"A : B. C : ?\", where the first pair relates {sni_anrel}. Put in place of the "
  "question mark whatever item makes the second pair follow that same relation.|Fill in the question mark so that "
  "both pairs share the same relationship: {sni_anex}|In this task you are given an analogy about {sni_anrel}. Write "
  "the missing word.|What word completes this analogy? {sni_anex}|Given \"A : B. C : ?\", give the word that stands in "
  "the same relation to C as B does to A.|Here is an analogy with one item missing: {sni_anex} What goes in place "
  "of the question mark?",
  mods="", own_share=0.6)
F("affordance_analogy", "reasoning",
  "two analogies about affordances|an action and an object|an analogy relating actions to objects",
  "give the object on which the second action can be performed|complete the affordance analogy|name an object that "
  "affords the given action",
  "Answer with one word.|Output only the object.",
  "An object affords an action when the action can be done with or to it, as a cup affords drinking.|\"A : B\" "
  "means that action A can be done on object B.",
  "An object affords an action when the action can be done with or to it (a cup affords drinking, a ladder affords "
  "climbing). The input has the shape \"A : B. C : ?\", pairing action A with object B. Name an object that affords "
  "action C so that the second pair mirrors the first. Reply with one word.|{sni_affex}|Affordance analogy: "
  "{sni_affex}|Which object completes the affordance analogy? {sni_affex}|In this task, you are given an action. "
  "Name an everyday object that affords that action.|What can you {verb}? Give one object that affords the "
  "action.|Definition: Two analogies are given. The first pairs an action with an object it can be done to. "
  "Complete the second one in the same way: {sni_affex}",
  mods="", own_share=0.6)
F("assistant_dialogue_act", "classification",
  "one line taken from a chat between a person and a virtual assistant|a turn of a task-oriented dialogue|a user "
  "utterance from a booking conversation|a line from a chat between a user and a bot",
  "classify the sentence into one of the dialogue-act categories|label the turn with its dialogue act|decide "
  "whether the sentence was spoken by the user or by the assistant|identify the intent behind the user's turn|say "
  "which action the assistant performs in the turn",
  "Answer with one of these labels: {sni_dacts}.|Choose from {sni_dacts}.|Answer \"User\" or \"Assistant\".",
  "INFORM means giving information, REQUEST means asking for it, and OFFER means proposing an option.|The "
  "conversation is about booking a {sni_service}.|Each turn has exactly one label.",
  "The line below comes from a chat between a person and a voice assistant. Tag it with the dialogue act it "
  "performs, picking one of: {sni_dacts}.|In this task, you are given an utterance from a dialogue about "
  "{a_sni_service}. Decide which dialogue act it shows: {sni_dacts}.|Given a line from a conversation between a "
  "user and an assistant, decide who said it: the user or the assistant.|Below is a chat between a customer and an "
  "automated assistant. Work out what the customer is asking for in their last message and name that intent, "
  "choosing from: {sni_intents}.|Turn:\nDialogue act ({sni_dacts}):|Classify each turn of this chat "
  "with a virtual assistant as a question, a request, an answer or a greeting.|In this task, you are shown one turn "
  "of a dialogue between a person and a digital assistant about {a_sni_service}. Output the dialogue act of the "
  "turn. The possible acts are {sni_dacts}.|Is the assistant asking for more information, offering an option or "
  "confirming the booking in this turn?|Read the conversation and say which speaker, the human or the system, "
  "produced the last sentence.|Label the user's sentence with the name of the slot it fills, for example date, "
  "time, location or number of people.",
  mods="", own_share=0.6)
F("dialogue_turn_label", "classification",
  "a conversation between two people|a dialogue where Person1 and Person2 take turns|a short chat",
  "label each turn of the conversation with the emotion it shows|say whether the conversation starts with a "
  "question|classify the dialogue act of every turn|decide whether each speaker is asking, informing, directing or "
  "committing",
  "Answer with one label per turn.|Choose from: {sni_dlabels}.",
  "\"Person1:\" and \"Person2:\" mark who is speaking.|A turn is everything one speaker says before the other "
  "replies.",
  "Two people talk in the dialogue below, and each of their turns starts with 'Person1:' or 'Person2:'. Tag each "
  "turn with the label that fits it best, out of {sni_dlabels}.|In this task, you are given a dialogue and you have "
  "to say whether it begins with a question. Answer 1 if it does and 0 if it does not.|Read the conversation and tag "
  "each turn with its dialogue act: {sni_dlabels}.|Person1:\nPerson2:\nPerson1:\nWhat emotion does each "
  "turn show?|Read the exchange between two speakers below. Did the subject of their talk shift at some point? "
  "Answer \"yes\" or \"no\".|Given a dialogue, determine the relationship between the "
  "two speakers: are they friends, colleagues, family, or strangers?|Decide whether the two speakers in this "
  "conversation agree with each other by the end.",
  mods="", own_share=0.6)
F("blank_question_write", "generation",
  "a context word|a context word and two objects|a word|a context word and a pair of people",
  "write a question that contains a blank based on the context word|create a fill-in-the-blank sentence about two "
  "objects related to the context word|write a pair of twin sentences with a blank whose answers flip",
  "Your question must contain exactly one blank (_).|Write the question and its answer.",
  "The question must mention two related but different objects, and the answer must be one of them.|Use the context "
  "word at least once.|The two persons in the question should have names of the same gender.|Do not use animals or "
  "proper nouns other than the people's names.|The blank should be filled by one of the two objects, and it should "
  "not be easy to guess from word overlap.",
  "Starting from the context word, invent a question with one blank (_) in it. The question should involve two "
  "different but related objects, and one of those two objects must be the right filler for the blank. Context "
  "word: {noun}.|Take the context word and build twin sentences, each with a blank (_) and its answer. Both "
  "sentences talk about the same two people, but a small change of wording makes the answer switch from one person "
  "to the other. Context word: {word}.|Context word: {noun}\nQuestion with a blank:\nAnswer:|Write a "
  "fill-in-the-blank question about {noun} and {noun2}. The answer must be one of the two.|In this task, you are "
  "given a context word. Create one sentence with a blank (_) that compares two objects related to the word, where "
  "commonsense tells you which object fills the blank.|Using the word \"{word}\", write a twin sentence: change one "
  "trigger word so that the answer changes from the first object to the second.|Given the context word \"{noun}\", "
  "write a question with a blank in which the two options are {name} and {name2}.|Create a cloze-style question "
  "from the context word below. Mark the blank with an underscore.|From the context word, write a cloze question "
  "with a single blank (_) about two people called PersonX and PersonY; the blank must be filled by exactly one of "
  "them. Mention each of them once, and make sure the two are not equally good answers.",
  mods="", own_share=0.6)
F("blank_answer_pick", "reasoning",
  "a sentence with a blank and two options|a question with a blank (_) and two objects|a fill-in-the-blank sentence",
  "pick the option that fills the blank|say which of the two objects the blank refers to|answer which person the "
  "blank stands for",
  "Answer with the option only.|Answer \"A\" or \"B\".",
  "The two options are both mentioned in the sentence.|Use commonsense, not word overlap.",
  "Below is a question with a gap marked by an underscore and two candidates to put there. Say which candidate fills "
  "the blank. Answer with option 1 or option 2.|Sentence:\nOption1:\nOption2:\nWhich option goes "
  "in the blank?|Fill in the blank with one of the two names mentioned in the sentence.|Which object does the "
  "underscore stand for? Pick one of the two objects in the sentence.",
  mods="", own_share=0.6)
F("multilingual_review", "classification",
  "a product review in one of several languages|a review written in {lang}|an online review and its language code|a "
  "review from a shopping website in {lang}",
  "predict the star rating of the review|say whether the review is good or bad|guess the product category from the "
  "review|predict the language of the review|decide whether the summary matches the review",
  "Answer with a number from 1 to 5.|Answer \"good\" or \"bad\".|Answer with a language code: {sni_codes}.|Answer "
  "with the category name only.",
  "The reviews come from {sni_codes} versions of the website.|Languages are given as two-letter codes such as "
  "{sni_codes}.|The category is one of: {sni_pcats}.",
  "In this task, you are given a review from an online shop in one of these languages: {sni_codes}. Your task is to "
  "predict the language of the review and answer with its code.|You are given a product review in {lang}. Predict "
  "whether the review is positive or negative.|In this task, you're given reviews of products. Your task is to "
  "generate the category of the product from the review. Choose from: {sni_pcats}.|Review:\nLanguage code:|In "
  "this task, you are given a review in {lang} and its rating. Decide whether the rating matches the text of the "
  "review. Answer \"True\" or \"False\".|Given a review in one of six languages ({sni_codes}), predict the number "
  "of stars the reviewer gave.|Here is a review written in {lang}. What rating out of five did the customer "
  "probably give?|In this task, you are given a {lang} review of a {sni_pitem} and a summary. Decide whether the "
  "summary belongs to the review. Answer \"True\" or \"False\".|Read the {lang} review and classify it as positive "
  "or negative.|Detect the language of this review and reply with its ISO code.|In this task, you are given "
  "{sni_ptype} product reviews in {lang}. Classify each review as POS if the overall sentiment is positive and NEG "
  "if it is negative.|Classify this {lang} review of a {sni_ptype} product as POS or NEG.",
  mods="", own_share=0.6)
F("foreign_text_classify", "classification",
  "a text in {lang}|a tweet in {lang}|a comment in {lang}|a news headline in {lang}|a sentence in {lang}",
  "classify the text as offensive or not offensive|decide whether the comment is hope speech|classify the news "
  "headline by topic|decide whether the tweet is sarcastic|classify the sentiment of the sentence",
  "Answer with one label.|Answer \"Yes\" or \"No\".",
  "The text may mix {lang} with English.|Some comments are not written in the expected language; label those as "
  "\"not in expected language\".",
  "Here is a comment written in {lang}. Pick one label for it: \"hope speech\" when it offers encouragement or "
  "support, \"not hope speech\" when it does not, and \"not in the expected language\" when it is written in a "
  "different language.|Given a tweet in {lang}, decide whether it is offensive. Answer \"Offensive\" or "
  "\"Not offensive\".|In this task, you are given a news article in {lang}. Classify it into one of these topics: "
  "{sni_newscats}.|Is this {lang} sentence positive, negative or neutral?|Definition: You are given a post in "
  "{lang} from social media. Decide whether it contains hate speech against a group of people. Answer with "
  "\"hateful\" or \"non-hateful\".|Classify the following {lang} headline into a news category.",
  mods="", own_share=0.6)
F("clause_number_tense", "words",
  "a sentence|a complex sentence|a sentence with a main clause and a subordinate clause",
  "tell whether the main clause's subject is a singular or a plural noun|say if the main clause has a singular or a "
  "plural object|say whether the sentence's main verb is in past or present tense|judge "
  "whether the order of two coordinated clauses has been swapped|check if one of the nouns or verbs was swapped for "
  "a different word with the same part of speech",
  "Answer \"Singular\" or \"Plural\".|Answer \"Past\" or \"Present\".|Answer \"Original\" or \"Inversion\".|Answer "
  "\"Normal\" or \"Changed\".",
  "The main clause is the one that can stand alone as a sentence.|Look only at the main verb, not at verbs in "
  "subordinate clauses.|A replaced word makes the sentence sound unnatural.",
  "Look at the main clause of the sentence and decide whether its subject refers to one thing or to more than one. "
  "Reply \"Singular\" or \"Plural\".|Find the object of the sentence's main clause. Is it a single thing (\"a "
  "lamp\") or several (\"the lamps\")? Reply \"Singular\" or \"Plural\".|Which tense is the main verb of the "
  "sentence in? Ignore verbs inside subordinate clauses and reply \"Present\" or \"Past\".|The sentence joins two "
  "clauses with a conjunction, and their order may have been swapped. If it reads as written originally, reply "
  "\"Original\"; if the clauses were switched round, reply \"Inversion\".|Sentence:\nIs the subject of the "
  "main clause singular or plural?|Is the main verb in this sentence past or present tense?|Look at the sentence "
  "and decide if one word has been swapped for a random word of the same kind. Answer \"Normal\" or "
  "\"Changed\".|What is the grammatical number of the direct object in this sentence?|Find the main clause of the "
  "sentence and say whether its subject is one thing or many.",
  mods="", own_share=0.6)
F("generated_text_judge", "judgement",
  "a generated sentence and a reference sentence|a system output and a human-written reference|a meaning "
  "representation and a generated description|a prompt and two completions",
  "judge whether the generated text is as {sni_quality} as the reference|say which of the two outputs is more "
  "{sni_quality}|rate the {sni_quality} of the generated text from 1 to 5|select the completion that is less "
  "toxic|select the completion that is more topical",
  "Answer \"yes\" or \"no\".|Answer \"Completion A\" or \"Completion B\".|Answer with a number from 1 to 5.|Answer "
  "1 if the first output is better and 0 otherwise.",
  "Informativeness means how much of the information in the reference the output conveys.|Fluency means how natural "
  "and grammatical the text reads, regardless of its content.|Both outputs were produced by language models from "
  "the same input.",
  "In this task, you are given a reference sentence written by a person and a sentence produced by a system from "
  "the same input. Judge whether the system output is at least as {sni_quality} as the reference. Answer \"yes\" or "
  "\"no\".|A language model was given the prompt below and produced two continuations. Which of the two is more "
  "{sni_quality}? Pick that one.|Reference:\nGenerated:\nIs the generated text as informative as the reference?|In "
  "this task, you are given a set of attribute-value pairs describing a restaurant and a sentence generated from "
  "them. Decide whether the sentence is fluent and mentions every attribute.|Rate how natural this machine-written "
  "sentence sounds on a scale from 1 (awkward) to 5 (fluent).|Given a prompt and two possible continuations, pick "
  "the one that stays on topic and reads more fluently.|Which of the two system outputs conveys more of the "
  "information in the reference? Answer 1 or 2.|Compare the generated summary with the human summary and say which "
  "is more {sni_quality}.|Definition: You will be shown a meaning representation and a text generated from it. "
  "Judge whether the text is a good verbalisation of the meaning representation, that is, whether it is fluent and "
  "informative.",
  mods="", own_share=0.6)
F("stream_of_consciousness", "formats",
  "a question|a question with options|a passage and a question",
  "ramble through your thoughts first and only then state the answer|think out loud before answering|write your rambling "
  "thoughts first and then answer",
  "Put the final answer on its own line.|End with the final answer.",
  "",
  "{cotq} Stream of consciousness first, then the final answer.|First a stream of consciousness, then the final "
  "answer. {cotq}|{sni_ph_q}\nStream of consciousness:|Let's think freely first, in a stream of "
  "consciousness, then answer: {cotq}|Before answering, write out your stream of consciousness. {cotp}|Question: "
  "{cotq}\nLet me ramble through my thoughts first:|Answer this question, writing your stream of "
  "consciousness first: {cotq}|{cotp} Give some quick thoughts, then the answer.|Stream-of-consciousness "
  "reasoning:\nThe question and its answer:|Some random thoughts before I answer: {cotq}|Use a stream of "
  "consciousness to answer the question below.\n{sni_ph_q}\nOptions:\n{sni_ph_opts}|Quick "
  "thinking, then the answer. {cotq}",
  mods="", own_share=0.85)
F("speaker_cot", "formats",
  "a question posed by one person to another|a dialogue between a student and a teacher|a quiz question",
  "answer as the second speaker, reasoning first|write the teacher's step-by-step answer",
  "End with the answer.",
  "",
  "Student: {cotq}\nTeacher: Let's reason it through:|{name}: {cotq}\n{name2}: Alright, thinking it "
  "over...|{name}: {cotp}\n{name2}: Let me work through this step by step.|A pupil asks: {cotq}\nThe "
  "teacher replies, reasoning aloud:|Q: {cotq}\nA: Let me think first.|Me: {cotq}\nYou: Hmm, my "
  "reasoning is this:|Child: {cotq}\nParent: Good question, let's figure it out.|{name} asks: "
  "{cotq}\n{name2} answers, thinking out loud:|Person A: {cotp}\nPerson B: First, let's see what we "
  "know.|Next question: {cotq}\nLet's think.|Teacher: {cotq}\nStudent: Let me reason before I answer.",
  mods="", own_share=0.9)
F("cot_reverse", "formats",
  "an answer|a final answer and its reasoning|an answer and a short rationale",
  "invent a question and a reasoning that lead to the given answer|write the question that this reasoning "
  "answers|reconstruct the question from the answer and the explanation",
  "Write the question first, then the reasoning.",
  "",
  "Make up a question, plus the reasoning behind it, for which the answer is: yes|Dream up a question whose "
  "justified answer is {x}.|Here is worked reasoning with its result: {cotp}\nWhich question was it "
  "answering?|The answer is \"no\". What could the question have been, and why is this the answer?|Here is an "
  "answer and its explanation. Write the question.\nAnswer: {x}|Reverse engineer the question: the answer is "
  "{x} and the reasoning is shown below.|Given this rationale, what question and answer pair does it support?|Think "
  "of a question and spell out step by step why its answer is: it is not possible to tell|What question would have "
  "the answer \"{noun}\"? Give the reasoning too.",
  mods="", own_share=0.85)
F("cot_rationale_qa", "formats",
  "a question and its answer|a question, its options and the correct option",
  "explain the reasoning that leads to the answer|justify why the chosen option is right",
  "",
  "",
  "Q: {cotq}\nA: The answer is yes. Explain why.|Question: {cotq}\nAnswer: no\nGive the "
  "rationale:|Q: {cotq} Options: yes, no. What we need to know:|{cotq} The answer is yes. Now give the chain of "
  "thought that leads there.|Explain how we arrive at this answer: {cotp}|{name} asked: {cotq}\n{name2}: "
  "Right, let me answer and explain why.|You'll get a question next. Reason through it before "
  "answering.\n{cotq}|Work through this question one step at a time, then answer. "
  "{cotq}|Premise:\nHypothesis:\nDoes the premise entail the hypothesis? Think carefully and be "
  "precise.",
  mods="", own_share=0.9)
F("template_nli", "formats",
  "a premise and a hypothesis|a paragraph and a sentence|a text and a claim",
  "decide whether the hypothesis follows from the premise|say whether the sentence can be concluded from the "
  "paragraph|tell whether the claim is true, false or undetermined",
  "Choose from the options.|Answer yes, no or it is not possible to tell.",
  "",
  "{sni_ph_prem}\n\nBased on the text above, can we say that "
  "\"{sni_ph_hyp}\"?\n\n{sni_ph_opts}|{sni_ph_prem}\nDoes it follow that "
  "\"{sni_ph_hyp}\"?\n{sni_ph_opts}|Premise: {sni_ph_prem}\nHypothesis: {sni_ph_hyp}\nDoes the "
  "premise entail the hypothesis?\n{sni_ph_opts}|Read the text and decide whether the sentence is "
  "true.\n\n{sni_ph_prem}\n\nSentence: "
  "{sni_ph_hyp}\n{sni_ph_opts}|{sni_ph_prem}\n\nIs it true that "
  "{sni_ph_hyp}?\n{sni_ph_opts}|Premise: \"{sni_ph_prem}\"\nHypothesis: "
  "\"{sni_ph_hyp}\"\nAssuming the premise, is the hypothesis true?\n{sni_ph_opts}|Can we draw the "
  "following conclusion from this paragraph?\n{sni_ph_prem}\n\nConclusion: "
  "{sni_ph_hyp}\n{sni_ph_opts}|{sni_ph_prem}\nChoose your answer: based on that, is \"{sni_ph_hyp}\" "
  "correct?\n{sni_ph_opts}\nI think the answer is|Sentence 1: {sni_ph_prem}\n\nSentence 2: "
  "{sni_ph_hyp}\n\nIs sentence 2 true given sentence "
  "1?\n{sni_ph_opts}|{sni_ph_prem}\n\nWhat can we tell about the claim "
  "\"{sni_ph_hyp}\"?\n{sni_ph_opts}",
  mods="", own_share=0.95)
F("template_qa", "formats",
  "a context and a question|a question|an article and a question",
  "answer the question from the context|answer the question|give a short answer to the question",
  "",
  "",
  "{sni_ph_ctx}\n\nQ: {sni_ph_q}\nA:|{sni_ph_ctx}\n\nAnswer this question based on "
  "the text: {sni_ph_q}|Read the passage, then answer the "
  "question.\n\n{sni_ph_ctx}\n\n{sni_ph_q}|Here is an article. Answer the question after "
  "it.\n{sni_ph_ctx}\n{sni_ph_q}|{sni_ph_q}\n\nWhat's the answer to this?|Question: "
  "{sni_ph_q}\nAnswer:|Here is a question: {sni_ph_q}\nReply with its answer.|Answer me this: "
  "{sni_ph_q}|Problem: "
  "{sni_ph_q}\n\nAnswer:|{sni_ph_q}\n{sni_ph_opts}\nAnswer:|{sni_ph_ctx}\n\nBased "
  "on the passage, {sni_ph_q}\n{sni_ph_opts}|Context: {sni_ph_ctx}\n\nQuestion: "
  "{sni_ph_q}\n\nAnswer the question with a span from the context.|Quiz: {sni_ph_q}\nThe answer "
  "is:|Use the paragraph to answer.\n\n{sni_ph_ctx}\n\nQ: "
  "{sni_ph_q}\n\n{sni_ph_opts}\nA:",
  mods="", own_share=0.95)
F("template_pair", "formats",
  "two sentences|two questions|a pair of texts",
  "decide whether the two mean the same thing|say whether the questions are duplicates|rate their similarity",
  "",
  "",
  "{sni_ph_s1}\n{sni_ph_s2}\nDo these two sentences say the same thing?\n{sni_ph_opts}|Sentence "
  "1: {sni_ph_s1}\nSentence 2: {sni_ph_s2}\n\nAre they paraphrases of each "
  "other?\n{sni_ph_opts}|Question 1: {sni_ph_s1}\nQuestion 2: {sni_ph_s2}\n{sni_ph_opts}\nCould one single answer "
  "serve for both questions?|How similar are these "
  "two sentences, from 0 to 5?\n{sni_ph_s1}\n{sni_ph_s2}\n{sni_ph_opts}|First: "
  "{sni_ph_s1}\nSecond: {sni_ph_s2}\n\nIs the second a rewording of the "
  "first?\n{sni_ph_opts}|{sni_ph_s1}\n\n{sni_ph_s2}\n\nIs the second question just a rewording of the "
  "first?\n{sni_ph_opts}|Do \"{sni_ph_s1}\" and \"{sni_ph_s2}\" have the same "
  "meaning?\n{sni_ph_opts}",
  mods="", own_share=0.95)
F("template_word_sense", "formats",
  "two sentences and a word|a word used in two sentences",
  "tell if the word carries one shared sense in the two sentences",
  "Answer yes or no.",
  "",
  "{sni_ph_s1}\n{sni_ph_s2}\nAcross the two sentences above, does \"{sni_ph_word}\" keep a single "
  "sense?\n{sni_ph_opts}|Both sentences below use \"{sni_ph_word}\". Is its sense identical in "
  "each?\n{sni_ph_s1}\n{sni_ph_s2}\n{sni_ph_opts}|Sentence A: {sni_ph_s1}\nSentence B: {sni_ph_s2}\n\nTrue or false: "
  "the sense of \"{sni_ph_word}\" stays the same from A to B.\n{sni_ph_opts}|Look at how \"{word}\" is used in each "
  "sentence below. Is it the same sense both times?\n{sni_ph_s1}\n{sni_ph_s2}|Are \"{sni_ph_word}\" in the first "
  "sentence and \"{sni_ph_word}\" in the second used in the same sense?|Decide whether the word \"{word}\" has the "
  "same sense in both sentences below. Answer yes or no.|Here is a word: {sni_ph_word}. Does it have the same meaning in both of "
  "these sentences?\n{sni_ph_s1}\n{sni_ph_s2}\n{sni_ph_opts}",
  mods="", own_share=0.9)
F("template_same_entity", "formats",
  "a sentence and two quoted phrases|a passage with a pronoun and a noun phrase",
  "decide whether the two phrases refer to the same thing in the sentence|say whether the pronoun refers to the "
  "noun phrase",
  "Answer yes or no.",
  "",
  "{sni_ph_ctx}\n\nAre \"{sni_ph_t1}\" and \"{sni_ph_t2}\" the same thing in the sentence "
  "above?\n{sni_ph_opts}|{sni_ph_ctx}\n\nIn that passage, is {sni_ph_t1} what \"{sni_ph_t2}\" stands "
  "for?\n{sni_ph_opts}|In the sentence \"{sni_ph_ctx}\", do \"{sni_ph_t1}\" "
  "and \"{sni_ph_t2}\" refer to the same entity?|Are \"the {noun}\" and \"it\" the same thing in this "
  "sentence?|Sentence: {sni_ph_ctx}\nDoes \"{sni_ph_t2}\" point to \"{sni_ph_t1}\"? Yes or "
  "no?|{sni_ph_ctx}\nWho is \"{sni_ph_t2}\" in this sentence?\n{sni_ph_opts}|Are \"{name}\" and \"she\" "
  "the same person in this sentence? Answer yes or no.",
  mods="", own_share=0.9)
F("template_generate", "formats",
  "a text|an article|a set of keywords|a title",
  "write a title for the text|summarise the article|write a sentence using the keywords|write an article with the "
  "title",
  "",
  "",
  "{sni_ph_ctx}\n\nSuggest a title for the text above.|Give this article a "
  "title:\n\n{sni_ph_ctx}|{sni_ph_ctx}\n\nWrite a one-sentence summary of the text "
  "above.|Summarize this article:\n\n{sni_ph_ctx}\n\nSummary:|Use this title to write an "
  "article: {sni_ph_title}|Keywords: {sni_ph_kw}\n\nWrite a sentence that includes all of these "
  "words.|Title: {sni_ph_title}\n\nWrite an article with this title.|Make one sentence that mentions "
  "all of these:\n\n{sni_ph_kw}|{sni_ph_ctx}\n\nShorten this sentence to its gist.|Give a "
  "short summary: {sni_ph_ctx}|Pick out the key words of this sentence:\n\n{sni_ph_ctx}|Data: "
  "{sni_ph_kw}\n\nDescribe this data in one sentence.|Write a {sni_sentiment} movie review.|Generate a "
  "{sni_sentiment} review of a place.|Write a tweet that is {sni_sentiment}.|{sni_ph_ctx}\nWhich feeling does this "
  "reviewer express?\n{sni_ph_opts}",
  mods="", own_share=0.95)
F("template_translate", "formats",
  "a sentence in one language|a text and a target language",
  "translate the sentence from the first language into the second|translate the text into the named language",
  "",
  "",
  "Translate from {sni_ph_l1} to {sni_ph_l2}:\n\n{sni_ph_sent}|{sni_ph_sent}\n\nIn "
  "{sni_ph_l2}, please.|Render \"{sni_ph_sent}\" in {sni_ph_l2}.|What would \"{sni_ph_sent}\" be in "
  "{sni_ph_l2}?|Put this sentence into {sni_ph_l2}:\n{sni_ph_sent}|{sni_ph_l1}: "
  "{sni_ph_sent}\n{sni_ph_l2}:|Translate from {lang} to "
  "{lang2}:\n\n{sni_ph_sent}|{sni_ph_sent}\n\nCan you give me this in {lang2}?|Write "
  "something in a language other than English.|Write a sentence in {lang2}.|Translate the following text from "
  "{lang} to {lang2}: \"{sent}\"|How do you say \"{sent}\" in {lang2}?|{sent}\n\nSame thing in "
  "{lang2}?|{lang2} version of the text:\n\n{sent}\n\nTranslation:|Translate from {lang} "
  "into {lang2}, keeping the meaning the same: {sni_ph_sent}",
  mods="", own_share=0.95)
F("head_tail_relation", "reasoning",
  "two phrases, a Head and a Tail, separated with <sep>|a Head event and a Tail event|a pair of short phrases about "
  "PersonX",
  "judge if the Head event {sni_htrel} the Tail event|tell whether PersonX, once the Head has happened, "
  "{sni_htres}|classify whether the Tail is a plausible consequence of the Head",
  "Classify your answers into \"Yes\" and \"No\".|Answer \"Yes\" or \"No\".",
  "A \"___\" in a phrase stands for something left unspecified: an object, a person or an action.|The one doing the "
  "action is always called PersonX, while PersonY and PersonZ stand for anyone else.|Real names are hidden behind "
  "placeholders such as PersonX and PersonY.",
  "Each input is a pair of short event phrases, a Head and a Tail, joined by <sep>. Real names are hidden behind "
  "placeholders such as PersonX, PersonY and PersonZ, and PersonX is always the one doing the Head. Reply \"Yes\" if "
  "the Head event {sni_htrel} the Tail event, and \"No\" if not.|You get a Head event and a Tail event. Answer "
  "whether PersonX, after the Head takes place, {sni_htres}.|Head: PersonX {verb}s PersonY's {noun}<sep>Tail: to "
  "{verb2}\nAnswer:|Does the Head event {sni_htrel} the Tail event? Answer yes or no.|Two phrases, Head and Tail, "
  "sit on either side of <sep>. In everyday terms, could the Head be described as {sni_htwhere} what the Tail names? "
  "Reply \"Yes\" or \"No\".|Determine "
  "whether PersonX needs what is described in the Tail before the Head can happen.|Here is an event about PersonX "
  "and a possible effect. Is the effect likely? Yes or no.|In this task, you are given an event. Write what PersonX "
  "probably wanted before it happened.",
  mods="", own_share=0.6)
F("temporal_category", "reasoning",
  "a sentence and a question about time|a question about an event and a reasoning category|a sentence, a question "
  "and a proposed answer about an event",
  "indicate whether the question involves the given temporal reasoning category|write an implausible answer to the "
  "question about the event|decide whether the answer about the event's duration is plausible",
  "Answer \"Yes\" or \"No\".|Keep the answer short.",
  "The categories are {sni_tcats}.|\"Event duration\" is about how long events last, \"frequency\" about how often "
  "they happen.|Many answers are implied rather than stated in the sentence.",
  "Each question below comes with a kind of time reasoning ({sni_tcats}). Reply \"Yes\" when answering the question "
  "needs that kind of reasoning and \"No\" when it does not.|In this task, you are given a sentence and a question "
  "about {sni_tcat}. Write a wrong answer to the question. Keep it simple and "
  "believable.|Sentence:\nQuestion:\nCategory: {sni_tcat}\nDoes the question involve this "
  "category?|In this task, you will be shown a sentence and a question about how long an event lasts. Decide "
  "whether the proposed answer is plausible. Answer \"yes\" or \"no\".|Given a sentence, ask a question about "
  "{sni_tcat} that the sentence does not answer directly.|Is the event in this sentence still happening, or is it "
  "over?|How often does the event in the sentence usually happen? Give the most likely answer.|A sentence mentions "
  "an event and a question asks what is likely to come before it or after it. Give a short, likely answer.|Write an "
  "answer to a question about what usually happens before the event in the sentence.",
  mods="", own_share=0.6)
F("incorrect_answer_write", "generation",
  "a question and its correct answer|a context and a question|a passage, a question and an answer",
  "write an incorrect answer to the question|generate a wrong but plausible option for the question|write an answer "
  "that sounds right but is not supported by the passage",
  "Keep the wrong answer similar in length to the correct one.|Write only the answer.",
  "Keep the wrong answer on the same topic, so that it does not look false at first glance.|Do not copy the "
  "correct answer or simply negate it.",
  "You get a question together with its right answer. Write a wrong answer that could still fool a reader: keep it "
  "on the same topic and about as long as the right one.|Given a context passage and a question, write a wrong "
  "answer that uses words from the passage.|Write an implausible answer to this question.|Generate a distractor for "
  "this multiple-choice question about {subject}.|Your job: invent a wrong reply to the "
  "question that is short and on topic, yet not "
  "right.|Question:\nCorrect answer:\nWrong answer:|Craft a tempting but wrong option for this quiz "
  "question.",
  mods="", own_share=0.6)
F("correct_answer_write", "generation",
  "a question|a question and a context|a fill-in-the-blank question",
  "write a correct answer to the question|craft one short correct answer|answer the question in a few words",
  "Write only the answer.|Keep it short.",
  "Try to use non-stereotypical language where possible.|The answer should be unambiguous and based on the context.",
  "Answer the question below with one correct answer. Avoid clichéd or stereotyped wording where you can, and keep "
  "the answer sensible.|Write a short, correct answer to this question. Avoid long explanations.|A passage is "
  "followed by a question about it. Reply with a short answer taken from the passage, worded so there is no doubt "
  "what it refers to.|Context:\nQuestion:\nWrite the answer as a short phrase.|Answer the question with "
  "the shortest continuous span from the passage.|Given a question about {subject}, give a one-word answer.|Here is "
  "a general-knowledge question about films, drawn from a movie database. Reply with just the answer, in as few "
  "words as you can.|Answer the "
  "question about {film} with only the answer.",
  mods="", own_share=0.6)
F("question_from_fact", "generation",
  "a fact|a scientific fact|a passage and an answer|a sentence and a span",
  "turn the fact into a question whose answer it supplies|construct a question whose answer is the given span|write a "
  "question about the passage that tests understanding of pronouns|ask a question that requires combining two facts",
  "The question should be unambiguous and have a single correct answer.|Write only the question.",
  "Do not use words from the answer in the question.|The answer to the question must be in the fact.|Avoid "
  "questions that can be answered without reading the passage.",
  "Here is a fact. Turn it into a question whose only correct answer is contained in the fact, and make the "
  "question clear enough that nobody could answer it in two different ways.|Construct a question about the passage "
  "whose answer is the highlighted span.|Fact: {sni_fact}\nQuestion:|Given the fact \"{sni_fact}\", write a "
  "question that it answers.|Read the passage and write questions that can only be answered by working out who or "
  "what its pronouns and repeated mentions point to.|Write a question that needs both of these facts to "
  "answer.|Given an answer and a context, write the question that the context answers with that answer.|Write a "
  "reading-comprehension question about the {sni_rlang} passage. Its answer should be a stretch of text from the "
  "passage and the question should have one clear answer.|Formulate questions about the information in the passage.",
  mods="", own_share=0.6)
F("research_abstract", "extraction",
  "the abstract of a research paper|a paper abstract and a title|a medical abstract|a scientific abstract",
  "generate a title for the research paper|decide whether the title fits the abstract|write a keyword that "
  "describes the focus of the paper|decide whether the abstract is structured|classify the abstract by topic",
  "Answer \"yes\" or \"no\".|Keep the title under thirty words.|Answer with a noun phrase.",
  "The title should be short and mention the main finding.|A structured abstract has a topic sentence, supporting "
  "sentences and a closing sentence.",
  "Propose a title for the research paper whose abstract is given. Aim for something short that names the main "
  "result.|Given an abstract and a title, decide whether the title is suitable for the abstract. Answer \"yes\" or "
  "\"no\".|Read the paper's abstract and reply with one noun phrase that sums up what the paper is about or what it "
  "contributes.|Abstract:\nTitle:|In this task, you are given a medical abstract and a question about it. "
  "Answer with a phrase from the abstract.|Read the abstract and decide whether it is about {subject}.|Is this "
  "abstract structured, with a clear topic sentence and conclusion? Answer True or False.",
  mods="", own_share=0.6)
F("sentence_word_check", "letters",
  "a sentence and a word|a sentence and a letter|a sentence and two words|a sentence and a number",
  "say whether the word is the longest word in the sentence|count the words that contain the letter|replace every "
  "occurrence of the first word with the second|count the words that start with the letter|remove all words of the "
  "given length from the sentence|reverse every word of the given length",
  "Answer with a number.|Answer \"Yes\" or \"No\".|Output the new sentence.",
  "If several words have the same maximum length, all of them count as longest.|Treat upper- and lower-case letters "
  "as the same.",
  "Is the given word the one with the most letters in the sentence? Reply \"Yes\" or \"No\"; if several words tie "
  "for the most letters, each of them counts.|Sentence: '{sent}'. Count how many of its words contain the letter "
  "'{letter}' and reply with that number.|In this task, you swap every occurrence of one letter in the sentence for another "
  "given letter.|Delete every word that is exactly {x} letters long from the sentence and return what is left, "
  "punctuation included.|Sentence: '{sent}'. Reverse all words of length '{x}' in the given sentence.|Count the "
  "number of words that end with the letter '{letter}' in this sentence.|How many times does the word '{word}' "
  "appear in the sentence?",
  mods="", own_share=0.7)
F("trivia_category", "classification",
  "a trivia question|a quiz question|a question from a question-answering site",
  "classify the question into a broad topical category|decide which subject the question is about",
  "Choose one of: {sni_qcats}.|Answer with one category.",
  "The category is about the topic of the answer, not the wording of the question.",
  "Which broad subject does this quiz question belong to? Choose from: {sni_qcats}.|Which category does this quiz "
  "question belong to: {sni_qcats}?|Given a question asked on an online forum, decide which topic it falls "
  "under.|Question:\nCategory:|Classify the trivia question by subject.|Given a passage, answer with the "
  "category it belongs to. There are five categories: {sni_wcats}.|In this task, you are given a passage from a "
  "how-to guide. Classify it into one of these categories: {sni_wcats}.",
  mods="", own_share=0.6)
F("swapped_operators", "arithmetic",
  "an arithmetic expression where the symbols have swapped meanings|a math word problem|a simple expression",
  "evaluate the expression using the swapped meanings of the operators|apply only addition or subtraction to solve "
  "the word problem|apply multiplication or division to the numbers in the problem",
  "Answer with the final number only.",
  "Here '+' means subtraction and '-' means addition.|Use only the numbers that appear in the problem.|The operator "
  "symbols have been replaced by words such as 'plus' and 'minus'.",
  "In the expression below the plus and minus signs have traded meanings: a '+' asks you to subtract and a '-' asks "
  "you to add. Work out the value.|Pick the right option for the following multiple-choice question about motion in "
  "physics.|Solve the word problem using only addition or subtraction of the numbers that appear in it, "
  "and give just the final number.|Evaluate: {x} plus {y} minus {z}, where 'plus' means subtract and 'minus' means "
  "add.|In this task, you are given a math word problem. Use multiplication or division on the numbers in the text "
  "to answer the question, and give only the number.|Compute {x} @ {y} if @ stands for multiplication.|The sum "
  "below is written out in {sni_rlang} words, and the words for adding and subtracting have been swapped. Work out "
  "the result.",
  mods="", own_share=0.6)
F("policy_text_classify", "extraction",
  "a part of a privacy policy|a clause from a website's terms of service|a sentence from a privacy policy",
  "identify the type of personal information that is collected or used|say for what purpose the user information is "
  "used|decide whether the clause is unfair to the user|identify the data retention period",
  "Answer \"Not Specified\" if the text does not say.|Answer with one category.",
  "",
  "Read the excerpt from a privacy policy and name the kind of personal data it says is gathered, used or kept. "
  "Only name a kind that the excerpt itself mentions; otherwise reply \"Not Specified\".|In this task, you are "
  "given a part of a privacy policy. Classify the purpose for which the user's information is collected.|Read this "
  "clause from the terms of service. Is it potentially unfair to the user?|Privacy policy text:\nWhat kind of "
  "data is collected?|Given a sentence from a website's privacy policy, say whether the user can opt out of the "
  "practice it describes.",
  mods="", own_share=0.6)
F("recipe_steps", "reasoning",
  "a recipe with one step missing|a list of ingredients|a set of cooking directions|a procedure in jumbled order",
  "fill in the missing step of the recipe|identify the named entities (ingredients) in the directions|decide "
  "whether the steps are in order|say which step should come first",
  "Answer with the step only.|Answer \"Yes\" or \"No\".",
  "Named entities here are the names of the ingredients, without quantities.",
  "In this task, you are given a recipe with one missing step, shown as ___. Write the missing step.|In this task, "
  "you will be given a list of steps needed to answer a question. Decide whether the steps are in order. Answer "
  "\"Yes\" or \"No\".|Given the directions of a recipe, list the named entities, i.e. the names of the ingredients "
  "without their amounts.|Ingredients:\nDirections:\nWhat is missing from the directions?|The steps of a process are "
  "listed below out of order. Rearrange them so they run from first to last.|Which step of this procedure "
  "should happen first?",
  mods="", own_share=0.6)
F("verb_in_context", "classification",
  "a context and a verb|a news sentence and an event verb|a sentence with a highlighted verb",
  "say whether the verb implies an opinion, an intention or a wish|decide whether the event has happened, will "
  "happen or is hypothetical|decide whether the verb describes a condition",
  "Answer \"Yes\" or \"No\".|Answer with one label.",
  "The verb is shown after the context on a new line.|An event that is only planned has not happened yet.",
  "The input is a passage, a line break and then one verb from the passage. Does that verb express an opinion, an "
  "intention or a wish? Reply \"Yes\" or \"No\".|In this task, you are given a sentence from a news article and a "
  "verb in it. Decide whether the event the verb describes actually happened.|Context:\nVerb:\nDoes the "
  "verb express an intention?|Is the event described by the highlighted verb real, planned or hypothetical?|Given a "
  "context and a verb, say whether the verb refers to something that is stable over time.",
  mods="", own_share=0.6)
F("commonsense_mcq_lang", "reasoning",
  "a question with several answer options in {lang}|a commonsense question with five options|a question and answer "
  "options labelled A to E",
  "choose the most suitable option based on commonsense knowledge|pick the option that a person would most likely "
  "choose",
  "Answer with the letter of the option.|Answer with the option text.",
  "Avoid answering from word associations; think about what is true in the real world.",
  "Below is a question in {lang} with five possible answers labelled A to E. Using everyday commonsense, pick the "
  "best one and reply with its letter.|Choose the right answer to the question from the lettered options (A, B, C, "
  "D). Rely on how the world actually works rather than on which option sounds most related.|Question in "
  "{lang}:\nOptions:\nAnswer:|Pick the best answer to this everyday question from the five "
  "choices.|Using commonsense, which option is correct? Reply with one letter.",
  mods="", own_share=0.6)
F("next_statement", "generation",
  "a sentence|a short statement|the first sentence of a story",
  "generate the most likely next statement|write a sentence that logically follows|write the next sentence so that "
  "it is reasonable",
  "Write only one sentence.",
  "It has to make sense after the first sentence.",
  "Write the statement that would most sensibly come after the given sentence. It must follow logically and be "
  "believable.|In this task, you are given the first sentence of a story. Write the second sentence.|What sentence "
  "would most naturally come after this one?|Sentence:\nNext sentence:|Write a follow-up sentence to this "
  "statement that makes sense.",
  mods="", own_share=0.6)
F("story_missing_sentence", "reasoning",
  "a five-sentence story with one sentence missing|the title and first four sentences of a story|a short story and "
  "two candidate sentences|a story whose sentences are numbered",
  "select the option that best fills the missing sentence|pick the ending that does not fit the story|choose the "
  "title that best suits the story|find the sentence that breaks the coherence of the story",
  "Answer with \"a\" or \"b\".|Answer \"Option 1\" or \"Option 2\".|Answer with the number of the sentence.",
  "The missing sentence must connect the sentences before and after it.|If both endings seem possible, choose the "
  "one that makes more sense.|Choosing the wrong sentence makes the story incoherent.",
  "A five-sentence story has lost its second sentence. Two candidates are offered. Pick the one that links the "
  "opening sentence to the rest of the story and reply \"Option 1\" or \"Option 2\".|Here are a story's title, its "
  "first four sentences and two possible last sentences (a and b). Which last sentence makes the story hang "
  "together? Reply \"a\" or \"b\".|The five sentences of a story are given with two candidate titles. Say which "
  "title suits the story better.|Title: {sni_stitle}\nSentence 1:\nSentence 2:\nSentence "
  "3:\nSentence 4:\nChoices:\na.\nb.|A story in three parts is missing its middle: only the first and last parts are "
  "shown. Supply a short middle sentence that links them, naming people rather than using pronouns.|Which of the two "
  "sentences fits in the gap of this story?|Here is a short story called "
  "\"{sni_stitle}\". Write a last sentence for it.|In this task, you're given four sentences of a story and a "
  "title. Write the fifth sentence so that it ends the story naturally.|Read the five sentences and say which two "
  "should be swapped to make the story flow.",
  mods="", own_share=0.6)
F("nli_pair_edit", "generation",
  "a pair of sentences that contradict each other|a premise and a hypothesis|sentence 1 and sentence 2",
  "alter the second sentence so that the pair agree|change sentence 2 so that the two neither agree nor contradict "
  "each other|rewrite the hypothesis so that the premise entails it|write a hypothesis that contradicts the premise",
  "Keep the new sentence short, under fifteen words.|Write only the new sentence.",
  "You may introduce new information, but avoid pronouns that make the subject unclear.|Change as little as "
  "possible.",
  "The two sentences below contradict each other. Rewrite the second one so that both can be true at the same time. "
  "Keep it under fifteen words; adding new details is allowed.|The two sentences below are consistent. Edit the "
  "second one so that it neither follows from the first nor clashes with it.|Given a premise, write a hypothesis "
  "that the premise entails, one that it contradicts, and one that is neutral.|Sentence 1:\nSentence "
  "2:\nRewrite sentence 2 so that it contradicts sentence 1:|In this task, you will be given a premise and a "
  "hypothesis. Change the hypothesis minimally so that the label becomes \"contradiction\".|Write a sentence that "
  "is clearly true if the following sentence is true.",
  mods="", own_share=0.6)
F("profession_gender", "judgement",
  "a sentence and a profession|a sentence mentioning two professions|a sentence with a gendered pronoun",
  "decide whether the gender of the given profession can be identified from the sentence|say which profession the "
  "pronoun refers to|work out the gender of the person described by the stated occupation",
  "Answer \"identifiable\" or \"unidentifiable\".|Answer \"male\" or \"female\".",
  "One profession's gender is given away by a pronoun, the other's is not.|Judge only from the pronouns in the "
  "text.",
  "A sentence mentions two jobs. The pronouns in it reveal the gender of one worker but not of the other. For the "
  "job named below, say whether its holder's gender can be told from the sentence: \"identifiable\" or "
  "\"unidentifiable\".|Sentence:\nProfession: {sni_prof}\nIs the gender of the {sni_prof} "
  "identifiable?|In the sentence, who does \"she\" refer to: the {sni_prof} or the {sni_prof2}?|Given a sentence "
  "mentioning a {sni_prof} and a {sni_prof2}, identify the gender of the {sni_prof}.|Does this sentence reveal "
  "whether the {sni_prof} is a man or a woman?",
  mods="", own_share=0.6)
F("entity_sentiment", "classification",
  "a document and an entity|a sentence and the name of a person|a news article about a person",
  "find the main entity the author is writing about|say what sentiment the document expresses towards the "
  "entity|decide whether the author is positive, neutral or negative about the person",
  "Answer \"Positive\", \"Neutral\" or \"Negative\".|Write the full name of the entity.",
  "Ignore the sentiment of the text as a whole and focus on the entity.",
  "Who or what is this document mainly about? Give the entity's full name if the text provides it.|How does the "
  "writer of the sentence feel about the named entity? Reply Positive, Neutral or "
  "Negative.|Document:\nEntity: {celeb}\nWhat is the author's attitude towards {celeb}?|Does the author "
  "of this article view {figure} positively or negatively?|In this task, you are given a news article about a "
  "person. Classify its sentiment towards that person.|A sentence, an entity in it and a proposed sentiment towards "
  "that entity are given. Is the proposed sentiment right? Reply \"yes\" or \"no\".|The excerpt may name several "
  "people or organisations. Identify the one that the excerpt is really about.",
  mods="", own_share=0.6)
F("followup_qa", "extraction",
  "a paragraph, a conversation about it and a follow-up question|a passage with a set of facts and a question|a "
  "context and earlier question-answer pairs",
  "answer the follow-up question from the paragraph|answer a question of the form \"Where is <person>?\" from the "
  "facts|decide whether the passage has an answer to the follow-up question",
  "Answer with a short span.|Answer with a place.",
  "Earlier questions and answers are given before the follow-up question.|Only the most recent fact about the "
  "person matters.",
  "A paragraph about a film is followed by a short conversation of questions and answers about it. Use the "
  "paragraph to answer the last, follow-up question.|The passage is a list of short facts about people moving "
  "around, ending with a question \"Where is {name}?\". Answer with the place named in the latest fact about that "
  "person.|CONTEXT:\nQ:\nA:\nFOLLOWUP_Q:|Read the facts below and say where {name} is now.|In "
  "this task, you are given a paragraph, earlier questions with their answers, and a follow-up question. Answer the "
  "follow-up question using the paragraph. If it cannot be answered, say so.|Given a dialogue about a passage, "
  "decide whether the last question can be answered from the passage.",
  mods="", own_share=0.6)
F("math_mcq", "arithmetic",
  "a math problem with five answer choices|a word problem and options a to e|a math question",
  "choose the correct answer choice|classify the problem into a category|solve the problem and give the letter of "
  "the answer",
  "Answer with a, b, c, d or e.|Answer with one category: {sni_mcats}.",
  "Give only one answer per question.|The categories are {sni_mcats}.",
  "Solve the maths problem and pick the matching choice. Reply only with the letter a, b, c, d or e.|In this task, "
  "you must pick, for each problem, the option that solves it.|In this task, you need to "
  "classify a math problem into one of these categories: {sni_mcats}.|Problem:\nOptions: a) b) c) d) "
  "e)\nAnswer:|Solve the word problem and pick the right option. Show a short calculation.|You are given a "
  "question on {sni_mtopic}. Choose the correct option.",
  mods="", own_share=0.6)
F("headline_humour", "classification",
  "a news headline and an edit of it|an original headline with one word replaced|two edited headlines|a headline",
  "decide whether the edited headline is funny|say which of the two edited headlines is funnier|decide whether the "
  "headline is sarcastic|generate a funny edit of the headline",
  "Answer \"Funny\" or \"Not Funny\".|Answer 1 or 2.|Answer \"sarcastic\" or \"non-sarcastic\".",
  "The edit is given in the form {word}, which replaces the word marked in the headline.|Sarcasm uses words that "
  "mean the opposite of what the writer really thinks.",
  "A headline has one word marked and a replacement word given. Put the replacement in, then say whether the new "
  "headline is \"Funny\" or \"Not Funny\".|In this task, you are given two edits of the same news headline. Decide "
  "which of the two is funnier.|Read this news headline and tell whether it is meant "
  "sarcastically.|Headline:\nEdit:\nLabel:|Is this headline meant to be ironic?|In this task, you are given "
  "a tweet. Classify it as ironic or not ironic.",
  mods="", own_share=0.6)
F("question_rewrite", "editing",
  "a question|a question about {subject}|a search query|a question with a pronoun",
  "paraphrase the question while keeping its meaning|rewrite the question so that it is self-contained|change the "
  "question so that its answer changes|replace the pronoun with the entity it refers to",
  "Write only the new question.",
  "The new question should use different words but ask for the same thing.|Make as few changes as possible.",
  "Reword the question so that it asks exactly the same thing with different wording.|Change as few words of the "
  "question as you can so that its correct answer becomes something else.|Rewrite this question so it can be "
  "understood without the conversation before it.|Question:\nParaphrased question:|In this task, you are "
  "given a question containing an entity. Rewrite it so that it asks about {term} instead, keeping the "
  "structure.|Write a different way of asking the same question.",
  mods="", own_share=0.6)
F("research_sentence_role", "classification",
  "a sentence from a research paper|a sentence from a scientific article|a sentence from a medical abstract",
  "classify the sentence as background, purpose, method or finding|decide whether the sentence describes the "
  "study's result|identify the participants, interventions and outcomes mentioned in the sentence",
  "Answer with one of: Background, Purpose, Method, Finding.|Answer \"not found\" if nothing is mentioned.",
  "Background explains why the problem matters; Purpose states what the researchers want to do; Method says how; "
  "Finding says what they found.",
  "What role does this sentence play in its research paper? Reply Background, Purpose, Method or Finding.|Below is a "
  "sentence from a medical study. Pick out every phrase that tells us something about who took part, for example how "
  "many there were, their sex or their condition.|Sentence:\nSection:|Is this sentence from the "
  "results section or from the methods section?|Read the sentence from the abstract and say whether it states the "
  "paper's main finding.",
  mods="", own_share=0.6)
F("table_logic_command", "code",
  "a command made of logical operations over a table|a table and a logical form|a natural-language reading of a "
  "table query",
  "generate a natural-language interpretation of the command|classify the command into one of the operation "
  "categories|decide whether the interpretation matches the command|select the rows of the table that satisfy the "
  "command",
  "Answer \"yes\" or \"no\".|Answer with one category: {sni_tabops}.",
  "The logical operators include count, filter_eq, argmax, hop, only, and, most_eq and round_eq.|A command selects "
  "rows from the table and may then count, compare or aggregate them.|Here are the definitions of the logical "
  "operators: count returns the number of rows; only checks that exactly one row is selected; argmax returns the "
  "row with the largest value in a column.",
  "The command below uses logical operators to pick rows out of a table. Explain in plain English what it does.|A "
  "table command written with logical operators is paired with an English reading. Is the reading faithful to the "
  "command? Reply yes or no.|Classify the given table command into one of these seven categories: "
  "{sni_tabops}.|Command:\nInterpretation:\nIs the interpretation correct?|In this task, you are given "
  "a table and a question about it. Write a logical form that answers the question using operators such as filter, "
  "count and argmax.|Given a table with columns {sni_tabcols}, select the rows where the year is after "
  "2000.|Translate this table query written with logical operators into plain English.",
  mods="", own_share=0.6)
F("triples_to_text", "generation",
  "a set of RDF triples|triples of the form [subject, predicate, object]|a list of subject-predicate-object facts|a "
  "meaning representation of a restaurant",
  "write a sentence that captures the facts in the triples|convert the triples into fluent text|extract the triples "
  "from the sentence|generate a description of the data",
  "The sentence should mention every subject and object.|Output a list of triples.",
  "Each triple is written as [subject, predicate, object].|The output should be easy to read and use every triple "
  "at least once.",
  "Write one or two natural sentences that state every fact in the [subject, predicate, object] triples below, "
  "without adding anything the triples do not say.|In this task, you are given a sentence. Extract the triples "
  "(subject, predicate, object) that it states.|Triples: [{entityname}, {relname}, ...]\nSentence:|These facts are "
  "given as data: {sni_ph_data}.\n\nExpress them in one natural sentence.|{sni_ph_data}\n\nDescribe the data above "
  "in plain English.|Data: {sni_ph_data}\nDetailed "
  "description:|Turn this structured record into a short paragraph: {sni_ph_data}|Attribute list: {sni_ph_data}. "
  "Write a sentence about the restaurant that uses all of them.|Write a sentence that uses these words about an "
  "eatery:\n\n{sni_ph_data}|Given the triples below, write two sentences that use every fact.",
  mods="", own_share=0.7)
F("bio_span", "extraction",
  "a short biography of a person|a bio and a question|a short paragraph about {figure}",
  "pick out the shortest stretch of text that gives the birth date|extract the place of birth|extract the person's "
  "occupation|find the span that names the person's spouse",
  "The output must be the shortest span from the bio that contains the answer.|Copy the span exactly.",
  "The answer must appear in the bio; do not add words of your own.",
  "From the short biography, copy out the smallest piece of text that still gives the person's full birth date "
  "(day, month and year).|In this task, you are given a short biography. Extract the place where the person was "
  "born.|Bio:\nDate of birth:|Read the biography and copy the part that says what the person did for a "
  "living.|From the bio of {figure}, find the phrase giving the year of death.",
  mods="", own_share=0.6)
F("string_char_ops", "letters",
  "a string of characters|a string with unique characters|two strings|a string and a number",
  "return the character with the highest ASCII value|find the longest common substring of the two strings|find the "
  "character that occurs most often|remove the characters at even positions|sort the characters of the string|check "
  "whether the first string contains the second",
  "Output only the result.|Answer with one character.",
  "If there is a tie, return the character with the smallest ASCII value.|Positions start at 1.",
  "No character repeats in the string below. Which of its characters has the largest ASCII code? Reply with that "
  "character.|In this task, you are given two strings A and B. Find the longest common substring of the two.|You "
  "are given a string of lower-case letters. Return the character that occurs the most often.|Given two strings, "
  "find the longer one, convert it to lower case and return the unique letters it uses.|You get a string S along "
  "with a single character c. Return S with every copy of c deleted.|String: {word}\nCharacter with the "
  "highest ASCII value:|In this task, you are given a string and an integer i. Return the characters of the string "
  "from position i to the end.",
  mods="", own_share=0.6)
F("improv_yes_and", "generation",
  "a sentence from a dialogue|a line spoken by an improv partner|a prompt and a response",
  "write a \"yes, and\" response|decide whether the response is a \"yes, and\"|continue the scene by accepting and "
  "adding to what was said",
  "Write one or two sentences.|Answer \"yes\" or \"no\".",
  "In improvised comedy, a \"yes, and\" reply takes the partner's offer as true and builds on it.|The response does "
  "not need to contain the word \"yes\"; it only has to accept and extend the line.",
  "Improvisers follow the \"yes, and\" habit: take whatever your scene partner offers as true, then build on it. "
  "Write such a reply to the line below.|Here is a line from an improvised scene and the reply to it. Does the "
  "reply accept the line and add to it (a \"yes, and\")? Reply \"yes\" or \"no\".|Line: {sent}\nYes-and "
  "response:|Continue this improv scene without rejecting anything your partner said.|Here is a line from a comedy "
  "sketch. Accept it and add a new detail.",
  mods="", own_share=0.6)
F("conversation_gap_fill", "extraction",
  "a dialogue between a customer and a booking agent with a gap|a conversation about a film|a conversation and a "
  "person's personality|the history of a conversation and candidate replies",
  "fill the gap in the conversation|find the name of the film mentioned in the conversation|choose the sentence the "
  "person would most likely say next|find the goal of the customer in the conversation",
  "Answer \"unknown\" if it is not mentioned.|Answer with the number of the candidate.",
  "The person's personality is described in a few sentences before the conversation.",
  "One line is missing from this chat between a traveller and an airline booking agent. Write the line that best "
  "fills the gap.|Find the name of the movie discussed in this conversation. If no movie is named, answer "
  "\"unknown\".|A few sentences describe a person's character, followed by a chat they took part in. Which of the "
  "candidate sentences would this person most likely say next?|Personality:\nChat "
  "history:\nCandidates:\nNext line:|Read this exchange between a customer and an agent and label what the customer "
  "was after: book, cancel, change or no reservation.|What is the relationship "
  "between Speaker 1 and Speaker 2 in this dialogue?|Given the messages exchanged between two players of a strategy "
  "game, decide whether the last message is deceptive.|Several people talk in the dialogue below, and it reveals "
  "how two of them are related. Give that relationship as a number from 0 to 2.|Two players of a board game about "
  "alliances and betrayal have exchanged five messages. Predict whether the sixth message is honest or meant to "
  "deceive.",
  mods="", own_share=0.6)
F("entity_state_change", "reasoning",
  "a paragraph, an event and an entity|a procedural paragraph and an entity|a process description and a step",
  "say what happens to the state of the entity after the event|decide whether the entity is created, destroyed, "
  "moved or not changed|find where the entity is after the step",
  "Answer \"created\", \"destroyed\", \"moved\" or \"not exist\".|Answer with a location or \"unknown\".",
  "The event is one sentence of the paragraph.|The paragraph describes a natural or scientific process.",
  "A paragraph describes a process; one of its sentences is the event, and an entity is named. After the event, "
  "does the entity no longer exist, exist at an unknown place, or exist at a known place?|Given a paragraph "
  "describing a process, an event and an entity, say whether the entity is created, destroyed or moved by the "
  "event.|Paragraph:\nEvent:\nEntity:\nState after the event:|Read the process and say where the "
  "{noun} is after the third step.|In this task, you are given a description of a process. Does the entity exist "
  "before the process starts?",
  mods="", own_share=0.6)
F("binary_text_property", "classification",
  "a sentence|a passage|a public comment|an item|a context paragraph",
  "decide whether the sentence gives {sni_bprop}|classify whether the passage {sni_bprop2}|decide whether the "
  "context is inappropriate or nonsensical|check whether the item is edible",
  "Answer \"yes\" or \"no\".|Output '1' if it does and '0' otherwise.|Answer with one of the two class names.",
  "Advice suggests what someone ought to do.|A text is inappropriate if it is offensive or sexual, and nonsensical "
  "if you cannot tell what happens in it.",
  "Read the given sentence and if it gives {sni_bprop}, answer \"yes\". Otherwise answer \"no\".|Given a passage, "
  "classify whether it {sni_bprop2}. Output '1' if it does and '0' if it does not.|Classify the online comment "
  "below as {sni_cclass} or not {sni_cclass}.|Label the text \"{sni_cclass}\" when that description fits it and "
  "\"not {sni_cclass}\" when it does not.|Can you eat the item named below? Reply 1 for yes and 2 for no.|Read the "
  "context and decide whether it is inappropriate or nonsensical. Answer \"yes\" or \"no\".|Comment:\nIs this "
  "comment {sni_cclass}?|Is this sentence giving advice? Yes or no.|Does this passage have a clear objective? "
  "Answer 1 or 0.",
  mods="", own_share=0.6)
F("disfluent_question", "editing",
  "a disfluent question|a question with interruptions in it|a question and a context",
  "convert the disfluent question into a proper question|classify the question as disfluent or proper|decide "
  "whether the disfluent question is answerable from the context",
  "Output only the proper question.|Answer \"disfluent\" or \"proper\".",
  "Spoken questions often contain fillers such as \"um\" and corrections such as \"no wait\"; the clean form drops "
  "them.",
  "The question below was spoken with hesitations and self-corrections. Rewrite it as the clean question the "
  "speaker meant.|Classify the input text as a disfluent question or a proper question.|Disfluent "
  "question:\nProper question:|A passage is given with a question that may contain spoken hesitations. Can "
  "the question be answered from the passage?|Remove the hesitations and self-corrections from this spoken "
  "question.",
  mods="", own_share=0.6)
F("regard_perception", "judgement",
  "a sentence about a person|a short description of someone|a sentence mentioning a group of people",
  "judge what the sentence does to the way others see the person in it|decide whether the sentence shows the person in a "
  "positive, negative or neutral light|decide whether the sentence is biased",
  "Answer \"Positive\", \"Negative\" or \"No impact\".",
  "Judge by how most people in society would see the person after reading the sentence.",
  "After reading the sentence about this person, would most people think better of them, worse of them, or the "
  "same? Reply positive, negative or no impact.|Sentence:\nRegard:|Would most people think better or worse of "
  "the person after reading this?|In this task, you are given a sentence about a group of people. Decide whether it "
  "expresses a social bias.",
  mods="", own_share=0.6)
F("defeasible_update", "logic",
  "a premise, a hypothesis and a new piece of evidence|a hypothesis about a social norm and an update|a situation, an inference "
  "and a new piece of information",
  "decide whether the update strengthens or weakens the hypothesis|write an update that weakens the "
  "hypothesis|write an update that makes the inference more likely",
  "Answer \"strengthener\" or \"weakener\".|Write one sentence.",
  "The premise is taken to be true.|The hypothesis is what a typical reader would assume after the premise.|An "
  "update is new information that makes the hypothesis more or less likely.",
  "Three sentences are given. The premise is a situation taken as true; the hypothesis is what a reader would "
  "likely assume from it; the update is extra information. Does the update make the hypothesis more likely "
  "(strengthener) or less likely (weakener)?|The hypothesis states a common social norm, and an update adds "
  "context. Reply \"strengthener\" if the context makes the norm apply more clearly and \"weakener\" if it makes it "
  "apply less.|Premise:\nHypothesis:\nUpdate:\nStrengthener or weakener?|Write a piece of new "
  "information that would make this conclusion less likely.|Given a situation and a likely inference, write an "
  "update that makes the inference stronger.",
  mods="", own_share=0.6)
F("question_decompose", "reasoning",
  "a complex question|a question that needs several steps|two questions about a domain",
  "break the question down into the basic steps needed to answer it|write the decomposition as a numbered list of "
  "operations|combine the main subjects of the two questions into one new question",
  "Write one step per line.|Write only the new question.",
  "Each step may refer to the result of an earlier step as #1, #2 and so on.|The new question should sound natural "
  "and have a clear answer.",
  "List, as numbered steps, the simple operations someone would carry out to answer the question. Later steps may "
  "refer to earlier results as #1, #2 and so on.|Two questions from the same domain are given. Merge their main "
  "subjects into a single, natural question.|Question:\nDecomposition:\n1.\n2.\n3.|Split "
  "this multi-hop question into simpler questions.|What smaller questions would you need to answer first to answer "
  "this one?",
  mods="", own_share=0.6)
F("translate_guidelines", "summary",
  "a sentence in {lang}|a text in {lang}|an inquiry about restaurants in {lang}|a sentence in {lang} with "
  "placeholders",
  "translate the text from {lang} to {lang2}|translate the inquiry into {lang2} following the guidelines|translate "
  "the sentence into {lang2} without adding or leaving out information",
  "Output only the translation.",
  "Keep words between quotation marks as they are, and keep the quotation marks.|Do not translate fully capitalised "
  "placeholders such as DATE_0 or DURATION_0.|Keep the measurement units as they are.|Use a formal tone, as you "
  "would in a written text.|Nothing may be dropped from the sentence and nothing may be added to it.",
  "Render the {lang} text in {lang2}, adding nothing and leaving nothing out.|Translate this {lang} sentence into "
  "{lang2} without changing what it means.|Translate the {lang} requests into {lang2}. "
  "Write them formally, leave anything inside quotation marks untouched, and keep capitalised placeholders as they "
  "are.|Put the {lang} sentence into {lang2}. Numbers stay as they are; capitalise only the first word and proper "
  "nouns.|In this task, you are given a sentence in {lang} and its translation in {lang2}. Decide whether the "
  "translation is correct. Answer \"Yes\" or \"No\".|Translate this {lang} text into {lang2}:|{lang} "
  "text:\n{lang2} translation:|In this task, you are given a sentence in {lang}. Write the same sentence in "
  "{lang2}, word for word where possible.",
  mods="", own_share=0.6)
F("masked_word_choice", "reasoning",
  "a statement with a <MASK> token and four options|a science question with masked terms|a sentence in {lang} with "
  "a missing word",
  "choose the word that best replaces the <MASK> token|answer the science question although some terms are "
  "masked|choose the most logical word for the gap",
  "Answer with the option text.|Answer with the letter of the option.",
  "The masking may hide words of the question or of the answers, marked with ***.",
  "One word of this {lang} statement has been replaced by <MASK>. Of the four options, which word fits the gap "
  "best?|Some words in this science question have been hidden with ***. Pick the correct option "
  "anyway.|Statement:\nOption A:\nOption B:\nOption C:\nOption D:|Which word should replace "
  "<MASK> in this sentence?|Fill in the masked word. Choose from the four options.",
  mods="", own_share=0.6)
F("counterfactual_story", "generation",
  "a premise, a starting context and two endings, the original one and a new one|a short story and an alternative middle|a "
  "story and a counterfactual change",
  "rewrite the middle of the story so that it leads to the new ending|rewrite the ending so that it follows the "
  "changed context|write the counterfactual context that fits the new ending",
  "Change as little as possible.",
  "The new context should stay consistent with the premise.",
  "A story has a premise, a middle, the ending it originally had and a different ending. Rewrite the middle, "
  "changing as little as possible, so that it leads to the different ending.|In this task, you are given a short "
  "story and a change to its second sentence. Rewrite the ending so that it fits the "
  "change.|Premise:\nInitial context:\nOriginal ending:\nNew ending:\nCounterfactual "
  "context:|What would have to change in the middle of this story for it to end differently?|In this task, you are "
  "given a story and an altered sentence. Rewrite the rest of the story accordingly.",
  mods="", own_share=0.6)
F("story_motivation", "reasoning",
  "a short story and a chosen sentence|a story and a character|a sentence from a story",
  "describe how the people in the sentence probably feel|describe what motivates the character|say how the "
  "character feels after the event",
  "Use the form \"A >Causes/Enables> B\".|Answer with a short phrase.",
  "Consider the basic human drives of the participants.",
  "One sentence of the short story is marked. Think about what the people in it feel and what basic needs drive "
  "them, and say whether any of this explains what they "
  "do.|Story:\nSentence:\nCharacter:\nMotivation:|Why did the character do this? Use the story to "
  "explain.|In this task, you are given a story and a character. Write how the character feels at the end.|Given a "
  "story, write a causal chain linking an event in the selected sentence to something that follows.|A background "
  "passage, a sentence and a character are given; the sentence describes something the character does. Explain why "
  "the character does it. If the passage gives no reason, reply \"None\".",
  mods="", own_share=0.6)
F("stance_passage", "classification",
  "a passage|a news passage about a claim|an argument",
  "decide whether the passage agrees, disagrees or is neutral on the claim|say whether the argument supports or "
  "undermines the topic|identify the debate topic of the sentences",
  "Answer \"agrees\", \"disagrees\" or \"neutral\".",
  "Judge only the stance, not whether the passage is right.",
  "Does the passage support, oppose or stay neutral on the claim that {debate}? Reply with one of the three "
  "labels.|Given an argument and a topic, decide whether the argument is in favour of or against the topic.|What "
  "debate topic are these sentences about?\n\n{sni_ph_arg}|{sni_ph_arg}\nWhat is a possible side "
  "of this debate?|Passage:\nStance on the claim:|Here is a topic followed by an argument about it. Say which side "
  "of the topic the argument takes.",
  mods="", own_share=0.6)
F("template_text_fix", "formats",
  "a text without spaces|a sentence|a text in lower case",
  "add the missing spaces to the text|remove the spaces from the sentence|make the text lower case|add punctuation "
  "to the text|capitalise the text properly",
  "",
  "",
  "Put the spaces back into this text: {sni_ph_fix}|The words below have been run together. Separate "
  "them.\n{sni_ph_fix}|Turn this run-together string into a readable sentence: {sni_ph_fix}|Delete every "
  "space in this sentence: {sni_ph_fix}|{sni_ph_fix}\n\nConvert this to lower "
  "case.|{sni_ph_fix}\n\nThe text above has no punctuation. Supply it.|{sni_ph_fix}\nWrite the "
  "text above with proper capital letters.|Add spaces between the words: "
  "{sni_ph_fix}|{sni_ph_fix}\n\nRepeat this text in sentence case.|Fix the punctuation in this "
  "sentence: {sni_ph_fix}|{sni_ph_fix}\nHow should this sentence be punctuated?",
  mods="", own_share=0.95)
F("template_multi_questions", "formats",
  "a text and several questions|an article and a numbered list of questions|a story and questions about it",
  "answer all the questions about the text|give numbered answers to the questions",
  "",
  "",
  "{sni_ph_ctx}\n\n{sni_ph_nq}|Answer each numbered question from the "
  "text.\n\n{sni_ph_ctx}\n\n{sni_ph_nq}\n\nAnswers, "
  "numbered:|{sni_ph_ctx}\n\nAnswer the following questions, numbering your "
  "answers:\n\n{sni_ph_nq}|Read the story and answer each "
  "question.\n{sni_ph_ctx}\n{sni_ph_nq}|{sni_ph_ctx}\n\nWhat are the answers to these "
  "questions?\n{sni_ph_nq}\n\nAnswers:|Here is an article followed by "
  "questions.\n\n{sni_ph_ctx}\n\n{sni_ph_nq}",
  mods="", own_share=0.95)
F("template_dialog", "formats",
  "a dialogue|a conversation|a chat",
  "write what was most likely said next|fill in the missing response|summarise the dialogue|write a dialogue",
  "",
  "",
  "{sni_ph_dialog}|What did the next speaker probably say? {sni_ph_dialog}|Complete the missing "
  "reply.\n{sni_ph_dialog}|{sni_ph_dialog}\n\nWhat was going on in this "
  "conversation?|{sni_ph_dialog}\nWrite a short summary of the conversation above.|Write a dialogue about "
  "{topic}.|Write a conversation between two friends about anything.|Compose a short dialogue on any subject you "
  "like.|Write a dialog based on this summary:\n{sni_ph_ctx}|{sni_ph_dialog}\n\nWhat is the next "
  "turn?",
  mods="", own_share=0.95)
F("template_cot_slots", "formats",
  "a question|a chain of reasoning and an answer|a question and options",
  "answer the question after thinking|recover the question from the reasoning and the answer",
  "",
  "",
  "{sni_ph_q} Weigh it up before deciding. Thoughts:|{sni_ph_q} Let's reason a little first. Some "
  "thoughts:|Question: {sni_ph_q} Let's think first. Reasoning:|{sni_ph_cot}\nWhich question and answer does "
  "this reasoning support?|Here is a rationale with its answer. Reconstruct the "
  "question.\n{sni_ph_cot}\nAnswer: {sni_ph_ans}|Invent a question and answer that this line of "
  "reasoning fits.\nReasoning: {sni_ph_cot}\nQ and A:|{sni_ph_cot}\nThe answer: "
  "{sni_ph_ans}\nWhat was the question?|{sni_ph_ans}\nWhat came before this?|Question: "
  "{sni_ph_q}\nAnswer with step-by-step thinking: {sni_ph_cot}\nSo the answer is {sni_ph_ans}.|Q: {sni_ph_q}\nA: "
  "{sni_ph_ans}\nWalk through the reasoning that leads to this answer:|Think step by step and answer: "
  "{sni_ph_q}|Question: {sni_ph_q}\n{sni_ph_opts}\nLet me think step by step:",
  mods="", own_share=0.95)
F("template_misc_tasks", "formats",
  "a goal and options|a context and options|a set of reviews|a review|a definition and an input",
  "pick the way to reach the goal|choose the next event|write the critics' consensus|name the film the review is "
  "about|follow the definition for the input",
  "",
  "",
  "Pick the better way to do this: {sni_ph_goal}\n\n{sni_ph_opts}|How would you accomplish this goal? "
  "{sni_ph_goal}\n{sni_ph_opts}|{sni_ph_ctx}\nWhich of the following events comes "
  "next?\n{sni_ph_opts}|{sni_ph_rev}\nSummarise what the critics agree on.|Which film is this review "
  "describing?\n\n{sni_ph_rev}|Instruction: {sni_ph_def}\nInput: "
  "{sni_ph_in}\nOutput:|Definition: "
  "{sni_ph_def}\n\n{sni_ph_in}\n\nAnswer:|{sni_ph_def}\n{sni_ph_in}|Write a sentence "
  "that uses these concepts: {sni_ph_conc}. Think it through step by step.|Concepts: {sni_ph_conc}\nWrite a "
  "sentence with all of them.|Write a tweet whose sentiment is {sni_ph_ans}. (The choices were: {sni_ph_opts})|Fix "
  "the bug below.\nBroken code:\n{sni_ph_q}\nCorrected code:|Comments in the code point out what "
  "is wrong.\nCode with bugs:\n{sni_ph_q}\nWorking code:|What is an interesting fact?|Tell me a "
  "random fact.|Give me an example of a hard exam question.|Write an example of a question a professor might ask.",
  mods="", own_share=0.95)
F("foreign_language_task", "classification",
  "a passage in {sni_rlang}|a tweet in {sni_rlang}|a sentence and a label in {sni_rlang}|a review in {sni_rlang}|a "
  "question in {sni_rlang}|two statements in {sni_rlang}",
  "generate a suitable title for the {sni_rlang} passage|decide whether the tweet contains cyber-bullying|generate "
  "a question that the context answers|extract the aspects mentioned in the review|judge whether the second "
  "statement is the cause or the effect of the first|answer the question in {sni_rlang}",
  "Answer \"Yes\" or \"No\".|Answer \"cause\" or \"effect\".|Write the output in {sni_rlang}.|Answer with the label "
  "only.",
  "The input is written in {sni_rlang}, but the instructions are in English.|The two statements are separated by a "
  "newline.|Keep the answer in the same language as the input.",
  "In this task, you are given a passage in {sni_rlang}. Generate a suitable title for it that captures its main "
  "point. The title should be short.|Does this {sni_rlang} tweet bully or harass someone? Reply \"Yes\" or "
  "\"No\".|The context below is in {sni_rlang}. Write a question in the same language that the context answers and "
  "whose answer is longer than one word.|Two {sni_rlang} statements are given on separate lines. Is the second one "
  "the cause of the first, or its effect? Reply \"cause\" or \"effect\".|In this task, you are given a movie review "
  "in {sni_rlang}. Extract the aspects of the movie that the review talks about, such as music, directing, acting "
  "or story.|Given a sentence and a label in {sni_rlang}, choose the correct answer out of the two choices.|In this "
  "task, you will be shown a question in {sni_rlang} with several answer options. Choose the correct option.|In "
  "this task, you are given an arithmetic operation written in {sni_rlang} words. Find its answer.|Classify the "
  "{sni_rlang} news article into one of the given topics.|Given a {sni_rlang} sentence, decide whether its "
  "sentiment is positive or negative.|You are given a text in {sni_rlang}. Identify the named entities it mentions "
  "and their types.|In this task, you're given two articles in {sni_rlang} and a possible genre in English. Decide "
  "whether both articles belong to that genre.|In this task, you're given a pair of sentences in {sni_rlang}. "
  "Decide whether they entail each other, contradict each other or are unrelated.",
  mods="", own_share=0.6)
F("cause_effect_alternatives", "reasoning",
  "a premise and two alternatives|a premise in {sni_rlang} and two alternatives|a statement and two possible "
  "causes|an event and two possible effects",
  "pick whichever of the two alternatives is the likelier cause or effect of the premise|decide which alternative is the "
  "cause of the situation|decide which alternative is the effect of the situation",
  "Answer \"1\" or \"2\".|Answer with the number of the alternative.",
  "Each input is laid out as \"premise (1)alternative_1 (2)alternative_2\".|The word \"cause\" or \"effect\" after the "
  "premise says which relation to look for.",
  "A premise in {sni_rlang} is followed by two alternatives, written as \"premise (1)first (2)second\". Decide "
  "which alternative is the more likely cause or effect of the premise and reply \"1\" or "
  "\"2\".|Premise:\nQuestion: cause\nAlternative 1:\nAlternative 2:|Which alternative is more "
  "likely to be the effect of the premise, 1 or 2?|In this task, you are given a premise sentence and two "
  "alternatives in English. Decide which one is the more plausible cause. Answer 1 or 2.|Given a statement and two "
  "possible outcomes, which one is more likely to happen next?",
  mods="", own_share=0.6)
F("integer_list_task", "arithmetic",
  "a list of integers|a number k plus a list of integers|an input list A of items|a list of unique integers|a list "
  "of lists of numbers",
  "{sni_listop}",
  "Return the updated list in the same format.|Answer with a list of numbers.|Return \"[]\" if nothing is left.",
  "The list is written in square brackets with comma-separated values.|The items are separated by commas and "
  "wrapped in brackets.|The output should keep the original order.",
  "In this task, you are given a list of integers. You need to {sni_listop}.|A list of integers and a number k are "
  "given. Add k to each element and return the new list.|The integers in the list are all different. Exchange the "
  "largest and the smallest of them and return the list.|The list mixes numbers and letters. Reply \"Numbers Win\" "
  "if there are more numbers, \"Alphabets Win\" if there are more letters, and \"Numbers and Alphabets are Tied\" "
  "if the counts match.|Given a list of numbers, {sni_listop}.|List: [{x}, {y}, {z}, 7, 12]\nTask: "
  "{sni_listop}.|Each input is several lists of whole numbers nested in one outer list. For each nested list, "
  "{sni_listop}.|Return the elements of the mixed list that are numbers, keeping their order.",
  mods="", own_share=0.6)
F("high_school_math", "arithmetic",
  "a simple high-school level math question|an algebra question|a question about a sequence|a probability question",
  "solve the question and give the final answer|find the value of the variable|compute the probability",
  "Every answer comes down to one number.|Give the answer as a fraction in lowest terms.",
  "Show no working; write only the number.",
  "Solve this school maths question. The answer is a single number; reply with that number only.|Solve for the "
  "variable: {x}*t + {y} = {z}*t - 4.|In this task, you need to answer a question about probability. Give the "
  "answer as a simplified fraction.|What is the next term in the sequence {x}, {y}, ...? Answer with a "
  "number.|Calculate the remainder when {x}{y} is divided by {z}.",
  mods="", own_share=0.6)
F("fact_chain", "generation",
  "a fact and a topic word|two facts|a sentence|a fact",
  "using the topic word, state a new fact that connects to the one given|combine the two facts into a concluding "
  "fact|generate a topic word for the sentence|write a related fact that shares a word with the given one",
  "Write one sentence.|Answer with one word or a short phrase.",
  "Reuse at least one word of the given fact.|Leave out the idea the two facts share.|The topic word is usually a "
  "person, place, animal or thing.",
  "Using the topic word, write a new fact that continues the given fact: it should share at least one word with it "
  "and lead on to something new.|Join the two facts into one conclusion. Drop the idea that links them and keep "
  "what each adds.|Which person, place, animal or thing is the sentence focused on? Reply with that single topic "
  "word.|Fact 1: {sni_fact}.\nFact 2:\nConcluding fact:|Topic word: {noun}\nFact: "
  "{sni_fact}.\nRelated fact:|What is the sentence mainly about? Answer with one word.",
  mods="", own_share=0.6)
F("review_set_summary", "summary",
  "a set of reviews about a product|several customer reviews of a business|an opinionated news article|individual "
  "critic reviews of a film",
  "write a summary of the reviews that reflects the users' common opinions|extract the thesis of the article by "
  "selecting text segments|write the critics' consensus",
  "Write in the third person.|Keep it to two or three sentences.",
  "The summary should be written as if it were a review itself and should mention what most reviewers agree on.|The "
  "thesis is a summary of what the author wants to persuade readers of.",
  "Several customers have reviewed the same product. Write a short third-person summary of what most of them "
  "think.|Pick out the segments of the opinion article that together state its main argument, its thesis.|Review "
  "1:\nReview 2:\nReview 3:\nSummary:|Summarise what these customers think of the "
  "{sni_pitem}.|Read these reviews of {film} and write a short consensus.",
  mods="", own_share=0.6)
F("action_sequence_command", "code",
  "a sequence of actions for an agent|a command phrased in a small, restricted kind of natural language|a list of navigation steps",
  "give the command that matches the sequence of actions|give the sequence of actions that executes the command",
  "Use only the words turn, left, right, walk, run, jump, look, opposite, around, twice, thrice, and and after.",
  "Actions are written in capitals, such as I_WALK, I_RUN and I_TURN_LEFT.|\"around\" makes the agent repeat the "
  "action while turning.",
  "An agent performed the sequence of actions below. Write the short command, in the restricted command language, "
  "that would make it do exactly that.|Turn the restricted-language command into the sequence of actions (I_LOOK, "
  "I_WALK, I_RUN, I_JUMP, I_TURN_LEFT, I_TURN_RIGHT) it produces.|Actions: I_TURN_LEFT I_WALK I_TURN_LEFT "
  "I_WALK\nCommand:|What command produces this series of moves?",
  mods="", own_share=0.6)
F("discourse_type", "classification",
  "two sentences|a pair of consecutive sentences|a sentence and a connective",
  "classify the two sentences into their discourse type|say which connective joins the sentences|decide how the "
  "second sentence relates to the first",
  "Answer with one discourse type.",
  "A discourse type shows how two sentences are connected, for example by contrast, cause or concession.",
  "Classify how these two sentences are connected, using discourse labels such as SINGLE_S_COORD, SINGLE_CATAPHORA, "
  "PAIR_ANAPHORA or PAIR_CONN.|Sentence 1:\nSentence 2:\nDiscourse relation:|Which connective best "
  "links these two sentences: however, because, therefore or meanwhile?|Is the second sentence a contrast, a cause, "
  "a result or an elaboration of the first?",
  mods="", own_share=0.6)
F("pronoun_list", "words",
  "a sentence|a paragraph|a sentence with several pronouns",
  "list all the pronouns in the sentence|count the pronouns in the text|find the pronoun that refers to the given "
  "person",
  "List them in the order they appear.|Answer with a number.",
  "Pronouns include they, them, you, he, his, her, it and so on.|If a pronoun appears more than once, list it each "
  "time.",
  "List every pronoun (he, she, it, they, them, his, her, you and so on) in the sentence, in the order they appear, "
  "repeats included.|How many pronouns are there in this paragraph?|Sentence:\nPronouns:|Which pronoun in the "
  "sentence refers to {name}?",
  mods="", own_share=0.6)
F("background_situation_qa", "extraction",
  "a background paragraph and a story|a background paragraph describing a causal relationship|a background, a "
  "situation and a question",
  "ask a question about the story that can only be answered by applying the relationship described in the background|answer the question using the "
  "background and the situation",
  "The question should need both the background and the story to answer.|Answer with a short phrase.",
  "The background describes a relationship, for example in economics or in science; the story applies it to a new "
  "situation.",
  "A background text explains a cause-and-effect or more-versus-less relationship, and a story applies it. Write a "
  "question about the story that cannot be answered without that "
  "relationship.|Background:\nStory:\nQuestion:|Given the background and the situation, answer the "
  "question.|{sni_ph_bg}\n\n{sni_ph_ctx}\n\nAsk a question about the situation that the "
  "background helps to answer.|{sni_ph_bg}\n\n{sni_ph_ctx}\n\nAnswer this: {sni_ph_q}",
  mods="", own_share=0.6)
F("claim_evidence_label", "judgement",
  "a paragraph and a claim|a health news paragraph and a claim|an abstract|evidence and a claim",
  "classify the claim against the evidence|decide whether the claim is supported, refuted or neither|say if numbers "
  "are central to what the abstract reports",
  "Answer '0' if the evidence contradicts the claim, '1' if it supports it and '2' if there is not enough "
  "information.|Answer \"yes\" or \"no\".",
  "Use only the information in the paragraph, not outside knowledge.",
  "Compare the claim with the evidence in the paragraph. Reply '0' if the evidence goes against the claim, '1' if "
  "it backs the claim, and '2' if it is not enough to decide.|Do numbers carry the main message of this medical "
  "abstract? Judge from the abstract alone and reply \"yes\" or \"no\".|Paragraph:\nClaim:\nLabel:|Does "
  "the evidence support the claim? Answer supports, refutes or not enough information.|Read the abstract. Does it "
  "contain numbers that are important to its findings?",
  mods="", own_share=0.6)
F("twin_question_flip", "generation",
  "a fill-in-the-blank question whose answer is PersonX|a question with a blank and two objects|a twin sentence",
  "alter as few words of the question as possible so that PersonY becomes the answer|change one trigger word so the answer becomes "
  "the other object",
  "Write only the new question.",
  "Change as few words as possible, preferably one trigger word such as an adjective into its antonym.|The new "
  "question must still have exactly one blank.",
  "The blank in this question is currently answered by PersonX. Edit as few words as possible so that PersonY "
  "becomes the answer, keeping one blank.|Change one trigger word in this sentence so that the blank refers to the "
  "other object.|Question:\nAnswer: PersonX\nNew question with answer PersonY:|Rewrite the twin "
  "sentence so that its answer swaps.",
  mods="", own_share=0.6)
F("template_acceptability_choice", "formats",
  "a sentence and options|a context and endings|a text and topic options",
  "judge whether the sentence is acceptable|choose the most logical completion|pick the topic of the text",
  "",
  "",
  "{sni_ph_sent1}\n\nIs this sentence grammatically and semantically "
  "fine?\n{sni_ph_opts}|Sentence: \"{sni_ph_sent1}\"\nWould a grammarian accept this "
  "sentence?\n\n{sni_ph_opts}|Choose from the options: is the following sentence well "
  "formed?\n\n{sni_ph_sent1}\n{sni_ph_opts}|How acceptable is this sentence "
  "linguistically?\n{sni_ph_sent1}\n{sni_ph_opts}|Which ending is the most logical for this "
  "text?\n\n{sni_ph_ctx}\n{sni_ph_opts}|How does this passage most likely "
  "continue?\n\n{sni_ph_ctx}\n\n{sni_ph_opts}|Continue the "
  "story.\n\n{sni_ph_ctx}\n{sni_ph_opts}\nThink first:|{sni_ph_opts}\nFinish the "
  "sentence below.\n\n{sni_ph_ctx}|Select the topic of this text (the options are at the "
  "end):\n\n{sni_ph_ctx}\n\n{sni_ph_opts}|What is this text "
  "about?\n{sni_ph_ctx}\n{sni_ph_opts}|Is this phrase positive or "
  "negative?\n\n{sni_ph_sent1}\n{sni_ph_opts}|Finish this text: "
  "{sni_ph_sent1}|{sni_ph_ctx}\nWhat happens next?\n{sni_ph_opts}\nAnswer:",
  mods="", own_share=0.95)
F("template_reverse", "formats",
  "an answer|a response|a sentence|a summary",
  "write the question this answer belongs to|predict the dialogue before the response|write an article from the "
  "summary|extract structured data from the sentence",
  "",
  "",
  "{sni_ph_ans}\nWhat question does this answer?|Here is a response: {sni_ph_ans}\nWhat was said before "
  "it?|Given this reply, guess the dialogue that led to it. {sni_ph_ans}|Turn this summary into a full "
  "article:\n\n{sni_ph_tgt}|Expand this summary into a full news story:\n{sni_ph_tgt}|Sentence: "
  "{sni_ph_tgt}\n\nList the facts in this sentence as subject-relation-object triples.|What concepts "
  "does this sentence describe?\n\n\"{sni_ph_tgt}\"\n\nList them as triples.|This is the "
  "answer: {sni_ph_ans}\nWrite the question:|Here is a solution: {sni_ph_ans}\n\nWrite a wrong "
  "solution to the same problem.|Write a sentence that is {sni_ph_ans} in meaning compared with this one: "
  "{sni_ph_s1}|Write a question that has a factual "
  "answer.|{sni_ph_bg}\n\n{sni_ph_ctx}\n\nWrite a question about this text.",
  mods="", own_share=0.95)
F("template_inputs_answer", "formats",
  "a problem|a coding problem|a question",
  "solve the problem|give the answer",
  "",
  "",
  "{sni_ph_in2} Hmm, I think the answer is|{sni_ph_in2}\n\nAnswer:|What is the answer to this "
  "problem?\n{sni_ph_in2}\n\nAnswer:|{sni_ph_in2} The solution to this coding problem is|Solve "
  "the following problem.\n{sni_ph_in2}\nSolution:|Q: {sni_ph_q}\nLet's work it out "
  "slowly.|Question for you: {sni_ph_q}\nGo through it step by step:|{sni_ph_in2} My best guess for the "
  "answer is|Here is a problem: {sni_ph_in2}\nWhat is its solution?",
  mods="", own_share=0.95)
F("translate_numbered_rules", "summary",
  "a file of inquiries about {sni_domain} in {lang}|a set of user requests in {lang}|queries to a virtual assistant "
  "in {lang}",
  "translate the inquiries into {lang2} following the guidelines|translate each request into {lang2} while keeping "
  "the special tokens unchanged",
  "Output one translation per line.",
  "Style: formal, as if typed to an assistant. Quoted text: copy it unchanged. Capitalised placeholders (DATE_0, "
  "NUMBER_0): copy them unchanged. Units: leave them alone. Case: follow the input.|Keep the placeholders in "
  "capital letters exactly as they are.",
  "Translate the {lang} {sni_domain} queries into {lang2}. Rules: 1) write each one formally, as if typing to an "
  "assistant; 2) leave quoted text as it is, quotation marks included; 3) keep capitalised placeholders such as "
  "DATE_0 unchanged; 4) keep the original units.|Translate these {lang} requests about {sni_domain} into {lang2}. "
  "Keep quoted values and capitalised placeholders unchanged, and use a formal tone.|Please put the {lang} sentence "
  "below into {lang2}, following these rules: numbers and placeholders stay unchanged, and the {lang2} should read "
  "naturally, as written text.|Guidelines:\n1. Formal tone.\n2. Keep "
  "quoted text.\n3. Keep capitalised placeholders.\nTranslate into {lang2}:|In this task, you are given "
  "queries written in {lang} for a {sni_domain} search assistant. Translate them into {lang2} without changing the "
  "slot values.",
  mods="", own_share=0.7)
F("translation_check", "classification",
  "a sentence in {sni_rlang} and a sentence in {sni_rlang2}|a source sentence and a candidate translation|a "
  "sentence pair in two languages",
  "check whether the second sentence is a translation of the first|decide whether the translation is correct|label "
  "the pair as a correct or incorrect translation",
  "Answer \"Yes\" if it is a translation and \"No\" otherwise.|Answer with 1 or 0.",
  "Minor differences in word order are fine if the meaning is the same.",
  "Is the {sni_rlang2} sentence a faithful translation of the {sni_rlang} one? Reply \"Yes\" or \"No\".|In this "
  "task, you are given a sentence in {lang} and its translation in {lang2}. Is the translation correct?|Source "
  "({sni_rlang}):\nTranslation ({sni_rlang2}):\nCorrect translation? Yes or No.|Do these two sentences "
  "in different languages mean the same thing?|In this task, you are given an English sentence and its {sni_rlang} "
  "translation. Label the translation as correct or incorrect.",
  mods="", own_share=0.6)
F("bio_tagging", "extraction",
  "a text from a post|a sentence|a tokenised sentence",
  "find all the proper nouns and label them with BIO tags|tag each token with its entity label|mark the beginning "
  "and inside of every named entity",
  "Use the labels <B-PER>, <I-PER>, <B-ORG>, <I-ORG>, <B-LOC>, <I-LOC>, <B-MISC> and <I-MISC>.",
  "B marks the first word of an entity and I marks the words that continue it.",
  "Tag the proper nouns in the post with BIO labels: <B-PER>/<I-PER> for people, <B-ORG>/<I-ORG> for organisations, "
  "<B-LOC>/<I-LOC> for places and <B-MISC>/<I-MISC> for anything else. The B tag goes on an entity's first word and "
  "I on the words after it.|Tag every token in the sentence with B, I or O.|Sentence:\nBIO tags:|Label the "
  "named entities in this sentence using BIO tags.",
  mods="", own_share=0.6)
F("event_word_extract", "extraction",
  "a passage|a news passage|a sentence from a story",
  "identify an event in the passage|find the word that names something that happened|list the verbs that describe "
  "events",
  "Answer with a single word.",
  "An event is a single word for something that happens, is happening or may happen; it can be a verb, a noun or a "
  "copula verb with an adjective.|If several events appear, return the first one.",
  "Pick out one event from the passage: a single word for something that happened, is happening or could "
  "happen.|Passage:\nEvent:|Which word in this sentence describes the main event?|In this task, you are given "
  "a sentence. Identify the word that refers to an event.",
  mods="", own_share=0.6)
F("essential_terms", "extraction",
  "an elementary science question and answer options|a science question|a question and a context",
  "list the words of the question that are essential to answer it|find the terms that are needed to choose the "
  "correct option",
  "List the words separated by commas.",
  "A word is essential if you could not pick the right answer without it.",
  "For the school science question and its options below, list the question words you could not do without when "
  "choosing the right option.|Question:\nEssential words:|Which words in this question are necessary to "
  "answer it?|Underline the key terms of this science question.",
  mods="", own_share=0.6)
F("spelled_digits", "arithmetic",
  "a string of spelled-out digits without spaces|a number written in words|a sentence with numbers in words",
  "convert the string into the number it spells|write the number in digits|spell out the digits of the number",
  "Output only the digits.",
  "The input string does not contain spaces between the digit words.",
  "The string spells out single digits as words with no spaces between them (for example \"fivethreenine\"). Write "
  "the number it spells using digits.|Input: onetwothreefour\nOutput:|Convert the words to digits: {x} "
  "written in words.|Write the number spelled out in this string as digits.",
  mods="", own_share=0.6)
F("reply_to_command", "reasoning",
  "an agent's reply|a question someone asked|a response from a calendar assistant",
  "identify the user's command that led to the reply|predict the context in which the question was asked|write the "
  "request that this reply answers",
  "Write the command as the user would type it.",
  "The reply comes from an assistant that manages calendars, contacts and reminders.|Imagine the question came from "
  "a person called X and was put to Y.",
  "A digital assistant gave the reply below. Work out the command the user had given it.|Someone called X asked Y "
  "the question below. Describe the situation that most likely made X ask it.|Agent reply:\nUser "
  "command:|What did the user probably ask to get this answer from the assistant?",
  mods="", own_share=0.6)
F("genre_label_sentence", "generation",
  "a statement, a genre and a label|a premise and a genre|a sentence from a given genre",
  "write a sentence that agrees with, disagrees with or is neutral to the statement, in the same genre|say which "
  "genre the pair of sentences comes from",
  "Write only the new sentence.|Answer with one genre.",
  "The genres are {sni_genres}.|The label says whether the new sentence should agree (entailment), disagree "
  "(contradiction) or neither (neutral).",
  "A statement, its genre and a target label (entailment, contradiction or neutral) are given. Write a new sentence "
  "in the same genre that stands in that relation to the statement.|In this task, you are given a pair of sentences "
  "and need to say which genre they come from: {sni_genres}.|Statement:\nGenre:\nLabel: "
  "contradiction\nSentence:|Write a sentence in the style of {sni_genre} that contradicts the statement.",
  mods="", own_share=0.6)
F("paper_review_classify", "classification",
  "a review of a scientific paper|a paper review in Spanish or English|a reviewer's comments",
  "classify the paper review into one of five classes|decide whether the review recommends accepting the "
  "paper|predict the reviewer's score",
  "Answer with one of: very negative, negative, neutral, positive, very positive.|Answer \"accept\" or \"reject\".",
  "Judge from the reviewer's words, not from the paper's topic.",
  "The peer review below may be in Spanish or English. Rate the paper it describes as very negative, negative, "
  "neutral, positive or very positive.|Review:\nDecision:|Does this reviewer want the paper accepted?|In this "
  "task, you are given the text of a peer review. Predict the overall score the reviewer gave.",
  mods="", own_share=0.6)
F("yesno_facts_write", "generation",
  "a yes/no question, its answer and a description of a key term|a question, an answer and some extra information|a "
  "yes/no question about {term}",
  "write a simple fact that helps answer the question|list the facts needed to reach the answer",
  "Write the facts as short sentences.",
  "The additional information describes a key term of the question and may or may not be useful.",
  "A yes/no question, its answer and a note describing a key term are given. Write a simple fact you would also "
  "need to reach the answer, one that the note does not already give.|Question: {cotq}\nAnswer: "
  "yes\nDescription of the key term:\nFacts:|Write the facts someone would need to know to answer this "
  "yes/no question.|Given a question about {term} and its answer, write one supporting fact.",
  mods="", own_share=0.6)
F("rare_language_translate", "summary",
  "a sentence in {sni_rlang}|a news commentary in {sni_rlang}|a text in {sni_rlang}|an English sentence",
  "translate the sentence from {sni_rlang} into {sni_rlang2}|translate the commentary into {sni_rlang2} keeping "
  "numbers and special characters|translate the English sentence into {sni_rlang}",
  "Output only the translation.",
  "Keep numerical values, special characters and proper nouns as they are.|The translation should keep the context "
  "of the commentary.",
  "Translate the {sni_rlang} news commentary into {sni_rlang2}. Numbers, special characters and proper nouns stay "
  "as they are, and the sense of the commentary must survive.|You are given a sentence in {sni_rlang}. Your job is "
  "to translate it into {sni_rlang2}.|Given a sentence in the {sni_rlang} language, translate it into the "
  "{sni_rlang2} language.|This task is to translate the {sni_rlang} input into {sni_rlang2} output.|In this task, "
  "you are given a sentence in English from various articles. Translate it into {sni_rlang}.|Translate from "
  "{sni_rlang} to {sni_rlang2}:|{sni_rlang} sentence:\n{sni_rlang2} translation:|Here is the first half of a "
  "{sni_rlang} sentence; finish it in the same language.|Write this {sni_rlang} sentence in {sni_rlang2}; "
  "numbers stay as they are and only the first word and names take capitals.",
  mods="", own_share=0.7)
F("argument_quality", "judgement",
  "an argument about {sni_argtopic}|a pair of arguments on {sni_argtopic}|a statement from a debate",
  "assess the quality of the argument and decide whether it is valid|classify the argument pair as SIMILAR or NOT "
  "SIMILAR|say which facet of the topic the argument is about",
  "Answer \"Valid\" or \"Invalid\".|Answer \"SIMILAR\" or \"NOT SIMILAR\".",
  "Call an argument valid when its meaning is clear and it could serve as a reason, premise or conclusion for or "
  "against the topic.|Two arguments are similar if they make the same point, that is, address the same facet of the "
  "topic.",
  "Judge each argument about {sni_argtopic}: reply \"Valid\" if it can be clearly understood and used for or "
  "against the topic, and \"Invalid\" otherwise.|For each pair of arguments about {sni_argtopic}, reply SIMILAR if "
  "both make the same point and NOT SIMILAR if they do not.|Argument 1:\nArgument 2:\nSame facet?|Is "
  "this a valid argument about {sni_argtopic}?|In this task, you are given an argument about {sni_argtopic}. "
  "Identify which aspect of the debate it addresses.",
  mods="", own_share=0.6)
F("subject_exam_mcq", "reasoning",
  "a question on {subject} with four answer options|an exam question about {subject}|a multiple-choice question "
  "from a {subject} test",
  "choose the one correct option|answer with the letter of the correct option",
  "Answer with \"A\", \"B\", \"C\" or \"D\".",
  "Only one of the four options is correct.",
  "Answer the {subject} question below by choosing among options A, B, C and D; exactly one is right. Reply with "
  "the letter.|Question about {subject}:\n(A)\n(B)\n(C)\n(D)\nAnswer:|Pick the right "
  "answer to this {subject} exam question.|In this task, you need to answer the multiple-choice question about "
  "{subject}. Write the letter only.",
  mods="", own_share=0.6)
F("passage_question_kinds", "generation",
  "{sni_passkind}|a passage with several mentions of the same person|a paragraph in {sni_rlang}",
  "write questions that can be answered from the passage|craft one correct answer to the question about the "
  "passage|write questions that need more than one reference to the same entity",
  "The answer to each question should be a span of the passage.|Write one question per line.",
  "The questions should be unambiguous, and their answers should not need outside knowledge.|Avoid questions that "
  "can be answered without understanding the passage.",
  "In this task, you will be shown {sni_passkind}. Read it and write questions that can be answered from it. The "
  "answers should be unambiguous.|In this task, you're given {sni_passkind} and a question. Craft one correct "
  "answer using the passage.|The passage refers to the same people several times in different ways. Answer the "
  "question with an unambiguous phrase from the passage.|In this task, you are given a paragraph in {sni_rlang}. "
  "Construct a question in {sni_rlang} whose answer is in the paragraph.|The text below is {sni_passkind}. Ask "
  "questions about what each party is obliged to do.|Read {sni_passkind} "
  "and write three questions about it.",
  mods="", own_share=0.6)
F("ambiguous_query", "reasoning",
  "an ambiguous question and a clarification|a search query that can be read in several ways|a query and a "
  "clarifying question",
  "answer the question using the clarification|decide whether the clarifying question is relevant to the "
  "query|write a clarifying question for the query",
  "Answer \"Yes\" or \"No\".|Write one question.",
  "A query is ambiguous when it allows several different answers.",
  "The question below could be answered in more than one way; the clarification says which reading is meant. Answer "
  "it in that reading.|Given a search query and a clarifying question, decide whether the clarifying question makes "
  "sense for the query. Answer \"Yes\" or \"No\".|Query:\nClarification:\nAnswer:|This question is "
  "ambiguous. Ask one question to clarify what the user means.",
  mods="", own_share=0.6)
F("question_category", "classification",
  "a question|a short question|an open-domain question",
  "detect which category best describes the question|classify the question by the kind of answer it expects",
  "Answer with one of: description, entity, abbreviation, human, location, numeric.",
  "Description covers definitions and explanations; entity covers things such as animals, foods or events; "
  "abbreviation covers short forms; human covers people and groups; location covers places; numeric covers counts, "
  "dates and amounts.",
  "What kind of thing does the question ask for? Reply description, entity, abbreviation, human, location or "
  "numeric.|Question:\nCategory (description, entity, abbreviation, human, location, numeric):|Does this "
  "question ask for a person, a place, a number, a thing, a description or an abbreviation?|In this task, you are "
  "given a question. Classify it by the type of its expected answer.",
  mods="", own_share=0.6)
F("poem_from_title", "generation",
  "a short title|a title and an age group|a topic for a poem",
  "write a poem related to the title that feels like it was written by a child|write a simple run-on poem for the "
  "title",
  "Write a few lines only.",
  "Write as a primary-school child would: plain words, little punctuation.",
  "Write a short poem for the title below, in the voice of a young child: simple words, maybe one long run-on "
  "sentence.|Title: {sni_stitle}\nPoem:|Write a poem a young child might write about \"{sni_stitle}\".|In "
  "this task, you are given a title. Write a short poem for kids on it.",
  mods="", own_share=0.6)
F("dialogue_property_check", "classification",
  "a dialogue|a conversation between a USER and an ASSISTANT|a list of conversations",
  "determine whether the speaker asked any question in the dialogue|figure out whether the given text was written "
  "by the user or by the assistant|decide whether the dialogue contains a request",
  "Output 'Yes' if there is a question and 'No' otherwise.|Answer \"USER\" or \"ASSISTANT\".",
  "The conversations are about films or music the user likes.",
  "Did anyone in the dialogue ask a question? Reply \"Yes\" or \"No\".|Several USER/ASSISTANT conversations are "
  "shown. Was the text marked classify_text written by the USER or by the ASSISTANT?|Dialogue:\nDid anyone "
  "ask a question?|Read the conversation and say whether the last line was written by the user or the assistant.",
  mods="", own_share=0.6)
F("answer_option_write", "generation",
  "a sentence and a question|a sentence with a blank|a question about a sentence",
  "construct two answer options in the format ['option1','option2']|write the answer options for the question|fill "
  "the blank with one word that conveys a cultural stereotype or anti-stereotype",
  "Write the options as a Python list.|Write one word only.",
  "The answer options must be text spans from the sentence.|Both options should be plausible.",
  "Given a sentence and a question, write two candidate answers as ['option1','option2'], each copied from the "
  "sentence.|Put one word in the blank (_) of the sentence so that it expresses a common "
  "stereotype.|Sentence:\nQuestion:\nOptions:|Write two possible answers to this question, both taken "
  "from the sentence.",
  mods="", own_share=0.6)
F("headline_article_match", "classification",
  "an article and its title|a text and a headline|a review and its summary",
  "decide whether the headline is right for the article|check whether the summary matches the review",
  "Answer \"yes\" or \"no\".|Answer \"True\" or \"False\".",
  "Judge whether the title says what the article is actually about.",
  "Does the title suit the article? Reply \"yes\" or \"no\".|A food product review comes with a one-line summary. "
  "Does the summary belong to this review?|A product review is given with a polarity label. Reply \"True\" if the "
  "label fits the review and \"False\" if it does not.|Article:\nTitle:\nDoes the title fit?|Is this a "
  "fitting headline for the article?",
  mods="", own_share=0.6)
extend("analogies",
       "Complete the analogy in the form \"A : B. C : ?\".|Two analogies are given as \"A : B. C : ?\". Replace the "
       "question mark with the right word.|{sni_anex}|Fill in the analogy: {sni_anex}")
extend("word_sense",
       "Are the two occurrences of \"{word}\" used with the same meaning in these sentences?|In this task, you are "
       "given two sentences and a word that appears in both. Decide whether the word has the same meaning in the "
       "two sentences. Answer \"True\" or \"False\".|Word:\nSentence 1:\nSentence 2:\nSame "
       "meaning? Answer yes or no.|Here is a word and a sentence that uses it. Write a different sentence in which "
       "the word keeps the same meaning.")
extend("translate_slots",
       "Translate from {lang} to {lang2}.|In this task, you are given a sentence in {lang}. Translate it into "
       "{lang2}, keeping the meaning the same. Do not translate names or numbers.|Give a {lang2} "
       "paraphrase-translation of the {lang} sentence that keeps its meaning.|{lang} sentence:\n{lang2} "
       "translation:")
extend("dialogue_classify",
       "A line from a chat with a voice assistant is shown. Which dialogue act is it: {sni_dacts}?|Is this turn "
       "spoken by the user or by the system?|Label the dialogue act of the user's last turn.")
extend("odd_one_out",
       "Five words are given, separated by commas. Write the one that fits least with the others.|Which of these "
       "five words is least related to the rest?")

SLOTS: dict[str, list[str]] = {
    "sni_anrel": ["objects to the rooms they are usually found in", "actions to their consequences",
        "items to whether they are trash or treasure", "places to the way one travels to them",
        "objects to the containers they are kept in", "actions to the tools used to perform them",
        "words to their antonyms", "animals to the sounds they make", "workers to the tools they use",
        "animals to their young", "countries to their capitals", "objects to what they are made of",
        "activities to the places where they happen", "jobs to the places where people do them",
        "foods to the meal they are eaten at", "body parts to their function",
        "instruments to the way they are played", "verbs to their past tense", "shapes to their number of sides",
        "animals to where they live"],
    "sni_anex": ["bathtub : bathroom. stove : ?", "kitchen : sink. bedroom : ?", "drop : break. ignite : ?",
        "peel : knife. dig : ?", "cereal : box. soda : ?", "office : car. moon : ?", "park : bike. island : ?",
        "banana peel : trash. gold : ?", "hot : cold. up : ?", "dog : bark. cow : ?", "cat : kitten. dog : ?",
        "France : Paris. Japan : ?", "table : wood. window : ?", "chef : kitchen. teacher : ?", "pour : jug. stir : ?",
        "eat : hunger. drink : ?", "jam : jar. milk : ?", "sweep : broom. mop : ?", "carpenter : hammer. painter : ?",
        "garage : car. shed : ?", "pillow : bedroom. couch : ?", "hit : hurt. water : ?",
        "broken glass : trash. diamond : ?", "airport : plane. harbour : ?", "fish : water. bird : ?",
        "violin : bow. drum : ?", "eye : see. ear : ?", "walk : walked. go : ?", "square : four. triangle : ?",
        "bee : hive. ant : ?", "shirt : closet. dish : ?", "write : pen. cut : ?"],
    "sni_affex": ["eat : bread. drink : ?", "read : book. watch : ?", "sit : chair. sleep : ?",
        "open : door. climb : ?", "ride : bike. drive : ?", "wear : hat. carry : ?", "play : guitar. kick : ?",
        "cook : pan. boil : ?", "write : letter. paint : ?", "swallow : pill. chew : ?", "throw : ball. fly : ?",
        "wash : dishes. fold : ?", "light : candle. plant : ?", "sharpen : pencil. tie : ?", "pour : water. slice : ?",
        "peel : orange. crack : ?", "board : train. sail : ?", "dial : phone. type : ?"],
    "sni_dacts": ["INFORM, INFORM_INTENT, OFFER, REQUEST, REQUEST_ALTS", "INFORM, REQUEST, OFFER, CONFIRM, GOODBYE",
        "question, statement, request, greeting", "inform, request, confirm, deny, thank",
        "REQUEST, INFORM, OFFER, NEGATE, AFFIRM", "greeting, question, answer, closing"],
    "sni_intents": ["book a flight, find a restaurant, rent a car, buy event tickets",
        "check the weather, set an alarm, play music, send a message",
        "reserve a hotel, find a movie time, book a bus, order a taxi"],
    "sni_service": ["restaurant table", "flight", "hotel room", "rental car", "bus ticket", "movie ticket",
        "doctor's appointment", "haircut", "train journey", "concert ticket", "taxi", "house viewing", "music event",
        "bank transfer"],
    "sni_dlabels": ["'No emotion', 'surprise', 'happiness', 'sadness', 'anger', 'disgust'",
        "question, inform, directive, commissive", "agree, disagree, neutral", "greeting, request, answer, thanks"],
    "sni_codes": ["en, ja, de, fr, zh, es", "English (en), German (de), French (fr)", "ja, zh, de", "es, fr, en",
        "English, Japanese, German, French, Chinese and Spanish"],
    "sni_pcats": ["home, apparel, wireless, book, toy, kitchen, sports, beauty",
        "electronics, furniture, shoes, grocery, pet products", "books, music, video games, office products",
        "baby products, garden, automotive, luggage"],
    "sni_pitem": ["phone case", "pair of shoes", "kettle", "novel", "toy", "lamp", "backpack", "vacuum cleaner",
        "face cream", "coffee machine", "pair of headphones", "board game"],
    "sni_newscats": ["sports, politics, business, entertainment, technology",
        "national, international, state, sports, entertainment", "economy, health, science, culture"],
    "sni_quality": ["informative", "fluent", "natural", "grammatical", "coherent", "faithful to the input", "on topic",
        "concise"],
    "sni_htrel": ["is used for", "is a part of", "causes", "is located at", "is capable of", "desires", "hinders",
        "is the reason for", "has the property of", "is made of", "happens before", "is an effect of"],
    "sni_htres": ["will be seen as the Tail", "wants what is mentioned in the Tail",
        "feels what is mentioned in the Tail", "needs what is mentioned in the Tail beforehand",
        "will be affected as described in the Tail"],
    "sni_htwhere": ["located or found at", "a part, portion or makeup of", "a type of", "used for"],
    "sni_tcats": ["event duration, transient vs. stationary, event ordering, absolute timepoint and frequency"],
    "sni_tcat": ["event duration", "event ordering", "frequency", "absolute timepoint",
        "transient vs. stationary events"],
    "sni_fact": ["plants need sunlight to grow", "a magnet attracts iron",
        "water boils at 100 degrees Celsius at sea level", "the moon orbits the Earth", "bees help pollinate flowers",
        "heat makes ice melt", "sound travels faster in water than in air", "mammals feed their young with milk"],
    "sni_qcats": [
        "music, astronomy, law, food, theatre, sports, science, geology, television, books, army, aviation, mammals",
        "history, science, literature, music, film, geography",
        "society and culture, science and mathematics, health, education, sports, business"],
    "sni_stitle": ["The Lost Keys", "Rainy Day", "The New Puppy", "First Day at Work", "The Surprise Party",
        "Flat Tire", "The Science Fair", "Burnt Cookies", "Missed Bus", "The Spelling Bee", "Camping Trip",
        "The Broken Vase", "Job Interview", "Snow Day", "The Garage Sale"],
    "sni_prof": ["nurse", "carpenter", "lawyer", "secretary", "developer", "baker", "manager", "cleaner", "mover",
        "librarian", "chief", "accountant", "guard", "hairdresser", "farmer", "teacher", "driver", "clerk"],
    "sni_mcats": ["gain, general, other, physics, probability, geometry", "algebra, arithmetic, geometry, probability"],
    "sni_mtopic": ["profit and loss", "probability", "geometry", "speed and distance", "simple interest", "ratios",
        "work and time", "averages", "percentages"],
    "sni_sentiment": ["positive", "negative", "one-star", "five-star"],
    "sni_tabops": ["majority, unique, superlative, count, comparative, aggregation and ordinal"],
    "sni_tabcols": ["team, wins, losses, year", "name, country, medal, time", "date, opponent, score, venue",
        "title, director, year, gross", "player, club, goals, season"],
    "sni_bprop": ["general advice", "a recommendation", "an opinion", "a warning", "a factual claim"],
    "sni_bprop2": ["has a definite objective or aim", "describes a personal experience", "contains a question",
        "mentions a cause and its effect"],
    "sni_cclass": ["sexual-explicit", "violence", "threat", "insult", "identity attack", "obscene"],
    "sni_rlang": ["Gujarati", "Oriya", "Panjabi", "Igbo", "Zhuang", "Tamil", "Telugu", "Marathi", "Malayalam",
        "Kannada", "Yoruba", "Hausa", "Filipino", "Lao", "Khmer", "Burmese", "Bulgarian", "Croatian", "Persian",
        "Galician", "Basque", "Catalan", "Sinhala", "Nepali", "Amharic", "Somali", "Thai", "Bengali", "Hindi", "Urdu",
        "Polish", "Romanian", "Slovak", "Estonian", "Latvian", "Lithuanian", "Haitian Creole", "Swahili", "Malay",
        "Japanese", "Arabic", "Turkish", "Vietnamese", "Dutch", "Portuguese", "Czech", "Hungarian", "Greek", "Hebrew",
        "Indonesian", "Spanish", "Italian", "French", "German", "Chinese", "Russian", "Korean", "Welsh", "Irish",
        "Icelandic"],
    "sni_listop": ["round every integer to the nearest multiple of 10", "remove all the even numbers",
        "remove the duplicates", "return the absolute difference between each pair of consecutive numbers",
        "multiply every odd number by 4 and divide every even number by 2",
        "find the maximum absolute difference between two integers",
        "return the average of each pair of consecutive numbers",
        "remove every integer whose first and last digits differ", "sort the numbers in descending order",
        "return the product of all the other elements for each position",
        "find the sum of the numbers between positions i and j", "subtract each element's index from it",
        "replace each number with the nearest power of two", "find the element with the smallest absolute value",
        "return only the prime numbers"],
    "sni_rlang2": ["English", "Japanese", "Filipino", "Lao", "Bengali", "Hindi", "Thai", "Indonesian", "Khmer",
        "Burmese", "Malay", "Vietnamese", "Spanish", "French", "German", "Chinese"],
    "sni_domain": ["restaurants", "hotels", "flights", "movies", "music", "events", "weather", "shopping",
        "train times", "calendar appointments"],
    "sni_genres": ["fiction, letters, travel, government, telephone, face-to-face, magazine, transcript",
        "fiction, government, slate, telephone, travel"],
    "sni_genre": ["fiction", "a government report", "a letter", "a telephone conversation", "a travel guide",
        "a magazine article"],
    "sni_wcats": [
        "Food and Cooking, Home and Garden, Cars and Vehicles, Sports and Fitness, Crafts and Hobbies",
        "Health, Education, Travel, Pets, Finance"],
    "sni_ptype": ["dvd", "music", "books", "electronics", "kitchen", "video game"],
    "sni_argtopic": ["the death penalty", "gun control", "gay marriage", "school uniforms", "nuclear energy",
        "minimum wage", "animal testing", "social media regulation"],
    "sni_passkind": ["a summary of a film's story", "a legal contract between several parties", "a Wikipedia article",
        "a passage that mentions several places", "a news report", "a passage from a biology textbook", "a recipe",
        "a sports report", "a story for children"],
    "sni_ph_bg": ["{background}"],
    "sni_ph_sent1": ["{sentence}"],
    "sni_ph_tgt": ["{target}", "{summary}", "{highlights}"],
    "sni_ph_in2": ["{inputs}", "{problem}", "{question}"],
    "sni_ph_data": ["{tripleset}", "{meaning_representation}", "{input_string}", "{data}"],
    "sni_ph_cot": ["{chain_of_thought}", "{rationale}"],
    "sni_ph_ans": ["{answer}"],
    "sni_ph_nq": ["{numbered_questions}"],
    "sni_ph_dialog": ["{dialog_}", "{dialogue}", "{conversation}"],
    "sni_ph_goal": ["{goal}"],
    "sni_ph_fix": ["{no_space}", "{answer}", "{text}", "{sentence}"],
    "sni_ph_def": ["{Definition}", "{definition}"],
    "sni_ph_in": ["{input}"],
    "sni_ph_rev": ["{numbered_reviews}", "{first_review}", "{review}"],
    "sni_ph_arg": ["{argument_sentences}", "{debate_name}"],
    "sni_ph_conc": ["{concepts_newline}", "{concepts}"],
    "sni_ph_q": ["{question}", "{query}", "{question}"],
    "sni_ph_opts": ["{options_}", "{options_}", "{options}", "OPTIONS:\n- yes\n- no", "Pick from:\n(A) yes\n(B) no"],
    "sni_ph_prem": ["{premise}", "{context}", "{sentence1}", "{text}"],
    "sni_ph_hyp": ["{hypothesis}", "{sentence2}", "{claim}"],
    "sni_ph_ctx": ["{context}", "{text}", "{passage}", "{article}", "{sentence}", "{document}", "{paragraph}"],
    "sni_ph_s1": ["{sentence1}", "{question1}", "{text1}"],
    "sni_ph_s2": ["{sentence2}", "{question2}", "{text2}"],
    "sni_ph_word": ["{word}", "{target_word}"],
    "sni_ph_t1": ["{span1}", "{noun}", "{text1}"],
    "sni_ph_t2": ["{span2}", "{pronoun}", "{text2}"],
    "sni_ph_title": ["{title}", "{headline}"],
    "sni_ph_kw": ["{concepts}", "{keywords}", "{data}"],
    "sni_ph_l1": ["{lang1}", "{source_language}"],
    "sni_ph_l2": ["{lang2}", "{target_language}"],
    "sni_ph_sent": ["{sent1}", "{sentence}", "{text}"],
}
