"""Currencies: the symbols, codes and names written with a figure, and the ISO 4217 code
each stands for. Minor units (pence, cents, sen) carry the factor that converts them
to the major unit (``5p`` -> 0.05 GBP). Signs several currencies share (``$``, ``¥``,
rupees) stand for a key of `claims.extraction.figures.local.Local`, decided per article.

Codes and English names come from CLDR (Babel): every currency past and present
("150 HRK", "2,000 Ugandan shillings"), and the last word of a current currency's name
alone ("5 million tenge"); a word several current currencies share ("lei", "kwacha",
"dinars") stands for its family name ("leu"), decided per article like ``$``. The
tables here add what CLDR does not keep:
the symbols and short names news writes ("$US", "Rs", "bucks", "sterling", "kroner"),
and the codes of the cryptocurrencies news quotes prices in.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extraction.characters import unaccented

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
    "GH₵": "GHS",
    "GH¢": "GHS",
    "₿": "BTC",
    "元": "CNY",  # written after the figure: "100元"
    "Mex$": "MXN",
    "CAD$": "CAD",
    "RM": "MYR",
    "CHF": "CHF",
    "Fr.": "CHF",
    "SDR": "XDR",  # the IMF's special drawing rights: "a loan of SDR 32 million"
    "NIS": "ILS",  # the new Israeli shekel, as Israel's press writes it
    # The CFA franc's letters, before the figure as after it ("FCFA 500"): the article's
    # country decides West (XOF) or Central African (XAF), as for "CFA francs".
    "FCFA": "cfa",
}

# Currency names written after the figure: "40 euros", "3 million rupees", "150 kn".
# Values are (code, factor): a minor unit is converted to the major one.
CURRENCY_WORDS = {
    # "$", "Rs" and "¢" (cents) are read as the article means them (`Local`), and so is
    # a family name several countries' currencies share ("peso", "dirham", "krone").
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
    "francs": ("franc", 1.0),
    "won": ("won", 1.0),  # of either Korea
    "rand": ("ZAR", 1.0),
    "naira": ("NGN", 1.0),
    "shekel": ("ILS", 1.0),
    "shekels": ("ILS", 1.0),
    "kuna": ("HRK", 1.0),
    "kn": ("HRK", 1.0),
    "lira": ("TRY", 1.0),
    "baht": ("THB", 1.0),
    "rupiah": ("IDR", 1.0),
    "pesos": ("peso", 1.0),
    "dirhams": ("dirham", 1.0),
    "riyals": ("riyal", 1.0),
    "zloty": ("PLN", 1.0),
    "kronor": ("SEK", 1.0),
    "kroner": ("krone", 1.0),
    "krone": ("krone", 1.0),
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
    "peso": ("peso", 1.0),
    "mexican pesos": ("MXN", 1.0),
    "philippine pesos": ("PHP", 1.0),
    "argentine pesos": ("ARS", 1.0),
    "chilean pesos": ("CLP", 1.0),
    "colombian pesos": ("COP", 1.0),
    "egyptian pounds": ("EGP", 1.0),
    "shillings": ("shilling", 1.0),
    "kenyan shillings": ("KES", 1.0),
    "riyal": ("riyal", 1.0),
    "qatari riyals": ("QAR", 1.0),
    "dirham": ("dirham", 1.0),
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
    "us cents": ("USD", 0.01),
    "us cent": ("USD", 0.01),
    "u.s. cents": ("USD", 0.01),
    "cents": ("¢", 0.01),
    "cent": ("¢", 0.01),
    # Hundredths of the Nordic crowns: øre of a krone (the article decides which), öre
    # of a krona.
    "øre": ("krone", 0.01),
    "öre": ("SEK", 0.01),
    # The CFA francs of West (XOF) and Central Africa (XAF), as French and English write
    # them: the article's country decides which; no Swiss franc is ever meant.
    "cfa francs": ("cfa", 1.0),
    "cfa franc": ("cfa", 1.0),
    "francs cfa": ("cfa", 1.0),
    "franc cfa": ("cfa", 1.0),
    "fcfa": ("cfa", 1.0),
    "f cfa": ("cfa", 1.0),
    # The CFP franc of the French Pacific, written the same ways ("CFP francs" is CLDR's).
    "francs cfp": ("XPF", 1.0),
    "franc cfp": ("XPF", 1.0),
    "fcfp": ("XPF", 1.0),
    "f cfp": ("XPF", 1.0),
    # The IMF's special drawing rights (XDR), by their initials.
    "sdr": ("XDR", 1.0),
    "sdrs": ("XDR", 1.0),
}

# The names of a currency's hundredths or thousandths that news writes, and the currency
# each divides (CLDR keeps no minor units' names; its digits give the factor: 800 baisa
# are 0.8 rials, 12 toea 0.12 kina). Names several currencies share ("fils", "paise",
# "piastres") are left out: the article would have to decide them.
MINOR_UNITS = {
    "baisa": "OMR",
    "baiza": "OMR",
    "toea": "PGK",
    "tambala": "MWK",
    "ngwee": "ZMW",
    "thebe": "BWP",
    "kobo": "NGN",
    "pesewa": "GHS",
    "pesewas": "GHS",
    "kopeck": "RUB",
    "kopecks": "RUB",
    "kopek": "RUB",
    "kopeks": "RUB",
    "halala": "SAR",
    "halalas": "SAR",
}

# Market names of currencies that are no currency names after a figure ("40 pounds" is a
# weight), and the nicknames markets use.
MARKET_NAMES = {
    "dollar": "USD",
    "us dollar": "USD",
    "u.s. dollar": "USD",
    "greenback": "USD",
    "pound": "GBP",
    "sterling": "GBP",
    "loonie": "CAD",
    "aussie": "AUD",
    "kiwi": "NZD",
    "single currency": "EUR",
}

# The currency a family name stands for when the article names no country that uses
# one: the one English news writes most ("25 pesos" alone are Mexican).
FAMILY_DEFAULTS = {
    "peso": "MXN",
    "dirham": "AED",
    "riyal": "SAR",
    "krone": "NOK",
    "franc": "CHF",
    # CFA francs with no country named: the West African franc, of the larger zone (eight
    # countries, some 140 million people, beside the Central African six and 60 million).
    "cfa": "XOF",
    "shilling": "KES",
    "won": "KRW",
}

# Prefix symbols, longest first so "US$" wins over "$". Codes need a word boundary.
CURRENCY_PREFIX = re.compile(
    r"""
    (?: (?<![A-Za-z]) (?P<sym> \$US | \$A | \$NZ | \$C | US\s?\$ | U\.S\.\s?\$ | A\$ | AU\s?\$
                             | NZ\s?\$ | CA[D]?\s?\$ | C\s?\$ | HK\s?\$ | S\s?\$ | R\$ | NT\$
                             | Mex\$ | \$ | Y=                  # Y=: Reuters' yen
                             | F\s?CFA                          # CFA francs
                             | GH₵ | GH¢                         # Ghanaian cedi
                             | £ | € | ¥ | ₹ | ₩ | ₦ | ₽ | ₺ | ₱ | ₪ | ₾ | ₭ | ₿ )
      | \b (?P<code> [A-Z]{3} | Rs\.? | RM | Fr\. ) )
    [ \u00a0]? $                          # directly before the figure
    """,
    re.VERBOSE,
)
# Letters that stand for a currency only before an amount written like money (a grouped
# or decimal figure, or a scale): "R50,000" rand, "N1,400" naira, "KSh1.2bn" shillings,
# "PS2.7m" (the ASCII spelling of "£2.7m"), "Rp 9.4 trillion" rupiah; "R2" or "PS5" alone
# are names.
LETTER_PREFIX = re.compile(r"(?<![A-Za-z])(?P<sym>R|Rp|KSh|Sh|PS|N|Dhs?)[ \u00a0]?$")
# "Sh" is the shilling of the article's country (`claims.extraction.figures.local`).
LETTER_CODES = {
    "R": "ZAR",
    "Rp": "IDR",
    "KSh": "KES",
    "Sh": "Sh",
    "PS": "GBP",
    "N": "NGN",
    "Dh": "AED",
}
LETTER_CODES["Dhs"] = "AED"  # N: naira; Dh: UAE dirhams ("Dh 142 billion")
# The letters a country's press writes before its own currency, read before any figure
# in an article about that country (elsewhere "P45" is a form and "Sh" needs money-like
# digits): "P430 M", "PP1.8 million" and "Php 50" in Manila; "Sh 200" in Nairobi or
# Kampala; "Dh 40" in Dubai or Rabat; "K12 million" kwacha in Lusaka, kyat in Yangon.
LOCAL_LETTERS = {
    "PHP": ("P", "PP", "Php"),
    "KES": ("Sh", "KSh", "Ksh", "Kshs"),
    "UGX": ("Sh", "Shs", "USh", "UShs"),
    "TZS": ("Sh", "TSh", "TShs"),
    "SOS": ("Sh", "SSh"),
    "AED": ("Dh", "Dhs"),
    "MAD": ("Dh", "DH", "Dhs"),
    "BWP": ("P",),
    "IDR": ("Rp",),
    "ZMW": ("K",),
    "MWK": ("K", "MK"),
    "MMK": ("K", "Ks"),
    "PGK": ("K",),
    "NGN": ("N",),
    "ZAR": ("R",),
    "OMR": ("RO",),
    "BDT": ("Tk", "Tk."),
    "JOD": ("JD", "JOD"),
    "AFN": ("Af", "Afs"),
    "XOF": ("CFA", "FCFA"),
    "XAF": ("CFA", "FCFA"),
}
MONEY_LIKE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+(?=(?:bn|m|mn|k)\b|\s(?:million|billion|trillion)\b)"
)
# Lower-case "p" straight after a figure is pence ("45p"); only attached, before a non-letter.
PENCE = re.compile(r"p(?![A-Za-z0-9])")

# ISO 4217 codes that are common English words or names in capitals ("TOP 10 songs",
# "ALL 3 teams", "AMD chips"): never read as a written code, though their money is still
# read by its name ("2.50 bolivianos", "60 patacas").
_WORD_CODES = frozenset(["ALL", "AMD", "BOB", "CUP", "MAD", "MOP", "PEN", "SOS", "TOP"])
# CLDR's codes in X name metals, funds and test codes ("gold" is XAU), except these money
# (the Caribbean guilder, XCG, since 2025) and the IMF's special drawing rights, which it
# lends and its members hold.
_X_MONEY = frozenset(["XAF", "XOF", "XCD", "XCG", "XPF", "XDR"])
# Codes CLDR does not keep: cryptocurrencies news quotes prices in.
_CRYPTO = frozenset(["BTC", "ETH"])


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """Every currency code CLDR knows, past and present, and the crypto codes news
    quotes."""
    from babel.numbers import list_currencies  # loaded on first use: extraction only

    codes = {c for c in list_currencies() if not c.startswith("X") or c in _X_MONEY}
    return frozenset(codes | _CRYPTO)


@lru_cache(maxsize=1)
def written_codes() -> frozenset[str]:
    """The codes read as money when written in capitals beside a figure ("150 HRK",
    "CHF 40"): not those that are English words."""
    return currency_codes() - _WORD_CODES


@lru_cache(maxsize=1)
def currency_words() -> dict[str, tuple[str, float]]:
    """Currency names written after a figure -> (code, factor): the news forms above and
    the minor units, then every English name CLDR gives a currency, singular and plural
    ("Ugandan shillings"), lower case, then the last words of the current ones' names
    ("tenge"; "lei" -> the family "leu", which the article decides)."""
    from babel.numbers import get_currency_name, get_currency_precision

    words = dict(CURRENCY_WORDS)
    for minor, code in MINOR_UNITS.items():
        words[minor] = (code, 10.0 ** -get_currency_precision(code))
    for code in sorted(currency_codes() - _CRYPTO):
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale="en").lower()
            if not re.search(r"[\d(]", name):  # "zimbabwean dollar (2008)": a past one
                words.setdefault(name, (code, 1.0))
    for word, codes in _last_words().items():
        if word not in _ENGLISH_LAST_WORDS:
            words.setdefault(word, (codes[0] if len(codes) == 1 else family(codes[0]), 1.0))
    # CLDR's "paʻanga" is written with a plain apostrophe: "pa'anga".
    plain = {re.sub(r"[ʻʼ’]", "'", w): v for w, v in words.items()}
    return plain | words


@lru_cache(maxsize=1)
def currency_names() -> dict[str, str]:
    """Names of a currency as a market story writes it, singular or as written ("rupee",
    "US dollar", "greenback") -> code or `Local` sign ("Rs"); no minor unit ("cent")."""
    names = {w: code for w, (code, factor) in currency_words().items() if factor == 1.0}
    names.update(MARKET_NAMES)
    return names


def is_family(code: str) -> bool:
    """Whether ``code`` is a family name several currencies share ("leu"), not a code."""
    return code.islower()


# Last words of current currencies' names that news writes after a figure as English:
# "9 marks", "3 gold", "2 reals" of a match, "sol 1,000" on Mars, "kips" of force, "a
# 5-dram glass", and "pounds" of weight (`PENCE`, `_POUNDS` decide those).
_ENGLISH_LAST_WORDS = frozenset(
    ["mark", "marks", "gold", "real", "reals", "sol", "soles", "kip", "kips", "dram", "drams"]
    + ["pound", "pounds", "unit", "units"]
)


# Spellings of a country's money that English news writes and CLDR does not keep, read
# only in a story from that country: the Uzbek "soum" (CLDR's "som") and "the sum"
# ("soums" elsewhere are the districts of Mongolia), the Mongolian "tögrög" (CLDR's
# "tugrik"), with and without its accents.
LOCAL_WORDS = {
    "UZS": ("soum", "soums", "sum"),
    "MNT": ("tögrög", "tögrögs", "togrog", "togrogs", "tugrug", "tugrugs"),
}


@lru_cache(maxsize=64)
def own_words(code: str, country: str) -> tuple[str, ...]:
    """The last words of ``code``'s CLDR name that are also English ("soles", "reals"),
    the country's own-language names of it, singular and plural, whose word is its English
    one ("guaraníes" of the guaraní, "bolívares"), and its spellings CLDR lacks
    (`LOCAL_WORDS`): news writes these for that money in a story from the country."""
    from babel.numbers import get_currency_name

    words = {get_currency_name(code, count=n, locale="en").split()[-1].lower() for n in (1, 2)}
    kind = unaccented(family(code))
    native = {
        word.lower()
        for name in _local_names(code, country)
        for word in _NAME_WORD.findall(name)
        if unaccented(word.lower()).startswith(kind)
    }
    return (
        tuple(sorted(words & _ENGLISH_LAST_WORDS))
        + tuple(sorted(native - currency_words().keys()))
        + LOCAL_WORDS.get(code, ())
    )


def _local_names(code: str, country: str) -> list[str]:
    """``code``'s CLDR names, singular and plural, in the locales of ``country``."""
    from babel import Locale
    from babel.localedata import locale_identifiers
    from babel.numbers import get_currency_name

    return [
        get_currency_name(code, count=n, locale=Locale.parse(ident))
        for ident in locale_identifiers()
        if ident.endswith(f"_{country}")
        for n in (1, 2)
    ]


