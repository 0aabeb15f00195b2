"""Fault suite (issue 14): kill -9 at random points, a full disk, a read-only project, two writers.

After every fault ``validate`` passes and nothing that was saved is lost.
Loops are short by default so that the whole test suite stays quick;
``ANNOTATOR_FAULT_LOOPS=50`` runs each kill loop fifty times.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.core.model import Document, Status
from annotator.formats.errors import LockError, WriteError
from annotator.formats.lock import ReadOnlyProjectError
from annotator.formats.project import Project
from annotator.formats.validate import validate
from tests.conftest import REPO

LOOPS = int(os.environ.get("ANNOTATOR_FAULT_LOOPS", "3"))
TEXT = "قال مصدر أمني إن الجيش الجزائري تقدم نحو الحدود مع ليبيا."
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and mounts")


def _env() -> dict[str, str]:
    return {**os.environ, "ANNOTATOR": "tester", "PYTHONPATH": str(REPO),
            "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}


def _start(*args: str | Path) -> subprocess.Popen[str]:
    """The annotator command in its own session (so its workers can be found after a kill)."""
    return subprocess.Popen([sys.executable, "-m", "annotator", *map(str, args)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env=_env(), start_new_session=True)


def _wait_for(condition: Callable[[], bool], timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not condition():
        if time.monotonic() > deadline:
            return False
        pause.wait(0.02)
    return True


def _session_members(sid: int) -> list[int]:
    """Live processes of session ``sid`` (zombies, dead but not yet reaped, left out)."""
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", "rb") as handle:
                    fields = handle.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == sid and fields[0] != b"Z":
                found.append(int(name))
    return found


def _kill_at_random(proc: subprocess.Popen[str], rng: random.Random, longest: float) -> bool:
    """Let ``proc`` run a random while, then kill -9 it; True if it was killed, not finished."""
    try:
        proc.wait(timeout=rng.uniform(0.0, longest))
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True
    finally:
        if proc.stderr is not None:
            proc.stderr.close()


def _no_problems(path: Path) -> None:
    result = validate(path)
    assert result.problems == [], [str(p) for p in result.problems]


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*.json")) if ".cache" not in p.parts}


# ------------------------------------------------------------------ kill -9 loops

def test_kill_import_keeps_what_was_imported(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p", annotator="tester")
    src = tmp_path / "in"
    src.mkdir()
    for i in range(150):
        (src / f"doc{i:03}.txt").write_text(f"{TEXT} {i}", encoding="utf-8")
    rng = random.Random(14)
    seen: set[str] = set()
    for _ in range(LOOPS):
        _kill_at_random(_start("import", project.path, src), rng, 1.5)
        _no_problems(project.path)
        now = {e.id for e in Project.open(project.path).documents()}
        assert seen <= now  # nothing imported earlier is lost
        seen = now
    finished = _start("import", project.path, src)
    finished.wait(timeout=120)
    _no_problems(project.path)
    assert len(Project.open(project.path).documents()) == 150


def test_kill_export_leaves_project_and_target_whole_and_no_workers(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from synthetic import make_project
    finally:
        sys.path.remove(str(REPO / "bench"))
    project = make_project(tmp_path / "big", 1000, 4, 300, annotator="tester")
    before = _digest(project.path)
    out = tmp_path / "out.jsonl"
    rng = random.Random(16)
    for _ in range(LOOPS):
        proc = _start("export", project.path, "--format", "jsonl", "--out", out,
                      "--documents", "all")
        sid = proc.pid
        _wait_for(lambda p=proc: len(_session_members(p.pid)) > 1 or p.poll() is not None)
        _kill_at_random(proc, rng, 1.0)
        # Workers notice their parent is gone and exit (issue 14 item 16).
        assert _wait_for(lambda s=sid: not _session_members(s), timeout=20), \
            _session_members(sid)
        assert _digest(project.path) == before
        if out.exists():  # a previous export finished: it is whole
            lines = out.read_text(encoding="utf-8").splitlines()
            assert len(lines) == 1000 and all(json.loads(line) for line in lines)
    finished = _start("export", project.path, "--format", "jsonl", "--out", out,
                      "--documents", "all")
    assert finished.wait(timeout=120) == 0
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith((".tmp", ".old"))]
    assert leftovers == []  # the finished export removed what killed ones left


def test_kill_suggest_never_loses_accepted_spans(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p", annotator="tester")
    from annotator.core.edits import AddSpan, apply_edit, make_span
    for i in range(60):
        doc = Document(id=f"d{i:02}", text=TEXT)
        project.add_document(doc)
        ann = project.load_annotations(doc)
        apply_edit(TEXT, ann, AddSpan(make_span(TEXT, 17, 22, "ACTOR", origin="manual")))
        project.save_annotations(ann)
    accepted = _accepted(project)
    rng = random.Random(15)
    for _ in range(LOOPS):
        _kill_at_random(_start("suggest", project.path, "--with", "dictionary"), rng, 1.5)
        _no_problems(project.path)
        assert _accepted(Project.open(project.path, annotator="tester")) == accepted


def _accepted(project: Project) -> dict[str, set[tuple[int, int, str]]]:
    out = {}
    for entry in project.documents():
        ann = project.load_annotations(project.load_document(entry.id))
        out[entry.id] = {(s.start, s.end, s.label) for s in ann.spans.values()
                         if s.status is Status.ACCEPTED}
    return out


def test_kill_reattach_always_leaves_an_annotation_file(tmp_path: Path) -> None:
    from annotator.core.edits import AddSpan, apply_edit, make_span
    rng = random.Random(17)
    for n in range(LOOPS):
        project = Project.create(tmp_path / f"p{n}", annotator="tester")
        doc = Document(id="d", text=TEXT * 40)
        project.add_document(doc)
        ann = project.load_annotations(doc)
        for k in range(0, 40 * len(TEXT), len(TEXT)):
            apply_edit(doc.text, ann, AddSpan(make_span(doc.text, k + 17, k + 22, "ACTOR",
                                                        origin="manual")))
        project.save_annotations(ann)
        project.add_document(Document(id="d", text="عاجل: " + doc.text), replace=True)
        path = project.annotations_path("d")
        _kill_at_random(_start("reattach", project.path, "d"), rng, 0.8)
        assert path.exists()
        again = _start("reattach", project.path, "d")
        assert again.wait(timeout=120) == 0
        _no_problems(project.path)
        spans = json.loads(path.read_text(encoding="utf-8"))["spans"]
        assert len(spans) == 40


_GUI_EDITS = """
import sys
from PySide6.QtWidgets import QApplication
from annotator.core.edits import AddSpan, make_span
from annotator.formats.project import Project
from annotator.ui.session import Session
app = QApplication([])
project = Project.open(sys.argv[1], annotator="tester")
project.lock()
session = Session(project)
session.open_document("d")
text = session.text
count = [0]
def saved(_doc):
    print("saved", count[0], flush=True)
    add()
