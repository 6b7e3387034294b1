"""The last boundary a sentence can end at, before its title is cut with "…".

The title rules end a sentence at a clause boundary, before a modifier they
know, or tighten it; each is careful, since a title that ends early says
less. When none of them fits, the title used to be cut at a word with an
ellipsis, which a timeline reader takes for a broken entry. A reader
shortening the sentence by hand would end it before the last phrase that
only adds to what is already said: a place, a time, a purpose after a noun,
a second clause ("The college said it had asked a judge for an order |
to clear the camp"). So, as a last resort, the title ends there,
provided what is left opens with its subject (not "As reported", "Hours
before ..."), has a verb of its own, leaves no clause it opens without its
verb ("He said the annual profits"), ends on no word that waits for more,
keeps what its verb needs after the object ("described the offer | as an
insult", "made the vice-chancellor | resign"), and hides nothing the rest
says against it: a condition ("unless", "on condition that"), a contrast
("but this year ...") or a vote's side ("voted | against"). A review with
some 400 invented sentences found these cases; where any applies, the title
stays cut.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .title_modifiers import TAKES_SIDES, WAITING_WORDS, ends_on_noun
from .title_tightening import A_VERB, quotes_closed

# Where a phrase that only adds may start: a blank before a preposition of place
# or time, a conjunction, a relative word or a purpose ("to remove ..."); or a comma, a
# semicolon or a dash. Not "of", "for", "with", "from", "by", "as", "but" or "to" before a
# noun: what follows them is often what the verb needs ("took the trust | to a tribunal",
# "robbed the porters | of their pay", "described the offer | as an insult", "not over pay | but ...").
# (One blank or stop opens every alternative, so a search skips between them.)
_BREAK = re.compile(
    r"(?:[,;][ \t]+|[ \t]+[–—][ \t]+|[ \t]+(?=(?:on|in|at|after|before|during|across|outside|inside|near|through|"
    r"amid|around|following|despite|throughout|within|along|beyond|towards?|and|while|whilst|because|which|who|where|"
    r"when|since|until)[ \t]|"
    r"to[ \t]+(?P<purpose>(?!(?:the|a|an|their|its|his|her|our|your|my|them|him|us|this|these|those|be|up|date)\b)"
    r"[a-z]{3,}\b(?![ \t]+of\b))))"  # ("the right | to freedom of speech": a noun, no purpose)
)
# Verbs whose object goes on with "to" ("forced the trust | to pay"): what follows is what was asked.
_ASKED = re.compile(r"\b(?:ask|call|urge|tell|told|want|force|order|allow|encourage|invite|request|need|expect|persuade|"
                    r"advise|recommend|challenge|instruct|require|enable|inspire|permit|lead|led|help|get|got|pressure|"
                    r"push|compel|oblige|appeal|vote|voted|decide|agree|refuse|plan|aim|hope|threaten|promise)", re.IGNORECASE)
# What must not be cut away besides the side of a vote or a ruling (``TAKES_SIDES``): a condition, or a
# contrast ("promised a pay rise, | but this year ..."), looked for ``_CONDITION_REACH`` characters past the end.
_CONDITION = re.compile(r"\b(?:unless|if|provided|providing|on[ \t]+condition|as[ \t]+long[ \t]+as|so[ \t]+long[ \t]+as|"
                        r"in[ \t]+the[ \t]+event|as[ \t]+soon[ \t]+as|should|barring|subject[ \t]+to|pending)\b",
                        re.IGNORECASE)
_CONDITION_REACH = 150
_CONTRAST = re.compile(r"\b(?:but|yet|although|though|whereas|however|instead)\b", re.IGNORECASE)
# Verbs whose object waits for more ("described the offer | as an insult", "blamed the porters | for",
# "subjected the porters | to searches", "accused X | of"): the phrase never ends after their object.
_NEEDS_MORE = re.compile(r"\b(?:describ|subject|blam|accus|rob|robb|strip|stripp|depriv|brand|label|regard|treat|"
                         r"hand|refer|remind|inform|convinc|warn|thank|credit|reliev|clear|charg|fin|sentenc|"
                         r"compar|confus|mistak|swap|exchang|protect|prevent|ban|bann|bar|barr|exclud|exempt)"
                         r"(?:e|es|ed|s|ing)?[ \t]+(?:\S+[ \t]+){0,5}\S+$", re.IGNORECASE)
# "refused to let the vice-chancellor | leave", "made the vice-chancellor | resign": the verb still to come.
# ("had" is left out: "had sought a court order" is no "had the guards | escort ...")
_LET_WAITS = re.compile(r"\b(?:let(?:s|ting)?|ma(?:de|ke|kes|king)|saw|see|watched|heard|help(?:ed|s)?)"
                        r"[ \t]+(?:\S+[ \t]+){0,3}\S+$", re.IGNORECASE)
# A sentence opening on a clause or phrase of its own: its subject comes later.
_OPENERS = frozenset("""as when while whilst if because although though since after before once until unless
    in on at with by for from to during following despite amid under over through""".split())
# Words that open a clause inside a phrase, which then needs a verb of its own.
_CLAUSE_OPENER = re.compile(r"(?:,[ \t]+as|[ \t](?:and|but|while|whilst|because|if|unless|although|though|which|who|"
                            r"where|when|so|that|"
                            r"said|says|told|tells|stated|states|announced|announces|warned|warns|claimed|claims)"
                            r")(?=[ \t])")
_CONJUNCTIONS = frozenset("as but while whilst because if unless although though which who where when that".split())
# A relative clause on the subject ("Those who took part ... were"): its verb is not the sentence's.
_RELATIVE = re.compile(r"[ \t](?:who|which|that|whose)[ \t]")
# A time or a reason opening the sentence before its verb ("Hours before ...", "Not since ...").
_SUBORDINATOR = re.compile(r"\b(?:before|after|since|until|when|while|whilst|as|because|once|although|though|if|unless)\b",
                           re.IGNORECASE)
# "and" ends a phrase only where a clause follows it ("were blocked | and dozens
# of students went inside"), not inside a pair of nouns ("threats to international |
# and undocumented students"): its verb within a few words.
_CLAUSE_AFTER_AND = 5
# Words before which an "-ed" word describes a noun ("a contributed report"), not a verb.
_DESCRIBED = frozenset("a an the this that these those their its his her our your my and or".split())
# Conjunctions right before an "-ed" word: the clause they open has no subject yet, so the word describes
# the noun after it ("that if | scheduled talks fail").
_NO_SUBJECT_YET = frozenset("if unless although though because when while whilst".split())
# The shortest phrase worth a title: a subject and its verb with a little more.
_SHORTEST = 20
_LOOKAHEAD = 16  # the longest break word and its blanks


def ended_at_last_break(text: str, limit: int, stands: Callable[[str], bool]) -> str | None:
    """``text`` ended before the last phrase that only adds to it, within
    ``limit`` characters: the longest such phrase of at least ``_SHORTEST``
    characters that opens with its subject, has a verb (after its first
    word), and ``stands``; None when none is."""
    if text[:text.find(" ") + 1].strip().lower() in _OPENERS:
        return None
    best = None
    for match in _BREAK.finditer(text, _SHORTEST, limit + _LOOKAHEAD):  # (its lookahead reads the next word)
        if match.start() > limit:
            break
        phrase = text[:match.start()].rstrip(" ,;:–—-")
        if len(phrase) < _SHORTEST or not quotes_closed(phrase) \
                or phrase[phrase.rfind(" ") + 1:].lower() in WAITING_WORDS:
            continue
        following = text[match.end():]
        if match["purpose"] and (not ends_on_noun(phrase) or _ASKED.search(phrase, 0, phrase.rfind(" "))):
            continue  # a purpose only after a noun ("sought a court order | to remove ..."), never what was asked
            # (the asking verb stands before its object: "a court order" is asked by no one)
        if _CONDITION.search(following, 0, _CONDITION_REACH) or _CONTRAST.search(following, 0, _CONDITION_REACH) \
                or _verb_waits(phrase):
            continue
        if following.startswith("and ") and not _verb_in(_clause_start(following), 1):
            continue  # (its subject first: the verb is not the word right after "and")
        if has_main_verb(phrase) and last_clause_has_verb(phrase) and stands(phrase):
            best = phrase
    return best


def _clause_start(following: str) -> str:
    """The first words after an "and" at the start of ``following``, where a clause it opens has its verb:
    ``_CLAUSE_AFTER_AND`` of them, a name's capitalised words counted as one ("and the Lakeland Nurses'
    Union gave ...")."""
    words = following.split(None, _CLAUSE_AFTER_AND * 3)[1:_CLAUSE_AFTER_AND * 3]
    kept, counted = [], 0
    for word in words:
        named = word[:1].isupper() and kept and kept[-1][:1].isupper()
        counted += 0 if named else 1
        if counted > _CLAUSE_AFTER_AND:
            break
        kept.append(word)
    return " ".join(kept)


