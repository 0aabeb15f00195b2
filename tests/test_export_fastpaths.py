"""The exporters' fast paths agree with the slow, obvious definitions they replace."""

from __future__ import annotations

import bisect
import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core import arabic
from annotator.core.model import Document, Span
from annotator.formats.atomic import compact_line
from annotator.formats.codecs import conll, selection, tokenise
from tests import token_reference
from tests.strategies import hostile_text

LONE_SURROGATES = st.sampled_from(["\ud83d", "\ude00", "\ud800\udc00"])
texts = st.one_of(hostile_text, st.tuples(hostile_text, LONE_SURROGATES, hostile_text).map(
    "".join))


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_plain_check_never_passes_a_span_the_full_check_refuses(text: str, data) -> None:
    doc = Document(id="d", text=text)
    start = data.draw(st.integers(-2, len(text) + 2))
    end = data.draw(st.integers(-2, len(text) + 2))
    recorded = data.draw(st.sampled_from([text[max(0, start):max(0, end)], "x"]))
    span = Span(id="s", start=start, end=end, label="ACTOR", text=recorded)
    if not selection._not_plainly_fitting(text, [span]):
        assert selection.span_export_problem(doc, span) is None


def _word_view_reference(text: str) -> list[tuple[int, int]]:
    """The plain loop word_view replaced: glue each token to the one before when it must."""
    out: list[tuple[int, int]] = []
    for m in arabic.TOKEN_RE.finditer(text):
        start, end = m.span()
        if out and out[-1][1] == start and tokenise._glued(text, start, out[-1]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _clitic_view_reference(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    """The word-by-word loop clitic_view replaced."""
    cuts = sorted({b for s in spans for b in (s.start, s.end)})
    span_starts = {s.start for s in spans}  # a span starting on a word owns its first letter
    out = []
    for start, end in _word_view_reference(text):
        points = {c for c in cuts if start < c < end}
        word = text[start:end]
        n = arabic.proclitic_length(word) if len(word) >= 4 and start not in span_starts \
            and word[0] in tokenise._PROCLITIC_FIRST and arabic.WORD_RE.fullmatch(word) else 0
        if n and tokenise.boundary_problem(text, start + n) is None:
            points.add(start + n)
        prev = start
        for p in sorted(points):
            out.append((prev, p))
            prev = p
        out.append((prev, end))
    return out


@settings(max_examples=300, deadline=None)
@given(hostile_text, st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)), max_size=8))
def test_token_views_match_their_reference_loops(text: str, raw: list[tuple[int, int]]) -> None:
    spans = [Span(id=f"s{i}", start=min(a, len(text)), end=min(a + n, len(text)),
                  label="ACTOR", text="") for i, (a, n) in enumerate(raw)]
    words = tokenise.word_view(text)
    assert words == _word_view_reference(text)
    assert tokenise.clitic_view(text, spans, words) == _clitic_view_reference(text, spans)


@given(st.lists(st.sampled_from(["B-ACTOR", "I-ACTOR", "O", "كلمة", "\n"]), max_size=30),
       st.integers(1, 3), st.integers(0, 3), st.integers(0, 2), st.integers(0, 2))
def test_padding_on_bytes_matches_padding_on_text(fields: list[str], le: int, lc: int,
                                                  extra_e: int, extra_c: int) -> None:
    if lc == 0:  # no claim column in the document: only in an export without claims
        extra_c = 0
    row = "".join(["كلمة", *([" O"] * le), conll._MID, *([" O"] * lc), conll._EOL])
    block = "\n".join([row, *fields, row])
    got = conll.finish_block(block.encode(), le, lc, le + extra_e, lc + extra_c).decode()
    want_row = " ".join(["كلمة", *(["O"] * (le + extra_e)), *(["O"] * (lc + extra_c))])
    assert got == "\n".join([want_row, *fields, want_row])


@settings(max_examples=300, deadline=None)
@given(hostile_text, st.lists(st.tuples(st.integers(0, 200), st.integers(0, 30),
                                        st.sampled_from(["ACTOR", "LOCATION", "CUE"])),
                              max_size=10),
       st.booleans(), st.integers(1, 3))
def test_one_pass_columns_and_sentences_match_map_spans_layers_and_sentences(
        text: str, raw: list[tuple[int, int, str]], clitic: bool, min_layers: int) -> None:
    spans = [Span(id=f"s{i}", start=min(a, len(text)), end=min(a + n, len(text)),
                  label=label, text="") for i, (a, n, label) in enumerate(raw)]
    toks = tokenise.word_view(text)
    if clitic:
        toks = tokenise.clitic_view(text, spans, toks)
    starts, ends = [t[0] for t in toks], [t[1] for t in toks]
    assert tokenise.tag_columns_of(starts, ends, spans, min_layers=min_layers) == \
        token_reference.tag_columns(len(toks), token_reference.map_spans(toks, spans),
                                    min_layers=min_layers)
    ordered = sorted((s.start, s.end) for s in spans)
    assert tokenise.sentences_of(text, starts, ends, ordered) == \
        _sentences_reference(text, starts, ends, ordered)


def _sentences_reference(text: str, starts: list[int], ends: list[int],
                         ordered: list[tuple[int, int]]) -> list[range]:
    """The token-by-token loop sentences_of replaced: candidates found per view, spans
    walked one by one."""
    n = len(starts)
    if not n:
        return []
    candidates: set[int] = set()
    for p in (m.start() for m in re.finditer("\n", text)):
        i = bisect.bisect_right(ends, p) - 1
        if 0 <= i < n - 1:
            candidates.add(i)
    for m in re.finditer("[.؟!؛?]", text):
        p = m.start()
        i = bisect.bisect_left(starts, p)
        if i < n - 1 and starts[i] == p and ends[i] == p + 1 and \
                (starts[i + 1] > p + 1 or not text[p + 1].isalnum()):
            candidates.add(i)
    out: list[range] = []
    first = k = 0
    reach = -1  # furthest end of the spans that start before the next token
    for i in sorted(candidates):
        while k < len(ordered) and ordered[k][0] < starts[i + 1]:
            reach = max(reach, ordered[k][1])
            k += 1
        if reach <= ends[i]:
            out.append(range(first, i + 1))
            first = i + 1
    out.append(range(first, n))
    return out


plain_floats = st.floats(allow_nan=False, allow_infinity=False).filter(
    lambda x: "e" not in repr(x))
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), hostile_text, plain_floats),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(hostile_text, inner, max_size=4)),
    max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_compact_lines_are_json_spelt_compactly(value) -> None:
    """orjson's line is exactly json's compact line (floats without an exponent spell alike),
    with the line breaks JSON leaves raw escaped, so the line is one line to any reader."""
    expected = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for c in "\u0085\u2028\u2029":
        expected = expected.replace(c, f"\\u{ord(c):04x}")
    line = compact_line(value)
    assert line == (expected + "\n").encode("utf-8")
    assert line.decode("utf-8").splitlines() == [line.decode("utf-8")[:-1]]
    assert json.loads(line) == value


def test_compact_lines_keep_every_value_orjson_would_refuse() -> None:
    value = {"big": 2**80, "small": -2**70, "floats": [1e300, 1.5e-06, -0.0],
             "text": "بالقاهرة\n\"x\""}
    assert json.loads(compact_line(value)) == value
