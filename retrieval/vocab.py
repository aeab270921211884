"""Word lists for the embedded default corpus, written for this project.

Owns: the vocabulary that `retrieval.generator` combines into prompts: domains with the kinds of text they produce
and the topics they cover, label sets, languages, audiences, tones, personas, output formats, constraints and the
other pieces. Plain data only; no logic. Text kinds are (singular, plural) pairs so templates read naturally.

Changing any list changes the default corpus (and therefore its fingerprint): indexes built before the change are
refused on load, as they should be.
"""

from __future__ import annotations

# (domain name, [(text kind singular, plural)], [topics])
DOMAINS: list[tuple[str, list[tuple[str, str]], list[str]]] = [
    ("customer support", [("support ticket", "support tickets"), ("customer email", "customer emails"),
                          ("chat transcript", "chat transcripts"), ("complaint", "complaints")],
     ["refunds", "late deliveries", "password resets", "billing errors", "warranty claims", "account closures"]),
    ("e-commerce", [("product review", "product reviews"), ("product listing", "product listings"),
                    ("return request", "return requests"), ("seller message", "seller messages")],
     ["running shoes", "kitchen knives", "wireless earbuds", "garden furniture", "phone cases", "board games"]),
    ("finance", [("earnings report", "earnings reports"), ("analyst note", "analyst notes"),
                 ("bank statement", "bank statements"), ("loan application", "loan applications")],
     ["interest rates", "quarterly earnings", "credit scores", "index funds", "inflation", "household budgets"]),
    ("healthcare", [("patient note", "patient notes"), ("discharge summary", "discharge summaries"),
                    ("symptom description", "symptom descriptions"), ("clinic email", "clinic emails")],
     ["seasonal allergies", "sleep hygiene", "blood pressure", "vaccination schedules", "physiotherapy", "hydration"]),
    ("law", [("contract clause", "contract clauses"), ("court opinion", "court opinions"),
             ("privacy policy", "privacy policies"), ("legal memo", "legal memos")],
     ["tenant rights", "non-compete agreements", "copyright", "data protection", "small claims", "employment law"]),
    ("education", [("student essay", "student essays"), ("lesson plan", "lesson plans"),
                   ("exam question", "exam questions"), ("course review", "course reviews")],
     ["fractions", "photosynthesis", "the French Revolution", "essay structure", "the water cycle", "algebra"]),
    ("software engineering", [("bug report", "bug reports"), ("commit message", "commit messages"),
                              ("code review comment", "code review comments"), ("error log", "error logs")],
     ["memory leaks", "API design", "unit testing", "database indexes", "race conditions", "dependency upgrades"]),
    ("human resources", [("job posting", "job postings"), ("cover letter", "cover letters"),
                         ("employee survey answer", "employee survey answers"), ("exit interview", "exit interviews")],
     ["remote work", "parental leave", "onboarding", "performance reviews", "salary bands", "team morale"]),
    ("travel", [("hotel review", "hotel reviews"), ("travel itinerary", "travel itineraries"),
                ("booking email", "booking emails"), ("destination guide", "destination guides")],
     ["train travel in Europe", "budget hostels", "visa requirements", "packing light", "lost luggage",
      "family holidays"]),
    ("cooking", [("recipe", "recipes"), ("restaurant review", "restaurant reviews"),
                 ("menu description", "menu descriptions"), ("cooking question", "cooking questions")],
     ["sourdough bread", "vegetarian curries", "meal prep", "knife skills", "fermentation", "baking without eggs"]),
    ("news", [("news article", "news articles"), ("headline", "headlines"),
              ("press release", "press releases"), ("opinion piece", "opinion pieces")],
     ["local elections", "climate policy", "public transport", "housing prices", "space missions",
      "school funding"]),
    ("social media", [("tweet", "tweets"), ("forum post", "forum posts"), ("comment", "comments"),
                      ("status update", "status updates")],
     ["product launches", "viral trends", "online harassment", "community events", "celebrity gossip",
      "fan theories"]),
    ("science", [("paper abstract", "paper abstracts"), ("lab report", "lab reports"),
                 ("grant proposal", "grant proposals"), ("peer review", "peer reviews")],
     ["black holes", "gene editing", "climate models", "protein folding", "antibiotic resistance",
      "quantum computing"]),
    ("real estate", [("property listing", "property listings"), ("tenant inquiry", "tenant inquiries"),
                     ("inspection report", "inspection reports"), ("lease agreement", "lease agreements")],
     ["first-time buyers", "mortgage rates", "renovations", "rental deposits", "energy ratings",
      "neighbourhood schools"]),
    ("marketing", [("ad copy", "ad copies"), ("campaign brief", "campaign briefs"),
                   ("newsletter", "newsletters"), ("landing page", "landing pages")],
     ["brand voice", "email open rates", "seasonal sales", "influencer partnerships", "customer loyalty",
      "product launches"]),
    ("gaming", [("game review", "game reviews"), ("patch note", "patch notes"),
                ("player report", "player reports"), ("quest description", "quest descriptions")],
     ["speedrunning", "character builds", "matchmaking", "in-game economies", "level design", "cheating"]),
    ("sports", [("match report", "match reports"), ("player profile", "player profiles"),
                ("fan message", "fan messages"), ("training log", "training logs")],
     ["marathon training", "transfer rumours", "injury recovery", "tactics", "youth leagues", "referee decisions"]),
    ("automotive", [("repair order", "repair orders"), ("car review", "car reviews"),
                    ("owner question", "owner questions"), ("recall notice", "recall notices")],
     ["electric vehicles", "tyre pressure", "brake noise", "fuel economy", "winter driving", "used car prices"]),
    ("government", [("public consultation response", "public consultation responses"),
                    ("policy brief", "policy briefs"), ("citizen request", "citizen requests"),
                    ("meeting minute", "meeting minutes")],
     ["recycling rules", "parking permits", "tax deadlines", "public libraries", "road repairs", "benefits"]),
    ("insurance", [("claim form", "claim forms"), ("policy document", "policy documents"),
                   ("adjuster note", "adjuster notes"), ("customer letter", "customer letters")],
     ["flood damage", "car accidents", "travel insurance", "pet insurance", "home contents", "deductibles"]),
    ("entertainment", [("film review", "film reviews"), ("episode synopsis", "episode synopses"),
                       ("song lyric", "song lyrics"), ("book blurb", "book blurbs")],
     ["science fiction films", "true crime podcasts", "jazz albums", "fantasy novels", "stand-up comedy",
      "reality shows"]),
    ("personal productivity", [("to-do list", "to-do lists"), ("meeting note", "meeting notes"),
                               ("journal entry", "journal entries"), ("calendar invite", "calendar invites")],
     ["time blocking", "procrastination", "habit tracking", "inbox zero", "weekly reviews", "deep work"]),
    ("fitness", [("workout log", "workout logs"), ("gym review", "gym reviews"),
                 ("training question", "training questions"), ("nutrition diary", "nutrition diaries")],
     ["strength training", "stretching", "protein intake", "running form", "rest days", "home workouts"]),
    ("environment", [("sustainability report", "sustainability reports"), ("field observation", "field observations"),
                     ("petition", "petitions"), ("energy bill", "energy bills")],
     ["composting", "solar panels", "urban trees", "plastic waste", "bird migration", "water saving"]),
    ("logistics", [("shipping notice", "shipping notices"), ("delivery complaint", "delivery complaints"),
                   ("warehouse report", "warehouse reports"), ("purchase order", "purchase orders")],
     ["customs delays", "stock levels", "route planning", "damaged parcels", "supplier lead times",
      "returns processing"]),
    ("hospitality", [("guest review", "guest reviews"), ("reservation request", "reservation requests"),
                     ("staff handover note", "staff handover notes"), ("event inquiry", "event inquiries")],
     ["wedding venues", "late check-out", "room upgrades", "dietary requirements", "noise complaints",
      "group bookings"]),
    ("cybersecurity", [("security alert", "security alerts"), ("phishing email", "phishing emails"),
                       ("incident report", "incident reports"), ("access request", "access requests")],
     ["password policies", "two-factor authentication", "ransomware", "software patches", "data breaches",
      "suspicious logins"]),
    ("parenting", [("parent question", "parent questions"), ("school newsletter", "school newsletters"),
                   ("nursery report", "nursery reports"), ("babysitter note", "babysitter notes")],
     ["bedtime routines", "screen time", "picky eaters", "homework help", "toddler tantrums", "starting school"]),
    ("music", [("album review", "album reviews"), ("concert announcement", "concert announcements"),
               ("practice log", "practice logs"), ("lyric draft", "lyric drafts")],
     ["learning guitar", "music theory", "home recording", "stage fright", "vinyl collecting", "songwriting"]),
    ("agriculture", [("crop report", "crop reports"), ("farm diary", "farm diaries"),
                     ("equipment manual", "equipment manuals"), ("market bulletin", "market bulletins")],
     ["soil health", "irrigation", "pest control", "crop rotation", "grain prices", "beekeeping"]),
    ("psychology", [("therapy intake form", "therapy intake forms"), ("survey response", "survey responses"),
                    ("study summary", "study summaries"), ("self-reflection", "self-reflections")],
     ["stress", "motivation", "memory", "loneliness", "decision making", "burnout"]),
    ("history", [("primary source", "primary sources"), ("museum label", "museum labels"),
                 ("archive letter", "archive letters"), ("timeline entry", "timeline entries")],
     ["the Industrial Revolution", "ancient Rome", "the printing press", "the Cold War", "medieval trade",
      "the Silk Road"]),
    ("retail banking", [("transaction description", "transaction descriptions"), ("fraud report", "fraud reports"),
                        ("branch feedback", "branch feedback notes"), ("card dispute", "card disputes")],
     ["overdraft fees", "savings accounts", "contactless payments", "currency exchange", "mortgages",
      "student loans"]),
    ("telecommunications", [("outage report", "outage reports"), ("contract renewal email", "contract renewal emails"),
                            ("coverage complaint", "coverage complaints"), ("router log", "router logs")],
     ["mobile data plans", "broadband speeds", "roaming charges", "fibre installation", "number porting",
      "signal strength"]),
    ("nonprofit", [("donor letter", "donor letters"), ("volunteer application", "volunteer applications"),
                   ("impact report", "impact reports"), ("grant application", "grant applications")],
     ["food banks", "animal shelters", "literacy programmes", "disaster relief", "fundraising events",
      "youth mentoring"]),
    ("academic writing", [("thesis chapter", "thesis chapters"), ("literature review", "literature reviews"),
                          ("conference abstract", "conference abstracts"), ("reviewer response", "reviewer responses")],
     ["research methods", "citation styles", "statistical significance", "academic integrity", "peer review",
      "open access"]),
]

