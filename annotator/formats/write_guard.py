"""The write guard: a project file that changed on disk since it was read is never overwritten.

The guard remembers, per file, the SHA-256 of what this process last read
or wrote there (or that the file was absent). A write compares that with
what is on disk now and refuses with :class:`ConflictError` when they
differ: someone else (a teammate's ``git pull``, another instance, an
editor) changed, created or deleted the file meanwhile. A file the guard
never saw may be written only when it does not exist yet. Writes also never
leave the project folder through a symbolic link. The write itself is
atomic and durable (:mod:`annotator.formats.atomic`).

Reading a file and recording it here are the caller's job
(:meth:`WriteGuard.trust`), because the caller already holds the bytes.
"""

from __future__ import annotations

import os
from pathlib import Path

from annotator.core.text import sha256_bytes
from annotator.formats.atomic import atomic_writer, create_exclusive
from annotator.formats.errors import ConflictError, WriteError
from annotator.formats.guards import is_within


class WriteGuard:
    """What this process last saw of each project file, and the guarded writer that uses it.

    Safe for several threads writing different files (the importer writes
    with a pool): each call touches only its own path's key, one dict
    assignment at a time, atomic under the GIL.
    """

    def __init__(self, root: Path, *, remember_reads: bool = True) -> None:
        """``remember_reads=False``: :meth:`trust` and :meth:`trust_absent` record nothing
        (no hash per file read), so files can be created but none replaced."""
        self.root = Path(root)
        # path -> SHA-256 of the content last read or written; None: it was absent.
        self._seen: dict[Path, str | None] = {}
        self._remember_reads = remember_reads

    def trust(self, path: Path, raw: bytes) -> None:
        """Record ``raw`` as what is on disk at ``path`` (so a write may replace it)."""
        if self._remember_reads:
            self._seen[Path(path)] = sha256_bytes(raw)

    def trust_absent(self, path: Path) -> None:
        """Record that ``path`` did not exist when read (a write may create it, not replace it)."""
        if self._remember_reads:
            self._seen[Path(path)] = None

    def forget(self, path: Path) -> None:
        """Accept the file as it is on disk now (after the user chose to reload it)."""
        self._seen.pop(Path(path), None)

    def knows(self, path: Path) -> bool:
        """Whether the guard has seen ``path`` (read, written or found absent)."""
        return Path(path) in self._seen

    def write(self, path: Path | str, data: bytes | str) -> None:
        """Write ``data`` (bytes, or text as UTF-8) to ``path`` atomically and durably.

        Raises :class:`ConflictError` (and writes nothing) when the file
        exists but was never read, or changed or was deleted on disk since it
        was last read or written; :class:`WriteError` when it cannot be
        written or lies outside the project. Afterwards the new content is
        what the guard trusts.
        """
        path = Path(path)
        self.check_inside(path)
        if isinstance(data, str):
            data = data.encode("utf-8")
        self._check_unchanged(path)
        with atomic_writer(path, "wb") as handle:
            handle.write(data)
        self._seen[path] = sha256_bytes(data)

    def _check_unchanged(self, path: Path) -> None:
        """Raise :class:`ConflictError` when ``path`` on disk is not what was last seen."""
        known = self._seen.get(path, None)
        try:
            current: str | None = sha256_bytes(path.read_bytes())
        except FileNotFoundError:
            current = None
        except OSError as err:
            raise WriteError(path, err.strerror or str(err)) from err
        if current is not None and known != current:
            raise ConflictError(path)
        if current is None and known is not None:
            raise ConflictError(path)  # deleted by someone else since we read it

    def remembers_content(self, path: Path) -> bool:
        """Whether this process read or wrote ``path`` (so a file is expected there)."""
        return self._seen.get(path) is not None

    def created(self, path: Path, digest: str) -> None:
        """Record that this process created ``path`` with content of SHA-256 ``digest``."""
        self._seen[path] = digest

    def check_inside(self, path: Path) -> None:
        """Raise :class:`WriteError` when writing ``path`` would land outside the project.

        A symbolic link inside the project (``annotations/<name>``, ``.cache``)
        must never carry a write to somewhere else on the disk.
        """
        real = os.path.realpath(Path(path).parent)
        if not is_within(real, self.root):
            raise WriteError(path, f"a symbolic link leads outside the project folder (to "
                                   f"{real}); the project writes only inside itself. Replace "
                                   "the link with a real folder")


class FileCreator:
    """Creates new project files, many in a row, for one bulk import.

    A file is created only where nothing is yet (never over a file: the
    create is exclusive on disk, see :func:`create_exclusive`), so the read
    probe of :meth:`WriteGuard.write` is not needed; each folder is checked
    for symbolic links leading out of the project once, at its first file.
    Afterwards the guard trusts each file as written. Use it for one import
    (a creator lives as long as the run it serves), from one thread.
    """

    def __init__(self, guard: WriteGuard) -> None:
        self._guard = guard
        self._folders: set[Path] = set()

    def create(self, path: Path, data: bytes, digest: str) -> None:
        """Create ``path`` holding ``data`` (whose SHA-256 is ``digest``).

        Raises :class:`ConflictError` when a file is there already (or the
        guard knows of one that was deleted meanwhile), :class:`WriteError`
        when it cannot be written or lies outside the project.
        """
        folder = path.parent
        if folder not in self._folders:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise WriteError(path, err.strerror or str(err)) from err
            self._guard.check_inside(path)
            self._folders.add(folder)
        if self._guard.remembers_content(path):
            raise ConflictError(path)  # it was read here, and is gone or still there
        try:
            create_exclusive(str(path), data)
        except FileExistsError:
            raise ConflictError(path) from None
        self._guard.created(path, digest)
