"""A service named only by its field of work is a sector, not a body.

"Carers in the Health Service voted", "staff of the Fire and Rescue Services", "the Rescue Service
Manager": a "Service" whose every word before it says what work is done (health, fire, education, transport,
care) names a branch of public work, or an office within a title, never which body does it. A body that is a
service carries a word saying whose it is: a nation, a place, an owner or a code ("Ostland Education Service",
"National Rescue Service", "Westbrook Ambulance Service", "ABC Public Service"), and keeps it. So does a
field's service the page has speak or act as a body ("The Postal Service said on Monday", "the Fire and Rescue
Service announced"): pages write it for the one body that runs the field.
"""

from __future__ import annotations

from collections.abc import Iterable

from .organisation_employers import FIELDS_OF_WORK
from .organisation_speakers import speaks_after

# Fields of work (the employers' own first) and the levels of care they are given at; "Public", "Civil", "Police"
# and "Ambulance" are left out: pages write "the Public Service" or "the Ambulance Service" for one body as often as
# for a sector.
_FIELDS = FIELDS_OF_WORK | frozenset("""Medical Nursing Dental Fire Rescue Teaching Intermediate Primary Secondary
    Industrial Welfare""".split())
_JOINS = frozenset(("and", "&"))
#: The head of a service's name, one or many ("the Health Service", "the Fire and Rescue Services").
SERVICE_HEADS = ("Service", "Services")


def names_a_sector(words: list[str], text: str, mentions: Iterable[tuple[int, int]]) -> bool:
    """Whether the name's ``words`` are fields of work (joined by "and" or "&") before "Service" or "Services",
    and ``text`` has none of its ``mentions`` (start, end) speak or act."""
    if len(words) < 2 or words[-1] not in SERVICE_HEADS or words[0] not in _FIELDS:
        return False
    return all(word in _FIELDS or word in _JOINS for word in words[1:-1]) and \
        not any(speaks_after(text, end) for _, end in mentions)
