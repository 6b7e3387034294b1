"""Find people and the role the text gives them.

A capitalised two- or three-word name counts as a person only in a context that says so: a role before
it ("NUS international students' officer Mostafa Rajaai"), a role after it ("Antonia Listrat, Guild
President at ..."), a speech verb ("said Matt Carr", "Rajaai added"), "X is the ..." or a byline. Names
merely mentioned in passing are left out, which keeps organisation words, places and headings from
turning into people.
"""

from __future__ import annotations

import bisect
import re
from operator import itemgetter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from ..models import ExtractedPerson
from .given_names import GIVEN_NAMES
from .given_title_words import given_name_after_office
from .organisation_names import LEADING_NOISE
from .organisations import HEADS
from .name_blocks import names_in_blocks
from .name_initials import NATIONS, add_initials, initialled_surnames
from .name_tails import merge_contained, merge_name_tails
from .mention_cover import MentionCover
from .name_stems import possessive_stem
from .person_contact_lines import speakers_on_lines
from .person_handles import named_by_own_handle
from .person_non_name_words import NON_NAME_WORDS, RUN_ENDING_NON_NAMES, opens_a_place
from .person_non_names import names_a_work, names_no_person, not_people
from .nicknames import nicknamed_people
from .name_over_office import above_its_office, full_name_over_office
from .regnal_names import regnal_names
from .person_word_surnames import WORD_SURNAMES, cued_word_surname
from .person_uncued import (POSSESSIVE_END, SYLLABLES, given_name_start, may_stand_without_cue, named_for_saint,
                            nothing_before, sentence_before, shaped_as_name)
from .title_given_names import TITLE_GIVEN_NAMES, opens_with_given_title, split_unlisted_title
from .person_single_names import single_name_speakers, surnames_after_office
from .signatory_lists import signatories_on_lines
from .speaker_labels import speakers_of_transcript
from .surname_hits import surname_hits
from .name_tokens import INITIALS, NAME_RUN, PARTICLE_SECOND_WORDS, PARTICLES
from .person_cues import (ACADEMIC_FIELDS, CLAUSE_OPENERS, COMPANY_WORDS, FURNITURE_WORDS, GROUP_WORDS, MEDIA_WORDS,
                          PLACE_WORDS, PORTFOLIO_TAILS, TITLES, signs_above_affiliation)
from .person_name_lists import listed_with_people
from .person_context import (DAY_GIVEN_NAMES, NAME_HONORIFICS, NEWSROOM_AFTER, TITLE_SURNAMES, WORD_GIVEN_NAMES,
                             generation_after, office_after_comma, honour_after_title, office_ends, numbered_document,
                             run_words, tidy_role)
from .offset_ranges import OffsetRanges
from .person_roles import AFTER_SPEECH, AGENT_BY, IS_ROLE, ROLE_WORDS, clean_role, is_role_word, role_for
from .sentences import Span, plain_apostrophes

_CAP_RUN = re.compile(NAME_RUN)
_GLUED_INITIALS = re.compile(r"[A-Z]{2}")
# Two capitals that are a country's or a state's code, a rank, an office or a subject, never a person's initials.
_CODES_NO_INITIALS = NATIONS | frozenset("""GB NY LA DC BC NT WA PC DS DI PM VP VC MP GP AM HR PR IT PE RE MS TD
    HQ""".split())
_INITIALS = re.compile(INITIALS)
# A season's plural, a surname only after a known given name or an initial (``_name_cut``)
_SEASON_SURNAMES = frozenset(("Summers", "Winters"))

_TITLES = frozenset("Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady Cllr Councillor Rev".split())


# a hyphenated office is capitalised in each part in a title ("Vice-President", "Co-Founder"),
# as much no name's word as "Vice-president"
_NOT_NAME = NON_NAME_WORDS | {word.capitalize() for word in ROLE_WORDS} | \
    {"-".join(part.capitalize() for part in word.split("-")) for word in ROLE_WORDS if "-" in word} | TITLES | PLACE_WORDS | MEDIA_WORDS | FURNITURE_WORDS | COMPANY_WORDS | \
    CLAUSE_OPENERS | GROUP_WORDS | ACADEMIC_FIELDS | {word.capitalize() + "s" for word in ROLE_WORDS if word[-1] != "s"}
