"""The dashboard page, run with Streamlit's AppTest on a real store in ``tmp_path``."""

from __future__ import annotations

import csv
import datetime
import io
import json
import shutil
import socket
from pathlib import Path

import pytest
from pageserver import serve_pages
from streamlit.runtime.media_file_storage import MediaFileStorageError
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest, app_test

from claims.ingestion.ingest import ingest_articles
from claims.model import Article
from claims.store import Store
from claims.views.figure import unit_words
from claims.views.words import day_text

# Every test here runs the whole page through AppTest.
pytestmark = pytest.mark.slow

APP = str(Path(__file__).resolve().parents[1] / "app.py")
PAGES = Path(__file__).resolve().parent / "pages"
NO_MATCH = "No claims match these filters"

ARTICLES = [
    Article(
        text="The tariff on steel imports rose to 25% on Monday. About 1,200 workers lost "
        "their jobs at the plant, and the company expects losses of $3 billion this year.",
        title="Steel tariff rises",
        source="Wire",
        published="2025-03-01",
        url="https://example.org/steel",
    ),
    Article(
        text="The tariff on steel imports is now 30%, the ministry said. Exports fell by 12% and "
        "more than 40,000 tonnes of steel are waiting at the port.",
        title="=Ministry sets tariff",
        source="Post",
        published="2025-04-02",
    ),
    Article(
        text="Officials counted 57 satellites in the first launch. The rocket flew 500 km "
        "before the second stage separated.",
        title="Satellite launch",
        source="Ledger",
        published="2025-05-10",
    ),
]


@pytest.fixture(scope="module")
def filled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding ARTICLES, ingested once for the module with the real extractor."""
    path = tmp_path_factory.mktemp("store") / "claims.db"
    with Store(path) as store:
        report = ingest_articles(ARTICLES, store)
    assert report.added == len(ARTICLES) and report.claims_added > 0
    return path


@pytest.fixture
def db(filled_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the filled store, named by CLAIMS_DB as the app reads it."""
    path = tmp_path / "claims.db"
    shutil.copy(filled_db, path)
    monkeypatch.setenv("CLAIMS_DB", str(path))
    return path


def _app(**query: str | list[str]) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(query)
    return at.run()


def _stored(db: Path):
    with Store(db) as store:
        return store.claims_frame()


def _figures(frame) -> list[tuple[str, str, float]]:
    """Each claim's article, surface and value, in an order claim ids do not decide."""
    return sorted(zip(frame["article_id"], frame["surface"], frame["value"], strict=True))


def _table_rows(at: AppTest) -> int:
    return len(at.dataframe(key="claims_table").value)


@pytest.fixture
def media(monkeypatch: pytest.MonkeyPatch) -> list[MemoryMediaFileStorage]:
    """Every media store AppTest creates from now on, kept alive for the test to read.

    AppTest makes a fresh in-memory store per run and keeps no handle on it; recording
    them here means a download is read from the real store, whatever the collector does.
    """
    stores: list[MemoryMediaFileStorage] = []

    class Recorded(MemoryMediaFileStorage):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            stores.append(self)

    monkeypatch.setattr(app_test, "MemoryMediaFileStorage", Recorded)
    return stores


def _download(at: AppTest, label_start: str, media: list[MemoryMediaFileStorage]) -> bytes:
    """The bytes a download button serves, read from the run's in-memory media store."""
    (button,) = [b for b in at.get("download_button") if b.label.startswith(label_start)]
    file_id = button.proto.url.rsplit("/", 1)[-1].split(".")[0]
    for storage in media:
        try:
            return storage.get_file(file_id).content
        except MediaFileStorageError:  # another run's store: keep looking
            continue
    raise AssertionError(f"no stored file behind {button.label}")


def test_page_shows_title_headline_table_and_charts(db: Path) -> None:
    at = _app()
    assert not at.exception
    assert at.title[0].value == "Claim tracker"
    metrics = {m.label: m.value for m in at.metric}
    stored = _stored(db)
    assert metrics["Articles"] == "3" and metrics["Claims"] == f"{len(stored):,}"
    assert metrics["Date span"] == "1 Mar – 10 May 2025"
    assert _table_rows(at) == len(stored)
    assert [t.label for t in at.tabs][-3:] == ["Claims", "Charts", "Trackers"]
    assert not at.get("vega_lite_chart")  # only the open tab is drawn


