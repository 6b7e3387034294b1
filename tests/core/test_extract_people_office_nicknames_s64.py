"""A surname after an office is no second person when it is a word of a name written with a nickname in quotes
(the nickname's person is read apart from the others, so its words count too): 'Mayor Kea "Kiki" Arlenko' and
later "Mayor Arlenko" are one person, and neither the given name before the quotes nor the nickname used alone
after the office is a person of its own. A capitalised "Among" after an office in a headline is no surname."""

from __future__ import annotations

import pytest

from extracted import person_names as _people


@pytest.mark.parametrize(("text", "whole", "parts"), [
    ("Porters in Harbourton walked out on Monday against Mayor Kea \"Kiki\" Arlenko. Later Mayor Arlenko's "
     "office sent a reply.", 'Kea "Kiki" Arlenko', {"Kea", "Arlenko"}),
    ("Cleaners at the Westbrook depot stopped work to protest Governor Joko \u201cJokolo\u201d Lindmark. The next "
     "day Governor Jokolo met their union.", "Joko \u201cJokolo\u201d Lindmark", {"Joko", "Jokolo"}),
])
def test_a_nicknamed_persons_words_after_an_office_are_that_person(text, whole, parts):
    found = _people(text)
    assert whole in found and not parts & set(found)


def test_a_surname_after_an_office_beside_a_nicknamed_other_is_kept():
    text = ("Porters in Harbourton walked out on Monday. Mayor Ostrander praised them, and Kea \"Kiki\" Arlenko, "
            "the branch secretary, said the walkout would go on.")
    assert "Ostrander" in _people(text)


def test_among_after_an_office_in_a_headline_is_no_surname():
    text = "Lakeland Mayor Among 28 Held After Porters March\n\nPolice in Lakeland held 28 porters on Monday."
    assert "Among" not in _people(text)
