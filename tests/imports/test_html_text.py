"""HTML to the deck's plain text: line breaks kept, markup dropped and counted."""

from __future__ import annotations

import pytest

from quiz.imports.html_text import Lost, MalformedHtml, html_to_text, images


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("one<br>two", "one\ntwo"),
        ("<div>one</div><div>two</div>", "one\ntwo"),
        ("<div>one</div><div><br></div><div>two</div>", "one\n\ntwo"),
        ("a&nbsp;&amp;&nbsp;b &lt;script&gt;", "a & b <script>"),
        ("<ul><li>x</li><li>y</li></ul>", "x\ny"),
        ("<table><tr><td>a</td><td>b</td></tr></table>", "a | b"),
        ("unclosed <b>bold and <i>italic", "unclosed bold and italic"),
        ("stray </b> end", "stray end"),
        ("1 < 2 and 3 > 2", "1 < 2 and 3 > 2"),
        ("<style>.x{}</style>text", "text"),
    ],
)
def test_text(html, text):
    assert html_to_text(html) == text


def test_what_markup_carried_is_counted():
    lost = Lost()
    html_to_text(
        '<b>bold</b> <a href="https://x">link</a> [sound:a.mp3] <audio src="b"></audio>', lost
    )
    assert lost == {
        "formatting (bold, italics, colours)": 1,
        "link target": 1,
        "sound": 1,
        "audio": 1,
    }


def test_a_tag_that_never_ends_is_an_error():
    with pytest.raises(MalformedHtml, match="never ends"):
        html_to_text("text <img src='a.png")
    with pytest.raises(MalformedHtml):
        html_to_text("text <!-- comment")


def test_images_in_order():
    assert images('<img src="a.png"> and <IMG SRC="b.jpg">') == ["a.png", "b.jpg"]
