"""A name with a nickname in quotes between the given name and the surname
('Police Chief Ronald "Bato" Dela Rosa', as Philippine and other news
write politicians' and officers' names).

The quotes part the capitalised run, so neither half is two name words on
its own. After an office or title, the whole name, nickname and all, is
one person, kept as the text spells it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .name_tokens import NAME_TOKEN, NEXT_TOKEN

_NICKNAMED = re.compile(
    rf"(?<![\w'’-])(?P<name>{NAME_TOKEN}[ \t]+[\"“][A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[\"”][ \t]+{NAME_TOKEN}(?:{NEXT_TOKEN})?)"
    r"(?![\w'’-])"
)


def nicknamed_people(text: str, is_role_word: Callable[[str], bool]) -> list[tuple[str, int]]:
    """(name, offset) of each name holding a quoted nickname right after an
    office or title ("Chief", "Senator")."""
    if "\"" not in text and "“" not in text:
        return []
    found: list[tuple[str, int]] = []
    for match in _NICKNAMED.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()].split()
        if before and is_role_word(before[-1]):
            found.append((match["name"], match.start()))
    return found
