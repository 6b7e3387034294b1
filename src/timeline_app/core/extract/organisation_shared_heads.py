"""Bodies listed before one plural head word that each of them shares.

"Monash, Deakin, La Trobe and Federation universities" names four
universities; "Argyll and Bute, Moray and Shetland Islands councils" three
councils; "Cornwall Regional, May Pen and Mandeville Regional hospitals"
three hospitals. "Oxford and Cambridge colleges" are the colleges of two
universities, so colleges are not shared out.
"""

from __future__ import annotations

import re

from .organisation_names import HEADS, is_sentence_noise
from .prefilter import literal_starts

# Each plural head word and the singular every listed body takes.
_PLURAL_HEADS = {
    "universities": "University", "Universities": "University",
    "councils": "Council", "Councils": "Council",
    "hospitals": "Hospital", "Hospitals": "Hospital",
}
_CAP_WORD = r"[A-Z][a-z][\w'’-]*"
_ITEM = rf"{_CAP_WORD}(?:[ \t]+(?:of[ \t]+)?{_CAP_WORD}){{0,2}}"
_PLURAL = "|".join(sorted(_PLURAL_HEADS))
# A first item may hold its own "and" when a comma follows it: "Argyll and Bute, Moray and Orkney councils".
_SHARED_HEAD = re.compile(
    rf"(?P<items>{_ITEM}(?:[ \t]+and[ \t]+{_ITEM}(?=,))?(?:,[ \t]+{_ITEM})*,?[ \t]+(?:and|&)[ \t]+{_ITEM})"
    rf"[ \t]+(?P<plural>{_PLURAL})\b"
)
_COMMA = re.compile(r",[ \t]+")
_LAST_AND = re.compile(r"(?:^|[ \t]+)(?:and|&)[ \t]+")
_CAP_WORD_ENDING = re.compile(r"[A-Z][\w'’-]*[ \t]+$")


def shared_heads(text: str) -> list[tuple[str, int, int, str]]:
    """(name, start, end, surface) for each body of a list sharing a plural head."""
    if not any(plural in text for plural in ("niversities", "ouncils", "ospitals")):
        return []
    found = []
    for match in _shared_head_matches(text):
        head = _PLURAL_HEADS[match["plural"]]
        items = _items(match["items"], match.start("items"))
        if match["plural"][0].isupper() and (
                any(" " in item and HEADS.isdisjoint(item.split()) for item, _ in items) or
                _CAP_WORD_ENDING.search(text, max(0, match.start() - 30), match.start())):
            continue  # "Presidents of American Universities", "Association of Nigerian Universities": one name
        for number, (item, at) in enumerate(items):
            words = item.split()
            if is_sentence_noise(words[0]) and (number == 0 or len(words) == 1):
                continue  # "Yesterday Leeds"; a later item's first word opens no sentence ("Cornwall, May Pen and ...")
            if len(words) > 1 and not HEADS.isdisjoint(words):
                continue  # "University of Leeds and Bath universities": the named one stands ("Federation" is a name)
            found.append((f"{item} {head}", at, at + len(item), item))
    return found


def _shared_head_matches(text: str) -> list[re.Match[str]]:
    """``_SHARED_HEAD`` matches, searched only in the line before each
    plural head word."""
    matches: dict[int, re.Match[str]] = {}
    for at in literal_starts(text, tuple(_PLURAL_HEADS)):
        lo = max(text.rfind("\n", 0, at) + 1, at - 300)
        for match in _SHARED_HEAD.finditer(text, lo, at + len("universities")):  # the longest plural
            matches.setdefault(match.start(), match)
    return [matches[k] for k in sorted(matches)]


def _items(items: str, offset: int) -> list[tuple[str, int]]:
    """(item, offset) for each item of "A and B, C, D and E": the commas part
    the items, and only the last part's "and" (a serial comma's too)."""
    parts = _COMMA.split(items)
    pieces = parts[:-1] + _LAST_AND.split(parts[-1])
    result = []
    cursor = 0
    for piece in pieces:
        at = items.find(piece, cursor)
        cursor = at + len(piece)
        if piece:
            result.append((piece, offset + at))
    return result
