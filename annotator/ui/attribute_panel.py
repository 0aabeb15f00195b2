"""Side panel for the selected span: its attributes (combo boxes) and its relations.

Attributes come from the span label's :class:`AttributeDef` list; closed
lists are combo boxes whose entries are the values in plain words in the UI
language (``value_labels``, e.g. PR+ -> "probably true" / "صحيح على الأرجح"),
free attributes are line edits. Each change is one ``set_attribute`` edit
through ``Session.apply`` (one undo step).

Below, the span's relations: outgoing ones ("SOURCE: مصدر أمني رفيع") and a
count of incoming ones per type ("claims made (SOURCE): 3") followed by the
claims themselves. Enter or a double click jumps to the other end
(``spanChosen``); Delete removes the highlighted relation (undoable).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.core import edits
from annotator.core.edits import EditError, RemoveRelation
from annotator.core.model import Relation, Span, Status
from annotator.core.schema import AttributeDef
from annotator.ui.session import Session

SPAN_ROLE = Qt.ItemDataRole.UserRole
RELATION_ROLE = Qt.ItemDataRole.UserRole + 1


def value_text(attr: AttributeDef, value: str, language: str) -> str:
    """A value of ``attr`` in plain words in ``language`` (its code when no words are known)."""
    words = attr.value_labels.get(value, {})
    text = words.get(language) or words.get("en")
    if text:
        return f"{text} ({value})" if language == "en" or not words.get(language) else text
    return value.replace("_", " ")


def attribute_title(attr: AttributeDef, language: str) -> str:
    """The attribute's name for a form row: its description in ``language``, else its name."""
    return attr.description.get(language) or attr.description.get("en") or attr.name


