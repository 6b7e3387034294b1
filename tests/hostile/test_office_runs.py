"""A run of capitalised words holding an office and "of" many times over ("National Secretary of the National
Secretary of the ... Lakeland Union") is read in one pass: no recursion per office, and the body at its end is
found. Text written for the test."""

from __future__ import annotations

from call_records import record_calls

import timeline_app.core.extract.organisation_named_body as named_body_module
from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def test_a_long_run_of_offices_of_is_read_without_recursion(monkeypatch):
    calls = record_calls(monkeypatch, named_body_module, "_find_named_body")
    named_body_module._named_body_of.cache_clear()
    text = "Free " + "National Secretary of the " * 2000 + "Lakeland Union now."
    orgs = [o.name for o in extract(ReadDocument(text=text, format="txt")).organisations]
    named_body_module._named_body_of.cache_clear()
    assert orgs == ["Lakeland Union"]
    # Each office read again would read the run about 2000 times over.
    assert len(calls) < 50, len(calls)
