"""The main event's cheaper word tests answer as the plain ones did: a
sentence that repeats the headline's words, or says "took place" or
"kicked off", weighs the same in the choice of the main event."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract.main_signals import _EVENT_PHRASE, _prefixed_words, stems

# The phrase pattern as first written, with its optional endings.
_PLAIN_PHRASE = re.compile(
    r"\b(?:take place|taking place|took place|takes place|will be held|was held|held on|held at|"
    r"day of action|today|tonight|tomorrow|yesterday|due to|planned for|scheduled|set to|"
    r"begins?|began|start(?:s|ed)?|launch(?:ed|es)?|kick(?:s|ed)? off|will|gathered|joined)\b",
    re.IGNORECASE,
)
_PIECES = st.sampled_from(["take", "place", "took", "will", "be", "held", "on", "day", "of", "action", "today",
                           "set", "to", "begin", "begins", "began", "start", "starts", "started", "starting",
                           "launch", "launched", "launches", "kick", "kicks", "kicked", "off", "willow", "KICKED",
                           "Began", "x", "é"])
_GLUE = st.sampled_from([" ", "  ", "", "\t", ".", "-", "_", "'"])


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(st.tuples(_PIECES, _GLUE), max_size=6))
def test_the_spelt_out_phrases_are_found_where_the_plain_pattern_finds_one(parts):
    text = "".join(piece + glue for piece, glue in parts)
    assert (_EVENT_PHRASE.search(text) is None) == (_PLAIN_PHRASE.search(text) is None)


def test_every_form_of_a_phrase_is_still_an_event_phrase():
    for said in ("It kicked off at noon", "The strike begins", "Marchers gathered", "It took place"):
        assert _EVENT_PHRASE.search(said)
    assert _EVENT_PHRASE.search("a willow and a placement") is None


_ASCII = st.text(alphabet="aabstuSTUdeD .,-'1_", max_size=60)


@settings(max_examples=400, deadline=None)
@given(headline=_ASCII, sentence=_ASCII)
def test_words_found_from_the_headline_prefixes_are_the_sentence_words_with_them(headline, sentence):
    prefixes = frozenset(stem[:3] for stem in stems(headline))
    every_word = re.findall(r"[A-Za-z]{3,}", sentence.lower())
    assert sorted(_prefixed_words(sentence.lower(), prefixes)) == sorted(w for w in every_word if w[:3] in prefixes)
