"""Compare two versions of a text: the stretches an edit certainly left in place.

Used to move annotations onto a changed text (:mod:`annotator.core.realign`)
when the old text is known. Pure Python (:mod:`difflib`), no Qt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import accumulate

#: Equal old and new line pairs beyond which lines repeated in more than 1% of the text
#: are not matched (difflib's autojunk): matching costs about 0.1 µs a pair.
LINE_PAIRS = 4_000_000


def common_prefix_length(a: str, i: int, b: str, j: int) -> int:
    """Length of the longest common prefix of ``a[i:]`` and ``b[j:]``."""
    return _gallop(min(len(a) - i, len(b) - j),
                   lambda lo, hi: a[i + lo:i + hi] == b[j + lo:j + hi])


def common_suffix_length(a: str, i: int, b: str, j: int) -> int:
    """Length of the longest common suffix of ``a[:i]`` and ``b[:j]``."""
    return _gallop(min(i, j), lambda lo, hi: a[i - hi:i - lo] == b[j - hi:j - lo])


def _gallop(limit: int, same: Callable[[int, int], bool]) -> int:
    """The largest n <= ``limit`` with every piece ``[lo, hi)`` below n ``same``.

    Gallops (doubling steps), then halves: long when texts repeat, cheap
    when they do not.
    """
    step = 64
    lo = 0
    while lo < limit:
        hi = min(limit, lo + step)
        if same(lo, hi):
            lo, step = hi, step * 2
        elif hi - lo == 1:
            break
        else:
            step = max(1, (hi - lo) // 2)
    return lo


@dataclass(frozen=True)
class Unchanged:
    """A stretch ``[start, end)`` of the old text found unchanged in the new, moved by ``shift``."""

    start: int
    end: int
    shift: int


def unchanged_stretches(old: str, new: str) -> list[Unchanged]:
    """The stretches of ``old`` an edit into ``new`` certainly left alone, in order.

    What the texts share at their start and end is set aside; in between,
    lines are matched (:class:`difflib.SequenceMatcher`) and each run of
    changed lines gives back the characters its old and new text share at
    both ends. Where the edit could as well have been made a little earlier
    or later (``قال `` inserted next to a ``قال ``, a line repeated), the
    characters that choice leaves in doubt belong to no stretch.
    """
    same_start = common_prefix_length(old, 0, new, 0)
    same_end = min(common_suffix_length(old, len(old), new, len(new)),
                   len(old) - same_start, len(new) - same_start)
    old_lines = old[same_start:len(old) - same_end].splitlines(keepends=True)
    new_lines = new[same_start:len(new) - same_end].splitlines(keepends=True)
    old_at = [same_start + n for n in accumulate(map(len, old_lines), initial=0)]
    new_at = [same_start + n for n in accumulate(map(len, new_lines), initial=0)]
    in_new = Counter(new_lines)
    pairs = sum(n * in_new[line] for line, n in Counter(old_lines).items())
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=pairs > LINE_PAIRS)
    stretches: list[Unchanged] = []
    certain_from, shift = 0, 0  # old offset from which ``shift`` is known to hold
    a0 = b0 = 0
    for a, b, size in matcher.get_matching_blocks():
        o_lo, o_hi, n_lo, n_hi = old_at[a0], old_at[a], new_at[b0], new_at[b]
        if (o_lo, n_lo) != (o_hi, n_hi):  # a changed run of lines, maybe empty on one side
            head = common_prefix_length(old, o_lo, new, n_lo)
            tail = common_suffix_length(old, o_hi, new, n_hi)
            old_len, new_len = o_hi - o_lo, n_hi - n_lo
            doubt_from = o_lo + min(head, old_len - tail, new_len - tail)
            doubt_to = o_hi - min(tail, old_len - head, new_len - head)
            if doubt_from > certain_from:
                stretches.append(Unchanged(certain_from, doubt_from, shift))
            certain_from, shift = max(certain_from, doubt_to), n_hi - o_hi
        a0, b0 = a + size, b + size
    if len(old) > certain_from:
        stretches.append(Unchanged(certain_from, len(old), shift))
    return stretches
