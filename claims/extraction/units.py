"""Units and currencies: what may follow or precede a figure, and its canonical name.

Every unit maps to ``(canonical, kind)``: ``percent``/``percentage point`` for
percentages, ISO 4217 codes for money, singular British names for physical units
(``tonne``, ``kilometre``, ``gigawatt``). Minor currency units (pence, cents, sen)
are converted to the major unit (``5p`` -> 0.05 GBP), so every amount of money in
one currency is comparable.

A bare ``$`` is ambiguous: `dollar_code` reads the article for the country it is
about (``Australian``, ``ASX``, ``A$`` -> AUD) and falls back to USD.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from claims.model import Kind, as_kind

# --- money ------------------------------------------------------------------

# Symbols and codes written before the figure, e.g. "US$5", "HK $3.7 billion", "Rs 40".
CURRENCY_PREFIXES = {
    "US$": "USD",
    "$US": "USD",
    "$A": "AUD",
    "$NZ": "NZD",
    "$C": "CAD",
    "U.S.$": "USD",
    "USD": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD": "AUD",
    "NZ$": "NZD",
    "NZD": "NZD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD": "CAD",
    "HK$": "HKD",
    "HKD": "HKD",
    "S$": "SGD",
    "SGD": "SGD",
    "R$": "BRL",
    "NT$": "TWD",
    "£": "GBP",
    "GBP": "GBP",
    "€": "EUR",
    "EUR": "EUR",
    "¥": "CNY",
    "RMB": "CNY",
    "CNY": "CNY",
    "JPY": "JPY",
    "Y=": "JPY",  # Reuters: "Y=28,030"
    "₹": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "INR": "INR",
    "₩": "KRW",
    "₦": "NGN",
    "₽": "RUB",
    "₺": "TRY",
    "₱": "PHP",
    "₪": "ILS",
    "₾": "GEL",
    "₭": "LAK",
    "₿": "BTC",
    "元": "CNY",  # written after the figure: "100元"
    "Mex$": "MXN",
    "CAD$": "CAD",
    "RM": "MYR",
    "CHF": "CHF",
    "Fr.": "CHF",
}
CURRENCY_CODES = frozenset(
    [
        "USD",
        "GBP",
        "EUR",
        "JPY",
        "CNY",
        "INR",
        "AUD",
        "NZD",
        "CAD",
        "HKD",
        "SGD",
        "CHF",
        "KRW",
        "BRL",
        "ZAR",
        "RUB",
        "MXN",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "TRY",
        "NGN",
        "KES",
        "EGP",
        "SAR",
        "AED",
        "ILS",
        "MYR",
        "THB",
        "IDR",
        "PHP",
        "PKR",
        "BDT",
        "VND",
        "HUF",
        "CZK",
        "RON",
        "ARS",
        "CLP",
        "COP",
        "UAH",
        "GHS",
        "LKR",
        "QAR",
        "KWD",
        "TWD",
    ]
)

# Currency names written after the figure: "40 euros", "3 million rupees", "150 kn".
# Values are (code, factor): a minor unit is converted to the major one.
CURRENCY_WORDS = {
    # "$" and "Rs" are read as the article means them (`Local`).
    "dollar": ("$", 1.0),
    "dollars": ("$", 1.0),
    "bucks": ("$", 1.0),
    "us dollars": ("USD", 1.0),
    "u.s. dollars": ("USD", 1.0),
    "australian dollars": ("AUD", 1.0),
    "canadian dollars": ("CAD", 1.0),
    "hong kong dollars": ("HKD", 1.0),
    "new zealand dollars": ("NZD", 1.0),
    "singapore dollars": ("SGD", 1.0),
    "euro": ("EUR", 1.0),
    "euros": ("EUR", 1.0),
    "pounds sterling": ("GBP", 1.0),
    "sterling": ("GBP", 1.0),
    "pence": ("GBP", 0.01),
    "penny": ("GBP", 0.01),
    "yen": ("JPY", 1.0),
    "yuan": ("CNY", 1.0),
    "renminbi": ("CNY", 1.0),
    "rupee": ("Rs", 1.0),
    "rupees": ("Rs", 1.0),
    "ringgit": ("MYR", 1.0),
    "sen": ("MYR", 0.01),
    "rouble": ("RUB", 1.0),
    "roubles": ("RUB", 1.0),
    "ruble": ("RUB", 1.0),
    "rubles": ("RUB", 1.0),
    "swiss francs": ("CHF", 1.0),
    "francs": ("CHF", 1.0),
    "won": ("KRW", 1.0),
    "rand": ("ZAR", 1.0),
    "naira": ("NGN", 1.0),
    "shekel": ("ILS", 1.0),
    "shekels": ("ILS", 1.0),
    "kuna": ("HRK", 1.0),
    "kn": ("HRK", 1.0),
    "lira": ("TRY", 1.0),
    "baht": ("THB", 1.0),
    "rupiah": ("IDR", 1.0),
    "pesos": ("MXN", 1.0),
    "dirhams": ("AED", 1.0),
    "riyals": ("SAR", 1.0),
    "zloty": ("PLN", 1.0),
    "kronor": ("SEK", 1.0),
    "kroner": ("NOK", 1.0),
    "krone": ("NOK", 1.0),
    "norwegian kroner": ("NOK", 1.0),
    "norwegian crowns": ("NOK", 1.0),
    "danish kroner": ("DKK", 1.0),
    "danish crowns": ("DKK", 1.0),
    "krona": ("SEK", 1.0),
    "swedish kronor": ("SEK", 1.0),
    "swedish crowns": ("SEK", 1.0),
    "czech crowns": ("CZK", 1.0),
    "koruna": ("CZK", 1.0),
    "forint": ("HUF", 1.0),
    "forints": ("HUF", 1.0),
    "turkish lira": ("TRY", 1.0),
    "liras": ("TRY", 1.0),
    "peso": ("MXN", 1.0),
    "mexican pesos": ("MXN", 1.0),
    "philippine pesos": ("PHP", 1.0),
    "argentine pesos": ("ARS", 1.0),
    "chilean pesos": ("CLP", 1.0),
    "colombian pesos": ("COP", 1.0),
    "egyptian pounds": ("EGP", 1.0),
    "shillings": ("KES", 1.0),
    "kenyan shillings": ("KES", 1.0),
    "riyal": ("SAR", 1.0),
    "qatari riyals": ("QAR", 1.0),
    "dirham": ("AED", 1.0),
    "pakistani rupees": ("PKR", 1.0),
    "sri lankan rupees": ("LKR", 1.0),
    "reais": ("BRL", 1.0),
    "hryvnia": ("UAH", 1.0),
    "hryvnias": ("UAH", 1.0),
    "cedis": ("GHS", 1.0),
    "taka": ("BDT", 1.0),
    "dong": ("VND", 1.0),
    "bitcoin": ("BTC", 1.0),
    "bitcoins": ("BTC", 1.0),
    "cents": ("$", 0.01),
    "cent": ("$", 0.01),
}

# Prefix symbols, longest first so "US$" wins over "$". Codes need a word boundary.
CURRENCY_PREFIX = re.compile(
    r"""
    (?: (?<![A-Za-z]) (?P<sym> \$US | \$A | \$NZ | \$C | US\s?\$ | U\.S\.\s?\$ | A\$ | AU\s?\$
                             | NZ\s?\$ | CA[D]?\s?\$ | C\s?\$ | HK\s?\$ | S\s?\$ | R\$ | NT\$
                             | Mex\$ | \$ | Y=                  # Y=: Reuters' yen
                             | £ | € | ¥ | ₹ | ₩ | ₦ | ₽ | ₺ | ₱ | ₪ | ₾ | ₭ | ₿ )
      | \b (?P<code> [A-Z]{3} | Rs\.? | RM | Fr\. ) )
    [ \u00a0]? $                          # directly before the figure
    """,
    re.VERBOSE,
)
# Letters that stand for a currency only before an amount written like money (a grouped
# or decimal figure, or a scale): "R50,000" rand, "N1,400" naira, "KSh1.2bn" shillings,
# "PS2.7m" (the ASCII spelling of "£2.7m"); "R2" or "PS5" alone are names.
LETTER_PREFIX = re.compile(r"(?<![A-Za-z])(?P<sym>R|KSh|Sh|PS|N)[ \u00a0]?$")
LETTER_CODES = {"R": "ZAR", "KSh": "KES", "Sh": "KES", "PS": "GBP", "N": "NGN"}  # N: naira
MONEY_LIKE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+(?=(?:bn|m|mn|k)\b|\s(?:million|billion|trillion)\b)"
)
# Lower-case "p" straight after a figure is pence ("45p"); only attached, before a non-letter.
PENCE = re.compile(r"p(?![A-Za-z0-9])")


class Local(NamedTuple):
    """What an article's ambiguous signs mean: a bare ``$``, ``¥``, rupees, "degrees"."""

    dollar: str = "USD"
    yen: str = "CNY"
    rupee: str = "INR"
    degree: str = "degree"


