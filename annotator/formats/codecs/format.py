"""What a codec declares about its format: one :class:`Format` entry per codec module.

Each codec module ends with ``FORMAT = Format(...)``; the table of every
format is :mod:`annotator.formats.format_table`, which the CLI's
``--format`` choices, the import and export dialogs and format detection
all read. Detection looks at a :class:`Sniff` of the path (read once for all
formats), so a codec says *what* marks its files, not how to open them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.formats.codecs.importing import ImportRecord, RecordProblem
    from annotator.formats.codecs.options import ExportOptions
    from annotator.formats.project import Project
    from annotator.formats.report import Progress, Report

#: Writes a project to ``out`` (atomically), counting what it wrote in the report.
Writer = Callable[["Project", Path, "ExportOptions", "Report", "Progress | None"], None]
#: (file, line, record or problem) for every record under a path.
Reader = Callable[[Path], Iterator[tuple[Path, "int | None", "ImportRecord | RecordProblem"]]]

#: How much of a file detection reads to find its first JSON record: a Label
#: Studio list's first task fits well within it, and a huge file is not read whole.
SNIFF_BYTES = 1 << 20


@dataclass(frozen=True)
class Sniff:
    """What detection knows of a path: kind, file name ending and first JSON record."""

    path: Path
    is_dir: bool
    suffix: str                     # lower case, "" for a folder
    record: dict[str, Any] | None   # the first JSON object of a file (a list's first element)

    @classmethod
    def of(cls, path: Path) -> Sniff:
        """Look at ``path`` once (a file's first record, if it has one; nothing is raised)."""
        path = Path(path)
        if path.is_dir():
            return cls(path, True, "", None)
        return cls(path, False, path.suffix.lower(), _first_record(path))

    def has_key(self, *keys: str) -> bool:
        """True when the first record is an object with one of ``keys``."""
        return self.record is not None and any(k in self.record for k in keys)


def _first_record(path: Path) -> dict[str, Any] | None:
    """The first JSON object of a JSONL file or of a JSON list, or None."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES).decode("utf-8-sig", errors="replace")
    except OSError:
        return None
    text = head.lstrip()
    # a list's first element may span lines; a JSONL record is its first line
    text = text[1:].lstrip() if text.startswith("[") else text.split("\n", 1)[0]
    try:
        value, _ = json.JSONDecoder().raw_decode(text)
    except (ValueError, RecursionError):  # not JSON, cut off, or too deep
        return None
    return value if isinstance(value, dict) else None


@dataclass(frozen=True)
class Format:
    """One dataset format: its name, what it reads and writes, and how to recognise it.

    ``name`` is what ``annotator import --format`` takes; ``exported_as`` the
    ``annotator export --format`` name where it differs (gold JSONL exports as
    ``jsonl``, while importing ``jsonl`` means plain document records).
    ``write`` and ``read`` are the codec's functions (None: the format is
    only read, or only written; ``documents_only`` formats are read by
    :mod:`annotator.formats.importers` as documents without annotations).
    ``detect`` says whether a sniffed path is in this format. ``suffixes``
    are the file name endings it reads, the first being the one a one-file
    export gets; ``folder`` formats always export a folder holding ``holds``
    (one-file formats write a folder of ``holds`` only with a split).
    ``views``: the token views an export may write alone, as one file without
    a split (CoNLL's ``--view``).
    """

    name: str
    description: str
    write: Writer | None = None
    read: Reader | None = None
    detect: Callable[[Sniff], bool] | None = None
    suffixes: tuple[str, ...] = ()
    folder: bool = False
    holds: str = ""
    needs: str = ""
    exported_as: str = ""
    documents_only: bool = False
    views: tuple[str, ...] = ()

    @property
    def export_name(self) -> str:
        """The ``annotator export --format`` name."""
        return self.exported_as or self.name

    @property
    def suffix(self) -> str:
        """The file name ending of a one-file export ("" for folder formats)."""
        return "" if self.folder or not self.suffixes else self.suffixes[0]

    def writes_folder(self, split: bool, view: str | None = None) -> bool:
        """Whether an export writes a folder: always with a split; without one, a folder
        format does unless one of its token views is written alone (one file)."""
        return split or self.folder and not (view is not None and view in self.views)
