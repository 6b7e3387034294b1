"""Which network edges a redraw draws: strongest first, within a pixel budget."""

from __future__ import annotations

import numpy as np

from timeline_app.core.layout.network_edges import edges_within_budget

VIEW = (0.0, 0.0, 1000.0, 800.0)


def test_every_edge_is_drawn_when_the_budget_allows():
    segments = np.array([[0, 0, 100, 0], [10, 10, 10, 60]], dtype=float)
    assert sorted(edges_within_budget(segments, np.array([1, 1]), VIEW).tolist()) == [0, 1]


def test_the_strongest_edges_come_first_when_the_budget_runs_out():
    segments = np.array([[0, 0, 500, 0], [0, 10, 500, 10], [0, 20, 500, 20]], dtype=float)
    chosen = edges_within_budget(segments, np.array([1, 7, 3]), VIEW, budget=1100)
    assert chosen.tolist() == [1, 2]


def test_among_equal_weights_the_shorter_edges_come_first():
    segments = np.array([[0, 0, 900, 0], [0, 10, 50, 10]], dtype=float)
    chosen = edges_within_budget(segments, np.array([2, 2]), VIEW, budget=100)
    assert chosen.tolist() == [1]


def test_edges_outside_the_view_are_never_drawn_and_crossing_ones_cost_their_visible_part():
    segments = np.array([[-500, -500, -100, -100],  # wholly outside
                         [-100000, 400, 100000, 400]], dtype=float)  # crosses: 1000 px seen
    chosen = edges_within_budget(segments, np.array([9, 1]), VIEW, budget=1500)
    assert chosen.tolist() == [1]
