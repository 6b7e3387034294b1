"""The last look at what the finders found, once every finder has run.

Some errors show only when a document's names are seen together:

- a known person's name is no part of a body's name it ends ("the
  Ostland Committee on Education Sam Reed") when what is left is one,
  not when it is a head word alone ("Liceo Marta Brunet" is named after
  her);
- a word of allegiance is no part of a name ("the Leeds-based HEARTH
  group" names HEARTH), whichever finder took it in;
- a name written only after "a" or "an" names a kind of body, not one
  ("the block set up a Renter Union in May", "proud to be a Civic
  College"): a reader writes "the" before the body a page means. Before
  a noun the article is that noun's ("a Westbrook University student",
  "a Sinn Fein TD"), so such a mention says nothing. A name with "of"
  ("a Bank of Ostland"), an acronym of its own, or four words or more
  (specific enough to be one body, planned or not: "grow into a
  Schools' Climate Action Network") is kept;
- an acronym written only right after a person's name ("Professor Jo
  Arlen AO said") is an honour or a degree, not the body the person
  speaks for (that reads "Jo Arlen of the NTEU", "NTEU's Jo Arlen");
- an acronym written only with "'s" and no noun after it ("staff such as
  LSA's, cleaners and porters") is a plural of a common abbreviation;
- a name written only after an ordinal ("the 3rd Convocation of X
  University") is a numbered gathering of the body after "of";
- a name closed by a quote mark right after a word not ending in "s" (so
  no plural's possessive), and opened by one wherever it is written ("to
  'Occupy Westbrook' the hall", "its 'Lakeland Rebellion'"), is a quoted
  slogan or an event's title, not a body, unless it ends in a head word
  ("under the banner of 'Kea Holm Sangharsh Samiti'"; "Rebellion" also
  names an event);
- an acronym found only where it opens a longer name the page also holds
  ("the CLEAR Ostland campaign" beside "the CLEAR Ostland Campaign") is
  that body written once with a lower-case word, not a second body.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .given_names import GIVEN_NAMES
from .organisation_names import ALLEGIANCE, HEADS, FoundOrganisation
from .organisation_modifiers import describes_bodies
from .organisation_named_body import named_body
from .organisation_non_bodies import a_centre_stood_at, body_after_occurrence, body_before_event, names_no_body, \
    without_repeated_head

_ARTICLE_BEFORE = re.compile(r"(?:^|[\s(])(?:a|an|A|An)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][\w'’-]*)")
# Words after a name that end its noun phrase: the article before it is the name's own.
_PHRASE_ENDS = frozenset("""in and or but that which who whose with for to at on since from by as is was are were
    will would has had have can could may might must shall should not after before until when where while
    because so then than if though although whereas""".split())


def narrowed(found: list[FoundOrganisation], text: str, people: Collection[str] = ()) -> list[FoundOrganisation]:
    """``found`` less kinds of body, honours after ``people``'s names and
    acronyms opening longer names, with words of allegiance dropped (see
    the module docstring)."""
    named = [person for person in people if person.split()[0] in GIVEN_NAMES]  # "Los Angeles" is no one
    endings = tuple(f" {person}" for person in named)
    for org in found:
        _drop_allegiance(org, text)
        if (body := body_before_event(org.name)) is not None:
            _rename(org, body, text)
        if (body := without_repeated_head(org.name)) is not None:
            _rename(org, body, text)
        if (body := body_after_occurrence(org.name, text, org.mentions)) is not None:
            _rename(org, body, text)
        if endings and org.name.endswith(endings):
            _drop_a_person_after(org, named, text)
    before_people = tuple(f"{person} " for person in people)
    kept = [org for org in found if not names_no_body(org.name, text, org.mentions) and not _names_a_kind(org, text)
            and not _an_honour(org, text, before_people) and not _a_plural(org, text)
            and not describes_bodies(org, text) and not a_centre_stood_at(org.name, text, org.mentions)
            and not _a_quoted_phrase(org, text)]
    return _without_inner_names(_without_opening_acronyms(kept, text))


def _without_inner_names(found: list[FoundOrganisation]) -> list[FoundOrganisation]:
    """``found`` less each name of two words or more written only at the
    end of another found name's mentions ("NHS Trust" only ever in "Barts
    Health NHS Trust"): one finder read the tail of a name another read
    whole. A name that opens a longer one is kept: "UC Santa Cruz" in "UC
    Santa Cruz Police" is the body the longer one is a part of."""
    if len(found) < 2:
        return found
    ends: dict[int, int] = {}  # where a mention ends -> where the longest mention ending there starts
    for org in found:
        for start, end in org.mentions:
            ends[end] = min(start, ends.get(end, start))
    return [org for org in found if not (" " in org.name and org.mentions and all(
        ends.get(end, start) < start for start, end in org.mentions))]


