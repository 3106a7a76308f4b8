"""The one result type every layer shares: a numeric claim found in a text."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any, Literal, TypeVar, get_args

Kind = Literal[
    "percentage",
    "currency",
    "count",
    "mass",
    "length",
    "area",
    "volume",
    "duration",
    "speed",
    "energy",
    "power",
    "temperature",
    "other",
]
Qualifier = Literal["approx", "more_than", "less_than", "at_least", "at_most", "up_to"]
Direction = Literal["up", "down"]
# What kind of statement a figure is: stated as happened or holding, projected, explicitly
# estimated, a goal or limit set, or a scenario ("if", "could").
Statement = Literal["fact", "forecast", "estimate", "target", "hypothetical"]

KINDS: tuple[Kind, ...] = get_args(Kind)
QUALIFIERS: tuple[Qualifier, ...] = get_args(Qualifier)
DIRECTIONS: tuple[Direction, ...] = get_args(Direction)
STATEMENTS: tuple[Statement, ...] = get_args(Statement)


_T = TypeVar("_T", bound=str)


def as_kind(text: str) -> Kind:
    """``text`` as a `Kind` (``ValueError`` if it is none)."""
    return _member(text, KINDS)


def as_qualifier(text: str) -> Qualifier:
    """``text`` as a `Qualifier` (``ValueError`` if it is none)."""
    return _member(text, QUALIFIERS)


def as_direction(text: str) -> Direction:
    """``text`` as a `Direction` (``ValueError`` if it is none)."""
    return _member(text, DIRECTIONS)


def as_statement(text: str) -> Statement:
    """``text`` as a `Statement` (``ValueError`` if it is none)."""
    return _member(text, STATEMENTS)


def _member(text: str, allowed: tuple[_T, ...]) -> _T:
    for value in allowed:
        if value == text:
            return value
    raise ValueError(f"{text!r} is not one of {', '.join(allowed)}")


def base_unit(unit: str) -> str:
    """A unit without its rate: "EUR" of "EUR per litre"."""
    return unit.split(" per ")[0]


@dataclass(frozen=True)
class Claim:
    """A figure stated in a text, with what it is and what it measures.

    Fields:
        surface: the claim as written, ``text[start:end]``: leading qualifier,
            number, scale word, unit or currency and, for counts, the counted
            noun (``nearly 450,000 people``, ``over £13m``).
        start, end: character offsets of ``surface`` in the text given to ``extract``.
        value: the figure fully scaled (``£13m`` -> 13000000.0); for a range, ``low``.
        low, high: the bounds of a range (``between 62 and 68``), else ``None``.
        unit: canonical unit: ``percent``, ``percentage point``, an ISO 4217 code
            for money, the singular counted noun for counts (``person``), the
            singular unit name for physical quantities (``tonne``); ``None`` if unknown.
        kind: one of ``KINDS``.
        measured: short phrase from the sentence naming what the figure measures.
        qualifier: ``None`` or one of ``QUALIFIERS``.
        direction: ``None``, ``"up"`` or ``"down"`` when the sentence states a change.
        sentence: the sentence the claim is in.
        entity: whose figure it is, when that is an organisation, company, person, group
            or object other than a place (``SpaceX``, ``the health ministry``), else ``None``.
        place: the place or jurisdiction the figure is about (``Yemen``, ``US``), from the
            sentence or, failing that, the article; else ``None``.
        period: the time the figure refers to, as written (``last year``, ``by 2030``).
        period_start, period_end: that period as ISO dates, resolved against the
            article's publication date when the text allows it.
        attributed_to: who states the figure (``the health ministry``, ``analysts``);
            ``None`` when the article states it in its own voice.
        statement: one of ``STATEMENTS``.
    """

    surface: str
    start: int
    end: int
    value: float
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    kind: Kind = "other"
    measured: str | None = None
    qualifier: Qualifier | None = None
    direction: Direction | None = None
    sentence: str = ""
    entity: str | None = None
    place: str | None = None
    period: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    attributed_to: str | None = None
    statement: Statement = "fact"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, record: Mapping[Any, Any]) -> Claim:
        """The claim a ``to_dict`` record (or a frame row) holds; a missing value read
        back from a frame as NaN is ``None`` again."""
        values = {f: _missing_as_none(record.get(f)) for f in CLAIM_FIELDS}
        values["start"], values["end"] = int(values["start"]), int(values["end"])
        values["value"] = float(values["value"])
        return cls(**values)


CLAIM_FIELDS: tuple[str, ...] = tuple(Claim.__dataclass_fields__)


def _missing_as_none(value: Any) -> Any:
    return None if isinstance(value, float) and math.isnan(value) else value


@dataclass(frozen=True)
class Article:
    """One news article as ingested: its text and the metadata known about it.

    ``published`` is an ISO date or datetime string (``2025-03-14``) or ``None``.
    ``pages`` is where each page starts in ``text`` (``(0, 1834, ...)``) for a paged
    document such as a PDF, so that a claim can say which page it is on; else empty.
    """

    text: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None
    pages: tuple[int, ...] = ()

    @classmethod
    def from_dict(cls, record: Mapping[Any, Any]) -> Article:
        """The article a record (a dict, a frame row) holds; what is not a string is missing,
        and ``pages`` is any sequence of offsets."""
        values = {f: v if isinstance(v := record.get(f), str) else None for f in _TEXT_FIELDS}
        pages = record.get("pages")
        starts = tuple(int(p) for p in pages) if isinstance(pages, list | tuple) else ()
        return cls(text=values.pop("text") or "", pages=starts, **values)


ARTICLE_FIELDS: tuple[str, ...] = tuple(Article.__dataclass_fields__)
_TEXT_FIELDS = tuple(f for f in ARTICLE_FIELDS if f != "pages")
