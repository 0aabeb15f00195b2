"""A text cut for the claims finder: tokens with their normalised form, quotes, sentences.

Everything here depends on the text alone; it is computed once per text and
never changes (the finder's changing state is a
:class:`annotator.suggest.claims.discourse.Discourse`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from annotator.core.arabic import normalize, tokens
from annotator.suggest.claims.words import WORDS

SENTENCE_END = frozenset({".", "!", "?", ";", "…"})
COMMA = frozenset({",", "،"})
#: Opening quotation marks and the mark that closes each; '"' and a lone '”'
#: (typed both as opening and closing mark) pair with the next one.
OPEN_QUOTES = {"«": "»", "“": "”", "„": "“"}
_W_WORDS = WORDS.w_words  # read on every token: a module global is the fastest lookup


@dataclass(frozen=True)
class Tok:
    """A token with its normalised form and whether it is a word."""

    start: int
    end: int
    text: str
    norm: str
    word: bool


def text_tokens(text: str) -> list[Tok]:
    """Tokens with their normalised form, cut from ONE normalised copy of the text."""
    nt = normalize(text)
    origin, hay = nt.origin, nt.text
    out = []
    for t in tokens(text):
        if "\u200c" in t.text or "\u200d" in t.text:
            # A joiner next to a space is collapsed into that space: normalised alone, the
            # token keeps it (a token never holds a space, so no other token is touched).
            norm = normalize(t.text).text
        else:
            # Normalisation maps character by character, so a token's normalised form is
            # the normalised characters whose origin lies inside the token.
            norm = hay[bisect_left(origin, t.start, 0, len(hay)):
                       bisect_left(origin, t.end, 0, len(hay))]
        out.append(Tok(t.start, t.end, t.text, norm, bool(norm) and norm[0].isalnum()))
    return out


def strip_conj(norm: str) -> tuple[str, int]:
    """``norm`` without a leading و / ف conjunction, and how many letters were dropped."""
    if len(norm) > 3 and norm[0] in "وف" and norm not in _W_WORDS:
        return norm[1:], 1
    return norm, 0


def original_offset(tok: Tok, n_letters: int) -> int:
    """Original offset after the first ``n_letters`` normalised letters of ``tok``."""
    return tok.start + normalize(tok.text).origin[n_letters]


class Analysis:
    """Tokens of one text with quote regions and sentence boundaries (read-only once built)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = text_tokens(text)
        self.tok_starts = [t.start for t in self.toks]
        self.quote_close: dict[int, int] = {}  # opening quote index -> closing quote index
        self.quote_open: dict[int, int] = {}   # closing -> opening
        self._find_quotes()
        self.sentence_of: list[int] = []
        self.sentence_bounds: list[tuple[int, int]] = []  # token index ranges [start, end)
        self._find_sentences()

    def _find_quotes(self) -> None:
        toks = self.toks
        i = 0
        while i < len(toks):
            ch = toks[i].text
            closer = OPEN_QUOTES.get(ch) or (ch if ch in ('"', "”") else None)
            if closer:
                for j in range(i + 1, len(toks)):
                    if toks[j].text == closer or (closer == "”" and toks[j].text == '"'):
                        self.quote_close[i] = j
                        self.quote_open[j] = i
                        i = j
                        break
                    if "\n" in self.text[toks[j - 1].end:toks[j].start]:
                        break  # quotes do not run across paragraphs
            i += 1

    def _find_sentences(self) -> None:
        toks, start, inside_until = self.toks, 0, -1
        for i, tok in enumerate(toks):
            if i in self.quote_close:
                inside_until = max(inside_until, self.quote_close[i])
            gap_break = i > 0 and "\n" in self.text[toks[i - 1].end:tok.start]
            if gap_break and i > start:
                self.sentence_bounds.append((start, i))
                start = i
            if i > inside_until and tok.norm in SENTENCE_END:
                self.sentence_bounds.append((start, i + 1))
                start = i + 1
        if start < len(toks):
            self.sentence_bounds.append((start, len(toks)))
        self.sentence_of = [0] * len(toks)
        for n, (a, b) in enumerate(self.sentence_bounds):
            for i in range(a, b):
                self.sentence_of[i] = n

    def sentence(self, i: int) -> tuple[int, int]:
        """Token range ``[start, end)`` of the sentence holding token ``i``."""
        return self.sentence_bounds[self.sentence_of[i]]

    def offsets(self, a: int, b: int) -> tuple[int, int]:
        """Original offsets covering tokens ``a..b`` inclusive."""
        return self.toks[a].start, self.toks[b].end

    def trim(self, a: int, b: int) -> int:
        """``b`` moved back over trailing punctuation (a closing quote mark stays)."""
        toks = self.toks
        while b > a and not toks[b].word and b not in self.quote_open:
            b -= 1
        return b

    def words_between(self, a: int, b: int) -> int:
        """How many tokens of ``[a, b)`` are words."""
        return sum(1 for t in self.toks[a:b] if t.word)
