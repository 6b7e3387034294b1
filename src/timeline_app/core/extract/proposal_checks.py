"""Whether a name the statistical engine proposes is worth offering to the rules.

The small spaCy models find people and bodies the rules miss, but on real
pages about as many of their spans are wrong: places read as people ("St
Stephen's Green", "Co Dublin") or as bodies ("Lambton Quay"), a body's name
cut short ("the Union of Students" of "... in Ireland"), a slogan or a
common word ("Strike Weekender"), a body read as a person ("Manchester
Metropolitan"). Each check here looks for one such sign in the document
itself (the words around the span, how its words are used elsewhere, what
the rules already named), so that only spans with nothing against them
reach ``find_people`` and ``find_organisations``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import NamedTuple

from .given_names import GIVEN_NAMES
from .organisation_names import HEADS, PLACE_NOUNS, has_head_word
from .page_words import WORD_RUN, word_run_counts, word_run_pair_counts


class Proposal(NamedTuple):
    """A name the model found: its label (``PERSON`` or ``ORG``) and offsets."""

    label: str
    start: int
    end: int


#: What a model's span must look like to be offered to the rules: words of
#: letters (a hyphen or apostrophe inside), no comma, slash or glued words
#: ("FacebookFollow"), no possessive inside ("Massey's Albany").
_CLEAN_SPAN = re.compile(r"(?:[A-Za-z][a-z]*(?:['’-][A-Za-z][a-z]*)*|[A-Z]+|&|of|for|and|the)"
                         r"(?:[ \t]+(?:[A-Za-z][a-z]*(?:['’-][A-Za-z][a-z]*)*|[A-Z]+|&))*")
POSSESSIVE_INSIDE = re.compile(r"['’]s[ \t]")
#: Small words a body's name holds in lower case ("Friends of al-Aqsa").
_CONNECTORS = frozenset("of for and the on in at to &".split())
#: Last words that make a span a place, a person's office, a subject or a
#: slogan, not a body ("Senate House", "Environmental Sciences", "Free Education").
_NOT_A_BODY_END = PLACE_NOUNS | {"Theatre", "Centre", "House", "MP", "MPs", "Weekly", "News", "Sciences",
                                 "Studies", "Culture", "Education", "Accommodation", "Forever", "Quay",
                                 "Fountain", "Scheme",
                                 # a region, a street, a law, a policy or an event (the small model's bodies on tuning
                                 # pages: "Oyo State", "Oxford Circus", "Public Order and Safety Act", "State of the
                                 # Nation Address", "General Election")
                                 "State", "Pradesh", "Region", "Circus", "Place", "Parade", "St", "Act", "Bill", "Code",
                                 "Policy", "Conditions", "Address", "Election", "Prize", "Equipment", "Allowances",
                                 "Credit", "Coverage", "Strike", "Bandh", "Action"}
#: Last words that make a PERSON span a place (the small models confuse them).
_PLACE_ENDS = PLACE_NOUNS | {"Bhawan", "Marg", "Nagar", "Park", "Gardens", "Bridge", "Avenue", "Lane", "St",
                             "Rd", "Metro", "Quay"}
#: First words that make a span a place: a county, a saint's street or green.
_PLACE_STARTS = frozenset("St St. Co Co. County Mount Mt Lake Fort Port Saint".split())
#: Words before a span that make it where something happened, not who did it.
_PLACE_BEFORE = re.compile(r"(?<![\w'’-])(?:at|in|on|near|outside|towards|toward|into|through|across|down|along|"
                           r"around|from)(?:[ \t]+(?:the|north|south|east|west|central))?[ \t]+$", re.IGNORECASE)
#: A span right after "X of" / "X for" is the end of a longer name
#: ("Minister for Jobs and Enterprise"), a span before "of X" / "in X" its start.
_TAIL_OF_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[ \t]+(?:of|for)[ \t]+$")
_HEAD_OF_NAME = re.compile(r"[ \t]+(?:of|in|for)[ \t]+(?:the[ \t]+)?[A-Z]")
#: Lower-case nouns after a span that make it a modifier of a place or a
#: thing ("the Hahn Student Services building", "Palmerston North campuses").
_THING_AFTER = re.compile(r"(?:[ \t]+\([^()\n]{1,40}\))?[ \t]+(?:building|buildings|campus|campuses|newsletter|bridge|station|street|road|"
                          r"square|hall|park|site|office|offices)\b")
#: "from Ambedkar Bhawan to X": where a march went.
_ROUTE_BEFORE = re.compile(r"(?<![\w'’-])from[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*[ \t]+(?:to|towards)[ \t]+$")
#: ", where they ..." after a name makes it a place; "X from Y" after a body's span makes it a person.
_WHERE_AFTER = re.compile(r",?[ \t]+where\b")
_FROM_AFTER = re.compile(r"[ \t]+from[ \t]+(?:the[ \t]+)?[A-Z]")
#: Lower-case particles inside a body's name ("Friends of al-Aqsa").
_PARTICLE_WORD = re.compile(r"[a-z]{1,3}-[A-Z][\w'’-]*")
#: A capitalised word right before a span that continues it ("Panjab University Bachao Morcha").
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[ \t]$")
_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+$")
_POSSESSIVE_END = re.compile(r"['’]s$")


def clean_words(surface: str) -> list[str] | None:
    """The span's words when it is shaped as a name at all, else None."""
    surface = surface.removeprefix("the ").removeprefix("The ")
    if not _CLEAN_SPAN.fullmatch(surface) or POSSESSIVE_INSIDE.search(surface):
        return None
    return surface.split()


