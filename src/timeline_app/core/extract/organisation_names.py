"""What makes a run of words an organisation's name, and its canonical form.

The vocabulary (organisational head words such as "University" or "Union",
generic words that name no particular body, role words that mark a person,
abbreviations that are no organisation), the tests built on it (does an
acronym come from these words, where does the name inside a capitalised
run begin and end) and the merging of what was found into one canonical
entry per organisation. ``organisations`` finds the candidates in the
text; this module decides what they are called.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from ..models import ExtractedOrganisation
from .given_names import GIVEN_NAMES
from .sentences import plain_apostrophes

HEADS = frozenset(
    """Police Movement University Universities College Union Unions Guild Society Societies Federation Association
    Council Party Committee Trust Foundation Institute Institution Alliance Coalition Network Office
    Ministry Department Group Collective Assembly Organisation Organization Agency Commission Board
    School Schools Academy Congress Confederation Front League Forum Caucus Company Corporation Bank Church
    Centre Center Service Services Authority Government Court Club Federation Cooperative
    Co-operative Partnership Project Initiative Fund Charity Council Rebellion Uncut Radio
    Television Broadcasting Herald Tribune Gazette Examiner Université Universidad Universidade Università
    Universität Universiteit Campaign Co-op Force Liceo Colegio Escuela Instituto Lycée""".split()
)
# Head words that open a name in their languages ("Université Laval").
_HEAD_FIRST = frozenset("""Université Universidad Universidade Università Universität Universiteit Liceo Colegio
    Escuela Instituto Lycée""".split())  # "Liceo Carmela Carvajal", a school named after a person
# Words that name a kind of body but not which one: "Students' Union",
# "Board of Directors" alone are not organisations we can identify.
_GENERIC = frozenset(
    """Students Student Students' Student's Students’ Student’s National International Executive
    Directors Board Staff Members Officers Sabbatical Academic General Central Local Regional
    Union University College Guild Council Committee Society Department Group School
    The Government Party Court Church Service Services Trust Network Campaign Team Unions Universities Colleges
    Societies Councils Groups Schools Associations Federations Committees Networks Campaigns
    High Primary Secondary Middle Elementary Public Technology Agriculture
    Federal Technical Private""".split()  # "High School", "Federal Government", "Technical University" name none
)
_ROLE_WORDS = frozenset(
    """president officer secretary chair chairperson chairman chairwoman director spokesperson
    spokesman spokeswoman organiser organizer coordinator co-ordinator convenor convener leader
    member minister councillor campaigner activist founder head manager representative rep
    treasurer trustee editor professor lecturer chancellor vice-chancellor provost dean researcher
    commissioner registrar inspector superintendent visitor rector""".split()
)
# Capitalised words that start sentences or headings and would otherwise
# glue themselves to a name ("Yesterday the University of Leeds").
_LEADING_NOISE = frozenset(
    """The A An In On At By For From To With Without Since During After Before Despite Yesterday
    Today Tomorrow Last This That These Those When While If As Students Staff Members Thousands
    Hundreds Dozens Many Some Both Every All Our Their Its His Her Join Support Across Under Over
    Dear According Also But And Or Meanwhile However Former Current New Former Outside Inside
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Several Although Though Whereas Whilst Most Few
    Various Each Because""".split()
)
_ALLEGIANCE = ("-based", "-affiliated", "-backed", "-aligned")  # "RSS-affiliated X" is X
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
    # categories and everyday abbreviations that name no body
    """VC VCS TD TDS MLA MLAS MPP MPPS NGO NGOS GPA SAT GCSE GCSES BTEC PGCE MBA LLB JD STEM ICT HR IT PE RE
    SEN SEND CCTV ATM DNA FOI FIR PPE USD GBP EUR ZAR AUD CAD INR NZD RS KM MPH SUV OBC SC ST BPL NRI
    CEO CFO COO VP GM MD OP ED QA TBC TBA AKA DOB ASAP FAQS DB DC PA AP MC DJ TA TAS RA GP CE CS NZ""".split()
) | frozenset(
    # page furniture opening a line ("STATEMENT: ...", "PUBLISHED : ...")
    """STATEMENT STATEMENTS PUBLISHED POSTED OPINION EDITORIAL ANALYSIS EXCLUSIVE ANNOUNCEMENT COMMENT
    FEATURE INTERVIEW REPORT""".split()
)
# A word right after the last head that makes the run a place, not the body
# ("Hillbrow Police Station", "the Student Services Building").
PLACE_NOUNS = frozenset(
    """Station Building Buildings Headquarters Hall Offices Campus Square Street Road Room Rooms Theatre
    Theater Auditorium Lawn Steps Gate Gates Plaza Chamber Library Park Green Quad Quadrangle Lobby Foyer
    Avenue Lane Bridge House Way Highway Drive""".split()
)


_CONTEXT_STOP = frozenset(
    """I We You He She They It This That These Those There Here Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November December
    Today Yesterday Tomorrow London Britain England Scotland Wales Europe""".split()
)


def is_sentence_noise(word: str) -> bool:
    """A capitalised word that opens sentences rather than names ("The",
    "Yesterday", "Students", "London")."""
    return word in _LEADING_NOISE or word in _CONTEXT_STOP


def is_generic_word(word: str) -> bool:
    """A word that names a kind of body but not which one ("Students", "Council")."""
    return plain_apostrophes(word) in _GENERIC


def is_role_word(word: str) -> bool:
    """A word naming a person's office ("president", "Chancellor")."""
    return word.lower() in _ROLE_WORDS


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