# (criterion, labels) for classification tasks
LABEL_SETS: list[tuple[str, list[str]]] = [
    ("sentiment", ["positive", "negative"]),
    ("sentiment", ["positive", "neutral", "negative"]),
    ("urgency", ["low", "medium", "high"]),
    ("spam status", ["spam", "not spam"]),
    ("tone", ["formal", "informal"]),
    ("emotion", ["joy", "anger", "sadness", "fear", "surprise"]),
    ("toxicity", ["toxic", "non-toxic"]),
    ("intent", ["question", "complaint", "request", "praise"]),
    ("stance", ["for", "against", "neutral"]),
    ("factuality", ["factual", "opinion"]),
    ("priority", ["P1", "P2", "P3"]),
    ("difficulty", ["easy", "medium", "hard"]),
    ("language register", ["academic", "conversational", "technical"]),
    ("subjectivity", ["subjective", "objective"]),
    ("sarcasm", ["sarcastic", "sincere"]),
    ("relevance", ["relevant", "irrelevant"]),
    ("customer satisfaction", ["satisfied", "unsatisfied"]),
    ("risk level", ["low risk", "moderate risk", "high risk"]),
    ("clarity", ["clear", "ambiguous"]),
    ("quality", ["good", "acceptable", "poor"]),
    ("politeness", ["polite", "neutral", "rude"]),
    ("readiness", ["ready to publish", "needs edits"]),
    ("department", ["sales", "support", "billing", "technical"]),
    ("age suitability", ["all ages", "teens", "adults only"]),
    ("truthfulness", ["true", "false", "unverifiable"]),
    ("agreement", ["entailment", "contradiction", "neutral"]),
    ("helpfulness", ["helpful", "unhelpful"]),
    ("bias", ["biased", "balanced"]),
]

