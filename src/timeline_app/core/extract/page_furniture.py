"""Lines of a saved web page that are its furniture, never its headline.

A date or a relative day standing alone ("February 21, 2012", "Wednesday,
May 18, 2022", "(tomorrow) at 10:30 AM"), an image's file name, a
section trail ("News / Canada"), a download prompt ("Click here to get
the newsletter as a PDF"), an image's text ("A greyscale photo of a crowd
..."), a photo's caption or credit ("Marchers at the gates. Photo: A. Name"):
taken as the headline they became the main event's title and weighed as
the headline's kind words; a caption names what the picture shows, which
is often not the news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .prefilter import folded
from .sentences import Span

__all__ = ["MAIL_HEADER_NAME", "header_lines", "is_bare_date", "is_caption", "is_mail_header", "is_outlet_name",
           "is_page_furniture", "is_reply_attribution"]

_DATE_WORD = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|"
              r"june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|st|nd|rd|th|am|pm|at|"
              # a day told relative to the page, alone with its time ("(tomorrow) at 10:30 AM")
              r"today|tonight|tomorrow|yesterday|noon|midnight)")
# (Possessive runs here and in ``_MENU_ENTRY``: what follows a run is a
# letter, a blank or the end, never a character the run could give back.)
_DATE_ONLY = re.compile(rf"^[\W\d_]*+(?:{_DATE_WORD}\b[\W\d_]*+)+$", re.IGNORECASE)
_TRAIL_PART = r"[A-Za-z&'’-]+(?:[ \t][A-Za-z&'’-]+){0,2}"
_TRAIL_MARKS = ("/", "›", "»", ">")
_DIGIT = re.compile(r"\d")
_BARE_DATE_CHARS = 60
_SECTION_TRAIL = re.compile(rf"^{_TRAIL_PART}(?:[ \t]*[/›»>][ \t]*{_TRAIL_PART}){{1,4}}$")
# An image's text read out: "A greyscale photo of a crowd ...".
_IMAGE_TEXT = re.compile(r"^(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,3}(?:photo|photograph|image|picture|illustration|"
                         r"screenshot|still)s?[ \t]+(?:of|shows|showing)\b", re.IGNORECASE)
# A saved page's archive notices: "This article is more than 4 years old",
# "The Wayback Machine captured ...".
_ARCHIVE_NOTICE = re.compile(r"^this[ \t]+(?:article|page|story|post)[ \t]+(?:is|was)[ \t]+(?:more|over)[ \t]+than\b|"
                             r"^please[ \t]+note[ \t,:]+(?:that[ \t]+)?this[ \t]+(?:article|page|story|post)[ \t]+"
                             r"is[ \t]+from[ \t]+(?:our|the)[ \t]+archives?\b|"
                             r"\bwayback[ \t]+machine\b|^archived[ \t]+from\b", re.IGNORECASE)
# A menu entry: one or two words, no digit, no sentence ("Home", "Sport",
# "Log in"), or up to four after a bullet ("• Things to Do"). They do not
# count towards a page's header lines.
_BULLET = r"[ \t]*[•●▪◦‣∙]"
_MENU_ENTRY = re.compile(rf"^[^\W\d_][\w&'’-]*+(?:[ \t][^\W\d_][\w&'’-]*+)?$|"
                         rf"^{_BULLET}[ \t]*[^\W\d_][\w&'’-]*+(?:[ \t][^\W\d_][\w&'’-]*+){{0,3}}$")
_BULLETED = re.compile(_BULLET)
# Furniture is short; a longer line is body text.
_FURNITURE_CHARS = 160
# A site's menu written on one line ("News | Politics | Search") and its
# subscription notices ("... has a paywall", "... Learn More").
_MENU_LINE = re.compile(r"^[^|]{1,30}(?:[ \t]\|[ \t][^|]{1,30}){2,}$")
_NOTICE = re.compile(r"\bpaywall\b|\b(?:learn|read)[ \t]+more[ \t]*$|^subscribe\b", re.IGNORECASE)
# A press release's header lines: "FOR IMMEDIATE RELEASE: Thursday, ...",
# "Contact: Name – phone", "Media contact: ...".
_RELEASE_HEADER = re.compile(r"^(?:for[ \t]+immediate[ \t]+release\b|embargoed\b|(?:media[ \t]+|press[ \t]+)?contacts?[ \t]*:)",
                             re.IGNORECASE)
# A photo's credit, alone or closing its caption: "Image Credit: ...", "... Photo: A. Name",
# "... (Photo by A. Name)", "(Picture: Agency)", "Credit: A. Name".
_CREDIT = re.compile(r"(?:^|[ \t(|–—-])(?:image|photo|photograph|picture|pic|file[ \t]+picture|header[ \t]+image|"
                     r"featured[ \t]+image)(?:[ \t]+credits?)?[ \t]*:|\b(?:photo|image|picture)[ \t]+(?:credit|courtesy)\b|"
                     r"\((?:photo|image|picture)[ \t]+by\b|^credits?[ \t]*:", re.IGNORECASE)
# A page's reading time, pagination, sign-up and subscription prompts: "3 min read",
# "You are on page 1 of 2", "Sign up for our daily newsletter ...", "You have
# successfully subscribed ...", "Stay up to date with notifications ...",
# "This is an archived article ...", a location picker.
_PAGE_PROMPT = re.compile(r"^(?:\d{1,2}[ \t]*min(?:ute)?s?[ \t]+read\b|you[ \t]+are[ \t]+on[ \t]+page\b|"
                          r"page[ \t]+\d+[ \t]*of[ \t]*\d+$|"
                          # (a sign-up prompt names what is sent: "Sign up for the general strike" is news; a
                          # short slogan may lead one naming a site's own letter: "Stay informed: Sign up for our
                          # newsletter", not "Her advice: sign up for strike updates")
                          r"(?:[\w'’-]+[ \t]+){0,2}?[\w'’-]+:[ \t]*sign[ \t]+up[ \t]+(?:for|to)[ \t]+(?:our|the)[ \t]+"
                          r"(?:[\w'’&.-]+[ \t]+){0,5}?(?:newsletters?|briefings?|digest)\b|"
                          r"sign[ \t]+up[ \t]+(?:for|to)[ \t]+(?:[\w'’&.-]+[ \t]+){0,6}?(?:newsletters?|alerts|updates|"
                          r"notifications|e-?mails?|briefings?|digest)\b|you[ \t]+have[ \t]+(?:successfully[ \t]+)?"
                          r"(?:subscribed|signed[ \t]+up)\b|stay[ \t]+up[ \t]+to[ \t]+date[ \t]+with[ \t]+"
                          r"(?:notifications|alerts|our|the[ \t]+latest)\b|"
                          r"this[ \t]+is[ \t]+an[ \t]+archived[ \t]+(?:article|page|story|post)\b|"
                          # a site's location or edition picker: "Select your location", "Current location: Coventry"
                          r"(?:select|choose|change)[ \t]+(?:your[ \t]+)?(?:location|region|country|edition|language)"
                          r"[ \t]*:?[ \t]*$|"
                          r"current[ \t]+(?:location|region|edition)[ \t]*:|"
                          # a search box's and a sign-up box's prompts: "Hi, what are you looking for?",
                          # "Enter your email for our updates", "Connect with us"
                          r"hi,?[ \t]+what[ \t]+are[ \t]+you[ \t]+looking[ \t]+for\b|connect[ \t]+with[ \t]+us[ \t]*$|"
                          r"enter[ \t]+your[ \t]+e-?mail\b|"
                          # a link to the page's film: "Watch the full video of the rally"
                          r"watch[ \t]+(?:(?:the|our|this|an?|edited|full|live|new|short)[ \t]+){0,3}"
                          r"(?:video|footage|livestream|clip)s?\b|"
                          r"visit[ \t]+(?:the|our)[ \t]+(?:[\w'’&-]+[ \t]+){0,5}?home[ \t]?page\b)",
                          re.IGNORECASE)
# A mail's header lines, quoted or not ("From: Name <address>", "> Date: ..."),
# and a petition site's counters and buttons ("Signatures: 53", "1,204
# signatures", "Next Goal: 100", "Sign now").
#: A mail header's name and colon ("From:", "Date :"), to be matched ignoring case.
MAIL_HEADER_NAME = r"(?:from|to|cc|bcc|sent|date|subject|reply-to)[ \t]*:"
_MAIL_HEADER = re.compile(r"^(?:>[ \t]*)?" + MAIL_HEADER_NAME + r"[ \t]*\S", re.IGNORECASE)
_HEADER_OR_COUNTER = re.compile(r"^(?:>[ \t]*)?(?:" + MAIL_HEADER_NAME + r"|"
                                r"signatures[ \t]*:|next[ \t]+goal[ \t]*:|[\d,.]+[kK]?[ \t]+signatures\b|"
                                r"(?:support|sign)[ \t]+(?:now|this[ \t]+petition)[ \t]*$)", re.IGNORECASE)
_PROMPT = re.compile(r"^(?:click|tap)[ \t]+here\b|^(?:view|download|print)[ \t]+(?:the[ \t]+|this[ \t]+)?(?:pdf|page)\b",
                     re.IGNORECASE)
# A site's own labels and buttons, read out as lines of the saved page: "Accessibility links", "Search icon",
# "Previous Thread", "Primary tabs", "Select Page", "Breaking News", "More on KentOnline".
_SITE_LABEL = re.compile(r"^(?:accessibility[ \t]+links|search[ \t]+icon|primary[ \t]+tabs|select[ \t]+page|"
                         r"warning[ \t]+message|(?:previous|next|print)[ \t]+(?:thread|post|article|story)|"
                         r"breaking[ \t]+news|(?:\w+[ \t]+){0,3}web[ \t]+feature|"
                         r"spread[ \t]+this[ \t]+news|no[ \t]+menu[ \t]+items|toggle[ \t]+navigation|main[ \t]+menu|"
                         r"(?-i:More[ \t]+on[ \t]+[A-Z]\S*)|"
                         # a call to follow the site: "Join us on", "Follow us on", "Find us at"
                         r"(?:join|follow|find|like|contact)[ \t]+us[ \t]+(?:on|at)|"
                         # a forum post's member box: "Joined: Oct 1999", "Posts: 79,802"
                         r"(?:joined|posts|member[ \t]+since)[ \t]*:[ \t]*[\w ,.]{1,20})[ \t]*[!.:]?$", re.IGNORECASE)
# A blog's archive label: "Tag Archives: protest", "Category Archives: News".
_ARCHIVE_LABEL = re.compile(r"^(?:tag|category|author|monthly|daily|yearly)[ \t]+archives?[ \t]*:", re.IGNORECASE)
# A row of the site's sharing buttons: "Facebook Instagram Twitter YouTube".
_SHARING_WORDS = frozenset("facebook instagram twitter youtube linkedin whatsapp telegram tiktok pinterest reddit "
                           "email e-mail share tweet print rss".split())
_SITE_LABEL_CHARS = 40
# A line ending on a year and a clock time is a byline's or a post's stamp ("Jo Bloggs and Ann Lee
# 25 February 2025 | 8:43"), whatever names come before it.
_STAMPED = re.compile(r"\d{4}[ \t]*[|,·•–-]?[ \t]*\d{1,2}:\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]*$", re.IGNORECASE)
# An agency's or a paper's name as a line of its own, never a headline: "Tribune News Service",
# "Capital Ethiopia Newspaper". A name ending in "News" or "Herald" alone may be a headline's words ("Teachers
# Get Good News"): ``is_outlet_name`` tells it, and ``headlines`` passes over one only above a headline.
_CAPITALISED_WORD = r"[A-Z][\w'’&.-]*[ \t]+"
_AGENCY_OR_PAPER = re.compile(rf"^(?:{_CAPITALISED_WORD}){{0,3}}(?:News[ \t]+(?:Service|Agency)|Newspaper)$")
_OUTLET = re.compile(rf"^(?:{_CAPITALISED_WORD}){{1,3}}"
                     r"(?:News|Tribune|Herald|Gazette|Observer|Chronicle|Times|Post|Online)$")


# What an image's file name ends with.
_IMAGE_ENDINGS = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")


# A reply's line over the mail it quotes: "On Sun, 10 Nov 2019, Dev Pillai <dev@example.org> wrote:".
_ATTRIBUTION = re.compile(r"\bwrote[ \t]*:[ \t]*\Z")


def is_reply_attribution(line: str) -> bool:
    """Whether ``line`` introduces a quoted mail ("On Sun, 10 Nov 2019, Dev Pillai wrote:")."""
    return _ATTRIBUTION.search(line) is not None


def is_mail_header(line: str) -> bool:
    """Whether ``line`` is one of a mail's header lines ("From: Jo <jo@example.org>")."""
    return _MAIL_HEADER.match(line) is not None


