"""The batch function under Spark's ``mapInPandas``, on a real local Spark session, as the
README shows it. Needs pyspark and a Java runtime: skipped where they are missing, except
in CI (``.ci/run`` installs both), where a skip would hide a failure."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from claims.ingestion.batch import BATCH_COLUMNS, BATCH_SCHEMA, claims_by_article, extract_frame

ROOT = Path(__file__).resolve().parent.parent

if not os.environ.get("CI"):
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime for Spark", allow_module_level=True)

from pyspark.sql import SparkSession  # noqa: E402 - only where pyspark is installed

pytestmark = [
    pytest.mark.slow,
    pytest.mark.spark,
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
]

ARTICLES = [
    {"id": "strike", "title": "Port strike ends", "text": "Dockers won a 7% rise after 12 days."},
    {"id": "budget", "text": "The council will spend £4.5m on roads, up 12% on last year."},
    {"id": "aussie", "text": "The fund holds $42 billion.", "url": "https://www.abc.net.au/x"},
    {"id": "empty", "title": "No text at all"},
]


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    # Python workers: this interpreter, importing this checkout and this module.
    saved = {name: os.environ.get(name) for name in ("PYSPARK_PYTHON", "PYTHONPATH")}
    paths = [str(ROOT), str(ROOT / "tests"), saved["PYTHONPATH"]]
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, paths))
    session = (
        SparkSession.builder.master("local[2]")
        .appName("claims-test")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        yield session
    finally:
        session.stop()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def claims_of(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """The README's function: each batch of articles, indexed by id, to its claims."""
    for articles in batches:
        yield extract_frame(articles.set_index("id"))


def test_map_in_pandas_gives_what_extract_frame_gives_here(
    spark: SparkSession, tmp_path: Path
) -> None:
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text("".join(json.dumps(article) + "\n" for article in ARTICLES))

    articles = spark.read.json(str(corpus))
    articles.mapInPandas(claims_of, BATCH_SCHEMA).write.parquet(str(tmp_path / "claims"))

    from_spark = pd.read_parquet(tmp_path / "claims")
    here = extract_frame(pd.DataFrame(ARTICLES).set_index("id"))
    assert list(from_spark.columns) == list(BATCH_COLUMNS)
    assert claims_by_article(from_spark) == claims_by_article(here)
    assert claims_by_article(here)["empty"] == "no text"
    assert {c.unit for c in claims_by_article(here)["aussie"]} == {"AUD"}
