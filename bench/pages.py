"""How many articles `split_page` recovers from scraped aggregator pages, and how well.

The pages in ``bench/pages/dev/`` and ``bench/pages/unseen/`` were written for this bench
in the layouts news aggregators print (a main article, page furniture, then teasers from
other outlets introduced by outlet and time in several arrangements), with every page's
articles written down in its set's ``gold.json`` before the splitter was run on it:
each article's outlet, publication time (resolved against 8 July 2025 12:00 UTC), title
and the sentences its body must hold, and per page the strings of page chrome that no
article may hold. ``unseen/`` was held out until the splitter's changes were done.

An article is recovered when one split article holds the first of its sentences (each
split article is credited once). Among recovered articles: the outlet and title must be
equal, the time must start with the gold's (a printed date with a clock time is right
to its day), and the body right: all its own sentences, none of another article's
sentences or title, no chrome. "spurious" counts split articles that are no gold article.

Run from the project root: ``python bench/pages.py [--set dev|unseen|all] [--show]``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "bench" / "pages"
sys.path.insert(0, str(ROOT))  # score this checkout's claims, not an installed copy

from claims.ingestion.dates import Reference  # noqa: E402
from claims.ingestion.pagesplit import split_page  # noqa: E402
from claims.model import Article  # noqa: E402

AT_NOON = Reference.at(datetime.datetime(2025, 7, 8, 12, 0, tzinfo=datetime.UTC))
SOURCE = "Pasted Source"  # what `claims ingest --source` gives the main article


@dataclass
class Tally:
    expected: int = 0
    recovered: int = 0
    outlet: int = 0
    published: int = 0
    title: int = 0
    body: int = 0
    whole: int = 0
    spurious: int = 0

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def load(name: str) -> tuple[dict[str, str], dict[str, Any]]:
    """The pages of set ``name`` by slug, and their gold."""
    folder = PAGES / name
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    pages = {slug: (folder / f"{slug}.txt").read_text(encoding="utf-8") for slug in gold}
    return pages, gold


def score_page(page: str, gold: dict[str, Any], errors: list[str]) -> Tally:
    """The tally of one page against its gold; each miss is appended to ``errors``."""
    articles = split_page(page, title=None, source=SOURCE, reference=AT_NOON)
    tally = Tally(expected=len(gold["articles"]))
    used: set[int] = set()
    for want in gold["articles"]:
        found = next(
            (
                i
                for i, article in enumerate(articles)
                if i not in used and want["has"][0] in article.text
            ),
            None,
        )
        if found is None:
            errors.append(f"lost: {want['title']!r}")
            continue
        used.add(found)
        others = [
            s
            for other in gold["articles"]
            if other is not want
            for s in [other["title"], *other["has"]]
        ]
        checks = _checks(articles[found], want, others + gold["chrome"])
        tally.recovered += 1
        tally.outlet += checks["outlet"]
        tally.published += checks["published"]
        tally.title += checks["title"]
        tally.body += checks["body"]
        tally.whole += all(checks.values())
        errors.extend(
            f"{field} of {want['title']!r}: {_shown(articles[found], field)}"
            for field, right in checks.items()
            if not right
        )
    spurious = [a for i, a in enumerate(articles) if i not in used]
    tally.spurious = len(spurious)
    errors.extend(f"spurious: {a.title!r} ({a.source})" for a in spurious)
    return tally


def _checks(article: Article, want: dict[str, Any], foreign: list[str]) -> dict[str, bool]:
    text = article.text
    published = want["published"]
    return {
        "outlet": article.source == want["source"],
        "published": (
            article.published is None
            if published is None
            else (article.published or "").startswith(published)
        ),
        "title": article.title == want["title"],
        "body": all(s in text for s in want["has"]) and not any(s in text for s in foreign),
    }


def _shown(article: Article, field: str) -> str:
    if field == "outlet":
        return repr(article.source)
    if field == "published":
        return repr(article.published)
    if field == "title":
        return repr(article.title)
    return repr(article.text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["dev", "unseen", "all"], default="dev")
    parser.add_argument("--show", action="store_true", help="print every miss")
    args = parser.parse_args()
    names = ["dev", "unseen"] if args.set == "all" else [args.set]
    print(
        "set     page                         articles  recov  outlet  time  title  body"
        "  whole  spurious"
    )
    for name in names:
        pages, gold = load(name)
        total = Tally()
        for slug, page in pages.items():
            errors: list[str] = []
            tally = score_page(page, gold[slug], errors)
            total.add(tally)
            _row(name, slug, tally)
            if args.show:
                for error in errors:
                    print(f"    {error}")
        _row(name, "TOTAL", total)


def _row(name: str, slug: str, t: Tally) -> None:
    print(
        f"{name:<7} {slug:<28} {t.expected:>8} {t.recovered:>6} {t.outlet:>7} {t.published:>5}"
        f" {t.title:>6} {t.body:>5} {t.whole:>6} {t.spurious:>9}"
    )


if __name__ == "__main__":
    main()
