"""CoNLL export read back by seqeval, both token views, nesting columns, and word-level import."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from annotator.core.edits import load_items
from annotator.core.model import AnnotationSet, DocStatus, Document, Span
from annotator.formats.codecs.conll import decode_id, encode_id
from annotator.formats.exchange import import_annotated
from annotator.formats.export import ExportOptions, export_project
from annotator.formats.project import Project
from tests import export_sample

seqeval_scheme = pytest.importorskip("seqeval.scheme", reason="seqeval is a test extra")


def read_conll(path: Path) -> tuple[list[str], list[list[list[str]]], list[list[str]]]:
    """(document ids, sentences as rows of columns, sentences of tokens) of a CoNLL file."""
    docs: list[str] = []
    sentences: list[list[list[str]]] = []
    tokens: list[list[str]] = []
    current: list[list[str]] = []
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("-DOCSTART-"):
            docs.append(decode_id(line.split(" ")[1]))
            continue
        if not line:
            if current:
                sentences.append(current)
                tokens.append(words)
            current, words = [], []
            continue
        parts = line.split(" ")
        words.append(parts[0])
        current.append(parts[1:])
    return docs, sentences, tokens


def seqeval_counts(sentences: list[list[list[str]]], columns: range | list[int]) -> Counter:
    counts: Counter = Counter()
    for col in columns:
        seqs = [[row[col] for row in sent] for sent in sentences]
        for sent_entities in seqeval_scheme.Entities(seqs, seqeval_scheme.IOB2).entities:
            counts.update(e.tag for e in sent_entities)
    return counts


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return export_sample.build(tmp_path_factory.mktemp("sample") / "sample")


@pytest.mark.parametrize("view", ["word", "clitic"])
def test_seqeval_finds_every_entity_of_the_project(sample: Project, tmp_path: Path,
                                                   view: str) -> None:
    export_project(sample, "conll", tmp_path / "c", ExportOptions())
    docs, sentences, _ = read_conll(tmp_path / "c" / f"{view}.conll")
    assert docs == ["doc 2/crlf", "doc-1", "doc-4"]
    widths = {len(row) for sent in sentences for row in sent}
    assert len(widths) == 1  # every line has the same columns
    width = widths.pop()
    assert seqeval_counts(sentences, range(width)) == Counter(
        export_sample.accepted_counts(sample))


def test_first_column_holds_all_entities_when_nothing_is_nested(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p", annotator="tester")
    text = "قال وزير الخارجية إن الجزائر وتونس تدعمان الحل في ليبيا.\nوأكد الجيش ذلك!"
    doc = Document(id="flat", text=text)
    project.add_document(doc)
    ann = AnnotationSet("flat", "tester", doc.sha256, status=DocStatus.DONE)
    for n, (needle, label) in enumerate([("وزير الخارجية", "ACTOR"), ("الجزائر", "LOCATION"),
                                         ("تونس", "LOCATION"), ("ليبيا", "LOCATION"),
                                         ("الجيش", "ACTOR"), ("قال", "CUE")]):
        start = text.index(needle)
        load_items(ann, spans=[Span(f"s{n}", start, start + len(needle), label, needle)])
    project.save_annotations(ann)
    export_project(project, "conll", tmp_path / "c", ExportOptions())
    for view in ("word", "clitic"):
        _, sentences, _ = read_conll(tmp_path / "c" / f"{view}.conll")
        assert seqeval_counts(sentences, [0]) == Counter(ACTOR=2, LOCATION=3, CUE=1)


def test_bidi_marks_of_scraped_text_are_no_tokens(tmp_path: Path) -> None:
    """RLM around a number, inside a tagged name and before a full stop made token lines of
    an invisible character (tagged I-ACTOR inside the name)."""
    project = Project.create(tmp_path / "p", annotator="tester")
    text = "قال دونالد \u200fترامب في \u200f2016\u200f إنه سيفوز\u200f."
    doc = Document(id="rlm", text=text)
    project.add_document(doc)
    ann = AnnotationSet("rlm", "tester", doc.sha256, status=DocStatus.DONE)
    name = "دونالد \u200fترامب"
    start = text.index(name)
    load_items(ann, spans=[Span("s1", start, start + len(name), "ACTOR", name)])
    project.save_annotations(ann)
    export_project(project, "conll", tmp_path / "c", ExportOptions())
    for view in ("word", "clitic"):
        lines = (tmp_path / "c" / f"{view}.conll").read_text(encoding="utf-8").split("\n")
        assert not any("\u200f" in line for line in lines)
        i = lines.index("دونالد B-ACTOR O")  # entity column, then the claim column
        assert lines[i + 1] == "ترامب I-ACTOR O" and "2016 O O" in lines


def test_clitic_view_splits_proclitics_and_word_view_keeps_them(sample: Project,
                                                                tmp_path: Path) -> None:
    export_project(sample, "conll", tmp_path / "c", ExportOptions())
    clitic = (tmp_path / "c" / "clitic.conll").read_text(encoding="utf-8").split("\n")
    word = (tmp_path / "c" / "word.conll").read_text(encoding="utf-8").split("\n")
    i = clitic.index("و O B-CLAIM")
    assert clitic[i + 1] == "الجزائر B-ACTOR I-CLAIM"
    assert "والجزائر B-ACTOR B-CLAIM" in word
    assert "ب O I-CLAIM" in clitic and "القاهرة B-LOCATION I-CLAIM" in clitic
    assert "😀 O O" in clitic  # emoji stays one token
    assert "👩\u200d👩\u200d👧 O O" in clitic  # a ZWJ sequence is never cut


def test_sentences_end_at_punctuation_and_line_breaks_but_never_inside_a_span(
        sample: Project, tmp_path: Path) -> None:
    export_project(sample, "conll", tmp_path / "c", ExportOptions())
    _, sentences, tokens = read_conll(tmp_path / "c" / "clitic.conll")
    firsts = [sent[0] for sent in tokens]
    # doc 2: the line break after الدفاع ends a sentence, the one inside the claim does not.
    assert firsts[:2] == ["أعلنت", "أن"]
    assert tokens[1][-3:] == ["صباح", "اليوم", "."]
    assert "وأكد" in firsts and "خبر" in firsts and "ونفى" in firsts
    for sent in sentences:
        for col in range(len(sent[0])):
            assert not sent[0][col].startswith("I-")


NESTED_TEXT = "وزير خارجية الجزائر وصل. ثم عاد."
NESTED = [("وزير خارجية الجزائر", "ACTOR"), ("الجزائر", "LOCATION")]


def _nested_project(tmp_path: Path, docs: list[tuple[str, list[tuple[str, str]]]]) -> Project:
    """Done documents of NESTED_TEXT, each with its (words, label) spans."""
    project = Project.create(tmp_path / "p", annotator="tester")
    for doc_id, spans in docs:
        doc = Document(id=doc_id, text=NESTED_TEXT)
        project.add_document(doc)
        ann = AnnotationSet(doc_id, "tester", doc.sha256, status=DocStatus.DONE)
        for n, (needle, label) in enumerate(spans):
            start = NESTED_TEXT.index(needle)
            load_items(ann, spans=[Span(f"s{n}", start, start + len(needle), label, needle)])
        project.save_annotations(ann)
    return project


def test_nested_spans_get_extra_columns_outer_first(tmp_path: Path) -> None:
    project = _nested_project(tmp_path, [("a", NESTED), ("b", [])])
    export_project(project, "conll", tmp_path / "c", ExportOptions())
    lines = (tmp_path / "c" / "word.conll").read_text(encoding="utf-8").split("\n")
    assert lines[2:5] == ["وزير B-ACTOR O O", "خارجية I-ACTOR O O",
                          "الجزائر I-ACTOR B-LOCATION O"]
    # Document b had no nesting; its lines were padded to the same columns.
    assert "ثم O O O" in lines[lines.index("-DOCSTART- b O O"):]
    # Every line, -DOCSTART- too, has the same number of columns (issue 14).
    assert {len(line.split(" ")) for line in lines if line} == {4}
    readme = (tmp_path / "c" / "README.md").read_text(encoding="utf-8")
    assert "TOKEN NER1 NER2 CLAIM1" in readme


def test_word_level_import_keeps_entity_counts(sample: Project, tmp_path: Path) -> None:
    export_project(sample, "conll", tmp_path / "c", ExportOptions())
    other = Project.create(tmp_path / "copy", annotator="tester")
    report = import_annotated(other, tmp_path / "c" / "word.conll", "conll")
    assert not report.problems
    assert sorted(report.done) == ["doc 2/crlf", "doc-1", "doc-4"]
    assert export_sample.accepted_counts(other) == export_sample.accepted_counts(sample)
    export_project(other, "conll", tmp_path / "c2", ExportOptions())
    _, sentences, _ = read_conll(tmp_path / "c2" / "word.conll")
    assert seqeval_counts(sentences, range(len(sentences[0][0]))) == Counter(
        export_sample.accepted_counts(sample))


def test_word_level_import_onto_existing_documents_realigns_tokens(sample: Project,
                                                                   tmp_path: Path) -> None:
    export_project(sample, "conll", tmp_path / "c", ExportOptions())
    other = Project.create(tmp_path / "copy", annotator="someone-else")
    for doc_id in ("doc-1", "doc-4"):
        other.add_document(sample.load_document(doc_id))
    report = import_annotated(other, tmp_path / "c", "conll")
    assert not report.problems
    doc = other.load_document("doc-1")
    ann = other.load_annotations(doc)
    texts = sorted(s.text for s in ann.spans.values() if s.label == "LOCATION")
    assert texts == ["بالقاهرة", "ليبيا"]  # word level: the whole word, on the stored text
    assert all(doc.text[s.start:s.end] == s.text for s in ann.spans.values())


def test_bad_conll_lines_are_reported_with_file_and_line(project: Project, tmp_path: Path
                                                         ) -> None:
    path = tmp_path / "bad.conll"
    path.write_text("-DOCSTART- good\n\nتونس B-LOCATION\n\n-DOCSTART- bad\n\nسرت X-LOC\n",
                    encoding="utf-8")
    report = import_annotated(project, path, "conll")
    assert report.done == ["good"]
    (problem,) = report.problems
    assert problem.path == path and problem.line == 5 and "line 7" in problem.message
    assert "X-LOC" in problem.message


def test_document_ids_survive_the_docstart_line() -> None:
    for doc_id in ("plain", "with space", "100%", "tab\there", "عربي", "a\u3000b\u2028c%41"):
        encoded = encode_id(doc_id)
        assert not any(c.isspace() for c in encoded)
        assert decode_id(encoded) == doc_id


def test_one_view_is_one_file_without_a_readme(sample: Project, tmp_path: Path) -> None:
    options = ExportOptions(documents="all", include_suggestions=True, view="clitic")
    assert options.problems(sample.schema) == []
    export_project(sample, "conll", tmp_path / "one.conll", options)
    export_project(sample, "conll", tmp_path / "both",
                   ExportOptions(documents="all", include_suggestions=True))
    both = (tmp_path / "both" / "clitic.conll").read_bytes()
    assert (tmp_path / "one.conll").read_bytes() == both
    assert sorted(p.name for p in tmp_path.iterdir()) == ["both", "one.conll"]
    assert ExportOptions(view="words").problems(sample.schema) == [
        "view must be one of word, clitic, not 'words'"]


def _nesting_grows_late(tmp_path: Path) -> Project:
    """Documents whose column counts grow as the export goes: none, one layer, two."""
    return _nested_project(tmp_path, [("a", []), ("b", NESTED[1:]), ("c", NESTED), ("d", [])])


@pytest.mark.parametrize("target, options", [
    ("folder", ExportOptions()),
    ("one.conll", ExportOptions(view="word")),
    ("split", ExportOptions(split=(0.5, 0.25, 0.25))),
])
def test_documents_written_before_the_columns_grew_are_padded_to_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str,
        options: ExportOptions) -> None:
    from annotator.formats.codecs import conll
    monkeypatch.setattr(conll, "_FINISH_CHUNK", 1)  # every document padded on its own
    project = _nesting_grows_late(tmp_path)
    out = tmp_path / "out" / target
    export_project(project, "conll", out, options)
    files = [out] if out.is_file() else sorted(out.glob("*.conll"))
    assert files
    text = "".join(f.read_text(encoding="utf-8") for f in files)
    lines = [line for line in text.split("\n") if line]
    assert {len(line.split(" ")) for line in lines} == {4}  # TOKEN NER1 NER2 CLAIM1
    assert "\t" not in text and "\x1f" not in text
    assert "-DOCSTART- a O O" in lines and "-DOCSTART- d O O" in lines
    assert "وزير O O O" in lines and "الجزائر I-ACTOR B-LOCATION O" in lines
    # Nothing of the export's own is left beside what it wrote.
    left = sorted(p.name for p in (tmp_path / "out").rglob("*"))
    assert not [name for name in left if name.endswith((".tmp", ".marked"))], left


def test_an_export_failing_as_it_pads_leaves_no_file_behind(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.formats.codecs import conll
    project = _nesting_grows_late(tmp_path)
    real, calls = conll.finish_block, []

    def pad_then_fail(*args):  # type: ignore[no-untyped-def]
        calls.append(args)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(*args)

    monkeypatch.setattr(conll, "_FINISH_CHUNK", 1)
    monkeypatch.setattr(conll, "finish_block", pad_then_fail)
    for target, options in (("one.conll", ExportOptions(view="word")), ("c", ExportOptions())):
        calls.clear()
        with pytest.raises(Exception, match="No space left"):
            export_project(project, "conll", tmp_path / "out" / target, options)
        assert list((tmp_path / "out").iterdir()) == []
