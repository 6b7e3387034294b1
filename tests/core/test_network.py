"""The co-occurrence network, its layout, its GraphML/GEXF exports (read back
by networkx) and the cast over time, on a small archive counted by hand."""

from __future__ import annotations

import io

import networkx
import numpy as np
import pytest
from network_archive import ASQUITH, NUS, PLANET, UCU, UNISON, UNITE, build_network_archive

from timeline_app.core.cast import cast_over_time
from timeline_app.core.export import FORMATS
from timeline_app.core.filters import EventFilter
from timeline_app.core.network import build_network
from timeline_app.core.network_layout import layout_network, positions_by_key


@pytest.fixture
def archive(fresh_store):
    return fresh_store, build_network_archive(fresh_store)


def _edges_by_name(network) -> dict[frozenset[str], int]:
    return {frozenset((network.names[a], network.names[b])): int(w)
            for a, b, w in zip(network.sources, network.targets, network.weights)}


def test_nodes_are_counted_by_events_largest_first(archive):
    store, _ids = archive
    network = build_network(store)
    assert network.names == (NUS, UCU, PLANET, UNISON, UNITE)
    assert network.events.tolist() == [5, 3, 1, 1, 1]


def test_edges_are_weighted_by_shared_events(archive):
    store, _ids = archive
    assert _edges_by_name(build_network(store)) == {
        frozenset((NUS, UCU)): 3, frozenset((NUS, UNISON)): 1,
        frozenset((UCU, UNISON)): 1, frozenset((NUS, UNITE)): 1}


def test_a_cap_keeps_the_largest_nodes_and_the_edges_between_them(archive):
    store, _ids = archive
    network = build_network(store, max_nodes=2)
    assert network.names == (NUS, UCU) and network.total_nodes == 5
    assert _edges_by_name(network) == {frozenset((NUS, UCU)): 3}


def test_people_join_the_network_only_when_asked(archive):
    store, ids = archive
    assert build_network(store).index_of("person", ids[ASQUITH]) is None
    network = build_network(store, with_people=True)
    node = network.index_of("person", ids[ASQUITH])
    assert node is not None and network.kind_of(node) == "person"
    assert _edges_by_name(network)[frozenset((NUS, ASQUITH))] == 1


def test_the_network_follows_the_year_and_kind_filters(archive):
    store, _ids = archive
    in_2018 = build_network(store, EventFilter(year_from=2018, year_to=2018))
    assert set(in_2018.names) == {NUS, UCU, PLANET}
    assert _edges_by_name(in_2018) == {frozenset((NUS, UCU)): 1}
    protests = build_network(store, EventFilter(kinds=("protest",)))
    assert _edges_by_name(protests)[frozenset((NUS, UCU))] == 2
    assert build_network(store, EventFilter(text="divestment")).names == (PLANET,)


def test_an_organisation_filter_leaves_that_organisation_and_its_partners(archive):
    store, ids = archive
    network = build_network(store, EventFilter(organisation_ids=(ids[UNISON],)))
    assert set(network.names) == {NUS, UCU, UNISON}
    assert set(_edges_by_name(network).values()) == {1}


def test_the_layout_is_the_same_every_time_and_fits_the_unit_square(archive):
    store, _ids = archive
    network = build_network(store)
    first, again = layout_network(network), layout_network(network)
    assert first.shape == (network.node_count, 2)
    assert np.array_equal(first, again)
    assert np.abs(first).max() == pytest.approx(1.0)


def test_a_previous_layout_keeps_nodes_that_stay_near_where_they_were(archive):
    store, ids = archive
    network = build_network(store)
    before = positions_by_key(network, layout_network(network))
    smaller = build_network(store, EventFilter(organisation_ids=(ids[UCU],)))
    after = positions_by_key(smaller, layout_network(smaller, before))
    nus, ucu = f"o{ids[NUS]}", f"o{ids[UCU]}"
    # Both moved together: their order along the longer axis is kept.
    axis = int(np.argmax(np.abs(np.subtract(before[nus], before[ucu]))))
    assert (before[nus][axis] < before[ucu][axis]) == (after[nus][axis] < after[ucu][axis])


def _exported_graph(store, fmt: str, event_filter: EventFilter | None = None):
    out = io.BytesIO()
    FORMATS[fmt](store, event_filter or EventFilter(), out)
    reader = networkx.read_graphml if fmt == "graphml" else networkx.read_gexf
    return reader(io.BytesIO(out.getvalue()))


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_the_export_reads_back_in_networkx_with_the_same_nodes_and_weights(archive, fmt):
    store, ids = archive
    graph = _exported_graph(store, fmt)
    network = build_network(store, with_people=True)
    assert not graph.is_directed()
    assert set(graph.nodes) == {network.node_key(n) for n in range(network.node_count)}
    labels = {graph.nodes[n]["label"] for n in graph.nodes}
    assert labels == set(network.names)
    nus = f"o{ids[NUS]}"
    assert int(graph.nodes[nus]["events"]) == 5
    assert graph.nodes[f"p{ids[ASQUITH]}"]["kind"] == "person"
    weights = {frozenset((graph.nodes[a]["label"], graph.nodes[b]["label"])): int(w)
               for a, b, w in graph.edges(data="weight")}
    assert weights == _edges_by_name(network)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_the_export_honours_the_filter(archive, fmt):
    store, _ids = archive
    graph = _exported_graph(store, fmt, EventFilter(year_from=2018))
    assert {graph.nodes[n]["label"] for n in graph.nodes} == {NUS, UCU, PLANET}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_a_hostile_name_cannot_break_the_file(fresh_store, fmt):
    from timeline_app.core import editing

    hostile = 'Bad "<union>" & \x01\x0b co\'s </graph>'
    editing.add_event(fresh_store, title="x", start="2019", organisations=[hostile, NUS])
    graph = _exported_graph(fresh_store, fmt)
    assert {graph.nodes[n]["label"] for n in graph.nodes} == {
        'Bad "<union>" &  co\'s </graph>', NUS}


def test_the_cast_lists_who_was_active_each_year_and_flags_newcomers(archive):
    store, _ids = archive
    cast = {year.year: year for year in cast_over_time(store)}
    assert sorted(cast) == [2016, 2017, 2018]
    assert [m.name for m in cast[2016].active] == [NUS, UCU]
    assert cast[2016].active[0].events == 2
    assert [m.name for m in cast[2016].new] == [NUS, UCU]
    assert [m.name for m in cast[2017].new] == [UNISON]
    assert {m.name for m in cast[2018].active} == {NUS, UCU, PLANET}
    assert [m.name for m in cast[2018].new] == [PLANET]


def test_a_year_filter_does_not_make_old_actors_look_new(archive):
    store, _ids = archive
    cast = cast_over_time(store, EventFilter(year_from=2018))
    assert [year.year for year in cast] == [2018]
    assert [m.name for m in cast[0].new] == [PLANET]


def test_the_cast_can_include_people(archive):
    store, _ids = archive
    cast = {year.year: year for year in cast_over_time(store, with_people=True)}
    assert ASQUITH in [m.name for m in cast[2017].new]
    assert UNITE not in {m.name for year in cast.values() for m in year.active}
