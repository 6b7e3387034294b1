"""A saved page's note of where and when it first appeared dates the page,
not an event, and is never its headline (issue 16, round 18: "This Article
is From Sep 07, 2010" became the main event's title; "N.B. This piece was
originally published in ..." became an event). Texts written for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _events(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.kind, e.start, e.title) for e in extract(ReadDocument(text=text, format="txt")).events]


def test_a_first_appeared_line_is_not_the_headline():
    events = _events("This Article is From Sep 07, 2010\n\nNationwide strike by trade unions shuts cities\n\n"
                     "Trade unions called a 24-hour nationwide strike on Tuesday against price rises.\n")
    assert events and all("This Article" not in title for _, _, title in events), events
    assert events[0][2].startswith("Nationwide strike by trade unions"), events


def test_an_originally_published_note_dates_no_event():
    events = _events("Students walk out over fees\n\nStudents at Harbour University walked out of lectures on "
                     "Tuesday 4 March 2019 to protest against a rise in fees.\n\n"
                     "N.B. This report was originally published in The Harbour Times on 6 March 2019.\n")
    assert [start for _, start, _ in events] == ["2019-03-04"], events


def test_a_sentence_about_an_article_is_body_text():
    events = _events("Students walk out over fees\n\nThis story appeared to show that students walked out of "
                     "lectures on Tuesday 4 March 2019.\n")
    assert [start for _, start, _ in events] == ["2019-03-04"], events


def test_a_notice_followed_by_the_story_on_its_line_keeps_the_story():
    events = _events("Nurses strike in Victoria\n\nThis article was first published in The Conversation. Nurses "
                     "in Victoria walked out on 3 March 2024 over staffing.\n")
    assert "2024-03-03" in [start for _, start, _ in events], events


def test_appeared_as_is_no_notice():
    events = _events("This op-ed appeared as teachers walked out on 3 March 2024\n\nTeachers walked out of "
                     "schools on 3 March 2024 over pay.\n")
    assert "2024-03-03" in [start for _, start, _ in events], events


def test_a_capitals_place_glued_to_a_colon_opens_no_title():
    events = _events("date 2024-06-04 Teachers protest in Ostland\n\nARLEN:Teachers in several districts of Ostland, "
                     "among them Arlen, held peaceful rallies on Monday to call for their leader to be freed.\n")
    assert all(not title.startswith("ARLEN") for _, _, title in events), events
