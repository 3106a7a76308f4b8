"""Numeric claim tracker: every figure a news article states, with its unit,
what it measures and how it is hedged.

``from claims import extract, explain, Claim`` loads the extractor alone: the store, ingestion
and the dashboard's packages (pandas, trafilatura, streamlit) load only when one of
their names is first used.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from claims.extraction.pipeline import EXTRACTOR_VERSION, Explained, explain, extract
from claims.model import Article, Claim

if TYPE_CHECKING:
    from claims.ingestion.ingest import (
        IngestReport,
        ReadError,
        ingest,
        ingest_articles,
        read_pasted,
        read_upload,
    )
    from claims.ingestion.reextract import ReextractReport, reextract
    from claims.store import Store, StoreError

# The heavier names, by the module that defines them.
_LAZY = {
    "IngestReport": "claims.ingestion.ingest",
    "ReadError": "claims.ingestion.ingest",
    "ingest": "claims.ingestion.ingest",
    "ingest_articles": "claims.ingestion.ingest",
    "read_pasted": "claims.ingestion.ingest",
    "read_upload": "claims.ingestion.ingest",
    "ReextractReport": "claims.ingestion.reextract",
    "reextract": "claims.ingestion.reextract",
    "Store": "claims.store",
    "StoreError": "claims.store",
}

__all__ = [
    "EXTRACTOR_VERSION",
    "Article",
    "Claim",
    "Explained",
    "IngestReport",
    "ReadError",
    "ReextractReport",
    "Store",
    "StoreError",
    "explain",
    "extract",
    "ingest",
    "ingest_articles",
    "read_pasted",
    "read_upload",
    "reextract",
]


def __getattr__(name: str) -> object:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'claims' has no attribute {name!r}")
