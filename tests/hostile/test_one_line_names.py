"""The checks of the line around a name copy none of a long line.

Whether a name is alone on its line, opens it before a dash, or heads a short title-case line was answered by
copying the line's text before and after the name: on a one-line page of thousands of names that was the
page's length once per name. The test counts the characters copied out of the page, never a time.
"""

from __future__ import annotations

from timeline_app.core.extract.person_attributions import office_after_dash
from timeline_app.core.extract.person_cues import signs_above_affiliation
from timeline_app.core.extract.person_uncued import alone_on_its_line, heading_line


class CountedText(str):
    """A page that counts the characters sliced out of it."""

    copied = 0

    def __getitem__(self, key):  # type: ignore[override]
        piece = str.__getitem__(self, key)
        CountedText.copied += len(piece)
        return piece


def _names(page: str, name: str) -> list[tuple[int, int]]:
    spans, at = [], page.find(name)
    while at != -1:
        spans.append((at, at + len(name)))
        at = page.find(name, at + 1)
    return spans


def test_line_checks_of_a_one_line_page_copy_little_of_it():
    page = CountedText("Welfare Officer Kea Holm spoke and Jo Arlen listened. " * 2_000)
    spans = _names(page, "Kea Holm")
    CountedText.copied = 0
    for start, end in spans:
        assert not alone_on_its_line(page, start, end)
        assert not heading_line(page, start)
        assert not signs_above_affiliation(page, start, end, frozenset({"University"}))
        assert office_after_dash(page, start, end, lambda word: word == "President") is None
    assert CountedText.copied <= 100 * len(spans)


def test_a_name_alone_on_its_line_is_still_found():
    page = "Yours in solidarity,\n\n  Kea Holm  \nWestbrook University\n"
    start = page.find("Kea Holm")
    assert alone_on_its_line(page, start, start + len("Kea Holm"))
    assert signs_above_affiliation(page, start, start + len("Kea Holm"), frozenset({"University"}))
