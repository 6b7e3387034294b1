"""Answers about one document's sentences, worked out once per document.

Several rules ask the same question of the same sentence once for every
date or name in it: does it announce a further action, is it in the future
tense, which time of day does it give, how far after a name its verb comes.
Each question is a pure function of its arguments, so its answer can be
kept; it is kept only while one document is read. ``extract`` calls
``new_document`` first, so nothing carries over from one document to the
next (an archive's documents share few sentences, and the benchmark, whose
documents share many, must not be flattered by a cache between them).

The memo belongs to the thread reading the document, so two imports on two
threads never share one. A caller outside ``extract`` still gets correct
answers (they depend on the arguments alone); its memo is simply dropped
once it holds ``_LIMIT`` answers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import TypeVar

_LIMIT = 20_000
_local = threading.local()
T = TypeVar("T")
_UNKNOWN = object()


def new_document() -> None:
    """Forget every answer: a new document is about to be read."""
    _local.memo = {}


def answers() -> dict[Hashable, object]:
    """This document's answers so far, keyed by the question and every
    argument it depends on (``(asker, sentence)``); the caller adds its own."""
    memo: dict[Hashable, object] | None = getattr(_local, "memo", None)
    if memo is None or len(memo) >= _LIMIT:
        memo = _local.memo = {}
    return memo


def remembered(question: Callable[..., T], *args: Hashable) -> T:
    """``question(*args)``, worked out once while this document is read
    (``question`` must be a pure function of its arguments)."""
    memo = answers()
    key = (question, *args)
    found = memo.get(key, _UNKNOWN)
    if found is _UNKNOWN:  # (None is an answer too: "no boundary fits")
        found = memo[key] = question(*args)
    return found  # type: ignore[return-value]


def asked_more_than(times: int, *topic: Hashable) -> bool:
    """Count one more question about ``topic`` while this document is read,
    and say whether more than ``times`` have been asked. A finder that can
    answer either by a direct search or from a per-document index uses it
    to search directly for the first few questions (most documents ask one
    or two, where building the index costs more than it saves) and to build
    the index only when many are asked (a hostile page asking thousands)."""
    memo = answers()
    key = (asked_more_than, *topic)
    count = memo[key] = memo.get(key, 0) + 1  # type: ignore[operator]
    return count > times
