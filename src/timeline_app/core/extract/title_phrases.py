"""Event titles that read like timeline entries: short, and whole phrases.

A sentence is made into a title by dropping an opening subordinate clause
("Following the demonstration on Wednesday, students occupied ..." becomes
"Students occupied ..."), then, if it is still too long, ending it at the
last clause boundary that fits (a comma, a dash, or a word that opens a new
clause such as "after", "who", "as", "to demand"). Only a sentence with no
such boundary is cut at a word, and then never after a word like "the" or
"of" that leaves the phrase hanging.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .document_memo import remembered
from .title_last_resort import last_clause_has_verb
from .title_counted_subject import opens_with_counted_people
from .title_compression import is_title_case, lowered_headline, lowered_shout, shorter_wording, \
    without_subject_asides
from .title_modifiers import HELPING_VERBS, NOT_A_PAST, before_modifier, complement_follows
from .title_tightening import ended_sooner, quotes_closed
from .title_openings import WEEKDAY, with_acronyms, without_day_words, without_kicker, without_opening, \
    without_shouted_kicker

EVENT_TITLE_CHARS = 70
_SHORTEST_PHRASE = 25
# What follows a comma inside a date ("Friday, June 14, 2019", "October 2,
# 2021"): a year, a month and day, a day and month (case kept: "8 May", not "8 may").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
DATE_GOES_ON = rf"(?-i:[ \t]*(?:\d{{4}}\b|{_MONTH}[ \t]+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}(?![a-z])))"
# What follows a name's comma inside a list of names: more names, then "and" and the last item
# ("Paris, Beirut and Baghdad", "Leeds, Bristol, and other towns").
_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
_LIST_GOES_ON = re.compile(rf"[ \t]+(?:{_NAME}(?:,[ \t]+{_NAME})*,?[ \t]+)?(?:and|&)[ \t]+\S")
_CLAUSE_COMMA = re.compile(r",(?!" + DATE_GOES_ON + r")[ \t]+")
# How many list commas an opening clause may run over.
_LIST_COMMAS = 6
_NAME_CHARS = 40
_OPENING_CLAUSE = re.compile(
    r"^(?:following|after|before|while|whilst|when|although|though|despite|as|in|on|at|with|since|through|via|"
    r"allowing for|throughout|during|amid|ahead of|having|according to|for|under|once|if|"
    r"due to|owing to|because of|in response to|in addition to|as part of|back in|nearly|almost|shortly|soon|"
    # a participle of protest opening the sentence ("Demanding a full rollback of the fee rise, the union marched")
    r"demanding|protesting|calling for|chanting|shouting|waving|citing|accusing|alleging|urging|seeking|"
    r"opposing|condemning|"
    # and one of saying ("Saying they want a say over the rota, 600 porters went on strike"), unless the
    # clause has a verb of its own ("Claiming benefits was hard, ...": a subject)
    r"(?:saying|claiming|arguing|insisting|noting)\b(?![^,]*\b(?:was|were|is|are|has|have|had)\b))\b"
    # (a comma inside a date is the date's own: "on October 2, 2021, the union ...")
    r"(?:[^,]|,(?=" + DATE_GOES_ON + r")){3,200},(?!" + DATE_GOES_ON + r")[ \t]+",
    re.IGNORECASE,
)
_NOT_AFTER_BE = "".join(rf"(?<!\b{be}[ \t])" for be in ("is", "are", "was", "were", "be", "been", "being", "['’]s"))
# (Written to open with one character class, so that a search skips to the
# stops and blanks instead of trying five alternatives at every position. A
# quotation may open on the word: 'would strike | “in protest at ...'. "Due to" after a form of "be" is
# "scheduled to", no cause: 'porters are due to walk out' stays whole.)
_BOUNDARY = re.compile(
    r"[,; \t](?:(?<=[,;])[ \t]|(?<=[ \t])(?:[–—-][ \t]|\(|(?=[“\"‘]?(?:who|which|after|as|because|while|whilst|"
    r"when|where|to demand|to protest|in protest|in solidarity|following|before|despite|amid|since|until|"
    r"unless|although|even though|" + _NOT_AFTER_BE + r"due to)\b)))"
)
# How far past a title's limit the word marking a boundary is read (the longest, "in solidarity", and a quote mark).
_CUE_REACH = 16
# Where a place or a time phrase starts ("marched through ...", "gathered at
# ..."): a phrase ending before it is whole, but says less, so it is taken
# only when it keeps most of the title (``_PLACE_PHRASE`` characters).
# (The blank first, then what may not stand before it: a search skips from blank to blank.)
_PLACE_BOUNDARY = re.compile(r" (?<!\btook )(?<!\btake )(?<!\btakes )(?<!\btaken )(?=(?:at|in|outside|near|through|across|into|over|during|from) )")
_PLACE_PHRASE = 45
# A phrase worth keeping says what happened: it holds a verb ("-ed" or a
# common verb of the movement's reports), not just a list or a name.
# (Every verb opens with a small letter: the look-ahead turns down other positions before the boundary test.)
_VERB = re.compile(
    r"(?=[a-z])\b(?:" + NOT_A_PAST + r"[a-z]+ed|is|are|was|were|will|has|have|had|says?|said|calls?|march(?:es)?|strikes?|holds?|held|"
    r"joins?|walks?|occup(?:y|ies)|protests?|votes?|begins?|began|launch(?:es)?|demands?|took|takes?|signs?|"
    r"won|wins?|gather|rally|rallies|plan|plans|threatens?|face|faces|"
    # verbs of the movement's reports in the present, as headlines write them, and irregular pasts
    r"raises?|stages?|demonstrates?|urges?|rejects?|condemns?|refuses?|backs?|opposes?|supports?|blocks?|"
    r"boycotts?|announces?|issues?|goes|went|sat|stays?|stands?|stood|continues?|remains?|marks?|seeks?|sought|"
    r"gets?|got|makes?|gives?|gave|comes?|came|leaves?|left|sets?|leads?|led|meets?|met|runs?|ran|"
    r"keeps?|kept|tells?|told|asks?|wants?|urges?|accuses?|slams?|sues?|defends?|shuts?|brings?|brought|"
    r"lost|loses?|fights?|fought|picket|pickets|boycott|put|puts|hit|hits|saw|found|sent|paid|spent|built|sold|"
    r"heard|spoke|wrote|chose|drew|threw|fell|broke|vows?|pledges?|"
    # and verbs a headline reports an action with in the present ("Students storm ...", "Nurses warn ...")
    r"storms?|floods?|fails?|writes?|halts?|defy|defies|descends?|converges?|warns?|quits?|resigns?|snubs?|erupts?|"
    r"suspends?|escalates?|"
    # and a caption's ("The union's president speaks to the strikers at the gate"); not "addresses", as often a noun
    r"speaks?|"
    r"walk-?outs?|occupations?|sit-ins?|petitions?|letters?|ballots?|referendums?|campaigns?|demonstrations?)\b"
)
GLUED_DATE = re.compile(r"^(?:date|published|posted)[ \t]*(?::[ \t]*)?\d{4}-\d{2}(?:-\d{2})?[ \t]+", re.IGNORECASE)
# What opens a sentence but belongs to no timeline entry: a wire dateline
# ("BRISBANE — ", "SANTA CRUZ, Calif. – "), a page label ("LATEST NEWS
# 22/11/2010: ", "UPDATE: ", "Update | "), a linking word ("But ", "However, ").
# (a bar also sets off a section's name, "LIVE | ", "Press release | "; before a colon such a name opens a
# headline's own words as often: "STATEMENT: Tenants stand with ...")
_PAGE_LABELS = r"latest[ \t]+news|breaking(?:[ \t]+news)?|just[ \t]+in|update|updated|news[ \t]+flash"
_BAR_LABELS = _PAGE_LABELS + r"|live|press[ \t]+(?:statement|release)|statement"
_LEAD_IN = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}(?:,[ \t]+[A-Z][\w.]{1,12})?[ \t]+[–—-][ \t]+|"
    r"(?i:(?:" + _PAGE_LABELS + r")\b[^:\n]{0,24}:[ \t]+|"
    # a label set off by a bar, as a page's section line writes it ("Update | ", "Press Statement|"); not the first
    # of a slogan's or a breadcrumb's bars ("Live|Work|Play: ...", "Update | 4 March 2025 | ...")
    r"(?:" + _BAR_LABELS + r")[ \t]*\|(?![^|\n]{0,32}\|)[ \t]*|"
    r"(?:but|and|yet|however|meanwhile|also|such as)\b,?[ \t]+|"
    # "It comes after the union voted ...": what the event follows, said as a clause of its own
    r"(?:it|this|that)[ \t]+(?:comes|came)[ \t]+(?:after|as|amid|following)[ \t]+))"
)
# A date closing a headline ("..., 21/02/2012", "... – Wednesday 24th November
# 2010"): the timeline shows the date already.
# (not a day range's second day: "walk out on 6-7 January" keeps its dates whole)
_TRAILING_DATE = re.compile(
    r"(?=[ \t,–—|-])(?!(?<=\d)[-–]\d)[ \t]*[,–—|-][ \t]*(?:" + WEEKDAY + r",?[ \t]+)?"
    r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}\.?(?:,?[ \t]+\d{4})?|"
    r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?|\d{4}-\d{2}-\d{2})$"
)
# ("SSANU and NASU have ...": two acronyms joined, not a shouted word)
_SHOUTED_OPENING = re.compile(r"^([A-Z]{4,})(?=[ \t]+(?:of|and|to|in|at|on|have|has|are|were|will|gathered|marched)\b)"
                              r"(?![ \t]+and[ \t]+[A-Z]{2,}\b)")
# Three consonants no English word opens with ("KMP", "NHS"; not "STR", "SCH", "THR").
_UNSPOKEN = re.compile(r"^(?!S[CPT]R|SPL|SCH|[CPST]HR)[^AEIOUY]{3}")
# ("As such, ..." and "As well as ..." link to what came before; they open no clause.)
_SUBORDINATOR = re.compile(r"^(?:when|while|whilst|as(?![ \t]+(?:such|well)\b)|once|because|although|though)[ \t]+",
                           re.IGNORECASE)
_TRAILING_DATE_CHARS = 48  # the longest date it removes, with its dash
_DIGIT = re.compile(r"\d")
# A clause cannot end on a word that asks for more ("left angry when, ...").
_OPENS_MORE = frozenset("when because that if while whilst although though where whether since until unless".split())
_HANGING = frozenset(
    """the a an of to and or but in on at for with from by that their his her its our your this these those
    who which as than into over after before about between such well""".split()
    # (an adverb that leans on the clause after it: "in Arlen shortly | after signing ...")
    + ["shortly", "immediately"]
)


def _opening_end(text: str) -> int | None:
    """Where an opening subordinate clause ends (after its comma), or None.
    A comma closing a name in a list of names is the list's, not the
    clause's: "In light of the attacks in Paris, Beirut and Baghdad last
    week, ..." (a lower-case word before the comma, "After the vote, Unite
    and GMB ...", ends the clause)."""
    opening = _OPENING_CLAUSE.match(text)
    if opening is None or opens_with_counted_people(text):  # ("At least 40 tutors, ..., were held": the subject)
        return None
    end = opening.end()
    for _ in range(_LIST_COMMAS):
        comma = text.rindex(",", 0, end)
        before = text[max(0, comma - _NAME_CHARS):comma].split()
        if not before or not before[-1][:1].isupper() or _LIST_GOES_ON.match(text, comma + 1) is None:
            break
        following = _CLAUSE_COMMA.search(text, comma + 1)
        if following is None:
            break
        end = following.end()
    return end


