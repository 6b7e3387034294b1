"""A sentence put in a headline's register, the last try before a title is cut.

When no boundary, modifier, tightening or actor gives a whole phrase of at
most 70 characters, the title used to be the sentence cut at a word with an
ellipsis ("The Harbourton Students Association has issued a 72-hour
ultimatum to the…"). A timeline entry is written as a headline is: without
articles, with a past instead of a perfect ("has issued" as "issued"), with
the acronyms the document gives its organisations, and, if need be, without
the description of the people who acted ("Cleaners across the trust's three
sites walked off ..." as "Cleaners walked off ...") or with a long list of
names said by its first and "others". In that register the same sentence
often ends at a boundary within the length: "HSA issued 72-hour ultimatum to
governors of University of Westbrook".

Only a title that would otherwise be cut is rewritten (``register_title``,
the last step of ``titles.whole_title``), so a title that was whole stays as
it was. The rewritten title is taken whole, or else only when it stands as a
phrase (``_stands``): not a clause's subject alone ("Start of nationally
coordinated transport strike | is set ..."), not a verb only in a relative
clause, no verb waiting for more, no dash's aside left open.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .title_last_resort import has_main_verb, last_clause_has_verb, waits_for_more
from .title_compression import OWN_PREDICATE, PEOPLE
from .title_modifiers import NOT_A_PAST
from .title_phrases import EVENT_TITLE_CHARS, hangs, phrase_title, whole_phrase
from .title_tightening import A_VERB, QUOTE_MARKS, phrase_stands, quotes_closed, waits_for_object
from .told_weekdays import TELLING_VERBS

# An article (see ``_dropped_article`` for those that stay), unless it is part of what
# it counts ("a few", "a number of").
_ARTICLE = re.compile(
    r"(?:^(?:The|A|An)|(?<=[ \t])(?:the|a|an|The))[ \t]+"
    r"(?!(?:few|little|lot|lots|couple|bit|while|kind|same|other|way|number|Hague)\b)(?=[\w'‘“\"-])")
# "£15 an hour", "once a week", "less than a month": a rate or a measure keeps its article.
_MEASURED = re.compile(r"(?:hour|day|week|fortnight|month|year|minute|term|semester|head)\b")
# After "some of", "one of", ... the article stays ("some of the student leaders").
_COUNTED_OF = re.compile(r"\b(?:some|many|most|all|one|none|each|both|several|few|any|half|part|rest)[ \t]+of[ \t]+$",
                         re.IGNORECASE)
# A name's capitalised word and "of" before an article inside the name.
_NAME_OF = re.compile(r"\b[A-Z][\w'’-]*[ \t]+of[ \t]+$")
# A capitalised word right before: "Letter To | The Director-General" is a headline in title case.
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’-]*[ \t]+$")
# A perfect whose participle is its past too ("has issued", "have voted"), or one of a few
# irregular ones ("has written" as "wrote"); "has been" stays.
_IRREGULAR_PASTS = {"written": "wrote", "begun": "began", "taken": "took", "given": "gave", "held": "held",
                    "made": "made", "sent": "sent", "led": "led", "won": "won", "met": "met", "left": "left",
                    "brought": "brought", "sought": "sought", "told": "told", "said": "said", "put": "put",
                    "set": "set", "shut": "shut"}
_PERFECT = re.compile(r"\b(?:has|have|had)[ \t]+(?:(?:now|just|also|already)[ \t]+)?"
                      r"(?P<verb>" + NOT_A_PAST + r"[a-z]{3,}ed|" + "|".join(_IRREGULAR_PASTS) + r")\b")
# A modal or "to" right before a perfect: "should have consulted" is no past.
_MODAL_BEFORE = re.compile(r"\b(?:would|could|should|may|might|must|will|shall|to|not|never)[ \t]+$", re.IGNORECASE)
# The subject's own verb after a description of it: a helping verb or a past.
_VERB_AFTER = r"(?:" + OWN_PREDICATE + r"|(?:sought|wrote|gave|sent|brought|stood|sat|fought|threw|broke|says)\b)"
# People named by a plural, then where they are from or what they are doing, then
# the subject's verb: "Around 200 academicians | from around the world | sought".
_PEOPLE = (PEOPLE + r"|academicians|protestors|doctors|educators|researchers|scholars|graduates|learners|demonstrators|"
           r"strikers|professors|principals|janitors|cleaners|porters|drivers|miners|leaders|officials|youths|groups|"
           r"unions|people|union|association|federation")
# (The description holds no clause of its own, "who have not been paid", and the verb found is no
# participle before its agent: "warehouses | owned by".) A participle with its agent or role describes
# them too ("nurses | represented by the union | went", "members | employed as porters | voted"), and so
# does one tying them to a body ("tutors | affiliated to the guild | marched"), when
# no word that opens a clause follows it ("Students marched by the hall as police | were ..."; an "and"
# before a capital is a name's: "represented by the Nurses and Midwives Union").
_DESCRIBED_PEOPLE = re.compile(
    r"^(?P<head>(?:[\w'’-]+[ \t]+){0,5}?(?i:" + _PEOPLE + r"))[ \t]+(?:from|in|at|across|[a-z]{3,}ing|"
    r"(?P<participle>" + NOT_A_PAST + r"[a-z]{3,}ed[ \t]+(?:by|as)|(?P<tie>affiliated|associated|allied)"
    r"[ \t]+(?:to|with)))[ \t]+"
    r"(?:(?!(?:who|that|which|whose)\b)"
    r"(?(participle)(?!(?<=[ \t])(?:as|and(?![ \t]+[A-Z])|while|when|after|before|because|where|since|until|but)[ \t]))"
    r"(?:[^,;:()“”\"]|(?<=\d),(?=\d))){3,80}?[ \t]+(?=" + _VERB_AFTER + r"(?![ \t]+by[ \t]+(?!\d)))")
# A verb of saying after people tied to a body ("Officials allied to the governor | said ..."): the tie says
# whose claim it is, and stays.
_SAYING = re.compile(r"(?:(?:has|have|had|also)[ \t]+){0,2}(?:" + "|".join(TELLING_VERBS)
                     + r"|alleged|alleges|claims|tells|stated|insisted)\b")
# An "-ed" word describing the noun after it ("the nationally coordinated | strike",
# "socially distanced | correspondent") or the one before ("the school, | angered by ..."): no verb.
_DESCRIBING = re.compile(r"(?:\b(?:(?:the|a|an)[ \t]+(?:[a-z]+ly[ \t]+)?|[a-z]+ly[ \t]+)|,[ \t]+)[a-z]{3,}ed\b")
# Verbs of the movement's reports that ``A_VERB`` leaves out (it takes no word a noun is spelled like).
_REPORTING_VERBS = re.compile(r"\b(?:condemns|slams|rejects|backs|supports|opposes|criticises|criticizes|denounces|"
                              r"wrote|gave|sent|brought|stood|sat|fought|threw|broke|came|sought)\b")
# How much of a sentence is rewritten: a title is at most 70 characters of it.
_REACH = 600


def register_title(text: str, written: Sequence[tuple[str, str]], dated: str | None,
                   ended: Callable[[str], str | None], strict: bool = False) -> str | None:
    """A title of ``text`` in a headline's register, with the acronyms of the organisations
    ``written`` in it (as written, as named): as it is, without the description of its people,
    or with its long list of names said short; ended by ``phrase_title`` or by ``ended`` (the
    last break a sentence may end at), ``strict``ly as ``phrase_title`` ends it. None when no such title
    stands."""
    text = by_acronyms(text, written)
    headlined = headline_register(text)
    for rewritten in dict.fromkeys((headlined, without_described_people(headlined), with_short_list(headlined))):
        if rewritten == text:
            continue
        for short in (phrase_title(rewritten, EVENT_TITLE_CHARS, dated, strict), ended(rewritten)):
            if short and not short.endswith("…") and (short == _whole(rewritten) or _stands(short, rewritten)) \
                    and (not strict or last_clause_has_verb(short, conjunctions=True)):
                return short  # (all of it, in the register, is as whole as the text was)
    return None


def _whole(text: str) -> str:
    """``text`` as a title that keeps all of it reads it."""
    return " ".join(text.split()).rstrip(".:;, ")


def _stands(phrase: str, text: str) -> bool:
    """Whether ``phrase``, a title ended inside ``text``, stands: not a clause's subject alone,
    no dash's aside left open, a verb of its own, whole, and waiting for nothing more."""
    if subject_alone(phrase, text) or phrase.count("—") % 2 or waits_for_more(phrase) \
            or (not has_main_verb(phrase) and A_VERB.search(phrase) is not None):
        return False  # (a verb only in a relative clause on the subject: "half of the members who took part")
    if not has_own_verb(phrase):
        return phrase_stands(phrase, whole_phrase, hangs) and A_VERB.search(phrase) is None  # (an action it names)
    return phrase_stands(phrase, whole_phrase, hangs) or \
        (whole_phrase(phrase) and not waits_for_object(phrase) and quotes_closed(phrase))


