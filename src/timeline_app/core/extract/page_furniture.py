"""Lines of a saved web page that are its furniture, never its headline.

A date standing alone ("February 21, 2012", "Wednesday, May 18, 2022"), a
section trail ("News / Canada"), a download prompt ("Click here for a PDF
version of this bulletin"), an image's text ("A greyscale photo of a crowd
..."): taken as the headline they became the main
event's title and weighed as the headline's kind words.
"""

from __future__ import annotations

import re

__all__ = ["is_page_furniture"]

_DATE_WORD = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|"
              r"june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|st|nd|rd|th|am|pm|at)")
_DATE_ONLY = re.compile(rf"^[\W\d_]*(?:{_DATE_WORD}\b[\W\d_]*)+$", re.IGNORECASE)
_TRAIL_PART = r"[A-Za-z&'’-]+(?:[ \t][A-Za-z&'’-]+){0,2}"
_SECTION_TRAIL = re.compile(rf"^{_TRAIL_PART}(?:[ \t]*[/›»>][ \t]*{_TRAIL_PART}){{1,4}}$")
# An image's text read out: "A greyscale photo of a crowd ...".
_IMAGE_TEXT = re.compile(r"^(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,3}(?:photo|photograph|image|picture|illustration|"
                         r"screenshot|still)s?[ \t]+(?:of|shows|showing)\b", re.IGNORECASE)
_PROMPT = re.compile(r"^(?:click|tap)[ \t]+here\b|^(?:view|download|print)[ \t]+(?:the[ \t]+|this[ \t]+)?(?:pdf|page)\b",
                     re.IGNORECASE)


def is_page_furniture(line: str) -> bool:
    """Whether a line is a bare date, a section trail, a download prompt or
    an image's text."""
    return bool(_DATE_ONLY.match(line) or _SECTION_TRAIL.match(line) or _PROMPT.match(line)
                or _IMAGE_TEXT.match(line))
