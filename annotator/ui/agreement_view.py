"""The agreement view: pair × label matrix, per-document table, and the disagreements behind them.

A click on a matrix cell lists that pair's disagreements on that label; a
click on a document row lists that pair's disagreements on that document;
activating a disagreement asks the window to open the document with both
layers shown (``openDisagreement``). Figures come from
:func:`annotator.formats.agreement.project_agreement`, as on the command line.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.formats.agreement import ALL, AgreementResult

ROLE = Qt.ItemDataRole.UserRole


_LOW, _HIGH = (255, 245, 235), (107, 174, 214)  # near white .. light blue


def _cell_colour(value: float | None) -> QColor:
    """Lighter for lower agreement, one hue (readable with red-green colour blindness, and
    dark text stays legible); grey where the figure is undefined."""
    if value is None:
        return QColor("#dddddd")
    t = max(0.0, min(1.0, value))
    return QColor(*(round(lo + (hi - lo) * t) for lo, hi in zip(_LOW, _HIGH, strict=True)))


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def describe(d: dict[str, Any]) -> str:
    """One line for a disagreement (what differs, where, and the text)."""
    where = f"{d['document']} {d['start']}–{d['end']}"
    kind = d["kind"]
    if kind == "label":
        what = f"{d['label']} ({d['a']}) / {d['other_label']} ({d['b']})"
    elif kind == "boundary":
        what = f"{d['label']} {d['a']}: {d['start']}–{d['end']}, {d['b']}: " \
               f"{d['other_start']}–{d['other_end']}"
    elif kind == "attribute":
        what = f"{d['label']} {d['attribute']}: {d['value_a']} ({d['a']}) / " \
               f"{d['value_b']} ({d['b']})"
    elif kind == "relation":
        what = f"{d['type']} only in {d['has']}"
    else:
        who = d["a"] if kind == "missing" else d["b"]
        what = f"{d['label']} only in {who}"
    return f"{kind}: {what} · {where} · \u2068{d['text']}\u2069"


class AgreementView(QDialog):
    """Agreement figures of a project, with the disagreements one click away."""

    #: document id, layer a, layer b, start, end
    openDisagreement = Signal(str, str, str, int, int)

    def __init__(self, result: AgreementResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreement"))
        self.figures = result
        self.summary = QLabel(self)
        self.matrix = QTableWidget(self)
        self.documents = QTableWidget(self)
        self.disagreements = QListWidget(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        for widget in (self.matrix, self.documents, self.disagreements):
            split.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self._fill_summary()
        self._fill_matrix()
        self._fill_documents()
        self.matrix.cellClicked.connect(self._on_matrix_cell)
        self.documents.cellClicked.connect(self._on_document_row)
        self.disagreements.itemActivated.connect(self._on_disagreement)
        self.disagreements.itemClicked.connect(self._on_disagreement)
        self.resize(900, 700)

    def _fill_summary(self) -> None:
        r = self.figures
        if r.message:
            self.summary.setText(r.message)
            return
        alpha = ", ".join(f"{k} {_figure(v)}" for k, v in r.alpha.items())
        skipped = self.tr(" · %1 documents skipped").replace("%1", str(len(r.skipped))) \
            if r.skipped else ""
        self.summary.setText(self.tr("Exact F1 per pair and label (overlap F1 and kappa in "
                                     "the tooltip) · Krippendorff's alpha: %1").replace(
                                         "%1", alpha) + skipped)

    def _fill_matrix(self) -> None:
        labels = [*self.figures.labels, ALL]
        pairs = self.figures.pairs
        self.matrix.setRowCount(len(pairs))
        self.matrix.setColumnCount(len(labels))
        self.matrix.setHorizontalHeaderLabels(labels)
        self.matrix.setVerticalHeaderLabels([f"{p['a']} – {p['b']}" for p in pairs])
        for i, pair in enumerate(pairs):
            for j, label in enumerate(labels):
                value = pair["exact_f1"].get(label)
                item = QTableWidgetItem(_figure(value))
                item.setBackground(QBrush(_cell_colour(value)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(f"overlap F1 {_figure(pair['overlap_f1'].get(label))}, kappa "
                                f"{_figure(pair['kappa'].get(label))}")
                item.setData(ROLE, (pair["a"], pair["b"], label))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.matrix.setItem(i, j, item)

    def _fill_documents(self) -> None:
        rows = self.figures.per_document
        self.documents.setRowCount(len(rows))
        self.documents.setColumnCount(4)
        self.documents.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Pair"), self.tr("Exact F1"),
             self.tr("Disagreements")])
        for i, row in enumerate(rows):
            cells = [row["document"], f"{row['a']} – {row['b']}", _figure(row["exact_f1"]),
                     str(row["disagreements"])]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROLE, (row["document"], row["a"], row["b"]))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if j == 2:
                    item.setBackground(QBrush(_cell_colour(row["exact_f1"])))
                self.documents.setItem(i, j, item)

    def show_disagreements(self, found: list[dict[str, Any]]) -> None:
        """List ``found`` (each item keeps its record)."""
        self.disagreements.clear()
        for d in found:
            item = QListWidgetItem(describe(d))
            item.setData(ROLE, d)
            self.disagreements.addItem(item)

    def _on_matrix_cell(self, row: int, column: int) -> None:
        item = self.matrix.item(row, column)
        if item is None:
            return
        a, b, label = item.data(ROLE)
        self.show_disagreements([d for d in self.figures.disagreements
                                 if d["a"] == a and d["b"] == b
                                 and (label == ALL or d["label"] == label
                                      or d.get("other_label") == label)])

    def _on_document_row(self, row: int, column: int) -> None:
        item = self.documents.item(row, column)
        if item is None:
            return
        doc, a, b = item.data(ROLE)
        self.show_disagreements([d for d in self.figures.disagreements
                                 if d["document"] == doc and d["a"] == a and d["b"] == b])

    def _on_disagreement(self, item: QListWidgetItem) -> None:
        d = item.data(ROLE)
        self.openDisagreement.emit(d["document"], d["a"], d["b"], d["start"], d["end"])
