"""Issue 14, locks: a full disk, a reused pid, two writers at once, a read-only folder."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator.formats.errors import LockError
from annotator.formats.lock import LOCK_NAME, ReadOnlyProjectError, process_start
from annotator.formats.project import Project
from tests.conftest import REPO


def test_an_empty_or_garbled_lock_nobody_holds_is_stale(project: Project) -> None:
    for leftover in (b"", b"{\"host\": ", b"\xff\xfe"):
        (project.path / LOCK_NAME).write_bytes(leftover)
        project.lock()
        owner = json.loads((project.path / LOCK_NAME).read_text(encoding="utf-8"))
        assert owner["pid"] == os.getpid()
        project.close()
        assert not (project.path / LOCK_NAME).exists()


def test_a_lock_whose_pid_now_belongs_to_another_process_is_stale(project: Project) -> None:
    parent = os.getppid()  # alive, but not the process that wrote the lock
    started = process_start(parent)
    if started is None:
        pytest.skip("no /proc here: process start times are unknown")
    record = {"host": socket.gethostname(), "pid": parent, "started": started + 1,
              "since": "2026-01-01T00:00:00Z"}
    (project.path / LOCK_NAME).write_text(json.dumps(record), encoding="utf-8")
    project.lock()
    project.close()
    # The same pid with its true start time is a live owner: refused, and named.
    record["started"] = started
    (project.path / LOCK_NAME).write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(LockError, match=f"process {parent} "):
        project.lock()


_RACER = textwrap.dedent("""
    import sys, time
    from annotator.formats.errors import LockError
    from annotator.formats.project import Project
    project = Project.open(sys.argv[1])
    start = float(sys.argv[2])
    while time.time() < start:
        pass
    try:
        project.lock()
    except LockError:
        print("refused", flush=True)
    else:
        print("held", flush=True)
        sys.stdin.read()  # keep it until the test has counted
""")


def test_two_writers_on_a_stale_lock_never_both_hold_it(project: Project) -> None:
    import time
    stale = {"host": socket.gethostname(), "pid": 2 ** 22 + 7, "since": "then"}
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for _ in range(3):
        (project.path / LOCK_NAME).write_text(json.dumps(stale), encoding="utf-8")
        start = time.time() + 1.0
        racers = [subprocess.Popen([sys.executable, "-c", _RACER, str(project.path), str(start)],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                   env=env) for _ in range(4)]
        answers = [r.stdout.readline().strip() for r in racers]
        for r in racers:
            r.communicate("", timeout=60)
        assert sorted(answers) == ["held", "refused", "refused", "refused"], answers


def test_a_second_writer_is_told_plainly_and_writes_nothing(project: Project, tmp_path: Path,
                                                            cli) -> None:
    project.lock()  # as the GUI does for as long as it runs
    try:
        (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
        result = cli("import", project.path, tmp_path / "a.txt")
        assert result.returncode == 1
        assert f"open in another annotator instance (process {os.getpid()} on " \
               f"{socket.gethostname()}" in result.stderr
        assert "Traceback" not in result.stderr
        assert [e.id for e in Project.open(project.path).documents()] == []
    finally:
        project.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_refuses_the_lock_as_read_only(project: Project) -> None:
    os.chmod(project.path, 0o555)
    try:
        with pytest.raises(ReadOnlyProjectError, match="read-only"):
            project.lock()
    finally:
        os.chmod(project.path, 0o755)


_FORKING_OWNER = textwrap.dedent("""
    import os, sys
    from annotator.formats.project import Project
    Project.open(sys.argv[1]).lock()
    child = os.fork()
    if child == 0:  # a forked worker: it lives on until the test closes its stdin
        sys.stdin.read()
        os._exit(0)
    print(child, flush=True)
    os._exit(0)  # the owner dies without releasing the lock, as under kill -9
""")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
def test_a_forked_worker_outliving_its_killed_owner_does_not_hold_the_lock(
        project: Project) -> None:
    """Export workers are forked where that is safe; the kernel lock belongs to the open
    file, which a fork shares, so a child closes its copy at once (else the project would
    stay locked until every orphaned worker noticed its parent was gone)."""
    owner = subprocess.Popen([sys.executable, "-c", _FORKING_OWNER, str(project.path)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        worker = int(owner.stdout.readline())
        assert owner.wait(timeout=60) == 0
        os.kill(worker, 0)  # the worker still runs
        project.lock()  # and the dead owner's lock is stale
        project.close()
    finally:
        owner.stdin.close()


_TRY_LOCK = textwrap.dedent("""
    import sys
    from annotator.formats.errors import LockError
    from annotator.formats.project import Project
    project = Project.open(sys.argv[1])
    try:
        project.lock()
    except LockError:
        print("refused")
    else:
        print("taken")
        project.close()
""")


def _other_process_gets_the_lock(path: Path) -> bool:
    out = subprocess.run([sys.executable, "-c", _TRY_LOCK, str(path)], capture_output=True,
                         text=True, cwd=REPO, check=True).stdout.strip()
    return out == "taken"


def test_two_projects_of_one_process_keep_the_lock_until_the_last_lets_go(project: Project
                                                                          ) -> None:
    """The GUI opening the project it shows (Open, Recent projects) holds two Projects of it
    for a moment, then closes the first: the second must still hold the lock."""
    first, second = Project.open(project.path), Project.open(project.path / ".." /
                                                             project.path.name)
    first.lock()
    second.lock()
    first.close()
    assert (project.path / LOCK_NAME).exists()
    assert not _other_process_gets_the_lock(project.path)
    second.close()
    assert not (project.path / LOCK_NAME).exists()
    assert _other_process_gets_the_lock(project.path)


def test_a_lock_taken_right_now_is_described_by_its_owner_once_written(project: Project
                                                                       ) -> None:
    """Two commands starting together: the second used to say "being opened right now, try
    again in a moment" when the first had the lock but had not written its name yet."""
    import threading

    fcntl = pytest.importorskip("fcntl")

    fd = os.open(project.path / LOCK_NAME, os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # taken, not written yet
    owner = {"host": socket.gethostname(), "pid": 4242, "since": "now"}
    writer = threading.Timer(0.05, lambda: os.pwrite(fd, json.dumps(owner).encode(), 0))
    second = Project.open(project.path)  # opened first: the lock is tried at once
    writer.start()
    try:
        with pytest.raises(LockError, match=r"open in another annotator instance "
                                            r"\(process 4242 on "):
            second.lock()
    finally:
        writer.join()
        os.close(fd)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_closing_its_copy_of_the_project_leaves_the_lock_alone(
        project: Project) -> None:
    project.lock()
    try:
        pid = os.fork()
        if pid == 0:  # the child: its copy of the Project lets go, as a worker's cleanup would
            try:
                project.close()
            finally:
                os._exit(0)
        os.waitpid(pid, 0)
        assert (project.path / LOCK_NAME).exists()
        assert not _other_process_gets_the_lock(project.path)
    finally:
        project.close()
    assert _other_process_gets_the_lock(project.path)
