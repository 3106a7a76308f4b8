"""Split news text into sentences with a regex, fast enough for whole articles.

spaCy's parser could split sentences too, but only sentences holding a figure are
parsed, so the split must come first and cost next to nothing.
"""

from __future__ import annotations

import re

# A candidate sentence end: terminal punctuation (with any closing quotes or
# brackets after it) followed by a space and something that can open a sentence.
# The lookahead keeps "3.5", "e.g. this" and "U.S.-led" in one piece; what is left
# ("Mr. Smith", "No. 10", "U.S. President") is filtered in `_is_boundary`.
# The capital letters of the Latin script beyond ASCII ("Žan", "Łukasz", "Élodie"), which
# open a sentence as "Z" does.
_CAPITALS = "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_END = re.compile(
    r"""
    (?<! [.!?] )                         # only from the start of a run of punctuation, so
    (?P<punct> [.!?]++ | … )             # a long run is scanned once (full stop, ?!, ellipses)
    (?P<close> ["'”’»)\]]* )             # closing quotes / brackets stay with the sentence
    (?= [ \t\u00a0]+                     # a space (a newline is handled by _BREAK)
        ["'“‘«(\[]* [A-Z0-9$£€¥"""
    + _CAPITALS
    + r"""] )  # then an opening quote and an upper-case word or figure
    """,
    re.VERBOSE,
)

# A full stop with no space after it, as scraped text often has ("in Q3.Exports fell"):
# after a small letter, digit, "%" or ")" and before a capitalised word, so that
# "Amazon.com" and "U.S.Treasury" stay whole.
_GLUED = re.compile(
    r"""
    (?<= [a-z0-9%)] )
    (?P<punct> \. ) (?P<close>)          # the groups `_is_boundary` reads
    (?= [A-Z][a-z]{2,} )                 # a capitalised word of three letters or more
    """,
    re.VERBOSE,
)

# A line break; a blank line (or a line that ends in terminal punctuation) always
# ends a sentence, a single break only when the next line does not continue in
# lower case (hard-wrapped text).
_BREAK = re.compile(
    r"""
    (?<! [ \t\r] )                # from the start of a run of blanks (linear time)
    [ \t\r]* [\n\u2028\u2029]      # one break ("\r\n" too, and Unicode line separators)
    (?P<blank> [ \t\r]* [\n\u2028\u2029] )* [ \t\r]*    # or a paragraph break
    """,
    re.VERBOSE,
)

# Words that, followed by a full stop, do not end a sentence whatever comes next.
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "rev",
        "hon",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "gov",
        "sen",
        "rep",
        "pres",
        "vs",
        "v",
        "cf",
        "viz",
        "ref",
        "approx",
        "dept",
        "univ",
        "ave",
        "rd",
    ]
)

# Abbreviations written before a number ("No. 10", "Jan. 6", "Rs. 500", "c. 400"): they end a
# sentence only when no number follows ("he said no. The rate...").
_BEFORE_NUMBER = frozenset(
    ["no", "nos", "fig", "figs", "est", "pp", "vol", "vols", "para", "rs", "ksh", "c", "ca"]
    + ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)

# Abbreviations that can also end a sentence ("bought by Apple Inc."); they end one
# only when a typical sentence opener follows.
_MAYBE_END = frozenset(["inc", "ltd", "co", "corp", "plc", "llc", "etc", "al", "bros"])

_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "but",
        "and",
        "this",
        "that",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "there",
        "on",
        "at",
        "for",
        "as",
        "when",
        "while",
        "after",
        "before",
        "if",
        "however",
        "meanwhile",
        "so",
        "yet",
        "some",
        "many",
        "most",
        "according",
        "officials",
        "police",
        "last",
        "since",
        "by",
        "with",
        "from",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "what",
        "who",
        "why",
        "how",
    ]
)

_LAST_WORD = re.compile(r"[A-Za-z]+$")
# Words no headline or sentence ends on.
_DANGLING = frozenset(
    ["the", "a", "an", "of", "by", "and", "or", "to", "in", "for", "with", "from", "at"]
    + ["that", "which", "than", "as", "its", "their", "his", "her", "our"]
)
# A "key: value" line (front matter, e-mail headers).
_FIELD = re.compile(r"[A-Za-z][\w-]{0,30}:[ \t]")
_WORD_BEFORE = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]+$")
_NEXT_WORD = re.compile(r"""[ \t\u00a0]+["'“‘«(\[]*([A-Za-z]+|\d)""")


