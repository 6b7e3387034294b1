"""An embedded post's signature: "— City Radio (@cityradio) June 3, 2019".

Pages quote social-media posts with the poster's name, handle and the day
they posted. That day is neither the page's publication nor an event of its
own (as an event it only repeated the post's signature as a title): the
post is evidence about the story, dated by its poster.
"""

from __future__ import annotations

import re

__all__ = ["signs_a_post"]

_SIGNATURE_BEFORE = re.compile(r"\(@\w{1,30}\)[ \t]*$")
_LOOK_BACK = 36


def signs_a_post(text: str, date_start: int) -> bool:
    """Whether the date starting at ``date_start`` follows a "(@handle)"."""
    if date_start < 3 or text.rfind("(@", max(0, date_start - _LOOK_BACK), date_start) == -1:
        return False
    return _SIGNATURE_BEFORE.search(text, max(0, date_start - _LOOK_BACK), date_start) is not None
