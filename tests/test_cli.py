"""The ``annotator`` command run as a user would: a subprocess, hostile input, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator.core.edits import AddRelation, AddSpan, apply_edit, make_relation, make_span
from annotator.core.model import Document
from annotator.formats.project import Project
from tests.conftest import REPO

TEXT = "قال مصدر أمني إن الجيش الجزائري تقدم نحو الحدود."


def ok(result: subprocess.CompletedProcess[str], status: int = 0) -> subprocess.CompletedProcess:
    """Assert the exit status and that no traceback reached the user."""
    assert result.returncode == status, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    return result


def _one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines and lines[-1].startswith("annotator: error: "), result.stderr
    return lines[-1]


def test_new_import_validate_stats_on_hostile_input(cli, tmp_path):
    proj = tmp_path / "proj"
    ok(cli("new", proj))
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode() + b"\r\nsecond\rthird")
    (src / "arabic_cp1256.txt").write_bytes("قال الناطق باسم الحكومة".encode("cp1256"))
    (src / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (src / "empty.txt").write_bytes(b"")
    records = [{"id": "../../x", "text": "نص"}, {"id": "/abs/path", "text": "نص"},
               {"id": "CON", "text": "نص"}, {"id": "good", "text": "dup of a file"},
               {"id": "CON", "text": "dup in the file"}]
    (src / "r.jsonl").write_text("\n".join(json.dumps(r) for r in records)
                                 + "\n{broken\n" + json.dumps({"id": 3, "text": "x"}) + "\n",
                                 encoding="utf-8")
    result = ok(cli("import", proj, src))
    assert result.stdout.strip() == "4 documents imported, 7 skipped"
    err = result.stderr
    assert "arabic_cp1256.txt: not UTF-8: looks like Windows-1256; convert it to UTF-8 " \
           "(e.g. iconv -f cp1256 -t utf-8)" in err
    assert "binary.txt: binary file" in err
    assert "empty.txt: empty file" in err
    assert "r.jsonl:4: duplicate id 'good'" in err
    assert "r.jsonl:5: duplicate id 'CON'" in err
    assert "r.jsonl:6: malformed JSON" in err
    assert "r.jsonl:7: 'id' must be a string" in err
    assert not (tmp_path / "x").exists() and not Path("/abs/path").exists()
    stored = sorted(p.name for p in (proj / "documents").iterdir())
    assert all("/" not in n and n.endswith(".json") for n in stored) and len(stored) == 4
    assert Project.open(proj).load_document("good").text == TEXT + "\nsecond\nthird"

    result = ok(cli("validate", proj))
    assert result.stdout.strip() == "OK: 4 documents, 0 annotation files"
    result = ok(cli("stats", proj))
    assert "4 documents" in result.stdout and "new=4" in result.stdout


def _annotated_project(path: Path, text: str = TEXT) -> tuple[Project, list]:
    project = Project.create(path, annotator="tester")
    doc = Document(id="d1", text=text)
    project.add_document(doc)
    ann = project.load_annotations(doc)
    claim = make_span(text, 17, 47, "CLAIM", origin="t", attributes={"certainty": "PR+"})
    actor = make_span(text, 4, 13, "ACTOR", origin="t")
    cue = make_span(text, 0, 3, "CUE", origin="t")
    for span in (claim, actor, cue):
        apply_edit(text, ann, AddSpan(span), project.schema)
    apply_edit(text, ann, AddRelation(make_relation("SOURCE", claim, actor, origin="t")),
               project.schema)
    project.save_annotations(ann)
    return project, [claim, actor, cue]


def test_stats_counts_spans_and_shapes_arabic_only_on_request(cli, tmp_path):
    project, _ = _annotated_project(tmp_path / "p")
    ann = project.load_annotations(project.load_document("d1"))
    project.add_document(Document(id="d2", text=TEXT))  # the same article twice
    ann.document_id = "d2"
    project.save_annotations(ann)
    plain = ok(cli("stats", tmp_path / "p", "--annotator", "tester")).stdout
    assert "ACTOR: 2  (accepted=2)" in plain and "SOURCE: 2" in plain
    assert "most frequent: مصدر أمني ×2" in plain  # logical order by default
    shaped = ok(cli("stats", tmp_path / "p", "--shape")).stdout
    assert "مصدر أمني" not in shaped  # presentation forms in visual order
    assert "\ufe8e" in shaped or any("\ufb50" <= c <= "\ufefc" for c in shaped)
    # stored data is untouched by display shaping
    assert Project.open(tmp_path / "p").load_document("d1").text == TEXT


def test_validate_reports_a_wrong_hash_and_a_bad_span(cli, tmp_path):
    project, _ = _annotated_project(tmp_path / "p")
    path = project.annotations_path("d1")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["spans"][0]["label"] = "WEAPON"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = ok(cli("validate", tmp_path / "p"), 1)
    assert f"{path}: span" in result.stdout and "label 'WEAPON' is not in the schema" \
        in result.stdout

    data["text_sha256"] = "0" * 64
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = ok(cli("validate", tmp_path / "p"), 1)
    assert f"{path}: made on a different text of document 'd1'" in result.stdout
    assert "annotator reattach" in result.stdout
    assert "1 problem found" in result.stderr


@pytest.mark.parametrize("setup, expected", [
    (lambda p: p.write_text("not a folder"), "is not a folder"),
    (lambda p: p.mkdir(), "is not a project"),
    (lambda p: (p.mkdir(), (p / "project.json").write_text("{oops")), "not valid JSON"),
    (lambda p: (p.mkdir(), (p / "project.json").write_text('{"schema_version": 99}')),
     "newer version"),
    (lambda p: (p.mkdir(), (p / "project.json").write_text('{"schema": {"span_labels": 3}}')),
     "span_labels"),
])
def test_broken_projects_give_one_clear_line(cli, tmp_path, setup, expected):
    proj = tmp_path / "p"
    setup(proj)
    # Issue 14: `open` on a damaged project.json shows it in a dialog and opens the rest
    # read-only (tests/test_ui_harden.py); only a folder that is no project stays an error here.
    gui = [["open", proj]] if expected in ("is not a folder", "is not a project") else []
    for args in (["import", proj, tmp_path], ["stats", proj], ["reattach", proj, "d"], *gui):
        result = ok(cli(*args), 1)
        assert expected in _one_error_line(result)
    result = ok(cli("validate", proj), 1)
    assert expected in result.stdout


def test_usage_errors_exit_2(cli, tmp_path):
    result = ok(cli("import"), 2)
    assert "annotator import: error:" in result.stderr or "usage:" in result.stderr
    result = ok(cli("import", tmp_path, tmp_path, "--format", "xml"), 2)
    assert "invalid choice" in result.stderr
    result = ok(cli("frobnicate"), 2)


def test_new_with_schema_file(cli, tmp_path):
    schema = {"span_labels": [{"name": "PERSON", "colour": "#ff0000", "key": "1"},
                              {"name": "مكان", "colour": "#00ff00", "key": "2"}]}
    (tmp_path / "schema.json").write_text(json.dumps(schema, ensure_ascii=False),
                                          encoding="utf-8")
    result = ok(cli("new", tmp_path / "p", "--schema", tmp_path / "schema.json"))
    assert "PERSON, مكان" in result.stdout
    assert Project.open(tmp_path / "p").schema.label_names == ["PERSON", "مكان"]
    result = ok(cli("new", tmp_path / "p"), 1)
    assert "already holds a project" in _one_error_line(result)

    (tmp_path / "bad.json").write_text('{"span_labels": [{"name": "A", "key": "1"}, '
                                       '{"name": "A", "key": "1"}]}')
    result = ok(cli("new", tmp_path / "q", "--schema", tmp_path / "bad.json"), 1)
    assert "not a valid label schema" in _one_error_line(result)
    assert not (tmp_path / "q").exists()
    result = ok(cli("new", tmp_path / "q", "--schema", tmp_path / "missing.json"), 1)
    assert "missing.json" in _one_error_line(result)


def test_reattach_relocates_spans_and_keeps_what_it_cannot_place(cli, tmp_path):
    project, (claim, actor, cue) = _annotated_project(tmp_path / "p")
    ann_path = project.annotations_path("d1")
    # The document is re-imported with a new first line, and without the cue word.
    new_text = "عاجل\n" + TEXT.replace("قال ", "وأضاف ")
    project.add_document(Document(id="d1", text=new_text), replace=True)
    result = ok(cli("validate", tmp_path / "p"), 1)
    assert "different text" in result.stdout

    result = ok(cli("reattach", tmp_path / "p", "d1"))
    assert "2 of 3 spans placed" in result.stdout and "1 spans" in result.stdout
    backups = list(ann_path.parent.glob("d1.json.bak-*"))
    assert len(backups) == 1
    sidecar = ann_path.with_name("d1.json.unplaced.json")
    unplaced = json.loads(sidecar.read_text(encoding="utf-8"))
    assert [s["text"] for s in unplaced["spans"]] == ["قال"]

    again = Project.open(tmp_path / "p", annotator="tester")
    ann = again.load_annotations(again.load_document("d1"))
    for span in ann.spans.values():
        assert new_text[span.start:span.end] == span.text
    assert {s.text for s in ann.spans.values()} == {claim.text, actor.text}
    assert len(ann.relations) == 1
    ok(cli("validate", tmp_path / "p"))  # backups and sidecars are not annotation files
    result = ok(cli("reattach", tmp_path / "p", "d1"))
    assert "nothing to do" in result.stdout
    result = ok(cli("reattach", tmp_path / "p", "nope"), 1)
    assert "no document 'nope'" in _one_error_line(result)


def test_lock_is_exclusive_across_processes(cli, tmp_path):
    project = Project.create(tmp_path / "p")
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    project.lock()
    try:
        result = ok(cli("import", tmp_path / "p", tmp_path / "a.txt"), 1)
        assert "open in another annotator instance" in _one_error_line(result)
        code = textwrap.dedent(f"""
            from annotator.formats.errors import LockError
            from annotator.formats.project import Project
            try:
                Project.open({str(tmp_path / "p")!r}).lock()
            except LockError as err:
                print("LockError:", err)
            else:
                print("acquired")
        """)
        other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                               cwd=REPO, timeout=60)
        assert other.stdout.startswith("LockError:"), other.stdout + other.stderr
    finally:
        project.close()
    ok(cli("import", tmp_path / "p", tmp_path / "a.txt"))  # released: works now
    assert not (tmp_path / "p" / ".annotator.lock").exists()


def test_export_checks_its_options_and_says_when_it_is_missing(cli, tmp_path):
    Project.create(tmp_path / "p")
    result = cli("export", tmp_path / "p", "--format", "jsonl", "--out", tmp_path / "o",
                 "--split", "0.5,0.6")
    assert "--split '0.5,0.6'" in _one_error_line(ok(result, 1))
    result = cli("export", tmp_path / "p", "--format", "jsonl", "--out", tmp_path / "o",
                 "--labels", "ACTOR,WEAPON")
    assert "WEAPON not in the project's schema" in _one_error_line(ok(result, 1))
    result = ok(cli("export", tmp_path / "missing", "--format", "jsonl", "--out",
                    tmp_path / "o"), 1)
    assert "is not a folder" in _one_error_line(result)


def test_open_fails_clearly_without_starting_qt(cli, tmp_path):
    result = ok(cli("open", tmp_path / "nowhere"), 1)
    assert "is not a folder" in _one_error_line(result)


def test_no_arguments_opens_the_sample_project(tmp_path, monkeypatch, capsys):
    import types

    import annotator.cli as cli_module
    opened = []
    fake_gui = types.ModuleType("annotator.ui.app")
    fake_gui.main = lambda path: opened.append(path) or 0
    monkeypatch.setitem(sys.modules, "annotator.ui.app", fake_gui)
    # Issue 14: the first run copies the installed sample to the user's data folder and opens
    # the copy; later runs open that same copy (the user's work in it is kept).
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(tmp_path / "data"))
    installed = Project.create(tmp_path / "sample")
    (installed.path / ".cache").mkdir()
    monkeypatch.setattr(cli_module, "SAMPLE_PROJECT", tmp_path / "sample")
    copy = tmp_path / "data" / "sample"
    assert cli_module.main([]) == 0
    assert (copy / "project.json").read_bytes() == (installed.path / "project.json").read_bytes()
    assert not (copy / ".cache").exists()
    (copy / "mine.txt").write_text("kept")
    assert cli_module.main([]) == 0 and (copy / "mine.txt").exists()
    assert cli_module.main(["open", str(tmp_path / "sample")]) == 0
    assert opened == [copy, copy, tmp_path / "sample"]
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(tmp_path / "fresh"))
    monkeypatch.setattr(cli_module, "SAMPLE_PROJECT", tmp_path / "gone")
    assert cli_module.main([]) == 1
    assert "sample project was not found" in capsys.readouterr().err
    assert len(opened) == 3


def test_sample_project_is_resolved_next_to_the_package():
    from annotator.cli import SAMPLE_PROJECT
    assert SAMPLE_PROJECT == REPO / "projects" / "sample"


def test_main_returns_status_codes_in_process(tmp_path, capsys):
    from annotator.cli import main
    assert main(["new", str(tmp_path / "p")]) == 0
    assert main(["validate", str(tmp_path / "p")]) == 0
    assert "OK: 0 documents" in capsys.readouterr().out
    assert main(["stats"]) == 2
    assert main(["validate", str(tmp_path / "nothing")]) == 1


class _Tty:
    """A stderr stand-in that says it is a terminal."""

    def __init__(self) -> None:
        self.text = ""

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> None:
        self.text += text

    def flush(self) -> None:
        pass


def test_progress_shows_only_on_a_terminal_and_for_big_jobs():
    from annotator.cli import TerminalProgress
    tty = _Tty()
    small = TerminalProgress("importing", tty)
    for i in range(1, 11):
        small(i, 10)
    small.finish()
    assert tty.text == ""
    big = TerminalProgress("importing", tty)
    for i in range(1, 201):
        big(i, 200)
    big.finish()
    assert tty.text.startswith("\rimporting 1/200") and tty.text.endswith("\rimporting 200/200\n")


def test_import_of_many_files_shows_progress_on_a_terminal(tmp_path, monkeypatch, capsys):
    from annotator.cli import main
    for i in range(60):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"{i:03}.txt").write_text(f"خبر {i}", encoding="utf-8")
    Project.create(tmp_path / "p")
    tty = _Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    assert main(["import", str(tmp_path / "p"), str(tmp_path / "in")]) == 0
    assert "importing 60/60\n" in tty.text
    assert capsys.readouterr().out.strip() == "60 documents imported, 0 skipped"


def test_unexpected_failures_are_one_line_asking_for_a_report(tmp_path, monkeypatch, capsys):
    import annotator.cli as cli_module
    Project.create(tmp_path / "p")

    def boom(args):
        raise RuntimeError("index out of luck")

    monkeypatch.setattr(cli_module, "cmd_stats", boom)
    assert cli_module.main(["stats", str(tmp_path / "p")]) == 1
    err = capsys.readouterr().err
    assert err == "annotator: error: unexpected RuntimeError: index out of luck " \
                  "(please report this)\n"


def test_import_exit_status_is_1_when_nothing_could_be_imported(cli, tmp_path):
    ok(cli("new", tmp_path / "p"))
    (tmp_path / "empty.txt").write_bytes(b"")
    result = ok(cli("import", tmp_path / "p", tmp_path / "empty.txt"), 1)
    assert result.stdout.strip() == "0 documents imported, 1 skipped"
    result = ok(cli("new", tmp_path / "empty.txt" / "sub"), 1)
    assert "empty.txt" in _one_error_line(result)


def test_a_full_disk_stops_the_import_and_says_how_far_it_got(tmp_path, monkeypatch, capsys):
    from annotator.cli import main
    from annotator.formats.errors import WriteError
    Project.create(tmp_path / "p")
    for name in ("a", "b"):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"{name}.txt").write_text("نص", encoding="utf-8")
    real = Project.add_document

    def add(self, doc, **kwargs):
        if doc.id == "b":
            raise WriteError(self.document_path(doc.id), "No space left on device")
        real(self, doc, **kwargs)

    monkeypatch.setattr(Project, "add_document", add)
    assert main(["import", str(tmp_path / "p"), str(tmp_path / "in")]) == 1
    err = capsys.readouterr().err
    assert "stopped after 1 document imported" in err
    assert err.strip().endswith("No space left on device")
    assert not (tmp_path / "p" / ".annotator.lock").exists()
