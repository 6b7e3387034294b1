"""The headline among a page's first lines, and a title from those lines when it has none.

The headline is the first line near the top that is neither navigation
boilerplate ("Back to press releases") nor a dateline, a byline, a kicker, a
site's name or a letter's place; a line set right above the page's byline or
"Published ..." line is the headline even when a menu comes first. These
readers of a page's opening lines live apart from ``titles``, which makes an
event's sentence a short title, so that a rule about the page's head has a
home of its own.
"""

from __future__ import annotations

import re

from .byline_dates import writers_after_date
from .captions import is_caption_line
from .contact_lines import is_contact_line
from .date_order import US_STATES
from .kinds import cue_matches
from .name_blocks import BULLETS
from .page_dates import is_page_line
from .page_furniture import header_lines, is_bare_date, is_mail_header, is_outlet_name, is_page_furniture
from .sentences import Span
from .title_phrases import GLUED_DATE
from .titles import shorten, trimmed_sentence

_BOILERPLATE = re.compile(
    r"^(?:back to\b.*|skip to\b.*|home|menu|search|news|latest news|blog|press releases?|"
    r"for immediate release|immediate release|embargoed?.*|share(?: this)?(?: on .*)?|tweet|print|"
    r"e-?mail|advertisement|subscribe.*|sign up.*|read more.*|related.*|you are here.*|"
    r"log ?in|sign in|open letter|statement|news release|media release|opinion|comment|"
    r"(?:file[ \t]+)?(?:photo|image|picture|credit)s?[ \t]*(?::|of\b|by\b).*)[.:!]?$",
    re.IGNORECASE,
)
_HEADER_LINES = 6
# "BY SAM KING", "By Katy Murphy", "By Sam King, Leeds", "Posted by admin": who
# wrote it (and where), not what it reports.
_BYLINE_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
# "By Sam King, Leeds", "By Ana Ruiz and Tom Lee | Bloomberg": one or two writers, then a town or an outlet.
_BYLINE = re.compile(rf"^(?:by|written by|words by|author:|posted by|published by|from)[ \t]+{_BYLINE_NAME}"
                     rf"(?:[ \t]+(?:and|&)[ \t]+{_BYLINE_NAME})?"
                     r"(?:[ \t]*[,|][ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})?$", re.IGNORECASE)
# "Share widely. #BlackLivesMatter": a line of two sentences is body text.
# What either can start with (``_BYLINE``'s words, ``GLUED_DATE``'s labels):
# none of these letters has a case-insensitive twin beyond its capital.
_BYLINE_FIRST = frozenset("bBwWaAdDpPfF")
_SENTENCE_BREAK = re.compile(r"[a-z][.!?][ \t]+[A-Z#\"“]")
_FULL_STOP_BREAK = re.compile(r"[a-z]\.[ \t]+[A-Z#\"“]")
_MAX_HEADLINE_WORDS = 25
_DATELINE_SLACK = 40


# A site's section named by two topics ("Health & Science", "Arts & Culture").
# (topics a site files under, not a headline's two words: "Bread & Roses", "Pickets & Pensions")
_TOPIC = (r"(?:News|Politics|Business|Economy|Money|Finance|Health|Science|Technology|Tech|Arts|Culture|Entertainment|"
          r"Lifestyle|Life|Style|Travel|Food|Drink|Sport|Sports|Education|Environment|Climate|Society|Opinion|Analysis|"
          r"Law|Crime|Justice|Media|Books|Music|Film|Fashion|Weather|Labour|Labor|Work|Jobs|Careers|Land|Agriculture)")
_SECTION_LABEL = re.compile(rf"[ \t]*{_TOPIC}[ \t]+&[ \t]+{_TOPIC}[ \t]*")


