"""Hedges around a figure: ``nearly 450,000``, ``more than 60%``, ``3% or higher``.

`leading` looks at the words just before a figure, `trailing` at those just after;
both return the qualifier (one of `claims.model.QUALIFIERS`) and the span it covers,
so the claim's surface can include it.
"""

from __future__ import annotations

import re

_LEADING = {
    "approx": r"nearly|almost|about|around|roughly|approximately|approx\.?|some|an\ estimated"
    r"|estimated|close\ to|circa|c\.|~",
    "more_than": r"(?:(?:just|well|a\ little|slightly|far|much)\ )?(?:more\ than|over|above)"
    r"|upwards\ of|in\ excess\ of|greater\ than|exceeding|north\ of|over\ than",
    "less_than": r"(?:(?:just|well|a\ little|slightly|far|much)\ )?"
    r"(?:less\ than|fewer\ than|under|below)|(?:just\ )?shy\ of|sub-",
    "at_least": r"at\ least|no\ less\ than|no\ fewer\ than|a\ minimum\ of|minimum\ of"
    r"|starting\ (?:at|from)|(?:priced|prices|costs?|rents?|fares?)\ from|from\ just"
    r"|from\ as\ little\ as",  # the low end of what is on offer
    "at_most": r"at\ most|no\ more\ than|a\ maximum\ of|maximum\ of|not\ more\ than",
    "up_to": r"up\ to|as\ many\ as|as\ much\ as|as\ high\ as",
}

# A qualifier ending right before the figure (checked on the text before it).
LEADING = re.compile(
    r"(?:^|(?<=[\s(\"'“]))(?:"
    + "|".join(f"(?P<{name}>{alts})" for name, alts in _LEADING.items())
    + r")(?:\s+|(?<=~)|(?<=-))$",
    re.VERBOSE | re.IGNORECASE,
)

# A qualifier right after the figure and its unit.
TRAILING = re.compile(
    r"""
    (?: \s+ or \s+ (?P<at_least> more | higher | above | greater | over | better ) \b
      | \s+ and \s+ (?P<at_least2> above | over | up | upwards ) \b
      | (?P<plus> \+ | -plus \b )
      | \s+ or \s+ (?P<at_most> less | fewer | lower | below | under ) \b
      | (?P<approx> \s+ or \s+ so | -odd | \s+ odd (?=\s+[a-z]) ) \b   # "40 or so", "40-odd"
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "up to" after a verb of motion is a movement ("inched back up to 4.8%"); after other
# verbs it is a ceiling ("dumped up to 12 inches of rain").
_MOTION = re.compile(
    r"""\b(?:back|rose|ris(?:e|es|en|ing)|went|go|goes|going|gone|grew|grow\w*|shot|shoot\w*
    |climb\w*|jump\w*|mov\w*|inch\w*|edg\w*|crept|creep\w*|tick\w*|push\w*|drift\w*
    |bump\w*|revis\w*|round\w*|trend\w*|head\w*|spik\w*|surg\w*|soar\w*|leap\w*|step\w*
    |ramp\w*|scal\w*|rais\w*|rally\w*|rallied|recover\w*|rebound\w*|bounc\w*|lift\w*
    |boost\w*|hik\w*|increas\w*|swung|swing\w*|turn\w*|come|came|coming)\s+$""",
    re.VERBOSE | re.IGNORECASE,
)
# "over" before a span of time usually means "during" ("rose 5% over 10 years"), except
# after these words: "for over ten years".
_LONGER = re.compile(
    r"\b(?:for|of|after|spent|spend|spends|lasted|lasting|served|aged|took|taken|takes)\s+$",
    re.IGNORECASE,
)


def leading(before: str, *, duration: bool) -> tuple[str | None, int]:
    """The qualifier ending ``before`` (the text up to the figure) and where it starts.

    Returns ``(None, len(before))`` when there is none.
    """
    m = LEADING.search(before, max(0, len(before) - 30))
    if m is None:
        return None, len(before)
    name = m.lastgroup
    if name == "up_to" and _MOTION.search(before, 0, m.start()):
        return None, len(before)  # "inched back up to 4.8%": a movement, not a ceiling
    over = name == "more_than" and m.group().strip().lower() == "over"
    if over and duration and not _LONGER.search(before, 0, m.start()):
        return None, len(before)  # "€800 billion over four years": during, not more than
    return name, m.start()


def trailing(after: str) -> tuple[str | None, int]:
    """The qualifier starting ``after`` (the text after the figure) and its length."""
    m = TRAILING.match(after)
    if m is None:
        return None, 0
    name = "at_most" if m.group("at_most") else "approx" if m.group("approx") else "at_least"
    return name, m.end()
