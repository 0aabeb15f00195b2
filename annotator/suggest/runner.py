"""Running a suggester over a project: the registry of built-in suggesters and the runner.

Entry points for the CLI (``annotator suggest PROJECT --with NAME``) and the
GUI (a background job with progress and cancel)::

    report = run_suggester(project, "dictionary", doc_ids=None,
                           progress=lambda done, total: ..., cancel=lambda: False)
    print(report.summary())

Each document's suggestions are added as one batch
(:func:`annotator.suggest.merge.plan_suggestions`, through
:func:`annotator.core.edits.apply_edit`) and saved before the next document
is started, so a cancelled or failed run keeps what it finished.

Every built-in suggester is one entry of :data:`SUGGESTERS` (its factory
imports its module when first used); other code may add more with
:func:`register_suggester`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.edits import EditError, apply_edit
from annotator.core.model import DocStatus, Document
from annotator.formats.errors import ProjectError
from annotator.formats.project import Project
from annotator.formats.report import Progress, Report, no_progress
from annotator.suggest.base import Suggester, SuggestError, Suggestions, collect
from annotator.suggest.merge import plan_suggestions

#: A factory builds a suggester for a project: (project, annotator, report) -> Suggester.
#: It raises :class:`SuggestError` with a clear message when the suggester cannot run.
SuggesterFactory = Callable[[Project, str, Report], Suggester]

#: Documents handed at once to a suggester that has ``suggest_many`` (the external command).
BATCH_SIZE = 32


def _dictionary(project: Project, annotator: str, report: Report) -> Suggester:
    from annotator.suggest.dictionary import DictionarySuggester
    from annotator.suggest.lexicon import (
        LexiconError,
        default_lexicon_paths,
        load_lexicon,
        project_lexicon_paths,
    )
    try:
        paths = default_lexicon_paths() + project_lexicon_paths(project.path, project.settings)
        lexicon = load_lexicon(paths, report)
    except LexiconError as err:
        raise SuggestError(str(err)) from err
    if not len(lexicon):
        raise SuggestError("the dictionary suggester has no lexicon: add TSV files to the "
                           'project setting "lexicons"')
    return DictionarySuggester(lexicon, project.schema)


def _propagate(project: Project, annotator: str, report: Report) -> Suggester:
    from annotator.suggest.propagate import PropagateSuggester
    suggester = PropagateSuggester.from_project(project, annotator)
    if not len(suggester.lexicon):
        raise SuggestError("nothing to propagate yet: accept some spans first")
    return suggester


def _model(project: Project, annotator: str, report: Report) -> Suggester:
    from annotator.suggest.crf import CRFSuggester
    return CRFSuggester.load(project)


def _command(project: Project, annotator: str, report: Report) -> Suggester:
    from annotator.suggest.command import CommandSuggester
    return CommandSuggester.from_settings(project.settings, cwd=project.path,
                                          schema=project.schema)


def _claims(project: Project, annotator: str, report: Report) -> Suggester:
    from annotator.suggest.claims import ClaimSuggester
    return ClaimSuggester(project.schema)


SUGGESTERS: dict[str, SuggesterFactory] = {
    "dictionary": _dictionary,
    "propagate": _propagate,
    "model": _model,
    "command": _command,
    "claims": _claims,
}

DESCRIPTIONS: dict[str, str] = {
    "dictionary": "lexicon entries (resources/lexicon and the project's 'lexicons')",
    "propagate": "texts accepted elsewhere in the project, where they recur",
    "model": "the CRF tagger trained on accepted spans (`annotator train`)",
    "command": "the external command in the project setting 'suggest_command'",
    "claims": "reported speech: claims with their cue and source (SOURCE links), "
              "quotes direct or indirect",
}


def register_suggester(name: str, factory: SuggesterFactory, description: str = "") -> None:
    """Add (or replace) a suggester under ``name``."""
    SUGGESTERS[name] = factory
    if description:
        DESCRIPTIONS[name] = description


def suggester_names() -> list[str]:
    """Names accepted by :func:`run_suggester`, registered ones included."""
    return list(SUGGESTERS)


@dataclass(frozen=True)
class SuggesterInfo:
    """What the GUI's suggester menu shows: can it run, and is it offered by default."""

    name: str
    description: str
    available: bool
    reason: str = ""
    recommended: bool = False


def available_suggesters(project: Project) -> list[SuggesterInfo]:
    """Every registered suggester with whether it can run on ``project`` and why not.

    ``recommended`` is True for the dictionary, and for the model only
    where its last training found it better than the dictionary.
    """
    out: list[SuggesterInfo] = []
    for name in suggester_names():
        available, reason, recommended = True, "", name == "dictionary"
        if name == "model":
            from annotator.suggest.crf import load_metadata
            meta = load_metadata(project)
            available = meta is not None
            reason = "" if available else "not trained yet (`annotator train PROJECT`)"
            recommended = bool(meta and meta.get("is_recommended"))
            if recommended:
                out = [SuggesterInfo(i.name, i.description, i.available, i.reason,
                                     i.recommended and i.name != "dictionary") for i in out]
        elif name == "command" and not project.settings.get("suggest_command"):
            available, reason = False, "no 'suggest_command' in the project settings"
        out.append(SuggesterInfo(name, DESCRIPTIONS.get(name, ""), available, reason,
                                 recommended))
    return out