def _an_honour(org: FoundOrganisation, text: str, before_people: tuple[str, ...]) -> bool:
    """An acronym written only right after a known person's name (``before_people``: each name and a space),
    or, when it is a rank or an honour, in brackets right after it ("Femi Falana (SAN)": a rank at the bar;
    "Jo Bloggs (UCU)" names the union the person speaks for)."""
    name = org.name
    if not before_people or " " in name or not name.isupper() or org.defined or not org.mentions:
        return False
    return all(text[max(0, start - 60) : start].endswith(before_people) or
               name in _HONOURS and text[start - 1 : start] == "(" and text[end : end + 1] == ")" and
               text[max(0, start - 61) : start - 1].endswith(before_people) for start, end in org.mentions)


# Ranks and honours written in brackets after a name: a Senior Advocate of Nigeria, a King's or Queen's
# Counsel, national honours of the UK and Nigeria.
_HONOURS = frozenset("SAN QC KC OBE MBE CBE OON OFR CON GCON MON".split())


def _drop_allegiance(org: FoundOrganisation, text: str) -> None:
    words = org.name.split()
    if len(words) > 1 and words[0].endswith(ALLEGIANCE):
        _rename(org, " ".join(words[1:]), text)


def _drop_a_person_after(org: FoundOrganisation, named: list[str], text: str) -> None:
    """"Ostland Committee on Education Sam Reed": a known person (``named``: those with a given name first)
    named after the body is no part of it."""
    person = max((p for p in named if org.name.endswith(f" {p}")), key=len)
    rest = org.name[: -len(person) - 1].split()
    if len(rest) >= 2 and named_body(rest) is not None:  # "Liceo Marta Brunet" is named after her
        _rename(org, " ".join(rest), text)


def _rename(org: FoundOrganisation, part: str, text: str) -> None:
    """Name ``org`` by ``part`` of its name, each mention narrowed to where its words are written."""
    old, org.name = org.name, part
    org.surfaces = [s for s in org.surfaces if s != old] or [part]
    first, last = part.split()[0], part.split()[-1]
    moved = []
    for start, end in org.mentions:
        at = text.find(first, start, end)
        stop = text.find(last, max(at, start), end)
        moved.append((at, stop + len(last)) if at >= 0 and stop >= 0 else (start, end))
    org.mentions = moved


def _names_a_kind(org: FoundOrganisation, text: str) -> bool:
    words = org.name.split()
    if org.acronym or org.defined or not 2 <= len(words) <= 3 or "of" in words:
        return False
    after_article = False
    for start, end in org.mentions:
        word = _WORD_AFTER.match(text, end)
        if word and word[1] not in _PHRASE_ENDS:
            continue  # "a Korea University student": the article is the noun's
        if not _ARTICLE_BEFORE.search(text, max(0, start - 4), start):
            return False  # written as one body somewhere
        after_article = True
    return after_article


def _a_quoted_phrase(org: FoundOrganisation, text: str) -> bool:
    """Whether a name kept with its closing quote, after a word not ending in "s", is opened by a quote mark at
    every mention: a quoted slogan or event title ("its 'Harbourton Rebellion'"). Not when it ends in a head word
    other than "Rebellion", nor when a word for a kind of group stands right before a mention's opening quote
    ("the group 'Lakeland Rebellion'")."""
    name = org.name
    if not name.endswith("'") or name[-2:-1] in ("s", "S", "") or not org.mentions:
        return False
    if (last := name[:-1].split()[-1]) in HEADS and last != "Rebellion":
        return False  # a body quoted where it is named
    if any(_GROUP_BEFORE.search(text, max(0, start - 30), start - 1) for start, _ in org.mentions if start):
        return False  # "the group 'Lakeland Rebellion'": named as a body
    return all(text[start - 1 : start] in _QUOTES for start, _ in org.mentions if start)


_QUOTES = frozenset("'‘\"“")
_GROUP_BEFORE = re.compile(r"\b(?:group|campaign|movement|coalition|collective|band)[ \t]+$", re.IGNORECASE)
# "LSA's, cleaners": an acronym's "'s" then a comma, a semicolon or "and"/"or" and a lower-case word
_PLURAL_AFTER = re.compile(r"['’]s(?:[,;]|[ \t]+(?:and|or)[ \t]+[a-z])")


def _a_plural(org: FoundOrganisation, text: str) -> bool:
    name = org.name
    if " " in name or not name.isupper() or org.defined or not org.mentions:
        return False
    return all(_PLURAL_AFTER.match(text, end) for _, end in org.mentions)


def _without_opening_acronyms(found: list[FoundOrganisation], text: str) -> list[FoundOrganisation]:
    by_first_word: dict[str, list[str]] = {}  # the longer names, by their first word: one look-up an acronym
    for org in found:
        if " " in org.name:
            first, rest = org.name.split(" ", 1)
            by_first_word.setdefault(first, []).append(f" {rest}".lower())
    if not by_first_word:
        return found
    kept = []
    for org in found:
        name = org.name
        if " " not in name and name.isupper() and not org.defined and org.mentions:
            tails = by_first_word.get(name, [])
            if tails and _all_open(org, text, tails):
                continue
        kept.append(org)
    return kept


def _all_open(org: FoundOrganisation, text: str, tails: list[str]) -> bool:
    """Whether every mention of the acronym is followed by the rest of a longer name, in any case."""
    return all(any(text[end : end + len(t)].lower() == t for t in tails) for _, end in org.mentions)
