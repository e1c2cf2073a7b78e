"""Reading articles: plain text, HTML and JSON Lines files, or folders of them.

Bad input (empty, binary, undecodable, too large) never stops a build: each
file that cannot be read gives one :class:`ReadError` with a one-line reason,
and the others are read.

>>> arts, errors = read_text("تخطى إلى المحتوى\\n\\nعنوان الخبر\\n\\nالتقى الرئيس نظيره.\\n")
>>> arts[0].headline
'عنوان الخبر'
>>> arts[0].text[slice(*arts[0].body)]
'التقى الرئيس نظيره.'
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg import lexicon
from kg.records import Article, Span

MAX_BYTES = 5_000_000  # an article larger than this is not news text
SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".jsonl", ".json")
SAMPLE = Path(__file__).parent / "sample" / "000_f5fa795d6703bea2.txt"


@dataclass(frozen=True)
class ReadError:
    """An input that could not be read, and why (one line, for the user)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


# ---------------------------------------------------------------- language

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_lang(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin ones, else 'en'.

    >>> detect_lang("التقى الرئيس"), detect_lang("The president met")
    ('ar', 'en')
    """
    sample = text[:5000]
    return "ar" if len(_ARABIC.findall(sample)) >= len(_LATIN.findall(sample)) else "en"


# ---------------------------------------------------------------- layout of a text

_SENTENCE_END = re.compile(r"[.!?؟:،,;؛\"“”«»]")


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line, without its newline."""
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        yield pos, pos + len(stripped)
        pos += len(line)


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def layout(text: str, lang: str) -> tuple[str | None, str | None, Span, tuple[Span, ...]]:
    """Find the headline, the publisher line, the body span and the boilerplate lines of a plain text.

    Boilerplate lines (page chrome, share buttons, wire footers) come from the
    language's ``boilerplate`` lexicon. The headline is the first content line
    when a blank line follows it; the publisher is a short last line without
    punctuation that names an outlet (``outlets`` lexicon).
    """
    lex = lexicon.load(lang)
    lines = [_trimmed(text, s, e) for s, e in _lines(text)]
    content: list[Span] = []
    skipped: list[Span] = []
    for s, e in lines:
        if s == e:
            continue
        if lex.is_boilerplate(text[s:e]):
            skipped.append((s, e))
        else:
            content.append((s, e))
    if not content:
        return None, None, (0, 0), tuple(skipped)
    headline = publisher = None
    first = content[0]
    blank_after = text[first[1] : first[1] + 3].count("\n") >= 2 or text[first[1] :].lstrip(" \t").startswith(
        "\n\n"
    )
    if len(content) > 1 and blank_after and len(text[first[0] : first[1]]) <= 250:
        headline = text[first[0] : first[1]]
        content = content[1:]
    if len(content) > 1:
        last = content[-1]
        words = text[last[0] : last[1]].split()
        if len(words) <= 6 and not _SENTENCE_END.search(text[last[0] : last[1]]) and lex.is_outlet(words[0]):
            publisher = text[last[0] : last[1]]
            skipped.append(last)
            content = content[:-1]
    body = (content[0][0], content[-1][1])
    return headline, publisher, body, tuple(sorted(skipped))


def make_article(
    text: str,
    *,
    source: str | None = None,
    lang: str = "auto",
    headline: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    publisher: str | None = None,
    article_id: str | None = None,
) -> Article:
    """An :class:`Article` from plain text, with its layout found."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    language = detect_lang(text) if lang == "auto" else lang
    found_headline, found_publisher, body, skipped = layout(text, language)
    if headline is None:
        headline = found_headline
    if article_id is None:
        article_id = _article_id(source, text)
    return Article(
        id=article_id,
        text=text,
        lang=language,
        headline=headline,
        publisher=publisher or found_publisher,
        published=published,
        url=url,
        source=source,
        body=body,
        skipped=skipped,
    )


def _article_id(source: str | None, text: str) -> str:
    key = source if source else text
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- decoding


def decode(data: bytes) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1256.

    Raises ValueError for binary data.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ValueError("binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError as exc:
        raise ValueError("not UTF-8 nor Windows-1256 text") from exc
    if not _ARABIC.search(text):
        raise ValueError("not UTF-8 text (and not Arabic Windows-1256 either)")
    return text


# ---------------------------------------------------------------- HTML

_SKIP_TAGS = {
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "svg",
    "iframe",
    "template",
    "select",
    "option",
    "figure",
    "figcaption",
}
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "blockquote",
    "ul",
    "ol",
    "table",
    "main",
    "dd",
    "dt",
    "pre",
    "hr",
}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.h1: list[str] = []
        self.in_title = self.in_h1 = False
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "h1":
            self.in_h1 = True
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"])
        elif tag == "link" and a.get("rel", "").lower() == "canonical":
            self.canonical = a.get("href")
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in _SKIP_TAGS:
            self.skip -= 1

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        elif tag == "title":
            self.in_title = False
        elif tag == "h1":
            self.in_h1 = False
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        if self.skip:
            return
        if self.in_h1:
            self.h1.append(data)
        self.parts.append(data)


def html_to_article(markup: str, *, source: str | None = None, lang: str = "auto") -> Article:
    """The readable text of an HTML page (scripts, styles, navigation dropped), with its metadata."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    raw = "".join(parser.parts)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", raw)]
    text = "\n\n".join(p for p in paragraphs if p)
    meta = parser.meta
    headline = (
        " ".join("".join(parser.h1).split())
        or meta.get("og:title")
        or " ".join("".join(parser.title).split())
    )
    published = parse_date(
        meta.get("article:published_time") or meta.get("datepublished") or meta.get("date")
    )
    return make_article(
        text,
        source=source,
        lang=lang,
        headline=html.unescape(headline) if headline else None,
        published=published,
        url=parser.canonical or meta.get("og:url"),
        publisher=meta.get("og:site_name"),
    )


