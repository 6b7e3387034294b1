"""More shapes of an organisation's name on real pages (issue 16).

* A campus of a university system named by the system's acronym and its
  town: "UC Davis", "UC Santa Cruz", "UNC Chapel Hill". The acronym starts
  with U (for University), or is an institute's ("IIT Westbrook",
  "NUI Arlen"), and one or two place-like words follow: not a
  head word, a generic or role word, a given name or a sentence word. The
  bare acronym would otherwise stand for the whole system.
* A news-style opening in capitals: "UNIVERSITY of Exeter students staged
  ..." names the University of Exeter; the shouted head word is written as
  a name is ("University of Exeter").

Campuses are recorded by ``organisations`` even inside a longer name
("UC Santa Cruz Police"); shouted openings go with ``organisation_shapes``'
candidates, before head-word runs. ``with_word_before`` gives a head-word
run back the word trimmed off its front ("All") when the fuller name is a
body already defined. A police force named by its place ("Met police") is
read in ``organisation_police``.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import NamedTuple

from .acronym_uses import only_a_place
from .given_names import GIVEN_NAMES
from .organisation_cues import in_a_place
from .organisation_names import HEADS, NOT_ORGANISATIONS, PEOPLE_OF, PLACE_NOUNS, has_head_word, is_generic_word, \
    is_role_word, is_sentence_noise, name_key, opens_sentence, BEFORE_A_MONTH, DATE_MONTHS
from .organisation_and_split import split_and
from .organisation_list_last_item import without_a_listed_item_before_and
from .organisation_named_body import named_body
from .prefilter import literal_starts


class FormName(NamedTuple):
    name: str
    start: int
    end: int


_PLACE_WORD = r"[A-Z][^\W\d_A-Z]+"  # letters beyond ASCII too ("UP Los Baños")
# "UC Davis", "UNC Chapel Hill": U, up to four more capitals, one or two words.
# No look-behind in front, so that the engine can skip ahead to each "U";
# the word boundary is checked in code.
_CAMPUS = re.compile(rf"(?P<acr>U[A-Z]{{1,4}})[ \t]+(?P<place>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD})?)"
                     rf"(?![\w&-]|['’]s?\b)")


# "USI Vice President", "UCU Branch Secretary", "UTG Faculty and Staff Association": an office or a body's
# word after the acronym, not a town
_NOT_TOWNS = frozenset("""Branch Chapter Local Left Right Executive Officers Vice Deputy Acting Interim Chief
    Senior General Secretary President Chair Officer National Regional Faculty""".split())


def _place_like(word: str) -> bool:
    return not (word in _NOT_TOWNS or word in HEADS or word in PLACE_NOUNS or word in GIVEN_NAMES or is_generic_word(word)
                or is_role_word(word) or is_sentence_noise(word))


def campus_names(text: str) -> list[FormName]:
    """"UC Davis" and the like (see the module docstring)."""
    found = []
    for match in [*_CAMPUS.finditer(text), *_institute_campuses(text)]:
        at = match.start()
        if match["acr"] in NOT_ORGANISATIONS or at and (text[at - 1].isalnum() or text[at - 1] in "_'’&-"):
            continue
        words = match["place"].split()
        while words and not _place_like(words[-1]) and words[-1] not in GIVEN_NAMES:
            words = words[:-1]  # "UC Santa Cruz Police" keeps the campus, the head word stays its own
        if not words or words[0] in GIVEN_NAMES or \
                not all(_place_like(w) or w in GIVEN_NAMES for w in words):
            continue  # "USI President Kate Byrne"; a given name may end a town ("UC Santa Barbara")
        name = f"{match['acr']} {' '.join(words)}"
        end = text.find(words[-1], match.start("place")) + len(words[-1])
        if not _SITE_AFTER.match(text, end):  # "the Teamsters at UPS Olympic hub": a firm's site, no campus
            found.append(FormName(name, match.start(), end))
    return found


_SITE_AFTER = re.compile(r"[ \t]+(?:hub|warehouse|depot|distribution)\b")


# "IIT Westbrook", "NIT Arlen", "IIM Ostford", "NUI Dunmore": an institute of technology or of management, or
# a national university, read like a campus.
_INSTITUTE = re.compile(rf"(?P<acr>[IN]IT|IIM|NUI)[ \t]+(?P<place>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD})?)"
                        rf"(?![\w&-]|['’]s?\b)")


def _institute_campuses(text: str) -> list[re.Match[str]]:
    found = []
    for at in literal_starts(text, ("IIT ", "NIT ", "IIM ", "NUI ")):
        if match := _INSTITUTE.match(text, at):
            found.append(match)
    return found


_SHOUTED_HEADS = ("UNIVERSITY", "COLLEGE", "UNION", "INSTITUTE", "SCHOOL")
_SHOUTED_OF = re.compile(r"(?P<head>UNIVERSITY|COLLEGE|UNION|INSTITUTE|SCHOOL)[ \t]+of[ \t]+(?:the[ \t]+)?"
                         rf"(?P<place>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}})")


def shouted_openings(text: str) -> list[FormName]:
    """"UNIVERSITY of Exeter" at a line's start: the University of Exeter."""
    found = []
    for at in literal_starts(text, _SHOUTED_HEADS):
        if at and text[at - 1] != "\n":
            continue
        match = _SHOUTED_OF.match(text, at)
        if not match:
            continue
        words = match["place"].split()
        while words and (words[-1] in HEADS or is_generic_word(words[-1]) or is_sentence_noise(words[-1])):
            words = words[:-1]
        if words:
            end = text.find(words[-1], match.start("place")) + len(words[-1])
            rest = " ".join(text[match.end("head") : end].split())  # "of the Witwatersrand"
            name = f"{match['head'].capitalize()} {rest}"
            found.append(FormName(name, at, end))
    return found


