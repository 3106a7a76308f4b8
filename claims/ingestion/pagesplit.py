"""Split a scraped page into its main article and the teasers bundled with it.

Pages copied from news aggregators carry one main article, then teasers of
related articles from other outlets, each introduced by the outlet's name and a
relative time::

    The National
    an hour ago
    EU readies countermeasures as tariff deadline nears
    Brussels has a list of goods worth 72 billion euros ...
    - The National

with page furniture in between ("Hashtags", "Comments", "Related Articles",
"READ MORE: ..."). Each teaser becomes its own article with its outlet as source
and its time resolved against a reference; furniture is dropped, so none of its
numbers ("3 comments", "READ MORE: 5 things ...") become claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claims.ingestion.dates import Reference, is_time_line, resolve_time_line
from claims.model import Article

# Whole lines that end an article's body: what follows them, up to the next
# teaser, is comment boxes, promotions, lists of popular stories and footers.
END_OF_BODY = re.compile(
    r"""
    ^(?:
        hashtags
      | comments?(?:\s*\(\d+\))?                  # "Comments", "Comments (3)"
      | no\ comments\ yet.*
      | related\ (?:articles|stories|news|coverage)
      | (?:most\ (?:popular|read|viewed)|top\ stories|more\ stories)
      | more\ from\ .{1,60}
      | newsletters?
      | (?:©|\(c\)|copyright\b).*                  # the footer's copyright line
    )$
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Whole lines that are page furniture, never article text. Matched against the
# full stripped line, so a sentence that merely starts with these words survives.
FURNITURE = re.compile(
    r"""
    ^(?:
        (?:\#[\w-]+\s*)+                          # a line of hashtags
      | \d+\s+comments?
      | be\ the\ first\ to\ comment.*
      | (?:add|post|write)\ a\ comment.*
      | try\ our\ ai\ features
      | explore\ what\ .{1,80}\ can\ do\ for\ you[.!]?
      | read\ more\b.*                            # "READ MORE: <headline>"
      | (?:see|show|load)\ more
      | share(?:\ this(?:\ article|\ story)?)?(?:\s+[\d.,]+[km]?)?   # "Share 24"
      | copy\ link
      | advertisement
      | sponsored(?:\ content)?
      | (?:sign\ up|subscribe)\b.{0,80}
      | follow\ us.{0,60}
      | [\d.,]+[km]?\s+(?:views|likes|shares|reads|followers)
      | (?:like|reply|report)
      | listen\ to\ this\ article.{0,40}
      | \d+\s+min(?:ute)?s?\ read
    )$
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A byline: "By Gareth Pryce, Industry Editor". Case-sensitive, so that "By 2030
# the share ..." (a digit) or "by the end" (lower case) is never taken for one.
BYLINE = re.compile(
    r"""
    ^By\s+
    [A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|al|bin|da))+   # a capitalised name
    (?:\s*(?:,|and|&).{0,80})?                     # co-authors, role or desk
    $
    """,
    re.VERBOSE,
)

# A paragraph of body text: long enough that header lines (section labels,
# bylines, counters) never pass for one.
_PARAGRAPH_WORDS = 12

# A teaser header on one line: "Reuters · 3 days ago", "The National | an hour ago".
OUTLET_AND_TIME = re.compile(
    r"""
    ^(?P<outlet>[^·•|]{2,60}?)   # the outlet's name
    \s*[·•|]\s*                  # a middle dot, bullet or bar
    (?P<when>[^·•|]{3,30})$       # the time, checked by is_time_line
    """,
    re.VERBOSE,
)

# A teaser's closing attribution line: "- The National", "— Reuters".
SIGNOFF = re.compile(
    r"""
    ^[-–—]\s*                 # a dash of any width
    (?P<outlet>[^.!?]{2,60})  # the outlet's name: short, no sentence punctuation
    $
    """,
    re.VERBOSE,
)

# An outlet name line: short, starts with a letter, no sentence-ending punctuation.
OUTLET = re.compile(
    r"""
    ^(?=.{2,60}$)             # 2 to 60 characters
    [^\W\d_]                  # starts with a letter
    [^.!?:;]*                 # no sentence punctuation
    (?<![.!?:;])$
    """,
    re.VERBOSE,
)

_MAX_HEADLINE_WORDS = 30


@dataclass(frozen=True)
class _Segment:
    outlet: str | None
    time_line: str | None
    lines: list[str]


def is_furniture(line: str) -> bool:
    """Whether a whole line is page furniture (sharing, comments, promotions, bylines)."""
    line = line.strip()
    return bool(FURNITURE.match(line) or END_OF_BODY.match(line) or BYLINE.match(line))


def split_page(
    text: str, *, title: str | None, source: str | None, reference: Reference
) -> list[Article]:
    """The articles in a scraped page: the main one first, then each teaser.

    A text without teaser headers comes back as one article, with furniture lines
    removed. ``title`` and ``source`` are what the file's metadata says about the
    main article; when missing, the page's own header supplies them.
    """
    lines = [line.strip() for line in text.splitlines()]
    segments = _segments(lines)
    if len(segments) == 1 and not any(is_furniture(line) for line in lines if line):
        # An ordinary article: keep its text exactly as written.
        body = text.strip()
        if not body:
            return []
        opening = next(line for line in lines if line)
        return [
            Article(text=body, title=title or opening.lstrip("# ").strip()[:200], source=source)
        ]
    main, teasers = segments[0], segments[1:]
    # A page that opens with its outlet/time header, or with only a headline before
    # it: that header belongs to the main article, not to a teaser.
    if teasers and len(_body(main.lines)[0]) <= 1:
        first = teasers.pop(0)
        main = _Segment(first.outlet, first.time_line, main.lines + first.lines)
    articles = []
    main_article = _article(main, reference, headline_first=main.outlet is not None)
    if main_article is not None:
        articles.append(
            replace(
                main_article,
                title=title or main_article.title,
                source=source or main_article.source,
            )
        )
    for segment in teasers:
        teaser = _article(segment, reference, headline_first=True)
        if teaser is not None:
            articles.append(teaser)
    return articles


def _segments(lines: list[str]) -> list[_Segment]:
    """Cut the page at every teaser header: an outlet line directly followed by a
    time line, or both on one line ("Reuters · 3 days ago")."""
    segments = [_Segment(None, None, [])]
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = _next_nonblank(lines, i + 1)
        if nxt is not None and _is_outlet(line) and is_time_line(lines[nxt]):
            segments.append(_Segment(line, lines[nxt], []))
            i = nxt + 1
            continue
        if header := OUTLET_AND_TIME.match(line):
            outlet, when = header["outlet"].strip(), header["when"].strip()
            if _is_outlet(outlet) and is_time_line(when):
                segments.append(_Segment(outlet, when, []))
                i += 1
                continue
        segments[-1].lines.append(line)
        i += 1
    return segments


def _is_outlet(line: str) -> bool:
    return bool(OUTLET.match(line)) and not is_furniture(line)


def _next_nonblank(lines: list[str], start: int) -> int | None:
    for j in range(start, len(lines)):
        if lines[j]:
            return j
    return None


def _body(lines: list[str]) -> tuple[list[str], str | None]:
    """A segment's article lines, and the outlet its sign-off names, if any.

    Furniture lines are dropped; the body ends at a sign-off ("- The National"),
    or at an end-of-body marker ("Comments", "Related Articles", "©...") once a
    paragraph has been read (so a comment counter under a headline ends nothing).
    """
    content: list[str] = []
    has_paragraph = False
    for line in lines:
        if not line:
            continue
        if signoff := SIGNOFF.match(line):
            return content, signoff["outlet"].strip()
        if END_OF_BODY.match(line) and has_paragraph:
            break
        if is_furniture(line):
            continue
        content.append(line)
        has_paragraph = has_paragraph or len(line.split()) >= _PARAGRAPH_WORDS
    return content, None


def _article(segment: _Segment, reference: Reference, *, headline_first: bool) -> Article | None:
    content, signed = _body(segment.lines)
    outlet = segment.outlet or signed
    if not content:
        return None
    title = content[0].lstrip("# ").strip()
    if headline_first and not _looks_like_headline(title):
        title = " ".join(title.split()[:_MAX_HEADLINE_WORDS])
    published = resolve_time_line(segment.time_line, reference) if segment.time_line else None
    return Article(
        text=_join(content),
        title=title[:200],
        source=outlet,
        published=published,
    )


def _looks_like_headline(line: str) -> bool:
    return len(line.split()) <= _MAX_HEADLINE_WORDS and not line.endswith(".")


def _join(content: list[str]) -> str:
    """The kept lines in page order, one paragraph each."""
    return "\n\n".join(content)
