"""Link the selected claim to an actor (or place) of the document from a keyboard list.

:func:`relation_candidates` lists the spans that may be the tail of a
relation type for a given head, nearest first. :class:`RelationPicker` is a
small non-modal popup: type to filter, arrows to move, Enter to link, Esc to
cancel; while it is open, clicking a candidate span in the text picks it too
(the window forwards the text view's ``spanActivated``). The link itself is
one :class:`AddRelation` pushed through ``Session.apply`` by the window, so it
is undoable like any edit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.arabic import normalize
from annotator.core.model import AnnotationSet, Span, Status
from annotator.core.schema import LabelSchema, RelationType

SPAN_ROLE = Qt.ItemDataRole.UserRole


def _distance(head: Span, span: Span) -> int:
    if span.end <= head.start:
        return head.start - span.end
    if span.start >= head.end:
        return span.start - head.end
    return 0  # nested in or overlapping the claim: nearest of all


def relation_candidates(ann: AnnotationSet, head: Span, rel: RelationType) -> list[Span]:
    """Spans that may be ``rel``'s tail for ``head``, nearest to the head first.

    Rejected suggestions, the head itself and spans it is already linked to by
    ``rel`` are left out.
    """
    linked = {r.tail for r in ann.relations.values()
              if r.type == rel.name and r.head == head.id and r.status is not Status.REJECTED}
    out = [s for s in ann.spans.values()
           if s.id != head.id and s.id not in linked and s.status is not Status.REJECTED
           and (not rel.tail_labels or s.label in rel.tail_labels)]
    out.sort(key=lambda s: (_distance(head, s), s.start, s.id))
    return out


def matches_filter(span: Span, typed: str) -> bool:
    """True when ``typed`` occurs in the span's text, both normalised (hamza, tashkeel...)."""
    typed = typed.strip()
    if not typed:
        return True
    return normalize(typed).text.casefold() in normalize(span.text).text.casefold()


class RelationPicker(QDialog):
    """Keyboard list of the candidate tails of one relation from one head span.

    Emits ``picked(span_id)`` once and closes; ``rejected`` when cancelled.
    """

    picked = Signal(str)

    def __init__(self, ann: AnnotationSet, head: Span, rel: RelationType, schema: LabelSchema,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationPicker")
        self.setModal(False)  # the text stays clickable: clicking an actor picks it
        self.head = head
        self.relation_type = rel
        self._schema = schema
        self._candidates = relation_candidates(ann, head, rel)
        self.setWindowTitle(self.tr("Link %1").replace("%1", rel.name))
        layout = QVBoxLayout(self)
        snippet = head.text if len(head.text) <= 60 else head.text[:57] + "…"
        self.caption = QLabel(self.tr("%1 of “%2”: type to filter, Enter links, Esc cancels")
                              .replace("%1", rel.name).replace("%2", snippet), self)
        self.caption.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("relationPickerFilter")
        self.filter.setPlaceholderText(self.tr("Filter"))
        self.list = QListWidget(self)
        self.list.setObjectName("relationPickerList")
        layout.addWidget(self.caption)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        self.filter.textChanged.connect(self._refill)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(self._on_item)
        self._done = False
        self._refill("")
        self.resize(420, 320)

    def candidate_ids(self) -> list[str]:
        """Ids of the spans listed now (after filtering), in list order."""
        return [self.list.item(i).data(SPAN_ROLE) for i in range(self.list.count())]

    def _refill(self, typed: str) -> None:
        self.list.clear()
        for span in self._candidates:
            if not matches_filter(span, typed):
                continue
            item = QListWidgetItem(f"{span.text}  ·  {span.label}")
            item.setData(SPAN_ROLE, span.id)
            item.setToolTip(f"{span.start}–{span.end}")
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        elif not self._candidates:
            labels = "/".join(self.relation_type.tail_labels) or self.tr("span")
            self.list.addItem(QListWidgetItem(
                self.tr("No %1 in this document to link to.").replace("%1", labels)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Arrows and Enter in the filter box move in and pick from the list."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            k = event.key()
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
                    Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}.get(Qt.Key(k))
            if step is not None:
                if self.list.count():
                    row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
                    self.list.setCurrentRow(row)
                return True
            if k == Qt.Key.Key_Escape:
                self.reject()
                return True
            if k in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pick_current()
                return True
        return super().eventFilter(watched, event)

    def _on_item(self, item: QListWidgetItem) -> None:
        span_id = item.data(SPAN_ROLE)
        if span_id:
            self.pick(span_id)

    def pick_current(self) -> None:
        """Pick the highlighted candidate (Enter)."""
        item = self.list.currentItem()
        if item is not None:
            self._on_item(item)

    def pick(self, span_id: str) -> bool:
        """Pick ``span_id`` if it is a candidate (also used for clicks in the text)."""
        if self._done or span_id not in {s.id for s in self._candidates}:
            return False
        self._done = True
        self.picked.emit(span_id)
        self.accept()
        return True