def phrase_title(text: str, limit: int = EVENT_TITLE_CHARS, dated: str | None = None, strict: bool = False) -> str:
    """``text`` made into a title of at most ``limit`` characters. ``dated``
    is the date's own text: an opening clause that holds it is the event
    ("When the UK voted earlier in the year to leave the EU, a wall ...")
    and is kept instead of dropped. ``strict``: a phrase ends nowhere its last clause still waits for
    its verb, nor before what its verb needs (see ``whole_phrase``)."""
    text, fits = remembered(_prepared, text, limit, dated)  # (the same for a strict title and the one after it)
    if fits:
        return text
    cut = _last_boundary(text, limit, strict)
    phrase = None
    if cut is None:  # no whole phrase fits: "JNU protests: Police on Monday ..." as "Police ..."
        # a kicker gone, a wire dateline ("Arlen, May 4: At least 40 tutors, among them ..., were held") or a
        # label ("Campus unrest: ..."), its sentence's subject loses its aside as any other's does in _prepared
        unkicked = without_kicker(text)
        text = without_subject_asides(unkicked) if unkicked != text else text
        dayless = without_kicker(without_day_words(text))
        if len(dayless) <= limit:
            return _without_subordinator(dayless)
        # (the day may be what a modifier ends before: "took action | on Monday 2nd and ...")
        phrase = _ended(dayless, limit, None, strict) or _ended(text, limit, None, strict)
        text = dayless if phrase is None or not text.startswith(phrase) else text
    phrase = phrase or _ended(text, limit, cut, strict)
    if phrase is None:  # the last resort: a shorter wording ("Students from A, B and C" as "Students")
        shorter = shorter_wording(text)
        if shorter is not None and len(shorter) <= limit:
            phrase = shorter if whole_phrase(shorter, strict) else None
        elif shorter is not None:
            phrase = _ended(shorter, limit, None, strict)
    if phrase is not None:
        return _without_subordinator(phrase)
    # "Students Walk Out Of Class To Protest ...": its boundaries in lower case (once: words that keep
    # their capitals, "D'Arcy O'Neill McKay ...", lower to themselves and would be tried again for ever);
    # "TENANTS WILL RALLY AT ...", a shouted headline, the same in a sentence's case
    lowered = lowered_headline(text) if is_title_case(text) else lowered_shout(text)
    if lowered is not None and lowered != text:
        phrase = phrase_title(lowered, limit, dated, strict)
        at = lowered.find(phrase) if not phrase.endswith("…") else -1
        if at != -1:  # the same words as the headline writes them
            return text[at:at + len(phrase)]
    return ended_sooner(text, limit, _whole(strict), hangs) or _cut_at_word(text, limit)


