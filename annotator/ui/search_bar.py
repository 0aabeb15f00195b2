"""Ctrl+F on the Arabic-normalised text, the match count, and "tag all occurrences".

Matching runs on :func:`annotator.core.arabic.normalize` of the document
(diacritics, tatweel, alef forms, ى/ي, ة/ه, Persian letters, Arabic-Indic
digits), and every match is mapped back to stored code-point offsets.
"Whole words" (on by default) keeps only matches that are words of their
own, proclitics before them allowed (:func:`annotator.ui.tag_all.is_whole_word`).
"Whole project" makes "Tag all" search every document; its preview and
tagging live in :mod:`annotator.ui.tag_all`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from annotator.core.arabic import find_all
from annotator.ui.session import Session
from annotator.ui.tag_all import is_whole_word


class SearchBar(QWidget):
    """Query box, match count, previous/next, label and "Tag all…" (hidden until Ctrl+F)."""

    matchesChanged = Signal(list)       # list[tuple[int, int]]
    currentMatchChanged = Signal(int, int)
    tagAllRequested = Signal(str)       # a label to preselect, or empty
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
        self.label.hide()  # the label is chosen in the tag-all dialog, not silently here
        self.whole_words = QCheckBox(self)
        self.whole_words.setChecked(True)
        self.whole_project = QCheckBox(self)
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
        layout.addWidget(self.whole_words)
        layout.addWidget(self.whole_project)
        layout.addWidget(self.tag_all)
        layout.addWidget(self.close_button)
        self.query.textChanged.connect(self.run)
        self.whole_words.toggled.connect(self.run)
        self.query.returnPressed.connect(self.go_next)
        self.previous.clicked.connect(self.go_previous)
        self.next.clicked.connect(self.go_next)
        self.tag_all.clicked.connect(lambda: self.tagAllRequested.emit(""))
        self.close_button.clicked.connect(self.close_bar)
        session.documentOpened.connect(lambda _id: self.run())
        self.set_labels(session.schema.label_names)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current UI language."""
        self.query.setPlaceholderText(
            self.tr("Search (ignores diacritics, alef forms, ى/ي, ة/ه)"))
        self.tag_all.setText(self.tr("Tag all…"))
        self.whole_words.setText(self.tr("Whole words"))
        self.whole_project.setText(self.tr("Whole project"))
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
            if self.whole_words.isChecked():
                text = self._session.text
                self._matches = [m for m in self._matches if is_whole_word(text, *m)]
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
