"""Bodies known by a short list of names from public facts, found as written.

Train operators and large companies (``organisation_rail``,
``organisation_firms``) carry no organisational word, so each is a list. The
names are one alternation, longest first, so that no name is cut to a
shorter one it begins with; the full pattern, with the look-arounds that tell
a name from a longer one, is run only on a page where a plain search of the
names finds one (most pages name none).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .literal_trie import alternation

__all__ = ["ListedNames"]


class ListedNames:
    """``names`` matched between the look-behind ``before`` and the look-ahead ``after``."""

    def __init__(self, names: Iterable[str], before: str, after: str) -> None:
        branches = alternation(sorted(names, key=len, reverse=True))
        self._any = re.compile(branches)
        self._pattern = re.compile(f"{before}(?:{branches}){after}")

    def named_in(self, text: str) -> bool:
        """Whether any of the names stands in ``text`` at all, in any surroundings."""
        return self._any.search(text) is not None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The names in ``text`` where the look-arounds allow them."""
        return self._pattern.finditer(text)
