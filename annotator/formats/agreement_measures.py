"""The agreement measures themselves, on plain values (no project, no files).

Definitions (README "Agreement"): F1 over sets, the largest one-to-one matching
of overlapping extents, Cohen's kappa from the four counts of a 2x2 table,
and Krippendorff's alpha (nominal) through the ``krippendorff`` package.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

Extent = tuple[int, int]


def f1_from_counts(matched: int, size_a: int, size_b: int) -> float | None:
    """2·matched / (size_a + size_b); None when both sizes are 0."""
    total = size_a + size_b
    return None if total == 0 else 2 * matched / total


def max_overlap_matching(a: Sequence[Extent], b: Sequence[Extent]) -> int:
    """Size of the largest one-to-one matching of ``a`` to ``b`` where a pair shares a code point.

    Extents are end-exclusive (start, end); two share a code point when
    ``a.start < b.end and b.start < a.end``. Kuhn's augmenting paths, which
    are exact for any bipartite graph; the graphs are small (one label of
    one document).
    """
    if not a or not b:
        return 0
    b_sorted = sorted(b)
    b_starts = [s for s, _ in b_sorted]
    adjacency = [[j for j in range(bisect_right(b_starts, end - 1))
                  if b_sorted[j][1] > start] for start, end in a]
    owner: list[int] = [-1] * len(b_sorted)

    def augment(i: int, seen: list[bool]) -> bool:
        for j in adjacency[i]:
            if not seen[j]:
                seen[j] = True
                if owner[j] < 0 or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    matched = 0
    for i in range(len(a)):
        if adjacency[i] and augment(i, [False] * len(b_sorted)):
            matched += 1
    return matched


def merge_extents(extents: Sequence[Extent]) -> list[Extent]:
    """The union of ``extents`` as sorted, disjoint, non-touching intervals."""
    merged: list[list[int]] = []
    for start, end in sorted(extents):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def intersect_extents(a: Sequence[Extent], b: Sequence[Extent]) -> list[Extent]:
    """The intersection of two sorted disjoint interval lists."""
    out: list[Extent] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


_SPACE = re.compile(r"\s")  # in str patterns, \s is exactly str.isspace (Py_UNICODE_ISSPACE)


class SolidCounter:
    """Counts the non-whitespace code points of a text inside intervals, in O(log n) each."""

    def __init__(self, text: str) -> None:
        # Positions of whitespace code points, sorted: a count is the length minus those inside.
        self.spaces = [m.start() for m in _SPACE.finditer(text)]
        self._spaces = self.spaces
        self.length = len(text)
        self.total = len(text) - len(self.spaces)

    def count(self, extents: Sequence[Extent]) -> int:
        """Non-whitespace code points covered by disjoint ``extents``."""
        spaces = self._spaces
        return sum((end - start) - (bisect_left(spaces, end) - bisect_left(spaces, start))
                   for start, end in extents)


def cohen_kappa(n: int, covered_a: int, covered_b: int, both: int) -> float | None:
    """Cohen's kappa of two binary codings of ``n`` units.

    ``covered_a``/``covered_b``: units valued 1 by each; ``both``: valued 1 by
    both. None when chance agreement is 1 (or there are no units). The test
    for chance agreement 1 is done on integers, so it is exact.
    """
    if n == 0:
        return None
    chance_num = covered_a * covered_b + (n - covered_a) * (n - covered_b)
    if chance_num == n * n:
        return None
    observed = (n - covered_a - covered_b + 2 * both) / n
    chance = chance_num / (n * n)
    return (observed - chance) / (1 - chance)


def krippendorff_nominal(value_counts: Any) -> float | None:
    """Krippendorff's alpha (nominal) from a units × values count matrix, by the package.

    None when it is undefined (no pairable units, or a single value
    everywhere so that expected disagreement is 0).
    """
    import krippendorff
    import numpy as np
    counts = np.asarray(value_counts)
    pairable = counts[counts.sum(axis=1) >= 2]
    if len(pairable) == 0 or np.count_nonzero(pairable.sum(axis=0)) < 2:
        return None
    # The package multiplies counts in their own type: the smallest type that holds the
    # square of the largest count is exact and three times faster than int64.
    largest = int(pairable.max())
    small = np.int8 if largest * largest <= 127 else np.int16 if largest <= 181 else np.int64
    value = float(krippendorff.alpha(value_counts=pairable.astype(small),
                                     level_of_measurement="nominal"))
    return None if math.isnan(value) else value
