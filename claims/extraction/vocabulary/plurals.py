"""Singulars of plural nouns: an English lexicon (LemmInflect's), the irregular plurals
news counts, and the lemmas spaCy keeps plural."""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType

# Plurals that do not end in "s", as news counts them ("people" is a person, where the
# lexicon keeps "people").
IRREGULAR = MappingProxyType(
    {"people": "person", "men": "man", "women": "woman", "children": "child"}
)
# spaCy keeps some plurals as their own lemma ("staff" is its own plural: it stays);
# "bases" is lemmatised "basis" ("21 bases"), "species" the coin "specie".
SINGULAR = MappingProxyType(
    {"people": "person", "police": "police officer", "basis": "base", "specie": "species"}
)


@lru_cache(maxsize=8192)
def singular(noun: str) -> str:
    """Singular of a plural noun ("buses" -> "bus", "wolves" -> "wolf", "crises" ->
    "crisis"); a noun that is its own plural ("series", "news") or only looks plural
    ("bus", "basis", "gas") stays as it is.

    LemmInflect reads the noun from its lexicon, and one it does not know by its rules;
    it loads on the first plural (a third of a second), where inflect takes seconds to
    import. Words are few and repeat, so each is looked up once.
    """
    if noun in IRREGULAR:
        return IRREGULAR[noun]
    if not noun.endswith("s") or noun.endswith(("ss", "us", "is")):
        return noun  # no plural: "staff", "bus", "basis", "glass"
    from lemminflect import getLemma  # loaded on first use: a lexicon of English

    lemmas = getLemma(noun, upos="NOUN")
    return lemmas[0] if lemmas else noun
