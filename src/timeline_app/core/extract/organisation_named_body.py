"""Where an organisation's name begins inside a run of capitalised words, and whether the run names a body.

A head-word run ("Yesterday the Vice-Chancellor of the University of
Bristol") holds more than the body's name: sentence words, an office, a
person, a place owning the body, a place or title after it. ``named_body``
cuts the run down to the name, or says it names no body
(``organisation_and_split`` parts a run that joins two bodies with "and");
where the name ends after its last head word is asked of
``organisation_name_tails``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .date_mentions import WEEKDAY_NAMES
from .given_names import GIVEN_NAMES
from .organisation_name_tails import OFFICE_MODIFIERS, an_office_of_its_holder, up_to_the_tail
from .organisation_names import GENERIC, HEADS, NUMBER_WORDS, PEOPLE_OF, PEOPLE_OWNERS, ROLE_WORDS, SOUTH_ASIAN_HEADS, \
    has_head_word, is_sentence_noise, trim_leading
from .sentences import plain_apostrophes


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


_JOINING = ("of", "for", "and", "&", "the", "de", "du")  # the small words joining a name's words, never its last


def _find_named_body(words: list[str]) -> list[str] | None:
    if words and words[-1].endswith("-"):  # "the Teachers Service Commission- TSC": a dash glued to the name
        words = words[:-1] + [words[-1].rstrip("-")]
    words = trim_leading(words)
    while words and (words[-1] in _JOINING or words[-1] in WEEKDAY_NAMES and not _names_the_day(words[-2:-1])):
        words = words[:-1]  # "... for Public Education Wednesday": the day the name ran into
    if not words:
        return None
    if _people_of(words):
        words = trim_leading(words[2:])
        if not words:
            return None
    words = _after_an_office_of(_without_a_person_before_of(words))
    # "Vice-Chancellor of the University of Bristol": drop the role in front;
    # "Senior Researcher University of X", "General Secretary of the X" too.
    if _opens_with_office(words):
        for i, w in enumerate(words):
            if w in _OFFICE_ENDS:  # "Permanent Secretary in the Ministry of X", "Professor at the University"
                words = trim_leading(words[i + 1 :])
                break
            if w in HEADS and i and words[i - 1].lower() in ROLE_WORDS:
                words = words[i:] if w not in GENERIC or words[i + 1 : i + 2] == ["of"] else words[i - 1 :]
                break
        else:
            return None
        if not words:
            return None
    words = _up_to_the_possessor(words)
    while len(words) > 1 and words[0].endswith(("'s", "’s")) and is_sentence_noise(words[0][:-2]):
        words = words[1:]  # "Friday's University Council": a day owns no body
    if len(words) > 1 and words[0].endswith(("'s", "’s")) and words[0][:-2] in GENERIC:
        return None  # "the University's Investment Office": a unit of a body the run does not name
    words = _without_a_place_owner(words)
    if words[-1].endswith(("'s", "’s")):
        words = words[:-1] + [words[-1][:-2]]
    heads = [i for i in range(len(words)) if _a_head_word(words, i)]
    if not heads:
        return None
    words = up_to_the_tail(words, heads[-1])
    if words is None:
        return None
    if any(w.lower().rstrip("'’s") in ROLE_WORDS for w in words[-1:]) and not _a_body_of_office_holders(words) \
            and not an_office_of_its_holder(words):
        return None
    content = [w for w in words if w not in _JOINING]
    if names_a_school_level(content) or words[-1] == "Consortium" and len(content) <= 2:
        return None  # "Junior High School"; "a Chinese Consortium", "the Adani-led Consortium": which firms, unnamed
    if tuple(content) in _KINDS_OF_BODY or all(w in _SECTOR_WORDS for w in content) or \
            all(plain_apostrophes(w) in GENERIC for w in content) and \
            (len(content) <= 2 or content[-1] == "Campaign"):
        return None  # "the International Students' Campaign" of a union: a description, not a body's name
    if _names_terms(words) or content == ["Freedom", "Association"]:
        return None  # "the Scheme/Conditions of Service for Teachers" (terms), "Freedom of Association" (a right)
    # "Nigerian Universities", "Central Trade Unions": a kind of body, not one; "Council of Ontario
    # Universities" is one, and so is a school district's "Chicago Public Schools"
    if len(content) < 2 or words[-1] in PLURAL_HEADS and "of" not in words and words[-2:] != ["Public", "Schools"]:
        return None
    if words[-1] in SOUTH_ASIAN_HEADS and (words[-2] in ("and", "of", "the") or len(words) == 2 and words[0] in GIVEN_NAMES):
        return None  # "Anil Sangh" is a person, "Ajay Dutt and Samiti" or "Groups of the Sangh" no body's name
    return words


# A minister's office: the words after "of" or "for", or before it, are the minister's field; the body is the
# ministry or department, named apart.
_MINISTERS = frozenset(("Minister", "Ministers"))
_MINISTER_MODIFIERS = frozenset("State Federal Deputy Junior Shadow Cabinet Assistant Acting Provincial".split())


def names_a_ministers_portfolio(words: list[str]) -> bool:
    """Whether the run is a minister's office named by its field: "State Minister of Rail Services" or "Civil
    Service Minister" (not "Office of the Prime Minister", a body named by its holder)."""
    at = 0
    while at < len(words) - 1 and words[at] in _MINISTER_MODIFIERS:
        at += 1
    if words[at] in _MINISTERS and words[at + 1 : at + 2] in (["of"], ["for"]):
        # "Minister for the Cabinet Office": a body the minister leads (a run with its head word; a curated name
        # alone after "Minister for the" is a field all the same: organisation_known.PORTFOLIO_BEFORE)
        return words[at + 2 : at + 3] != ["the"]
    return words[-1] in _MINISTERS and "of" not in words


