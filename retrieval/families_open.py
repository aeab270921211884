"""Task families of the default corpus, third round of issue 21: open questions, lists, advice and writing (Dolly / self-instruct style). Written for this project.

Owns: families registered into `retrieval.families.FAMILIES` when `retrieval.families` is imported (through
`F(...)`, same fields as there), extra phrasings for existing families (`extend`), and `SLOTS`, the new generator
slots these families use (names prefixed `im_`; `retrieval.generator` adds them to its slot tables).
Plain data only; changing it changes the default corpus (and so its fingerprint). The real corpora under
../shared/data/corpora are the yardstick these families were measured against, never their source.
"""

from __future__ import annotations

from softprism.retrieval.families import F, extend

F("fictional_character_qa", "entities", "a character from a novel|a fictional character|a character's name",
  "say which book the character comes from and who wrote it|describe the character and their role in the story|"
  "explain what the character is known for",
  "Answer in two or three sentences.|Keep it short.", "",
  "Who is {im_character}?|Who is {im_character} in literature?|In which book does {im_character} appear?|"
  "Which novel features the character {im_character}?|Who created the character {im_character}?|"
  "Tell me about {im_character}.|What is {im_character} known for?|Describe the character of {im_character}.|"
  "Is {im_character} a hero or a villain?|What happens to {im_character} at the end of the story?|"
  "Who is {im_character} and why are they important to the plot?|What kind of person is {im_character}?|"
  "who is {im_character}|Who wrote the book with {im_character} in it?|"
  "What is the relationship between {im_character} and {im_character2}?",
  mods="c", own_share=0.95)
F("book_author_qa", "entities", "a book title|a novel|an author's name",
  "say who wrote the book and when|summarise what the book is about|explain why the author is important",
  "Answer in a few sentences.", "",
  "Who wrote {im_book}?|What is {im_book} about?|Who is {im_book} by?|When was {im_book} published?|"
  "Who is {im_author}?|What is {im_author} famous for?|What are the best books by {im_author}?|"
  "Which book should I read first by {im_author}?|Is {im_book} worth reading?|What is the theme of {im_book}?|"
  "Summarize the plot of {im_book}.|What genre is {im_book}?|Why is {im_book} considered a classic?|"
  "What books are similar to {im_book}?|Where was {im_author} born?|When did {im_author} die?|"
  "Give me a one-paragraph summary of {im_book} by {im_author}.|What was {im_author}'s first novel?|Which books by {im_author} have been made into films or TV series?|Which of {im_author}'s novels was adapted for the screen?",
  mods="c", own_share=0.95)
F("game_anime_qa", "entities", "a video game|a video game character|an anime series|an anime character",
  "say which game or series the character is from|describe the game and its gameplay|summarise the anime's story",
  "Answer in one or two sentences.", "",
  "Who is {im_animechar}?|Which game is {im_animechar} from?|Which series does {im_animechar} appear in?|"
  "What is {im_game}?|What kind of game is {im_game}?|Who made {im_game}?|When did {im_game} come out?|"
  "Is {im_game} a good game for beginners?|What is the goal of {im_game}?|What is {im_anime} about?|"
  "Who created {im_anime}?|Is {im_anime} worth watching?|Tell me about {im_animechar}.|"
  "What are the powers of {im_animechar}?|Who is the main villain in {im_game}?|"
  "What platforms can I play {im_game} on?|What anime is similar to {im_anime}?|"
  "Who is stronger, {im_animechar} or {im_animechar2}?|How many episodes does {im_anime} have?",
  mods="c", own_share=0.95)
F("science_term_qa", "entities", "a science term|a term from biochemistry|a biology concept|a physics concept",
  "explain what the term means|describe the function of the term in the body or in nature|"
  "define the term in simple words",
  "Answer in one paragraph.|Keep it under 100 words.", "",
  "What is {im_sciterm}?|What does {im_sciterm} do?|Explain {im_sciterm}.|What is the function of {im_sciterm}?|"
  "Define {im_sciterm}.|Can you explain {im_sciterm} in simple terms?|How does {im_sciterm} work?|"
  "What is the role of {im_sciterm} in the cell?|Why is {im_sciterm} important?|what is {im_sciterm}|"
  "What is the difference between {im_sciterm} and {im_sciterm2}?|Explain {im_sciterm} to a high school student.|"
  "Where is {im_sciterm} found?|Give me an example of {im_sciterm}.|Who discovered {im_sciterm}?|"
  "Describe {im_sciterm} in one sentence.",
  mods="c", own_share=0.95)
F("ski_resort_qa", "entities", "a ski resort|a ski area|a winter destination",
  "say where the ski resort is and what it is known for|describe the slopes and who the resort suits",
  "", "",
  "Where is {im_skiresort}?|What is {im_skiresort} known for?|Tell me about {im_skiresort}.|"
  "Is {im_skiresort} good for beginners?|When is the best time to ski in {im_skiresort}?|"
  "How many ski lifts does {im_skiresort} have?|What country is {im_skiresort} in?|"
  "Which is better for skiing, {im_skiresort} or {im_skiresort2}?|What is the highest point of {im_skiresort}?|"
  "How do I get to {im_skiresort}?|What is {im_skiresort}?|Is {im_skiresort} expensive?",
  mods="c", own_share=0.95)
F("university_qa", "entities", "a university|a college|an institution of higher education",
  "say where the university is and when it was founded|describe what the university is known for",
  "", "",
  "Where is {im_university}?|When was {im_university} founded?|What is {im_university} known for?|"
  "Tell me about {im_university}.|Who founded {im_university}?|Is {im_university} a public or private university?|"
  "How many students attend {im_university}?|What are the notable alumni of {im_university}?|"
  "How hard is it to get into {im_university}?|What is {im_university}'s motto?|What is {im_university}?|"
  "Which is older, {im_university} or {im_university2}?|What subjects is {im_university} best at?|"
  "What city is {im_university} located in?",
  mods="c", own_share=0.95)
F("athlete_qa", "entities", "an athlete|a sports figure|a player's name",
  "say who the athlete is and what sport they play|list the athlete's main achievements",
  "", "",
  "Who is {im_athlete}?|What sport does {im_athlete} play?|What is {im_athlete} known for?|"
  "Tell me about {im_athlete}.|How many titles has {im_athlete} won?|Which team did {im_athlete} play for?|"
  "Is {im_athlete} the greatest of all time?|When did {im_athlete} retire?|Where is {im_athlete} from?|"
  "Who is better, {im_athlete} or {im_athlete2}?|What records does {im_athlete} hold?|"
  "Why is {im_athlete} famous?|who is {im_athlete}|How many Olympic medals did {im_athlete} win?",
  mods="c", own_share=0.95)
F("team_event_qa", "entities", "a sports team|a sports competition|a sporting event",
  "describe the team's history and achievements|explain how the competition works",
  "", "",
  "Where do {im_team} play their home games?|How many championships have {im_team} won?|"
  "When were {im_team} founded?|Who is the best player in the history of {im_team}?|Tell me about {im_team}.|"
  "What is {im_competition}?|When did {im_competition} start?|How often is {im_competition} held?|"
  "Who has won {im_competition} the most times?|How does {im_competition} work?|Where is {im_competition} held?|"
  "Who won {im_competition} last time?|Why is {im_competition} so famous?|Who are the rivals of {im_team}?",
  mods="c", own_share=0.95)
F("band_musician_qa", "entities", "a band|a musician|a singer|a music group",
  "say who the band is and what kind of music they play|name the band's best-known songs and albums",
  "", "",
  "Who is {im_band}?|Who are {im_band}?|What kind of music does {im_band} play?|What genre is {im_band}?|"
  "What is {im_band}'s most famous song?|What is the best album by {im_band}?|When did {im_band} form?|"
  "Where are {im_band} from?|Tell me about {im_band}.|Who are the members of {im_band}?|"
  "Why is {im_band} important in music history?|What bands are similar to {im_band}?|"
  "Is {im_band} still together?|What instrument does {im_band} play?|who are {im_band}",
  mods="c", own_share=0.95)
F("historical_person_qa", "entities", "a historical person|a name from history|a ruler or leader",
  "say who the person was and when they lived|explain why the person matters in history",
  "", "",
  "Who was {im_hperson}?|What is {im_hperson} known for?|When did {im_hperson} live?|Tell me about {im_hperson}.|"
  "Why is {im_hperson} famous?|What did {im_hperson} do?|Where was {im_hperson} born?|How did {im_hperson} die?|"
  "What were the main achievements of {im_hperson}?|Was {im_hperson} a good leader?|"
  "Who came after {im_hperson}?|What country did {im_hperson} rule?|who was {im_hperson}|"
  "Give me three facts about {im_hperson}.|Why do people still talk about {im_hperson} today?|"
  "What was the legacy of {im_hperson}?",
  mods="c", own_share=0.95)
F("town_region_qa", "entities", "a city|a town|a region|a travel destination",
  "say where the place is and what it is known for|suggest what to see and do there",
  "", "",
  "Where is {im_town}?|What is {im_town} known for?|Tell me about {im_town}.|What is there to do in {im_town}?|"
  "What country is {im_town} in?|Is {im_town} worth visiting?|Which season is best for a trip to {im_town}?|"
  "What food is {im_town} famous for?|How many people live in {im_town}?|What language do they speak in {im_town}?|"
  "What are the top attractions in {im_town}?|Should I visit {im_town} or {im_town2}?|"
  "Plan a three-day trip to {im_town}.|What is the history of {im_town}?|where is {im_town}",
  mods="c", own_share=0.95)
F("natural_feature_qa", "entities", "a river|a mountain|a lake|an island|a desert|a natural feature",
  "say where the feature is and give key facts about it|explain how it was formed",
  "", "",
  "Where is {im_nature}?|How long is {im_nature}?|How high is {im_nature}?|How big is {im_nature}?|"
  "Which countries does {im_nature} pass through?|How was {im_nature} formed?|Tell me about {im_nature}.|"
  "What animals live in {im_nature}?|What is special about {im_nature}?|Can you swim in {im_nature}?|"
  "Who first climbed {im_nature}?|Which is bigger, {im_nature} or {im_nature2}?|What is {im_nature}?",
  mods="c", own_share=0.95)
F("company_brand_qa", "entities", "a company|a brand|a business",
  "say what the company does and when it was founded|give a short history of the company",
  "", "",
  "What is {im_company}?|What does {im_company} do?|What does {im_company} sell?|When was {im_company} founded?|"
  "Who founded {im_company}?|Where is {im_company} headquartered?|Tell me about {im_company}.|"
  "What is {im_company} known for?|Is {im_company} a good company to work for?|How big is {im_company}?|"
  "Who owns {im_company}?|What happened to {im_company}?|What are {im_company}'s most popular products?|"
  "What is the history of {im_company}?|Who are the competitors of {im_company}?|"
  "How did {im_company} get its name?|what does {im_company} make",
  mods="c", own_share=0.95)
F("product_qa", "entities", "a product|a gadget|a brand-name item",
  "explain what the product is and what it is used for|give a short history of the product",
  "", "",
  "What is {im_product}?|Who makes {im_product}?|When did {im_product} first come out?|"
  "What is {im_product} used for?|Is {im_product} worth buying?|Tell me about {im_product}.|"
  "Who invented {im_product}?|How does {im_product} work?|Why was {im_product} so popular?|"
  "What are the alternatives to {im_product}?|Compare {im_product} and {im_product2}.|"
  "What are the pros and cons of {im_product}?|How much does {im_product} cost?",
  mods="c", own_share=0.95)
F("organisation_qa", "entities", "an organisation|an institution|an international body",
  "explain what the organisation does|say when and why the organisation was founded",
  "", "",
  "What is {im_org}?|What does {im_org} do?|When was {im_org} founded?|Who founded {im_org}?|"
  "Where is {im_org} based?|Tell me about {im_org}.|Why was {im_org} created?|Who runs {im_org}?|"
  "How is {im_org} funded?|What is the purpose of {im_org}?|Which countries are members of {im_org}?|"
  "What is the difference between {im_org} and {im_org2}?",
  mods="c", own_share=0.95)
# ---- tasks over a given passage, classification, generation, advice ----
F("passage_extract_format", "extraction", "a passage|a paragraph about {im_town}|a text about {im_hperson}|"
  "a paragraph about {im_company}|a short biography",
  "extract the {im_extract} from the text {im_outfmt}|pull out all the {im_extract} mentioned in the passage|"
  "list the {im_extract} in the paragraph {im_outfmt}",
  "Use the format: item - detail.|Return only the list.|Put each item on its own line.", "",
  "Extract the {im_extract} from this text {im_outfmt}.|From the passage, extract the {im_extract} {im_outfmt}.|"
  "List all the {im_extract} mentioned in this paragraph {im_outfmt}.|"
  "Given this paragraph about {im_company}, extract the {im_extract} {im_outfmt}.|"
  "From the text below, pull out the {im_extract}. Show them {im_outfmt}.|"
  "Using the passage about {im_hperson}, list the {im_extract} {im_outfmt}.|"
  "What are the {im_extract} mentioned in this text? Give them {im_outfmt}.|"
  "Extract every {im_extract} from the following paragraph and list them {im_outfmt}.|"
  "Here is a text about {im_town}. Extract the {im_extract} {im_outfmt}.|"
  "Please read the paragraph below and extract the {im_extract}.|"
  "Extract the names of the people in this article and list them {im_outfmt}.|"
  "From this passage about {im_university}, extract the year it was founded and who founded it.|"
  "Given the text, list the {im_extract} and the {im_extract2} {im_outfmt}.",
  mods="", own_share=0.9)
F("passage_entity_qa", "extraction", "a reference text|a paragraph about {im_athlete}|a passage about {im_band}|"
  "a passage about {im_nature}",
  "answer the question using only the reference text|say what the passage tells us about the subject",
  "Answer in one sentence.|Quote the passage where you can.", "",
  "Given this paragraph about {im_athlete}, how many titles did they win?|"
  "Based on the passage, when did {im_band} form and who were its members?|"
  "Using this text about {im_nature}, tell me where it is and how big it is.|"
  "Given a reference text about {im_university}, when was it founded?|"
  "According to the reference text, what is {im_company} best known for?|"
  "From the passage provided, what did {im_hperson} accomplish?|"
  "Based on this paragraph, where is {im_skiresort} located and how many lifts does it have?|"
  "Read this passage about {im_character} and tell me which book the character is from.|"
  "Given this text about {im_sciterm}, explain its function in one sentence.|"
  "Using the text below, summarize the career of {im_athlete} in three bullet points.|"
  "Given this passage about {im_game}, who developed it and when was it released?|"
  "From the reference text, what are the main products of {im_company}?|"
  "Given this paragraph about {im_town}, what is the town famous for?|"
  "Based on the following text about {im_org}, what is its main purpose?",
  mods="", own_share=0.95)
F("classify_each_item", "classification", "a list of items|a list of things|a list of words|a list of names",
  "classify each item as {im_classify}|sort each item into the right category|label each item with its group",
  "Give each item with its label.|Answer with one line per item.", "",
  "Classify each of the following as {im_classify}.|Classify each of these as {im_classify}|"
  "Tell me whether each of these is a {im_classify}.|Identify which is a {im_classify}.|"
  "Which of these are {im_classify}?|Categorize the following: {im_classify}.|"
  "Sort the following into two groups, {im_classify}.|Label each one {im_classify}.|"
  "Classify the following items: {im_classify}|Group these by category ({im_classify}).|"
  "For each item, say whether it is {im_classify}.|Is each of these a {im_classify}?",
  mods="", own_share=0.95)
F("which_is_pair", "classification", "two items|a pair of names|two options",
  "say which of the two belongs to the category|pick the one that matches the description",
  "Answer with the name only.", "",
  "Which is a mammal: {species} or {species2}?|Which is a city: {im_town} or {im_nature}?|"
  "Which of these is a ski resort: {im_skiresort} or {im_university}?|Which is a band: {im_band} or {im_company}?|"
  "Which is a video game: {im_game} or {im_book}?|Which is a book: {im_book} or {im_game}?|"
  "Which is a university: {im_university} or {im_org}?|Which one is a company: {im_company} or {im_athlete}?|"
  "Who is the athlete: {im_athlete} or {im_author}?|Which is a character in a novel: {im_character} or {im_animechar}?|"
  "Which is a river and which is a mountain?|Which is a fish, {species} or {animal}?|"
  "Which of these is a scientist: {im_hperson} or {im_athlete}?|Which of the two is a sports team: {im_team} or {im_org}?",
  mods="", own_share=0.95)
F("brainstorm_ideas_for", "generation", "a goal|an occasion|a project",
  "brainstorm ideas for {im_idea}|give a list of ideas for {im_idea}|suggest creative options for {im_idea}",
  "Give {n} ideas.|Give ten ideas.|Use a bulleted list.", "",
  "Give me ten ideas for {im_idea}.|What are some ideas for {im_idea}?|Brainstorm ideas for {im_idea}.|"
  "I need ideas for {im_idea}.|List {n} ideas for {im_idea}.|Can you suggest some ideas for {im_idea}?|"
  "Help me come up with ideas for {im_idea}.|What are some good ideas for {im_idea}?|ideas for {im_idea}?|"
  "Give me some creative suggestions for {im_idea}.|Come up with five unusual ideas for {im_idea}.|"
  "What should I do for {im_idea}?|Suggest a few options for {im_idea}, with one sentence on each.|"
  "Brainstorm a list of names for {im_idea}.",
  mods="t", own_share=0.95)
F("advice_howto_personal", "open_qa", "a personal goal|a problem|a practical question",
  "give practical advice on how to {im_advice}|explain step by step how to {im_advice}",
  "Keep it practical.|Give a short list of tips.", "",
  "How can I {im_advice}?|What is the best way to {im_advice}?|Any tips to {im_advice}?|How do I {im_advice}?|"
  "I want to {im_advice}. Where should I start?|What are some tips to {im_advice}?|"
  "Give me advice on how to {im_advice}.|What should I do to {im_advice}?|how to {im_advice}|"
  "I'm struggling to {im_advice}. Any advice?|What are the first steps to {im_advice}?|"
  "Give me five tips on how to {im_advice}.|What's the easiest way to {im_advice}?|"
  "My friend wants to {im_advice}. What would you tell them?|How do I get my child started in {sport}?|How do you start your child playing {sport}?|What age should kids start {sport}?",
  mods="tc", own_share=0.95)
F("opinion_on_topic", "open_qa", "a topic|a question of opinion|a debate",
  "give your opinion on {im_opinion}|say what you think about {im_opinion} and why",
  "Give reasons for your view.|Answer in a short paragraph.", "",
  "What do you think about {im_opinion}?|What is your opinion on {im_opinion}?|Is {im_opinion} a good thing?|"
  "Are you for or against {im_opinion}?|What are the pros and cons of {im_opinion}?|"
  "Why do some people dislike {im_opinion}?|Why do people like {im_opinion}?|What's your take on {im_opinion}?|"
  "Do you think {im_opinion} is overrated?|Is {im_opinion} worth it?|"
  "Make an argument for {im_opinion}.|Make the case against {im_opinion}.|"
  "What are the arguments for and against {im_opinion}?|thoughts on {im_opinion}?",
  mods="tc", own_share=0.95)
F("creative_write_topic", "generation", "a topic|a theme|an idea for a story",
  "write a short story about {im_write}|write a poem about {im_write}|write a song about {im_write}|"
  "write a haiku about {im_write}",
  "Keep it under 200 words.|Use vivid details.", "",
  "Write a short story about {im_write}.|Write a poem about {im_write}.|Write a haiku about {im_write}.|"
  "Write a limerick about {im_write}.|Write a song about {im_write}.|Write a story about {im_write}.|"
  "Compose a short poem about {im_write}.|Write a children's story about {im_write}.|"
  "Write the opening paragraph of a novel about {im_write}.|Write a sonnet about {im_write}.|"
  "Write a funny story about {im_write}.|Write a 100-word story about {im_write}.|"
  "Write a diary entry from the point of view of {im_write}.|Write a scene about {im_write}.|"
  "Tell me a bedtime story about {im_write}.|Write a free-verse poem about {im_write}.|"
  "Write a short story that begins with {im_write} and ends with a twist.",
  mods="tc", own_share=0.9)
F("short_casual_question", "open_qa", "a short question|a casual question",
  "answer the short question|give a quick answer",
  "Answer in one sentence.", "",
  "{im_short}?|{im_short}|{Im_short}?|quick question: {im_short}?|{im_short} lol|hey {im_short}|"
  "{Im_short}? just curious|ok so {im_short}?|{Im_short}? Explain like I'm five.|"
  "Someone asked me {im_short}. What should I say?",
  mods="", own_share=1.0)
F("explain_process", "open_qa", "a process|a natural process|a procedure",
  "explain {im_process}|describe the steps of {im_process}|explain {im_process} step by step",
  "Use a numbered list for the steps.|Keep it under 150 words.", "",
  "Explain the process of {im_process}.|Describe the steps involved in {im_process}.|"
  "Explain {im_process} step by step.|Briefly describe {im_process}.|Walk me through {im_process}.|"
  "Can you explain {im_process} in simple terms?|Outline the main stages of {im_process}.|"
  "Describe {im_process} as if to a ten-year-old.|Explain {im_process} in three sentences.|"
  "What are the steps in {im_process}?|Summarize {im_process} in a short paragraph.",
  mods="tc", own_share=0.9)
F("pretend_role_answer", "roleplay", "a role|a character to play|a scenario",
  "imagine you are {im_pretend} and answer the question in character|"
  "role-play as {im_pretend} and describe your day",
  "Stay in character.", "",
  "Imagine you are {im_pretend}. Describe a typical day.|Pretend you are {im_pretend} and explain your job.|"
  "You are {im_pretend}. What advice would you give a newcomer?|"
  "Role-play as {im_pretend} and answer this question: what is the hardest part of your work?|"
  "As {im_pretend}, describe your most memorable experience.|"
  "Imagine you are {im_pretend}. Write a short message to {audience}.|"
  "Introduce yourself as if you were {im_pretend}.|"
  "Pretend to be {im_pretend}. How would you explain {im_process}?|"
  "If you were {im_pretend}, how would you respond to a complaint?",
  mods="t", own_share=0.9)
