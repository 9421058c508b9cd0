"""Run the transcripts in README.md and docs/*.md and compare their output.

The convention (docs/index.md, "Contributing to the docs", says it for writers):

- A fenced block whose info string starts with ``console`` is a transcript. A line
  starting with ``$ `` is a command (a trailing `` \\`` continues it on the next line);
  the lines after it, up to the next command, are its exact output, standard output
  and standard error together as a terminal shows them. Trailing spaces are ignored,
  and a line holding only ``...`` stands for any number of lines. ``$ # ...`` is a
  comment.
- A fenced block with ``file=NAME`` in its info string (```` ```yaml file=mini.yaml ````)
  is written to NAME before the transcripts below it run; with ``copy=PATH`` too, NAME
  is instead a copy of PATH (relative to the repository), for a file that is no text,
  such as a scan; the block's body then only describes it.
- Each page runs top to bottom in its own empty folder with its own QUIZ_HOME, so a
  page's commands see the files and the progress its earlier commands made.
- ``quiz ...`` runs in-process through click's CliRunner, after any ``NAME=value``
  assignments (extra environment); ``printf '...' | quiz ...`` gives its standard
  input, and ``quiz ... | head -4`` or ``quiz ... > FILE`` sends its standard output on
  through bash. Any other command (``cat``, ``head``, ``echo $?``) runs in bash, where
  ``$?`` is the exit status of the command before.
"""

from __future__ import annotations

import difflib
import os
import re
import shlex
import shutil
import subprocess
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from click.testing import CliRunner

from quiz.cli import cli

ROOT = Path(__file__).parent.parent.parent
ELLIPSIS = "..."
FENCE = re.compile(r"^(`{3,}|~{3,})(.*)$")
ENV_ASSIGNMENT = re.compile(r"^[A-Z_][A-Z0-9_]*=")

# Fixed for every transcript: Monday 3 March 2025, 08:30 in UTC+1; an 80-column
# terminal without colour. QUIZ_HOME is set per page.
ENVIRONMENT: dict[str, str | None] = {
    "QUIZ_NOW": "2025-03-03T08:30:00+01:00",
    "COLUMNS": "80",
    "LINES": "25",
    "NO_COLOR": "1",
    "TERM": "dumb",
    "FORCE_COLOR": None,
    "TTY_COMPATIBLE": None,
    "TTY_INTERACTIVE": None,
    "QUIZ_DEBUG": None,
}


def doc_pages() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@dataclass
class Step:
    """One command of a transcript and the output the page shows for it."""

    line: int  # 1-based line of the `$ ` in the page
    command: str
    expected: list[str]
    end: int  # the line after the output (0-based, exclusive), for re-recording


@dataclass
class Block:
    line: int  # 1-based line of the opening fence
    info: str
    body: list[str]
    body_start: int  # 0-based index of the first body line in the page
    steps: list[Step] = field(default_factory=list)

    @property
    def file(self) -> str | None:
        match = re.search(r"(?:^|\s)file=(\S+)", self.info)
        return match.group(1) if match else None

    @property
    def copy(self) -> str | None:
        match = re.search(r"(?:^|\s)copy=(\S+)", self.info)
        return match.group(1) if match else None

    @property
    def is_transcript(self) -> bool:
        return self.info.split()[:1] == ["console"]


def parse_page(text: str) -> list[Block]:
    """The fenced blocks of a Markdown page that open at the start of a line."""
    lines, blocks, i = text.splitlines(), [], 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if not opening:
            i += 1
            continue
        fence, start = opening.group(1), i + 1
        i = start
        while i < len(lines) and not (
            lines[i].startswith(fence) and not lines[i].strip(fence[0]).strip()
        ):
            i += 1
        block = Block(start, opening.group(2).strip(), lines[start:i], start)
        if block.is_transcript:
            block.steps = parse_steps(block)
        blocks.append(block)
        i += 1
    return blocks


def parse_steps(block: Block) -> list[Step]:
    steps: list[Step] = []
    body, i = block.body, 0
    while i < len(body):
        if not body[i].startswith("$ "):
            if not steps:
                raise ValueError(f"line {block.body_start + i + 1}: output before any `$ ` command")
            steps[-1].expected.append(body[i])
            steps[-1].end = block.body_start + i + 1
            i += 1
            continue
        first, command = i, body[i][2:]
        while command.endswith("\\") and i + 1 < len(body):
            i += 1
            command = command[:-1].rstrip() + " " + body[i].strip()
        i += 1
        steps.append(Step(block.body_start + first + 1, command, [], block.body_start + i))
    return steps


@dataclass
class Outcome:
    step: Step
    output: str

    @property
    def actual(self) -> list[str]:
        return tidy(self.output.splitlines())

    @property
    def passed(self) -> bool:
        return matches(tidy(self.step.expected), self.actual)


def tidy(lines: list[str]) -> list[str]:
    """Lines without trailing spaces, and no blank lines at the end."""
    lines = [line.rstrip() for line in lines]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def matches(expected: list[str], actual: list[str]) -> bool:
    """Equal, line by line, where a line of just ``...`` stands for any number of lines."""
    pattern = "".join(
        r"(?:[^\n]*\n)*?" if line == ELLIPSIS else re.escape(line) + r"\n" for line in expected
    )
    return re.fullmatch(pattern, "".join(f"{line}\n" for line in actual)) is not None


