"""A whole document drawn as the reading view paints it, to a PNG image or a paged PDF.

For reports and briefings: ``annotator render`` and Document ▸ Export as
image / PDF. A hidden :class:`~annotator.ui.text_view.SpanTextView` lays the
text out at the page width and paints its decorations with the very code the
window uses (:meth:`DecoratedTextEdit.paint_decorations`); the pages break
between lines, never through a line or its bands.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QRectF
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
)

from annotator.core.model import Relation, Span
from annotator.core.schema import LabelSchema
from annotator.formats.atomic import write_bytes_atomic
from annotator.ui.text_view import SpanTextView

#: Taller than this a PNG stops being an image anyone can open: use PDF.
MAX_IMAGE_HEIGHT = 32_000
DEFAULT_WIDTH = 900
PDF_DPI = 96  # one PDF device unit per view pixel: the page looks like the window
PDF_MARGIN_MM = 15.0


class RenderError(ValueError):
    """A render that cannot be made (unknown format, image too tall); the message says why."""


@dataclass
class RenderInput:
    """What to draw: the text, the spans and relations over it (may be empty), and the
    reading font (None: the bundled face at the default size)."""

    text: str
    schema: LabelSchema
    spans: Sequence[Span] = ()
    relations: Sequence[Relation] = ()
    family: str | None = None
    point_size: float | None = None


def layout_view(data: RenderInput, width: int) -> SpanTextView:
    """A hidden view with the text laid out ``width`` pixels wide and ``data`` drawn on it.

    Captions and the arcs of every relation are on (a page cannot be clicked).
    """
    view = SpanTextView()
    if data.family is not None or data.point_size is not None:
        current = view.reading_font()
        view.set_reading_font(data.family or current.families()[0],
                              data.point_size or current.pointSizeF())
    view.set_text(data.text)
    view.document().setTextWidth(width)
    view.set_spans(list(data.spans), data.schema)
    view.set_relations(list(data.relations))
    view.set_options(captions=True, all_arcs=True)
    doc = view.document()
    doc.documentLayout().blockBoundingRect(doc.lastBlock())  # lays out the whole text
    return view


def _draw(view: SpanTextView, painter: QPainter, area: QRect,
          blocks: list[QTextBlock] | None = None) -> None:
    """Text then decorations of the document area ``area`` (document coordinates)."""
    painter.save()
    painter.setClipRect(area)
    view.document().drawContents(painter, QRectF(area))
    view.paint_decorations(painter, area, area, blocks)
    painter.restore()


def render_image(data: RenderInput, width: int = DEFAULT_WIDTH) -> QImage:
    """The whole document as one image ``width`` pixels wide, white behind the text."""
    view = layout_view(data, width)
    height = int(view.document().size().height()) + 1
    if height > MAX_IMAGE_HEIGHT:
        raise RenderError(f"the document is {height} pixels tall at this width, too tall for "
                          "one image: render it to PDF (pages) instead")
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        _draw(view, painter, QRect(0, 0, width, height))
    finally:
        painter.end()
    view.deleteLater()
    return image


def page_breaks(view: SpanTextView, page_height: float
                ) -> Iterator[tuple[int, int, list[QTextBlock]]]:
    """The pages: document y range ``[top, bottom)`` (ending between two lines) and blocks."""
    doc = view.document()
    bands = view.bands
    top = 0.0
    last_bottom = 0.0
    blocks: list[QTextBlock] = []
    block = doc.firstBlock()
    while block.isValid():
        layout = block.layout()
        origin = layout.position().y()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            baseline = origin + line.y() + line.ascent()
            slot_top = baseline + bands.ink_top - bands.above_band
            slot_bottom = baseline + bands.ink_bottom + bands.bar_band + 1
            if slot_bottom - top > page_height and last_bottom > top:
                yield int(top), int(slot_top), blocks
                top = slot_top
                blocks = []
            if not blocks or blocks[-1] != block:
                blocks.append(block)
            last_bottom = slot_bottom
        block = block.next()
    yield int(top), int(max(last_bottom, doc.size().height())), blocks


def render_pdf(data: RenderInput, width: int | None = None) -> tuple[bytes, int]:
    """The document as a paged A4 PDF: its bytes and its number of pages.

    The text is laid out as wide as the page's printable area, or ``width``
    pixels and scaled to fit it.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(*[PDF_MARGIN_MM] * 4),
                                     QPageLayout.Unit.Millimeter))
    writer.setCreator("annotator")
    paint_rect = writer.pageLayout().paintRectPixels(PDF_DPI)
    layout_width = width or paint_rect.width()
    scale = paint_rect.width() / layout_width
    view = layout_view(data, layout_width)
    painter = QPainter()
    if not painter.begin(writer):
        raise RenderError("cannot start a PDF")
    pages = 0
    try:
        for top, bottom, blocks in page_breaks(view, paint_rect.height() / scale):
            if pages:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -top)
            _draw(view, painter, QRect(0, top, layout_width, bottom - top), blocks)
            painter.restore()
            pages += 1
    finally:
        painter.end()
    view.deleteLater()
    return bytes(buffer.data().data()), pages


def render_file(data: RenderInput, out: Path, width: int | None = None) -> str:
    """Render to ``out`` (.png or .pdf, by its suffix); a one-line summary of what was written.

    Raises :class:`RenderError` for another suffix or an image too tall.
    """
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        pdf, pages = render_pdf(data, width)
        write_bytes_atomic(out, pdf)
        return f"wrote {out} ({pages} page{'s' if pages != 1 else ''})"
    if suffix == ".png":
        image = render_image(data, width or DEFAULT_WIDTH)
        png = QByteArray()
        buffer = QBuffer(png)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes
        buffer.close()
        write_bytes_atomic(out, bytes(png.data()))
        return f"wrote {out} ({image.width()}×{image.height()} pixels)"
    raise RenderError(f"cannot tell the format of {out.name}: name it .png or .pdf")
