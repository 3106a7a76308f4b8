"""A generated news corpus for the ingestion benches: varied sentences with figures on
six topics, from six outlets, written as one JSONL collection. Seeded: the same count
gives the same articles on every machine and run.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUTLETS = (
    "Harbour Times",
    "Continental Wire",
    "The Meridian Post",
    "Delhi Dispatch",
    "Canberra Ledger",
    "Orbital Times",
)

# Sentence templates per topic; {n...} slots are filled with random figures.
TOPICS: dict[str, tuple[str, ...]] = {
    "tariffs": (
        "The United States will raise tariffs on {country} steel to {pct}% from {month} 1.",
        "Imports from {country} were worth ${bn} billion last year, up {pct2}% on 2023.",
        "Officials said about {k},000 jobs depended on exports to the US.",
        "Retaliatory duties of {pct2} per cent would hit {n} categories of American goods.",
        "Carmakers warned that prices could rise by as much as ${k},000 per vehicle.",
    ),
    "casualties": (
        "At least {n} people were killed and more than {k},000 injured, the ministry said.",
        "Aid agencies estimate that {k}00,000 people have been displaced since {month}.",
        "The death toll rose to {k},{n}0 on Thursday, with {n} people still missing.",
        "Rescuers from {n} countries searched {k}0 collapsed buildings overnight.",
    ),
    "space": (
        "The rocket carried {n} satellites to an orbit of about {k}00 km.",
        "The operator now has more than {k},{n}00 satellites in service.",
        "The mission cost ${bn} billion, roughly {pct}% over its original budget.",
        "Each satellite weighs about {n}0 kg and is designed to last {n2} years.",
    ),
    "budget": (
        "The government will spend £{bn} billion on defence next year, {pct2}% more than planned.",
        "Borrowing reached £{bn}.{n2} billion in {month}, the highest since records began.",
        "The chancellor set aside £{k}00m for school repairs over {n2} years.",
        "Public sector pay will rise by {pct2}.5 per cent, below inflation of {pct2}.1%.",
    ),
    "drugs": (
        "Customs officers seized {k},{n}00 kg of cocaine hidden in banana crates.",
        "The haul has an estimated street value of €{k}00 million.",
        "Police arrested {n} people in raids on {n2} addresses across the region.",
        "Seizures at the port rose {pct2}% last year to {k}0 tonnes.",
    ),
    "energy": (
        "Renewables supplied {pct}% of the country's electricity in {year}.",
        "The new wind farm will generate {k}00 MW, enough for {k}00,000 homes.",
        "Oil prices fell {pct2}% to ${k}{n2} a barrel after the producers' meeting.",
        "Gas storage was {pct}% full at the start of {month}.",
    ),
}
COUNTRIES = ("Japan", "Canada", "Mexico", "China", "Brazil", "India", "Vietnam", "Germany")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
FILLERS = (
    "Analysts said the figures were broadly in line with expectations.",
    "The announcement drew criticism from opposition politicians.",
    "Officials declined to comment further on Tuesday.",
    "Markets reacted calmly to the news.",
)


def article(rng: random.Random, index: int) -> dict[str, str]:
    """One generated article: a headline and 5 to 9 sentences on one topic."""
    topic = rng.choice(list(TOPICS))

    def fill(template: str) -> str:
        return template.format(
            n=rng.randint(2, 9),
            n2=rng.randint(2, 9),
            k=rng.randint(1, 9),
            pct=rng.randint(10, 95),
            pct2=rng.randint(2, 30),
            bn=rng.randint(2, 300),
            year=rng.randint(2019, 2025),
            country=rng.choice(COUNTRIES),
            month=rng.choice(MONTHS),
        )

    sentences = [fill(rng.choice(TOPICS[topic])) for _ in range(rng.randint(4, 7))]
    sentences += rng.sample(FILLERS, 2)
    rng.shuffle(sentences)
    paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
    return {
        "title": f"Report {index}: {topic} figures",
        "text": "\n\n".join(paragraphs),
        "source": rng.choice(OUTLETS),
        "published": f"2025-{rng.randint(1, 7):02d}-{rng.randint(1, 28):02d}",
    }


def write_corpus(path: Path, count: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for index in range(count):
            out.write(json.dumps(article(rng, index)) + "\n")
