"""From a document to a draft question bank.

``markdown`` splits a plain-text or Markdown file into blocks and ``document`` turns
them into titled sections, page-marked paragraphs and sentences, dropping what
``boilerplate`` recognises as page furniture. ``numbers`` and ``names`` find the
facts of a sentence, ``spots`` pairs each sentence with its facts and context, and
``candidates`` (with ``distractors`` for what makes a wrong option fair and
``chronology`` for order questions) is the pure engine that drafts questions.
``writer`` makes them a deck and its YAML text. All of these are pure (text in, values
out); ``files`` is the one place that reads a document and writes a draft.
"""
