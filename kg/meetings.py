"""Meeting events: who met whom, where, when, about what; and messages carried between them.

A meeting is reported by a trigger (a verb such as "استقبل", "التقى", "بحث
مع", or a noun such as "لقاء", "جلسة مباحثات", "اتصال هاتفي"). Each verb or
indefinite or possessed noun opens a clause: its parties are the sentence's
subject and the people of the clause ("أجرى لقاءات مع A ونظيره B، وعقد اجتماعا
مع C" is three meetings); a definite noun ("خلال اللقاء") or a dual verb
("وبحثا") refers to a meeting told before. People only talked about are left
out: the sender of a message an attendee carried ("رسالة من X إلى Y"), people
after "عن/حول/بشأن", relatives and owners in appositions ("زوج ابنة الرئيس
ترامب"), the speaker of a that-clause. "حضر اللقاء …" / "بحضور …" lists add
attendees; an organization is a party where none of its people is named
("رئيس وأعضاء هيئة المهندسين"), and states are the parties of a summit that
names no person ("القمة التي تضم إيران وروسيا وتركيا"). The subject of
استقبل is the host, its object the guest. Place, mode, status and date are
read from the meeting's sentence up to the end of its clause.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from kg import dates, places
from kg.mentions import ORG, PERSON, PLACE, NameMention, ar_in
from kg.normalize import clean, fold
from kg.records import Meeting, Message, Span
from kg.text import Doc

# A wire dateline at the head of a paragraph: "دبي، الإمارات العربية المتحدة (CNN)--", "عين اليوم – الخرطوم".
_DATELINE = re.compile(r"[^\n.]{0,80}?(?:\([A-Za-z\u0600-\u06ff ]{2,20}\)\s*[-–—]{1,2}|\s[-–—]{2}\s?)")


# A reporter's byline before the first sentence: "عبدالله البرقاوي- سبق- الرياض:" (name, outlet, city).
_BYLINE = re.compile(
    r"[^\n.:،]{3,50}?\s*[-–—]\s*[^\n.:،\s-]+(?:\s+[^\n.:،\s-]+){0,2}\s*[-–—]\s*[^\n.:،-]{2,30}:"
)

_LOC = re.compile(r"(?:(?<!\S)[وف]?(?:في|داخل)|(?<!\S)ب(?:ال)?)\s*(?:(?:ال)?(?:عاصمه|مدينه)(?:\s+\S+)?\s+)?$")


@dataclass
class MeetingDraft:
    """A meeting while its sentences are read, in either language; :meth:`to_meeting` freezes it."""

    trigger: str
    trigger_span: Span
    span: Span
    attendees: list[str] = field(default_factory=list)
    attendee_spans: list[tuple[str, Span]] = field(default_factory=list)
    place: str | None = None
    place_rank: int = 9
    date: dt.date | None = None
    date_text: str | None = None
    date_span: Span | None = None
    mode: str = "in_person"
    status: str = "held"
    topics: list[str] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # entity key -> "host" | "guest"

    def add(self, key: str, span: Span) -> None:
        if key not in self.attendees:
            self.attendees.append(key)
        self.attendee_spans.append((key, span))

    def to_meeting(self, roles: tuple[tuple[str, str], ...] | None = None) -> Meeting:
        """The :class:`Meeting` record, persons first; ``roles`` overrides the draft's own."""
        persons = [k for k in self.attendees if k.startswith(PERSON)]
        others = [k for k in self.attendees if not k.startswith(PERSON)]
        if roles is None:
            roles = tuple((k, r) for k, r in self.roles.items() if k in self.attendees)
        return Meeting(
            trigger=self.trigger,
            trigger_span=self.trigger_span,
            span=self.span,
            attendees=tuple(persons + others),
            roles=roles,
            place=self.place,
            date=self.date,
            date_text=self.date_text,
            date_span=self.date_span,
            mode=self.mode,
            status=self.status,
            topics=tuple(self.topics),
            attendee_spans=tuple(self.attendee_spans),
        )


@dataclass
class _Draft(MeetingDraft):
    summit: bool = False  # a meeting of states or bodies ("القمة التي تضم …")
    subjects: list[str] = field(default_factory=list)  # the parties named as the clause's subject


# "كل على حدة", "بشكل منفصل": the parties met the other one by one.
SEPARATELY = re.compile(
    r"(?<!\S)(?:كل\S*\s+(?:\S+\s+)?عل[ىي]\s+حد[ةه]|بشكل\s+منفصل|بصور[ةه]\s+منفصل[ةه]|عل[ىي]\s+انفراد)(?!\S)"
)  # (matched on the normalized text: "علي حده")


