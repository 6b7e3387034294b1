"""Pictures of the timeline: PNG at 2x, SVG and PDF, with caption, axis, lanes and legend."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pypdf
import pytest
from export_samples import NUS, build_sample
from PySide6.QtGui import QImage

from timeline_app.core.filters import EventFilter
from timeline_app.core.store import Store
from timeline_app.core.timeline_data import TimelineData
from timeline_app.ui.canvas import TimelineCanvas
from timeline_app.ui.image_export import (
    CAPTION_HEIGHT, IMAGE_FORMATS, LEGEND_HEIGHT, export_image,
)

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def sample(fresh_store: Store) -> Store:
    build_sample(fresh_store)
    return fresh_store


def _svg_texts(path: Path) -> tuple[ET.Element, str]:
    root = ET.parse(path).getroot()
    texts = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    return root, texts


def test_png_is_twice_the_requested_size(qapp, sample, tmp_path):
    out = tmp_path / "timeline.png"
    export_image(sample, EventFilter(), "png", out, width=800, height=500)
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1600, 1000)


def test_png_shows_events_in_their_kind_colours(qapp, sample, tmp_path):
    out = tmp_path / "timeline.png"
    export_image(sample, EventFilter(kinds=("walkout",)), "png", out, width=800, height=500)
    image = QImage(str(out))
    # The walkout marker's vermillion (#D55E00) appears somewhere in the picture.
    found = any(
        image.pixelColor(x, y).name() == "#d55e00"
        for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
    )
    assert found


def test_svg_is_well_formed_with_caption_axis_lanes_and_legend(qapp, sample, tmp_path):
    out = tmp_path / "timeline.svg"
    export_image(sample, EventFilter(), "svg", out, width=900, height=600)
    root, texts = _svg_texts(out)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 900 600"
    assert "Timeline" in texts and "9 events" in texts  # caption
    assert "2017" in texts  # axis
    for kind in ("Walkout", "Campaign", "Letter", "Vote", "Protest", "Occupation", "Other"):
        assert kind in texts  # lane headers and legend
    assert "Petition" not in texts  # the legend lists only kinds present


def test_svg_caption_names_the_filter_and_legend_follows_it(qapp, sample, tmp_path):
    nus = sample.find_organisation_ids("NUS")
    out = tmp_path / "timeline.svg"
    export_image(sample, EventFilter(organisation_ids=tuple(nus)), "svg", out, 900, 600)
    _root, texts = _svg_texts(out)
    assert f"organisation: {NUS}" in texts
    assert "3 events" in texts
    assert "Protest" not in texts and "Vote" not in texts


def test_pdf_is_one_page_with_the_pictures_proportions(qapp, sample, tmp_path):
    out = tmp_path / "timeline.pdf"
    export_image(sample, EventFilter(), "pdf", out, width=1200, height=600)
    assert out.read_bytes().startswith(b"%PDF-")
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) / float(box.height) == pytest.approx(2.0, rel=0.01)
    text = reader.pages[0].extract_text()
    assert "Timeline" in text and "Walkout" in text


def test_dialog_formats_render_the_canvas_view_at_its_size(qtbot, sample, tmp_path):
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(700, 380)
    canvas.set_data(TimelineData.from_columns(**sample.timeline_columns()))
    IMAGE_FORMATS["png"](canvas, tmp_path / "view.png")
    image = QImage(str(tmp_path / "view.png"))
    assert (image.width(), image.height()) == (1400, 2 * (380 + CAPTION_HEIGHT + LEGEND_HEIGHT))
    IMAGE_FORMATS["svg"](canvas, tmp_path / "view.svg")
    root, texts = _svg_texts(tmp_path / "view.svg")
    assert root.get("viewBox") == f"0 0 700 {380 + CAPTION_HEIGHT + LEGEND_HEIGHT}"
    assert "Walkout" in texts
    IMAGE_FORMATS["pdf"](canvas, tmp_path / "view.pdf")
    assert len(pypdf.PdfReader(tmp_path / "view.pdf").pages) == 1
    assert canvas.size().width() == 700  # the on-screen view was not resized


def test_an_unknown_image_format_is_a_clear_error(qapp, sample, tmp_path):
    with pytest.raises(ValueError, match="unknown image format 'gif'"):
        export_image(sample, EventFilter(), "gif", tmp_path / "x.gif")
