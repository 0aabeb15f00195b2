"""The annotation workspace: document list, text view, span list, label palette, search bar.

The window owns no annotation state: it reads the :class:`Session` and turns
keys into core edits pushed through :meth:`Session.apply`. It keeps
construction, docks, layout memory and signal wiring, and provides the
:class:`~annotator.ui.workspace.Workspace` the action handlers
(``annotator.ui.handlers``) work on. Actions, menus and shortcuts come from
the one table in :mod:`annotator.ui.actions`.
"""

from __future__ import annotations

import contextlib
from functools import partial

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from annotator.core import edits
from annotator.core.edits import EditError
from annotator.core.model import DocStatus, Span, Status
from annotator.core.tagging import WordIndex
from annotator.formats.errors import ProjectError
from annotator.ui.actions import (
    ACTIONS,
    MENUS,
    ActionSpec,
    key_clashes,
    label_actions,
    menu_title,
)
from annotator.ui.attribute_panel import AttributePanel
from annotator.ui.conflict import ask_about_conflict
from annotator.ui.document_list import DocumentList
from annotator.ui.handlers import search as search_handlers
from annotator.ui.handlers import spans as span_handlers
from annotator.ui.label_palette import LabelPalette
from annotator.ui.layers import LayerController
from annotator.ui.relation_picker import RelationPicker
from annotator.ui.review_jobs import JobSlot
from annotator.ui.review_panel import ReviewPanel
from annotator.ui.review_queue import ReviewQueue
from annotator.ui.schema_dialog import SchemaHistory
from annotator.ui.search_bar import SearchBar
from annotator.ui.session import Session, project_key
from annotator.ui.span_panel import SpanPanel
from annotator.ui.text_view import SpanTextView
from annotator.ui.view_menu import ReadingMenu, keep_text_wide
from annotator.ui.workspace import STATUS_MS, OpenDialogs


