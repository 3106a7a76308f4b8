"""The direction of a claim: the rise or fall its sentence states for the figure.

Pins `claims/extraction/fields/direction.py` (the owner) and
`claims/extraction/context/direction.py` (the words governing the figure in the parse).
`DIRECTIONS` is checked through `describe` (the parse rules alone: rows are
``(sentence, figure, expected)`` where ``figure`` is what the extractor would hand to
`describe`); `EXTRACTED_DIRECTIONS` through `extract` (the whole pipeline, with signs
written on the figure: "+12%", "-3.2%").
"""

from __future__ import annotations

import pytest
from claim_lookup import claim_with_surface, describe_figure

# (sentence, figure, expected direction)
DIRECTIONS = [
    ("Unemployment rose to 4.3 per cent in March.", "4.3 per cent", "up"),
    ("Sales rose 12 per cent last year.", "12 per cent", "up"),
    ("The central bank cut rates to 10 per cent.", "10 per cent", "down"),
    ("Ministers announced a cut of 10% in the budget.", "10%", "down"),
    ("Profits fell 3 per cent.", "3 per cent", "down"),
    ("House prices have risen by an average of 4.5% this year.", "4.5%", "up"),
    ("Wages fell by a total of 3 per cent.", "3 per cent", "down"),
    ("The index has gained 24% year to date.", "24%", "up"),
    ("The jobless rate edged up to 3.9% from 3.8%.", "3.9%", "up"),
    ("The forecast was revised up to 2.4%.", "2.4%", "up"),
    ("There is no tax up to Rs 12 lakh.", "Rs 12 lakh", None),
    ("Nintendo plunged 4.28 percent.", "4.28 percent", "down"),
    ("Shares were down 11.9%.", "11.9%", "down"),
    ("S&P 500 e-minis were up 0.25 points.", "0.25 points", "up"),
    ("Blackmores up 9.4 per cent to $84.", "9.4 per cent", "up"),
    ("US lifts levy on Chinese goods to 145%", "145%", "up"),
    ("Trump pauses tariffs but lifts levy on China to 145%", "145%", "up"),
    ("Brazil lifts its interest rate to 13.75%", "13.75%", "up"),
    ("UK tax cuts boost growth to 3%", "3%", "up"),
    ("Shares closed 2% higher.", "2%", "up"),
    ("Shares closed 2% lower.", "2%", "down"),
    ("There was a 3% increase in sales.", "3%", "up"),
    ("There was an increase of 3% in sales.", "3%", "up"),
    ("The death toll rose from 120 to 135.", "135", "up"),
    ("The death toll rose from 120 to 135.", "120", None),
    ("Employment grew by 125,600 positions.", "125,600", "up"),
    ("Employment grew by 125,600 positions or 2.2 per cent.", "2.2 per cent", "up"),
    ("Nintendo plunged 4.28 percent to Y28,030.", "Y28,030", "down"),
    ("The firm set up 5 offices.", "5", None),
    ("Solar farms added about 9 per cent of the power.", "9 per cent", None),
    ("There is no income tax up to Rs 12 lakh.", "Rs 12 lakh", None),
    ("It cut the aid budget from 0.5 per cent to 0.3 per cent.", "0.3 per cent", "down"),
    ("It will boost the range from up to 252 miles to 287 miles.", "252 miles", None),
    ("Hextar added 15 sen to RM2.70.", "15 sen", "up"),
    # money raised is collected, not a rise; rates raised to a level are
    ("The levy raised $3bn last year.", "$3bn", None),
    # A closing level moves as the day's change of its clause: "closed 1.8% higher at",
    # "fell 912 points to close at"; a level it merely opened at has none.
    ("Redrock shares closed 1.8% higher at $24.75.", "$24.75", "up"),
    ("The S&P 500 index closed 0.3% lower at 5,980.", "5,980", "down"),
    ("The Sensex fell 912 points, or 1.1%, to close at 79,486.32.", "79,486.32", "down"),
    ("The FTSE 100 rose 0.8% to end the day at 8,310.", "8,310", "up"),
    ("The stock opened at $12 and closed at $13.", "$12", None),
    ("Brent crude was up 1.2% at $78.05 a barrel.", "$78.05", "up"),
    ("Gold was down 0.5% at $2,641 an ounce.", "$2,641", "down"),
    ("The pound was 0.3% higher at $1.27.", "$1.27", "up"),
    ("The rate was unchanged at 5%.", "5%", None),
    ("The index was at 5,000 on Friday.", "5,000", None),
    ("At age 50 the risk was 22% higher, and at 60 it was 37% higher.", "60", None),
    ("Its realised price was lower still, at $148 a tonne.", "$148", None),
    # Descending is falling; the rate it descends at is a speed.
    ("The jet descended nearly 8,000 feet in three minutes.", "8,000 feet", "down"),
    ("The jet descended at a rate of 4,500 feet per minute.", "4,500 feet per minute", None),
    ("Trading closed at 4pm with 300 deals at $12.", "$12", None),
    # Slowing is falling: inflation "slowed to 21.3%"; not the start of a change.
    ("Food inflation slowed to 21.3% in August.", "21.3%", "down"),
    ("Growth is slowing to 1.4% this year from 1.7%.", "1.4%", "down"),
    ("If wage growth does not slow from its current 5% pace, rates rise.", "5%", None),
    # Stronger or weaker than an earlier time is a rise or a fall; not than another thing.
    ("The yen was roughly 8% stronger than a year ago.", "8%", "up"),
    ("The rand is 5% weaker than in January 2024.", "5%", "down"),
    ("The steel is 20% stronger than aluminium.", "20%", None),
    # The size of a change named by its noun ("a quarter-point reduction", "200 basis
    # points of cuts") or taken off a measure ("knocking about $6bn off its value"); not
    # a share of changes.
    ("Traders expect another quarter-point reduction by February.", "quarter-point", "down"),
    ("The market priced in 200 basis points of cuts by next summer.", "200 basis points", "down"),
    ("Markets expect $40bn of tax rises next year.", "$40bn", "up"),
    ("Shares fell 2.4%, knocking about $6bn off its market value.", "$6bn", "down"),
    ("About 20% of the cuts hit schools.", "20%", None),
    # An amount added to a measure is a rise of it; not things added to a group (issue 11).
    ("The tariff could add about $900 to the price of a car.", "$900", "up"),
    ("The deal adds 0.3 percentage points to growth.", "0.3 percentage points", "up"),
    ("The rally added $40bn to the firm's value.", "$40bn", "up"),
    ("The chef added 2 spoons of salt to the soup.", "2", None),
    ("The firm did not add $5m to the fund.", "$5m", None),
    # What is lost is a fall of a level only as a share, points or a fraction of it; games,
    # money or things lost are counted, not falling (issue 11).
    ("The club lost 4 of its last 6 games.", "4", None),
    ("The team won 20 and lost only three.", "three", None),
    ("The airline lost $2.1bn last year.", "$2.1bn", None),
    ("Analysts put lost sales at $40m this year.", "$40m", None),
    ("The Nikkei lost 1.2% on Tuesday.", "1.2%", "down"),
    ("The Dow lost 300 points.", "300 points", "down"),
    ("The Dow lost 300 points to 42,800.", "42,800", "down"),
    ("Savers have lost a fifth of their buying power.", "a fifth", "down"),
    # A share of something that "fell on" someone landed on them: no fall (issue 11).
    ("About 20% of the cuts fell on schools.", "20%", None),
    ("Nearly 70% of the job losses fell on small firms.", "70%", None),
    ("Shares fell 3% on Monday.", "3%", "down"),
    ("Sales fell on Monday by 4%.", "4%", "down"),
    ("The firm made 300 cuts to its range.", "300", None),
    # Missiles shot down and directors who stepped down are counted, not falling; prices
    # that shot up or output stepped up rose.
    ("Rebels fired 8 missiles. Five were shot down.", "Five", None),
    ("Prices shot up 40% in a week.", "40%", "up"),
    ("Output stepped up 5% in May.", "5%", "up"),
    # Rain or snow that fell, and a target one falls short of, are no fall of a level.
    ("In Oklahoma City 6 inches of sleet and snow fell.", "6 inches", None),
    ("About 80mm of rain fell in 24 hours.", "80mm", None),
    ("Canada would fall short by roughly 1.3 million homes.", "1.3 million", None),
    ("Sales fell short of the 5% target.", "5%", None),
    ("Snow sales fell 12% in March.", "12%", "down"),
    ("Rainfall fell to 40mm from 90mm.", "40mm", "down"),
    # A currency weakening past a level is falling, however many of it a dollar buys.
    ("The yen weakened past 150 per dollar.", "150", "down"),
    ("The rupee slipped past 84 to the dollar.", "84", "down"),
    ("The euro strengthened beyond $1.10.", "$1.10", "up"),
    ("The bank raised rates to 5 per cent.", "5 per cent", "up"),
    # A count added to a group is a rise too (issue 11; was None before: the bench parts
    # annotate what is added as a rise 13 times to 5).
    ("The council added 300 officers to the force.", "300", "up"),
    ("He averaged 3.7 rebounds a game.", "3.7", None),
    ("The nose cone crashed in 50mph winds.", "50mph", None),
    ("Pensions increase by 1 percent for every 9 weeks you defer.", "9 weeks", None),
    ("The agency cut the rating of the 550 megawatt plant.", "550 megawatt", None),
    ("The index climbed 0.1% on turnover of $330 million.", "$330 million", None),
    ("Inflation was 2.1 per cent.", "2.1 per cent", None),
    ("Washington imposed a 25 per cent tariff on steel.", "25 per cent", None),
    ("Nearly 450,000 people have been killed in Gaza.", "450,000", None),
    ("Exports slumped by a third to $4bn.", "$4bn", "down"),
    # a level with its change told in an aside after it
    ("Revenue was $18.4bn, up 94% from a year earlier.", "$18.4bn", "up"),
    ("The average home sold for £285,000 in May, down 0.8% on a year earlier.", "£285,000", "down"),
    ("The regulator received 1,375 complaints, up from 1,040.", "1,375", "up"),
    ("The regulator received 1,375 complaints, up from 1,040.", "1,040", None),
    # a level joined to a change's start is a start too
    (
        "About 6 per cent of homes have one, up from 4 per cent last year and 2 per cent in 2015.",
        "2 per cent",
        None,
    ),
    ("Prices fell to $40 from $55 in May and $60 in April.", "$60", None),
    ("Prices fell to $40 from $55 in May and $60 in April.", "$40", "down"),
    ("Reservoirs hold 33.8 per cent of capacity, down from 41 per cent.", "33.8 per cent", "down"),
    (
        "Output will reach 1.87 billion bushels, slightly higher than last year.",
        "1.87 billion",
        "up",
    ),
    ("Shares are up 4% this year and the index is up 2%.", "2%", "up"),
    # an aside "higher than" / "lower than" is a change only against an earlier time
    ("Inflation will average 3.1% next year, higher than the 2% target.", "3.1%", None),
    ("Turnout was 61% in the city, higher than in the suburbs.", "61%", None),
    ("Wages were £600 a week, higher than a year earlier.", "£600", "up"),
    ("Fees came to $900 a head, lower than in 2019.", "$900", "down"),
    ("The firm spent $5m, to lower costs later.", "$5m", None),
    ("The firm hired 300 staff and set up 12 offices.", "300", None),
    (
        "Farmers expect to harvest 267 million bushels this year, down 22% from last season.",
        "267 million",
        "down",
    ),
    # a figure compared with an earlier time is a change; compared with another thing, not
    ("Demand peaked at 39.4 gigawatts, almost 9% above the same day last year.", "9%", "up"),
    ("The firm employs 32,000 people, around 4,000 more than a year ago.", "4,000", "up"),
    ("Sales were 3% lower than in the previous quarter.", "3%", "down"),
    ("Winds were 10mph less than the top speeds on Mars.", "10mph", None),
    # a period hyphened onto a change, or a contract, is no change
    ("It was the index's biggest one-day drop in weeks.", "one-day", None),
    ("He signed a five-year contract.", "five-year", None),
    ("Britain slashed its aid budget to 0.5 per cent of income.", "0.5 per cent", "down"),
    # a change that crosses a threshold: "fell below", "climbed past", "pushed above"
    ("Inflation fell below 3% in May.", "3%", "down"),
    ("Debt climbed past $1 trillion.", "$1 trillion", "up"),
    ("Temperatures dropped below 5C overnight.", "5C", "down"),
    ("A late rally pushed the index above 6,000.", "6,000", "up"),
    ("The currency slid past 84 to the dollar.", "84", "down"),
    # ... not a level that stays on one side, nor a period
    ("Unemployment stayed below 4% all year.", "4%", None),
    ("Prices remained above $80 a barrel.", "$80", None),
    ("Sales grew 5% over three years.", "three years", None),
    ("Rates are below 2% in most of Europe.", "2%", None),
    ("Night frosts did not drop below 3C this week.", "3C", None),
    ("Rents have eased to 4% from a peak above 6% in May.", "6%", None),
    # a change the sentence denies is none
    ("Sales did not rise 5% as the firm had hoped.", "5%", None),
    ("The index didn't climb to 6,000 after all.", "6,000", None),
    ("Prices never fell 2% in a single day.", "2%", None),
    ("Sales rose 5%, not 7% as first reported.", "5%", "up"),
    # an amount knocked, wiped or shaved off a measure is a fall of it
    ("The sell-off knocked £4bn off the firm's value.", "£4bn", "down"),
    ("The slump wiped some $2bn off the bank's market value.", "$2bn", "down"),
    ("She shaved 3 seconds off the world record.", "3 seconds", "down"),
    ("Tariffs could knock 0.5 percentage points off growth.", "0.5 percentage points", "down"),
    # ... not time off work, nor a count of things taken off something
    ("He took two days off work.", "two days", None),
    ("The storm knocked 300 homes off the grid.", "300", None),
    # things a verb cuts, sheds or costs are lost: a fall (issue 11)
    ("The carmaker will cut 2,000 jobs in Germany.", "2,000", "down"),
    ("The merger could cost 400 jobs, the union said.", "400", "down"),
    ("The bank plans to shed 1,200 staff by 2027.", "1,200", "down"),
    ("The council axed 35 bus routes last year.", "35", "down"),
    # ... and what a verb drops: "dropped 11 loss-making routes" (unseen8)
    ("The carrier cut 600 jobs and dropped 11 loss-making routes.", "11", "down"),
    ("The bank dropped 40 branches from its network.", "40", "down"),
    ("The insurer will drop 3,000 policies next year.", "3,000", "down"),
    # ... not things hired or lost in a game, power cut to homes, nor a cut denied
    ("The firm hired 300 staff in May.", "300", None),
    ("The team lost only two games all season.", "two", None),
    ("The champion dropped two sets in the final.", "two", None),
    ("The storm cut power to 86,000 homes.", "86,000", None),
    ("The firm did not cut 500 jobs after all.", "500", None),
    # a level a change carried something to ("bringing the total to 95") moves with
    # that change; a running total is carried up
    ("Officials reported 12 new cases on Monday, bringing the total to 95.", "95", "up"),
    ("The club signed two players, taking its squad to 28.", "28", "up"),
    ("Shares slid 4% on Friday, taking their loss this year to 18%.", "18%", "down"),
    ("Rents rose 5% in May, pushing the average to £1,300.", "£1,300", "up"),
    ("The bank made three rate cuts this year, taking its main rate to 4.25%.", "4.25%", "down"),
    ("Another rate cut in June took the policy rate to 4%.", "4%", "down"),
    # ... not a place things were taken to
    ("Ambulances took the injured to 3 hospitals.", "3", None),
    ("Voters took the ferry to 2 islands on Sunday.", "2", None),
    # Recovering, lengthening and inflating are rises; shortening is a fall (issue 11:
    # "yields recovered to 3,537 kg per hectare", "was shortened by 400 metres", "inflated
    # its bill by about 15%", "lengthening the fire season by about two weeks").
    ("Average yields recovered to 3,537 kg per hectare after a dry spell.", "3,537 kg", "up"),
    ("The pound recovered 1.2% on Friday.", "1.2%", "up"),
    ("Copper prices recovered to $9,100 a tonne by June.", "$9,100", "up"),
    ("The course was shortened by 400 metres on Friday.", "400 metres", "down"),
    ("The route was shortened by 12 km.", "12 km", "down"),
    ("The contractor inflated its bill by about 15%.", "15%", "up"),
    ("Suppliers inflated prices by 20% last year.", "20%", "up"),
    ("Ministers lengthened the school day by 30 minutes.", "30 minutes", "up"),
    # ... not things or money recovered, which are found or collected
    ("Police recovered 40 stolen cars.", "40", None),
    ("The insurer recovered $3m from the builder.", "$3m", None),
    (
        "The office had so far recovered roughly £9.8m, about a third of the missing money.",
        "£9.8m",
        None,
    ),
    (
        "The office had so far recovered roughly £9.8m, about a third of the missing money.",
        "a third",
        None,
    ),
    # A figure that is the subject of a verb of change counts the things that moved, not
    # a level that changed (issue 11: "one fell in an open field", "63% of its 2,400
    # members had lost income").
    ("Of the 12 missiles, nine were intercepted and one fell in an open field.", "one", None),
    ("A survey found that 63% of its 2,400 members had lost income.", "63%", None),
    ("Of the 30 stocks, 18 rose and 12 fell.", "18", None),
    ("Of the 30 stocks, 18 rose and 12 fell.", "12", None),
    # ... while the level the subject moved to or by still changes
    ("Two shells fell on the town and prices fell 3%.", "3%", "down"),
    ("Nine were intercepted, and sales fell to 40 units.", "40 units", "down"),
]


