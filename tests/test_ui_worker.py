"""BackgroundTask: result, failure message, cooperative cancel, progress in the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from annotator.formats.errors import ProjectError
from annotator.ui import worker
from annotator.ui.worker import BackgroundTask


def test_result_and_progress_arrive_in_the_gui_thread(qtbot, qapp) -> None:
    seen: list[tuple[int, int, bool]] = []

    def work(progress) -> str:
        for i in range(1, 4):
            progress(i, 3)
        return "ok"

    task = BackgroundTask(work)
    task.progressed.connect(
        lambda d, t: seen.append((d, t, QThread.currentThread() is qapp.thread())))
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        task.start()
    assert blocker.args == ["ok"]
    assert seen and seen[-1][:2] == (3, 3) and all(s[2] for s in seen)
    qtbot.waitUntil(lambda: not task.is_running)


def test_a_project_error_becomes_its_message(qtbot) -> None:
    def work(progress) -> None:
        raise ProjectError("cannot write /nowhere: permission denied")

    task = BackgroundTask(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert blocker.args == ["cannot write /nowhere: permission denied"]


def test_cancel_stops_the_work_at_its_next_progress_call(qtbot) -> None:
    started = threading.Event()
    steps: list[int] = []

    def work(progress) -> str:
        started.set()
        for i in range(10_000_000):
            progress(i, 10_000_000)
            steps.append(i)
        return "finished"

    task = BackgroundTask(work)
    succeeded: list[object] = []
    task.succeeded.connect(succeeded.append)
    task.start()
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    assert task.cancel_requested and not succeeded
    assert len(steps) < 10_000_000
    qtbot.waitUntil(lambda: not task.is_running)


def test_cancel_all_stops_every_running_task_and_waits(qtbot) -> None:
    started = threading.Event()

    def work(progress) -> None:
        started.set()
        while True:
            progress(0, 0)

    task = BackgroundTask(work)
    task.start()
    qtbot.waitUntil(started.is_set)
    assert task in worker._RUNNING
    worker.cancel_all()
    assert task.wait(0)  # the thread has ended
    qtbot.waitUntil(lambda: not task.is_running)
    assert task not in worker._RUNNING
