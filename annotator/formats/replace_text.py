"""Replace a document's text with a corrected one, and move every annotator's work onto it.

A document's text is fixed once imported (its SHA-256 is recorded, and a
text edited by hand is refused). When an article must be corrected (a typo,
boilerplate left in by the scraper, a re-scraped version), the new text comes
from a UTF-8 file read as ``import`` reads one. The document file is written
first, then each annotator's annotations are relocated by
:func:`~annotator.formats.reattach.reattach_annotations`, with the old text to
compare against, so spans follow the edit and nothing is lost (spans whose
text is gone are kept in the ``.unplaced.json`` file, the old annotation file
as a ``.bak-*`` copy). Killed between the two steps, a project still loses
nothing: ``validate`` names the annotation files made on the old text, and
``annotator reattach`` moves them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.model import Document
from annotator.core.text import sha256_bytes
from annotator.formats.errors import ProjectError
from annotator.formats.importers import ImportProblem, decode_text, make_document
from annotator.formats.project import Project
from annotator.formats.reattach import ReattachOutcome, reattach_annotations

#: What :func:`make_document` records about the file a text came from: they describe the
#: new file, not the old one.
_FILE_KEYS = ("bom", "line_endings", "original_sha256")


@dataclass
class Replacement:
    """What :func:`replace_text` did: the document as stored now, and each annotator's move."""

    document: Document
    changed: bool  # False: the file holds the text the document already has
    outcomes: list[ReattachOutcome] = field(default_factory=list)


def replace_text(project: Project, doc_id: str, source: Path) -> Replacement:
    """Give ``doc_id`` the text of the UTF-8 file ``source`` and relocate its annotations.

    The caller holds the project lock. Raises :class:`ProjectError` (with the
    file's name) when the file cannot be read or holds no text to annotate.
    """
    old = project.load_document(doc_id)
    try:
        raw = source.read_bytes()
    except OSError as err:
        raise ProjectError(f"cannot read {source}: {err.strerror or err}") from err
    try:
        if not raw:
            raise ImportProblem("empty file")
        meta = {k: v for k, v in old.meta.items() if k not in _FILE_KEYS}
        meta["original_sha256"] = sha256_bytes(raw)
        new = make_document(doc_id, decode_text(raw), meta)
    except ImportProblem as err:
        raise ProjectError(f"{source}: {err}") from err
    if new.text == old.text:
        return Replacement(old, changed=False)
    names = [n for n in project.annotators(doc_id)
             if project.annotations_path(doc_id, n).exists()]
    project.add_document(new, replace=True)
    outcomes = [reattach_annotations(project, new, who, old_text=old.text) for who in names]
    return Replacement(new, changed=True, outcomes=outcomes)
