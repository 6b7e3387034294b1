"""Extraction stays linear in the size of the text, even on one enormous line."""

from __future__ import annotations

import timeline_app.core.extract.page_date_lines as page_date_lines
import timeline_app.core.extract.published as published
from timeline_app.core.extract.dates import find_dates
from timeline_app.core.extract.sentences import lines

# Lower-case start and a colon: no mention in this line is a dateline, so
# every one of them is examined.
UNIT = "report: on 12 March 2019 the council agreed the budget for housing. "


class CountingPattern:
    """Stands in for a compiled pattern and counts the characters it is shown."""

    def __init__(self, pattern) -> None:
        self.pattern, self.characters, self.calls = pattern, 0, 0

    def match(self, text: str, *args):
        self.calls += 1
        self.characters += len(text)
        return self.pattern.match(text, *args)


def characters_examined(monkeypatch, repeats: int) -> tuple[int, int]:
    text = UNIT * repeats
    counter = CountingPattern(page_date_lines._PLACE_DATELINE)
    monkeypatch.setattr(page_date_lines, "_PLACE_DATELINE", counter)
    mentions = find_dates(text)
    result = published.find_published(lines(text), mentions, None)
    assert result.iso is None
    return counter.characters, len(mentions)


def test_publication_date_search_does_not_copy_a_growing_prefix_per_date(monkeypatch):
    examined, mentions = characters_examined(monkeypatch, 2000)

    assert mentions == 2000
    # A constant amount per date; copying the line up to each date would be
    # about len(UNIT) * mentions**2 / 2, i.e. 130 million characters here.
    assert examined <= 100 * mentions