def add():
    start = count[0] * 7
    session.apply(AddSpan(make_span(text, start, start + 3, "ACTOR", origin="manual")))
    count[0] += 1
session.saved.connect(saved)
add()
app.exec()
"""


def test_kill_gui_autosave_loses_nothing_that_was_saved(tmp_path: Path) -> None:
    words = " ".join(["abc def"] * 200)
    project = Project.create(tmp_path / "p", annotator="tester")
    project.add_document(Document(id="d", text=words))
    rng = random.Random(18)
    path = project.annotations_path("d")
    for _ in range(LOOPS):
        if path.exists():
            path.unlink()
        proc = subprocess.Popen([sys.executable, "-c", _GUI_EDITS, str(project.path)],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                env=_env())
        assert proc.stdout is not None
        wanted = rng.randint(1, 4)
        last = ""
        for _ in range(wanted):
            last = proc.stdout.readline()
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        saved = int(last.split()[1])  # spans the program saw saved
        _no_problems(project.path)
        assert len(json.loads(path.read_text(encoding="utf-8"))["spans"]) >= saved


# ------------------------------------------------------------------ a full disk

def _mount(*args: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path):
    folder = tmp_path / "small"
    folder.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)):
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)


def test_a_full_disk_loses_nothing_and_leaves_no_blocking_lock(small_disk: Path) -> None:
    project = Project.create(small_disk / "p", annotator="tester")
    project.add_document(Document(id="kept", text=TEXT))
    kept = project.document_path("kept").read_bytes()
    filler = small_disk / "filler"
    with pytest.raises(OSError), open(filler, "wb") as handle:
        while True:
            handle.write(b"\0" * 4096)
            handle.flush()
    with pytest.raises(WriteError):
        for i in range(100):
            project.add_document(Document(id=f"more{i}", text=TEXT * 20))
    assert project.document_path("kept").read_bytes() == kept
    try:
        project.lock()
        project.close()
    except LockError:
        pass  # refused cleanly; what matters is that nothing is left that blocks later
    filler.unlink()
    again = Project.open(project.path, annotator="tester")
    again.lock()
    again.add_document(Document(id="after", text=TEXT))
    again.close()
    _no_problems(project.path)


# ------------------------------------------------------------------ a read-only project

@pytest.fixture
def read_only_project(tmp_path: Path):
    project = Project.create(tmp_path / "p", annotator="tester")
    project.add_document(Document(id="d", text=TEXT))
    view = tmp_path / "view"
    view.mkdir()
    if os.geteuid() != 0:
        for path in [project.path, *project.path.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        yield project.path
        for path in [project.path, *project.path.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        return
    if not (_mount("--bind", str(project.path), str(view))
            and _mount("-o", "remount,ro,bind", str(view))):
        subprocess.run(["umount", str(view)], capture_output=True)
        pytest.skip("cannot make a read-only mount here")
    try:
        yield view
    finally:
        subprocess.run(["umount", str(view)], capture_output=True)


def test_a_read_only_project_is_read_and_exported_never_written(read_only_project: Path,
                                                                tmp_path: Path, cli) -> None:
    project = Project.open(read_only_project, annotator="tester")
    assert [e.id for e in project.documents()] == ["d"]
    with pytest.raises(ReadOnlyProjectError, match="read-only"):
        project.lock()
    _no_problems(read_only_project)
    result = cli("export", read_only_project, "--format", "jsonl", "--out",
                 tmp_path / "x.jsonl", "--documents", "all")
    assert result.returncode == 0, result.stderr
    result = cli("import", read_only_project, tmp_path / "x.jsonl")
    assert result.returncode == 1 and "read-only" in result.stderr
    assert "Traceback" not in result.stderr


# ------------------------------------------------------------------ two writers

def test_two_writers_at_once_one_is_told_and_nothing_is_lost(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p", annotator="tester")
    folders = []
    for who in "ab":
        folder = tmp_path / who
        folder.mkdir()
        for i in range(60):
            (folder / f"{who}{i:02}.txt").write_text(f"{TEXT} {who}{i}", encoding="utf-8")
        folders.append(folder)
    procs = [_start("import", project.path, folder) for folder in folders]
    codes = [p.wait(timeout=120) for p in procs]
    errors = [p.stderr.read() if p.stderr else "" for p in procs]
    for p in procs:
        if p.stderr:
            p.stderr.close()
    ids = {e.id for e in Project.open(project.path).documents()}
    for code, err, who in zip(codes, errors, "ab", strict=True):
        mine = {f"{who}{i:02}" for i in range(60)}
        if code == 0:
            assert mine <= ids
        else:
            assert "open in another annotator instance" in err and not mine & ids
    assert 0 in codes
    _no_problems(project.path)
