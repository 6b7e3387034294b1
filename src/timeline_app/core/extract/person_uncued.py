"""Names with no cue beside them that may still be read as people.

``people`` takes a capitalised run as a person from the words around it.
A run with none is read only where no heading, sentence opening, possessive
or place word speaks against it, and only when shaped as a name: a common
given name first, a signature alone on its line, a double surname ending a
clause.
"""

from __future__ import annotations

import re

from .given_names import GIVEN_NAMES
from .line_bounds import blank_between, line_around, lines_around
from .name_tokens import CAPITAL_PARTICLES, PARTICLES
from .organisation_names import PLACE_NOUNS
from .page_words import word_tokens
from .person_context import WORD_GIVEN_NAMES
from .sentences import Span
from .title_given_names import name_prefix_words

POSSESSIVE_END = re.compile(r"['’]s$")  # "Shaima Dallali's": the name without it
# What may stand before a sentence's first word: blanks, quotation marks, a bracket or a dash
_OPENING_MARKS = " \t\n\"“‘'(-–—"


def nothing_before(before: str) -> bool:
    """Whether ``before``, a sentence's text before a name, holds no word: the name opens its sentence."""
    return not before.strip(_OPENING_MARKS)


# How far back the words before a name are read (``sentence_before``).
_BEFORE_CHARS = 200


def sentence_before(text: str, sentence_start: int, at: int) -> str:
    """``text[sentence_start:at]`` as far as any test of the words before a name can tell: its last
    ``_BEFORE_CHARS`` characters when they hold a blank and a word, else all of it. Slicing the whole
    sentence for each name would cost a sentence of many names its length squared."""
    start = max(sentence_start, at - _BEFORE_CHARS)
    window = text[start:at]
    if start == sentence_start or (window.strip(_OPENING_MARKS) and any(c.isspace() for c in window)):
        return window
    return text[sentence_start:at]


# How far either side of a name its sentence is read for cues (``sentence_around``).
_REACH = 2000


