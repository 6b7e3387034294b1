"""Hostile shapes of text that once cost quadratic time stay linear.

Each test builds a long text of one shape (many dates in one line or
sentence, a long comma list, thousands of "Name Of Body (ACR)", thousands
of people), checks what extraction makes of it, and counts the work the
once-quadratic step does (characters shown to a pattern, word comparisons):
never a time. ``bench/hostile_shapes.py`` times the same shapes.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass, field

import timeline_app.core.extract.organisation_shapes as organisation_shapes
import timeline_app.core.extract.published as published
import timeline_app.core.extract.title_openings as title_openings
import timeline_app.core.extract.writing_dates as writing_dates
from timeline_app.core.extract.dates import find_dates
from timeline_app.core.extract.document_memo import new_document
from timeline_app.core.extract.name_tails import merge_name_tails
from timeline_app.core.extract.sentences import lines

MONTHS = ("January", "March", "May", "July", "September", "November")


def capitalised(rng: random.Random) -> str:
    return rng.choice(string.ascii_uppercase) + "".join(rng.choice(string.ascii_lowercase) for _ in range(6))


def many_dates(count: int) -> str:
    return ", ".join(f"{day % 28 + 1} {MONTHS[day % 6]} {2000 + day % 20}" for day in range(count))


class ShownCharacters:
    """Stands in for a compiled pattern and counts the characters it is
    asked to look at (from where a search starts to where it may end)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.characters = pattern, 0

    def _count(self, text: str, pos: int = 0, endpos: int | None = None) -> None:
        self.characters += (len(text) if endpos is None else min(endpos, len(text))) - pos

    def search(self, text: str, *args):
        self._count(text, *args)
        return self.pattern.search(text, *args)

    def finditer(self, text: str, *args):
        self._count(text, *args)
        return self.pattern.finditer(text, *args)


def test_a_header_line_of_many_dates_is_searched_for_change_labels_once(monkeypatch):
    text = "report: " + many_dates(2000) + "\nPublished: 1 May 2020\n"
    old = ShownCharacters(published._CHANGE_LABEL)
    new = ShownCharacters(getattr(published, "_CHANGE_LABEL_STARTS", published._CHANGE_LABEL))
    monkeypatch.setattr(published, "_CHANGE_LABEL", old)
    monkeypatch.setattr(published, "_CHANGE_LABEL_STARTS", new, raising=False)

    result = published.find_published(lines(text), find_dates(text), None)

    assert result.iso == "2020-05-01"  # the labelled line, not one of the run of dates
    # Once over the line; searching the rest of it once per date would be
    # about 2000 * len(line) / 2, some 30 million characters.
    assert old.characters + new.characters <= 2 * len(text)


def test_a_sentence_of_many_dates_is_folded_once_to_look_for_writing(monkeypatch):
    sentence = "The council met on " + many_dates(2000) + " to discuss the report."
    folded: list[int] = []
    fold = writing_dates.folded_piece
    monkeypatch.setattr(writing_dates, "folded_piece", lambda text: folded.append(len(text)) or fold(text))
    new_document()
    mentions = find_dates(sentence)

    cites = [writing_dates.dates_a_writing(sentence, m.start, m.end, "other") for m in mentions]

    assert len(mentions) == 2000 and not any(cites)  # "the report" follows no date of them
    assert sum(folded) <= len(sentence)


def test_a_long_comma_list_without_and_is_never_searched_for_a_list(monkeypatch):
    rng = random.Random(12)
    hostile = "".join(f"{capitalised(rng)}, University of London, " for _ in range(2000))
    text = hostile + ". Students at Hull, Loughborough, Cambridge and Durham University walked out."
    shown = ShownCharacters(organisation_shapes._LIST)
    monkeypatch.setattr(organisation_shapes, "_LIST", shown)

    names = [(name.name, name.surface) for name in organisation_shapes._town_lists(text)]

    assert names == [("University of Hull", "Hull"), ("University of Loughborough", "Loughborough"),
                     ("University of Cambridge", "Cambridge")]
    # Only a window around the one "and" is searched: the list pattern,
    # tried at every capital of the line, walked the rest of its commas
    # from each one (the whole line shown, and quadratic work in it).
    assert shown.characters <= 2000


def test_every_acronym_in_a_long_text_is_put_for_its_name_reading_the_words_once(monkeypatch):
    rng = random.Random(12)
    bodies = [(capitalised(rng), capitalised(rng), capitalised(rng)) for _ in range(3000)]
    text = " ".join(f"the {a} {b} of {c} ({a[0]}{b[0]}{c[0]})" for a, b, c in bodies) + " met."
    shown = ShownCharacters(getattr(title_openings, "_WORD", re.compile(r"\S+")))
    monkeypatch.setattr(title_openings, "_WORD", shown, raising=False)

    result = title_openings.with_acronyms(text)

    assert result == " ".join(f"{a[0]}{b[0]}{c[0]}" for a, b, c in bodies) + " met."
    assert shown.characters == len(text)  # the words are read once, not once per acronym


@dataclass
class Person:
    name: str
    role: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.5


class CountedWord(str):
    """A word that counts how often it is compared or hashed."""

    uses = 0

    def __eq__(self, other: object) -> bool:
        CountedWord.uses += 1
        return str.__eq__(self, other)

    def __hash__(self) -> int:
        CountedWord.uses += 1
        return str.__hash__(self)


class CountedName(str):
    def split(self, *args) -> list[str]:  # type: ignore[override]
        return [CountedWord(word) for word in str.split(self, *args)]


def test_name_tails_are_matched_without_comparing_every_pair_of_names():
    rng = random.Random(12)
    full_names = [f"{capitalised(rng)} {capitalised(rng)} {capitalised(rng)}" for _ in range(2000)]
    tails = [name.split(" ", 1)[1] for name in full_names[:100]]
    people = {CountedName(name): Person(name, mentions=[(i, i + 1)]) for i, name in enumerate(full_names + tails)}
    CountedWord.uses = 0

    merged = merge_name_tails(people)

    assert sorted(merged) == sorted(full_names)  # each tail went into its full name
    assert all(len(merged[name].mentions) == 2 for name in full_names[:100])
    words = sum(len(name.split()) for name in people)
    # Comparing every pair of names would be millions of word comparisons.
    assert CountedWord.uses <= 4 * words
