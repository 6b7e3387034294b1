"""The last title for an event whose sentence has no whole phrase that fits.

When no clause boundary, modifier or shorter wording gives a whole phrase
of at most 70 characters, ``title_phrases`` cuts the sentence at a word and
ends it with an ellipsis ("Members of the Ostland Union of Students
occupied the Department of…"): a fragment on the timeline. A reader would
write who did it and what it was instead: "Ostland Union of Students
occupation". That title is built from the event's own fields, never from
words the text does not hold: the organisation as the sentence writes it
(its acronym, where the document gives one), and the noun of the event's kind.

The organisation must be the one doing it: named in the sentence's subject
(before its first verb), and the verb right after the subject one of doing
the action ("occupied", "walked out", "staged", "announced"). "The Court
of Appeal has ordered the union to call off its strike" names a court that
strikes nothing, and keeps its cut title.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from .sentences import Span
from .surname_hits import whole_word_starts
from .title_compression import SUBJECT_VERB
from .title_phrases import EVENT_TITLE_CHARS
from .title_tightening import PEOPLE_COUNTED

# The noun a timeline says each kind with; "other" and "context" name none.
_KIND_NOUNS = {"walkout": "walkout", "campaign": "campaign", "letter": "letter", "protest": "protest",
               "strike": "strike", "occupation": "occupation", "petition": "petition", "vote": "vote"}
# Verbs of doing an action (after helping verbs and adverbs: "have now voted", "will strike").
_DOING = re.compile(
    r"(?:(?:is|are|was|were|has|have|had|will|would|be|been|being|also|now|just|today|again|"
    r"officially|unanimously|overwhelmingly)[ \t]+){0,3}"
    r"(?:walk(?:s|ed|ing)?[ \t]+(?:out|off)|strik(?:e|es|ing)|struck|went[ \t]+on[ \t]+strike|"
    r"occup(?:y|ies|ied|ying)|entered|stormed|took[ \t]+over|protest(?:s|ed|ing)?|march(?:es|ed|ing)?|"
    r"rall(?:y|ies|ied|ying)|demonstrat(?:e|es|ed|ing)|picket(?:s|ed|ing)?|stag(?:e|es|ed|ing)|held|hold(?:s|ing)?|"
    r"launch(?:es|ed|ing)?|organi[sz](?:e|es|ed|ing)|call(?:s|ed|ing)?|announc(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|"
    r"beg(?:an|un|ins?)|start(?:s|ed|ing)?|join(?:s|ed|ing)?|vot(?:e|es|ed|ing)|sign(?:s|ed|ing)?|wr(?:ote|ites?|itten)|"
    r"submit(?:s|ted|ting)?|deliver(?:s|ed|ing)?|hand(?:s|ed|ing)?[ \t]+(?:in|over)|boycott(?:s|ed|ing)?|"
    r"embark(?:s|ed|ing)?|continu(?:e|es|ed|ing)|threaten(?:s|ed|ing)?)\b")
# Verbs of announcing an action still to come ("has issued a seven-day strike notice", "has resolved to issue",
# "vowed to", "warned that it may"): the body is who will do it, taken only when no shorter wording of the
# sentence stands as a whole phrase.
_ANNOUNCING = re.compile(r"(?:(?:has|have|had|also|now|just|today)[ \t]+){0,2}"
                         r"(?:issu(?:e|es|ed|ing)|resolv(?:e|es|ed|ing)|vow(?:s|ed|ing)?|warn(?:s|ed|ing)?)\b")
_SUBJECT_VERB = re.compile(r"\b" + SUBJECT_VERB)
# "Students at the University of X staged a rent strike": the university is
# where they are (and may be what they strike against), not who strikes; "a union representing X's
# crews voted": X employs them.
_PLACE_BEFORE = re.compile(r"\b(?:at|in|near|outside|across|against|living|studying|working|representing|"
                           r"employed[ \t]+by)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
# A name that is a body's: an acronym ("NUS", "CUPE 3903") or a word bodies
# are named with; a person's name ("Jo Smith") taken for a body is no actor.
_BODY = re.compile(r"[A-Z]{2}|\b(?:Union|Association|Federation|Confederation|Congress|Council|Coalition|Campaign|"
                   r"Alliance|Committee|Movement|Network|Society|Guild|Collective|Assembly|Party|League|University|"
                   r"College|School|Students|Workers|Teachers|Group|Front|Forum|Organi[sz]ation|Institute|Board)\b")
# The words of a body of workers or students, who strike (not an employers' body: "Employers' Federation").
_UNION_WORDS = r"Unions?|Association|Federation|Confederation|Congress|Coalition|Alliance|Guild|Collective"
_NO_EMPLOYER = r"^(?!.*\bEmployer)"
_WORKERS_BODY = re.compile(_NO_EMPLOYER + r"(?=.*\b(?:" + _UNION_WORDS
                           + r"|Movement|Front|Workers|Teachers|Students)\b)")
# A longer name is kept (up to the whole title's length) only for a union of working people or students, which
# the page names in full with no acronym ("The National Association of Resident Nurses of Ostland has announced
# ..."): a long name of anything else is as often an office, an employers' body, a council's body or a party
# ("Office for Students and Graduate Affairs", "Confederation of Ostland Industry", "Movement for Democratic
# Change") that strikes nothing.
_LONGEST_ACTOR = 45
_UNION_OF_PEOPLE = re.compile(_NO_EMPLOYER + r"(?=.*\b(?:" + _UNION_WORDS + r")\b)(?=.*\b(?i:" + PEOPLE_COUNTED
                              + r")\b)")
# An act the sentence hands to someone else than the body ("the general strike planned by the unions", "a strike
# by junior doctors"; its own members are its own: "the strike planned by its members"), or one it calls off.
_HANDED_ON = re.compile(r"\b(?:planned|called|organi[sz]ed|led|staged|proposed|threatened|backed|strikes?|"
                        r"walkouts?|walk-outs?|protests?|boycotts?|occupations?|action)[ \t]+by[ \t]+"
                        r"(?!(?:its|their)[ \t]+(?:own[ \t]+)?members\b)|"
                        r"\b(?:call(?:s|ed|ing)?[ \t]+off|suspend(?:s|ed|ing)?|postpon(?:es|ed|ing)|"
                        r"cancel(?:s|l?ed|l?ing)|abandon(?:s|ed|ing)?)\b")


def _named_in_full(short: str, noun: str, text: str) -> bool:
    """Whether a title "<short> <noun>" may name the body ``short`` of the sentence ``text`` as it is."""
    return len(short) <= _LONGEST_ACTOR or (
        len(short) + 1 + len(noun) <= EVENT_TITLE_CHARS and _UNION_OF_PEOPLE.match(short) is not None
        and _HANDED_ON.search(text) is None)


# Bounds that keep a hostile sentence linear: the subject an actor is looked
# for in, the names tried, and how far before a name its place words stand
# ("studying the " is the longest).
_LONGEST_SUBJECT = 300
_MOST_ACTORS = 12
_PLACE_WORDS_CHARS = 20
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")


def actor_title(text: str, kind: str, written: Sequence[tuple[str, str]], announced: bool = False) -> str | None:
    """"<Actor> <kind noun>" for the sentence ``text`` of an event of
    ``kind`` naming the organisations ``written`` (each as the sentence
    writes it and as the title names it: its acronym where the document
    gives one), or None when no organisation in its subject does the action
    (or, when ``announced``, announces it: a workers' or students' body)."""
    noun = _KIND_NOUNS.get(kind)
    if noun is None or not written:
        return None
    verb = _SUBJECT_VERB.search(text)
    if verb is None or not (_ANNOUNCING if announced else _DOING).match(text, verb.start()):
        return None
    subject = text[:verb.start()]
    if len(subject) > _LONGEST_SUBJECT:
        return None  # no title names who acted from this far into its sentence
    for name, short in written[:_MOST_ACTORS]:
        if not _named_in_full(short, noun, text) or not _BODY.search(short):
            continue
        if announced and not any(_WORKERS_BODY.match(full) for full, named in written if named == short):
            continue  # a court, a government or an employer that issues or warns strikes nothing
        at = next(whole_word_starts(subject, name), -1)
        if at >= 0 and not _PLACE_BEFORE.search(subject, max(0, at - _PLACE_WORDS_CHARS), at):
            return f"{short[0].upper()}{short[1:]} {noun}"
    return None


# Where a subject's description of its people starts ("Around 200
# academicians | from around the world", "About 4000 staff | across
# Ostland's six universities"): a title may keep who they are without it.
_SUBJECT_MODIFIER = re.compile(r"[ \t]+(?:from|across|at|in|who|which|including|along|together|based|living|"
                               r"studying|working)[ \t]")
_LONGEST_SUBJECT_TITLE = 50
# What the head of a subject that did the action is: people, or a group of them (not
# "members" or "supporters" alone: of whom is what the title would need).
_DOERS = frozenset("""students pupils staff teachers workers lecturers academics academicians protesters
    protestors activists tenants employees nurses doctors educators researchers scholars graduates learners
    campaigners demonstrators strikers residents faculty professors unions coalition alliance""".split())
# Words for how many that open a subject before its head ("tens of thousands of | students").
_HOW_MANY = re.compile(r"^(?:(?:about|around|some|over|nearly|almost|up[ \t]+to|more[ \t]+than|at[ \t]+least)[ \t]+)?"
                       r"(?:(?:a|an|the|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|tens|hundreds|"
                       r"thousands|dozens|millions|scores|a[ \t]+few|many|several|broad|large|small|group|number|"
                       r"majority|coalition)[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?)*", re.IGNORECASE)
# A helping verb then a participle: the subject had it done to them ("were held overnight").
_PASSIVE = re.compile(r"(?:is|are|was|were|been|being|be)[ \t]+(?:[a-z]+ly[ \t]+)?(?:[a-z]+ed|held|taken|beaten|sent|"
                      r"kept|caught|shot|hit|put|seen|told|given|made)\b")
# Words that open a subject as common words, lower-cased after "Protest by".
_COMMON_OPENERS = frozenset("""the a an about around some many several hundreds thousands tens dozens more over
    nearly almost up most all both""".split()) | _DOERS
# A subject is a plain noun phrase: no quotation, no colon, no clause.
_NOT_A_NOUN_PHRASE = re.compile(r"[,:\"“”;()]|\b(?:is|are|was|were|has|have|had|it|this|that|our|we|they)\b", re.IGNORECASE)


def doer_title(text: str, kind: str) -> str | None:
    """"<Kind noun> by <subject>" ("Protest by tens of thousands of Quebec
    university students") for a sentence whose subject, people or a group
    of them, does the action: who they are, without where they come from
    when the whole subject is too long; None for any other subject."""
    noun = _KIND_NOUNS.get(kind)
    if noun is None:
        return None
    verb = _SUBJECT_VERB.search(text, 0, _LONGEST_SUBJECT)
    if verb is None or verb.start() == 0 or not _DOING.match(text, verb.start()):
        return None
    subject = text[:verb.start()].strip(" ,")
    if _NOT_A_NOUN_PHRASE.search(subject) or _PASSIVE.match(text, verb.start()):
        return None
    ends = [len(subject)] + [match.start() for match in _SUBJECT_MODIFIER.finditer(subject)][::-1]
    subject = next((subject[:end] for end in ends if end <= _LONGEST_SUBJECT_TITLE
                    and all(_head(part) in _DOERS for part in subject[:end].split(" and "))), "")
    if not subject:
        return None
    words = subject.split(None, 2)
    if words[0].lower() in _COMMON_OPENERS and (len(words) == 1 or not words[1][:1].isupper()):
        subject = subject[0].lower() + subject[1:]  # ("All Saints College students" keeps its name)
    word = "from" if kind in ("letter", "petition") else "by"
    return f"{noun[0].upper()}{noun[1:]} {word} {subject}"


def _head(subject: str) -> str:
    """The word a subject is about: the last before its first "of" once the
    words for how many are passed ("tens of thousands of Quebec | students",
    "the managers | of the striking workers")."""
    rest = subject[_HOW_MANY.match(subject).end():]
    head = rest.split(" of ", 1)[0].split()
    return head[-1].lower() if head else ""


class ActorNames:
    """A document's organisation mentions (sorted by start) as an actor title
    names them: as written in a sentence, or by the acronym the document
    writes them with anywhere ("UCU" for "University and College Union")."""

    def __init__(self, text: str, mentions: Sequence[tuple[str, int, int]]) -> None:
        self._text = text
        self._mentions = mentions
        self._starts = [start for _, start, _ in mentions]
        self._short: dict[str, str] | None = None  # worked out at the first title that needs it

    def written_in(self, span: Span) -> tuple[tuple[str, str], ...]:
        """The organisations inside ``span``, in order: each as written and as a title names it."""
        low = bisect_left(self._starts, span.start)
        high = bisect_left(self._starts, span.end, low)
        if low == high:
            return ()
        if self._short is None:
            self._short = _acronyms_used(self._text, self._mentions)
        pairs = ((self._text[start:end], name) for name, start, end in self._mentions[low:high])
        return tuple(dict.fromkeys((written, self._short.get(name, written)) for written, name in pairs))


def _acronyms_used(text: str, mentions: Iterable[tuple[str, int, int]]) -> dict[str, str]:
    """Each organisation's acronym where the document writes it with one."""
    short: dict[str, str] = {}
    for name, start, end in mentions:
        written = text[start:end]
        if name not in short and written != name and _ACRONYM.fullmatch(written):
            short[name] = written
    return short
