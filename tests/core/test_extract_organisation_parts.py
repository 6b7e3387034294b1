"""A body's name read whole, not in parts: a chamber of commerce, and a
part of a name one finder read beside the whole name another read (stop 35)."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _organisations(text: str) -> set[str]:
    return {org.name for org in extract(ReadDocument(text=text, format="txt")).organisations}


def test_a_chamber_of_commerce_is_a_body():
    text = "Strike news\n\nThe London Chamber of Commerce said the strike would hurt business.\n"
    assert "London Chamber of Commerce" in _organisations(text)


def test_a_chamber_of_commerce_and_industry_keeps_its_place_and_both_trades():
    text = "Strike news\n\nThe Kenya National Chamber of Commerce and Industry said talks had failed.\n"
    assert "Kenya National Chamber of Commerce and Industry" in _organisations(text)


@pytest.mark.parametrize("sentence", ["Councillors met in the Council Chamber on Monday.",
                                      "The Upper Chamber passed the bill on Monday.",
                                      "The Italian Chamber voted, and the Chamber of Deputies met."])
def test_a_room_or_a_house_of_parliament_called_a_chamber_is_no_body(sentence: str):
    assert _organisations(f"Council news\n\n{sentence}\n") == set()


def test_a_room_named_after_the_body_it_belongs_to_leaves_the_body_named():
    text = "Sit-in news\n\nStudents held a sit-in in the Long Chamber of Leeds Trades Council on Monday.\n"
    assert _organisations(text) == {"Leeds Trades Council"}


def test_a_room_before_a_chamber_of_commerce_in_the_next_sentence_stays_out_of_its_name():
    text = ("Strike news\n\nWorkers rallied outside the Council Chamber. The Chamber of Commerce said the strike "
            "cost a million.\n")
    assert _organisations(text) == {"Chamber of Commerce"}


def test_a_part_of_a_name_written_only_inside_the_whole_name_is_no_second_body():
    text = "Strike news\n\nCleaners employed by Barts Health NHS Trust walked out on Monday.\n"
    assert _organisations(text) == {"Barts Health NHS Trust"}


def test_capitals_before_a_name_belong_to_it_when_a_word_case_acronym_spells_them():
    text = ("Shutdown news\n\nThe Congress of SA Trade Unions (Cosatu) and the SA Federation of Trade Unions "
            "(Saftu) will down tools on Wednesday.\n")
    assert {"Congress of SA Trade Unions", "SA Federation of Trade Unions"} <= _organisations(text)


@pytest.mark.parametrize("sentence, body", [
    ("Members of Cosatu and their affiliates gathered in Pretoria on Wednesday.", "Cosatu"),
    ("Kuppet officials said teachers would strike on Monday.", "Kuppet"),
    ("Drivers belonging to the Teamsters walked off the job on Friday.", "Teamsters"),
])
def test_unions_their_own_press_writes_as_words_are_bodies(sentence: str, body: str):
    assert body in _organisations(f"Strike news\n\n{sentence}\n")


def test_a_given_name_is_never_taken_for_a_union_of_that_spelling():
    result = extract(ReadDocument(text="Book news\n\nThe novelist Knut Hamsun said he would write again.\n",
                                  format="txt"))
    assert [person.name for person in result.people] == ["Knut Hamsun"] and not result.organisations


@pytest.mark.parametrize("line", ["1. Leslie Kay, Psychology, University of Chicago",
                                  "Web Librarian | Royal Roads University"])
def test_an_institution_closing_a_signature_line_is_a_body_though_the_line_is_title_case(line: str):
    text = ("Open letter to the president\n\nWe, the undersigned, ask the president to reverse the decision.\n\n"
            f"{line}\n")
    assert line.rsplit(", ", 1)[-1].rsplit("| ", 1)[-1] in _organisations(text)
