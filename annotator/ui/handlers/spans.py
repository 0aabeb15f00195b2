"""Span handlers: tag the selection, relabel, delete, move edges, step through spans.

A tag key snaps the selection to whole words and leaves proclitics out
(:func:`annotator.core.tagging.tag_range`); with no text selected it
relabels the selected span, and on a conflict of suggestions it picks that
label's alternative (:func:`annotator.ui.handlers.review.decide_by_label`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.core import edits
from annotator.core.edits import AddSpan
from annotator.core.model import Span, Status, span_sort_key
from annotator.core.tagging import move_edge as moved_edges
from annotator.core.tagging import paragraph_is_rtl, tag_range
from annotator.suggest.decisions import reject_with_relations, relabel_edit, resize_edit
from annotator.ui.handlers.review import decide_by_label
from annotator.ui.workspace import MANUAL_ORIGIN, Workspace

translate = QCoreApplication.translate


def visible_spans(ws: Workspace) -> list[Span]:
    """The open document's spans in text order, rejected suggestions left out."""
    ann = ws.session.annotations
    if ann is None:
        return []
    return [s for s in ann.sorted_spans() if s.status is not Status.REJECTED]


def _step_span(ws: Workspace, delta: int) -> None:
    spans = visible_spans(ws)
    if not spans:
        ws.show_status(translate("MainWindow", "No spans in this document yet."))
        return
    ids = [s.id for s in spans]
    selected = ws.selected_span()
    if selected is not None and selected.id in ids:
        i = (ids.index(selected.id) + delta) % len(ids)
    else:
        i = _index_from_cursor(spans, ws.view.cursor_cp(), delta)
    ws.select_span(ids[i])


def _index_from_cursor(spans: list[Span], cursor: int, delta: int) -> int:
    """The first span at or after the cursor (``delta`` +1), or the last one before it."""
    after = [i for i, s in enumerate(spans) if s.start >= cursor]
    if delta > 0:
        return after[0] if after else 0
    return after[0] - 1 if after else len(spans) - 1


def select_next_span(ws: Workspace) -> None:
    """Select the next span in text order (Tab)."""
    _step_span(ws, +1)


def select_previous_span(ws: Workspace) -> None:
    """Select the previous span in text order (Shift+Tab)."""
    _step_span(ws, -1)


def tag_with_label(ws: Workspace, label: str, exact: bool = False) -> None:
    """Tag the selection with ``label`` (snapped unless ``exact``); else relabel the span."""
    s = ws.session
    if s.document is None:
        return
    start, end = ws.view.selection_cp()
    if start == end:
        span = ws.selected_span()
        if span is None:
            ws.status_error(translate("MainWindow", "Select some text first (Shift+arrows), "
                                                    "or a span (Tab) to relabel it."))
        elif decide_by_label(ws, label):
            pass  # a conflict: this label's alternative accepted, the others rejected
        elif span.label != label:
            ws.apply(relabel_edit(s.text, span, label))
        return
    settings = s.project.settings
    rng = tag_range(s.text, start, end,
                    snap=not exact and bool(settings.get("snap_to_words", True)),
                    proclitics=bool(settings.get("strip_proclitics", True)),
                    known_words=s.vocabulary)  # computed only if a proclitic asks
    if rng is None:
        ws.status_error(translate("MainWindow", "The selection holds no word to tag."))
        return
    span = edits.make_span(s.text, rng[0], rng[1], label, origin=MANUAL_ORIGIN)
    if ws.apply(AddSpan(span, translate("MainWindow", "Tag %1").replace("%1", label))):
        ws.view.select_cp(rng[1], rng[1])
        ws.select_span(span.id)


def delete_span(ws: Workspace) -> None:
    """Remove the selected span and its relations (one undo step).

    A suggestion is rejected instead: review never deletes, so the
    suggester's precision can still be measured.
    """
    span = ws.selected_span()
    ann = ws.session.annotations
    if span is None or ann is None:
        ws.status_error(translate("MainWindow", "No span selected (Tab selects the next one)."))
        return
    following = _neighbour(ws, span)
    if span.status is Status.SUGGESTED:  # its suggested links are rejected with it
        edit: edits.Edit = reject_with_relations(ann, span, ws.session.project.annotator)
    else:
        edit = edits.remove_span_with_relations(ann, span)
    if ws.apply(edit):
        ws.select_span(following)


def _neighbour(ws: Workspace, span: Span) -> str | None:
    spans = [s for s in visible_spans(ws) if s.id != span.id]
    later = [s for s in spans if span_sort_key(s) > span_sort_key(span)]
    return (later[0] if later else spans[-1]).id if spans else None


def clear_selection(ws: Workspace) -> None:
    """Deselect the span and collapse the text selection (Esc)."""
    ws.select_span(None)
    cursor = ws.view.cursor_cp()
    ws.view.select_cp(cursor, cursor)


def move_edge(ws: Workspace, edge: str, visual: str, by_word: bool) -> None:
    """Move the selected span's ``edge`` ('start'/'end') ``visual``ly left/right."""
    span = ws.selected_span()
    if span is None:
        ws.status_error(translate("MainWindow", "No span selected (Tab selects the next one)."))
        return
    text = ws.session.text
    rtl = paragraph_is_rtl(text, span.start)
    # In a right-to-left paragraph, leftwards is later in the text.
    direction = +1 if (visual == "left") == rtl else -1
    new = moved_edges(text, ws.word_index(), span.start, span.end, edge=edge,
                      direction=direction, by_word=by_word)
    if new is None:
        ws.status_error(translate("MainWindow", "The edge cannot move further."))
        return
    ws.apply(resize_edit(text, span, *new))
