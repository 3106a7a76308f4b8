"""Months, days and periods: what says when, not what."""

from __future__ import annotations

MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A month name or its abbreviation, as a regex: "Jan", "Sept", "December".
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# Nouns that name a time, never what money is for ("on Monday morning", "in March").
WHEN_NOUNS = frozenset(
    ["morning", "afternoon", "evening", "night", "weekend", "today", "tomorrow", "yesterday"]
    + ["quarter", *WEEKDAYS, *MONTH_NAMES]
)
# Objects of time that say when, not what ("rose in March").
TIME_WORDS = frozenset(
    [*MONTH_NAMES, *WEEKDAYS, "year", "years", "month", "months", "week", "weeks", "day"]
    + ["days", "quarter", "today", "yesterday", "period", "time", "half", "start", "end"]
    + ["beginning", "middle", "season", "summer", "winter", "spring", "autumn"]
    # a time of day is a time like its day ("on Thursday afternoon")
    + ["morning", "afternoon", "evening", "night", "overnight", "tonight", "weekend"]
)
EARLIER = frozenset(
    ["ago", "earlier", "last", "previous", "before", "prior", "now", "year-earlier"]
    + ["year-ago", "yesterday"]
)
# Prepositions that put a period as the time something happens in ("in 24 hours",
# "over 12 years"): the period then measures nothing the sentence names.
TIME_FRAME_PREPS = frozenset(
    ["in", "over", "within", "during", "after", "across", "on", "since", "throughout"]
)
# Prepositions that put an amount over a span of time ("$17bn over five years", "300 mm
# in 24 hours"); "within 62 days" is a bound.
SPAN_PREPS = frozenset(["in", "over", "during", "across", "throughout"])
# "63 last year": a time word between a number and a noun means the number does not count it.
TIME_DEICTICS = frozenset(["last", "this", "next", "previous", "past"])
# Units of time: "in the first three months ... up from 300" counts no months.
PERIOD_NOUNS = frozenset(["second", "minute", "hour", "day", "week", "month", "year", "decade"])
