"""Names in one article: people with their titles, organizations and places.

No statistical model: the rules are those a reader of news uses. A person's
name follows a post ("وزير الدفاع الروسي سيرغي شويغو", "Defence Minister
Sergei Shoigu"), or comes before it as the wire writes ("آشتون كارتر وزير
الدفاع الأميركي", "ريم الهاشمي، وزيرة دولة"), follows an honorific ("الدكتور
رياض ياسين") or a reporting verb ("وأضاف فتصوم أرغا عبر حسابه"), starts with a
given name, is a well-known person, or stands in quotation marks after a post
(“سيرغي شويغو”). Arabic has no capitals, so a candidate that no given name
anchors must be shaped like a name: no feminine or plural ending, no pronoun
suffix, no verb prefix, no place, and no construct phrase after it ("حرص
واشنطن", "تحيات الرئيس"). Once named, a person is found again by the family
name ("شويغو", "الأسد"), the given name of a بن-name ("سلمان"), or the post
alone ("الوزير الروسي", "وزير الخارجية القطري", "نظيره الأردني"; see
:mod:`kg.resolve`). Organizations start with a head word ("وزارة الدفاع
الروسية"), follow an outlet's kind ("صحيفة وول ستريت جورنال") or are listed;
places come from the gazetteer (:mod:`kg.places`).

All spans are into the normalized text of the :class:`~kg.text.Doc`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from kg import places
from kg.text import Doc, Token

PERSON, ORG, PLACE = "Person", "Organization", "Place"

# Arabic proclitics: conjunction و/ف, prepositions ب/ل/ك, and ل+ال -> لل.
_AR_CLITIC = re.compile(r"^(?:[وف]?(?:[بلك](?=ال)|لل(?=.)|[بك](?=\w{3}))?|[وف])")


@dataclass
class NameMention:
    """A mention under construction (normalized spans); resolve.py turns these into entities."""

    start: int
    end: int
    kind: str
    title: tuple[int, int] | None = None
    subtype: str | None = None
    source: str = "name"  # "name" | "alias" | "title" (a post standing for a person named before)
    entity: str = ""  # the entity's key, set by resolve ("" until then)


# ---------------------------------------------------------------- Arabic word shapes


@lru_cache(maxsize=1 << 16)
def ar_stems(word: str) -> tuple[str, ...]:
    """The word and its readings without proclitics: "والأسد" -> ("والاسد", "الاسد"),
    "للرئيس" -> (.., "الرئيس")."""
    out = [word]
    if len(word) > 3 and word[0] in "وف":
        out.append(word[1:])
    for w in list(out):
        if w.startswith("لل") and len(w) > 4:
            out.append("ال" + w[2:])
        elif len(w) > 3 and w[0] in "بلك" and w[1:3] == "ال":
            out.append(w[1:])
        elif len(w) > 4 and w[0] in "بلك" and not w.startswith("ال"):
            out.append(w[1:])
    return tuple(out)


def ar_in(lex, name: str, word: str) -> str | None:
    """The reading of ``word`` (clitics stripped) found in list ``name``, or None."""
    for stem in ar_stems(word):
        if lex.has(name, stem):
            return stem
    return None


def is_nisba(word: str) -> bool:
    """A definite nationality or relational adjective: الروسي، السورية، الأميركيين."""
    w = word
    for stem in ar_stems(word):
        if stem.startswith("ال"):
            w = stem
            break
    return w.startswith("ال") and len(w) >= 5 and (w.endswith(("ي", "يه", "يين", "يان", "يا")))


def _definite(word: str) -> bool:
    return any(s.startswith("ال") for s in ar_stems(word))


# ---------------------------------------------------------------- Arabic rules


class ArabicMentions:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.lex = doc.lex
        self.toks = doc.tokens
        self.text = doc.text
        self._starts = [t.start for t in self.toks]
        self._ya_lines: dict[int, bool] = {}

    # -- token helpers
    def gap(self, a: Token, b: Token) -> str:
        return self.text[a.end : b.start]

    def joined(self, a: Token, b: Token) -> bool:
        """Two tokens in the same phrase: only spaces between them."""
        g = self.gap(a, b)
        # "#جاستين_ترودو" (a hashtag joins with _), "إيمانويل #ماكرون" (a hashtag on the family name)
        return (g.strip() in ("", "#") and "\n" not in g) or g == "_"

    def is_stop(self, tok: Token) -> bool:
        w = tok.text
        if w.endswith("الان") and "لآن" in self.original(tok):
            return True  # "الآن" (now), not the name "ألان"
        if self.lex.has("first_names", w) and not self.lex.has("stop_words", w):
            return False  # "فيصل" is no "ف" + "يصل"
        if w.endswith("علي") and self.doc.article.text[self.doc.orig((tok.start, tok.end))[1] - 1] == "ي":
            # the name علي, not the preposition على (the two fold alike); but a writer who spells a final
            # ى as ي (إلي، حتي، أخري) spells على as علي too: there علي is a name only before a given name
            # or بن ("علي موسي مدير المستشفى"), not in "علي الرغم من", "علي السكان"
            if w not in ("علي", "وعلي", "فعلي"):
                return False  # "بنعلي": a family name that ends in علي
            if self.ala_object_follows(tok):
                return True  # "علي الرغم من", "علي الصعيد": a set phrase of the preposition
            return self.ya_for_alif_maqsura(tok) and not self.name_follows(tok)
        return (
            self.lex.has("stop_words", w)
            or self.lex.has("reporting_verbs", w)
            or bool(ar_in(self.lex, "meeting_verbs", w))
            or self.lex.has("stop_words", w.lstrip("وف"))
            or bool(ar_in(self.lex, "motion_verbs", w))
        )

    def ya_for_alif_maqsura(self, tok: Token) -> bool:
        """Whether the line of ``tok`` spells a final ى as ي (إلي، حتي، أخري، مستوي)."""
        text = self.doc.article.text
        pos = self.doc.orig((tok.start, tok.end))[0]
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = self._ya_lines.get(start)
        if line is None:
            line = self._ya_lines[start] = bool(_YA_SPELLING.search(text[start:end]))
        return line

    def ala_object_follows(self, tok: Token) -> bool:
        """Whether a word that only the preposition على takes comes right after ``tok``: "علي الرغم من"."""
        i = bisect.bisect_left(self._starts, tok.start)
        return (
            i + 1 < len(self.toks)
            and self.joined(tok, self.toks[i + 1])
            and self.lex.has("ala_objects", self.toks[i + 1].text)
        )

    def name_follows(self, tok: Token) -> bool:
        """Whether a given name or a link of descent (بن) comes right after ``tok``."""
        i = bisect.bisect_left(self._starts, tok.start)
        if i + 1 >= len(self.toks) or not self.joined(tok, self.toks[i + 1]):
            return False
        nxt = self.toks[i + 1]
        return self.is_first_name(nxt) or nxt.text in ("بن", "ابن")

    def born_at(self, k: int) -> bool:
        """Whether "ولد" at ``k`` is the verb "was born": a time, a place or an adverb follows it ("ولد عام",
        "ولد في", "ولد بفاس", "ولد فلكيا"), where a Mauritanian name goes on with a name ("ولد الشيخ")."""
        if k + 1 >= len(self.toks):
            return False
        if k == 0 or re.search(r"[.!?؟:\n]", self.gap(self.toks[k - 1], self.toks[k])):
            return True  # a sentence opens on its verb: "ولد ألبرت في ألمانيا"
        if self.lex.has("birth_words_before", self.toks[k - 1].text):
            return True  # "وقد ولد", "الذي ولد"
        nxt = self.toks[k + 1]
        w = nxt.text
        return (
            w[:1].isdigit()
            or self.lex.has("birth_words", w)
            or self.lex.has("stop_words", w)
            or (w[:1] == "ب" and places.lookup(self.lex, w[1:]) is not None)
        )

    def is_head(self, tok: Token) -> bool:
        w = tok.text
        if ar_in(self.lex, "title_heads", w):
            return True
        # duals and plurals of heads: الرئيسين، الوزيرين، نظيره/نظيرها
        return bool(
            re.fullmatch(r"[وف]?(?:ال)?(?:رئيس|وزير|سفير|نائب)(?:ين|ان|اء)?|[وف]?نظير(?:ه|ها|هم)?", w)
        )

    def is_head_word(self, word: str) -> bool:
        return self.lex.has("title_heads", word)

    def is_first_name(self, tok: Token) -> bool:
        """A given name, bare or behind a conjunction ("ومحمد"); not behind a preposition ("لدينا" is no
        "دينا"), and not the adverb "الآن" that folds like the name "ألان"."""
        w = tok.text
        if w.endswith("الان") and "لآن" in self.original(tok):
            return False
        return self.lex.has("first_names", w) or (w[:1] in "وف" and self.lex.has("first_names", w[1:]))

    def original(self, tok: Token) -> str:
        s, e = self.doc.orig((tok.start, tok.end))
        return self.doc.article.text[s:e]

    def is_name_link(self, tok: Token) -> bool:
        return self.lex.has("name_links", tok.text)

    # -- title phrase going forward from a head: returns index after the title
    def title_end(self, i: int) -> int:
        """Index of the first token after the title phrase that starts with the head at ``i``."""
        toks = self.toks
        j = i + 1
        prev = toks[i]
        need_complement = True  # a head takes the word after it as its complement (وزير حقوق الإنسان)
        head_definite = _definite(toks[i].text)  # "الرئيس" is in no construct: "الرئيس بوش" is title and name
        while j < len(toks) and self.joined(prev, toks[j]):
            t = toks[j]
            w = t.text
            if self.is_first_name(t) and not _definite(w):
                break  # "الأمير محمد بن نايف": a given name is the name, never the title's complement
            if self.is_known(j):
                break
            if ar_in(self.lex, "honorifics", w) and not (need_complement and self.is_head(prev)):
                # "مدير الأمن العام الفريق عثمان": the rank starts the name's part ("وزيرة دولة" is a post)
                break
            if ar_in(self.lex, "region_nouns", prev.text) and not self.is_stop(t):
                prev = t  # "أمير منطقة عسير", "محافظ محافظة الأنبار": the region's name belongs to the post
                j += 1
                need_complement = False
                continue
            if self.lex.has("stop_words", w) and not self.lex.has("title_links", w):
                break
            if self.lex.has("reporting_verbs", w) or ar_in(self.lex, "meeting_verbs", w):
                break
            if (
                self.lex.has("org_links", w)
                and j + 1 < len(toks)
                and self.joined(t, toks[j + 1])
                and toks[j + 1].text.startswith("ال")
            ):
                prev = toks[j + 1]  # "رئيس الهيئة الوطنية لمكافحة الفساد": a body's name goes on with ل
                j += 2
                need_complement = False
                continue
            if (
                not _definite(w)
                and not self.is_head(t)
                and not self.lex.has("title_links", w)
                and (_verb_like(w) or (w[:1] == "ب" and len(w) > 2))
            ):
                break  # "الرئيس بشكل غير مسبوق", "رئيس يحكم عائلتنا": an adverb or a verb, not a complement
            if (
                need_complement
                and head_definite
                and j == i + 1
                and not _definite(w)
                and not self.is_head(t)
                and not self.lex.has("title_links", w)
                and not ar_in(self.lex, "honorifics", w)
                and _name_shaped(w)
            ):
                break  # a definite head has no indefinite complement: the word after it starts the name
            if self.is_head(t) or _definite(w) or self.lex.has("title_links", w) or need_complement:
                need_complement = self.is_head(t) or self.lex.has("title_links", w)
                # a place after في/لدى closes the title: السفير الروسي في سوريا
                prev = t
                j += 1
                continue
            if (
                not _definite(prev.text)
                and _name_shaped(w)
                and j + 1 < len(toks)
                and self.joined(t, toks[j + 1])
                and toks[j + 1].text.startswith("ال")
                and not self.is_head(toks[j + 1])
            ):
                prev = t  # a construct chain that a definite word closes: "رئيس جمعية مديري الصحف"
                j += 1
                continue
            break
        # do not end a title on a link word
        while j - 1 > i and self.lex.has("title_links", toks[j - 1].text) and not _definite(toks[j - 1].text):
            j -= 1  # ("مدير الأمن العام" keeps العام)
        return j

    def name_after(self, j: int, *, need_first: bool = False, after_honorific: bool = False) -> int:
        """Index after a personal name starting at token ``j`` (``j`` itself when no name starts there).

        After an honorific a word that could head a post is a given name ("الدكتور مساعد العيبان")."""
        toks = self.toks
        if j >= len(toks):
            return j
        first = toks[j]
        w = first.text
        head_as_name = after_honorific and (
            self.is_first_name(first) or bool(ar_in(self.lex, "heads_as_names", w))
        )
        if (
            self.is_stop(first)
            or (self.is_head(first) and not head_as_name)
            or ar_in(self.lex, "org_heads", w)
            or self.is_place(first)
        ):
            return j
        if ar_in(self.lex, "honorifics", w) or (w == "ولد" and self.born_at(j)):
            return j  # ("ومعالي" is no name; "الهلال ولد فلكيا" is a verb)
        if _definite(w) and not self.is_first_name(first):
            # a definite word may be a family name alone (الأسد) only when a title stands before it
            return j if need_first else j + 1
        if need_first and not self.is_first_name(first):
            return j
        k = j + 1
        count = 1
        after_link = self.is_name_link(first) or w in ("عبد", "ابو", "ابي")
        after_ibn = w in ("بن", "ابن", "بنت")
        post_ibn = False  # a word after "بن" was taken: only a link or a family name may follow
        while k < len(toks) and count < 7 and self.joined(toks[k - 1], toks[k]):
            t = toks[k]
            tw = t.text
            if toks[k - 1].text == "ال" or (toks[k - 1].text == "آل" and _definite(tw)):
                # "آل الشيخ", "آل ثاني": the family's name after آل, even a word that is also a title
                count += 1
                k += 1
                break
            if tw == "ولد" and self.born_at(k):
                break  # "X عالم ولد عام 1856": the verb "was born", not the link of a Mauritanian name
            if self.is_name_link(t) or tw in ("عبد", "ابو"):
                after_link = True
                after_ibn = tw in ("بن", "ابن", "بنت")
                post_ibn = False
                count += 1
                k += 1
                continue
            if after_link and tw.startswith("ال") and self.lex.has("honorifics", tw):
                k += 1  # "ولد الشيخ", "أبو الشيخ": after a link a rank word is part of the name
                count += 1
                after_link = False
                continue
            if self.is_stop(t) or self.is_head(t) or ar_in(self.lex, "org_heads", tw) or self.is_place(t):
                break
            if any("a" <= c.lower() <= "z" for c in tw) or self.lex.has(
                "known_people", " ".join(x.text for x in toks[j:k])
            ):
                break  # a Latin word is no part of an Arabic name; a well-known name is complete
            if (
                k + 1 < len(toks)
                and self.lex.has("known_people", toks[k + 1].text)
                and tw[0] == "ا"
                and len(tw) == 4  # the shape of a past verb of the fourth form (أطلع، أبلغ، أكد)
                and not self.is_first_name(t)
                and not after_link
                and not any(
                    self.lex.has("known_people", " ".join(x.text for x in toks[a : k + 2]))
                    for a in range(j, k + 1)
                )
            ):
                break  # "وفدا يقوده مشعل أطلع لافروف على": a verb before another well-known person
            if k + 1 < len(toks) and places.lookup(self.lex, f"{tw} {toks[k + 1].text}"):
                break  # "الملك سلمان الولايات المتحدة": a place of two words ends the name
            if self.lex.has("honorifics", tw) or ar_in(self.lex, "meeting_nouns", tw):
                break
            if (
                tw[0] == "و"
                and count == 1
                and self.is_first_name(first)
                and w[:1] != "و"
                and len(tw) > 4
                and not self.lex.has("first_names", tw[1:])
                and not self.is_stop(t)
                and not self.is_head(t)
                and _name_shaped(tw)
                and k + 1 < len(toks)
                and self.joined(t, toks[k + 1])
                and not _definite(toks[k + 1].text)
                and _name_shaped(toks[k + 1].text)
                and not self.is_stop(toks[k + 1])
                and not self.is_head(toks[k + 1])
                and not self.is_first_name(toks[k + 1])
                and not self.is_known(k)
                and not ar_in(self.lex, "known_people", tw)
                and not _verb_like(toks[k + 1].text)
            ):
                count += 1  # a middle name in و right after a given name: "فرانك والتر شتاينماير"
                k += 1
                continue
            if tw[0] == "و" and not after_link and not self.lex.has("first_names", tw) and len(tw) > 2:
                break  # a conjunction: "ونظيره", "وفيصل" (the next person of a list)
            if (
                tw[0] == "ف"
                and not after_link
                and len(tw) > 3
                and (
                    self.lex.has("first_names", tw[1:])
                    or self.lex.has("stop_words", tw[1:])
                    or self.lex.has("title_heads", tw[1:])
                )
            ):
                break  # "فالرئيس", "فمحمد"; but "فيدان", "فريدمان" are names
            if _definite(tw) and not tw.startswith("ال"):
                break  # "كيم للحصول": a definite word behind a preposition is not part of the name
            if _definite(tw):
                if self.lex.has("name_inner", tw):  # عز الدين، عبد الله، عبد الله الثاني
                    k += 1
                    count += 1
                    after_link = False
                    if tw.endswith(("ول", "اني", "الث", "ابع", "امس", "ادس", "ابع")) and not tw.endswith(
                        "الله"
                    ):
                        break  # a regnal number ends the name: "عبد الله الثاني"
                    continue
                if not after_link and ar_in(self.lex, "apposition_nouns", tw):
                    break  # "X Y المصنف ثامنا", "X الملقب بـ": a noun in apposition, not a family name
                if not after_link and not _name_shaped(tw) and not self.lex.has("name_inner", tw):
                    break  # "سامح شكري الموضوعات", "ترامب المثيرة": a noun or adjective, not a family name
                k += 1
                if after_link:  # عبد الفتاح, آل سعود: the definite word is inside the name
                    after_link = False
                    count += 1
                    continue
                break  # a definite family name ends the name: السيسي، الأسد
            if (
                count == 1
                and self.is_first_name(first)
                and tw[:1] == "ي"
                and _name_shaped(tw[1:])
                and not self.is_stop(t)
                and (k + 1 >= len(toks) or self.gap(t, toks[k + 1]).strip()[:1] in (".", "،", ","))
            ):
                count += 1  # a family name in ي that closes the sentence after a given name: "موشيه يعلون."
                k += 1
                break
            if not after_link and not self.is_first_name(t) and not _name_shaped(tw, plural_ok=True):
                break  # بمكتبه، لبحث، يتطلع: a preposition's object or a verb, not a name
            if post_ibn:
                break  # "جلوي بن عبدالعزيز إنجازات": after "بن X" only a link or a family name goes on
            if k >= 2 and toks[k - 2].text in ("آل", "ال"):
                break  # "آل سعود" closes a name
            post_ibn = after_ibn
            after_ibn = False
            after_link = False
            count += 1
            k += 1
        # a name does not end on a link word
        while k - 1 > j and (self.is_name_link(toks[k - 1]) or toks[k - 1].text in ("عبد", "ابو")):
            k -= 1
        return k

    def is_place(self, tok: Token) -> bool:
        return places.lookup(self.lex, tok.text) is not None

    def is_known(self, i: int) -> bool:
        """Whether a well-known person's name starts at token ``i``."""
        w = self.toks[i].text
        return any(s in _known_words(self.lex) for s in ar_stems(w))

    def plausible(self, k: int, e: int, *, subject: bool = False) -> bool:
        """Whether tokens ``k:e`` after a title or honorific read as a personal name.

        A name anchored by a given name or a well-known person is taken; otherwise every word must
        be shaped like a name (no tā' marbūṭa, no pronoun suffix, no place, no date), and the
        word after it must not continue a construct phrase ("حرص واشنطن", "تحيات الرئيس").
        """
        toks = self.toks
        if self.is_first_name(toks[k]) or self.is_known(k):
            return True
        words = [t.text for t in toks[k:e]]
        if len([w for w in words if not self.lex.has("name_links", w)]) > 3:
            return False  # an unknown name of four words or more is a clause ("أصدر قرارا عاجلا بوقف")
        if any(not _name_shaped(w) and not _definite(w) for w in words):
            return False
        if any(self.is_place(t) for t in toks[k:e]) or _verb_like(words[0]):
            return False
        if (
            e - k == 1
            and len(words[0]) <= 3
            and e < len(toks)
            and toks[e].text in ("علي", "الي", "في", "من", "عن")
        ):
            return False  # "رئيس الوزراء الإسرائيلي ركز على": a short verb, not a name
        if e - k == 1 and words[0][:1] in "لبوف" and not _definite(words[0]):
            return False  # "بقرار", "لطالبان": a word behind a preposition or conjunction, not a name alone
        if e - k == 1 and words[0][:1] == "ل":
            return False  # "رئيس المكتب السياسي لطالبان": a preposition's object ends the post
        if (
            e - k == 1
            and words[0].endswith(("ي", "يه"))
            and not _definite(words[0])
            and k > 0
            and not _definite(toks[k - 1].text)
        ):
            return False  # "وزير حكومة هندي": an adjective after an indefinite post, not a name
        if e - k == 1 and _definite(words[0]):
            # a family name after a title ("الرئيس الأسد"), not an adjective ("العامة", "الأمريكي")
            return not is_nisba(words[0]) and not self.lex.has("title_links", words[0])
        if e < len(toks) and self.joined(toks[e - 1], toks[e]):
            nxt = toks[e]
            if (
                self.is_head(nxt)
                or self.is_stop(nxt)
                or (
                    nxt.text[:1] == "و"
                    and len(nxt.text) > 3
                    and not self.is_place(nxt)
                    and (self.is_first_name(nxt) or self.is_head(nxt) or not _name_shaped(nxt.text))
                )  # "فايز السراج ومنافسه": a conjunction opens the next item of a list
                or self.lex.has("reporting_verbs", nxt.text)
                or ar_in(self.lex, "meeting_nouns", nxt.text)
                or ar_in(self.lex, "meeting_verbs", nxt.text)
            ):
                return True
            if (
                subject
                and e - k >= 2
                and not any(_definite(w) for w in words)
                and _definite(nxt.text)
                and not self.is_place(nxt)
            ):
                return True  # "ووصف رئيس الاتحاد رينارد غريندل الواقعة": the verb's object after its subject
            if _definite(nxt.text) or self.is_place(nxt) or not _name_shaped(nxt.text):
                return False  # a construct phrase ("دعم بلاده", "حرص واشنطن"): a common noun, not a name
        return True

    # -- passes
    def quoted_names(self, out: list[NameMention]) -> None:
        """Short quoted spans after a title, or shaped like a name, or an organization."""
        for q in self.doc.quotes:
            inner = self.doc.tokens_in(q.start, q.end)
            if not inner or len(inner) > 5:
                continue
            first = inner[0].text
            if ar_in(self.lex, "org_heads", first) or self.lex.has(
                "organizations", " ".join(t.text for t in inner)
            ):
                out.append(NameMention(inner[0].start, inner[-1].end, ORG))
                continue
            lead = self.text[max(0, q.start - 12) : q.start - 1]
            if re.search(r"(?:(?<!\S)[وف]?لـ?|ـ)\s*$", lead) or self.lex.pattern(
                "outlet_heads", prefix=r"(?:[وفبل]?)"
            ).search(lead):
                # "قال لـ«الشرق الأوسط»", "صحيفة «عكاظ»": a newspaper or channel the words were given to
                out.append(NameMention(inner[0].start, inner[-1].end, ORG))
                continue
            place = places.lookup(self.lex, " ".join(t.text for t in inner))
            if place:
                out.append(NameMention(inner[0].start, inner[-1].end, PLACE, subtype=place))
                continue
            if any((self.is_stop(t) or self.lex.has("reporting_verbs", t.text)) for t in inner):
                continue
            # the title in front: going back over the tokens just before the opening mark
            i = self.doc.token_index(q.start)  # index of the first inner token
            title = self.title_before(i)
            adjacent = title is not None and not self.text[title[1] : q.start].strip(' "“”«»')
            if adjacent or self.is_first_name(inner[0]) or self.is_known(i):
                out.append(NameMention(inner[0].start, inner[-1].end, PERSON, title=title, source="quoted"))

    def title_before(self, i: int) -> tuple[int, int] | None:
        """The title phrase that ends right before token ``i`` (honorifics in between are skipped)."""
        toks = self.toks
        j = i - 1
        while j >= 0 and self.lex.has("honorifics", toks[j].text):
            j -= 1
        end = j
        if end < 0:
            return None
        start = None
        k = end
        steps = 0
        while k >= 0 and steps < 10:
            t = toks[k]
            if (
                k < end
                and not self.joined(t, toks[k + 1])
                and self.gap(t, toks[k + 1]).strip() not in ("", "“", "”", '"', "«", "»")
            ):
                break
            if self.lex.has("stop_words", t.text) and not self.lex.has("title_links", t.text):
                break
            if self.lex.has("reporting_verbs", t.text) or ar_in(self.lex, "meeting_verbs", t.text):
                break
            if self.is_head(t):
                start = k
            k -= 1
            steps += 1
        if start is None:
            return None
        if self.title_end(start) < end + 1 and not self.lex.has("honorifics", toks[end].text):
            # the words between the title's end and the name are not part of it
            end = max(self.title_end(start) - 1, start)
        return (toks[start].start + _clitic_len(toks[start].text, self.lex), toks[end].end)

    def titled_names(self, out: list[NameMention], taken: list[tuple[int, int]]) -> None:
        """TITLE [HONORIFIC] NAME without quotation marks: "وزير الإسكان ماجد بن عبدالله الحقيل"."""
        toks = self.toks
        i = 0
        while i < len(toks):
            t = toks[i]
            if (
                not self.is_head(t)
                or _inside(t.start, taken)
                or (i > 0 and self.is_name_link(toks[i - 1]) and self.joined(toks[i - 1], t))
            ):  # ("ولد الشيخ أحمد": a rank word after a link is inside a name)
                i += 1
                continue
            j = self.title_end(i)
            k = j
            while k < len(toks) and self.lex.has("honorifics", toks[k].text):
                k += 1
            comma = (
                k < len(toks) and k == j and self.gap(toks[k - 1], toks[k]).strip() in ("،", ",")
            )  # "رئيس الوزراء الأرميني، سيرغ سركيسيان،": a name in apposition, between commas
            if (
                k < len(toks)
                and j > i
                and (self.joined(toks[k - 1], toks[k]) or comma)
                and not _inside(toks[k].start, taken)
            ):
                e = self.name_after(k, after_honorific=k > j)
                if (
                    comma
                    and e > k
                    and not (
                        self.is_first_name(toks[k])
                        or self.is_known(k)
                        or (
                            e - k >= 2
                            and (e >= len(toks) or self.gap(toks[e - 1], toks[e]).strip() in ("،", ",", "."))
                        )
                    )
                ):
                    e = k
                subject = i > 0 and bool(
                    ar_in(self.lex, "reporting_verbs", toks[i - 1].text)
                    or ar_in(self.lex, "meeting_verbs", toks[i - 1].text)
                )  # the post right after a verb: the subject, whose name the object follows
                if e > k and (k > j or self.plausible(k, e, subject=subject)):
                    out.append(
                        NameMention(
                            toks[k].start,
                            toks[e - 1].end,
                            PERSON,
                            title=(t.start + _clitic_len(t.text, self.lex), toks[j - 1].end),
                        )
                    )
                    i = e
                    continue
            i = max(j, i + 1)

    def names_before_titles(self, out: list[NameMention], taken: list[tuple[int, int]]) -> None:
        """NAME [،] TITLE, the order of the wire and the Gulf press: "آشتون كارتر وزير الدفاع الأميركي",
        "ريم الهاشمي، وزيرة دولة", "تيان تشي السفير الصيني". Two to four name-shaped words (or a given
        name and a family name) right before a post, with nothing but a comma between them."""
        toks = self.toks
        for i, t in enumerate(toks):
            if (
                i == 0
                or not self.is_head(t)
                or _inside(t.start, taken)
                or t.text[0] in "وف"
                and not _definite(t.text[1:])
            ):
                continue
            if toks[i - 1].text in ("عبد", "ابو", "بن") or self.is_name_link(toks[i - 1]):
                continue  # "عبد الملك": a name, not a post
            if t.text[:1] in "لب" and not self.lex.has("title_heads", t.text):
                continue  # "نقل كارتر لخادم الحرمين": a post behind a preposition is no apposition
            gap = self.gap(toks[i - 1], t).strip()
            if gap not in ("", "،", ","):
                continue
            k = i - 1
            feminine_end = False
            while k >= 0 and i - k <= 4 and not _inside(toks[k].start, taken):
                tk = toks[k]
                if k < i - 1 and not self.joined(tk, toks[k + 1]):
                    break
                if (
                    self.is_stop(tk)
                    or self.is_head(tk)
                    or ar_in(self.lex, "org_heads", tk.text)
                    or self.is_place(tk)
                    or ar_in(self.lex, "meeting_nouns", tk.text)
                    or self.lex.has("honorifics", tk.text)
                    or self.lex.has("reporting_verbs", tk.text)
                    or ar_in(self.lex, "circumstantial_verbs", tk.text)
                ):
                    break
                if k == i - 1 and self.original(tk).endswith("ة") and _name_shaped(tk.text[:-1]):
                    feminine_end = True  # a family name in -ة ("عميرة"): only in a party's slot, below
                elif not (
                    _name_shaped(tk.text) or (_definite(tk.text) and k == i - 1) or self.is_name_link(tk)
                ):
                    break
                k -= 1
            start = k + 1
            # the name starts with a given name, or is two or more name-shaped words
            while start < i and (self.is_name_link(toks[start]) or _definite(toks[start].text)):
                start += 1
            if start >= i:
                continue
            first = toks[start]

            def slot_before(k: int) -> bool:
                # the slot of a party: right after a verb of meeting or speech, or after the nationality
                # that closes the post of the person before ("استقبل سامح شكري وزير الخارجية المصري
                # فيسنا بوسيتش نائبة رئيس الوزراء")
                if k == 0 or not self.joined(toks[k - 1], toks[k]):
                    return False
                p = toks[k - 1].text
                return bool(
                    ar_in(self.lex, "meeting_verbs", p)
                    or ar_in(self.lex, "reporting_verbs", p)
                    or (is_nisba(p) and _definite(p) and not self.lex.has("stop_words", p))
                )

            if (
                first.text[:1] in "وف"
                and not self.is_first_name(first)
                and start + 1 < i
                and not (first.text[0] == "ف" and slot_before(start))
            ):
                start += 1  # "ونقل كارتر": a conjunction on a verb, not on a name (but "فيسنا" is a name)
                first = toks[start]
            anchored = self.is_first_name(first) or self.is_known(start)
            prev = toks[start - 1].text if start > 0 and self.joined(toks[start - 1], first) else None
            slot = slot_before(start)
            if feminine_end and not (slot and i - start == 2 and not anchored or anchored):
                continue
            if not anchored and (
                i - start < 2
                or any(_definite(x.text) for x in toks[start:i])
                or (not slot and any(_verb_like(x.text) for x in toks[start:i]))
            ):
                continue
            if (
                prev is not None
                and not anchored
                and not (slot or self.is_stop(toks[start - 1]) or self.lex.has("honorifics", prev))
            ):
                continue  # in the middle of a phrase: "دعوة رسمية" before a post is no name
            j = self.title_end(i)
            cl = _clitic_len(first.text, self.lex, first_name=True) if first.text[0] in "وف" else 0
            out.append(
                NameMention(
                    first.start + cl,
                    toks[i - 1].end,
                    PERSON,
                    title=(t.start + _clitic_len(t.text, self.lex), toks[j - 1].end),
                )
            )
            taken = taken + [(first.start, toks[i - 1].end)]

    def names_after_verbs(self, out: list[NameMention], taken: list[tuple[int, int]]) -> None:
        """VERB NAME with no post: "وأضاف فتصوم أرغا عبر حسابه", "قال جون بولتون: …". Two or three
        name-shaped words right after a reporting verb, closed by a colon, a comma, عبر or إن/أن."""
        toks = self.toks
        for i, t in enumerate(toks[:-2]):
            verb = ar_in(self.lex, "reporting_verbs", t.text)
            if not verb or self.lex.has("circumstantial_verbs", verb) or self.lex.has("speech_nouns", verb):
                continue
            k = i + 1
            if _inside(toks[k].start, taken) or not self.joined(t, toks[k]):
                continue
            j = k
            while j < len(toks) and j - k < 3 and (j == k or self.joined(toks[j - 1], toks[j])):
                w = toks[j].text
                if (
                    _definite(w)
                    or not _name_shaped(w)
                    or _verb_like(w)
                    or self.is_stop(toks[j])
                    or self.is_head(toks[j])
                    or self.is_place(toks[j])
                    or ar_in(self.lex, "org_heads", w)
                    or ar_in(self.lex, "anonymous_speakers", w)
                    or self.lex.has("honorifics", w)
                    or w.endswith(("يون", "يين"))
                ):
                    break  # ("خبراء عسكريون": a plural adjective)
                j += 1
            if j - k < 2 or j >= len(toks):
                continue
            gap = self.gap(toks[j - 1], toks[j]).strip()
            if gap in (":", "،", ",") or toks[j].text in ("عبر", "ان", "بان"):
                out.append(NameMention(toks[k].start, toks[j - 1].end, PERSON))

    def names_in_lists(self, out: list[NameMention], taken: list[tuple[int, int]]) -> None:
        """The next name of a list of people: "اللاعبان مسعود أوزيل وإلكاي غوندوغان،". Two name-shaped words
        joined by و right after a person's full name, closed by punctuation or a function word."""
        toks = self.toks
        for m in list(out):
            if m.kind != PERSON or len(self.text[m.start : m.end].split()) < 2:
                continue
            i = self.doc.token_index(m.end)
            if i + 1 >= len(toks) or not self.joined(toks[i - 1], toks[i]):
                continue
            if not self.joined(toks[i], toks[i + 1]):
                continue
            a, b = toks[i], toks[i + 1]
            if _inside(a.start, taken) or _inside(b.start, taken):
                continue
            if not (a.text[:1] == "و" and len(a.text) > 3) or self.is_first_name(a):
                continue
            bare = a.text[1:]
            if self.original(a)[1:].startswith("ال"):
                continue  # (a hamza folds: "وإلكاي" is no "و" + "ال")
            if any(
                _definite(w) and w is not bare
                or not _name_shaped(w)
                or _verb_like(w)
                or self.lex.has("stop_words", w)
                or self.lex.has("reporting_verbs", w)
                or ar_in(self.lex, "meeting_verbs", w)
                or ar_in(self.lex, "motion_verbs", w)
                or self.is_head_word(w)
                or ar_in(self.lex, "org_heads", w)
                or places.lookup(self.lex, w) is not None
                or self.lex.has("honorifics", w)
                for w in (bare, b.text)
            ):
                continue
            if self.is_first_name(b) or self.is_head(b) or self.is_place(b):
                continue
            after = self.text[b.end : b.end + 2].strip()
            closed = i + 2 >= len(toks) or after[:1] in ("،", ",", ".", ":", "(") or self.is_stop(toks[i + 2])
            if not closed:
                continue
            out.append(NameMention(a.start + 1, b.end, PERSON))
            taken = taken + [(a.start, b.end)]

    def names_before_age(self, out: list[NameMention], taken: list[tuple[int, int]]) -> None:
        """NAME (AGE): "وكان خوان بيريث (45 عاما) قد وصل". Two or three name-shaped words right before
        an age in brackets are a person's name, whatever their origin."""
        toks = self.toks
        for m in _AGE.finditer(self.text, *self.doc.body):
            e = self.doc.token_index(m.start()) - 1  # the last token before the bracket
            if e < 1 or toks[e].end > m.start() or _inside(toks[e].start, taken):
                continue
            k = e
            while (
                k >= 0
                and e - k < 3
                and (k == e or self.joined(toks[k], toks[k + 1]))
                and not _inside(toks[k].start, taken)
                and (_name_shaped(toks[k].text) or self.is_name_link(toks[k]))
                and not _definite(toks[k].text[1:] if toks[k].text[:1] in "وف" else toks[k].text)
                and not (self.is_stop(toks[k]) or self.is_head(toks[k]) or self.is_place(toks[k]))
                and not ar_in(self.lex, "org_heads", toks[k].text)
            ):
                k -= 1
            start = k + 1
            if e - start < 1:
                continue
            first = toks[start]
            cl = 1 if first.text[:1] in "وف" and not self.is_first_name(first) and len(first.text) > 4 else 0
            if cl and first.text[0] == "ف":
                cl = 0
            out.append(NameMention(first.start + cl, toks[e].end, PERSON))

    def known_names(self, out: list[NameMention], taken: list[tuple[int, int]]) -> None:
        """Well-known people named without a post: "ترامب", "كيم جونغ أون"."""
        pat = self.lex.pattern("known_people", prefix=r"(?:[وفبل]?)")
        for m in pat.finditer(self.text, *self.doc.body):
            if not _inside(m.start("w"), taken) and not _inside(m.end("w") - 1, taken):
                out.append(NameMention(m.start("w"), m.end("w"), PERSON))

    def honorific_names(self, out: list[NameMention], taken: list[tuple[int, int]]) -> None:
        """HONORIFIC NAME: "الدكتور رياض ياسين", "اللواء علي مملوك"."""
        toks = self.toks
        for i, t in enumerate(toks[:-1]):
            if (
                ar_in(self.lex, "honorifics", t.text)
                and not _inside(toks[i + 1].start, taken)
                and self.joined(t, toks[i + 1])
                and not (i > 0 and self.is_name_link(toks[i - 1]) and self.joined(toks[i - 1], t))
            ):  # ("ولد الشيخ أحمد": a rank word after a link is inside a name, not before one)
                e = self.name_after(i + 1, after_honorific=True)
                if e > i + 1 and self.plausible(i + 1, e):
                    out.append(NameMention(toks[i + 1].start, toks[e - 1].end, PERSON))

    def names_after_nationality(self, out: list[NameMention], taken: list[tuple[int, int]]) -> None:
        """A nationality standing as a noun, then a foreign name of two or three words: "فاز الروسي نيكولاي
        دافيدنكو". The nisba qualifies no noun here: the word before it is no definite noun (that would make
        it an adjective: "الجيش السوري", "وزير الخارجية الروسي")."""
        toks = self.toks
        for i, t in enumerate(toks[:-2]):
            if not self.is_nationality(t.text):
                continue
            prev = toks[i - 1] if i > 0 and self.joined(toks[i - 1], t) else None
            if prev is not None and (_definite(prev.text) or self.is_head(prev)):
                continue
            k = i + 1
            if _inside(toks[k].start, taken) or not self.joined(t, toks[k]) or _definite(toks[k].text):
                continue
            e = self.name_after(k)
            if not 2 <= e - k <= 3 or any(_definite(x.text) or _verb_like(x.text) for x in toks[k:e]):
                continue
            if self.plausible(k, e, subject=True):
                out.append(NameMention(toks[k].start, toks[e - 1].end, PERSON))

    def is_nationality(self, word: str) -> bool:
        """A definite masculine nisba of a country: "الروسي" (روسيا), "البرتغالي" (البرتغال), "السويدي"."""
        w = word[1:] if word[:1] in "وف" and word[1:3] == "ال" else word
        if not (w.startswith("ال") and w.endswith("ي") and len(w) >= 6):
            return False
        root = w[2:-1]
        return self.lex.has("nationality_extra", w) or any(
            places.lookup(self.lex, c) == "Country"
            for c in (root, "ال" + root, root + "ا", root + "يا", "ال" + root + "ا")
        )

    def first_names(self, out: list[NameMention], taken: list[tuple[int, int]]) -> None:
        """A given name followed by more name words: "عبد الفتاح السيسي"."""
        toks = self.toks
        i = 0
        while i < len(toks):
            t = toks[i]
            if self.is_first_name(t) and not _inside(t.start, taken) and not self.is_stop(t):
                e = self.name_after(i, need_first=True)
                if e >= i + 2:
                    out.append(
                        NameMention(
                            t.start + _clitic_len(t.text, self.lex, first_name=True), toks[e - 1].end, PERSON
                        )
                    )
                    i = e
                    continue
            i += 1

    def organizations(self, out: list[NameMention], taken: list[tuple[int, int]]) -> None:
        """HEAD + definite words: "وزارة الدفاع الروسية", "هيئة المهندسين السعوديين"; and listed names."""
        toks = self.toks
        for m in self.lex.pattern("organizations", prefix=r"(?:[وف]?[بل]?)").finditer(
            self.text, *self.doc.body
        ):
            if not _inside(m.start("w"), taken):
                end = m.end("w")
                nxt = re.match(r"\s+(\S+)", self.text[end : end + 30])
                if nxt and is_nisba(nxt.group(1)) and nxt.group(1).startswith("ال"):
                    end += nxt.end()  # "مجلس الأمن الدولي"
                if self._at_seat(m.start("w"), end):
                    continue
                out.append(NameMention(m.start("w"), end, ORG))
        # a seat of power after في/ب is where they met: "التقاه في الكرملين", "عقد في الإليزيه"
        for m in self.lex.pattern("seat_venues", prefix=r"(?:ب?)").finditer(self.text, *self.doc.body):
            if not _inside(m.start("w"), _spans(out)) and self._at_seat(m.start("w"), m.end("w")):
                out.append(NameMention(m.start("w"), m.end("w"), PLACE, subtype=places.VENUE))
        taken = taken + _spans(out)
        # a ministry by its portfolio and a feminine nationality: "الخارجية المصرية", "والداخلية السعودية"
        # (not "وزير الخارجية المصري", where the adjective agrees with the minister)
        for i, t in enumerate(toks[:-1]):
            nxt_tok = toks[i + 1]
            if (
                any(self.lex.has("ministry_portfolios", x) for x in ar_stems(t.text)[:2])
                and self.joined(t, nxt_tok)
                and nxt_tok.text.startswith("ال")
                and is_nisba(nxt_tok.text)
                and nxt_tok.text.endswith("يه")
                and not (
                    i > 0
                    and self.joined(toks[i - 1], t)
                    and (self.is_head(toks[i - 1]) or ar_in(self.lex, "org_heads", toks[i - 1].text))
                )
                and not _inside(t.start, taken)
            ):
                out.append(NameMention(t.start + _clitic_len(t.text, self.lex), nxt_tok.end, ORG))
        taken = taken + _spans(out)
        # an outlet named after its kind: "صحيفة وول ستريت جورنال الأمريكية", "شبكة بي بي سي"
        for i, t in enumerate(toks[:-1]):
            if not ar_in(self.lex, "outlet_heads", t.text) or _inside(toks[i + 1].start, taken):
                continue
            j = i + 1
            while (
                j < len(toks)
                and j - i <= 4
                and self.joined(toks[j - 1], toks[j])
                and not _definite(toks[j].text)
                and _name_shaped(toks[j].text, plural_ok=True)
                and not self.is_stop(toks[j])
                and not self.is_place(toks[j])
            ):
                j += 1
            if j > i + 1:
                out.append(NameMention(toks[i + 1].start, toks[j - 1].end, ORG))
        taken = taken + _spans(out)
        i = 0
        while i < len(toks):
            t = toks[i]
            head = ar_in(self.lex, "org_heads", t.text)
            if head is None or _inside(t.start, taken):
                i += 1
                continue
            j = i + 1
            while (
                j < len(toks)
                and j - i < 6
                and self.joined(toks[j - 1], toks[j])
                and (
                    _definite(toks[j].text)
                    and (not self.is_stop(toks[j]) or (j == i + 1 and toks[j].text in ("العام", "العامه")))
                    and not self.is_head(toks[j])
                    and not self.lex.has("honorifics", toks[j].text)
                    and not (toks[j].text.startswith("وال") and not is_nisba(toks[j].text) and j > i + 1)
                )
            ):
                j += 1
            # "مجلس التعاون لدول الخليج العربية", "المفوضية السامية لشؤون اللاجئين": a listed ل-word and its
            # definite complement go on with the name
            if (
                j > i + 1
                and j + 1 < len(toks)
                and self.joined(toks[j - 1], toks[j])
                and self.lex.has("org_links", toks[j].text)
            ):
                k = j + 1
                while (
                    k < len(toks)
                    and k - j <= 3
                    and self.joined(toks[k - 1], toks[k])
                    and toks[k].text.startswith("ال")
                    and not self.is_stop(toks[k])
                    and not self.is_head(toks[k])
                ):
                    k += 1
                if k > j + 1 or toks[j].text.startswith("لل"):
                    j = k
            definite_head = head.startswith("ال")
            # a definite head ("الوزارة") or a common noun that heads names too ("حركة الملاحة", "مكتب الصحة")
            # is a name only with a nationality or relational adjective at its end ("حركة المقاومة الإسلامية")
            weak = definite_head or self.lex.has("weak_org_heads", head)
            if weak and j > i + 1 and not toks[i + 1].text.startswith("ال"):
                j = i + 1  # "الوزارة للشؤون الدبلوماسية": a preposition, no name
            if j == i + 2 and self.lex.has("org_anaphors", toks[i + 1].text):
                i += 1  # "وفد الحركة", "ديوان الوزارة": a body named before, referred to by its kind
                continue
            if (
                j > i + 1
                and self.lex.has("verbal_org_heads", head)
                and toks[i + 1].text.endswith("ات")
                and toks[i + 1].text.startswith("ال")
            ):
                i += 1  # "تنظيم الانتخابات الوطنية": a verbal noun and its plural object, not a body
                continue
            nisba_end = is_nisba(toks[j - 1].text) or (
                j > i + 2 and self.lex.has("org_links", toks[j - 1].text) and is_nisba(toks[j - 2].text)
            )  # "الاتحاد العام التونسي للشغل"
            if j > i + 1 and (not weak or nisba_end):
                start = t.start + (len(t.text) - len(head))
                out.append(NameMention(start, toks[j - 1].end, ORG))
                i = j
                continue
            i += 1

    def _at_seat(self, start: int, end: int) -> bool:
        """A seat of power ("الكرملين") written after في or ب: a venue, not the body that speaks."""
        return self.lex.has("seat_venues", self.text[start:end]) and bool(
            re.search(r"(?:(?<!\S)في\s+|(?<!\S)ب)$", self.text[max(0, start - 4) : start])
        )

    def place_names(self, out: list[NameMention], taken: list[tuple[int, int]]) -> None:
        for start, end, subtype in places.find(self.doc):
            if not _inside(start, taken):
                out.append(NameMention(start, end, PLACE, subtype=subtype))

    def run(self) -> list[NameMention]:
        out: list[NameMention] = []
        self.quoted_names(out)
        self.organizations(out, _spans(out))
        self.titled_names(out, _spans(out))
        self.honorific_names(out, _spans(out))
        self.first_names(out, _spans(out))
        self.names_after_nationality(out, _spans(out) + _title_spans(out))
        self.names_before_titles(out, _spans(out) + _title_spans(out))
        self.names_before_age(out, _spans(out) + _title_spans(out))
        self.known_names(out, _spans(out) + _title_spans(out))
        self.names_after_verbs(out, _spans(out) + _title_spans(out))
        self.names_in_lists(out, _spans(out) + _title_spans(out))
        self.place_names(out, _spans(out) + _title_spans(out, only_orgs=True))
        self.family_after_body(out)
        self.attach_titles(out)
        return sorted(out, key=lambda m: m.start)

    def family_after_body(self, out: list[NameMention]) -> None:
        """A body's name does not swallow the family name of a person named in full elsewhere: in "شدد رئيس
        حكومة الوحدة الوطنية السراج" the last word is the man who holds the post."""
        family = {
            self.text[m.start : m.end].split()[-1]
            for m in out
            if m.kind == PERSON and len(self.text[m.start : m.end].split()) >= 2
        }
        for m in list(out):
            if m.kind != ORG:
                continue
            toks = self.doc.tokens_in(m.start, m.end)
            if len(toks) < 3 or toks[-1].text not in family:
                continue
            m.end = toks[-2].end
            i = self.doc.token_index(toks[0].start)
            title = None
            if i > 0 and self.is_head(self.toks[i - 1]) and self.joined(self.toks[i - 1], toks[0]):
                h = self.toks[i - 1]
                title = (h.start + _clitic_len(h.text, self.lex), m.end)
            out.append(NameMention(toks[-1].start, toks[-1].end, PERSON, title=title))

    def attach_titles(self, out: list[NameMention]) -> None:
        """A person found by name alone takes the post written next to it, before ("الرئيس اليمني،
        عبدربه منصور هادي") or after ("ريم الهاشمي، وزيرة دولة")."""
        taken = _spans(out) + [m.title for m in out if m.title]
        for m in out:
            if m.kind != PERSON or m.title:
                continue
            i = self.doc.token_index(m.start)
            e = self.doc.token_index(m.end)
            gap = self.gap(self.toks[e - 1], self.toks[e]).strip() if e < len(self.toks) else "."
            if (
                e < len(self.toks)
                and gap in ("", "،", ",")
                and self.is_head(self.toks[e])
                and not _inside(self.toks[e].start, taken)
                and (gap or not _definite(self.toks[e].text))
            ):
                # "X وزير الخارجية", "X، المبعوث الأمريكي"; but in "أبلغ السيسي المستشار الأمريكي"
                # the post is the verb's object
                j = self.title_end(e)
                t = self.toks[e]
                m.title = (t.start + _clitic_len(t.text, self.lex), self.toks[j - 1].end)
                continue
            if i > 0 and self.gap(self.toks[i - 1], self.toks[i]).strip() in ("", "،", ","):
                title = self.title_before(i)
                if title and not _inside(title[0], taken):
                    m.title = title


