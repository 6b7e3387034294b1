"""Role contexts around a name that reach past the word beside it.

``people`` reads a role in the words right before or after a name. Real
reports from Nigeria, Kenya, India and elsewhere put a whole body's name
between the office and the person, or run a long clause after the office:

* "the President of the Ostland Union of Students (OUS), Sunday
  Obiora" and "the chairman, Lakeland Students' Congress (LSC),
  Comrade ..." (an office, then the body it belongs to,
  then a comma and the name);
* "Tunde Ariyo, the chairman of WPA while addressing ..." (an office
  opening a phrase too long to be read whole as the role);
* "Ayub Lala of People's Students Federation (PSF)": the body a person
  belongs to, right after the name;
* "–Suvrat Raju" closing a paragraph: a signature after a dash;
* "Sunday Obiora" after such a cue: a weekday, month or other word that is
  also a given name (Sunday, December, River) opens the name instead of
  dating the sentence; and a title word that is also a surname ends one
  ("Sarah Jayne King").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from .dates import MONTH_WORDS
from .document_memo import remembered
from .line_bounds import line_around
from .person_headline_verbs import ends_on_what_befell
from .name_tokens import GLUED_WORDS
from .organisation_names import is_role_word as is_office

# The body between an office and a name: capitalised words joined by small
# connecting words, an optional acronym in brackets, then the comma before
# the name (and any title such as "Comrade" the name's run left behind).
_BODY_BEFORE_NAME = re.compile(
    r"(?:\b(?:of|at|for|in)[ \t]+(?:the[ \t]+)?|,[ \t]*(?:the[ \t]+)?|(?<=[a-z])[ \t]+)"
    r"(?P<body>[A-Z][\w'’&-]*(?:[ \t]+(?:(?:of|the|and|for|&|de)[ \t]+)*[A-Z][\w'’&-]*)*)"
    r"[ \t]*(?:\([A-Za-z][\w.&-]{1,12}\)[ \t]*)?"
    # the body's campus or town in commas ("Student Union, IBBU Lapai, X")
    r"(?:,[ \t]*[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,2}[ \t]*(?=,))?"
    r"(?P<comma>,)?[ \t]*(?:[A-Z][a-z]+\.?[ \t]+)?$"
)
_LOOKBACK = 200
# ", the chairman of EWAN while ...": up to three words, then an office.
_OFFICE_OPENING = re.compile(
    r"^,[ \t]*(?:the|a|an)[ \t]+(?P<role>(?:[\w'’-]+[ \t]+){0,3}?(?P<office>[\w'’-]+)"
    r"(?:[ \t]+(?:of|at|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,5})?)"
    r"(?=[ \t]+[a-z]|[ \t]*[,.;:)]|[ \t]*$)"
)
# " of Pakhtun Students Federation (PkSF)": the body a name belongs to.
_OF_BODY_AFTER = re.compile(
    r"^[ \t]+of[ \t]+(?:the[ \t]+)?(?P<body>[A-Z][\w'’&-]*(?:[ \t]+(?:(?:of|the|and|for|&)[ \t]+)*[A-Z][\w'’&-]*){0,6})"
    r"(?P<acronym>[ \t]*\([A-Za-z][\w.&-]{1,12}\))?"
)
# Words that are also given names and otherwise keep a run from being a
# name (weekdays, months, seasons, a river): after an office or a comma
# they open one ("secretary December Mavuso", "sophomore River Gayton").
WORD_GIVEN_NAMES = frozenset("Sunday Friday April May June July August December River Summer Autumn Justice".split())
# Honorifics that, before a single name, are part of how the person is called
# ("Sheikh Hasina"), not a title that a full name would follow
NAME_HONORIFICS = frozenset("Sheikh Shaikh Sheikha".split())
# Days that are given names too, opening a name at a line's start before its comma ("Sunday Arlen, deputy ...")
DAY_GIVEN_NAMES = frozenset(("Sunday", "Friday"))
# Title words that are also surnames: a run ending in one after a given
# name keeps it ("Sarah Jayne King", "Howard Dean").
TITLE_SURNAMES = frozenset("""King Prince Bishop Dean Major Judge Mayor Knight Pope Cardinal Sheriff Marshall May Barr
    Green White Black""".split())  # (colours are surnames too: "Peter Green")


# A weekday that closes a run of capitalised words before a lowercase word: wire copy's day of the verb after a
# name ("Chairman Tom Okello Tuesday said"), not the name's last word (Friday and Sunday are given names too).
_DAY_CLOSING_A_RUN = frozenset("Monday Tuesday Wednesday Thursday Saturday".split())
_LOWERCASE_NEXT = re.compile(r"[ \t]+[a-z]")


# "Aquino III", "Marcos, Jr." (not "Sr. Mary"); "Jo Arlen 3rd" closing its phrase or before its verb (not "Ana
# Cruz 2nd from left", "Posted by Jo Arlen 3rd March", "Jo Arlen 3rd shift workers")
_GENERATION = re.compile(r"(?: I(?:II?|V)|,? [JS]r\.?+(?![ \t]+[A-Z])| (?:2nd|3rd|4th)(?=[ \t]*(?:[,.;:)\n]|$)|"
                         r"['’]s\b|[ \t]+(?:said|says|was|is|has|had|who|told)\b))(?![\w-])")
_GENERATION_STARTS = (" I", " Jr", " Sr", ", Jr", ", Sr", " 2nd", " 3rd", " 4th")
_PLACING = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b")  # ("Results: Kea Holm 1st, Mira Tane 2nd, Jo Arlen 3rd")
_MONTH_NEXT = re.compile(rf"[ \t,.:\n]*(?:{MONTH_WORDS})\b")  # ("Posted by Kea Holm 3rd\nMarch 2024": a date)
_BY = re.compile(r"\b[Bb]y[ \t]")  # a byline's "by" before the name ("Comment by steward Kea Holm 3rd")
_BY_LENGTH = len("by ")
# A ranking's words ("chose Kea Holm first and Mira Tane 2nd", "put organiser Mira Tane 2nd, behind ...")
_RANKING = re.compile(r"\b(?:first|second|third|fourth|came|behind|ahead|ranked|rankings?|placed|count)\b")
_RANKING_REACH = 80


def generation_after(text: str, end: int) -> re.Match[str] | None:
    """The generation written right after a name ending at ``end`` ("III", ", Jr.", "3rd"), if any: an ordinal
    neither among placings nor a day of a month (before a month's name, or in a byline)."""
    generation = _GENERATION.match(text, end) if text.startswith(_GENERATION_STARTS, end) else None
    if generation is None or not generation.group()[1:2].isdigit():
        return generation
    around = text[max(0, end - _RANKING_REACH) : generation.end() + _RANKING_REACH]
    if len(_PLACING.findall(around)) > 1 or _RANKING.search(around) or _MONTH_NEXT.match(text, generation.end()) or \
            _by_before_on_its_line(text, end):
        return None
    return generation


def _by_before_on_its_line(text: str, end: int) -> bool:
    """Whether a byline's "by" stands on the line before ``end``: the page's "by"s are listed once and bisected (a
    one-line page of thousands of names searched its whole line again for each)."""
    starts = remembered(_by_starts, text)
    first = bisect_left(starts, line_around(text, end)[0])
    return first < len(starts) and starts[first] + _BY_LENGTH <= end


def _by_starts(text: str) -> list[int]:
    return [match.start() for match in _BY.finditer(text)]


# "Ph.D.", "M.Sc.", "U.S.": an abbreviation's letters and full stops
_DOTTED_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,2}\.(?:[A-Za-z]{1,3}\.)+")