def is_page_furniture(line: str) -> bool:
    """Whether a line is a bare date, a section trail, a download prompt,
    a press release's or a mail's header line, a petition's counter, an
    image's text, caption or file name, or an archive notice."""
    if len(line) > _FURNITURE_CHARS:
        return False
    # cheap tests first: a bare date has a digit, a trail a separator
    if is_bare_date(line) or _place_and_date(line):
        return True
    if any(mark in line for mark in _TRAIL_MARKS) and _SECTION_TRAIL.match(line):
        return True
    if "|" in line and _MENU_LINE.match(line):
        return True
    if _PROMPT.match(line) or _RELEASE_HEADER.match(line) or _IMAGE_TEXT.match(line) or \
            _HEADER_OR_COUNTER.match(line):
        return True
    if _PAGE_PROMPT.match(line):  # (anchored: a line that opens otherwise fails at once)
        return True
    if len(line) <= _SITE_LABEL_CHARS and (_SITE_LABEL.match(line) or _AGENCY_OR_PAPER.match(line)):
        return True
    if _ARCHIVE_LABEL.match(line) or _sharing_row(line) or ":" in line and _STAMPED.search(line):
        return True
    if line.rstrip().lower().endswith(_IMAGE_ENDINGS):
        return True  # an image's file name left in the page's text ("BAYAN USA Logo - Large Red.png")
    lowered = folded(line)
    return _notice_in(line, lowered) or is_caption(line, lowered) or _letter_banner(line)


