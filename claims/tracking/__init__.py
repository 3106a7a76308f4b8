"""The tracker: claims grouped into metrics (one real-world figure each), followed across
sources and time, with the conflicts a fact-checker can trust.

`keys` says which metric a claim states (what is measured, of whom, where, in which
units), `units` converts compatible units, `intervals` reads each claim as the interval
of values it allows, and `metrics` and `conflicts` put claims together and compare them.
"""
