"""A rally held in solidarity with a strike, told as the news, is a protest.

A strike's supporters "stood in solidarity with the striking porters" and
held "a solidarity march" to the hospital: the page reports the march, though
every sentence names the strike it backs. When the opening (the headline and
its first sentences) names a rally held in solidarity, by no staff named
before it in its sentence (strikers who rally behind their own strike are on
it), and the opening states no act of striking itself (``lede_action``), the
report is of a protest. Support alone is no cue: a union rallies "in support
of" its own claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lede_act_readings import STAFF

__all__ = ["rallies_behind_strike"]

_GATHERINGS = r"rally|rallies|demonstration|demonstrations|vigil|vigils"
# "a solidarity march", "the solidarity rally"; or a rally, a march or a gathering held in solidarity, within the
# same clause ("marched in solidarity with the cleaners"; a march in lower case there, not the month: "Since March,
# in solidarity with").
_BACKING_RALLY = re.compile(r"\bsolidarity[ \t]+(?:march|marches|" + _GATHERINGS + r")\b|"
                            r"\b(?:(?-i:march|marches)|" + _GATHERINGS + r"|marched|rallied|gathered)\b"
                            r"[^.;:!?]{0,80}?\bin[ \t]+solidarity[ \t]+with\b", re.IGNORECASE)


def rallies_behind_strike(opening: Sequence[str]) -> bool:
    """Whether the ``opening`` texts name a rally or a march held in solidarity, with no staff named before it in
    its text."""
    for text in opening:
        if "olidarity" not in text:
            continue
        match = _BACKING_RALLY.search(text)
        if match is not None and not STAFF.search(text, 0, match.start()):
            return True
    return False
