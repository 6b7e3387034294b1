"""The network of organisations and people as GraphML and GEXF, for Gephi,
Cytoscape, yEd and networkx.

Both files hold the same graph as the network view (``core.network``) over
the events the filter passes, people included: each node has a label, its
kind ("organisation" or "person") and its number of events; each edge the
number of events the two share as its weight. Node ids (``o12``, ``p3``) are
the database ids, so two exports of one archive can be compared.

Names come from documents: anything XML 1.0 cannot hold (control
characters, lone surrogates) is dropped and the rest escaped, so a hostile
name can never break the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO
from xml.sax.saxutils import quoteattr

from ..filters import EventFilter
from ..network import Network, build_network
from ..store import Store

_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _attribute(value: object) -> str:
    """``value`` as a quoted XML attribute, with characters XML forbids removed."""
    return quoteattr(_NOT_XML.sub("", str(value)), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _write_lines(out: BinaryIO, lines: Iterator[str]) -> None:
    for line in lines:
        out.write(line.encode("utf-8"))
        out.write(b"\n")


def _graphml_lines(network: Network) -> Iterator[str]:
    yield '<?xml version="1.0" encoding="UTF-8"?>'
    yield ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
           ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
           ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
           ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">')
    yield '  <key id="label" for="node" attr.name="label" attr.type="string"/>'
    yield '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>'
    yield '  <key id="events" for="node" attr.name="events" attr.type="int"/>'
    yield '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>'
    yield '  <graph id="timeline" edgedefault="undirected">'
    for node in range(network.node_count):
        yield (f'    <node id={_attribute(network.node_key(node))}>'
               f'<data key="label">{_attribute(network.names[node])[1:-1]}</data>'
               f'<data key="kind">{network.kind_of(node)}</data>'
               f'<data key="events">{int(network.events[node])}</data></node>')
    for source, target, weight in _edges(network):
        yield (f'    <edge source="{source}" target="{target}">'
               f'<data key="weight">{weight}</data></edge>')
    yield "  </graph>"
    yield "</graphml>"


def _gexf_lines(network: Network) -> Iterator[str]:
    yield '<?xml version="1.0" encoding="UTF-8"?>'
    yield ('<gexf xmlns="http://www.gexf.net/1.2draft"'
           ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
           ' xsi:schemaLocation="http://www.gexf.net/1.2draft'
           ' http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">')
    yield '  <meta><creator>Timeline</creator></meta>'
    yield '  <graph mode="static" defaultedgetype="undirected">'
    yield '    <attributes class="node">'
    yield '      <attribute id="kind" title="kind" type="string"/>'
    yield '      <attribute id="events" title="events" type="integer"/>'
    yield '    </attributes>'
    yield '    <nodes>'
    for node in range(network.node_count):
        yield (f'      <node id={_attribute(network.node_key(node))}'
               f' label={_attribute(network.names[node])}><attvalues>'
               f'<attvalue for="kind" value="{network.kind_of(node)}"/>'
               f'<attvalue for="events" value="{int(network.events[node])}"/>'
               '</attvalues></node>')
    yield '    </nodes>'
    yield '    <edges>'
    for number, (source, target, weight) in enumerate(_edges(network)):
        yield (f'      <edge id="{number}" source="{source}" target="{target}"'
               f' weight="{weight}"/>')
    yield '    </edges>'
    yield '  </graph>'
    yield '</gexf>'


def _edges(network: Network) -> Iterator[tuple[str, str, int]]:
    keys = [network.node_key(n) for n in range(network.node_count)]
    for source, target, weight in zip(network.sources.tolist(), network.targets.tolist(),
                                      network.weights.tolist(), strict=True):
        yield keys[source], keys[target], int(weight)


def write_graphml(store: Store, event_filter: EventFilter, out: BinaryIO) -> None:
    """The network of organisations and people of the matching events, as GraphML."""
    _write_lines(out, _graphml_lines(build_network(store, event_filter, with_people=True)))


def write_gexf(store: Store, event_filter: EventFilter, out: BinaryIO) -> None:
    """The network of organisations and people of the matching events, as GEXF 1.2."""
    _write_lines(out, _gexf_lines(build_network(store, event_filter, with_people=True)))
