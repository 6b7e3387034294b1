"""Names that are no body (issue 16, round after stop 64): the schooling a level gives ("Secondary School
Education", a minister's portfolio), a "General Assembly" written only as one sitting among many ("a planned
General Assembly"), and a headline's verb between a body and its event ("... Staging Week of Action"), which
belongs to neither. Texts written for the test."""

from __future__ import annotations

import pytest

from extracted import organisation_names


def _names(body: str) -> list[str]:
    """The bodies found on a short invented page whose running text is ``body``."""
    return organisation_names(f"Campus news\n\n3 May 2021\n\n{body}\n")


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
]


@pytest.mark.parametrize(("body", "dropped", "kept"), _CASES)
def test_a_name_that_is_no_body_is_dropped_and_the_body_kept(body, dropped, kept):
    found = _names(body)
    assert dropped not in found and kept in found, found
