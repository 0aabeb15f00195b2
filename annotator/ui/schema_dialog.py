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

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QTextOption, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
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
from annotator.ui.session import Session

NAME_ROLE = Qt.ItemDataRole.UserRole


def split_names(text: str) -> tuple[str, ...]:
    """Comma-separated names (labels, values) without blanks or repeats, in order."""
    out: list[str] = []
    for part in text.replace("،", ",").split(","):
        part = part.strip()
        if part and part not in out:
            out.append(part)
    return tuple(out)


class _SchemaCommand(QUndoCommand):
    """One applied :class:`ProjectChange`; undo/redo are run by :class:`SchemaHistory` first."""

    def __init__(self, change: ProjectChange) -> None:
        super().__init__(change.description)
        self.change = change

    def redo(self) -> None:  # the files were already switched (or written by the change)
        """Nothing: :class:`SchemaHistory` switches the files before moving the stack."""

    def undo(self) -> None:
        """Nothing: :class:`SchemaHistory` switches the files before moving the stack."""


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
        return self._run(lambda: self.stack.push(_SchemaCommand(make())))

    def undo(self) -> bool:
        """Put the files back as before the last change."""
        if not self.stack.canUndo():
            return False
        cmd = self.stack.command(self.stack.index() - 1)
        assert isinstance(cmd, _SchemaCommand)
        def step() -> None:
            cmd.change.undo()
            self.stack.undo()

        return self._run(step)

    def redo(self) -> bool:
        """Apply the last undone change again."""
        if not self.stack.canRedo():
            return False
        cmd = self.stack.command(self.stack.index())
        assert isinstance(cmd, _SchemaCommand)
        def step() -> None:
            cmd.change.redo()
            self.stack.redo()

        return self._run(step)

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

    # ------------------------------------------------------------ labels tab

    def _labels_tab(self) -> QWidget:
        page = QWidget(self)
        self.label_list = QListWidget(page)
        self.label_list.setObjectName("schemaLabels")
        self.label_list.currentItemChanged.connect(lambda *_: self._show_label())
        self.label_name = QLineEdit(page)
        self.label_colour = _ColourField(page)
        self.label_key = QLineEdit(page)
        self.label_key.setMaxLength(1)
        self.label_guide = _Guidelines(page)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.label_name)
        form.addRow(self.tr("Colour"), self.label_colour)
        form.addRow(self.tr("Key"), self.label_key)
        form.addRow(self.label_guide)
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
        attr_buttons = QHBoxLayout()
        slot: Callable[[], object]
        for text, slot in ((self.tr("Add attribute"), self.add_attribute),
                           (self.tr("Rename attribute"), self.rename_attribute),
                           (self.tr("Remove attribute"), self.remove_attribute)):
            button = QPushButton(text, page)
            button.clicked.connect(slot)
            attr_buttons.addWidget(button)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Apply changes"), self.apply_label),
                           (self.tr("New label"), self.new_label),
                           (self.tr("Remove label…"), self.ask_remove_label)):
            button = QPushButton(text, page)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(QLabel(self.tr("Attributes of this label"), page))
        right.addWidget(self.attr_list)
        right.addLayout(attr_row)
        right.addLayout(attr_buttons)
        right.addStretch(1)
        layout = QHBoxLayout(page)
        layout.addWidget(self.label_list, 1)
        layout.addLayout(right, 3)
        return page

    def current_label(self) -> SpanLabel | None:
        """The label highlighted in the list."""
        item = self.label_list.currentItem()
        return self.schema.label(item.data(NAME_ROLE)) if item else None

    def select_label(self, name: str) -> None:
        """Highlight label ``name`` and show it in the form."""
        for i in range(self.label_list.count()):
            if self.label_list.item(i).data(NAME_ROLE) == name:
                self.label_list.setCurrentRow(i)

    def _show_label(self) -> None:
        label = self.current_label()
        self.label_name.setText(label.name if label else "")
        self.label_colour.edit.setText(label.colour if label else "#888888")
        self.label_key.setText(label.key if label else "")
        self.label_guide.set(dict(label.description) if label else {})
        self.attr_list.clear()
        free = self.tr("free text")
        for attr in label.attributes if label else ():
            item = QListWidgetItem(f"{attr.name}: {', '.join(attr.values) or free}")
            item.setData(NAME_ROLE, attr.name)
            self.attr_list.addItem(item)

    def apply_label(self) -> None:
        """Rename and/or update the highlighted label from the form (each one undo step)."""
        label = self.current_label()
        if label is None:
            return
        name = self.label_name.text().strip()
        if name != label.name:
            if not self.history.apply(schema_ops.RenameLabel(label.name, name)):
                return
            label = self.schema.label(name)
            assert label is not None
        updated = replace(label, colour=self.label_colour.text(),
                          key=self.label_key.text().strip(),
                          description=self.label_guide.get())
        if updated != label:
            self.history.apply(schema_ops.UpdateLabel(updated))
        self.select_label(name)

    def new_label(self) -> None:
        """Add a label named from the form (or NEW, NEW2...)."""
        base = self.label_name.text().strip().upper() or "NEW"
        name, n = base, 2
        while self.schema.label(name) is not None:
            name, n = f"{base}{n}", n + 1
        if self.history.apply(schema_ops.AddLabel(SpanLabel(name, "#888888"))):
            self.select_label(name)

    def ask_remove_label(self) -> RemoveChoiceDialog | None:
        """Ask whether to relabel or archive the label's spans, then remove it."""
        label = self.current_label()
        if label is None:
            return None
        others = [n for n in self.schema.label_names if n != label.name]
        dialog = RemoveChoiceDialog("label", label.name, others, self)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                relabel_to, archive = dialog.choice()
                self.history.apply(schema_ops.RemoveLabel(label.name, relabel_to, archive))

        dialog.finished.connect(done)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _current_attribute(self) -> str | None:
        item = self.attr_list.currentItem()
        return item.data(NAME_ROLE) if item else None

    def add_attribute(self) -> None:
        """Add the attribute typed below the list to the highlighted label."""
        label = self.current_label()
        name = self.attr_name.text().strip()
        if label is None or not name:
            self._show_error(self.tr("Type the attribute's name (and its values) first."))
            return
        attr = AttributeDef(name, split_names(self.attr_values.text()))
        if self.history.apply(schema_ops.AddAttribute(label.name, attr)):
            self.select_label(label.name)

    def rename_attribute(self) -> None:
        """Rename the highlighted attribute to the name typed below the list."""
        label, old, new = self.current_label(), self._current_attribute(), \
            self.attr_name.text().strip()
        if label is None or old is None or not new:
            self._show_error(self.tr("Pick an attribute and type its new name first."))
            return
        if self.history.apply(schema_ops.RenameAttribute(label.name, old, new)):
            self.select_label(label.name)

    def remove_attribute(self) -> None:
        """Remove the highlighted attribute (values are archived on each span; undoable)."""
        label, name = self.current_label(), self._current_attribute()
        if label is None or name is None:
            return
        if self.history.apply(schema_ops.RemoveAttribute(label.name, name)):
            self.select_label(label.name)

    # ------------------------------------------------------------ relation types tab

    def _relations_tab(self) -> QWidget:
        page = QWidget(self)
        self.rel_list = QListWidget(page)
        self.rel_list.setObjectName("schemaRelations")
        self.rel_list.currentItemChanged.connect(lambda *_: self._show_relation())
        self.rel_name = QLineEdit(page)
        self.rel_colour = _ColourField(page)
        self.rel_key = QLineEdit(page)
        self.rel_key.setMaxLength(1)
        self.rel_heads = QLineEdit(page)
        self.rel_tails = QLineEdit(page)
        self.rel_guide = _Guidelines(page)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.rel_name)
        form.addRow(self.tr("Colour"), self.rel_colour)
        form.addRow(self.tr("Key"), self.rel_key)
        form.addRow(self.tr("From labels (empty: any)"), self.rel_heads)
        form.addRow(self.tr("To labels (empty: any)"), self.rel_tails)
        form.addRow(self.rel_guide)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Apply changes"), self.apply_relation),
                           (self.tr("New relation type"), self.new_relation),
                           (self.tr("Remove relation type…"), self.ask_remove_relation)):
            button = QPushButton(text, page)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addStretch(1)
        layout = QHBoxLayout(page)
        layout.addWidget(self.rel_list, 1)
        layout.addLayout(right, 3)
        return page

    def current_relation(self) -> RelationType | None:
        """The relation type highlighted in the list."""
        item = self.rel_list.currentItem()
        return self.schema.relation_type(item.data(NAME_ROLE)) if item else None

    def select_relation(self, name: str) -> None:
        """Highlight relation type ``name``."""
        for i in range(self.rel_list.count()):
            if self.rel_list.item(i).data(NAME_ROLE) == name:
                self.rel_list.setCurrentRow(i)

    def _show_relation(self) -> None:
        rel = self.current_relation()
        self.rel_name.setText(rel.name if rel else "")
        self.rel_colour.edit.setText(rel.colour if rel else "#555555")
        self.rel_key.setText(rel.key if rel else "")
        self.rel_heads.setText(", ".join(rel.head_labels) if rel else "")
        self.rel_tails.setText(", ".join(rel.tail_labels) if rel else "")
        self.rel_guide.set(dict(rel.description) if rel else {})

    def apply_relation(self) -> None:
        """Rename and/or update the highlighted relation type from the form."""
        rel = self.current_relation()
        if rel is None:
            return
        name = self.rel_name.text().strip()
        if name != rel.name:
            if not self.history.apply(schema_ops.RenameRelationType(rel.name, name)):
                return
            rel = self.schema.relation_type(name)
            assert rel is not None
        updated = replace(rel, colour=self.rel_colour.text(), key=self.rel_key.text().strip(),
                          head_labels=split_names(self.rel_heads.text()),
                          tail_labels=split_names(self.rel_tails.text()),
                          description=self.rel_guide.get())
        if updated != rel:
            self.history.apply(schema_ops.UpdateRelationType(updated))
        self.select_relation(name)

    def new_relation(self) -> None:
        """Add a relation type named from the form (or LINK, LINK2...)."""
        base = self.rel_name.text().strip().upper() or "LINK"
        name, n = base, 2
        while self.schema.relation_type(name) is not None:
            name, n = f"{base}{n}", n + 1
        if self.history.apply(schema_ops.AddRelationType(RelationType(name))):
            self.select_relation(name)

    def ask_remove_relation(self) -> RemoveChoiceDialog | None:
        """Ask whether to retype or archive the type's links, then remove it."""
        rel = self.current_relation()
        if rel is None:
            return None
        others = [r.name for r in self.schema.relation_types if r.name != rel.name]
        dialog = RemoveChoiceDialog("relation", rel.name, others, self)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                retype_to, archive = dialog.choice()
                self.history.apply(schema_ops.RemoveRelationType(rel.name, retype_to, archive))

        dialog.finished.connect(done)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ------------------------------------------------------------ common

    def _reload(self) -> None:
        self.message.clear()
        label = self.current_label()
        rel = self.current_relation()
        self.label_list.clear()
        for lab in self.schema.span_labels:
            item = QListWidgetItem(f"{lab.key}  {lab.name}" if lab.key else lab.name)
            item.setData(NAME_ROLE, lab.name)
            item.setForeground(QColor(lab.colour))
            self.label_list.addItem(item)
        self.rel_list.clear()
        for r in self.schema.relation_types:
            item = QListWidgetItem(f"{r.name}  ({'/'.join(r.head_labels) or '*'} → "
                                   f"{'/'.join(r.tail_labels) or '*'})")
            item.setData(NAME_ROLE, r.name)
            self.rel_list.addItem(item)
        if label is not None and self.schema.label(label.name) is not None:
            self.select_label(label.name)
        elif self.label_list.count():
            self.label_list.setCurrentRow(0)
        if rel is not None and self.schema.relation_type(rel.name) is not None:
            self.select_relation(rel.name)
        elif self.rel_list.count():
            self.rel_list.setCurrentRow(0)
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