@lru_cache(maxsize=64)
def own_signs(code: str, country: str) -> tuple[str, ...]:
    """The signs a country's press may write before its currency ``code``, beyond the
    tables: the symbols CLDR gives it in the country's own locales ("S/" in Peru, "RF" in
    Rwanda, "F CFA" in Ivory Coast), its code in title case ("Rwf"), for a dollar the
    first letters of its code before "$" ("J$", "N$", "TT$"), and for a pound its first
    letter before or after "£" ("S£", "£E")."""
    from babel import Locale
    from babel.localedata import locale_identifiers

    signs = {code.title()}
    codes = (code, *_past_codes(code, country))
    for ident in locale_identifiers():
        if ident.endswith(f"_{country}"):
            symbols = Locale.parse(ident).currency_symbols
            for symbol in (symbols.get(c, "") for c in codes):
                # A dotted symbol is also written without its dot: "Bs." -> "Bs".
                signs |= {re.sub(r"[\u00a0\u202f]", " ", symbol), symbol.removesuffix(".")}
    if family(code) == "dollar":
        signs |= {f"{code[:1]}$", f"{code[:2]}$", f"{_place_initials(code)}$"}
    if family(code) == "pound":  # "S£" or "£S" in Damascus, "E£" or "£E" in Cairo
        signs |= {f"{code[:1]}£", f"£{code[:1]}", f"{code[:2]}£"}
    return tuple(sorted(s for s in signs if s and s not in ("$", *codes) and s.isprintable()))