def local_units(text: str, currency: str | None = None) -> Local:
    """What ``$``, ``¥``, rupees and bare degrees mean in ``text``, from its own cues."""
    head = text[:20000]  # the lead of an article says where it is from
    return Local(dollar_code(text, currency), _yen_code(head), _rupee_code(head), _degree(head))


def prefix_code(symbol: str, local: Local) -> str | None:
    """ISO code of a currency prefix such as ``HK $`` or ``£``; ``$``, ``¥`` and ``Rs``
    as the article means them."""
    key = re.sub(r"\s", "", symbol)
    if key in _AMBIGUOUS:
        return getattr(local, _AMBIGUOUS[key])
    if key in CURRENCY_PREFIXES:
        return CURRENCY_PREFIXES[key]
    return key if key in CURRENCY_CODES else None


# Text cues naming the country an article is about, per dollar currency.
_DOLLAR_CUES = {
    "AUD": re.compile(
        r"\b(?:Australian?s?|Canberra|Sydney|Melbourne|Brisbane|Perth|Adelaide|Queensland"
        r"|Victoria|ASX|RBA|Albanese)\b|\bA\$"
    ),
    "NZD": re.compile(r"\b(?:New\s+Zealand(?:er)?s?|Auckland|Wellington|NZX|Kiwis?)\b|NZ\$"),
    "CAD": re.compile(
        r"\b(?:Canadian?s?|Ottawa|Toronto|Montreal|Vancouver|Alberta|Ontario|Quebec|TSX)\b|C\$"
    ),
    "HKD": re.compile(r"\bHong\s+Kong\b|HK\s?\$"),
    "SGD": re.compile(r"\bSingapore(?:an)?s?\b|S\$"),
    "USD": re.compile(
        r"\b(?:U\.S\.|US|United\s+States|Americans?|Washington|Wall\s+Street|Nasdaq|Dow"
        r"|Federal\s+Reserve|Fed)\b|US\$"
    ),
}


