"""View handlers: focus a panel, zoom, switch the interface language.

The key table (F1) is shown by :func:`annotator.ui.actions.show_help`, next to the table it lists.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from annotator.ui import i18n
from annotator.ui.workspace import Workspace

translate = QCoreApplication.translate


def focus_text(ws: Workspace) -> None:
    """Give the text view keyboard focus."""
    ws.focus_text()


def focus_documents(ws: Workspace) -> None:
    """Give the document list keyboard focus."""
    ws.documents.table.setFocus(Qt.FocusReason.ShortcutFocusReason)


def focus_spans(ws: Workspace) -> None:
    """Give the span list keyboard focus."""
    ws.spans.table.setFocus(Qt.FocusReason.ShortcutFocusReason)


def focus_attributes(ws: Workspace) -> None:
    """Show the attribute panel and give its first attribute keyboard focus."""
    ws.show_dock("attributes")
    ws.attributes.focus_first()


def zoom_in(ws: Workspace) -> None:
    """Larger text."""
    ws.view.zoom_in()


def zoom_out(ws: Workspace) -> None:
    """Smaller text."""
    ws.view.zoom_out()


def zoom_reset(ws: Workspace) -> None:
    """Default text size."""
    ws.view.zoom_reset()


def set_language(ws: Workspace, language: str) -> None:
    """Switch the interface language now and remember it."""
    if not ws.switch_language(language):
        return  # already in it
    i18n.save_language(language)
    if not i18n.install(language):
        ws.status_error(translate("MainWindow", "The translation for this language is missing."))
    ws.retranslate()

