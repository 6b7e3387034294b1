"""Parting a run of capitalised words that joins two bodies with "and".

"University of Leeds and Leeds Beckett University" names two bodies, "University and College Union" one: each
"and" is tested for a name on both sides (``named_body``), with the shapes that settle it either way.
"""

from __future__ import annotations

from .given_names import GIVEN_NAMES
from .organisation_employers import FIELDS_OF_WORK
from .organisation_known import KNOWN_MOVEMENT_BODIES, PARTY_PLURALS
from .organisation_name_tails import names_an_office_of_fields
from .organisation_named_body import PLURAL_HEADS, named_body
from .organisation_names import GENERIC, HEADS, ROLE_WORDS, has_head_word
from .organisation_sectors import SERVICE_HEADS


def split_and(words: list[str]) -> list[list[str]]:
    """Split "University of Leeds and Leeds Beckett University" in two, but
    keep "University and College Union" whole (its left half is no name).
    A run of more than ``_MOST_ANDS`` "and"s (no real page has three) is left
    whole: parting it tests what is left at each "and", its length squared."""
    if words.count("and") > _MOST_ANDS:
        return [words]
    parts: list[list[str]] = []
    rest: list[str] | None = words
    joined = 0  # the "and"s of ``rest`` already read as inside one name ("Heart and Chest Hospital and ...")
    while rest is not None:
        settled, after = _parted_at_first_and(rest, joined)
        if after is None and len(settled) == 1 and rest.count("and") > joined + 1:
            joined += 1  # this "and" joins one name: the next may still end it
            continue
        parts += settled
        rest, joined = after, 0
    return parts


_MOST_ANDS = 8


# Known bodies whose names are also words or parties' names, which open longer names joined by "and".
_KNOWN_WORDS = PARTY_PLURALS | frozenset("Labour Labor Unite Momentum Unison".split())


def _parted_at_first_and(words: list[str], joined: int = 0) -> tuple[list[list[str]], list[str] | None]:
    """The parts the run's first "and" after ``joined`` others settles, and the words after it still to part
    (None: all settled)."""
    if "and" not in words:
        return [words], None  # "&" joins one name: "People & Planet Society", "Rules & Election Committee"
    index = words.index("and")
    for _ in range(joined):
        index = words.index("and", index + 1)
    left, right = words[:index], words[index + 1 :]
    if not left or not right:
        return [words], None  # an "and" at either end joins nothing in the run
    if _its_opposite(left[-1], right):
        return [words], None  # "Teaching and Non-teaching Staff Union": two kinds of staff of one body
    if len(left) >= 2 and left[-1] in PLURAL_HEADS and not right[0].endswith("s") and named_body(right):
        # "all Teachers Unions and Lakeland Nurses Association": kinds of body, then one (not "Universities and
        # Colleges Employers Association", "Schools and Teachers Union Alliance": one name)
        return [left], right
    owner = _an_owner_before(left)
    if owner and named_body(right):
        return [left[:owner]], words[owner:]  # "Harbourton Brotherhood's Kea and Arlen Party": the body's own party
    if _members_of_two_trades(left, right):
        return [words], None  # "Ostland Public Service and Transport Workers' Union": one union of both trades' staff
    if named_body(left) and named_body(right):
        return [left], right
    if len(right) == 1 and (right[0] in KNOWN_MOVEMENT_BODIES or right[0].isupper()) and named_body(left) and \
            not _a_portfolio_of(left, right[0]):
        return [left, right], None  # "the University of Leeds and Unison", "... and UCU": a known body's one word
    item = right[: right.index("and")] if "and" in right else right  # the right's own item, not the list's next
    if len(left) >= 2 and len(item) >= 3 and _holds_a_whole_body(item, left[-1]) and \
            not has_head_word(" ".join(left), left) and (right[0] not in GENERIC or len(left) >= 3) and \
            GENERIC.isdisjoint(left) and left[-1] not in _TRADE_ADJECTIVES and not _two_areas_council(left, item):
        # "Lockheed Martin and Northrop Grumman Corporation": the body is on the right
        # ("Fair Wages and Salaries Commission": one word and a head is the tail of one name,
        # also when a person follows it: "Lakeland Nurses and Midwives Organisation Jo Arlen")
        return [left], right
    if " ".join(left) in KNOWN_MOVEMENT_BODIES and left[0] not in _KNOWN_WORDS and len(right) >= 3 and \
            named_body(right):
        return [left], right  # "Greenpeace and Lakeland Wildlife Foundation": a known body, then another
        # (two words on the right are as often one name's: "Oxfam and Partners Trust"; a party's or a word's
        # name opens others': "Democrats and Republicans Unity Caucus", "Momentum and Change Youth Network")
    if len(left) == 1 and left[0] in right and named_body(right):
        return [left], right  # "Lakeland and Lakeland Growers Association", "Coalition and Arlen Coalition": its word
        # again after "and" shows the one word ends another item of the list (or the tail of a name broken before it)
    if len(left) == 1 and left[0] not in HEADS and left[0] not in GENERIC and right[0] in HEADS and named_body(right):
        return [left], right  # "Baguio and University of San Carlos": a place, then a body
    if 2 <= len(left) <= 3 and left[0] in GIVEN_NAMES and \
            all(w[:1].isupper() and w not in HEADS and w not in GENERIC for w in left[1:]) and named_body(right):
        return [left], right  # "Owen Jones and the Green Party": a person, then a body
    if len(right) >= 3 and right[0] in HEADS and right[1] == "of" and named_body(right):
        return [left], right  # "National Treasury and Ministry of Education": the right is whole
    if len(right) >= 3 and left[:2] == right[:2] and right[1] == "of" and right[0] in HEADS and named_body(left):
        return [left], right  # "University of Arlen and University of Technology": the head again opens another
    if _an_office_holder(right) and named_body(left):
        return [left, right], None  # "the Ministry of Education and Minister Anna Belmar": a body, then a person
    if right[-1] in _CARRIER_HEADS and "and" not in right and left[-1] not in _COUNTRIES_WITH_AND and named_body(right):
        return [left, right], None  # "Ryanair and British Airways": no carrier's name holds "and" but its country's
    return [words], None


