"""The ISO bounds of a time expression, resolved against the article's publication date.

"last year" in an article of 2025-06-04 is 2024-01-01..2024-12-31; "by 2030" is open at
the start; "over five years" has no certain bounds. The conventions are those of
bench/fields/CONTEXT.md ("period_start", "period_end"). Date arithmetic is
``dateutil.relativedelta`` (calendar months and years, weekdays).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType

from dateutil.relativedelta import relativedelta

from claims.extraction.scope.times import POINT, TimeExpression
from claims.extraction.scope.vocabulary import (
    COUNT_WORDS,
    MONTHS,
    ORDINALS,
    TIME_UNITS,
    UNIT_DAYS,
    WEEKDAYS,
)

Bounds = tuple[date | None, date | None]
_OPEN: Bounds = (None, None)


@dataclass(frozen=True)
class Anchor:
    """What a time expression is resolved against.

    Fields:
        published: the article's publication date.
        future: whether the figure is about the future (a forecast or a target): a bare
            month or weekday is then the next one, not the last.
        fiscal_start: the month the financial year of the article's country starts
            (4 for the UK), ``None`` for calendar years.
    """

    published: date
    future: bool = False
    fiscal_start: int | None = None


def bounds(expression: TimeExpression, anchor: Anchor) -> Bounds:
    """The first and last day of ``expression``; ``None`` on a side it leaves open."""
    return _RESOLVERS[expression.kind](expression.parts, anchor)


def shifted(base: Bounds, expression: TimeExpression) -> Bounds:
    """``base`` moved back by what an "earlier" expression says ("a year earlier")."""
    step = _earlier_step(expression.parts)
    if step is None:
        return _OPEN
    first, last = base
    return (
        first - step if first is not None else None,
        _month_end(last - step)
        if last is not None and last.day >= 28
        else (last - step if last is not None else None),
    )


def _earlier_step(parts: Mapping[str, str]) -> relativedelta | None:
    unit = (parts.get("unit") or parts.get("punit") or "year").lower().rstrip("s")
    n = _count(parts.get("n", "1"))
    if n is None or n == 0:
        return None
    if unit in UNIT_DAYS:
        return relativedelta(days=n * UNIT_DAYS[unit])
    return relativedelta(months=n * TIME_UNITS.get(unit, 12))


def _count(word: str) -> int | None:
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    if word == "an":
        return 1
    return COUNT_WORDS.get(word)


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _year(year: int) -> Bounds:
    return date(year, 1, 1), date(year, 12, 31)


def _month(year: int, month: int) -> Bounds:
    first = date(year, month, 1)
    return first, _month_end(first)


def _month_number(text: str) -> int:
    return MONTHS[text.rstrip(".").strip()]


def _nearest_month(month: int, anchor: Anchor) -> int:
    """The year of the latest ``month`` not after the article's date, or of the next one
    for a figure about the future."""
    year = anchor.published.year
    if anchor.future:
        return year if month >= anchor.published.month else year + 1
    return year if month <= anchor.published.month else year - 1


def point(text: str, anchor: Anchor) -> Bounds:
    """A day, a month or a year written as such ("3 March", "March 2025", "2023")."""
    m = POINT.fullmatch(text.strip())
    if m is None:
        return _OPEN
    g = m.groupdict()
    year_text = g["year"] or g["year2"] or g["year3"]
    month_text = g["month"] or g["month2"] or g["month3"]
    day_text = g["day"] or g["day2"]
    if g["year4"]:
        return _year(int(g["year4"]))
    if month_text is None:
        return _OPEN
    month = _month_number(month_text)
    year = int(year_text) if year_text else _nearest_month(month, anchor)
    if day_text is None:
        return _month(year, month)
    day = int(day_text.rstrip("stndrh"))
    try:
        when = date(year, month, day)
    except ValueError:
        return _month(year, month)
    return when, when


def _point(parts: Mapping[str, str], anchor: Anchor) -> Bounds:
    return point(parts["a"], anchor)


def _span(parts: Mapping[str, str], anchor: Anchor) -> Bounds:
    if "a5" in parts:  # "between 18 and 25 November": days of the second's month
        _, last = point(parts["b5"], anchor)
        day = int(parts["a5"].rstrip("stndrh"))
        return (last.replace(day=day) if last is not None and day <= last.day else None), last
    first, _ = point(parts["a"], anchor)
    _, last = point(parts["b"], anchor)
    if first is not None and last is not None and first > last:
        first = first - relativedelta(years=1)  # "between November and February"
    return first, last


def _since(parts: Mapping[str, str], anchor: Anchor) -> Bounds:
    if "weekday" in parts:  # "since Friday": the latest Friday, never a future one
        return _day(parts, Anchor(anchor.published))[0], anchor.published
    return point(parts["a"], Anchor(anchor.published))[0], anchor.published


def _by(parts: Mapping[str, str], anchor: Anchor) -> Bounds:
    if "a" in parts:
        return None, point(parts["a"], Anchor(anchor.published, future=True))[1]
    year = anchor.published.year
    if parts.get("unit", "").lower() == "decade":
        return None, date(year - year % 10 + 9, 12, 31)
    return None, date(year + (parts.get("rel", "").lower() == "next"), 12, 31)


def _until(parts: Mapping[str, str], anchor: Anchor) -> Bounds:
    return anchor.published, point(parts["a"], Anchor(anchor.published, future=True))[1]


def _from(parts: Mapping[str, str], anchor: Anchor) -> Bounds:
    return point(parts["a"], anchor)[0], None


def _ending(parts: Mapping[str, str], anchor: Anchor) -> Bounds:
    """ "the week to 3 March", "the three months to June", "the year to March"."""
    _, last = point(parts["a"], anchor)
    if last is None:
        return _OPEN
    unit = parts["unit"].lower().rstrip("s")
    if unit in ("week", "fortnight"):
        return last - timedelta(days=6 if unit == "week" else 13), last
    months = {"quarter": 3, "year": 12}.get(unit) or _count(parts.get("n", "1") or "1") or 1
    first = last.replace(day=1) - relativedelta(months=months - 1)
    return first, last


def _quarter(parts: Mapping[str, str], anchor: Anchor) -> Bounds:
    """ "the first quarter (of 2024)", "Q3", "the second half of last year"."""
    if "q" in parts:
        size = 3 if parts["q"][0] == "Q" else 6
        index = int(parts["q"][1])
        year_text = parts.get("qyear") or (f"20{parts['short']}" if "short" in parts else "")
    else:
        size = 3 if parts["part"].lower() == "quarter" else 6
        index = ORDINALS[parts["ord"].lower()]
        if size == 6:
            index = min(index, 2)
        year_text = parts.get("year", "")
    if size == 6 and index > 2:
        return _OPEN
    first_month = (index - 1) * size + 1
    rel = parts.get("rel", "").lower()
    if year_text:
        year = int(year_text)
    elif rel:
        year = anchor.published.year + {"last": -1, "this": 0, "next": 1}[rel]
    else:
        year = anchor.published.year
        ended = _month_end(date(year, first_month + size - 1, 1)) <= anchor.published
        if not ended and not anchor.future:
            year -= 1  # "the first quarter" in a January article: last year's
    return date(year, first_month, 1), _month_end(date(year, first_month + size - 1, 1))


def _fiscal(parts: Mapping[str, str], anchor: Anchor) -> Bounds:
    """ "2025-26", "FY25", "fiscal 2024": the financial year ending in the later year."""
    if "first" in parts:
        end_year = int(parts["first"]) + 1
    elif "fy" in parts:
        end_year = int(parts["fy"]) if len(parts["fy"]) == 4 else 2000 + int(parts["fy"])
    elif "fiscal" in parts:
        end_year = int(parts["fiscal"])
    else:
        return _OPEN  # "the financial year": which one is not written
    start = anchor.fiscal_start
    if start is None or start == 1:
        if "first" in parts:
            return date(end_year - 1, 1, 1), date(end_year, 12, 31)
        return _year(end_year)
    first = date(end_year - 1, start, 1)
    return first, first + relativedelta(years=1) - timedelta(days=1)


def _relative(parts: Mapping[str, str], anchor: Anchor) -> Bounds:
    """ "last year", "this month", "next week", "last quarter"."""
    rel = parts["rel"].lower().split()[-1]
    step = {"last": -1, "this": 0, "next": 1, "current": 0, "coming": 1}[rel]
    unit = parts["unit"].lower()
    today = anchor.published
    if unit == "year":
        return _year(today.year + step)
    if unit == "month":
        first = today.replace(day=1) + relativedelta(months=step)
        return first, _month_end(first)
    if unit == "quarter":
        first = date(today.year, (today.month - 1) // 3 * 3 + 1, 1) + relativedelta(months=3 * step)
        return first, _month_end(first + relativedelta(months=2))
    if unit == "week":
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6)
    return _OPEN


def _rolling(parts: Mapping[str, str], anchor: Anchor) -> Bounds:
    """ "the past five years", "the next 12 months", "over the past decade"."""
    n = _count(parts.get("n") or "1")
    if not n:
        return _OPEN  # "the past few years"
    unit = parts["unit"].lower().rstrip("s")
    if unit == "hour":
        return anchor.published, anchor.published
    length = (
        relativedelta(days=n * UNIT_DAYS[unit])
        if unit in UNIT_DAYS
        else relativedelta(months=n * TIME_UNITS[unit])
    )
    today = anchor.published
    if parts["rel"].lower() in ("next", "coming", "following"):
        return today, today + length
    return today - length, today


def _to_date(parts: Mapping[str, str], anchor: Anchor) -> Bounds:
    year = int(parts["year"]) if "year" in parts else anchor.published.year
    return date(year, 1, 1), anchor.published


def _day(parts: Mapping[str, str], anchor: Anchor) -> Bounds:
    """ "yesterday", "on Tuesday", "last Friday", "Tuesday, March 3"."""
    today = anchor.published
    if "a" in parts:
        return point(parts["a"], anchor)
    if "word" in parts:
        word = parts["word"].lower()
        shift = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
        when = today + timedelta(days=shift)
        return when, when
    weekday = WEEKDAYS[parts["weekday"]]
    rel = parts.get("rel", "").lower().strip()
    back = (today.weekday() - weekday) % 7
    if rel == "next" or (anchor.future and rel != "last"):
        ahead = (weekday - today.weekday()) % 7 or 7
        when = today + timedelta(days=ahead)
    else:
        when = today - timedelta(days=back or (7 if rel == "last" else 0))
    return when, when


def _vague(parts: Mapping[str, str], anchor: Anchor) -> Bounds:
    """ "late June" is June, "the end of June" its last day, "the start of the year" its
    first; "early next year", "recent months" are not certain."""
    edge = (parts.get("when") or parts.get("edge") or "").lower().split()
    if "a" in parts and POINT.fullmatch(parts["a"]):
        span = point(parts["a"], anchor)
    elif parts.get("whole", "").lower() in ("year", "month"):
        span = _relative({"rel": "this", "unit": parts["whole"]}, anchor)
    else:
        return _OPEN
    first, last = span
    if "end" in edge and last is not None:
        return last, last
    if ("start" in edge or "beginning" in edge) and first is not None:
        return first, first
    return span


def _latest(parts: Mapping[str, str], anchor: Anchor) -> Bounds:
    """ "in the quarter", "during the year", "over the half-year", "full-year": the last
    one ended by the article's date (a financial year where its country counts one); a
    forecast's is the one under way."""
    if "months" in parts:
        return _first_months(parts, anchor)
    unit = parts.get("unit", "year").lower()  # "full-year" names no unit of its own
    months = {"quarter": 3, "half-year": 6, "year": 12, "month": 1}.get(unit)
    today = anchor.published
    if months is None:  # a week
        return _relative({"rel": "this" if anchor.future else "last", "unit": unit}, anchor)
    start = (anchor.fiscal_start or 1) if unit == "year" else 1
    # The start of the unit under way: counted in whole units from the year's start month.
    offset = (today.month - start) % 12 // months * months
    current = date(today.year - (today.month < start), start, 1) + relativedelta(months=offset)
    first = current if anchor.future else current - relativedelta(months=months)
    return first, first + relativedelta(months=months) - timedelta(days=1)


def _first_months(parts: Mapping[str, str], anchor: Anchor) -> Bounds:
    """ "in the nine months" a release reports: the year's first nine, the last such run
    ended by the article's date."""
    n = _count(parts["n"])
    if n is None or not 0 < n <= 12:
        return _OPEN
    today = anchor.published
    ended = date(today.year, n, 1) + relativedelta(months=1) <= today
    first = date(today.year if ended else today.year - 1, 1, 1)
    return first, first + relativedelta(months=n) - timedelta(days=1)


def _open(parts: Mapping[str, str], anchor: Anchor) -> Bounds:
    return _OPEN


_RESOLVERS: Mapping[str, Callable[[Mapping[str, str], Anchor], Bounds]] = MappingProxyType(
    {
        "point": _point,
        "span": _span,
        "since": _since,
        "by": _by,
        "until": _until,
        "from": _from,
        "ending": _ending,
        "quarter": _quarter,
        "fiscal": _fiscal,
        "relative": _relative,
        "rolling": _rolling,
        "to_date": _to_date,
        "earlier": _open,  # resolved against the figure's main period (`shifted`)
        "day": _day,
        "vague": _vague,
        "unanchored": _open,
        "season": _open,
        "latest": _latest,
    }
)
