"""Every dataset format in one table: the one answer to "which formats are there?".

The CLI's ``--format`` choices (``import``, ``export``, ``import-suggestions``),
the import and export dialogs, :func:`detect_format` and the export and
import entry points all read :data:`FORMATS`. Each codec of
:mod:`annotator.formats.codecs` declares its own entry (``FORMAT``); the two
plain document formats, read by :mod:`annotator.formats.importers`, are
declared here. A new format is one codec module and one line below.
"""

from __future__ import annotations

from pathlib import Path

from annotator.formats.codecs import (
    brat,
    conll,
    doccano,
    gold_jsonl,
    hf,
    labelstudio,
    spacy_docbin,
)
from annotator.formats.codecs.format import Format, Sniff
from annotator.formats.errors import ProjectError

__all__ = ["EXPORTS", "FORMATS", "IMPORTS", "SUGGESTION_FORMATS", "Format", "detect_format",
           "export_format", "import_format"]

PLAIN_TEXT = Format("txt", "Plain UTF-8 text files; the file name becomes the document id.",
                    suffixes=(".txt",), documents_only=True)
DOCUMENT_RECORDS = Format("jsonl", 'JSONL records {"id", "text", "meta"}.',
                          suffixes=(".jsonl",), documents_only=True)

#: Every format. The order is the order of the choices, and of detection: the
#: first format whose ``detect`` accepts a path names it (a brat folder may
#: hold a ``tasks.json`` too; a record with both ``spans`` and ``label`` is gold).
FORMATS: tuple[Format, ...] = (
    PLAIN_TEXT,
    DOCUMENT_RECORDS,
    gold_jsonl.FORMAT,
    hf.FORMAT,
    conll.FORMAT,
    brat.FORMAT,
    doccano.FORMAT,
    labelstudio.FORMAT,
    spacy_docbin.FORMAT,
)

#: ``annotator export --format`` name -> format (those with a writer).
EXPORTS: dict[str, Format] = {f.export_name: f for f in FORMATS if f.write is not None}
#: ``annotator import --format`` name -> format (documents, and annotated formats with a reader).
IMPORTS: dict[str, Format] = {f.name: f for f in FORMATS
                              if f.read is not None or f.documents_only}
#: Formats whose records can carry model output, imported as suggestions.
SUGGESTION_FORMATS: tuple[str, ...] = ("gold", "doccano", "labelstudio")


def export_format(name: str) -> Format:
    """The format ``annotator export --format name`` writes; :class:`ProjectError` if none."""
    found = EXPORTS.get(name)
    if found is None:
        raise ProjectError(f"unknown export format {name!r}; known formats: {', '.join(EXPORTS)}")
    return found


def import_format(name: str) -> Format:
    """The annotated format called ``name`` that can be read; :class:`ProjectError` if none."""
    found = IMPORTS.get(name)
    if found is None or found.read is None:
        known = [n for n, f in IMPORTS.items() if f.read is not None]
        raise ProjectError(f"unknown import format {name!r}; known formats: {', '.join(known)}")
    return found


def detect_format(path: Path) -> str | None:
    """The annotated format ``path`` is recognisably in (its kind, extension, first record).

    None when no format claims it, or the path cannot be read. Plain
    documents (``.txt``, ``.jsonl`` without annotations) are not detected:
    the importer takes them by their extension.
    """
    sniff = Sniff.of(Path(path))
    return next((f.name for f in FORMATS if f.detect is not None and f.detect(sniff)), None)
