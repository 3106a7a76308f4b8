"""quantulum3's unit catalogue: the long tail of units our own table leaves out.

`units` names the units news is mostly made of, with news-specific rules
(``m`` as million before money, ``C`` as Celsius). quantulum3 ships a catalogue of
about 400 units and 1,900 written forms; after our table finds nothing, a figure's
next words are looked up there (``12 furlongs``, ``3 pints``, ``400 lux``,
``5,000 mAh``, ``40 kV``). quantulum3's parser is not used: on news text it reads
``£13m`` as pound-metres and ``10.45pm`` as picometres.

Only physical units are taken (never dimensionless ones or currencies, which our
own layer decides), and neither symbols nor words that are also common English
(``in``, ``pm``, ``second``, ``league``, ``cup``) nor one-letter symbols.
"""

from __future__ import annotations

import json
import re
import warnings
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from claims.model import Kind, as_kind

# quantulum3 entity -> our kind; other physical entities are "other".
_KIND_OF_ENTITY = {
    "length": "length",
    "mass": "mass",
    "time": "duration",
    "area": "area",
    "volume": "volume",
    "speed": "speed",
    "energy": "energy",
    "power": "power",
    "temperature": "temperature",
}
_NOT_PHYSICAL = frozenset(["dimensionless", "currency", "unknown"])

# Written forms that are more often plain English than units in news text.
_COMMON_WORDS = frozenset(
    """
    bar bars barn barns bit bits byte bytes candle candles cup cups dot dots drop drops
    ell ells gal gals kip kips league leagues minute minutes mole moles nit nits pel
    pels pond ponds quad quads quarter quarters rad rads second seconds shake shakes
    span spans stoke stokes tex texes tetrad tetrads tetrade poise poises henry henries
    quartet gray grays peck pecks pound pounds mho mhos rhe rhes nibble nibbles annum
    annums atmosphere atmospheres galileo galileos franklin franklins rutherford
    rutherfords darcy darcies maxwell maxwells langley langleys
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
# Symbols that are also words or abbreviations (in, am, pm, st, AT, MP, ...).
_AMBIGUOUS_SYMBOLS = frozenset(
    """
    in am pm at At AT st pt qt pk hs nt au AU ua UA ha Ha ka ky My Ma Ga Ta Ty Py Ea Ey
    MP cd lm px den fur lea fath Gal Da Ci Rd bp fb Em Pm Tm Gm Mm fm zm ym hm Dm dm dam
    kt Mt Gt gm ct qr bu bsh cps tpd ccm ltr Bd Ly Eh Ws TR VA sb St mb Mb Gb kb Sv sr
    """.split()  # noqa: SIM905 (a word list reads best as words)
)

# One to three words (or a symbol) straight after a number, at most one space before.
_NEXT_WORDS = re.compile(
    r"""
    [ ]?                                     # "5 kV" or "5kV"
    (?P<w1> [^\W\d_][\w/²³µΩ°.'-]* )         # a word or symbol, starting with a letter
    (?: [ ] (?P<w2> [a-z]+ ) )?              # optional second word ("cubic yard")
    (?: [ ] (?P<w3> [a-z]+ ) )?              # optional third word ("cubic yards per")
    """,
    re.VERBOSE,
)
# A length to a power is an area or a volume.
_POWERS = {"square": "area", "cubic": "volume"}
_WORD_END = re.compile(r"(?![\w/])")


class CatalogueUnit(NamedTuple):
    """A unit found in quantulum3's catalogue (its kind: ``kind_of(name)``), and where it ends."""

    name: str  # quantulum3's unit name, singular ("furlong", "kilovolt")
    end: int  # offset just past the written form


class _Catalogue(NamedTuple):
    words: dict[str, str]  # lower-case written form -> unit name
    symbols: dict[str, str]  # symbol, case as written -> unit name
    kinds: dict[str, str]  # unit name -> kind


@lru_cache(maxsize=1)
def _catalogue() -> _Catalogue:
    """The physical units of quantulum3's catalogue, by written form and by name.

    Read from quantulum3's own data files, SI prefixes expanded with its own rule.
    ``quantulum3.load.units()`` builds the same forms but takes seconds (it derives
    compound units and inflects every plural); this takes a few milliseconds.
    """
    with warnings.catch_warnings():
        # quantulum3 warns on import that its optional classifier is not installed.
        warnings.simplefilter("ignore")
        from quantulum3 import load

    merged: dict[str, dict] = {}
    for path in (load.GENERAL_UNITS_PATH, load.LANGUAGE_UNITS_PATH("en_US")):
        for name, spec in json.loads(Path(path).read_text(encoding="utf-8")).items():
            for full_name, full_spec in load.Units.prefixed_units(name, spec):
                merged.setdefault(full_name, {}).update(full_spec)
    found = _Catalogue({}, {}, {})
    for name, spec in merged.items():
        entity = spec.get("entity")
        if entity is None or entity in _NOT_PHYSICAL:
            continue
        found.kinds[name] = _KIND_OF_ENTITY.get(entity, "other")
        for surface in spec.get("surfaces", []):
            for form in (surface.lower(), _plural(surface.lower())):
                if form not in _COMMON_WORDS:
                    found.words.setdefault(form, name)
        for symbol in spec.get("symbols", []):
            if len(symbol) > 1 and symbol not in _AMBIGUOUS_SYMBOLS:
                found.symbols.setdefault(symbol, name)
    return found


def _plural(word: str) -> str:
    """Regular English plural of the last word ("cubic yard" -> "cubic yards")."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"


def unit_after(sentence: str, pos: int) -> CatalogueUnit | None:
    """The catalogue unit written at ``pos`` (just after a number), longest form first."""
    m = _NEXT_WORDS.match(sentence, pos)
    if m is None:
        return None
    words, symbols, _ = _catalogue()
    # Longest first: "cubic yards" before "cubic".
    for group in ("w3", "w2", "w1"):
        if m.group(group) is None:
            continue
        end = m.end(group)
        written = sentence[m.start("w1") : end].rstrip(".'-")
        end = m.start("w1") + len(written)
        if not _WORD_END.match(sentence, end):
            continue
        found = symbols.get(written) if group == "w1" else None
        # Units written as words are lower case: "5 Tesla cars" names a company.
        if found is None and written.islower():
            found = words.get(written) or _power_of_length(written)
        if found:
            return CatalogueUnit(found, end)
    return None


def _power_of_length(written: str) -> str | None:
    """ "square" or "cubic" before a length the catalogue names only alone ("1,900 cubic
    hectometres" -> "cubic hectometre")."""
    power, _, rest = written.partition(" ")
    length = _catalogue().words.get(rest) if power in _POWERS else None
    if length is None or _catalogue().kinds.get(length) != "length":
        return None
    return f"{power} {length}"


def kind_of(name: str) -> Kind:
    """The kind of a unit ``unit_after`` returned."""
    power, _, rest = name.partition(" ")
    if power in _POWERS and _catalogue().kinds.get(rest) == "length":
        return as_kind(_POWERS[power])
    return as_kind(_catalogue().kinds.get(name, "other"))
