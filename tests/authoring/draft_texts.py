"""Documents the `quiz draft` tests share, and a shortcut to draft questions from text."""

from __future__ import annotations

from quiz.authoring.drafting.candidates import draft_questions
from quiz.authoring.drafting.document import parse_document

ARTICLE = """\
How the Lakeside Railway was built

Northern Herald (Photo: Anna Berg/Archive)
In the early 1880s the town of Brill had no railway at all. Its merchants wanted one badly.

Money from the capital

By 1881 the council had raised a total of 40 million crowns from local banks. Two years later \
the sum grew to 90 million crowns, and in 1885 the state added 25 million crowns.

The Velden Bridge under construction, 1884

According to historian Maria Kessler, the council spent 35 percent of its budget on the line \
in 1883. The firm of Harlow built the engines, the firm of Dunmore supplied the rails and the \
firm of Castell laid the track.

Engineers from abroad

In 1882, engineer Tomas Reed arrived in Brill with a team of 12 surveyors. They mapped the \
ground between Brill and Ostmark in six months.

Engineer Tomas Reed at Ostmark station

Reed wrote that 18 percent of the route ran through marsh. The line opened in 1886, and 3,000 \
passengers rode it in the first week.

Dear readers,

Our website may be blocked soon. To stay up to date with our stories:

  • Subscribe to our weekly newsletter
  • Enable push notifications

Read more

We use cookies on this site. Click here for the details.

Accept all cookies
"""

NOTES = """\
Notes on the river trade


The merchants of Ostmark sold grain to the north.   p.12-3


In 1790 the guild of Ostmark signed a charter with the firm of Harlow.

By 1795 the firm of Dunmore had bought 12 barges.      details   p.40

On 3 May 1801 the guild opened a warehouse at Velden.  p.77-78  and  p.90

(this ends the notes on the guild)

  • Notes on the river trade

    Buy from Example Books
    Also available from all good bookshops.
"""


def draft_of(text: str, **kw) -> list:
    """The draft questions for a document given as text, cited as source "rail"."""
    return draft_questions(parse_document(text, **kw), "rail")


def by_id(questions: list) -> dict:
    return {q.id: q for q in questions}


def sections_of(text: str, **kw) -> set[str]:
    """The sections the paragraphs of a document given as text stand in."""
    return {p.section for p in parse_document(text, **kw).paragraphs}
