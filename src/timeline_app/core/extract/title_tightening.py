"""A sentence tightened, or ended sooner, before its title would be cut with an ellipsis.

When no clause boundary or modifier ends a sentence as a whole phrase
within a title's length, a reader shortening it by hand first drops what
the timeline already shows or what only hedges: the date ("on Thursday",
"on 24 September 2025", "last week"), the wire's tags and acronyms in
brackets ("(PTI)", "(NLC)"), a long name its acronym says ("The Ostland
Support Staff Association, OSSA," as "OSSA"), and
adverbs that only colour the verb ("allegedly locked", "has just
occupied"). What is left says the same thing and often fits.

If it still does not fit, the title may end sooner than a title usually
would: before a relative "that" on a noun ("the repeal of the hostel
levy | that the board brought in ..."), or before a modifier even when the
phrase left is short ("The union has sent a 72-hour ultimatum | to the
board ..."); a headline that names its action ends before its first
modifier ("Open Letter to University Presidents | after the ..."). All of
it is tried only for a title that would otherwise be cut, so a title that
was whole stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .byline_dates import MONTH_NAME
from .title_nicknames import without_nickname
from .title_sayings import said_plainly
from .title_modifiers import NOT_A_PAST, before_modifier, ends_on_noun, modifier_ends
from .title_openings import DATE_WORDS, EFFECTIVE, WEEKDAY, comma_left, with_acronyms, without_day_words

# A date said inside the sentence, with its preposition ("on 3 March", "in May 2019", "in 2017"),
# or a week, month or year counted from now ("last week", "earlier this month"); not the
# only complement of a participle ("formed in 1998") nor a count ("in 2000 schools").
# (Each pattern below opens with a look-ahead at the characters every match
# starts with: a position holding none is turned down before the look-behinds
# and optional groups are tried there.)
# A stretch of time counted from now ("last | week", "this | term").
_TIME_UNITS = r"week|weekend|month|year|term|semester"
_DATED = re.compile(
    rf"(?=[ \t,])(?<!ed)(?<!\bof)(?P<lead>[ \t]*,)?[ \t]+(?:(?:on|in)[ \t]+(?:{WEEKDAY},?[ \t]+)?{DATE_WORDS}|"
    r"in[ \t]+(?:early[ \t]+|late[ \t]+)?\d{4}\b(?![ \t]+[a-z])|"
    r"(?:(?:from|since)[ \t]+)?"  # (with its preposition: not "stop work from | unless"; "until next month" stays)
    r"(?:(?:earlier|later|late|early)[ \t]+)?(?:last|this|next)[ \t]+(?:" + _TIME_UNITS + r"|night|morning|afternoon|evening))"
    r"(?![\w'’-])(?P<comma>[ \t]*,)?")
# "a strike effective Wednesday, March 20", "to begin a strike from next Monday": the day an action
# starts, with the word that says so (left behind, "effective" or "from next" would hang).
_STARTING_DAY = re.compile(
    rf"(?=[ \t])[ \t]+(?:{EFFECTIVE}|starting|beginning|from)[ \t]+(?:next[ \t]+)?{WEEKDAY}"
    rf"(?:,?[ \t]+{DATE_WORDS})?(?![\w'’-])(?![ \t]+[A-Z])")
# "On 10 March Climate Action Merribek delivered ...": the date opening the sentence, no comma after it;
# "On Saturday March 1 representatives ... met": a weekday's date, before the subject in lower case too.
_LEADING_DATE = re.compile(rf"^(?i:on|in)[ \t]+(?:{DATE_WORDS}[ \t]+(?=[A-Z])|"
                           rf"{WEEKDAY},?[ \t]+{DATE_WORDS}[ \t]+(?=[A-Za-z]))")
# "Last week, the university said", "This week students ...": a time counted from now opening the
# sentence, before a comma or a subject (not "This year marks ...", where it is the subject).
_LEADING_RELATIVE_DATE = re.compile(
    r"^(?:(?:[Ee]arlier|[Ll]ater)[ \t]+)?(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier[ \t]+this)[ \t]+"
    r"(?:" + _TIME_UNITS + "|" + WEEKDAY + r")(?:[ \t]+(?:morning|afternoon|evening|night))?"
    r"(?:[ \t]*,[ \t]*|[ \t]+(?=[A-Z]|(?:the|a|an|our|their|we|they|students|staff|workers|members|teachers|"
    r"hundreds|thousands|dozens)[ \t]))")
# "The Ostland Support Staff Association, OSSA, ...": a name
# and its acronym set beside it, said by the acronym.
_NAMED_ACRONYM = re.compile(r"(?=[A-Zt])\b(?:[Tt]he[ \t]+)?(?P<name>[A-Z][\w'’.&-]*"
                            r"(?:[ \t]+(?:of|for|and|the|de|in|[A-Z][\w'’.&-]*)){1,10}),"
                            r"[ \t]+(?P<acronym>[A-Z][A-Z&]{1,7})\b(?P<comma>,)?")
# "Some 160 000 miners", "Thousands of nurses": a count of people opening the sentence, the people named within a
# few words ("Some 2,000 Lakeland nurses", "35,654 academic workers"); not a share ("35% of the nurses voted",
# "20,000 out of 27,000": dropping it would claim them all), a year ("2023 saw"), a date ("3 March students"), a
# larger number's word ("2 million workers"), a count of things ("10,000 acres") nor a toll ("About 25 striking
# miners were killed", "At least 2 dockers": "At least" is no such count's word). The people are read by
# ``title_counted_subject`` too.
PEOPLE_COUNTED = (r"(?:workers|members|students|teachers|nurses|doctors|miners|staff|employees|people|residents|"
                  r"tenants|farmers|activists|academics|academicians|lecturers|protesters|protestors|drivers|porters|"
                  r"cleaners|pupils|parents|women|youths|supporters|campaigners|demonstrators|strikers|marchers|"
                  r"scientists|researchers|professors|dockers|pilots|midwives|officers|graduates|learners|villagers)")
# Words that make the count one of something else than the people after them ("500 tonnes of", "90 seconds after"),
# or a verb between ("300 chartered coaches carried striking workers")
_NO_GAP_WORDS = r"(?:of|for|after|before|from|to|at|by|o['’]clock|[a-z]+ed|[a-z]+s)"
# A toll: the count is the news ("About 25 striking miners were killed")
_TOLL = r"(?![^.\n]{0,200}\b(?:killed|died|dead|injured|hurt|wounded|arrested|detained|missing)\b)"
# ("^" first: the engine then tries the start alone, not the toll's look-ahead at every offset of the sentence)
_LEADING_COUNT = re.compile(
    r"^" + _TOLL + r"(?:(?:(?:[Ss]ome|[Aa]bout|[Aa]round|[Oo]ver|[Mm]ore[ \t]+than|[Nn]early|[Aa]lmost|[Uu]p[ \t]+to|"
    r"[Aa]n[ \t]+estimated|[Rr]oughly|[Aa]pproximately)[ \t]+)?(?!(?:19|20)\d\d\b)\d[\d,.]*(?:[ \t]\d{3})*(?![\d%])|"
    r"(?:[Hh]undreds|[Tt]housands|[Tt]ens[ \t]+of[ \t]+thousands|[Dd]ozens|[Ss]cores)[ \t]+of)[ \t]+"
    r"(?!(?:out|of|in|per|percent|million|billion|thousand|hundred|dozen|lakhs?|crores?|more|further|additional|"
    r"extra|fewer|other)\b)"
    rf"(?!{MONTH_NAME}\b)(?=(?:(?!{_NO_GAP_WORDS}\b)[A-Za-z][\w'’-]*[ \t]+){{0,5}}?{PEOPLE_COUNTED}\b)")
# How much of a sentence is tightened: a title is at most 70 characters of
# it, and what is dropped before them is a few dates and asides; a sentence of
# pages (hostile input) is not rewritten to its end.
_REACH = 600
# Adverbs that only colour a verb ("has just occupied", "strongly condemns") or say by how much a vote went
# ("voted overwhelmingly to strike", "have narrowly rejected": the vote's side stays; after a helping verb only
# before a past participle, "were overwhelmingly young" keeps it); "allegedly" and
# "reportedly" stay, as they say whose claim it is, and "just" only goes after a helping verb
# ("a just transition" keeps it).
_MARGIN = r"(?:overwhelmingly|unanimously|narrowly|resoundingly)"
_PARTICIPLE = r"(?:[a-z]+ed|won|lost|fallen|risen|beaten|chosen|held)\b"
_AFTER_HAVE = r"(?<=\bhas)|(?<=\bhave)|(?<=\bhad)"  # (right after a helping "have")
_HEDGES = re.compile(
    rf"(?=[ \t])(?:(?:{_AFTER_HAVE})[ \t]+just(?=[ \t]+[a-z])|"
    r"[ \t]+(?:now|also|still|already|strongly|officially|formally|publicly|recently|previously|successfully|"
    r"finally|hereby)(?=[ \t]+[a-z])|"
    # (a vote's margin only after a verb, or after its helping verb before a participle: "the narrowly won ballot"
    # and "was overwhelmingly young" keep it)
    rf"(?:(?<=ed)[ \t]+{_MARGIN}(?=[ \t]+[a-z])|"
    rf"(?:{_AFTER_HAVE}|(?<=\bwas)|(?<=\bwere))[ \t]+{_MARGIN}(?=[ \t]+{_PARTICIPLE})))")


def _acronym_alone(match: re.Match[str]) -> str:
    """The acronym for the words of the name before it whose capitals spell it
    ("Nurses and the National Union of Nurses and Midwives, NUNM," as "Nurses and
    NUNM"); the match unchanged when none do ("Oklahoma City, OK")."""
    acronym, words = match["acronym"], match["name"].split()
    for first in range(len(words)):
        if _initials(words[first:]) == acronym and words[first][0].isupper():
            kept = words[:first]
            if kept and kept[-1].lower() == "the":
                kept.pop()  # "the" goes with the name
            if not kept:
                return acronym  # the whole name, and a "The" before it
            return match.group()[:match.start("name") - match.start()] + " ".join(kept) + " " + acronym
    return match.group()


def _initials(words: list[str]) -> str:
    """The capitals that open ``words`` and their hyphened parts ("Non-Academic Staff Union": "NASU")."""
    return "".join(part[0] for word in words for part in word.split("-") if part[:1].isupper())


def tightened(text: str) -> str:
    """``text`` (its first ``_REACH`` characters) without its dates,
    bracketed asides, a quoted nickname set after a comma ("..., dubbed the
    “Day of Action”") and hedging adverbs; ``text`` itself when none of them
    is in it."""
    # "the National Union of Students (NUS)" as "NUS"; "(PTI)", "(the union's own figure)": asides of a few words go
    tight = with_acronyms(text[:_REACH])
    tight = _NAMED_ACRONYM.sub(_acronym_alone, tight)
    tight = _LEADING_DATE.sub("", tight)
    if " but " not in tight:  # ("Last year the trust promised ..., but this year ...": the contrast is the news)
        tight = _LEADING_RELATIVE_DATE.sub("", tight)
    tight = _STARTING_DAY.sub("", tight)
    tight = without_nickname(_DATED.sub(comma_left, tight))  # ("..., dubbed the “Day of Action”")
    tight = without_day_words(tight)
    tight = said_plainly(_HEDGES.sub("", tight))  # ("has stated that" as "says")
    tight = " ".join(tight.split())
    if tight == " ".join(text[:_REACH].split()) or not tight:
        return text
    return tight[0].upper() + tight[1:]


def without_count(text: str) -> str:
    """``text`` without a count opening it ("Some 2,000 nurses walked out" as "Nurses walked out"), tried only
    when every other way leaves its title cut: a count that fits is worth keeping."""
    return _LEADING_COUNT.sub("", text, count=1)


def acronym_kept(title: str, tight: str, text: str) -> str:
    """``title`` (made from ``tight``, ``text`` tightened) with the acronym
    tightening put first in capitals again: "EFCT has begun ..." is no
    shouted word to soften as "Efct"."""
    first = tight.split(None, 1)[0] if tight else ""
    if len(first) > 1 and first.isupper() and not text.startswith(first) and title.startswith(first.capitalize()):
        return first + title[len(first):]
    return title


# A relative clause on a noun ("the hostel levy | that the board brought in ...").
_RELATIVE_THAT = re.compile(r"[ \t]+that[ \t]+(?=[a-z])")
_SHORTEST_SOONER = 25
# A verb that needs what follows it ("the strike called | ...", "the council began | ..."),
# unless a helping verb makes it a passive ("were blocked").
_WAITING_VERB = re.compile(r"\b(?:" + NOT_A_PAST + r"[a-z]+ed|began|begun|took|made|held|said|told|sent|gave|brought|put|set|saw)$")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|got)[ \t]+(?:[a-z]+ly[ \t]+)?\S+$")  # ("been widely criticised")
#: A quotation mark, opening or closing (``act_starts`` and ``title_headline`` count them too).
QUOTE_MARKS = re.compile(r"[\"“”]")


