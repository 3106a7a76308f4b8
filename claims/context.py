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

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claims.nlp import nlp, parse, parse_many
from claims.sentences import split_sentences

__all__ = ["Context", "describe", "nlp", "parse", "parse_many", "split_sentences"]

_UP = frozenset(
    [
        "rise",
        "increase",
        "grow",
        "climb",
        "jump",
        "surge",
        "soar",
        "gain",
        "raise",
        "hike",
        "boost",
        "rebound",
        "rally",
        "spike",
        "double",
        "triple",
        "expand",
        "accelerate",
        "widen",
        "swell",
        "balloon",
        "rocket",
        "up",
        "higher",
    ]
)
_DOWN = frozenset(
    [
        "fall",
        "drop",
        "decline",
        "decrease",
        "cut",
        "slash",
        "reduce",
        "lower",
        "shrink",
        "plunge",
        "slump",
        "lose",
        "slide",
        "sink",
        "tumble",
        "dip",
        "ease",
        "contract",
        "shed",
        "plummet",
        "crash",
        "retreat",
        "slip",
        "halve",
        "trim",
        "down",
        "lower",
        "narrow",
        "fewer",
    ]
)
# Verbs that equate their subject with the figure ("X reached N", "X stood at N").
_LINKING = frozenset(
    ["be", "reach", "stand", "hit", "total", "amount", "equal", "remain", "represent", "top"]
    + ["exceed", "average", "become", "account", "hover", "sit", "cost"]
)
# Prepositions that introduce the size or end of a change ("rose to", "fell by", "a cut of").
_CHANGE_PREPS = frozenset(["to", "by", "of"])
_RELATIVE = frozenset(["which", "that", "who"])
_NOUNISH = ("NOUN", "PROPN")
_VERBISH = ("VERB", "AUX")
# Dependencies by which a number or unit hangs on the noun it quantifies.
_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod"})
# Modifiers kept in a measured phrase, before the head noun.
_LEFT_DEPS = frozenset({"compound", "amod", "nmod"})
# Prepositions whose object says what money is for ("paid £13m in bribes").
_PURPOSE_PREPS = frozenset({"in", "on", "for"})
# Objects of time and place that say when, not what ("rose in March").
_TIME_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "quarter",
        "today",
        "yesterday",
        "period",
        "time",
    ]
)
# Verbs of saying and believing: "one official said" counts officials, not sayings.
_REPORTING = frozenset(
    ["say", "tell", "add", "warn", "note", "claim", "argue", "write", "report", "believe"]
    + ["think", "estimate", "expect", "insist", "confirm", "deny", "explain"]
)
_MARKUP = re.compile(r"[<>=\s]|/\w")  # tag brackets, attributes, paths, whitespace
_COMPARING = frozenset(["from", "with", "than", "versus", "against"])
_SCALE_WORDS = frozenset(
    ["thousand", "million", "billion", "trillion", "m", "bn", "k", "lakh", "crore"]
)
_SCALE_NAMES = frozenset(["thousand", "million", "billion", "trillion", "lakh", "crore"])
_FRACTIONS = frozenset(["half", "third", "quarter", "fifth", "tenth", "percent", "cent"])
_TIME_DEICTICS = frozenset(["last", "this", "next", "previous", "past"])
_MAX_WORDS = 6
# spaCy keeps some plurals as their own lemma.
_SINGULAR = {"people": "person", "police": "police officer", "staff": "staff member"}


@dataclass(frozen=True)
class Context:
    """What the sentence says about one figure.

    Fields:
        measured: short phrase from the sentence naming what the figure measures.
        noun: singular lemma of the counted noun, for a count with no unit.
        noun_end: character offset in the sentence where the counted-noun phrase
            ends, so a claim's surface can run "three Mexican financial institutions".
        direction: "up" or "down" when the sentence states a change for this figure.
    """

    measured: str | None = None
    noun: str | None = None
    noun_end: int | None = None
    direction: str | None = None


