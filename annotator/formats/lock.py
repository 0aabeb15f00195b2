"""A lock file so that two running instances never write the same project unawares.

The lock file ``.annotator.lock`` names its owner (host, process id, the
process's start time, since when). Where the system has ``flock`` (Linux,
macOS) the owner also holds a kernel lock on the open file, which the
kernel drops when the process dies however it dies; so:

- two writers starting together on a stale lock cannot both win: only one
  gets the kernel lock, and a writer checks that the file it locked is
  still the one at the path (a lock released meanwhile is retried);
- a lock file that is empty or unreadable (a disk that was full when it was
  written) and that nobody holds is stale, never "process ? on ? since ?";
- a lock whose process id now belongs to another process (same host, other
  start time) is stale;
- the Projects of one folder that a process opens (the GUI reopening the project
  it shows) share one lock, which goes only when the last of them lets go.

A lock written on another host is never taken over (the kernel lock may not
reach across a shared folder); its message says how to remove it. A folder
where the lock cannot be created (read-only) raises
:class:`ReadOnlyProjectError`, so that the GUI can open the project read-only.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.model import now_iso
from annotator.formats.errors import LockError

try:
    import fcntl
except ImportError:  # Windows: the owner's record alone decides
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = ".annotator.lock"
_READ_ONLY = (errno.EACCES, errno.EROFS, errno.EPERM)


@dataclass
class _Held:
    """A lock file this process holds: its open descriptor, and how many
    :class:`ProjectLock` objects share it (several Projects of one folder)."""

    fd: int
    holders: int = 1


#: The lock files this process holds, by the file's (device, inode): the kernel lock
#: belongs to one open file, and the lock file goes only when its last holder lets go.
_HELD: dict[tuple[int, int], _Held] = {}


def _identity(fd: int) -> tuple[int, int]:
    st = os.fstat(fd)
    return st.st_dev, st.st_ino


def _drop_in_forked_child() -> None:
    """In a forked child (an export's worker), close its copies of the held locks' files.

    The kernel lock belongs to the open file, which a fork shares: a worker
    outliving a killed export would otherwise keep the project locked. Closing
    a copy never releases the parent's lock (only the last close does).
    """
    for held in _HELD.values():
        with contextlib.suppress(OSError):
            os.close(held.fd)
        held.fd = -1  # a release in the child then touches nothing
    _HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_drop_in_forked_child)


class ReadOnlyProjectError(LockError):
    """The project folder cannot be written (read-only): it can only be viewed."""


def process_start(pid: int) -> int | None:
    """When process ``pid`` started (clock ticks since boot, Linux), or None when unknown."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read()
        # The name (field 2) may hold spaces and parentheses: count from the last ")".
        return int(stat[stat.rindex(b")") + 2:].split()[19])
    except (OSError, ValueError, IndexError):
        return None


def _alive(pid: int, started: Any) -> bool:
    """Whether the process that wrote a lock still runs (not merely its reused pid)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    except OSError:
        return False
    if isinstance(started, int):
        now = process_start(pid)
        if now is not None and now != started:
            return False  # the pid was reused by another process
    return True


def _try_kernel_lock(fd: int) -> bool:
    """Take the kernel lock on ``fd`` without waiting; True when taken (or unsupported)."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as err:
        # Held by someone else; any other error is a file system without flock, where the
        # owner's record alone decides.
        return err.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)
    return True


def _read_owner(fd: int) -> dict[str, Any]:
    try:
        raw = os.pread(fd, 4096, 0)
        data = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


#: How long a lock being taken right now may stay unwritten before it is described as such.
_OWNER_WAIT_S = 0.5


def _owner_once_written(fd: int) -> dict[str, Any]:
    """The owner of a lock someone holds, waiting a moment for a holder that has just taken
    it to write its name (so the message names the process, not "being opened")."""
    deadline = time.monotonic() + _OWNER_WAIT_S
    owner = _read_owner(fd)
    while not owner and time.monotonic() < deadline:
        time.sleep(0.01)
        owner = _read_owner(fd)
    return owner


