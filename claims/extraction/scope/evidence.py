"""What the scope rules read and what they decide: the types of `claims.extraction.scope`.

`FigureInSentence` is one figure in its parsed sentence; `ArticleScope` is what is known
about the whole article, computed once (`claims.extraction.scope.article.article_scope`);
`Scope` is the five decided fields of the figure's claim.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from claims.extraction.trace import Decided
from claims.model import Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claims.extraction.scope.quotes import Speakers


@dataclass(frozen=True)
class FigureInSentence:
    """One figure in the parse of its sentence.

    Fields:
        doc: the parse of the sentence, or of a window of a very long one.
        start, end: the figure's characters in ``doc.text`` (number, unit, currency).
        offset: where ``doc.text`` starts in the article's text.
        sentence_start, sentence_end: the whole sentence's characters in the article.
        others: the characters in ``doc.text`` of the sentence's other figures.
        kind: the figure's kind (`claims.model.KINDS`): a duration is no period's figure.
        unit: the figure's unit ("GBP per litre"), ``None`` when it has none.
    """

    doc: Doc
    start: int
    end: int
    offset: int
    sentence_start: int
    sentence_end: int
    others: tuple[tuple[int, int], ...] = ()
    kind: str = "other"
    unit: str | None = None


@dataclass(frozen=True)
class Place:
    """A place named in a text.

    Fields:
        name: the place as the article writes it ("US", "Kerala"; a demonym's place).
        code: its country's ISO 3166 alpha-2 code; "" for a group or region.
        level: 0 a region or group of countries, 1 a country, 2 a state or province,
            3 a city (higher is more specific).
    """

    name: str
    code: str
    level: int


@dataclass(frozen=True)
class Quote:
    """A quotation in the article and who speaks it (``None`` when the text never says)."""

    start: int
    end: int
    speaker: str | None


@dataclass(frozen=True)
class ArticleScope:
    """What the scope rules know about the whole article, computed once per article.

    Fields:
        text: the article's text (offsets of `FigureInSentence` are in it).
        title: its title, if known.
        published: its publication date; ``None`` leaves periods unresolved.
        place: the place the article is about: the country its title and first paragraph
            name most (a national figure in a story from a port or a town is the
            country's), else the place they name most.
        places: the places its title and first paragraph name, most named first.
        spellings: ``(ISO code, name as the article writes it)`` for every country it
            names, so that a demonym's country is written the article's way.
        quotes: its quotations with their speakers.
        names: ``(offset, name)`` of the people it names, in order.
        speakers: whom its pronouns may stand for: those people, and the bodies it
            names as speakers ("it said").
        fiscal_start: the month its country's financial year starts, if not January.
        protagonist: the body the article is about, as its first paragraph first names
            it ("Falcon Gulf Airways", "Australia's federal government"): what "it",
            "its", "the company" stand for when nothing nearer does.
        capitalised: the words it capitalises in the middle of a sentence (names, even
            when they are also common words: "Apple").
        surnames: the last words of the people it names ("Duarte"): no town's name there.
        abbreviations: the abbreviations it defines, to the names they stand for
            ("JMA" -> "Japan Meteorological Agency" from "the Japan Meteorological
            Agency (JMA)").
        full_names: for each capitalised word, the first name of several capitalised
            words that holds it and its offset ("Bank" -> "Reserve Bank of India"): what
            "the bank" stands for.
        placed: the names it writes as places that are read as places only where written
            so: small towns after a place's preposition ("mills around Kalamata"), and a
            country that is also a person's name or a US state's ("Jordan", "Georgia")
            when the dateline's city is in it ("AMMAN — Jordan signed").
        filed_in: the ISO code of the country its dateline files it from, if the gazetteer
            lists it: of the place written after the town ("KINGSTON, Norfolk Island —" ->
            NF), else of the town ("MUNICH —" -> DE).
        companies: ``(offset, name)`` of the companies it introduces beside a common noun
            for them ("state company YPFB", "Danish Crown, the country's largest meat
            processor"), in order: what a later "the group" stands for.
        state_bodies: the names (and abbreviations) of the bodies it calls the state's
            ("state utility Électricité de Guinée (EDG)"): they act in their country.
        mentions: gives ``(offset, place)`` of each place it names, in order: what a later
            "the city" or "the province" points back to. Read when first asked for:
            most articles never point back, and reading them tokenises the article.
        named_people: gives ``(name, offsets)`` for each person it names, in the order of
            ``names``, with the offsets where the surname is written ("Ramdhun", after
            "Anil Ramdhun"): whom a later "he" or "she" stands for. A name the article
            writes after "the" is a body's ("the Pensions Superintendency") and left out.
            Read when first asked for, once per article.
    """

    text: str
    title: str | None
    published: date | None
    place: Place | None
    places: tuple[Place, ...]
    spellings: tuple[tuple[str, str], ...]
    quotes: tuple[Quote, ...]
    names: tuple[tuple[int, str], ...]
    speakers: Speakers
    fiscal_start: int | None
    protagonist: str | None
    capitalised: frozenset[str]
    surnames: frozenset[str]
    abbreviations: Mapping[str, str]
    full_names: Mapping[str, tuple[int, str]]
    placed: frozenset[str]
    filed_in: str | None = None
    companies: tuple[tuple[int, str], ...] = ()
    state_bodies: frozenset[str] = frozenset()
    mentions: Callable[[], tuple[tuple[int, Place], ...]] = tuple
    named_people: Callable[[], tuple[tuple[str, tuple[int, ...]], ...]] = tuple

    @property
    def place_names(self) -> frozenset[str]:
        """The names of the places its title and first paragraph name, and of the small
        towns it writes as places: no part of what a figure measures."""
        return frozenset(p.name for p in self.places) | self.placed


@dataclass(frozen=True)
class Period:
    """The time a figure refers to: as written, and as ISO dates when the text allows."""

    text: str
    start: str | None
    end: str | None


@dataclass(frozen=True)
class Scope:
    """The five context fields of a figure's claim, each with the rule that decided it."""

    entity: Decided[str | None]
    place: Decided[str | None]
    period: Decided[Period | None]
    attributed_to: Decided[str | None]
    statement: Decided[Statement]


@dataclass(frozen=True)
class Reading:
    """What every scope rule reads about one figure: the figure in its sentence, the
    article, the figure's highest token in the parse (``None`` if the parse has no
    token for it) and the words that govern it (`claims.extraction.scope.syntax.governing`).
    """

    figure: FigureInSentence
    article: ArticleScope
    root: Token | None
    governing: tuple[Token, ...] = ()
