"""The ``dictionary`` suggester: lexicon entries found in the text with an Aho-Corasick automaton.

Matching runs on the normalised copy of the text
(:func:`annotator.core.arabic.normalize`) and every match is mapped back to
original offsets with :meth:`NormalizedText.to_original`, so tashkeel,
tatweel, hamza and teh-marbuta variants all match and the span covers the
original letters with their marks.

Rules (DESIGN.md "Arabic conventions"; what a span covers: ``docs/GUIDELINE.md``):

- whole words only: a match must end at a word end, and start at a word
  start or right after the proclitics و ف ب ل ك of the same word, as
  :func:`annotator.core.arabic.proclitic_length` decides (so ``والجزائر``
  gives ``الجزائر`` but ``شمالي`` does not give ``مالي``);
- ``للجزائر`` (ل + the article with its alef elided) gives ``لجزائر``, the
  same split proclitic_length makes;
- a multi-word entry matches whatever spacing separates its words in the
  text (two spaces, a no-break space, a tab, a tatweel or a bidi mark next
  to a space: :func:`~annotator.core.arabic.normalize` makes each run one
  space, as the lexicon does with its keys), but never across a line break;
  the span runs from the first letter of the first word to the last letter
  of the last;
- among overlapping matches of one label the longest wins (``الجزائر
  العاصمة`` over ``الجزائر``); matches of different labels may overlap
  (``واشنطن`` as a place and as a state), each with score 1/number of labels.

The canonical name goes in ``span.extra["canonical"]``; the lexicon type
goes in the label's ``type`` attribute when the schema defines one and
allows the value (lexicon ``institution`` becomes ``organisation``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick

from annotator.core.arabic import CONJUNCTIONS, PREPOSITIONS, normalize, proclitic_length
from annotator.core.model import AnnotationSet, Document
from annotator.core.schema import LabelSchema
from annotator.core.text import span_problem
from annotator.suggest.base import SuggesterBase, Suggestions, suggested_span, valid_attributes
from annotator.suggest.lexicon import Lexicon, LexiconEntry

#: Lexicon types renamed to the default schema's ACTOR ``type`` values.
TYPE_ALIASES = {"institution": "organisation"}
_PROCLITIC_LETTERS = CONJUNCTIONS + PREPOSITIONS


@dataclass(frozen=True)
class Match:
    """A lexicon match as original offsets ``[start, end)`` with its entries."""

    start: int
    end: int
    label: str
    entry: LexiconEntry
    score: float


class DictionaryMatcher:
    """An Aho-Corasick automaton over a lexicon's normalised keys."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._automaton = ahocorasick.Automaton()
        patterns: dict[str, list[tuple[str, bool]]] = {}
        for key in lexicon.entries:
            patterns.setdefault(key, []).insert(0, (key, False))
            if key.startswith("ال") and len(key.split(" ")[0]) > 3:
                # ل + ال with the alef elided: للجزائر -> ل | لجزائر
                patterns.setdefault("ل" + key[2:], []).append((key, True))
        for pattern, keys in patterns.items():
            self._automaton.add_word(pattern, (len(pattern), tuple(keys)))
        if patterns:
            self._automaton.make_automaton()
        self._empty = not patterns

    def _raw(self, hay: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, key) of whole-word matches in normalised ``hay``."""
        n = len(hay)
        decided: dict[tuple[str, int], bool] = {}  # (word, proclitic chars) -> split there?
        for last, (length, keys) in self._automaton.iter(hay):
            j = last + 1
            if j < n and hay[j].isalnum():
                continue
            i = j - length
            for key, elided in keys:
                if i == 0 or not hay[i - 1].isalnum():
                    if not elided:
                        yield i, j, key
                    continue
                if self._after_proclitics(hay, i, decided):
                    yield i, j, key

    @staticmethod
    def _after_proclitics(hay: str, i: int, decided: dict[tuple[str, int], bool]) -> bool:
        """True when ``hay[:i]`` ends with proclitics that start the word containing ``i``."""
        ws = i - 1
        while ws > 0 and hay[ws - 1].isalnum():
            ws -= 1
        prefix = hay[ws:i]
        # Cheap filter before asking proclitic_length: only و ف then ب ل ك can precede.
        if not (len(prefix) == 1 and prefix in _PROCLITIC_LETTERS or
                len(prefix) == 2 and prefix[0] in CONJUNCTIONS and prefix[1] in PREPOSITIONS):
            return False
        we = i
        while we < len(hay) and hay[we].isalnum():
            we += 1
        word = hay[ws:we]
        known = decided.get((word, i - ws))
        if known is None:
            known = decided[(word, i - ws)] = \
                proclitic_length(word, frozenset((hay[i:we],))) == i - ws
        return known

    def match(self, text: str) -> list[Match]:
        """Every match in ``text`` (original offsets), longest per label, sorted by position."""
        if self._empty or not text:
            return []
        norm = normalize(text)
        hay = norm.text
        candidates = sorted(self._raw(hay), key=lambda c: (c[0] - c[1], c[0]))
        occupied: dict[str, bytearray] = {}
        out: list[Match] = []
        for i, j, key in candidates:
            bucket = self.lexicon.entries[key]
            for entry in bucket:
                occ = occupied.get(entry.label)
                if occ is None:
                    occ = occupied[entry.label] = bytearray(len(hay))
                if occ.find(1, i, j) >= 0:
                    continue
                start, end = norm.to_original(i, j)
                if span_problem(text, start, end) is not None:
                    continue
                occ[i:j] = b"\x01" * (j - i)
                out.append(Match(start, end, entry.label, entry, 1.0 / len(bucket)))
        out.sort(key=lambda m: (m.start, -m.end, m.label))
        return out


class DictionarySuggester(SuggesterBase):
    """Suggests lexicon entries as spans of their label (see the module docstring)."""

    name = "dictionary"
    version = "1"

    def __init__(self, lexicon: Lexicon, schema: LabelSchema | None = None, *,
                 name: str | None = None, version: str | None = None) -> None:
        self.matcher = DictionaryMatcher(lexicon)
        self.schema = schema
        if name:
            self.name = name
        if version:
            self.version = version

    def suggest_full(self, doc: Document, ann: AnnotationSet) -> Suggestions:
        """Lexicon matches in ``doc`` as suggestions (labels unknown to the schema left out)."""
        spans = []
        for m in self.matcher.match(doc.text):
            if self.schema is not None and self.schema.label(m.label) is None:
                continue
            attrs = {}
            if m.entry.type:
                attrs = valid_attributes(self.schema, m.label,
                                         {"type": TYPE_ALIASES.get(m.entry.type, m.entry.type)})
            extra = {"canonical": m.entry.canonical} if m.entry.canonical else None
            spans.append(suggested_span(doc.text, m.start, m.end, m.label, origin=self.origin,
                                        score=m.score, attributes=attrs, extra=extra))
        return Suggestions(spans=tuple(spans))
