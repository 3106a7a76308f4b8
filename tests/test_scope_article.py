"""What an article's figures share (claims/extraction/scope/article.py): the body it is
about.

Rows are ``(title, text, expected protagonist)``. Pages copied from the web often keep
the headline, the dateline and the lead on lines of their own, with no blank line between.
"""

from __future__ import annotations

import pytest

from claims.extraction.scope import article_scope

# A headline ending in a name, over a dateline opening with one.
BAKERIES = (
    "Halden buys 210 bakeries from Morrow",
    "Halden buys 210 bakeries from Morrow\nBergen / Oslo, 12 May 2025\n"
    "Halden Foods agreed to buy 210 bakeries for 1.4 billion crowns. The company said "
    "sales rose 6%.",
)
TOWERS = (
    "Norvik switches on first 40 towers in race with Baltnet",
    "Norvik switches on first 40 towers in race with Baltnet\nTartu / Riga, 3 March 2025\n"
    "Norvik Telecom switched on its first 40 towers on Monday. The company plans 600 "
    "towers by 2027.",
)

PROTAGONISTS = [
    (*BAKERIES, "Halden Foods"),
    (*TOWERS, "Norvik Telecom"),
    # The same pages with blank lines between their parts, as before.
    (BAKERIES[0], BAKERIES[1].replace("\n", "\n\n"), "Halden Foods"),
    (TOWERS[0], TOWERS[1].replace("\n", "\n\n"), "Norvik Telecom"),
]


@pytest.mark.parametrize(("title", "text", "expected"), PROTAGONISTS)
def test_protagonist(title: str, text: str, expected: str | None) -> None:
    assert article_scope(text, title, "2025-06-04").protagonist == expected
