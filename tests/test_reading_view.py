"""The reading view keeps every letter visible, and labels and links readable without colour.

Pixel tests run on the bundled font (loaded for every GUI test by conftest),
so they behave the same on every machine.
"""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from annotator.core.fonts import READING_FONT_FAMILY
from annotator.core.model import Relation, Span, Status
from annotator.core.schema import default_schema
from annotator.ui.render import RenderInput, render_image
from annotator.ui.text_view import SpanTextView
from annotator.ui.view_captions import CaptionRequest, place_captions

DENSE = (
    "قال وزير الخارجية الجزائري أحمد عطاف إنّ الجزائر لن تقبلَ بأيّ تدخّلٍ في شؤونها "
    "الداخلية، وأضاف أنّ ليبيا إلى نيّة التهدئة أقرب، مشيرًا إلى أنّ «لإسرائيل» دورًا.\n"
    "وأكد مصدر أمني رفيع في طرابلس يوم 12 مايو أن قوات الحكومة ستنسحب من سرت وبنغازي "
    "خلال أسبوعين، نقلا عن Reuters ووكالة الأنباء الليبية.\n"
    "وزير وزيرين يزيد قرر ؤ ئ ظ ض غ ج خ ي ى — شُؤُونُهُمْ وَالجَزَائِرُ بِإِيجَازٍ."
)


def word_spans(text: str, label_cycle: tuple[str, ...] = ("ACTOR", "LOCATION", "CUE")
               ) -> list[Span]:
    """A span on every word, plus nested claims up to five deep (more than the tracks)."""
    spans = []
    for i, m in enumerate(re.finditer(r"\w+", text)):
        status = Status.SUGGESTED if i % 4 == 3 else Status.ACCEPTED
        spans.append(Span(f"w{i}", m.start(), m.end(), label_cycle[i % len(label_cycle)],
                          m.group(), status=status, score=0.7 if status is Status.SUGGESTED
                          else None))
    for depth in range(5):  # nested claims around the first sentence
        start, end = 4 + depth * 5, 120 - depth * 6
        spans.append(Span(f"c{depth}", start, end, "CLAIM", text[start:end]))
    return spans


def dense_input(annotated: bool) -> RenderInput:
    schema = default_schema()
    if not annotated:
        return RenderInput(DENSE, schema)
    spans = word_spans(DENSE)
    relations = [Relation("r1", "SOURCE", "c0", "w3"),
                 Relation("r2", "ABOUT", "c1", "w40", status=Status.SUGGESTED),
                 Relation("r3", "SOURCE", "c2", "w25")]
    return RenderInput(DENSE, schema, spans, relations)


def gray(image: QImage, x: int, y: int) -> float:
    c = image.pixelColor(x, y)
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()


def test_decorations_never_cover_glyph_ink(qapp):
    plain = render_image(dense_input(False), 700)
    annotated = render_image(dense_input(True), 700)
    assert plain.size() == annotated.size()  # spans never move the text
    ink = [(x, y) for y in range(plain.height()) for x in range(plain.width())
           if gray(plain, x, y) < 96]
    assert len(ink) > 5_000
    kept = sum(1 for x, y in ink if gray(annotated, x, y) < 128)
    assert kept / len(ink) >= 0.995, f"{kept}/{len(ink)} glyph pixels stay dark"
    # ... and the annotations are really drawn (a page of decorations, not a blank one).
    changed = sum(1 for y in range(0, plain.height(), 2) for x in range(0, plain.width(), 2)
                  if plain.pixel(x, y) != annotated.pixel(x, y))
    assert changed > 10_000


