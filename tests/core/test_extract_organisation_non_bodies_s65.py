"""Names that are no body (issue 16, round after stop 64): the schooling a level gives ("Secondary School
Education", a minister's portfolio), a "General Assembly" written only as one sitting among many ("a planned
General Assembly"), and a headline's verb between a body and its event ("... Staging Week of Action"), which
belongs to neither. Texts written for the test."""

from __future__ import annotations

import pytest

from extracted import headed_page, organisation_names


def _names(body: str) -> list[str]:
    """The bodies found on a short invented page whose running text is ``body``."""
    return organisation_names(headed_page("Campus news", f"3 May 2021\n\n{body}"))


# (running text, a name that must not be found, a name that must be)
_CASES = [
    ("Teachers in Lakeland stopped work on Monday. Kea Holm, the Minister of Basic and Upper Secondary School "
     "Education, met the Lakeland Teachers Union in Harbourton.", "Upper Secondary School Education",
     "Lakeland Teachers Union"),
    ("Guards blocked a planned General Assembly called by students in Westbrook on Monday, said Mira Tane of "
     "the Westbrook Students Guild.", "General Assembly", "Westbrook Students Guild"),
    # the body of that name, written with "the", stays though a sitting is also written with "A"
    ("Ostland told the General Assembly on Monday that it backs the Harbourton dock workers. A General Assembly "
     "vote is due in June.", None, "General Assembly"),
    ("Ostland Federation of Students Staging Day of Action on Tuesday in Harbourton Park\n\nStudents will rally "
     "there.", "Ostland Federation of Students Staging", "Ostland Federation of Students"),
    # a body that gives schooling keeps its "Education"; its head word is not the schooling's
    ("The Lakeland Board of School Education said exams would go ahead, and Kea Holm of the Lakeland Teachers "
     "Union agreed.", None, "Lakeland Board of School Education"),
    ("The Harbourton Department of School Education said it would meet the Harbourton Teachers Union on Friday.",
     None, "Harbourton Department of School Education"),
    # a body's name ending in "Planning" or "Plans" before its event keeps that word: no headline's verb
    ("The Westbrook Association of Town Planning Conference drew 300 people on Tuesday.",
     "Westbrook Association of Town", "Westbrook Association of Town Planning"),
    ("Nurses from the Westbrook Institute of Family Planning marched on Tuesday in Harbourton. The Westbrook "
     "Institute of Family Planning Annual Conference opened later.", "Westbrook Institute of Family",
     "Westbrook Institute of Family Planning"),
    ("The Harbourton Association of Pension Plans Conference opened on Monday in Lakeland.",
     "Harbourton Association of Pension", "Harbourton Association of Pension Plans"),
    # "a General Assembly" before a noun the article governs names the body, not a sitting
    ("Ostland backed a General Assembly resolution on Monday calling for a ceasefire, said Ama Lind of the "
     "Harbourton Peace Council.", None, "General Assembly"),
    ("Mira Tane, a General Assembly delegate for the Westbrook Students Union, said the vote was close.", None,
     "General Assembly"),
    # an assembly named by more than describers is a body, though written after "a"
    ("Jo Arlen chairs a Westbrook Youth General Assembly, which meets in Harbourton every spring.", None,
     "Westbrook Youth General Assembly"),
]


@pytest.mark.parametrize(("body", "dropped", "kept"), _CASES)
def test_a_name_that_is_no_body_is_dropped_and_the_body_kept(body, dropped, kept):
    found = _names(body)
    assert dropped not in found and kept in found, found