LANGUAGES = [
    "English", "French", "German", "Spanish", "Italian", "Portuguese", "Dutch", "Swedish", "Norwegian", "Danish",
    "Finnish", "Polish", "Czech", "Greek", "Turkish", "Russian", "Ukrainian", "Arabic", "Hebrew", "Hindi",
    "Bengali", "Urdu", "Japanese", "Korean", "Mandarin Chinese", "Vietnamese", "Thai", "Indonesian", "Swahili",
    "Romanian", "Hungarian", "Catalan", "Tagalog", "Persian", "Malay",
]

AUDIENCES = [
    "a ten-year-old", "a busy executive", "a first-year university student", "a non-native speaker",
    "a complete beginner", "an expert in the field", "a worried parent", "a retired engineer", "a new employee",
    "a high-school class", "a journalist on a deadline", "a customer with no technical background",
    "a hiring manager", "a grant committee", "an elderly reader", "a team of nurses", "a small business owner",
    "a group of tourists", "a software developer", "a policy maker", "a sceptical reader", "a curious teenager",
]

TONES = [
    "friendly", "formal", "warm", "neutral", "enthusiastic", "calm", "encouraging", "concise", "playful",
    "professional", "empathetic", "confident", "humble", "witty", "serious", "reassuring", "direct", "polite",
    "upbeat", "diplomatic", "plain-spoken", "gentle",
]

