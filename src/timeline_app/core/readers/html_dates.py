"""A web page's publication day from its markup, found by htmldate.

htmldate reads the page's metadata (meta tags, JSON-LD, ``<time>``, a date
path in the page's own address, elements whose class says they hold the
date, a byline, a footer, a ``<small>``) and, when those say nothing, any
date in the page's words: the title, an ``<h1>``, "on 07/02/2017" in
a sentence. A headline's date is most often the day of what it announces
("We Start Striking on October 19, 2022"), and a sentence's the day of what
it reports; both are the text's, which extraction reads with rules of its
own (datelines, labels, "updated" lines, day-first countries) that win over
the reader's date anyway. So htmldate gets a copy of the page whose title,
headings ``<h1>`` (unless one is a date's label: "Branch Bulletin – 5 June
2012") and sentences of the text hold no words. What is left is the markup
and the page's short lines: a byline, a date bar, "Posted on ...".
"""

from __future__ import annotations

import copy
import re

import htmldate
import lxml.etree
import lxml.html

from timeline_app.core.readers.dates import iso_date

# Elements that hold a block of the page's words: trafilatura writes each as a line of the text. (Not
# ``html._BLOCKS``, the tags a line break follows when the text is taken without trafilatura: a ``<br>`` or a
# list there parts lines, here it would make a paragraph a block of blocks.)
_BLOCKS = frozenset(("p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
                     "blockquote", "pre", "dt", "dd", "header", "footer", "aside", "main", "figure", "figcaption",
                     "address", "caption"))
