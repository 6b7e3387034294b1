"""E-mail messages (.eml): subject, date, sender and body text.

The plain-text body is preferred; an HTML-only message goes through the HTML
reader's main-text extraction. A malformed header costs only that header.
Subject, From and Date are parsed from their first few kilobytes only: the
stdlib's header parser slows down faster than linearly, and a title is cut
to a few hundred characters anyway.
"""

from __future__ import annotations

import email
import email.utils
from email import policy
from email.message import EmailMessage

from timeline_app.core.models import ReadDocument
from timeline_app.core.readers.dates import iso_date
from timeline_app.core.readers.encodings import check_not_binary, decode_text
from timeline_app.core.readers.errors import ReadError
from timeline_app.core.readers.fields import clean_short_field
from timeline_app.core.readers.html import html_to_text


def read_eml(data: bytes) -> ReadDocument:
    """Read one RFC 5322 message from its raw bytes."""
    # Refuses binary junk before the parser turns it into "headers".
    check_not_binary(data[: 64 * 1024])
    message = email.message_from_bytes(data, policy=policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise ReadError("not an e-mail message (no headers found)")
    text = _body_text(message)
    if not text.strip():
        raise ReadError("no text found")
    return ReadDocument(
        text=text,
        format="eml",
        title=_header(message, "Subject"),
        published=_sent_date(message),
        source=_sender(message),
    )


def _body_text(message: EmailMessage) -> str:
    for subtype in ("plain", "html"):
        part = _safe_body(message, subtype)
        if part is None:
            continue
        content = _part_text(part)
        if subtype == "html":
            content = html_to_text(content)
        if content.strip():
            return content.strip("\n")
    return ""


def _safe_body(message: EmailMessage, subtype: str) -> EmailMessage | None:
    try:
        return message.get_body(preferencelist=(subtype,))  # type: ignore[return-value]
    except (KeyError, ValueError, TypeError, AttributeError, LookupError):
        return None


def _part_text(part: EmailMessage) -> str:
    """Decoded text of one MIME part, surviving unknown or wrong charsets."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    if not payload:
        return ""
    declared = part.get_content_charset()
    try:
        return decode_text(payload, declared)
    except ReadError:
        return ""  # a binary part is no body text


_HEADER_SCAN_CHARS = 4096


def _parsed_header(message: EmailMessage, name: str) -> object | None:
    """Header ``name`` parsed from at most its first ``_HEADER_SCAN_CHARS`` characters."""
    wanted = name.lower()
    for key, raw in message.raw_items():
        if key.lower() == wanted:
            if not isinstance(raw, str):
                return raw
            return message.policy.header_fetch_parse(key, raw[:_HEADER_SCAN_CHARS])
    return None


def _header(message: EmailMessage, name: str) -> str | None:
    try:
        value = _parsed_header(message, name)
    except (ValueError, TypeError, IndexError, AttributeError, LookupError):
        return None
    if value is None:
        return None
    return clean_short_field(value)


def _sent_date(message: EmailMessage) -> str | None:
    """Date header as the sender wrote it (their local day); None if malformed."""
    try:
        header = _parsed_header(message, "Date")
    except (ValueError, TypeError, IndexError, AttributeError, LookupError):
        return None
    if header is None:
        return None
    stamp = getattr(header, "datetime", None)
    if stamp is not None:
        return iso_date(stamp)
    try:
        return iso_date(email.utils.parsedate_to_datetime(str(header)))
    except (ValueError, TypeError, IndexError, OverflowError):
        return None


def _sender(message: EmailMessage) -> str | None:
    """The sender's display name, or failing that the domain of their address."""
    try:
        header = _parsed_header(message, "From")
        addresses = getattr(header, "addresses", ()) if header is not None else ()
    except (ValueError, TypeError, IndexError, AttributeError, LookupError):
        return None
    for address in addresses:
        name = clean_short_field(address.display_name)
        if name:
            return name
        if address.domain:
            return clean_short_field(address.domain)
    return _header(message, "From")
