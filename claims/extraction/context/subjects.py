"""Subjects and objects of the verbs a figure hangs on, as noun phrases.

"unemployment rose to 4.3 per cent" measures unemployment, the subject of the verb the
figure is an argument of; "cut rates to 10 per cent" measures rates, the object; "X,
which is N" measures X; "it" and "they" stand for what they refer to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.context.direction import change_of
from claims.extraction.context.phrases import (
    first_prep_phrase,
    forecast_object,
    noun_phrase,
    previous_subject,
    says_where,
)
from claims.extraction.context.tokens import in_dateline, is_quantity, misread_verb
from claims.extraction.vocabulary.time import TIME_WORDS
from claims.extraction.vocabulary.verbs import LINKING, REPORTING
from claims.extraction.vocabulary.words import (
    AGAINST_PREPS,
    EACH,
    EQUATING,
    FORECAST_PREPS,
    FORECASTS,
    NOUNISH,
    ORGANISATIONS,
    PERCENT_WORDS,
    PRONOUN_NUMBER,
    RELATIVE,
    STANDING_FOR,
    VERBISH,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def governor(root: Token) -> Token:
    """The word a figure is an argument of, past its preposition ("cut ... from 0.5 per
    cent to 0.3 per cent" hangs "to" on "from", both on "cut") and an equating adjective
    ("is equal to")."""
    if root.dep_ != "pobj":
        return root.head
    owner = root.head.head
    if owner.pos_ == "ADP" and owner.dep_ == "prep":
        owner = owner.head
    if owner.dep_ == "acomp" and owner.lemma_.lower() in EQUATING:
        owner = owner.head  # "is equal to 2.1 per cent": the figure is the verb's
    return owner


def linked_subject(root: Token, figure: set[int]) -> list[Token]:
    """The subject a linking or change verb equates the figure with, if any."""
    if root.dep_ not in ("attr", "dobj", "npadvmod", "oprd", "pobj"):
        return []
    verb = governor(root)
    if verb.pos_ not in VERBISH or not (verb.lemma_ in LINKING or change_of(verb)):
        return []
    if root.dep_ == "pobj":  # "raise defence spending to 2.5 per cent of national income"
        return object_phrase(verb, figure) or subject_phrase(verb, figure)
    return subject_phrase(verb, figure)


def subject_phrase(verb: Token, figure: set[int]) -> list[Token]:
    """The subject of ``verb`` (or of the verb it is conjoined to) as a noun phrase; for
    a change, with against what it happened ("the pound slipped 0.3% against the dollar"
    -> "pound against dollar"); where it happened ("in Oslo") is the claim's place."""
    subject = plain_subject_phrase(verb, figure)
    if not subject or change_of(verb) is None or len(subject) > 3:
        return subject
    against = first_prep_phrase(verb, figure, only=AGAINST_PREPS)
    if against and not is_quantity(against[-1]):
        return [*subject, *against]
    return subject


def plain_subject_phrase(verb: Token, figure: set[int]) -> list[Token]:
    """The subject of ``verb`` (or of the verb it is conjoined to) as a noun phrase."""
    if misread_verb(verb) is not None:
        # "US lifts levy on goods to 145%": the word read as the verb is what is acted on.
        return [verb, *first_prep_phrase(verb, figure)]
    for _ in range(3):
        subject = subject_of(verb, figure)
        each = subject is not None and subject.lower_ in EACH and verb.dep_ == "acl"
        if subject is not None and not each:  # "the turbines, each standing 260 metres tall"
            return _named_subject(verb, subject, figure)
        if verb.dep_ == "acl" and verb.head.pos_ in NOUNISH:
            # "products priced at $10" names the products; "people earning $48,000" keeps
            # the verb that says what the money is.
            linking = {verb.i} if verb.tag_ == "VBN" or each else set()
            return noun_phrase(verb.head, figure | linking, with_verb=False)
        if verb.head.dep_ == "relcl" and (verb.dep_ == "ccomp" or _object_relative(verb)):
            # "a plan the CSIRO estimates would cost $116bn", "income, which the ministry
            # expects to fall to $4bn": the estimate is about the plan or the income,
            # never about whoever makes it.
            return noun_phrase(_relative_antecedent(verb.head), figure, with_verb=False)
        if verb.dep_ == "ccomp" and verb.head.lemma_ in REPORTING:
            break  # "X remains fixed at £12,570, the IFS says": never the reporter
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp", "acomp") and verb.head.i != verb.i:
            verb = verb.head  # "acomp": "bills were due to fall", "prices are likely to rise"
        else:
            break
    return []


def _named_subject(verb: Token, subject: Token, figure: set[int]) -> list[Token]:
    """What the subject of ``verb`` names: the noun a relative clause is about ("X,
    which is N"; "a plan the CSIRO estimates would cost N"), what a pronoun stands for,
    a clause ("restocking artillery shells alone could cost"), else its noun phrase."""
    reporter = subject.lemma_.lower() in REPORTING and subject.tag_ in ("NNS", "VBZ")
    if verb.dep_ == "relcl" and (subject.lower_ in RELATIVE or reporter):
        return noun_phrase(_relative_antecedent(verb), figure, with_verb=False)
    reported = verb.dep_ == "ccomp" and verb.head.dep_ == "relcl"
    if reported and subject.lower_ in RELATIVE:  # "X, which the minister says is N"
        return noun_phrase(_relative_antecedent(verb.head), figure, with_verb=False)
    if subject.lower_ in STANDING_FOR and any(c.dep_ == "prep" for c in subject.children):
        return _stood_for(subject, verb, figure)
    if subject.pos_ == "PRON":
        return _antecedent(subject, verb, figure)
    if subject.dep_ == "csubj":
        return [t for t in subject.subtree if t.i not in figure and t.pos_ != "ADV"]
    return noun_phrase(subject, figure, with_verb=False)


def _stood_for(pronoun: Token, verb: Token, figure: set[int]) -> list[Token]:
    """What "those" or "that" with a phrase of its own stands for: the noun of the
    subject of the clause its own is set against, with its own phrase ("Shipments to
    Russia fell 11%, while those to the EU rose 4%" -> "shipments to EU")."""
    if verb.dep_ not in ("advcl", "conj") or verb.head.pos_ not in VERBISH:
        return []
    other = subject_of(verb.head, figure)
    if other is None or other.pos_ not in NOUNISH or other.i > pronoun.i:
        return []
    named = [c for c in other.lefts if c.dep_ == "compound" and c.i not in figure]
    return [*named, other, *first_prep_phrase(pronoun, figure)]


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
    subject = subject_of(verb.head, figure) if joined or reported else None
    if subject is None or subject.tag_ not in tags:
        return []
    organisation = subject.pos_ == "PROPN" or subject.lemma_.lower() in ORGANISATIONS
    if reported and not organisation:
        return []
    return noun_phrase(subject, figure, with_verb=False)


def subject_of(verb: Token, figure: set[int]) -> Token | None:
    """The subject of ``verb``; of two (a mis-tagged word before the noun), the nominal
    one nearest the verb."""
    # A clause can be the subject: "restocking shells could cost £2bn".
    # The parser may hang the subject on an auxiliary ("the allowance remains fixed").
    heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    subjects = [
        c
        for h in heads
        for c in h.children
        if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i not in figure and not in_dateline(c)
    ]
    nominal = [c for c in subjects if c.pos_ in NOUNISH] or subjects
    return min(nominal, key=lambda c: abs(verb.i - c.i), default=None)


def object_phrase(verb: Token, figure: set[int]) -> list[Token]:
    """The object of ``verb`` as a noun phrase, when it names what changed."""
    for child in verb.children:
        # What changed is named before the figure ("cut rates to 10 per cent"); an
        # object after it is a misparse ("fallen by 10p a litre").
        before = child.i < min(figure)
        if child.dep_ == "dobj" and before and child.pos_ in NOUNISH:
            if child.lower_ in PERCENT_WORDS:  # "lost 2.7 percent to 5,182 yen"
                return []
            foreseen = _forecast_hung_on_verb(verb, child, figure)
            if foreseen is not None:  # "cut its forecast [for operating profit] to $250m"
                return noun_phrase(foreseen, figure, with_verb=False)
            return noun_phrase(child, figure, with_verb=False) + _misattached(verb, child, figure)
    return []


def _forecast_hung_on_verb(verb: Token, obj: Token, figure: set[int]) -> Token | None:
    """What a forecast object is of when the parse hangs its "for" or "of" on the verb."""
    if obj.lemma_.lower() not in FORECASTS or any(c.dep_ == "compound" for c in obj.lefts):
        return None
    after = obj.right_edge.i + 1
    prep = next((c for c in verb.children if c.i == after and c.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in FORECAST_PREPS:
        return None
    return forecast_object(prep, figure)


def _misattached(verb: Token, obj: Token, figure: set[int]) -> list[Token]:
    """What the object is on, of or in, when the parse hangs it on the verb ("raised the
    tariff [on imported steel] from 10 per cent", "the number of satellites [in orbit]");
    not a time ("on Monday") nor a place ("in Kenya": the claim's place holds it)."""
    after = obj.right_edge.i + 1
    prep = next((c for c in verb.children if c.i == after and c.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in ("on", "of", "in") or prep.i in figure:
        return []
    if says_where(prep):
        return []
    words = [t for t in prep.subtree if t.i not in figure]
    if any(t.lower_ in TIME_WORDS or t.like_num for t in words):
        return []
    return words


def _object_relative(verb: Token) -> bool:
    """Whether ``verb``, an infinitive under a relative clause, has the clause's relative
    pronoun for its object, read as what it is about ("which the ministry expects to
    fall": "which" falls, not the ministry)."""
    return verb.dep_ == "xcomp" and any(
        c.dep_ in ("dobj", "nsubj") and c.tag_ in ("WDT", "WP") for c in verb.children
    )


def _relative_antecedent(relcl: Token) -> Token:
    """The noun a relative clause is about: "investment" of "investment per person, which"."""
    noun = relcl.head
    if noun.dep_ == "pobj" and noun.head.head.pos_ in NOUNISH:
        return noun.head.head
    return noun
