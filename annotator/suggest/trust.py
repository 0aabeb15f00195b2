"""Consent before running code that came with a project (``suggest_command``).

A project pulled from git may name any command in ``project.json``. It is
run only after the user on this machine agreed to exactly that command for
exactly that project folder: the record (per machine and user, in the
platform's config folder) holds a hash of the project's real path, the
command and the content of every file the command names inside the project
(so an edited script needs consent again).
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
from collections.abc import Sequence
from pathlib import Path

import platformdirs

from annotator.formats.atomic import atomic_writer, read_json_if_present
from annotator.formats.errors import ProjectError
from annotator.suggest.base import SuggestError

TRUST_FILE = "trusted-commands.json"


class UntrustedCommandError(SuggestError):
    """The project's suggest command was not approved on this machine; it was not run."""


def trust_file() -> Path:
    """Where this user's approvals are kept (``ANNOTATOR_CONFIG_DIR`` overrides the folder)."""
    folder = os.environ.get("ANNOTATOR_CONFIG_DIR") or platformdirs.user_config_dir("annotator")
    return Path(folder) / TRUST_FILE


def shown(argv: Sequence[str]) -> str:
    """The command as a shell line, for showing it to the user before asking."""
    return " ".join(shlex.quote(a) for a in argv)


def command_key(project_path: Path, argv: Sequence[str]) -> str:
    """What an approval covers: the project folder, the command, the files it names there."""
    root = os.path.realpath(project_path)
    digest = hashlib.sha256(json.dumps([root, list(argv)]).encode("utf-8"))
    for arg in argv:
        path = Path(root, arg)
        real = os.path.realpath(path)
        if real.startswith(root + os.sep) and os.path.isfile(real):
            try:
                digest.update(Path(real).read_bytes())
            except OSError:
                digest.update(b"\0unreadable")
    return digest.hexdigest()


def _approved() -> set[str]:
    try:
        found = read_json_if_present(trust_file())
    except ProjectError:
        return set()  # a damaged record approves nothing
    value = found[0] if found else {}
    keys = value.get("approved") if isinstance(value, dict) else None
    return {k for k in keys if isinstance(k, str)} if isinstance(keys, list) else set()


def is_trusted(project_path: Path, argv: Sequence[str]) -> bool:
    """Whether the user approved ``argv`` for this project (as its files are now)."""
    return command_key(project_path, argv) in _approved()


def trust(project_path: Path, argv: Sequence[str]) -> None:
    """Record the user's approval of ``argv`` for this project."""
    keys = sorted(_approved() | {command_key(project_path, argv)})
    with atomic_writer(trust_file()) as handle:
        handle.write(json.dumps({"approved": keys}, indent=1) + "\n")


def require_trust(project_path: Path, argv: Sequence[str]) -> None:
    """Raise :class:`UntrustedCommandError` (showing the command) unless it was approved."""
    if not is_trusted(project_path, argv):
        raise UntrustedCommandError(
            f"this project asks to run `{shown(argv)}` (suggest_command in project.json). "
            "It came with the project, so it is not run without your consent: read it, then "
            "run `annotator suggest PROJECT --with command --trust` (or approve it in the "
            "app) to allow it on this machine")
