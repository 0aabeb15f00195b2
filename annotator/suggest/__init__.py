"""Suggesters: pre-tagged spans for review (no Qt).

Entry points (each module is imported only when used):

- :func:`annotator.suggest.runner.run_suggester` (project, name, doc_ids, progress, cancel)
  and :func:`~annotator.suggest.runner.available_suggesters`: the CLI's
  ``annotator suggest`` and the GUI's background job;
- :func:`annotator.suggest.imports.import_suggestions`: gold JSONL, doccano, Label Studio;
- :func:`annotator.suggest.crf.train`: train the ``model`` suggester;
- :mod:`annotator.suggest.review`: ``accept``, ``accept_edited``, ``reject``,
  ``bulk_accept_edits`` and ``review_stats`` (``annotator review-stats``);
- :mod:`annotator.suggest.base`: the ``Suggester`` protocol and scoring helpers;
- :mod:`annotator.suggest.merge`: suggestions as one undoable batch.
"""
