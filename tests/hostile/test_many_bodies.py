"""A page naming thousands of bodies and acronyms compares each acronym with the few bodies that could spell it,
and gives its main event's names their roles in one pass over the sentences' cues.

Each undefined acronym was tried against every body whose name opens with its letter, and each name of the
main event was looked for in every sentence's cues: both grew with the square of the page (8.4 s at 400 KB).
The tests count the comparisons made, never a time.
"""

from __future__ import annotations

import itertools
import string
from types import SimpleNamespace

import pytest

from timeline_app.core.extract import organisations, roles
from timeline_app.core.extract.sentences import lines
from timeline_app.core.models import ExtractedEvent


def _words(count: int) -> list[str]:
    pairs = itertools.product(string.ascii_lowercase, repeat=2)
    return [f"{a.upper()}{b}rbour{c}" for (a, b), c in zip(pairs, itertools.cycle("aeiou"))][:count]


@pytest.fixture
def candidates(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    counted: list[int] = []
    original = organisations.spelled_by

    def counting(acronym, found):
        found = list(found)
        counted.append(len(found))
        return original(acronym, found)

    monkeypatch.setattr(organisations, "spelled_by", counting)
    return counted


def test_an_acronym_is_compared_only_with_bodies_that_open_and_end_with_its_letters(candidates: list[int]):
    firsts, lasts = _words(300), list(reversed(_words(300)))
    page = "".join(f"Members of the {a} {b} Workers Union marched. Later {a[0]}{b[0]}WP spoke. "
                   for a, b in zip(firsts, lasts))
    organisations.find_organisations(page, lines(page))
    assert candidates and sum(candidates) <= 4 * len(candidates)


class _CountedCues(dict):
    """A sentence's cues that count how often they are read."""

    reads = 0

    def __contains__(self, key: object) -> bool:
        _CountedCues.reads += 1
        return dict.__contains__(self, key)

    def items(self):  # type: ignore[override]
        _CountedCues.reads += 1
        return dict.items(self)


def test_a_main_event_s_names_get_their_roles_in_one_pass():
    names = [f"Body {word}" for word in _words(600)]
    by_sentence = {i: _CountedCues({name: "organiser"}) for i, name in enumerate(names)}
    document = SimpleNamespace(by_sentence=by_sentence, index_of=lambda offset: 0)
    event = ExtractedEvent(title="March", kind="protest", start=None, precision="unknown", evidence="",
                           evidence_start=0, evidence_end=0, main=True, organisations=tuple(names))
    _CountedCues.reads = 0
    found = roles._event_roles(event, document, None)
    assert found == {name: "organiser" for name in names}
    assert _CountedCues.reads <= 4 * len(names)
