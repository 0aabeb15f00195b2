"""The review queue in the window: where N, Return and X lead, across the project.

Return accepts and X rejects the selected suggestion, and both move to the
next pending item: in the document's queue order
(:class:`annotator.suggest.queue.SteadyQueue`), then into the next document
of the list that has pending suggestions. N / Shift+N move without
deciding. At the end of the project the queue says so once and stays where
it is (no silent wrap). The keys themselves are handlers in
:mod:`annotator.ui.handlers.review`.

A permanent label in the status bar shows "k of n" for the document and for
the project. Other documents are counted from the project index (their
pending suggestions, unfiltered), refreshed when a document opens.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel

from annotator.core import edits
from annotator.core.model import Span, Status
from annotator.suggest import queue as rq

if TYPE_CHECKING:
    from annotator.formats.listing import DocumentEntry
    from annotator.ui.workspace import Workspace


@dataclass
class _PendingSpread:
    """Where the list's documents with pending suggestions are (the open one included, as
    last saved), kept up to date one document at a time."""

    row: dict[str, int]  # each listed document's row
    rows: list[int]  # rows of the documents with pending suggestions, in order
    total: int  # their pending suggestions

    @classmethod
    def of(cls, ids: list[str], counts: dict[str, int]) -> _PendingSpread:
        """From the list's ids and the documents' pending counts."""
        rows = [r for r, i in enumerate(ids) if counts.get(i)]
        return cls({i: r for r, i in enumerate(ids)}, rows, sum(counts[ids[r]] for r in rows))

    def recount(self, doc_id: str, old: int, new: int) -> None:
        """``doc_id`` now has ``new`` pending suggestions instead of ``old``."""
        place = self.row.get(doc_id)
        if place is None or old == new:
            return
        self.total += new - old
        k = bisect_left(self.rows, place)
        listed = k < len(self.rows) and self.rows[k] == place
        if new and not listed:
            self.rows.insert(k, place)
        elif not new and listed:
            del self.rows[k]


class ReviewQueue(QObject):
    """The queue's state in the window: filter, steady order, counts and the "k of n" label."""

    def __init__(self, ws: Workspace) -> None:
        super().__init__(ws.host())
        self.ws = ws
        self.steady = rq.SteadyQueue()
        self._counts: dict[str, int] | None = None  # pending per document, from the index
        self._open: str | None = None  # the document open (its count: as last saved)
        # The list's ids, and where its documents with pending suggestions are: reading
        # 10,000 rows back from the list took 80 ms, at every move of the selection.
        self._ids: list[str] | None = None
        self._spread: _PendingSpread | None = None
        self._end_said = False
        self.label = QLabel(ws.host())
        ws.host().statusBar().addPermanentWidget(self.label)
        ws.session.documentOpened.connect(self._document_opened)
        # After an edit the label waits for the event loop: a burst of edits counts once.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.update_status)
        ws.session.annotationsChanged.connect(self._timer.start)
        proxy = ws.documents.proxy
        for signal in (proxy.modelReset, proxy.layoutChanged, proxy.rowsInserted,
                       proxy.rowsRemoved, proxy.rowsMoved):
            signal.connect(self._list_changed)

    @property
    def filter(self) -> rq.QueueFilter:
        """What the queue serves (set from the Review panel)."""
        return self.steady.filter

    def set_filter(self, flt: rq.QueueFilter) -> None:
        """Serve only what ``flt`` selects, in its order (from the Review panel)."""
        self.steady.set_filter(flt)
        self._end_said = False
        self.update_status()

    def items(self) -> list[rq.QueueItem]:
        """The open document's queue under the current filter, in a steady order."""
        return self.steady.items(self.ws.session.annotations)

    def item_of(self, span: Span) -> rq.QueueItem | None:
        """The queue item holding ``span`` (conflicts are grouped even when filtered out)."""
        return rq.item_at(self.ws.session.annotations, span)

    # ------------------------------------------------------------ moving

    def decide(self, edit: edits.Edit, span: Span) -> None:
        """Apply a decision on ``span``, then select what follows it in the queue's order."""
        before = self.items()
        if not self.ws.apply(edit):
            return
        target = rq.next_after_decision(before, self.items(), span.id)
        if target is not None:
            self.select_item(target)
        elif rq.position(before, span.id) is not None:
            self.move_to_document(+1)  # nothing later here: on into the next document
        else:
            self.move(+1, after=span)

    def move(self, delta: int, after: Span | None = None) -> bool:
        """Select the item after ``after`` (or the selection), else in other documents."""
        current = after if after is not None else self.ws.selected_span()
        target = rq.step(self.items(), current, self.ws.view.cursor_cp(), delta)
        if target is not None:
            self.select_item(target)
            return True
        return self.move_to_document(delta)

    def select_item(self, item: rq.QueueItem) -> None:
        """Select the item's first span (the window's selection updates the "k of n")."""
        self._end_said = False
        self.ws.select_span(item.first.id)

    def list_ids(self) -> list[str]:
        """Document ids in the order of the (filtered) document list (kept until it changes)."""
        if self._ids is None:
            self._ids = self.ws.documents.proxy.shown_ids()
        return self._ids

    def _list_changed(self, *_args: object) -> None:
        """The list was filtered, sorted or changed: its ids and counts are read again."""
        self._ids = self._spread = None
        self._timer.start()

    def move_to_document(self, delta: int) -> bool:
        """Open the next (``delta`` +1) or previous document with pending items, select one."""
        session = self.ws.session
        ids = self.list_ids()
        here = session.document.id if session.document else None
        start = ids.index(here) if here in ids else -1
        counts = self._pending_counts()  # the open document is not in the order below
        order = ids[start + 1:] if delta > 0 else list(reversed(ids[:max(start, 0)]))
        for doc_id in order:
            if not counts.get(doc_id):
                continue
            self.ws.open_document(doc_id)
            if session.document is None or session.document.id != doc_id:
                return False  # could not be opened (the error was shown)
            items = self.items()
            if items:
                self.select_item(items[0] if delta > 0 else items[-1])
                return True
        self._say_end(delta)
        return False

    def _say_end(self, delta: int) -> None:
        """Once per arrival at an end: nothing further in this direction."""
        self.update_status()
        if self._end_said:
            return
        self._end_said = True
        counts = self._pending_counts()
        left = sum(counts.values()) - counts.get(self._open or "", 0) + len(self.items())
        if delta > 0:
            message = QCoreApplication.translate(
                "MainWindow", "End of the queue: nothing pending after this in the project.")
        else:
            message = QCoreApplication.translate(
                "MainWindow", "Start of the queue: nothing pending before this in the project.")
        if left:
            message += " " + QCoreApplication.translate(
                "MainWindow", "%1 suggestions are still pending elsewhere.").replace(
                "%1", str(left))
        self.ws.show_status(message)

    # ------------------------------------------------------------ the status bar

    def _document_opened(self, doc_id: str) -> None:
        self.steady.reset()
        left, self._open = self._open, doc_id
        if left is not None and self._counts is not None:
            # Saved before the switch: its count in the index is fresh (one entry read,
            # not the whole index: opening a document stays fast in a big project).
            entry = self.ws.session.project.entry(left)
            new = self._pending_of(entry) if entry is not None else 0
            old = self._counts.get(left, 0)
            self._counts[left] = new
            if self._spread is not None:
                self._spread.recount(left, old, new)
        self.update_status()

    def refresh_counts(self) -> None:
        """Re-read the documents' pending counts (after a job changed files)."""
        self._counts = self._spread = None
        self.update_status()

    def _pending_spread(self) -> _PendingSpread:
        """Where the list's documents with pending suggestions are (cached)."""
        if self._spread is None:
            self._spread = _PendingSpread.of(self.list_ids(), self._pending_counts())
        return self._spread

    def _pending_counts(self) -> dict[str, int]:
        """Pending suggestions per document, from the project index (cached)."""
        if self._counts is None:
            self._counts = {e.id: self._pending_of(e)
                            for e in self.ws.session.project.documents()}
        return self._counts

    def _pending_of(self, entry: DocumentEntry) -> int:
        """The pending suggestions of a document in the index (as last saved)."""
        counts = entry.span_counts(self.ws.session.project.annotator)
        return int(counts.get(Status.SUGGESTED.value, 0))

    def status_text(self) -> str:
        """ "Suggestion k of n here · document d of m with pending · N pending in the project".

        In the document, n counts its suggestions decided and pending (under
        the filter, a conflict as one), so k is how far the review has got.
        In the project, m counts the documents of the list with pending
        suggestions (the open one included) and N the pending suggestions.
        """
        items = self.items()
        span = self.ws.selected_span()
        k = rq.position(items, span.id if span else None)
        decided = self.steady.decided(self.ws.session.annotations)
        document = self.ws.session.document
        here = document.id if document else None
        spread = self._pending_spread()
        place = spread.row.get(here) if here is not None else None
        # The open document counts what is pending in it now, not as last saved.
        saved_here = self._pending_counts().get(here, 0) \
            if here is not None and place is not None else 0
        total = spread.total - saved_here + sum(len(it.spans) for it in items)
        if not items:
            text = QCoreApplication.translate("MainWindow", "No pending suggestion here")
        elif k is None:
            text = QCoreApplication.translate("MainWindow", "%1 pending here").replace(
                "%1", str(len(items)))
        else:
            text = (QCoreApplication.translate("MainWindow", "Suggestion %1 of %2 here")
                    .replace("%1", str(decided + k + 1))
                    .replace("%2", str(decided + len(items))))
        if items and place is not None:
            others = len(spread.rows) - (1 if saved_here else 0)
            text += " · " + QCoreApplication.translate(
                "MainWindow", "document %1 of %2 with pending").replace(
                "%1", str(bisect_left(spread.rows, place) + 1)).replace("%2", str(others + 1))
        return text + " · " + QCoreApplication.translate(
            "MainWindow", "%1 pending in the project").replace("%1", str(total))

    def update_status(self) -> None:
        """Refresh the "k of n" label."""
        if self.ws.session.annotations is not None:
            self.label.setText(self.status_text())
