"""Durable file writes and readable JSON.

Every write goes to a temporary file in the target's folder, is flushed and
fsynced, then replaces the target with ``os.replace`` (atomic on POSIX and
Windows), and the folder is fsynced so the rename survives a power cut. A
failure at any point leaves the previous file untouched.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import json
import math
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from annotator.formats.errors import ReadError, WriteError


def fsync_path(path: Path) -> None:
    """Flush a file or a folder's entries to disk (best effort: Windows cannot for folders)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class _Deferred:
    """Open :func:`one_sync_at_the_end` blocks and the folders written within them."""

    lock = threading.Lock()
    depth = 0
    folders: set[Path] = set()


@contextlib.contextmanager
def one_sync_at_the_end() -> Iterator[None]:
    """Within the block, atomic writes skip their own fsyncs; everything is synced once at the end.

    For bulk imports: each file is still written to a temporary file and
    renamed into place (a killed process leaves every file whole), and the
    block ends only after one ``os.sync`` (or, where there is none, an fsync
    of every folder written) has put all of it on disk. Blocks may nest (and
    span threads); the outermost one syncs. Writes made meanwhile by other
    threads of the process (a GUI autosave) are deferred too, and synced with
    the rest when the block ends.
    """
    with _Deferred.lock:
        _Deferred.depth += 1
    try:
        yield
    finally:
        folders = None
        with _Deferred.lock:
            _Deferred.depth -= 1
            if _Deferred.depth == 0:
                folders, _Deferred.folders = _Deferred.folders, set()
        if folders is not None:
            _sync_all(folders)


def _sync_all(folders: set[Path]) -> None:
    sync = getattr(os, "sync", None)
    if sync is not None:
        sync()
        return
    for folder in folders:  # Windows: no sync(); files were fsynced as written
        fsync_path(folder)


def _deferring(folder: Path) -> bool:
    """True inside :func:`one_sync_at_the_end` (``folder`` is then remembered for the sync)."""
    if not _Deferred.depth:
        return False
    with _Deferred.lock:
        _Deferred.folders.add(folder)
    return bool(getattr(os, "sync", None))


def temp_prefix(name: str) -> str:
    """The prefix of a temporary file standing in for ``name``: hidden, with this process id.

    The process id lets a later run tell its own leftovers (from a run that
    was killed) from the live temporary files of another running process.
    """
    return f".{name}.{os.getpid()}."


def _writer_pid(name: str) -> int | None:
    """The process id in a temporary name from :func:`temp_prefix`, or None."""
    if not name.startswith(".") or not name.endswith((".tmp", ".old")):
        return None
    parts = name[1:-4].rsplit(".", 2)
    return int(parts[1]) if len(parts) == 3 and parts[1].isdigit() else None


def temporaries(folder: Path) -> list[Path]:
    """The temporary files and folders in ``folder`` (ours or another program's)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [Path(folder, n) for n in sorted(names)
            if n.startswith(".") and n.endswith((".tmp", ".old"))]


def remove_dead_temporaries(folder: Path, name: str | None = None) -> list[Path]:
    """Remove the temporary files in ``folder`` left by runs of this program that died.

    Only names with a process id (:func:`temp_prefix`) whose process no
    longer runs are removed (with ``name``, only those standing in for
    ``name``); the others are left for ``validate`` to name.
    """
    removed = []
    for path in temporaries(folder):
        if name is not None and not path.name.startswith(f".{name}."):
            continue
        pid = _writer_pid(path.name)
        if pid is None or pid == os.getpid() or _process_runs(pid):
            continue
        with contextlib.suppress(OSError):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed


def _process_runs(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists (owned by another user) or cannot be asked: keep its files
    return True


_UMASK: list[int] = []


def current_umask() -> int:
    """The process's umask (read once; from /proc where it can be read without changing it)."""
    if not _UMASK:
        try:
            with open("/proc/self/status", encoding="ascii") as handle:
                found = [line.split()[1] for line in handle if line.startswith("Umask:")]
            _UMASK.append(int(found[0], 8))
        except (OSError, IndexError, ValueError):
            mask = os.umask(0o022)  # elsewhere: the only way is to set it and put it back
            os.umask(mask)
            _UMASK.append(mask)
    return _UMASK[0]


