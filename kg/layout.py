"""Fast, deterministic node positions for the HTML view.

networkx's ``spring_layout`` is O(n²) per iteration and took 52 s on a
5,000-node graph; the browser's own physics took minutes. Here each connected
component is laid out on its own with a few iterations of a numpy
Fruchterman-Reingold layout whose repulsion is exact for small components and
approximated through a coarse grid of cell centroids (O(n · cells)) for large
ones; the components are then packed on shelves, largest first.

>>> import networkx as nx
>>> pos = spring_positions(nx.path_graph(4))
>>> sorted(pos) == [0, 1, 2, 3] and all(len(p) == 2 for p in pos.values())
True
"""

from __future__ import annotations

from collections.abc import Hashable

import networkx as nx
import numpy as np

EXACT_LIMIT = 300
"""Components up to this size get exact pairwise repulsion."""

SPACING = 1.0
"""Least room per node in a big component, in ideal edge lengths."""


def _fr(n: int, edges: np.ndarray, *, iterations: int, rng: np.random.Generator) -> np.ndarray:
    """Fruchterman-Reingold with ideal edge length 1; returns an (n, 2) array centred on 0."""
    if n == 1:
        return np.zeros((1, 2))
    pos = rng.uniform(-1.0, 1.0, (n, 2)) * np.sqrt(n)
    temp = 0.1 * np.sqrt(n) + 1.0
    cool = temp / (iterations + 1)
    u, v = (edges[:, 0], edges[:, 1]) if len(edges) else (np.empty(0, int), np.empty(0, int))
    for _ in range(iterations):
        disp = _repulsion(pos)
        if len(u):
            delta = pos[u] - pos[v]
            dist = np.sqrt((delta**2).sum(axis=1)) + 1e-9
            f = (delta * dist[:, None])  # attraction d²/k along the edge, k = 1
            for axis in (0, 1):  # bincount is far faster than np.add.at
                disp[:, axis] += np.bincount(v, f[:, axis], n) - np.bincount(u, f[:, axis], n)
        length = np.sqrt((disp**2).sum(axis=1)) + 1e-9
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        temp = max(temp - cool, 0.05)
    return pos - pos.mean(axis=0)


def _repulsion(pos: np.ndarray) -> np.ndarray:
    n = len(pos)
    if n <= EXACT_LIMIT:
        dx = pos[:, 0, None] - pos[None, :, 0]
        dy = pos[:, 1, None] - pos[None, :, 1]
        w = 1.0 / (dx * dx + dy * dy + 1e-2)  # k²/d along the unit vector, k = 1
        return np.stack([(dx * w).sum(axis=1), (dy * w).sum(axis=1)], axis=1)
    # grid approximation, O(cells² + n): the push of every other cell is taken at the centre of
    # mass of a node's own cell; inside its cell a node is pushed away from that centre
    side = int(np.clip(np.sqrt(n / 8), 8, 32))
    lo, hi = pos.min(axis=0), pos.max(axis=0)
    cell = np.minimum(((pos - lo) / (hi - lo + 1e-9) * side).astype(int), side - 1)
    idx = cell[:, 0] * side + cell[:, 1]
    count = np.bincount(idx, minlength=side * side).astype(float)
    sx = np.bincount(idx, weights=pos[:, 0], minlength=side * side)
    sy = np.bincount(idx, weights=pos[:, 1], minlength=side * side)
    occupied = np.flatnonzero(count)
    cnt = count[occupied]
    cen = np.stack([sx[occupied] / cnt, sy[occupied] / cnt], axis=1)
    dx = cen[:, 0, None] - cen[None, :, 0]
    dy = cen[:, 1, None] - cen[None, :, 1]
    w = cnt[None, :] / (dx * dx + dy * dy + 1.0)
    np.fill_diagonal(w, 0.0)
    field = np.zeros((side * side, 2))
    field[occupied, 0] = (dx * w).sum(axis=1)
    field[occupied, 1] = (dy * w).sum(axis=1)
    centre = np.zeros((side * side, 2))
    centre[occupied] = cen
    own = pos - centre[idx]
    near = (count[idx] / ((own**2).sum(axis=1) + 0.25))[:, None] * own
    return field[idx] + near


def spring_positions(
    G: nx.Graph, *, seed: int = 0, scale: float = 120.0, iterations: int | None = None
) -> dict[Hashable, tuple[float, float]]:
    """Positions for every node of ``G`` (any networkx graph; direction and keys ignored).

    ``scale`` is the ideal edge length in the output's units (vis-network pixels).
    """
    rng = np.random.default_rng(seed)
    # no copy of G: components from a view, edges bucketed by component in one pass
    parts = nx.weakly_connected_components(G) if G.is_directed() else nx.connected_components(G)
    comps = sorted((sorted(c, key=str) for c in parts), key=lambda c: (-len(c), str(c[0])))
    where: dict[Hashable, tuple[int, int]] = {}
    for ci, comp in enumerate(comps):
        for i, node in enumerate(comp):
            where[node] = (ci, i)
    comp_edges: list[set[tuple[int, int]]] = [set() for _ in comps]
    for a, b in G.edges():
        (ca, ia), (_, ib) = where[a], where[b]
        if ia != ib:
            comp_edges[ca].add((min(ia, ib), max(ia, ib)))
    placed: list[tuple[list, np.ndarray, float]] = []
    for comp, pairs in zip(comps, comp_edges, strict=True):
        edges = np.array(sorted(pairs), dtype=int).reshape(-1, 2)
        n = len(comp)
        its = iterations if iterations is not None else (60 if n <= EXACT_LIMIT else 30)
        pos = _fr(n, edges, iterations=its, rng=rng)
        if n > EXACT_LIMIT:
            # the grid's repulsion is softer than the exact one, so a dense component ends up
            # packed tighter than labels need: spread it to about SPACING per node (O(n))
            r = float(np.percentile(np.sqrt((pos**2).sum(axis=1)), 90)) + 1e-9
            spacing = np.sqrt(np.pi * r * r / n)
            if spacing < SPACING:
                pos *= SPACING / spacing
        radius = float(np.sqrt((pos**2).sum(axis=1)).max()) + 1.0
        placed.append((comp, pos, radius))
    # shelf packing: rows of components, largest first
    total = sum((2 * r) ** 2 for _, _, r in placed)
    width = max(np.sqrt(total) * 1.2, max((2 * r for _, _, r in placed), default=1.0))
    out: dict[Hashable, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for comp, pos, r in placed:
        if x > 0 and x + 2 * r > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        centre = np.array([x + r, y + r])
        for node, p in zip(comp, pos + centre, strict=True):
            out[node] = (round(float(p[0]) * scale, 1), round(float(p[1]) * scale, 1))
        x += 2 * r
        row_h = max(row_h, 2 * r)
    return out