def lower_case_words(text: str) -> set[str]:
    """Every word the document uses in lower case: a capitalised span made
    of such words is a heading's or a slogan's, not a name."""
    return set(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]+", text))


def _before(text: str, start: int) -> str:
    return text[max(0, start - 40):start]


def plausible_body(text: str, start: int, end: int) -> bool:
    """An ORG span worth offering: two words or more (a single word is as
    often a place or a surname to the small models, and acronyms are the
    rules' business), capitalised but for connectors and a head ("Pimlico
    academy"), not a place, an office, a subject, a part of a longer name or
    a person's name (a known given name first)."""
    words = clean_words(text[start:end])
    if not words or len(words) < 2 or words[-1] in _NOT_A_BODY_END or words[0] in _PLACE_STARTS:
        return False
    head = has_head_word(text[start:end], words) or words[-1].capitalize() in HEADS
    if any(w[0].islower() and w not in _CONNECTORS and not _PARTICLE_WORD.fullmatch(w) for w in words[:-1]) or \
            words[-1][0].islower() and words[-1].capitalize() not in HEADS and not _PARTICLE_WORD.fullmatch(words[-1]):
        return False  # "the University of their respective outcomes"
    if not head and (_PLACE_BEFORE.search(_before(text, start)) or words[0] in GIVEN_NAMES
                     or _FROM_AFTER.match(text, end) or not _written_twice(text, text[start:end])):
        return False  # "down Lambton Quay", "Nikki Ulasowski from the University of Queensland"
    if _TAIL_OF_NAME.search(_before(text, start)) or _HEAD_OF_NAME.match(text, end):
        return False  # "Minister for Jobs and Enterprise", "the Union of Students in Ireland"
    return not _THING_AFTER.match(text, end)


def plausible_person(text: str, start: int, end: int, lower_words: Collection[str],
                     organisation_names: Collection[str], not_people: Sequence[tuple[int, int]]) -> bool:
    """A PERSON span worth offering: shaped as a name, no organisational
    head word, not a place (its first or last word, or "in"/"at" before it),
    not "the X", not part of a name the rules read as a body's; and unless it
    opens with a known given name, no first or last word the document uses
    in lower case (a slogan's "Strike Weekender"), no place word before it,
    and its surname written alone (``_surname_alone``)."""
    surface = text[start:end]
    words = clean_words(surface)
    if not words or len(words) < 2 or words[-1] in _PLACE_ENDS or words[0] in _PLACE_STARTS:
        return False
    before = _before(text, start)
    if has_head_word(surface, words) or _THE_BEFORE.search(before) or _WHERE_AFTER.match(text, end):
        return False
    word_before = _WORD_BEFORE.search(before)
    if _ROUTE_BEFORE.search(text, max(0, start - 80), start) or word_before and word_before.group(1) in HEADS:
        return False  # "from Ambedkar Bhawan to Jantar Mantar", "Panjab University Bachao Morcha"
    if _listed_after(text, start, not_people):
        return False
    if words[0] not in GIVEN_NAMES and (words[0].lower() in lower_words or words[-1].lower() in lower_words
                                        or _PLACE_BEFORE.search(before) or not _surname_alone(text, words)):
        return False
    return not any(surface in name for name in organisation_names)


def _surname_alone(text: str, words: Sequence[str]) -> bool:
    """Whether the page writes the name's last word alone more often than its
    first, as a report does a person's surname ("Ifeoma Adeyemi ... Adeyemi
    said"). A firm, an outlet, a party or a place the model reads as a person
    ("Vita Cortex", "Hang Seng") is written whole each time. (Words are
    counted as runs of letters: "O'Brien" by its "Brien".)"""
    first, last = WORD_RUN.findall(words[0]), WORD_RUN.findall(_POSSESSIVE_END.sub("", words[-1]))  # ("&": none)
    counts = word_run_counts(text)
    return bool(first and last) and counts[last[-1]] > counts[first[0]]


def _written_twice(text: str, surface: str) -> bool:
    """Whether the page writes ``surface`` twice or more, as it does a body it
    reports on ("Royal Mail", "Canada Post"); a name without a head word that
    the model reads once is more often a law, a scheme, a place or a heading's
    words. Judged by the name's word pairs: each written twice or more."""
    pairs, words = word_run_pair_counts(text), WORD_RUN.findall(surface)
    return len(words) > 1 and min(pairs[pair] for pair in zip(words, words[1:])) >= 2


_LIST_GAP = re.compile(r"(?:[ \t]+\([^()\n]{0,30}\))?,?[ \t]+(?:and|or|&)[ \t]+|,[ \t]+")


def _listed_after(text: str, start: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the span follows one of ``spans`` in a list ("Cambridge
    (here and here) and X")."""
    return any(0 < start - end <= 40 and _LIST_GAP.fullmatch(text, end, start) for _, end in spans)


_LEADING_WORD = re.compile(r"(\S+)[ \t]+")
#: Words a model lets open a body's span that are no part of it ("Across Australia, ...").
_OPENING_WORDS = frozenset("Across In At From On Near Outside Inside Throughout Around".split())


def trimmed(text: str, proposal: Proposal) -> Proposal:
    """``proposal`` without an opening word that is no part of the name: an
    office's acronym before a person ("VC Sangeeta Srivastava"), a
    preposition before a body ("Across Australia")."""
    first = _LEADING_WORD.match(text, proposal.start, proposal.end)
    if first is None:
        return proposal
    word = first.group(1)
    if (proposal.label == "PERSON" and len(word) > 1 and word.isupper()) or \
            (proposal.label == "ORG" and word in _OPENING_WORDS):
        return proposal._replace(start=first.end())
    return proposal
