"""What the scope rules know about a whole article, computed once per article.

The place it is about (from its title and first paragraph, the title counting double),
how it writes each country, its quotations with their speakers, the people it names as
speakers, its publication date and its country's financial year.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from datetime import date, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING

from claims.extraction.nlp import nlp
from claims.extraction.scope.evidence import ArticleScope, Place
from claims.extraction.scope.places import countries_in_text, places_in_doc
from claims.extraction.scope.quotes import named_people, quotations
from claims.extraction.scope.vocabulary import BODY_NAMES, FISCAL_START

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The first paragraph: text up to the first blank line, after a Markdown heading.
_HEADING = re.compile(r"\A\s*#+\s*(?P<title>[^\n]+)\n")
_PARAGRAPH_END = re.compile(r"\n\s*\n")
# A run of capitalised words, joined by "of", "for", "and", "the" inside: a body's full
# name ("Reserve Bank of India", "Kenya Revenue Authority").
_NAME_RUN = re.compile(
    r"""[A-Z][\w&’'.-]*                                           # a capitalised word
    (?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w&’'.-]*)+      # more, maybe joined
    """,
    re.VERBOSE,
)
# The pipes that tag a text, without the parser.
_TAGGING = ("tok2vec", "tagger", "attribute_ruler")
# Characters of the first paragraph read for its places (a dateline and a lead sentence).
_LEAD_CHARS = 600


def article_scope(
    text: str, title: str | None = None, published: date | str | None = None
) -> ArticleScope:
    """What every figure of ``text`` shares: read once per article."""
    heading = _HEADING.match(text)
    if heading is not None and title is None:
        title = heading.group("title").strip()
    body_start = heading.end() if heading is not None else 0
    lead_end = _PARAGRAPH_END.search(text, body_start)
    lead = text[body_start : lead_end.start() if lead_end else len(text)][:_LEAD_CHARS]
    weights: Counter[Place] = Counter()
    first_seen: dict[Place, int] = {}
    for weight, piece in ((2, title or ""), (1, lead)):
        if not piece.strip():
            continue
        for _, named in places_in_doc(_tagged(piece)):
            weights[named] += weight
            first_seen.setdefault(named, len(first_seen))
    places = tuple(sorted(weights, key=lambda p: (-weights[p], first_seen[p])))
    place = places[0] if places else None
    names = named_people(text, BODY_NAMES | {p.name for p in places})
    spellings: dict[str, str] = {}
    for _, named in countries_in_text(text):
        spellings.setdefault(named.code, named.name)
    country = next((p.code for p in places if p.code), None)
    return ArticleScope(
        text=text,
        title=title,
        published=_date(published),
        place=place,
        places=places,
        spellings=tuple(spellings.items()),
        quotes=quotations(text, names),
        names=names,
        fiscal_start=FISCAL_START.get(country or ""),
        full_names=_full_names(text),
    )


def _full_names(text: str) -> Mapping[str, tuple[int, str]]:
    """Each capitalised word's first name of several words that holds it."""
    names: dict[str, tuple[int, str]] = {}
    for run in _NAME_RUN.finditer(text):
        name = run.group().removeprefix("The ")
        for word in name.split():
            names.setdefault(word, (run.start(), name))
    return MappingProxyType(names)


def _date(published: date | str | None) -> date | None:
    """The publication date of an ISO date or datetime string; ``None`` if unreadable."""
    if published is None or isinstance(published, date):
        return published.date() if isinstance(published, datetime) else published
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def _tagged(text: str) -> Doc:
    """``text`` tokenised and tagged, not parsed: the title's and first paragraph's
    places need the part of speech of their words ("Mobile phones": no town), not their
    syntax, and the parser is most of the pipeline's time."""
    pipeline = nlp()
    doc = pipeline.make_doc(text)
    for name in _TAGGING:
        doc = pipeline.get_pipe(name)(doc)
    return doc
