"""No person under a name the page goes on with as a thing's.

A name-shaped run with no office beside it ("Westbrook Dunmore said ...") may be a firm's, a band's or a
party's; where the page goes on after the name with ", which", it tells of a thing, as ", who" tells of a
person. Such a name, opening with no known given name, is a body's and not a person's; a name with an office
stays (the clause may tell of what the office belongs to), and so does one after "by", "of" and the like ("a
report by Kea Holm, which came out in May": the report is the thing).
"""

from __future__ import annotations

from .given_names import GIVEN_NAMES
from .people import PeopleResult

_WHICH = ", which "
_NAME_CHARS = 80  # how far before the comma a name is read
# Words after which ", which" may tell of what the name's person made or holds ("a report by Kea Holm, which ...").
_OWNED_BY = frozenset("by of from for with about under".split())


def without_which_names(text: str, people: PeopleResult) -> PeopleResult:
    """``people`` less those without a role or a given name that the page writes before ", which"."""
    if _WHICH not in text or not people.people:
        return people
    loose = {p.name for p in people.people if p.role is None and p.name.split()[0] not in GIVEN_NAMES}
    dropped = set()
    at = text.find(_WHICH)
    while at != -1 and loose:
        # the name's words right before the comma (a name holds at most four)
        words = text[max(0, at - _NAME_CHARS):at].split()[-5:]
        dropped |= {name for i in range(len(words)) if (name := " ".join(words[i:])) in loose and
                    (words[i - 1] if i else "") not in _OWNED_BY}
        at = text.find(_WHICH, at + 1)
    if not dropped:
        return people
    return PeopleResult(tuple(p for p in people.people if p.name not in dropped),
                        tuple(m for m in people.mentions if m.name not in dropped))
