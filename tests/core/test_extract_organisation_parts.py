"""A body's name read whole, not in parts: a chamber of commerce, and a
part of a name one finder read beside the whole name another read (stop 35)."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _organisations(text: str) -> set[str]:
    return {org.name for org in extract(ReadDocument(text=text, format="txt")).organisations}


def test_a_chamber_of_commerce_is_a_body():
    text = "Strike news\n\nThe London Chamber of Commerce said the strike would hurt business.\n"
    assert "London Chamber of Commerce" in _organisations(text)


def test_a_town_s_chamber_is_a_body():
    assert "Cork Chamber" in _organisations("Protest news\n\nCork Chamber said the protest would hurt trade.\n")


@pytest.mark.parametrize("sentence", ["Councillors met in the Council Chamber on Monday.",
                                      "The Upper Chamber passed the bill on Monday."])
def test_a_room_or_a_house_of_parliament_called_a_chamber_is_no_body(sentence: str):
    assert _organisations(f"Council news\n\n{sentence}\n") == set()


def test_a_part_of_a_name_written_only_inside_the_whole_name_is_no_second_body():
    text = "Strike news\n\nCleaners employed by Barts Health NHS Trust walked out on Monday.\n"
    assert _organisations(text) == {"Barts Health NHS Trust"}
