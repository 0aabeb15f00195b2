"""Stored-text rules: canonical line endings, boundaries, UTF-16 mapping."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.text import (
    Utf16Map,
    boundary_problem,
    canonicalize,
    snap_out,
    span_problem,
)
from tests.strategies import hostile_text


def test_canonicalize_strips_bom_and_unifies_line_endings():
    result = canonicalize("\ufeffسطر\r\nثان\rثالث\n")
    assert result.text == "سطر\nثان\nثالث\n"
    assert (result.had_bom, result.crlf_count, result.lone_cr_count) == (True, 1, 1)
    assert result.changed


def test_canonicalize_keeps_everything_else():
    text = "مَصْدَرٌ ـــ 😀 e\u0301 \u200f"
    assert canonicalize(text).text == text
    assert not canonicalize(text).changed


@given(hostile_text)
def test_canonical_text_has_no_cr_and_is_stable(raw):
    text = canonicalize(raw).text
    assert "\r" not in text
    assert canonicalize(text).text == text


def test_emoji_before_arabic_word_python_17_vs_utf16_18():
    text = "قال المصدر 😀 إن الجزائر"
    start = text.index("الجزائر")
    m = Utf16Map(text)
    assert m.to_utf16(start) == start + 1
    assert m.to_codepoint(start + 1) == start
    assert text.encode("utf-16-le")[2 * (start + 1):].decode("utf-16-le").startswith("الجزائر")


@given(hostile_text)
def test_utf16_map_agrees_with_python_encoding(text):
    m = Utf16Map(text)
    assert m.length_u16 == len(text.encode("utf-16-le")) // 2
    for cp in range(len(text) + 1):
        u16 = m.to_utf16(cp)
        assert u16 == len(text[:cp].encode("utf-16-le")) // 2
        assert m.to_codepoint(u16) == cp


def test_utf16_offset_inside_pair_is_refused_or_rounded_down():
    m = Utf16Map("a😀b")
    try:
        m.to_codepoint(2)
    except ValueError as err:
        assert "surrogate" in str(err)
    else:
        raise AssertionError("inside a surrogate pair must be refused")
    assert m.to_codepoint(2, strict=False) == 1


def test_boundary_between_letter_and_diacritic_is_refused():
    text = "مَصْدَر"
    assert boundary_problem(text, 1) is not None  # between م and its fatha
    assert boundary_problem(text, 2) is None
    assert span_problem(text, 0, 1) is not None
    assert span_problem(text, 0, 2) is None


def test_span_problem_basics():
    assert span_problem("abc", 2, 2)
    assert span_problem("abc", 2, 1)
    assert span_problem("abc", -1, 2)
    assert span_problem("abc", 0, 4)
    assert span_problem("abc", 0, 3) is None
    assert span_problem("a\u200db", 0, 1)  # cuts a ZWJ sequence


@given(hostile_text, st.integers(0, 60), st.integers(0, 60))
def test_snap_out_always_yields_valid_boundaries(text, a, b):
    start, end = snap_out(text, min(a, b), max(a, b))
    assert boundary_problem(text, start) is None
    assert boundary_problem(text, end) is None
    assert start <= min(a, b, len(text))


def test_flags_and_skin_tones_are_one_unit():
    text = "🇩🇿🇱🇾👍🏽"
    assert boundary_problem(text, 1) is not None  # inside 🇩🇿
    assert boundary_problem(text, 2) is None      # between the two flags
    assert boundary_problem(text, 3) is not None  # inside 🇱🇾
    assert boundary_problem(text, 5) is not None  # between 👍 and its skin tone
    assert boundary_problem(text, 4) is None
