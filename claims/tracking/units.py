"""Units the tracker compares: a canonical unit per dimension, conversions by pint.

Hectares and acres, kilometres and miles, tonnes and pounds are one quantity each, in
different units; money stays in its currency (an exchange rate is not a unit) and a
count in what it counts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claims.model import Kind

# Kinds whose units pint converts.
_PHYSICAL = frozenset(["mass", "length", "area", "volume", "duration", "speed", "energy", "power"])
_PHYSICAL |= {"temperature"}
# Our unit names that pint spells otherwise.
_PINT_NAMES = {
    "degree Celsius": "degC",
    "degree Fahrenheit": "degF",
    "year of age": "year",
    "decade": "10 * year",  # pint's "decade" is a tenfold ratio on a logarithmic scale
    "light year": "light_year",
    "nautical mile": "nautical_mile",
    "barrel per day": "barrel / day",
    "billion cubic metre": "1e9 * metre ** 3",
    "trillion cubic foot": "1e12 * foot ** 3",
    "million British thermal unit": "1e6 * BTU",
    "British thermal unit": "BTU",
    "kilowatt hour": "kilowatt * hour",
    "megawatt hour": "megawatt * hour",
    "gigawatt hour": "gigawatt * hour",
    "terawatt hour": "terawatt * hour",
    "watt hour": "watt * hour",
    "horsepower": "hp",
    "brake horsepower": "hp",
    "long ton": "long_ton",
}
_POWER = re.compile(r"\b(square|cubic) (\w+)")
# Units news writes for several: "tons" are short tons in American copy, metric tonnes in
# most commodity reports and long tons in some British ones.
_READINGS = {"ton": ("ton", "tonne", "long ton")}


@lru_cache(maxsize=1)
def _registry() -> Any:
    """pint's registry, loaded once: from pint's cache of its parsed definitions when it
    can keep one (0.04 s instead of 0.2 s, on top of importing pint)."""
    import pint

    try:
        return pint.UnitRegistry(cache_folder=":auto:")
    except OSError:  # no writable cache folder
        return pint.UnitRegistry()


@lru_cache(maxsize=4096)
def _quantity(unit: str) -> Any | None:
    """pint's unit for one of ours ("square kilometre", "kilometre per hour"), if any."""
    text = _PINT_NAMES.get(unit)
    if text is None:
        text = _POWER.sub(lambda m: f"{m.group(2)} ** {2 if m.group(1) == 'square' else 3}", unit)
        text = text.replace(" per ", " / ")
    try:
        return _registry().parse_expression(text)
    except Exception:  # noqa: BLE001 - pint raises many kinds for a name it does not know
        return None


def dimension(unit: str | None, kind: Kind) -> str:
    """What a unit measures, as the tracker groups it: a physical dimension (hectares and
    acres share "[length] ** 2"), a currency, a share, or what a count counts."""
    if unit is None:
        return kind
    if kind in _PHYSICAL:
        quantity = _quantity(unit)
        if quantity is not None:
            return str(quantity.dimensionality)
    return unit


def convert(value: float, unit: str | None, to: str | None) -> float | None:
    """``value`` in ``unit`` expressed in ``to``; ``None`` when they do not convert."""
    if unit == to:
        return value
    if unit is None or to is None:
        return None
    line = _line(unit, to)
    return None if line is None else value * line[0] + line[1]


def span_in(
    low: float, high: float, unit: str | None, to: str | None
) -> tuple[float, float] | None:
    """The values from ``low`` to ``high`` in ``unit`` expressed in ``to``, read every way
    either unit may be meant ("tons"); ``None`` when they do not convert."""
    ends = [
        convert(bound, reading, target)
        for reading in _READINGS.get(unit or "", (unit,))
        for target in _READINGS.get(to or "", (to,))
        for bound in (low, high)
    ]
    found = [end for end in ends if end is not None]
    return (min(found), max(found)) if found else None


@lru_cache(maxsize=4096)
def _line(unit: str, to: str) -> tuple[float, float] | None:
    """Scale and offset from ``unit`` to ``to`` (a temperature has an offset): asking pint
    once per pair, not once per value, is a hundred times faster."""
    zero, one = _pint_convert(0.0, unit, to), _pint_convert(1.0, unit, to)
    return None if zero is None or one is None else (one - zero, zero)


def _pint_convert(value: float, unit: str, to: str) -> float | None:
    source, target = _quantity(unit), _quantity(to)
    if source is None or target is None:
        return None
    try:
        quantity = _registry().Quantity(value * source.magnitude, source.units)
        return float(quantity.to(target.units).magnitude / target.magnitude)
    except Exception:  # noqa: BLE001 - incompatible dimensions
        return None
