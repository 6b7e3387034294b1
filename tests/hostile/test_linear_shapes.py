"""Hostile shapes of text that once cost quadratic time stay linear.

Each test builds a long text of one shape (many dates in one line or
sentence, a long comma list, thousands of "Name Of Body (ACR)", thousands
of acronyms, thousands of people and surnames on one line), checks what extraction makes of it, and counts the work the
once-quadratic step does (characters shown to a pattern, word comparisons):
never a time. ``bench/hostile_shapes.py`` times the same shapes.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass, field

import timeline_app.core.extract.acronym_uses as acronym_uses
import timeline_app.core.extract.capital_index as capital_index
import timeline_app.core.extract.name_blocks as name_blocks
import timeline_app.core.extract.organisation_shapes as organisation_shapes
import timeline_app.core.extract.page_date_lines as page_date_lines
import timeline_app.core.extract.person_guard as person_guard
import timeline_app.core.extract.person_name_lists as person_name_lists
import timeline_app.core.extract.published as published
import timeline_app.core.extract.speaker_labels as speaker_labels
import timeline_app.core.extract.title_openings as title_openings
import timeline_app.core.extract.writing_dates as writing_dates
from timeline_app.core.extract.dates import find_dates
from timeline_app.core.extract.document_memo import new_document
from timeline_app.core.extract.name_tails import merge_name_tails
from timeline_app.core.extract.sentences import lines
from timeline_app.core.extract.surname_hits import surname_hits

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

    def fullmatch(self, text: str, *args):
        return self.pattern.fullmatch(text, *args)


def test_a_header_line_of_many_dates_is_searched_for_change_labels_once(monkeypatch):
    text = "report: " + many_dates(2000) + "\nPublished: 1 May 2020\n"
    old = ShownCharacters(page_date_lines._CHANGE_LABEL)
    new = ShownCharacters(getattr(page_date_lines, "_CHANGE_LABEL_STARTS", page_date_lines._CHANGE_LABEL))
    monkeypatch.setattr(page_date_lines, "_CHANGE_LABEL", old)
    monkeypatch.setattr(page_date_lines, "_CHANGE_LABEL_STARTS", new, raising=False)

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


class ShownToRe:
    """Stands in for the ``re`` module of a rule and counts the characters
    of text its searches are given (patterns compiled on the fly)."""

    def __init__(self) -> None:
        self.characters = 0

    def __getattr__(self, name: str):
        return getattr(re, name)

    def search(self, pattern, text, *args):
        self.characters += len(text)
        return re.search(pattern, text, *args)

    def finditer(self, pattern, text, *args):
        self.characters += len(text)
        return re.finditer(pattern, text, *args)


def test_questions_about_thousands_of_acronyms_read_the_text_once_each(monkeypatch):
    rng = random.Random(12)
    acronyms = sorted({"".join(rng.choice(string.ascii_uppercase) for _ in range(4)) for _ in range(1500)})
    places, bodies = acronyms[::2], acronyms[1::2]
    text = " ".join(f"we stayed in the {a}." for a in places) + " " + \
        " ".join(f"the {b} ({b}) said {b.lower()} twice." for b in bodies)
    shown = ShownToRe()
    monkeypatch.setattr(acronym_uses, "re", shown)
    for name in ("_WORD_CHARACTERS", "_BRACKET", "_LOWER_USE"):
        monkeypatch.setattr(capital_index, name, ShownCharacters(getattr(capital_index, name)))
    new_document()

    assert [acronym_uses.only_a_place(text, a) for a in places] == [True] * len(places)
    assert not any(acronym_uses.only_a_place(text, b) for b in bodies)  # met without "the" too
    assert all(acronym_uses.used_in_lower_case(text, b.lower()) for b in bodies)
    assert not any(acronym_uses.used_in_lower_case(text, a.lower()) for a in places)
    assert not any(acronym_uses.spelled_out_in_lower_case(text, b) for b in bodies)
    read = shown.characters + sum(getattr(capital_index, name).characters
                                  for name in ("_WORD_CHARACTERS", "_BRACKET", "_LOWER_USE"))
    # Once per kind of question; once per acronym and question would be
    # 1,500 * 3 * len(text), some 400 million characters.
    assert read <= 5 * len(text)


class CountedOrganisation(str):
    """An organisation's name that counts how often it is written into another text."""

    uses = 0

    def __format__(self, spec: str) -> str:
        CountedOrganisation.uses += 1
        return str.__format__(self, spec)

    def split(self, *args) -> list[str]:  # type: ignore[override]
        CountedOrganisation.uses += 1
        return str.split(self, *args)


