"""The ``command`` suggester: any external program that reads documents and writes suggestions.

Configured in ``project.json`` settings::

    "suggest_command": ["python", "tools/my_ner.py", "--gpu"],   (argv list; run in the project)
    "suggest_timeout": 120,                                       (seconds, default 300)
    "suggest_command_name": "camel-ner"                           (origin name, optional)

Protocol: the program gets one JSON object per line on stdin,
``{"id": ..., "text": ...}``, and writes one per line on stdout,
``{"id": ..., "spans": [{"start", "end", "label", "score"?, "text"?,
"attributes"?}], "offset_unit"?: "codepoint" | "utf16"}`` (documents without
suggestions may be left out). The program's stderr is shown when it fails.
A program that times out, exits with a non-zero status, or writes a line
that is not such an object is an error naming the cause (stderr tail, line
number); spans with bad offsets are skipped and reported.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from annotator.core.model import AnnotationSet, Document
from annotator.core.schema import LabelSchema
from annotator.suggest.base import SuggesterBase, SuggestError, Suggestions
from annotator.suggest.imports import RawRecord, RawSpan, resolve_record

DEFAULT_TIMEOUT = 300.0
STDERR_TAIL = 2000


class CommandError(SuggestError):
    """The external suggestion command failed, timed out or wrote something unreadable."""


def _tail(data: bytes | str | None) -> str:
    if not data:
        return ""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    text = text.strip()
    return text[-STDERR_TAIL:]


class CommandSuggester(SuggesterBase):
    """Runs an external program over documents (see the module docstring)."""

    name = "command"
    version = "1"

    def __init__(self, argv: Sequence[str], *, timeout: float = DEFAULT_TIMEOUT,
                 cwd: Path | None = None, schema: LabelSchema | None = None,
                 name: str | None = None) -> None:
        if not argv or not all(isinstance(a, str) for a in argv):
            raise CommandError("suggest_command must be a non-empty list of strings "
                               '(e.g. ["python", "tagger.py"])')
        self.argv = list(argv)
        self.timeout = float(timeout)
        self.cwd = cwd
        self.schema = schema
        if name:
            self.name = name

    @classmethod
    def from_settings(cls, settings: dict[str, Any], *, cwd: Path | None = None,
                      schema: LabelSchema | None = None) -> CommandSuggester:
        """The suggester configured by ``suggest_command`` / ``suggest_timeout``."""
        argv = settings.get("suggest_command")
        if not argv:
            raise CommandError('no external suggester is configured: set "suggest_command" '
                               '(an argv list) in the project settings')
        if isinstance(argv, str):
            argv = shlex.split(argv)
        timeout = settings.get("suggest_timeout", DEFAULT_TIMEOUT)
        if not isinstance(timeout, (int, float)) or isinstance(timeout, bool) or timeout <= 0:
            raise CommandError("suggest_timeout must be a positive number of seconds")
        name = settings.get("suggest_command_name")
        suggester = cls(argv, timeout=timeout, cwd=cwd, schema=schema,
                        name=name if isinstance(name, str) and name else None)
        if cwd is not None:  # a project's own command: only with the user's consent
            from annotator.suggest.trust import require_trust
            require_trust(cwd, suggester.argv)
        return suggester

    def _run(self, docs: Sequence[Document]) -> str:
        payload = "".join(json.dumps({"id": d.id, "text": d.text}, ensure_ascii=False) + "\n"
                          for d in docs)
        shown = " ".join(shlex.quote(a) for a in self.argv)
        env = dict(os.environ, PYTHONIOENCODING="utf-8")
        try:
            proc = subprocess.run(self.argv, input=payload.encode("utf-8"),
                                  capture_output=True, timeout=self.timeout,
                                  cwd=self.cwd, env=env, check=False)
        except subprocess.TimeoutExpired as err:
            tail = _tail(err.stderr)
            raise CommandError(f"the suggestion command `{shown}` did not finish within "
                               f"{self.timeout:g} s (suggest_timeout) and was stopped"
                               + (f"; its last error output:\n{tail}" if tail else "")) from err
        except OSError as err:
            raise CommandError(f"cannot run the suggestion command `{shown}`: "
                               f"{err.strerror or err}") from err
        if proc.returncode != 0:
            tail = _tail(proc.stderr)
            raise CommandError(f"the suggestion command `{shown}` failed with exit status "
                               f"{proc.returncode}"
                               + (f"; its error output ends with:\n{tail}" if tail else
                                  " and wrote no error output"))
        try:
            return proc.stdout.decode("utf-8")
        except UnicodeDecodeError as err:
            raise CommandError(f"the suggestion command `{shown}` wrote output that is not "
                               f"UTF-8 (byte {err.start})") from err

    def _parse(self, out: str, docs: Sequence[Document]) -> dict[str, RawRecord]:
        wanted = {d.id for d in docs}
        records: dict[str, RawRecord] = {}
        for number, line in enumerate(out.split("\n"), start=1):
            if not line.strip():
                continue
            where = f"the suggestion command's output line {number}"
            try:
                value = json.loads(line)
            except json.JSONDecodeError as err:
                raise CommandError(f"{where} is not JSON ({err.msg}): {line[:80]!r}") from err
            if not isinstance(value, dict) or not isinstance(value.get("spans"), list):
                raise CommandError(f'{where} must be an object with "id" and a list "spans"')
            doc_id = value.get("id")
            if not isinstance(doc_id, (str, int)) or str(doc_id) not in wanted:
                raise CommandError(f"{where} names document {doc_id!r}, which it was not given")
            unit = value.get("offset_unit") or "codepoint"
            if unit not in ("codepoint", "utf16"):
                raise CommandError(f"{where}: offset_unit {unit!r} is not supported")
            spans = []
            for s in value["spans"]:
                if not isinstance(s, dict):
                    raise CommandError(f"{where}: each span must be an object")
                spans.append(RawSpan(s.get("start"), s.get("end"), s.get("label"), s.get("text"),
                                     s.get("score"), None, s.get("attributes") or {}))
            rec = records.setdefault(str(doc_id), RawRecord(str(doc_id), None, None, unit,
                                                            None, []))
            rec.spans += spans
        return records

    def suggest_many(self, docs: Sequence[Document]) -> dict[str, Suggestions]:
        """Run the command once over ``docs``; suggestions by document id."""
        if not docs:
            return {}
        records = self._parse(self._run(docs), docs)
        out: dict[str, Suggestions] = {}
        for doc in docs:
            rec = records.get(doc.id)
            if rec is None:
                out[doc.id] = Suggestions()
                continue
            spans, relations, problems = resolve_record(doc, rec, origin=self.origin,
                                                        schema=self.schema)
            out[doc.id] = Suggestions(spans, relations, problems)
        return out

    def suggest_full(self, doc: Document, ann: AnnotationSet) -> Suggestions:
        """Run the command on one document."""
        return self.suggest_many([doc])[doc.id]