def find_headline(lines: list[Span], dateline: tuple[int, int] | None) -> Span | None:
    """The document's headline among its first lines, or None.

    A line set right above the page's own byline or "Published ..." line is
    the headline even when a site's name or a menu comes first.
    """
    header = header_lines(lines, _HEADER_LINES)
    repeated = _repeated_headline(header)
    if repeated is not None:
        return repeated
    for index, (above, below) in enumerate(zip(header, header[1:])):
        # (a mail's subject stands right above its headers: "From: Jo Bloggs <jo@example.org>"; a section's
        # label may stand between the headline and the byline: "Health & Science")
        if (is_page_line(below.text) or is_mail_header(below.text)) and _stands_as_headline(above.text):
            return _without_label(header[index - 1] if index and _SECTION_LABEL.fullmatch(above.text) and
                                  _stands_as_headline(header[index - 1].text) else above)
    for index, (above, credit, below) in enumerate(zip(header, header[1:], header[2:])):
        # "Stay away receives support" over "Jo Bloggs, Radio X" over "September 19, 2007", under a site's
        # banner and links only (no line above stands as a headline but a shouted or tagged banner, a few words)
        if is_bare_date(below.text) and _CREDIT_LINE.fullmatch(credit.text) and _stands_as_headline(above.text) and \
                not any(_stands_as_headline(line.text) and not _banner(line.text) for line in header[:index]):
            return _without_label(above)
    for line in header:
        text = line.text
        if _VALEDICTION.match(text):
            return None  # what follows a mail's or a letter's sign-off is its signature
        if _page_matter(text) or _tag_or_entry(text) or is_caption_line(text):
            continue
        if dateline and _the_date_line(line, dateline) and \
                not _headline_with_date(text, dateline[0] - line.start, dateline[1] - line.start) or \
                _dated_byline(line, dateline):
            continue
        words = text.split(None, _MAX_HEADLINE_WORDS + 1)  # a paragraph is not split to its end
        if len(words) > _MAX_HEADLINE_WORDS:
            return None  # reached the body without seeing a headline
        if _ends_as_sentence(text) or _SENTENCE_BREAK.search(text):
            continue  # a standfirst, caption, lead-in, quote or several sentences, not a headline
        if not _two_worded(words):
            continue  # "27.6 C", "12 | 3": a widget's figures, not a headline
        if _names_the_site(line, header) or _outlet_over_headline(line, header) or _writers_place(line, header):
            continue
        if len(words) >= 3 or (len(words) >= 2 and not text.endswith(".")):
            return _without_trail(_past_kicker(line, header))
    return None


_KICKER_WORDS = 3
#: How long a trail of links run into the front of a repeated headline may be.
_CRUMBS_CHARS = 30
# A writer's or a body's credit line: a name, then its outlet after a comma or its acronym in brackets.
_CREDIT_LINE = re.compile(r"[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,5}"
                          r"(?:,[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}|[ \t]+\([A-Z]{2,10}\))[ \t]*")


def _banner(text: str) -> bool:
    """A site's banner or link: in capitals, with a tagline after a dash, or of four words at most."""
    return text.isupper() or " - " in text or len(text.split()) <= 4


def _writers_place(line: Span, header: list[Span]) -> bool:
    """A letter's place line, the writer's town and region set right above the letter's date ("Harbourton,
    Lake County" over "12TH June, 2016"): the head of a letter, not its headline. The region must read as one
    (a county, a state, an abbreviation): "Teachers Strike, Schools Close" over a date is a headline."""
    place = _PLACE_AND_REGION.fullmatch(line.text)
    if place is None:
        return False
    region = place["region"]
    if not (region.endswith(".") or region.rsplit(None, 1)[-1] in _REGION_WORDS or region in US_STATES):
        return False
    below = _line_below(line, header)
    return below is not None and is_bare_date(below.text)


# A town and its region, country or state: "Harbourton, Lake County", "Springfield, Ill."
_PLACE_AND_REGION = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?,[ \t]+"
                               r"(?P<region>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})")
_REGION_WORDS = frozenset("County Co. Shire State Province Region District Territory".split())


def _line_below(line: Span, header: list[Span]) -> Span | None:
    """The header line right under ``line``, if any."""
    return next((other for other in header if other.start > line.start), None)


def _repeated_headline(header: list[Span]) -> Span | None:
    """A page's title and its heading, the same words (a caption and its image text come later), or the
    heading repeated under a trail of links run into its front ("HomeRegion" + the headline)."""
    if len(header) < 2 or not header[0].text.endswith(header[1].text) or \
            not _stands_as_headline(header[1].text.rstrip(".")):
        return None
    if header[0].text == header[1].text:
        return header[0]
    crumbs = header[0].text[:-len(header[1].text)]
    return header[1] if len(crumbs) <= _CRUMBS_CHARS and crumbs[-1].isalpha() else None


def _names_the_site(line: Span, header: list[Span]) -> bool:
    """A short line that a "Published on" line below names as the publisher
    ("Matangi Tonga" over "Published on Matangi Tonga (https://...)"): the site's name."""
    if len(line.text.split(None, _KICKER_WORDS)) > _KICKER_WORDS:
        return False
    for other in header:
        if other.start > line.start and other.text.startswith(("Published on ", "Published by ")):
            named = other.text.partition(" ")[2].partition(" ")[2]  # (after "Published on")
            return named.startswith(line.text) and named[len(line.text):].lstrip()[:1] in ("", "(")
    return False


