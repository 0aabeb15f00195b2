"""The one set of checks every import applies to a record before anything of it is written.

Plain documents (:mod:`annotator.formats.importers`), annotated records of
every format (:mod:`annotator.formats.codecs.importing`) and suggestions
(:mod:`annotator.suggest.imports`) all call these, from the command line
and from the GUI alike, so a record accepted in one place is accepted in
every other, and what is accepted can be written, exported and read back:

- a document id is a readable string: not empty, not over-long, without
  control characters (newline, NUL) or lone surrogates;
- two ids that differ only in upper/lower case never both enter a project
  (their files would clash on Windows and macOS, where a project shared
  through git may be checked out): :class:`StemRegistry`;
- a label or relation type is one word: no spaces, line breaks or control
  characters (brat, CoNLL and the label keys of the GUI need that);
- a score is a finite number (``NaN`` is not JSON);
- texts, attribute values and metadata hold only what JSON and UTF-8 can
  carry: no lone surrogates, no ``NaN`` or infinities;
- a relation respects the schema's head and tail labels for its type.

Each check returns a sentence saying what is wrong, or None.
"""

from __future__ import annotations

import math
import os
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from annotator.core.schema import LabelSchema, name_problem
from annotator.formats.filenames import safe_stem

MAX_ID_LENGTH = 200
#: How deep metadata and attribute values may nest (deeper is refused, not recursed into).
MAX_DEPTH = 64


def _bad_char(text: str) -> tuple[int, str] | None:
    """(index, description) of the first control character or lone surrogate, or None."""
    for i, c in enumerate(text):
        cat = unicodedata.category(c)
        if cat == "Cs":
            return i, f"a lone surrogate (U+{ord(c):04X})"
        if cat == "Cc":
            return i, f"control characters (U+{ord(c):04X})"
    return None


def lone_surrogate_at(text: str) -> int | None:
    """Index of the first lone surrogate in ``text`` (which UTF-8 cannot encode), or None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        return err.start
    return None


def id_problem(doc_id: Any) -> str | None:
    """Why ``doc_id`` cannot be a document id, or None.

    Any string a user can read is accepted (file names are made safe by
    :func:`annotator.formats.filenames.safe_stem`); control characters (a
    newline, NUL), lone surrogates, empty or over-long ids are not.
    """
    if not isinstance(doc_id, str):
        return f"'id' must be a string (got {type(doc_id).__name__} {doc_id!r})"
    if not doc_id.strip():
        return "'id' is empty"
    if len(doc_id) > MAX_ID_LENGTH:
        return f"'id' is longer than {MAX_ID_LENGTH} characters"
    bad = _bad_char(doc_id)
    if bad:
        return f"'id' {doc_id!r} contains {bad[1]}"
    return None


def label_problem(name: Any, what: str = "label") -> str | None:
    """Why ``name`` cannot be a span label or relation type, or None."""
    if type(name) is str:
        return _label_problem(name, what)  # a project has few labels: remembered
    return _label_problem_uncached(name, what)


@lru_cache(maxsize=4096)
def _label_problem(name: str, what: str) -> str | None:
    return _label_problem_uncached(name, what)


def _label_problem_uncached(name: Any, what: str) -> str | None:
    if not isinstance(name, str):
        return f"{what} must be a string (got {type(name).__name__} {name!r})"
    return name_problem(name, what)


def score_problem(score: Any) -> str | None:
    """Why ``score`` cannot be a suggestion's score (None, or a finite number), or None."""
    if score is None:
        return None
    if isinstance(score, bool) or not isinstance(score, (int, float)):
        return f"score must be a number (got {type(score).__name__} {score!r})"
    if isinstance(score, float) and not math.isfinite(score):
        return f"score must be a finite number (got {score!r})"
    return None


def text_problem(text: str, what: str = "text") -> str | None:
    """Why ``text`` cannot be stored (a lone surrogate UTF-8 cannot encode), or None."""
    at = lone_surrogate_at(text)
    if at is not None:
        return (f"{what} contains a lone surrogate (U+{ord(text[at]):04X}) at character {at}, "
                "which UTF-8 cannot hold")
    return None


def value_problem(value: Any, what: str, depth: int = 0) -> str | None:
    """Why ``value`` (metadata, an attribute) cannot be written as JSON and read back, or None."""
    if depth > MAX_DEPTH:
        return f"{what} is nested more than {MAX_DEPTH} levels deep"
    if isinstance(value, str):
        return text_problem(value, what)
    if isinstance(value, float):
        return None if math.isfinite(value) else f"{what} holds {value!r}, which is not JSON"
    if value is None or isinstance(value, (bool, int)):
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                return f"{what} has a key that is not a string ({key!r})"
            problem = text_problem(key, what) or value_problem(item, what, depth + 1)
            if problem:
                return problem
        return None
    if isinstance(value, (list, tuple)):
        for item in value:
            problem = value_problem(item, what, depth + 1)
            if problem:
                return problem
        return None
    return f"{what} holds a {type(value).__name__}, which is not JSON"


def relation_schema_problem(schema: LabelSchema, rtype: str, head_label: str,
                            tail_label: str) -> str | None:
    """Why a ``rtype`` link from a ``head_label`` to a ``tail_label`` span breaks the schema."""
    kind = schema.relation_type(rtype)
    if kind is None:
        return None  # a new type: the import adds it to the schema, unconstrained
    if kind.head_labels and head_label not in kind.head_labels:
        return f"{rtype} must start at {'/'.join(kind.head_labels)}, not {head_label}"
    if kind.tail_labels and tail_label not in kind.tail_labels:
        return f"{rtype} must point to {'/'.join(kind.tail_labels)}, not {tail_label}"
    return None


def first_problem(problems: Iterable[str | None]) -> str | None:
    """The first of ``problems`` that is not None."""
    return next((p for p in problems if p), None)


class StemRegistry:
    """Document file stems in a project, lower-cased, to refuse ids that differ only in case."""

    def __init__(self, docs_folder: Path) -> None:
        try:
            names = os.listdir(docs_folder)
        except OSError:
            names = []
        # lower-cased stem -> (exact stem, where it comes from)
        self._stems: dict[str, tuple[str, str]] = {
            n[:-5].lower(): (n[:-5], f"the project's documents/{n}")
            for n in names if n.endswith(".json")}

    def problem(self, doc_id: str) -> str | None:
        """Why ``doc_id`` clashes with a known id that differs only in case, or None."""
        stem = safe_stem(doc_id)
        known = self._stems.get(stem.lower())
        if known is None or known[0] == stem:
            return None
        return (f"id {doc_id!r} differs only in upper/lower case from {known[1]}; the two files "
                "would clash on Windows and macOS")

    def add(self, doc_id: str, where: str) -> None:
        """Record ``doc_id`` (from ``where``) as taken."""
        stem = safe_stem(doc_id)
        self._stems.setdefault(stem.lower(), (stem, f"{doc_id!r} ({where})"))
