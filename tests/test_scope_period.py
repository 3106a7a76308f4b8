"""The period of a figure (claims/extraction/scope/period.py, times.py, bounds.py).

Rows are ``(sentence, figure, others, expected)``: ``expected`` is ``(period as written,
ISO start, ISO end)`` or ``None``, read in an article published on 2025-06-04 (a
Wednesday); ``others`` are the sentence's other figures.
"""

from __future__ import annotations

import pytest

from tests.scope_rows import scope, xfail

PERIODS = [
    # "full-year" before a noun is the year under way for a forecast, else the last one
    # ended; "a full year of data" is no period.
    (
        "The company expects full-year output of 12,000 tonnes.",
        "12,000 tonnes",
        (),
        ("full-year", "2025-01-01", "2025-12-31"),
    ),
    (
        "The group kept its full-year forecast of a margin between 8% and 9%.",
        "between 8% and 9%",
        (),
        ("full-year", "2025-01-01", "2025-12-31"),
    ),
    (
        "Full-year profit rose 8% to $2 billion.",
        "8%",
        (),
        ("Full-year", "2024-01-01", "2024-12-31"),
    ),
    ("A full year of data shows growth of 5%.", "5%", (), None),
    # A figure whose own verb is in the present holds now: a past time dating another
    # clause's verb is not its period ("grew 400,000 tonnes last year and supplies a
    # quarter"); the past clause's own figure keeps it.
    (
        "Kenya grew 400,000 tonnes of tea last year and supplies a quarter of the world's exports.",
        "a quarter",
        ("400,000 tonnes",),
        None,
    ),
    (
        "Kenya grew 400,000 tonnes of tea last year and supplies a quarter of the world's exports.",
        "400,000 tonnes",
        ("a quarter",),
        ("last year", "2024-01-01", "2024-12-31"),
    ),
    (
        "Norway has about 900,000 sheep, and it exported fish worth NOK 150 billion in 2024.",
        "900,000 sheep",
        ("NOK 150 billion",),
        None,
    ),
    (
        "Norway has about 900,000 sheep, and it exported fish worth NOK 150 billion in 2024.",
        "NOK 150 billion",
        ("900,000 sheep",),
        ("2024", "2024-01-01", "2024-12-31"),
    ),
    ("Rents rose 8% last year and now average $900 a month.", "$900", ("8%",), None),
    (
        "Rents rose 8% last year and now average $900 a month.",
        "8%",
        ("$900",),
        ("last year", "2024-01-01", "2024-12-31"),
    ),
    (
        "Kenya exported 400,000 tonnes of tea last year and earned $1.2 billion.",
        "$1.2 billion",
        ("400,000 tonnes",),
        ("last year", "2024-01-01", "2024-12-31"),
    ),
    # A figure in an aside set off by commas between a subject and its verb tells what
    # the subject is or has ("Kosovo, with about 1.6 million residents, received ...
    # last summer"): the main clause's time dates the verb, not that state. A time inside
    # the aside, a past act in it, and an aside after the verb keep their time.
    (
        "Kosovo, with about 1.6 million residents, received some 500,000 visitors from its "
        "diaspora last summer, many of whom flew into Pristina.",
        "about 1.6 million residents",
        ("some 500,000 visitors",),
        None,
    ),
    (
        "Baiji, 200 km north of Baghdad, was Iraq's largest refinery before Islamic State "
        "fighters overran it in 2014.",
        "200 km",
        (),
        None,
    ),
    (
        "Wild Horses, a carbon racer of 52 feet skippered by Boston businessman Tom Whitcombe, "
        "58, covered the race in 3 hours on Wednesday.",
        "52 feet",
        ("3 hours",),
        None,
    ),
    ("Valmora, a port town of 48,000 people, was flooded on Tuesday.", "48,000 people", (), None),
    ("The Osun ferry, with room for 300 passengers, sank on Sunday.", "300 passengers", (), None),
    (
        "Profit rose to $5 billion, a record 12% gain, in 2024.",
        "12%",
        ("$5 billion",),
        ("2024", "2024-01-01", "2024-12-31"),
    ),
    (
        "The 2025 budget of $4 billion was approved on Friday.",
        "$4 billion",
        (),
        ("2025", "2025-01-01", "2025-12-31"),
    ),
    (
        "In March, 1,200 people were displaced.",
        "1,200 people",
        (),
        ("March", "2025-03-01", "2025-03-31"),
    ),
    (
        "The reservoir, which holds 1.7 billion cubic metres, fell to 41% last week.",
        "41%",
        ("1.7 billion cubic metres",),
        ("last week", "2025-05-26", "2025-06-01"),
    ),
    (
        "Sales at the firm, which employs 900 people, rose 4% in 2024.",
        "4%",
        ("900 people",),
        ("2024", "2024-01-01", "2024-12-31"),
    ),
    (
        "The cooperative, which sold 3,000 tonnes of cocoa in 2024, counts 650 farmers.",
        "3,000 tonnes",
        ("650 farmers",),
        ("2024", "2024-01-01", "2024-12-31"),
    ),
    (
        "A fleet of 112 boats started the regatta on Friday.",
        "112 boats",
        (),
        ("Friday", "2025-05-30", "2025-05-30"),
    ),
    # A calendar year, named or relative to the publication date.
    ("Prices rose 3% last year.", "3%", (), ("last year", "2024-01-01", "2024-12-31")),
    ("Exports fell 4% this year.", "4%", (), ("this year", "2025-01-01", "2025-12-31")),
    ("Growth will slow to 1% next year.", "1%", (), ("next year", "2026-01-01", "2026-12-31")),
    ("In 2023, the firm sold 2m cars.", "2m", (), ("2023", "2023-01-01", "2023-12-31")),
    ("The firm sold 2m cars in 2023.", "2m", (), ("2023", "2023-01-01", "2023-12-31")),
    # A quarter written as an adjective ("first-quarter profit").
    (
        "Its first-quarter profit rose 12% to $40 million.",
        "12%",
        (),
        ("first-quarter", "2025-01-01", "2025-03-31"),
    ),
    (
        "The bank's fourth-quarter revenue fell 3%.",
        "3%",
        (),
        ("fourth-quarter", "2024-10-01", "2024-12-31"),
    ),
    ("The central bank made a quarter-point cut of 0.25%.", "0.25%", (), None),
    # Months: the latest one not after publication for a past figure, the next for a future one.
    ("Sales rose 5% in March.", "5%", (), ("March", "2025-03-01", "2025-03-31")),
    ("Sales rose 5% in August.", "5%", (), ("August", "2024-08-01", "2024-08-31")),
    ("Sales will rise 5% in August.", "5%", (), ("August", "2025-08-01", "2025-08-31")),
    ("Sales rose 5% in March 2023.", "5%", (), ("March 2023", "2023-03-01", "2023-03-31")),
    ("Sales rose 5% last month.", "5%", (), ("last month", "2025-05-01", "2025-05-31")),
    # Two figures, two times: each takes its own ("rose 3% in March from 2% in February").
    (
        "Inflation rose to 3% in March from 2% in February.",
        "3%",
        ("2%",),
        ("March", "2025-03-01", "2025-03-31"),
    ),
    (
        "Inflation rose to 3% in March from 2% in February.",
        "2%",
        ("3%",),
        ("February", "2025-02-01", "2025-02-28"),
    ),
    # A "when" clause holding the figure is at the time it hangs on, even a record's.
    (
        "The floods are the worst since June 2022, when more than 100 people died.",
        "more than 100 people",
        (),
        ("June 2022", "2022-06-01", "2022-06-30"),
    ),
    (
        "It was the deadliest quake since 2015, when 9,000 people were killed.",
        "9,000 people",
        (),
        ("2015", "2015-01-01", "2015-12-31"),
    ),
    (
        "In March, when 40 people were arrested, the protests grew.",
        "40 people",
        (),
        ("March", "2025-03-01", "2025-03-31"),
    ),
    # A time inside a comparison's base is the base's, not the figure's.
    (
        "About 800,000 people remain stranded, down from more than two million at the peak "
        "last week.",
        "About 800,000 people",
        ("more than two million",),
        None,
    ),
    (
        "About 800,000 people remain stranded, down from more than two million at the peak "
        "last week.",
        "more than two million",
        ("About 800,000 people",),
        ("last week", "2025-05-26", "2025-06-01"),
    ),
    # The base of a change with no time of its own is the level before it, not of the
    # change's time; a base with its own time keeps it.
    (
        "From October, drivers will pay a toll of $4, up from $3, the agency said.",
        "$3",
        ("$4",),
        None,
    ),
    (
        "Forecasters expect the share to reach 40% by 2040, up from 22% now.",
        "22%",
        ("40%",),
        None,
    ),
    (
        "Forecasters expect the share to reach 40% by 2040, up from 22% now.",
        "40%",
        ("22%",),
        ("by 2040", None, "2040-12-31"),
    ),
    (
        "The toll rose to $4 in May, up from $3 in 2023.",
        "$3",
        ("$4",),
        ("2023", "2023-01-01", "2023-12-31"),
    ),
    # ... also a base after "from" ("from 16.1% to 18.1%", "to 15% from 10%"): the date
    # the change starts or happens on ("from January 2027", "in January") is the change's,
    # not the level's before it; a base with its own time ("from 4% in February" after
    # the change's "in March", "from 6% a year earlier") keeps it.
    (
        "Under the plan, the combined contribution rate will rise from 16.1% to 18.1% of "
        "insurable earnings from January 2027.",
        "16.1%",
        ("18.1%",),
        None,
    ),
    (
        "The government will raise the export tax on raw nuts to 15% from 10% in January.",
        "10%",
        ("15%",),
        None,
    ),
    (
        "Banjul itself shrank, to 28,200 people from 31,300.",
        "31,300",
        ("28,200 people",),
        None,
    ),
    ("The port will cut its fee from $120 to $90 on Friday.", "$120", ("$90",), None),
    ("The bank raised its key rate to 6% from 5.5% last week.", "5.5%", ("6%",), None),
    (
        "The bank will cut its fee from $120 to $90 on Friday.",
        "$90",
        ("$120",),
        ("Friday", "2025-06-06", "2025-06-06"),
    ),
    (
        "The finance ministry cut its growth forecast for this year to 1.2% from 3.3%.",
        "3.3%",
        ("1.2%",),
        ("this year", "2025-01-01", "2025-12-31"),
    ),
    (
        "Among pupils in their first school year the rate has risen to 28% from 22% in 2010.",
        "22%",
        ("28%",),
        ("2010", "2010-01-01", "2010-12-31"),
    ),
    (
        "Tariffs on imported steel rose from 25% to 50% on Wednesday.",
        "25%",
        ("50%",),
        None,
    ),
    (
        "The government aims to cut public debt to below 80% of GDP by June 2027, from about "
        "85% now.",
        "about 85%",
        ("80%",),
        None,
    ),
    (
        "Data centres could consume 20% of the country's electricity by 2035, up from about 4% "
        "now.",
        "4%",
        ("20%",),
        None,
    ),
    (
        "He finished on 9 points from 13 games on Sunday.",
        "13 games",
        ("9 points",),
        ("Sunday", "2025-06-01", "2025-06-01"),
    ),
    (
        "Inflation rose to 5% in March from 4% in February.",
        "4%",
        ("5%",),
        ("February", "2025-02-01", "2025-02-28"),
    ),
    # Spans and open spans.
    (
        "Sales rose 5% between April and June.",
        "5%",
        (),
        ("between April and June", "2025-04-01", "2025-06-30"),
    ),
    # A figure's last word ending in a preposition's letters ("billion", "million") is no
    # preposition of the time after it: "billion between" is not "on between".
    (
        "Tax receipts reached €91.4 billion between January and October, a rise of 8.9%.",
        "€91.4 billion",
        ("8.9%",),
        ("between January and October", "2024-01-01", "2024-10-31"),
    ),
    (
        "Exports were worth $2.7 billion between January and March, down from $2.9 billion.",
        "$2.7 billion",
        ("$2.9 billion",),
        ("between January and March", "2025-01-01", "2025-03-31"),
    ),
    (
        "Sales were $4.1 million in May, down from $3.6 million a year earlier.",
        "$3.6 million",
        ("$4.1 million",),
        ("a year earlier", "2024-05-01", "2024-05-31"),
    ),
    # A count of months a release reports, told without its end ("in the nine months"):
    # the year's first months, the last such run ended by the article's date.
    (
        "Exports rose 4% to 30 million boxes in the five months, the association said.",
        "4%",
        ("30 million boxes",),
        ("the five months", "2025-01-01", "2025-05-31"),
    ),
    (
        "Income tax brought in €12 billion in the four months.",
        "€12 billion",
        (),
        ("the four months", "2025-01-01", "2025-04-30"),
    ),
    (
        "Arrivals fell 8% in the first five months.",
        "8%",
        (),
        ("the first five months", "2025-01-01", "2025-05-31"),
    ),
    ("Prices have risen 20% in the six months since the war began.", "20%", (), None),
    # "the full year", "the whole year": the year under way for a forecast, else the last.
    (
        "The company expects revenue of $2 billion for the full year.",
        "$2 billion",
        (),
        ("the full year", "2025-01-01", "2025-12-31"),
    ),
    (
        "Profit for the whole year was $40 million.",
        "$40 million",
        (),
        ("the whole year", "2024-01-01", "2024-12-31"),
    ),
    # "the year before", "the month before": a base counted back from the main figure's time.
    (
        "It earned $390 million in 2024, down from $560 million the year before.",
        "$560 million",
        ("$390 million",),
        ("the year before", "2023-01-01", "2023-12-31"),
    ),
    (
        "Sales were 40,000 cars in March, against 52,000 the month before.",
        "52,000",
        ("40,000 cars",),
        ("the month before", "2025-02-01", "2025-02-28"),
    ),
    # The day a statement was made, written right after its saying verb, dates no figure
    # of what was said, however the parse hangs it ("said on Thursday its third-quarter
    # profit rose 12%").
    (
        "Swedish operator Nordvik Telecom said on Thursday its third-quarter net profit rose "
        "12% to 3.36 billion kronor.",
        "12%",
        ("3.36 billion kronor",),
        ("third-quarter", "2024-07-01", "2024-09-30"),
    ),
    (
        "Danish brewer Holm Bryg said on Tuesday its net profit rose 8% to 2.1 billion crowns.",
        "8%",
        ("2.1 billion crowns",),
        None,
    ),
    # A time inside a condition or a clause of its own that the figure is not in dates
    # that clause, not the figure ("If prices do not recover by March, half ...", "rules
    # the central bank set in January").
    ("If prices do not recover by March, half of our members will plant cloves.", "half", (), None),
    ("Unless rain falls by June, farmers will lose 30% of the crop.", "30%", (), None),
    (
        "Farmers must be paid at least 70% in dollars under rules the central bank set in January.",
        "at least 70%",
        (),
        None,
    ),
    (
        "Exporters fear that rules which take effect on 30 December could shut out up to 40% "
        "of the crop.",
        "up to 40%",
        (),
        None,
    ),
    ("Prices rose 5% in March after a drought.", "5%", (), ("March", "2025-03-01", "2025-03-31")),
    (
        "Sales rose after the firm cut prices by 10% in May.",
        "10%",
        (),
        ("May", "2025-05-01", "2025-05-31"),
    ),
    # Near-misses: a clause describing the figure's own noun keeps its time ("the 25%
    # tariff imposed in April"), and so does a clause of time ("as it crossed Luzon on
    # Wednesday") or one under the figure's noun ("a 60 percent chance of developing ...
    # within 48 hours").
    (
        "Car shipments fell 4%, as automakers absorbed the 25% tariff imposed in April.",
        "25%",
        ("4%",),
        ("April", "2025-04-01", "2025-04-30"),
    ),
    (
        "Samples from 59 of the 127 sites tested between January and February held the virus.",
        "127 sites",
        ("59",),
        ("between January and February", "2025-01-01", "2025-02-28"),
    ),
    (
        "Typhoon Isang left at least 27 people dead as it crossed northern Luzon on Wednesday.",
        "at least 27 people",
        (),
        ("Wednesday", "2025-06-04", "2025-06-04"),
    ),
    (
        "A low-pressure area has a 60 percent chance of developing into a depression within 48 "
        "hours.",
        "60 percent",
        (),
        ("within 48 hours", None, None),
    ),
    (
        "An estimated 14.3 million Nigerians use drugs, according to a 2018 survey.",
        "An estimated 14.3 million Nigerians",
        (),
        ("2018", "2018-01-01", "2018-12-31"),
    ),
    (
        "Voters back the plan, helped by an exemption for people earning up to R$5,000 a month "
        "that takes effect in January.",
        "up to R$5,000 a month",
        (),
        # The band of a measure is its target, so the January it takes effect is the next.
        ("January", "2026-01-01", "2026-01-31"),
    ),
    (
        "Of the 78,500 pumps sold in the second quarter, 61,000 were air-source models.",
        "61,000",
        (),
        ("the second quarter", "2024-04-01", "2024-06-30"),
    ),
    (
        "The ministry said power was cut to 86,000 households, and that supplies to 70% of "
        "them had been restored by Sunday evening.",
        "70%",
        ("86,000 households",),
        ("Sunday evening", "2025-06-01", "2025-06-01"),
    ),
    # A figure of the present beside another verb's clause with a time: that time is the
    # other verb's ("employs 19,500 people and plans to cut 800 roles by 2027").
    (
        "The company employs about 19,500 people and plans to cut 800 roles by the end of 2027.",
        "about 19,500 people",
        ("800 roles",),
        None,
    ),
    (
        "Nordvik employs 9,000 people and plans to cut 800 roles by 2027.",
        "9,000 people",
        ("800 roles",),
        None,
    ),
    # What a works can do is a capacity, holding now ("can make 450,000 tonnes a year but
    # ran at 68% in the first nine months").
    (
        "The mill can make 450,000 tonnes a year but ran at 68% of capacity in the first "
        "nine months.",
        "450,000 tonnes",
        ("68%",),
        None,
    ),
    (
        "The port can handle 2 million containers and handled 1.5 million last year.",
        "2 million containers",
        ("1.5 million",),
        None,
    ),
    (
        "Nordvik employs 9,000 people and plans to cut 800 roles by 2027.",
        "800 roles",
        ("9,000 people",),
        ("by 2027", None, "2027-12-31"),
    ),
    # A month naming a noun after "the" ("the main June session", "the March vote").
    (
        "Some 68% of candidates passed in the main June session.",
        "Some 68%",
        (),
        ("June", "2025-06-01", "2025-06-30"),
    ),
    ("Turnout was 61% in the March vote.", "61%", (), ("March", "2025-03-01", "2025-03-31")),
    # A figure told in the past in a sentence whose one time phrase the parse hangs far
    # from it: the sentence's time (the same release).
    (
        "Net sales in the July-September quarter were SEK 27.4 billion, up 2% from a year "
        "earlier, while adjusted EBITDA grew 5% to SEK 10.1 billion.",
        "SEK 10.1 billion",
        ("SEK 27.4 billion", "2%", "5%"),
        ("July-September", "2024-07-01", "2024-09-30"),
    ),
    (
        "Passenger numbers in the October-December quarter were 8.1 million, up 4% from a "
        "year earlier, while cargo volumes grew 7% to 310,000 tonnes.",
        "310,000 tonnes",
        ("8.1 million", "4%", "7%"),
        ("October-December", "2024-10-01", "2024-12-31"),
    ),
    (
        "Net income in the April-June quarter was ¥92 billion, down 5% from a year earlier, "
        "while sales edged up 1% to ¥1.4 trillion.",
        "¥1.4 trillion",
        ("¥92 billion", "5%", "1%"),
        ("April-June", "2025-04-01", "2025-06-30"),
    ),
    # Not a time told beside a figure of the present ("has 4,000 workers").
    (
        "Sales in the January-March quarter were $2 billion, up 4%, while the firm has 4,000 "
        "workers.",
        "4,000",
        ("$2 billion", "4%"),
        None,
    ),
    (
        "Since January, 4,000 people have crossed.",
        "4,000",
        (),
        ("Since January", "2025-01-01", "2025-06-04"),
    ),
    ("Emissions must fall 50% by 2030.", "50%", (), ("by 2030", None, "2030-12-31")),
    ("The levy stays at 2% until 2027.", "2%", (), ("until 2027", "2025-06-04", "2027-12-31")),
    (
        "So far this year 400 people have died.",
        "400",
        (),
        ("So far this year", "2025-01-01", "2025-06-04"),
    ),
    (
        "The index rose 2% in the week to 3 March.",
        "2%",
        (),
        ("the week to 3 March", "2025-02-25", "2025-03-03"),
    ),
    (
        "Prices doubled to $40 over the past decade.",
        "$40",
        (),
        ("over the past decade", "2015-06-04", "2025-06-04"),
    ),
    ("It will spend £2bn over five years.", "£2bn", (), ("over five years", None, None)),
    # Quarters and halves.
    (
        "Profit was $3bn in the first quarter.",
        "$3bn",
        (),
        ("the first quarter", "2025-01-01", "2025-03-31"),
    ),
    (
        "Profit was $3bn in the third quarter.",
        "$3bn",
        (),
        ("the third quarter", "2024-07-01", "2024-09-30"),
    ),
    ("Revenue hit $9bn in Q3 2024.", "$9bn", (), ("Q3 2024", "2024-07-01", "2024-09-30")),
    # Days.
    ("Shares fell 5% on Tuesday.", "5%", (), ("Tuesday", "2025-06-03", "2025-06-03")),
    ("Shares fell 5% yesterday.", "5%", (), ("yesterday", "2025-06-03", "2025-06-03")),
    ("The toll rose to 112 on Sunday.", "112", (), ("Sunday", "2025-06-01", "2025-06-01")),
    # Vague times keep what is certain.
    ("Prices peaked at $90 in late April.", "$90", (), ("late April", "2025-04-01", "2025-04-30")),
    ("Rates may reach 5% early next year.", "5%", (), ("early next year", None, None)),
    # A comparison base counted back from the figure's own time.
    (
        "Inflation was 3% in March, up from 2% a year earlier.",
        "2%",
        ("3%",),
        ("a year earlier", "2024-03-01", "2024-03-31"),
    ),
    # Not periods: the time a statement was made, a rate's "a year", the figure itself,
    # a present figure with no time phrase.
    ("Police said on Sunday that 14 people had been arrested.", "14", (), None),
    # A day in the possessive dates the disaster, not its running toll; it still dates
    # what is not a disaster ("last week's sales").
    (
        "The number of people killed by last week's earthquake has risen to 2,719.",
        "2,719",
        (),
        None,
    ),
    ("The toll from Saturday's floods climbed to 87, rescuers said.", "87", (), None),
    (
        "At least 31 people have died in Tuesday's landslide, officials said.",
        "At least 31 people",
        (),
        None,
    ),
    ("Last week's sales rose 5% to $2m.", "5%", (), ("Last week", "2025-05-26", "2025-06-01")),
    (
        "Friday's auction raised $4.2 million for the hospital.",
        "$4.2 million",
        (),
        ("Friday", "2025-05-30", "2025-05-30"),
    ),
    ("The plan raises £26bn a year.", "£26bn", (), None),
    ("He was jailed for 11 years.", "11 years", (), None),
    ("The company employs 4,000 people.", "4,000", (), None),
    xfail(
        "May sales rose 5%.",
        "5%",
        (),
        ("May", "2025-05-01", "2025-05-31"),
        reason="a month opening a sentence is a time only after a cue ('in May'): 'May' the modal",
    ),
    ("Prices may rise 5%.", "5%", (), None),
    ("It paid $2025 in fees.", "$2025", (), None),
    # Spans with no anchor, seasons, weekends, the financial year: as written, no bounds.
    ("2,300 migrants arrived over the weekend.", "2,300", (), ("the weekend", None, None)),
    ("Revenue for the financial year rose 6%.", "6%", (), ("the financial year", None, None)),
    ("It dumped 300 mm of rain in 24 hours.", "300 mm", (), ("24 hours", None, None)),
    ("Attendance this season was 74,800.", "74,800", (), ("this season", None, None)),
    # A financial year named by its year or as the new or coming one ("the 2027 fiscal
    # year", "the new fiscal year"); a crop's or a sport's season, a monsoon, a harvest
    # ("the ski season", "during the monsoon", "this harvest", "at harvest"): no bounds
    # but a year's. A harvest that is what is measured is no time.
    (
        "Finance Minister Ravi Maharaj told parliament that revenue would rise to $56.2 billion "
        "in the new fiscal year, from an estimated $52.9 billion in the current one.",
        "$56.2 billion",
        ("$52.9 billion",),
        ("the new fiscal year", None, None),
    ),
    (
        "Spending on schools will rise 8% in the coming financial year.",
        "8%",
        (),
        ("the coming financial year", None, None),
    ),
    (
        "The council expects a surplus of €40 million in the 2026 fiscal year.",
        "€40 million",
        (),
        ("the 2026 fiscal year", "2026-01-01", "2026-12-31"),
    ),
    (
        "The company said it would hire 600 more at harvest if the weather held.",
        "600 more",
        (),
        ("harvest", None, None),
    ),
    (
        "Export prices fell 11% in the fiscal year, but red cherries fetched Br 95 a kilogram "
        "in the harvest, up from Br 40 two years earlier.",
        "Br 95",
        ("11%", "Br 40"),
        ("the harvest", None, None),
    ),
    ("Rivers rose 4 metres during the monsoon.", "4 metres", (), ("the monsoon", None, None)),
    (
        "Resorts sold 1.2 million lift passes in the ski season.",
        "1.2 million",
        (),
        ("the ski season", None, None),
    ),
    ("Farmers expect to pick 30% less this harvest.", "30%", (), ("this harvest", None, None)),
    ("The harvest fell 18% to 3.1 million tonnes.", "18%", ("3.1 million tonnes",), None),
    ("The first time prices rose 5% was in a boom.", "5%", (), None),
    # "so far this year" runs from the year's first day to the article's date.
    (
        "Wildfires have burned 3.2 million hectares so far this year.",
        "3.2 million hectares",
        (),
        ("so far this year", "2025-01-01", "2025-06-04"),
    ),
    # A "since" clause dated "on" a day reads whole, as one dated "in" does.
    (
        "Farmers have sold 196 million kilograms since the marketing season opened on 11 March.",
        "196 million kilograms",
        (),
        ("since the marketing season opened on 11 March", "2025-03-11", "2025-06-04"),
    ),
    (
        "Prices have risen 12% since the strike began on 3 March.",
        "12%",
        (),
        ("since the strike began on 3 March", "2025-03-03", "2025-06-04"),
    ),
    # The time after "than" or "compared with" dates a comparison's base, not the figure
    # written before it ("15% more than last year"); the base itself keeps it.
    (
        "Ticket sales brought in about €2.3 million, 15% more than last year, organisers said.",
        "15% more",
        ("about €2.3 million",),
        None,
    ),
    (
        "Ticket sales brought in about €2.3 million, 15% more than last year, organisers said.",
        "about €2.3 million",
        ("15% more",),
        None,
    ),
    (
        "His party lost about 140,000 votes compared with 2023, according to a tally.",
        "about 140,000 votes",
        (),
        None,
    ),
    (
        "In Yangon, a bag of rice cost K 135,000 on Monday, 12% more than a week earlier.",
        "12% more",
        ("K 135,000",),
        ("Monday", "2025-06-02", "2025-06-02"),
    ),
    ("The fund paid out 12% less than last year.", "12% less", (), None),
    (
        "Output was higher than the 2 million tonnes produced last year.",
        "2 million tonnes",
        (),
        ("last year", "2024-01-01", "2024-12-31"),
    ),
    # A dated time before a span that is part of what is measured.
    (
        "In May, 75.4% of patients were seen within four hours.",
        "75.4%",
        (),
        ("May", "2025-05-01", "2025-05-31"),
    ),
    # A level after a change takes the change's time, not its base's ("a year earlier").
    (
        "Exports fell 1.7% in May from a year earlier to $8.13 trillion.",
        "$8.13 trillion",
        ("1.7%",),
        ("May", "2025-05-01", "2025-05-31"),
    ),
    # A record's time is not the figure's period.
    ("He has 31 goals, the most in the league since 2021.", "31 goals", (), None),
    ("Unemployment is 5.6%, the lowest since records began in 2012.", "5.6%", (), None),
    ("Exports fell 3%, the first decline in eight months.", "3%", (), None),
    # A superlative of the figure's own year is no record ("the biggest market last year");
    # "at least" is no superlative.
    (
        "The toll climbed to at least 112 on Sunday.",
        "at least 112",
        (),
        ("Sunday", "2025-06-01", "2025-06-01"),
    ),
    (
        "China remained the biggest market last year with 6.7 million arrivals.",
        "6.7 million",
        (),
        ("last year", "2024-01-01", "2024-12-31"),
    ),
    (
        "Lagos was the most expensive city in 2023, with rents of $900 a month.",
        "$900",
        (),
        ("2023", "2023-01-01", "2023-12-31"),
    ),
    # Fiscal years by the article's country.
    xfail(
        "The deficit will be £80bn in 2025-26.",
        "£80bn",
        (),
        ("2025-26", "2025-04-01", "2026-03-31"),
        reason="a UK fiscal year needs the article's country; this sentence names none",
    ),
    # "in the quarter", "during the year", "over the half-year": the last one ended before
    # publication (a forecast's: the one under way); not "the year ahead", "the year before".
    (
        "Exports earned $41 million in the quarter.",
        "$41 million",
        (),
        ("the quarter", "2025-01-01", "2025-03-31"),
    ),
    (
        "The line failed 37 times during the year.",
        "37 times",
        (),
        ("the year", "2024-01-01", "2024-12-31"),
    ),
    (
        "Over the half-year, equities returned 8.9%.",
        "8.9%",
        (),
        ("the half-year", "2024-07-01", "2024-12-31"),
    ),
    (
        "The firm expects a dividend of 50 cents for the year.",
        "50 cents",
        (),
        ("the year", "2025-01-01", "2025-12-31"),
    ),
    ("Analysts expect prices to rise 3% in the year ahead.", "3%", (), None),
    ("Prices rose 9.4% on the year.", "9.4%", (), None),
    # "up 2 points from October": the time of a comparison's base, no figure's own.
    ("The party polled 31%, up 2 points from October.", "2 points", ("31%",), None),
    ("The party polled 31%, up 2 points from October.", "31%", ("2 points",), None),
    (
        "Births fell to 121,400 in 2024, down 10.5% from 2023.",
        "10.5%",
        ("121,400",),
        ("2024", "2024-01-01", "2024-12-31"),
    ),
    ("The toll rises to $5 from October.", "$5", (), ("from October", "2025-10-01", None)),
    # "the end of June" is its last day, "the start of the year" its first.
    (
        "Reserves stood at $6.2 billion at the end of October.",
        "$6.2 billion",
        (),
        ("the end of October", "2024-10-31", "2024-10-31"),
    ),
    (
        "The fund was worth $900 billion at the start of the year.",
        "$900 billion",
        (),
        ("the start of the year", "2025-01-01", "2025-01-01"),
    ),
    (
        "Debt will reach 60% by the end of the year.",
        "60%",
        (),
        ("by the end of the year", None, "2025-12-31"),
    ),
    (
        "Sales peaked in late June at 4,000 units.",
        "4,000 units",
        (),
        ("late June", "2025-06-01", "2025-06-30"),
    ),
    # A record written before the figure is the figure's own: its time is the figure's
    # ("a record 47% in the first quarter"); a record told after it dates the record.
    (
        "Demand hit a record 21,300 megawatts in May.",
        "21,300 megawatts",
        (),
        ("May", "2025-05-01", "2025-05-31"),
    ),
    (
        "Wind supplied a record 47% of power in the first quarter.",
        "47%",
        (),
        ("the first quarter", "2025-01-01", "2025-03-31"),
    ),
    ("Unemployment rose to 5.1%, the highest since 2021.", "5.1%", (), None),
    # "add" with an object is no saying ("plans to add 400 MW by 2028").
    (
        "The utility plans to add 400 MW of solar by 2028.",
        "400 MW",
        (),
        ("by 2028", None, "2028-12-31"),
    ),
    (
        "We are adding four more trains before December.",
        "four more trains",
        (),
        ("before December", None, "2025-12-31"),
    ),
    # "since Friday": a span from that day to publication, not the day alone.
    (
        "At least 32 people have died of heatstroke in Karachi since Friday, as temperatures "
        "reached 44C.",
        "At least 32 people",
        ("44C",),
        ("since Friday", "2025-05-30", "2025-06-04"),
    ),
    (
        "Rescuers have pulled 40 people from the rubble since Monday.",
        "40 people",
        (),
        ("since Monday", "2025-06-02", "2025-06-04"),
    ),
    (
        "More than 300 flights have been cancelled since last Thursday.",
        "More than 300 flights",
        (),
        ("since last Thursday", "2025-05-29", "2025-06-04"),
    ),
    ("The toll rose to 74 on Friday.", "74", (), ("Friday", "2025-05-30", "2025-05-30")),
    # "since the plant opened in 2019": a span from that year to publication; a record's
    # start ("the fewest since records began in 1950") is no period.
    (
        "The unit has won 27 cases since it was set up in 2023.",
        "27 cases",
        (),
        ("since it was set up in 2023", "2023-01-01", "2025-06-04"),
    ),
    (
        "Some 6.2 million girls have had a dose since the campaign began in 2021.",
        "6.2 million",
        (),
        ("since the campaign began in 2021", "2021-01-01", "2025-06-04"),
    ),
    ("Births fell to 121,400, the fewest since records began in 1950.", "121,400", (), None),
    # A financial year ending in a month: "the financial year to June".
    (
        "Revenue rose 11% in the financial year to June.",
        "11%",
        (),
        ("the financial year to June", "2024-07-01", "2025-06-30"),
    ),
    (
        "Profit fell 4% in the fiscal year ended September 2024.",
        "4%",
        (),
        ("the fiscal year ended September 2024", "2023-10-01", "2024-09-30"),
    ),
    # Days of one month: "between 18 and 25 May".
    (
        "The poll of 1,100 adults was taken between 18 and 25 May.",
        "1,100 adults",
        (),
        ("between 18 and 25 May", "2025-05-18", "2025-05-25"),
    ),
    (
        "Prices rose 3% between April and June.",
        "3%",
        (),
        ("between April and June", "2025-04-01", "2025-06-30"),
    ),
    # The day a survey showed a figure is not the figure's time.
    ("A poll showed on Monday that the lead had widened to 7 points.", "7 points", (), None),
    (
        "The projection shows inflation at 3.1% at the end of 2025.",
        "3.1%",
        (),
        ("the end of 2025", "2025-12-31", "2025-12-31"),
    ),
    (
        "Sales rose 7% on Monday, the survey showed.",
        "7%",
        (),
        ("Monday", "2025-06-02", "2025-06-02"),
    ),
]


