"""Shared by the extraction case tables (tests/extraction/): find one claim of
`claims.extract` by its surface, check a figure's value, unit and kind, and describe a
figure from the parse of its sentence as the extractor would."""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest

from claims import Claim, extract
from claims.extraction.context.describe import Context, describe
from claims.extraction.nlp import parse


def claim_with_surface(text: str, surface: str, **kwargs: str) -> Claim:
    """The one claim of ``extract(text)`` whose surface is ``surface``."""
    claims = extract(text, **kwargs)
    found = [c for c in claims if c.surface == surface]
    assert len(found) == 1, f"no single claim {surface!r} in {[c.surface for c in claims]}"
    return found[0]


class FigureRow(NamedTuple):
    text: str
    surface: str
    value: float
    unit: str | None
    kind: str


def check_figure(row: FigureRow, **kwargs: str) -> None:
    c = claim_with_surface(row.text, row.surface, **kwargs)
    assert c.value == pytest.approx(row.value)
    assert (c.unit, c.kind) == (row.unit, row.kind)
    assert c.low is None and c.high is None


PERCENT = re.compile(r"%|per ?cent", re.IGNORECASE)
_MONEY = re.compile(r"[$£€¥]|\b(?:yuan|euros?|dollars?|pounds|rupees|yen|Rs|sen)\b")
# A bare number with a scale word or suffix: a count, not a unit ("2.1M", "3 million").
_SCALED = re.compile(r"[\d.,]+\s?(?:[mMkK]|bn|tn|thousand|million|billion|lakh|crore)")


def describe_figure(sentence: str, figure: str) -> Context:
    """Describe ``figure`` as the extractor would, guessing its kind from how it reads."""
    start = sentence.index(figure)
    if PERCENT.search(figure):
        kind, unit = "percentage", "percent"
    elif _MONEY.search(figure) or figure.startswith("Y"):
        kind, unit = "currency", "USD"
    elif not figure.isalpha() and not _SCALED.fullmatch(figure) and re.search("[a-zA-Z]", figure):
        kind, unit = "other", figure.split()[-1]
    else:
        kind, unit = "count", None
    return describe(parse(sentence), start, start + len(figure), kind=kind, unit=unit)
