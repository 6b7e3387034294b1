"""An outlet named as a sentence's source after it: "..., Ostland Today reported."

A report that passes on another's news ends the sentence with a comma, the
source's name and "reported" (or "reports"), at most a day after it ("...
were held back, the Westbrook Courier reported on Tuesday."). The name need
carry no media word ("Ostland Today", an agency's letters), which
``organisation_media`` asks for (and reads these from here); the place says
it. Only that closing
clause counts: "X reported that ..." opens as often with a person, and so does
", X reports, ..." in a column's diary. People, places and groups of people
report too, so the name is no outlet when it opens with a given name, a title,
an office or a role ("Dr Lind", "Mayor Mira Tane", "Police Chief Arlen") or a
word that opens sentences; when it is one word not in capitals ("Arlen",
"Lakeland", "Witnesses": a surname, a town or people as often as a paper, and
an agency is in capitals), a place ("Lakeland Province") or ends with a plural
noun of people ("Harbourton Ferry Workers"); when it holds a possessive
("Ostland's Harbour Authority": an owner and its body); or when the page writes
it as a person's elsewhere, after a given name or a title, or as two words
with no outlet's word ("Today", "News") before a verb of saying ("Mira Tane
said"; not "Ostland Today said").
"""

from __future__ import annotations

import re

from .given_names import GIVEN_NAMES
from .organisation_names import PEOPLE_OF, is_role_word, is_sentence_noise
from .person_cues import PLACE_WORDS, SPELLED_OUT_TITLES, TITLES
from .places import names_a_region
from .prefilter import literal_starts

# The source's name right before the verb: one to three capitalised words after a comma ("the" may open it).
_NAME_BEFORE = re.compile(r",[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][\w’'&.-]*(?:[ \t]+[A-Z][\w’'&.-]*){0,2})$")
_NAME_CHARS = 60
#: The verbs of a report after its source, shared with ``organisation_media``'s cited outlets.
REPORTING_VERBS = r"report(?:ed|s)"
# The verb and what may close the sentence after it: a day or "earlier", then the full stop.
_VERB = re.compile(rf" {REPORTING_VERBS}(?:[ \t]+(?:on[ \t]+[A-Z][a-z]+day|yesterday|today|earlier|last[ \t]+week))?\.")


def outlets_reporting_after(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each outlet named in a clause ", X reported." closing a sentence."""
    found = []
    people: frozenset[str] | None = None  # names the page writes as people's, read once when first needed
    for at in literal_starts(text, (" report",)):
        if not _VERB.match(text, at):
            continue
        name = _NAME_BEFORE.search(text, max(0, at - _NAME_CHARS), at)
        if name is None or not _may_be_an_outlet(name["name"]):
            continue
        people = _written_as_people(text) if people is None else people
        if name["name"] not in people:
            found.append((name["name"], name.start("name"), at))
    return found


def _may_be_an_outlet(name: str) -> bool:
    """Whether ``name`` may be a source's name rather than a person, a place or people, by its words alone (see the
    module docstring)."""
    words = name.split()
    if len(words) == 1:
        return name.isupper() and len(name) > 1  # "KNA"; not "Arlen", "Lakeland", "Witnesses"
    if words[0] in GIVEN_NAMES or is_sentence_noise(words[0]) or "'" in name or "’" in name:
        return False
    if any(word in _TITLES or is_role_word(word) for word in words):
        return False  # "Dr Lind", "Police Chief Arlen", "Mayor Mira Tane"
    last = words[-1]
    if names_a_region(name) or last in PLACE_WORDS or last in PEOPLE_OF or last.endswith(_PEOPLE_ENDINGS):
        return False  # "Lakeland Province", "Harbourton Ferry Workers"
    return True


# Titles and offices before a name ("Chief" as in "Police Chief Arlen").
_TITLES = TITLES | SPELLED_OUT_TITLES | {"Chief"}
# Plural nouns of people ("Workers", "Organisers", "Inspectors", "Witnesses", "Residents", "Activists").
_PEOPLE_ENDINGS = ("ers", "ors", "ants", "ents", "ists", "esses")
# A verb of saying after a person's name elsewhere on the page ("Mira Tane said"), and the name before it.
_SAYING = (" said", " says", " told", " added", " explained")
_RUN_BEFORE = re.compile(r"(?<![\w’'&.-])[A-Z][\w’'&.-]*(?:[ \t]+[A-Z][\w’'&.-]*){0,3}$")
# A capitalised word and up to three after it: a given name or a title, then a person's name ("Dr Mira Tane").
_WORD_AND_RUN = re.compile(r"(?<![\w’'&-])([A-Z][\w.]*)[ \t]+(?=([A-Z][\w’'&.-]*(?:[ \t]+[A-Z][\w’'&.-]*){0,2}))")


# Words of an outlet's name, which no person's name holds ("Ostland Today said", "Westbrook News Channel said").
_MEDIA_WORDS = frozenset("""News Post Press Times Today Tonight Daily Weekly Online Channel TV Radio Wire Agency
    Herald Tribune Gazette Journal Star Mail Mirror Express Live""".split())


def _written_as_people(text: str) -> frozenset[str]:
    """Names the page writes after a given name or a title, with each part of them that opens them, or as a
    person's two names (no outlet's word) before a verb of saying."""
    names: set[str] = set()
    for at in literal_starts(text, _SAYING):
        run = _RUN_BEFORE.search(text, max(0, at - _NAME_CHARS), at)
        words = run.group().split() if run else []
        if len(words) == 2 and _MEDIA_WORDS.isdisjoint(words):
            names.add(run.group())  # "Mira Tane said"; not "Ostland Today said", "Westbrook Evening Bulletin said"
    for match in _WORD_AND_RUN.finditer(text):
        if match[1] in GIVEN_NAMES or match[1].rstrip(".") in _TITLES:
            words = match[2].split()
            names.update(" ".join(words[: i + 1]) for i in range(len(words)))
    return frozenset(names)
