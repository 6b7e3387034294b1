"""Cues a name's surrounding lines give, when the words beside it give none.

Press releases, media alerts and letters name people by layout rather than
by a sentence about them, whatever the person's given name:

* a quotation's attribution: a dash after the closing quote, then the
  speaker and perhaps what they are ('..." – Name, Grade 11 learner'), on
  the quote's line or opening the next line;
* a name, a dash, then an office ("Name — President, Students' Union");
* a signature under a closing ("In solidarity," then the name alone);
* a contact: the name, then a phone number or an e-mail address;
* a letter's salutation: "Dear", then several names of two words or more
  parted by commas and "and" (each perhaps with an office in brackets), the
  line's only words, one of them opening with a known given name ("Dear
  Valued Customers" and "Dear Esteemed Colleagues and Valued Partners" name
  no one). A line longer than a few hundred characters, or of more than
  eight commas, is no salutation.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .given_names import GIVEN_NAMES
from .line_bounds import blank_between, line_around, lines_around
from .name_tokens import PROFESSOR_GRADES
from .person_contact_lines import opens_contact_lines
from .person_context import BLANK_TO_LINE_END

# What may follow the speaker on an attribution's line: nothing, what they
# are after a comma, or a bracket ("(Equaliser)"); never a date or a year
# (a place and a year: "– Cape Town, 2016").
_ATTRIBUTION_REST = re.compile(r"[ \t]*(?:,[ \t]*(?![ \t\d])[^\n]{1,120}|\([^()\n]{1,60}\)[^\n]{0,40})?[ \t]*")
# A closing quote (perhaps after the sentence's last mark, or before a
# comma), then a dash: the text before the speaker on the quote's line.
_QUOTE_THEN_DASH = re.compile(r"[”\"’'][.,]?[ \t]*[–—-]{1,2}[ \t]*$")
_DASH_ALONE = re.compile(r"[ \t]*[–—-]{1,2}[ \t]*$")
_ENDS_QUOTE = re.compile(r"[”\"’'][ \t]*$|[.!?][”\"’'][ \t]*$")
# "— President, Students' Union": a dash, then an office among its first words.
_DASH_THEN_OFFICE = re.compile(r"[ \t]+[–—-]{1,2}[ \t]+(?P<office>(?:[\w'’-]+[ \t]+){0,2}[\w'’-]+)")
# Closings a letter's signature stands under.
_CLOSING = re.compile(
    r"(?:yours(?:[ \t]+(?:sincerely|faithfully|truly|respectfully))?(?:[ \t]+in[ \t]+solidarity)?|"
    r"(?:with[ \t]+)?(?:kind|best|warm|warmest)?[ \t]*regards|sincerely|respectfully|(?:in[ \t]+)?solidarity|"
    r"best[ \t]+wishes|with[ \t]+thanks|many[ \t]+thanks|signed)[ \t]*[,.!:]?",
    re.IGNORECASE,
)
# " on 0803 123 4567", ", 020 7946 0000", " at name@host.org": a contact's number or address.
_CONTACT_AFTER = re.compile(
    r"(?:[ \t]*[,:(]|[ \t]+(?:on|at|via|email|e-mail|tel|phone)\b:?)[ \t]*(?:\+?\d[\d \t().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+)"
)


# After an addressee: a comma, "and", a bracket or the line's end; never a
# colon ("Dear Name: We Demand ..." heads a campaign's page).
_AFTER_ADDRESSEE = re.compile(r"[ \t]*(?:,|\(|and[ \t]|\n|$)")
_BRACKETED = re.compile(r"\([^()\n]{0,80}\)")
_ADDRESSEES_SPLIT = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")
# The longest "Dear" line read, and the most commas in it: a salutation is
# short, and a line of thousands of names is not re-split for each of them.
_SALUTATION_REACH = 300
_MOST_COMMAS = 8


def addressed_in_salutation(before: str, after: str, name: str) -> bool:
    """Whether a name is one a letter's "Dear" line addresses (see the
    module docstring): ``before`` is its sentence up to the name, ``after``
    the rest of it, ``name`` the name."""
    if len(before) > _SALUTATION_REACH:
        return False
    head = before.lstrip(" \t")
    if not head.startswith("Dear ") or "\n" in head or not _AFTER_ADDRESSEE.match(after):
        return False
    rest = after[:_SALUTATION_REACH + 1].split("\n", 1)[0]
    if len(head) + len(rest) > _SALUTATION_REACH or (head + rest).count(",") > _MOST_COMMAS:
        return False
    items = [item for item in _ADDRESSEES_SPLIT.split(_BRACKETED.sub("", head[5:]).strip(" \t,")) if item]
    if not items:  # the first addressee: the line must name another ("Dear Valued Customers," names none)
        rest = _BRACKETED.sub("", rest)
        items = [item for item in _ADDRESSEES_SPLIT.split(rest.rstrip(" \t,"))[1:] if item]
        if not items:
            return False
    # one addressee at least opens with a known given name ("Dear Esteemed Colleagues and Valued Partners")
    return all(2 <= len(item.split()) <= 4 and all(word[:1].isupper() for word in item.split()) for item in items) \
        and any(item.split()[0] in GIVEN_NAMES for item in items + [name])


def _previous_line(text: str, line_start: int) -> str:
    """The nearest non-blank line above the one starting at ``line_start``."""
    lines = text[max(0, line_start - 400) : line_start].split("\n")
    return next((line for line in reversed(lines) if line.strip()), "")


def quote_attribution(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a quotation's speaker, named
    after a dash that follows the closing quote (see the module docstring)."""
    blank = start
    while blank and text[blank - 1] in " \t":
        blank -= 1
    if not blank or text[blank - 1] not in "–—-":
        return False  # every attribution has its dash right before the name: most names stop here
    line_start, line_end = lines_around(text, start, end)
    before = text[line_start:start]
    if not _ATTRIBUTION_REST.fullmatch(text, end, line_end):
        return False
    if _QUOTE_THEN_DASH.search(before):
        return True
    return _DASH_ALONE.fullmatch(before) is not None and _ENDS_QUOTE.search(_previous_line(text, line_start)) is not None