def headline_register(text: str) -> str:
    """``text`` (its first ``_REACH`` characters) without articles and with
    pasts for perfects, capitalised."""
    text = _PERFECT.sub(_past, text[:_REACH])
    text = _ARTICLE.sub(_dropped_article, text)
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


def _past(match: re.Match[str]) -> str:
    """The past for a perfect, unless a modal or "to" stands before it ("should have consulted")."""
    if _MODAL_BEFORE.search(match.string, 0, match.start()):
        return match.group()
    return _IRREGULAR_PASTS.get(match["verb"], match["verb"])


def _dropped_article(match: re.Match[str]) -> str:
    """Nothing, unless the article follows "some of", "one of", ..., stands inside a name
    ("University of the Philippines", "The Hague"), inside a quotation or before a measure
    ("£15 an hour"). A capitalised "The" after the first word goes only between capitalised
    words, as in a headline's title case ("Open Letter To The Director-General")."""
    text, start, end = match.string, match.start(), match.end()
    article = match.group().rstrip()
    if article == "The" and start and not (text[end:end + 1].isupper() and _CAPITALISED_BEFORE.search(text, 0, start)):
        return match.group()
    if _COUNTED_OF.search(text, 0, start) or (_NAME_OF.search(text, 0, start) and text[end:end + 1].isupper()) \
            or len(QUOTE_MARKS.findall(text, 0, start)) % 2 or (article in ("a", "an") and _MEASURED.match(text, end)):
        return match.group()
    return ""


