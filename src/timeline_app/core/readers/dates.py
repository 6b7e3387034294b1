"""Turn the date values found in file metadata into an ISO date (``YYYY-MM-DD``).

Metadata dates come as datetimes, ISO strings (``2017-02-07T16:47:00Z``),
PDF dates (``D:20170207164700+00'00'``) or free text; only the calendar day
matters to the timeline, so any time of day is dropped.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as date_parser

_EARLIEST_YEAR = 1000
_LATEST_YEAR = 2200

_ISO_PREFIX = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?![\d])")
_PDF_DATE = re.compile(r"\s*(?:D:)?(\d{4})(\d{2})(\d{2})")


def iso_date(value: object) -> str | None:
    """Return ``YYYY-MM-DD`` for a metadata date, or None when it is not a real date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return _checked(value.date())
    if isinstance(value, dt.date):
        return _checked(value)
    text = str(value).strip()
    if not text:
        return None
    match = _ISO_PREFIX.match(text)
    if match:
        return _from_parts(*match.groups())
    try:
        # UK sources: numeric dates like 07/02/2017 are day-first.
        parsed = date_parser.parse(text, dayfirst=True, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    return _checked(parsed.date())


def iso_date_from_pdf(value: object) -> str | None:
    """Like :func:`iso_date` for PDF info dates (``D:YYYYMMDDHHmmSS...``)."""
    if value is None:
        return None
    match = _PDF_DATE.match(str(value))
    if match:
        return _from_parts(*match.groups())
    return iso_date(value)


def _from_parts(year: str, month: str, day: str) -> str | None:
    try:
        return _checked(dt.date(int(year), int(month), int(day)))
    except ValueError:
        return None


def _checked(day: dt.date) -> str | None:
    if not _EARLIEST_YEAR <= day.year <= _LATEST_YEAR:
        return None
    return day.isoformat()