_AFFILIATION_WORDS = HEADS | frozenset(word.capitalize() for word in ROLE_WORDS) | {"Reader", "Dept"}


@dataclass
class _Person:
    name: str
    role: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.6


class PersonMention(NamedTuple):
    """Where in the text a canonical person is named."""

    name: str
    start: int
    end: int


@dataclass(frozen=True)
class PeopleResult:
    people: tuple[ExtractedPerson, ...]
    mentions: tuple[PersonMention, ...]


# How much of the text after a run ``_name_cut`` reads (a comma, an office in the phrase after it)
_READ_ON = 100


def _name_cut(words: list[str], before: str, after: str = "",
              over_office: Callable[[str], bool] = lambda first: False) -> int:
    """How many leading words of a run are not the name: the name is the
    run's tail after titles, roles and other non-name words. ``after``: the
    text right after the run; ``over_office(first)``: the run, its three-word
    name opening with ``first``, ends its line above a sign-off's office line
    (``above_its_office``), asked only of a name opening its sentence."""
    opens, after_comma = nothing_before(before), after[:1] == ","
    cut = len(words)
    if words[-1] in RUN_ENDING_NON_NAMES:
        return cut  # "St. Ostland Ave", "the Dan Breakfast Show": a street's or a broadcast's name
    if words[-1] in TITLE_SURNAMES and len(words) >= 2 and (words[-2] in GIVEN_NAMES or len(words) >= 3 and
                                                           words[-3] in GIVEN_NAMES and not _refused_in_name(words[-2])):
        cut -= 1  # "Sarah Jayne King", "Howard Dean": the title word is a surname
    elif words[-1] in WORD_SURNAMES and len(words) >= 2 and words[-2] in GIVEN_NAMES and \
            cued_word_surname(words, before, after, is_role_word):
        cut -= 1  # "said John Park, a teacher", "Dr Ann Hall": a place's word as a surname (``person_word_surnames``)
    elif words[-1] in _SEASON_SURNAMES and len(words) >= 2 and \
            (words[-2] in GIVEN_NAMES or _INITIALS.fullmatch(words[-2])):
        cut -= 1  # "Jo Winters", "K. Summers"; not "Lakeland Winters": a season's plural is a surname only so
    elif len(words) == 2 and words[1] in WORD_GIVEN_NAMES and words[0] not in _NOT_NAME and \
            before.rstrip(" \t").endswith(","):
        cut -= 1  # "(NANS), Asefon Sunday,": a surname first, then a given name that is also a day
    while cut > 0 and not _refused_in_name(words[cut - 1]) and not opens_a_place(words, cut - 1):  # "New Dawn"
        cut -= 1
    if not cut and words[0] == "According" and opens:
        cut = 1  # "According Holm, the lecturers are": "to" lost, no given name ("president According Lind" is)
    if not cut and len(words) >= 3 and words[0] in PORTFOLIO_TAILS and before.rstrip().endswith((" and", " of")):
        cut = 1  # "Minister of Research, Science and Technology Malakai Tabar"
    cut += honour_after_title(words, cut)  # "Datuk Seri Najib"
    if cut and words[cut - 1] in GROUP_WORDS:
        return len(words)  # "Group Against Fee Hike": the rest of a body's name
    if given_name_after_office(words, cut, is_role_word):
        return cut - 1  # "President Dean Kenny"
    if len(words) - cut == 3 and not (cut and is_role_word(words[cut - 1])) and \
            not (opens and (after_comma or over_office(words[cut]))) and \
            not (not cut and before.strip() and office_ends(before.split(), is_role_word)):
        # "Taoiseach Brian Cowen"; not after an office ("Secretary Jahangir Kabir Nanak", "education minister
        # Zambry Abdul Kadir") nor in "Davin Kenneth Wong, acting president ..." opening a sentence
        cut += split_unlisted_title(words[cut:])
    elif cut and len(words) - cut == 4 and words[cut] not in GIVEN_NAMES and words[cut + 1] in GIVEN_NAMES:
        cut += 1  # "Regent John Isaac Punzalan": an office no list holds, before a three-word name
    if cut and len(words) - cut == 1 and words[cut - 1] in WORD_GIVEN_NAMES and (
            before.rstrip(" \t").endswith(",") or
            cut == 1 and is_role_word(before.rsplit(None, 1)[-1] if before.strip() else "") or
            cut == 1 and words[0] in DAY_GIVEN_NAMES and (opens or before.rstrip(" \t").endswith(":")) and
            office_after_comma(after, is_role_word)):
        # "(NANS), Sunday Asefon", "secretary December Mavuso", "From left: Sunday Arlen, deputy president":
        # a given name, not a date
        cut -= 1
    elif cut and len(words) - cut == 2 and words[cut - 1] in TITLE_GIVEN_NAMES and (
            SYLLABLES.fullmatch(words[-1]) or opens_with_given_title(words[cut - 1:])):
        cut -= 1  # "Prince Wong Ji-yuet", "Prince Harvey Arellano", "King Ali Arlen": a given name before a name
    elif cut and len(words) - cut == 1 and words[cut - 1] in NAME_HONORIFICS:
        cut -= 1  # "Prime Minister Sheikh Hasina": the honorific and one name are how she is called
    return cut


