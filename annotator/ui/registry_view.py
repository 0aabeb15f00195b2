"""The actor registry view: canonical actors across the project, suggested groupings, grouping.

The tree lists each canonical actor (name, type, aliases, number of
mentions, of claims whose SOURCE is one of them, of documents) from
:func:`registry_index`; expanding an actor shows its mentions and claims,
and Enter or a double click on one opens its document and selects the span.

Changes:

- *New* / *Rename* / *Type* edit ``registry.json`` (:class:`RegistryStore`,
  which refuses to overwrite a file changed by someone else);
- *Group the selected span* links the span selected in the text to the
  highlighted actor: one ``set_canonical`` edit through ``Session.apply``
  (undoable with Ctrl+Z like any edit), and its text becomes an alias;
- *Accept suggestion* takes a :func:`suggest_groupings` proposal (same
  normalised name, a registry alias, a lexicon canonical), creates or
  extends the entry (:func:`accept_grouping`) and links every mention in
  every document with :func:`link_mentions`, recorded on the window's
  project-level history (the schema dialog's Undo button undoes it).

The project is read on the GUI thread when the dialog opens or refreshes
(every annotation file once); the open document is saved first so that the
counts include the latest edits.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
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
    accept_grouping,
    link_edits,
    suggest_groupings,
)
from annotator.formats.errors import ProjectError
from annotator.formats.registry_store import (
    ActorIndex,
    RegistryStore,
    collect_mentions,
    link_mentions,
    registry_index,
)
from annotator.ui.schema_dialog import SchemaHistory
from annotator.ui.session import Session

FSI, PDI = "\u2068", "\u2069"  # isolate an Arabic name inside an English sentence
ENTRY_ROLE = Qt.ItemDataRole.UserRole
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # (document id, span id) of a mention or claim


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
        self.setWindowTitle(self.tr("Actor registry"))

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("registryTree")
        self.tree.setHeaderLabels([self.tr("Actor"), self.tr("Type"), self.tr("Aliases"),
                                   self.tr("Mentions"), self.tr("Claims"),
                                   self.tr("Documents")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._on_activated)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("name of a new actor, or the new name"))
        self.type = QComboBox(self)
        self.type.addItem(self.tr("(no type)"), None)
        for t in ACTOR_TYPES:
            self.type.addItem(t.replace("_", " "), t)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.name, 2)
        edit_row.addWidget(self.type, 1)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("New actor"), self.new_actor),
                           (self.tr("Rename"), self.rename_actor),
                           (self.tr("Set type"), self.set_type),
                           (self.tr("Group the selected span here"), self.group_selected_span)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.suggestion_list = QListWidget(self)
        self.suggestion_list.setObjectName("registrySuggestions")
        self.suggestion_list.itemActivated.connect(lambda _item: self.accept_suggestion())
        accept = QPushButton(self.tr("Accept suggestion"), self)
        accept.clicked.connect(self.accept_suggestion)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.refresh)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(accept)
        bottom.addStretch(1)
        bottom.addWidget(refresh)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 3)
        layout.addLayout(edit_row)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Suggested groupings (Enter accepts)"), self))
        layout.addWidget(self.suggestion_list, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.resize(900, 640)
        self.refresh()

    # ------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the registry and every annotation file again and refill both lists."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.session.save()
            self.registry = self.store.load()
            self.index = registry_index(self.session.project, self.registry)
            mentions = collect_mentions(self.session.project)
            self.suggestions = suggest_groupings(mentions, self.registry)
        except (ProjectError, RegistryError) as err:
            self._say(str(err))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._fill()

    def _fill(self) -> None:
        current = self.current_entry_id()
        self.tree.clear()
        for item in self.index:
            entry = item.entry
            name = entry.name if entry else self.tr("(not in the registry) %1") \
                .replace("%1", item.canonical_id)
            row = QTreeWidgetItem([name, (entry.type or "").replace("_", " ") if entry else "",
                                   "، ".join(entry.aliases) if entry else "",
                                   str(len(item.mentions)), str(len(item.claims)),
                                   str(len(item.documents))])
            row.setData(0, ENTRY_ROLE, item.canonical_id)
            for m in item.mentions:
                child = QTreeWidgetItem([f"{m.text}", "", "", "", "",
                                         f"{m.document_id} · {m.annotator}"])
                child.setData(0, TARGET_ROLE, (m.document_id, m.span_id))
                row.addChild(child)
            for c in item.claims:
                short = c.claim_text if len(c.claim_text) <= 60 else c.claim_text[:59] + "…"
                child = QTreeWidgetItem([self.tr("claim: %1").replace("%1", short), "", "",
                                         "", "", f"{c.document_id} · {c.annotator}"])
                child.setData(0, TARGET_ROLE, (c.document_id, c.claim_span_id))
                row.addChild(child)
            self.tree.addTopLevelItem(row)
            if item.canonical_id == current:
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
            self.refresh()
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
            self.refresh()
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
            self.refresh()

    def set_type(self) -> None:
        """Give the highlighted actor the chosen type."""
        entry_id = self.current_entry_id()
        if entry_id is None or self.registry.get(entry_id) is None:
            self._say(self.tr("Highlight an actor of the registry first."))
            return
        self.registry.set_type(entry_id, self.type.currentData())
        if self._save_registry():
            self.refresh()

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
            self.refresh()
            self.select_entry(entry_id)

    def accept_suggestion(self) -> None:
        """Accept the highlighted grouping: entry created or extended, every mention linked."""
        row = self.suggestion_list.currentRow()
        if not 0 <= row < len(self.suggestions):
            return
        suggestion = self.suggestions[row]
        try:
            entry = accept_grouping(self.registry, suggestion)
        except RegistryError as err:
            self._say(str(err))
            return
        if not self._save_registry():
            return
        history = self.host.schema_history
        ok = history.run_change(lambda: link_mentions(
            self.session.project, suggestion.mentions, entry.id,
            description=self.tr("Group %1").replace("%1", entry.name)))
        if not ok:
            self._say(self.tr("The actor was saved, but its mentions could not be linked."))
        self.refresh()
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
