"""Issue 14, data loss and hidden data: one test per class, so that none can come back."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from annotator import cli
from annotator.core.model import Document
from annotator.formats.codecs.output import MARKER
from annotator.formats.errors import ProjectError, WriteError
from annotator.formats.export import ExportOptions, export_project
from annotator.formats.project import Project
from annotator.formats.reattach import reattach_annotations
from tests import export_sample

TEXT = "قال مصدر أمني إن الجيش الجزائري تقدم نحو الحدود."


@pytest.fixture
def sample(tmp_path: Path) -> Project:
    return export_sample.build(tmp_path / "sample")


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out, err


# ------------------------------------------------------------------ 1. export into the project

@pytest.mark.parametrize("inside", ["project.json", "documents/doc-1.json",
                                    "annotations/tester/doc-1.json", "sub/new.jsonl", "."])
def test_export_refuses_any_target_inside_the_project(sample: Project, inside: str) -> None:
    target = sample.path / inside
    before = {p: p.read_bytes() for p in sample.path.rglob("*.json")}
    with pytest.raises(WriteError, match="inside the project folder"):
        export_project(sample, "jsonl", target, ExportOptions(documents="all"))
    assert {p: p.read_bytes() for p in sample.path.rglob("*.json")} == before


def test_export_refuses_a_link_that_leads_into_the_project(sample: Project,
                                                           tmp_path: Path) -> None:
    alias = tmp_path / "alias"
    alias.symlink_to(sample.path)
    with pytest.raises(WriteError, match="inside the project folder"):
        export_project(sample, "jsonl", alias / "project.json", ExportOptions())


@pytest.mark.parametrize("command", ["report", "render"])
def test_report_and_rendering_refuse_a_target_inside_the_project(
        sample: Project, capsys: pytest.CaptureFixture[str], command: str) -> None:
    """A report written into annotations/ghost/ made a phantom annotator "ghost" and a
    project that no longer validates."""
    before = sorted(p for p in sample.path.rglob("*"))
    args = ["report", sample.path, "--out", sample.path / "annotations" / "ghost"] \
        if command == "report" else \
        ["render", sample.path, "doc-1", "--out", sample.path / "documents" / "doc-1.png"]
    status, _, err = run(capsys, *args)
    assert status == 1 and "inside the project folder" in err
    assert sorted(p for p in sample.path.rglob("*")) == before


# ------------------------------------------------------------------ 2. re-export into a folder

def test_re_export_keeps_files_the_user_added(sample: Project, tmp_path: Path) -> None:
    out = tmp_path / "hf"
    export_project(sample, "hf", out, ExportOptions(documents="all"))
    (out / "NOTES.md").write_text("mine")
    (out / "model").mkdir()
    (out / "model" / "weights.bin").write_bytes(b"\0" * 10)
    with pytest.raises(WriteError, match="NOTES.md and 1 more"):
        export_project(sample, "hf", out, ExportOptions(documents="all"))
    assert (out / "NOTES.md").read_text() == "mine"
    assert (out / "model" / "weights.bin").exists()
    # Files the export wrote itself (listed in the marker) are replaced: another split works.
    (out / "NOTES.md").unlink()
    (out / "model" / "weights.bin").unlink()
    (out / "model").rmdir()
    export_project(sample, "hf", out, ExportOptions(documents="all", split=(0.0, 1.0, 0.0)))
    assert not (out / "spans" / "all.jsonl").exists() and (out / "spans" / "dev.jsonl").exists()
    assert "spans/dev.jsonl" in (out / MARKER).read_text(encoding="utf-8")


def test_re_export_keeps_an_empty_folder_the_user_added(sample: Project, tmp_path: Path) -> None:
    out = tmp_path / "hf"
    export_project(sample, "hf", out, ExportOptions(documents="all"))
    (out / "model" / "later").mkdir(parents=True)  # made ready for a model, or a mount point
    with pytest.raises(WriteError, match=r"holds model/later/, which no export wrote"):
        export_project(sample, "hf", out, ExportOptions(documents="all"))
    assert (out / "model" / "later").is_dir()
    (out / "model" / "later").rmdir()
    (out / "model").rmdir()
    export_project(sample, "hf", out, ExportOptions(documents="all"))


# ------------------------------------------------------------------ 3. reattach and a kill

def test_reattach_never_leaves_the_annotation_file_missing(project: Project,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    from annotator.core.edits import AddSpan, apply_edit, make_span
    project.add_document(Document(id="d", text=TEXT))
    doc = project.load_document("d")
    ann = project.load_annotations(doc)
    apply_edit(TEXT, ann, AddSpan(make_span(TEXT, 4, 13, "ACTOR", origin="t")), project.schema)
    project.save_annotations(ann)
    project.add_document(Document(id="d", text="عاجل: " + TEXT), replace=True)
    changed = Project.open(project.path, annotator="tester")
    path = changed.annotations_path("d")
    old = path.read_bytes()
    seen: list[bool] = []

    def killed(_ann: object) -> None:  # the process dies just before the new file lands
        seen.append(path.exists() and path.read_bytes() == old)
        raise KeyboardInterrupt

    monkeypatch.setattr(changed, "save_annotations", killed)
    with pytest.raises(KeyboardInterrupt):
        reattach_annotations(changed, changed.load_document("d"), "tester")
    assert seen == [True] and path.read_bytes() == old
    monkeypatch.undo()
    outcome = reattach_annotations(changed, changed.load_document("d"), "tester")
    assert outcome.backup is not None and outcome.backup.read_bytes() == old
    assert json.loads(path.read_text(encoding="utf-8"))["spans"][0]["start"] == 10


# ------------------------------------------------------------------ 4. unreadable files

def _damage(sample: Project) -> dict[str, Path]:
    docs = sample.path / "documents"
    cut = docs / "doc-3.json"
    cut.write_bytes(cut.read_bytes()[:40])
    bad = docs / "doc-4.json"
    bad.write_bytes(bad.read_bytes().replace("ذكرت".encode(), b"\xff", 1))
    newer = sample.document_path("doc 2/crlf")
    data = json.loads(newer.read_text(encoding="utf-8"))
    data["schema_version"] = 2
    newer.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    dup = docs / "zz-copy.json"
    dup.write_bytes((docs / "doc-1.json").read_bytes())
    return {"cut": cut, "bad": bad, "newer": newer, "dup": dup}


def test_every_unreadable_document_is_named_and_export_refuses(sample: Project,
                                                               tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]
                                                               ) -> None:
    files = _damage(sample)
    project = Project.open(sample.path, annotator="tester")
    ids = [e.id for e in project.documents()]
    assert set(project.unreadable) == set(files.values())
    assert "should be stored as doc-1.json" in project.unreadable[files["dup"]]
    assert "newer version" in project.unreadable[files["newer"]]
    assert "doc-1" in ids and len(ids) == len(set(ids))
    out = tmp_path / "x.jsonl"
    with pytest.raises(ProjectError, match="--skip-unreadable"):
        export_project(project, "jsonl", out, ExportOptions(documents="all"))
    assert not out.exists()
    status, _, err = run(capsys, "export", sample.path, "--format", "jsonl", "--out", out,
                         "--documents", "all", "--annotator", "tester")
    assert status == 1 and not out.exists()
    for path in files.values():
        assert f"cannot read {path}" in err
    status, stdout, err = run(capsys, "export", sample.path, "--format", "jsonl", "--out", out,
                              "--documents", "all", "--annotator", "tester",
                              "--skip-unreadable")
    assert status == 0 and out.exists() and f"cannot read {files['cut']}" in err
    status, stdout, err = run(capsys, "stats", sample.path)
    assert status == 0 and f"cannot read {files['bad']}" in err


@pytest.mark.parametrize("damage", ["cut", "lone surrogate"])
def test_an_unreadable_annotation_file_is_named_not_shown_as_new(sample: Project,
                                                                 tmp_path: Path,
                                                                 damage: str) -> None:
    path = sample.annotations_path("doc-1")
    if damage == "cut":
        path.write_bytes(path.read_bytes()[:-30])
    else:  # found by the stored-reader test: a hand-edited label "\ud800" crashed exports
        data = json.loads(path.read_text(encoding="utf-8"))
        data["spans"][0]["label"] = "\ud800"
        path.write_text(json.dumps(data), encoding="utf-8")
    project = Project.open(sample.path, annotator="tester")
    project.documents()
    assert path in project.unreadable
    if damage == "lone surrogate":
        assert "lone surrogate (U+D800)" in project.unreadable[path]
    for fmt, out in (("jsonl", "x.jsonl"), ("conll", "c"), ("hf", "h")):
        with pytest.raises(ProjectError, match="cannot be read"):
            export_project(project, fmt, tmp_path / out, ExportOptions())


# ------------------------------------------------------------------ 6. new and .gitignore

def test_new_merges_into_an_existing_gitignore(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "existing"
    folder.mkdir()
    (folder / ".gitignore").write_text("*.pyc\n.cache/", encoding="utf-8")
    status, _, _ = run(capsys, "new", folder)
    assert status == 0
    lines = (folder / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ["*.pyc", ".cache/"]
    assert lines.count(".cache/") == 1 and ".annotator.lock" in lines


def test_new_refuses_a_folder_inside_another_project(sample: Project,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A project made in annotations/nested/ read as an annotator "nested" of the outer one,
    whose validation then failed."""
    before = sorted(sample.path.rglob("*"))
    status, _, err = run(capsys, "new", sample.path / "annotations" / "nested")
    assert status == 1 and f"inside the project {sample.path}" in err
    assert sorted(sample.path.rglob("*")) == before


