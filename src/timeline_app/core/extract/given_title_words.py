"""Title words that are also given names, read as given names after an
office: in "Students' Union President Dean Kenny" the office is
"President", and a second office right after it would be odd, so "Dean"
opens the name."""

from __future__ import annotations

from collections.abc import Callable

_GIVEN_TITLES = frozenset("Dean Earl".split())


def given_name_after_office(words: list[str], cut: int, is_role_word: Callable[[str], bool]) -> bool:
    """Whether ``words[cut - 1]``, cut off as a title, is the given name of
    a one- or two-word rest after an office word."""
    return cut >= 2 and words[cut - 1] in _GIVEN_TITLES and 1 <= len(words) - cut <= 2 and \
        is_role_word(words[cut - 2])
