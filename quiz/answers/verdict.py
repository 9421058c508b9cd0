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
    ask: str = ""  # unreadable: what to type instead, said only to someone asked again

    @property
    def hint(self) -> str:
        """What to say before asking again: why the answer was not read, then what to type."""
        return " ".join(t for t in (self.feedback, self.ask) if t)

    @property
    def outcome(self) -> str:
        """'right', 'partial' or 'wrong'."""
        return "right" if self.correct else "partial" if self.score > 0 else "wrong"


def quoted(answer: str, limit: int = 40) -> str:
    """An answer as a message quotes it: stripped, and cut short if long."""
    text = answer.strip()
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def no_answer(expected: str) -> Verdict:
    return Verdict(False, 0.0, "No answer.", expected)


def unreadable(problem: str, expected: str, ask: str = "") -> Verdict:
    """An answer that cannot be read: ``problem`` says why, as a statement (it is also the
    note where nobody is asked again); ``ask`` says what to type, only when asked again."""
    return Verdict(False, 0.0, problem, expected, understood=False, ask=ask)


def counted_wrong(verdict: Verdict) -> Verdict:
    """An unreadable answer where nobody can be asked again (a piped session, a paper,
    a scan): wrong, with a note saying why, never asking for another answer. Readable
    verdicts are returned as they are."""
    if verdict.understood:
        return verdict
    note = f"Not read as an answer, so counted wrong. {verdict.feedback}".strip()
    return replace(verdict, feedback=note, understood=True, ask="")


def blank(answer: str) -> bool:
    return not answer.strip()
