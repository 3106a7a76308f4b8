"""Whose figure it is, when that is an organisation, company, person, group or object.

The owner written on the figure's noun ("Safaricom's net profit", "Tesla shares"), else
the actor of the clause ("the police arrested 14", "Apple sold 232 million iPhones",
"were detained by the army"). A place's own figure ("Kenya's inflation") has no entity:
it is `place`'s. A common noun for a body ("the bank") is written as the article first
names it in full ("the Reserve Bank of India") when the article does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.scope.evidence import Reading
from claims.extraction.scope.places import demonym, gazetteer
from claims.extraction.scope.syntax import (
    agent_of,
    chain,
    is_name,
    kids,
    name_phrase,
    subject_of,
)
from claims.extraction.scope.vocabulary import (
    BODIES,
    MEASURED_NAMES,
    MONTH_NAMES,
    NOT_ENTITIES,
    WEEKDAYS,
)
from claims.extraction.trace import NOT_APPLICABLE, Decided, NotApplicable, Rule, first_rule

if TYPE_CHECKING:
    from spacy.tokens import Token

EntityRule = Rule[Reading, str | None]
# Pronouns that stand for a body or person named before.
_PRONOUNS = frozenset(["it", "its", "they", "their", "he", "his", "she", "her"])


def _nouns_of(root: Token) -> list[Token]:
    """The nouns a figure hangs on, up to its clause's verb, and that verb's subject:
    where an owner is written ("the company's revenue of $3bn", "Tesla's shares fell")."""
    out: list[Token] = []
    for token in chain(root):
        if token.pos_ in ("NOUN", "PROPN", "NUM"):
            out.append(token)
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            subject = subject_of(token) if token.pos_ in ("VERB", "AUX") else None
            if subject is not None:
                out.append(subject)
            break
    return out


def _is_place(token: Token) -> bool:
    return token.text in gazetteer() or demonym(token.text) is not None


def _owner_word(noun: Token) -> Token | None:
    """The possessor or naming compound of ``noun`` ("Safaricom's", "Tesla" shares)."""
    for child in kids(noun):
        if child.dep_ == "poss":
            return child
    for child in kids(noun):
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i < noun.i:
            return child
    return None


def _owner(r: Reading) -> str | None | NotApplicable:
    """The owner written on the figure's noun or its clause's subject."""
    if r.root is None:
        return NOT_APPLICABLE
    for noun in _nouns_of(r.root):
        owner = _owner_word(noun)
        if owner is None:
            continue
        if _is_place(owner):
            return None  # "Kenya's inflation": the place's figure
        if owner.lower_ in _PRONOUNS or owner.text in MEASURED_NAMES:
            continue
        return _entity(owner, r)
    return NOT_APPLICABLE


def _actor(r: Reading) -> str | None | NotApplicable:
    """The subject (or passive agent) of the clause that counts the figure, when that is
    a name or a body."""
    if r.root is None:
        return NOT_APPLICABLE
    verb = next((t for t in chain(r.root)[1:] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return NOT_APPLICABLE
    who = agent_of(verb) or subject_of(verb)
    if who is None or r.figure.start <= who.idx < r.figure.end:
        return NOT_APPLICABLE
    if _is_place(who):
        return None
    if who.lemma_.lower() in NOT_ENTITIES or who.text in MEASURED_NAMES:
        return NOT_APPLICABLE
    if is_name(who) and who.pos_ == "PROPN" and not _is_time(who):
        return _entity(who, r)
    if who.lemma_.lower() in BODIES:
        return _entity(who, r)
    return NOT_APPLICABLE


def _is_time(token: Token) -> bool:
    return token.text in MONTH_NAMES or token.text in WEEKDAYS


def _entity(head: Token, r: Reading) -> str | None:
    """The phrase naming ``head``'s body or person; a common noun for a body in full."""
    phrase = name_phrase(head)
    if head.pos_ == "NOUN" and head.lemma_.lower() in BODIES:
        return _full_name(head, r) or phrase
    return phrase or None


def _full_name(head: Token, r: Reading) -> str | None:
    """The first name of several capitalised words in the article, before the figure,
    that holds ``head``'s word ("the bank" -> "Reserve Bank of India")."""
    word = head.text[:1].upper() + head.text[1:]
    found = r.article.full_names.get(word)
    if found is None or found[0] >= r.figure.offset + r.figure.start:
        return None
    return found[1]


RULES: tuple[EntityRule, ...] = (
    Rule("owner of the figure's noun", _owner),
    Rule("actor of the clause", _actor),
)


def entity(reading: Reading) -> Decided[str | None]:
    """Whose figure it is (``None``: no body or person) and the rule that says so."""
    return first_rule(RULES, reading, default=None, otherwise="no owner or actor")
