"""Caret movement targets for the text view, in code points (no Qt).

Keyboard selection follows the visual direction of the paragraph, as in any
right-to-left editor: in an Arabic paragraph the Left arrow moves towards the
logical *end* of the text. The view decides the direction; these functions
only compute where a logical step forward or backward lands.
"""

from __future__ import annotations

from annotator.core.arabic import WORD_RE
from annotator.core.text import boundary_problem

#: How far back a backward word search looks at once (words are far shorter).
_BACK_WINDOW = 4096


def next_char(text: str, pos: int) -> int:
    """Position after the character at ``pos``, keeping marks and surrogate pairs whole."""
    if pos >= len(text):
        return len(text)
    pos += 1
    while pos < len(text) and boundary_problem(text, pos) is not None:
        pos += 1
    return pos


def prev_char(text: str, pos: int) -> int:
    """Position before the character that ends at ``pos``, keeping marks whole."""
    if pos <= 0:
        return 0
    pos -= 1
    while pos > 0 and boundary_problem(text, pos) is not None:
        pos -= 1
    return pos


def next_word_end(text: str, pos: int) -> int:
    """End of the word at or after ``pos`` (the text end when there is none)."""
    m = WORD_RE.search(text, pos)
    return m.end() if m else len(text)


def prev_word_start(text: str, pos: int) -> int:
    """Start of the word that ends at or before ``pos``, or contains it (0 when none)."""
    window_start = max(0, pos - _BACK_WINDOW)
    while True:
        last = None
        for m in WORD_RE.finditer(text, window_start, pos):
            last = m
        if last is not None and (last.start() > window_start or window_start == 0):
            start = last.start()
            # The window may have cut a word: extend backwards to its real start.
            while start > 0 and WORD_RE.match(text[start - 1]) is not None:
                start -= 1
            return start
        if window_start == 0:
            return 0
        window_start = max(0, window_start - _BACK_WINDOW)


def step(text: str, pos: int, *, forward: bool, by_word: bool) -> int:
    """Logical target of one caret step from ``pos``."""
    if by_word:
        return next_word_end(text, pos) if forward else prev_word_start(text, pos)
    return next_char(text, pos) if forward else prev_char(text, pos)
