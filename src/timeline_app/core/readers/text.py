"""Plain text and Markdown files (.txt, .md, .markdown)."""

from __future__ import annotations

from timeline_app.core.models import ReadDocument
from timeline_app.core.readers.encodings import decode_text
from timeline_app.core.readers.errors import ReadError
from timeline_app.core.readers.markdown import clean_markdown

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})


def read_text(data: bytes, suffix: str) -> ReadDocument:
    """Decode a text file; Markdown also gets its syntax lightly removed."""
    text = decode_text(data)
    if suffix in MARKDOWN_SUFFIXES:
        cleaned = clean_markdown(text)
        document = ReadDocument(
            text=cleaned.text, format="md", title=cleaned.title, published=cleaned.published
        )
    else:
        # The text is kept exactly as written: evidence offsets point into it.
        document = ReadDocument(text=text, format="txt")
    if not document.text.strip():
        raise ReadError("no text found")
    return document