def test_people_are_checked_against_the_bodies_they_could_open_not_every_body():
    rng = random.Random(12)
    people = {f"{capitalised(rng)} {capitalised(rng)}" for _ in range(1500)}
    schools = sorted(people)[:10]
    organisations = {CountedOrganisation(f"{capitalised(rng)} {capitalised(rng)} of {capitalised(rng)}")
                     for _ in range(1500)} | {CountedOrganisation(f"{name} High School") for name in schools}
    CountedOrganisation.uses = 0

    bodies = person_guard._names_of_bodies(people, organisations)

    assert bodies == set(schools)  # "Boulder Creek" in "Boulder Creek High School"
    # Every person against every body would be over two million.
    assert CountedOrganisation.uses <= 4 * (len(people) + len(organisations))


class CountedText(str):
    """A document's text that counts the characters its ``find``/``rfind``
    calls read, apart for line breaks and for other words."""

    breaks = words = 0

    def _count(self, needle: str, start: int | None, end: int | None, backwards: bool) -> None:
        start, end = start or 0, len(self) if end is None else end
        read = end - start if not backwards else end
        if needle == "\n":
            CountedText.breaks += read
        else:
            CountedText.words += read

    def find(self, needle: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        self._count(needle, start, end, False)
        return str.find(self, needle, start, end)

    def rfind(self, needle: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        self._count(needle, start, end, True)
        return str.rfind(self, needle, start, end)


def test_surnames_are_looked_up_not_searched_for_one_by_one():
    rng = random.Random(12)
    surnames = sorted({capitalised(rng) for _ in range(2000)})
    text = CountedText(" ".join(f"{name} spoke, then {name.lower()} and {name}s left." for name in surnames))
    CountedText.words = 0
    new_document()

    hits = surname_hits(text, surnames)

    assert [surname for _, _, surname in hits] == surnames  # "Names" and the lower-case word are no hits
    assert all(text[start:end] == surname for start, end, surname in hits)
    assert CountedText.words == 0  # one search per surname would read 2,000 texts


def test_the_line_of_each_named_person_is_found_without_reading_the_line_again():
    rng = random.Random(12)
    people = [f"{capitalised(rng)} {capitalised(rng)}" for _ in range(3000)]
    one_line = " ".join(f"Students heard {a}, {b} and {c} speak." for a, b, c in zip(*[iter(people)] * 3))
    text = CountedText(one_line)
    CountedText.breaks = 0
    new_document()

    lists = person_name_lists._lists_holding(text, set(people))
    opens = [name_blocks._opens_a_name_line(text, name) for name in people[:300]]

    assert [match.group() for match in lists] == [f"{a}, {b} and {c}" for a, b, c in zip(*[iter(people)] * 3)]
    assert not any(opens)  # no name opens a line of its own
    # Each name's line was found by reading back to the text's start and on
    # to its end: 3,300 times the text's length.
    assert CountedText.breaks <= 2 * len(text)


def test_a_one_line_text_of_colons_finds_each_colons_line_without_reading_it_again():
    text = CountedText("Jo Bloggs: we walked out. " + "report: the council met at 10:30. " * 3000)
    CountedText.breaks = 0
    new_document()

    labels = speaker_labels._labels(text)

    assert [match["name"] for match in labels] == ["Jo Bloggs"]  # the line is tried once, at its start
    assert CountedText.breaks <= 2 * len(text)  # reading back to the line's start per colon: 9,000 times
