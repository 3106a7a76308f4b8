"""A claim's sentence as plain text, cut to a readable window with the figure marked.

The result is shown as plain text (a table cell, ``st.text``), never as Markdown or
HTML: article text is untrusted, so nothing in it may become a link, an icon or markup.
"""

from __future__ import annotations

# Around the figure; plain characters every font has, rare in news copy.
MARK_OPEN, MARK_CLOSE = "«", "»"
ELLIPSIS = "…"
# Characters kept before and after the figure in the table's "In context" column: few
# before, so the figure shows in a narrow column, more after.
TABLE_WINDOW = (30, 90)
HEADLINE = "Headline: "


def figure_offset(sentence: str, surface: str, at: int | None = None) -> int:
    """Where ``surface`` starts in ``sentence``: ``at`` when it holds there, else the first
    occurrence, else -1."""
    if at is not None and at >= 0 and sentence[at : at + len(surface)] == surface:
        return at
    return sentence.find(surface) if surface else -1


def marked_sentence(
    sentence: str,
    surface: str,
    *,
    at: int | None = None,
    window: tuple[int, int] | None = None,
    headline: bool = False,
) -> str:
    """``sentence`` with ``«surface»`` marked, whitespace collapsed, as plain text.

    ``window`` keeps that many characters before and after the figure, cut at a word
    boundary with ``…``; None keeps the whole sentence. A figure not found in the
    sentence is appended, marked. ``headline`` prefixes ``Headline: ``.
    """
    prefix = HEADLINE if headline else ""
    start = figure_offset(sentence, surface, at)
    if start < 0:
        whole = _squash(sentence)
        return f"{prefix}{_clip_end(whole, sum(window)) if window else whole} — {_mark(surface)}"
    before, after = sentence[:start], sentence[start + len(surface) :]
    if window is not None:
        # Cut generously first, so only what can show is tidied: sentences run long.
        before, after = before[-2 * window[0] :], after[: 2 * window[1]]
    before, after = _squash(before).lstrip(), _squash(after).rstrip()
    if window is not None:
        before, after = _clip_start(before, window[0]), _clip_end(after, window[1])
    return f"{prefix}{before}{_mark(surface)}{after}"


def is_headline(sentence: object, title: object) -> bool:
    """True when the claim's sentence is the article's title (the headline states it)."""
    if not (isinstance(sentence, str) and isinstance(title, str)) or not title.strip():
        return False
    # Most sentences are far longer or shorter than the title: no need to tidy them.
    if abs(len(sentence) - len(title)) > len(title) // 2 + 8:
        return False
    return sentence.split() == title.split()


def _mark(surface: str) -> str:
    return f"{MARK_OPEN}{_squash(surface)}{MARK_CLOSE}"


def _squash(text: str) -> str:
    """Runs of whitespace as one space, a space kept at either end that had one."""
    inner = " ".join(text.split())
    if not inner:
        return " " if text else ""
    lead = " " if text[0].isspace() else ""
    trail = " " if text[-1].isspace() else ""
    return f"{lead}{inner}{trail}"


def _clip_start(text: str, keep: int) -> str:
    """The last ``keep`` characters of ``text``, starting at a word, after ``…``."""
    if len(text) <= keep:
        return text
    tail = text[-keep:]
    space = tail.find(" ")
    return ELLIPSIS + (tail[space + 1 :] if 0 <= space < keep // 2 else tail)


def _clip_end(text: str, keep: int) -> str:
    """The first ``keep`` characters of ``text``, ending at a word, before ``…``."""
    if len(text) <= keep:
        return text
    head = text[:keep]
    space = head.rfind(" ")
    return (head[:space] if space > keep // 2 else head).rstrip() + ELLIPSIS
