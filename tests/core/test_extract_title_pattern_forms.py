"""Title patterns rewritten to open with a blank (so a search skips from
blank to blank) find what their first forms found: where a title may end
before a place or a modifier, and the purpose or participle read there. A
difference would end titles at other words."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract import title_openings
from timeline_app.core.extract.title_modifiers import _MODIFIER
from timeline_app.core.extract.title_phrases import _PLACE_BOUNDARY

_PLACE_FIRST_FORM = re.compile(
    r"(?<!\btook)(?<!\btake)(?<!\btakes)(?<!\btaken) (?=(?:at|in|outside|near|through|across|into|over|during|from) )")
_MODIFIER_FIRST_FORM = re.compile(
    _MODIFIER.pattern.replace(r" (?:(?<=\bout )(?=of )|(?=", r"(?<=\bout) (?=of )| (?=", 1)[:-1])

_WORDS = ["out", "of", "at", "in", "took", "take", "takes", "taken", "mistook", "to", "call", "resolve", "the",
          "on", "3", "Monday", "Jan", "walking", "announced", "by", "last", "week", "such", "as", ",", ".", "]",
          "(NUS)", "[UCU]", "(a note)", "today", "tonight", "Sunday", "Asefon", "late", "x"]
_TEXTS = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", "  ", "\t", ""])), max_size=14).map(
    lambda pairs: "".join(word + gap for word, gap in pairs))


@settings(max_examples=1000, deadline=None)
@given(text=_TEXTS, start=st.integers(0, 40), end=st.integers(0, 60))
def test_a_place_or_a_modifier_is_found_where_the_first_forms_found_it(text, start, end):
    assert [m.span() for m in _PLACE_BOUNDARY.finditer(text, start, end)] == \
        [m.span() for m in _PLACE_FIRST_FORM.finditer(text, start, end)]
    assert [(m.span(), m.groupdict()) for m in _MODIFIER.finditer(text, start)] == \
        [(m.span(), m.groupdict()) for m in _MODIFIER_FIRST_FORM.finditer(text, start)]


@settings(max_examples=500, deadline=None)
@given(text=_TEXTS)
def test_titles_without_brackets_or_day_words_are_left_as_the_patterns_leave_them(text):
    # The bracket and day-word tests in front of the patterns only skip texts they cannot change.
    assert title_openings.with_acronyms(text) == _with_acronyms_always(text)
    assert title_openings.without_day_words(text) == \
        title_openings._DAY_WORDS.sub(title_openings.comma_left, text)


def _with_acronyms_always(text: str) -> str:
    """``with_acronyms`` as written before the bracket test."""
    pieces: list[str] = []
    at = 0
    names = None
    for match in title_openings._ACRONYM.finditer(text):
        names = names or title_openings._CapitalRuns(text)
        start = names.name_start(match.start(), match["acronym"] or match["squared"])
        if start is None or start < at:
            continue
        pieces += [text[at:start], match["acronym"] or match["squared"]]
        at = match.end()
    return title_openings._ASIDE.sub("", "".join(pieces) + text[at:])
