"""The tracker's commands: ``claims metrics``, ``claims conflicts``, ``claims track``.

Like `claims.cli`, these only parse and print: the store and `claims.tracking` work.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from claims.store import Store
from claims.tracking.conflicts import WINDOW_DAYS
from claims.tracking.membership import Summary
from claims.tracking.metrics import Metric
from claims.tracking.trackers import Tracker, parse_words
from claims.views.metrics import (
    conflict_record,
    conflicts_text,
    disputed_record,
    listed_record,
    metrics_text,
    names_metric,
    tracker_line,
    tracker_record,
    write_records,
)

Options = Callable[[argparse.ArgumentParser], None]


def add_commands(commands: argparse._SubParsersAction, db_option: Options) -> None:
    """Add the tracker's commands to the ``claims`` parser."""
    p = commands.add_parser("metrics", help="every figure stated more than once, by metric")
    db_option(p)
    _query_option(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_metrics)

    p = commands.add_parser("conflicts", help="where sources state incompatible figures")
    db_option(p)
    p.add_argument(
        "--window",
        type=int,
        default=WINDOW_DAYS,
        metavar="DAYS",
        help=f"statements published this many days apart speak of one time (default {WINDOW_DAYS})",
    )
    _query_option(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_conflicts)

    track = commands.add_parser("track", help="hand-made trackers: add, list, remove, export")
    actions = track.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = actions.add_parser("add", help="track a figure by name and words")
    db_option(p)
    p.add_argument("name", help="what the figure is, as you want to read it")
    p.add_argument("--words", required=True, help="words that must all appear ('steel tariff')")
    p.add_argument("--unit", help="the unit it is in (percent, GBP, person...)")
    p.add_argument("--entity", help="whose figure it is")
    p.add_argument("--place", help="where it is")
    p.set_defaults(run=_track_add)
    p = actions.add_parser("list", help="the trackers")
    db_option(p)
    p.set_defaults(run=_track_list)
    p = actions.add_parser("remove", help="delete a tracker by name")
    db_option(p)
    p.add_argument("name")
    p.set_defaults(run=_track_remove)
    p = actions.add_parser("export", help="the trackers as JSON")
    db_option(p)
    p.set_defaults(run=_track_export)


def _query_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--query",
        default="",
        help="only the metrics with these words in their label, or this metric id",
    )


def _metrics(args: argparse.Namespace) -> int:
    with Store(args.db, create=False) as store:
        if args.json:
            # Written as each metric is read: a large store's whole answer is never held.
            listed = (m for m in store.listed() if _picked(args, m[0]))
            write_records((listed_record(*m) for m in listed), sys.stdout)
            return 0
        found = store.metrics(sentences=False)  # the text shows no sentence
    print(metrics_text([m for m in found if _picked(args, m)]))
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    with Store(args.db, create=False) as store:
        if args.json and args.window == WINDOW_DAYS:  # kept: written as each is read
            disputed = (c for c in store.disputed() if _picked(args, c[0]))
            write_records((disputed_record(*c) for c in disputed), sys.stdout)
            return 0
        found = [c for c in store.conflicts(window=args.window) if _picked(args, c.metric)]
    if args.json:
        write_records((conflict_record(c) for c in found), sys.stdout)
    else:
        print(conflicts_text(found))
    return 0


def _picked(args: argparse.Namespace, metric: Summary | Metric) -> bool:
    return names_metric(args.query, metric.label, metric.metric_id)


def _track_add(args: argparse.Namespace) -> int:
    words = parse_words(args.words)
    if not words:
        print("claims: error: --words needs at least one word", file=sys.stderr)
        return 2
    tracker = Tracker(args.name, words, args.unit, args.entity, args.place)
    with Store(args.db, create=False) as store:
        store.add_tracker(tracker)
        n = sum(s.claims for s in store.summaries(min_statements=1) if s.key == tracker.key)
    print(f"tracking '{args.name}': {n} claim{'s' * (n != 1)} so far")
    return 0


def _track_list(args: argparse.Namespace) -> int:
    with Store(args.db, create=False) as store:
        found = store.trackers()
    for t in found:
        print(tracker_line(t))
    if not found:
        print("(no trackers)")
    return 0


def _track_remove(args: argparse.Namespace) -> int:
    with Store(args.db, create=False) as store:
        gone = store.remove_tracker(args.name)
    if not gone:
        print(f"claims: error: no tracker called '{args.name}'", file=sys.stderr)
        return 1
    print(f"removed tracker '{args.name}'")
    return 0


def _track_export(args: argparse.Namespace) -> int:
    with Store(args.db, create=False) as store:
        print(
            json.dumps([tracker_record(t) for t in store.trackers()], ensure_ascii=False, indent=2)
        )
    return 0
