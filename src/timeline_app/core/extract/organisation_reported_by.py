"""An outlet named as a sentence's source after it: "..., Ostland Today reported."

A report that passes on another's news ends the sentence with a comma, the
source's name and "reported" (or "reports"), at most a day after it ("...
were held back, the Westbrook Courier reported on Tuesday."). The name need
carry no media word ("Ostland Today", an agency's letters), which
``organisation_media`` asks for (and reads these from here); the place says
it. Only that closing
clause counts: "X reported that ..." opens as often with a person, and so does
", X reports, ..." in a column's diary. A name whose first word is a given
name, a word the page also writes in lower case ("Officials") or a word that
opens sentences is no outlet.
"""

from __future__ import annotations

import re

from .given_names import GIVEN_NAMES
from .organisation_names import is_sentence_noise
from .page_words import lower_case_words
from .prefilter import literal_starts

# The source's name right before the verb: one to three capitalised words after a comma ("the" may open it).
_NAME_BEFORE = re.compile(r",[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][\w’'&.-]*(?:[ \t]+[A-Z][\w’'&.-]*){0,2})$")
_NAME_CHARS = 60
# The verb and what may close the sentence after it: a day or "earlier", then the full stop.
_VERB = re.compile(r" report(?:ed|s)(?:[ \t]+(?:on[ \t]+[A-Z][a-z]+day|yesterday|today|earlier|last[ \t]+week))?\.")


def outlets_reporting_after(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each outlet named in a clause ", X reported." closing a sentence."""
    found = []
    for at in literal_starts(text, (" report",)):
        if not _VERB.match(text, at):
            continue
        name = _NAME_BEFORE.search(text, max(0, at - _NAME_CHARS), at)
        if name and _may_be_an_outlet(text, name["name"]):
            found.append((name["name"], name.start("name"), at))
    return found


def _may_be_an_outlet(text: str, name: str) -> bool:
    """Whether ``name`` may be a source's name rather than a person or a common word."""
    words = name.split()
    first = words[0]
    if first in GIVEN_NAMES or is_sentence_noise(first):
        return False
    return not (len(words) == 1 and first.lower() in lower_case_words(text))
