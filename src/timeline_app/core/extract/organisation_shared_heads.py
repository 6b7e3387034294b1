"""Bodies listed before one plural head word that each of them shares.

"Monash, Deakin, La Trobe and Federation universities" names four
universities; "Argyll and Bute, Moray and Shetland Islands councils" three
councils; "Harbourton Regional, Arlen and Lakeland General hospitals"
three hospitals. "Oxford and Cambridge colleges" are the colleges of two
universities, so colleges are not shared out.
"""

from __future__ import annotations

import re

from .line_bounds import line_start_within
from .nationalities import NATIONALITIES
from .organisation_known import KNOWN_MOVEMENT_BODIES
from .organisation_names import HEADS, is_sentence_noise
from .organisation_runs import CAPITAL_AFTER, CAPITALISED_WORD_BEFORE, LIST_ITEM
from .prefilter import literal_starts

# Each plural head word and the singular every listed body takes.
_PLURAL_HEADS = {
    "universities": "University", "Universities": "University",
    "councils": "Council", "Councils": "Council",
    "hospitals": "Hospital", "Hospitals": "Hospital",
}
_PLURAL = "|".join(sorted(_PLURAL_HEADS))
# A first item may hold its own "and" when a comma follows it: "Argyll and Bute, Moray and Orkney councils".
_SHARED_HEAD = re.compile(
    rf"(?P<items>{LIST_ITEM}(?:[ \t]+and[ \t]+{LIST_ITEM}(?=,))?(?:,[ \t]+{LIST_ITEM})*,?[ \t]+(?:and|&)[ \t]+{LIST_ITEM})"
    rf"[ \t]+(?P<plural>{_PLURAL})\b"
)
_COMMA = re.compile(r",[ \t]+")
_LAST_AND = re.compile(r"(?:^|[ \t]+)(?:and|&)[ \t]+")
# "Brighton and Hove and Lewes", "Newcastle upon Tyne and Gateshead": the list or a name began before
_JOINED_BEFORE = re.compile(r"\b(?:of|and|upon|under|on|le)[ \t]+$")
_AND = re.compile(r"(?<![^ \t])(?:and|&)(?=[ \t])")
_PLURALS = frozenset(_PLURAL_HEADS)
_CONTROLLED = ("-run", "-led", "-controlled")
# Words opening a sentence that the shared noise list leaves out ("Then Exeter and Plymouth councils").
_OPENERS = frozenset("Then Unlike Like Most Unless So Yet Still Now Thus Only Even Plus".split())
# A side or a region of councils or hospitals, said alone ("North and South Lanarkshire", "Mid and South Essex"),
# never one's whole name; "Western Isles" is one.
_SIDES = frozenset("""North South East West Inner Outer Mid Central Upper Lower Greater Northern Southern Eastern
    Western Islands Highlands""".split())
# Words that open a party's, a kind's or a tier's councils or hospitals, never one's own name.
_KINDS = frozenset("""Labour Tory Tories Conservative Liberal Democrat Lib Dem Green Independent Republican Reform
    Unionist Metropolitan District City County Borough Town Parish Community Regional General Federal State
    Private Public Catholic Protestant Rural Urban Teaching Local National Health Care Children's Children’s
    Maternity Mental Specialist Voluntary Big Small Major Minor Other Some Many All Both Parent Parents Teacher
    Teachers Student Students Staff Pupil Pupils Youth School Schools Faculty Works Trades""".split())


