"""One entity per real-world thing inside an article, and across articles.

Within an article, a person named in full ("سيرغي شويغو") is found again by the
family name ("شويغو", "الأسد" for "بشار الأسد") and by the post alone ("الوزير
الروسي" for the Russian defence minister named before). Across articles,
entities are merged on a folded name key (:func:`name_key`) in :mod:`kg.graph`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from kg.mentions import ORG, PERSON, PLACE, NameMention, ar_stems, is_nisba
from kg.normalize import clean, fold
from kg.records import Entity
from kg.text import Doc

_AL = re.compile(r"^(?:ال)")


def _bare(word: str) -> str:
    """A family-name token without its article or clitics, for comparison: "والأسد" -> "اسد"."""
    w = word
    for stem in ar_stems(word):
        if stem.startswith("ال"):
            w = stem
            break
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    return w.casefold()


def name_key(kind: str, name: str, lang: str) -> str:
    """The key under which names of one entity meet: a person's family name, else the whole folded name.

    >>> name_key("Person", "بشار الأسد", "ar") == name_key("Person", "الأسد", "ar")
    True
    """
    words = fold(name).replace("_", " ").replace("#", " ").split()
    if not words:
        return ""
    if kind == PERSON:
        if lang == "ar":
            nasab = _nasab(words)
            if nasab:
                return nasab
            if len(words) > 1 and words[-1] in _ORDINALS:
                words = words[:-1]  # "عبد الله الثاني", "محمد السادس": a regnal number is no family name
            return _bare(words[-1])
        return words[-1].strip("'’")
    if kind in (PLACE, ORG) and lang == "ar":
        # "للبرلمان العربي" is "البرلمان العربي" behind a preposition
        joined = (
            " ".join([*ar_stems(words[0])[-1:], *words[1:]]) if words[0].startswith("لل") else " ".join(words)
        )
        return _place_same().get(joined, joined) if kind == PLACE else joined
    return " ".join(words)


_IBN = ("بن", "بنت")
_ORDINALS = frozenset(fold(w) for w in ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع"))


def _nfold(text: str) -> list[str]:
    """The words of a span of the (already normalized) document text, case-folded."""
    return text.replace("_", " ").replace("#", " ").casefold().split()


def _covered(doc: Doc, spans) -> set[int]:
    """Start offsets of the tokens that fall inside any of ``spans``."""
    out: set[int] = set()
    toks = doc.tokens
    for s, e in spans:
        i = doc.token_index(s)
        while i < len(toks) and toks[i].start < e:
            out.add(toks[i].start)
            i += 1
    return out


def _nasab(words: list[str]) -> str | None:
    """The key of a name built with "بن": the given name and the father's ("محمد بن نايف بن عبد العزيز" ->
    "محمد بن نايف"), since the last word of such a name is a grandfather's, shared by cousins.

    >>> _nasab("محمد بن سلمان بن عبد العزيز".split()), _nasab("عادل الجبير".split())
    ('محمد بن سلمان', None)
    """
    for i, w in enumerate(words[1:], 1):
        if w in _IBN and i + 1 < len(words):
            father = words[i + 1]
            if father in ("عبد", "ابو", "ابي") and i + 2 < len(words):
                father += " " + words[i + 2]
            return " ".join([words[i - 1], w, father]) if i == 1 else None
    return None


@functools.cache
def _place_same() -> dict[str, str]:
    from kg.lexicon import load

    return {fold(k): fold(v) for k, v in load("ar").raw.get("place_same", {}).items()}


@functools.cache
def _org_same() -> dict[str, str]:
    """Other names of one organization ("تنظيم الدولة الإسلامية" = "داعش"), folded, from the lexicon."""
    from kg.lexicon import load

    return {fold(k): fold(v) for k, v in load("ar").raw.get("org_same", {}).items()}


@dataclass
class _Group:
    kind: str
    key: str
    mentions: list[NameMention] = field(default_factory=list)
    titles: list[tuple[int, int]] = field(default_factory=list)
    subtype: str | None = None


class Resolver:
    def __init__(self, doc: Doc, mentions: list[NameMention]):
        self.doc = doc
        self.mentions = mentions
        self.groups: dict[tuple[str, str], _Group] = {}
        self.distinct: dict[tuple[int, int], str] = {}
        self.definite_names: set[str] = set()  # family names written with the article ("الأسد")

    def words(self, m: NameMention) -> list[str]:
        return self.doc.text[m.start : m.end].replace("_", " ").split()

    def key_of(self, m: NameMention) -> str:
        key = name_key(m.kind, self.doc.text[m.start : m.end], self.doc.lang)
        return self.distinct.get((m.start, m.end), key)

    def split_namesakes(self) -> None:
        """Two full names with one family name and different given names are two people ("جاستين ترودو"
        and "صوفي غريغوار ترودو"): the later-named one is keyed by given and family name."""
        self.distinct = {}
        seen: dict[str, list[str]] = {}
        named: dict[str, list[list[str]]] = {}
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.kind != PERSON:
                continue
            words = _nfold(self.doc.text[m.start : m.end])
            if len(words) < 2:
                continue
            key = name_key(PERSON, " ".join(words), self.doc.lang)
            firsts = seen.setdefault(key, [])
            fulls = named.setdefault(key, [])
            n = len(words)
            if self.doc.lang == "ar" and any(len(f) > n and f[-n:] == words for f in fulls):
                continue  # the end of a full name given before: "ولد الشيخ أحمد" of "إسماعيل ولد الشيخ أحمد"
            fulls.append(words)
            if firsts and words[0] not in firsts and not any(f in words or words[0] in f for f in firsts):
                self.distinct[(m.start, m.end)] = f"{_bare(words[0])} {key}"
            elif words[0] not in firsts:
                firsts.append(words[0])

    def add(self, m: NameMention) -> None:
        key = self.key_of(m)
        if not key:
            return
        g = self.groups.setdefault((m.kind, key), _Group(m.kind, key))
        m.entity = f"{m.kind}:{key}"
        g.mentions.append(m)
        if m.title:
            g.titles.append(m.title)
        if m.subtype and not g.subtype:
            g.subtype = m.subtype

    def alias_map(self) -> dict[str, str]:
        """Single words that stand for a person named in full: the family name ("الجبير" for "عادل
        الجبير"), and the given name of a name built with "بن" ("سلمان" for "سلمان بن عبد العزيز").
        A word two people could claim is left out."""
        claims: dict[str, set[str]] = {}
        self.definite_names = set()
        for (kind, key), g in self.groups.items():
            if kind != PERSON:
                continue
            for m in g.mentions:
                words = _nfold(self.doc.text[m.start : m.end])
                if len(words) < 2:
                    continue
                if self.doc.lang != "ar":
                    claims.setdefault(words[-1].strip("'’"), set()).add(key)
                    continue
                last, before = words[-1], words[-2]
                if not self.doc.lex.has("name_inner", last) and before not in (
                    "بن",
                    "ابن",
                    "بنت",
                    "ال",
                    "آل",
                    "عبد",
                ):
                    claims.setdefault(_bare(last), set()).add(key)
                    if last.startswith("ال"):
                        self.definite_names.add(_bare(last))
                if _nasab(words) or self.doc.lex.has("known_people", " ".join(words)):
                    claims.setdefault(_bare(words[0]), set()).add(key)  # "سلمان", "كيم"
        first = {}
        for (kind, key), g in self.groups.items():
            if kind == PERSON:
                first[key] = min((m.start for m in g.mentions), default=10**9)
        # a word two people could claim goes to the one named first: "ترودو" is Justin, not
        # "صوفي غريغوار ترودو"
        return {w: min(ks, key=lambda k: first.get(k, 10**9)) for w, ks in claims.items() if len(w) >= 3}

    def merge_organizations(self) -> None:
        """One organization under two names: a name and its longer form ("هيئة المهندسين" and "هيئة
        المهندسين السعوديين"), and a name and the acronym in brackets or quotes after it ("وكالة الأنباء
        السودانية الرسمية (سونا)", "وكالة الأنباء اليمنية «سبأ»")."""
        orgs = {k: g for (kind, k), g in self.groups.items() if kind == ORG}
        target: dict[str, str] = {}
        for k in orgs:
            for k2 in orgs:
                if k != k2 and k2.startswith(k + " ") and len(k.split()) >= 2:
                    target[k2] = k
                # "الخارجية المصرية" and "وزارة الخارجية [المصرية]": the ministry by its portfolio
                w = k.split()
                if len(w) == 2 and self.doc.lex.has("ministry_portfolios", w[0]):
                    if k2 == "وزاره " + k:
                        target[k] = k2
                    elif k2 == "وزاره " + w[0]:
                        target[k2] = k
        if self.doc.lang == "ar":
            for k in orgs:  # one body under its two names in one article: "تنظيم الدولة الإسلامية" … "داعش"
                dst = _org_same().get(k)
                if dst and dst in orgs and dst != k:
                    target[k] = dst
        for k, g in orgs.items():
            for m in g.mentions:
                after = self.doc.text[m.end : m.end + 40]
                am = re.match(r"\s*(?:الرسميه\s*)?[(«\"“”]\s*([^()«»\"“”]{2,25}?)\s*[)»\"“”]", after)
                if am:
                    alias = " ".join(am.group(1).casefold().split())
                    if alias in orgs and alias != k:
                        target[alias] = k
                    else:
                        a = NameMention(
                            m.end + am.start(1),
                            m.end + am.start(1) + len(am.group(1).rstrip()),
                            ORG,
                            source="alias",
                        )
                        a.entity = f"{ORG}:{k}"
                        g.mentions.append(a)
                        self.mentions.append(a)
        for src, dst in target.items():
            while dst in target and target[dst] != src:
                dst = target[dst]
            if (ORG, src) not in self.groups or (ORG, dst) not in self.groups or src == dst:
                continue
            g = self.groups.pop((ORG, src))
            for m in g.mentions:
                m.entity = f"{ORG}:{dst}"
            self.groups[(ORG, dst)].mentions += g.mentions

    def merge_single(self, amap: dict[str, str]) -> None:
        """A person known by one word only ("الملك سلمان") joins the person named in full."""
        for (kind, key), g in list(self.groups.items()):
            if kind != PERSON or any(len(self.words(m)) >= 2 for m in g.mentions):
                continue
            target = amap.get(key)
            if target and target != key and (PERSON, target) in self.groups:
                tg = self.groups[(PERSON, target)]
                for m in g.mentions:
                    m.entity = f"{PERSON}:{target}"
                tg.mentions += g.mentions
                tg.titles += g.titles
                del self.groups[(kind, key)]

    def aliases(self, amap: dict[str, str]) -> list[NameMention]:
        """Family names of the persons found, wherever else they stand: "شويغو", "الأسد", "Blair"."""
        taken = _covered(self.doc, [(m.start, m.end) for m in self.mentions])
        out = []
        for t in self.doc.tokens:
            if t.start in taken:
                continue
            if self.doc.lang == "ar":
                # the token, or the token without its proclitics ("والأسد", "لشويغو"), is a family name
                stem = next((s for s in ar_stems(t.text) if _bare(s) in amap and len(_bare(s)) >= 3), None)
                if stem is None:
                    continue
                if stem.startswith("ال") != (_bare(stem) in self.definite_names):
                    continue  # "يوسف اسلام" is not "الإسلام": the article is part of a name, or not
                m = NameMention(t.end - len(stem), t.end, PERSON, source="alias")
                m.entity = f"{PERSON}:{amap[_bare(stem)]}"
                out.append(m)
            elif t.text.strip("'’") in amap:
                m = NameMention(t.start, t.end, PERSON, source="alias")
                m.entity = f"{PERSON}:{amap[t.text.strip(chr(39) + '’')]}"
                out.append(m)
        return out

    def title_references(self) -> list[NameMention]:
        """A definite post not followed by a name ("الوزير الروسي") stands for the person who holds it."""
        if self.doc.lang != "ar":
            return []
        toks = self.doc.tokens
        taken = [(m.start, m.end) for m in self.mentions] + [m.title for m in self.mentions if m.title]
        covered = _covered(self.doc, taken)
        out = []
        for i, t in enumerate(toks):
            if re.fullmatch(r"[وف]?نظير(?:ه|ها)", t.text) and t.start not in covered:
                m = self.counterpart(i)
                if m is not None:
                    out.append(m)
                continue
            heads = [
                s
                for s in ar_stems(t.text)
                if s.startswith("ال")
                and (self.doc.lex.has("title_heads", s) or self.doc.lex.has("title_heads", s[2:]))
            ]
            if not heads or t.start in covered:
                continue
            nxt = [m for m in self.mentions if m.kind == PERSON and t.end <= m.start <= t.end + 30]
            if nxt and all(
                any(s.startswith("ال") for s in ar_stems(w))
                for w in self.doc.text[t.end : nxt[0].start].split()
            ):
                continue  # "والرئيس المخلوع صالح": the post of the name that follows, not a reference back
            head = heads[0][2:]  # "الوزير" -> "وزير"
            adj = toks[i + 1].text if i + 1 < len(toks) and is_nisba(toks[i + 1].text) else None
            end = toks[i + 1].end if adj else t.end
            person = self.holder(head, adj, before=t.start)
            if person:
                m = NameMention(t.start + len(t.text) - len(heads[0]), end, PERSON, source="title")
                m.entity = f"{PERSON}:{person.key}"
                person.mentions.append(m)
                out.append(m)
        return out + self.post_references(_covered(self.doc, taken + [(m.start, m.end) for m in out]))

    def counterpart(self, i: int) -> NameMention | None:
        """ "نظيره الأردني" with no name after it: the one person of that nationality whose post is named in
        the article ("وزير الخارجية الأردني أيمن الصفدي"), before or after."""
        toks = self.doc.tokens
        if i + 1 >= len(toks) or not is_nisba(toks[i + 1].text):
            return None
        adj = _bare(toks[i + 1].text)
        adj = adj[:-1] if adj.endswith("ه") else adj  # الأردنية -> اردني
        found = set()
        for (kind, _), g in self.groups.items():
            if kind != PERSON:
                continue
            for s, e in g.titles:
                if any(_bare(w).rstrip("ه") == adj for w in self.doc.text[s:e].split()):
                    found.add(g.key)
        if len(found) != 1:
            return None
        key = found.pop()
        t = toks[i]
        start = t.start + (1 if t.text[0] in "وف" else 0)
        m = NameMention(start, toks[i + 1].end, PERSON, source="title")
        m.entity = f"{PERSON}:{key}"
        self.groups[(PERSON, key)].mentions.append(m)
        return m

    def post_references(self, taken) -> list[NameMention]:
        """A whole post without a name ("وزير الخارجية القطري", "رئيس الوزراء") stands for the one person
        named before with that post: every word of the phrase is in that person's title."""
        from kg.mentions import ArabicMentions

        am = ArabicMentions(self.doc)
        toks = self.doc.tokens
        out = []
        for i, t in enumerate(toks):
            if t.start in taken or not am.is_head(t) or t.text.startswith("ال"):
                continue
            j = am.title_end(i)
            if j - i < 2:
                continue
            words = {_bare(w) for w in self.doc.text[toks[i].start : toks[j - 1].end].split()}
            best, best_pos = None, -1
            for (kind, _), g in self.groups.items():
                if kind != PERSON:
                    continue
                for ts, te in g.titles:
                    tw = {_bare(w) for w in self.doc.text[ts:te].split()}
                    if words <= tw:
                        pos = min((m.start for m in g.mentions), default=10**9)
                        if pos < t.start and pos > best_pos:
                            best, best_pos = g, pos
            if best is not None:
                cl = len(t.text) - len(next((x for x in ar_stems(t.text) if am.is_head_word(x)), t.text))
                m = NameMention(t.start + cl, toks[j - 1].end, PERSON, source="title")
                m.entity = f"{PERSON}:{best.key}"
                best.mentions.append(m)
                out.append(m)
        return out

    def holder(self, head: str, adj: str | None, before: int) -> _Group | None:
        """The person most recently named before ``before`` whose title has ``head`` (and ``adj``)."""
        best, best_pos = None, -1
        for (kind, _), g in self.groups.items():
            if kind != PERSON:
                continue
            for s, e in g.titles:
                words = [_bare(w) for w in self.doc.text[s:e].split()]
                if _bare(head) not in words and head not in self.doc.text[s:e]:
                    continue
                if adj and _bare(adj) not in words:
                    continue
                pos = max((m.start for m in g.mentions if m.start < before), default=-1)
                if pos > best_pos:
                    best, best_pos = g, pos
        return best

    def run(self) -> tuple[list[Entity], list[NameMention]]:
        self.split_namesakes()
        persons = sorted((m for m in self.mentions if m.kind == PERSON), key=lambda m: -len(self.words(m)))
        # full names first, so that "الأسد" joins "بشار الأسد"
        for m in persons:
            self.add(m)
        for m in self.mentions:
            if m.kind != PERSON:
                self.add(m)
        self.merge_organizations()
        amap = self.alias_map()
        self.merge_single(amap)
        for m in self.aliases(amap):
            g = self.groups.get((PERSON, m.entity.split(":", 1)[1]))
            if g is not None:
                g.mentions.append(m)
                self.mentions.append(m)
        self.mentions += self.title_references()
        self.mentions.sort(key=lambda m: m.start)
        return [self.entity(g) for g in self.groups.values()], self.mentions

    def entity(self, g: _Group) -> Entity:
        doc = self.doc
        spans = sorted({doc.orig((m.start, m.end)) for m in g.mentions if m.source != "title"})
        names = []
        for s, e in spans:
            n = " ".join(
                clean(doc.article.text[s:e]).replace("_", " ").replace("#", " ").split()
            )  # "#جنوب_السودان"
            if g.kind != PERSON and n.startswith("لل"):
                n = "ال" + n[2:]  # "للعراق" is written for "العراق"
            if n and n not in names:
                names.append(n)
        order = {n: i for i, n in enumerate(names)}
        names.sort(key=lambda n: (-len(n.split()), order[n]))
        titles = []
        for t in g.titles:
            s, e = doc.orig(t)
            title = clean(doc.article.text[s:e])
            if title and title not in titles:
                titles.append(title)
        return Entity(
            key=f"{g.kind}:{g.key}",
            kind=g.kind,
            name=names[0] if names else g.key,
            lang=doc.lang,
            names=tuple(names),
            titles=tuple(titles),
            spans=tuple(sorted({doc.orig((m.start, m.end)) for m in g.mentions})),
            subtype=g.subtype,
        )


def resolve(doc: Doc, mentions: list[NameMention]) -> tuple[list[Entity], list[NameMention]]:
    """Entities of one article, and the mentions with their entity keys set."""
    return Resolver(doc, list(mentions)).run()


__all__ = ["resolve", "name_key", "ORG", "PERSON", "PLACE"]
