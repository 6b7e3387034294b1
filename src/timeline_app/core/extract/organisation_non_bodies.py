"""Names that a rule read as a body but that name an event, a document, a
building or a court.

A head-word run or a shape ends where the capitals end, so "the National
School Walkout", "a UCU Open Letter", "the Tuition and Other Fee Increase"
look like bodies. What a name ends with settles it: an action day, a
walkout, a letter or a rise is what a body does, never who acts. Words that
also end real groups' names ("Rent Strike", "Women's March", "...
Campaign", "... Fund") are not listed, nor "Scheme": a pension scheme is
a party to talks ("Universities Superannuation Scheme"). A meeting ("the
Students' Association AGM", "the Union OGM") is where a body decides, not
a body; an insurance ("National Health Insurance (NHI)") is a scheme a
movement asks for (its fund, "... Insurance Fund", is a body).

A name ending in "Centre" or "Center" is a building where students meet
or sit in ("Kimmel Center", "Admiralty Centre", "the Campus Center"); a
centre that is a body is named for its work ("Centre for Latin American
Studies") and keeps its head word before "for" or "of".

Courts are left out too: a court decides a dispute a movement brings (an
injunction, an appeal); like a parliament it is where something happens,
not one of the bodies that act, so "the National Industrial Court" is no
organisation of the event. A university's own "University Court" (its
governing body) stays.
"""

from __future__ import annotations

_EVENT_ENDINGS = frozenset("""Walkout Walkouts Letter Increase Increases Day Week Ballot Referendum Petition
    Centre Center AGM EGM OGM SGM Meeting Meetings Summit Insurance""".split())
_EVENT_INSIDE = (" Day of ", " Week of ")  # "National Day of Action for Education"


def names_no_body(name: str) -> bool:
    """Whether ``name``, found by a rule, names an event, a document, a
    building or a court rather than a body (see the module docstring)."""
    words = name.split()
    padded = f" {name} "
    if words[-1] in _EVENT_ENDINGS or any(map(padded.__contains__, _EVENT_INSIDE)):
        return True
    head = words[: words.index("of")] if "of" in words else words
    return head[-1:] == ["Court"] and head[-2:-1] != ["University"]
