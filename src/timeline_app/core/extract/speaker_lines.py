"""A media advisory's speakers, listed one per line as "Name, Office, Body".

"Ama Lindqvist, Vice President, Lakeland Federation of Labour": the office
between the two commas is the cue both ways, the name before it a person's
(even by initials: "RM Kennedy"), the body after it an organisation though
the line is title case. People and organisations read the same shape.
"""

from __future__ import annotations

from collections.abc import Callable

#: The name of two to four words (a bar or bullet may open the line), then one to five words of office, each
#: after a comma: what opens a speaker's line up to the body.
NAME_AND_OFFICE = (r"[|•*-]?[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}),[ \t]+"
                   r"(?P<office>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4}),")


def holds_office(office: str, is_role_word: Callable[[str], bool]) -> bool:
    """Whether the words between the commas end on an office ("Division Chair", "Campaign Lead")."""
    last = office.split()[-1]
    return is_role_word(last) or last.lower() == "lead"
