"""The dashboard's Streamlit settings are the newsroom's: nothing sent out, no deploy chrome."""

from __future__ import annotations

import tomllib
from pathlib import Path

from claims.ui import PAGE_ICON

CONFIG = Path(__file__).resolve().parents[1] / ".streamlit" / "config.toml"


def test_no_usage_statistics_no_deploy_button_and_a_theme() -> None:
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    assert config["browser"]["gatherUsageStats"] is False
    assert config["client"]["toolbarMode"] == "viewer"
    assert {"base", "primaryColor"} <= set(config["theme"])


def test_the_page_icon_is_a_local_file() -> None:
    # A Material icon name makes the browser fetch the icon from fonts.gstatic.com.
    assert PAGE_ICON.read_text(encoding="utf-8").startswith("<svg")
    assert ":material/" not in (CONFIG.parents[1] / "app.py").read_text(encoding="utf-8")
