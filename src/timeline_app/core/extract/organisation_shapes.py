"""Organisation names recognised by their shape rather than a head word.

Real pages name bodies in ways the head-word rule (``named_body``) cannot
see: a branch or students' union glued to its institution ("Goldsmiths
UCU", "UCD Students' Union"), a union local with its number ("CUPE 3903"),
hashtag campaigns ("#FeesMustFall"), campaign shapes ("Rhodes Must Fall",
"Occupy Wall Street", "Students Against Cuts", "Parents for Future"),
companies ("G4S PLC"), and lists that share one plural head ("Monash,
Deakin and La Trobe universities") or that mix bare town names with a
university ("at Harbourton, Lakeland, Westbrook University, Arlen"); with
the forms of ``organisation_forms`` and ``organisation_police``, news
outlets a page cites (``organisation_media``), schools
(``organisation_schools``) and one-word groups named by a member
(``organisation_members``).

Each finder returns ``ShapedName`` candidates; ``organisations`` records
them before the head-word runs, so the fuller name wins its offsets.
Every rule is about shapes and context words, never a particular body.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .organisation_forms import listed_after_kind, named_before_type_noun, on_topic_names, shouted_openings
from .organisation_police import police_forces
from .organisation_cues import chambers_of_trade, convened_bodies, kinds_of_university_with_town, radio_stations, \
    with_name_tail
from .organisation_kind_examples import single_examples
from .organisation_spans import ORGAN_DESCRIBERS, ORGANS, with_trust_owner
from .organisation_called import called_bodies
from .joined_lists import joined_list_matches
from .organisation_media import news_outlets
from .organisation_firms import named_firms
from .organisation_against import against_campaigns
from .organisation_makers import named_makers
from .organisation_rail import rail_operators
from .organisation_ampersand_codes import with_code_before_ampersand
from .organisation_agencies import federal_governments, field_ministries, national_agencies
from .organisation_locals import hash_locals, numbered_locals, union_locals
from .organisation_members import member_groups
from .organisation_hashtags import CAMPAIGN_AFTER_TAG, CAMPAIGN_BEFORE_TAG, EVENT_TAG_ENDINGS, TOPIC_AFTER_TAG, \
    a_posting_tag, a_slogan, listed_tags
from .organisation_people_openers import PEOPLE_OPENERS
from .organisation_schools import school_names
from .organisation_shared_heads import shared_heads
from .organisation_names import GROUP_NOUNS, GROUP_WORD_SET, HEADS, INSTITUTIONS_UNIONS, NOT_ORGANISATIONS, \
    NUMBER_WORDS, PLACE_NOUNS, is_generic_word, is_role_word, is_sentence_noise
from .organisation_runs import ACRONYM_WORD, CAP_WORD, CAPITAL_AFTER, CAPITALISED_WORD_BEFORE, FULLER_NAME_BEFORE, \
    LIST_ITEM
from .prefilter import literal_starts, matches_starting_at

_ACR = ACRONYM_WORD  # (short: the patterns below read it often)
# "No letter, digit, apostrophe, & or hyphen before the name", written just
# after the name's capital (a look-behind over two characters): a pattern
# then opens with the capital, and a search skips from capital to capital
# instead of trying the look-behind at every position of its window.
_STARTS_NAME = r"(?<![\w'’&-].)"


class ShapedName(NamedTuple):
    """A name found by its shape: ``surface`` is what the text says when
    it differs from the stored ``name`` (a bare town in a list)."""

    name: str
    start: int
    end: int
    surface: str | None = None


# "Goldsmiths UCU", "Cambridge SU", "UCD Students' Union": a union named
# with its institution is that institution's union or branch.
_BRANCH_BODY = re.compile(
    r"(?:Students['’]?[ \t]+Union|Student[ \t]+Union|Students['’]?[ \t]+Guild|SU|SRC|UCU|"
    r"Students['’]?[ \t]+Representative[ \t]+Council)(?![\w'’&-])"
)
# "CUPE 3903": a union local named by its number (never a year); found
# from the number back to the acronym.
_HASHTAG = re.compile(r"#(?P<tag>[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)\b")
_MUST_FALL = re.compile(rf"(?<![\w'’&-])(?P<name>(?:{CAP_WORD}[ \t]+){{1,3}}Must[ \t]+Fall)\b")
# "Occupy UMass Boston": a campus's short name may mix capitals ("UMass", "UConn")
_OCCUPY = re.compile(rf"(?<![\w'’&-])(?P<name>Occupy[ \t]+(?:(?:{_ACR}|U[A-Z][a-z]+)(?:[ \t]+{CAP_WORD}){{0,2}}|"
                     rf"{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,4}}))(?![\w'’&-])")
# What follows a group noun in such a name; far rarer in text than the nouns.
_GROUP_CONNECTORS = ("Against", "for", "4")
_FOR_AGAINST = re.compile(
    rf"(?<![\w'’&-])(?P<name>{GROUP_NOUNS}[ \t]+(?:Against|for|4)[ \t]+(?:the[ \t]+|a[ \t]+)?"
    rf"(?:{_ACR}|{CAP_WORD}(?:[ \t]+(?:(?:of|and|in|the)[ \t]+)?{CAP_WORD}){{0,3}}))(?![\w'’&-])"
)
# (a word whose hyphen goes on in lower case describes the firm: "UK-listed Vedanta Resources Ltd")
_COMPANY = re.compile(
    r"(?<![\w'’&-])(?P<name>(?:[A-Z][\w&]*(?:-[A-Z0-9][\w&]*)*[ \t]+){1,3}(?:PLC|plc|Ltd|Limited|Inc|LLC|Corp|NPC))"
    r"(?![\w'’&-])"
)
# "USF Foundation", "UK Student Climate Network": an acronym (a national
# prefix included) leading a run that ends in a head word is one name.
# "Universities UK": a head word then the national suffix.
_HEAD_UK = re.compile(rf"(?P<name>[A-Z]{_STARTS_NAME}[a-z][\w'’-]*[ \t]+UK)(?![\w'’&-])")
# A Kenyan county's government, written in lower case after the county's name ("the Kiambu County government").
_COUNTY_GOVERNMENT = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+County[ \t]+government)\b")
# A school board named in lower case after its area's kind ("the Lakeland Region board", "Arlen Valley District
# board employs 850 staff"); a name must come first ("The District board" names none).
_AREA_BOARD = re.compile(r"(?<![\w'’&.-])(?P<name>(?:[A-Z][a-z]+[ \t]+){1,2}(?:District|Region)[ \t]+board)"
                         r"(?![\w'’-])")
_SIMPLE_SHAPES = (
    (_MUST_FALL, ("Must Fall",)), (_OCCUPY, ("Occupy ",)),
    (_COMPANY, ("PLC", "plc", "Ltd", "Limited", "Inc", "LLC", "Corp")), (_COUNTY_GOVERNMENT, ("County government",)),
    (_AREA_BOARD, ("District board", "Region board")),
)
# A comma list of three or more capitalised items, for the town-name rule.
# An item may carry its acronym in brackets: "Auckland, Auckland University of Technology (AUT), Canterbury".
_LIST_ITEM = rf"(?:the[ \t]+)?(?:{_ACR}|{LIST_ITEM})(?:[ \t]+\({_ACR}\))?"
# (Every list opens with a capital or "the": the look-ahead turns down other positions at once.)
_LIST = re.compile(rf"(?=[A-Zt])(?P<items>{_LIST_ITEM}(?:,[ \t]+{_LIST_ITEM}){{2,}},?[ \t]+(?:and|&)[ \t]+(?:{_ACR}|{LIST_ITEM}))")
_INSTITUTION_HEADS = ("University", "College", "Institute", "School")
_INSTITUTION_HEADS_SET = frozenset(_INSTITUTION_HEADS)
_BRACKETED_ACRONYM = re.compile(rf"[ \t]+\({_ACR}\)$")
_ITEM_SPLIT = re.compile(r",?[ \t]+(?:and|&)[ \t]+|,[ \t]+")  # ", and " (a serial comma) before a bare ", "


def find_shaped_names(text: str) -> list[ShapedName]:
    """Every shaped name in ``text``, in text order."""
    found = _acronym_heads(text) + _branches(text) + \
        [ShapedName(*form) for form in union_locals(text) + numbered_locals(text) + hash_locals(text)] + \
        _simple_shapes(text) + \
        [ShapedName(*form) for form in shared_heads(text)] + _town_lists(text)
    found += [ShapedName(*form) for form in shouted_openings(text) + listed_after_kind(text)
              + named_before_type_noun(text) + police_forces(text) + news_outlets(text) + school_names(text)
              + member_groups(text) + on_topic_names(text) + radio_stations(text) + convened_bodies(text) + chambers_of_trade(text)
              + called_bodies(text) + single_examples(text) + rail_operators(text) + named_firms(text)
              + named_makers(text) + national_agencies(text) + field_ministries(text) + federal_governments(text)
              + kinds_of_university_with_town(text) + against_campaigns(text)]
    return sorted(found, key=lambda n: (n.start, -n.end))


# Every finder is started from plain words that ``str.find`` locates (a
# head word, a union word, a digit run's acronym), never by running a
# pattern that begins with a capital over the whole text: extraction must
# stay above 500 documents a second.
_BRANCH_WORDS = ("Students", "Student Union", "SU", "SRC", "UCU")
_HOST_BEFORE = re.compile(rf"(?P<host>[A-Z]{_STARTS_NAME}(?:[a-z][\w'’-]*|[A-Z0-9&]{{1,7}}))[ \t]+$")  # CAP_WORD or _ACR


# "Sydney University SRC": the institution's head word is part of the host
# ("University College Lakeland SU": the college's name after its head words; each form starts a word)
_INSTITUTION_BEFORE = re.compile(rf"(?P<host>[A-Z]{_STARTS_NAME}[a-z][\w'’-]*[ \t]+(?:University|College)|"
                                 rf"U{_STARTS_NAME}niversity[ \t]+College[ \t]+(?!(?:Hospital|School)\b)"
                                 rf"[A-Z][a-z][\w'’-]*)[ \t]+$")


def _branches(text: str) -> list[ShapedName]:
    found = []
    for at in literal_starts(text, _BRANCH_WORDS):
        body = _BRANCH_BODY.match(text, at)
        host = body and (_INSTITUTION_BEFORE.search(text, max(0, at - 60), at) or
                         _HOST_BEFORE.search(text, max(0, at - 40), at))
        if not host:
            continue
        name = host["host"]
        if name.endswith(("University", "College")) and (
                capital := CAPITALISED_WORD_BEFORE.search(text, max(0, host.start() - 30), host.start())) and \
                capital.group().rstrip() != "The":
            continue  # "Jawaharlal Nehru University Students' Union": the whole run is read elsewhere (not after "The")
        before = _WORD_BEFORE.search(text, max(0, host.start() - 30), host.start())
        if before and not is_sentence_noise(before[1]) and not body.group().isupper():
            continue  # "United Secondary Students Union": a longer name, read with its head word
        if is_sentence_noise(name) or name in NOT_ORGANISATIONS or name in NUMBER_WORDS or \
                name in ("Union", "University", "College") or \
                is_role_word(name):  # "President Student Union, X": an office, no institution
            continue
        # ("University of Leeds SU" is read whole elsewhere; "president of Loughborough SU" is not)
        if FULLER_NAME_BEFORE.search(text, max(0, host.start() - 40), host.start()) or \
                name.endswith(("'s", "’s")) and (" " in name and not name.startswith("University College ") or
                                                is_sentence_noise(name[:-2])):
            continue  # "University of Sheffield's Students' Union": a fuller name is around it
        surface = " ".join(text[host.start() : body.end()].split())
        if name.endswith(("'s", "’s")):  # "Unisa’s SRC" is the Unisa SRC
            found.append(ShapedName(f"{name[:-2]} {body.group()}", host.start(), body.end(), surface))
            continue
        found.append(ShapedName(surface, host.start(), body.end()))
    return found


# "B.C. Teachers' Federation", "L.A. Unified School District": a dotted region prefix leads the name too, and
# so do dotted acronyms of up to five letters ("K.E.H.A. Welcoming Committee": read whole, not from its second).
_ACR_THEN_WORD = re.compile(r"[A-Z](?:[A-Z0-9&]{1,7}|\.(?:[A-Z]\.){1,4})[ \t]+[A-Z][a-z]")
# Region codes that are no body alone but open one's name ("NSW Industrial Relations Commission").
_CODES_OPENING_NAMES = frozenset("UK US NSW QLD NZ".split())
# "UCU London Region", "NTEU Victoria Division": a union's branch by its area
_HOME_NATIONS = frozenset("London Britain England Scotland Wales Europe".split())  # "UCU London Region"
_BRANCH_AREAS = frozenset("Region Branch Division Chapter Area District Section".split())
_CAPITALISED = re.compile(rf"{CAP_WORD}$")
# A topic's code, no body alone, that opens a body's name ("HIV Legal Network", "LGBT Youth Trust")
_TOPIC_CODES = frozenset("HIV AIDS LGBT LGBTQ LGBTQI LGBTQIA BAME BME STEM".split())


def _organ_of_end(words: list[str], last: int) -> int:
    """The index of the last word of "<organ> of <Capitalised words>", or ``last`` itself."""
    end = last + 1
    while end + 1 < len(words) and _CAPITALISED.match(words[end + 1].rstrip(",.;:)")) and \
            not is_sentence_noise(words[end + 1]) and words[end + 1] not in HEADS:
        end += 1
        if words[end] != words[end].rstrip(",.;:)"):
            words[end] = words[end].rstrip(",.;:)")
            break
    return end if end > last + 1 else last


def _staff_of_one_body(words: list[str], at: int) -> bool:
    """Whether the "and" at ``at`` joins a singular word to a word for a body's people right before a head
    ("Faculty and Staff Association"): whose body it is, not a second body ("Officers and Students Union": a
    plural before "and" is read by the trades' rule; "LTU President and Staff Union": an office, then a body)."""
    return at + 2 < len(words) and not words[at - 1].endswith("s") and words[at - 1] not in HEADS and \
        not is_role_word(words[at - 1]) and words[at + 1] in PEOPLE_OPENERS and words[at + 2].rstrip(",.;:)") in HEADS


def _acronym_heads(text: str) -> list[ShapedName]:
    """An acronym, then at most three capitalised words and a head word."""
    found = []
    for trigger in _ACR_THEN_WORD.finditer(text):
        start = trigger.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_'’&-"):
            continue
        words = text[start : start + 80].split()[:5]
        acronym = words[0]
        if acronym in NOT_ORGANISATIONS and acronym not in _CODES_OPENING_NAMES and acronym not in _TOPIC_CODES:
            continue
        last = 0
        for i, word in enumerate(words[1:], 1):
            bare = word.rstrip(",.;:)")  # "ANU Education Action Group, and": the comma ends the name
            if word in ("and", "&") and not last and i > 1 and words[i - 1].endswith("s") and words[i - 1] not in HEADS \
                    and i + 1 < len(words) and not is_generic_word(words[i + 1]):  # (not "NUS Officers and Students' Union")
                continue  # "NSW Nurses and Midwives' Association": two trades joined inside the name, before its head
            if word == "and" and not last and i > 1 and _staff_of_one_body(words, i):
                continue  # "HWB Faculty and Staff Association": two kinds of one body's people, then its head
            if not _CAPITALISED.match(bare) or is_sentence_noise(bare) and bare not in _HOME_NATIONS and \
                    not (i > 1 and bare in PEOPLE_OPENERS):  # "ESB Retired Staff Association": whose, inside the name
                break
            if bare in HEADS or bare in _BRANCH_AREAS and i > 1:
                last = i
            if bare != word:
                words[i] = bare
                break
        after = words[1 : last + 1]
        if last and words[last + 1 : last + 2] and words[last + 1].rstrip(",.;:)") in PLACE_NOUNS:
            continue  # "the UPNG Forum Square": a place named after a body
        if acronym in INSTITUTIONS_UNIONS and all(is_generic_word(w) for w in after) or \
                after in (["Congress"], ["Conference"], ["Assembly"]):
            continue  # "SU Council" is a meeting of the union; "at TUC Congress" its yearly gathering
        if last and words[last + 1 : last + 2] == ["of"] and words[last] in ORGANS:
            last = _organ_of_end(words, last)  # "UP Board of Regents": the body's organ, named whole
        if last and words[last + 1 : last + 2] != ["of"]:  # "NTEU University of Melbourne": two bodies
            if words[last] in ORGANS and ORGAN_DESCRIBERS.issuperset(words[1:last]) and \
                    acronym not in _CODES_OPENING_NAMES:
                found.append(ShapedName(acronym, start, start + len(acronym)))  # "the FA Board": the FA's own
                continue
            name = " ".join(words[: last + 1])
            if words[last] == "Trust":
                name, start = with_trust_owner(text, name, start)  # "Barts Health NHS Trust"
            end = start + len(name)
            if last == 2 and words[1] == "District":
                name, end = with_name_tail(text, name, end)  # "AFSCME District Council 37"
            name, start = with_code_before_ampersand(text, name, start)  # "KEEP & HOLD Coalition"
            found.append(ShapedName(name, start, end))
    if " UK" in text:
        for at in literal_starts(text, (" UK",)):
            match = _HEAD_UK.search(text, max(0, at - 30), at + 3)
            if match and match["name"].split()[0] in HEADS:
                found.append(ShapedName(match["name"], match.start(), match.end()))
    return found


def _simple_shapes(text: str) -> list[ShapedName]:
    found = []
    if "#" in text:
        tags = list(_HASHTAG.finditer(text))
        listed = listed_tags(text)
        campaigns = {m["tag"] for m in tags if CAMPAIGN_AFTER_TAG.match(text, m.end()) or
                     CAMPAIGN_BEFORE_TAG.search(text, max(0, m.start() - 24), m.start())}
        found += [ShapedName(m["tag"], m.start("tag"), m.end("tag")) for m in tags
                  if m["tag"] not in listed and m["tag"] not in campaigns and not TOPIC_AFTER_TAG.match(text, m.end())
                  and not m["tag"].endswith(EVENT_TAG_ENDINGS) and not a_slogan(text, m)
                  and not a_posting_tag(text, m)]
    shapes = list(_SIMPLE_SHAPES)
    if " Against " in text or " for " in text or " 4 " in text:
        shapes.append((_FOR_AGAINST, ()))
    for pattern, gate in shapes:
        if gate and not any(map(text.__contains__, gate)):
            continue
        matches = matches_starting_at(pattern, text, _group_starts(text)) \
            if pattern is _FOR_AGAINST else pattern.finditer(text)
        for match in matches:
            words = match["name"].split()
            # "Students Against Cuts" keeps its first word; "The Rhodes Must Fall" does not
            while pattern is not _FOR_AGAINST and words and is_sentence_noise(words[0]) and len(words) > 2:
                words = words[1:]
            if pattern is _OCCUPY and all(w in PLACE_NOUNS for w in words[1:]):
                continue  # "Students Occupy Building": the verb and a place
            if pattern is _AREA_BOARD and (len(words) < 3 or is_sentence_noise(words[0])):
                continue  # "The District board": no area's name
            name = " ".join(words)
            start = match.start("name") + match["name"].find(words[0])
            if pattern is _FOR_AGAINST:
                name, start = _for_against_name(text, name, start)
            found.append(ShapedName(name, start, start + len(name)))
    return found


_WORD_BEFORE = re.compile(rf"([A-Z]{_STARTS_NAME}[a-z]+)[ \t]$")


def _for_against_name(text: str, name: str, start: int) -> tuple[str, int]:
    """(name, start) of a "Students Against Cuts" shape: "School Strike 4
    Climate", "Leeds Students Against Cuts", "Auckland Schools Strike for
    Climate" take the words before; a name cut short after "and" ("... in
    Palestine and Palestinian Youth" Movement) ends before the "and"."""
    if " and " in name and CAPITAL_AFTER.match(text, start + len(name)):
        name = name[: name.rindex(" and ")]
    for _ in range(2):
        before = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if not before or is_sentence_noise(before[1]):
            break
        name, start = f"{before[1]} {name}", before.start(1)
        if before[1] not in GROUP_WORD_SET:
            break  # "Schools Strike for Climate" may take one more word; a place ends it
    return name, start


def _group_starts(text: str) -> list[int]:
    """Where a group noun ("Students", "Teachers") starts right before
    spaces and "Against"/"for"/"4": every place a ``_FOR_AGAINST`` match
    can begin, found from the rare connector back to the noun."""
    starts = set()
    for at in literal_starts(text, _GROUP_CONNECTORS):
        end = at
        while end and text[end - 1] in " \t":
            end -= 1
        if end == at:
            continue  # no blank before it ("before", "2024"): no noun to walk back over
        start = end
        while start and text[start - 1].isalpha():
            start -= 1
        if text[start:end] in GROUP_WORD_SET:
            starts.add(start)
    return sorted(starts)


def _town_lists(text: str) -> list[ShapedName]:
    """Bare names in a list that also names a university or college, or
    four or more after "at" on a line naming one: in such a list each bare
    name is an institution by its town."""
    found = []
    for match in _list_matches(text):
        items = _items(match["items"], match.start("items"))
        if _INSTITUTION_HEADS_SET.isdisjoint(w for item, _ in items for w in item.split()) and \
                not _towns_at(text, match.start(), items):
            continue
        for item, at in items:
            words = item.split()
            if item.isupper() or is_sentence_noise(words[0]) or not HEADS.isdisjoint(words):
                continue  # "Westbrook Academy" is named as written (``named_body``)
            name = f"University of {item}" if len(words) == 1 else f"{item} University"
            found.append(ShapedName(name, at, at + len(item), item))
    return found


def _towns_at(text: str, start: int, items: list[tuple[str, int]]) -> bool:
    """"referendums at Hull, Loughborough, Cambridge and Durham" on a line
    naming a university or union: four or more one-word places after "at"
    are the institutions there."""
    return len(items) >= 4 and all(" " not in item for item, _ in items) and \
        text[max(0, start - 4) : start] in (" at ", "\tat ")


def _list_matches(text: str) -> list[re.Match[str]]:
    """Lists near a "University" or "College", the only ones the rule keeps."""
    matches: dict[int, re.Match[str]] = {}
    reached = 0
    for at in literal_starts(text, ("University", "College")):
        if at < reached:  # on a line already searched
            continue
        lo = max(reached, text.rfind("\n", reached, at) + 1)  # (a line break before ``reached`` changes nothing)
        hi = text.find("\n", at)
        hi = len(text) if hi == -1 else hi
        if text.count(",", lo, hi) < 2:  # a list of three or more has two commas
            reached = max(reached, hi)
            continue
        for match in joined_list_matches(_LIST, text, lo, hi):
            matches.setdefault(match.start(), match)
        reached = max(reached, hi)
    return [matches[k] for k in sorted(matches)]


def _items(items: str, offset: int) -> list[tuple[str, int]]:
    """(item, offset) for each item of "A, B and C", "the" dropped."""
    result = []
    cursor = 0
    for piece in _ITEM_SPLIT.split(items):
        at = items.find(piece, cursor)
        cursor = at + len(piece)
        if piece.startswith("the "):
            piece, at = piece[4:], at + 4
        piece = _BRACKETED_ACRONYM.sub("", piece.strip())  # "Auckland University of Technology (AUT)"
        if piece:
            result.append((piece, offset + at))
    return result
