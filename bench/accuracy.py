"""Accuracy of `claims.extract` beside raw quantulum3, scored by ../shared/bench/score.py.

Run from the project root:

    python bench/accuracy.py [--errors DIR]

Datasets: the NewsQuant dev half (the goal: value F1 >= 93, value+unit F1 >= 88; CQE
scores 90.0 / 82.1), the Recognizers-Text dev sets (currency, dimension, temperature,
age) and quantulum3's own English cases (a regression floor: quantulum3 scores 100
there by construction). Both extractors run in the same process on the same texts.

"NewsQuant dev frozen" is a third of the dev half drawn at random once (`FROZEN_SEED`)
and kept as an unseen check: rules are tuned on the other two thirds only, and the
frozen third's figures are printed apart, raw and on the agreed quantities.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"

DATASETS = [
    ("NewsQuant dev", SHARED / "newsquant" / "dev.NewsQuant.json"),
    ("Recognizers currency", SHARED / "newsquant" / "dev.currency-model.json"),
    ("Recognizers dimension", SHARED / "newsquant" / "dev.dimension-model.json"),
    ("Recognizers temperature", SHARED / "newsquant" / "dev.temperature-model.json"),
    ("Recognizers age", SHARED / "newsquant" / "dev.age-model.json"),
    ("quantulum3 tests", SHARED / "quantulum3_tests" / "quantities.json"),
]
# The frozen third of the NewsQuant dev half: `FROZEN_SEED` draws its texts' indices.
FROZEN = "NewsQuant dev frozen"
FROZEN_SEED = 20261206


def frozen_third(gold: list) -> list:
    """The texts of the frozen third, in their order in the dev half."""
    import random

    drawn = set(random.Random(FROZEN_SEED).sample(range(len(gold)), len(gold) // 3))
    return [doc for i, doc in enumerate(gold) if i in drawn]


DATASETS.insert(1, (FROZEN, DATASETS[0][1]))
EXTRACTORS = [
    ("claims.extract", "bench.extractor:extract"),
    ("quantulum3 raw", "extractors.quantulum_raw:extract"),
]


def _f1(table, metric: str) -> float | None:
    rows = table[table["metric"].str.startswith(metric)]
    return float(rows["F1"].iloc[0]) if len(rows) else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--errors",
        type=Path,
        help="write our misses per dataset as JSONL here (NewsQuant: the tuned two thirds only)",
    )
    args = ap.parse_args(argv)

    sys.path[:0] = [str(ROOT), str(SHARED)]
    import pandas as pd
    import score

    from bench import conventions

    rows = []
    for extractor_name, spec in EXTRACTORS:
        extract = score.load_extractor(spec)
        for dataset, path in DATASETS:
            _, gold = score.load_gold(str(path))
            if dataset == FROZEN:
                gold = frozen_third(gold)
            table, perf, _, _, errors = score.evaluate(gold, extract)
            rows.append(
                {
                    "dataset": dataset,
                    "extractor": extractor_name,
                    "quantities": int(table["#gold"].iloc[-1]),
                    "detection F1": _f1(table, "detection"),
                    "value F1": _f1(table, "value"),
                    "value+unit F1": _f1(table, "value+unit"),
                    "chars/s": perf["chars_per_s"],
                }
            )
            if dataset == "NewsQuant dev" and extractor_name == "claims.extract":
                conflicts = (
                    conventions.split(errors),
                    conventions.agreed_f1(table, errors, conventions.SPEC_RULES),
                    conventions.agreed_f1(table, errors),
                )
            if dataset == FROZEN and extractor_name == "claims.extract":
                frozen = conventions.agreed_f1(table, errors, conventions.SPEC_RULES)
            if args.errors and extractor_name == "claims.extract" and dataset != FROZEN:
                if dataset == "NewsQuant dev":
                    # Only the tuned two thirds: the frozen third's misses are never read.
                    frozen_texts = {doc["text"] for doc in frozen_third(gold)}
                    errors = [e for e in errors if e["text"] not in frozen_texts]
                args.errors.mkdir(parents=True, exist_ok=True)
                out = args.errors / (path.stem + ".jsonl")
                out.write_text("".join(f"{score.json.dumps(e)}\n" for e in errors))
    frame = pd.DataFrame(rows).sort_values(["dataset", "extractor"], kind="stable")
    order = {name: i for i, (name, _) in enumerate(DATASETS)}
    frame = frame.sort_values("dataset", key=lambda s: s.map(order), kind="stable")
    print(f"PYTHONHASHSEED={os.environ.get('PYTHONHASHSEED')} (quantulum3 output depends on it)")
    print(frame.to_string(index=False, na_rep="n/a"))
    print(
        "goal (issue 11) on the agreed quantities: value F1 >= 95, value+unit F1 >= 90"
        " (raw dev before issue 11: 91.8 / 84.5)"
    )
    (value, unit, _), spec_rules, every_class = conflicts
    print(
        "\nNewsQuant dev misses where the gold's convention is not the spec's"
        " (bench/conventions.py):"
    )
    print(f"  value:      {dict(value)} = {value.total()}")
    print(f"  value+unit: the value misses, and units {dict(unit)} = {unit.total()}")
    print(
        "  F1 with the classes the issues' words decide"
        f" ({', '.join(sorted(conventions.SPEC_RULES))})"
        f" set aside on both sides: value {spec_rules[0]}, value+unit {spec_rules[1]}"
    )
    print(f"  F1 with every class set aside: value {every_class[0]}, value+unit {every_class[1]}")
    print(
        f"  {FROZEN} (a third never tuned on), agreed quantities:"
        f" value {frozen[0]}, value+unit {frozen[1]}"
    )
    return 0


if __name__ == "__main__":
    # quantulum3's result depends on str hashing; pin it as score.py does.
    if os.environ.get("PYTHONHASHSEED") is None:
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    sys.exit(main())
