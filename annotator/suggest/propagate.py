"""The ``propagate`` suggester: what was accepted once is suggested wherever it recurs.

Every accepted span's text (normalised, so spelling variants match) becomes
a one-document lexicon entry with its label; the project's texts are
matched with the same automaton and rules as the dictionary (whole words,
proclitics outside, longest match per label). The score of a text is the
share of its reviewed occurrences that were accepted with that label, so
a text that people often reject scores low. Span extents follow
``docs/GUIDELINE.md``, as the accepted spans do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from annotator.core.arabic import normalize_query
from annotator.core.model import AnnotationSet, Document, Span, Status
from annotator.core.schema import LabelSchema
from annotator.formats.errors import ProjectError
from annotator.formats.project import Project
from annotator.suggest.base import SuggesterBase, Suggestions, suggested_span, valid_attributes
from annotator.suggest.dictionary import DictionaryMatcher
from annotator.suggest.lexicon import Lexicon, LexiconEntry


def _key(text: str) -> str:
    return " ".join(normalize_query(text).split())


class PropagateSuggester(SuggesterBase):
    """Suggests the texts of accepted spans where they recur (see the module docstring)."""

    name = "propagate"
    version = "1"

    def __init__(self, spans: Iterable[Span], schema: LabelSchema | None = None) -> None:
        accepted: Counter[tuple[str, str]] = Counter()
        rejected: Counter[tuple[str, str]] = Counter()
        attrs: dict[tuple[str, str], dict] = {}
        surface: dict[tuple[str, str], str] = {}
        for span in spans:
            key = (_key(span.text), span.label)
            if not key[0]:
                continue
            if span.status is Status.ACCEPTED:
                accepted[key] += 1
                attrs.setdefault(key, dict(span.attributes))
                surface.setdefault(key, span.text)
            elif span.status is Status.REJECTED:
                rejected[key] += 1
        lexicon = Lexicon()
        self._scores: dict[tuple[str, str], float] = {}
        self._attrs = attrs
        for key, n in accepted.items():
            lexicon.add(LexiconEntry(surface[key], key[1], source="accepted spans"))
            self._scores[key] = n / (n + rejected[key])
        self.lexicon = lexicon
        self.matcher = DictionaryMatcher(lexicon)
        self.schema = schema

    @classmethod
    def from_project(cls, project: Project, annotator: str | None = None) -> PropagateSuggester:
        """Learn from every accepted span of ``annotator`` (default: the project's)."""
        spans: list[Span] = []
        for entry in project.documents():
            try:
                doc = project.load_document(entry.id)
                spans += project.load_annotations(doc, annotator).spans.values()
            except ProjectError:
                continue  # `annotator validate` reports unreadable files
        return cls(spans, project.schema)

    def suggest_full(self, doc: Document, ann: AnnotationSet) -> Suggestions:
        """Recurrences in ``doc`` of texts accepted anywhere in the project."""
        spans = []
        for m in self.matcher.match(doc.text):
            key = (_key(m.entry.entry), m.label)
            attributes = valid_attributes(self.schema, m.label, self._attrs.get(key, {}))
            spans.append(suggested_span(doc.text, m.start, m.end, m.label, origin=self.origin,
                                        score=self._scores.get(key, 1.0),
                                        attributes=attributes))
        return Suggestions(spans=tuple(spans))
