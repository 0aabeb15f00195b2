"""Small guards of the project's files: where writes may land, what to say about unreadable ones."""

from __future__ import annotations

import os
from pathlib import Path

from annotator.formats.atomic import atomic_writer
from annotator.formats.errors import ProjectError, ReadError


def is_within(real_path: str, root: Path | str) -> bool:
    """Whether ``real_path`` (already resolved) is ``root`` or inside it, links resolved."""
    real_root = os.path.realpath(root)
    return real_path == real_root or real_path.startswith(real_root.rstrip(os.sep) + os.sep)


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
