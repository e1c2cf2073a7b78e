"""Quotations in English news and who said them.

A quotation is text in quotation marks of three words or more that is not a
name. Its speaker is found the way a reader finds it:

* right after the quote: `"…," he said`, `"…," said Frederic Hof`,
  `"…," Ontario's Peterson said`, `"…," the statement read`, `"…", according to X`;
* before it, through a reporting verb: `Mr Blair told the party: "…"` (the
  subject is the name nearest before the verb; `Mr Blair's spokesman said`
  gives Mr Blair), `said Mulroney: "…"`; a participle (`…, adding: "…"`,
  `telling Reuters, "…"`) takes the subject of the sentence;
* `He`/`She` stands for the last speaker named nearby, else the sentence's
  subject; `the minister` for the person who holds the post; `the ministry`,
  `the statement` for the organization named last;
* a quote broken by its reporting clause (`"X," he said, "Y"`) is one
  statement; a quotation with no cue that goes on from a speaker's quote (the
  next paragraph, or later in the same sentence) is that speaker's.

Quotes whose speaker cannot be found are left out with a warning.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Any

from kg.en_lex import lexicon
from kg.en_refs import PRONOUNS, Refs
from kg.mentions import ORG, PERSON, PLACE, NameMention
from kg.normalize import clean
from kg.records import Statement
from kg.statements import quotation
from kg.text import Quote

MIN_WORDS = 3
SCARE_WORDS = 4  # a lower-case phrase of this many words or fewer, inside a sentence, is not a statement
# verbs after which the name that follows is the speaker ("said Hof"), not the one spoken to ("told the BBC")
INVERTING = frozenset(
    "said says added adds wrote writes noted notes explained explains continued continues commented "
    "comments recalled recalls argued argues insisted insists warned warns declared declares observed "
    "replied replies responded stated concluded predicted conceded acknowledged remarked asserted "
    "countered cautioned quipped joked".split()
)
_BREAK = re.compile(
    r"[;:!?]|(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bSen)(?<!\bRep)(?<!\bGov)\.(?!\w)"
)


# "welcomed the statement": a past verb before an anaphor makes it an object
_OBJECT_OF = re.compile(r"[a-z]ed\s+$")
# "the Shultz comments", "his remarks": a reporting word used as a noun
_AS_NOUN = re.compile(
    r"(?<![\w-])(?:the|his|her|their|its|these|those|such|of|in|[\w]+['’]s)\s+(?:[A-Z][\w'’-]*\s+)?$"
)
_NOUNS = frozenset(
    "comments remarks claims calls reports statements notes warnings promises pledges vows charges demands "
    "answers replies responses tweets posts comment remark claim call report statement note warning".split()
)
# finite reporting verbs that open reported speech
_FINITE = frozenset(
    "said says say told tells added adds stated states declared declares insisted insists argued argues "
    "noted notes explained explains warned warns claimed claims acknowledged acknowledges admitted "
    "admits conceded concedes confirmed confirms stressed stresses emphasised emphasized maintained "
    "maintains predicted predicts announced announces reiterated reiterates contended contends "
    "asserted asserts believes believed suggested suggests recalled recalls replied replies "
    "responded responds ".split()
)
# words after which a name still opens its clause ("and Mr Blair said", "spokesman John Smith said")
_SUBJECT_LEADS = frozenset("and but that then as while when because the a an also so".split())
_POST_WORDS = frozenset(
    "spokesman spokeswoman spokesperson official executive director adviser advisor analyst economist "
    "correspondent editor lawyer attorney head boss manager coach captain chairman chief".split()
)
# a new reporting clause inside the words: ", adding that", ", he said", "but said", "and added"
_NEXT_REPORT = re.compile(
    r",\s+(?:adding|saying|he\s+said|she\s+said|according\s+to)\b"
    r"|,?\s+(?:and|but)\s+(?:also\s+|then\s+)?"
    r"(?:said|says|added|argued|insisted|warned|noted|acknowledged|stressed|told|claimed)\b"
)
_ENDS_SENTENCE = re.compile(
    r"(?:\s+(?:[A-Z][\w.'’-]*|the|a|an|[a-z]+\s+minister)){0,5}\s*[.!?]?\s*$|\s*[.!?]"
)
_STAFF_OF = re.compile(
    r"(?<![\w-])(?:executives|officials|representatives|spokes(?:man|woman|person)|an?\s+official)\s+"
    r"(?:for|of|at|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
MAX_REPORTED = 40  # words of a reported clause kept
# after the verb: "on Tuesday", "in a statement", "late on Monday", "yesterday"
_REPORT_ADV = re.compile(
    r"(?:\s*,?\s*(?:(?:late\s+|early\s+)?on\s+\w+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|(?:in|on)\s+(?:a|an|the|his|her|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|interview|speech|letter|address|broadcast|briefing|post|tweet|"
    r"conference|programme|program|show)(?:\s+(?:with|to|on)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,4})?|"
    r"(?:last|this)\s+(?:week|month|year|\w+day)|also|again|separately|later|earlier|privately|publicly))+\s*,?"
)
# "told reporters", "told the BBC", "told MPs", "told him": the one told
_TOLD_OBJ = re.compile(
    r"\s+(?:reporters|journalists|him|her|them|us|me|MPs|lawmakers|senators|delegates|supporters|parliament|"
    r"(?:the\s+)?(?:[A-Z0-9][\w.'’-]*\s+){0,4}[A-Z0-9][\w.'’-]*(?:\s+(?:programme|program|show|newspaper|radio|station))?|"
    r"the\s+(?:[\w-]+\s+){0,2}?(?:newspaper|paper|agency|committee|audience|crowd|conference|meeting|house|"
    r"chamber|radio|station|programme|program|press|media|nation|court|jury|inquiry|hearing))"
    r"(?=\s|,)"
)
# what may open a reported clause with no "that": a subject
_CLAUSE_OPENS = re.compile(
    r"\s+(?:the|a|an|his|her|its|their|our|this|these|those|it|he|she|they|we|I|there|some|all|no|any|"
    r"most|many|only|both|[A-Z][\w.'’-]*|\d[\w,.%$£€-]*)(?![\w-])(?!\s+(?:in|on|at|by|to)\s+(?:a|an)\s+statement)"
)
_TITLES_ONLY = re.compile(r"\s+(?:(?:[A-Z][\w.'’-]*|the|[a-z]+\s+minister)\s+){0,4}")
_FINITE_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(_FINITE, key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE
)
_POSSESSED = re.compile(r"['’]s?\s")
_SPOKES = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:spokes\w+|office|ministry)\s")
_ADVS = (
    r"(?:(?:also|later|then|has|had|have|again|earlier|meanwhile|however|now|still|too|on\s+\w+|\w+ly)\s+){0,3}"
)
# between the speaker and the verb: adverbs, "'s spokesman"; or an appositive between commas
_CLOSE = re.compile(r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:spokes\w+|office|ministry)\s+)?\s*" + _ADVS)
_APPOS = re.compile(r",\s+[^,;:\"“”]{2,90},\s*" + _ADVS)
_CLAUSE = re.compile(r"[;:]|,\s+(?:but|and|while|as)\s|\b(?:but|while|whereas)\s")
_PRON_SUBJ = re.compile(r"(?<![\w-])(?:he|she|He|She)\s+" + _ADVS + "$")
_STAFF = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:correspondents?|officials|sources|spokes(?:man|woman|person)|executives|"
    r"representatives|analysts|economists)\s+" + _ADVS
)
# an unnamed person close to the one named after it
_DEPUTY = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[\w-]+\s+){0,2}?(?:aides?|advisers?|advisors?|"
    r"associates?|friends?|allies|ally|lawyers?|attorneys?|relatives?|staffers?|assistants?)\s+(?:to|of|for|close\s+to)\s+"
    r"(?:the\s+)?(?:[\w.-]+\s+){0,3}$"
)


def _breaks(text: str, commas: bool = False) -> bool:
    """Whether ``text`` holds a clause or sentence break (periods of "Mr." and initials do not count)."""
    return bool(_BREAK.search(text)) or (commas and "," in text)


_PRON = r"(?:he|she|He|She)"
_STAFF_AFTER = re.compile(r"\s+(?:officials?|spokes(?:man|woman|person)|aides?|sources?)\b")
# a news outlet passing on the words: "…," the Orlando Sentinel reported
_OUTLET_VERBS = frozenset({"reported", "reports", "reporting"})


def _verbs() -> str:
    L = lexicon()
    return "|".join(
        re.escape(v) for v in sorted(L.sets["reporting_verbs"], key=len, reverse=True) if not v.endswith(":")
    )


class EnglishStatements:
    def __init__(self, doc, mentions: list[NameMention]):
        self.doc = doc
        self.text = doc.text
        self.L = lexicon()
        self.refs = Refs(doc, mentions)
        verbs = _verbs()
        self.verb_re = re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])", re.IGNORECASE)
        self.according = re.compile(r"(?<![\w-])according\s+to\s+", re.IGNORECASE)
        self.last_speaker: str | None = None
        self.prev_end: int | None = None  # where the last quotation with a speaker ended
        self.found: list[tuple[int, int, str]] = []

    # ---------------------------------------------------------------- helpers
    def words(self, s: int, e: int) -> list[str]:
        return re.findall(r"[\w'’-]+", self.text[s:e])

    def is_name_like(self, q: Quote) -> bool:
        ws = self.words(q.start, q.end)
        if len(ws) < MIN_WORDS:
            return True
        # a phrase lifted into the writer's own sentence: the rebate was "set in stone" and ...,
        # exerting "a 100% effort" to ...: a few words, lower-case, with no stop of their own
        if (
            len(ws) <= SCARE_WORDS
            and self.text[q.start : q.start + 1].islower()
            and not re.search(r"[.!?,;:…]$", self.text[q.start : q.end])
            and re.search(r"[a-z,;]\s+[\"“'‘]?$", self.text[max(0, q.start - 6) : q.start])
        ):
            return True
        # a label in marks: the “let's get Monica” effort, a so-called "safe zone"
        before = self.text[max(0, q.start - 12) : q.start]
        after = self.text[q.end : q.end + 3]
        if (
            len(ws) <= 6
            and re.search(r"\b(?:the|a|an|so-called|his|her|their|its)\s+[\"“'‘]$", before)
            and re.match(r"[\"”'’]\s+[a-z]", after)
            and not re.search(r"[.!?,]$", self.text[q.start : q.end])
        ):
            return True
        # a title or name in marks: "Three Amigos", "Justitia et Pax"
        return (
            len(ws) <= 6
            and all(w[:1].isupper() or w in ("of", "the", "and", "et", "de") for w in ws)
            and not re.search(r"[.!?,]", self.text[q.start : q.end])
        )

    def entity_at(
        self, s: int, e: int, pos_hint: int, *, nearest_last: bool = True, appositive: bool = False
    ) -> str | None:
        """The entity named (or pronoun, post, org noun) nearest to the end of ``s..e`` (or its start).

        With ``appositive``, a phrase between commas right before ``e`` ("Unison, Britain's biggest union,")
        describes the name before it and is passed over.
        """
        if appositive and nearest_last:
            # "The leader of the ADL, Jonathan Greenblatt, warned": a name between commas is the subject
            app = re.search(r",\s+[^,\"“”]{2,90},\s*$", self.text[s:e])
            if (
                app
                and self.refs.within(s, s + app.start(), (PERSON, ORG, PLACE))
                and not self._names_only(s + app.start() + 1, e)
            ):
                e = s + app.start()
        cands = self.refs.within(s, e, (PERSON, ORG))
        # "a White House official said", "a Kremlin spokesman": the seat speaks through its staff
        cands += [p for p in self.refs.within(s, e, (PLACE,)) if _STAFF_AFTER.match(self.text, p.end)]
        cands.sort(key=lambda c: c.start)
        if not cands:
            cands = self.refs.within(s, e, (PLACE,))
        pron = list(re.finditer(r"(?<![\w-])(?:he|she|He|She|I|we|We)(?![\w-])", self.text[s:e]))
        anaph = list(
            re.finditer(
                r"(?<![\w-])[Tt]he\s+(?:[\w-]+\s+)?("
                + "|".join(
                    sorted(
                        self.L.sets["org_anaphors"] | {"statement", "report", "release"},
                        key=len,
                        reverse=True,
                    )
                )
                + r")(?![\w-])",
                self.text[s:e],
            )
        )
        items: list[tuple[int, int, str, Any]] = [(c.start, c.end, "ent", c) for c in cands]
        items += [(s + m.start(), s + m.end(), "pron", m.group()) for m in pron]
        # "welcomed the statement and said": the object of a verb is not who speaks
        anaph = [
            m for m in anaph if not _OBJECT_OF.search(self.text, max(0, s + m.start() - 20), s + m.start())
        ]
        items += [(s + m.start(), s + m.end(), "org", m) for m in anaph]
        items.sort()
        if not items:
            return None
        it = items[-1] if nearest_last else items[0]
        # an entity inside a longer one already chosen ("Mr Blair's official spokesman"): fine as it is
        if it[2] == "ent":
            if it[3].kind == PERSON and _DEPUTY.search(self.text, max(s, it[0] - 60), it[0]):
                return None  # "an aide to Senator X said": someone unnamed, not X
            return it[3].key
        if it[2] == "pron":
            w = it[3]
            if w.casefold() in PRONOUNS:
                return self.refs.pronoun(it[0], w, self.last_speaker)
            return self.last_speaker  # "I"/"we" outside quotes: rare; the last speaker
        return self._org_for(it[3], it[0])

    def _org_for(self, m: re.Match, pos: int) -> str | None:
        """ "the wheat group": the last organization named before whose name holds the word "wheat";
        "the statement read": the body that last spoke ("Fox News confirmed ..."), if one did."""
        if m.group(1).casefold() in ("statement", "release"):
            spoke = [who for v0, _v1, who in self.found if v0 < pos and who.startswith(ORG)]
            if spoke and not re.match(r"[Tt]he\s+(?!statement|release)[\w-]+\s+", m.group()):
                return spoke[-1]
        mod = re.match(r"[Tt]he\s+([\w-]+)\s+", m.group())
        orgs = self.refs.within(max(0, pos - 3000), pos, (ORG,))
        if mod and mod.group(1).casefold() != m.group(1).casefold():
            word = mod.group(1).casefold()
            for o in reversed(orgs):
                if re.search(rf"(?<![\w-]){re.escape(word)}", self.text[o.start : o.end].casefold()):
                    return o.key
            if not self.L.has("title_words", mod.group(1)) and not self.L.has("nationalities", mod.group(1)):
                return None  # "the wheat group" when no body of wheat is named: not the last body named
        return orgs[-1].key if orgs else None

    def _names_only(self, s: int, e: int) -> bool:
        """Whether ``s..e`` is a person's name and little else (", Jonathan Greenblatt,")."""
        ps = self.refs.within(s, e, (PERSON,))
        rest = self.text[s:e]
        for p in ps:
            rest = rest.replace(self.text[p.start : p.end], "")
        return bool(ps) and len(re.findall(r"[\w'’-]+", rest)) <= 1

    def subject_of_sentence(self, s: int, e: int) -> str | None:
        """The first person or organization of the sentence, before ``e`` (a participle's subject)."""
        for c in self.refs.within(s, e, (PERSON, ORG)):
            return c.key
        m = re.search(r"(?<![\w-])(?:he|she|He|She)(?![\w-])", self.text[s:e])
        if m:
            return self.refs.pronoun(s + m.start(), m.group(), self.last_speaker)
        return None

    # ---------------------------------------------------------------- cues
    def after(self, q: Quote, limit: int) -> tuple[str | None, tuple[int, int] | None]:
        """`"…," he said` / `"…," said X` / `"…", according to X`: the speaker after the closing mark."""
        r0 = q.end + (1 if q.end < len(self.text) and self.text[q.end] in '"”»' else 0)
        region = self.text[r0:limit]
        m0 = re.match(r"[\"”»]?\s*[,.!?;:—–-]*[\"”»]?\s*", region)
        start = r0 + (m0.end() if m0 else 0)
        if start - r0 > 4:
            return None, None
        window_end = min(limit, start + 90)
        acc = self.according.match(self.text, start)
        if acc:
            who = self.entity_at(acc.end(), min(window_end, acc.end() + 60), acc.end(), nearest_last=False)
            return who, (acc.start(), acc.end())
        v = self.verb_re.search(self.text, start, window_end)
        if not v:
            return None, None
        before = self.text[start : v.start()]
        if len(self.words(start, v.start())) > 10 or _breaks(before):
            return None, None
        if before.strip():
            who = self.entity_at(start, v.start(), v.start(), appositive=True)
            if who:
                return who, (v.start(), v.end())
            role = self._role_subject(start, v.start())
            if role:
                return role, (v.start(), v.end())
            if v.group().casefold() not in INVERTING:
                return None, None
        # "said X" / "said the minister"
        m = re.match(r"\s+(?:(?:\w+ly|also|then)\s+)?", self.text[v.end() : window_end])
        after_start = v.end() + (m.end() if m else 0)
        # "said EC external trade chief Willy de Clercq": a person after a post of a few words
        comma = self.text.find(",", after_start, window_end)
        people = self.refs.within(
            after_start, comma if comma > 0 else min(window_end, after_start + 70), (PERSON,)
        )
        if people and len(self.words(after_start, people[0].start)) <= 6:
            return people[0].key, (v.start(), v.end())
        who = self.entity_at(after_start, min(window_end, after_start + 45), after_start, nearest_last=False)
        if who and self._first_is_entity(after_start):
            return who, (v.start(), v.end())
        role = self._role_subject(after_start, min(window_end, after_start + 40), leading=True)
        return role, ((v.start(), v.end()) if role else None)

    def _first_is_entity(self, pos: int) -> bool:
        ents = self.refs.within(pos, pos + 45, (PERSON, ORG, PLACE))
        if not ents:
            return bool(re.match(r"\s*(?:he|she)\b", self.text[pos : pos + 5], re.IGNORECASE))
        gap = self.text[pos : ents[0].start]
        return len(re.findall(r"[\w'’-]+", gap)) <= 3 and not _breaks(gap, commas=True)

    def _role_subject(self, s: int, e: int, *, leading: bool = False) -> str | None:
        """ "the gambling tycoon", "the senator": the person the post stands for (as a pronoun would)."""
        roles = "|".join(re.escape(r) for r in sorted(self.L.sets["role_nouns"], key=len, reverse=True))
        pat = re.compile(rf"(?<![\w-])the\s+(?:[\w-]+\s+){{0,2}}?({roles})(?![\w-])", re.IGNORECASE)
        m = pat.match(self.text, s) if leading else pat.search(self.text, s, e)
        if m and m.end() <= e:
            # '"…," the California Republican said' right after a named speaker's words: that speaker
            near = self.prev_end is not None and len(self.words(self.prev_end, m.start())) <= 40
            if self.last_speaker and near:
                return self.last_speaker
            # a post with no named holder ("the gambling tycoon"): the article's protagonist, named first
            first = self.refs.within(self.doc.body[0], m.start(), (PERSON,))
            return first[0].key if first else self.last_speaker
        return None

    def before(self, q: Quote, region_start: int) -> tuple[str | None, tuple[int, int] | None, bool]:
        """`X said: "…"`, `He told reporters, "…"`: the last reporting verb before the quote."""
        verbs = [
            v
            for v in self.verb_re.finditer(self.text, region_start, q.start)
            if v.group().casefold() not in _NOUNS
            or not _AS_NOUN.search(self.text, max(region_start, v.start() - 30), v.start())
        ]
        if not verbs:
            return None, None, False
        v = verbs[-1]
        between = self.text[v.end() : q.start]
        # a verb far from the quote is not its cue unless only "that"/objects stand between
        # ... or the words quoted end the clause it reports ("X said the session allowed talk of policy and
        # "a little politics"): a partial quotation inside reported speech is the reporter's subject's
        limit = (
            30
            if re.match(r"\s+(?:\w+\s+){0,6}?that\b", between)
            or (
                not re.search(r"[.;:!?\"“”(]", between.rstrip(" \"“'‘"))
                and not self.refs.within(v.end(), q.start, (PERSON, ORG))
                and not self.verb_re.search(between)
            )
            else 12
        )
        if len(self.words(v.end(), q.start)) > limit:
            return None, None, False
        word = v.group().casefold()
        if word.endswith("ing"):
            first = verbs[0] if len(verbs) > 1 else None
            who = self.entity_at(region_start, first.start(), first.start()) if first else None
            return who or self.subject_of_sentence(region_start, v.start()), (v.start(), v.end()), True
        # "said Mulroney:" — the subject after the verb
        m = re.match(r"\s+", between)
        if (
            m
            and word in INVERTING
            and self._first_is_entity(v.end() + m.end())
            and not re.match(r"\s+(?:that|to|the\s+\w+\s+that)\b", between)
        ):
            who = self.entity_at(v.end(), q.start, v.end(), nearest_last=False)
            ents_before = self.refs.within(max(region_start, v.start() - 60), v.start())
            after = self.refs.within(v.end(), q.start, (PERSON, ORG))
            # "said Mulroney:", not "said the Novak comments ...": the name ends the phrase
            named = not after or re.match(r"\s*(?:[,:;—–-]|[\"“]?\s*$)", self.text[after[0].end : q.start])
            if who and not ents_before and named:
                return who, (v.start(), v.end()), True
        lo = region_start
        clause = re.search(r"[;]|\b(?:but|while|whereas)\b", self.text[lo : v.start()])
        if clause:
            lo = lo + clause.end()
        who = self.entity_at(lo, v.start(), v.start(), appositive=True)
        if who is None:
            who = self._role_subject(lo, v.start())
        if who is None and lo > region_start:
            # "Euronext said ..., but added that: ...": the verb shares the subject of the clause before
            who = self.entity_at(region_start, lo, lo, appositive=True)
        return who, (v.start(), v.end()), True

    # ---------------------------------------------------------------- reporting clauses
    def clauses(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """ "Mr Blair said ...", "the ministry told reporters ...": (verb start, verb end, speaker).

        Only verbs outside quotation marks count.

        The speaker is a name, or a pronoun resolved to one, standing right before the verb (an appositive
        between commas may stand between); a reporting word used as a noun ("his remarks") is none.
        """
        out: list[tuple[int, int, str]] = []
        for v in _FINITE_RE.finditer(self.text, lo, hi):
            word = v.group().casefold()
            if self.refs.quoted(v.start()):
                continue
            if word in _NOUNS and _AS_NOUN.search(self.text, max(lo, v.start() - 30), v.start()):
                continue
            s0 = self._sentence(v.start())[0]
            cs = s0
            for m in _CLAUSE.finditer(self.text, s0, v.start()):
                cs = m.end()
            before = self.text[cs : v.start()]
            who = self._subject_before(cs, v.start(), before)
            if who is None and re.search(r"[,\"”]\s*$", before) and word in INVERTING:
                # "..., said Mr Clarke.": the name after the verb
                inv = self.refs.within(v.end(), v.end() + 60, (PERSON, ORG))
                if inv and _TITLES_ONLY.fullmatch(self.text, v.end(), inv[0].start):
                    who = inv[0].key
            if who is None and out and out[-1][1] > s0 and re.search(
                r"\b(?:and|but)\s+(?:also\s+|then\s+|\w+ly\s+)?$", self.text[out[-1][1] : v.start()]
            ):
                who = out[-1][2]  # "... and said the Israelis were entitled ...": the same speaker
            if who:
                out.append((v.start(), v.end(), who))
                if who.startswith(PERSON):
                    self.last_speaker = who  # a later "he said" may mean the speaker of reported words
        return out

    def _sentence(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos`` (a bisection over the sentence starts)."""
        if not hasattr(self, "_starts"):
            self._starts = [a for a, _ in self.doc.sentences]
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.doc.sentences[i][0] <= pos < self.doc.sentences[i][1]:
            return self.doc.sentences[i]
        return self.doc.sentence_of(pos)

    def _subject_before(self, cs: int, vs: int, before: str) -> str | None:
        """The speaker named (or he/she) right before a reporting verb at ``vs``."""
        pron = _PRON_SUBJ.search(before)
        if pron:
            return self.refs.pronoun(cs + pron.start(), pron.group().split()[0], self.last_speaker)
        ents = self.refs.within(cs, vs, (PERSON, ORG))
        if not ents:
            return None
        e = ents[-1]
        if e.kind == ORG and _STAFF.fullmatch(self.text, e.end, vs):
            return e.key  # "BBC correspondents said", "Treasury officials said": the body speaks
        if not _CLOSE.fullmatch(self.text, e.end, vs):
            # "Max Lawson, an adviser at Oxfam, said": the name before the appositive
            appos = next((x for x in reversed(ents) if _APPOS.fullmatch(self.text, x.end, vs)), None)
            if appos is None:
                return None
            e = appos
        if e.kind == PERSON and _DEPUTY.search(self.text, max(cs, e.start - 60), e.start):
            return None
        if not self._subject_position(cs, e.start):
            return None  # "The barrister who had represented Mr Martin had said": Martin is no speaker
        if _POSSESSED.match(self.text, e.end) and not _SPOKES.match(self.text, e.end):
            return None
        return e.key

    def _subject_position(self, cs: int, pos: int) -> bool:
        """Whether a name at ``pos`` may be its clause's subject: what stands before it is a post, a
        determiner or a conjunction, not a verb or preposition whose object it would be."""
        head = re.sub(r"(?:[A-Z][\w.'’-]*\s+(?:(?:of|for|and|the)\s+)*)*$", "", self.text[cs:pos])
        if _STAFF_OF.search(head):
            return True  # "Executives for Mondelez said", "a spokesman for the ministry said"
        last = re.search(r"([a-z][\w'’-]*)\s*$", head)
        if not last or re.search(r"[,;:(]\s*$", head):
            return True
        w = last.group(1)
        roles = self._role_words()
        return w in _SUBJECT_LEADS or w in roles

    def _role_words(self) -> frozenset[str]:
        if not hasattr(self, "_roles"):
            self._roles = frozenset(r.split()[-1] for r in self.L.sets["role_nouns"]) | _POST_WORDS
        return self._roles

    # ---------------------------------------------------------------- run
    def run(self) -> list[Statement]:
        out: list[Statement] = []
        quotes = [q for q in self.doc.quotes if self.doc.body[0] <= q.start < self.doc.body[1]]
        prev_q: Quote | None = None
        prev_speaker: str | None = None
        merged_into: dict[int, int] = {}
        scanned = self.doc.body[0]
        found: list[tuple[int, int, str]] = []  # reporting clauses outside quotation marks
        self.found = found
        direct: list[tuple[int, int]] = []  # the quotations emitted (normalized spans)
        emitted_q: Quote | None = None  # the quotation of the last statement emitted
        for qi, q in enumerate(quotes):
            # "John Taylor said the US ...": a speaker of reported words is the one a later "he said" means
            found.extend(self.clauses(scanned, q.start))
            scanned = max(scanned, q.end)
            if self.is_name_like(q):
                continue
            sent = self.doc.sentence_of(q.start)
            region_start = sent[0]
            for other in quotes:
                if sent[0] <= other.end < q.start and not self.is_name_like(other):
                    region_start = other.end + 1
            limit = sent[1] + 1
            nxt = next((o for o in quotes if o.start > q.end), None)
            if nxt is not None:
                limit = min(limit, nxt.start - 1)
            # continuation of a broken quote: `"X," he said, "Y"`; a run-on quote: `"X. "Y."`
            if (
                prev_q is not None
                and out
                and prev_q is emitted_q  # the quote before is the last statement's, not one left out
                and (self._split_quote(prev_q, q) or self._run_on(prev_q, q))
            ):
                last = out[-1]
                s1 = self.doc.orig((q.start, q.end))
                text = last.text + " " + self.doc.article.text[s1[0] : s1[1]]
                out[-1] = dataclasses.replace(last, text=text, span=(last.span[0], s1[1]))
                merged_into[qi] = len(out) - 1
                direct.append((q.start, q.end))
                prev_q = emitted_q = q
                continue
            speaker, vspan = self.after(q, limit)
            via = None
            if vspan is not None and (
                self.text[vspan[0] : vspan[1]].casefold().startswith("according")
                or (
                    self.text[vspan[0] : vspan[1]].casefold() in _OUTLET_VERBS
                    and speaker is not None
                    and speaker.startswith(ORG)
                )
            ):
                # "…, according to Reuters": an outlet passes the words on; the speaker before says them
                b_speaker, b_vspan, _ = self.before(q, region_start)
                if b_speaker:
                    via = speaker if speaker != b_speaker else None
                    speaker, vspan = b_speaker, b_vspan
            if speaker is None and vspan is None:
                speaker, vspan, _ = self.before(q, region_start)
            if speaker is None and vspan is None:
                speaker = self._told_just_before(found, q)
            if (
                speaker is None
                and vspan is None
                and prev_speaker
                and prev_q is not None
                and self._continues(prev_q, q)
            ):
                speaker = prev_speaker
            if speaker is None:
                self.doc.warnings.append(
                    f"quote at {self.doc.orig((q.start, q.end))[0]} has no speaker: left out"
                )
                prev_q = q
                continue
            verb = clean(self.doc.original_text(vspan)) if vspan else None
            hedge = self.hedge(q, limit)
            out.append(quotation(self.doc, q, speaker, sent, verb=verb, vspan=vspan, hedge=hedge, via=via))
            prev_q, prev_speaker = q, speaker
            emitted_q = q
            self.last_speaker = speaker
            self.prev_end = q.end
            direct.append((q.start, q.end))
        found.extend(self.clauses(scanned, self.doc.body[1]))
        out += self.reported(found, direct)
        out.sort(key=lambda st: st.span[0])
        return out

    # ---------------------------------------------------------------- reported speech
    def reported(self, found: list[tuple[int, int, str]], direct: list[tuple[int, int]]) -> list[Statement]:
        """ "Mr Blair said that ...", "the ministry told reporters ...", "according to the ministry, ...":
        one reported statement per reporting clause, with a named speaker, where no quotation is."""
        out = []
        seen: set[tuple[int, int]] = set()
        items = [(v0, v1, who, "") for v0, v1, who in found]  # "": no "according to" clause
        items += self.according_clauses()
        for v0, v1, who, acc in sorted(items):
            if not who or not (who.startswith(PERSON) or who.startswith(ORG)):
                continue
            sent = self.doc.sentence_of(v0)
            if acc == "before":
                span = self._clause_before(sent[0], v0)
            elif acc == "after":
                span = self._clause_after_according(v1, sent[1])
            else:
                span = self._clause_after(v0, v1, sent)
                if span is None and _ENDS_SENTENCE.match(self.text, v1):
                    # "Some 37 countries could benefit, he said." / "..., said Mr Clarke."
                    head = self.text[sent[0] : v0]
                    comma = head.rfind(",")
                    span = (sent[0], sent[0] + comma) if comma > 0 else None
            if span is None or span in seen:
                continue
            a, b = span
            if any(qa - 1 <= b and a <= qb + 1 for qa, qb in direct) or re.search(r"[\"“”]", self.text[a:b]):
                continue  # the words are quoted: a direct statement, not reported speech
            words = list(re.finditer(r"\S+", self.text[a:b]))
            if len(words) < 3:
                continue
            if len(words) > MAX_REPORTED:
                b = a + words[MAX_REPORTED - 1].end()
            b = a + len(self.text[a:b].rstrip(" ,;.—–-"))
            seen.add(span)
            osp = self.doc.orig((a, b))
            toks = list(re.finditer(r"\S+", self.doc.article.text[osp[0] : osp[1]]))
            if len(toks) > MAX_REPORTED:  # the original may hold more words than the normalized text
                osp = (osp[0], osp[0] + toks[MAX_REPORTED - 1].end())
            if not acc:  # "added that", "told reporters": the verb is the first word
                v1 = v0 + len(self.text[v0:v1].split()[0])
            vsp = self.doc.orig((v0, v1))
            out.append(
                Statement(
                    text=self.doc.article.text[osp[0] : osp[1]],
                    span=osp,
                    speaker=who,
                    kind="reported",
                    verb=clean(self.doc.original_text((v0, v1))),
                    verb_span=vsp,
                    hedge=self.hedge_in(sent[0], sent[1]),
                    sentence=self.doc.orig(sent),
                )
            )
        return out

    def _clause_after(self, v0: int, v1: int, sent: tuple[int, int]) -> tuple[int, int] | None:
        """The reported words after "said", "told reporters", "added that" up to the sentence's end."""
        word = self.text[v0:v1].casefold()
        pos = v1
        m = _REPORT_ADV.match(self.text, pos)
        if m:
            pos = m.end()
        if word.startswith(("told", "tell")) and len(word.split()) == 1:
            obj = _TOLD_OBJ.match(self.text, pos)
            far = re.match(r"[^.,;:!?\"“”]{3,80}?\s(?=that\s)", self.text[pos : sent[1]])
            if far and (not obj or obj.end() < pos + far.end()):
                pos += far.end()  # "told the leaders of the wheat growers that ..."
            elif not obj:
                return None
            else:
                pos = obj.end()
            m = _REPORT_ADV.match(self.text, pos)
            if m:
                pos = m.end()
        named = self.refs.within(pos, pos + 40, (PERSON, ORG))
        if named and _TITLES_ONLY.fullmatch(self.text, pos, named[0].start) and not word.startswith("told"):
            if re.match(r"\s*(?:[,.;:]|$)", self.text[named[0].end : named[0].end + 3]):
                return None  # '"...", said Laurie Guzzinati, a spokeswoman': the speaker follows the verb
        that = re.match(r"\s*,?\s*that\s+", self.text[pos : sent[1]])
        if word.endswith(" that"):
            pass  # "added that": the clause starts right here
        elif that:
            pos += that.end()
        elif not _CLAUSE_OPENS.match(self.text, pos):
            return None  # "said nothing", "said in a statement on ...": no clause follows
        while pos < sent[1] and self.text[pos].isspace():
            pos += 1
        end = sent[1]
        # "..., he said, adding that ...": stop before a new reporting clause joined by a comma
        stop = _NEXT_REPORT.search(self.text, pos, end)
        if stop:
            end = stop.start()
        return (pos, end) if end > pos else None

    def _clause_before(self, s0: int, v0: int) -> tuple[int, int] | None:
        """ "Talks will resume on Monday, according to the ministry": the words before the cue."""
        m = re.search(r"[,—–-]\s*$", self.text[s0:v0])
        return (s0, s0 + m.start()) if m else None

    def _clause_after_according(self, pos: int, end: int) -> tuple[int, int] | None:
        m = re.match(r"[^,]{1,80},\s*", self.text[pos:end])
        return (pos + m.end(), end) if m else None

    def according_clauses(self) -> list[tuple[int, int, str, str]]:
        """ "According to the ministry, ...", "..., according to Reuters": the source, where the words are."""
        out = []
        b0, b1 = self.doc.body
        for m in self.according.finditer(self.text, b0, b1):
            if self.refs.quoted(m.start()):
                continue
            ents = self.refs.within(m.end(), m.end() + 60, (PERSON, ORG))
            if not ents or not _TITLES_ONLY.fullmatch(self.text, m.end() - 1, ents[0].start):
                continue
            s0 = self.doc.sentence_of(m.start())[0]
            side = "after" if not self.text[s0 : m.start()].strip() else "before"
            out.append((m.start(), m.end(), ents[0].key, side))
        return out

    def hedge_in(self, s: int, e: int) -> str | None:
        m = re.search(r"(?<![\w-])(reportedly|allegedly|claimed|alleged)(?![\w-])", self.text[s:e])
        return m.group(1) if m else None

    def hedge(self, q: Quote, limit: int) -> str | None:
        m = re.search(
            r"(?<![\w-])(claimed|alleged|reportedly|allegedly|as (?:he|she) put it)(?![\w-])",
            self.text[q.end : limit],
        )
        return m.group(1) if m else None

    def _split_quote(self, a: Quote, b: Quote) -> bool:
        """`"X," he said, "Y"`: b goes on with a's words after a short reporting clause."""
        gap = self.text[a.end : b.start]
        if len(gap) > 60:
            return False
        comma_a = self.text[a.end - 1] == "," or gap.lstrip("\"”'’").startswith(",")
        inner = gap.strip(" \"“”'’,")
        if not comma_a or not inner or not self.verb_re.search(inner) or re.search(r"[.!?;:]", inner):
            return False
        return gap.rstrip(" \"“'‘").endswith(",") or self.text[b.start : b.start + 1].islower()

    def _run_on(self, a: Quote, b: Quote) -> bool:
        """`"X. "Y."`: a never closed, b opens right after in the same paragraph (a paragraph break lost)."""
        return (
            not a.close_mark
            and bool(re.fullmatch(r"\s*[\"“]", self.text[a.end : b.start]))
            and bool(re.search(r"[.!?]$", self.text[a.start : a.end]))
            and not any(a.start < p0 <= b.start for p0, _ in self.doc.paragraphs)
        )

    def _told_just_before(self, found: list[tuple[int, int, str]], q: Quote) -> str | None:
        """`The minister said the plan was fair. "We have done our part."`: a quotation with no cue of its
        own, opening the sentence right after one that reports what someone said, in the same paragraph,
        is that speaker's (the words go on from the reported ones)."""
        if not found:
            return None
        v0, _v1, who = found[-1]
        sent = self.doc.sentence_of(q.start)
        prev = max((x for x in self.doc.sentences if x[1] <= sent[0]), default=None)
        if prev is None or not (prev[0] <= v0 < prev[1]) or q.start - sent[0] > 1:
            return None
        if self.prev_end is not None and self.prev_end > v0:
            return None  # a quotation came after the clause: the usual continuation rules apply
        if any(prev[1] <= p0 <= q.start for p0, _ in self.doc.paragraphs):
            return None
        return who

    def _continues(self, a: Quote, b: Quote) -> bool:
        """b has no cue of its own and follows a right away (same sentence, or the next paragraph)."""
        between = self.text[a.end : b.start]
        if len(between) > 200:
            return False
        for p0, _p1 in self.doc.paragraphs:
            if p0 <= b.start - 1 <= p0 + 1 and a.end < p0:
                return True
        return len(self.words(a.end, b.start)) <= 8 and not self.refs.within(a.end, b.start, (PERSON, ORG))


def find_statements(doc, mentions: list[NameMention]) -> list[Statement]:
    """Direct quotations with their speakers (entity keys), in text order."""
    return EnglishStatements(doc, mentions).run()