@pytest.fixture
def view(qtbot):
    v = SpanTextView()
    qtbot.addWidget(v)
    v.resize(760, 420)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_the_view_reads_in_the_bundled_font_and_spans_never_move_the_text(view):
    assert view.reading_font().families()[0] == READING_FONT_FAMILY
    assert view.reading_font().pointSizeF() >= 16  # a comfortable Naskh size by default
    view.set_text(DENSE)
    doc = view.document()

    def line_tops() -> list[float]:
        out, block = [], doc.firstBlock()
        while block.isValid():
            layout = block.layout()
            out += [layout.position().y() + layout.lineAt(i).y()
                    for i in range(layout.lineCount())]
            block = block.next()
        return out

    before = line_tops()
    view.set_spans(word_spans(DENSE), default_schema())
    assert line_tops() == before


@pytest.mark.parametrize("family", [READING_FONT_FAMILY, "DejaVu Sans"])
def test_a_click_in_the_middle_of_a_word_picks_that_word(view, qtbot, family):
    view.set_reading_font(family, 18)
    text = "قال وزير الداخلية إن ليبيا إلى نية التهدئة أقرب من أي وقت مضى"
    view.set_text(text)
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    view.set_spans([Span(f"s{a}", a, b, "ACTOR", text[a:b]) for a, b in words],
                   default_schema())
    picked = []
    view.spanActivated.connect(picked.append)
    for a, b in words:
        rect = view.span_rects_cp(a, b)[0]
        centre = QPoint(int(rect.center().x()), int(rect.center().y()))
        assert view.char_at_point(centre) in range(a, b), (family, text[a:b])
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.waitUntil(lambda a=a: bool(picked) and picked[-1] == f"s{a}")
        view.set_selected_span(None)


# Machado, Oliveira & Fernandes (2009), severity 1.0, applied in linear RGB.
CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
}


def _lab(colour: str, matrix=None) -> tuple[float, float, float]:
    def linear(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    rgb = [linear(int(colour[i:i + 2], 16)) for i in (1, 3, 5)]
    if matrix is not None:
        rgb = [min(1.0, max(0.0, sum(matrix[r][k] * rgb[k] for k in range(3))))
               for r in range(3)]
    x = 0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]
    y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    z = 0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    fx, fy, fz = f(x / 0.9505), f(y), f(z / 1.089)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


@pytest.mark.parametrize("vision", [None, *CVD])
def test_default_label_colours_stay_apart_for_colour_blind_readers(vision):
    labels = default_schema().span_labels
    matrix = CVD[vision] if vision else None
    for a, b in itertools.combinations(labels, 2):
        la, lb = _lab(a.colour, matrix), _lab(b.colour, matrix)
        distance = sum((p - q) ** 2 for p, q in zip(la, lb, strict=True)) ** 0.5
        assert distance >= 20, (vision, a.name, b.name, round(distance, 1))


def test_the_old_red_and_green_were_one_colour_to_a_deuteranope():
    """The check above can fail: the former ACTOR red and LOCATION green are 9 apart."""
    la, lb = _lab("#e6194b", CVD["deuteranopia"]), _lab("#3cb44b", CVD["deuteranopia"])
    assert sum((p - q) ** 2 for p, q in zip(la, lb, strict=True)) ** 0.5 < 20


@given(st.lists(st.tuples(st.floats(0, 800), st.floats(1, 200)), max_size=12),
       st.booleans())
