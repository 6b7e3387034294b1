"""A verb of saying written as a headline writes it, for a title that would be cut.

"The Lakeland guild has stated that it will not sit down with the board"
and "Civil servants in Ostland have said they will stop work on 9 May"
keep who said it when written "The Lakeland guild says it will not ..."
and "Civil servants in Ostland say they will ...": the claim stays theirs
(a title never states what someone said as a fact), in fewer characters.
A plain past ("said that it had") is left as it is: a title ended before
its last added phrase keeps it whole already. Only a told clause whose verb comes within a few plain words is rewritten
("that it will", "that the night shift is"): a title can then end nowhere
between its subject and its verb, which "that" alone would have shown as
waiting ("stated that the board | at all levels must ..." keeps it). A
told clause in the past keeps the past ("has said that it would" as "said
it would").
"""

from __future__ import annotations

import re

from .title_modifiers import HELPING_VERBS

# The pasts of saying read, each with its plural present ("said", "say"); the singular adds "s" ("says").
_PLURAL = {"said": "say", "stated": "state", "declared": "declare", "disclosed": "disclose", "noted": "note",
           "claimed": "claim"}
_PRESENT = {said: say + "s" for said, say in _PLURAL.items()}
# A past of saying after a helping "have", with or without "that", then the told clause: its subject of one to three
# plain words (no comma, no preposition), then its helping verb.
_SAID = re.compile(r"(?<![\w'’])(?P<have>has|have)[ \t]+(?P<verb>" + "|".join(_PLURAL) + r")"
                   r"(?P<that>[ \t]+that)?[ \t]+(?P<subject>(?:[\w'’-]+[ \t]+){1,3}?)"
                   r"(?P<helper>" + "|".join(sorted(HELPING_VERBS)) + r")\b")
# What before "has/have said" makes it no plain saying to write in the present: a modal, "to" or a negation ("could
# have said" was never said, "is said to have stated" reports it), or a denial ("denies that it has said": what is
# denied is the saying).
_NOT_PLAIN = re.compile(r"(?:\b(?i:could|would|should|might|must|may|will|shall|can|cannot|to|not|never)|"
                        r"n['’]t)[ \t]+$|"
                        r"\b(?i:den(?:y|ies|ied|ying))[ \t]+(?:that[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}$")
_NOT_IN_SUBJECT = frozenset("of in on at to for by from with about over after before as and or but that which who "
                            "when while if because".split())
_PAST_HELPERS = frozenset("was were had would could might".split())
# The opening of a sentence where its verb of saying stands: a title is at most 70 characters of it.
_REACH = 160


def said_plainly(text: str) -> str:
    """``text`` with its first verb of saying after "has" or "have" in the present ("has said" as "says") and
    without the "that" after it, where the told clause's verb follows within a few plain words; ``text`` itself
    otherwise."""
    head = text[:_REACH]
    if "has " not in head and "have " not in head:
        return text
    said = _SAID.search(head)
    if said is None or not set(said["subject"].lower().split()).isdisjoint(_NOT_IN_SUBJECT):
        return text
    before = head[:said.start()]
    if _NOT_PLAIN.search(before[-60:]) or _quoted(before):
        return text
    verb = said["verb"]
    if said["helper"] not in _PAST_HELPERS:
        verb = (_PRESENT if said["have"] == "has" else _PLURAL)[verb]
    return text[:said.start()] + verb + " " + said["subject"] + text[said.start("helper"):]


def _quoted(before: str) -> bool:
    """Whether a quotation is open at the end of ``before``: words quoted are the speaker's, left as written."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")
