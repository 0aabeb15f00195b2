"""Review handlers: walk the queue (N / Shift+N), accept (Return), reject (X), decide links.

Return accepts and X rejects the selected suggestion and both move on in the
queue (:class:`annotator.ui.review_queue.ReviewQueue`); a label key on a
conflict picks that alternative and rejects the others in one undo step.
Suggested relations follow their spans in the same step; Shift+Return /
Shift+X accept or reject the selected span's links explicitly.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.core import edits
from annotator.core.model import Status
from annotator.suggest import queue as rq
from annotator.suggest import review
from annotator.suggest.decisions import accept_with_relations
from annotator.ui.workspace import Workspace

translate = QCoreApplication.translate


def _reviewer(ws: Workspace) -> str:
    return str(ws.session.project.annotator)


def next_suggestion(ws: Workspace) -> None:
    """Select the next pending suggestion: here, then in the next document with some (N)."""
    ws.queue.move(+1)


def previous_suggestion(ws: Workspace) -> None:
    """Select the previous pending suggestion, back into earlier documents (Shift+N)."""
    ws.queue.move(-1)


def accept_span(ws: Workspace) -> None:
    """Accept the selected suggestion (a conflict: reject the alternatives) and move on."""
    span = ws.selected_span()
    ann = ws.session.annotations
    if span is None or ann is None or span.status is Status.ACCEPTED:
        if span is None:
            ws.status_error(translate(
                "MainWindow", "Select a pending suggestion first (N selects the next one)."))
        return
    who = _reviewer(ws)
    if span.status is Status.REJECTED:  # taken back from the span list: no queue move
        ws.apply(accept_with_relations(ws.session.text, ann, span, who))
        return
    item = ws.queue.item_of(span)
    if item is not None and item.is_conflict:
        edit: edits.Edit = rq.resolve_conflict(ann, item, span, text=ws.session.text,
                                               reviewer=who)
    else:
        edit = accept_with_relations(ws.session.text, ann, span, who)
    ws.queue.decide(edit, span)


def reject_suggestion(ws: Workspace) -> None:
    """Reject the selected suggestion (a conflict: every alternative) and move on (X)."""
    span = ws.selected_span()
    ann = ws.session.annotations
    if span is None or ann is None or span.status is not Status.SUGGESTED:
        ws.status_error(translate(
            "MainWindow", "Select a pending suggestion first (N selects the next one)."))
        return
    item = ws.queue.item_of(span)
    who = _reviewer(ws)
    parts: list[edits.Edit] = []
    for one in item.spans if item is not None else (span,):
        parts.append(review.reject(one, reviewer=who))
        parts.extend(review.relations_to_reject(ann, one.id, reviewer=who))
    edit = parts[0] if len(parts) == 1 else edits.Batch(tuple(parts), "Reject suggestion")
    ws.queue.decide(edit, span)


def decide_by_label(ws: Workspace, label: str) -> bool:
    """On a conflict holding ``label``: accept that alternative, reject the others, move on.

    False (nothing done) when the selected span is no such conflict; the
    label key then relabels as usual.
    """
    span = ws.selected_span()
    ann = ws.session.annotations
    if span is None or ann is None or span.status is not Status.SUGGESTED:
        return False
    item = ws.queue.item_of(span)
    chosen = item.alternative(label) if item is not None and item.is_conflict else None
    if item is None or chosen is None:
        return False
    edit = rq.resolve_conflict(ann, item, chosen, text=ws.session.text, reviewer=_reviewer(ws))
    ws.queue.decide(edit, span)
    return True


def accept_span_relations(ws: Workspace) -> None:
    """Accept the selected span's suggested links whose other end is accepted (one step).

    A pending span is accepted with them; a link to a span still pending
    stays pending (the status bar says how many).
    """
    _review_span_relations(ws, Status.ACCEPTED)


def reject_span_relations(ws: Workspace) -> None:
    """Reject the selected span's suggested links; the span itself stays as it is."""
    _review_span_relations(ws, Status.REJECTED)


def _review_span_relations(ws: Workspace, status: Status) -> None:
    span = ws.selected_span()
    ann = ws.session.annotations
    if span is None or ann is None:
        ws.status_error(translate("MainWindow", "No span selected (Tab selects the next one)."))
        return
    waiting = review.pending_relations(ann, span.id)
    if not waiting:
        ws.status_error(translate("MainWindow", "The selected span has no pending links."))
        return
    batch = review.review_relations(ann, span, status, reviewer=_reviewer(ws))
    decided = review.split_counts(batch)[1]
    if not batch.edits:
        ws.status_error(translate(
            "MainWindow", "Accept the other end of its links first: %1 links wait for it."
        ).replace("%1", str(len(waiting))))
        return
    if not ws.apply(batch):
        return
    if status is Status.ACCEPTED:
        message = translate(
            "MainWindow", "Accepted %1 links; %2 wait for their other span."
        ).replace("%1", str(decided)).replace("%2", str(len(waiting) - decided))
    else:
        message = translate("MainWindow", "Rejected %1 links.").replace("%1", str(decided))
    ws.show_status(message)
