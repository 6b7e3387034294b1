"""The role a name's context gives it, and how sure that makes it a person.

``people.find_people`` takes a capitalised run as a person only where the text
around it says so: an office before it ("NUS officer Mostafa Rajaai"), a role
after it ("Antonia Listrat, Guild President"), a speech verb, a byline. That
reading (``role_for``, with the role words and speech patterns it uses) is a
job of its own, which other readers can call on without the run's cutting.
"""

from __future__ import annotations

import re

from .given_names import GIVEN_NAMES
from .organisation_names import HEADS
from .name_initials import without_bare_initial
from .person_appositions import appositive_head, office_in_apposition
from .person_uncued import heading_line, sentence_around
from .person_attributions import (addressed_in_salutation, contact_follows, office_after_dash, quote_attribution,
                                  signs_under_closing, title_ending_sentence, titled_name_line)
from .name_tokens import NAME_RUN
from .office_before import office_before_name
from .person_cues import PERSON_AFTER, PERSON_NOUNS, TITLES, reporter_or_who, role_after_refused, trade_in_apposition
from .person_context import (SEAT_AFTER, opens_a_clause, past_abbreviation, affiliation_after, bracketed_office,
                             dateline_after, office_opening_after, role_through_body, role_then_speech,
                             signed_after_dash, speaks_from)
from .sentences import Span, plain_apostrophes

_SPEECH = (r"(?:said|says|told|added|adds|explained|explains|commented|stated|warned|argued|wrote|writes|"
           r"insisted|urged|"
           r"reports|noted|claimed|tweeted|recalled|continued|asked|replied|admitted|acknowledged|stressed|emphasised|"
           r"emphasized|declared|announced|confirmed|revealed|according[ \t]+to)")
_LONGEST_SPEECH_VERB = max(len(verb) for verb in _SPEECH[3:-1].split("|")) + len(" 14-year-old")
AFTER_SPEECH = re.compile(rf"^[ \t]*(?:,[ \t]*)?{_SPEECH}\b")
# "said OC Name"; not "told": whom a speaker told is often the paper ("..., told Red Lantern.")
_BEFORE_SPEECH = re.compile(
    rf"\b(?!told\b){_SPEECH}[ \t]+(?:[A-Z]{{2,4}}[ \t]+|\d{{1,2}}-year-old[ \t]+)?$")
_ROLE_AFTER = re.compile(
    r"^,[ \t]*(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?P<role>[^,:;\n“\"]{3,120}?)"
    r"[ \t]*(?=[,:;\n]|$|[ \t]+(?:said|says|told|added)\b)"
)
# "Name, chairperson of the League (LFS) declared": a role then any speech verb, no clause between
_ROLE_THEN_SPEECH = re.compile(rf"^,[ \t]*(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?P<role>[^,:;\n“\"]{{3,100}}?)"
                               rf"[ \t]+{_SPEECH}\b")
_CLOSES_QUOTE = re.compile(r"[,.!?]?[”\"]")
IS_ROLE = re.compile(
    r"^(?:,[ \t]*who[ \t]+(?:is|was)(?:[ \t]+once)?|[ \t]+(?:is|was|has been)|,)[ \t]+(?:the|a|an)[ \t]+"
    r"(?P<role>[^,.;:\n“\"]{3,120}?)[ \t]*(?=[,.;:\n]|$|[ \t]+and[ \t]+|[ \t]+who[ \t]+)"
)
# ", an office, Name Name, said": the office is the apposition of the speaker named after it ("on
# Channels' Morning Show, the union's President, Muhammed Ibrahim, said"), not of the run before
_ROLE_OF_NEXT = re.compile(rf",[^,\n]{{3,120}}?,[ \t]*{NAME_RUN}[ \t]*,[ \t]+{_SPEECH}\b")
_PLACE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]cross|[Tt]he)[ \t]+$")
# "By Katy Murphy" opening its line, or "Words by", "Photos by", "Posted by": a byline. "organised by
# Bristol Cut the Rent" is none (that name needs a cue of its own).
_BYLINE = re.compile(r"(?:^|\b(?:written|posted|reported|edited|compiled|words|story|report|article|photos?|"
                     r"pictures?|images?|interview|column|blog)(?:[ \t]*:)?[ \t]+|"
                     r"(?:^|(?<=\n))[ \t]*petition[ \t]+)by[ \t]+$", re.IGNORECASE)  # ("Petition by" opening a line)
