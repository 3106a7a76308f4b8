"""A claim's sentence as shown: the whole sentence, or a bounded excerpt around the figure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.excerpt import ELLIPSIS, EXCERPT_CHARS, excerpt

WORDS = " ".join(f"word{i}" for i in range(200))  # 1,389 characters, no full stop


def around(text: str, figure: str) -> str:
    """The excerpt of ``text`` (one sentence) around the first ``figure``."""
    at = text.index(figure)
    return excerpt(text, (0, len(text)), (at, at + len(figure)))


EXCERPTS = {
    "a short sentence whole": ("Prices rose 5% in May.", "5%", "Prices rose 5% in May."),
    "exactly the limit whole": ("x" * 296 + " 5%.", "5%", "x" * 296 + " 5%."),
    "a figure at the start": (
        "Up 5% " + WORDS,
        "5%",
        "Up 5% " + WORDS[: WORDS.rindex(" ", 0, EXCERPT_CHARS - 7)] + ELLIPSIS,
    ),
    "a figure at the end": (
        WORDS + " rose 5%",
        "5%",
        ELLIPSIS + WORDS[WORDS.index(" ", len(WORDS) - EXCERPT_CHARS + 10) + 1 :] + " rose 5%",
    ),
    "a figure in the middle, cut at words on both sides": (
        WORDS.replace("word100 ", "word100 paid $4m "),
        "$4m",
        ELLIPSIS
        + WORDS[WORDS.index("word81") : WORDS.index("word119") - 1].replace(
            "word100 ", "word100 paid $4m "
        )
        + ELLIPSIS,
    ),
    "one word longer than the limit": ("9" * 1000, "9" * 1000, "9" * 1000),
}


@pytest.mark.parametrize(("text", "figure", "shown"), EXCERPTS.values(), ids=EXCERPTS.keys())
def test_excerpts(text: str, figure: str, shown: str) -> None:
    assert around(text, figure) == shown


def test_the_figure_in_a_sentence_of_a_text_is_cut_from_that_sentence_only() -> None:
    text = "First sentence. " + WORDS + " fell 3% " + WORDS + ". Last sentence."
    s0, s1 = text.index("word0"), text.rindex(".")
    at = text.index("3%")
    shown = excerpt(text, (s0, s1), (at, at + 2))
    assert shown.startswith(ELLIPSIS + "word") and shown.endswith(ELLIPSIS)
    assert "sentence" not in shown


@given(
    st.text(alphabet=st.sampled_from("ab \n9"), min_size=1, max_size=2000),
    st.data(),
)
def test_an_excerpt_is_bounded_and_holds_the_figure(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, min(len(text), start + 40)))
    shown = excerpt(text, (0, len(text)), (start, end))
    assert len(shown) <= EXCERPT_CHARS
    assert text[start:end].strip() in shown
