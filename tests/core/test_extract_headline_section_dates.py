"""A site's section dating its post ("Regional News of Tuesday, 14 May 2024"), also behind the page's glued
date, is no headline: with it as the headline, its day dated the main event. Every text here is written for
the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument

_BODY = ("The Lakeland Wages Board has rebuked the tutors' guilds for a strike called without notice.\n"
         "The guilds' strike, declared on Wednesday, May 8, goes on over unpaid allowances.\n")


@pytest.mark.parametrize("line", [
    "date 2024-05-14 Regional News of Tuesday, 14 May 2024",
    "Business News of Tuesday, 14 May 2024",
])
def test_a_section_and_its_day_is_not_the_headline(line):
    extraction = extract(ReadDocument(text=f"{line}\n{_BODY}", format="txt"))
    assert "News of" not in (extraction.title or "")
    main = next(event for event in extraction.events if event.main)
    assert main.start == "2024-05-08"


def test_a_headline_about_news_of_a_day_still_heads_the_page():
    text = "Good News of Friday for Harbourton Dockers\n" + _BODY
    extraction = extract(ReadDocument(text=text, format="txt"))
    assert extraction.title == "Good News of Friday for Harbourton Dockers"
