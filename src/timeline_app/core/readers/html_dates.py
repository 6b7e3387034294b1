"""A web page's publication day from its markup, found by htmldate.

htmldate reads the page's metadata (meta tags, JSON-LD, ``<time>``, elements
whose class says they hold the date) and, when those say nothing, any date in
the page's words: the title, the first heading, a footer, "on 07/02/2017" in
a sentence. Those words are the document's text, which extraction reads with
rules of its own (a headline's date is often the day of the strike it
announces, "07/02/2017" is day-first on a UK page, an "updated" line is not
the publication). So htmldate gets a copy of the page that keeps the markup
and only the words of elements marked as a date, and what it finds there is
the metadata date that extraction trusts when the text dates nothing.
"""

from __future__ import annotations

import copy
import re

import htmldate
import lxml.etree
import lxml.html

from timeline_app.core.readers.dates import iso_date

# Class, id or itemprop of an element that holds the page's date or byline
# ("entry-date", "post-meta", "datePublished", "byline").
_DATE_MARKED = re.compile(r"date|datum|time(?!line)|publish|posted|byline|meta|submitted|created", re.IGNORECASE)
_DATE_TAGS = frozenset({"time", "abbr"})


def published_in_markup(tree: lxml.html.HtmlElement) -> str | None:
    """The publication day the page's markup gives (the original date before an "updated" one), or None.
    htmldate gets a parsed tree, never a URL, so nothing is fetched."""
    try:
        found = htmldate.find_date(
            markup_only(tree), extensive_search=False, original_date=True, outputformat="%Y-%m-%d",
        )
    except (ValueError, TypeError, RecursionError, lxml.etree.LxmlError):
        found = None
    return iso_date(found)


def markup_only(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A copy of ``tree`` without the page's words, except those of elements marked as a date (and what
    they hold) and of structured-data scripts; the title goes too."""
    tree = copy.deepcopy(tree)
    kept: set[lxml.etree._Element] = set()
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        parent = element.getparent()
        if parent is not None and parent in kept or _holds_a_date(element):
            kept.add(element)
        else:
            element.text = None
        if parent is not None and parent not in kept:
            element.tail = None
    return tree


def _holds_a_date(element: lxml.etree._Element) -> bool:
    if element.tag in _DATE_TAGS:
        return True
    if element.tag == "script":
        return "ld+json" in (element.get("type") or "").lower()
    if element.tag in ("title", "h1"):
        return False
    return any(_DATE_MARKED.search(element.get(name) or "") for name in ("class", "id", "itemprop"))
