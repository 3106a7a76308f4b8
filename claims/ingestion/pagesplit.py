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
from itertools import islice

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
      | related(?:\ (?:articles|stories|news|coverage|content))?
      | (?:see\ also|read\ next|more\ on\ this\ story|you\ may\ also\ like)
      | (?:most\ (?:popular|read|viewed)|top\ stories|more\ stories)
      | (?:trending|popular|recommended)(?:\ now|\ for\ you)?
      | (?:sponsored|promoted)(?:\ (?:content|stories))?   # ad cards follow, to the next teaser
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
      | show\ comments(?:\s*\(\d+\))?
      | sign\ in\ to\ comment
      | skip\ to\ (?:main\ )?content
      | menu | search | home | save | sign\ in | log\ in
      | continue\ reading
      | (?:story|article)\ continues\ below(?:\ (?:this\ )?advert(?:isement)?)?
      | (?:photograph|photo|image|picture|credit)s?:\ .{1,80}   # a caption's credit line
      | share(?:\ this(?:\ article|\ story)?)?(?:\s+[\d.,]+[km]?)?   # "Share 24"
      | copy\ link
      | advertisement
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

# A teaser header on one line, either way round: "Reuters · 3 days ago", "The National |
# an hour ago", "Continental Wire — Jul 7, 2025", "45 mins ago | The Meridian Post".
ONE_LINE_HEADER = re.compile(
    r"""
    ^(?P<first>[^·•|—–]{2,60}?)   # the outlet's name, or the time
    \s*(?:[·•|—–]|\s-)\s*         # a middle dot, bullet, bar, dash, or spaced hyphen
    (?P<second>[^·•|—–]{2,60})$    # the time, or the outlet's name
    """,
    re.VERBOSE,
)

# A teaser's closing attribution line: "- The National", "— Reuters".
SIGNOFF = re.compile(
    r"""
    ^[-–—]\s*                 # a dash of any width
    (?P<outlet>.{2,60})       # the outlet's name (see _is_outlet)
    $
    """,
    re.VERBOSE,
)

# An outlet name line: short, starts with a letter or a digit ("9News"), no sentence
# punctuation; a dot only inside a word ("news.com.au"), an exclamation mark not at the
# end ("Yahoo! Finance").
OUTLET = re.compile(
    r"""
    ^(?=.{2,60}$)             # 2 to 60 characters
    (?=\S*[^\W\d_])           # a letter in its first word ("9News", never "2 days")
    [^\W_]                    # starts with a letter or a digit
    (?:[^.?:;]|\.(?=\S))*     # no sentence punctuation
    (?<![.!?:;])$
    """,
    re.VERBOSE,
)
# An outlet's name is a name: a few words, the longer ones capitalised ("The Times of
# India", "news.com.au" as one word), no figure ("£3", "5%"). A headline in a list of
# related stories ("Council tax to rise 5% in most areas") or a key point under a dash
# ("- 190,000 people had waited more than a year") is none.
_OUTLET_WORDS = 6
_FIGURE = re.compile(r"[%£$€¥]")
_LOWER_WORD = re.compile(r"^[^\w]*[a-z][a-z'’-]{3,}")

_MAX_HEADLINE_WORDS = 30

# Page furniture inside a line of article text: a "READ MORE:" or "Read more:" teaser (its
# headline runs on into the story's next sentence; see drop_inline_furniture) and picture
# captions. An article's own "read more:" starts with a small letter.
INLINE_FURNITURE = re.compile(
    r"""
      \s*\b(?P<teaser>READ\ MORE|Read\ [Mm]ore|READ\ ALSO|SEE\ ALSO|MORE\ ON\ THIS):\s*
    | \s*\((?i:image|picture|photo|pic|video|credit)s?\s*:[^()]*\)          # (Image: PA)
    """,
    re.VERBOSE,
)
# A teaser's headline: this many words at most before the story goes on.
_TEASER_WORDS = 20
_WORD = re.compile(r"\S+")


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
    plain = not any(is_furniture(line) or INLINE_FURNITURE.search(line) for line in lines if line)
    if len(segments) == 1 and plain:
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
    if teasers and len(_body(main.lines).lines) <= 1:
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
    """Cut the page at every teaser header: an outlet line and a time line, in either
    order, or both on one line ("Reuters · 3 days ago").

    A headline printed above its header ("Headline / Reuters · 3 days ago / text")
    goes with it, not with the story before.
    """
    segments = [_Segment(None, None, [])]
    i = 0
    while i < len(lines):
        header = _header(lines, i)
        if header is None:
            segments[-1].lines.append(lines[i])
            i += 1
            continue
        outlet, when, i = header
        segments.append(_Segment(outlet, when, _headline_above(segments[-1].lines, lines, i)))
    return segments


def _header(lines: list[str], i: int) -> tuple[str, str, int] | None:
    """``(outlet, time, index after it)`` of a teaser header starting at line ``i``."""
    line = lines[i]
    if header := _one_line_header(line):
        return (*header, i + 1)
    nxt = _next_nonblank(lines, i + 1)
    if nxt is None:
        return None
    if _is_outlet(line) and is_time_line(lines[nxt]):
        return line, lines[nxt], nxt + 1
    if is_time_line(line) and _is_outlet(lines[nxt]):
        return lines[nxt], line, nxt + 1
    return None


