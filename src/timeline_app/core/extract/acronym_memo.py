"""Questions about one acronym in one document, answered once per document.

Whether a document uses an acronym's word in lower case, spells it out or
defines it as a scheme is asked again for every mention of the acronym;
the answer depends on the document's text and the acronym alone. It is
kept in the document's memo (``document_memo``), so nothing carries over
to the next document and no document's text is held after it is read.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from .document_memo import remembered


def per_document(question: Callable[[str, str], bool]) -> Callable[[str, str], bool]:
    """``question(text, acronym)``, answered once while the document is read."""

    @wraps(question)
    def asked(text: str, acronym: str) -> bool:
        return remembered(question, text, acronym)

    return asked