class ArabicMeetings:
    def __init__(self, doc: Doc, mentions: list[NameMention]):
        self.doc = doc
        self.lex = doc.lex
        self.text = doc.text
        self.mentions = [m for m in mentions if m.entity]
        self.titles = [m.title for m in mentions if m.title]
        # "أمس" resolves against the publication date, else against the date of the wire's dateline
        self.published = doc.article.published or dates.dateline_date(doc.lex, doc.text[doc.body[0] :])
        self.excluded: set[tuple[int, int]] = set()  # mention spans that are not attendees (senders, topics)
        self.messages: list[Message] = []

    def in_span(self, s: int, e: int, kinds=(PERSON,)) -> list[NameMention]:
        return [m for m in self.mentions if s <= m.start and m.end <= e and m.kind in kinds]

    # -- messages: "لنقل رسالة من الرئيس الروسي بوتين إلى رأس النظام بشار الأسد"
    def find_messages(self) -> None:
        for s, e in self.doc.sentences:
            for t in self.doc.tokens_in(s, e):
                if not ar_in(self.lex, "message_words", t.text):
                    continue
                rest = self.text[t.end : e]
                m_from = re.match(r"\s*(?:\S+\s+){0,2}?من\s", rest)
                if not m_from:
                    continue
                after_from = t.end + m_from.end()
                to = re.search(r"\s(?:إلى|الى|ال[يى])\s", self.text[after_from:e])
                to_pos = after_from + to.start() if to else e
                senders = self.in_span(after_from, to_pos, kinds=(PERSON, ORG))
                recipients = self.in_span(to_pos, e, kinds=(PERSON, ORG)) if to else []
                carriers = [m for m in self.in_span(s, t.start) if m.kind == PERSON]
                if not senders:
                    continue
                for m in senders:
                    self.excluded.add((m.start, m.end))
                span = self.doc.orig((t.start, (recipients[0].end if recipients else to_pos)))
                self.messages.append(
                    Message(
                        span=span,
                        sender=senders[0].entity,
                        carrier=carriers[-1].entity if carriers else None,
                        recipient=recipients[0].entity if recipients else None,
                        text=None,
                    )
                )

    def discussed(self, s: int, e: int) -> None:
        """People after "عن"/"حول"/"بشأن" (talked about) are not attendees."""
        for m in re.finditer(r"(?<!\S)(?:عن|حول|بشأن|بشان|قضية|ملف)\s", self.text[s:e]):
            pos = s + m.end()
            for mm in self.in_span(pos, min(e, pos + 40)):
                if mm.start == pos or self.text[pos : mm.start].strip(' “”"«»') == "":
                    self.excluded.add((mm.start, mm.end))
        # "كوشنر، زوج ابنة الرئيس دونالد ترامب": a relative named in an apposition is not there
        for m in self.lex.pattern("described_after", prefix=r"(?:[وبل]?)").finditer(self.text, s, e):
            if any(a <= m.start() < b for a, b in self.titles):
                continue  # "معاون وزير الخارجية في حكومة النظام أيمن سوسان": part of a post
            for mm in self.in_span(m.end(), min(e, m.end() + 40)):
                if (
                    len(self.text[m.end() : mm.start].split()) <= 5
                    and "،" not in self.text[m.end() : mm.start]
                ):
                    self.excluded.add((mm.start, mm.end))
                break
        # "وتعليقا على زيارة وفد حماس برئاسة خالد مشعل … قال الجبير": the matter commented on, up to the verb
        for m in re.finditer(r"(?<!\S)[و]?(?:تعليقا|ردا)\s+علي(?!\S)", self.text[s:e]):
            pos = s + m.end()
            verb = next(
                (t for t in self.doc.tokens_in(pos, e) if ar_in(self.lex, "reporting_verbs", t.text)), None
            )
            for mm in self.in_span(pos, verb.start if verb else e):
                self.excluded.add((mm.start, mm.end))
        # "عبر عن سعادته … من ميليشيات الحوثي والرئيس المخلوع صالح": after "عن" + a noun, the rest of the
        # clause is what was said, up to an attendance cue
        for m in re.finditer(r"(?<!\S)(?:عن|حول|بشأن|بشان)\s+(?!بعد)\S+", self.text[s:e]):
            pos = s + m.end()
            cue = self.lex.pattern("attendance_cues", prefix=r"(?:[وف]?)").search(self.text, pos, e)
            stop = cue.start() if cue else e
            for mm in self.in_span(pos, stop):
                self.excluded.add((mm.start, mm.end))

    def triggers(self, s: int, e: int):
        out: list[tuple[Any, str, str]] = []  # (token or match, word, "verb" | "noun")
        for t in self.doc.tokens_in(s, e):
            verb = ar_in(self.lex, "meeting_verbs", t.text)
            if verb:
                out.append((t, verb, "verb"))
        for m in self.lex.pattern(
            "meeting_nouns", prefix=r"(?:[وفبل]?)", suffix=r"(?:ه|ها|هما|هم)?"
        ).finditer(self.text, s, e):
            if self._medium(m, s) or re.search(
                r"(?:تعليقا|ردا)\s+علي\s*$", self.text[max(s, m.start() - 12) : m.start()]
            ):
                continue
            out.append((m, m.group("w"), "noun"))
        return out

    def _medium(self, m, s: int) -> bool:
        """ "قال … في اتصال هاتفي", "أكد في مقابلة": the channel of a statement, not a meeting (unless "مع"
        names a partner right after it)."""
        before = self.doc.tokens_in(max(s, m.start() - 60), m.start())
        if not before or before[-1].text not in ("في", "عبر"):
            return False  # ("قال خلال لقائه X" is a meeting)
        if re.match(r"(?:\s+\S+){0,2}?\s+(?:مع|بين)\s", self.text[m.end() : m.end() + 40]):
            return False
        return any(ar_in(self.lex, "reporting_verbs", t.text) for t in before[-6:])

    def place_of(self, s: int, e: int, parties=()) -> tuple[str | None, int]:
        """The most specific place where the sentence says the meeting was (not places in quotes, nor a
        country that is itself a party)."""
        best, rank = None, 9
        quoted = [(q.start, q.end) for q in self.doc.quotes if q.end - q.start > 30]
        for m in self.in_span(s, e, kinds=(PLACE,)):
            if m.entity in parties:
                continue
            if m.start < self._dateline_end(s):
                continue  # "دبي، الإمارات العربية المتحدة (CNN)--": where the story was filed
            if any(qs <= m.start < qe for qs, qe in quoted) or any(
                ts <= m.start < te for ts, te in self.titles
            ):
                # a place in a quotation or in a post ("رئيس إقليم كردستان العراق") is not where they met
                continue
            if m.subtype == places.VENUE:
                if -1 < rank:
                    best, rank = m.entity, -1
                continue
            before = self.text[max(s, m.start - 30) : m.start]
            # "في الرياض", "بجدة", "في العاصمة الإثيوبية أديس أبابا", "في مدينة بنغازي الليبية"
            loc = (
                bool(_LOC.search(before))
                or self.text[m.start - 1 : m.start] == "ب"
                or self._visited(s, m.start)
            )
            r = (0 if loc else 4) if m.subtype == "City" else (3 if loc else 5)  # "في قطر" over "لغزة"
            if r < rank:
                best, rank = m.entity, r
        for m in self.in_span(s, e, kinds=(ORG,)):
            # "استقبل X Y في البيت الأبيض": a seat of power named as an organization, after "في", is the venue
            word = self.text[m.start : m.end]
            at = self.text[max(s, m.start - 3) : m.start]
            if self.lex.has("seat_venues", word) and (at.endswith("في ") or at.endswith("ب")) and -1 < rank:
                best, rank = m.entity, -1
        return best, rank

    def _visited(self, s: int, pos: int) -> bool:
        """A place right after a verb of going ("التي تزور مصر", "وصل إلى الرياض") is where they are."""
        before = self.doc.tokens_in(max(s, pos - 30), pos)
        if before and before[-1].text in ("الي", "إلى") and len(before) > 1:
            before = before[:-1]
        return bool(before) and bool(ar_in(self.lex, "motion_verbs", before[-1].text))

    def _dateline_end(self, s: int) -> int:
        m = _DATELINE.match(self.text, s)
        return m.end() if m else s

    def destination(self) -> tuple[str | None, int]:
        """Where a visit went: the place after a motion verb ("توجه إلى دمشق", "وصل إلى الرياض")."""
        for t in self.doc.tokens:
            if ar_in(self.lex, "motion_verbs", t.text):
                for m in self.in_span(t.end, t.end + 20, kinds=(PLACE,)):
                    return m.entity, (1 if m.subtype == "City" else 4)
        return None, 9

    def topic(self, pos: int) -> NameMention | None:
        """The person a pronoun stands for ("خلال استقباله", "ونوه سموه"): the first person named in the
        nearest earlier sentence that names one."""
        for s, e in reversed(self.doc.sentences):
            if s >= pos:
                continue
            persons = self.in_span(s, min(e, pos))
            if persons:
                return persons[0]
        return None

    def _tspan(self, trig) -> Span:
        t, _, kind = trig
        return (t.start(), t.end()) if kind == "noun" else (t.start, t.end)

    def _referring(self, trig) -> bool:
        """A trigger that refers to a meeting told before: a definite noun ("اللقاء", "خلال الاستقبال"),
        or a dual verb whose subject is the pair already met ("وبحثا", "التقيا")."""
        t, word, kind = trig
        if kind != "noun":
            if not ar_in(self.lex, "dual_meeting_verbs", t.text):
                return False
            # "ناقشا مع السيسي": a dual verb with its own partner opens a meeting of its subjects and partner
            return not re.match(r"(?:\s+\S+){0,3}?\s+مع\s", self.text[t.end : t.end + 40])
        if not self._pronominal(trig) and re.search(
            r"(?<!\S)(?:علي|عن)\s+$", self.text[max(0, t.start() - 6) : t.start()]
        ):
            return True  # "معلقا على زيارة X", "تحدث عن لقاء X": a meeting talked about, told elsewhere
        return word.startswith("ال")

    def _trigger_word(self, trig) -> str:
        t, _, kind = trig
        return t.group() if kind == "noun" else t.text

    def _pronominal(self, trig) -> bool:
        """A noun with a possessive pronoun ("لقائه", "استقباله"): its owner is a party to the meeting."""
        t, word, kind = trig
        if kind == "noun" and self.lex.has("possessed_meeting_nouns", word):
            return True
        return kind == "noun" and len(t.group()) > len(word) + (
            1 if t.group()[:1] in "وفبل" and not word.startswith(t.group()[:1]) else 0
        )

    def run(self) -> tuple[list[Meeting], list[Message]]:
        self.find_messages()
        drafts: list[_Draft] = []
        for s, e in self.doc.sentences:
            self.discussed(s, e)
        ok = lambda m: (m.start, m.end) not in self.excluded  # noqa: E731
        for s, e in self.doc.sentences:
            trig = sorted(self.triggers(s, e), key=lambda x: self._tspan(x)[0])
            self.between_parties(drafts, trig, s, e)
            attend_cue = self.lex.pattern("attendance_cues", prefix=r"(?:[وف]?)").search(self.text, s, e)
            trig_first = [
                x
                for x in trig
                if self._tspan(x)[0] < (attend_cue.start() if attend_cue else 0) and not self._referring(x)
            ]  # "خلال اللقاء الذي حضره X": X joins that meeting
            if attend_cue and drafts and not trig_first:
                d = drafts[-1]
                for m in self.in_span(attend_cue.end(), e):
                    if ok(m):
                        d.add(m.entity, self.doc.orig((m.start, m.end)))
                continue
            if not trig:
                continue
            # clauses: a verb or an indefinite or possessed noun opens a meeting clause; a definite noun
            # ("اللقاء") only refers to one told before
            opening = [x for x in trig if not self._referring(x)]
            first_ref = min((self._tspan(x)[0] for x in trig if self._referring(x)), default=e)
            # "وجرى خلال الاستقبال … بحث مستجدات": after a reference to the meeting, a verb-like word is
            # a verbal noun describing it
            opening = [
                x
                for x in opening
                if self._tspan(x)[0] < first_ref
                or not (x[2] == "verb" and self.lex.has("masdar_like_verbs", x[1]))
            ]
            if not opening:
                people = [m for m in self.in_span(s, e) if ok(m)]
                present = {m.entity for m in people}
                # "اجتماع القمة الذي سيعقد في طهران": the meeting of that kind, else one of its people's
                target = self.same_kind(drafts, trig) if any(d.summit for d in drafts) else None
                if target is None:
                    target = next((d for d in reversed(drafts) if present & set(d.attendees)), None)
                if target is None:
                    target = self.same_kind(drafts, trig) or (drafts[-1] if drafts else None)
                if target is None:
                    # "وصف X المحادثات التي عقدت في الدوحة مع Y": the first telling of a meeting whose other
                    # party comes later ("ضم الاجتماع وفدا … بقيادة Z"); kept only if it gets a second one
                    target = self.told_in_relative(trig, s, e, ok)
                    if target is not None:
                        drafts.append(target)
                        self.describe(target, s, e, opening=True)
                        continue
                if target is not None:
                    self.describe(target, s, e, opening=False)
                continue
            first_start = self._tspan(opening[0])[0]
            # the subject: people before the first trigger, after a reported-speech "إن/أن" (the speaker
            # of "قال X إن الرئيس هادي بحث …" is not a party)
            cut = s
            byline = _BYLINE.match(self.text, s)
            if byline and byline.end() <= first_start:
                cut = byline.end()  # the reporter who signs the story is no party
            adverbial = re.search(
                r"(?:خلال|عقب|بعد|لدى|اثناء|في)\s*$", self.text[max(s, first_start - 8) : first_start]
            )
            if opening[0][2] == "verb" or not adverbial:
                # "قال X إن زيارة Y كانت فرصة": the speaker is no party; but in "أعلن X أن … خلال لقاء مع Y"
                # an adverbial meeting noun belongs to the main subject
                for that in re.finditer(r"(?<!\S)(?:ان|إن|أن|بان)(?!\S)", self.text[s:first_start]):
                    cut = s + that.end()
                # "وأضاف X: "أقام Y عشاء لـ Z"": the speaker before a colon and a quotation is no party
                for colon in re.finditer(r":\s*[\"“«]", self.text[s:first_start]):
                    cut = max(cut, s + colon.end())
            subject = [m for m in self.in_span(cut, first_start) if ok(m)]
            for n, tr in enumerate(opening):
                c0 = self._tspan(tr)[0]
                # the clause ends where the next trigger starts; after a dual verb ("وبحثا") people are
                # talked about
                c1 = min([self._tspan(x)[0] for x in trig if self._tspan(x)[0] > c0] + [e])
                c1 = self._said_clause(s, c0, c1)
                # "نوه X خلال استقباله Y بما توليه حكومة …": what is praised or thanked for is talked about
                praised = re.compile(r"(?<!\S)بما(?!\S)(?!\s+في\s+ذلك)").search(self.text, c0, c1)
                if praised:
                    c1 = praised.start()
                clause = [m for m in self.in_span(c0, c1) if ok(m)]
                dual = (
                    n == 0 and not subject and self._dual_subject(tr) and self._last_pair(drafts)
                    if drafts
                    else None
                )
                if (
                    n == 0
                    and not subject
                    and clause
                    and not dual
                    and not self._pronominal(tr)
                    and not self._pronoun_subject(c0, c1)
                ):
                    subject = clause[:1]  # VSO: "التقى X Y" -- X is the subject of the clauses after too
                    for nxt in clause[1:]:  # "التقى X ونائبه Y في أنقرة Z": X and Y are the subject
                        gap = self.text[subject[-1].end : nxt.start]
                        if re.fullmatch(r"\s*و\S*(?:\s+\S+){0,3}?\s*", gap) and not re.search(
                            r"[،,]|(?<!\S)(?:في|مع|الي|إلى|على|علي|ب\S*)(?!\S)", gap
                        ):
                            subject.append(nxt)
                        else:
                            break
                party = list(subject) if n > 0 or subject is not clause[:1] else []
                rel = self._relative_subject(s, c0) if n > 0 and tr[2] == "noun" else None
                if rel is not None and ok(rel):
                    party = [rel]  # "يجتمع X مع Y الذي يزور قطر لإجراء محادثات مع Z": Y holds these talks
                singular = self._pronominal(tr) and re.search(r"(?:ه|ها)$", self._trigger_word(tr))
                if singular and n > 0 and len({m.entity for m in party}) >= 2:
                    # "لقاء A وB مع C بعد استقباله D": a singular pronoun cannot stand for the pair; it is
                    # the one named last before the noun
                    taken = {p.entity for p in party}
                    before = [m for m in self.in_span(s, c0) if ok(m) and m.entity not in taken]
                    if before:
                        party = [before[-1]]
                    else:
                        singular = None
                if (self._pronominal(tr) or self._pronoun_subject(c0, c1)) and not (
                    singular and n > 0 and len(party) == 1
                ):
                    owner = subject[0] if subject else self.topic(s)
                    if owner is not None and owner not in party:
                        party.insert(0, owner)
                    # "قال كارتر للملك سلمان إن أوباما يتطلع للقائه": with a subject of its own, the pronoun
                    # on the noun is the person addressed before it
                    earlier = [
                        m for m in self.in_span(s, cut) if ok(m) and m.entity not in {p.entity for p in party}
                    ]
                    if self._pronominal(tr) and subject and cut > s and earlier:
                        addressed = [
                            m for m in earlier if self.text[m.start - 3 : m.start].endswith(("لل", " ل"))
                        ]
                        party.append((addressed or earlier)[-1])
                objects = [m for m in clause if m not in party]
                if len(party) + len(objects) < 2:
                    objects += self.delegations(c0, c1)
                if dual:
                    pair = dual
                    if pair:  # "والتقى المسؤولان الأمريكيان كلا من A وB": the pair of the meetings before
                        party = [m for m in self.mentions if m.entity in pair and m.start < s]
                        party = list({m.entity: m for m in party}.values())
                        objects = [m for m in objects if m.entity not in pair]
                groups = [objects]
                split = ar_in(
                    self.lex, "plural_meeting_nouns", self.text[c0 : self._tspan(tr)[1]]
                ) or re.search(r"(?<!\S)كلا\s+من(?!\S)", self.text[c0:c1])
                if split and len(objects) > 1:
                    groups = [
                        [o] for o in objects
                    ]  # "لقاءات مع A ونظيره B", "كلا من A وB": one meeting with each
                apart = re.search(SEPARATELY, self.text[c0:c1])
                if apart and len(party) > 1 and objects and not dual:
                    # "A وB اجتمعا كل على حدة مع C": one meeting of each with C
                    for one in party:
                        keys = list(dict.fromkeys([one.entity] + [m.entity for m in objects]))
                        made = self.place_clause(
                            drafts, tr, keys, [one] + objects, s, e, c0, c1, first=n == 0,
                            objects={m.entity for m in objects},
                        )
                        if made is not None and not made.subjects:
                            made.subjects = [one.entity]
                    continue
                for objs in groups:
                    people = party + objs
                    keys = list(dict.fromkeys(m.entity for m in people))
                    made = self.place_clause(
                        drafts, tr, keys, people, s, e, c0, c1, first=n == 0, objects={m.entity for m in objs}
                    )
                    if made is not None:
                        subj_keys = [m.entity for m in party]
                        if not made.subjects:
                            made.subjects = list(dict.fromkeys(subj_keys))
                        if ar_in(self.lex, "host_words", self.text[c0 : self._tspan(tr)[1]]) and subj_keys:
                            # "استقبل X Y", "خلال استقباله Y": X receives, Y is received
                            for k in subj_keys:
                                made.roles.setdefault(k, "host")
                            for m in objs:
                                made.roles.setdefault(m.entity, "guest")
        self.tours(drafts, ok)
        self.invitations(drafts, ok)
        # where: a place in a trigger sentence, else where the visit went
        dest, drank = self.destination()
        for d in drafts:
            if dest and drank < d.place_rank:
                d.place, d.place_rank = dest, drank
            if d.date is None and d.date_text is None and d.status != "planned":
                self.lead_date(d)  # (a planned meeting does not take the date of what was told before)
        return [self.finish(d) for d in drafts if len(d.attendees) >= 2], self.messages

    def tours(self, drafts, ok) -> None:
        """A tour and the countries it takes in: "في إطار جولة على المنطقة تشمل إسرائيل والسعودية وقطر" is a
        visit of the touring people to each (planned: the words give the itinerary, not what was held)."""
        tour = self.lex.pattern("tour_words", prefix=r"(?:[وفبل]?)")
        takes = self.lex.pattern("tour_includes", prefix=r"(?:[وف]?)")
        for s, e in self.doc.sentences:
            t = tour.search(self.text, s, e)
            if not t:
                continue
            inc = takes.search(self.text, t.end(), min(e, t.end() + 40))
            if not inc:
                continue
            party = [m for m in self.in_span(s, t.start()) if ok(m)]
            party = list({m.entity: m for m in party}.values())
            if not party:
                continue
            stops, pos = [], inc.end()
            for m in self.in_span(inc.end(), e, kinds=(PLACE,)):
                if self.text[pos : m.start].strip() not in ("", "و", "،", ",", "ايضا") and not re.fullmatch(
                    r"\s*(?:ايضا\s*)?[،,]?\s*و?", self.text[pos : m.start]
                ):
                    break
                stops.append(m)
                pos = m.end
            for place in stops:
                keys = [m.entity for m in party] + [place.entity]
                if any(set(keys) <= set(d.attendees) for d in drafts):
                    continue
                d = _Draft(
                    trigger=clean(self.doc.original_text((t.start("w"), t.end("w")))),
                    trigger_span=self.doc.orig((t.start("w"), t.end("w"))),
                    span=self.doc.orig((s, e)),
                    status="planned",
                    place=place.entity,  # the country visited is where they meet
                    place_rank=-2,
                )
                for m in party + [place]:
                    d.add(m.entity, self.doc.orig((m.start, m.end)))
                drafts.append(d)

    def invitations(self, drafts, ok) -> None:
        """An invitation to visit: "وجه X الدعوة لـY لزيارة موسكو", "يدعو X Y لزيارة …" is a planned meeting
        of the one who invites and the one invited, where the visit is to go."""
        invite = self.lex.pattern("invitation_words", prefix=r"(?:[وف]?)")
        visit = self.lex.pattern("invited_visits", prefix=r"")
        quoted = [(q.start, q.end) for q in self.doc.quotes if q.end - q.start > 30]
        for s, e in self.doc.sentences:
            for v in visit.finditer(self.text, s, e):
                if any(a <= v.start() < b for a, b in quoted):
                    continue  # told in someone's words, not by the writer
                found = list(invite.finditer(self.text, max(s, v.start() - 60), v.start()))
                if not found:
                    continue
                inv = found[-1]
                host = [m for m in self.in_span(s, inv.start(), kinds=(PERSON, ORG)) if ok(m)]
                guest = [m for m in self.in_span(inv.end(), v.start(), kinds=(PERSON, ORG)) if ok(m)]
                if not host or not guest or host[-1].entity == guest[0].entity:
                    continue
                lam = self.text[guest[0].start - 1 : guest[0].start] == "ل" or re.match(
                    r"\s*ل", self.text[inv.end() : guest[0].start]
                )
                if "دعو" in inv.group("w") and not lam:
                    continue  # "تلبية دعوة الحكومة إلى زيارة عدن": after the noun, the one who invites
                keys = [host[-1].entity, guest[0].entity]
                if any(set(keys) <= set(d.attendees) and d.status == "planned" for d in drafts):
                    continue
                d = _Draft(
                    trigger=clean(self.doc.original_text((v.start("w"), v.end("w")))),
                    trigger_span=self.doc.orig((v.start("w"), v.end("w"))),
                    span=self.doc.orig((s, e)),
                    status="planned",
                )
                for m in (host[-1], guest[0]):
                    d.add(m.entity, self.doc.orig((m.start, m.end)))
                where = self.in_span(v.end(), min(e, v.end() + 25), kinds=(PLACE,))
                if where:
                    d.place, d.place_rank = where[0].entity, -2
                drafts.append(d)

    def told_in_relative(self, trig, s: int, e: int, ok) -> _Draft | None:
        """A definite meeting noun told by a relative clause with its party after "مع": "المحادثات التي
        عقدت في الدوحة مع Y" (a draft with Y alone)."""
        for tr in trig:
            if tr[2] != "noun":
                continue
            t0, t1 = self._tspan(tr)
            m = re.match(
                r"(?:\s+\S+){0,2}?\s+(?:التي|الذي)\s+(?:عقدت|جرت|عقد|جري|جرى|اجريت|اجري)(?:\s+\S+){0,4}?\s+مع\s",
                self.text[t1:e],
            )
            if not m:
                continue
            start = t1 + m.end()
            stop = re.search(r"[،,.]|(?<!\S)(?:ان|إن|أن|بان|بأن)(?!\S)", self.text[start:e])
            end = start + stop.start() if stop else e
            people = [p for p in self.in_span(start, end) if ok(p)][:1]
            if not people:
                continue
            d = _Draft(
                trigger=clean(self.doc.original_text((t0, t1))),
                trigger_span=self.doc.orig((t0, t1)),
                span=self.doc.orig((s, e)),
            )
            d.add(people[0].entity, self.doc.orig((people[0].start, people[0].end)))
            return d
        return None

    def _said_clause(self, s: int, c0: int, c1: int) -> int:
        """Where the meeting clause gives way to what was said: "أكد X بعد محادثات في موسكو أن … الأسد"
        (the people of the that-clause after a reporting verb are talked about, not met)."""
        m = re.compile(r"(?<!\S)(?:ان|إن|أن|بان|بأن)(?!\S)").search(self.text, c0, c1)
        if m and any(ar_in(self.lex, "reporting_verbs", t.text) for t in self.doc.tokens_in(s, m.start())):
            return m.start()
        return c1

    def _relative_subject(self, s: int, c0: int) -> NameMention | None:
        """The person a relative clause that holds the meeting noun at ``c0`` is about: "Y الذي يزور قطر
        لإجراء محادثات" (a short clause, with no comma or other trigger between)."""
        for m in reversed(self.in_span(s, c0, kinds=(PERSON,))):
            gap = self.text[m.end : c0]
            short = len(gap.split()) <= 6 and not re.search(r"[،,.]", gap)
            if short and re.match(r"\s*(?:الذي|التي)\s", gap):
                return m
            return None
        return None

    def between_parties(self, drafts, trig, s: int, e: int) -> None:
        """A meeting of states or bodies with no person named for them: "القمة الثلاثية التي تضم إيران
        وروسيا وتركيا", "محادثات بين الحكومة وحركة طالبان" (countries and organizations as attendees)."""
        for tr in trig:
            if tr[2] != "noun" or not ar_in(self.lex, "summit_nouns", tr[1]):
                continue
            t0, t1 = self._tspan(tr)
            m = re.match(
                r"(?:\s+\S+){0,3}?\s+(?:بين|التي\s+(?:تضم|ستضم|جمعت|تجمع|ستجمع)|تضم|يضم|ستضم)\s",
                self.text[t1 : t1 + 60],
            )
            if not m:
                continue
            start = t1 + m.end()
            end = min(
                [x for x in (self.text.find("،", start, e), self.text.find(".", start, e)) if x > 0] + [e]
            )
            parties: list[NameMention] = []
            last = start
            for mm in self.in_span(start, end, kinds=(PLACE, ORG)):
                gap = self.text[last : mm.start].strip()
                if mm.kind == PLACE and mm.subtype not in ("Country", None):
                    break
                if gap and gap not in ("و",) and not (last == start and not gap):
                    if parties and not re.fullmatch(r"و?", gap):
                        break
                parties.append(mm)
                last = mm.end
            if len(parties) < 2 or self.in_span(start, end):
                continue
            keys = list(dict.fromkeys(p.entity for p in parties))
            if len(keys) < 2 or any(set(keys) <= set(d.attendees) for d in drafts):
                continue
            d = _Draft(
                trigger=clean(self.doc.original_text((t0, t1))),
                trigger_span=self.doc.orig((t0, t1)),
                span=self.doc.orig((s, e)),
            )
            d.summit = True
            for p in parties:
                d.add(p.entity, self.doc.orig((p.start, p.end)))
            found = dates.find_dates(self.lex, self.text, self.published, start=t0, end=e)
            if found:
                self.set_date(d, found[0])
            self.describe(d, s, e, opening=True)
            drafts.append(d)

    def same_kind(self, drafts, trig) -> _Draft | None:
        """The latest meeting whose trigger is the same noun as one of ``trig`` ("القمة" for a summit)."""
        stems = {self._noun_stem(x[1]) for x in trig if x[2] == "noun"}
        if any(x[2] == "noun" and ar_in(self.lex, "summit_nouns", x[1]) for x in trig):
            for d in reversed(drafts):
                if d.summit:
                    return d
        for d in reversed(drafts):
            if self._noun_stem(fold(d.trigger)) in stems:
                return d
        return None

    @staticmethod
    def _noun_stem(word: str) -> str:
        w = word.split()[0] if word.split() else word
        for p in ("وال", "بال", "لل", "ال", "و", "ب", "ل"):
            if w.startswith(p) and len(w) - len(p) >= 3:
                return w[len(p) :]
        return w

    def _dual_subject(self, tr) -> bool:
        """A verb whose subject is a definite dual noun: "التقى المسؤولان الأمريكيان", "اجتمع الوزيران"."""
        if tr[2] != "verb":
            return False
        nxt = self.doc.tokens_in(tr[0].end, tr[0].end + 30)
        return (
            bool(nxt)
            and nxt[0].text.startswith("ال")
            and nxt[0].text.endswith("ان")
            and len(nxt[0].text) >= 6
        )

    def _last_pair(self, drafts) -> set[str] | None:
        """The two parties common to the latest meetings, or the subjects of the latest one, or its two."""
        if len(drafts) >= 2:
            common = set(drafts[-1].attendees) & set(drafts[-2].attendees)
            if len(common) == 2:
                return common
        if len(drafts[-1].subjects) == 2:
            return set(drafts[-1].subjects)
        if len(drafts[-1].attendees) == 2:
            return set(drafts[-1].attendees)
        return None

    def delegations(self, c0: int, c1: int) -> list[NameMention]:
        """An organization met through its people when none of them is named: "استقبل الوزير رئيس
        وأعضاء هيئة المهندسين", "التقى وفدا من حركة حماس"."""
        out = []
        for m in self.in_span(c0, c1, kinds=(ORG,)):
            before = self.text[max(c0, m.start - 25) : m.start]
            if self.lex.pattern("delegation_words", prefix=r"(?:[وفبل]?)").search(before):
                out.append(m)
                break
        return out

    def _pronoun_subject(self, c0: int, c1: int) -> bool:
        """A meeting verb whose subject is a pronoun of respect ("استقبل سموه")."""
        toks = self.doc.tokens_in(c0, c1)
        return len(toks) > 1 and self.lex.has("subject_pronouns", toks[1].text)

    def place_clause(
        self, drafts, tr, keys, people, s, e, c0, c1, *, first: bool, objects=frozenset()
    ) -> _Draft | None:
        """Add the meeting of one clause: to a draft that already holds all its parties (or two of them and
        one it met), else as a new one."""
        target = None
        for d in drafts:
            if len(keys) >= 2 and set(keys) <= set(d.attendees):
                target = d
        if target is None:
            for d in drafts:
                if (
                    len(set(d.attendees) & set(keys)) >= 2
                    and len(keys) >= 2
                    and (not objects or objects & set(d.attendees))
                ):
                    target = d  # not "the pair met A, then the pair met B": a new partner is a new meeting
        host_alone = (
            len(keys) == 1
            and not objects
            and tr[2] == "verb"
            and bool(ar_in(self.lex, "host_words", self.text[self._tspan(tr)[0] : self._tspan(tr)[1]]))
        )  # "استقبل الأمير X أسر الشهداء": a reception of people not named; "حضر الاستقبال …" may name more
        if target is None and len(keys) < 2 and not host_alone:
            if not keys and tr[2] == "noun":  # a meeting noun with no one named refers to one of its kind
                same = self.same_kind(drafts, [tr])
                if same is not None:
                    self.describe(same, s, e, opening=False)
            return None
        if target is None:
            tspan = self._tspan(tr)
            target = _Draft(
                trigger=clean(self.doc.original_text(tspan)),
                trigger_span=self.doc.orig(tspan),
                span=self.doc.orig((s, e)),
            )
            drafts.append(target)
        for m in people:
            target.add(m.entity, self.doc.orig((m.start, m.end)))
        # the clause's own date first; the sentence's for its first clause
        if target.date_text is None:
            found = dates.find_dates(self.lex, self.text, self.published, start=c0, end=c1)
            if not found and first:
                found = dates.find_dates(self.lex, self.text, self.published, start=s, end=e)
            if found:
                self.set_date(target, found[0])
        # where, how and whether: from the sentence up to the end of this clause (not a later one's)
        self.describe(target, s, c1, opening=True)
        return target

    def describe(self, d: _Draft, s: int, e: int, *, opening: bool = True) -> None:
        place, rank = self.place_of(s, e, d.attendees)
        if place and rank < d.place_rank:
            d.place, d.place_rank = place, rank
        sentence = self.text[s:e]
        if not opening:  # a sentence that refers back tells where and what, not how or whether it was held
            self._topics(d, s, e)
            return
        if any(ar_in(self.lex, "phone_words", w) for w in sentence.split()):
            d.mode = "phone"
        elif any(ar_in(self.lex, "video_words", w) for w in sentence.split()):
            d.mode = "video"
        if any(ar_in(self.lex, "planned_words", w) for w in sentence.split()) or "من المقرر" in sentence:
            d.status = "planned"
        self._topics(d, s, e)

    def _topics(self, d: _Draft, s: int, e: int) -> None:
        names = [(m.start, m.end) for m in self.mentions if m.kind == ORG]
        for m in self.lex.pattern("topics", prefix=r"(?:[وفبلك]?(?:ال)?)?").finditer(self.text, s, e):
            if any(a <= m.start("w") < b for a, b in names):
                continue
            span = self.doc.orig((m.start("w"), m.end("w")))
            topic = clean(self.doc.article.text[span[0] : span[1]])
            if topic not in d.topics:
                d.topics.append(topic)

    def set_date(self, d: _Draft, found: dates.DateMention) -> None:
        span = self.doc.orig(found.span)
        d.date, d.date_text, d.date_span = found.date, clean(self.doc.article.text[span[0] : span[1]]), span

    def lead_date(self, d: _Draft) -> None:
        """A meeting whose own sentence gives no date takes the date told last before it ("ووصل كارتر صباح
        الخميس … وأجرى بعد وصوله لقاءات"), else the date of the article's first sentence ("توجه … يوم أمس
        الثلاثاء")."""
        if not self.doc.sentences:
            return
        first = self.doc.sentences[0]
        before = [s for s in self.doc.sentences if self.doc.orig(s)[1] <= d.span[0] and s != first]
        for s, e in reversed(before[-2:]):
            found = dates.find_dates(self.lex, self.text, self.published, start=s, end=e)
            found = [f for f in found if f.date is not None or self.published is None]
            if found:
                self.set_date(d, found[-1])
                return
        s, e = first
        found = dates.find_dates(self.lex, self.text, self.published, start=s, end=e)
        if found:
            self.set_date(d, found[0])

    def finish(self, d: _Draft) -> Meeting:
        return d.to_meeting()


def find_meetings(doc: Doc, mentions: list[NameMention]) -> tuple[list[Meeting], list[Message]]:
    """Meetings and carried messages in ``doc``."""
    if doc.lang == "ar":
        return ArabicMeetings(doc, mentions).run()
    from kg.en import find_meetings as en_meetings

    return en_meetings(doc, mentions)
