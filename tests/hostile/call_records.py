"""TEST ONLY: what a function is asked, recorded while a test runs, to count work and never time it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def record_calls(monkeypatch: pytest.MonkeyPatch, owner: object, name: str,
                 measure: Callable[..., Any] = len) -> list[Any]:
    """Replace ``owner.name`` for the test with a wrapper that records ``measure`` of each call's first argument
    (its length, unless told) and returns what the function returns; the records, in call order."""
    records: list[Any] = []
    original = getattr(owner, name)

    def recording(first, *args, **kwargs):
        records.append(measure(first))
        return original(first, *args, **kwargs)

    monkeypatch.setattr(owner, name, recording)
    return records