# ------------------------------------------------------------------ 9. links out of the project

@pytest.mark.parametrize("linked", ["annotations/tester", ".cache"])
def test_writes_never_follow_a_link_out_of_the_project(project: Project, tmp_path: Path,
                                                       linked: str) -> None:
    project.add_document(Document(id="d", text=TEXT))
    outside = tmp_path / "outside"
    outside.mkdir()
    link = project.path / linked
    if link.exists():
        link.rmdir()
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(outside, target_is_directory=True)
    fresh = Project.open(project.path, annotator="tester")
    doc = fresh.load_document("d")
    if linked == ".cache":
        fresh.invalidate_index()
        assert [e.id for e in fresh.documents()] == ["d"]  # still lists, writes no cache
    else:
        with pytest.raises(WriteError, match="symbolic link leads outside"):
            fresh.save_annotations(fresh.load_annotations(doc))
    assert os.listdir(outside) == []


# ------------------------------------------------------------------ 8. a killed gold import

def test_gold_import_writes_the_schema_before_records_with_new_labels(
        project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.formats.exchange import import_annotated
    text = TEXT
    record = {"id": "g1", "text": text, "spans": [
        {"id": "s1", "start": 4, "end": 13, "label": "SOURCE_ORG", "text": text[4:13]}]}
    src = tmp_path / "gold.jsonl"
    src.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    on_disk: list[list[str]] = []
    save = Project.save_annotations

    def killed_after_write(self: Project, ann: object) -> None:
        save(self, ann)  # type: ignore[arg-type]
        on_disk.append([lab["name"] for lab in json.loads(
            (self.path / "project.json").read_text(encoding="utf-8"))["schema"]["span_labels"]])
        raise KeyboardInterrupt  # killed right after the record was stored

    monkeypatch.setattr(Project, "save_annotations", killed_after_write)
    with pytest.raises(KeyboardInterrupt):
        import_annotated(project, src, "gold")
    assert "SOURCE_ORG" in on_disk[0]
    monkeypatch.undo()
    from annotator.formats.validate import validate
    assert validate(project.path).problems == []


# ------------------------------------------------------------------ 17. file modes

_MODES = """
import os, sys
from pathlib import Path
from annotator.formats.export import ExportOptions, export_project
from tests import export_sample
out = Path(sys.argv[1])
project = export_sample.build(out / "p")
export_project(project, "jsonl", out / "x.jsonl", ExportOptions())
export_project(project, "hf", out / "hf", ExportOptions())
os.chmod(project.path / "project.json", 0o644)
project.save_project()
"""


def test_files_and_folders_follow_the_umask(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import REPO
    subprocess.run([sys.executable, "-c", _MODES, str(tmp_path)], check=True, cwd=REPO,
                   env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120,
                   preexec_fn=lambda: os.umask(0o002))  # a team sharing a folder
    project = tmp_path / "p"
    for path in (project / "documents" / "doc-1.json", project / "annotations" / "tester" /
                 "doc-1.json", project / ".gitignore", tmp_path / "x.jsonl"):
        assert path.stat().st_mode & 0o777 == 0o664, path
    assert (tmp_path / "hf").stat().st_mode & 0o777 == 0o775
    # A file someone made readable to all keeps its mode when saved again.
    assert (project / "project.json").stat().st_mode & 0o777 == 0o644


# ------------------------------------------------------------------ 16. temporary files

def test_a_writer_removes_temporaries_of_dead_runs_and_validate_names_the_rest(
        project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.add_document(Document(id="d", text=TEXT))
    docs = project.path / "documents"
    dead = docs / ".d.json.999999999.x1y2.tmp"  # no process has this id
    dead.write_text("half")
    alive = docs / f".d.json.{os.getppid()}.z9.tmp"  # its writer still runs
    foreign = docs / ".notes.tmp"  # not ours: never removed, only named
    for path in (alive, foreign):
        path.write_text("x")
    status, out, _ = run(capsys, "validate", project.path)
    assert status == 0
    for path in (dead, alive, foreign):
        assert f"note: {path}" in out
    project.lock()
    project.close()
    assert not dead.exists() and alive.exists() and foreign.exists()


# ------------------------------------------------------------------ JSON Lines, one record a line

BREAKS = "\u0085\u2028\u2029"  # line breaks JSON leaves raw in strings


@pytest.mark.parametrize(("fmt", "files"), [("jsonl", ["x.jsonl"]), ("doccano", ["x.jsonl"]),
                                            ("hf", ["x/spans/all.jsonl", "x/tokens/all.jsonl"])])
def test_json_lines_exports_keep_one_record_a_line_for_every_reader(
        tmp_path: Path, fmt: str, files: list[str]) -> None:
    """Found by the fuzz suite: a title holding U+0085 made str.splitlines() cut a record."""
    project = Project.create(tmp_path / "p", annotator="tester")
    text = f"قال مصدر{BREAKS[1]}إن الجيش{BREAKS[2]}تقدم{BREAKS[0]}نحو الحدود."
    project.add_document(Document(id="d1", text=text, meta={"title": f"a{BREAKS}b"}))
    target = tmp_path / ("x" if fmt == "hf" else "x.jsonl")
    export_project(project, fmt, target, ExportOptions(documents="all"))
    for name in files:
        content = (tmp_path / name).read_text(encoding="utf-8")
        assert not any(c in content for c in BREAKS)
        records = [json.loads(line) for line in content.splitlines()]
        assert len(records) == content.count("\n")
        if name.endswith(("x.jsonl", "spans/all.jsonl")):
            assert records[0]["text"] == text


@pytest.mark.parametrize("args", [["new", ""], ["import", "{p}", ""], ["import", " ", "x.txt"],
                                  ["export", "{p}", "--format", "jsonl", "--out", ""],
                                  ["replace-text", "{p}", "doc-1", ""]])
def test_an_empty_path_argument_is_refused_not_taken_for_the_current_folder(
        sample: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    """`annotator new ""` (an unset variable) made the current folder a project, and
    `annotator import p ""` read the current folder whole."""
    here = tmp_path / "here"
    here.mkdir()
    (here / "notes.txt").write_text("ملاحظات", encoding="utf-8")
    monkeypatch.chdir(here)
    before = {p.name for p in sample.path.joinpath("documents").iterdir()}
    status, _, err = run(capsys, *[a.replace("{p}", str(sample.path)) for a in args])
    assert status == 2 and "is empty (an unset variable?)" in err
    assert sorted(p.name for p in here.iterdir()) == ["notes.txt"]
    assert {p.name for p in sample.path.joinpath("documents").iterdir()} == before
