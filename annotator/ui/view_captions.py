"""Where the captions of one line go, so that they never overlap (pure Python, no Qt).

A caption sits at its span's start: the right end of the span's first piece
in a right-to-left line, the left end in a left-to-right one, and runs
towards the span's end. Captions that share a start are joined into one
("CLAIM · ACTOR"). A caption gets the room up to the next caption's start
(minus a gap) and the line's edge; text that does not fit is elided, and a
caption with less room than ``min_width`` is dropped (the span keeps its bar
and its tooltip).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CaptionRequest:
    """One caption to place: the x of its span's start and the width its full text needs."""

    anchor: float
    width: float
    key: object = None


@dataclass(frozen=True)
class Placement:
    """The x range a caption may use (``right - left`` may be less than it needs: elide)."""

    key: object
    left: float
    right: float


def place_captions(requests: list[CaptionRequest], line_left: float, line_right: float,
                   rtl: bool, gap: float = 4.0, min_width: float = 14.0) -> list[Placement]:
    """Non-overlapping x ranges for ``requests`` on a line spanning ``[line_left, line_right]``.

    Requests with the same anchor should be joined by the caller first. The
    ranges returned never overlap and never leave the line; each starts (or,
    right-to-left, ends) at its anchor clamped to the line.
    """
    out: list[Placement] = []
    if rtl:
        order = sorted(requests, key=lambda r: -r.anchor)
        limit = line_right  # nothing may reach right of this
        for i, req in enumerate(order):
            right = min(req.anchor, limit)
            nxt = order[i + 1].anchor if i + 1 < len(order) else line_left
            left = max(right - req.width, min(nxt, right) + (gap if i + 1 < len(order) else 0),
                       line_left)
            if right - left >= min(min_width, req.width):
                out.append(Placement(req.key, left, right))
                limit = left - gap
    else:
        order = sorted(requests, key=lambda r: r.anchor)
        limit = line_left
        for i, req in enumerate(order):
            left = max(req.anchor, limit)
            nxt = order[i + 1].anchor if i + 1 < len(order) else line_right
            right = min(left + req.width, max(nxt, left) - (gap if i + 1 < len(order) else 0),
                        line_right)
            if right - left >= min(min_width, req.width):
                out.append(Placement(req.key, left, right))
                limit = right + gap
    return out
