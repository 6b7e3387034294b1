"""Where Timeline keeps its data by default (the user's data directory)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "timeline-app"


def default_db_path() -> Path:
    """The database used when ``--db`` is not given.

    ``TIMELINE_DB`` overrides it (handy for scripts); otherwise the platform's
    user data directory, e.g. ``~/.local/share/timeline-app/timeline.db``.
    """
    override = os.environ.get("TIMELINE_DB")
    if override:
        return Path(override)
    return user_data_path(APP_NAME, appauthor=False) / "timeline.db"
