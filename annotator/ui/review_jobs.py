"""Background jobs for review work: a thread running one function, with a progress dialog.

The function runs off the GUI thread and gets a :class:`JobContext` to report
progress, check for cancel and hand partial results back. It must open its
own :class:`~annotator.formats.project.Project` (the window's one is not
thread-safe); results reach the window through queued signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.formats.errors import ProjectError

if TYPE_CHECKING:
    from annotator.ui.workspace import Workspace


class JobContext:
    """What a job function sees: progress, cancel and partial results."""

    def __init__(self, thread: JobThread) -> None:
        self._thread = thread

    def progress(self, done: int, total: int) -> None:
        """Report ``done`` of ``total`` steps."""
        self._thread.progressed.emit(int(done), int(total))

    def cancelled(self) -> bool:
        """True once the user asked to stop."""
        return self._thread.cancel_requested()

    def send(self, value: object) -> None:
        """Hand a partial result to the GUI thread (``partial`` signal)."""
        self._thread.partial.emit(value)


JobFunction = Callable[[JobContext], Any]


class JobThread(QThread):
    """Runs ``fn(context)`` once; ``succeeded(result)`` or ``failed(message)`` at the end."""

    progressed = Signal(int, int)
    partial = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: JobFunction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._cancel.set()

    def cancel_requested(self) -> bool:
        """True after :meth:`cancel`."""
        return self._cancel.is_set()

    def run(self) -> None:  # noqa: D102 - QThread entry point
        try:
            result = self._fn(JobContext(self))
        except ProjectError as err:  # SuggestError, LockError, ...: a user message
            self.failed.emit(str(err))
        except Exception as err:  # noqa: BLE001 - never a traceback for the user
            self.failed.emit(f"{type(err).__name__}: {err}")
        else:
            self.succeeded.emit(result)


class Job(QObject):
    """A :class:`JobThread` with a window-modal progress dialog and a Cancel button.

    ``done(result)`` or ``error(message)`` is emitted once, after the thread
    has ended; ``partial`` forwards the job's partial results.
    """

    done = Signal(object)
    error = Signal(str)
    partial = Signal(object)

    def __init__(self, fn: JobFunction, title: str, parent: QWidget,
                 dialog_parent: QWidget | None = None, cancellable: bool = True) -> None:
        super().__init__(parent)
        self.worker = JobThread(fn, self)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, dialog_parent or parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        if not cancellable:  # e.g. training: the work has no point to stop at
            self.dialog.setCancelButton(None)
        self.worker.progressed.connect(self._on_progress)
        self.worker.partial.connect(self.partial)
        self.worker.succeeded.connect(self._on_result)
        self.worker.failed.connect(self._on_failed)
        self.worker.finished.connect(self._on_finished)
        self._outcome: tuple[str, object] | None = None
        self.finished_ = False

    def start(self) -> None:
        """Show the progress dialog and start the thread."""
        self.dialog.show()
        self.worker.start()

    def cancel(self) -> None:
        """Ask the job to stop (what it finished is kept)."""
        self.worker.cancel()
        self.dialog.setLabelText(self.tr("Stopping after the current document…"))

    @property
    def cancelled(self) -> bool:
        """True when the user pressed Cancel."""
        return self.worker.cancel_requested()

    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)

    def _on_result(self, result: object) -> None:
        self._outcome = ("done", result)

    def _on_failed(self, message: str) -> None:
        self._outcome = ("error", message)

    def _on_finished(self) -> None:
        self.worker.wait()
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.finished_ = True
        kind, value = self._outcome or ("error", self.tr("The job ended without a result."))
        if kind == "done":
            self.done.emit(value)
        else:
            self.error.emit(str(value))


class JobSlot:
    """The window's one background job at a time: started after a save, stopped on quit."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.current: Job | None = None

    def can_start(self) -> bool:
        """Save first (the job reads the files); refuse while another job runs."""
        if self.current is not None:
            self.ws.status_error(QCoreApplication.translate(
                "MainWindow", "Another background job is still running."))
            return False
        if not self.ws.session.save():
            self.ws.status_error(QCoreApplication.translate(
                "MainWindow", "Save failed: the background job was not started."))
            return False
        return True

    def start(self, fn: JobFunction, title: str, over: QWidget | None = None,
              cancellable: bool = True) -> Job:
        """Run ``fn`` in the background; its progress dialog sits over ``over`` (the window)."""
        job = Job(fn, title, self.ws.host(), over, cancellable)
        self.current = job

        def finished(*_args: object) -> None:
            if self.current is job:
                self.current = None
            self.ws.focus_text()

        job.done.connect(finished)
        job.error.connect(finished)
        job.error.connect(lambda message: self.ws.show_error(title.rstrip("…"), message))
        job.start()
        return job

    def stop(self) -> None:
        """Cancel a running job and wait for it (on quit)."""
        job = self.current
        if job is not None and not job.finished_:
            job.worker.cancel()
            job.worker.wait()
