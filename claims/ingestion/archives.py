"""Article collections from archives: JSON Lines, JSON arrays and CSV/TSV.

Every row has the fields ``text``, ``title``, ``source``, ``published``, ``url``
(and ``author``); only ``text`` is required. A row that cannot be read is
reported with its line (or item) number and skipped; the rest are kept.
"""

from __future__ import annotations

import csv
import io
import json

from claims.ingestion.dates import normalise_published
from claims.ingestion.reading import ReadError, Reading, first_words
from claims.model import Article

COLLECTION_FIELDS = ("text", "title", "source", "published", "url", "author")
# What a JSON nesting deeper than Python's parser recurses says.
_TOO_DEEP = "invalid JSON (nested too deeply)"


def _json_type(value: object) -> str:
    """What JSON calls the type of ``value``: "a number", "an object"..."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    return "an object" if isinstance(value, dict) else "a list"


def read_jsonl(name: str, text: str) -> Reading:
    """One article per line of JSON Lines."""
    reading = Reading()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            reading.problems.append((where, f"invalid JSON ({exc.msg})"))
            continue
        except RecursionError:
            reading.problems.append((where, _TOO_DEEP))
            continue
        if not isinstance(row, dict):
            reading.problems.append((where, "not a JSON object"))
            continue
        _add_row(reading, where, row)
    return reading


def read_json(name: str, text: str) -> Reading:
    """A JSON array of article objects, or an object holding one under ``articles``."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(f"invalid JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise ReadError(_TOO_DEEP) from None
    if isinstance(document, dict):
        document = document.get("articles", [document])
    if not isinstance(document, list):
        raise ReadError("JSON holds no list of articles")
    reading = Reading()
    for number, row in enumerate(document, 1):
        where = f"{name}: item {number}"
        if isinstance(row, dict):
            _add_row(reading, where, row)
        else:
            reading.problems.append((where, "not a JSON object"))
    return reading


def read_csv(name: str, text: str) -> Reading:
    """One article per CSV row; the header names the fields, in any case and order."""
    # Spreadsheets in much of Europe export with semicolons; tab-separated files exist too.
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:65536], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "text" not in fields:
        raise ReadError("CSV has no 'text' column")
    reader.fieldnames = fields
    reading = Reading()
    while True:
        # A row is named by the line it starts on; a bad row does not move line_num on.
        where = f"{name}:{reader.line_num + 1}"
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            reading.problems.append((where, f"bad CSV ({exc})"))
            continue
        _add_row(reading, where, row)
    return reading


def _add_row(reading: Reading, where: str, row: dict[str, object]) -> None:
    text = row.get("text")
    if text is not None and not isinstance(text, str):
        # A number or an object is no article text, whatever str() makes of it.
        reading.problems.append((where, f"text is not a string but {_json_type(text)}"))
        return
    values = {
        key: str(row[key]).strip()
        for key in COLLECTION_FIELDS
        if row.get(key) not in (None, "") and str(row[key]).strip()
    }
    if "text" not in values:
        reading.problems.append((where, "no text"))
        return
    published = values.get("published")
    reading.add(
        Article(
            text=values["text"],
            title=values.get("title") or first_words(values["text"]),
            source=values.get("source"),
            # A date that cannot be read is kept as written; the ingest says so.
            published=normalise_published(published) or published,
            url=values.get("url"),
            author=values.get("author"),
        ),
        where,
    )
