"""Meetings in English news: who met whom, where, when, by phone or in person, held or planned.

A meeting is reported by a verb with its subject and object ("Tony Blair has
met Silvio Berlusconi and Gerhard Schroeder", "Kerry met for two hours with
Lavrov", "Obama hosted ...", "Sanders will meet with Clinton"), by the
subjects of a reciprocal verb ("Obama and Putin met", "the two leaders held
talks"), or by a noun with its parties ("a meeting between Mr. Obama and
President Putin", "his meeting with Clinton", "talks with the LSE").

Attendees are the names in the subject and in the object phrase; the object
phrase ends where the topic or circumstance begins ("to talk about Turkey",
"over Turkey's bid", "on Monday", "in London", "who ..."), so people
discussed are not attendees, nor is the owner of a post ("Reagan's adviser
Carlucci"). "joined by", "also present were" lists add attendees. A person
met again in the same status and mode is the same meeting; a meeting
"will" happen is planned; a phone or video call sets the mode.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from kg import dates
from kg.en_lex import lexicon
from kg.en_refs import PRONOUNS, Refs, Span
from kg.meetings import MeetingDraft
from kg.mentions import ORG, PERSON, PLACE, NameMention
from kg.normalize import clean
from kg.places import VENUE
from kg.records import Meeting, Message

_ADV = (
    r"(?:\s+(?:separately|privately|briefly|again|together|secretly|informally|formally|face-to-face|"
    r"one-on-one|personally|recently|also|first|later|earlier|already|on\s+\w+|for\s+(?:[\w-]+\s+){1,2}(?:hours?|minutes)|"
    r"in\s+the\s+(?:morning|afternoon|evening)|(?:last|this|late|early)\s+(?:\w+day|week|month|night)|today|yesterday)){0,2}"
)
# verb triggers with an object: group "v" is the trigger, the object follows the match
_VERB_OBJ = re.compile(
    rf"(?<![\w-])(?P<v>(?:met|meet|meets|meeting|spoke|speak|speaks|talked|talk|talks|conferred|huddled|dined|sat\s+down)"
    rf"{_ADV}\s+(?:by\s+(?:tele)?phone\s+|on\s+the\s+(?:tele)?phone\s+)?with|met{_ADV}|meets|meet(?=\s+(?:[A-Z]|the\s|his\s|her\s))"
    r"|(?:is|are|was|were|been)\s+meeting(?=\s+(?:[A-Z]|the\s|his\s|her\s|their\s))"
    r"|(?:(?<=after\s)|(?<=before\s)|(?<=while\s)|(?<=since\s)|(?<=upon\s))meeting(?=\s+(?:[A-Z]|his\s|her\s))"
    r"|(?:was|were|is|are|will\s+be)\s+joined\s+by"
    r"|(?:held|hold|holds|holding|had|has|have|having|began|begin|opened|resumed|renewed|concluded)\s+(?:[\w\"“”'’-]+\s+){0,3}?"
    r"(?:talks|meetings?|discussions|negotiations|a\s+(?:meeting|summit|call|conversation)|(?:tele)?phone\s+(?:call|conversation)s?)"
    r"\s+(?:\w+\s+){0,3}?(?:with|between)"
    r"|received|receives|hosted|hosts|hosting|welcomed|welcomes|visited|visits|phoned|telephoned"
    r"|spoke\s+(?:by\s+(?:tele)?phone\s+)?to|talks\s+with|talks\s+between|meeting\s+between|meetings\s+with|meeting(?:\s+(?:last|on|this)\s+\w+)?\s+with"
    r"|calls?\s+with|conversation\s+with|summit\s+with|visit\s+(?:to|with)|(?:was|were)\s+seen\s+with"
    r"|(?:ate|eating|dined|dining|lunched|breakfasted|riding|rode|travell?ed|travell?ing)\s+with|convened|convenes"
    r"|(?:shakes?|shook|shaking)\s+hands\s+with|hugs|hugged|hugging|embraced|embraces|greeted|greets)(?![\w-])"
)
# reciprocal: "A and B met", "the two men held talks", "leaders meet"
_RECIP = re.compile(
    r"(?<![\w-])(?P<v>(?:ended|began|opened|concluded|wrapped\s+up|started|attended|held)\s+(?:a|the|their|two\s+days\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit|session)|met|meet|held\s+(?:\w+\s+){0,2}?(?:talks|meetings?|discussions)|hold\s+(?:\w+\s+){0,2}?(?:talks|meetings?)|spoke|talked)"
    r"(?!\s+(?:with|to|by))(?![\w-])"
)
_PLANNED = re.compile(
    r"(?<![\w-])(?:will|would|shall|to|'ll|plans?\s+to|planning\s+to|scheduled\s+to|expected\s+to|due\s+to|set\s+to|going\s+to|"
    r"agreed\s+to|hopes?\s+to|wants?\s+to|intends?\s+to|is\s+to|are\s+to)\s+(?:\w+\s+){0,2}$"
)
_PLANNED_WORDS = re.compile(
    r"(?<![\w-])(?:next\s+(?:week|month|year)|tomorrow|upcoming|later\s+this\s+(?:week|month)|scheduled|planned|(?:was|were|is|are)\s+arranging)(?![\w-])",
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"(?<![\w-])(?:(?:tele)?phone[ds]?|phone\s+call|call(?:s|ed)?|conference\s+call)(?![\w-])", re.IGNORECASE
)
_VIDEO = re.compile(
    r"(?<![\w-])(?:video(?:\s*(?:link|call|conference))?|videoconference|teleconference)(?![\w-])",
    re.IGNORECASE,
)
# where the object phrase ends: the topic, the time, the place, a new clause
_OBJ_END = re.compile(
    r"[;:!?\"“”]|,\s+(?:who|which|where|when|but|and\s+(?:the(?!\s+(?:[\w.-]+\s+){0,5}?[\w-]+,\s+[A-Z])|a|said|he|she|they)|as|after|before|amid|to|in|at|on|for|"
    r"saying|adding|telling|according)\b|,\s+(?!(?:and\s+)?(?:[A-Z]|the\s+[A-Z]|his\s|her\s))"
    r"|(?<![\w-])(?:to\s+(?:talk|discuss|review|press|seek|push|urge|ask|explore|try|hear|consider|make|see)|about|over|on|regarding|"
    r"concerning|amid|after|before|during|since|until|while|because|as|in|at|at\s+which|for|that|who|which|where|when|from|"
    r"under|into|despite|against|without|but|than|ahead)(?![\w-])"
)
# a group of named members: "the 10 premiers", "five public sector unions", "the trade ministers"
_GROUP = re.compile(
    r"(?<![\w-])(?:the\s+)?(?:[\w\"“”-]+\s+){0,3}?(?P<n>premiers|ministers|leaders|senators|governors|presidents|"
    r"chancellors|mayors|unions|secretaries|envoys|ambassadors)(?![\w-])"
)
_TOPIC = re.compile(
    r"(?<![\w-])(?:to\s+(?:discuss|talk\s+about|review|consider)|regarding|concerning)(?![\w-])"
)
# "met with wheat growers": a common noun phrase that may name a body named elsewhere in the article
_COMMON_OBJ = re.compile(r"\s*(?:the\s+|some\s+|several\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)(?![\w-])")
# "under fire for a private meeting", "after a somber meeting": a meeting noun the clause's subject had
_NOUN_AFTER_PREP = re.compile(
    r"(?<![\w-])(?:for|after|from|before|during|following|since)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}$"
)
_UNNAMED_HOSTS = re.compile(
    r"\s*(?:with\s+)?(?:the\s+|local\s+|senior\s+|government\s+|top\s+)*(?:country['’]s\s+)?"
    r"(?:leaders|officials|leadership|authorities|ministers)(?![\w-])"
)
_VISIT_TO = re.compile(
    r"(?<![\w-])(?:visit(?:ed|ing)?|(?:visit|trip|journey)\s+to|arrived\s+in|flew\s+to)\s+$"
)
_GENERIC = frozenset(
    "leaders officials representatives members executives delegates people members workers groups".split()
)
_LISTED = re.compile(r",\s+[^;:\"“”]{3,90}?\s+and\s+[^;:,\"“”]{3,60}?\s+")
_ABBREVIATED = {"senator": r"sen\.", "governor": r"gov\.", "representative": r"rep\."}
_NOT_MODIFIERS = frozenset(
    "the his her their its our ten two three four five six seven eight nine other fellow all some".split()
)
# attending or addressing a body's meeting
_BODY = re.compile(
    r"(?<![\w-])(?P<v>attends?|attended|attending|(?:take|takes|took|taking)\s+part\s+in|participated\s+in|"
    r"participates?\s+in|participating\s+in|told|addressed|addresses|briefed|"
    r"(?:testif(?:y|ies|ied|ying)|appear(?:s|ed|ing)?)\s+(?:before|to)|(?:is|are)\s+due\s+to\s+attend)(?![\w-])"
)
_BODY_HEAD = re.compile(
    r"(?<![\w-])(?:Party|Committee|Caucus|caucus|Council|Parliament|Senate|Congress|Assembly|Commission|"
    r"Cabinet|Club|Conference|Convention|Summit)(?![\w-])"
)
_LED = re.compile(r"(?<![\w-])(?:led|headed|chaired)\s+(?:[\w\s]{0,30}?\s)?by\s+", re.IGNORECASE)
# "a summit of North American leaders", "the meeting of the trade ministers"
_GROUP_MEETING = re.compile(
    r"(?<![\w-])(?P<v>summit|meeting|talks|conference)\s+(?:of|among|between)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?P<n>leaders|ministers|premiers|presidents|governors)(?![\w-])"
)
# a meeting that goes on later between the same parties
_CONTINUE = re.compile(
    r"(?<![\w-])(?:(?:further|more|another|new|fresh|follow-up)\s+(?:round\s+of\s+)?(?:talks|discussions|meetings?|negotiations)"
    r"\s+(?:will|would|are\s+to|were\s+to)\s+(?:be\s+held|take\s+place)"
    r"|(?:talks|discussions|negotiations|the\s+meeting)\s+(?:will|would|are\s+to|is\s+to)\s+(?:resume|continue|reconvene))(?![\w-])",
    re.IGNORECASE,
)
_INVITATION = re.compile(
    r"(?<![\w-])at\s+(?:(?:[A-Z][\w.-]*\s+){1,6}[A-Z][\w-]*['’]s?\s+invitation|the\s+invitation\s+of\s+(?:[A-Z][\w.-]*\s*){1,6})"
)
_POST_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,3}?(?:chief|executive|director|minister|secretary|leader|chairman|"
    r"chairwoman|president|spokesman|spokeswoman|head|boss|official|envoy|ambassador|CEO|CFO|COO|Chairman|"
    r"Chief\s+Executive|President)\s+[A-Z]"
)
_ONLOOKER = re.compile(
    r"(?<![\w-])as\s+(?P<who>(?:[A-Z][\w.'’-]*\s+){1,6})(?:looks?\s+on|looked\s+on|watch(?:es|ed)|listen(?:s|ed))"
)
_SINGLE_ROLES = (
    "senator",
    "president",
    "minister",
    "premier",
    "chancellor",
    "governor",
    "candidate",
    "congressman",
    "congresswoman",
    "mayor",
    "pontiff",
    "pope",
    "leader",
    "secretary",
    "nominee",
    "tycoon",
    "billionaire",
)
# "the tomb of", "a memorial to": a person named after these is not there
_HONOURED = re.compile(
    r"(?<![\w-])(?:tomb|grave|graveside|mausoleum|memorial|shrine|statue|monument|resting\s+place|birthplace|"
    r"funeral|coffin|portrait)\s+(?:of|to|for)\s+(?:the\s+late\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
# "calls with both A and B", "separate meetings with A and B": one meeting for each party named
# ", vice minister of Japan's trade ministry, is to": a post set off by commas before the verb
_APPOSITIVE = re.compile(r",\s+(?:a\s+|an\s+|the\s+)?[a-z][^,;:]{2,120}?,\s*(?:[a-z]+\s+){0,3}$")
_IN_POST = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,2}?(?:Representative|Secretary|Minister|Ambassador|Envoy)\b")
_SEPARATE = re.compile(
    r"(?<![\w-])(?:calls|separately|separate\s+\w+|(?:meetings|talks|calls)\s+with\s+each\s+of)(?![\w-])"
)
_BACKGROUND = re.compile(
    r"(?<![\w-])(?:previously|in\s+the\s+past|(?:last|first|never|once)\s+met|had\s+(?:met|spoken)\s+before)(?![\w-])"
)
_FUTURE = re.compile(
    r"(?<![\w-])(?:will|would|shall|is\s+to|are\s+to|due\s+to|expected\s+to|scheduled|plans?\s+to|next|tomorrow)(?![\w-])|'ll\b"
)
_AT_THE = re.compile(r"(?<![\w-])(?:to|at|in)\s+the\s+$")
_APPOSITIVE_AND = re.compile(
    r",\s+(?:the|a|an)\s+[a-z][^;:.!?\"“”]{0,120}?,?\s+and\s+(?=[A-Z])"
)
_HELD_AT = re.compile(
    r"(?<![\w-])(?:took\s+place|was\s+held|were\s+held|will\s+(?:take\s+place|be\s+held))\s+(?:at|in)\s+(?:the\s+)?"
)
_I_BEFORE = re.compile(r"(?:^|[,;.]\s+|\s)I\s+(?:\w+\s+)?$")
# the reporting clause right after a quotation: '," she said', '," Lynch told reporters'
_SAID_AFTER = re.compile(
    r"[\"”’']?\s*[,.]?\s*[\"”’']?\s*(?:(?P<pron>he|she)\s+|(?P<name>(?:[A-Z][\w.'’-]*\s+){1,4}))"
    r"(?:said|says|told|added|wrote|stated|recalled)(?![\w-])"
)
_MEETING_WORD = re.compile(
    r"(?<![\w-])(?:meet|meets|met|meeting|meetings|talks|summit|visit|visited|stop|session|conference)(?![\w-])"
)
_WEEKDAY = re.compile(r"(?<![\w-])(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![\w-])")
_ATTEND = re.compile(
    r"(?<![\w-])(?:joined\s+by|accompanied\s+by|also\s+(?:present|attending|in\s+attendance)\s+(?:were|was)?|"
    r"flanked\s+by|together\s+with|along\s+with|alongside|in\s+the\s+presence\s+of|"
    r"(?P<due>(?:also\s+)?(?:due|expected|scheduled|set)\s+to\s+attend\s+(?:are|is|will\s+be))|"
    r"also\s+attending\s+(?:are|is|will\s+be))(?![\w-])",
    re.IGNORECASE,
)
# "the meeting is being hosted by X": the host of a meeting named as a noun
_HOSTED_BY = re.compile(
    r"(?<![\w-])(?:meeting|talks|summit|conference|session|dinner|reception)(?![\w-])[^.;:\"“”]{0,80}?"
    r"(?:is|are|was|were|will\s+be)\s+(?:being\s+)?(?:hosted|chaired)\s+by\s+"
)
# "World Bank officials": a body standing for its people named no further
_ITS_PEOPLE = re.compile(r"\s+(?:officials|representatives|delegates|delegation|executives|envoys)(?![\w-])")


@cache
def _post_words() -> frozenset[str]:
    """Lower-case words of posts ("party chairman", "deputy leader"), from the lexicon's roles and titles."""
    L = lexicon()
    return frozenset(w for name in ("role_nouns", "title_words") for p in L.sets[name] for w in p.split()) - {
        "and", "for", "of", "the", "de"
    }


