"""Numeric claim tracker: every figure a news article states, with its unit,
what it measures and how it is hedged."""

from claims.extract import EXTRACTOR_VERSION, extract
from claims.ingest import (
    IngestReport,
    ReadError,
    ingest,
    ingest_articles,
    read_pasted,
    read_upload,
)
from claims.model import Article, Claim
from claims.reextract import ReextractReport, reextract
from claims.store import Store, StoreError

__all__ = [
    "EXTRACTOR_VERSION",
    "Article",
    "Claim",
    "IngestReport",
    "ReadError",
    "ReextractReport",
    "Store",
    "StoreError",
    "extract",
    "ingest",
    "ingest_articles",
    "read_pasted",
    "read_upload",
    "reextract",
]
