"""What the sentence says about one figure: what it measures, the noun a bare count
counts, and the rise or fall stated for it; read from the dependency parse.

Given a parsed sentence and the character span of one figure (``450,000``, ``£13m``,
``20 per cent``), `describe` returns the phrase naming what it measures (``people
killed in Gaza``, ``bribes``, ``tariff on steel``) with the name of the rule that found
it, the counted noun of a bare count (``person``) and the direction the sentence states.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claims.extraction.context.counted import (
    compared,
    contiguous,
    counted_noun,
    elided_noun,
    framed_noun,
    period_after,
    plural_head,
    quantified_noun,
    separated,
)
from claims.extraction.context.direction import direction
from claims.extraction.context.measured import (
    NOTHING,
    Walk,
    act_on,
    done_to,
    measured,
    misread_amount_verb,
    named_before,
    time_frame,
    time_frame_of,
)
from claims.extraction.context.phrases import (
    Led,
    left_modifiers,
    noun_phrase,
    render,
    verb_tail,
    whole_word,
)
from claims.extraction.context.roots import figure_root
from claims.extraction.trace import Decided
from claims.extraction.vocabulary.numbers import SCALE_NAMES
from claims.extraction.vocabulary.verbs import AMOUNT_NOUNS, REPORTING
from claims.extraction.vocabulary.words import COLLECTIVES
from claims.model import Direction, Kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words of a hedge written between a count and its noun (`claims.extraction.figures.qualifiers`).
_TRAILING_HEDGE = frozenset(["or", "so", "more", "odd", "-odd", "plus", "-plus", "-", "+"])


@dataclass(frozen=True)
class Context:
    """What the sentence says about one figure.

    Fields:
        measured: short phrase from the sentence naming what the figure measures.
        noun: singular lemma of the counted noun, for a count with no unit.
        noun_end: character offset in the sentence where the counted-noun phrase
            ends, so a claim's surface can run "three Mexican financial institutions".
        direction: "up" or "down" when the sentence states a change for this figure.
        measured_by: the name of the rule that found ``measured``.
    """

    measured: str | None = None
    noun: str | None = None
    noun_end: int | None = None
    direction: Direction | None = None
    measured_by: str = NOTHING


@dataclass(frozen=True)
class _Counted:
    """The noun a count counts: its token (the target), its singular, and where it ends."""

    target: Token | None
    noun: str | None = None
    noun_end: int | None = None


def link_previous(doc: Doc, previous: Doc) -> None:
    """Give ``doc`` the parse of the sentence just before it, so that a pronoun opening
    it ("It recovered to $1.25", "Its shares fell 6%") can stand for that sentence's
    subject. The extractor links a sentence it parsed anyway: no parse is added."""
    doc._.previous = previous


def describe(doc: Doc, start: int, end: int, *, kind: Kind, unit: str | None) -> Context:
    """Context of the figure at ``doc.text[start:end]`` (number with unit or currency).

    ``kind`` and ``unit`` are the extractor's reading of the figure; a count without
    a unit gets its counted noun. Never re-parses: only walks ``doc``.
    """
    span = _figure_span(doc, start, end)
    if span is None:
        return Context()
    root = figure_root(span)
    figure = set(range(span.start, span.end))
    target = quantified_noun(root, figure)
    if target is not None and separated(doc, span.end, target.i):
        target = None  # "compared with 63 last year", "3,000 dead\nsource:"
    if target is not None and kind != "count" and period_after(target, span.end):
        # "gained 24% year to date", "rose 0.3% m/m": the period is when, not what; the
        # figure takes its place in the sentence.
        root, target = target, None
        figure.add(root.i)
    bare_count = kind == "count" and unit is None
    counted = _counted(doc, span, target, figure) if bare_count else _Counted(target)
    what = _measured(root, counted.target, figure, kind)
    if counted.noun is None and bare_count and root.pos_ == "NUM":
        counted, what = _noun_left_unsaid(doc, span, root, figure, what)
    return Context(
        measured=render(what.value),
        noun=counted.noun,
        noun_end=counted.noun_end,
        direction=direction(
            root, _word_before(doc, span.start), doc[span.start], doc[span.end - 1]
        ),
        measured_by=what.rule,
    )


def _figure_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of the figure at ``start:end``, with scale words the parse left after
    it ("Rs 6.81 lakh [crore]")."""
    # The doc's length from its last token: ``doc.text`` would join every token per figure.
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if not 0 <= start < end <= length:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    last = span.end
    while last < len(doc) and doc[last].lower_ in SCALE_NAMES:
        last += 1
    return doc[span.start : last]


