"""The noun a figure counts: the one the parse hangs it on, or one named earlier.

"450,000 people" counts people; "three Mexican financial institutions" counts
institutions (the adjectives stay in what is measured, so counts of one thing group
together); "up from 2.3 million" after "4.6 million subscribers" counts subscribers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.context.phrases import (
    framed,
    whole_word,
)
from claims.extraction.context.tokens import in_dictionary, is_mixed_case
from claims.extraction.vocabulary.catalogue import unit_after
from claims.extraction.vocabulary.compounds import one_noun
from claims.extraction.vocabulary.numbers import SCALE_WORDS
from claims.extraction.vocabulary.plurals import SINGULAR
from claims.extraction.vocabulary.time import PERIOD_NOUNS, TIME_DEICTICS
from claims.extraction.vocabulary.verbs import STAYING_FORMS
from claims.extraction.vocabulary.words import COMPARING, FRACTIONS, MODIFIER_DEPS, NOUNISH, SUBSETS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Dependencies of the words between a count and its noun that keep the noun's phrase whole.
_NOUN_MODIFIERS = frozenset(
    ["amod", "compound", "nmod", "nummod", "quantmod", "punct", "cc", "conj", "advmod", "poss"]
)
# Periods written after a figure ("24% year to date", "0.3% m/m"), never what it measures.
_PERIODS = frozenset(["year", "month", "quarter", "week", "day", "m", "m.", "y", "q", "yoy"])


def separated(doc: Doc, first: int, last: int) -> bool:
    """Whether a time word ("last", "this") or a line break separates the figure (ending
    before token ``first``) from the noun at ``last`` that follows it.

    A plural the time word belongs to is still counted ("the 30 previous years"); a
    singular is not ("compared with 63 last year").
    """
    between = doc[max(first - 1, 0) : last]
    if any("\n" in t.text_with_ws for t in between):
        return True
    counted = doc[last].tag_ in ("NNS", "NNPS")
    return not counted and any(t.lower_ in TIME_DEICTICS for t in between)


def compared(root: Token) -> bool:
    """Whether the figure stands where a count is compared ("up from 2.3 million",
    "compared with 63", "and 95,800 who", "including some 500"), so its noun may be
    left unsaid."""
    if root.dep_ == "pobj":
        return root.head.lower_ in COMPARING or root.head.lower_ in SUBSETS
    return root.dep_ in ("conj", "appos")


def elided_noun(doc: Doc, span: Span, *, compared: bool, acting: bool = False) -> Token | None:
    """The plural noun counted by an earlier number, for a count that omits it.

    Only where a count is compared (or nothing else names what it measures); the
    nearest earlier count with the same scale word ("4.6 million subscribers ... up
    from 2.3 million") wins over a nearer one. Fractions count nothing; a count that
    is ``acting`` (a verb's subject: "58 were brought out") counts no unit ("400
    metres") when a thing was counted before it.
    """
    if not compared:
        return None
    scale = {t.lower_ for t in span} & SCALE_WORDS
    candidates = [
        t.head
        for t in reversed(doc[: span.start])
        if t.dep_ == "nummod"
        and t.head.tag_ in ("NNS", "NNPS")
        and t.head.i < span.start
        and t.head.lemma_.lower() not in FRACTIONS | PERIOD_NOUNS
    ]
    things = [n for n in candidates if unit_after(doc.text, n.idx) is None]
    if acting and things:
        candidates = things
    same_scale = [
        noun
        for noun in candidates
        if scale & {t.lower_ for t in noun.children if t.dep_ == "nummod"}
    ]
    # "Of the 251 people abducted, in which 1,200 were killed, 56 are still held": the
    # whole the sentence opens with, before a nearer count inside it.
    opening = [n for n in candidates if n.head.lower_ == "of" and n.head.i == n.sent.start]
    return (opening or same_scale or candidates or [None])[0]  # type: ignore[list-item]


def quantified_noun(root: Token, figure: set[int]) -> Token | None:
    """The noun the figure counts or qualifies, if the parse names one."""
    head = root.head
    modifies = root.dep_ in MODIFIER_DEPS or root.dep_ == "predet"  # "half the freight"
    if modifies and head.i not in figure and head.i > root.i:
        if head.pos_ in NOUNISH:
            return _misread_stay(head)
        compared = head.head  # "4 million more people": the noun "more" qualifies
        if head.pos_ == "ADJ" and head.dep_ == "amod" and compared.pos_ in NOUNISH:
            return compared
        # "of the 4.3M digital and physical sales": the parse makes the adjective the object.
        joined = _joined_plural(head) if head.pos_ == "ADJ" and head.dep_ == "pobj" else None
        if joined is not None:
            return joined
    return of_object(root, figure)


def _misread_stay(noun: Token) -> Token:
    """The noun before a verb of staying the small model reads as the figure's plural
    noun: "rate" of "if the 25% rate stays"; else ``noun``."""
    if noun.lower_ not in STAYING_FORMS or noun.tag_ != "NNS":
        return noun
    before = [c for c in noun.lefts if c.dep_ == "compound" and c.i == noun.i - 1]
    return before[0] if before and before[0].pos_ == "NOUN" else noun


def plural_head(noun: Token) -> Token:
    """The plural a count's singular "noun" only modifies or is joined to: "subscriptions"
    of "2.5M print and digital subscriptions", "readers" of "800K print and online
    readers". A number above one counts a plural."""
    if noun.tag_ != "NN":
        return noun
    head = noun.head
    if noun.dep_ in ("nmod", "compound") and head.i > noun.i and head.tag_ == "NNS":
        return head
    return _joined_plural(noun) or noun


def _joined_plural(word: Token) -> Token | None:
    """The plural noun joined to ``word`` by "and"/"or" ("digital and physical sales")."""
    return next((c for c in word.rights if c.dep_ == "conj" and c.tag_ == "NNS"), None)


def of_object(token: Token, figure: set[int]) -> Token | None:
    """``narcotics`` in "2.42 tonnes of narcotics", ``voters`` in "20 per cent of voters"."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i not in figure:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in NOUNISH:
                    return obj
    return None


def contiguous(doc: Doc, figure_start: int, first: int, last: int) -> bool:
    """Whether the tokens from ``first`` to the noun at ``last`` all modify that noun or
    the figure starting at ``figure_start`` ("three Mexican financial institutions",
    "460 Kia and Hyundai vehicles", "2.1M digital and physical copies")."""
    noun = doc[last]
    joined_to = noun.head.i if noun.dep_ == "conj" else -1  # "print" of "print and online readers"
    return all(
        i == joined_to or (figure_start <= doc[i].head.i <= last and doc[i].dep_ in _NOUN_MODIFIERS)
        for i in range(first, last)
    )


def counted_noun(noun: Token, figure: set[int]) -> str:
    """The counted noun in the singular, the head noun alone.

    Adjectives, compounds and names are left out ("Mexican financial institutions" ->
    "institution", "shipping containers" -> "container", "Model 3 sedans" -> "sedan")
    so that counts of one thing group together; they stay in what is measured. A
    hyphened noun stays whole ("co-defendants" -> "co-defendant", "runners-up" ->
    "runner-up"). A compound the dictionary lists as one noun whose head alone names
    something else is kept whole: "fire engines" -> "fire engine", not "engine".
    """
    word = [t for t in whole_word(noun) if t.i not in figure]
    plural = {t.i for t in word if t.tag_ in ("NNS", "NNPS")} | {noun.i}
    head = "".join(_singular(t) if t.i in plural else t.lower_ for t in word)
    modifier = _noun_before(word[0], figure) if len(word) == 1 else None
    return f"{modifier} {head}" if modifier and one_noun(modifier, head) else head


def _noun_before(head: Token, figure: set[int]) -> str | None:
    """The word right before ``head`` that may make one noun with it: a common noun
    ("fire" of "fire engines"), an adjective or a participle ("civil servants",
    "operating theatres"), in lower case."""
    if head.i == 0:
        return None
    before = head.nbor(-1)
    modifies = before.dep_ in ("compound", "amod") and before.head == head
    common = before.pos_ in ("NOUN", "ADJ", "VERB") and before.is_alpha
    if not modifies or not common or before.i in figure:
        return None
    # A unit of measurement is no counted thing: "cubic metres" stay the unit they are.
    return before.lower_ if unit_after(head.doc.text, before.idx) is None else None


def _singular(token: Token) -> str:
    """The singular of a counted noun: its lemma ("institution"), a name as written."""
    text = token.text
    if is_mixed_case(token):  # "iPhones", "eBooks", "MPs": a small plural "s" on a name
        return text[:-1] if text.endswith("s") and len(text) > 2 else text
    if token.pos_ == "PROPN":
        return text[:-1] if token.tag_ == "NNPS" and text.endswith("s") else text
    lemma = token.lemma_.lower()
    lower = token.lower_
    # "doses" lemmatised "dos", "vases" "vas": a vowel before "-ses" keeps its "e".
    cut_e = lower.endswith("ses") and lower[-4:-3] in "aeiou" and lemma == lower[:-2]
    if cut_e and in_dictionary(lower[:-1]):
        return lower[:-1]
    return SINGULAR.get(lemma, lemma)


def framed_noun(tokens: list[Token]) -> Token | None:
    """The noun counted in a phrase built from a frame: "people" of "the number of people"
    (the phrase then begins with that noun's words)."""
    return next((t for t in tokens if t.head.dep_ == "prep" and framed(t.head.head) == t), None)


def period_after(token: Token, end: int) -> bool:
    """Whether ``token``, just after a figure, is a period it is counted over."""
    return token.i >= end and token.lemma_.lower() in _PERIODS
