"""What a segment of a signer's affiliation column is: a body, a post, a place, letters after a name, or none.

A signature's line after the name holds comma-parted segments ("Chief Executive, Humanists UK", "OBE, Orrin
Youth Theatre", "Orrin Falls Birth Centre, Orrin Falls", "Harbourton, NSW"). ``organisation_signatories``
reads the bodies among them; this module says what each segment looks like, from its words alone:

* a body's own marks are an organisational word ("Council", "Trust") or a word in capitals that is no
  region's code, no degree or honour and no time of day ("UC Berkeley", "Humanists UK", "SOAS");
* a post ends in an office or a trade ("Union Organiser", "Centre Manager", "UX Designer") or in an item of
  a day's programme ("Panel Q&A"), or opens as one ("Reader in Public Health", "Senior Lecturer"), or names
  an office with no body in it ("Vice President Education"); "Caseworker at X" is X;
* a place is a country, a state, a street, a town's quarter or ward ("South Harbourton", "Barangay Bayog"), a region's
  code after a town ("Harbourton NSW", "Orrin Valley CA"), or a postcode;
* letters after a name are honours, degrees, fellowships and religious orders ("OBE", "MBBS", "FRCP", "BA
  Hons", "SVD").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .organisation_names import HEADS, PLACE_NOUNS, has_head_word, name_key
from .person_cues import PLACE_WORDS
from .person_roles import is_role_word
from .places import US_STATE_CODES, is_place, is_state_or_nation

__all__ = ["LETTERS", "body_shaped", "marked_as_body", "without_post_at"]

_JOINERS = frozenset("of for and the on in at de du la le des van von da do dos del y &".split())
_WORD = re.compile(r"[A-Z0-9#][\w'’.&/-]*$")
# Words that open a post rather than a body, beside the offices ``is_role_word`` knows ("Reader in Public Health",
# "Research Fellow").
_POST_OPENERS = frozenset("""Reader Fellow Associate Emeritus Emerita Honorary Visiting Retired Former Consultant
    Partner Research Postdoctoral Doctoral PhD Adjunct Acting Interim Managing Vicar Curate Class""".split())
# Trades, positions and awards that end a post's name, beside the offices ``is_role_word`` knows ("UX Designer",
# "Centre Back", "Highly Commended").
_TRADES = frozenset("""Technician Designer Tester Specialist Developer Psychologist Therapist Porter Lead Partner
    Practitioner Caseworker Administrator Clerk Back Forward Midfielder Goalkeeper Winger Coach Scientist Fellow
    Newcomer Commended Choice Poster Midfield Defender Keeper""".split())
# Items of a day's programme, which a speakers' list gives after the names ("Panel Q&A", "Solar Schools Update").
_PROGRAMME_LAST = frozenset("""Update Business Address Session Talk Keynote Panel Workshop Introduction Remarks Q&A
    Discussion Presentation Lunch Break""".split())
_PROGRAMME_FIRST = frozenset("Welcome Keynote Panel Closing Opening".split())  # (not last: "Refugees Welcome")
# Honours, degrees and fellowships written after a name ("OBE", "MBBS", "FRCP", "MRCGP", "BA Hons").
LETTERS = re.compile(r"(?:[OCMKDGB]BE|BEM|KC|QC|MP|MSP|MEP|MLA|MPP|TD|JP|DL|PhD|DPhil|MD|MBBS|MBChB|BM|BSc|MSc|BA|"
                      r"MA|MPhil|LLB|LLM|MBA|Hons|RN|RGN|RMN|SAN|OON|OFR|MFR|CON|GCON|Esq|F[A-Z]{2,5}|M[A-Z]{3,5}|"
                      r"SJ|SVD|OSB|OFM|OP|RGS|FSC|OMI|CSsR|SDB)")  # (the last, a religious order's letters)
# Region codes after a town (US, Australian, South African, Nigerian, Philippine, Canadian), and times of day
# ("Harbourton NSW", "Orrin Valley CA", "Monday AM").
_CODES = US_STATE_CODES | frozenset("""DC NSW QLD VIC TAS SA NT ACT KZN FCT NCR GP EC WC ON BC QC AB MB SK NS NB NL
    PE YT NU AM PM""".split())
# A country's letters, where a signer's column gives their country ("Jo Arlen, USA").
_COUNTRY_LETTERS = frozenset("USA UAE DRC PRC ROC".split())
_QUARTERS = frozenset("North South East West Upper Lower Central Greater Inner Outer Old".split())
# Words that open a ward's or a village's name ("Barangay Bayog", "Ward 45", "Purok 3").
_WARDS = frozenset("Barangay Brgy Purok Sitio Ward Zone".split())
# A British postcode's halves or a ZIP code: "HB4 2QT", "WN2", "97201".
_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?|\d[A-Z]{2}|\d{5}")


def marked_as_body(segment: str) -> bool:
    """An organisational word or a word in capitals that is none of a region's code, a degree, an honour or a
    time of day: what a town's name, a post's or a person's letters do not have."""
    words = segment.split()
    return has_head_word(segment, words) or any(_capitals_mark(word) for word in words)