def _is_boundary(text: str, m: re.Match[str], signs: frozenset[str] = frozenset()) -> bool:
    """Whether the punctuation matched by ``_END`` really ends a sentence; ``signs`` are
    dotted words written before an amount in this text ("Nu." in a Bhutanese story)."""
    if m.group("punct") != ".":
        # "?", "!" end a sentence; an ellipsis mid-line usually marks an omission.
        return not (m.group("punct").startswith("..") or m.group("punct") == "…")
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if before is None:
        return True  # after a digit, a quote or a bracket
    word = before.group()
    nxt = _NEXT_WORD.match(text, m.end())
    next_word = nxt.group(1) if nxt else ""
    key = word.lower().replace(".", "")
    if key in _TITLES:
        return False
    if key in _BEFORE_NUMBER or word in signs:
        return not next_word.isdigit()
    after_digit = before.start() > 0 and text[before.start() - 1].isdigit()  # "£5m."
    is_initials = "." in word or (len(word) == 1 and word.isupper() and not after_digit)
    if is_initials or key in _MAYBE_END:
        return next_word.lower() in _OPENERS
    return True


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_continues(text: str, brk: re.Match[str]) -> bool:
    """A single line break inside a hard-wrapped sentence: no full stop before, lower case after."""
    if brk.group("blank") is not None or "\u2029" in brk.group():
        return False  # a blank line or a Unicode paragraph separator
    before = text[brk.start() - 1] if brk.start() > 0 else "."
    after = text[brk.end()] if brk.end() < len(text) else "A"
    if _FIELD.match(text, brk.end()):
        return False  # "source: Wire" of front matter or a header block
    if before in ".!?:;\"'”’)":
        return False
    # A line cannot end on "by" or "the": the sentence goes on ("by\nPresident Trump").
    last_word = _LAST_WORD.search(text, max(0, brk.start() - 20), brk.start())
    dangling = last_word is not None and last_word.group().lower() in _DANGLING
    return after.islower() or before in ",(" or dangling


def split_sentences(text: str, signs: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` over ``text``, whitespace trimmed, in order.

    ``text[start:end]`` is each sentence as written. Line breaks end sentences
    (paragraphs, headlines) unless a hard-wrapped line plainly continues. ``signs`` are
    the words, as written and without their full stop, that stand before an amount in
    this text and end no sentence before a number ("Nu" of "Nu. 4.6 billion" in a
    Bhutanese story, `claims.extraction.figures.local.dotted_signs`). Runs in time
    linear in ``len(text)``.
    """
    cuts: list[tuple[int, int]] = []  # (end of one sentence, start of the next)
    for found in (_END.finditer(text), _GLUED.finditer(text)):
        cuts.extend((m.end(), m.end()) for m in found if _is_boundary(text, m, signs))
    cuts.extend((b.start(), b.end()) for b in _BREAK.finditer(text) if not _line_continues(text, b))
    cuts.sort()
    spans: list[tuple[int, int]] = []
    start = 0
    for end, next_start in cuts:
        if end < start:
            continue  # a cut inside a line break already taken
        s, e = _trim(text, start, end)
        if e > s:
            spans.append((s, e))
        start = next_start
    s, e = _trim(text, start, len(text))
    if e > s:
        spans.append((s, e))
    return spans


def cut_long(text: str, start: int, end: int, most: int) -> list[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most ``most`` characters, each cut after the
    last blank before its limit (hard, in one endless word), trimmed: a "sentence" that
    long is a table or text without full stops, read a piece at a time."""
    pieces: list[tuple[int, int]] = []
    while end - start > most:
        limit = start + most
        blank = max(text.rfind(" ", start + 1, limit), text.rfind("\n", start + 1, limit))
        cut = blank + 1 if blank > start else limit
        s, e = _trim(text, start, cut)
        if e > s:
            pieces.append((s, e))
        start = cut
    s, e = _trim(text, start, end)
    if e > s:
        pieces.append((s, e))
    return pieces
