"""kg: a knowledge graph of who met whom, where and when, and who said what, from news text.

The library is the product; the ``kg`` command is a thin layer over it.

>>> import kg
>>> G = kg.build()                      # the bundled sample article
>>> sorted({d["type"] for _, d in G.nodes(data=True)})[:3]
['Article', 'Meeting', 'Message']
>>> g = kg.to_rdf(G)                    # an rdflib Graph
>>> H = kg.from_rdf(g)                  # and back, losslessly
>>> sorted(H.nodes) == sorted(G.nodes)
True
"""

from __future__ import annotations

__version__ = "0.1.0"

from kg.analysis import merge  # noqa: E402  (kg.analysis imports pandas lazily: `import kg` stays fast)
from kg.pipeline import build, extract, extract_article  # noqa: E402

# Imported on first use, so that `import kg` does not load rdflib or pyvis until they are needed.
_LAZY = {
    "read": ("kg.rdf", "read"),
    "write": ("kg.rdf", "write"),
    "to_rdf": ("kg.rdf", "to_rdf"),
    "from_rdf": ("kg.rdf", "from_rdf"),
    "to_html": ("kg.html", "to_html"),
    "validate": ("kg.validate", None),  # modules: kg.validate.validate(g), kg.query.query(src, sparql)
    "query": ("kg.query", None),
    "tables": ("kg.tables", None),
    "analysis": ("kg.analysis", None),
}

__all__ = ["__version__", "build", "extract", "extract_article", "merge", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        mod = importlib.import_module(module)
        value = mod if attr is None else getattr(mod, attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
