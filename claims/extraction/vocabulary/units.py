"""Units: every written form of the units news is mostly made of, with its canonical
name (singular, British: ``tonne``, ``kilometre``) and kind. Forms ending in ``s?``
match an optional plural; short symbols match case-sensitively.
"""

from __future__ import annotations

import re

from claims.model import Kind, as_kind

# canonical name -> (kind, written forms). Forms ending in "s?" are matched with an
# optional plural; short symbols are matched case-sensitively (see UNIT).
_UNITS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    # canonical: (kind, words (case-insensitive), symbols (case-sensitive))
    "percent": ("percentage", ("per cent", "percent", "per-cent", "pct"), ("%", "pc")),
    "percentage point": (
        "percentage",
        ("percentage points?", "percentage-points?"),
        ("pp", "ppt", "ppts"),
    ),
    "basis point": ("percentage", ("basis points?",), ("bps", "bp")),
    "point": ("other", ("points?",), ("pts",)),
    "tonne": ("mass", ("tonnes?", "metric tons?"), ("t(?![-'’])",)),  # not "300 t-shirts"
    "ton": ("mass", ("tons?",), ()),
    "megatonne": (
        "mass",
        ("megatonnes?",),
        ("Mt(?=CO2|\\b(?![ ][A-Z]))", "MtCO2e?"),
    ),  # not "Mt Fuji"
    "gigatonne": ("mass", ("gigatonnes?",), ("Gt", "GtCO2e?")),
    # A body's weight: "15 stone", "11st 4lb"; "15 stones" are stones, "11st" alone is 11th.
    "stone": ("mass", ("stone",), ("st(?=[ ]?\\d{1,2}[ ]?lbs?\\b)",)),
    "kilogram": ("mass", ("kilograms?", "kilogrammes?", "kilos?"), ("kg", "kgs")),
    "gram": ("mass", ("grams?", "grammes?"), ("g",)),
    "milligram": ("mass", ("milligrams?",), ("mg",)),
    "microgram": ("mass", ("micrograms?",), ("µg", "mcg")),
    "pound": ("mass", (), ("lb", "lbs")),
    "ounce": ("mass", ("ounces?",), ("oz",)),
    "carat": ("mass", ("carats?",), ()),
    "kilometre": ("length", ("kilometres?", "kilometers?"), ("km", "kms")),
    "metre": ("length", ("metres?", "meters?"), ("m",)),
    "centimetre": ("length", ("centimetres?", "centimeters?"), ("cm",)),
    "millimetre": ("length", ("millimetres?", "millimeters?"), ("mm",)),
    "micrometre": ("length", ("micrometres?", "micrometers?", "microns?"), ("μm", "µm")),
    "nanometre": ("length", ("nanometres?", "nanometers?"), ("nm",)),
    "mile": ("length", ("miles?",), ()),
    "nautical mile": ("length", ("nautical miles?",), ()),
    "yard": ("length", ("yards?",), ("yd", "yds")),
    "foot": ("length", ("feet", "foot"), ("ft",)),
    # "in" is an inch only before a dimension, at the end or after feet: "2 in thick",
    # "6ft 2in", not "2 in May".
    "inch": (
        "length",
        ("inches", "inch"),
        (
            "in\\.",
            "in(?=[ ](?:thick|long|wide|tall|high|deep|across)\\b|\\.?$)",
            "(?<=ft[ ]\\d)in",
            "(?<=ft[ ]\\d\\d)in",
            "(?<=ft\\d)in",
            "(?<=ft\\d\\d)in",
        ),
    ),
    "light year": ("length", ("light[- ]years?",), ()),
    "square kilometre": (
        "area",
        (
            "square kilometres?",
            "square kilometers?",
            "sq\\.? km",
            "(?:kilomet(?:re|er)s?|km) squared",
        ),
        ("km2", "km²", "km\\^2"),
    ),
    "square metre": (
        "area",
        ("square metres?", "square meters?", "sq\\.? ?m"),
        ("m2", "m²", "m\\^2"),
    ),
    "square mile": ("area", ("square miles?", "sq\\.? ?mi(?:les?)?"), ()),
    "square foot": ("area", ("square feet", "square foot", "sq\\.? ?ft"), ()),
    "hectare": ("area", ("hectares?",), ("ha",)),
    "acre": ("area", ("acres?",), ()),
    "litre": ("volume", ("litres?", "liters?"), ("l", "L")),
    "hectolitre": ("volume", ("hectolitres?", "hectoliters?"), ("hL",)),  # beer, wine
    "centilitre": ("volume", ("centilitres?", "centiliters?"), ("cl",)),
    "tablespoon": ("volume", ("tablespoons?",), ("tbsp",)),
    "teaspoon": ("volume", ("teaspoons?",), ("tsp",)),
    "millilitre": ("volume", ("millilitres?", "milliliters?"), ("ml",)),
    "megalitre": ("volume", ("megalitres?", "megaliters?"), ()),  # a water utility's
    "gigalitre": ("volume", ("gigalitres?", "gigaliters?"), ()),
    "gallon": ("volume", ("gallons?",), ()),
    "barrel": ("volume", ("barrels?",), ("bbl",)),
    "bushel": ("volume", ("bushels?",), ()),  # a dry measure of grain, not a weight
    "twenty-foot equivalent unit": ("other", ("twenty-foot equivalent units?",), ("TEUs?",)),
    "cubic metre": ("volume", ("cubic metres?", "cubic meters?"), ("m3", "m³", "m\\^3")),
    "cubic kilometre": (
        "volume",
        ("cubic kilometres?", "cubic kilometers?", "(?:kilomet(?:re|er)s?|km) cubed"),
        ("km3", "km³", "km\\^3"),
    ),
    "cubic foot": ("volume", ("cubic feet", "cubic foot"), ("cu ft",)),
    # Gas is traded in billions and trillions: "150 bcm", "2.5 tcf".
    "billion cubic metre": ("volume", ("billion cubic met(?:re|er)s?",), ("bcm",)),
    "trillion cubic foot": ("volume", ("trillion cubic feet",), ("tcf", "Tcf")),
    "barrel per day": ("volume", ("barrels per day", "barrels a day"), ("bpd", "b/d")),
    "second": ("duration", ("seconds?", "secs?"), ()),
    "minute": ("duration", ("minutes?", "mins?"), ()),
    "hour": ("duration", ("hours?", "hrs?"), ()),
    "day": ("duration", ("days?", "Earth days?"), ()),
    "week": ("duration", ("weeks?",), ()),
    "month": ("duration", ("months?",), ()),
    "year": ("duration", ("years?", "yrs?"), ()),
    "year of age": ("duration", ("years?[- ]olds?",), ("yo", "y/o")),
    "magnitude": ("other", ("magnitude",), ()),  # "a 7.8 magnitude quake"
    "decade": ("duration", ("decades?",), ()),
    "century": ("duration", ("century", "centuries"), ()),
    "kilometre per hour": (
        "speed",
        ("kilometres per hour", "kilometers per hour", "kilometres an hour", "km an hour"),
        ("km/h", "kph", "kmh", "kmph", "km/hr"),
    ),
    "mile per hour": ("speed", ("miles per hour", "miles an hour", "m\\.p\\.h\\.?"), ("mph",)),
    "metre per second": ("speed", ("metres per second", "meters per second"), ("m/s",)),
    "times": ("other", ("fold", "times"), ()),  # "three times the mass", "sixfold"
    "knot": ("speed", ("knots?",), ()),
    "kilowatt hour": ("energy", ("kilowatt[- ]hours?",), ("kWh",)),
    "megawatt hour": ("energy", ("megawatt[- ]hours?",), ("MWh",)),
    "gigawatt hour": ("energy", ("gigawatt[- ]hours?",), ("GWh",)),
    "terawatt hour": ("energy", ("terawatt[- ]hours?",), ("TWh",)),
    "joule": ("energy", ("joules?",), ()),
    "British thermal unit": ("energy", ("british thermal units?",), ("Btu", "BTU", "btu")),
    "million British thermal unit": (
        "energy",
        ("million british thermal units?",),
        ("mmBtu", "MMBtu", "MMBTU", "mmbtu", "mmBTU"),
    ),
    "calorie": ("energy", ("calories?",), ("kcal",)),
    "watt": ("power", ("watts?",), ("W",)),
    "kilowatt": ("power", ("kilowatts?",), ("kW",)),
    "megawatt": ("power", ("megawatts?",), ("MW",)),
    "gigawatt": ("power", ("gigawatts?",), ("GW",)),
    "terawatt": ("power", ("terawatts?",), ("TW",)),
    "horsepower": ("power", ("horsepower", "horse power"), ("hp", "HP", "PS")),
    "brake horsepower": ("power", (), ("bhp",)),
    "degree Celsius": (
        "temperature",
        ("(?:degrees?|deg|°) ?(?:celsius|celcius|centigrade|C\\b)", "celsius", "celcius"),
        ("°C", "ºC", "C(?=[\\s,.;)]|$)"),
    ),
    "degree Fahrenheit": (
        "temperature",
        ("(?:degrees?|deg|°) ?(?:fahrenheit|farenheit|F\\b)", "fahrenheit"),
        ("°F", "ºF", "F(?=[\\s,.;)]|$)"),
    ),
    "degree": ("other", ("degrees?",), ("°",)),
    "part per million": ("other", ("parts per million",), ("ppm",)),
    "part per billion": ("other", ("parts per billion",), ("ppb",)),
    "decibel": ("other", ("decibels?",), ("dB",)),
    "gigabyte": ("other", ("gigabytes?",), ("GB",)),
    "petabyte": ("other", ("petabytes?",), ("PB",)),
    "exabyte": ("other", ("exabytes?",), ("EB",)),
    "watt hour": ("energy", ("watt[- ]hours?",), ("Wh",)),
    "electronvolt": ("energy", ("electronvolts?",), ("eV",)),
    "megabyte": ("other", ("megabytes?",), ("MB",)),
    "terabyte": ("other", ("terabytes?",), ("TB",)),
    "hertz": ("other", ("hertz",), ("Hz",)),
    "megahertz": ("other", ("megahertz",), ("MHz",)),
    "gigahertz": ("other", ("gigahertz",), ("GHz", "Ghz")),
    "milliampere hour": ("other", (), ("mAh",)),
    "volt": ("other", ("volts?",), ("V",)),
    "ampere": ("other", ("amperes?", "amps?"), ("A(?=/)", "mA", "kA")),  # "A" alone is a word
    "kilovolt": ("other", ("kilovolts?",), ("kV",)),
    "newton metre": ("other", ("newton[- ]metres?",), ("Nm",)),
    "pound-foot": ("other", ("pound-feet", "pound-foot"), ("lb-ft",)),
    "pascal": ("other", ("pascals?",), ("Pa",)),
    "kilopascal": ("other", ("kilopascals?",), ("kPa",)),
    "megapascal": ("other", ("megapascals?",), ("MPa",)),
    "pound per square inch": ("other", ("pounds? per square inch",), ("psi",)),
    "kilopound per square inch": ("other", ("kilopounds? per square inch",), ("ksi",)),
    "mile per gallon": ("other", ("miles per gallon",), ("mpg",)),
    # How cloudy water is: "14,000 NTU" in a river.
    "nephelometric turbidity unit": ("other", ("nephelometric turbidity units?",), ("NTU",)),
    "revolution per minute": ("other", ("revolutions per minute",), ("rpm",)),
}