def test_charts_tab_draws_the_overview_charts(db: Path) -> None:
    at = _app()
    at.session_state["view"] = "Charts"  # as a click on the tab does
    at.run()
    assert not at.exception
    charts = at.get("vega_lite_chart")
    assert len(charts) == 3
    assert "Figures stated more than once" in charts[0].proto.spec
    units = at.selectbox(key="charts_unit").options
    assert units[0] == unit_words(_stored(db)["unit"].value_counts().index[0])


def test_charts_of_one_article_say_there_is_nothing_to_compare(db: Path) -> None:
    at = _app(view="Charts", source="Ledger")
    assert not at.exception
    assert len(at.get("vega_lite_chart")) == 2
    assert any("No figure is stated more than once" in c.value for c in at.caption)


def _tariff(db: Path) -> str:
    """The one figure the test articles state twice: the steel tariff, 25% then 30% a
    month on."""
    with Store(db) as store:
        (metric,) = store.metrics()
    return metric.metric_id


def test_trackers_tab_follows_a_metric_across_sources(db: Path) -> None:
    tariff = _tariff(db)
    at = _app()
    at.session_state["view"] = "Trackers"
    at.run()
    assert not at.exception
    counts = {m.label: m.value for m in at.metric}
    assert (counts["Metrics stated more than once"], counts["Conflicts between sources"]) == (
        "1",
        "0",
    )
    picker = at.selectbox(key="metric")
    assert picker.value == tariff
    assert picker.format_func(tariff).startswith("tariff on steel imports · 2 statements")
    assert [s.value for s in at.subheader] == ["tariff on steel imports"]
    assert any(
        c.value.startswith("Put together because: same property 'import steel tariff'")
        for c in at.caption
    )
    (chart,) = at.get("vega_lite_chart")
    assert "tariff on steel imports over time" in chart.proto.spec
    (statements,) = [frame.value for frame in at.dataframe]
    assert statements[["source", "figure"]].values.tolist() == [["Wire", "25%"], ["Post", "30%"]]
    assert not at.error  # a month apart: the tariff changed, no source contradicts another


def test_a_hand_made_tracker_is_added_in_the_dashboard(db: Path) -> None:
    at = _app(view="Trackers")
    at.text_input(key="metric_trackers_name").set_value("Steel tariff")
    at.text_input(key="metric_trackers_words").set_value("steel tariff")
    at.button(key="FormSubmitter:metric_trackers_add-Add tracker").click().run()
    assert not at.exception
    with Store(db) as store:
        assert [t.name for t in store.trackers()] == ["Steel tariff"]
    assert "Steel tariff: steel tariff" in [t.value for t in at.text]


def test_choosing_a_kind_narrows_the_table_and_the_url(db: Path) -> None:
    at = _app()
    stored = _stored(db)
    kind = stored["kind"].value_counts().index[-1]
    at.multiselect(key="filters_kinds").set_value([kind]).run()
    assert not at.exception
    assert _table_rows(at) == int((stored["kind"] == kind).sum()) < len(stored)
    assert at.query_params["kind"] == kind


def test_each_facet_offers_what_the_other_filters_leave_with_counts(db: Path) -> None:
    at = _app(kind="currency")
    assert not at.exception
    assert at.multiselect(key="filters_units").options == ["$ (USD) (1)"]
    assert at.multiselect(key="filters_kinds").options[:2] == ["percentage (3)", "count (2)"]
    at.multiselect(key="filters_units").set_value(["USD"]).run()
    assert at.multiselect(key="filters_units").value == ["USD"]
    assert at.multiselect(key="filters_qualifiers").options == ["not hedged (1)"]
    (said_by,) = _stored(db).query("unit == 'USD'")["attributed_to"].fillna("").tolist()
    assert at.multiselect(key="filters_attributed").options == [
        f"{said_by or 'the article itself'} (1)"
    ]
    at.multiselect(key="filters_kinds").set_value([]).run()  # counts change, choices stay
    assert at.multiselect(key="filters_units").value == ["USD"]
    assert _table_rows(at) == 1


