"""Capitalised pairs a name's cue catches that name no person.

* A place's adjective opening another person's role: in "said Western
  Australian school striker Aden Kenworthy" the speech verb cues "Western
  Australian" too, yet those words are only the start of Kenworthy's role.
* A work's title after a performance word ("a rendition of Bella Ciao",
  "sang Joe Hill"): a song or a piece, whatever given name it opens with.
* A Spanish place's name ("Santa Barbara", "Los Angeles") that nothing
  cues as a person's.
* A body or a region named inside another person's role ("Colin Marsh,
  regional operations director for Lakeland Buses North and West, said"):
  the speech verb cues the last words of the role, which name the firm.
* A name given a bracketed acronym of its initials ("Westbrook Operating
  Income (WOI)"): a body's, a scheme's or a measure's, never a person's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Protocol

from .given_names import GIVEN_NAMES
from .nationalities import NATIONALITIES
from .page_words import lower_case_words
from .organisation_speakers import speaking_bodies
from .person_plural_subjects import named_as_many
from .person_region_names import names_a_metro_area
from .person_cues import SPELLED_OUT_TITLES, TITLES

# A place's adjective: "Australian", "Victorian", "Congolese", "Scottish".
_PLACE_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish)")
# The words right before a work's title.
_PERFORMED = re.compile(r"\b(?:(?:rendition|renditions|performance|chorus|verse|version|singing|sing-along)[ \t]+of|"
                        r"sang|sing|sung|singing|chanted|chanting|played|playing|song|anthem|hymn)[ \t]+$",
                        re.IGNORECASE)


# Words that open a Spanish place's name, never an English-language page's
# person's (a person's "San" stands later: "Aung San Suu Kyi").
_PLACE_OPENERS = frozenset("Santa San Los Las".split())
# Spanish and Italian articles, which open papers', places' and bodies' names.
_ROMANCE_ARTICLES = frozenset("La El".split())
_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)\.?[ \t]+$")
# A place's or a body's capitalised last word and a comma right before a
# name ("University of Arcadia, "); not an office's ("the union's president, ").
_AFTER_NAMED_PLACE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*,[ \t]+$")
# A capitalised word right before a name, in the same run of words.
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’])([A-Z][\w'’-]*)[ \t]$")
# The confidence a speech verb after a name gives it, or more (an office).
_CUED = 0.8


class _Named(Protocol):
    role: str | None


class _Cued(_Named, Protocol):
    name: str
    confidence: float
    mentions: list[tuple[int, int]]


def not_people(text: str, people: Mapping[str, _Named], is_role_word: Callable[[str], bool]) -> set[str]:
    """The names of ``people`` that the whole set shows to be no one's: a role's opening, a name inside
    another's role ("director for X and Y said"), one opened by a nation's adjective ("Irish Rail says"),
    one the text has speak and employ as a company does ("X announced", "X bus workers"), one opening a sentence
    with a plural verb ("X have called")."""
    return role_openings(people, is_role_word) | named_in_roles(people) | opened_by_nationality(people) | \
        speaking_as_bodies(text, people) | \
        named_as_many(text, (name for name, person in people.items() if not person.role))


def names_no_person(text: str, person: _Cued, is_role_word: Callable[[str], bool]) -> bool:
    """Whether ``person``'s name or its own mentions show a region, a place, a title or a publication, not a
    person."""
    return names_a_metro_area(person.name) or _opens_with_an_article(text, person) or \
        names_a_place(text, person, is_role_word) or \
        titled_with_the(text, person) or named_as_a_publication(text, person) or \
        ends_on_a_common_noun(text, person) or abbreviated_after(text, person)


# A bracketed acronym right after a name: "Westbrook Tenants Alliance (WTA)".
_ACRONYM_AFTER = re.compile(r"[ \t]*\(([A-Z]{2,6})\)")


def abbreviated_after(text: str, person: _Cued) -> bool:
    """Whether a mention of ``person`` is followed by a bracketed acronym of its words' initials ("Kea Holm
    Arlen (KHA)"): bodies, schemes and measures are given one, people are not, unless a transcript then names
    its speakers by their initials ("KH: We ...")."""
    initials = "".join(word[0] for word in person.name.split()).upper()
    for _, end in person.mentions:
        acronym = _ACRONYM_AFTER.match(text, end)
        if acronym and acronym[1] == initials and f"\n{initials}:" not in text:
            return True
    return False


def _opens_with_an_article(text: str, person: _Cued) -> bool:
    """"La Tercera", "El Paso": an article and one word name a paper or a place, unless a role or a title
    says a person ("La Sonja Harrison", "Dr El Fassi", "El Masri, the union's lawyer" are people)."""
    words = person.name.split()
    return len(words) == 2 and words[0] in _ROMANCE_ARTICLES and not person.role and \
        not any(_titled(text, start) for start, _ in person.mentions)


def _titled(text: str, start: int) -> bool:
    """Whether a title stands right before ``text[start:]`` ("Dr", "Councillor", "Father")."""
    word = _WORD_BEFORE.search(text, max(0, start - 15), start)
    return word is not None and (word[1] in TITLES or word[1] in SPELLED_OUT_TITLES)


def ends_on_a_common_noun(text: str, person: _Cued) -> bool:
    """Whether a name that nothing cues and no given name opens begins and
    ends on words the text also writes in lower case ("Eviction Moratorium",
    "Third Level"): a thing's name in capitals, not a person's."""
    words = person.name.split()
    if len(words) < 2 or person.role or person.confidence >= _CUED or "-" in words[0] or words[0] in GIVEN_NAMES or \
            not words[-1][:1].isupper():
        return False  # a cued name ("Mick Lynch said", "Dr Keir Wood") or a hyphenated given name ("Kwok-wai Law")
    lower_case = lower_case_words(text)
    return words[-1].lower() in lower_case and words[0].lower() in lower_case  # not "Wendell Young ... young"


def names_a_work(text: str, start: int) -> bool:
    """Whether a performance word comes right before text[start:] (see the
    module docstring)."""
    return _PERFORMED.search(text, max(0, start - 30), start) is not None


def names_a_place(text: str, person: _Cued, is_role_word: Callable[[str], bool]) -> bool:
    """Whether ``person`` opens as a Spanish place's name does and is set
    after a place or a body and a comma ("University of Arcadia, Santa
    Barbara") or runs on from a capitalised word no single office is
    ("United Teachers Los Angeles"), or nothing cues a person: an office or
    a speech verb cues one ("president Santa Ono said"), and so does a known
    given name after the opener ("Santa Maria Lopez")."""
    words = person.name.split()
    if words[0] not in _PLACE_OPENERS:
        return False
    for start, _ in person.mentions:
        if _AFTER_NAMED_PLACE.search(text, max(0, start - 60), start):
            return True  # "workers at the University of Arcadia, Santa Barbara": the campus, not a person
        word = _CAPITAL_BEFORE.search(text, max(0, start - 40), start)
        if word and (not is_role_word(word[1]) or word[1].endswith("s")):
            return True  # "president of United Teachers Los Angeles": the body's name goes on (no office is plural)
    return not person.role and person.confidence < _CUED and words[1] not in GIVEN_NAMES


# "Ang Bayan, official organ of the CPP": a paper in apposition, never a person.
_A_PUBLICATION_AFTER = re.compile(r",[ \t]+(?:(?:the|an?)[ \t]+)?(?:official[ \t]+)?(?:organ[ \t]+of|"
                                  r"(?:newspaper|magazine|publication|journal|news[ \t]+(?:site|website|portal|agency))"
                                  r"(?=[ \t]*(?:[,.;)]|$)|[ \t]+(?:of|in|for|based|published|run|owned|founded)\b))")


def named_as_a_publication(text: str, person: _Cued) -> bool:
    """Whether a mention of ``person`` stands before an apposition naming a publication ("Ang Bayan,
    official organ of the CPP"): a paper's name, no one's."""
    return any(_A_PUBLICATION_AFTER.match(text, end) for _, end in person.mentions)


# "Workers at The Desert Sun": a capital "The" inside a sentence opens a title (a paper, a band, a ship).
_TITLE_THE = re.compile(r"[a-z,;:][ \t]+The[ \t]+$")


def titled_with_the(text: str, person: _Cued) -> bool:
    """Whether every mention of ``person`` follows a capital "The" inside a sentence ("journalists at
    The Indianapolis Star"): a title's words, no one's name (the words before it are no role either)."""
    return all(_TITLE_THE.search(text, max(0, start - 8), start) for start, _ in person.mentions)


def role_openings(people: Mapping[str, _Named], is_role_word: Callable[[str], bool]) -> set[str]:
    """Role-less names that open another person's role and end in a place's
    adjective ("Western Australian" of "Western Australian school
    striker"), or open with no given name before an office word
    ("Harbourton Youth" of "Harbourton Youth representative"): the place or
    the body the office is held for, no people."""
    adjectives = {name for name, person in people.items()
                  if not person.role and _PLACE_ADJECTIVE.fullmatch(name.split()[-1])}
    bodies = {name for name, person in people.items() if not person.role and name.split()[0] not in GIVEN_NAMES}
    if not adjectives and not bodies:
        return set()
    # A role's openings that end before a blank, no longer than the longest
    # candidate: one set look-up a name, not a pass over every role, and a
    # long role never makes more openings than the names could match.
    longest = max(map(len, adjectives | bodies))
    openings = {(role[:at], role[at + 1:].split(" ", 1)[0]) for person in people.values() if (role := person.role)
                for at in range(min(len(role) - 1, longest + 1)) if role[at] == " "}
    return {name for name, following in openings if name in adjectives or name in bodies and
            following[:1].islower() and is_role_word(following)}


# Where a role names the body or the place it is held for: "director for | X and Y", "officer at | X".
_HELD_FOR = re.compile(r"\b(?:for|of|at|with)[ \t]+(?:the[ \t]+)?$")
_AND_BEFORE = re.compile(r"(?:,|\band)[ \t]+$")


def named_in_roles(people: Mapping[str, _Named]) -> set[str]:
    """Role-less names that another person's role holds after "for", "of",
    "at" or "with" (and names joined to them by "and"): the body or the
    region the role is held for, not people; a name that opens with a
    given name stays a person's."""
    roles = [role for person in people.values() if (role := person.role) and " " in role]
    every_role = "\n".join(roles)  # (one look-up a name turns down nearly all: most are in no role)
    found: set[str] = set()
    for name, person in people.items():
        if person.role or name not in every_role or name.split()[0] in GIVEN_NAMES:
            continue  # ("a lawyer for Julian Assange", "head of health at Unison and Christina McAnea": people)
        for role in roles:
            at = role.find(name)
            if at > 0 and role[at + len(name):at + len(name) + 1] in ("", " ", ",") and (
                    _HELD_FOR.search(role, 0, at) or _AND_BEFORE.search(role, 0, at) and _held_before(role, at)):
                found.add(name)
    return found


def opened_by_nationality(people: Mapping[str, _Named]) -> set[str]:
    """Role-less names opened by a nation's adjective ("Irish Rail says",
    "Kenyan Government said"): a firm's or a body's, never a person's (a
    given name spelled the same, if any, keeps its person)."""
    return {name for name, person in people.items()
            if not person.role and (first := name.split()[0]) in NATIONALITIES and first not in GIVEN_NAMES}


def speaking_as_bodies(text: str, people: Mapping[str, _Named]) -> set[str]:
    """Role-less names the text has speak and employ as a company does
    ("Arriva Yorkshire announced", "Arriva Yorkshire bus workers"): a body's."""
    bodies = {name for _, name in speaking_bodies(text)}
    return {name for name, person in people.items() if not person.role and name in bodies}


def _held_before(role: str, at: int) -> bool:
    """Whether the role, before ``at`` and its "and", holds a capitalised
    name after "for"/"of"/"at" ("for Arriva Yorkshire and | North East")."""
    before = role[:_AND_BEFORE.search(role, 0, at).start()].rstrip()
    name = _LAST_NAME.search(before)
    return name is not None and _HELD_FOR.search(before, 0, name.start()) is not None


_LAST_NAME = re.compile(r"(?:[A-Z][\w'’&-]*[ \t]+)*[A-Z][\w'’&-]*$")
