"""Names in English news: people with their titles, organizations and places.

Capitalised words are the main cue, read the way an editor would:

* a run of capitalised words ("West German President Richard von Weizsaecker")
  is split at its last title word into a post and a person;
* an honorific ("Mr Blair", "Ms. Furse") or a given name ("Gordon Brown") opens
  a person's name; a lower-case role before a name ("presidential candidate
  Donald Trump", "author Edward Klein") and a reporting verb next to it
  ("said Hans Reckers") mark a name too;
* an organization holds a head word (Ministry, Party, Council, Bank, Exchange,
  Union; "Institute of Fiscal Studies") or is a listed name or acronym
  ("IMF", "Reuters"); an acronym in brackets after a name is that name ("the
  London Stock Exchange (LSE)");
* a place is in the gazetteer (countries, large cities, US states), or is a
  town named after "in", "at", "from" ...

Words that only begin a sentence ("The", "But"), days and months, and upper-case
datelines ("MACAU (Reuters) -") are not names. A family name or a given name met
again alone, and a post met again ("the prime minister", "the Vermont
senator") refer to the person named before: these are kept as references
(:class:`Ref`) for the meeting and statement rules, not as new names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.en_lex import lexicon
from kg.en_text import ABBREV
from kg.mentions import ORG, PERSON, PLACE, NameMention
from kg.places import VENUE
from kg.text import Doc

# a word; "PeÃ±a" (UTF-8 read as Latin-1 in the source) stays one word
_WORD = re.compile(
    r"(?:[A-Z]\.){2,}|[^\W\d_](?:(?:[\w'’\-\u0300-\u036f]|(?<=[Ã\u0303])[\u0080-\u00bf])*\w)?\.?|\d+(?:[.,]\d+)*"
)
_KEEP_FRONT = frozenset(
    {
        "North",
        "South",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "First",
        "Second",
        "Third",
        "New",
    }
)
_LINKS = frozenset(
    {
        "von",
        "van",
        "de",
        "der",
        "den",
        "da",
        "di",
        "du",
        "del",
        "della",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "ben",
        "dos",
        "das",
    }
)
_ORG_LINKS = frozenset({"of", "for", "and", "on", "et", "the", "de", "du", "des"})
_ROLE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:candidates?|nominees?|leaders?|chairman|members?|race|seat|hopefuls?)\s+[A-Z]"
)
_LOW_ORG = re.compile(r"\s+(?:caucus|administration|campaign|delegation|leadership)\b")
# "Labour minister Alfredo Franco": a party or field name before a lower-case post is part of the post
_LOW_POST = re.compile(r"\s+(?:minister|ministry|secretary|spokesman|spokeswoman)\b")
_PREP_PLACE = re.compile(r"(?:\b(?:in|at|from|near|to|outside|visited|visiting|visit|of)\s+(?:the\s+)?)$")
_ROLE_BEFORE = re.compile(
    r"\b(?:candidate|nominee|donor|author|adviser|advisor|aide|spokesman|spokeswoman|spokesperson|analyst|"
    r"executive|chief|leader|chairman|chairwoman|director|secretary|minister|senator|governor|premier|"
    r"president|ambassador|envoy|official|officer|manager|member|actress|actor|activist|economist|expert|"
    r"journalist|reporter|correspondent|writer|columnist|historian|professor|lawyer|attorney|judge|"
    r"backbencher|congressman|congresswoman|representative|deputy|colleague|founder|businessman|tycoon|"
    r"gunman|shooter|suspect|victim|mayor|commissioner|strategist|pollster|consultant|host|anchor|"
    r"comedian|singer|rapper|musician|director|producer|surgeon|doctor|nurse|pastor|rabbi|bishop|mother|"
    r"father|son|daughter|wife|husband|brother|sister|friend|managers?|[Ss]en\.|Rep\.|Gov\.|Sen|Rep|Gov)\s+$"
)
_OUTLET_PART = re.compile(
    r"(.+?)\s+(?:Radio|Television|TV|World\s+Service|Online|News\s+Channel)(?:\s+\w+)?$"
)
_LOCATIVE = re.compile(r"(?<![\w-])(?:at|in|inside|outside|into|to|from|near|by|on)\s+(?:the\s+)?$")
_GOVERNMENT = re.compile(r"(?<![\w-])((?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*)\s+(?:government|cabinet)(?![\w-])")
# "the Greek government said", "... has refused": a body acting, not a modifier ("government troops")
_ACTS = re.compile(
    r"\s+(?:(?:also|has|had|have|is|was|will|would|could|did|does|then)\s+)?"
    r"(?!(?:troops|forces|officials|sources|buildings|offices|bonds|spending|policy|policies)\b)"
    r"(?:said|says|told|announced|[a-z]+ed|[a-z]+s)(?![\w-])"
)
_PARTY_WORDS = frozenset(
    "democratic republican conservative labour liberal tory socialist communist federal provincial "
    "state".split()
)
_KNOWN_AS = re.compile(r"(?:also|better|widely|commonly)?\s*known\s+as\s+|a\.k\.a\.?\s+|nicknamed\s+$")
_SAID = re.compile(
    r"^,?\s*(?:who\b|a\s|an\s|the\s|of\s+the\s|told|said|says|told|added|wrote|argued|noted|explained|insisted|predicted|"
    r"warned|commented|asked|agreed|recalled|contended)",
    re.IGNORECASE,
)
_SAID_BEFORE = re.compile(r"\s\b(said|says|told|added|wrote|according to|by|with|and)\s+$")


@dataclass
class Word:
    start: int
    end: int  # without a possessive 's
    text: str
    poss: bool = False

    @property
    def cap(self) -> bool:
        t = self.text
        return t[:1].isupper() or (t[:3] in ("al-", "el-") and t[3:4].isupper())


@dataclass
class Ref:
    """A word that names an entity found elsewhere: a family name, a given name, a post, an acronym."""

    start: int
    end: int
    target: NameMention
    kind: str  # "alias" | "title" | "acronym"


def words_of(text: str, start: int, end: int) -> list[Word]:
    out = []
    for m in _WORD.finditer(text, start, end):
        s, e = m.start(), m.end()
        w = m.group()
        if w.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.){2,}", w):
            stem = w[:-1]
            if not (
                stem.casefold() in ABBREV or (len(stem) == 1 and stem.isupper()) or lexicon().is_honorific(w)
            ):
                w, e = stem, e - 1
        poss = False
        for suf in ("'s", "’s"):
            if w.endswith(suf) and len(w) > 3:
                w, e, poss = w[:-2], e - 2, True
                break
        if w.endswith(("'", "’")):  # "Bankers' Association": a plural possessive stays inside the name
            w, e = w[:-1], e - 1
        out.append(Word(s, e, w, poss))
    return out


def _roles_alt() -> str:
    return "|".join(re.escape(r) for r in sorted(lexicon().sets["role_nouns"], key=len, reverse=True))


# posts named otherwise when met again: "the pontiff" is the Pope, "the premier" the prime minister
_ROLE_SYNONYMS = {"pontiff": "pope", "monarch": "king", "emir": "emir"}
_ENDS_LOWER = re.compile(r"[a-z]\s+$")
_MODIFIER = re.compile(
    r"former|deputy|vice|chief|senior|top|acting|shadow|foreign|prime|then|trade|finance|defence|defense|economy|"
    r"energy|oil|interior|justice|health|labour|labor|party|campaign|union|state|press|security|intelligence|"
    r"[a-z]+(?:al|ic|ive|ous|ary|an|ese|ish)"
)


@cache
def _role_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w-])((?:(?:former|deputy|vice|chief|senior|top|acting|shadow|foreign|prime|then|"
        r"[a-z]+(?:al|ic|ive|ous|ary|an|ese|ish))\s+){0,2}?(?:" + _roles_alt() + r"))\s+$"
    )


@cache
def _title_ref_re() -> re.Pattern[str]:
    return re.compile(
        r"\b[Tt]he\s+((?:[A-Z][\w.-]*\s+)?(?:(?:former|deputy|vice|chief|foreign|prime|shadow|senior|"
        r"top|acting|junior|presidential|democratic|republican)\s+)?(?:"
        + _roles_alt()
        + r"|PM))\b(?!\s+[A-Z])"
    )


class EnglishMentions:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.L = lexicon()
        b0, b1 = doc.body
        self.words = words_of(self.text, b0, b1)
        self.index = {w.start: i for i, w in enumerate(self.words)}
        self.out: list[NameMention] = []
        self.refs: list[Ref] = []
        self.datelines: set[int] = set()
        self.para_starts = {p0 for p0, _ in doc.paragraphs}
        self.sent_starts = {s for s, _ in doc.sentences}
        quotes = doc.quotes
        self.in_quote = [(q.start, q.end) for q in quotes]

    # ---------------------------------------------------------------- word shapes
    def gap(self, a: Word, b: Word) -> str:
        return self.text[a.end if not a.poss else a.end : b.start]

    def joined(self, a: Word, b: Word) -> bool:
        if a.poss:
            return False
        g = self.text[a.end : b.start]
        return g in (" ", "  ") or (g in ("' ", "’ ") and a.text.endswith("s"))

    def is_acronym(self, w: Word) -> bool:
        t = w.text.replace(".", "").replace("-", "")
        return len(t) >= 2 and t.isupper() and t.isalnum()

    def namey(self, w: Word) -> bool:
        """A word that can be part of a name: capitalised, not a hyphenated adjective ("Paris-based")."""
        t = w.text
        if not w.cap:
            return False
        if "-" in t and not all(p[:1].isupper() or p in ("al", "el") or p.isdigit() for p in t.split("-")):
            return False
        return True

    # ---------------------------------------------------------------- runs of capitalised words
    def runs(self) -> list[list[Word]]:
        """Maximal runs of capitalised words, with name and organization links inside them."""
        ws = self.words
        runs, i = [], 0
        while i < len(ws):
            if not self.namey(ws[i]) and not (
                ws[i].text in _LINKS and i + 1 < len(ws) and self.namey(ws[i + 1])
            ):
                i += 1
                continue
            j = i + 1
            while j < len(ws) and self.joined(ws[j - 1], ws[j]):
                w = ws[j]
                if self.namey(w):
                    j += 1
                    continue
                if (
                    (w.text in _LINKS or w.text in _ORG_LINKS)
                    and j + 1 < len(ws)
                    and self.joined(w, ws[j + 1])
                    and (
                        (self.namey(ws[j + 1]) and not self.L.is_stop(ws[j + 1].text))
                        or (ws[j + 1].text == "the" and j + 2 < len(ws) and self.namey(ws[j + 2]))
                    )
                ):
                    j += 1
                    continue
                break
            runs.append(ws[i:j])
            i = j
        return runs

    def sentence_initial(self, w: Word) -> bool:
        if w.start in self.sent_starts or w.start in self.para_starts:
            return True
        before = self.text[max(0, w.start - 3) : w.start]
        return bool(re.search(r"[\"“(]\s*$", before)) and self.text[max(0, w.start - 1)] in '"“('

    def quoted(self, s: int, e: int) -> bool:
        return any(qs <= s and e <= qe for qs, qe in self.in_quote)

    # ---------------------------------------------------------------- classification
    def classify(self, run: list[Word]) -> None:
        L = self.L
        # drop sentence openers and function words at the front ("The", "But", "When")
        while (
            run
            and (
                (
                    L.is_stop(run[0].text)
                    and run[0].text not in _KEEP_FRONT
                    and not (L.is_honorific(run[0].text) and len(run) > 1)
                )
                or run[0].text in _ORG_LINKS
                or run[0].text in _LINKS
            )
            and not (len(run) > 1 and L.org(" ".join(w.text for w in run)))
        ):
            run = run[1:]
        while run and (run[-1].text in _ORG_LINKS or run[-1].text in _LINKS):
            run = run[:-1]
        if not run:
            return
        # an all-caps dateline opening a paragraph: "MACAU (Reuters) -", "ROME —"
        if (
            run[0].start in self.para_starts
            and all(w.text.isupper() and len(w.text) > 2 for w in run)
            and not L.org(run[0].text)
        ):
            after = self.text[run[-1].end : run[-1].end + 3]
            if re.match(r"\s*[(,—–-]", after):
                self.datelines.add(run[0].start)
                return
        text = " ".join(w.text for w in run)
        if len(run) <= 4 and self.outlet_cue().search(self.text, max(0, run[0].start - 30), run[0].start):
            self.add(run, ORG)  # "the British newspaper the Independent", "the daily Asahi Shimbun"
            return
        low = None if run[-1].poss else _LOW_ORG.match(self.text, run[-1].end)
        if low and not L.place(text) and (
            not low.group().strip().startswith("leadership")
            or any(L.org(w.text) or L.is_org_head(w.text) or L.has("title_words", w.text) for w in run)
        ):
            # "the Obama administration", "the Sanders campaign", "the House Republican leadership"
            # (not "the Middle Eastern leadership": a leadership is a body's)
            self.add(run, ORG)
            return
        # the whole run is a known organization or place
        if L.org(text):
            if len(run) == 1 and L.is_title_word(text) and _LOW_POST.match(self.text, run[-1].end):
                return  # "Labour minister", "Treasury secretary": a post, not the body
            self.add(run, ORG)
            return
        # split at links ("and", "of" ...) unless the whole is an organization with a head word
        if any(w.text in _ORG_LINKS and w.text not in _LINKS for w in run) or (
            any(w.text in _ORG_LINKS for w in run) and not L.is_first_name(run[0].text)
        ):
            if self.org_with_head(run) and not self.two_entities(run):
                self.add(run, ORG)
                return
            if L.place(text):
                self.add(run, PLACE, subtype=L.place(text))
                return
            if not any(w.text in ("and", "et", "in", "on") for w in run) and self.title_split(run):
                return
            part: list[Word] = []
            for w in run:
                if w.text in _ORG_LINKS:
                    if part:
                        self.classify(part)
                    part = []
                else:
                    part.append(w)
            if part:
                self.classify(part)
            return
        sub = L.place(
            text,
            after_preposition=bool(_PREP_PLACE.search(self.text[max(0, run[0].start - 25) : run[0].start])),
        )
        if sub and not (len(run) == 1 and self.next_is_name(run[0])):
            self.add(run, PLACE, subtype=sub)
            return
        if (
            len(run) >= 2
            and L.has("place_heads", run[-1].text)
            and not L.is_honorific(run[0].text)
            # "Lena Park" is a person; "Hudson Tower", "Kennedy Airport" are no one's names
            and (not L.is_first_name(run[0].text) or L.has("venue_heads", run[-1].text))
        ):
            # "Orlando International Airport", "Trump Tower": a venue; "Downing Street", "Hama Province"
            self.add(run, PLACE, subtype=VENUE if L.has("venue_heads", run[-1].text) else "Place")
            return
        if self.title_split(run):
            return
        if self.org_with_head(run) or (
            len(run) in (2, 3) and L.has("org_tails", run[-1].text) and not L.is_first_name(run[0].text)
        ):
            self.add(run, ORG)  # "London Stock Exchange"; "Mondelez International"
            return
        # an acronym: listed, or defined in brackets elsewhere
        if len(run) == 1 and self.is_acronym(run[0]):
            return  # unknown acronyms are decided in acronyms()
        if L.is_honorific(run[0].text) and len(run) > 1:
            self.add(run[1:], PERSON)
            return
        if L.is_first_name(run[0].text) and len(run) >= 2:
            if re.search(
                r"(?<![\w-])(?:[Tt]he|(?:to(?:night|day|morrow)|yesterday|\w+day)['’]s)\s+$",
                self.text[max(0, run[0].start - 14) : run[0].start],
            ):
                return  # "The Kelly File", "tonight's Kelly File": a named thing, not a person
            self.add(run[:5], PERSON)
            return
        # names of two to four words, known from their context
        if 2 <= len(run) <= 4 and all(w.text[:1].isupper() and not w.text.isupper() for w in run):
            before = self.text[max(0, run[0].start - 60) : run[0].start]
            after = self.text[run[-1].end : run[-1].end + 20]
            cue = _SAID_BEFORE.search(before)
            if cue and cue.group(1) == "and" and not any(
                m.kind == PERSON and m.end == run[0].start - len(cue.group()) for m in self.out
            ):
                cue = None  # "Chips Ahoy and Nilla Wafers": only "Trump and X" makes X a person
            if _ROLE_BEFORE.search(before) or _SAID.match(after) or cue:
                if L.has("meeting_nouns", run[-1].text) or L.has("event_heads", run[-1].text):
                    return  # "the Nuclear Security Summit, an event ...": a gathering, not a person
                if not any(
                    L.is_stop(w.text) or L.is_org_head(w.text) or L.has("nationalities", w.text) for w in run
                ):
                    self.add(run, PERSON)
                    return
        # a single word: a nationality, a title, a common word at a sentence start ... not a name by itself
        return

    def outlet_cue(self) -> re.Pattern[str]:
        pat = self.L.patterns.get("_outlet_cue")
        if pat is None:
            alt = "|".join(sorted(self.L.sets["outlet_cues"], key=len, reverse=True))
            pat = self.L.patterns["_outlet_cue"] = re.compile(rf"(?<![\w-])(?:{alt})\s+(?:the\s+)?$")
        return pat

    def entity_like(self, run: list[Word]) -> bool:
        L = self.L
        while run and run[0].text == "the":
            run = run[1:]
        if not run:
            return False
        text = " ".join(w.text for w in run)
        return bool(
            L.org(text)
            or L.place(text)
            or self.org_with_head(run)
            or L.is_honorific(run[0].text)
            or (L.is_first_name(run[0].text) and len(run) > 1)
            or any(L.is_title_head(w.text) for w in run)
            or (len(run) == 1 and self.known_person(run[0].text))
        )

    def known_person(self, word: str) -> bool:
        """A family name of a person already named ("Smith and Treasury officials": Smith is that person)."""
        return any(
            m.kind == PERSON and self.text[m.start : m.end].split()[-1] == word for m in self.out
        )

    def two_entities(self, run: list[Word]) -> bool:
        """ "World Bank and the IMF", "Italy and Germany": two names joined by "and", not one name."""
        for i, w in enumerate(run):
            if w.text == "and" and self.entity_like(run[:i]) and self.entity_like(run[i + 1 :]):
                return True
        return False

    def next_is_name(self, w: Word) -> bool:
        i = self.index[w.start]
        return i + 1 < len(self.words) and self.joined(w, self.words[i + 1]) and self.namey(self.words[i + 1])

    def org_with_head(self, run: list[Word]) -> bool:
        """A capitalised phrase with an organization head word: "London Stock Exchange"."""
        L = self.L
        if len(run) < 2 and not L.org(run[0].text):
            return False
        heads = [i for i, w in enumerate(run) if L.is_org_head(w.text)]
        if not heads:
            return False
        if any(L.is_honorific(w.text) for w in run[:1]):
            return False
        # "Deutsche Boerse", "Paris Club", "Institute of Fiscal Studies", "Bank of England"
        last = heads[-1]
        return (
            last == len(run) - 1
            or (last + 1 < len(run) and run[last + 1].text in _ORG_LINKS)
            or len(run) <= 4
        )

    def title_split(self, run: list[Word]) -> bool:
        """TITLE NAME in one run: "Defence Minister Sergei Shoigu", "Senate Minority Leader Harry Reid"."""
        L = self.L
        heads = [
            i
            for i in range(len(run))
            if any(L.is_title_head(" ".join(x.text for x in run[max(0, i - n) : i + 1])) for n in range(4))
        ]
        heads = [i for i in heads if i < len(run) - 1]
        if not heads:
            return False
        # the name starts after the last title word that is followed by a name
        for k in sorted(heads, reverse=True):
            name = run[k + 1 :]
            if not name or any(w.text in _ORG_LINKS for w in name):
                continue
            if len(name) > 4 and not L.is_first_name(name[0].text):
                continue
            if any(L.is_org_head(w.text) for w in name) and not L.is_first_name(name[0].text):
                continue
            if any(L.is_title_word(w.text) for w in name) and not L.is_first_name(name[0].text):
                continue
            if L.place(" ".join(w.text for w in name)) and not L.is_first_name(name[0].text):
                continue
            if L.is_honorific(name[0].text):
                name = name[1:]
                if not name:
                    continue
            if all(self.is_acronym(w) for w in name):
                continue
            start = 0
            while start < k and (L.is_stop(run[start].text) or run[start].text in _ORG_LINKS):
                start += 1
            title = (run[start].start, run[k].end)
            self.add(name[:4], PERSON, title=title)
            return True
        return False

    def add(self, run: list[Word], kind: str, *, title=None, subtype=None) -> None:
        if not run:
            return
        s, e = run[0].start, run[-1].end
        if kind == ORG and self.L.is_title_head(run[-1].text):
            # "Fox News Chairman (and CEO Roger Ailes)": the body is "Fox News", the rest is a post
            while run and self.L.is_title_head(run[-1].text):
                run = run[:-1]
            if not run or not (self.L.org(" ".join(w.text for w in run)) or self.org_with_head(run)):
                return
            s, e = run[0].start, run[-1].end
        if kind == ORG and _ROLE_AFTER.match(self.text, e):
            return  # "Wisconsin Senate candidate Russ Feingold": part of a post, not a body named
        if kind == ORG and not run[-1].poss:
            low = _LOW_ORG.match(self.text, e)  # "the Senate Democratic caucus", "the Obama administration"
            # "the Clinton Foundation leadership" is the foundation; "the House Republican leadership" a body
            if low and (
                not low.group().strip().startswith("leadership")
                or not (self.L.org(" ".join(w.text for w in run)) or self.org_with_head(run))
            ):
                e = low.end()
        if kind == PERSON and (
            self.L.is_stop(run[-1].text)
            or self.L.has("nationalities", run[-1].text)
            or all(self.L.is_title_word(w.text) or self.L.is_stop(w.text) for w in run)
        ):
            return
        if kind == ORG and len(run) > 1:
            # "Labour Party": the listed party name with "Party" after it is that name
            for k in range(len(run) - 1, 0, -1):
                if self.L.org(" ".join(w.text for w in run[:k])) and all(w.text == "Party" for w in run[k:]):
                    run = run[:k]
                    e = run[-1].end
                    break
        if title is None and kind == PERSON:
            title = self.role_before(s)
        self.out.append(NameMention(s, e, kind, title=title, subtype=subtype))

    def role_before(self, s: int) -> tuple[int, int] | None:
        """A lower-case post right before a name: "deputy leader John Prescott" -> "deputy leader"."""
        lo = max(0, s - 50)
        if not _ENDS_LOWER.search(self.text, lo, s):
            return None
        words = list(re.finditer(r"[\w.-]+", self.text[lo:s]))[-5:]
        roles = self.L.sets["role_nouns"]
        for n in (3, 2, 1):  # the longest post that ends right before the name
            if len(words) < n:
                continue
            phrase = " ".join(w.group() for w in words[-n:])
            if phrase.casefold() == phrase and phrase in roles:
                k = len(words) - n
                while k > 0 and len(words) - k < n + 2 and _MODIFIER.fullmatch(words[k - 1].group()):
                    k -= 1
                return (lo + words[k].start(), lo + words[-1].end())
        return None

    # ---------------------------------------------------------------- passes
    def acronyms(self) -> None:
        """ "the London Stock Exchange (LSE)": the acronym names the organization before it."""
        by_end = {m.end: m for m in self.out if m.kind in (ORG, PLACE)}
        defined: dict[str, NameMention] = {}
        for m in re.finditer(r"\s*\(([A-Z][A-Za-z.&-]{1,9})\)", self.text):
            target = by_end.get(m.start())
            if target is not None:
                defined[m.group(1)] = target
        # "the European Union" ... "the EU", "the Democratic National Committee" ... "the DNC": the initials
        for o in self.out:
            if o.kind == ORG:
                ws = [w for w in self.text[o.start : o.end].split() if w[:1].isupper()]
                initials = "".join(w[0] for w in ws)
                if len(ws) >= 2 and initials.isupper():
                    defined.setdefault(initials, o)
        taken = [(m.start, m.end) for m in self.out if m.end - m.start > 6]
        for w in self.words:
            if (
                not self.is_acronym(w)
                or len(w.text) > 6
                or w.start in self.datelines
                or any(s <= w.start < e for s, e in taken)
            ):
                continue
            t = w.text
            if t in defined:
                self.refs.append(Ref(w.start, w.end, defined[t], "acronym"))
                self.out = [m for m in self.out if not (m.start == w.start and m.end == w.end)]
            elif any(m.start == w.start for m in self.out):
                continue
            elif self.L.org(t):
                self.out.append(NameMention(w.start, w.end, ORG))
            elif self.L.place(t):
                self.out.append(NameMention(w.start, w.end, PLACE, subtype=self.L.place(t)))

    def aliases(self) -> None:
        """A person named in full is found again by the family name, and by a given name standing alone."""
        persons = [m for m in self.out if m.kind == PERSON]
        family: dict[str, NameMention] = {}
        given: dict[str, NameMention] = {}
        middle: dict[str, NameMention] = {}
        for m in persons:
            parts = self.text[m.start : m.end].split()
            if len(parts) >= 2:
                family.setdefault(parts[-1], m)
                if (
                    len(parts) == 3
                    and self.L.is_first_name(parts[0])
                    and len(parts[1]) > 2
                    and parts[1][:1].isupper()
                    and not self.L.is_first_name(parts[1])
                    and parts[1].casefold() not in _LINKS
                ):
                    middle.setdefault(parts[1], m)  # "Juan Lechin Oquendo" is "Lechin": the father's surname
                if self.L.is_first_name(parts[0]):
                    given.setdefault(parts[0], m)
            else:
                family.setdefault(parts[0], m)
        for g in list(given):
            if g in family or sum(1 for p in persons if self.text[p.start : p.end].split()[0] == g) > 1:
                given.pop(g)
        # "Bashar al-Assad" ... "Assad": the family name without its article
        for fam, m in list(family.items()):
            bare = re.sub(r"^(?:al|el|Al|El)[-‐]", "", fam)
            if bare != fam and bare not in family:
                given.setdefault(bare, m)
        covered = _cover(
            len(self.text), [(m.start, m.end) for m in self.out] + [m.title for m in self.out if m.title]
        )
        for w in self.words:
            if _covered(covered, w.start):
                continue
            if w.text in family:
                self.out.append(NameMention(w.start, w.end, PERSON, source="alias"))
            elif w.text in given and not self.next_is_name(w):
                self.refs.append(Ref(w.start, w.end, given[w.text], "alias"))
            elif w.text in middle and not self.next_is_name(w):
                self.refs.append(Ref(w.start, w.end, middle[w.text], "alias"))

    def title_refs(self) -> None:
        """ "the prime minister", "the Vermont senator", "the PM": the person who holds the post."""
        pat = _title_ref_re()
        persons = [m for m in self.out if m.kind == PERSON and m.source != "alias"]
        covered = _cover(
            len(self.text), [(m.start, m.end) for m in self.out] + [m.title for m in self.out if m.title]
        )
        for m in pat.finditer(self.text, *self.doc.body):
            if _covered(covered, m.start(1)):
                continue
            phrase = m.group(1).casefold()
            head = "prime minister" if phrase.endswith("pm") else phrase.split()[-1]
            head = _ROLE_SYNONYMS.get(head, head)
            best = None
            for p in persons:
                if p.start >= m.start() or not p.title:
                    continue
                title = self.text[p.title[0] : p.title[1]].casefold()
                if head in title or (head == "minister" and "prime minister" in title and "prime" in phrase):
                    if any(
                        a not in title for a in phrase.split()[:-1] if a[:1].isupper() and a not in ("the",)
                    ):
                        continue
                    best = p
            if best is not None:
                self.refs.append(Ref(m.start(1), m.end(1), best, "title"))

    def org_variants(self) -> None:
        """ "Swiss Bankers' Association" ... "Bankers' Association": the shorter refers to the longer;
        "European Commission" ... "EU Commission": one body, named first by the spelling met first."""
        orgs = [m for m in self.out if m.kind == ORG]
        prefixes = self.L.lex.raw.get("org_prefixes", {})
        spelled: dict[str, NameMention] = {}
        keep = []
        for m in self.out:
            t = self.text[m.start : m.end]
            if m.kind == ORG and prefixes and " " in t:
                first, rest = t.split(None, 1)
                key = f"{prefixes.get(first, first)} {rest}".casefold()
                f = spelled.setdefault(key, m)
                if f is not m and self.text[f.start : f.end] != t:
                    self.refs.append(Ref(m.start, m.end, f, "alias"))
                    continue
            if m.kind == ORG and len(t.split()) >= 2:
                longer = next(
                    (o for o in orgs if o is not m and self.text[o.start : o.end].endswith(" " + t)), None
                )
                if longer is not None:
                    self.refs.append(Ref(m.start, m.end, longer, "alias"))
                    continue
            keep.append(m)
        self.out = keep

    def org_parts(self) -> None:
        """ "BBC Radio 4", "BBC World Service": the outlet of a body named alone is that body."""
        alone = {self.text[m.start : m.end]: m for m in self.out if m.kind == ORG}
        keep = []
        for m in self.out:
            t = self.text[m.start : m.end]
            head = _OUTLET_PART.match(t)
            if m.kind == ORG and head and head.group(1) in alone and alone[head.group(1)] is not m:
                self.refs.append(Ref(m.start, m.end, alone[head.group(1)], "alias"))
                continue
            keep.append(m)
        self.out = keep

    def company_short(self) -> None:
        """ "Mondelez International" ... "Mondelez": a company is called by its name without the tail."""
        short: dict[str, NameMention] = {}
        for m in self.out:
            parts = self.text[m.start : m.end].split()
            if m.kind == ORG and len(parts) >= 2 and self.L.has("org_tails", parts[-1]):
                short.setdefault(" ".join(parts[:-1]), m)
        if not short:
            return
        spans = [(m.start, m.end) for m in self.out] + [(r.start, r.end) for r in self.refs]
        covered = _cover(len(self.text), spans)
        for name, target in short.items():
            b0, b1 = self.doc.body
            for w in re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])").finditer(self.text, b0, b1):
                if not _covered(covered, w.start()):
                    self.refs.append(Ref(w.start(), w.end(), target, "alias"))

    def knights(self) -> None:
        """ "Sir John Stevens" ... "Sir John": a knight is called by the given name after "Sir"."""
        full: dict[str, NameMention] = {}
        for m in self.out:
            parts = self.text[m.start : m.end].split()
            knighted = re.search(r"(?:Sir|Dame)\s+$", self.text[max(0, m.start - 6) : m.start])
            if m.kind == PERSON and len(parts) >= 2 and knighted:
                full.setdefault(parts[0], m)
        if not full:
            return
        keep = []
        for m in self.out:
            t = self.text[m.start : m.end]
            target = full.get(t)
            if m.kind == PERSON and target is not None and target is not m and re.search(
                r"(?:Sir|Dame)\s+$", self.text[max(0, m.start - 6) : m.start]
            ):
                self.refs.append(Ref(m.start, m.end, target, "alias"))
                continue
            keep.append(m)
        self.out = keep

    def national_bodies(self) -> None:
        """ "the Greek government said": a nationality with a lower-case body noun names that body."""
        b0, b1 = self.doc.body
        hits = []
        for m in _GOVERNMENT.finditer(self.text, b0, b1):
            g = m.group(1)
            nat = g if self.L.has("nationalities", g) else g.split()[-1]
            if self.L.has("nationalities", nat) and nat.casefold() not in _PARTY_WORDS:
                hits.append((m.end(1) - len(nat), m.end()))
        if not hits:
            return
        covered = _cover(len(self.text), [(m.start, m.end) for m in self.out])
        for a, b in hits:
            if _covered(covered, a) or _covered(covered, b - 1) or not _ACTS.match(self.text, b):
                continue  # "Syrian government troops", "the Conservative government": no body acting
            if not self.quoted(a, b):
                self.out.append(NameMention(a, b, ORG))

    def known_as(self) -> None:
        """ "Mahmoud Abbas, also known as Abu Mazen": the second name is the same person's."""
        persons = [m for m in self.out if m.kind == PERSON]
        drop: dict[int, NameMention] = {}
        for m in persons:
            cue = _KNOWN_AS.search(self.text, max(0, m.start - 40), m.start)
            if not cue:
                continue
            before = [p for p in persons if p.end <= cue.start() and id(p) not in drop]
            if before and not self.text[before[-1].end : cue.start()].strip(" ,("):
                self.refs.append(Ref(m.start, m.end, before[-1], "alias"))
                drop[id(m)] = before[-1]
        if not drop:
            return
        # the second name's family word found again elsewhere ("Mazen") is the same person too
        again = {}
        for m in self.out:
            if t := drop.get(id(m)):
                again[self.text[m.start : m.end]] = again[self.text[m.start : m.end].split()[-1]] = t
        keep = []
        for m in self.out:
            if id(m) in drop:
                continue
            t = again.get(self.text[m.start : m.end])
            if m.kind == PERSON and t is not None and t is not m:
                self.refs.append(Ref(m.start, m.end, t, "alias"))
                continue
            keep.append(m)
        self.out = keep

    def place_variants(self) -> None:
        """ "the United States" ... "U.S.": one place; the first spelling names it, the others refer to it."""
        first: dict[str, NameMention] = {}
        keep = []
        for m in sorted(self.out, key=lambda m: m.start):
            if m.kind == PLACE:
                canon = self.L.variant_of.get(" ".join(self.text[m.start : m.end].split()).casefold())
                if canon:
                    f = first.setdefault(canon, m)
                    if f is not m and self.text[f.start : f.end] != self.text[m.start : m.end]:
                        self.refs.append(Ref(m.start, m.end, f, "alias"))
                        continue
            keep.append(m)
        self.out = keep

    def family_not_place(self) -> None:
        """ "Obama", "Clinton" are towns too: a place that is a family name named is the person."""
        family = {self.text[m.start : m.end].split()[-1] for m in self.out if m.kind == PERSON}
        for m in self.out:
            if (
                m.kind in (PLACE, ORG)
                and self.text[m.start : m.end] in family
                and " " not in self.text[m.start : m.end]
            ):
                m.kind, m.subtype, m.source = PERSON, None, "alias"

    def venues(self) -> None:
        """ "the Phoenix airport", "the Pulse nightclub": a name with a lower-case venue noun is a place,
        more specific than the town in it; "the mining ministry" is a body."""
        L = self.L
        pat = L.patterns.get("_venue")
        if pat is None:
            nouns = "|".join(sorted(L.sets["venue_nouns"], key=len, reverse=True))
            fields = "|".join(sorted(L.sets["ministry_fields"], key=len, reverse=True))
            pat = L.patterns["_venue"] = re.compile(
                rf"(?<![\w-])[Tt]he\s+(?P<v>(?:[A-Z][\w.-]*\s+){{1,3}}?(?:{nouns}))(?![\w-])"
                rf"|(?<![\w-])(?:[Tt]he|an?)\s+(?P<m>(?:{fields})\s+ministry)(?![\w-])"
            )
        b0, b1 = self.doc.body
        found = []
        for m in pat.finditer(self.text, b0, b1):
            kind = PLACE if m.group("v") else ORG
            a, b = m.span("v") if m.group("v") else m.span("m")
            if kind == PLACE:
                name = self.text[a:b].rsplit(None, 1)[0]
                if any(x.kind in (PERSON, ORG) and x.start < a + len(name) and a < x.end for x in self.out):
                    continue  # "the Clinton residence", "the Labour club": someone's, not a venue's name
                if self.L.is_stop(name.split()[0]) or self.L.has("nationalities", name.split()[-1]):
                    continue  # "the Monday club", "the Italian embassy"
            if self.quoted(a, b):
                continue
            found.append((a, b, kind))
        if not found:
            return
        self.out = [x for x in self.out if not any(a <= x.start and x.end <= b for a, b, _ in found)]
        heads: dict[str, NameMention] = {}
        for a, b, kind in found:
            mm = NameMention(a, b, kind, subtype=VENUE if kind == PLACE else None)
            self.out.append(mm)
            if kind == PLACE:
                heads.setdefault(self.text[a:b].rsplit(None, 1)[1].casefold(), mm)
                head = self.text[a:b].rsplit(None, 1)[1].casefold()
                for n in L.sets["venue_nouns"]:  # "the Pulse nightclub" ... "the club"
                    if head.endswith(n) and head != n:
                        heads.setdefault(n, mm)
        # "outside the club", "at the airport": the venue named before with that noun
        for noun, mm in heads.items():
            for r in re.finditer(rf"(?<![\w-])the\s+({noun})(?![\w-])", self.text[mm.end : b1]):
                a = mm.end + r.start(1)
                if not self.quoted(a, a + len(noun)):
                    self.refs.append(Ref(a, a + len(noun), mm, "alias"))

    def seats(self) -> None:
        """ "met at the White House": a seat of power named where something happens is a place
        (every mention of it then); "the White House said" alone leaves it the body."""
        seats = [m for m in self.out if m.kind == ORG and self.L.has("seats", self.text[m.start : m.end])]
        located = {
            self.text[m.start : m.end]
            for m in seats
            if _LOCATIVE.search(self.text, max(0, m.start - 20), m.start)
        }
        for m in seats:
            if self.text[m.start : m.end] in located:
                m.kind, m.subtype = PLACE, VENUE

    def run(self) -> list[NameMention]:
        for run in self.runs():
            self.classify(run)
        self.venues()
        self.seats()
        self.family_not_place()
        self.out.sort(key=lambda m: m.start)
        self.acronyms()
        self.place_variants()
        self.org_variants()
        self.org_parts()
        self.aliases()
        self.known_as()
        self.knights()
        self.company_short()
        self.national_bodies()
        self.title_refs()
        self.out.sort(key=lambda m: m.start)
        self.refs.sort(key=lambda r: r.start)
        self.doc.__dict__["_en_refs"] = self.refs
        return self.out


def _cover(n: int, spans) -> bytearray:
    """A mask of the characters inside any of ``spans``."""
    mask = bytearray(n + 1)
    for s, e in spans:
        mask[s:e] = b"\x01" * (e - s)
    return mask


def _covered(mask: bytearray, pos: int) -> bool:
    return bool(mask[pos])


def find_mentions(doc) -> list[NameMention]:
    """Names in an English doc's body (normalized spans); references are left on ``doc`` for later stages."""
    return EnglishMentions(doc).run()
