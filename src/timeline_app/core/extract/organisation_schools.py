"""Schools and universities named the way reports name them.

* "a junior at Cedar Ridge High in Westbrook", "outside Smyth Elementary": a
  name ending in "High" or "Elementary" with no capitalised word after it ("High School", "High Court", "High Street"
  are read elsewhere or are no body) is that high school;
* "Xavier and Brophy preparatory schools", "Sunrise Mountain and
  Centennial high schools": names sharing one lower-case plural school
  head are each that kind of school ("Xavier Preparatory School").

* "nurses at Harbourton hospital", "teaching at Lakeland primary school": a
  name after "at", "outside", "for" or the like and before a lower-case
  hospital's or school's head is that one hospital or school, unless a noun
  follows that the name describes ("at Harbourton hospital porters' pay"),
  or the name says where or what kind ("South-East", "Catholic", "Gaza",
  "Ontario"), when, or whose;

* "students at Essex took a room", "students at Essex university": a
  place-like name right after "student(s) at" and before a lower-case
  word is the institution those students attend (as written, or "Essex
  University" before a lower-case "university"), unless the text names
  that institution or its union in full ("Durham Students' Union"); "at
  Dundee university" is Dundee University whoever is there (round 8).

All are found from plain words ("High", " schools", "tudents at") so texts
without them cost nothing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .organisation_forms import PLACE_CUE_BEFORE
from .given_names import GIVEN_NAMES
from .line_bounds import line_start_within
from .nationalities import NATIONALITIES
from .organisation_known import KNOWN_MOVEMENT_BODIES
from .organisation_names import HEADS, PLACE_NOUNS, is_generic_word, opens_sentence
from .organisation_runs import CAP_WORD
from .places import names_a_region
from .prefilter import literal_starts, word_boundary


class SchoolName(NamedTuple):
    name: str
    start: int
    end: int
    surface: str | None = None


_NAME_BEFORE_HIGH = re.compile(rf"(?<![\w'’&-])(?P<name>(?:{CAP_WORD}[ \t]+){{1,3}})$")
# "Mountain View High", "Smyth Elementary" (``organisation_canonical`` merges such a name with its "... School")
SCHOOL_ENDINGS = ("High", "Elementary")
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z0-9&]")
_SCHOOL_KINDS = {"high": "High School", "preparatory": "Preparatory School", "secondary": "Secondary School",
                 "middle": "Middle School", "elementary": "Elementary School", "grammar": "Grammar School",
                 "primary": "Primary School"}
_ITEM = rf"{CAP_WORD}(?:[ \t]+(?:del[ \t]+|de[ \t]+|la[ \t]+)?{CAP_WORD}){{0,3}}"
_SHARED_SCHOOL_HEAD = re.compile(
    rf"(?P<items>{_ITEM}(?:,[ \t]+{_ITEM})*,?[ \t]+(?:and|&)[ \t]+{_ITEM})[ \t]+"
    rf"(?P<kind>high|preparatory|secondary|middle|elementary|grammar|primary)[ \t]+schools\b"
)
_ITEM_SPLIT = re.compile(r",[ \t]+|,?[ \t]+(?:and|&)[ \t]+")


def school_names(text: str) -> list[SchoolName]:
    """High schools named "X High", schools sharing a plural head,
    institutions named by their town after "students at", and schools and
    hospitals whose name ends in a lower-case head ("Harbourton hospital")."""
    return _named_high(text) + _shared_school_heads(text) + _attended(text) + _lower_case_heads(text)


_AFTER_STUDENTS_AT = re.compile(rf"tudents?[ \t]+at[ \t]+(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD})?)"
                                rf"(?P<head>[ \t]+university\b)?(?=[ \t]+[a-z])")
# Times of year that students are "at" too
_NOT_INSTITUTIONS = frozenset("Christmas Easter Halloween Thanksgiving Diwali Eid Ramadan Passover Hanukkah Pride".split())


def _names_in_full(text: str, towns: set[str]) -> set[str]:
    """The towns whose institution or union the text names in full ("Westbrook University", "University of
    Westbrook"). Each place a full head follows a word, or "University of" precedes one, is read once and the
    words of each town's length there are kept (finding every town through the whole page made a page of
    thousands of distinct towns quadratic)."""
    lengths = {len(town) for town in towns}
    written: set[str] = set()
    for head in _FULL_AFTER_AT.finditer(text):
        for length in lengths:
            if head.start() >= length and word_boundary(text, head.start() - length):
                written.add(text[head.start() - length : head.start()])
    for before in _FULL_BEFORE:
        for at in literal_starts(text, (before,)):
            name_at = at + len(before)
            if word_boundary(text, at):
                written.update(text[name_at : name_at + length] for length in lengths
                               if name_at + length <= len(text) and word_boundary(text, name_at + length))
    return towns & written


# Every place a full head follows (zero-width, so that no place hides in another's match)
_FULL_AFTER_AT = re.compile(r"(?=[ \t]+(?:University|College|Students|Student|SU|Union|Guild)\b)")
_FULL_BEFORE = ("University of ", "College of ")


# "a UCU rep at Dundee university": the place, then a lower-case "university"; found back from it.
_AT_NAME_BEFORE = re.compile(rf"(?<![\w'’-])[Aa]t[ \t]+(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD})?)[ \t]+$")


def _attended(text: str) -> list[SchoolName]:
    matches = []
    for at in literal_starts(text, ("tudents at", "tudent at")):
        match = _AFTER_STUDENTS_AT.match(text, at)
        if match and at >= 1 and text[at - 1] in "sS":
            matches.append((match["name"], match.start("name"), match.end("name"), match["head"] is not None))
    for at in literal_starts(text, (" university",)):
        match = _AT_NAME_BEFORE.search(text, max(0, at - 40), at + 1)
        if match and not text[at + 11 : at + 12].isalnum():
            matches.append((match["name"], match.start("name"), match.end("name"), True))
    kept = [(town, start, end, head) for town, start, end, head in matches
            if not any(w in HEADS or w in PLACE_NOUNS or w in GIVEN_NAMES or w in _NOT_INSTITUTIONS
                       or is_generic_word(w) or opens_sentence(w) for w in town.split())]
    in_full = _names_in_full(text, {town for town, _, _, _ in kept}) if kept else set()
    # "Durham Students' Union" is named: "students at Durham" adds no body
    return [SchoolName(f"{town} University" if head else town, start, end, town)
            for town, start, end, head in kept if town not in in_full]


def _named_high(text: str) -> list[SchoolName]:
    found = []
    for at in literal_starts(text, SCHOOL_ENDINGS):
        end = at + next(len(w) for w in SCHOOL_ENDINGS if text.startswith(w, at))
        following = text[end : end + 1]
        if following.isalnum() or following in "-'’" or _CAPITAL_NEXT.match(text, end):
            continue  # "High School", "High Court", "High-rise", "Highway": not this shape
        before = _NAME_BEFORE_HIGH.search(text, max(0, at - 60), at)
        if before is None:
            continue
        words = before["name"].split()
        while words and (opens_sentence(words[0]) or is_generic_word(words[0])):
            words = words[1:]
        if not words or any(w in HEADS for w in words):
            continue
        start = text.find(words[0], before.start())
        name = " ".join(text[start:end].split())
        if text.startswith(" school", end) and not text[end + 7 : end + 8].isalnum():
            name, end = f"{name} School", end + 7  # "Kea High school": the name's head written small
        found.append(SchoolName(name, start, end))
    return found


def _shared_school_heads(text: str) -> list[SchoolName]:
    found = []
    for at in literal_starts(text, (" schools",)):
        lo = line_start_within(text, at, 200)
        for match in _SHARED_SCHOOL_HEAD.finditer(text, lo, at + len(" schools")):
            head = _SCHOOL_KINDS[match["kind"]]
            cursor = 0
            pieces = _ITEM_SPLIT.split(match["items"])
            if len(pieces) > 2 and PLACE_CUE_BEFORE.search(text, max(0, match.start() - 20), match.start()):
                pieces = pieces[1:]  # "in central Phoenix, Xavier and Brophy preparatory schools"
            for piece in pieces:
                offset = match["items"].find(piece, cursor)
                cursor = offset + len(piece)
                words = piece.split()
                while words and opens_sentence(words[0]):
                    words = words[1:]
                if not words or any(w in HEADS for w in words):
                    continue
                item = " ".join(words)
                start = match.start("items") + match["items"].find(item, offset)
                found.append(SchoolName(f"{item} {head}", start, start + len(item), item))
    return found


# A hospital's or a school's head, in lower case after the name it ends ("Saint Arlen hospital"), and the
# word before the name that says a place is meant ("at", "outside", "for"): "the Harbourton hospital visit",
# "Two Harbourton hospital porters" and "Christmas hospital" name none.
_LOWER_HEADS = (" hospital", " infirmary", " primary school", " secondary school")
_NAME_BEFORE_HEAD = re.compile(rf"(?<![\w'’&-])(?:[Aa]t|[Oo]utside|[Ff]rom|[Tt]o|[Ff]or|[Ii]nto|[Nn]ear|[Ii]n|of|"
                               r"[Ii]nside|[Pp]ast|[Bb]ehind|[Oo]pposite)[ \t]+"
                               rf"(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}})$")
# Nouns after the head that make the name describe them ("Harbourton hospital porters", "... cuts")
_NOUN_AFTER_HEAD = re.compile(r"[ \t]+(?:staff|workers|porters|nurses|doctors|cleaners|cuts|visits?|funding|beds|"
                              r"wards?|bosses|management|services|closures?|plans|pupils|teachers|students|parents|"
                              r"trusts?|boards?|patients|admissions|cases|care|appointments|tents|waiting)\b")
_REGION_WORDS = frozenset("North South East West Central Co Northern Southern Eastern Western".split())
# Faiths and kinds of school or hospital that describe one ("a Catholic secondary school"), not its name
_KIND_WORDS = frozenset("""Catholic Christian Muslim Jewish Islamic Anglican Methodist Protestant Children's
    Children’s Women's Women’s Maternity Teaching District Mental Psychiatric Military Army Field Cottage Community
    Private Accident Emergency Covid COVID Ebola Cholera""".split())


def _lower_case_heads(text: str) -> list[SchoolName]:
    """Each name after "at" or the like that a lower-case hospital's or school's head ends (see the docstring)."""
    found = []
    for at in literal_starts(text, _LOWER_HEADS):
        end = at + next(len(head) for head in _LOWER_HEADS if text.startswith(head, at))
        if text[end : end + 1].isalnum() or _NOUN_AFTER_HEAD.match(text, end):
            continue  # "hospitals", "hospitality", "hospital staff"
        before = _NAME_BEFORE_HEAD.search(text, max(0, at - 70), at)
        if before is not None and not _names_no_one(before["name"].split()):
            found.append(SchoolName(" ".join(text[before.start("name"):end].split()), before.start("name"), end))
    return found


def _names_no_one(words: list[str]) -> bool:
    """Words before a lower-case head that say where or what kind, not which one: a region, a country or a
    state, a faith, a kind, an illness, a holiday, a nation's adjective, a party, an owner ("Harbourton's")."""
    return any(w in HEADS or w in _REGION_WORDS or w in _KIND_WORDS or w in _NOT_INSTITUTIONS or "-" in w or
               w in NATIONALITIES or w in KNOWN_MOVEMENT_BODIES for w in words) or \
        opens_sentence(words[0]) or is_generic_word(words[0]) or \
        len(words) == 1 and words[0].endswith(("'s", "’s")) or names_a_region(" ".join(words))
