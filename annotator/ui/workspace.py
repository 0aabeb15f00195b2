"""What an action handler may use: the :class:`Workspace` the main window provides.

Handlers (``annotator.ui.handlers``) are plain functions ``f(ws, ...)`` of
this Protocol, so the action table and the review panel refer to the
functions themselves and mypy checks every binding. The window keeps
construction, docks, layout memory and signal wiring; a handler reaches the
session, the view, the selection, the status bar and the error box through
these names only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from annotator.core.edits import Edit
from annotator.core.model import Span

if TYPE_CHECKING:
    from annotator.core.tagging import WordIndex
    from annotator.ui.attribute_panel import AttributePanel
    from annotator.ui.document_list import DocumentList
    from annotator.ui.label_palette import LabelPalette
    from annotator.ui.relation_picker import RelationPicker
    from annotator.ui.review_jobs import JobSlot
    from annotator.ui.review_panel import ReviewPanel
    from annotator.ui.review_queue import ReviewQueue
    from annotator.ui.schema_dialog import SchemaHistory
    from annotator.ui.search_bar import SearchBar
    from annotator.ui.session import Session
    from annotator.ui.span_panel import SpanPanel
    from annotator.ui.text_view import SpanTextView

#: How long a status-bar message stays.
STATUS_MS = 6000
#: The origin of spans the analyst makes by hand.
MANUAL_ORIGIN = "manual"


@dataclass
class OpenDialogs:
    """Non-modal questions and reports a handler left open (tests and the window reach them)."""

    done_box: QMessageBox | None = None
    reload_box: QMessageBox | None = None
    review_confirm: QMessageBox | None = None
    report_dialog: QDialog | None = None
    suggest_dialog: QDialog | None = None


@runtime_checkable
class Workspace(Protocol):
    """The window as the handlers see it: state, panels, selection, status and errors."""

    session: Session
    view: SpanTextView
    documents: DocumentList
    spans: SpanPanel
    attributes: AttributePanel
    label_palette: LabelPalette
    search: SearchBar
    review: ReviewPanel
    queue: ReviewQueue
    jobs: JobSlot
    schema_history: SchemaHistory
    dialogs: OpenDialogs
    picker: RelationPicker | None

    def host(self) -> QMainWindow:
        """The window: parent of dialogs, owner of the status bar."""

    def selected_span(self) -> Span | None:
        """The selected span, if any."""

    def select_span(self, span_id: str | None) -> None:
        """Select ``span_id`` in the text, the span list and the palette."""

    def apply(self, edit: Edit) -> bool:
        """Push ``edit`` on the undo stack; False (and a status message) when refused."""

    def word_index(self) -> WordIndex:
        """Word starts and ends of the open text (cached per document)."""

    def show_status(self, message: str) -> None:
        """A temporary status-bar message."""

    def status_error(self, message: str) -> None:
        """A one-line status-bar message for a key that could not act."""

    def show_error(self, title: str, message: str) -> None:
        """A non-modal warning box (and the status bar) for a failed operation."""

    def open_document(self, doc_id: str) -> None:
        """Save the current document and show ``doc_id``."""

    def reload_document(self) -> None:
        """Discard unsaved changes and read the document's annotations again."""

    def documents_imported(self, ids: list[str]) -> None:
        """Refresh after an import that added or changed ``ids``."""

    def project_changed(self, reload_current: bool = False) -> None:
        """Files changed behind the project: re-read the index (and the open document)."""

    def open_window(self, session: Session) -> Workspace:
        """A window like this one on ``session``, shown with its first document open."""

    def switch_language(self, language: str) -> bool:
        """Lay the window out for ``language`` (docks mirrored, its saved layout).

        False when the window is already in ``language``.
        """

    def retranslate(self) -> None:
        """Every visible string in the current UI language."""

    def show_dock(self, name: str) -> None:
        """Show the dock ``name`` ('documents', 'spans', 'attributes', ...)."""

    def focus_text(self) -> None:
        """Give the text view keyboard focus."""
