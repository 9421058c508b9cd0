"""From a document to a draft question bank.

Reading: ``blocks`` gives a document as blocks, from ``markdown`` (markdown-it-py, with
``markdown_html`` for its HTML boxes and ``myst`` for Jupyter Book's directives and roles),
``restructured``, ``asciidoc`` (with ``asciidoc_inline``) or ``plaintext`` (line by
line), with ``text`` taking out what is never
a sentence (control characters, macros, attributes, footnote marks); ``document`` turns
them into titled sections, page-marked paragraphs and ``sentences``, dropping what
``boilerplate`` recognises as page furniture. Facts: ``dates`` and ``numbers`` find
dates and quantities, ``names`` (with ``name_words`` and ``name_evidence``) names and
people's roles, ``terms`` defined terms, each a ``facts.Fact``; ``spots`` pairs each
sentence with its facts and context (``referents``: what it leans on; ``antecedents``:
whom its "he" means). Judging: ``checks`` (non-facts, give-aways, loose references),
``counts`` (numbers the text gives itself), ``opinions`` (the writer's view, facts too
slight), ``roles`` (a deed worth asking, a milestone not), ``subjects`` (what the document
is about), ``date_worth`` (which of a narrative's dates) and ``selection`` (each fact once,
with ``asked``: what was asked so far).
Drafting: ``candidates`` is the pure engine, with ``wording`` (values, options, ids),
``distractors``, ``chronology`` (order questions over a dated list),
``rosters`` (match questions), ``claims``, ``points`` and ``commands`` (cards) and
``code_terms`` (clozes on a tutorial's code); ``writer`` makes a deck and its YAML. All
of these are pure (text in, values out); ``files`` is the one place that reads a
document and writes a draft.
"""
