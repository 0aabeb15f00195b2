"""The project's documents: title, status for this annotator, span counts, with a filter."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import DocStatus
from annotator.formats.assignment import assigned_first, assignments
from annotator.formats.project import DocumentEntry, Project
from annotator.ui.span_panel import direction_alignment

_Index = QModelIndex | QPersistentModelIndex


def _ordered(project: Project) -> list[DocumentEntry]:
    """The documents, those assigned to the open layer's annotator first (issue 13)."""
    return assigned_first(project.documents(), project.annotator, assignments(project))


class DocumentListModel(QAbstractTableModel):
    """Rows are the project's :class:`DocumentEntry` items in id order."""

    COLUMNS = ("Title", "Status", "Spans")

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self._project = project
        self._entries: list[DocumentEntry] = []
        self._rows: dict[str, int] = {}  # document id -> row
        # What the filter searches in each row: title, id and status word (made when asked).
        self._hay: list[str] | None = None
        self._set_entries(_ordered(project))
        # Files that could not be read are listed after the documents, with why (issue 14).
        self._unreadable = self._unreadable_documents()

    def _annotations_unreadable(self, entry: DocumentEntry) -> str:
        """Why this annotator's file of ``entry`` cannot be read ('' when it can, or is none)."""
        if not self._project.unreadable:
            return ""
        return self._project.unreadable.get(self._project.annotations_path(entry.id), "")

    def _unreadable_documents(self) -> list[tuple[str, str]]:
        return [(path.name, reason) for path, reason in sorted(self._project.unreadable.items())
                if path.parent.name == "documents"]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries) + len(self._unreadable)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if index.isValid() and index.row() >= len(self._entries):
            return Qt.ItemFlag.NoItemFlags  # cannot be opened
        return super().flags(index)

    def _unreadable_data(self, row: int, col: int, role: int) -> object:
        name, reason = self._unreadable[row - len(self._entries)]
        if role == Qt.ItemDataRole.DisplayRole:
            return (name, self.tr("unreadable"), "")[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Cannot be read: %1").replace("%1", reason)
        return None

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Title"), self.tr("Status"), self.tr("Spans"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.row() >= len(self._entries):
            return self._unreadable_data(index.row(), index.column(), role)
        entry = self._entries[index.row()]
        who = self._project.annotator
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return entry.title
            if col == 1:
                return self._status_cell(entry)
            counts = entry.span_counts(who)
            total = sum(counts.values())
            suggested = counts.get("suggested", 0)
            return f"{total} ({suggested}?)" if suggested else str(total)
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        if role == Qt.ItemDataRole.ToolTipRole:
            why = self._annotations_unreadable(entry)
            if why:
                return self.tr("Cannot be read: %1").replace("%1", why)
            return f"{entry.title}\n{entry.id} · {entry.chars} chars"  # the whole title
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return direction_alignment(entry.title)
        return None

    def status_text(self, status: DocStatus) -> str:
        """Translated status word."""
        return {DocStatus.NEW: self.tr("new"), DocStatus.IN_PROGRESS: self.tr("in progress"),
                DocStatus.DONE: self.tr("done")}[status]

    def _set_entries(self, entries: list[DocumentEntry]) -> None:
        self._entries = entries
        self._rows = {e.id: row for row, e in enumerate(entries)}
        self._hay = None

    def _status_cell(self, entry: DocumentEntry) -> str:
        if self._annotations_unreadable(entry):  # not "new": its work is there
            return self.tr("unreadable")
        return self.status_text(entry.status_for(self._project.annotator))

    def haystack(self, row: int) -> str:
        """What the filter looks for text in: the row's title, id and status (casefolded)."""
        if self._hay is None:
            self._hay = list(map(self._hay_of, self._entries))
        return self._hay[row]

    def _hay_of(self, entry: DocumentEntry) -> str:
        return " ".join((entry.title, entry.id, self._status_cell(entry))).casefold()

    def ids(self) -> list[str]:
        """Document ids in list order."""
        return [e.id for e in self._entries]

    def is_document(self, row: int) -> bool:
        """Whether ``row`` shows a document (the rows after them: files that cannot be read)."""
        return row < len(self._entries)

    def entry(self, row: int) -> DocumentEntry:
        """The entry shown in ``row``."""
        return self._entries[row]

    def row_of(self, doc_id: str) -> int:
        """Row of ``doc_id`` (-1 if absent)."""
        return self._rows.get(doc_id, -1)

    def refresh(self, doc_id: str | None = None) -> None:
        """Re-read the index (after a save) and repaint the affected row(s)."""
        if doc_id is not None:
            row = self.row_of(doc_id)
            fresh = self._project.entry(doc_id)
            if row >= 0 and fresh is not None:
                self._entries[row] = fresh
                if self._hay is not None:  # its status may have changed
                    self._hay[row] = self._hay_of(fresh)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
                return
        self.beginResetModel()
        self._set_entries(_ordered(self._project))
        self._unreadable = self._unreadable_documents()
        self.endResetModel()

    def retranslate(self) -> None:
        """Repaint headers and status words in the new UI language."""
        self._hay = None
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._entries) - 1, len(self.COLUMNS) - 1))


class _Filter(QSortFilterProxyModel):
    """Matches the filter text against title, status and id (plain, case-insensitive)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        """Show only rows containing ``text``."""
        # Not setFilterFixedString: it regex-escapes every non-ASCII letter.
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._needle = text.strip().casefold()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = text.strip().casefold()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:  # noqa: N802
        needle = self._needle
        if not needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, DocumentListModel)
        if not model.is_document(row):
            return True  # an unreadable file: always in sight
        return needle in model.haystack(row)

    def shown_ids(self) -> list[str]:
        """Ids of the documents the filter shows, in list order (this proxy never sorts):
        what reading each row back through the proxy gives, without a Qt call per row."""
        model = self.sourceModel()
        assert isinstance(model, DocumentListModel)
        ids = model.ids()
        needle = self._needle
        if not needle:
            return ids
        return [doc_id for row, doc_id in enumerate(ids) if needle in model.haystack(row)]


class DocumentList(QWidget):
    """Filter box and table of documents; emits ``documentChosen`` on activation."""

    documentChosen = Signal(str)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DocumentListModel(project, self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Fixed widths: ResizeToContents would measure every row (10,000 documents)
        # each time a saved document's row changes.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 90), (2, 60)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.activated.connect(self._on_activated)
        self.table.clicked.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current UI language."""
        self.filter.setPlaceholderText(self.tr("Filter documents (title, status)"))
        self.model.retranslate()
        # Status and count columns as wide as their words, so that the title (the
        # stretching column) gets the rest of the panel, not 15 characters of it.
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        words = [self.model.status_text(s) for s in DocStatus]
        status = max(metrics.horizontalAdvance(w) for w in words) + 16
        count = metrics.horizontalAdvance("0000") + 12  # "(n?)" suggestions: see the tooltip
        for col, width in ((1, status), (2, count)):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            header.resizeSection(col, max(width, metrics.horizontalAdvance(title) + 16))

    def _on_filter(self, text: str) -> None:
        self.proxy.set_needle(text)

    def _on_activated(self, index: QModelIndex) -> None:
        doc_id = self.proxy.data(index, Qt.ItemDataRole.UserRole)
        if doc_id:
            self.documentChosen.emit(str(doc_id))

    def show_current(self, doc_id: str) -> None:
        """Select the row of ``doc_id`` without emitting ``documentChosen``."""
        row = self.model.row_of(doc_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
