"""Universities a page names by a short name that owns an academic office or people.

"Westbrook's provost", "Arlen’s graduate students", "Harrow's campus": only
a university or college has a provost, a chancellor, trustees, a faculty,
undergraduates or a campus, so the short name before the possessive is the
institution, not its town (round 15b). "Administration" and "president"
stay out: a government or a country has those too.
"""

from __future__ import annotations

import re

from .given_names import GIVEN_NAMES
from .prefilter import literal_starts

_OWNED = re.compile(r"s[ \t]+(?:[a-z]+[ \t]+)?(?:provost|chancellor|vice-chancellor|board[ \t]+of[ \t]+trustees|"
                    r"trustees|faculty|graduate[ \t]+students|undergraduates|campus|campuses|alumni)(?![\w'’-])")
_OWNER = re.compile(r"(?<![\w'’&.-])[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?$")


def possessive_hosts(text: str) -> list[tuple[str, int, int]]:
    """(short name, start, end) of each capitalised name owning a university's office or people."""
    found = []
    for at in literal_starts(text, ("'s ", "’s ")):
        if not _OWNED.match(text, at + 1):
            continue
        owner = _OWNER.search(text, max(0, at - 30), at)
        if owner and owner.group().split()[0] not in GIVEN_NAMES:
            found.append((owner.group(), owner.start(), owner.end()))
    return found
