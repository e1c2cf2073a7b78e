"""Quote pairing and sentences on the marks real news uses."""

from kg.ingest import make_article
from kg.text import Doc, pair_quotes


def quotes(text):
    return [text[q.start:q.end] for q in pair_quotes(text, 0, len(text), [])]


def test_mixed_marks_pair_in_turn():
    # the second name opens with a right double quotation mark, as scraped Arabic text often does
    assert quotes("بأن “شويغو” و”الأسد” بحثا") == ["شويغو", "الأسد"]


def test_guillemets_and_straight_marks():
    assert quotes('وأضاف: «إن الانتصارات لن تتوقف» وقال "نحن هنا"') == ["إن الانتصارات لن تتوقف", "نحن هنا"]


def test_an_unclosed_mark_is_skipped_with_a_warning():
    warnings = []
    text = "قال الوزير “إن الحل سياسي ولم يكمل"
    found = pair_quotes(text, 0, len(text), warnings)
    assert found == []
    assert warnings and "unclosed" in warnings[0]


def test_sentences_do_not_break_inside_a_quote():
    art = make_article("عنوان\n\nقال الوزير: “نحن هنا. وسنبقى”. ثم غادر القاعة.")
    doc = Doc.from_article(art)
    sents = [doc.text[s:e] for s, e in doc.sentences]
    assert len(sents) == 2
    assert "وسنبقي”" in sents[0]