def initials_match(acronym: str, words: list[str]) -> bool:
    """Whether an acronym can come from these words (connectors optional)."""
    letters = acronym.replace("&", "").lower()
    target = [w for w in words if w not in ("and", "&", "de", "du")]  # "the" may give its letter: "Cut the Rent (CTR)"
    return _match_letters(letters, target, 0, 0)


_SKIPPABLE = ("of", "for", "the")


def _match_letters(letters: str, words: list[str], li: int, wi: int) -> bool:
    # Each acronym letter starts one of the following words, or continues
    # the current word ("KCLSU" from "King's College London Student Union",
    # "FOSIS" keeps the "of"); small words may be skipped.
    if li == len(letters):
        return wi == len(words) or all(w in _SKIPPABLE for w in words[wi:])
    if wi == len(words):
        return False
    word = words[wi].lower()
    if word[0] == letters[li] and _match_letters(letters, words, li + 1, wi + 1):
        return True
    # an all-capitals word gives all its letters: "UK Student Climate Network (UKSCN)", "B.C. ..." (BCTF)
    caps = word.replace(".", "")
    if len(caps) > 1 and words[wi].isupper() and letters.startswith(caps, li) and \
            _match_letters(letters, words, li + len(caps), wi + 1):
        return True
    if word in _SKIPPABLE and _match_letters(letters, words, li, wi + 1):
        return True
    return False


_OPENING_WORDS = frozenset(
    """Later Then Now Earlier Here There Elsewhere Instead Eventually Again Soon Still Yet Thus Hence
    Therefore Nevertheless Nonetheless Otherwise Together Afterwards Overall Against Towards Toward
    Beyond Behind Alongside Throughout Within Around Near Via Unlike Like Including Through Between
    Among Amongst Upon Until Once Whether Because Although Though Unless""".split()
)


# Plural nouns for people or numbers that stand before "of X" in a run.
_PEOPLE_OF = frozenset(
    """Scores Tens Millions Members Supporters Lecturers Teachers Workers Activists Protesters Protestors
    Campaigners Representatives Officials Officers Leaders Academics Graduates Alumni Residents Parents
    Pupils Delegates Hundreds Thousands Dozens Most Many Some Several""".split()
)


_COMPASS = frozenset("North South East West Central".split())


def opens_sentence(word: str) -> bool:
    """A capitalised word that opens sentences: noise, an adverb or a preposition ("Later", "Then")."""
    return word in _LEADING_NOISE or word in _CONTEXT_STOP or word in _OPENING_WORDS or word.endswith("ly")


def trim_leading(words: list[str]) -> list[str]:
    # "Later the Students' Union": an adverb or preposition then "the" is a
    # sentence opening, not part of the name; any other word keeps it
    # ("Protect the Public University", "Stop the War Coalition"). A head word right after "the" opens
    # the name, so the word before is the sentence's verb ("Meet the University of Florida students").
    for _ in range(2):  # again once the sentence's subject is dropped ("Students Occupy the University of X")
        if len(words) > 2 and words[1] == "the" and (opens_sentence(words[0]) or words[2] in HEADS):
            words = words[2:]
        while words and (words[0] in _LEADING_NOISE or words[0] in ("of", "for", "and", "&", "the")
                         or words[0].endswith(_ALLEGIANCE)):  # "the Canterbury-based University of Kent"
            if words[0] == "New" and len(words) > 1 and words[1] not in HEADS and words[1] not in _GENERIC:
                break  # "New York University", "New Zealand Union of Students"; not "New University rules"
            if words[0] == "Students" and words[1:2] == ["Representative"]:
                break  # "Students Representative Council of the University of X"
            words = words[1:]
    return words


