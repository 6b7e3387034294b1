"""Lines of a page's contact block, never its headline.

A saved page often opens with where to reach its writers: an address's label
("Postal Address"), its post box, its town with a postcode ("Harbourton,
MA 02124"), a telephone or fax line, or a prompt naming a mail address
("Send greetings to the branch at jo@example.org"). Taken as
the headline, such a line became the main event's title and its words were
weighed as the headline's kind; a headline names what happened, and holds no
mail address or postcode.
"""

from __future__ import annotations

import re

__all__ = ["is_contact_line"]

# An address's label alone: "Postal Address", "Our address:", "Head Office".
_ADDRESS_LABEL = re.compile(r"(?:(?:physical|postal|mailing|street|office|registered|our|contact)[ \t]+)?"
                            r"address(?:es)?|head[ \t]+office|contact[ \t]+(?:us|details|information)",
                            re.IGNORECASE)
# A post box, a telephone's or a fax's line: "P.O. Box 4471", "Tel: (020) 555 0101".
_BOX_OR_PHONE = re.compile(r"(?:p\.?[ \t]?o\.?[ \t]+box|private[ \t]+bag)[ \t.:]*\d|"
                           r"(?:tel(?:ephone)?|phone|fax|mobile|cell)[ \t.]*:[ \t]*[+(]?\d", re.IGNORECASE)
# A town with its state and postcode: "Harbourton, MA 02130".
_TOWN_AND_POSTCODE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3},[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?")
# A mail address, or the words a saved page shows in place of a hidden one.
_MAIL_ADDRESS = re.compile(r"[\w.+-]@[\w-]+\.[A-Za-z]|\[email[ \t]+protected\]", re.IGNORECASE)
# Contact lines are short; a longer line is body text.
_CONTACT_CHARS = 160


def is_contact_line(text: str) -> bool:
    """Whether ``text`` is a line of a contact block: an address's label, a post box, a telephone or
    fax, a town with its postcode, or a line holding a mail address."""
    text = text.strip()
    if len(text) > _CONTACT_CHARS:
        return False
    if ("@" in text or "[email" in text) and _MAIL_ADDRESS.search(text):
        return True
    return bool(_ADDRESS_LABEL.fullmatch(text.rstrip(":").rstrip()) or _BOX_OR_PHONE.match(text)
                or _TOWN_AND_POSTCODE.fullmatch(text))
