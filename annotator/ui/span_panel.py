"""The current document's spans as a sortable table (text, label, status, origin).

Selecting a row emits ``spanChosen``; :meth:`SpanPanel.select_span` selects a
row from the outside without echoing the signal, so selection stays in sync
with the text view both ways without loops.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping

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
from annotator.core.tagging import paragraph_is_rtl

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def direction_alignment(text: str) -> int:
    """Cell alignment following the text's own direction (Arabic right, Latin left).

    Absolute, so that an Arabic title sits on the right in the English UI too.
    """
    side = Qt.AlignmentFlag.AlignRight if paragraph_is_rtl(text, 0) else Qt.AlignmentFlag.AlignLeft
    return int(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)


class SpanTableModel(QAbstractTableModel):
    """Rows are spans in document order; the proxy re-sorts by any column.

    :meth:`update_spans` applies the difference to the previous spans as row
    inserts, removals and changes, so one edit among 10,000 spans costs a
    row, not a model reset (which would re-sort and re-measure every row).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._spans: list[Span] = []
        self._keys: list[tuple[int, int, str, str]] = []
        self._by_id: dict[str, Span] = {}
        self._schema: LabelSchema | None = None
        self._status_words: dict[Status, str] = {}
        self._colours: dict[str, QColor] = {}
        self._retranslate_words()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._spans)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Text"), self.tr("Label"), self.tr("Status"),
                    self.tr("Origin"), self.tr("Score"))[section]
        return None

    def _retranslate_words(self) -> None:
        self._status_words = {Status.ACCEPTED: self.tr("accepted"),
                              Status.SUGGESTED: self.tr("suggested"),
                              Status.REJECTED: self.tr("rejected")}

    def status_text(self, status: Status) -> str:
        """Translated review status."""
        return self._status_words[status]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        span = self._spans[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                text = span.text.replace("\n", " ⏎ ")
                return text if len(text) <= 80 else text[:79] + "…"
            score = "" if span.score is None else f"{span.score:.2f}"
            return (None, span.label, self._status_words[span.status], span.origin, score)[col]
        if role == SORT_ROLE:
            return (span.start, span.label, span.status.value, span.origin,
                    -1.0 if span.score is None else span.score)[col]
        if role == Qt.ItemDataRole.UserRole:
            return span.id
        if role == Qt.ItemDataRole.ToolTipRole:
            score = "" if span.score is None else f" · {span.score:.2f}"
            return (f"{span.label} {span.start}–{span.end} · {span.status.value} · "
                    f"{span.origin}{score}")
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return self._colours.get(span.label)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return direction_alignment(span.text)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and span.status is Status.REJECTED:
            return QBrush(QColor("#888888"))
        return None

    def set_schema(self, schema: LabelSchema) -> None:
        """Label colours for the label column."""
        self._schema = schema
        self._colours = {lab.name: QColor(lab.colour) for lab in schema.span_labels}

    def set_spans(self, spans: list[Span], schema: LabelSchema) -> None:
        """Replace all rows (a new document)."""
        self.set_schema(schema)
        self.beginResetModel()
        self._spans = sorted(spans, key=span_sort_key)
        self._keys = [span_sort_key(sp) for sp in self._spans]
        self._by_id = {sp.id: sp for sp in self._spans}
        self.endResetModel()

    def update_spans(self, spans: Mapping[str, Span], changed: set[str] | None = None) -> None:
        """Bring the rows in line with ``spans`` (id -> span) by row-level changes.

        ``changed`` names the span ids that may differ (all when None).
        """
        old = self._by_id
        if changed is None:
            removed = [sp for sid, sp in old.items() if spans.get(sid) is not sp]
            added = [sp for sid, sp in spans.items() if old.get(sid) is not sp]
        else:
            removed = [old[i] for i in changed if i in old and spans.get(i) is not old[i]]
            added = [spans[i] for i in changed if i in spans and old.get(i) is not spans[i]]
        if len(removed) + len(added) > 500:  # a bulk change: one reset is cheaper
            self.set_spans(list(spans.values()), self._schema or LabelSchema(()))
            return
        for sp in sorted(removed, key=span_sort_key, reverse=True):
            row = bisect_left(self._keys, span_sort_key(sp))
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._spans[row], self._keys[row]
            del self._by_id[sp.id]
            self.endRemoveRows()
        for sp in sorted(added, key=span_sort_key):
            key = span_sort_key(sp)
            row = bisect_left(self._keys, key)
            self.beginInsertRows(QModelIndex(), row, row)
            self._spans.insert(row, sp)
            self._keys.insert(row, key)
            self._by_id[sp.id] = sp
            self.endInsertRows()

    def row_of(self, span_id: str) -> int:
        """Row of ``span_id`` in the model (-1 if absent)."""
        span = self._by_id.get(span_id)
        if span is None:
            return -1
        return bisect_left(self._keys, span_sort_key(span))

    def retranslate(self) -> None:
        """Repaint headers and statuses in the new UI language."""
        self._retranslate_words()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self._spans:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._spans) - 1, 4))


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
        # Rows arrive in document order; sorting (a Python call per comparison) waits
        # until the analyst clicks a header.
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Fixed widths: ResizeToContents would measure all 10,000 rows on every change.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 110), (2, 90), (3, 90), (4, 50)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self._echo = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def set_spans(self, spans: list[Span], schema: LabelSchema, selected: str | None) -> None:
        """Show the spans of a newly opened document, ``selected`` highlighted."""
        self._echo = True
        try:
            self.model.set_spans(spans, schema)
        finally:
            self._echo = False
        self.select_span(selected)

    def update_spans(self, spans: Mapping[str, Span], selected: str | None,
                     changed: set[str] | None = None) -> None:
        """Apply an edit's changes to the rows (id -> span), ``selected`` highlighted."""
        self._echo = True
        try:
            self.model.update_spans(spans, changed)
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
