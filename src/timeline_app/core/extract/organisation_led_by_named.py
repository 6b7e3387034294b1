"""Bodies named by the office one of their people holds.

"Congress leader Ravi ...", "Arlen Janata Dal leader Anil ...", "Tenure
activist Sarah ...", "Ostland Rising national spokesperson Kofi ...": a
capitalised name right before an office or a word of membership
("leader", "spokesperson", "activist", "convenor", "chairperson",
"general secretary", ...) and a person's first and last names is the
body that person speaks for, leads or belongs to. A reader reads it so
whatever the name's words, which is how parties and movements with no head
word in their names are often met in reports. Not a place or nation
("Ostlandian leader", "Westbrook MP": MPs and other elected offices are
left out, their place is a constituency; a president or secretary is as
often a country's or a state's, so neither counts alone), nor a seat in a
chamber ("Opposition leader"), nor one word before a member's word that
``organisation_members`` says names no group ("Faculty member"); what is
a name inside what was captured is ``organisation_context_names``'s
question. The same holds after a named person and a comma ("said Mara
Lind, Ostland Youth Front deputy spokesperson"), for offices that only a
body has (round 15). An event, a programme or a course has organisers and
convenors too ("Black History Month organiser"): a name ending in "Month",
"Week", "Programme" ... is none, and after a comma a longer name before such
an office needs a head word or a second mention. "Congress" names a chamber
before a member's word but the party before a leader's office (round 15b).
"""

from __future__ import annotations

import re

from .nationalities import NATIONALITIES
from .organisation_members import names_a_group
from .organisation_names import HEADS, is_sentence_noise
from .organisation_town_mentions import DEMONYM
from .prefilter import literal_starts

_OFFICE_WORDS = ("leader", "spokesperson", "spokesman", "spokeswoman", "vice-president", "activist", "member",
                 "convenor", "convener", "chairperson", "chairman", "chairwoman", "co-founder", "founder",
                 "organiser", "organizer", "coordinator", "co-ordinator", "campaigner")
_OFFICES = tuple(f" {word} " for word in _OFFICE_WORDS) + (" general secretary ", " secretary general ")
_OFFICE = re.compile(r" (?:general secretary|secretary general|" + "|".join(_OFFICE_WORDS) + r") ")
# The name, then perhaps a word saying which of its offices ("national spokesperson", "deputy leader")
_NAME_BEFORE = re.compile(r"(?<![\w'’&.-])(?P<name>[A-Z][\w'’&-]*"
                          r"(?:[ \t]+(?:(?:of|for|the)[ \t]+)?[A-Z][\w'’&-]*){0,4})"
                          r"(?:[ \t]+(?:national|deputy|acting|interim|former|regional|joint|assistant))?$")
_PERSON_AFTER = re.compile(r"[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][a-z'’-]+")
# A word naming both a chamber and a party: a "Congress member" sits in the chamber, but a leader,
# spokesperson or secretary of Congress speaks for the party (a chamber has a speaker, not a spokesperson).
_CHAMBER_PARTIES = frozenset(("Congress",))
_SEATS = frozenset("Opposition Majority Minority House Senate Chamber Assembly Floor World Team Squadron".split())
_LOOKBACK = 80
# Last words of an event's, a programme's or a course's name, never a body's.
_EVENT_ENDINGS = frozenset("Month Week Day Weekend Programme Program Course Module Festival Fortnight".split())


def led_by_named(text: str) -> list[tuple[int, str]]:
    """(start, captured name) of each body named right before a named person's office."""
    found = []
    for at in literal_starts(text, _OFFICES):
        office = _OFFICE.match(text, at)
        if office is None or not _PERSON_AFTER.match(text, office.end()):
            continue
        before = _NAME_BEFORE.search(text, max(0, at - _LOOKBACK), at)
        if before is None:
            continue
        words = before["name"].split()
        last = words[-1]
        if last in _SEATS or last in _EVENT_ENDINGS or len(words) <= 2 and _names_a_people(last):
            continue  # "Black History Month organiser Jo Lee" organises an event
        if len(words) == 1 and not (names_a_group(last) or last in _CHAMBER_PARTIES and office.group() != " member "):
            continue  # "Faculty member Paul ...", "Community leader Sam ...", "Welsh campaigner Jo ...":
            # one word is tested as ``organisation_members`` tests it, whatever the office
        found.append((before.start("name"), before["name"]))
    return found