def pipeline(segments: list[list[str]]) -> str:
    """Tokens back into a shell command line (``>`` and ``>>`` stay operators)."""
    return " | ".join(
        " ".join(t if t in (">", ">>") else shlex.quote(t) for t in tokens) for tokens in segments
    )


class Shell:
    """Runs a page's commands in one folder with one fixed environment."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.env = {**ENVIRONMENT, "QUIZ_HOME": str(folder / ".quiz-home")}
        self.status = 0

    def run(self, command: str) -> str:
        if command.lstrip().startswith("#"):
            return ""
        lexer = shlex.shlex(command, posix=True, punctuation_chars="|>")
        lexer.whitespace_split = True
        segments: list[list[str]] = [[]]
        for token in lexer:
            segments.append([]) if token == "|" else segments[-1].append(token)
        at = next((i for i, s in enumerate(segments) if self._quiz_args(s) is not None), None)
        if at is None:
            return self._bash(command)
        stdin = self._bash(pipeline(segments[:at])) if at else None
        quiz, after = self._redirected(segments[at]), segments[at + 1 :]
        if quiz[1]:  # quiz ... > FILE: the shell writes what quiz printed
            after = [["cat", *quiz[1]], *after]
        env, args = self._quiz_args(quiz[0]) or ({}, [])
        stdout, stderr = self._quiz(args, env, stdin, piped=bool(after))
        if after:
            stdout = self._bash(pipeline(after), stdin=stdout)
        return stderr + stdout

    @staticmethod
    def _redirected(tokens: list[str]) -> tuple[list[str], list[str]]:
        """A command's tokens split before its first ``>`` or ``>>``."""
        at = next((i for i, t in enumerate(tokens) if t in (">", ">>")), len(tokens))
        return tokens[:at], tokens[at:]

    @staticmethod
    def _quiz_args(tokens: list[str]) -> tuple[dict[str, str], list[str]] | None:
        env, i = {}, 0
        while i < len(tokens) and ENV_ASSIGNMENT.match(tokens[i]):
            name, _, value = tokens[i].partition("=")
            env[name], i = value, i + 1
        return (env, tokens[i + 1 :]) if tokens[i : i + 1] == ["quiz"] else None

    def _quiz(
        self, args: list[str], env: dict[str, str], stdin: str | None, piped: bool
    ) -> tuple[str, str]:
        """(stdout, stderr); together in the order printed unless stdout is piped on."""
        runner = CliRunner(env={**self.env, **env})
        result = runner.invoke(cli, args, input=stdin, prog_name="quiz")
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            trace = "".join(traceback.format_exception(*result.exc_info))
            raise AssertionError(f"`quiz {shlex.join(args)}` raised:\n{trace}")
        self.status = result.exit_code
        return (result.stdout, result.stderr) if piped else (result.output, "")

    def _bash(self, command: str, stdin: str | None = None) -> str:
        env = {k: v for k, v in {**os.environ, **self.env}.items() if v is not None}
        done = subprocess.run(
            ["bash", "-c", f"(exit {self.status}); {command}"],
            input=stdin,
            cwd=self.folder,
            env=env,
            capture_output=True,
            text=True,
        )
        self.status = done.returncode
        return done.stderr + done.stdout


def run_page(page: Path, folder: Path) -> list[Outcome]:
    """Every transcript of the page, in order, run in ``folder``."""
    blocks, shell, cwd = parse_page(page.read_text("utf-8")), Shell(folder), os.getcwd()
    outcomes: list[Outcome] = []
    os.chdir(folder)  # quiz runs in this process and reads relative paths
    try:
        for block in blocks:
            if block.file:
                target = folder / block.file
                target.parent.mkdir(parents=True, exist_ok=True)
                if block.copy:
                    shutil.copyfile(ROOT / block.copy, target)
                else:
                    target.write_text("".join(f"{line}\n" for line in block.body), "utf-8")
            outcomes += [Outcome(step, shell.run(step.command)) for step in block.steps]
    finally:
        os.chdir(cwd)
    return outcomes


def report(page: Path, failed: list[Outcome]) -> str:
    """A unified diff per transcript that differs, and how to re-record them."""
    name = page.relative_to(ROOT) if page.is_relative_to(ROOT) else page
    parts = []
    for o in failed:
        diff = difflib.unified_diff(
            tidy(o.step.expected), o.actual, f"{name}:{o.step.line}", "actual output", lineterm=""
        )
        parts.append(f"$ {o.step.command}\n" + "\n".join(diff))
    return (
        f"{len(failed)} transcript(s) in {name} differ from what the commands print.\n"
        "If the new output is right, re-record them: "
        "QUIZ_RECORD_DOCS=1 .venv/bin/python -m pytest tests/docs\n\n" + "\n\n".join(parts)
    )


def record(page: Path, failed: list[Outcome]) -> None:
    """Write each differing transcript's actual output into the page, in place."""
    lines = page.read_text(encoding="utf-8").splitlines()
    for o in sorted(failed, key=lambda o: o.step.line, reverse=True):
        kept = len(tidy(o.step.expected))  # blank lines after the output stay
        start = o.step.end - len(o.step.expected)
        lines[start : start + kept] = o.actual
    page.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