@dataclass
class _Draft(MeetingDraft):
    hosts: list[str] = field(default_factory=list)
    sentence: tuple[int, int] = (0, 0)
    body: str | None = None  # the organization whose meeting it is ("the G7 meeting")
    separate: bool = False  # "will also hold a separate meeting": not the one told before


class EnglishMeetings:
    def __init__(self, doc, mentions: list[NameMention]):
        self.doc = doc
        self.text = doc.text
        self.L = lexicon()
        self.refs = Refs(doc, mentions)
        self.published = doc.article.published
        self.last_subject: str | None = None
        self.drafts: list[_Draft] = []
        counts: dict[str, int] = {}
        for sp in self.refs.spans:
            if sp.kind == PERSON:
                counts[sp.key] = counts.get(sp.key, 0) + 1
        self.protagonist = max(counts, key=counts.__getitem__) if counts else None
        self.post_words = _post_words()
        # what each entity is called besides its name: its posts, and "X, Britain's biggest union"
        self.subtype = {mm.entity: mm.subtype for mm in mentions if mm.entity and mm.kind == PLACE}
        self.titles: dict[str, list[str]] = {}
        self.first_span: dict[str, Span] = {}
        for sp in self.refs.spans:
            self.first_span.setdefault(sp.key, sp)
        for mm in mentions:
            if mm.entity:
                t = self.titles.setdefault(mm.entity, [])
                if mm.title:
                    t.append(self.text[mm.title[0] : mm.title[1]].casefold())
                if mm.kind == ORG:
                    t.append(self.text[mm.start : mm.end].casefold())
                    app = re.match(r",\s+(?:[\w'’-]+\s+){0,4}?([a-z]+)\s*,", self.text[mm.end : mm.end + 60])
                    if app:
                        t.append(app.group(1))

    # ---------------------------------------------------------------- phrases
    def group_before(self, lo: int, pos: int, *, places: bool = False) -> list[Span]:
        """The subject: the names (coordinated by "and" / ",") that end right before ``pos``.

        A country is a subject only right before its verb ("Poland met"), or with ``places``.
        """
        ents = [e for e in self.refs.within(lo, pos, (PERSON, ORG, PLACE))]
        if (
            ents
            and ents[-1].kind == PLACE
            and not places
            and not re.fullmatch(
                r"(?:\s*,\s*which|\s+(?:has|have|had|also|will|would|is|are|was|were|did|does|then))*\s*",
                self.text[ents[-1].end : pos],
            )
        ):
            ents = [e for e in ents if e.kind != PLACE]
        m = list(re.finditer(r"(?<![\w-])(?:he|she|He|She)(?![\w-])", self.text[lo:pos]))
        if (
            m
            and len(self.words(lo + m[-1].end(), pos)) <= 4
            and (not ents or ents[-1].end < lo + m[-1].start())
        ):
            key = self.refs.pronoun(lo + m[-1].start(), m[-1].group(), self.last_subject)
            if key:
                return [Span(lo + m[-1].start(), lo + m[-1].end(), key, PERSON)]
        if not ents:
            role = re.search(
                r"(?<![\w-])[Tt]he\s+(?:[\w-]+\s+)?("
                + "|".join(sorted(_SINGLE_ROLES, key=len, reverse=True))
                + r")\s+$",
                self.text[lo:pos],
            )
            if role and self.protagonist:
                # "the senator convened ...": a post with no name stands for the article's protagonist
                return [Span(lo + role.start(), lo + role.end(), self.protagonist, PERSON)]
            return self.members_before(lo, pos)
        app = [
            x
            for x in ents
            if x.kind == PERSON
            and _APPOSITIVE.match(self.text[x.end : pos])
        ]
        if app and ents[-1].kind != PERSON and not re.search(r"[\"“”]", self.text[app[0].end : pos]):
            # "Makoto Kuroda, vice minister of Japan's trade ministry, is to meet": the person, not the body
            return app[:1]
        group = [ents[-1]]
        gap = self.text[ents[-1].end : pos]
        # between subject and verb: a few words, no clause break ("Mr Blair has met")
        if len(self.words(ents[-1].end, pos)) > 6 or re.search(r"[.;:]", gap):
            return []
        if self.possessor(ents[-1]):
            return []
        for e in reversed(ents[:-1]):
            between = self.text[e.end : group[0].start]
            link = re.fullmatch(r"\s*(?:,|and|,\s*and|&)\s*((?:[\w.'’-]+\s+){0,5})", between)
            # "Trump, Ryan and party chairman Reince Priebus": posts may stand before a name of the list
            if (
                link
                and all(
                    w[:1].isupper() or w in ("the", "of") or w.casefold() in self.post_words
                    for w in link.group(1).split()
                )
                and not self.possessor(e)
            ):
                group.insert(0, e)
            else:
                break
        return group

    def members(self, noun: str, exclude: set[str], modifier: str | None = None) -> list[Span]:
        """The named members of a group noun: "the premiers" -> the persons titled Premier.

        With a modifier ("trade ministers"), a post holding that word counts too ("Trade Representative").
        """
        sing = noun.casefold()
        sing = sing[:-1] if sing.endswith("s") else sing
        # leaders: heads of state and government, whatever their post is called
        pat = (
            r"leader|president|prime\s+minister|chancellor|premier|king|queen|emir"
            if sing == "leader"
            else re.escape(sing)
        )
        if sing in _ABBREVIATED:  # "Sen. John McCain" is one of "the senators"
            pat += "|" + _ABBREVIATED[sing]
        if modifier and modifier.casefold() not in _NOT_MODIFIERS:
            pat += "|" + re.escape(modifier.casefold())
        out = []
        for key, titles in self.titles.items():
            if (key.startswith(ORG) and sing != "union") or (key.startswith(PERSON) and sing == "union"):
                continue
            if key not in exclude and any(re.search(rf"(?<![\w-])(?:{pat})(?![\w-])", t) for t in titles):
                sp = self.first_span.get(key)
                if sp:
                    out.append(sp)
        return sorted(out, key=lambda x: x.start)

    def members_before(self, lo: int, pos: int) -> list[Span]:
        m = _GROUP.search(self.text[lo:pos])
        # "the senators met", "The senators, several congressmen and industry representatives met"
        listed = m and _LISTED.fullmatch(self.text, lo + m.end(), pos)
        if m and (len(self.words(lo + m.end(), pos)) <= 3 or listed):
            return self.members(m.group("n"), set(), self._modifier(lo + m.start("n")))
        return []

    def _modifier(self, pos: int) -> str | None:
        m = re.search(r"(?<![\w-])([a-z]+)\s+$", self.text[max(0, pos - 20) : pos])
        return m.group(1) if m else None

    def possessor(self, e: Span) -> bool:
        """ "Reagan's adviser", "Obama's policy": the owner of what follows, not a party."""
        return bool(re.match(r"['’]s?\s+(?!(?:and|or)\b)", self.text[e.end : e.end + 4]))

    def words(self, s: int, e: int) -> list[str]:
        return re.findall(r"[\w'’-]+", self.text[s:e])

    def object_after(self, pos: int, hi: int) -> list[Span]:
        """The object phrase after the trigger: the names in it, up to the topic, time or place."""
        m = _OBJ_END.search(self.text, pos, hi)
        end = m.start() if m else hi
        # "met with Juan Lechin, the leader of the union, and Victor Reyes, ...": an appositive after a
        # name of the list is passed over, and the list goes on
        skip: list[tuple[int, int]] = []
        while end < hi and (app := _APPOSITIVE_AND.match(self.text, end, hi)):
            skip.append((end, app.end()))
            m = _OBJ_END.search(self.text, app.end(), hi)
            end = m.start() if m else hi
        # "surrogates (including Sen. Nina Turner ...), and officials (like ...)": the lists count
        for par in re.finditer(
            r"\((?:including|like|such\s+as|among\s+them)\s[^()]*\)", self.text[pos : min(hi, pos + 500)]
        ):
            if par.start() <= end - pos + 40 and not re.search(
                r"[.;:!?]", self.text[pos : pos + par.start()]
            ):
                end = max(end, pos + par.end())
        # a name right after the trigger may hold "of": "the Prime Minister of Italy" (keep the names)
        ents = [
            e
            for e in self.refs.within(pos, end, (PERSON, ORG, PLACE))
            if (not self.possessor(e) or e.kind != PERSON) and not any(a <= e.start < b for a, b in skip)
        ]
        ents = [e for e in ents if not self.possessor(e)]
        # "visited the tomb of Yasser Arafat": the dead are honoured, not met
        ents = [e for e in ents if not _HONOURED.search(self.text, max(pos, e.start - 40), e.start)]
        # "LSE chief executive Clara Furse": the body of a person's post is not a party of its own
        ents = [e for e in ents if not (e.kind != PERSON and _POST_AFTER.match(self.text, e.end))]
        # "with Orlando community leaders": a place before a common noun qualifies it, it is no party
        ents = [
            e
            for e in ents
            if not (
                e.kind == PLACE
                and re.match(r"\s+[a-z]", self.text[e.end : e.end + 3])
                and not _AT_THE.search(self.text, max(0, e.start - 8), e.start)
            )
        ]
        # "the Deputy U.S. Trade Representative, Michael Smith": a place inside a post is no party
        ents = [e for e in ents if not (e.kind == PLACE and _IN_POST.match(self.text, e.end))]
        g = _GROUP.search(self.text, pos, end)
        if g and not ents:
            ents = self.members(g.group("n"), set(), self._modifier(g.start("n")))
        return ents

    def body_named(self, pos: int) -> list[Span]:
        """ "met with wheat growers" where the article names the National Association of Wheat Growers."""
        m = _COMMON_OBJ.match(self.text, pos)
        if not m or self.refs.quoted(pos):
            return []
        words = [w for w in m.group(1).split() if w not in _GENERIC and w not in _NOT_MODIFIERS]
        if not words or len(words) > 2:
            return []
        for sp in self.refs.spans:
            if sp.kind != ORG:
                continue
            name = self.text[sp.start : sp.end].casefold()
            if all(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", name) for w in words):
                return [Span(m.start(1), m.end(1), sp.key, ORG)]
        return []

    def clause_subject(self, lo: int, pos: int) -> list[Span]:
        """The person (or he/she) that opens the clause, when no other name stands before ``pos``."""
        ents = self.refs.within(lo, pos, (PERSON, ORG, PLACE))
        if ents and ents[0].kind == PERSON and ents[0].start <= lo + 40 and len(ents) == 1:
            return ents[:1]
        pron = re.match(r"\s*(He|She)\s", self.text[lo:pos])
        if pron and not ents:
            key = self.refs.pronoun(lo + pron.start(1), pron.group(1), self.last_subject)
            if key:
                return [Span(lo + pron.start(1), lo + pron.end(1), key, PERSON)]
        return []

    def host_country(self, pos: int, s: int, e: int) -> list[Span]:
        """ "a trip to Jordan, where she met officials in Amman": unnamed officials stand for the country."""
        if not _UNNAMED_HOSTS.match(self.text, pos):
            return []
        visited = [
            p
            for p in self.refs.within(s, pos, (PLACE,))
            if self.subtype.get(p.key) == "Country"
            and _VISIT_TO.search(self.text, max(s, p.start - 25), p.start)
        ]
        return visited[-1:]

    # ---------------------------------------------------------------- sentences
    def run(self) -> tuple[list[Meeting], list[Message]]:
        drafts: list[_Draft] = []
        b0, b1 = self.doc.body
        for s, e in self.doc.sentences:
            if e <= b0 or s >= b1:
                continue
            self.drafts = drafts
            found = self.sentence(s, e)
            look = _ONLOOKER.search(self.text, s, e)
            if look and found and not self.refs.quoted(look.start()):
                # "... greets Mayor A as Governor B looks on": the onlooker is there too
                for en in self.refs.within(look.start("who"), look.end("who"), (PERSON,)):
                    found[-1].add(en.key, self.doc.orig((en.start, en.end)))
            inv = _INVITATION.search(self.text, s, e)
            if inv and found and not self.refs.quoted(inv.start()):
                # "at Senate Minority Leader Harry Reid's invitation": the host is there too
                at = self.doc.orig((inv.start(), inv.end()))[0]
                inviting = max(
                    (d for d in found if d.trigger_span[0] < at),
                    key=lambda d: d.trigger_span[0],
                    default=None,
                )
                if inviting is not None:
                    for en in self.refs.within(inv.start(), inv.end(), (PERSON,)):
                        inviting.add(en.key, self.doc.orig((en.start, en.end)))
            for d in found:
                self.merge(drafts, d)
            hosted = _HOSTED_BY.search(self.text, s, e)
            if hosted and not found and not self.refs.quoted(hosted.start()):
                host = [x for x in self.object_after(hosted.end(), e) if x.kind in (PERSON, ORG)][:1]
                if host:
                    # a meeting with its host only, for now: those due to attend may follow
                    d = self.draft(hosted.start(), hosted.end(), s, e)
                    d.add(host[0].key, self.doc.orig((host[0].start, host[0].end)))
                    d.hosts = [host[0].key]
                    self.describe(d, s, e, hosted.start(), hosted.end())
                    drafts.append(d)
            att = _ATTEND.search(self.text, s, e)
            if att and drafts and not self.refs.quoted(att.start()):
                d = drafts[-1]
                if d.sentence == (s, e) or abs(d.sentence[0] - s) < 400:
                    for en in self.object_after(att.end(), e):
                        if en.kind == PERSON or (en.kind == ORG and _ITS_PEOPLE.match(self.text, en.end)):
                            d.add(en.key, self.doc.orig((en.start, en.end)))
                    if att.group("due"):
                        d.status = "planned"
            led = _LED.search(self.text, s, e)
            if (
                led
                and drafts
                and not found
                and re.search(
                    r"(?<![\w-])(?:talks|discussions|meeting|delegation|negotiations)(?![\w-])",
                    self.text[s:e],
                )
                and not self.refs.quoted(led.start())
            ):
                for en in self.object_after(led.end(), e)[:1]:
                    if en.kind == PERSON:
                        last = drafts[-1]
                        last.add(en.key, self.doc.orig((en.start, en.end)))
                        # "led on the Polish side by X": X stands for Poland
                        side = re.search(
                            r"(?<![\w-])([A-Z][a-z]{2})[a-z]*\s+(?:side|delegation|team)", led.group()
                        )
                        if side:
                            last.attendees = [
                                k
                                for k in last.attendees
                                if not (
                                    k.startswith(PLACE) and k.split(":", 1)[1][:3] == side.group(1).casefold()
                                )
                            ]
            cont = _CONTINUE.search(self.text, s, e)
            if not found and cont and drafts and not self.refs.quoted(cont.start()):
                # "Discussions will resume next week": the same parties again
                last = drafts[-1]
                d = self.draft(cont.start(), cont.end(), s, e)
                for k, sp in last.attendee_spans:
                    d.add(k, sp)
                self.describe(d, s, e, cont.start(), cont.end())
                d.status = "planned"
                self.merge(drafts, d)
                found = [d]
            if not found:
                self.context(drafts, s, e)
        for d in drafts:
            if d.body:
                self.chair(d)
            if len(d.attendees) >= 2:
                self.backdrop(d)
        return [self.finish(d) for d in drafts if len(d.attendees) >= 2], []

    def chair(self, d: _Draft) -> None:
        """ "The director will give evidence before the Senate Banking Committee on Monday. Committee
        Chairman Ann Doe said ...": the chair of the body whose hearing or session it is sits in it too
        (named in the sentence of the meeting or the two after it)."""
        sp = self.first_span.get(d.body) if d.body else None
        head = self.text[sp.start : sp.end].split()[-1].casefold() if sp else ""
        if head not in ("committee", "subcommittee", "commission", "panel", "council", "caucus"):
            return
        s0 = d.sentence[0]
        after = [x for x in self.doc.sentences if x[0] >= s0][:3]
        if not after:
            return
        for p in self.refs.within(s0, after[-1][1], (PERSON,)):
            titles = self.titles.get(p.key, [])
            if p.key not in d.attendees and any(
                re.search(rf"(?<![\w-]){head}\s+(?:chairman|chairwoman|chair)\b", t) for t in titles
            ):
                d.add(p.key, self.doc.orig((p.start, p.end)))

    def backdrop(self, d: _Draft) -> None:
        """A meeting told with no day or place takes them from what the story said before it: the
        sentences before it in its paragraph, then the lede ("Sanders took a detour Wednesday to meet
        at the White House. ... Emerging from the meeting with Obama ..."). A day must fit the status
        (a held meeting on or before publication, a planned one on or after); a place must stand in a
        sentence about a meeting."""
        s = d.sentence[0]
        b0, b1 = self.doc.body
        paras = [p for p in self.doc.paragraphs if p[1] > b0 and p[0] < b1]
        if not paras:
            return
        own = next((p for p in paras if p[0] <= s < p[1]), None)
        before = [x for x in self.doc.sentences if x[1] <= s and (own and own[0] <= x[0])]
        lede = [x for x in self.doc.sentences if b0 <= x[0] and x[1] <= s][:3]
        cands = list(reversed(before)) + [x for x in reversed(lede) if x not in before]
        if d.date is None and d.date_text is None and self.published:
            for ss, se in cands:
                future = bool(_FUTURE.search(self.text, ss, se))
                if future != (d.status == "planned"):
                    continue  # "the group will meet on Wednesday" dates another, coming, meeting
                # a held meeting is often told the day it was held ("said today after the meeting"),
                # a planned one never on the day of the telling ("Ryan tweeted Friday")
                found = (
                    self.dates_in(ss, se)
                    if d.status == "planned"
                    else dates.find_dates(self.doc.lex, self.text, self.published, start=ss, end=se)
                )
                fit = [
                    f
                    for f in found
                    if f.date
                    and not self.refs.quoted(f.span[0])
                    and (
                        f.date == self.published
                        or (f.date > self.published) == (d.status == "planned")
                    )
                ]
                if fit:
                    sp = self.doc.orig(fit[-1].span)
                    d.date, d.date_text, d.date_span = (
                        fit[-1].date,
                        clean(self.doc.article.text[sp[0] : sp[1]]),
                        sp,
                    )
                    break
        if d.place is None:
            for ss, se in cands:
                if any(
                    not self.refs.quoted(m.start()) for m in _MEETING_WORD.finditer(self.text, ss, se)
                ):
                    self.place(d, ss, se, only_cities=True, regions=False)
                    if d.place:
                        break

    def sentence(self, s: int, e: int) -> list[_Draft]:
        out = []
        taken: list[tuple[int, int]] = []
        for m in _VERB_OBJ.finditer(self.text, s, e):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if self.refs.quoted(m.start()):
                d = self.first_person(m, s, e)
                if d is not None:
                    taken.append((m.start(), m.end()))
                    out.append(d)
                continue
            if _BACKGROUND.search(self.text, max(s, m.start() - 25), min(e, m.end() + 15)):
                continue  # "Obama has met previously with Clinton": background, not the news
            v0 = m.start("v")
            lo = self.clause_start(s, v0)
            subj = self.group_before(lo, v0)
            if "joined" in m.group("v") and any(
                abs(d.sentence[0] - s) < 400 and any(p.key in d.attendees for p in subj)
                for d in self.drafts + out
            ):
                continue  # "He was joined by X" after his meeting: X is there too (see _ATTEND)
            if re.search(
                r"(?<![\w-])(?:after|before|while|since|by|when|upon)\s+(?:\w+\s+)?$", self.text[lo:v0]
            ) and m.group("v").split()[0].casefold().endswith("ing"):
                subj = self.refs.within(s, v0, (PERSON,))[
                    :1
                ]  # "right after meeting with ...": the sentence's subject
            obj = self.object_after(m.end(), e)
            word = m.group("v").split()[0].casefold()
            if len(subj) == 1 and all(o.key == subj[0].key for o in obj):
                obj = []  # "he met leaders": the leaders of the article are not he himself
            if not obj and len(subj) == 1 and word not in ("visited", "visits", "visit"):
                obj = self.body_named(m.end()) or self.host_country(m.end(), s, e)
            if (
                word in ("talks", "meeting", "meetings", "call", "conversation", "summit", "visit")
                and not subj
            ):
                # a noun: "talks between A and B", "his meeting with Clinton"
                poss = re.search(r"(?<![\w-])([Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,3}$", self.text[lo:v0])
                if poss:
                    k = self.refs.pronoun(
                        lo + poss.start(),
                        "he" if poss.group(1).casefold() == "his" else "she",
                        self.last_subject,
                    )
                    if k:
                        subj = [Span(lo + poss.start(), lo + poss.end(), k, PERSON)]
                own = re.search(r"(\S+)['’]s?\s+(?:[\w.-]+\s+){0,3}$", self.text[lo:v0])
                if own and not subj:
                    # the owner: the name (or post, "the prime minister's") that ends right before 's
                    ents = [
                        x
                        for x in self.refs.within(lo, lo + own.end(1), (PERSON, ORG, PLACE))
                        if x.end == lo + own.end(1)
                    ]
                    subj = ents[-1:] if ents else []
                if not subj and _NOUN_AFTER_PREP.search(self.text, lo, v0):
                    # "She is criticised for a private meeting with X": the clause's subject met X
                    subj = self.clause_subject(lo, v0)
            if word in ("visited", "visits", "visit") and not any(o.kind in (PERSON, ORG) for o in obj):
                continue  # a visit to a place, not to someone
            if word in (
                "received",
                "receives",
                "welcomed",
                "welcomes",
                "hosted",
                "hosts",
                "hosting",
            ) and not any(o.kind == PERSON for o in obj):
                continue  # "welcomed the G7 plan", "hosted a conference": only people are received
            parties = subj + [
                o for o in obj if o.kind in (PERSON, ORG) or not any(x.kind in (PERSON, ORG) for x in obj)
            ]
            if "between" in m.group("v"):
                parties = obj
            keys = list(dict.fromkeys(p.key for p in parties))
            if len(keys) < 2:
                continue
            objs = [o for o in obj if o.key not in {p.key for p in subj}]
            if len(subj) == 1 and len({o.key for o in objs}) >= 2 and _SEPARATE.search(
                self.text, max(s, v0 - 30), m.end()
            ):
                for o in objs:  # one call with each
                    d = self.draft(m.start("v"), m.end("v"), s, e)
                    for p in (subj[0], o):
                        d.add(p.key, self.doc.orig((p.start, p.end)))
                    d.hosts = [subj[0].key]
                    self.describe(d, s, e, m.start("v"), m.end())
                    out.append(d)
                self.last_subject = subj[0].key
                taken.append((m.start(), m.end()))
                continue
            d = self.draft(m.start("v"), m.end("v"), s, e)
            for p in parties:
                d.add(p.key, self.doc.orig((p.start, p.end)))
            d.hosts = [p.key for p in subj]
            self.describe(d, s, e, m.start("v"), m.end())
            if subj:
                self.last_subject = subj[0].key
            taken.append((m.start(), m.end()))
            out.append(d)
        if not out:
            out = self.body_meetings(s, e)
        if not out:
            for m in _GROUP_MEETING.finditer(self.text, s, e):
                if self.refs.quoted(m.start()):
                    continue
                members = self.members(m.group("n"), set())
                if len({p.key for p in members}) >= 2:
                    d = self.draft(m.start("v"), m.end("v"), s, e)
                    for p in members:
                        d.add(p.key, self.doc.orig((p.start, p.end)))
                    self.describe(d, s, e, m.start("v"), m.end())
                    out.append(d)
                    break
        if True:  # reciprocal verbs, also beside another trigger ("... meeting with X ... when they spoke")
            for m in _RECIP.finditer(self.text, s, e):
                if self.refs.quoted(m.start()) or any(a <= m.start() < b for a, b in taken):
                    continue
                if out and not re.match(r"(?:spoke|talked)", m.group("v")):
                    continue
                lo = self.clause_start(s, m.start())
                subj = self.group_before(lo, m.start())
                they = re.search(
                    r"(?<![\w-])(?:they|the\s+(?:two|three|four|\w+)\s+(?:\w+\s+)?(?:men|leaders|women|sides|ministers|"
                    r"presidents|candidates))\s+(?:\w+\s+){0,2}$",
                    self.text[lo : m.start()],
                    re.IGNORECASE,
                )
                if not subj and they:
                    # "they met", "the candidates spoke on the phone": the parties of the meeting just told
                    last = out[-1] if out else (self.drafts[-1] if self.drafts else None)
                    if last is None or s - last.sentence[1] > 1500:
                        continue
                    subj = [sp for k in last.attendees if (sp := self.first_span.get(k))]
                keys = list(dict.fromkeys(p.key for p in subj))
                if len(keys) < 2:
                    continue
                d = self.draft(m.start("v"), m.end("v"), s, e)
                for p in subj:
                    d.add(p.key, self.doc.orig((p.start, p.end)))
                self.describe(d, s, e, m.start(), m.end())
                out.append(d)
        return out

    def first_person(self, m: re.Match, s: int, e: int) -> _Draft | None:
        """ "“This afternoon I met with Director James Comey ...,” she said": a meeting the speaker tells
        of in the first person; the speaker is the name or he/she of the reporting clause after the quote."""
        q = next((q for q in self.doc.quotes if q.start <= m.start() < q.end), None)
        if q is None or not _I_BEFORE.search(self.text, q.start, m.start("v")):
            return None
        if not re.match(r"met|meet|spoke|talked|had|held", self.text[m.start("v") : m.end("v")]):
            return None
        cue = _SAID_AFTER.match(self.text, q.end)
        if not cue:
            return None
        if cue.group("pron"):
            who = self.refs.pronoun(cue.start("pron"), cue.group("pron"), self.last_subject)
            if not who:
                return None
            speaker = Span(cue.start("pron"), cue.end("pron"), who, PERSON)
        else:
            names = self.refs.within(cue.start("name"), cue.end("name"), (PERSON,))
            if not names:
                return None
            speaker = names[-1]
        hi = min(e, q.end)
        objs = [
            x
            for x in self.refs.within(m.end(), hi, (PERSON, ORG), outside_quotes=False)
            if x.kind == PERSON and x.key != speaker.key
        ]
        end = _OBJ_END.search(self.text, m.end(), hi)
        objs = [x for x in objs if not end or x.start < end.start()][:4]
        if not objs:
            return None
        d = self.draft(m.start("v"), m.end("v"), s, e)
        for p in [speaker, *objs]:
            d.add(p.key, self.doc.orig((p.start, p.end)))
        self.describe(d, s, e, m.start("v"), m.end())
        if d.date is None and d.date_text is None:
            found = dates.find_dates(self.doc.lex, self.text, self.published, start=q.start, end=m.start("v"))
            if found and found[-1].date:
                sp = self.doc.orig(found[-1].span)
                d.date, d.date_text, d.date_span = (
                    found[-1].date,
                    clean(self.doc.article.text[sp[0] : sp[1]]),
                    sp,
                )
        return d

    def body_meetings(self, s: int, e: int) -> list[_Draft]:
        """ "Chidambaram is attending the G7 meeting", "Brennan told a Senate Intelligence Committee hearing",
        "Blair told the Parliamentary Labour Party": a person and the body whose meeting it is."""
        out = []
        for m in _BODY.finditer(self.text, s, e):
            if self.refs.quoted(m.start()):
                continue
            after = m.end()
            body = self.refs.within(after, after + 80, (ORG,))
            if not body or not re.fullmatch(
                r"\s*(?:the|a|an|this|its|their)?\s*", self.text[after : body[0].start]
            ):
                continue
            b = body[0]
            noun = re.match(
                r"\s+(?:[\w-]+\s+)?(meeting|summit|talks|hearing|session|conference|caucus|gathering)\b",
                self.text[b.end : b.end + 30],
            )
            if not noun and not _BODY_HEAD.search(self.text[b.start : b.end]):
                continue
            lo = self.clause_start(s, m.start())
            subj = self.group_before(lo, m.start(), places=True)
            if not subj:
                continue
            along = re.search(
                r",\s+(?:along|together)\s+with\s+([^,]+(?:,[^,]+)*?),", self.text[lo : m.start()]
            )
            d = self.draft(m.start("v"), m.end("v"), s, e)
            d.body = b.key
            for p in (
                subj
                + (
                    self.refs.within(lo + along.start(1), lo + along.end(1), (PERSON, ORG, PLACE))
                    if along
                    else []
                )
                + [b]
            ):
                d.add(p.key, self.doc.orig((p.start, p.end)))
            self.describe(d, s, e, m.start("v"), m.end())
            out.append(d)
        return out

    def clause_start(self, s: int, pos: int) -> int:
        lo = s
        for m in re.finditer(
            r"[;:]|,\s+(?:but|while|and|as|where|when)\s|\b(?:but|while|whereas)\s", self.text[s:pos]
        ):
            lo = s + m.end()
        return lo

    def draft(self, v0: int, v1: int, s: int, e: int) -> _Draft:
        return _Draft(
            trigger=clean(self.doc.original_text((v0, v1))),
            trigger_span=self.doc.orig((v0, v1)),
            span=self.doc.orig((s, e)),
            sentence=(s, e),
        )

    def describe(self, d: _Draft, s: int, e: int, v0: int, v1: int) -> None:
        before = self.text[max(s, v0 - 40) : v0]
        # "Obama meets with Sanders on Thursday": the present tense with a day is a schedule
        present = re.match(r"(?:meets|hosts|visits|receives)\b", self.text[v0:v1]) and _WEEKDAY.search(
            self.text, s, e
        )
        if (
            present
            or _PLANNED.search(before)
            or (
                _PLANNED_WORDS.search(self.text, s, e)
                and not re.search(
                    r"(?<![\w-])(?:met|held|had|hosted|received|visited|spoke|talked)(?![\w-])",
                    self.text[v0:v1],
                )
            )
        ):
            d.status = "planned"
        window = self.text[max(s, v0 - 30) : min(e, v1 + 60)]
        d.separate = bool(re.search(r"(?<![\w-])(?:a|an)\s+separate\s+(?:meeting|talks|session)", window))
        if _VIDEO.search(window):
            d.mode = "video"
        elif _PHONE.search(window) and not re.search(r"called\s+(?:for|on|it|him|her|them)\b", window):
            d.mode = "phone"
        self.place(d, s, e)
        if d.date is None and d.date_text is None:
            found = dates.find_dates(self.doc.lex, self.text, self.published, start=s, end=e)
            # "officials said Wednesday": the day of the telling, not of the meeting
            found = [
                f
                for f in found
                if not self.refs.quoted(f.span[0])
                and not re.search(
                    r"(?<![\w-])(?:said|says|told|announced|reported|added|stated)\s+(?:on\s+|late\s+|early\s+)?$",
                    self.text[max(0, f.span[0] - 20) : f.span[0]],
                )
            ]
            if found and self.published:
                # a planned meeting is dated on or after publication, a held one on or before
                fit = [
                    f
                    for f in found
                    if f.date
                    and ((f.date >= self.published) == (d.status == "planned") or f.date == self.published)
                ]
                found = fit or found
            if found:
                best = min(found, key=lambda f: abs(f.span[0] - v1))
                sp = self.doc.orig(best.span)
                d.date, d.date_text, d.date_span = best.date, clean(self.doc.article.text[sp[0] : sp[1]]), sp
                if (
                    d.status == "planned"
                    and d.date
                    and self.published
                    and d.date < self.published
                    and not re.search(r"\d{4}", d.date_text or "")
                    and re.search(r"\d", d.date_text or "")
                ):
                    try:  # "on Dec. 28" said of a planned meeting: the coming one, not last year's
                        d.date = d.date.replace(year=d.date.year + 1)
                    except ValueError:
                        pass
                elif (
                    d.status == "planned"
                    and d.date
                    and self.published
                    and d.date < self.published
                    and _WEEKDAY.search(d.date_text or "")
                    and "last" not in (d.date_text or "").casefold()
                ):  # "will meet on Thursday": the coming Thursday
                    d.date += dt.timedelta(days=7 * ((self.published - d.date).days // 7 + 1))

    def dates_in(self, s: int, e: int) -> list:
        """Date expressions of a sentence, less the day of the telling ("officials said Wednesday")."""
        return [
            f
            for f in dates.find_dates(self.doc.lex, self.text, self.published, start=s, end=e)
            if not re.search(
                r"(?<![\w-])(?:said|says|told|announced|reported|added|stated|tweeted|wrote|posted|confirmed)"
                r"\s+(?:on\s+|late\s+|early\s+)?$",
                self.text[max(0, f.span[0] - 20) : f.span[0]],
            )
        ]

    def place(self, d: _Draft, s: int, e: int, *, only_cities: bool = False, regions: bool = True) -> None:
        # "met ... to discuss dumping in the United States": a place in the topic is not where they met
        topic = _TOPIC.search(self.text, s, e)
        for p in self.refs.within(s, topic.start() if topic else e, (PLACE,)):
            sub = self.subtype.get(p.key)
            if only_cities and sub not in (("City", "Place", VENUE) if regions else ("City", VENUE)):
                continue
            before = self.text[max(s, p.start - 12) : p.start]
            at = re.search(r"(?<![\w-])(?:in|at|to|inside|outside|aboard)\s+(?:the\s+)?$", before)
            attributive = re.match(r"\s+(?:talks|meeting|summit)", self.text[p.end : p.end + 10])
            if not (at or attributive):
                continue
            # the most specific place: "at the Phoenix airport" over "in Phoenix", a town over a country
            rank = 0 if attributive else (1 if sub == VENUE else 2 if sub == "City" else 3)
            if rank < d.place_rank:
                d.place, d.place_rank = p.key, rank

    def context(self, drafts: list[_Draft], s: int, e: int) -> None:
        """A sentence about the meeting just told ("The Downing Street talks ..."): its place, date."""
        if not drafts:
            return
        d = drafts[-1]
        held = _HELD_AT.search(self.text, s, e)
        if (
            held
            and s - d.sentence[1] < 1500
            and _MEETING_WORD.search(self.text, s, held.start())
            and (d.place is None or (d.date is None and d.date_text is None))
        ):
            # "... she asked to see him; the meeting took place at Hudson Tower on Monday": where and
            # when it was, even in the words of a statement
            places = self.refs.within(held.end(), min(e, held.end() + 60), (PLACE,), outside_quotes=False)
            if d.place is None and places and places[0].start - held.end() <= 4:
                d.place, d.place_rank = places[0].key, 1
            if d.date is None and d.date_text is None:
                found = dates.find_dates(
                    self.doc.lex, self.text, self.published, start=held.start(), end=min(e, held.end() + 80)
                )
                if found and found[0].date:
                    sp = self.doc.orig(found[0].span)
                    d.date, d.date_text, d.date_span = (
                        found[0].date,
                        clean(self.doc.article.text[sp[0] : sp[1]]),
                        sp,
                    )
        # "today's talks", "Friday's meeting": a day that owns the meeting dates it, even inside a quote
        own = re.search(
            r"(?<![\w-])((?:to|yester)day|tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\s+"
            r"(?:[\w-]+\s+)?(?:talks|meeting|summit|session|discussions)(?![\w-])",
            self.text[s:e],
            re.IGNORECASE,
        )
        if own and d.date is None and d.date_text is None:
            found = dates.find_dates(
                self.doc.lex, self.text, self.published, start=s + own.start(1), end=s + own.end(1)
            )
            if found:
                sp = self.doc.orig(found[0].span)
                d.date, d.date_text, d.date_span = (
                    found[0].date,
                    clean(self.doc.article.text[sp[0] : sp[1]]),
                    sp,
                )
        m = re.search(
            r"(?<![\w-])(?:the|The|their|Their|this|This)\s+(?:[\w-]+\s+){0,3}?(?:talks|meeting|summit|visit|discussions)(?![\w-])",
            self.text[s:e],
        )
        if not m or self.refs.quoted(s + m.start()):
            return
        if d.place is None:
            self.place(d, s, e, only_cities=True)
        if d.date is None and d.date_text is None:
            found = self.dates_in(s, e)
            if found:
                sp = self.doc.orig(found[0].span)
                d.date, d.date_text, d.date_span = (
                    found[0].date,
                    clean(self.doc.article.text[sp[0] : sp[1]]),
                    sp,
                )

    def merge(self, drafts: list[_Draft], d: _Draft) -> None:
        """The same parties, in the same status and mode, on no other date: the same meeting told again."""
        if d.separate:
            drafts.append(d)
            return
        for old in drafts:
            shared = set(old.attendees) & set(d.attendees)
            if old.body and old.body == d.body:
                shared = set(old.attendees) | set(d.attendees)
                if "planned" in (old.status, d.status):
                    old.status = d.status = "planned"
            if (
                len(shared) == 1
                and old.place
                and old.place == d.place
                and old.date
                and old.date == d.date
                and any(k.startswith(PERSON) for k in shared)
            ):
                shared = set(old.attendees) | set(d.attendees)  # one person, one place, one day: one meeting
            if (
                len(shared) >= 2
                and old.status == d.status
                and old.mode == d.mode
                and (old.date is None or d.date is None or old.date == d.date)
            ):
                for k, sp in d.attendee_spans:
                    if k in shared or len(shared) >= 2:
                        old.add(k, sp)
                if old.place is None and d.place:
                    old.place, old.place_rank = d.place, d.place_rank
                if old.date is None and d.date:
                    old.date, old.date_text, old.date_span = d.date, d.date_text, d.date_span
                return
        drafts.append(d)

    def finish(self, d: _Draft) -> Meeting:
        return d.to_meeting(roles=tuple(
            (k, "host")
            for k in d.hosts
            if k in d.attendees and re.match(r"(?:hosted|hosts|received|welcomed)", d.trigger)
        ))


def find_meetings(doc, mentions: list[NameMention]) -> tuple[list[Meeting], list[Message]]:
    return EnglishMeetings(doc, mentions).run()


__all__ = ["find_meetings", "PRONOUNS"]
