"""Context patterns rewritten so that every alternative opens with a letter
(a search then skips to the letters that can start a match) find what their
first forms found; a difference would mark other events as background."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract import context

_NATIONAL_VOTE_FIRST_FORM = re.compile(
    context._NATIONAL_VOTE.pattern.replace(
        r"local\s+elections?|national\s+elections?|mid-?term\s+elections?|european\s+elections?|",
        r"(?:local|national|mid-?term|european)\s+elections?|"), re.IGNORECASE)
_MOVEMENT_ACTION_FIRST_FORM = re.compile(
    context._MOVEMENT_ACTION.pattern.replace(r"u(?<!european\su)nions?", r"(?<!european\s)unions?"), re.IGNORECASE)

_WORDS = ["European", "european", "union", "Unions", "reunion", "local", "national", "midterm", "mid-term",
          "election", "elections", "elections.", "general", "the", "strike", "x", "ſtrike", "İ"]
_TEXTS = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", "  ", "\n", "-", ""])), max_size=10).map(
    lambda pairs: "".join(word + gap for word, gap in pairs))


@settings(max_examples=1000, deadline=None)
@given(text=_TEXTS)
def test_a_national_vote_or_a_movement_action_is_found_as_the_first_forms_found_it(text):
    for pattern, first_form in ((context._NATIONAL_VOTE, _NATIONAL_VOTE_FIRST_FORM),
                                (context._MOVEMENT_ACTION, _MOVEMENT_ACTION_FIRST_FORM)):
        found, expected = pattern.search(text), first_form.search(text)
        assert (found and found.span()) == (expected and expected.span())
    assert context._NATIONAL_VOTE_WORDS.search(text) == (_NATIONAL_VOTE_FIRST_FORM.search(text) is not None)
    assert context._MOVEMENT_ACTION_WORDS.search(text) == (_MOVEMENT_ACTION_FIRST_FORM.search(text) is not None)
