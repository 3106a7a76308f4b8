"""Things joined into groups, one pair at a time (a union-find): metrics that state one
figure (`claims.tracking.merging`), statements connected by disagreeing
(`claims.tracking.conflicts`)."""

from __future__ import annotations

from typing import Generic, TypeVar

T = TypeVar("T", int, str)


class Groups(Generic[T]):
    """Groups of things, each named by its least member, so that a group's name does not
    depend on the order its pairs were joined in (a metric's id must not)."""

    def __init__(self) -> None:
        self._parent: dict[T, T] = {}

    def __contains__(self, thing: T) -> bool:
        """Whether ``thing`` was ever joined to another."""
        return thing in self._parent

    def join(self, a: T, b: T) -> None:
        ra, rb = self.find(a), self.find(b)
        self._parent.setdefault(a, a)
        self._parent.setdefault(b, b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def find(self, thing: T) -> T:
        """The name of ``thing``'s group (``thing`` itself when it was never joined)."""
        while self._parent.get(thing, thing) != thing:
            thing = self._parent[thing]
        return thing
