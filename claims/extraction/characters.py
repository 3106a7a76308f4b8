"""The characters of a text as the rules read them: one character for one, so that every
offset into the read text is an offset into the article.

News copied from other scripts and keyboards writes digits the rules' ASCII patterns do
not see: full-width ``５０％``, Arabic-Indic ``١٢٪``, a zero-width space inside ``4​000``;
and JSON can carry a lone surrogate, which no encoding (and so not the parser) accepts.
`readable` gives the text the rules read: every decimal digit of any script as its ASCII
digit, the full-width forms as their ASCII letters and signs (NFKC, only where it gives
one character: "m²" and "½" are left as written), the Arabic percent and separators as
``%``, ``.`` and ``,``, a zero-width character between digits as a thin space (a
thousands separator), and a lone surrogate as U+FFFD.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width characters between two digits: a thousands separator someone's editor hid.
_ZERO_WIDTH_IN_DIGITS = re.compile(r"(?<=\d)[\u200b\u200c\u200d\u2060\ufeff](?=\d)")
_THIN_SPACE = "\u2009"  # a thousands separator `claims.extraction.figures.numbers` reads
# Arabic signs with an ASCII twin: percent, decimal separator, thousands separator.
_ARABIC_SIGNS = {"\u066a": "%", "\u066b": ".", "\u066c": ","}
_FULL_WIDTH = range(0xFF01, 0xFF5F)  # "！" to "～": the ASCII signs, digits and letters
_SURROGATES = range(0xD800, 0xE000)


def readable(text: str) -> str:
    """``text`` with the same length, as the extraction rules read it (see the module)."""
    if text.isascii():
        return text  # the common case costs one scan
    table = {ord(c): _ascii_twin(c) for c in set(text) if not c.isascii()}
    read = text.translate({k: v for k, v in table.items() if v is not None})
    return _ZERO_WIDTH_IN_DIGITS.sub(_THIN_SPACE, read)


def _ascii_twin(c: str) -> str | None:
    """The one character the rules read for ``c``, or ``None`` to keep it."""
    code = ord(c)
    if code in _SURROGATES:
        return "\ufffd"
    digit = unicodedata.decimal(c, None)
    if digit is not None:
        return str(digit)
    if c in _ARABIC_SIGNS:
        return _ARABIC_SIGNS[c]
    if code in _FULL_WIDTH or c == "\ufe6a":  # "﹪", the small percent sign
        folded = unicodedata.normalize("NFKC", c)
        return folded if len(folded) == 1 else None
    return None


def unaccented(text: str) -> str:
    """``text`` with its accents dropped ("Zürich" -> "Zurich", "guaraní" -> "guarani"):
    how English lists and news often write names from other languages."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