def shared_heads(text: str) -> list[tuple[str, int, int, str]]:
    """(name, start, end, surface) for each body of a list sharing a plural head."""
    if not any(plural in text for plural in ("niversities", "ouncils", "ospitals")):
        return []
    found = []
    for match in _shared_head_matches(text):
        head = _PLURAL_HEADS[match["plural"]]
        items = _items(match["items"], match.start("items"))
        if not _a_list_of_bodies(text, match, head, items):
            continue
        for number, (item, at) in enumerate(items):
            words = item.split()
            if is_sentence_noise(words[0]) and (number == 0 or len(words) == 1):
                continue  # "Yesterday Leeds"; a later item's first word opens no sentence ("Cornwall, May Pen and ...")
            if len(words) > 1 and not HEADS.isdisjoint(words):
                continue  # "University of Leeds and Bath universities": the named one stands ("Federation" is a name)
            found.append((f"{item} {head}", at, at + len(item), item))
    return found


def _a_list_of_bodies(text: str, match: re.Match[str], head: str, items: list[tuple[str, int]]) -> bool:
    """Whether the items before the plural are bodies' own names, not one
    longer name's words ("Association of Nigerian Universities"), kinds or
    sides ("Labour and Tory councils", "North and South Lanarkshire",
    "private and NHS hospitals") or towns whose hospitals are meant."""
    capitalised = match["plural"][0].isupper()
    if capitalised and (CAPITALISED_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start()) or
                        CAPITAL_AFTER.match(text, match.end())):
        return False  # "Presidents of American Universities", "Leeds and York Hospitals NHS Trust": one name
    if any(item in NATIONALITIES for item, _ in items):
        return False  # "Welsh and Scottish universities": kinds, not bodies
    if head == "University":
        return not capitalised or all(" " not in item for item, _ in items)
    if _JOINED_BEFORE.search(text, max(0, match.start() - 6), match.start()):
        return False  # "Federation of Private and Independent Hospitals", "Brighton and Hove and Lewes"
    if len(_AND.findall(_COMMA.split(match["items"])[-1])) > 1:
        return False  # "Perth and Kinross and Angus councils": where one name ends is unclear
    for number, (item, _) in enumerate(items):
        words = item.split()
        if words[0] in _KINDS or item in _SIDES or item in KNOWN_MOVEMENT_BODIES or \
                not _PLURALS.isdisjoint(words) or "of" in words or words[0].endswith(_CONTROLLED):
            return False  # "Friends of Leeds and York Hospitals", "Conservative-run Kent and Essex councils"
        if not HEADS.isdisjoint(words) and not (number == 0 and words[-1] in HEADS and len(items) > 2):
            return False  # "Brighton and Sussex University Hospitals"; not "X Hospital, Mercy and Unity Hospitals"
    # "Birmingham, Leeds and Manchester hospitals" are the cities' hospitals; "May Pen and Spanish Town" are named
    return head != "Hospital" or capitalised or all(" " in item for item, _ in items)


def _shared_head_matches(text: str) -> list[re.Match[str]]:
    """``_SHARED_HEAD`` matches, searched only in the line before each
    plural head word."""
    matches: dict[int, re.Match[str]] = {}
    for at in literal_starts(text, tuple(_PLURAL_HEADS)):
        lo = line_start_within(text, at, 300)
        for match in _SHARED_HEAD.finditer(text, lo, at + len("universities")):  # the longest plural
            matches.setdefault(match.start(), match)
    return [matches[k] for k in sorted(matches)]


def _items(items: str, offset: int) -> list[tuple[str, int]]:
    """(item, offset) for each item of "A and B, C, D and E": the commas part
    the items, and only the last part's "and" (a serial comma's too). Words
    that open a sentence are dropped from the first ("The Argyll and Bute",
    "In Kent")."""
    parts = _COMMA.split(items)
    pieces = parts[:-1] + _LAST_AND.split(parts[-1])
    result = []
    cursor = 0
    for piece in pieces:
        at = items.find(piece, cursor)
        cursor = at + len(piece)
        while not result and " " in piece and (is_sentence_noise(piece.split()[0]) or piece.split()[0] in _OPENERS):
            rest = piece.split(None, 1)[1]
            at += len(piece) - len(rest)
            piece = rest
        if piece:
            result.append((piece, offset + at))
    return result
