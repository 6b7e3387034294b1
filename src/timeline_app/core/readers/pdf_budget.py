"""How much work one PDF may cost: decoded content, extracted text and time.

A PDF's pages can all point at one small, highly compressed content stream
that expands to tens of megabytes; pypdf then decodes and parses that
stream again for every page (a 1 MB file with 5,000 such pages would take
hours and gigabytes). The pages of one document therefore share a budget:
the decoded size of each page's content is measured *before* its text is
extracted: a page over :data:`PAGE_CONTENT_LIMIT` is skipped unparsed (it
counts as a failed page), the others are charged to the document's
allowance, the text extracted so far is counted, and the wall clock is
checked between pages. When the allowance runs out the document fails with
a one-line reason. (pypdf parses roughly a megabyte of content a second, so
the limits are about time as much as memory.)
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from pypdf.errors import LimitReachedError
from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

from timeline_app.core.readers.errors import ReadError, describe_limit

#: Decoded content one page may have; a larger page is skipped unparsed.
PAGE_CONTENT_LIMIT = 2 * 1024 * 1024
#: Decoded page content one document may cost (each page charged in full,
#: even when pages share a stream, because each page parses it again).
DECODED_CONTENT_BUDGET = 24 * 1024 * 1024
#: Wall-clock seconds one document may take; checked between pages.
TIME_BUDGET_SECONDS = 10.0
_UNMEASURABLE = 1 << 62


@dataclass
class PdfBudget:
    """The shared allowance of one document's pages; raises ReadError when spent."""

    page_count: int
    max_decoded_bytes: int = DECODED_CONTENT_BUDGET
    max_text_chars: int = 50 * 1024 * 1024
    max_seconds: float = TIME_BUDGET_SECONDS
    decoded_bytes: int = 0
    text_chars: int = 0
    started: float = field(default_factory=time.monotonic)
    # id(stream) -> (stream, decoded size); the stream is held so its id stays unique.
    _sizes: dict[int, tuple[StreamObject, int]] = field(default_factory=dict)

    def admit_page(self, page: DictionaryObject, index: int) -> str | None:
        """None if page ``index`` (from 0) may be parsed, else why it is skipped.

        Raises ReadError when the document's time or content allowance is spent.
        """
        if time.monotonic() - self.started > self.max_seconds:
            self._stop(index, f"reading took over {self.max_seconds:g} s")
        size = sum(self._size(s) for s in page_content_streams(page))
        if size > PAGE_CONTENT_LIMIT:
            return (f"page {index + 1:,} content expands to over "
                    f"{describe_limit(PAGE_CONTENT_LIMIT)} (possible decompression bomb)")
        self.decoded_bytes += size
        if self.decoded_bytes > self.max_decoded_bytes:
            self._stop(index, f"its page content adds up to over "
                              f"{describe_limit(self.max_decoded_bytes)}")
        return None

    def charge_text(self, text: str, index: int) -> None:
        """Count the text page ``index`` gave."""
        self.text_chars += len(text)
        if self.text_chars > self.max_text_chars:
            self._stop(index, f"its text is over {describe_limit(self.max_text_chars)}")

    def stop_for_memory(self, index: int) -> None:
        """A page exhausted memory: that costs this document, not the run."""
        self._stop(index, "not enough memory to read it")

    def _stop(self, index: int, why: str) -> None:
        raise ReadError(
            f"PDF not imported: stopped at page {index + 1:,} of {self.page_count:,}, {why}"
        )

    def _size(self, stream: StreamObject) -> int:
        known = self._sizes.get(id(stream))
        if known is None:
            known = (stream, decoded_size(stream))
            self._sizes[id(stream)] = known
        return known[1]


def page_content_streams(page: DictionaryObject) -> list[StreamObject]:
    """The content streams pypdf parses for a page: its /Contents and its form XObjects."""
    streams: list[StreamObject] = []
    try:
        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else None
        items = list(contents) if isinstance(contents, ArrayObject) else [contents]
        streams += [s for s in (_resolve(item) for item in items) if isinstance(s, StreamObject)]
        resources = _resolve(page.get("/Resources"))
        xobjects = _resolve(resources.get("/XObject")) if isinstance(resources, dict) else None
        if isinstance(xobjects, dict):
            for value in xobjects.values():
                xobject = _resolve(value)
                if isinstance(xobject, StreamObject) and xobject.get("/Subtype") == "/Form":
                    streams.append(xobject)
    except (LimitReachedError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        pass  # a damaged page dictionary: its extraction reports the damage
    return streams


def decoded_size(stream: StreamObject) -> int:
    """Bytes ``stream`` decodes to; pypdf itself refuses past 75 MB per stream."""
    try:
        return len(stream.get_data())
    except (LimitReachedError, MemoryError):
        return _UNMEASURABLE
    except Exception:  # noqa: BLE001 - a damaged stream: the page's extraction reports it
        return 0


def _resolve(value: object) -> object:
    get_object = getattr(value, "get_object", None)
    return get_object() if get_object is not None else value
