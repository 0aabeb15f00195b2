"""The plain definitions of token mapping, nesting layers and IOB2 tags: one object per
span, obvious loops. The exporters use the one-pass ``tokenise.tag_columns_of``; the
tests compare it with these."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.core.model import Span
from annotator.formats.codecs.tokenise import Tok, _bounds


@dataclass(frozen=True)
class TokenSpan:
    """A span mapped onto a token view: tokens ``first..last`` (inclusive)."""

    first: int
    last: int
    span: Span


def map_spans(toks: Sequence[Tok], spans: Iterable[Span]) -> list[TokenSpan]:
    """Each span's token range in ``toks`` (tokens it touches); spans over no token left out."""
    if not toks:
        return []
    starts, ends = _bounds(toks)
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
        label = ts.span.label
        tags[ts.first] = "B-" + label
        if ts.last > ts.first:
            tags[ts.first + 1:ts.last + 1] = ["I-" + label] * (ts.last - ts.first)
    return tags


def tag_columns(n_tokens: int, mapped: Iterable[TokenSpan], *, min_layers: int = 1
                ) -> list[list[str]]:
    """IOB2 columns, outer layer first, at least ``min_layers`` of them."""
    cols = [iob2(n_tokens, layer) for layer in layers(mapped)]
    while len(cols) < min_layers:
        cols.append(["O"] * n_tokens)
    return cols