# Signs several currencies share, and which field of `Local` decides them.
_AMBIGUOUS = {"$": "dollar", "¥": "yen", "Rs": "rupee", "Rs.": "rupee"}
_YEN_CUES = re.compile(r"\b(?:Japan(?:ese)?|Tokyo|Osaka|Nikkei|Topix|BoJ|JAXA|yen)\b")
_YUAN_CUES = re.compile(r"\b(?:China|Chinese|Beijing|Shanghai|Shenzhen|yuan|renminbi|PBoC)\b")
_RUPEE_CUES = {
    "NPR": re.compile(r"\b(?:Nepal(?:i|ese)?|Kathmandu|Pokhara)\b"),
    "PKR": re.compile(r"\b(?:Pakistan(?:i|is)?|Karachi|Islamabad|Lahore)\b"),
    "LKR": re.compile(r"\b(?:Sri\s+Lanka(?:n|ns)?|Colombo)\b"),
}
_INDIA_CUES = re.compile(r"\b(?:India(?:n|ns)?|Delhi|Mumbai|Sensex|Nifty|RBI)\b|₹")
# Temperatures the article writes with their scale: "41C", "30°C", "Celsius"; "95F".
_CELSIUS = re.compile(r"\d\s?°?C\b|\bCelsius\b|\bcentigrade\b")
_FAHRENHEIT = re.compile(r"\d\s?°?F\b|\bFahrenheit\b")


