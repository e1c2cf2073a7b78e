"""The graph inside Jupyter: the interactive view inline, and evidence shown where it stood.

:func:`show` embeds the same self-contained page as :func:`kg.html.to_html`
in an ``<iframe srcdoc=...>``: the page carries its scripts inline and loads
nothing, so it works offline in JupyterLab, classic Notebook and VS Code, and
its scripts run sandboxed, apart from the notebook's own page.

:func:`evidence` shows the spans behind a fact (a statement's quoted words, a
meeting's report) marked in the original article text, which the graph does
not keep: read it with :func:`kg.tables.article_texts`.

>>> page = iframe("<p>a & b</p>", height=200)
>>> page.startswith("<div") and 'srcdoc="&lt;p&gt;a &amp; b&lt;/p&gt;"' in page
True
>>> print(highlight("قال الوزير: «نعم» اليوم.", [(13, 16)]))
<div dir="auto" class="kg-evidence" ...>قال الوزير: «<mark>نعم</mark>» اليوم.</div>
"""

from __future__ import annotations

import html
from collections.abc import Hashable, Iterable, Mapping

import networkx as nx

__all__ = ["show", "iframe", "highlight", "evidence"]

_STYLE = "white-space: pre-wrap; line-height: 1.8; font-size: 1.05em; unicode-bidi: plaintext"


def _display_html(markup: str):
    try:
        from IPython.display import HTML
    except ImportError:
        raise ImportError(
            "kg.notebook needs IPython to display in a notebook: pip install 'kg[notebook]' (or ipykernel)"
        ) from None
    return HTML(markup)


def iframe(page: str, *, height: int | str = 600, width: int | str = "100%", title: str = "kg graph") -> str:
    """A whole HTML ``page`` as an ``<iframe srcdoc>`` that runs it sandboxed, wrapped in a ``<div>``.

    The page is HTML-escaped into the attribute, so any text in it stays text.
    """
    h = f"{height}px" if isinstance(height, int) else height
    w = f"{width}px" if isinstance(width, int) else width
    return (
        f'<div class="kg-view"><iframe srcdoc="{html.escape(page, quote=True)}" title="{html.escape(title)}" '
        f'sandbox="allow-scripts" style="width: {w}; height: {h}; border: 1px solid #ddd" '
        f'loading="eager"></iframe></div>'
    )


def show(G: nx.MultiDiGraph, *, height: int | str = 600, width: int | str = "100%", **view_options):
    """The interactive view of ``G`` inline in a notebook (an :class:`IPython.display.HTML` object).

    ``view_options`` go to :func:`kg.html.to_html` unchanged: ``title``,
    ``focus`` (a name: that person's neighbourhood), ``depth``,
    ``meetings_only``, ``since``, ``until``, ``max_nodes``. Put the call last
    in a cell, or pass the result to :func:`IPython.display.display`.
    """
    try:
        from kg.html import to_html
    except ImportError as e:
        if getattr(e, "name", None) == "kg.html":
            raise ImportError(
                "kg.notebook.show draws with kg.html, which this installation of kg lacks: "
                "update kg to a version with the HTML view, or use kg.tables for the data"
            ) from e
        raise ImportError(f"kg.notebook.show needs kg.html, which failed to import: {e}") from e
    page = to_html(G, **view_options)
    return _display_html(iframe(page, height=height, width=width, title=str(view_options.get("title", "kg"))))


def highlight(text: str, spans: Iterable[tuple[int, int]], *, context: int | None = None) -> str:
    """HTML of ``text`` with each ``(start, end)`` span in ``<mark>``, escaped, in its own direction.

    With ``context``, only that many characters are kept around the marked
    spans (cut points shown as "…").

    >>> print(highlight("one two three four", [(8, 13)], context=4))
    <div dir="auto" ...>…two <mark>three</mark> fou…</div>
    """
    spans = sorted((max(0, s), min(len(text), e)) for s, e in spans if e > s)
    lo, hi = 0, len(text)
    if context is not None and spans:
        lo = max(0, spans[0][0] - context)
        hi = min(len(text), max(e for _, e in spans) + context)
    out, pos = ["…" if lo > 0 else ""], lo
    for s, e in spans:
        s, e = max(s, pos), min(e, hi)
        if e <= s:
            continue
        out += [html.escape(text[pos:s]), "<mark>", html.escape(text[s:e]), "</mark>"]
        pos = e
    out += [html.escape(text[pos:hi]), "…" if hi < len(text) else ""]
    return f'<div dir="auto" class="kg-evidence" style="{_STYLE}">{"".join(out)}</div>'


def evidence(
    G: nx.MultiDiGraph,
    node: Hashable,
    texts: Mapping[str, str],
    *,
    context: int | None = 200,
):
    """A node's evidence spans marked in the original article texts, for display in a notebook.

    ``texts`` maps article node ids to their original text
    (:func:`kg.tables.article_texts`). Each article gets its headline and
    its passage; articles whose text is missing are named, not guessed.
    """
    if node not in G:
        raise KeyError(f"no node {node!r} in the graph")
    by_article: dict[str, list[tuple[int, int]]] = {}
    for art, start, end in G.nodes[node].get("evidence") or ():
        by_article.setdefault(art, []).append((int(start), int(end)))
    parts = []
    for art, spans in by_article.items():
        head = G.nodes[art].get("headline") if art in G else None
        parts.append(f"<p><b>{html.escape(str(head or art))}</b></p>")
        if art in texts:
            parts.append(highlight(texts[art], spans, context=context))
        else:
            parts.append(f"<p><i>the text of {html.escape(str(art))} was not given</i></p>")
    return _display_html("".join(parts) or "<p><i>no evidence recorded</i></p>")
