"""A title ended before a modifier rather than cut inside it.

When an event's sentence has no clause boundary within a title's length,
``title_phrases`` used to cut it at the last word that fits, with an
ellipsis ("Scores of students join rent strike against Lakeland
halls firm…"). A phrase that opens with a preposition or a linking
participle ("against ...", "ahead of ...", "in Nairobi", "calling for ...")
only adds to what comes before it, so the title can end before it and still
be whole ("Scores of students join rent strike"), as long as what is kept
says what happened (the caller's test) and keeps at least half the title.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .title_openings import WEEKDAY

# (One blank opens both alternatives, so a search skips from blank to blank.)
_MODIFIER = re.compile(r" (?:(?<=\bout )(?=of )|"  # "walked out | of a secondary school in ..."
                       r"(?=(?:(?:at|in|outside|inside|within|near|through|across|into|over|during|from|against|ahead|amid|for|"
                       r"with|without|by|about|vs|versus|towards?|under|calling|demanding|including|after|before|"
                       r"since|until|(?:last|this|next)[ \t]+(?:week|month|year|term|semester|weekend)|tomorrow|"
                       r"yesterday|earlier|such[ \t]+as|due[ \t]+to|owing[ \t]+to|because[ \t]+of)(?:[ \t\],.;:]|$)|"
                       # a purpose ("occupied the offices | to call for ...") or a day ("| on 3 November")
                       r"to[ \t]+(?:call|demand|protest|press|push|express|mark|highlight|oppose|reverse|keep|stop|"
                       r"save|support|show|raise|fight|resist|challenge|denounce|condemn|decide|discuss|consider)\b|"
                       # any other purpose, after a noun ("an ultimatum to the Government | to resolve ...")
                       r"to[ \t]+(?P<purpose>(?!(?:the|a|an|their|its|his|her|our|your|my|them|him|us|this|these|those|be)\b)[a-z]{3,})"
                       r"\b(?![ \t]+of\b)|"  # ("the right to freedom of speech": a noun, no purpose)
                       r"on[ \t]+(?:\d|" + WEEKDAY + r"\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
                       r"Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d|the[ \t]+\d)|"
                       # a participle after a noun ("staged a protest | accusing X", "the fee hike |
                       # announced last week"): a clause on the noun, not the sentence's verb
                       r"(?P<participle>[a-z]{3,}ing|[a-z]{3,}ed(?=[ \t]+(?:by|upon|in|on|at|last|earlier|this|for|"
                       r"from|during|"
                       r"over|with|under)\b))\b)))")
_SHORTEST = 35
#: Words in -ed that are no verb's past ("two hundred", "indeed"), written before a ``[a-z]+ed`` pattern.
NOT_A_PAST = r"(?!(?:hundred|indeed|speed|seed|feed|shed|creed|breed|greed|kindred|sacred|naked|wicked|need|bed|red)\b)"
#: Helping verbs: a verb's tense, voice or mood, the verb itself still to come.
HELPING_VERBS = frozenset("is are was were be been being has have had will would can could should may might must".split())
#: Words no phrase ends on (a public name: ``title_last_resort`` asks it too).
# A phrase never ends on a helping verb ("... Congress is"), an adverb that
# waits for its verb ("were officially"), a word that points ahead ("last"),
# a verb of going that waits for where ("will go | ahead") or of saying that
# waits for what ("said | in an email that ...", "announced | on Monday that").
WAITING_WORDS = HELPING_VERBS | frozenset(
    "do does did not also just officially still last next this go goes going went gone "
    "said says told take takes took taken taking "
    # saying or intending waits for what ("announced | on Monday that ...")
    "announced announces announce threatened threatens threaten warned warns warn vowed vows vow "
    "decided decides decide agreed agrees agree revealed reveals reveal confirmed confirms "
    "stated states claimed claims insisted insists pledged pledges".split())


# A clause's own verb in the passive ("has been widely criticised | by ..."): the
# agent after it may go, the clause is whole without it.
# ("The ban that was imposed | by X was lifted": the passive is the relative clause's, not the sentence's)
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who)\b")
_PASSIVE_END = re.compile(r"\b(?:is|are|was|were|been|being)[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]+ed$")
# Words in -ing or -ed that open no clause on a noun: things, and "during".
_NOT_PARTICIPLES = frozenset("""building buildings meeting meetings morning evening gathering hearing briefing
    funding housing ruling wedding ceiling offering spring string during according""".split())
# Words in -ing that are nouns after an article and what describes them ("a stern | warning", "the
# | training"), participles after anything else ("rallied outside the hospital | warning of ...").
_NOUNS_AFTER_ARTICLES = frozenset("warning warnings training".split())
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that)(?:[ \t]+[a-z][\w-]*)?$")
# What opens a noun phrase: an article, a possessive, a number (not a date's day).
_DETERMINER = re.compile(r"(?:^|[ \t])(?:a|an|the|their|its|his|her|our|this|these|those|"
                         r"two|three|four|five|six|seven|eight|nine|ten|several|"
                         # (a day's number before its month counts nothing: "on 3 March 2025 | to ...")
                         r"\d[\d,.%]*(?![ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))[ \t]+"
                         r"(?:[^ \t]+[ \t]+){0,3}[^ \t]+$", re.IGNORECASE)
# A word that ends a noun phrase or opens a clause: after it comes no noun of the same phrase.
_NO_NOUN = re.compile(r"\b(?:[a-z]+ed|is|are|was|were|and|or|but|we|they|he|she|it|i|you|who|which|that)\b")
_NOUN_PHRASE_WORDS = 24  # the characters a noun phrase's last words are looked for in
#: A phrase ending on a vote, a ruling or an argument, whose side follows ("voted | against the offer",
#: "ruled | in favour of"; ``title_last_resort`` asks it too). ("a 216-174 vote | against ..." is a
#: count's noun, and it says the side already.)
TAKES_SIDES = re.compile(r"(?<!\d )\b(?:vot(?:e|es|ed|ing)|ballot(?:s|ed)?|ruled|decided|argued|spoke(?:[ \t]+out)?|"
                         r"speaks|came[ \t]+out)[ \t]*$", re.IGNORECASE)
_SIDE = re.compile(r"(?:against|for|in[ \t]+favour|in[ \t]+favor)\b", re.IGNORECASE)
# Verbs whose "as" says what they call something ("described | as an emperor", "formerly known | as
# junior doctors"): the phrase before it says nothing yet.
_NAMES_AS = re.compile(r"\b(?:described|known|regarded|seen|viewed|branded|labell?ed|dubbed|hailed|termed|billed|"
                       r"touted|styled|portrayed|characteri[sz]ed|classed|classified|designated|identified|"
                       r"recogni[sz]ed|referred[ \t]+to|described[ \t]+them(?:selves)?)$", re.IGNORECASE)
# Verbs whose object goes on with "to" ("called for students to stop", "urged staff to join").
_ASKS = re.compile(r"\b(?:call(?:s|ed)? (?:for|on)|urg(?:es?|ed)|ask(?:s|ed)?|t(?:ells?|old)|want(?:s|ed)?|"
                   r"forc(?:es?|ed)|order(?:s|ed)?|allow(?:s|ed)?|encourag(?:es?|ed)|invit(?:es?|ed)|"
                   r"request(?:s|ed)?|need(?:s|ed)?|expect(?:s|ed)?|persuad(?:es?|ed)|appeal(?:s|ed)? to)\b")


def before_modifier(text: str, limit: int, whole: Callable[[str], bool], shortest: int = _SHORTEST,
                    passive_agent: bool = False) -> int | None:
    """Where the last modifier that starts within ``limit`` characters
    opens, when the phrase before it has at least ``shortest`` characters,
    ends on no helping verb and is ``whole``; else None. ``passive_agent``:
    a clause in the passive may end before its agent ("has been widely
    criticised | by ..."), the last resort before a cut title."""
    best = None
    for best in modifier_ends(text, limit, whole, shortest, passive_agent):
        pass
    return best


def modifier_ends(text: str, limit: int, whole: Callable[[str], bool], shortest: int = _SHORTEST,
                  passive_agent: bool = False) -> Iterator[int]:
    """Each place, in order, where a title may end before a modifier (see
    ``before_modifier``, which takes the last; a headline naming its action
    takes the first)."""
    participle = -1  # where the last participle a title may end before stands
    for match in _MODIFIER.finditer(text, shortest):  # no end position: the lookahead reads the word past it
        if match.start() > limit:
            break
        phrase = text[:match.start()].rstrip(" ,;:–—-")
        last = phrase[phrase.rfind(" ") + 1:].lower()
        agent = text.startswith(" by ", match.start())
        if (last in WAITING_WORDS or last.endswith("ed") and agent) \
                and not (agent and passive_agent and _PASSIVE_END.search(phrase) and not _RELATIVE_WORD.search(phrase)):
            continue  # "The motion submitted | by X will be ...": the agent belongs to the participle ("dates have
            # been announced | by X": a passive's, which may go, even on a verb that else waits for what)
        if match["purpose"] and not (ends_on_noun(phrase) or _OBJECT_AFTER_GERUND.search(phrase)):
            continue  # "UTAG is required | to suspend": the verb's own object, not a purpose
        if match["participle"] and (match["participle"] in _NOT_PARTICIPLES or
                                    match["participle"] in _NOUNS_AFTER_ARTICLES and _ARTICLE_BEFORE.search(phrase) or
                                    not (ends_on_noun(phrase) or
                                         _OBJECT_AFTER_VERB.search(phrase) and not _ASKS.search(phrase))):
            continue  # "a meeting"; "to stop | paying", "the country's | leading universities"; "has ordered
            # striking workers | returning to work to sign": what was ordered follows
        if not match["participle"] and phrase.rfind(" ") == participle:
            continue  # "have deferred industrial action planned | for Tuesday": the participle's own modifier
        if text.startswith(" to ", match.start()) and _ASKS.search(phrase):
            continue  # "The strike called for students | to stop paying": what was asked, not a purpose
        if _SIDE.match(text, match.start() + 1) and TAKES_SIDES.search(phrase):
            continue  # "The members voted | against the offer": the side is the news
        if whole(phrase):
            if match["participle"]:
                participle = match.start()  # (a title may end before it: not after it, before its own modifier)
            yield match.start()


# A verb's object of two or three words, none a verb, pronoun or joining word
# ("have deferred industrial action"): a noun a participle after it may describe.
_OBJECT_AFTER_VERB = re.compile(r"\b(?:has|have|had)[ \t]+" + NOT_A_PAST + r"[a-z]{3,}ed"
                                r"(?:[ \t]+(?!(?:[a-z]+ed|[a-z]+ly|is|are|was|were|and|or|but|we|they|he|she|it|you|"
                                r"who|which|that|to|of|in|on|at|for|by|with)\b)[a-z][a-z'’-]*){2,3}$")


_GAP = re.compile(r"[ \t,;]{0,8}")  # (bounded: a hostile run of blanks is read no further)


# An object of one to three words after a verb in -ing ("taking protected industrial action | to try ..."):
# a noun a purpose after it may follow, as after one an article opens.
_OBJECT_AFTER_GERUND = re.compile(r"\b[a-z]{3,}ing(?:[ \t]+(?!(?:[a-z]+ly|[a-z]+ing|is|are|was|were|and|or|"
                                  r"but|we|they|he|she|it|you|them|him|her|us|who|which|that|to|of|in|on|at|for|by|"
                                  r"with|up|out|off|down|part)\b)[a-z][a-z'’-]*){1,3}$")


def complement_follows(text: str, at: int) -> bool:
    """Whether what follows a phrase ended at ``at`` is what the verb it ends on still needs: a vote's
    side ("voted | in favour of strike action") or what a describing verb calls something ("described
    | as an emperor")."""
    phrase = text[:at].rstrip(" ,;:–—-")
    after = _GAP.match(text, at).end()
    return bool(_SIDE.match(text, after) and TAKES_SIDES.search(phrase) or
                text.startswith("as ", after) and _NAMES_AS.search(phrase))


def ends_on_noun(phrase: str) -> bool:
    """Whether ``phrase`` ends on a noun a participle or a relative "that" can
    describe (``title_tightening`` asks it before a "that"): a name
    ("... to the Federal Government | urging"), or a noun phrase opened by an
    article or a number ("staged a protest | accusing"), not a possessive
    ("the country's | leading universities") or a verb ("to stop | paying")."""
    last = phrase[phrase.rfind(" ") + 1:]
    if last.endswith(("'s", "’s")) or last.lower() in WAITING_WORDS:
        return False
    if last[:1].isupper() and " " in phrase:
        return True
    tail = phrase[-_NOUN_PHRASE_WORDS * 2:]
    return _DETERMINER.search(tail) is not None and not _NO_NOUN.search(_noun_words(tail))


def _noun_words(tail: str) -> str:
    """The words after the last determiner of ``tail``."""
    found = list(_DETERMINER.finditer(tail))
    return tail[found[-1].start():] if found else tail