def with_word_before(text: str, name: str, start: int, known_keys: Container[str]) -> tuple[str, int]:
    """(name, start), taking back the word a run lost in front of it when
    the two together are a body already found: "All India Students
    Association" after "All India Students' Association (AISA)" was defined."""
    before = text[max(0, start - 20) : start].split()
    if before and before[-1][:1].isupper() and before[-1] not in ("The", "THE") and \
            name_key(f"{before[-1]} {name}") in known_keys:
        return f"{before[-1]} {name}", text.rfind(before[-1], 0, start)
    return name, start


_SLOGAN_BEFORE = re.compile(r"(?<![\w'’-])(?:No|NO|Yes|YES)[ \t]+(?:to|TO)[ \t]+$")


def with_slogan_before(text: str, name: str, start: int) -> tuple[str, int]:
    """(name, start), taking back the "No to" a coalition's name opens with ("the No to Jeepney Phaseout
    Coalition"): a run of capitalised words cannot go on over the lower-case "to"."""
    before = _SLOGAN_BEFORE.search(text, max(0, start - 10), start)
    return (f"{text[before.start():start]}{name}", before.start()) if before else (name, start)


_KIND_LIST_STARTS = ("companies", "corporations", "firms", "banks", "contractors", "organisations",
                     "organizations", "charities", "unions", "groups", "operators", "carriers", "airlines",
                     "retailers", "employers", "parties", "brands", "supermarkets", "manufacturers", "multinationals")
# (an item may carry its acronym: "League of Filipino Students (LFS)")
_LIST_NAME = (r"(?:the[ \t]+)?[A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z][\w&'’-]*|of(?:[ \t]+the)?|for|and|&))*?"
              r"(?:[ \t]+\([A-Z][\w&-]{1,9}\))?")
_KIND_WORDS = "(?:" + "|".join(_KIND_LIST_STARTS) + ")"
_LIST_ITEMS = rf"(?P<items>{_LIST_NAME}(?:[ \t]*,[ \t]*{_LIST_NAME})*,?[ \t]+(?:and|&)[ \t]+{_LIST_NAME})"
# "corporations, such as Caterpillar, Hewlett-Packard and Lockheed Martin", "companies — including A, B and
# C —": a cue word opens the list
_KIND_LIST = re.compile(rf"{_KIND_WORDS},?[ \t]+(?:[—–][ \t]*)?(?:such[ \t]+as|including|like)[ \t]+{_LIST_ITEMS}"
                        rf"(?=[ \t]*[,.;:)\n–—]|[ \t]+[a-z])")
