"""The finder's values: what a text gives it (:class:`Context`), what it has found so far
(:class:`Discourse`), and what it returns (:class:`ClaimCandidate`, :class:`SourceRef`).

A :class:`Discourse` never changes: each step of the finder takes one and
returns the next, so what a step may change is visible in its signature.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
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


#: Claims per chunk of a :class:`SortedClaims`: adding a claim copies one chunk and the
#: tuple of chunks, so a text with 10,000 claims is not copied whole 10,000 times.
CHUNK = 64


class SortedClaims(NamedTuple):
    """An immutable sequence of claims sorted by start, cheap to add to (a named tuple:
    quick to build, as the finder builds one per claim).

    Claims with the same start keep the order they were added in.
    """

    chunks: tuple[tuple[ClaimCandidate, ...], ...] = ()
    starts: tuple[tuple[int, ...], ...] = ()  # the claims' starts, chunk by chunk
    firsts: tuple[int, ...] = ()  # start of each chunk's first claim

    def every(self) -> Iterator[ClaimCandidate]:
        """All the claims, in order."""
        for chunk in self.chunks:
            yield from chunk

    def size(self) -> int:
        """How many claims there are."""
        return sum(len(chunk) for chunk in self.chunks)

    def added(self, claim: ClaimCandidate) -> SortedClaims:
        """A copy with ``claim`` after every claim that starts where it does or before."""
        if not self.chunks:
            return SortedClaims(((claim,),), ((claim.start,),), (claim.start,))
        k = max(0, bisect_right(self.firsts, claim.start) - 1)
        chunk, starts = self.chunks[k], self.starts[k]
        i = bisect_right(starts, claim.start)
        chunk = chunk[:i] + (claim,) + chunk[i:]
        starts = starts[:i] + (claim.start,) + starts[i:]
        new_chunks: tuple[tuple[ClaimCandidate, ...], ...]
        new_starts: tuple[tuple[int, ...], ...]
        if len(chunk) <= 2 * CHUNK:
            new_chunks, new_starts = (chunk,), (starts,)
        else:
            new_chunks, new_starts = (chunk[:CHUNK], chunk[CHUNK:]), (starts[:CHUNK],
                                                                      starts[CHUNK:])
        return SortedClaims(self.chunks[:k] + new_chunks + self.chunks[k + 1:],
                            self.starts[:k] + new_starts + self.starts[k + 1:],
                            self.firsts[:k] + tuple(s[0] for s in new_starts)
                            + self.firsts[k + 1:])

    def starting_in(self, lo: int, hi: int | None = None) -> Iterator[ClaimCandidate]:
        """Claims starting in ``[lo, hi)`` (to the end when ``hi`` is None), in order."""
        for k in range(max(0, bisect_left(self.firsts, lo) - 1), len(self.chunks)):
            if hi is not None and self.firsts[k] >= hi:
                return
            starts = self.starts[k]
            i = bisect_left(starts, lo)
            j = len(starts) if hi is None else bisect_left(starts, hi)
            yield from self.chunks[k][i:j]
            if j < len(starts):
                return


class Discourse(NamedTuple):
    """What the finder has found so far in a text, as it reads on (a named tuple: immutable
    and quick to build, as the finder builds one per step).

    - ``found``: the claims, sorted by start (``claims`` gives them as a tuple);
    - ``used_until``: tokens up to this index belong to a claim or its source,
      so a cue there is not read again;
    - ``content_until``: last token of any claim's content;
    - ``last_claim``: the claim added last;
    - ``last_speaker``: the speaker named last (a claim's source, or a حسب
      phrase over a clause already claimed), which a dropped subject or an
      anaphor ("وأضاف أن"، "المصدر") refers to, and ``speaker_gender``, the
      gender of its verb ("f", "m", None when unknown or plural).
    """

    found: SortedClaims = SortedClaims()
    longest: int = 0
    used_until: int = -1
    content_until: int = -1
    last_claim: ClaimCandidate | None = None
    last_speaker: SourceRef | None = None
    speaker_gender: str | None = None

    @property
    def claims(self) -> tuple[ClaimCandidate, ...]:
        """The claims found, sorted by start."""
        return tuple(self.found.every())

    def claims_from(self, lo: int, hi: int | None = None) -> tuple[ClaimCandidate, ...]:
        """Claims starting in ``[lo, hi)`` (to the end when ``hi`` is None)."""
        return tuple(self.found.starting_in(lo, hi))

    def overlapping(self, start: int, end: int) -> tuple[ClaimCandidate, ...]:
        """Claims that overlap ``[start, end)``."""
        return tuple(c for c in self.found.starting_in(start - self.longest, end)
                     if c.start < end and start < c.end)

    def with_claim(self, claim: ClaimCandidate, gender: str | None, *, used: int = -1,
                   content: int = -1) -> Discourse:
        """This discourse with ``claim`` added, its source as the last speaker.

        ``gender`` is that of the claim's cue verb; tokens up to ``used`` are
        used up and the content reaches token ``content``. One new value is
        built, not one per change: a long text adds thousands of claims.
        """
        speaker, speaker_gender = self.last_speaker, self.speaker_gender
        if claim.source is not None:
            if claim.source != speaker or gender is not None:
                speaker_gender = gender
            speaker = claim.source
        return Discourse(self.found.added(claim), max(self.longest, claim.end - claim.start),
                         max(self.used_until, used), max(self.content_until, content), claim,
                         speaker, speaker_gender)
    def with_speaker(self, source: SourceRef | None, gender: str | None) -> Discourse:
        """This discourse with ``source`` as the last speaker (and its verb's gender if known)."""
        if source is None:
            return self
        if source != self.last_speaker or gender is not None:
            return self._replace(last_speaker=source, speaker_gender=gender)
        return self._replace(last_speaker=source)

    def used(self, until: int) -> Discourse:
        """This discourse with tokens up to ``until`` used up."""
        return self._replace(used_until=max(self.used_until, until))

    def agrees(self, gender: str | None) -> bool:
        """False when ``gender`` and the last speaker's verb's gender differ (قالت / قال)."""
        return gender is None or self.speaker_gender is None or gender == self.speaker_gender
