"""Arabic text utilities: search normalisation with an offset map, word tokens, proclitics.

Normalisation is only ever applied to a *copy* used for matching; the map
sends every normalised character back to its original code-point offset so
matches become spans over the stored text. Rules (DESIGN.md, after CAMeL
Tools' ``dediac_ar`` / ``normalize_alef_ar`` / ``normalize_alef_maksura_ar`` /
``normalize_teh_marbuta_ar``): strip tashkeel and tatweel, unify alef forms,
ى -> ي, ة -> ه, Persian/Maghrebi letters to their Arabic equivalents,
Arabic-Indic digits to ASCII, and casefold Latin letters.

Spacing is normalised too, because scraped news separates words with two
spaces, a no-break space, a tab, a tatweel or a bidi mark next to a space:
every run of horizontal whitespace (tab and the Unicode space separators,
U+00A0 included), together with the invisible characters inside or around it
(bidi marks, tatweel, ZWNJ/ZWJ, other format marks), becomes one plain space,
so the lexicon entry ``وزارة الدفاع`` finds the two words with a no-break
space or two spaces between them. Line and paragraph breaks are *not*
spaces: they stay in the normalised text as they are, so a phrase never
matches across a line break (``وزارة`` ending one line and ``الدفاع``
starting the next are not the ministry). A mark with no space next to it
separates nothing visible and is handled as before (a bidi mark is dropped,
a ZWNJ kept). The normalised text is therefore shorter than the stored text
wherever spacing collapsed: only the offset map relates the two.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterator
from dataclasses import dataclass

TATWEEL = "\u0640"

# Character-for-character replacements (each maps one char to one char).
_REPLACE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ێ": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ھ": "ه", "ہ": "ه",
    "ڤ": "ف", "ڥ": "ف", "ڢ": "ف",
    "ک": "ك", "ڪ": "ك", "گ": "ك", "ڭ": "ك",
    "پ": "ب", "چ": "ج", "ژ": "ز",
    "ؤ": "و", "ئ": "ي",
    "٫": ".", "٬": ",", "،": ",", "؛": ";", "؟": "?",
}
for _i in range(10):
    _REPLACE[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _REPLACE[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian) digits


def is_horizontal_space(ch: str) -> bool:
    """Tab or a Unicode space separator (U+0020, U+00A0, U+2009 ...), not a line break."""
    return ch == "\t" or unicodedata.category(ch) == "Zs"


def _drop(ch: str) -> bool:
    """Characters removed by normalisation: tashkeel and other marks, tatweel, bidi controls."""
    if ch == TATWEEL:
        return True
    cat = unicodedata.category(ch)
    return cat in ("Mn", "Me") or (cat == "Cf" and ch not in "\u200c\u200d")


def normalize_char(ch: str) -> str:
    """Normalised form of one character ('' when it is dropped, ' ' for any horizontal space)."""
    if _drop(ch):
        return ""
    if is_horizontal_space(ch):
        return " "
    rep = _REPLACE.get(ch)
    if rep is not None:
        return rep
    low = ch.lower()
    return low if len(low) == 1 else ch


@dataclass(frozen=True)
class NormalizedText:
    """A normalised copy of a text with a map back to original code-point offsets.

    ``origin[i]`` is the original offset of normalised character ``i``;
    ``origin[len(text)]`` is the original length, so end offsets map too.
    """

    text: str
    origin: array
    original: str

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of normalised ``[start, end)``; marks stay with letters."""
        o_start = self.origin[start]
        o_end = self.origin[end - 1] + 1 if end > start else o_start
        # Diacritics that followed the last letter belong to the span.
        while o_end < len(self.original) and _drop(self.original[o_end]) and \
                self.original[o_end] not in "\u200e\u200f\u061c":
            o_end += 1
        return o_start, o_end


#: Between words after :func:`normalize_char`: spaces with the joiners it keeps (ZWNJ, ZWJ)
#: next to them. Only runs that are not already one lone space are matched.
_SPACE_RUN = re.compile(r"[\u200c\u200d]+ [ \u200c\u200d]*| [ \u200c\u200d]+")


