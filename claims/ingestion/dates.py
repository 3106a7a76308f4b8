"""Publication dates: normalising what sources write, resolving "3 days ago".

Dates are stored as ISO strings: ``YYYY-MM-DD`` when only the day is known,
``YYYY-MM-DDTHH:MM:SS+00:00`` (always UTC, so they sort as text) when the time is.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from dateutil.parser import ParserError
from dateutil.parser import parse as parse_loose
from dateutil.relativedelta import relativedelta

# A relative time line as news sites print it: "an hour ago", "3 days ago",
# "5 mins ago", "2h ago", "yesterday", "just now", and an app's compact age ("5h", "30m").
RELATIVE_TIME = re.compile(
    r"""
    ^\s*[·•|]?\s*                          # optional bullet
    (?:(?:updated|published|posted)\s+)?   # optional "Updated" / "Published" prefix
    (?:
        (?P<count>\d+|an?|one)\s*           # how many: a digit run, "a", "an", "one"
        (?P<unit>
            s|secs?|seconds?
          | m|mins?|minutes?
          | h|hrs?|hours?
          | d|days?
          | w|wks?|weeks?
          | mos?|months?
          | y|yrs?|years?
        )
        \s+ago
      | (?P<compact>\d+)\s?                # without "ago" only digits and a short unit,
        (?P<short>m|mins?|h|hrs?|d|w|mo|y)  # so that "a day" or "5 months" is no age
      | (?P<word>yesterday|today|just\ now)
    )
    \s*$
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Absolute dates printed on teaser lines: "Jul 7, 2025", "7 July 2025", "2025-07-07", with
# a weekday before ("Monday, 7 July 2025") or a clock time after ("Tue 8 Jul 2025 09.30
# BST", "July 7, 2025 at 3:45 PM ET"). Only the day is kept: a zone abbreviation such as
# BST or ET names no offset reliably.
ABSOLUTE_DATE = re.compile(
    r"""
    ^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?       # weekday
    (?P<day>
        \d{4}-\d{2}-\d{2}                                        # ISO
      | (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?
        \s+\d{1,2},?\s+\d{4}                                    # Jul 7, 2025
      | \d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?
        \s+\d{4}                                                # 7 July 2025
    )
    (?:,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?   # 09.30, 3:45 PM, 10:05am
       (?:\s+[a-z]{1,4})?)?                                     # BST, ET, GMT
    \s*$
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Units shorter than a day: their result keeps the time of day when the reference has one.
_SUB_DAY = {"s": timedelta(seconds=1), "m": timedelta(minutes=1), "h": timedelta(hours=1)}
_DAY_PLUS = {
    "d": relativedelta(days=1),
    "w": relativedelta(weeks=1),
    "mo": relativedelta(months=1),
    "y": relativedelta(years=1),
}


@dataclass(frozen=True)
class Reference:
    """The moment relative times count back from, and whether its time of day is known."""

    moment: datetime
    has_time: bool

    @classmethod
    def at(cls, when: date | datetime | None) -> Reference:
        """A reference for a date (day only), a datetime, or now (``None``)."""
        if when is None:
            return cls(datetime.now(UTC), True)
        if isinstance(when, datetime):
            aware = when if when.tzinfo else when.replace(tzinfo=UTC)
            return cls(aware.astimezone(UTC), True)
        return cls(datetime(when.year, when.month, when.day, tzinfo=UTC), False)

    @classmethod
    def from_iso(cls, value: str | None, fallback: Reference) -> Reference:
        """A reference from a stored ISO string, else ``fallback``."""
        if not value:
            return fallback
        if len(value) == 10:
            return cls.at(date.fromisoformat(value))
        return cls.at(datetime.fromisoformat(value))


def format_moment(moment: datetime) -> str:
    """``moment`` as a stored ISO datetime string in UTC, to the second."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).replace(microsecond=0).isoformat()


def normalise_published(value: object) -> str | None:
    """A publication date in any common written form as a stored ISO string, else None.

    Accepts ISO dates and datetimes, RFC 2822 (feeds and mail), and loose forms
    such as ``July 7, 2025``.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return format_moment(value)
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return format_moment(datetime.fromisoformat(text))
    except ValueError:
        pass
    try:
        return format_moment(email.utils.parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    try:
        parsed = parse_loose(text)
        # Loose forms without a clock time ("7 July 2025") name a day, not midnight.
        if parsed.hour == parsed.minute == parsed.second == 0 and ":" not in text:
            return parsed.date().isoformat()
        # A zone offset of a day or more ("+2500") is no offset: converting it raises.
        return format_moment(parsed)
    except (ParserError, OverflowError, ValueError):
        return None


def is_time_line(line: str) -> bool:
    """Whether ``line`` is nothing but a relative time or a printed date."""
    return bool(RELATIVE_TIME.match(line) or ABSOLUTE_DATE.match(line))


def resolve_time_line(line: str, reference: Reference) -> str | None:
    """The stored ISO date of a teaser's time line, counted back from ``reference``.

    Times under a day keep the clock time when the reference has one; day-scale
    times ("3 days ago", "yesterday") give a date, since the hour is not known.
    """
    match = RELATIVE_TIME.match(line)
    if match is None:
        printed = ABSOLUTE_DATE.match(line)
        return normalise_published(printed["day"]) if printed else None
    word = (match["word"] or "").lower()
    if word in ("today", "just now"):
        return _sub_day(reference, timedelta(0))
    if word == "yesterday":
        return (reference.moment - timedelta(days=1)).date().isoformat()
    count = (match["count"] or match["compact"]).lower()
    n = int(count) if count.isdigit() else 1
    unit = (match["unit"] or match["short"]).lower()
    key = "mo" if unit.startswith("mo") else unit[0]
    if key in _SUB_DAY:
        return _sub_day(reference, _SUB_DAY[key] * n)
    return (reference.moment - _DAY_PLUS[key] * n).date().isoformat()


def _sub_day(reference: Reference, delta: timedelta) -> str:
    if not reference.has_time:
        # "an hour ago" on a page dated only by its day: that day is all we know.
        return reference.moment.date().isoformat()
    return format_moment(reference.moment - delta)
