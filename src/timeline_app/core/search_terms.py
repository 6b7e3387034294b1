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
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
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


def _accented(lowered: str) -> dict[str, str]:
    """Plain letter -> the accented letters of (lower-cased) text that fold to it."""
    if lowered.isascii():
        return {}
    variants: dict[str, str] = {}
    for char in set(_NON_ASCII.findall(lowered)):
        plain = fold(char)
        if len(plain) == 1 and plain != char:
            variants[plain] = variants.get(plain, "") + char
    return variants


def _token_pattern(token: str, variants: dict[str, str]) -> str:
    return "".join(f"[{re.escape(c + variants[c])}]" if c in variants else re.escape(c)
                   for c in token)


def _term_pattern(term: SearchTerm, variants: dict[str, str]) -> str | None:
    """A regular expression for one term over lower-cased text: its tokens in
    a row with anything but letters and digits between them, from a token's
    beginning to a token's end (unless a prefix). It starts with the first
    token itself, checking what precedes it afterwards, so the search can
    skip ahead quickly to where the word occurs."""
    tokens = _TOKEN.findall(fold(" ".join(term.words)))
    if not tokens:
        return None
    body = r"[\W_]+".join(_token_pattern(token, variants) for token in tokens)
    at_word_start = r"(?<![^\W_][\s\S]{%d})" % len(tokens[0])
    first, _, rest = body.partition(r"[\W_]+")
    tail = (r"[\W_]+" + rest) if rest else ""
    return first + at_word_start + tail + (r"[^\W_]*" if term.prefix else r"(?![^\W_])")


def match_spans(text: str, terms: list[SearchTerm], limit: int = 500) -> Iterator[tuple[int, int]]:
    """(start, end) of each place in ``text`` that ``terms`` match, in text
    order, at most ``limit`` of them: whole words, phrases spanning their
    words, prefixes covering the word they begin."""
    if limit <= 0:
        return
    lowered = text.lower()
    variants = _accented(lowered)
    parts = [p for p in (_term_pattern(term, variants) for term in terms) if p]
    if not parts:
        return
    if len(lowered) == len(text):  # offsets still fit: the fast, case-exact search
        found = re.compile("|".join(parts)).finditer(lowered)
    else:  # a letter whose lower case is longer (rare): let the pattern ignore case
        found = re.compile("|".join(parts), re.IGNORECASE).finditer(text)
    for count, match in enumerate(found):
        if count >= limit:
            return
        yield match.span()


__all__ = ["MIN_TYPING_PREFIX", "SearchTerm", "fold", "match_spans", "search_terms"]
