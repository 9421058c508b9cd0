"""Random YAML documents in every style an author might write, for the fast-read tests:
block and flow collections, sequences under a key at its own indent, every scalar style
(plain over lines, quoted with escapes and folds, block with chomping), comments,
blank lines, document markers."""

from __future__ import annotations

import random

WORDS = [
    *("a", "word", "Term 1", "é", "😀", "1917", "0", "12.5", "-3", "yes", "null", "~", "true"),
    *("x:y", "a#b", "c - d", "it's", 'say "hi"', "50%", "5 * 3", "Q&A", "why?", "[x]", "a, b"),
    *("back\\slash", "2019-05-01", "1:20", "0x1F", ".5", "1.", "1e3", "", " lead", "trail "),
]
ESCAPES = ["\\n", "\\t", "\\\\", '\\"', "\\x41", "\\u00e9", "\\U0001F600", "\\/", "\\ ", "\\0", ""]
BLOCK_LINES = ["text", "more text", "  indented", "", "# not a comment", "- dash", "key: v"]


class Documents:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, items):
        return self.rng.choice(items)

    def document(self) -> str:
        body = None
        while body is None:
            body = self.block(0, 0)
        head = self.pick(["", "", "---\n", "# top comment\n", "\n"])
        return head + body + self.pick(["\n", "\n", "\n...\n", "\n# end\n", "\n\n"])

    def block(self, depth: int, indent: int) -> str | None:
        if depth > 2 or self.chance(0.3):
            return None
        pad, lines = " " * indent, []
        if self.chance(0.5):
            for i in range(self.rng.randint(1, 3)):
                key = self.pick([f"k{i}", f"'k {i}'", f'"k{i}"', f"key {i}"])
                lines.append(self.entry(f"{pad}{key}:", depth, indent, self.chance(0.3)))
                if self.chance(0.15):
                    lines.append(self.pick(["", pad + "# comment", "   "]))
        else:
            lines += [self.entry(f"{pad}-", depth, indent) for _ in range(self.rng.randint(1, 3))]
        return "\n".join(lines)

    def entry(self, head: str, depth: int, indent: int, same_indent: bool = False) -> str:
        kind = self.rng.randrange(4)
        if kind == 0:
            inner = self.block(
                depth + 1, indent if same_indent and head.endswith(":") else indent + 2
            )
            if inner is not None:
                if head.endswith("-") and self.chance(0.5) and not inner.lstrip().startswith("-"):
                    first, _, rest = inner.lstrip(" ").partition("\n")  # - key: v
                    return f"{head} {first}" + (f"\n{rest}" if rest else "")
                return f"{head}\n{inner}"
        if kind == 1:
            return f"{head} {self.flow(depth + 1)}"
        return f"{head} {self.scalar(indent)}"

    def flow(self, depth: int) -> str:
        if depth > 2 or self.chance(0.4):
            word = self.pick(WORDS)
            if any(c in word for c in ",[]{}#:") or word != word.strip() or not word:
                return "'" + word.replace("'", "''") + "'"
            return word
        if self.chance(0.5):
            items = [self.flow(depth + 1) for _ in range(self.rng.randint(0, 3))]
            return "[" + ", ".join(items) + self.pick(["", ","]) + "]"
        pairs = [
            f"k{i}: {self.flow(depth + 1)}" if self.chance(0.9) else f"k{i}:"
            for i in range(self.rng.randint(0, 3))
        ]
        return "{" + self.pick([", ", ",\n  "]).join(pairs) + "}"

    def scalar(self, indent: int) -> str:
        word, more = self.pick(WORDS), " " * (indent + 2)
        kind = self.rng.randrange(7)
        if kind == 0:
            return word
        if kind == 1:
            text = word.replace("'", "''")
            if self.chance(0.3):
                text += f"\n{more}{self.pick(WORDS).replace(chr(39), chr(39) * 2)}"
            return f"'{text}'"
        if kind == 2:
            text = word.replace("\\", "\\\\").replace('"', '\\"') + self.pick(ESCAPES)
            if self.chance(0.3):
                fold = self.pick(["\\\n", "\n", "\n\n"])
                text += fold + " " * (indent + self.pick([0, 1, 2, 4])) + "cont"
            return f'"{text}"'
        if kind == 3:
            lines = [more + line if line else self.pick(["", more]) for line in self.lines()]
            style = self.pick(["|", ">"]) + self.pick(["", "-", "+"]) + self.pick(["", " # c"])
            return style + "\n" + "\n".join(lines)
        if kind == 4:
            tail = self.pick(["", f"\n\n{more}para"])
            return (
                f"{self.pick(['one', 'two words', 'a.b'])}\n{more}{self.pick(['cont', 'é'])}{tail}"
            )
        if kind == 5:
            return self.pick(
                ["", "~", "null", "true", "False", "12", "-0", "0.25", "3.0", "+1", "007"]
            )
        return word + self.pick(["", " # comment", "  #c"])

    def lines(self) -> list[str]:
        return [self.pick(BLOCK_LINES) for _ in range(self.rng.randint(1, 4))]
