"""A police force named by its place, with a lower-case "police": "Metropolitan police", "Met police", "UC police".

Its own reading among the organisation forms: a force is written "Delhi police" far more often than with
its full name, so the place before "police" is read back (words that describe police, "Riot", "Campus",
dropped), a force word after it taken ("Nigerian police Force"), or the fuller name the page writes
elsewhere ("Los Angeles Police Department"). ``organisation_shapes`` adds these to its candidates.
"""

from __future__ import annotations

import re

from .organisation_forms import FormName
from .organisation_names import NEW_PLACES, NOT_ORGANISATIONS, NUMBER_WORDS, is_generic_word, opens_sentence
from .organisation_runs import CAPITALISED_WORD_BEFORE
from .prefilter import literal_starts

_FORCE = re.compile(r"(?<![\w'’&-])(?P<place>(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+|[A-Z]{2,5})[ \t]+police\b")
# Words that describe police rather than name a force ("Riot police", "Campus police").
_NOT_A_FORCE = frozenset(
    """Riot Mounted Armed Military Secret Traffic Campus Local State Federal National Border Special Plainclothes
    Undercover Uniformed Auxiliary Private University College School City County Security Some Many Most
    Several Other Extra Additional Senior Junior Female Male Women Off Community Student Students Dozens Hundreds
    Thousands Yes No Oh Well""".split()  # "Yes police officers fired": a reply opens the quote
) | NUMBER_WORDS


# A nation's adjective ("Indian", "Kenyan", "Zimbabwean", "Chinese", "British"); a city ("Delhi", "Nairobi")
# names a force.
_NATION_ADJECTIVE = re.compile(r"(?:[a-z]ian|[a-z]ean|[a-z]yan|[a-z]can|ese|ish)$")
_PLACE_AND_BEFORE = re.compile(r"(?<![\w'’&-])([A-Z][a-z]+)[ \t]+and[ \t]+$")
# "Students from Jamia and Delhi police clashed": after these words the first place is one side of two, not the force's.
_JOINS_TWO_BEFORE = re.compile(r"(?<![\w'’-])(?:from|between|with|of|and)[ \t]+$")
_STATION_AFTER = re.compile(r"[ \t]+(?:station|stations|headquarters|post|box)\b")


# Places whose name opens with "New" and that have a force of their own ("New Zealand police"; "New Delhi
# police" is the Delhi Police); elsewhere an opening "New" is the adjective ("New Met police chief named").
_NEW_PLACES = NEW_PLACES | {"Caledonia", "Guinea"}


def _new_place(words: list[str]) -> bool:
    """Whether ``words`` open with a place named "New ..." ("New Zealand", "New York")."""
    return len(words) > 1 and words[0] == "New" and words[1] in _NEW_PLACES


def police_forces(text: str) -> list[FormName]:
    """"Metropolitan police", "Met police", "UC police": a force named by its
    place, written with a lower-case "police"."""
    found = []
    full_names: dict[str, str] = {}
    for at in literal_starts(text, (" police",)):
        match = _FORCE.search(text, max(0, at - 30), at + len(" police"))
        if not match or match.end() != at + len(" police"):
            continue
        if _STATION_AFTER.match(text, match.end()) or CAPITALISED_WORD_BEFORE.search(text, max(0, match.start() - 20),
                                                                                  match.start()):
            continue  # "Vasant Kunj North police station": a place, and only part of its name
        words = match["place"].split()
        while words and (words[0] in _NOT_A_FORCE or opens_sentence(words[0])) and not _new_place(words):
            words = words[1:]
        if not words or words[-1] in _NOT_A_FORCE or is_generic_word(words[-1]) or words[-1] in NOT_ORGANISATIONS \
                and words[-1] != "UC":
            continue
        start = text.find(words[0], match.start(), match.end())
        if start == match.start() and (pair := _PLACE_AND_BEFORE.search(text, max(0, start - 24), start)) and \
                not opens_sentence(pair[1]) and pair[1] not in _NOT_A_FORCE and \
                not _JOINS_TWO_BEFORE.search(text, max(0, pair.start(1) - 10), pair.start(1)):
            words, start = [pair[1], "and", *words], pair.start(1)  # "Avon and Somerset police": two places
        unit = _FORCE_WORD_AFTER.match(text, match.end())  # "the Nigerian police Force": the force's full name
        end = unit.end() if unit else match.end()
        name = f"{' '.join(words)} Police"
        if unit:
            name += f" {unit[1]}"
        else:  # "Los Angeles police" where the page also writes "Los Angeles Police Department"
            if name not in full_names:  # once per name: a page may name its force hundreds of times
                full_names[name] = _full_force_name(text, name)
            name = full_names[name]
            if name.endswith(" Police") and _NATION_ADJECTIVE.search(words[-1]):
                continue  # "Indian police", "Kenyan police": a country's police described, no force named
        found.append(FormName(name, start, end))
    return found


_FORCE_WORD_AFTER = re.compile(r"[ \t]+(Force|Service|Department)(?![\w'’-])")
_FORCE_WORD_OWNING = re.compile(r"[ \t]+(Force|Service|Department)(?![\w-])")  # "Department’s" too


def _full_force_name(text: str, name: str) -> str:
    """``name`` ("Los Angeles Police") with the force word the page writes after it elsewhere."""
    at = text.find(name)
    while at != -1:
        unit = _FORCE_WORD_OWNING.match(text, at + len(name))
        if unit:
            return f"{name} {unit[1]}"
        at = text.find(name, at + 1)
    return name
