"""Streamlit components of the dashboard: each draws one part of the page and takes a ``key``.

The logic they show lives in plain modules of ``claims`` (filters, charts, tracking,
summary); these modules only lay out widgets and call those functions.
"""

from pathlib import Path

# The dashboard's page icon, served by the dashboard itself.
PAGE_ICON = Path(__file__).resolve().parent / "icon.svg"
