"""The rules of curation, on plain values: strategies, votes, majority attribute values.

A *candidate* is an extent+label (or a relation between two of them) that
at least one annotator of the document has accepted; its *voters* are the
annotators who have it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.formats.layers import TeamError

STRATEGIES = ("unanimous", "majority", "votes:K")


@dataclass(frozen=True)
class Strategy:
    """Which candidates become accepted spans: every voter, more than half, or at least K."""

    name: str
    k: int = 0

    def accepts(self, votes: int, annotators: int) -> bool:
        """Whether ``votes`` of the document's ``annotators`` are enough."""
        if self.name == "unanimous":
            return annotators > 0 and votes == annotators
        if self.name == "majority":
            return 2 * votes > annotators
        return votes >= self.k

    def __str__(self) -> str:
        return f"votes:{self.k}" if self.name == "votes" else self.name


def parse_strategy(text: str) -> Strategy:
    """``unanimous``, ``majority`` or ``votes:K`` (K ≥ 1); :class:`TeamError` otherwise."""
    value = text.strip()
    if value in ("unanimous", "majority"):
        return Strategy(value)
    if value.startswith("votes:"):
        try:
            k = int(value[len("votes:"):])
        except ValueError:
            k = 0
        if k >= 1:
            return Strategy("votes", k)
    raise TeamError(f"--strategy {text!r}: use one of {', '.join(STRATEGIES)} (K a whole "
                    "number of at least 1)")


def _hashable(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def majority_attributes(by_voter: Mapping[str, Mapping[str, Any]]
                        ) -> tuple[dict[str, Any], dict[str, dict[str, list[str]]]]:
    """The majority value of each attribute among the voters' spans, and the ties.

    A voter without the attribute votes for "no value". The value with the
    most votes wins (no value wins by leaving the attribute out); when two
    values have the most votes, the attribute is left out and returned in
    the ties as {attribute: {value as JSON: [voters]}}.
    """
    first, *others = by_voter.values()
    if all(attrs == first for attrs in others):  # the usual case: nothing to count
        return {k: v for k, v in first.items() if v is not None}, {}
    names = sorted({n for attrs in by_voter.values() for n in attrs})
    chosen: dict[str, Any] = {}
    ties: dict[str, dict[str, list[str]]] = {}
    for name in names:
        groups: dict[str, list[str]] = {}
        values: dict[str, Any] = {}
        for voter, attrs in sorted(by_voter.items()):
            value = attrs.get(name)
            key = _hashable(value)
            values[key] = value
            groups.setdefault(key, []).append(voter)
        best = max(len(v) for v in groups.values())
        top = [k for k, v in groups.items() if len(v) == best]
        if len(top) > 1:
            ties[name] = {k: groups[k] for k in sorted(groups)}
        elif values[top[0]] is not None:
            chosen[name] = values[top[0]]
    return chosen, ties


def share(votes: int, annotators: int) -> float:
    """A suggestion's score: the share of the document's annotators who voted for it."""
    return round(votes / annotators, 6) if annotators else 0.0


def voters_note(voters: Sequence[str], annotators: Sequence[str],
                candidate: Sequence[Any]) -> dict[str, Any]:
    """What a curated span or relation records about where it came from."""
    return {"candidate": list(candidate), "voters": sorted(voters),
            "annotators": sorted(annotators)}
