"""Publishers and short event titles.

Event titles are the event's sentence trimmed to a readable length, not the
document's opening; the page's headline is found by ``headlines``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .document_memo import remembered
from .title_actors import actor_title, doer_title
from .title_letters import addressed_title, letter_named_in
from .title_openings import with_acronyms, without_kicker, without_opening
from .title_last_resort import ended_at_last_break
from .title_frames import without_frame
from .title_compression import without_dashed_aside
from .title_headline import register_title
from .title_headline_verbs import headline_ended
from .title_tightening import acronym_kept, phrase_stands, tightened, waits_for_object, without_count
from .title_phrases import DATE_GOES_ON, EVENT_TITLE_CHARS, GLUED_DATE, hangs, phrase_title, whole_phrase

_TITLE_CHARS = 90
# (pattern, words one of which every match contains), in order of trust;
# the pattern runs only when one of its words is in the text.
_SOURCE_PATTERNS = tuple(
    (re.compile(p, re.MULTILINE), words)
    for p, words in (
        (r"(?:originally|first) (?:published|appeared) (?:on|in|by) (?:the )?(?P<s>[A-Z][\w&'’ .-]{1,40}?)\s*[.\n]",
         ("ly published", "st published", "ly appeared", "st appeared")),
        (r"^Source:\s*(?:the )?(?P<s>[A-Z][\w&'’ .-]{1,40}?)\s*$", ("Source:",)),
        (r"^©\s*(?:\d{4}\s+)?(?:the )?(?P<s>[A-Z][\w&'’ -]{1,40}?)[.\s]*$", ("©",)),
        (r"^Copyright\s*(?:©\s*)?(?:\d{4}\s+)?(?:the )?(?P<s>[A-Z][\w&'’ -]{1,40}?)[.\s]*$", ("Copyright",)),
    )
)
# "(Jo Marlowe/Hilltown Gazette via AP) See 8 more photos Scores of …": a
# picture's credit and gallery link left in front of a sentence when a page's
# copy lost its line breaks; they name no event.
_LEADING_CREDIT = re.compile(r"^\([^()\n]{2,80}/[^()\n]{2,80}\)[ \t]*(?:see[ \t]+\d+[ \t]+more[ \t]+photos?[ \t]*)?",
                             re.IGNORECASE)
_LEADING_DATE_CLAUSE = re.compile(
    r"^(?:(?:on|in|by|since|last|earlier|later|this|next|today|yesterday|tomorrow)\b"
    r"(?:[^,]|,(?=" + DATE_GOES_ON + r")){0,40},"
    r"(?!" + DATE_GOES_ON + r")\s*)",
    re.IGNORECASE,
)


def find_source(text: str) -> str | None:
    """Publisher named by the text itself ("originally published on Canary")."""
    for pattern, words in _SOURCE_PATTERNS:
        if not any(word in text for word in words):
            continue
        match = pattern.search(text)
        if match:
            return match["s"].strip().rstrip(".")
    return None


def event_title(sentence: str, date_text: str | None = None, kind: str = "other",
                written: Sequence[tuple[str, str]] = ()) -> str:
    """A timeline entry's title from an event's sentence: at most
    ``EVENT_TITLE_CHARS`` characters, a complete phrase where the sentence
    has one (see ``titles_phrases.phrase_title``), else who did it and what
    (see ``whole_title``)."""
    return whole_title(trimmed_sentence(sentence, date_text), kind, written, date_text)


def whole_title(text: str, kind: str = "other", written: Sequence[tuple[str, str]] = (),
                dated: str | None = None) -> str:
    """``text`` made a title (``_whole_title``); when it is cut and ``text``
    opens with a count of people, the title of ``text`` without the count,
    if that is not cut and ends waiting for nothing."""
    title = _whole_title(text, kind, written, dated, strict=True)
    if title.endswith("…") and (undashed := without_dashed_aside(text)) != text:
        shortened = _whole_title(undashed, kind, written, dated, strict=True)  # ("the guild – ... – has called")
        if not shortened.endswith("…"):
            return shortened
    if title.endswith("…"):  # (no strict title: one ending where a clause or a verb still waits beats a cut one)
        title = _whole_title(text, kind, written, dated)
    if title.endswith("…") and (uncounted := without_count(text)) != text:
        retitled = _whole_title(uncounted, kind, written, dated)
        if retitled.endswith("…") or waits_for_object(retitled):
            return title  # (a count is worth keeping over a title that ends waiting: "the offer made")
        return retitled[:1].upper() + retitled[1:]
    return title


def _whole_title(text: str, kind: str = "other", written: Sequence[tuple[str, str]] = (),
                 dated: str | None = None, strict: bool = False) -> str:
    """``text`` made a title; when only a cut one fits, the title of
    ``text`` tightened (``title_tightening``), else "<Actor> <kind noun>"
    from the event's ``kind`` and the organisations ``written`` in ``text``
    (as written, as named; see ``title_actors``) if one of them does the
    action, else "<Kind noun> by <the people who did it>", else ``text``
    ended before its last phrase that only adds to it, else "<Actor> <kind
    noun>" for a body that announces the action."""
    if kind == "letter":
        named = letter_named_in(with_acronyms(text), EVENT_TITLE_CHARS)
        if named is not None:
            return named
    title = phrase_title(text, EVENT_TITLE_CHARS, dated, strict)
    if kind == "letter":
        title = addressed_title(title) or title
    if not title.endswith("…"):
        return title
    tight = remembered(tightened, text)  # (asked again below: the acting text is often the same)
    if tight != text:
        shorter = acronym_kept(phrase_title(tight, EVENT_TITLE_CHARS, dated, strict), tight, text)
        if not shorter.endswith("…") and whole_phrase(shorter, strict):
            return shorter
    plain = without_opening(" ".join(text.split()))
    reframed = remembered(_unframed_title, plain, dated)  # (asked again by the plain pass after the strict one)
    if reframed is not None:
        return reframed
    acting = with_acronyms(plain)
    if written and kind != "other":
        named = actor_title(acting, kind, written)
        if named is not None:
            return named
    tight_acting = remembered(tightened, acting)
    return doer_title(tight_acting, kind) or _ended_at_last_break(tight_acting) \
        or register_title(tight_acting, written, dated, _ended_at_last_break, strict) \
        or kind != "other" and actor_title(acting, kind, written, announced=True) or title  # (doing: asked above)