def describe(doc: Doc, start: int, end: int, *, kind: str, unit: str | None) -> Context:
    """Context of the figure at ``doc.text[start:end]`` (number with unit or currency).

    ``kind`` and ``unit`` are the extractor's reading of the figure; a count without
    a unit gets its counted noun. Never re-parses: only walks ``doc``.
    """
    if not 0 <= start < end <= len(doc.text):
        return Context()
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return Context()
    last = span.end
    while last < len(doc) and doc[last].lower_ in _SCALE_NAMES:  # "Rs 6.81 lakh [crore]"
        last += 1
    span = doc[span.start : last]
    root = _figure_root(span)
    figure = set(range(span.start, span.end))
    target = _quantified_noun(root, figure)
    if target is not None and _separated(doc, span.end, target.i):
        target = None  # "compared with 63 last year", "3,000 dead\nsource:"
    noun = noun_end = None
    if target is not None and kind == "count" and unit is None:
        noun = _counted_noun(target, figure)
        if target.i >= span.end and _contiguous(doc, span.end, target.i):
            noun_end = target.idx + len(target.text)
    measured_tokens = _measured(root, target, figure) or _named_before(root, figure)
    if noun is None and kind == "count" and unit is None and root.pos_ == "NUM":
        elided = _elided_noun(doc, span, compared=_compared(root) or not measured_tokens)
        if elided is not None:  # "460 vehicles ..., compared with 63"
            noun = _counted_noun(elided, figure)
            measured_tokens = measured_tokens or _noun_phrase(elided, figure, with_verb=True)
    return Context(
        measured=_render(measured_tokens),
        noun=noun,
        noun_end=noun_end,
        direction=_direction(root, doc[span.start - 1].lower_ if span.start else ""),
    )


def _figure_root(span: Span) -> Token:
    """The figure's syntactic head, followed past the rest of its phrase.

    The parser hangs "$800,000" of "from $800,000 to $1.3 million" on the other end
    of the range, "$3.7 billion" of "HK $3.7 billion" on "HK", and "2.2 per cent" of
    "125,600 positions or 2.2 per cent" on the count it restates: each measures what
    its head measures.
    """
    root = span.root
    for _ in range(4):
        head = root.head
        if head.i == root.i:
            break
        numeric_chain = root.dep_ in ("quantmod", "compound", "nummod") and head.pos_ == "NUM"
        head_first = root.dep_ in ("nummod", "quantmod") and head.i < root.i
        restated = root.dep_ in ("conj", "appos") and head.i < root.i and _is_quantity(head)
        if not (numeric_chain or head_first or restated):
            break
        root = head
    return root


def _separated(doc: Doc, first: int, last: int) -> bool:
    """Whether a time word ("last", "this") or a line break separates the figure (ending
    before token ``first``) from the noun at ``last`` that follows it."""
    between = doc[max(first - 1, 0) : last]
    return any(t.lower_ in _TIME_DEICTICS or "\n" in t.text_with_ws for t in between)


def _compared(root: Token) -> bool:
    """Whether the figure stands where a count is compared ("up from 2.3 million",
    "compared with 63", "and 95,800 who"), so its noun may be left unsaid."""
    if root.dep_ == "pobj":
        return root.head.lower_ in _COMPARING
    return root.dep_ in ("conj", "appos")


def _elided_noun(doc: Doc, span: Span, *, compared: bool) -> Token | None:
    """The plural noun counted by an earlier number, for a count that omits it.

    Only where a count is compared (or nothing else names what it measures); the
    nearest earlier count with the same scale word ("4.6 million subscribers ... up
    from 2.3 million") wins over a nearer one. Fractions count nothing.
    """
    if not compared:
        return None
    scale = {t.lower_ for t in span} & _SCALE_WORDS
    candidates = [
        t.head
        for t in reversed(doc[: span.start])
        if t.dep_ == "nummod"
        and t.head.tag_ in ("NNS", "NNPS")
        and t.head.i < span.start
        and t.head.lemma_.lower() not in _FRACTIONS
    ]
    same_scale = [
        noun
        for noun in candidates
        if scale & {t.lower_ for t in noun.children if t.dep_ == "nummod"}
    ]
    return (same_scale or candidates or [None])[0]