def normalize(text: str) -> NormalizedText:
    """Normalise ``text`` for search and dictionary matching, keeping an offset map.

    Each run of spacing becomes one space (see the module docstring) whose
    origin is the run's first space character; line breaks are kept.
    """
    out: list[str] = []
    origin = array("l")
    cache: dict[str, str] = {}  # a text uses few distinct characters
    for i, ch in enumerate(text):
        n = cache.get(ch)
        if n is None:
            n = cache[ch] = normalize_char(ch)
        if n:
            out.append(n)
            origin.append(i)
    origin.append(len(text))
    hay = "".join(out)
    if "  " in hay or "\u200c" in hay or "\u200d" in hay:  # a run needs one of these
        hay, origin = _collapse_spacing(hay, origin)
    return NormalizedText(text=hay, origin=origin, original=text)


def _collapse_spacing(hay: str, origin: array) -> tuple[str, array]:
    """``hay`` with every spacing run made one space, and its offset map to match."""
    parts: list[str] = []
    kept = array("l")
    done = 0
    for run in _SPACE_RUN.finditer(hay):
        start, end = run.span()
        parts += (hay[done:start], " ")
        kept.extend(origin[done:start])
        kept.append(origin[start + run.group().index(" ")])
        done = end
    parts.append(hay[done:])
    kept.extend(origin[done:])  # with the final entry, the original length
    return "".join(parts), kept


def normalize_query(query: str) -> str:
    """Normalise a search query or lexicon entry the same way as document text."""
    return normalize(query).text


# A word: letters, digits and the marks attached to them (tashkeel, tatweel inside words).
# That is a letter or digit, then any run of letters, digits and marks, spelt as runs
# (letters, then marks-and-letters) rather than one alternation per character, which
# Python's engine matches a third faster (tests compare it with the plain spelling).
_MARKS = "\u0640\u064B-\u065F\u0670\u06D6-\u06ED\uFE0F"
WORD_RE = re.compile(rf"[^\W_]+(?:[{_MARKS}]+[^\W_]*)*")


@dataclass(frozen=True)
class Token:
    """A word or punctuation token: ``text[start:end]``."""

    start: int
    end: int
    text: str


def word_tokens(text: str) -> Iterator[Token]:
    """Words of ``text`` (letters and digits with their marks), in order."""
    for m in WORD_RE.finditer(text):
        yield Token(m.start(), m.end(), m.group())


#: Invisible controls that scraped text puts between words and around numbers: bidi marks
#: (LRM, RLM, ALM), embeddings, overrides and isolates, the zero-width space, the word
#: joiner and a stray byte-order mark. They are no token: a CoNLL line of one would hold
#: an invisible token. (ZWNJ and ZWJ join what is around them and stay.)
INVISIBLE_CONTROLS = "\u200b\u200e\u200f\u061c\u202a-\u202e\u2060\u2066-\u2069\ufeff"

#: A word (as :data:`WORD_RE`) or one other visible character: the token stream of
#: :func:`tokens`.
TOKEN_RE = re.compile(WORD_RE.pattern + rf"|[^\s{INVISIBLE_CONTROLS}]")


def tokens(text: str) -> Iterator[Token]:
    """Words and single punctuation/symbol characters; whitespace and
    :data:`INVISIBLE_CONTROLS` skipped."""
    for m in TOKEN_RE.finditer(text):
        yield Token(m.start(), m.end(), m.group())


CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"
_ARTICLE = "ال"


def _letters(word: str) -> list[tuple[int, str]]:
    """(index, letter) pairs of a word, skipping marks and tatweel."""
    return [(i, c) for i, c in enumerate(word) if not _drop(c)]


