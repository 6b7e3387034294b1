"""Benchmark: finding the search marks in one large document.

The detail pane marks the search words in the shown document on the GUI
thread, so this must stay well under a frame budget for ordinary documents
and within a blink for a 1 MB one. It prints the median over 7 runs of
``core.search_terms.match_spans`` on about 1 MB of the bundled seeds
(repeated, with some accented words), beside a plain case-insensitive
word-prefix regex as a yardstick (what the highlighting did before it
followed FTS5's whole-word rules).

    PYTHONPATH=src python bench/search_marks.py
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))

from timeline_app.core.search_terms import match_spans, search_terms  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEARCHES = ("zzzz ", "students ", "walk*", '"open letter" cafe ')


def _document() -> str:
    text = "\n".join(p.read_text(errors="ignore") for p in sorted(SEEDS.iterdir()) if p.is_file())
    return (text + "\nCafé naïve Ünïcödé\n") * max(1, 1_000_000 // len(text))


def _median_ms(work, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    document = _document()
    print(f"document: {len(document):,} characters")
    for search in SEARCHES:
        terms = search_terms(search)
        marks = len(list(match_spans(document, terms)))
        ms = _median_ms(lambda: list(match_spans(document, terms)))
        word = search.strip(' *"').split()[0]
        yardstick = re.compile(r"\b" + re.escape(word) + r"\w*", re.IGNORECASE)
        base = _median_ms(lambda: [m for _, m in zip(range(500), yardstick.finditer(document))])
        print(f"{search!r:22} {marks:4} marks  median {ms:6.1f} ms   (prefix regex {base:6.1f} ms)")


if __name__ == "__main__":
    main()
