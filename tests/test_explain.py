"""`explain`: the same claims as `extract`, each field with the rule that decided it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims import explain, extract
from claims.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"

TEXTS = [
    "Nearly 450,000 people have been killed in Gaza. Firms paid over £13m in bribes.",
    "The tariff rose from 25 per cent to 50 per cent. Turnout was between 62 and 68 per cent.",
    "Police arrested 14 in dawn raids, and the storm killed at least 20. Twelve were injured.",
    (SAMPLE / "2025-03-30-meridian-post-myanmar-quake.txt").read_text(encoding="utf-8"),
]
FIELDS = ("claim", "value", "qualifier", "unit", "kind", "measured", "direction")


@pytest.mark.parametrize("text", TEXTS, ids=lambda t: t[:30])
def test_explain_gives_extracts_claims_in_order_with_every_field_ruled(text: str) -> None:
    explained = explain(text)
    assert [e.claim for e in explained] == extract(text)
    for e in explained:
        assert set(FIELDS) <= set(e.rules)
        assert all(e.rules[f] for f in FIELDS)


# (text, surface of the claim, field, the rule expected to decide it)
RULES = [
    ("The storm killed at least 20.", "at least 20", "unit", "people the verb before it acts on"),
    ("The storm killed at least 20.", "at least 20", "qualifier", "hedge word before it"),
    (
        "Some 1,200 were injured, with 300 dead.",
        "300",
        "unit",
        "people in the state written after it",
    ),
    ("Firms paid over £13m in bribes.", "over £13m", "unit", "as written"),
    ("The death toll rose to 1,644.", "1,644", "unit", "deaths of a toll"),
    ("The average age of farmers is 59.", "59", "kind", "an age"),
    (
        "The tariff rose from 25 per cent to 50 per cent.",
        "50 per cent",
        "direction",
        "stated with the figure",
    ),
    ("Prices rose 3% in March.", "3%", "direction", "the words governing it"),
    (
        "Turnout was roughly between 62 and 68 per cent.",
        "roughly between 62 and 68 per cent",
        "qualifier",
        "hedge of the whole range",
    ),
    ("Ford has 13,000 workers in Britain.", "13,000 workers", "unit", "counted noun after it"),
    (
        "Ford has 13,000 workers in Britain.",
        "13,000 workers",
        "measured",
        "parse: the noun it counts or qualifies",
    ),
]


@pytest.mark.parametrize(("text", "surface", "field", "rule"), RULES, ids=lambda x: str(x)[:24])
def test_the_rule_that_decided_a_field_is_named(
    text: str, surface: str, field: str, rule: str
) -> None:
    (explained,) = [e for e in explain(text) if e.claim.surface == surface]
    assert explained.rules[field] == rule


def test_the_value_names_every_reading_step() -> None:
    (first, second) = explain("The tariff rose from 25 per cent to 50 per cent.")
    assert first.rules["value"] == "number: digits › unit after › change from X to Y"
    assert second.rules["value"] == first.rules["value"]


def test_cli_extract_explain_prints_each_field_with_its_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "storm.txt"
    article.write_text("The storm killed at least 20.\n", encoding="utf-8")
    assert main(["extract", str(article), "--explain"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "at least 20"
    assert "  unit       person" in out[5] and out[5].endswith("people the verb before it acts on")


def test_cli_extract_json_explain_carries_the_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "storm.txt"
    article.write_text("The storm killed at least 20.\n", encoding="utf-8")
    assert main(["extract", str(article), "--json", "--explain"]) == 0
    (claim,) = json.loads(capsys.readouterr().out)[0]["claims"]
    assert claim["rules"]["unit"] == "people the verb before it acts on"
    assert main(["extract", str(article), "--json"]) == 0
    (claim,) = json.loads(capsys.readouterr().out)[0]["claims"]
    assert "rules" not in claim