class MainWindow(QMainWindow):
    """The workspace around one open project (a :class:`~annotator.ui.workspace.Workspace`)."""

    def __init__(self, session: Session, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self._selected: str | None = None
        self._panel_document: str | None = None
        self._words: WordIndex | None = None
        self._span_message: str | None = None  # the selected span's status-bar line
        self.actions_by_id: dict[str, QAction] = {}
        self._specs: dict[str, ActionSpec] = {}
        self._menus: dict[str, QMenu] = {}
        self.error_box: QMessageBox | None = None
        self.dialogs = OpenDialogs()
        self.jobs = JobSlot(self)

        self.view: SpanTextView = SpanTextView(self)
        self.search = SearchBar(session, self)
        self._build_central()
        self.documents = DocumentList(session.project, self)
        self.spans = SpanPanel(self)
        self.label_palette = LabelPalette(session.schema, language, self)
        self.attributes = AttributePanel(session, language, self)
        self.picker: RelationPicker | None = None
        self.schema_history = SchemaHistory(session, self)
        self._docks = {
            "documents": self._dock("documents", self.documents),
            "spans": self._dock("spans", self.spans),
            "labels": self._dock("labels", self.label_palette),
            "attributes": self._dock("attributes", self.attributes),
        }
        self.doc_status = QLabel(self)
        self.statusBar().addPermanentWidget(self.doc_status)
        self.queue = ReviewQueue(self)
        self.review = ReviewPanel(self, self)
        self._docks["review"] = self._dock("review", self.review)
        self._docks["review"].visibilityChanged.connect(self.review.set_shown)
        self._place_docks()
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(50)
        self._status_timer.timeout.connect(self._update_doc_status)
        self._build_actions()
        self.layers = LayerController(self)  # Project menu: layers, agreement, curation, report
        self.reading = ReadingMenu(self, self._menus, self._docks)  # View ▸ reading, panels
        self._connect()
        self.retranslate()
        self.resize(1280, 800)
        self._restore_layout()

    # ------------------------------------------------------------ construction

    def _build_central(self) -> None:
        """The text over the (hidden) search bar."""
        self.search.hide()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.search)
        self.setCentralWidget(central)

    def _dock(self, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"dock.{name}")  # saveState/restoreState key
        dock.setWidget(widget)
        # Closable: View ▸ Panels shows a closed panel again (saveState remembers it).
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        return dock

    def _place_docks(self) -> None:
        """Documents at the start side, spans and labels at the end side of the reading direction.

        QMainWindow does not mirror dock areas in a right-to-left layout, so the
        Arabic interface places them itself.
        """
        start, end = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        if self.language == "ar":
            start, end = end, start
        self.addDockWidget(start, self._docks["documents"])
        self.addDockWidget(end, self._docks["spans"])
        self.addDockWidget(end, self._docks["labels"])
        self.addDockWidget(end, self._docks["attributes"])
        self.addDockWidget(end, self._docks["review"])
        self.tabifyDockWidget(self._docks["labels"], self._docks["review"])
        self._docks["labels"].raise_()
        self.resizeDocks([self._docks["documents"], self._docks["spans"]], [230, 320],
                         Qt.Orientation.Horizontal)

    def _build_actions(self) -> None:
        for menu_id, _title in MENUS:
            self._menus[menu_id] = self.menuBar().addMenu("")
        for spec in (*ACTIONS, *label_actions(self.session.schema)):
            self._add_action(spec)
        self._warn_key_clashes()

    def _warn_key_clashes(self) -> None:
        """Say which labels lost their key to a window shortcut (a hand-edited project.json)."""
        clashes = key_clashes(self.session.schema)
        if clashes:
            self.show_error(self.tr("Label keys"), "\n\n".join(clashes))

    def _add_action(self, spec: ActionSpec) -> None:
        action = QAction(self)
        action.setObjectName(spec.id)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        if spec.scope == "text":
            # Only while the text has focus: typing "1" in a filter box must not tag.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        else:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        handler = spec.handler
        action.triggered.connect(lambda *_: handler(self))
        self._menus[spec.menu].addAction(action)
        self.actions_by_id[spec.id] = action
        self._specs[spec.id] = spec

    def _connect(self) -> None:
        s = self.session
        s.documentOpened.connect(self._on_document_opened)
        s.annotationsChanged.connect(self._refresh_spans)
        s.saved.connect(self._on_saved)
        s.saveFailed.connect(self._on_save_failed)
        s.undo_stack.cleanChanged.connect(self._update_title)
        s.undo_stack.indexChanged.connect(self._update_undo_texts)
        self.documents.documentChosen.connect(self.open_document)
        self.spans.spanChosen.connect(self.select_span)
        self.view.spanActivated.connect(self.select_span)
        self.view.selectionChangedCp.connect(self._on_text_selection)
        self.label_palette.labelActivated.connect(partial(span_handlers.tag_with_label, self))
        self.search.matchesChanged.connect(self.view.set_search_matches)
        self.search.currentMatchChanged.connect(self._on_current_match)
        self.search.tagAllRequested.connect(partial(search_handlers.tag_all_with, self))
        self.search.closed.connect(self.focus_text)
        self.attributes.spanChosen.connect(self.select_span)
        self.attributes.message.connect(self.status_error)
        self.schema_history.changed.connect(self.schema_changed)

    def retranslate(self) -> None:
        """Every visible string in the current UI language."""
        for menu_id, menu in self._menus.items():
            menu.setTitle(menu_title(menu_id))
        for action_id, action in self.actions_by_id.items():
            action.setText(self._specs[action_id].label())
        self._specs.update({s.id: s for s in label_actions(self.session.schema)})
        for action_id, spec in self._specs.items():
            self.actions_by_id[action_id].setText(spec.label())
        self._docks["documents"].setWindowTitle(self.tr("Documents"))
        self._docks["spans"].setWindowTitle(self.tr("Spans"))
        self._docks["labels"].setWindowTitle(self.tr("Labels and guideline"))
        self._docks["attributes"].setWindowTitle(self.tr("Attributes and relations"))
        self._docks["review"].setWindowTitle(self.tr("Review"))
        self.review.retranslate()
        self.attributes.set_language(self.language)
        self.documents.retranslate()
        self.spans.model.retranslate()
        self.search.retranslate()
        self.label_palette.set_language(self.language)
        self.reading.retranslate()
        self.layers.retranslate()
        self._update_title()
        self._update_doc_status()
        self._update_undo_texts()

    def _update_undo_texts(self, *_args: object) -> None:
        """The Edit menu names the step: "Undo Set certainty", "Redo Accept …"."""
        try:
            steps = (self.session.undo_stack.undoText(), self.session.undo_stack.redoText())
        except RuntimeError:  # at interpreter shutdown the stack is already gone
            return
        for action_id, text, step in (("edit.undo", self.tr("Undo %1"), steps[0]),
                                      ("edit.redo", self.tr("Redo %1"), steps[1])):
            action = self.actions_by_id.get(action_id)
            if action is not None:
                action.setText(text.replace("%1", step) if step
                               else self._specs[action_id].label())

    # ------------------------------------------------------------ layout memory

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        QTimer.singleShot(0, self, lambda: keep_text_wide(self, self._docks.values()))

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        state = settings.value(f"window/state_{self.language}")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        # Per language: the Arabic layout mirrors the docks.
        settings.setValue(f"window/state_{self.language}", self.saveState())

    # ------------------------------------------------------------ documents

    def open_initial_document(self) -> None:
        """The document last worked on in this project, else the first unfinished one."""
        entries = self.session.project.documents()
        if not entries:
            self.statusBar().showMessage(self.tr("This project has no documents yet: import "
                                                 "some with `annotator import`."))
            return
        ids = [e.id for e in entries]
        last = QSettings().value(project_key(self.session) + "/last_document")
        who = self.session.project.annotator
        if last not in ids:
            last = next((e.id for e in entries if e.status_for(who) is not DocStatus.DONE),
                        ids[0])
        self.open_document(str(last))

    def open_document(self, doc_id: str) -> None:
        """Save the current document and show ``doc_id`` (errors go to a message box)."""
        if self.session.document is not None and self.session.document.id == doc_id:
            return
        try:
            self.session.open_document(doc_id)
        except ProjectError as err:
            self.show_error(self.tr("Cannot open the document"), str(err))
            if self.session.document is not None:
                self.documents.show_current(self.session.document.id)
            return
        if self.session.document_problem:  # the text is shown, its annotations are not
            self.show_error(self.tr("Annotations not shown"), self.session.read_only)

    def _on_document_opened(self, doc_id: str) -> None:
        self._selected = None
        self._panel_document = None
        self._words = None
        self.view.set_text(self.session.text)
        self.view.set_selected_span(None)
        self.documents.show_current(doc_id)
        QSettings().setValue(project_key(self.session) + "/last_document", doc_id)
        self._update_title()
        self.focus_text()

    def reload_document(self) -> None:
        """Discard unsaved changes and read the document's annotations from disk again."""
        try:
            self.session.reload()
        except ProjectError as err:
            self.show_error(self.tr("Cannot reload the document"), str(err))

    # ------------------------------------------------------------ refresh

    def _refresh_spans(self) -> None:
        ann = self.session.annotations
        if ann is None:
            return
        if self._selected not in ann.spans:
            self._selected = None
        self.view.set_spans(ann.spans, self.session.schema, self.session.changed_ids)
        self.view.set_relations(list(ann.relations.values()))
        self.view.set_selected_span(self._selected)
        if self._panel_document != ann.document_id:
            self._panel_document = ann.document_id
            self.spans.set_spans(list(ann.spans.values()), self.session.schema, self._selected)
        else:  # one edit: row-level changes, not a reset of 10,000 rows
            self.spans.update_spans(ann.spans, self._selected, self.session.changed_ids)
        if self._selected is not None and self.session.changed_ids is not None \
                and self._selected in self.session.changed_ids:
            self._show_span_status()  # a moved edge: the extent shown follows
        self._status_timer.start()  # counting 10,000 spans waits until after the paint

    def _on_saved(self, doc_id: str) -> None:
        self._update_title()  # drops the "not saved" mark after a failed save
        self.documents.model.refresh(doc_id)
        self._update_doc_status()

    def _update_title(self, *_args: object) -> None:
        doc = self.session.document
        name = self.session.project.name
        title = f"{doc.title} — {name} [*]" if doc else f"{name} [*]"
        if self.session.save_error:  # plainly, not only the [*] marker
            title = self.tr("NOT SAVED (retrying)") + " — " + title
        if self.session.read_only:
            title = self.tr("[read-only]") + " " + title
        self.setWindowTitle(title)
        # At interpreter shutdown without a close the stack is already gone.
        with contextlib.suppress(RuntimeError):
            self.setWindowModified(not self.session.undo_stack.isClean())

    def _update_doc_status(self) -> None:
        ann = self.session.annotations
        if ann is None:
            self.doc_status.setText("")
            return
        status = self.documents.model.status_text(ann.status)
        count = sum(1 for s in ann.spans.values() if s.status is not Status.REJECTED)
        self.doc_status.setText(self.tr("%1 · %2 spans · %3")
                                .replace("%1", status).replace("%2", str(count))
                                .replace("%3", self.session.project.annotator))
        # A long temporary message must not squeeze the document's status away.
        self.doc_status.setMinimumWidth(self.doc_status.sizeHint().width())

    # ------------------------------------------------------------ span selection

    def select_span(self, span_id: str | None) -> None:
        """Select ``span_id`` in the text, the span list and the palette."""
        ann = self.session.annotations
        if span_id is not None and (ann is None or span_id not in ann.spans):
            span_id = None
        self._selected = span_id
        self.view.set_selected_span(span_id)
        self.spans.select_span(span_id)
        self.attributes.show_span(span_id)
        if span_id is not None and ann is not None:
            self.label_palette.show_label(ann.spans[span_id].label)
        self._show_span_status()
        self.queue.update_status()
        self.layers.on_span_selected(span_id)

    def _show_span_status(self) -> None:
        """The selected span's label, extent, status, origin and score in the status bar.

        Called on every selection and every change, so the extent follows a
        moved edge; deselecting clears a span message (and nothing else).
        """
        span = self.selected_span()
        bar = self.statusBar()
        shown = self._span_message
        if span is None:
            if shown is not None and bar.currentMessage() == shown:
                bar.clearMessage()
            self._span_message = None
            return
        score = "" if span.score is None else f" · {span.score:.2f}"
        message = (f"{span.label} · {span.start}–{span.end} · "
                   f"{self.spans.model.status_text(span.status)} · {span.origin}{score}")
        self._span_message = message
        bar.showMessage(message, STATUS_MS)

    def selected_span(self) -> Span | None:
        """The selected span, if any."""
        ann = self.session.annotations
        return ann.spans.get(self._selected) if ann and self._selected else None

    def _on_text_selection(self, start: int, end: int) -> None:
        # A fresh text selection means the next key tags it, not the old span.
        if start != end and self._selected is not None:
            self.select_span(None)

    # ------------------------------------------------------------ the workspace of the handlers

    def host(self) -> QMainWindow:
        """The window itself: parent of the handlers' dialogs."""
        return self

    def apply(self, edit: edits.Edit) -> bool:
        """Push ``edit`` through the session; a refused edit is one status-bar line."""
        try:
            self.session.apply(edit)
        except EditError as err:
            self.status_error(str(err))
            return False
        return True

    def word_index(self) -> WordIndex:
        """Word starts and ends of the open text (made on first use per document)."""
        if self._words is None:
            self._words = WordIndex.of(self.session.text)
        return self._words

    def focus_text(self) -> None:
        """Give the text view keyboard focus."""
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_dock(self, name: str) -> None:
        """Show the dock ``name`` (a tab behind another comes to the front)."""
        self._docks[name].show()

    def open_window(self, session: Session) -> MainWindow:
        """A window like this one (same language) on ``session``, shown, its document open."""
        other = MainWindow(session, self.language)
        other.show()
        other.open_initial_document()
        return other

    def switch_language(self, language: str) -> bool:
        """Lay the docks out for ``language`` with its remembered state (False: already in it)."""
        if language == self.language:
            return False
        self._save_layout()
        self.language = language
        self._place_docks()
        state = QSettings().value(f"window/state_{language}")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        return True

    def schema_changed(self) -> None:
        """After a project-wide schema change (or its undo): keys, palette, document anew."""
        self._rebuild_label_tools()
        selected = self._selected
        self.reload_document()  # the files were rewritten: what is on disk wins
        self.retranslate()
        self.select_span(selected)

    def reread_project_file(self) -> None:
        """After a job wrote ``project.json`` through its own Project (an import that added
        labels): take its schema, so the new labels can be used and later changes keep them."""
        try:
            changed = self.session.project.reload_project_file()
        except ProjectError as err:
            self.show_error(self.tr("Cannot read the project's labels"), str(err))
            return
        if changed:
            self._rebuild_label_tools()
            self.retranslate()
            self._panel_document = None  # the span list takes the new colours too
            self._refresh_spans()

    def _rebuild_label_tools(self) -> None:
        """The label keys and the palette, from the session's schema."""
        stale = [i for i in self.actions_by_id if i.startswith(("tag.", "tag_exact."))]
        for action_id in stale:
            action = self.actions_by_id.pop(action_id)
            self._specs.pop(action_id, None)
            self.view.removeAction(action)
            self._menus["labels"].removeAction(action)
            action.deleteLater()
        for spec in label_actions(self.session.schema):
            self._add_action(spec)
        self._warn_key_clashes()
        old = self.label_palette
        self.label_palette = LabelPalette(self.session.schema, self.language, self)
        self.label_palette.labelActivated.connect(partial(span_handlers.tag_with_label, self))
        self._docks["labels"].setWidget(self.label_palette)
        old.deleteLater()

    def _on_current_match(self, start: int, end: int) -> None:
        self.view.select_cp(start, end)

    def documents_imported(self, ids: list[str]) -> None:
        """Refresh the list after an import; reload the open document if its file came too."""
        self.reread_project_file()
        self.documents.model.refresh()
        s = self.session
        if s.document is None:
            self.open_initial_document()
        elif s.document.id in ids and s.undo_stack.isClean():
            self.reload_document()  # annotations of the open document came with the import
        else:
            self.documents.show_current(s.document.id)

    def project_changed(self, reload_current: bool = False) -> None:
        """Files changed behind the window's project: re-read the index (and the open document).

        ``reload_current`` when a job wrote the open document's file too (it
        was saved first and the job's dialog was modal, so nothing is lost).
        """
        self.session.project.invalidate_index()  # the index caches per-file span counts
        self.reread_project_file()
        self.documents.model.refresh()
        if reload_current and self.session.document is not None:
            self.reload_document()
        if self.session.document is not None:  # the list was reset: mark the open one again
            self.documents.show_current(self.session.document.id)
        self.review.refresh_project()
        self.queue.refresh_counts()

    # ------------------------------------------------------------ messages and closing

    def show_status(self, message: str) -> None:
        """A temporary status-bar message."""
        self.statusBar().showMessage(message, STATUS_MS)

    def status_error(self, message: str) -> None:
        """A one-line status-bar message for a key that could not act."""
        self.statusBar().showMessage(message, STATUS_MS)

    def show_error(self, title: str, message: str) -> None:
        """A non-modal warning box (and the status bar) for a failed operation."""
        self.statusBar().showMessage(message, STATUS_MS)
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                          self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): autosave and tests keep running
        self.error_box = box

    def _on_save_failed(self, message: str) -> None:
        self._update_title()
        if self.session.has_conflict:  # someone else's change: three ways out
            self.statusBar().showMessage(message, STATUS_MS)
            self.error_box = ask_about_conflict(self, message)
            return
        self.show_error(self.tr("Your changes were not saved"), message + "\n\n" + self.tr(
            "Your edits are kept, and saving is retried every few seconds."))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.session.save():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("Your latest changes could not be saved. Quit anyway and lose them?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.review.stop()
        self.jobs.stop()
        self._save_layout()
        self.session.close()
        # The session may outlive this window (its undo stack emits while being destroyed).
        s = self.session
        for signal, slot in ((s.documentOpened, self._on_document_opened),
                             (s.annotationsChanged, self._refresh_spans),
                             (s.saved, self._on_saved), (s.saveFailed, self._on_save_failed),
                             (s.undo_stack.cleanChanged, self._update_title),
                             (s.undo_stack.indexChanged, self._update_undo_texts)):
            signal.disconnect(slot)
        event.accept()
