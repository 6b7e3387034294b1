"""A letter dated by its own line under the address block keeps that day
over the page's date above it (not one weeks later, nor a date line after its
salutation); and the saved page's metadata line ("date 2024-05-02") is when
the page was kept, not the day the letter carries: a letter with no date of
its own is dated by it only roughly (issue 16). Texts written for the test."""

from __future__ import annotations

import pytest

from extracted import main_event


def test_the_letters_own_date_line_dates_it_over_the_pages_date():
    main = main_event(
        "Open letter to the Harbourton council: keep the Lakeland ferry running\n"
        "Mar 3, 2025\n"
        "From: Residents of Kea Holm\n"
        "To: The Mayor of Harbourton\n"
        "Town Hall, Harbourton\n"
        "March 4 2025\n"
        "Dear Mayor,\n"
        "We write as islanders who rely on the ferry for work, school and care. Cutting the winter crossings "
        "would leave the island without a doctor for days at a time.\n"
        "Yours sincerely,\n"
        "Mira Tane\n")
    assert (main.kind, main.start, main.precision) == ("letter", "2025-03-04", "day")


@pytest.mark.parametrize("letter", [
    # a date line after the salutation dates what the letter tells
    "Dear Mayor,\nWe write as islanders who rely on the ferry for work. We held a public meeting on the cuts "
    "on the date below.\nMarch 1 2025\n",
    # a date line weeks after the page's is no day the letter was written on
    "To: The Mayor of Harbourton\nTown Hall, Harbourton\nMarch 20 2025\nDear Mayor,\n"
    "We write as islanders who rely on the ferry for work, school and care.\n",
])
def test_a_date_line_after_the_salutation_or_weeks_on_is_no_letters_own(letter: str) -> None:
    main = main_event("Open letter to the Harbourton council: keep the Lakeland ferry running\nMar 3, 2025\n"
                      f"{letter}Yours sincerely,\nMira Tane\n")
    assert (main.kind, main.start, main.precision) == ("letter", "2025-03-03", "day")


def test_a_letter_without_a_date_is_dated_only_roughly_by_the_saved_pages_line():
    main = main_event(
        " date 2024-05-02 To the Governors of Westbrook College:\n\n"
        "We, the undersigned members of the teaching staff, ask the governors to withdraw the new rules on "
        "campus meetings and to meet the students' union before the end of term.\n\n"
        "Ama Lind, Lecturer, History\n"
        "Jo Arlen, Senior Lecturer, Music\n")
    assert (main.kind, main.start, main.precision) == ("letter", "2024-05-02", "approximate")
