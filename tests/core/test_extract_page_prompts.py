"""A page's reading time, pagination and sign-up prompts are never its headline."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.extract.page_furniture import is_page_furniture
from timeline_app.core.models import ReadDocument

_BODY = ("Hundreds of nurses at Lakeside Hospital walked out on Tuesday over unpaid overtime, "
         "the Nurses Action Group said.\n\nThe walkout lasted four hours.\n")


@pytest.mark.parametrize("furniture", [
    "4 MIN READ",
    "You are on page 1of 3",
    "Page 2 of 5",
    "Stay up to date with alerts from The Riverside Courier",
    "You have successfully subscribed to the Riverside Courier daily briefing",
    "This is an archived article and the information in it may be out of date.",
])
def test_a_page_prompt_above_the_story_is_not_its_title(furniture: str) -> None:
    found = extract(ReadDocument(text=f"{furniture}\n\n{_BODY}", format="txt"))
    main = next(e for e in found.events if e.main)
    assert furniture[:12].lower() not in main.title.lower()
    assert found.title is None or furniture[:12].lower() not in found.title.lower()


@pytest.mark.parametrize("headline", [
    "Sign up for the general strike, unions urge workers",
    "Stay up to date with the strike: what you need to know",
])
def test_a_headline_that_opens_like_a_prompt_is_no_furniture(headline: str) -> None:
    assert not is_page_furniture(headline)


def test_a_prompt_with_a_tab_for_a_space_is_still_furniture() -> None:
    found = extract(ReadDocument(text=f"You\tare on page 1 of 3\n\n{_BODY}", format="txt"))
    assert found.title is None or "page 1" not in found.title