def new_file_mode(target: Path | str, *, folder: bool = False) -> int:
    """The mode a replacement of ``target`` gets: the old file's, else what the umask allows.

    ``mkstemp`` and ``mkdtemp`` make 0600 and 0700, which would shut out the
    teammates sharing a project folder (issue 14).
    """
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        return (0o777 if folder else 0o666) & ~current_umask()


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
        fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=".tmp",
                                        dir=folder)
    except OSError as err:
        raise WriteError(path, err.strerror or str(err)) from err
    tmp = Path(tmp_name)
    deferred = _deferring(folder)
    try:
        with contextlib.suppress(OSError, AttributeError):  # no modes (a FAT disk, Windows)
            os.fchmod(fd, new_file_mode(path))
        kwargs: dict[str, Any] = {} if "b" in mode else {"encoding": "utf-8", "newline": "\n"}
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            if not deferred:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise WriteError(path, err.strerror or str(err)) from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if deferred and not _Deferred.depth:
        # The block ended while this file was written: its one sync may have come too
        # early for this file, so this one is synced on its own.
        fsync_path(path)
        deferred = False
    if not deferred:
        fsync_path(folder)


_CREATED = itertools.count()


def create_exclusive(path: str, data: bytes) -> None:
    """Create the file ``path`` holding ``data``, atomically, only where nothing is yet.

    For bulk imports, which create thousands of new files: the content goes
    to a temporary file (created with the umask's mode, no ``chmod``) that is
    then hard-linked to ``path``, which fails when ``path`` exists, so nothing
    is ever replaced, even by a race; where the disk has no hard links (FAT,
    some network shares) it is renamed after a check. Inside
    :func:`one_sync_at_the_end` the fsyncs wait for the end of the block.
    Raises :class:`FileExistsError` when ``path`` exists, :class:`WriteError`
    when it cannot be written; either way nothing is left behind.
    """
    folder, name = os.path.split(path)
    fd, tmp = _new_temporary(folder, name, path)
    deferred = _deferring(Path(folder))
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            if not deferred:
                os.fsync(fd)
        finally:
            os.close(fd)
        _link_or_rename(tmp, path)
    except FileExistsError:
        _remove_quietly(tmp)
        raise
    except OSError as err:
        _remove_quietly(tmp)
        raise WriteError(Path(path), err.strerror or str(err)) from err
    except BaseException:  # interrupted: no temporary file left behind
        _remove_quietly(tmp)
        raise
    if deferred and not _Deferred.depth:
        fsync_path(Path(path))  # the block's one sync may have come before this file
        deferred = False
    if not deferred:
        fsync_path(Path(folder))


_NEW_FILE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) \
    | getattr(os, "O_BINARY", 0)


def _new_temporary(folder: str, name: str, path: str) -> tuple[int, str]:
    """A new temporary file standing in for ``name`` in ``folder``: (descriptor, path)."""
    for _ in range(100):  # a name taken: left by a dead process that had this process id
        tmp = os.path.join(folder, f"{temp_prefix(name)}{next(_CREATED)}.tmp")
        try:
            return os.open(tmp, _NEW_FILE_FLAGS, 0o666), tmp
        except FileExistsError:
            continue
        except OSError as err:
            raise WriteError(Path(path), err.strerror or str(err)) from err
    raise WriteError(Path(path), f"no free temporary name in {folder}")


def _link_or_rename(tmp: str, path: str) -> None:
    """Put ``tmp`` at ``path`` and remove ``tmp``; :class:`FileExistsError` if ``path`` exists."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError as err:
        if err.errno not in _NO_HARD_LINKS:
            raise
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "File exists", path) from None
        os.replace(tmp, path)
        return
    os.unlink(tmp)


# What link() says on a disk or system without hard links.
_NO_HARD_LINKS = {errno.EPERM, errno.EACCES, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV,
                  errno.EMLINK, errno.ENOSYS}


def _remove_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


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


def one_shot_encoder(encoder: json.JSONEncoder) -> Callable[[Any], str]:
    """``encoder.encode`` without its per-call set-up: the same text, about twice as fast.

    ``JSONEncoder.encode`` builds a new C encoder on every call, which for
    a span of ten fields costs as much as the encoding; this builds it once
    (without the cycle check, which only changes the error for a value that
    contains itself: records parsed from files never do, and the C encoder
    still stops at its recursion limit). Falls back to ``encoder.encode`` when
    this Python's C encoder is missing or takes other arguments, or when the
    two disagree on a probe.
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None or encoder.indent is not None or encoder.ensure_ascii:
        return encoder.encode
    try:
        fast = make(None, encoder.default, json.encoder.encode_basestring, None,
                    encoder.key_separator, encoder.item_separator, encoder.sort_keys,
                    encoder.skipkeys, encoder.allow_nan)
    except TypeError:  # another Python's signature
        return encoder.encode

    def encode(value: Any) -> str:
        return "".join(fast(value, 0))

    probe = {"id": "s-1", "n": [1, -2.5, 1e300, None, True, False], "t": "بال\n\"x\"\u200d",
             "a": {"k": [], "m": {}}}
    try:
        same = encode(probe) == encoder.encode(probe)
    except Exception:  # noqa: BLE001 - any failure means: do not use it
        same = False
    return encode if same else encoder.encode


