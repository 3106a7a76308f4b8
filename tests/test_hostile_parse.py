"""A long article is read with its context to the end: parsed a window of sentences at a
time, not cut off at a parse budget; when the time limit stops the parse, the ingest
says how many claims of which article were read without it.

Past 120,000 characters or 2,000 figures of an article, claims once got no ``measured``
(0% in the last 100 KB of a 1 MB article, 94% at its start), and nothing said so.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from claims import Store, extract, ingest
from claims.extraction.pipeline import windows
from claims.ingestion.limits import MAX_CLAIMS, unparsed_note
from claims.model import Claim

# Each paragraph's figures have a known `measured` ("people killed", "wheat", "nurses
# recruited"...): 30 claims in 1,263 characters, every one of them measured.
PARAGRAPHS = (
    "Flood defences\n\nThe council will spend £4.5m on new flood walls along the river, "
    "officials said on Tuesday. About 1,200 homes were flooded last winter, and insurers "
    "paid out more than £30m in claims.",
    "Port strike ends\n\nDockers accepted a 7% pay rise after a 12-day strike that left "
    "300 ships waiting offshore. The port handles 40 million tonnes of cargo a year.",
    "Exports rose 4.5% to $12 billion in the second quarter, the statistics office said. "
    "Imports fell 2.1%, narrowing the trade deficit to $3.4 billion.",
    "The storm killed at least 20 people and destroyed 5,000 houses across the province. "
    "Rescue teams evacuated 45,000 residents, and winds reached 180 kilometres an hour.",
    "Turnout was between 62 and 68 per cent, analysts estimated. The ruling party won "
    "214 of the 400 seats, 12 fewer than at the last election.",
    "The company expects to sell 2 million phones this year and to hire 600 engineers. "
    "Its shares rose 6% after it reported a profit of $850 million.",
    "Farmers harvested 3.2 million tonnes of wheat, up 15% on last season. Prices for "
    "growers fell to $210 a tonne, the lowest in four years.",
    "The hospital treated 9,400 patients in March, and waiting times grew by 18 minutes. "
    "Health officials said 350 nurses would be recruited by the end of the year.",
)
CYCLE = "\n\n".join(PARAGRAPHS) + "\n\n"
KB = 100_000


def _long_article(size: int) -> str:
    return CYCLE * (size // len(CYCLE) + 1)


def _measured_share(claims: list[Claim]) -> float:
    return sum(c.measured is not None for c in claims) / len(claims)


def _reading(claim: Claim, shift: int) -> tuple[object, ...]:
    """What a claim says, its offsets moved back by ``shift``."""
    return (
        claim.start - shift,
        claim.end - shift,
        claim.surface,
        claim.value,
        claim.unit,
        claim.kind,
        claim.qualifier,
        claim.direction,
        claim.measured,
        claim.entity,
    )


@pytest.mark.slow
def test_context_holds_to_the_end_of_a_long_article() -> None:
    text = _long_article(3 * KB)  # about 7,100 figures: far past the old parse budget
    claims = extract(text)
    first = [c for c in claims if c.start < KB]
    last = [c for c in claims if c.start >= len(text) - KB]
    assert _measured_share(first) > 0.95
    assert abs(_measured_share(last) - _measured_share(first)) < 0.02
    # Every repeat of the paragraphs (after the first, which has no paragraph before it)
    # reads exactly as the second does: the same figures at the same places, the same
    # context, to the last repeat.
    per_cycle = len(extract(CYCLE))
    cycles = [claims[i : i + per_cycle] for i in range(0, len(claims), per_cycle)]
    second = [_reading(c, len(CYCLE)) for c in cycles[1]]
    for n, cycle in enumerate(cycles[2:-1], start=2):
        assert [_reading(c, n * len(CYCLE)) for c in cycle] == second
    assert all(text[c.start : c.end] == c.surface for c in claims)


def test_a_window_begun_after_the_parse_deadline_is_read_without_a_parse() -> None:
    text = CYCLE * 2
    unparsed = list(windows(text, parse_until=time.monotonic()))
    assert unparsed and not any(w.parsed for w in unparsed)
    claims = [e.claim for w in unparsed for e in w.explained]
    assert all(c.measured is None and c.entity is None for c in claims)
    # The figures are the same, parsed or not (a unit may be the parse's: "214 of the
    # 400 seats"); only their context is missing.
    parsed = list(windows(text))
    assert all(w.parsed for w in parsed)
    read = [e.claim for w in parsed for e in w.explained]
    assert [(c.start, c.end, c.value) for c in claims] == [(c.start, c.end, c.value) for c in read]


# (claims kept of the 30 found, how many of the last found were not parsed, the note)
UNPARSED_NOTES = {
    "all parsed": (30, 0, None),
    "the last 4 not parsed": (30, 4, "4 of its 30 claims, from character 1,091 on, "),
    "the budget kept 28: 2 of them not parsed": (
        28,
        4,
        "2 of its 28 claims, from character 1,091 on, ",
    ),
    "the budget left out every claim not parsed": (26, 4, None),
}


@pytest.mark.parametrize(
    ("kept", "unparsed", "note"), UNPARSED_NOTES.values(), ids=UNPARSED_NOTES.keys()
)
def test_unparsed_note(kept: int, unparsed: int, note: str | None) -> None:
    found = extract(CYCLE)
    assert len(found) == 30
    said = unparsed_note(found, found[:kept], unparsed)
    if note is None:
        assert said is None
    else:
        assert said == note + (
            "were read without a parse for lack of time: they have no measured, entity, "
            "place, period or source"
        )


@pytest.mark.slow
def test_the_ingest_says_how_many_claims_of_which_article_were_not_parsed(
    tmp_path: Path,
) -> None:
    # A parse of its first 5,000 claims takes several seconds; a limit of 8 s leaves 4 s
    # for parsing, then the rest is read without a parse, well within the limit.
    page = tmp_path / "long.txt"
    page.write_text(_long_article(250_000))
    with Store(tmp_path / "c.db") as store:
        report = ingest([str(page)], store, time_limit=8)
        frame = store.claims_frame()
    assert report.failed == []
    assert report.added == 1
    unparsed = [note for name, note in report.notes if name == str(page) and "parse" in note]
    assert len(unparsed) == 1
    late = frame[frame["measured"].isna()]
    assert unparsed[0].startswith(f"{len(late):,} of its {MAX_CLAIMS:,} claims, from character ")
    assert unparsed[0].endswith(
        "on, were read without a parse for lack of time: they have no measured, entity, "
        "place, period or source"
    )
    assert 0 < len(late) < MAX_CLAIMS
    # The claims read before the deadline have their context; those after have none.
    cut = int(unparsed[0].split("from character ")[1].split(" ")[0].replace(",", ""))
    assert frame[frame["start"] < cut]["measured"].notna().all()
    assert frame[frame["start"] >= cut]["measured"].isna().all()
