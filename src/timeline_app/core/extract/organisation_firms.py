"""Large companies that movements strike against, picket or protest at.

Climate actions target banks and oil firms ("blocked the doors of
Citibank"), strikes name carriers and carmakers ("UPS and Verizon workers",
"General Motors"), and their names carry no organisational word: a bare
capitalised word or two is as often a person or a place. So the best-known
of them are a short list from public facts, written as they brand themselves
and as the press spells them. Names that are also ordinary words, people,
places or shapes are left out ("Shell", "Amazon", "Apple", "Ford", "Total",
"Adani", "Santander", "Morgan Stanley", "Chevron", "Toyota"), and so are the
platforms pages are shared on ("Facebook", "Twitter"): a page that says
"posted on Facebook" names no body it writes about.
"""

from __future__ import annotations

import re

from .given_names import GIVEN_NAMES
from .listed_names import ListedNames
from .person_cues import TITLES

__all__ = ["FIRMS", "named_firms"]

FIRMS = frozenset((
    # banks and funds
    "Barclays", "BlackRock", "Citibank", "Citigroup", "Goldman Sachs", "HSBC", "JPMorgan Chase", "JPMorgan",
    "JP Morgan", "NatWest", "Standard Chartered", "Wells Fargo", "Credit Suisse",
    # oil, gas, coal and mining
    "ConocoPhillips", "ExxonMobil", "Exxon Mobil", "TotalEnergies", "Equinor", "Gazprom", "Glencore",
    "Rio Tinto", "Enbridge", "Petrobras", "Saudi Aramco", "Ineos",
    # makers
    "General Motors", "Ford Motor Company", "Ford Motor", "Stellantis", "Volkswagen", "Airbus",
    "Rolls-Royce",
    # carriers, couriers and telephone companies
    "UPS", "FedEx", "DHL", "Purolator", "Verizon", "AT&T", "Deliveroo", "Uber", "Lyft", "DoorDash",
    # shops, food and drink
    "Walmart", "Tesco", "Sainsbury's", "Sainsbury’s", "Asda", "Morrisons", "Primark", "McDonald's", "McDonald’s",
    "Coca-Cola", "PepsiCo", "Nestlé", "Nestle", "Unilever", "Woolworths", "Dunnes Stores", "Marks & Spencer",
    "Marks and Spencer", "Sports Direct", "Aldi", "Lidl", "IKEA", "Shoprite", "Pick n Pay", "Kroger", "Safeway",
    "Whole Foods", "Stop & Shop", "Starbucks", "Taco Bell", "Levi Strauss",  # ("a pair of Levi's": jeans)
    # national telephone and oil companies of the pages' countries
    "Bell Canada", "Petrotrin",
    # health systems
    "Kaiser Permanente", "Sutter Health", "Allina Health",
))
# Not inside a longer word or name: a capital after it makes another body or a place ("Wells Fargo Center",
# "Barclays Premier League", "Wells Fargo & Company"), a hyphen a compound ("Uber-style"); after "a" or "an"
# it is a thing the firm makes or sells ("drove a Rolls-Royce", "took an Uber").
_FIRMS = ListedNames(FIRMS, r"(?<![\w'’&.-])(?<!\ba )(?<!\ban )", r"(?![\w&-]|[ \t]+(?:[A-Z0-9]|&))")
# A given name or a title right before it makes it a surname ("Jane Morrisons", "Maria Uber", "Dr Lyft").
_WORD_BEFORE = re.compile(r"(?P<word>[A-Z][\w'’-]*)\.?[ \t]+$")
_WORD_CHARS = 30


def named_firms(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each listed company a page names."""
    if not _FIRMS.named_in(text):
        return []
    return [(match.group(), match.start(), match.end()) for match in _FIRMS.finditer(text)
            if not _a_surname(text, match.start())]


def _a_surname(text: str, start: int) -> bool:
    """Whether a given name or a person's title stands right before ``start``."""
    before = _WORD_BEFORE.search(text, max(0, start - _WORD_CHARS), start)
    return before is not None and (before["word"] in GIVEN_NAMES or before["word"] in TITLES)
