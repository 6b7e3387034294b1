"""A dateline's date ("HARBOURTON, March 4 —") before a sentence that dates
its own act is the day the report was filed, not the act's; over a sentence
with no date of its own, or whose other date stands in a later clause, it is
left alone, as is a heading's date that no place opens (issue 16). Texts
written for the test."""

from __future__ import annotations

from timeline_app.core.extract.dateline_dates import in_opening_dateline
from timeline_app.core.extract.dates import DateMention
from timeline_app.core.extract.sentences import Span

from extracted import main_event


def test_a_datelines_date_gives_way_to_the_sentences_own_day():
    main = main_event(
        "date 2022-03-04 Lakeland dockers picket the harbour gates\n\n"
        "HARBOURTON, March 4 — Lakeland dockers began a picket of the harbour gates on Saturday, "
        "their union said, and plan to keep it up through the month.\n\n"
        "The harbour board has not answered the union's letter about the new rosters.\n")
    assert (main.start, main.precision) == ("2022-02-26", "day")


def test_a_datelines_date_over_a_sentence_without_a_date_stays():
    main = main_event(
        "date 2022-03-04 Lakeland dockers picket the harbour gates\n\n"
        "HARBOURTON, March 4 — Lakeland dockers kept up their picket of the harbour gates, "
        "their union said, with more crews expected to join.\n")
    assert main.start == "2022-03-04"


def test_the_datelines_shape():
    text = "Kea Holm [Ostland], 12 May 2021: Teachers at Arlen College walked out on Tuesday."
    sentence = Span(0, len(text), text)
    at = text.index("12 May 2021")
    assert in_opening_dateline(sentence, DateMention(at, at + 11, "12 May 2021", 2021, 5, 12))
    said = "Teachers said on 12 May 2021 - after the vote - that they would walk out on Tuesday."
    at = said.index("12 May 2021")
    assert not in_opening_dateline(Span(0, len(said), said), DateMention(at, at + 11, "12 May 2021", 2021, 5, 12))


def test_a_date_in_a_later_clause_leaves_the_datelines_day_to_the_act():
    main = main_event(
        "date 2024-03-05 Lakeland nurses walk out\n\n"
        "HARBOURTON, March 4 — Nurses walked out at Lakeland General and will return to work on March 20, "
        "their union said.\n")
    assert (main.start, main.precision) == ("2024-03-04", "day")


def test_a_heading_before_a_date_is_no_datelines_place():
    text = "Strike Day, March 4: Nurses at Lakeland General walked out on Monday."
    at = text.index("March 4")
    assert not in_opening_dateline(Span(0, len(text), text), DateMention(at, at + 7, "March 4", None, 3, 4))
    filed = "HARBOURTON, March 4: Nurses at Lakeland General walked out on Monday."
    at = filed.index("March 4")
    assert in_opening_dateline(Span(0, len(filed), filed), DateMention(at, at + 7, "March 4", None, 3, 4))
