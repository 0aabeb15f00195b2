"""The held-out gold: ``bench/data/heldout``, a project folder in the tool's own format.

Forty hand-written Arabic news paragraphs, annotated by hand (annotator
``gold``) following ``docs/GUIDELINE.md``: ACTOR, LOCATION, CLAIM and CUE
spans, SOURCE relations from each claim to its speaker. Persons are
fictional; institutions and places are real, the events and quotes invented.
It opens in the app (``annotator open bench/data/heldout``), passes
``annotator validate`` and exports with ``annotator export``. It is evidence:
never edit it to fit a suggester.

    from bench.heldout import load_heldout
    for document, gold in load_heldout():
        ...  # gold.spans, gold.relations: dicts by id
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.model import AnnotationSet, Document
from annotator.formats.project import Project

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"
GOLD_ANNOTATOR = "gold"


def load_heldout(path: Path = HELDOUT) -> list[tuple[Document, AnnotationSet]]:
    """Every held-out document with its gold annotations, sorted by document id."""
    project = Project.open(path, annotator=GOLD_ANNOTATOR)
    docs = sorted(project.iter_documents(), key=lambda d: d.id)
    return [(doc, project.load_annotations(doc, GOLD_ANNOTATOR)) for doc in docs]