def _yen_code(text: str) -> str:
    """``JPY`` for "¥" in an article about Japan, else ``CNY``."""
    return "JPY" if len(_YEN_CUES.findall(text)) > len(_YUAN_CUES.findall(text)) else "CNY"


def _rupee_code(text: str) -> str:
    """The rupee of the country the article is about (Nepal, Pakistan, Sri Lanka), else INR."""
    india = len(_INDIA_CUES.findall(text))
    counts = {code: len(cue.findall(text)) for code, cue in _RUPEE_CUES.items()}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] > india else "INR"


def _degree(text: str) -> str:
    """The scale bare "degrees" of heat are in: the one the article writes elsewhere."""
    celsius, fahrenheit = len(_CELSIUS.findall(text)), len(_FAHRENHEIT.findall(text))
    if celsius > fahrenheit:
        return "degree Celsius"
    return "degree Fahrenheit" if fahrenheit > celsius else "degree"


def dollar_code(text: str, default: str | None = None) -> str:
    """The currency a bare ``$`` means in ``text``.

    ``default`` (the caller knows the source) wins; otherwise the country with the most
    cues, if it has at least two and more than the US; otherwise USD.
    """
    if default:
        return default.strip().upper()
    head = text[:20000]  # the lead of an article says where it is from
    counts = {code: len(cue.findall(head)) for code, cue in _DOLLAR_CUES.items()}
    us = counts.pop("USD")
    best = max(counts, key=counts.__getitem__)
    if counts[best] >= 2 and counts[best] > us:
        return best
    return "USD"


# --- physical and other units -----------------------------------------------

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
    "centilitre": ("volume", ("centilitres?", "centiliters?"), ("cl",)),
    "tablespoon": ("volume", ("tablespoons?",), ("tbsp",)),
    "teaspoon": ("volume", ("teaspoons?",), ("tsp",)),
    "millilitre": ("volume", ("millilitres?", "milliliters?"), ("ml",)),
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
# longer word ("5 cmd" is not centimetres).
UNIT_WORD = re.compile(
    rf"[ \u00a0-]?(?:{_alternation(list(_WORD_FORMS))})(?![A-Za-z0-9])", re.IGNORECASE
)
UNIT_SYMBOL = re.compile(rf"[ \u00a0-]?(?:{_alternation(list(_SYMBOL_FORMS))})(?![A-Za-z0-9])")
_WORD_NAMES = [name for _, name in sorted(_WORD_FORMS, key=lambda f: len(f[0]), reverse=True)]
_SYMBOL_NAMES = [name for _, name in sorted(_SYMBOL_FORMS, key=lambda f: len(f[0]), reverse=True)]


def unit_name(m: re.Match[str]) -> str:
    """Canonical unit of a `UNIT_WORD` or `UNIT_SYMBOL` match."""
    names = _WORD_NAMES if m.re is UNIT_WORD else _SYMBOL_NAMES
    return names[int((m.lastgroup or "u0")[1:])]


CURRENCY_WORD = re.compile(
    r"[ \u00a0-]?(?P<word>"  # "-" as an adjective: "a 12-cent dividend"
    + "|".join(re.escape(w) for w in sorted(CURRENCY_WORDS, key=len, reverse=True))
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)
