"""Render the documents of a large export in worker processes, in order, streamed.

Reading a project's JSON files and tokenising dominate a big export, and
every document is independent, so above :data:`PARALLEL_MIN_DOCS` documents
the work is spread over worker processes (:func:`worker_pool`) in chunks, and
results come back in document order to be written by the calling process.
Below it, or with one CPU, everything runs in-process (and
``ANNOTATOR_EXPORT_WORKERS=0`` forces that). Both paths give byte-identical
files.

A format supplies ``render(item, context) -> (payload, counts)``, a
module-level function (workers import it), and writes the payloads itself;
it may also supply ``fast(project, doc_id, who, options, context)``, which renders a
document straight from its files or returns None to leave it to ``render``.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.formats.codecs.options import ExportOptions
from annotator.formats.codecs.selection import (
    ExportAborted,
    ExportItem,
    SkippedUnreadable,
    load_item,
    wanted,
)
from annotator.formats.errors import ProjectError
from annotator.formats.report import Progress, Report, no_progress

if TYPE_CHECKING:
    from annotator.formats.project import Project

#: Exports of at least this many documents use worker processes.
PARALLEL_MIN_DOCS = 1000
#: Documents per task sent to a worker.
CHUNK = 25
MAX_WORKERS = 4
#: Chunks in flight per worker.
WINDOW = 3

Render = Callable[[ExportItem, Any], tuple[Any, dict[str, int]]]
#: A format's optional shortcut: a document rendered straight from its files, or None to
#: leave it to ``load_item`` and ``render`` (which must give the same result).
Fast = Callable[["Project", str, str, ExportOptions, Any], "Rendered | None"]


@dataclass(frozen=True)
class Rendered:
    """One exported document as the writer needs it."""

    id: str
    split: str | None
    spans: int
    relations: int
    payload: Any
    counts: dict[str, int] = field(default_factory=dict)


def _render_one(item: ExportItem, render: Render, context: Any, report: Report) -> Rendered:
    payload, counts = render(item, context)
    for key, n in report.counts.items():
        counts[key] = counts.get(key, 0) + n
    report.counts.clear()
    return Rendered(item.id, item.split, len(item.spans), len(item.relations), payload, counts)


_WORKER_PROJECT: dict[tuple[str, str], Project] = {}
#: How often a worker checks that the export that started it still runs (seconds).
PARENT_CHECK = 0.5


def _exit_with_parent(parent: int) -> None:
    """Worker initializer: end this worker as soon as the process that started it is gone.

    A killed export (kill -9 gives it no chance to stop its pool) must not
    leave workers, and with them the resource tracker, running forever.
    """
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _load_and_render(project: Project, doc_id: str, who: str, options: ExportOptions,
                     render: Render, context: Any, local: Report,
                     fast: Fast | None) -> Rendered | SkippedUnreadable | None:
    """One document rendered; None when it is not exported, the skip when it is unreadable."""
    if fast is not None:
        rendered = fast(project, doc_id, who, options, context)
        if rendered is not None:
            return rendered
    try:
        item = load_item(project, doc_id, who, options, local)
    except SkippedUnreadable as skipped:
        return skipped
    return None if item is None else _render_one(item, render, context, local)


def _work(job: tuple[str, str, ExportOptions, list[str], Render, Any, Fast | None]
          ) -> list[Rendered | SkippedUnreadable | None] | str:
    """Worker: render the documents ``ids``; a string is an error message."""
    from annotator.formats.project import Project

    path, who, options, ids, render, context, fast = job
    try:
        project = _WORKER_PROJECT.get((path, who))
        if project is None:
            project = _WORKER_PROJECT[(path, who)] = Project.open(path, annotator=who,
                                                                  remember_reads=False)
        local = Report()
        return [_load_and_render(project, doc_id, who, options, render, context, local, fast)
                for doc_id in ids]
    except ExportAborted as err:
        return str(err)
    except ProjectError as err:
        return f"export stopped, nothing was written: {err}"


def workers() -> int:
    """How many worker processes a large export uses (0: run in-process).

    One per CPU, at most :data:`MAX_WORKERS`; the environment variable
    ``ANNOTATOR_EXPORT_WORKERS`` overrides it (``0`` keeps every export in-process).
    """
    setting = os.environ.get("ANNOTATOR_EXPORT_WORKERS", "").strip()
    n = int(setting) if setting.isdigit() else min(os.cpu_count() or 1, MAX_WORKERS)
    return n if n > 1 else 0


def worker_pool(n: int) -> ProcessPoolExecutor:
    """``n`` worker processes (started as :func:`worker_context` says), each of which ends
    when this process ends, however it ends."""
    # Not multiprocessing.Pool: its worker-handler thread wakes for every result waiting in
    # the pipe and burnt 0.6 s of CPU beside a 150 MB export (the writer's share of 2 cores).
    return ProcessPoolExecutor(n, mp_context=worker_context(), initializer=_exit_with_parent,
                               initargs=(os.getpid(),))


def worker_context() -> multiprocessing.context.BaseContext:
    """How worker processes start: by ``fork`` where that is safe, else by ``spawn``.

    A forked worker starts at once with what this process has imported; a
    spawned one starts Python and imports the program again (a quarter of a
    second of CPU each, a tenth of a 10,000-document export). Fork is safe
    only where this process runs no other thread (a fork copies a thread's
    locks, not the thread: the GUI has Qt's threads) and only on Linux (the
    system libraries of macOS are not fork-safe). Anywhere else, spawn.
    """
    if sys.platform.startswith("linux") and _threads() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _threads() -> int:
    """How many threads this process runs (the kernel's count: Qt's too); 0 if unknown."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 0


