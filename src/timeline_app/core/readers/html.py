"""HTML pages (.html, .htm): main text only, plus title, date and publisher.

The publication date comes from htmldate (a maintained library that reads
the page's metadata), not from a search of our own; it reads the markup, not
the page's words, which extraction reads (see ``html_dates``).

trafilatura finds the article text (no navigation, scripts, styles, iframes).
It is only ever handed an already-parsed tree, never a URL or a string that
could be mistaken for one, so nothing is fetched. lxml parses with network
access off; images, frames and links are never followed.
"""

from __future__ import annotations

import copy
import html as html_entities
import logging
import re
from dataclasses import dataclass

import lxml.etree
import lxml.html
import trafilatura

from timeline_app.core.models import ReadDocument
from timeline_app.core.readers.encodings import decode_text
from timeline_app.core.readers.errors import ReadError
from timeline_app.core.readers.fields import clean_short_field
from timeline_app.core.readers.html_dates import published_in_markup

# Keep the extractors' diagnostics out of the import report unless the app
# configures logging (without any handler Python prints warnings to stderr).
for _logger_name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_logger_name).addHandler(logging.NullHandler())

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_CHARSET_SNIFF_BYTES = 4096

_NOT_CONTENT = (
    "script", "style", "iframe", "frame", "frameset", "noscript", "template", "object",
    "embed", "svg", "math", "canvas", "head", "nav", "form", "button", "select", "textarea",
)
_BLOCKS = (
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "blockquote", "pre", "table", "ul", "ol", "dl", "dt", "dd", "header", "footer", "aside",
    "main", "figure", "figcaption", "address", "hr",
)
_TABLE_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th", "caption")
# What only a cell of a table that lays a page out holds: a heading or another table. A cell of a table of figures
# may wrap its words in a paragraph or a list (a word processor's or a spreadsheet's export), but not a page's prose.
_LAYOUT_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "table")
_PROSE_BLOCKS = ("p", "div", "ul", "ol", "dl", "blockquote", "pre")
# Words enough in one cell holding paragraphs to be a page's text rather than a figure's label.
_PROSE_CELL_WORDS = 40
_MAX_LAYOUT_PARTS = 1000
_DROP_BLOCKS = re.compile(
    r"<(script|style|iframe|noscript|template|svg|object|head)\b.*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")


@dataclass(frozen=True)
class HtmlContent:
    """Main text and metadata of one HTML document."""

    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None


def read_html(data: bytes) -> ReadDocument:
    """Read an HTML file's bytes, honouring its charset only when the bytes agree."""
    declared = _DECLARED_CHARSET.search(data[:_CHARSET_SNIFF_BYTES])
    markup = decode_text(data, declared.group(1).decode("ascii") if declared else None)
    content = extract_html(markup)
    if not content.text.strip():
        raise ReadError("no text found")
    return ReadDocument(
        text=content.text,
        format="html",
        title=content.title,
        published=content.published,
        source=content.source,
    )


def html_to_text(markup: str) -> str:
    """Main text of an HTML string (used for HTML-only e-mails)."""
    return extract_html(markup).text


