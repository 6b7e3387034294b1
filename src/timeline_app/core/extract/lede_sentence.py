"""The lede: the first sentence of a story's body, which says what it reports.

Main-date rules read it (a date in the lede dates the act the page reports);
it is found once per document, past the headline, the date line, bylines,
page furniture, pictures' captions, a forwarded mail's header lines and a
reply's line over the mail it quotes ("On ..., Dev Pillai wrote:").
"""

from __future__ import annotations

from collections.abc import Sequence

from .captions import is_caption_line
from .headlines import is_byline
from .page_furniture import is_mail_header, is_page_furniture, is_reply_attribution
from .published import Published
from .sentences import Span

__all__ = ["find_lede"]

_GLUED_DATE_CHARS = 24


def find_lede(sentences: list[Span], headline: Span | None, published: Published,
              captions: Sequence[tuple[int, int]] = ()) -> Span:
    """First body sentence after the headline and dateline, for evidence; a
    picture's caption above the story is not its first sentence."""
    after = headline.end if headline is not None else -1
    # A publication line closing the piece ("From The Weekly, August 21,
    # 2002.") has no body after it: then the body starts after the headline.
    for start in ((max(after, published.span[1]), after) if published.span is not None else (after,)):
        for sentence in sentences:
            if (sentence.start >= start or _opens_with_date(sentence, published, start)) and \
                    len(sentence.text.split()) >= 6 and not is_page_furniture(_text_from(sentence, start)) \
                    and not is_byline(sentence.text) and not is_caption_line(sentence.text) \
                    and not is_mail_header(sentence.text) and not is_reply_attribution(sentence.text) \
                    and not any(begin <= sentence.start < end for begin, end in captions):
                return sentence
    return headline or (sentences[0] if sentences else Span(0, 0, ""))


def _text_from(sentence: Span, start: int) -> str:
    """The sentence's text from ``start`` on, blanks before it left out: a sentence the page's date is glued to is
    read for furniture from past that date."""
    return (sentence.text if sentence.start >= start else sentence.text[start - sentence.start:]).lstrip()


def _opens_with_date(sentence: Span, published: Published, body_start: int) -> bool:
    """"date 2024-03-12 Lakeland students have left the library ...": the
    publication date glued to the front of the first sentence."""
    return published.span is not None and body_start == published.span[1] and \
        sentence.start <= published.span[0] and published.span[1] - sentence.start <= _GLUED_DATE_CHARS
