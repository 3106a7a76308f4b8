"""Reading a figure's place in the dependency parse, shared by the scope rules."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from claims.extraction.context.tokens import in_dateline, in_dictionary
from claims.extraction.scope.evidence import FigureInSentence
from claims.extraction.scope.times import TimeExpression, time_expressions
from claims.extraction.scope.vocabulary import BESIDE_MARKS, TITLES
from claims.extraction.vocabulary.words import ASIDE_BASE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Dependencies of the words kept before a name's or a body's head ("the health ministry",
# "Finance Minister Jane Doe", "Kenya's central bank").
_NAME_LEFT = frozenset(["compound", "amod", "det", "poss", "nmod", "case"])
_T = TypeVar("_T")
# Most steps climbed up the parse from a figure.
MAX_CLIMB = 8
# Prepositions inside a body's name: "the Bank of England", "Institute for Fiscal Studies".
_WORKPLACE_PREPS = frozenset(["at", "from"])
_NAME_JOINS = frozenset(["of", "for"])
# Clauses joined beside another ("and", "while", "as"): the mood of the other is not theirs.
_BESIDE = frozenset(["conj", "advcl"])
# Clauses that say something of their own about a noun ("a network that spans 152 cities",
# "centres which can hold up to 3,000"): the mood above them is not theirs.
_OWN_CLAUSES = frozenset(["relcl", "acl"])
# Determiners kept in a phrase: "the ministry", not "this" or "some".
_KEPT_DETERMINERS = frozenset(["the"])


def figure_span(figure: FigureInSentence) -> Span | None:
    """The tokens of the figure, widened to whole tokens."""
    return figure.doc.char_span(figure.start, figure.end, alignment_mode="expand")


def figure_root(figure: FigureInSentence) -> Token | None:
    """The figure's highest token: the one whose head lies outside the figure."""
    span = figure_span(figure)
    if span is None or len(span) == 0:
        return None
    inside = {t.i for t in span}
    for token in span:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return span.root


def chain(token: Token) -> list[Token]:
    """``token`` and its ancestors, nearest first, at most `MAX_CLIMB` of them (what
    governs a figure is near it; a long window of a list parses as a deep chain)."""
    out = [token]
    while token.head.i != token.i and len(out) <= MAX_CLIMB:
        token = token.head
        out.append(token)
    return out


def depth_to(token: Token, ancestor: Token) -> int | None:
    """Steps up from ``token`` to ``ancestor``; ``None`` when it is no ancestor."""
    for steps, t in enumerate(chain(token)):
        if t.i == ancestor.i:
            return steps
    return None


def distance(a: Token, b: Token) -> int:
    """Dependency steps between two tokens of one parse, through their lowest common
    ancestor (a large number when they share none: separate windows)."""
    up = {t.i: steps for steps, t in enumerate(chain(a))}
    for steps, t in enumerate(chain(b)):
        if t.i in up:
            return steps + up[t.i]
    return 100


def verbs_above(token: Token) -> list[Token]:
    """The verbs (and auxiliaries heading a clause) above ``token``, nearest first."""
    return [t for t in chain(token)[1:] if t.pos_ in ("VERB", "AUX")]


def is_name(token: Token) -> bool:
    """A proper name's word: tagged so, or capitalised mid-sentence; not an ordinary
    word capitalised because it opens the sentence ("Turnout reached 65%")."""
    if not token.text[:1].isupper() or not token.is_alpha:
        return False
    opening = token.i == 0 or token.nbor(-1).is_punct
    if opening:
        return token.pos_ == "PROPN" and not in_dictionary(token.lower_)
    return True


# Punctuation a name keeps: "AT&T", "Abubakar-Ali", "Inc.", a plural possessive ("the
# Nurses' Union"), whose apostrophe holds the space before the next word.
_NAME_PUNCT = frozenset(["&", "-", ".", "'", "’"])


