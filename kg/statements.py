"""Quotations and their speakers.

A quotation is text in quotation marks that is not a name. Its speaker is
found the way a reader finds it:

* after the quote: "…”، بحسب ما قاله “الأسد”" / "…," he said;
* before it, through the reporting word: a verb whose subject follows it
  ("أكد الوزير الروسي أن “…”"), a verbal noun whose owner precedes it ("نقل
  البيان عن “شويغو” قوله: “…”"), or a circumstantial verb ("معتبراً أن “…”")
  whose subject is the speaker of the clause before;
* a reporting verb with no subject ("وأضاف: «…»", "قال سموه") speaks for the
  last speaker or the subject of the sentence before, whichever is nearer
  (the article's protagonist for an honorific pronoun); a feminine verb
  ("وأضافت أن …") for the agency that reported last.

A definite common noun as subject ("الصفحة", "الوزارة") stands for the
organization that spoke last. An unnamed speaker ("مسؤول آخر", "مصادر"), a
subject no mention covers ("وقالت فيتش"), a plural verb with no named subject
("وقالوا") give no speaker, and the quote is left out with a warning rather
than given to the wrong person. A short quoted phrase inside a clause
("أن «الجماعات الإرهابية المسلحة» تطلق") is not a statement. Only direct
quotations are ``kind="direct"``; reported speech ("قال الوزير إن …") is
``kind="reported"`` (see :class:`ArabicReported`).
"""

from __future__ import annotations

import re

from kg.mentions import ORG, PERSON, NameMention, ar_in, ar_stems
from kg.normalize import clean
from kg.records import Span, Statement
from kg.text import Doc, Quote

MIN_WORDS = 3  # a quoted name or a two-word phrase ("the so-called «safe zone»") is not a statement
LOOK_AFTER = 80  # characters after a quote searched for its speaker


def quotation(
    doc: Doc,
    q: Quote,
    speaker: str,
    sentence: Span,
    *,
    verb: str | None = None,
    vspan: Span | None = None,
    hedge: str | None = None,
    via: str | None = None,
) -> Statement:
    """A direct quotation (in either language): the spans of the normalized text mapped to the
    original, and the words as the article writes them."""
    span = doc.orig((q.start, q.end))
    return Statement(
        text=doc.article.text[span[0] : span[1]],
        span=span,
        speaker=speaker,
        kind="direct",
        verb=verb,
        verb_span=doc.orig(vspan) if vspan else None,
        hedge=hedge,
        via=via,
        sentence=doc.orig(sentence),
    )