def quotes_closed(phrase: str) -> bool:
    """Whether every quotation the phrase opens it also closes ("X said: \"in 2013" does not)."""
    return len(QUOTE_MARKS.findall(phrase)) % 2 == 0
# A verb that is a clause's own, never a participle describing a noun.
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|did|does|says|said)\b")
#: A verb no noun is spelled like: a helping verb, a past, a verb in -s of the
#: movement's reports ("strike", "protest" and "vote" may be nouns: "the one day strike action").
A_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|"
                    + NOT_A_PAST + r"[a-z]{3,}ed|says|plans|wants|joins|holds|leads|warns|urges|vows|demands|claims|"
                    r"faces|takes|ends|enters|wins|reaches|turns|begins|continues|grows|spreads|escalates|announces|launches|threatens|"
                    r"follows|sues|went|began|took|held|won|met|ran|said|told|led|left|made|gave|sent|brought|wrote|"
                    r"sought)\b")
# A headline that names the action before saying anything of it ("Open Letter to
# University Presidents | after the ...", "Referendum on the union's position | on ..."):
# whole without a verb.
_NAMED_ACTION = re.compile(r"^(?:(?:an?|the)[ \t]+)?(?:(?:open|joint)[ \t]+)?(?:letter|referendum|petition|ballot|"
                           r"strike|walk-?out|occupation|sit-in|protest|march|rally|boycott|campaign)s?[ \t]+"
                           r"(?:to|on|against|for|at|over|by|from)[ \t]", re.IGNORECASE)


