"""`Figure`: one figure as the text writes it, before the parse says what it counts."""

from __future__ import annotations

from dataclasses import dataclass

from claims.model import Direction, Kind, Qualifier


@dataclass(frozen=True)
class Figure:
    """One figure read in a sentence; offsets are into the sentence.

    ``start``/``end`` bound the surface (qualifier to unit); ``core_start``/``core_end``
    bound the currency, number, scale and unit alone, the span the parse is asked about.
    ``value``, ``low``, ``high`` and ``qualifier`` are final: reading and joining decide
    them (`claims.extraction.figures.scan`) and nothing later changes them. ``unit`` and
    ``kind`` are what is written (``£`` -> ``GBP``, "tonnes" -> ``tonne``, nothing for a
    bare count); the claim's own unit and kind are decided from them and the parse
    (`claims.extraction.fields`). ``reading`` names the rules that read and joined it.
    """

    start: int
    end: int
    core_start: int
    core_end: int
    value: float
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    kind: Kind = "count"
    qualifier: Qualifier | None = None
    # The change a sign or "from X to Y" states; decided here when ``in_change``.
    direction: Direction | None = None
    in_change: bool = False
    # Digits only, no unit, scale, comma or decimal: maybe a year.
    bare_integer: bool = False
    # The first of two figures that measure one thing: a change's first state ("from 120
    # to 135"), the first of two alternatives ("8 or $9").
    paired: bool = False
    reading: tuple[str, ...] = ()
    # The factor of a minor unit written after it ("45p": 0.01), which a bare start of
    # its range shares ("40-45p").
    factor: float = 1.0
    # The rule that decided ``qualifier``.
    qualified_by: str = "no hedge written"

    @property
    def bare(self) -> bool:
        """A count with nothing written after it to say what it counts."""
        return self.unit is None and self.kind == "count"


def hedged_by(before: Qualifier | None, after: Qualifier | None, at: int, length: int) -> str:
    """The name of the rule that hedged a figure: a hedge found at ``at`` in the ``length``
    characters before it (at their end when a verb hedges), or one found after it."""
    if before is not None:
        return "hedge word before it" if at < length else "verb of passing or nearing before it"
    return "hedge after it" if after is not None else "no hedge written"
