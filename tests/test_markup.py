"""The figure marked in its sentence as Markdown that article text cannot break out of."""

from __future__ import annotations

import pytest

from claims.views.markup import escape_markdown, mark_figure

MARK_CASES = [
    ("plain", "Tariffs rose to 25%.", "25%", "Tariffs rose to **25%**\\."),
    ("markdown in text", "*Up* to 25% [sic]", "25%", "\\*Up\\* to **25%** \\[sic\\]"),
    ("html in text", "<b>3</b> dead", "3", "\\<b\\>**3**\\</b\\> dead"),
    ("latex dollars", "$3bn and $4bn", "$4bn", "\\$3bn and **\\$4bn**"),
    ("newlines", "About\n 40\ntonnes", "40", "About **40** tonnes"),
    ("heading start", "# 1 reason", "1", "\\# **1** reason"),
    ("first occurrence", "5 of 5", "5", "**5** of 5"),
    ("surface not found", "Five dead.", "5", "Five dead\\. — **5**"),
]


@pytest.mark.parametrize(
    ("sentence", "surface", "markdown"),
    [c[1:] for c in MARK_CASES],
    ids=[c[0] for c in MARK_CASES],
)
def test_mark_figure(sentence: str, surface: str, markdown: str) -> None:
    assert mark_figure(sentence, surface) == markdown


def test_escaped_text_has_no_unescaped_markdown_character() -> None:
    hostile = "[click](javascript:alert(1)) <img src=x onerror=y> `code` _x_ ~~s~~ | a | $x$"
    escaped = escape_markdown(hostile)
    unescaped = [c for i, c in enumerate(escaped) if c in "[]()<>`_~|$" and escaped[i - 1] != "\\"]
    assert unescaped == []