# Words whose final ى a writer spelled ي (Egyptian spelling): in such a line علي may be the preposition على.
_YA_SPELLING = re.compile(
    r"(?<!\w)(?:[وف]?[إا]لي|حتي|أخري|الأخري|الأولي|كبري|الكبري|مستوي|المستوي|مدي|سوي)(?!\w)"
)

# An age in brackets after a name: "(31 عاما)", "(45 سنة)".
_AGE = re.compile(r"\s*\(\s*\d{1,3}\s*(?:عاما|عام|سنه|سنوات)\s*\)")


def _clitic_len(word: str, lex, first_name: bool = False) -> int:
    """How many leading characters of ``word`` are a proclitic (و، ف، ب، ل), not part of the name."""
    stems = ar_stems(word)
    for stem in stems[1:]:
        if lex.has("title_heads", stem) or lex.has("org_heads", stem) or lex.has("first_names", stem):
            return len(word) - len(stem)
    if re.fullmatch(r"[وف](?:ال)?(?:رئيس|وزير|سفير|نائب|نظير)\w*", word):
        return 1
    return 0


def _known_words(lex) -> frozenset[str]:
    """The first words of the well-known people's names (cached on the lexicon)."""
    words = getattr(lex, "_known_first", None)
    if words is None:
        words = frozenset(n.split()[0] for n in lex.words("known_people"))
        lex._known_first = words
    return words


