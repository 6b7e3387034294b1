"""Surnames that are also words of places or of time ("Park", "Hall", "Street", "Weeks") are read as names after
a given name when the sentence says a person stands there, and places ending in them stay places (issue 16,
stop 74). Texts written for the test."""

from __future__ import annotations

import pytest

from extracted import person_names


@pytest.mark.parametrize(("sentence", "name"), [
    ("The strike will go ahead on 3 March 2025, said Samuel Weeks, a teacher.", "Samuel Weeks"),
    ("John Park, president of the union, said the strike will go ahead on 3 March 2025.", "John Park"),
    ("Ruth Street said the walkout would start on 3 March 2025.", "Ruth Street"),
    ("Dr Ann Hall told the rally on 3 March 2025 that pay must rise.", "Ann Hall"),
    ("Tom Lane, who chairs the branch, said pay must rise by 3 March 2025.", "Tom Lane"),
    ("Lily Park, 34, said she would march again on 3 March 2025.", "Lily Park"),
    ("Sarah Chambers, the head teacher, told parents the school would close on 3 March 2025.", "Sarah Chambers"),
    ("The strike will go ahead on 3 March 2025, said organiser Helen Lane.", "Helen Lane"),
    ("Teachers walked out on 3 March 2025, said union rep Tom Hall.", "Tom Hall"),
])
def test_a_word_surname_with_a_person_cue_is_a_name(sentence: str, name: str) -> None:
    assert name in person_names(sentence)


@pytest.mark.parametrize("sentence", [
    "George Street, the main road, was closed on 3 March 2025.",
    "Students marched to Victoria Park on 3 March 2025 and rallied at the Albert Hall.",
    "The protest took place on 3 March 2025 at Lady Mitchell Hall, said the union.",
    "Marchers filled George Street, which was closed on 3 March 2025.",
    "Police said George Street would be closed on 3 March 2025.",
    "The Royal Albert Hall said on 3 March 2025 that the concert would go ahead.",
    "Students at Lady Margaret Hall, which has no bar, voted on 3 March 2025.",
    "Mary Hall, a student residence, will close on 3 March 2025.",
    "The residents of Albert Street, who have campaigned for years, marched on 3 March 2025.",
    "Marchers went down King William Street, said police, on 3 March 2025.",
    "Mary Hall, the old student residence, will close on 3 March 2025.",
    "The rally ended on 3 March 2025, said the Victoria Park rangers.",
    "Ellis Park, 62,000, and Kings Park, 52,000, will host the finals on 3 March 2025.",
    "Alexandra Park, the league leaders, travel to Clarence Park on 3 March 2025.",
    "Albert Park, local residents say, has been neglected since 3 March 2025.",
])
def test_a_place_ending_in_such_a_word_is_no_person(sentence: str) -> None:
    assert person_names(sentence) == []