def _is_quantity(token: Token) -> bool:
    """A number, or a noun a number counts ("3 per cent", "125,600 positions")."""
    if token.like_num or token.pos_ == "NUM":  # "RM2.70" is no like_num
        return True
    return token.pos_ in _NOUNISH and any(c.dep_ == "nummod" and c.like_num for c in token.children)


def _quantified_noun(root: Token, figure: set[int]) -> Token | None:
    """The noun the figure counts or qualifies, if the parse names one."""
    head = root.head
    if (
        root.dep_ in _MODIFIER_DEPS
        and head.i not in figure
        and head.i > root.i
        and head.pos_ in _NOUNISH
    ):
        return head
    of_object = _of_object(root, figure)
    if of_object is not None:
        return of_object
    return None


def _of_object(token: Token, figure: set[int]) -> Token | None:
    """``narcotics`` in "2.42 tonnes of narcotics", ``voters`` in "20 per cent of voters"."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i not in figure:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in _NOUNISH:
                    return obj
    return None


def _contiguous(doc: Doc, first: int, last: int) -> bool:
    """Whether the tokens between the figure and its noun all modify that noun."""
    return all(
        doc[i].head.i == last or doc[i].head.i in range(first, last) for i in range(first, last)
    )


def _counted_noun(noun: Token, figure: set[int]) -> str:
    """The counted noun in the singular with the nouns compounded onto it.

    "Kia and Hyundai vehicles" -> "Kia Hyundai vehicle", "shipping containers" ->
    "shipping container"; adjectives are left out ("Mexican financial institutions"
    -> "institution") so that counts of one thing group together.
    """
    words = []
    for child in noun.lefts:
        named = child.dep_ == "nmod" and child.pos_ == "PROPN"  # "Kia and Hyundai vehicles"
        if (child.dep_ == "compound" or named) and child.pos_ in _NOUNISH and child.i not in figure:
            words.extend(
                t.text if t.pos_ == "PROPN" else t.lower_
                for t in child.subtree
                if t.pos_ in _NOUNISH and t.i not in figure
            )
    return " ".join([*words, _singular(noun)])


def _singular(token: Token) -> str:
    if token.pos_ == "PROPN":
        text = token.text
        return text[:-1] if token.tag_ == "NNPS" and text.endswith("s") else text
    lemma = token.lemma_.lower()
    return _SINGULAR.get(lemma, lemma)


def _measured(root: Token, target: Token | None, figure: set[int]) -> list[Token]:
    """Tokens of the phrase naming what the figure measures."""
    of_object = target is not None and target.head.head.i == root.i
    if of_object:
        # "spending reached 2.5 per cent of GDP": GDP is the yardstick, not the thing.
        subject = _linked_subject(root, figure)
        if subject:
            return subject
    if target is not None:
        phrase = _noun_phrase(target, figure, with_verb=True)
        if of_object and len(phrase) == 1 + len(_left_modifiers(target, figure)):
            # "2.42 tonnes of narcotics confiscated": the participle hangs on the unit.
            phrase += _attachment(root, figure | {target.head.i})
        return phrase
    head = root.head
    if root.dep_ == "pobj":
        owner = head.head
        if owner.pos_ in _NOUNISH and _is_quantity(owner):  # "fell 3 per cent to $2.06"
            return _measured(owner, _quantified_noun(owner, figure), figure)
        if owner.pos_ in _NOUNISH and owner.i not in figure:
            return _noun_phrase(owner, figure | set(_subtree(head)), with_verb=False)
        if owner.pos_ in _VERBISH:
            # "cut rates to 10 per cent": the object is what changed, else the subject.
            return _object_phrase(owner, figure) or _subject_phrase(owner, figure)
        if owner.pos_ in ("ADV", "ADJ", "ADP"):  # "higher by 3%", "up by 3%"
            return _governed(owner, figure)
        return []
    if root.dep_ in ("dobj", "npadvmod", "attr", "acomp", "oprd", "advmod", "nsubj", "nsubjpass"):
        return _governed(root, figure)
    if root.dep_ == "appos" and head.pos_ in _NOUNISH:
        return _noun_phrase(head, figure, with_verb=False)
    if root.dep_ == "conj" and head.i < root.i:  # "82 rescuers and 20 million yuan in aid"
        return _measured(head, None, figure)
    return []


def _named_before(root: Token, figure: set[int]) -> list[Token]:
    """Names compounded before the figure: "MacBook Pro" of "MacBook Pro 16 inch"."""
    return [
        t
        for child in root.lefts
        if child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN" and child.i not in figure
        for t in child.subtree
        if t.i not in figure and t.pos_ in _NOUNISH
    ]


def _linked_subject(root: Token, figure: set[int]) -> list[Token]:
    """The subject a linking or change verb equates the figure with, if any."""
    if root.dep_ in ("attr", "dobj", "npadvmod", "oprd"):
        verb = root.head
    elif root.dep_ == "pobj":
        verb = root.head.head
    else:
        return []
    if verb.pos_ not in _VERBISH or not (verb.lemma_ in _LINKING or _change(verb)):
        return []
    return _subject_phrase(verb, figure)


def _governed(token: Token, figure: set[int]) -> list[Token]:
    """Measured phrase for a figure that is an argument of a verb or an up/down adverb."""
    head = token.head
    if head.pos_ in ("ADV", "ADJ", "ADP") and head.i != token.i:  # "shares [were] up 3%"
        subject = _subject_phrase(head, figure)
        if subject:
            return subject
        if head.head.pos_ in _NOUNISH:  # "drugs worth $5m"
            return _noun_phrase(head.head, figure | {head.i}, with_verb=False)
        head = head.head
    if head.pos_ not in _VERBISH:
        return []
    if token.dep_ in ("nsubj", "nsubjpass"):
        if head.lemma_ == "be":  # "$5bn is the cost of the bridge"
            attr = next((c for c in head.rights if c.dep_ == "attr" and c.pos_ in _NOUNISH), None)
            return _noun_phrase(attr, figure, with_verb=False) if attr is not None else []
        # "$5bn was spent on defence", "£2bn is set aside for schools"; without a
        # phrase the verb alone ("24 are believed ...", "the 62-year-old said") names nothing.
        particle = [c for c in head.rights if c.i == head.i + 1 and c.dep_ in ("prt", "advmod")]
        phrase = _first_prep_phrase(head, figure)
        return [head, *particle, *phrase] if phrase else []
    if token.dep_ == "dobj" and head.lemma_ in _LINKING:  # "prices averaged $100 on the mainland"
        subject = _subject_phrase(head, figure)
        if subject:
            return subject
    if token.dep_ in ("dobj", "npadvmod") and _change(head) is None:
        # "€150 billion in loans", "paid £13m in bribes", "£6bn less for humanitarian work"
        for owner in (token, head):
            purpose = _first_prep_phrase(owner, figure, only=_PURPOSE_PREPS)
            if purpose:
                return _noun_phrase(purpose[-1], figure, with_verb=False)
    return _subject_phrase(head, figure)


def _subject_phrase(verb: Token, figure: set[int]) -> list[Token]:
    """The subject of ``verb`` (or of the verb it is conjoined to) as a noun phrase."""
    for _ in range(3):
        subject = _subject(verb, figure)
        if subject is not None:
            if subject.lower_ in _RELATIVE and verb.dep_ == "relcl":  # "X, which is N"
                return _noun_phrase(_relative_antecedent(verb), figure, with_verb=False)
            if subject.pos_ == "PRON":
                return []
            return _noun_phrase(subject, figure, with_verb=False)
        if verb.dep_ == "acl" and verb.head.pos_ in _NOUNISH:
            # "products priced at $10" names the products; "people earning $48,000" keeps
            # the verb that says what the money is.
            linking = {verb.i} if verb.tag_ == "VBN" else set()
            return _noun_phrase(verb.head, figure | linking, with_verb=False)
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
        else:
            break
    return []


def _subject(verb: Token, figure: set[int]) -> Token | None:
    """The subject of ``verb``; of two (a mis-tagged word before the noun), the nominal
    one nearest the verb."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in figure]
    nominal = [c for c in subjects if c.pos_ in _NOUNISH] or subjects
    return min(nominal, key=lambda c: abs(verb.i - c.i), default=None)


