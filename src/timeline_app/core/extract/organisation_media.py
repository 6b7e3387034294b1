"""News outlets a page cites as its source.

Reports name the papers, agencies and sites they draw on: "the City Press
reported", "according to the Star", "In a letter to the Guardian",
"Cronkite News is covering ...", or a credit line ending a report
("... other provinces. National Post"). A paper a person only spoke to
("told the Guardian", "Speaking to Trinity News") is where a quote
appeared; round 14 counts it too (on the tuning pages such papers are
labelled as bodies or optional, never refused). A media word followed by
a head word ("Ostland News Agency") starts a longer name, read with the
head words. Such a name has no organisational head word, and most of its words are ordinary ("Post", "Star", "Mail"), so
it counts only when it ends in a media word (or starts with "Daily") and
the sentence cites it: a verb of telling or reporting around it, or the
name standing alone after a report's last sentence. A title whose "The" is
written in capitals mid-sentence after a phrase of telling or citing ("told
The Lakeland Clarion") needs no media word: no person's name opens with it.

The finder starts from the media words (one alternation of plain words)
and reads the name around each, so it costs little on texts without them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .date_mentions import WEEKDAY_NAMES
from .organisation_names import HEADS, is_sentence_noise
from .organisation_reported_by import REPORTING_VERBS, outlets_reporting_after


class OutletName(NamedTuple):
    name: str
    start: int
    end: int


# Words that end an outlet's name ("City Press"), or start it ("Daily Vox"), or are it ("told Reuters").
# Herald, Tribune, Gazette, Radio are head words, read with every other head.
OUTLET_WORDS = frozenset(
    """News Post Press Times Guardian Telegraph Independent Observer Mail Mirror Standard Chronicle Journal
    Star Express Daily Reuters Bloomberg Xinhua""".split()  # (the wire agencies are a name alone)
)
# One alternation of plain words: the engine skips to their first capitals,
# faster here than a ``str.find`` per word.
_MEDIA_WORD = re.compile("|".join(sorted(OUTLET_WORDS)))
# Phrases right before a cited outlet ("a letter to the Guardian"); matched on
# the lower-cased words in front, "the" dropped.
_CITED_BEFORE = ("according to", "reports", "letter to", "wrote in", "writing in", "reported by", "quoted by", "quoted in",
                 "published by", "published in", "article in", "column in", "op-ed in", "editorial in", "story in",
                 "report in", "reported in", "piece in", "front page of", "told", "said to", "speaking to",
                 "spoke to", "talking to", "statement to", "interview with", "comment to", "comments to",
                 "obtained by", "seen by", "shared with", "provided to")  # "a statement obtained by NBC News"
_CITED_AFTER = re.compile(
    r"[ \t]+(?:has[ \t]+|had[ \t]+|have[ \t]+|was[ \t]+|is[ \t]+)?(?:" + REPORTING_VERBS + "|heard|understands|learned|"
    r"learnt|revealed|reveals|covering|spoke[ \t]+to|contacted|obtained|quoted|published|reached|asked|"
    r"(?:attempting|trying)[ \t]+to[ \t]+(?:reach|contact)|reached[ \t]+out)\b"
)
_NAME_WORDS = 3  # words of a name on either side of its media word


def news_outlets(text: str) -> list[OutletName]:
    """Outlets the text cites (see the module docstring), in text order."""
    found: dict[int, OutletName] = {}
    for hit in _MEDIA_WORD.finditer(text):
        at = word_end = hit.start()
        while word_end < len(text) and text[word_end].isalnum():
            word_end += 1
        if at and (text[at - 1].isalnum() or text[at - 1] in "_'’-#@") or text[at:word_end] not in OUTLET_WORDS:
            continue
        outlet = _outlet_around(text, at, word_end)
        if outlet is not None and outlet.start not in found:
            found[outlet.start] = outlet
    for hit in _TITLED_NAME.finditer(text):  # (led by the literal "The": the engine skips between them)
        if not _CITES_BEFORE.search(text, max(0, hit.start() - _CITES_CHARS), hit.start()):
            continue
        words = hit["name"].split()
        while words and words[-1] in _NOT_TITLE_ENDS:
            words.pop()
        if words and not any(w in HEADS for w in words) and hit.start("name") not in found:
            name = " ".join(words)
            found[hit.start("name")] = OutletName(f"The {name}", hit.start(), hit.start("name") + len(name))
    for name, start, end in outlets_reporting_after(text):  # ", Ostland Today reported.": no media word needed
        found.setdefault(start, OutletName(name, start, end))
    return [found[k] for k in sorted(found)]


# A paper cited by its title, "The" written in capitals mid-sentence, after a phrase of telling or citing:
# "she told The Lakeland Clarion", "according to The Westbrook Beacon". No person's name starts with "The".
_CITES_BEFORE = re.compile(r"\b(?:told|[Aa]ccording[ \t]+to|[Ss]peaking[ \t]+to|[Ss]poke[ \t]+to|[Tt]alking[ \t]+to|"
                           r"interview[ \t]+with|statement[ \t]+to|[Ww]riting[ \t]+in|wrote[ \t]+in)[ \t]+$")
_CITES_CHARS = 40
_TITLED_NAME = re.compile(r"The[ \t]+(?P<name>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})(?![\w’'-])")
# Capitalised words that follow a paper's title without being part of it ("told The Clarion Monday").
_NOT_TITLE_ENDS = frozenset(WEEKDAY_NAMES) | frozenset("On In At That".split())


def _outlet_around(text: str, at: int, word_end: int) -> OutletName | None:
    """The cited outlet whose name holds the media word at ``at``, or None."""
    line_start = text.rfind("\n", max(0, at - 60), at) + 1
    lo = max(line_start, at - 60)
    if at > lo and not text[at - 1].isspace():
        return None
    before = [(m.start(), m.group()) for m in _TOKEN.finditer(text, lo, at)]
    line_end = text.find("\n", word_end, word_end + 60)
    after = [(m.start(), m.group()) for m in _TOKEN.finditer(text, word_end, line_end if line_end != -1 else word_end + 60)]
    if after and after[0][0] == word_end:
        after = []  # "News," ends the name at its own word
    elif after and after[0][1].rstrip(",.;:!?)”\"’'") in HEADS:
        return None  # "the Ostland News Agency": a longer name, read with the head words
    words = _name_words(before[::-1], backwards=True)[::-1] + [(at, text[at:word_end])] + _name_words(after)
    while words and (words[0][1] in ("The", "THE", "&") or is_sentence_noise(words[0][1]) and words[0][1] != "Daily"):
        words = words[1:]
    while words and words[-1][1] not in OUTLET_WORDS and words[0][1] != "Daily":
        words = words[:-1]  # "the Guardian Wednesday": the name ends at its media word
    if not words or len(words) == 1 and words[0][1] in ("News", "Press", "Daily"):
        return None  # a lone generic media word ("the Press") names no outlet
    if len(words) == 1 and words[0][0] == line_start and _OWN_POST_AFTER.match(text, word_end):
        return None  # "Post published in: Features" opening a line: the page's own post, under its category
    name_start, name_end = words[0][0], words[-1][0] + len(words[-1][1])
    if not _cited(text, name_start, name_end) or _PHOTO_CREDIT.search(text, max(0, name_start - 40), name_end):
        return None  # "Photograph: A B/The Guardian" credits a picture
    return OutletName(" ".join(w for _, w in words), name_start, name_end)


_TOKEN = re.compile(r"\S+")
_OWN_POST_AFTER = re.compile(r"[ \t]+(?:published|posted|filed)[ \t]+(?:in|on|under)[ \t]*:")
_PHOTO_CREDIT = re.compile(r"\b(?:Photograph|Photo|Picture|Image)[ \t]*:[^\n.]*/")


def _name_words(tokens: list[tuple[int, str]], backwards: bool = False) -> list[tuple[int, str]]:
    """Capitalised words (or "&") from the start of ``tokens`` (offset,
    word), up to a word with punctuation after it, which ends the name and
    is itself kept; read ``backwards`` (the words before a media word, last
    first), that word is the end of what comes before the name
    ("students of X University, The Indian Express reports")."""
    words: list[tuple[int, str]] = []
    for offset, token in tokens:
        if len(words) == _NAME_WORDS or not (token == "&" or token[:1].isupper()):
            break
        bare = token.rstrip(",.;:!?)”\"’'")
        if bare != token:
            if bare[:1].isupper() and not backwards:
                words.append((offset, bare))
            break
        words.append((offset, token))
    return words


def _cited(text: str, name_start: int, name_end: int) -> bool:
    """Whether the sentence cites the outlet: a phrase of citing before it,
    a verb of reporting after it, or the name alone after a last sentence."""
    lead = text[max(0, name_start - 40) : name_start]
    folded = " ".join(lead.lower().split())
    if folded.endswith(" the"):
        folded = folded[:-4]
    if folded.endswith(_CITED_BEFORE) or _CITED_AFTER.match(text, name_end):
        return True
    return lead.rstrip(" \t")[-1:] in (".", "!", "?", "”", '"') and lead[-1:] in (" ", "\t") and \
        text[name_end : name_end + 1] in ("", "\n")
