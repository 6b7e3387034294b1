"""A single body given as an example of its kind: "newspapers like the
Daily Telegraph", "groups such as Harbour Action", "companies including
Serco".

``organisation_forms.listed_after_kind`` reads such frames when they list
two bodies or more; one example alone is as plainly a body of the kind
named, so long as the name stops where the capitals stop.
"""

from __future__ import annotations

import re

from .organisation_names import NOT_ORGANISATIONS, is_sentence_noise
from .prefilter import literal_starts

_KINDS = ("newspapers", "tabloids", "companies", "corporations", "firms", "charities", "unions", "groups",
          "organisations", "organizations")
_EXAMPLE = re.compile(rf"(?:{'|'.join(_KINDS)})"  # the kinds above, each after its literal start
                      r",?[ \t]+(?:such[ \t]+as|like|including)[ \t]+(?:the[ \t]+)?"
                      r"(?P<name>[A-Z][\w&'’-]*(?:[ \t]+(?:(?:of|for|&)[ \t]+)?[A-Z][\w&'’-]*){0,4}+)"
                      r"(?![ \t]+(?:and|&|of|for|the|[A-Z])\b|[\w'’-]|,[ \t]+[A-Z])")  # never part of a longer name or list


def single_examples(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each lone example after a kind of body."""
    found = []
    for at in literal_starts(text, _KINDS):
        match = _EXAMPLE.match(text, at)
        if match and not is_sentence_noise(match["name"].split()[0]) and match["name"] not in NOT_ORGANISATIONS:
            found.append((match["name"], match.start("name"), match.end("name")))
    return found
