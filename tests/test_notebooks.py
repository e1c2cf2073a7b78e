"""The notebooks run from top to bottom without an error, and kg.notebook's pieces behave.

Each notebook is executed with nbclient in a ``python3`` kernel that runs
this very interpreter: the test writes that kernel spec into a temporary
folder put first on ``JUPYTER_PATH``, so a ``python3`` spec elsewhere (a
user's, another environment's) cannot be picked up instead. This checkout
goes first on ``PYTHONPATH`` so the kernel imports the kg under test, not
another installed copy.
"""

from __future__ import annotations

import html
import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_the_three_notebooks_are_there():
    assert [p.name for p in NOTEBOOKS] == [
        "01-quick-start.ipynb", "02-explore-a-folder.ipynb", "03-turtle-and-sparql.ipynb",
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_without_outputs(path):
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: clear the outputs"


def _this_interpreters_kernel(tmp_path: Path, monkeypatch) -> None:
    spec = tmp_path / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True, exist_ok=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (this interpreter)",
        "language": "python",
    }), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", os.pathsep.join(filter(None, [str(spec.parents[1]),
                                                                     os.environ.get("JUPYTER_PATH")])))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path, monkeypatch, tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    nb = nbformat.read(path, as_version=4)
    _execute(nb, nbclient, tmp_path, monkeypatch)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors


def _execute(nb, nbclient, tmp_path: Path, monkeypatch) -> None:
    """Run ``nb`` in place, in this interpreter's kernel, importing this checkout's kg, from notebooks/."""
    _this_interpreters_kernel(tmp_path, monkeypatch)
    path_entries = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(path_entries))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend draws without a screen
    monkeypatch.delenv("KG_CORPUS", raising=False)  # the folder notebook writes its own demo articles
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    client = nbclient.NotebookClient(
        nb, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(ROOT / "notebooks")}},
    )
    client.execute()


def test_the_kernel_is_this_interpreter(tmp_path, monkeypatch):
    pytest.importorskip("ipykernel")
    from jupyter_client.kernelspec import KernelSpecManager

    _this_interpreters_kernel(tmp_path, monkeypatch)
    assert KernelSpecManager().get_kernel_spec("python3").argv[0] == sys.executable
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_code_cell("import sys, kg\nprint(sys.executable)\nprint(kg.__file__)"))
    _execute(nb, nbclient, tmp_path, monkeypatch)
    executable, kg_file = nb.cells[0].outputs[0]["text"].split()
    assert Path(executable).resolve() == Path(sys.executable).resolve()
    assert Path(kg_file).resolve() == (ROOT / "kg" / "__init__.py").resolve()


# --- kg.notebook ---------------------------------------------------------------------------------


def test_iframe_escapes_the_page():
    from kg.notebook import iframe

    page = '<html><body><script>alert("x")</script></iframe><p title="a&b">'
    out = iframe(page, height=300)
    assert out.startswith('<div class="kg-view"><iframe srcdoc="') and out.endswith("</iframe></div>")
    assert out.count("<iframe") == 1 and out.count("</iframe>") == 1
    srcdoc = out.split('srcdoc="', 1)[1].split('" title=', 1)[0]
    assert "<" not in srcdoc and '"' not in srcdoc
    assert html.unescape(srcdoc) == page
    assert 'sandbox="allow-scripts"' in out and "height: 300px" in out


def test_show_embeds_the_html_view(sample_graph):
    pytest.importorskip("IPython")
    if importlib.util.find_spec("kg.html") is None:
        pytest.skip("kg.html is not in this checkout")
    from kg.html import to_html
    from kg.notebook import show

    shown = show(sample_graph, title="sample", height=400)
    page = to_html(sample_graph, title="sample")
    assert html.escape(page, quote=True) in shown.data
    assert "height: 400px" in shown.data


def test_show_says_what_is_missing_without_kg_html(sample_graph, monkeypatch):
    pytest.importorskip("IPython")
    from kg.notebook import show

    monkeypatch.setitem(sys.modules, "kg.html", None)  # as if this installation had no kg.html
    with pytest.raises(ImportError, match="kg.html"):
        show(sample_graph)


def test_highlight_marks_and_escapes():
    from kg.notebook import highlight

    text = "قال: «<b>نعم</b>» ثم مضى."
    start = text.index("<b>")
    out = highlight(text, [(start, start + len("<b>نعم</b>"))])
    assert "<mark>&lt;b&gt;نعم&lt;/b&gt;</mark>" in out and "<b>" not in out
    assert 'dir="auto"' in out
    assert "<mark>" not in highlight(text, [])


def test_evidence_shows_a_statement_in_its_article(sample_graph):
    pytest.importorskip("IPython")
    from kg import tables
    from kg.notebook import evidence

    s = tables.statements(sample_graph).iloc[0]
    shown = evidence(sample_graph, s.id, tables.article_texts(), context=50)
    assert f"<mark>{html.escape(s.text)}</mark>" in shown.data
    assert "not given" in evidence(sample_graph, s.id, {}).data
    with pytest.raises(KeyError):
        evidence(sample_graph, "statement:nope", {})


def test_the_inline_view_draws_inside_a_host_page(sample_graph, tmp_path):
    """The iframe a notebook shows draws the graph in headless chromium, sandboxed, fetching nothing."""
    pytest.importorskip("IPython")
    chromium = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
    if importlib.util.find_spec("kg.html") is None or not Path(chromium).exists():
        pytest.skip("needs kg.html and chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    from kg.notebook import show

    host = tmp_path / "notebook.html"
    host.write_text("<!DOCTYPE html><meta charset='utf-8'><h1>a notebook</h1>"
                    + show(sample_graph, height=500).data, encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            errors: list[str] = []
            outside: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))

            def route(r):
                if r.request.url.startswith(("file:", "data:", "about:")):
                    r.continue_()
                else:
                    outside.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.goto(host.as_uri())
            frame = page.frames[1]
            frame.wait_for_function("() => window.kgReady === true", timeout=30000)
            nodes, edges = frame.evaluate(
                "() => [network.body.data.nodes.length, network.body.data.edges.length]"
            )
            parent_reachable = frame.evaluate(
                "() => { try { return !!window.parent.document; } catch (e) { return false; } }"
            )
        finally:
            browser.close()
    assert nodes == sample_graph.number_of_nodes() and edges > 0
    assert not errors and not outside
    assert parent_reachable is False  # sandboxed: the view's scripts cannot touch the notebook page
