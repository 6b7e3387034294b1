"""Which organisation a bare acronym stands for when the text never defines it.

Real pages often name a body in full once and by its initials elsewhere
without the bracketed definition ("the Canadian Federation of Students has
organised ..." then "an open letter to the CFS"). Two such readings are
linked here, both only within one document:

* a regional branch: "NUS Scotland" after "National Union of Students
  Scotland" was named is that branch, not the parent;
* an acronym of three letters or more whose letters are the initials of a
  name already found ("CFS" for "Canadian Federation of Students"), so the
  user sees one organisation, not two.

``names_a_thing`` tells a definition's name that is a scheme, a law or a
report rather than a body ("Higher Education Contribution Scheme (HECS)").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from .acronym_memo import per_document
from .capital_index import bracket_starts
from .organisation_names import HEADS, NO_LETTER, SKIPPABLE, FoundOrganisation, initials_match, is_role_word
from .organisation_name_tails import AGAINST_A_HARM, HARMS
from .organisation_named_body import is_an_office, names_a_school_level
from .places import STATE_OR_NATION_AFTER

_PLACE_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)")
_MIN_SPELLED_LETTERS = 3  # "SU" may be any "S... University": too short to tell


def regional_branch(text: str, end: int, acronym: str,
                    branches: Callable[[], BranchIndex]) -> FoundOrganisation | None:
    """"NUS Scotland" after "National Union of Students Scotland" was named:
    the acronym plus the same place word is that branch, not the parent. The index of bodies
    (``branches``) is brought up to date only when a capitalised word follows."""
    following = _PLACE_AFTER.match(text[end : end + 40])
    if not following:
        return None
    place = following.group(1)
    for org in branches().candidates(place, acronym):
        if org.name.endswith(" " + place):
            parent = org.name[: -len(place) - 1].split()
            if initials_match(acronym, parent):
                surface = f"{acronym} {place}"
                if surface not in org.surfaces:
                    org.surfaces.append(surface)
                return org
    return None


class BranchIndex:
    """The bodies found so far by their last one or two words and each acronym the words before can spell
    (``spellings``), in the order found: ``regional_branch`` asks only those a branch's place and acronym
    can name, not every body for every acronym (a page of thousands of "X Strike" bodies and acronyms). A body
    whose name is not single-spaced or whose words spell too many acronyms is asked always (``loose``).
    Like the reading's index of bodies by their initials, it is built again only when a body was added or dropped
    since (bodies are seldom found while bare acronyms are read)."""

    def __init__(self) -> None:
        self.version = -1
        self.keyed: dict[tuple[str, str], list[tuple[int, FoundOrganisation]]] = {}
        self.loose: list[tuple[int, FoundOrganisation]] = []

    def update(self, by_key: Mapping[str, FoundOrganisation], version: int) -> BranchIndex:
        """The index of ``by_key``, built again when ``version``, its count of bodies added and dropped, moved."""
        if version != self.version:
            self.keyed, self.loose, self.version = {}, [], version
            for at, org in enumerate(by_key.values()):
                self._add(at, org)
        return self

    def _add(self, at: int, org: FoundOrganisation) -> None:
        words = org.name.split(" ")
        spelled = [(" ".join(words[-k:]), spellings(words[:-k])) for k in (1, 2) if len(words) > k] \
            if org.name == " ".join(org.name.split()) else [("", None)]
        if any(found is None for _, found in spelled):
            self.loose.append((at, org))
            return
        for place, letters in {(place, s) for place, found in spelled for s in found or ()}:
            self.keyed.setdefault((place, letters), []).append((at, org))

    def candidates(self, place: str, acronym: str) -> list[FoundOrganisation]:
        """Every body ``regional_branch`` may take for ``acronym`` and ``place``, in the order found."""
        keyed = self.keyed.get((place, acronym.replace("&", "").lower()), [])
        return [org for _, org in sorted(keyed + self.loose, key=lambda pair: pair[0])] if self.loose else \
            [org for _, org in keyed]


_MAX_SPELLINGS = 64


def spellings(words: list[str]) -> set[str] | None:
    """Every acronym (lower case, without "&") ``initials_match`` takes ``words`` to spell, or None when there are
    more than _MAX_SPELLINGS: each word gives its initial, an all-capitals word all its letters instead, and a
    small word ("of", "the") its initial or nothing; connectors give none."""
    spelled = {""}
    for word in words:
        if word in NO_LETTER:
            continue
        lowered = word.lower()
        caps = lowered.replace(".", "")
        ways = {lowered[0]} | ({caps} if len(caps) > 1 and word.isupper() else set()) | \
            ({""} if lowered in SKIPPABLE else set())
        spelled = {done + way for done in spelled for way in ways}
        if len(spelled) > _MAX_SPELLINGS:
            return None
    return spelled


def state_branch(text: str, start: int, end: int, acronym: str, known: bool) -> tuple[str, int] | None:
    """"SEIU Iowa", "CUPE Nova Scotia President ...", "NHS England:": the acronym's branch in the state,
    province or nation named right after it, and where the branch's name ends; when the acronym is not
    ``known`` as a body, only with an office, its members or a colon after the place ("CUPE Ontario's
    president") or an office of it before ("President of CUPE Ontario"; not "NASA Florida launch", "SAVE
    Ontario placards"), and never when the name goes on past the place ("SEIU Florida Public Services Union"
    is a name of its own)."""
    following = STATE_OR_NATION_AFTER.match(text, end) if len(acronym) >= 3 else None
    if following is None:
        return None
    after = _WORD_AFTER.match(text, following.end())
    word = after[1].split("-")[0] if after else ""
    if word[:1].isupper() and not is_role_word(word):
        return None
    marked = is_role_word(word) or _MARK_AFTER_BRANCH.match(text, following.end()) is not None or \
        _office_of_before(text, start) and (after is None or word in _SPEECH_AFTER_BRANCH)
    return (f"{acronym} {following['place']}", following.end()) if known or marked else None


# "NHS England:", "CUPE Ontario's president", "SEIU Iowa members"
_MARK_AFTER_BRANCH = re.compile(r"[*]?[ \t]*:|['’]s\b|[ \t]+[Mm]embers\b")
_WORD_AFTER = re.compile(r"[ \t]+([\w-]+)")
_OFFICE_OF_BEFORE = re.compile(r"(?<![\w-])([A-Za-z-]+)[ \t]+of[ \t]+(?:the[ \t]+)?$")  # "President of "
# After "President of CUPE Ontario" the place ends the phrase, or a verb follows (not "director of NASA Florida
# operations")
_SPEECH_AFTER_BRANCH = frozenset("said says told has have is was will".split())


# The offices a union's branch has ("President of CUPE Ontario"; not "the director of the OBI Texas")
_BRANCH_OFFICES = frozenset("""president vice-president secretary general-secretary treasurer chair chairperson chairman
    chairwoman convenor convener organiser organizer steward""".split())


def _office_of_before(text: str, start: int) -> bool:
    office = _OFFICE_OF_BEFORE.search(text, max(0, start - 40), start)
    return office is not None and office[1].lower() in _BRANCH_OFFICES


def spelled_by(acronym: str, found: Iterable[FoundOrganisation]) -> FoundOrganisation | None:
    """The organisation already found whose name's initials spell an
    undefined ``acronym`` ("CFS": "Canadian Federation of Students"), when
    exactly one does."""
    if len(acronym) < _MIN_SPELLED_LETTERS or "&" in acronym:
        return None
    matches = {id(org): org for org in found
               if org.acronym is None and len(org.name.split()) >= len(acronym) - 1
               and initials_match(acronym, org.name.replace("-", " ").split())}
    return next(iter(matches.values())) if len(matches) == 1 else None


# Last words of a defined name that make it a scheme, a law, a report, a
# test, a building ("Westbrook Sciences Building (WSB)"), a fuel, a vehicle, a territory or a harm a movement
# names ("Gender-Based Violence (GBV)"; a body against it carries its campaign word): the acronym then names no
# body ("Voluntary Student Unionism" is caught by its lower-case spelling elsewhere; these are capitalised).
_THING_ENDINGS = frozenset(
    """Scheme Schemes Act Bill Policy Programme Program Allowance Agreement Strategy Plan Framework Treaty
    Tax Levy Charge Fee Fees Loan Loans Grant Grants Report Review Survey Index Test Exam Examination
    Certificate Diploma Amendment Regulations Law Protocol Rate Wage Pass Card Visa Benefit Credit
    Order Guidelines Guideline Decree Ordinance Circular Directive Memorandum Adjustment Product Region
    Strikes Bonus Bonuses Pension Salary Increment Subsidy Stipend Bursary Scholarship Scholarships Package
    Arrears Structure Pipeline Fleet Account Accounts Income Building
    Kerosene Diesel Gasoline Vehicle Territory""".split()
) | HARMS


# What a body issues, named by the body's kind alone ("Department Order", "Ministry Circular").
_ISSUED = frozenset("Order Circular Directive Memorandum Decree Ordinance Guidelines".split())
# "Campaign Against Fees (CAF)", "Scrap the Levy": a campaign named after what it fights is a body;
# so is a name holding a head word ("Universities Superannuation Scheme (USS)", as the labelled corpus has it)
_CAMPAIGN_WORDS = frozenset("Against against for For Stop Scrap Abolish Cut No Axe Fight".split())


def names_a_thing(words: list[str]) -> bool:
    """Whether a defined name ends in a word for a scheme, law, report or
    test rather than a body ("Higher Education Contribution Scheme"),
    including what a body issues, named by the body's kind ("Department
    Order (DO)")."""
    last = words[-1].strip(",.") if words else ""
    if last in ("Practice", "Practices"):  # "Unfair Labor Practice (ULP)"; not "Harbourton Medical Practice"
        return not _PRACTICE_FIELDS.isdisjoint(words)
    if last == "Spirit":  # "Premium Motor Spirit (PMS)", a fuel; "Arlen Spirit (AS)" may be a firm
        return len(words) >= 2 and words[-2] == "Motor"
    if last == "Building" and len(words) >= 2 and words[-2] in _BUILT_THINGS:
        return False  # "Harbourton Peace Building (HPB)", "Capacity Building": work a body does, no building
    if last not in _THING_ENDINGS or not _CAMPAIGN_WORDS.isdisjoint(words):
        return False
    if last in HARMS and not AGAINST_A_HARM.isdisjoint(words):  # (campaign words only: "Year End Bonus" is a bonus)
        return False  # "Men Ending Violence (MEV)", "End Campus Harassment (ECH)": a body against the harm
    # "Universities Superannuation Scheme (USS)" is run by a body; "Collective Bargaining Agreement (CBA)" is an
    # agreement
    return HEADS.isdisjoint(w for w in words if w != "Collective") or len(words) == 2 and last in _ISSUED


_BUILT_THINGS = frozenset("Capacity Peace Nation Movement".split())
_PRACTICE_FIELDS = frozenset("Labour Labor Employment Trade Business Good Best Fair Unfair Code".split())
_WORDS_BEFORE_BRACKET = re.compile(r"((?:[A-Z][\w'’-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)?){1,8})\($")


@per_document
def defined_as_thing(text: str, acronym: str) -> bool:
    """"Higher Education Contribution Scheme (HECS)": the text defines the
    acronym as a scheme, a law or a report, so it names no body anywhere."""
    for bracket in bracket_starts(text, acronym):
        before = _WORDS_BEFORE_BRACKET.search(text, max(0, bracket - 100), bracket + 1)
        if before is None:
            continue
        words = before[1].replace("-", " ").split()  # "Performance-Based Bonus (PBB)" spells P, B, B
        # "... Conservation Act (EPBC)": the acronym may leave the law's own word out
        spelled = [words[i:] for i in range(len(words)) if initials_match(acronym, words[i:]) or
                   i < len(words) - 1 and initials_match(acronym, words[i:-1])]
        if spelled and (names_a_thing(words) or
                        any(names_a_school_level(name) or is_an_office(name) for name in spelled)):
            return True
    return False
