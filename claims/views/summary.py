"""Headline figures of a selection of claims."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from claims.views.words import exact_span_text, span_text


@dataclass(frozen=True)
class Headline:
    """What a selection of claims covers."""

    articles: int
    claims: int
    sources: int
    first: pd.Timestamp | None
    last: pd.Timestamp | None

    @property
    def date_span(self) -> str:
        """``3 Jan – 14 Mar 2025``, one day when they match, ``no dates`` when unknown."""
        return span_text(self.first, self.last)

    @property
    def exact_span(self) -> str:
        """Both days in full: ``8 Dec 2024 – 2 Jan 2025``."""
        return exact_span_text(self.first, self.last)

    @property
    def days(self) -> int | None:
        """Days between the first and last publication date, inclusive."""
        if self.first is None or self.last is None:
            return None
        return (self.last.normalize() - self.first.normalize()).days + 1
