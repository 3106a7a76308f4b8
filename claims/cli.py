"""The ``claims`` command line: parses arguments and prints; the library does the work.

Every user mistake ends as one line on stderr, ``claims: error: ...``, and a
non-zero exit status; never a traceback.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

import pandas as pd
from tqdm import tqdm

from claims.cli_track import add_commands as add_tracker_commands
from claims.extraction.pipeline import Explained
from claims.ingestion.addresses import (
    PRIVATE_URLS_CHOICES,
    PRIVATE_URLS_ENV,
    private_urls_allowed,
)
from claims.ingestion.batch import TIME_LIMIT
from claims.ingestion.engines import DaskEngine, Engine, EngineError, LocalEngine
from claims.ingestion.fetch import FetchError
from claims.ingestion.ingest import ReadError, explain_reading, ingest, read_input
from claims.ingestion.reextract import reextract
from claims.model import Claim
from claims.store import Store, StoreError, default_db_path
from claims.tracking.alerts import changes
from claims.views.choices import UnknownChoice, resolve
from claims.views.export import FORMATS, ExportError, format_for, write_export
from claims.views.filters import FACETS, NO_UNIT, filter_claims
from claims.views.query import options as stored_options
from claims.views.words import count_of

PROG = "claims"

# Where extraction runs (`--engine`).
ENGINES = ("local", "dask")

# Columns of `claims extract`'s table: (header, how to show a claim), in order.
TABLE_COLUMNS: tuple[tuple[str, Callable[[Claim], str]], ...] = (
    ("surface", lambda c: c.surface),
    ("value", lambda c: _number(c.value)),
    ("unit", lambda c: c.unit or ""),
    ("kind", lambda c: c.kind),
    ("qualifier", lambda c: c.qualifier or ""),
    ("measured", lambda c: c.measured or ""),
)
# Columns `claims extract --context` adds: whose figure, where, when, who says so, and
# whether it is a fact, a forecast, an estimate, a target or a scenario.
CONTEXT_COLUMNS: tuple[tuple[str, Callable[[Claim], str]], ...] = (
    ("entity", lambda c: c.entity or ""),
    ("place", lambda c: c.place or ""),
    ("period", lambda c: c.period or ""),
    ("says", lambda c: c.attributed_to or ""),
    ("statement", lambda c: c.statement),
)
_MAX_CELL = 40

# FilterState list field -> the claims-frame column it filters.
FACET_COLUMNS = {name: column for name, column, _, _ in FACETS}
# The list filters of `claims export`: option, FilterState field, help.
EXPORT_LISTS = (
    ("--kind", "kinds", "keep this kind: currency, count, percentage… (repeatable)"),
    ("--unit", "units", "keep this unit: USD, person, percent… (repeatable)"),
    ("--source", "sources", "keep this outlet (repeatable)"),
    ("--qualifier", "qualifiers", "keep this hedge: about, more than, up to, none… (repeatable)"),
    ("--statement", "statements", "keep fact, forecast, estimate, target or hypothetical"),
    (
        "--attributed-to",
        "attributed",
        "keep figures this speaker gives; 'none' for the article's own",
    ),
)

EXAMPLES = """examples:
  claims ingest data/sample/ https://example.com/feed.rss --jobs 2
  claims ingest pasted-page.txt --source "The National" --date 2025-07-08
  pbpaste | claims ingest - --date 2025-07-08
  claims extract article.html --json
  claims export --kind currency --since 2025-01-01 -o money.csv
  claims stats --json
  claims ingest big-folder/ --engine dask --scheduler tcp://scheduler.example:8786
  claims reextract --jobs 2"""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, in the same form as every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{PROG}: error: {message}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``claims`` command; returns the exit status (never raises ``SystemExit``)."""
    try:
        parser = _parser()
        args = parser.parse_args(argv)
        if "engine" in args:
            _check_engine_options(parser, args)
    except SystemExit as exc:  # --help, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else 2
    if args.command is None:  # plain `claims`: say what it can do
        parser.print_help()
        return 0
    try:
        return args.run(args)
    except (StoreError, ReadError, FetchError, EngineError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`claims export | head`): stop quietly, and point
        # stdout at /dev/null so the interpreter's final flush does not fail too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Track the numeric claims in news articles.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = commands.add_parser("ingest", help="read articles, extract their claims, store both")
    p.add_argument(
        "inputs", nargs="+", metavar="PATH_OR_URL", help="files, folders, http(s) URLs, - for stdin"
    )
    _db_option(p)
    p.add_argument("--source", help="outlet name for articles that do not say")
    p.add_argument(
        "--date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="publication date for articles that do not say; '3 days ago' counts back from it",
    )
    _private_urls_option(p)
    _engine_options(p)
    p.set_defaults(run=_ingest)

    p = commands.add_parser("extract", help="print the claims of one file or URL, store nothing")
    p.add_argument("file", metavar="FILE_OR_URL", help="a file, an http(s) URL, or - for stdin")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument(
        "--date", type=_date, metavar="YYYY-MM-DD", help="publication date if the file has none"
    )
    p.add_argument(
        "--explain", action="store_true", help="name the rule that decided each field of each claim"
    )
    p.add_argument(
        "--context",
        action="store_true",
        help="add whose figure, where, when, who says so and the kind of statement to the table",
    )
    _private_urls_option(p)
    p.set_defaults(run=_extract)

    p = commands.add_parser("export", help="write the stored claims as CSV, JSON Lines or Parquet")
    _db_option(p)
    p.add_argument("--format", choices=FORMATS, help="default: from -o's suffix, else csv")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    for option, _, help_text in EXPORT_LISTS:
        p.add_argument(option, action="append", default=[], metavar="VALUE", help=help_text)
    p.add_argument("--min", type=float, metavar="N", help="keep values of at least N")
    p.add_argument("--max", type=float, metavar="N", help="keep values of at most N")
    p.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="published on or after")
    p.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="published on or before")
    p.add_argument("--query", default="", help="text to find in what is measured or the sentence")
    p.set_defaults(run=_export)

    add_tracker_commands(commands, _db_option)

    p = commands.add_parser("stats", help="what the database holds")
    _db_option(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_stats)

    p = commands.add_parser(
        "reextract", help="read stored articles again with this version of the extractor"
    )
    _db_option(p)
    p.add_argument(
        "--all", action="store_true", help="every article, not only those an older version read"
    )
    _engine_options(p)
    p.set_defaults(run=_reextract)
    return parser