def ended_sooner(text: str, limit: int, whole: Callable[[str], bool], hangs: Callable[[str], bool]) -> str | None:
    """``text`` ended at its last relative "that" or modifier within
    ``limit`` that leaves a phrase of at least 25 characters, with its
    quotations closed, that is ``whole`` and has a verb of its own that waits for
    nothing more, or that names the action it is about and ``hangs`` on no
    word; None when none does."""
    def stands(phrase: str) -> bool:
        return phrase_stands(phrase, whole, hangs)

    if _NAMED_ACTION.match(text) and A_VERB.search(text, 0, _NAMED_ACTION_REACH) is None:
        return _named_action_title(text, limit, stands)
    # ("said | that ...": what was said, not a clause on a noun; "The fee rise announced by X | that
    # ...": a subject with no verb of its own yet)
    ends = [match.start() for match in _RELATIVE_THAT.finditer(text, _SHORTEST_SOONER, limit + 1)
            if ends_on_noun(text[:match.start()]) and _FINITE.search(text, 0, match.start())]
    modifier = before_modifier(text, limit, stands, _SHORTEST_SOONER, passive_agent=True)
    for end in sorted(ends + ([modifier] if modifier is not None else []), reverse=True):
        phrase = text[:end].rstrip(" ,;:–—-")
        if stands(phrase):
            return phrase
    return None


