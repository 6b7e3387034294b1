"""Find organisations: acronym definitions, named bodies and bare acronyms.

Sources, most reliable first:
1. definitions "National Union of Students (NUS)" (or the reverse), checked
   by matching the acronym's letters against the name;
2. runs of capitalised words ending in an organisational head word
   ("... University", "... Union", "Office for Students");
3. names without a head word that the sentence marks as a body: a type noun
   in apposition ("the union Unite", "Reclaim These Streets, the group
   organising the vigil"), "organised/coordinated/led by X", "X, which
   organised", "spokesperson/co-founder/members of X";
4. a short curated list of well-known movement bodies whose names carry no
   such word (trade unions, campaigns, parties: ``KNOWN_MOVEMENT_BODIES``);
5. bare acronyms ("UCL") that are not common abbreviations, outside
   shouted headings ("DEMO 2012: EDUCATE, EMPOWER") and wire datelines.

Organisations merge within a document only by acronym definition or by the
same normalised name, never by similarity, so "University of Sheffield's
Students' Union" stays apart from "University of Sheffield".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from ..models import ExtractedOrganisation
from .prefilter import folded, literal_starts, matches_starting_at
from .sentences import Span, plain_apostrophes

_CAP = r"[A-Z][a-z][\w'’&-]*|[A-Z]'[A-Z][a-z]+"
_CONNECTOR = r"(?:of|for|and|&|de|du|the|of the|for the)"
_RUN = re.compile(rf"(?:{_CAP})(?:[ \t]+(?:{_CONNECTOR}[ \t]+)?(?:{_CAP}))*")
# Runs of two words or more: a lone capitalised word is never a named body
# (``_named_body`` wants two content words), and skipping it in the regex
# saves a round trip to Python for most capitalised words.
_MULTI_WORD_RUN = re.compile(rf"(?:{_CAP})(?:[ \t]+(?:{_CONNECTOR}[ \t]+)?(?:{_CAP}))+")
_ACRONYM = r"[A-Z][A-Z&]{1,9}"
# Definitions are found from their bracket, then the name is matched next to it.
_BRACKETED_ACRONYM = re.compile(rf"\((?P<acr>{_ACRONYM})\)")
_NAME_BEFORE = re.compile(rf"(?P<full>{_RUN.pattern})[ \t]*$")
_BRACKETED_NAME = re.compile(rf"\b(?P<acr>{_ACRONYM})[ \t]*\((?:the[ \t]+)?(?P<full>{_RUN.pattern})\)")
_DEFINITION_LOOKBACK = 120
_BARE_ACRONYM = re.compile(rf"(?P<acr>{_ACRONYM})(?![\w&-])")  # start checked with _starts_word
_SCHOOLS_UNION = re.compile(
    rf"(?P<generic>Students?['’]?s?['’]? Union|Student Union|Guild of Students|Union of Students)"
    rf"[ \t]+(?:at|of)[ \t]+(?:the[ \t]+)?(?P<host>(?:University|College)(?:[ \t]+(?:of[ \t]+)?(?:{_CAP}))+)"
)
_SCHOOLS_UNION_STARTS = ("Student", "Guild of Students", "Union of Students")
_CREDIT_LINE = re.compile(
    r"^(?:photo|image|picture|credit|featured image|photograph|illustration)s?\b|"
    r"\bvia (?:Getty|PA\b|Reuters|AFP|Alamy|Shutterstock|Unsplash|Flickr|Wikimedia)|"
    r"\b(?:Getty Images|PA Images|PA Wire|Shutterstock|Alamy)\b",
    re.IGNORECASE,
)

HEADS = frozenset(
    """Police Movement University Universities College Union Unions Guild Society Societies Federation Association
    Council Party Committee Trust Foundation Institute Institution Alliance Coalition Network Office
    Ministry Department Group Collective Assembly Organisation Organization Agency Commission Board
    School Academy Congress Confederation Front League Forum Caucus Company Corporation Bank Church
    Centre Center Service Services Authority Government Court Club Federation Cooperative
    Co-operative Partnership Project Initiative Fund Charity Council""".split()
)
# Words that name a kind of body but not which one: "Students' Union",
# "Board of Directors" alone are not organisations we can identify.
_GENERIC = frozenset(
    """Students Student Students' Student's Students’ Student’s National International Executive
    Directors Board Staff Members Officers Sabbatical Academic General Central Local Regional
    Union University College Guild Council Committee Society Department Group School
    The Government Party Court Church Service Services Trust Network Campaign Team""".split()
)
_ROLE_WORDS = frozenset(
    """president officer secretary chair chairperson chairman chairwoman director spokesperson
    spokesman spokeswoman organiser organizer coordinator co-ordinator convenor convener leader
    member minister councillor campaigner activist founder head manager representative rep
    treasurer trustee editor professor lecturer chancellor vice-chancellor provost dean""".split()
)
# Capitalised words that start sentences or headings and would otherwise
# glue themselves to a name ("Yesterday the University of Leeds").
_LEADING_NOISE = frozenset(
    """The A An In On At By For From To With Without Since During After Before Despite Yesterday
    Today Tomorrow Last This That These Those When While If As Students Staff Members Thousands
    Hundreds Dozens Many Some Both Every All Our Their Its His Her Join Support Across Under Over
    Dear According Also But And Or Meanwhile However Former Current New Former Outside Inside
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
# Capitalised abbreviations that are not organisations.
_NOT_ORGANISATIONS = frozenset(
    """UK US USA EU GB GMT BST UTC CET AM PM TV PR PDF FAQ CEO MP MPS MSP MEP PHD BA MA MSC BSC ID OK
    LGBT LGBTQ LGBTQI LGBTQIA BAME BME COVID HIV AIDS RSVP ASAP DIY VIP URL HTML PS NB ETC QC KC OBE MBE
    CBE II III IV VI VII VIII IX XI XII VAT GDP A AN THE WE NOW NOT ALL AND OR NO YES STOP NEW FREE END
    OUR US IT IS IN ON AT TO OF BY FOR UPDATE UPDATED BREAKING NEWS PRESS RELEASE NOTE NOTES EDITORS
    EMBARGO EMBARGOED ENDS END FAQ Q A CV DM PPS UCAS? IRL RIP LOL FYI HQ AGM EGM SGM ISBN DOI""".split()
)