# "its member organizations, A, B (BB), C and the D": after a body's members, a comma alone opens a list of
# three or more (the last item runs on over "of", "for" and "and": "League of Filipino Students of the Philippines")
_MEMBER_LIST = re.compile(rf"(?:(?<=member[ \t])|(?<=affiliated[ \t])|(?<=partner[ \t])){_KIND_WORDS},[ \t]+"
                          rf"(?P<items>{_LIST_NAME}(?:[ \t]*,[ \t]*{_LIST_NAME}){{2,}},?[ \t]+(?:and|&)[ \t]+{_LIST_NAME})"
                          rf"(?=[ \t]*[,.;:)\n–—]|[ \t]+(?!(?:of|for|and|the|de|du|in)\b)[a-z])")
# "these four unions—A, the B, and the C—": a dash opens an aside that lists them as well as a cue does, when
# the closing dash follows the list ("many groups — Leeds, York and Hull among them —" says where they are)
_KIND_DASH_LIST = re.compile(rf"{_KIND_WORDS}[ \t]*[—–][ \t]*{_LIST_ITEMS}(?=[ \t]*[–—])")
# "local operators First Bus and Transdev": a kind of firm right before two or more names (not "unions
# Sharon Graham and Mick Lynch represent", "both parties Rishi Sunak and Keir Starmer": people lead those)
_FIRM_KINDS = r"(?:companies|firms|contractors|operators|carriers|airlines|retailers)"
_KIND_NAMES = re.compile(rf"{_FIRM_KINDS}[ \t]+(?!the[ \t]){_LIST_ITEMS}(?=[ \t]*[,.;:)\n–—]|[ \t]+[a-z])")
_BRACKETED_AFTER = re.compile(r"[ \t]+\([^)]*\)$")
_KIND_ITEM_SPLIT = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?|,?[ \t]+and[ \t]+")


def listed_after_kind(text: str) -> list[FormName]:
    """Each name in a list introduced by a kind of body: "companies such as
    A, B and C", "unions including X and Y", "operators X and Y"."""
    found = []
    places: dict[str, bool] = {}  # each item's place test once: a list repeated a thousand times costs one
    for at in literal_starts(text, _KIND_LIST_STARTS):
        match = _KIND_LIST.match(text, at) or _KIND_DASH_LIST.match(text, at) or _KIND_NAMES.match(text, at) or \
            _MEMBER_LIST.match(text, at)
        if not match:
            continue
        listed = [_BRACKETED_AFTER.sub("", item.removeprefix("the ")) for item in _list_items(match["items"])]
        if match.re is _MEMBER_LIST and not any(item.isupper() or has_head_word(item, item.split()) for item in listed):
            continue  # "partner groups, Leeds, York, Hull and Sheffield": towns, unless a body is among them
        cursor = match.start("items")
        for item in listed:
            offset = text.find(item, cursor, match.end())
            cursor = offset + len(item)
            if not item or is_sentence_noise(item.split()[0]) or item in NOT_ORGANISATIONS:
                continue
            if item not in places:
                places[item] = _named_as_a_place(text, item)
            if not places[item]:
                found.append(FormName(item, offset, offset + len(item)))
    return found


def _list_items(items: str) -> list[str]:
    """The names of a list, split at its commas and "and"s, except an "and"
    inside one name: after a word of people that opens it ("Workers and
    Socialist Party"), or where the words around it make one body ("the Irish
    Nurses and Midwives Organisation", ``split_and``), its acronym after it or not."""
    joined: list[str] = []
    for part in _KIND_ITEM_SPLIT.split(items):
        both = f"{joined[-1]} and {part}" if joined else ""
        if both and both in items and (joined[-1] in PEOPLE_OF or
                                       _one_body(_BRACKETED_AFTER.sub("", both).removeprefix("the ").split())):
            joined[-1] = both
        else:
            joined.append(part)
    return joined


def _one_body(words: list[str]) -> bool:
    """Whether ``words``, "and" among them, name one body as they stand."""
    return split_and(words) == [words] and named_body(words) == words


