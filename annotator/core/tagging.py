"""Qt-free rules of the tagging keys: where a new span goes and how an edge moves.

Kept apart from the widgets so they can be property-tested without a display.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from annotator.core.arabic import (
    WORD_RE,
    snap_to_words,
    strip_proclitics,
    word_tokens,
)
from annotator.core.text import boundary_problem, snap_out


def tag_range(text: str, start: int, end: int, *, snap: bool, proclitics: bool = True,
              known_words: frozenset[str] | Callable[[], frozenset[str]] = frozenset()
              ) -> tuple[int, int] | None:
    """The span a tagging key makes of the selection ``[start, end)``, or None if empty.

    With ``snap`` the selection widens to whole words, loses surrounding
    spaces and punctuation, and (with ``proclitics``) leaves the proclitics
    و ف ب ل ك of its first word outside. Without it the exact selection is
    kept, only widened to valid boundaries (a letter keeps its marks, an
    emoji is never cut). ``known_words`` is a set of words, or a function
    returning the document's normalised vocabulary (called only when needed).
    """
    start, end = min(start, end), max(start, end)
    if start == end:
        return None  # an empty selection never becomes a span, even inside a letter's marks
    if snap:
        start, end = snap_to_words(text, start, end)
        if start >= end:
            return None
        if proclitics:
            known = known_words if isinstance(known_words, frozenset) else \
                known_remainders(text, start, end, known_words)
            start = strip_proclitics(text, start, end, known)
    # Always: word rules only know the common marks; a rarer combining mark
    # (U+0301, a spacing mark) after a word must still stay with its letter.
    start, end = snap_out(text, start, end)
    return (start, end) if start < end else None


def known_remainders(text: str, start: int, end: int,
                     vocabulary: Callable[[], frozenset[str]]) -> frozenset[str]:
    """The document's vocabulary, computed only when the word at ``start`` may carry proclitics."""
    first = WORD_RE.match(text, start)
    if first is None or first.start() != start or text[start] not in "وفبلك":
        return frozenset()
    return vocabulary()


@dataclass(frozen=True)
class WordIndex:
    """Sorted word starts and ends of a text, for moving span edges word by word."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> WordIndex:
        """Index the words of ``text`` (core.arabic.word_tokens)."""
        toks = list(word_tokens(text))
        return cls(tuple(t.start for t in toks), tuple(t.end for t in toks))


def _step_char(text: str, pos: int, direction: int) -> int:
    """``pos`` moved one character in ``direction`` (+1 later, -1 earlier), to a valid boundary."""
    pos += direction
    while 0 < pos < len(text) and boundary_problem(text, pos) is not None:
        pos += direction
    return max(0, min(pos, len(text)))


def _step_word(words: WordIndex, pos: int, direction: int, *, edge: str) -> int | None:
    """The next word start (edge 'start') or end (edge 'end') before/after ``pos``."""
    marks = words.starts if edge == "start" else words.ends
    if direction > 0:
        i = bisect_right(marks, pos)
        return marks[i] if i < len(marks) else None
    i = bisect_left(marks, pos)
    return marks[i - 1] if i > 0 else None


def move_edge(text: str, words: WordIndex, start: int, end: int, *, edge: str,
              direction: int, by_word: bool) -> tuple[int, int] | None:
    """New ``(start, end)`` after moving one edge of a span in text order, or None if impossible.

    ``edge`` is 'start' or 'end'; ``direction`` +1 moves it later in the text,
    -1 earlier. A move that would leave the span empty, or run off the text,
    returns None.
    """
    pos = start if edge == "start" else end
    if by_word:
        new = _step_word(words, pos, direction, edge=edge)
    else:
        new = _step_char(text, pos, direction)
    if new is None or new == pos:
        return None
    # Word ends may stop before a rare combining mark: widen to a valid boundary.
    new_start, new_end = snap_out(text, new, end) if edge == "start" else \
        snap_out(text, start, new)
    if new_start >= new_end:
        return None
    return new_start, new_end


def paragraph_is_rtl(text: str, pos: int) -> bool:
    """Whether the paragraph holding ``pos`` reads right to left (its first strong letter).

    The same rule Qt applies to each paragraph of the text view, so the arrow
    keys that move span edges follow what the analyst sees.
    """
    begin = text.rfind("\n", 0, pos) + 1
    stop = text.find("\n", pos)
    stop = len(text) if stop < 0 else stop
    for ch in text[begin:stop]:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