def extract_html(markup: str) -> HtmlContent:
    """Main text, title, published date and publisher of an HTML string."""
    tree, too_deep = _parse(markup)
    if tree is None:
        return HtmlContent(text=_text_by_stripping_tags(markup))
    if too_deep:
        # libxml2 gives up below ~2,000 levels and drops the rest of the page;
        # fall back to plain tag stripping so no text is lost.
        main_text, extracted = _text_by_stripping_tags(markup), None
    else:
        extracted = trafilatura.bare_extraction(
            with_layout_tables_as_blocks(copy.deepcopy(tree)),
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        main_text = _tidy(extracted.text) if extracted is not None and extracted.text else ""
        if not main_text.strip():
            main_text = _text_of_tree(tree)

    return HtmlContent(
        text=main_text,
        title=_title(tree, extracted),
        published=published_in_markup(tree, main_text, _meta(tree, "og:url")),
        source=_meta(tree, "og:site_name")
        or clean_short_field(getattr(extracted, "sitename", None)),
    )


def with_layout_tables_as_blocks(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """``tree`` (changed in place) with each table that lays the page out made of blocks: trafilatura writes a
    table's row as one line between bars, its paragraphs run together ("| Firefighters reject cuts |"), which
    suits a table of figures but not an old site's page built of tables (Joomla 1.5's, a union branch's from
    2005). A table lays out when a cell of its own holds a heading or a table, or paragraphs of
    ``_PROSE_CELL_WORDS`` words or more, or when no row of it has two cells; a table of figures stays a table,
    its cells' paragraphs too ("<td><p>£17,364</p></td>"). One walk of the tree, and at most
    ``_MAX_LAYOUT_PARTS`` parts of a page made blocks: a page laid out has tens, and trafilatura's fallback
    (justext) takes time quadratic in short blocks, so a list of 20,000 one-cell rows stays a table."""
    open_tables: list[_Table] = []
    made_blocks = 0
    for event, element in lxml.etree.iterwalk(tree, events=("start", "end")):
        tag = element.tag
        if not isinstance(tag, str):
            continue
        table = open_tables[-1] if open_tables else None
        if event == "start":
            if table is not None and table.open_cells:
                table.lays_out = table.lays_out or tag in _LAYOUT_BLOCKS
                table.cell_has_blocks = table.cell_has_blocks or tag in _PROSE_BLOCKS
            if tag == "table":
                open_tables.append(_Table(element))
            elif table is not None and tag in _TABLE_PARTS:
                table.start(element)
        elif tag == "table" and table is not None:
            open_tables.pop()
            if (table.lays_out or table.widest_row <= 1) and made_blocks + len(table.parts) <= _MAX_LAYOUT_PARTS:
                made_blocks += len(table.parts)
                for part in table.parts:
                    part.tag = "div"
        elif table is not None and tag in _TABLE_PARTS:
            table.end(element)
    return tree


class _Table:
    """What the walk has seen of one table: its own rows and cells, and whether it lays the page out."""

    __slots__ = ("parts", "open_cells", "cells_in_row", "widest_row", "lays_out", "cell_has_blocks")

    def __init__(self, element: lxml.html.HtmlElement) -> None:
        self.parts = [element]
        self.open_cells = 0
        self.cells_in_row = 0
        self.widest_row = 0
        self.lays_out = False
        self.cell_has_blocks = False  # (the cell open now holds a paragraph or a list)

    def start(self, part: lxml.html.HtmlElement) -> None:
        self.parts.append(part)
        if part.tag == "tr":
            self.cells_in_row = 0
        elif part.tag in ("td", "th"):
            self.open_cells += 1
            self.cells_in_row += 1
            self.widest_row = max(self.widest_row, self.cells_in_row)

    def end(self, part: lxml.html.HtmlElement) -> None:
        if part.tag in ("td", "th"):
            self.open_cells -= 1
            if self.cell_has_blocks and not self.lays_out and self.open_cells == 0:
                self.lays_out = len(part.text_content().split()) >= _PROSE_CELL_WORDS
            if self.open_cells == 0:
                self.cell_has_blocks = False


def _parse(markup: str) -> tuple[lxml.html.HtmlElement | None, bool]:
    """Parse without network access; also say whether the nesting limit was hit."""
    parser = lxml.html.HTMLParser(
        encoding="utf-8",  # the markup is already decoded: ignore its <meta charset>
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,  # lifts the 10 MB text-node cap; depth is still bounded
        collect_ids=False,
    )
    try:
        tree = lxml.html.document_fromstring(markup.encode("utf-8", "replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None, False
    too_deep = any(
        "excessive depth" in (entry.message or "").lower() for entry in parser.error_log
    )
    return tree, too_deep


def _text_of_tree(tree: lxml.html.HtmlElement) -> str:
    """Visible text of the body, one block per line, without scripts or styles."""
    tree = copy.deepcopy(tree)
    for element in tree.xpath("|".join(f"//{tag}" for tag in _NOT_CONTENT)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in tree.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    body = tree.find("body")
    return _tidy((body if body is not None else tree).text_content())


def _text_by_stripping_tags(markup: str) -> str:
    markup = _COMMENT.sub(" ", markup)
    markup = _DROP_BLOCKS.sub(" ", markup)
    return _tidy(html_entities.unescape(_TAG.sub("\n", markup)))


def _tidy(text: str) -> str:
    """One paragraph per line, inner runs of spaces collapsed, no blank runs."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _title(tree: lxml.html.HtmlElement, extracted: object) -> str | None:
    title = clean_short_field(getattr(extracted, "title", None)) or _meta(tree, "og:title")
    if title:
        return title
    for xpath in ("//title", "//h1"):
        found = tree.xpath(xpath)
        if found:
            text = clean_short_field(found[0].text_content())
            if text:
                return text
    return None


def _meta(tree: lxml.html.HtmlElement, name: str) -> str | None:
    """Content of ``<meta property=name>`` or ``<meta name=name>``, any case."""
    wanted = name.lower()
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "")
        if key.strip().lower() == wanted:
            value = clean_short_field(element.get("content"))
            if value:
                return value
    return None
