"""A title without the "Press release" label a page's copy glued before its headline.

A page that lost its line breaks runs the sender's name and the words "Press release" straight into the release's
own headline ("Harbourton Guild Press Release Porters announce a walkout at Westbrook yard"). The label and the
sender's name before it say what kind of page this is, not what happened; a headline writer drops them and keeps
the headline, which names who acts. Only a label followed by a capitalised word (the headline's first) is
dropped: "Press release on the strike ..." runs on as a sentence of its own.
"""

from __future__ import annotations

import re

# At most four capitalised words of a sender's name, the label, then the headline's first (capitalised) word.
_RELEASE_LABEL = re.compile(r"^(?:[A-Z][\w'’&.-]*[ \t]+){0,4}?(?i:press|media)[ \t]+(?i:release|statement)"
                            r"[ \t]*[:|–—-]?[ \t]+(?=[A-Z][a-z])")
_SHORTEST_REST = 25


def without_release_label(text: str) -> str:
    """``text`` without a leading "<Sender> Press release" label before a headline; ``text`` itself when it has
    none or too little would be left."""
    if "elease" not in text[:80] and "tatement" not in text[:80]:
        return text
    label = _RELEASE_LABEL.match(text)
    if label is None or len(text) - label.end() < _SHORTEST_REST:
        return text
    return text[label.end():]
