"""Photo captions: what a picture shows is not what the piece reports.

A caption ("San Francisco climate strike, March 15. (photo by ...)") and
the image's alternative text repeated just above it often date an earlier
event shown as an illustration; standing near the top, under the headline,
they would otherwise look like the lede. Their dates are left out of the
events (the body repeats a caption's date when the picture shows the event
itself).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .date_mentions import DateMention
from .offset_ranges import OffsetRanges
from .organisation_names import is_role_word
from .prefilter import literal_starts
from .sentences import Span
from .title_phrases import GLUED_DATE

__all__ = ["caption_ranges", "is_caption_line", "looks_back", "outside_ranges"]

_CAPTION = re.compile(
    r"\((?:photo|photograph|image|picture|credit|file photo)s?\b|"
    # ("... on July 9. Photo / George Novak": a slash after the word, as some papers credit)
    r"\b(?:photo|photograph|image|picture)s?(?:[ \t]+credit)?[ \t]*(?:by\b|:|\||/(?=[ \t]*[A-Z]))|\bcredit[ \t]*:",
    re.IGNORECASE,
)
# A photographer's name in capitals after a slash closes a caption with no
# "photo" word ("Students march in Harbourton on May 9, 2024/ALMA VESTRIK").
_CREDIT_TAIL = re.compile(r"/[ \t]*(?:[A-Z][A-Z'.-]+(?:[ \t]+[A-Z][A-Z'.-]+){1,3}|File\.?)[ \t]*$")
# A news agency closing a line at the top of the page credits the picture
# above the story ("... at the university, July 16, 2024. — Reuters",
# "... injured in the attack. (PTI)", "Jane Cruz, City News/File"); the same
# credit after the story's last paragraph closes the story, so only the
# opening lines are read (never the page's last one), and never a line that
# quotes someone.
_AGENCIES = ("Reuters", "AFP", "AP", "PTI", "ANI", "IANS", "Xinhua", "EPA", "Getty Images", "Bloomberg", "UNB")
_AGENCY_TAIL = re.compile(
    r"(?:[—–][ \t]*|[ \t]-[ \t]+|\()(?:" + "|".join(_AGENCIES) + r")(?:[ \t]+(?:Photo|Image|File))?\)?[ \t.]*$")
_AGENCY_ENDINGS = tuple(end for agency in _AGENCIES for end in (agency, agency + ")", agency + " Photo)",
                                                                  agency + " File)"))
_AGENCY_LINES = 6
_QUOTES = ('"', "“", "”")
_CAPTION_WORDS = ("photo", "image", "picture", "credit")
_GALLERY_MARK = re.compile(r"\((?:photos?|videos?|pictures?)(?:[ \t]*[/&+,][ \t]*(?:photos?|videos?|pictures?))*\)[ \t]*$",
                           re.IGNORECASE)
# "In pictures: Thousands march …", "Photos: Students occupy …": a gallery's headline, not a caption.
_GALLERY_HEADLINE = re.compile(r"^(?:(?:in|more)[ \t]+)?(?:pictures|photos|images|videos?)[ \t]*:[ \t]*\S+(?:[ \t]+\S+){3}",
                               re.IGNORECASE)
# "File photo of the march" opens a picture's caption (in running text it is just words).
_FILE_PHOTO = re.compile(r"^file[ \t]+(?:photo|photograph|image|picture)\b", re.IGNORECASE)
# A caption showing an earlier day: a file or archive picture, "pictured",
# or a past act ("nurses marched", "the strike was held"); a credit's
# capitalised "Supplied" is no act.
_LOOKS_BACK = re.compile(
    r"\b(?:[Ff]ile|FILE|[Aa]rchives?|ARCHIVES?|[Pp]ictured)\b|\b(?!supplied\b)[a-z]\w*+(?<=\w{3}ed)\b|"
    r"\b(?:began|was|were|took|held|met|went|came|ran|won|lost|stood|sat|gave)\b")
# A news photo's caption tells what the picture shows in the present, with the day it was taken and who took
# it ("Members of the drivers' group march toward the bridge on July 17, 2023, calling for .... Jo Cruz, City
# News"): a group, a present verb of what it does, a past day, then the credit.
_GROUP_NOUNS = (r"(?:members|students|protesters|protestors|workers|teachers|drivers|nurses|doctors|activists|"
                r"demonstrators|supporters|residents|tenants|pupils|lecturers|farmers|women|youths|strikers|miners)")
_CAPTION_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_PRESENT_CAPTION = re.compile(
    # the group, perhaps "of" or "from" whom, and what it does
    r"^(?:[\w'’.-]+[ \t]+){0,3}?" + _GROUP_NOUNS + r"(?:[ \t]+(?:of|from)(?:[ \t]+[\w'’.-]+){1,6}?)?[ \t]+"
    r"(?:march|hold|gather|stage|rally|picket|chant|carry|display|wave|sit|stand|block|join|walk|shout|raise|"
    r"take[ \t]+part|protest|demonstrate|sing|listen|attend|light)\b"
    # the day the picture was taken
    r"[^\n]*\b(?:yesterday|on[ \t]+" + _CAPTION_MONTH + r"\.?[ \t]+\d{1,2},?[ \t]+\d{4}|"
    r"on[ \t]+\d{1,2}[ \t]+" + _CAPTION_MONTH + r"[ \t]+\d{4})\b"
    # the sentence's end (a full stop before a word in lower case is an abbreviation's: "Marcos, Jr. to")
    r"(?:[^.\n]|\.(?=[ \t]+(?-i:[a-z0-9])))*\."
    # and the photographer's credit ("Jo Cruz, City News"): without one, such a line reads as a lede in the present
    r"[ \t]+(?-i:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]*[,/][ \t]*[A-Z][^.\n]{0,40})$",
    re.IGNORECASE)
#: The longest line read as a caption (a caption is a line or two under a picture).
CAPTION_CHARS = 300
_SAME_OPENING_WORDS = 3


def caption_ranges(lines: list[Span], lowered: str, dated: bool = True) -> list[tuple[int, int]]:
    """(start, end) of caption lines and of the image text just above one
    (a short line opening with the caption's first words). ``dated``: the page
    has its own date; an undated page keeps a caption told in the present
    (``_PRESENT_CAPTION``), whose day may be the only one its "on Monday" can
    be read from."""
    with_words = any(word in lowered for word in _CAPTION_WORDS)
    credited = min(_AGENCY_LINES, len(lines) - 1)  # the lines an agency's credit or a present caption stands in
    # (several opening lines credited in brackets: a digest of sourced stories, no photo's caption)
    digest = sum(_bracketed_credit(line.text) is not None for line in lines[:_AGENCY_LINES]) > 1
    present = {index for index in range(credited) if _present_caption(lines[index].text)} if dated else set()
    if not with_words and "/" not in lowered and not _may_credit_a_picture(lines) and not present:
        return []
    found: list[tuple[int, int]] = []
    # Where the caption words stand, found once in the whole text: a line is
    # read for them only when one lies inside it.
    words = sorted((at, at + len(word)) for word in _CAPTION_WORDS for at in literal_starts(lowered, (word,))) if with_words else []
    word_starts = [at for at, _ in words]
    # Only a line holding a caption word or a "/", or one of the opening lines an agency's credit may
    # close, can be a caption: the others (most of a page's lines) are passed over without a test.
    line_starts = [line.start for line in lines]
    word_lines = {bisect_right(line_starts, at) - 1 for at in word_starts}
    for index, line in enumerate(lines):
        if (index >= credited and index not in word_lines and "/" not in line.text) or len(line.text) > CAPTION_CHARS:
            continue
        if not _is_caption(line.text, _holds_word(words, word_starts, line)) and \
                not (index in present or index < credited and _credit_closing(line.text) and
                     not (digest and line.text.rstrip().endswith("]"))):
            continue
        found.append((line.start, line.end))
        if index:
            above = lines[index - 1]
            opening = line.text.split()[:_SAME_OPENING_WORDS]
            if len(opening) == _SAME_OPENING_WORDS and above.text.split()[:_SAME_OPENING_WORDS] == opening:
                found.append((above.start, above.end))
    return found


def is_caption_line(text: str) -> bool:
    """Whether one line reads as a picture's caption or credit (a headline never does)."""
    if len(text) > CAPTION_CHARS:
        return False
    lowered = text.lower()
    if _GALLERY_MARK.search(text) or _GALLERY_HEADLINE.match(text):
        return False  # "Students Occupy Hall (PHOTOS/VIDEO)", "In pictures: …": a headline announcing its pictures
    return _FILE_PHOTO.match(text) is not None or _is_caption(text, any(word in lowered for word in _CAPTION_WORDS)) \
        or _credit_closing(text)


def looks_back(caption: str) -> bool:
    """Whether a caption shows an earlier day than the story's (see
    ``_LOOKS_BACK``): its date cannot say which day the story's "on Monday" is."""
    return _LOOKS_BACK.search(caption) is not None


def _holds_word(words: list[tuple[int, int]], word_starts: list[int], line: Span) -> bool:
    """Whether a caption word (``words``: (start, end), sorted) lies inside ``line``."""
    index = bisect_left(word_starts, line.start)
    while index < len(words) and words[index][0] < line.end:
        if words[index][1] <= line.end:
            return True
        index += 1
    return False


def _is_caption(text: str, with_word: bool) -> bool:
    if with_word and _CAPTION.search(text) is not None:
        return True
    return "/" in text and _CREDIT_TAIL.search(text) is not None


def _present_caption(text: str) -> bool:
    """Whether a line reads as a news photo's caption in the present (``_PRESENT_CAPTION``)."""
    return len(text) <= CAPTION_CHARS and _PRESENT_CAPTION.match(GLUED_DATE.sub("", text.strip())) is not None


def _may_credit_a_picture(lines: list[Span]) -> bool:
    return any(_credit_closing(line.text) for line in lines[:min(_AGENCY_LINES, len(lines) - 1)])


def _credit_closing(text: str) -> bool:
    """Whether a line ends with a news agency's credit, or a photographer's and a paper's in square brackets
    ("... in Harbourton on May 2, 2025. [Jo Cruz, Standard]"), and quotes no one."""
    if text.rstrip().endswith("]"):
        credit = _bracketed_credit(text)  # (not a signer and an office: "... 2025. [Jo Cruz, Chair]")
        return credit is not None and not any(is_role_word(word) for word in credit["paper"].split()) and \
            not any(quote in text for quote in _QUOTES)
    return text.rstrip(" \t.").endswith(_AGENCY_ENDINGS) and _AGENCY_TAIL.search(text) is not None and \
        not any(quote in text for quote in _QUOTES)


_BRACKETED_CREDIT = re.compile(r"\.[ \t]*\[[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}[ \t]*,[ \t]*"
                               r"(?P<paper>[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*){0,3})\][ \t]*$")


def _bracketed_credit(text: str) -> re.Match[str] | None:
    """A photographer's and a paper's credit in square brackets closing ``text`` ("... 2025. [Jo Cruz, Standard]")."""
    return _BRACKETED_CREDIT.search(text) if text.rstrip().endswith("]") else None


def outside_ranges(mentions: list[DateMention], ranges: list[tuple[int, int]]) -> list[DateMention]:
    """The date mentions that stand outside every range (captions, page lines)."""
    if not ranges:
        return mentions
    inside = OffsetRanges(ranges)
    return [m for m in mentions if m.start not in inside]