_encode = one_shot_encoder(_ENCODER)


def record_line(record: dict[str, Any]) -> bytes:
    """One record as :func:`dumps_records` writes it: indented, on one line, UTF-8."""
    return b"  " + _encode(record).encode("utf-8")


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def compact_line(value: Any) -> bytes:
    """One JSON Lines record: compact JSON (no spaces), UTF-8, a newline at the end.

    orjson writes it, about nine times faster than :mod:`json`'s encoder on
    an export record; what orjson refuses (an integer beyond 64 bits, a lone
    surrogate) :mod:`json` writes with the same separators. Strings come out
    byte for byte as :mod:`json` spells them; a float's value is the same,
    the spelling of its exponent may differ (orjson writes ``1e300`` and
    ``1.5e-6`` where :mod:`json` writes ``1e+300`` and ``1.5e-06``). Values
    read from project files hold no NaN (:func:`read_json` refuses them),
    which orjson would write as ``null``. The line breaks JSON leaves raw in strings
    (U+0085, U+2028, U+2029) are escaped: one record is one line for every reader.
    """
    try:
        line = orjson.dumps(value, option=orjson.OPT_APPEND_NEWLINE)
    except TypeError:
        line = (_COMPACT.encode(value) + "\n").encode("utf-8")
    for raw, escaped in _RAW_BREAKS_UTF8:
        if raw in line:
            line = line.replace(raw, escaped)
    return line


# Line breaks that JSON leaves raw inside strings, but Python's str.splitlines() (and
# JavaScript before 2019) break lines at: a JSON Lines writer escapes them, so that every
# reader sees one record a line (found by the fuzz suite: a title holding U+0085).
_RAW_BREAKS = ("\u0085", "\u2028", "\u2029")
_RAW_BREAKS_UTF8 = tuple((c.encode("utf-8"), f"\\u{ord(c):04x}".encode()) for c in _RAW_BREAKS)


def one_record_a_line(line: str) -> str:
    """A JSON text with the line breaks JSON leaves raw (U+0085, U+2028, U+2029) escaped,
    as :func:`compact_line` writes them."""
    for c in _RAW_BREAKS:
        if c in line:
            line = line.replace(c, f"\\u{ord(c):04x}")
    return line


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


_UTF8_BOM = b"\xef\xbb\xbf"
# Every ASCII digit as "0", "-" as itself, any other byte as "x" (see _parse_fast).
_DIGITS_AS_ZERO = bytes(0x30 if 0x30 <= i <= 0x39 else i if i == 0x2D else 0x78
                        for i in range(256))
_TWENTY_DIGITS = b"0" * 20
_MINUS_NINETEEN_DIGITS = b"-" + b"0" * 19
_REFUSED = object()


def _parse_fast(data: bytes) -> Any:
    """``data`` parsed by orjson (twice as fast as :mod:`json` on annotation files), or _REFUSED.

    The value is always the one :mod:`json` gives, because the files that
    the two would read differently are refused and left to :mod:`json`: those
    orjson rejects (``NaN``, a lone surrogate such as ``"\\ud800"``, invalid
    UTF-8, nesting deeper than 1024, any syntax error) and those where an
    integer may lie outside [-2**63, 2**64), which orjson reads as a float:
    20 digits in a row, or 19 after a minus sign, anywhere (19 digits, such as
    the nanosecond times of the index, fit).
    """
    if data.startswith(_UTF8_BOM):
        data = data[3:]
    digits = data.translate(_DIGITS_AS_ZERO)
    if digits.find(_TWENTY_DIGITS) >= 0 or digits.find(_MINUS_NINETEEN_DIGITS) >= 0:
        return _REFUSED
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return _REFUSED


