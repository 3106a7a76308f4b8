"""`claims metrics --json` and `claims conflicts --json`, byte for byte, on a small store
of hand-written claims (no extraction: only the tracker decides what they are), with wire
copies, a range, units converted, a date unknown, text beyond ASCII, a sentence longer
than an excerpt, and two metrics tied on their statements and label."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claims import Article, Store
from claims.cli import main
from claims.model import Claim
from claims.tracking.listing import FIELDS
from claims.tracking.trackers import Tracker
from claims.views.metrics import statement_record as record_of

EXPECTED = Path(__file__).parent / "expected"
TOLL = "The death toll from the earthquake in Peru rose to {} people, officials said."
LONG = (
    "In a statement that ran on and on, as statements about disasters often do, listing "
    "every road, bridge, school, clinic and water main that the earthquake in Peru had "
    "damaged or destroyed across three provinces and dozens of districts, the civil "
    "defence agency said that the death toll had reached 2,056 people by Friday night, "
    "and that the search for the missing would go on."
)
RED_CROSS = (
    "The Red Cross said more than 2,600 people had died in the earthquake in Peru — a “grim” toll."
)
FIRE = "The Cedar Ridge fire in Canada has burned {} of forest, crews said."
TARIFF = "The steel tariff is {} per cent, the ministry said."
TARGET = "The government aims for a steel tariff of {} per cent."


def _article(
    sentence: str, source: str, day: str | None, surface: str, **fields: Any
) -> tuple[Article, list[Claim]]:
    """An article of one sentence (after a line naming its outlet, so that a wire copy
    is another text) stating ``surface``."""
    text = f"From {source}. {sentence}"
    start = text.index(surface)
    claim = Claim(
        surface=surface, start=start, end=start + len(surface), sentence=sentence, **fields
    )
    return Article(text=text, title=f"{source}, {day}", source=source, published=day), [claim]


def _toll(n: str, source: str, day: str | None) -> tuple[Article, list[Claim]]:
    value = float(n.replace(",", ""))
    return _article(
        TOLL.format(n), source, day, f"{n} people",
        value=value, unit="person", kind="count", measured="death toll", place="Peru",
    )  # fmt: skip


def _fire(amount: str, value: float, unit: str, source: str, day: str, **more: Any) -> Any:
    return _article(
        FIRE.format(amount), source, day, amount,
        value=value, unit=unit, kind="area", measured="forest burned", place="Canada", **more,
    )  # fmt: skip


def _tariff(template: str, n: int, source: str, day: str, statement: str) -> Any:
    return _article(
        template.format(n), source, day, f"{n} per cent",
        value=float(n), unit="percent", kind="percentage", measured="steel tariff",
        statement=statement,
    )  # fmt: skip


ARTICLES = [
    _toll("180", "Wire A", "2026-02-11"),
    _toll("180", "Paper B", "2026-02-12"),  # a wire copy
    _toll("240", "Diário Ñ", None),  # no date, and not ASCII
    _article(
        RED_CROSS,
        "Wire C",
        "2026-02-13",
        "more than 2,600 people",
        value=2600.0,
        unit="person",
        kind="count",
        measured="people had died",
        place="Peru",
        qualifier="more_than",
        attributed_to="the Red Cross",
    ),  # fmt: skip
    _article(
        LONG,
        "Wire D",
        "2026-02-13",
        "2,056 people",
        value=2056.0,
        unit="person",
        kind="count",
        measured="death toll",
        place="Peru",
        attributed_to="the civil defence agency",
    ),  # fmt: skip
    _fire("12,000 hectares", 12000.0, "hectare", "Wire A", "2026-07-01"),
    _fire("30,000 acres", 30000.0, "acre", "Paper B", "2026-07-01"),
    _fire(
        "between 11,000 and 13,000 hectares",
        11000.0,
        "hectare",
        "Wire C",
        "2026-07-02",
        low=11000.0,
        high=13000.0,
    ),  # fmt: skip
    # Two metrics of one label and two statements each: the one stated first comes first,
    # though its claims were stored last.
    _tariff(TARIFF, 25, "Wire A", "2026-03-01", "fact"),
    _tariff(TARIFF, 30, "Wire C", "2026-03-02", "fact"),
    _tariff(TARGET, 10, "Wire A", "2026-02-01", "target"),
    _tariff(TARGET, 15, "Wire D", "2026-03-05", "target"),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("json") / "claims.db"
    with Store(path) as store:
        for article, claims in ARTICLES:
            assert store.add_article(article, claims, "test")
    return str(path)


@pytest.mark.parametrize("command", ["metrics", "conflicts"])
def test_the_json_is_as_it_was(db: str, command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--db", db, "--json"]) == 0
    out = capsys.readouterr().out
    assert out == (EXPECTED / f"{command}.json").read_text(encoding="utf-8")


def test_a_listed_record_has_the_fields_a_statement_record_has(db: str) -> None:
    with Store(db) as store:
        listed = list(store.listed())
    assert [list(record) for _, records in listed for record in records] == [
        list(FIELDS) for _, records in listed for _ in records
    ]


def test_a_count_is_in_its_metric_unit_whatever_noun_it_names(tmp_path: Path) -> None:
    deaths = _article(
        "Officials counted 200 deaths in the earthquake in Peru.", "Wire B", "2026-02-12",
        "200 deaths", value=200.0, unit="death", kind="count", measured="deaths", place="Peru",
    )  # fmt: skip
    with Store(tmp_path / "c.db") as store:
        for article, claims in (_toll("180", "Wire A", "2026-02-11"), deaths):
            store.add_article(article, claims, "test")
        store.add_tracker(Tracker(name="Peru quake toll", words=("earthquake",), place="Peru"))
        (summary, records), *_ = store.listed()
        (metric,) = store.metrics()
    # The two counts of one metric count one thing, as the chart and the conflicts take it.
    assert summary.unit == "person"
    assert [r["value_in_metric_unit"] for r in records] == [180.0, 200.0]
    assert [record_of(s, metric.unit)["value_in_metric_unit"] for s in metric.statements] == [
        180.0,
        200.0,
    ]
