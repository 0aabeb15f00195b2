"""Token views, sentences and IOB2 tag layers for the token-level exports (CoNLL, HF, spaCy).

Tokens come from :func:`annotator.core.arabic.tokens` (words and single
punctuation marks); nothing here is another tokenizer. Two views
(DESIGN.md):

* word-level: those tokens, proclitics attached; a span tags every word it
  touches (as ANERcorp and Wojood do), so offsets inside words are lost;
* clitic-split: the same tokens cut further at every span boundary and after
  proclitics (:func:`annotator.core.arabic.proclitic_length`), so every span
  covers whole tokens (``و`` / ``الجزائر``).

Tokens never end between a letter and its combining marks or inside a
zero-width-joiner sequence: neighbours that touch at such a point are merged.
Sentences end after ``. ؟ ! ؛ ?`` and at line breaks, but never inside a
span, so an entity's tags are never cut by a blank line.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.core.arabic import WORD_RE, proclitic_length, tokens
from annotator.core.model import Span
from annotator.core.text import boundary_problem

SENTENCE_ENDS = frozenset(".؟!؛?")
_PROCLITIC_FIRST = frozenset("وفبلك")

#: A token as (start, end) code-point offsets into the document text.
Tok = tuple[int, int]


def word_view(text: str) -> list[Tok]:
    """Word-level tokens of ``text``: words with their proclitics, and punctuation marks."""
    out: list[Tok] = []
    for tok in tokens(text):
        start, end = tok.start, tok.end
        if out and out[-1][1] == start and boundary_problem(text, start) is not None:
            out[-1] = (out[-1][0], end)  # e + U+0301, emoji + ZWJ + emoji: one token
        else:
            out.append((start, end))
    return out


def clitic_view(text: str, spans: Iterable[Span], words: Sequence[Tok] | None = None
                ) -> list[Tok]:
    """Clitic-split tokens: word tokens cut after proclitics and at every span boundary."""
    words = word_view(text) if words is None else words
    cuts = sorted({b for s in spans for b in (s.start, s.end)})
    out: list[Tok] = []
    for start, end in words:
        points = cuts[bisect_right(cuts, start):bisect_left(cuts, end)]
        if text[start] in _PROCLITIC_FIRST and end - start >= 4 and \
                WORD_RE.fullmatch(text, start, end):
            n = proclitic_length(text[start:end])
            if n and boundary_problem(text, start + n) is None:
                points = sorted({*points, start + n})
        prev = start
        for p in points:
            out.append((prev, p))
            prev = p
        out.append((prev, end))
    return out


def sentences(text: str, toks: Sequence[Tok], spans: Iterable[Span]) -> list[range]:
    """Token index ranges of the sentences, never ending inside a span."""
    ordered = sorted((s.start, s.end) for s in spans)
    out: list[range] = []
    first = 0
    k = 0
    reach = -1  # furthest end of spans that start before the next token
    for i in range(len(toks) - 1):
        cur, nxt = toks[i], toks[i + 1]
        while k < len(ordered) and ordered[k][0] < nxt[0]:
            reach = max(reach, ordered[k][1])
            k += 1
        gap = text[cur[1]:nxt[0]]
        ends = "\n" in gap or (text[cur[0]:cur[1]] in SENTENCE_ENDS and
                               (gap != "" or not text[nxt[0]].isalnum()))
        if ends and reach <= cur[1]:
            out.append(range(first, i + 1))
            first = i + 1
    if toks:
        out.append(range(first, len(toks)))
    return out


@dataclass(frozen=True)
class TokenSpan:
    """A span mapped onto a token view: tokens ``first..last`` (inclusive)."""

    first: int
    last: int
    span: Span


def map_spans(toks: Sequence[Tok], spans: Iterable[Span]) -> list[TokenSpan]:
    """Each span's token range in ``toks`` (the tokens it touches); spans over no token are left out."""
    starts = [t[0] for t in toks]
    ends = [t[1] for t in toks]
    out = []
    for span in spans:
        first = bisect_right(ends, span.start)
        last = bisect_left(starts, span.end) - 1
        if first <= last:
            out.append(TokenSpan(first, last, span))
    return out


def layers(mapped: Iterable[TokenSpan]) -> list[list[TokenSpan]]:
    """Nested spans in layers, outer first: each layer's spans share no token (Wojood)."""
    result: list[list[TokenSpan]] = []
    for ts in sorted(mapped, key=lambda t: (t.first, -t.last, t.span.label, t.span.id)):
        for layer in result:
            if layer[-1].last < ts.first:
                layer.append(ts)
                break
        else:
            result.append([ts])
    return result


def iob2(n_tokens: int, layer: Iterable[TokenSpan]) -> list[str]:
    """IOB2 tags of one layer over ``n_tokens`` tokens."""
    tags = ["O"] * n_tokens
    for ts in layer:
        tags[ts.first] = f"B-{ts.span.label}"
        for i in range(ts.first + 1, ts.last + 1):
            tags[i] = f"I-{ts.span.label}"
    return tags


def tag_columns(n_tokens: int, mapped: Iterable[TokenSpan], *, min_layers: int = 1
                ) -> list[list[str]]:
    """IOB2 columns, outer layer first, at least ``min_layers`` of them."""
    cols = [iob2(n_tokens, layer) for layer in layers(mapped)]
    while len(cols) < min_layers:
        cols.append(["O"] * n_tokens)
    return cols
