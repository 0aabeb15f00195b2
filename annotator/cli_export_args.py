"""Checks of ``annotator export`` arguments that need a word before any work starts.

- ``--out`` naming a file (``x.conll``) for a format that writes a folder
  is refused in one line that says what the folder will hold (unless one
  CoNLL ``--view`` without a split is asked for: that is one file);
- ``--view`` for a format other than CoNLL is refused;
- ``--out .`` (or any folder holding the current one) cannot be replaced
  by an export: said in one line instead of the system's "Device or
  resource busy";
- after an export with ``--split``, a split left empty gets a warning.
"""

from __future__ import annotations

from pathlib import Path

from annotator.cli_common import plural
from annotator.formats.format_table import EXPORTS

#: The formats whose export has token views (``--view``).
VIEW_FORMATS = " and ".join(name for name, f in EXPORTS.items() if f.views)
#: Extensions that make ``--out`` look like a file name rather than a folder name.
FILE_EXTENSIONS = frozenset((".conll", ".iob", ".bio", ".json", ".jsonl", ".txt", ".ann",
                             ".spacy", ".csv", ".tsv", ".parquet", ".xml"))


def out_problem(fmt: str, out: str, split: bool, view: str | None = None) -> str | None:
    """Why ``--out out`` cannot receive a ``fmt`` export (of one token ``view``), or None."""
    codec = EXPORTS.get(fmt)
    if view is not None and (codec is None or not codec.views):
        return f"--view: only the {VIEW_FORMATS} export has token views, not {fmt}"
    path = Path(out)
    here = Path.cwd().resolve()
    target = path.resolve()
    if target == here or target in here.parents:
        return (f"--out {out}: an export replaces its target, and it cannot replace the "
                "current folder (or one holding it); name a new folder, such as "
                f"--out {Path(out) / 'export'}")
    if codec is None or not codec.writes_folder(split, view):
        return None  # one file (one view of a CoNLL export too): any name will do
    if codec.holds and path.suffix.lower() in FILE_EXTENSIONS:
        why = "it writes" if codec.folder else "with --split it writes"
        one = f", or --view {codec.views[0]} for one file" if codec.views and not split else ""
        return (f"--out {out}: the {fmt} export needs a folder name ({why} {codec.holds}); "
                f"give one without the extension, such as --out {path.with_suffix('')}{one}")
    return None


def empty_split_warnings(counts: dict[str, int]) -> list[str]:
    """A warning for every requested split the export left empty (from the report's counts)."""
    sizes = {k[:-len(" documents")]: v for k, v in counts.items()
             if k.endswith(" documents") and k.split(" ")[0] in ("train", "dev", "test")}
    total = sum(sizes.values())
    return [f"warning: the {name} split is empty ({plural(total, 'document')} "
            f"for {len(sizes)} splits)" for name, size in sizes.items() if size == 0]
