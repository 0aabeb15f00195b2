"""CoNLL IOB2 export in two token views, and import of the word-level view.

Folder layout (``out``)::

    word.conll      word-level: proclitics attached, every touched word tagged
    clitic.conll    clitic-split: tokens cut at span boundaries and proclitics
    README.md       the column layout
    (with a split: word.train.conll, word.dev.conll, ... clitic.test.conll)

One token a line: ``TOKEN TAG1 ... TAGn CLAIM1 ... CLAIMm`` separated by
single spaces. Entity tags come first, one column per nesting layer, outer
first (Wojood); claims have their own columns after them, so entity columns
stay flat. Every line of a file has the same number of columns, the
``-DOCSTART- <id> O ...`` line that starts each document too (whitespace and
``%`` in the id percent-encoded). A blank line ends each sentence.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import IO, TYPE_CHECKING
from urllib.parse import quote, unquote

from annotator.core.model import Span
from annotator.formats.atomic import temp_prefix
from annotator.formats.codecs.format import Format, Sniff
from annotator.formats.codecs.importing import ImportRecord, RecordProblem
from annotator.formats.codecs.options import TOKEN_VIEWS, ExportOptions
from annotator.formats.codecs.output import open_text, staged
from annotator.formats.codecs.parallel import Rendered, render_items
from annotator.formats.codecs.selection import CLAIM_LABELS, ExportItem
from annotator.formats.codecs.stored import load_stored
from annotator.formats.codecs.tokenise import (
    Bounds,
    Breaks,
    Tok,
    _bounds,
    clitic_view,
    tag_columns_of,
    word_view,
)
from annotator.formats.jsonlines import LineProblem, decode_line
from annotator.formats.report import Progress, Report

if TYPE_CHECKING:
    from annotator.formats.project import Project

DOCSTART = "-DOCSTART-"
VIEWS = TOKEN_VIEWS
_TAG = re.compile(r"^(O|[BI]-\S+)$")


def encode_id(doc_id: str) -> str:
    """A document id safe on a ``-DOCSTART-`` line (whitespace and % percent-encoded)."""
    return "".join(quote(c, safe="") if c.isspace() or c == "%" else c for c in doc_id)


def decode_id(text: str) -> str:
    """Inverse of :func:`encode_id`."""
    return unquote(text)


def file_name(view: str, split: str | None) -> str:
    """File name of ``view`` (and ``split``)."""
    return f"{view}.{split}.conll" if split else f"{view}.conll"


# While a file is written, a token line is "TOKEN ENT...\t CLAIM...\x1f", each column
# with the space before it (no claim columns: "TOKEN ENT...\t\x1f"): the column counts of
# the whole export are known only at the end, when every document's markers "\t" and
# "\x1f" are replaced by the padding it needs, " O" a column, or deleted (bytes
# operations, no parsing; a one-byte marker is replaced four times faster than two bytes).
# Tokens never contain whitespace, the markers are ASCII whitespace, and UTF-8 never puts
# an ASCII byte inside a letter, so they cannot clash.
_MID = "\t"
_EOL = "\x1f"
_MARKERS = (_MID + _EOL).encode()
_COLUMN = " "  # what comes before each tag
_COLUMN_O = _COLUMN + "O"


@dataclass
class _ViewFile:
    """One output file (binary) and where each document starts, with its column counts."""

    path: Path
    handle: IO[bytes]
    size: int = 0
    blocks: list[tuple[int, int, int]] = field(default_factory=list)  # (offset, ents, claims)

    def write(self, data: bytes, ents: int, claims: int) -> None:
        self.blocks.append((self.size, ents, claims))
        self.handle.write(data)
        self.size += len(data)


class _DocumentSpans:
    """A document's spans split and sorted once, for the blocks of both its views."""

    def __init__(self, doc_id: str, text: str, spans: Sequence[Bounds], has_claims: bool
                 ) -> None:
        self.doc_id, self.text = doc_id, text
        self.entities = [s for s in spans if s.label not in CLAIM_LABELS]
        self.claims = [s for s in spans if s.label in CLAIM_LABELS] if has_claims else None
        self.breaks = Breaks.of(text, sorted((s.start, s.end) for s in spans))

    def block(self, toks: list[Tok]) -> tuple[str, int, int]:
        """CoNLL text of the document in the view ``toks``, and its column counts."""
        text = self.text
        n = len(toks)
        starts, ends = _bounds(toks)
        ent_cols = tag_columns_of(starts, ends, self.entities, min_layers=1, prefix=_COLUMN)
        claim_cols = [] if self.claims is None else \
            tag_columns_of(starts, ends, self.claims, min_layers=1, prefix=_COLUMN)
        # Each row is one "".join of its fields and the two markers (C speed, no format calls).
        words = [text[a:b] for a, b in toks]
        rows = list(map("".join, zip(words, *ent_cols, repeat(_MID, n), *claim_cols,
                                     repeat(_EOL, n), strict=True)))
        # -DOCSTART- has the columns of a token line: the id, then O up to the last column.
        head = "".join([DOCSTART, _COLUMN, encode_id(self.doc_id),
                        _COLUMN_O * (len(ent_cols) - 1), _MID, _COLUMN_O * len(claim_cols),
                        _EOL])
        parts = [head, "\n\n"]
        for sentence in self.breaks.sentences(starts, ends):
            parts.append("\n".join(rows[sentence.start:sentence.stop]))
            parts.append("\n\n")
        return "".join(parts), len(ent_cols), len(claim_cols)