# (role, what it does) for personas; the role takes an article
PERSONAS: list[tuple[str, str]] = [
    ("patient maths tutor", "explain each step and check the student's understanding before moving on"),
    ("seasoned travel agent", "suggest practical itineraries and mention costs where you can"),
    ("friendly librarian", "recommend books and explain briefly why each one fits"),
    ("strict copy editor", "flag every unclear sentence and propose a tighter version"),
    ("senior software engineer", "review code carefully and explain the trade-offs of each suggestion"),
    ("nutrition coach", "give balanced, realistic meal advice without promoting fad diets"),
    ("career counsellor", "ask about the person's goals before giving advice"),
    ("museum guide", "tell short, vivid stories about the objects on display"),
    ("customer service agent", "solve the customer's problem in as few messages as possible"),
    ("debate coach", "present the strongest arguments on both sides"),
    ("Socratic teacher", "answer questions with guiding questions instead of giving the answer directly"),
    ("financial literacy educator", "explain money concepts clearly without recommending specific investments"),
    ("kind language partner", "chat casually and gently correct mistakes at the end of each reply"),
    ("product manager", "turn vague ideas into clear requirements with acceptance criteria"),
    ("fitness trainer", "design safe workouts and ask about injuries first"),
    ("technical writer", "produce clear documentation with short sentences and numbered steps"),
    ("history professor", "give context, dates and the main competing interpretations"),
    ("garden expert", "give seasonal advice suited to the user's climate"),
    ("stand-up comedian", "keep things light and add a joke where it fits"),
    ("startup mentor", "challenge assumptions and focus on what to test next"),
    ("medieval innkeeper", "stay in character and speak in an old-fashioned way"),
    ("ship's captain from the 1800s", "describe the sea voyage and stay in character"),
    ("detective in a noir novel", "narrate in short, moody sentences"),
    ("cheerful robot sidekick", "be upbeat and a little literal-minded"),
    ("wise old wizard", "speak in riddles but eventually give useful advice"),
    ("job interviewer", "ask one interview question at a time and wait for the answer"),
    ("meditation teacher", "guide the user slowly and use calming language"),
    ("legal assistant", "explain legal concepts in plain language and note that this is not legal advice"),
    ("science journalist", "make research findings accessible without overstating them"),
    ("chess coach", "analyse positions and suggest ideas rather than only moves"),
    ("barista", "talk about coffee with enthusiasm and recommend drinks"),
    ("wilderness guide", "prioritise safety and practical survival tips"),
    ("accessibility consultant", "point out barriers and suggest concrete fixes"),
    ("data analyst", "ask what question the data should answer before analysing it"),
    ("pirate", "talk like a pirate while still being helpful"),
    ("fairy-tale narrator", "tell the story in a gentle, storybook voice"),
]

