"""What is known about one figure when its claim's fields are decided."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claims.extraction.context.describe import Context

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claims.extraction.figures.figure import Figure


@dataclass(frozen=True)
class Evidence:
    """One figure of a sentence: as written, and as its sentence's parse reads it.

    ``sentence`` is the text as read (a shouted or title-case headline in sentence case;
    offsets are the article's own); ``doc`` is the parse of the piece of the sentence
    that holds the figure (``None`` when it was not parsed), starting at ``base``;
    ``context`` is what that parse says of the figure; ``others`` are the figures of the
    same parsed piece; ``next_start`` is where the sentence's next figure begins.
    """

    sentence: str
    figure: Figure
    doc: Doc | None
    base: int
    context: Context
    others: tuple[Figure, ...]
    next_start: int

    @property
    def phrase(self) -> str | None:
        """What the parse says the figure measures, unless that is only a piece of a
        figure's own text ("five years" does not measure "Rs 6.81" of another figure)."""
        measured = self.context.measured
        if measured and any(
            measured in self.sentence[g.core_start : g.core_end] for g in self.others
        ):
            return None
        return measured
