"""Training the model from the suggester dialog: Cancel stops it and keeps the previous model."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from annotator.suggest import crf
from annotator.ui import handlers
from annotator.ui.main_window import MainWindow
from tests.suggest_support import annotate
from tests.ui_support import (  # noqa: F401 - fixtures
    isolated_settings_fixture,
    make_window_fixture,
)

TEXTS = [(f"t{i}", f"وصل الوزير إلى طرابلس يوم {i} ثم زار الجزائر ولقي وفد تونس.")
         for i in range(4)]


class _Gate:
    """Holds the training at its first CRFsuite log line (inside a fit) until released."""

    def __init__(self) -> None:
        self.inside = threading.Event()
        self.release = threading.Event()
        self.lines = 0

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        message = crf.CancellableTrainer.message

        def gated(trainer: crf.CancellableTrainer, text: str) -> None:
            self.lines += 1
            self.inside.set()
            self.release.wait(10)
            message(trainer, text)

        monkeypatch.setattr(crf.CancellableTrainer, "message", gated)


@pytest.fixture(name="gate")
def gate_fixture(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Gate]:
    """A :class:`_Gate` on every training of the test; always released at the end."""
    gate = _Gate()
    gate.install(monkeypatch)
    yield gate
    gate.release.set()


def _annotated_window(make_window) -> MainWindow:
    window = make_window(TEXTS)
    for doc_id, _ in TEXTS[1:]:
        annotate(window.session.project, doc_id,
                 [("طرابلس", "LOCATION", 1), ("الجزائر", "LOCATION", 1)])
    return window


def _models(window: MainWindow) -> dict[str, bytes | None]:
    """Everything under the project's ``models/`` (path -> bytes, None for a folder)."""
    root = window.session.project.path / "models"
    return {str(p.relative_to(root)): p.read_bytes() if p.is_file() else None
            for p in sorted(root.rglob("*"))} if root.exists() else {}


def _train_and_cancel(window: MainWindow, gate: _Gate, qtbot):
    """Click "Train model", press Cancel while a fit runs; the dialog once the job ended."""
    dialog = handlers.bulk.run_suggesters(window)
    qtbot.mouseClick(dialog.train_button, Qt.MouseButton.LeftButton)
    job = dialog.job
    assert job is not None
    try:
        qtbot.waitUntil(gate.inside.is_set, timeout=10000)
        cancel = job.dialog.findChild(QPushButton)
        assert cancel is not None, "training must offer a Cancel button"
        cancel.click()
        stopping = dialog.outcome.text()
    finally:
        gate.release.set()  # never leave the job (and the window closing after it) waiting
    assert stopping == "Stopping the training…"
    qtbot.waitUntil(lambda: job.finished_ and dialog.job is None, timeout=10000)
    assert window.jobs.current is None  # noqa: SLF001 - the window can start another job
    return dialog


def test_cancel_stops_training_and_keeps_the_previous_model(make_window, gate, qtbot):
    window = _annotated_window(make_window)
    gate.release.set()  # the first training runs through
    crf.train(window.session.project, folds=2)
    before = _models(window)
    assert "crf/meta.json" in before
    gate.release.clear()
    gate.inside.clear()
    gate.lines = 0
    dialog = _train_and_cancel(window, gate, qtbot)
    assert gate.lines == 1  # stopped at the first check after Cancel, inside the fit
    assert dialog.outcome.text() == \
        "Training cancelled: the previous model is unchanged and still in use."
    assert _models(window) == before  # byte for byte, nothing left behind
    assert dialog.figures.rowCount() == 1  # the previous model's figures are still shown
    assert not list(Path(window.session.project.path / "models").glob(".crf-*"))


def test_cancel_before_any_model_says_there_is_still_none(make_window, gate, qtbot):
    window = _annotated_window(make_window)
    dialog = _train_and_cancel(window, gate, qtbot)
    assert dialog.outcome.text() == "Training cancelled: the model is still not trained."
    assert crf.load_metadata(window.session.project) is None
    assert _models(window) == {}  # no model, and no staging folder: models/ stays empty
