"""Untrusted text made inert for Streamlit's Markdown messages (``st.error``, ``st.success``).

Article text itself is shown as plain text (``st.text``, table cells), never as Markdown.
Messages still quote names and reasons (a file name, a URL, a parser's complaint), so
those are neutralised: every Markdown-active character is backslash-escaped, and the
patterns Markdown finds after escapes are resolved (bare URLs and e-mail addresses
becoming links, ``:material/home:`` icons, ``:smile:`` emoji, ``:red[...]`` colours)
are broken by an invisible word joiner.
"""

from __future__ import annotations

import re

# Invisible, and no letter, digit or punctuation to the patterns it sits in.
WORD_JOINER = "\u2060"

# Characters that start Markdown or HTML constructs; each gets a backslash. `$` too,
# because Streamlit renders $...$ as LaTeX.
_MARKDOWN_ACTIVE = re.compile(
    r"""
    ( [\\`*_{}\[\]()<>#+\-.!|~$:&=] )   # one Markdown/HTML-significant character
    """,
    re.VERBOSE,
)
# Where a link, icon or emoji pattern would match in the text Markdown leaves after
# resolving escapes: after a colon (https:, :icon:), after an @ (e-mail), inside www.
_PATTERN_JOINTS = re.compile(
    r"""
    (?<= : )            # just after a colon
    | (?<= @ )          # just after an at sign
    | (?<= \b www ) (?= \\?\. )   # between "www" and its dot
    """,
    re.VERBOSE | re.IGNORECASE,
)
_WHITESPACE = re.compile(
    r"\s+  # spaces and newlines: the text becomes one Markdown line", re.VERBOSE
)


def escape_markdown(text: str) -> str:
    """``text`` as inert Markdown: it renders as itself, on one line, with no link, icon,
    emoji, colour, LaTeX, HTML or formatting."""
    escaped = _MARKDOWN_ACTIVE.sub(r"\\\1", _WHITESPACE.sub(" ", text))
    return _PATTERN_JOINTS.sub(WORD_JOINER, escaped)
