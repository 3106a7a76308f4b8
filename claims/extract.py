"""Find the numeric claims in a text.

Placeholder until the extraction engine lands (issue 2): finds bare numbers only.
"""

from __future__ import annotations

import re

from claims.model import Claim

EXTRACTOR_VERSION = "0.0.1"

_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def extract(text: str, *, currency: str | None = None) -> list[Claim]:
    """Every numeric claim in ``text``, in reading order."""
    return [
        Claim(
            surface=m.group(),
            start=m.start(),
            end=m.end(),
            value=float(m.group().replace(",", "")),
            sentence=text,
        )
        for m in _NUMBER.finditer(text)
    ]
