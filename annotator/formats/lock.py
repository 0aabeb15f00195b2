"""A lock file so that two running instances never write the same project unawares.

The lock holds the owner's host, process id and start time. A lock left by a
process that no longer runs on this host is stale and is taken over; a live
one raises :class:`LockError` naming its owner.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

from annotator.core.model import now_iso
from annotator.formats.errors import LockError

LOCK_NAME = ".annotator.lock"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class ProjectLock:
    """Exclusive lock on a project folder for one process."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self.held = False

    def acquire(self) -> None:
        """Take the lock or raise :class:`LockError`."""
        me = {"host": socket.gethostname(), "pid": os.getpid(), "since": now_iso()}
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                if self._owner_is_stale():
                    self.path.unlink(missing_ok=True)
                    continue
                raise LockError(self._describe_owner()) from None
            except OSError as err:
                raise LockError(f"cannot create the lock {self.path}: {err.strerror}") from err
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(me, handle)
            self.held = True
            return
        raise LockError(self._describe_owner())

    def _owner(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _owner_is_stale(self) -> bool:
        owner = self._owner()
        if owner.get("host") != socket.gethostname():
            return False  # another machine (shared folder): never steal
        pid = owner.get("pid")
        return not isinstance(pid, int) or pid == os.getpid() or not _alive(pid)

    def _describe_owner(self) -> str:
        owner = self._owner()
        return (f"the project is open in another annotator instance "
                f"(process {owner.get('pid', '?')} on {owner.get('host', '?')} since "
                f"{owner.get('since', '?')}). Close it first; if it crashed on another "
                f"machine, delete {self.path}.")

    def release(self) -> None:
        """Give the lock back (only if this process holds it)."""
        if self.held:
            owner = self._owner()
            if owner.get("pid") == os.getpid():
                self.path.unlink(missing_ok=True)
            self.held = False
