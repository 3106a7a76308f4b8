"""The quantulum3 catalogue lookup for units our own table leaves out."""

import pytest

from claims.extraction.vocabulary.catalogue import kind_of, unit_after

# (text after a number, expected (unit name, kind, written form) or None)
CATALOGUE_UNITS = [
    ("12 furlongs behind", ("furlong", "length", "furlongs")),
    ("3 pints of milk", ("pint", "volume", "pints")),
    ("400 lux at the desk", ("lux", "other", "lux")),
    ("5,000 mAh battery", ("milliampere-hour", "other", "mAh")),
    ("40 kV line", ("kilovolt", "other", "kV")),
    ("2 fathoms.", ("fathom", "length", "fathoms")),
    ("9 quintals of wheat", ("quintal", "mass", "quintals")),
    ("30 bushels an acre", ("bushel", "mass", "bushels")),
    ("7 megatons", ("megaton", "energy", "megatons")),
    ("10 Mbps broadband", ("megabit per second", "other", "Mbps")),
    ("1,900 cubic hectometres held", ("cubic hectometre", "volume", "cubic hectometres")),
    ("40 square furlongs", ("square furlong", "area", "square furlongs")),
]

NOT_CATALOGUE_UNITS = [
    "5 in the morning",  # a preposition, not inches
    "10 pm",  # a time of day, not picometres
    "3 seconds later",  # also the ordinal "second": our own table reads durations
    "2 cups",  # the World Cup and coffee cups
    "4 leagues",  # football
    "6 bits of advice",
    "20 people",
    "7 a day",  # one-letter symbols never count
    "12 pounds",  # money or mass: our own layer decides
    "8 MP",  # megapixels or members of parliament
]


def _after_number(text: str) -> int:
    return len(text.split(" ", 1)[0])


@pytest.mark.parametrize(("text", "expected"), CATALOGUE_UNITS)
def test_catalogue_units(text: str, expected: tuple[str, str, str]) -> None:
    pos = _after_number(text)
    found = unit_after(text, pos)
    assert found is not None
    assert (found.name, kind_of(found.name), text[pos : found.end].strip()) == expected


@pytest.mark.parametrize("text", NOT_CATALOGUE_UNITS)
def test_not_catalogue_units(text: str) -> None:
    assert unit_after(text, _after_number(text)) is None


def test_common_units_are_in_the_catalogue_too() -> None:
    found = unit_after("3 km", 1)
    assert found is not None and (found.name, kind_of(found.name)) == ("kilometre", "length")
