"""PNG charts of the project report, drawn with matplotlib in the bundled Arabic font.

matplotlib before 3.11 neither shapes Arabic nor orders it right-to-left,
so there every label goes through :func:`display` (arabic-reshaper +
python-bidi) just before drawing. matplotlib 3.11 lays text out with
libraqm, which shapes and reorders by itself: shaping first would reverse
the words a second time (seen on 3.11.2: «الجزائر» drawn as «رئازجلاا»), so
:func:`display` then leaves the text alone. Display only either way: the
data keeps the stored text. Each function returns PNG bytes; nothing here
touches files.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

STATUS_COLOURS = {"done": "#2e7d32", "in_progress": "#f9a825", "new": "#cfd8dc"}
DPI = 110


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" or
               "\ufb50" <= c <= "\ufeff" for c in text)


def matplotlib_shapes_text() -> bool:
    """Whether this matplotlib shapes and reorders Arabic itself (built with libraqm)."""
    from matplotlib import ft2font
    return bool(getattr(ft2font, "__libraqm_version__", None))


def display(text: str, engine_shapes: bool | None = None) -> str:
    """``text`` as matplotlib must be given it to show Arabic joined and right-to-left.

    Shaped and put in visual order when it holds Arabic and matplotlib
    cannot do that itself (``engine_shapes``: default, ask matplotlib).
    """
    if not _has_arabic(text):
        return text
    if engine_shapes is None:
        engine_shapes = matplotlib_shapes_text()
    if engine_shapes:
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display
    return str(get_display(arabic_reshaper.reshape(text)))


@contextmanager
def _chart_style() -> Iterator[None]:
    """matplotlib settings for the report: the bundled font first, DejaVu as fallback."""
    import matplotlib
    from matplotlib import font_manager

    from annotator.core.fonts import READING_FONT_FAMILY, bundled_regular_font
    font_manager.fontManager.addfont(str(bundled_regular_font()))
    with matplotlib.rc_context({"font.family": [READING_FONT_FAMILY, "DejaVu Sans"],
                                "font.size": 11, "axes.spines.top": False,
                                "axes.spines.right": False}):
        yield


def _png(fig: Any) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight")
    return buffer.getvalue()


def _figure(width: float, height: float) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)
    return fig


def _whole_numbers() -> Any:
    """Axis ticks at whole numbers only (counts of documents and spans)."""
    from matplotlib.ticker import MaxNLocator
    return MaxNLocator(integer=True)


def progress_chart(rows: Mapping[str, Mapping[str, int]]) -> bytes:
    """Stacked horizontal bars: documents done, in progress and new per annotator."""
    with _chart_style():
        names = list(rows)
        fig = _figure(7, 0.6 * max(len(names), 2) + 1.2)
        ax = fig.add_subplot()
        left = [0] * len(names)
        for status, colour in STATUS_COLOURS.items():
            values = [rows[n].get(status, 0) for n in names]
            ax.barh([display(n) for n in names], values, left=left, color=colour,
                    label=status.replace("_", " "))
            left = [a + b for a, b in zip(left, values, strict=True)]
        ax.xaxis.set_major_locator(_whole_numbers())
        ax.set_xlabel("documents")
        ax.set_title("Progress per annotator")
        ax.invert_yaxis()
        ax.legend(loc="lower right", frameon=False, ncols=3, bbox_to_anchor=(1, 1.02))
        return _png(fig)


def label_chart(counts: Mapping[str, Mapping[str, int]]) -> bytes:
    """Grouped bars: accepted spans per label, one bar per annotator."""
    with _chart_style():
        labels = sorted({lab for per in counts.values() for lab in per})
        names = list(counts)
        fig = _figure(max(6.0, 1.2 * len(labels) + 2), 4)
        ax = fig.add_subplot()
        width = 0.8 / max(len(names), 1)
        for i, name in enumerate(names):
            xs = [j + i * width for j in range(len(labels))]
            ax.bar(xs, [counts[name].get(lab, 0) for lab in labels], width=width,
                   label=display(name))
        ax.set_xticks([j + 0.4 - width / 2 for j in range(len(labels))],
                      [display(lab) for lab in labels])
        ax.set_ylabel("accepted spans")
        ax.set_title("Spans per label")
        ax.yaxis.set_major_locator(_whole_numbers())
        if names:
            ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        return _png(fig)


def agreement_chart(pairs: Sequence[str], labels: Sequence[str],
                    values: Sequence[Sequence[float | None]], title: str) -> bytes:
    """A pair × label heat map of one agreement figure (blank where undefined)."""
    with _chart_style():
        fig = _figure(max(5.0, 1.1 * len(labels) + 2.5), 0.55 * max(len(pairs), 1) + 1.8)
        ax = fig.add_subplot()
        grid = [[math.nan if v is None else v for v in row] for row in values] or [[math.nan]]
        # cividis: ordered by lightness and readable with red-green colour blindness
        image = ax.imshow(grid, cmap="cividis", vmin=0, vmax=1, aspect="auto")
        ax.set_xticks(range(len(labels)), [display(lab) for lab in labels])
        ax.set_yticks(range(len(pairs)), [display(p) for p in pairs])
        for i, row in enumerate(values):
            for j, v in enumerate(row):
                ax.text(j, i, "–" if v is None else f"{v:.2f}", ha="center", va="center",
                        color="white" if v is not None and v < 0.55 else "black")
        ax.set_title(title)
        fig.colorbar(image, ax=ax, fraction=0.04)
        return _png(fig)


def top_texts_chart(label: str, counts: Sequence[tuple[str, int]]) -> bytes:
    """Horizontal bars of the most frequent span texts of one label (Arabic shaped)."""
    with _chart_style():
        fig = _figure(6.5, 0.42 * max(len(counts), 3) + 1.2)
        ax = fig.add_subplot()
        texts = [display(t) for t, _ in counts]
        ax.barh(texts, [n for _, n in counts], color="#4363d8")
        ax.invert_yaxis()
        ax.xaxis.set_major_locator(_whole_numbers())
        ax.set_xlabel("accepted spans")
        ax.set_title(f"Most frequent {display(label)}")
        ax.tick_params(axis="y", labelsize=13)
        return _png(fig)
