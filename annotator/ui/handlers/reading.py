"""Reading handlers: captions, relation arcs, reading font, size and line length, export as image.

Each choice applies to the text view at once and is remembered in QSettings
for the next start (the menu itself is :class:`annotator.ui.view_menu.ReadingMenu`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from annotator.formats.errors import ProjectError
from annotator.formats.guards import refuse_target_in_project
from annotator.ui import reading_font as rf
from annotator.ui.render import RenderError, RenderInput, render_file
from annotator.ui.workspace import Workspace

translate = QCoreApplication.translate

CAPTIONS_KEY = "view/captions"
ALL_ARCS_KEY = "view/all_arcs"
#: How long the outcome of an export as image or PDF stays in the status bar.
RENDER_STATUS_MS = 8000


def toggle_captions(ws: Workspace, on: bool) -> None:
    """Show or hide the label captions above the spans."""
    QSettings().setValue(CAPTIONS_KEY, on)
    ws.view.set_options(captions=on)


def toggle_all_arcs(ws: Workspace, on: bool) -> None:
    """Draw the arcs of every relation, or only the selected span's."""
    QSettings().setValue(ALL_ARCS_KEY, on)
    ws.view.set_options(all_arcs=on)


def choose_reading_font(ws: Workspace, family: str) -> None:
    """Read in ``family`` from now on."""
    QSettings().setValue(rf.FAMILY_KEY, family)
    ws.view.set_reading_font(family, rf.saved_point_size())


def choose_text_size(ws: Workspace, size: float) -> None:
    """Read at ``size`` points (at 100 % zoom) from now on."""
    QSettings().setValue(rf.SIZE_KEY, size)
    ws.view.set_reading_font(rf.saved_family(), size)


def choose_line_length(ws: Workspace, chars: int) -> None:
    """Keep lines at most ``chars`` characters long (0: the whole width)."""
    QSettings().setValue(rf.LINE_LENGTH_KEY, chars)
    ws.view.set_max_line_chars(chars)


def export_rendering(ws: Workspace, suffix: str) -> QFileDialog | None:
    """Ask where to save the open document drawn as in the view (.png or .pdf)."""
    session = ws.session
    if session.document is None:
        return None
    title = (translate("ReadingView", "Export as PDF") if suffix == ".pdf"
             else translate("ReadingView", "Export as image"))
    dialog = QFileDialog(ws.host(), title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    dialog.setNameFilter("PDF (*.pdf)" if suffix == ".pdf" else "PNG (*.png)")
    dialog.selectFile(str(Path.home() / f"{session.document.id}{suffix}"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda path: save_rendering(ws, Path(path)))
    dialog.open()
    return dialog


def save_rendering(ws: Workspace, out: Path) -> bool:
    """Draw the open document and its annotations to ``out``; False (with a message) if not."""
    session = ws.session
    if session.document is None or session.annotations is None:
        return False
    ann = session.annotations
    data = RenderInput(session.text, session.schema, list(ann.spans.values()),
                       list(ann.relations.values()), rf.saved_family(),
                       rf.saved_point_size())  # in the analyst's reading font
    bar = ws.host().statusBar()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        refuse_target_in_project(session.project.path, out, "a rendering")
        summary = render_file(data, out)
    except (RenderError, ProjectError, OSError) as err:
        bar.showMessage(str(err), RENDER_STATUS_MS)
        return False
    finally:
        QGuiApplication.restoreOverrideCursor()
    bar.showMessage(summary, RENDER_STATUS_MS)
    return True