# Rows ``(sentence, figure, others, expected)`` of a figure that is a length of time.
DURATIONS = [
    # How long a dated event lasted takes the event's time, the one the parse ties to it.
    (
        "A fire at the Baiji refinery's North unit burned for 31 hours before firefighters "
        "brought it under control on Wednesday.",
        "31 hours",
        (),
        ("Wednesday", "2025-06-04", "2025-06-04"),
    ),
    (
        "Power cuts on Anjouan lasted up to 10 hours a day in January, residents said.",
        "up to 10 hours a day",
        (),
        ("January", "2025-01-01", "2025-01-31"),
    ),
    (
        "The storm closed the airport for 14 hours on Monday.",
        "14 hours",
        (),
        ("Monday", "2025-06-02", "2025-06-02"),
    ),
    (
        "Ferry crossings were suspended for three days last week.",
        "three days",
        (),
        ("last week", "2025-05-26", "2025-06-01"),
    ),
    (
        "Trucks queued for up to 20 hours at the border in May.",
        "up to 20 hours",
        (),
        ("May", "2025-05-01", "2025-05-31"),
    ),
    # A length is no event's when it is a record's span ("their first title in 11 years"),
    # a person's age, or a thing's term ("a 36-month loan"), or when no time is tied to it.
    ("United won their first league title in 11 years on Saturday.", "11 years", (), None),
    ("Inflation reached 9% in July, the highest in 17 years.", "17 years", ("9%",), None),
    ("Haile, 24, won the race on Sunday.", "24", (), None),
    (
        "The IMF approved a 36-month loan of $40 million on Monday.",
        "36-month",
        ("$40 million",),
        None,
    ),
    ("The loan runs for 36 months.", "36 months", (), None),
    # ... nor a plan's span, a bound's, a span of a time or of a state, or a base.
    (
        "The government will spend €670 million over five years from this year.",
        "five years",
        ("€670 million",),
        None,
    ),
    ("The state will phase out subsidies over two years by 2028.", "two years", (), None),
    (
        "Crude shipments averaged 6.4 million barrels in the four weeks to 28 September.",
        "four weeks",
        ("6.4 million barrels",),
        None,
    ),
    ("Prices fell in August, after nearly a year of rises.", "nearly a year", (), None),
    ("The plant opened on Wednesday, two years late.", "two years", (), None),
    ("The state began vaccinating children aged 10 to 14 last year.", "10 to 14", (), None),
    (
        "The government in July extended visa-free stays to 60 days, from 30 days.",
        "30 days",
        ("60 days",),
        None,
    ),
    (
        "The new berth cut the time a ship waits to about two days.",
        "about two days",
        (),
        None,
    ),
    (
        "The standard is that patients are seen within 26 weeks; in October it managed 54%.",
        "within 26 weeks",
        ("54%",),
        None,
    ),
    ("The minister said on Tuesday the works would take six months.", "six months", (), None),
]