def _outlet_over_headline(line: Span, header: list[Span]) -> bool:
    """An outlet's name set above a line that stands as a headline: the site's, not the news
    (alone, "Teachers Get Good News" may be the headline itself)."""
    return is_outlet_name(line.text) and any(
        other.start > line.start and _stands_as_headline(other.text) and not is_outlet_name(other.text)
        for other in header)


def _past_kicker(line: Span, header: list[Span]) -> Span:
    """The headline under ``line`` when ``line`` is only a kicker: a site's
    or section's name, a place or a writer's name ("South Africa", "News
    Article"), naming no action, set above a longer line that reads as a
    headline."""
    if len(line.text.split(None, _KICKER_WORDS)) > _KICKER_WORDS or cue_matches(line.text):
        return line  # "Manchester redundancies letter" names what happened
    below = _line_below(line, header)
    if below is not None and len(below.text.split(None, _KICKER_WORDS)) > _KICKER_WORDS \
            and _stands_as_headline(below.text, exclaimed=True):
        return below
    return line


def headline_title(headline: Span) -> str:
    """The document's title from its headline, without the page's date
    glued in front ("date 2023-09-13 Students Stage Protest …")."""
    return GLUED_DATE.sub("", headline.text.strip()) or headline.text


def is_byline(text: str) -> bool:
    """A line naming who wrote the piece ("By Sam King, Leeds"), also behind a
    metadata date glued to it ("date 2019-08-21 By SAM KING")."""
    text = text.strip()
    if text[:1] not in _BYLINE_FIRST:
        return False  # neither a byline's word nor a glued date opens it
    return _BYLINE.match(GLUED_DATE.sub("", text)) is not None


def _has_letters(word: str) -> bool:
    """A word of at least two letters (not a figure or a unit)."""
    return sum(c.isalpha() for c in word) >= 2


def _two_worded(words: list[str]) -> bool:
    """Whether at least two of ``words`` have two letters or more: asked
    of every headline candidate, so a plain word is let through without
    counting its letters one by one, and counting stops at two."""
    found = 0
    for word in words:
        if (len(word) >= 2 and word.isalpha()) or _has_letters(word):
            found += 1
            if found == 2:
                return True
    return False


# A sign-off line: "Best wishes,", "Yours sincerely,", "In solidarity,".
_VALEDICTION = re.compile(
    r"^(?:(?:with[ \t]+)?(?:best|kind|warm)(?:est)?[ \t]+(?:wishes|regards)|"
    r"regards|yours(?:[ \t]+(?:sincerely|faithfully|truly))?|"
    r"sincerely|in[ \t]+solidarity|thanks|many[ \t]+thanks|thank[ \t]+you|cheers|best)[ \t]*[,!.]?$", re.IGNORECASE)


def _ends_as_sentence(text: str) -> bool:
    """A line ending as a sentence or a lead-in does, also inside closing
    quotes: 'X said: “... no other options.”' is a quote, not a headline."""
    return text.rstrip("\"”’'").endswith((".", ":", ";", ","))


# A mail header's label: "Subject: This month: petition hand-in" is titled by what follows.
_SUBJECT_LABEL = re.compile(r"^(?:subject|re|fwd?)[ \t]*:[ \t]*", re.IGNORECASE)


# A site's trail in front of the headline: "Home > ", "Home › News › ".
_TRAIL = re.compile(r"^home(?:[ \t]*[>›»][ \t]*[\w&'’/-]+(?:[ \t][\w&'’/-]+){0,2})*[ \t]*[>›»][ \t]*",
                    re.IGNORECASE)
_TRAILED_WORDS = 3


def _without_trail(line: Span) -> Span:
    """``line`` without a site's trail in front of it, when a headline of a few words follows."""
    trail = _TRAIL.match(line.text)
    if trail is None or len(line.text[trail.end():].split(None, _TRAILED_WORDS)) <= _TRAILED_WORDS:
        return line
    return Span(line.start + trail.end(), line.end, line.text[trail.end():])


def _without_label(line: Span) -> Span:
    """``line`` without a leading "Subject:" label."""
    label = _SUBJECT_LABEL.match(line.text)
    return line if label is None else Span(line.start + label.end(), line.end, line.text[label.end():])


