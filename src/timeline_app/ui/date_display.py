"""The date style the window shows, and the one function each pane calls.

The event list, the detail pane and the canvas's tooltips all write dates
through ``display_date`` / ``display_span``, so a change in Preferences
reaches them alike. The style is process-wide (one person, one choice); the
window sets it from the saved preferences and again when they change.
"""

from __future__ import annotations

from timeline_app.core.date_formats import DATE_STYLES, DEFAULT_DATE_STYLE, format_date, format_span

_current = DEFAULT_DATE_STYLE


def date_style() -> str:
    """The style dates are shown in now (a key of ``DATE_STYLES``)."""
    return _current


def set_date_style(style: str) -> bool:
    """Show dates in ``style`` from now on; whether that changed anything."""
    global _current
    style = style if style in DATE_STYLES else DEFAULT_DATE_STYLE
    changed = style != _current
    _current = style
    return changed


def display_date(iso: str | None, precision: str, time: str | None = None) -> str:
    """A stored (partial) ISO date in the chosen style."""
    return format_date(iso, precision, time, _current)


#: The short form's qualifiers: "about 22 Sep 2016" did not fit either.
_SHORT_QUALIFIERS = (("about ", "~"), ("not before ", "≥ "))


def short_date(iso: str | None, precision: str) -> str:
    """A date in the shortest chosen-style form that still names its year and
    day ("17 Nov 2015", "~22 Sep 2016"; ISO stays ISO), without a time: for a
    narrow column (its tooltip says the whole)."""
    text = format_date(iso, precision, None, "iso" if _current == "iso" else "short")
    for long, short in _SHORT_QUALIFIERS:
        if text.startswith(long):
            return short + text[len(long):]
    return text


def display_span(start: float | None, end: float | None, precision: str) -> str:
    """A span of day numbers in the chosen style."""
    return format_span(start, end, precision, _current)


__all__ = ["date_style", "display_date", "display_span", "set_date_style", "short_date"]