def _an_owner_before(left: list[str]) -> int:
    """How many words of ``left`` name a body whose possessive stands before its last words ("Harbourton
    Brotherhood's Kea" gives 2): what it owns begins after it and goes on over the "and" (0: no such owner).
    Only the last possessive among the few words before the "and" is read (once, however long the run); the
    words it owns are no body of their own ("Harbourton Council's Labour and Green Party" are two)."""
    for at in range(len(left) - 2, max(-1, len(left) - 2 - _OWNED_WORDS), -1):
        if left[at].endswith(("'s", "’s")):
            owned = left[at + 1 :]
            if not HEADS.isdisjoint(owned) or _a_body_of_its_own(owned):
                return 0
            return at + 1 if named_body(left[: at + 1]) is not None else 0
    return 0


_OWNED_WORDS = 4  # the most words a possessive owns before the "and" ("... Brotherhood's Kea and Arlen Party")


def _a_body_of_its_own(words: list[str]) -> bool:
    """Whether owned words before "and" name a body by themselves: a known body or a party's word ("Labour")."""
    return " ".join(words) in KNOWN_MOVEMENT_BODIES or any(w in _KNOWN_WORDS for w in words)


# The words a union of a trade's staff names its members by, after the trade ("Transport Workers' Union").
_MEMBERS = frozenset("Workers Workers' Workers’ Employees Employees' Employees’".split())
# The fields a service before "and" is named by ("Public Service", "Health Services"); a field's own service
# ("Fire Service", "Ambulance Service") is a body of its own. The trades the union's workers are named by after
# "and" ("Transport Workers", "Allied Workers"); a place ("Lakeland Workers Union") names a union of its own.
_SERVICE_FIELDS = FIELDS_OF_WORK | frozenset(("Public", "Civil"))
_TRADES = FIELDS_OF_WORK | frozenset(("Allied", "General"))


def _members_of_two_trades(left: list[str], right: list[str]) -> bool:
    """Whether a service before "and" and a trade's staff after it ("Public Service and Transport Workers' Union",
    "Health Services and Allied Workers Union") name one union of the staff of both: a field's service, then
    another trade's workers (not the service's own: "Health Services and Health Workers Union" are two)."""
    return len(left) >= 2 and left[-1] in SERVICE_HEADS and left[-2] in _SERVICE_FIELDS and \
        len(right) >= 3 and right[0] in _TRADES and right[0] not in left and right[1] in _MEMBERS and \
        right[2] == "Union"