# A news service's banner drawn in letters: "X XX XXXX The Harbour Wire XX XX XX XX".
_BANNER_RUNS = 4
_DOUBLED_CAPITAL = re.compile(r"([A-Z])(?<!\w.)\1+\b")  # (the boundary before it checked behind the capital)


def _letter_banner(line: str) -> bool:
    """Whether a line is a banner drawn with runs of one repeated capital
    ("XX", "XXXX"): four such runs or more, a third of its words at least."""
    if _DOUBLED_CAPITAL.search(line) is None:  # (a line of no such run, nearly every line, is let go in C)
        return False
    words = line.split()
    runs = sum(1 for word in words
               if len(word) > 1 and word.isalpha() and word.isupper() and word == word[0] * len(word))
    return runs >= _BANNER_RUNS and 3 * runs >= len(words)


def is_caption(line: str, lowered: str | None = None) -> bool:
    """A photo's caption or credit line (``lowered``: the line's ``folded``
    form when the caller has it); most lines hold none of the credit words,
    so those are turned down by substring tests first."""
    if lowered is None:
        lowered = line.lower()
    return ("pic" in lowered or "photo" in lowered or "image" in lowered or "credit" in lowered) and \
        _CREDIT.search(line) is not None


def _is_notice(line: str) -> bool:
    """An archive or subscription notice. Both patterns are searched at
    every position of the line (they may start anywhere, without case), so
    a line holding none of their words, nearly every line, is turned down
    by plain substring tests on the lower-cased line first."""
    return _notice_in(line, folded(line))