_BYLINE_LOOKBACK = len("photographs by ")
_BY_BEFORE = re.compile(r"\bby[ \t]+$", re.IGNORECASE)
AGENT_BY = re.compile(r"\b(?:(?:led|organi[sz]ed|joined|addressed|chaired|hosted|headed|founded|convened|moderated|"
                       r"accompanied|arrested|detained|attacked|interviewed|launched|started)[ \t]+by|"
                       r"(?:identified|named)[ \t]+(?:only[ \t]+)?as)[ \t]+$")
_PETITIONING = re.compile(r"(?<![\w-])Petitioning[ \t]+$")  # a petition page's addressee: a given name first


ROLE_WORDS = frozenset(
    """president officer secretary chair chairperson chairman chairwoman director spokesperson
    spokesman spokeswoman organiser organizer organisers coordinator co-ordinator convenor convener
    leader member minister councillor councilor campaigner activist founder co-founder head manager
    representative rep treasurer trustee editor professor lecturer chancellor vice-chancellor
    provost dean student researcher academic officer sabbatical vice-president reporter
    correspondent author mp mep ceo vp chief executive principal steward negotiator deputy registrar bursar
    warden chaplain assistant assemblymember assemblywoman assemblyman councilmember councilman councilwoman
    congressman congresswoman alderman alderwoman mpp mla msp mec""".split()
) | PERSON_NOUNS


def is_role_word(word: str) -> bool:
    plain = plain_apostrophes(word).lower()
    if plain.strip(",.:;'’s") in ROLE_WORDS or plain.strip(",.:;") in ROLE_WORDS or word.rstrip(".") in TITLES:
        return True
    # "Secretary-General", "Vice-Chair": an office written with a hyphen; "750-pupil" counts a
    # school's pupils, no one's office
    return "-" in plain and not plain[:1].isdigit() and \
        any(part.strip(",.:;") in ROLE_WORDS for part in plain.split("-"))


def clean_role(role: str) -> str:
    role = _BROKEN_HYPHEN.sub("-", plain_apostrophes(" ".join(role.split())).strip(" ,.;:-–—"))
    speech = _SPEECH_INSIDE.search(role)  # "convenor of X declared the day ...": the role ends at the verb
    return role[:speech.start()].rstrip(" ,") if speech else role


_BROKEN_HYPHEN = re.compile(r"(?<=[a-z])- (?=[A-Z])")  # "Secretary- General" is "Secretary-General"
_SPEECH_INSIDE = re.compile(rf"[ \t]+{_SPEECH}\b")


