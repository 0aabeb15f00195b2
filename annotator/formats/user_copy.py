"""The sample project, copied on first run to the user's data folder (platformdirs).

The copy inside the installation may be read-only, shared by every user, or
replaced by the next upgrade: the app must not write its cache, its lock or
anyone's annotations there. ``ANNOTATOR_DATA_DIR`` overrides the folder.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import platformdirs

from annotator.formats.errors import ProjectError

#: What the installed sample holds that belongs to no user (left out of the copy).
_NOT_COPIED = (".cache", ".annotator.lock")


def user_data_folder() -> Path:
    """This user's data folder of the annotator."""
    return Path(os.environ.get("ANNOTATOR_DATA_DIR")
                or platformdirs.user_data_dir("annotator"))


def user_sample(installed: Path) -> Path:
    """The user's own copy of the sample project ``installed``, made on first use."""
    target = user_data_folder() / "sample"
    if (target / "project.json").is_file():
        return target
    if not (installed / "project.json").is_file():
        raise ProjectError(f"the sample project was not found at {installed}; open a project "
                           "with `annotator open PROJECT` or create one with "
                           "`annotator new PROJECT`")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # Copied beside the target, then renamed: a killed first run leaves no half sample.
        staging = Path(tempfile.mkdtemp(prefix=".sample.", suffix=".tmp", dir=target.parent))
        shutil.copytree(installed, staging / "sample",
                        ignore=shutil.ignore_patterns(*_NOT_COPIED, ".*.tmp"))
        if target.exists():  # an empty or broken earlier attempt: keep it aside, never delete
            os.replace(target, target.with_name(f"sample.broken-{os.getpid()}"))
        os.replace(staging / "sample", target)
        shutil.rmtree(staging, ignore_errors=True)
    except OSError as err:
        raise ProjectError(f"cannot copy the sample project to {target}: "
                           f"{err.strerror or err}") from err
    return target