def proclitic_length(word: str, known_words: set[str] | frozenset[str] = frozenset()) -> int:
    """Number of leading characters of ``word`` that are proclitics (و ف ب ل ك).

    The article ال stays with the word (``والجزائر`` -> 2, leaving ``الجزائر``).
    Because many names begin with these letters (واشنطن، بغداد، ليبيا، فرنسا،
    كندا), a proclitic is only split off when what remains begins with the
    article (``بالجزائر``, ``للجزائر``: ل + ل from ال with its alef elided) or
    when the remainder is itself a known word (``وليبيا`` when ``ليبيا`` is in
    ``known_words``: *normalised* words, typically :func:`vocabulary` of the
    document or a lexicon's keys). At least two letters always remain.
    """
    letters = _letters(word)
    if len(letters) < 4:
        return 0
    # Candidate split points: after a conjunction, after a preposition, after both.
    candidates: list[int] = []
    pos = 0
    if letters[0][1] in CONJUNCTIONS:
        pos = 1
        candidates.append(pos)
    if pos < len(letters) and letters[pos][1] in PREPOSITIONS:
        candidates.append(pos + 1)
    best = 0
    for cut in candidates:
        rest_letters = "".join(c for _, c in letters[cut:])
        if len(rest_letters) < 2:
            continue
        char_cut = letters[cut][0]
        rest = word[char_cut:]
        prev_is_lam = letters[cut - 1][1] == "ل"
        if rest_letters.startswith(_ARTICLE) and len(rest_letters) >= 4:
            best = char_cut
        elif prev_is_lam and rest_letters.startswith("ل") and len(rest_letters) >= 3:
            best = char_cut  # للجزائر: li + (a)l-jaza'ir
        elif known_words and normalize_query(rest) in known_words:
            best = char_cut
    return best


def strip_proclitics(text: str, start: int, end: int,
                     known_words: set[str] | frozenset[str] = frozenset()) -> int:
    """New start for a span ``[start, end)`` whose first word may carry proclitics."""
    first = WORD_RE.match(text, start)
    if first is None or first.start() != start:
        return start
    word_end = min(first.end(), end)
    cut = proclitic_length(text[start:word_end], known_words)
    return start + cut if start + cut < end else start


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to whole words and trim surrounding spaces and punctuation.

    An empty or all-space selection is returned unchanged (the caller refuses it).
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    # Trim whitespace and punctuation at both edges first.
    while start < end and not _in_word(text, start):
        start += 1
    while end > start and not _in_word(text, end - 1):
        end -= 1
    if start == end:
        return start, end
    while start > 0 and _in_word(text, start - 1):
        start -= 1
    while end < len(text) and _in_word(text, end):
        end += 1
    return start, end


def _in_word(text: str, i: int) -> bool:
    """Whether ``text[i]`` belongs to a word: a letter or digit, or a mark whose base is one."""
    while i > 0 and _drop(text[i]) and text[i] not in "\u200e\u200f\u061c":
        i -= 1  # a mark counts as what it sits on
    return bool(WORD_RE.match(text[i]))


def _is_word_char(ch: str) -> bool:
    return bool(WORD_RE.match(ch)) or ch == TATWEEL or _drop(ch) and ch not in "\u200e\u200f\u061c"


def vocabulary(text: str) -> frozenset[str]:
    """Normalised distinct words of a text (the ``known_words`` of proclitic splitting).

    Each distinct word is normalised once: news repeats most of its words.
    """
    return frozenset(normalize_query(w) for w in {m.group() for m in WORD_RE.finditer(text)})


def find_all(normalized: NormalizedText, query: str, *, whole_words: bool = False
             ) -> list[tuple[int, int]]:
    """Original-offset spans of every occurrence of ``query`` (normalised) in ``normalized``."""
    q = normalize_query(query).strip()
    if not q:
        return []
    hay = normalized.text
    out: list[tuple[int, int]] = []
    i = hay.find(q)
    while i >= 0:
        j = i + len(q)
        ok = True
        if whole_words:
            ok = (i == 0 or not _is_word_char(hay[i - 1])) and \
                 (j == len(hay) or not _is_word_char(hay[j]))
        if ok:
            out.append(normalized.to_original(i, j))
        i = hay.find(q, i + 1)
    return out