def _past_codes(code: str, country: str) -> tuple[str, ...]:
    """The retired currencies of the same kind ``country`` used before ``code``
    (Venezuela's bolívar of 2008, VEF): their symbols are still written for the current
    one ("Bs"). Not another country's money it once used ("A$" in the Solomon Islands)."""
    from babel.core import get_global

    past = get_global("territory_currencies").get(country, ())
    return tuple(
        c
        for c, *_ in past
        if c != code and c not in current_currencies() and family(c) == family(code)
    )


def _place_initials(code: str) -> str:
    """The initials of the place a dollar's CLDR name gives, which its press writes
    before "$": "SI" (Solomon Islands dollar), "EC" (East Caribbean dollar)."""
    from babel.numbers import get_currency_name

    return "".join(w[0] for w in _NAME_WORD.findall(get_currency_name(code, locale="en"))[:-1])


# The languages of the names whose initials a country's press writes before its money,
# beside its own: English ("BD" Bahraini dinars, "QR" Qatari riyals) and French, the
# press language of the Maghreb, the Levant and West Africa ("LL" livres libanaises, "DT"
# dinars tunisiens).
_INITIALS_LOCALES = ("en", "fr")
# A word of a currency's name, its first letter an initial ("Bosnia-Herzegovina" is two).
_NAME_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=64)
def own_initials(code: str, country: str) -> tuple[str, ...]:
    """The initials of ``code``'s CLDR names in English, French and the country's own
    languages, which its press may write before an amount ("BD 62 million", "LL 90
    billion"): names of two words or more in Latin letters, never the code itself."""
    from babel import Locale
    from babel.localedata import locale_identifiers
    from babel.numbers import get_currency_name

    locales = [*_INITIALS_LOCALES, *(i for i in locale_identifiers() if i.endswith(f"_{country}"))]
    signs = set()
    for ident in locales:
        name = get_currency_name(code, locale=Locale.parse(ident))
        # "libanaise", "bahreïni" without their accents
        words = _NAME_WORD.findall(unaccented(name))
        if len(words) > 1 and all(w.isascii() for w in words):
            signs.add("".join(w[0] for w in words).upper())
    return tuple(sorted(signs - {code}))


