"""A web page's publication day from its markup, found by htmldate.

htmldate reads the page's metadata (meta tags, JSON-LD, ``<time>``, a date
path in the page's own address, elements whose class says they hold the
date, a byline, a footer, a ``<small>``) and, when those say nothing, any date in the
page's words: the title, the first heading, "on 07/02/2017" in a sentence.
The words that make the document's text are extraction's to read, with
rules of its own (a headline's date is often the day of the strike it
announces, "07/02/2017" is day-first on a UK page, an "updated" line is not
the publication), and its dates win over the reader's anyway. So htmldate
gets a copy of the page without the title, the first heading and every
block whose words are a line of the text, and without the site's footer
(its "last updated" is the site's): what is left is the markup and what the
text left out of the page's own (a byline, a date bar, an article's footer).
"""

from __future__ import annotations

import copy

import htmldate
import lxml.etree
import lxml.html

from timeline_app.core.readers.dates import iso_date
from timeline_app.core.readers.fields import clean_short_field

# Elements that hold a block of the page's words: trafilatura writes each as a line of the text.
_BLOCKS = frozenset(("p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
                     "blockquote", "pre", "dt", "dd", "header", "footer", "aside", "main", "figure", "figcaption",
                     "address", "caption"))
_HEADLINES = ("title", "h1")


def published_in_markup(tree: lxml.html.HtmlElement, text: str) -> str | None:
    """The publication day the page's markup gives (the original date before an "updated" one), or None;
    ``text`` is the page's text as read. htmldate gets a parsed tree, never fetches anything."""
    try:
        found = htmldate.find_date(
            without_read_words(tree, text), extensive_search=False, original_date=True,
            outputformat="%Y-%m-%d", url=_page_address(tree),
        )
    except (ValueError, TypeError, RecursionError, lxml.etree.LxmlError):
        found = None
    return iso_date(found)


def without_read_words(tree: lxml.html.HtmlElement, text: str) -> lxml.html.HtmlElement:
    """A copy of ``tree`` whose title, first heading, blocks that are a whole line of ``text`` and the site's
    footer hold no words (their attributes stay: a ``<time datetime>`` in a paragraph still dates the page)."""
    tree = copy.deepcopy(tree)
    lines = {" ".join(line.split()) for line in text.splitlines()}
    lines.discard("")
    for element in tree.iter(*_HEADLINES):
        _clear(element)
    site_footers: list[lxml.etree._Element] = []  # outside an article, and no line of the text after them yet
    for element in tree.iter(*_BLOCKS):
        if element.tag == "footer" and not any(outer.tag in ("article", "main") for outer in element.iterancestors()):
            site_footers.append(element)
        if any(child.tag in _BLOCKS for child in element if isinstance(child.tag, str)):
            continue  # (only a block of words, not one of blocks: its words are checked as the blocks inside)
        if " ".join(element.text_content().split()) in lines:
            _clear(element)
            around = set(element.iterancestors())
            site_footers = [footer for footer in site_footers if footer in around]  # (the text goes on after it)
    for footer in site_footers:
        _clear(footer)  # the site's own footer: its dates say when the site changed, not when the page appeared
    return tree


def _clear(element: lxml.etree._Element) -> None:
    element.text = None
    for inner in element.iterdescendants():
        inner.text = None
        inner.tail = None


def _page_address(tree: lxml.html.HtmlElement) -> str | None:
    """The page's own address (its canonical link, else its ``og:url``), whose path may hold its date
    (".../2017/02/07/walkout"); htmldate only reads it, never fetches it."""
    for link in tree.iter("link"):
        if (link.get("rel") or "").strip().lower() == "canonical" and link.get("href"):
            return clean_short_field(link.get("href"))
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").strip().lower() == "og:url":
            return clean_short_field(meta.get("content"))
    return None
