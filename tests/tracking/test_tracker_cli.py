"""The tracker's commands, in-process: exit status and exact output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims import Article, Store, ingest_articles
from claims.cli import main
from claims.tracking.metrics import Metric, Statement
from claims.views.metrics import metrics_text, names_metric
from tests.tracking.test_tracker_view import INFLATION

DISPUTED = Article(
    text=(
        "The Red Cross said more than 2,600 people had died in the earthquake in Peru. "
        "The civil defence agency put the death toll at 2,056."
    ),
    title="Peru quake toll disputed",
    source="Wire C",
    published="2026-02-13",
)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "claims.db"
    with Store(path) as store:
        ingest_articles([DISPUTED], store)
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_metrics_json_lists_each_metric_with_its_claims(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "metrics", "--db", db, "--json")
    (metric,) = json.loads(out)
    assert code == 0
    assert set(metric) == {"metric_id", "label", "unit", "kind", "why", "claims"}
    assert [c["surface"] for c in metric["claims"]] == ["more than 2,600 people", "2,056"]
    assert {
        "claim_id",
        "article_id",
        "title",
        "source",
        "published",
        "value",
        "low",
        "high",
        "qualifier",
        "surface",
        "sentence",
        "start",
        "end",
        "copy_of",
    } <= set(metric["claims"][0])


def test_conflicts_json_says_why_and_how_far_apart(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "conflicts", "--db", db, "--json")
    (conflict,) = json.loads(out)
    assert code == 0
    assert conflict["why"] == (
        "the Red Cross: more than 2,600 people; the civil defence agency: 2,056; "
        "no value fits both, published within a day"
    )
    assert conflict["spread"] == pytest.approx(0.2092, abs=1e-4)


def test_conflicts_text(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "conflicts", "--db", db)
    assert code == 0
    assert out.splitlines()[1:] == [
        "  2026-02-13  Wire C: more than 2,600 people, says the Red Cross",
        "  2026-02-13  Wire C: 2,056, says the civil defence agency",
    ]


SECOND_STORY = Article(
    text="Floods in Chile have killed 12 people, officials said. The toll rose to 14 on Friday.",
    title="Chile floods",
    source="Wire D",
    published="2026-02-14",
)


@pytest.mark.parametrize(
    ("query", "labels"),
    [
        ("", ["people died in earthquake (Peru)", "people killed (flood, Chile)"]),
        ("PERU", ["people died in earthquake (Peru)"]),  # any case
        ("killed chile", ["people killed (flood, Chile)"]),  # every word, in any order
        ("quake", ["people died in earthquake (Peru)"]),  # part of a word
        ("peru floods", []),
    ],
)
def test_metrics_query_keeps_the_metrics_with_every_word_in_their_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], query: str, labels: list[str]
) -> None:
    path = tmp_path / "claims.db"
    with Store(path) as store:
        ingest_articles([DISPUTED, SECOND_STORY], store)
    code, out, _ = run(capsys, "metrics", "--db", str(path), "--json", "--query", query)
    assert code == 0
    assert [m["label"] for m in json.loads(out)] == labels


# (query, label, picked): what a query picks by the label of a metric whose id is "ab12".
QUERIES = [
    ("uk defence", "defence spending (United Kingdom)", True),  # a country by another name
    ("Britain", "defence spending (United Kingdom)", True),
    ("france", "defence spending (United Kingdom)", False),
    ("spending defence", "defence spending (United Kingdom)", True),
    ("ab12", "tariff (United States)", True),  # the id
    ("ab1", "tariff (United States)", False),  # an id is given whole
    ("  ", "tariff (United States)", True),  # no query: every metric
]


@pytest.mark.parametrize(("query", "label", "picked"), QUERIES)
def test_a_query_picks_a_metric_by_words_of_its_label_or_its_id(
    query: str, label: str, picked: bool
) -> None:
    assert names_metric(query, label, "ab12") is picked


def test_metrics_query_names_one_metric_by_its_id(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "metrics", "--db", db, "--json")
    (metric,) = json.loads(out)
    code, out, _ = run(capsys, "metrics", "--db", db, "--query", metric["metric_id"])
    assert code == 0
    assert out.splitlines()[0].endswith(f"  id {metric['metric_id']}")
    code, out, _ = run(capsys, "metrics", "--db", db, "--query", "0" * 12)
    assert (code, out) == (0, "(no metric is stated twice)\n")


def test_conflicts_query(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "conflicts", "--db", db, "--json", "--query", "peru")
    assert (code, len(json.loads(out))) == (0, 1)
    code, out, _ = run(capsys, "conflicts", "--db", db, "--query", "inflation")
    assert (code, out) == (0, "(no conflicts)\n")


def test_metrics_text_says_the_period_a_figure_is_for_and_a_forecast(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "claims.db"
    with Store(path) as store:
        ingest_articles(INFLATION, store)
    code, out, _ = run(capsys, "metrics", "--db", str(path))
    assert code == 0
    assert out.splitlines()[1:] == [
        "  2026-09-08  Wire A: 3.4%, says the statistics office, for 1 – 31 Aug 2026",
        "  2026-09-09  Wire B: 3%, says the central bank, for 1 Jan – 31 Dec 2027 (forecast)",
    ]


def test_track_add_list_export_remove(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(
        capsys, "track", "add", "Peru quake deaths", "--words", "died earthquake", "--db", db
    ) == (
        0,
        "tracking 'Peru quake deaths': 1 claim so far\n",
        "",
    )
    assert run(capsys, "track", "list", "--db", db) == (
        0,
        "Peru quake deaths: died earthquake\n",
        "",
    )
    code, out, _ = run(capsys, "track", "export", "--db", db)
    assert json.loads(out) == [
        {
            "name": "Peru quake deaths",
            "words": ["died", "earthquake"],
            "unit": None,
            "entity": None,
            "place": None,
        }
    ]
    assert run(capsys, "track", "remove", "Peru quake deaths", "--db", db) == (
        0,
        "removed tracker 'Peru quake deaths'\n",
        "",
    )
    assert run(capsys, "track", "remove", "Peru quake deaths", "--db", db) == (
        1,
        "",
        "claims: error: no tracker called 'Peru quake deaths'\n",
    )


def test_a_second_tracker_of_the_same_name_is_one_clean_error(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "track", "add", "deaths", "--words", "died", "--db", db)
    code, out, err = run(capsys, "track", "add", "deaths", "--words", "killed", "--db", db)
    assert (code, out, err) == (1, "", "claims: error: a tracker called 'deaths' exists already\n")


def test_a_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "metrics", "--db", str(tmp_path / "none.db"))
    assert code == 1 and err.startswith("claims: error: no database at")


def test_ingest_says_which_tracked_figures_moved_and_which_conflicts_are_new(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "claims.db")
    days = {
        "a.md": (
            "2026-02-11",
            "The death toll from the earthquake in Peru rose to 180, officials said.",
        ),
        "b.md": (
            "2026-02-12",
            "The death toll from the earthquake in Peru rose to 240, officials said.",
        ),
        "c.md": (
            "2026-02-12",
            "The Red Cross said more than 2,600 people had died in the earthquake in Peru.",
        ),
    }
    for name, (day, text) in days.items():
        (tmp_path / name).write_text(
            f"---\ntitle: Quake\npublished: {day}\n---\n{text}\n", encoding="utf-8"
        )
    run(capsys, "ingest", str(tmp_path / "a.md"), str(tmp_path / "b.md"), "--db", db)
    code, out, _ = run(capsys, "ingest", str(tmp_path / "c.md"), "--db", db)
    assert code == 0
    assert out.splitlines()[1:] == [
        "death toll from earthquake (Peru): 240 → more than 2,600 people",
        "new conflict: death toll from earthquake (Peru) (officials: 240; "
        "the Red Cross: more than 2,600 people; no value fits both, published within a day)",
    ]


def _metric(label_key: str, unit: str | None, kind: str, measured: str) -> Metric:
    """A metric of two statements of ``measured`` in ``unit`` and ``kind``."""
    return Metric(
        label_key,
        [
            Statement(
                claim_id=i,
                article_id=f"a{i}",
                title="t",
                source=f"Outlet {i}",
                published="2026-03-0" + str(i),
                value=7.7,
                low=None,
                high=None,
                unit=unit,
                kind=kind,  # type: ignore[arg-type]
                qualifier=None,
                surface="7.7",
                sentence=f"The {measured} was 7.7.",
                start=0,
                end=3,
                measured=measured,
                entity=None,
                place=None,
                period_start=None,
                period_end=None,
                attributed_to=None,
                statement="fact",
                metric_key=label_key,
                copy_key=str(i),
                history=False,
            )
            for i in (1, 2)
        ],
    )


# (key, unit, kind, measured, the metric's first line up to its why): the unit in
# brackets is a unit a reader knows, or the kind of a figure without one ("count"),
# never "other", which says nothing (the sample corpus's quake magnitude and share "a
# third"; a score of our own); near-misses keep their brackets
HEADS = [
    ("magnitude+quake||||other|fact", None, "other", "magnitude quake", "magnitude quake  ("),
    ("import+share+steel||||other|fact", None, "other", "share of imports", "share of imports  ("),
    ("index+score||||other|fact", None, "other", "happiness score", "happiness score  ("),
    ("#delegate+delegate||||count|fact", None, "count", "delegates", "delegates [count]  ("),
    (
        "#delegate+delegate||||count|fact",
        "delegate",
        "count",
        "delegates",
        "delegates [delegate]  (",
    ),
    ("inflation||||percent|fact", "percent", "percentage", "inflation", "inflation [percent]  ("),
]


@pytest.mark.parametrize(("key", "unit", "kind", "measured", "head"), HEADS)
def test_a_metric_line_says_no_unit_it_has_not(
    key: str, unit: str | None, kind: str, measured: str, head: str
) -> None:
    assert metrics_text([_metric(key, unit, kind, measured)]).startswith(head)