@pytest.mark.parametrize(("sentence", "figure", "others", "expected"), DURATIONS)
def test_period_of_a_duration(
    sentence: str,
    figure: str,
    others: tuple[str, ...],
    expected: tuple[str, str | None, str | None] | None,
) -> None:
    found = scope(sentence, figure, others=others, kind="duration").period.value
    got = (found.text, found.start, found.end) if found is not None else None
    assert got == expected


@pytest.mark.parametrize(("sentence", "figure", "others", "expected"), PERIODS)
def test_period(
    sentence: str,
    figure: str,
    others: tuple[str, ...],
    expected: tuple[str, str | None, str | None] | None,
) -> None:
    found = scope(sentence, figure, others=others).period.value
    got = (found.text, found.start, found.end) if found is not None else None
    assert got == expected


def test_fiscal_year_of_the_articles_country() -> None:
    text = "Britain's budget. The deficit will be £80bn in 2025-26."
    found = scope("The deficit will be £80bn in 2025-26.", "£80bn", text=text).period.value
    assert found is not None and (found.start, found.end) == ("2025-04-01", "2026-03-31")


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        ("South Africa's budget", "Spending will be R310 million in 2025-26.", "2025-04-01"),
        ("Jamaica's budget", "Growth will be 2% in 2025/26.", "2025-04-01"),
        ("Kenya's budget", "Spending will be KSh4 trillion in 2025-26.", "2025-07-01"),
    ],
)
def test_a_governments_financial_year(title: str, sentence: str, expected: str) -> None:
    text = f"{title}.\n\n{sentence}"
    figure = sentence.split(" be ")[1].split(" in ")[0]
    found = scope(sentence, figure, text=text, title=title).period.value
    assert found is not None and found.start == expected


