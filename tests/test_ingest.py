"""Reading articles: layout of a scraped page, encodings, bad input skipped with a reason."""

import json

from kg.ingest import decode, detect_lang, read, read_path, read_text
from kg.lexicon import load


def test_chrome_headline_and_publisher_line_are_found():
    text = (
        "تخطى إلى المحتوى\n\nرسالة من الرئيس إلى نظيره\n\n"
        "التقى الرئيس نظيره في دمشق.\n\nمدونة هادي العبد الله\n"
    )
    (art,), errors = read_text(text)
    assert errors == []
    assert art.headline == "رسالة من الرئيس إلى نظيره"
    assert art.publisher == "مدونة هادي العبد الله"
    assert art.text[slice(*art.body)] == "التقى الرئيس نظيره في دمشق."
    assert art.lang == "ar"


def test_wire_furniture_is_boilerplate():
    lex = load("ar")
    assert lex.is_boilerplate("// انتهى //")
    assert lex.is_boilerplate("Next Previous")
    assert not lex.is_boilerplate("التقى الرئيس نظيره")


def test_language_is_detected_per_text():
    assert detect_lang("The prime minister met his counterpart in London.") == "en"
    assert detect_lang("استقبل خادم الحرمين الشريفين الرئيس") == "ar"


def test_decoding_utf8_bom_and_windows_1256():
    assert decode("نص".encode("utf-8-sig")) == "نص"
    assert decode("التقى الرئيس".encode("cp1256")) == "التقى الرئيس"


def test_bad_files_are_skipped_with_a_reason(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes("café crème".encode("latin-1"))
    (tmp_path / "good.txt").write_text("عنوان\n\nالتقى الرئيس نظيره.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    arts, errors = read([tmp_path, tmp_path / "missing.txt"])
    assert [a.source for a in arts] == ["good.txt"]
    reasons = {e.source.rsplit("/", 1)[-1]: e.reason for e in errors}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert "UTF-8" in reasons["latin.txt"]
    assert "no such file" in reasons["missing.txt"]
    assert "notes.pdf" not in reasons  # folders are read for article files only


def test_jsonl_records_and_broken_lines(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(
        json.dumps({"id": "x1", "lang": "en", "title": "Talks", "text": "Blair met Chirac in Paris."})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "x2", "text": ""})
        + "\n",
        encoding="utf-8",
    )
    arts, errors = read_path(f)
    assert [a.headline for a in arts] == ["Talks"]
    assert arts[0].lang == "en"
    assert len(errors) == 2


def test_hostile_html_gives_text_only(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>T</title><meta property='article:published_time' content='2020-03-24T10:00'>"
        "<script>alert(1)</script></head><body><nav>Home | World</nav><h1>Shoigu meets Assad</h1>"
        "<p>Shoigu met Assad in Damascus.</p><footer>© site</footer></body></html>",
        encoding="utf-8",
    )
    (art,), errors = read_path(page)
    assert "alert" not in art.text and "Home" not in art.text and "©" not in art.text
    assert art.headline == "Shoigu meets Assad"
    assert art.published.isoformat() == "2020-03-24"