# ---------------------------------------------------------------- files and folders


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date (or date-time) string as a date; None when absent or unreadable."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _from_record(rec: dict, source: str, lang: str) -> Article:
    text = rec.get("text") or rec.get("content") or rec.get("body")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no 'text' field")
    title = rec.get("title") or rec.get("headline")
    rid = rec.get("id")
    language = str(rec["lang"]) if lang == "auto" and rec.get("lang") in ("ar", "en") else lang
    body_text = f"{title}\n\n{text}" if title else text
    return make_article(
        body_text,
        source=source,
        lang=language,
        headline=title,
        published=parse_date(rec.get("published") or rec.get("date") or rec.get("datePublished")),
        url=rec.get("url"),
        publisher=rec.get("publisher") or rec.get("outlet"),
        article_id=hashlib.sha1(str(rid).encode()).hexdigest()[:16] if rid else None,
    )


def read_path(path: Path, *, lang: str = "auto") -> tuple[list[Article], list[ReadError]]:
    """Read one file into articles (a JSONL file holds many)."""
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        return [], [ReadError(name, f"cannot open: {exc.strerror or exc}")]
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        return [], [
            ReadError(name, f"unknown file type '{suffix or 'none'}' (expected .txt, .html or .jsonl)")
        ]
    if size == 0:
        return [], [ReadError(name, "empty file")]
    if size > MAX_BYTES and suffix not in (".jsonl",):
        return [], [ReadError(name, f"too large ({size:,} bytes; the limit is {MAX_BYTES:,})")]
    try:
        data = path.read_bytes()
        text = decode(data)
    except (OSError, ValueError) as exc:
        return [], [ReadError(name, str(exc))]
    if suffix in (".jsonl", ".json"):
        return _read_jsonl(text, name, lang)
    if not text.strip():
        return [], [ReadError(name, "no text (only white space)")]
    if suffix in (".html", ".htm") or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        art = html_to_article(text, source=path.name, lang=lang)
    else:
        art = make_article(text, source=path.name, lang=lang)
    if not art.body or art.body[0] == art.body[1]:
        return [], [ReadError(name, "no article text found")]
    return [art], []


def _read_jsonl(text: str, name: str, lang: str) -> tuple[list[Article], list[ReadError]]:
    arts, errors = [], []
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            records = json.loads(stripped)
        except json.JSONDecodeError as exc:
            return [], [ReadError(name, f"invalid JSON: {exc.msg} at line {exc.lineno}")]
        lines = [(i + 1, r) for i, r in enumerate(records)]
    else:
        lines = []
        for i, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                lines.append((i, json.loads(line)))
            except json.JSONDecodeError as exc:
                errors.append(ReadError(f"{name}:{i}", f"invalid JSON: {exc.msg}"))
    for i, rec in lines:
        if not isinstance(rec, dict):
            errors.append(ReadError(f"{name}:{i}", "not a JSON object"))
            continue
        try:
            arts.append(_from_record(rec, f"{Path(name).name}:{i}", lang))
        except ValueError as exc:
            errors.append(ReadError(f"{name}:{i}", str(exc)))
    return arts, errors


def iter_files(inputs: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """The files named, and the readable files inside the folders named, in a stable order."""
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES and not f.name.startswith("."):
                    yield f
        elif p.exists():
            yield p
        else:
            yield ReadError(str(item), "no such file or folder")


def read(
    inputs: Iterable[str | Path] | None = None, *, lang: str = "auto"
) -> tuple[list[Article], list[ReadError]]:
    """All articles in the given files and folders; with no inputs, the bundled sample article."""
    if not inputs:
        inputs = [SAMPLE]
    arts, errors = [], []
    for f in iter_files(inputs):
        if isinstance(f, ReadError):
            errors.append(f)
            continue
        a, e = read_path(f, lang=lang)
        arts += a
        errors += e
    return arts, errors


def read_text(
    text: str, *, lang: str = "auto", source: str | None = None, **meta
) -> tuple[list[Article], list[ReadError]]:
    """Articles from a string (as from a file)."""
    if not text or not text.strip():
        return [], [ReadError(source or "<text>", "empty text")]
    return [make_article(text, source=source, lang=lang, **meta)], []
