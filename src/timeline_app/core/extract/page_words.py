"""A page's words as sets and counts, each worked out once a page and asked per name.

Name rules ask whether a word is an ordinary word of the page: "Faces" in
"David Willetts Faces" is one if the page writes "faces"; "Moratorium" in
"Eviction Moratorium" if it writes "moratorium". Searching the page once a
name grows with the square of its length on a page of many names, so the
answers come from sets built in one pass (``document_memo.remembered``).
"""

from __future__ import annotations

import re
from collections import Counter

from .document_memo import remembered

__all__ = ["WORD_RUN", "lower_case_words", "title_case_words", "word_run_counts", "word_run_pair_counts",
           "word_tokens"]

# A word written in lower case, not inside an address ("jane.doe@", "example.org/").
# (the look-behind written after the first letter: tried only where a letter opens a match)
_LOWER_CASE_WORD = re.compile(r"[a-z](?<![\w'’.@/-].)[a-z'’-]*(?![\w'’@/-]|\.\w)")
_WORD_TOKEN = re.compile(r"[\w-]+")
# A word in title case of four letters or more ("Lucknow"), as a shouted dateline's place is written elsewhere.
_TITLE_CASE_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")
#: A run of word characters: a page's words as ``word_run_counts`` counts them ("O'Brien" is "O" and "Brien").
WORD_RUN = re.compile(r"\w+")


def lower_case_words(text: str) -> frozenset[str]:
    """Every word ``text`` writes in lower case, outside addresses."""
    return remembered(_lower_case_words, text)


def title_case_words(text: str) -> frozenset[str]:
    """Every word of four letters or more ``text`` writes in title case ("Lucknow")."""
    return remembered(_title_case_words, text)


def word_tokens(text: str) -> frozenset[str]:
    """Every run of word characters and hyphens in ``text``, as written:
    ``word in word_tokens(text)`` is ``re.search(rf"(?<![\\w-]){word}(?![\\w-])",
    text)`` for a word of word characters and hyphens."""
    return remembered(_word_tokens, text)


def word_run_counts(text: str) -> Counter[str]:
    """How many times ``text`` writes each run of word characters ("Adeyemi" alone as often as in "Ifeoma
    Adeyemi")."""
    return remembered(_word_run_counts, text)


def word_run_pair_counts(text: str) -> Counter[tuple[str, str]]:
    """How many times ``text`` writes each two runs of word characters one after the other."""
    return remembered(_word_run_pair_counts, text)


def _word_runs(text: str) -> list[str]:
    return WORD_RUN.findall(text)


def _word_run_counts(text: str) -> Counter[str]:
    return Counter(remembered(_word_runs, text))


def _word_run_pair_counts(text: str) -> Counter[tuple[str, str]]:
    runs = remembered(_word_runs, text)
    return Counter(zip(runs, runs[1:]))


def _lower_case_words(text: str) -> frozenset[str]:
    return frozenset(_LOWER_CASE_WORD.findall(text))


def _title_case_words(text: str) -> frozenset[str]:
    return frozenset(_TITLE_CASE_WORD.findall(text))


def _word_tokens(text: str) -> frozenset[str]:
    return frozenset(_WORD_TOKEN.findall(text))
