"""Showing untrusted text in Qt widgets without Qt ever reading it as HTML.

Qt guesses whether a tooltip, a label or a message box holds rich text
(``Qt.mightBeRichText``): a document title such as ``<img src="/dev/zero">``
would make it open local files, and ``&lt;b&gt;`` would lose its meaning.
Every string that comes from an imported document or collection (titles,
names, sources, paths, reasons that quote them) goes through this module on
its way to a widget:

* tooltips and other auto-format text get :func:`tooltip`/:func:`rich_safe`,
  which escape the text and wrap it so Qt shows exactly those characters;
* labels and message boxes are made :func:`plain` (``Qt.PlainText``);
* our own rich text (the canvas tooltips, the detail pane's links) inserts
  names with :func:`escaped`;
* the status bar and menus get :func:`one_line` and :func:`menu_text`.

Long values are cut first, so a multi-megabyte title cannot freeze the
window while Qt lays it out.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

#: How much of one value a tooltip, dialog or status message shows.
MAX_SHOWN_CHARS = 2000


def cut(text: str | None, limit: int = MAX_SHOWN_CHARS) -> str:
    """``text`` (None as empty) no longer than ``limit`` characters, an ellipsis marking a cut."""
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def escaped(text: str | None, limit: int = MAX_SHOWN_CHARS) -> str:
    """Untrusted text to insert into rich text we build ourselves."""
    return html.escape(cut(text, limit), quote=True)


def rich_safe(text: str | None, limit: int = MAX_SHOWN_CHARS) -> str:
    """Text for a widget that guesses the format: shown literally, whatever it holds.

    The ``<p>`` wrapper makes Qt treat the value as rich text, so the
    escaped characters display as themselves (a plain ``&lt;`` would also
    be guessed as rich text and shown as ``<``). Line breaks are kept.
    """
    if not text:
        return ""
    return '<p style="white-space: pre-wrap">' + escaped(text, limit) + "</p>"


def tooltip(text: str | None, limit: int = MAX_SHOWN_CHARS) -> str:
    """A tooltip showing ``text`` literally ("" when there is nothing to show)."""
    return rich_safe(text, limit)


def plain(label: QLabel) -> QLabel:
    """``label`` set to show its text as plain characters only; returned for chaining."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A new label for untrusted text."""
    label = plain(QLabel(parent))
    label.setText(cut(text))
    return label


def message_box(icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                parent: QWidget | None = None) -> QMessageBox:
    """A message box whose text may quote untrusted names: plain text, cut to size."""
    box = QMessageBox(icon, one_line(title, 200), cut(text), buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def one_line(text: str | None, limit: int = MAX_SHOWN_CHARS) -> str:
    """Text for the status bar or a window title: one line, control characters gone."""
    flat = "".join(ch if ch.isprintable() else " " for ch in cut(text, limit))
    return " ".join(flat.split())


def menu_text(text: str | None, limit: int = 80) -> str:
    """Text for a menu entry: one short line, ``&`` shown rather than taken as a shortcut."""
    return one_line(text, limit).replace("&", "&&")
