"""Singulars of plural nouns: regular English rules, the irregular plurals news counts,
and the lemmas spaCy keeps plural."""

from __future__ import annotations

from types import MappingProxyType

# Plurals that do not end in "s", as news counts them.
IRREGULAR = MappingProxyType(
    {"people": "person", "men": "man", "women": "woman", "children": "child"}
)
# spaCy keeps some plurals as their own lemma ("staff" is its own plural: it stays);
# "bases" is lemmatised "basis" ("21 bases").
SINGULAR = MappingProxyType({"people": "person", "police": "police officer", "basis": "base"})


def singular(noun: str) -> str:
    """Singular of a plural noun, by the regular English rules and a few exceptions; a
    word that only looks plural stays as it is ("bus", "basis", "glass")."""
    if noun in IRREGULAR:
        return IRREGULAR[noun]
    if not noun.endswith("s") or noun.endswith(("ss", "us", "is")):
        return noun
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("sses", "xes", "ches", "shes")):  # "cases", "houses" lose the "s" alone
        return noun[:-2]
    return noun[:-1]
