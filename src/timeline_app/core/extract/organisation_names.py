"""What makes a run of words an organisation's name, and its canonical form.

The vocabulary (organisational head words such as "University" or "Union",
generic words that name no particular body, role words that mark a person,
abbreviations that are no organisation), the small tests built on it (does
an acronym come from these words, where does a name's opening noise end),
the normalised key two names merge by and the records the finder fills.
Where the name inside a capitalised run begins is
``organisation_named_body``'s job, where it ends after its last head word
``organisation_name_tails``'s; a name a context rule captured is
``organisation_context_names``'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from ..models import ExtractedOrganisation
from .sentences import plain_apostrophes

# South Asian bodies' heads: Andolan, a movement; Samiti, a committee; Morcha, a front; Sangh and
# Sangathan, a union; Manch, a platform; Parishad, a council; and as Bengali is written, Andolon, Samity and
# Sangsad, a council. Not "Sabha" nor "Vahini": given names too; and a given name before one is a person's
# ("Anil Sangh": ``organisation_named_body``).
SOUTH_ASIAN_HEADS = frozenset(
    "Andolan Andolon Samiti Samity Morcha Sangh Sangathan Manch Parishad Mahasangh Sangsad".split())
HEADS = frozenset(
    """Police Movement University Universities College Union Unions Guild Society Societies Federation Association
    Council Party Committee Trust Foundation Institute Institution Alliance Coalition Network Office
    Ministry Department Group Collective Assembly Organisation Organization Agency Commission Board
    School Schools Academy Congress Confederation Front League Forum Caucus Company Corporation Bank Church
    Centre Center Service Services Authority Government Court Club Federation Cooperative
    Co-operative Partnership Project Initiative Fund Charity Council Rebellion Uncut Radio
    Television Broadcasting Herald Tribune Gazette Examiner Université Universidad Universidade Università
    Universität Universiteit Universiti Universitas Campaign Co-op Force Liceo Colegio Escuela Instituto Lycée
    Coláiste Colaiste Gaelcholáiste Scoil Gaelscoil Ysgol Coleg Prifysgol Polytechnic Party-list Partylist
    Airlines Airways Railways Trains Command Bloc Diocese Archdiocese Hospital Infirmary Watch Consortium Brotherhood
    Bureau Treasury""".split()
) | SOUTH_ASIAN_HEADS | frozenset(
    # a Filipino movement's head, which opens its name ("Kilusang Mayo Uno")
    ["Kilusang"])
# Head words that open a name in their languages ("Université Laval"; "Liceo Carmela Carvajal", a school
# named after a person; Irish and Welsh schools and colleges).
HEAD_FIRST = frozenset("""Université Universidad Universidade Università Universität Universiteit
    Liceo Colegio Escuela Instituto Lycée Coláiste Colaiste Gaelcholáiste Scoil Gaelscoil Ysgol Coleg Prifysgol
    Kilusang""".split())
# Head words that open names in other languages, for a small-lettered acronym's name only ("Universiti" and
# "Universitas" are not in ``HEAD_FIRST``: there a run such as "Universiti ... Act", a law's name, became a body)
_HEADS_OPENING = HEAD_FIRST | frozenset(("Universiti", "Universitas"))
# Words that name a kind of body but not which one: "Students' Union",
# "Board of Directors" alone are not organisations we can identify.
GENERIC = frozenset(
    """Students Student Students' Student's Students’ Student’s National International Executive
    Directors Board Staff Members Officers Sabbatical Academic General Central Local Regional
    Union University College Guild Council Committee Society Department Group School
    The Government Party Court Church Service Services Trust Network Campaign Team Unions Universities Colleges
    Societies Councils Groups Schools Associations Federations Committees Networks Campaigns
    High Primary Secondary Middle Elementary Public Technology Agriculture
    Federal Technical Private""".split()  # "High School", "Federal Government", "Technical University" name none
)
ROLE_WORDS = frozenset(
    """president officer secretary chair chairperson chairman chairwoman director spokesperson
    spokesman spokeswoman organiser organizer coordinator co-ordinator convenor convener leader
    member minister councillor campaigner activist founder head manager representative rep
    treasurer trustee editor professor lecturer chancellor vice-chancellor provost dean researcher
    commissioner registrar inspector superintendent visitor rector speaker mayor governor senator whip
    headteacher ambassador""".split()
)
# Capitalised words that start sentences or headings and would otherwise
# glue themselves to a name ("Yesterday the University of Leeds").
LEADING_NOISE = frozenset(
    """The A An In On At By For From To With Without Since During After Before Despite Yesterday
    Today Tomorrow Last This That These Those When While If As Students Staff Members Thousands
    Hundreds Dozens Many Some Both Every All Our Their Its His Her Join Support Across Under Over
    Dear According Also But And Or Meanwhile However Former Current New Former Outside Inside
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Several Although Though Whereas Whilst Most Few
    Various Each Because Your My Should Would Could Can Did Does Why How What Where Who Which
    Amid Amidst Following Regarding Concerning Considering Given Ahead Congratulations Thanks
    Regardless Nevertheless Nonetheless Moreover Furthermore Consequently Therefore Additionally Instead
    Indeed Unfortunately Fortunately Ultimately Eventually Finally Initially Subsequently Previously Elsewhere
    Any Statement Except""".split()
    # "Protesting University of X students": an action's word describes the body's people
) | frozenset("Protesting Striking Picketing Occupying Marching Demonstrating Boycotting Petitioning".split())
ALLEGIANCE = ("-based", "-affiliated", "-backed", "-aligned")  # "RSS-affiliated X" is X
#: Regions written as codes ("MN teens", "police in KP", "PH unionists", "RUK students"): some US states, provinces
#: of Pakistan, the Philippines, Trinidad and Tobago, the rest of the UK. No body alone, but they open bodies' names
#: ("the PH Students Union"), so they are not NOT_ORGANISATIONS, which would stop the readers from taking such a
#: name: ``organisation_non_bodies.names_a_place`` drops a body named by a code alone, after every reader has read.
#: Codes that are everyday words or abbreviations too ("IN", "OR", "ME", "PA") are left out; the older codes in
#: NOT_ORGANISATIONS (NSW, QLD, WA, NY ...) stay there (``organisation_shapes._CODES_OPENING_NAMES`` lets some open a
#: name), and ``places.US_STATE_CODES`` lists every state for ``organisation_cues``' own test, a code after a town.
REGION_CODES = frozenset("""MN TX FL NJ MI WI OH AZ NM NV KP KPK AJK PH RUK T&T""".split())
# Capitalised abbreviations that are not organisations.
NOT_ORGANISATIONS = frozenset(
    """UK US USA EU GB GMT BST UTC CET AM PM TV PR PDF FAQ CEO MP MPS MSP MEP PHD BA MA MSC BSC ID OK
    LGBT LGBTQ LGBTQI LGBTQIA BAME BME COVID HIV AIDS RSVP ASAP DIY VIP URL HTML PS NB ETC QC KC OBE MBE
    CBE II III IV VI VII VIII IX XI XII VAT GDP A AN THE WE NOW NOT ALL AND OR NO YES STOP NEW FREE END
    OUR US IT IS IN ON AT TO OF BY FOR UPDATE UPDATED BREAKING NEWS PRESS RELEASE NOTE NOTES EDITORS
    EMBARGO EMBARGOED ENDS END FAQ Q A CV DM PPS UCAS? IRL RIP LOL FYI HQ AGM EGM SGM ISBN DOI""".split()
) | frozenset(
    # captions, time zones, sectors, meetings and states or territories
    """PHOTO PHOTOS PICTURE PICTURES IMAGE IMAGES CREDIT VIDEO WATCH READ MORE LIVE IST EST EDT CST CDT PST PDT
    CEST SAST AEST AEDT ACST AWST NZST NZDT ET PT CT MT HE FE GMM AGM NSW ACT QLD WA SA NT NYC DC LA NY""".split()
) | frozenset(
    # offices, qualifications, school subjects and tests, currencies, social
    # categories, kinds of college ("CÉGEP"), levels of study ("PG students", "HS students"), a city's
    # district or short name ("the CBD", "KL"), a labour agreement ("the CBA", "an MOU") and everyday
    # abbreviations that name no body
    """VC VCS TD TDS MLA MLAS MPP MPPS NGO NGOS GPA SAT GCSE GCSES BTEC PGCE MBA LLB JD STEM ICT HR IT PE RE
    SEN SEND CCTV ATM DNA FOI FIR PPE USD GBP EUR ZAR AUD CAD INR NZD RS KM MPH SUV OBC SC ST BPL NRI
    CEO CFO COO VP GM MD OP ED QA TBC TBA AKA DOB ASAP FAQS DB DC PA AP MC DJ TA TAS RA GP CE CS NZ
    CEGEP CÉGEP PG PGT PGR HS CBD KL CBA MOU MOA""".split()
) | frozenset(
    # page furniture opening a line ("STATEMENT: ...", "PUBLISHED : ...")
    """STATEMENT STATEMENTS PUBLISHED POSTED OPINION EDITORIAL ANALYSIS EXCLUSIVE ANNOUNCEMENT COMMENT
    FEATURE INTERVIEW REPORT""".split()
) | frozenset(
    # the words of a motion's or a petition's recitals and resolves ("WHEREAS 12 tenants were charged")
    """WHEREAS RESOLVED THEREFORE HEREBY FURTHER""".split()
)
# A word right after the last head that makes the run a place, not the body
# ("Hillbrow Police Station", "the Student Services Building").
PLACE_NOUNS = frozenset(
    """Station Building Buildings Headquarters Hall Offices Campus Square Street Road Room Rooms Theatre
    Theater Auditorium Lawn Steps Gate Gates Plaza Chamber Library Park Green Quad Quadrangle Lobby Foyer
    Avenue Ave Boulevard Blvd Lane Bridge House Way Highway Drive""".split()
)


# Places whose name opens with "New": there "New" belongs to the name ("New York Communities for Change", "New
# Zealand police"), elsewhere it is the adjective ("New Year", "New Met police chief"). The readers of context
# names and of police forces each add the few their own names need (see there).
NEW_PLACES = frozenset("York Zealand Jersey Mexico Orleans Brunswick Hampshire Haven".split())
CONTEXT_STOP = frozenset(
    """I We You He She They It This That These Those There Here Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November December
    Today Yesterday Tomorrow Tonight London Britain England Scotland Wales Europe""".split()
)


def is_sentence_noise(word: str) -> bool:
    """A capitalised word that opens sentences rather than names ("The",
    "Yesterday", "Students", "London")."""
    return word in LEADING_NOISE or word in CONTEXT_STOP


def is_generic_word(word: str) -> bool:
    """A word that names a kind of body but not which one ("Students", "Council")."""
    return plain_apostrophes(word) in GENERIC


def is_role_word(word: str) -> bool:
    """A word naming a person's office ("president", "Chancellor")."""
    return word.lower() in ROLE_WORDS


