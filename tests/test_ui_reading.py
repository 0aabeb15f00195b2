"""The window around the reading view: View menu settings, panels, export as image/PDF."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from annotator.core.edits import AddSpan
from annotator.core.model import Span
from annotator.core.schema import default_schema
from annotator.ui import handlers
from annotator.ui.actions import help_rows, menu_title
from annotator.ui.help_dialog import HelpDialog
from annotator.ui.label_palette import LabelPalette, isolate_arabic
from annotator.ui.view_menu import ShortcutIsolatingStyle, isolate_shortcut
from tests.ui_support import (  # noqa: F401
    dock,
    isolated_settings_fixture,
    make_window_fixture,
)

TEXT = "قال وزير الداخلية إن الحكومة ستواصل دعمها للقضية في المحافل الدولية.\n" * 8


def test_view_menu_settings_apply_and_are_remembered(make_window, qtbot):
    window = make_window([("d1", TEXT)])
    assert window.reading.captions_action.isChecked()
    assert not window.reading.all_arcs_action.isChecked()
    window.reading.all_arcs_action.trigger()
    window.reading.captions_action.trigger()
    assert window.view.options.all_arcs and not window.view.options.captions
    sizes = {a.data(): a for a in window.reading.size_menu.actions()}
    sizes[22.0].trigger()
    assert window.view.reading_font().pointSizeF() == 22.0
    lengths = {a.data(): a for a in window.reading.line_menu.actions()}
    lengths[60].trigger()
    settings = QSettings()
    assert settings.value("view/font_size") in (22.0, "22.0")
    assert str(settings.value("view/max_line_chars")) == "60"
    assert str(settings.value("view/all_arcs")).lower() == "true"
    window.close()
    again = make_window([("d1", TEXT)], folder="proj")
    assert again.view.reading_font().pointSizeF() == 22.0
    assert again.reading.all_arcs_action.isChecked()
    assert not again.reading.captions_action.isChecked()


def test_panels_toggle_from_the_view_menu_with_check_marks(make_window, qtbot):
    window = make_window([("d1", TEXT)])
    toggles = {a.text(): a for a in window.reading.panels_menu.actions()}
    documents = toggles["Documents"]
    assert documents.isCheckable() and documents.isChecked()
    documents.trigger()
    qtbot.waitUntil(lambda: not dock(window, "documents").isVisible())
    assert not documents.isChecked()
    documents.trigger()
    qtbot.waitUntil(lambda: dock(window, "documents").isVisible())


def test_at_900_by_600_the_text_keeps_most_of_the_width(make_window, qtbot):
    window = make_window([("d1", TEXT)])
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.view.width() > 0.55 * window.width(), timeout=3000)


def test_export_as_pdf_and_image_draw_the_open_document(make_window, qtbot, tmp_path):
    window = make_window([("d1", TEXT)])
    start = TEXT.index("وزير")
    window.session.apply(AddSpan(Span("s1", start, start + 4, "ACTOR", "وزير")))
    assert window.reading.export_pdf_action.text() == "Export as PDF…"
    assert handlers.reading.save_rendering(window, tmp_path / "d1.pdf")
    assert (tmp_path / "d1.pdf").read_bytes().startswith(b"%PDF")
    assert handlers.reading.save_rendering(window, tmp_path / "d1.png")
    assert "wrote" in window.statusBar().currentMessage()
    assert not handlers.reading.save_rendering(window, tmp_path / "d1.gif")
    assert ".png or .pdf" in window.statusBar().currentMessage()
    inside = window.session.project.path / "documents" / "d1.png"
    assert not handlers.reading.save_rendering(window, inside)
    assert "inside the project folder" in window.statusBar().currentMessage()
    assert not inside.exists()


def test_arabic_menus_have_no_mnemonic_and_shortcuts_read_left_to_right(make_window, qtbot):
    window = make_window([("d1", TEXT)], language="ar")
    titles = [a.menu().title() for a in window.menuBar().actions() if a.menu()]
    assert all("&" not in t for t in titles) and any("المستند" in t for t in titles)
    assert "&" not in menu_title("document")
    dialog = HelpDialog(help_rows(window.session.schema), window)
    qtbot.addWidget(dialog)
    keys = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert "\u2066Ctrl++ / Ctrl+=\u2069" in keys


def test_arabic_examples_in_english_guidelines_keep_their_direction():
    text = isolate_arabic("stay inside (والجزائر -> الجزائر, بالقاهرة -> القاهرة).")
    assert text == ("stay inside (\u2067والجزائر\u2069 -> \u2067الجزائر\u2069, "
                    "\u2067بالقاهرة\u2069 -> \u2067القاهرة\u2069).")
    assert isolate_arabic("وزير الداخلية التونسي") == "\u2067وزير الداخلية التونسي\u2069"


def test_menu_shortcuts_are_drawn_left_to_right_in_the_arabic_interface(make_window, qtbot):
    window = make_window([("d1", TEXT)], language="ar")
    assert isolate_shortcut("تكبير\tCtrl++") == "تكبير\t\u2066Ctrl++\u2069"
    assert isolate_shortcut("بلا اختصار") == "بلا اختصار"
    assert isolate_shortcut(isolate_shortcut("a\tCtrl+S")) == "a\t\u2066Ctrl+S\u2069"
    assert all(isinstance(menu.style(), ShortcutIsolatingStyle)
               for menu in (a.menu() for a in window.menuBar().actions()) if menu)


def test_the_guideline_shows_arabic_examples_in_reading_order(qtbot):
    palette = LabelPalette(default_schema(), "en")
    qtbot.addWidget(palette)
    palette.resize(2000, 300)  # one line: the order is the x order
    palette.show_label("ACTOR")
    palette.show()
    qtbot.waitExposed(palette)
    doc = palette.guideline.document()
    qtbot.waitUntil(lambda: doc.lastBlock().layout().lineCount() > 0)
    plain = doc.toPlainText()
    arrow = plain.index("->")
    first, second = plain.rindex("والجزائر", 0, arrow), plain.index("الجزائر", arrow)
    block = doc.findBlock(arrow)
    line = block.layout().lineForTextPosition(arrow - block.position())
    assert line.isValid()
    x = [line.cursorToX(p - block.position())[0] for p in (first, arrow, second)]
    assert x[0] < x[1] < x[2]  # the example, then the arrow, then the result


def test_a_maximum_line_length_narrows_the_column_of_a_wide_window(make_window, qtbot):
    window = make_window([("d1", TEXT)])
    window.resize(1800, 700)
    qtbot.waitUntil(lambda: window.view.width() > 1000)
    whole = window.view.document().textWidth()
    handlers.reading.choose_line_length(window, 60)
    qtbot.waitUntil(lambda: window.view.document().textWidth() < 0.7 * whole)
    column = window.view.document().textWidth()
    assert column > 300  # a column, centred in the view
    handlers.reading.choose_line_length(window, 0)
    qtbot.waitUntil(lambda: window.view.document().textWidth() >= whole - 1)
