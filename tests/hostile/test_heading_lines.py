"""A page's people heading ("Signatories:") is looked for once per line, not once per heading word.

A page of one long line holding thousands of "signed" sliced and tested that whole line again for each of them:
time grew with the square of the page. The test counts the lines tested, never a time.
"""

from __future__ import annotations

import pytest

from timeline_app.core.extract import name_blocks


@pytest.fixture
def lines_tested(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    tested: list[str] = []
    original = name_blocks._in_a_run

    def counted(line: str) -> bool:
        tested.append(line)
        return original(line)

    monkeypatch.setattr(name_blocks, "_in_a_run", counted)
    return tested


def test_a_line_of_many_heading_words_is_tested_once(lines_tested: list[str]):
    page = "Welfare Officer Kea Holm signed the letter and Jo Arlen spoke. " * 2_000
    assert not name_blocks._has_heading_line(page)
    assert len(lines_tested) <= len(name_blocks._HEADING_WORDS)


def test_a_heading_on_a_later_line_is_still_found(lines_tested: list[str]):
    page = "The staff signed it and the students signed it too.\nSignatories:\nKea Holm\nJo Arlen\n"
    assert name_blocks._has_heading_line(page)