_POSSESSIVE = re.compile(r"'s\b|'")
_CAMEL_JOIN = re.compile(r"([a-z])([A-Z])")
_LEADING_THE = re.compile(r"^the\s+")


# Pure and asked again and again for the same few names (every mention, the
# merge, the people guard; the same bodies recur across an archive).
@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """Normalised form used to decide two names are the same organisation."""
    if " " not in name and _CAMEL_JOIN.search(name):
        name = _CAMEL_JOIN.sub(r"\1 \2", name)  # "#FeesMustFall" is Fees Must Fall
    name = plain_apostrophes(name).lower()
    if "'" in name:
        name = _POSSESSIVE.sub("", name)
    if name.startswith("the"):
        name = _LEADING_THE.sub("", name)
    name = " ".join(name.replace("&", "and").split())
    if name.startswith("university of "):
        # "University of Sydney" and "Sydney University" are one body
        place = name[len("university of ") :]
        if len(place.split()) <= 3 and not any(w.capitalize() in HEADS for w in place.split()):
            name = f"{place} university"
    return name


@dataclass
class FoundOrganisation:
    """An organisation while a document is being read: every surface form
    and mention so far."""

    name: str
    acronym: str | None = None
    surfaces: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    defined: bool = False


class OrganisationMention(NamedTuple):
    """Where in the text a canonical organisation is named."""

    name: str
    start: int
    end: int


