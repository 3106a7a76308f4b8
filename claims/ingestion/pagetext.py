"""All the visible text of an HTML page, for pages nested too deeply for a tree parser.

lxml (and so trafilatura) stops building a page's tree 255 elements deep and drops
what lies below, so a page of deeply nested ``div``s reads as "no article text" though
its text is there. Python's own HTML parser reads a page as a stream of tags, with no
tree and no depth limit: this module uses it to tell how deep a page goes and to take
every piece of text a reader would see, a line per block element.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser

# How deep lxml builds a tree (libxml2's limit without its "huge" option).
TREE_DEPTH_LIMIT = 255

# Elements whose text no reader sees.
_HIDDEN = frozenset(["script", "style", "noscript", "template", "svg", "head"])
# Elements with no closing tag: they never nest anything.
_VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"]
    + ["source", "track", "wbr"]
)
_BLOCKS = frozenset(
    ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"]
    + ["section", "article", "header", "footer", "td", "th", "dd", "dt", "pre"]
)


@dataclass
class PageText:
    """A page read as a stream: its title, its visible text and how deep it nests."""

    title: str | None
    text: str
    depth: int


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.title: list[str] = []
        self.open_tags: list[str] = []
        self.open_counts: Counter[str] = Counter()  # so a closing tag is found at once
        self.depth = 0
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.pieces.append("\n")
        if tag in _VOID:
            return
        self.open_tags.append(tag)
        self.open_counts[tag] += 1
        self.depth = max(self.depth, len(self.open_tags))
        self.hidden += tag in _HIDDEN

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.pieces.append("\n")
        if not self.open_counts[tag]:
            return  # a stray closing tag closes nothing
        while self.open_tags:  # an unclosed element ends with its parent
            closed = self.open_tags.pop()
            self.open_counts[closed] -= 1
            self.hidden -= closed in _HIDDEN
            if closed == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.open_tags and self.open_tags[-1] == "title":
            self.title.append(data)
        elif not self.hidden:
            self.pieces.append(data)


def page_text(html: str) -> PageText:
    """The title, visible text (a line per block, spaces collapsed) and depth of ``html``."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.pieces).splitlines())
    title = " ".join("".join(collector.title).split()) or None
    return PageText(title, "\n".join(line for line in lines if line), collector.depth)