def _private_urls_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--private-urls",
        choices=PRIVATE_URLS_CHOICES,
        default="allow" if private_urls_allowed(default=True) else "refuse",
        help="whether URLs and their redirects may reach loopback, private, link-local or "
        f"reserved addresses (default: ${PRIVATE_URLS_ENV}, else allow)",
    )


def _engine_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="where extraction runs: processes on this machine, or a Dask cluster",
    )
    parser.add_argument(
        "--jobs", type=_jobs, metavar="N", help="local engine: extract in N processes (default 1)"
    )
    cluster = parser.add_mutually_exclusive_group()
    cluster.add_argument(
        "--scheduler", metavar="ADDRESS", help="dask engine: a running scheduler (tcp://host:8786)"
    )
    cluster.add_argument(
        "--workers",
        type=_jobs,
        metavar="N",
        help="dask engine: start a local cluster of N processes (default: one per core)",
    )
    parser.add_argument(
        "--time-limit",
        type=_seconds,
        default=TIME_LIMIT,
        metavar="SECONDS",
        help=f"report an article as failed after this long (default {TIME_LIMIT:g})",
    )


def _check_engine_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.engine == "dask" and args.jobs is not None:
        parser.error("--jobs is for the local engine; the dask engine takes --workers")
    if args.engine == "local" and (args.scheduler or args.workers):
        parser.error("--scheduler and --workers need --engine dask")


def _engine(args: argparse.Namespace) -> Engine:
    if args.engine == "dask":
        return DaskEngine(scheduler=args.scheduler, workers=args.workers)
    return LocalEngine(args.jobs or 1)


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="FILE",
        help="database file (default: $CLAIMS_DB, else data/claims.db in the current folder)",
    )


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad date {text!r} (expected YYYY-MM-DD)") from None


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"bad number of jobs {text!r} (expected 1 or more)")
    return int(text)


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not seconds > 0 or math.isinf(seconds):
        raise argparse.ArgumentTypeError(f"bad time limit {text!r} (expected seconds, above 0)")
    return seconds


