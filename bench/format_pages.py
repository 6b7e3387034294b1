"""Score the real pages saved in another file format: an HTML page, a Word file or Markdown.

Run:  PYTHONPATH=src python bench/format_pages.py --split SPLITS --form FORM [--misses]

Why: the real pages' texts are stored as plain text, and ``bench/extraction.py
--real`` imports them as .txt files. A user imports the same kind of page
saved from a browser, written in a word processor or kept as Markdown, and
each goes through its own reader (trafilatura and htmldate for HTML,
python-docx for Word) before extraction reads it. This writes a copy of each
page in one such format to a temporary folder, imports the copies as
``timeline-app import`` does, and scores them against the same labels:

* ``html``: each line of the page a paragraph of one article, in a page with
  no title and no metadata;
* ``html-article``: as a news site lays a story out, with a menu above and a
  footer below; a first line short enough for a headline (150 characters or
  fewer, not ending in a full stop) becomes the page's ``<title>`` (with the
  site's name after a bar) and the article's ``<h1>``;
* ``docx``: each line a paragraph of a Word file with no core properties
  (no author, no dates: a file's dates would say when it was made, which the
  label does not know);
* ``docx-template``: the same Word file with the core properties python-docx's
  template gives every file a script makes from it (its own name as author,
  23 December 2013 as the dates), as a converter that never sets them leaves;
* ``md``: each line a paragraph, a blank line between.

The copies are deleted after; nothing is written into bench/real/texts.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "real"))

import scoring  # noqa: E402  (bench/real/scoring.py)

_HEADLINE_CHARS = 150
_MENU = ("<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
         "<li><a href='/about'>About us</a></li><li><a href='/contact'>Contact</a></li></ul></nav>")
_FOOTER = "<footer><p>All rights reserved.</p><p><a href='/privacy'>Privacy policy</a></p></footer>"


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _page(title: str, body: str) -> str:
    head = f'<meta charset="utf-8"><title>{title}</title>'
    return f"<!DOCTYPE html>\n<html><head>{head}</head>\n<body>{body}</body></html>\n"


def html_page(text: str, path: Path) -> None:
    """Each line a paragraph of one article, no title or metadata."""
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in _paragraphs(text))
    path.write_text(_page("", f"<article>\n{body}\n</article>"), encoding="utf-8")


def html_article(text: str, path: Path) -> None:
    """A news site's layout: a menu, the article (its headline as title and heading), a footer."""
    lines = _paragraphs(text)
    headline = lines[0] if lines and len(lines[0]) <= _HEADLINE_CHARS and not lines[0].endswith(".") else None
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines[1 if headline else 0:])
    heading = f"<h1>{html.escape(headline)}</h1>\n" if headline else ""
    title = f"{html.escape(headline)} | Example News" if headline else "Example News"
    path.write_text(_page(title, f"<header>{_MENU}</header><main><article>{heading}{body}\n</article></main>{_FOOTER}"),
                    encoding="utf-8")


def _word_document(text: str) -> docx.document.Document:
    document = docx.Document()
    for line in _paragraphs(text):
        document.add_paragraph(line)
    return document


def template_word_file(text: str, path: Path) -> None:
    """Each line a paragraph of a Word file that keeps the template's core properties."""
    _word_document(text).save(str(path))


def word_file(text: str, path: Path) -> None:
    """Each line a paragraph of a Word file whose core properties are empty."""
    document = _word_document(text)
    properties = document.core_properties._element  # the template's own author and 2013 dates go
    for element in list(properties):
        if element.tag.rsplit("}", 1)[-1] in ("created", "modified", "creator", "lastModifiedBy"):
            properties.remove(element)
    document.save(str(path))


def markdown(text: str, path: Path) -> None:
    """Each line a paragraph, a blank line between."""
    path.write_text("\n\n".join(_paragraphs(text)) + "\n", encoding="utf-8")


FORMS: dict[str, tuple[str, Callable[[str, Path], None]]] = {
    "html": (".html", html_page), "html-article": (".html", html_article), "docx": (".docx", word_file),
    "docx-template": (".docx", template_word_file),
    "md": (".md", markdown)}


def main(argv: list[str] | None = None) -> int:
    return scoring.rewritten_forms_main(__doc__.splitlines()[0], FORMS, "Copies in another format", argv,
                                        lambda split, form: scoring.score_written(split, *form))


if __name__ == "__main__":
    sys.exit(main())