def _object_phrase(verb: Token, figure: set[int]) -> list[Token]:
    for child in verb.children:
        if child.dep_ == "dobj" and child.i not in figure and child.pos_ in _NOUNISH:
            if _is_quantity(child):  # "lost 2.7 percent to 5,182 yen"
                return []
            return _noun_phrase(child, figure, with_verb=False)
    return []


def _relative_antecedent(relcl: Token) -> Token:
    """The noun a relative clause is about: "investment" of "investment per person, which"."""
    noun = relcl.head
    if noun.dep_ == "pobj" and noun.head.head.pos_ in _NOUNISH:
        return noun.head.head
    return noun


def _subtree(token: Token) -> list[int]:
    return [t.i for t in token.subtree]


def _noun_phrase(head: Token, figure: set[int], *, with_verb: bool) -> list[Token]:
    """``head`` with its adjectives and compounds and one attachment after it.

    The attachment is a participle ("narcotics confiscated"), a post-modifying
    adjective ("satellites capable of ISR") or a prepositional phrase ("tariff on
    steel"); with ``with_verb`` a passive or intransitive verb the noun is subject of
    stands in for it ("people [have been] killed in Gaza").
    """
    tokens = [*_left_modifiers(head, figure), head]
    tail = _attachment(head, figure)
    if not tail and with_verb:
        tail = _verb_tail(head, figure)
    return tokens + tail


