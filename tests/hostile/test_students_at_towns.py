"""Whether a town's institution is named in full is asked once per town, and never by a search of the whole page
per mention.

A page of thousands of "Students at Westbrook ..." searched the whole page with a pattern for each of them:
time grew with the square of the page (22 s at 400 KB). The test counts the questions asked, never a time.
"""

from __future__ import annotations

import pytest

from timeline_app.core.extract import organisation_schools
from timeline_app.core.extract.organisation_schools import school_names


@pytest.fixture
def towns_asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    original = organisation_schools._named_in_full

    def counted(text: str, town: str) -> bool:
        asked.append(town)
        return original(text, town)

    monkeypatch.setattr(organisation_schools, "_named_in_full", counted)
    return asked


def test_a_town_named_thousands_of_times_is_asked_about_once(towns_asked: list[str]):
    page = "Students at Westbrook marched on Monday, and students at Lakeland joined them. " * 2_000
    assert {name.name for name in school_names(page)} == {"Westbrook", "Lakeland"}
    assert sorted(towns_asked) == ["Lakeland", "Westbrook"]


@pytest.mark.parametrize(("page", "named"), [
    ("Students at Westbrook marched. The Westbrook Students' Union backed them.", True),
    ("Students at Westbrook marched. The University of Westbrook said nothing.", True),
    ("Students at Westbrook marched. The University of Westbrooke said nothing.", False),
    ("Students at Westbrook marched. NorthWestbrook University said nothing.", False),
])
def test_an_institution_named_in_full_is_still_found(page: str, named: bool):
    assert organisation_schools._named_in_full(page, "Westbrook") is named
