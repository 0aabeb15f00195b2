"""Where the bundled reading font lives on disk (Qt-free).

The app must read the same on every machine, including a fresh Debian with no
Arabic system font, where Qt would fall back to DejaVu Sans and its dots sit
where the span bars go (DESIGN.md). So the project depends on the Amiri
font package (OFL, a Naskh face made for reading), and both the Qt view
(``QFontDatabase.addApplicationFont``) and matplotlib charts load its files
from here.
"""

from __future__ import annotations

from pathlib import Path

import fontpkg_amiri

READING_FONT_FAMILY: str = fontpkg_amiri.FAMILY
"""Family name of the bundled reading font, as the font files declare it."""


def bundled_font_files() -> list[Path]:
    """The bundled font's TTF files (regular, italic, bold, bold italic), sorted by name."""
    return sorted((Path(fontpkg_amiri.ROOT) / "files").glob("*.ttf"))


def bundled_regular_font() -> Path:
    """The regular face of the bundled reading font (for charts and other non-Qt renderers)."""
    return Path(fontpkg_amiri.ROOT) / "files" / f"{READING_FONT_FAMILY}-Regular.ttf"