def _prepared(text: str, limit: int, dated: str | None) -> tuple[str, bool]:
    """``text`` readied for ``phrase_title`` (its glued date, lead-in, shouting, kicker, asides and opening
    clause dealt with), and whether that is already the title: a whole text within ``limit``."""
    text = GLUED_DATE.sub("", " ".join(text.split())).rstrip(".:;, ")
    text = _without_trailing_date(_without_lead_in(_unshouted(without_opening(text))))
    if len(text) <= limit:
        return _without_subordinator(text), True
    text = with_acronyms(without_shouted_kicker(text))  # "The National Union of Students (NUS) calls ..." as "NUS calls ..."
    text = without_subject_asides(text)  # "X, the union's president, said" as "X said"
    opening_end = _opening_end(text)
    opening = text[:opening_end] if opening_end is not None else ""
    if opening and dated and dated in opening and opening_end - 2 >= _SHORTEST_PHRASE \
            and _VERB.search(opening):  # (a clause with no verb, "During a meeting on 5 May", says nothing)
        text = opening.rstrip(" ,")
    elif opening and len(text) - opening_end >= _SHORTEST_PHRASE:
        rest = text[opening_end:]
        text = rest[0].upper() + rest[1:]
    if len(text) <= limit:
        return _without_subordinator(text), True
    return text, False


