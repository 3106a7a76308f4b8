"""What a token of the parse is: a quantity, an ordinary English word, a name written
in mixed case; and the headline verbs the small model misreads."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from claims.extraction.nlp import nlp
from claims.extraction.vocabulary.verbs import DOWN, UP
from claims.extraction.vocabulary.words import NOUNISH

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Dashes that end a dateline: "DUBAI — Dubai-based Falcon Air reported ...".
_DATELINE_DASHES = frozenset(["—", "–", "-", "--"])
# Most words of a dateline ("PORT SUDAN", "SÃO PAULO").
_DATELINE_WORDS = 4


def in_dateline(token: Token) -> bool:
    """Whether ``token`` is part of the dateline opening its sentence ("DUBAI —",
    "PORT SUDAN —", "PLANICA, Slovenia —"): capitals, maybe a comma and the country or
    state, before a dash, which the parser reads as a subject; never what is measured,
    nor the place a figure is about."""
    region = False  # after the comma: the country or state, capitalised ("Slovenia")
    for t in token.doc[: 2 * _DATELINE_WORDS + 1]:
        if t.text in _DATELINE_DASHES:
            return token.i < t.i
        if t.text == "," and t.i > 0 and not region:
            region = True
        elif not (t.text[:1].isupper() if region else t.text.isupper()):
            return False
    return False


def is_quantity(token: Token) -> bool:
    """A number, or a noun a number counts ("3 per cent", "125,600 positions")."""
    if token.like_num or token.pos_ == "NUM" or token.text[:1].isdigit():
        return True  # "RM2.70" is no like_num; "18bn" is read as a noun
    return token.pos_ in NOUNISH and any(c.dep_ == "nummod" and c.like_num for c in token.children)


def _lemma_index() -> Any:
    """The words the parser's lemmatizer lists per part of speech (WordNet's index,
    shipped with the pipeline)."""
    lemmatizer: Any = nlp().get_pipe("lemmatizer")  # a Lemmatizer, typed as any pipe
    return lemmatizer.lookups.get_table("lemma_index")


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Every word listed as an English noun, verb, adjective or adverb."""
    index = _lemma_index()
    return frozenset(word for pos in ("noun", "verb", "adj", "adv") for word in index[pos])


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    """The words the lemmatizer lists as adjectives and never as nouns ("landlocked",
    not "environment")."""
    index = _lemma_index()
    return frozenset(index["adj"]) - frozenset(index["noun"])


def only_an_adjective(word: str) -> bool:
    """Whether the lower-case ``word`` is an English adjective and no noun; the list is
    American ("neighbouring" is found as "neighboring")."""
    return word in _adjectives() or word.replace("our", "or") in _adjectives()


def is_dictionary_word(token: Token) -> bool:
    """Whether ``token`` is an ordinary English word ("shares", "Firm"), not a name
    ("Blackmores", "Starlink") the small model tagged as a common noun."""
    return in_dictionary(token.lower_) or in_dictionary(token.lemma_.lower())


def in_dictionary(word: str) -> bool:
    """Whether the lower-case ``word`` is listed as an English word ("dose")."""
    return word in _dictionary()


def is_mixed_case(token: Token) -> bool:
    """Whether ``token`` is written with a capital inside it ("iPhones", "eBay"): a name,
    whatever its tag, that keeps its letters as written."""
    text = token.text
    return any(c.isupper() for c in text[1:]) and any(c.islower() for c in text)


def _closed(doc: Doc) -> bool:
    """Whether the sentence ends with a stop: read from its last tokens, not ``doc.text``."""
    last = next((t for t in reversed(doc) if not t.is_space), None)
    return last is not None and last.text.endswith((".", "!", "?"))


def misread_verb(verb: Token) -> Token | None:
    """The real verb of a headline the small model misreads ("US lifts levy on goods to
    145%": "lifts" taken for a plural subject, "levy" for the verb), else ``None``.

    Only in a headline (no closing stop), only a plural of a change verb right before a
    present-tense verb that takes no object ("UK tax cuts boost growth" is read right),
    after a name ("US lifts") or a conjunction ("... but lifts levy").
    """
    if verb.dep_ not in ("ROOT", "conj") or verb.tag_ != "VBP" or _closed(verb.doc):
        return None
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    before = verb.nbor(-1) if verb.i > 0 else None
    if before is None or before.dep_ != "nsubj" or before.tag_ != "NNS" or before.i == 0:
        return None
    named = any(c.dep_ == "compound" for c in before.lefts)  # "US" of "US lifts"
    joined = verb.dep_ == "conj" and before.nbor(-1).dep_ == "cc"  # "... but lifts levy"
    change = before.lemma_.lower() in UP | DOWN
    return before if (named or joined) and change else None
