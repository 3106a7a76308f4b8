"""The tracker's units: what each measures and how one converts to another (pint)."""

from __future__ import annotations

import math
import warnings

import pytest

from claims.model import Kind
from claims.tracking.units import convert, dimension

# (value, unit, to, expected): conversions the tracker compares figures by.
CONVERSIONS = {
    "acres to hectares": (11_900, "acre", "hectare", 4_815.8),
    "miles to kilometres": (10, "mile", "kilometre", 16.093),
    "Fahrenheit to Celsius, with its offset": (212, "degree Fahrenheit", "degree Celsius", 100),
    "a barrel a day in barrels a year": (1, "barrel per day", "barrel per year", 365.25),
    "a person's age in years": (45, "year of age", "year", 45),
    # pint's "decade" is a tenfold ratio on a logarithmic scale, not ten years
    "decades to years": (2, "decade", "year", 20),
    "zero decades": (0, "decade", "year", 0),
    "a fortnight is no currency": (2, "week", "USD", None),
}


@pytest.mark.parametrize(
    ("value", "unit", "to", "expected"), CONVERSIONS.values(), ids=CONVERSIONS.keys()
)
def test_convert(value: float, unit: str, to: str, expected: float | None) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a log of zero must not leak a warning to the CLI
        got = convert(value, unit, to)
    if expected is None:
        assert got is None
    else:
        assert got is not None and math.isclose(got, expected, rel_tol=1e-3, abs_tol=1e-9)


# (unit, kind, expected dimension): what the tracker groups figures by.
DIMENSIONS = {
    "hectares and acres share one": ("hectare", "area", "[length] ** 2"),
    "acres": ("acre", "area", "[length] ** 2"),
    "a decade is a duration": ("decade", "duration", "[time]"),
    "a year is a duration": ("year", "duration", "[time]"),
    "money stays in its currency": ("USD", "money", "USD"),
    "a count is what it counts": ("satellite", "count", "satellite"),
    "no unit: the kind": (None, "percentage", "percentage"),
}


@pytest.mark.parametrize(("unit", "kind", "expected"), DIMENSIONS.values(), ids=DIMENSIONS.keys())
def test_dimension(unit: str | None, kind: Kind, expected: str) -> None:
    assert dimension(unit, kind) == expected