def _named_as_a_place(text: str, item: str) -> bool:
    """A one-word item the same text puts after "in" or "at" ("marched in Leeds"), or an acronym only ever
    met as a room: a listed place, not a listed body."""
    if " " in item:
        return False
    if item.isupper() and only_a_place(text, item):
        return True
    return any(in_a_place(text, at, item) for at in literal_starts(text, (item,)))


# Not "campaign": "its Fossil Free Careers campaign" is a body's campaign, not a body.
_TYPE_AFTER = ("network", "group", "coalition", "collective", "society", "union", "alliance", "organisation",
               "organization")
_NAME_RUN = r"(?:[A-Z][\w'’-]*)(?:[ \t]+(?:(?:the|of|for|and|&)[ \t]+)*[A-Z][\w'’-]*)*"
# "the Rent Strike network", "the Cut the Rent group", "the UQ student union":
# found from the type noun (a plain search), the name read back from there.
_NAME_BEFORE_TYPE = re.compile(rf"\b[Tt]he[ \t]+(?:[a-z]+[ \t]+)?(?P<names>{_NAME_RUN}"
                               rf"(?:/{_NAME_RUN})*)[ \t]+(?P<student>students?['’]?[ \t]+)?$")
_TYPE_LOOKBACK = 100
# Platforms whose groups and campaigns are pages, not bodies of their own.
_PLATFORMS = frozenset("Facebook WhatsApp Twitter Instagram Telegram Signal Google YouTube TikTok Reddit".split())


def named_before_type_noun(text: str) -> list[FormName]:
    """A name the lower-case type noun after it marks as a body: two
    capitalised words or more, or an acronym ("the UQ student union" is
    that union as written). Names split by "/" are each a body."""
    found = []
    for at in literal_starts(text, _TYPE_AFTER):
        end_of_type = at + next(len(t) for t in _TYPE_AFTER if text.startswith(t, at))
        if text[at - 1 : at] not in (" ", "\t") or end_of_type < len(text) and text[end_of_type].isalnum():
            continue
        previous = text[max(0, at - 30) : at].split()[-1:]
        if not previous or not (previous[0][:1].isupper() or previous[0].startswith("student")):
            continue  # most type nouns follow a lower-case word: no name before them
        match = _NAME_BEFORE_TYPE.search(text, max(0, at - _TYPE_LOOKBACK), at)
        if not match:
            continue
        found.extend(_names_before(text, match, end_of_type, text[at:end_of_type]))
    return found


def _names_before(text: str, match: re.Match[str], end_of_type: int, type_noun: str) -> list[FormName]:
    """The bodies named by one "the <names> <type noun>" match."""
    found = []
    cursor = match.start("names")
    for name in match["names"].split("/"):
        start = text.find(name, cursor)
        cursor = start + len(name)
        words = name.split()
        if is_sentence_noise(words[0]) or _PLATFORMS.intersection(words) or words[-1] in ("the", "of", "and", "The"):
            # ("the Tent City The union is": a sentence whose stop was lost opens on "The" and its own type noun)
            continue
        acronym = len(words) == 1 and name.isupper() and len(name) >= 2 and name not in NOT_ORGANISATIONS
        if not acronym and sum(1 for w in words if w[:1].isupper()) < 2:
            continue
        if all(w in HEADS or is_generic_word(w) for w in words if w[:1].isupper()):
            continue
        if match["student"] and type_noun == "union" and cursor == match.end("names"):
            # "the UQ student union": the union, named as written
            found.append(FormName(" ".join(text[start:end_of_type].split()), start, end_of_type))
        elif not match["student"]:
            found.append(FormName(name, start, cursor))
    return found


# "the Australian Democrats", "Scottish Greens": a nation's party is its own party
_NATION_BEFORE = re.compile(r"(?<![\w'’-])(?:Australian|Scottish|Welsh|Irish|Canadian|Young)[ \t]+$")
_NATIONAL_PARTIES = frozenset({"Democrats", "Greens", "Labour", "Liberals", "Liberal Democrats", "Conservatives"})


def with_nation(text: str, name: str, start: int) -> tuple[str, int]:
    """A known party's name and start, with the nation named right before it."""
    nation = _NATION_BEFORE.search(text, max(0, start - 15), start) if name in _NATIONAL_PARTIES else None
    if nation is None:
        return name, start
    return f"{nation.group().split()[0]} {name}", nation.start()