def create_suggester(project: Project, name: str, *, annotator: str | None = None,
                     report: Report | None = None) -> Suggester:
    """Build the suggester called ``name`` for ``project`` (SuggestError if it cannot run)."""
    factory = SUGGESTERS.get(name)
    if factory is None:
        raise SuggestError(f"unknown suggester {name!r}; choose one of "
                           f"{', '.join(SUGGESTERS)}")
    return factory(project, annotator or project.annotator, report or Report())


def run_suggester(project: Project, name: str, doc_ids: Sequence[str] | None = None,
                  progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
                  *, annotator: str | None = None,
                  suggester: Suggester | None = None, include_done: bool = True) -> Report:
    """Add the suggestions of suggester ``name`` to ``annotator``'s annotations.

    ``doc_ids`` limits the run (default: every document); ``progress(done,
    total)`` is called after each document; ``cancel()`` returning True
    stops between documents (the documents already done stay saved, and
    the report counts ``cancelled``). ``suggester`` reuses an already built
    one. With ``include_done=False`` (what the CLI and the GUI pass unless
    asked otherwise) documents ``annotator`` marked done are left alone and
    counted as :data:`SKIPPED_DONE`: finished gold must not fill up with
    undecided suggestions. Raises :class:`SuggestError` when
    the suggester cannot be built; problems with single documents are
    reported and skipped. An external
    command that fails stops the run with :class:`SuggestError`.
    """
    report = Report()
    who = annotator or project.annotator
    suggester = suggester or create_suggester(project, name, annotator=who, report=report)
    progress = progress or no_progress
    ids = list(doc_ids) if doc_ids is not None else [e.id for e in project.documents()]
    if not include_done:
        ids = leave_done_alone(project, ids, who, report)
    many = getattr(suggester, "suggest_many", None)
    size = BATCH_SIZE if callable(many) else 1
    total = len(ids)
    progress(0, total)
    cancelled = False
    for first in range(0, total, size):
        if cancel is not None and cancel():
            cancelled = True
            break
        docs: list[Document] = []
        for doc_id in ids[first:first + size]:
            try:
                docs.append(project.load_document(doc_id))
            except ProjectError as err:
                report.skip(doc_id, str(err))
        results = many(docs) if callable(many) else {}
        for i, doc in enumerate(docs):
            if i and cancel is not None and cancel():
                cancelled = True
                break
            _run_one(project, suggester, doc, who, results.get(doc.id), report)
            progress(min(first + i + 1, total), total)
        if cancelled:
            break
        progress(min(first + size, total), total)
    if cancelled:
        report.count("cancelled")
    return report


#: Report counter of the documents left alone because they are marked done.
SKIPPED_DONE = "done documents skipped"


def done_document_ids(project: Project, annotator: str) -> set[str]:
    """Ids of the documents ``annotator`` has marked done (from the project index)."""
    return {e.id for e in project.documents() if e.status_for(annotator) is DocStatus.DONE}


def leave_done_alone(project: Project, ids: Sequence[str], annotator: str,
                     report: Report) -> list[str]:
    """``ids`` without the documents ``annotator`` marked done; counts those in ``report``."""
    done = done_document_ids(project, annotator)
    kept = [i for i in ids if i not in done]
    if len(kept) < len(ids):
        report.count(SKIPPED_DONE, len(ids) - len(kept))
    return kept


def import_suggestions_for_review(project: Project, path: Path | str, fmt: str | None = None,
                                  *, include_done: bool = False, annotator: str | None = None,
                                  **options: Any) -> Report:
    """:func:`annotator.suggest.imports.import_suggestions`, leaving done documents alone.

    Records for a document ``annotator`` marked done are skipped (the report
    counts the documents as :data:`SKIPPED_DONE`) unless ``include_done``.
    ``options`` are passed on (``origin``, ``offset_unit``, ``progress``).
    """
    from annotator.suggest.imports import import_suggestions
    who = annotator or project.annotator
    done = set() if include_done else done_document_ids(project, who)
    skipped: set[str] = set()

    def skip(doc_id: str) -> bool:
        if doc_id in done:
            skipped.add(doc_id)
            return True
        return False

    report = import_suggestions(project, path, fmt, annotator=annotator, skip_document=skip,
                                **options)
    if skipped:
        report.count(SKIPPED_DONE, len(skipped))
    return report


def _run_one(project: Project, suggester: Suggester, doc: Document, annotator: str,
             result: Suggestions | None, report: Report) -> None:
    try:
        ann = project.load_annotations(doc, annotator)
    except ProjectError as err:
        report.skip(doc.id, str(err))
        return
    if result is None:
        result = collect(suggester, doc, ann)
    plan = plan_suggestions(doc.text, ann, result.spans, result.relations,
                            schema=project.schema,
                            description=f"Suggestions from {suggester.origin}")
    for problem in list(result.problems) + plan.problems:
        report.skip(doc.id, problem)
    plan.count_into(report)
    if plan.batch.edits:
        try:
            apply_edit(doc.text, ann, plan.batch, project.schema)
            project.save_annotations(ann)
        except (EditError, ProjectError) as err:
            report.skip(doc.id, str(err))
            return
    report.done.append(doc.id)
