"""Moodle's GIFT import, rule by rule, in Python: what Moodle makes of a GIFT file.

Written from Moodle's question/format/gift/format.php (qformat_gift::readquestion and
its helpers) and qformat_default's splitting of a file into questions at blank lines,
so that our export can be checked against the importer itself rather than against
our idea of it. Kept faithful where it matters for us: escapes and placeholders,
comments, the name, the answer block, the [format] prefix of every text, answer
weights ``%n%``, how the answer block decides the question type, the answer counts
Moodle refuses, and matching's ``->``. Calculated and plugin question types are out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")
FORMATS = ("moodle", "html", "plain", "markdown")
ESCAPED = ("\\:", "\\#", "\\=", "\\{", "\\}", "\\~", "\\n")
PLACEHOLDERS = ("&&058;", "&&035;", "&&061;", "&&123;", "&&125;", "&&126;", "&&010")
CHARACTERS = (":", "#", "=", "{", "}", "~", "\n")


class Refused(Exception):
    """Moodle refuses the question (it reports an error and imports nothing)."""


@dataclass
class Text:
    text: str
    format: str


@dataclass
class Question:
    qtype: str
    name: str | None
    text: Text
    general_feedback: Text
    answers: list[Text] = field(default_factory=list)
    fractions: list[float] = field(default_factory=list)
    feedback: list[Text] = field(default_factory=list)
    subquestions: list[Text] = field(default_factory=list)
    subanswers: list[str] = field(default_factory=list)
    single: bool | None = None
    correct: bool | None = None
    tolerances: list[str] = field(default_factory=list)
    category: str | None = None


def escapedchar_pre(text: str) -> str:
    text = text.replace("\\\\", "&&092;")
    for seq, mark in zip(ESCAPED, PLACEHOLDERS, strict=True):
        text = text.replace(seq, mark)
    return text.replace("&&092;", "\\")


def escapedchar_post(text: str) -> str:
    for mark, char in zip(PLACEHOLDERS, CHARACTERS, strict=True):
        text = text.replace(mark, char)
    return text


def parse_text_with_format(text: str, default: str = "moodle") -> Text:
    result = Text(text, default)
    if text.startswith("["):
        end = text.find("]")  # PHP: strpos false -> substr(text, 1, -1): no known name
        name = text[1:end] if end >= 0 else text[1:-1]
        if name in FORMATS:
            result = Text(text[end + 1 :], name)
    return Text(escapedchar_post(result.text).strip(), result.format)


def answerweightparser(answer: str) -> tuple[float, str]:
    answer = answer[1:]
    end = answer.find("%")
    return float(answer[:end]) / 100, answer[end + 1 :]


def commentparser(answer: str, default: str) -> tuple[Text, Text]:
    bits = answer.split("#", 1)
    feedback = parse_text_with_format(bits[1].strip(), default) if len(bits) > 1 else None
    return parse_text_with_format(bits[0].strip(), default), feedback or Text("", default)


def _php_empty(value: str) -> bool:
    return value in ("", "0")


def _answers_after(text: str, separator: str) -> list[str]:
    answers = text.split(separator)
    answers[0] = answers[0].strip()
    if _php_empty(answers[0]):
        answers.pop(0)
    return answers


def split_questions(source: str) -> list[list[str]]:
    """qformat_default::readquestions: a question is the lines up to a blank one."""
    questions, lines = [], []
    for line in source.split("\n"):
        if _php_empty(line.strip()):
            if lines:
                questions.append(lines)
            lines = []
        else:
            lines.append(line)
    if lines:
        questions.append(lines)
    return questions


def read_question(lines: list[str]) -> Question | None:
    lines = [" " if line.strip().startswith("//") else line for line in lines]
    text = "\n".join(lines).strip()
    if not text:
        return None
    text = escapedchar_pre(text)
    if text.startswith("$CATEGORY:"):
        return Question("category", None, Text("", ""), Text("", ""), category=text[10:].strip())
    name = None
    if text.startswith("::"):
        text = text[2:]
        finish = text.find("::")
        if finish >= 0:
            name = escapedchar_post(text[:finish]).strip()
            text = text[finish + 2 :].strip()
    start, finish = text.find("{"), text.find("}")
    description = start < 0 and finish < 0
    if description:
        answertext, questiontext = "", text
    elif start < 0 or finish < 0:
        raise Refused("brace error")
    else:
        answertext = text[start + 1 : finish].strip()
        blank = "" if text.endswith("}") else "_____"
        questiontext = text[:start] + blank + text[finish + 1 :]
    separator = answertext.rfind("####")
    general = ""
    if separator >= 0:
        general = answertext[separator + 4 :]
        answertext = answertext[:separator].strip()
    qtext = parse_text_with_format(questiontext)
    q = Question("", name, qtext, parse_text_with_format(general, qtext.format))
    fmt = qtext.format
    if description:
        q.qtype = "description"
    elif answertext == "":
        q.qtype = "essay"
    elif answertext[0] == "#":
        q.qtype = "numerical"
    elif "~" in answertext:
        q.qtype = "multichoice"
    elif "=" in answertext and "->" in answertext:
        q.qtype = "match"
    else:
        check = answertext
        if answertext.find("#") > 0:
            check = answertext[: answertext.find("#")].strip()
        q.qtype = "truefalse" if check in ("T", "TRUE", "F", "FALSE") else "shortanswer"
    if q.qtype == "multichoice":
        q.single = "=" in answertext
        answers = _answers_after(answertext.replace("=", "~="), "~")
        if len(answers) < 2:
            raise Refused("multichoice needs 2 answers")
        for answer in answers:
            answer = answer.strip()
            if answer[0] == "=":
                weight, answer = 1.0, answer[1:]
            elif WEIGHT.match(answer):
                weight, answer = answerweightparser(answer)
            else:
                weight = 0.0
            shown, feedback = commentparser(answer, fmt)
            q.answers.append(shown)
            q.feedback.append(feedback)
            q.fractions.append(weight)
    elif q.qtype == "match":
        answers = _answers_after(answertext, "=")
        if len(answers) < 2:
            raise Refused("match needs 2 answers")
        for answer in answers:
            answer = answer.strip()
            if "->" not in answer:
                raise Refused("matching format")
            marker = answer.find("->")
            q.subquestions.append(parse_text_with_format(answer[:marker], fmt))
            q.subanswers.append(escapedchar_post(answer[marker + 2 :]).strip())
    elif q.qtype == "truefalse":
        bits = answertext.split("#", 2)
        q.correct = parse_text_with_format(bits[0].strip(), fmt).text in ("T", "TRUE")
    elif q.qtype == "shortanswer":
        answers = _answers_after(answertext, "=")
        if not answers:
            raise Refused("shortanswer needs an answer")
        for answer in answers:
            answer = answer.strip()
            weight = 1.0
            if WEIGHT.match(answer):
                weight, answer = answerweightparser(answer)
            shown, feedback = commentparser(answer, fmt)
            q.answers.append(Text(shown.text, shown.format))
            q.feedback.append(feedback)
            q.fractions.append(weight)
    elif q.qtype == "numerical":
        answers = _answers_after(answertext[1:].split("~")[0], "=")
        if not answers:
            raise Refused("no numerical answers")
        for answer in answers:
            answer = answer.strip()
            weight = 1.0
            if WEIGHT.match(answer):
                weight, answer = answerweightparser(answer)
            value = commentparser(answer, fmt)[0].text
            if ".." in value[1:]:
                low, high = value.split("..", 1)
                middle = (float(high) + float(low)) / 2
                value, tolerance = str(middle), str(float(high) - middle)
            elif ":" in value[1:]:
                value, tolerance = (s.strip() for s in value.split(":", 1))
            else:
                tolerance = "0"
            float(value), float(tolerance)  # Moodle: "errornotnumbers"
            q.answers.append(Text(value, fmt))
            q.tolerances.append(tolerance)
            q.fractions.append(weight)
    return q


def read_gift(source: str) -> list[Question]:
    """Every question Moodle imports from ``source``, categories included."""
    return [q for lines in split_questions(source) if (q := read_question(lines))]