# "in central Phoenix, ...": a place is named next
PLACE_CUE_BEFORE = re.compile(r"\b(?:in|near|central|downtown|north|south|east|west|northern|southern|eastern|"
                               r"western)[ \t]+$")


def without_a_place_before_and(text: str, start: int, tokens: list[str]) -> list[str]:
    """"in central Harbourton and Lakeland Ridge High School": one word after a
    place cue, then "and", is where the sentence was, not part of the body; so
    is a list's item after a body and its comma (``organisation_list_last_item``)."""
    if len(tokens) > 3 and tokens[1] == "and" and tokens[0] not in HEADS and \
            PLACE_CUE_BEFORE.search(text, max(0, start - 20), start):
        return tokens[2:]
    return without_a_listed_item_before_and(text, start, tokens)  # "..., Kea and Westbrook University"


_MONTH_CUE_BEFORE = re.compile(rf"(?<![\w'’-])(?:{'|'.join(sorted(BEFORE_A_MONTH))})[ \t]+$")


def without_a_month_before(text: str, start: int, tokens: list[str]) -> list[str]:
    """"in September Lakeland Trades Council launched": a month after a lower-case preposition is the date the
    run ran from, not the name's ("the September Student Alliance" keeps it)."""
    if len(tokens) > 1 and tokens[0] in DATE_MONTHS and _MONTH_CUE_BEFORE.search(text, max(0, start - 8), start):
        return tokens[1:]
    return tokens


_ON_HEADS = ("Council", "Commission", "Committee", "Board", "Centre", "Center", "Institute", "Task Force", "Group")
_ON_HEAD_WORDS = frozenset(h.split()[-1] for h in _ON_HEADS)
_ON_NAME = re.compile(r"(?P<head>Council|Commission|Committee|Board|Centre|Center|Institute|Task Force|Group)"
                      r"[ \t]+on[ \t]+"
                      r"(?:the[ \t]+)?(?P<topic>[A-Z][a-z]+(?:[ \t]+(?:(?:and|of|for|the|in)[ \t]+)?[A-Z][a-z]+){0,4})")
_NAME_WORDS_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][a-z]+[ \t]+){1,3})$")


def _without_a_second_body(topic: list[str]) -> list[str]:
    """A topic's words up to an "and" one of this rule's organ heads follows ("Human Rights and Kea Commission on
    ...": the next body); a plural after it is the topic's own ("Health and Social Services", "Police Reform")."""
    for at, word in enumerate(topic):
        if word == "and" and not _ON_HEAD_WORDS.isdisjoint(topic[at + 1 :]):
            return topic[:at]
    return topic


def on_topic_names(text: str) -> list[FormName]:
    """"Council on Higher Education", "National Commission on Student
    Finance", "Working Group on Student Housing": a head word, "on" and a
    capitalised topic name one body."""
    found = []
    for on in literal_starts(text, (" on ",)):
        if text[max(0, on - 12) : on].rpartition(" ")[2] not in _ON_HEAD_WORDS:
            continue  # the word before "on" is no head: most "on"s stop here
        head = next(h for h in _ON_HEADS if text.endswith(h, 0, on))
        at = on - len(head)
        match = _ON_NAME.match(text, at)
        if not match:
            continue
        topic = _without_a_second_body(match["topic"].split())
        while topic and (topic[-1] in ("and", "of", "for", "the", "in") or is_sentence_noise(topic[-1])):
            topic = topic[:-1]
        if not topic or topic[-1] in PLACE_NOUNS:
            continue  # "the Kimmel Center on Washington Square": a building on a square
        start = at
        before = _NAME_WORDS_BEFORE.search(text, max(0, at - 40), at)
        if before:
            words = before[1].split()
            while words and (opens_sentence(words[0]) or words[0] in ("The", "A", "An")):
                words = words[1:]
            if words:
                start = text.find(words[0], before.start())
        end = text.find(topic[-1], match.start("topic")) + len(topic[-1])
        found.append(FormName(" ".join(text[start:end].split()), start, end))
    return found
