"""The reading half of the View menu, the panels' toggles, and Document ▸ Export as image / PDF.

A mixin of the main window: reading font and size, captions, all relation
arcs, the maximum line length (all remembered in QSettings), one checkable
entry per dock, and a text area that keeps most of the width when the
window is narrow.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionMenuItem,
    QWidget,
)

from annotator.formats.errors import ProjectError
from annotator.ui import reading_font as rf
from annotator.ui.render import RenderError, RenderInput, render_file
from annotator.ui.session import Session
from annotator.ui.text_view import SpanTextView

CAPTIONS_KEY = "view/captions"
ALL_ARCS_KEY = "view/all_arcs"
#: At most this share of the window's width goes to the panels of one side.
DOCK_SHARE = 0.2


def _flag(key: str, default: bool) -> bool:
    value = QSettings().value(key, default)
    return value in (True, "true", "1", 1) if not isinstance(value, bool) else value


#: The entries' texts, marked for lupdate (translated by :func:`_tr` when shown).
_TEXTS = (
    QT_TRANSLATE_NOOP("ReadingView", "Show label captions"),
    QT_TRANSLATE_NOOP("ReadingView", "Show all relation arcs"),
    QT_TRANSLATE_NOOP("ReadingView", "Reading font"),
    QT_TRANSLATE_NOOP("ReadingView", "Text size"),
    QT_TRANSLATE_NOOP("ReadingView", "Maximum line length"),
    QT_TRANSLATE_NOOP("ReadingView", "Panels"),
    QT_TRANSLATE_NOOP("ReadingView", "Whole width"),
    QT_TRANSLATE_NOOP("ReadingView", "%1 characters"),
    QT_TRANSLATE_NOOP("ReadingView", "%1 pt"),
    QT_TRANSLATE_NOOP("ReadingView", "Export as image…"),
    QT_TRANSLATE_NOOP("ReadingView", "Export as PDF…"),
    QT_TRANSLATE_NOOP("ReadingView", "Export as PDF"),
    QT_TRANSLATE_NOOP("ReadingView", "Export as image"),
)


def isolate_shortcut(item_text: str) -> str:
    """A menu item's text with its shortcut (after the tab) in a left-to-right isolate.

    In the Arabic interface the menu paints the shortcut right-to-left, and
    "Ctrl++" reads "++Ctrl"; isolated, it reads as the keys are pressed.
    """
    label, tab, keys = item_text.partition("\t")
    return f"{label}\t\u2066{keys}\u2069" if tab and keys and keys[0] != "\u2066" else item_text


class ShortcutIsolatingStyle(QProxyStyle):
    """The application's style, with menu shortcuts drawn left to right (see above)."""

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,  # noqa: N802
                    painter: QPainter, widget: QWidget | None = None) -> None:
        if element == QStyle.ControlElement.CE_MenuItem and \
                isinstance(option, QStyleOptionMenuItem) and "\t" in option.text:
            option = QStyleOptionMenuItem(option)
            option.text = isolate_shortcut(option.text)
        super().drawControl(element, option, painter, widget)


_styles: list[ShortcutIsolatingStyle] = []


def shortcut_isolating_style() -> ShortcutIsolatingStyle:
    """The one menu style of the application (owned by it: menus of closed windows may
    still be deleted after their window, and must not outlive their style)."""
    if not _styles:
        style = ShortcutIsolatingStyle()
        style.setParent(QCoreApplication.instance())
        _styles.append(style)
    return _styles[0]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReadingView", text)