def has_head_word(run: str, tokens: list[str]) -> bool:
    """Whether a capitalised run holds an organisational word, possessive or
    not ("Union", "Union's", "Unions'"). Most runs are settled by one set
    test; only runs with an apostrophe need the word-by-word look."""
    if not HEADS.isdisjoint(tokens):
        return True
    if "'" not in run and "’" not in run:
        return False
    return any(plain_apostrophes(w).rstrip("'").removesuffix("'s").rstrip("'") in HEADS for w in tokens)


def named_body(words: list[str]) -> list[str] | None:
    """The organisation name inside a run of capitalised words, or None."""
    found = _named_body_of(tuple(words))
    return None if found is None else list(found)


# The same runs ("National Union of Students") come back in every document
# of an archive, and the answer depends on the words alone.
@lru_cache(maxsize=8192)
def _named_body_of(run: tuple[str, ...]) -> tuple[str, ...] | None:
    found = _find_named_body(list(run))
    return None if found is None else tuple(found)


def _find_named_body(words: list[str]) -> list[str] | None:
    words = trim_leading(words)
    while words and words[-1] in ("of", "for", "and", "&", "the", "de", "du"):
        words = words[:-1]
    if not words:
        return None
    # "Scores of Jawaharlal Nehru University", "Members of the Guild": who, not which body
    if len(words) > 2 and words[0] in _PEOPLE_OF and words[1] in ("of", "from", "at"):
        words = trim_leading(words[2:])
        if not words:
            return None
    words = _without_a_person_before_of(words)
    # "Vice-Chancellor of the University of Bristol": drop the role in front;
    # "Senior Researcher University of X", "General Secretary of the X" too.
    if _opens_with_office(words):
        for i, w in enumerate(words):
            if w in ("of", "for", "of the", "for the"):
                words = trim_leading(words[i + 1 :])
                break
            if w in HEADS and i and words[i - 1].lower() in _ROLE_WORDS:
                words = words[i:] if w not in _GENERIC or words[i + 1 : i + 2] == ["of"] else words[i - 1 :]
                break
        else:
            return None
        if not words:
            return None
    # "University of Cambridge's Old Schools": the possessor is the organisation
    # unless an organisational word follows ("...Sheffield's Students' Union").
    for i, w in enumerate(words[:-1]):
        if w.endswith(("'s", "’s")) and not any(plain_apostrophes(x).rstrip("'") in HEADS for x in words[i + 1 :]):
            words = words[: i + 1]
            break
    while len(words) > 1 and words[0].endswith(("'s", "’s")) and is_sentence_noise(words[0][:-2]):
        words = words[1:]  # "Friday's University Council": a day owns no body
    if len(words) > 1 and words[0].endswith(("'s", "’s")) and words[0][:-2] in _GENERIC:
        return None  # "the University's Investment Office": a unit of a body the run does not name
    words = _without_a_place_owner(words)
    if words[-1].endswith(("'s", "’s")):
        words = words[:-1] + [words[-1][:-2]]
    heads = [i for i, w in enumerate(words) if w in HEADS or plain_apostrophes(w).rstrip("'") in HEADS]
    if not heads:
        return None
    words = _up_to_the_tail(words, heads[-1])
    if words is None:
        return None
    if any(w.lower().rstrip("'’s") in _ROLE_WORDS for w in words[-1:]):
        return None
    content = [w for w in words if w not in ("of", "for", "and", "&", "the", "de", "du")]
    if all(plain_apostrophes(w) in _GENERIC for w in content) and (len(content) <= 2 or content[-1] == "Campaign"):
        return None  # "the International Students' Campaign" of a union: a description, not a body's name
    # "Nigerian Universities", "Central Trade Unions": a kind of body, not one; "Council of Ontario
    # Universities" is one, and so is a school district's "Chicago Public Schools"
    if len(content) < 2 or words[-1] in _PLURAL_HEADS and "of" not in words and words[-2:] != ["Public", "Schools"]:
        return None
    return words


