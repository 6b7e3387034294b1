"""Capitalised runs: the word and connector patterns the name finders share.

A name on a page is a run of capitalised words, perhaps joined by small
connectors ("National Union of Students", "Stop the War"). Definitions,
head-word runs and schools' unions all read names with these pieces, so they
are written once here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .prefilter import finds

# "St. Louis University", "University of Sto. Tomas", "Manuel L. Quezon University" (a middle
# initial after a name's word), never "Main St. The"
_NOT_AFTER_DOT = r"(?![ \t]+(?:The|A|An|In|On|At|It|This|They|We|He|She|But|And|After|When)\b)"
# The initial's alternative comes last and opens with its dot: most capitals never try its look-behind.
# A name's word may go on with an accented small letter ("Poder Vecinos Móviles", "Tūmanako"): Latin-1 and
# Latin Extended-A letters after the capital.
CAP = (rf"[A-Z](?:(?<=S)t[ao]?\.(?=[ \t]+[A-Z]){_NOT_AFTER_DOT}|[a-zß-öø-ÿā-ž][\w'’&-]*|'[A-Z][a-z]+|"
       rf"\.(?<=[a-z][ \t][A-Z]\.)(?=[ \t]+[A-Z][a-z]){_NOT_AFTER_DOT})")
CONNECTOR = r"(?:of|for|and|&|de|du|des|à|the|of the|for the)"
RUN = re.compile(rf"(?:{CAP})(?:[ \t]+(?:{CONNECTOR}[ \t]+)?(?:{CAP}))*")
# Runs of two words or more (``named_body`` wants two content words); possessive
# quantifiers skip futile retries: a letter given back is never the blank that follows.
CAP_ONCE = (rf"[A-Z](?:(?<=S)t[ao]?\.(?=[ \t]+[A-Z]){_NOT_AFTER_DOT}|[a-zß-öø-ÿā-ž][\w'’&-]*+|'[A-Z][a-z]++|"
            rf"\.(?<=[a-z][ \t][A-Z]\.)(?=[ \t]+[A-Z][a-z]){_NOT_AFTER_DOT})")  # CAP, possessive
# A right a campaign is named after ("the Right to Food Campaign", "the Right to Work campaign"): "to" joins it
# only after "the" and where a campaign's head word ends the name within two words (not "turned Right to
# Westbrook Hospital").
RIGHT_TO = (r"(?<=the[ \t]Right[ \t])to(?=(?:[ \t]+[A-Z][\w'’-]*){1,2}[ \t]+(?:Campaign|Coalition|Alliance|Network|"
            r"Forum|Committee|Movement|Group|campaign|coalition|alliance|network|forum|committee|movement|group)\b)")
# A head-word run may also go on over "in" ("Union of Students in Ireland"); ``split_run`` parts it again.
# ("Dar es Salaam"; RIGHT_TO: a campaign named after a right)
_RUN_CONNECTOR = rf"(?:of|for|and|&|de|du|des|à|the|of the|for the|in|in the|(?<=Dar[ \t])es|{RIGHT_TO})"
# No name starts inside a word after its one or two opening capitals ("MPs of the Labour Party", "NGOs
# Coalition"); a heading in capitals glued to a name is another word ("NEWSNational Union of Teachers").
# (The tests stand after the run's first capital, so that the engine skips from capital to capital.)
_NOT_INSIDE_A_SHORT_CAPITAL = r"(?<!(?<![\w'’&-])[A-Z].)(?<!(?<![\w'’&-])[A-Z][A-Z].)"
# A connector ending a line goes on over the break ("National Union of Students of the" / "Philippines"):
# a hard-wrapped paragraph (an e-mail, a bulletin, a PDF's text) breaks lines inside names.
MULTI_WORD_RUN = re.compile(rf"[A-Z]{_NOT_INSIDE_A_SHORT_CAPITAL}{CAP_ONCE[len('[A-Z]'):]}(?:[ \t]++(?:{_RUN_CONNECTOR}(?:[ \t]+|[ \t]*\n(?=[A-Z])))?(?:{CAP_ONCE}))+")

#: An acronym's letters ("UCU", "NUS&T", "SEIU"), for the finders that read names by their shapes.
ACRONYM_WORD = r"[A-Z][A-Z0-9&]{1,7}"
#: A fuller name's "of"/"at" right before a place ("president of Loughborough SU", "Canadian Union of
#: Public Employees Local 4600"): the words after it close that name.
FULLER_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+(?:of|at)[ \t]+$")
#: A capitalised word right after a name: the name may go on ("Local 10 News").
CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")

# Capitalised words (and connectors) running up to a text's very end: the name a cut-off page stops in.
# A capitalised word with a lower-case second letter ("Leeds", not "UCU"), and a list's item of up to three
# of them, perhaps joined by "of" ("Monash", "La Trobe", "Bath Spa", "City of London").
CAP_WORD = r"[A-Z][a-z][\w'’-]*"
LIST_ITEM = rf"{CAP_WORD}(?:[ \t]+(?:of[ \t]+)?{CAP_WORD}){{0,2}}"
# A capitalised word right before a position (searched with ``endpos`` there): the name or title goes on
# to the left ("Presidents of American | Universities", "Westbrook | University" after a host).
CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")
_RUN_AT_END = re.compile(rf"(?:{CAP})(?:[ \t]+(?:{_RUN_CONNECTOR}[ \t]+)?(?:{CAP}))*[ \t]*$")
_LAST_WORD = re.compile(r"[A-Za-z]{2,}$")


def without_a_cut_name(text: str) -> str:
    """``text`` with the name it stops in blanked (same length), when the page is
    cut off mid-word: it ends on letters that begin a longer word the page writes
    elsewhere in the same case ("... the Ministry of Edu" where "Education" is
    written), so neither "Ministry of Edu" nor a shorter part of it is a body's
    name. A last word the page also writes whole ("... by Unite" after "Unite
    members") is no cut, nor one only a lower-case word begins ("Union" and
    "unions")."""
    body = text.rstrip()
    last = _LAST_WORD.search(body, max(0, len(body) - 40))
    if last is None:
        return text
    word = last.group()
    if not _begins_longer_word(text, word) or _written_whole(text[: last.start()], word):
        return text
    run = _RUN_AT_END.search(body, max(0, len(body) - 200))
    start = run.start() if run else last.start()
    return text[:start] + " " * (len(body) - start) + text[len(body) :]


# The last word is looked for with ``str.find``: a pattern made of it would be
# compiled anew for nearly every page (each ends on its own word) and, opening
# with a look-behind, tried at every position of the text.
def _in_word(character: str) -> bool:
    """``re.match(r"[\\w'’-]", character)``."""
    return character.isalnum() or character in "_'’-"


def _word_starts(text: str, word: str) -> Iterator[int]:
    """Where ``word`` begins with no ``[\\w'’-]`` just before it."""
    return (at for at in finds(text, word) if not (at and _in_word(text[at - 1])))


def _begins_longer_word(text: str, word: str) -> bool:
    """``re.search(rf"(?<![\\w'’-]){word}[a-z]", text)``: ``word`` opens a longer word."""
    return any("a" <= text[at + len(word) : at + len(word) + 1] <= "z" for at in _word_starts(text, word))


def _written_whole(text: str, word: str) -> bool:
    """``re.search(rf"(?<![\\w'’-]){word}(?![\\w'’-])", text)``: ``word`` stands alone."""
    return any(not _in_word(text[at + len(word) : at + len(word) + 1] or " ") for at in _word_starts(text, word))
