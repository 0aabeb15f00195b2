"""spaCy export: every span aligns on clitic-split tokens; the DocBin loads with ents and spans."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

from annotator.formats.codecs.spacy_docbin import words_and_spaces
from annotator.formats.codecs.tokenise import clitic_view, word_view
from annotator.formats.export import ExportOptions, export_project
from annotator.formats.project import Project
from tests import export_sample
from tests.test_export_tokenise import text_and_spans

spacy = pytest.importorskip("spacy", reason="spaCy is the optional 'spacy' extra")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return export_sample.build(tmp_path_factory.mktemp("spacy") / "sample")


def test_char_span_aligns_every_span_on_clitic_split_tokens(sample: Project) -> None:
    nlp = spacy.blank("ar")
    blank_misses = 0
    for doc in sample.iter_documents():
        spans = list(sample.load_annotations(doc).spans.values())
        toks = clitic_view(doc.text, spans, word_view(doc.text))
        words, spaces = words_and_spaces(doc.text, toks, [(s.start, s.end) for s in spans])
        sdoc = spacy.tokens.Doc(nlp.vocab, words=words, spaces=spaces)
        assert sdoc.text == doc.text
        for span in spans:
            aligned = sdoc.char_span(span.start, span.end, label=span.label)
            assert aligned is not None and aligned.text == span.text
        blank_misses += sum(nlp(doc.text).char_span(s.start, s.end) is None for s in spans)
    assert blank_misses > 0  # spaCy's own Arabic tokenizer keeps والجزائر whole


def test_docbin_holds_ents_spans_and_relations(sample: Project, tmp_path: Path) -> None:
    out = tmp_path / "train.spacy"
    report = export_project(sample, "spacy", out, ExportOptions())
    assert report.done == ["doc 2/crlf", "doc-1", "doc-4"]
    nlp = spacy.blank("ar")
    docs = list(spacy.tokens.DocBin().from_disk(out).get_docs(nlp.vocab))
    texts = {d.id: d.text for d in sample.iter_documents()}
    total = 0
    for doc in docs:
        info = doc.user_data["annotator"]
        assert doc.text == texts[info["id"]]
        sc = doc.spans["sc"]
        assert len(sc) == len(info["span_ids"])
        total += len(sc)
        ents = list(doc.ents)
        assert all(e.label_ != "CLAIM" for e in ents)
        for a, b in zip(ents, ents[1:], strict=False):
            assert a.end <= b.start
        for head, _tail, rtype in info["relations"]:
            assert sc[head].label_ == "CLAIM" and rtype in ("SOURCE", "ABOUT")
    assert total == sum(export_sample.accepted_counts(sample).values())
    doc1 = next(d for d in docs if d.user_data["annotator"]["id"] == "doc-1")
    assert ("الجزائر", "ACTOR") in [(e.text, e.label_) for e in doc1.ents]


def test_split_writes_one_docbin_per_split(sample: Project, tmp_path: Path) -> None:
    export_project(sample, "spacy", tmp_path / "sp", ExportOptions(split=(0.5, 0.5, 0.0)))
    names = sorted(p.name for p in (tmp_path / "sp").iterdir() if not p.name.startswith("."))
    assert names and set(names) <= {"train.spacy", "dev.spacy"}
    nlp = spacy.blank("ar")
    n = sum(len(list(spacy.tokens.DocBin().from_disk(tmp_path / "sp" / name)
                     .get_docs(nlp.vocab))) for name in names)
    assert n == 3


def test_words_and_spaces_rebuild_any_whitespace() -> None:
    text = "  أ  ب\n\nج 😀\t"
    toks = word_view(text)
    words, spaces = words_and_spaces(text, toks)
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces, strict=True)) \
        == text


_VOCAB = spacy.blank("ar").vocab


@settings(max_examples=60, deadline=None)
@given(text_and_spans())
def test_every_span_aligns_on_hostile_text(case: tuple[str, list]) -> None:
    text, spans = case
    toks = clitic_view(text, spans, word_view(text))
    words, spaces = words_and_spaces(text, toks, [(s.start, s.end) for s in spans])
    doc = spacy.tokens.Doc(_VOCAB, words=words, spaces=spaces)
    assert doc.text == text
    for span in spans:
        aligned = doc.char_span(span.start, span.end)
        assert aligned is not None and aligned.text == span.text


def test_spaces_stay_trailing_whitespace_around_ordinary_spans() -> None:
    text = "زار ماكرون الجزائر أمس"
    spans = [(4, 10), (11, 18)]
    words, spaces = words_and_spaces(text, word_view(text), spans)
    assert words == ["زار", "ماكرون", "الجزائر", "أمس"] and spaces == [True, True, True, False]
