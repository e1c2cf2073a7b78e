"""kg.html in a real headless browser: what is drawn, what runs, what is fetched.

Needs the ``playwright`` Python package and Debian's chromium at /usr/bin/chromium
(``apt-get install chromium``; never ``playwright install``, which downloads).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
if not shutil.which(CHROMIUM):
    pytest.skip(f"no chromium at {CHROMIUM} (apt-get install chromium, or set KG_CHROMIUM)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")

from test_html import big_graph, hand_graph, hostile_graph  # noqa: E402

from kg import html as H  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Opened:
    """A page opened from a file; every console error, page error, dialog and outside request recorded."""

    def __init__(self, browser, path: Path, *, timeout_ms: int = 30000):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

        def route(r):
            url = r.request.url
            if url.startswith(("file:", "data:")):
                r.continue_()
            else:
                self.requests.append(url)
                r.abort()

        self.page.route("**/*", route)
        start = time.perf_counter()
        self.page.goto(path.as_uri())
        # a function, not a string: the page's CSP forbids eval, which string predicates use
        self.page.wait_for_function("() => window.kgReady === true && window.kgStable === true",
                                    timeout=timeout_ms)
        self.seconds = time.perf_counter() - start

    def eval(self, js: str, arg=None):
        return self.page.evaluate(js, arg)

    def counts(self) -> tuple[int, int]:
        return tuple(self.eval("() => [network.body.data.nodes.length, network.body.data.edges.length]"))

    def ids(self) -> set[str]:
        return set(self.eval("() => network.body.data.nodes.getIds()"))

    def hover(self, node: str) -> str:
        """Move the mouse onto a node and return the text of the tooltip that shows."""
        self.eval("(id) => network.focus(id, {scale: 1.5, animation: false})", node)
        self.page.mouse.move(5, 5)
        pos = self.eval("(id) => network.canvasToDOM(network.getPositions([id])[id])", node)
        box = self.page.locator("#kg-network").bounding_box()
        self.page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
        self.page.wait_for_function(
            "() => { const t = document.querySelector('div.vis-tooltip');"
            " return t && t.style.visibility !== 'hidden' && t.textContent.length > 0; }", timeout=5000)
        return self.eval("() => document.querySelector('div.vis-tooltip').textContent")

    def assert_clean(self):
        assert self.errors == [], f"console errors: {self.errors}"
        assert self.requests == [], f"requests left the page: {self.requests}"
        assert self.dialogs == [], f"dialogs opened (script ran): {self.dialogs}"


@pytest.fixture(scope="module")
def pages(tmp_path_factory, sample_graph):
    d = tmp_path_factory.mktemp("views")
    G = hostile_graph()
    out = {
        "article": d / "article.html",
        "sample": d / "sample.html",
        "hostile": d / "hostile.html",
        "focus": d / "focus.html",
        "big": d / "big.html",
    }
    H.to_html(sample_graph, out["article"], title="kg: sample article")
    H.to_html(hand_graph(), out["sample"], title="عينة: لقاء شويغو والأسد")
    H.to_html(G, out["hostile"], title="<img src=x onerror=alert(1)>")
    H.to_html(G, out["focus"], focus="الاسد", depth=1)
    H.to_html(big_graph(5000), out["big"], max_nodes=5000)
    return out


def test_sample_article_drawn_whole_and_clean(browser, pages, sample_graph):
    """The bundled article as the pipeline builds it (conftest's sample_graph)."""
    o = Opened(browser, pages["article"])
    assert o.counts() == (sample_graph.number_of_nodes(), sample_graph.number_of_edges())
    o.assert_clean()
    meeting = next(n for n, d in sample_graph.nodes(data=True) if d["type"] == "Meeting")
    tip = o.hover(meeting)
    for name in ("دمشق", "بشار الأسد", "علي مملوك", "ألكسندر إيفيموف", "2020-03-24"):
        assert name in tip
    o.page.close()


def test_hand_built_sample_drawn_whole_and_clean(browser, pages):
    G = hand_graph()
    o = Opened(browser, pages["sample"])
    assert o.counts() == (G.number_of_nodes(), G.number_of_edges())
    assert o.ids() == set(G)
    assert o.eval("() => document.querySelectorAll('h1').length") == 1
    o.assert_clean()
    tip = o.hover("meeting:m1")
    assert "2020-03-24" in tip and "دمشق" in tip and "أيمن سوسان" in tip and "عودة اللاجئين" in tip
    o.page.close()


def test_hostile_tooltips_show_text_and_run_nothing(browser, pages):
    o = Opened(browser, pages["hostile"])
    o.eval("() => { window.kgAlerts = []; window.alert = (m) => window.kgAlerts.push(m); }")
    for node in ("statement:evil0", "statement:evil1", "statement:evil2", "statement:evil3", "person:evil"):
        tip = o.hover(node)
        assert "<" in tip, f"markup of {node} was not shown as text: {tip!r}"
        assert o.eval("() => document.querySelectorAll("
                      "'div.vis-tooltip img, div.vis-tooltip script, div.vis-tooltip a').length") == 0
    assert "<img src=x onerror=alert(1)>" in o.hover("statement:evil0")
    assert "</script><script>alert(1)</script>" in o.hover("statement:evil1")
    assert o.eval("() => [window.kgPwned, window.kgAlerts.length]") == [None, 0]
    assert o.eval("() => document.title") == "<img src=x onerror=alert(1)>"
    o.assert_clean()
    o.page.close()


def test_focus_view_holds_the_neighbourhood(browser, pages):
    o = Opened(browser, pages["focus"])
    assert o.ids() == set(H.view_graph(hostile_graph(), focus="الاسد", depth=1))
    assert "person:assad" in o.ids() and "person:yefimov" not in o.ids()
    assert o.eval("() => network.body.data.nodes.get('person:assad').borderWidth") == 4
    o.assert_clean()
    o.page.close()


def test_search_box_and_type_filter(browser, pages):
    o = Opened(browser, pages["sample"])
    o.page.fill("#kg-search", "بشار الاسد")
    o.page.press("#kg-search", "Enter")
    assert o.eval("() => network.getSelectedNodes()") == ["person:assad"]
    assert o.page.text_content("#kg-search-result") == "1 match"
    o.page.uncheck('input[data-kg-type="Statement"]')
    hidden = o.eval("() => network.body.data.nodes.get({filter: n => n.hidden}).map(n => n.id)")
    assert sorted(hidden) == ["statement:s1", "statement:s2", "statement:s3"]
    o.assert_clean()
    o.page.close()


def test_big_graph_opens_fast_and_pans(browser, pages):
    o = Opened(browser, pages["big"], timeout_ms=20000)
    assert o.counts() == (5000, big_graph(5000).number_of_edges())
    assert o.seconds < 10, f"5,000 nodes took {o.seconds:.1f} s to first draw"
    assert o.eval("() => network.physics.options.enabled") is False
    before = o.eval("() => network.getViewPosition()")
    box = o.page.locator("#kg-network").bounding_box()
    o.page.mouse.move(box["x"] + 300, box["y"] + 300)
    o.page.mouse.down()
    o.page.mouse.move(box["x"] + 500, box["y"] + 400, steps=5)
    o.page.mouse.up()
    after = o.eval("() => network.getViewPosition()")
    assert before != after
    # edge labels and arrow heads appear once zoomed in far enough to read them
    assert o.eval("() => network.body.data.edges.get('e0').label") is None
    assert o.eval("() => network.body.data.nodes.get('person:0').label") is None
    o.eval("() => network.moveTo({scale: 1.2, animation: false})")
    o.page.wait_for_function("() => network.body.data.edges.get('e0').label !== undefined")
    assert o.eval("() => network.body.data.edges.get('e0').label") == "mentioned_in"
    assert o.eval("() => network.edgesHandler.options.arrows.to.enabled") is True
    assert o.eval("() => network.body.data.nodes.get('person:0').label") == "\u2068اسم 0 Person\u2069"
    o.assert_clean()
    o.page.close()