def name_phrase(head: Token) -> str:
    """The phrase naming a person or a body, from its head: its names and modifiers before
    it, and an "of" name after it ("the Bank of England"), without titles, appositions or
    clauses ("Lars Eriksen, chief economist at Nordea" -> "Lars Eriksen")."""
    doc = head.doc
    first = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ == "punct" and child.text in ("-", "–") and child.i == first - 1:
            first = child.i  # "Abubakar-Ali"
            continue
        if child.dep_ not in _NAME_LEFT or child.right_edge.i != first - 1:
            break
        if child.dep_ == "det" and child.lower_ not in _KEPT_DETERMINERS:
            break
        first = child.left_edge.i
    last = head.i
    for child in head.rights:
        if child.dep_ == "prep" and child.i == last + 1:
            objects = [c for c in kids(child) if c.dep_ == "pobj" and is_name(c)]
            joined = child.lower_ in _NAME_JOINS and is_name(head)
            # People named by where they work: "researchers at Cochin University".
            works = child.lower_ in _WORKPLACE_PREPS and not is_name(head)
            if objects and (joined or works):
                last = objects[0].i  # "the Bank of England", "Office for Budget Responsibility"
        break
    # Nor across a line: a headline's last word is no part of the dateline's name.
    breaks = [t.i for t in doc[first : last + 1] if t.is_space and "\n" in t.text]
    first = max((i + 1 for i in breaks if i < head.i), default=first)
    last = min((i - 1 for i in breaks if i > head.i), default=last)
    words = [
        t
        for t in doc[first : last + 1]
        if (not t.is_punct or t.text in _NAME_PUNCT) and not in_dateline(t)
    ]
    while len(words) > 1 and words[0].text.rstrip(".") in TITLES:
        words = words[1:]
    return _joined(words)


def _joined(words: list[Token]) -> str:
    return "".join(w.text_with_ws for w in words).strip()


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb`` (active or passive), climbing to the verbs it is joined
    to when it has none of its own ("rose 3% and fell 2%", "aims to raise ... and will
    spend"); a dateline the parser reads as a subject ("LAGOS — Dangote's profit rose")
    is none, but the name it reads as the dateline's apposition is ("LIMA — Peru will
    spend")."""
    v = verb
    for _ in range(_SUBJECT_CLIMB):
        for child in kids(v):
            if child.dep_ not in ("nsubj", "nsubjpass", "csubj"):
                continue
            if not in_dateline(child):
                return child
            named = [c for c in kids(child) if c.dep_ == "appos" and not in_dateline(c)]
            if named:
                return named[0]
        if v.dep_ not in ("conj", "xcomp") or v.head.i == v.i:
            break
        v = v.head
    return None


# Verbs climbed for a subject: "aims to raise ... and will spend" is two up.
_SUBJECT_CLIMB = 3


def agent_of(verb: Token) -> Token | None:
    """The "by" agent of a passive verb ("were arrested by police" -> police), also when
    the parse hangs it on the verb's object ("estimated at $2bn by the World Bank")."""
    for child in kids(verb):
        if child.dep_ == "agent":
            for obj in kids(child):
                if obj.dep_ == "pobj":
                    return obj
    if not is_passive(verb):
        return None
    for token in _below(verb, 3):
        if token.lower_ == "by" and token.dep_ == "prep" and token.i > verb.i:
            for obj in kids(token):
                if obj.dep_ == "pobj" and is_name(obj):
                    return obj
    return None


def _below(token: Token, depth: int) -> list[Token]:
    """The words at most ``depth`` steps below ``token``."""
    level, out = [token], []
    for _ in range(depth):
        level = [child for t in level for child in kids(t)]
        out += level
    return out


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(verb))


def governing(root: Token) -> list[Token]:
    """``root`` and the words above it whose mood applies to it: climbing stops at a
    clause joined beside another one with a subject of its own ("prices could rise 5%,
    while wages fell 2%": "could" is not the mood of 2%)."""
    out = [root]
    token = root
    while token.head.i != token.i and len(out) <= MAX_CLIMB:
        if token.dep_ in _OWN_CLAUSES or _beside(token):
            break
        token = token.head
        out.append(token)
    return out