# Well-known movement bodies whose names have no organisational word, so no
# general rule can tell them from ordinary capitalised words. Kept short and
# limited to national unions, campaigns and parties that student and labour
# movement sources name constantly; everything else must come from a rule.
KNOWN_MOVEMENT_BODIES: dict[str, str] = {
    "Unite": "Unite", "Unison": "Unison", "UNISON": "Unison", "GMB": "GMB",
    "Greenpeace": "Greenpeace", "Friends of the Earth": "Friends of the Earth",
    "Black Lives Matter": "Black Lives Matter", "People & Planet": "People & Planet",
    "People and Planet": "People & Planet", "Extinction Rebellion": "Extinction Rebellion",
    "Amnesty International": "Amnesty International", "Oxfam": "Oxfam", "Stop the War": "Stop the War",
    "ACORN": "ACORN", "Momentum": "Momentum",
    "Labour": "Labour", "Conservatives": "Conservatives", "Liberal Democrats": "Liberal Democrats",
    "Lib Dems": "Liberal Democrats", "Greens": "Greens", "Plaid Cymru": "Plaid Cymru", "SNP": "SNP",
}
_KNOWN = re.compile(
    r"(?P<base>" + "|".join(re.escape(n) for n in sorted(KNOWN_MOVEMENT_BODIES, key=len, reverse=True))
    + r")(?![\w&-])(?P<branch>[ \t]+(?:Youth|Scotland|Wales|Cymru|Northern Ireland))?"
)
# Imperatives at a line start ("Unite against racism") are slogans, not the union.
_SLOGAN_AFTER = re.compile(r"[ \t]+(?:against|for|to|with|behind|the|now|together)\b")

