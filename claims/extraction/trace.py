"""Which rule decided each field of a claim.

Every field of a `Claim` has one owner: a function that tries a named, ordered list of
rules and keeps the first that applies. The owner returns a `Decided`: the value and the
name of the rule that gave it, so `claims.explain` can say why a claim reads as it does
and a wrong reading names the rule to fix.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final, Generic, TypeVar

T = TypeVar("T")
E = TypeVar("E")


class NotApplicable:
    """The type of `NOT_APPLICABLE`."""


# What a rule returns when it does not apply (``None`` is a value some rules decide).
NOT_APPLICABLE: Final = NotApplicable()


@dataclass(frozen=True)
class Decided(Generic[T]):
    """A field's value and the name of the rule that decided it."""

    value: T
    rule: str


@dataclass(frozen=True)
class Rule(Generic[E, T]):
    """A named rule: ``apply(evidence)`` gives the field's value, or `NOT_APPLICABLE`; a
    rule that asks a list of rules of its own gives their `Decided`, and its name is
    followed by theirs."""

    name: str
    apply: Callable[[E], T | Decided[T] | NotApplicable]


def first_rule(
    rules: Iterable[Rule[E, T]], evidence: E, *, default: T, otherwise: str
) -> Decided[T]:
    """The value of the first of ``rules`` that applies to ``evidence``; ``default``
    (decided by the rule named ``otherwise``) when none does."""
    for rule in rules:
        value = rule.apply(evidence)
        if isinstance(value, Decided):
            return Decided(value.value, f"{rule.name}: {value.rule}")
        if not isinstance(value, NotApplicable):
            return Decided(value, rule.name)
    return Decided(default, otherwise)
