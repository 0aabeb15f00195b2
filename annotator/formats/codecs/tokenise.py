"""Token views, sentences and IOB2 tag layers for the token-level exports (CoNLL, HF, spaCy).

Tokens are those of :func:`annotator.core.arabic.tokens` (words and single
punctuation marks); nothing here is another tokenizer. Two views
(DESIGN.md):

* word-level: those tokens, proclitics attached; a span tags every word it
  touches (as ANERcorp and Wojood do), so offsets inside words are lost;
* clitic-split: the same tokens cut further at every span boundary and after
  proclitics (:func:`annotator.core.arabic.proclitic_length`), so every span
  covers whole tokens (``و`` / ``الجزائر``); a word on whose first letter a
  span starts keeps that letter (the span says it is part of a name).

Tokens never end between a letter and its combining marks, inside a
zero-width-joiner sequence, inside a flag or before a skin-tone modifier:
neighbours that touch at such a point are merged.
Sentences end after ``. ؟ ! ؛ ?`` and at line breaks, but never inside a
span, so an entity's tags are never cut by a blank line.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from operator import attrgetter
from typing import Protocol

from annotator.core import arabic
from annotator.core.arabic import WORD_RE, proclitic_length
from annotator.core.text import boundary_problem

_SENTENCE_END_RE = re.compile("[.؟!؛?]")
_NEWLINE_RE = re.compile("\n")
_PROCLITIC_FIRST = frozenset("وفبلك")
_PROCLITIC_FIRST_RE = re.compile("[وفبلك]")
_match_start = re.Match.start
_ZWJ = "\u200d"

#: A token as (start, end) code-point offsets into the document text.
Tok = tuple[int, int]
_match_span = re.Match.span
_start_of = attrgetter("start")
_end_of = attrgetter("end")


class Bounds(Protocol):
    """What the token views read of a span: a :class:`Span` has it, so has a stored record
    (:class:`~annotator.formats.codecs.stored.StoredSpan`)."""

    @property
    def id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...


def _bounds(toks: Sequence[Tok]) -> tuple[list[int], list[int]]:
    """Start and end offsets of ``toks`` as lists (bisect is fastest on lists)."""
    if not toks:
        return [], []
    starts, ends = zip(*toks, strict=True)  # C speed: no Python loop over the tokens
    return list(starts), list(ends)


def _is_regional(ch: str) -> bool:
    return "\U0001F1E6" <= ch <= "\U0001F1FF"


def _glued(text: str, i: int, prev: Tok) -> bool:
    """True when the tokens meeting at ``i`` must stay one (marks, ZWJ, flags, skin tones)."""
    a, b = text[i - 1], text[i]
    if a == _ZWJ or b == _ZWJ:
        return True
    cat = unicodedata.category(b)
    if cat[0] == "M" or cat == "Cs":
        return boundary_problem(text, i) is not None
    if "\U0001F3FB" <= b <= "\U0001F3FF":  # skin-tone modifier after an emoji
        return True
    # A flag is two regional indicators; pair them from the start of the run.
    return _is_regional(b) and prev[1] - prev[0] == 1 and _is_regional(a)


def word_view(text: str) -> list[Tok]:
    """Word-level tokens of ``text``: words with their proclitics, and punctuation marks."""
    # The regex behind arabic.tokens(), used directly: same tokens, no Token object each.
    out: list[Tok] = list(map(_match_span, arabic.TOKEN_RE.finditer(text)))
    # Only tokens that touch the one before them may need gluing (rare): find those first.
    touching = [i for i in range(1, len(out)) if out[i][0] == out[i - 1][1]]
    if not touching:
        return out
    merged: list[Tok] = []
    last = 0
    for i in touching:
        merged.extend(out[last:i])
        last = i + 1
        start, end = out[i]
        if _glued(text, start, merged[-1]):
            merged[-1] = (merged[-1][0], end)  # e + U+0301, emoji + ZWJ + emoji, 🇩🇿: one token
        else:
            merged.append((start, end))
    merged.extend(out[last:])
    return merged


@lru_cache(maxsize=1 << 16)
def _proclitic_cut(word: str) -> int:
    """Where a word token is cut after its proclitics (0: not cut; punctuation never is),
    cached: words repeat.

    :func:`proclitic_length`, unless the cut would part a letter from its marks
    (``وَ``). The cut lies inside the word, and a word token holds only letters,
    digits and marks, so the word alone decides that, wherever it stands.
    """
    if len(word) < 4 or word[0] not in _PROCLITIC_FIRST or not WORD_RE.fullmatch(word):
        return 0
    n = proclitic_length(word)
    return n if 0 < n < len(word) and boundary_problem(word, n) is None else 0


def clitic_view(text: str, spans: Iterable[Bounds], words: Sequence[Tok] | None = None
                ) -> list[Tok]:
    """Clitic-split tokens: word tokens cut after proclitics and at every span boundary."""
    words = word_view(text) if words is None else words
    if not words:
        return []
    # Most words stay whole: find the few that are cut (a span boundary strictly inside,
    # or a proclitic), then copy the rest over in slices.
    starts, ends = _bounds(words)
    inside: dict[int, set[int]] = {}
    spans = list(spans)
    # Spans are the truth: a span that starts on a word's first letter says that letter
    # belongs to it (و in «والتزفيك» of «بول والتزفيك»), so no proclitic is cut there.
    span_starts = set(map(_start_of, spans))
    cuts = span_starts.union(map(_end_of, spans))
    for c, j in zip(cuts, map(bisect_right, repeat(starts), cuts), strict=True):
        i = j - 1  # the word starting at or before c
        if i >= 0 and c < ends[i] and c > starts[i]:
            inside.setdefault(i, set()).add(c)
    # The first letter of every word in one string: its proclitic-looking letters are
    # found by a regex at C speed (most words start with none).
    firsts = "".join(map(text.__getitem__, starts))
    for i in map(_match_start, _PROCLITIC_FIRST_RE.finditer(firsts)):
        start = starts[i]
        if start in span_starts:
            continue
        n = _proclitic_cut(text[start:ends[i]])
        if n:
            inside.setdefault(i, set()).add(start + n)
    if not inside:
        return list(words)
    out: list[Tok] = []
    last = 0
    for i in sorted(inside):
        out.extend(words[last:i])
        last = i + 1
        prev = starts[i]
        for p in sorted(inside[i]):
            out.append((prev, p))
            prev = p
        out.append((prev, ends[i]))
    out.extend(words[last:])
    return out


def sentences(text: str, toks: Sequence[Tok], spans: Iterable[Bounds]) -> list[range]:
    """Token index ranges of the sentences, never ending inside a span.

    A sentence ends after a token ``. ؟ ! ؛ ?`` (unless a letter or digit
    follows it directly, as in 3.5) and at a line break between tokens.
    """
    if not toks:
        return []
    starts, ends = _bounds(toks)
    return sentences_of(text, starts, ends, sorted((s.start, s.end) for s in spans))


def sentences_of(text: str, starts: list[int], ends: list[int],
                 ordered: list[tuple[int, int]]) -> list[range]:
    """:func:`sentences` from the tokens' start and end lists and the spans' sorted
    ``(start, end)`` pairs."""
    return Breaks.of(text, ordered).sentences(starts, ends)


@dataclass(frozen=True)
class Breaks:
    """Where a document's sentences may end, whatever its token view: found once for an
    export that writes two views (:meth:`sentences` maps them onto each)."""

    newlines: list[int]  # offsets of the line breaks
    marks: list[int]  # offsets of . ؟ ! ؛ ? with no letter or digit right after them
    span_starts: list[int]  # the spans' starts, sorted
    reach: list[int]  # reach[k]: the furthest end of the spans span_starts[:k + 1]

    @classmethod
    def of(cls, text: str, ordered: list[tuple[int, int]]) -> Breaks:
        """The breaks of ``text`` with the spans' sorted ``(start, end)`` pairs."""
        after = len(text) - 1
        marks = [p for p in map(_match_start, _SENTENCE_END_RE.finditer(text))
                 if p < after and not text[p + 1].isalnum()]
        span_starts = [a for a, _ in ordered]
        return cls(list(map(_match_start, _NEWLINE_RE.finditer(text))), marks, span_starts,
                   list(accumulate((b for _, b in ordered), max)))

    def sentences(self, starts: list[int], ends: list[int]) -> list[range]:
        """Token index ranges of the sentences of the tokens ``starts``/``ends``."""
        n = len(starts)
        if not n:
            return []
        # A line break ends the token before it; a mark ends itself when it is a token.
        candidates = {j - 1 for j in map(bisect_right, repeat(ends), self.newlines) if 0 < j < n}
        for p, i in zip(self.marks, map(bisect_left, repeat(starts), self.marks), strict=True):
            if i < n - 1 and starts[i] == p and ends[i] == p + 1:
                candidates.add(i)
        out: list[range] = []
        first = 0
        span_starts, reach = self.span_starts, self.reach
        for i in sorted(candidates):
            # Spans that start before the next token must all end by this one.
            k = bisect_left(span_starts, starts[i + 1])
            if not k or reach[k - 1] <= ends[i]:
                out.append(range(first, i + 1))
                first = i + 1
        out.append(range(first, n))
        return out


