"""Search ▸ Tag all: plan the spans, preview them keyword-in-context, tag the checked ones.

The plan applies the same word snapping as the tag keys. With whole-word
matching (the default) a match must be a word of its own, a proclitic
(و ف ب ل ك) before it allowed: الجزائر matches والجزائر but not الجزائري.
The preview lists each match as keyword-in-context (the words before it,
the match highlighted, the words after, in the reading direction of the
Arabic text) with a check box; the label is chosen in the dialog itself.
A project-wide search groups its rows by document.

The open document is tagged as one undo step; other documents are written
to their files at once (the dialog says that Undo cannot take them back).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.arabic import find_all, normalize, vocabulary
from annotator.core.edits import AddSpan, Batch, EditError, apply_edit, make_span
from annotator.core.model import AnnotationSet
from annotator.core.tagging import tag_range
from annotator.formats.errors import ProjectError
from annotator.formats.project import Project

TAG_ALL_ORIGIN = "manual:tag-all"
PROCLITICS = frozenset("وفبلك")
CONTEXT_CHARS = 40


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LNM" or ch == "\u0640"


def is_whole_word(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a word of its own, proclitics before it allowed.

    Up to three of و ف ب ل ك may stand between the word's start and the
    match, which then has at least two letters (``ي`` is not a word of ``في``);
    after the match (its marks skipped) no letter or digit may follow.
    """
    word_start = start
    while word_start > 0 and _is_word_char(text[word_start - 1]):
        word_start -= 1
    prefix = text[word_start:start]
    if len(prefix) > 3 or any(ch not in PROCLITICS for ch in prefix):
        return False
    if prefix and sum(unicodedata.category(ch)[0] in "LN" for ch in text[start:end]) < 2:
        return False
    after = end
    while after < len(text) and unicodedata.category(text[after]) == "Mn":
        after += 1
    return after == len(text) or not _is_word_char(text[after])


@dataclass(frozen=True)
class PlannedSpan:
    """One row of the tag-all preview: the span to make, or why it is skipped."""

    start: int
    end: int
    text: str
    before: str
    after: str
    skipped: str = ""  # reason, '' when it will be tagged

    @property
    def context(self) -> str:
        """The row as one line: …before[match]after…"""
        return f"…{self.before}[{self.text}]{self.after}…"


def search(text: str, query: str, whole_words: bool) -> list[tuple[int, int]]:
    """Matches of ``query`` on the normalised ``text`` (whole words only if asked)."""
    found = find_all(normalize(text), query)
    return [m for m in found if not whole_words or is_whole_word(text, *m)]


def plan_matches(text: str, ann: AnnotationSet | None, matches: Iterable[tuple[int, int]],
                 label: str, snap: bool,
                 known_words: frozenset[str] | None = None) -> list[PlannedSpan]:
    """What tagging every match with ``label`` would do, in text order, without doing it."""
    seen: set[tuple[int, int]] = set()
    out: list[PlannedSpan] = []
    # The vocabulary only when a match may carry proclitics, and once for all matches.
    words = known_words if known_words is not None else cache(partial(vocabulary, text))
    for m_start, m_end in matches:
        rng = tag_range(text, m_start, m_end, snap=snap, known_words=words)
        if rng is None or rng in seen:
            continue
        seen.add(rng)
        start, end = rng
        before = text[max(0, start - CONTEXT_CHARS):start].split("\n")[-1]
        after = text[end:end + CONTEXT_CHARS].split("\n")[0]
        skipped = ""
        if ann is not None and ann.find_duplicate(start, end, label) is not None:
            skipped = QCoreApplication.translate("SearchBar", "already tagged")
        out.append(PlannedSpan(start, end, text[start:end], before, after, skipped))
    return out


def plan_project(project: Project, query: str, label: str, snap: bool, whole_words: bool,
                 skip: str | None) -> dict[str, list[PlannedSpan]]:
    """Per document of ``project`` but ``skip``, the planned spans (unreadable ones left out)."""
    out: dict[str, list[PlannedSpan]] = {}
    for entry in project.documents():
        if entry.id == skip:
            continue
        try:
            doc = project.load_document(entry.id)
            matches = search(doc.text, query, whole_words)
            if not matches:
                continue
            ann = project.load_annotations(doc)
        except ProjectError:
            continue
        plan = plan_matches(doc.text, ann, matches, label, snap)
        if plan:
            out[doc.id] = plan
    return out


def tag_all_edit(text: str, plan: Iterable[PlannedSpan], label: str) -> Batch:
    """One batch adding every planned span that is not skipped."""
    adds = tuple(AddSpan(make_span(text, p.start, p.end, label, origin=TAG_ALL_ORIGIN))
                 for p in plan if not p.skipped)
    return Batch(adds, QCoreApplication.translate("SearchBar", "Tag all as %1")
                 .replace("%1", label))