def render_items(project: Project, options: ExportOptions, report: Report,
                 progress: Progress | None, render: Render, context: Any = None,
                 fast: Fast | None = None) -> Iterator[Rendered]:
    """Every exported document rendered by ``render`` (or ``fast``), in document order.

    Per-document counts (``counts``) are added to ``report``, as are the
    exported ids; the caller writes the payloads.
    """
    progress = progress or no_progress
    who = options.annotator or project.annotator
    entries = project.documents()
    total = len(entries)
    progress(0, total)
    ids = [e.id for e in entries if wanted(e, who, options)]
    n_workers = workers()
    if len(ids) < PARALLEL_MIN_DOCS or not n_workers:
        position = {e.id: i for i, e in enumerate(entries, 1)}
        local = Report()
        for doc_id in ids:
            done_one = _load_and_render(project, doc_id, who, options, render, context, local,
                                        fast)
            if isinstance(done_one, Rendered):
                yield _account(report, done_one)
            elif done_one is not None:
                report.skip(done_one.path, done_one.reason)
            progress(position[doc_id], total)
        progress(total, total)
        return
    jobs = [(str(Path(project.path)), who, options, ids[i:i + CHUNK], render, context, fast)
            for i in range(0, len(ids), CHUNK)]
    done = total - len(ids)
    queue = iter(jobs)
    pool = worker_pool(n_workers)
    try:
        # A bounded window of chunks in flight: memory stays flat even when writing is slower.
        pending = deque(pool.submit(_work, job) for job in islice(queue, WINDOW * n_workers))
        while pending:
            result = pending.popleft().result()
            job = next(queue, None)
            if job is not None:
                pending.append(pool.submit(_work, job))
            if isinstance(result, str):
                raise ExportAborted(result)
            for rendered in result:
                if isinstance(rendered, Rendered):
                    yield _account(report, rendered)
                elif rendered is not None:
                    report.skip(rendered.path, rendered.reason)
            done += len(result)
            progress(done, total)
    finally:
        pool.shutdown(cancel_futures=True)


def _account(report: Report, rendered: Rendered) -> Rendered:
    report.done.append(rendered.id)
    report.count("spans", rendered.spans)
    report.count("relations", rendered.relations)
    for key, n in rendered.counts.items():
        report.count(key, n)
    return rendered
