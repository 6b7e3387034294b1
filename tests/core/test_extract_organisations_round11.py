"""Organisations in lists, parties and citations (issue 16, round 11).
Every sentence here is written for the test."""

from __future__ import annotations

from test_extract_organisations_round10 import _names


def test_a_serial_comma_before_and_leaves_the_last_college_whole():
    names = _names("Teach-ins were held at Hill College, Mesa College, UCSB, and El Paso State University.")
    assert "El Paso State University" in names
    assert not any(name.startswith("and ") for name in names)