F("how_to_make_thing", "open_qa", "a thing to make|a project",
  "explain how to make {im_thing}|give step-by-step instructions for making {im_thing}",
  "Use a numbered list.", "",
  "How do I make {im_thing}?|How do you make {im_thing}?|Give me instructions for making {im_thing}.|"
  "What do I need to make {im_thing}?|Step by step, how do I build {im_thing}?|"
  "Explain how to make {im_thing} for a beginner.|What is the easiest way to make {im_thing}?|"
  "Write a guide to making {im_thing}.",
  mods="tc", own_share=0.9)
F("list_named_examples", "open_qa", "a category|a topic",
  "name several examples of the category|list well-known examples",
  "Give {n} examples.|Answer with a comma-separated list.", "",
  "Name some famous ski resorts in {country}.|List five universities in {country}.|"
  "Who are some famous athletes from {country}?|Name three books by {im_author}.|"
  "List some famous bands from the 1990s.|Name five characters from {im_book}.|"
  "What are some famous landmarks in {im_town}?|Give me a list of games like {im_game}.|"
  "List the main characters in {im_anime}.|Name some companies that compete with {im_company}.|"
  "What are the largest rivers in {country}?|Give me a list of famous scientists from {country}.|"
  "List some novels similar to {im_book}.|Name some athletes who played alongside {im_athlete}.|"
  "What are the most popular tourist attractions in {country}?|List {n} famous paintings and who painted them.|Give me a list of {im_competition} winners in the last {n} years.|Who won {im_competition} in each of the last five years?|List the members of {im_band}.|Give me a list of the {n} largest companies in {country}.|List the films of {im_actor} in order of release.|Which actors starred in {im_screen}?",
  mods="", own_share=0.95)
F("fact_check_entity", "open_qa", "a statement about a person or place|a claim",
  "say whether the statement is true|check the claim and correct it if it is wrong",
  "Answer yes or no and explain briefly.", "",
  "Is {im_town} in {country}?|Was {im_hperson} a king?|Did {im_author} write {im_book}?|"
  "Is {im_skiresort} in Switzerland?|Did {im_athlete} ever win an Olympic gold medal?|"
  "Is {im_nature} the longest river in the world?|Was {im_company} founded in the United States?|"
  "Is {im_character} from a Charles Dickens novel?|Is {im_sciterm} found in plants?|"
  "Did {im_band} win a Grammy?|Is {im_university} in the United Kingdom?|Was {im_game} made by Nintendo?|"
  "True or false: {im_hperson} lived in the 19th century.",
  mods="", own_share=0.95)
F("food_drink_qa", "entities", "a dish|a drink|a cheese|a cocktail|a food",
  "explain what the food is and where it comes from|describe how the dish is made|say what the drink tastes like",
  "", "",
  "What is {im_food}?|Where does {im_food} come from?|How do you make {im_food}?|What is in {im_food}?|"
  "What does {im_food} taste like?|Is {im_food} healthy?|What goes well with {im_food}?|"
  "Tell me about {im_food}.|What is the difference between {im_food} and {im_food2}?|"
  "Give me a recipe for {im_food}.|What country is {im_food} from?|How is {im_food} traditionally served?|"
  "what is {im_food}|Is {im_food} vegetarian?|What are some best practices to prepare {im_food}?|What are the tips for making {im_food} at home?|What wine goes with {im_food}?|How long does {im_food} keep in the fridge?",
  mods="c", own_share=0.95)
F("breed_plant_qa", "entities", "a dog breed|a cat breed|a houseplant|a plant|an animal breed",
  "describe the breed's temperament and care needs|explain how to care for the plant",
  "", "",
  "What is {im_breed} like as a pet?|Is {im_breed} good with children?|How big does {im_breed} get?|"
  "Where does {im_breed} come from?|How much exercise does {im_breed} need?|Tell me about {im_breed}.|"
  "How do I care for {im_plant}?|How often should I water {im_plant}?|Does {im_plant} need a lot of sun?|"
  "Is {im_plant} poisonous to cats?|Why are the leaves on my {im_plant} turning yellow?|What is {im_plant}?|"
  "Should I get {im_breed} or {im_breed2}?|How long does {im_breed} live?",
  mods="c", own_share=0.95)
F("art_architecture_qa", "entities", "a painting|an artist|an art movement|an architect",
  "explain who made the work and why it is important|describe the movement's main features",
  "", "",
  "Who painted {im_art}?|What is {im_art}?|Who is {im_art}?|Tell me about {im_art}.|Where is {im_art} kept?|"
  "Why is {im_art} so famous?|What are the main features of {im_art}?|When was {im_art} created?|"
  "What is the meaning of {im_art}?|How did {im_art} influence later artists?|"
  "What is the difference between {im_art} and {im_art2}?|Describe {im_art} in a few sentences.",
  mods="c", own_share=0.95)
F("holiday_festival_qa", "entities", "a holiday|a festival|a celebration",
  "explain what the holiday celebrates and how people observe it|describe the traditions of the festival",
  "", "",
  "What is {im_holiday}?|How is {im_holiday} celebrated?|Why do people celebrate {im_holiday}?|"
  "When is {im_holiday}?|What foods are eaten during {im_holiday}?|Tell me about {im_holiday}.|"
  "What are the traditions of {im_holiday}?|Where is {im_holiday} celebrated?|"
  "What is the origin of {im_holiday}?|How do children celebrate {im_holiday}?",
  mods="c", own_share=0.95)
F("concept_named_qa", "entities", "an idea|a concept|a named principle|a term from economics, politics or culture",
  "explain what the idea is|give an everyday example of the idea|explain where the idea comes from",
  "Answer in a short paragraph.", "",
  "What is {im_idea2}?|Explain {im_idea2}.|What does {im_idea2} mean?|Can you explain {im_idea2} simply?|"
  "Give me an example of {im_idea2}.|Where does the idea of {im_idea2} come from?|Why does {im_idea2} matter?|"
  "Explain {im_idea2} like I'm five.|What is {im_idea2} and how does it work?|"
  "What's the difference between {im_idea2} and {im_idea22}?|Describe {im_idea2} in one sentence.|"
  "Who came up with {im_idea2}?|what is {im_idea2}|What are some examples of {im_idea2}?|What are real-world examples of {im_idea2}?",
  mods="c", own_share=0.95)
F("screen_title_qa", "entities", "a film|a TV show|a film or series title",
  "summarise the plot|say who made it and who stars in it|say whether it is worth watching",
  "", "",
  "What is {im_screen} about?|Who directed {im_screen}?|Who stars in {im_screen}?|Is {im_screen} worth watching?|"
  "When did {im_screen} come out?|Tell me about {im_screen}.|What is the plot of {im_screen}?|"
  "Why is {im_screen} so popular?|What are some films like {im_screen}?|Where was {im_screen} filmed?|"
  "Is {im_screen} suitable for children?|What awards did {im_screen} win?|Explain the ending of {im_screen}.",
  mods="c", own_share=0.95)
F("summarise_given_paragraph", "summary", "a paragraph|a passage about {im_hperson}|an article about {im_company}|"
  "a text about {im_town}",
  "summarise the paragraph in {n} sentences|write a one-sentence summary of the passage|"
  "give the key points of the text as a bulleted list",
  "Keep it short.", "",
  "Summarize this paragraph about {im_hperson}.|Give me a short summary of this text about {im_company}.|"
  "Summarize the passage about {im_town} in {n} bullet points.|What is this paragraph about {im_nature} saying?|"
  "TL;DR this article about {im_org}.|Summarize the main points of this text about {im_athlete}.|"
  "In one sentence, what does this paragraph say about {im_university}?|"
  "Please summarise the following text about {im_band} for a ten-year-old.|"
  "Give me the gist of this paragraph about {im_sciterm}.|Summarize this in {n} sentences.",
  mods="", own_share=0.95)
F("hypothetical_what_if", "reasoning", "a hypothetical situation|a what-if question",
  "explain what would happen in the hypothetical situation|reason about the consequences of the scenario",
  "", "",
  "What would happen if {im_hperson} had never lived?|What would happen if the moon disappeared?|"
  "What if {im_company} had never been founded?|What would the world be like without {im_product}?|"
  "What would happen if everyone stopped using {im_product}?|What if {im_nature} dried up?|"
  "What would happen if humans could photosynthesize?|What if {im_character} lived in the modern world?|"
  "What would you do if you were {im_hperson} for a day?|If you could meet {im_hperson}, what would you ask?|"
  "If {im_athlete} and {im_athlete2} played each other, who would win?|What would happen if the internet went down for a week?",
  mods="c", own_share=0.95)
F("why_popular", "open_qa", "a thing|a question about why something is popular",
  "explain why the thing is popular|explain why people like the thing",
  "", "",
  "Why is {im_game} so popular?|Why do people love {im_band}?|Why is {im_town} such a popular destination?|"
  "Why is {im_food} so popular?|Why do people collect {im_product}?|Why is {im_book} still read today?|"
  "Why is {im_anime} so popular?|Why do so many tourists visit {im_town}?|Why do so many people enjoy {sport}?|"
  "Why are {sport} fans so passionate?|Why is {im_skiresort} so famous?|Why do people go to {im_competition}?",
  mods="c", own_share=0.95)
F("quiz_about_entity", "generation", "a topic|a famous person|a book",
  "write quiz questions about the topic|create a multiple-choice question about the subject",
  "Give {n} questions with answers.", "",
  "Write {n} trivia questions about {im_band}.|Create a quiz about {im_book}.|"
  "Make a multiple-choice question about {im_hperson}.|Give me five quiz questions about {im_town}, with answers.|"
  "Write a pub quiz round about {im_competition}.|Create {n} questions to test someone's knowledge of {im_sciterm}.|"
  "Write a true-or-false quiz about {im_nature}.|Write quiz questions about {im_game} for fans.",
  mods="", own_share=0.95)
F("actor_filmography_qa", "entities", "an actor's name|an actress|a film star",
  "name the films and shows the actor has appeared in|say who the actor is and what they are known for",
  "", "",
  "Who is {im_actor}?|What films has {im_actor} been in?|Name some famous shows with {im_actor}.|"
  "What is {im_actor}'s best film?|Which movies did {im_actor} win an Oscar for?|Tell me about {im_actor}.|"
  "Has {im_actor} ever worked with {im_actor2}?|Which of these films star {im_actor}: {im_screen}, {film}, {im_screen2}?|"
  "What was {im_actor}'s breakout role?|Who did {im_actor} play in {im_screen}?|Is {im_actor} still acting?|"
  "Name five movies starring {im_actor}.|What TV series was {im_actor} in?|Where is {im_actor} from?",
  mods="c", own_share=0.95)
F("politician_qa", "entities", "a politician's name|a political leader|a head of government",
  "say who the politician is and which party they belong to|summarise the politician's career",
  "", "",
  "Who is {im_politician}?|Is {im_politician} a Republican or a Democrat?|What party does {im_politician} belong to?|"
  "What is {im_politician} known for?|When was {im_politician} in office?|Tell me about {im_politician}.|"
  "What were the main policies of {im_politician}?|Which state does {im_politician} represent?|"
  "Is {im_politician} conservative or liberal?|What country did {im_politician} lead?|"
  "Who came before {im_politician}?|What is {im_politician}'s political background?|who is {im_politician}",
  mods="c", own_share=0.95)
F("difference_between_pair", "open_qa", "two related things|a pair of terms|two concepts that are often confused",
  "explain the difference between {im_pair}|compare {im_pair} and say when to use each",
  "Answer in a short paragraph.|Use a table if it helps.", "",
  "What is the difference between {im_pair}?|What's the difference between {im_pair}?|"
  "Explain the difference between {im_pair}.|How do {im_pair} differ?|Compare {im_pair}.|"
  "Can you use {im_pair} interchangeably?|When should I use each of {im_pair}?|"
  "What are the similarities and differences between {im_pair}?|difference between {im_pair}?|"
  "Is there a real difference between {im_pair}?|Which is better, and why: {im_pair}?|"
  "Explain {im_pair} to me like I'm a beginner, and tell me how they differ.",
  mods="c", own_share=0.95)
F("policy_debate_question", "open_qa", "a policy question|a political topic|a social issue",
  "discuss the arguments for and against {im_policy}|give a balanced view on {im_policy}",
  "Present both sides.|Stay neutral.", "",
  "Should governments introduce {im_policy}?|Is {im_policy} a good idea?|What are the arguments for {im_policy}?|"
  "What are the arguments against {im_policy}?|Why do some people oppose {im_policy}?|"
  "Would {im_policy} work in {country}?|What are the pros and cons of {im_policy}?|"
  "Should the US adopt {im_policy}?|Why is {im_policy} so controversial?|"
  "Give me a balanced summary of the debate about {im_policy}.|Is {im_policy} fair?|"
  "What would happen if {country} introduced {im_policy}?",
  mods="c", own_share=0.95)
F("tech_tool_qa", "code", "a technology|a software tool|a framework|a technical standard",
  "explain what the technology is and when to use it|summarise how the technology works",
  "Keep it brief.|Answer in a short paragraph.", "",
  "What is {im_tech}?|How does {im_tech} work?|When should I use {im_tech}?|"
  "Provide a brief summary of how {im_tech} works.|What is {im_tech} used for?|"
  "What is the difference between {im_tech} and {im_tech2}?|What are the advantages of {im_tech}?|"
  "Explain {im_tech} to a junior developer.|Is {im_tech} worth learning?|What problems does {im_tech} solve?|"
  "Give me an overview of {im_tech}.|what is {im_tech}|What are the drawbacks of {im_tech}?|In {im_tech}, how do transformations differ from actions?|What are the core concepts of {im_tech}?",
  mods="c", own_share=0.95)
F("health_wellness_qa", "entities", "a health topic|a supplement|a skincare ingredient|a common condition",
  "explain what it is, whether it works and any risks|give general, safe information about the topic",
  "", "Give general information and suggest seeing a doctor when appropriate.",
  "What is {im_health}?|Does {im_health} actually work?|Is {im_health} safe?|What are the side effects of {im_health}?|"
  "What are the benefits of {im_health}?|How do I treat {im_ailment}?|What causes {im_ailment}?|"
  "How can I prevent {im_ailment}?|When should I see a doctor about {im_ailment}?|What helps with {im_ailment}?|"
  "Should I take {im_health} every day?|What is the risk of using {im_health}?|"
  "What's the difference between {im_health} and {im_health2}?|Who should avoid {im_health}?|"
  "Is {im_health} good for you?|How long does {im_health} take to work?",
  mods="c", own_share=0.95)
F("history_event_year_qa", "entities", "a historical event|an event with a date",
  "explain what happened and why it matters|say when it happened and who was involved",
  "", "",
  "What happened in {im_yearevent}?|What happened at {im_yearevent}?|What caused {im_yearevent}?|"
  "Who was involved in {im_yearevent}?|Why was {im_yearevent} important?|Tell me about {im_yearevent}.|"
  "What were the consequences of {im_yearevent}?|When exactly was {im_yearevent}?|"
  "Explain {im_yearevent} in a few sentences.|How did {im_yearevent} change the world?|"
  "Who won {im_yearevent}?|What is the significance of {im_yearevent}?",
  mods="c", own_share=0.95)
F("fantasy_expert_roleplay", "roleplay", "a fictional role|a character in a fantasy or sci-fi world",
  "answer in character as {im_fantasy}|stay in the role of {im_fantasy} and answer the question",
  "Stay in character.", "",
  "You are {im_fantasy}. {Im_fantasyq}?|Imagine you are {im_fantasy}. {Im_fantasyq}?|"
  "You are {im_fantasy}. Describe the process of your work, and the risks involved.|"
  "Imagine being {im_fantasy}. A traveller wants to know: {im_fantasyq}?|"
  "Roleplay as {im_fantasy}. {Im_fantasyq}?|As {im_fantasy}, {im_fantasyq}?|"
  "Take on the persona of {im_fantasy} and explain {im_fantasyq}.|"
  "You are {im_fantasy}, and someone comes to you for advice about a difficult decision. What do you tell them?|"
  "Imagine you're {im_fantasy}. How would you explain your craft to a curious child?",
  mods="", own_share=0.95)
F("everyday_why", "open_qa", "a why question|an everyday phenomenon",
  "explain why {im_why}|give the scientific reason for the phenomenon",
  "Answer in a few sentences.", "",
  "Why do {im_why}?|Why does {im_why}?|What makes {im_why}?|Can you explain why {im_why}?|"
  "why do {im_why}|Explain to a child why {im_why}.|What is the reason {im_why}?|"
  "I've always wondered: why do {im_why}?",
  mods="c", own_share=1.0)
F("classify_entities_mixed", "classification", "a list of names|a mixed list of names|a list of titles",
  "say which category each name belongs to|sort the names into the two categories",
  "Answer with two lists.", "",
  "Tell me whether each of these is an athlete or an author: {im_athlete}, {im_author}, {im_athlete2}, {im_author2}.|"
  "Classify each of these as a band or a company: {im_band}, {im_company}, {im_band2}, {im_company2}.|"
  "Which of these are books and which are video games: {im_book}, {im_game}, {im_book2}, {im_game2}?|"
  "Identify which of these are cities and which are rivers or mountains: {im_town}, {im_nature}, {im_town2}, {im_nature2}.|"
  "Which of the following are universities and which are organisations: {im_university}, {im_org}, {im_university2}?|"
  "Sort these into actors and politicians: {im_actor}, {im_politician}, {im_actor2}, {im_politician2}.|"
  "Tell me which are films and which are novels: {im_screen}, {im_book}, {im_screen2}, {im_book2}.|"
  "Classify these as literary characters or video game characters: {im_character}, {im_animechar}, {im_character2}, {im_animechar2}.|"
  "Which of these are ski resorts and which are universities: {im_skiresort}, {im_university}, {im_skiresort2}?|"
  "Group these into food and drink: {im_food}, {im_food2}, {im_food3}, {im_food4}.|"
  "Which of these people were scientists: {im_hperson}, {im_hperson2}, {im_athlete}, {im_hperson3}?|"
  "Which of these teams play football and which play another sport: {im_team}, {im_team2}, {im_team3}?|"
  "Tell me which of these are dog breeds and which are cat breeds: {im_breed}, {im_breed2}, {im_breed3}.|Sort these players into forwards and defenders: {im_athlete}, {im_athlete2}, {im_athlete3}, {im_athlete4}.|For each player listed, say whether they play quarterback or wide receiver.|Classify each of the following as a pitcher or a batter.|Classify each of the following characters from {im_book} as good or evil.|Classify each of the following as a major or minor character in {im_screen}.|Which of these films star {im_actor} and which do not: {im_screen}, {im_screen2}, {im_screen3}, {im_screen4}?|Which of these are Greek gods and which are Norse gods: {im_myth}, {im_myth2}, {im_myth3}?|Which of these are novels by {im_author}: {im_book}, {im_book2}, {im_book3}?|Which of these is bigger than a car: {animal}, {im_nature}, {object}, {im_product}?",
  mods="", own_share=0.95)
F("reference_text_specific_qa", "extraction", "a reference text|a paragraph|a Wikipedia-style passage|a short article",
  "answer a specific question using the reference text|find the single fact the question asks for in the passage",
  "Answer with the fact only.|Answer in one sentence.", "",
  "Given the below reference text about {im_org}, for how many years was it active?|"
  "According to the paragraph, how fast can {im_product} go at most?|"
  "Given the paragraph summarizing the life of {im_hperson}, list the countries in which they lived.|"
  "Based on the reference text, who supported and who opposed {im_policy}?|"
  "From the passage, how many people live in {im_town}?|"
  "Given this text about {im_team}, in which year did they win their first championship?|"
  "Using the reference text, what is the elevation of {im_skiresort}?|"
  "Based on the paragraph, which university did {im_politician} attend?|"
  "According to the passage, how long is {im_nature}?|"
  "Given the reference text, who were the founders of {im_company} and where did they meet?|"
  "Given this passage about {im_actor}, what was their first film role?|"
  "Using the text provided, what awards did {im_book} win?|"
  "From the reference text, list the albums {im_band} released in the 1990s.|"
  "Given this paragraph about {im_yearevent}, how many people were affected?|"
  "Based on the provided information, when did {im_competition} first take place?|"
  "Given this passage about {im_game}, what platforms was it released on?|"
  "Read the paragraph about {im_athlete} and tell me which teams they played for.|"
  "Given the reference text about {im_university}, who was its first president?|"
  "Based on the text about {im_sciterm}, where in the cell is it found?|"
  "Given this paragraph about {im_food}, what are its main ingredients?|"
  "From the text about {im_holiday}, how long does the celebration last?|"
  "Extract why {im_athlete} was given their nickname, using the passage.|"
  "Extract the essential items for {im_idea} from the following article.",
  mods="", own_share=1.0)