def finish_block(block: bytes, le: int, lc: int, ents: int, claims: int) -> bytes:
    """Documents written with ``le``/``lc`` columns (UTF-8), padded to ``ents``/``claims``."""
    if le == ents and lc == claims:
        return block.translate(None, _MARKERS)
    return block.replace(_MID.encode(), (_COLUMN_O * (ents - le)).encode()) \
        .replace(_EOL.encode(), (_COLUMN_O * (claims - lc)).encode())


#: Bytes of consecutive documents with the same column counts padded in one go (at most).
_FINISH_CHUNK = 8 << 20


def _finish(vf: _ViewFile, ents: int, claims: int, scratch: Path) -> None:
    """Rewrite a finished file with its markers replaced (runs of documents at a time),
    through the new file ``scratch``, which is gone afterwards whatever happens."""
    ends = [b[0] for b in vf.blocks[1:]] + ([vf.size] if vf.blocks else [])
    runs: list[tuple[int, int, int, int]] = []  # (offset, end, ents, claims)
    for (offset, le, lc), end in zip(vf.blocks, ends, strict=True):
        if runs and runs[-1][2:] == (le, lc) and end - runs[-1][0] <= _FINISH_CHUNK:
            runs[-1] = (runs[-1][0], end, le, lc)
        else:
            runs.append((offset, end, le, lc))
    try:
        with open(vf.path, "rb") as src, open(scratch, "wb") as dst:
            for offset, end, le, lc in runs:
                dst.write(finish_block(src.read(end - offset), le, lc, ents, claims))
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(scratch, vf.path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(scratch)
        raise


def _scratch_beside(out: Path) -> Path:
    """A new temporary file beside ``out``, named as the export's own temporaries are
    (:func:`~annotator.formats.atomic.temp_prefix`), so a later export clears it if this
    one is killed."""
    fd, name = tempfile.mkstemp(prefix=temp_prefix(out.name), suffix=".tmp", dir=out.parent)
    os.close(fd)
    return Path(name)


Views = dict[str, tuple[bytes, int, int]]


def render(item: ExportItem, context: tuple[bool, tuple[str, ...]]
           ) -> tuple[Views, dict[str, int]]:
    """The views of one document, UTF-8 encoded (runs in export workers).

    ``context`` is (whether claims get columns, the views to render).
    """
    return _views(item.id, item.text, item.spans, context), {}


def render_stored(project: Project, doc_id: str, who: str, options: ExportOptions,
                  context: tuple[bool, tuple[str, ...]]) -> Rendered | None:
    """:func:`render` of a document read from its stored records, or None to leave it to
    the model path (:mod:`~annotator.formats.codecs.stored`)."""
    stored = load_stored(project, doc_id, who, options)
    if stored is None:
        return None
    doc = stored.document
    return stored.rendered(_views(doc.id, doc.text, stored.spans, context), options)


def _views(doc_id: str, text: str, spans: Sequence[Bounds],
           context: tuple[bool, tuple[str, ...]]) -> Views:
    has_claims, wanted = context
    words = word_view(text)
    blocks = _DocumentSpans(doc_id, text, spans, has_claims)
    out = {}
    for view in wanted:
        toks = words if view == "word" else clitic_view(text, spans, words)
        block, le, lc = blocks.block(toks)
        out[view] = (block.encode("utf-8"), le, lc)
    return out


_VIEW_NOTES = {
    "word": "- `word*.conll`: word-level, proclitics attached (و ف ب ل ك), every word a span "
            "touches is tagged (as ANERcorp and Wojood).\n",
    "clitic": "- `clitic*.conll`: clitic-split, tokens cut at span boundaries and after "
              "proclitics, so every span covers whole tokens (`و O` / `الجزائر B-LOCATION`).\n",
}


def _readme(options: ExportOptions, views: tuple[str, ...], ents: int, claims: int,
            has_claims: bool) -> str:
    cols = ["TOKEN"] + [f"NER{i + 1}" for i in range(ents)] + \
        [f"CLAIM{i + 1}" for i in range(claims)]
    return (
        "# CoNLL export\n\n"
        + ("Two token views of the same spans" if len(views) > 1 else "One token view")
        + ", IOB2 tags:\n\n" + "".join(_VIEW_NOTES[v] for v in views) + "\n"
        f"Columns (space separated): {' '.join(cols)}\n\n"
        "Nested entities: one column per nesting layer, outer first (Wojood). "
        + ("Claims have their own columns after the entity columns. " if has_claims else "")
        + "A blank line ends a sentence (. ؟ ! ؛ ? and line breaks; never inside a span); "
        "`-DOCSTART- <id> O ...` starts a document, with as many columns as a token line "
        "(whitespace and % in ids percent-encoded).\n"
        f"\nDocuments: {options.documents}; suggestions included: "
        f"{'yes' if options.include_suggestions else 'no'}.\n")


def export(project: Project, out: Path, options: ExportOptions, report: Report,
           progress: Progress | None = None) -> None:
    """Write the CoNLL folder ``out`` (the file ``out`` for one view without a split)."""
    labels = options.labels if options.labels is not None else project.schema.label_names
    has_claims = any(lab in CLAIM_LABELS for lab in labels)
    ents, claims = 1, 1 if has_claims else 0
    views = (options.view,) if options.view else VIEWS
    one_file = options.view is not None and options.split is None
    with staged(out, folder=not one_file) as tmp:
        files: dict[tuple[str, str | None], _ViewFile] = {}

        def view_file(view: str, split: str | None) -> _ViewFile:
            vf = files.get((view, split))
            if vf is None:
                path = tmp if one_file else tmp / file_name(view, split)
                handle = open(path, "wb")  # noqa: SIM115 - closed in the finally below
                vf = files[(view, split)] = _ViewFile(path, handle)
            return vf

        try:
            if options.split is None:
                for view in views:
                    view_file(view, None)
            for done in render_items(project, options, report, progress, render,
                                     (has_claims, views), fast=render_stored):
                for view, (block, le, lc) in done.payload.items():
                    view_file(view, done.split).write(block, le, lc)
                    ents, claims = max(ents, le), max(claims, lc)
        finally:
            for vf in files.values():
                vf.handle.close()
        for vf in files.values():
            # One file: the scratch file lies beside the export; a folder holds its own.
            _finish(vf, ents, claims, _scratch_beside(out) if one_file
                    else vf.path.with_name(vf.path.name + ".final"))
        if not one_file:
            with open_text(tmp / "README.md") as handle:
                handle.write(_readme(options, views, ents, claims, has_claims))


# ------------------------------------------------------------------ reading


def _spans_from_columns(tokens: list[Tok], columns: list[list[str]]) -> list[Span]:
    spans: list[Span] = []
    for col in columns:
        current: tuple[int, int, str] | None = None  # first token, last token, label
        for i, tag in enumerate(col + ["O"]):
            label = tag[2:] if tag != "O" else None
            continues = current is not None and tag.startswith("I-") and label == current[2]
            if continues:
                assert current is not None
                current = (current[0], i, current[2])
                continue
            if current is not None:
                spans.append(Span(id=f"s{len(spans) + 1}", start=tokens[current[0]][0],
                                  end=tokens[current[1]][1], label=current[2], text=""))
                current = None
            if label is not None:
                current = (i, i, label)
    return spans


@dataclass
class _DocBuffer:
    id: str
    line: int
    words: list[str] = field(default_factory=list)
    tags: list[list[str]] = field(default_factory=list)
    sentence_ends: set[int] = field(default_factory=set)

    def record(self) -> ImportRecord:
        parts: list[str] = []
        tokens: list[Tok] = []
        pos = 0
        for i, word in enumerate(self.words):
            if i:
                sep = "\n" if (i - 1) in self.sentence_ends else " "
                parts.append(sep)
                pos += 1
            tokens.append((pos, pos + len(word)))
            parts.append(word)
            pos += len(word)
        text = "".join(parts)
        width = max((len(t) for t in self.tags), default=0)
        columns = [[t[c] if c < len(t) else "O" for t in self.tags] for c in range(width)]
        spans = [s.with_changes(text=text[s.start:s.end])
                 for s in _spans_from_columns(tokens, columns)]
        return ImportRecord(self.id, text, {}, spans, [], tokens=tokens)


def _conll_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(p for p in path.glob("word*.conll"))
        return files or sorted(path.glob("*.conll"))
    return [path]


def read(path: Path) -> Iterator[tuple[Path, int | None, ImportRecord | RecordProblem]]:
    """Documents of a word-level CoNLL file (or of an export folder's ``word*.conll`` files)."""
    for file in _conll_files(path):
        yield from _read_file(file)


def _read_file(path: Path) -> Iterator[tuple[Path, int | None, ImportRecord | RecordProblem]]:
    try:
        handle = open(path, "rb")  # noqa: SIM115 - used in a with below
    except OSError as err:
        yield path, None, RecordProblem(err.strerror or str(err))
        return
    reader = _ConllReader(path)
    with handle:
        for lineno, raw in enumerate(handle, 1):
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                line = decode_line(raw).rstrip("\n").rstrip("\r")
            except LineProblem as err:
                reader.spoil(lineno, str(err))  # a lost token would change the text
                continue
            yield from reader.feed(lineno, line)
    yield from reader.flush()


class _ConllReader:
    """Turns the lines of one CoNLL file into documents (or problems), one line at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.doc: _DocBuffer | None = None
        self.bad: RecordProblem | None = None

    def flush(self) -> Iterator[tuple[Path, int | None, ImportRecord | RecordProblem]]:
        """The document read so far (or why it is skipped), if any."""
        doc, bad = self.doc, self.bad
        if doc is not None and (doc.words or bad):
            yield self.path, doc.line, bad if bad is not None else doc.record()
        self.doc, self.bad = None, None

    def spoil(self, lineno: int, reason: str) -> None:
        """Skip the current document: its line ``lineno`` cannot be read."""
        if self.doc is None:
            self.doc = _DocBuffer(self.path.stem, lineno)
        if self.bad is None:
            self.bad = RecordProblem(f"line {lineno}: {reason}; document {self.doc.id!r} skipped")

    def feed(self, lineno: int, line: str
             ) -> Iterator[tuple[Path, int | None, ImportRecord | RecordProblem]]:
        """Take one line; yield a finished document when a new one starts."""
        if line.startswith(DOCSTART):
            yield from self.flush()
            fields = line[len(DOCSTART):].split()
            rest = fields[0] if fields else ""
            doc_id = decode_id(rest) if rest and not rest.startswith("-X-") \
                else f"{self.path.stem}-{lineno}"
            self.doc = _DocBuffer(doc_id, lineno)
            return
        if self.doc is None:
            self.doc = _DocBuffer(self.path.stem, lineno)
        doc = self.doc
        if not line.strip():
            if doc.words:
                doc.sentence_ends.add(len(doc.words) - 1)
            return
        if self.bad is not None:
            return
        fields = line.split()
        tags = fields[1:]
        wrong = next((t for t in tags if not _TAG.match(t)), None)
        if not tags or wrong is not None:
            what = f"tag {wrong!r} is not IOB2" if wrong else "a token line needs a tag"
            self.bad = RecordProblem(f"line {lineno}: {what}; document {doc.id!r} skipped")
            return
        doc.words.append(fields[0])
        doc.tags.append(tags)


SUFFIXES = (".conll", ".iob", ".bio")


def _detect(sniff: Sniff) -> bool:
    """A file ending in a CoNLL suffix, or an export folder (its ``word*.conll`` files).

    Only the export's own file names mark a folder: a folder of documents with a
    stray ``.conll`` file stays a folder of documents."""
    if sniff.is_dir:
        return any(sniff.path.glob("word*.conll"))
    return sniff.suffix in SUFFIXES


FORMAT = Format(
    "conll", "CoNLL IOB2 folder: word-level and clitic-split views, nested spans as extra "
    "columns.", write=export, read=read, detect=_detect, suffixes=SUFFIXES, folder=True,
    holds="word.conll, clitic.conll and README.md", views=VIEWS)
