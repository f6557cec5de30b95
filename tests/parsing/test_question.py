"""What the title or question says is compared: one row per phrasing of the family."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.parsing.aspects import _WEIGHS, _WEIGHS_HINTS
from explorer.parsing.name_lists import compared_in
from explorer.parsing.of_phrases import shared_tail
from explorer.parsing.question import read_question
from explorer.parsing.question_patterns import COMPARES as COMPARES_PATTERN
from explorer.parsing.question_patterns import says_compare

NAMED = [
    ("How do Keras, TensorFlow, and PyTorch differ?", ("Keras", "TensorFlow", "PyTorch")),
    ("What is the difference between DNA and RNA?", ("DNA", "RNA")),
    # a list cut at its first "in" before a second name goes on through "and"; the last
    # name takes the phrase its twin in the list has ("change in ..." and "change in ...")
    (
        "What is the difference between a change in demand and a change in quantity demanded?",
        ("change in demand", "change in quantity demanded"),
    ),
    (
        "How does a change in supply compare to a change in quantity supplied?",
        ("change in supply", "change in quantity supplied"),
    ),
    (
        "What is the difference between a shift in supply and a movement along the curve?",
        ("shift in supply", "movement along the curve"),
    ),
    # "main" and "basic" open a name when coordinated ("the main types of X": a filler)
    (
        "What are the differences between main and satellite libraries in a university?",
        ("main", "satellite libraries"),
    ),
    (
        "What are the differences between basic and advanced emotional processes?",
        ("basic", "advanced emotional processes"),
    ),
    # a list's first name opens with no preposition; a full stop ends the question, not a name
    (
        "What are the pottery styles associated with the Beaker People and Corded Ware People?",
        ("Beaker People", "Corded Ware People"),
    ),
    (
        "Explain water transport in solutions and its impact on cell volume and tonicity.",
        ("cell volume", "tonicity"),
    ),
    # a plain list's last "in ..." is where all its names are, unless it is its own words
    (
        "What is the primary role of channels, carriers, and pumps in cellular transport?",
        ("channels", "carriers", "pumps"),
    ),
    (
        "How can artists effectively use value to create contrast and emphasis in their work?",
        ("value to create contrast", "emphasis in their work"),
    ),
    # a plain list that opens after a verb's "in ...ing" is what the verb acts on
    (
        "Why is the logarithmic scale important in understanding pH and concentration differences?",
        ("pH", "concentration differences"),
    ),
    (
        "What are the different options for scheduling assignments and tests?",
        ("assignments", "tests"),
    ),
    # the names a verb acts with come before it; what it acts on (examples and all) is no list
    (
        (
            "How do unilateral and bilateral brain lesions impact cognitive functions such as "
            "speech and motor skills?"
        ),
        ("unilateral", "bilateral brain lesions"),
    ),
    (
        "How do ATP and NADPH facilitate the light-independent reactions of photosynthesis?",
        ("ATP", "NADPH"),
    ),
    # after "does" the name is the verb's subject, not what it acts on; unless what it acts on
    # ends in the other name's head noun; an intransitive verb's phrase may hold the name
    (
        "How does the crystalline structure of ice affect its density compared to liquid water?",
        ("ice", "liquid water"),
    ),
    (
        "How does active recall enhance learning compared to passive learning techniques?",
        ("active recall", "passive learning techniques"),
    ),
    (
        "How do metalloids conduct heat and electricity compared to metals and non-metals?",
        ("metalloids", "metals", "non-metals"),
    ),
    (
        "How do SVMs handle two-dimensional data differently from one-dimensional data?",
        ("two-dimensional data", "one-dimensional data"),
    ),
    (
        "How do resistors behave differently when connected in parallel compared to in series?",
        ("parallel", "series"),
    ),
    (
        "How does symbolic play differ in children with autism compared to neurotypical children?",
        ("children with autism", "neurotypical children"),
    ),
    (
        "How does the novel address the theme of reality vs. imagination?",
        ("reality", "imagination"),
    ),
    # a plain list of three or more short names: a long first one is a topic ending in it
    (
        "What are the molecular orbital configurations for N2, O2, F2, and Ne2 molecules?",
        ("N2", "O2", "F2", "Ne2 molecules"),
    ),
    (
        "What are the structure and function of motor neurons, sensory neurons, and interneurons?",
        ("motor neurons", "sensory neurons", "interneurons"),
    ),
    # "&" between two capitalised words is inside a name; elsewhere it joins two
    (
        "What distinguishes the Baddeley & Hitch Model from the Atkinson-Shiffrin Model?",
        ("Baddeley & Hitch Model", "Atkinson-Shiffrin Model"),
    ),
    ("How do stocks & bonds differ?", ("stocks", "bonds")),
    # a predicate adjective ends no name ("Why is X ... important, and how does it compare")
    (
        "Why is temporal resolution important in EEG studies, and how does it compare to fMRI?",
        ("temporal resolution", "fMRI"),
    ),
    # a pronoun and its verb open no name ("how did they impact the Southern and ...")
    (
        (
            "What were the key constitutional clauses related to slavery, and how did they "
            "impact the Southern and Northern states differently?"
        ),
        ("Southern", "Northern states"),
    ),
    ("How do IT systems and OT systems differ?", ("IT systems", "OT systems")),
    # a topic too long to be a name, before "vs", ends in the first name
    (
        (
            "What is the impact of resistive loads on the brightness of bulbs in series versus "
            "parallel circuits?"
        ),
        ("series", "parallel circuits"),
    ),
    ("How does nature vs nurture shape a case study?", ("nature", "nurture")),
    # ... but a phrase no name has of its own is shared, and a stop ends the list
    ("What are the differences between mitosis and meiosis in plants?", ("mitosis", "meiosis")),
    (
        "What are the key differences between the states of matter: solid, liquid, and gas?",
        ("solid", "liquid", "gas"),
    ),
    (
        "How does cash credit differ from other types of loans?",
        ("cash credit", "other types of loans"),
    ),
    (
        "How does galvanizing differ from other types of metal coatings?",
        ("galvanizing", "other types of metal coatings"),
    ),
    (
        "How did the Eastern Front developments differ from those on the Western Front?",
        ("Eastern Front developments", "Western Front"),
    ),
    (
        "How does the role of agriculture in developing economies differ from that in developed economies?",
        ("developing economies", "developed economies"),
    ),
    ("How does the primary structure of DNA differ from that of RNA?", ("DNA", "RNA")),
    (
        "Define dehiscence and evisceration and explain the difference between them.",
        ("dehiscence", "evisceration"),
    ),
    (
        "What are the key differences between positive stress (eustress) and negative stress (distress)?",
        ("positive stress (eustress)", "negative stress (distress)"),
    ),
    (
        "How does the quaternary structure of proteins differ from the tertiary structure?",
        ("quaternary structure", "tertiary structure"),
    ),
    ("What are the differences between the sugar components of DNA and RNA?", ("DNA", "RNA")),
    (
        "Compare the energy requirements of passive and active transport methods.",
        ("passive", "active transport methods"),
    ),
    (
        "How do the etiologies of acute and chronic liver failure differ?",
        ("acute", "chronic liver failure"),
    ),
    (
        "How is Excel used in data analysis, and what are its limitations compared to R and Python?",
        ("Excel", "R", "Python"),
    ),
    (  # not one list: the other side's three words are its own
        "How do modern theories of personality differ from Freud's psychoanalytic theory?",
        ("modern theories of personality", "Freud's psychoanalytic theory"),
    ),
    (
        "Compare the mechanical properties of hot rolled and cold rolled steel.",
        ("hot rolled", "cold rolled steel"),
    ),
    (
        "How do Hobbes' and Locke's social contract theories differ?",
        ("Hobbes'", "Locke's social contract theories"),
    ),
    (
        "How do Class A, B, and C IPv4 addresses differ?",
        ("Class A", "Class B", "Class C IPv4 addresses"),
    ),
    (
        "What are some examples of community involvement in rural versus urban settings?",
        ("rural", "urban settings"),
    ),
    ("How does burnout relate to the autonomy versus shame stage?", ("autonomy", "shame stage")),
    ("How can scarlet fever be differentiated from measles?", ("scarlet fever", "measles")),
    ("What is the distinction between causation and correlation?", ("causation", "correlation")),
    ("How is competence distinguished from performance?", ("competence", "performance")),
    # "different", "alike", "the same" after the names are no part of them
    ("How are stacks and queues different?", ("stacks", "queues")),
    ("What makes a stack different from a queue?", ("stack", "queue")),
    # what sets one apart from, separates it from, or is unlike the other
    ("What sets Python apart from Java?", ("Python", "Java")),
    ("What separates a virus from a bacterium?", ("virus", "bacterium")),
    ("How is a stack unlike a queue?", ("stack", "queue")),
    # a choice between two named things
    ("Which is better for beginners, Python or Java?", ("Python", "Java")),
    ("Should I use Keras or PyTorch for a class project?", ("Keras", "PyTorch")),
    # "is X more ... than Y" weighs the two
    ("Is PyTorch better than TensorFlow for research?", ("PyTorch", "TensorFlow")),
    ("Why is TCP preferred to UDP for file transfer?", ("TCP", "UDP")),
    (
        "Why are statistical predictions often more reliable than clinical predictions?",
        ("statistical predictions", "clinical predictions"),
    ),
    (
        (
            "What is the similarity between a 90 degrees clockwise rotation and a 270 degrees "
            "counterclockwise rotation?"
        ),
        ("90 degrees clockwise rotation", "270 degrees counterclockwise rotation"),
    ),
    (
        "What is Mill's distinction between higher and lower pleasures?",
        ("higher", "lower pleasures"),
    ),
    ("What are the structure and function of DNA and RNA?", ("DNA", "RNA")),
    # a list of aspects, then the names they are of
    (
        "What are the symptoms and treatment options for onychia and paronychia?",
        ("onychia", "paronychia"),
    ),
    (
        "How can secondary gain be distinguished from malingering?",
        ("secondary gain", "malingering"),
    ),
    (
        "What is convergent evolution and how can it be distinguished from homology?",
        ("convergent evolution", "homology"),
    ),
    ("How can a transformer be compared to a gearbox?", ("transformer", "gearbox")),
    (
        "How does rote learning differ from meaningful learning, and can you give examples?",
        ("rote learning", "meaningful learning"),
    ),
    # An aspect phrase inside the list is left out; "benefits to plants" is no second name.
    (
        "Compare ectomycorrhizae and endomycorrhizae in terms of structure and benefits to plants.",
        ("ectomycorrhizae", "endomycorrhizae"),
    ),
    (
        "What are the benefits of automated monitoring systems in terms of accuracy and efficiency compared to manual systems?",
        ("automated monitoring systems", "manual systems"),
    ),
    # A number is part of a name, unless "the" makes it a count ("the two main types").
    ("How do hyperboloids of one sheet and two sheets differ?", ("one sheet", "two sheets")),
    # "X's A compared to Y's": the owners are compared.
    ("How does Laertes' desire for revenge compare to Hamlet's?", ("Laertes", "Hamlet")),
    ("How does Ovid’s depiction of the Golden Age differ from Hesiod’s?", ("Ovid", "Hesiod")),
    # An initial's full stop does not end the name.
    (
        "How does South Korea's education system differ from the U.S.?",
        ("South Korea's education system", "U.S."),
    ),
    # The first name is the last "in ..." of a clause, after a verb.
    (
        "How does chromatin differ in non-dividing cells compared to dividing cells?",
        ("non-dividing cells", "dividing cells"),
    ),
    ("How is language used differently in television compared to radio?", ("television", "radio")),
    (
        "How do resistors behave differently when connected in parallel compared to in series?",
        ("parallel", "series"),
    ),
    (
        "How is language acquisition different in multilingual contexts compared to monolingual ones?",
        ("multilingual contexts", "monolingual contexts"),
    ),
    # a plain list after a comparison word leaves out the aspect all its names share
    (
        "What are the key differences in the town planning of Lahun and Akhetaten?",
        ("Lahun", "Akhetaten"),
    ),
    ("How does free will differ in the views of Spinoza and Leibniz?", ("Spinoza", "Leibniz")),
    # ... unless what is left is aspects of one thing: its types are asked for, no sides
    ("What are the types and causes of soil erosion?", ()),
    # "differently in", "vary across" and "different" lead into the names
    (
        "How is a tax levied differently in sole traders, partnerships, and companies?",
        ("sole traders", "partnerships", "companies"),
    ),
    (
        "How was the treaty applied differently in Upper and Lower Canada?",
        ("Upper", "Lower Canada"),
    ),
    # a plain list ends where the question's verb begins ("climate change" is a name)
    ("What role do forests and oceans play as carbon sinks?", ("forests", "oceans")),
    ("How do rods and cone cells respond to dim light?", ("rods", "cone cells")),
    ("How do drought and climate change affect farms?", ("drought", "climate change")),
    # aspects of what follows "of", an adverb before the verb, "those of" after several names
    (
        "How do the sizes and shapes of red and white blood cells typically differ?",
        ("red", "white blood cells"),
    ),
    (
        "How do the colour and hardness of diamonds compare to those of sapphires?",
        ("diamonds", "sapphires"),
    ),
    # the verb of a list found before "differently", a lead that is only the others' noun
    ("How do cats and dogs perform differently on memory tasks?", ("cats", "dogs")),
    (
        "What are the key similarities between the Court of Appeal and the High Court?",
        ("Court of Appeal", "High Court"),
    ),
    (
        "How does church architecture vary between Catholic and Orthodox traditions?",
        ("Catholic", "Orthodox traditions"),
    ),
    # the other side's "of" tail is its own, not shared with a one-word first side
    (
        "What distinguishes the Enlightenment from the Age of Reason in terms of ideas?",
        ("Enlightenment", "Age of Reason"),
    ),
    (
        "How does the UCC compare with the International Sale of Goods?",
        ("UCC", "International Sale of Goods"),
    ),
    (
        "How does the Age of Reason differ from the Enlightenment?",
        ("Age of Reason", "Enlightenment"),
    ),
    # "the advantages of (using) X over Y" weighs X against Y
    (
        "What are the advantages of using water cooling over air cooling in data centres?",
        ("water cooling", "air cooling"),
    ),
    (
        "What are the benefits of e-books over traditional textbooks?",
        ("e-books", "traditional textbooks"),
    ),
    # "the A vs. B debate" compares A and B; a long topic before "vs" ends in its name
    ("How does the nature vs. nurture debate relate to determinism?", ("nature", "nurture")),
    ("What is the significance of the P vs NP problem?", ("P", "NP")),
    # "how is it different from": the name it refers back to
    ("What is acceleration, and how is it different from velocity?", ("acceleration", "velocity")),
    ("How is a virus different from a bacterium?", ("virus", "bacterium")),
    # "the identifying features of X": X
    (
        "How do the identifying features of vacuum forming differ from other manufacturing processes?",
        ("vacuum forming", "other manufacturing processes"),
    ),
    # "those of other Ys" are the others
    (
        "What are the key differences between Egyptian columns and those of other ancient cultures?",
        ("Egyptian columns", "other ancient cultures"),
    ),
    # aspects listed of one thing, compared with another of its kind
    (
        "Compare the speed and precision of CNC lathes with mechanical lathes.",
        ("CNC lathes", "mechanical lathes"),
    ),
    (
        "What are the dynamics of tsunami waves compared to regular ocean waves?",
        ("tsunami waves", "regular ocean waves"),
    ),
    # ... or with the others of its kind, which is then its kind too; not what an owner's lead is of
    (
        "How does the etiology of HCC differ from other liver cancers?",
        ("HCC", "other liver cancers"),
    ),
    (
        "Compare the hydrogen ion concentration and pH values of pure water to other solutions.",
        ("pure water", "other solutions"),
    ),
    (
        "How does the legal position of a sole proprietorship differ from other business forms?",
        ("sole proprietorship", "other business forms"),
    ),
    (
        "How does Donne's metaphysical exploration of love differ from other poets of his time?",
        ("Donne's metaphysical exploration of love", "other poets of his time"),
    ),
    # ... but not an "of" inside a name, nor a lead both sides have
    (
        "What distinguishes a distributed denial of service (DDoS) attack from a DoS attack?",
        ("distributed denial of service (DDoS) attack", "DoS attack"),
    ),
    (
        "How did the resource use and environmental impact of agricultural societies compare to hunting and gathering societies?",
        ("agricultural societies", "hunting and gathering societies"),
    ),
    # "how X differs from Y" with no auxiliary: the name does not take the "how"
    ("Can you explain how SCP differs from FTP?", ("SCP", "FTP")),
    ("Describe how mitosis differed from meiosis in the lecture.", ("mitosis", "meiosis")),
    # "differentiate X from Y", as "distinguish X from Y"
    (
        "What are the primary symptoms that differentiate indigestion from heartburn?",
        ("indigestion", "heartburn"),
    ),
    # what is used is compared, not its use
    ("What are the security implications of using GUIs versus CLIs?", ("GUIs", "CLIs")),
    ("How do you decide between using barium and iodine contrast?", ("barium", "iodine contrast")),
    # "you VERB X and Y": the list is what the person asking does something to
    (
        "How can you identify social positive and social negative reinforcement?",
        ("social positive", "social negative reinforcement"),
    ),
    ("How can we identify stars and planets?", ("stars", "planets")),
    (
        "What role do twin studies play in understanding the nature vs nurture debate?",
        ("nature", "nurture"),
    ),
    (
        "How does consistent publishing impact content marketing quality versus quantity?",
        ("quality", "quantity"),
    ),
    # "X, specifically A vs. B" compares A and B
    ("How does speed affect sails, specifically jib vs. spinnaker?", ("jib", "spinnaker")),
    # a topic that a participle closes, as a preposition would ("experiments involving X")
    (
        "How do ethical guidelines differ for experiments involving human participants versus animal subjects?",
        ("human participants", "animal subjects"),
    ),
    # the second name ends where the question's verb starts
    ("How does integrity vs. despair relate to successful aging?", ("integrity", "despair")),
    ("How does Erikson's stage of trust vs. mistrust apply to infants?", ("trust", "mistrust")),
    # aspects listed before the compared names, and a passive "how is X defined" before "it"
    (
        "Compare the characteristics and functions of fast twitch and slow twitch muscle fibers.",
        ("fast twitch", "slow twitch muscle fibers"),
    ),
    (
        "How is perception defined and how does it differ from sensation?",
        ("perception", "sensation"),
    ),
    # "X of Y differs from its Z": Z is Y's too, so X and Z are compared
    (
        "How does the mathematical representation of Newton's law differ from its meaning?",
        ("mathematical representation", "meaning"),
    ),
    # "between X and other Ys": the others, as one group, are the second name
    (
        "What are the key differences between Newton's law and other gravitational theories?",
        ("Newton's law", "other gravitational theories"),
    ),
    # the kinds of a thing and an aspect of them name no one ("their" is the kinds')
    ("What are the differences between various types of steel and their applications?", ()),
    ("What are the differences between parents and their children?", ("parents", "children")),
    ("How do bacteria and viruses differ in different environments?", ("bacteria", "viruses")),
    # "it" after a passive clause is what the clause is about, comma or not
    ("How is GDP measured, and how does it differ from GNP?", ("GDP", "GNP")),
    # quotes say where each name starts and ends
    (
        "How does 'Songs of Experience' contrast with 'Songs of Innocence'?",
        ("Songs of Experience", "Songs of Innocence"),
    ),
    ("Define the terms 'system' and 'surroundings' in thermodynamics.", ("system", "surroundings")),
    (
        "How did the term 'science' differ in meaning from 'natural philosophy'?",
        ("science", "natural philosophy"),
    ),
    (
        "What are the differences between 'ne...pas,' 'ne...plus,' and 'ne...jamais'?",
        ("ne...pas", "ne...plus", "ne...jamais"),
    ),
    ("How do “Dracula” and “Carmilla” portray fear?", ("Dracula", "Carmilla")),
    (
        "How do nest designs vary across different species like Robins and Swallows?",
        ("Robins", "Swallows"),
    ),
    # "different" is no verb: the list runs on to "differ"
    (
        "How do networks of different sizes, such as LANs and WANs, differ in structure?",
        ("LANs", "WANs"),
    ),
    # a fixed pair before a noun is one name's modifier; before a verb, two names
    (
        "What is errorless learning, and how does it differ from trial and error learning?",
        ("errorless learning", "trial and error learning"),
    ),
    ("How do supply and demand interact?", ("supply", "demand")),
    # "vs" pairs the name just before it, after a lead-in, with the one after it; names listed
    # before a lead-in are the topic's, names listed without one are compared too
    (
        "How does it shape the growth of wisdom and virtue in Erikson's Ego Integrity vs. Despair?",
        ("Ego Integrity", "Despair"),
    ),
    ("How do Keras and TensorFlow vs PyTorch differ?", ("Keras", "TensorFlow", "PyTorch")),
    # the subject of a passive verb, not the verb with it; "it" is the name defined before
    ("How is MRI used compared to CT?", ("MRI", "CT")),
    (
        "What is heteroflexibility, and how is it culturally perceived compared to bisexuality?",
        ("heteroflexibility", "bisexuality"),
    ),
    (
        "How are general partnerships taxed compared to other business entities?",
        ("general partnerships", "other business entities"),
    ),
    # a plain list owned by "its" or "their" is the aspects of a thing, not compared names
    ("How does a kite fly, and what is its shape and size?", ()),
    ("What are stars, and what are their colours and sizes?", ()),
    ("What are the functions and structures of arteries and veins?", ("arteries", "veins")),
    # a list ends at its verb, one that takes an object as well as "regulate" or "differ"
    (
        "How do common law and civil law systems handle international disputes differently?",
        ("common law", "civil law systems"),
    ),
    (
        "What are the differences in how Patinir, Bonheur, and Chevalier depict nature?",
        ("Patinir", "Bonheur", "Chevalier"),
    ),
    # ... a noun of those words is no verb: after a modifier, or last
    (
        "How does self-psychology differ from traditional drive theory in narcissism?",
        ("self-psychology", "traditional drive theory"),
    ),
    (
        "How do peer influence and parental influence differ?",
        ("peer influence", "parental influence"),
    ),
    # what differs between two names is an aspect of both; so is what they differ "in their"
    (
        "How do eye movement and attention differ between experts and novices?",
        ("experts", "novices"),
    ),
    (
        "How do meia-lua keys differ in their formulation and uses compared to rectangular keys?",
        ("meia-lua keys", "rectangular keys"),
    ),
    # "... and their roles in Z": an aspect of the names, not one more name
    (
        "Differentiate between phenotype and genotype and their influence on animal behavior.",
        ("phenotype", "genotype"),
    ),
    ("What are the differences between parents and their children?", ("parents", "children")),
    # "X <verb> in A compared to B" compares A and B, for verbs that say how X goes
    (
        "How do electromagnetic waves propagate in a vacuum compared to a medium?",
        ("vacuum", "medium"),
    ),
]


@pytest.mark.parametrize(("question", "anchors"), NAMED)
def test_compared_names(question: str, anchors: tuple[str, ...]) -> None:
    assert read_question(question).anchors == anchors


# "X ... in A compared to B" is cut to A only after a verb; these are left as they are.
NOT_CUT = [
    ("female heroes in Greek mythology", "male counterparts"),  # after a noun: it places them
    ("supercomputers differ in their uses", "mainframe computers"),  # an aspect
    ("lymphatic system function in lipid transport", "circulatory system"),  # B's own noun
    ("dopamine regulation differ in individuals with ADHD", "those without"),  # B is elided
]


@pytest.mark.parametrize(("first", "other"), NOT_CUT)
def test_compared_in_leaves_these(first: str, other: str) -> None:
    assert compared_in(first, other) == (first, other)


KINDS = [
    ("What are the different types of surrogacy, and how do they differ?", True),
    ("What types of reflexes are assessed in newborns?", True),
    ("How do isotopes of an element differ from each other?", True),
    # the others are named as a group: a comparison with them, not a list of members
    ("How does social media marketing differ from other types of digital marketing?", False),
    (
        "What are the key elements of criminal negligence, and how do they differ from other forms of negligence?",
        False,
    ),
    ("What are the pros and cons of remote work?", False),
    ("What are the key features of Python?", False),
    # "different X compare": the members of X, unnamed
    ("How do different imaging modalities compare in terms of accuracy?", True),
    ("How do different cultures celebrate the new year?", False),
]


@pytest.mark.parametrize(("question", "kinds"), KINDS)
def test_a_set_of_unnamed_members(question: str, kinds: bool) -> None:
    assert read_question(question).kinds is kinds


@pytest.mark.parametrize(
    "question",
    [
        "What are the different types of semiconductors and their characteristics?",
        "How do you install MySQL on Debian?",
        "How does it differ from other ones?",
        # a list inside an aspect phrase names aspects
        "How do construction careers differ in terms of work environment and job types?",
        # participles joined by "and" are verbs
        "How is standard error defined and calculated?",
        "How is lymphoma diagnosed and classified through biopsy?",
        # an adverb before the last word makes a clause ("students effectively research")
        "How can students effectively research and choose the right university for them?",
        # what unnamed members differ in is a list of aspects
        "What are the main layers of the Earth, and how do they differ in crust and core?",
        "What kinds of lenses are there, and how do they vary in focus and thickness?",
        # what a verb acts on ("How do X impact A and B?") is no list of compared names
        "How do cultural differences impact the diagnosis and perception of ASD?",
        "How do neurotransmitter systems influence emotion regulation and cognitive functions?",
        "How do electronegativity differences lead to polar and nonpolar bonds?",
        # ... also when it is the only list, if the verb's subject is what varies
        "How do cultural differences impact mental health diagnosis and treatment?",
        "How do different cultures perceive and treat psychosis?",
        "How do different muscle fiber types contribute to muscle function and performance?",
        # common nouns after "across different" are where X varies, not named sides
        "How do gender roles vary across different societies and cultures?",
        "How do diets vary across different regions and seasons?",
        "How do myths function within different cultures and societies?",
        # a court case is named "A vs. B": one case
        "What were the legal precedents set by the Plessy vs. Ferguson case?",
        "What was the significance of the Standard Oil of New Jersey vs United States case?",
        "What was decided in the Brown vs. Board of Education case?",
        # a weighing pair is one phrase about its topic, not two names
        "What are the cross-cultural similarities and differences in childhood fears?",
        # ordinals joined by "and" before their noun are one name's ("the 17th and 18th centuries")
        "What were the key developments in early liberalism during the 17th and 18th centuries?",
        # what a verb's "its" owns is aspects of a thing named before
        "What is the definition of a function and how do you determine its domain and range?",
        # a second task ("discuss its ...") is no name
        "Define an orthogonal basis and discuss its importance in vector spaces.",
        "Define avant-garde movements and discuss their key characteristics and impact.",
        # a list of aspects is what one thing is asked about
        "What is the structure and function of DNA?",
        "What are the causes and effects of protein denaturation?",
        # a list of three with "or" offers no choice between two
        "What does it mean for a function to be increasing, decreasing, or constant?",
    ],
)
def test_no_compared_names(question: str) -> None:
    assert read_question(question).anchors == ()


COMPARES = [
    ("Is Rust better than Go for command-line tools?", True),
    ("Which framework is better suited to research?", True),
    ("Which is the better choice for beginners, Keras or PyTorch?", True),
    # "better" as in "more": a how-to, not a comparison
    ("How can attributed grammars be optimized for better performance?", False),
    ("How can students apply worked examples to better understand equations?", False),
    # what varies between named things is compared; what varies among individuals is not
    ("How do diffusion mechanisms vary between metals and polymers?", True),
    ("How do daily caloric needs vary among individuals?", False),
    # classes of things are kinds; a class in Java or a social class is one thing
    ("What are the main classes of antibiotics?", True),
    ("How do the different classes of levers work?", True),
    ("What role do abstract classes play in Java programming?", False),
    ("How did Solon's reforms impact the socioeconomic classes in Athens?", False),
    # "comparison operators", "comparative advantage", "social comparison" are one thing each
    ("How do comparison operators work in Python?", False),
    ("How does comparative advantage lead to gains from trade?", False),
    ("What role does social comparison play in self-esteem?", False),
    ("What are the comparative advantages of solar panels?", True),
    # calculus's differentiation, a differential equation or reinforcement is one thing each;
    # differential diagnoses and telling things apart compare
    ("Explain the steps involved in applying the chain rule for differentiation.", False),
    ("How do you solve for constants using differential equations?", False),
    ("What strategies can be used for product differentiation?", False),
    ("What are the implications of a function being differentiable?", False),
    ("What are the common differential diagnoses for dysphagia?", True),
    ("How do you differentiate between a cold and the flu?", True),
    ("How do cells differ in structure?", True),
    ("How does a non-inverting comparator circuit work?", False),
    ("How is compartment syndrome treated?", False),
    ("What is the significance of comparability in financial reporting?", False),
    # preferences are one thing each; a preferred option is chosen among others
    ("How do consumer preferences influence marketing strategies?", False),
    ("When is ultrasound the preferred imaging modality?", True),
    # "the category of X" is one category; categories, or a named one, are kinds
    ("How does music fit into the category of contemporary art?", False),
    ("What are the main categories of bio-agents?", True),
    ("What are Category D and X drugs?", True),
    # "a type of X" classifies one thing; "what type of X" asks which
    ("How is translation considered a type of rigid motion?", False),
    ("How do algorithms influence the type of news people see?", False),
    ("What type of glue suits paper?", True),
    # a trade-off is one concept until it is one between things, or of a list of them
    ("How do fitness trade-offs affect resource allocation in behavior?", False),
    ("What are the trade-offs involved in determining the ideal span of control?", False),
    ("What are the trade-offs between low overhead and reliability in UDP?", True),
    ("How do time complexity and space complexity trade-offs affect algorithm design?", True),
]


@pytest.mark.parametrize(("question", "compares"), COMPARES)
def test_asks_for_a_comparison(question: str, compares: bool) -> None:
    assert says_compare(question) is compares


# A how-to that names nothing asks for a method, whatever it says of comparing; one that
# names what it compares compares them.
HOW_TO = [
    ("How do you compare acidic protons between different molecules?", False),
    ("How do you install Tkinter on different operating systems?", False),
    ("How can one choose between different types of graphs?", False),
    ("How do you compare Python and Java for beginners?", True),
    ("How do different operating systems install Tkinter?", True),
]


@pytest.mark.parametrize(("question", "compares"), HOW_TO)
def test_a_how_to_compares_only_what_it_names(question: str, compares: bool) -> None:
    assert read_question(question).compares is compares


# A title that asks nothing ("Two tools") leaves the structure to decide; an imperative asks.
ASKS = [
    ("Identify the main bones of the arm and their roles.", True),
    ("Name the planets of the solar system and their moons.", True),
    ("State Newton's laws of motion.", True),
    ("Two tools", False),
    ("Keras and PyTorch", False),
]


@pytest.mark.parametrize(("title", "asks"), ASKS)
def test_asks_something(title: str, asks: bool) -> None:
    assert read_question(title).asks is asks


_PIECES = [
    "How", "do", "they", "DIFFER", "Compared", "contrasting", "vs.", "Versus", "types", "Kind",
    "categories", "classes", "varieties", "forms of", "pros and cons", "better", "than",
    "better suited", "better choice", "better option", "preferred", "preferences", "category",
    "Category", "D", "7", "a", "the", "type", "kind", "What",
    "choose", "which one", "which is", "trade-off", "similarities", "distinguishes", "advantages",
    "vary", "Varies", "between", "and", "disadvantages", "claſſes", "\u212aind", "x", "-", ",", "?", "typed", "kindly",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.sampled_from([" ", "", "\u00a0"]))
def test_the_word_hints_never_hide_a_comparison_word(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    assert says_compare(text) == bool(COMPARES_PATTERN.search(text))


WEIGHED = [
    # one thing's pros and cons compare nothing: its points are listed
    ("What are the advantages and disadvantages of LLCs?", (), False),
    ("What are the potential benefits and drawbacks of price controls?", (), False),
    # those of two named things compare them
    (
        "What are the advantages and disadvantages of oral and parenteral medication administration?",
        ("oral", "parenteral medication administration"),
        True,
    ),
    (
        "What are the advantages and disadvantages of packet switching compared to circuit switching?",
        ("packet switching", "circuit switching"),
        True,
    ),
    # a list after the weighed thing is not what is weighed
    (
        (
            "Identify the main strengths and weaknesses of INFPs, focusing on their humanitarian "
            "inclinations and potential for overexertion."
        ),
        (),  # (and "their inclinations and potential" are the INFPs' aspects)
        False,
    ),
]


@pytest.mark.parametrize(("question", "anchors", "compares"), WEIGHED)
def test_pros_and_cons(question: str, anchors: tuple[str, ...], compares: bool) -> None:
    asked = read_question(question)
    assert (asked.anchors, asked.compares) == (anchors, compares)


_WEIGHED_PIECES = [
    "pros", "PROS", "and", "cons", "advantages", "disadvantages", "limitations", "benefits",
    "drawbacks", "risks", "challenges", "strengths", "weaknesses", "of", "X", "\u017ftrengths",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WEIGHED_PIECES), max_size=8))
def test_the_weighing_hints_never_hide_a_weighing_phrase(pieces: list[str]) -> None:
    text = " ".join(pieces) + " "
    hinted = any(h in text.casefold() for h in _WEIGHS_HINTS)
    assert hinted or not _WEIGHS.search(text)


SHARED_TAILS = [
    (["quaternary structure of proteins", "tertiary structure"], ["quaternary structure", "tertiary structure"]),
    (["Court of Appeal", "High Court"], ["Court of Appeal", "High Court"]),
    # "the" and a common noun: what both are about, not a compared name; a proper noun is one
    (["CT imaging of the pancreas", "MRI"], ["CT imaging", "MRI"]),
    (["methodology of the Milesians", "myths"], ["the Milesians", "myths"]),
    # "a" and a common noun: any one of them, unless another name is one too
    (["domain of a function", "range"], ["domain of a function", "range"]),
    (["legal position of a limited partnership", "general partnership"], ["a limited partnership", "general partnership"]),
    # an "of" inside the words an abbreviation spells out is the name's own
    (["Internet of Things (IoT)", "M2M"], ["Internet of Things (IoT)", "M2M"]),
    (["denial of service (DoS) attack", "DoS"], ["denial of service (DoS) attack", "DoS"]),
    # an "of" inside a quoted title is the title's own
    (["modern readings of 'Heart of Darkness'", "early critiques"], ["'Heart of Darkness'", "early critiques"]),
    # capitalized words either side of "of" are one name
    (["Age of Reason", "Enlightenment"], ["Age of Reason", "Enlightenment"]),
    (["Treaty of Versailles", "Yalta"], ["Treaty of Versailles", "Yalta"]),
]  # fmt: skip


@pytest.mark.parametrize(("names", "expected"), SHARED_TAILS)
def test_shared_tail(names: list[str], expected: list[str]) -> None:
    assert shared_tail(names) == expected
