"""One article prepared for extraction: normalized text, tokens, sentences and quotations.

Every span here is into the NORMALIZED text (``Doc.norm.text``); :meth:`Doc.orig`
maps it to the original article text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from kg.lexicon import Lexicon, load
from kg.normalize import Normalized, normalize
from kg.records import Article, Span

_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_SENT_END = re.compile(r"(?<=[.!?؟])[\"'”»’)]*\s+|\n\s*\n|\n")

# Quotation marks: the ones that open, that close, and those that do either.
OPENERS = "«“„‹"
CLOSERS = "»”‟›"
TOGGLES = "\"”“"  # marks that writers use both ways (“…” and ”…“ and "…")
MAX_QUOTE = 1500  # a "quote" longer than this is a pairing error


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quote:
    """A span inside quotation marks; ``start``/``end`` exclude the marks."""

    start: int
    end: int
    open_mark: str
    close_mark: str

    @property
    def outer(self) -> Span:
        return (self.start - 1, self.end + 1)


@dataclass
class Doc:
    article: Article
    norm: Normalized
    lex: Lexicon
    body: Span  # in normalized text
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_article(cls, article: Article) -> Doc:
        norm = normalize(article.text)
        lex = load(article.lang)
        b0, b1 = article.body or (0, len(article.text))
        body = (_norm_index(norm, b0), _norm_index(norm, b1))
        if article.lang == "en":  # English house styles: wire wraps, NYT '' quotes (kg.en_text)
            from kg.en_text import rewrite

            norm, body = rewrite(norm, body)
        return cls(article, norm, lex, body)

    @property
    def text(self) -> str:
        return self.norm.text

    @property
    def lang(self) -> str:
        return self.article.lang

    def orig(self, span: Span) -> Span:
        return self.norm.to_original(span)

    def original_text(self, span: Span) -> str:
        s, e = self.orig(span)
        return self.article.text[s:e]

    @cached_property
    def tokens(self) -> list[Token]:
        b0, b1 = self.body
        return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(self.text, b0, b1)]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def token_index(self, pos: int) -> int:
        """Index of the first token that starts at or after ``pos``."""
        return bisect.bisect_left(self._token_starts, pos)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        i = self.token_index(start)
        out = []
        while i < len(self.tokens) and self.tokens[i].end <= end:
            out.append(self.tokens[i])
            i += 1
        return out

    @cached_property
    def paragraphs(self) -> list[Span]:
        b0, b1 = self.body
        out, pos = [], b0
        for m in re.finditer(r"\n", self.text[b0:b1]):
            end = b0 + m.start()
            if self.text[pos:end].strip():
                out.append(_strip(self.text, pos, end))
            pos = b0 + m.end()
        if self.text[pos:b1].strip():
            out.append(_strip(self.text, pos, b1))
        return out

    @cached_property
    def quotes(self) -> list[Quote]:
        if self.lang == "en":
            from kg.en_text import english_quotes

            return english_quotes(self.text, self.paragraphs, self.warnings)
        out = []
        for p0, p1 in self.paragraphs:
            out += pair_quotes(self.text, p0, p1, self.warnings, open_to_end=self.lang == "ar")
        return out

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences, never broken inside a quotation."""
        if self.lang == "en":
            from kg.en_text import english_sentences

            return english_sentences(self.text, self.paragraphs, self.quotes)
        inside = [(q.start, q.end) for q in self.quotes]
        out = []
        for p0, p1 in self.paragraphs:
            pos = p0
            for m in _SENT_END.finditer(self.text, p0, p1):
                cut = m.start()
                if any(s <= cut < e for s, e in inside):
                    continue
                if self.text[pos:cut].strip():
                    out.append(_strip(self.text, pos, cut))
                pos = m.end()
            if self.text[pos:p1].strip():
                out.append(_strip(self.text, pos, p1))
        return out

    def sentence_of(self, pos: int) -> Span:
        for s, e in self.sentences:
            if s <= pos < e:
                return (s, e)
        return (pos, pos)


def _strip(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)


def _opens(text: str, i: int, start: int) -> bool:
    """Whether the mark at ``i`` stands where a quotation opens: after a colon or a space, before a word."""
    before = text[start:i].rstrip()
    after = text[i + 1 : i + 3].lstrip()
    return bool(before) and (before[-1] in ":：" or text[i - 1] == " ") and after[:1].isalpha()


def _norm_index(norm: Normalized, orig_pos: int) -> int:
    return bisect.bisect_left(norm.offsets, orig_pos)


def pair_quotes(
    text: str, start: int, end: int, warnings: list[str] | None = None, *, open_to_end: bool = False
) -> list[Quote]:
    """Pair the quotation marks of one paragraph.

    « » and „ “ pair by nesting; “ ” " pair in turn, whichever way round the writer
    typed them (Arabic text often opens with ”). A mark left without a partner,
    or a pairing that would make a quote longer than :data:`MAX_QUOTE`, is
    skipped with a warning rather than guessed.

    >>> text = "ab «cd» “ef” ”gh”"
    >>> [text[q.start:q.end] for q in pair_quotes(text, 0, len(text))]
    ['cd', 'ef', 'gh']
    """
    quotes: list[Quote] = []
    guillemet: list[int] = []
    toggle_open: int | None = None
    for i in range(start, min(end, len(text))):
        c = text[i]
        if c == "«":
            guillemet.append(i)
        elif c == "»":
            if guillemet:
                o = guillemet.pop()
                quotes.append(Quote(o + 1, i, "«", "»"))
            elif warnings is not None:
                warnings.append(f"unopened » at {i}: skipped")
        elif c in TOGGLES:
            # an apostrophe-like " inside a word (e.g. 12" pipe) is not a quote mark
            if toggle_open is None:
                toggle_open = i
            else:
                if i - toggle_open - 1 > MAX_QUOTE:
                    if warnings is not None:
                        warnings.append(f"quote at {toggle_open} longer than {MAX_QUOTE} characters: skipped")
                    toggle_open = i
                    continue
                quotes.append(Quote(toggle_open + 1, i, text[toggle_open], c))
                toggle_open = None
    if (
        toggle_open is not None
        and open_to_end
        and _opens(text, toggle_open, start)
        and end - toggle_open <= MAX_QUOTE
    ):
        # Arabic papers often leave a quotation open to the end of its paragraph ("وقال: “… .")
        e = end
        while e > toggle_open + 1 and text[e - 1] in " .،,":
            e -= 1
        quotes.append(Quote(toggle_open + 1, e, text[toggle_open], ""))
    elif toggle_open is not None and warnings is not None:
        warnings.append(f"unclosed quotation mark at {toggle_open}: skipped")
    for o in guillemet:
        if warnings is not None:
            warnings.append(f"unclosed « at {o}: skipped")
    quotes = [q for q in quotes if q.end > q.start and text[q.start:q.end].strip()]
    return sorted(quotes, key=lambda q: q.start)
