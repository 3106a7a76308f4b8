"""What a figure measures, read from the dependency parse of its sentence.

Given a parsed sentence and the character span of one figure (``450,000``, ``£13m``,
``20 per cent``), `describe` returns the phrase naming what it measures (``people
killed in Gaza``, ``bribes``, ``tariff on steel``), the counted noun of a bare count
(``person``) and whether the sentence states a rise or a fall for it.

The rules follow the few shapes news uses to attach a number to what it counts:
the number modifies a noun (``a 25 per cent tariff``), a unit takes an ``of``
(``2.42 tonnes of narcotics``), a noun takes the figure through a preposition
(``revenue of $2.5bn``), or a verb links a subject to it (``unemployment rose to
4.3 per cent``, ``inflation was 2.1 per cent``, ``paid £13m in bribes``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claims.extraction.direction import change_of, direction
from claims.extraction.lexicon import (
    AMOUNT_VERBS,
    ASIDE_CHANGES,
    COLLECTING,
    COLLECTIVES,
    COMPARING,
    EACH,
    FRACTIONS,
    FRAMING,
    LEVELS,
    LIGHT_VERBS,
    LINKING,
    MODIFIER_DEPS,
    NOUNISH,
    ORGANISATIONS,
    PERCENT_WORDS,
    PERIOD_NOUNS,
    PREVIOUS,
    PRONOUN_NUMBER,
    PURPOSE_PREPS,
    RELATIVE,
    REPORTING,
    SCALE_NAMES,
    SCALE_WORDS,
    SINGULAR,
    SUBSETS,
    TIME_DEICTICS,
    TIME_FRAME_PREPS,
    VERBISH,
    WHEN_NOUNS,
    WHERE_PREPS,
    YARDSTICKS,
    in_dictionary,
    is_mixed_case,
    is_quantity,
    misread_verb,
)
from claims.extraction.nlp import nlp, parse, parse_many
from claims.extraction.phrases import (
    attachment,
    first_prep_phrase,
    framed,
    gerund,
    left_modifiers,
    noun_phrase,
    previous_subject,
    render,
    subtree,
    verb_tail,
    whole_word,
)
from claims.extraction.sentences import split_sentences
from claims.model import Direction

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "Context",
    "describe",
    "link_previous",
    "nlp",
    "parse",
    "parse_many",
    "split_sentences",
]

# Dependencies of the words between a count and its noun that keep the noun's phrase whole.
_NOUN_MODIFIERS = frozenset(
    ["amod", "compound", "nmod", "nummod", "quantmod", "punct", "cc", "conj", "advmod", "poss"]
)
# Periods written after a figure ("24% year to date", "0.3% m/m"), never what it measures.
_PERIODS = frozenset(["year", "month", "quarter", "week", "day", "m", "m.", "y", "q", "yoy"])
# Words of a hedge written between a count and its noun (`claims.extraction.qualifiers.TRAILING`).
_TRAILING_HEDGE = frozenset(["or", "so", "more", "odd", "-odd", "plus", "-plus", "-", "+"])
# Moves from a figure to a related one before giving up (see `_measured`).
_MAX_HOPS = 6


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
    measured_by: str = "nothing named"


def link_previous(doc: Doc, previous: Doc) -> None:
    """Give ``doc`` the parse of the sentence just before it, so that a pronoun opening
    it ("It recovered to $1.25", "Its shares fell 6%") can stand for that sentence's
    subject. The extractor links a sentence it parsed anyway: no parse is added."""
    doc.user_data[PREVIOUS] = previous


def describe(doc: Doc, start: int, end: int, *, kind: str, unit: str | None) -> Context:
    """Context of the figure at ``doc.text[start:end]`` (number with unit or currency).

    ``kind`` and ``unit`` are the extractor's reading of the figure; a count without
    a unit gets its counted noun. Never re-parses: only walks ``doc``.
    """
    # The doc's length from its last token: ``doc.text`` would join every token per figure.
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if not 0 <= start < end <= length:
        return Context()
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return Context()
    last = span.end
    while last < len(doc) and doc[last].lower_ in SCALE_NAMES:  # "Rs 6.81 lakh [crore]"
        last += 1
    span = doc[span.start : last]
    root = _figure_root(span)
    figure = set(range(span.start, span.end))
    target = _quantified_noun(root, figure)
    if target is not None and _separated(doc, span.end, target.i):
        target = None  # "compared with 63 last year", "3,000 dead\nsource:"
    if target is not None and kind != "count" and _period_after(target, span.end):
        # "gained 24% year to date", "rose 0.3% m/m": the period is when, not what; the
        # figure takes its place in the sentence.
        root, target = target, None
        figure.add(root.i)
    noun = noun_end = None
    if target is not None and kind == "count" and unit is None:
        target = _plural_head(target)
        noun = _counted_noun(target, figure)
        first = span.end
        while first < target.i and doc[first].lower_ in _TRAILING_HEDGE:
            first += 1  # "40 or so cars", "5,000-plus people"
        if target.i >= span.end and _contiguous(doc, span.start, first, target.i):
            end_token = whole_word(target)[-1]  # "co-defendants", "runners-up"
            noun_end = end_token.idx + len(end_token.text)
    if _time_frame(root):
        measured_tokens = _time_frame_of(root, figure, kind=kind)
    elif _misread_verb(root):
        measured_tokens = [t for c in root.head.lefts for t in c.subtree if t.i not in figure]
    else:
        measured_tokens = _measured(root, target, figure, kind=kind) or _named_before(root, figure)
    if noun is None and kind == "count" and unit is None and root.pos_ == "NUM":
        # "killed 40 people and injured 300": the second act counts the first one's noun.
        joined_act = root.dep_ == "dobj" and root.head.dep_ == "conj"
        # "four members voted to hold while two backed a cut": a joined clause's subject.
        joined_subject = root.dep_ == "nsubj" and root.head.dep_ in ("conj", "advcl")
        compared = _compared(root) or joined_act or joined_subject or not measured_tokens
        elided = _elided_noun(doc, span, compared=compared)
        if elided is not None:  # "460 vehicles ..., compared with 63"
            noun = _counted_noun(elided, figure)
            # "12 people died and 40 were injured": the noun with the figure's own verb.
            done = _done_to(root.head, figure) if root.dep_ == "nsubj" else []
            own_verb = (
                verb_tail(root, figure, acts=False)
                or _act_on(root, figure)
                or ([root.head, *done] if done else [])
            )
            borrowed = [*left_modifiers(elided, figure), elided, *own_verb] if own_verb else []
            measured_tokens = (
                borrowed or measured_tokens or noun_phrase(elided, figure, with_verb=True)
            )
        elif framed_noun := _framed_noun(measured_tokens):
            noun = _counted_noun(framed_noun, figure)  # "the number of people ... 212"
        elif root.dep_ == "pobj" and root.head.lower_ == "of":
            noun = COLLECTIVES.get(root.head.head.lemma_.lower())  # "a crowd of 61,000"
    return Context(
        measured=render(measured_tokens),
        noun=noun,
        noun_end=noun_end,
        direction=direction(root, _word_before(doc, span.start)),
    )


def _time_frame(root: Token) -> bool:
    """Whether the figure is a period something happens in ("fell in four years",
    "300 millimetres in 24 hours"), not an amount of anything."""
    return (
        root.dep_ == "pobj"
        and root.lemma_.lower() in PERIOD_NOUNS
        and root.head.lower_ in TIME_FRAME_PREPS
    )


def _misread_verb(root: Token) -> bool:
    """Whether the figure follows a verb of amount parsed as a plural noun at the root
    ("The new phone costs £999": "phone costs" read as one noun)."""
    head = root.head
    misread = head.dep_ == "ROOT" and head.pos_ in NOUNISH
    return misread and head.i < root.i and head.lower_ in AMOUNT_VERBS


def _time_frame_of(root: Token, figure: set[int], *, kind: str) -> list[Token]:
    """What a period something happens in is the time of: what the amount it hangs on
    measures ("rainfall reached 300 mm in 24 hours"), else the subject of its clause
    ("oil prices fell to their lowest level in four years"), never a noun on the way."""
    holder = root.head.head
    if holder.pos_ in NOUNISH and is_quantity(holder):
        return _measured(holder, None, figure, kind=kind, hops=1)
    for _ in range(4):
        if holder.pos_ in VERBISH or holder.head.i == holder.i:
            break
        holder = holder.head
    return _subject_phrase(holder, figure) if holder.pos_ in VERBISH else []


def _period_after(token: Token, end: int) -> bool:
    """Whether ``token``, just after a figure, is a period it is counted over."""
    return token.i >= end and token.lemma_.lower() in _PERIODS


def _word_before(doc: Doc, start: int) -> str:
    """The word before the figure, past an "up to" qualifier ("from up to 252 miles")."""
    i = start - 1
    if i >= 1 and doc[i].lower_ == "to" and doc[i - 1].lower_ == "up":
        i -= 2
    return doc[i].lower_ if i >= 0 else ""


def _figure_root(span: Span) -> Token:
    """The figure's syntactic head, followed past the rest of its phrase.

    The parser hangs "$800,000" of "from $800,000 to $1.3 million" on the other end
    of the range, "$3.7 billion" of "HK $3.7 billion" on "HK", and "2.2 per cent" of
    "125,600 positions or 2.2 per cent" on the count it restates: each measures what
    its head measures. A word of the figure hung outside it that is no number (a rate's
    "per" on the verb in "sell at £44.99 per megawatt hour", "Rs" read as a second
    object in "pay Rs 1.8 crore for a home") is not the figure's head: its number is.
    """
    root = span.root
    if not is_quantity(root):  # "per" hung on the verb, "Rs" read as a second object
        outer = [t for t in span if not span.start <= t.head.i < span.end and is_quantity(t)]
        root = outer[0] if outer else root
    for _ in range(4):
        head = root.head
        if head.i == root.i:
            break
        numeric = head.pos_ == "NUM" or head.text[:1].isdigit()  # "40C (104F)": "104F"
        numeric_chain = root.dep_ in ("quantmod", "compound", "nummod") and numeric
        head_first = root.dep_ in ("nummod", "quantmod") and head.i < root.i
        restated = root.dep_ in ("conj", "appos") and head.i < root.i and is_quantity(head)
        # A bare number joined to a period ("for two years and 8,900 who") restates nothing.
        restated = restated and not (root.pos_ == "NUM" and head.lemma_.lower() in PERIOD_NOUNS)
        # A bare number set beside a counted noun is a detail of it ("one teacher, now 74").
        detail = len(span) == 1 and root.pos_ == "NUM" and root.dep_ == "appos" and head.is_alpha
        restated = restated and not detail
        own = PURPOSE_PREPS | {"of"}
        if restated and any(c.dep_ == "prep" and c.lower_ in own for c in root.rights):
            # "$61bn for Ukraine, $14bn for Israel", "10,000 jobs, or 5% of its workforce":
            # each names its own purpose or whole.
            break
        if not (numeric_chain or head_first or restated):
            break
        root = head
    return root


def _separated(doc: Doc, first: int, last: int) -> bool:
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


def _compared(root: Token) -> bool:
    """Whether the figure stands where a count is compared ("up from 2.3 million",
    "compared with 63", "and 95,800 who", "including some 500"), so its noun may be
    left unsaid."""
    if root.dep_ == "pobj":
        return root.head.lower_ in COMPARING or root.head.lower_ in SUBSETS
    return root.dep_ in ("conj", "appos")


def _elided_noun(doc: Doc, span: Span, *, compared: bool) -> Token | None:
    """The plural noun counted by an earlier number, for a count that omits it.

    Only where a count is compared (or nothing else names what it measures); the
    nearest earlier count with the same scale word ("4.6 million subscribers ... up
    from 2.3 million") wins over a nearer one. Fractions count nothing.
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
    same_scale = [
        noun
        for noun in candidates
        if scale & {t.lower_ for t in noun.children if t.dep_ == "nummod"}
    ]
    return (same_scale or candidates or [None])[0]  # type: ignore[list-item]


def _quantified_noun(root: Token, figure: set[int]) -> Token | None:
    """The noun the figure counts or qualifies, if the parse names one."""
    head = root.head
    modifies = root.dep_ in MODIFIER_DEPS or root.dep_ == "predet"  # "half the freight"
    if modifies and head.i not in figure and head.i > root.i:
        if head.pos_ in NOUNISH:
            return head
        compared = head.head  # "4 million more people": the noun "more" qualifies
        if head.pos_ == "ADJ" and head.dep_ == "amod" and compared.pos_ in NOUNISH:
            return compared
        # "of the 4.3M digital and physical sales": the parse makes the adjective the object.
        joined = _joined_plural(head) if head.pos_ == "ADJ" and head.dep_ == "pobj" else None
        if joined is not None:
            return joined
    return _of_object(root, figure)


def _plural_head(noun: Token) -> Token:
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


def _of_object(token: Token, figure: set[int]) -> Token | None:
    """``narcotics`` in "2.42 tonnes of narcotics", ``voters`` in "20 per cent of voters"."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i not in figure:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in NOUNISH:
                    return obj
    return None


def _contiguous(doc: Doc, figure_start: int, first: int, last: int) -> bool:
    """Whether the tokens from ``first`` to the noun at ``last`` all modify that noun or
    the figure starting at ``figure_start`` ("three Mexican financial institutions",
    "460 Kia and Hyundai vehicles", "2.1M digital and physical copies")."""
    noun = doc[last]
    joined_to = noun.head.i if noun.dep_ == "conj" else -1  # "print" of "print and online readers"
    return all(
        i == joined_to or (figure_start <= doc[i].head.i <= last and doc[i].dep_ in _NOUN_MODIFIERS)
        for i in range(first, last)
    )


def _counted_noun(noun: Token, figure: set[int]) -> str:
    """The counted noun in the singular, the head noun alone.

    Adjectives, compounds and names are left out ("Mexican financial institutions" ->
    "institution", "shipping containers" -> "container", "Model 3 sedans" -> "sedan")
    so that counts of one thing group together; they stay in what is measured. A
    hyphened noun stays whole ("co-defendants" -> "co-defendant", "runners-up" ->
    "runner-up").
    """
    word = [t for t in whole_word(noun) if t.i not in figure]
    plural = {t.i for t in word if t.tag_ in ("NNS", "NNPS")} | {noun.i}
    return "".join(_singular(t) if t.i in plural else t.lower_ for t in word)


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


def _measured(
    root: Token, target: Token | None, figure: set[int], *, kind: str, hops: int = 0
) -> list[Token]:
    """Tokens of the phrase naming what the figure measures.

    ``hops`` counts the moves to a related figure ("or 2.2 per cent", "to $2.06"); a
    chain of them in a hostile text ("5 of 5 of 5 ...") ends after a few.
    """
    if hops > _MAX_HOPS:
        return []
    of_object = target is not None and target.head.head.i == root.i
    if target is not None and of_object and target.lemma_.lower() in YARDSTICKS:
        # "2.5% of GDP on defence": GDP is what the share is of, not what it measures.
        beyond = _purpose(root, figure) or _linked_subject(root, figure)
        if not beyond and root.dep_ == "pobj" and root.head.lower_ == "to":
            beyond = _object_phrase(_governor(root), figure)  # "pushing debt to 97% of GDP"
        if beyond:
            return beyond
    elif of_object and _governor(root).lemma_ in LINKING:
        linked = _linked_subject(root, figure)  # "turnout was 60 per cent of voters"
        if linked:  # ("lost a fifth of their buying power": the share is of what was lost)
            return linked
    if target is not None:
        # Only a count reads its verb after it: "people killed", not "budget unveiled".
        phrase = noun_phrase(target, figure, with_verb=True, acts=kind == "count")
        if of_object and len(phrase) == 1 + len(left_modifiers(target, figure)):
            # "2.42 tonnes of narcotics confiscated": the participle hangs on the unit.
            phrase += attachment(root, figure | {target.head.i})
        return phrase
    participle = _participle(root, figure)
    if participle:  # "44 tonnes seized at Antwerp", "$5bn spent on defence"
        return participle
    if root.dep_ == "poss" and root.head.pos_ in NOUNISH:  # "a deposit of 10 months' rent"
        return noun_phrase(root.head, figure, with_verb=False)
    head = root.head
    level = head.head
    if head.lower_ in ASIDE_CHANGES and level.pos_ in VERBISH:
        # "sold 232 million iPhones, down 2%": the aside on the verb tells its object's change.
        counted = [c for c in level.children if c.dep_ == "dobj" and c.i < head.i]
        if counted and counted[0].pos_ in NOUNISH and is_quantity(counted[0]):
            return noun_phrase(counted[0], figure, with_verb=True, acts=True)
    if head.lower_ in ASIDE_CHANGES and level.i < root.i and is_quantity(level):
        # "revenue was $18.4bn, up 94%": the change is of what the level measures.
        return _measured(level, _quantified_noun(level, figure), figure, kind=kind, hops=hops + 1)
    if root.dep_ == "pobj":
        return _object_of_preposition(root, figure, kind=kind, hops=hops)
    aged = head.head if head.lemma_ == "age" and head.dep_ in ("amod", "acl") else None
    if aged is not None and aged.pos_ in NOUNISH:  # "three men, aged 27, 34 and 51"
        return noun_phrase(aged, figure | {head.i}, with_verb=False)
    if root.lower_ == "old" and root.dep_ in ("nsubj", "nsubjpass"):
        return []  # "the 26-year-old ran ...": the age is the subject, what it does is not
    counted_period = any(c.dep_ == "nummod" for c in root.children)
    if root.dep_ == "dobj" and root.lemma_.lower() in PERIOD_NOUNS and counted_period:
        where = first_prep_phrase(head, figure) or first_prep_phrase(root, figure)
        spent = [head, *where]  # "spent 11 days at a camp", "face 12 years in prison"
        if len(spent) > 1 and head.pos_ == "VERB" and head.lemma_ not in LINKING | LIGHT_VERBS:
            return spent
    if root.dep_ in ("dobj", "npadvmod", "attr", "acomp", "oprd", "advmod", "nsubj", "nsubjpass"):
        return _governed(root, figure, money=kind == "currency", count=kind == "count")
    if root.dep_ in ("appos", "conj") and kind == "currency":
        own = _purpose_of(root, figure=figure)  # "$61bn for Ukraine, $14bn for Israel"
        if own:
            return own
    if root.dep_ == "appos" and head.pos_ in NOUNISH:
        return noun_phrase(head, figure, with_verb=False)
    if root.dep_ == "conj" and head.i < root.i:  # "82 rescuers and 20 million yuan in aid"
        return _measured(head, None, figure, kind=kind, hops=hops + 1)
    return []


def _object_of_preposition(root: Token, figure: set[int], *, kind: str, hops: int) -> list[Token]:
    """Measured phrase for a figure that is the object of a preposition."""
    prep = root.head
    compared = _compared_quantity(root, figure) if prep.lower_ in COMPARING else None
    own = _purpose_of(root, figure=figure) if compared is not None and kind == "currency" else []
    if own:  # "$331bn, against $594bn for the rival plan": money names its own purpose
        return own
    if compared is not None:  # "39.4 per cent of the power, up from 38.1 per cent"
        if root.pos_ == "NUM":  # a bare count counts what it is compared with
            whole = _of_object(compared, figure) if compared.lower_ in PERCENT_WORDS else None
            return noun_phrase(whole or compared, figure, with_verb=True)  # "78% of the deal"
        target = _quantified_noun(compared, figure)
        return _measured(compared, target, figure, kind=kind, hops=hops + 1)
    owner = _governor(root)  # past "from" in "from 10 per cent to 25 per cent"
    lasted = root.lemma_.lower() in PERIOD_NOUNS and prep.lower_ == "for"
    acted = owner.lemma_ not in LINKING | LIGHT_VERBS and change_of(owner) is None
    if lasted and owner.pos_ == "VERB" and acted:
        # "was jailed for 11 years", "served as mayor for 10 years": how long the act ran.
        doer = _plain_subject_phrase(owner, figure)
        return [*doer, owner] if doer else [owner, *first_prep_phrase(owner, figure)]
    if owner.pos_ == "VERB" and owner.dep_ in ("dobj", "nsubj", "pobj"):
        # A verb in a noun's place is a misread noun: "capped rent rises ... at 2 per cent".
        return noun_phrase(owner, figure | set(subtree(prep)), with_verb=False)
    counted_whole = owner.tag_ == "NNS" and owner.lower_ not in PERCENT_WORDS
    if root.pos_ == "NUM" and counted_whole and is_quantity(owner):
        return noun_phrase(owner, figure, with_verb=True)  # "1,000 satellites, including 500"
    if owner.pos_ in NOUNISH and is_quantity(owner):  # "fell 3 per cent to $2.06"
        target = _quantified_noun(owner, figure)
        return _measured(owner, target, figure, kind=kind, hops=hops + 1)
    if owner.pos_ in NOUNISH and owner.lemma_.lower() in LEVELS and owner.i not in figure:
        reached = _linked_subject(owner, figure)  # "gold hit a record high of $2,450"
        if reached:
            return reached
    if owner.pos_ in NOUNISH and owner.lemma_.lower() in FRAMING and owner.head.pos_ in VERBISH:
        return _subject_phrase(owner.head, figure)  # "is investing a total of 200 million"
    if owner.pos_ in NOUNISH and owner.i not in figure and owner.lemma_.lower() not in FRAMING:
        return noun_phrase(owner, figure | set(subtree(prep)), with_verb=False)
    if owner.pos_ in VERBISH:
        # Money says what it is for ("amounts to £13bn for defence"); a change names
        # what changed ("cut rates to 10 per cent"), else its subject.
        # A price that changed, or one something is sold at, is for nothing.
        priced = kind == "currency" and change_of(owner) is None and prep.lower_ != "at"
        purpose = _purpose(root, figure) if priced else []
        return purpose or _object_phrase(owner, figure) or _subject_phrase(owner, figure)
    if owner.pos_ in ("ADV", "ADJ", "ADP"):  # "higher by 3%", "up by 3%"
        return _governed(owner, figure, money=kind == "currency")
    return []


def _governor(root: Token) -> Token:
    """The word a figure is an argument of, past its preposition ("cut ... from 0.5 per
    cent to 0.3 per cent" hangs "to" on "from", both on "cut")."""
    if root.dep_ != "pobj":
        return root.head
    owner = root.head.head
    if owner.pos_ == "ADP" and owner.dep_ == "prep":
        owner = owner.head
    return owner


def _purpose(root: Token, figure: set[int]) -> list[Token]:
    """What money is for: an in/on/for phrase on the figure or on the verb governing it."""
    return _purpose_of(root, _governor(root), figure=figure)


def _purpose_of(*owners: Token, figure: set[int]) -> list[Token]:
    """The first in/on/for phrase on any of ``owners`` that names a purpose."""
    for owner in owners:
        phrase = first_prep_phrase(owner, figure, only=PURPOSE_PREPS)
        if not phrase or phrase[-1].lemma_.lower() in WHEN_NOUNS | PERIOD_NOUNS:
            continue  # "on Monday morning" is when, not what the money is for
        if phrase[1].tag_ == "VBG":  # "on buying back shares": the act is the purpose
            return phrase[1:]
        if phrase[-1].lemma_.lower() not in FRAMING:
            return noun_phrase(phrase[-1], figure, with_verb=False)
    return []


def _participle(root: Token, figure: set[int]) -> list[Token]:
    """A past participle on a unit or sum ("tonnes seized at Antwerp") with its phrase."""
    for child in root.rights:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.i not in figure:
            phrase = first_prep_phrase(child, figure)
            return [child, *phrase] if phrase else []  # a bare "used" names nothing
    return []


def _compared_quantity(root: Token, figure: set[int]) -> Token | None:
    """The figure that ``root`` ("from 38.1 per cent", "compared with 63") is set against:
    a number or counted noun among the arguments of the verb the comparison hangs on."""
    governor = root.head.head
    if governor.pos_ in ("ADV", "ADJ") and governor.head.i != governor.i:  # "up from"
        governor = governor.head
    if governor.pos_ not in VERBISH:
        return None
    arguments = [
        c
        for c in governor.children
        if c.dep_ in ("dobj", "attr", "npadvmod", "nsubj", "nsubjpass")
        and c.i not in figure
        and c.i < root.i
    ]
    return next((c for c in reversed(arguments) if is_quantity(c)), None)


def _named_before(root: Token, figure: set[int]) -> list[Token]:
    """Names compounded before the figure: "MacBook Pro" of "MacBook Pro 16 inch"."""
    return [
        t
        for child in root.lefts
        if child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN" and child.i not in figure
        for t in child.subtree
        if t.i not in figure and t.pos_ in NOUNISH
    ]


def _linked_subject(root: Token, figure: set[int]) -> list[Token]:
    """The subject a linking or change verb equates the figure with, if any."""
    if root.dep_ not in ("attr", "dobj", "npadvmod", "oprd", "pobj"):
        return []
    verb = _governor(root)
    if verb.pos_ not in VERBISH or not (verb.lemma_ in LINKING or change_of(verb)):
        return []
    if root.dep_ == "pobj":  # "raise defence spending to 2.5 per cent of national income"
        return _object_phrase(verb, figure) or _subject_phrase(verb, figure)
    return _subject_phrase(verb, figure)


def _governed(
    token: Token, figure: set[int], *, money: bool = False, count: bool = False
) -> list[Token]:
    """Measured phrase for a figure that is an argument of a verb or an up/down adverb.

    Only money names a purpose ("paid £13m in bribes"); "1,000 satellites in orbit"
    are not for orbit. A bare count is counted by the act done to it ("arrested 14").
    """
    acted = _act_on(token, figure) if count else []
    if acted:
        return acted
    head = token.head
    if head.lower_ == "worth" and head.head.pos_ in VERBISH:
        valued = _object_phrase(head.head, figure)  # "signed deals with France worth £476m"
        if valued:
            return valued
    if head.pos_ in ("ADV", "ADJ", "ADP") and head.i != token.i:  # "shares [were] up 3%"
        subject = _subject_phrase(head, figure)
        if subject:
            return subject
        if head.head.pos_ in NOUNISH:  # "drugs worth $5m"
            return noun_phrase(head.head, figure | {head.i}, with_verb=False)
        head = head.head
    if head.pos_ not in VERBISH:
        return []
    if token.dep_ in ("nsubj", "nsubjpass"):
        if head.lemma_ == "be":  # "$5bn is the cost of the bridge"
            attr = next((c for c in head.rights if c.dep_ == "attr" and c.pos_ in NOUNISH), None)
            return noun_phrase(attr, figure, with_verb=False) if attr is not None else []
        # "$5bn was spent on defence", "£2bn is set aside for schools"; without a
        # phrase the verb alone ("24 are believed ...", "the 62-year-old said") names nothing.
        particle = [c for c in head.rights if c.i == head.i + 1 and c.dep_ in ("prt", "advmod")]
        done = _done_to(head, figure)
        if done:  # "34 per cent preferred the Coalition"
            return [head, *particle, *done]
        phrase = first_prep_phrase(head, figure)
        if not phrase or phrase[-1].lemma_.lower() in FRAMING:
            return []  # "the 125% comes on top of a 20% duty" names nothing it measures
        return [head, *particle, *phrase]
    if token.dep_ == "dobj" and head.lemma_ in LINKING:  # "prices averaged $100 on the mainland"
        subject = _subject_phrase(head, figure)
        if subject:
            return subject
    collected = head.lemma_ in COLLECTING  # "raised £26bn in taxes"
    if money and token.dep_ in ("dobj", "npadvmod") and (change_of(head) is None or collected):
        # "€150 billion in loans", "paid £13m in bribes", "£6bn less for humanitarian work"
        purpose = _purpose_of(token, head, figure=figure) or _doing(head, token, figure)
        if purpose:
            return purpose
    return _subject_phrase(head, figure)


def _doing(verb: Token, money: Token, figure: set[int]) -> list[Token]:
    """What money is spent doing: "housing asylum seekers" of "spending £4.2m a day
    housing asylum seekers"."""
    for child in verb.rights:
        if child.i > money.i and child.tag_ == "VBG" and child.dep_ in ("xcomp", "advcl"):
            return gerund(child, figure)
    return []


def _done_to(verb: Token, figure: set[int]) -> list[Token]:
    """The object of an act (not of having, saying or a change) with its modifiers."""
    lemma = verb.lemma_.lower()
    if lemma in LINKING | LIGHT_VERBS | REPORTING or change_of(verb) is not None:
        return []
    for child in verb.children:
        if child.dep_ == "dobj" and child.i not in figure and not is_quantity(child):
            return [*left_modifiers(child, figure), child]
    return []


def _act_on(token: Token, figure: set[int]) -> list[Token]:
    """The act done to a bare count, with its phrase ("arrested in dawn raids" of "police
    arrested 14 in dawn raids"); nothing for having, being, saying or a change."""
    verb = token.head
    if token.dep_ != "dobj" or token.pos_ != "NUM" or verb.pos_ != "VERB":
        return []
    lemma = verb.lemma_.lower()
    if lemma in LINKING | LIGHT_VERBS | REPORTING or change_of(verb) is not None:
        return []
    return [verb, *first_prep_phrase(verb, figure)]


def _framed_noun(tokens: list[Token]) -> Token | None:
    """The noun counted in a phrase built from a frame: "people" of "the number of people"
    (the phrase then begins with that noun's words)."""
    return next((t for t in tokens if t.head.dep_ == "prep" and framed(t.head.head) == t), None)


def _subject_phrase(verb: Token, figure: set[int]) -> list[Token]:
    """The subject of ``verb`` (or of the verb it is conjoined to) as a noun phrase; for
    a change, with where or against what it happened ("the pound slipped 0.3% against
    the dollar" -> "pound against dollar", "shares fell 6.3% in Oslo")."""
    subject = _plain_subject_phrase(verb, figure)
    if not subject or change_of(verb) is None or len(subject) > 3:
        return subject
    where = first_prep_phrase(verb, figure, only=WHERE_PREPS)
    # A place or market ("in Oslo", "on the ASX"), or what a price is set against.
    place = where and (where[-1].pos_ == "PROPN" or where[0].lower_ == "against")
    if place and not is_quantity(where[-1]):
        return [*subject, *where]
    return subject


def _plain_subject_phrase(verb: Token, figure: set[int]) -> list[Token]:
    """The subject of ``verb`` (or of the verb it is conjoined to) as a noun phrase."""
    if misread_verb(verb) is not None:
        # "US lifts levy on goods to 145%": the word read as the verb is what is acted on.
        return [verb, *first_prep_phrase(verb, figure)]
    for _ in range(3):
        subject = _subject(verb, figure)
        each = subject is not None and subject.lower_ in EACH and verb.dep_ == "acl"
        if each:
            subject = None  # "the turbines, each standing 260 metres tall"
        if subject is not None:
            reporter = subject.lemma_.lower() in REPORTING and subject.tag_ in ("NNS", "VBZ")
            if verb.dep_ == "relcl" and (subject.lower_ in RELATIVE or reporter):
                # "X, which is N"; "a plan the CSIRO estimates would cost N"
                return noun_phrase(_relative_antecedent(verb), figure, with_verb=False)
            reported = verb.dep_ == "ccomp" and verb.head.dep_ == "relcl"
            if reported and subject.lower_ in RELATIVE:  # "X, which the minister says is N"
                return noun_phrase(_relative_antecedent(verb.head), figure, with_verb=False)
            if subject.pos_ == "PRON":
                return _antecedent(subject, verb, figure)
            if subject.dep_ == "csubj":  # "restocking artillery shells alone could cost"
                return [t for t in subject.subtree if t.i not in figure and t.pos_ != "ADV"]
            return noun_phrase(subject, figure, with_verb=False)
        if verb.dep_ == "acl" and verb.head.pos_ in NOUNISH:
            # "products priced at $10" names the products; "people earning $48,000" keeps
            # the verb that says what the money is.
            linking = {verb.i} if verb.tag_ == "VBN" or each else set()
            return noun_phrase(verb.head, figure | linking, with_verb=False)
        if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl":
            # "a plan the CSIRO estimates would cost $116bn": the estimate is about the
            # plan, never about whoever makes it.
            return noun_phrase(_relative_antecedent(verb.head), figure, with_verb=False)
        reported = verb.dep_ == "ccomp" and verb.head.lemma_ in REPORTING
        if reported:
            break  # "X remains fixed at £12,570, the IFS says": never the reporter
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp", "acomp") and verb.head.i != verb.i:
            verb = verb.head  # "acomp": "bills were due to fall", "prices are likely to rise"
        else:
            break
    return []


def _antecedent(pronoun: Token, verb: Token, figure: set[int]) -> list[Token]:
    """What "it" or "they" stands for: the subject of the same number of the clause its
    own is joined to ("Sales slowed, but they rose 3%", "the pound slipped before it
    recovered"), or an organisation reporting on itself ("Germany says it will reach
    3.5%"); nothing otherwise: a minister's "it would cost" is not the minister."""
    tags = PRONOUN_NUMBER.get(pronoun.lower_)
    before = previous_subject(pronoun) if verb.dep_ == "ROOT" else None
    if before is not None:  # "The pound slipped on Monday. It recovered to $1.25."
        return noun_phrase(before, set(), with_verb=False)
    if tags is None or verb.head.pos_ not in VERBISH:
        return []
    joined = verb.dep_ in ("conj", "advcl")
    reported = verb.dep_ == "ccomp" and verb.head.lemma_ in REPORTING
    subject = _subject(verb.head, figure) if joined or reported else None
    if subject is None or subject.tag_ not in tags:
        return []
    organisation = subject.pos_ == "PROPN" or subject.lemma_.lower() in ORGANISATIONS
    if reported and not organisation:
        return []
    return noun_phrase(subject, figure, with_verb=False)


def _subject(verb: Token, figure: set[int]) -> Token | None:
    """The subject of ``verb``; of two (a mis-tagged word before the noun), the nominal
    one nearest the verb."""
    # A clause can be the subject: "restocking shells could cost £2bn".
    # The parser may hang the subject on an auxiliary ("the allowance remains fixed").
    heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    subjects = [
        c
        for h in heads
        for c in h.children
        if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i not in figure
    ]
    nominal = [c for c in subjects if c.pos_ in NOUNISH] or subjects
    return min(nominal, key=lambda c: abs(verb.i - c.i), default=None)


def _object_phrase(verb: Token, figure: set[int]) -> list[Token]:
    """The object of ``verb`` as a noun phrase, when it names what changed."""
    for child in verb.children:
        # What changed is named before the figure ("cut rates to 10 per cent"); an
        # object after it is a misparse ("fallen by 10p a litre").
        before = child.i < min(figure)
        if child.dep_ == "dobj" and before and child.pos_ in NOUNISH:
            if child.lower_ in PERCENT_WORDS:  # "lost 2.7 percent to 5,182 yen"
                return []
            return noun_phrase(child, figure, with_verb=False)
    return []


def _relative_antecedent(relcl: Token) -> Token:
    """The noun a relative clause is about: "investment" of "investment per person, which"."""
    noun = relcl.head
    if noun.dep_ == "pobj" and noun.head.head.pos_ in NOUNISH:
        return noun.head.head
    return noun
