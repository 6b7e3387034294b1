"""People known by one name: "Sanatan, vice-president of the union, said".

Many South Asian pages (and reporters quoting students who give only a first
name) name a speaker by a single word. One capitalised word is no name on its
own, but opening a sentence, set off by commas around a description that
holds an office or a person's noun ("a student of ...", "vice-president of
..."), and followed by a speech verb, it can only be the speaker's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

# Only a comma and a speech verb can close such a description: the verbs are
# found first (few in a text), then the sentence before them is read.
_COMMA_SPEECH = re.compile(r",[ \t]+(?:said|says|told|added)\b")
# From a sentence's opening: one capitalised word, its comma, a description
# without another comma, up to the speech verb's comma.
_SPEAKER = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][”\"’][ \t])|(?<=\n))(?P<name>[A-Z][a-z]{2,})"
                      r",[ \t]+(?:(?:a|an|the|another|also)[ \t]+)?(?P<description>[^,.;:!?()\n“”\"]{3,100})$")
_LOOKBACK = 130
_DESCRIPTION_WORDS = 6


def single_name_speakers(text: str, known: Collection[str], is_role_word: Callable[[str], bool],
                         refused: Callable[[str], bool]) -> list[tuple[str, int]]:
    """(name, offset) of each one-word speaker; a word of a known person's
    name ("Webb, also an activist, said" after "Kim Webb") or a word no name
    holds (``refused``) is left out."""
    found: list[tuple[str, int]] = []
    if ", s" not in text and ", t" not in text and ", a" not in text:
        return found
    known_words = {word for name in known for word in name.split()}
    for verb in _COMMA_SPEECH.finditer(text):
        start = max(0, verb.start() - _LOOKBACK)
        match = _SPEAKER.search(text, start, verb.start())
        if match is None:
            continue
        name = match["name"]
        if name in known_words or refused(name):
            continue
        if any(is_role_word(word) for word in match["description"].split()[:_DESCRIPTION_WORDS]):
            found.append((name, match.start("name")))
    return found
