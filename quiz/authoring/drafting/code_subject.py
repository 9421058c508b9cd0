"""What a lesson or a reference page is about: the name its prose keeps using.

A code question whose sentence does not name its subject is led by it ("Requests: We
can use the {{c1::history}} property ..."). The subject is a word of the title the text
keeps using ("fd"), else the capitalised word, or the word English does not use
("etcd"), it names most often in prose ("Requests", "GeoPandas"), that the opening names
too; never an acronym, a quality ("RESTful"), code, a work's quoted or italic title
("The Question"), a class named like a common word the text also uses ("Variable"
beside its variables), or a class the text writes as code (``TimeSignature``: one of the
package's classes, whose name would lead questions on the others' methods).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from quiz.answers.lexicon import english
from quiz.authoring.drafting.boilerplate import FUNCTION_WORDS
from quiz.authoring.drafting.document import Document
from quiz.authoring.drafting.text import word_set

SUBJECT_MENTIONS = 2  # how often a name must recur to be the document's subject
_WORD = re.compile(r"^[A-Za-z][\w+#-]*(?:['’][A-Z][\w+#-]*)?$")  # "Ren'Py", not "don't"
_ACRONYM = re.compile(r"^[A-Z0-9]{2,}s?$")  # "HTTP", "URLs"
_DOCUMENT_WORDS = word_set(
    "readme quickstart tutorial guide howto introduction overview docs documentation manual "
    "chapter lesson index faq changelog notes"
)
_PLATFORMS = word_set(
    "Python JavaScript TypeScript Java Ruby Go Rust Perl PHP Julia Scala Kotlin Swift Markdown "
    "GeoJSON JSON YAML TOML Linux Windows Unix Ubuntu Debian Docker GitHub Jupyter"
)
_QUOTED = re.compile(r'"[^"]{1,60}"|“[^”]{1,60}”')


def _in_lower_case(word: str, counts: Counter[str]) -> int:
    low = word.casefold().removesuffix("s")
    return counts[low] + counts[low + "s"] if low != word else 0


def _widened(word: str, doc: Document) -> str:
    """The title's two-word name holding the word that the text keeps using ("Active Record")."""
    text = " ".join(s for p in doc.paragraphs for s in p.sentences)
    for a, b in pairwise(re.findall(r"[\w+#-]+", doc.title)):
        said = Counter(re.findall(rf"\b{re.escape(a)} {re.escape(b)}\b", text, re.I))
        pair, n = max(said.items(), key=lambda x: x[1], default=("", 0))
        if word.casefold() in (a.casefold(), b.casefold()) and n >= SUBJECT_MENTIONS:
            return pair if pair[:1].isupper() else word
    return word


def subject_of(doc: Document) -> str:
    """What the document is about, for a prompt that does not name it: a word of its title
    the text keeps using ("fd"), else the capitalised word, or the word English does not
    use ("etcd"), it names most often ("Requests", "GeoPandas"; a first word only where
    English has none), neither acronym nor code, that the opening names too ("" if none)."""
    counts: Counter[str] = Counter()
    common = english()[0]
    spans = {c for p in doc.paragraphs for c in p.code}
    for p in doc.paragraphs:
        for sentence in p.sentences:
            for span in sorted((*p.code, *p.emphasis), key=len, reverse=True):
                sentence = sentence.replace(span, " ")  # prose names it, not code ("Response")
                # nor a work's title: *The Question*
            sentence = _QUOTED.sub(" ", sentence)  # a work's title: "The Question"
            tokens = re.findall(r"[\w.+#'’/-]+", sentence)
            opener = tokens[0].casefold() in common if tokens else False  # "The", not "GeoPandas"
            counts.update(t.rstrip(".") for t in tokens[opener:] if _WORD.match(t.rstrip(".")))
    titled = [
        w
        for w in re.findall(r"[\w+#-]+", doc.title)
        if counts[w] >= SUBJECT_MENTIONS and w.casefold() not in common | _DOCUMENT_WORDS
    ]
    if titled:
        return _widened(max(titled, key=lambda w: counts[w]), doc)
    opening = " ".join(s for p in doc.paragraphs[:3] for s in p.sentences)
    headed = set(re.findall(r"[a-z][a-z0-9]{2,}", " ".join(loc.label for loc in doc.locators)))
    named = [  # named in the opening too: not "Windows" of a README's install notes
        (n, w)
        for w, n in counts.items()
        if (w[0].isupper() or (w.casefold() not in common and w in headed))  # "etcd" too
        and not _ACRONYM.match(w)
        and len(w) > 1  # "T", a variable: no name
        and w not in _PLATFORMS  # "Python": what the package is written in, not its name
        and w.casefold() not in FUNCTION_WORDS  # "The" of "The Question", a game's title
        and not (w in spans and _in_lower_case(w, counts))  # "Variable", and its variables
        and not (w in spans and re.search(r"[a-z][A-Z]", w))  # "TimeSignature": a class
        and not re.search(r"(?:ful|less|ous|ive|ic|al|ian)$", w)  # "RESTful": a quality
        and n >= SUBJECT_MENTIONS
        and re.search(rf"(?<![\w.]){re.escape(w)}(?![\w])", opening)
    ]
    return _widened(max(named)[1], doc) if named else ""