@dataclass(frozen=True)
class OrganisationResult:
    organisations: tuple[ExtractedOrganisation, ...]
    mentions: tuple[OrganisationMention, ...]


def initials_match(acronym: str, words: list[str], repeats: bool = False) -> bool:
    """Whether an acronym can come from these words (connectors optional);
    with ``repeats``, a word repeating the last word's initial may give no letter."""
    letters = acronym.replace("&", "").lower()
    target = [w for w in words if w not in NO_LETTER]  # "the" may give its letter: "Cut the Rent (CTR)"
    return _match_letters(letters, target, 0, 0, repeats)


def first_initials(name: str) -> set[str]:
    """The letters an acronym spelled by ``name``'s words (``initials_match``) can open with: its first
    word's initial, or a later one's after words that may give no letter ("the", "of", "for")."""
    letters: set[str] = set()
    for word in name.replace("-", " ").split():
        if word in NO_LETTER:
            continue
        lowered = word.lower()
        letters.update((lowered[0], lowered.replace(".", "")[:1]))  # (an all-capitals word gives its letters)
        if lowered not in SKIPPABLE:
            break
    letters.discard("")
    return letters


def opens_or_ends_with_head(words: list[str]) -> bool:
    """Whether a defined name ends with a body's head word or opens with one that opens names in its language
    (a small-lettered acronym's name: "Universiti Teknologi Harbourton (UiTH)"; not "University Code of Conduct
    (UCoC)", "Lakeland Council Cost of Living Payment (LCCoLP)")."""
    return words[-1] in HEADS or words[0] in _HEADS_OPENING


