"""What an article's ambiguous signs mean: a bare ``$``, ``¥``, rupees, shillings, a
currency's word several countries share ("lei", "kwacha"), the letters a country writes
before its money ("P430 M" in Manila), bare "degrees".

The article's country (`claims.extraction.figures.country`) decides: its currency, from
CLDR, is what a bare sign of the same kind means (``$`` in a Guyanese story is GYD, "Sh"
in a Ugandan one UGX, rupees in a Nepali one NPR), and the letters its press writes for
that currency (`claims.extraction.vocabulary.currencies.LOCAL_LETTERS`) are read as it,
and so are, before an amount written like money, the initials of its money's CLDR names
("BD" Bahraini dinars, "LL" livres libanaises) and the minor units it shares with other
money ("285 fils" in Manama). "Cents" are euro cents in a euro country's story. Without
a country, a ``$`` is USD, ``¥`` is JPY or CNY by the article's cues, rupees are INR,
shillings KES, a shared word the one news writes most ("pesos" MXN) or else the first
currency by code; bare degrees are in the scale the article writes elsewhere ("41C ... 30
degrees").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from claims.extraction.figures.country import (
    article_country,
    country_counts,
    currencies_of,
    currency_of,
)
from claims.extraction.vocabulary.currencies import (
    CURRENCY_PREFIXES,
    FAMILY_DEFAULTS,
    LOCAL_LETTERS,
    current_currencies,
    family,
    is_family,
    own_initials,
    own_signs,
    own_words,
    shared_minor_units,
    written_codes,
)
from claims.extraction.vocabulary.stories import RATE_STORY

_HEAD = 20000  # the lead of an article says where it is from


class Local(NamedTuple):
    """What an article's ambiguous signs mean: a bare ``$``, ``¥``, rupees, shillings,
    "degrees", and the letters its country writes for its own currency."""

    dollar: str = "USD"
    yen: str = "CNY"
    rupee: str = "INR"
    degree: str = "degree"
    shilling: str = "KES"
    cent: str = "USD"  # "cents": euro cents in a euro country's story, else the dollar's
    # The signs its country writes before its own money, each with its code: "P", "PP",
    # "Php" (PHP) in a Philippine story, "N$" (NAD) and "R" (ZAR) in a Namibian one.
    letters: tuple[tuple[str, str], ...] = ()
    # The initials of its money's names its press writes before an amount written like
    # money, each with its code: "BD" (BHD) in a Bahraini story, "LL" (LBP) in a Lebanese.
    initials: tuple[tuple[str, str], ...] = ()
    # Its money's names that are also English words: "soles" (PEN) in a Peruvian story.
    words: tuple[tuple[str, str], ...] = ()
    # The names its money's minor units share with others', with code and factor: "fils"
    # (BHD, 0.001) in a Bahraini story.
    minor: tuple[tuple[str, str, float], ...] = ()
    currency: str | None = None  # the article's country's currency, when it has one
    rates: bool = False  # a story about interest rates: its points may be percentage points
    heat: str = "degree"  # the scale of a temperature written without one ("the low 30s")
    named: tuple[tuple[str, int], ...] = ()  # the countries the article names, how often
    # The country its dateline files it from ("SARAJEVO —"; `ArticleScope.filed_in`): breaks ties.
    dateline: str | None = None

    def of_family(self, name: str) -> str | None:
        """The currency of the family ``name`` ("leu") of the country the article names
        most among those that use one."""
        country = article_country(Counter(dict(self.named)), name, self.dateline)
        return currency_of(country, name) if country else None


def local_units(
    text: str, dateline: str | None, currency: str | None = None, title: str | None = None
) -> Local:
    """What the signs of ``text`` mean, from its own cues and the country its dateline
    files it from (``dateline``, the article's `filed_in`: read once, by its scope);
    ``currency`` (the caller knows the source) decides a bare ``$``."""
    head = f"{title}\n{text[:_HEAD]}" if title else text[:_HEAD]
    counts = country_counts(head)
    country = article_country(counts, dateline=dateline)
    own = _currency(country)
    degree = _degree(head)
    dollar = (
        currency.strip().upper()
        if currency
        else _currency_of_kind(counts, "dollar", "USD", dateline)
    )
    return Local(
        dollar=dollar,
        yen="JPY" if counts["JP"] > counts["CN"] else "CNY",
        rupee=_currency_of_kind(counts, "rupee", "INR", dateline),
        degree=degree,
        shilling=_currency_of_kind(counts, "shilling", "KES", dateline),
        cent="EUR" if own == "EUR" and not currency else dollar,
        letters=_letters(country, own),
        initials=_initials(country),
        words=tuple((w, c) for c in _currencies(country) for w in own_words(c, country or "")),
        minor=tuple((n, own, f) for n, f in shared_minor_units(own)) if own else (),
        currency=own,
        rates=RATE_STORY.search(head) is not None,
        heat=_heat(degree, country),
        named=tuple(counts.items()),
        dateline=dateline,
    )


def _currency(country: str | None) -> str | None:
    return currency_of(country) if country else None


def _currencies(country: str | None) -> tuple[str, ...]:
    return currencies_of(country) if country else ()


def _letters(country: str | None, own: str | None) -> tuple[tuple[str, str], ...]:
    """The signs the country writes before its money: the tables' letters for its main
    currency, then what CLDR and the codes give for each currency it uses."""
    pairs = [(sign, own) for sign in LOCAL_LETTERS.get(own or "", ()) if own]
    pairs += [(sign, c) for c in _currencies(country) for sign in own_signs(c, country or "")]
    return tuple(pairs)


def _initials(country: str | None) -> tuple[tuple[str, str], ...]:
    """The initials of the names of each currency the country uses, with its code."""
    return tuple((s, c) for c in _currencies(country) for s in own_initials(c, country or ""))


def _currency_of_kind(
    counts: Counter[str], kind: str, default: str, dateline: str | None = None
) -> str:
    """The currency of the kind ``kind`` of the country named most among those that use
    one, else ``default``. Such a country named less than the article's own, whose money
    is of another kind, is only a market the story mentions ("power sent to Singapore"
    in a Lao story): the sign is then ``default``."""
    country = article_country(counts, kind, dateline)
    if country is None or counts[country] < max(counts.values()):
        return default
    return currency_of(country, kind) or default


def prefix_code(symbol: str, local: Local) -> str | None:
    """ISO code of a currency prefix such as ``HK $`` or ``£``; ``$``, ``¥``, rupees,
    shillings and the country's own letters as the article means them."""
    key = re.sub(r"\s", "", symbol)
    if is_family(family := CURRENCY_PREFIXES.get(key, "")):
        key = family  # "FCFA" stands for the family "cfa"
    if is_family(key):
        return local.of_family(key) or FAMILY_DEFAULTS.get(key) or _first_of_family(key)
    if key in _AMBIGUOUS:
        return getattr(local, _AMBIGUOUS[key])
    if (code := _letter_code(key, local)) is not None:
        return code
    if key in CURRENCY_PREFIXES:
        return CURRENCY_PREFIXES[key]
    return key if key in written_codes() else None


def _first_of_family(name: str) -> str | None:
    """Without a country to decide, a shared word the news has no usual reading of is
    the first currency of its family by code."""
    return min((c for c in current_currencies() if family(c) == name), default=None)


def is_ambiguous(code: str) -> bool:
    """Whether ``code`` is a sign or word the article decides ("$", "Rs", "¢", "peso"),
    not an ISO code."""
    return code in _AMBIGUOUS or is_family(code)


def local_sign(written: str, local: Local) -> bool:
    """Whether the currency sign ``written`` before a figure means what the article says."""
    key = re.sub(r"[\s\-−]", "", written)
    return key in _AMBIGUOUS or _letter_code(key, local) is not None


def dotted_signs(local: Local) -> frozenset[str]:
    """The signs of the country's money written with a full stop ("Nu." in Bhutan, "Bs."
    in Venezuela, "Gs." in Paraguay), without it: before a number they end no sentence."""
    return frozenset(
        sign[:-1] for sign, _ in (*local.letters, *local.initials) if sign.endswith(".")
    )


def _letter_code(key: str, local: Local) -> str | None:
    """The currency of the country's sign ``key`` (written without spaces), if it is one."""
    signs = (*local.letters, *local.initials)
    return next((c for sign, c in signs if re.sub(r"\s", "", sign) == key), None)


def own_word(word: str, local: Local) -> str | None:
    """The currency of the country's money name ``word`` ("soles"), if it is one."""
    return next((c for w, c in local.words if w == word.lower()), None)


def own_minor(word: str, local: Local) -> tuple[str, float] | None:
    """The currency and factor of the country's minor unit ``word`` ("fils"), if it is one."""
    return next(((c, f) for w, c, f in local.minor if w == word.lower()), None)


# Signs several currencies share, and which field of `Local` decides them.
_AMBIGUOUS = {
    "$": "dollar",
    "¥": "yen",
    "Rs": "rupee",
    "Rs.": "rupee",
    "Sh": "shilling",
    "¢": "cent",
}
# Countries that tell temperatures in Fahrenheit; the rest of the world uses Celsius.
_FAHRENHEIT_COUNTRIES = frozenset(["US", "LR", "BS", "BZ", "KY", "PW", "FM", "MH"])
# Temperatures the article writes with their scale: "41C", "30°C", "Celsius"; "95F".
_CELSIUS = re.compile(r"\d\s?°?C\b|\bCelsius\b|\bcentigrade\b")
_FAHRENHEIT = re.compile(r"\d\s?°?F\b|\bFahrenheit\b")


def _degree(text: str) -> str:
    """The scale bare "degrees" of heat are in: the one the article writes elsewhere."""
    celsius, fahrenheit = len(_CELSIUS.findall(text)), len(_FAHRENHEIT.findall(text))
    if celsius > fahrenheit:
        return "degree Celsius"
    return "degree Fahrenheit" if fahrenheit > celsius else "degree"


def _heat(degree: str, country: str | None) -> str:
    """The scale of a temperature told without one: the article's own, else its
    country's."""
    if degree != "degree" or country is None:
        return degree
    return "degree Fahrenheit" if country in _FAHRENHEIT_COUNTRIES else "degree Celsius"
