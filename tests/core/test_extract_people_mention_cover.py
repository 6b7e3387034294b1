"""A later surname inside a person's earlier mention is found by bisection,
with the same answer as trying every mention (a page naming one person
thousands of times is read once, not once per pair of mentions)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract.mention_cover import MentionCover

_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)).map(lambda p: (p[0], p[0] + p[1])),
                  max_size=12)


@settings(max_examples=300, deadline=None)
@given(mentions=_SPANS, at=st.integers(-2, 90))
def test_a_place_is_covered_exactly_when_some_mention_holds_it(mentions, at):
    assert MentionCover(mentions).covers(at) == any(s <= at < e for s, e in mentions)


def test_a_surname_inside_an_overlapped_mention_is_covered():
    # an early long mention reaches past a later short one: the later start alone would miss it
    cover = MentionCover([(0, 30), (5, 8)])
    assert cover.covers(20) and not cover.covers(30)
