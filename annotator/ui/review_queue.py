"""The review queue in the window: one key per decision, across the project.

Return accepts and X rejects the selected suggestion, and both move to the
next pending item: in the document's queue order
(:func:`annotator.suggest.queue.queue_items`), then into the next document
of the list that has pending suggestions. N / Shift+N move without
deciding. At the end of the project the queue says so once and stays where
it is (no silent wrap). A label key on a conflict picks that alternative and
rejects the others in one undo step.

A permanent label in the status bar shows "k of n" for the document and for
the project. Other documents are counted from the project index (their
pending suggestions, unfiltered), refreshed when a document opens.

Marking a document done while suggestions or suggested links are pending
asks first (:meth:`QueueMixin.mark_done_checked`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from annotator.core import edits
from annotator.core.model import AnnotationSet, DocStatus, Span, Status
from annotator.suggest import queue as rq
from annotator.suggest import review

if TYPE_CHECKING:
    _WindowBase = QMainWindow
else:
    _WindowBase = object

STATUS_MS = 6000


def reject_all_pending(ann: AnnotationSet, reviewer: str, then_done: bool) -> edits.Batch:
    """Reject every pending suggestion and suggested link (and mark done): one undo step."""
    parts: list[edits.Edit] = [
        review.reject(s, reviewer=reviewer)
        for s in ann.sorted_spans()
        if s.status is Status.SUGGESTED
    ]
    parts += [
        review.set_relation_status(r, Status.REJECTED, reviewer=reviewer)
        for r in review.pending_relations(ann)
    ]
    decided = len(parts)
    if then_done and ann.status is not DocStatus.DONE:
        parts.append(edits.SetDocStatus(ann.status, DocStatus.DONE))
        return edits.Batch(tuple(parts), f"Reject {decided} pending and mark done")
    return edits.Batch(tuple(parts), f"Reject {decided} pending")


class QueueMixin(_WindowBase):
    """Queue handlers of :class:`annotator.ui.main_window.MainWindow` (before ReviewMixin)."""

    # The main window provides these.
    session: Any
    view: Any
    documents: Any
    _status_error: Callable[[str], None]
    _apply: Callable[[edits.Edit], bool]
    select_span: Callable[[str | None], None]
    selected_span: Callable[[], Span | None]
    open_document: Callable[[str], None]

    queue_filter: rq.QueueFilter = rq.QueueFilter()
    queue_label: QLabel
    done_box: QMessageBox | None = None
    _elsewhere: dict[str, int] | None = None
    _order: dict[str, int] | None = None  # span id -> place in the queue (see queue_items)
    _queue_cache: tuple[Any, list[rq.QueueItem]] | None = None
    _decided: tuple[Any, int] | None = None
    _end_said = False

    def _init_queue(self) -> None:
        """The status bar's "k of n" label; call once from the window's constructor."""
        self.queue_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.queue_label)
        self.session.documentOpened.connect(self._queue_document_opened)
        # After an edit the label waits for the event loop: a burst of edits counts once.
        self._queue_timer = QTimer(self)
        self._queue_timer.setSingleShot(True)
        self._queue_timer.setInterval(0)
        self._queue_timer.timeout.connect(self.update_queue_status)
        self.session.annotationsChanged.connect(self._queue_timer.start)

    def set_queue_filter(self, flt: rq.QueueFilter) -> None:
        """Serve only what ``flt`` selects, in its order (from the Review panel)."""
        self.queue_filter = flt
        self._order = None
        self._end_said = False
        self.update_queue_status()

    def queue_items(self) -> list[rq.QueueItem]:
        """The open document's queue under the current filter, in a steady order.

        The order is taken when the document opens, the filter changes or
        new suggestions arrive, and kept while the analyst decides: deciding
        a claim can move its source's natural place, but must not make the
        queue jump over items still to come.
        """
        ann = self.session.annotations
        key = (id(ann), ann.document_id if ann is not None else None,
               ann.suggestions_version if ann is not None else None, self.queue_filter)
        cached = self._queue_cache
        if ann is not None and cached is not None and cached[0] == key:
            return cached[1]  # nothing changed since: a keypress asks several times
        items = rq.queue_items(ann, self.queue_filter)
        order = self._order
        if order is None or any(s.id not in order for it in items for s in it.spans):
            self._order = order = {s.id: i for i, it in enumerate(items) for s in it.spans}
        items = sorted(items, key=lambda it: min(order[s.id] for s in it.spans))
        self._queue_cache = (key, items)
        return items

    # ------------------------------------------------------------ moving

    def next_suggestion(self) -> None:
        """Select the next pending suggestion: here, then in the next document with some (N)."""
        self._move(+1)

    def previous_suggestion(self) -> None:
        """Select the previous pending suggestion, back into earlier documents (Shift+N)."""
        self._move(-1)

    def _decide(self, edit: edits.Edit, span: Span) -> None:
        """Apply a decision on ``span``, then select what follows it in the queue's order."""
        before = self.queue_items()
        if not self._apply(edit):
            return
        target = rq.next_after_decision(before, self.queue_items(), span.id)
        if target is not None:
            self._select_item(target)
        elif rq.position(before, span.id) is not None:
            self._move_to_document(+1)  # nothing later here: on into the next document
        else:
            self._move(+1, after=span)

    def _move(self, delta: int, after: Span | None = None) -> bool:
        """Select the item after ``after`` (or the selection), else in other documents."""
        current = after if after is not None else self.selected_span()
        target = rq.step(self.queue_items(), current, self.view.cursor_cp(), delta)
        if target is not None:
            self._select_item(target)
            return True
        return self._move_to_document(delta)

    def _select_item(self, item: rq.QueueItem) -> None:
        self._end_said = False
        self.select_span(item.first.id)  # the window's select_span updates the "k of n"

    def _list_ids(self) -> list[str]:
        proxy = self.documents.proxy
        return [
            proxy.data(proxy.index(r, 0), Qt.ItemDataRole.UserRole) for r in range(proxy.rowCount())
        ]

    def _move_to_document(self, delta: int) -> bool:
        ids = self._list_ids()
        here = self.session.document.id if self.session.document else None
        start = ids.index(here) if here in ids else -1
        counts = self._pending_elsewhere()
        order = ids[start + 1 :] if delta > 0 else list(reversed(ids[: max(start, 0)]))
        for doc_id in order:
            if not counts.get(doc_id):
                continue
            self.open_document(doc_id)
            if self.session.document is None or self.session.document.id != doc_id:
                return False  # could not be opened (the error was shown)
            items = self.queue_items()
            if items:
                self._select_item(items[0] if delta > 0 else items[-1])
                return True
        self._say_end(delta)
        return False

    def _say_end(self, delta: int) -> None:
        """Once per arrival at an end: nothing further in this direction."""
        self.update_queue_status()
        if self._end_said:
            return
        self._end_said = True
        left = sum(self._pending_elsewhere().values()) + len(self.queue_items())
        if delta > 0:
            message = QCoreApplication.translate(
                "MainWindow", "End of the queue: nothing pending after this in the project."
            )
        else:
            message = QCoreApplication.translate(
                "MainWindow", "Start of the queue: nothing pending before this in the project."
            )
        if left:
            message += " " + QCoreApplication.translate(
                "MainWindow", "%1 suggestions are still pending elsewhere."
            ).replace("%1", str(left))
        self.statusBar().showMessage(message, STATUS_MS)

    # ------------------------------------------------------------ deciding

    def accept_span(self) -> None:
        """Accept the selected suggestion (a conflict: reject the alternatives) and move on."""
        span = self.selected_span()
        ann = self.session.annotations
        if span is None or ann is None or span.status is Status.ACCEPTED:
            if span is None:
                self._status_error(
                    QCoreApplication.translate(
                        "MainWindow", "Select a pending suggestion first (N selects the next one)."
                    )
                )
            return
        item = self._item_of(span)
        who = str(self.session.project.annotator)
        if span.status is Status.REJECTED:  # taken back from the span list: no queue move
            from annotator.ui.review_actions import accept_with_relations

            self._apply(accept_with_relations(self.session.text, ann, span, who))
            return
        if item is not None and item.is_conflict:
            edit: edits.Edit = rq.resolve_conflict(
                ann, item, span, text=self.session.text, reviewer=who
            )
        else:
            from annotator.ui.review_actions import accept_with_relations

            edit = accept_with_relations(self.session.text, ann, span, who)
        self._decide(edit, span)

    def reject_suggestion(self) -> None:
        """Reject the selected suggestion (a conflict: every alternative) and move on (X)."""
        span = self.selected_span()
        ann = self.session.annotations
        if span is None or ann is None or span.status is not Status.SUGGESTED:
            self._status_error(
                QCoreApplication.translate(
                    "MainWindow", "Select a pending suggestion first (N selects the next one)."
                )
            )
            return
        item = self._item_of(span)
        who = str(self.session.project.annotator)
        spans = item.spans if item is not None else (span,)
        parts: list[edits.Edit] = []
        for one in spans:
            parts.append(review.reject(one, reviewer=who))
            parts.extend(review.relations_to_reject(ann, one.id, reviewer=who))
        edit = parts[0] if len(parts) == 1 else edits.Batch(tuple(parts), "Reject suggestion")
        self._decide(edit, span)

    def decide_by_label(self, label: str) -> bool:
        """On a conflict holding ``label``: accept that alternative, reject the others, move on.

        False (nothing done) when the selected span is no such conflict; the
        label key then relabels as usual.
        """
        span = self.selected_span()
        ann = self.session.annotations
        if span is None or ann is None or span.status is not Status.SUGGESTED:
            return False
        item = self._item_of(span)
        chosen = item.alternative(label) if item is not None and item.is_conflict else None
        if item is None or chosen is None:
            return False
        edit = rq.resolve_conflict(
            ann, item, chosen, text=self.session.text, reviewer=str(self.session.project.annotator)
        )
        self._decide(edit, span)
        return True

    def _item_of(self, span: Span) -> rq.QueueItem | None:
        """The queue item holding ``span`` (conflicts are grouped even when filtered out)."""
        return rq.item_at(self.session.annotations, span)

    # ------------------------------------------------------------ the status bar

    def _queue_document_opened(self, _doc_id: str) -> None:
        self._order = None
        self._elsewhere = None
        self.update_queue_status()

    def refresh_queue_counts(self) -> None:
        """Re-read the other documents' pending counts (after a job changed files)."""
        self._elsewhere = None
        self.update_queue_status()

    def _pending_elsewhere(self) -> dict[str, int]:
        """Pending suggestions per other document, from the project index (cached)."""
        if self._elsewhere is None:
            who = self.session.project.annotator
            here = self.session.document.id if self.session.document else None
            self._elsewhere = {
                e.id: int(e.span_counts(who).get(Status.SUGGESTED.value, 0))
                for e in self.session.project.documents()
                if e.id != here
            }
        return self._elsewhere

    def queue_status_text(self) -> str:
        """ "Suggestion k of n here · document d of m with pending · N pending in the project".

        In the document, n counts its suggestions decided and pending (under
        the filter, a conflict as one), so k is how far the review has got.
        In the project, m counts the documents of the list with pending
        suggestions (the open one included) and N the pending suggestions.
        """
        items = self.queue_items()
        span = self.selected_span()
        k = rq.position(items, span.id if span else None)
        decided = self._decided_count()
        ids = self._list_ids()
        here = self.session.document.id if self.session.document else None
        counts = self._pending_elsewhere()
        with_pending = [i for i in ids if counts.get(i) or (i == here and items)]
        total = sum(counts.get(i, 0) for i in ids if i != here) + sum(len(it.spans) for it in items)
        if not items:
            text = QCoreApplication.translate("MainWindow", "No pending suggestion here")
        elif k is None:
            text = QCoreApplication.translate("MainWindow", "%1 pending here").replace(
                "%1", str(len(items))
            )
        else:
            text = (
                QCoreApplication.translate("MainWindow", "Suggestion %1 of %2 here")
                .replace("%1", str(decided + k + 1))
                .replace("%2", str(decided + len(items)))
            )
        if here in with_pending:
            text += " · " + QCoreApplication.translate(
                "MainWindow", "document %1 of %2 with pending"
            ).replace("%1", str(with_pending.index(here) + 1)).replace("%2", str(len(with_pending)))
        return (
            text
            + " · "
            + QCoreApplication.translate("MainWindow", "%1 pending in the project").replace(
                "%1", str(total)
            )
        )

    def _decided_count(self) -> int:
        """:func:`annotator.suggest.queue.decided_count`, once per state of the annotations."""
        cached = self._queue_cache
        if cached is None:
            return rq.decided_count(self.session.annotations, self.queue_filter)
        if self._decided is None or self._decided[0] != cached[0]:
            self._decided = (cached[0],
                             rq.decided_count(self.session.annotations, self.queue_filter))
        return self._decided[1]

    def update_queue_status(self) -> None:
        """Refresh the "k of n" label."""
        label = getattr(self, "queue_label", None)
        if label is not None and self.session.annotations is not None:
            label.setText(self.queue_status_text())

    # ------------------------------------------------------------ marking done

    def mark_done_checked(self) -> QMessageBox | None:
        """Mark done; with pending suggestions or links ask first (returns the question box).

        The question offers: review them (the first pending item is
        selected), reject the rest and mark done (one undo step), or cancel
        (Escape).
        """
        ann = self.session.annotations
        if ann is None:
            return None
        spans = sum(1 for s in ann.spans.values() if s.status is Status.SUGGESTED)
        links = len(review.pending_relations(ann))
        if not spans and not links:
            self._mark_done_now()
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MainWindow", "Pending suggestions"),
            QCoreApplication.translate(
                "MainWindow",
                "This document still holds %1 pending suggestions and %2 "
                "pending links. A done document should hold only decisions.",
            )
            .replace("%1", str(spans))
            .replace("%2", str(links)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        review_button = box.addButton(
            QCoreApplication.translate("MainWindow", "Review them"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        reject_button = box.addButton(
            QCoreApplication.translate("MainWindow", "Reject the rest and mark done"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(review_button)
        box.setEscapeButton(cancel)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            if clicked is review_button:
                self.review_first_pending()
            elif clicked is reject_button and self.session.annotations is ann:
                edit = reject_all_pending(ann, str(self.session.project.annotator), True)
                if self._apply(edit):
                    self.session.save()
            self.done_box = None

        box.finished.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.done_box = box
        box.open()
        return box

    def review_first_pending(self) -> None:
        """Select the document's first pending item (unfiltered when the filter hides them)."""
        items = self.queue_items() or rq.queue_items(self.session.annotations)
        if items:
            self._select_item(items[0])

    def _mark_done_now(self) -> None:
        try:
            self.session.set_status(DocStatus.DONE)
        except edits.EditError as err:
            self._status_error(str(err))
            return
        self.session.save()