class ArabicStatements:
    def __init__(self, doc: Doc, mentions: list[NameMention]):
        self.doc = doc
        self.lex = doc.lex
        self.mentions = [m for m in mentions if m.entity and m.kind in (PERSON, ORG)]
        self.doc_mentions = mentions  # all kinds, places too
        self.text = doc.text
        self.last_speaker: str | None = None
        self.last_speaker_pos = -1
        self.last_org: str | None = None
        self.history: list[tuple[int, str]] = []  # (position, speaker) of the statements emitted

    def mentions_in(self, start: int, end: int, kinds=(PERSON, ORG)) -> list[NameMention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end and m.kind in kinds]

    def is_name(self, q: Quote) -> bool:
        words = self.doc.tokens_in(q.start, q.end)
        if len(words) < MIN_WORDS:
            return True
        if len(words) == MIN_WORDS and not re.search(
            r"[:：]\s*$", self.text[max(0, q.start - 4) : q.start - 1]
        ):
            return True  # three words are a statement only after a colon ("قال: «…»"), else a phrase
        after = self.text[q.end + 1 : q.end + 3]
        if (
            len(words) <= 4
            and after[:1] == " "
            and after[1:2].isalpha()
            and not self.cues(q.end + 1, q.end + 30)
        ):
            return True  # a phrase inside a clause: "أن «الجماعات الإرهابية المسلحة» تطلق النار"
        return any(m.start <= q.start and q.end <= m.end + 1 for m in self.mentions)

    def cues(self, start: int, end: int):
        """Reporting words between ``start`` and ``end``: (token, stem, kind)."""
        out = []
        for t in self.doc.tokens_in(start, end):
            stem = ar_in(self.lex, "reporting_verbs", t.text) or ar_in(self.lex, "speech_nouns", t.text)
            if stem is None:
                continue
            if self.lex.has("speech_nouns", stem):
                kind = "noun"
            elif self.lex.has("circumstantial_verbs", stem):
                kind = "circ"
            else:
                kind = "verb"
            out.append((t, stem, kind))
        return out

    def anaphor_org(self, start: int, end: int) -> str | None:
        """A definite noun such as "الصفحة" or "الوزارة" in the span: the organization that spoke last."""
        for t in self.doc.tokens_in(start, end):
            if any(self.lex.has("org_anaphors", s) for s in ar_stems(t.text)):
                return self.last_org
        return None

    def after(self, q: Quote, limit: int) -> tuple[str | None, str | None]:
        """Speaker named after the quote ("بحسب ما قاله “الأسد”"), and a hedge ("وفق ادعائه")."""
        end = min(limit, q.end + 1 + LOOK_AFTER)
        region = self.text[q.end + 1 : end]
        # stop at the sentence end, or where the next quotation (not a quoted name) opens
        for q2 in self.doc.quotes:
            if q2.start > q.end and not self.is_name(q2):
                region = region[: max(0, q2.start - 1 - (q.end + 1))]
                break
        for stop in (".", "\n"):
            i = region.find(stop)
            if i >= 0:
                region = region[:i]
        r0, r1 = q.end + 1, q.end + 1 + len(region)
        hedge = None
        hp = self.lex.pattern("hedges", prefix=r"(?:[وف]?)").search(self.text, r0, r1)
        if hp:
            s, e = self.doc.orig((hp.start("w"), hp.end("w")))
            hedge = clean(self.doc.article.text[s:e])
        speaker = None
        cp = self.lex.pattern("after_quote_cues", prefix=r"(?:[،,]\s*)?(?:[وف]?)").search(self.text, r0, r1)
        if cp:
            ms = self.mentions_in(cp.end(), r1)
            if ms and self.text[cp.end() : ms[0].start].strip(' “”"«»') == "":
                speaker = ms[0].entity
        return speaker, hedge

    def before(self, q: Quote | _Clause, region_start: int, prev_speaker: str | None):
        """Speaker, verb (and its span) from the words before the quote in its sentence."""
        cues = self.cues(region_start, q.start)
        if not cues:
            return None, None, None
        tok, stem, kind = cues[-1]
        verb = clean(self.doc.original_text((tok.start, tok.end)))
        vspan = (tok.start, tok.end)
        if kind == "noun":
            ms = self.mentions_in(region_start, tok.start)
            return (ms[-1].entity if ms else prev_speaker), verb, vspan
        if kind == "circ":
            return prev_speaker or self.topic(tok.start), verb, vspan
        # a verb: its subject follows (VSO), else precedes (SVO), else continues the last speaker
        after_verb = self.doc.tokens_in(tok.end, q.start)
        if after_verb and any(self.lex.has("anonymous_speakers", x) for x in ar_stems(after_verb[0].text)):
            return None, verb, vspan  # "وقال مسؤول آخر", "وقال المصدر": an unnamed speaker is left out
        if after_verb and self.lex.has("subject_pronouns", after_verb[0].text):
            return self.protagonist(tok.start), verb, vspan  # "وقال سموه": the one the article is about
        titles = [m.title for m in self.mentions if m.kind == PERSON and m.title]
        subj = [
            m
            for m in self.mentions_in(tok.end, q.start)
            if not (m.kind == ORG and any(a <= m.start < b for a, b in titles))
        ]
        if len(subj) > 1 and subj[0].kind == ORG and subj[1].kind == PERSON:
            head = self.doc.tokens_in(max(tok.end, subj[0].start - 12), subj[0].start)
            gap = self.text[subj[0].end : subj[1].start].split()
            if head and self._post_head(head[-1].text) and len(gap) <= 2:
                subj = subj[1:]  # "شدد رئيس حكومة الوحدة الوطنية السراج أن": the body is in the post
        # skip a mention introduced by "عن" (reported from) -- that is a source, handled as noun above
        if subj and not self.text[tok.end : subj[0].start].strip(' “”"«»،,'):
            return subj[0].entity, verb, vspan
        t0 = subj[0].title if subj else None
        if (
            t0
            and tok.end <= t0[0]
            and not self.text[tok.end : t0[0]].strip(" ،,")
            and not self.text[t0[1] : subj[0].start].strip(' ،,“”"«»')
        ):
            return subj[0].entity, verb, vspan  # VSO with a post: "وقال وزير الخارجية الأردني أيمن الصفدي"
        org = self.anaphor_org(tok.end, q.start)
        if (
            org
            and self.text[tok.end : q.start].split()[:1]
            and any(
                self.lex.has("org_anaphors", s) for s in ar_stems(self.text[tok.end : q.start].split()[0])
            )
        ):
            return org, verb, vspan
        between = self.text[tok.end : subj[0].start].split() if subj else []
        if (
            subj
            and len(between) == 1
            and between[0].strip(' “”"«»،,:') not in ("ان", "بان", "انه", "انها", "لان")
        ):
            return (
                subj[0].entity,
                verb,
                vspan,
            )  # one word between: "قال وزير الخارجية X" is a title, "أن X" is not
        pre = self.mentions_in(region_start, tok.start)
        if pre and len(self.text[pre[-1].end : tok.start].split()) <= 1 and tok.text[0] not in "وف":
            return (
                pre[-1].entity,
                verb,
                vspan,
            )  # SVO; "… مع ترودو وأسرته، وأضاف": a new clause has no subject before
        if after_verb and self._unknown_subject(after_verb[0], q.start):
            return None, verb, vspan  # "وقالت فيتش إن": a subject we cannot name is no one we know
        if stem.endswith("وا") and not subj:
            return None, verb, vspan  # "وقالوا إن …": a plural speaker with no name is no one person
        if _feminine(stem):
            org = self.recent_org(tok.start)
            if org:
                return org, verb, vspan  # "وأضافت أن …": a feminine verb speaks for the agency, not a man
        return prev_speaker or self.topic(tok.start), verb, vspan

    def _post_head(self, word: str) -> bool:
        return bool(ar_in(self.lex, "title_heads", word))

    def _unknown_subject(self, t, qstart: int) -> bool:
        """Whether the word after a reporting verb is a subject that no mention covers: a content word,
        not a particle, a preposition's phrase (في بيان، للصحفيين، بالقول), a pronoun or a date."""
        w = t.text
        if t.end >= qstart or any(m.start <= t.start < m.end for m in self.doc_mentions):
            return False
        if (
            self.lex.has("stop_words", w)
            or self.lex.has("stop_words", w.lstrip("وف"))
            or w in ("ان", "انه", "انها")
        ):
            return False
        if (w[:1] == "ل" or w.startswith(("وب", "ول", "بال")) or len(w) <= 2) or (
            w[:1] == "ب" and len(w) < 6
        ):
            return False  # a preposition's phrase (للصحفيين، بالقول، بدوره); "باشينيان" is a name
        if self.lex.has("reporting_verbs", w) or any(self.lex.has("org_anaphors", s) for s in ar_stems(w)):
            return False
        return not self.lex.has("title_heads", w) and not w.startswith("ال") or self.lex.has("honorifics", w)

    def recent_org(self, pos: int) -> str | None:
        """The organization named last before ``pos`` with a feminine head (وكالة، وزارة، الرئاسة، صحيفة)."""
        orgs = [m for m in self.mentions if m.kind == ORG and m.end <= pos]
        for m in reversed(orgs[-6:]):
            first = self.text[m.start : m.end].split()[0]
            if first.endswith("ه"):
                return m.entity
        return None

    def protagonist(self, pos: int) -> str | None:
        """The first person the article names: the one "سموه" and "معاليه" refer to."""
        persons = [m for m in self.mentions if m.kind == PERSON and m.start < pos]
        return persons[0].entity if persons else self.topic(pos)

    def topic(self, pos: int) -> str | None:
        """Who a subject-less reporting verb ("وأضاف", "قال سموه", "مضيفاً") speaks for: the last speaker,
        or the subject (first person named) of the nearest sentence before that names one, whichever is
        nearer."""
        best, best_pos = self.last_speaker, self.last_speaker_pos
        sent = self.doc.sentence_of(pos)
        here = self.narrated(self.mentions_in(sent[0], pos, kinds=(PERSON,)))
        if here and here[0].start > best_pos:
            return here[0].entity  # "وقال مودي … إنه يتطلع إلى لقاء ترودو، وأضاف": the sentence's subject
        for s, e in reversed(self.doc.sentences):
            if s >= pos:
                continue
            persons = self.narrated(self.mentions_in(s, min(e, pos), kinds=(PERSON,)))
            if persons:
                if persons[0].start > best_pos:
                    best = (self.said_subject(persons, s) or persons[0]).entity
                break
        return best

    def said_subject(self, persons: list[NameMention], s: int) -> NameMention | None:
        """The person a reporting verb of the sentence has for its subject, right after it or after its
        post: in "وحول النقاط التي طرحها على الأمين العام، قال X إنه …" the one speaking is X, not the
        person named first."""
        for m in persons:
            start = m.title[0] if m.title and m.title[0] < m.start else m.start
            prev = self.doc.tokens_in(max(s, start - 20), start)
            if prev and ar_in(self.lex, "reporting_verbs", prev[-1].text) and not self.text[
                prev[-1].end : start
            ].strip():
                return m
        return None

    def titles(self) -> list[tuple[int, int]]:
        return [m.title for m in self.mentions if m.title]

    def narrated(self, ms: list[NameMention]) -> list[NameMention]:
        """The mentions told by the writer: a name inside a quotation ("… أوكلني الملك سلمان …") is the
        speaker's subject, not the narrative's, and cannot be what a later "وأضاف" refers to."""
        spans = [(q.start, q.end) for q in self.doc.quotes if not self.is_name(q)]
        return [m for m in ms if not any(a <= m.start < b for a, b in spans)]

    def via(self, start: int, end: int, speaker: str | None) -> str | None:
        """The organization through which the words were reported ("بيان الوزارة", "حسب البيان")."""
        for m in self.mentions_in(start, end, kinds=(ORG,)):
            if m.entity != speaker:
                return m.entity
        org = self.anaphor_org(start, end)
        return org if org != speaker else None

    def run(self) -> list[Statement]:
        out: list[Statement] = []
        prev_in_sentence: dict[tuple[int, int], str] = {}
        for q in self.doc.quotes:
            sent = self.doc.sentence_of(q.start)
            # remember organizations that reported something before this quote
            for m in self.mentions_in(sent[0], q.start, kinds=(ORG,)):
                self.last_org = m.entity
            if self.is_name(q):
                continue
            # the words before the quote: from the sentence start or the end of the previous quote in it
            region_start = sent[0]
            for other in self.doc.quotes:
                if sent[0] <= other.end < q.start and not self.is_name(other):
                    region_start = other.end + 1
            prev = prev_in_sentence.get(sent)
            after_speaker, hedge = self.after(q, sent[1] + 1)
            speaker, verb, vspan = self.before(q, region_start, prev)
            if after_speaker:
                speaker = after_speaker
            if speaker is None:
                self.doc.warnings.append(
                    f"quote at {self.doc.orig((q.start, q.end))[0]} has no speaker: left out"
                )
                continue
            via = self.via(region_start, q.start, speaker)
            out.append(quotation(self.doc, q, speaker, sent, verb=verb, vspan=vspan, hedge=hedge, via=via))
            prev_in_sentence[sent] = speaker
            self.last_speaker, self.last_speaker_pos = speaker, q.start
            self.history.append((q.start, speaker))
            if speaker.startswith(ORG):
                self.last_org = speaker
        return out