def _ended(text: str, limit: int, cut: int | None = None, strict: bool = False) -> str | None:
    """``_phrase_ended``, worked out once per document: a title is tried
    again on the same text (tightened, without its kicker or day words, which
    often change nothing)."""
    return remembered(_phrase_ended, text, limit, cut, strict)


def _phrase_ended(text: str, limit: int, cut: int | None, strict: bool) -> str | None:
    """``text`` ended at ``cut``, else at its last clause boundary, else before
    its last modifier, within ``limit``: None when none fits or the phrase
    would end inside a quotation it opened ('X said: "in 2013')."""
    if cut is None:
        cut = _last_boundary(text, limit, strict)
    if cut is None:  # no clause boundary fits: end before a modifier ("... rent strike | against ...")
        cut = before_modifier(text, limit, _whole(strict))
    if cut is None:
        return None
    phrase = _without_trailing_date(text[:cut].rstrip(" ,;:–—-"))
    return phrase if quotes_closed(phrase) else None


def _unshouted(text: str) -> str:
    """"HUNDREDS of students marched": news style shouts the first word; a
    title says "Hundreds". An acronym ("NUS calls ...") is left alone: the
    shouted word is followed by lower case and is no known short acronym."""
    if not text[:4].isupper():
        return text
    shouted = _SHOUTED_OPENING.match(text)
    if shouted is None:
        return text
    word = shouted.group(1)
    if _UNSPOKEN.search(word):
        return text  # "KMPDU has ...": letters said one by one, an acronym
    return word[0] + word[1:].lower() + text[shouted.end(1):]