def test_no_publication_date_keeps_the_period_as_written() -> None:
    found = scope("Prices rose 3% last year.", "3%", published=None).period.value
    assert found is not None and (found.text, found.start, found.end) == ("last year", None, None)


# Rows ``(text, sentence, figure, expected)``: a sentence with no time of its own, read
# in its article.
IN_PARAGRAPH = [
    # A figure told in the past right after a sentence of the same paragraph with one time:
    # that time (the same release, the same period).
    (
        "Car sales fell 6% in March, the association said. Truck sales dropped 9%.",
        "Truck sales dropped 9%.",
        "9%",
        ("March", "2025-03-01", "2025-03-31"),
    ),
    (
        "Exports rose 4% last year to $20 billion. Imports climbed 7% to $25 billion.",
        "Imports climbed 7% to $25 billion.",
        "7%",
        ("last year", "2024-01-01", "2024-12-31"),
    ),
    # A span a release counts since an event ("since it was set up in 2023"); not a bare
    # "since 2022".
    (
        "The agency has recovered $4 million since it was set up in 2021. Of those cases, "
        "19 ended in convictions.",
        "Of those cases, 19 ended in convictions.",
        "19",
        ("since it was set up in 2021", "2021-01-01", "2025-06-04"),
    ),
    (
        "Births fell to 9,000 in 2024, the fewest since records began in 1950. Deaths rose to "
        "12,000.",
        "Deaths rose to 12,000.",
        "12,000",
        ("2024", "2024-01-01", "2024-12-31"),
    ),
    # The time of a comparison's base in the sentence before ("up from €118 million in
    # 2024", "fewer than in 2024") is no time of the release.
    (
        "Kiribati sold some 16,800 fishing days last year, about 9% fewer than in 2024, the "
        "ministry said. It issued 214 licences to foreign vessels.",
        "It issued 214 licences to foreign vessels.",
        "214 licences",
        ("last year", "2024-01-01", "2024-12-31"),
    ),
    (
        "Flour rose to 480 rand a bag last week from 395 rand in April. Bread cost 22 rand a loaf.",
        "Bread cost 22 rand a loaf.",
        "22 rand",
        ("last week", "2025-05-26", "2025-06-01"),
    ),
    (
        "Car sales rose 8% in May, faster than in April. Truck sales fell 3%.",
        "Truck sales fell 3%.",
        "3%",
        ("May", "2025-05-01", "2025-05-31"),
    ),
    (
        "Prices have risen 20% since 2022. Rents climbed 9%.",
        "Rents climbed 9%.",
        "9%",
        None,
    ),
    # The day the sentence before was said on is no time of its figures.
    (
        "Visitors spent $4 billion last year, the ministry said on Wednesday. Hotels took $900 "
        "million.",
        "Hotels took $900 million.",
        "$900 million",
        ("last year", "2024-01-01", "2024-12-31"),
    ),
    # Not across a paragraph, not for a present state, not after a sentence about the future,
    # not when the sentence before has two times.
    (
        "Car sales fell 6% in March.\n\nTruck sales dropped 9%.",
        "Truck sales dropped 9%.",
        "9%",
        None,
    ),
    (
        "Car sales fell 6% in March. The market is worth $4 billion.",
        "The market is worth $4 billion.",
        "$4 billion",
        None,
    ),
    (
        "Economists expect a rebound in March. Car sales fell 6%.",
        "Car sales fell 6%.",
        "6%",
        None,
    ),
    (
        "Sales fell 6% in March after rising 2% in February. Exports dropped 9%.",
        "Exports dropped 9%.",
        "9%",
        None,
    ),
]


@pytest.mark.parametrize(("text", "sentence", "figure", "expected"), IN_PARAGRAPH)
def test_period_in_paragraph(
    text: str, sentence: str, figure: str, expected: tuple[str, str | None, str | None] | None
) -> None:
    found = scope(sentence, figure, text=text).period.value
    got = (found.text, found.start, found.end) if found is not None else None
    assert got == expected
