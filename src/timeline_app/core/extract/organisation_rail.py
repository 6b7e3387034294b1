"""Britain's and Ireland's train and bus operators, named in every rail or bus strike report.

A rail dispute's reports list the operators whose staff were balloted or
whose services stop ("Avanti West Coast, c2c, Greater Anglia ..."). Their
names carry no organisational word, and "Railway" cannot be made one: it
names lines, stations, roads and museums as often as companies. So the
operators are a short list from public facts, written as they brand
themselves and as the press spells them. Names that are also ordinary words
or other places' names are left out ("Northern", "Southern", "Grand
Central", "Great Northern", "Island Line"), as are lines that are no
company ("the Elizabeth line").
"""

from __future__ import annotations

from .listed_names import ListedNames

# Each operator as it is spelt: stored as written, as any other name ("LNER" and "London North Eastern
# Railway" are linked as an acronym and its expansion are, where the page says so).
RAIL_OPERATORS = frozenset((
    "Avanti West Coast", "c2c", "Caledonian Sleeper", "Chiltern Railways", "CrossCountry", "Cross Country Trains",
    "East Midlands Railway", "Gatwick Express", "Great Western Railway", "Greater Anglia", "Heathrow Express",
    "Hull Trains", "London North Eastern Railway", "LNER", "London Northwestern Railway", "Merseyrail",
    "Northern Trains", "ScotRail", "Southeastern", "South Eastern Railway", "South Western Railway",
    "Stansted Express", "Thameslink", "Govia Thameslink Railway", "Govia Thameslink", "TransPennine Express",
    "Transpennine Express", "Transport for Wales", "West Midlands Trains", "West Midlands Railway",
    # the track's owner and London's transport body, named in the same disputes; Ireland's rail and bus companies
    "Network Rail", "Transport for London", "Iarnród Éireann", "Irish Rail", "Bus Éireann",
))
# (A capital after it makes another name or a place: "Southeastern University", "Southeastern US", "the Greater
# Anglia region".)
_OPERATORS = ListedNames(RAIL_OPERATORS, r"(?<![\w'’&-])",
                         r"(?![\w&-]|[ \t]+(?:[A-Z]|(?:region|area|regions|areas)\b))")
# A page about the railway (or the buses) says so: "Greater Anglia" is also a region, "Southeastern" a direction.
_RAIL_WORDS = ("rail", "Rail", "train", "Train", "bus", "Bus", "RMT", "Aslef", "ASLEF", "TSSA", "NBRU")


def rail_operators(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each operator a page about the railway or the buses names."""
    if not _OPERATORS.named_in(text) or not any(word in text for word in _RAIL_WORDS):
        return []
    return [(match.group(), match.start(), match.end()) for match in _OPERATORS.finditer(text)]