UNIT_KIND: dict[str, Kind] = {name: as_kind(spec[0]) for name, spec in _UNITS.items()}


def _alternation(forms: list[tuple[str, str]]) -> str:
    # Longest first, so "percentage points" is tried before "points".
    forms.sort(key=lambda f: len(f[0]), reverse=True)
    return "|".join(f"(?P<u{i}>{pattern})" for i, (pattern, _) in enumerate(forms))


_WORD_FORMS = [(w, name) for name, (_, words, _) in _UNITS.items() for w in words]
_SYMBOL_FORMS = [(s, name) for name, (_, _, symbols) in _UNITS.items() for s in symbols]

# A unit written after the figure: a word ("per cent", "tonnes") after optional space,
# or a symbol ("km", "%", "GW") attached or after one space; never the start of a
# longer word, in any script ("5 cmd" is not centimetres, "30 mánat" not metres).
_NO_MORE_WORD = r"(?![^\W\d_]|[0-9])"
UNIT_WORD = re.compile(
    rf"[ \u00a0-]?(?:{_alternation(list(_WORD_FORMS))}){_NO_MORE_WORD}", re.IGNORECASE
)
UNIT_SYMBOL = re.compile(rf"[ \u00a0-]?(?:{_alternation(list(_SYMBOL_FORMS))}){_NO_MORE_WORD}")
_WORD_NAMES = [name for _, name in sorted(_WORD_FORMS, key=lambda f: len(f[0]), reverse=True)]
_SYMBOL_NAMES = [name for _, name in sorted(_SYMBOL_FORMS, key=lambda f: len(f[0]), reverse=True)]


def unit_name(m: re.Match[str]) -> str:
    """Canonical unit of a `UNIT_WORD` or `UNIT_SYMBOL` match."""
    names = _WORD_NAMES if m.re is UNIT_WORD else _SYMBOL_NAMES
    return names[int((m.lastgroup or "u0")[1:])]
