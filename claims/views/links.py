"""A link that opens the article at the figure itself.

Browsers that support URL text fragments (``#:~:text=``) scroll to the quoted text and
highlight it; others open the page at its top, as a plain link would.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from claims.views.sentence import figure_offset

# Words of the sentence just before the figure that make the match unique on the page.
PREFIX_WORDS = 3


def link_to_figure(url: object, sentence: object, surface: str, *, at: int | None = None) -> str:
    """``url`` with a text fragment pointing at ``surface`` where ``sentence`` states it.

    Only http(s) addresses get a link; anything else gives an empty string.
    """
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
        return ""
    if not surface.strip():
        return url
    text = sentence if isinstance(sentence, str) else ""
    start = figure_offset(text, surface, at)
    before = text[:start].split()[-PREFIX_WORDS:] if start > 0 else []
    directive = ("" if not before else _term(" ".join(before)) + "-,") + _term(surface)
    # A URL has one fragment: the directive follows any fragment it already has.
    joint = ":~:text=" if "#" in url else "#:~:text="
    return f"{url}{joint}{directive}"


def _term(text: str) -> str:
    """Percent-encode a text-fragment term: '-', ',' and '&' are syntax there, so they too."""
    return quote(" ".join(text.split()), safe="").replace("-", "%2D")
