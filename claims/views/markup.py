"""Show a claim's figure inside its sentence as Markdown, without trusting the text.

Article text is untrusted: every Markdown-active character is escaped, so the
only formatting in the result is the bold around the figure.
"""

from __future__ import annotations

import re

# Characters that start Markdown or HTML constructs; each gets a backslash. `$` too,
# because Streamlit renders $...$ as LaTeX.
_MARKDOWN_ACTIVE = re.compile(
    r"""
    ( [\\`*_{}\[\]()<>#+\-.!|~$:&=] )   # one Markdown/HTML-significant character
    """,
    re.VERBOSE,
)
_WHITESPACE = re.compile(
    r"\s+  # spaces and newlines: the sentence becomes one Markdown line", re.VERBOSE
)


def escape_markdown(text: str) -> str:
    """``text`` with every Markdown-active character backslash-escaped and newlines as spaces."""
    return _MARKDOWN_ACTIVE.sub(r"\\\1", _WHITESPACE.sub(" ", text))


def mark_figure(sentence: str, surface: str) -> str:
    """The sentence as safe Markdown with the first occurrence of ``surface`` in bold.

    When the surface is not in the sentence (the sentence was normalised), the
    sentence is returned escaped and the figure appended in bold.
    """
    at = sentence.find(surface) if surface else -1
    if at < 0:
        return f"{escape_markdown(sentence)} — **{escape_markdown(surface)}**"
    before, after = sentence[:at], sentence[at + len(surface) :]
    return f"{escape_markdown(before)}**{escape_markdown(surface)}**{escape_markdown(after)}"
