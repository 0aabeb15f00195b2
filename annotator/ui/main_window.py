"""The annotation workspace: document list, text view, span list, label palette, search bar.

The window owns no annotation state: it reads the :class:`Session` and turns
keys into core edits pushed through :meth:`Session.apply`. Actions, menus and
shortcuts come from the one table in :mod:`annotator.ui.actions`.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
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
from annotator.core.edits import AddSpan, EditError
from annotator.core.model import DocStatus, Span, Status, span_sort_key
from annotator.formats.errors import ProjectError
from annotator.ui import i18n, project_menu
from annotator.ui.actions import ACTIONS, MENUS, ActionSpec, label_actions, menu_title
from annotator.ui.attribute_panel import AttributePanel
from annotator.ui.conflict import ask_about_conflict, confirm_reload
from annotator.ui.document_list import DocumentList
from annotator.ui.export_dialog import ExportDialog
from annotator.ui.help_dialog import HelpDialog
from annotator.ui.import_dialog import ImportDialog
from annotator.ui.label_palette import LabelPalette
from annotator.ui.layers import LayerController
from annotator.ui.registry_view import RegistryDialog
from annotator.ui.relation_picker import RelationPicker
from annotator.ui.review_actions import (
    ReviewMixin,
    reject_with_relations,
    relabel_edit,
    resize_edit,
)
from annotator.ui.review_panel import ReviewPanel
from annotator.ui.review_queue import QueueMixin
from annotator.ui.schema_dialog import SchemaDialog, SchemaHistory
from annotator.ui.search_bar import SearchBar
from annotator.ui.session import Session
from annotator.ui.span_panel import SpanPanel
from annotator.ui.tag_all import (
    TagAllDialog,
    open_document_edit,
    plan_matches,
    plan_project,
    tag_in_files,
)
from annotator.ui.tagging import WordIndex, move_edge, paragraph_is_rtl, tag_range
from annotator.ui.text_view import SpanTextView
from annotator.ui.view_menu import ReadingViewMixin

MANUAL_ORIGIN = "manual"
STATUS_MS = 6000


def project_key(session: Session) -> str:
    """QSettings group for per-project values (keyed by the project's absolute path)."""
    path = str(session.project.path.resolve())
    return "projects/" + hashlib.sha1(path.encode("utf-8")).hexdigest()[:16]


class MainWindow(QueueMixin, ReviewMixin, ReadingViewMixin, QMainWindow):
    """The workspace around one open project."""

    def __init__(self, session: Session, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self._selected: str | None = None
        self._panel_document: str | None = None
        self._words: WordIndex | None = None
        self.actions_by_id: dict[str, QAction] = {}
        self._specs: dict[str, ActionSpec] = {}
        self._menus: dict[str, QMenu] = {}
        self.error_box: QMessageBox | None = None

        self.view = SpanTextView(self)
        self.search = SearchBar(session, self)
        self.search.hide()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.search)
        self.setCentralWidget(central)

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
        self.review = ReviewPanel(self, self)
        self._docks["review"] = self._dock("review", self.review)
        self._docks["review"].visibilityChanged.connect(self.review.set_shown)
        self._place_docks()
        self.doc_status = QLabel(self)
        self.statusBar().addPermanentWidget(self.doc_status)
        self._init_queue()
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(50)
        self._status_timer.timeout.connect(self._update_doc_status)
        self._build_actions()
        self.layers = LayerController(self)  # Project menu: layers, agreement, curation, report
        self._install_reading_view()
        self._connect()
        self.retranslate()
        self.resize(1280, 800)
        self._restore_layout()

    # ------------------------------------------------------------ construction

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
        action.triggered.connect(self._handler(spec))
        self._menus[spec.menu].addAction(action)
        self.actions_by_id[spec.id] = action
        self._specs[spec.id] = spec

    def _handler(self, spec: ActionSpec) -> Callable[[], None]:
        method = getattr(self, spec.handler)
        if spec.arg is None:
            return lambda *_: method()
        return lambda *_: method(spec.arg)

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
        self.label_palette.labelActivated.connect(lambda name: self.tag_with_label((name, False)))
        self.search.matchesChanged.connect(self.view.set_search_matches)
        self.search.currentMatchChanged.connect(self._on_current_match)
        self.search.tagAllRequested.connect(self.tag_all_with)
        self.search.closed.connect(self.focus_text)
        self.attributes.spanChosen.connect(self.select_span)
        self.attributes.message.connect(self._status_error)
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
        self._retranslate_reading_view()
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
            self._show_error(self.tr("Cannot open the document"), str(err))
            if self.session.document is not None:
                self.documents.show_current(self.session.document.id)
            return
        if self.session.document_problem:  # the text is shown, its annotations are not
            self._show_error(self.tr("Annotations not shown"), self.session.read_only)

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

    def _step_document(self, delta: int) -> None:
        ids = [self.documents.proxy.data(self.documents.proxy.index(r, 0),
                                         Qt.ItemDataRole.UserRole)
               for r in range(self.documents.proxy.rowCount())]
        ids = [i for i in ids if i]  # unreadable files are listed but cannot be opened
        if not ids:
            return
        current = self.session.document.id if self.session.document else None
        i = ids.index(current) + delta if current in ids else 0
        if 0 <= i < len(ids):
            self.open_document(ids[i])
        else:
            self.statusBar().showMessage(self.tr("No more documents in this direction."),
                                         STATUS_MS)

    def next_document(self) -> None:
        """Open the next document of the (filtered) list."""
        self._step_document(+1)

    def previous_document(self) -> None:
        """Open the previous document of the (filtered) list."""
        self._step_document(-1)

    def mark_done(self) -> None:
        """Mark the current document done (asking first while suggestions are pending)."""
        self.mark_done_checked()

    def reopen_document(self) -> None:
        """Mark the current document in progress again."""
        self._apply_status(DocStatus.IN_PROGRESS)

    def _apply_status(self, status: DocStatus) -> None:
        try:
            self.session.set_status(status)
        except EditError as err:
            self._status_error(str(err))
            return
        self.session.save()

    def save_now(self) -> None:
        """Write the annotations now (they are saved automatically anyway)."""
        if self.session.save():
            self.statusBar().showMessage(self.tr("Saved."), STATUS_MS)

    def reload_document_asking(self) -> None:
        """Reload from disk (the menu entry): asks first when unsaved changes would be lost."""
        confirm_reload(self, self.reload_document)

    def reload_document(self) -> None:
        """Discard unsaved changes and read the document's annotations from disk again."""
        try:
            self.session.reload()
        except ProjectError as err:
            self._show_error(self.tr("Cannot reload the document"), str(err))

    # ------------------------------------------------------------ refresh

    def _visible_spans(self) -> list[Span]:
        ann = self.session.annotations
        if ann is None:
            return []
        return [s for s in ann.sorted_spans() if s.status is not Status.REJECTED]

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
        self.update_queue_status()
        self.layers.on_span_selected(span_id)

    def _show_span_status(self) -> None:
        """The selected span's label, extent, status, origin and score in the status bar.

        Called on every selection and every change, so the extent follows a
        moved edge; deselecting clears a span message (and nothing else).
        """
        span = self.selected_span()
        bar = self.statusBar()
        shown = getattr(self, "_span_message", None)
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

    def _step_span(self, delta: int) -> None:
        spans = self._visible_spans()
        if not spans:
            self.statusBar().showMessage(self.tr("No spans in this document yet."), STATUS_MS)
            return
        ids = [s.id for s in spans]
        if self._selected in ids:
            i = (ids.index(self._selected) + delta) % len(ids)
        else:
            cursor = self.view.cursor_cp()
            after = [i for i, s in enumerate(spans) if s.start >= cursor]
            if delta > 0:
                i = after[0] if after else 0
            else:
                i = after[0] - 1 if after else len(spans) - 1
        self.select_span(ids[i])

    def select_next_span(self) -> None:
        """Select the next span in text order (Tab)."""
        self._step_span(+1)

    def select_previous_span(self) -> None:
        """Select the previous span in text order (Shift+Tab)."""
        self._step_span(-1)

    # ------------------------------------------------------------ editing

    def _apply(self, edit: edits.Edit) -> bool:
        try:
            self.session.apply(edit)
        except EditError as err:
            self._status_error(str(err))
            return False
        return True

    def tag_with_label(self, arg: tuple[str, bool]) -> None:
        """Tag the selection with a label (snapped unless ``exact``); else relabel the span."""
        label, exact = arg
        s = self.session
        if s.document is None:
            return
        start, end = self.view.selection_cp()
        if start == end:
            span = self.selected_span()
            if span is None:
                self._status_error(self.tr("Select some text first (Shift+arrows), or a span "
                                           "(Tab) to relabel it."))
            elif self.decide_by_label(label):
                pass  # a conflict: this label's alternative accepted, the others rejected
            elif span.label != label:
                self._apply(relabel_edit(s.text, span, label))
            return
        settings = s.project.settings
        rng = tag_range(s.text, start, end,
                        snap=not exact and bool(settings.get("snap_to_words", True)),
                        proclitics=bool(settings.get("strip_proclitics", True)),
                        known_words=s.vocabulary)  # computed only if a proclitic asks
        if rng is None:
            self._status_error(self.tr("The selection holds no word to tag."))
            return
        span = edits.make_span(s.text, rng[0], rng[1], label, origin=MANUAL_ORIGIN)
        if self._apply(AddSpan(span, self.tr("Tag %1").replace("%1", label))):
            self.view.select_cp(rng[1], rng[1])
            self.select_span(span.id)

    def delete_span(self) -> None:
        """Remove the selected span and its relations (one undo step).

        A suggestion is rejected instead: review never deletes, so the
        suggester's precision can still be measured.
        """
        span = self.selected_span()
        ann = self.session.annotations
        if span is None or ann is None:
            self._status_error(self.tr("No span selected (Tab selects the next one)."))
            return
        following = self._neighbour(span)
        if span.status is Status.SUGGESTED:  # its suggested links are rejected with it
            edit: edits.Edit = reject_with_relations(ann, span, self.session.project.annotator)
        else:
            edit = edits.remove_span_with_relations(ann, span)
        if self._apply(edit):
            self.select_span(following)

    def clear_selection(self) -> None:
        """Deselect the span and collapse the text selection (Esc)."""
        self.select_span(None)
        cursor = self.view.cursor_cp()
        self.view.select_cp(cursor, cursor)

    def _neighbour(self, span: Span) -> str | None:
        spans = [s for s in self._visible_spans() if s.id != span.id]
        later = [s for s in spans if span_sort_key(s) > span_sort_key(span)]
        return (later[0] if later else spans[-1]).id if spans else None

    def move_edge(self, arg: tuple[str, str, bool]) -> None:
        """Move the selected span's start or end edge left/right by a character or word."""
        edge, visual, by_word = arg
        span = self.selected_span()
        if span is None:
            self._status_error(self.tr("No span selected (Tab selects the next one)."))
            return
        text = self.session.text
        if self._words is None:
            self._words = WordIndex.of(text)
        rtl = paragraph_is_rtl(text, span.start)
        # In a right-to-left paragraph, leftwards is later in the text.
        direction = +1 if (visual == "left") == rtl else -1
        new = move_edge(text, self._words, span.start, span.end, edge=edge,
                        direction=direction, by_word=by_word)
        if new is None:
            self._status_error(self.tr("The edge cannot move further."))
            return
        self._apply(resize_edit(text, span, *new))

    def undo(self) -> None:
        """Undo the last change; the status bar names it."""
        stack = self.session.undo_stack
        step = stack.undoText()
        if not stack.canUndo():
            self._status_error(self.tr("Nothing to undo."))
            return
        stack.undo()
        self.statusBar().showMessage(self.tr("Undone: %1").replace("%1", step), STATUS_MS)

    def redo(self) -> None:
        """Redo the last undone change; the status bar names it."""
        stack = self.session.undo_stack
        step = stack.redoText()
        if not stack.canRedo():
            self._status_error(self.tr("Nothing to redo."))
            return
        stack.redo()
        self.statusBar().showMessage(self.tr("Redone: %1").replace("%1", step), STATUS_MS)

    # ------------------------------------------------------------ relations and attributes

    def link_relation(self, rel_name: str) -> RelationPicker | None:
        """Open the keyboard list of the spans the selected span may link to by ``rel_name``."""
        span = self.selected_span()
        ann = self.session.annotations
        rel = self.session.schema.relation_type(rel_name)
        if span is None or ann is None:
            self._status_error(self.tr("Select a claim first (Tab selects the next span)."))
            return None
        if rel is None:
            self._status_error(self.tr("This project has no %1 relation.").replace("%1", rel_name))
            return None
        if rel.head_labels and span.label not in rel.head_labels:
            self._status_error(self.tr("%1 links start at a %2 span.").replace("%1", rel_name)
                               .replace("%2", "/".join(rel.head_labels)))
            return None
        if self.picker is not None:
            self.picker.close()
        picker = RelationPicker(ann, span, rel, self.session.schema, self)
        self.picker = picker
        self.view.spanActivated.connect(picker.pick)  # a click on an actor picks it

        def picked(tail_id: str) -> None:
            tail = ann.spans.get(tail_id)
            if tail is not None and self.session.annotations is ann:
                relation = edits.make_relation(rel.name, span, tail, origin=MANUAL_ORIGIN)
                self._apply(edits.AddRelation(relation, self.tr("Link %1").replace("%1",
                                                                                   rel.name)))
            self.select_span(span.id)

        def finished(_result: int) -> None:
            self.view.spanActivated.disconnect(picker.pick)
            if self.picker is picker:
                self.picker = None
            self.activateWindow()  # the keys go back to the text, not the closed popup
            self.focus_text()

        picker.picked.connect(picked)
        picker.finished.connect(finished)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.show()
        picker.raise_()
        picker.activateWindow()
        picker.filter.setFocus(Qt.FocusReason.PopupFocusReason)
        return picker

    def edit_schema(self) -> SchemaDialog:
        """The dialog that edits the project's labels, attributes and relation types."""
        dialog = SchemaDialog(self.schema_history, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def schema_changed(self) -> None:
        """After a project-wide schema change (or its undo): keys, palette, document anew."""
        stale = [i for i in self.actions_by_id if i.startswith(("tag.", "tag_exact."))]
        for action_id in stale:
            action = self.actions_by_id.pop(action_id)
            self._specs.pop(action_id, None)
            self.view.removeAction(action)
            self._menus["labels"].removeAction(action)
            action.deleteLater()
        for spec in label_actions(self.session.schema):
            self._add_action(spec)
        old = self.label_palette
        self.label_palette = LabelPalette(self.session.schema, self.language, self)
        self.label_palette.labelActivated.connect(lambda name: self.tag_with_label((name, False)))
        self._docks["labels"].setWidget(self.label_palette)
        old.deleteLater()
        selected = self._selected
        self.reload_document()  # the files were rewritten: what is on disk wins
        self.retranslate()
        self.select_span(selected)

    def show_registry(self) -> RegistryDialog:
        """The actor registry: canonical actors, their mentions and claims, groupings."""
        dialog = RegistryDialog(self, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()  # not modal: the analyst selects spans in the text while it is open
        dialog.activateWindow()
        return dialog

    def focus_attributes(self) -> None:
        """Give the attribute panel keyboard focus (its first attribute)."""
        self._docks["attributes"].show()
        self.attributes.focus_first()

    # ------------------------------------------------------------ search

    def show_search(self) -> None:
        """Open the search bar, seeded with the selected text."""
        start, end = self.view.selection_cp()
        initial = self.session.text[start:end] if 0 < end - start < 100 else ""
        self.search.open_bar(initial)

    def next_match(self) -> None:
        """Go to the next search match."""
        self.search.go_next()

    def previous_match(self) -> None:
        """Go to the previous search match."""
        self.search.go_previous()

    def _on_current_match(self, start: int, end: int) -> None:
        self.view.select_cp(start, end)

    def tag_all(self) -> None:
        """Tag every search match with the search bar's label, after a preview."""
        if not self.search.isVisible() or not self.search.matches():
            self.show_search()
            self._status_error(self.tr("Search for something first, then tag all its "
                                       "occurrences."))
            return
        self.tag_all_with()

    def tag_all_with(self, label: str | None = None, confirm: bool = True) -> TagAllDialog | None:
        """Preview (keyword in context) and tag the checked matches with the dialog's label.

        The open document's spans are one undo step; with "Whole project"
        the other documents' matches are listed by document and saved in
        their files. ``label`` preselects the dialog's label. Returns the
        dialog (tests accept it).
        """
        s = self.session
        snap = bool(s.project.settings.get("snap_to_words", True))
        current = s.document.id if s.document else None
        chosen = label or self.label_palette.current_label() or s.schema.label_names[0]
        plans = {}
        if current is not None:
            plans[current] = plan_matches(s.text, s.annotations, self.search.matches(),
                                          chosen, snap, s.vocabulary())
        if self.search.whole_project.isChecked() and s.save():
            plans.update(plan_project(s.project, self.search.query.text(), chosen, snap,
                                      self.search.whole_words.isChecked(), current))
        plans = {k: v for k, v in plans.items() if v}
        dialog = TagAllDialog(plans, current, s.schema.label_names, chosen, self)

        def done(result: int) -> None:
            if result == TagAllDialog.DialogCode.Accepted:
                self._tag_checked(dialog.checked(), dialog.chosen_label(), current)
            self.focus_text()

        dialog.finished.connect(done)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _tag_checked(self, checked: dict, label: str, current: str | None) -> None:
        s = self.session
        rows = checked.pop(current, []) if s.document is not None and \
            s.document.id == current else []
        edit = open_document_edit(s.text, s.annotations, rows, label)
        here = len(edit.edits) if edit.edits and self._apply(edit) else 0
        elsewhere = tag_in_files(s.project, checked, label) if checked else 0
        if checked:
            self._project_changed()
        self.statusBar().showMessage(
            self.tr("Tagged %1 spans here and %2 in other documents.")
            .replace("%1", str(here)).replace("%2", str(elsewhere)), STATUS_MS)

    # ------------------------------------------------------------ view, language, help

    def focus_text(self) -> None:
        """Give the text view keyboard focus."""
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_documents(self) -> None:
        """Give the document list keyboard focus."""
        self.documents.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_spans(self) -> None:
        """Give the span list keyboard focus."""
        self.spans.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def zoom_in(self) -> None:
        """Larger text."""
        self.view.zoom_in()

    def zoom_out(self) -> None:
        """Smaller text."""
        self.view.zoom_out()

    def zoom_reset(self) -> None:
        """Default text size."""
        self.view.zoom_reset()

    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it."""
        if language == self.language:
            return
        self._save_layout()
        self.language = language
        self._place_docks()
        state = QSettings().value(f"window/state_{language}")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        i18n.save_language(language)
        if not i18n.install(language):
            self._status_error(self.tr("The translation for this language is missing."))
        self.retranslate()

    def show_help(self) -> None:
        """The shortcut table (generated from the action table)."""
        dialog = HelpDialog(self.session.schema, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ------------------------------------------------------------ export and import

    def export_dataset(self) -> ExportDialog:
        """The export dialog (Ctrl+E): options, background run, summary."""
        dialog = ExportDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_documents(self) -> ImportDialog:
        """The import dialog (Ctrl+I); the document list refreshes after each run."""
        dialog = ImportDialog(self.session, self)
        dialog.documentsImported.connect(self._on_documents_imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_documents_imported(self, ids: list[str]) -> None:
        self.documents.model.refresh()
        s = self.session
        if s.document is None:
            self.open_initial_document()
        elif s.document.id in ids and s.undo_stack.isClean():
            self.reload_document()  # annotations of the open document came with the import
        else:
            self.documents.show_current(s.document.id)

    # ------------------------------------------------------------ messages and closing

    def open_project(self) -> None:
        """Open another project folder (Ctrl+O); this window closes."""
        project_menu.ask_open(self)

    def new_project(self) -> None:
        """Create a project in a chosen folder and open it."""
        project_menu.ask_new(self)

    def recent_projects(self) -> None:
        """Open one of the projects opened lately."""
        project_menu.ask_recent(self)

    def show_error(self, title: str, message: str) -> None:
        """A warning box that does not block (autosave and tests keep running)."""
        self._show_error(title, message)

    def _status_error(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    def _show_error(self, title: str, message: str) -> None:
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
        self._show_error(self.tr("Your changes were not saved"), message + "\n\n" + self.tr(
            "Your edits are kept, and saving is retried every few seconds."))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.session.save():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("Your latest changes could not be saved. Quit anyway and lose them?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.stop_jobs()
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
