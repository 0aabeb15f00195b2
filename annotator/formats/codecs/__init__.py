"""Codecs: one module per dataset format, which writes it and, where the format allows,
reads it back (hence codecs, not exporters), plus shared helpers.

Entry points are :mod:`annotator.formats.export` and :mod:`annotator.formats.exchange`;
the helpers here are ``options`` (what to export), ``selection`` (which documents and
annotations, verified), ``output`` (atomic files and folders, splits), ``tokenise``
(token views, sentences and IOB2 layers built on :mod:`annotator.core.arabic`) and
``importing`` (storing imported documents and annotations in a project).
"""