# roles for a one-sentence persona prefix ("You are a careful analyst.")
PREFIX_ROLES = [
    "careful analyst", "experienced editor", "helpful assistant", "meticulous reviewer", "subject-matter expert",
    "patient teacher", "professional translator", "seasoned consultant", "customer support specialist",
    "research assistant", "data annotator", "technical writer", "content moderator", "copywriter",
    "quality assurance specialist", "communications officer",
]

OUTPUT_FORMATS = [
    "a JSON object", "a bulleted list", "a numbered list", "a Markdown table", "a single sentence",
    "a short paragraph", "YAML", "a CSV row", "plain text with no formatting", "a two-column table",
    "an HTML list", "a comma-separated list", "a checklist", "a tweet-length message", "a Q&A pair",
]

# extra sentences appended to a prompt
CONSTRAINTS = [
    "Keep it under {n} words.", "Use no more than {s} sentences.", "Do not use jargon.",
    "Avoid exclamation marks.", "Use British spelling.", "Use American spelling.", "Do not mention prices.",
    "Write in the second person.", "Write in the first person.", "Avoid passive voice.",
    "Do not repeat the question.", "If you are unsure, say so.", "Cite the sentence you relied on.",
    "Do not invent facts.", "Use simple words.", "Start with the most important point.",
    "End with a question to the reader.", "Do not use emojis.", "Include at least one example.",
    "Keep the original meaning.", "Leave names and numbers unchanged.", "Ask a clarifying question if the request is vague.",
    "Do not add any explanation.", "Explain your reasoning briefly.", "Return only the answer.",
    "Use headings for each section.", "Avoid gendered language.", "Do not use bullet points.",
    "Keep each line shorter than {c} characters.", "Mention any assumptions you make.",
]

TONE_SENTENCES = [
    "Use {a_tone} tone.", "Keep the tone {tone}.", "Write in {a_tone} voice.", "Sound {tone} throughout.",
    "Your style should be {tone}.",
]

ENTITIES = [
    "names of people", "dates", "prices", "company names", "email addresses", "phone numbers", "locations",
    "product names", "deadlines", "order numbers", "medication names", "job titles", "URLs", "currencies",
    "action items", "key figures", "named organisations", "addresses", "times of day", "quantities",
    "questions asked", "complaints raised", "decisions made", "technical terms",
]

# (genre singular, plural)
GENRES: list[tuple[str, str]] = [
    ("poem", "poems"), ("short story", "short stories"), ("tagline", "taglines"),
    ("product description", "product descriptions"), ("blog post introduction", "blog post introductions"),
    ("tweet", "tweets"), ("haiku", "haiku"), ("limerick", "limericks"), ("email", "emails"),
    ("speech", "speeches"), ("slogan", "slogans"), ("riddle", "riddles"), ("dialogue", "dialogues"),
    ("news headline", "news headlines"), ("quiz question", "quiz questions"), ("joke", "jokes"),
    ("bedtime story", "bedtime stories"), ("song chorus", "song choruses"), ("toast", "toasts"),
    ("FAQ entry", "FAQ entries"), ("social media caption", "social media captions"),
    ("story opening", "story openings"), ("thank-you note", "thank-you notes"), ("job advert", "job adverts"),
]

LENGTHS = ["short", "brief", "two-paragraph", "one-page", "100-word", "very short", "detailed", "three-line"]

PROGRAMMING_LANGUAGES = [
    "Python", "JavaScript", "TypeScript", "Java", "C", "C++", "Go", "Rust", "Ruby", "PHP", "Kotlin", "Swift",
    "SQL", "Bash", "R", "Haskell", "C#", "Scala",
]

