"""People on unseen pages (issue 16, round 15): an office written with a
hyphen and a capital in each part before a name. Every text here is written
for the test."""

from __future__ import annotations

import pytest

from test_extract_people_round10 import _people


@pytest.mark.parametrize("office", ["Vice-President", "Co-Founder", "Vice-Chancellor"])
def test_a_hyphenated_office_in_title_case_is_not_part_of_the_name(office: str):
    text = (f"Students staged the protest when the country's {office} R. Tamsin Okafor and Health Minister "
            "Lena Brandt arrived at the campus for the ceremony.")
    people = _people(text)
    assert "R. Tamsin Okafor" in people
    assert not any(office in name for name in people)