class ProjectLock:
    """Exclusive lock on a project folder for one process (shared by the Projects of that
    folder the process opens: the lock goes when the last of them lets go)."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self._held: _Held | None = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._held is not None

    def acquire(self) -> None:
        """Take the lock or raise :class:`LockError` (:class:`ReadOnlyProjectError`)."""
        if self._held is not None:
            return
        for _ in range(5):
            fd = self._open()
            shared = _HELD.get(_identity(fd))
            if shared is not None and self._still_the_lock_file(shared.fd):
                os.close(fd)  # this process holds this very file already (another Project)
                shared.holders += 1
                self._held = shared
                return
            if not _try_kernel_lock(fd):
                owner = _owner_once_written(fd)
                os.close(fd)
                raise LockError(self._describe(owner))
            if not self._still_the_lock_file(fd):
                os.close(fd)  # released and removed while we opened it: try again
                continue
            owner = _read_owner(fd)
            if owner and not self._is_stale(owner):
                os.close(fd)
                raise LockError(self._describe(owner))
            self._write_me(fd)
            self._held = _HELD[_identity(fd)] = _Held(fd)
            return
        raise LockError(f"the lock {self.path} keeps changing; another instance is opening "
                        "the project. Try again")

    def _open(self) -> int:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        try:
            return os.open(self.path, flags, 0o666)  # the umask decides who may read it
        except OSError as err:
            if err.errno in _READ_ONLY:
                raise ReadOnlyProjectError(f"the project folder {self.path.parent} is "
                                           f"read-only ({err.strerror}): it can be viewed "
                                           "but not changed") from err
            raise LockError(f"cannot create the lock {self.path}: {err.strerror}") from err

    def _still_the_lock_file(self, fd: int) -> bool:
        try:
            st = os.stat(self.path, follow_symlinks=False)
        except OSError:
            return False
        mine = os.fstat(fd)
        return (st.st_dev, st.st_ino) == (mine.st_dev, mine.st_ino)

    def _is_stale(self, owner: dict[str, Any]) -> bool:
        """Whether a lock nobody holds in the kernel was left by a dead process."""
        if owner.get("host") != socket.gethostname():
            return False  # another machine (shared folder): never steal
        pid = owner.get("pid")
        return not isinstance(pid, int) or pid == os.getpid() or \
            not _alive(pid, owner.get("started"))

    def _write_me(self, fd: int) -> None:
        me = {"host": socket.gethostname(), "pid": os.getpid(),
              "started": process_start(os.getpid()), "since": now_iso()}
        data = json.dumps(me).encode("utf-8")
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, data, 0)
            os.fsync(fd)
        except OSError as err:
            # An empty lock nobody holds is stale: leaving it blocks no one.
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            os.close(fd)
            raise LockError(f"cannot write the lock {self.path}: {err.strerror}") from err

    def _describe(self, owner: dict[str, Any]) -> str:
        if not owner:
            return (f"the project is being opened by another annotator instance right now "
                    f"(its lock {self.path} is not written yet). Try again in a moment")
        remedy = "Close it first" if owner.get("host") == socket.gethostname() else \
            f"Close it first; if it crashed on that machine, delete {self.path}"
        return (f"the project is open in another annotator instance "
                f"(process {owner.get('pid', '?')} on {owner.get('host', '?')} since "
                f"{owner.get('since', '?')}). {remedy}.")

    def release(self) -> None:
        """Give the lock back (the file goes when no other Project of this process holds it)."""
        held, self._held = self._held, None
        if held is None or held.fd < 0:  # not held, or a forked child's copy
            return
        held.holders -= 1
        if held.holders:
            return
        for key, value in list(_HELD.items()):
            if value is held:
                del _HELD[key]
        try:
            if self._still_the_lock_file(held.fd):
                self.path.unlink(missing_ok=True)  # removed before the kernel lock is dropped
        finally:
            os.close(held.fd)
