"""Small guards of the project's files: where writes may land, what to say about unreadable ones."""

from __future__ import annotations

import os
from pathlib import Path

from annotator.formats.atomic import atomic_writer
from annotator.formats.errors import ProjectError, ReadError, WriteError


def is_within(real_path: str, root: Path | str) -> bool:
    """Whether ``real_path`` (already resolved) is ``root`` or inside it, links resolved."""
    real_root = os.path.realpath(root)
    return real_path == real_root or real_path.startswith(real_root.rstrip(os.sep) + os.sep)


def refuse_target_in_project(root: Path, out: Path, what: str) -> None:
    """Raise :class:`WriteError` when ``out`` lies inside the project folder ``root``.

    ``what`` (an export, the report, a rendering) written there could replace
    ``project.json``, a document or an annotation file, or be taken for a
    project file (a folder in ``annotations/`` reads as an annotator); symbolic
    links are followed, so no alias gets through.
    """
    if is_within(os.path.realpath(out), root):
        raise WriteError(out, f"it is inside the project folder, where {what} could replace "
                              "the project's own files or be taken for one of them; choose a "
                              f"path outside {root}")


def merge_gitignore(path: Path, lines: str) -> None:
    """Add ``lines`` (the project's ignore lines) to ``path``, keeping every line already there."""
    try:
        current = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        current = ""
    except (OSError, UnicodeDecodeError) as err:
        raise ProjectError(f"cannot read {path} to add the project's lines to it: {err}") \
            from err
    have = {line.strip() for line in current.splitlines()}
    missing = [line for line in lines.splitlines() if line not in have]
    if not missing:
        return
    if current and not current.endswith("\n"):
        current += "\n"
    with atomic_writer(path) as handle:
        handle.write(current + "\n".join(missing) + "\n")


def read_reason(err: BaseException) -> str:
    """Why a file could not be read, without repeating its path."""
    if isinstance(err, ReadError):
        return err.reason if err.line is None else f"line {err.line}: {err.reason}"
    if isinstance(err, OSError):
        return err.strerror or str(err)
    return str(err) or type(err).__name__
