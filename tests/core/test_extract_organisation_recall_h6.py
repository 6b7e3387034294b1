"""Names a run of capitals holds whole or lost parted (issue 16, stop 58, second recall pass): a list of
universities that lost its separators, a name joined by "and" before the list's next "and", a council of two
areas. Texts written for the test."""

from __future__ import annotations

from extracted import organisation_names


def _reads(text: str, kept: set[str], dropped: set[str]) -> None:
    """The organisations of ``text`` hold every name in ``kept`` and none in ``dropped``."""
    orgs = set(organisation_names(text))
    assert kept <= orgs and not dropped & orgs, orgs


def test_two_universities_of_a_list_that_lost_its_commas_are_two():
    _reads("Campus staff vote to strike\n\nStaff at the following universities voted to strike: Harbourton Metro "
           "University Westbrook Beckett University (Lakeland campus) and others.\n",
           {"Harbourton Metro University", "Westbrook Beckett University"},
           {"Harbourton Metro University Westbrook Beckett University"})


def test_an_and_inside_a_name_lets_the_next_and_part_the_list():
    _reads("Hospital strike\n\nThe strike at the Harbourton Heart and Chest Hospital and Westbrook University "
           "Hospital starts on Monday.\n", {"Harbourton Heart and Chest Hospital"},
           {"Harbourton Heart", "Chest Hospital"})


def test_a_council_of_two_areas_is_one_body():
    _reads("Bin strike paused\n\nLast week, members at Harbourton City and Westbrook District Council suspended "
           "plans for a strike.\n", {"Harbourton City and Westbrook District Council"},
           {"Westbrook District Council"})
