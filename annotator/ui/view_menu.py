"""The reading half of the View menu, the panels' toggles, and Document ▸ Export as image / PDF.

:class:`ReadingMenu` builds the entries of the main window: reading font and
size, captions, all relation arcs, the maximum line length (all remembered
in QSettings by :mod:`annotator.ui.handlers.reading`), one checkable entry
per dock; :func:`keep_text_wide` keeps most of the width for the text when
the window is narrow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QPainter
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionMenuItem,
    QWidget,
)

from annotator.ui import reading_font as rf
from annotator.ui.handlers import reading
from annotator.ui.handlers.reading import ALL_ARCS_KEY, CAPTIONS_KEY
from annotator.ui.workspace import Workspace

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


class ReadingMenu(QObject):
    """The View menu's reading entries, the panel toggles and Document ▸ Export as image / PDF.

    Built once by the main window; the entries call the handlers of
    :mod:`annotator.ui.handlers.reading` with the window's workspace.
    """

    def __init__(self, ws: Workspace, menus: dict[str, QMenu],
                 docks: dict[str, QDockWidget]) -> None:
        super().__init__(ws.host())
        window = ws.host()
        view = ws.view
        view.set_reading_font(rf.saved_family(), rf.saved_point_size())
        view.set_max_line_chars(rf.saved_line_length())
        view.set_options(captions=_flag(CAPTIONS_KEY, True), all_arcs=_flag(ALL_ARCS_KEY, False))
        menu = menus["view"]
        menu.addSeparator()
        self.captions_action = _check_action(menu, view.options.captions,
                                             partial(reading.toggle_captions, ws))
        self.all_arcs_action = _check_action(menu, view.options.all_arcs,
                                             partial(reading.toggle_all_arcs, ws))
        self.font_menu = menu.addMenu("")
        self.size_menu = menu.addMenu("")
        self.line_menu = menu.addMenu("")
        _choice_menu(self.font_menu, rf.reading_families(), rf.saved_family(),
                     partial(reading.choose_reading_font, ws))
        _choice_menu(self.size_menu, list(rf.POINT_SIZES), rf.saved_point_size(),
                     partial(reading.choose_text_size, ws))
        _choice_menu(self.line_menu, list(rf.LINE_LENGTHS), rf.saved_line_length(),
                     partial(reading.choose_line_length, ws))
        self.panels_menu = menu.addMenu("")
        for dock in docks.values():
            self.panels_menu.addAction(dock.toggleViewAction())  # checkable, follows the dock
        self.export_image_action = QAction(window)
        self.export_pdf_action = QAction(window)
        self.export_image_action.triggered.connect(
            lambda: reading.export_rendering(ws, ".png"))
        self.export_pdf_action.triggered.connect(lambda: reading.export_rendering(ws, ".pdf"))
        _insert_before_quit(menus["document"], [self.export_image_action,
                                                self.export_pdf_action])
        style = shortcut_isolating_style()
        for each in window.findChildren(QMenu):
            each.setStyle(style)
        self.retranslate()

    def retranslate(self) -> None:
        """The entries' texts in the current UI language (called from the window's)."""
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


def _insert_before_quit(document: QMenu, actions: list[QAction]) -> None:
    quit_action = next((a for a in document.actions() if a.objectName() == "doc.quit"), None)
    if quit_action is None:
        document.addActions(actions)
    else:
        document.insertActions(quit_action, actions)


def _check_action(menu: QMenu, checked: bool, slot: Callable[[bool], None]) -> QAction:
    action = menu.addAction("")
    action.setCheckable(True)
    action.setChecked(checked)
    action.toggled.connect(slot)
    return action


def _choice_menu(menu: QMenu, values: Sequence[object], current: object,
                 slot: Callable[[Any], None]) -> None:
    group = QActionGroup(menu)
    group.setExclusive(True)
    for value in values:
        action = menu.addAction(str(value))
        action.setCheckable(True)
        action.setChecked(value == current)
        action.setData(value)
        action.triggered.connect(lambda _=False, v=value: slot(v))
        group.addAction(action)


def keep_text_wide(window: QMainWindow, docks: Iterable[QDockWidget]) -> None:
    """Narrow docked panels wider than their share when the text has less than 60 %."""
    central = window.centralWidget()
    if central is None or central.width() >= 0.6 * window.width():
        return  # the analyst's own panel widths stay while the text has room
    cap = max(150, int(window.width() * DOCK_SHARE))
    wide = [d for d in docks if d.isVisible() and not d.isFloating() and d.width() > cap]
    if wide:
        window.resizeDocks(wide, [cap] * len(wide), Qt.Orientation.Horizontal)
