"""What the export and import dialogs share: one background task at a time, with progress.

A :class:`TaskDialog` has a progress bar, a status line and a button box
with the dialog's action, Cancel (enabled while the task runs) and Close.
Escape and Close cancel a running task instead of closing; the dialog waits
for a running task before it goes, so a thread never outlives it. The texts
stay in the subclasses, so they are translated in their own context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.worker import BackgroundTask


class TaskDialog(QDialog):
    """A dialog that runs a :class:`BackgroundTask`: progress bar, status line and buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: BackgroundTask | None = None
        self._cancel: Callable[[], None] = lambda: None

    def _add_progress(self) -> None:
        """Create the progress bar (empty) and the status line (wrapped, selectable)."""
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _add_buttons(self, action: str, start: Callable[[], None],
                     cancel: Callable[[], None]) -> QPushButton:
        """Create the buttons and return the action one: it runs ``start``, Cancel ``cancel``."""
        self._cancel = cancel
        self.buttons = QDialogButtonBox(self)
        action_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        action_button.clicked.connect(start)
        self.cancel_button.clicked.connect(cancel)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.setEnabled(False)
        action_button.setDefault(True)
        return action_button

    def _lay_out(self, form: QFormLayout, result: QWidget) -> None:
        """Stack the form, progress, status, ``result`` (it takes the spare height), buttons."""
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(result, 1)
        layout.addWidget(self.buttons)

    def is_running(self) -> bool:
        """True while the task runs."""
        return self.task is not None and self.task.is_running

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def reject(self) -> None:
        """Close, or cancel first when the task runs (Esc, Close)."""
        if self.is_running():
            self._cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.task is not None and self.task.is_running:
            self.task.cancel()
            self.task.wait()  # a running thread must not outlive its dialog
        super().done(result)
