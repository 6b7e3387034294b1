"""Rank extraction's regular expressions by what their own calls cost.

Run:  PYTHONPATH=src python bench/extraction_patterns.py [--top N]

Every pattern compiled by the extraction package is wrapped before the
package is imported, so one extraction of the 3 KB documents of
``bench/extraction.py`` records each call (method and arguments). Each
pattern's calls are then replayed alone, unwrapped, three times, and the
fastest replay is printed per document, with the number of calls and where
the pattern is compiled. Timing calls one at a time inside the extraction
would count the wrapper; the replay counts only the engine and the call.

Figures are CPU time on this machine: compare rows of one run, not runs.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
_calls: dict[tuple[str, str], list[tuple[Callable[..., object], tuple, dict]]] = defaultdict(list)
_recording = [False]
_compile = re.compile


class _Recorded:
    """A compiled pattern that records its calls while recording is on."""

    __slots__ = ("_pattern", "_where")

    def __init__(self, pattern: re.Pattern[str], where: str) -> None:
        self._pattern = pattern
        self._where = where

    def __getattr__(self, name: str) -> object:
        attribute = getattr(self._pattern, name)
        if not (_recording[0] and name in _METHODS):
            return attribute
        calls = _calls[(self._where, self._pattern.pattern[:60])]

        def call(*args: object, **kwargs: object) -> object:
            calls.append((attribute, args, kwargs))
            return attribute(*args, **kwargs)
        return call


def _recording_compile(pattern: str, flags: int = 0) -> object:
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.endswith(("re/__init__.py", "enum.py")):
        frame = frame.f_back
    where = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}" if frame else "?"
    return _Recorded(_compile(pattern, flags), where)


def _replay(calls: list[tuple[Callable[..., object], tuple, dict]]) -> int:
    """Nanoseconds of CPU for the calls, fastest of three replays."""
    best = None
    for _ in range(3):
        started = time.process_time_ns()
        for method, args, kwargs in calls:
            result = method(*args, **kwargs)
            if method.__name__ == "finditer":
                for _match in result:  # type: ignore[attr-defined]
                    pass
        spent = time.process_time_ns() - started
        best = spent if best is None else min(best, spent)
    return best or 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=40, help="how many patterns to print")
    args = parser.parse_args(argv)
    re.compile = _recording_compile  # type: ignore[assignment]  # before extraction compiles its patterns
    try:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from extraction import load_corpus, three_kb_documents  # bench/extraction.py

        from timeline_app.core.extract import extract
    finally:
        re.compile = _compile
    docs = three_kb_documents(load_corpus())
    for doc in docs:  # warm-up: lazily built patterns and caches
        extract(doc)
    _recording[0] = True
    for doc in docs:
        extract(doc)
    _recording[0] = False
    ranked = sorted(((_replay(calls) / len(docs), len(calls) / len(docs), key) for key, calls in _calls.items()
                     if calls), reverse=True)
    print(f"all patterns: {sum(row[0] for row in ranked) / 1e3:.0f} µs per document ({len(docs)} documents)")
    for spent, count, (where, pattern) in ranked[: args.top]:
        print(f"{spent / 1e3:8.1f} µs {count:6.1f} calls  {where:<30} {pattern}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
