"""Short one-line fields taken from documents: titles, sources, authors, subjects.

They come from files anyone could have written, and they are shown in lists,
tooltips and window titles, so they are made safe once, where they enter:
one line (control characters and line breaks become spaces, runs of
whitespace collapse), valid Unicode (a lone surrogate becomes U+FFFD), and
short (at most :data:`SHORT_FIELD_MAX_CHARS`, with an ellipsis when cut). A
4.8 MB e-mail Subject therefore costs a 300-character title, not a frozen
window. The collection importer uses the same helper for its titles.
"""

from __future__ import annotations

import re

__all__ = ["SHORT_FIELD_MAX_CHARS", "clean_short_field"]

SHORT_FIELD_MAX_CHARS = 300
ELLIPSIS = "…"

# C0 controls, DEL and C1 controls: none belongs in a one-line field.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]+")
_SURROGATES = re.compile("[\ud800-\udfff]")
# Only this much of a field is looked at: enough for any real title even
# when it is mostly whitespace, and a bound on the work for a hostile one.
_SCAN_FACTOR = 8


def clean_short_field(value: object, max_chars: int = SHORT_FIELD_MAX_CHARS) -> str | None:
    """``value`` as a safe one-line field, or None when nothing is left.

    Cuts to ``max_chars`` characters (the last one an ellipsis) when longer.
    """
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    scanned = text[: max_chars * _SCAN_FACTOR]
    cut = len(scanned) < len(text)
    scanned = _SURROGATES.sub("\ufffd", _CONTROLS.sub(" ", scanned))
    line = " ".join(scanned.split())
    if not line:
        return None
    if cut or len(line) > max_chars:
        line = line[: max_chars - 1].rstrip() + ELLIPSIS
    return line