def _unframed_title(plain: str, dated: str | None) -> str | None:
    """The title of ``plain`` (a sentence without its opening) without the frame it was reported in
    (``title_frames``), as it is or tightened, when that is a whole phrase and a strict one; None otherwise."""
    bare = without_frame(plain)
    if bare == plain:
        return None
    for candidate in (bare, remembered(tightened, bare)):
        title = phrase_title(candidate, EVENT_TITLE_CHARS, dated, strict=True)
        if not title.endswith("…") and whole_phrase(title, strict=True):
            return title
    return None


def _ended_at_last_break(text: str) -> str | None:
    """``text`` ended before its last phrase that only adds (``title_last_resort``); when none fits, the
    same of ``text`` without a headline's kicker ("Victory: Cleaners at Arlen College win ... | on pay"),
    which ``phrase_title`` drops too when it has to cut."""
    ended = ended_at_last_break(text, EVENT_TITLE_CHARS, _stands)
    if ended is None and (unkicked := without_kicker(text)) != text:
        ended = ended_at_last_break(unkicked, EVENT_TITLE_CHARS, _stands)
    if ended is None:  # (a headline's verb in title case or a plural present: "... Union Launches Petition")
        return headline_ended(text, EVENT_TITLE_CHARS, lambda read, limit: ended_at_last_break(read, limit, _stands))
    return ended


def _stands(phrase: str) -> bool:
    return phrase_stands(phrase, whole_phrase, hangs)


def trimmed_sentence(sentence: str, date_text: str | None = None) -> str:
    """The sentence without a leading clause holding the date ("Last month,
    ...") or a glued metadata date, without quotes, capitalised."""
    text = _LEADING_CREDIT.sub("", GLUED_DATE.sub("", sentence.strip()))
    lead = _LEADING_DATE_CLAUSE.match(text)
    if lead and (date_text is None or date_text in lead.group()):
        text = text[lead.end():]
    text = text.strip("“”\"'‘’ -–—")
    if text:
        text = text[0].upper() + text[1:]
    return text


def shorten(text: str, limit: int = _TITLE_CHARS) -> str:
    """``text`` cut to ``limit`` characters at a word boundary, with an ellipsis."""
    text = " ".join(text.split()).rstrip(".:;, ")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:- ")
    return cut + "…"
