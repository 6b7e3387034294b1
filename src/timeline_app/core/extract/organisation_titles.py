"""Capitalised runs that title something a body does rather than name a body.

A head word makes a run look like a body ("Cost of College", "Cost of
Survival Campaign"), but a reader sees two shapes that say it is the title
of an activity:

* the run stands in quotation marks and is followed by the kind of thing it
  titles ("the USI's 'Cost of X' campaign", "the “Fair Fees for All”
  petition"): bodies are named plainly, titles are quoted;
* a campaign is launched ("NUS launches Cost of Living Campaign", "has
  launched the X Campaign"): a body is founded or formed, a campaign is
  what a body launches.
"""

from __future__ import annotations

import re

_OPENING_QUOTES = "‘“'\""
_CLOSING_QUOTE_THEN_TITLED = re.compile(
    r"[’”'\"]?[ \t]+(?:campaign|slogan|banner|motto|petition|report|document|letter|policy|programme|program|"
    r"scheme|initiative|event|day|week|march|rally|protest|hashtag|motion|bill|manifesto)s?\b"
)
_LAUNCHED_BEFORE = re.compile(r"\blaunch(?:es|ed|ing)?[ \t]+(?:(?:the|a|an|its|their|our|his|her)[ \t]+)?$")


def titles_an_activity(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the run ``text[start:end]`` (its ``words``) titles a
    campaign, a petition or the like (see the module docstring)."""
    if start and text[start - 1] in _OPENING_QUOTES and _CLOSING_QUOTE_THEN_TITLED.match(text, end):
        return True  # the closing quote may end the run itself ("College’"): it reads like a possessive
    return "Campaign" in words and _LAUNCHED_BEFORE.search(text, max(0, start - 30), start) is not None
