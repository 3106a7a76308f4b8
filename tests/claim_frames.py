"""In-memory claims frames for the dashboard's unit tests, shaped like ``Store.claims_frame``."""

from __future__ import annotations

import numpy as np
import pandas as pd

from claims.store import FRAME_COLUMNS

# The context columns of a claim stated in the article's own voice about nothing in particular.
CONTEXT = {
    "statement": "fact",
    "entity": None,
    "place": None,
    "period": None,
    "period_start": None,
    "period_end": None,
    "attributed_to": None,
}


def claims_frame(rows: list[dict]) -> pd.DataFrame:
    """A frame of the given claims; unspecified columns get plain defaults."""
    defaults = {
        "article_id": "a1",
        "source": "Wire",
        "title": "Title",
        "published": None,
        "url": "https://example.org/a",
        "surface": "1",
        "value": 1.0,
        "low": None,
        "high": None,
        "unit": None,
        "kind": "other",
        "measured": None,
        "qualifier": None,
        "direction": None,
        **CONTEXT,
        "sentence": "A sentence.",
        "page": None,
        "start": 0,
        "end": 1,
        "extractor_version": "test",
        "ingested_at": "2026-01-01T00:00:00+00:00",
    }
    frame = pd.DataFrame([{**defaults, **row} for row in rows])
    frame.insert(0, "claim_id", range(1, len(frame) + 1))
    frame["published"] = pd.to_datetime(frame["published"], format="ISO8601")
    for column in ("low", "high", "value"):
        frame[column] = frame[column].astype(float)
    frame["page"] = frame["page"].astype("Int64")
    return with_metric_columns(frame[list(FRAME_COLUMNS)], rows)


def with_metric_columns(frame: pd.DataFrame, rows: list[dict] | None = None) -> pd.DataFrame:
    """``frame`` with the ``metric`` and ``metric_label`` the dashboard adds (given in
    ``rows``, else none): what the tracker says each claim states."""
    given = rows or [{}] * len(frame)
    return frame.assign(
        metric=[r.get("metric", "") for r in given],
        metric_label=[r.get("metric_label", r.get("metric", "")) for r in given],
    )


def big_frame(n: int, *, seed: int = 0) -> pd.DataFrame:
    """``n`` synthetic claims over two years, 40 sources, 200 metrics and values over 9 decades."""
    rng = np.random.default_rng(seed)
    kinds = np.array(["currency", "count", "percentage", "mass"])
    units = np.array(["USD", "person", "percent", "tonne"])
    which = rng.integers(0, len(kinds), n)
    value = 10 ** rng.uniform(0, 9, n)
    ranged = rng.random(n) < 0.1
    frame = pd.DataFrame(
        {
            "claim_id": np.arange(1, n + 1),
            "article_id": (np.arange(n) // 10).astype(str),
            "source": np.char.add("source ", rng.integers(0, 40, n).astype(str)),
            "title": "Synthetic article",
            "published": pd.Timestamp("2024-01-01")
            + pd.to_timedelta(rng.integers(0, 730, n), unit="D"),
            "url": "https://example.org/a",
            "surface": value.round().astype(int).astype(str),
            "value": value,
            "low": np.where(ranged, value, np.nan),
            "high": np.where(ranged, value * 1.5, np.nan),
            "unit": units[which],
            "kind": kinds[which],
            "measured": np.char.add("metric ", rng.integers(0, 200, n).astype(str)),
            "qualifier": np.where(rng.random(n) < 0.2, "approx", None),
            "direction": None,
            **CONTEXT,
            "sentence": "A long enough synthetic sentence that states a figure. " * 4,
            "page": pd.array([None] * n, dtype="Int64"),
            "start": 0,
            "end": 3,
            "extractor_version": "test",
            "ingested_at": "2026-01-01T00:00:00+00:00",
        }
    )
    frame = frame[list(FRAME_COLUMNS)]
    return frame.assign(
        metric=frame["measured"] + " " + frame["unit"], metric_label=frame["measured"]
    )