_PLURAL_HEADS = frozenset("Universities Colleges Schools Unions".split())


_OFFICE_MODIFIERS = frozenset("General Deputy Vice Acting Assistant Senior Chief Executive Interim National".split())
_HONORIFICS = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Comrade Sir Dame Rev Rev. Hon Hon.".split())


def _opens_with_office(words: list[str]) -> bool:
    """"Vice-Chancellor ...", "President ...", "General Secretary ...": an office opens the run."""
    first = words[0].lower()
    return first in _ROLE_WORDS or first.startswith("vice-") or \
        words[0] in _OFFICE_MODIFIERS and len(words) > 1 and words[1].lower() in _ROLE_WORDS


def _without_a_place_owner(words: list[str]) -> list[str]:
    """"Delhi's Ambedkar University": a place owning a named body is not part
    of its name; "King's College", "St John's College", "Women's Institute"
    keep their possessive (a head word or a people word is owned)."""
    for i, word in enumerate(words[:-2]):
        if not word.endswith(("'s", "’s")):
            continue
        owner, rest = words[: i + 1], words[i + 1 :]
        if word[:-2] in _PEOPLE_OWNERS or owner[-2:-1] in (["St"], ["St."], ["Saint"]) or rest[0] in HEADS or \
                any(plain_apostrophes(w).removesuffix("'s") in HEADS for w in owner):
            return words
        return rest
    return words


def _up_to_the_tail(words: list[str], last: int) -> list[str] | None:
    """The name's words once what follows its last head word is settled, or
    None when the run names a place or a title rather than a body."""
    tail = words[last + 1 :]
    if any(w in PLACE_NOUNS for w in tail):
        return None  # "the Arts Centre Conference Room", "Hillbrow Police Station": a place
    if last >= 2 and words[last - 1] in ("of", "for") and words[last] in ("University", "College", "School", "Union") \
            and not tail:
        return None  # "a speech on the Idea of University": a title, no body is called that
    if tail and tail[0] in ("of", "for"):
        return words[: last + 1] + _tail_before_a_person(tail)
    if not tail:
        return words
    # "King's College London": one place name may follow College (or School,
    # Institute) when a name stands before it; "College Green" is a place
    # and "Massey University Wellington" is the university's campus.
    if len(tail) == 1 and last > 0 and words[last] in ("College", "School", "Institute") and \
            not _names_people(tail[0]) or \
            last == 0 and words[0] in _HEAD_FIRST:
        return words  # "Université Laval"
    if last == 0 and len(tail) == 1:
        return None
    return words[: last + 1]


# Words that end an "of X" tail: an office or title begins there
# ("University of Melbourne Acting Branch Secretary Chloe Mackenzie").
_TAIL_STOPS = frozenset("""Acting Interim Branch Deputy Chief Senior General Vice Secretary President Steering Cttee
    Executive""".split())


def _names_people(word: str) -> bool:
    """"Student", "Teachers", "Researcher": who, after a school's name, not a campus."""
    return word in _PEOPLE_OF or word.rstrip("s") in ("Student", "Pupil", "Teacher") or word.lower() in _ROLE_WORDS


_PLACE_ENDINGS = frozenset("Island Islands Isle County Valley Coast Province State Territory Peninsula".split())


def _without_a_person_before_of(words: list[str]) -> list[str]:
    """"Sinead Mercier of the Green Party": two or three capitalised words
    with no head word before "of" are a member of the body, not part of its
    name, when they open with a given name or a head word follows "of"
    ("Ayub Lala of People's Students Federation")."""
    if "of" not in words[2:4]:
        return words
    at = words.index("of", 2)
    if any(w in HEADS for w in words[:at]) or not all(w[:1].isupper() for w in words[:at]):
        return words
    rest = words[at + 1 :]
    if words[0] not in GIVEN_NAMES and not any(has_head_word(w, [w]) for w in rest):
        return words
    return rest[1:] if rest[:1] == ["the"] else rest


