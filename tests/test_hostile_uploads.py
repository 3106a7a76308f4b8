"""Dashboard uploads stop at the project's own limit: Streamlit's ceiling is set to it, and a
larger file is refused by its size before its bytes are read."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from claims import Store
from claims.ingestion.reading import MAX_BYTES

ROOT = Path(__file__).resolve().parents[1]


def test_streamlits_upload_ceiling_is_the_projects_limit() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == MAX_BYTES


@pytest.mark.slow
def test_a_file_over_the_limit_is_refused_and_the_others_added(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "claims.db"
    with Store(db):
        pass  # an empty store: the first run would load the sample
    monkeypatch.setenv("CLAIMS_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["first_run"] = None
    at.run()
    uploader = at.file_uploader[0]
    uploader.upload("huge.txt", b"Prices rose 5%. " * (MAX_BYTES // 16 + 1), "text/plain")
    uploader.upload("note.txt", b"Rainfall was 40% above average in March.", "text/plain")
    at.form_submit_button[1].click().run()
    assert not at.exception
    errors = [e.value.replace("\\", "").replace("\u2060", "") for e in at.error]
    assert errors == ["Refused huge.txt: too large (more than 10 MB)"]
    with Store(db) as store:
        assert store.counts()[0] == 1