def _without_subordinator(text: str) -> str:
    """"When the UK voted to leave the EU" stands as "The UK voted to leave
    the EU": a lone subordinate clause, made a statement."""
    lead = _SUBORDINATOR.match(text)
    if lead is None or "," in text or len(text) - lead.end() < _SHORTEST_PHRASE // 2:
        return text
    rest = text[lead.end():]
    return rest[0].upper() + rest[1:]


def _without_trailing_date(text: str) -> str:
    tail = max(0, len(text) - _TRAILING_DATE_CHARS)
    if _DIGIT.search(text, tail) is None:
        return text  # every date it removes holds a digit
    trailing = _TRAILING_DATE.search(text, tail)
    if trailing and trailing.start() >= _SHORTEST_PHRASE // 2:
        return text[:trailing.start()]
    return text


def _without_lead_in(text: str) -> str:
    """``text`` without the datelines, page labels and linking words that
    open it, capitalised; unchanged when too little would be left."""
    rest = text
    for _ in range(3):  # "BRISBANE — But ..." holds two
        lead = _LEAD_IN.match(rest)
        if lead is None or len(rest) - lead.end() < _SHORTEST_PHRASE // 2:
            break
        rest = rest[lead.end():]
    if rest is text:
        return text
    return rest[0].upper() + rest[1:]


def _asks_for_more(phrase: str, interrupted_at: int) -> bool:
    """Whether a phrase ends inside a clause it opened: on "when", or with
    "when, during the address" (``interrupted_at``) still waiting for its verb."""
    return interrupted_at < len(phrase) or phrase[phrase.rfind(" ") + 1:].lower() in _OPENS_MORE


def _interrupted_at(text: str, limit: int) -> int:
    """Where a clause opener is followed by a comma ("when, during ..."), or
    the text's length when none is (looked up at each comma only)."""
    at = text.find(",", 0, limit)
    while at != -1:
        start = text.rfind(" ", 0, at) + 1
        if text[start:at].rstrip().lower() in _OPENS_MORE:
            return start
        at = text.find(",", at + 1, limit)
    return len(text)


def _last_boundary(text: str, limit: int, strict: bool = False) -> int | None:
    """Where the last clause boundary within ``limit`` ends a whole phrase,
    worked out once per document (asked again by ``_ended``)."""
    return remembered(_boundary, text, limit, strict)


def _boundary(text: str, limit: int, strict: bool) -> int | None:
    best = None
    interrupted_at = _interrupted_at(text, limit)
    places = [match.start() for match in _PLACE_BOUNDARY.finditer(text, _PLACE_PHRASE, limit + 12) if match.start() <= limit]
    # (the word marking a boundary may run past the limit: "... would stop all work | in protest ...")
    for at in sorted([match.start() for match in _BOUNDARY.finditer(text, 0, limit + _CUE_REACH)
                      if match.start() <= limit] + places):
        if at >= _SHORTEST_PHRASE and (_VERB.search(text, 0, at) or _HEADLINE_CLAUSE.match(text, at)) \
                and not _asks_for_more(text[:at], interrupted_at) and not _ends_on_participle(text[:at]) \
                and text[text.rfind(" ", 0, at) + 1:at].lower().strip(",;:") not in _HANGING \
                and not (strict and (complement_follows(text, at) or not last_clause_has_verb(text[:at], True)
                                     or _object_left_out(text[:at].rstrip(" ,;:–—-")))):
            best = at
    return best


# A headline's second clause after a situation it names ("Fresh crisis in the
# universities | as unions declare a strike"): what comes before is whole without a verb.
_HEADLINE_CLAUSE = re.compile(r"(?<!known)(?<!such)(?<!well)(?<!same)(?<!soon)(?<!long)(?<!much) "
                              r"(?:as(?! well\b| such\b| part\b)|amid|while|after|following) ")


# Words in -ing that are things, not a clause's verb ("a meeting", "the building").
_ING_NOUNS = frozenset("""building buildings meeting meetings morning evening gathering hearing briefing funding
    housing ruling wedding ceiling offering spring string king thing something nothing anything everything
    during""".split())


def _ends_on_participle(phrase: str) -> bool:
    """"The strike affecting 3,000 staff working": a phrase ending on a verb
    in -ing leaves its clause open; right after a verb in the past it is
    the verb's object ("The strike has paralysed learning") and ends it."""
    space = phrase.rfind(" ")
    last = phrase[space + 1:].lower().strip(",;:")
    if not last.endswith("ing") or len(last) <= 5 or last in _ING_NOUNS:
        return False
    before = phrase[phrase.rfind(" ", 0, space) + 1:space].lower()
    return not (before.endswith("ed") and before not in _HELPING_PASTS)