def _name_size_ok(words: list[str]) -> bool:
    """Two or three name words, or one or two after initials ("C.P.
    Chandrasekhar", "Robin D. G. Kelley")."""
    # an initial ends with its full stop: other words skip the regex
    initials = sum(1 for word in words if word[-1] == "." and _INITIALS.fullmatch(word))
    # a particle's second word counts for none ("Marieke van den Berg", "Ana de la Cruz": three words)
    named = len(words) - initials - sum(1 for at in range(1, len(words))
                                          if words[at - 1] in PARTICLE_SECOND_WORDS.get(words[at], ()))
    return 2 <= named <= 3 or bool(initials) and 1 <= named <= 2


def _four_name_words(words: list[str], text: str, end: int) -> bool:
    """Four name words that a described role follows ("Tapu Ki Tea Vea, a
    science student"): a name of four words, as Pacific and other names
    have; the role itself is checked as for any name. A Hong Kong name of an
    English given name, two surnames and a Chinese given name ("Carrie Lam
    Cheng Yuet-ngor") is four words too, taken with any cue."""
    return len(words) == 4 and not any(word[-1] == "." and _INITIALS.fullmatch(word) for word in words) and \
        (_DESCRIBED_AFTER.match(text, end) is not None or words[0] in GIVEN_NAMES and SYLLABLES.fullmatch(words[3]) is not None)


_DESCRIBED_AFTER = re.compile(r",[ \t]*(?:a|an|the)[ \t]")


def _block_name_ok(words: list[str]) -> bool:
    return _name_size_ok(words) and not any(_refused_in_name(word) for word in words)


def _refused_in_name(word: str) -> bool:
    """A word no person's name holds: organisational, place, title and role
    words, also as part of a hyphenated office ("Secretary-General")."""
    stem = possessive_stem(word)
    if word in _NOT_NAME or stem in _NOT_NAME and (len(stem) > 2 or stem != word.rstrip("s")):
        return True  # "Secretaries", "Union's"; not "Wes", as if the plural of "We"
    return "-" in word and any(part in _NOT_NAME for part in word.split("-")) and is_role_word(word)