def _verb_like(word: str) -> bool:
    """An imperfect or future verb ("يكون", "تحظى", "سيعودن") or a preposition with its object ("بسبب",
    "بدعم"): a word that does not start a name unless a given name anchors it."""
    w = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    return (
        (w[:1] == "ي" and len(w) >= 4)
        or (w[:1] == "ت" and len(w) >= 5)
        or w.startswith(("سي", "ست", "سن"))
        and len(w) >= 5
        or (w[:1] in "بل" and len(w) <= 4)
        or (w.startswith(("لي", "لت", "لن")) and len(w) >= 5)  # "ليبقى": لام التعليل on a verb
    )


def _name_shaped(word: str, *, plural_ok: bool = False) -> bool:
    """A word that can be part of a name: not a feminine or plural noun (-ة, -ات), not a word with a
    pronoun suffix (-ه، -ها، -هم), not an imperfect verb (يـ...), not a preposition's object (بالـ، للـ)."""
    w = word
    if len(w) <= 1:
        return False
    if w.endswith(("ه", "ها", "هم", "هما")) and len(w) > 3:
        return False
    if w.endswith("ات") and len(w) > 3 and not plural_ok:
        return False  # a feminine plural (تحيات، مباحثات); after a given name, a foreign name (غرينبلات)
    if len(w) == 5 and w[0] == "ت" and w[3] == "ي":
        return False  # a verbal noun of the second form: تعزيز، تطوير، تفعيل
    if w[:1] == "ل" and len(w) == 4 and not plural_ok:
        return False  # "لعقد", "لبحث": a preposition on a noun
    if w.startswith(("كم", "لت")) and len(w) >= 5:
        return False  # "كمحقق", "لتولي": a preposition on a noun or verb
    if w.startswith(("بال", "لل", "كال", "است")):
        return False  # a preposition's object, or a verb or noun of the tenth form (استبعد، استقبال)
    if w.startswith("ي") and len(w) >= 4:
        return False
    return not any(c.isdigit() for c in w)


def _spans(ms: list[NameMention]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in ms]


def _title_spans(ms: list[NameMention], only_orgs: bool = False) -> list[tuple[int, int]]:
    return [m.title for m in ms if m.title and not only_orgs] + [
        (m.start, m.end) for m in ms if m.kind == ORG
    ]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def find_mentions(doc: Doc) -> list[NameMention]:
    """Every name found in ``doc``'s body, in text order (spans into the normalized text)."""
    if doc.lang == "ar":
        return ArabicMentions(doc).run()
    from kg.en import find_mentions as en_mentions

    return en_mentions(doc)
