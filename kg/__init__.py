"""kg: a knowledge graph of who met whom, where and when, and who said what, from news text.

The library is the product; the ``kg`` command is a thin layer over it.

>>> import kg
>>> G = kg.build()                      # the bundled sample article
>>> sorted({d["type"] for _, d in G.nodes(data=True)})[:3]
['Article', 'Meeting', 'Message']
"""

from __future__ import annotations

__version__ = "0.1.0"

from kg.pipeline import build, extract, extract_article  # noqa: E402

__all__ = ["__version__", "build", "extract", "extract_article"]
from kg.analysis import merge as merge  # noqa: E402  (kg.analysis imports pandas lazily: `import kg` stays fast)