# "said Jeanne Miranda, Anakbayan deputy spokesperson.": a person named, then after a comma a body and the
# office the person holds in it. One word alone must be a body's office (a spokesperson, a general
# secretary: "Kenyan activist", "Labour supporter" describe); an office "of" something ("Hyderabad secretary
# of X") belongs to the body after it, the word before being its branch or region.
_BODY_OFFICES = ("spokesperson", "spokesman", "spokeswoman", "president", "chairperson", "convenor", "convener",
                 "coordinator", "general secretary", "secretary general", "secretary-general")
_LEADS = ("leader", "founder", "co-founder", "organiser", "organizer")  # not "member": "UCU NEC member"
# Offices that an event, a programme or a course has as often as a body ("Black History Month organiser",
# "Masters Programme convenor", "Student Wellbeing coordinator"): a longer name before one of them is a
# body only with a head word or when the page names it again.
_ALSO_OF_EVENTS = frozenset(("organiser", "organizer", "convenor", "convener", "coordinator"))
# Read from each comma: the person before it, then the body and the office after it.
_PERSON_BEFORE = re.compile(r"(?<![\w'’&.-])[A-Z][a-z'’-]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][a-z'’-]+$")
_BODY_THEN_OFFICE = re.compile(
    r"(?P<name>[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,3})"
    r"[ \t]+(?:(?:national|deputy|acting|interim|regional|joint|assistant|vice)[ \t]+)?"
    rf"(?P<office>{'|'.join(_BODY_OFFICES + _LEADS)})(?![\w'’-]|[ \t]+(?:of|for|at|in)\b)")


def named_after_a_person(text: str) -> list[tuple[int, str]]:
    """(start, captured name) of each body named after a person and a comma, before the office held in it."""
    found = []
    for at in literal_starts(text, (", ",)):
        if not (text[at - 1 : at].islower() and text[at + 2 : at + 3].isupper()):
            continue  # most commas follow no name or come before a lower-case word
        match = _BODY_THEN_OFFICE.match(text, at + 2)
        person = match and _PERSON_BEFORE.search(text, max(0, at - 40), at)
        if not person:
            continue
        words = match["name"].split()
        if any(w in HEADS or is_sentence_noise(w) for w in person.group().split()) or match["name"].isupper():
            continue  # "In Sydney, X president", "University College London, X": no person; an acronym has its rule
        # "Jo Doe, Anakbayan deputy spokesperson": a word ending like a nationality is a body's name
        # before an office only a body has, but a president may be a country's ("Jo Doe, Kenyan president")
        # and a real nationality is never a body ("Jo Doe, Kenyan spokesperson")
        if len(words) == 1 and (match["office"] not in _BODY_OFFICES or words[0] in NATIONALITIES or
                                not (names_a_group(words[0], endings=match["office"] == "president") or
                                     words[0] in _CHAMBER_PARTIES)):
            continue
        if words[-1] in _SEATS or len(words) == 2 and _names_a_people(words[-1]):
            continue
        if words[-1] in _EVENT_ENDINGS or len(words) > 1 and match["office"] in _ALSO_OF_EVENTS and \
                not any(w in HEADS for w in words) and text.count(match["name"]) < 2:
            continue
        found.append((at + 2, match["name"]))
    return found


def _names_a_people(word: str) -> bool:
    """A nationality or an adjective of one ("Kenyan", "South African", "Israeli", "Maoist")."""
    return DEMONYM.search(word) is not None or word.endswith("ist")