def test_captions_never_overlap_and_stay_on_the_line(items, rtl):
    requests = [CaptionRequest(anchor, width, i) for i, (anchor, width) in enumerate(items)]
    placed = place_captions(requests, 0.0, 800.0, rtl)
    spans = sorted((p.left, p.right) for p in placed)
    assert all(0.0 <= left <= right <= 800.0 for left, right in spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_a_claim_without_its_source_is_marked(view):
    text = "قال وزير الداخلية إن الحكومة ستواصل دعمها"
    view.set_text(text)
    start = text.index("الحكومة")
    claim = Span("c", start, len(text), "CLAIM", text[start:])
    actor = Span("a", 4, 17, "ACTOR", text[4:17])
    view.set_spans([claim, actor], default_schema())
    rect = view.span_rects_cp(claim.start, claim.end)[0]
    band = (int(rect.left()), max(0, int(rect.top()) - 30), int(rect.width()), 30)

    def caption_band() -> QImage:
        return view.viewport().grab().toImage().copy(*band)

    unsourced = caption_band()
    view.set_relations([Relation("r", "SOURCE", "c", "a")])
    view.set_options(all_arcs=False)
    sourced = caption_band()
    view.set_relations([])
    assert caption_band() == unsourced != sourced


def test_render_command_writes_png_and_pdf_and_names_an_unknown_document(project, cli,
                                                                         tmp_path):
    from annotator.core.model import Document
    project.add_document(Document(id="d1", text=DENSE))
    png, pdf = tmp_path / "d1.png", tmp_path / "d1.pdf"
    result = cli("render", project.path, "d1", "--out", png, "--width", "600")
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert QImage(str(png)).width() == 600
    result = cli("render", project.path, "d1", "--out", pdf, "--no-annotations")
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and "1 page" in result.stdout
    result = cli("render", project.path, "nope", "--out", png)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "nope" in result.stderr


def test_nesting_deeper_than_the_tracks_gets_a_count_not_a_taller_line(view):
    text = "قال وزير الخارجية الجزائري أحمد عطاف إن الجزائر لن تقبل بأي تدخل"
    view.set_text(text)
    tops = [view.document().firstBlock().layout().lineAt(0).y()]
    claims = [Span(f"c{d}", 4 + d, len(text) - d, "CLAIM", text[4 + d:len(text) - d])
              for d in range(5)]
    view.set_spans(claims, default_schema())
    assert view.document().firstBlock().layout().lineAt(0).y() == tops[0]
    assert all(view.bar_rects(f"c{d}") for d in range(3))
    assert not view.bar_rects("c3") and not view.bar_rects("c4")  # no fourth or fifth track
    image = view.viewport().grab().toImage()
    bottom_bar = view.bar_rects("c2")[0]
    band_top = view.bar_rects("c0")[0].top()
    # "+1" twice (c3 and c4 start one letter apart): dark text in the bar band, at the right
    # (start) end of the deeper spans, where the light CLAIM bars would otherwise be.
    right = int(view.span_rects_cp(4, 6)[0].right())
    dark = [(x, y) for x in range(right - 60, right + 2)
            for y in range(band_top, bottom_bar.bottom() + 1) if gray(image, x, y) < 80]
    assert dark


def test_a_click_on_a_caption_picks_its_span(view, qtbot):
    text = "قال وزير الداخلية إن الحكومة ستواصل دعمها"
    view.set_text(text)
    start = text.index("الحكومة")
    view.set_spans([Span("loc", start, start + 7, "LOCATION", "الحكومة")], default_schema())
    rect = view.span_rects_cp(start, start + 7)[0]
    above = QPoint(int(rect.right()) - 6, int(rect.top()) - 8)  # right end: the span's start
    assert view.char_at_point(above) is None
    with qtbot.waitSignal(view.spanActivated) as picked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=above)
    assert picked.args == ["loc"]
    view.set_options(captions=False)
    assert view.caption_at(above.toPointF()) is None


def test_captions_and_marks_keep_their_own_direction_in_the_arabic_interface():
    """'CLAIM…' keeps its ellipsis on the right and '+2' its plus on the left under an RTL
    widget; an Arabic caption (a schema abbreviation) reads right to left."""
    from PySide6.QtCore import Qt

    from annotator.ui.view_paint import centred_in_own_direction
    ltr, rtl = int(Qt.TextFlag.TextForceLeftToRight), int(Qt.TextFlag.TextForceRightToLeft)
    for text, wanted in (("CLAI…", ltr), ("+2", ltr), ("SOURCE", ltr), ("فاعل", rtl),
                         ("«مكان»", rtl), ("", ltr)):
        flags = centred_in_own_direction(text)
        assert flags & int(Qt.AlignmentFlag.AlignCenter) == int(Qt.AlignmentFlag.AlignCenter)
        assert flags & (ltr | rtl) == wanted, text