def _stands_as_headline(text: str, exclaimed: bool = False) -> bool:
    """A line that reads as a headline on its own: three words or more, not
    navigation, a byline, a page line or furniture, not a sentence.
    ``exclaimed``: a cry inside it ("Dockers march, Harbour Road: Pay up,
    Jones! Pay up!") does not make it two sentences (asked of a line under a kicker)."""
    words = len(text.split(None, _MAX_HEADLINE_WORDS + 1))
    if _tag_or_entry(text):
        return False
    breaks = _FULL_STOP_BREAK if exclaimed else _SENTENCE_BREAK
    return _TITLE_MIN_WORDS <= words <= _MAX_HEADLINE_WORDS and not _ends_as_sentence(text) \
        and not (_page_matter(text) or breaks.search(text) or is_caption_line(text))


def _page_matter(text: str) -> bool:
    """Navigation, a byline, page furniture or a page's dating line ("This Article is From Sep 07, 2010"):
    what no headline or title is."""
    return bool(_BOILERPLATE.match(text)) or is_byline(text) or is_page_furniture(text) or is_page_line(text) \
        or is_contact_line(text) or _section_and_date(text)


# A site's section dating its post: "Regional News of Monday, 4 March 2024".
_SECTION_OF = re.compile(r"(?:[A-Z][\w&'’-]*[ \t]+){0,3}News[ \t]+of[ \t]+")


def _section_and_date(text: str) -> bool:
    """A site's section and the day of the post (also behind the page's glued date), not a headline."""
    text = GLUED_DATE.sub("", text)
    section = _SECTION_OF.match(text) if " of " in text else None
    return section is not None and is_bare_date(text[section.end():])


def _tag_or_entry(text: str) -> bool:
    """"top of page", "need to know …", "• Writer's picture": a line opening
    in lower case or with a bullet is a tag or a menu entry, never a headline."""
    text = GLUED_DATE.sub("", text.lstrip())  # "date 2021-09-23 Students to …" opens with its page's date
    return text[:1].islower() or text[:1] in BULLETS


def _headline_with_date(text: str, date_start: int, date_end: int) -> bool:
    """"Letter to the Provost, 14/03/2019": a headline that carries
    its date, not a dateline ("LONDON, 3 March 2019", "Posted 3 March 2019
    by Admin"): at least three words besides the date, no page label."""
    rest = (text[:date_start] + " " + text[date_end:]).strip(" ,|–—-")
    return len(rest.split()) >= _TITLE_MIN_WORDS and rest[:1].isupper() and not rest.isupper() \
        and not is_page_line(rest) and not _BYLINE.match(rest)


# "Dear Vice-Chancellor," / "To the trustees of the University:" open a
# letter; they address it, they do not name it.
_SALUTATION = re.compile(r"^(?:dear\b.*|to\b.*[,:])$", re.IGNORECASE)
_TITLE_MIN_WORDS = 3


def fallback_title(lines: list[Span], sentences: list[Span], dateline: tuple[int, int] | None) -> str | None:
    """A title for a document with no headline and no title from its file:
    the first sentence of its first meaningful line (not navigation, not a
    byline, not a dateline, not a salutation, at least three words), trimmed like an
    event title ("In an open letter addressed to the National Union of…").
    None when the opening lines hold nothing of the kind."""
    for line in lines[:_HEADER_LINES]:
        text = line.text
        if _page_matter(text) or _SALUTATION.match(text) or len(text.split(None, _TITLE_MIN_WORDS)) < _TITLE_MIN_WORDS \
                or is_caption_line(text):
            continue
        if dateline and _the_date_line(line, dateline) or _dated_byline(line, dateline):
            continue
        first = next((s for s in sentences if line.start <= s.start < line.end), line)
        title = shorten(trimmed_sentence(first.text))
        if title:
            return title
    return None


def _the_date_line(line: Span, dateline: tuple[int, int]) -> bool:
    """Whether ``line`` holds the page's date and little else (``_DATELINE_SLACK`` characters more at most)."""
    return line.start <= dateline[0] < line.end and len(line.text) - (dateline[1] - dateline[0]) <= _DATELINE_SLACK


def _dated_byline(line: Span, dateline: tuple[int, int] | None) -> bool:
    """Whether ``line`` opens with the page's date and goes on with who wrote it ("August 27, 2025 by Jo
    Writer, Harbourton, Ann Other, ..."): the writers' line, however many it names, is no headline."""
    return dateline is not None and line.start == dateline[0] and \
        writers_after_date(line.text, dateline[1] - line.start)