# A clause of the apposition's own: an office word after it is someone else's ("a U.K. club whose president ...")
_OWN_CLAUSE = re.compile(r"\b(?:whose|who|which|with|run[ \t]+by)\b")


def past_abbreviation(after: str, short: re.Match[str], longer_pattern: re.Pattern[str],
                      is_role_word: Callable[[str], bool]) -> re.Match[str] | None:
    """The longer reading of the office after a name (``longer_pattern``) when the short one stopped at an
    abbreviation's full stop (", a fifth-year Ph.D. student"; not at "and" or "who": "a club who sacked ...") and
    an office word stands before any clause of its own."""
    role_end = short.end("role")
    word_start = after.rfind(" ", 0, role_end) + 1
    if not after.startswith(".", role_end) or _DOTTED_ABBREVIATION.match(after, word_start) is None:
        return None
    longer = longer_pattern.match(after)
    head = _OWN_CLAUSE.split(longer["role"], 1)[0] if longer else ""
    return longer if any(is_role_word(word) for word in head.split()) else None


# ", 1st deputy president TUC, ...", ", chair of the Harbourton Union, said": the phrase after a name's comma
_PHRASE_AFTER_COMMA = re.compile(r",[ \t]*([^,;\n]{2,80})")
_SPEECH_WORDS = frozenset("said says told tells added wrote writes reported".split())
_OFFICE_REACH = 3  # words from the phrase's start the office must stand within
_ARTICLES = frozenset("the a an".split())