def _names_the_day(before: list[str]) -> bool:
    """Whether the word before a weekday makes it part of a name ("Mail on Sunday", "Good Friday", "Car-Free
    Sunday", "Saint Monday"), not a day the run ran into."""
    return bool(before) and (before[0] in _DAY_NAMERS or before[0].endswith("-Free"))


_DAY_NAMERS = frozenset("on Good Free Black Easter Ash Holy Super Cyber Bloody Saint St St.".split())


def _names_terms(words: list[str]) -> bool:
    """"Scheme of Service", "Conditions of Employment": terms, no body (but "the Conditions of Service Committee"
    is a committee on them)."""
    return words[0] in _TERMS and words[1:2] == ["of"] and \
        (words[0].startswith("Scheme") or HEADS.isdisjoint(words[3:]))


_TERMS = ("Scheme", "Schemes", "Conditions", "Terms")


def _up_to_the_possessor(words: list[str]) -> list[str]:
    """"University of Cambridge's Old Schools": the possessor is the organisation unless an organisational
    word follows ("...Sheffield's Students' Union"). The last head word is found once: looking through the
    rest of the run at every possessive cost a run of them its length squared."""
    last_head = max((i for i, w in enumerate(words) if plain_apostrophes(w).rstrip("'") in HEADS), default=-1)
    for i, w in enumerate(words[:-1]):
        if w.endswith(("'s", "’s")) and i >= last_head:
            return words[: i + 1]
    return words


def _a_body_of_office_holders(words: list[str]) -> bool:
    """"the Council of Governors", "the Conference of Rectors", "the Lakeland Union of Clinical Officers": a body
    whose members hold an office, at most two words saying which, not an office ("Board of Governors" is a
    body's organ, "Council President" an office)."""
    if len(words) < 3 or not words[-1].endswith("s"):
        return False
    at = next((at for at in range(len(words) - 2, max(len(words) - 5, 0), -1) if words[at] == "of"), 0)
    return at > 0 and words[at - 1] in _BODIES_OF_MEMBERS and \
        all(w[:1].isupper() and (not _a_head_word(words, i) or w in _WHERE_THEY_HOLD_IT) and
            not (w.endswith("s") and w[:-1].lower() in ROLE_WORDS) for i, w in enumerate(words[at + 1 : -1], at + 1))


_BODIES_OF_MEMBERS = frozenset("Council Conference Forum Association Federation Union Assembly Congress".split())
# Where the members hold their office, a head word that only says which ("Association of University Professors")
_WHERE_THEY_HOLD_IT = frozenset("University College School".split())


def _people_of(words: list[str]) -> bool:
    """Whether the run opens with people of a body: "Scores of Jawaharlal Nehru University", "Members of the
    Guild", "Men of the Nigeria Police" (who, not which body; not "Women of Colour Network")."""
    return len(words) > 2 and (words[0] in PEOPLE_OF and words[1] in ("of", "from", "at") or
                               words[0] in ("Men", "Women") and words[1:3] == ["of", "the"])


