"""Work kept in the session until it has run to its end (``claims.ui.pending``): it runs
once, and work that fails is let go of rather than tried again on every run. (A rerun
that stops it part-way is a browser test: tests/e2e/test_reading.py.)"""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def _page(fail: bool) -> None:
    import streamlit as st

    from claims.ui.pending import keep, run_kept

    def work() -> None:
        st.session_state["runs"] = st.session_state.get("runs", 0) + 1
        if fail:
            raise ValueError("the work failed")
        st.success("done")

    if st.button("Go"):
        keep("job", work)
    run_kept("job")


def test_kept_work_runs_once() -> None:
    at = AppTest.from_function(_page, kwargs={"fail": False}).run()
    at.button[0].click().run()
    assert [s.value for s in at.success] == ["done"] and at.session_state["runs"] == 1
    at.run()
    assert not at.success and at.session_state["runs"] == 1


def test_kept_work_that_fails_is_let_go() -> None:
    at = AppTest.from_function(_page, kwargs={"fail": True}).run()
    at.button[0].click().run()
    assert "the work failed" in at.exception[0].message and at.session_state["runs"] == 1
    at.run()
    assert not at.exception and at.session_state["runs"] == 1