def waits_for_object(phrase: str) -> bool:
    """Whether ``phrase`` ends on a verb that needs what follows ("the council began"), not a passive's."""
    return bool(_WAITING_VERB.search(phrase)) and not _PASSIVE.search(phrase)


def phrase_stands(phrase: str, whole: Callable[[str], bool], hangs: Callable[[str], bool]) -> bool:
    """Whether ``phrase`` may be a title ended sooner: its quotations closed, and
    ``whole`` with a verb of its own that waits for nothing more, or naming the
    action it is about and ``hangs`` on no word."""
    if not quotes_closed(phrase):
        return False
    if A_VERB.search(phrase) is None:
        return _NAMED_ACTION.match(phrase) is not None and not hangs(phrase)
    return whole(phrase) and not waits_for_object(phrase)


# How far a headline naming its action is read for a verb ("Strike at X over pay | enters its
# fourth week": the news is in the verb, and the title keeps it if it can).
_NAMED_ACTION_REACH = 300


def _named_action_title(text: str, limit: int, stands: Callable[[str], bool]) -> str | None:
    """A headline naming its action ended before its first modifier that
    leaves a phrase standing: "Open Letter to University Presidents | after
    the ...": the action and whom it addresses, not half of what follows."""
    first = next(modifier_ends(text, limit, stands, _SHORTEST_SOONER), None)
    return None if first is None else text[:first].rstrip(" ,;:–—-")

