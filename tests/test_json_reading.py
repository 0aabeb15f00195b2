"""Project files are parsed by orjson where it reads them as json would, and by json otherwise.

Whatever the parser, a file gives the value the standard library gives, and a
corrupt file the same message as before orjson was used.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.formats.atomic import loads, read_bytes, read_bytes_and_stat, read_json
from annotator.formats.errors import ReadError
from tests.strategies import hostile_text


def _same(a: Any, b: Any) -> bool:
    """Equal values of equal types all the way down (1 is not 1.0; NaN is NaN)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


# Inputs orjson refuses or would read differently from json, and some it reads alike.
ODD_FILES = [
    b'{"score": NaN, "top": Infinity, "bottom": -Infinity}',
    b'{"text": "\\ud800 lone surrogate"}',
    b'{"text": "\\udc00\\ud800 reversed pair"}',
    b'{"text": "\\ud83d\\ude00 a real pair"}',
    b'{"start": 18446744073709551616}',  # 2**64: orjson reads it as a float
    b'{"start": -9223372036854775809}',  # below -2**63: likewise
    b'{"start": 100000000000000000000000000000000000000000}',
    b'{"start": 18446744073709551615, "end": -9223372036854775808}',  # 64-bit limits
    b'{"start": 9999999999999999999, "mtime_ns": 1795683918042222829}',  # 19 digits fit
    b'{"start": -9999999999999999999}',  # but not after a minus sign
    b'{"start": 99999999999999999999}',
    b'{"big": 1e400, "tiny": 1e-400, "zero": -0.0, "int_zero": -0}',
    b'{"a": 1, "a": 2}',
    b'\xef\xbb\xbf{"bom": true}',
    b'{"deep": ' + b"[" * 2000 + b"]" * 2000 + b"}",
    b'{"id": "1234567890123456789012345 in a string"}',
    b'[1.5, 2, "\xd8\xa7\xd9\x84\xd8\xac\xd8\xb2\xd8\xa7\xd8\xa6\xd8\xb1", null, true, {}]',
]


@pytest.mark.parametrize("data", ODD_FILES, ids=range(len(ODD_FILES)))
def test_loads_gives_what_json_gives(data: bytes) -> None:
    try:
        expected = json.loads(data)
    except RecursionError:
        with pytest.raises(RecursionError):
            loads(data)
        return
    assert _same(loads(data), expected)


NOT_FINITE = {ODD_FILES[0], ODD_FILES[11]}  # NaN / Infinity, and 1e400: not JSON numbers


#: Read by json, refused in a project file (test_a_lone_surrogate_makes_a_project_file_...).
LONE_SURROGATES = ODD_FILES[1:3]


@pytest.mark.parametrize("data", [d for d in ODD_FILES[:-3]
                                  if d not in NOT_FINITE and d not in LONE_SURROGATES])
def test_read_json_gives_what_json_gives(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "f.json"
    path.write_bytes(data)
    value, raw = read_json(path)
    assert raw == data
    assert _same(value, json.loads(data.decode("utf-8-sig")))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=True)
    | hostile_text,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(hostile_text, inner, max_size=4),
    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(json_values, st.booleans(), st.sampled_from([None, 1]))
def test_any_written_value_reads_back_as_json_reads_it(value: Any, ascii_only: bool,
                                                       indent: int | None) -> None:
    data = json.dumps(value, ensure_ascii=ascii_only, indent=indent).encode("utf-8")
    assert _same(loads(data), json.loads(data))


EDGES = [2**63, 2**64, 10**18, 10**19, 10**20]


@pytest.mark.parametrize("edge", EDGES)
def test_integers_about_the_64_bit_limits_read_as_json_reads_them(edge: int) -> None:
    for n in range(edge - 3, edge + 3):
        for value in (n, -n):
            for data in (str(value).encode(), b'{"n": [%d, 1.5]}' % value):
                assert _same(loads(data), json.loads(data)), data