def waits_for_more(phrase: str) -> bool:
    """Whether ``phrase`` ends where its verb still needs what follows: a side
    ("voted"), the verb after "let" or "made" ("refused to let the vice-chancellor"),
    what the object is taken as ("described the offer"), a second object ("the union
    gave the government | until Friday"), or a contrast that has only its verb ("met the
    premier but left | without any commitment")."""
    return _verb_waits(phrase) or _ENDS_WAITING.search(phrase) is not None


def _verb_waits(phrase: str) -> bool:
    """Whether ``phrase`` ends on a side still to take, a verb after "let" or "made", or an object that is still
    to be taken as something (what ``ended_at_last_break`` never ends a phrase on)."""
    return bool(TAKES_SIDES.search(phrase) or _LET_WAITS.search(phrase) or _NEEDS_MORE.search(phrase))


# A verb of giving and its first object, or "but" and one word, ending a phrase (``waits_for_more``).
_ENDS_WAITING = re.compile(r"\b(?:(?:gave|given|give|gives|handed|hands|offered|offers|sent|sends|granted|grants|owed|"
                           r"owes|promised|promises)[ \t]+(?:\S+[ \t]+){0,2}\S+|but[ \t]+\S+)$")


def _verb_in(text: str, start: int = 0) -> bool:
    """Whether ``text`` holds a verb from ``start`` on, not counting an "-ed"
    word that describes the noun after it ("a contributed report",
    "Canterbury-based")."""
    for match in A_VERB.finditer(text, max(start, 0)):
        if not match.group().endswith("ed"):
            return True
        before = text[text.rfind(" ", 0, match.start() - 1) + 1:match.start()]
        if not before.endswith("-") and before.strip().lower() not in _DESCRIBED | _NO_SUBJECT_YET:
            return True
    return False


