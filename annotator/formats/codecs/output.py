"""Atomic export output: everything is written into a temporary sibling and moved in when complete.

A failed export (a span that does not match its text, a full disk, an
interrupted run) removes the temporary file or folder and leaves the
target exactly as it was. Folder exports carry a marker file so that a
later export may replace a folder made by an earlier one, but never a
folder of someone's other files.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from annotator.formats.atomic import (
    fsync_path,
    new_file_mode,
    remove_dead_temporaries,
    temp_prefix,
)
from annotator.formats.errors import WriteError

MARKER = ".annotator-export"
MARKER_TEXT = "This folder was written by `annotator export`; a new export may replace it.\n"
#: In the marker, the line after which the files the export wrote are listed (its manifest).
MANIFEST_HEAD = "Files it wrote (a new export replaces only these):\n"


def written_files(folder: Path) -> set[str] | None:
    """The files an earlier export wrote into ``folder`` (its manifest), or None if unknown.

    None for a folder no export wrote, and for a marker from before manifests.
    """
    try:
        text = (folder / MARKER).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    head, found, listing = text.partition(MANIFEST_HEAD)
    return {line for line in listing.splitlines() if line} if found else None


def _all_files(folder: Path) -> list[str]:
    """Every file, symlink and empty folder (``name/``) under ``folder``, as relative POSIX
    paths (the marker left out): an empty folder can be someone's too (made ready for a
    model, or a mount point)."""
    found = []
    for root, dirs, files in os.walk(folder):
        names = files + [d for d in dirs if os.path.islink(os.path.join(root, d))]
        for name in names:
            rel = Path(root, name).relative_to(folder).as_posix()
            if rel != MARKER:
                found.append(rel)
        if not dirs and not files and root != str(folder):
            found.append(Path(root).relative_to(folder).as_posix() + "/")
    return sorted(found)


def _foreign_files(folder: Path) -> list[str]:
    """Files in an earlier export's folder that the export did not write (someone's own)."""
    known = written_files(folder)
    if known is None:  # a marker from before manifests: the old rule (replace it whole)
        return []
    return [rel for rel in _all_files(folder) if rel not in known]


def check_target(target: Path, *, folder: bool) -> None:
    """Refuse early (before any work) a target that an export must not replace."""
    if target.exists() or target.is_symlink():
        if folder:
            if not target.is_dir():
                raise WriteError(target, "it exists and is not a folder")
            if any(target.iterdir()) and not (target / MARKER).exists():
                raise WriteError(target, "the folder exists and holds files that no export "
                                 "wrote; choose an empty or new folder")
            foreign = _foreign_files(target)
            if foreign:
                more = f" and {len(foreign) - 1} more" if len(foreign) > 1 else ""
                raise WriteError(target, f"it holds {foreign[0]}{more}, which no export "
                                 "wrote and a new export would delete; move it out of the "
                                 "folder or export elsewhere")
        elif target.is_dir():
            raise WriteError(target, "it is a folder; give a file name")
    parent = target.parent
    if parent.exists() and not parent.is_dir():
        raise WriteError(target, f"{parent} is not a folder")


@contextlib.contextmanager
def staged(target: Path, *, folder: bool) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; it replaces ``target`` when the block succeeds."""
    target = Path(target)
    check_target(target, folder=folder)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_dead_temporaries(target.parent, target.name)  # what killed exports left
        if folder:
            tmp = Path(tempfile.mkdtemp(prefix=temp_prefix(target.name), suffix=".tmp",
                                        dir=target.parent))
            with contextlib.suppress(OSError):
                os.chmod(tmp, new_file_mode(target, folder=True))  # not mkdtemp's 0700
            (tmp / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
        else:
            fd, name = tempfile.mkstemp(prefix=temp_prefix(target.name), suffix=".tmp",
                                        dir=target.parent)
            with contextlib.suppress(OSError, AttributeError):
                os.fchmod(fd, new_file_mode(target))  # not mkstemp's 0600
            os.close(fd)
            tmp = Path(name)
    except OSError as err:
        raise WriteError(target, err.strerror or str(err)) from err
    try:
        yield tmp
        _commit(tmp, target, folder=folder)
    except OSError as err:
        _remove(tmp)
        raise WriteError(target, err.strerror or str(err)) from err
    except BaseException:
        _remove(tmp)
        raise


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


def _commit(tmp: Path, target: Path, *, folder: bool) -> None:
    if folder:
        _write_manifest(tmp)
    if not folder:
        os.replace(tmp, target)
    elif target.exists():
        check_target(target, folder=True)  # files added while the export ran are kept too
        old = Path(tempfile.mkdtemp(prefix=temp_prefix(target.name), suffix=".old",
                                    dir=target.parent))
        old.rmdir()
        os.replace(target, old)
        try:
            os.replace(tmp, target)
        except OSError:
            os.replace(old, target)  # put the previous export back
            raise
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, target)
    fsync_path(target.parent)


def _write_manifest(folder: Path) -> None:
    """Record in the marker every file of the finished export (what a new export may replace)."""
    listing = "".join(f"{rel}\n" for rel in _all_files(folder))
    with open(folder / MARKER, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(MARKER_TEXT + MANIFEST_HEAD + listing)
        close_durably(handle)


def open_text(path: Path) -> IO[str]:
    """Open a file for writing UTF-8 text with LF line ends (parents created)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return open(path, "w", encoding="utf-8", newline="\n")


def close_durably(handle: IO[str] | IO[bytes]) -> None:
    """Flush, fsync and close a file written inside a staged output."""
    handle.flush()
    os.fsync(handle.fileno())
    handle.close()


def open_binary(path: Path) -> IO[bytes]:
    """Open a file for writing bytes (parents created): for text already encoded as UTF-8."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return open(path, "wb")


class SplitFiles:
    """Files of one export, one per split, opened on first use.

    ``name(split)`` gives each file's path relative to ``root`` (``split`` is
    None when the export is not split). Text files (UTF-8, LF) unless
    ``binary``: then the writer hands over bytes it has encoded itself (export
    workers encode, so a document crosses processes as bytes, not as str).
    """

    def __init__(self, root: Path, name: Callable[[str | None], str], *,
                 binary: bool = False) -> None:
        self.root = root
        self._name = name
        self._binary = binary
        self._open: dict[str | None, IO[Any]] = {}

    def get(self, split: str | None) -> IO[Any]:
        """The open file for ``split``."""
        handle = self._open.get(split)
        if handle is None:
            path = self.root / self._name(split)
            handle = self._open[split] = open_binary(path) if self._binary else open_text(path)
        return handle

    @property
    def splits(self) -> list[str | None]:
        """Splits that received at least one write (or were opened)."""
        return list(self._open)

    def close(self) -> None:
        """Flush, fsync and close every file."""
        for handle in self._open.values():
            close_durably(handle)
        self._open.clear()


@contextlib.contextmanager
def staged_files(out: Path, *, split: bool, ext: str, binary: bool = False
                 ) -> Iterator[SplitFiles]:
    """Files of a one-file format: ``out`` itself, or with a split a folder of train/dev/test."""
    with staged(out, folder=split) as tmp:
        if split:
            files = SplitFiles(tmp, lambda s: f"{s}{ext}", binary=binary)
        else:
            files = SplitFiles(tmp.parent, lambda s: tmp.name, binary=binary)
            files.get(None)
        try:
            yield files
        finally:
            files.close()
