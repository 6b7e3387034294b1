"""Small cues around a candidate organisation name that real pages set.

Round 6 of issue 16 read pages tuned for other fields and found recurring
shapes the organisation rules misread, each settled by a few characters
around the candidate:

* a signature line "Prof A B, University of X" is title case, yet names an
  affiliation, not a heading (``is_signature_affiliation``);
* a union local's number after "Local" belongs to its name
  ("... Employees Local 4600"), and so do the listed subjects of a school,
  faculty, department or union ("School of Arts, Languages and Cultures",
  ``with_name_tail``);
* a place in capitals opening a wire story after a metadata date, or with
  a spaced hyphen or a bracketed source holding a slash ("FRESNO, Calif.
  (KSEE/KGPE) –", "MONTREAL - "), is a dateline (``is_dateline``);
* a US state's postal code after a town and a comma ("Chicago, IL") and an
  outlet's initials before "Photo" ("(HT Photo)") name no body
  (``is_place_code_or_credit``);
* a radio station is named "X FM" ("a Class FM report", ``radio_stations``);
* a chamber that is a body is one of trade ("the London Chamber of
  Commerce", "the Chamber of Mines"); any other is a room or a house of a
  parliament ("the Council Chamber", ``chambers_of_trade``);
* a name after "in" or "at" before an apposition is a place ("In Abuja,
  the protest ...", ``in_a_place``);
* the body a convenor convenes ("reappointed as convenor of X"), even in
  one word (``convened_bodies``);
* a university named only by its kind takes its town after a comma
  ("Federal University, Westbrook", ``kinds_of_university_with_town``);
* a nation right after a definition names the body's branch there
  ("National Union of Students (NUS) Scotland", ``with_definition_nation``).
"""

from __future__ import annotations

import re

from .given_names import GIVEN_NAMES
from .literal_trie import alternation
from .name_tokens import PARTICLES
from .organisation_context_names import context_name
from .organisation_names import CONTEXT_STOP, GENERIC, GROUP_WORD_SET, HEADS, ROLE_WORDS, is_role_word
from .organisation_town_mentions import INSTITUTION_HEADS
from .page_words import title_case_words
from .places import US_STATE_CODES
from .person_cues import SPELLED_OUT_TITLES, TITLES
from .prefilter import literal_starts
from .speaker_lines import NAME_AND_OFFICE, holds_office

