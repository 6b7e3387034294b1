"""A name written only before a plural word for bodies is a kind of body.

"Some 50 Civil Society organisations signed", "Residents Association
groups met": a capitalised phrase each of whose mentions stands right
before "organisations", "groups" or "bodies" (or "Groups", when a page
capitalises the phrase's noun: "Welfare and Campaign Groups meet") describes
the bodies that follow, it names none of them. A body's name is written on its own
somewhere, or before a singular noun ("the Ostland Tenants Union
office"). Acronyms are left alone: they are read by their own rules.
"""

from __future__ import annotations

import re

from .organisation_names import FoundOrganisation

_PLURAL_BODIES_AFTER = re.compile(r"[ \t]+(?:[Oo]rgani[sz]ations|[Gg]roups|[Bb]odies)\b")


def describes_bodies(org: FoundOrganisation, text: str) -> bool:
    """Whether every mention of ``org``, a name of two words or more, is
    followed by a plural word for bodies (see the module docstring)."""
    if org.defined or org.acronym or " " not in org.name or not org.mentions:
        return False
    return all(_PLURAL_BODIES_AFTER.match(text, end) for _, end in org.mentions)
