"""Lines of a saved page that are never its headline: an image's file name
left in the text, a relative day alone with its time (stop 35), a site's location
picker (stop 36)."""

from __future__ import annotations

import pytest

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.page_furniture import is_page_furniture


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
    title = _main(text)[1].title
    assert ".png" not in title


@pytest.mark.parametrize("line", ["Select your location", "Current location: Coventry", "Choose your edition"])
def test_a_location_or_edition_picker_is_furniture(line: str):
    assert is_page_furniture(line)


def test_a_year_in_brackets_in_the_headline_dates_the_year_less_days_of_an_undated_page():
    text = ("Select your location\n\nCurrent location: Coventry\n\nNUS Referendum (2022) Result\n\n"
            "See the results of our recent referendum.\n\nThe union was founded in 1922.\n\n"
            "Members cast their votes from noon on Monday 30th May until noon on Thursday 2nd June.\n")
    _, main = _main(text)
    assert main.title == "NUS Referendum (2022) Result"
    assert (main.start, main.precision) == ("2022-05-30", "day")
