"""A contact block's person: a name opening its line, perhaps with what
they are after a comma ("Name, Communications Officer"), and a phone
number or an e-mail address opening the next line.

Press releases end with such blocks ("For further information, please
contact:" then name and number lines); the description after the comma
need hold no role word ("Name, CUPE Communications"), since the number
below is the cue. A media advisory lists its speakers one per line as
"Name, Office, Body" ("RM Kennedy, Division Chair, X Union"): the office
between two commas is the cue, so the name may be initials and a surname.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .person_comma_lines import comma_lines
from .speaker_lines import NAME_AND_OFFICE, holds_office

# The next line opens with a number or an address, perhaps after a label ("Tel:", "E:").
_NUMBER_LINE = re.compile(
    r"\n[ \t]*(?:(?:tel|phone|mobile|cell|mob|t|m|e|email|e-mail)\b[ \t]*(?:[.:][ \t]*)?)?"
    r"(?:\+?\(?\d[\d \t().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+)",
    re.IGNORECASE,
)
# After the name on its line: nothing, or a comma and a short description (no sentence in it).
_REST = re.compile(r"[ \t]*(?:,[ \t]*[^\n.!?;:]{1,70}(?:\.[^\n.!?;: ][^\n!?;:]{0,40})?)?[ \t]*")


def opens_contact_lines(text: str, start: int, end: int, desk_words: frozenset[str]) -> bool:
    """Whether the name at text[start:end] opens a contact block's line and
    a number or an address opens the next (see the module docstring); a
    desk's name ("Student Services") is none."""
    if start and text[start - 1] != "\n":
        return False
    line_end = text.find("\n", end)
    if line_end == -1 or not _REST.fullmatch(text, end, line_end):
        return False
    return _NUMBER_LINE.match(text, line_end) is not None and desk_words.isdisjoint(text[start:end].split())


# "Name, Office, Body" filling its line (``speaker_lines``): two commas, no more.
_SPEAKER_LINE = re.compile(rf"{NAME_AND_OFFICE}[ \t]+[A-Z][^\n,]{{2,80}}")


def speakers_on_lines(text: str, name_ok: Callable[[list[str]], bool],
                      is_role_word: Callable[[str], bool]) -> list[tuple[str, int]]:
    """(name, offset) of each speaker listed as "Name, Office, Body" on a line of its own."""
    found = []
    for at, text_line, commas in comma_lines(text):  # (only a line of two commas is read by the pattern)
        if commas == 2 and (line := _SPEAKER_LINE.fullmatch(text_line)) and \
                holds_office(line["office"], is_role_word) and name_ok(line["name"].split()):
            found.append((line["name"], at + line.start("name")))
    return found