def loads(data: bytes) -> Any:
    """``json.loads(data)``, faster: the same value, or the same exception."""
    value = _parse_fast(data)
    return json.loads(data) if value is _REFUSED else value


_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)


def read_bytes(path: str | Path, size: int | None = None) -> bytes:
    """The content of ``path``; ``size`` is what a stat said (None: ask the open file).

    The file may have changed since the stat: it is read to its end all the
    same. Plain ``os`` calls: for 20,000 small files the file objects of
    ``open`` are a noticeable part of a listing or an export.
    """
    fd = os.open(path, _READ_FLAGS)
    try:
        return _read_to_end(fd, os.fstat(fd).st_size if size is None else size)
    finally:
        os.close(fd)


def read_bytes_and_stat(path: str | Path) -> tuple[bytes, os.stat_result]:
    """The content of ``path`` and its stat, taken once it is open and before reading it.

    Cheaper than a stat of the path before :func:`read_bytes` (the path is
    looked up once), and as safe for change detection: a file that changes
    during the read has a newer stat than the one returned.
    """
    fd = os.open(path, _READ_FLAGS)
    try:
        st = os.fstat(fd)
        return _read_to_end(fd, st.st_size), st
    finally:
        os.close(fd)


def _read_to_end(fd: int, size: int) -> bytes:
    data = os.read(fd, size + 1)
    if len(data) == size:  # asked for one byte more than there was: the end
        return data
    chunks = [data]  # it grew or shrank since the stat, or is too big for one read
    while chunks[-1]:
        chunks.append(os.read(fd, 1 << 20))
    return b"".join(chunks)


class NotFiniteError(ValueError):
    """A number JSON cannot hold (NaN, Infinity, or one too large for a float)."""


def _not_json(name: str) -> Any:
    raise NotFiniteError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise NotFiniteError(f"{text} is too large for a number")
    return value


def read_json(path: Path) -> tuple[Any, bytes]:
    """Parse a JSON file; return the value and the raw bytes (for change detection).

    Strict where :mod:`json` is lenient: ``NaN``, ``Infinity`` and numbers
    too large for a float make the file unreadable (:class:`ReadError`), so a
    damaged project file never carries them into an export that would then
    not be JSON.
    """
    try:
        data = read_bytes(path)
    except OSError as err:
        raise ReadError(path, err.strerror or str(err)) from err
    return parse_file_bytes(data, path), data


def parse_file_bytes(data: bytes, path: Path) -> Any:
    """The value of the JSON file ``path`` whose bytes are ``data`` (see :func:`read_json`)."""
    value = _parse_fast(data)
    if value is not _REFUSED:
        return value
    # json reads what orjson refused, or says what is wrong with the file.
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ReadError(path, f"not UTF-8 (byte {err.start})") from err
    try:
        value = json.loads(text, parse_constant=_not_json, parse_float=_finite_float)
    except NotFiniteError as err:
        raise ReadError(path, f"not JSON: {err}") from err
    except json.JSONDecodeError as err:
        raise ReadError(path, f"not valid JSON: {err.msg} (column {err.colno})",
                        line=err.lineno) from err
    except (ValueError, RecursionError) as err:  # the integer digit limit; nesting too deep
        reason = "nested too deeply" if isinstance(err, RecursionError) else \
            "an integer has more digits than allowed (4300)" if "digits" in str(err) else str(err)
        raise ReadError(path, f"not readable JSON: {reason}") from err
    if _SURROGATE_ESCAPE.search(data):  # "\\ud800": JSON may spell what is not text
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as err:
            char = ord(err.object[err.start])
            raise ReadError(path, f"not text: a lone surrogate (U+{char:04X}), which UTF-8 "
                            "cannot hold; the file was edited by hand") from err
    return value


#: A JSON escape of a UTF-16 surrogate: paired, it spells a character; alone, none.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def read_json_if_present(path: Path) -> tuple[Any, bytes] | None:
    """:func:`read_json` of ``path``, or None when there is no such file.

    Cheaper than asking first: an export reads 20,000 files.
    """
    try:
        return read_json(path)
    except ReadError as err:
        if isinstance(err.__cause__, (FileNotFoundError, NotADirectoryError)):
            return None
        raise
