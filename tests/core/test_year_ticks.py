"""Year labels under the per-year histogram thin out as it narrows."""

from __future__ import annotations

from timeline_app.core.layout.year_ticks import year_label_step, year_labels


def test_a_wide_histogram_labels_every_year():
    labels = year_labels(2015, 2022, 800, 30)
    assert [year for year, _ in labels] == list(range(2015, 2023))


def test_labels_thin_to_round_years_as_the_histogram_narrows():
    assert [y for y, _ in year_labels(2010, 2024, 240, 30)] == [2010, 2015, 2020]
    assert [y for y, _ in year_labels(1990, 2024, 240, 30)] == [1990, 2000, 2010, 2020]
    assert year_label_step(15, 100, 30) == 10


def test_labels_never_overlap_and_stay_inside_the_widget():
    for width in range(40, 600, 7):
        labels = year_labels(1987, 2024, width, 30)
        lefts = [left for _, left in labels]
        assert all(0 <= left <= width - 30 for left in lefts)
        assert all(b - a >= 30 + 8 for a, b in zip(lefts, lefts[1:]))
        assert labels  # something is always labelled when a label fits


def test_a_single_year_is_labelled_under_its_bar():
    assert year_labels(2016, 2016, 200, 30) == [(2016, 85.0)]
    assert year_labels(2016, 2016, 20, 30) == []
