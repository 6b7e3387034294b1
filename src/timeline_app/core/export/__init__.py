"""Exports: what the timeline shows, in the formats other tools read.

``FORMATS`` maps a format name (the CLI's ``--format``) to a writer taking
the store, the filter and a binary stream. Names are a public interface.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from ..filters import EventFilter
from ..store import Store
from .json_export import write_json

Writer = Callable[[Store, EventFilter, BinaryIO], None]

FORMATS: dict[str, Writer] = {"json": write_json}

# The text formats (core, no Qt). The image formats (png, svg, pdf) need Qt
# and live in ui.image_export; the CLI dispatches them lazily.
from .csv_export import write_csv  # noqa: E402
from .ics_export import write_ics  # noqa: E402
from .timelinejs_export import write_timelinejs  # noqa: E402

FORMATS.update({"csv": write_csv, "ics": write_ics, "timelinejs": write_timelinejs})

# The network of organisations and people (who shares events with whom).
from .network_export import write_gexf, write_graphml  # noqa: E402

FORMATS.update({"graphml": write_graphml, "gexf": write_gexf})

#: Formats rendered from the timeline canvas (``ui.image_export``); listed
#: here so core and the CLI can name every format without importing Qt.
IMAGE_FORMAT_NAMES: tuple[str, ...] = ("png", "svg", "pdf")
#: Formats that are binary and so need ``-o FILE`` rather than standard output.
BINARY_FORMAT_NAMES: frozenset[str] = frozenset({"png", "pdf"})
