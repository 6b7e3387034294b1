"""Extraction never raises and never invents impossible years."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extracted import sentence_readings
from timeline_app.core.extract import extract
from timeline_app.core.models import PRECISIONS, KINDS, ReadDocument

_DATEISH = st.sampled_from(
    ["17 November 2015", "07/02/2017", "last month", "today", "in 2022", "May", "NUS (National Union of Students)",
     "99/99/9999", "31 February 2017", "0000-00-00", "in 9999", "on Monday", "10.30am", "\n", " ", "(", ")", "’s",
     # typographic characters extraction reads as plain ones (extract/typography.py)
     "\u00a0", "\u00ad", "\u00ad\n", "\ufb01", "\u200b", "&nbsp;", "&amp;", "e\u0301", "\f",
     # a mail's quote marks, an indent, blanks at a line's end (extract/line_layout.py)
     "\n> ", "\n>> ", "\n    ", "\t", "  \n"]
)
_TEXT = st.lists(st.one_of(st.text(max_size=40), _DATEISH), max_size=30).map("".join)


def _year(iso: str | None) -> int | None:
    return int(iso[:4]) if iso else None


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, published=st.one_of(st.none(), st.text(max_size=12), st.just("2017-02-07")))
def test_extract_never_raises_and_keeps_years_plausible(text, published):
    result = extract(ReadDocument(text=text, format="txt", published=published))
    assert sum(e.main for e in result.events) == 1
    for iso in [result.published, *(e.start for e in result.events), *(e.end for e in result.events)]:
        year = _year(iso)
        assert year is None or 1000 <= year <= 2200
    for event in result.events:
        assert event.precision in PRECISIONS and event.kind in KINDS
        # the evidence is the stored sentence as read: typographic characters made plain, a wrap's breaks blanks
        assert event.evidence in sentence_readings(text[event.evidence_start : event.evidence_end])