def _attachment(head: Token, figure: set[int]) -> list[Token]:
    """The first participle, post-modifying adjective or prepositional phrase after ``head``."""
    for child in head.rights:
        if child.i in figure:
            continue
        if child.dep_ == "prep" and child.lower_ != "than":
            tail = _prep_phrase(child, figure)
        elif child.dep_ in ("acl", "amod") and child.pos_ in ("VERB", "ADJ"):
            tail = [child, *_first_prep_phrase(child, figure)]
        else:
            continue
        if tail:
            return tail
    return []


def _verb_tail(noun: Token, figure: set[int]) -> list[Token]:
    """ "killed in Gaza" for "people have been killed in Gaza"; "died" for "people died"."""
    verb = noun.head
    if verb.pos_ != "VERB":
        return []
    passive = noun.dep_ == "nsubjpass"
    intransitive = (
        noun.dep_ == "nsubj"
        and verb.lemma_ not in _REPORTING
        and not any(c.dep_ == "dobj" for c in verb.children)
    )
    if not (passive or intransitive):
        return []
    return [verb, *_first_prep_phrase(verb, figure)]


def _left_modifiers(head: Token, figure: set[int]) -> list[Token]:
    """Compounds and adjectives before ``head`` (with their own compounds), not the figure."""
    keep: list[Token] = []
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS and not any(i in figure for i in _subtree(child)):
            keep.extend(
                t
                for t in child.subtree
                if t.dep_ in _LEFT_DEPS or t.i == child.i
                if t.pos_ not in ("DET", "NUM", "PUNCT")
            )
    return keep


