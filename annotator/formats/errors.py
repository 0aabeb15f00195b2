"""Typed errors of the formats layer. Each message is written for the user; the cause is chained."""

from __future__ import annotations

from pathlib import Path


class ProjectError(Exception):
    """Base of every error about project files; ``str(err)`` is a complete user message."""


class ReadError(ProjectError):
    """A file could not be read or parsed."""

    def __init__(self, path: Path | str, reason: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {reason}")
        self.path = Path(path)
        self.line = line
        self.reason = reason


class WriteError(ProjectError):
    """A file could not be written; the previous file, if any, is intact."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"cannot write {path}: {reason}")
        self.path = Path(path)
        self.reason = reason


class ConflictError(ProjectError):
    """A file changed on disk since it was read; it is not overwritten."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"{path} was changed on disk by someone else since it was opened; "
            "your changes were not written over it. Reload the document to see theirs.")
        self.path = Path(path)


class LockError(ProjectError):
    """Another running instance holds the project's lock."""


class HashMismatchError(ProjectError):
    """Annotations refer to a different text than their document's; they are not attached."""

    def __init__(self, path: Path | str, document_id: str) -> None:
        super().__init__(
            f"{path}: these annotations were made on a different text of document "
            f"{document_id!r} (its SHA-256 differs), so their offsets cannot be trusted. "
            f"Nothing was attached. Run `annotator reattach PROJECT {document_id}` to relocate "
            "the spans by their text, or restore the original document.")
        self.path = Path(path)
        self.document_id = document_id


class VersionError(ReadError):
    """A file was written by a newer version of the tool."""