def _a_head_word(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a head word where it stands ("Trains" only after an operator's name)."""
    word = words[at]
    return (word in HEADS or plain_apostrophes(word).rstrip("'") in HEADS) and \
        (word != "Trains" or at > 0 and _an_operators_name(words[at - 1])) and \
        (word != "Kilusang" or at == 0) and \
        not _government_of_a_trade(words, at)  # "Kilusang" opens its name: "Bagong Kilusang ..." ends none


def _government_of_a_trade(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is "Government" saying whose staff a body's members are ("Association of
    Government Medical Officers"): after "of", before capitalised words (no head word) up to a plural of people
    ("Officers", "Technologists"); not "Institute of Government Ostland office"."""
    if words[at] != "Government" or words[at - 1 : at] != ["of"]:
        return False
    for word in words[at + 1 :]:
        if not word[:1].isupper() or word in HEADS:
            return False
        if PEOPLE_PLURAL.search(word):
            return True
    return False


# A plural noun of people ("Tenants", "Doctors", "Organisers").
PEOPLE_PLURAL = re.compile(r"[a-z]{2}(?:ers|ors|ists|ees|ians|ants|ents|ives|ics|als|ses)$")


def _an_operators_name(before: str) -> bool:
    """Whether the word before "Trains" names a rail operator ("Northern Trains", "Sydney Trains", "Cross
    Country Trains"), not a kind or a number of trains ("Steam Trains", "No Trains", "Two Trains")."""
    return before[:1].isupper() and before not in _KINDS_OF_TRAIN and not is_sentence_noise(before)


_KINDS_OF_TRAIN = frozenset("""Steam Heritage Toy Model Bullet Cancelled Driverless Electric Diesel Freight Passenger
    Night Sleeper Fast Slow Commuter More No Fewer Extra Late Delayed Engine Stop Tank Ghost Mail Cargo Coal Goods
    Tourist Special Local Regional Intercity High-Speed Express All Many Some Most Few Empty Crowded Packed
    Overcrowded Old New Modern Vintage Replacement""".split()) | NUMBER_WORDS


# "Junior High School (JHS)", "Senior Secondary School (SSS)": a level of school, not one school.
_SCHOOL_LEVEL_WORDS = frozenset("Junior Senior High Secondary Primary Basic Middle Elementary School Schools".split())


def names_a_school_level(words: list[str]) -> bool:
    """Whether a name is only a level of schooling, every school of it."""
    return bool(words) and all(w in _SCHOOL_LEVEL_WORDS for w in words)


PLURAL_HEADS = frozenset("Universities Colleges Schools Unions".split())
# A kind of body, never which one: "the State Government", "Fórsa Trade Union (@forsa_union_ie)", "the Local
# Authority" ("the State Department", "the State Council" and "the Trade Council of Ireland" are bodies; so is
# "the Local Authority and Harbour Boards Joint Group of Unions", the whole name a kind opens).
_KINDS_OF_BODY = frozenset({("State", "Government"), ("Trade", "Union"), ("Trade", "Unions"), ("Local", "Authority")})


# A sector of bodies, never one of them: "Civil Society Organisations", "Non-Governmental Organisation".
_SECTOR_WORDS = frozenset("""Civil Society Non-Governmental Nongovernmental Non-governmental Community-Based
    Faith-Based Non-Profit Nonprofit Not-for-Profit Voluntary Organisation Organisations Organization
    Organizations""".split())
_OFFICE_ENDS = ("of", "for", "in", "at")
# Offices named "-General" ("Director-General", "Attorney-General"); a "Directorate-General" is a body.
_GENERAL_OFFICES = frozenset("""director secretary attorney auditor solicitor surgeon inspector commissioner
    governor postmaster accountant registrar""".split())


def _after_an_office_of(words: list[str]) -> list[str]:
    """"Free Ama Lind the National Secretary of the Lakeland Union", "Union Members of the Harbourton Workers
    Union": an office or a body's people, then "of" and a whole body, inside the run: the body is after them
    (an office opening the run is read by ``_opens_with_office``). Only the last of them is read, so the rest
    holds none and is read once; not one after "of" or "for" ("the Union of Workers of the Harbourton Port
    Authority" is one name)."""
    for at in range(len(words) - 3, 0, -1):
        if words[at + 1] == "of" and (words[at].lower() in ROLE_WORDS or words[at] in PEOPLE_OF):
            if words[at - 1] in ("of", "for"):
                return words
            rest = words[at + 3 :] if words[at + 2] == "the" else words[at + 2 :]
            return rest if rest and named_body(rest) == rest else words
    return words


def _opens_with_office(words: list[str]) -> bool:
    """"Vice-Chancellor ...", "Co-Chair ...", "General Secretary ...", "Director-General ...": an office
    opens the run."""
    first = words[0].lower()
    return first in ROLE_WORDS or first.startswith("vice-") or first.startswith("co-") and first[3:] in ROLE_WORDS or \
        first.endswith("-general") and first[:-8] in _GENERAL_OFFICES or \
        words[0] in OFFICE_MODIFIERS and len(words) > 1 and words[1].lower() in ROLE_WORDS or \
        len(words) > 2 and words[1].lower() in ROLE_WORDS and words[2] in _OFFICE_ENDS  # "Workplace Editor for"


def is_an_office(words: list[str]) -> bool:
    """"Assistant Commissioner of Police (ACP)", "Director of Public
    Prosecutions": a defined name that is an office of a body, not the body
    ("Trustee Savings Bank" has no "of" after its office word and stays)."""
    return len(words) > 2 and _opens_with_office(words) and any(w in _OFFICE_ENDS for w in words[1:3]) and \
        named_body(words) != words


# Words that say what kind of school a name's owner founded ("Grammar School", "Girls' High School").
_KINDS_OF_SCHOOL = frozenset("Grammar Girls Girls' Boys Boys' Catholic Comprehensive Community Free".split())


def _without_a_place_owner(words: list[str]) -> list[str]:
    """"Delhi's Ambedkar University": a place owning a named body is not part
    of its name; "King's College", "St John's College", "Women's Institute"
    keep their possessive (a head word or a people word is owned)."""
    for i, word in enumerate(words[:-2]):
        if not word.endswith(("'s", "’s")):
            continue
        owner, rest = words[: i + 1], words[i + 1 :]
        if word[:-2] in PEOPLE_OWNERS or owner[-2:-1] in (["St"], ["St."], ["Saint"]) or rest[0] in HEADS or \
                any(plain_apostrophes(w).removesuffix("'s") in HEADS for w in owner):
            return words
        if len(owner) > 1 and all(w in GENERIC or w in HEADS or w in _KINDS_OF_SCHOOL for w in rest):
            return words  # "Prince Henry's Grammar School": without its owner the rest names no school
        return rest
    return words


def _without_a_person_before_of(words: list[str]) -> list[str]:
    """"Sinead Mercier of the Green Party": two or three capitalised words
    with no head word before "of" are a member of the body, not part of its
    name, when they open with a given name or a head word follows "of"
    ("Ayub Lala of People's Students Federation"); so are two people joined
    by "and" before a body with a head word ("Ama Lind and Jo Brandt of
    Harbourton Kisan Samiti"), and so, read the same way, a unit's two
    words ("Research and Development of the Harbourton Institute": the
    institute). Plurals, offices and body words are neither ("Press and
    Public Relations of the Ministry" stays whole)."""
    if "of" not in words[2:6]:
        return words
    at = words.index("of", 2)
    before, rest = words[:at], words[at + 1 :]
    if "and" in before:
        if before.count("and") != 1 or before[0] == "and" or before[-1] == "and":
            return words
        before = [w for w in before if w != "and"]
        if not any(has_head_word(w, [w]) for w in rest) or any(_not_a_name(w) for w in before):
            return words  # ("Press and Public Relations of the Ministry": no people)
    elif at > 3:
        return words  # (four words or more before "of", none "and": a name's own words)
    if any(w in HEADS for w in before) or not all(w[:1].isupper() for w in before) or words[0] == "Our":
        return words  # no person is "Our ..." ("Our Lady of Lourdes Hospital")
    if words[0] not in GIVEN_NAMES and not any(has_head_word(w, [w]) for w in rest):
        return words
    return rest[1:] if rest[:1] == ["the"] else rest


def _not_a_name(word: str) -> bool:
    """A plural, an office or a word naming a kind of body: no person's ("Chancellors", "Press", "Public")."""
    return word.endswith("s") or word.lower() in ROLE_WORDS or word in GENERIC or word in HEADS
