"""Initials written without full stops before a name ("ASM Rahim Uddin",
"A S Rohan Mehta").

South Asian, African and some news pages print initials as bare capitals.
Capitals before a name are usually a body's acronym ("UCU Bristol", "NUS
Scotland"), so they are read as initials only where an acronym would not
stand: after an office ("Vice Chancellor ASM ...") or opening a line or
sentence, and only when the page never uses them anywhere else (a body's
acronym comes back; a person's initials are written once, with the name).
One bare capital is an initial only right after an office ("president N
Rama Devi"): no acronym is one letter, but "A" and "I" are words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Protocol

from .organisation_known import KNOWN_MOVEMENT_BODIES

# One to three capitals, or two or three lone capitals parted by a blank,
# right before a name word, starting a word.
_INITIALS = r"(?:[A-Z]{1,3}|[A-Z](?:[ \t][A-Z]){1,2})"
_BEFORE_NAME = re.compile(rf"(?<![\w.'’&/-]){_INITIALS}[ \t]$")
_LOOKBACK = len("A B C ")


class _Named(Protocol):
    name: str
    mentions: list[tuple[int, int]]


def add_initials(text: str, people: dict[str, _Named], is_role_word: Callable[[str], bool]) -> dict[str, _Named]:
    """``people`` (name -> person), each given the bare initials that open
    one of their full mentions ("ASM Rahim Uddin" for "Rahim Uddin")."""
    mentions = [(name, start) for name, person in people.items() for start, _ in person.mentions]
    for name, (full, start) in leading_initials(text, mentions, is_role_word).items():
        if full in people:
            continue
        person = people.pop(name)
        person.name = full
        name_start = start + len(full) - len(name)
        person.mentions = [(start, end) if at == name_start else (at, end) for at, end in person.mentions]
        people[full] = person
    return people


# Offices written as capitals before a name ("PM Narendra Modi", "CM ...",
# "SP ...", "VC ..."): titles, not initials.
_OFFICES = frozenset("PM CM DM DC SP SSP DSP ASP IG DIG DG ADG VC PVC VP MP MLA MLC MEP MSP MS CEO COO CFO MD GM HOD "
                     "HM ACP DCP SHO SI ASI IAS IPS OC QC KC SC JP".split())


# How many different initials one page's check may count: a page names a
# few people with initials, and each count reads the whole text once, so a
# page of thousands of capitals stays linear.
_MOST_CHECKED = 12


class _Uses:
    """Whether initials stand as a word only once in the text (and are no
    office), each count made once; past ``_MOST_CHECKED`` counts, no."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.counted: dict[str, bool] = {}

    def once(self, initials: str) -> bool:
        if initials in _OFFICES:
            return False
        if initials not in self.counted:
            if len(self.counted) >= _MOST_CHECKED:
                return False
            pattern = rf"(?<![\w'’-]){re.escape(initials)}(?![\w'’-])"
            self.counted[initials] = len(re.findall(pattern, self.text)) == 1
        return self.counted[initials]


def _line_before(text: str, start: int) -> str:
    """The few words before ``start``, without the blanks right before it."""
    return text[max(0, start - 40):start].rstrip(" \t")


def after_office(text: str, start: int, is_role_word: Callable[[str], bool]) -> bool:
    """Whether an office's word ends right before ``start`` ("president N ...")."""
    before = _line_before(text, start)
    return bool(before) and not before.endswith("\n") and is_role_word(before.rsplit(None, 1)[-1])


_BARE_INITIAL_END = re.compile(r"(?<![\w.'’&/-])[B-HJ-Z][ \t]+$")


def without_bare_initial(before: str, is_role_word: Callable[[str], bool]) -> str:
    """``before`` (the text before a name) without one bare capital that an
    office precedes ("... president N "), so the office cues the name."""
    match = _BARE_INITIAL_END.search(before, max(0, len(before) - 4))
    return before[:match.start()] if match and after_office(before, match.start(), is_role_word) else before


