"""Reading JSON input one line at a time, so that one bad line costs only that line.

A JSONL file is read as bytes and split at ``\\n``; each line is decoded
and parsed on its own. An invalid UTF-8 byte, malformed JSON, nesting deep
enough to exhaust the parser, or an integer longer than Python's digit
limit is a :class:`LineProblem` for that line, with its true line number;
the lines after it are read as usual. Whole-file JSON (Label Studio tasks,
``documents.json``) goes through :func:`parse_json` for the same messages.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.formats.atomic import loads

_BOM = b"\xef\xbb\xbf"


class LineProblem(ValueError):
    """A line (or file) that is not readable JSON; the message says why, without the place."""


def decode_line(raw: bytes) -> str:
    """``raw`` as text, or :class:`LineProblem` naming the first invalid byte."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise LineProblem(f"not UTF-8 (invalid byte 0x{raw[err.start]:02x} at column "
                          f"{err.start + 1})") from err


def parse_json(data: bytes | str) -> Any:
    """The JSON value of ``data``, or :class:`LineProblem` saying in one sentence what is wrong."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    try:
        return loads(raw)
    except (ValueError, RecursionError) as err:
        decode_line(raw)  # invalid UTF-8 gets its own message, with the byte
        raise problem_of(err) from err


def problem_of(err: Exception) -> LineProblem:
    """The one-sentence :class:`LineProblem` for a parser's exception."""
    if isinstance(err, json.JSONDecodeError):
        where = f"line {err.lineno}, " if err.lineno > 1 else ""
        return LineProblem(f"not valid JSON: {err.msg} ({where}column {err.colno})")
    if isinstance(err, RecursionError):
        return LineProblem("not readable: JSON nested too deeply")
    return LineProblem(f"not readable: {_short(err)}")  # e.g. the 4300-digit integer limit


def _short(err: Exception) -> str:
    text = str(err).split(";")[0]
    if "digits" in text:
        return "an integer has more digits than allowed (4300)"
    return text


def iter_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(line number, bytes) of every non-blank line of ``path``.

    A UTF-8 byte-order mark on the first line is ignored. Raises
    :class:`OSError` when the file cannot be opened or read.
    """
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            if number == 1 and raw.startswith(_BOM):
                raw = raw[3:]
            if raw.strip():
                yield number, raw


def iter_json_lines(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, value or :class:`LineProblem`) for every non-blank line of ``path``
    (:func:`iter_lines`)."""
    for number, raw in iter_lines(path):
        try:
            yield number, parse_json(raw)
        except LineProblem as err:
            yield number, err
