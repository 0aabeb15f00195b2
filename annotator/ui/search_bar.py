"""Ctrl+F on the Arabic-normalised text, the match count, and "tag all occurrences".

Matching runs on :func:`annotator.core.arabic.normalize` of the document
(diacritics, tatweel, alef forms, ى/ي, ة/ه, Persian letters, Arabic-Indic
digits), and every match is mapped back to stored code-point offsets. "Tag
all" shows a preview listing exactly the spans that will be made (after the
same word snapping as the tag keys) and adds them as one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.arabic import find_all
from annotator.core.edits import AddSpan, Batch, make_span
from annotator.ui.session import Session
from annotator.ui.tagging import tag_range

TAG_ALL_ORIGIN = "manual:tag-all"


@dataclass(frozen=True)
class PlannedSpan:
    """One row of the tag-all preview: the span to make, or why it is skipped."""

    start: int
    end: int
    text: str
    context: str
    skipped: str = ""  # reason, '' when it will be tagged


def plan_tag_all(session: Session, matches: list[tuple[int, int]], label: str,
                 snap: bool) -> list[PlannedSpan]:
    """What tagging every match with ``label`` would do, in text order, without doing it."""
    text = session.text
    ann = session.annotations
    seen: set[tuple[int, int]] = set()
    out: list[PlannedSpan] = []
    for m_start, m_end in matches:
        rng = tag_range(text, m_start, m_end, snap=snap, known_words=session.vocabulary)
        if rng is None or rng in seen:
            continue
        seen.add(rng)
        start, end = rng
        before = text[max(0, start - 30):start].split("\n")[-1]
        after = text[end:end + 30].split("\n")[0]
        context = f"…{before}[{text[start:end]}]{after}…"
        skipped = ""
        if ann is not None and ann.find_duplicate(start, end, label) is not None:
            skipped = QCoreApplication.translate("SearchBar", "already tagged")
        out.append(PlannedSpan(start, end, text[start:end], context, skipped))
    return out


def tag_all_edit(session: Session, plan: list[PlannedSpan], label: str) -> Batch:
    """One batch adding every planned span that is not skipped."""
    text = session.text
    adds = tuple(AddSpan(make_span(text, p.start, p.end, label, origin=TAG_ALL_ORIGIN))
                 for p in plan if not p.skipped)
    return Batch(adds, QCoreApplication.translate("SearchBar", "Tag all as %1")
                 .replace("%1", label))


class TagAllDialog(QDialog):
    """Preview of a tag-all: every span that will be made, and those skipped."""

    def __init__(self, plan: list[PlannedSpan], label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tag all occurrences"))
        todo = sum(1 for p in plan if not p.skipped)
        intro = QLabel(self.tr("%1 spans will be tagged %2 (one undo step):")
                       .replace("%1", str(todo)).replace("%2", label), self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Offsets"), self.tr("Text in context"),
                                   self.tr("Note")])
        self.tree.setRootIsDecorated(False)
        for p in plan:
            item = QTreeWidgetItem([f"{p.start}–{p.end}", p.context, p.skipped])
            if p.skipped:
                item.setForeground(1, self.palette().placeholderText())
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tag"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(todo > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(640, 360)


class SearchBar(QWidget):
    """Query box, match count, previous/next, label and "Tag all…" (hidden until Ctrl+F)."""

    matchesChanged = Signal(list)       # list[tuple[int, int]]
    currentMatchChanged = Signal(int, int)
    tagAllRequested = Signal(str)       # label name
    closed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._matches: list[tuple[int, int]] = []
        self._current = -1
        self.query = QLineEdit(self)
        self.query.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.previous = QPushButton("▲", self)
        self.next = QPushButton("▼", self)
        self.label = QComboBox(self)
        self.tag_all = QPushButton(self)
        self.close_button = QPushButton("✕", self)
        for button in (self.previous, self.next, self.close_button):
            button.setFlat(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.query, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.previous)
        layout.addWidget(self.next)
        layout.addWidget(self.label)
        layout.addWidget(self.tag_all)
        layout.addWidget(self.close_button)
        self.query.textChanged.connect(self.run)
        self.query.returnPressed.connect(self.go_next)
        self.previous.clicked.connect(self.go_previous)
        self.next.clicked.connect(self.go_next)
        self.tag_all.clicked.connect(lambda: self.tagAllRequested.emit(self.label.currentText()))
        self.close_button.clicked.connect(self.close_bar)
        session.documentOpened.connect(lambda _id: self.run())
        self.set_labels(session.schema.label_names)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current UI language."""
        self.query.setPlaceholderText(
            self.tr("Search (ignores diacritics, alef forms, ى/ي, ة/ه)"))
        self.tag_all.setText(self.tr("Tag all…"))
        self.previous.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next.setToolTip(self.tr("Next match (F3)"))
        self._show_count()

    def set_labels(self, names: list[str]) -> None:
        """Labels offered for tag-all."""
        self.label.clear()
        self.label.addItems(names)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def open_bar(self, initial: str = "") -> None:
        """Show the bar, optionally with ``initial`` as the query, and focus the query."""
        self.show()
        if initial:
            self.query.setText(initial)
        self.query.setFocus()
        self.query.selectAll()
        self.run()

    def close_bar(self) -> None:
        """Hide the bar and clear the highlights."""
        self.hide()
        self._matches = []
        self._current = -1
        self.matchesChanged.emit([])
        self.closed.emit()

    def matches(self) -> list[tuple[int, int]]:
        """Current matches, code-point offsets into the stored text."""
        return list(self._matches)

    def run(self) -> None:
        """Search the current document for the query."""
        query = self.query.text()
        if not self.isVisible() or not query.strip() or self._session.document is None:
            self._matches = []
        else:
            self._matches = find_all(self._session.normalized(), query)
        self._current = -1
        self._show_count()
        self.matchesChanged.emit(self.matches())

    def _show_count(self) -> None:
        if not self.query.text().strip():
            self.count.setText("")
        elif self._current >= 0:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(self._current + 1))
                               .replace("%2", str(len(self._matches))))
        else:
            self.count.setText(self.tr("%n match(es)", "", len(self._matches)))
        self.tag_all.setEnabled(bool(self._matches))

    def go_next(self) -> None:
        """Move to the next match (wrapping)."""
        self._step(+1)

    def go_previous(self) -> None:
        """Move to the previous match (wrapping)."""
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self._matches:
            return
        self._current = (self._current + delta) % len(self._matches)
        self._show_count()
        self.currentMatchChanged.emit(*self._matches[self._current])
