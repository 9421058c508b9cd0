"""The look of the Anki note types: one stylesheet and the card templates per note kind.

Plain strings (no genanki) so the CSV export and the tests can read them too. The
stylesheet keeps text readable in Anki's night mode, which adds the ``nightMode``
(and older ``night_mode``) class to the card. ``.card`` is the page itself in Anki, so
it sets only type and colours and leaves Anki's page margin alone; the width limit is
on the ``.quiz`` block every template is wrapped in.

Labels are positional: options and order items are lettered by their list, a match
table numbers its rows and letters its right-hand cells with CSS counters, and the back
shows the labels the front had (``data-label``), so the review-time shuffle
(:mod:`quiz.export.anki_scripts`) only moves entries and never writes a label into the
text. True/false options are not lettered.
"""

from __future__ import annotations

from functools import cache

from quiz.export.anki_scripts import SHUFFLE, TYPEIN, script

NOTE_TYPES = {
    "basic": "Quiz Basic",
    "reversed": "Quiz Basic (and reversed card)",
    "cloze": "Quiz Cloze",
    "typein": "Quiz Type-in",
    "choice": "Quiz Choice",
    "list": "Quiz List",
}

CSS = """\
.card, .verdict {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
}
.card {
  font-size: 20px; line-height: 1.45; text-align: left;
  color: #1f2328; background-color: #ffffff;
}
.quiz { max-width: 36em; margin: 0 auto; }
.prompt { font-size: 1.1em; }
.instruction, .hint, .accepted, .source, .verdict .typed { color: #59636e; font-size: .8em; }
.image { margin: .6em 0; text-align: center; }
.image img { max-width: 100%; max-height: 50vh; }
ol.options, ol.items { list-style-type: upper-alpha; }
ol.options.tf { list-style-type: none; padding-left: 0; }
ol.order { list-style-type: decimal; }
ol.order li { padding-left: 1.6em; text-indent: -1.6em; }
ol.order li::before {
  content: attr(data-label); display: inline-block; min-width: 1.6em; text-indent: 0;
  font-weight: 600; color: #0969da;
}
.options li, .items li, .order li { margin: .25em 0; }
.correct { color: #1a7f37; }
.answer { font-weight: 600; }
table.match { border-collapse: collapse; font-size: inherit; counter-reset: quiz-row; }
table.match tr { counter-increment: quiz-row; }
table.match td { padding: .2em 1.2em .2em 0; vertical-align: top; }
table.match td.left::before { content: counter(quiz-row) ". "; font-weight: 600; }
table.match td.right::before { content: counter(quiz-row, upper-alpha) ". "; font-weight: 600; }
table.match.pairs td.left::before { content: attr(data-label) ". "; }
table.match td.left:empty::before, table.match.pairs td.left:empty::before { content: none; }
table.match.pairs td.right::before { content: "\\2192  " attr(data-label) ". "; }
table.match.pairs tr.spare td.right { color: #59636e; }
table.match.pairs tr.spare td.right::before { content: attr(data-label) ". "; }
table.match.pairs tr.spare td.right::after { content: " (matches none)"; }
.verdict { margin: .4em 0; }
.verdict-head { font-weight: 600; }
.verdict.right .verdict-head { color: #1a7f37; }
.verdict.wrong .verdict-head, .verdict.unreadable .verdict-head { color: #cf222e; }
.cloze { font-weight: bold; color: #0969da; }
.explanation {
  margin-top: 1em; padding: .5em .8em;
  border-left: 3px solid #0969da; background-color: #f6f8fa;
}
.background { margin-top: .5em; font-style: italic; }
.source { margin-top: .6em; font-style: italic; }
.card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card {
  color: #e6edf3; background-color: #1e1e1e;
}
.nightMode .instruction, .night_mode .instruction, .nightMode .hint, .night_mode .hint,
.nightMode .accepted, .night_mode .accepted, .nightMode .source, .night_mode .source {
  color: #9198a1;
}
.nightMode .correct, .night_mode .correct,
.nightMode .verdict.right .verdict-head, .night_mode .verdict.right .verdict-head {
  color: #3fb950;
}
.nightMode .verdict.wrong .verdict-head, .night_mode .verdict.wrong .verdict-head {
  color: #ff7b72;
}
.nightMode .cloze, .night_mode .cloze, .nightMode ol.order li::before,
.night_mode ol.order li::before { color: #58a6ff; }
.nightMode .explanation, .night_mode .explanation {
  border-left-color: #58a6ff; background-color: #262c36;
}
"""

IMAGE = '{{#Image}}<div class="image">{{Image}}</div>{{/Image}}'
EXTRAS = (
    '{{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}'
    '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}'
)
HR = "\n<hr id=answer>\n"


def _prompt(field: str) -> str:
    return f'<div class="prompt">{{{{{field}}}}}</div>'


def _small(field: str, cls: str) -> str:
    return f'{{{{#{field}}}}}<div class="{cls}">{{{{{field}}}}}</div>{{{{/{field}}}}}'


def _side(body: str, scripts: tuple[str, ...] = ()) -> str:
    return f'<div class="quiz">{body}</div>' + ("\n" + script(*scripts) if scripts else "")


def _back(front: str, answer: str, scripts: tuple[str, ...] = ()) -> str:
    return _side(front + HR + answer + EXTRAS, scripts)


_BASIC = _prompt("Front") + IMAGE
_CLOZE = _prompt("cloze:Text") + IMAGE
_TYPEIN = _prompt("Prompt") + IMAGE + _small("Hint", "hint")
_CHOICE = _prompt("Prompt") + IMAGE + _small("Instruction", "instruction")
_LIST = _prompt("Prompt") + IMAGE


@cache
def templates() -> dict[str, list[tuple[str, str, str]]]:
    """kind -> [(card name, question side, answer side)]. The answer side repeats the
    question but not a list it showed: it shows the marked or ordered one."""
    answer = _back("{{FrontSide}}", '<div class="answer">{{Back}}</div>')
    return {
        "basic": [("Card 1", _side(_BASIC), answer)],
        "reversed": [
            ("Card 1", _side(_BASIC), answer),
            (
                "Card 2",
                _side(_prompt("Back")),
                _back("{{FrontSide}}", '<div class="answer">{{Front}}</div>' + IMAGE),
            ),
        ],
        "cloze": [("Cloze", _side(_CLOZE), _back(_CLOZE, ""))],
        "typein": [
            (
                "Type-in",
                _side(_TYPEIN + "\n{{type:Answer}}"),
                _back(_TYPEIN, "{{type:Answer}}" + _small("Accepted", "accepted"), TYPEIN),
            )
        ],
        "choice": [
            (
                "Choice",
                _side(_CHOICE + "{{Options}}", SHUFFLE),
                _back(_CHOICE, "{{Answer}}", SHUFFLE),
            )
        ],
        "list": [
            ("List", _side(_LIST + "{{Items}}", SHUFFLE), _back(_LIST, "{{Answer}}", SHUFFLE))
        ],
    }
