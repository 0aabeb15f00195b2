"""The actor registry view: canonical actors across the project, suggested groupings, grouping.

The tree lists each canonical actor (name, type, aliases, number of
mentions, of claims whose SOURCE is one of them, of documents) from
:meth:`ProjectActors.index`; expanding an actor shows its mentions and
claims, and Enter or a double click on one opens its document and selects
the span.

Counting reads every annotation file (about 1.5 s for 2,000 documents), so
it runs in a :class:`~annotator.ui.worker.BackgroundTask` with a
:class:`Project` of its own (reading through the window's project would
record the files as known, and an outside change would then be
overwritten). The dialog shows at once, with the registry's actors and a
"Counting mentions…" bar, and fills in the counts when the reading ends.
What the files give is kept; the index and the suggestions are made from it
on the GUI thread for the registry as it is then, so a registry edit made
while counting is never replaced by the count's result. The open document
is counted from memory, unsaved edits included, over what the files say
(and a document saved while a count runs is counted as saved).

Changes:

- *New* / *Rename* / *Type* edit ``registry.json`` (:class:`RegistryStore`,
  which refuses to overwrite a file changed by someone else); the view is
  redrawn from what was counted (no file changed);
- *Group the selected span* links the span selected in the text to the
  highlighted actor: one ``set_canonical`` edit through ``Session.apply``
  (undoable with Ctrl+Z like any edit), and its text becomes an alias;
- *Accept suggestion* takes a :func:`suggest_groupings` proposal (same
  normalised name, a registry alias, a lexicon canonical), creates or
  extends the entry and links every mention in every document with
  :func:`group_suggestion`, recorded on the window's project-level history
  (the schema dialog's Undo button undoes it, registry edit included).

When files are rewritten (an accepted grouping, a schema change, their undo
or redo) the counts are dropped and made again; a count running then is
made again after it ends, and its result, which may predate the change, is
not shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Span
from annotator.core.registry import (
    ACTOR_TYPES,
    ActorRegistry,
    GroupingSuggestion,
    RegistryError,
    link_edits,
)
from annotator.formats.errors import ProjectError
from annotator.formats.project import Project
from annotator.formats.registry_store import (
    ActorIndex,
    FileActors,
    GroupingChange,
    ProjectActors,
    RegistryStore,
    file_actors,
    group_suggestion,
    read_project_actors,
)
from annotator.formats.report import Progress
from annotator.ui.schema_dialog import SchemaHistory
from annotator.ui.session import Session
from annotator.ui.worker import BackgroundTask

FSI, PDI = "\u2068", "\u2069"  # isolate an Arabic name inside an English sentence
ENTRY_ROLE = Qt.ItemDataRole.UserRole
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # (document id, span id) of a mention or claim
NOT_COUNTED = "…"  # a count column before the first count has arrived
PROBLEMS_SHOWN = 3  # unreadable files named in the message


def count_project(path: Path, annotator: str, progress: Progress) -> ProjectActors:
    """Read the project at ``path`` for the registry view (runs in the background task)."""
    return read_project_actors(Project.open(path, annotator=annotator), progress=progress)


class RegistryHost(Protocol):
    """What the registry view needs from the main window."""

    session: Session
    schema_history: SchemaHistory

    def open_document(self, doc_id: str) -> None: ...  # noqa: D102

    def select_span(self, span_id: str | None) -> None: ...  # noqa: D102

    def selected_span(self) -> Span | None: ...  # noqa: D102


class RegistryDialog(QDialog):
    """Canonical actors of the project, with their mentions, claims and grouping suggestions."""

    def __init__(self, host: RegistryHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.session = host.session
        self.store = RegistryStore(self.session.project.path)
        self.registry = ActorRegistry()
        self.index: list[ActorIndex] = []
        self.suggestions: list[GroupingSuggestion] = []
        #: The running count, if any (it holds itself alive: see annotator.ui.worker).
        self.task: BackgroundTask | None = None
        self._actors: ProjectActors | None = None  # what the files gave, None until counted
        self._again = False  # files changed while counting: drop that count, count again
        #: The open document's states taken while a count runs (saved, or in memory at a
        #: redraw): the count may have read their files before, so they win over it.
        self._newer_than_count: dict[tuple[str, str], FileActors] = {}
        self._rows: dict[str, ActorIndex] = {}  # canonical id -> its row's data
        self.setWindowTitle(self.tr("Actor registry"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_counting_row())
        layout.addWidget(self._build_tree(), 3)
        for row in self._build_editing_rows():
            layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Suggested groupings (Enter accepts)"), self))
        layout.addWidget(self._build_suggestion_list(), 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addLayout(self._build_bottom_row())
        self.resize(900, 640)
        self.session.saved.connect(self._on_saved)
        host.schema_history.changed.connect(self._on_files_changed)
        self.refresh()

    def _build_tree(self) -> QTreeWidget:
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("registryTree")
        self.tree.setHeaderLabels([self.tr("Actor"), self.tr("Type"), self.tr("Aliases"),
                                   self.tr("Mentions"), self.tr("Claims"),
                                   self.tr("Documents")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setUniformRowHeights(True)  # one line each: no layout of every row
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemExpanded.connect(self._add_children)
        return self.tree

    def _build_counting_row(self) -> QHBoxLayout:
        self.counting = QLabel(self)
        self.counting.setObjectName("registryCounting")
        self.counting_bar = QProgressBar(self)
        self.counting_bar.setTextVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.counting, 1)
        row.addWidget(self.counting_bar, 1)
        return row

    def _build_editing_rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The name and type fields, and the buttons that use them."""
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("name of a new actor, or the new name"))
        self.type = QComboBox(self)
        self.type.addItem(self.tr("(no type)"), None)
        for t in ACTOR_TYPES:
            self.type.addItem(t.replace("_", " "), t)
        fields = QHBoxLayout()
        fields.addWidget(self.name, 2)
        fields.addWidget(self.type, 1)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("New actor"), self.new_actor),
                           (self.tr("Rename"), self.rename_actor),
                           (self.tr("Set type"), self.set_type),
                           (self.tr("Group the selected span here"), self.group_selected_span)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        return fields, buttons

    def _build_suggestion_list(self) -> QListWidget:
        self.suggestion_list = QListWidget(self)
        self.suggestion_list.setObjectName("registrySuggestions")
        self.suggestion_list.setUniformItemSizes(True)  # thousands of one-line items
        self.suggestion_list.itemActivated.connect(lambda _item: self.accept_suggestion())
        return self.suggestion_list

    def _build_bottom_row(self) -> QHBoxLayout:
        accept = QPushButton(self.tr("Accept suggestion"), self)
        accept.clicked.connect(self.accept_suggestion)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.refresh)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(accept)
        row.addStretch(1)
        row.addWidget(refresh)
        row.addWidget(close)
        return row

    # ------------------------------------------------------------ counting

    def refresh(self) -> None:
        """Read the registry again, show it, and count the mentions again in the background."""
        self._load_registry()
        self._show()
        self.recount()

    def recount(self) -> None:
        """Count mentions and claims from the files, in the background.

        While a count runs, another one is made after it and the running
        one's result is dropped: it may have read files before the change
        that asked for the new count.
        """
        if self.task is not None:
            self._again = True
            return
        self._again = False
        self._newer_than_count.clear()
        path, who = self.session.project.path, self.session.project.annotator
        task = BackgroundTask(lambda progress: count_project(path, who, progress))
        for signal, slot in self._task_slots(task):
            signal.connect(slot)
        self.destroyed.connect(task.cancel)  # deleted with the window, never closed
        self.task = task
        self.counting.setText(self.tr("Counting mentions…"))
        self.counting_bar.setRange(0, 0)  # busy until the first figure
        self._set_counting_visible(True)
        task.start()

    def is_counting(self) -> bool:
        """True while a count runs."""
        return self.task is not None

    def _task_slots(self, task: BackgroundTask
                    ) -> list[tuple[SignalInstance, Callable[..., None]]]:
        return [(task.progressed, self._on_count_progress), (task.succeeded, self._on_counted),
                (task.failed, self._on_count_failed), (task.ended, self._on_count_ended)]

    def _set_counting_visible(self, visible: bool) -> None:
        self.counting.setVisible(visible)
        self.counting_bar.setVisible(visible)

    def _on_count_progress(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.counting_bar.setRange(0, total)
        self.counting_bar.setValue(done)
        self.counting.setText(self.tr("Counting mentions… %1 of %2 documents read")
                              .replace("%1", f"{done:,}").replace("%2", f"{total:,}"))

    def _on_counted(self, actors: ProjectActors) -> None:
        if self._again:  # files changed since this count began: the next one is right
            return
        for files in self._newer_than_count.values():
            actors.put(files)
        self._newer_than_count.clear()
        self._actors = actors
        self._show()
        if actors.problems:
            self._say(self._problems_text(actors.problems))

    def _problems_text(self, problems: list[str]) -> str:
        more = len(problems) - PROBLEMS_SHOWN
        shown = "; ".join(problems[:PROBLEMS_SHOWN]) + \
            (self.tr("; and %1 more").replace("%1", str(more)) if more > 0 else "")
        return self.tr("Not counted, because they could not be read (`annotator validate` "
                       "lists them): %1").replace("%1", shown)

    def _on_count_failed(self, message: str) -> None:
        if not self._again:
            self._say(self.tr("The mentions could not be counted: %1").replace("%1", message))

    def _on_count_ended(self) -> None:
        self.task = None
        if self._again:
            self.recount()
        else:
            self._set_counting_visible(False)

    def _stop_count(self) -> None:
        """Ask the running count to stop, and take no more news from it."""
        task, self.task = self.task, None
        if task is None:
            return
        task.cancel()  # it stops after the document it is reading; the thread ends by itself
        for signal, slot in self._task_slots(task):
            signal.disconnect(slot)

    def done(self, result: int) -> None:  # noqa: D102 - Close, Escape and the title bar's X
        self._stop_count()
        super().done(result)

    def _on_saved(self, doc_id: str) -> None:
        """The open document was written: keep what it gives, the counts must not go back."""
        ann = self.session.annotations
        if ann is not None and ann.document_id == doc_id:
            self._keep(file_actors(ann))

    def _keep(self, files: FileActors) -> None:
        """Count ``files`` (the open document's state) instead of what was read before."""
        if self._actors is not None:
            self._actors.put(files)
        if self.task is not None:  # the count may have read the file before this state
            self._newer_than_count[files.key] = files

    def _on_files_changed(self) -> None:
        """Files were rewritten (a grouping, a schema change, their undo): count again."""
        self._actors = None
        self._load_registry()
        self._show()
        self.recount()

    # ------------------------------------------------------------ showing

    def _load_registry(self) -> None:
        try:
            self.registry = self.store.load()
        except ProjectError as err:
            self._say(str(err))

    def _show(self) -> None:
        """Make the index and the suggestions for the registry as it is now, and fill the lists.

        The open document counts as it is in memory (unsaved edits included).
        """
        if self.session.annotations is not None:
            self._keep(file_actors(self.session.annotations))
        if self._actors is None:
            self.index = [ActorIndex(e, e.id) for e in self.registry.sorted_entries()]
            self.suggestions = []
        else:
            self.index = self._actors.index(self.registry)
            self.suggestions = self._actors.suggestions(self.registry)
        self._fill()

    def _fill(self) -> None:
        current = self.current_entry_id()
        expanded = {item.data(0, ENTRY_ROLE) for item in self._top_items() if item.isExpanded()}
        self.tree.clear()
        self._rows = {item.canonical_id: item for item in self.index}
        rows = [self._row(item) for item in self.index]
        self.tree.addTopLevelItems(rows)
        for row in rows:
            entry_id = row.data(0, ENTRY_ROLE)
            if entry_id in expanded:
                row.setExpanded(True)
            if entry_id == current:
                self.tree.setCurrentItem(row)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.suggestion_list.clear()
        for s in self.suggestions:
            docs = len(s.documents)
            text = self.tr("%1: %2 mentions in %3 documents (%4)") \
                .replace("%1", FSI + s.name + PDI).replace("%2", str(len(s.mentions))) \
                .replace("%3", str(docs)).replace("%4", self._reason(s.reason))
            if s.aliases:
                text += " — " + FSI + "، ".join(s.aliases) + PDI
            self.suggestion_list.addItem(QListWidgetItem(text))
        if self.suggestion_list.count():
            self.suggestion_list.setCurrentRow(0)

    def _row(self, item: ActorIndex) -> QTreeWidgetItem:
        """An actor's top-level row; its mentions and claims are added when it is expanded."""
        entry = item.entry
        name = entry.name if entry else self.tr("(not in the registry) %1") \
            .replace("%1", item.canonical_id)
        counts = [str(len(item.mentions)), str(len(item.claims)), str(len(item.documents))] \
            if self._actors is not None else [NOT_COUNTED] * 3
        row = QTreeWidgetItem([name, (entry.type or "").replace("_", " ") if entry else "",
                               "، ".join(entry.aliases) if entry else "", *counts])
        row.setData(0, ENTRY_ROLE, item.canonical_id)
        if item.mentions or item.claims:
            row.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        return row

    def _add_children(self, row: QTreeWidgetItem) -> None:
        """Add the mentions and claims under an actor's row the first time it is expanded."""
        item = self._rows.get(row.data(0, ENTRY_ROLE))
        if item is None or row.parent() is not None or row.childCount():
            return
        children = []
        for m in item.mentions:
            child = QTreeWidgetItem([f"{m.text}", "", "", "", "",
                                     f"{m.document_id} · {m.annotator}"])
            child.setData(0, TARGET_ROLE, (m.document_id, m.span_id))
            children.append(child)
        for c in item.claims:
            short = c.claim_text if len(c.claim_text) <= 60 else c.claim_text[:59] + "…"
            child = QTreeWidgetItem([self.tr("claim: %1").replace("%1", short), "", "",
                                     "", "", f"{c.document_id} · {c.annotator}"])
            child.setData(0, TARGET_ROLE, (c.document_id, c.claim_span_id))
            children.append(child)
        row.addChildren(children)

    def _reason(self, reason: str) -> str:
        return {"registry": self.tr("a known name or alias"),
                "lexicon": self.tr("the lexicon's canonical name"),
                "same_name": self.tr("the same name")}.get(reason, reason)

    def current_entry_id(self) -> str | None:
        """The canonical id of the highlighted actor (or of the actor of a highlighted mention)."""
        item = self.tree.currentItem()
        if item is None:
            return None
        parent = item.parent()
        while parent is not None:
            item, parent = parent, parent.parent()
        return item.data(0, ENTRY_ROLE)

    def _top_items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def select_entry(self, entry_id: str) -> None:
        """Highlight the actor ``entry_id``."""
        for item in self._top_items():
            if item.data(0, ENTRY_ROLE) == entry_id:
                self.tree.setCurrentItem(item)

    def rows(self) -> list[list[str]]:
        """The top-level rows as shown (tests, screenshots)."""
        return [[item.text(c) for c in range(6)] for item in self._top_items()]

    # ------------------------------------------------------------ registry edits

    def _save_registry(self) -> bool:
        try:
            self.store.save(self.registry)
        except ProjectError as err:  # changed on disk by someone else: show theirs
            self._say(str(err))
            self._load_registry()
            self._show()
            return False
        return True

    def new_actor(self) -> None:
        """Create an actor with the typed name and the chosen type."""
        try:
            entry = self.registry.add(self.name.text(), type=self.type.currentData())
        except RegistryError as err:
            self._say(str(err))
            return
        if self._save_registry():
            self.name.clear()
            self._show()
            self.select_entry(entry.id)

    def rename_actor(self) -> None:
        """Rename the highlighted actor to the typed name (the old name stays an alias)."""
        entry_id = self.current_entry_id()
        if entry_id is None or self.registry.get(entry_id) is None:
            self._say(self.tr("Highlight an actor of the registry first."))
            return
        try:
            self.registry.rename(entry_id, self.name.text())
        except RegistryError as err:
            self._say(str(err))
            return
        if self._save_registry():
            self._show()

    def set_type(self) -> None:
        """Give the highlighted actor the chosen type."""
        entry_id = self.current_entry_id()
        if entry_id is None or self.registry.get(entry_id) is None:
            self._say(self.tr("Highlight an actor of the registry first."))
            return
        self.registry.set_type(entry_id, self.type.currentData())
        if self._save_registry():
            self._show()

    def group_selected_span(self) -> None:
        """Link the ACTOR span selected in the text to the highlighted actor (undoable)."""
        span = self.host.selected_span()
        entry_id = self.current_entry_id()
        ann = self.session.annotations
        if span is None or ann is None or span.label != "ACTOR":
            self._say(self.tr("Select an ACTOR span in the text first."))
            return
        if entry_id is None or self.registry.get(entry_id) is None:
            self._say(self.tr("Highlight an actor of the registry first."))
            return
        batch = link_edits(ann, [span.id], entry_id, self.tr("Group under %1")
                           .replace("%1", self.registry.entries[entry_id].name))
        if batch.edits:
            self.session.apply(batch)
        self.registry.add_alias(entry_id, span.text)
        if self._save_registry():
            self._show()
            self.select_entry(entry_id)

    def accept_suggestion(self) -> None:
        """Accept the highlighted grouping: entry created or extended, every mention linked.

        One step of the window's project-level history: its undo also takes
        the registry edit back.
        """
        row = self.suggestion_list.currentRow()
        if not 0 <= row < len(self.suggestions):
            return
        suggestion = self.suggestions[row]
        made: list[GroupingChange] = []
        errors: list[str] = []

        def make() -> GroupingChange:
            made.append(group_suggestion(self.session.project, suggestion,
                                         description=self.tr("Group %1")
                                         .replace("%1", suggestion.name)))
            return made[-1]

        def note(message: str) -> None:
            errors.append(message)

        history = self.host.schema_history
        history.failed.connect(note)
        try:
            ok = history.run_change(make)  # its ``changed`` signal recounts
        finally:
            history.failed.disconnect(note)
        if not ok:
            self._say(self.tr("Nothing was grouped: %1").replace(
                "%1", errors[0] if errors else self.tr("the change failed.")))
            self._load_registry()
            self._show()
            return
        entry = made[-1].entry_after
        if entry is not None:
            self.select_entry(entry.id)

    # ------------------------------------------------------------ navigation

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, TARGET_ROLE)
        if target:
            self.jump(*target)

    def jump(self, doc_id: str, span_id: str) -> None:
        """Open ``doc_id`` in the window and select ``span_id`` (the analyst's own spans)."""
        self.host.open_document(doc_id)
        doc = self.session.document
        if doc is not None and doc.id == doc_id:
            self.host.select_span(span_id)

    def _say(self, message: str) -> None:
        self.message.setText(message)
