"""Run long work (export, import, suggesters, training) off the GUI thread: progress, cancel.

Reusable by any dialog: wrap a function that takes a progress callback
``(done, total)`` in a :class:`BackgroundTask`, connect its signals and call
:meth:`BackgroundTask.start`::

    task = BackgroundTask(lambda progress: export_project(p, "jsonl", out, opts, progress))
    task.progressed.connect(bar_update)        # (done, total), throttled, GUI thread
    task.succeeded.connect(show_report)        # the function's return value
    task.failed.connect(show_error)            # a user message, never a traceback
    task.cancelled.connect(show_cancelled)
    task.start()
    ...
    task.cancel()   # the next progress call raises Cancelled inside the work

Cancelling is cooperative: the work stops at its next progress call (the
formats layer reports progress per document, so that is soon), and
:class:`Cancelled` propagates through it like any failure, so atomic writers
clean up as they do on errors. Every signal is delivered in the GUI thread.

The work must not touch widgets or the window's :class:`Project` (neither is
thread-safe): open the project again in the work (``Project.open(path)``)
and refresh the window when the task ends.

Create a task without a Qt parent and keep it in an attribute: a running
task holds itself alive (a dialog deleted under it cannot take the thread
with it), and :func:`cancel_all` runs when the application quits, so the
interpreter never exits with a thread still writing.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from annotator.formats.errors import ProjectError
from annotator.formats.report import Progress

#: Minimum interval between two ``progressed`` signals (the last one is always sent).
PROGRESS_INTERVAL_S = 0.05

Work = Callable[[Progress], Any]

_RUNNING: set[BackgroundTask] = set()  # alive until their thread ended
_quit_hooked = False


def cancel_all(timeout_ms: int = 30000) -> None:
    """Cancel every running task and wait for their threads (at application quit)."""
    tasks = list(_RUNNING)
    for task in tasks:
        task.cancel()
    for task in tasks:
        task.wait(timeout_ms)


def _hook_quit() -> None:
    global _quit_hooked
    app = QCoreApplication.instance()
    if app is not None and not _quit_hooked:
        app.aboutToQuit.connect(cancel_all)
        _quit_hooked = True


class Cancelled(Exception):
    """Raised inside the work by the progress callback once :meth:`BackgroundTask.cancel` ran."""


class _Thread(QThread):
    """Runs the work; reports through the owning task's signals."""

    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()  # noqa: SLF001 - the task's own thread


class BackgroundTask(QObject):
    """One run of ``work(progress)`` in its own thread.

    Signals (GUI thread): ``progressed(done, total)``, then exactly one of
    ``succeeded(result)``, ``failed(message)``, ``cancelled()``; and
    ``ended()`` after it, whichever it was.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._thread: _Thread | None = None
        self._last_emit = 0.0
        self._running = False
        self.ended.connect(self._on_ended)

    # ------------------------------------------------------------ control

    def start(self) -> None:
        """Start the work in a new thread (once)."""
        if self._thread is not None:
            raise RuntimeError("a BackgroundTask runs only once; make a new one")
        self._running = True
        _RUNNING.add(self)
        _hook_quit()
        self._thread = _Thread(self)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress call."""
        self._cancel.set()

    @property
    def is_running(self) -> bool:
        """True from :meth:`start` until the ending signal has been delivered."""
        return self._running

    @property
    def cancel_requested(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancel.is_set()

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until the thread ended (for shutdown); False on timeout."""
        return self._thread is None or self._thread.wait(timeout_ms)

    def _on_ended(self) -> None:
        self._running = False
        if self._thread is not None:
            self._thread.wait()  # returns at once: run() has returned after emitting ended
        _RUNNING.discard(self)

    # ------------------------------------------------------------ worker thread

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        now = time.monotonic()
        if now - self._last_emit >= PROGRESS_INTERVAL_S or (total and done >= total):
            self._last_emit = now
            self.progressed.emit(done, total)

    def _run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self.cancelled.emit()
        except ProjectError as err:
            self.failed.emit(str(err))
        except Exception as err:  # noqa: BLE001 - the user gets a message, the log the trace
            traceback.print_exc(file=sys.stderr)
            self.failed.emit(f"unexpected error: {type(err).__name__}: {err}")
        else:  # finished, even if a cancel came too late to stop it: the work is done
            self.succeeded.emit(result)
        self.ended.emit()
