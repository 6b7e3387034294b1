"""Names parted at "in" ("the Harbourton Trades Council in the Lakeland
Nurses Union ..."): a hostile page of thousands of them is read whole (it
once raised RecursionError, one call per "in"), and each name still stands
on its own."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.extract.organisation_spans import _split_at_in
from timeline_app.core.models import ReadDocument


def test_a_page_of_thousands_of_names_parted_by_in_is_read():
    text = "".join(f"Harbourton{n} Trades Council in " for n in range(3000)) + "the end."
    result = extract(ReadDocument(text=text, format="txt"))
    assert result.events  # read to its end, without an error


def test_each_in_that_opens_another_name_parts_the_run():
    tokens = "Harbourton Trades Council in the Lakeland Nurses Union in Riverside College".split()
    assert _split_at_in(tokens) == [["Harbourton", "Trades", "Council"], ["Lakeland", "Nurses", "Union"],
                                    ["Riverside", "College"]]


def test_an_in_after_a_gathering_or_before_a_place_keeps_the_run():
    assert _split_at_in("Students in Riverside".split()) == [["Students", "in", "Riverside"]]
