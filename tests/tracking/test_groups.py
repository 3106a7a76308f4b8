"""Groups joined a pair at a time (claims/tracking/groups.py)."""

from __future__ import annotations

from claims.tracking.groups import Groups


def test_a_group_is_named_by_its_least_member_whatever_the_order_of_joining() -> None:
    for pairs in ([("c", "b"), ("b", "a")], [("a", "b"), ("c", "b")]):
        groups: Groups[str] = Groups()
        for a, b in pairs:
            groups.join(a, b)
        assert [groups.find(x) for x in "abc"] == ["a", "a", "a"]


def test_a_thing_never_joined_is_its_own_group_and_not_in_any() -> None:
    groups: Groups[int] = Groups()
    groups.join(7, 3)
    assert (groups.find(9), 9 in groups, 7 in groups, 3 in groups) == (9, False, True, True)
