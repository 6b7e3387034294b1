"""The key under which two spellings of one organisation or person meet.

Imports, edits and the collection reader all look names up by this key, so
it lives on its own, below everything that stores names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"'})


@lru_cache(maxsize=8192)  # imports normalise the same few hundred names again and again
def normalise_name(name: str) -> str:
    """The key two spellings of one name share: case, quotes, spaces, a leading "the"."""
    text = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).casefold()
    text = re.sub(r"\s+", " ", text).strip(" .,;:")
    return re.sub(r"^the ", "", text)
