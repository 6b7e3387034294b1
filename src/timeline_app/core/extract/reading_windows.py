"""Which stretches of a document the statistical engine reads.

The model's cost grows with the words it reads, and most of a document's
words can tell it nothing: a sentence whose names the rules already explain,
or that has none, is skipped, and of the sentences left only a window around
each unexplained capitalised run is read. The small spaCy models look a few
words either side of a word (their convolutions span four), so a window of
four words either side changes nothing they find on the tuning pages and
reads half the words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .organisation_lines import is_title_case_line
from .organisation_names import HEADS
from .sentences import Span

_CAP_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:[ \t]+(?:of|for|and|the|&)?[ \t]*[A-Z][\w'’&.-]*)*")
#: Capitalised words that name no one: a single one of these is no reason
#: to run the model on a sentence.
_PLAIN_CAPITALS = frozenset(
    "I A The This That These Those It He She We They You Our Their His Her Its In On At By For From "
    "But And Or If When While After Before As To Of With Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday January February March April May June July August September October November "
    "December Mr Mrs Ms Dr Then Later Now So Yet Also However There Here What Who Why How".split())
#: A sentence shorter than this is a heading, a menu or a caption: the
#: small models read names into those that are not there.
_MIN_WORDS = 6
_WORD = re.compile(r"\S+")
#: Words read either side of an unexplained run.
CONTEXT_WORDS = 4


def _name_goes_on(sentence: str, end: int) -> bool:
    """Whether a single capitalised word ending at ``end`` goes on as a name
    in lower case, the only way the model can add a name there ("Pimlico
    academy", "Friends of al-Aqsa"): a name of one word is the rules'
    business, and the model's are refused."""
    following = _NEXT_WORD.match(sentence, end)
    return bool(following) and (following.group(1) in _LOWER_HEADS or _PARTICLE_AFTER.match(sentence, end) is not None)


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")
_PARTICLE_AFTER = re.compile(r"[ \t]+(?:of|for)[ \t]+[a-z]{1,3}-[A-Z]")
_LOWER_HEADS = frozenset(head.lower() for head in HEADS)


def _unexplained_runs(text: str, sentences: Sequence[Span],
                      explained: Sequence[tuple[int, int]]) -> Iterator[tuple[Span, int, int]]:
    """Each sentence's capitalised runs that no rule mention covers, as
    (sentence, start, end) with offsets into the sentence.

    A run of two or more capitalised words counts (not months, weekdays or
    pronouns); a single capitalised word counts when it does not open the
    sentence and the name goes on in lower case.
    """
    covered = bytearray(len(text) + 1)
    for start, end in explained:
        covered[start:end] = b"\x01" * (min(end, len(text)) - start)
    for sentence in sentences:
        if sentence.text.count(" ") + 1 < _MIN_WORDS or is_title_case_line(sentence.text):
            continue
        for run in _CAP_RUN.finditer(sentence.text):
            at = sentence.start + run.start()
            words = [w for w in _WORD.finditer(run.group()) if not covered[at + w.start()]
                     and w.group().strip(".,'’") not in _PLAIN_CAPITALS and w.group()[0].isupper()]
            if len(words) > 1 or (words and (run.start() > 0 or words[0].start() > 0)
                                  and _name_goes_on(sentence.text, run.end())):
                yield sentence, run.start(), run.end()


def sentences_worth_reading(text: str, sentences: Sequence[Span],
                            explained: Sequence[tuple[int, int]]) -> list[Span]:
    """The sentences holding a capitalised run no rule mention covers."""
    chosen: list[Span] = []
    for sentence, _, _ in _unexplained_runs(text, sentences, explained):
        if not chosen or chosen[-1] is not sentence:
            chosen.append(sentence)
    return chosen


def windows_worth_reading(text: str, sentences: Sequence[Span], explained: Sequence[tuple[int, int]],
                          context: int = CONTEXT_WORDS) -> list[Span]:
    """Stretches of the sentences worth reading: each unexplained run with
    ``context`` words either side (within its sentence), overlapping
    stretches joined."""
    windows: list[Span] = []
    for sentence, start, end in _unexplained_runs(text, sentences, explained):
        words = [(w.start(), w.end()) for w in _WORD.finditer(sentence.text)]
        first = next(i for i, (_, e) in enumerate(words) if e > start)
        last = max(i for i, (s, _) in enumerate(words) if s < end)
        begin = sentence.start + words[max(0, first - context)][0]
        finish = sentence.start + words[min(len(words) - 1, last + context)][1]
        if windows and windows[-1].end >= begin:
            begin, finish = windows[-1].start, max(finish, windows[-1].end)
            windows.pop()
        windows.append(Span(begin, finish, text[begin:finish]))
    return windows