def _tail_before_a_person(tail: list[str]) -> list[str]:
    """The "of X" tail after a head word, up to a role or title word or a
    given name followed by a surname."""
    for i, word in enumerate(tail[1:], 1):
        if tail[i - 1] in ("of", "for", "and"):
            continue  # "Prevention of Vice": an office never follows "of"
        if word.lower() in _ROLE_WORDS or word in _TAIL_STOPS or word in GIVEN_NAMES and tail[i + 1 : i + 2] and \
                tail[i + 1][:1].isupper() and tail[i + 1] not in _PLACE_ENDINGS:  # "Prince Edward Island"
            return tail[:i]
    return tail


def context_name(words: list[str], single_ok: bool) -> list[str] | None:
    """The body's name from the words a context rule captured, or None."""
    words = _first_of_two_bodies(words)
    # "Women's March" keeps a plural owner; "USF's Students for Justice" is the owner's body
    owners = [i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s")) and w[:-2] not in _PEOPLE_OWNERS]
    if owners:
        words = words[owners[-1] + 1 :]  # "USF's Students for Justice": the owner's body
    while words and (words[0] in _LEADING_NOISE or words[0] in _CONTEXT_STOP or words[0].endswith(_ALLEGIANCE)):
        words = words[1:]
    while words and words[-1] in ("the", "of", "for", "and", "&"):
        words = words[:-1]
    if words:
        words[-1] = _POSSESSIVE_END.sub("", words[-1])
    if words and (words[-1] in _PEOPLE_OF or words[-1] in _COMPASS):
        return None  # "Education Report Teachers" are people; "Palmerston North" is a town
    if not words or not words[0][:1].isupper() or words[0] in _HONORIFICS:
        return None  # "led by Mr Asefon": a person
    if any(w in _CONTEXT_STOP and w not in ("These", "Those", "This", "That", "Here") and
           not (i and w in _MONTHS_IN_NAMES) for i, w in enumerate(words)):  # "Women's March" is no date
        return None
    if any(w.lower() in _ROLE_WORDS for w in words):
        return None  # "Muslim President Shaima Dallali" is a person with a title
    content = [w for w in words if w not in ("the", "of", "for", "and", "&")]
    if len(content) == 1 and not single_ok:
        return None
    if len(content) == 1 and (plain_apostrophes(content[0]) in _GENERIC or content[0].upper() in NOT_ORGANISATIONS):
        return None
    if all(plain_apostrophes(w) in _GENERIC for w in content):
        return None
    return words


_POSSESSIVE_END = re.compile(r"['’]s?$")
_MONTHS_IN_NAMES = frozenset(("March", "May"))
_PEOPLE_OWNERS = frozenset("Women Men Children People Workers Students Mothers Fathers Parents Veterans".split())


def _first_of_two_bodies(words: list[str]) -> list[str]:
    """"Socialist Alternative & the ANU Education Action Group", "UCU and
    NUS": a context rule's capture that joins two bodies keeps the first;
    the second is found on its own."""
    for i, word in enumerate(words[1:-1], 1):
        if word in ("and", "&") and (words[i + 1] == "the" or words[i - 1].isupper() and words[i + 1].isupper()):
            return words[:i]
    return words


def split_and(words: list[str]) -> list[list[str]]:
    """Split "University of Leeds and Leeds Beckett University" in two, but
    keep "University and College Union" whole (its left half is no name)."""
    if "and" not in words:
        return [words]  # "&" joins one name: "People & Planet Society", "Rules & Election Committee"
    index = words.index("and")
    left, right = words[:index], words[index + 1 :]
    if named_body(left) and named_body(right):
        return [left] + split_and(right)
    if len(left) >= 2 and len(right) >= 3 and named_body(right) and not has_head_word(" ".join(left), left) and \
            right[0] not in _GENERIC and _GENERIC.isdisjoint(left):
        # "Lockheed Martin and Northrop Grumman Corporation": the body is on the right
        # ("Fair Wages and Salaries Commission": one word and a head is the tail of one name)
        return [left] + split_and(right)
    if len(left) == 1 and left[0] not in HEADS and left[0] not in _GENERIC and right[0] in HEADS and named_body(right):
        return [left] + split_and(right)  # "Baguio and University of San Carlos": a place, then a body
    if len(right) >= 3 and right[0] in HEADS and right[1] == "of" and named_body(right):
        return [left] + split_and(right)  # "National Treasury and Ministry of Education": the right is whole
    return [words]


def without_possessive(name: str) -> str:
    """"University of X's (UX) buildings": the body is "University of X"."""
    return name[:-2] if name.endswith(("'s", "’s")) and len(name) > 3 else name