# "Prof A B, University of X" up to the line end, a bracket or a comma.
_AFTER_SIGNATURE = re.compile(r"[ \t]*(?:$|\(|,)", re.MULTILINE)
# A Filipino name's "of" and what it is of ("... ng Pilipinas", "... ng mga Manggagawa"), which a run of
# capitalised words cannot go on over.
_TAGALOG_OF = re.compile(r"[ \t]+ng[ \t]+(?:mga[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}")
_TAIL_WORD = re.compile(r"\S+")
# A state or a country its code names after a body's head word: "the Law Society of NSW", "... Party of the USA",
# where the name ends (at a stop, a verb or a list's "and the"; not "... Union of US Airline Pilots", "of the US and
# Canada").
_REGION_TAIL = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:NSW|QLD|USA|UK|US|NZ|UAE|DRC|KZN|PNG)(?![\w'’&.-])"
                          r"(?=[ \t]*(?:[;:.!?)]|,(?![ \t]*[A-Z][\w'’-]*(?:,|[ \t]+and\b))|$)|"
                          r"[ \t]+(?:said|says|has|have|had|is|are|was|were|will|would|"
                          r"called|calls|joined|backed|urged|issued|announced|held|marched|and[ \t]+(?:the|a|an))\b)",
                          re.MULTILINE)  # (a list goes on after "and the ...")
_AGAINST_TAIL = re.compile(r"[ \t]+Against[ \t]+(?:the[ \t]+)?[A-Z][a-z]+(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,3}(?![\w'’-])")
# "Local 4600", "Local 12A", "Local 1021." ending a sentence (not a decimal or a date: "Local 10.5", "12.03")
_LOCAL_DIGITS = r"(?P<number>\d{1,5}(?:[A-Z](?![\w/.-]))?)(?![\w/-]|\.\w)"
# Punctuation, a line's end, a possessive or "and" after a name: the number before it was the name's.
_NAME_ENDED = re.compile(r"[ \t]*(?:[,.;:)]|$)|['’]s\b|[ \t]+and\b", re.MULTILINE)
_LOCAL_NUMBER = re.compile(rf"[ \t]+{_LOCAL_DIGITS}")
# A union named whole, then its local: "Service Employees International Union Local 12A".
_LOCAL_AFTER = re.compile(rf"[ \t]+Local[ \t]+{_LOCAL_DIGITS}")
# A union's numbered council ("District Council 37", "Teamsters Joint Council 25"): up to three
# digits, so a year after a district council ("Mid Sussex District Council 2023 plan") is no number, nor a
# quantity ("the District Council 5 per cent offer"); the national pay councils are never numbered.
_COUNCIL_NUMBER = re.compile(r"[ \t]+(?P<number>\d{1,3})(?![\w/%-]|[.,]\d|[ \t]+(?:per|percent|years?|miles?|hours?|"
                             r"times|jobs|pay|points?|days?|weeks?|months?|minutes?|million|billion|thousand)\b)")
_SUBJECT = r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
_LISTED_SUBJECTS = re.compile(rf"(?:,[ \t]+{_SUBJECT}){{1,6}},?[ \t]+and[ \t]+{_SUBJECT}(?![ \t]+(?:of|for)\b|[\w'’-])")
# Heads whose name may list its subjects; a university's list is of towns.
_LISTING_HEADS = frozenset("School Faculty Department Ministry Union Institute Centre Center Office".split())
_ISO_DATE_BEFORE = re.compile(r"\b\d{4}-\d{2}-\d{2}[ \t]+$")
_DATELINE_AFTER = re.compile(
    r"(?:,[ \t]*[A-Z][A-Za-z.]{1,12}(?:[ \t]+[A-Z][A-Za-z.]{1,12})?)?[ \t]*"
    r"(?:\([A-Z][A-Za-z/ -]{1,20}\)[ \t]*)?(?:[—–]|-[ \t])"
)
_TOWN_COMMA_BEFORE = re.compile(r"(?:[A-Z][a-z]+|[A-Z]{3,}),[ \t]*$")  # "Chicago, IL", "JACKSON HOLE, WY"
_PHOTO_AFTER = re.compile(r"[ \t]+(?:Photo|photo|File[ \t]+Photo|Pic|Picture|Image)\b")
_RADIO = re.compile(r"(?<![\w'’&-])(?P<name>(?:[A-Z][a-z]+|[A-Z]{2,5})(?:[ \t]+[A-Z][a-z]+)?[ \t]+FM)(?![\w'’-])")
_NATION_AFTER = re.compile(r"[ \t]+(?P<nation>Scotland|Wales|Cymru|Northern Ireland|England)(?![\w'’-])")
# American state universities whose campuses are named after a comma or "at" ("University of California, Los
# Angeles", "University of Texas at Austin"); the campus is a place of one or two words that ends the name.
_STATE_SYSTEMS = tuple(f"University of {state}" for state in (
    "California", "Texas", "Massachusetts", "Colorado", "Illinois", "Wisconsin", "Michigan", "Maryland", "Minnesota",
    "Missouri", "Nebraska", "North Carolina", "Tennessee", "Hawaii", "Alaska", "Alabama", "Arkansas", "Washington",
    "Louisiana", "Pittsburgh", "South Florida")) + ("California State University",)
# (Ending the name: no capitalised word after it, nor "of", "for", "and" or a verb of saying.)
_CAMPUS_AFTER = re.compile(r"(?:,[ \t]+|[ \t]+at[ \t]+)(?P<campus>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)"
                           r"(?=[ \t]*[,.;:)\n]|[ \t]+(?!(?:of|for|and|said|says|told)\b)[a-z]|$)")


def _a_campus(campus: str) -> bool:
    """Whether the words after a state university name a campus, not a body, an office, a group or a day
    ("..., Chancellor Carol Christ said", "..., Faculty Forward", "..., Sunday marches")."""
    words = campus.split()
    if len(words) == 2 and words[0] not in _PLACE_OPENERS:
        return False  # "Arlington Texas", "Columbia Missourian reported", "Berkeley Law": a second name, not the campus's
    return not any(word in HEADS or word in GENERIC or word in GROUP_WORD_SET or word in CONTEXT_STOP or
                   word.lower() in ROLE_WORDS or word in _NOT_CAMPUS for word in words)


def _a_kind_of_university(name: str) -> bool:
    """Whether a university's name says only what kind it is ("Federal University", "Federal University of
    Technology", "State Polytechnic"): its town after a comma is what names it ("..., Lokoja")."""
    words = name.split()
    return len(words) >= 2 and not {"University", "Polytechnic"}.isdisjoint(words) and \
        all(word in GENERIC or word in ("of", "Polytechnic", "Education") for word in words)


# The kind words before "University" or "Polytechnic" and its comma ("Federal University, Westbrook").
_KIND_ENDS = ("University, ", "Polytechnic, ")
_KIND_BEFORE = re.compile(r"(?<![\w'’&.-])(?:[A-Z][a-z]+[ \t]+){1,3}$")
# A comma list going on after the town: the town may be an item of its own.
_COMMA_LIST_GOES_ON = re.compile(r"[ \t]*,[ \t]*[A-Z]")


def kinds_of_university_with_town(text: str) -> list[tuple[str, int, int]]:
    """A university named only by its kind and the town after its comma ("Federal University, Westbrook"), as
    (name, start, end): the kind alone names no body, so no run of capitals finds it ("The University, Arlen
    said" is a sentence's subject). Not in a list whose commas go on after the town ("Federal University,
    Arlen, Lakeland College and ..."): each item there may be a body of its own."""
    found = []
    for at in literal_starts(text, _KIND_ENDS):
        kind = _KIND_BEFORE.search(text, max(0, at - 40), at)
        comma = text.find(",", at)
        if kind is None or kind.group().startswith("The "):
            continue
        name = " ".join(text[kind.start() : comma].split())
        if _a_kind_of_university(name) and (named := with_name_tail(text, name, comma))[1] != comma and \
                not _COMMA_LIST_GOES_ON.match(text, named[1]):
            found.append((named[0], kind.start(), named[1]))
    return found


# The first words of two-word campus towns ("Los Angeles", "Chapel Hill", "Twin Cities", "Baltimore County").
_PLACE_OPENERS = frozenset("Los San Santa El Twin Kansas Baltimore Chapel Long Corpus Colorado Green Fort Little".split())
_NOT_CAMPUS = frozenset("Regent Regents Democrats Republicans Jewish Muslim Black Latino Faculty Students".split())
# A union's numbered councils; a town's district council is never numbered ("Mid Sussex District Council").
_NUMBERED_COUNCILS = ("Joint Council",)
_NOT_IN_STATION = frozenset("The A An In On At By For From To According Via".split())


def is_signature_affiliation(text: str, start: int, end: int) -> bool:
    """Whether the run at ``text[start:end]`` follows a name and a comma on
    its own line and ends it: "Prof A B, University of X" signs a letter,
    as does "1. A B, Psychology, University of X" (a numbered signature
    opening with a given name, naming a department first), as does a signer's
    bracketed affiliation ("Prof. A B (University of X)"), and so does a
    speaker's line on a media advisory ("A B, Vice President, X Federation")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip(" \t")
    if before.endswith(",") and before.count(",") == 1 and len(before.split()) <= 5:
        if " " in before or line_start > 1 and text[line_start - 2] != "\n":
            return _AFTER_SIGNATURE.match(text, end) is not None
        # one word before the comma on a line of its own: the run must end the line ("Harbourton, Lakeland
        # Federation of Students"), not go on as a headline's verb does ("Saftu, Cosatu Criticize Government, ...")
        return _LINE_END.match(text, end) is not None
    if before.endswith("(") and (signer := _SIGNER.fullmatch(before[:-1].rstrip(" \t"))) and \
            (signer["titles"] or signer["given"] in GIVEN_NAMES):  # "Prof. Dr. A B (X University, Town)"
        # (a name whose small words are capitalised is cut short by them: "X Council Of Churches" names none)
        return _CLOSED_AT_LINE_END.match(text, end) is not None and _CAPITAL_JOINER.search(text, start, end) is None
    if (speaker := _SPEAKER_WITH_OFFICE.fullmatch(before)) and holds_office(speaker["office"], is_role_word):
        return _LINE_END.match(text, end) is not None and " And " not in text[start:end]  # (two bodies joined)
    # a numbered signature with a department between: its first words must be a person's name
    signer = _NUMBERED_SIGNER.match(before)
    return signer is not None and signer["given"] in GIVEN_NAMES and before.endswith(",") and \
        before.count(",") == 2 and len(before.split()) <= 8 and _LINE_END.match(text, end) is not None


# "Ama Lindqvist, Vice President, " on a media advisory's list of speakers (``speaker_lines``).
_SPEAKER_WITH_OFFICE = re.compile(NAME_AND_OFFICE)
_NUMBERED_SIGNER = re.compile(r"[ \t]*[0-9]{1,3}[.)][ \t]+(?:(?:Dr|Prof|Professor)\.?[ \t]+)?(?P<given>[A-Z][a-z]+)[ \t]")
_LINE_END = re.compile(r"[ \t]*$", re.MULTILINE)
# A signer: titles, then a name of two to four words, particles between ("Prof. Dr. Marieke van den Brook"); a title
# or a known given name must say it is a person's (not a headline's "Bus Strike Day Two"), and no credit ("By ...").
_SIGNERS_TITLES = alternation(sorted(TITLES | SPELLED_OUT_TITLES))
_SIGNER = re.compile(rf"(?P<titles>(?:(?:{_SIGNERS_TITLES})\.?[ \t]+){{0,3}})"
                     rf"(?!By\b)(?P<given>[A-Z][\w'’-]+)"
                     rf"(?:[ \t]+(?:(?:{alternation(sorted(PARTICLES))})[ \t]+){{0,2}}[A-Z][\w'’.-]*){{1,3}}")
_CAPITAL_JOINER = re.compile(r"[ \t](?:Of|For|And|The)[ \t]")
# A bracketed affiliation's end: perhaps a town, then the bracket closing its line.
_CLOSED_AT_LINE_END = re.compile(r"(?:,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)?\)[ \t]*$", re.MULTILINE)


def with_name_tail(text: str, name: str, end: int) -> tuple[str, int]:
    """(name, end) with what the run at ``end`` left out: "... Local" keeps
    its number ("Local 4600"), as do a union named whole ("... Union Local
    12A") and a union's council ("District Council 37"); a state university
    its campus ("University of California, Berkeley"); a body its state or
    country's code ("Law Society of NSW"); a group what it
    stands against ("... Group Against Fee Hike"); "Department of
    Employment" its listed subjects (", Education and Training")."""
    # "AFSCME District Council 37,": a union's council after its acronym, its number where the name then ends
    # ("the HDC District Council 8 to 3" is a count)
    unions_council = name.endswith(" District Council") and name.count(" ") == 2 and name.split()[0].isupper()
    if name.endswith(" Local") or name == "District Council" or name.endswith(_NUMBERED_COUNCILS) and \
            not name.startswith(("National", "Scottish")) or unions_council:
        number = (_LOCAL_NUMBER if name.endswith(" Local") else _COUNCIL_NUMBER).match(text, end)
        if number and unions_council and not _NAME_ENDED.match(text, number.end()):
            number = None
        return (f"{name} {number['number']}", number.end()) if number else (name, end)
    if name.endswith((" Union", " Brotherhood")) and (local := _LOCAL_AFTER.match(text, end)):
        return f"{name} Local {local['number']}", local.end()
    if (name.endswith(_STATE_SYSTEMS) or _a_kind_of_university(name)) and \
            (campus := _CAMPUS_AFTER.match(text, end)) and _a_campus(campus["campus"]):
        return name + campus.group(), campus.end()  # "University of California, Los Angeles": one campus
    if name.startswith("Kilusang ") and (whose := _TAGALOG_OF.match(text, end)):
        words = list(_TAIL_WORD.finditer(text, whose.start(), whose.end()))
        kept = next((at for at in range(2, len(words)) if is_role_word(words[at].group())), len(words))
        if words[kept - 1].group() != "mga":  # an office ends it: "Kilusang Magsasaka ng Lakeland Chairperson A B"
            return f"{name} {' '.join(word.group() for word in words[:kept])}", words[kept - 1].end()
    region = _REGION_TAIL.match(text, end) if name.rsplit(None, 1)[-1] in HEADS else None
    if region:
        return f"{name} {' '.join(region.group().split())}", region.end()
    against = _AGAINST_TAIL.match(text, end)  # "Student Solidarity Group Against Fee Hike"
    if against:
        return f"{name} {' '.join(against.group().split())}", against.end()
    link = " of " if " of " in name else " for "  # "Department for Business, Energy and Industrial Strategy"
    if text[end : end + 1] != "," or link not in name or name.split(link)[0].split()[-1] not in _LISTING_HEADS \
            or name.split(link)[-1].startswith("the "):  # "... Union of Students of the Ostlands, X and Y"
        return name, end  # lists bodies after a place; subjects follow "of" straight ("of Porters, Cooks and ...")
    tail = _LISTED_SUBJECTS.match(text, end)
    if tail is None or any(word in HEADS for word in tail.group().replace(",", " ").split()):
        return name, end  # "School of Law, University of X": the next item is a body of its own
    return f"{name}{' '.join(tail.group().split())}".replace(" ,", ","), tail.end()


def is_dateline(text: str, start: int, end: int, line_starts: set[int]) -> bool:
    """A place in capitals filing a wire story: at a line start or after a
    metadata date, followed by an optional state and source, then a dash;
    or, with no dash, after a metadata date and before the sentence's
    capitalised first word, when the page writes the place in title case
    elsewhere (``page_words.title_case_words``: "2022-12-21 LUCKNOW Members
    of ..." and "Lucknow University"; not "2023-03-01 NUMSA members ...")."""
    if _DATELINE_AFTER.match(text, end) is None:  # the cheaper test first: most words have no dash after them
        return end - start >= 4 and _SENTENCE_OPENS.match(text, end) is not None and \
            _ISO_DATE_BEFORE.search(text, max(0, start - 20), start) is not None and \
            text[start:end].title() in title_case_words(text)
    return start in line_starts or _ISO_DATE_BEFORE.search(text, max(0, start - 20), start) is not None


_SENTENCE_OPENS = re.compile(r"[ \t]+[A-Z][a-z]")


def is_place_code_or_credit(text: str, start: int, end: int) -> bool:
    """"Chicago, IL": a state's code after a town; "(HT Photo)": a credit."""
    if end - start == 2 and text[start:end] in US_STATE_CODES and \
            _TOWN_COMMA_BEFORE.search(text, max(0, start - 30), start) and not text[end : end + 1].isalpha():
        return True
    return _PHOTO_AFTER.match(text, end) is not None


# "the London Chamber of Commerce", "the Chamber of Mines": a chamber that is a body is one of trade;
# any other ("the Council Chamber", "the Long Chamber of the Trades Council") is a room or a house.
_TRADES = r"(?:Commerce|Industry|Mines|Trade|Business|Agriculture)"
_CHAMBER_OF = re.compile(rf"Chambers?[ \t]+of[ \t]+{_TRADES}(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+){_TRADES})*(?![\w'’-])"
                         # a road, a building or a prize named after the body is not the body
                         r"(?![ \t]+(?:Road|Street|Avenue|Building|House|Hall|Award|Awards|Prize|Centre|Center)\b)")
# Words before "Chamber" that are no part of a chamber's name: openings, links, days and months.
_NOT_IN_CHAMBER = frozenset("""The A An In At Of By For From With And Or But On To When Both Dear Yesterday Today
    Meanwhile According Behalf Local Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    March April May June July August September October November December""".split())
_CHAMBER_WORD = re.compile(r"[A-Z][a-z][\w-]*")  # a word of a place's name: capitalised, not capitals nor "X's"
_WORD_ENDING = re.compile(r"(\S+)[ \t]+$")


def chambers_of_trade(text: str) -> list[tuple[str, int, int]]:
    """Chambers of commerce, industry or mines, with up to three words of a
    place's name before them ("the Kenya National Chamber of Commerce and
    Industry"), as (name, start, end). A plural ("local Chambers of
    Commerce") with no name before it is a kind of body, not one."""
    found: list[tuple[str, int, int]] = []
    at = text.find("Chamber")
    while at != -1:
        match = _CHAMBER_OF.match(text, at)
        if match:
            start = at
            for _ in range(3):  # up to three words of a place's name before it, on its line
                word = _WORD_ENDING.search(text, max(0, start - 30), start)
                if not word or not _CHAMBER_WORD.fullmatch(word[1]) or word[1] in _NOT_IN_CHAMBER:
                    break
                start -= len(word.group())
            if start < at or not text.startswith("Chambers", at):
                found.append((text[start : match.end()], start, match.end()))
        at = text.find("Chamber", at + 7)
    return found


def radio_stations(text: str) -> list[tuple[str, int, int]]:
    """Stations named "X FM" ("a Class FM report"), as (name, start, end)."""
    if " FM" not in text:
        return []
    found = []
    for match in _RADIO.finditer(text):
        words = match["name"].split()
        while len(words) > 2 and words[0] in _NOT_IN_STATION:
            words = words[1:]
        if words[0] in _NOT_IN_STATION:
            continue
        found.append((" ".join(words), text.find(words[0], match.start()), match.end()))
    return found


def with_definition_nation(text: str, acronym: str, name: str, start: int) -> tuple[str, int]:
    """(name, end), with the nation when "Name (ACR)" is followed by one."""
    after = _after_definition(text, acronym, name, start)
    nation = _NATION_AFTER.match(text, after) if after != -1 else None
    return (f"{name} {nation['nation']}", nation.end()) if nation else (name, start + len(name))


def _after_definition(text: str, acronym: str, name: str, start: int) -> int:
    """Where "Name (ACR)" ends, the name standing at ``start`` (its bracket a few blanks after it), or -1."""
    name_end = start + len(name)
    bracket = text.find(f"({acronym})", name_end, name_end + len(acronym) + 6)
    return bracket + len(acronym) + 2 if bracket != -1 else -1


# "Universiti Teknologi Harbourton (UiTH) Alumni Association", "University of Lakeland (UNILAK) Students' Union": a body
# of the defined one's members, named by its words after the bracket (perhaps with an acronym of its own after it)
_MEMBERS_BODY_AFTER = re.compile(r"[ \t]+(?P<run>(?:(?:Students?|Alumni|Academic|Non-Academic|Senior|Staff|Teachers|"
                                 r"Workers|Employees|Graduate|Postgraduate|Old)['’]?[ \t]+){1,3}"
                                 r"(?:Union|Association|Council|Society|Congress|Guild))(?![\w'’-])"
                                 r"(?:[ \t]+\((?=[A-Za-z]{2,10}\))(?P<acronym>[a-z]*[A-Z][a-z]*[A-Z][A-Za-z]*)\))?")


def members_body_after_definition(text: str, acronym: str, name: str,
                                  start: int) -> tuple[str, str, str | None, int] | None:
    """(name, name with the acronym, its own acronym or None, end) of the members' body right after "Name (ACR)";
    its own acronym holds the defining one or spells its words ("(PAUiTH)"; not "(UK)" for where it sits)."""
    after = _after_definition(text, acronym, name, start)
    body = _MEMBERS_BODY_AFTER.match(text, after) if after != -1 else None
    if body is None:
        return None
    run = " ".join(body["run"].split())
    own = body["acronym"]
    if own and acronym not in own and "".join(word[0] for word in run.split()) not in own:
        own = None
    return f"{name} {run}", f"{acronym} {run}", own, body.end("run")


# Not "offices" or "headquarters": "occupied the Department of X offices" names the department that owns them.
_PLACE_AFTER_RUN = re.compile(r"[ \t]+(building|buildings|station|hall|campus)\b")


def place_after_run(text: str, end: int, tokens: list[str]) -> bool:
    """Whether a place follows a run ending at ``end`` ("... Hall", "... campus") that the run's body does not own
    (owning it: a possessive, or a university's campus)."""
    place = _PLACE_AFTER_RUN.match(text, end)
    return place is not None and not (any(t.endswith(("'s", "’s")) for t in tokens) or
                                      place[1] == "campus" and not INSTITUTION_HEADS.isdisjoint(tokens))


_PLACE_PREPOSITION_BEFORE = re.compile(r"(?:^|[^\w])(?:in|at|In|At)[ \t]+$")


def in_a_place(text: str, start: int, name: str) -> bool:
    """"In Abuja, the protest ...": the name opens with, or follows, "in" or "at"."""
    return name.startswith(("In ", "At ")) or _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 4), start) is not None


_CONVENOR_OF = re.compile(r"\b(?:co-?)?conven[eo]rs?[ \t]+of[ \t]+(?:the[ \t]+)?(?P<name>(?>[A-Z][\w'’-]+"
                         r"(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)?[A-Z][\w'’-]+){0,5}))(?![ \t]+[a-z]+s\b)")


def convened_bodies(text: str) -> list[tuple[str, int, int]]:
    """"convenor of X": X is the body, one word or more, as (name, start,
    end); never X before a plural noun ("convenor of Dunmore protests")."""
    if "onven" not in text:
        return []
    found = []
    for match in _CONVENOR_OF.finditer(text):
        words = context_name(match["name"].split(), single_ok=True)
        if words:
            start = text.find(words[0], match.start("name"))
            found.append((" ".join(words), start, start + len(" ".join(words))))
    return found