F("scenario_roleplay_advice", "roleplay", "a role and a situation|a scenario",
  "stay in the role and respond to the situation|answer the visitor in character",
  "", "",
  "Imagine you are {im_fantasy}. {Im_scenario} What do you do?|"
  "You are {im_pretend}. {Im_scenario} How do you respond?|"
  "Imagine you are {im_fantasy}. {Im_scenario} Explain your plan step by step.|"
  "Take the role of {im_pretend}. {Im_scenario} What advice do you give?|"
  "You are {im_fantasy}. {Im_scenario}|"
  "Roleplay: you are {im_pretend}. {Im_scenario} Respond in character.|"
  "Take the role of a renowned {im_expert} and explain the difference between {im_pair}.|"
  "Pretend you have just landed on Earth from another planet and know nothing of people. Explain {im_idea2} based on your observations.|"
  "Imagine you are a famous {im_expert}. Explain {im_process} to a curious student.|As a well-known {im_expert}, you have a client who wants to {im_advice}. Suggest three steps they should take.|You are an expert in {im_genre}. Compare and contrast {im_genre2} and {im_genre3}.|You are a medieval knight in the middle of a battle. Advise your troops on how to respond to {im_dilemma}.|As a seasoned {im_expert}, explain to a client why {im_why}.",
  mods="", own_share=1.0)
F("reasons_and_lists", "open_qa", "a question asking for a list|a situation",
  "give a list of reasons or options|list the things the person should consider",
  "Give {n} items.|Use a bulleted list.", "",
  "What are {n} reasons why someone might {im_reason}?|Give me a list of things I should do when {im_situation}.|"
  "What things could someone do when {im_situation}?|List the things I need to think about when {im_situation}.|"
  "What are some reasons people {im_reason}?|Give me {n} reasons to {im_reason}.|"
  "Give me a list of what to consider when {im_situation}.|What should I pack when {im_situation}?|"
  "What are the most common mistakes people make when {im_situation}?|"
  "Give me a checklist for {im_situation}.|Why might someone choose to {im_reason}?",
  mods="c", own_share=0.95)
F("can_it_question", "open_qa", "a yes/no curiosity question|a practical question",
  "answer whether it is possible and explain|say yes or no and give the reason",
  "Start with yes or no.", "",
  "Can {im_can}?|Is it possible that {im_can}?|Can you tell me if {im_can}?|can {im_can}|"
  "Is it true that {im_can}?|I wonder: can {im_can}?",
  mods="c", own_share=1.0)
F("agency_responsibility_qa", "entities", "a government body|a public agency|an institution",
  "say which agency is responsible for the task|explain what the agency does",
  "", "",
  "Which US government agency is responsible for {im_duty}?|Who is responsible for {im_duty} in {country}?|"
  "Which organisation handles {im_duty}?|What government department deals with {im_duty}?|"
  "Who do I contact about {im_duty}?|Which agency oversees {im_duty}?|What does {im_org} do about {im_duty}?",
  mods="c", own_share=0.95)
F("tv_trivia_qa", "entities", "a TV show|a reality show|a film series",
  "answer the trivia question about the show|give the fact about the show's history",
  "", "",
  "When was the first episode of {im_screen} broadcast?|Which city did {im_screen} use as its filming location in season one?|"
  "Who wrote the TV series {im_screen}?|Who created {im_screen}?|Which network aired {im_screen}?|"
  "Who are some of the actors in {im_screen}?|Who was the host of {im_screen}?|"
  "How many seasons of {im_screen} were made?|Who composed the theme music for {im_screen}?|"
  "Which character in {im_screen} is the most popular?|What year did {im_screen} end?|"
  "What defines a soap opera? Give a few examples.|What defines a sitcom, with examples?|"
  "Who played the lead role in {im_screen}?",
  mods="c", own_share=0.95)
F("wildlife_where_qa", "entities", "an animal|a bird|a species name",
  "say where the species can be found|describe the habitat of the animal",
  "", "",
  "Where can you find the {im_wild}?|What is the {im_wild}?|Where does the {im_wild} live?|"
  "What does the {im_wild} eat?|Is the {im_wild} endangered?|Is the {im_wild} a bird, a fish or a mammal?|"
  "Tell me about the {im_wild}.|What is the {im_wild}'s scientific name?|How big is the {im_wild}?|"
  "Where is the {im_wild} native to?",
  mods="c", own_share=1.0)
F("named_figure_roleplay", "roleplay", "a named character to play|a figure from myth or literature",
  "answer as the named figure would|stay in character as the figure and give advice",
  "Stay in character.", "",
  "You are {im_myth}, and a mortal has asked for your advice about {im_dilemma}. What counsel do you give?|"
  "Imagine you are {im_myth}. Explain to a human why {im_dilemma} matters to the gods.|"
  "You are {im_character}. Explain, in your own voice, what you would do about {im_dilemma}.|"
  "Imagine you are {im_character}. Describe how you feel at the end of your story.|"
  "Take on the role of {im_hperson} and give a speech about {im_dilemma}.|"
  "You are {im_myth}. A traveller asks you: what is the secret of a good life?|"
  "Pretend you are {im_character} writing a letter to {im_character2}.|"
  "You are {im_hperson}. Someone from the 21st century asks you what you think of {im_product}. Respond in character.|"
  "Assume the role of {im_myth} and describe your greatest deed.|"
  "You are a matchmaker in {im_world}. Describe how you would help a client find their perfect match.|"
  "You are an investigator living in {im_world}. Explain how you go about tracking down a criminal.|"
  "You are a teacher in {im_world}. Explain a normal school day to a visitor.|"
  "As a historian whose whole career has been about {im_hevent2}, explain its significance to a student.",
  mods="", own_share=1.0)
F("civic_finance_term_qa", "entities", "a term from law, finance or government|a civic concept",
  "explain the term in plain language|say what the term means and why it matters",
  "Answer in a short paragraph.", "",
  "What is {im_civic}?|What is the {im_civic}?|Explain {im_civic} in simple terms.|How does {im_civic} work?|"
  "Why does {im_civic} matter?|What is the purpose of {im_civic}?|Who decides {im_civic}?|"
  "What's the difference between {im_civic} and {im_civic2}?|Give me an example of {im_civic}.|"
  "what is {im_civic}|Can you explain {im_civic} to a teenager?|What are some examples of {im_civic}?|Why are emotions important when dealing with {im_civic}?",
  mods="c", own_share=1.0)
F("genre_history_qa", "entities", "a music genre|an art form|a style|a cultural movement",
  "describe the history of the genre|explain the main features of the style and name key figures",
  "", "",
  "What is the history of {im_genre}?|Where did {im_genre} come from?|What is {im_genre}?|"
  "Who are the most important artists in {im_genre}?|How did {im_genre} develop?|"
  "What are the main features of {im_genre}?|Recommend some {im_genre} for a beginner.|"
  "How is {im_genre} different from {im_genre2}?|Tell me about {im_genre}.|When did {im_genre} become popular?",
  mods="c", own_share=1.0)
F("small_place_where", "entities", "a small town|a village|a local landmark",
  "say where the place is|describe the place in a few sentences",
  "", "",
  "Where is {im_village}?|Where is {im_village} located?|What country is {im_village} in?|"
  "What is {im_village} known for?|Tell me about {im_village}.|How big is {im_village}?|"
  "Is {im_village} worth a visit?|What is there to see in {im_village}?|where is {im_village}",
  mods="", own_share=1.0)
extend("best_of",
       "Think up a short list of the best {im_expert}s in history.|Who are the greatest {im_expert}s of all time?|"
       "Which is the best ski resort in {country}?|What is the best university in {country} for engineering?|"
       "What is the best book by {im_author}?|What is the best album by {im_band}?|"
       "Who is the best player in the history of {im_team}?|What is the best game in the {im_game} series?")
extend("who_is",
       "Who is {im_politician}?|Who started {im_company}?|Who was {im_hperson}?|Who is {im_actor}?|"
       "Who is {im_athlete}?|Who is {im_character}?|Who is {im_band}?|Who founded {im_org}?")
extend("classify_list",
       "Tell me whether each of these is a {im_classify}.|Classify each of the following as {im_classify}.|"
       "Which of these are {im_university}s or ski resorts: {im_university}, {im_skiresort}, {im_skiresort2}?|"
       "Identify which of these films star {im_actor}: {im_screen}, {im_screen2}, {im_screen3}.")
extend("brainstorm_list",
       "Give me ten ideas for {im_idea}.|Brainstorm some ideas for {im_idea}.|"
       "What things could a high school graduate do in a gap year?|What should I think about when {im_situation}?|List some ways to {im_advice}.")
extend("reference_text",
       "Given the reference text about {im_university}, when was it founded?|"
       "Given this paragraph about {im_athlete}, what records do they hold?|"
       "Based on the passage about {im_band}, who were the original members?|"
       "From the text about {im_skiresort}, how many runs does the resort have?")
