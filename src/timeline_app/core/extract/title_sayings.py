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

_PRESENT = {"said": "says", "stated": "states", "declared": "declares", "disclosed": "discloses", "noted": "notes",
            "claimed": "claims"}
_PLURAL = {"said": "say", "stated": "state", "declared": "declare", "disclosed": "disclose", "noted": "note",
           "claimed": "claim"}
# A past of saying after a helping "have", with or without "that", then the told clause: its subject of one to three
# plain words (no comma, no preposition), then its helping verb.
_SAID = re.compile(r"(?<![\w'’])(?P<have>has|have)[ \t]+(?P<verb>said|stated|declared|disclosed|noted|claimed)"
                   r"(?P<that>[ \t]+that)?[ \t]+(?P<subject>(?:[\w'’-]+[ \t]+){1,3}?)"
                   r"(?P<helper>" + "|".join(sorted(HELPING_VERBS)) + r")\b")
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
    verb = said["verb"]
    if said["helper"] not in _PAST_HELPERS:
        verb = (_PRESENT if said["have"] == "has" else _PLURAL)[verb]
    return text[:said.start()] + verb + " " + said["subject"] + text[said.start("helper"):]
