"""Opening a document's own file with the desktop's default application.

Only a path Timeline recorded for a document is ever opened, and only when
it names an existing regular file of a kind Timeline imports (never a
folder, a program or a launcher), so a collection that claims some other
path cannot make the window run anything. Nothing a document's text says
is ever opened.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from timeline_app.ui.plain_text import tooltip

_COLLECTION_SUFFIX = ".json"


def openable_file(path: str | None) -> Path | None:
    """``path`` if it is an absolute path to a readable, non-executable
    document file that exists now; otherwise None."""
    from timeline_app.core.readers import SUPPORTED_SUFFIXES

    if not path or "\x00" in path:
        return None
    candidate = Path(path)
    if not candidate.is_absolute():
        return None
    if candidate.suffix.lower() not in SUPPORTED_SUFFIXES | {_COLLECTION_SUFFIX}:
        return None
    try:
        mode = candidate.stat().st_mode
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(mode) or mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH):
        return None
    return candidate if os.access(candidate, os.R_OK) else None


def open_with_desktop(path: str | None) -> bool:
    """Open ``path`` with the desktop's default application; False if it may not be opened."""
    target = openable_file(path)
    if target is None:
        return False
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))))




def update_open_file_button(button: QPushButton, document: dict | None) -> None:
    """Enable the detail pane's Open File button only for a file that can be
    opened, and say why not otherwise."""
    openable = openable_file(document["path"]) if document else None
    button.setEnabled(openable is not None)
    button.setToolTip(tooltip(
        f"Open {openable} with the desktop's default application" if openable
        else "The document's file is not on this computer (moved, deleted or never a file)"))


__all__ = ["open_with_desktop", "openable_file", "update_open_file_button"]