# Names of the hundredths or thousandths several currencies share, and the kinds of
# money (`family`) they divide: read as the article's country's money ("285 fils" in
# Manama are Bahraini dinars, "12 paise" in Mumbai rupees).
SHARED_MINOR_UNITS = {
    "fils": ("dinar", "dirham"),
    "paise": ("rupee",),
    "paisa": ("rupee",),
    "piastres": ("pound",),
    "piasters": ("pound",),
}


def shared_minor_units(code: str) -> tuple[tuple[str, float], ...]:
    """The shared names of ``code``'s minor units, each with the factor to the major unit
    from CLDR's digits; none for a currency CLDR gives no decimals (the Iraqi dinar)."""
    from babel.numbers import get_currency_precision

    digits = get_currency_precision(code)
    if digits == 0:
        return ()
    kinds = family(code)
    return tuple((n, 10.0**-digits) for n, of in SHARED_MINOR_UNITS.items() if kinds in of)


@lru_cache(maxsize=1)
def current_currencies() -> frozenset[str]:
    """The codes of the currencies some territory uses today, by CLDR."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    return (
        frozenset(
            code
            for territory in get_global("territory_currencies")
            for code in get_territory_currencies(territory)
        )
        & currency_codes()
    )


def _last_words() -> dict[str, tuple[str, ...]]:
    """The last word of each current currency's name, singular and plural ("tenge",
    "lei"), and the English plural of the singular where CLDR's plural is another
    ("denars" beside "denari", "leks" beside "lekë") -> the currencies that end so, by
    code. A singular that is an English word gets no plural ("golds", "sols")."""
    from babel.numbers import get_currency_name

    codes: dict[str, set[str]] = {}
    for code in current_currencies():
        single = get_currency_name(code, count=1, locale="en").split()[-1].lower()
        plural = get_currency_name(code, count=2, locale="en").split()[-1].lower()
        words = {single, plural}
        if single not in _ENGLISH_LAST_WORDS and not single.endswith("s"):
            words.add(f"{single}s")
        for word in words:
            codes.setdefault(word, set()).add(code)
    return {word: tuple(sorted(c)) for word, c in codes.items()}


@lru_cache(maxsize=256)
def of_kind(code: str, money: str) -> bool:
    """Whether the currency ``code`` is of the kind ``money``: its family ("franc"), or a
    word of its CLDR name that names a kind of its own ("cfa": the West and Central
    African CFA francs)."""
    from babel.numbers import get_currency_name

    return family(code) == money or money in get_currency_name(code, locale="en").lower().split()


def family(code: str) -> str:
    """The kind of money a currency is, by its CLDR name's last word: "dollar", "rupee";
    a past currency's name ends in its years, which are no word of it ("Venezuelan
    Bolívar (2008–2018)": "bolívar")."""
    from babel.numbers import get_currency_name

    return re.sub(r"\s*\(.*\)$", "", get_currency_name(code, locale="en")).split()[-1].lower()


@lru_cache(maxsize=1)
def currency_word() -> re.Pattern[str]:
    """A currency name right after a figure: "40 euros", "3 million rupees", "150 kn"."""
    return re.compile(
        r"[ \u00a0-]?(?P<word>"  # "-" as an adjective: "a 12-cent dividend"
        + "|".join(re.escape(w) for w in sorted(currency_words(), key=len, reverse=True))
        + r")(?![A-Za-z])",
        re.IGNORECASE,
    )
