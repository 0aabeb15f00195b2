"""SpanTextView: code-point interface over Qt's UTF-16, bidi-correct painting, keyboard selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLine

from annotator.core.model import Span, Status
from annotator.core.schema import default_schema
from annotator.ui.text_view import SpanTextView

EMOJI_LINE = "😀 قال المتحدث إن الجزائر ترفض"


def make_span(text: str, sid: str, start: int, end: int, label: str = "ACTOR",
              status: Status = Status.ACCEPTED) -> Span:
    return Span(sid, start, end, label, text[start:end], status=status)


@pytest.fixture
def view(qtbot):
    v = SpanTextView()
    qtbot.addWidget(v)
    v.resize(700, 300)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_select_cp_after_emoji_selects_the_right_letters(view, qtbot):
    text = EMOJI_LINE
    view.set_text(text)
    start = text.index("الجزائر")
    with qtbot.waitSignal(view.selectionChangedCp) as blocker:
        view.select_cp(start, start + len("الجزائر"))
    assert blocker.args == [start, start + len("الجزائر")]
    assert view.selection_cp() == (start, start + len("الجزائر"))
    # Qt counts the emoji twice: its own selection is one unit further on.
    assert view.textCursor().selectedText() == "الجزائر"
    assert view.textCursor().selectionStart() == start + 1


def test_spans_at_cp_nested_innermost_first(view):
    text = "قال وزير الخارجية الجزائري أحمد عطاف"
    view.set_text(text)
    outer = make_span(text, "outer", 4, len(text), "ACTOR")
    inner = make_span(text, "inner", text.index("الجزائري"),
                      text.index("الجزائري") + len("الجزائر"), "LOCATION")
    view.set_spans([outer, inner], default_schema())
    assert view.spans_at_cp(text.index("الجزائري") + 2) == ["inner", "outer"]
    assert view.spans_at_cp(5) == ["outer"]
    assert view.spans_at_cp(0) == []