def _message(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    with pytest.raises(ReadError) as caught:
        read_json(path)
    return str(caught.value).removeprefix(str(path))


@pytest.mark.parametrize(("data", "message"), [
    (b'{\n "a": 1,\n "b": oops\n}', ':3: not valid JSON: Expecting value (column 7)'),
    (b'{"a": 1,}', ':1: not valid JSON: Expecting property name enclosed in double quotes '
               '(column 9)'),
    (b'', ':1: not valid JSON: Expecting value (column 1)'),
    (b'{"a": "\xff"}', ': not UTF-8 (byte 7)'),
    (b'{"a": "\xed\xa0\x80"}', ': not UTF-8 (byte 7)'),  # an encoded surrogate
])
def test_a_corrupt_file_is_reported_as_before(tmp_path: Path, data: bytes, message: str) -> None:
    assert _message(tmp_path, data) == message


@pytest.mark.parametrize(("data", "message"), [
    (b'{"score": NaN}', ": not JSON: NaN is not a JSON number"),
    (b'{"a": {"id": -Infinity}}', ": not JSON: -Infinity is not a JSON number"),
    (b'{"big": 1e400}', ": not JSON: 1e400 is too large for a number"),
])
def test_numbers_json_cannot_hold_make_a_project_file_unreadable(tmp_path: Path, data: bytes,
                                                                  message: str) -> None:
    """Found by the fuzz suite: an annotation file read with Infinity in an attribute, and
    the export then wrote Infinity, which is not JSON."""
    assert _message(tmp_path, data) == message


@pytest.mark.parametrize(("data", "message"), [
    (b'{"label": "\\ud800"}', "U+D800"),
    (b'{"a": ["x\\udc00\\ud800"]}', "U+DC00"),  # a pair the wrong way round
    (b'{"\\udfff": 1, "n": 100000000000000000000}', "U+DFFF"),  # in a key
])
def test_a_lone_surrogate_makes_a_project_file_unreadable(tmp_path: Path, data: bytes,
                                                          message: str) -> None:
    """JSON can spell a lone surrogate, which is not text: every export then failed on it
    with no file named (found by the stored-reader test)."""
    assert _message(tmp_path, data) == (f": not text: a lone surrogate ({message}), which "
                                        "UTF-8 cannot hold; the file was edited by hand")


@pytest.mark.parametrize(("data", "value"), [
    (b'{"t": "\\ud83d\\ude00"}', {"t": "\U0001f600"}),  # a pair spells a character
    (b'{"t": "\\\\ud800"}', {"t": "\\ud800"}),  # an escaped backslash, then text
])
def test_surrogate_escapes_that_spell_text_read_as_before(tmp_path: Path, data: bytes,
                                                          value: dict[str, str]) -> None:
    path = tmp_path / "f.json"
    path.write_bytes(data)
    assert read_json(path)[0] == value


def test_a_missing_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="No such file"):
        read_json(tmp_path / "none.json")


def test_read_bytes_and_stat_reads_the_whole_file_with_its_stat(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    data = bytes(range(256)) * 700
    path.write_bytes(data)
    got, st = read_bytes_and_stat(path)
    assert got == data and st.st_size == len(data)
    assert st.st_mtime_ns == path.stat().st_mtime_ns
    assert read_bytes(path) == data
    path.write_bytes(b"")
    assert read_bytes_and_stat(str(path))[0] == b"" and read_bytes(path) == b""


_SPAN = {"id": "s", "start": 0, "end": 1, "label": "ACTOR", "text": "x", "attributes": {}}
_REL = {"id": "r", "type": "SOURCE", "head": "a", "tail": "b", "attributes": {}}
_TIMES = {"origin": "x", "created": "", "modified": ""}


@pytest.mark.parametrize("status", [["accepted"], {"a": 1}, 3, None])
@pytest.mark.parametrize("times", [{}, _TIMES])
def test_a_status_of_any_json_type_is_a_format_problem_not_a_crash(status, times):
    """Found by the fuzz suite: a list as status crashed the fast path (unhashable)."""
    from annotator.formats.serialize import FormatProblem, relation_from_dict, span_from_dict
    with pytest.raises(FormatProblem, match="status"):
        span_from_dict({**_SPAN, **times, "score": None, "status": status})
    with pytest.raises(FormatProblem, match="status"):
        relation_from_dict({**_REL, **times, "score": None, "status": status})


@pytest.mark.parametrize("times", [{}, _TIMES])
def test_a_relation_score_must_be_a_number(times):
    from annotator.formats.serialize import FormatProblem, relation_from_dict
    with pytest.raises(FormatProblem, match="score must be a number"):
        relation_from_dict({**_REL, **times, "status": "suggested", "score": "high"})
    assert relation_from_dict({**_REL, **times, "status": "suggested", "score": 0.5}).score == 0.5
