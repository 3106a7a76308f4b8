"""Race times: hours, minutes and seconds written with colons, as one duration in seconds."""

from __future__ import annotations

import re

from claims.extraction import claimhood
from claims.extraction.figures import qualifiers
from claims.extraction.figures.figure import Figure, hedged_by

# A race time: hours, minutes and seconds ("2:02:38"), or minutes and decimal seconds
# ("4:07.64"); "10:45" alone is a time of day.
_RACE_TIME = re.compile(
    r"""(?<![\d:.,])
    (?: (?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d+)?)
      | (?P<m2>[0-5]?\d):(?P<s2>[0-5]\d\.\d+) )
    (?![\d:])""",
    re.VERBOSE,
)
_HEDGE_WINDOW = 40


def race_times(sentence: str) -> list[Figure]:
    """Race times in seconds ("2:02:38", "4:07.64"); times of day are not races."""
    found = []
    for m in _RACE_TIME.finditer(sentence):
        clock = claimhood.Clock(sentence, m.start(), m.end())
        if not claimhood.verdict(claimhood.CLOCK_RULES, clock).value:
            continue
        hours = float(m.group("h") or 0)
        minutes = float(m.group("m") or m.group("m2"))
        seconds = float(m.group("s") or m.group("s2"))
        window = max(0, m.start() - _HEDGE_WINDOW)
        qualifier, offset = qualifiers.leading(sentence[window : m.start()], duration=True)
        found.append(
            Figure(
                start=window + offset,
                end=m.end(),
                core_start=m.start(),
                core_end=m.end(),
                value=hours * 3600 + minutes * 60 + seconds,
                unit="second",
                kind="duration",
                qualifier=qualifier,
                reading=("race time",),
                qualified_by=hedged_by(qualifier, None, offset, m.start() - window),
            )
        )
    return found