def _notice_in(line: str, lowered: str | None) -> bool:
    """``_is_notice`` given the line's ``folded`` form."""
    if lowered is not None and len(lowered) == len(line) and not (
            "wayback" in lowered or "paywall" in lowered or "more" in lowered
            or lowered.startswith(("this", "archived", "subscribe", "please"))):
        return False
    return bool(_ARCHIVE_NOTICE.search(line) or _NOTICE.search(line))


# A place's name, then a comma: a dateline's place ("Chandigarh, August 23").
_PLACE_BEFORE_DATE = re.compile(r"^[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+)?,[ \t]+")
# What no place's name holds: a date's word or a day's ("May Day, May 1", "Rally Tonight, 7 pm"); and no
# dateline ends on a time of day.
_NOT_A_PLACE = re.compile(r"\b(?:" + _DATE_WORD + r"|\w*day)\b", re.IGNORECASE)
_TIME_OF_DAY = re.compile(r"\b(?:am|pm|noon|midnight|tonight)\b|\d:\d", re.IGNORECASE)


def is_outlet_name(line: str) -> bool:
    """Whether a line is a few capitalised words ending in a word for a news outlet ("Nairobi News", "UC
    Berkeley News", "Harbour Herald"): a site's name, or a headline's own words."""
    return _OUTLET.match(line) is not None


def _sharing_row(line: str) -> bool:
    """Whether a line is only the names of sharing buttons, two or more ("Facebook Twitter Email")."""
    words = line.replace("|", " ").replace("•", " ").lower().split()
    return len(words) >= 2 and all(word in _SHARING_WORDS for word in words)


def _place_and_date(line: str) -> bool:
    """Whether a line is a dateline and nothing else: a place, a comma and a bare date."""
    place = _PLACE_BEFORE_DATE.match(line) if "," in line else None
    return place is not None and _NOT_A_PLACE.search(line, 0, place.end()) is None and \
        is_bare_date(line[place.end():]) and _TIME_OF_DAY.search(line, place.end()) is None


def is_bare_date(line: str) -> bool:
    """Whether a line is a date and nothing else ("Wednesday, May 18, 2022")."""
    return len(line) <= _BARE_DATE_CHARS and _DIGIT.search(line) is not None and _DATE_ONLY.match(line) is not None


def header_lines(lines: Sequence[Span], count: int) -> list[Span]:
    """The first ``count`` lines of a page, not counting (but keeping) the
    menu entries ("Home", "News", "Sport", ...) a saved page often opens
    with: a short headline looks like one too."""
    header: list[Span] = []
    counted = 0
    listing = False  # after a line ending in ":", bullets are that line's list, no menu
    for line in lines:
        if counted >= count:
            break
        header.append(line)
        bulleted = _BULLETED.match(line.text) is not None
        listing = line.text.rstrip().endswith(":") or listing and bulleted
        if not _MENU_ENTRY.match(line.text) or listing and bulleted:
            counted += 1
    return header
