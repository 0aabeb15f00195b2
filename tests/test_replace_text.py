"""replace-text: a corrected text for a document, every annotator's spans moved onto it."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.core.edits import AddSpan, apply_edit, make_span
from annotator.core.model import Document
from annotator.formats.project import Project
from annotator.formats.validate import validate

TEXT = "Atwasat\nقال مصدر أمني إن الجيش الجزائري تقدم نحو الحدود.\nWTV_Frequency"
FIXED = "قال مصدر أمني إن الجيش الجزائري تقدم نحو الحدود.\r\n"


def _annotated(path: Path) -> Project:
    project = Project.create(path, annotator="tester")
    project.add_document(Document(id="d", text=TEXT, meta={"title": "خبر", "source": "x"}))
    doc = project.load_document("d")
    for who, word, label in (("tester", "الجيش الجزائري", "ACTOR"), ("amina", "الحدود",
                                                                       "LOCATION")):
        ann = project.load_annotations(doc, who)
        start = TEXT.index(word)
        apply_edit(TEXT, ann, AddSpan(make_span(TEXT, start, start + len(word), label,
                                                origin="manual")), project.schema)
        project.save_annotations(ann)
    return Project.open(path, annotator="tester")


def test_a_corrected_text_takes_every_annotators_spans_along(tmp_path: Path, cli) -> None:
    """A document's text could not be changed by any command, so reattach (which moves
    spans after a change) had nothing to work on unless the files were forged by hand."""
    project = _annotated(tmp_path / "p")
    fixed = tmp_path / "fixed.txt"
    fixed.write_bytes(FIXED.encode("utf-8"))
    result = cli("replace-text", project.path, "d", fixed)
    assert result.returncode == 0, result.stderr
    assert "d: text replaced" in result.stdout
    assert "tester: 1 of 1 spans placed" in result.stdout
    assert "amina: 1 of 1 spans placed" in result.stdout
    again = Project.open(project.path, annotator="tester")
    doc = again.load_document("d")
    assert doc.text == FIXED.replace("\r\n", "\n")  # read as import reads a .txt file
    assert doc.meta["title"] == "خبر" and doc.meta["source"] == "x"
    assert doc.meta["line_endings"] == {"crlf": 1, "cr": 0}
    for who, word in (("tester", "الجيش الجزائري"), ("amina", "الحدود")):
        [span] = again.load_annotations(doc, who).spans.values()
        assert doc.text[span.start:span.end] == span.text == word
    assert not validate(again.path).problems
    result = cli("replace-text", project.path, "d", fixed)
    assert result.returncode == 0 and "nothing to do" in result.stdout


def test_a_file_that_is_no_text_changes_nothing(tmp_path: Path, cli) -> None:
    project = _annotated(tmp_path / "p")
    before = {p: p.read_bytes() for p in project.path.rglob("*.json")}
    latin = tmp_path / "latin.txt"
    latin.write_bytes("café قال".encode("cp1256"))
    for path, message in ((latin, "not UTF-8"), (tmp_path / "none.txt", "cannot read"),
                          (tmp_path / "empty.txt", "empty file")):
        if path.name == "empty.txt":
            path.write_bytes(b"")
        result = cli("replace-text", project.path, "d", path)
        assert result.returncode == 1 and message in result.stderr
        assert "Traceback" not in result.stderr
    result = cli("replace-text", project.path, "nope", latin)
    assert result.returncode == 1 and "no document 'nope'" in result.stderr
    assert {p: p.read_bytes() for p in project.path.rglob("*.json")} == before
    assert json.loads((project.path / "documents" / "d.json").read_text("utf-8"))["text"] == TEXT


def test_stopped_after_the_new_text_is_written_nothing_is_lost(tmp_path: Path,
                                                              monkeypatch) -> None:
    """A kill between the two steps: the annotation files still hold every span, validate
    names them, and reattach moves them (without the old text, by finding the spans' texts)."""
    import pytest

    from annotator.formats import replace_text as module
    from annotator.formats.reattach import reattach_annotations

    project = _annotated(tmp_path / "p")
    fixed = tmp_path / "fixed.txt"
    fixed.write_text(FIXED, encoding="utf-8")

    def killed(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(module, "reattach_annotations", killed)
    project.lock()
    with pytest.raises(KeyboardInterrupt):
        module.replace_text(project, "d", fixed)
    project.close()
    problems = validate(project.path).problems
    assert len(problems) == 2 and all("run `annotator reattach" in str(p) for p in problems)
    again = Project.open(project.path, annotator="tester")
    doc = again.load_document("d")
    for who in ("tester", "amina"):
        outcome = reattach_annotations(again, doc, who)
        assert (outcome.total_spans, outcome.unplaced_spans) == (1, 0)
    assert not validate(project.path).problems
