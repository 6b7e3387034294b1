"""The source document's text in the detail pane, with the evidence sentence
and the search words highlighted (the words the search matched, as
``core.search_terms`` matches them: whole words unless a prefix was asked for).

Document text is untrusted: it is only ever set with ``setPlainText`` in a
read-only view, so markup in an imported file stays characters on the
screen. Highlights are extra selections (never edits of the text), placed in
Qt's UTF-16 positions so text with emoji or other astral characters is
marked where Python found the words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import (
    QKeyEvent, QMouseEvent, QResizeEvent, QTextCharFormat, QTextCursor, QWheelEvent,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from timeline_app.core.search_terms import match_spans, search_terms
from timeline_app.ui.palette_colours import evidence_mark, search_mark

_MAX_SEARCH_MARKS = 500


def utf16_offset(text: str, index: int) -> int:
    """Position of Python string index ``index`` in Qt's UTF-16 units."""
    index = max(0, min(index, len(text)))
    prefix = text[:index]
    return len(prefix.encode("utf-16-le")) // 2


def evidence_span(text: str, start: int | None, end: int | None,
                  evidence: str) -> tuple[int, int] | None:
    """Where the evidence sits in ``text``: the stored offsets when they fit
    the text, else the first place the evidence sentence occurs."""
    if start is not None and end is not None and 0 <= start < end <= len(text):
        return int(start), int(end)
    if evidence:
        found = text.find(evidence)
        if found >= 0:
            return found, found + len(evidence)
    return None


class DocumentTextView(QPlainTextEdit):
    """Read-only plain text with the evidence and search words marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentText")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAccessibleName("Document text")
        self._text = ""
        self._evidence: tuple[int, int] | None = None
        self._search_text = ""
        # Until the reader scrolls, a resize re-centres the evidence: the pane
        # often opens (or is laid out) only after the text was shown, and the
        # centring done at the old height left the sentence out of view.
        self._centred = False
        self.verticalScrollBar().actionTriggered.connect(self._reader_scrolled)

    def _reader_scrolled(self, *_args: object) -> None:
        self._centred = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._centred:
            self.centerCursor()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        self._centred = False
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        self._centred = False
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._centred = False
        super().mousePressEvent(event)

    def show_document(self, text: str, evidence: tuple[int, int] | None,
                      search_text: str) -> None:
        """Show ``text`` with ``evidence`` (Python offsets) marked and in view."""
        self._text, self._evidence, self._search_text = text, evidence, search_text
        self.setPlainText(text)
        self._mark(search_text, scroll=True)

    def clear_document(self) -> None:
        self._text, self._evidence, self._centred = "", None, False
        self.setPlainText("")

    def mark_search(self, search_text: str) -> None:
        """Mark other search words in the shown text, leaving the scroll alone."""
        self._search_text = search_text
        self._mark(search_text, scroll=False)

    def _mark(self, search_text: str, scroll: bool) -> None:
        # Offsets are found in the text as given, not in toPlainText(), which
        # turns some characters (no-break spaces, line separators) into others.
        text, evidence = self._text, self._evidence
        selections: list[QTextEdit.ExtraSelection] = []
        simple = len(text.encode("utf-16-le")) == 2 * len(text)
        to_qt = (lambda i: i) if simple else (lambda i: utf16_offset(text, i))

        terms = search_terms(search_text)
        if terms:
            search_format = QTextCharFormat()
            search_format.setBackground(search_mark(self.palette()))
            for start, end in match_spans(text, terms, _MAX_SEARCH_MARKS):
                selections.append(self._selection(to_qt(start), to_qt(end), search_format))
        if evidence is not None:
            evidence_format = QTextCharFormat()
            evidence_format.setBackground(evidence_mark(self.palette()))
            evidence_format.setProperty(QTextCharFormat.Property.FullWidthSelection, False)
            selections.append(self._selection(to_qt(evidence[0]), to_qt(evidence[1]),
                                              evidence_format))
        self.setExtraSelections(selections)
        if scroll:
            cursor = QTextCursor(self.document())
            cursor.setPosition(to_qt(evidence[0]) if evidence else 0)
            self.setTextCursor(cursor)
            self.centerCursor()
            self._centred = evidence is not None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._text:
            self._mark(self._search_text, scroll=False)  # the marks' colours follow the theme

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def evidence_selection_text(self) -> str:
        """The text highlighted as evidence (the last mark), for tests and accessibility."""
        selections = self.extraSelections()
        return selections[-1].cursor.selectedText() if selections else ""


__all__ = ["DocumentTextView", "evidence_span", "utf16_offset"]
