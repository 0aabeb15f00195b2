"""Codecs: one module per dataset format, which writes it and, where the format allows,
reads it back (hence codecs, not exporters), plus shared helpers.

Each format module ends with ``FORMAT = Format(...)`` (:mod:`.format`): its name,
its write and read functions, how to recognise its files and what its export holds.
:mod:`annotator.formats.format_table` lists every ``FORMAT``; adding a format is one
module here and one line there. Entry points are :mod:`annotator.formats.export` and
:mod:`annotator.formats.exchange`; the helpers here are ``options`` (what to export),
``selection`` (which documents and annotations, verified), ``output`` (atomic files
and folders, splits), ``tokenise`` (token views, sentences and IOB2 layers built on
:mod:`annotator.core.arabic`) and ``importing`` (storing imported documents and
annotations in a project).
"""
