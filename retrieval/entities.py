"""Named entities and long persona roles for the default corpus (issue 21, second round): written for this project.

Owns: word lists that `retrieval.generator` fills slots from — films, TV series, musicians, species, companies,
landmarks, historical events, inventions, historical and contemporary figures, sports clubs, dishes, instruments,
fields of knowledge, country facts, and a large vocabulary of professional roles for long "act as" system prompts.
Closed-book questions are dominated by their entity in sentence-embedding space, so breadth matters more here
than wording. Plain data only; changing it changes the default corpus (and so its fingerprint).
"""

from __future__ import annotations


def _l(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


FILMS = _l(
    "The Godfather|Casablanca|Jaws|Titanic|Inception|The Matrix|Spirited Away|Parasite|Amélie|The Lion King|"
    "Toy Story|Finding Nemo|Up|Coco|Frozen|Star Wars|The Empire Strikes Back|Back to the Future|E.T.|Jurassic Park|"
    "Pulp Fiction|Forrest Gump|The Shawshank Redemption|Gladiator|Avatar|Interstellar|The Dark Knight|Alien|"
    "Blade Runner|Psycho|Vertigo|Citizen Kane|Singin' in the Rain|The Wizard of Oz|Gone with the Wind|"
    "Lawrence of Arabia|Seven Samurai|Rashomon|Metropolis|Modern Times|The Sound of Music|Mary Poppins|"
    "Top Gun|Ghostbusters|Die Hard|Home Alone|Groundhog Day|Goodfellas|Fargo|No Country for Old Men|Oppenheimer|"
    "Barbie|Dune|Mad Max: Fury Road|Everything Everywhere All at Once|The Social Network|La La Land|Whiplash|"
    "Moonlight|Get Out|Black Panther|Wonder Woman|Shrek|Ratatouille|WALL-E|Inside Out|Zootopia|Moana|"
    "My Neighbor Totoro|Princess Mononoke|Crouching Tiger, Hidden Dragon|Life of Pi|Slumdog Millionaire|Amadeus|"
    "Schindler's List|Saving Private Ryan|Apocalypse Now|Taxi Driver|The Shining|2001: A Space Odyssey|"
    "The Truman Show|Memento|Arrival|Gravity|The Martian|Hidden Figures|Paddington 2|Braveheart|Cinema Paradiso")

TV_SHOWS = _l(
    "Friends|Seinfeld|The Office|Breaking Bad|Game of Thrones|The Simpsons|Stranger Things|The Crown|Succession|"
    "The Sopranos|The Wire|Mad Men|Doctor Who|Sherlock|Downton Abbey|Grey's Anatomy|Lost|The Mandalorian|"
    "Ted Lasso|Squid Game|Money Heist|Dark|Fleabag|Peaky Blinders|The Big Bang Theory|How I Met Your Mother|"
    "Parks and Recreation|Brooklyn Nine-Nine|Twin Peaks|The X-Files|Star Trek|Westworld|Black Mirror|"
    "The Last of Us|Bluey|Sesame Street|Planet Earth|Cobra Kai|The Walking Dead|Better Call Saul|Mr. Bean")

MUSICIANS = _l(
    "The Beatles|Queen|ABBA|The Rolling Stones|Pink Floyd|Led Zeppelin|Nirvana|Radiohead|Coldplay|U2|Metallica|"
    "Daft Punk|Beyoncé|Taylor Swift|Adele|Rihanna|Drake|Kendrick Lamar|Bob Dylan|Elvis Presley|Michael Jackson|"
    "Madonna|Prince|David Bowie|Aretha Franklin|Whitney Houston|Bob Marley|Johnny Cash|Dolly Parton|Ed Sheeran|"
    "Billie Eilish|BTS|Shakira|Bad Bunny|Miles Davis|Louis Armstrong|Ella Fitzgerald|Frank Sinatra|Nina Simone|"
    "Stevie Wonder|Fleetwood Mac|The Who|AC/DC|Iron Maiden|Oasis|Arctic Monkeys|Kraftwerk|Björk|Fela Kuti|"
    "Ravi Shankar|Johann Sebastian Bach|Ludwig van Beethoven|Wolfgang Amadeus Mozart|Frédéric Chopin|"
    "Pyotr Ilyich Tchaikovsky|Antonio Vivaldi|Claude Debussy|Igor Stravinsky|Giuseppe Verdi")

SPECIES = _l(
    "snow leopard|axolotl|platypus|red panda|blue whale|humpback whale|orca|bottlenose dolphin|great white shark|"
    "manta ray|octopus|giant squid|emperor penguin|albatross|peregrine falcon|bald eagle|barn owl|hummingbird|"
    "kiwi bird|flamingo|cassowary|komodo dragon|leatherback turtle|Galápagos tortoise|chameleon|gecko|king cobra|"
    "poison dart frog|monarch butterfly|honeybee|leafcutter ant|firefly|dragonfly|tarantula|scorpion|"
    "mountain gorilla|orangutan|chimpanzee|bonobo|ring-tailed lemur|sloth|armadillo|capybara|beaver|wolverine|"
    "grey wolf|red fox|arctic fox|polar bear|grizzly bear|giant panda|koala|kangaroo|wombat|Tasmanian devil|"
    "cheetah|jaguar|lynx|African elephant|hippopotamus|rhinoceros|giraffe|zebra|okapi|bison|moose|reindeer|"
    "narwhal|walrus|sea otter|seahorse|clownfish|salmon|coelacanth|jellyfish|coral|redwood tree|baobab|"
    "giant sequoia|Venus flytrap|sunflower|orchid|lotus|bamboo|cactus|oak tree|maple tree|lavender|tomato plant|"
    "tardigrade|tiger|lion|hyena|meerkat|pangolin|aardvark|quokka|ibex|yak|alpaca|llama|camel|puffin|toucan")

COMPANIES = _l(
    "Apple|Microsoft|Google|Amazon|Meta|Netflix|Tesla|Nvidia|Intel|IBM|Samsung|Sony|Toyota|Honda|Volkswagen|BMW|"
    "Mercedes-Benz|Ferrari|Nike|Adidas|IKEA|LEGO|Nestlé|Unilever|Coca-Cola|PepsiCo|McDonald's|Starbucks|Disney|"
    "Spotify|Airbnb|Uber|Shopify|Salesforce|Oracle|SAP|Siemens|Philips|Nokia|Ericsson|Alibaba|Tencent|"
    "Huawei|Baidu|Infosys|Tata Motors|Reliance Industries|Airbus|Boeing|SpaceX|Rolex|Louis Vuitton|Chanel|H&M|"
    "Zara|Walmart|Costco|Target|JPMorgan Chase|Goldman Sachs|Visa|Mastercard|PayPal|Pfizer|Johnson & Johnson|"
    "Novartis|Shell|BP|Maersk|FedEx|DHL|Ryanair|Emirates|Nintendo|Canon|Panasonic|Hyundai|Volvo|Heineken|"
    "Databricks|Snowflake|OpenAI|Anthropic|Dropbox|Slack|Zoom|Atlassian|GitHub|Red Hat|Canva|Duolingo|Patagonia")

LANDMARKS = _l(
    "the Eiffel Tower|the Great Wall of China|the Colosseum|Machu Picchu|the Taj Mahal|Petra|Angkor Wat|"
    "Stonehenge|the Acropolis|the Pyramids of Giza|Chichen Itza|the Statue of Liberty|the Golden Gate Bridge|"
    "the Sydney Opera House|Mount Everest|Mount Kilimanjaro|Mount Fuji|the Grand Canyon|Niagara Falls|"
    "Victoria Falls|the Great Barrier Reef|the Amazon rainforest|the Sahara Desert|the Dead Sea|Lake Baikal|"
    "the Nile|the Danube|the Mississippi River|the Alps|the Andes|the Himalayas|Yellowstone National Park|"
    "Yosemite|Banff National Park|the Galápagos Islands|Iceland's Blue Lagoon|the Louvre|the British Museum|"
    "the Vatican Museums|Neuschwanstein Castle|the Alhambra|Sagrada Família|Big Ben|Tower Bridge|"
    "the Burj Khalifa|the Forbidden City|Table Mountain|Uluru|Ha Long Bay|Cappadocia|Santorini|Venice|"
    "the Serengeti|Antarctica|the Panama Canal|the Suez Canal|Times Square|Central Park|the Kremlin|Mont Saint-Michel")

HISTORICAL_EVENTS = _l(
    "the French Revolution|the American Revolution|the Industrial Revolution|the Renaissance|the Reformation|"
    "the fall of the Roman Empire|the fall of the Berlin Wall|World War I|World War II|the Cold War|"
    "the moon landing|the Black Death|the printing press revolution|the Meiji Restoration|the Russian Revolution|"
    "the Great Depression|the civil rights movement|the partition of India|the end of apartheid|"
    "the Battle of Hastings|the signing of the Magna Carta|the voyage of the Mayflower|the Spanish flu|"
    "the Chernobyl disaster|the Apollo 13 mission|the discovery of penicillin|the first powered flight|"
    "the Gold Rush|the Silk Road trade|the Age of Exploration|the Scientific Revolution|the Enlightenment|"
    "the unification of Germany|the Norman conquest|the Cuban Missile Crisis|the launch of Sputnik|"
    "the invention of the World Wide Web|the Boston Tea Party|the Battle of Waterloo|the Ming dynasty")

INVENTIONS = _l(
    "the telephone|the light bulb|the steam engine|the printing press|the transistor|the internet|the bicycle|"
    "the airplane|the microwave oven|the refrigerator|penicillin|the vaccine|the compass|paper|gunpowder|the wheel|"
    "the telescope|the microscope|the radio|television|the personal computer|the smartphone|GPS|the battery|"
    "the jet engine|the X-ray machine|the camera|the sewing machine|the typewriter|the barcode|Velcro|"
    "the lithium-ion battery|the QR code|the zipper|plastic|concrete|the elevator|the pacemaker|the laser")

HISTORICAL_FIGURES = _l(
    "Cleopatra|Julius Caesar|Alexander the Great|Genghis Khan|Napoleon Bonaparte|Queen Victoria|Elizabeth I|"
    "Abraham Lincoln|George Washington|Winston Churchill|Mahatma Gandhi|Nelson Mandela|Martin Luther King Jr.|"
    "Joan of Arc|Charlemagne|Confucius|Socrates|Plato|Aristotle|Leonardo da Vinci|Michelangelo|Galileo Galilei|"
    "Nicolaus Copernicus|Johannes Kepler|Charles Darwin|Louis Pasteur|Nikola Tesla|Thomas Edison|Ada Lovelace|"
    "Alan Turing|Grace Hopper|Rosalind Franklin|Florence Nightingale|Frida Kahlo|Vincent van Gogh|Pablo Picasso|"
    "William Shakespeare|Jane Austen|Leo Tolstoy|Fyodor Dostoevsky|Gabriel García Márquez|Toni Morrison|"
    "Maya Angelou|Simone de Beauvoir|Karl Marx|Adam Smith|John Maynard Keynes|Sigmund Freud|Carl Jung|"
    "Ibn Battuta|Marco Polo|Ferdinand Magellan|Christopher Columbus|Amelia Earhart|Neil Armstrong|Yuri Gagarin|"
    "Valentina Tereshkova|Rachel Carson|Jane Goodall|Wangari Maathai|Malala Yousafzai|Steve Jobs|Bill Gates|"
    "Marie Antoinette|Catherine the Great|Peter the Great|Akbar the Great|Mansa Musa|Hatshepsut|Tutankhamun|"
    "Ramses II|Hypatia|Avicenna|Al-Khwarizmi|Srinivasa Ramanujan|Emmy Noether|Katherine Johnson|Richard Feynman")

CONTEMPORARY_PEOPLE = _l(
    "Serena Williams|Roger Federer|Rafael Nadal|Novak Djokovic|Lionel Messi|Cristiano Ronaldo|Usain Bolt|"
    "Simone Biles|Michael Jordan|LeBron James|Tiger Woods|Lewis Hamilton|Michael Phelps|Pelé|Diego Maradona|"
    "Muhammad Ali|Oprah Winfrey|Meryl Streep|Tom Hanks|Denzel Washington|Leonardo DiCaprio|Steven Spielberg|"
    "Hayao Miyazaki|Christopher Nolan|Greta Gerwig|Bong Joon-ho|J.K. Rowling|Stephen King|Haruki Murakami|"
    "Chimamanda Ngozi Adichie|Margaret Atwood|Elon Musk|Jeff Bezos|Warren Buffett|Tim Berners-Lee|"
    "Jensen Huang|Satya Nadella|Sundar Pichai|Jacinda Ardern|Angela Merkel|Barack Obama|David Attenborough|"
    "Stephen Hawking|Neil deGrasse Tyson|Yo-Yo Ma|Lang Lang|Zaha Hadid|Banksy|Ai Weiwei")

SPORTS_CLUBS = _l(
    "Real Madrid|FC Barcelona|Manchester United|Liverpool FC|Bayern Munich|Juventus|AC Milan|Ajax|Celtic|"
    "Boca Juniors|the Los Angeles Lakers|the Chicago Bulls|the Boston Celtics|the New York Yankees|"
    "the Dallas Cowboys|the New England Patriots|the All Blacks|the Green Bay Packers|Paris Saint-Germain|"
    "Arsenal|Chelsea|Borussia Dortmund|the Golden State Warriors|the Montreal Canadiens|Ferrari's Formula One team")

DISHES = _l(
    "paella|ramen|pho|pad thai|biryani|tacos al pastor|ceviche|moussaka|goulash|borscht|falafel|hummus|shakshuka|"
    "jollof rice|injera|tagine|couscous|pierogi|kimchi|bibimbap|dim sum|Peking duck|sushi|tempura|croissants|"
    "fondue|risotto|lasagne|gelato|tiramisu|baklava|churros|poutine|fish and chips|haggis|feijoada|empanadas|"
    "butter chicken|dal|laksa|rendang|banh mi|kebab|miso soup|sauerbraten|smørrebrød|pavlova|mole poblano")

INSTRUMENTS = _l(
    "violin|cello|double bass|harp|guitar|banjo|ukulele|sitar|piano|harpsichord|organ|flute|clarinet|oboe|"
    "bassoon|saxophone|trumpet|trombone|tuba|French horn|drum kit|timpani|xylophone|tabla|djembe|bagpipes|"
    "accordion|harmonica|theremin|didgeridoo|koto|erhu|oud|mandolin|triangle|castanets|marimba|steelpan")

FIELDS_OF_KNOWLEDGE = _l(
    "organic chemistry|quantum mechanics|thermodynamics|molecular biology|genetics|neuroscience|immunology|"
    "epidemiology|astrophysics|plate tectonics|oceanography|meteorology|climate science|ecology|botany|"
    "microeconomics|macroeconomics|behavioural economics|game theory|linguistics|phonetics|philosophy of mind|"
    "ethics|epistemology|constitutional law|contract law|international relations|sociology|anthropology|"
    "archaeology|art history|music theory|number theory|linear algebra|calculus|topology|probability theory|"
    "statistics|cryptography|machine learning|computer networks|operating systems|compilers|databases|"
    "computer graphics|robotics|materials science|civil engineering|aerospace engineering|nutrition science|"
    "pharmacology|veterinary medicine|agronomy|urban planning|accounting|corporate finance|marketing|psychology")

# (country, capital, currency, continent, top-level domain)
COUNTRY_FACTS: list[tuple[str, str, str, str, str]] = [
    ("France", "Paris", "euro", "Europe", ".fr"), ("Japan", "Tokyo", "yen", "Asia", ".jp"),
    ("Brazil", "Brasília", "real", "South America", ".br"), ("Kenya", "Nairobi", "shilling", "Africa", ".ke"),
    ("Canada", "Ottawa", "dollar", "North America", ".ca"), ("Australia", "Canberra", "dollar", "Oceania", ".au"),
    ("India", "New Delhi", "rupee", "Asia", ".in"), ("Egypt", "Cairo", "pound", "Africa", ".eg"),
    ("Mexico", "Mexico City", "peso", "North America", ".mx"), ("Peru", "Lima", "sol", "South America", ".pe"),
    ("Norway", "Oslo", "krone", "Europe", ".no"), ("Poland", "Warsaw", "złoty", "Europe", ".pl"),
    ("Vietnam", "Hanoi", "dong", "Asia", ".vn"), ("Ghana", "Accra", "cedi", "Africa", ".gh"),
    ("Chile", "Santiago", "peso", "South America", ".cl"), ("Turkey", "Ankara", "lira", "Asia", ".tr"),
    ("Thailand", "Bangkok", "baht", "Asia", ".th"), ("Morocco", "Rabat", "dirham", "Africa", ".ma"),
    ("Hungary", "Budapest", "forint", "Europe", ".hu"), ("New Zealand", "Wellington", "dollar", "Oceania", ".nz"),
    ("Argentina", "Buenos Aires", "peso", "South America", ".ar"), ("Nigeria", "Abuja", "naira", "Africa", ".ng"),
    ("South Korea", "Seoul", "won", "Asia", ".kr"), ("Switzerland", "Bern", "franc", "Europe", ".ch"),
    ("Indonesia", "Jakarta", "rupiah", "Asia", ".id"), ("Ethiopia", "Addis Ababa", "birr", "Africa", ".et"),
    ("Colombia", "Bogotá", "peso", "South America", ".co"), ("Iceland", "Reykjavík", "króna", "Europe", ".is"),
    ("Mongolia", "Ulaanbaatar", "tögrög", "Asia", ".mn"), ("Fiji", "Suva", "dollar", "Oceania", ".fj"),
    ("Portugal", "Lisbon", "euro", "Europe", ".pt"), ("Pakistan", "Islamabad", "rupee", "Asia", ".pk"),
    ("Tanzania", "Dodoma", "shilling", "Africa", ".tz"), ("Bolivia", "Sucre", "boliviano", "South America", ".bo"),
    ("Jamaica", "Kingston", "dollar", "North America", ".jm"), ("Nepal", "Kathmandu", "rupee", "Asia", ".np"),
]

#: What can be asked about a country, as the noun phrase an answer names (for "return its ..." lookups).
COUNTRY_PROPERTIES = _l(
    "capital city|currency|continent|official language|national dish|surface area in square kilometres|"
    "population|internet top-level domain|calling code|year of independence|form of government|"
    "barcode prefix|national animal|highest mountain|longest river|flag colours|neighbouring countries|"
    "head of state|largest city|life expectancy|abbreviation|national sport|time zone|driving side")

PART_WHOLE: list[tuple[str, str]] = [
    ("car", "steering wheel"), ("bicycle", "pedal"), ("house", "chimney"), ("tree", "branch"), ("flower", "petal"),
    ("bird", "feather"), ("fish", "fin"), ("computer", "keyboard"), ("book", "chapter"), ("ship", "hull"),
    ("piano", "key"), ("guitar", "string"), ("human body", "lung"), ("hand", "thumb"), ("castle", "tower"),
    ("shoe", "heel"), ("kitchen", "oven"), ("airplane", "wing"), ("clock", "hand"), ("camera", "lens"),
    ("orchestra", "violinist"), ("forest", "tree"), ("sentence", "word"), ("wheel", "spoke"), ("pen", "nib"),
]

# Strategies a participant may use in a negotiation over shared supplies (for dialogue-act tasks).
NEGOTIATION_STRATEGIES = _l(
    "small talk|stating their own need|asking about the other side's preferences|showing empathy|"
    "saying they do not need an item|appealing to fairness|pointing out the other side's need|"
    "undervaluing the other side's needs|making a concrete offer|rejecting an offer|proposing a compromise")
NEGOTIATION_ITEMS = _l(
    "food, water and firewood packages for a camping trip|books, hats and balls|a used car|a second-hand bicycle|"
    "a flat's rent|a freelance contract|a salary offer|a piece of furniture listed online")

# Social groups a stereotype or biased statement may target (for detection tasks, never generated as statements).
BIAS_TARGETS = _l("gender|profession|race|religion|nationality|age|disability|sexual orientation|social class|"
                  "appearance|political views|body weight")

# Things a program contains that a task may count or find.
CODE_CONSTRUCTS = _l(
    "for loops|while loops|if statements|function definitions|variables|return statements|comments|"
    "recursive calls|nested loops|class definitions|imported modules|switch statements|try blocks")

# Professional roles for long persona system prompts: "role|field|task" (what the assistant is an expert in, and
# the job it is given).
_ROLE_ROWS = """
sommelier|wine regions, grapes and food pairing|recommend wines for a dinner menu and explain each pairing
perfumer|fragrance notes and composition|design a new scent and describe its top, heart and base notes
beekeeper|hive management and bee health|help a beginner set up and look after their first hive
luthier|building and repairing stringed instruments|diagnose a buzzing guitar and explain the repair
cartographer|map design and geographic data|design a clear map for a hiking guide
urban planner|zoning, transport and public space|redesign a neighbourhood so people can walk to daily needs
structural engineer|loads, materials and building codes|check whether a timber floor can carry a heavy bookcase
patent attorney|intellectual property and patent claims|explain how to protect a new invention
tax adviser|personal and small-business taxation|organise a freelancer's expenses before the tax deadline
actuary|risk models and insurance pricing|estimate the cost of a simple insurance product
supply chain analyst|logistics, inventory and forecasting|reduce stock-outs for a small online shop
sustainability consultant|carbon accounting and reporting|measure and cut a company's emissions
clinical research coordinator|trial protocols and patient consent|plan the recruitment for a small clinical study
pharmacist|medicines, doses and interactions|explain how to take a new prescription safely
veterinary nurse|pet care and animal health|advise an owner on caring for a dog after surgery
dietitian|clinical nutrition|plan meals for someone managing type 2 diabetes
physiotherapist|injury rehabilitation and exercise|design a recovery routine after a sprained ankle
sleep coach|sleep hygiene and routines|help a new parent sleep better
speech therapist|speech and language development|plan exercises for a child who stutters
occupational therapist|daily living skills|adapt a home for an older person with limited mobility
mindfulness teacher|meditation and breathing|guide a ten-minute session for stress
yoga instructor|poses, breathing and sequencing|build a gentle morning routine
personal trainer|strength training|create a twelve-week plan to build strength at home
marathon coach|endurance running|prepare a beginner for their first marathon
chess coach|openings, tactics and endgames|review my games and tell me what to study
poker strategist|probability and game theory|explain when to fold, call or raise
escape room designer|puzzles and game flow|design a one-hour escape room with a coherent story
tabletop game master|role-playing campaigns|run an adventure and describe each scene
video game narrative designer|branching stories and characters|write the plot and dialogue for a side quest
level designer|game spaces and pacing|sketch a level that teaches a new mechanic
UX researcher|interviews, usability tests and surveys|plan research to find out why users abandon sign-up
accessibility specialist|WCAG and inclusive design|audit a website and list what fails
information architect|navigation and content structure|reorganise a messy help centre
brand strategist|positioning and brand voice|define a brand for a new coffee company
copy editor|grammar, style guides and consistency|edit a manuscript to house style
ghostwriter|memoirs and personal essays|turn my notes into a chapter in my voice
screenplay consultant|story structure and character arcs|give notes on the first act of my script
literary agent|publishing and book proposals|tell me whether my query letter will get attention
podcast producer|audio storytelling and interviews|plan the first season of a podcast
documentary filmmaker|research, interviews and editing|outline a short documentary
cinematographer|lighting, lenses and camera movement|plan the shots for a short film scene
music producer|arrangement, mixing and mastering|improve the mix of a home-recorded song
sound designer|effects and soundscapes|design the audio for a horror game
fashion stylist|clothing, colour and fit|put together outfits for a capsule wardrobe
interior stylist|colour, lighting and furniture|make a rented flat feel like home
landscape architect|planting and outdoor space|design a small garden that needs little water
florist|flowers and arrangements|plan the flowers for a spring wedding
pastry chef|baking and desserts|fix a recipe for macarons that keep cracking
barista|coffee extraction and brewing|dial in an espresso grinder
mixologist|cocktails and flavour balance|invent a seasonal cocktail menu
food scientist|ingredients, shelf life and safety|extend the shelf life of a homemade sauce
restaurant consultant|menus, costs and service|make a small restaurant profitable
hotel manager|guest experience and operations|handle a complaint about an overbooked room
airline customer agent|bookings, delays and refunds|rebook a passenger whose flight was cancelled
travel agent|itineraries, visas and bookings|plan a two-week trip through Southeast Asia
tour guide|local history and culture|lead a walking tour of an old city centre
real estate agent|property markets and viewings|help a family choose between two houses
mortgage adviser|home loans and affordability|compare a fixed and a variable mortgage
investment analyst|equities, valuation and risk|evaluate a company before I buy its shares
crypto analyst|blockchains and token economics|explain the risks of a new token
venture capitalist|start-up funding and pitch decks|review my pitch deck and ask hard questions
start-up mentor|product-market fit and early growth|help a founder decide what to build first
operations manager|processes and team workflows|remove bottlenecks in an order process
procurement specialist|suppliers, tenders and contracts|compare three supplier quotes
HR business partner|people policies and employee relations|handle a conflict between two team members
recruiter|sourcing, screening and interviews|write a job ad and a screening plan
executive coach|leadership and communication|help a new manager run better one-to-ones
negotiation coach|preparation, anchors and concessions|prepare me for a salary negotiation
public speaking coach|delivery, structure and nerves|help me rehearse a conference talk
debate coach|argument, evidence and rebuttal|prepare a team for a school debate
diplomat|international negotiations|draft a statement that both sides can accept
policy analyst|public policy and evaluation|assess the likely effects of a new regulation
political speechwriter|rhetoric and persuasion|write a speech for a town-hall meeting
journalist|reporting, sourcing and fact-checking|turn an interview into a news story
fact-checker|verification and sources|check the claims in a viral post
historian|primary sources and historical context|explain the causes of a historical event
archaeologist|excavation and material culture|interpret finds from a dig
museum curator|collections and exhibitions|plan an exhibition on everyday life in the past
genealogist|family history and records|trace my family tree back four generations
librarian|research and information literacy|help a student find reliable sources
linguist|grammar, sound systems and language change|explain why two languages share words
translator|terminology and cultural nuance|translate a marketing text and adapt its idioms
language tutor|grammar, vocabulary and conversation practice|hold a conversation with me and correct my mistakes
maths tutor|algebra, geometry and calculus|help a student understand a topic they find hard
physics teacher|mechanics, waves and electricity|explain a concept with an experiment at home
chemistry teacher|reactions, bonds and lab safety|explain a reaction and how to balance its equation
biology teacher|cells, genetics and ecosystems|prepare a lesson with a short quiz
computer science lecturer|algorithms and data structures|explain an algorithm with a worked example
special education teacher|individual learning plans|adapt a lesson for a student with dyslexia
school counsellor|study skills and wellbeing|help a student plan their revision
university admissions adviser|applications and personal statements|review a personal statement
academic writing tutor|essays, citations and structure|improve the argument of my essay
research methodologist|study design and statistics|choose the right study design for my question
statistician|data analysis and inference|tell me which test to use and how to read it
data engineer|pipelines, warehouses and data quality|design a pipeline that loads data every night
data analyst|dashboards, SQL and metrics|find out why sales dropped last quarter
machine learning researcher|model training and evaluation|design an experiment to compare two models
prompt engineer|instructions for language models|improve a prompt so the model follows it reliably
AI ethics adviser|fairness, transparency and risk|review an AI product for possible harms
cloud architect|cloud infrastructure and cost|move a web application to the cloud
site reliability engineer|monitoring, incidents and uptime|write a runbook for a service outage
security engineer|threat modelling and secure code|review a login system for weaknesses
penetration tester|ethical hacking and vulnerability reports|plan an authorised test of a web app
network engineer|routing, switches and firewalls|troubleshoot slow office Wi-Fi
embedded systems engineer|microcontrollers and firmware|program a sensor that logs temperature
mobile app developer|iOS and Android development|plan the screens and data of a new app
backend developer|APIs, databases and scaling|design a REST API for a booking system
full-stack developer|front end, back end and deployment|build a small web app end to end
game developer|game engines and gameplay code|implement a simple physics-based platformer
blockchain developer|smart contracts|write and test a simple smart contract
QA engineer|test plans and automation|write test cases for a checkout page
technical recruiter|engineering roles and interviews|assess a developer's portfolio
IT support technician|hardware, software and accounts|fix a laptop that will not connect to the printer
database architect|schemas and performance|design the tables for an online store
open-source maintainer|community, reviews and releases|write contribution guidelines for a project
astronomer|stars, planets and observation|plan a night of stargazing with a small telescope
geologist|rocks, minerals and landforms|explain how a local landscape was formed
meteorologist|weather systems and forecasts|explain tomorrow's forecast and its uncertainty
climate scientist|climate models and data|explain what a temperature record means
marine biologist|ocean life and ecosystems|explain why coral reefs are bleaching
ecologist|habitats and biodiversity|plan a survey of wildlife in a local park
wildlife photographer|animal behaviour and camera craft|plan a shoot of birds at dawn
park ranger|conservation and visitor safety|brief hikers before a mountain trail
farmer|crops, soil and livestock|plan what to plant on a small plot
agronomist|soil health and crop yields|improve yields without more fertiliser
horticulturist|plant care and propagation|rescue a dying houseplant
dog trainer|behaviour and positive reinforcement|stop a puppy from pulling on the lead
cat behaviourist|feline behaviour|help two cats get along
equine vet|horse health and care|advise on a horse that has gone lame
emergency physician|triage and first aid|explain what to do while waiting for an ambulance
nurse educator|patient education|explain a new diagnosis to a patient in plain words
psychologist|cognitive behavioural techniques|help me reframe anxious thoughts
couples therapist|communication and conflict|help a couple talk about a recurring argument
grief counsellor|loss and bereavement|support someone in the months after a death
addiction counsellor|recovery and relapse prevention|build a plan for the first weeks of recovery
life coach|goals, habits and motivation|turn a vague wish into a plan
career counsellor|career changes and skills|help a teacher move into a new field
etiquette expert|manners and social customs|explain how to behave at a formal dinner
wedding planner|venues, budgets and timelines|plan a wedding for eighty guests
event producer|logistics and run-of-show|run a product launch event
party planner|themes, games and food|plan a children's birthday party
personal shopper|gifts and budgets|choose a present for someone who has everything
antique dealer|valuation and provenance|tell me what an old clock might be worth
art critic|painting, style and art movements|analyse a painting and its technique
art teacher|drawing and painting techniques|teach me to draw faces
photography teacher|exposure, composition and light|critique my photos and suggest exercises
calligrapher|lettering and scripts|teach the basic strokes of italic script
tattoo artist|design and placement|turn an idea into a tattoo design
architect|building design and planning rules|design a small energy-efficient house
carpenter|woodworking and joinery|build a bookshelf from scratch
electrician|wiring and safety|explain why a circuit keeps tripping
plumber|pipes, leaks and heating|find the cause of low water pressure
car mechanic|engines and diagnostics|explain what a warning light means
pilot|flight, weather and navigation|explain what happens during turbulence
ship captain|navigation and seamanship|plan a coastal passage
astronaut trainer|spaceflight and survival training|prepare a crew for a long mission
military historian|battles, strategy and logistics|explain why a campaign failed
philosopher|ethics, logic and arguments|examine an argument and its hidden assumptions
theologian|religious texts and traditions|compare how two traditions treat a question
mythologist|myths and folklore|compare flood myths from different cultures
stand-up comedy writer|jokes, timing and observation|write a five-minute set about everyday life
children's book author|picture books and young readers|write a story for four-year-olds
poetry editor|form, imagery and revision|give feedback on a poem
songwriter|lyrics, melody and hooks|write a chorus for a love song
novel editor|plot, pacing and character|give a developmental edit of a chapter
social media strategist|platforms, content and analytics|plan a month of content for a local bakery
growth marketer|acquisition funnels and experiments|design experiments to raise sign-ups
email marketing specialist|newsletters and segmentation|write a welcome email sequence
SEO strategist|search intent and content|plan articles that rank for a topic
e-commerce consultant|online stores and conversion|improve the product pages of a shop
customer support lead|tickets, tone and escalation|write replies to angry customers
community manager|online communities and moderation|write the rules for a new forum
legal researcher|case law and statutes|summarise the law on a tenant's rights
contract lawyer|clauses, risks and negotiation|explain the risky clauses in a contract
compliance officer|regulations and audits|check a process against data-protection rules
privacy consultant|data protection law|write a clear privacy notice for an app
mediator|conflict resolution|help neighbours settle a dispute about a fence
"""

ROLES: list[tuple[str, str, str]] = [tuple(r.split("|")) for r in _ROLE_ROWS.strip().splitlines()]  # type: ignore[misc]

# Opening requests for long persona prompts ("My first request is ...").
FIRST_ASKS = _l(
    "I need help with a project I have just started.|Please start by asking me three questions about my situation.|"
    "Here is the first problem I am stuck on.|I have a deadline on Friday and I am behind.|"
    "Where should a complete beginner start?|Review what I have so far and tell me what to fix first.|"
    "Give me a plan for the next four weeks.|Explain it as if I knew nothing about the subject.|"
    "I want a short answer first and the details after.|Tell me the three most common mistakes people make.|"
    "Help me compare two options I am considering.|I tried something last week and it did not work.")

# Shot-by-shot video prompts and image-prompt pieces.
CAMERA_MOVES = _l("slow dolly in|aerial drone shot|handheld tracking shot|static wide shot|close-up|"
                  "over-the-shoulder shot|slow pan from left to right|low-angle shot|time-lapse|crane shot rising")
LIGHTING = _l("golden hour light|soft overcast light|neon reflections|candlelight|harsh midday sun|"
              "moody blue hour|studio softbox lighting|backlit silhouette|foggy morning light")
VIDEO_SUBJECTS = _l(
    "a chef plating a dessert in a busy kitchen|a surfer riding a wave at dawn|a fox crossing a snowy field|"
    "a city waking up at sunrise|a robot learning to paint|a child launching a paper boat|"
    "a hot-air balloon over a valley|a vintage car driving along a coastal road|a dancer in an empty theatre|"
    "rain falling on a market street|an astronaut walking on a red planet|a lighthouse keeper climbing the stairs")

# Technical and scientific terms a closed-book "What is X?" question may ask about.
TERMS = _l(
    "photosynthesis|mitochondria|a ribosome|CRISPR|an enzyme|a neutron star|dark matter|a black hole|entropy|"
    "a catalyst|an isotope|osmosis|plate tectonics|a monsoon|the jet stream|a tsunami|an aquifer|permafrost|"
    "inflation|a recession|a bond yield|an index fund|compound interest|a hedge fund|a stock split|an IPO|"
    "a credit score|a balance sheet|cash flow|a supply curve|opportunity cost|a tariff|quantitative easing|"
    "a container image|Kubernetes|a load balancer|a CDN|an API gateway|a message queue|a data lake|ETL|"
    "a vector database|a transformer model|gradient descent|overfitting|a neural network|reinforcement learning|"
    "a hash function|public-key cryptography|a zero-day exploit|two-factor authentication|a VPN|DNS|TCP|"
    "a compiler|garbage collection|a race condition|a mutex|a linked list|a binary search tree|big-O notation|"
    "a hat-trick|offside in football|a tie-break in tennis|a checkmate|a sonnet|iambic pentameter|"
    "a haiku|magical realism|an oxymoron|irony|a leitmotif|a fugue|a sonata|impressionism|cubism|baroque music|"
    "feudalism|mercantilism|a constitutional monarchy|a filibuster|gerrymandering|a referendum|"
    "a placebo|an antibody|an antibiotic|a vaccine adjuvant|insulin|cholesterol|a migraine|"
    "an amino acid|a protein kinase|a stem cell|an allele|epigenetics|a prion")

# Health conditions for everyday health questions (answers should be general information, not diagnosis).
CONDITIONS = _l("a cold|the flu|a sprained ankle|a migraine|a sunburn|food poisoning|"
                "a broken wrist|insomnia|hay fever|back pain|a concussion|tonsillitis|jet lag|a tension headache")

# Open-ended topics to brainstorm lists about.
BRAINSTORM_TOPICS = _l(
    "family rules that keep a household happy|ways to save money on groceries|games to play on a long car trip|"
    "names for a pet turtle|things to do on a rainy weekend|gifts for a friend who loves hiking|"
    "ways to reduce plastic at home|icebreakers for a team meeting|hobbies that cost almost nothing|"
    "themes for a school dance|ways to stay focused while studying|uses for an old T-shirt|"
    "healthy snacks for children|ways to meet people in a new city|date ideas that are free|"
    "side projects for a programmer|ways to make a small flat feel bigger|questions to ask on a first date|"
    "things to pack for a beach holiday|activities for a team off-site|ways to celebrate a small win at work|"
    "tips for a first-time dog owner|ideas for a science fair project|slogans for a charity run")

# Relations between two entities in a knowledge base (for "which entity has relation R with X?").
RELATION_NAMES = _l(
    "place of birth|country of citizenship|publisher|record label|located in|founded by|member of|"
    "headquarters location|director|author|genre|parent company|capital of|spouse|educated at|instrument played|"
    "date of death|original language|award received|employer")

# Properties a sentence may or may not mention (for yes/no "is there a reference to ..." questions).
SENTENCE_PROPERTIES = _l("movement|time|a location|money|an emotion|a number|a person|food|the weather|"
                         "a sound|a colour|a future event|a comparison|a negation")

# Short questions to wrap in reasoning and question-answer layouts.
COT_QUESTIONS = _l(
    "Can a goldfish survive in a desert?|Would a grand piano fit inside a shoebox?|"
    "Is it possible to walk from London to Paris?|Could a cat read a newspaper?|"
    "Does ice sink in water?|Is a tomato a fruit?|Can you see the Great Wall of China from the Moon?|"
    "Would a penguin be comfortable in the Sahara?|Is a week longer than a fortnight?|"
    "Can a person hold their breath for an hour?|Does a spider have more legs than an ant?|"
    "Would a candle burn longer in a sealed jar?|Is Tokyo further north than Cairo?|"
    "Can sound travel through space?|Do plants grow better in the dark?|Is 91 a prime number?|"
    "If it rained all night, is the grass likely to be wet in the morning?|Can a child lift a car?|"
    "Would a snowman last a week in July in Spain?|Is it safe to swim during a thunderstorm?")

# Short problems with an open answer, for step-by-step framings.
COT_PROBLEMS = _l(
    "A man walks into a shop with five apples and buys three more. How many does he have?|"
    "If a train leaves at 3 pm and travels for 2 hours, when does it arrive?|"
    "Which is heavier, a kilogram of feathers or a kilogram of bricks?|"
    "A recipe for four people needs 300 g of flour. How much is needed for six?|"
    "Sam is older than Ana, and Ana is older than Li. Who is the youngest?|"
    "What is the next number in the sequence 2, 4, 8, 16?|"
    "A shirt costs 40 dollars and is 25% off. What is the new price?|"
    "If today is Tuesday, what day will it be in ten days?|"
    "Where would you most likely find a stapler: a kitchen, an office or a beach?|"
    "What would a person probably do after missing the last bus home?")

#: Every named entity above, for questions that work with any of them ("Given this paragraph about X, ...").
NAMED_ENTITIES = (FILMS + TV_SHOWS + MUSICIANS + SPECIES + COMPANIES + LANDMARKS + HISTORICAL_EVENTS + INVENTIONS
                  + HISTORICAL_FIGURES + CONTEMPORARY_PEOPLE + SPORTS_CLUBS + DISHES)

TIME_PHRASES = _l("half past seven in the evening|just before midnight|early morning|noon|a quarter to three in "
                  "the afternoon|late at night|around teatime|first thing after breakfast")

# More pieces for long system prompts (added to `vocab.DUTIES` and `vocab.RULES` by the generator).
EXTRA_DUTIES = _l(
    "gather the requirements before proposing anything|map out the user's constraints|compare at least two approaches|"
    "write a short plan before the detailed answer|explain each recommendation in plain words|"
    "give a realistic timeline|list the tools or materials needed|point out what could go wrong|"
    "prepare a checklist the user can follow|suggest how to measure success|draft a first version for feedback|"
    "give one worked example|highlight the most important decision|note any assumptions you make|"
    "propose a simple first step|revise your answer when the user gives feedback|keep a running summary|"
    "explain the trade-offs between cost, time and quality|check the result against the original goal|"
    "translate technical terms into everyday language")
EXTRA_RULES = _l(
    "Ask before making big assumptions.|Never make up numbers or sources.|Keep a friendly, professional tone.|"
    "Use numbered steps for any procedure.|Say clearly when something is outside your expertise.|"
    "Give the short answer first.|Avoid filler and repetition.|Write for a non-expert reader.|"
    "Use metric units.|Mark optional steps as optional.|Do not recommend specific brands.|"
    "Respect the user's budget.|Finish with a question that moves the work forward.")

# Deliverables for multi-step workflow prompts.
DELIVERABLES = _l(
    "final report|launch plan|conference talk|product brochure|grant application|podcast episode|"
    "online course module|research paper|annual budget|website redesign|training manual|newsletter issue|"
    "investor update|user guide|marketing campaign|mobile app release|exhibition catalogue|wedding speech")

# Persona prompts in other languages (role, task), written for this project.
DE_ROLES: list[tuple[str, str]] = [
    ("Reiseberater", "eine zweiwöchige Reise zu planen"), ("Ernährungsberater", "einen ausgewogenen Wochenplan zu erstellen"),
    ("Steuerberater", "meine Ausgaben für die Steuererklärung zu ordnen"),
    ("Softwarearchitekt", "eine skalierbare Architektur für eine Web-App zu entwerfen"),
    ("Bewerbungscoach", "mein Anschreiben zu verbessern"), ("Deutschlehrer", "meine Texte zu korrigieren und jeden Fehler zu erklären"),
    ("Fitnesstrainer", "einen Trainingsplan für zu Hause zu erstellen"),
    ("Marketingexperte", "eine Kampagne für ein neues Produkt zu planen"), ("Datenanalyst", "meine Verkaufszahlen auszuwerten"),
    ("Rechtsexperte", "einen Mietvertrag in einfacher Sprache zu erklären"),
    ("Energieberater", "den Stromverbrauch meines Hauses zu senken"), ("Projektmanager", "ein Projekt in Meilensteine zu gliedern"),
]
FR_ROLES: list[tuple[str, str]] = [
    ("conseiller en voyages", "planifier un voyage de deux semaines"), ("nutritionniste", "établir un menu équilibré pour la semaine"),
    ("expert-comptable", "organiser mes dépenses avant la déclaration d'impôts"),
    ("architecte logiciel", "concevoir une architecture évolutive pour une application web"),
    ("coach en recrutement", "améliorer ma lettre de motivation"), ("professeur de français", "corriger mes textes et expliquer chaque faute"),
    ("coach sportif", "créer un programme d'entraînement à la maison"),
    ("expert en marketing", "planifier une campagne pour un nouveau produit"), ("analyste de données", "analyser mes chiffres de ventes"),
    ("juriste", "expliquer un contrat de location en termes simples"),
    ("expert en énergie", "réduire la consommation d'électricité de ma maison"),
]
ES_ROLES: list[tuple[str, str]] = [
    ("asesor de viajes", "planificar un viaje de dos semanas"), ("nutricionista", "preparar un menú semanal equilibrado"),
    ("asesor fiscal", "ordenar mis gastos antes de la declaración de impuestos"),
    ("arquitecto de software", "diseñar una arquitectura escalable para una aplicación web"),
    ("orientador laboral", "mejorar mi carta de presentación"), ("profesor de español", "corregir mis textos y explicar cada error"),
    ("entrenador personal", "crear un plan de ejercicios en casa"),
    ("experto en marketing", "planificar una campaña para un producto nuevo"), ("analista de datos", "analizar mis cifras de ventas"),
    ("abogado", "explicar un contrato de alquiler con palabras sencillas"),
]
ZH_ROLES: list[tuple[str, str]] = [
    ("旅行顾问", "规划一次两周的旅行"), ("营养师", "制定一周的均衡饮食计划"), ("软件架构师", "为一个网络应用设计可扩展的架构"),
    ("职业规划师", "改进我的求职信"), ("数据分析师", "分析我的销售数据"), ("健身教练", "制定一个在家锻炼的计划"),
    ("市场营销专家", "为新产品策划一次推广活动"), ("语文老师", "修改我的作文并解释每个错误"),
]

# More terms for "What is X?" questions, across everyday and specialist fields.
MORE_TERMS = _l(
    "a mortgage|an annuity|a Roth IRA|a 401(k)|a dividend|a capital gain|a credit default swap|a derivative|"
    "a stablecoin|a smart contract|a blockchain|a DAO|venture capital|private equity|a unicorn start-up|"
    "a balance transfer|an overdraft|a payday loan|a mutual fund|an ETF|short selling|a bear market|"
    "a data warehouse|a data mesh|MLOps|a feature store|a large language model|retrieval-augmented generation|"
    "fine-tuning|a prompt injection|an embedding|a knowledge graph|edge computing|serverless computing|"
    "a microservice|a monolith|technical debt|continuous integration|infrastructure as code|a service mesh|"
    "Apache Spark|Apache Kafka|Hadoop|a Jupyter notebook|PostgreSQL|MongoDB|Redis|GraphQL|WebAssembly|"
    "a smart grid|a heat pump|a solar inverter|carbon capture|a fuel cell|nuclear fusion|a wind turbine|"
    "a 3D printer|a CNC machine|a lathe|a PLC|lean manufacturing|Six Sigma|a Kanban board|a Gantt chart|"
    "a sprint retrospective|a product roadmap|OKRs|a KPI|net promoter score|churn rate|a sales funnel|"
    "a leveraged buyout|a hostile takeover|a non-compete clause|a trademark|a patent|copyright|fair use|"
    "habeas corpus|a class action lawsuit|a plea bargain|jury nullification|a tort|common law|a subpoena|"
    "the electoral college|a parliamentary system|a coalition government|a veto|a primary election|"
    "a conspiracy theory|confirmation bias|the Dunning-Kruger effect|cognitive dissonance|"
    "impostor syndrome|a growth mindset|emotional intelligence|mindfulness|stoicism|existentialism|nihilism|"
    "utilitarianism|the trolley problem|Occam's razor|the scientific method|peer review|a double-blind study|"
    "a p-value|a confidence interval|a standard deviation|regression to the mean|a Bayesian prior|"
    "a supernova|a quasar|an exoplanet|a light-year|a solar eclipse|the aurora borealis|a comet|a nebula|"
    "El Niño|a hurricane|a tornado|a drought|a glacier|a fjord|a delta|a volcano|an earthquake|a geyser|"
    "a coral reef|a mangrove|a wetland|a rainforest canopy|a food web|a keystone species|an invasive species|"
    "a marathon|a triathlon|a decathlon|a hat trick in cricket|a grand slam|a birdie in golf|a touchdown|"
    "sourdough|kombucha|umami|a roux|sous vide|fermentation|a Maillard reaction|a soufflé|"
    "a sonnet sequence|free verse|an epic poem|a novella|a bildungsroman|an unreliable narrator|"
    "a cantata|a concerto|a symphony|jazz improvisation|a blues scale|a power chord|syncopation|"
    "Art Nouveau|Bauhaus|Brutalism|Gothic architecture|the Baroque|Romanticism|surrealism|pop art|"
    "a gene|DNA replication|a chromosome|an mRNA vaccine|a virus|a bacterium|the microbiome|homeostasis|"
    "a neuron|dopamine|serotonin|the placebo effect|an allergy|inflammation|metabolism|a calorie")