CODE_TASKS = [
    "reverses a string", "checks whether a number is prime", "parses a CSV file into a list of records",
    "removes duplicate items from a list while keeping order", "counts word frequencies in a text",
    "validates an email address", "merges two sorted lists", "computes the median of a list",
    "converts Celsius to Fahrenheit", "finds the longest common prefix of several strings",
    "flattens a nested list", "retries a network request with exponential backoff",
    "reads a JSON config file with default values", "formats a duration in seconds as hours and minutes",
    "groups records by a key", "paginates a list of results", "checks whether brackets are balanced",
    "computes a moving average", "splits a text into sentences", "caches the results of an expensive function",
    "generates a random password", "finds all files with a given extension in a folder",
    "converts a date string to ISO format", "rate-limits calls to a function",
]

CONCEPTS = [
    "compound interest", "how vaccines work", "recursion", "supply and demand", "the greenhouse effect",
    "how a bill becomes law", "blockchains", "photosynthesis", "machine learning", "inflation",
    "how the heart pumps blood", "probability", "plate tectonics", "the stock market", "encryption",
    "how airplanes fly", "natural selection", "opportunity cost", "neural networks", "the placebo effect",
    "how search engines rank pages", "the water cycle", "DNS", "herd immunity", "carbon offsets",
    "how a mortgage works", "statistical bias", "black holes", "the scientific method", "game theory",
]

# topics that a restricted assistant declines, with the professional to refer the user to
REFUSAL_TOPICS: list[tuple[str, str]] = [
    ("medical diagnoses", "a doctor"), ("legal advice for a specific case", "a qualified lawyer"),
    ("individual investment recommendations", "a licensed financial adviser"),
    ("tax filing decisions", "a tax professional"), ("medication dosages", "a pharmacist or doctor"),
    ("mental health crises", "a crisis line or mental health professional"),
    ("electrical repairs", "a licensed electrician"), ("immigration cases", "an immigration lawyer"),
]

OFF_TOPIC_SUBJECTS = [
    "politics", "religion", "competitors' products", "celebrity gossip", "personal opinions",
    "topics unrelated to our product", "medical questions", "questions about other customers",
    "internal company matters", "future product plans",
]

ASSISTANT_SCOPES = [
    "questions about our mobile app", "cooking and recipes", "the company's return policy",
    "booking and cancelling appointments", "our software's documentation", "home gardening",
    "the university's admission process", "public transport timetables", "library services",
    "hotel amenities and bookings", "basic IT support", "the museum's exhibitions", "the gym's classes and memberships",
    "tenant questions about their building", "the conference schedule", "pet care",
]

FIELDS = [
    ["name", "date", "amount"], ["title", "author", "year"], ["question", "answer"], ["label", "confidence"],
    ["summary", "keywords"], ["sentiment", "reason"], ["city", "country"], ["task", "owner", "due date"],
    ["product", "issue", "requested action"], ["claim", "evidence", "verdict"], ["term", "definition"],
    ["symptom", "duration", "severity"], ["pros", "cons"], ["language", "translation"],
]

REWRITE_GOALS = [
    "more concise", "more formal", "more casual", "easier to read", "more persuasive", "more polite",
    "more neutral", "clearer", "more engaging", "less technical", "more inclusive", "more confident",
]

ACTIONS_ON_DOC = [
    ("proofread", "and list every correction you make"), ("critique", "and suggest three improvements"),
    ("fact-check", "and mark each claim as supported or unsupported"),
    ("review", "and rate it from 1 to 10 with a short justification"),
    ("shorten", "without losing any key information"), ("expand", "with one concrete example per point"),
    ("outline", "as a list of main points and sub-points"), ("annotate", "with short comments in brackets"),
]

NUMBERS = [2, 3, 4, 5, 7, 10]
WORD_LIMITS = [20, 30, 50, 80, 100, 150, 200, 300]
LINE_LIMITS = [60, 72, 80, 100, 120]
