"""Edit the project's labels, attributes and relation types; every change is undoable.

Each change is one :mod:`annotator.core.schema_ops` operation applied by
:func:`annotator.formats.schema_change.change_schema`, which rewrites
``project.json`` and every annotation file of every annotator and returns a
:class:`ProjectChange` able to put the exact bytes back.

Undo lives on a **project-level** :class:`SchemaHistory` (its own
``QUndoStack``, shown as Undo / Redo buttons in the dialog), not on the
document's stack: the document stack is cleared whenever another document
is opened and its clean state means "this document is on disk", while a
schema change spans every document and is on disk the moment it is made.
The history lives as long as the window, so a schema change can be undone
after the dialog was closed and reopened.

Before a change the open document is saved; after a change, undo or redo it
is read again from disk and the window rebuilds its label keys and palette
(``MainWindow.schema_changed``). Renaming keeps every span; removing a label
or relation type asks whether to relabel (retype) its annotations or to
archive them in their files: nothing is ever deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QTextOption, QUndoStack
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core import schema_ops
from annotator.core.schema import AttributeDef, LabelSchema, RelationType, SpanLabel
from annotator.formats.errors import ProjectError
from annotator.formats.schema_change import ProjectChange, change_schema
from annotator.ui.commands import MutationCommand, redo_step, undo_step
from annotator.ui.session import Session

NAME_ROLE = Qt.ItemDataRole.UserRole
D = TypeVar("D", SpanLabel, RelationType)


def split_names(text: str) -> tuple[str, ...]:
    """Comma-separated names (labels, values) without blanks or repeats, in order."""
    out: list[str] = []
    for part in text.replace("،", ",").split(","):
        part = part.strip()
        if part and part not in out:
            out.append(part)
    return tuple(out)


def _list_item(text: str, name: str, colour: str | None = None) -> QListWidgetItem:
    """A list row showing ``text`` that stands for ``name`` (drawn in ``colour``, if given)."""
    item = QListWidgetItem(text)
    item.setData(NAME_ROLE, name)
    if colour is not None:
        item.setForeground(QColor(colour))
    return item


def _current_name(names: QListWidget) -> str | None:
    """The name the highlighted row stands for."""
    item = names.currentItem()
    return item.data(NAME_ROLE) if item else None


def _button_row(parent: QWidget, buttons: list[tuple[str, Callable[[], object]]]) -> QHBoxLayout:
    """A row of push buttons, each ``(text, slot)``."""
    row = QHBoxLayout()
    for text, slot in buttons:
        button = QPushButton(text, parent)
        button.clicked.connect(slot)
        row.addWidget(button)
    return row


class SchemaHistory(QObject):
    """Project-wide undo stack of schema changes and registry groupings (see the module doc)."""

    changed = Signal()        # the schema and the files changed (apply, undo or redo)
    failed = Signal(str)      # a user message: nothing was changed

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = QUndoStack(self)

    def apply(self, op: schema_ops.SchemaOp) -> bool:
        """Save the open document and apply ``op`` to the whole project; False if refused."""
        return self.run_change(lambda: change_schema(self.session.project, op))

    def run_change(self, make: Callable[[], ProjectChange]) -> bool:
        """Save the open document, run ``make`` (a project-wide rewrite) and record it for undo.

        Used for schema changes and for registry groupings
        (:func:`annotator.formats.registry_store.link_mentions`).
        """
        def push() -> None:
            change = make()
            self.stack.push(MutationCommand(change, change.inverse()))

        return self._run(push)

    def undo(self) -> bool:
        """Put the files back as before the last change."""
        return self.stack.canUndo() and self._run(lambda: undo_step(self.stack))

    def redo(self) -> bool:
        """Apply the last undone change again."""
        return self.stack.canRedo() and self._run(lambda: redo_step(self.stack))

    def _run(self, action: Callable[[], object]) -> bool:
        if not self.session.save():
            self.failed.emit(self.tr("The open document could not be saved, so the labels "
                                     "were not changed."))
            return False
        try:
            action()
        except (ProjectError, ValueError) as err:  # ValueError: registry and edit refusals
            self.failed.emit(str(err))
            return False
        self.changed.emit()
        return True


class RemoveChoiceDialog(QDialog):
    """Asks what happens to the annotations of a label (or relation type) being removed."""

    def __init__(self, what: str, name: str, others: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove %1").replace("%1", name))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What should happen to the %1 annotations in every "
                                        "document?").replace("%1", name), self))
        self.relabel = QRadioButton(self.tr("Change them to:") if what == "label"
                                    else self.tr("Change their type to:"), self)
        self.target = QComboBox(self)
        self.target.addItems(others)
        self.archive = QRadioButton(self.tr("Archive them (kept in the files, hidden, "
                                            "restorable)"), self)
        row = QHBoxLayout()
        row.addWidget(self.relabel)
        row.addWidget(self.target, 1)
        layout.addLayout(row)
        layout.addWidget(self.archive)
        if others:
            self.relabel.setChecked(True)
        else:
            self.relabel.setEnabled(False)
            self.target.setEnabled(False)
            self.archive.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str | None, bool]:
        """(relabel_to, archive) as the schema operations take them."""
        if self.relabel.isChecked():
            return self.target.currentText(), False
        return None, True


class _Guidelines(QWidget):
    """English and Arabic guideline editors."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.en = QPlainTextEdit(self)
        self.ar = QPlainTextEdit(self)
        self.ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        rtl = QTextOption()
        rtl.setTextDirection(Qt.LayoutDirection.RightToLeft)
        rtl.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        rtl.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.ar.document().setDefaultTextOption(rtl)
        for edit in (self.en, self.ar):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
        layout.addRow(self.tr("Guideline (English)"), self.en)
        layout.addRow(self.tr("Guideline (Arabic)"), self.ar)

    def set(self, description: dict[str, str]) -> None:
        self.en.setPlainText(description.get("en", ""))
        self.ar.setPlainText(description.get("ar", ""))

    def get(self) -> dict[str, str]:
        out = {"en": self.en.toPlainText().strip(), "ar": self.ar.toPlainText().strip()}
        return {k: v for k, v in out.items() if v}


