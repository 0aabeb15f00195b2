"""Dialogs of review mode: what to accept in bulk, and the report of a background job."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.formats.report import Report


@dataclass(frozen=True)
class BulkChoice:
    """Which pending suggestions to accept: of ``label`` and/or scoring ``min_score`` or more."""

    label: str | None
    min_score: float | None
    project_wide: bool


class BulkAcceptDialog(QDialog):
    """Label (mode 'label') or score threshold (mode 'score'), and the scope; ``chosen`` on OK."""

    chosen = Signal(object)  # BulkChoice

    def __init__(self, mode: str, labels: list[str], counts: dict[str, int],
                 current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setWindowTitle(self.tr("Accept suggestions of a label") if mode == "label"
                            else self.tr("Accept suggestions above a score"))
        form = QFormLayout()
        self.label = QComboBox(self)
        self.threshold = QDoubleSpinBox(self)
        if mode == "label":
            for name in labels:
                self.label.addItem(self.tr("%1 (%2 here)").replace("%1", name)
                                   .replace("%2", str(counts.get(name, 0))), name)
            preferred = current or max(counts, key=lambda k: counts[k], default=None)
            if preferred in labels:
                self.label.setCurrentIndex(labels.index(preferred))
            form.addRow(self.tr("Label:"), self.label)
            self.threshold.hide()
        else:
            self.label.hide()
            self.threshold.setRange(0.0, 1.0)
            self.threshold.setSingleStep(0.05)
            self.threshold.setDecimals(2)
            self.threshold.setValue(0.9)
            form.addRow(self.tr("Score at least:"), self.threshold)
        self.here = QRadioButton(self.tr("In this document (one undo step)"), self)
        self.everywhere = QRadioButton(self.tr("In every document of the project"), self)
        self.here.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.here)
        group.addButton(self.everywhere)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.here)
        layout.addWidget(self.everywhere)
        layout.addWidget(buttons)

    def choice(self) -> BulkChoice:
        """What the dialog currently selects."""
        if self.mode == "label":
            return BulkChoice(self.label.currentData(), None, self.everywhere.isChecked())
        return BulkChoice(None, round(self.threshold.value(), 4), self.everywhere.isChecked())

    def accept(self) -> None:  # noqa: D102 - emits the choice
        choice = self.choice()
        super().accept()
        self.chosen.emit(choice)


class ReportDialog(QDialog):
    """A job's summary and the items it skipped, each with its line and reason."""

    def __init__(self, title: str, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.summary = QLabel(report.summary(), self)
        self.summary.setWordWrap(True)
        self.problems = QListWidget(self)
        for problem in report.problems:
            self.problems.addItem(str(problem))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if report.problems:
            layout.addWidget(QLabel(self.tr("Skipped (%1):").replace(
                "%1", str(len(report.problems))), self))
            layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(640, 360 if report.problems else 120)