def last_initials(name: str) -> set[str]:
    """The letters an acronym spelled by ``name``'s words (``initials_match``) can end with: the initial of
    its last word, or of the small words ("of", "the") after that word's, or an all-capitals word's last
    letter (every word after the last letter's may only be skipped)."""
    letters: set[str] = set()
    for word in reversed(name.replace("-", " ").split()):
        if word in NO_LETTER:
            continue
        lowered = word.lower()
        letters.add(lowered[0])
        if word.isupper():
            letters.add(lowered.replace(".", "")[-1:])
        if lowered not in SKIPPABLE:
            break
    letters.discard("")
    return letters


# Words that give an acronym no letter, and small words it may skip ("Federation of Students" gives "FS").
NO_LETTER = ("and", "&", "de", "du")
SKIPPABLE = ("of", "for", "the")


def _match_letters(letters: str, words: list[str], li: int, wi: int, repeats: bool) -> bool:
    """Whether ``letters[li:]`` come from ``words[wi:]``. Each acronym letter starts one of the following words,
    or continues the current word ("KCLSU" from "King's College London Student Union", "FOSIS" keeps the "of");
    small words may be skipped. Each (letter, word) position is settled once: a small word that gives a letter or
    is skipped, or a repeated initial that gives none, reaches the same position by two paths, and trying both
    again from each would cost time exponential in their number."""
    settled: dict[tuple[int, int], bool] = {}

    def match(li: int, wi: int) -> bool:
        if (li, wi) not in settled:
            settled[li, wi] = _step(li, wi)
        return settled[li, wi]

    def _step(li: int, wi: int) -> bool:
        if li == len(letters):
            return wi == len(words) or all(w in SKIPPABLE for w in words[wi:])
        if wi == len(words):
            return False
        word = words[wi].lower()
        if word[0] == letters[li] and match(li + 1, wi + 1):
            return True
        # an all-capitals word gives all its letters: "UK Student Climate Network (UKSCN)", "B.C. ..." (BCTF)
        caps = word.replace(".", "")
        if len(caps) > 1 and words[wi].isupper() and letters.startswith(caps, li) and match(li + len(caps), wi + 1):
            return True
        if word in SKIPPABLE and match(li, wi + 1):
            return True
        # a repeated initial is written once: "Ostland Porters, Paramedics and Cleaners Union (OPCU)"
        return bool(repeats and li and wi and word[0] == letters[li - 1] == words[wi - 1][0].lower() and
                    match(li, wi + 1))

    return match(li, wi)


_OPENING_WORDS = frozenset(
    """Later Then Now Earlier Here There Elsewhere Instead Eventually Again Soon Still Yet Thus Hence Even
    Therefore Nevertheless Nonetheless Otherwise Together Afterwards Overall Against Towards Toward
    Beyond Behind Alongside Throughout Within Around Near Via Unlike Like Including Through Between
    Among Amongst Upon Until Once Whether Because Although Though Unless""".split()
)


# Plural nouns for people or numbers that stand before "of X" in a run, and a learned body's fellow ("Fellow of
# the Lakeland Academy": an honour the body gives, the body after "of").
PEOPLE_OF = frozenset(
    """Scores Tens Millions Members Supporters Lecturers Teachers Workers Activists Protesters Protestors
    Campaigners Representatives Officials Officers Leaders Academics Graduates Alumni Residents Parents
    Pupils Delegates Hundreds Thousands Dozens Most Many Some Several Fellow Fellows""".split()
)


COMPASS = frozenset("North South East West Central".split())

# Any institution's students' union or council, by the acronym every institution uses for its own
# ("Wits SU", "UCT SRC"): no body alone, and one institution's once the page names it with the institution.
INSTITUTIONS_UNIONS = frozenset("SU SRC SA GSA SGA JCR MCR".split())


def opens_sentence(word: str) -> bool:
    """A capitalised word that opens sentences: noise, an adverb or a preposition ("Later", "Then")."""
    return word in LEADING_NOISE or word in CONTEXT_STOP or word in _OPENING_WORDS or word.endswith("ly")


# Counts written as words, capitalised as a sentence or a caption opens with them ("Two police men").
NUMBER_WORDS = frozenset("Two Three Four Five Six Seven Eight Nine Ten".split())


