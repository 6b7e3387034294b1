"""A page cut off mid-word is found from its last word with ``str.find``
instead of two patterns made of that word: both tests must answer as the
patterns did, or a cut page would lose (or keep) a half-written name."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract import organisation_runs
from timeline_app.core.extract.organisation_runs import without_a_cut_name

_PIECES = ["Edu", "Education", "edu", "Ministry", "of", "the", "Edu's", "Edu’s", "-Edu", "Edu-", "_Edu", "Edu2",
           "Éedu", "EduE", "Unite", "unite", "Unites", " ", "  ", "\n", ".", ",", "'", "’", "-", "é", "x"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)


@settings(max_examples=1000, deadline=None)
@given(text=_TEXTS, word=st.sampled_from(["Edu", "Unite", "ed", "Ministry"]), cut=st.integers(0, 80))
def test_the_last_word_is_found_where_the_patterns_found_it(text, word, cut):
    longer = re.search(rf"(?<![\w'’-]){word}[a-z]", text) is not None
    whole = re.compile(rf"(?<![\w'’-]){word}(?![\w'’-])").search(text, 0, cut) is not None
    assert organisation_runs._begins_longer_word(text, word) == longer
    assert organisation_runs._written_whole(text[:cut], word) == whole


def test_a_name_cut_mid_word_is_blanked_and_a_whole_one_kept():
    cut = "Students met the Ministry of Education. They wrote to the Ministry of Edu"
    assert without_a_cut_name(cut) == cut[: cut.rindex("the Ministry") + 4] + " " * len("Ministry of Edu")
    whole = "Unite members voted. The vote was called by Unite"
    assert without_a_cut_name(whole) == whole