def _its_opposite(word: str, right: list[str]) -> bool:
    """Whether the words after "and" open with ``word`` negated ("Academic and Non-Academic", "Teaching and Non
    Teaching"): the "and" joins two kinds of one name's members, never two bodies."""
    first = right[0].lower()
    if first == "non" and len(right) > 1:
        first = "non-" + right[1].lower()
    return first.startswith("non") and first[3:].lstrip("-") == word.lower()


# Fields an office of labour is named with ("Ministry of Trade and Labour"; "the Department of Health and
# Labour" are two: a department and the party).
_LABOUR_FIELDS = frozenset("Employment Manpower Trade Industry Industries Welfare Productivity Commerce".split())


def _a_portfolio_of(left: list[str], word: str) -> bool:
    """Whether ``word`` is labour, the last field of an office named after its fields ("Department of Employment
    and Labour", "Lakeland District Agency of Employment and Labor"), not the party."""
    return word in ("Labour", "Labor") and left[-1] in _LABOUR_FIELDS and names_an_office_of_fields(left)


def _an_office_holder(words: list[str]) -> bool:
    """Whether the words are an office and a person's two or three names, the first a given name ("Minister
    Anna Belmar"; after "Minister" any name but an office's words: "Minister Responsible"); not "Secretary of
    State", "Director General", "Member Services", "Director Human Resources"."""
    return 3 <= len(words) <= 4 and words[0].lower() in ROLE_WORDS and not words[0].endswith("s") and \
        (words[1] in GIVEN_NAMES or words[0] == "Minister" and words[1] not in _MINISTERS_OFFICES) and \
        all(w[:1].isupper() and w not in HEADS and w not in GENERIC for w in words[2:])


_MINISTERS_OFFICES = frozenset("""Responsible Designate Delegate Counsellor Counselor Plenipotentiary Mentor Resident
    Elect Without Assisting""".split())


# Adjectives of a trade or a service that open unions' and agencies' names before "and": a left half ending in
# one names nothing until the noun after "and" ("Guyana Postal and Telecommunications Workers Union"); a festival,
# a carnival or a name ending in "-al" is no such word ("the Brighton Pride Festival and X Union" are two).
_TRADE_ADJECTIVES = frozenset("""Postal Agricultural Municipal Medical Electrical Industrial Commercial Technical
    Clerical Professional Educational Chemical Mechanical Provincial Financial Legal Clinical Dental Maritime
    Textile Domestic Allied""".split())


def _holds_a_whole_body(right: list[str], before_and: str) -> bool:
    """Whether the words after "and" hold a body that needs no words before
    it: three words or more, or a body found inside them after other words
    ("Sinead Mercier of the Green Party"). Two words that open the right
    after a plural ("Lakeland Nurses and Midwives Organisation Jo Arlen")
    are one name's tail; after a person's name they are a body of their own
    ("Jo Arlen and Westbrook University Professor Ann Other"), and so
    are they before an office ("Liberal Democrats and Green Party Councillor Sian Berry")."""
    body = named_body(right)
    plural = before_and.endswith("s") and not before_and.endswith("ss")
    # (nor is one that opens on a trade's adjective after a plural: "Harbourton Garments and Industrial
    # Workers Federation")
    return body is not None and (len(body) >= 3 and not (plural and right[0] in _TRADE_ADJECTIVES) or
                                 body[0] != right[0] or not plural or
                                 len(right) > len(body) and right[len(body)].lower() in ROLE_WORDS)


_CARRIER_HEADS = frozenset("Airlines Airways Railways".split())
# The word before "and" in the names of countries that hold one ("Bosnia and Herzegovina Airlines").
_COUNTRIES_WITH_AND = frozenset("Antigua Bosnia Trinidad Turks Kitts Vincent Tomé Tome Heard Wallis".split())


# The words that end an area's name ("Derry City") and the kinds of council that govern areas.
_AREA_ENDINGS = frozenset("City County Borough".split())
_AREA_COUNCILS = frozenset("District Borough City County Town Regional".split())


def _two_areas_council(left: list[str], item: list[str]) -> bool:
    """Whether "Harbourton City and Westbrook District Council" is one council of two areas joined by "and",
    as merged councils are named: an area's name before "and", an area's council after it."""
    return left[-1] in _AREA_ENDINGS and item[-1] == "Council" and len(item) >= 3 and item[-2] in _AREA_COUNCILS
