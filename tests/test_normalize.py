"""Normalization: obfuscated words repaired, letters folded, every span mapped back to the original."""

from hypothesis import given
from hypothesis import strategies as st

from kg.normalize import clean, fold, normalize

ARABIC_NEWS = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويىةأإآؤئ ـ.،:“”«»\n0123ًٌٍَُِّْ\u200f\u200eABCabc")),
    max_size=200,
)


def test_broken_words_are_repaired_and_spans_point_at_the_original():
    text = "بحثا المعـ.ركة ضد الإرهـ.اب العالمي"
    n = normalize(text)
    assert "المعركه ضد الارهاب" in n.text
    i = n.text.index("الارهاب")
    s, e = n.to_original((i, i + len("الارهاب")))
    assert text[s:e] == "الإرهـ.اب"


def test_a_dot_between_sentences_is_not_taken_for_obfuscation():
    assert normalize("انتهى الاجتماع. ثم غادر").text == "انتهي الاجتماع. ثم غادر"
    assert normalize("met in Paris. He left").text == "met in Paris. He left"


def test_diacritics_and_bidi_marks_are_dropped_letters_folded():
    assert normalize("مُعْتَبِراً\u200f أنّ").text == "معتبرا ان"
    assert normalize("إلى مؤتمر").text == "الي موتمر"


def test_clean_keeps_letters_as_written():
    assert clean("الإرهـ.اب  العالمي") == "الإرهاب العالمي"
    assert clean("“شويغو”") == "“شويغو”"


def test_fold_compares_spellings():
    assert fold("الأسد") == fold("الاسد") == fold("الأســد")
    assert fold("Shoigu") == fold("SHOIGU")


@given(ARABIC_NEWS)
def test_every_normalized_span_lies_inside_the_original(text):
    n = normalize(text)
    assert len(n.offsets) == len(n.text) + 1
    for i in range(len(n.text)):
        s, e = n.to_original((i, i + 1))
        assert 0 <= s < e <= len(text)
    assert list(n.offsets) == sorted(n.offsets)


@given(ARABIC_NEWS)
def test_normalization_is_idempotent(text):
    once = normalize(text).text
    assert normalize(once).text == once


@given(ARABIC_NEWS)
def test_the_fast_path_agrees_with_the_character_by_character_one(text):
    from kg.normalize import _BROKEN, _transform, _transform_slow

    broken = [m.span() for m in _BROKEN.finditer(text)]
    for fold_letters in (True, False):
        assert _transform(text, fold_letters) == _transform_slow(text, fold_letters, broken)


def test_presentation_forms_are_unfolded():
    n = normalize("ﻻ بد")
    assert n.text == "لا بد"
    assert n.to_original((0, 2)) == (0, 1)