def has_main_verb(phrase: str) -> bool:
    """Whether ``phrase`` has a verb after its first word (the subject's) that
    is not only a relative clause's ("Those who took part in the occupation |
    of the library were later ..." has none of its own yet) nor a time
    clause's ("Hours before the chief executive was due | , the union ...")."""
    first = phrase.find(" ")
    if not _verb_in(phrase, first):
        return False
    verb = A_VERB.search(phrase, first)
    if verb is not None and _SUBORDINATOR.search(phrase, 0, verb.start()):
        return False
    relative = _RELATIVE.search(phrase, first)
    if relative is None:
        return True
    verbs = [match.start() for match in A_VERB.finditer(phrase, first)]
    return verbs[0] < relative.start() or len(verbs) > 1


def last_clause_has_verb(phrase: str, conjunctions: bool = False) -> bool:
    """Whether the clause a conjunction or a verb of saying opens last in
    ``phrase`` has its verb ("were blocked and dozens | of students went",
    "He said the annual profits | of ..." end inside one that has not). With ``conjunctions``, only a
    conjunction or a relative word other than "and" opens one: a phrase ended at a clause boundary
    keeps its pairs ("disruption and delays") and a said thing ("announced a protest") whole."""
    opened = None
    for found in _CLAUSE_OPENER.finditer(phrase):
        if not (conjunctions and found.group().strip(", \t") not in _CONJUNCTIONS):
            opened = found
    return opened is None or _verb_in(phrase, opened.end())