class ArabicReported:
    """Reported speech: "وقال الوزير إن …", "أكد الرئيس أن …", "مشيراً إلى أن …", "أوضحت الوزارة في بيان
    أن …". A reporting word followed, within a few words (its subject, a post, "في بيان", "إلى", "على"),
    by the complementizer إن/أن/بأن opens a clause; the clause runs to the next such reporting clause or
    the end of the sentence (at most :data:`REPORTED_WORDS` words). Its speaker is found as a quotation's
    is, and the clause is kept only for a named person or organization, never inside or across a direct
    quotation."""

    def __init__(self, quotes: ArabicStatements, direct: list[Statement]):
        self.q = quotes
        self.doc = quotes.doc
        self.lex = quotes.lex
        self.text = quotes.text
        # the spans of the direct quotations emitted and of every longer quotation (normalized text)
        self.quoted = [(x.start, x.end) for x in self.doc.quotes if not quotes.is_name(x)]
        self.direct = direct

    def openings(self, s: int, e: int) -> list[tuple]:
        """(cue token, stem, complementizer token) for each reported clause that opens in the sentence."""
        toks = self.doc.tokens_in(s, e)
        out = []
        for i, t in enumerate(toks):
            stem = self._cue(t.text)
            if stem is None or any(a <= t.start < b for a, b in self.quoted):
                continue
            for j in range(i + 1, min(len(toks), i + 1 + REPORTED_WINDOW)):
                w = toks[j].text
                if _COMPLEMENTIZER.fullmatch(w):
                    before = toks[j - 1].text
                    if not self.lex.has("not_reporting_before", before) and self._same_clause(t, toks[j]):
                        out.append((t, stem, toks[j]))
                    break
                if (
                    self._cue(w)
                    or ar_in(self.lex, "meeting_verbs", w)
                    or any(a <= toks[j].start < b for a, b in self.quoted)
                ):
                    break  # another verb, or a quotation, comes first
        return out

    def _cue(self, word: str) -> str | None:
        """The reporting verb or speech noun ``word`` reads as (remembered per lexicon: words recur)."""
        memo = _CUES.setdefault(id(self.lex), {})
        if word not in memo:
            if len(memo) > 50_000:
                memo.clear()  # (a bound on a long run's memory)
            memo[word] = ar_in(self.lex, "reporting_verbs", word) or ar_in(self.lex, "speech_nouns", word)
        return memo[word]

    def _same_clause(self, a, b) -> bool:
        return not re.search(r"[.:؛!?؟«»“”\"]", self.text[a.end : b.start])

    def run(self) -> list[Statement]:
        out: list[Statement] = []
        history: list[tuple[int, str]] = []
        for s, e in self.doc.sentences:
            opens = self.openings(s, e)
            prev: str | None = None
            for n, (tok, stem, comp) in enumerate(opens):
                c0 = comp.end
                while c0 < e and self.text[c0].isspace():
                    c0 += 1
                c1 = opens[n + 1][0].start if n + 1 < len(opens) else e
                words = self.doc.tokens_in(c0, c1)
                if not words:
                    continue
                if len(words) > REPORTED_WORDS:
                    c1 = words[REPORTED_WORDS - 1].end
                else:
                    c1 = words[-1].end
                if any(a < c1 and c0 < b for a, b in self.quoted) or any(
                    st.sentence and self._overlaps(st.span, (c0, c1)) for st in self.direct
                ):
                    continue  # what a direct quotation already holds, or a clause that runs into one
                region_start = s
                for _a, b in self.quoted:
                    if s <= b < tok.start:
                        region_start = b + 1
                after_verb = self.doc.tokens_in(tok.end, comp.start)
                if after_verb and self.q._unknown_subject(after_verb[0], comp.start):
                    continue  # "قال ولد الشيخ أحمد إن": a subject we cannot name is no one we know
                if after_verb and _unnamed_plural(self.lex, after_verb[0].text):
                    continue  # "واعتبر المسؤولون الألمان أن": people with no name
                if after_verb and self._common_subject(after_verb[0]):
                    continue  # "ويقول التحالف أيضا إنه": a body no name is given for
                # who spoke last before this clause, direct or reported, is who a bare "وأضاف أن" continues
                said = [h for h in self.q.history + history if h[0] < tok.start]
                last_pos, last = max(said) if said else (-1, None)
                self.q.last_speaker, self.q.last_speaker_pos = last, last_pos
                speaker, verb, vspan = self.q.before(_Clause(c0), region_start, prev)
                if speaker is None or not speaker.startswith((PERSON, ORG)):
                    continue
                if speaker.startswith(PERSON) and _feminine_form(stem):
                    continue  # "وتقول …", "مضيفة أن": a feminine verb is not this man's
                if not self._supported(speaker, s, tok, comp, said):
                    continue
                if any(
                    m.entity == speaker and m.kind == ORG and self._in_post(m)
                    for m in self.q.mentions_in(tok.end, comp.start)
                ):
                    continue  # "ووصف رئيس الاتحاد الألماني … بأنها": the body of a post is not who spoke
                named_after = {m.entity for m in self.q.mentions_in(tok.end, comp.start)}
                if named_after and speaker not in named_after:
                    continue  # "قال ولد الشيخ أحمد إنه": someone is named after the verb, and it is not them
                history.append((tok.start, speaker))
                span = self.doc.orig((c0, c1))
                text = self.doc.article.text[span[0] : span[1]].rstrip(" ،,؛")
                span = (span[0], span[0] + len(text))
                out.append(
                    Statement(
                        text=text,
                        span=span,
                        speaker=speaker,
                        kind="reported",
                        verb=verb,
                        verb_span=self.doc.orig(vspan) if vspan else None,
                        via=self.q.via(region_start, tok.start, speaker),
                        sentence=self.doc.orig((s, e)),
                    )
                )
                prev = speaker
        return out

    def _supported(self, speaker: str, s: int, tok, comp, said) -> bool:
        """Whether the text backs the speaker: named (or spoken) in the sentence before the reporting word,
        or, for a reporting word that opens its sentence ("وأضاف أن"), in the sentence before."""

        def named(a: int, b: int) -> bool:
            return any(m.entity == speaker for m in self.q.mentions if a <= m.start < b) or any(
                sp == speaker and a <= pos < b for pos, sp in said
            )

        if named(s, comp.start):
            return True
        if self.doc.tokens_in(s, tok.start):
            return False  # a reporting word inside a sentence that never names this speaker
        prev = [x for x in self.doc.sentences if x[1] <= s]
        if not prev:
            return False
        p0, p1 = prev[-1]
        if any(sp == speaker and p0 <= pos <= p1 for pos, sp in said):
            return True  # "وقال X إن …. وأضاف أن …"
        # the subject of the sentence before: named among its first words ("التقى X …. وقال إن …")
        head = self.doc.tokens_in(p0, p1)[:6]
        return bool(head) and named(p0, head[-1].end)

    def _common_subject(self, t) -> bool:
        """A definite common noun right after the reporting verb that no mention or post covers and that
        does not refer back to a named body ("الوزارة") or holder ("الوزير")."""
        w = t.text[1:] if t.text[:1] in "وف" and t.text[1:].startswith("ال") else t.text
        if not w.startswith("ال") or any(m.start <= t.start < m.end for m in self.q.doc_mentions):
            return False
        if any(a <= t.start < b for a, b in self.q.titles()):
            return False
        return not (
            ar_in(self.lex, "title_heads", w)
            or any(self.lex.has("org_anaphors", x) for x in ar_stems(w))
            or self.lex.has("stop_words", w)
            or self.lex.has("subject_pronouns", w)
            or re.fullmatch(r"ال(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد|يوم)", w)
        )

    def _in_post(self, m: NameMention) -> bool:
        """Whether an organization's name is the complement of a post ("رئيس الاتحاد", "المتحدث باسم")."""
        before = self.doc.tokens_in(max(0, m.start - 40), m.start)
        if not before:
            return False
        w = before[-1].text
        return bool(ar_in(self.lex, "title_heads", w)) or w in ("باسم", "لشوون", "لشيون")

    def _overlaps(self, orig_span, norm_span) -> bool:
        a, b = self.doc.orig(norm_span)
        return a < orig_span[1] and orig_span[0] < b