# Countries and regions that follow "All" in bodies' names across South Asia, Africa and the Caribbean
# ("All Ceylon United Teachers Union", "All Nigeria Confederation of Principals"; four words or more:
# "All Nigeria Police stations" opens a sentence), and a party's word ("All Progressives Congress").
_ALL_OF = frozenset("""India Ceylon Lanka Pakistan Bangladesh Nepal Bengal Assam Kerala Manipur Nigeria Ghana Kenya
    Uganda Africa Trinidad Progressives""".split())


def trim_leading(words: list[str]) -> list[str]:
    # "Later the Students' Union": an adverb or preposition then "the" is a
    # sentence opening, not part of the name; any other word keeps it
    # ("Protect the Public University", "Stop the War Coalition"); no name opens with a lower-case "in"
    # ("Students in Trinity College Dublin"). A head word right after "the" opens
    # the name, so the word before is the sentence's verb ("Meet the University of Florida students").
    dropped = ""
    for _ in range(2):  # again once the sentence's subject is dropped ("Students Occupy the University of X")
        if len(words) > 2 and words[1] == "the" and (opens_sentence(words[0]) or words[2] in HEADS):
            words = words[2:]
        at = 0  # (an index, not a slice a word: a run of a thousand "Any" cost its length squared)
        while at < len(words) and _opens_the_sentence(words, at, dropped):
            dropped, at = words[at], at + 1
        words = words[at:]
    return words


# Months that are no one's given name nor a verb ("May", "March", "June", "August" and "April" are).
DATE_MONTHS = frozenset("January February September October November December".split())
# The words a date opens with before its month: "the September Student Alliance" is a name.
BEFORE_A_MONTH = frozenset("in since by until from on".split())


def _opens_the_sentence(words: list[str], at: int, dropped: str) -> bool:
    """Whether ``words[at]`` opens the sentence, not the name (``dropped``: the word dropped before it)."""
    word, after = words[at], words[at + 1 : at + 2]
    if word in DATE_MONTHS:  # "In September Lakeland Trades Council launched": the date the run ran from
        return dropped.lower() in BEFORE_A_MONTH
    if not (word in LEADING_NOISE or word in ("of", "for", "and", "&", "the", "in") or word.endswith(ALLEGIANCE)):
        return False  # ("the Canterbury-based University of Kent": an allegiance opens the sentence)
    if word == "New" and after and after[0] not in HEADS and after[0] not in GENERIC:
        return False  # "New York University", "New Zealand Union of Students"; not "New University rules"
    if word == "Students" and after == ["Representative"]:
        return False  # "Students Representative Council of the University of X"
    if word == "Our" and after in (["Lady"], ["Lady's"], ["Lady’s"]):
        return False  # "Our Lady of Lourdes Hospital", "Our Lady's Hospice": a church's title, not a pronoun
    if word == "All" and len(words) - at > 2 and (dropped in ("The", "the") or after[0] in _ALL_OF and
                                                  (len(words) - at > 3 or after[0] == "Progressives") and
                                                  (after[0] != "Trinidad" or words[-1].startswith("Union"))):
        return False  # "The All India Students' Association": "the all" is no sentence's opening
    return True


def has_head_word(run: str, tokens: list[str]) -> bool:
    """Whether a capitalised run holds an organisational word, possessive or
    not ("Union", "Union's", "Unions'"). Most runs are settled by one set
    test; only runs with an apostrophe need the word-by-word look."""
    if not HEADS.isdisjoint(tokens):
        return True
    if "'" not in run and "’" not in run:
        return False
    return any(plain_apostrophes(w).rstrip("'").removesuffix("'s").rstrip("'") in HEADS for w in tokens)

PEOPLE_OWNERS = frozenset("Women Men Children People Workers Students Mothers Fathers Parents Veterans".split())
# "Students Against Cuts", "Teachers for Climate", "Strike 4 Climate Action": a group of people (or a
# strike) whose name goes on to what it stands against or for.
GROUP_NOUNS = (
    r"(?:Students|Student|Teachers|Parents|Scientists|Doctors|Academics|Workers|Youth|People|Women|Mothers|"
    r"Grandparents|Lawyers|Nurses|Citizens|Jews|Muslims|Christians|Veterans|Artists|Writers|Staff|Undergrads|"
    r"Undergraduates|Faculty|Lecturers|Professors|Educators|Allies|Tenants|Renters|Families|Strike|Schools?)"
)
GROUP_WORD_SET = frozenset(GROUP_NOUNS[3:-1].replace("Schools?", "School|Schools").split("|"))


def without_possessive(name: str) -> str:
    """"University of X's (UX) buildings": the body is "University of X"."""
    return name[:-2] if name.endswith(("'s", "’s")) and len(name) > 3 else name