def role_for(text: str, sentence: Span, start: int, end: int, prefix_words: list[str]) -> tuple[str | None, float]:
    """(role, confidence) for a name at text[start:end]; confidence 0 = not a person."""
    before, after = sentence_around(text, sentence.start, sentence.end, start, end)
    before = before or title_ending_sentence(text, start, TITLES)
    if dateline_after(after[:40]) and not _BY_BEFORE.search(before[-10:]):
        return None, 0.0  # "New Delhi, March 7 (PTI) ...": the town an agency filed from, not "By Name, March 7 -"
    role_before = None if _plural_in_run(prefix_words) else \
        office_before_name(without_bare_initial(before, is_role_word), is_role_word, clean_role) or \
        role_through_body(before, is_role_word, HEADS)
    if role_before:
        # "SU President Survives Vote": on a heading only a given name follows a role
        # ("... activist Name": a role in lower case is a sentence's, no title-case heading's)
        return (None, 0.0) if text[start:end].split()[0] not in GIVEN_NAMES and heading_line(text, start) \
            and not before.split()[-1][:1].islower() \
            and "," not in text[text.rfind("\n", 0, start) + 1 : start] and not titled_name_line(text, start, end) \
            else (role_before, 0.9)
    if _PLACE_BEFORE.search(before, max(0, len(before) - 10)):
        # "In New Haven, crowds of young protesters ...", "a tutor at Te Whare Ako, said", "the Tenancy
        # Reform Act, a law which ...": after "in", "at" or "the" a name is a place or a thing; what follows
        # is its scene or the speaker's verb, no cue of its own
        return None, 0.0
    if after[:1] == "," and _ROLE_OF_NEXT.match(after):
        return None, 0.0  # "Morning Show, the union's President, Tunde Alabi, said": the office is the speaker's
    # a name closing a quotation ("... give in to Lakeland Gate,” a member said") is no speaker described after it
    roles_after = "" if _CLOSES_QUOTE.match(after) else after
    found = _office_after(text[start:end], before, roles_after)
    if found:
        return found
    role = affiliation_after(roles_after, HEADS) or bracketed_office(roles_after, is_role_word) or \
        office_after_dash(text, start, end, is_role_word) or office_in_apposition(before, after, is_role_word)
    if role:
        return role, 0.9
    # Both patterns end the text before the name, so only its last few
    # characters (before any trailing blanks) need searching.
    tail = len(before.rstrip(" \t"))
    if AFTER_SPEECH.match(after) or _BEFORE_SPEECH.search(before, max(0, tail - _LONGEST_SPEECH_VERB)) or \
            PERSON_AFTER.match(after) or speaks_from(after) or \
            reporter_or_who(before, after, text[start:end], not prefix_words):  # "X, 16, said", "X who died"
        return None, 0.8
    if _BYLINE.search(before, max(0, tail - _BYLINE_LOOKBACK)) or signed_after_dash(before, after) or \
            AGENT_BY.search(before, max(0, tail - 20)) or quote_attribution(text, start, end) or \
            _PETITIONING.search(before, max(0, tail - 20)) and text[start:end].split()[0] in GIVEN_NAMES or \
            signs_under_closing(text, start, end) or contact_follows(text, start, end) or \
            addressed_in_salutation(before, after, text[start:end]):
        return None, 0.7  # "The march was led by Name", "Dear Name, Name and Name"
    # "Thomas Pringle TD," on a list of backers: an elected member (a given name first: "Harbourton West MP"
    # is a seat's place)
    seat = SEAT_AFTER.match(after) if text[start:end].split()[0] in GIVEN_NAMES else None
    return (seat["seat"], 0.9) if seat else (None, 0.0)


def _office_after(name: str, before: str, after: str) -> tuple[str | None, float] | None:
    """(office, 0.9) read in ``after``, the text right after ``name`` (", the union's president", " is the chair");
    (None, 0.9) for a person whose comma opens a clause ("Thanks to Mira Tane, the cleaners were paid"); or None."""
    short = IS_ROLE.match(after)
    longer = _ROLE_AFTER.match(after) if not short else past_abbreviation(after, short, _ROLE_AFTER, is_role_word)
    for match in (short, longer):
        if match and (trade_in_apposition(name, after) or  # "Kea Holm, a driver for ..."
                      any(is_role_word(w) for w in appositive_head(match["role"]))):
            if role_after_refused(match["role"], before):
                break
            role = clean_role(match["role"])
            if 2 < len(role) <= 120:
                return None if opens_a_clause(after) else role, 0.9
            break
    # both read only after a comma: read before the readers of " of X" and " (X)", they take nothing from them
    role = office_opening_after(after, is_role_word) or role_then_speech(after, _ROLE_THEN_SPEECH, is_role_word)
    return (None if opens_a_clause(after) else role, 0.9) if role else None


def _plural_in_run(prefix_words: list[str]) -> bool:
    """A capitalised plural of a role noun right before a name in one run
    ("United Teachers Los Angeles", "Teachers Medical Scheme"): a body's
    name goes on, no office stands before a person ("MPs" keeps its capitals)."""
    last = prefix_words[-1] if prefix_words else ""
    return len(last) > 3 and last.endswith("s") and last[1:].islower() and last[:-1].lower() in ROLE_WORDS