# A name that the sentence itself marks as a body (rule 3).
_NAME = r"(?:[A-Z][\w'’-]*)(?:[ \t]+(?:(?:the|of|for|and|&)[ \t]+)*[A-Z][\w'’-]*)*"
_TYPE_NOUN = (r"(?:group|union|charity|campaign|network|coalition|collective|movement|organi[sz]ation|"
              r"society|party|alliance|federation)")
# Each rule starts with a plain alternation of words; the rule is tried
# only where ``str.find`` sees one of the literal words listed with it
# (every match starts with one of them), and the word boundary in front is
# checked in code (``_starts_word``).
_CONTEXT_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...] = (
    # "the union Unite", "their union Unison", "the charity Student Minds", "The group, X,"
    (re.compile(rf"{_TYPE_NOUN}[ \t]*,?[ \t]+(?P<name>{_NAME})"),
     ("group", "union", "charity", "campaign", "network", "coalition", "collective", "movement", "organi",
      "society", "party", "alliance", "federation")),
    # "coordinated by X", "organised by the Sunrise Movement" (its starts are
    # found back from each "by", see ``_verb_starts_before_by``)
    (re.compile(rf"(?:organi[sz]ed|co-?ordinated|led|called|run|founded|set up|hosted|convened)[ \t]+by[ \t]+(?:the[ \t]+)?(?P<name>{_NAME})"),
     None),
    # "a spokesperson for X", "co-founder of X", "members of X"
    (re.compile(rf"(?:spokes(?:person|man|woman)|co-?founder|founder|co-?president|co-?chair|members|activists|campaigners|"
                rf"supporters|volunteers)[ \t]+(?:of|for|from)[ \t]+(?:the[ \t]+)?(?P<name>{_NAME})"),
     ("spokes", "founder", "president", "chair", "members", "activists", "campaigners", "supporters", "volunteers")),
)


def _word_starts_and_co_forms(text: str, words: tuple[str, ...]) -> list[int]:
    """Where any of ``words`` begins, and where "co"/"co-" in front of one
    would begin ("cofounder", "co-chair"): one search serves both forms. The
    extra offsets are only candidates; the rule itself decides."""
    starts: set[int] = set()
    for at in literal_starts(text, words):
        starts.add(at)
        if at >= 2 and text[at - 2 : at] == "co":
            starts.add(at - 2)
        if at >= 3 and text[at - 3 : at] == "co-":
            starts.add(at - 3)
    return sorted(starts)


_BY_VERBS = ("organised", "organized", "coordinated", "co-ordinated", "led", "called", "run", "founded", "set up",
             "hosted", "convened")


def _verb_starts_before_by(text: str) -> list[int]:
    """Where "<verb> by" could begin: one plain search for "by", then each
    verb of the second context rule checked right before it (cheaper than
    searching the text for every verb)."""
    starts: set[int] = set()
    for by in literal_starts(text, ("by",)):
        end = by
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end == by:
            continue  # the rule wants space between the verb and "by"
        for verb in _BY_VERBS:
            if text.endswith(verb, 0, end):
                starts.add(end - len(verb))
    return sorted(starts)