def tag_columns_of(starts: list[int], ends: list[int], spans: Iterable[Bounds],
                   *, min_layers: int = 1, prefix: str = "") -> list[list[str]]:
    """IOB2 tag columns of ``spans`` over the tokens ``starts``/``ends``, outer layer first
    (Wojood), at least ``min_layers`` of them.

    A span tags every token it touches; spans over no token are left out.
    Nested spans go in layers: each span takes the first layer whose last span
    ends before it starts, spans taken in order of first token, longest
    first, then label and id (ids are unique in a document, so the order is
    total). Each tag starts with ``prefix`` (CoNLL joins its columns with no
    separator: ``" O"``). A property test compares the columns with a plain
    object-per-span definition (``tests/token_reference.py``).
    """
    outside, begin, inside = prefix + "O", prefix + "B-", prefix + "I-"
    n_tokens = len(starts)
    mapped = []
    if n_tokens:
        spans = spans if isinstance(spans, list) else list(spans)
        # Each span's first token and (one past) its last, by bisect at C speed.
        firsts = map(bisect_right, repeat(ends), map(_start_of, spans))
        stops = map(bisect_left, repeat(starts), map(_end_of, spans))
        mapped = [(first, 1 - stop, span.label, span.id)
                  for first, stop, span in zip(firsts, stops, spans, strict=True)
                  if first < stop]
        mapped.sort()
    cols: list[list[str]] = []
    reach: list[int] = []  # last token of each layer so far
    for first, neg_last, label, _ in mapped:
        last = -neg_last
        k = 0  # the first layer whose last span ends before this one starts
        while k < len(reach) and reach[k] >= first:
            k += 1
        if k == len(reach):
            reach.append(last)
            cols.append([outside] * n_tokens)
        reach[k] = last
        tags = cols[k]
        tags[first] = begin + label
        if last > first:
            tags[first + 1:last + 1] = [inside + label] * (last - first)
    while len(cols) < min_layers:
        cols.append([outside] * n_tokens)
    return cols