def find_people(text: str, sentences: list[Span], skip: list[tuple[int, int]] | None = None,
                aliases: Mapping[str, str] | None = None, proposed: Sequence[tuple[int, int]] = ()) -> PeopleResult:
    """People named in ``text`` in a context that marks them as people.

    ``proposed`` are spans the statistical engine read as people
    (``statistical``): taken when shaped as a name, titles left out."""
    people: dict[str, _Person] = {}
    skipped = OffsetRanges(skip or ())
    starts = [sentence.start for sentence in sentences]
    # One scan of the whole text: a run never spans two sentences (sentences split at punctuation, which a run
    # cannot hold), so each run is then given to the sentence it starts in.
    for run in _CAP_RUN.finditer(text):
        words, run_end = run_words(run)
        if len(words) < 2:
            continue  # most runs are one capitalised word, and no name (``_name_size_ok``) is one word
        index = bisect.bisect_right(starts, run.start()) - 1
        if index < 0 or run_end > sentences[index].end or sentences[index].start in skipped:
            continue
        sentence = sentences[index]
        cut = _name_cut(words, sentence_before(text, sentence.start, run.start()), text[run_end : run_end + _READ_ON],
                        lambda first: above_its_office(text, run_end, first, is_role_word))
        cut = len(words) - 2 if _named_after_body(words[cut:], text, run.start(), run_end) else cut
        name_words = words[cut:]
        if _opens_no_name(words, cut):
            continue
        if not _name_size_ok(name_words) and not _four_name_words(name_words, text, run_end) and \
                not (len(name_words) == 4 and cut and is_role_word(words[cut - 1])):  # "President A B C D"
            continue
        name = POSSESSIVE_END.sub("", " ".join(name_words))
        start = run.start() + len(" ".join(words[:cut])) + (1 if cut else 0)
        end = start + len(name)
        if NEWSROOM_AFTER.match(text, end) or numbered_document(name_words, text, end):
            continue  # "Ada Derana reporter said": a channel's or a paper's name before its reporter; "Bill No. 5"
        role, confidence = role_for(text, sentence, start, end, words[:cut])
        if role is None and (_GLUED_INITIALS.fullmatch(name_words[0]) or named_for_saint(text, start)):
            continue  # "said KP Haulage, the contractor" (initials need an office), "St. Kea North" (a saint's place)
        if confidence == 0.0:
            name, end, confidence = _without_cue(text, sentence, name_words, (name, start, end), run_end)
            if confidence == 0.0:
                continue
        if generation := generation_after(text, end):
            name, end = name + generation.group().lstrip(","), generation.end()  # "Benigno Aquino III"
        person = people.setdefault(name, _Person(name))
        person.role = person.role or role
        person.confidence = max(person.confidence, confidence)
        person.mentions.append((start, end))
    _add_listed(people, regnal_names(text, listed_with_people(text, set(people), _NOT_NAME)), skipped)
    _add_listed(people, names_in_blocks(text, known := set(people), _block_name_ok) + speakers_of_transcript(text, _block_name_ok) +
                signatories_on_lines(text, known, _block_name_ok, _refused_in_name, is_role_word) +
                (nicknamed := nicknamed_people(text, is_role_word, _refused_in_name)) +
                single_name_speakers(text, known, is_role_word, _refused_in_name) +
                initialled_surnames(text, is_role_word, _refused_in_name) +
                surnames_after_office(text, known | {name for name, _ in nicknamed}, _refused_in_name) +
                speakers_on_lines(text, _block_name_ok, is_role_word), skipped)
    for start, end in proposed:
        _add_proposed(text, start, end, people)
    people = add_initials(text, merge_contained(merge_name_tails(people)), is_role_word)  # tails and parts merged
    _attach_surnames(text, sentences, people)
    return _finish(text, people, aliases or {})


def _opens_no_name(words: list[str], cut: int) -> bool:
    """Whether the run's words from ``cut`` open with what no name opens with: a rank or a country's code ("said
    PC Jones,", "said UK Music,"), or a particle after a body's word ("the Universidad de la Plata"; not after an
    office, a title or a sentence's first word: "Mayor de Blasio", "Yesterday de Klerk said")."""
    first = words[cut] if cut < len(words) else ""
    if first in _CODES_NO_INITIALS:
        return True
    return first[:1].islower() and not (cut and (is_role_word(words[cut - 1]) or words[cut - 1].rstrip(".") in _TITLES
                                                 or words[cut - 1] in LEADING_NOISE))


def _without_cue(text: str, sentence: Span, name_words: list[str], found: tuple[str, int, int],
                 run_end: int) -> tuple[str, int, float]:
    """(name, end, confidence) of a name no cue around it marks: 0 when it may not stand so."""
    name, start, end = found
    if len(name_words) == 4 or names_a_work(text, start):
        return name, end, 0.0  # a four-word name only with a role after it; a song's title
    if named_by_own_handle(text, name_words, start, end):
        return name, end, 0.7  # "Tonyo Cruz (@tonyocruz)"
    if full_name_over_office(text, name_words, start, end, is_role_word):
        return name, end, 0.6  # a letter's addressee: "Kealo Warren Holm" over "Vice-Chancellor"
    if not may_stand_without_cue(text, sentence, given_name_start(text, sentence, name_words, start), run_end):
        return name, end, 0.0
    if signs_above_affiliation(text, start, run_end, _AFFILIATION_WORDS):
        return name, end, 0.6  # "Anahid Kassabian" above "University of Liverpool"
    return shaped_as_name(name_words, start, text)


