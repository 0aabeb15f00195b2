"""spaCy DocBin export (needs the optional ``spacy`` extra).

Each document becomes a ``Doc`` on the clitic-split tokens (so every span
aligns: spaCy's own ``blank("ar")`` keeps ``والجزائر`` as one token and a
span over ``الجزائر`` would be dropped), with the document's exact text
(whitespace kept as whitespace tokens). ``doc.ents`` holds the entity spans
that do not overlap, longest first (claims are not entities: they are in the
span groups); ``doc.spans["sc"]`` holds every span. ``doc.user_data
["annotator"]`` keeps the document id, the text hash, the span ids (in
``sc`` order) and the relations as ``[head index, tail index, type]``.
Output: ``out`` (a ``.spacy`` file) or, with a split, a folder of
``train.spacy``, ``dev.spacy``, ``test.spacy``. A DocBin is built in memory
before it is written (that is how spaCy writes it).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.formats.codecs.format import Format
from annotator.formats.codecs.options import ExportOptions
from annotator.formats.codecs.output import staged
from annotator.formats.codecs.selection import (
    CLAIM_LABELS,
    ExportAborted,
    ExportItem,
    iter_items,
)
from annotator.formats.codecs.tokenise import Tok, clitic_view, word_view
from annotator.formats.errors import ProjectError
from annotator.formats.report import Progress, Report

if TYPE_CHECKING:
    from annotator.formats.project import Project

MISSING = ("the spacy format needs spaCy, which is not installed; install the spacy extra: "
           "pip install 'annotator[spacy]'")


def words_and_spaces(text: str, toks: list[Tok], spans: Iterable[tuple[int, int]] = ()
                     ) -> tuple[list[str], list[bool]]:
    """spaCy ``words``/``spaces`` whose ``Doc`` text is exactly ``text``.

    What lies between tokens (whitespace, and the invisible controls that are no tokens)
    becomes a trailing space or tokens of its own, so the text stays exact;
    a whitespace run is also cut at the edges of ``spans`` (start, end), so
    a span that begins or ends with whitespace still aligns.
    """
    words: list[str] = []
    spaces: list[bool] = []
    pairs = list(spans)
    cut_points = sorted({b for pair in pairs for b in pair})
    span_starts, span_ends = {a for a, _ in pairs}, {b for _, b in pairs}

    def gap(start: int, end: int) -> None:
        if start >= end:
            return
        if words and not spaces[-1] and text[start] == " " and start not in span_starts \
                and start + 1 not in span_ends:
            spaces[-1] = True  # the space trails the token, unless a span begins or ends with it
            start += 1
        inner = [p for p in cut_points[bisect_right(cut_points, start):] if p < end]
        for a, b in zip([start, *inner], [*inner, end], strict=True):
            if a < b:
                words.append(text[a:b])
                spaces.append(False)

    pos = 0
    for start, end in toks:
        gap(pos, start)
        words.append(text[start:end])
        spaces.append(False)
        pos = end
    gap(pos, len(text))
    return words, spaces


def greedy_entities(spans: list[Any]) -> list[Any]:
    """Non-overlapping spaCy spans, longest first (ties: earlier first)."""
    chosen: list[Any] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end_char - s.start_char), s.start_char)):
        if not taken.intersection(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


def make_doc(vocab: Any, item: ExportItem) -> Any:
    """The spaCy ``Doc`` of one exported document."""
    from spacy.tokens import Doc

    text = item.text
    toks = clitic_view(text, item.spans, word_view(text))
    words, spaces = words_and_spaces(text, toks, [(s.start, s.end) for s in item.spans])
    doc = Doc(vocab, words=words, spaces=spaces)
    sc = []
    for s in item.spans:
        span = doc.char_span(s.start, s.end, label=s.label)
        if span is None:
            raise ExportAborted(f"export stopped, nothing was written: document {item.id!r}, "
                                f"span {s.id} does not align on tokens")
        sc.append(span)
    doc.ents = greedy_entities([sp for sp, s in zip(sc, item.spans, strict=True)
                                if s.label not in CLAIM_LABELS])
    doc.spans["sc"] = sc
    index = {s.id: i for i, s in enumerate(item.spans)}
    doc.user_data["annotator"] = {
        "id": item.id, "text_sha256": item.document.sha256,
        "span_ids": [s.id for s in item.spans],
        "relations": [[index[r.head], index[r.tail], r.type] for r in item.relations],
    }
    return doc


def export(project: Project, out: Path, options: ExportOptions, report: Report,
           progress: Progress | None = None) -> None:
    """Write the DocBin file ``out`` (a folder of split files with a split)."""
    try:
        import spacy
        from spacy.tokens import DocBin
    except ImportError as err:
        raise ProjectError(MISSING) from err
    vocab = spacy.blank("ar").vocab
    bins: dict[str | None, Any] = {}
    with staged(out, folder=options.split is not None) as tmp:
        for item in iter_items(project, options, report, progress):
            docbin = bins.get(item.split)
            if docbin is None:
                docbin = bins[item.split] = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"],
                                                   store_user_data=True)
            docbin.add(make_doc(vocab, item))
            report.done.append(item.id)
            report.count("spans", len(item.spans))
            report.count("relations", len(item.relations))
        if options.split is None:
            tmp.write_bytes((bins.get(None) or DocBin(store_user_data=True)).to_bytes())
        else:
            for split, docbin in bins.items():
                (tmp / f"{split}.spacy").write_bytes(docbin.to_bytes())


FORMAT = Format(
    "spacy", "spaCy DocBin (.spacy) with doc.ents and doc.spans[\"sc\"]; needs spaCy "
    "installed.", write=export, suffixes=(".spacy",),
    holds="train.spacy, dev.spacy and test.spacy", needs="spacy")
