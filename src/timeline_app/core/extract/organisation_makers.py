"""Factories, carmakers and mines named by their trade's word: "Lakeland Garments", "Harbourton Motors".

Garment workers' protests name the factories whose workers walked out
("staff of Westbrook Apparels and Lakeland Fashion marched"), carmakers'
strikes name the maker ("the union at Harbourton Motor will strike"), and
miners' and millworkers' strikes the coal, steel or cement firm ("on strike
against Lakeland Met Coal"). The names hold no organisational word, and
without one a first word that is a given name reads as a person's name.
The trade's word, after one to three capitalised words, names the firm,
unless:

- a capital or an "and" goes on after it: "Harbourton Garments and Allied
  Workers Federation" is a union, "Premium Motor Spirit" a fuel, "Lakeland
  Fashion Week" an event;
- a word of the trade itself follows ("the Lakeland Apparel sector",
  "Milan Fashion designers");
- the words before it describe the goods: a style, a kind or a grade ("Fast
  Fashion", "an Outboard Motor factory", "Coking Coal", "Mild Steel", "Met
  Coal" alone) or a nation's adjective ("Bangladeshi Apparel").
"""

from __future__ import annotations

import re

from .nationalities import NATIONALITIES
from .organisation_names import trim_leading

__all__ = ["named_makers"]

# The trade's words; singular "Garment" and "Textile" open unions' and owners' names ("Garment Workers").
_TRADES = ("Motor", "Motors", "Garments", "Apparel", "Apparels", "Fashion", "Fashions", "Textiles", "Knitwear", "Coal",
           "Steel", "Cement")
# One to three capitalised words right before the trade's word (a name such as "Astra Honda"), read backwards.
_OWNER_BEFORE = re.compile(r"(?<![\w'’&.-])(?P<owner>(?:[A-Z][\w'’&-]*[ \t]+){1,3})$")
_OWNER_CHARS = 60
# What makes the trade's word part of something longer: a word's letters, a capital, a digit or "&"
# ("Motor Spirit", "Fashion Week", "Motor Co."), or "and" before a capital (a union's or an owners' name).
_GOES_ON = re.compile(r"[\w'’-]|[ \t]+(?:[A-Z0-9&]|and[ \t]+[A-Z])")
# ... unless another firm of a trade follows the "and" ("Harbourton Motors and Lakeland Motor").
_ANOTHER_AFTER = re.compile(r"[ \t]+and[ \t]+(?:[A-Z][\w'’&-]*[ \t]+){1,3}(?:" + "|".join(_TRADES) + r")(?![\w'’-])")
# A word of the trade after it: the name is the trade's or a kind of goods, not a firm's.
_TRADE_AFTER = re.compile(r"[ \t]+(?:sectors?|industry|industries|scene|exports?|exporters?|designers?|retailers?|"
                          r"brands?|shows?|weeks?|trade|markets?|houses?|engines?|vehicles?|"
                          r"magazines?|editors?|models?|lovers|shops?|stores?|boutiques?|"
                          # a coal or steel country's land ("Appalachian Coal country", "the Coal belt")
                          r"country|belt|basins?|seams?|regions?|fields?|reserves?|deposits?)\b")
# Words that say what kind of goods, not whose: a style or a kind.
_KINDS_OF_GOODS = frozenset("""Fast Slow Sustainable Ethical Modest Street Luxury Haute Vintage Designer Global
    Local Electric Outboard Diesel Petrol Used New Cheap Budget Children's Women's Men's Bridal Islamic
    Stainless Carbon Portland Hard Brown Clean Green Imported Big Coking Thermal Steam Mild Crude Raw Scrap
    Structural Galvanised Galvanized Rolled Alloy White Grey Black Soft Opencast Rapid Hardening Ordinary Masonry Slag
    Sheet Lump Coke""".split())
# A region's adjective ("Appalachian Coal country", "Patagonian Steel"): a place's goods, like a nation's.
_REGIONAL = re.compile(r"[A-Z][a-z]+(?:ian|ean)$")


def named_makers(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each firm ``text`` names by its trade's word."""
    found = []
    for trade in _TRADES:
        at = text.find(trade)
        while at != -1:
            end = at + len(trade)
            owner = _OWNER_BEFORE.search(text, max(0, at - _OWNER_CHARS), at)
            if owner is not None and (not _GOES_ON.match(text, end) or _ANOTHER_AFTER.match(text, end)) and \
                    not _TRADE_AFTER.match(text, end):
                words = trim_leading(owner["owner"].split())
                if words and not any(word in _KINDS_OF_GOODS or word in NATIONALITIES or _REGIONAL.match(word)
                                     for word in words) and \
                        words != ["Met"]:  # "Met Coal": metallurgical coal, a kind ("Harbourton Met Coal" is a firm)
                    found.append((" ".join(words + [trade]), text.find(words[0], owner.start()), end))
            at = text.find(trade, end)
    return found