def office_after_comma(after: str, is_role_word: Callable[[str], bool]) -> bool:
    """Whether an office heads the phrase after the comma that opens ``after``, the text after a run (an office word
    among its first words after any article), with no verb of speech in the phrase ("Sunday Mass, said by the
    bishop", "Sunday Ledger, the paper's editor said"), no owner before the office ("a weekly whose editor") and
    no one else's name after it ("Sunday Ledger, editor Mira Tane wrote")."""
    phrase = _PHRASE_AFTER_COMMA.match(after)
    words = phrase[1].split() if phrase else []
    if not words or not _SPEECH_WORDS.isdisjoint(word.lower() for word in words):
        return False
    lead = 1 if words[0].lower() in _ARTICLES else 0
    for at in range(lead, min(len(words), lead + _OFFICE_REACH)):
        if words[at].lower() in ("whose", "of", "for") or words[at].endswith(("'s", "’s")):
            return False
        if is_role_word(words[at]):
            return _office_closes(words[at + 1 : at + 3], is_role_word)
    return False


def _office_closes(after: list[str], is_role_word: Callable[[str], bool]) -> bool:
    """Whether the words after an office leave it the named person's: nothing, "of/for/at" a body, another office
    word ("deputy president") or a body's capitalised name ("TUC"), not a noun ("steward rota", "president and
    secretary to meet") nor two capitalised words (someone else's name: "editor Mira Tane")."""
    if not after:
        return True
    if len(after) == 2 and all(w[:1].isupper() and w[1:2].islower() for w in after):
        return False
    return after[0].lower() in ("of", "for", "at") or after[0][:1].isupper() or is_role_word(after[0])


def run_words(run: re.Match[str]) -> tuple[list[str], int]:
    """A capitalised run's words and where they end, without a weekday that dates the verb after them, then without
    a headline's verb that tells what befell the name before it (``person_headline_verbs``)."""
    words, end = run.group().split(), run.end()
    if len(words) >= 3 and words[-1] in _DAY_CLOSING_A_RUN and _LOWERCASE_NEXT.match(run.string, end):
        words, end = _without_last_word(run.string, run.start(), end, words)
    if ends_on_what_befell(words):
        words, end = _without_last_word(run.string, run.start(), end, words)
    return words, end


def _without_last_word(text: str, start: int, end: int, words: list[str]) -> tuple[list[str], int]:
    """``words`` of the run ``text[start:end]`` but its last, and where what is left ends."""
    body = text[start:end].rstrip()
    return words[:-1], start + len(body[: body.rfind(words[-1])].rstrip())


# The letters of an elected member's seat after a name ("Joan Collins TD", "Jo Bloggs MP"), not before
# another name, when the first is the seat's place ("Ipoh Timur MP Lim Kit Siang").
SEAT_AFTER = re.compile(r"[ \t]+(?P<seat>MP|TD|MEP|MSP|MLA|MPP|MHA|MHK)(?![\w'’-])(?![ \t]+[A-Z])")
# A channel's or a paper's name before its reporter ("Ada Derana reporter said").
NEWSROOM_AFTER = re.compile(r"[ \t]+(?:reporters?|correspondents?)\b")
# "Bill No. 11376", "Order No 5": a document's number after its kind, not a person ("Tom Hardy No. 9" stays).
_NUMBERED = frozenset("Bill Order Resolution Act Decree Circular Ordinance Case Petition Notice Memo Directive".split())
_NUMBER_AFTER = re.compile(r"\.?[ \t]*\d")


def numbered_document(name_words: list[str], text: str, end: int) -> bool:
    """Whether a run ending at ``end`` is a document's kind and "No" before its number ("Bill No. 11376")."""
    return len(name_words) == 2 and name_words[1] == "No" and name_words[0] in _NUMBERED and \
        _NUMBER_AFTER.match(text, end) is not None


# Malaysian honours: "Seri" goes with the title before it ("Datuk Seri Najib"), and is a name of its own
# elsewhere ("Seri Wahyuni").
_HONOURS = frozenset(("Datuk", "Datin"))


def office_ends(words: list[str], is_role_word: Callable[[str], bool]) -> bool:
    """Whether ``words`` end on an office: a role word, or one and "general" ("secretary general")."""
    return is_role_word(words[-1]) or words[-1] == "general" and len(words) > 1 and is_role_word(words[-2])


