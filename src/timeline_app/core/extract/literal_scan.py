"""Where any of many literals begins in a short text, in one regex pass.

``prefilter.literal_starts`` calls ``str.find`` once per literal (and again
per hit). On a whole document that is the fastest way, but on a sentence a
list of sixty-odd literals costs sixty-odd calls that each find little; a
zero-width look-ahead over the literals' factored alternation tries every
position of the sentence once instead, and reports the same offsets: a
position is reported exactly when some literal starts there.
"""

from __future__ import annotations

import re

from .literal_trie import alternation

# Texts shorter than this many characters per literal are scanned with the
# regex (measured: one position costs about as much as two literal finds'
# overhead on a short text).
SHORT_PER_LITERAL = 2

_compiled: dict[tuple[str, ...], re.Pattern[str]] = {}


def starts_by_regex(text: str, literals: tuple[str, ...]) -> list[int]:
    """Sorted offsets where any of ``literals`` (none empty) begins."""
    pattern = _compiled.get(literals)
    if pattern is None:
        longest_first = sorted(set(literals), key=len, reverse=True)
        pattern = _compiled[literals] = re.compile(f"(?=(?:{alternation(longest_first)}))")
    return [match.start() for match in pattern.finditer(text)]