def _prep_phrase(prep: Token, figure: set[int]) -> list[Token]:
    """ "on steel" for the ``prep`` token "on"; empty when its object is a time or the figure."""
    for obj in prep.children:
        if obj.dep_ != "pobj" or obj.i in figure or obj.like_num:
            continue
        if obj.lower_ in _TIME_WORDS or obj.pos_ not in (*_NOUNISH, "PRON"):
            return []
        return [prep, *_left_modifiers(obj, figure), obj]
    return []


def _first_prep_phrase(
    token: Token, figure: set[int], only: frozenset[str] | None = None
) -> list[Token]:
    for child in token.rights:
        if (
            child.dep_ == "prep"
            and child.i not in figure
            and (only is None or child.lower_ in only)
        ):
            phrase = _prep_phrase(child, figure)
            if phrase:
                return phrase
    return []


def _render(tokens: list[Token]) -> str | None:
    """Words in sentence order, determiners and possessives dropped, at most a few words."""
    seen: dict[int, Token] = {}
    for token in tokens:
        if token.pos_ in ("DET", "PUNCT", "NUM") or token.dep_ in ("poss", "case"):
            continue
        if _MARKUP.search(token.text) or not any(c.isalnum() for c in token.text):
            continue  # stray HTML or a line break in the article text
        seen.setdefault(token.i, token)
    ordered = [seen[i] for i in sorted(seen)][:_MAX_WORDS]
    if not ordered:
        return None
    parts = []
    for previous, token in zip([None, *ordered], ordered, strict=False):
        glue = previous is not None and previous.i + 1 == token.i and not previous.whitespace_
        # Names keep their capitals; a capital that only opens the sentence does not.
        keep = token.pos_ == "PROPN" or (token.text[:1].isupper() and not token.is_sent_start)
        word = token.text if keep else token.lower_
        parts.append(word if glue or previous is None else " " + word)
    return "".join(parts)


def _change(token: Token) -> str | None:
    """ "up" / "down" when ``token`` is a word of change (rise, cut, higher, down...)."""
    if token.dep_ == "prt" and not any(True for _ in token.children):  # "set up", "shut down"
        return None
    if token.lemma_ == "add" and _ends_at_figure(token):  # "added 15 sen to RM2.70"
        return "up"
    for word in (token.lemma_.lower(), token.lower_):
        if word in _UP:
            return "up"
        if word in _DOWN:
            return "down"
    return None


def _ends_at_figure(verb: Token) -> bool:
    """Whether ``verb`` has a "to" phrase ending at a number ("added 15 sen to RM2.70")."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "to"
        and any(_is_quantity(o) for o in child.children)
        for child in verb.children
    )


def _direction(root: Token, word_before: str) -> str | None:
    """The change stated for the figure by the words that govern it.

    Climbs from the figure through prepositions ("rose to 4.3 per cent", "a cut of
    10%") and adverbs ("up 3%") to the first verb; a noun the figure merely counts
    stops the climb unless that noun is itself a change ("a 3% increase"). The start
    of a change ("from 120") has none; the word before the figure settles it when the
    parser hangs "to 135" on "from".
    """
    if word_before in ("from", "between"):
        return None
    token = root
    for _ in range(5):
        head = token.head
        if head.i == token.i:
            return None
        if token.dep_ == "pobj":
            start_of_change = head.lower_ in ("from", "between")
            if start_of_change and word_before != "to":
                return None
            if not start_of_change and head.lower_ not in _CHANGE_PREPS:  # "in 50mph winds"
                return None
            token = head
            continue
        # A plural the figure counts is no change: "3.7 rebounds" (tagged VBZ at times).
        counted = token.dep_ in _MODIFIER_DEPS and head.tag_ in ("NNS", "NNPS", "VBZ")
        change = None if counted else _change(head)
        if change is not None:
            return change
        if head.pos_ in _VERBISH:
            return None
        if token.dep_ == "prep" and not _is_quantity(head):  # "the rating of the 550MW plant"
            return None
        if head.pos_ in _NOUNISH and token.dep_ in _MODIFIER_DEPS and head.dep_ != "pobj":
            return None
        token = head
    return None