def _named_after_body(words: list[str], text: str, start: int, end: int) -> bool:
    """A run of four words or more that ends in a given name and a surname,
    said or led by ("president of NZTA Te Kura Tane Paul Morrison said",
    "led by Nazim Jamiat Talaba Tahir Sami"): a body's name or an office ran
    into the person's, who is the run's last two words."""
    return len(words) >= 4 and words[-2] in GIVEN_NAMES and words[0] not in GIVEN_NAMES and (
        AFTER_SPEECH.match(text[end : end + 20]) is not None or
        AGENT_BY.search(text, max(0, start - 20), start) is not None)


def _add_listed(people: dict[str, _Person], listed: list[tuple[str, int]], skipped: OffsetRanges) -> None:
    """People named in lists, blocks and transcripts, outside credit lines."""
    for name, start in listed:
        if start not in skipped:
            people.setdefault(name, _Person(name)).mentions.append((start, start + len(name)))


def _add_proposed(text: str, start: int, end: int, people: dict[str, _Person]) -> None:
    """A name the statistical engine found, kept when two to four capitalised
    words remain after titles and role words, none of them an organisation's."""
    words = text[start:end].split()
    while words and (words[0] in _NOT_NAME or words[0].rstrip(".") in _TITLES):
        start = text.find(words[1], start) if len(words) > 1 else end
        words = words[1:]
    name = POSSESSIVE_END.sub("", " ".join(words))
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words if w not in PARTICLES):
        return
    if any(w in _NOT_NAME or w in HEADS for w in words):
        return
    person = people.setdefault(name, _Person(name))
    person.confidence = max(person.confidence, 0.6)
    person.mentions.append((start, start + len(name)))


def _attach_surnames(text: str, sentences: list[Span], people: dict[str, _Person]) -> None:
    """Later mentions by surname ("Rajaai added", "Popa is the ...")."""
    surnames = {}
    for name in people:
        surname = name.split()[-1]
        surnames.setdefault(surname, name)
    if not surnames:
        return
    starts = [sentence.start for sentence in sentences]
    named = {name: MentionCover(people[name].mentions) for name in set(surnames.values())}
    for start, end, surname in surname_hits(text, list(surnames)):
        index = bisect.bisect_right(starts, start) - 1
        if index < 0 or end > sentences[index].end:
            continue
        sentence = sentences[index]
        person = people[surnames[surname]]
        # Hits never overlap one another, so only the mentions found before
        # this pass can hold a hit.
        if named[surnames[surname]].covers(start):
            continue
        previous = text[max(0, start - 30):start].rstrip().split()[-1:]
        if text[start - 1 : start] == " " and previous and previous[0][:1].isupper() and \
                previous[0] in person.name.split():
            continue  # part of the full name
        person.mentions.append((start, end))
        if not person.role:
            after = text[end:sentence.end] + text[sentence.end:sentence.end + 1]
            match_role = IS_ROLE.match(after)
            if match_role and any(is_role_word(w) for w in match_role["role"].split()[:8]):
                person.role = clean_role(match_role["role"])


def _finish(text: str, people: dict[str, _Person], aliases: Mapping[str, str]) -> PeopleResult:
    merged: dict[str, _Person] = {}
    # a role's opening; "director for X and Y said"; "Irish Rail says"; "X announced", "X bus workers"
    openings = not_people(text, people, is_role_word)
    for person in people.values():
        if person.name in openings or names_no_person(text, person, is_role_word):
            continue
        canonical = aliases and (aliases.get(person.name.lower()) or aliases.get(plain_apostrophes(person.name).lower())) \
            or person.name
        target = merged.setdefault(canonical, _Person(canonical, person.role, [], person.confidence))
        target.role = target.role or person.role
        target.mentions.extend(person.mentions)
        target.confidence = max(target.confidence, person.confidence)
    ordered = sorted(merged.values(), key=lambda p: min(p.mentions)[0])  # by first mention
    return PeopleResult(
        tuple(ExtractedPerson(p.name, tidy_role(p.role or "") or None, p.confidence) for p in ordered),
        tuple(sorted((PersonMention(p.name, s, e) for p in ordered for s, e in p.mentions), key=itemgetter(1))),
    )
