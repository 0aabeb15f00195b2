"""The keyboard help, generated from the action table (annotator.ui.actions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.schema import LabelSchema
from annotator.ui.actions import ACTIONS, VIEW_KEYS, ActionSpec, label_actions, menu_title


def shortcut_text(spec: ActionSpec) -> str:
    """The action's shortcuts as the platform spells them, joined by ' / '."""
    return " / ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText)
                      for s in spec.shortcuts)


def help_rows(schema: LabelSchema) -> list[tuple[str, str, str]]:
    """(menu, action, shortcuts) for every action with a shortcut, then the text view's keys."""
    rows = [(menu_title(spec.menu).replace("&", ""), spec.label(), shortcut_text(spec))
            for spec in (*ACTIONS, *label_actions(schema)) if spec.shortcuts]
    text = QCoreApplication.translate("Actions", "Text")
    rows += [(text, QCoreApplication.translate("Actions", str(what)), keys)
             for keys, what in VIEW_KEYS]
    return rows


class HelpDialog(QDialog):
    """A table of every shortcut of the window."""

    def __init__(self, schema: LabelSchema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = help_rows(schema)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"),
                                              self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if c == 2 and value and self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                    # Left-to-right isolate: in the Arabic interface "Ctrl++" would
                    # otherwise read "++Ctrl" and "Ctrl+S" "S+Ctrl".
                    value = f"\u2066{value}\u2069"
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 560)
