"""A filter as SQL: the WHERE clause and the id query every filtered read uses.

``EventFilter`` is a plain value shared with the CLI and the window; only
the store knows how it reads as SQL. Every value goes in as a parameter.
"""

from __future__ import annotations

from ..filters import EventFilter, fts_query


def where_clause(event_filter: EventFilter) -> tuple[str, list[object]]:
    """A WHERE clause over ``events`` (aliased ``e``) and its parameters."""
    clauses: list[str] = []
    params: list[object] = []
    if event_filter.organisation_ids:
        marks = ",".join("?" * len(event_filter.organisation_ids))
        organisers = " AND role = 'organiser'" if event_filter.organisers_only else ""
        clauses.append(
            "e.id IN (SELECT event_id FROM event_organisations"
            f" WHERE organisation_id IN ({marks}){organisers})"
        )
        params.extend(event_filter.organisation_ids)
    if event_filter.person_ids:
        marks = ",".join("?" * len(event_filter.person_ids))
        clauses.append(
            f"e.id IN (SELECT event_id FROM event_people WHERE person_id IN ({marks}))"
        )
        params.extend(event_filter.person_ids)
    if event_filter.year_from is not None:
        clauses.append("e.year >= ?")
        params.append(event_filter.year_from)
    if event_filter.year_to is not None:
        clauses.append("e.year <= ?")
        params.append(event_filter.year_to)
    if event_filter.kinds:
        marks = ",".join("?" * len(event_filter.kinds))
        clauses.append(f"e.kind IN ({marks})")
        params.extend(event_filter.kinds)
    if event_filter.hides_context:
        clauses.append("e.kind != 'context'")
    if event_filter.hide_undated:
        clauses.append("e.t_start IS NOT NULL AND e.precision != 'unknown'")
    if event_filter.hide_approximate:
        clauses.append("e.precision NOT IN ('approximate', 'unknown')")
    query = fts_query(event_filter.text)
    if query:
        # An event matches when its document's text does, or its own
        # title or note does: two index lookups, never a scan of titles.
        clauses.append(
            "(e.document_id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)"
            " OR e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?))"
        )
        params.extend([query, query])
    return (" AND ".join(clauses) or "1"), params

def shown_where_clause(event_filter: EventFilter) -> tuple[str, list[object]]:
    """``where_clause`` for the events a person sees: not the reports hidden
    behind the event they were joined into, and with enough sources."""
    where, params = where_clause(event_filter)
    where = f"({where}) AND e.consolidated_into IS NULL"
    if event_filter.min_sources > 1:
        where += " AND e.source_count >= ?"
        params = [*params, event_filter.min_sources]
    return where, params


def matching_ids_query(event_filter: EventFilter) -> tuple[str, list[object]]:
    """A SELECT of the matching event ids (one column), in no set order.

    A filter on organisations alone (or people alone) is answered from
    the link table's (organisation, event) index without touching
    ``events``; anything else filters ``events`` through ``where_clause``.
    """
    only_orgs = event_filter.organisation_ids and event_filter == EventFilter(
        organisation_ids=event_filter.organisation_ids, organisers_only=event_filter.organisers_only)
    only_people = event_filter.person_ids and event_filter == EventFilter(
        person_ids=event_filter.person_ids)
    if only_orgs or only_people:
        table, column, wanted = (
            ("event_organisations", "organisation_id", event_filter.organisation_ids) if only_orgs
            else ("event_people", "person_id", event_filter.person_ids))
        marks = ",".join("?" * len(wanted))
        organisers = " AND l.role = 'organiser'" if only_orgs and event_filter.organisers_only else ""
        # Several organisations can name the same event twice; callers
        # use the ids as a set (np.unique, IN), so no DISTINCT sort here.
        # A report joined into another event keeps its links but is not shown.
        return (f"SELECT l.event_id FROM {table} l JOIN events e ON e.id = l.event_id"
                f" WHERE l.{column} IN ({marks}){organisers} AND e.consolidated_into IS NULL",
                list(wanted))
    where, params = shown_where_clause(event_filter)
    return f"SELECT e.id FROM events e WHERE {where}", params