def _counted(doc: Doc, span: Span, target: Token | None, figure: set[int]) -> _Counted:
    """The noun a bare count counts and where its phrase ends, when it follows the count
    with nothing but its modifiers between ("three Mexican financial institutions")."""
    if target is None:
        return _Counted(None)
    target = plural_head(target)
    noun = counted_noun(target, figure)
    first = span.end
    while first < target.i and doc[first].lower_ in _TRAILING_HEDGE:
        first += 1  # "40 or so cars", "5,000-plus people"
    if target.i >= span.end and contiguous(doc, span.start, first, target.i):
        end_token = whole_word(target)[-1]  # "co-defendants", "runners-up"
        return _Counted(target, noun, end_token.idx + len(end_token.text))
    return _Counted(target, noun)


def _measured(
    root: Token, target: Token | None, figure: set[int], kind: Kind
) -> Decided[list[Token]]:
    """The tokens naming what the figure measures, and the rule that found them."""
    if time_frame(root):  # "fell in four years", "300 millimetres in 24 hours"
        found = time_frame_of(root, figure, kind=kind)
        return Decided(found.value, f"a period something happens in: {found.rule}")
    if misread_amount_verb(root):  # "The new phone costs £999": "phone costs" read as a noun
        tokens = [t for c in root.head.lefts for t in c.subtree if t.i not in figure]
        measure = AMOUNT_NOUNS.get(root.head.lower_)  # the phone's cost
        led = Led(f"{measure} of", tokens) if measure and tokens else tokens
        return Decided(led, "a verb of amount read as a noun")
    found = measured(Walk(root, target, figure, kind))
    if found.value:
        return found
    named = named_before(root, figure)  # "MacBook Pro" of "MacBook Pro 16 inch"
    return Decided(named, "names compounded before it") if named else found


def _noun_left_unsaid(
    doc: Doc, span: Span, root: Token, figure: set[int], what: Decided[list[Token]]
) -> tuple[_Counted, Decided[list[Token]]]:
    """The noun a bare count leaves unsaid: one an earlier count counts ("460 vehicles
    ..., compared with 63"), the one a frame names ("the number of people ... 212"), or
    the members of a group ("a crowd of 61,000")."""
    # "killed 40 people and injured 300": the second act counts the first one's noun.
    joined_act = root.dep_ == "dobj" and root.head.dep_ == "conj"
    # "four members voted to hold while two backed a cut": a joined clause's subject.
    joined_subject = root.dep_ == "nsubj" and root.head.dep_ in ("conj", "advcl")
    elided = elided_noun(
        doc,
        span,
        compared=compared(root) or joined_act or joined_subject or not what.value,
        acting=root.dep_ in ("nsubj", "nsubjpass"),
    )
    if elided is not None:
        return _Counted(None, counted_noun(elided, figure)), _borrowed(root, elided, figure, what)
    if (framed := framed_noun(what.value)) is not None:
        return _Counted(None, counted_noun(framed, figure)), what
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return _Counted(None, COLLECTIVES.get(root.head.head.lemma_.lower())), what
    return _Counted(None), what


def _borrowed(
    root: Token, elided: Token, figure: set[int], what: Decided[list[Token]]
) -> Decided[list[Token]]:
    """What a count of a noun named earlier measures: the noun with the figure's own verb
    ("12 people died and 40 were injured"), else what the parse found, else the noun."""
    done = done_to(root.head, figure) if root.dep_ == "nsubj" else []
    own_verb = (
        verb_tail(root, figure, acts=False)
        or act_on(root, figure)
        or ([root.head, *done] if done else [])
        or _believed_state(root)
    )
    if own_verb:
        return Decided(
            [*left_modifiers(elided, figure), elided, *own_verb],
            "noun counted before, its own verb",
        )
    if what.value:
        return what
    return Decided(noun_phrase(elided, figure, with_verb=True), "noun counted before")


def _believed_state(root: Token) -> list[Token]:
    """The state a count is said to be in: "alive" of "24 are believed to be alive"."""
    verb = root.head
    if root.dep_ != "nsubjpass" or verb.lemma_ not in REPORTING | {"think", "fear"}:
        return []
    be = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "be"), None)
    return [c for c in be.children if c.dep_ == "acomp"] if be is not None else []


def _word_before(doc: Doc, start: int) -> str:
    """The word before the figure, past an "up to" qualifier ("from up to 252 miles")."""
    i = start - 1
    if i >= 1 and doc[i].lower_ == "to" and doc[i - 1].lower_ == "up":
        i -= 2
    return doc[i].lower_ if i >= 0 else ""
