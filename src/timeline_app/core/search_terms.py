"""What a typed search means, word by word, for the index and for the eye.

The same parse feeds the FTS5 query (``filters.fts_query``) and the marks in
the document text (``match_spans``), so a word is highlighted exactly when
the search matched it: whole words, phrases as phrases, and a prefix only
where the search asked for one (``walk*``, or the word still being typed).
Words are compared as SQLite's ``unicode61`` tokenizer compares them:
without case and without diacritics.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

_WORD = re.compile(r"\w+", re.UNICODE)
#: A word as the index's tokenizer cuts text: letters and digits, so an
#: underscore or an apostrophe ends it ("walk_out" is "walk" then "out").
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_PHRASE = re.compile(r'"([^"]*)"')
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
#: The word still being typed matches as a prefix only from this length on:
#: "a" alone must not match (and mark) every word beginning with a.
MIN_TYPING_PREFIX = 3


@dataclass(frozen=True)
class SearchTerm:
    """One phrase (one or more words in a row); ``prefix`` lets its last word
    match any word it begins."""

    words: tuple[str, ...]
    prefix: bool = False

    def fts_token(self) -> str:
        """This term as a quoted FTS5 token (a phrase when several words)."""
        return '"' + " ".join(self.words) + '"' + ("*" if self.prefix else "")


def search_terms(text: str) -> list[SearchTerm]:
    """Phrases in double quotes first, then the other words, as typed.

    A word followed by ``*`` is a prefix; so is the last bare word while it
    is still being typed (no space after it yet) once it has
    ``MIN_TYPING_PREFIX`` letters. Upper-case operators are dropped (AND is
    implied anyway).
    """
    terms: list[SearchTerm] = []
    for phrase in _PHRASE.findall(text):
        words = tuple(_WORD.findall(phrase))
        if words:
            terms.append(SearchTerm(words))
    rest = _PHRASE.sub(" ", text)
    found = [m for m in _WORD.finditer(rest) if m.group() not in _OPERATORS]
    still_typing = bool(rest) and not rest[-1].isspace()
    for i, match in enumerate(found):
        starred = rest[match.end():match.end() + 1] == "*"
        typing = (i == len(found) - 1 and still_typing
                  and len(match.group()) >= MIN_TYPING_PREFIX)
        terms.append(SearchTerm((match.group(),), prefix=starred or typing))
    return terms


def fold(word: str) -> str:
    """A word as the index compares it: lower case, diacritics removed."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _word_matches(token: str, wanted: str, prefix: bool) -> bool:
    return token.startswith(wanted) if prefix else token == wanted


def match_spans(text: str, terms: list[SearchTerm], limit: int = 500) -> Iterator[tuple[int, int]]:
    """(start, end) of each place in ``text`` that ``terms`` match, as the
    words go by, at most ``limit`` of them: whole words, phrases spanning
    their words, prefixes covering the word they begin."""
    wanted = [(tuple(_TOKEN.findall(fold(" ".join(term.words)))), term.prefix)
              for term in terms]
    wanted = [(words, prefix) for words, prefix in wanted if words]
    if not wanted or limit <= 0:
        return
    longest = max(len(words) for words, _ in wanted)
    window: list[tuple[str, int, int]] = []  # the last few tokens: folded, start, end
    emitted = 0
    for match in _TOKEN.finditer(text):
        window.append((fold(match.group()), match.start(), match.end()))
        if len(window) > longest:
            window.pop(0)
        spans = set()
        for words, prefix in wanted:
            n = len(words)
            tail = window[-n:]
            if n <= len(window) and all(_word_matches(tail[k][0], words[k], prefix and k == n - 1)
                                        for k in range(n)):
                spans.add((tail[0][1], tail[-1][2]))
        for span in sorted(spans):
            yield span
            emitted += 1
            if emitted >= limit:
                return


__all__ = ["MIN_TYPING_PREFIX", "SearchTerm", "fold", "match_spans", "search_terms"]