def _fail(message: str) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 1


def _ingest(args: argparse.Namespace) -> int:
    path = _db_path(args)
    new = not path.exists()
    with Store(path) as store, ProgressBar(sys.stderr) as bar:
        before = store.snapshot()
        report = ingest(
            args.inputs,
            store,
            source=args.source,
            date=args.date,
            engine=_engine(args),
            time_limit=args.time_limit,
            allow_private=args.private_urls == "allow",
            progress=bar,
        )
        moved = changes(before, store.snapshot()) if report.added else []
    _print_problems(report.failed, report.notes + report.not_read)
    # Which store was written: the default one follows the current folder.
    print(f"{report.summary()} (store: {path.resolve()}{', new' if new else ''})")
    for line in moved:
        print(line)
    return 0 if report.ok else 1


def _extract(args: argparse.Namespace) -> int:
    try:
        reading = read_input(args.file, date=args.date, allow_private=args.private_urls == "allow")
    except (ReadError, FetchError) as exc:
        return _fail(f"{args.file}: {exc}")
    found = explain_reading(args.file, reading)
    results = found.articles
    if args.json:
        payload = [
            {
                "title": a.title,
                "source": a.source,
                "published": a.published,
                "url": a.url,
                "claims": [_claim_json(e, rules=args.explain) for e in explained],
            }
            for a, explained in results
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for index, (article, explained) in enumerate(results):
            if index:
                print()
            print(_heading(article.title, article.source, article.published))
            claims = [e.claim for e in explained]
            columns = TABLE_COLUMNS + CONTEXT_COLUMNS if args.context else TABLE_COLUMNS
            print(_explanations(explained) if args.explain else _table(claims, columns))
    _print_problems(found.failed, found.notes)
    return 1 if found.failed else 0


def _export(args: argparse.Namespace) -> int:
    try:
        fmt = format_for(args.output, args.format)
    except ExportError as exc:
        return _fail(str(exc))
    if fmt in ("parquet", "xlsx") and args.output is None and sys.stdout.isatty():
        return _fail(f"{fmt} is binary: give -o FILE")
    with Store(args.db, create=False) as store:
        try:
            chosen = {
                name: resolve(
                    stored_options(store.conn, FACET_COLUMNS[name]),
                    name,
                    getattr(args, option[2:].replace("-", "_")),
                    option,
                )
                for option, name, _ in EXPORT_LISTS
            }
        except UnknownChoice as exc:
            return _fail(str(exc))
        low, high = args.min, args.max
        value_range = None
        if low is not None or high is not None:
            value_range = (-math.inf if low is None else low, math.inf if high is None else high)
        settings = dict(
            chosen, value_range=value_range, since=args.since, until=args.until, query=args.query
        )
        written = _Written()
        # Batch by batch: the store is never read whole, however many claims it holds.
        batches = (written.count(filter_claims(b, **settings)) for b in store.claim_batches())
        if args.output is None:
            sys.stdout.flush()
            write_export(batches, fmt, sys.stdout.buffer, bom=False)
            sys.stdout.buffer.flush()
        else:
            try:
                with open(args.output, "wb") as out:
                    write_export(batches, fmt, out)
            except OSError as exc:
                return _fail(f"cannot write {args.output}: {exc.strerror or exc}")
    units = written.units
    if value_range is not None and len(units) > 1:
        print(
            f"{PROG}: warning: --min/--max compare values in {len(units)} different units "
            f"({', '.join(sorted(units)[:5])}{', …' if len(units) > 5 else ''}); "
            "add --unit to compare like with like",
            file=sys.stderr,
        )
    if args.output is not None:
        print(f"{count_of(written.rows, 'claim')} written to {args.output}", file=sys.stderr)
    return 0


class _Written:
    """What an export has written so far: how many claims, in which units."""

    def __init__(self) -> None:
        self.rows = 0
        self.units: set[str] = set()

    def count(self, frame: pd.DataFrame) -> pd.DataFrame:
        self.rows += len(frame)
        self.units.update(str(u) for u in frame["unit"].fillna(NO_UNIT).unique())
        return frame


def _stats(args: argparse.Namespace) -> int:
    with Store(args.db, create=False) as store:
        stats = store.stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False))
        return 0
    kinds = ", ".join(f"{kind} {n}" for kind, n in stats["kinds"].items())
    print(f"articles: {stats['articles']}")
    print(f"claims: {stats['claims']}")
    print(f"sources: {', '.join(stats['sources'])}")
    print(f"kinds: {kinds}")
    print(f"published: {stats['first_published'] or '-'} .. {stats['last_published'] or '-'}")
    print(f"extractor versions: {', '.join(stats['extractor_versions']) or '-'}")
    return 0


