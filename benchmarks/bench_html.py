"""How long the HTML view takes: building the page, and the first draw in headless chromium.

    python benchmarks/bench_html.py                  # 500, 5,000 and 20,000 nodes
    python benchmarks/bench_html.py --sizes 1000 --runs 1
    python benchmarks/bench_html.py --screenshot docs/sample-view.png   # the README's picture

Graphs are generated like the pipeline's (see ``big_graph`` in tests/test_html.py).
"First draw" is the time from navigation to vis-network's first ``afterDrawing``;
"frame" is one redraw after panning the whole-graph view by 200 px.
Needs the playwright package and Debian's chromium at /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_html import big_graph  # noqa: E402

from kg import html as H  # noqa: E402
from kg.layout import spring_positions  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]


def _open(browser, path: Path, viewport=(1280, 800)) -> tuple:
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    t0 = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("() => window.kgReady === true && window.kgStable === true", timeout=300_000)
    wall = time.perf_counter() - t0
    return page, wall, errors


def bench(sizes: list[int], runs: int) -> None:
    from playwright.sync_api import sync_playwright

    print(f"{'nodes':>7} {'edges':>7} {'layout s':>9} {'page s':>7} {'MB':>5} "
          f"{'first draw s':>12} {'frame ms':>9}  (median of {runs})")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for n in sizes:
            G = big_graph(n)
            lay, build, draw, frame = [], [], [], []
            for _ in range(runs):
                t0 = time.perf_counter()
                spring_positions(G)
                lay.append(time.perf_counter() - t0)
                out = Path(tmp) / f"g{n}.html"
                t0 = time.perf_counter()
                page_text = H.to_html(G, out, max_nodes=n)
                build.append(time.perf_counter() - t0)
                page, _, errors = _open(browser, out)
                if errors:
                    print(f"  console errors at {n}: {errors[:3]}")
                draw.append(page.evaluate("() => window.kgFirstDrawMs") / 1000)
                frame.append(page.evaluate(  # pan by 200 px at the zoom that shows the whole graph
                    "() => new Promise(done => { const p = network.getViewPosition();"
                    " const t = performance.now();"
                    " network.once('afterDrawing', () => done(performance.now() - t));"
                    " network.moveTo({position: {x: p.x + 200, y: p.y}, scale: network.getScale()}); })"))
                page.close()
            med = statistics.median
            print(f"{n:>7,} {G.number_of_edges():>7,} {med(lay):>9.2f} {med(build):>7.2f} "
                  f"{len(page_text.encode()) / 1e6:>5.1f} {med(draw):>12.2f} {med(frame):>9.0f}")
        browser.close()


def screenshot(path: Path) -> None:
    """The bundled sample article's view, as a PNG for the README."""
    from playwright.sync_api import sync_playwright

    import kg

    G = kg.build(published=dt.date(2020, 3, 25))
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        out = Path(tmp) / "sample.html"
        H.to_html(G, out, title="kg: the sample article (Shoigu in Damascus, 24 March 2020)")
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page, _, errors = _open(browser, out, viewport=(1400, 900))
        assert not errors, errors
        place = H.find_nodes(G, "سوريا")[0]  # a short tooltip, in a corner
        page.evaluate("() => network.fit({animation: false})")
        pos = page.evaluate("(id) => network.canvasToDOM(network.getPositions([id])[id])", place)
        box = page.locator("#kg-network").bounding_box()
        page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
        page.wait_for_timeout(800)
        path.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(path))
        browser.close()
    print(f"wrote {path}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 20000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--screenshot", type=Path, metavar="PNG")
    args = ap.parse_args()
    if args.screenshot:
        screenshot(args.screenshot)
    else:
        bench(args.sizes, args.runs)


if __name__ == "__main__":
    main()