def test_table_shows_figures_as_written_with_hedges_and_their_sentence(db: Path) -> None:
    table = _app().dataframe(key="claims_table").value
    assert list(table.columns[:6]) == [
        "surface",
        "figure",
        "measured",
        "context",
        "source",
        "published",
    ]
    rows = table.set_index("surface")
    assert rows.loc["About 1,200 workers", "figure"] == "~1,200 workers"
    assert rows.loc["$3 billion", "figure"] == "$3bn"
    assert rows.loc["more than 40,000 tonnes", "figure"] == ">40,000 tonnes"
    assert rows.loc["more than 40,000 tonnes", "hedge"] == "more than"
    assert rows.loc["500 km", "figure"] == "500 kilometres"
    assert rows.loc["$3 billion", "context"] == "…company expects losses of «$3 billion» this year."
    assert "None" not in table[["figure", "measured", "hedge", "context"]].to_string()


def test_export_holds_exactly_the_filtered_rows(
    db: Path, media: list[MemoryMediaFileStorage]
) -> None:
    at = _app()
    at.text_input(key="filters_query").input("steel").run()
    expected = _stored(db)
    expected = expected[
        expected["measured"].fillna("").str.contains("steel", case=False)
        | expected["sentence"].str.contains("steel", case=False)
    ]
    rows = list(
        csv.DictReader(io.StringIO(_download(at, "Download CSV", media).decode("utf-8-sig")))
    )
    assert sorted(int(r["claim_id"]) for r in rows) == sorted(expected["claim_id"])
    assert {r["title"] for r in rows} == {"Steel tariff rises", "'=Ministry sets tariff"}
    records = json.loads(_download(at, "Download JSON", media))
    assert sorted(r["claim_id"] for r in records) == sorted(expected["claim_id"])


def test_search_that_matches_nothing_explains_what_to_do(db: Path) -> None:
    at = _app()
    at.text_input(key="filters_query").input("zeppelin").run()
    assert not at.exception
    assert any(NO_MATCH in w.value for w in at.warning)
    assert not at.dataframe and not at.get("download_button")


def test_url_query_params_set_the_filters_and_reset_clears_them(db: Path) -> None:
    stored = _stored(db)
    at = _app(source="Ledger", q="satellites")
    assert at.multiselect(key="filters_sources").value == ["Ledger"]
    assert at.text_input(key="filters_query").value == "satellites"
    ledger = stored[stored["source"].eq("Ledger")]
    assert 0 < _table_rows(at) <= len(ledger)
    assert at.query_params == {"source": "Ledger", "q": "satellites"}
    at.button(key="filters_reset").click().run()
    assert _table_rows(at) == len(stored)
    assert at.query_params == {}
    assert at.multiselect(key="filters_sources").value == []


def test_url_values_the_data_lacks_are_ignored(db: Path) -> None:
    at = _app(kind="no-such-kind", since="not-a-date")
    assert not at.exception
    assert _table_rows(at) == len(_stored(db))


def test_date_range_filters_by_publication(db: Path) -> None:
    at = _app(since="2025-04-01", until="2025-04-30")
    stored = _stored(db)
    assert _table_rows(at) == int(stored["source"].eq("Post").sum())
    assert {m.label: m.value for m in at.metric}["Date span"] == "2 Apr 2025"


def test_value_range_appears_for_one_unit_and_narrows_it(db: Path) -> None:
    stored = _stored(db)
    unit = stored["unit"].value_counts().index[0]
    at = _app(unit=unit)
    low, high = at.select_slider[0].value  # the whole range: the unit's smallest and largest
    at.select_slider[0].set_range(low, low).run()
    in_unit = stored[stored["unit"].eq(unit)]
    assert _table_rows(at) == int(in_unit["value"].eq(low).sum()) < len(in_unit)
    assert float(at.query_params["max"]) == low != high