def office_after_dash(text: str, start: int, end: int, is_role_word: Callable[[str], bool]) -> str | None:
    """The office after "Name — " when the name opens its line ("Name —
    President, Students' Union"), or None."""
    line_start, line_end = lines_around(text, start, end)
    if not blank_between(text, line_start, start):
        return None
    match = _DASH_THEN_OFFICE.match(text, end, line_end)
    if not match or not any(is_role_word(word) for word in match["office"].split()):
        return None
    return text[match.start("office") : line_end].strip(" \t,.")


def signs_under_closing(text: str, start: int, end: int) -> bool:
    """Whether the name is alone on its line (after any title) right under
    a letter's closing ("Yours in solidarity," then a blank line)."""
    if BLANK_TO_LINE_END.match(text, end) is None:
        return False  # more follows the name on its line (read no further: a long line stays linear)
    line_start = line_around(text, start)[0]
    if not _TITLES_ONLY.fullmatch(text, line_start, start):
        return False
    return _CLOSING.fullmatch(_previous_line(text, line_start).strip()) is not None


# Nothing but courtesy titles, or abbreviations with their full stop
# ("Dr. ", "Atty. ", "Hon. Prof ", "The Honourable "), before a name on its line.
_TITLES_ONLY = re.compile(r"[ \t]*(?:The[ \t]+)?(?:(?:[A-Z][a-z]{1,4}\.|Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Rev|Hon|Sir|Dame|"
                          r"Honou?rable|(?:(?:" + PROFESSOR_GRADES + r"|Emeritus)[ \t]+)?Professor)"
                          r"[ \t]+)*")
# An address block's label before the titles ("Attention: ", "CC: ").
_ADDRESS_LABEL = re.compile(r"[ \t]*(?:To|TO|Attention|ATTENTION|Attn|ATTN|CC|Cc|From|FROM)[ \t]*:[ \t]*")


# A signer's place in brackets after the name, ending the line: "(Westbrook University, Harbourton)".
_BRACKETED_AFFILIATION = re.compile(r"\([A-Z][^()\n]{1,78}\)")


def titled_name_line(text: str, start: int, end: int) -> bool:
    """Whether the name fills its line after a title or two, perhaps after
    an address block's label and before a comma's description or a bracketed
    affiliation ("Dr. Prospero E. de Vera", "Attention: Prof. X", "CC: Dr. X,
    Registrar", "Prof. Dr. X (Westbrook University)", "Assistant Professor X,
    Westbrook University"): a person's line, never a title-case heading."""
    line_start, line_end = lines_around(text, start, end)
    rest = text[end:line_end].strip(" \t")
    if blank_between(text, line_start, start) or rest and not (rest[0] == "," and len(rest) <= 80 or
                                                           _BRACKETED_AFFILIATION.fullmatch(rest)):
        return False
    label = _ADDRESS_LABEL.match(text, line_start, start)
    return _TITLES_ONLY.fullmatch(text, label.end() if label else line_start, start) is not None


def contact_follows(text: str, start: int, end: int) -> bool:
    """Whether a phone number or an e-mail address follows the name, and
    the name is no office's or desk's ("Student Services", "Customer Care")."""
    return _CONTACT_AFTER.match(text, end, min(len(text), end + 80)) is not None and \
        _DESK_WORDS.isdisjoint(text[start:end].split()) or opens_contact_lines(text, start, end, _DESK_WORDS)


# Words that name a desk or a service one may call, not a person.
_DESK_WORDS = frozenset("""Services Service Relations Resources Care Office Desk Team Support Helpline Line Enquiries
    Admissions Accommodation Communications Press Reception Hotline Centre Center Unit""".split())


# A title's abbreviation and its full stop right before a name ("Engr. ").
_ABBREVIATED_TITLE = re.compile(r"(?<![\w.])(?P<title>[A-Z][a-z]{1,4})\.[ \t]+$")


def title_ending_sentence(text: str, start: int, titles: frozenset[str]) -> str:
    """The title before a name that opens a sentence only because the
    sentence finder ended the last one at the title's full stop ("addressed
    by Engr. X"), as the text before the name; else ""."""
    match = _ABBREVIATED_TITLE.search(text, max(0, start - 8), start)
    return match.group() if match and match["title"] in titles else ""