def _short(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


class AttributePanel(QWidget):
    """Attributes and relations of the selected span; edits go through the session."""

    spanChosen = Signal(str)
    message = Signal(str)  # an edit was refused: shown in the status bar

    def __init__(self, session: Session, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self._span_id: str | None = None
        self._filling = False
        self._shape: tuple[str, str, str] | None = None
        self.editors: dict[str, QComboBox | QLineEdit] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # In a scroll area: a short window must not be forced taller by this dock.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        layout = QVBoxLayout(inner)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.relations_title = QLabel(self)
        self.relations = QListWidget(self)
        self.relations.setObjectName("relationList")
        self.relations.setMinimumHeight(90)
        self.relations.itemActivated.connect(self._jump)
        self.relations.installEventFilter(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.form_host)
        layout.addWidget(self.relations_title)
        layout.addWidget(self.relations, 1)
        session.annotationsChanged.connect(self.refresh)
        self.retranslate()

    # ------------------------------------------------------------ public

    def show_span(self, span_id: str | None) -> None:
        """Show ``span_id`` (None: nothing selected)."""
        self._span_id = span_id
        self.refresh()

    def span(self) -> Span | None:
        """The span shown, if it still exists."""
        ann = self.session.annotations
        return ann.spans.get(self._span_id) if ann and self._span_id else None

    def set_language(self, language: str) -> None:
        """Show value words in ``language`` and retranslate."""
        self.language = language
        self._shape = None
        self.retranslate()

    def retranslate(self) -> None:
        """Every visible string in the current UI language."""
        self.relations_title.setText(self.tr("Relations (Enter: go to, Delete: remove)"))
        self.refresh()

    def focus_first(self) -> None:
        """Keyboard focus on the first attribute (or the relation list)."""
        first = next(iter(self.editors.values()), None)
        (first or self.relations).setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ------------------------------------------------------------ filling

    def refresh(self) -> None:
        """Rebuild from the session (after a selection change, an edit, undo or redo)."""
        span = self.span()
        shape = (span.id, span.label, self.language) if span else None
        if span is not None and shape == self._shape:
            # Same span and label: update values in place. Rebuilding would delete
            # the combo box whose signal is being handled right now.
            self._update_values(span)
        else:
            self._fill_attributes(span)
            self._shape = shape
        self._fill_relations(span)

    def _update_values(self, span: Span) -> None:
        self._filling = True
        try:
            for name, editor in self.editors.items():
                current = span.attributes.get(name)
                if isinstance(editor, QComboBox):
                    index = editor.findData(current) if current is not None else 0
                    editor.setCurrentIndex(max(index, 0))
                else:
                    editor.setText("" if current is None else str(current))
        finally:
            self._filling = False

    def _fill_attributes(self, span: Span | None) -> None:
        self._filling = True
        try:
            while self.form.rowCount():
                self.form.removeRow(0)
            self.editors = {}
            if span is None:
                self.heading.setText(self.tr("No span selected."))
                return
            # Isolated: the ellipsis of a cut Arabic text goes at its end (on the left).
            self.heading.setText(f"{span.label}: \u2068{_short(span.text)}\u2069")
            label = self.session.schema.label(span.label)
            attrs = label.attributes if label else ()
            if not attrs:
                self.form.addRow(QLabel(self.tr("This label has no attributes."), self))
            for attr in attrs:
                editor = self._editor(attr, span.attributes.get(attr.name))
                self.editors[attr.name] = editor
                short = attr.name.replace("_", " ")
                title = QLabel(short if self.language == "en"
                               else attribute_title(attr, self.language), self)
                title.setToolTip(attribute_title(attr, self.language))
                editor.setToolTip(attribute_title(attr, self.language))
                title.setBuddy(editor)
                self.form.addRow(title, editor)
        finally:
            self._filling = False

    def _editor(self, attr: AttributeDef, current: Any) -> QComboBox | QLineEdit:
        if attr.values:
            combo = QComboBox(self)
            combo.setObjectName(f"attr.{attr.name}")
            # Long value words must not widen the dock (the text would re-wrap on every click).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.addItem(self.tr("(not set)"), None)
            for value in attr.values:
                combo.addItem(value_text(attr, value, self.language), value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.currentIndexChanged.connect(
                lambda _i, a=attr, c=combo: self._set(a.name, c.currentData()))
            return combo
        line = QLineEdit(self)
        line.setObjectName(f"attr.{attr.name}")
        line.setText("" if current is None else str(current))
        line.editingFinished.connect(
            lambda a=attr, w=line: self._set(a.name, w.text().strip() or None))
        return line

    def _fill_relations(self, span: Span | None) -> None:
        self.relations.clear()
        ann = self.session.annotations
        if span is None or ann is None:
            return
        rels = [r for r in ann.relations_of(span.id) if r.status is not Status.REJECTED]
        outgoing = sorted((r for r in rels if r.head == span.id), key=lambda r: (r.type, r.id))
        incoming = sorted((r for r in rels if r.tail == span.id), key=lambda r: (r.type, r.id))
        for rel in outgoing:
            self._add_relation_row(rel, rel.tail, "{type}: {text}")
        for rel_type in sorted({r.type for r in incoming}):
            of_type = [r for r in incoming if r.type == rel_type]
            count = QListWidgetItem(self.tr("claims made (%1): %2") .replace("%1", rel_type)
                                    .replace("%2", str(len(of_type)))
                                    if rel_type == "SOURCE" else
                                    self.tr("%1 from: %2").replace("%1", rel_type)
                                    .replace("%2", str(len(of_type))))
            count.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.relations.addItem(count)
            for rel in of_type:
                self._add_relation_row(rel, rel.head, "  ← {text}")
        if not rels:
            empty = QListWidgetItem(self.tr("No relations."))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.relations.addItem(empty)

    def _add_relation_row(self, rel: Relation, other_id: str, pattern: str) -> None:
        ann = self.session.annotations
        other = ann.spans.get(other_id) if ann else None
        text = _short(other.text) if other else self.tr("(missing span)")
        item = QListWidgetItem(pattern.format(type=rel.type, text=text))
        item.setData(SPAN_ROLE, other_id)
        item.setData(RELATION_ROLE, rel.id)
        self.relations.addItem(item)

    def relation_rows(self) -> list[str]:
        """The relation list's texts as shown (tests, screenshots)."""
        return [self.relations.item(i).text() for i in range(self.relations.count())]

    # ------------------------------------------------------------ editing

    def _set(self, name: str, value: Any) -> None:
        span = self.span()
        if self._filling or span is None or span.attributes.get(name) == value:
            return
        self._apply(edits.set_attribute(span, name, value))

    def _apply(self, edit: edits.Edit) -> None:
        try:
            self.session.apply(edit)
        except EditError as err:
            self.message.emit(str(err))
            self.refresh()

    def _jump(self, item: QListWidgetItem) -> None:
        span_id = item.data(SPAN_ROLE)
        if span_id:
            self.spanChosen.emit(span_id)

    def remove_current_relation(self) -> None:
        """Remove the highlighted relation (one undo step)."""
        item = self.relations.currentItem()
        ann = self.session.annotations
        rel_id: str | None = item.data(RELATION_ROLE) if item else None
        if ann is None or rel_id is None or rel_id not in ann.relations:
            return
        row = self.relations.currentRow()
        self._apply(RemoveRelation(ann.relations[rel_id], self.tr("Remove relation")))
        self.relations.setCurrentRow(min(row, self.relations.count() - 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Delete / Backspace in the relation list removes the highlighted relation."""
        if watched is self.relations and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_current_relation()
                return True
        return super().eventFilter(watched, event)