@pytest.mark.parametrize(("sentence", "figure", "expected"), DIRECTIONS)
def test_direction(sentence: str, figure: str, expected: str | None) -> None:
    assert describe_figure(sentence, figure).direction == expected


EXTRACTED_DIRECTIONS = [
    ("Unemployment rose 12 per cent in March.", "12 per cent", "up"),
    ("The tariff was cut to 10 per cent.", "10 per cent", "down"),
    ("The firm employs 300 staff.", "300 staff", None),
    ("Revenue: $5.2bn (+12%)", "+12%", "up"),
    ("Shares: -3.2% on the day", "-3.2%", "down"),
    ("It was -5C overnight in Oslo.", "-5C", None),
    # a multiple written as a verb of change is a rise
    ("Rents have more than doubled since 2019.", "more than doubled", "up"),
    ("Fares have more than quadrupled in a decade.", "more than quadrupled", "up"),
    ("The council plans to nearly double the number of beds.", "nearly double", "up"),
    ("Imports could more than triple by 2030.", "more than triple", "up"),
    # ... and as its "-ing" form (unseen8: "more than doubling its share")
    ("The far-right party took 8.9%, more than doubling its share.", "more than doubling", "up"),
    ("Sales rose 40%, nearly tripling since 2020.", "nearly tripling", "up"),
    # a fraction before "fewer", "less" or "more" is the size of a change (issue 11: unseen10
    # "a third fewer maintenance staff since 2024", first "using a fifth less power")
    (
        "Turkmen News reported that the site had run with a third fewer maintenance staff"
        " since 2024.",
        "a third",
        "down",
    ),
    (
        "The company claims the new chip runs some tasks faster while using a fifth less power.",
        "a fifth",
        "down",
    ),
    ("Since the floods the clinic has seen a quarter fewer patients.", "a quarter", "down"),
    ("Exporters shipped a tenth more coffee this season.", "a tenth", "up"),
    # ... not a share of a whole
    ("A fifth of voters stayed home.", "A fifth", None),
    # A span after the clause's level is not what an aside ending the clause changes (news:
    # "190,000 patients had waited more than a year ..., down from 310,000")
    (
        "Some 190,000 patients had waited more than a year for treatment, down from 310,000 a"
        " year earlier.",
        "more than a year",
        None,
    ),
    pytest.param(
        "Inflation was 1.2% in August, after nearly a year of falling prices, down from a peak"
        " of 69.8% in 2022.",
        "nearly a year",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="the parse reads 'falling' of 'a year of falling prices' as the span's change",
        ),
    ),
    ("About 4,000 files had waited 18 months, down from 6,000 a year earlier.", "18 months", None),
    # ... the level itself still changes
    (
        "Some 190,000 patients had waited more than a year for treatment, down from 310,000 a"
        " year earlier.",
        "Some 190,000 patients",
        "down",
    ),
    ("The average wait was 18 weeks in May, down from 22 weeks.", "18 weeks", "down"),
    # a multiple of an earlier level is a rise; of another thing, no change
    (
        "Cases are more than three times the number seen a year earlier.",
        "more than three times",
        "up",
    ),
    ("Sales were roughly double their level in 2019.", "roughly double", "up"),
    ("Output is now nearly four times what it was last year.", "nearly four times", "up"),
    ("The house is three times the size of a flat.", "three times", None),
    ("Pay is nearly double the national average.", "nearly double", None),
    ("He earns three times the 10-year average wage.", "three times", None),
    ("The fund is roughly double its target, officials said last year.", "roughly double", None),
    ("Patients take it 10 times a day.", "10 times a day", None),
    # ... "twice" too (unseen9: "3,100 hectares ..., twice the area burned in the whole of
    # 2025"); twice another thing, or "twice as high" with no earlier time, is no change.
    ("Fires burned 3,100 hectares, twice the area burned in the whole of 2025.", "twice", "up"),
    ("Exports are now twice their level of a decade ago.", "twice", "up"),
    ("The clinic treats twice the patients it saw in 2019.", "twice", "up"),
    ("Joblessness there is almost twice the national rate.", "almost twice", None),
    ("The real toll could be twice as high.", "twice", None),
    # unhedged multiples told as a verb of change are rises (unseen9, unseen7)
    ("Maize prices have doubled since October.", "doubled", "up"),
    ("Our plan is to double our warehouse space by 2028.", "double", "up"),
    # A change told in an aside at the end of the clause, past a time, a place or who said
    # it, is the change of the level before it (issue 11).
    (
        "The bond yielded 6.2% at the close on Friday, down from 6.5% a week earlier.",
        "6.2%",
        "down",
    ),
    (
        "Turnout reached 4.1 million in the capital, the commission said, up from 3.6 million.",
        "4.1 million",
        "up",
    ),
    (
        "The mill will pay about 90,000 won a tonne for the quarter, down 4% from the last.",
        "about 90,000 won a tonne",
        "down",
    ),
    # ... or at the sentence's end, a change in per cent after a level ("on sales of
    # €1.4 billion, down 6%").
    ("Profit rose 12% on turnover of £4.1bn, up 9%.", "£4.1bn", "up"),
    ("The group booked sales of €2.3 billion, down 4.5%.", "€2.3 billion", "down"),
    (
        "Net income fell to $80 million on revenue of $1.1 billion, up 3 per cent.",
        "$1.1 billion",
        "up",
    ),
    # A level below or above an earlier one it is set against right after it: a fall or
    # a rise ("12,400 to 12,900 tonnes, below its earlier guidance").
    (
        "The firm now expects sales of 40 to 45 million units, below its earlier forecast.",
        "40 to 45 million units",
        "down",
    ),
    ("Output will be 3.1 million tonnes, below last year.", "3.1 million tonnes", "down"),
    ("Exports hit $4.2 billion, above the previous record.", "$4.2 billion", "up"),
    # ... not a level against a target or a place
    ("Inflation was 3%, above the central bank's target.", "3%", None),
    ("The river is 2 metres below the bridge.", "2 metres", None),
    # ... but a difference from a norm or an average is directed (stop 30)
    ("July was 2.1C above the 1991-2020 average, the agency said.", "2.1C", "up"),
    # A count of more of something is a rise by that many ("six more launchers", "86
    # more"); bench/fields parts annotate so 11 times to 5.
    ("The navy will order four more frigates by 2030.", "four more frigates", "up"),
    ("Overnight there were 40 more, the agency said.", "40", "up"),
    ("Clinics want 2,000 more nurses.", "2,000 more nurses", "up"),
    # ... not a bound ("or more", "no more than")
    ("Tickets cost $5 or more.", "$5 or more", None),
    ("No more than 30 people may enter.", "No more than 30 people", None),
    # ... not for a level in another clause
    ("Sales were €2.3 billion; staff numbers were up 4.5%.", "€2.3 billion", None),
    # A new level reached "to", with the level it left later in its clause (", from 35
    # hours now"), or a level set against the same unit at an earlier time ("against 80%
    # a year earlier"): up or down as the two compare (issue 11).
    (
        "The ministry moved the cap to 40 hours a week by 2026, from 35 hours a week now.",
        "40 hours a week",
        "up",
    ),
    ("The council set the permit fee to £40 a year, from £55.", "£40 a year", "down"),
    ("Occupancy averaged 71% in May, against 80% a year earlier.", "71%", "down"),
    (
        "Exports came to 3.2 million tonnes in March, compared with 2.9 million tonnes a year"
        " earlier.",
        "3.2 million tonnes",
        "up",
    ),
    # ... and so is one set against a bare earlier level whose noun is left out (issue 11:
    # "sold 3.9 million carats in the three months to March, against 5.6 million a year
    # earlier").
    (
        "The group sold 3.9 million carats in the three months to March, against 5.6 million"
        " a year earlier.",
        "3.9 million carats",
        "down",
    ),
    (
        "The mill ground 52,000 tonnes in May, against 48,500 a year earlier.",
        "52,000 tonnes",
        "up",
    ),
    (
        "Farmers planted 2.1 million hectares this season, compared with 2.4 million last season.",
        "2.1 million hectares",
        "down",
    ),
    (
        "The mill ground 52,000 tonnes in May, against 48,500 in Brazil.",
        "52,000 tonnes",
        None,
    ),
    (
        "The mill ground 52,000 tonnes, against 3 kilns a year earlier.",
        "52,000 tonnes",
        None,
    ),
    # ... not a level set against another place, nor counts of different things
    ("Occupancy averaged 71% in May, against 80% in Spain.", "71%", None),
    ("The army sent 300 troops to 4 towns, from 2 bases.", "4 towns", None),
    ("Fees went to £40 from the council, and £55 from the state.", "£40", None),
    # A count set against a bare earlier count whose noun is left out (unseen12 "about 95
    # operations a week, against 130 before the closure"); a season written with figures
    # may stand between (unseen9 "in the 2026/27 season, against 5.6 million tonnes last
    # season"); "to X from Y" needs no comma (unseen12 "raise the price of a full ticket
    # to €25 from €20").
    (
        '"We are doing about 95 operations a week, against 130 before the closure," chief'
        " medical officer Dr Keisha Liburd told a press briefing.",
        "about 95 operations a week",
        "down",
    ),
    (
        "The clinic now sees 40 patients a day, against 65 before the strike.",
        "40 patients a day",
        "down",
    ),
    ("Police made 312 arrests in March, against 280 a year earlier.", "312 arrests", "up"),
    (
        "The Eswatini Sugar Association forecasts cane output of 4.6 million to 4.9 million"
        " tonnes in the 2026/27 season, against 5.6 million tonnes last season.",
        "4.6 million to 4.9 million tonnes",
        "down",
    ),
    (
        "Growers expect 310,000 tonnes of cocoa in the 2025/26 season, against 280,000 tonnes"
        " last season.",
        "310,000 tonnes",
        "up",
    ),
    (
        "The league paid out €41 million in the 2024-25 season, compared with €38 million a"
        " year earlier.",
        "€41 million",
        "up",
    ),
    (
        "VATICAN CITY — The Vatican Museums will raise the price of a full ticket to €25 from"
        " €20 on January 1, the first rise since 2023.",
        "€25",
        "up",
    ),
    ("The council voted to set the parking fee for a full day to £12 from £9.", "£12", "up"),
    ("The operator will bring the price of a monthly pass to €40 from €55 in May.", "€40", "down"),
    # ... not counts of two nouns, a count against a target, nor places
    ("The ruling party holds 51 seats, against 12 held by the opposition.", "51 seats", None),
    ("The firm hired 300 staff, against a target of 500.", "300 staff", None),
    ("The ministry sent aid to 12 villages from 3 depots.", "12 villages", None),
    ("The ministry sent aid to 12 villages from 3 depots.", "3 depots", None),
    # "up" or "down" right before an amount states its change, whatever the parse hangs
    # it on ("still down about 15% since January").
    ("The stock is still down about 15% since the start of the year.", "about 15%", "down"),
    ("Brent remains up roughly $4 since January.", "roughly $4", "up"),
    # ... not a count a phrasal verb takes ("shut down 12 plants"), a share things make
    # up, nor a ceiling
    ("The firm shut down 12 plants since May.", "12 plants", None),
    ("Women make up about 42% of the workforce.", "about 42%", None),
    ("Rent took up nearly a third of pay last year.", "nearly a third", None),
    ("Since May, fares may rise by up to 7% since the reform.", "up to 7%", "up"),
    # An aside is the change of the last level before it, not of a count its clause
    # opens with (unseen13 "The co-op's 1,870 member farms ... delivered 1.41 billion
    # litres ..., up 2.3%"; unseen14 "The island's 23 registered growers ... harvested a
    # record 7.8 tonnes ..., up from 5.9 tonnes").
    (
        "The co-op's 1,870 member farms, most of them in Calvados and the Manche, delivered"
        " 1.41 billion litres of milk in the year to September, up 2.3%.",
        "1,870 member farms",
        None,
    ),
    (
        "The chain's 412 stores sold 9.6 million loaves in the year to March, up 4%.",
        "412 stores",
        None,
    ),
    ("A basic plan of 10 gigabytes will cost $30, down from $55.", "10 gigabytes", None),
    # ... that level keeps it, past a time written with figures, an ordinal or a size
    # hyphened onto a noun (unseen13 "in the first nine months of the year, up 9%", "at
    # 6,500 CFA francs for a 50-kg bag, down from")
    (
        "Guinea exported 118 million tonnes of bauxite in the first nine months of the year,"
        " up 9%, mines ministry data show.",
        "118 million tonnes",
        "up",
    ),
    (
        "MALABO — Equatorial Guinea's government has capped the retail price of cement at"
        " 6,500 CFA francs for a 50-kg bag, down from as much as 9,000 francs in Bata last"
        " month.",
        "6,500 CFA francs",
        "down",
    ),
    ("Diesel sold for $40 for a 20-litre drum in May, up from $31.", "$40", "up"),
    (
        "The co-op's 1,870 member farms, most of them in Calvados and the Manche, delivered"
        " 1.41 billion litres of milk in the year to September, up 2.3%.",
        "1.41 billion litres",
        "up",
    ),
    ("A basic plan of 10 gigabytes will cost $30, down from $55.", "$30", "down"),
    ("Revenue was $18.4bn in the quarter to 30 June, up 94%.", "$18.4bn", "up"),
    ("The port handled 4,800 ships in the 12 months to March, up from 3,100.", "4,800 ships", "up"),
    # ... not a change's start, a level with another figure or clause between, nor a ceiling
    ("Rents rose to £900 from £850 in May, the agency said, up from last year.", "£850", None),
    ("The bank has 40% of deposits and 12 branches, down from 15.", "40%", None),
    (
        "The firm has 300 staff in Leeds, while its sales were flat, down from May.",
        "300 staff",
        None,
    ),
    ("The fund holds £2bn in bonds, up to 30% of its assets.", "£2bn", None),
    ("Seven of the 19 judges dissented this year, up from four.", "19 judges", None),
    # ... nor the whole a share is of, a period it is told over, nor a size hyphened onto
    # the noun it describes (issue 11: "38% of the 91 games ..., down from 49%", "in the
    # four weeks to 28 September, up from", "A 60-kg sack fetched R$118 ..., down from").
    ("38% of the 91 games ended in draws, down from 49% in 2025.", "91 games", None),
    (
        "Shipments averaged 6.4 million barrels a day in the four weeks to 28 September, up"
        " from 5.9 million in August.",
        "four weeks",
        None,
    ),
    ("Sales averaged 300 units a day over the past 12 months, up from 250.", "12 months", None),
    ("A 60-kg sack fetched R$118 on Monday, down from R$134 a year ago.", "60-kg", None),
    ("A 20-litre drum of diesel sold for $40 in May, up from $31.", "20-litre", None),
    ("A 20-litre drum of diesel sold for $40 in May, up from $31.", "$40", "up"),
    ("38% of the 91 games ended in draws, down from 49% in 2025.", "38%", "down"),
    (
        "It drew 52 million viewers across its 40 games, the league said, up 8% on 2023.",
        "40 games",
        None,
    ),
    ("Growth will average 2.5% next year, higher than the 2% target.", "2.5%", None),
    # What a verb adds is a rise by that much, with or without what it is added to
    # (bench/fields parts annotate so 13 times to 5): "added 340 beds", "could add 50,000
    # barrels a day" (issue 11).
    ("The clinic has added 45 nurses since May.", "45 nurses", "up"),
    ("A new kiln could add 8,000 tonnes a year.", "8,000 tonnes a year", "up"),
    ("The new line will add about €3 million to revenue.", "about €3 million", "up"),
    # ... not a share of a whole, a denied addition, nor the reporting verb
    ("Wind farms added 12% of the power used.", "12%", None),
    ("The plan did not add 300 beds.", "300 beds", None),
    ('"We sold 40 homes," he added.', "40 homes", None),
    # A share of a crop a place grows is what it grows, no growth: "which grows 70% of
    # the country's food" (issue 11); an economy that grew by a share still grew.
    ("Murcia, which grows 60% of Spain's lettuce, was hit.", "60%", None),
    ("The delta grows about a third of the rice eaten there.", "about a third", None),
    ("The region's economy grew 3.1% last year.", "3.1%", "up"),
    # A hedged fraction after "by" is the size of the change (issue 11).
    ("Herds have shrunk by more than half since 2010.", "more than half", "down"),
    ("Sales rose by almost half to 9 TWh.", "almost half", "up"),
    # ... and after "up by" or "down by", as after "up" or "down".
    ("Catches were down by roughly a quarter.", "roughly a quarter", "down"),
    ("Fares are up by about a tenth this year.", "about a tenth", "up"),
    ("The stock is down by about 15% since May.", "about 15%", "down"),
    # A level with an aside of how much more or fewer than an earlier level it is: the
    # change of that level (issue 11: "468 permits ..., 42 fewer than last year").
    (
        "Nepal issued 468 permits to climb Mount Everest this spring, 42 fewer than last"
        " year, the tourism department said.",
        "468 permits",
        "down",
    ),
    ("The port handled 9,300 ships in 2025, 410 more than a year earlier.", "9,300 ships", "up"),
    ("A bag of rice sold for €31 on Friday, €4 less than before the floods.", "€31", "down"),
    ("The mill ground 52,000 tonnes in May, 8% more than in May last year.", "52,000 tonnes", "up"),
    # ... past a time written with figures (unseen14 "148,000 guest nights in the first 10
    # months of 2026, 6% more than a year earlier")
    (
        "Longyearbyen recorded 148,000 guest nights in the first 10 months of 2026, 6% more"
        " than a year earlier, and about 50,000 cruise passengers are expected to land there"
        " next summer.",
        "148,000 guest nights",
        "up",
    ),
    (
        "The port handled 2.1 million containers in the first 9 months of the year, 4% fewer"
        " than a year earlier.",
        "2.1 million containers",
        "down",
    ),
    (
        "Farmers have sold 88,000 tonnes since the season opened on 3 April, 12% more than at"
        " the same point last year.",
        "88,000 tonnes",
        "up",
    ),
    ("The firm sold 400 cars to 12 dealers, 5% more than last year.", "400 cars", None),
    # ... not an amount added, whatever its aside tells (stop 30; first "an extra £1bn for
    # special needs in 2025-26, a rise of roughly 9%")
    (
        "The government has promised an extra £1bn for special needs in 2025-26, a rise of"
        " roughly 9%, and says it will create 10,000 new places.",
        "£1bn",
        None,
    ),
    (
        "Ministers pledged an additional €400 million for rail in 2026, an increase of 6%.",
        "€400 million",
        None,
    ),
    # ... as a comparative with no "more" or "fewer" already was
    ("Exports were worth $6.1 billion, 12% lower than a year ago.", "$6.1 billion", "down"),
    # ... not more or fewer than another thing, or than now
    ("Rovers have 61 points, 4 more than United.", "61 points", None),
    ("Pilots may fly up to 900 hours a year, 60 more than now.", "up to 900 hours a year", None),
    ("The mine employs 2,000 people, 300 fewer than its rival.", "2,000 people", None),
    ("About 9,000 pupils under 11 walk to school, 12% more than last year.", "under 11", None),
    ("Some 4,000 children under five were fed, 9% more than a year ago.", "under five", None),
    # The difference itself, told right before a comparative and "than", is directed
    # whatever the other level is (stop 30, CONTEXT.md: "about 30% more than Grade 2" up;
    # unseen10 "27 more than Ortega", unseen13, unseen14 "about 30% less than colleagues in
    # Auckland"), as it is against an earlier time.
    ("Grade 1 threads sell for about 30% more than Grade 2.", "about 30%", "up"),
    (
        "Teachers on the island earn about 30% less than colleagues in Auckland, a 2025 review"
        " by the commission found.",
        "about 30%",
        "down",
    ),
    (
        "Aular won three stages and the points classification with 118 points, 27 more than"
        " Ortega.",
        "27",
        "up",
    ),
    ("Diesel in the border towns sells for 18 cents more than in the capital.", "18 cents", "up"),
    ("The striker has 14 goals this season, three fewer than his captain.", "three", "down"),
    ("The new model is 40 grams lighter than the one it replaces.", "40 grams", "down"),
    ("Shipping the ore by rail costs 12% less than by road.", "12%", "down"),
    # ... not a bound, which comes before its figure, nor the level the aside follows
    ("More than 30 people came, fewer than last year.", "More than 30 people", None),
    ("The striker has 14 goals this season, three fewer than his captain.", "14 goals", None),
    ("Rice sells for less than $1 a kilo in the capital.", "less than $1 a kilo", None),
    # ... nor a count whose comparative opens the next figure's bound (unseen9)
    (
        "More than 9,000 of them have waited longer than a year, and about 2,100 longer than"
        " two years, the ministry said.",
        "about 2,100",
        None,
    ),
    ("About 4,000 patients have waited a year, and 900 longer than two years.", "900", None),
    # A fraction of a thing's own measure that a verb of change takes: the change of it
    # (issue 11: "The birr has lost more than half its value").
    (
        "The birr has lost more than half its value since the central bank let it float in"
        " July 2024.",
        "more than half",
        "down",
    ),
    ("The currency has lost nearly half its value this year.", "nearly half", "down"),
    ("Sterling lost about half its value against the dollar.", "about half", "down"),
    # ... not a fraction of a measure no verb of change takes
    ("Farmers sold half their crop.", "half", None),
    ("The firm kept half its staff.", "half", None),
    ("The flat now sells for half its price in 2019.", "half", None),
    # A count of things lost is a fall of what is left, as a count cut is (issue 11: "lost
    # 9,000 fixed-broadband customers", "has already lost 1,500 industrial jobs").
    (
        "The group added 41,000 mobile subscribers in the quarter and lost 9,000"
        " fixed-broadband customers.",
        "9,000 fixed-broadband customers",
        "down",
    ),
    ("The region has lost 40,000 factory jobs since 2010.", "40,000 factory jobs", "down"),
    ("The ruling party lost 12 seats in the election.", "12 seats", "down"),
    # ... not contests lost, a part of a whole, or money lost
    ("The club lost 11 games last season.", "11 games", None),
    ("The Kings have now lost four of their last five finals.", "four", None),
    ("The utility lost $120 million last year.", "$120 million", None),
    # A level with an aside naming its change as a noun, or its size and side ending the
    # sentence: the change of that level (issue 11: "Total tax receipts reached €91.4
    # billion between January and October, a rise of 8.9%", "$157 a carat, 9% lower").
    (
        "Total tax receipts reached €91.4 billion between January and October, a rise of 8.9%.",
        "€91.4 billion",
        "up",
    ),
    ("The club's wage bill was £212m last season, an increase of 14%.", "£212m", "up"),
    ("Exports totalled 3.1 million tonnes in May, a drop of 6%.", "3.1 million tonnes", "down"),
    ("It sold the ore at an average price of $96 a tonne, 9% lower.", "$96 a tonne", "down"),
    ("The index ended the week at 7,900 points, 0.4% higher.", "7,900 points", "up"),
    # ... not the earlier level the change is from
    ("Profit fell to $341m from $794m a year earlier, a fall of 57%.", "$794m", None),
    ("Sales rose to 90 units from 60 in 2024, a rise of 50%.", "60", None),
    # ... nor a noun that names no change
    ("The last stage runs 118.6 km, a climb of 2,000 metres in all.", "118.6 km", None),
    # "N extra" after its number is a rise by it, as "N more" is; "an extra" or
    # "additional" N before it is an amount, with no change unless its verb changes a
    # level (stop 30, CONTEXT.md: "a further", "another", "an additional" N).
    (
        "The department said an extra 3.6 million appointments had been delivered.",
        "3.6 million appointments",
        None,
    ),
    (
        "Each additional 100,000 barrels a day adds about $2.4 billion a year to revenue.",
        "100,000 barrels a day",
        None,
    ),
    ("The council will hire 300 extra teachers.", "300 extra teachers", "up"),
    ("Employers will pay an extra 1 percentage point from August.", "1 percentage point", None),
    # ... not a further sum released, nor a size that is extra-large
    ("The ministry released a further $40 million on Monday.", "$40 million", None),
    ("An extra-large pizza costs $14.", "$14", None),
    # The level a change reached "to", past the change's size and a time the parse takes
    # for part of it (issue 11: "ridership rose 31% in the financial year 2024-25 to 28.6
    # crore journeys", "rose 38% between April and June ..., to 78,500 units").
    (
        "Across the network, ridership rose 31% in the financial year 2024-25 to 28.6 crore"
        " journeys, according to the authority.",
        "28.6 crore journeys",
        "up",
    ),
    (
        "Sales of heat pumps rose 38% between April and June compared with the same period"
        " last year, to 78,500 units, the association said.",
        "78,500 units",
        "up",
    ),
    (
        "Revenue rose 14% in the fiscal year 2025-26 to 9,400 crore rupees.",
        "9,400 crore rupees",
        "up",
    ),
    (
        "Arrivals rose 22% in the season 2024-25 to 1.9 million visitors.",
        "1.9 million visitors",
        "up",
    ),
    # ... not a level in another clause
    ("Sales rose 5% in May, while exports went to 40 countries.", "40 countries", None),
    ("Sales rose 5% and exports went to 40 countries.", "40 countries", None),
    ("Prices rose 3% in 2024 and the firm sold 20,000 cars to 12 dealers.", "12 dealers", None),
    # The whole a cut part is "out of", and a share of a whole a level is restated as, do
    # not change with the part or the level (issue 11: "will cut about 1,200 jobs ..., out
    # of some 38,000 staff", "rose 27% to 41,600 cars, or nearly a fifth of deliveries").
    (
        "The company will cut about 1,200 jobs by 2027, he said, out of some 38,000 staff.",
        "some 38,000 staff",
        None,
    ),
    ("The bank will shed 300 jobs out of 4,000.", "4,000", None),
    ("Sales rose 27% to 41,600 cars, or nearly a fifth of deliveries.", "nearly a fifth", None),
    ("Exports rose to 2.1 million tonnes, or about 40% of output.", "about 40%", None),
    # ... but the part cut, and the change restated in money, still change
    ("The bank will shed 300 jobs out of 4,000.", "300 jobs", "down"),
    ("Profits rose 12%, or $40 million.", "$40 million", "up"),
    (
        "Output fell 4% to 5,870 tonnes of uranium, or about 15.3 million pounds of U3O8.",
        "about 15.3 million pounds",
        "down",
    ),
    # A level forecast or aimed at "by" a year, set against a level of its unit named
    # before it in the sentence, states the change from that level (issue 11: unseen11 "a
    # funding gap of Nu. 7.8 billion ... could reach Nu. 15 billion by 2035", first "now
    # has almost 15 gigawatts ... aims to reach 50GW by 2030").
    (
        "An actuarial review of Bhutan's pension fund found a funding gap of Nu. 7.8 billion"
        " in the civil service scheme and said it could reach Nu. 15 billion by 2035.",
        "Nu. 15 billion",
        "up",
    ),
    (
        "The port handled 2.4 million tonnes last year and expects to reach 3.1 million"
        " tonnes by 2028.",
        "3.1 million tonnes",
        "up",
    ),
    (
        "Debt stands at €48 billion, and the treasury wants to bring it to €40 billion by"
        " the end of 2030.",
        "€40 billion",
        "down",
    ),
    # ... not with no earlier level, one in another unit, nor the earlier level itself
    (
        "Net interest costs are projected to reach $31 billion a year by 2029-30.",
        "$31 billion a year",
        None,
    ),
    (
        "The plant employs 400 people and aims to reach 50GW by 2030.",
        "50GW",
        None,
    ),
    (
        "The port handled 2.4 million tonnes last year and expects to reach 3.1 million"
        " tonnes by 2028.",
        "2.4 million tonnes",
        None,
    ),
    # A share offered, asked for or wanted in a sentence that tells of a rise is the rise
    # bargained over (issue 11: first "The airline has offered 7.5%, rising to 9%";
    # unseen12 "wants a 25% pay rise ... the company has offered 8%", "Nurses' pay rose by
    # 6% ..., and the nurses' association wants a further 10%").
    (
        "The airline has offered 7.5%, rising to 9% if pilots agree to fly up to 900 hours a"
        " year, 60 more than now.",
        "7.5%",
        "up",
    ),
    (
        "The workers' union wants a 25% pay rise and a housing allowance, and says the"
        " company has offered 8%.",
        "8%",
        "up",
    ),
    (
        "Nurses' pay rose by 6% from January, and the nurses' association wants a further 10%.",
        "10%",
        "up",
    ),
    (
        "Teachers' salaries rose 3% last year; this year the union is demanding 7%.",
        "7%",
        "up",
    ),
    (
        "Drivers want a pay rise, and the operator has proposed 4.5% over two years.",
        "4.5%",
        "up",
    ),
    # Near misses: a share of something asked for; no rise told of in the sentence.
    (
        "Wages rose 4%, and the town wants 10% of the new royalty spent there.",
        "10%",
        None,
    ),
    ("The union has asked for 8% and the company has offered 5%.", "5%", None),
    # A difference from a norm or an average is directed (stop 30, CONTEXT.md; unseen
    # "22% above normal", unseen4 "12% below the 30-year average").
    (
        "Kerala received 1,780 mm of rain between 1 June and 16 August, 22% above normal for"
        " the period, according to IMD data.",
        "22%",
        "up",
    ),
    ("Snowfall in the Alps was 40% below normal this winter.", "40%", "down"),
    ("Sea temperatures off Perth ran 1.8C above the long-term average in March.", "1.8C", "up"),
    ("Rain in Piura could be 30% to 50% above average in March.", "30% to 50%", "up"),
    ("July was 2.9C above the 1991-2020 norm.", "2.9C", "up"),
    ("Prices are 8% above the 2015 average.", "8%", "up"),
    # ... not the level itself, set against a norm or a target in an aside
    ("Kerala received 1,780 mm of rain, 22% above normal.", "1,780 mm", None),
    ("Rainfall was 620 mm, below normal for the season.", "620 mm", None),
    # "reach", "hit", "stand at", "total" give a level, with no change unless the sentence
    # states that figure's change (stop 30; unseen4 "temperatures reached 31C")
    pytest.param(
        "Three riders crashed on the descent to Lake Kivu on stage 5, where temperatures"
        " reached 31C.",
        "31C",
        None,
        marks=pytest.mark.xfail(
            strict=True, reason="the parse hangs '31C.' on 'crashed', and 'descent' reads as a fall"
        ),
    ),
    ("Hotel rates in Nice hit €410 a night during the festival.", "€410 a night", None),
    ("Installed capacity reached 11,700 MW by the end of December.", "11,700 MW", None),
    ("Inflation reached 7.8% in October, the highest in the European Union.", "7.8%", None),
    ("The new train can reach a speed of 320 km/h.", "320 km/h", None),
    # ... but a change stated with it is its direction, and a record level is a rise
    # (unseen3 "Peak demand on the peninsula hit a record 21,300 megawatts in May")
    ("Exports rose 9% to reach $4.1 billion.", "$4.1 billion", "up"),
    ("Steel prices hit $985 a ton on Tuesday, up 31% since January.", "$985 a ton", "up"),
    (
        "Peak demand on the peninsula hit a record 21,300 megawatts in May.",
        "21,300 megawatts",
        "up",
    ),
    ("Reserves reached a record $48.2 billion at the end of February.", "$48.2 billion", "up"),
    ("Passenger numbers stood at a record 4.2 million in July.", "4.2 million", "up"),
    ("The lake hit a record low of 2.1 metres in August.", "2.1 metres", "down"),
    # ... not a change's start, nor a record another verb tells
    (
        "Butter fell to about €5,900 a tonne last week from a record €7,400 in the spring.",
        "€7,400",
        None,
    ),
    ("Growers harvested a record 680,000 tonnes this year.", "680,000 tonnes", None),
    # "a further", "another", "an additional", "an extra" N is an amount, with no change
    # unless the verb changes a level (stop 30; unseen9 "would pay an extra $40 a month")
    (
        "A worker earning $4,000 a month would pay an extra $40 a month, according to ministry"
        " calculations.",
        "$40 a month",
        None,
    ),
    ("The council will spend an additional £3m on road repairs.", "£3m", None),
    (
        "The levy would bring in an extra 95 billion francs a year.",
        "95 billion francs a year",
        None,
    ),
    # ... but a verb that changes a level gives it
    ("OPEC+ will add a further 137,000 barrels a day in December.", "137,000 barrels a day", "up"),
    ("The bank made a further cut of 25 basis points.", "25 basis points", "down"),
    ("Flows could fall a further 2% this year.", "2%", "down"),
]


@pytest.mark.parametrize(
    ("text", "surface", "direction"), EXTRACTED_DIRECTIONS, ids=lambda x: str(x)[:30]
)
def test_directions(text: str, surface: str, direction: str | None) -> None:
    assert claim_with_surface(text, surface).direction == direction