def honour_after_title(words: list[str], cut: int) -> int:
    """1 when the word at ``cut`` is "Seri" after "Datuk" or "Datin" and a name follows it, else 0."""
    return int(0 < cut < len(words) - 1 and words[cut - 1] in _HONOURS and words[cut] == "Seri")


# English words glued to a name by a hyphen ("the Doug Ford-led government"): no body's name ends on one.
_GLUED_WORDS = tuple(f"-{word}" for word in GLUED_WORDS)


def role_through_body(before: str, is_role_word: Callable[[str], bool], heads: frozenset[str]) -> str | None:
    """The office and body in "the President of the X Union (XU), ", "the
    chairman, X Union (XU), ", "Minister of Higher Education " or "convener
    X Students Federation " ending ``before`` (the text in front of a name),
    or None. ``heads`` are the words that make a body's name."""
    tail = before[-_LOOKBACK:]
    last = tail.rstrip(" \t").rsplit(None, 1)[-1:] or [""]
    if not (last[0].endswith((",", ")")) or last[0][:1].isupper()) or last[0].endswith(_GLUED_WORDS):
        return None  # no body's name or comma right before the name: most runs end here ("Doug Ford-led" neither)
    match = _BODY_BEFORE_NAME.search(tail)
    while match:  # the office may stand before any of the body's words
        role = _office_and_body(tail, match, is_role_word, heads)
        if role:
            return role
        match = _BODY_BEFORE_NAME.search(tail, match.start() + 1)
    return None


def _office_and_body(tail: str, match: re.Match[str], is_role_word: Callable[[str], bool],
                     heads: frozenset[str]) -> str | None:
    words = tail[: match.start()].rstrip(" \t,").split()
    if not words or not is_role_word(words[-1]):
        return None
    link = tail[match.start() : match.start("body")].strip(" \t")
    if not link and not heads.intersection(match["body"].split()):
        return None  # "convener Insaf Students Federation X": a bare body needs its head word
    office = words[-1].strip("“”\"‘(,")
    if not link and _opens_a_listed_body(office, words[-2] if len(words) > 1 else ""):
        return None  # "(LFS), Student Christian Movement (SCM), Kabataang Pinoy": a listed body's first word
    if office.endswith("s") and not office.endswith(("ss", "us")):
        return None  # "Members of Tucson Tenants Union, X, and Y": a group's, and a list of bodies follows
    joined = f"{office}{link if link.startswith(',') else ' ' + link} {match['body']}"
    return " ".join(joined.split())


def _opens_a_listed_body(office: str, before: str) -> bool:
    """Whether ``office`` (the word before a body) is a capitalised word that no office is, right after a
    listed name or acronym and its comma (``before``): the listed body's own first word."""
    return office[:1].isupper() and not is_office(office) and before.endswith(",") and \
        (before[:1].isupper() or before.startswith("("))


def office_opening_after(after: str, is_role_word: Callable[[str], bool]) -> str | None:
    """The office that opens a phrase after a name (", the chairman of EWAN
    while ..."), however long the phrase runs on, or None."""
    match = _OFFICE_OPENING.match(after) if after.startswith(",") else None
    if not match or not is_role_word(match["office"]):
        return None
    return " ".join(match["role"].split())


def affiliation_after(after: str, heads: frozenset[str]) -> str | None:
    """The body named right after a name ("Ayub Lala of People's Students
    Federation (PSF)"): a body's head word or its acronym in brackets
    makes it one. Returns the body's name, or None."""
    match = _OF_BODY_AFTER.match(after) if after[:4] in (" of ", "\tof ") else None
    if not match or not (match["acronym"] or heads.intersection(match["body"].split())):
        return None
    return match["body"]


# " (Vice-Chancellor)": an office in brackets right after a name.
_BRACKETED = re.compile(r"^[ \t]*\((?P<role>[^()\n]{2,60})\)")
# " from the Sheffield rent strike told": where a speaker comes from, then
# the speech verb.
_FROM_THEN_SPEECH = re.compile(
    r"^(?P<comma>,)?[ \t]+(?:from|of|at)[ \t]+(?:the[ \t]+)?(?P<where>[^,.;:!?\n“\"()]{2,60}?)(?(comma),|,?)[ \t]+"
    r"(?:said|says|told|tells|added|urged|warned|explained|argued|insisted)\b"
)


