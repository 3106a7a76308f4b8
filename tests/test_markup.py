"""Untrusted text in Streamlit's Markdown messages renders as itself: no link, icon or markup."""

from __future__ import annotations

import pytest

from claims.views.markup import WORD_JOINER, escape_markdown

# (name, text, what the escaped text must not contain any more, as Markdown would see it
# once its backslash escapes are resolved)
INERT_CASES = [
    ("bare URL is no autolink", "see https://evil.example/x", "https://"),
    ("www is no autolink", "visit www.evil.example", "www."),
    ("e-mail is no mailto link", "write to a@evil.example", "a@evil"),
    ("material icon", "home :material/home: page", ":material/home:"),
    ("emoji shortcode", "so :smile: happy", ":smile:"),
    ("colour directive", ":red[alarm]", ":red["),
    ("javascript link", "[md link](javascript:alert(6))", "javascript:alert"),
]


def _as_markdown_text(escaped: str) -> str:
    """The text Markdown leaves once it has resolved backslash escapes."""
    out, chars = [], iter(escaped)
    for char in chars:
        out.append(next(chars, "") if char == "\\" else char)
    return "".join(out)


@pytest.mark.parametrize(
    ("text", "gone"), [c[1:] for c in INERT_CASES], ids=[c[0] for c in INERT_CASES]
)
def test_link_icon_and_emoji_patterns_are_broken(text: str, gone: str) -> None:
    shown = _as_markdown_text(escape_markdown(text))
    assert gone not in shown
    assert shown.replace(WORD_JOINER, "") == text  # reads exactly as written


def test_escaped_text_has_no_unescaped_markdown_character() -> None:
    hostile = "[click](javascript:alert(1)) <img src=x onerror=y> `code` _x_ ~~s~~ | a | $x$"
    escaped = escape_markdown(hostile)
    unescaped = [c for i, c in enumerate(escaped) if c in "[]()<>`_~|$" and escaped[i - 1] != "\\"]
    assert unescaped == []


def test_newlines_become_one_line() -> None:
    assert escape_markdown("About\n 40\ntonnes") == "About 40 tonnes"
