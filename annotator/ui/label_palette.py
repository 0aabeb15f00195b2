"""The schema's labels with their colours and keys, and the guideline of the selected label.

The guideline is the label's description in the UI language (falling back to
English); it follows the selected span's label, or the label clicked here.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout, QWidget

from annotator.core.schema import LabelSchema

#: A run of Arabic words (letters, marks, digits, spaces and Arabic punctuation between
#: them), never crossing Latin text or symbols such as "->".
_ARABIC_RUN = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+"
                         "(?:[ \u00a0\u060c]+[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff"
                         "\ufe70-\ufeff]+)*")
_RLI, _PDI = "\u2067", "\u2069"


def isolate_arabic(text: str) -> str:
    """``text`` with each run of Arabic wrapped in right-to-left isolates (RLI … PDI).

    In an English sentence, "والجزائر -> الجزائر" would otherwise read as one
    right-to-left run and the arrow would flip; isolated, each Arabic example
    keeps its direction and the arrow stays between them, pointing right.
    """
    return _ARABIC_RUN.sub(lambda m: _RLI + m.group() + _PDI, text)


def swatch(colour: str, size: int = 14) -> QIcon:
    """A square icon filled with ``colour``."""
    pix = QPixmap(size, size)
    pix.fill(QColor(colour))
    return QIcon(pix)


class LabelPalette(QWidget):
    """List of labels (colour, key, name) above the guideline of the current one.

    ``labelActivated`` is emitted when a label is double-clicked or chosen with
    Enter: the window tags the selection with it, as the key would.
    """

    labelActivated = Signal(str)

    def __init__(self, schema: LabelSchema, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._schema = schema
        self._language = language
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.guideline = QTextBrowser(self)
        self.guideline.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.guideline, 2)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemActivated.connect(
            lambda item: self.labelActivated.emit(item.data(Qt.ItemDataRole.UserRole)))
        self._fill()

    def _fill(self) -> None:
        current = self.current_label()
        self.list.clear()
        for lab in self._schema.span_labels:
            text = f"{lab.key}  {lab.name}" if lab.key else f"    {lab.name}"
            item = QListWidgetItem(swatch(lab.colour), text)
            item.setData(Qt.ItemDataRole.UserRole, lab.name)
            item.setToolTip(self.tr("Key %1 tags the selection; Alt+%1 keeps it exact")
                            .replace("%1", lab.key) if lab.key else lab.name)
            self.list.addItem(item)
        self.show_label(current or (self._schema.span_labels[0].name
                                    if self._schema.span_labels else None))

    def set_language(self, language: str) -> None:
        """Show guidelines in ``language`` ('en' or 'ar')."""
        self._language = language
        self._fill()

    def current_label(self) -> str | None:
        """Name of the label whose guideline is shown."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def show_label(self, name: str | None) -> None:
        """Select label ``name`` and show its guideline."""
        if name is not None and name == self.current_label():
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentItem(item)
                return

    def guideline_text(self, name: str) -> str:
        """The guideline of label ``name`` in the UI language, else English, else ''."""
        lab = self._schema.label(name)
        if lab is None:
            return ""
        return lab.description.get(self._language) or lab.description.get("en") or ""

    def _on_current(self, item: QListWidgetItem | None, _prev: object) -> None:
        if item is None:
            self.guideline.clear()
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        lab = self._schema.label(name)
        colour = lab.colour if lab else "#000000"
        direction = "rtl" if self._language == "ar" else "ltr"
        text = self.guideline_text(name)
        if direction == "ltr":  # Arabic examples inside English prose keep their direction
            text = isolate_arabic(text)
        self.guideline.setHtml(
            f'<div dir="{direction}"><p><b style="color:{colour}">{escape(name)}</b></p>'
            f'<p>{escape(text)}</p></div>')