def sentence_around(text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> tuple[str, str]:
    """The sentence's text before a name at ``start:end`` and after it (with the character that ends the
    sentence), each at most ``_REACH`` characters: no cue reaches further, and a sentence of many names then
    costs each name a bounded look."""
    before = text[max(sentence_start, start - _REACH):start]
    if sentence_end - end <= _REACH:
        return before, text[end:sentence_end] + text[sentence_end:sentence_end + 1]
    return before, text[end:end + _REACH]


def given_name_start(text: str, sentence: Span, words: list[str], start: int) -> int:
    """Where a name that opens its sentence with an honorific prefix ("Mian Jo Arlen joined the picket") starts
    for the test of whether it may stand without a cue: at its given name, as after an office; else ``start``."""
    if name_prefix_words(words) and nothing_before(sentence_before(text, sentence.start, start)):
        return start + len(words[0]) + 1
    return start


def may_stand_without_cue(text: str, sentence: Span, start: int, run_end: int) -> bool:
    """Where a name without any cue may still be read as a person: not on a
    title-case heading line, and as the sentence's opening words only when
    a comma or a dash sets the name apart ("John Rose, one of the original
    ...", "Paul Bell - who is ..."), the name is alone on its line (a
    signature) or a verb of saying follows it ("Paschal Donohoe has
    indicated"); never a possessive ("Donald Trump's agenda", "Morgan
    Stanley's pay policy": a firm is named after people as often as anything
    a person owns) unless what is owned is only a person's ("Donald Trump's
    presidency")."""
    if nothing_before(sentence_before(text, sentence.start, start)) and text[run_end : run_end + 1] != "," and \
            not alone_on_its_line(text, start, run_end) and not _VERB_AFTER.match(text, run_end) and \
            not _DASHED_WHO.match(text, run_end):
        return False
    at_a_rally = _RALLY_AFTER.match(text, run_end) is not None and \
        _AT_BEFORE.search(text, max(0, start - 10), start) is not None  # "at Jo Arlen's rally": whose rally
    if text[run_end : run_end + 1] in ("'", "’") and not _PERSONAL_AFTER.match(text, run_end) and not at_a_rally or \
            _OF_BEFORE.search(text, max(0, start - 30), start):
        return False  # "Friends of Al Aqsa": the end of a body's name
    if _PLACE_OF_BEFORE.search(text, max(0, start - 20), start) or _PLACE_NOUN_AFTER.match(text, run_end):
        return False  # "the suburb of Glen Eden", "traffic to Jo Arlen road": a place named
    if _PLACE_BEFORE.search(text, max(0, start - 10), start) and not at_a_rally:
        return False  # "a campus at Brent Cross": where, not who
    return not heading_line(text, start)


# A verb of saying right after a sentence's opening name: the name is its subject, someone speaking ("Paschal
# Donohoe has indicated", "Niall Shananhan explains"); any other word after it may be a firm's, a ship's or a
# place's ("John Deere workers walked out", "Thomas Cook collapsed", "Emma Maersk was held").
_VERB_AFTER = re.compile(
    r"[ \t]+(?:(?:has|had|have)[ \t]+(?:also[ \t]+)?)?(?:said|says|told|tells|added|adds|explained|explains|argued|"
    r"argues|wrote|writes|warned|warns|insisted|insists|stated|states|noted|notes|claimed|claims|indicated|"
    r"indicates|urged|urges|asked|asks|tweeted|replied|responded|admitted|acknowledged|confirmed|denied|"
    r"described|recalled|recalls|believes|believed|thinks|thought|hopes|hoped|revealed)\b")
# What only a person has, owned right after a name and ending the phrase: "protesting Donald Trump's presidency",
# "Theresa May's resignation", a leader's Government, Administration, regime or cabinet (capitalised: a firm goes
# into administration) (a firm has a pay policy, an agenda, remarks and visits, as a person does: those stay
# refused; "Thomas Cook's arrest warrant" owns the warrant).
_PERSONAL_AFTER = re.compile(r"['’]s[ \t]+(?:presidency|premiership|wife|husband|resignation|re-election|tweets?|arrest|"
                             r"death|funeral|birthday|Government|Administration|regime|cabinet)"
                             r"(?=[ \t]*[,.;:)]|[ \t]+(?:of|to|in|on|at|for|and|was|is|by|after)\b)")
# A rally someone holds, gone to: "a protest at Jo Arlen's rally" (a share's rally is no one's: "after the bank's
# rally").
_AT_BEFORE = re.compile(r"(?<![\w'’-])at[ \t]+$")
_RALLY_AFTER = re.compile(r"['’]s[ \t]+rally\b")
# A dash setting the name apart as a comma would: "Paul Bell - who is the union's organiser - says".
_DASHED_WHO = re.compile(r"[ \t]+[-–—][ \t]+who[ \t]+(?:is|was)\b")  # (a firm "who employ" is British English too)
_PLACE_BEFORE = re.compile(r"(?<![\w'’-])(?:at|in|near|outside)[ \t]+$")
# a kind of place and "of" ("the suburb of", "the town of"): a place's name follows
_PLACE_OF_BEFORE = re.compile(r"(?<![\w'’-])(?:suburb|town|city|village|district|county|province|region|borough|"
                              r"township|municipality|neighbou?rhood|state)[ \t]+of[ \t]+$", re.IGNORECASE)
_OF_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+[ \t]+of[ \t]+$")
# a kind of place in lower case after the name: the place is named after the person ("Jo Arlen road")
# (not a verb spelled as one: "loyal to Sam Reed park their lorries", "bridge the gap", "road-tested")
# (nor "camp" the verb: "Jo Arlen camp outside the ministry")
_PLACE_NOUN_AFTER = re.compile(r"[ \t]+(?:(?:squatter|informal|refugee|housing|toll)[ \t]+)?(?:roads?|streets?|"
                               r"avenues?|highway|stadium|square|park|bridge|airport|station|settlements?|"
                               r"camps?(?![ \t]+(?:outside|in|at|on|near|out|overnight|for)\b)|"
                               r"township|estate|booth|faculty|campus|hospital|clinic)(?![-\w])"
                               r"(?![ \t]+(?:off|the|their|its|his|her|themselves|a|an|up|down)\b)")


def heading_line(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is a short title-case heading."""
    line_start, line_end = line_around(text, start)
    return line_end - line_start <= 160 and _is_title_case(text[line_start:line_end])


def alone_on_its_line(text: str, start: int, end: int) -> bool:
    """A name that is its line's only text: a signature under a letter or a
    message ("John Chalcraft" above "Reader, Dept of Govt")."""
    line_start, line_end = lines_around(text, start, end)
    return blank_between(text, line_start, start) and blank_between(text, end, line_end)


def _is_title_case(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) >= 10 and line.rstrip().endswith((".", ".)", ").")) and line.count(",") >= 2:
        return False  # a sentence listing names ("... (A B, C D and E F)."), not a heading
    if line.rstrip().endswith(".") and line.count(",") >= 1 and \
            sum(1 for w in words if w[0].islower() and len(w) > 3) >= 1 and " and " in line:
        return False  # "Speakers included A B, C D and E F.": a sentence naming people
    return len(words) >= 4 and sum(1 for w in words if w[0].isupper()) / len(words) >= 0.7


def shaped_as_name(words: list[str], start: int, text: str) -> tuple[str, int, float]:
    """(name, end, confidence) for a run with no cue that is shaped as a
    name: a common given name, then a surname ("David Willetts"), or two
    given names and a surname ("Cecil John Rhodes"), or a double surname
    ending a clause ("Natasha Stott Despoja."). Confidence 0 = no."""
    prefix = name_prefix_words(words)  # "Khawaja Salman Arlen": judged from the given name
    if words[prefix] not in GIVEN_NAMES or words[-1] in WORD_GIVEN_NAMES:
        return "", start, 0.0  # "after Theresa May invited him": a month closing a name needs a cue
    if len(words) == 3 and not prefix and words[1] not in GIVEN_NAMES and \
            words[1] not in PARTICLES | CAPITAL_PARTICLES and not _MIDDLE_INITIAL.fullmatch(words[1]) and \
            not _double_surname(text, start, words) and not SYLLABLES.fullmatch(words[2]) and \
            not alone_on_its_line(text, start, start + len(" ".join(words))):
        words = words[:2]  # "David Willetts Faces": the third word is no name
    name = POSSESSIVE_END.sub("", " ".join(words))
    return name, start + len(name), 0.6


# A middle initial ("Thomas K. Arlen (LTU)"): the name goes on after it.
_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")
# A given name of hyphenated syllables after the surname ("Lai Man-lok").
SYLLABLES = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,6}")


# A capitalised word or an article right before a name: a title's words ("Why Is Jane Smith Angry was"), a
# thing named after a person ("the Rishi Sunak Budget which", "the Jane Austen Festival was").
_CAPITAL_OR_ARTICLE_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*|\b(?:the|a|an|this|that|his|her|their|its))[ \t]+$")
# The words a name's third word may run on into: saying, time, grammar.
_RUNS_ON_INTO = re.compile(r"(?:earlier|later|said|says|told|who|whose|which|has|had|have|was|is|will|would|could|"
                           r"and|to|on|in|at|of|for|from|with|this|last|yesterday|today|recently|also)\b")


def _double_surname(text: str, start: int, words: list[str]) -> bool:
    """A third word that ends a clause, or runs on into a word of saying,
    time or grammar (``_runs_on``), and is no ordinary word of the text
    ("Faces", "Says" are), is a second surname."""
    end = start + len(" ".join(words))
    if text[end : end + 1] not in (".", ",", ";", ":") and not _runs_on(text, start, end, words):
        return False
    word = words[2].lower()
    if "'" in word or "’" in word:
        return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is None
    return word not in word_tokens(text)  # (one pass a page, not one a name)


def _runs_on(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether a three-word name runs on into a word of saying, time or
    grammar with a third word shaped as a surname ("Priyanka Gandhi Vadra
    earlier this week"): no "s" that could make it a verb ("Boris Johnson
    Brexit plans" runs into no such word anyway), no place noun ("Jeremy
    Bentham Room"), no hyphen ("Doug Ford-led X"), and no capitalised word
    or article right before the name."""
    return text[end : end + 1] == " " and _RUNS_ON_INTO.match(text, end + 1) is not None and \
        not words[2].endswith("s") and words[2] not in PLACE_NOUNS and "-" not in words[1] + words[2] and \
        not _CAPITAL_OR_ARTICLE_BEFORE.search(text, max(0, start - 40), start)


# A saint's word before a name: a town, a parish, a paper or a school named after the saint ("Santa" is a given
# name too: "president Santa Ulo")
_SAINT_WORDS = "St Ste Sta Saint Sainte San São Sao".split()
_SAINTS = frozenset(_SAINT_WORDS + [word + "." for word in _SAINT_WORDS])
_SAINT_BEFORE = re.compile(rf"(?<![\w'’-])(?P<saint>{'|'.join(_SAINT_WORDS)})\.?[ \t]+$")
# a capitalised word or a numbered street's ("Harbour St.", "5th St.") before the saint's word
_CAPITALISED_END = re.compile(r"(?<![\w'’.-])(?!(?:The|In|At|To|From|Of|On)[ \t])"
                              r"(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th)?)[ \t]+$")


def named_for_saint(text: str, start: int) -> bool:
    """Whether a name opens with a saint's word or follows one ("the St. Kea Post", "was San Pablo Arlen"): a
    place's, a paper's or a school's name. Not after a capitalised word or a number, where "St." is a street's
    ("Arlen St. Jo Lind said", "5th St. Jo Lind") and "San" a part of a name ("Aung San ...")."""
    saint = start if text[start : start + 7].split(None, 1)[0] in _SAINTS else -1
    if saint < 0 and (found := _SAINT_BEFORE.search(text, max(0, start - 8), start)):
        saint = found.start("saint")
    return saint >= 0 and not _CAPITALISED_END.search(text, max(0, saint - 30), saint)
