"""A name made of an office in the plural names the people who hold it, not a body.

"The council is made up of the Branch Secretaries and Ward Chairpersons", "a letter to the Deans and Provosts
of Ostland Universities": the capitals make a run look like a name, but the run counts people by their
post. A body's own organ keeps its head word ("Council of Presidents", "Board of Directors", "Change Team
Co-Leads", "Conference of Mayors" stay for their own rules).
"""

from __future__ import annotations

from .organisation_names import HEADS, ROLE_WORDS


def names_office_holders(words: list[str]) -> bool:
    """Whether a name's ``words`` end with a plural office and hold no head word nor "of" ("Ward Chairpersons"),
    or open with one before "and" or "of" ("Deans and Provosts of ...")."""
    if len(words) < 2:
        return False
    if _plural_office(words[-1]) and HEADS.isdisjoint(words[:-1]) and "of" not in words:
        return True  # not "Conference of Mayors": a body of office holders
    return words[1] in ("and", "of") and _plural_office(words[0])


def _plural_office(word: str) -> bool:
    """"Chairpersons", "Secretaries": a word of ``ROLE_WORDS`` in the plural."""
    low = word.lower()
    if not low.endswith("s") or low.endswith("ss"):
        return False
    return (low[:-3] + "y" if low.endswith("ies") else low[:-1]) in ROLE_WORDS