class _ColourField(QWidget):
    """#rrggbb line edit with a colour chooser."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setInputMask("\\#HHHHHH")
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose)
        layout.addWidget(self.edit, 1)
        layout.addWidget(choose)

    def _choose(self) -> None:
        colour = QColorDialog.getColor(QColor(self.edit.text()), self)
        if colour.isValid():
            self.edit.setText(colour.name())

    def text(self) -> str:
        return self.edit.text().lower()


class _DefinitionTab:
    """The list and the name, colour, key and guideline fields both tabs have."""

    def __init__(self, page: QWidget, object_name: str, blank_colour: str) -> None:
        self.blank_colour = blank_colour  # shown when nothing is highlighted
        self.list = QListWidget(page)
        self.list.setObjectName(object_name)
        self.name = QLineEdit(page)
        self.colour = _ColourField(page)
        self.key = QLineEdit(page)
        self.key.setMaxLength(1)
        self.guide = _Guidelines(page)

    def current_name(self) -> str | None:
        """The name of the highlighted label or relation type."""
        return _current_name(self.list)

    def select(self, name: str) -> None:
        """Highlight ``name`` and show it in the form."""
        for i in range(self.list.count()):
            if self.list.item(i).data(NAME_ROLE) == name:
                self.list.setCurrentRow(i)

    def refill(self, items: list[QListWidgetItem]) -> None:
        """List ``items``; the highlighted name stays highlighted if it is still there."""
        current = self.current_name()
        self.list.clear()
        for item in items:
            self.list.addItem(item)
        if current is not None and current in [item.data(NAME_ROLE) for item in items]:
            self.select(current)
        elif items:
            self.list.setCurrentRow(0)

    def show(self, definition: SpanLabel | RelationType | None) -> None:
        """Fill the shared fields from ``definition`` (blank when None)."""
        self.name.setText(definition.name if definition else "")
        self.colour.edit.setText(definition.colour if definition else self.blank_colour)
        self.key.setText(definition.key if definition else "")
        self.guide.set(dict(definition.description) if definition else {})

    def edited(self, definition: D) -> D:
        """``definition`` with the colour, key and guideline typed in the form."""
        return replace(definition, colour=self.colour.text(), key=self.key.text().strip(),
                       description=self.guide.get())


class SchemaDialog(QDialog):
    """Labels (with their attributes) and relation types of the project."""

    def __init__(self, history: SchemaHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.setWindowTitle(self.tr("Labels and relations of the project"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._labels_tab(), self.tr("Labels"))
        self.tabs.addTab(self._relations_tab(), self.tr("Relation types"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self)
        self.redo_button = QPushButton(self)
        self.undo_button.clicked.connect(history.undo)
        self.redo_button.clicked.connect(history.redo)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        history.changed.connect(self._reload)
        history.failed.connect(self._show_error)
        history.stack.indexChanged.connect(self._update_undo)
        self._reload()
        self.resize(760, 620)

    @property
    def schema(self) -> LabelSchema:
        """The project's current schema."""
        return self.history.session.schema

    def _lay_out(self, page: QWidget, tab: _DefinitionTab, rows: list[tuple[str, QWidget]],
                 buttons: list[tuple[str, Callable[[], object]]],
                 *below: QWidget | QLayout) -> None:
        """The list on the left; the form (``rows`` above the guideline) and ``below`` right."""
        form = QFormLayout()
        form.addRow(self.tr("Name"), tab.name)
        form.addRow(self.tr("Colour"), tab.colour)
        form.addRow(self.tr("Key"), tab.key)
        for caption, field in rows:
            form.addRow(caption, field)
        form.addRow(tab.guide)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(_button_row(page, buttons))
        for part in below:
            if isinstance(part, QLayout):
                right.addLayout(part)
            else:
                right.addWidget(part)
        right.addStretch(1)
        layout = QHBoxLayout(page)
        layout.addWidget(tab.list, 1)
        layout.addLayout(right, 3)

    def _ask_remove(self, what: str, name: str, names: list[str],
                    remove: Callable[[str, str | None, bool], schema_ops.SchemaOp],
                    ) -> RemoveChoiceDialog:
        """Ask what becomes of ``name``'s annotations, then remove ``name`` as chosen."""
        dialog = RemoveChoiceDialog(what, name, [n for n in names if n != name], self)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.history.apply(remove(name, *dialog.choice()))

        dialog.finished.connect(done)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ------------------------------------------------------------ labels tab

    def _labels_tab(self) -> QWidget:
        page = QWidget(self)
        self.labels = _DefinitionTab(page, "schemaLabels", "#888888")
        self.labels.list.currentItemChanged.connect(lambda *_: self._show_label())
        self.attr_list = QListWidget(page)
        self.attr_list.setObjectName("schemaAttributes")
        self.attr_list.setMaximumHeight(110)
        self.attr_name = QLineEdit(page)
        self.attr_name.setPlaceholderText(self.tr("attribute name"))
        self.attr_values = QLineEdit(page)
        self.attr_values.setPlaceholderText(self.tr("values, comma separated (empty: free text)"))
        attr_row = QHBoxLayout()
        attr_row.addWidget(self.attr_name)
        attr_row.addWidget(self.attr_values, 2)
        attr_buttons = _button_row(page, [
            (self.tr("Add attribute"), self.add_attribute),
            (self.tr("Rename attribute"), self.rename_attribute),
            (self.tr("Remove attribute"), self.remove_attribute)])
        self._lay_out(page, self.labels, [], [
            (self.tr("Apply changes"), self.apply_label),
            (self.tr("New label"), self.new_label),
            (self.tr("Remove label…"), self.ask_remove_label),
        ], QLabel(self.tr("Attributes of this label"), page), self.attr_list, attr_row,
            attr_buttons)
        return page

    def current_label(self) -> SpanLabel | None:
        """The label highlighted in the list."""
        name = self.labels.current_name()
        return self.schema.label(name) if name is not None else None

    def _show_label(self) -> None:
        label = self.current_label()
        self.labels.show(label)
        self.attr_list.clear()
        free = self.tr("free text")
        for attr in label.attributes if label else ():
            self.attr_list.addItem(_list_item(f"{attr.name}: {', '.join(attr.values) or free}",
                                              attr.name))

    def apply_label(self) -> None:
        """Rename and/or update the highlighted label from the form (each one undo step)."""
        label = self.current_label()
        if label is None:
            return
        name = self.labels.name.text().strip()
        wanted = self.labels.edited(label)  # read now: a rename refills the form
        from annotator.ui.actions import shortcut_owner  # actions -> handlers -> this module

        owner = shortcut_owner(wanted.key) if wanted.key != label.key and wanted.key else None
        if owner is not None:
            self._show_error(self.tr("The key %1 is already the shortcut of “%2”; choose "
                                     "another key.").replace("%1", wanted.key)
                             .replace("%2", owner.label()))
            return
        if name != label.name:
            if not self.history.apply(schema_ops.RenameLabel(label.name, name)):
                return
            label = self.schema.label(name)
            assert label is not None
        updated = replace(wanted, name=label.name)
        if updated != label:
            self.history.apply(schema_ops.UpdateLabel(updated))
        self.labels.select(name)

    def new_label(self) -> None:
        """Add a label named from the form (or NEW, NEW2...)."""
        name = schema_ops.free_name(self.labels.name.text().strip().upper() or "NEW",
                                    self.schema.label_names)
        if self.history.apply(schema_ops.AddLabel(SpanLabel(name, "#888888"))):
            self.labels.select(name)

    def ask_remove_label(self) -> RemoveChoiceDialog | None:
        """Ask whether to relabel or archive the label's spans, then remove it."""
        label = self.current_label()
        if label is None:
            return None
        return self._ask_remove("label", label.name, self.schema.label_names,
                                schema_ops.RemoveLabel)

    def add_attribute(self) -> None:
        """Add the attribute typed below the list to the highlighted label."""
        label = self.current_label()
        name = self.attr_name.text().strip()
        if label is None or not name:
            self._show_error(self.tr("Type the attribute's name (and its values) first."))
            return
        attr = AttributeDef(name, split_names(self.attr_values.text()))
        if self.history.apply(schema_ops.AddAttribute(label.name, attr)):
            self.labels.select(label.name)

    def rename_attribute(self) -> None:
        """Rename the highlighted attribute to the name typed below the list."""
        label, old, new = self.current_label(), _current_name(self.attr_list), \
            self.attr_name.text().strip()
        if label is None or old is None or not new:
            self._show_error(self.tr("Pick an attribute and type its new name first."))
            return
        if self.history.apply(schema_ops.RenameAttribute(label.name, old, new)):
            self.labels.select(label.name)

    def remove_attribute(self) -> None:
        """Remove the highlighted attribute (values are archived on each span; undoable)."""
        label, name = self.current_label(), _current_name(self.attr_list)
        if label is None or name is None:
            return
        if self.history.apply(schema_ops.RemoveAttribute(label.name, name)):
            self.labels.select(label.name)

    # ------------------------------------------------------------ relation types tab

    def _relations_tab(self) -> QWidget:
        page = QWidget(self)
        self.relations = _DefinitionTab(page, "schemaRelations", "#555555")
        self.relations.list.currentItemChanged.connect(lambda *_: self._show_relation())
        self.rel_heads = QLineEdit(page)
        self.rel_tails = QLineEdit(page)
        # Tab goes from the key to the head and tail labels, then to the guideline.
        QWidget.setTabOrder(self.relations.key, self.rel_heads)
        QWidget.setTabOrder(self.rel_heads, self.rel_tails)
        self._lay_out(page, self.relations, [
            (self.tr("From labels (empty: any)"), self.rel_heads),
            (self.tr("To labels (empty: any)"), self.rel_tails),
        ], [
            (self.tr("Apply changes"), self.apply_relation),
            (self.tr("New relation type"), self.new_relation),
            (self.tr("Remove relation type…"), self.ask_remove_relation),
        ])
        return page

    def current_relation(self) -> RelationType | None:
        """The relation type highlighted in the list."""
        name = self.relations.current_name()
        return self.schema.relation_type(name) if name is not None else None

    def _show_relation(self) -> None:
        rel = self.current_relation()
        self.relations.show(rel)
        self.rel_heads.setText(", ".join(rel.head_labels) if rel else "")
        self.rel_tails.setText(", ".join(rel.tail_labels) if rel else "")

    def apply_relation(self) -> None:
        """Rename and/or update the highlighted relation type from the form."""
        rel = self.current_relation()
        if rel is None:
            return
        name = self.relations.name.text().strip()
        wanted = replace(self.relations.edited(rel),  # read now: a rename refills the form
                         head_labels=split_names(self.rel_heads.text()),
                         tail_labels=split_names(self.rel_tails.text()))
        if name != rel.name:
            if not self.history.apply(schema_ops.RenameRelationType(rel.name, name)):
                return
            rel = self.schema.relation_type(name)
            assert rel is not None
        updated = replace(wanted, name=rel.name)
        if updated != rel:
            self.history.apply(schema_ops.UpdateRelationType(updated))
        self.relations.select(name)

    def new_relation(self) -> None:
        """Add a relation type named from the form (or LINK, LINK2...)."""
        name = schema_ops.free_name(self.relations.name.text().strip().upper() or "LINK",
                                    [r.name for r in self.schema.relation_types])
        if self.history.apply(schema_ops.AddRelationType(RelationType(name))):
            self.relations.select(name)

    def ask_remove_relation(self) -> RemoveChoiceDialog | None:
        """Ask whether to retype or archive the type's links, then remove it."""
        rel = self.current_relation()
        if rel is None:
            return None
        return self._ask_remove("relation", rel.name,
                                [r.name for r in self.schema.relation_types],
                                schema_ops.RemoveRelationType)

    # ------------------------------------------------------------ common

    def _reload(self) -> None:
        self.message.clear()
        self.labels.refill([
            _list_item(f"{lab.key}  {lab.name}" if lab.key else lab.name, lab.name, lab.colour)
            for lab in self.schema.span_labels])
        self.relations.refill([
            _list_item(f"{r.name}  ({'/'.join(r.head_labels) or '*'} → "
                       f"{'/'.join(r.tail_labels) or '*'})", r.name)
            for r in self.schema.relation_types])
        self._update_undo()

    def _update_undo(self, *_args: object) -> None:
        stack = self.history.stack
        try:
            stack.canUndo()
        except RuntimeError:
            return  # the window is closing: its history is already gone
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        self.undo_button.setText(self.tr("Undo %1").replace("%1", stack.undoText())
                                 if stack.canUndo() else self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo %1").replace("%1", stack.redoText())
                                 if stack.canRedo() else self.tr("Redo"))

    def _show_error(self, message: str) -> None:
        self.message.setText(message)
