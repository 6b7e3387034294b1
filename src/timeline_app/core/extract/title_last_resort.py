"""The last boundary a sentence can end at, before its title is cut with "…".

The title rules end a sentence at a clause boundary, before a modifier they
know, or tighten it; each is careful, since a title that ends early says
less. When none of them fits, the title used to be cut at a word with an
ellipsis ("Wednesday was another joyful day of picketing on central and
north…"), which a timeline reader takes for a broken entry. A reader
shortening the sentence by hand would end it before the last phrase that
only adds to what is already said: a place, a time, a purpose, a second
clause ("The university said that it had sought a court order | to remove
the occupiers"). So, as a last resort, the title ends before the last
preposition, conjunction or comma within its length, provided what is left
opens with its subject (not "As reported", "In a statement"), has a verb of
its own, leaves no clause it opens without its verb ("... said the annual
profits"), ends on no word that waits for more ("staff went"), and reverses
nothing: no condition ("will strike | unless ...") is dropped, and no
vote's side ("voted | against ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .title_modifiers import WAITING_WORDS
from .title_tightening import A_VERB

# Where a phrase that only adds may start: a blank before a preposition, a
# conjunction, a relative word, or a purpose; or a comma, a semicolon or a dash.
# (One blank or stop opens every alternative, so a search skips between them.)
_BREAK = re.compile(
    r"(?:[,;][ \t]+|[ \t]+[–—][ \t]+|[ \t]+(?=(?:on|in|at|of|to|for|from|with|by|after|before|during|over|across|"
    r"outside|inside|near|through|into|under|amid|against|towards?|around|following|including|despite|"
    r"and|but|while|whilst|as|because|which|who|where|when|since|until|so)[ \t]))"
)
# What must not be cut away: a condition, or the side of a vote or a ruling.
_KEEPS_WHAT_FOLLOWS = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|ballot(?:s|ed)?|ruled|decided|argued|spoke|speaks|came[ \t]+out)[ \t]*$", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:unless|if|provided|only[ \t]+if)\b", re.IGNORECASE)
_CONDITION_REACH = 150
# "refused to let the vice-chancellor | leave": "let" waits for its verb.
_LET_WAITS = re.compile(r"\blet(?:s|ting)?[ \t]+(?:\S+[ \t]+){0,2}\S+$")  # how far past the end a dropped condition is looked for
# A sentence opening on a clause or phrase of its own: its subject comes later.
_OPENERS = frozenset("""as when while whilst if because although though since after before once until unless
    in on at with by for from to during following despite amid under over through""".split())
# Words that open a clause inside a phrase, which then needs a verb of its own.
_CLAUSE_OPENER = re.compile(r"[ \t](?:and|but|while|whilst|because|which|who|where|when|so|that|"
                            r"said|says|told|tells|stated|states|announced|announces|warned|warns|claimed|claims)[ \t]")
# A relative clause on the subject ("Those who took part ... were"): its verb is not the sentence's.
_RELATIVE = re.compile(r"[ \t](?:who|which|that|whose)[ \t]")
# "and" ends a phrase only where a clause follows it ("were blocked | and dozens
# of students went inside"), not inside a pair of nouns ("threats to international |
# and undocumented students"): its verb within a few words.
_CLAUSE_AFTER_AND = 5
# Words before which an "-ed" word describes a noun ("a contributed report"), not a verb.
_DESCRIBED = frozenset("a an the this that these those their its his her our your my and or".split())
# The shortest phrase worth a title: a subject and its verb with a little more.
_SHORTEST = 20
_LOOKAHEAD = 16  # the longest break word and its blanks
_QUOTES = re.compile(r"[\"“”]")


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
        if len(phrase) < _SHORTEST or len(_QUOTES.findall(phrase)) % 2 \
                or phrase[phrase.rfind(" ") + 1:].lower() in WAITING_WORDS:
            continue
        following = text[match.end():]
        if _CONDITION.search(following, 0, _CONDITION_REACH) or _KEEPS_WHAT_FOLLOWS.search(phrase) \
                or _LET_WAITS.search(phrase):
            continue
        if following.startswith("and ") and not _verb_in(" ".join(following.split()[1:1 + _CLAUSE_AFTER_AND]), 1):
            continue  # (its subject first: the verb is not the word right after "and")
        if _has_main_verb(phrase) and _last_clause_has_verb(phrase) and stands(phrase):
            best = phrase
    return best


def _verb_in(text: str, start: int = 0) -> bool:
    """Whether ``text`` holds a verb from ``start`` on, not counting an "-ed"
    word that describes the noun after it ("a contributed report",
    "Canterbury-based")."""
    for match in A_VERB.finditer(text, max(start, 0)):
        if not match.group().endswith("ed"):
            return True
        before = text[text.rfind(" ", 0, match.start() - 1) + 1:match.start()]
        if not before.endswith("-") and before.strip().lower() not in _DESCRIBED:
            return True
    return False


def _has_main_verb(phrase: str) -> bool:
    """Whether ``phrase`` has a verb after its first word (the subject's) that
    is not only a relative clause's ("Those who took part in the occupation |
    of the library were later ..." has none of its own yet)."""
    first = phrase.find(" ")
    if not _verb_in(phrase, first):
        return False
    relative = _RELATIVE.search(phrase, first)
    if relative is None:
        return True
    verbs = [match.start() for match in A_VERB.finditer(phrase, first)]
    return verbs[0] < relative.start() or len(verbs) > 1


def _last_clause_has_verb(phrase: str) -> bool:
    """Whether the clause a conjunction or a verb of saying opens last in
    ``phrase`` has its verb ("were blocked and dozens | of students went",
    "He said the annual profits | of ..." end inside one that has not)."""
    opened = None
    for opened in _CLAUSE_OPENER.finditer(phrase):
        pass
    return opened is None or _verb_in(phrase, opened.end())
