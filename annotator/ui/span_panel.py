"""The current document's spans as a sortable table (text, label, status, origin).

Selecting a row emits ``spanChosen``; :meth:`SpanPanel.select_span` selects a
row from the outside without echoing the signal, so selection stays in sync
with the text view both ways without loops.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from annotator.core.model import Span, Status, span_sort_key
from annotator.core.schema import LabelSchema
from annotator.ui.tagging import paragraph_is_rtl

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def direction_alignment(text: str) -> int:
    """Cell alignment following the text's own direction (Arabic right, Latin left).

    Absolute, so that an Arabic title sits on the right in the English UI too.
    """
    side = Qt.AlignmentFlag.AlignRight if paragraph_is_rtl(text, 0) else Qt.AlignmentFlag.AlignLeft
    return int(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)


class SpanTableModel(QAbstractTableModel):
    """Rows are spans in document order; the proxy re-sorts by any column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._spans: list[Span] = []
        self._schema: LabelSchema | None = None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._spans)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Text"), self.tr("Label"), self.tr("Status"),
                    self.tr("Origin"))[section]
        return None

    def status_text(self, status: Status) -> str:
        """Translated review status."""
        return {Status.ACCEPTED: self.tr("accepted"), Status.SUGGESTED: self.tr("suggested"),
                Status.REJECTED: self.tr("rejected")}[status]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        span = self._spans[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = span.text.replace("\n", " ⏎ ")
            return (text if len(text) <= 80 else text[:79] + "…", span.label,
                    self.status_text(span.status), span.origin)[col]
        if role == SORT_ROLE:
            return (span.start, span.label, span.status.value, span.origin)[col]
        if role == Qt.ItemDataRole.UserRole:
            return span.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{span.label} {span.start}–{span.end} · {span.status.value} · {span.origin}"
        if role == Qt.ItemDataRole.DecorationRole and col == 1 and self._schema is not None:
            label = self._schema.label(span.label)
            return QColor(label.colour) if label else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return direction_alignment(span.text)
        if role == Qt.ItemDataRole.ForegroundRole and span.status is Status.REJECTED:
            return QBrush(QColor("#888888"))
        return None

    def set_spans(self, spans: list[Span], schema: LabelSchema) -> None:
        """Replace the rows (document order)."""
        self.beginResetModel()
        self._spans = sorted(spans, key=span_sort_key)
        self._schema = schema
        self.endResetModel()

    def row_of(self, span_id: str) -> int:
        """Row of ``span_id`` in the model (-1 if absent)."""
        return next((i for i, s in enumerate(self._spans) if s.id == span_id), -1)

    def retranslate(self) -> None:
        """Repaint headers and statuses in the new UI language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self._spans:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._spans) - 1, 3))


class SpanPanel(QWidget):
    """The span table; ``spanChosen`` when the analyst selects a row."""

    spanChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SpanTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self._echo = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def set_spans(self, spans: list[Span], schema: LabelSchema, selected: str | None) -> None:
        """Show ``spans`` and keep ``selected`` highlighted."""
        self._echo = True
        try:
            self.model.set_spans(spans, schema)
        finally:
            self._echo = False
        self.select_span(selected)

    def select_span(self, span_id: str | None) -> None:
        """Select the row of ``span_id`` (or none) without emitting ``spanChosen``."""
        self._echo = True
        try:
            sel = self.table.selectionModel()
            row = self.model.row_of(span_id) if span_id else -1
            if row < 0:
                sel.clearSelection()
                return
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        finally:
            self._echo = False

    def selected_span(self) -> str | None:
        """Id of the selected row's span."""
        index = self.table.selectionModel().currentIndex()
        return self.proxy.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._echo or not current.isValid():
            return
        span_id = self.proxy.data(current, Qt.ItemDataRole.UserRole)
        if span_id:
            self.spanChosen.emit(str(span_id))
