"""Dialogs of review mode: what to accept in bulk, and the report of a background job."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Span
from annotator.formats.report import Report
from annotator.suggest.decisions import BulkChoice

#: (label, min_score, origin) -> this document's candidates, each with "is a conflict".
Candidates = Callable[[str | None, float | None, str | None], list[tuple[Span, bool]]]


class BulkAcceptDialog(QDialog):
    """Label (mode 'label') or score threshold (mode 'score'), origin, scope, and a preview.

    The preview lists this document's matching suggestions with a check box
    each; conflicts start unchecked. ``chosen`` is emitted on OK.
    """

    chosen = Signal(object)  # BulkChoice

    def __init__(self, mode: str, labels: list[str], counts: dict[str, int],
                 current: str | None, parent: QWidget | None = None,
                 candidates: Candidates | None = None, origins: list[str] | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self._candidates = candidates
        self.setWindowTitle(self.tr("Accept suggestions of a label") if mode == "label"
                            else self.tr("Accept suggestions above a score"))
        form = self._form(mode, labels, counts, current, origins or [])
        self.here = QRadioButton(self.tr("In this document (one undo step)"), self)
        self.everywhere = QRadioButton(self.tr("In every document of the project"), self)
        self.here.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.here)
        group.addButton(self.everywhere)
        self.preview = QListWidget(self)
        self.count = QLabel(self)
        self.conflicts = QCheckBox(self.tr("Leave out conflicts (another label suggested on the "
                                           "same words)"), self)
        self.conflicts.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.here)
        layout.addWidget(self.everywhere)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        for signal in (self.label.currentIndexChanged, self.threshold.valueChanged,
                       self.origin.currentIndexChanged, self.conflicts.toggled):
            signal.connect(self.refresh_preview)
        self.preview.itemChanged.connect(self._show_count)
        self.refresh_preview()
        self.resize(560, 480)

    def _form(self, mode: str, labels: list[str], counts: dict[str, int], current: str | None,
              origins: list[str]) -> QFormLayout:
        """The label (mode 'label') or the score threshold, and the origin."""
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
        self.origin = QComboBox(self)
        self.origin.addItem(self.tr("any origin"), None)
        for name in origins:
            self.origin.addItem(name, name)
        form.addRow(self.tr("Origin:"), self.origin)
        return form

    def _filter(self) -> tuple[str | None, float | None, str | None]:
        if self.mode == "label":
            return self.label.currentData(), None, self.origin.currentData()
        return None, round(self.threshold.value(), 4), self.origin.currentData()

    def refresh_preview(self, *_args: object) -> None:
        """List this document's matching suggestions, conflicts unchecked when left out."""
        self.preview.blockSignals(True)
        self.preview.clear()
        for span, conflict in (self._candidates(*self._filter()) if self._candidates else []):
            score = "–" if span.score is None else f"{span.score:.2f}"
            mark = "  ⚠ " + self.tr("conflict") if conflict else ""
            item = QListWidgetItem(f"{span.label} · {score} · {span.text}{mark}", self.preview)
            item.setData(Qt.ItemDataRole.UserRole, span.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if conflict and self.conflicts.isChecked()
                               else Qt.CheckState.Checked)
        self.preview.blockSignals(False)
        self._show_count()

    def _rows(self) -> list[QListWidgetItem]:
        return [self.preview.item(i) for i in range(self.preview.count())]

    def _show_count(self, *_args: object) -> None:
        checked = sum(1 for item in self._rows() if item.checkState() == Qt.CheckState.Checked)
        self.count.setText(self.tr("%1 of %2 suggestions here will be accepted")
                           .replace("%1", str(checked)).replace("%2", str(self.preview.count())))

    def choice(self) -> BulkChoice:
        """What the dialog currently selects."""
        label, min_score, origin = self._filter()
        excluded = frozenset(str(item.data(Qt.ItemDataRole.UserRole)) for item in self._rows()
                             if item.checkState() != Qt.CheckState.Checked)
        return BulkChoice(label, min_score, self.everywhere.isChecked(), origin, excluded,
                          self.conflicts.isChecked())

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
