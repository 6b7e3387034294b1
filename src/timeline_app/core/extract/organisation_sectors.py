"""A service named only by its field of work is a sector, not a body.

"Carers in the Health Service voted", "staff of the Fire and Rescue Services", "the Rescue Service
Manager": a "Service" whose every word before it says what work is done (health, fire, education, transport,
care) names a branch of public work, or an office within a title, never which body does it. A body that is a
service carries a word saying whose it is: a nation, a place, an owner or a code ("Ostland Education Service",
"National Rescue Service", "Westbrook Ambulance Service", "ABC Public Service"), and keeps it.
"""

from __future__ import annotations

# Fields of work and the levels of care they are given at; "Public", "Civil", "Police" and "Ambulance" are left
# out: pages write "the Public Service" or "the Ambulance Service" for one body as often as for a sector.
_FIELDS = frozenset("""Health Healthcare Medical Nursing Dental Fire Rescue Education Educational Teaching Transport Bus
    Rail Care Intermediate Primary Secondary Industrial Hospital Postal Welfare""".split())
_JOINS = frozenset(("and", "&"))
_SERVICE = ("Service", "Services")


def names_a_sector(words: list[str]) -> bool:
    """Whether the name's ``words`` are fields of work (joined by "and" or "&") before "Service" or "Services"."""
    if len(words) < 2 or words[-1] not in _SERVICE or words[0] not in _FIELDS:
        return False
    return all(word in _FIELDS or word in _JOINS for word in words[1:-1])