# The type noun of the first rule must follow a determiner ("the union").
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]heir|[Oo]ur|[Ii]ts)[ \t]+(?:[a-z'’-]+[ \t]+)?$")
# Rules whose name comes first are found from what follows the name (cheap
# to search for), and the name is then read backwards from there.
_CONTEXT_AFTER_NAME = (
    # "X, a student group", "X, the group organising", "X, an annual protest"
    re.compile(rf",[ \t]+(?:a|an|the)[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?(?:{_TYPE_NOUN}|protest|march)(?![\w'’])"),
    # "X, which organised the strike"
    re.compile(r"which[ \t]+(?:organi[sz]ed|organi[sz]es|is organi[sz]ing|called|led|co-?ordinated|represents|runs)\b"),
)
_NAME_ENDING_HERE = re.compile(rf"(?P<name>{_NAME}),?[ \t]*$")


def _starts_word(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_&'’-")
_NAME_LOOKBACK = 80
_CONTEXT_STOP = frozenset(
    """I We You He She They It This That These Those There Here Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November December
    Today Yesterday Tomorrow London Britain England Scotland Wales Europe""".split()
)
# "WASHINGTON —" or "LONDON, Sept. 3 –" at a line start: a place, not a body.
_WIRE_PLACE = re.compile(r"[ \t]*(?:,[^\n—–]{0,30})?[ \t]*(?:\([A-Z]{2,}\)[ \t]*)?[—–]")


_POSSESSIVE = re.compile(r"'s\b|'")
_LEADING_THE = re.compile(r"^the\s+")


def _key(name: str) -> str:
    """Normalised form used to decide two names are the same organisation."""
    name = plain_apostrophes(name).lower()
    if "'" in name:
        name = _POSSESSIVE.sub("", name)
    if name.startswith("the"):
        name = _LEADING_THE.sub("", name)
    return " ".join(name.replace("&", "and").split())


@dataclass
class _Organisation:
    name: str
    acronym: str | None = None
    surfaces: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    defined: bool = False


class OrganisationMention(NamedTuple):
    """Where in the text a canonical organisation is named."""

    name: str
    start: int
    end: int


@dataclass(frozen=True)
class OrganisationResult:
    organisations: tuple[ExtractedOrganisation, ...]
    mentions: tuple[OrganisationMention, ...]


def _tokens(run: str) -> list[str]:
    return run.split()


def _initials_match(acronym: str, words: list[str]) -> bool:
    """Whether an acronym can come from these words (connectors optional)."""
    letters = acronym.replace("&", "").lower()
    target = [w for w in words if w not in ("and", "&", "the", "de", "du")]
    return _match_letters(letters, target, 0, 0)


def _match_letters(letters: str, words: list[str], li: int, wi: int) -> bool:
    # Each acronym letter starts one of the following words, or continues
    # the current word ("KCLSU" from "King's College London Student Union",
    # "FOSIS" keeps the "of"); small words may be skipped.
    if li == len(letters):
        return wi == len(words) or all(w in ("of", "for") for w in words[wi:])
    if wi == len(words):
        return False
    word = words[wi].lower()
    if word[0] == letters[li] and _match_letters(letters, words, li + 1, wi + 1):
        return True
    # an all-capitals word gives all its letters: "UK Student Climate Network (UKSCN)"
    if len(word) > 1 and words[wi].isupper() and letters.startswith(word, li) and \
            _match_letters(letters, words, li + len(word), wi + 1):
        return True
    if word in ("of", "for") and _match_letters(letters, words, li, wi + 1):
        return True
    return False


def _trim_leading(words: list[str]) -> list[str]:
    # "Later the Students' Union": a capitalised word then "the" is a
    # sentence opening, not part of the name.
    if len(words) > 2 and words[1] == "the":
        words = words[2:]
    while words and (words[0] in _LEADING_NOISE or words[0] in ("of", "for", "and", "&", "the")):
        words = words[1:]
    return words


def _has_head_word(run: str, tokens: list[str]) -> bool:
    """Whether a capitalised run holds an organisational word, possessive or
    not ("Union", "Union's", "Unions'"). Most runs are settled by one set
    test; only runs with an apostrophe need the word-by-word look."""
    if not HEADS.isdisjoint(tokens):
        return True
    if "'" not in run and "’" not in run:
        return False
    return any(plain_apostrophes(w).rstrip("'").removesuffix("'s").rstrip("'") in HEADS for w in tokens)


class _LineTest:
    """Whether an offset lies on a heading line (at most ``_HEADING_CHARS``
    long) that passes ``test``; each line is tested once, when first asked."""

    def __init__(self, lines: list[Span], test: Callable[[str], bool]) -> None:
        self._lines = lines
        self._starts = [line.start for line in lines]
        self._test = test
        self._known: dict[int, bool] = {}

    def __call__(self, offset: int) -> bool:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0 or offset >= self._lines[index].end:
            return False
        known = self._known.get(index)
        if known is None:
            text = self._lines[index].text
            known = self._known[index] = len(text) <= _HEADING_CHARS and self._test(text)
        return known


def _is_title_case_line(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.7


def _named_body(words: list[str]) -> list[str] | None:
    """The organisation name inside a run of capitalised words, or None."""
    words = _trim_leading(words)
    while words and words[-1] in ("of", "for", "and", "&", "the", "de", "du"):
        words = words[:-1]
    if not words:
        return None
    # "Vice-Chancellor of the University of Bristol": drop the role in front.
    if words[0].lower() in _ROLE_WORDS or words[0].lower().startswith("vice-"):
        for i, w in enumerate(words):
            if w in ("of", "for", "of the", "for the"):
                words = _trim_leading(words[i + 1 :])
                break
        else:
            return None
        if not words:
            return None
    # "University of Cambridge's Old Schools": the possessor is the organisation
    # unless an organisational word follows ("...Sheffield's Students' Union").
    for i, w in enumerate(words[:-1]):
        if w.endswith(("'s", "’s")) and not any(plain_apostrophes(x).rstrip("'") in HEADS for x in words[i + 1 :]):
            words = words[: i + 1]
            break
    if words[-1].endswith(("'s", "’s")):
        words = words[:-1] + [words[-1][:-2]]
    heads = [i for i, w in enumerate(words) if w in HEADS or plain_apostrophes(w).rstrip("'") in HEADS]
    if not heads:
        return None
    last = heads[-1]
    tail = words[last + 1 :]
    if tail and tail[0] not in ("of", "for", "of the", "for the"):
        # "King's College London": one place name may follow College/University.
        if len(tail) == 1 and words[last] in ("College", "University", "School", "Institute"):
            pass
        else:
            words = words[: last + 1]
    if any(w.lower().rstrip("'’s") in _ROLE_WORDS for w in words[-1:]):
        return None
    content = [w for w in words if w not in ("of", "for", "and", "&", "the", "de", "du")]
    if all(plain_apostrophes(w) in _GENERIC for w in content) and len(content) <= 2:
        return None
    if len(content) < 2:
        return None
    return words


def find_organisations(text: str, lines: list[Span], aliases: Mapping[str, str] | None = None,
                       people: Collection[str] = (), skip: list[tuple[int, int]] | None = None) -> OrganisationResult:
    """Organisations named in ``text`` with their canonical names.

    ``people`` are names already known to be people, which no context rule
    may turn into an organisation; ``skip`` are credit-line ranges (computed
    here when not given).
    """
    by_key: dict[str, _Organisation] = {}
    by_acronym: dict[str, _Organisation] = {}
    if skip is None:
        skip = credit_line_ranges(lines, text)
    # Headings are short lines; a line is tested only when a candidate sits on it.
    title_case = _LineTest(lines, _is_title_case_line)
    shouting = _LineTest(lines, _is_shouting_line)
    line_starts = {line.start for line in lines}
    # covered[i] is set when offset i lies inside a mention already recorded,
    # so "is this start taken?" costs one lookup however many mentions exist.
    covered = bytearray(len(text))

    def skipped(start: int, ranges: list[tuple[int, int]]) -> bool:
        return any(s <= start < e for s, e in ranges)

    def taken(start: int) -> bool:
        return start < len(covered) and covered[start] == 1

    def mention(org: _Organisation, start: int, end: int) -> None:
        org.mentions.append((start, end))
        end = min(end, len(covered))
        if end > start:
            covered[start:end] = b"\x01" * (end - start)

    def record(name: str, start: int, end: int, acronym: str | None = None, defined: bool = False) -> _Organisation:
        clean = " ".join(plain_apostrophes(name).split())
        key = _key(clean)
        org = by_key.get(key) or (by_acronym.get(acronym) if acronym else None)
        if org is None:
            org = _Organisation(clean, acronym)
            by_key[key] = org
        if acronym and not org.acronym:
            org.acronym = acronym
        if acronym:
            by_acronym[acronym] = org
        org.defined = org.defined or defined
        if clean not in org.surfaces:
            org.surfaces.append(clean)
        mention(org, start, end)
        return org

    for acronym, full, full_start in _definitions(text):
        if True:
            if skipped(full_start, skip):
                continue
            words = _trim_leading(_tokens(full))
            # drop leading words until the name starts with the acronym's letter
            while words and words[0][0].lower() != acronym[0].lower():
                words = words[1:]
            if not words or acronym in _NOT_ORGANISATIONS or not _initials_match(acronym, words):
                continue
            name = " ".join(words)
            start = full_start + full.find(words[0])
            if acronym in by_acronym and by_acronym[acronym].defined:
                mention(by_acronym[acronym], start, start + len(name))
                continue
            record(name, start, start + len(name), acronym, defined=True)

    for match in matches_starting_at(_SCHOOLS_UNION, text, literal_starts(text, _SCHOOLS_UNION_STARTS)):
        host = _named_body(_tokens(match["host"]))
        if host:
            name = f"{' '.join(host)}'s {plain_apostrophes(match['generic'])}"
            record(name, match.start(), match.end())

    for match in _MULTI_WORD_RUN.finditer(text):
        tokens = _tokens(match.group())
        if not _has_head_word(match.group(), tokens):
            continue  # no organisational word: _named_body would say no
        if skipped(match.start(), skip) or title_case(match.start()):
            continue
        cursor = 0
        for part in _split_and(tokens):
            part_at = match.group().find(part[0], cursor)
            cursor = part_at + len(" ".join(part))
            words = _named_body(part)
            if words is None:
                continue
            name = " ".join(words)
            offset = match.group().find(words[0], part_at)
            start = match.start() + max(offset, 0)
            if taken(start):
                continue  # already counted as part of a definition
            record(name, start, start + len(name))

    for match in _KNOWN.finditer(text):
        if not _starts_word(text, match.start()) or skipped(match.start(), skip) or taken(match.start()):
            continue
        if match.start() in line_starts and _SLOGAN_AFTER.match(text, match.end()):
            continue
        # "Extinction Rebellion Youth", "Unison Scotland": a branch is its own body
        name = KNOWN_MOVEMENT_BODIES[match["base"]] + (match["branch"] or "")
        org = record(name, match.start(), match.end())
        if match.group() != name and match.group() not in org.surfaces:
            org.surfaces.append(match.group())

    people_keys: set[str] | None = None  # keys of the known people, when first needed
    named: list[tuple[int, str, bool]] = []  # (start, captured name, is an apposition)
    for number, (rule, first_words) in enumerate(_CONTEXT_RULES):
        starts = _word_starts_and_co_forms(text, first_words) if first_words else _verb_starts_before_by(text)
        for match in matches_starting_at(rule, text, starts):
            if not _starts_word(text, match.start()):
                continue
            if number == 0 and not _DETERMINER_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue
            named.append((match.start("name"), match["name"], number == 0))
    for number, rule in enumerate(_CONTEXT_AFTER_NAME):
        for match in rule.finditer(text):
            before = _NAME_ENDING_HERE.search(text, max(0, match.start() - _NAME_LOOKBACK), match.start())
            if before:
                named.append((before.start("name"), before["name"], number == 0))
    for start, captured, apposition in sorted(named):
        if skipped(start, skip) or shouting(start) or taken(start):
            continue
        words = _context_name(captured.split(), single_ok=apposition)
        if not words:
            continue
        name = " ".join(words)
        if not apposition:
            if people_keys is None:
                people_keys = {_key(p) for p in people}
            if _key(name) in people_keys:
                continue  # "organised by Matt Carr": a person; an apposition ("X, a group") outranks that
        offset = captured.find(words[0])
        record(name, start + offset, start + offset + len(name))

    bare = [m for m in _BARE_ACRONYM.finditer(text)
            if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_&-")]
    outside_shouting: set[str] | None = None  # acronyms used outside shouted headings, when first needed
    for match in bare:
        acronym = match["acr"]
        if acronym in _NOT_ORGANISATIONS or skipped(match.start(), skip):
            continue
        if taken(match.start()):
            continue
        if _in_shouting(text, match.start(), match.end()):
            continue
        if outside_shouting is None:
            outside_shouting = {m["acr"] for m in bare if not shouting(m.start())}
        if acronym not in outside_shouting or acronym not in by_acronym and shouting(match.start()):
            continue  # a word of a shouted heading ("DEMO 2012: EDUCATE, EMPOWER")
        if match.start() in line_starts and _WIRE_PLACE.match(text, match.end()):
            continue  # "WASHINGTON —" is where the story was filed
        region = _regional_branch(text, match.end(), acronym, by_key)
        if region is not None:
            mention(region, match.start(), match.end())
            continue
        org = by_acronym.get(acronym)
        if org is not None:
            mention(org, match.start(), match.end())
            if acronym not in org.surfaces:
                org.surfaces.append(acronym)
            continue
        record(acronym, match.start(), match.end(), acronym)

    return _finish(list({id(o): o for o in by_key.values()}.values()), aliases or {})


def _definitions(text: str) -> list[tuple[str, str, int]]:
    """(acronym, name, name offset) for "Name (ACR)" and "ACR (Name)"."""
    found: list[tuple[str, str, int]] = []
    for match in _BRACKETED_ACRONYM.finditer(text):
        lo = max(0, match.start() - _DEFINITION_LOOKBACK)
        before = _NAME_BEFORE.search(text, lo, match.start())
        if before:
            full, at = before["full"], before.start("full")
            # "UK Student Climate Network (UKSCN)": an all-capitals word in front belongs to the name
            caps = _CAPS_BEFORE.search(text, max(0, at - 12), at)
            if caps and caps["caps"] not in ("THE", "AND") and match["acr"].startswith(caps["caps"]):
                full, at = caps["caps"] + " " + full, caps.start("caps")
            found.append((match["acr"], full, at))
    if "(" in text:
        for match in matches_starting_at(_BRACKETED_NAME, text, _acronym_starts_before_brackets(text)):
            found.append((match["acr"], match["full"], match.start("full")))
    found.sort(key=lambda item: item[2])
    return found


def _acronym_starts_before_brackets(text: str) -> list[int]:
    """Every offset where "ACR (" could begin: up to ten capitals (or &)
    before an opening bracket and the spaces in front of it."""
    starts: set[int] = set()
    for bracket in literal_starts(text, ("(",)):
        at = bracket
        while at > 0 and text[at - 1] in " \t":
            at -= 1
        first = at
        while first > 0 and at - first < 10 and ("A" <= text[first - 1] <= "Z" or text[first - 1] == "&"):
            first -= 1
        starts.update(range(first, at - 1))
    return sorted(starts)


_HEADING_CHARS = 160
_CAPS_BEFORE = re.compile(r"(?<![\w&-])(?P<caps>[A-Z]{2,5})[ \t]+$")


def _is_shouting_line(line: str) -> bool:
    """A heading typed in capitals: most of its words are all upper case."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 2:
        return False
    shouted = sum(1 for w in words if w.isupper() and len(w.strip(".,:;!?'’")) > 1)
    return shouted >= 2 and shouted / len(words) >= 0.6


def _context_name(words: list[str], single_ok: bool) -> list[str] | None:
    """The body's name from the words a context rule captured, or None."""
    words = [w for w in words]
    while words and (words[0] in _LEADING_NOISE or words[0] in _CONTEXT_STOP):
        words = words[1:]
    while words and words[-1] in ("the", "of", "for", "and", "&"):
        words = words[:-1]
    if words:
        words[-1] = _POSSESSIVE_END.sub("", words[-1])
    if not words or not words[0][:1].isupper():
        return None
    if any(w in _CONTEXT_STOP and w not in ("These", "Those", "This", "That", "Here") for w in words):
        return None
    if any(w.lower() in _ROLE_WORDS for w in words):
        return None  # "Muslim President Shaima Dallali" is a person with a title
    content = [w for w in words if w not in ("the", "of", "for", "and", "&")]
    if len(content) == 1 and not single_ok:
        return None
    if len(content) == 1 and (plain_apostrophes(content[0]) in _GENERIC or content[0].upper() in _NOT_ORGANISATIONS):
        return None
    if all(plain_apostrophes(w) in _GENERIC for w in content):
        return None
    return words


_PLACE_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)")
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _regional_branch(text: str, end: int, acronym: str, by_key: dict[str, _Organisation]) -> _Organisation | None:
    """"NUS Scotland" after "National Union of Students Scotland" was named:
    the acronym plus the same place word is that branch, not the parent."""
    following = _PLACE_AFTER.match(text[end : end + 40])
    if not following:
        return None
    place = following.group(1)
    for org in by_key.values():
        if org.name.endswith(" " + place):
            parent = org.name[: -len(place) - 1].split()
            if _initials_match(acronym, parent):
                surface = f"{acronym} {place}"
                if surface not in org.surfaces:
                    org.surfaces.append(surface)
                return org
    return None


def _split_and(words: list[str]) -> list[list[str]]:
    """Split "University of Leeds and Leeds Beckett University" in two, but
    keep "University and College Union" whole (its left half is no name)."""
    if "and" not in words and "&" not in words:
        return [words]
    index = words.index("and") if "and" in words else words.index("&")
    left, right = words[:index], words[index + 1 :]
    if _named_body(left) and _named_body(right):
        return [left] + _split_and(right)
    return [words]


def _in_shouting(text: str, start: int, end: int) -> bool:
    """Acronym-looking words inside an all-capitals run ("SAUL LOEB")."""
    before = text[max(0, start - 12) : start].split()
    after = text[end : end + 12].split()
    neighbour = lambda w: len(w) > 1 and w.isalpha() and w.isupper()  # noqa: E731
    return bool(before and neighbour(before[-1])) or bool(after and neighbour(after[0].rstrip(".,:;’'s")))


# Every credit line holds one of these words (in any case).
_CREDIT_WORDS = ("photo", "image", "picture", "credit", "illustration", "via ", "getty", "pa wire",
                 "shutterstock", "alamy")


def credit_line_ranges(lines: list[Span], text: str | None = None) -> list[tuple[int, int]]:
    """Photo credits and captions never name organisations involved.
    ``text`` (the whole document) lets a document without any credit word
    skip the line-by-line check."""
    lowered = folded(text) if text is not None else None
    if lowered is None or len(lowered) != len(text or ""):
        candidates = lines
    else:
        # only lines holding a credit word can be credit lines
        hits = literal_starts(lowered, _CREDIT_WORDS)
        if not hits:
            return []
        starts = [line.start for line in lines]
        candidates = [lines[i] for i in sorted({bisect.bisect_right(starts, hit) - 1 for hit in hits}) if i >= 0]
    return [(line.start, line.end) for line in candidates if len(line.text) < 120 and _CREDIT_LINE.search(line.text)]


def _finish(found: list[_Organisation], aliases: Mapping[str, str]) -> OrganisationResult:
    merged: dict[str, _Organisation] = {}
    for org in found:
        canonical = (_alias_for(org, aliases) if aliases else None) or org.name
        target = merged.get(_key(canonical))
        if target is None:
            target = _Organisation(canonical, org.acronym, [], [], org.defined)
            merged[_key(canonical)] = target
        target.acronym = target.acronym or org.acronym
        for surface in org.surfaces + ([org.name] if org.name != canonical else []):
            if surface not in target.surfaces:
                target.surfaces.append(surface)
        target.mentions.extend(org.mentions)
    organisations: list[ExtractedOrganisation] = []
    mentions: list[OrganisationMention] = []
    for org in sorted(merged.values(), key=lambda o: min(s for s, _ in o.mentions)):
        surface_aliases = tuple(s for s in org.surfaces if s != org.name)
        if org.acronym and org.acronym != org.name and org.acronym not in surface_aliases:
            surface_aliases = (org.acronym, *surface_aliases)
        confidence = 0.9 if org.defined or len(org.name.split()) > 1 else 0.7
        organisations.append(ExtractedOrganisation(org.name, org.acronym, surface_aliases, confidence))
        mentions.extend(OrganisationMention(org.name, s, e) for s, e in org.mentions)
    mentions.sort(key=lambda m: m.start)
    return OrganisationResult(tuple(organisations), tuple(mentions))


def _alias_for(org: _Organisation, aliases: Mapping[str, str]) -> str | None:
    for candidate in [org.name, *(org.surfaces), *( [org.acronym] if org.acronym else [])]:
        for form in (candidate.lower(), plain_apostrophes(candidate).lower()):
            if form in aliases:
                return aliases[form]
    return None
