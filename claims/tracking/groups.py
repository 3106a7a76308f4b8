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

    def together(self, a: T, b: T) -> bool:
        """Whether ``a`` and ``b`` were joined, directly or through others."""
        return a in self._parent and self.find(a) == self.find(b)

    def members(self) -> list[list[T]]:
        """Every group, as the list of its members."""
        found: dict[T, list[T]] = {}
        for thing in self._parent:
            found.setdefault(self.find(thing), []).append(thing)
        return list(found.values())

    def join(self, a: T, b: T) -> None:
        ra, rb = self.find(a), self.find(b)
        self._parent.setdefault(a, a)
        self._parent.setdefault(b, b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def find(self, thing: T) -> T:
        """The name of ``thing``'s group (``thing`` itself when it was never joined)."""
        while (parent := self._parent.get(thing, thing)) != thing:
            # Halving the path keeps later finds short (conflicts ask of most pairs of a
            # metric of thousands); a group's name, its least member, stays the root.
            self._parent[thing] = self._parent[parent]
            thing = parent
        return thing
