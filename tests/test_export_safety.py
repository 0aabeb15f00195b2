"""Export safety: bad spans abort before anything is written, targets are replaced atomically."""

from __future__ import annotations

import builtins
from pathlib import Path

import pytest

from annotator.core.edits import load_items
from annotator.core.model import DocStatus
from annotator.formats.codecs.output import MARKER
from annotator.formats.errors import ProjectError, WriteError
from annotator.formats.export import FORMATS, ExportOptions, export_project
from annotator.formats.project import Project
from tests import export_sample

ALL = sorted(FORMATS)


@pytest.fixture
def sample(tmp_path: Path) -> Project:
    return export_sample.build(tmp_path / "sample")


def _corrupt_a_span(project: Project) -> str:
    """Write an annotation file whose span text no longer matches the document (by hand)."""
    doc = project.load_document("doc-4")
    ann = project.load_annotations(doc)
    span = next(s for s in ann.spans.values() if s.text == "داعش")
    load_items(ann, spans=[span.with_changes(text="دا عش")])
    project.save_annotations(ann)
    return span.id


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "sample")


@pytest.mark.parametrize("fmt", ALL)
def test_a_span_that_does_not_match_its_text_aborts_and_leaves_nothing(
        sample: Project, tmp_path: Path, fmt: str) -> None:
    span_id = _corrupt_a_span(sample)
    out = tmp_path / f"out-{fmt}"
    with pytest.raises(ProjectError) as err:
        export_project(sample, fmt, out, ExportOptions())
    message = str(err.value)
    assert "doc-4" in message and span_id in message and "nothing was written" in message
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", ["jsonl", "conll"])
def test_a_failed_export_keeps_the_previous_output(sample: Project, tmp_path: Path,
                                                    fmt: str) -> None:
    out = tmp_path / "out"
    export_project(sample, fmt, out, ExportOptions())
    before = sorted((p.relative_to(out), p.read_bytes()) for p in out.rglob("*")) \
        if out.is_dir() else out.read_bytes()
    _corrupt_a_span(sample)
    with pytest.raises(ProjectError):
        export_project(sample, fmt, out, ExportOptions())
    after = sorted((p.relative_to(out), p.read_bytes()) for p in out.rglob("*")) \
        if out.is_dir() else out.read_bytes()
    assert after == before
    assert _leftovers(tmp_path) == ["out"]


@pytest.mark.parametrize("fmt", ["jsonl", "hf"])
def test_an_unwritable_target_is_a_clear_error(sample: Project, tmp_path: Path,
                                               fmt: str) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(WriteError) as err:
        export_project(sample, fmt, blocker / "out", ExportOptions())
    assert str(blocker) in str(err.value)
    assert _leftovers(tmp_path) == ["a-file"]


def test_a_folder_of_other_files_is_never_replaced(sample: Project, tmp_path: Path) -> None:
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notes.txt").write_text("keep me")
    with pytest.raises(WriteError, match="holds files that no export wrote"):
        export_project(sample, "brat", target, ExportOptions())
    assert (target / "notes.txt").read_text() == "keep me"
    # A folder written by an earlier export is replaced, but only what that export wrote
    # (issue 14: a file the user added there is never deleted; the export refuses instead).
    export_project(sample, "brat", tmp_path / "brat", ExportOptions())
    (tmp_path / "brat" / "stale.ann").write_text("")
    with pytest.raises(WriteError, match="stale.ann"):
        export_project(sample, "brat", tmp_path / "brat", ExportOptions())
    assert (tmp_path / "brat" / "stale.ann").exists()
    (tmp_path / "brat" / "stale.ann").unlink()
    export_project(sample, "brat", tmp_path / "brat", ExportOptions())
    assert (tmp_path / "brat" / MARKER).exists()


def test_annotations_made_on_another_text_abort(sample: Project, tmp_path: Path) -> None:
    doc = sample.load_document("doc-1")
    ann = sample.load_annotations(doc)
    ann.text_sha256 = "0" * 64
    sample.save_annotations(ann)
    with pytest.raises(ProjectError, match="doc-1"):
        export_project(sample, "jsonl", tmp_path / "x.jsonl", ExportOptions())
    assert not (tmp_path / "x.jsonl").exists()


def test_unknown_format_and_bad_options_are_explained(sample: Project, tmp_path: Path) -> None:
    with pytest.raises(ProjectError) as err:
        export_project(sample, "xml", tmp_path / "x", ExportOptions())
    for name in ALL:
        assert name in str(err.value)
    with pytest.raises(ProjectError, match="unknown label"):
        export_project(sample, "jsonl", tmp_path / "x", ExportOptions(labels=["PERSON"]))
    with pytest.raises(ProjectError, match="add up to 1"):
        export_project(sample, "jsonl", tmp_path / "x", ExportOptions(split=(0.5, 0.1, 0.1)))
    with pytest.raises(ProjectError, match="done, all"):
        export_project(sample, "jsonl", tmp_path / "x", ExportOptions(documents="some"))
    assert _leftovers(tmp_path) == []


def test_spacy_missing_says_how_to_install(sample: Project, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_spacy(name: str, *args: object, **kwargs: object) -> object:
        if name == "spacy" or name.startswith("spacy."):
            raise ImportError("No module named 'spacy'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_spacy)
    with pytest.raises(ProjectError, match=r"pip install 'annotator\[spacy\]'"):
        export_project(sample, "spacy", tmp_path / "x.spacy", ExportOptions())
    assert _leftovers(tmp_path) == []


def test_documents_not_done_are_left_out_by_default(sample: Project, tmp_path: Path) -> None:
    assert sample.entry("doc-3").status_for("tester") is DocStatus.IN_PROGRESS
    report = export_project(sample, "conll", tmp_path / "c", ExportOptions())
    assert "doc-3" not in report.done
    text = (tmp_path / "c" / "word.conll").read_text(encoding="utf-8")
    assert "-DOCSTART- doc-3" not in text and "تونس" not in text