_HEADLINES = ("title", "h1")
# Words enough to make a line prose (a label of the page's date is shorter).
_SENTENCE_WORDS = 8
_SEPARATORS = re.compile(r"[ \t]+[-–—|:][ \t]+|[|–—]")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# A date written alone: "Tuesday 3 March 2015", "October 19, 2022", "05/06/2012", "2012-06-05". (Not
# ``dates.iso_date``: dateutil takes a year, a month or a weekday alone for a date.)
_DATE_ALONE = re.compile(rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?(?:{_DAY}[ \t]+{_MONTH}|"
                         rf"{_MONTH}[ \t]+{_DAY},?)[ \t]+\d{{4}}|"
                         r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}", re.IGNORECASE)


# A line's words saying when the page changed or was read ("Page last updated: 12 May 2024", "Last modified
# 12/05/2024", "Accessed 3 March 2021"), and those saying when it appeared ("Published 3 May 2017, updated ...").
_CHANGED = re.compile(r"\b(?:updated|modified|edited|revised|reviewed|accessed|retrieved)\b", re.IGNORECASE)
_APPEARED = re.compile(r"\b(?:published|posted|created|issued|released|first)\b", re.IGNORECASE)

# What marks a block as the page's date: its class (not a bare "date", which an events list gives its days), or
# its opening words ("Published: ", "Posted on", not "Date:", which a notice gives its event's day).
_DATE_CLASS = re.compile(r"\b(?:published|create|createdate|created|posted|pubdate|newsdate|postdate|post-date|"
                         r"entry-date|article-?date)\b", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(r"(?:published|posted|created)(?:[ \t]+on)?\b", re.IGNORECASE)
_MARKED_CHARS = 80
# (a date with the month's name, an ISO one, or one with dots, which is day-first: "07.03.2010 09:12")
_NAMED_DATE = re.compile(rf"(?:{_DAY}[ \t]+{_MONTH},?|{_MONTH}[ \t]+{_DAY},?)[ \t]+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
                         r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?![\d.])", re.IGNORECASE)


def published_in_markup(tree: lxml.html.HtmlElement, text: str, og_url: str | None = None) -> str | None:
    """The publication day the page's markup gives (the original date before an "updated" one), or None;
    ``text`` is the page's text as read, ``og_url`` its ``og:url``. htmldate gets a parsed tree and reads the
    date in the page's own address (its canonical link, which it looks for itself, else ``og_url``:
    ".../2017/02/07/walkout"), never fetching anything."""
    canonical = tree.find('.//link[@rel="canonical"]') is not None
    unread = without_read_words(tree, text)
    try:
        found = htmldate.find_date(
            unread, extensive_search=False, original_date=True, outputformat="%Y-%m-%d",
            url=None if canonical else og_url,
        )
    except (ValueError, TypeError, RecursionError, lxml.etree.LxmlError):
        found = None
    return iso_date(found) or _marked_date(unread)


def _marked_date(tree: lxml.html.HtmlElement) -> str | None:
    """The date of the first short block the page marks as its publication, by its class or by a label opening it,
    which htmldate passes over: Joomla's ``<dd class="published">Published: 12 March 2015</dd>`` and ``<td
    class="createdate">``, "Posted on March 12, 2015". Only a date with the month's name, in ISO form or with dots
    (day-first): one with slashes may be day- or month-first, which the text's rules decide by the page's country."""
    for element in tree.iter(*_BLOCKS):
        words = " ".join(element.text_content().split())
        if not words or len(words) > _MARKED_CHARS or not (_DATE_CLASS.search(element.get("class") or "") or
                                                          _PUBLISHED_LABEL.match(words)):
            continue
        named = _NAMED_DATE.search(words)
        if named is not None:
            return iso_date(named.group())
    return None


def without_read_words(tree: lxml.html.HtmlElement, text: str) -> lxml.html.HtmlElement:
    """A copy of ``tree`` whose headlines (title, ``<h1>``; not one that is a date's label) and blocks that are a
    sentence of ``text`` hold no words (their attributes stay: a ``<time datetime>`` in a sentence still dates
    the page)."""
    tree = copy.deepcopy(tree)
    sentences = {line for line in (" ".join(line.split()) for line in text.splitlines()) if _is_a_sentence(line)}
    for element in tree.iter(*_HEADLINES):
        if not _labels_a_date(element.text_content()):
            _clear(element)
    for element in tree.iter(*_BLOCKS):
        if any(child.tag in _BLOCKS for child in element if isinstance(child.tag, str)):
            continue  # (only a block of words, not one of blocks: its words are checked as the blocks inside)
        words = " ".join(element.text_content().split())
        if words in sentences:
            _clear(element)
        elif _says_only_a_change(words):
            _clear(element)
            for inner in element.iter("time"):
                inner.attrib.pop("datetime", None)
    return tree


def _is_a_sentence(line: str) -> bool:
    """A line of prose, not a short label ("Posted on 12 May 2017", "By Jo Marlowe | 27 February 2018")."""
    return len(line.split()) >= _SENTENCE_WORDS or line.endswith((".", "!", "?", "”", '"'))


def _says_only_a_change(line: str) -> bool:
    """Whether a short line's first date is labelled as the page's change or reading ("Page last updated: 12 May
    2024"), with no word of when it appeared before it: the text's rules never take such a date for the page's,
    so the reader does not either (not "By Jo Marlowe | 3 May 2017 | Updated 5 May 2017", "Published 3 May 2017,
    updated 5 May")."""
    changed = _CHANGED.search(line)
    if changed is None or _is_a_sentence(line):
        return False
    first_date = _DATE_ALONE.search(line)
    before = line[:first_date.start()] if first_date else line
    return changed.start() < len(before) and _APPEARED.search(before) is None


def _labels_a_date(headline: str) -> bool:
    """Whether a headline is a date, or ends on one after a separator ("Tuesday 3 March 2015", "Branch Bulletin –
    5 June 2012 | Union"): an issue's or a diary's date, not the day of what it announces ("... on 19 October")."""
    return any(_DATE_ALONE.fullmatch(part.strip(" \t,.")) for part in _SEPARATORS.split(" ".join(headline.split())))


def _clear(element: lxml.etree._Element) -> None:
    element.text = None
    for inner in element.iterdescendants():
        inner.text = None
        inner.tail = None