def _headline_above(before: list[str], lines: list[str], after: int) -> list[str]:
    """The headline taken off the end of ``before``, when a header comes between a
    headline and its story's text (a paragraph, where a headline would follow)."""
    nxt = _next_nonblank(lines, after)
    if nxt is None or not _is_paragraph(lines[nxt]):
        return []
    last = next((j for j in range(len(before) - 1, -1, -1) if before[j]), None)
    if last is None:
        return []
    line = before[last]
    if is_furniture(line) or _is_paragraph(line) or line[0] in "-–—•*·":
        return []
    del before[last:]
    return [line]


def _is_paragraph(line: str) -> bool:
    return len(line.split()) >= _PARAGRAPH_WORDS or line.rstrip("\"'”’)").endswith((".", "!", "?"))


def _one_line_header(line: str) -> tuple[str, str] | None:
    """``(outlet, time)`` of a teaser header written on one line, if ``line`` is one."""
    header = ONE_LINE_HEADER.match(line)
    if header is None:
        return None
    first, second = header["first"].strip(), header["second"].strip()
    for outlet, when in ((first, second), (second, first)):
        if _is_outlet(outlet) and is_time_line(when):
            return outlet, when
    return None


def drop_inline_furniture(line: str) -> str:
    """``line`` without its inline teasers and captions.

    A teaser's headline has no full stop: it ends where a capitalised word follows one
    that is not ("... rejects 3% offer Talks resumed"), which starts the story's next
    sentence; at most ``_TEASER_WORDS`` words.
    """
    kept, at = [], 0
    for match in INLINE_FURNITURE.finditer(line):
        if match.start() < at:
            continue  # inside a teaser already dropped
        kept.append(line[at : match.start()])
        at = match.end() if match["teaser"] is None else _teaser_end(line, match.end())
    kept.append(line[at:])
    return " ".join(" ".join(kept).split()) if len(kept) > 1 else line


def _teaser_end(line: str, start: int) -> int:
    """Where the headline of a teaser beginning at ``start`` ends."""
    # Its first words only: listing every word to the end of a long line, for each teaser,
    # took minutes on a megabyte-long paragraph.
    words = list(islice(_WORD.finditer(line, start), _TEASER_WORDS))
    for before, word in zip(words, words[1:], strict=False):
        if word.group()[0].isupper() and not before.group()[0].isupper():
            return word.start()
    return len(line)


def _is_outlet(line: str) -> bool:
    words = line.split()
    return (
        bool(OUTLET.match(line))
        and len(words) <= _OUTLET_WORDS
        and not _FIGURE.search(line)
        and (len(words) == 1 or not any(_LOWER_WORD.match(word) for word in words))
        and not is_furniture(line)
    )


def _next_nonblank(lines: list[str], start: int) -> int | None:
    for j in range(start, len(lines)):
        if lines[j]:
            return j
    return None


@dataclass(frozen=True)
class _Body:
    lines: list[str]
    signed: str | None  # the outlet a sign-off line names
    dated: str | None  # a time line above the text ("8 July 2025" under a byline)


def _body(lines: list[str]) -> _Body:
    """A segment's article lines, the outlet its sign-off names and its dateline, if any.

    Furniture lines are dropped; the body ends at a sign-off ("- The National"),
    or at an end-of-body marker ("Comments", "Related Articles", "©...") once a
    paragraph has been read (so a comment counter under a headline ends nothing).
    A dash before what is no outlet's name is a list item of the story ("- 58% of
    patients were seen").
    """
    content: list[str] = []
    has_paragraph = begun = False
    signed = dated = None
    for line in lines:
        if not line:
            continue
        signoff = SIGNOFF.match(line)
        if signoff and _is_outlet(signoff["outlet"].strip()):
            signed = signoff["outlet"].strip()
            if content:
                return _Body(content, signed, dated)
            continue  # "- Outlet" under the header names the outlet again
        if END_OF_BODY.match(line) and has_paragraph:
            break
        if not begun and dated is None and is_time_line(line):
            dated = line
            continue
        line = drop_inline_furniture(line)
        if not line or is_furniture(line):
            continue
        content.append(line)
        has_paragraph = has_paragraph or len(line.split()) >= _PARAGRAPH_WORDS
        begun = begun or not _looks_like_headline(line)
    return _Body(content, signed, dated)


def _article(segment: _Segment, reference: Reference, *, headline_first: bool) -> Article | None:
    body = _body(segment.lines)
    content = body.lines
    if not content:
        return None
    if headline_first:
        title = content[0].lstrip("# ").strip()
        if not _looks_like_headline(title):
            title = " ".join(title.split()[:_MAX_HEADLINE_WORDS])
    else:
        title = _main_headline(content)
    when = segment.time_line or body.dated
    return Article(
        text=_join(content),
        title=title[:200],
        source=segment.outlet or body.signed,
        published=resolve_time_line(when, reference) if when else None,
    )


def _main_headline(content: list[str]) -> str:
    """The main article's headline: the first line of four words or more above its text
    that reads as one, past section labels ("News", "Business"); else its first line."""
    for line in content:
        if not _looks_like_headline(line):
            break  # the text has begun
        if len(line.split()) >= 4:
            return line.lstrip("# ").strip()
    return content[0].lstrip("# ").strip()


def _looks_like_headline(line: str) -> bool:
    return len(line.split()) <= _MAX_HEADLINE_WORDS and not line.endswith(".")


def _join(content: list[str]) -> str:
    """The kept lines in page order, one paragraph each."""
    return "\n\n".join(content)
