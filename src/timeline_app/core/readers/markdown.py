"""Light clean-up of Markdown so extraction sees prose, not syntax.

Deliberately small: heading marks, emphasis, links and images, inline code
and YAML front matter (whose ``title:``/``date:`` are kept as metadata). Every
other line is left exactly as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline_app.core.readers.dates import iso_date
from timeline_app.core.readers.fields import clean_short_field

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_MAX = 8192
_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
# Written so a failed match backtracks once per line, not once per character pair.
_SETEXT_UNDERLINE = re.compile(r"^(?P<title>[^\n]*\S)[ \t]*\n {0,3}(?:=+|-+)[ \t]*$", re.MULTILINE)
_IMAGE_OR_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# Single * or _ only when not inside a word, so snake_case and 2*3*4 survive.
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])")
_INLINE_CODE = re.compile(r"`([^`\n]+)`")


@dataclass(frozen=True)
class MarkdownText:
    text: str
    title: str | None
    published: str | None


def clean_markdown(source: str) -> MarkdownText:
    """Return prose text, the first heading (or front-matter title) and date."""
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(source[:_FRONT_MATTER_MAX])
    if front:
        meta = _simple_yaml(front.group(1))
        source = source[front.end():]

    title = meta.get("title")
    if not title:
        title = _first_heading(source)

    text = _ATX_HEADING.sub(lambda m: m.group(2), source)
    text = _SETEXT_UNDERLINE.sub(lambda m: m.group("title"), text)
    text = _IMAGE_OR_LINK.sub(lambda m: m.group(1), text)
    text = _STRONG.sub(lambda m: m.group(2), text)
    text = _EMPHASIS.sub(lambda m: m.group(2), text)
    text = _INLINE_CODE.sub(lambda m: m.group(1), text)
    return MarkdownText(
        text=text, title=clean_short_field(title), published=iso_date(meta.get("date"))
    )


def _first_heading(source: str) -> str | None:
    atx = _ATX_HEADING.search(source)
    setext = _SETEXT_UNDERLINE.search(source)
    candidates = [m for m in (atx, setext) if m]
    if not candidates:
        return None
    first = min(candidates, key=lambda m: m.start())
    heading = first.group(2) if first is atx else first.group("title")
    heading = _IMAGE_OR_LINK.sub(lambda m: m.group(1), heading)
    heading = _STRONG.sub(lambda m: m.group(2), heading)
    heading = _EMPHASIS.sub(lambda m: m.group(2), heading)
    return heading.strip() or None


def _simple_yaml(block: str) -> dict[str, str]:
    """Read ``key: value`` lines; enough for the front matter of blog posts."""
    values: dict[str, str] = {}
    for line in block.splitlines():
        key, sep, value = line.partition(":")
        if sep and key and not key.startswith((" ", "\t", "-")):
            values[key.strip().lower()] = value.strip().strip("\"'")
    return values
