"""The review dock: progress of review in the document and the project, precision per origin.

Suggested relations (links) are counted apart from spans: pending,
accepted and rejected links in the document and the project, and the
links' precision per origin in the table's last column.

Counts for the open document come from its in-memory annotations, recounted
shortly after an edit and only while the dock is shown (a count visits every
span: 5 ms at 10,000 spans, which tagging must not wait for). The project's
counts come from the project index and the per-origin table from
:func:`annotator.suggest.review.review_stats` over the files, recomputed
shortly after each save (so they include the document's last decisions once
autosave has written them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Status
from annotator.formats.project import Project
from annotator.suggest.queue import LOWEST_SCORE_FIRST, READING_ORDER, QueueFilter
from annotator.suggest.review import (
    OriginStats,
    ReviewStatsMemo,
    add_relations_to_stats,
    add_to_stats,
    review_stats,
)
from annotator.ui.handlers import bulk, review
from annotator.ui.review_jobs import JobContext, JobThread
from annotator.ui.workspace import Workspace

REFRESH_DELAY_MS = 300
#: After an edit the document's counts wait this long, so they follow the paint
#: and a burst of edits is counted once.
DOCUMENT_DELAY_MS = 100

#: The panel's buttons: key, handler, whether the keys go back to the text after it.
BUTTONS: tuple[tuple[str, Callable[[Workspace], object], bool], ...] = (
    ("previous", review.previous_suggestion, True), ("next", review.next_suggestion, True),
    ("accept", review.accept_span, True), ("reject", review.reject_suggestion, True),
    ("label", bulk.accept_label_suggestions, False),
    ("score", bulk.accept_scored_suggestions, False),
    ("links_accept", review.accept_span_relations, True),
    ("links_reject", review.reject_span_relations, True),
    ("suggest", bulk.run_suggesters, False), ("import", bulk.import_suggestions, False))


class ReviewPanel(QScrollArea):
    """Review progress and per-origin precision, with buttons for the review keys.

    A scroll area, so that the dock never raises the window's minimum size.
    """

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False  # True while the filter widgets are set from code
        inner = QWidget(self)
        self.ws = ws
        self.session = ws.session
        self.document_counts = QLabel(inner)
        self.project_counts = QLabel(inner)
        for label in (self.document_counts, self.project_counts):
            label.setWordWrap(True)
        self.table = QTableWidget(0, 8, inner)
        self.table.setMinimumWidth(50)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, (key, handler, back_to_text) in enumerate(BUTTONS):
            button = QPushButton(inner)
            # Long translations must not widen the dock (and so the window's minimum).
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.clicked.connect(
                lambda *_a, h=handler, b=back_to_text: self._call(h, b))
            self.buttons[key] = button
            grid.addWidget(button, i // 2, i % 2)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.document_counts)
        layout.addWidget(self.project_counts)
        layout.addLayout(self._queue_controls(inner))
        layout.addLayout(grid)
        layout.addWidget(self.include_done)
        layout.addWidget(self.table, 1)
        self.table.setMinimumHeight(80)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.stats: list[OriginStats] = []
        self._stale = True
        self._again = False
        self._reader: JobThread | None = None
        # What the last recount read, by file: the next one reads only files that changed
        # (used by one reader thread at a time).
        self._memo = ReviewStatsMemo()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh_project)
        self._shown = False
        self._document_stale = True
        self._document_timer = QTimer(self)
        self._document_timer.setSingleShot(True)
        self._document_timer.setInterval(DOCUMENT_DELAY_MS)
        self._document_timer.timeout.connect(self.refresh_document)
        self.session.annotationsChanged.connect(self._document_changed)
        self.session.saved.connect(lambda _doc: self._timer.start())
        self.session.documentOpened.connect(lambda _doc: self._timer.start())
        self.retranslate()

    def _queue_controls(self, inner: QWidget) -> QFormLayout:
        """Filter (label, origin, score range) and order of the review queue."""
        self.filter_label = QComboBox(inner)
        self.filter_origin = QComboBox(inner)
        self.min_score = QDoubleSpinBox(inner)
        self.max_score = QDoubleSpinBox(inner)
        for box, value in ((self.min_score, 0.0), (self.max_score, 1.0)):
            box.setRange(0.0, 1.0)
            box.setSingleStep(0.05)
            box.setDecimals(2)
            box.setValue(value)
            box.valueChanged.connect(self._filter_changed)
        self.order = QComboBox(inner)
        self.include_done = QCheckBox(inner)  # for the suggester run and suggestion import
        for combo in (self.filter_label, self.filter_origin, self.order):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(self._filter_changed)
        scores = QHBoxLayout()
        scores.addWidget(self.min_score)
        scores.addWidget(self.max_score)
        form = QFormLayout()
        self.form_labels = [QLabel(inner) for _ in range(4)]
        form.addRow(self.form_labels[0], self.filter_label)
        form.addRow(self.form_labels[1], self.filter_origin)
        form.addRow(self.form_labels[2], scores)
        form.addRow(self.form_labels[3], self.order)
        return form

    def _fill_filter_choices(self) -> None:
        """Labels of the schema and origins seen in the project, keeping the current choice."""
        self._filling = True
        for combo, values in ((self.filter_label, [lab.name for lab in
                                                   self.session.schema.span_labels]),
                              (self.filter_origin, sorted({r.origin for r in self.stats}))):
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("all"), None)
            for value in values:
                combo.addItem(value, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
        current = self.order.currentData() or READING_ORDER
        self.order.clear()
        self.order.addItem(self.tr("reading order"), READING_ORDER)
        self.order.addItem(self.tr("lowest score first"), LOWEST_SCORE_FIRST)
        self.order.setCurrentIndex(max(self.order.findData(current), 0))
        self._filling = False

    def queue_filter(self) -> QueueFilter:
        """What the filter controls select (a full 0–1 range: no score condition)."""
        low, high = round(self.min_score.value(), 4), round(self.max_score.value(), 4)
        ranged = low > 0.0 or high < 1.0
        return QueueFilter(label=self.filter_label.currentData(),
                           origin=self.filter_origin.currentData(),
                           min_score=low if ranged else None, max_score=high if ranged else None,
                           order=self.order.currentData() or READING_ORDER)

    def _filter_changed(self, *_args: object) -> None:
        if self._filling:
            return
        self.ws.queue.set_filter(self.queue_filter())

    def set_shown(self, shown: bool) -> None:
        """Whether the dock can be seen (a tab behind another dock cannot).

        Connected to the dock's ``visibilityChanged``: a tabified dock that
        is not the current tab still counts as visible for ``isVisible()``.
        Counts put off while hidden are made when it comes into view.
        """
        self._shown = shown
        if not shown:
            return
        if self._document_stale:
            self.refresh_document()
        if self._stale:
            self._timer.start()

    def _document_changed(self) -> None:
        self._document_stale = True
        if self._shown:
            self._document_timer.start()

    def _call(self, handler: Callable[[Workspace], object], back_to_text: bool) -> None:
        handler(self.ws)
        if back_to_text:  # a decision: the next key goes to the text again
            self.ws.focus_text()

    def retranslate(self) -> None:
        """Texts in the current UI language."""
        texts = {"previous": self.tr("Previous"), "next": self.tr("Next"),
                 "accept": self.tr("Accept"), "reject": self.tr("Reject"),
                 "label": self.tr("Accept all of a label…"),
                 "score": self.tr("Accept all above a score…"),
                 "links_accept": self.tr("Accept its links"),
                 "links_reject": self.tr("Reject its links"),
                 "suggest": self.tr("Run a suggester…"), "import": self.tr("Import suggestions…")}
        for key, button in self.buttons.items():
            button.setText(texts[key])
        for label, text in zip(self.form_labels, (self.tr("Queue label:"), self.tr("Origin:"),
                                                  self.tr("Score from, to:"), self.tr("Order:")),
                               strict=True):
            label.setText(text)
        self.include_done.setText(self.tr("Suggest and import into done documents too"))
        self._fill_filter_choices()
        self.table.setHorizontalHeaderLabels([
            self.tr("Origin"), self.tr("Pending"), self.tr("Accepted"), self.tr("Edited"),
            self.tr("Rejected"), self.tr("Precision"), self.tr("Bulk accepted"),
            self.tr("Links (pending, precision)")])
        precision = self.table.horizontalHeaderItem(5)
        if precision is not None:
            precision.setToolTip(self.tr(
                "Over the suggestions decided one by one; bulk acceptances are counted apart"))
        self.refresh_document()
        self._show_project_counts()

    # ------------------------------------------------------------ document

    def refresh_document(self) -> None:
        """Counts of the open document's suggestions (pending / accepted / rejected)."""
        self._document_stale = False
        ann = self.session.annotations
        if ann is None:
            self.document_counts.setText("")
            return
        stats: dict[str, OriginStats] = {}
        add_to_stats(stats, ann.spans.values())
        add_relations_to_stats(stats, ann.relations.values())
        rows = list(stats.values())
        pending = sum(r.suggested for r in rows)
        reviewed = sum(r.reviewed + r.bulk_accepted for r in rows)
        self.document_counts.setText(
            self.tr("This document: %1 pending, %2 accepted (%3 edited), %4 rejected "
                    "— %5 of %6 reviewed")
            .replace("%1", str(pending))
            .replace("%2", str(sum(r.accepted + r.edited + r.bulk_accepted for r in rows)))
            .replace("%3", str(sum(r.edited for r in rows)))
            .replace("%4", str(sum(r.rejected for r in rows)))
            .replace("%5", str(reviewed)).replace("%6", str(reviewed + pending))
            + self._links_text(rows))

    def _links_text(self, rows: list[OriginStats]) -> str:
        """' Links: …' when any suggested relation is counted in ``rows``, else ''."""
        pending = sum(r.relations_suggested for r in rows)
        accepted = sum(r.relations_accepted for r in rows)
        rejected = sum(r.relations_rejected for r in rows)
        if not pending + accepted + rejected:
            return ""
        return "\n" + self.tr("Links: %1 pending, %2 accepted, %3 rejected") \
            .replace("%1", str(pending)).replace("%2", str(accepted)) \
            .replace("%3", str(rejected))

    # ------------------------------------------------------------ project

    def refresh_project(self) -> None:
        """Per-origin table and project counts, from the files (after a save).

        Reads the annotation files that changed since the last count (all of
        them the first time: 0.5 s for 1,000 documents), in a background
        thread with a project of its own (reading through the window's
        project would record the files as known, and an outside change would
        then be overwritten), and only while the dock is shown.
        """
        if not self._shown:
            self._stale = True
            return
        self._stale = False
        if self._reader is not None:
            self._again = True
            return
        path, who, memo = self.session.project.path, self.session.project.annotator, self._memo

        def work(_ctx: JobContext) -> list[OriginStats]:
            return review_stats(Project.open(path, annotator=who), who, memo)

        reader = JobThread(work, self)
        reader.succeeded.connect(self._show_stats)
        reader.finished.connect(self._reader_finished)
        self._reader = reader
        reader.start()

    def stop(self) -> None:
        """Wait for a running recount (before the window closes)."""
        if self._reader is not None:
            self._reader.wait()

    def _reader_finished(self) -> None:
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.wait()
            reader.deleteLater()
        if self._again:
            self._again = False
            self.refresh_project()

    def _show_stats(self, stats: list[OriginStats]) -> None:
        self.stats = stats
        self._fill_filter_choices()
        self.table.setRowCount(len(self.stats))
        for r, row in enumerate(self.stats):
            p, rp = row.precision, row.relations_precision
            links = "" if not row.relations_suggested + row.relations_reviewed else \
                f"{row.relations_suggested}, {'–' if rp is None else f'{rp:.0%}'}"
            values = (row.origin, row.suggested, row.accepted, row.edited, row.rejected,
                      "–" if p is None else f"{p:.0%}", row.bulk_accepted, links)
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setToolTip(row.origin)
                self.table.setItem(r, c, item)
        self._show_project_counts()

    def _show_project_counts(self) -> None:
        rows = self.stats
        pending = sum(r.suggested for r in rows)
        docs = sum(1 for e in self.session.project.documents()
                   if e.span_counts(self.session.project.annotator).get(Status.SUGGESTED.value))
        self.project_counts.setText(
            self.tr("Project: %1 pending in %2 documents, %3 accepted (%4 edited), "
                    "%5 rejected")
            .replace("%1", str(pending)).replace("%2", str(docs))
            .replace("%3", str(sum(r.accepted + r.edited + r.bulk_accepted for r in rows)))
            .replace("%4", str(sum(r.edited for r in rows)))
            .replace("%5", str(sum(r.rejected for r in rows)))
            + self._links_text(rows))