def bracketed_office(after: str, is_role_word: Callable[[str], bool]) -> str | None:
    """The office in brackets after a name ("David Richardson
    (Vice-Chancellor)", "X (Provost and Deputy Vice-Chancellor)"), or None:
    a bracket naming a place or a ward holds no role word."""
    match = _BRACKETED.match(after) if after[:3].lstrip(" \t").startswith("(") else None
    if not match or not any(is_role_word(word) for word in match["role"].split()):
        return None
    return " ".join(match["role"].split())


def speaks_from(after: str) -> bool:
    """A name followed by where its speaker comes from and a speech verb
    ("X from the rent strike told", "X of the union said", "X, of the
    tenants' union, said", and loosely "X of the union, says")."""
    return after[:7].lstrip(" \t,").startswith(("from ", "of ", "at ")) and bool(_FROM_THEN_SPEECH.match(after))


# How far back a signature's dash line is read: a line's last characters
# tell a dash closing text from a bullet, and reading no more keeps a long
# one-line text linear (``before`` runs from its sentence's start).
_DASH_LINE_TAIL = 200
# Nothing but blanks up to the line's end.
BLANK_TO_LINE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")


def signed_after_dash(before: str, after: str) -> bool:
    """A name after a dash that ends its line: a signature ("–Suvrat Raju")."""
    line = before[-_DASH_LINE_TAIL:].rsplit("\n", 1)[-1].rstrip(" \t")
    # the dash closes a line of text ("... generated. –Suvrat Raju"); one
    # opening its line is a list's bullet ("- Print Article")
    if not line.endswith(("–", "—", "-")) or not line[:-1].strip() or not line[-2].isspace():
        return False
    return BLANK_TO_LINE_END.match(after) is not None


# Courtesy titles: before a name they are no office ("until Mrs Gloria ...").
_COURTESY = frozenset("mr mrs ms miss dr hon honourable honorable".split())


def tidy_role(role: str) -> str:
    """A role phrase without what is not the office: the end of a bracket
    opened before it ("(UP-Min USC) vice-chairperson" read from "...
    Council (UP-Min USC) vice-chairperson"), and a courtesy title closing it,
    which leaves no role at all when nothing else was said."""
    if ")" in role and "(" not in role[: role.rfind(")")]:
        role = role[role.rfind(")") + 1:].strip()
    words = role.split()
    if words and words[-1].rstrip(".").lower() in _COURTESY:
        return ""
    return role


# A clause opened inside what follows a name: no office runs on through it.
_OPENS_CLAUSE = re.compile(r"\b(?:while|when|who|which|after|before|as|during|whilst)\b")


# After a name's comma (and "the", "a" or "an"), a word in lower case, then "are" or "were"
_CLAUSE_AFTER_COMMA = re.compile(r",[ \t]*(?:(?:the|a|an)[ \t]+)?[a-z][\w'’-]*[ \t]+(?:are|were)\b")


def opens_a_clause(after: str) -> bool:
    """Whether the text right after a name opens a clause after its comma: a word in lower case (a plural
    noun, as a rule) and "are" or "were" ("Thanks to Mira Tane, the cleaners were paid"), which no office
    is followed by; what a role reader takes there is no office of the person."""
    return _CLAUSE_AFTER_COMMA.match(after) is not None


def role_then_speech(after: str, pattern: re.Pattern[str], is_role_word: Callable[[str], bool]) -> str | None:
    """The office between a name and a speech verb ("Name, chairperson of
    the Harbourton Youth League (HYL) declared"), ``pattern`` capturing
    it as ``role``; None when it opens with no role word or holds a clause."""
    match = pattern.match(after)
    if match is None or not is_role_word(match["role"].split()[0]) or _OPENS_CLAUSE.search(match["role"]):
        return None
    return " ".join(match["role"].split())


#: ", March 7 (PTI)", ", 21 October 2015 -": an agency dateline's date after a town.
_DATELINE_DATE = re.compile(
    rf",[ \t]*(?:(?:{MONTH_WORDS})\.?[ \t]+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{MONTH_WORDS})\.?)"
    rf"(?:,?[ \t]+\d{{4}})?[ \t]*(?:\(|[-–—:|])")


def dateline_after(after: str) -> bool:
    """Whether ``after`` (the text right after a capitalised run) opens a
    dateline's date: the run is the town an agency filed from ("New Delhi,
    March 7 (PTI) ..."), not a person."""
    return _DATELINE_DATE.match(after) is not None
