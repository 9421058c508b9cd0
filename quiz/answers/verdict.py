"""The result of checking one answer, whatever the question type or the path.

A :class:`Verdict` says right, partly right or wrong, what was forgiven, and whether the
answer could be read at all; :func:`counted_wrong` is what every path that cannot ask
again (a piped session, paper marking, a scan) does with an unreadable answer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Verdict:
    """The result of checking one answer."""

    correct: bool  # fully right (a forgiven typo counts as right)
    score: float  # 0..1 credit
    feedback: str  # what to tell the person beyond right/wrong, may be ""
    expected: str  # the correct answer, as it should be shown
    understood: bool = True  # False: the answer could not be read; ask again
    forgiven: tuple[str, ...] = ()  # what was forgiven: "spelled 'Köln'", "'Rep.' read as ..."

    @property
    def outcome(self) -> str:
        """'right', 'partial' or 'wrong'."""
        return "right" if self.correct else "partial" if self.score > 0 else "wrong"


def no_answer(expected: str) -> Verdict:
    return Verdict(False, 0.0, "No answer.", expected)


def unreadable(feedback: str, expected: str) -> Verdict:
    return Verdict(False, 0.0, feedback, expected, understood=False)


def counted_wrong(verdict: Verdict) -> Verdict:
    """An unreadable answer where nobody can be asked again (a piped session, a paper,
    a scan): wrong, with a note saying why. Readable verdicts are returned as they are."""
    if verdict.understood:
        return verdict
    note = f"Not read as an answer, so counted wrong. {verdict.feedback}".strip()
    return replace(verdict, feedback=note, understood=True)


def blank(answer: str) -> bool:
    return not answer.strip()
