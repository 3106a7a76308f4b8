"""Words that say what kind of story an article is, where that decides a unit: in a story
about interest rates "a quarter-point cut" is in percentage points, not a count of points.
"""

from __future__ import annotations

import re

# What a story about interest rates, yields or central banks names.
RATE_STORY = re.compile(
    r"""\b(?: interest \s+ rates? | Bank \s+ Rate | basis \s+ points? | central \s+ bank
    | Federal \s+ Reserve | Fed | FOMC | monetary \s+ policy | (?:policy|cash|repo|base
    | benchmark | lending | deposit | mortgage) \s+ rates? | rate \s+ (?:cuts?|hikes?|rises?
    | increases? | decisions?) | (?:bond|Treasury|gilt) \s+ yields? )\b""",
    re.VERBOSE | re.IGNORECASE,
)
# Words near a figure in points that make its points those of a rate: "rates rose 1.5
# points", "a half-point cut"; not "the FTSE fell 40 points" nor "Labour's lead of 3 points".
RATE_NEAR = re.compile(
    r"""\b(?: rates? | yields? | cut | cuts | hike | hikes | reduction | increase
    | inflation | tightening | easing | Bank \s+ Rate )\b""",
    re.VERBOSE | re.IGNORECASE,
)
# A stock index: its levels and moves are in points, whatever else the story says.
INDEX = re.compile(
    r"""\b(?:index|indices|Nikkei|Dow|FTSE|S&P|Nasdaq|Sensex|Nifty|Hang\s+Seng|DAX|CAC|KOSPI
    |ASX|STOXX|TA-\d+|Topix|Shanghai\s+Composite|Russell)\b""",
    re.VERBOSE,
)
# Percentage points named in a sentence: its other points are of the same share.
PERCENTAGE_POINTS = re.compile(r"\b(?:percentage[\s-]+points?|ppts?|basis\s+points?)\b", re.I)
# What is levied or charged as a share: "duties cut to zero" are 0 per cent, not a count.
RATE_NOUNS = re.compile(
    r"""\b(?: tariffs? | duty | duties | tax(?:es)? | levy | levies | VAT | rates? | interest
    | inflation | yields? )\b""",
    re.VERBOSE | re.IGNORECASE,
)
# Running tallies news counts, named as the subject of a bare count: "infections rose to
# 4.2 million", "arrivals fell to 3,000". A count of them counts them.
TALLIES = frozenset(
    ["infections", "cases", "deaths", "fatalities", "casualties", "arrivals"]
    + ["admissions", "hospitalisations", "hospitalizations", "arrests", "evictions"]
    + ["bankruptcies", "insolvencies", "applications", "registrations", "visitors"]
    + ["subscribers", "downloads", "layoffs", "vaccinations", "births", "starts"]
    + ["marriages", "divorces"]
)