def _capitals_mark(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word.isupper() and word not in _CODES and \
        word not in _COUNTRY_LETTERS and LETTERS.fullmatch(word) is None


def body_shaped(segment: str, person_keys: Collection[str] = ()) -> bool:
    """Whether a segment of a signature's affiliation column can name a body (see the module docstring)."""
    words = segment.split()
    if not words or len(words) > 9 or not words[0][0].isalpha() or not _WORD.match(words[0]) or \
            words[-1] in _JOINERS:
        return False
    if any(not _WORD.match(word) and word not in _JOINERS for word in words):
        return False  # a description in lower case ("retired teacher")
    if _a_post(words) or _a_place(segment, words) or all(LETTERS.fullmatch(word) for word in words):
        return False
    if words[-1][-1].isdigit() and not marked_as_body(segment):
        return False  # "Flat 3", "Class of 2009"
    if name_key(segment) in person_keys:
        return False
    return len(words) > 1 or _capitals_mark(words[0]) and len(words[0]) >= 3


def without_post_at(segment: str) -> str:
    """The body of "Policy Adviser at Wendle Housing Trust" or "Caseworker at X"; any other segment as it is."""
    post, at, body = segment.partition(" at ")
    return body if at and body and _a_post(post.split()) else segment


def _a_post(words: list[str]) -> bool:
    """A post: "Chief Executive", "Head of the School of X", "Vice President Education", "Union Organiser", "UX
    Designer", or a programme's item ("Panel Q&A", "Welcome and AGM Business")."""
    last = words[-1].rstrip(".")
    return words[0] in _POST_OPENERS or is_role_word(words[0]) or last in _TRADES or is_role_word(last) or \
        any(is_role_word(word) for word in words) and HEADS.isdisjoint(words) or \
        words[0] in _PROGRAMME_FIRST or last in _PROGRAMME_LAST


def _a_place(segment: str, words: list[str]) -> bool:
    """A country, a state, a street or a place's word at the end ("Hollins Road", "Orrin Heights"; not "Friends
    of Arlen Park"), a town's quarter or a ward ("South Harbourton", "Barangay Bayog"), a town and its region's
    code ("Harbourton NSW"), or a postcode."""
    if is_place(segment) or is_state_or_nation(segment):
        return True
    if (words[-1] in PLACE_NOUNS or words[-1] in PLACE_WORDS) and "of" not in words:
        return True
    if len(words) == 2 and words[0] in _QUARTERS or words[0] in _WARDS:
        return True
    return len(words) >= 2 and (words[-1] in _CODES or _POSTCODE.fullmatch(words[-1]) is not None)
