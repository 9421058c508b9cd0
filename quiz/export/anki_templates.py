"""The look of the Anki note types: one stylesheet and the card templates per note kind.

Plain strings (no genanki) so the CSV export and the tests can read them too. The
stylesheet keeps text readable in Anki's night mode, which adds the ``nightMode``
(and older ``night_mode``) class to the card.
"""

from __future__ import annotations

CSS = """\
.card {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  font-size: 20px; line-height: 1.45; text-align: left;
  max-width: 36em; margin: 0 auto; padding: 0 .6em;
  color: #1f2328; background-color: #ffffff;
}
.prompt { font-size: 1.1em; }
.instruction, .hint, .accepted, .source { color: #59636e; font-size: .8em; }
.image { margin: .6em 0; text-align: center; }
.image img { max-width: 100%; max-height: 50vh; }
ol.options { list-style-type: upper-alpha; }
ol.options.marked { list-style-type: upper-alpha; }
.options li, .items li { margin: .25em 0; }
.correct { color: #1a7f37; }
.answer { font-weight: 600; }
table.match { border-collapse: collapse; font-size: inherit; }
table.match td { padding: .2em 1em .2em 0; vertical-align: top; }
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
.nightMode .correct, .night_mode .correct { color: #3fb950; }
.nightMode .cloze, .night_mode .cloze { color: #58a6ff; }
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


def _back(front: str, answer: str) -> str:
    return front + HR + answer + EXTRAS


_BASIC = _prompt("Front") + IMAGE
_CLOZE = _prompt("cloze:Text") + IMAGE
_TYPEIN = _prompt("Prompt") + IMAGE + _small("Hint", "hint")
_CHOICE = _prompt("Prompt") + IMAGE + _small("Instruction", "instruction")
_LIST = _prompt("Prompt") + IMAGE
# kind -> (note type name, [(card name, question side, answer side)]). The answer side
# repeats the question but not a list it showed: it shows the marked or ordered one.
TEMPLATES: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "basic": (
        "Quiz Basic",
        [("Card 1", _BASIC, _back("{{FrontSide}}", '<div class="answer">{{Back}}</div>'))],
    ),
    "reversed": (
        "Quiz Basic (and reversed card)",
        [
            ("Card 1", _BASIC, _back("{{FrontSide}}", '<div class="answer">{{Back}}</div>')),
            (
                "Card 2",
                _prompt("Back"),
                _back("{{FrontSide}}", '<div class="answer">{{Front}}</div>' + IMAGE),
            ),
        ],
    ),
    "cloze": ("Quiz Cloze", [("Cloze", _CLOZE, _back(_CLOZE, ""))]),
    "typein": (
        "Quiz Type-in",
        [
            (
                "Type-in",
                _TYPEIN + "\n{{type:Answer}}",
                _back(_TYPEIN, "{{type:Answer}}" + _small("Accepted", "accepted")),
            )
        ],
    ),
    "choice": ("Quiz Choice", [("Choice", _CHOICE + "{{Options}}", _back(_CHOICE, "{{Answer}}"))]),
    "list": ("Quiz List", [("List", _LIST + "{{Items}}", _back(_LIST, "{{Answer}}"))]),
}
