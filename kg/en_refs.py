"""Who a word stands for: names, references and pronouns of an English doc, in text order.

Shared by the meeting and statement rules. A :class:`Span` is a stretch of text
that names an entity (a name, a family name met again, "the prime minister",
"the ministry"); :meth:`Refs.pronoun` finds the person a "he" or "she" stands
for, the way a reader does: the last speaker if named nearby, else the subject
of the sentence, else the person named last (gender agreeing, where the given
name tells it).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg.en_lex import lexicon
from kg.mentions import ORG, PERSON, PLACE, NameMention

PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    key: str  # entity key ("Person:blair")
    kind: str
    gender: str | None = None


class Refs:
    def __init__(self, doc, mentions: list[NameMention]):
        self.doc = doc
        self.text = doc.text
        L = lexicon()
        gender: dict[str, str | None] = {}
        for m in mentions:
            if m.kind == PERSON and m.entity:
                first = self.text[m.start : m.end].split()[0]
                g = L.gender(first) if len(self.text[m.start : m.end].split()) > 1 else None
                if g and m.entity not in gender:
                    gender[m.entity] = g
        self.gender = gender
        spans = [Span(m.start, m.end, m.entity, m.kind, gender.get(m.entity)) for m in mentions if m.entity]
        for r in doc.__dict__.get("_en_refs", []):
            if r.target.entity:
                spans.append(
                    Span(r.start, r.end, r.target.entity, r.target.kind, gender.get(r.target.entity))
                )
        self.spans = sorted(spans, key=lambda s: (s.start, -s.end))
        self.starts = [s.start for s in self.spans]
        self.quotes = [(q.start, q.end) for q in doc.quotes]

    def quoted(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.quotes)

    def within(
        self, start: int, end: int, kinds=(PERSON, ORG, PLACE), *, outside_quotes: bool = True
    ) -> list[Span]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.spans) and self.spans[i].start < end:
            s = self.spans[i]
            if s.end <= end and s.kind in kinds and not (outside_quotes and self.quoted(s.start)):
                out.append(s)
            i += 1
        return out

    def persons_before(self, pos: int, lo: int) -> list[Span]:
        return self.within(lo, pos, (PERSON,))

    def pronoun(self, pos: int, word: str, last_speaker: str | None) -> str | None:
        """The person that the pronoun ``word`` at ``pos`` stands for."""
        g = PRONOUNS.get(word.casefold())
        sents = self.doc.sentences
        idx = next((i for i, (s, e) in enumerate(sents) if s <= pos < e), None)
        if idx is None:
            return last_speaker

        def ok(key: str | None) -> bool:
            return (
                key is not None
                and key.startswith(PERSON)
                and (g is None or self.gender.get(key) in (None, g))
            )

        near = []
        for k in range(idx, max(-1, idx - 3), -1):
            s, e = sents[k]
            # an owner ("Hillary Clinton's email scandal") is seldom the one a pronoun goes back to
            near.append(
                [p for p in self.persons_before(min(e, pos), s) if not _POSSESSIVE.match(self.text, p.end)]
            )
        if (
            last_speaker
            and ok(last_speaker)
            and any(sp.key == last_speaker for group in near[:3] for sp in group)
        ):
            return last_speaker
        # the subject of this sentence (a person before the pronoun), then of the sentences before
        for group in near:
            for sp in group:
                if ok(sp.key):
                    return sp.key
        return last_speaker if ok(last_speaker) else None

    def last_org(self, pos: int, lo: int) -> str | None:
        orgs = self.within(lo, pos, (ORG,))
        return orgs[-1].key if orgs else None


_WS = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s?\s")