def without_described_people(text: str) -> str:
    """``text`` without the description between its people and their verb
    ("Cleaners | across the trust's sites | walked off ..."), or ``text``; a tie to a body stays before a verb
    of saying."""
    match = _DESCRIBED_PEOPLE.match(text)
    if match is None or _has_verb(match["head"]) or (match["tie"] and _SAYING.match(text, match.end())):
        return text  # ("Police arrested students | from ...": the people are the object)
    return match["head"] + " " + text[match.end():]


# A subject listing three names or more, then the subject's verb: "Brian Eno, Roger
# Waters, Massive Attack and Steve Coogan | have signed ..." (people and bodies, each
# of a few capitalised words; a list of common nouns may hold a clause of its own).
_ITEM = (r"(?!(?:On|In|At|By|For|From|With|After|Before|During|Together)\b)"
         r"[A-Z][A-Za-z.'’-]*(?:[ \t]+[A-Z][A-Za-z.'’-]*){0,3}")
_LISTED = re.compile(rf"^(?P<head>{_ITEM})(?:,[ \t]+{_ITEM}){{1,8}},?[ \t]+(?:and|&)[ \t]+{_ITEM}[ \t]+"
                     r"(?=(?:also[ \t]+)?(?:" + "|".join((_VERB_AFTER, A_VERB.pattern, _REPORTING_VERBS.pattern)) + "))")


def with_short_list(text: str) -> str:
    """``text`` with a subject that lists three or more said by its first and "others"
    ("Brian Eno and others signed ..."), or ``text``."""
    match = _LISTED.match(text)
    if match is None or A_VERB.search(match.group()):
        return text
    return match["head"] + " and others " + text[match.end():]


def has_own_verb(phrase: str) -> bool:
    """Whether ``phrase`` has a verb that says what happened, not only words that
    describe a noun ("Start of nationally coordinated transport strike" has none),
    and the clause it opens last has its verb too ("There were signs that the
    government and the union" has not)."""
    opened = None
    for opened in _CLAUSE_OPENER.finditer(phrase):
        pass
    return _has_verb(phrase) and (opened is None or _has_verb(phrase[opened.end():]))


def _has_verb(text: str) -> bool:
    """A verb of ``A_VERB`` or ``_REPORTING_VERBS`` besides words describing a noun."""
    plain = _DESCRIBING.sub("", text)
    return A_VERB.search(plain) is not None or _REPORTING_VERBS.search(plain) is not None


# Words that open a clause of its own inside a title.
_CLAUSE_OPENER = re.compile(r"[ \t](?:that|which|who|where|when|while|whilst|because)[ \t]")


# What may stand between a name and its acronym set beside it: ", or ", " – ", " (", " [".
_BESIDE = re.compile(r"(?P<open>,)?[ \t]*(?:or[ \t]+|[–—-][ \t]*|[\[(])?")


def by_acronyms(text: str, written: Sequence[tuple[str, str]]) -> str:
    """``text`` with each organisation ``written`` in it (as written, as named) said by the
    acronym the document gives it ("Members of the Kenya University Staff Union" as
    "Members of the KUSU", which the headline's register makes "Members of KUSU"), once
    where the acronym stands beside the name as an aside ("the Teachers Association, or TA,
    said"); a name the acronym follows otherwise ("the Union, or HU members in other words")
    stays. Only the first ``_REACH`` characters are read."""
    text = text[:_REACH]
    for name, short in written:
        if short == name or not short.isupper() or len(name) <= len(short):
            continue
        beside = re.compile(re.escape(name) + _BESIDE.pattern + re.escape(short) + r"\b[\])]?(?P<comma>,?)")
        text = beside.sub(lambda match, short=short: _aside_dropped(match, short), text)
        if re.search(re.escape(name) + r".{0,12}\b" + re.escape(short) + r"\b", text) is None:
            text = text.replace(name, short)
    return text


def _aside_dropped(match: re.Match[str], short: str) -> str:
    """``short`` for a name and its acronym ``short`` beside it; the match unchanged when an
    aside opened by a comma is not closed by one."""
    if match["open"] and not match["comma"]:
        return match.group()
    return short + ("" if match["open"] else match["comma"])


# The subject's verb right after a phrase, past an aside between dashes ("the first time
# the coalition | – made up of 21 chapters – held ...").
_VERB_NEXT = re.compile(r"(?:[ \t]*[–—][^–—]{1,120}[–—])?[ \t,]*" + _VERB_AFTER)


def subject_alone(phrase: str, text: str) -> bool:
    """Whether ``phrase``, the start of ``text``, ends where a verb of its last clause's subject follows."""
    at = text.find(phrase)
    return at != -1 and _VERB_NEXT.match(text, at + len(phrase)) is not None