def _where_initials_stand(text: str, start: int, is_role_word: Callable[[str], bool]) -> bool:
    """After an office, or opening a line or a sentence (``start`` is where the initials begin)."""
    before = _line_before(text, start)
    return not before or before.endswith(("\n", ".", "!", "?", ":", "“", "\"")) or \
        is_role_word(before.rsplit(None, 1)[-1])  # (``after_office``, with this line already read)


def leading_initials(text: str, mentions: Iterable[tuple[str, int]],
                     is_role_word: Callable[[str], bool]) -> dict[str, tuple[str, int]]:
    """For each (name, start) mention of a person's full name that bare
    initials open, the name with them and where it starts:
    {"Rahim Uddin": ("ASM Rahim Uddin", start)}."""
    found: dict[str, tuple[str, int]] = {}
    uses = _Uses(text)
    for name, start in mentions:
        if name in found or len(name.split()) < 2:
            continue
        match = _BEFORE_NAME.search(text, max(0, start - _LOOKBACK), start)
        if match is None or match.end() != start:
            continue
        initials = match.group().rstrip(" \t")
        if is_role_word(initials):
            continue  # "MPP Jo Arlen's office": an office's letters, no one's initials
        if len(initials) == 1:
            if initials not in "AI" and after_office(text, match.start(), is_role_word):
                found[name] = (f"{initials} {name}", match.start())
        elif _where_initials_stand(text, match.start(), is_role_word) and uses.once(initials):
            found[name] = (f"{initials} {name}", match.start())
    return found


# Initials then one surname, ending the name ("chief minister M K Stalin's visit", "secretary-general S
# Arutchelvan"): one letter, or lone letters parted by blanks (``spaced``); joined capitals (``joined``) are a body's
# as often as anyone's ("regional secretary NW Unison", "BT Openreach"), so they are held to more. Both kinds are
# found in one scan (the first capital's test, then either rest, as ``X(?:a|b)Y`` tries ``XaY`` then ``XbY``): the
# capital after the first is a blank's for one and a capital for the other, so at most one kind matches at a place,
# and no match of either kind starts inside one of the other (inside, each capital follows a capital, a blank or a
# hyphen, or comes before a blank or a small letter), so the scan finds each kind's ``finditer`` matches exactly.
# (A capital first: the look-behind is tried only where one stands.)
_INITIALLED_SURNAME = re.compile(r"[A-Z](?<![\w.'’&/-].)(?:(?P<spaced>(?:[ \t][A-Z]){0,2})|(?P<joined>[A-Z]{1,2}))"
                                 r"[ \t]+(?P<surname>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?:['’]s)?"
                                 r"(?![\w'’&-]|[ \t]+[A-Z])")


def initialled_surnames(text: str, is_role_word: Callable[[str], bool],
                        refused: Callable[[str], bool]) -> list[tuple[str, int]]:
    """(name, start) of each name of initials and one surname right after an
    office: the office is the cue a lone surname needs, and the initials
    are ones no acronym is (one letter, or lone letters parted by blanks)."""
    found: list[tuple[str, int]] = []
    joined: list[re.Match[str]] = []
    for match in _INITIALLED_SURNAME.finditer(text):
        if match["joined"] is not None:
            joined.append(match)
            continue
        initials = text[match.start() : match.end("spaced")]
        if not after_office(text, match.start(), is_role_word) or refused(match["surname"]):
            continue
        if initials in ("A", "I"):
            continue  # the article and the pronoun
        found.append((f"{initials} {match['surname']}", match.start()))
    uses = _Uses(text)
    for match in joined:
        # "president RM Kennedy", "Correspondent AC Nicholls": joined capitals the page writes only here, before
        # a surname no body is called ("regional secretary NW Unison" names the union's region)
        initials = text[match.start() : match.end("joined")]
        if after_office(text, match.start(), is_role_word) and not refused(match["surname"]) and \
                initials not in NATIONS and match["surname"] not in KNOWN_MOVEMENT_BODIES and uses.once(initials):
            found.append((f"{initials} {match['surname']}", match.start()))
    return found


NATIONS = frozenset("UK US USA EU UN NZ SA UAE NSW".split())  # "NUS president UK Jones": a country, no initials
