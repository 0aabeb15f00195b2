"""The claims suggester's parts: its words as data, the Discourse value, labels from the schema."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.arabic import normalize_query
from annotator.core.edits import load_items
from annotator.core.model import AnnotationSet, Document
from annotator.core.schema import default_schema
from annotator.suggest.claims import ClaimLabels, ClaimSuggester, find_claims
from annotator.suggest.claims.discourse import ClaimCandidate, Discourse, SourceRef
from annotator.suggest.claims.words import (
    VERBS,
    WORDS,
    WORDS_DIR,
    WordsError,
    participle_forms,
    past_forms,
    present_forms,
    read_sections,
    read_verbs,
)


def test_regular_inflections_are_generated():
    assert past_forms("قال") == ["قال", "قالت", "قالوا"]
    assert past_forms("نفى") == ["نفى", "نفت", "نفوا"]
    assert past_forms("خشي") == ["خشي", "خشيت", "خشوا"]
    assert present_forms("يقول") == ["يقول", "تقول", "يقولون"]
    assert present_forms("يرى") == ["يرى", "ترى", "يرون"]
    assert participle_forms("مؤكد") == ["مؤكدا", "مؤكدة"]


def test_the_shipped_verbs_cover_their_forms_normalised():
    for form in ("قالت", "يقولون", "قلن", "يوكد", "نفت", "راوا", "يري", "اردفت", "ادعت"):
        assert form in VERBS.verb_of, form
    assert VERBS.verb_of["اردف"] == VERBS.verb_of["تابع"]  # أردف reports like تابع
    assert {"قايلا", "موكده", "نافيا", "بقوله"} <= set(VERBS.participle_of)
    assert VERBS.certainty[normalize_query("نفى")] == "CT-"
    assert VERBS.weak == {"تابع"} and VERBS.relay == {"نقل"}


def test_every_listed_word_is_stored_normalised():
    for name, entries in read_sections(WORDS_DIR / "words.txt").items():
        for form in entries:
            assert form == normalize_query(form), (name, form)
    assert "وزير" in WORDS.w_words and "للصحفيين" in WORDS.stop_words
    assert WORDS.according["بحسب"] == "حسب"


def test_a_malformed_verb_file_says_where(tmp_path):
    path = tmp_path / "verbs.tsv"
    path.write_text("lemma\tpast\tpresent\tparticiple\talso\tnotes\nقال\tقال\tيقول\t-\t\tloud\n",
                    encoding="utf-8")
    with pytest.raises(WordsError, match="verbs.tsv:2: unknown note 'loud'"):
        read_verbs(path)
    path.write_text("verb\tpast\n", encoding="utf-8")
    with pytest.raises(WordsError, match="header"):
        read_verbs(path)


def _claim(start: int, length: int) -> ClaimCandidate:
    return ClaimCandidate(start, start + length, "indirect", None, SourceRef(0, 1))


@given(st.lists(st.tuples(st.integers(0, 500), st.integers(1, 60)), max_size=300))
def test_a_discourse_keeps_its_claims_sorted_and_never_changes(pairs):
    d = Discourse()
    for n, (start, length) in enumerate(pairs):
        before = d
        d = d.with_claim(_claim(start, length), None)
        assert len(before.claims) == n  # the old value is untouched
    # sorted by start, and claims with one start in the order they were added
    assert [(c.start, c.end) for c in d.claims] == [
        (start, start + length) for start, length in sorted(pairs, key=lambda p: p[0])]
    assert d.found.size() == len(pairs)
    for lo in range(0, 560, 37):
        assert d.overlapping(lo, lo + 20) == tuple(
            c for c in d.claims if c.start < lo + 20 and lo < c.end)
        assert d.claims_from(lo, lo + 50) == tuple(
            c for c in d.claims if lo <= c.start < lo + 50)
        assert d.claims_from(lo) == tuple(c for c in d.claims if lo <= c.start)


def test_the_speakers_gender_is_forgotten_only_for_a_new_speaker():
    speaker = SourceRef(0, 5)
    d = Discourse().with_speaker(speaker, "f")
    assert d.with_speaker(speaker, None).speaker_gender == "f"
    assert d.with_speaker(SourceRef(9, 12), None).speaker_gender is None
    assert not d.agrees("m") and d.agrees("f") and d.agrees(None)


def test_labels_are_found_in_the_schema_even_renamed():
    assert ClaimLabels.from_schema(default_schema()) == ClaimLabels(
        "CLAIM", "CUE", "ACTOR", "SOURCE")
    schema = default_schema()
    renamed = replace(schema, span_labels=tuple(
        replace(lab, name={"CLAIM": "ادعاء", "ACTOR": "فاعل"}.get(lab.name, lab.name))
        for lab in schema.span_labels), relation_types=tuple(
        replace(r, head_labels=("ادعاء",), tail_labels=("فاعل",) if r.name == "SOURCE"
                else ("فاعل", "LOCATION")) for r in schema.relation_types))
    labels = ClaimLabels.from_schema(renamed)
    assert labels == ClaimLabels("ادعاء", "CUE", "فاعل", "SOURCE")
    text = "قال وزير الداخلية إن الوضع مستقر."
    out = ClaimSuggester(renamed).suggest_full(Document("d", text), AnnotationSet("d", "a", ""))
    assert sorted(s.label for s in out.spans) == ["CUE", "ادعاء", "فاعل"]
    (rel,) = out.relations
    assert rel.type == "SOURCE"


def test_actor_spans_of_a_renamed_label_are_reused_as_sources():
    from annotator.core.edits import make_span
    text = "قال وزير الداخلية إن الوضع مستقر."
    ann = AnnotationSet("d", "a", "")
    actor = make_span(text, 4, 17, "فاعل", origin="manual")
    load_items(ann, spans=[actor])
    (reused,) = find_claims(text, ann, actor_label="فاعل")
    assert reused.source is not None and reused.source.span_id == actor.id
    (fresh,) = find_claims(text, ann, actor_label="ACTOR")
    assert fresh.source is not None and fresh.source.span_id is None