def open_document_edit(text: str, ann: AnnotationSet | None, rows: Iterable[PlannedSpan],
                       label: str) -> Batch:
    """The open document's checked rows as one batch, leaving out spans already tagged ``label``.

    (The preview marked duplicates for the label it opened with; the
    analyst may have chosen another one since.)
    """
    fresh = [r for r in rows
             if ann is None or ann.find_duplicate(r.start, r.end, label) is None]
    return tag_all_edit(text, fresh, label)


def tag_in_files(project: Project, plans: dict[str, list[PlannedSpan]], label: str) -> int:
    """Tag the planned spans of documents that are not open, saving each file; spans added."""
    added = 0
    for doc_id, plan in plans.items():
        try:
            doc = project.load_document(doc_id)
            ann = project.load_annotations(doc)
            edit = open_document_edit(doc.text, ann, plan, label)
            if edit.edits:
                apply_edit(doc.text, ann, edit, project.schema)
                project.save_annotations(ann)
                added += len(edit.edits)
        except (ProjectError, EditError):
            continue
    return added


class TagAllDialog(QDialog):
    """Keyword-in-context preview of a tag-all, a check box per row, the label chosen here.

    ``plans`` maps a document id to its rows; ``current`` is the open
    document (one undo step); rows of other documents are grouped under
    their document.
    """

    def __init__(self, plans: dict[str, list[PlannedSpan]], current: str | None,
                 labels: list[str], label: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tag all occurrences"))
        self.plans = plans
        self.current = current
        self.label = QComboBox(self)
        self.label.addItems(labels)
        if label in labels:
            self.label.setCurrentText(label)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Tag"), self.tr("Before"), self.tr("Match"),
                                   self.tr("After"), self.tr("Note")])
        # Columns run right to left like the Arabic they show: before | match | after.
        self.tree.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.tree.setRootIsDecorated(len(plans) > 1 or current not in plans)
        self._rows: list[tuple[QTreeWidgetItem, str, PlannedSpan]] = []
        self._fill()
        form = QFormLayout()
        form.addRow(self.tr("Label:"), self.label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Tag"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.tree.itemChanged.connect(lambda *_a: self._show_count())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self._show_count()
        self.resize(920, 440)

    def _fill(self) -> None:
        grouped = self.tree.rootIsDecorated()
        bold = QFont(self.font())
        bold.setBold(True)
        for doc_id, plan in self.plans.items():
            parent: QTreeWidgetItem | None = None
            if grouped:
                title = doc_id + (" " + self.tr("(open, one undo step)")
                                  if doc_id == self.current else "")
                parent = QTreeWidgetItem([title])
                parent.setFirstColumnSpanned(True)
                self.tree.addTopLevelItem(parent)
                parent.setExpanded(True)
            for p in plan:
                # Isolated left to right, or the right-to-left tree shows "119–112".
                offsets = f"\u2066{p.start}–{p.end}\u2069"
                item = QTreeWidgetItem([offsets, p.before, p.text, p.after, p.skipped])
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignAbsolute
                                      | Qt.AlignmentFlag.AlignLeft)
                item.setTextAlignment(3, Qt.AlignmentFlag.AlignAbsolute
                                      | Qt.AlignmentFlag.AlignRight)
                item.setFont(2, bold)
                item.setBackground(2, QBrush(QColor("#fff3a0")))
                if p.skipped:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                    item.setCheckState(0, Qt.CheckState.Unchecked)
                else:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(0, Qt.CheckState.Checked)
                if parent is not None:
                    parent.addChild(item)
                else:
                    self.tree.addTopLevelItem(item)
                self._rows.append((item, doc_id, p))
        for column in (0, 2):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(1, 260)
        self.tree.setColumnWidth(3, 260)

    def rows(self) -> list[QTreeWidgetItem]:
        """Every span row (not the document headings), in order."""
        return [item for item, _doc, _p in self._rows]

    def checked(self) -> dict[str, list[PlannedSpan]]:
        """The checked rows per document."""
        out: dict[str, list[PlannedSpan]] = {}
        for item, doc_id, p in self._rows:
            if item.checkState(0) == Qt.CheckState.Checked and not p.skipped:
                out.setdefault(doc_id, []).append(p)
        return out

    def chosen_label(self) -> str:
        """The label chosen in the dialog."""
        return self.label.currentText()

    def _show_count(self) -> None:
        chosen = self.checked()
        total = sum(len(v) for v in chosen.values())
        text = self.tr("%1 spans will be tagged as the label above, in %2 documents.") \
            .replace("%1", str(total)).replace("%2", str(len(chosen)))
        if any(doc != self.current for doc in chosen):
            text += " " + self.tr("Only the open document's are one undo step; the others are "
                                  "saved in their files at once.")
        self.intro.setText(text)
        self.ok.setEnabled(total > 0)