class ReadingViewMixin:
    """View menu entries for reading, dock toggles and export as image/PDF (for MainWindow)."""

    view: SpanTextView
    session: Session
    _docks: dict[str, QDockWidget]
    _menus: dict[str, QMenu]

    def _install_reading_view(self) -> None:
        """Apply the saved reading settings and add the menu entries (once, at start-up)."""
        window = self._window()
        view = self.view
        view.set_reading_font(rf.saved_family(), rf.saved_point_size())
        view.set_max_line_chars(rf.saved_line_length())
        view.set_options(captions=_flag(CAPTIONS_KEY, True), all_arcs=_flag(ALL_ARCS_KEY, False))
        menu = self._menus["view"]
        menu.addSeparator()
        self.captions_action = self._check_action(menu, view.options.captions,
                                                  self.toggle_captions)
        self.all_arcs_action = self._check_action(menu, view.options.all_arcs,
                                                  self.toggle_all_arcs)
        self.font_menu = menu.addMenu("")
        self.size_menu = menu.addMenu("")
        self.line_menu = menu.addMenu("")
        self._choice_menu(self.font_menu, rf.reading_families(), rf.saved_family(),
                          self.choose_reading_font)
        self._choice_menu(self.size_menu, list(rf.POINT_SIZES), rf.saved_point_size(),
                          self.choose_text_size)
        self._choice_menu(self.line_menu, list(rf.LINE_LENGTHS), rf.saved_line_length(),
                          self.choose_line_length)
        self.panels_menu = menu.addMenu("")
        for dock in self._docks.values():
            self.panels_menu.addAction(dock.toggleViewAction())  # checkable, follows the dock
        document = self._menus["document"]
        quit_action = next((a for a in document.actions() if a.objectName() == "doc.quit"), None)
        self.export_image_action = QAction(window)
        self.export_pdf_action = QAction(window)
        self.export_image_action.triggered.connect(lambda: self.export_rendering(".png"))
        self.export_pdf_action.triggered.connect(lambda: self.export_rendering(".pdf"))
        exports = [self.export_image_action, self.export_pdf_action]
        if quit_action is None:
            document.addActions(exports)
        else:
            document.insertActions(quit_action, exports)
        style = shortcut_isolating_style()
        for each in window.findChildren(QMenu):
            each.setStyle(style)
        self._retranslate_reading_view()

    def _window(self) -> QMainWindow:
        assert isinstance(self, QMainWindow)
        return self

    def _check_action(self, menu: QMenu, checked: bool, slot) -> QAction:
        action = menu.addAction("")
        action.setCheckable(True)
        action.setChecked(checked)
        action.toggled.connect(slot)
        return action

    def _choice_menu(self, menu: QMenu, values: list, current: object, slot) -> None:
        group = QActionGroup(menu)
        group.setExclusive(True)
        for value in values:
            action = menu.addAction(str(value))
            action.setCheckable(True)
            action.setChecked(value == current)
            action.setData(value)
            action.triggered.connect(lambda _=False, v=value: slot(v))
            group.addAction(action)

    def _retranslate_reading_view(self) -> None:
        """The entries' texts in the current UI language (called from ``retranslate``)."""
        self.captions_action.setText(_tr("Show label captions"))
        self.all_arcs_action.setText(_tr("Show all relation arcs"))
        self.font_menu.setTitle(_tr("Reading font"))
        self.size_menu.setTitle(_tr("Text size"))
        self.line_menu.setTitle(_tr("Maximum line length"))
        self.panels_menu.setTitle(_tr("Panels"))
        whole = _tr("Whole width")
        chars = _tr("%1 characters")
        for action in self.line_menu.actions():
            n = int(action.data())
            action.setText(whole if n == 0 else chars.replace("%1", str(n)))
        points = _tr("%1 pt")
        for action in self.size_menu.actions():
            action.setText(points.replace("%1", f"{float(action.data()):g}"))
        self.export_image_action.setText(_tr("Export as image…"))
        self.export_pdf_action.setText(_tr("Export as PDF…"))

    # ------------------------------------------------------------ handlers

    def toggle_captions(self, on: bool) -> None:
        """Show or hide the label captions above the spans."""
        QSettings().setValue(CAPTIONS_KEY, on)
        self.view.set_options(captions=on)

    def toggle_all_arcs(self, on: bool) -> None:
        """Draw the arcs of every relation, or only the selected span's."""
        QSettings().setValue(ALL_ARCS_KEY, on)
        self.view.set_options(all_arcs=on)

    def choose_reading_font(self, family: str) -> None:
        """Read in ``family`` from now on."""
        QSettings().setValue(rf.FAMILY_KEY, family)
        self.view.set_reading_font(family, rf.saved_point_size())

    def choose_text_size(self, size: float) -> None:
        """Read at ``size`` points (at 100 % zoom) from now on."""
        QSettings().setValue(rf.SIZE_KEY, size)
        self.view.set_reading_font(rf.saved_family(), size)

    def choose_line_length(self, chars: int) -> None:
        """Keep lines at most ``chars`` characters long (0: the whole width)."""
        QSettings().setValue(rf.LINE_LENGTH_KEY, chars)
        self.view.set_max_line_chars(chars)

    # ------------------------------------------------------------ export as image / PDF

    def export_rendering(self, suffix: str) -> QFileDialog | None:
        """Ask where to save the open document drawn as in the view (.png or .pdf)."""
        session = self.session
        if session.document is None:
            return None
        window = self._window()
        title = (_tr("Export as PDF") if suffix == ".pdf"
                 else _tr("Export as image"))
        dialog = QFileDialog(window, title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix.lstrip("."))
        dialog.setNameFilter("PDF (*.pdf)" if suffix == ".pdf" else "PNG (*.png)")
        dialog.selectFile(str(Path.home() / f"{session.document.id}{suffix}"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.save_rendering(Path(path)))
        dialog.open()
        return dialog

    def save_rendering(self, out: Path) -> bool:
        """Draw the open document and its annotations to ``out``; False (with a message) if not."""
        session = self.session
        if session.document is None or session.annotations is None:
            return False
        ann = session.annotations
        data = RenderInput(session.text, session.schema, list(ann.spans.values()),
                           list(ann.relations.values()), rf.saved_family(),
                           rf.saved_point_size())  # in the analyst's reading font
        window = self._window()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            summary = render_file(data, out)
        except (RenderError, ProjectError, OSError) as err:
            window.statusBar().showMessage(str(err), 8000)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        window.statusBar().showMessage(summary, 8000)
        return True

    # ------------------------------------------------------------ panels

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)  # type: ignore[misc]
        QTimer.singleShot(0, self._window(), self.keep_text_wide)

    def keep_text_wide(self) -> None:
        """Narrow docked panels wider than their share when the text has less than 60 %."""
        window = self._window()
        central = window.centralWidget()
        if central is None or central.width() >= 0.6 * window.width():
            return  # the analyst's own panel widths stay while the text has room
        cap = max(150, int(window.width() * DOCK_SHARE))
        wide = [d for d in self._docks.values()
                if d.isVisible() and not d.isFloating() and d.width() > cap]
        if wide:
            window.resizeDocks(wide, [cap] * len(wide), Qt.Orientation.Horizontal)

