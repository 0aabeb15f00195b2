"""``annotator render``: a document drawn as the reading view shows it, to PNG or paged PDF.

Qt is imported only when the command runs (the rest of the CLI stays
Qt-free), on the offscreen platform: no display is needed.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any


def _add_render_parser(sub: Any) -> None:
    """Register the ``render`` subcommand on the CLI's subparsers."""
    p = sub.add_parser("render", help="draw a document with its annotations to PNG or PDF")
    p.add_argument("project", metavar="PROJECT", help="project folder")
    p.add_argument("doc_id", metavar="DOC_ID", help="the document to draw")
    p.add_argument("--out", metavar="FILE", required=True,
                   help="output file: FILE.png (one image) or FILE.pdf (A4 pages)")
    p.add_argument("--width", type=int, metavar="PX",
                   help="text width in pixels (PNG default 900; PDF default the page width)")
    p.add_argument("--annotator", metavar="NAME",
                   help="whose annotations to draw (default: the project's annotator)")
    p.add_argument("--no-annotations", action="store_true", help="draw the text alone")
    p.set_defaults(func=cmd_render)


def cmd_render(args: argparse.Namespace) -> int:
    """Render ``args.doc_id`` of ``args.project`` to ``args.out``; print one summary line."""
    from annotator.cli_common import check_known_layer, open_project
    from annotator.formats.guards import refuse_target_in_project

    if args.width is not None and not 200 <= args.width <= 10_000:
        raise ValueError("--width must be between 200 and 10000 pixels")
    out = Path(args.out)
    if out.suffix.lower() not in (".png", ".pdf"):
        raise ValueError(f"cannot tell the format of {out.name}: name it .png or .pdf")
    project = open_project(args.project, args.annotator)
    check_known_layer(project, args.annotator)
    refuse_target_in_project(project.path, out, "a rendering")
    doc = project.load_document(args.doc_id)
    spans: list[Any] = []
    relations: list[Any] = []
    if not args.no_annotations:
        ann = project.load_annotations(doc, args.annotator)
        spans, relations = list(ann.spans.values()), list(ann.relations.values())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from annotator.ui.render import RenderInput, render_file

    # The renderer lays the text out with Qt's widgets: they need an application.
    app = QApplication.instance() or QApplication(["annotator"])
    try:
        print(render_file(RenderInput(doc.text, project.schema, spans, relations), out,
                          args.width))
    finally:
        app.processEvents()  # the hidden view's deferred deletion
    return 0
