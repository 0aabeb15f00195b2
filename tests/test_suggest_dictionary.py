"""Dictionary suggester: normalised whole-word matching, proclitics outside, lexicon files."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.arabic import normalize_query
from annotator.core.model import AnnotationSet, Document, Status
from annotator.core.schema import default_schema
from annotator.core.text import span_problem
from annotator.formats.report import Report
from annotator.suggest.dictionary import DictionaryMatcher, DictionarySuggester
from annotator.suggest.lexicon import (
    Lexicon,
    LexiconEntry,
    LexiconError,
    default_lexicon_paths,
    load_lexicon,
    read_lexicon_file,
)
from tests.spacing import has_line_break, separator
from tests.strategies import hostile_text

ENTRIES = [("الجزائر", "LOCATION", "Algeria", "country"),
           ("الجزائر العاصمة", "LOCATION", "Algiers", "capital"),
           ("القاهرة", "LOCATION", "Cairo", "capital"),
           ("القاهرة", "ACTOR", "Egypt", "state"),
           ("مالي", "LOCATION", "Mali", "country"),
           ("ليبيا", "LOCATION", "Libya", "country"),
           ("أنقرة", "ACTOR", "Turkey", "state"),
           ("الجيش الوطني الشعبي", "ACTOR", "People's National Army", "institution")]


@pytest.fixture()
def lexicon() -> Lexicon:
    lex = Lexicon()
    for entry, label, canonical, kind in ENTRIES:
        lex.add(LexiconEntry(entry, label, canonical, kind))
    return lex


def found(lexicon: Lexicon, text: str) -> list[tuple[str, str]]:
    return [(m.label, text[m.start:m.end]) for m in DictionaryMatcher(lexicon).match(text)]


def test_proclitics_stay_outside_the_span(lexicon):
    text = "وصل الوفد والجزائر ثم بالجزائر وفي ليبيا ولليبيا"
    got = found(lexicon, text)
    assert got.count(("LOCATION", "الجزائر")) == 2
    assert got.count(("LOCATION", "ليبيا")) == 2
    assert all(not t.startswith(("و", "ب")) for _, t in got)


def test_lam_with_elided_article_is_split_like_proclitic_length(lexicon):
    text = "زيارة للقاهرة"
    assert ("LOCATION", "لقاهرة") in found(lexicon, text)


def test_whole_words_only(lexicon):
    text = "في شمالي البلاد، قال الجزائري إن الماليين وصلوا"
    assert found(lexicon, text) == []


def test_diacritics_and_tatweel_in_the_text_are_covered(lexicon):
    text = "وصل إلى الجَزَائِرِ والقاهـــرة"
    got = DictionaryMatcher(lexicon).match(text)
    spans = {(m.label, text[m.start:m.end]) for m in got}
    assert ("LOCATION", "الجَزَائِرِ") in spans  # the final kasra stays with its letter
    assert ("LOCATION", "القاهـــرة") in spans
    for m in got:
        assert span_problem(text, m.start, m.end) is None


def test_teh_marbuta_heh_and_alef_variants_match(lexicon):
    text = "وفد من القاهره وصل الى انقره"
    got = found(lexicon, text)
    assert ("LOCATION", "القاهره") in got
    assert ("ACTOR", "انقره") in got


def test_longest_match_wins_within_a_label_and_labels_may_overlap(lexicon):
    got = found(lexicon, "في الجزائر العاصمة أعلنت القاهرة")
    assert ("LOCATION", "الجزائر العاصمة") in got
    assert ("LOCATION", "الجزائر") not in got
    assert ("ACTOR", "القاهرة") in got and ("LOCATION", "القاهرة") in got


@pytest.mark.parametrize("between", ["  ", "\u00a0", "\t", "ـ ", " ـ", " \u200f", "\u200e ",
                                     "\u061c ", "\u200c ", " \u00a0\t "])
def test_a_multi_word_entry_matches_across_irregular_spacing(between):
    lex = Lexicon()
    lex.add(LexiconEntry("وزارة الدفاع", "ACTOR"))
    text = "أعلنت وزارة" + between + "الدفاع\u200f أمس"
    got = DictionaryMatcher(lex).match(text)
    assert [(m.start, m.end) for m in got] == \
        [(text.index("وزارة"), text.index("الدفاع") + len("الدفاع"))]  # و to the last letter


@pytest.mark.parametrize("between", ["\n", " \n", "\u00a0\n\u00a0", "\n\n", "\u2029"])
def test_a_multi_word_entry_does_not_cross_a_line_break(between):
    lex = Lexicon()
    lex.add(LexiconEntry("وزارة الدفاع", "ACTOR"))
    lex.add(LexiconEntry("الدفاع", "ACTOR"))
    text = "أعلنت وزارة" + between + "الدفاع"
    assert found(lex, text) == [("ACTOR", "الدفاع")]


def test_a_lexicon_entry_written_with_odd_spacing_matches_plain_text():
    lex = Lexicon()
    lex.add(LexiconEntry("وزارة\u00a0 الدفاع", "ACTOR"))
    assert found(lex, "قالت وزارة الدفاع") == [("ACTOR", "وزارة الدفاع")]


@settings(max_examples=200, deadline=None)
@given(before=separator, between=separator, after=separator, prefix=st.sampled_from(["", "و", "ل"]))
def test_multi_word_entries_match_across_any_spacing_but_a_line_break(before, between, after,
                                                                      prefix):
    lex = Lexicon()
    lex.add(LexiconEntry("وزارة الدفاع الوطني", "ACTOR"))
    text = "قال" + before + prefix + "وزارة" + between + "الدفاع" + after + "الوطني"
    got = DictionaryMatcher(lex).match(text)
    if has_line_break(between) or has_line_break(after):
        assert got == []
        return
    assert len(got) == 1
    start, end = got[0].start, got[0].end
    assert start == text.index("وزارة")  # the proclitic stays outside
    last = text.index("الوطني") + len("الوطني")
    assert end >= last and normalize_query(text[last:end]) == "" and text[last:end].strip() == \
        text[last:end]  # only marks sitting on the last letter may follow it
    assert normalize_query(text[start:end]) == "وزاره الدفاع الوطني"


def test_suggestions_carry_origin_score_canonical_and_valid_attributes(lexicon):
    text = "قال الجيش الوطني الشعبي إن القاهرة"
    doc = Document(id="d", text=text)
    ann = AnnotationSet("d", "ali", doc.sha256)
    spans = DictionarySuggester(lexicon, default_schema()).suggest(doc, ann)
    by = {(s.label, s.text): s for s in spans}
    army = by[("ACTOR", "الجيش الوطني الشعبي")]
    assert army.status is Status.SUGGESTED and army.origin == "dictionary@1"
    assert army.extra["canonical"] == "People's National Army"
    assert army.attributes == {"type": "organisation"}  # lexicon 'institution' mapped
    place = by[("LOCATION", "القاهرة")]
    assert place.attributes == {}  # LOCATION has no type attribute in the schema
    assert place.score == 0.5 and by[("ACTOR", "القاهرة")].score == 0.5


@settings(max_examples=200, deadline=None)
@given(hostile_text)
def test_every_match_is_a_valid_whole_word_span_of_a_lexicon_key(text):
    lex = Lexicon()
    for entry in ("الجزائر", "ليبيا", "داعش", "قال", "مصدر أمني"):
        lex.add(LexiconEntry(entry, "ACTOR"))
    for m in DictionaryMatcher(lex).match(text):
        assert span_problem(text, m.start, m.end) is None
        key = " ".join(normalize_query(text[m.start:m.end]).split())
        assert key in lex.entries or "ال" + key[1:] in lex.entries
        assert m.end == len(text) or not text[m.end].isalnum()


def test_default_lexicon_loads_without_problems():
    report = Report()
    lex = load_lexicon(default_lexicon_paths(), report)
    assert report.problems == []
    assert len(lex) > 1000 and {"ACTOR", "LOCATION"} <= set(lex.labels)


def test_lexicon_file_problems_name_the_line(tmp_path):
    bad_header = tmp_path / "a.tsv"
    bad_header.write_text("word\tclass\nتونس\tLOCATION\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="header"):
        read_lexicon_file(bad_header, Lexicon())
    good = tmp_path / "b.tsv"
    good.write_text("entry\tlabel\tcanonical\ttype\n# comment\nتونس\tLOCATION\tTunisia\n"
                    "no-label-here\n", encoding="utf-8")
    report = Report()
    lex = Lexicon()
    assert read_lexicon_file(good, lex, report) == 1
    assert [p.line for p in report.problems] == [4]
    with pytest.raises(LexiconError, match="cannot read"):
        read_lexicon_file(tmp_path / "missing.tsv", Lexicon())


def test_large_lexicon_builds_and_matches(lexicon):
    # A 20,000-entry automaton still finds the right spans (speed is in bench/).
    lex = Lexicon()
    for i in range(20000):
        lex.add(LexiconEntry(f"كلمة{i}", "ACTOR"))
    lex.add(LexiconEntry("ليبيا", "LOCATION"))
    text = "زار كلمة12 وليبيا " * 100
    got = found(lex, text)
    assert got.count(("ACTOR", "كلمة12")) == 100 and got.count(("LOCATION", "ليبيا")) == 100