class _Clause:
    """Where a reported clause starts, in the shape ``ArabicStatements.before`` reads a quotation."""

    def __init__(self, start: int):
        self.start = start
        self.end = start


_CUES: dict[int, dict[str, str | None]] = {}
REPORTED_WINDOW = 9  # words from the reporting word to its إن/أن (subject, post, "في بيان", "إلى")
REPORTED_WORDS = 40  # a reported clause is cut after this many words
# إن، أن، بأن (folded), bare or with a pronoun: "إنه", "بأنها", "أنهم"
_COMPLEMENTIZER = re.compile(r"[وف]?ب?ان(?:ه|ها|هم|هما|نا)?")


def _unnamed_plural(lex, word: str) -> bool:
    """A definite plural of people as a subject ("المسؤولون", "المحللون"), or an unnamed speaker."""
    w = word[1:] if word[:1] in "وف" and word[1:].startswith("ال") else word
    return (
        (w.startswith("ال") and w.endswith("ون") and len(w) > 5)
        or bool(_DUAL_SUBJECT.fullmatch(w))
        or any(lex.has("anonymous_speakers", x) for x in ar_stems(w))
    )


# "اعتبر الرئيسان أن", "وأكد الجانبان أن": two speakers are not one statement's speaker
_DUAL_SUBJECT = re.compile(r"ال(?:رييس|وزير|زعيم|جانب|طرف|مسوول|قايد|ملك|امير)(?:ان|ين)")


def _feminine_form(stem: str) -> bool:
    """A verb of a feminine subject: past قالت، imperfect تقول، circumstantial مضيفة (ة folds to ه)."""
    return (
        _feminine(stem)
        or (stem[:1] == "ت" and len(stem) >= 4 and not stem.startswith(("تاب", "تسا")))
        or (stem[:1] == "م" and stem.endswith("ه"))
    )


def _feminine(stem: str) -> bool:
    """A past-tense verb of the third person feminine singular: قالت، أضافت، أكدت."""
    return stem.endswith("ت") and len(stem) >= 4 and not stem.endswith("ات")


def find_statements(doc: Doc, mentions: list[NameMention]) -> list[Statement]:
    """Direct quotations with their speakers (entity keys), in text order."""
    if doc.lang == "ar":
        quotes = ArabicStatements(doc, mentions)
        direct = quotes.run()
        reported = ArabicReported(quotes, direct).run()
        return direct + reported  # (the direct quotations keep their numbers)
    from kg.en import find_statements as en_statements

    return en_statements(doc, mentions)
