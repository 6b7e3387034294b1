"""The Timeline database: every SQL statement the app runs lives in this package.

One ``Store`` wraps one SQLite connection (sqlite-utils on top). Writers and
readers on other threads open their own ``Store`` on the same file; WAL mode
lets the window read while an import writes. Its methods come from one
module per concern, so each stays small:

- ``connection``: opening, checks, pragmas, migrations, write transactions
- ``import_writes``: one imported document with all extracted from it
- ``consolidating_writes``, ``event_sources``: the sources of each event, which
  event an imported mention joins, and the user's split/merge/move decisions
- ``consolidation_mirror``: the shown events an import compares mentions with, in memory
- ``collection_writes``: a shared collection file
- ``documents``, ``events``, ``entities``, ``aliases``: rows and links that
  edits change and undo puts back
- ``link_roles``: the role of each event's organisations and people
- ``timeline_reads``: the canvas's and filters' reads of every matching event
- ``window_reads``: the panes' and exports' reads of a few rows
- ``profile_reads``, ``goto_reads``: an entity's profile; the "go to" box
- ``network_reads``: who appears in the matching events, and who together
"""

from __future__ import annotations

from .aliases import AliasRecords, AliasRow
from .collection_writes import CollectionWrites
from .column_index_reads import ColumnIndexReads
from .connection import StoreConnection
from .documents import DocumentRecords
from .entities import EntityRecords
from .events import EventRecords
from .goto_reads import GoToReads
from .import_writes import DocumentImportWrites
from .link_roles import LinkRoles
from .names import normalise_name
from .profile_reads import ProfileReads
from .network_reads import NetworkReads
from .timeline_reads import TimelineReads
from .window_reads import TableRow, WindowReads


class Store(
    StoreConnection,
    DocumentImportWrites,
    CollectionWrites,
    DocumentRecords,
    EventRecords,
    EntityRecords,
    AliasRecords,
    LinkRoles,
    TimelineReads,
    ColumnIndexReads,
    WindowReads,
    ProfileReads,
    GoToReads,
    NetworkReads,
):
    """A Timeline database. Use ``Store.open(path)``; close it when done."""


__all__ = ["AliasRow", "Store", "TableRow", "normalise_name"]
