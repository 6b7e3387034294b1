"""The person's preferences, read from and written to QSettings.

One frozen value (``Preferences``) with the keys kept here, so the dialog,
the window and the tests agree on names and defaults. Anything unknown or
malformed in the settings file falls back to the default.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from timeline_app.core.date_formats import DATE_STYLES, DEFAULT_DATE_STYLE

THEMES: dict[str, str] = {"system": "Follow the system", "light": "Light", "dark": "Dark"}
#: "last" keeps whatever grouping was used when the window last closed.
DEFAULT_LANES: dict[str, str] = {"last": "As last used", "kind": "By kind",
                                 "organisation": "By organisation"}
#: Import workers: -1 lets the machine decide, 0 reads in the window's process.
AUTOMATIC_WORKERS = -1
MAX_WORKERS = 16

_PREFIX = "preferences/"


@dataclass(frozen=True)
class Preferences:
    """What Edit ▸ Preferences sets."""

    theme: str = "system"
    date_style: str = DEFAULT_DATE_STYLE
    default_lanes: str = "last"
    import_workers: int = AUTOMATIC_WORKERS


def _choice(settings: QSettings, key: str, allowed: dict[str, str], default: str) -> str:
    value = str(settings.value(_PREFIX + key, default) or default)
    return value if value in allowed else default


def load_preferences(settings: QSettings) -> Preferences:
    """The saved preferences (defaults for anything missing or unknown)."""
    try:
        workers = int(settings.value(_PREFIX + "import_workers", AUTOMATIC_WORKERS))
    except (TypeError, ValueError):
        workers = AUTOMATIC_WORKERS
    if not AUTOMATIC_WORKERS <= workers <= MAX_WORKERS:
        workers = AUTOMATIC_WORKERS
    return Preferences(theme=_choice(settings, "theme", THEMES, "system"),
                       date_style=_choice(settings, "date_style", DATE_STYLES,
                                          DEFAULT_DATE_STYLE),
                       default_lanes=_choice(settings, "default_lanes", DEFAULT_LANES, "last"),
                       import_workers=workers)


def save_preferences(settings: QSettings, preferences: Preferences) -> None:
    settings.setValue(_PREFIX + "theme", preferences.theme)
    settings.setValue(_PREFIX + "date_style", preferences.date_style)
    settings.setValue(_PREFIX + "default_lanes", preferences.default_lanes)
    settings.setValue(_PREFIX + "import_workers", preferences.import_workers)
    settings.sync()


__all__ = ["AUTOMATIC_WORKERS", "DEFAULT_LANES", "MAX_WORKERS", "THEMES", "Preferences",
           "load_preferences", "save_preferences"]