def _select(at: AppTest, row: int) -> AppTest:
    """Select a row of the claims table, as a click on it does."""
    at.session_state["claims_table"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    return at.run()


def _detail_texts(at: AppTest) -> list[str]:
    return [t.value for t in at.text]


def test_selecting_a_row_shows_the_claim_in_its_sentence(db: Path) -> None:
    at = _select(_app(q="satellites"), 0)
    assert not at.exception
    texts = _detail_texts(at)
    assert "Officials counted «57 satellites» in the first launch." in texts
    assert any(t.startswith("Satellite launch\nLedger · 10 May 2025") for t in texts)
    assert {"57 satellites", "stated as fact", "the article itself", "not stated"} <= set(texts)
    headings = [m.value for m in at.markdown]
    assert "##### Other claims in this article (1)" in headings
    others = at.dataframe[1].value  # the table's, then the other claims'
    assert others["surface"].tolist() == ["500 km"]
    assert others["figure"].tolist() == ["500 kilometres"]


LOSSES = (
    "About 1,200 workers lost their jobs at the plant, and the company expects losses of "
    "«$3 billion» this year."
)


def test_the_selection_follows_the_claim_through_filter_changes(db: Path) -> None:
    at = _app()
    table = at.dataframe(key="claims_table").value
    row = table["surface"].tolist().index("$3 billion")
    at = _select(at, row)
    assert LOSSES in _detail_texts(at)
    # A filter that moves the claim to another row: the same claim stays selected.
    at.multiselect(key="filters_sources").set_value(["Wire"]).run()
    assert not at.exception
    assert at.dataframe(key="claims_table").value["surface"].tolist().index("$3 billion") != row
    assert LOSSES in _detail_texts(at)
    # A filter that hides it: the selection is let go, with a word.
    at.text_input(key="filters_query").input("tariff").run()
    assert any("hidden by the current filters" in i.value for i in at.info)
    assert any(t.startswith("It was $3bn, written “$3 billion”") for t in _detail_texts(at))
    assert any("Select a row" in c.value for c in at.caption)
    # Bringing it back does not select it again: it was let go.
    at.button(key="filters_reset").click().run()
    assert any("Select a row" in c.value for c in at.caption)
    assert not at.info


def test_pasted_article_is_dated_today_and_its_claims_are_one_click_away(db: Path) -> None:
    at = _app(kind="count")
    before = _stored(db)
    text = "Wheat prices jumped 18% after the harvest failed, and 2,000 farms closed."
    at.text_area[0].input(text)
    at.form_submit_button[0].click().run()
    assert not at.exception
    added = _stored(db).query("article_id not in @before.article_id")
    n = len(added)
    assert [s.value for s in at.success] == [f"Added 1 article with {n} claims."]
    today = datetime.date.today()
    assert set(added["published"].dt.date) == {today}
    assert any(f"Dated {day_text(today)}" in c.value for c in at.caption)
    (show,) = [b for b in at.button if b.label == "Show these claims"]
    show.click().run()
    assert not at.exception
    assert _table_rows(at) == n and {m.label: m.value for m in at.metric}["Articles"] == "1"
    assert at.query_params["article"] == added["article_id"].iloc[0]
    assert "kind" not in at.query_params  # the other filters make way
    assert at.session_state["view"] == "Claims"
    assert any("Showing only 1 article" in c.value for c in at.caption)
    at.button(key="filters_all_articles").click().run()
    assert _table_rows(at) == len(before) + n
    assert "article" not in at.query_params


def test_an_upload_we_do_not_read_says_what_to_do_instead(db: Path) -> None:
    at = _app()
    uploader = at.file_uploader[0]
    uploader.upload("photo.jpg", b"\xff\xd8\xff binary", "image/jpeg")
    uploader.upload("slides.pptx", b"PK\x03\x04 binary", "application/octet-stream")
    uploader.upload("note.txt", b"Rainfall was 40% above average in March.", "text/plain")
    at.form_submit_button[1].click().run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 2
    assert all("files are not read here" in e and "Paste text" in e for e in errors)
    assert any(s.value.startswith("Added 1 article with") for s in at.success)


def test_pasted_scraped_page_becomes_one_article_per_outlet(db: Path) -> None:
    page = (PAGES / "bundled-tariffs.txt").read_text(encoding="utf-8")
    at = _app()
    at.text_area[0].input(page)
    at.form_submit_button[0].click().run()
    assert not at.exception
    sources = set(_stored(db)["source"])
    assert {"Gulf Ledger", "The National", "Reuters", "Korea Herald"} <= sources


def test_broken_upload_is_refused_with_a_reason_and_the_rest_added(db: Path) -> None:
    at = _app()
    uploader = at.file_uploader[0]
    uploader.upload("broken.jsonl", b"{not json", "application/json")
    uploader.upload("note.txt", b"Rainfall was 40% above average in March.", "text/plain")
    at.form_submit_button[1].click().run()
    assert not at.exception
    assert any("broken" in e.value and "JSON" in e.value for e in at.error)
    assert any(s.value.startswith("Added 1 article") for s in at.success)


def test_unreachable_url_is_an_error_message(db: Path) -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    at = _app()
    before = len(_stored(db))
    url_box = [t for t in at.text_input if t.label == "Article or feed URL"][0]
    url_box.input(f"http://127.0.0.1:{port}/news.html")
    at.form_submit_button[2].click().run()
    assert not at.exception
    assert any(str(port) in e.value or "refused" in e.value.lower() for e in at.error)
    assert len(_stored(db)) == before


def test_article_url_is_fetched_and_added(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The test server is on 127.0.0.1, which the dashboard refuses unless allowed.
    monkeypatch.setenv("CLAIMS_PRIVATE_URLS", "allow")
    at = _app()
    with serve_pages() as base:
        url_box = [t for t in at.text_input if t.label == "Article or feed URL"][0]
        url_box.input(f"{base}/article.html")
        at.form_submit_button[2].click().run()
    assert not at.exception
    assert any(s.value.startswith("Added 1 article") for s in at.success)


def test_empty_store_explains_how_to_add_news(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CLAIMS_DB", str(tmp_path / "claims.db"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["first_run"] = None  # the sample was already offered in this session
    at.run()
    assert not at.exception
    assert any("No claims yet" in i.value for i in at.info)


def test_first_run_on_an_empty_store_loads_the_sample_once(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "claims.db"
    monkeypatch.setenv("CLAIMS_DB", str(path))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    assert any(s.value.startswith("First run: loaded") for s in at.success)
    with Store(path) as store:
        counts = store.counts()
    assert counts[0] > 0 and counts[1] > 0
    again = AppTest.from_file(APP, default_timeout=60).run()
    assert not any(s.value.startswith("First run") for s in again.success)
    with Store(path) as store:
        assert store.counts() == counts
    assert {m.label: m.value for m in again.metric}["Claims"] == f"{counts[1]:,}"


def test_a_selection_past_the_end_of_the_filtered_table_is_let_go(db: Path) -> None:
    at = _app()
    at = _select(at, _table_rows(at) - 1)
    at.text_input(key="filters_query").input("satellites").run()
    assert not at.exception
    assert any("hidden by the current filters" in i.value for i in at.info)
    assert any("Select a row" in c.value for c in at.caption)


def test_a_shared_link_opens_the_tab_and_metric_it_names(db: Path) -> None:
    tariff = _tariff(db)
    at = _app(view="Trackers", metric=tariff)
    assert not at.exception
    assert at.selectbox(key="metric").value == tariff
    (chart,) = at.get("vega_lite_chart")
    assert "tariff on steel imports over time" in chart.proto.spec
    at.multiselect(key="filters_kinds").set_value(["percentage"]).run()
    assert at.query_params["view"] == "Trackers" and at.query_params["kind"] == "percentage"


def test_a_store_that_cannot_be_opened_is_an_error_message(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CLAIMS_DB", str(tmp_path))  # a folder, not a database file
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert any("cannot be opened" in e.value for e in at.error)


def test_articles_an_older_extractor_read_can_be_read_again(db: Path) -> None:
    stored = _stored(db)
    with Store(db) as store:
        stale = store.article_ids()[0]
        store.replace_claims(stale, [], "0.1.0")
    claims = int(stored["article_id"].eq(stale).sum())
    at = _app()
    assert not at.exception
    assert any("1 article in the store was read by an older" in i.value for i in at.info)
    at.button(key="reextract").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == [
        "Read again with the current extractor: "
        f"1 article read again: {claims} claims, 0 before; 0 failed."
    ]
    assert not [b for b in at.button if b.key == "reextract"]
    assert _figures(_stored(db)) == _figures(stored)
