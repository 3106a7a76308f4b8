"""The extraction case tables: one file per field of a claim, named for it.

- `test_claimhood`: is a number a claim at all (dates, times, names, codes are not).
- `test_value`: numbers, scales, ranges, changes, alternatives, measures in several units.
- `test_unit`: currencies, units, percentages and points, counted nouns, ages, people
  states, rates; each row checks the kind beside the unit (no kind rows stand apart).
- `test_qualifier`: hedges ("nearly", "more than", "up to", "topped").
- `test_direction`: the rise or fall stated for a figure.
- `test_measured`: the phrase naming what a figure measures.
- `test_sentences`, `test_casing`: the sentence splitter and the unshouting of capitals.

Tables checked through `extract` test the whole pipeline; tables checked through
`describe` (the `describe_figure` helper of tests/claim_lookup.py) test the parse rules
alone. Hypothesis and hostile-input tests are elsewhere (tests/test_context.py,
tests/test_robustness.py, tests/test_hostile_size.py).
"""
