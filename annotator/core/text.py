"""Stored-text rules: canonical line endings, hashing, valid span boundaries, UTF-16 mapping.

Stored offsets are Python code points, end-exclusive (DESIGN.md). The only
normalisation ever applied to stored text is done once, on import, by
:func:`canonicalize`: a UTF-8 BOM is stripped and CRLF / lone CR become LF,
because Qt turns both into one paragraph break and offsets would drift.
"""

from __future__ import annotations

import hashlib
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

BOM = "\ufeff"


@dataclass(frozen=True)
class CanonicalText:
    """Result of :func:`canonicalize`: the text to store and what was changed to get it."""

    text: str
    had_bom: bool
    crlf_count: int
    lone_cr_count: int

    @property
    def changed(self) -> bool:
        """True when the stored text differs from the input."""
        return self.had_bom or self.crlf_count > 0 or self.lone_cr_count > 0


def canonicalize(raw: str) -> CanonicalText:
    """Strip a leading BOM and turn CRLF and lone CR into LF; nothing else changes."""
    had_bom = raw.startswith(BOM)
    if had_bom:
        raw = raw[1:]
    crlf = raw.count("\r\n")
    text = raw.replace("\r\n", "\n")
    lone_cr = text.count("\r")
    text = text.replace("\r", "\n")
    return CanonicalText(text=text, had_bom=had_bom, crlf_count=crlf, lone_cr_count=lone_cr)


def sha256_text(text: str) -> str:
    """Hex SHA-256 of the text encoded as UTF-8 (what every export carries)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def sha256_bytes(data: bytes) -> str:
    """Hex SHA-256 of raw bytes (the original file's hash)."""
    return hashlib.sha256(data).hexdigest()


def _is_mark(ch: str) -> bool:
    """A combining character that belongs to the letter before it (tashkeel, VS16, ...)."""
    return unicodedata.category(ch) in ("Mn", "Me", "Mc")


_ZWJ = "\u200d"


def boundary_problem(text: str, index: int) -> str | None:
    """Why ``index`` cannot be a span boundary in ``text``, or None when it can.

    A boundary must lie inside ``[0, len(text)]``, must not split a surrogate
    pair (lone surrogates can reach a str through ``surrogateescape``), must
    not separate a letter from its combining marks, and must not cut a
    zero-width-joiner sequence, a flag (a pair of regional indicators) or an
    emoji from its skin-tone modifier: Qt draws each of these as one unit.
    """
    if index < 0 or index > len(text):
        return f"offset {index} is outside the text (length {len(text)})"
    if index == 0 or index == len(text):
        return None
    before, after = text[index - 1], text[index]
    if "\ud800" <= before <= "\udbff" and "\udc00" <= after <= "\udfff":
        return f"offset {index} falls inside a surrogate pair"
    if _is_mark(after):
        return f"offset {index} separates a letter from its combining mark U+{ord(after):04X}"
    if before == _ZWJ or after == _ZWJ:
        return f"offset {index} cuts a zero-width-joiner sequence"
    if _is_emoji_modifier(after):
        return f"offset {index} separates an emoji from its skin-tone modifier"
    if _is_regional(before) and _is_regional(after) and _regional_run(text, index) % 2:
        return f"offset {index} falls inside a flag"
    return None


def _is_emoji_modifier(ch: str) -> bool:
    return "\U0001F3FB" <= ch <= "\U0001F3FF"


def _is_regional(ch: str) -> bool:
    return "\U0001F1E6" <= ch <= "\U0001F1FF"


def _regional_run(text: str, index: int) -> int:
    """Number of regional-indicator letters just before ``index`` (pairs make flags)."""
    n = 0
    while index - n - 1 >= 0 and _is_regional(text[index - n - 1]):
        n += 1
    return n


def span_problem(text: str, start: int, end: int) -> str | None:
    """Why ``[start, end)`` is not a valid span of ``text``, or None when it is."""
    if not isinstance(start, int) or not isinstance(end, int):
        return "offsets must be integers"
    if start >= end:
        return f"start {start} must be before end {end}"
    return boundary_problem(text, start) or boundary_problem(text, end)


def snap_out(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to the nearest valid boundaries (marks stay with their letter)."""
    start = max(0, min(start, len(text)))
    end = max(0, min(end, len(text)))
    while start > 0 and boundary_problem(text, start) is not None:
        start -= 1
    while end < len(text) and boundary_problem(text, end) is not None:
        end += 1
    return start, end


class Utf16Map:
    """Converts between Python code-point offsets and UTF-16 code-unit offsets.

    This is the one place the two units meet (Qt cursors and some export
    formats count UTF-16). It keeps only the positions of astral characters
    (those that need a surrogate pair), so a 1 MB Arabic document costs
    nothing when it has no emoji and a bisect per lookup when it has.
    """

    def __init__(self, text: str) -> None:
        self._astral_cp = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        # UTF-16 index of each astral character = its code-point index + astral chars before it.
        self._astral_u16 = [cp + n for n, cp in enumerate(self._astral_cp)]
        self.length_cp = len(text)
        self.length_u16 = len(text) + len(self._astral_cp)

    @property
    def is_identity(self) -> bool:
        """True when both units agree everywhere (no astral characters)."""
        return not self._astral_cp

    def to_utf16(self, cp: int) -> int:
        """UTF-16 offset of code-point offset ``cp``."""
        if not 0 <= cp <= self.length_cp:
            raise ValueError(f"code-point offset {cp} outside 0..{self.length_cp}")
        return cp + bisect_left(self._astral_cp, cp)

    def to_codepoint(self, u16: int, *, strict: bool = True) -> int:
        """Code-point offset of UTF-16 offset ``u16``.

        An offset inside a surrogate pair raises ``ValueError`` when ``strict``,
        else rounds down to the start of that character.
        """
        if not 0 <= u16 <= self.length_u16:
            raise ValueError(f"UTF-16 offset {u16} outside 0..{self.length_u16}")
        n = bisect_right(self._astral_u16, u16 - 1)  # astral chars starting before u16
        if n and self._astral_u16[n - 1] == u16 - 1:
            if strict:
                raise ValueError(f"UTF-16 offset {u16} falls inside a surrogate pair")
            return u16 - n
        return u16 - n
