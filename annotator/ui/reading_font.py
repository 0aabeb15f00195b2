"""The reading font: the bundled Amiri loaded into Qt, and the analyst's font and size settings.

Qt only knows the fonts fontconfig finds; on a machine without an Arabic
font it falls back to DejaVu Sans, whose dots sit where the span bars go
(DESIGN.md). Loading the bundled files with ``addApplicationFont`` makes the
reading font the same everywhere, for the window, the renderer and the tests.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase

from annotator.core.fonts import READING_FONT_FAMILY, bundled_font_files

#: Point size of the text at 100 % zoom: Amiri reads small for its size, 18 pt is
#: a comfortable Naskh size on a desktop screen.
DEFAULT_POINT_SIZE = 18.0
#: Sizes offered in View ▸ Text size.
POINT_SIZES = (12.0, 14.0, 16.0, 18.0, 20.0, 22.0, 26.0, 30.0)
#: Maximum line length offered in View (characters of the reading font; 0: no limit).
LINE_LENGTHS = (0, 60, 80, 100, 130)
DEFAULT_LINE_LENGTH = 100

FAMILY_KEY = "view/font_family"
SIZE_KEY = "view/font_size"
LINE_LENGTH_KEY = "view/max_line_chars"

_loaded: list[str] = []


def load_bundled_fonts() -> str:
    """Load the bundled reading font into Qt once; return its family name.

    Needs a QGuiApplication. When the files cannot be loaded (a broken
    install) Qt's fallback is used and the family name is still returned.
    """
    if not _loaded:
        for path in bundled_font_files():
            QFontDatabase.addApplicationFont(str(path))
        _loaded.append(READING_FONT_FAMILY)
    return READING_FONT_FAMILY


def reading_families() -> list[str]:
    """Families offered as reading fonts: the bundled one, then the machine's Arabic ones."""
    load_bundled_fonts()
    arabic = QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    return [READING_FONT_FAMILY] + sorted(f for f in arabic if f != READING_FONT_FAMILY)


def saved_family() -> str:
    """The reading font chosen in View, else the bundled one."""
    value = QSettings().value(FAMILY_KEY, READING_FONT_FAMILY)
    return value if isinstance(value, str) and value else READING_FONT_FAMILY


def saved_point_size() -> float:
    """The text size chosen in View, else :data:`DEFAULT_POINT_SIZE`."""
    try:
        size = float(str(QSettings().value(SIZE_KEY, DEFAULT_POINT_SIZE)))
    except (TypeError, ValueError):
        return DEFAULT_POINT_SIZE
    return size if 6.0 <= size <= 72.0 else DEFAULT_POINT_SIZE


def saved_line_length() -> int:
    """The maximum line length in characters (0: the text uses the whole width)."""
    try:
        value = int(str(QSettings().value(LINE_LENGTH_KEY, DEFAULT_LINE_LENGTH)))
    except (TypeError, ValueError):
        return DEFAULT_LINE_LENGTH
    return max(0, value)


def reading_font(family: str, point_size: float) -> QFont:
    """The reading font: ``family`` first, then the bundled face for what it lacks."""
    load_bundled_fonts()
    font = QFont()
    families = [family] if family == READING_FONT_FAMILY else [family, READING_FONT_FAMILY]
    font.setFamilies(families)
    font.setPointSizeF(point_size)
    return font
