"""Durable file writes and readable JSON.

Every write goes to a temporary file in the target's folder, is flushed and
fsynced, then replaces the target with ``os.replace`` (atomic on POSIX and
Windows), and the folder is fsynced so the rename survives a power cut. A
failure at any point leaves the previous file untouched.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from annotator.formats.errors import ReadError, WriteError


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not supported on every platform (Windows)
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_writer(path: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Yield a file object whose content replaces ``path`` only when the block completes.

    Raises :class:`WriteError` (with the cause chained) when anything fails;
    the temporary file is removed and ``path`` keeps its previous content.
    """
    path = Path(path)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise WriteError(path, err.strerror or str(err)) from err
    tmp = Path(tmp_name)
    try:
        kwargs: dict[str, Any] = {} if "b" in mode else {"encoding": "utf-8", "newline": "\n"}
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise WriteError(path, err.strerror or str(err)) from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(folder)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically and durably."""
    with atomic_writer(path, "wb") as handle:
        handle.write(data)


def dumps(obj: Any) -> str:
    """Readable JSON: Arabic as is, one-space indent, key order as given, newline at end."""
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


# One encoder for every record line: what json.dumps(x, ensure_ascii=False) does, without
# building a new encoder per call. Its encode() keeps no state between calls (thread-safe).
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def record_line(record: dict[str, Any]) -> bytes:
    """One record as :func:`dumps_records` writes it: indented, on one line, UTF-8."""
    return b"  " + _ENCODER.encode(record).encode("utf-8")


def dumps_record_lines(head: dict[str, Any], lists: dict[str, list[bytes]]) -> bytes:
    """:func:`dumps_records` from records already turned into lines by :func:`record_line`.

    Lets a writer keep the lines of records that did not change (saving a
    document re-encodes only the spans that were edited).
    """
    parts = [b" " + _ENCODER.encode(key).encode("utf-8") + b": "
             + _ENCODER.encode(value).encode("utf-8") for key, value in head.items()]
    for key, lines in lists.items():
        name = b" " + json.dumps(key).encode("utf-8")
        if lines:
            parts.append(name + b": [\n" + b",\n".join(lines) + b"\n ]")
        else:
            parts.append(name + b": []")
    return b"{\n" + b",\n".join(parts) + b"\n}\n"


def dumps_records(head: dict[str, Any], lists: dict[str, list[dict[str, Any]]]) -> str:
    """JSON object whose list members are written one record per line.

    Annotation files hold thousands of spans; one span per line keeps git
    diffs and merges to the spans that changed and is fast to write.
    """
    return dumps_record_lines(head, {key: [record_line(r) for r in records]
                                     for key, records in lists.items()}).decode("utf-8")


def read_json(path: Path) -> tuple[Any, bytes]:
    """Parse a JSON file; return the value and the raw bytes (for change detection)."""
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise ReadError(path, err.strerror or str(err)) from err
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ReadError(path, f"not UTF-8 (byte {err.start})") from err
    try:
        return json.loads(text), data
    except json.JSONDecodeError as err:
        raise ReadError(path, f"not valid JSON: {err.msg} (column {err.colno})",
                        line=err.lineno) from err
