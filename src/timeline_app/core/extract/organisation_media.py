"""News outlets a page cites as its source.

Reports name the papers, agencies and sites they draw on: "the City Press
reported", "according to the Star", "In a letter to the Guardian",
"Cronkite News is covering ...", or a credit line ending a report
("... other provinces. National Post"). A paper a person only spoke to
("told the Guardian", "Speaking to Trinity News") is where a quote
appeared, a name in passing like a photo credit, and is not counted
(the labelled seed article keeps it optional). Such a name has no organisational
head word, and most of its words are ordinary ("Post", "Star", "Mail"), so
it counts only when it ends in a media word (or starts with "Daily") and
the sentence cites it: a verb of telling or reporting around it, or the
name standing alone after a report's last sentence.

The finder starts from the media words (plain ``str.find`` searches) and
reads the name around each, so it costs nothing on texts without them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .organisation_names import is_sentence_noise
from .prefilter import literal_starts


class OutletName(NamedTuple):
    name: str
    start: int
    end: int


_MEDIA_WORDS = frozenset(
    """News Post Press Times Guardian Telegraph Independent Observer Mail Mirror Standard Chronicle Journal
    Herald Tribune Gazette Star Express Echo Courier Vox Record Magazine Radio Daily Wire""".split()
)
_WORD = r"(?:[A-Z][\w'’-]*|&)"
_NAME_BEFORE = re.compile(rf"(?:{_WORD}[ \t]+){{0,3}}$")
_NAME_AFTER = re.compile(rf"(?:[ \t]+{_WORD}){{0,3}}")
_CITED_BEFORE = re.compile(
    r"\b(?:according to|letter to|wrote in|writing in|reported by|quoted by|quoted in|published by|published in|"
    r"article in|column in|op-ed in|editorial in|story in|report in|reported in|piece in|front page of)"
    r"[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
_CITED_AFTER = re.compile(
    r"[ \t]+(?:has[ \t]+|had[ \t]+|have[ \t]+|was[ \t]+|is[ \t]+)?(?:reported|reports|heard|understands|learned|"
    r"learnt|revealed|reveals|covering|spoke[ \t]+to|contacted|obtained|quoted|published|reached|asked)\b"
)
# "... other provinces. National Post": the source credited after the last sentence
_AFTER_A_SENTENCE = re.compile(r"[.!?”\"][ \t]+$")
_END_OF_PARAGRAPH = re.compile(r"[ \t]*(?:\n|$)")


def news_outlets(text: str) -> list[OutletName]:
    """Outlets the text cites (see the module docstring), in text order."""
    found: dict[int, OutletName] = {}
    for at in literal_starts(text, tuple(_MEDIA_WORDS)):
        word_end = at
        while word_end < len(text) and text[word_end].isalnum():
            word_end += 1
        if at and (text[at - 1].isalnum() or text[at - 1] in "_'’-#@") or text[at:word_end] not in _MEDIA_WORDS:
            continue
        outlet = _outlet_around(text, at, word_end)
        if outlet is not None and outlet.start not in found:
            found[outlet.start] = outlet
    return [found[k] for k in sorted(found)]


def _outlet_around(text: str, at: int, word_end: int) -> OutletName | None:
    """The cited outlet whose name holds the media word at ``at``, or None."""
    before = _NAME_BEFORE.search(text, max(0, at - 60), at)
    start = before.start() if before else at
    after = _NAME_AFTER.match(text, word_end)
    words = text[start : after.end()].split()
    while words and (words[0] in ("The", "THE", "&") or is_sentence_noise(words[0]) and words[0] != "Daily"):
        words = words[1:]
    while words and words[-1] not in _MEDIA_WORDS:
        words = words[:-1]  # "the Guardian Wednesday": the name ends at its media word
    if not words or words[-1] == "&" or not (words[-1] in _MEDIA_WORDS and words[-1] != "Daily" or words[0] == "Daily"):
        return None
    if words == ["Daily"] or len(words) == 1 and words[0] in ("News", "Press", "Radio", "Daily", "Wire"):
        return None  # a lone generic media word ("the Press") names no outlet
    name_start = text.find(words[0], start)
    name_end = text.find(words[-1], name_start) + len(words[-1])
    lead = text[max(0, name_start - 40) : name_start]
    cited = _CITED_BEFORE.search(lead) or _CITED_AFTER.match(text, name_end) or \
        _AFTER_A_SENTENCE.search(lead) and _END_OF_PARAGRAPH.match(text, name_end)
    if not cited:
        return None
    return OutletName(" ".join(words), name_start, name_end)