SLOTS: dict[str, list[str]] = {}
SLOTS["im_character"] = [
    "Atticus Finch", "Holden Caulfield", "Jay Gatsby", "Elizabeth Bennet", "Mr. Darcy", "Ebenezer Scrooge",
    "Oliver Twist", "Miss Havisham", "Pip", "Jane Eyre", "Mr. Rochester", "Heathcliff", "Catherine Earnshaw",
    "Captain Ahab", "Ishmael", "Huckleberry Finn", "Tom Sawyer", "Scout Finch", "Boo Radley", "Hester Prynne",
    "Anna Karenina", "Raskolnikov", "Prince Myshkin", "Emma Bovary", "Jean Valjean", "Javert", "Quasimodo",
    "Don Quixote", "Sancho Panza", "Dorian Gray", "Sherlock Holmes", "Dr. Watson", "Professor Moriarty",
    "Hercule Poirot", "Miss Marple", "Frodo Baggins", "Samwise Gamgee", "Gandalf", "Aragorn", "Gollum", "Bilbo Baggins",
    "Legolas", "Galadriel", "Sauron", "Harry Potter", "Hermione Granger", "Ron Weasley", "Severus Snape",
    "Albus Dumbledore", "Lord Voldemort", "Draco Malfoy", "Rubeus Hagrid", "Luna Lovegood", "Neville Longbottom",
    "Katniss Everdeen", "Peeta Mellark", "Tyrion Lannister", "Daenerys Targaryen", "Jon Snow", "Arya Stark",
    "Cersei Lannister", "Ned Stark", "Bran Stark", "Sansa Stark", "Jaime Lannister", "Brienne of Tarth",
    "Paul Atreides", "Lady Jessica", "Duncan Idaho", "Winston Smith", "Big Brother", "Offred", "Lisbeth Salander",
    "Bigger Thomas", "Gregor Samsa", "Josef K.", "Meursault", "Holly Golightly", "Lolita", "Humbert Humbert",
    "Ignatius J. Reilly", "Yossarian", "Billy Pilgrim", "Randle McMurphy", "Nurse Ratched", "Ender Wiggin",
    "Arthur Dent", "Ford Prefect", "Zaphod Beeblebrox", "Marvin the Paranoid Android", "Bilbo", "Aslan",
    "Lucy Pevensie", "Edmund Pevensie", "the White Witch", "Alice", "the Cheshire Cat", "the Mad Hatter",
    "the Queen of Hearts", "Peter Pan", "Captain Hook", "Tinker Bell", "Wendy Darling", "Mowgli", "Baloo",
    "Shere Khan", "Pinocchio", "Dorothy Gale", "the Tin Man", "the Scarecrow", "Winnie-the-Pooh", "Eeyore",
    "Piglet", "Paddington Bear", "Matilda Wormwood", "Willy Wonka", "Charlie Bucket", "Roald Dahl's BFG",
    "Pippi Longstocking", "Anne Shirley", "Jo March", "Beth March", "Heidi", "Long John Silver", "Robinson Crusoe",
    "Lemuel Gulliver", "Victor Frankenstein", "Frankenstein's monster", "Count Dracula", "Dr. Jekyll",
    "Mr. Hyde", "Phileas Fogg", "Captain Nemo", "Edmond Dantès", "d'Artagnan", "Athos", "Cyrano de Bergerac",
    "Hamlet", "Ophelia", "Lady Macbeth", "Macbeth", "King Lear", "Othello", "Iago", "Romeo", "Juliet", "Falstaff",
    "Prospero", "Puck", "Shylock", "Beowulf", "Grendel", "Odysseus", "Penelope", "Achilles", "Hector", "Aeneas",
    "Gilgamesh", "Beatrice", "Dante's Virgil", "Bertie Wooster", "Jeeves", "James Bond", "Jack Reacher",
    "Harry Hole", "Kurt Wallander", "Inspector Maigret", "Philip Marlowe", "Sam Spade", "Nancy Drew",
    "the Hardy Boys", "Bridget Jones", "Stephen Dedalus", "Leopold Bloom", "Clarissa Dalloway", "Santiago",
    "Tom Joad", "Lennie Small", "George Milton", "Jack Torrance", "Carrie White", "Pennywise", "Hannibal Lecter",
    "Clarice Starling", "Ponyboy Curtis", "Charlie Gordon", "Algernon", "Roland Deschain", "Rand al'Thor",
    "Kvothe", "Geralt of Rivia", "Ciri", "Drizzt Do'Urden", "Elric of Melniboné", "Conan the Barbarian",
    "Tarzan", "Zorro", "Robin Hood", "Maid Marian", "King Arthur", "Merlin", "Lancelot", "Guinevere",
    "Mrs. Dalloway", "Amy Dunne", "Tom Ripley", "Patrick Bateman", "Esther Greenwood", "Celie", "Sethe",
    "Okonkwo", "Pi Patel", "Amir", "Hassan", "Liesel Meminger", "Bod Owens", "Coraline", "Lyra Belacqua",
    "Percy Jackson", "Annabeth Chase", "Greg Heffley", "Artemis Fowl", "Tris Prior", "Thomas from The Maze Runner",
]
SLOTS["im_book"] = [
    "Moby-Dick", "Middlemarch", "War and Peace", "Crime and Punishment", "The Brothers Karamazov", "Madame Bovary",
    "Les Misérables", "One Hundred Years of Solitude", "Love in the Time of Cholera", "The Catcher in the Rye",
    "Brave New World", "Fahrenheit 451", "The Handmaid's Tale", "Beloved", "Invisible Man", "Things Fall Apart",
    "The Kite Runner", "Life of Pi", "The Road", "Blood Meridian", "Slaughterhouse-Five", "Catch-22", "Ulysses",
    "Mrs Dalloway", "To the Lighthouse", "Wuthering Heights", "Jane Eyre", "Great Expectations", "Bleak House",
    "A Tale of Two Cities", "David Copperfield", "Emma", "Sense and Sensibility", "Persuasion", "Dracula",
    "Frankenstein", "The Picture of Dorian Gray", "Heart of Darkness", "Lord of the Flies", "Animal Farm",
    "The Old Man and the Sea", "For Whom the Bell Tolls", "The Grapes of Wrath", "Of Mice and Men", "East of Eden",
    "The Sound and the Fury", "Lolita", "The Bell Jar", "The Color Purple", "Dune", "Foundation", "Neuromancer",
    "The Left Hand of Darkness", "A Wizard of Earthsea", "The Hobbit", "The Lord of the Rings", "The Silmarillion",
    "The Name of the Wind", "A Game of Thrones", "The Way of Kings", "Mistborn", "The Wheel of Time",
    "American Gods", "Good Omens", "Coraline", "The Hitchhiker's Guide to the Galaxy", "Ender's Game",
    "The Martian", "Project Hail Mary", "The Three-Body Problem", "Snow Crash", "Hyperion",
    "Do Androids Dream of Electric Sheep?", "The War of the Worlds", "The Time Machine", "Twenty Thousand Leagues Under the Seas",
    "Around the World in Eighty Days", "The Count of Monte Cristo", "The Three Musketeers", "Don Quixote",
    "The Divine Comedy", "The Odyssey", "The Iliad", "The Aeneid", "Beowulf", "The Canterbury Tales",
    "Paradise Lost", "Gulliver's Travels", "Robinson Crusoe", "Treasure Island", "Kidnapped", "The Jungle Book",
    "Alice's Adventures in Wonderland", "The Wind in the Willows", "Charlotte's Web", "Matilda",
    "Charlie and the Chocolate Factory", "The Little Prince", "Anne of Green Gables", "Little Women",
    "The Secret Garden", "Black Beauty", "Watership Down", "The Giver", "Holes", "Wonder", "The Hunger Games",
    "Divergent", "Twilight", "The Da Vinci Code", "Gone Girl", "The Girl with the Dragon Tattoo", "Rebecca",
    "And Then There Were None", "Murder on the Orient Express", "The Hound of the Baskervilles",
    "The Big Sleep", "The Maltese Falcon", "In Cold Blood", "The Stranger", "The Trial", "The Metamorphosis",
    "Siddhartha", "Steppenwolf", "The Magic Mountain", "Doctor Zhivago", "The Master and Margarita",
    "Norwegian Wood", "Kafka on the Shore", "Never Let Me Go", "The Remains of the Day", "Atonement",
    "Wolf Hall", "The God of Small Things", "Midnight's Children", "White Teeth", "Americanah",
    "Half of a Yellow Sun", "The Book Thief", "All the Light We Cannot See", "Where the Crawdads Sing",
    "The Alchemist", "Sapiens", "Guns, Germs, and Steel", "A Brief History of Time", "The Selfish Gene",
    "Silent Spring", "The Origin of Species", "Thinking, Fast and Slow", "Atomic Habits", "The Art of War",
    "The Prince", "Meditations", "Walden", "The Republic", "On the Road", "Infinite Jest", "The Goldfinch",
    "The Shining", "It", "Carrie", "The Stand", "Pet Sematary", "Rendezvous with Rama", "Solaris", "Klara and the Sun",
]
SLOTS["im_author"] = [
    "Jane Austen", "Charles Dickens", "Leo Tolstoy", "Fyodor Dostoevsky", "Virginia Woolf", "James Joyce",
    "Franz Kafka", "Gabriel García Márquez", "Toni Morrison", "Ernest Hemingway", "F. Scott Fitzgerald",
    "William Faulkner", "John Steinbeck", "Mark Twain", "Herman Melville", "Emily Dickinson", "Walt Whitman",
    "Edgar Allan Poe", "Mary Shelley", "Bram Stoker", "Oscar Wilde", "George Orwell", "Aldous Huxley",
    "Ray Bradbury", "Isaac Asimov", "Arthur C. Clarke", "Ursula K. Le Guin", "Philip K. Dick", "Frank Herbert",
    "J.R.R. Tolkien", "C.S. Lewis", "J.K. Rowling", "George R.R. Martin", "Terry Pratchett", "Neil Gaiman",
    "Douglas Adams", "Stephen King", "Agatha Christie", "Arthur Conan Doyle", "Raymond Chandler", "Dashiell Hammett",
    "Haruki Murakami", "Kazuo Ishiguro", "Salman Rushdie", "Chinua Achebe", "Chimamanda Ngozi Adichie",
    "Margaret Atwood", "Alice Munro", "Jorge Luis Borges", "Isabel Allende", "Pablo Neruda", "Octavio Paz",
    "Albert Camus", "Jean-Paul Sartre", "Simone de Beauvoir", "Victor Hugo", "Alexandre Dumas", "Gustave Flaubert",
    "Marcel Proust", "Honoré de Balzac", "Émile Zola", "Jules Verne", "Thomas Mann", "Hermann Hesse",
    "Johann Wolfgang von Goethe", "Anton Chekhov", "Ivan Turgenev", "Mikhail Bulgakov", "Vladimir Nabokov",
    "Boris Pasternak", "Alexander Pushkin", "Dante Alighieri", "Giovanni Boccaccio", "Italo Calvino",
    "Umberto Eco", "Miguel de Cervantes", "William Shakespeare", "Geoffrey Chaucer", "John Milton",
    "Jonathan Swift", "Daniel Defoe", "Robert Louis Stevenson", "Rudyard Kipling", "Lewis Carroll",
    "Roald Dahl", "Beatrix Potter", "Astrid Lindgren", "Hans Christian Andersen", "the Brothers Grimm",
    "Maya Angelou", "James Baldwin", "Langston Hughes", "Zora Neale Hurston", "Ralph Ellison", "Cormac McCarthy",
    "Kurt Vonnegut", "Joseph Heller", "Sylvia Plath", "Harper Lee", "J.D. Salinger", "Jack Kerouac",
    "Thomas Pynchon", "Don DeLillo", "David Foster Wallace", "Zadie Smith", "Ian McEwan", "Hilary Mantel",
    "Arundhati Roy", "Rabindranath Tagore", "R.K. Narayan", "Yukio Mishima", "Yasunari Kawabata", "Lu Xun",
    "Mo Yan", "Orhan Pamuk", "Naguib Mahfouz", "Khaled Hosseini", "Elena Ferrante", "Karl Ove Knausgård",
    "Sally Rooney", "Brandon Sanderson", "Robert Jordan", "Patrick Rothfuss", "Suzanne Collins", "Rick Riordan",
    "Dr. Seuss", "Homer", "Virgil", "Ovid", "Sappho", "Confucius", "Rumi", "Hafez", "Omar Khayyam",
    "Seamus Heaney", "W.B. Yeats", "T.S. Eliot", "Robert Frost", "Sylvia Townsend Warner", "Anne Rice",
    "Octavia E. Butler", "N.K. Jemisin", "Liu Cixin", "Stanisław Lem", "Andy Weir", "Dan Brown",
]
SLOTS["im_animechar"] = [
    "Naruto Uzumaki", "Sasuke Uchiha", "Kakashi Hatake", "Itachi Uchiha", "Monkey D. Luffy", "Roronoa Zoro",
    "Nami", "Son Goku", "Vegeta", "Piccolo", "Ichigo Kurosaki", "Light Yagami", "L Lawliet", "Eren Yeager",
    "Mikasa Ackerman", "Levi Ackerman", "Edward Elric", "Alphonse Elric", "Spike Spiegel", "Shinji Ikari",
    "Rei Ayanami", "Asuka Langley", "Sailor Moon", "Usagi Tsukino", "Totoro", "Chihiro", "Howl",
    "Princess Mononoke", "Kiki", "Ash Ketchum", "Pikachu", "Charizard", "Mewtwo", "Gojo Satoru", "Yuji Itadori",
    "Tanjiro Kamado", "Nezuko Kamado", "Izuku Midoriya", "All Might", "Saitama", "Guts", "Lelouch Lamperouge",
    "Killua Zoldyck", "Gon Freecss", "Inuyasha", "Kenshin Himura", "Astro Boy", "Doraemon", "Anya Forger",
    "Mario", "Luigi", "Princess Peach", "Bowser", "Link", "Princess Zelda", "Ganondorf", "Samus Aran", "Kirby",
    "Donkey Kong", "Yoshi", "Sonic the Hedgehog", "Tails", "Knuckles", "Dr. Robotnik", "Pac-Man", "Mega Man",
    "Master Chief", "Cortana", "Kratos", "Lara Croft", "Nathan Drake", "Solid Snake", "Cloud Strife", "Sephiroth",
    "Aerith Gainsborough", "Tifa Lockhart", "Ryu", "Chun-Li", "Scorpion", "Sub-Zero", "Geralt", "Ezio Auditore",
    "Arthur Morgan", "John Marston", "Gordon Freeman", "GLaDOS", "Steve from Minecraft", "the Creeper",
    "Jill Valentine", "Leon S. Kennedy", "Joel Miller", "Ellie Williams", "Aloy", "Commander Shepard",
    "Dante from Devil May Cry", "Crash Bandicoot", "Spyro", "Ratchet", "Sora", "Jinx", "Tracer", "Doomguy",
    "Agent 47", "Max Payne", "Marcus Fenix", "Isaac Clarke", "Hollow Knight", "Madeline from Celeste",
    "Shovel Knight", "Rayman", "Professor Layton", "Phoenix Wright", "Jigglypuff", "Bulbasaur", "Eevee",
]
SLOTS["im_game"] = [
    "The Legend of Zelda: Breath of the Wild", "Super Mario Bros.", "Super Mario 64", "Minecraft", "Tetris",
    "Pac-Man", "Space Invaders", "Pong", "Doom", "Quake", "Half-Life", "Portal", "Portal 2", "Halo",
    "Call of Duty", "Fortnite", "Among Us", "League of Legends", "Dota 2", "Counter-Strike", "Overwatch",
    "World of Warcraft", "StarCraft", "Diablo", "The Elder Scrolls V: Skyrim", "Fallout 3", "The Witcher 3",
    "Cyberpunk 2077", "Red Dead Redemption 2", "Grand Theft Auto V", "The Last of Us", "God of War",
    "Uncharted", "Final Fantasy VII", "Chrono Trigger", "Dark Souls", "Elden Ring", "Bloodborne",
    "Sekiro", "Metal Gear Solid", "Resident Evil", "Silent Hill", "BioShock", "Mass Effect", "Dragon Age",
    "Baldur's Gate 3", "Civilization", "SimCity", "The Sims", "Stardew Valley", "Animal Crossing",
    "Pokémon Red and Blue", "Kirby's Dream Land", "Metroid", "Castlevania", "Street Fighter II", "Mortal Kombat",
    "Tekken", "Super Smash Bros.", "Mario Kart", "Gran Turismo", "FIFA", "Rocket League", "Hollow Knight",
    "Celeste", "Undertale", "Hades", "Terraria", "Cuphead", "Journey", "Shadow of the Colossus", "Ico",
    "Myst", "Age of Empires", "Command & Conquer", "Roller Coaster Tycoon", "Tomb Raider", "Crash Bandicoot",
    "Spyro the Dragon", "Sonic the Hedgehog", "Donkey Kong", "Galaga", "Asteroids", "Frogger", "Lemmings",
    "Angry Birds", "Candy Crush Saga", "Genshin Impact", "Roblox", "Apex Legends", "Valorant", "Destiny",
    "Assassin's Creed", "Far Cry", "Horizon Zero Dawn", "Ghost of Tsushima", "Death Stranding", "Kingdom Hearts",
]
SLOTS["im_anime"] = [
    "Naruto", "One Piece", "Dragon Ball Z", "Bleach", "Death Note", "Attack on Titan", "Fullmetal Alchemist",
    "Cowboy Bebop", "Neon Genesis Evangelion", "Sailor Moon", "My Neighbor Totoro", "Spirited Away",
    "Princess Mononoke", "Akira", "Ghost in the Shell", "Demon Slayer", "Jujutsu Kaisen", "My Hero Academia",
    "One-Punch Man", "Berserk", "Code Geass", "Hunter x Hunter", "Pokémon", "Yu-Gi-Oh!", "Digimon",
    "Steins;Gate", "Your Name", "Spy x Family", "Chainsaw Man", "Mob Psycho 100", "Haikyu!!",
    "Cowboy Bebop: The Movie", "Castle in the Sky", "Howl's Moving Castle", "Kiki's Delivery Service",
    "Grave of the Fireflies", "Doraemon", "Astro Boy", "Inuyasha", "Rurouni Kenshin", "Fruits Basket",
    "Vinland Saga", "Made in Abyss", "Sword Art Online", "Tokyo Ghoul", "Mobile Suit Gundam", "Macross",
    "Lupin III", "Detective Conan", "Slam Dunk", "Captain Tsubasa", "Frieren", "Violet Evergarden",
]
SLOTS["im_sciterm"] = [
    "ATP synthase", "glycolysis", "the Krebs cycle", "oxidative phosphorylation", "the electron transport chain",
    "a codon", "an anticodon", "messenger RNA", "transfer RNA", "a histone", "chromatin", "a telomere",
    "telomerase", "DNA polymerase", "RNA polymerase", "reverse transcriptase", "a restriction enzyme", "PCR",
    "gel electrophoresis", "a plasmid", "a bacteriophage", "a prion", "a retrovirus", "an operon", "an intron",
    "an exon", "alternative splicing", "a promoter region", "a transcription factor", "epigenetics",
    "DNA methylation", "apoptosis", "autophagy", "mitosis", "meiosis", "a centromere", "a kinase",
    "a phosphatase", "a G protein-coupled receptor", "a second messenger", "cyclic AMP", "insulin", "glucagon",
    "cortisol", "adrenaline", "serotonin", "dopamine", "acetylcholine", "GABA", "glutamate", "oxytocin",
    "melatonin", "hemoglobin", "myoglobin", "collagen", "keratin", "actin", "myosin", "tubulin", "a peptide bond",
    "a disulfide bond", "a hydrogen bond", "a van der Waals force", "an amino acid", "an essential amino acid",
    "a nucleotide", "a purine", "a pyrimidine", "a lipid bilayer", "a phospholipid", "cholesterol",
    "a triglyceride", "a saturated fat", "glycogen", "cellulose", "chitin", "starch", "a monosaccharide",
    "lactose intolerance", "an antibody", "an antigen", "a T cell", "a B cell", "a macrophage", "a cytokine",
    "the complement system", "an mRNA vaccine", "herd immunity", "an autoimmune disease", "an allele",
    "a dominant trait", "a recessive trait", "a genotype", "a phenotype", "a Punnett square", "genetic drift",
    "natural selection", "convergent evolution", "speciation", "a homologous structure", "endosymbiosis",
    "a chloroplast", "the Calvin cycle", "chlorophyll", "transpiration", "the xylem", "the phloem",
    "a stoma", "nitrogen fixation", "a keystone species", "a trophic level", "a food web", "biomagnification",
    "eutrophication", "a biome", "an ecological niche", "symbiosis", "mutualism", "parasitism",
    "the Golgi apparatus", "the endoplasmic reticulum", "a lysosome", "a peroxisome", "a vacuole",
    "a cell wall", "a flagellum", "a cilium", "a prokaryote", "a eukaryote", "an archaeon", "a stem cell",
    "a neuron", "a synapse", "an action potential", "myelin", "the blood-brain barrier", "the hippocampus",
    "the amygdala", "the cerebellum", "the pituitary gland", "the thyroid", "the pancreas", "the liver",
    "a nephron", "an alveolus", "a platelet", "a red blood cell", "plasma", "the lymphatic system",
    "an isotope", "a covalent bond", "an ionic bond", "electronegativity", "a mole", "Avogadro's number",
    "a buffer solution", "pH", "an acid", "a base", "an oxidation state", "a redox reaction",
    "an exothermic reaction", "activation energy", "a catalyst", "an enzyme inhibitor", "Michaelis-Menten kinetics",
    "a chiral molecule", "an enantiomer", "a polymer", "a hydrocarbon", "an alkane", "a benzene ring",
    "an ester", "a carboxylic acid", "a noble gas", "an alkali metal", "a half-life", "radioactive decay",
    "nuclear fission", "nuclear fusion", "a quark", "a hadron", "a lepton", "a boson", "a fermion", "a meson", "a gluon", "a positron", "antimatter", "a muon", "string theory", "the standard model", "a neutrino", "the Higgs boson", "a photon", "an electron",
    "quantum entanglement", "superposition", "the uncertainty principle", "wave-particle duality",
    "the photoelectric effect", "a black body", "special relativity", "time dilation", "general relativity",
    "gravitational waves", "a white dwarf", "a red giant", "a supernova", "a pulsar", "a quasar", "a nebula",
    "cosmic microwave background radiation", "redshift", "the Doppler effect", "a light-year", "an exoplanet",
    "the Kuiper belt", "the Oort cloud", "a magnetar", "Newton's third law", "momentum", "torque",
    "kinetic energy", "potential energy", "centripetal force", "friction", "inertia", "viscosity",
    "buoyancy", "Bernoulli's principle", "a semiconductor", "a superconductor", "Ohm's law", "capacitance",
    "electromagnetic induction", "a transistor", "a diode", "the greenhouse effect", "the ozone layer",
    "the water cycle", "the carbon cycle", "an igneous rock", "a sedimentary rock", "a metamorphic rock",
    "a fault line", "a subduction zone", "the Richter scale", "a stalactite", "an oxbow lake", "a fjord",
    "a moraine", "a delta", "an El Niño event", "a front in weather", "a cumulonimbus cloud",
]
SLOTS["im_skiresort"] = [
    "Zermatt", "Verbier", "St. Moritz", "Davos", "Klosters", "Saas-Fee", "Grindelwald", "Wengen", "Mürren",
    "Engelberg", "Laax", "Andermatt", "Crans-Montana", "Chamonix", "Val d'Isère", "Tignes", "Courchevel",
    "Méribel", "Val Thorens", "Les Arcs", "La Plagne", "Alpe d'Huez", "Les Deux Alpes", "Avoriaz", "Morzine",
    "La Grave", "Megève", "Serre Chevalier", "St. Anton am Arlberg", "Lech", "Zürs", "Ischgl", "Kitzbühel",
    "Sölden", "Mayrhofen", "Saalbach", "Obergurgl", "Bad Gastein", "Schladming", "Cortina d'Ampezzo",
    "Val Gardena", "Alta Badia", "Madonna di Campiglio", "Livigno", "Cervinia", "Courmayeur", "Sestriere",
    "Garmisch-Partenkirchen", "Oberstdorf", "Åre", "Hemsedal", "Trysil", "Levi", "Ruka", "Niseko", "Hakuba",
    "Furano", "Nozawa Onsen", "Myoko Kogen", "Yongpyong", "Whistler Blackcomb", "Banff Sunshine", "Lake Louise",
    "Revelstoke", "Fernie", "Mont Tremblant", "Big White", "Sun Peaks", "Aspen Snowmass", "Vail", "Breckenridge",
    "Telluride", "Steamboat", "Keystone", "Copper Mountain", "Winter Park", "Arapahoe Basin", "Crested Butte",
    "Park City", "Deer Valley", "Alta", "Snowbird", "Jackson Hole", "Big Sky", "Sun Valley", "Mammoth Mountain",
    "Palisades Tahoe", "Heavenly", "Kirkwood", "Stowe", "Killington", "Sugarbush", "Jay Peak", "Taos Ski Valley",
    "Mount Bachelor", "Crystal Mountain", "Alyeska", "Portillo", "Valle Nevado", "Cerro Catedral", "Las Leñas",
    "Thredbo", "Perisher", "Falls Creek", "Mount Hotham", "Queenstown's Coronet Peak", "The Remarkables",
    "Cardrona", "Treble Cone", "Mount Hutt", "Gudauri", "Bansko", "Jasná", "Zakopane", "Poiana Brașov",
    "Sierra Nevada ski resort", "Baqueira-Beret", "Grandvalira", "Gulmarg", "Krasnaya Polyana", "Glenshee", "Cairngorm Mountain",
]
SLOTS["im_university"] = [
    "Harvard University", "Stanford University", "MIT", "Yale University", "Princeton University",
    "Columbia University", "the University of Chicago", "the University of Pennsylvania", "Cornell University",
    "Brown University", "Dartmouth College", "Duke University", "Johns Hopkins University", "Caltech",
    "Northwestern University", "Rice University", "Vanderbilt University", "Georgetown University",
    "the University of Michigan", "UC Berkeley", "UCLA", "UC San Diego", "the University of Washington",
    "the University of Texas at Austin", "Georgia Tech", "Carnegie Mellon University", "Purdue University",
    "the University of Wisconsin-Madison", "the University of Illinois Urbana-Champaign", "Ohio State University",
    "Penn State", "the University of Virginia", "the University of North Carolina at Chapel Hill",
    "Boston University", "Tufts University", "New York University", "the University of Notre Dame",
    "Emory University", "Williams College", "Amherst College", "Swarthmore College", "Wellesley College",
    "Bryn Mawr College", "Reed College", "Oberlin College", "Gallaudet University", "Howard University",
    "Spelman College", "Morehouse College", "the University of Oxford", "the University of Cambridge",
    "Imperial College London", "University College London", "the London School of Economics", "King's College London",
    "the University of Edinburgh", "the University of St Andrews", "the University of Glasgow",
    "the University of Manchester", "the University of Bristol", "Durham University", "the University of Warwick",
    "Trinity College Dublin", "ETH Zurich", "EPFL", "the Sorbonne", "Sciences Po", "École Polytechnique",
    "Heidelberg University", "LMU Munich", "the Technical University of Munich", "Humboldt University of Berlin",
    "the University of Bologna", "the University of Salamanca", "the University of Coimbra", "KU Leuven",
    "the University of Amsterdam", "Leiden University", "Delft University of Technology", "Uppsala University",
    "Lund University", "the Karolinska Institute", "the University of Copenhagen", "the University of Helsinki",
    "Charles University", "Jagiellonian University", "Moscow State University", "the University of Tokyo",
    "Kyoto University", "Seoul National University", "KAIST", "Tsinghua University", "Peking University",
    "Fudan University", "the University of Hong Kong", "the National University of Singapore",
    "Nanyang Technological University", "IIT Bombay", "IIT Delhi", "the Indian Institute of Science",
    "the University of Melbourne", "the University of Sydney", "the Australian National University",
    "the University of Auckland", "the University of Toronto", "McGill University", "the University of British Columbia",
    "the University of Waterloo", "the University of Cape Town", "the University of Buenos Aires",
    "the University of São Paulo", "UNAM", "the American University in Cairo", "Al-Azhar University",
    "the University of al-Qarawiyyin", "the Hebrew University of Jerusalem", "the Technion",
]
SLOTS["im_athlete"] = [
    "Michael Jordan", "LeBron James", "Kobe Bryant", "Stephen Curry", "Magic Johnson", "Larry Bird",
    "Kareem Abdul-Jabbar", "Shaquille O'Neal", "Tim Duncan", "Kevin Durant", "Giannis Antetokounmpo",
    "Nikola Jokić", "Dirk Nowitzki", "Wilt Chamberlain", "Bill Russell", "Lionel Messi", "Cristiano Ronaldo",
    "Pelé", "Diego Maradona", "Johan Cruyff", "Zinedine Zidane", "Ronaldinho", "Thierry Henry", "Kylian Mbappé",
    "Erling Haaland", "Mohamed Salah", "Zlatan Ibrahimović", "Franz Beckenbauer", "Paolo Maldini",
    "Megan Rapinoe", "Marta", "Mia Hamm", "Tom Brady", "Peyton Manning", "Patrick Mahomes", "Jerry Rice",
    "Joe Montana", "Walter Payton", "Jim Brown", "Babe Ruth", "Jackie Robinson", "Hank Aaron", "Derek Jeter",
    "Shohei Ohtani", "Mike Trout", "Willie Mays", "Wayne Gretzky", "Mario Lemieux", "Sidney Crosby",
    "Alexander Ovechkin", "Connor McDavid", "Bobby Orr", "Roger Federer", "Rafael Nadal", "Novak Djokovic",
    "Serena Williams", "Venus Williams", "Steffi Graf", "Martina Navratilova", "Billie Jean King", "Andre Agassi",
    "Pete Sampras", "Björn Borg", "Carlos Alcaraz", "Naomi Osaka", "Tiger Woods", "Jack Nicklaus",
    "Arnold Palmer", "Rory McIlroy", "Annika Sörenstam", "Usain Bolt", "Carl Lewis", "Jesse Owens",
    "Florence Griffith-Joyner", "Eliud Kipchoge", "Haile Gebrselassie", "Mo Farah", "Allyson Felix",
    "Michael Phelps", "Katie Ledecky", "Mark Spitz", "Ian Thorpe", "Simone Biles", "Nadia Comăneci",
    "Muhammad Ali", "Mike Tyson", "Floyd Mayweather", "Manny Pacquiao", "Sugar Ray Leonard", "Joe Louis",
    "Ayrton Senna", "Michael Schumacher", "Lewis Hamilton", "Max Verstappen", "Niki Lauda", "Juan Manuel Fangio",
    "Valentino Rossi", "Sebastian Vettel", "Fernando Alonso", "Eddy Merckx", "Lance Armstrong", "Chris Froome",
    "Tadej Pogačar", "Sachin Tendulkar", "Virat Kohli", "Don Bradman", "Shane Warne", "Brian Lara",
    "MS Dhoni", "Jonah Lomu", "Richie McCaw", "Dan Carter", "Jonny Wilkinson", "Lindsey Vonn", "Mikaela Shiffrin",
    "Ingemar Stenmark", "Marcel Hirscher", "Shaun White", "Tony Hawk", "Kelly Slater", "Magnus Carlsen",
    "Garry Kasparov", "Bobby Fischer", "Judit Polgár", "Wayne Rooney", "David Beckham", "Steven Gerrard",
    "Alan Shearer", "Harry Kane", "Gareth Bale", "Luka Modrić", "Andrés Iniesta", "Xavi Hernández",
    "Sergio Ramos", "Gianluigi Buffon", "Iker Casillas", "Manuel Neuer", "Robert Lewandowski", "Karim Benzema",
    "Kevin De Bruyne", "Nneka Ogwumike", "Diana Taurasi", "Caitlin Clark", "Sue Bird", "Lisa Leslie",
]
SLOTS["im_band"] = [
    "The Velvet Underground", "The Kinks", "The Clash", "The Smiths", "Joy Division", "New Order", "The Cure",
    "Depeche Mode", "Talking Heads", "R.E.M.", "Pixies", "Sonic Youth", "The Stooges", "Ramones", "Sex Pistols",
    "Black Sabbath", "Deep Purple", "Judas Priest", "Motörhead", "Slayer", "Megadeth", "Pantera", "Tool",
    "Rage Against the Machine", "Red Hot Chili Peppers", "Pearl Jam", "Soundgarden", "Alice in Chains",
    "Foo Fighters", "Green Day", "Blink-182", "The Offspring", "Weezer", "The Strokes", "The White Stripes",
    "The Black Keys", "Kings of Leon", "Arcade Fire", "Vampire Weekend", "The National", "Bon Iver",
    "Fleet Foxes", "Tame Impala", "MGMT", "LCD Soundsystem", "Gorillaz", "Blur", "Pulp", "Suede",
    "Muse", "Franz Ferdinand", "Kasabian", "The Libertines", "The Stone Roses", "Happy Mondays",
    "Massive Attack", "Portishead", "The Prodigy", "The Chemical Brothers", "Aphex Twin", "Boards of Canada",
    "Sigur Rós", "Mogwai", "Godspeed You! Black Emperor", "Radiohead", "Genesis", "Yes", "King Crimson",
    "Rush", "Jethro Tull", "Emerson, Lake & Palmer", "The Doors", "The Grateful Dead", "Jefferson Airplane",
    "The Byrds", "The Beach Boys", "Simon & Garfunkel", "Crosby, Stills, Nash & Young", "The Eagles",
    "Creedence Clearwater Revival", "Lynyrd Skynyrd", "ZZ Top", "Van Halen", "Guns N' Roses", "Bon Jovi",
    "Def Leppard", "Aerosmith", "Kiss", "Journey", "Toto", "Boston", "Chicago", "Earth, Wind & Fire",
    "Parliament-Funkadelic", "Sly and the Family Stone", "The Supremes", "The Temptations", "The Jackson 5",
    "Run-DMC", "Public Enemy", "N.W.A", "Wu-Tang Clan", "A Tribe Called Quest", "OutKast", "Beastie Boys",
    "The Roots", "Fugees", "Destiny's Child", "TLC", "Spice Girls", "Backstreet Boys", "NSYNC", "Take That",
    "One Direction", "Blackpink", "Twice", "EXO", "Girls' Generation", "Westlife", "Boyzone", "The Corrs",
    "Cranberries", "Snow Patrol", "Keane", "Travis", "Elbow", "Florence + the Machine", "Imagine Dragons",
    "Twenty One Pilots", "Paramore", "My Chemical Romance", "Fall Out Boy", "Linkin Park", "Evanescence",
    "System of a Down", "Slipknot", "Korn", "Nine Inch Nails", "Rammstein", "Scorpions", "Nightwish",
    "Ghost", "Opeth", "Dream Theater", "Porcupine Tree", "Mumford & Sons", "The Lumineers", "Khruangbin",
    "Buena Vista Social Club", "Gipsy Kings", "Tinariwen", "Ladysmith Black Mambazo", "Los Lobos",
    "Joni Mitchell", "Leonard Cohen", "Neil Young", "Tom Waits", "Nick Cave", "Patti Smith", "Lou Reed",
    "Kate Bush", "PJ Harvey", "Frank Zappa", "Captain Beefheart", "Jimi Hendrix", "Janis Joplin",
    "Jeff Buckley", "Elliott Smith", "Sufjan Stevens", "Phoebe Bridgers", "Lana Del Rey", "Lorde",
    "Frank Ocean", "SZA", "Tyler, the Creator", "Kanye West", "Jay-Z", "Eminem", "Nas", "Tupac Shakur",
    "The Notorious B.I.G.", "Snoop Dogg", "Dr. Dre", "Missy Elliott", "Lauryn Hill", "Erykah Badu",
    "Amy Winehouse", "Sade", "Marvin Gaye", "Otis Redding", "James Brown", "Ray Charles", "Chuck Berry",
    "Little Richard", "Buddy Holly", "John Coltrane", "Charlie Parker", "Thelonious Monk", "Duke Ellington",
    "Billie Holiday", "Dizzy Gillespie", "Herbie Hancock", "Chet Baker", "Django Reinhardt",
]
SLOTS["im_hperson"] = [
    "Hammurabi", "Ramesses II", "Hatshepsut", "Akhenaten", "Nefertiti", "Tutankhamun", "Cyrus the Great",
    "Darius I", "Xerxes I", "Pericles", "Leonidas", "Socrates", "Plato", "Aristotle", "Archimedes", "Euclid",
    "Pythagoras", "Hippocrates", "Herodotus", "Thucydides", "Hannibal Barca", "Scipio Africanus", "Spartacus",
    "Augustus", "Marcus Aurelius", "Nero", "Hadrian", "Constantine the Great", "Justinian I", "Theodora",
    "Attila the Hun", "Boudica", "Charlemagne", "Alfred the Great", "William the Conqueror", "Eleanor of Aquitaine",
    "Richard the Lionheart", "Saladin", "Kublai Khan", "Marco Polo", "Ibn Battuta", "Mansa Musa", "Tamerlane",
    "Joan of Arc", "Johannes Gutenberg", "Christopher Columbus", "Vasco da Gama", "Ferdinand Magellan",
    "Hernán Cortés", "Moctezuma II", "Atahualpa", "Francisco Pizarro", "Leonardo da Vinci", "Michelangelo",
    "Raphael", "Niccolò Machiavelli", "Lorenzo de' Medici", "Martin Luther", "John Calvin", "Henry VIII",
    "Anne Boleyn", "Elizabeth I", "Mary, Queen of Scots", "Suleiman the Magnificent", "Akbar the Great",
    "Shah Jahan", "Tokugawa Ieyasu", "Oda Nobunaga", "Toyotomi Hideyoshi", "Galileo Galilei", "Johannes Kepler",
    "Nicolaus Copernicus", "Tycho Brahe", "René Descartes", "Blaise Pascal", "Isaac Newton", "Gottfried Leibniz",
    "Peter the Great", "Catherine the Great", "Louis XIV", "Marie Antoinette", "Maximilien Robespierre",
    "Napoleon Bonaparte", "the Duke of Wellington", "Horatio Nelson", "George Washington", "Thomas Jefferson",
    "Benjamin Franklin", "Alexander Hamilton", "John Adams", "Simón Bolívar", "José de San Martín",
    "Toussaint Louverture", "Queen Victoria", "Otto von Bismarck", "Giuseppe Garibaldi", "Abraham Lincoln",
    "Frederick Douglass", "Harriet Tubman", "Sojourner Truth", "Ulysses S. Grant", "Robert E. Lee",
    "Florence Nightingale", "Mary Seacole", "Charles Darwin", "Gregor Mendel", "Louis Pasteur", "Michael Faraday",
    "James Clerk Maxwell", "Nikola Tesla", "Thomas Edison", "Alexander Graham Bell", "Karl Marx",
    "Emmeline Pankhurst", "Susan B. Anthony", "Theodore Roosevelt", "Woodrow Wilson", "Vladimir Lenin",
    "Leon Trotsky", "Joseph Stalin", "Winston Churchill", "Franklin D. Roosevelt", "Eleanor Roosevelt",
    "Mahatma Gandhi", "Jawaharlal Nehru", "Muhammad Ali Jinnah", "Mustafa Kemal Atatürk", "Sun Yat-sen",
    "Mao Zedong", "Zhou Enlai", "Ho Chi Minh", "Emperor Hirohito", "Charles de Gaulle", "Dwight D. Eisenhower",
    "Harry S. Truman", "John F. Kennedy", "Martin Luther King Jr.", "Malcolm X", "Rosa Parks", "Nelson Mandela",
    "Desmond Tutu", "Kwame Nkrumah", "Jomo Kenyatta", "Patrice Lumumba", "Haile Selassie", "Gamal Abdel Nasser",
    "Golda Meir", "Indira Gandhi", "Margaret Thatcher", "Mikhail Gorbachev", "Ronald Reagan", "Deng Xiaoping",
    "Fidel Castro", "Che Guevara", "Eva Perón", "Lech Wałęsa", "Václav Havel", "Ada Lovelace", "Alan Turing",
    "Grace Hopper", "Rosalind Franklin", "Lise Meitner", "Emmy Noether", "Srinivasa Ramanujan", "Carl Friedrich Gauss",
    "Leonhard Euler", "Ibn Sina", "Al-Khwarizmi", "Zheng He", "Qin Shi Huang", "Wu Zetian", "Sejong the Great",
    "Shaka Zulu", "Genghis Khan", "Vlad the Impaler", "Ivan the Terrible", "Rasputin", "Amelia Earhart",
    "the Wright brothers", "Neil Armstrong", "Yuri Gagarin", "Valentina Tereshkova", "Ernest Shackleton",
    "Roald Amundsen", "Edmund Hillary", "Tenzing Norgay", "Sacagawea", "Pocahontas", "Sitting Bull", "Geronimo",
]
SLOTS["im_town"] = [
    "Bruges", "Ghent", "Antwerp", "Rotterdam", "Utrecht", "Maastricht", "Salzburg", "Innsbruck", "Graz",
    "Heidelberg", "Freiburg", "Dresden", "Leipzig", "Nuremberg", "Hamburg", "Cologne", "Bremen", "Lübeck",
    "Strasbourg", "Lyon", "Bordeaux", "Marseille", "Nice", "Avignon", "Carcassonne", "Annecy", "Colmar",
    "Porto", "Lisbon", "Sintra", "Seville", "Granada", "Córdoba", "Toledo", "Bilbao", "San Sebastián",
    "Valencia", "Salamanca", "Florence", "Venice", "Siena", "Bologna", "Naples", "Palermo", "Verona", "Turin",
    "Genoa", "Matera", "Dubrovnik", "Split", "Ljubljana", "Bled", "Kraków", "Gdańsk", "Wrocław", "Prague",
    "Český Krumlov", "Budapest", "Bratislava", "Vienna", "Tallinn", "Riga", "Vilnius", "Helsinki", "Bergen",
    "Tromsø", "Reykjavík", "Gothenburg", "Aarhus", "Edinburgh", "Glasgow", "Inverness", "Cardiff", "Bath",
    "York", "Oxford", "Cambridge", "Brighton", "Liverpool", "Manchester", "Belfast", "Galway", "Cork",
    "Thessaloniki", "Santorini", "Mykonos", "Crete", "Istanbul", "Cappadocia", "Antalya", "Tbilisi", "Yerevan",
    "Baku", "Samarkand", "Bukhara", "Almaty", "Ulaanbaatar", "Kyoto", "Osaka", "Nara", "Sapporo", "Hiroshima",
    "Busan", "Taipei", "Hong Kong", "Macau", "Shanghai", "Chengdu", "Xi'an", "Guilin", "Lhasa", "Kathmandu",
    "Pokhara", "Jaipur", "Udaipur", "Varanasi", "Goa", "Kerala", "Mumbai", "Kolkata", "Colombo", "Kandy",
    "Hanoi", "Ho Chi Minh City", "Hoi An", "Luang Prabang", "Siem Reap", "Chiang Mai", "Phuket", "Bali",
    "Yogyakarta", "Penang", "Kuala Lumpur", "Singapore", "Manila", "Cebu", "Perth", "Adelaide", "Hobart",
    "Brisbane", "Cairns", "Queenstown", "Wellington", "Christchurch", "Rotorua", "Fiji", "Tahiti",
    "Marrakesh", "Fez", "Chefchaouen", "Tunis", "Cairo", "Luxor", "Aswan", "Zanzibar", "Nairobi", "Mombasa",
    "Kigali", "Addis Ababa", "Lagos", "Accra", "Dakar", "Windhoek", "Cape Town", "Durban", "Victoria Falls",
    "Madagascar", "Mauritius", "the Seychelles", "Dubai", "Abu Dhabi", "Muscat", "Doha", "Petra", "Amman",
    "Jerusalem", "Tel Aviv", "Beirut", "Quebec City", "Montreal", "Vancouver", "Halifax", "Calgary", "Boston",
    "Chicago", "New Orleans", "Nashville", "Austin", "Seattle", "Portland", "San Francisco", "Santa Fe",
    "Savannah", "Charleston", "Miami", "Key West", "Honolulu", "Anchorage", "Denver", "Salt Lake City",
    "Oaxaca", "Mexico City", "Guadalajara", "Tulum", "Havana", "Cartagena", "Medellín", "Bogotá", "Quito",
    "Cusco", "Lima", "La Paz", "Valparaíso", "Santiago", "Mendoza", "Buenos Aires", "Montevideo",
    "Rio de Janeiro", "Salvador", "Manaus", "Patagonia", "Tierra del Fuego", "the Galápagos Islands",
    "Lake Bled", "the Amalfi Coast", "Cinque Terre", "the Cotswolds", "the Scottish Highlands", "Provence",
    "Tuscany", "the Algarve", "the Black Forest", "Transylvania", "the Faroe Islands", "Svalbard", "Lapland",
    "Tasmania", "Yosemite", "Yellowstone", "Banff", "Zion National Park", "Monument Valley", "Big Sur",
]
SLOTS["im_nature"] = [
    "the Amazon River", "the Nile", "the Mississippi River", "the Yangtze", "the Mekong", "the Danube",
    "the Rhine", "the Volga", "the Ganges", "the Congo River", "the Zambezi", "the Colorado River",
    "the Thames", "the Seine", "the Loire", "the Rhône", "the Tigris", "the Euphrates", "the Indus",
    "the Murray River", "the St. Lawrence River", "the Yukon River", "Lake Baikal", "Lake Victoria",
    "Lake Titicaca", "Lake Superior", "Lake Tahoe", "Loch Ness", "Lake Geneva", "Lake Como", "the Dead Sea",
    "the Caspian Sea", "the Aral Sea", "the Great Salt Lake", "Crater Lake", "Mount Everest", "K2",
    "Kangchenjunga", "Mont Blanc", "the Matterhorn", "the Eiger", "Mount Kilimanjaro", "Mount Kenya",
    "Denali", "Aconcagua", "Mount Elbrus", "Mount Fuji", "Mount Olympus", "Mount Etna", "Vesuvius",
    "Mount St. Helens", "Mauna Kea", "Kīlauea", "Mount Rainier", "Ben Nevis", "Snowdon", "Table Mountain",
    "Uluru", "the Andes", "the Himalayas", "the Alps", "the Pyrenees", "the Rocky Mountains",
    "the Appalachian Mountains", "the Carpathians", "the Urals", "the Atlas Mountains", "the Dolomites",
    "the Sahara", "the Gobi Desert", "the Atacama Desert", "the Kalahari", "the Namib Desert",
    "Death Valley", "the Mojave Desert", "the Great Barrier Reef", "the Grand Canyon", "Niagara Falls",
    "Angel Falls", "Iguazu Falls", "Victoria Falls", "the Amazon rainforest", "the Serengeti",
    "the Okavango Delta", "the Everglades", "the Great Rift Valley", "Ha Long Bay", "the Cliffs of Moher",
    "the Giant's Causeway", "the White Cliffs of Dover", "the Mariana Trench", "the Bering Strait",
    "the Strait of Gibraltar", "the Bosporus", "the Panama Canal", "the Suez Canal", "the English Channel",
    "the Mediterranean Sea", "the Baltic Sea", "the Black Sea", "the Red Sea", "the Sargasso Sea",
    "the Arctic Ocean", "the Southern Ocean", "Greenland", "Iceland", "Madagascar", "Borneo", "Sumatra",
    "Tasmania", "Sicily", "Sardinia", "Corsica", "Crete", "Cyprus", "the Isle of Skye", "Hawaii",
    "the Canary Islands", "the Azores", "the Maldives", "Antarctica", "the Yucatán Peninsula",
    "the Iberian Peninsula", "the Scandinavian Peninsula", "the Balkan Peninsula", "the Tibetan Plateau",
    "the Pampas", "the Outback", "the Siberian taiga", "the Black Forest", "the Lake District",
    "the Scottish Highlands", "the Peak District", "Mammoth Cave", "the Blue Grotto", "Carlsbad Caverns",
]
SLOTS["im_company"] = [
    "Nvidia", "Intel", "AMD", "Qualcomm", "Arm Holdings", "TSMC", "ASML", "Samsung", "Sony", "Panasonic",
    "Toshiba", "Hitachi", "Nintendo", "Sega", "Bandai Namco", "Square Enix", "Ubisoft", "Electronic Arts",
    "Activision Blizzard", "Valve", "Epic Games", "Riot Games", "Rovio", "Spotify", "SoundCloud", "Shazam",
    "Airbnb", "Uber", "Lyft", "DoorDash", "Instacart", "Stripe", "PayPal", "Square", "Klarna", "Revolut",
    "Robinhood", "Coinbase", "Shopify", "Etsy", "eBay", "Alibaba", "Tencent", "Baidu", "ByteDance", "Xiaomi",
    "Huawei", "Lenovo", "BYD", "Foxconn", "Infosys", "Tata Group", "Reliance Industries", "Mahindra",
    "Salesforce", "Oracle", "SAP", "IBM", "Cisco", "Dell", "HP", "Adobe", "Atlassian", "Slack", "Zoom",
    "Dropbox", "Databricks", "Snowflake", "Palantir", "OpenAI", "Anthropic", "DeepMind", "Hugging Face",
    "GitHub", "GitLab", "Red Hat", "Canonical", "Mozilla", "Wikipedia", "Reddit", "Pinterest", "LinkedIn",
    "Twitter", "Snapchat", "Discord", "Twitch", "Duolingo", "Canva", "Figma", "Notion", "Peloton", "Fitbit",
    "GoPro", "Garmin", "Bose", "Sonos", "Dyson", "Philips", "Siemens", "Bosch", "Miele", "Electrolux",
    "IKEA", "H&M", "Zara", "Uniqlo", "Patagonia", "The North Face", "Levi Strauss", "Gap", "Nike", "Adidas",
    "Puma", "Under Armour", "Lululemon", "Hermès", "Louis Vuitton", "Chanel", "Gucci", "Prada", "Rolex",
    "Swatch", "LEGO", "Mattel", "Hasbro", "Disney", "Pixar", "Warner Bros.", "Universal Pictures",
    "Paramount", "HBO", "BBC", "Coca-Cola", "PepsiCo", "Nestlé", "Unilever", "Procter & Gamble", "Danone",
    "Kellogg's", "Heinz", "Mars", "Ferrero", "Cadbury", "Hershey's", "Starbucks", "McDonald's", "KFC",
    "Burger King", "Subway", "Domino's", "In-N-Out Burger", "Chipotle", "Costco", "Walmart", "Target",
    "Aldi", "Lidl", "Tesco", "Carrefour", "Toyota", "Honda", "Nissan", "Mazda", "Subaru", "Hyundai", "Kia",
    "Volkswagen", "BMW", "Mercedes-Benz", "Audi", "Porsche", "Ferrari", "Lamborghini", "Volvo", "Ford",
    "General Motors", "Rivian", "Boeing", "Airbus", "Embraer", "SpaceX", "Blue Origin", "Rolls-Royce",
    "Lockheed Martin", "Maersk", "FedEx", "UPS", "DHL", "Delta Air Lines", "Lufthansa", "Emirates",
    "Ryanair", "Southwest Airlines", "Qantas", "Pfizer", "Moderna", "Johnson & Johnson", "Novartis",
    "Roche", "AstraZeneca", "Novo Nordisk", "Bayer", "BASF", "3M", "General Electric", "Caterpillar",
    "John Deere", "ExxonMobil", "Shell", "BP", "Saudi Aramco", "Goldman Sachs", "JPMorgan Chase",
    "Berkshire Hathaway", "BlackRock", "Visa", "Mastercard", "American Express", "Vanguard", "Fidelity",
    "Deloitte", "McKinsey & Company", "Accenture", "KPMG", "Hilton", "Marriott", "Booking.com", "Expedia",
    "Tripadvisor", "Yelp", "Zillow", "WeWork", "Theranos", "Enron", "Nokia", "BlackBerry", "Kodak",
    "Polaroid", "Blockbuster", "Atari", "Commodore", "Xerox", "Bell Labs", "Sun Microsystems", "Yahoo",
]
SLOTS["im_product"] = [
    "the iPhone", "the iPad", "the Apple Watch", "AirPods", "the MacBook Air", "the iPod", "the Walkman",
    "the PlayStation 5", "the PlayStation 2", "the Xbox 360", "the Nintendo Switch", "the Game Boy",
    "the Nintendo Wii", "the Steam Deck", "the Oculus Quest", "the Apple Vision Pro", "Google Glass",
    "the Kindle", "the Raspberry Pi", "the Arduino", "the Commodore 64", "the ZX Spectrum", "the Apple II",
    "the Macintosh", "the IBM PC", "the BlackBerry", "the Nokia 3310", "the Motorola Razr", "the Palm Pilot",
    "the Tamagotchi", "the Rubik's Cube", "the Furby", "the Polaroid camera", "the Leica M", "the GoPro Hero",
    "the Dyson vacuum cleaner", "the Roomba", "the Instant Pot", "the Thermomix", "the KitchenAid stand mixer",
    "the Nespresso machine", "the AeroPress", "the French press", "the Fitbit", "the Tesla Model 3",
    "the Tesla Model S", "the Ford Model T", "the Volkswagen Beetle", "the Mini Cooper", "the Toyota Prius",
    "the Toyota Corolla", "the Land Rover Defender", "the Jeep Wrangler", "the Porsche 911", "the Fiat 500",
    "the Citroën 2CV", "the Vespa", "the Harley-Davidson Sportster", "the Boeing 747", "the Concorde",
    "the Airbus A380", "the Space Shuttle", "the Hubble Space Telescope", "the James Webb Space Telescope",
    "the Segway", "the Brompton bicycle", "Microsoft Windows", "Microsoft Excel", "Microsoft Word", "PowerPoint",
    "Photoshop", "Google Maps", "Google Docs", "Gmail", "WhatsApp", "Instagram", "TikTok", "Telegram",
    "Signal", "WeChat", "Linux", "Android", "macOS", "Chrome", "Firefox", "ChatGPT", "Siri", "Alexa",
    "the Amazon Echo", "Google Home", "the Apple Pencil", "the Stanley cup", "Crocs", "Birkenstocks",
    "Converse Chuck Taylors", "Air Jordans", "the Swiss Army knife", "Post-it Notes", "Velcro", "Bubble Wrap",
    "Tupperware", "Lego bricks", "Monopoly", "Scrabble", "Catan", "Dungeons & Dragons", "Magic: The Gathering",
    "Nerf blasters", "Play-Doh", "Barbie", "the Slinky", "the Etch A Sketch", "the Zippo lighter",
    "the Moleskine notebook", "the Bic Cristal pen", "WD-40", "Duct tape", "Coca-Cola Zero", "Red Bull",
    "Nutella", "Marmite", "Vegemite", "Spam", "Sriracha", "Tabasco", "Oreos", "Pringles", "Kit Kat",
]
SLOTS["im_team"] = [
    "the New York Yankees", "the Boston Red Sox", "the Chicago Cubs", "the Los Angeles Dodgers",
    "the San Francisco Giants", "the St. Louis Cardinals", "the Los Angeles Lakers", "the Boston Celtics",
    "the Chicago Bulls", "the Golden State Warriors", "the Miami Heat", "the San Antonio Spurs",
    "the New York Knicks", "the Dallas Cowboys", "the New England Patriots", "the Green Bay Packers",
    "the Pittsburgh Steelers", "the San Francisco 49ers", "the Kansas City Chiefs", "the Chicago Bears",
    "the Montreal Canadiens", "the Toronto Maple Leafs", "the Detroit Red Wings", "the Edmonton Oilers",
    "Manchester City", "Arsenal", "Chelsea", "Tottenham Hotspur", "Newcastle United", "Everton",
    "Aston Villa", "Leeds United", "Celtic", "Rangers", "Bayern Munich", "Borussia Dortmund", "Schalke 04",
    "Juventus", "AC Milan", "Inter Milan", "AS Roma", "Napoli", "Ajax", "PSV Eindhoven", "Feyenoord",
    "Paris Saint-Germain", "Olympique de Marseille", "Olympique Lyonnais", "Benfica", "FC Porto",
    "Sporting CP", "Atlético Madrid", "Sevilla FC", "Valencia CF", "Galatasaray", "Fenerbahçe",
    "Boca Juniors", "River Plate", "Flamengo", "Santos FC", "Corinthians", "LA Galaxy", "Inter Miami",
    "the All Blacks", "the Springboks", "the Wallabies", "Leinster Rugby", "Toulouse", "the Chennai Super Kings",
    "the Mumbai Indians", "Ferrari's Formula One team", "McLaren", "Red Bull Racing", "Mercedes-AMG Petronas",
    "the Harlem Globetrotters", "Team Sky", "the Dallas Mavericks", "the Philadelphia Eagles",
    "the Seattle Seahawks", "the Oakland Athletics", "the Brooklyn Dodgers", "the Minnesota Vikings",
]
SLOTS["im_org"] = [
    "the United Nations", "UNESCO", "UNICEF", "the World Health Organization", "the World Bank",
    "the International Monetary Fund", "the World Trade Organization", "NATO", "the European Union",
    "the African Union", "ASEAN", "OPEC", "the G7", "the G20", "the Red Cross", "Médecins Sans Frontières",
    "Amnesty International", "Greenpeace", "the WWF", "Oxfam", "the Salvation Army", "the Peace Corps",
    "the Boy Scouts", "the Girl Guides", "Rotary International", "the International Olympic Committee",
    "FIFA", "UEFA", "the NBA", "the NFL", "Major League Baseball", "the NHL", "Formula One", "the ATP",
    "NASA", "the European Space Agency", "ISRO", "JAXA", "CERN", "the Max Planck Society",
    "the Royal Society", "the Smithsonian Institution", "the British Museum", "the Louvre", "the Prado",
    "the Metropolitan Museum of Art", "the Rijksmuseum", "the Uffizi Gallery", "the Hermitage Museum",
    "the Library of Congress", "the Bodleian Library", "the Federal Reserve", "the European Central Bank",
    "the Bank of England", "the FBI", "the CIA", "MI6", "Interpol", "the Supreme Court of the United States",
    "the House of Lords", "the Bundestag", "the Nobel Foundation", "the Pulitzer Prize board",
    "the Academy of Motion Picture Arts and Sciences", "the Recording Academy", "the BBC World Service",
    "Reuters", "the Associated Press", "The New York Times", "The Guardian", "The Economist",
    "National Geographic", "the Gates Foundation", "the Wikimedia Foundation", "the Linux Foundation",
    "the Apache Software Foundation", "the Internet Engineering Task Force", "the World Wide Web Consortium",
    "the Khan Academy", "the Mayo Clinic", "the Cleveland Clinic", "the Royal Shakespeare Company",
    "the Vienna Philharmonic", "the Berlin Philharmonic", "the Bolshoi Ballet", "Cirque du Soleil",
]
SLOTS["im_competition"] = [
    "the Tour de France", "the Giro d'Italia", "the Boston Marathon", "the London Marathon", "the Super Bowl",
    "the World Series", "the Stanley Cup Final", "the NBA Finals", "March Madness", "the FIFA World Cup",
    "the UEFA Champions League", "the Copa América", "the Africa Cup of Nations", "the Euros",
    "the Rugby World Cup", "the Six Nations", "the Cricket World Cup", "the Ashes", "the Indian Premier League",
    "Wimbledon", "the US Open", "the French Open", "the Australian Open", "the Masters Tournament",
    "the Ryder Cup", "the Monaco Grand Prix", "the Indianapolis 500", "the 24 Hours of Le Mans",
    "the Dakar Rally", "the Kentucky Derby", "the Grand National", "the America's Cup", "the Iditarod",
    "the Winter Olympics", "the Summer Olympics", "the Paralympic Games", "the Commonwealth Games",
    "the X Games", "the Ironman World Championship", "the Eurovision Song Contest", "the Nobel Prize",
    "the Booker Prize", "the Pulitzer Prize", "the Fields Medal", "the Turing Award", "the Palme d'Or",
    "the Oscars", "the Grammy Awards", "the Emmy Awards", "the Tony Awards", "the Ballon d'Or",
    "the Chess World Championship", "the Spelling Bee", "the International Mathematical Olympiad",
    "the Hugo Award", "the Man Booker International Prize", "Burning Man", "Glastonbury Festival",
    "Coachella", "Oktoberfest", "the Edinburgh Fringe", "the Venice Biennale", "Carnival in Rio",
]
SLOTS["im_idea"] = [
    "a birthday party for a seven-year-old", "a company holiday party", "a rainy Sunday afternoon",
    "a first date", "a tenth wedding anniversary", "a baby shower", "a retirement gift", "a housewarming gift",
    "a team-building activity", "a school fundraiser", "a small garden", "a balcony garden", "a podcast",
    "a YouTube channel about cooking", "a blog about personal finance", "a mobile app", "a side business",
    "a startup in the pet industry", "a food truck", "a coffee shop name", "a bakery name", "a new board game",
    "a science fair project", "a short film", "a Halloween costume", "a themed dinner party", "a road trip",
    "a weekend in the mountains", "a summer camp activity", "a family reunion", "a book club meeting",
    "a community event", "a charity run", "a neighbourhood clean-up", "reducing food waste at home",
    "staying active while working from home", "making a long flight more comfortable", "entertaining children indoors",
    "a gift for someone who has everything", "a gift for a new dad", "a gift for a teacher", "a surprise for my partner",
    "decorating a small bedroom", "organising a messy garage", "a healthy breakfast", "a quick weeknight dinner",
    "a vegetarian barbecue", "a picnic menu", "using leftover rice", "using up ripe bananas",
    "a marketing campaign for a local gym", "a slogan for a recycling campaign", "a logo for a bike shop",
    "a name for a fantasy kingdom", "a name for a pet hamster", "a name for a rock band", "a name for a boat",
    "a novel plot", "a mystery story", "a video game level", "a tabletop role-playing campaign",
    "an icebreaker at a conference", "a workshop for new managers", "a lesson plan on fractions",
    "teaching kids about money", "a classroom reward system", "a hobby that gets me outdoors",
    "learning something new in 15 minutes a day", "a photography project", "a painting subject",
    "a poem about the sea", "a costume for a comic convention", "a wedding toast", "a speech opening",
    "a newsletter for a small business", "a social media post for a bakery", "an Instagram caption for a beach photo",
    "a product for remote workers", "improving a city park", "making a commute more enjoyable",
    "saving energy in winter", "a zero-waste lifestyle", "a low-budget holiday", "a staycation",
    "a DIY weekend project", "an upcycling project with glass jars", "a treehouse", "a birthday cake",
    "a cocktail menu", "a mocktail for a party", "a trivia night", "a scavenger hunt", "a talent show act",
]
SLOTS["im_advice"] = [
    "sleep better", "stop procrastinating", "be more productive at work", "learn a new language quickly",
    "save money on a tight budget", "pay off credit card debt", "start investing", "prepare for a job interview",
    "ask for a raise", "negotiate a salary", "deal with a difficult boss", "handle stress", "make new friends as an adult",
    "stay motivated to exercise", "run my first marathon", "lose weight safely", "eat healthier", "drink more water",
    "cut down on screen time", "get my kids to read more", "potty train a toddler", "help a teenager with anxiety",
    "train a puppy", "keep houseplants alive", "grow tomatoes", "start composting", "become a better writer",
    "get better at public speaking", "improve my memory", "study for an exam", "choose a university",
    "change careers", "start a small business", "write a business plan", "get my first freelance client",
    "work from home effectively", "be a better listener", "apologise to a friend", "deal with a breakup",
    "support a grieving friend", "set boundaries with family", "plan a wedding on a budget", "buy a used car",
    "buy my first home", "rent an apartment", "move to a new country", "travel alone for the first time",
    "pack light", "beat jet lag", "learn to swim as an adult", "learn to play chess", "learn to code",
    "get into climbing", "take better photos with my phone", "start a vegetable garden", "cook rice perfectly",
    "sharpen a kitchen knife", "remove a red wine stain", "unclog a drain", "fix a flat bicycle tyre",
    "declutter my home", "keep a journal", "meditate", "wake up early", "be more confident", "handle criticism",
    "manage my time", "organise my email inbox", "keep a long-distance relationship going", "talk to my kids about money",
    "choose a laptop", "protect my privacy online", "spot a phishing email", "back up my photos",
]
SLOTS["im_opinion"] = [
    "working from home", "social media", "electric cars", "nuclear power", "a four-day work week",
    "remote learning", "homeschooling", "video games for children", "universal basic income", "space tourism",
    "artificial intelligence in art", "self-driving cars", "cryptocurrency", "fast fashion", "tipping culture",
    "standardised testing", "open-plan offices", "daylight saving time", "reality TV", "superhero films",
    "streaming services", "vinyl records", "e-books versus paper books", "city life versus country life",
    "living abroad", "gap years", "studying philosophy", "learning Latin", "going to university",
    "owning a dog versus a cat", "veganism", "meal kits", "intermittent fasting", "minimalism", "tiny houses",
    "zoos", "hunting", "fireworks", "tourism in Venice", "the Olympics", "the designated hitter rule",
    "video assistant referees in football", "the best pizza topping", "pineapple on pizza", "the Oxford comma",
    "tabs versus spaces", "dark mode", "smartwatches", "children having smartphones", "climbing Everest",
    "the best decade for music", "the greatest footballer of all time", "the best Star Wars film",
    "the best season of the year", "early mornings", "New Year's resolutions", "online dating",
]
SLOTS["im_write"] = [
    "a cat who thinks it is a dog", "a lighthouse keeper's last night", "a robot learning to paint",
    "the first day of spring", "a grandmother's kitchen", "a city at 3 a.m.", "the smell of rain",
    "an astronaut looking back at Earth", "a dragon who is afraid of fire", "a lost sock",
    "a detective who cannot remember names", "a small town where it never stops snowing", "the last tree on Earth",
    "a friendship between a fox and a crow", "a time traveller stuck in the Middle Ages", "a haunted library",
    "a village that disappears every night", "a chef who cannot taste", "a letter found in an old book",
    "moving to a new city", "the end of summer", "a long train journey", "a storm at sea", "an old photograph",
    "a child's first day at school", "a marathon runner's final mile", "a garden in winter", "a broken clock",
    "the ocean", "the moon", "autumn leaves", "a mountain sunrise", "a busy market", "coffee", "loneliness",
    "hope", "forgiveness", "courage", "home", "change", "memory", "silence", "the passage of time",
    "a soldier coming home", "a girl who can talk to birds", "a world without music", "a king who gave up his crown",
    "an AI that wants a name", "a ghost who is bored", "two strangers sharing an umbrella", "a penguin in the desert",
    "an unlikely hero", "a wizard's apprentice", "a pirate's treasure map", "the first snow", "a road trip gone wrong",
    "a surprise party", "a missing dog", "a family recipe", "a dream about flying", "the last day of school",
    "a village festival", "a secret door", "a message in a bottle", "the night sky", "a stray kitten",
]
SLOTS["im_classify"] = [
    "mammal or reptile: whale, iguana, bat, crocodile, dolphin, gecko",
    "fruit or vegetable: tomato, carrot, mango, spinach, plum, broccoli",
    "string or woodwind instrument: violin, flute, cello, oboe, harp, clarinet",
    "string or percussion instrument: guitar, djembe, sitar, marimba, banjo, snare drum",
    "country or city: Peru, Lagos, Norway, Osaka, Chile, Lyon",
    "even or odd: 7, 12, 33, 48, 91, 100",
    "prime or composite: 2, 9, 13, 21, 29, 35",
    "solid, liquid or gas: ice, steam, honey, oxygen, granite, milk",
    "renewable or non-renewable: solar power, coal, wind, natural gas, geothermal, oil",
    "noun, verb or adjective: run, happy, table, quickly, blue, sing",
    "fish or bird: salmon, heron, trout, pelican, tuna, sparrow",
    "insect or arachnid: ant, spider, scorpion, beetle, tick, bee",
    "planet or star: Mars, Sirius, Venus, Betelgeuse, Neptune, Vega",
    "capital or not a capital: Sydney, Canberra, Toronto, Ottawa, Istanbul, Ankara",
    "winter sport or summer sport: skiing, surfing, curling, sailing, biathlon, beach volleyball",
    "team sport or individual sport: basketball, golf, rugby, tennis, hockey, archery",
    "dog breed or cat breed: beagle, Siamese, poodle, Maine Coon, dachshund, Persian",
    "sweet or savoury: cheesecake, lasagne, brownie, omelette, sorbet, chili",
    "hot drink or cold drink: espresso, lemonade, cocoa, iced tea, chai, smoothie",
    "land animal or sea animal: octopus, camel, shark, tiger, starfish, goat",
    "herbivore, carnivore or omnivore: cow, lion, bear, rabbit, wolf, pig",
    "metal or non-metal: iron, sulfur, copper, oxygen, gold, carbon",
    "input device or output device: keyboard, monitor, mouse, printer, microphone, speaker",
    "programming language or database: Python, PostgreSQL, Rust, MongoDB, Go, Redis",
    "cloud service or programming language: AWS, Java, Azure, Kotlin, Google Cloud, Swift",
    "film or book: Jaws, Middlemarch, Inception, Walden, Titanic, Dune",
    "European or Asian country: Portugal, Vietnam, Poland, Laos, Greece, Nepal",
    "ocean or sea: Pacific, Baltic, Atlantic, Caribbean, Indian, Adriatic",
    "river or mountain: Danube, Kilimanjaro, Nile, Denali, Thames, Olympus",
    "carbohydrate, protein or fat: rice, chicken, butter, lentils, bread, olive oil",
    "healthy or unhealthy snack: apple slices, crisps, almonds, candy bar, carrot sticks, doughnut",
    "safe or unsafe to eat: cooked mushrooms from a shop, raw chicken, washed berries, mouldy bread",
    "positive or negative: wonderful, awful, delightful, dreadful, superb, mediocre",
    "formal or informal: 'Dear Sir', 'hey there', 'Kind regards', 'cheers', 'To whom it may concern', 'see ya'",
    "tree or flower: oak, tulip, birch, daisy, maple, orchid",
    "cheese or bread: brie, ciabatta, gouda, baguette, feta, focaccia",
    "ancient or modern wonder: the Colossus of Rhodes, the Channel Tunnel, the Lighthouse of Alexandria, the Panama Canal",
    "Marvel or DC character: Batman, Iron Man, Wonder Woman, Thor, Aquaman, Black Panther",
    "Star Wars or Star Trek: Yoda, Spock, Chewbacca, Picard, Leia, Worf",
    "Harry Potter or Lord of the Rings: Hermione, Frodo, Dumbledore, Gandalf, Snape, Legolas",
    "Nintendo or Sony console: Switch, PlayStation 4, Wii U, PS Vita, GameCube, PSP",
    "car brand or clothing brand: Toyota, Gucci, Ford, Zara, Kia, Prada",
    "American or British spelling: colour, color, theatre, theater, organise, organize",
    "summer or winter: snowman, sunscreen, mittens, sandals, ice skating, heatwave",
    "useful or not useful on a camping trip: tent, hair dryer, torch, water filter, piano, sleeping bag",
    "something you can eat or something you cannot: apple, stone, bread, nail, carrot, spoon",
    "primary colour or secondary colour: red, green, blue, orange, yellow, purple",
    "Greek god or Roman god: Zeus, Jupiter, Athena, Minerva, Ares, Mars",
    "cryptocurrency or fiat currency: Bitcoin, euro, Ether, yen, Dogecoin, rupee",
    "vertebrate or invertebrate: frog, snail, eagle, jellyfish, snake, worm",
    "tool or toy: hammer, yo-yo, wrench, kite, screwdriver, teddy bear",
    "indoor or outdoor activity: bowling, hiking, chess, kayaking, knitting, cycling",
    "speed of light related or sound related: echo, laser, sonar, prism, decibel, rainbow",
]
SLOTS["im_extract"] = [
    "dates", "years", "names of people", "place names", "city names", "company names", "product names",
    "prices", "phone numbers", "email addresses", "ingredients", "steps", "book titles", "song titles",
    "film titles", "awards", "team names", "scores", "distances", "ages", "job titles", "key events",
    "main characters", "countries", "languages", "numbers and what they refer to", "chemical elements",
    "diseases and their symptoms", "animals", "foods", "instruments", "albums and their release years",
    "universities", "inventions", "battles", "rivers", "species", "sports played", "key facts",
]
SLOTS["im_outfmt"] = [
    "as a bulleted list", "as a comma-separated list", "as a numbered list", "in a table", "in JSON format",
    "one per line", "in the format Name: Value", "in chronological order", "in alphabetical order",
    "as a Markdown table", "with a short explanation for each", "as key-value pairs", "in a single sentence",
    "in the format Year - Event", "as a bullet list with the year first",
]
SLOTS["im_process"] = [
    "photosynthesis", "cellular respiration", "the water cycle", "making bread from scratch", "brewing beer",
    "making cheese", "how a bill becomes a law", "how a vaccine is developed", "how a star is born",
    "how a volcano erupts", "how an earthquake happens", "how a rainbow forms", "how lightning forms",
    "how a refrigerator keeps food cold", "how a jet engine works", "how a nuclear reactor makes electricity",
    "how a solar panel produces electricity", "how a search engine ranks pages", "how email is delivered",
    "how a credit card payment is processed", "how the stock market works", "how a mortgage works",
    "how a loan is approved", "how blood clots", "how the immune system fights an infection", "digestion",
    "how the kidneys filter blood", "how muscles grow", "how memories are formed", "how plants grow from seeds",
    "how a caterpillar turns into a butterfly", "how glass is made", "how paper is recycled", "how steel is made",
    "how coffee is roasted", "how chocolate is made", "how wine is made", "how a book is published",
    "how a film is made", "how an election is counted", "how a patent is granted", "how a company goes public",
    "how a house is built", "how a bridge is designed", "how a computer boots up", "how a website loads",
    "how encryption protects messages", "how GPS finds your location", "how a compiler turns code into a program",
    "how a neural network learns", "how tides work", "how the seasons happen", "how fossils form",
    "how a hurricane forms", "how soap removes dirt", "how a microwave heats food", "how noise-cancelling headphones work",
]
SLOTS["im_pretend"] = [
    "a tour guide in ancient Rome", "a detective solving a jewel theft", "a medieval knight", "a ship's captain",
    "a museum curator", "a park ranger", "a chef in a busy restaurant", "a nutritionist", "a personal trainer",
    "a travel agent", "a career counsellor", "a history teacher", "a science teacher", "a librarian",
    "a customer service agent", "a real estate agent", "a wedding planner", "a sports commentator",
    "a news anchor", "a radio DJ", "a famous explorer", "a Victorian inventor", "an astronaut on Mars",
    "a marine biologist", "a wildlife photographer", "a fashion designer", "a film critic", "a food critic",
    "a poet", "a stand-up comedian", "a motivational speaker", "a pirate", "a wizard", "a dragon", "a time traveller",
    "a character from a Jane Austen novel", "Sherlock Holmes", "Shakespeare", "a Greek philosopher", "a robot butler",
]
SLOTS["im_thing"] = [
    "a bicycle", "a kite", "a candle", "a sandwich", "a paper aeroplane", "a birdhouse", "a snowman",
    "a cup of tea", "a bonsai tree", "a sourdough starter", "a budget spreadsheet", "a resume", "a cover letter",
    "a website", "a podcast", "a compost bin", "a raised garden bed", "a campfire", "a smoothie", "a pie crust",
    "an omelette", "a bookshelf", "a sock puppet", "a vision board", "a study schedule", "a meal plan",
]
SLOTS["im_short"] = [
    "whats the tallest mountain", "how many legs does a spider have", "why is the sky blue",
    "what is a haiku", "who invented the telephone", "how far is the moon", "what is the capital of australia",
    "is a tomato a fruit", "how hot is the sun", "what is an atom", "whats the biggest animal",
    "how do planes fly", "what is inflation", "what is a noun", "who painted the mona lisa", "how old is the earth",
    "what is a black hole", "how many continents are there", "what is the speed of light", "why do cats purr",
    "whats the longest river", "who was the first person on the moon", "what is dna", "why do we dream",
    "what causes thunder", "how many bones in the human body", "what is a leap year", "why is the ocean salty",
    "what is gravity", "what does a CPU do", "whats a good book", "best way to learn guitar",
    "how do i boil an egg", "what is love", "whats the meaning of life", "what should i eat tonight",
    "is coffee bad for you", "are dolphins fish", "can dogs eat chocolate", "do fish sleep",
]
SLOTS["im_food"] = [
    "a Negroni", "a mojito", "an Old Fashioned", "a margarita", "a martini", "a Manhattan", "a piña colada",
    "a daiquiri", "an Aperol spritz", "a Bloody Mary", "a Moscow mule", "sangria", "mulled wine", "eggnog",
    "kombucha", "kefir", "matcha", "chai", "yerba mate", "sake", "soju", "mezcal", "tequila", "bourbon",
    "Scotch whisky", "gin", "rum", "absinthe", "grappa", "ouzo", "Champagne", "Prosecco", "Rioja", "Chianti",
    "Pinot Noir", "Cabernet Sauvignon", "Merlot", "Chardonnay", "Riesling", "Sauvignon Blanc", "port wine",
    "an IPA", "a stout", "a lager", "a sour beer", "Parmigiano-Reggiano", "Brie", "Camembert", "Roquefort",
    "Gruyère", "Manchego", "halloumi", "feta", "mozzarella", "burrata", "gouda", "cheddar", "Stilton",
    "kimchi", "miso", "tempeh", "tofu", "natto", "sauerkraut", "hummus", "tahini", "falafel", "shakshuka",
    "baba ganoush", "tabbouleh", "couscous", "tagine", "jollof rice", "injera", "biltong", "bobotie",
    "ceviche", "empanadas", "arepas", "tamales", "mole", "pozole", "churros", "feijoada", "pão de queijo",
    "poutine", "a Cornish pasty", "haggis", "black pudding", "a Yorkshire pudding", "fish and chips",
    "a full English breakfast", "bangers and mash", "shepherd's pie", "a Scotch egg", "crumpets", "scones",
    "a croissant", "a baguette", "a crêpe", "ratatouille", "bouillabaisse", "coq au vin", "cassoulet",
    "a soufflé", "crème brûlée", "macarons", "tiramisu", "panna cotta", "gelato", "risotto", "osso buco",
    "carbonara", "pesto", "focaccia", "gnocchi", "lasagne", "a Neapolitan pizza", "bruschetta", "arancini",
    "paella", "gazpacho", "tortilla española", "jamón ibérico", "pastel de nata", "bratwurst", "a pretzel",
    "schnitzel", "strudel", "Black Forest cake", "pierogi", "borscht", "goulash", "baklava", "moussaka",
    "souvlaki", "gyros", "spanakopita", "dolma", "kebab", "biryani", "butter chicken", "dal", "naan",
    "samosas", "dosa", "idli", "paneer tikka", "pho", "banh mi", "pad thai", "tom yum", "green curry",
    "laksa", "nasi goreng", "rendang", "satay", "adobo", "sushi", "sashimi", "ramen", "udon", "tempura",
    "okonomiyaki", "takoyaki", "mochi", "bibimbap", "bulgogi", "dim sum", "Peking duck", "xiaolongbao",
    "mapo tofu", "hot pot", "congee", "a bao bun", "a bagel", "a Reuben sandwich", "gumbo", "jambalaya",
    "clam chowder", "a lobster roll", "barbecue brisket", "cornbread", "mac and cheese", "key lime pie",
    "a pavlova", "Anzac biscuits", "a lamington", "sourdough bread", "rye bread", "quinoa", "buckwheat",
    "spelt", "an avocado", "a dragon fruit", "a durian", "a jackfruit", "a persimmon", "a pomegranate",
]
SLOTS["im_breed"] = [
    "a Labrador Retriever", "a Golden Retriever", "a German Shepherd", "a Border Collie", "a Poodle",
    "a Dachshund", "a Beagle", "a Bulldog", "a French Bulldog", "a Pug", "a Chihuahua", "a Shih Tzu",
    "a Siberian Husky", "an Alaskan Malamute", "a Rottweiler", "a Dobermann", "a Great Dane",
    "a Bernese Mountain Dog", "a Saint Bernard", "a Newfoundland", "a Corgi", "a Shiba Inu", "an Akita",
    "a Greyhound", "a Whippet", "a Jack Russell Terrier", "a Yorkshire Terrier", "a Boxer", "a Dalmatian",
    "a Cocker Spaniel", "a Vizsla", "a Weimaraner", "a Basset Hound", "a Bloodhound", "a Samoyed",
    "an Australian Shepherd", "a Cavalier King Charles Spaniel", "a Bichon Frisé", "a Maltese", "a Pomeranian",
    "a Maine Coon", "a Siamese cat", "a Persian cat", "a Ragdoll", "a Bengal cat", "a Sphynx cat",
    "a British Shorthair", "a Scottish Fold", "an Abyssinian", "a Norwegian Forest Cat", "a Russian Blue",
    "an Arabian horse", "a Thoroughbred", "a Clydesdale", "a Shetland pony", "a Friesian horse",
    "a Lipizzaner", "a mustang", "a Highland cow", "a Holstein cow", "a Merino sheep", "a Jersey cow",
    "a Rhode Island Red chicken", "a Silkie chicken", "a Holland Lop rabbit", "an angora rabbit",
]
SLOTS["im_plant"] = [
    "a monstera", "a fiddle-leaf fig", "a snake plant", "a pothos", "a peace lily", "a ZZ plant",
    "a spider plant", "an aloe vera plant", "a jade plant", "a rubber plant", "a Boston fern", "a calathea",
    "a bird of paradise plant", "a string of pearls", "a succulent", "a bonsai", "a hydrangea", "a rose bush",
    "a lilac", "a peony", "a dahlia", "a tulip", "a daffodil", "a magnolia", "a camellia", "a wisteria",
    "a rhododendron", "a lavender plant", "rosemary", "basil", "mint", "thyme", "a fig tree", "an olive tree",
    "a lemon tree", "an apple tree", "a cherry tree", "a Japanese maple", "a weeping willow", "a eucalyptus",
    "a ginkgo", "a silver birch", "a Scots pine", "a yew", "a sequoia", "a baobab tree", "a mangrove",
    "a saguaro cactus", "a sundew", "a pitcher plant", "a corpse flower", "a water lily", "a fern", "moss",
    "a lichen", "a sunflower", "a chrysanthemum", "a marigold", "a poppy", "a foxglove", "ivy", "kudzu",
]
SLOTS["im_art"] = [
    "the Mona Lisa", "The Starry Night", "The Last Supper", "The Birth of Venus", "The Scream", "Guernica",
    "Girl with a Pearl Earring", "The Night Watch", "Las Meninas", "The Persistence of Memory",
    "The Great Wave off Kanagawa", "American Gothic", "Nighthawks", "The Kiss", "Water Lilies",
    "Sunflowers", "The Garden of Earthly Delights", "The School of Athens", "The Creation of Adam",
    "Liberty Leading the People", "Impression, Sunrise", "A Sunday Afternoon on the Island of La Grande Jatte",
    "Whistler's Mother", "The Hay Wain", "Wanderer above the Sea of Fog", "Olympia", "Luncheon on the Grass",
    "Campbell's Soup Cans", "Marilyn Diptych", "Michelangelo's David", "The Thinker", "Venus de Milo",
    "the Winged Victory of Samothrace", "the Bayeux Tapestry", "the Terracotta Army", "Impressionism",
    "Cubism", "Surrealism", "Dadaism", "Baroque art", "Rococo", "Romanticism", "Expressionism", "Pop Art",
    "Abstract Expressionism", "Art Nouveau", "Art Deco", "the Bauhaus", "Minimalism", "Gothic architecture",
    "Brutalism", "ukiyo-e", "pointillism", "fresco painting", "chiaroscuro", "sfumato", "Frida Kahlo",
    "Vincent van Gogh", "Claude Monet", "Pablo Picasso", "Salvador Dalí", "Rembrandt", "Johannes Vermeer",
    "Caravaggio", "Sandro Botticelli", "Gustav Klimt", "Edvard Munch", "Henri Matisse", "Paul Cézanne",
    "Georgia O'Keeffe", "Jackson Pollock", "Mark Rothko", "Andy Warhol", "Jean-Michel Basquiat", "Banksy",
    "Yayoi Kusama", "Ai Weiwei", "Hokusai", "Diego Rivera", "Antoni Gaudí", "Frank Lloyd Wright",
    "Zaha Hadid", "Le Corbusier", "Auguste Rodin", "J.M.W. Turner", "Francisco Goya", "Titian",
]
SLOTS["im_holiday"] = [
    "Diwali", "Holi", "Eid al-Fitr", "Eid al-Adha", "Ramadan", "Hanukkah", "Passover", "Yom Kippur",
    "Rosh Hashanah", "Christmas", "Easter", "Lent", "Advent", "Epiphany", "Mardi Gras", "Carnival",
    "Chinese New Year", "the Mid-Autumn Festival", "the Dragon Boat Festival", "Songkran", "Loy Krathong",
    "Vesak", "Obon", "Hanami", "Tết", "Nowruz", "Thanksgiving", "Halloween", "the Day of the Dead",
    "Bastille Day", "Guy Fawkes Night", "St. Patrick's Day", "Burns Night", "Midsummer in Sweden",
    "Independence Day in the United States", "Canada Day", "Australia Day", "ANZAC Day", "Boxing Day",
    "Valentine's Day", "April Fools' Day", "Mother's Day", "Labour Day", "Juneteenth", "Kwanzaa",
    "Oktoberfest", "La Tomatina", "Hogmanay", "Walpurgis Night", "Saint Lucia's Day",
]
SLOTS["im_idea2"] = [
    "stoicism", "existentialism", "utilitarianism", "nihilism", "the social contract", "the categorical imperative",
    "Occam's razor", "the trolley problem", "Plato's allegory of the cave", "the ship of Theseus",
    "Pascal's wager", "the prisoner's dilemma", "game theory", "the tragedy of the commons", "the butterfly effect",
    "the placebo effect", "the Dunning-Kruger effect", "confirmation bias", "cognitive dissonance",
    "the bystander effect", "impostor syndrome", "Maslow's hierarchy of needs", "the Pareto principle",
    "Murphy's law", "Parkinson's law", "Moore's law", "the Turing test", "the Fermi paradox",
    "Schrödinger's cat", "the Big Bang", "the multiverse", "the Monty Hall problem", "the golden ratio",
    "Fibonacci numbers", "pi", "infinity", "a prime number", "the Pythagorean theorem", "calculus",
    "Keynesian economics", "supply-side economics", "the gig economy", "a Roth IRA", "a 401(k)",
    "an ETF", "a mutual fund", "a dividend", "a bear market", "hyperinflation", "stagflation", "GDP",
    "the gold standard", "a trade deficit", "a central bank", "a filibuster", "gerrymandering",
    "the electoral college", "habeas corpus", "the separation of powers", "federalism", "a referendum",
    "a parliamentary system", "common law", "the Geneva Conventions", "Magna Carta", "the Enlightenment",
    "the Cold War", "the Silk Road", "feudalism", "mercantilism", "colonialism", "the Reformation",
    "the Meiji Restoration", "the Marshall Plan", "apartheid", "the Berlin Wall", "the space race",
    "a haiku", "a sonnet", "iambic pentameter", "magical realism", "a bildungsroman", "an unreliable narrator",
    "a MacGuffin", "the hero's journey", "film noir", "the fourth wall", "method acting", "a cappella",
    "the blues", "jazz fusion", "bebop", "hip hop", "K-pop", "bossa nova", "flamenco", "the tango",
    "ballet", "an offside in football", "a hat-trick", "a triple-double", "a hole in one", "a grand slam",
    "a checkmate", "en passant", "a marathon", "a triathlon", "the Duckworth-Lewis method", "a try in rugby",
    "a birdie in golf", "a free kick", "a penalty shootout", "the infield fly rule", "a power play in hockey",
]
SLOTS["im_screen"] = [
    "Parasite", "Amélie", "Pan's Labyrinth", "Spirited Away", "City of God", "Oldboy", "Rashomon",
    "Seven Samurai", "Tokyo Story", "Bicycle Thieves", "La Dolce Vita", "8½", "The Seventh Seal",
    "Persona", "Metropolis", "Nosferatu", "Citizen Kane", "Vertigo", "Psycho", "Rear Window",
    "Sunset Boulevard", "Some Like It Hot", "Singin' in the Rain", "The Wizard of Oz", "Gone with the Wind",
    "Lawrence of Arabia", "Doctor Zhivago", "2001: A Space Odyssey", "A Clockwork Orange", "Taxi Driver",
    "Apocalypse Now", "Annie Hall", "Blade Runner", "Alien", "Aliens", "The Terminator", "Back to the Future",
    "E.T. the Extra-Terrestrial", "Raiders of the Lost Ark", "Ghostbusters", "The Princess Bride",
    "Die Hard", "Groundhog Day", "Jurassic Park", "Schindler's List", "Forrest Gump", "Pulp Fiction",
    "The Shawshank Redemption", "Fargo", "The Big Lebowski", "Good Will Hunting", "Fight Club", "The Matrix",
    "American Beauty", "Gladiator", "Amadeus", "Shrek", "Finding Nemo",
    "Toy Story", "Up", "WALL-E", "Ratatouille", "Inside Out", "Coco", "Frozen", "The Lion King",
    "Mulan", "Moana", "Encanto", "Zootopia", "Kill Bill", "Lost in Translation", "Eternal Sunshine of the Spotless Mind",
    "No Country for Old Men", "There Will Be Blood", "The Dark Knight", "Inception", "Interstellar",
    "The Social Network", "Whiplash", "La La Land", "Moonlight", "Get Out", "Mad Max: Fury Road",
    "Everything Everywhere All at Once", "Oppenheimer", "Barbie", "Dune: Part Two", "Top Gun: Maverick",
    "Avatar", "Black Panther", "Avengers: Endgame", "The Grand Budapest Hotel", "Knives Out",
    "Arrested Development", "Curb Your Enthusiasm", "The West Wing", "ER", "Frasier", "Cheers",
    "M*A*S*H", "I Love Lucy", "The Twilight Zone", "Battlestar Galactica", "Firefly", "Buffy the Vampire Slayer",
    "Gilmore Girls", "The Gilded Age", "Veep", "Atlanta", "Barry", "Severance", "The Bear", "Shogun",
    "Chernobyl", "True Detective", "Mindhunter", "Ozark", "Narcos", "The Queen's Gambit", "Bridgerton",
    "Schitt's Creek", "Community", "30 Rock", "Modern Family", "It's Always Sunny in Philadelphia",
    "Avatar: The Last Airbender", "Rick and Morty", "South Park", "Family Guy", "BoJack Horseman",
    "The Good Place", "Yellowjackets", "House of the Dragon", "The Boys", "Wednesday", "Euphoria",
]
SLOTS["im_actor"] = [
    "Meryl Streep", "Tom Hanks", "Denzel Washington", "Leonardo DiCaprio", "Brad Pitt", "Angelina Jolie",
    "Julia Roberts", "Sandra Bullock", "Nicole Kidman", "Cate Blanchett", "Kate Winslet", "Emma Thompson",
    "Judi Dench", "Helen Mirren", "Maggie Smith", "Anthony Hopkins", "Ian McKellen", "Patrick Stewart",
    "Michael Caine", "Gary Oldman", "Daniel Day-Lewis", "Ralph Fiennes", "Benedict Cumberbatch", "Tom Hardy",
    "Idris Elba", "Hugh Grant", "Colin Firth", "Emma Watson", "Daniel Radcliffe", "Keira Knightley",
    "Tom Cruise", "Harrison Ford", "Robert De Niro", "Al Pacino", "Jack Nicholson", "Dustin Hoffman",
    "Morgan Freeman", "Samuel L. Jackson", "Will Smith", "Keanu Reeves", "Johnny Depp", "Matt Damon",
    "Ben Affleck", "George Clooney", "Julia Louis-Dreyfus", "Jennifer Aniston", "Courteney Cox",
    "Lisa Kudrow", "Matthew Perry", "Steve Carell", "Tina Fey", "Amy Poehler", "Bill Murray", "Adam Sandler",
    "Jim Carrey", "Robin Williams", "Eddie Murphy", "Will Ferrell", "Melissa McCarthy", "Jennifer Lawrence",
    "Scarlett Johansson", "Natalie Portman", "Anne Hathaway", "Emma Stone", "Ryan Gosling", "Ryan Reynolds",
    "Chris Hemsworth", "Chris Evans", "Robert Downey Jr.", "Zendaya", "Timothée Chalamet", "Florence Pugh",
    "Margot Robbie", "Saoirse Ronan", "Viola Davis", "Octavia Spencer", "Halle Berry", "Lupita Nyong'o",
    "Mahershala Ali", "Forest Whitaker", "Jamie Foxx", "Michelle Yeoh", "Jackie Chan", "Bruce Lee",
    "Jet Li", "Toshiro Mifune", "Penélope Cruz", "Javier Bardem", "Antonio Banderas", "Salma Hayek",
    "Gael García Bernal", "Marion Cotillard", "Juliette Binoche", "Gérard Depardieu", "Audrey Tautou",
    "Sophia Loren", "Marcello Mastroianni", "Isabelle Huppert", "Mads Mikkelsen", "Alicia Vikander",
    "Ingrid Bergman", "Greta Garbo", "Audrey Hepburn", "Marilyn Monroe", "Grace Kelly", "Elizabeth Taylor",
    "Katharine Hepburn", "Bette Davis", "Humphrey Bogart", "Cary Grant", "James Stewart", "Marlon Brando",
    "James Dean", "Paul Newman", "Clint Eastwood", "Sean Connery", "Roger Moore", "Daniel Craig",
    "Pierce Brosnan", "Bryan Cranston", "Aaron Paul", "Jon Hamm", "Elisabeth Moss", "Sarah Jessica Parker",
    "Kerry Washington", "Sofia Vergara", "Pedro Pascal", "Bella Ramsey", "Millie Bobby Brown",
    "Shah Rukh Khan", "Amitabh Bachchan", "Priyanka Chopra", "Aamir Khan", "Deepika Padukone",
]
SLOTS["im_politician"] = [
    "Bernie Sanders", "Elizabeth Warren", "Nancy Pelosi", "Mitch McConnell", "Chuck Schumer", "Ted Cruz",
    "Marco Rubio", "Mitt Romney", "John McCain", "Lindsey Graham", "Alexandria Ocasio-Cortez", "Kamala Harris",
    "Joe Biden", "Barack Obama", "Michelle Obama", "Hillary Clinton", "Bill Clinton", "George W. Bush",
    "George H. W. Bush", "Jimmy Carter", "Gerald Ford", "Richard Nixon", "Lyndon B. Johnson", "Al Gore",
    "Dick Cheney", "Mike Pence", "Donald Trump", "Ron DeSantis", "Gavin Newsom", "Pete Buttigieg",
    "Cory Booker", "Amy Klobuchar", "Rand Paul", "Paul Ryan", "Newt Gingrich", "Ted Kennedy",
    "Robert F. Kennedy", "Jesse Jackson", "Shirley Chisholm", "Madeleine Albright", "Colin Powell",
    "Condoleezza Rice", "Henry Kissinger", "Tony Blair", "Gordon Brown", "David Cameron", "Theresa May",
    "Boris Johnson", "Rishi Sunak", "Keir Starmer", "Jeremy Corbyn", "Nicola Sturgeon", "Angela Merkel",
    "Olaf Scholz", "Helmut Kohl", "Emmanuel Macron", "François Mitterrand", "Jacques Chirac", "Marine Le Pen",
    "Justin Trudeau", "Pierre Trudeau", "Jacinda Ardern", "Julia Gillard", "Kevin Rudd", "John Howard",
    "Narendra Modi", "Manmohan Singh", "Shinzo Abe", "Lee Kuan Yew", "Xi Jinping", "Vladimir Putin",
    "Volodymyr Zelenskyy", "Boris Yeltsin", "Recep Tayyip Erdoğan", "Benjamin Netanyahu", "Yitzhak Rabin",
    "Luiz Inácio Lula da Silva", "Jair Bolsonaro", "Andrés Manuel López Obrador", "Cyril Ramaphosa",
    "Ellen Johnson Sirleaf", "Kofi Annan", "Ban Ki-moon", "António Guterres", "Ursula von der Leyen",
]
SLOTS["im_pair"] = [
    "TCP and UDP", "HTTP and HTTPS", "RAM and ROM", "a CPU and a GPU", "SQL and NoSQL databases",
    "Docker and a virtual machine", "Kubernetes and Docker Swarm", "AWS Lambda and EC2", "Git and GitHub",
    "Python and Java", "a compiler and an interpreter", "a process and a thread", "a stack and a queue",
    "an array and a linked list", "machine learning and deep learning", "supervised and unsupervised learning",
    "classification and regression", "precision and recall", "bagging and boosting", "a data warehouse and a data lake",
    "OLTP and OLAP", "batch processing and stream processing", "Kafka and RabbitMQ", "REST and GraphQL",
    "authentication and authorization", "encryption and hashing", "a virus and a worm", "Wi-Fi and Bluetooth",
    "LCD and OLED screens", "an SSD and a hard drive", "4G and 5G", "a router and a modem", "Mac and PC",
    "a Roth IRA and a traditional IRA", "stocks and bonds", "a savings account and a current account",
    "a debit card and a credit card", "gross income and net income", "revenue and profit", "assets and liabilities",
    "a fixed-rate and a variable-rate mortgage", "inflation and deflation", "a recession and a depression",
    "fiscal policy and monetary policy", "a sole proprietorship and an LLC", "a will and a trust",
    "renting and leasing", "a sales tax and a VAT", "capitalism and socialism", "a republic and a democracy",
    "the House of Representatives and the Senate", "a prime minister and a president", "weather and climate",
    "a hurricane and a typhoon", "a tornado and a cyclone", "a meteor and a meteorite", "an asteroid and a comet",
    "a star and a planet", "a virus and a bacterium", "a cold and the flu", "an allergy and an intolerance",
    "type 1 and type 2 diabetes", "good and bad cholesterol", "aerobic and anaerobic exercise",
    "a psychologist and a psychiatrist", "a nurse practitioner and a physician assistant", "ibuprofen and paracetamol",
    "sunscreen and sunblock", "vitamin D2 and vitamin D3", "a vegetarian and a vegan diet", "baking soda and baking powder",
    "butter and margarine", "a latte and a cappuccino", "espresso and filter coffee", "green tea and black tea",
    "whisky and whiskey", "champagne and prosecco", "a crocodile and an alligator", "a frog and a toad",
    "a rabbit and a hare", "a moth and a butterfly", "a dolphin and a porpoise", "a seal and a sea lion",
    "a turtle and a tortoise", "a llama and an alpaca", "a leopard and a cheetah", "a bee and a wasp",
    "a violin and a viola", "a piano and a keyboard", "an acoustic and an electric guitar", "jazz and blues",
    "rugby union and rugby league", "American football and rugby", "squash and racquetball", "skiing and snowboarding",
    "a marathon and a half-marathon", "yoga and pilates", "weightlifting and powerlifting", "a lake and a pond",
    "a sea and an ocean", "a hill and a mountain", "a village and a town", "England and Great Britain",
    "the UK and the United Kingdom of Great Britain", "Holland and the Netherlands", "a novel and a novella",
    "a simile and a metaphor", "affect and effect", "who and whom", "British and American English",
    "Catholic and Protestant", "Sunni and Shia Islam", "astronomy and astrology", "a scientific theory and a hypothesis",
    "speed and velocity", "mass and weight", "heat and temperature", "AC and DC current", "fission and fusion",
    "an atom and a molecule", "an element and a compound", "DNA and RNA", "mitosis and meiosis",
    "a tsunami and a tidal wave", "a crocodile and a caiman", "a cheetah and a jaguar", "a puma and a panther",
]
SLOTS["im_policy"] = [
    "raising the minimum wage", "free college tuition", "a universal healthcare system", "stricter gun laws",
    "lowering the voting age to 16", "compulsory voting", "term limits for politicians", "abolishing the electoral college",
    "a wealth tax", "a carbon tax", "banning single-use plastics", "legalising cannabis", "rent control",
    "building more nuclear power plants", "high-speed rail", "congestion charges in cities", "a sugar tax",
    "banning smartphones in schools", "year-round schooling", "later school start times", "paid parental leave",
    "a shorter working week", "raising the retirement age", "student loan forgiveness", "open borders",
    "stricter immigration rules", "foreign aid", "space exploration funding", "public funding for the arts",
    "privatising the postal service", "free public transport", "banning private jets", "mandatory military service",
    "national service for young people", "regulating social media companies", "breaking up big tech companies",
    "regulating artificial intelligence", "a ban on facial recognition", "net neutrality", "a digital services tax",
    "daylight saving time", "the death penalty", "prison reform", "drug decriminalisation", "animal testing",
    "zoos", "trophy hunting", "genetically modified crops", "lab-grown meat", "nuclear disarmament",
]
SLOTS["im_tech"] = [
    "Apache Spark", "Apache Kafka", "Hadoop", "Airflow", "dbt", "Snowflake", "Databricks", "BigQuery",
    "Redshift", "Elasticsearch", "Redis", "PostgreSQL", "MongoDB", "Cassandra", "DynamoDB", "SQLite",
    "Terraform", "Ansible", "Jenkins", "GitHub Actions", "Prometheus", "Grafana", "Kubernetes", "Helm",
    "Docker Compose", "AWS S3", "AWS Lambda", "Amazon EKS", "Azure DevOps", "Google Cloud Run",
    "Cloudflare", "Nginx", "GraphQL", "gRPC", "WebAssembly", "WebSockets", "OAuth 2.0", "JSON Web Tokens",
    "TLS", "a REST API", "a microservice architecture", "serverless computing", "edge computing",
    "a CI/CD pipeline", "infrastructure as code", "a service mesh", "event sourcing", "CQRS",
    "a feature store", "MLflow", "PyTorch", "TensorFlow", "scikit-learn", "pandas", "NumPy", "Jupyter notebooks",
    "LangChain", "a large language model", "retrieval-augmented generation", "fine-tuning", "transfer learning",
    "a random forest", "logistic regression", "k-means clustering", "principal component analysis",
    "a support vector machine", "gradient boosting", "XGBoost", "a convolutional neural network",
    "a recurrent neural network", "attention in transformers", "word embeddings", "a confusion matrix",
    "cross-validation", "A/B testing", "the ISO 27001 standard", "GDPR", "SOC 2", "HIPAA", "PCI DSS",
    "zero trust security", "a firewall", "a honeypot", "ransomware", "a DDoS attack", "SQL injection",
    "cross-site scripting", "React", "Vue.js", "Angular", "Svelte", "Next.js", "Node.js", "Deno", "Django",
    "Flask", "FastAPI", "Ruby on Rails", "Spring Boot", ".NET", "Rust's borrow checker", "Go routines",
    "TypeScript", "Kotlin", "Swift", "Unity", "Unreal Engine", "Blender", "Figma", "Jira", "Scrum", "Kanban",
    "agile development", "test-driven development", "pair programming", "technical debt", "semantic versioning",
]
SLOTS["im_health"] = ['retinol', 'niacinamide', 'hyaluronic acid', 'vitamin C serum', 'salicylic acid', 'benzoyl peroxide', 'sunscreen with SPF 50', 'creatine', 'whey protein', 'collagen supplements', 'fish oil', 'magnesium', 'vitamin D', 'vitamin B12', 'iron supplements', 'probiotics', 'melatonin', 'caffeine', 'ibuprofen', 'paracetamol', 'aspirin', 'antihistamines', 'antibiotics', 'statins', 'metformin', 'insulin pumps', 'a flu shot', 'the HPV vaccine', 'intermittent fasting', 'the keto diet', 'the Mediterranean diet', 'a gluten-free diet', 'a low-FODMAP diet', 'high-intensity interval training', 'strength training', 'cold water swimming', 'sauna bathing', 'meditation', 'cognitive behavioural therapy', 'physiotherapy', 'acupuncture', 'chiropractic care', 'hand sanitizer', 'fluoride toothpaste', 'electric toothbrushes', 'blue light glasses', 'standing desks', 'ergonomic chairs']
SLOTS["im_ailment"] = ['sleep apnea', 'insomnia', 'tinnitus', 'plantar fasciitis', 'shin splints', 'tennis elbow', 'carpal tunnel syndrome', 'lower back pain', 'high blood pressure', 'anaemia', 'eczema', 'psoriasis', 'acne', 'rosacea', 'hay fever', 'asthma', 'migraines', 'vertigo', 'burnout', 'seasonal affective disorder', 'jet lag', 'dehydration', 'heatstroke', 'frostbite', 'a concussion', 'a sprained wrist', 'food poisoning', 'a bee sting', 'sunburn']
SLOTS["im_yearevent"] = [
    "the 1929 stock market crash", "the 1969 moon landing", "the fall of the Berlin Wall in 1989",
    "the 1986 Chernobyl disaster", "the 2008 financial crisis", "the 1918 flu pandemic", "the 1906 San Francisco earthquake",
    "the sinking of the Titanic in 1912", "the 1936 Berlin Olympics", "the 1966 World Cup final",
    "the 1980 Winter Olympics hockey game", "the Watergate scandal", "the Cuban Missile Crisis",
    "the Suez Crisis", "the Bay of Pigs invasion", "the Boston Tea Party", "the Battle of Hastings",
    "the Battle of Waterloo", "the Battle of Gettysburg", "the Battle of Stalingrad", "D-Day",
    "the attack on Pearl Harbor", "the bombing of Hiroshima", "the Partition of India", "the Great Depression",
    "the Dust Bowl", "the Great Fire of London", "the Black Death", "the Spanish Armada", "the Glorious Revolution",
    "the Storming of the Bastille", "the Congress of Vienna", "the 1848 revolutions", "the Irish Potato Famine",
    "the California Gold Rush", "the Klondike Gold Rush", "the Meiji Restoration", "the Boxer Rebellion",
    "the Russian Revolution of 1917", "the Treaty of Versailles", "the Spanish Civil War", "the Munich Agreement",
    "the Berlin Airlift", "the Korean War", "the Vietnam War", "the Tet Offensive", "the Six-Day War",
    "the Iranian Revolution", "the Iran-Contra affair", "the Falklands War", "the Gulf War", "the Rwandan genocide",
    "the dissolution of the Soviet Union", "the Y2K bug", "the dot-com bubble", "the 2004 Indian Ocean tsunami",
    "Hurricane Katrina", "the Arab Spring", "the Brexit referendum", "the 1960 US presidential election",
    "the 2000 US presidential election", "the Apollo 13 mission", "the Challenger disaster",
    "the first flight of the Wright brothers", "the opening of the Suez Canal", "the Montgomery bus boycott",
    "the March on Washington", "Woodstock", "Live Aid", "the first FIFA World Cup in 1930",
]
SLOTS["im_fantasy"] = [
    "an expert in teleportation technology in a distant future", "a dragon trainer in a fantasy kingdom",
    "a healer who uses herbal magic", "a starship engineer", "a time-travel agent", "a wizard who teaches at a magic school",
    "an alchemist in a medieval city", "a cartographer mapping an undiscovered continent", "an android detective",
    "a potion maker in a fairy-tale village", "an elven archer", "a dwarven blacksmith", "a bounty hunter on a desert planet",
    "a diplomat negotiating with an alien species", "the captain of a pirate airship", "a necromancer who regrets their choices",
    "an oracle in an ancient temple", "a knight returning from a long quest", "a scientist on a generation ship",
    "a mermaid who guards a sunken city", "a ranger protecting an enchanted forest", "a robot who repairs other robots",
    "a historian from the year 3000", "a Martian colonist", "a ghost haunting an old mansion",
    "a vampire who has lived for five centuries", "a court jester who knows the king's secrets", "a famous detective in Victorian London",
    "the keeper of a magical library", "a mad scientist who builds clockwork creatures",
]
SLOTS["im_fantasyq"] = [
    "how does your magic work, and what does it cost you", "what are the dangers of your job",
    "describe the process you use, step by step", "what advice would you give to an apprentice",
    "how did you first discover your abilities", "what is the biggest threat to your world right now",
    "describe a typical day in your life", "what is the most important lesson you have learned",
    "how would you solve a dispute between two rival clans", "what would you do if your greatest invention failed",
    "explain the rules that govern your world", "what tools do you need and why",
]
SLOTS["im_why"] = [
    "leaves change colour in autumn", "bread go stale", "the sky turn red at sunset", "ice float on water",
    "cats purr", "dogs wag their tails", "we yawn", "we get goosebumps", "onions make you cry",
    "popcorn pop", "a spinning top eventually stop", "metal feel colder than wood", "hair turn grey",
    "the sea look blue", "we have fingerprints", "birds fly south for the winter", "bees make honey",
    "the moon change shape", "planes leave white trails in the sky", "our ears pop on a plane",
    "some people get carsick", "coffee keep us awake", "we need sleep", "children have to go to school",
    "prices go up over time", "some countries drive on the left", "the Leaning Tower of Pisa lean",
    "the Earth have seasons", "stars twinkle", "soap clean", "salt melt ice", "ice cream give you brain freeze",
    "apples turn brown when cut", "zebras have stripes", "flamingos stand on one leg", "giraffes have long necks",
    "golf balls have dimples", "batteries run out", "phones get slower over time", "the days get shorter in winter",
]
SLOTS["im_scenario"] = [
    "a worried parent comes to you because their child drank a strange potion.",
    "a merchant asks you to find a cursed ring that was stolen from his shop.",
    "a hover car has broken down and is stuck on the side of a floating building.",
    "a young apprentice has set fire to the workshop by accident.",
    "the village well has dried up and the elders ask for your help.",
    "a stranger arrives with a map that shows a city nobody has heard of.",
    "your ship's engine fails halfway between two planets.",
    "a king asks whether he should go to war with a neighbouring kingdom.",
    "a customer is angry because their order arrived broken.",
    "a tourist has lost their passport and does not speak the language.",
    "a student tells you they are about to give up on their studies.",
    "a rival challenges you to a public contest of skill.",
    "a child asks you why the stars come out only at night.",
    "the crew has spotted an unknown signal coming from a nearby moon.",
    "a dragon has been seen circling above the capital.",
    "an old friend asks you to keep a dangerous secret.",
    "a journalist wants to interview you about your latest discovery.",
    "the power goes out across the whole city during a storm.",
    "a nervous new employee asks how to survive their first week.",
    "a farmer's crops are failing for the third year in a row.",
]
SLOTS["im_expert"] = [
    "neuroscientist", "astrophysicist", "marine biologist", "historian", "economist", "chef", "architect",
    "psychologist", "geologist", "climatologist", "software engineer", "data scientist", "nutritionist",
    "veterinarian", "lawyer", "detective", "archaeologist", "linguist", "philosopher", "mathematician",
    "sommelier", "museum curator", "travel writer", "sports coach", "mountain guide", "pilot",
]
SLOTS["im_situation"] = [
    "moving to Germany", "moving to a new city", "starting a new job", "buying a first car", "adopting a dog",
    "having a baby", "starting university", "taking a gap year", "retiring early", "planning a wedding",
    "going camping for the first time", "travelling to Japan", "visiting Iceland in winter", "hiking a long trail",
    "renting a flat", "selling a house", "starting a business", "hiring a first employee", "learning to drive",
    "preparing for a hurricane", "going on a long flight", "hosting a dinner party", "running a marathon",
    "switching careers into tech", "working from home", "caring for an elderly parent", "going back to school as an adult",
    "buying a laptop for university", "choosing a motorbike for a learner rider", "building a gaming PC",
]
SLOTS["im_reason"] = [
    "keep a car on the front lawn", "learn a second language", "move to the countryside", "get a pet",
    "quit social media", "become a teacher", "buy an electric car", "take cold showers", "wake up at 5 a.m.",
    "travel alone", "learn to cook", "read more books", "live in a big city", "work part-time", "rent instead of buy",
    "study history", "play chess", "join a choir", "volunteer", "ride a bicycle to work", "go vegetarian",
    "start journaling", "stop drinking coffee", "take a sabbatical", "homeschool their children",
]
SLOTS["im_can"] = [
    "cars have an odd number of wheels", "I run macOS on a Windows PC", "a person survive without sleep for a week",
    "dogs see colours", "fish feel pain", "plants hear sounds", "humans breathe underwater", "lightning strike the same place twice",
    "you see the Great Wall of China from space", "I freeze cooked rice", "I use olive oil for deep frying",
    "penguins fly", "a goldfish remember things", "you get sunburnt on a cloudy day", "I charge my phone overnight",
    "a bird sleep while flying", "I learn piano as an adult", "the whole world be only two countries",
    "you recycle pizza boxes", "I install Linux on an old laptop", "I drink the water in Mexico City",
    "a tomato plant grow indoors", "I use a European plug in the US", "elephants jump", "a cat be vegetarian",
    "humans live on Mars", "I eat raw cookie dough", "a person be allergic to water", "I travel with a drone",
]
SLOTS["im_duty"] = [
    "preventing diseases", "food safety", "air traffic control", "collecting taxes", "issuing passports",
    "protecting the environment", "weather forecasting", "regulating medicines", "consumer protection",
    "printing money", "setting interest rates", "running elections", "national parks", "space exploration",
    "disaster relief", "border control", "workplace safety", "regulating telecommunications", "the census",
    "highway safety", "nuclear safety", "protecting endangered species", "regulating the stock market",
]
SLOTS["im_wild"] = [
    "citron-bellied attila", "resplendent quetzal", "shoebill", "kakapo", "hoatzin", "secretary bird",
    "superb lyrebird", "harpy eagle", "Andean condor", "blue-footed booby", "scarlet macaw", "hyacinth macaw",
    "Atlantic puffin", "snowy owl", "great hornbill", "lammergeier", "marvellous spatuletail", "kea",
    "painted bunting", "European roller", "bee hummingbird", "Steller's sea eagle", "frigatebird",
    "dugong", "manatee", "fossa", "aye-aye", "tarsier", "slow loris", "gerenuk", "saiga antelope",
    "markhor", "pika", "quoll", "numbat", "bilby", "echidna", "sugar glider", "binturong", "clouded leopard",
    "maned wolf", "bush dog", "dhole", "serval", "caracal", "sand cat", "fennec fox", "okapi", "bongo",
    "blobfish", "anglerfish", "oarfish", "mudskipper", "lungfish", "arapaima", "sunfish", "leafy seadragon",
    "mantis shrimp", "coconut crab", "horseshoe crab", "nudibranch", "glass frog", "olm", "hellbender",
    "thorny devil", "frilled lizard", "gharial", "tuatara", "Gila monster", "basilisk lizard", "matamata turtle",
]
SLOTS["im_myth"] = [
    "Athena, the Greek goddess of wisdom", "Zeus, king of the Greek gods", "Poseidon", "Hades", "Apollo",
    "Artemis", "Hermes", "Aphrodite", "Ares", "Hera", "Prometheus", "Pandora", "Medusa", "Hercules", "Perseus",
    "Orpheus", "Icarus", "Odin, the All-Father", "Thor", "Loki", "Freya", "Baldur", "Anubis", "Osiris", "Isis",
    "Ra", "Thoth", "Quetzalcoatl", "Amaterasu", "Susanoo", "Sun Wukong, the Monkey King", "the Jade Emperor",
    "Ganesha", "Shiva", "Vishnu", "Krishna", "Lakshmi", "Maui", "Anansi the spider", "Gilgamesh",
    "Ishtar", "Cú Chulainn", "the Oracle of Delphi", "the Sphinx", "Merlin the wizard", "Morgan le Fay",
    "Baba Yaga", "the Pied Piper", "Father Time", "Mother Nature",
]
SLOTS["im_dilemma"] = [
    "an upcoming battle", "a marriage proposal", "a broken promise", "a failing harvest", "a rivalry between two brothers",
    "whether to forgive an enemy", "a journey across the sea", "a secret that could ruin a family",
    "a city that has lost its way", "whether to tell the truth", "a contest of strength", "a curse on a village",
    "an offer of great wealth", "a choice between duty and love", "the fear of growing old",
]
SLOTS["im_world"] = [
    "an invented country where trees vote in elections", "a sci-fi world where memories can be traded",
    "a city where skyscrapers float among the clouds", "a kingdom where it is always night",
    "a world where everyone can read minds", "a future where sleep is no longer needed",
    "an underwater city", "a world where music is a form of magic", "a planet with two suns",
    "a society where lying is impossible", "a world where dreams are shared", "a post-apocalyptic desert town",
    "a steampunk Victorian London", "a world where animals run the government", "a space station orbiting Jupiter",
]
SLOTS["im_hevent2"] = [
    "Arthurian legend", "the Trojan War", "the Roman Empire", "ancient Egypt", "the Viking Age", "the Aztec Empire",
    "the Ming dynasty", "the Ottoman Empire", "the Italian Renaissance", "the Tudor period", "the Edo period",
    "the American Civil War", "the Napoleonic Wars", "the Industrial Revolution", "the Harlem Renaissance",
    "the history of medicine", "maritime history", "the history of the printing press", "the Byzantine Empire",
    "the Mongol Empire", "the Inca Empire", "the Crusades", "the Cold War", "medieval Japan",
]
SLOTS["im_civic"] = [
    "the reserve requirement", "the federal funds rate", "quantitative tightening", "a treasury bond",
    "a capital gains tax", "a property tax", "an income tax bracket", "a tax deduction", "a tax credit",
    "an estate tax", "a payroll tax", "a progressive tax", "a flat tax", "a budget deficit", "the national debt",
    "a debt ceiling", "a government shutdown", "a stimulus package", "a subsidy", "an embargo", "a sanction",
    "a free trade agreement", "the First Amendment", "the Second Amendment", "the Fifth Amendment",
    "the Bill of Rights", "judicial review", "a constitutional amendment", "a veto", "impeachment",
    "a primary election", "a caucus", "a midterm election", "a swing state", "a coalition government",
    "a vote of no confidence", "a hung parliament", "proportional representation", "first-past-the-post",
    "a statute of limitations", "double jeopardy", "due process", "a class action lawsuit", "a plea bargain",
    "a grand jury", "a subpoena", "probate", "power of attorney", "a non-disclosure agreement", "a non-compete clause",
    "an easement", "eminent domain", "zoning laws", "a homeowners association", "escrow", "a credit union",
    "an annuity", "a pension", "Social Security", "Medicare", "Medicaid", "an HSA", "a deductible", "a copay",
    "a premium", "liability insurance", "a fiduciary duty", "insider trading", "a short sale", "a margin call",
    "a stock option", "vesting", "a leveraged buyout", "venture capital", "a unicorn startup", "a SPAC",
]
SLOTS["im_genre"] = [
    "Afrobeats", "Afrobeat", "highlife", "reggae", "dancehall", "ska", "calypso", "soca", "salsa", "merengue",
    "bachata", "reggaeton", "cumbia", "samba", "bossa nova", "tango music", "fado", "flamenco", "klezmer",
    "Celtic folk music", "bluegrass", "country music", "Americana", "gospel", "soul", "funk", "disco", "Motown",
    "rhythm and blues", "doo-wop", "rock and roll", "psychedelic rock", "progressive rock", "punk rock",
    "post-punk", "new wave", "heavy metal", "grunge", "Britpop", "shoegaze", "emo", "indie rock", "trip hop",
    "drum and bass", "dubstep", "house music", "techno", "trance", "ambient music", "lo-fi hip hop", "trap",
    "drill", "grime", "K-pop", "J-pop", "city pop", "Bollywood music", "qawwali", "Carnatic music",
    "Gregorian chant", "Baroque music", "opera", "minimalist music", "film noir", "spaghetti westerns",
    "anime", "manga", "graphic novels", "magical realism", "science fiction", "cyberpunk", "steampunk",
    "gothic fiction", "hard-boiled detective fiction", "haiku poetry", "slam poetry", "stand-up comedy",
    "improv theatre", "musical theatre", "street art", "graffiti", "breakdancing", "hip hop dance", "ballet",
]
SLOTS["im_village"] = [
    "Koenigsfeld", "Hallstatt", "Giethoorn", "Rothenburg ob der Tauber", "Oberammergau", "Gruyères",
    "Eze", "Gordes", "Rocamadour", "Riquewihr", "Civita di Bagnoregio", "Alberobello", "Portofino",
    "Manarola", "Positano", "Mdina", "Óbidos", "Monsaraz", "Albarracín", "Frigiliana", "Setenil de las Bodegas",
    "Castle Combe", "Bibury", "Portmeirion", "Tobermory", "Dingle", "Kinsale", "Reine", "Ålesund", "Geiranger",
    "Skagen", "Visby", "Porvoo", "Kotor", "Mostar", "Plovdiv", "Sighișoara", "Bled", "Piran", "Hvar",
    "Shirakawa-go", "Takayama", "Hakone", "Jiufen", "Hoi An", "Ella", "Munnar", "Hampi", "Leh", "Paro",
    "Chefchaouen", "Ouarzazate", "Lamu", "Stone Town", "Stellenbosch", "Franschhoek", "Tofino", "Banff",
    "Lunenburg", "Bar Harbor", "Sedona", "Taos", "Carmel-by-the-Sea", "Sausalito", "Mackinac Island",
    "Galena", "St. Augustine", "Ushuaia", "El Chaltén", "San Pedro de Atacama", "Paraty", "Jericoacoara",
    "Guatapé", "Salento", "Antigua Guatemala", "San Miguel de Allende", "Akaroa", "Byron Bay", "Broome",
    "Smuggler's Cove", "Lindisfarne", "Mont-Saint-Michel", "Étretat", "Dinant", "Durbuy", "Vianden",
]

