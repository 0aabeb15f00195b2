"""The finder's values: what a text gives it (:class:`Context`), what it has found so far
(:class:`Discourse`), and what it returns (:class:`ClaimCandidate`, :class:`SourceRef`).

A :class:`Discourse` never changes: each step of the finder takes one and
returns the next, so what a step may change is visible in its signature.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from annotator.core.model import AnnotationSet, Span, Status
from annotator.suggest.claims.analysis import Analysis
from annotator.suggest.claims.tuning import SCORE_GUESSED_CLAUSE


@dataclass(frozen=True)
class SourceRef:
    """Where a claim's source is: an existing ACTOR span, or new offsets to suggest."""

    start: int
    end: int
    span_id: str | None = None
    actor_type: str | None = None


@dataclass(frozen=True)
class ClaimCandidate:
    """One claim found in a text: offsets of content, cue and source, with attributes."""

    start: int
    end: int
    quote: str
    cue: tuple[int, int] | None
    source: SourceRef | None
    certainty: str | None = None
    score: float = SCORE_GUESSED_CLAUSE


class Phrase(NamedTuple):
    """Tokens ``first..last`` of a speaker's noun phrase.

    ``cut`` letters of the first word are a preposition, not part of the
    name ("وفقا لمسؤول": ل).
    """

    first: int
    last: int
    cut: int = 0


@dataclass(frozen=True)
class Context:
    """What the finder reads and never changes: the text's analysis and its ACTOR spans."""

    an: Analysis
    actors: tuple[Span, ...]  # ACTOR spans of the annotations, sorted by (start, -end)
    actor_starts: tuple[int, ...]
    longest_actor: int
    known: frozenset[str]  # the text's words, normalised
    writes_ala: bool  # the text spells the preposition على with alef maqsura
    according_at: tuple[int, ...] = ()  # token indices of حسب / وفق / نقلا عن, sorted

    @classmethod
    def build(cls, text: str, ann: AnnotationSet | None, actor_label: str | None) -> Context:
        """The context of ``text``, with the ``actor_label`` spans of ``ann`` (not rejected)."""
        an = Analysis(text)
        actors = tuple(sorted(
            (s for s in (ann.spans.values() if ann else ()) if s.label == actor_label
             and s.status is not Status.REJECTED), key=lambda s: (s.start, -s.end)))
        return cls(an, actors, tuple(s.start for s in actors),
                   max((s.end - s.start for s in actors), default=0),
                   frozenset(t.norm for t in an.toks if t.word), "على" in text)

    @property
    def text(self) -> str:
        """The text."""
        return self.an.text


@dataclass(frozen=True)
class Discourse:
    """What the finder has found so far in a text, as it reads on.

    - ``claims``: the claims, sorted by start (``starts`` parallel to it);
    - ``used_until``: tokens up to this index belong to a claim or its source,
      so a cue there is not read again;
    - ``content_until``: last token of any claim's content;
    - ``last_claim``: the claim added last;
    - ``last_speaker``: the speaker named last (a claim's source, or a حسب
      phrase over a clause already claimed), which a dropped subject or an
      anaphor ("وأضاف أن"، "المصدر") refers to, and ``speaker_gender``, the
      gender of its verb ("f", "m", None when unknown or plural).
    """

    claims: tuple[ClaimCandidate, ...] = ()
    starts: tuple[int, ...] = ()
    longest: int = 0
    used_until: int = -1
    content_until: int = -1
    last_claim: ClaimCandidate | None = None
    last_speaker: SourceRef | None = None
    speaker_gender: str | None = field(default=None)

    def claims_from(self, lo: int, hi: int | None = None) -> tuple[ClaimCandidate, ...]:
        """Claims starting in ``[lo, hi)`` (to the end when ``hi`` is None)."""
        i = bisect_left(self.starts, lo)
        j = len(self.starts) if hi is None else bisect_left(self.starts, hi)
        return self.claims[i:j]

    def overlapping(self, start: int, end: int) -> tuple[ClaimCandidate, ...]:
        """Claims that overlap ``[start, end)``."""
        return tuple(c for c in self.claims_from(start - self.longest, end)
                     if c.start < end and start < c.end)

    def with_claim(self, claim: ClaimCandidate, gender: str | None) -> Discourse:
        """This discourse with ``claim`` added; ``gender`` is that of its cue's verb."""
        i = bisect_right(self.starts, claim.start)
        added = replace(self, claims=self.claims[:i] + (claim,) + self.claims[i:],
                        starts=self.starts[:i] + (claim.start,) + self.starts[i:],
                        longest=max(self.longest, claim.end - claim.start), last_claim=claim)
        return added.with_speaker(claim.source, gender)

    def with_speaker(self, source: SourceRef | None, gender: str | None) -> Discourse:
        """This discourse with ``source`` as the last speaker (and its verb's gender if known)."""
        if source is None:
            return self
        if source != self.last_speaker or gender is not None:
            return replace(self, last_speaker=source, speaker_gender=gender)
        return replace(self, last_speaker=source)

    def used(self, until: int) -> Discourse:
        """This discourse with tokens up to ``until`` used up."""
        return replace(self, used_until=max(self.used_until, until))

    def content(self, until: int) -> Discourse:
        """This discourse with claim content up to token ``until``."""
        return replace(self, content_until=max(self.content_until, until))

    def agrees(self, gender: str | None) -> bool:
        """False when ``gender`` and the last speaker's verb's gender differ (قالت / قال)."""
        return gender is None or self.speaker_gender is None or gender == self.speaker_gender
