"""Lexicon files for the dictionary suggester: TSV ``entry, label, canonical, type``.

Format (resources/lexicon/README.md): UTF-8, a header line
``entry<TAB>label<TAB>canonical<TAB>type``, then one entry a line; lines
starting with ``#`` and blank lines are ignored; ``canonical`` and ``type``
may be empty or missing. Entries are keyed by their normalised form
(:func:`annotator.core.arabic.normalize_query`), so spelling variants that
differ only in hamza, alef, teh marbuta or tashkeel share one key.

The starter lexicon ships in ``resources/lexicon/``; a project can add
files with the setting ``"lexicons": ["path/relative/to/project.tsv", ...]``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import annotator
from annotator.core.arabic import normalize_query
from annotator.formats.report import Report

HEADER = ("entry", "label", "canonical", "type")


@dataclass(frozen=True)
class LexiconEntry:
    """One lexicon line: surface form, label, optional canonical name and type."""

    entry: str
    label: str
    canonical: str = ""
    type: str = ""
    source: str = ""
    line: int = 0


@dataclass
class Lexicon:
    """Entries grouped by normalised key; ``entries[key]`` lists one entry per label."""

    entries: dict[str, list[LexiconEntry]] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

    def add(self, entry: LexiconEntry) -> bool:
        """Add ``entry``; False when its key already has an entry with the same label."""
        key = " ".join(normalize_query(entry.entry).split())
        if not key:
            return False
        bucket = self.entries.setdefault(key, [])
        if any(e.label == entry.label for e in bucket):
            return False
        bucket.append(entry)
        return True

    def __len__(self) -> int:
        return sum(len(v) for v in self.entries.values())

    @property
    def labels(self) -> list[str]:
        """Labels that some entry carries, sorted."""
        return sorted({e.label for bucket in self.entries.values() for e in bucket})

    def fingerprint(self) -> str:
        """A short hash of the entries (records which lexicon a model was trained with)."""
        h = hashlib.sha256()
        for key in sorted(self.entries):
            for e in self.entries[key]:
                h.update(f"{key}\t{e.label}\t{e.canonical}\t{e.type}\n".encode())
        return h.hexdigest()[:16]


class LexiconError(ValueError):
    """A lexicon file that cannot be used at all (missing, unreadable, wrong header)."""


def default_lexicon_dir() -> Path:
    """``resources/lexicon`` of the repository (next to the ``annotator`` package)."""
    return Path(annotator.__file__).resolve().parent.parent / "resources" / "lexicon"


def default_lexicon_paths() -> list[Path]:
    """The starter lexicon files, sorted by name (empty when the folder is missing)."""
    folder = default_lexicon_dir()
    return sorted(folder.glob("*.tsv")) if folder.is_dir() else []


def project_lexicon_paths(project_path: Path, settings: dict[str, Any]) -> list[Path]:
    """Extra lexicons from the project setting ``lexicons`` (paths relative to the project)."""
    value = settings.get("lexicons") or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError("the project setting 'lexicons' must be a list of file paths")
    return [(project_path / v) if not Path(v).is_absolute() else Path(v) for v in value]


def read_lexicon_file(path: Path, lexicon: Lexicon, report: Report | None = None) -> int:
    """Add the entries of one TSV file to ``lexicon``; return how many were added.

    Malformed lines are reported (file and line) and skipped; a missing
    file or a wrong header raises :class:`LexiconError`.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except OSError as err:
        raise LexiconError(f"cannot read lexicon {path}: {err.strerror or err}") from err
    except UnicodeDecodeError as err:
        raise LexiconError(f"lexicon {path} is not UTF-8 text") from err
    if not lines or tuple(c.strip().lower() for c in lines[0].split("\t"))[:2] != HEADER[:2]:
        raise LexiconError(f"lexicon {path}: the first line must be the header "
                           f"{chr(9).join(HEADER)!r}")
    added = 0
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 2 or not cols[0] or not cols[1]:
            if report is not None:
                report.skip(path, "a lexicon line needs an entry and a label, separated by "
                                  "a tab", number)
            continue
        cols += [""] * (4 - len(cols))
        entry = LexiconEntry(cols[0], cols[1], cols[2], cols[3], str(path), number)
        if lexicon.add(entry):
            added += 1
    lexicon.sources.append(str(path))
    return added


def load_lexicon(paths: Iterable[Path], report: Report | None = None) -> Lexicon:
    """A lexicon from several TSV files (the first entry of a key and label wins)."""
    lexicon = Lexicon()
    for path in paths:
        read_lexicon_file(Path(path), lexicon, report)
    return lexicon


def lexicon_from_pairs(pairs: Sequence[tuple[str, str]] | Iterable[tuple[str, str]],
                       source: str = "") -> Lexicon:
    """A lexicon from (entry, label) pairs (used by propagation and tests)."""
    lexicon = Lexicon()
    for text, label in pairs:
        lexicon.add(LexiconEntry(text, label, source=source))
    return lexicon
