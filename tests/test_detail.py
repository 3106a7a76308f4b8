"""What the table and the detail panel show of a claim, and which claim stays selected."""

from __future__ import annotations

import numpy as np
import pytest
from claim_frames import claims_frame

from claims.views.facts import claim_facts, period_text
from claims.views.selection import Shown, picked_claim, row_of
from claims.views.table import FIRST_COLUMNS, TABLE_COLUMNS, table_rows
from tests.reference import newest_first

CLAIM = dict(
    surface="about £5,460",
    value=5460.0,
    unit="GBP",
    kind="currency",
    qualifier="approx",
    measured="average household bill",
    entity="Ofgem",
    place="UK",
    period="last year",
    period_start="2024-01-01",
    period_end="2024-12-31",
    attributed_to="the regulator",
    statement="estimate",
    direction="up",
    sentence="The average bill rose to about £5,460 last year, the regulator said.",
    title="Bills soar",
)


def test_claim_facts_in_reading_order_and_words() -> None:
    row = claims_frame([CLAIM]).iloc[0]
    assert claim_facts(row.to_dict()) == [
        ("Figure", "~£5,460"),
        ("Measures", "average household bill"),
        ("Whose figure", "Ofgem"),
        ("Where", "UK"),
        ("When", "last year (1 Jan – 31 Dec 2024)"),
        ("Who says so", "the regulator"),
        ("Statement", "estimate"),
        ("Hedge", "about"),
        ("Change", "a rise"),
        ("Kind", "currency"),
    ]


def test_claim_facts_name_the_page_of_a_paged_article() -> None:
    row = claims_frame([dict(value=3.0)]).iloc[0].to_dict()
    assert ("Page", "page 4") in claim_facts({**row, "page": np.int64(4)})
    assert "Page" not in dict(claim_facts({**row, "page": None}))


def test_claim_facts_say_what_is_unknown() -> None:
    row = claims_frame([dict(value=3.0)]).iloc[0]
    facts = dict(claim_facts(row.to_dict()))
    assert facts["Whose figure"] == facts["Where"] == facts["When"] == "not stated"
    assert facts["Who says so"] == "the article itself"
    assert facts["Statement"] == "stated as fact"
    assert "Hedge" not in facts and "Change" not in facts


PERIOD_CASES = [
    ("written and resolved", "in the first quarter", "2025-01-01", "2025-03-31",
     "in the first quarter (1 Jan – 31 Mar 2025)"),
    ("written only", "soon", None, None, "soon"),
    ("open end", "by 2030", None, "2030-12-31", "by 2030 (until 31 Dec 2030)"),
    ("resolved only", None, "2024-06-01", "2024-06-30", "1 – 30 Jun 2024"),
    ("nothing", None, None, None, "not stated"),
    ("bad date ignored", "lately", "not-a-date", None, "lately"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("period", "start", "end", "text"),
    [c[1:] for c in PERIOD_CASES],
    ids=[c[0] for c in PERIOD_CASES],
)
def test_period_text(period, start, end, text: str) -> None:
    assert period_text(period, start, end) == text


def test_table_rows_put_the_figure_and_its_sentence_first() -> None:
    frame = claims_frame(
        [
            CLAIM,
            dict(surface="25%", value=25.0, unit="percent", sentence="Tariff hits 25%",
                 title="Tariff hits 25%", measured=None, source=None),
        ]
    )  # fmt: skip
    rows = table_rows(frame)
    assert tuple(rows.columns) == TABLE_COLUMNS and TABLE_COLUMNS[:6] == FIRST_COLUMNS
    first, second = rows.to_dict("records")
    assert first["figure"] == "~£5,460" and first["hedge"] == "about"
    assert first["context"].startswith("The average bill rose to «about £5,460» last year")
    assert first["statement"] == "estimate"
    assert second["context"] == "Headline: Tariff hits «25%»"
    assert second["measured"] == "" and second["source"] == "" and second["hedge"] == ""


def test_newest_first_then_by_claim_id_undated_last() -> None:
    frame = claims_frame(
        [dict(published=None), dict(published="2025-01-02"), dict(published="2025-03-04")]
        + [dict(published="2025-03-04")]
    )
    assert newest_first(frame, 10)["claim_id"].tolist() == [3, 4, 2, 1]
    assert newest_first(frame, 2)["claim_id"].tolist() == [3, 4]


# (name, last run's table, rows arriving now, remembered claim, claim selected now)
SELECTION_CASES = [
    ("a click picks the claim shown there", Shown((7, 8, 9), ()), [1], None, 8),
    ("a changed click picks again", Shown((7, 8, 9), (0,)), [2], 7, 9),
    ("unchanged rows keep the claim, wherever it moved", Shown((9, 7), (1,)), [1], 7, 7),
    ("a cleared selection lets go", Shown((7, 8), (0,)), [], 7, None),
    ("no table last run: the remembered claim", None, [0], 8, 8),
    ("table not drawn last run: nothing new", Shown((7, 8), (1,)), None, 8, 8),
    ("a row past the table's end is no pick", Shown((7,), ()), [4], None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("last", "rows_now", "remembered", "picked"),
    [c[1:] for c in SELECTION_CASES],
    ids=[c[0] for c in SELECTION_CASES],
)
def test_picked_claim(last, rows_now, remembered, picked) -> None:
    assert picked_claim(last, rows_now, remembered) == picked


def test_row_of() -> None:
    assert row_of((7, 8, 9), 9) == 2
    assert row_of((7, 8, 9), 4) is None and row_of((7,), None) is None