# Pasts after which a verb in -ing is still the clause's own verb ("has been | striking").
_HELPING_PASTS = frozenset("need needed started continued".split())


def whole_phrase(phrase: str, strict: bool = False) -> bool:
    """A phrase that says what happened and is not left hanging: it holds a
    verb, ends on no word that asks for more, on no participle and on no
    adverb still waiting for its verb; ``strict``, also in no clause still waiting for its verb
    ("... that its members | would", "..., as the row | over pay"). Public because a tightened
    sentence's title (``titles.whole_title``) must pass the same test."""
    return _VERB.search(phrase) is not None and not hangs(phrase) and not _ends_on_participle(phrase) \
        and not _adverb_waiting(phrase) \
        and (not strict or last_clause_has_verb(phrase, conjunctions=True) and not _object_left_out(phrase))


def _whole(strict: bool) -> Callable[[str], bool]:
    """``whole_phrase``, strict or not, as the test a phrase ended before a modifier must pass."""
    return _strict_whole if strict else whole_phrase


def _strict_whole(phrase: str) -> bool:
    return whole_phrase(phrase, strict=True)


# Pasts that end a clause without an object ("Hundreds of nurses marched", "the talks ended"); another past
# ending a phrase right after its subject waits for what it was done to ("Residents stormed | the plant",
# "The union called | for a strike").
_STANDS_ALONE = frozenset("""marched gathered rallied protested demonstrated clashed ended escalated intensified
    participated responded continued appeared expired passed closed struck resigned assembled converged arrived
    died collapsed happened occurred started failed succeeded picketed rioted mobilised mobilized camped waited
    remained stayed returned retired complained travelled traveled paraded chanted cheered shouted dispersed
    surged erupted resumed stopped paused relented objected abstained agreed disagreed walked worked commenced
    finished proceeded spoke""".split())
# A past ending a phrase, after its subject or a perfect's helping verb (not "proceed"); not a passive's
# ("were (reported) injured"). A headline's past after a noun is its passive ("Urgent intervention needed"):
# only a phrase with an article, in a sentence's register, is read as active.
_BARE_PAST = re.compile(r"(?<![\w'’-])(?P<before>\S+)[ \t]+(?:[a-z]+ly[ \t]+)?"
                        + NOT_A_PAST + r"(?P<verb>[a-z]{3,}(?<!ce)ed)$")
_PASSIVE_HELPER = re.compile(r"\b(?:is|are|was|were|be|been|being|get|got|gets)[ \t]+(?:\S+[ \t]+){0,2}\S+$")
_PERFECT_HELPER = frozenset("has have had".split())
_ARTICLE = re.compile(r"\b(?:the|a|an)\b", re.IGNORECASE)


def _object_left_out(phrase: str) -> bool:
    """Whether ``phrase`` ends on a past that is not a passive's and needs an object or a complement it
    has not got ("Teachers in the state reactivated", "The union has called")."""
    tail = phrase[-80:]
    bare = _BARE_PAST.search(tail)
    if bare is None or bare["verb"] in _STANDS_ALONE or _PASSIVE_HELPER.search(tail):
        return False
    return bare["before"].lower() in _PERFECT_HELPER or _ARTICLE.search(phrase) is not None


def hangs(phrase: str) -> bool:
    """Whether ``phrase`` ends on a word that asks for more ("the", "of", "when")."""
    last = phrase[phrase.rfind(" ") + 1:].lower().strip(",;:")
    return last in _HANGING or last in _OPENS_MORE


def _adverb_waiting(phrase: str) -> bool:
    """Whether ``phrase`` ends on an adverb in -ly right after a helping verb ("has been widely |
    adopted"): its verb is still to come."""
    last = phrase[phrase.rfind(" ") + 1:].lower().strip(",;:")
    if not last.endswith("ly") or len(last) <= 4:
        return False
    space = phrase.rfind(" ")
    return phrase[phrase.rfind(" ", 0, space) + 1:space].lower() in HELPING_VERBS


def _cut_at_word(text: str, limit: int) -> str:
    words = text[: limit - 1].rsplit(" ", 1)[0].split()
    while len(words) > 1 and words[-1].lower().strip(",;:") in _HANGING:
        words.pop()
    return " ".join(words).rstrip(",;:–—- ") + "…"
