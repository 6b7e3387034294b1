"""Lines of a saved page that are never its headline: an image's file name
left in the text, a relative day alone with its time (stop 35)."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.extract.page_furniture import is_page_furniture
from timeline_app.core.models import ReadDocument


@pytest.mark.parametrize("line", ["BAYAN USA Logo - Large Red.png", "banner_2019.JPG", "(tomorrow) at 10:30 AM",
                                  "Tomorrow at 10 AM"])
def test_an_image_file_name_or_a_relative_day_with_its_time_is_furniture(line: str):
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", ["Students occupy the library tomorrow", "Rally at noon outside the council",
                                  "Why we chose the PNG format for our leaflets"])
def test_a_headline_naming_a_day_or_an_image_format_is_no_furniture(line: str):
    assert not is_page_furniture(line)


def test_an_image_file_name_under_the_headline_does_not_title_the_event():
    text = ("Skip to content\n\nStop the eviction of the Leeds tenants now\n\nLeeds Tenants Logo - Large Red.png\n\n"
            "March 13, 2018\n\nTenants in Leeds launched a petition on Tuesday against the eviction of 40 families.\n")
    title = extract(ReadDocument(text=text, format="txt")).events[0].title
    assert ".png" not in title
