"""Where each node of a ``Network`` goes: a force-directed layout by igraph.

igraph's Fruchterman-Reingold runs in C with a grid for large graphs; at
2,000 nodes and 20,000 edges it lays out in about a second on a slow
machine, where networkx's spring layout took half a minute (bench/network.py).
Positions come back scaled into the square from -1 to 1, so the view only
has to fit that square. The same network always gets the same picture:
the starting positions are computed and the random numbers seeded, and a previous layout can
seed the next so a filter change moves the nodes that stay as little as
possible.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Mapping

import numpy as np

from .network import Network

#: Iterations of the force simulation: enough for the picture to settle.
ITERATIONS = 500
# igraph draws its random numbers from one process-wide generator; a layout
# sets a seeded one for its run, so two layouts must not overlap.
_RANDOM_LOCK = threading.Lock()


def layout_network(network: Network,
                   previous: Mapping[str, tuple[float, float]] | None = None) -> np.ndarray:
    """An (n, 2) float array of positions in [-1, 1], one row per node.

    ``previous`` maps node keys (``Network.node_key``) to earlier positions;
    those nodes start there, new ones on a circle around them.
    """
    count = network.node_count
    if count == 0:
        return np.zeros((0, 2))
    if count == 1:
        return np.zeros((1, 2))
    import igraph  # imported when first needed: the window starts without it

    graph = igraph.Graph(n=count, edges=np.column_stack(
        (network.sources, network.targets)).tolist())
    # More shared events pull harder; a log keeps one huge pair from collapsing.
    weights = (1.0 + np.log(network.weights.astype(float))).tolist()
    start, known = _starting_positions(network, previous)
    with _RANDOM_LOCK:
        igraph.set_random_number_generator(random.Random(count))
        try:
            layout = graph.layout_fruchterman_reingold(
                weights=weights if weights else None, niter=ITERATIONS,
                seed=start.tolist(), grid="auto")
        finally:
            igraph.set_random_number_generator(random)
    coords = np.asarray(layout.coords, dtype=float)
    if known.sum() >= 2:
        coords = _turned_towards(coords, start, known)
    return _normalised(coords)


def _starting_positions(network: Network, previous: Mapping[str, tuple[float, float]] | None
                        ) -> tuple[np.ndarray, np.ndarray]:
    """Earlier positions where known; otherwise a golden-angle spiral, largest
    nodes in the middle (so the result does not depend on chance). Also which
    nodes had an earlier position."""
    count = network.node_count
    index = np.arange(count, dtype=float)
    # Within a disc about as wide as igraph's own random start: spread wider,
    # the grid-based force step slows down several times.
    radius = np.sqrt((index + 0.5) / count) * np.sqrt(count) / 2
    angle = index * np.pi * (3 - np.sqrt(5))
    start = np.column_stack((radius * np.cos(angle), radius * np.sin(angle)))
    known = np.zeros(count, dtype=bool)
    if previous:
        scale = np.sqrt(count) / 2
        for node in range(count):
            earlier = previous.get(network.node_key(node))
            if earlier is not None:
                start[node] = (earlier[0] * scale, earlier[1] * scale)
                known[node] = True
    return start, known


def _turned_towards(coords: np.ndarray, start: np.ndarray, known: np.ndarray) -> np.ndarray:
    """``coords`` rotated (or mirrored) to best match the earlier positions of
    the nodes that had one: a force layout may come out turned, which would
    look like every node moved."""
    now = coords[known] - coords[known].mean(axis=0)
    before = start[known] - start[known].mean(axis=0)
    left, _singular, right = np.linalg.svd(now.T @ before)
    return coords @ (left @ right)


def _normalised(coords: np.ndarray) -> np.ndarray:
    """Centred and scaled so the larger side spans -1 to 1."""
    low, high = coords.min(axis=0), coords.max(axis=0)
    span = float((high - low).max()) or 1.0
    return (coords - (low + high) / 2) * (2 / span)


def positions_by_key(network: Network, positions: np.ndarray) -> dict[str, tuple[float, float]]:
    """``{node key: (x, y)}``, to seed the next layout."""
    return {network.node_key(n): (float(x), float(y))
            for n, (x, y) in enumerate(positions.tolist())}