def _reextract(args: argparse.Namespace) -> int:
    with Store(args.db, create=False) as store, ProgressBar(sys.stderr) as bar:
        report = reextract(
            store, every=args.all, engine=_engine(args), time_limit=args.time_limit, progress=bar
        )
    _print_problems(report.failed, report.notes)
    print(f"{report.summary()} (store: {_db_path(args).resolve()})")
    return 0 if report.ok else 1


def _db_path(args: argparse.Namespace) -> Path:
    """The database file a command uses: ``--db``, else ``$CLAIMS_DB``, else the default."""
    return Path(args.db) if args.db else default_db_path()


def _print_problems(failed: list[tuple[str, str]], notes: list[tuple[str, str]]) -> None:
    """One line on stderr per input that failed and per note on what was read."""
    for name, reason in failed:
        print(f"{PROG}: error: {name}: {reason}", file=sys.stderr)
    for name, note in notes:
        print(f"{PROG}: warning: {name}: {note}", file=sys.stderr)


def _heading(title: str | None, source: str | None, published: str | None) -> str:
    meta = ", ".join(part for part in (source, published) if part)
    return f"== {title or '(untitled)'}" + (f" ({meta})" if meta else "") + " =="


def _claim_json(explained: Explained, *, rules: bool) -> dict[str, object]:
    record = explained.claim.to_dict()
    return {**record, "rules": dict(explained.rules)} if rules else record


def _explanations(explained: list[Explained]) -> str:
    """Each claim, then each field with its value and the rule that decided it."""
    if not explained:
        return "(no claims)"
    blocks = []
    for e in explained:
        lines = [e.claim.surface]
        for name, rule in e.rules.items():
            lines.append(f"  {name:<10} {_clip(_field_value(e.claim, name)):<28} {rule}")
        blocks.append("\n".join(line.rstrip() for line in lines))
    return "\n\n".join(blocks)


def _field_value(claim: Claim, name: str) -> str:
    if name == "claim":
        return "yes"
    if name == "value" and claim.low is not None:
        return f"{_number(claim.low)} to {_number(claim.high or claim.low)}"
    value = getattr(claim, name)
    return _number(value) if isinstance(value, float) else "-" if value is None else str(value)


def _table(claims: list[Claim], columns: tuple[tuple[str, Callable[[Claim], str]], ...]) -> str:
    """The claims as an aligned plain-text table; ``(no claims)`` when there are none."""
    if not claims:
        return "(no claims)"
    rows = [[header for header, _ in columns]]
    rows += [[_clip(show(claim)) for _, show in columns] for claim in claims]
    widths = [max(len(row[i]) for row in rows) for i in range(len(columns))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _number(value: float) -> str:
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}"


class _Bar(tqdm):
    """tqdm without its monitor thread, so ``--jobs`` can still fork its workers safely."""

    monitor_interval = 0


class ProgressBar:
    """A tqdm bar on a terminal, nothing otherwise; used as the ``progress`` callback."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.bar: tqdm | None = None

    def __call__(self, done: int, total: int) -> None:
        if not self.stream.isatty():
            return
        if self.bar is None:
            self.bar = _Bar(total=total, unit="article", file=self.stream, leave=False)
        self.bar.update(done - self.bar.n)
        if done >= total:
            self.bar.refresh()  # tqdm throttles redraws; the finished bar must show

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.close()
