"""Bodies named only in apposition to a plural body noun (issue 16, stop 59): "ferry groups Harbourton Crews and
Westbrook Dockers will halt", "two youth groups, Arlen Circle and Ostland Rising." The names hold no "in" or "on"
and stop before a place or a day after them; a bare "the unions" takes no names, nor do kinds of group that are no
bodies ("ethnic groups", "art movements", "rail networks", "age groups"), one-letter labels or the parties to a
treaty. After a comma the noun may be the first item of a series ("talks between the unions, Ama Lind and the
ministry"), so there the names must close the clause and be as many as a count before the noun says. Texts
written for the test."""

from __future__ import annotations

import pytest

from extracted import organisation_names

_APPOSED = [
    ("Ferry groups Harbourton Crews and Westbrook Dockers will halt every crossing to Kea Holm on Monday, and the "
     "tenant groups Harbour Homes Forum and Westbrook Renters stood with them.",
     {"Harbourton Crews", "Westbrook Dockers", "Harbour Homes Forum", "Westbrook Renters"}),
    ("The march through Harbourton was called by two youth groups, Arlen Circle and Ostland Rising.",
     {"Arlen Circle", "Ostland Rising"}),
    # (a day or a place after the last name is no part of it)
    ("The ferry unions Arlen Crews and Kea Holm Dockers on Monday called a strike over the night crossing.",
     {"Arlen Crews", "Kea Holm Dockers"}),
    ("The ferry unions Arlen Crews and Kea Holm Dockers in Harbourton will strike from Monday, 3 March 2025.",
     {"Arlen Crews", "Kea Holm Dockers"}),
]


@pytest.mark.parametrize(("sentence", "bodies"), _APPOSED)
def test_names_set_right_after_a_plural_body_noun_are_bodies(sentence: str, bodies: set[str]) -> None:
    assert set(organisation_names(f"Crossings\n\n{sentence}\n")) == bodies


_NO_BODIES = [
    # kinds of group that are no bodies
    "Members of the ethnic groups Ostlanders and Arlenese marched through Harbourton on Monday.",
    "The talks in Harbourton were held between the two ethnic groups, Ostlanders and Arlenese.",
    "The Harbourton museum show traces the art movements Lakeland Realism and Ostland Cubism through forty works.",
    "The rail networks Harbour Loop and Westbrook Line will close on Monday for repairs.",
    "Runners in the age groups Under Tens and Over Sixties set off from Harbourton.",
    "Patients in groups A and B received the new drug at the Harbourton clinic.",
    # the sides of a treaty
    "The treaty was signed in Arlen on 3 March 2025 by the two parties, Lakeland and Ostland.",
    "The truce was signed in Arlen on 3 March 2025 by the two warring parties, Lakeland and Ostland.",
    "The hall in Harbourton will host two parties, Harvest Night and Winter Ball.",
    "The treaty was signed in Arlen on 3 March 2025 when the two parties Lakeland and Ostland met.",
    # a bare "the unions": the names open the clause
    "Despite protests by the unions Lakeland and Ostland signed the ferry deal in Arlen on 4 March 2025.",
    "The councils Harbourton and Westbrook agreed on 4 March 2025 to share a ferry to Kea Holm.",
    # after a comma: as many names as the count says, closing the clause
    "The fair in Harbourton was opened by two youth groups, Lakeland, Westbrook and Ostland.",
    "Talks in Harbourton went on all week between the ferry unions, Lakeland and Ostland.",
    "After talks with two ferry unions, Harbourton and Westbrook agreed to share the crossing.",
    # a small word of another language after the last name: the name goes on, and its head is cut
    "The ferry unions Kea Holm Crews and Lakas ng Arlen will strike on Monday.",
]


@pytest.mark.parametrize("sentence", _NO_BODIES)
def test_names_after_a_plural_noun_that_names_no_bodies_of_its_kind_are_not_taken(sentence: str) -> None:
    assert organisation_names(f"Crossings\n\n{sentence}\n") == []
