"""A long run of capitalised possessives before one "and" ("The Kea's Kea's ... Lakeland Union's Arlen and
Westbrook Party") is read once for an owner: only the last possessive among the few words before the "and" is
tried as a body's, not each of them over the whole run. Text written for the test."""

from __future__ import annotations

import pytest
from call_records import record_calls

import timeline_app.core.extract.organisation_and_split as and_split
from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_long_run_of_possessives_before_and_is_read_once(monkeypatch, apostrophe):
    words_read = record_calls(monkeypatch, and_split, "named_body")
    count = 1500
    text = f"The {f'Kea{apostrophe}s ' * count}Lakeland Union{apostrophe}s Arlen and Westbrook Party met.\n"
    extract(ReadDocument(text=text, format="txt"))
    # Trying each possessive as an owner read the run once per possessive: about count * count / 2 words.
    assert sum(words_read) < 40 * count, (len(words_read), sum(words_read))
