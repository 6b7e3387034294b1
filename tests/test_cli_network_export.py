"""`timeline-app export --format graphml|gexf`: the network of organisations
and people, with the same filter flags as every other format."""

from __future__ import annotations

from pathlib import Path

import networkx
import pytest
from network_archive import ASQUITH, NUS, PLANET, UCU, UNISON, build_network_archive

from timeline_app.cli import main
from timeline_app.core.store import Store

READERS = {"graphml": networkx.read_graphml, "gexf": networkx.read_gexf}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "timeline.db"
    with Store.open(path) as store:
        build_network_archive(store)
    return path


def _labels(fmt: str, path: Path) -> set[str]:
    graph = READERS[fmt](path)
    return {graph.nodes[n]["label"] for n in graph.nodes}


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_the_network_exports_to_a_file_gephi_and_networkx_read(db, tmp_path, fmt, capsys):
    out = tmp_path / f"network.{fmt}"
    assert main(["export", "--db", str(db), "--format", fmt, "-o", str(out)]) == 0
    graph = READERS[fmt](out)
    by_label = {graph.nodes[n]["label"]: n for n in graph.nodes}
    assert graph.edges[by_label[NUS], by_label[UCU]]["weight"] == 3
    assert f"wrote {out}" in capsys.readouterr().err
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_the_network_export_honours_the_year_kind_and_org_flags(db, tmp_path, fmt):
    out = tmp_path / f"network.{fmt}"
    assert main(["export", "--db", str(db), "--format", fmt, "-o", str(out),
                 "--year", "2018", "--kind", "protest"]) == 0
    assert _labels(fmt, out) == {NUS, UCU}
    assert main(["export", "--db", str(db), "--format", fmt, "-o", str(out),
                 "--org", "Unison"]) == 0
    assert _labels(fmt, out) == {NUS, UCU, UNISON, ASQUITH}  # people too
    assert main(["export", "--db", str(db), "--format", fmt, "-o", str(out),
                 "--search", "divestment"]) == 0
    assert _labels(fmt, out) == {PLANET}


def test_the_network_goes_to_standard_output_without_a_file(db, capsysbinary):
    assert main(["export", "--db", str(db), "--format", "gexf"]) == 0
    assert capsysbinary.readouterr().out.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