def _beside(token: Token) -> bool:
    """A clause joined beside another with a subject of its own ("prices could rise,
    while wages fell 2%"), not a condition or a time of the clause above ("if", "once")."""
    if token.dep_ not in _BESIDE or token.pos_ not in ("VERB", "AUX"):
        return False
    if token.dep_ == "conj" and any(c.dep_ == "aux" for c in kids(token)):
        return True  # "aims to cut arrivals and has set aside €670m": a tense of its own
    if not subject_of_own(token):
        return False
    marks = [c.lower_ for c in kids(token) if c.dep_ == "mark"]
    return token.dep_ == "conj" or not marks or any(m in BESIDE_MARKS for m in marks)


def subject_of_own(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids(verb))


def closing_verb(doc: Doc, lemmas: frozenset[str]) -> tuple[Token, Token] | None:
    """The comma and the verb of ``lemmas`` that closes the sentence, punctuation aside
    ("..., the water ministry estimates"), however the parser reads that verb (often as a
    plural noun); ``None`` when no such verb closes it after a comma."""
    # Read back from the end: listing every token, for every figure, was costly.
    verb = next((t for t in reversed(doc) if not t.is_punct or t.text == ","), None)
    if verb is None or verb.lemma_.lower() not in lemmas:
        return None
    comma = next((t for t in reversed(doc[: verb.i]) if t.text == ","), None)
    return (comma, verb) if comma is not None else None


def per_sentence(doc: Doc, key: str, compute: Callable[[Doc], _T]) -> _T:
    """``compute(doc)``, computed once per parsed sentence and kept on it under ``key``
    (prefixed "claims.scope."): what every figure of a sentence reads alike (its time
    phrases, its places) is found once."""
    found: _T | None = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = compute(doc)
    return found


def kids(token: Token) -> list[Token]:
    """The children of ``token`` in the parse, in order; read from an index built once
    per sentence (a flat parse of a long window gives its root hundreds of children,
    and spaCy makes a new object for each child each time they are listed)."""
    return per_sentence(token.doc, "claims.scope.children", _children)[token.i]


def _children(doc: Doc) -> list[list[Token]]:
    index: list[list[Token]] = [[] for _ in range(len(doc))]
    for token in doc:
        if token.head.i != token.i:
            index[token.head.i].append(token)
    return index


# How far back the sentence before a figure's may begin: further, it is no sentence.
_BEFORE_CHARS = 2000
# The end of a sentence inside a paragraph (`sentence_before`): a stop, maybe closing a
# quotation, then a space.
_SENTENCE_END = re.compile(
    r"""[.!?]["”’]?      # the stop, maybe closing a quotation
    \s+(?=["“‘A-Z0-9])   # before the next sentence's first character""",
    re.VERBOSE,
)


def sentence_before(text: str, start: int) -> str:
    """The sentence of ``text`` just before the one at ``start``, in the same paragraph
    ("" when that one opens its paragraph, or when no sentence ends within
    `_BEFORE_CHARS` of it: a page without full stops carries nothing over, and reading
    all of it before every figure would take time that grows with its square)."""
    low = max(0, start - _BEFORE_CHARS)
    newline = text.rfind("\n", low, start)
    paragraph = text[newline + 1 if newline >= 0 else low : start].rstrip()
    ends = list(_SENTENCE_END.finditer(paragraph))
    if ends:
        return paragraph[ends[-1].end() :]
    return paragraph if newline >= 0 or low == 0 else ""


def sentence_text(doc: Doc) -> str:
    """``doc.text``, joined once per sentence (spaCy joins its tokens on every call)."""
    return per_sentence(doc, "claims.scope.text", _text)


def sentence_times(doc: Doc) -> tuple[TimeExpression, ...]:
    """The time phrases of a parsed sentence, found once per sentence."""
    return per_sentence(doc, "claims.scope.times", _times)


def _times(doc: Doc) -> tuple[TimeExpression, ...]:
    return tuple(time_expressions(sentence_text(doc)))


# How far before a figure an "up from" or "down from" may end.
_ASIDE_CHARS = 25


def after_aside_base(fig: FigureInSentence) -> bool:
    """Whether the figure is the base of a change written as an aside ("up from 12%")."""
    start = fig.start
    return bool(ASIDE_BASE.search(sentence_text(fig.doc), max(0, start - _ASIDE_CHARS), start))


def _text(doc: Doc) -> str:
    return doc.text
