"""Countries and world regions by their English names.

"Students from Leeds, Newcastle and Bristol" names three universities by
their towns, but "students from Syria, Iraq and Afghanistan" names three
countries. Which names are countries is a known, changing fact, so it is
read from the Unicode CLDR through babel (already installed with
trafilatura) rather than listed here; CLDR names the United Kingdom but
not its nations, which are added, nor a few territories named as
homelands ("Gaza", "Kashmir"), also added. The regions inside a country that
unions' branches are named by (states, provinces, the UK's nations) are
few and stable, and listed.
"""

from __future__ import annotations

import re
from functools import cache

from .date_order import US_STATES
from .literal_trie import alternation

_UK_NATIONS = ("Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland")
# Territories and regions named as homelands that CLDR does not list as its own entries
_TERRITORIES = ("Gaza", "West Bank", "Palestine", "Kashmir", "Tibet", "Kurdistan", "Xinjiang", "Crimea", "Donbas",
                "Darfur", "Catalonia", "Balochistan", "Khyber Pakhtunkhwa", "Punjab", "Sindh", "Gilgit-Baltistan")
# Canada's provinces and territories, in English and as Quebec writes its own name
_PROVINCES = frozenset(("Ontario", "Quebec", "Québec", "Nova Scotia", "New Brunswick", "Manitoba", "British Columbia",
                        "Prince Edward Island", "Saskatchewan", "Alberta", "Newfoundland and Labrador", "Yukon",
                        "Nunavut", "Northwest Territories"))
# "Myanmar (Burma)", "Hong Kong SAR China", "Congo - Kinshasa", "Bosnia & Herzegovina": each part is a place too
_PARTS = re.compile(r"[()&]| SAR | - ")


@cache
def _place_names() -> frozenset[str]:
    from babel import Locale  # (read once, when a list of towns first needs it: no cost at start-up)

    names = set(_UK_NATIONS + _TERRITORIES)
    for name in Locale("en").territories.values():
        names.add(name)
        names.update(part.strip() for part in _PARTS.split(name) if part.strip())
    return frozenset(names)


def is_place(name: str) -> bool:
    """Whether ``name`` is a country or a world region ("Chile", "Hong Kong", "Latin America")."""
    return name in _place_names()


_STATES_AND_NATIONS = frozenset(US_STATES) | _PROVINCES | frozenset(_UK_NATIONS)
#: The US states' postal codes, as a town's line gives them ("Chicago, IL").
US_STATE_CODES = frozenset(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC
    ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY""".split()
)
#: A US state, a Canadian province or territory, or a nation of the UK, after a blank: the regions a national
#: union's branches are named by ("SEIU Florida", "CUPE Nova Scotia", "NHS England").
STATE_OR_NATION_AFTER = re.compile(r"[ \t]+(?P<place>" + alternation(sorted(_STATES_AND_NATIONS, key=len, reverse=True))
                                   + r")(?![\w-])(?!['’](?!s\b))")


def is_state_or_nation(name: str) -> bool:
    """Whether ``name`` is a US state, a Canadian province or territory, or a nation of the UK."""
    return name in _STATES_AND_NATIONS


def names_a_region(name: str) -> bool:
    """Whether ``name`` is a country, a world region, a US state, a Canadian province or a UK nation: a
    place a town's name is not ("Students in Texas, Ohio and Florida", "Gaza hospital")."""
    return is_place(name) or is_state_or_nation(name)
