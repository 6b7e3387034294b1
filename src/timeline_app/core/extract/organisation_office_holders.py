"""A name made of an office in the plural names the people who hold it, not a body.

"The council is made up of the Branch Secretaries and Ward Chairpersons", "a letter to the Deans and Provosts
of Ostland Universities": the capitals make a run look like a name, but the run counts people by their
post. A body's own organ keeps its head word ("Council of Presidents", "Board of Directors", "Change Team
Co-Leads", "Conference of Mayors" stay for their own rules), and so does a body named for its members' offices
("the Lecturers and Researchers Union", "the Heads and Deputies Association of Lakeland": a head word before any
"of"). A name the page calls a body right after it ("Kea Holm Organisers, a migrant workers' collective", "the
Speakers of Lakeland, a debating society") is one.
"""

from __future__ import annotations

from collections.abc import Iterable

from .organisation_context import called_a_body_after
from .organisation_names import HEADS, ROLE_WORDS


def names_office_holders(words: list[str], text: str, mentions: Iterable[tuple[int, int]]) -> bool:
    """Whether a name's ``words`` end with a plural office and hold no head word nor "of" ("Ward Chairpersons"),
    or open with one before "and" or "of" and hold no head word before any "of" ("Deans and Provosts of ...");
    not when ``text`` calls the name a body right after one of its ``mentions`` (start, end)."""
    if len(words) < 2:
        return False
    ends_with_one = _plural_office(words[-1]) and HEADS.isdisjoint(words[:-1]) and "of" not in words
    opens_with_one = words[1] in ("and", "of") and _plural_office(words[0]) and \
        HEADS.isdisjoint(words[: words.index("of")] if "of" in words else words)
    # not "Conference of Mayors", "the Lecturers and Researchers Union": bodies of office holders
    return (ends_with_one or opens_with_one) and not any(called_a_body_after(text, end) for _, end in mentions)


def _plural_office(word: str) -> bool:
    """"Chairpersons", "Secretaries": a word of ``ROLE_WORDS`` in the plural."""
    low = word.lower()
    if not low.endswith("s") or low.endswith("ss"):
        return False
    return (low[:-3] + "y" if low.endswith("ies") else low[:-1]) in ROLE_WORDS
