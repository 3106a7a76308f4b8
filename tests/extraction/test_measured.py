"""What a claim measures: the phrase naming it ("people killed in Gaza", "bribes").

Pins `claims/extraction/fields/measured.py` (the owner) and the parse rules of
`claims/extraction/context/` (`measured`, `phrases`, `subjects`, `describe`).
`MEASURED` and `AFTER_PREVIOUS` are checked through `describe` (the parse rules alone:
rows are ``(sentence, figure, expected)`` where ``figure`` is what the extractor would
hand to `describe`, the number with its unit or currency, not the counted noun);
`MEASURED_IN_TEXT` and the tests after it through `extract` (the whole pipeline, which
links a sentence to the one before); the last test checks that batch
parsing (`parse_many`) reads the table's sentences as `parse` does. A count of people
told by what happened to them ("12 dead") is pinned with its unit in test_unit.py.
"""

from __future__ import annotations

import pytest
from claim_lookup import PERCENT, describe_figure

from claims import extract
from claims.extraction.context.describe import describe, link_previous
from claims.extraction.nlp import parse, parse_many


def xfail(*row: object, reason: str) -> object:
    """A known miss: the row must keep failing until the rule is fixed."""
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


# (sentence, figure, expected measured phrase)
MEASURED = [
    # a sum a thing costs is its cost, a sum it sells for or fetches its price: the thing
    # alone is no measure ("The goat fetched KSh 6,000" is the goat's price)
    ("The new stadium will cost $1.2 billion.", "$1.2 billion", "cost of new stadium"),
    ("A return ticket costs $45.", "$45", "cost of return ticket"),
    ("The upgrade could cost the council £30m a year.", "£30m", "cost of upgrade"),
    ("Each vaccine dose costs $19, the ministry said.", "$19", "cost of vaccine dose"),
    ("A bag of rice fetched $12 at the market.", "$12", "price of bag of rice"),
    ("The painting sold for £2.4m at auction.", "£2.4m", "price of painting"),
    ("Second-hand cars now sell for about $8,000.", "$8,000", "price of second-hand cars"),
    ("Rice sold at $600 a tonne in Bangkok.", "$600", "price of Rice"),
    ("The cabinet approved a package costing $2 billion a year.", "$2 billion", "cost of package"),
    # near-misses: a seller's act on what it sells; a pronoun standing for nothing named;
    # a price named by its own noun
    ("The farmers sold their crop for $5 million.", "$5 million", "crop"),
    ("It will cost $5bn.", "$5bn", None),
    ("Tickets sold at a price of €45 on Saturday night.", "€45", "price"),
    # a sum a thing costs, set beside a second sum in an aside the parse reads as a second
    # object ("costs Rs 30, three times the fare"), is still its cost; so is a sum after
    # a past "cost" the parse reads as a noun ("the oil cost about $2.70")
    (
        "A 5-km ride on Line 3 costs Rs 30, three times the second-class fare for a similar "
        "distance on a local train.",
        "Rs 30",
        "cost of 5-km ride",
    ),
    ("The permit costs €80, double the fee charged last year.", "€80", "cost of permit"),
    ("The course costs £900, double the price charged last year.", "£900", "cost of course"),
    ("The oil cost about $2.70, while the wage is 5,800 pesos a month.", "$2.70", "cost of oil"),
    ("The ticket cost about $45, while a seat cost $20.", "$45", "cost of ticket"),
    # near-misses: a cost the parse reads right; one named by its own noun; a seller's act
    ("A ferry ticket costs $15, half the airfare.", "$15", "cost of ferry ticket"),
    ("The meal cost about $12, the owner said.", "$12", "cost of meal"),
    ("The cost was $300.", "$300", "cost"),
    ("Farmers sold cattle for $400, half last year's price.", "$400", "cattle"),
    # a participle after money telling what the act led to (", leaving a gap", ",
    # bringing the total to") is no purpose the money is spent on
    (
        "The scheme paid out $612 million in benefits, while contributions brought in "
        "$540 million, leaving a gap of $72 million.",
        "$540 million",
        "contributions",
    ),
    ("Ticket sales brought in $2 million, leaving a shortfall.", "$2 million", "ticket sales"),
    ("Donations raised $40,000, taking the total to $90,000.", "$40,000", "donations"),
    # near-miss: money spent doing something names what it was spent on
    ("The city spent $3 million repairing roads.", "$3 million", "repairing roads"),
    # known misses: money an actor needs or raises is named by the verb ("funding needed",
    # "money raised"), not by its purpose or an event it was raised in, nor the actor
    xfail(
        "We need at least $25 million a year for prevention.",
        "$25 million",
        "funding needed for prevention",
        reason="money needed is named by its purpose alone",
    ),
    xfail(
        "The group raised BD 62 million in the kingdom's largest listing.",
        "BD 62 million",
        "money raised in kingdom largest listing",
        reason="an event money is raised in is read as its purpose",
    ),
    xfail(
        "Egypt raised $2.5 billion from a sale of dollar bonds, drawing orders of $9 billion.",
        "$2.5 billion",
        "money raised from sale of dollar bonds",
        reason="a participle of what the sale drew is read as what the money was spent on",
    ),
    # a part that accounts for, makes up or brings in a share of a whole is measured as
    # its share of that whole, without the whole's owner (the place or entity holds it)
    (
        "Coffee accounts for nearly half of Uganda's exports.",
        "nearly half",
        "coffee share of exports",
    ),
    ("Women make up 30% of the workforce.", "30%", "women share of workforce"),
    ("Small firms account for 60% of the country's jobs.", "60%", "small firms share of jobs"),
    (
        "Tourism brings in roughly a third of the island's export earnings.",
        "roughly a third",
        "tourism share of export earnings",
    ),
    # near-misses: a share of a yardstick; "make" with no "up"; a share its subject is; a
    # whole the share names only by a pronoun; a count of the whole, not a share
    ("Cars account for 5% of GDP.", "5%", "cars as share of GDP"),
    ("The firm makes 30% of its sales abroad.", "30%", "sales"),
    ("Turnout was 60 per cent of voters.", "60 per cent", "turnout"),
    ("Cars make up 40% of it.", "40%", "cars"),
    ("The capital accounts for 1,210 of the cases.", "1,210", "capital"),
    # money an actor lost is its loss; money a participle clause earns is the earnings
    # of the clause's subject, not the subject
    ("The airline, which lost $300 million last year, is cutting routes.", "$300 million", "loss"),
    ("Acme, which lost £40m in 2024, wants a buyer.", "£40m", "loss"),
    ("The club lost £12m last season.", "£12m", "loss"),
    ("Kenya shipped 600,000 tonnes of tea, earning $1.2 billion.", "$1.2 billion", "earnings"),
    ("Chile sold 2 million tonnes of copper, earning $18 billion.", "$18 billion", "earnings"),
    # money earned on something is the earnings on it: "on" names no purpose there
    (
        "The Samoa National Provident Fund earned a record WS$148 million on its investments "
        "in the year to June 30.",
        "WS$148 million",
        "earnings on investments",
    ),
    (
        "The sovereign fund earned $2.3 billion on its bond holdings last year.",
        "$2.3 billion",
        "earnings on bond holdings",
    ),
    ("The bank earned £40m on currency trading.", "£40m", "earnings on currency trading"),
    # near-misses: money spent on something is for it; earned from or in something
    ("The fund spent $3 million on its investments.", "$3 million", "investments"),
    ("The port earned $12 million in fees.", "$12 million", "fees"),
    ("The fund earned $5 million on Monday.", "$5 million", "earnings"),
    # near-misses: a share lost is a fall of what lost it; a relative clause of having;
    # a loss not (yet) made
    ("They would rather lose $60 million than pay more.", "$60 million", None),
    ("Shares in the airline, which lost 3% on Monday, recovered.", "3%", "shares in airline"),
    ("The fund, which holds $2 billion, is closing.", "$2 billion", "fund"),
    # money released or allocated with no purpose named is the funds released, with
    # where they came from or went ("to flood defences" reads as an infinitive)
    (
        "The ministry has released $40 million from its emergency fund.",
        "$40 million",
        "funds released from emergency fund",
    ),
    (
        "The government allocated $300 million to flood defences over three years.",
        "$300 million",
        "funds allocated",
    ),
    ("The council will disburse £5m.", "£5m", "funds disbursed"),
    # near-misses: a purpose named; money paid
    ("The ministry released $40 million for school meals.", "$40 million", "school meals"),
    ("The Treasury paid $5 million in bribes.", "$5 million", "bribes"),
    # money sought, requested or asked for is the funds asked for, with whom from; not
    # the one who asks
    (
        "The state said it would seek $300 million from the federal government.",
        "$300 million",
        "funds sought from federal government",
    ),
    ("The union had asked for $15 an hour.", "$15", "funds asked for"),
    (
        "The hospital requested $2 million from the ministry.",
        "$2 million",
        "funds requested from ministry",
    ),
    # near-misses: what is asked for names itself; money of another clause
    ("The council is asking the government for a grant of $5 million.", "$5 million", "grant"),
    ("The mayor asked the state for $20 million for local roads.", "$20 million", "local roads"),
    (
        "Farmers asked for help after the floods cost them $40 million.",
        "$40 million",
        "cost of floods",
    ),
    # the people a place is "of" or "with", and nothing more, are its population
    ("Malta, a country of about 520,000 people, joined the bloc in 2004.", "520,000", "population"),
    ("The town of Kiruna, with about 23,000 inhabitants, must move.", "23,000", "population"),
    ("The island of 4,000 residents has one doctor.", "4,000", "population"),
    # near-misses: a crowd is no place; people a place acts on or says more of; homes
    ("A crowd of 20,000 people gathered in the square.", "20,000", "people"),
    ("The town evacuated 4,000 residents on Monday.", "4,000", "residents evacuated"),
    ("The city, with 1,200 people in shelters, asked for aid.", "1,200", "people in shelters"),
    ("Firefighters reached a village of 300 homes.", "300", "homes"),
    # the people that are a place's own, that it is home to or has, or a bare count of a
    # place, are its population too
    ("The island's 281,000 people grow older.", "281,000", "population"),
    ("Peru's 34 million people vote on Sunday.", "34 million", "population"),
    ("Its 5 million residents face water cuts.", "5 million", "population"),
    ("Oslo is home to about 700,000 people.", "700,000", "population"),
    ("The valley is home to 12,000 inhabitants.", "12,000", "population"),
    ("Chile has 19 million people.", "19 million", "population"),
    ("Local officials said the town of 62,000 wanted a share.", "62,000", "population"),
    ("The port town of 45,000 has one hospital.", "45,000", "population"),
    ("Banjul itself shrank, to 28,200 people from 31,300.", "28,200", "population"),
    ("Lagos grew to 15 million people.", "15 million", "population"),
    ("The village shrank to 90 residents.", "90", "population"),
    # near-misses: some of a place's people; people it says more of; people of a body;
    # who is home to a place are not always people; a body that has people
    (
        "The country's 2,000 displaced people need shelter.",
        "2,000",
        "country displaced people need shelter",
    ),
    ("The city's 1,200 people in shelters asked for aid.", "1,200", "city people in shelters"),
    ("The hospital's 400 residents were moved.", "400", "hospital residents moved"),
    ("The club is home to 300 players.", "300", "players"),
    ("The Leeds start-up has 600 people.", "600", "people"),
    ("The death toll rose to 40 people.", "40", "people"),
    ("Kenya flew 300 people to safety.", "300", "people flown to safety"),
    # a place's people told with where the place lies ("between Switzerland and Austria",
    # "on nine islands") are still its population: the phrase says where, not which people
    (
        "Liechtenstein is a principality of about 40,000 people between Switzerland and Austria.",
        "40,000",
        "population",
    ),
    (
        "Palau, a nation of about 18,000 people on 340 islands, relies on tourism.",
        "18,000",
        "population",
    ),
    (
        "The Faroes, a territory of 54,000 people in the North Atlantic, voted.",
        "54,000",
        "population",
    ),
    # a place's people set off by commas after its name, which the parse hangs on the verb
    (
        "Kosovo, with about 1.6 million residents, received 500,000 visitors.",
        "1.6 million",
        "population",
    ),
    (
        "Estonia, with some 1.3 million people, spends 2% of GDP on defence.",
        "1.3 million",
        "population",
    ),
    (
        "Nauru, with about 12,500 people on 21 square kilometres, uses the dollar.",
        "12,500",
        "population",
    ),
    # a relative clause in the singular is the place's, not the people's
    (
        "They came to a country of roughly 100,000 people that depends on tourism.",
        "100,000",
        "population",
    ),
    ("Malta is a nation of 520,000 people that relies on imports.", "520,000", "population"),
    ("The island is a state of 90,000 people which sits on a reef.", "90,000", "population"),
    # places named by their own nouns: an archipelago, a principality
    (
        "The archipelago of about 870,000 people is spread over three islands.",
        "870,000",
        "population",
    ),
    ("The principality of 39,000 people has no army.", "39,000", "population"),
    ("The atoll of 3,000 people has one school.", "3,000", "population"),
    # the people who live in a place, or whom a place's relative clause has live there
    ("Some 132,000 people live in the country.", "132,000", "population"),
    ("About 5.4 million people live in Norway.", "5.4 million", "population"),
    ("Some 90,000 residents live on the island.", "90,000", "population"),
    (
        "The Marshall Islands, whose roughly 42,000 people live on 29 atolls, uses the dollar.",
        "42,000",
        "population",
    ),
    ("Samoa, whose 200,000 people are mostly young, votes in April.", "200,000", "population"),
    # near-misses: people in shelters or camps, people who did something, people living
    # somewhere that is no place, a body's people
    ("The region, with 40,000 people in camps, asked for aid.", "40,000", "people in camps"),
    (
        "The city, with 1,200 people who lost their homes, asked for aid.",
        "1,200",
        "people who lost homes",
    ),
    ("About 2,000 people live in tents near the border.", "2,000", "people live in tents"),
    ("The union, with 12,000 people, went on strike.", "12,000", "people"),
    ("The firm, whose 3,000 people work from home, moved.", "3,000", "people work from home"),
    # what a relative clause's forecaster expects to change is the clause's noun, not the
    # forecaster ("income, which the ministry expects to fall to $4bn"); a forecaster
    # whose own act or object is named keeps those
    (
        "Coffee exports, which the board expects to reach $2 billion this year, are rising.",
        "$2 billion",
        "coffee exports",
    ),
    (
        "Tourism income, which the ministry forecasts to fall to $4 billion, matters.",
        "$4 billion",
        "tourism income",
    ),
    ("Wheat output, which analysts expect to fall 5%, is key.", "5%", "wheat output"),
    (
        "Analysts expect copper output to climb to 900,000 tonnes.",
        "900,000 tonnes",
        "copper output",
    ),
    ("The central bank expects inflation to ease to 3% by June.", "3%", "inflation"),
    ("The ministry expects to spend $3 billion on roads.", "$3 billion", "roads"),
    # a place has its own field: a place, a venue or a region where the thing is (in, at,
    # across) is left out; a destination or an origin stays ("exports to China")
    ("House prices in Lisbon rose 9% last year.", "9%", "house prices"),
    (
        "Some 12,000 spectators at Wembley Stadium watched the final.",
        "12,000",
        "spectators watched final",
    ),
    ("About 3,000 homes across the region lost power.", "3,000", "homes lost power"),
    ("The firm opened 45 branches across Kenya in 2024.", "45", "branches opened"),
    ("The chain opened 30 stores across Spain in the first half.", "30", "stores opened"),
    ("About 9,000 fans were stranded across Europe at the start of May.", "9,000", "fans stranded"),
    ("Unemployment in the capital rose to 7.1%.", "7.1%", "unemployment"),
    ("Flights at Heathrow fell 8% in May.", "8%", "flights"),
    ("Spending in the health service rose 4%.", "4%", "spending in health service"),
    ("Arrivals from Libya rose 20%.", "20%", "arrivals from Libya"),
    ("Stakes in Acme rose 4% on Monday.", "4%", "stakes in Acme"),
    # a time of day is a time like its day: the claim's period holds it
    (
        "The notes were priced at a yield of 6.2% on Thursday afternoon.",
        "6.2%",
        "yield",
    ),
    ("The bonds changed hands at a price of 94 cents on Monday morning.", "94 cents", "price"),
    ("The index ended at a level of 5,120 on Tuesday evening.", "5,120", "level"),
    ("Tickets sold at a price of €45 on Saturday night.", "€45", "price"),
    ("The 30-year bonds traded at a yield of 4.9% on Friday night.", "4.9%", "yield"),
    ("Brent settled at a price of $71 on Tuesday evening.", "$71", "price"),
    # near-misses: what the figure is on stays; a day alone was already a time
    (
        "The ministry issued debt at a yield of 5% on the 10-year notes.",
        "5%",
        "yield on 10-year notes",
    ),
    ("The shares closed at a high of $41 on Friday.", "$41", "high"),
    ("Fares on night buses rose 8%.", "8%", "fares on night buses"),
    ("The tariff on night flights rose to 12%.", "12%", "tariff on night flights"),
    # an estimate or a forecast of something measures that thing; whose estimate it is
    # and that it is one are the entity's and the statement's
    (
        "The Bank cut its estimate of growth in the third quarter to 0.2%.",
        "0.2%",
        "economic growth",
    ),
    ("The agency raised its forecast for inflation to 3.4%.", "3.4%", "inflation"),
    ("The IMF lowered its projection of world trade growth to 1.7%.", "1.7%", "world trade growth"),
    (
        "The ministry's forecast for wheat exports is 6.1 million tonnes.",
        "6.1 million tonnes",
        "wheat exports",
    ),
    # a period that only modifies what is forecast ("full-year", "first-half") leaves it
    # named
    (
        "The company cut its forecast for full-year operating profit to $250 million.",
        "$250 million",
        "full-year operating profit",
    ),
    ("The bank raised its forecast for first-half revenue to $3bn.", "$3bn", "first-half revenue"),
    # near-misses: a forecast for a period names nothing else; a counted thing stays
    ("The agency raised its forecast for 2026 to 3.4%.", "3.4%", "forecast"),
    ("The agency raised its forecast for next year to 3.4%.", "3.4%", "forecast"),
    ("Forecasts of 5,000 job cuts proved wrong.", "5,000", "job cuts"),
    # a compound already names what is forecast: what "for" names is whose
    (
        "The sales forecast for the group is $4.2 billion.",
        "$4.2 billion",
        "sales forecast for group",
    ),
    ("Nine people, including two guards, were arrested.", "Nine", "people arrested"),
    ("About 40 staff, including six doctors, were hurt.", "40", "staff hurt"),
    ("Sales including online orders rose 4%.", "4%", "sales"),
    # a share or part of a group, subject of a verb: the group with what it does or
    # undergoes ("no" kept: it turns the act round); a verb of being names its complement
    ("Three of the nine judges dissented.", "Three", "judges dissented"),
    (
        "Seven of the 19 officials expect no cuts, up from four in March.",
        "four",
        "officials expect no cuts",
    ),
    (
        "About 60% of patients were seen within four hours.",
        "60%",
        "patients seen within four hours",
    ),
    (
        "Only 70% of patients started treatment within 62 days.",
        "70%",
        "patients started treatment within 62 days",
    ),
    ("About 6% planned to spoil their ballots.", "6%", "planned to spoil ballots"),
    ("Some 30 of the passengers were injured.", "30", "passengers injured"),
    ("A further 20 per cent of voters remain undecided.", "20 per cent", "voters undecided"),
    ("An estimated 300,000 civilians remain trapped in the city.", "300,000", "civilians trapped"),
    ("Half of Americans say the economy is weak.", "Half", "Americans"),
    ("About 14,000 customers were without power on Sunday.", "14,000", "customers without power"),
    ("More than 200,000 people were staying in 1,300 shelters.", "200,000", "people in shelters"),
    ("More than 2,300 migrants reached the island.", "2,300", "migrants reached island"),
    (
        "About 59% of patients had waited less than 18 weeks, against a target of 65%.",
        "59%",
        "patients waited",
    ),
    # a change of an economy is its growth; of shares, their price
    ("Nigeria's economy grew 4.2% in the second quarter.", "4.2%", "economic growth"),
    ("Treasury expects the economy to grow by 2.25 per cent.", "2.25 per cent", "economic growth"),
    ("The economy shrank 0.3% in the quarter, down from 0.1%.", "0.1%", "economic growth"),
    # an economy expected or forecast to grow; "growth" alone, as news writes the
    # economy's (a forecaster's verb the parse reads as a noun before it is no part of it)
    ("The economy is expected to grow 2.9% this year.", "2.9%", "economic growth"),
    ("The economy is projected to shrink 0.4% in 2026.", "0.4%", "economic growth"),
    ("Growth slowed to 1.2% in the second quarter.", "1.2%", "economic growth"),
    ("The central bank forecasts growth of 3.1% next year.", "3.1%", "economic growth"),
    ("The IMF forecasts growth of 2.6% for 2027.", "2.6%", "economic growth"),
    # near-misses: a growth that names what grew; another subject expected to change
    ("Sales growth slowed to 3% in May.", "3%", "sales growth"),
    ("Growth in exports slowed to 3%.", "3%", "growth in exports"),
    ("Wage growth eased to 4.1%.", "4.1%", "wage growth"),
    ("Inflation is expected to ease to 2.8% this year.", "2.8%", "inflation"),
    ("The bank forecasts revenue of $3bn.", "$3bn", "revenue"),
    ("Shares in Acme Heavy Industries rose 2.3% to ¥3,612.", "¥3,612", "share price"),
    ("Nova shares fell 2.4% to $187.30.", "2.4%", "Nova share price"),
    ("The economy is worth $3 trillion.", "$3 trillion", "economy"),
    ("The group sold 2 million shares in the company.", "2 million", "shares sold in company"),
    # a figure compared with another at another place or time measures what it does
    (
        "The club's wage bill was €162 million, compared with €340 million at its rival.",
        "€340 million",
        "club wage bill",
    ),
    ("Profit was $2bn, compared with $1.5bn a year earlier.", "$1.5bn", "profit"),
    # an actor's money names what it is for, else the act: never the actor
    ("The EU pays Tunisia €105 million to curb departures.", "€105 million", "to curb departures"),
    (
        "It will spend $800 million to train 20,000 apprentices.",
        "$800 million",
        "to train apprentices",
    ),
    ("The British government pledged £120 million at a conference.", "£120 million", "pledged"),
    ("Germany pledged €2 billion on Monday.", "€2 billion", "pledged"),
    # so does an amount any actor moves or makes: the act, never the actor, by the noun
    # news names an act of trade, output or payment with, with where it went or came from
    (
        "Saudi Arabia pumped 9.98 million barrels a day in September.",
        "9.98 million barrels a day",
        "output",
    ),
    ("Brazil shipped 39.7 million tonnes in the first half.", "39.7 million tonnes", "shipments"),
    ("Rio Tinto mined 82 million tonnes last year.", "82 million tonnes", "output"),
    ("Norway exported 12 TWh to Germany last year.", "12 TWh", "exports to Germany"),
    ("The utility may have to import 300 GWh from France.", "300 GWh", "imports from France"),
    ("She was fined £40,000 last week.", "£40,000", "fine"),
    ("Ghana borrowed $3 billion from the IMF in 2023.", "$3 billion", "borrowing from IMF"),
    # near-misses: an act with no noun of its own, a thing counted, a noun already named
    ("Kenya donated $2 million to the fund.", "$2 million", "donated"),
    ("Exports rose to 12 TWh last year.", "12 TWh", "exports"),
    # a clause its relative pronoun opens with no comma on a counted noun says which
    # ones are counted
    (
        "The 1,200 workers who lost their jobs will get a payout.",
        "1,200",
        "workers who lost jobs",
    ),
    ("About 5,000 farmers who grow cocoa will get the grant.", "5,000", "farmers who grow cocoa"),
    (
        "Some 2,000 people who live near the river were moved.",
        "2,000",
        "people who live near river",
    ),
    # near-misses: after a comma it tells more of them; a passive, a clause of having, a
    # clause with a figure of its own, a noun no number counts
    ("About 5,000 farmers, who grow cocoa, will get the grant.", "5,000", "farmers get grant"),
    ("The 300 nurses who were hired last year start in May.", "300", "nurses start"),
    ("There are 40 firms that have licences.", "40", "firms"),
    (
        "A goat that fetched $60 now sells for $20.",
        "$20",
        "price of goat",
    ),
    ("The wildfire that broke out on Monday has burned 4,200 acres.", "4,200 acres", "wildfire"),
    # near-misses: a linking verb's subject is what the amount is; what is carried is named
    ("Brent averaged $80 a barrel in May.", "$80 a barrel", "brent"),
    ("Temperatures, which touched 47C in May, have fallen.", "47C", "temperatures"),
    # a count the sentence opens with names a later bare count, before a nearer one
    (
        "Of the 251 people abducted in the attack, in which about 1,200 people were "
        "killed, 56 are still held.",
        "56",
        "people abducted in attack",
    ),
    ("The tanker carried 4,000 tonnes of fuel oil.", "4,000 tonnes", "fuel oil"),
    ("Analysts think the merger will save $2 billion.", "$2 billion", "merger"),
    # a dateline is no part of the sentence; the change told in an aside after the verb
    # is of the amount its object names
    (
        "DUBAI — Dubai-based Falcon Gulf Airways reported a record net profit of Dh 7.9 "
        "billion for the year to 31 March, up 23% from a year earlier, as it carried more "
        "passengers than ever and fuel costs eased.",
        "23%",
        "record net profit",
    ),
    ("The bank posted revenue of $4bn in 2024, up 12% on the year before.", "12%", "revenue"),
    (
        "DUBAI — Dubai-based Falcon Air reported a net profit of Dh 7.9 billion, "
        "up 23% from a year earlier.",
        "23%",
        "net profit",
    ),
    ("LAGOS — The central bank cut its main rate to 27%.", "27%", "main rate"),
    # an infinitive after a noun says what it is for, not what it is; a verb the small
    # model reads as a noun after the figure's noun is no part of it
    ("It is being expanded at a cost of $5 billion to handle more flights.", "$5 billion", "cost"),
    # "at a cost of" on an act is the cost of doing it to its object, or of what the act
    # is done to when the verb is passive; never of who acts
    (
        "The drought forced UTE to run its oil-fired plant at Punta del Tigre for 41 days, "
        "at a cost of about 2.6 billion pesos.",
        "2.6 billion pesos",
        "cost of running oil-fired plant",
    ),
    (
        "Energy bill relief of $150 per household will be extended to the end of the year at "
        "a cost of $1.8 billion.",
        "$1.8 billion",
        "cost of energy bill relief",
    ),
    (
        "The city will rebuild the old bridge at a cost of $40 million.",
        "$40 million",
        "cost of rebuilding old bridge",
    ),
    (
        "Free school meals will be expanded at a cost of £1bn a year.",
        "£1bn",
        "cost of free school meals",
    ),
    # near-misses: who acts is no thing that costs; a cost named by its own noun
    ("The ministry acted quickly, at a cost of $3 million.", "$3 million", "cost"),
    ("The repair cost of $2 million fell to the council.", "$2 million", "repair cost"),
    ("If the 25% rate stays, exports could fall by a fifth.", "25%", "rate"),
    ("If the 10% levy remains, prices will rise.", "10%", "levy"),
    # casualties
    ("Nearly 450,000 people have been killed in Gaza.", "450,000", "people killed"),
    ("At least 45 people died in the attack.", "45", "people died in attack"),
    ("The death toll rose to 1,200 on Tuesday.", "1,200", "death toll"),
    ("The death toll rose from 120 to 135.", "120", "death toll"),
    (
        "Officials said 12 civilians were wounded in the strike.",
        "12",
        "civilians wounded in strike",
    ),
    # tariffs and trade
    ("Washington imposed a 25 per cent tariff on steel.", "25 per cent", "tariff on steel"),
    ("The White House raised tariffs to 145% on Chinese goods.", "145%", "tariffs"),
    ("Tariffs of 10 per cent will apply from May.", "10 per cent", "tariffs"),
    ("Exports to China fell 12 per cent in March.", "12 per cent", "exports to China"),
    # each sum in a list keeps its own purpose
    (
        "The bill includes $61 billion for Ukraine, $14 billion for Israel and more.",
        "$14 billion",
        "Israel",
    ),
    (
        "It has $14 billion for Israel and about $9 billion in humanitarian aid.",
        "$9 billion",
        "humanitarian aid",
    ),
    # a period after the figure is when, not what
    ("The Nasdaq has gained 24% year to date.", "24%", "Nasdaq"),
    ("Core prices rose 0.3% m/m in June.", "0.3%", "core prices"),
    ("Retail sales rose 5% year on year.", "5%", "retail sales"),
    ("The duty on imported cars is 27.5 per cent.", "27.5 per cent", "duty on imported cars"),
    # a period a thing happens in or over is the time of its clause's subject
    ("The fund will pay for roads over 12 years.", "12 years", "fund"),
    # a period an amount is spent, paid or falls over is the span of that amount
    ("Rainfall reached 300 millimetres in 24 hours.", "24 hours", "span of rainfall"),
    (
        "It dumped 300 millimetres of rain on parts of Cagayan in 24 hours.",
        "24 hours",
        "span of rain",
    ),
    ("Only 70% of patients started treatment within 62 days.", "62 days", None),
    (
        "The storm dumped 300 millimetres of rain on the coast in 24 hours.",
        "24 hours",
        "span of rain",
    ),
    (
        "The minister announced $17 billion in tax cuts over five years.",
        "five years",
        "span of tax cuts",
    ),
    (
        "The budget adds $9 billion in new spending over four years.",
        "four years",
        "span of new spending",
    ),
    # things counted in a period are the span of those things and what was done to them
    (
        "We vaccinated 2,100 children in the first six hours.",
        "six hours",
        "span of children vaccinated",
    ),
    ("Crews cleared 300 homes in two days.", "two days", "span of homes cleared"),
    (
        "The clinic treated 1,200 patients over three weeks.",
        "three weeks",
        "span of patients treated",
    ),
    # the first or the lowest in a period: the time since the last one
    (
        "Oil prices fell to their lowest level in four years.",
        "four years",
        "time since lowest level",
    ),
    (
        "The central bank cut its key rate on Tuesday, its first reduction in five years.",
        "five years",
        "time since last reduction",
    ),
    (
        "Exports fell 2% in May, the first decline in eight months.",
        "eight months",
        "time since last decline",
    ),
    (
        "The club won its first league title in 11 years.",
        "11 years",
        "time since last league title",
    ),
    # how long a state lasted; time spent doing something
    ("The city has been under siege for 11 months.", "11 months", "length of siege"),
    ("The port has been under blockade for six weeks.", "six weeks", "length of blockade"),
    # how long a thing went on burning or raging: its length, not the thing with its verb
    (
        "A fire at the Baiji refinery's North unit burned for 31 hours before firefighters "
        "brought it under control on Wednesday.",
        "31 hours",
        "length of fire",
    ),
    ("The blaze raged for three days before rain came.", "three days", "length of blaze"),
    (
        "Street protests continued for 10 days across the capital.",
        "10 days",
        "length of street protests",
    ),
    # how long something was shut, halted or suspended: the length of the stoppage, not
    # what stopped it
    (
        "A cyber attack shut down the booking and customs systems at the port for four days "
        "last week.",
        "four days",
        "length of shutdown",
    ),
    (
        "Officials closed the bridge for six weeks after the crash.",
        "six weeks",
        "length of closure",
    ),
    ("The airline suspended flights to Dubai for ten days.", "ten days", "length of suspension"),
    # near-misses: a term of prison or of office (below); a doer that only went on; a
    # verb that stops nothing
    ("The miners walked for three days to reach the town.", "three days", "miners walked"),
    ("The council cut spending for two years.", "two years", "spending"),
    (
        "JAXA has spent 18 months redesigning the engine.",
        "18 months",
        "time spent redesigning engine",
    ),
    (
        "The team spent three years building the bridge.",
        "three years",
        "time spent building bridge",
    ),
    # an age names whose it is
    ("Holm, 26, has a release clause of €90 million.", "26", "age of Holm"),
    (
        '"We won," said coach Thomas Berger, 44, who took over in 2023.',
        "44",
        "age of coach Thomas Berger",
    ),
    ("A 29-year-old nurse said her rent had risen.", "29-year-old", "age of nurse"),
    ("The group is investing a total of $200 million in the plant.", "$200 million", "group"),
    ("Starlink has a head start of six years.", "six years", "head start"),
    # a reporting or estimating clause's subject is never what is measured
    (
        "The institute estimates that restocking artillery shells alone could cost £2 billion.",
        "£2 billion",
        "cost of restocking artillery shells",
    ),
    (
        "They would build seven reactors, a plan the CSIRO estimates would cost $116 billion.",
        "$116 billion",
        "cost of plan",
    ),
    ("Analysts think the merger will save $2 billion.", "$2 billion", "merger"),
    ("A plan the Treasury says would save £2bn a year was scrapped.", "£2bn", "plan"),
    ("The fund, which the minister says will total £500m, opens in May.", "£500m", "fund"),
    # a date or "on top of" is never what money is for
    ("Crude oil traded at about $64 a barrel on Monday morning.", "$64", "crude oil"),
    ("The £14.2 billion is on top of the £3.3 billion it committed.", "£3.3 billion", None),
    ("Officials said the 125% comes on top of a 20% duty.", "125%", None),
    # satellites and defence
    ("China has launched 30 satellites capable of ISR.", "30", "satellites capable of ISR"),
    ("Canberra unveiled a $42 billion defence budget.", "$42 billion", "defence budget"),
    ("The navy will buy 12 new submarines.", "12", "new submarines to be bought"),
    (
        "Military spending reached 2.5 per cent of GDP.",
        "2.5 per cent",
        "military spending as share of GDP",
    ),
    # a share of a yardstick names what it is of ("as share of GDP", the convention of
    # bench/fields/CONTEXT.md's gold); with nothing else named, the share of it
    (
        "Remittances equal about 4% of gross domestic product.",
        "4%",
        "remittances as share of gross domestic product",
    ),
    ("Pension assets stand at 70% of GDP.", "70%", "pension assets as share of GDP"),
    # a country's output is written "GDP", however the sentence names it
    (
        "Defence spending reached 2.1% of economic output.",
        "2.1%",
        "defence spending as share of GDP",
    ),
    xfail(
        "Pension assets are worth 70% of GDP.",
        "70%",
        "pension assets as share of GDP",
        reason="'worth' and 'amount to' are not read as linking a subject to its share",
    ),
    ("The funds hold $90 billion, roughly 40% of GDP.", "roughly 40%", "share of GDP"),
    # "equal to" a share is being that share
    (
        "The government says the spending is equal to 2.1 per cent of GDP.",
        "2.1 per cent",
        "spending as share of GDP",
    ),
    ("The deficit is equivalent to 3% of GDP.", "3%", "deficit as share of GDP"),
    ("The fine is equal to 4% of annual turnover.", "4%", "fine as share of annual turnover"),
    ("The fine could reach 10% of global turnover.", "10%", "fine as share of global turnover"),
    # a share of a state reached: what is in that state, and the state
    ("The Cedar Ridge fire was 5% contained.", "5%", "Cedar Ridge fire contained"),
    ("The new stadium is 80% complete.", "80%", "new stadium complete"),
    ("The reservoir was 38 per cent full on Monday.", "38 per cent", "reservoir full"),
    ("The dam is 90 percent finished, officials said.", "90 percent", "dam finished"),
    # near-misses: a comparison or a share with no state stays as it was
    ("The index was 5% higher.", "5%", "index"),
    ("Turnout was 60 per cent.", "60 per cent", "turnout"),
    # public money and corruption
    ("The firm paid over £13m in bribes.", "£13m", "bribes"),
    ("The government spent £2bn on consultants.", "£2bn", "consultants"),
    ("The company reported revenue of $2.5bn.", "$2.5bn", "revenue"),
    ("A £300m fund for flood defences was announced.", "£300m", "fund for flood defences"),
    (
        "Regulators fined three Mexican financial institutions.",
        "three",
        "Mexican financial institutions fined",
    ),
    ("The council's budget is £45 million.", "£45 million", "council budget"),
    # "costs", "weighs" read as a plural noun at the root: the cost or weight of what
    # stands before them
    ("The new phone costs £999 in the UK.", "£999", "cost of new phone"),
    ("The iPhone 16 Pro costs £999 in the UK.", "£999", "cost of iPhone 16 Pro"),
    ("£5bn was spent on defence.", "£5bn", "spent on defence"),
    # drugs
    (
        "Police seized 2.42 tonnes of narcotics confiscated at the port.",
        "2.42 tonnes",
        "narcotics confiscated",
    ),
    ("Officers found 400kg of cocaine in the container.", "400kg", "cocaine"),
    ("Customs seized drugs worth $5 million.", "$5 million", "drugs"),
    # energy
    ("The plant will generate 1.2 gigawatts of electricity.", "1.2 gigawatts", "electricity"),
    ("They are building a 300-kilometre pipeline.", "300-kilometre", "pipeline"),
    ("Gas prices jumped 40 per cent last winter.", "40 per cent", "gas prices"),
    ("Britain installed 3 GW of offshore wind capacity.", "3 GW", "offshore wind capacity"),
    # elections
    ("Turnout was 67 per cent.", "67 per cent", "turnout"),
    ("Labour won 412 seats in the election.", "412", "seats won in election"),
    # an adjective after "per cent" that the parse hangs the figure on still qualifies
    # the noun ("cent" read as its modifier)
    ("The grid ran on more than 70 per cent renewable power.", "70 per cent", "renewable power"),
    ("Wind farms supplied 40 per cent renewable power.", "40 per cent", "renewable power"),
    # near-misses: the same written with "%", and an adjective before the figure
    ("The grid ran on 70% renewable power in May.", "70%", "renewable power"),
    ("Stores sell 30 per cent organic milk.", "30 per cent", "organic milk"),
    # a share of capacity is its subject's share of capacity: how full, how busy
    (
        "The Kariba reservoir stood at 14 per cent of capacity on Friday.",
        "14 per cent",
        "Kariba reservoir share of capacity",
    ),
    ("Mills operated at 75.8% of capacity last week.", "75.8%", "mills share of capacity"),
    ("The reservoirs fell to 16.8% of capacity.", "16.8%", "reservoirs share of capacity"),
    # near-misses: capacity added is capacity; a share of another whole
    ("The airport will add 30% more capacity.", "30%", "capacity"),
    ("Turnout was 61 per cent of voters.", "61 per cent", "turnout"),
    # the second of two "noun at figure" pairs measures its own noun, which the parse
    # joins to the first figure
    (
        "The ministry put growth at 2.1 percent and inflation at 3.4 percent.",
        "3.4 percent",
        "inflation",
    ),
    (
        "Officials confirmed the Greens' share at 22 percent and turnout at 58 percent.",
        "58 percent",
        "turnout",
    ),
    ("It valued the shares at $4bn and the debt at $1bn.", "$1bn", "debt"),
    # near-misses: the first of the pair; one pair alone
    (
        "The ministry put growth at 2.1 percent and inflation at 3.4 percent.",
        "2.1 percent",
        "economic growth",
    ),
    ("The ministry put growth at 2.1 percent.", "2.1 percent", "economic growth"),
    # a participle clause's act done to what is counted reads as its past participle
    ("Rebels attacked the town, killing 40 people.", "40", "people killed"),
    ("The storm hit Manila, injuring 120 residents.", "120", "residents injured"),
    ("The plant closed, cutting 300 jobs.", "300", "jobs cut"),
    # near-misses: a progressive main verb is no participle clause; a light verb is no act
    ("The firm is hiring 300 staff.", "300", "staff"),
    ("Floods swept the valley, leaving 3,000 people homeless.", "3,000", "people"),
    ("The Conservatives polled 24 per cent.", "24 per cent", "Conservatives"),
    # a share bargained for is the act's, not the bargainer's: an offer, a demand
    ("The airline has offered 8 per cent.", "8 per cent", "offered"),
    ("The nurses' union demanded 12 per cent on Monday.", "12 per cent", "demanded"),
    ("The Treasury proposed 3 per cent for nurses.", "3 per cent", "proposed"),
    # economy and markets
    ("Unemployment rose to 4.3 per cent in March.", "4.3 per cent", "unemployment"),
    # a change after "due to", "likely to" belongs to the subject of the linking verb
    ("Energy bills were due to fall by 7 per cent in July.", "7 per cent", "energy bills"),
    ("Prices are likely to rise by 3 per cent.", "3 per cent", "prices"),
    ("Inflation was 2.1 per cent in October.", "2.1 per cent", "inflation"),
    ("Sales rose 12 per cent last year.", "12 per cent", "sales"),
    ("The central bank cut rates to 10 per cent.", "10 per cent", "rates"),
    ("Ministers announced a cut of 10% in the budget.", "10%", "cut in budget"),
    # a headline verb read as a plural noun ("US lifts levy ..."): what it acts on is measured
    ("US lifts levy on Chinese goods to 145%", "145%", "levy on Chinese goods"),
    ("UK tax cuts boost growth to 3%", "3%", "economic growth"),
    ("Trump pauses tariffs but lifts levy on China to 145%", "145%", "levy on China"),
    ("Steel prices rise 3% in March", "3%", "steel prices"),
    # a capital opening the sentence stays on a word no dictionary knows: a name
    ("Blackmores up 9.4 per cent to $84.", "9.4 per cent", "Blackmores"),
    ("Employment grew by 125,600 positions or 2.2 per cent.", "2.2 per cent", "employment"),
    ("Inflation stood at 3.2 per cent.", "3.2 per cent", "inflation"),
    ("Shares closed 2% higher.", "2%", "shares"),
    ("The economy grew and then expanded by 0.3 per cent.", "0.3 per cent", "economy"),
    ("The index added 64.06 points.", "64.06 points", "index"),
    ("Apple's revenue rose to $94bn.", "$94bn", "Apple revenue"),
    ("Shares in BP fell 3 per cent to $4.20.", "$4.20", "share price"),
    (
        "There is a maximum investment per person, which is £50,000.",
        "£50,000",
        "maximum investment per person",
    ),
    ("$5bn is the cost of the new bridge.", "$5bn", "cost of new bridge"),
    ("Healthcare dropped 1.61%, while energy fell 0.94%.", "0.94%", "energy"),
    (
        "The average life expectancy for men in Glasgow is around 73.",
        "73",
        "average life expectancy for men",
    ),
    # ranges parsed as one chain; relative and participle clauses
    ("Homes from $750,000 to $1 million stay on the market for 70 days.", "$750,000", "homes"),
    (
        "Half the condos, which range from $800,000 to $1.3 million, have sold.",
        "$800,000",
        "condos",
    ),
    (
        "Dried flower products priced at under $10 per gram sold out.",
        "$10",
        "dried flower products",
    ),
    ("Fresh fruit prices are expected to increase between 5% and 6%.", "5%", "fresh fruit prices"),
    ("The grant goes to people earning between $48,000 and $90,000.", "$48,000", "people earning"),
    ("The MacBook Pro 16 inch is worth exactly $2000.", "16 inch", "MacBook Pro"),
    ("SpeedCast shares plummeted 40.8 per cent to $2.06.", "$2.06", "SpeedCast share price"),
    ("Sony lost 2.7 percent to 5,182 yen.", "5,182 yen", "Sony"),
    (
        "Sony found that VR headset sales in the US UK and Japan rose 60% in 2018.",
        "60%",
        "sales in US UK",
    ),
    ("Sony said VR headset sales rose 60% in 2018.", "60%", "VR headset sales"),
    xfail(
        "It found that VR headset sales in Japan rose 60% in 2018.",
        "60%",
        "VR headset sales",
        reason="the small model tags 'headset' as the subject and 'sales' as its object",
    ),
    # linking verbs name their subject even with a place after them
    ("Wholesale prices averaged about $100 on the mainland in 2024.", "$100", "wholesale prices"),
    ("The plan would cost at least $116 billion.", "$116 billion", "cost of plan"),
    # a scale word the extractor left out is still part of the figure
    ("Defence gets Rs 6.81 lakh crore this year.", "Rs 6.81 lakh", "defence"),
    ("The allocation of Rs 6.81 lakh crore is a record.", "Rs 6.81 lakh", "allocation"),
    (
        "Rs 1.92 lakh crore is set aside for capital purchases.",
        "Rs 1.92 lakh",
        "set aside for capital purchases",
    ),
    # money with its own purpose; a conjunct takes the role of its first conjunct
    (
        "It includes €150 billion in loans for member states.",
        "€150 billion",
        "loans for member states",
    ),
    (
        "China is sending 82 rescuers and 20 million yuan in emergency aid.",
        "20 million yuan",
        "emergency aid",
    ),
    (
        "It would mean about £6 billion less a year for humanitarian work.",
        "£6 billion",
        "humanitarian work",
    ),
    (
        "It cut the overseas aid budget from 0.5 per cent to 0.3 per cent.",
        "0.5 per cent",
        "overseas aid budget",
    ),
    # verbs of saying and believing say nothing about what is counted
    ("One senior official said the plan had failed.", "One", "senior official"),
    ("One analyst warned the plan would fail.", "One", "analyst"),
    ("The 62-year-old said he would stay.", "62-year-old", None),
    # markup never reaches a phrase
    ('Readers get 3 months of <a href="/subscribe/">access</a> free.', "3 months", "free"),
    xfail(
        '<h1 class="x">Death toll passes 50,000</h1>',
        "50,000",
        "death toll",
        reason="the tokenizer glues the tag onto the word; readers must strip HTML first",
    ),
    # the figure a change starts from measures what its end point measures
    (
        "Wind and solar generated 39.4 per cent of the power, up from 38.1 per cent in 2023.",
        "38.1 per cent",
        "wind and solar share of power",
    ),
    (
        "The firm has 4.6 million subscribers, up from 2.3 million a year ago.",
        "2.3 million",
        "subscribers",
    ),
    # ... also when the comparison hangs on the reporting verb after the reported clause
    (
        "A total of 12,400 people were treated for heatstroke, the agency said, up from 9,870.",
        "9,870",
        "people treated for heatstroke",
    ),
    (
        "Exports rose to $8.2bn in May, the ministry said, up from $7.1bn a year earlier.",
        "$7.1bn",
        "exports",
    ),
    (
        "Some 340 homes were flooded, officials said on Monday, down from 410 in 2023.",
        "410",
        "homes flooded",
    ),
    # a yardstick (GDP, national income) is not what a share measures
    (
        "Britain will raise defence spending to 2.5 per cent of national income.",
        "2.5 per cent",
        "defence spending as share of national income",
    ),
    ("Starmer commits to 2.5% of GDP on defence.", "2.5%", "defence as share of GDP"),
    (
        "It cut the aid budget from 0.5 per cent to 0.3 per cent of gross national income.",
        "0.3 per cent",
        "aid budget as share of gross national income",
    ),
    (
        "It lifted the aluminium rate from 10 per cent to 25 per cent.",
        "25 per cent",
        "aluminium rate",
    ),
    # a participle on the unit says what was weighed
    (
        "Belgian customs reported 44 tonnes seized at Antwerp in 2024.",
        "44 tonnes",
        "seized",
    ),
    # money names its own purpose before a vague subject
    (
        "The change amounts to an extra £13.4 billion a year for defence.",
        "£13.4 billion",
        "defence",
    ),
    ("Its shares rose nearly 5 per cent on the ASX on Tuesday.", "5 per cent", "share price"),
    ("The pound could fall to $1 in the event of a bad outcome.", "$1", "pound"),
    (
        "Y Combinator gave the start-up $20,000 in exchange for 6% of the company.",
        "$20,000",
        "Y Combinator",
    ),
    # of several earlier counts, the one with the same scale word is compared
    (
        "It has 4.6 million subscribers in over 100 countries, up from about 2.3 million.",
        "2.3 million",
        "subscribers",
    ),
    # a count that is the object of a past verb reads "people killed"
    (
        "A 7.8-magnitude earthquake killed more than 50,000 people in Turkey.",
        "50,000",
        "people killed",
    ),
    ("Tesla delivered 495,570 vehicles in the fourth quarter.", "495,570", "vehicles delivered"),
    ("Tesla has 5,000 employees in Texas.", "5,000", "employees"),
    ("SpaceX flew 134 Falcon missions in 2024.", "134", "Falcon missions flown"),
    ("About 460 Kia and Hyundai vehicles were stolen.", "460", "Kia and Hyundai vehicles stolen"),
    ("Tesla had 5,000 employees.", "5,000", "employees"),
    # what changed comes before the figure; a rate after it is no object
    ("Petrol prices have fallen by 10p a litre since March.", "10p", "petrol prices"),
    # another figure is no attachment; an elided count takes its own verb
    (
        "Reform UK is polling at 27 per cent, ahead of Labour on 23 per cent.",
        "27 per cent",
        "polling",
    ),
    ("At least 12 people died and 40 were injured.", "40", "people injured"),
    # a bare count that acts or is acted on counts people or things, never a unit before it
    (
        "Nine climbers are stranded about 300 metres below the summit, and 14 were flown out.",
        "14",
        "climbers flown",
    ),
    (
        "Six sailors are still missing 20 km off the coast, and 31 were rescued on Sunday.",
        "31",
        "sailors rescued",
    ),
    # near-misses: a unit's count compared stays the unit's; one noun counted before stays
    ("Four workers remain trapped, and 22 were pulled out alive.", "22", "workers pulled"),
    ("The mine produced 820,000 tonnes, up from 790,000.", "790,000", "tonnes"),
    # another figure's unit is no modifier; a stake is what was bought
    ("The 25 per cent tariff on steel raised $3bn.", "$3bn", "tariff on steel"),
    (
        "It took a 51 per cent stake in a vocational school for 92 million yuan in November.",
        "92 million yuan",
        "stake in vocational school",
    ),
    (
        "China has 1,000 satellites in orbit, including some 500 used for spying.",
        "500",
        "satellites",
    ),
    # a level ("a record high of", "a peak of") is what its subject reached
    ("Gold hit a record high of $2,450 an ounce.", "$2,450", "gold"),
    ("Unemployment reached a peak of 11 per cent in 1984.", "11 per cent", "unemployment"),
    # hyphenated modifiers stay whole
    ("The 10-year Treasury yield rose to 4.32%.", "4.32%", "10-year Treasury yield"),
    ("It cut duty on 36 life-saving drugs.", "36", "life-saving drugs"),
    # a hyphened word counts as one when a long phrase is cut short, never split
    (
        "South Africa raised the import duty on frozen bone-in chicken to 62%.",
        "62%",
        "import duty on frozen bone-in chicken",
    ),
    (
        "Sales of second-hand built-in kitchen ovens rose 12%.",
        "12%",
        "sales of second-hand built-in kitchen ovens",
    ),
    ("Large-scale solar farms supplied about 9 per cent.", "9 per cent", "large-scale solar farms"),
    # a phrase cut to six words never ends on a preposition
    (
        "Officials counted 12 big new Chinese coal plants in Shanxi.",
        "12",
        "big new Chinese coal plants",
    ),
    # numbers that are part of a name stay
    ("The S&P 500 rose 0.2% on Friday.", "0.2%", "S&P 500"),
    ("Tesla delivered 63,000 Model 3 sedans.", "63,000", "Model 3 sedans delivered"),
    # a pronoun names nothing: better no phrase than "it"
    ("It rose 3 per cent.", "3 per cent", None),
    ("The minister said it would cost $5bn.", "$5bn", None),
    # an organisation reporting on itself is what "it" stands for
    ("Germany says it will reach 3.5 per cent by 2029.", "3.5 per cent", "Germany"),
    ("The charity said it had raised more than €400,000.", "€400,000", "raised"),
    # ... unless the clause it is joined to has a subject of the same number
    ("Sales slowed in March, but they rose 3 per cent in April.", "3 per cent", "sales"),
    ("The pound slipped before it recovered to $1.25.", "$1.25", "pound"),
    ("Shares in BP opened lower and then they fell 3 per cent.", "3 per cent", "shares in BP"),
    ("The pound slipped before they cut rates to 4 per cent.", "4 per cent", "rates"),
    ("Shares slipped before it recovered to $1.25.", "$1.25", None),
    ("Spending on schools, which was cut in 2010, rose to £5bn.", "£5bn", "spending on schools"),
    ("Debt rose to 98 per cent of GDP.", "98 per cent", "debt as share of GDP"),
    ("Labour won 40 per cent of the vote.", "40 per cent", "vote"),
    # an owner named as subject of "has", "employs" is the claim's entity or place, not
    # part of the phrase; one written as a possessive ("Spain's") stays
    ("Ford has 13,000 workers in Michigan.", "13,000", "workers"),
    ("The city has a population of 2.1 million.", "2.1 million", "population"),
    ("The carmaker employs 36,000 staff.", "36,000", "staff"),
    ("Spain's jobless rate fell to 11 per cent.", "11 per cent", "Spain jobless rate"),
    ("Its revenue rose to $94bn.", "$94bn", "revenue"),
    ("The Leeds start-up has 600 staff.", "600", "staff"),
    ("The company said it has more than 1,000 customers.", "1,000", "customers"),
    ("The minister said they have 1,000 staff.", "1,000", "staff"),
    (
        "Ford, which has 13,000 workers in Michigan, may cut jobs.",
        "13,000",
        "workers",
    ),
    # whose thing "its", "their" name is the claim's entity, not part of what is measured
    ("Volvo had a bad day, with its shares down 11.9%.", "11.9%", "shares"),
    ("The bank said its profit rose 5% to $2bn.", "5%", "profit"),
    ("Analysts said the firm would cut its dividend to $1.", "$1", "dividend"),
    ("The miners said their pay fell 3%.", "3%", "pay"),
    ("The miners said its output fell 3%.", "3%", "output"),
    ("It has 4,000 staff.", "4,000", "staff"),
    # a name written with an inner capital keeps it
    ("Apple sold 10 million iPhones last year.", "10 million", "iPhones sold"),
    ("Apple sells 10 million iPhones in a week", "10 million", "iPhones"),
    # time spent is what it was spent on; an age is the age of the person it hangs on
    (
        "The squad had spent 11 days at a high-altitude camp.",
        "11 days",
        "spent at high-altitude camp",
    ),
    ("The probe spent four months in lunar orbit.", "four months", "spent in lunar orbit"),
    ("Three men, aged 27, 34 and 51, were arrested.", "27", "age of men"),
    ("One retired teacher, now 74, said his pension had been cut.", "74", "retired teacher"),
    ("The 26-year-old ran the second half in 61 minutes.", "26-year-old", None),
    # what a verb takes to a level, past a yardstick; "worth" on the verb; a reporter is
    # never what a reported clause measures
    ("Borrowing will rise, pushing debt to 97.1% of GDP.", "97.1%", "debt as share of GDP"),
    (
        "It has signed agreements with France worth £476 million.",
        "£476 million",
        "agreements with France",
    ),
    (
        "The personal allowance remains fixed at £12,570, the IFS says.",
        "£12,570",
        "personal allowance",
    ),
    # a share that acts keeps its act and object
    (
        "A poll found 38 per cent trusted Labor and 34 per cent preferred the Coalition.",
        "34 per cent",
        "preferred Coalition",
    ),
    # money set against other money names its own purpose
    (
        "It says its plan would cost $331 billion, against $594 billion for the rival plan.",
        "$594 billion",
        "rival plan",
    ),
    # "the number of" frames what is counted
    (
        "The number of people killed by the storm rose to at least 212.",
        "212",
        "people killed by storm",
    ),
    # a count that is the subject of an act keeps the act and its object
    (
        "Nearly 2,000 fans watched the first training session.",
        "2,000",
        "fans watched first training session",
    ),
    ("About 9,000 passengers used the line on its first day.", "9,000", "passengers used line"),
    ("Some 12 firms paid £5m in fines.", "12", "firms paid"),
    # a bare count that is the object of an act is counted by the act
    ("The storm killed 40 people and injured more than 300.", "300", "people injured"),
    ("Four members voted to hold while two backed a cut.", "two", "members backed cut"),
    ("Police arrested 14 in dawn raids.", "14", "arrested in dawn raids"),
    ("The quake toll passed 2,700.", "2,700", "quake toll"),
    ("Deaths neared 900 on Sunday.", "900", "deaths"),
    ("The runners-up receive Rs 13 crore.", "Rs 13 crore", "runners-up"),
    ("Prize money for the runners-up is Rs 13 crore.", "Rs 13 crore", "prize money for runners-up"),
    # money for an act names the act; a conversion in brackets measures what its figure does
    ("The firm plans to spend $5bn on buying back shares.", "$5bn", "buying back shares"),
    ("The bridge cost ¥18bn (about $120m), officials said.", "$120m", "cost of bridge"),
    # money to help someone act names the act, not the bare "to help"
    (
        "The council will spend $8 million to help landlords insulate homes.",
        "$8 million",
        "to help insulate homes",
    ),
    (
        "The city will spend $5 million to help farmers buy seed.",
        "$5 million",
        "to help buy seed",
    ),
    xfail(
        "The bank lent $2bn to allow exporters to buy machinery.",
        "$2bn",
        "to allow exporters to buy machinery",
        reason="'allow' takes a to-infinitive: the act would need its doer to read well",
    ),
    (
        "The state set aside $90 million to help pay for repairs.",
        "$90 million",
        "to help pay for repairs",
    ),
    # near-misses: an act with its own object stays as it was
    ("The agency paid $3 million to settle the claims.", "$3 million", "to settle claims"),
    ("The state will invest $2bn to expand rail lines.", "$2bn", "to expand rail lines"),
    # the size of a change made to a rate is its cut or increase; to anything else, what
    # changed, not its owner (the entity holds it)
    (
        "The central bank cut interest rates by half a percentage point.",
        "half a percentage point",
        "interest rate cut",
    ),
    (
        "The Reserve Bank lowered its cash rate by 25 basis points.",
        "25 basis points",
        "cash rate cut",
    ),
    ("The bank raised its policy rate by 0.75 points.", "0.75 points", "policy rate increase"),
    ("The miner raised its interim dividend by 12%.", "12%", "interim dividend"),
    ("The firm cut its workforce by 2,000 jobs.", "2,000 jobs", "workforce"),
    # a change sized in points that names nothing else is a change of interest rates
    ("The bank made a 50 basis point reduction.", "50 basis point", "interest rate cut"),
    ("Markets price in a quarter-point hike.", "quarter-point", "interest rate rise"),
    (
        "It signalled a further cut of 100 basis points.",
        "100 basis points",
        "further interest rate cut",
    ),
    # near-misses: a change that names what changed, or one not in points
    ("It announced a 5% cut in spending.", "5%", "cut in spending"),
    ("The union won a 3 point rise in pay.", "3 point", "rise in pay"),
    ("It approved a 2 percentage point tariff cut.", "2 percentage point", "tariff cut"),
    ("Prices are expected to rise by 3 per cent.", "3 per cent", "prices"),
    # a rate's "per" hung on the verb is still part of the figure
    (
        "The utility agreed to sell the power at £44.99 per megawatt hour.",
        "£44.99 per megawatt hour",
        "power",
    ),
    ("Buyers pay Rs 1.8 crore or more for a similar home.", "Rs 1.8 crore", "similar home"),
    # a place is no purpose for a price that changed, nor for one something is sold at
    (
        "Wheat futures rose 4.5 cents to $6.12 a bushel in Chicago.",
        "$6.12",
        "wheat futures",
    ),
    ("It agreed to sell the power at £44.99 in 2012 prices.", "£44.99", "power"),
    # money collected names what it was collected in; money spent doing something, the act
    ("The Chancellor raised £26bn in taxes.", "£26bn", "taxes"),
    ("The council spends £2m a year repairing roads.", "£2m", "repairing roads"),
    # a term in prison, one a court sentences to, a convict receives or a prosecutor
    # seeks is a prison sentence, never who gets it
    ("If convicted, the suspects face up to 12 years in prison.", "12 years", "prison sentence"),
    (
        "The council has capped rent rises on new contracts at 2 per cent a year.",
        "2 per cent",
        "rent rises on new contracts",
    ),
    ("Landlords ask for a deposit of 10 months' rent.", "10 months", "rent"),
    (
        "The 95 turbines, each standing 260 metres tall, will generate power.",
        "260 metres",
        "turbines",
    ),
    # a share of a pronoun names nothing: never "cent of that"
    ("It made up 40 per cent of that, up from less than 2 per cent.", "2 per cent", None),
    (
        "It said 78 per cent of the deal will be paid in cash, up from 50 per cent.",
        "50 per cent",
        "deal paid in cash",
    ),
    # a share of a whole that was lost or gained measures the whole
    (
        "Our members have lost roughly a fifth of their buying power.",
        "a fifth",
        "buying power",
    ),
    (
        "The company lost more than 60% of its market value in a week.",
        "60%",
        "market value",
    ),
    # how long an act lasted measures the act and who did it
    ("A former fund manager was jailed for 11 years.", "11 years", "former fund manager jailed"),
    ("He served as mayor for 10 years.", "10 years", "served as mayor"),
    (
        "The court sentenced former transport minister Zoran Petreski to nine years in prison.",
        "nine years",
        "prison sentence",
    ),
    (
        "Two former officials received sentences of four and a half years and three years.",
        "three years",
        "prison sentence",
    ),
    (
        "The consortium's local manager was given five years, two of them suspended.",
        "five years",
        "prison sentence",
    ),
    ("Prosecutors had sought 12 years.", "12 years", "prison sentence"),
    ("A Lagos court sentenced two smugglers to 14 years in jail.", "14 years", "prison sentence"),
    ("The former mayor received a sentence of eight years.", "eight years", "prison sentence"),
    ("The pair were sentenced to three years each.", "three years", "prison sentence"),
    ("Prosecutors are seeking 30 years for the former general.", "30 years", "prison sentence"),
    # near-misses: a term its own noun names; time given to do something; years of
    # something; years served in a post
    ("Smuggling carries a prison term of up to 15 years.", "15 years", "prison term"),
    ("The firm received five years of funding from the state.", "five years", "funding from state"),
    ("The project faces two years of delays.", "two years", "delays"),
    ("He served 10 years on the board.", "10 years", None),
    # a length of time to do something, had, given, needed or taken, is the time to do it,
    # not who has it
    ("Petreski has 15 days to appeal, his lawyer said.", "15 days", "time to appeal"),
    ("It could take three weeks to restore them all.", "three weeks", "time to restore"),
    ("Firms will have 90 days to file their returns.", "90 days", "time to file returns"),
    ("The bank gave borrowers six months to repay the loans.", "six months", "time to repay loans"),
    ("Crews need two days to clear the line.", "two days", "time to clear line"),
    ("It took 20 minutes to evacuate the stadium.", "20 minutes", "time to evacuate stadium"),
    # near-misses: time spent doing something; days of something
    ("He spent 18 months redesigning the engine.", "18 months", "time spent redesigning engine"),
    ("The army has 40 days of fuel.", "40 days", "fuel"),
    # a figure read as modifying its own conversion measures what the conversion does
    ("Temperatures hit 40C (104F) in Seville on Tuesday.", "40C", "temperatures"),
    # a fraction before a noun is a share of it
    ("Half the freight that comes through the port goes by rail.", "Half", "freight goes by rail"),
    # the change told in an aside measures what the level does
    ("Revenue was $18.4bn, up 94% from a year earlier.", "94%", "revenue"),
    ("Apple sold 232 million iPhones in 2023, down 2% on the year before.", "2%", "iPhones sold"),
    # people a body employs are its employees; a phrase saying which ones (where or when
    # they work, past a place) keeps them as the people employed
    ("Helvara, which employs 21,500 people, will replace the packs.", "21,500", "employees"),
    ("The company employs 640 people.", "640", "employees"),
    # ... and so are those of a name the parse reads as a common noun
    xfail(
        "Veltrix employs just over 32,000 people.",
        "32,000",
        "employees",
        reason="a name tagged as a common noun reads as a trade; the fix left fields flat",
    ),
    # ... those a trade or an industry employs are employed in it (it is no entity)
    (
        "Tourism accounts for 12% of the economy and employs roughly 4.4 million people.",
        "4.4 million",
        "people employed in tourism",
    ),
    ("Fishing employs 30,000 people.", "30,000", "people employed in fishing"),
    (
        "The mine, which will employ 2,000 people during construction, opens in May.",
        "2,000",
        "people employed during construction",
    ),
    (
        "Moravia Motors employs 23,000 people at its main plant in Mladá Boleslav.",
        "23,000",
        "people employed at main plant",
    ),
    # near-misses: a noun that names staff; people hired; people who work; a share of
    # those employed; a change in the people employed, which names itself
    ("The brewery employs 640 workers.", "640", "workers"),
    ("The airline employs 9,000 staff in Kenya.", "9,000", "staff"),
    ("The agency hired 300 people last year.", "300", "people hired"),
    ("About 1,800 people work there now.", "1,800", "people work"),
    # a share of a group told before it, "N of them X", is the share of the group who
    # are X; a share or a count of them said with a preposition or a verb is not
    (
        "The plant employs 4,500 people, 30% of them women.",
        "30%",
        "share of employees who are women",
    ),
    (
        "The mine employs 2,600 people, about 90% of them Malians, and contractors another 1,100.",
        "90%",
        "share of employees who are Malians",
    ),
    (
        "The refinery employs 1,200 people, about 70% of them Omanis.",
        "70%",
        "share of employees who are Omanis",
    ),
    (
        "The union has 9,000 members, roughly a third of them nurses.",
        "a third",
        "share of members who are nurses",
    ),
    (
        "The university has 1,300 students, a quarter of them from outside the EEA.",
        "a quarter",
        "students",
    ),
    ("The hospital employs 560 staff, 48 of them doctors.", "48", "doctors"),
    (
        "Some 160,000 growers registered; 65% of them are small-scale farmers.",
        "65%",
        "small-scale farmers",
    ),
    (
        "The factory employed 2,000 fewer people than a year earlier.",
        "2,000",
        "fewer people employed",
    ),
    # a relative clause with its own subject says which ones
    (
        "Customs inspect 2% of the 15 million containers that the port handles each year.",
        "15 million",
        "containers port handles",
    ),
    (
        "She has won four of the seven marathons she has started.",
        "seven",
        "marathons started",
    ),
    ("The firm sold 4,000 cars it had built in Spain.", "4,000", "cars built in Spain"),
    # against what a change happened; where it happened is its place
    ("The pound slipped 0.3% against the dollar.", "0.3%", "pound against dollar"),
    ("Its shares fell 6.3% in Oslo on Monday.", "6.3%", "share price"),
    ("Tesla shares fell 5% after the report.", "5%", "Tesla share price"),
    # a restated share with its own "of" is a share of that
    ("The bank is cutting 10,000 jobs, or about 5% of its workforce.", "5%", "workforce"),
]


# (previous sentence, sentence, figure, expected measured): an "it", "its", "they" or
# "their" opening a sentence stands for the subject of the sentence before, when it
# has the same number.
AFTER_PREVIOUS = [
    ("The pound slipped on Monday.", "It recovered to $1.25 on Tuesday.", "$1.25", "pound"),
    (
        "Norwegian Air cancelled 300 flights.",
        "Its shares fell 6% in Oslo.",
        "6%",
        "share price",
    ),
    ("The miners voted to strike.", "Their pay fell 3 per cent.", "3 per cent", "pay"),
    ("The ministers met on Monday.", "It will cost $5bn.", "$5bn", None),
    ("The pound slipped on Monday.", "Sales rose 3 per cent.", "3 per cent", "sales"),
]


@pytest.mark.parametrize(("sentence", "figure", "expected"), MEASURED)
def test_measured(sentence: str, figure: str, expected: str) -> None:
    assert describe_figure(sentence, figure).measured == expected


@pytest.mark.parametrize(("previous", "sentence", "figure", "expected"), AFTER_PREVIOUS)
def test_measured_after_previous(previous: str, sentence: str, figure: str, expected: str) -> None:
    doc = parse(sentence)
    link_previous(doc, parse(previous))
    start = sentence.index(figure)
    kind = "percentage" if PERCENT.search(figure) else "currency"
    ctx = describe(doc, start, start + len(figure), kind=kind, unit="x")
    assert ctx.measured == expected


# (text, surface of a claim, expected measured), read by `extract` as in an article: a
# pronoun after an opening phrase stands for the subject before it; a generic counted
# word reached by a change is the change's subject's unit
MEASURED_IN_TEXT = [
    # the object of an act is that act's quantity of the thing, past or to come: the act
    # says which quantity it is (bulbs handed out, not bulbs grown or sold); an act news
    # names by a noun takes it ("fertiliser imports")
    (
        "The ministry plans to raise the area under saffron to 20,000 hectares by 2030 and"
        " will hand out 1,200 tonnes of bulbs to growers next spring.",
        "1,200 tonnes",
        "bulbs to be handed out to growers",
    ),
    (
        "If the jetty is not dredged, larger ferries could lose as many as 30 sailings a"
        " month in the dry season, he said.",
        "as many as 30 sailings a month",
        "sailings lost",
    ),
    (
        "The busiest day brought six ships and almost 21,000 passengers into Great Bay.",
        "almost 21,000 passengers",
        "passengers brought into Great Bay",
    ),
    ("The board will recruit 150 teachers next year.", "150 teachers", "teachers to be recruited"),
    (
        "Vietnam imported 1.1 million tonnes of fertiliser in the first half.",
        "1.1 million tonnes",
        "fertiliser imports",
    ),
    (
        "The water board plans to install 2,000 new meters this year.",
        "2,000 new meters",
        "new meters to be installed",
    ),
    (
        "The cooperative delivered 1.4 billion litres of milk last year.",
        "1.4 billion litres",
        "milk delivered",
    ),
    # so is a count an act handed or cut something to: which of them it is (customers cut
    # off, not all customers, nor those restored)
    (
        "The last storm to hit the island this hard, in 2014, cut power to 27,000 customers,"
        " and it took nine days to reconnect them all.",
        "27,000 customers",
        "customers with power cut",
    ),
    (
        "The utility restored power to 12,000 customers by noon.",
        "12,000 customers",
        "customers with power restored",
    ),
    (
        "The charity delivered food to 4,000 families last week.",
        "4,000 families",
        "families with food delivered",
    ),
    # near-misses: a level changed to a count is the level's; an act in the present; others
    # named elsewhere
    ("The airline raised its cap to 300 passengers.", "300 passengers", "passengers"),
    (
        "The airport plans to lift capacity to 90 million passengers a year.",
        "90 million passengers a year",
        "passengers",
    ),
    ("The ferry company increased the fleet to 40 ships.", "40 ships", "ships"),
    ("The government is trucking water to 340 boreholes.", "340 boreholes", "boreholes"),
    ("Each case could pass the virus to 12 to 18 others.", "12 to 18", "others"),
    # near-misses: a verb of having or of saying names no act done to it, nor one in the
    # present (what is done as a rule), nor one not done, nor one after a noun that says
    # which quantity it is (a licence); an act a cause forced is done, not to come; a past
    # participle the parse already reads after its object
    ("The company has 5,000 employees.", "5,000 employees", "employees"),
    ("Analysts expect 300 new listings this year.", "300 new listings", "new listings"),
    ("The fund will not bring back 40 jobs.", "40 jobs", "jobs"),
    (
        "The company holds a licence to operate up to 7,500 satellites.",
        "up to 7,500 satellites",
        "satellites",
    ),
    (
        "A strike forced the airline to cancel 300 flights on Monday.",
        "300 flights",
        "flights canceled",
    ),
    ("The probe will join 12 satellites in orbit.", "12 satellites", "satellites"),
    ("The new arena seats 18,000 fans.", "18,000 fans", "fans"),
    ("Police arrested 45 protesters on Friday.", "45 protesters", "protesters arrested"),
    ("The league sold 3 million tickets.", "3 million tickets", "tickets sold"),
    # what a thing can hold, handle or make, or is built for, is its capacity, not the
    # things it counts
    ("Attendance rose to 6,200, though the ground holds 11,000.", "11,000", "capacity of ground"),
    ("The new arena seats 18,000.", "18,000", "capacity of new arena"),
    (
        "Fans watched the first session at the Riverside ground, which holds 52,000.",
        "52,000",
        "capacity of Riverside ground",
    ),
    (
        "The plant can make 2 million tonnes of steel a year.",
        "2 million tonnes",
        "capacity of plant",
    ),
    ("The shelter, built for 200 people, now houses 900.", "200 people", "capacity of shelter"),
    (
        "The port could handle 5 million containers by 2030.",
        "5 million containers",
        "capacity of port",
    ),
    ("The company says it can make 40,000 cars a year.", "40,000 cars a year", "capacity"),
    # so is what it held or carried at a time, or each of them carries, in any tense
    (
        "The viewing room at the Hôtel Ledger held 12 visitors at a time; dozens of traders"
        " queued outside.",
        "12 visitors",
        "capacity of viewing room",
    ),
    (
        "Its cabins carry up to 10 passengers each, and the full ride takes 19 minutes.",
        "up to 10 passengers",
        "capacity of cabins",
    ),
    ("The old lifts carried eight people at a time.", "eight people", "capacity of old lifts"),
    ("The new minibuses carry 22 riders each.", "22 riders", "capacity of new minibuses"),
    # so is the room a thing has for a number of things
    (
        "The vault, dug 120 metres into a mountainside outside Longyearbyen, has room for"
        " 4.5 million samples, each containing on average 500 seeds.",
        "4.5 million samples",
        "capacity of vault",
    ),
    (
        "Its main library holds about 120,000 volumes, and the engineering college has room"
        " for 1,200 of the 9,000 students who applied to it.",
        "1,200",
        "capacity of engineering college",
    ),
    ("The hostel has room for 60 guests, the council said.", "60 guests", "capacity of hostel"),
    ("The new ward has room for 40 patients.", "40 patients", "capacity of new ward"),
    # near-misses: room made for things, or there for them, is no one thing's capacity
    ("The plan makes room for 3,000 new homes.", "3,000 new homes", "new homes"),
    ("There is room for 200 more boats.", "200 more boats", "more boats"),
    # near-misses: what was held, carried or made; money or a share held; who can take
    ("The shelter now houses 900 people.", "900 people", "people"),
    ("The railway carried 11 million tonnes last year.", "11 million tonnes", "railway"),
    ("The factory made 300,000 cars last year.", "300,000 cars", "cars"),
    ("The reservoirs held 41% a year earlier.", "41%", "reservoirs"),
    ("The fund can hold $2 billion.", "$2 billion", "fund"),
    ("Voters can take 2 ballots each.", "2 ballots", "ballots"),
    ("The ruling party holds all 30 seats.", "30 seats", "seats"),
    ("The mine could produce 58,000 tonnes a year.", "58,000 tonnes a year", "mine"),
    ("The railway expects to carry 5 million tonnes a year.", "5 million tonnes a year", "railway"),
    ("The ferry carried 400 passengers each day.", "400 passengers each day", "passengers carried"),
    ("Each bus carried 60 pupils on Monday.", "60 pupils", "pupils carried"),
    # a length, a weight or an area hyphened onto a noun is that noun's size: "a
    # 48-kilometre pipeline" is the pipeline's length, not the pipeline
    ("The 48-kilometre pipeline opened in May.", "48-kilometre", "length of pipeline"),
    ("The 6-km tunnel will open in 2027.", "6-km", "length of tunnel"),
    ("A 25-tonne truck overturned on the bridge.", "25-tonne", "weight of truck"),
    ("They bought a 500-hectare farm near Salta.", "500-hectare", "area of farm"),
    # and a power hyphened onto a plant, a dam or a unit is its capacity
    (
        "The government expects the 294-megawatt Amaria dam, 60% complete, to start in the"
        " second half of 2027.",
        "294-megawatt",
        "capacity of Amaria dam",
    ),
    (
        "Kaleta, the older 240-megawatt plant 8 km downstream, produced 610 gigawatt hours in"
        " the year to September.",
        "240-megawatt",
        "capacity of older plant",
    ),
    ("A 50-megawatt solar farm opened near Kitui in May.", "50-megawatt", "capacity of solar farm"),
    (
        "The island runs on a 400-kilowatt diesel generator.",
        "400-kilowatt",
        "capacity of diesel generator",
    ),
    # near-misses: a duration, named by what lasted; a level it is the time since; a
    # change it is the size of; an age
    ("Workers walked out in a 12-day strike.", "12-day", "strike"),
    ("Bond yields hit a 20-year low on Monday.", "20-year", "low"),
    ("A 2-metre rise in sea level would flood the city.", "2-metre", "rise in sea level"),
    ("A 30-megawatt drop in demand hit the grid.", "30-megawatt", "drop in demand"),
    ("A 29-year-old nurse was hurt.", "29-year-old", "age of nurse"),
    # a bare "the figure", "the number" its verb's subject stands for a figure told
    # before it, which names what both measure
    (
        "In the north, 62.1% of patients were seen within a day, while in the south the "
        "figure was 48%.",
        "48%",
        "patients seen",
    ),
    (
        "About 9,000 people live in the valley, a figure expected to pass 12,000 by 2030.",
        "12,000",
        "people live in valley",
    ),
    ("Some 3,000 homes lost power; by Monday the number was 1,200.", "1,200", "homes lost power"),
    # near-misses: a figure that names its own kind or time
    ("The jobless figure was 5.1%.", "5.1%", "jobless figure"),
    ("Oil output rose. The figure for May was 4,000.", "4,000", "figure"),
    # a generic unit ("units", "pieces") names nothing: it counts what it is of, or what
    # changed when a change reached it
    ("She expects sales of about 300,000 units this year.", "about 300,000 units", "sales"),
    ("Deliveries of 5,000 units were delayed.", "5,000 units", "deliveries delayed"),
    ("A shipment of 3,000 pieces was seized.", "3,000 pieces", "shipment seized"),
    (
        "Car sales rose 4% on the year, compared with a weak spring, to 78,500 units.",
        "78,500 units",
        "car sales",
    ),
    # a share of a whole that a verb's subject takes is the subject's share of it, named
    # by its act when the subject is a body's common noun; a share joined by "and" to one
    # a part makes up is that part's too
    (
        "Kerala, which grows 60% of India's rubber, was hit hardest.",
        "60%",
        "Kerala share of rubber",
    ),
    ("The government imports about 70% of its wheat.", "about 70%", "imported share of wheat"),
    (
        "Sugar makes up 40% of Fiji's exports and a fifth of its farm jobs.",
        "a fifth",
        "Sugar share of farm jobs",
    ),
    # near-misses: a share had, held, owned or won, and a change, stay as they were
    ("The company has 30% of the market.", "30%", "market"),
    ("The state owns 49% of the airline.", "49%", "airline"),
    ("The fund holds about 30% of the quota.", "about 30%", "quota"),
    ("Sales grew 5% in May.", "5%", "sales"),
    # a count a measure rises to or totals ("deliveries should reach 640,000 vans") is
    # that measure's, told in its unit
    ("Deliveries should reach about 640,000 vans this year.", "about 640,000 vans", "deliveries"),
    (
        "Sales of its hybrid models climbed 14% to 38,200 vehicles.",
        "38,200 vehicles",
        "sales of hybrid models",
    ),
    ("Wine exports are expected to top 90 million bottles.", "90 million bottles", "wine exports"),
    # near-misses: an actor's count; people or places reached; whom a passive change went
    # to; what a change of the verb's object reached
    ("Toyota reached 10 million cars last year.", "10 million cars", "cars"),
    ("Rescuers reached 40 villages by Monday.", "40 villages", "villages"),
    ("Aid reached 40,000 people in the north.", "40,000 people", "people"),
    ("Power was cut to 9,000 homes on Friday.", "9,000 homes", "homes"),
    ("The official tally rose to 47 deaths.", "47 deaths", "deaths"),
    ("The airline expanded its fleet to 120 jets.", "120 jets", "jets"),
    # near-misses: a frame counts its noun; a unit that names a thing stays
    ("A total of 212 cases were confirmed.", "212 cases", "cases"),
    ("The clinic saw 40 cases of measles.", "40 cases", "cases of measles"),
    # a depth of rain or snow is its fall
    ("Up to 250 mm of rain fell on the hills overnight.", "Up to 250 mm", "rainfall"),
    ("The region got 120 mm of heavy rain in a day.", "120 mm", "heavy rainfall"),
    ("Forecasters expect 40 cm of snow in the Alps.", "40 cm", "snowfall"),
    # near-misses: a volume of rain water, a count of snow days
    ("The tank holds 5,000 litres of rain water.", "5,000 litres", "rain water"),
    ("The town had 12 days of snow last winter.", "12 days", "snow"),
    (
        "Starts in Toronto fell 38% in the quarter. In Vancouver, by contrast, they rose 11%.",
        "11%",
        "starts",
    ),
    ("Exports fell 3% in May. In June, however, they rose 2% to $8bn.", "$8bn", "exports"),
    ("Exports fell 3% in May. In June, officials said they rose 2%.", "2%", None),
    (
        "The annual pace of housing starts rose 9% to 214,055 units.",
        "214,055 units",
        "annual pace of housing starts",
    ),
    ("The waiting list fell to 7.39 million cases in April.", "7.39 million cases", "waiting list"),
    ("Builders started 6,912 units in the quarter.", "6,912 units", "units started"),
    # what a change changed keeps what it is on, though the parse hangs that on the verb;
    # a time after it does not ("raised the rate on Monday")
    (
        "The government raised the tariff on imported steel from 10 per cent to 25 per cent.",
        "10 per cent",
        "tariff on imported steel",
    ),
    (
        "Ministers cut the duty on solar panels from 15% to 5% last week.",
        "5%",
        "duty on solar panels",
    ),
    ("The bank raised the rate on Monday to 5%.", "5%", "rate"),
    (
        "The launch brought the number of Orbitra satellites in orbit to 2,436.",
        "2,436",
        "Orbitra satellites in orbit",
    ),
    ("The shop raised the price of bread in Kenya to 50%.", "50%", "price of bread"),
    ("The bank raised rates in March to 5%.", "5%", "rates"),
    ("The council raised the fee on 1 April to 30%.", "30%", "fee"),
    # "a total of" frames its count: what the total does, the count does
    (
        "A total of 12,400 people were taken to hospital.",
        "12,400 people",
        "people taken to hospital",
    ),
    ("A total of 340 homes were destroyed by the fire.", "340 homes", "homes destroyed by fire"),
    ("A total of 58 boats reached the island.", "58 boats", "boats reached island"),
    ("The total of 340 homes is a record.", "340 homes", "homes"),
    # a count of a noun named before, "believed to be" in a state, is of those in it
    (
        "Israel says 59 hostages are still held in Gaza, of whom 24 are believed to be alive.",
        "24",
        "hostages alive",
    ),
    ("Of the 120 passengers, 80 are thought to be safe.", "80", "passengers safe"),
    ("Of the 59 hostages, 24 were freed.", "24", "hostages freed"),
    # an age beside a name, read as years of age by the unit's owner, is still an age
    ("Holm, 26, has a release clause of €90 million.", "26", "age of Holm"),
    (
        '"We won," said coach Thomas Berger, 44, who took over in 2023.',
        "44",
        "age of coach Thomas Berger",
    ),
    ("Okafor, 31, joined the club in 2019.", "31", "age of Okafor"),
    # near-misses: a bare figure set beside a name that is no age
    (
        "Apollo 11, the first crewed landing, lasted eight days.",
        "eight days",
        "length of Apollo 11",
    ),
    # the base of a change in an aside ("up from", "down from") measures what the figure
    # of its kind before it measures, however the clause is built
    (
        "Norway set its cod quota for next year at 450,000 tonnes, up from 410,000 tonnes.",
        "410,000 tonnes",
        "cod quota",
    ),
    ("Chile fixed the copper levy at 3.5%, down from 4% last year.", "4%", "copper levy"),
    ("The regulator capped fares at $2.50, up from $2.10 in 2024.", "$2.10", "capped fares"),
    # near-misses: the figure of its kind, not the nearest; a base with no end named
    ("Exports rose 5% to $8.2bn, up from $7.1bn.", "$7.1bn", "exports"),
    ("It made up 40 per cent of that, up from less than 2 per cent.", "less than 2 per cent", None),
    # a change told in an aside right after a figure ("on sales of $900m, down 3%") is
    # the change of what that figure measures, though the parse hangs it on the verb
    (
        "Operating profit fell 12% to $40 million, on sales of $900 million, down 3%.",
        "3%",
        "sales",
    ),
    ("Net profit rose to $2bn from $1.5bn, on revenue of $9bn, up 11%.", "11%", "revenue"),
    # near-misses: the change of the verb's own figure; an aside after another word
    ("Operating profit fell 12% to $40 million.", "12%", "operating profit"),
    ("Net profit rose to $2bn on revenue of $9bn, and costs were up 4%.", "4%", "costs"),
    # ... and so does a change told after a price of one ("0.48 lari each, up 12%")
    (
        "At the market, glass jars cost 0.48 lari each, up 12%, traders said.",
        "12%",
        "cost of glass jars",
    ),
    ("Tickets sold for $85 each, down 10% on last season.", "10%", "price of tickets"),
    # near-miss: a change with its own subject after a price
    ("Tickets cost $85, and hotel rooms were up 10%.", "10%", "hotel rooms"),
    # ... however the first's clause goes on before the aside
    (
        "Ghana earned $1.9 billion from cocoa exports last season, up 11%, the board said.",
        "11%",
        "earnings from cocoa exports",
    ),
    (
        "The army will raise a soldier's monthly pay to 4,200 cedis from June, up 15%.",
        "15%",
        "soldier monthly pay",
    ),
    # near-misses: a change after the span the first happened in, not of the span
    ("Anglo sold 2.1 million carats in the three months to June, up 5%.", "5%", "carats sold"),
    # a figure compared with another time in an aside (", 500,000 fewer than last
    # season") measures what the figure before it does
    (
        "The programme subsidised fertiliser for 1.5 million farmers this season, 500,000"
        " fewer than last season.",
        "500,000",
        "farmers",
    ),
    (
        "Malawi harvested about 3.1 million tonnes of maize this season, 18% less than last"
        " year, the ministry said.",
        "18%",
        "maize harvest",
    ),
    (
        "Civic Forward won 44 of the 150 seats in the National Council, 12 more than in the"
        " outgoing parliament.",
        "12",
        "seats in National Council",
    ),
    (
        "The port handled 4.2 million containers in 2024, 300,000 more than a year earlier.",
        "300,000",
        "containers handled",
    ),
    (
        "The club sold 41,000 season tickets this year, 3,000 fewer than in 2023.",
        "3,000",
        "season tickets sold",
    ),
    # near-misses: a comparison with its own clause; one without the aside's comma
    ("The firm hired 200 people in May, and 50 more will join next year.", "50", "people join"),
    ("Turnout was 61%, and 5% fewer voters backed the party.", "5%", "voters"),
    # a figure restated in an aside (", or about $3.7 billion") measures what the first
    # does, as a share of what its own words say it is a share of
    (
        "Tax revenue will reach 310 billion rupees this year, or about $3.7 billion.",
        "about $3.7 billion",
        "tax revenue",
    ),
    (
        "The state expects a deficit of $14.6 billion, or 6.9% of GDP.",
        "6.9%",
        "deficit as share of GDP",
    ),
    # near-misses: a restatement that names its own measure keeps it
    ("The BSE Sensex fell 912 points, or 1.1%.", "1.1%", "BSE Sensex"),
    ("Net income climbed to $7.9bn, or $3.12 a share.", "$3.12 a share", "net income"),
    # a base set against a figure in an aside (", against 2.6 million a year earlier")
    # measures what that figure does; a bare count is set against an amount, not a span
    (
        "Anglo sold 2.1 million carats in the quarter, against 2.6 million a year earlier.",
        "2.6 million",
        "sold",
    ),
    (
        "Hotel occupancy averaged 71% in March, against 64% a year earlier.",
        "64%",
        "hotel occupancy",
    ),
    # near-miss: "against" without the aside's comma
    ("The rand fell 1.2% against 18 other currencies.", "18 other currencies", "other currencies"),
    # a change named only by its noun ("a rise of 12%") in an aside to a change is the
    # change of what that figure measures
    (
        "The state raised the minimum wage to 3,000 zloty a month, a rise of 12%.",
        "12%",
        "rise in minimum wage",
    ),
    (
        "Fuel prices climbed to 2.10 euros a litre, an increase of 8%.",
        "8%",
        "increase in fuel prices",
    ),
    ("The state raised the toll to $9, a jump of 20%.", "20%", "jump in toll"),
    # near-misses: a change that names its own object; one alone in its sentence
    ("A rise of 12% in rents was recorded in Lima.", "12%", "rise in rents"),
    ("Analysts expect a rise of 3% next year.", "3%", "rise"),
    # a price of one currency in another is that currency's exchange rate to the other:
    # the currency priced is the verb's subject, the noun the figure is set at or the one
    # a clause on it describes; the other is written after the figure or in its clause
    (
        "The rand traded at 18.2 per US dollar on Friday.",
        "18.2 per US dollar",
        "rand exchange rate to US dollar",
    ),
    (
        "With the kwacha at 27 per dollar, imported food is dear.",
        "27 per dollar",
        "kwacha exchange rate to dollar",
    ),
    (
        "The forint, which traded at 390 per euro in March, was at 402 on Friday.",
        "402",
        "forint exchange rate to euro",
    ),
    (
        "The cedi weakened to 15.4 to the dollar, from 12.9 in January.",
        "12.9",
        "cedi exchange rate to dollar",
    ),
    (
        "The lira has traded at 34 to the dollar since May, compared with 29 in January.",
        "29",
        "lira exchange rate to dollar",
    ),
    (
        "The pound gained 0.4% against the dollar to $1.29.",
        "$1.29",
        "pound exchange rate to dollar",
    ),
    # near-misses: a currency's move in per cent, a rate named by its own noun, a price
    # per weight, per share or per litre, and the other sums of a sentence with a rate
    (
        "A taxi costs 9,000 pesos, about $4 at the official rate of 2,250 pesos per dollar.",
        "2,250 pesos per dollar",
        "official rate",
    ),
    ("The pound gained 0.4% against the dollar to $1.29.", "0.4%", "pound against dollar"),
    ("Coffee sold at $3 per pound.", "$3 per pound", "price of coffee"),
    ("On the street a dollar fetched 5,600 francs.", "5,600 francs", "price of dollar"),
    ("The firm paid a dividend of 40 cents per share.", "40 cents per share", "dividend"),
    ("Diesel sold at 1.9 per litre.", "1.9", "Diesel"),
    ("Diesel sold at €1.9 per litre.", "€1.9 per litre", "price of Diesel"),
    (
        "A taxi costs 9,000 pesos, about $4 at the official rate of 2,250 pesos per dollar.",
        "about $4",
        "cost of taxi",
    ),
    ("The dollar index rose to 104.2 on Monday.", "104.2", "dollar index"),
    # "those" with a phrase of its own stands for the noun of the clause it is set
    # against ("Shipments to Russia fell 11%, while those to the EU rose 4%")
    (
        "Shipments to Russia fell 11% to 47 million boxes, while those to the European "
        "Union rose 4%.",
        "4%",
        "shipments to European Union",
    ),
    ("Exports of coffee fell 8%, while those of tea rose 3%.", "3%", "exports of tea"),
    (
        "Sales of diesel cars slumped 20% in May, and those of hybrids climbed 35%.",
        "35%",
        "sales of hybrids",
    ),
    # ... not "those" with no phrase, nor a clause with a subject of its own
    ("Exports of coffee fell 8%, while imports rose 3%.", "3%", "imports"),
    # an actor's act joined to another of its acts names its amount, as the first does
    # ("It exported 2,140 tonnes, but earned $390 million" -> "earnings")
    (
        "It exported 2,140 tonnes of cured vanilla, but earned only $390 million, the "
        "commerce ministry said.",
        "$390 million",
        "earnings",
    ),
    ("The airline flew 54 million passengers and earned $2.1 billion.", "$2.1 billion", "earnings"),
    (
        "Chile mined 5.3 million tonnes of copper and shipped 4.9 million tonnes abroad.",
        "4.9 million tonnes",
        "shipments",
    ),
    # ... not a level the first act's subject reaches, nor a loss
    ("Brent crude rose 3% and reached $90 a barrel.", "$90 a barrel", "brent crude"),
    ("The carmaker sold 5,000 cars and lost $20 million.", "$20 million", "loss"),
    (
        "Tax income will fall to 650 billion kroner next year from 780 billion kroner now.",
        "780 billion kroner",
        "tax income",
    ),
    # a time named in the possessive ("last week's", "Friday's") says when, which the
    # period holds, not what is measured: the sample corpus's Myanmar toll and Rotterdam
    # haul, then cases of our own
    (
        "The number of people killed by last week's earthquake in Myanmar has risen to"
        " 2,719, the head of the military government said on Tuesday.",
        "2,719",
        "people killed by earthquake",
    ),
    (
        "At a conservative street value of €60 a gram, last year's Rotterdam haul would be"
        " worth about €1.4 billion.",
        "about €1.4 billion",
        "Rotterdam haul",
    ),
    ("Sales at Friday's auction reached $4 million.", "$4 million", "sales at auction"),
    ("This year's harvest reached 3 million tonnes.", "3 million tonnes", "harvest"),
    ("Damage from Sunday's storm is put at $40 million.", "$40 million", "damage from storm"),
    # near-misses: an owner named in the possessive stays
    (
        "Kenya's tea exports reached 600,000 tonnes last year.",
        "600,000 tonnes",
        "Kenya tea exports",
    ),
    ("The company's revenue rose to $5 million.", "$5 million", "company revenue"),
    # a clause on part of a counted noun ("three of whom were injured") tells of the part,
    # not which ones are counted (the act on them does): the sample corpus's hostages, then
    # cases of our own
    (
        "The ceasefire that began on 19 January saw 33 Israeli hostages, eight of whom were"
        " dead, exchanged for about 1,800 Palestinian prisoners.",
        "33 Israeli hostages",
        "Israeli hostages exchanged for Palestinian prisoners",
    ),
    ("The rescue freed 12 miners, three of whom were injured.", "12 miners", "miners freed"),
    ("The club signed 5 players, two of whom are teenagers.", "5 players", "players signed"),
    (
        "Police arrested 14 fans, some of whom had travelled from abroad.",
        "14 fans",
        "fans arrested",
    ),
    # near-misses: the part itself is still what its clause says of it; a clause with a
    # subject of its own still says which ones
    ("The rescue freed 12 miners, three of whom were injured.", "three", "miners injured"),
    (
        "The port handled 4 million containers that the new cranes unloaded.",
        "4 million containers",
        "containers new cranes unloaded",
    ),
    # known misses: a place as the subject of the verb taking a figure is read as what it
    # measures (the sample corpus's New Delhi, then cases of our own). Reading nothing
    # there instead was tried and lost more on the field bench than it won: a place
    # subject is often the partner the gold names ("Poland took 11.4 million" is wine
    # exports to Poland) or no place at all ("Brent to average $62")
    xfail(
        "New Delhi has told the World Trade Organization it may retaliate against the 50 per"
        " cent levy, saying it will affect Indian exports of steel and aluminium worth about"
        " $7.6 billion (Rs 65,000 crore).",
        "about $7.6 billion",
        None,
        reason="a place as its verb's subject is read as what is measured",
    ),
    xfail(
        "Nigeria wants to raise 2 million barrels a day by 2027.",
        "2 million barrels a day",
        None,
        reason="a place as its verb's subject is read as what is measured",
    ),
    xfail(
        "Ghana will need $3 billion, the finance minister said.",
        "$3 billion",
        None,
        reason="a place as its verb's subject is read as what is measured",
    ),
    # near-misses: a person's share stays theirs; a place owning what is measured stays;
    # a world price named as the subject stays
    ("Harris polled 48 per cent.", "48 per cent", "Harris"),
    ("Kenya's exports rose to $5 billion.", "$5 billion", "Kenya exports"),
    ("Brent rose to $80 a barrel.", "$80 a barrel", "brent"),
    # whose a thing is that "its" or "their" names is the claim's entity (or place), not
    # part of what is measured ("no owner when the owner is the entity")
    (
        "Exporter Eden Aromatique, which buys from about 9,000 farmers, said its sales fell"
        " 31% in the half year to June to 18 billion ariary.",
        "31%",
        "sales",
    ),
    ("Retailer Marlow Group said its revenue rose 4% in the quarter.", "4%", "revenue"),
    ("Steelmaker Ostrava Works expects its output to fall 8% this year.", "8%", "output"),
    ("The dockworkers said their wages fell 6% last year.", "6%", "wages"),
    # near-misses: an owner written by name stays, and so does a name that is part of
    # what is measured
    ("Spain's jobless rate fell to 11.2% in June.", "11.2%", "Spain jobless rate"),
    ("The Bank of England held Bank Rate at 4.5%.", "4.5%", "Bank Rate"),
    ("The S&P 500 rose 1.2% on Friday.", "1.2%", "S&P 500"),
    # nor is the owner that "has", "employs" or "operates" what is counted: the claim's
    # entity or place holds it
    (
        "Kafue Copper Mines, which runs the mine, said it had 214 workers underground on"
        " the level that caved in.",
        "214 workers",
        "workers",
    ),
    ("Brewer Tallis Ales employs 2,300 staff at four breweries.", "2,300 staff", "staff"),
    (
        "Shipping group Norlys Lines, which operates 40 vessels, said on Monday it would"
        " sell five.",
        "40 vessels",
        "vessels",
    ),
    # a time written as an owner ("last week's") is the claim's period, not whose the
    # thing is (more cases of the class above)
    (
        "At least 40 people were killed by last week's earthquake.",
        "At least 40 people",
        "people killed by earthquake",
    ),
    ("Turnout in Sunday's election was 61%.", "61%", "Turnout in election"),
    ("Last year's harvest fell 12% to 3.4 million tonnes.", "12%", "harvest"),
    # a multiple told by its verb ("have doubled") measures what the verb multiplies: its
    # object when it has one ("double its fleet"), else its subject
    ("Maize prices have doubled since October.", "doubled", "Maize prices"),
    (
        "Net profit more than doubled to K412 million from K188 million.",
        "more than doubled",
        "net profit",
    ),
    ("Bus fares have more than tripled since the strike began.", "more than tripled", "bus fares"),
    ("The airline wants to double its fleet by 2030.", "double", "fleet"),
    ("The company doubled its dividend to 40 cents a share.", "doubled", "dividend"),
    # near-misses: the level a multiple reached, and a figure beside a verb of a multiple,
    # keep what they measure
    ("The company doubled its dividend to 40 cents a share.", "40 cents a share", "dividend"),
    ("Sales doubled to 4 million units last year.", "4 million units", "sales"),
    ("Rents have risen 40% since prices doubled.", "40%", "rents"),
    # an age set beside a name is the age of the name alone, whatever the sentence says of
    # it ("found Petreski, 58, guilty"), and of a surname the tagger reads as an adjective
    # ("Noble, 29,") or hangs on the age ("Aular, 29, who ..."); the casing step lowers an
    # opening word tagged as an adjective
    ("The court found Petreski, 58, guilty of abuse of office.", "58", "age of Petreski"),
    ("The jury found Lindqvist, 47, guilty of fraud.", "47", "age of Lindqvist"),
    ("The tribunal found Ms Okafor, 52, liable for the losses.", "52", "age of Ms Okafor"),
    (
        "Haile, 24, covered the 1,130 km route in a total time of just over 28 hours.",
        "24",
        "age of Haile",
    ),
    ("Noble, 29, covered the route in just over four hours.", "29", "age of noble"),
    ("Sharp, 26, finished third.", "26", "age of sharp"),
    (
        "Aular, 29, who rides for the Gobernación de Carabobo team, won three stages.",
        "29",
        "age of Aular",
    ),
    # near-misses: names the parse reads as names keep their age as before
    ("Kevin Marsh, 56, was sentenced on Friday.", "56", "age of Kevin Marsh"),
    ("Coach Thomas Berger, 44, has signed a new deal.", "44", "age of Coach Thomas Berger"),
    ("Young, 31, who rides for the Ineos team, won two stages.", "31", "age of Young"),
    # a length of time one finishes ahead of or behind others by is a lead or a gap, never
    # who has it: the winner's lead is the winning margin
    (
        "Colombian rider Julián Ortega won the Vuelta a Venezuela on Sunday, finishing 41 "
        "seconds ahead of local favourite Orluis Aular.",
        "41 seconds",
        "winning margin",
    ),
    (
        "Venezuela's best young rider, Keiber Ramos, 21, finished ninth, 6 minutes 40 seconds "
        "down.",
        "6 minutes 40 seconds",
        "time behind winner",
    ),
    (
        "The Kenyan won the marathon in Berlin, crossing the line 38 seconds ahead of his "
        "compatriot.",
        "38 seconds",
        "winning margin",
    ),
    ("Berg crossed the line 19 seconds behind Holm.", "19 seconds", "time behind Holm"),
    # behind a schedule, the gap is the thing's delay
    (
        "Its operator plans to spend 38 billion baht on a new terminal, though the project is "
        "two years behind schedule.",
        "two years",
        "delay to project",
    ),
    ("The project is running two years behind schedule.", "two years", "delay to project"),
    ("The line opened three months behind schedule.", "three months", "delay to line"),
    (
        "The bridge was finished two months ahead of schedule.",
        "two months",
        "time ahead of schedule",
    ),
    # a length of time one beats others or wins by is the winning margin
    (
        "Austrian Felix Brandner won the Hahnenkamm downhill on Saturday, finishing in 1 minute "
        "52.61 seconds to beat Switzerland's Nico Arnold by 0.18 seconds.",
        "0.18 seconds",
        "winning margin",
    ),
    ("Holm beat Berg by three seconds in the final sprint.", "three seconds", "winning margin"),
    ("The Kenyan won by 12 seconds.", "12 seconds", "winning margin"),
    # near-misses: a delay by a length of time; a win by a count of votes
    ("The train was delayed by 40 minutes.", "40 minutes", "train"),
    ("Holm won the vote by 300 votes.", "300 votes", "votes"),
    # near-misses: a time the winner took; a share behind a target
    ("Holm won the stage in 4 hours 12 minutes.", "4 hours 12 minutes", "Holm"),
    ("Sales fell 3% behind target.", "3%", "sales"),
    # a length of time a journey or a job takes is the time taken by it
    (
        "Weekday services between the two cities now take 57 minutes.",
        "57 minutes",
        "time taken by Weekday services between cities",
    ),
    (
        "The ferry crossing takes about three hours.",
        "about three hours",
        "time taken by ferry crossing",
    ),
    ("Repairs to the bridge took 14 months.", "14 months", "time taken by repairs to bridge"),
    (
        "Trains on the 444 km line between Dar es Salaam and Dodoma run at up to 160 km/h and "
        "take about three and a half hours.",
        "about three and a half hours",
        "time taken by trains on km line",
    ),
    (
        "Buses leave every hour and take about 40 minutes.",
        "about 40 minutes",
        "time taken by buses",
    ),
    ("The ferries sail twice a day and take three hours.", "three hours", "time taken by ferries"),
    ("The strike lasted three weeks.", "three weeks", "length of strike"),
    ("The drought lasted nearly two years.", "nearly two years", "length of drought"),
    # near-misses: time taken to do something; a pronoun names nothing that took it
    ("Police took two hours to respond.", "two hours", "time to respond"),
    ("It took three hours.", "three hours", None),
    ("He took three weeks off work.", "three weeks", None),
    # a sum a thing with no name costs someone is the cost to them
    (
        "Employers' groups say that would cost small businesses up to $9 million a year.",
        "up to $9 million a year",
        "cost to small businesses",
    ),
    ("Officials warn it could cost farmers $40 million.", "$40 million", "cost to farmers"),
    (
        "This would cost taxpayers £3bn a year, the report found.",
        "£3bn a year",
        "cost to taxpayers",
    ),
    # a place the article names, too small for the gazetteer, or the figure's own place,
    # is the claim's place, not part of what is measured ("in", "at", "around" it, with
    # the spot there it names: "at the Konkouré basin gauge", "in Yaren's stores")
    xfail(
        "Drought has hit Big Bend, in eastern Eswatini. Temperatures in Big Bend reached 42C"
        " on Sunday, the meteorological service said.",
        "42C",
        "temperatures",
        reason="the article names Big Bend only beside its country: no reading takes it as a place",
    ),
    (
        "Farmers in Oyem, in northern Gabon, are struggling. Rents in Oyem rose 12% last year.",
        "12%",
        "rents",
    ),
    (
        "Cocoa growers around Dapaong in Togo fear for the crop. Rainfall at Dapaong weather"
        " station was 310 mm in June.",
        "310 mm",
        "rainfall",
    ),
    (
        "Rainfall at the Konkouré basin gauge at Kindia was 1,480 millimetres between May and"
        " October, some 30% below the 20-year average, according to the national meteorology"
        " agency.",
        "1,480 millimetres",
        "rainfall",
    ),
    (
        "YAREN — Nauru's new port opened this year. Rice in Yaren's stores cost $2.40 a"
        " kilogram last month, down from $2.95 in April.",
        "$2.40 a kilogram",
        "cost of rice",
    ),
    (
        "Cattle traders gathered at Lodwar, in Turkana county. Goat prices in Lodwar fell 15%"
        " in March.",
        "15%",
        "Goat prices",
    ),
    (
        "Coffee farmers near Kasese, in western Uganda, expect a poor crop. Prices at Kasese"
        " market fell 20% in May.",
        "20%",
        "prices",
    ),
    # a place the parse left inside a phrase goes, not the rest of the phrase
    (
        "In Yangon, a 50-kilogram bag of rice cost K 135,000 on Monday, 12% more than a week"
        " earlier.",
        "K 135,000",
        "cost of 50-kilogram bag of rice",
    ),
    # a count a target, a quorum or a limit is of names that quantity of the things, not
    # the things alone: "its target of 700 new stores" is no count of stores opened
    (
        "The company opened 312 stores across the Philippines in the first half, bringing its"
        " network to 4,870, and reaffirmed its target of 700 new stores this year.",
        "700 new stores",
        "new stores target",
    ),
    (
        "In the first half, 139,000 heat pumps were sold, still well short of the government's"
        " target of 500,000 installations a year.",
        "500,000 installations a year",
        "installations target",
    ),
    ("The vote needs a quorum of 120 deputies.", "120 deputies", "deputies quorum"),
    ("The council set a cap of 400 taxis on the island.", "400 taxis", "taxis cap"),
    ("The ministry has a quota of 3,000 visas a year.", "3,000 visas a year", "visas quota"),
    # near-misses: a total, a group, a number of things are the things
    ("The firm hired a total of 200 engineers.", "200 engineers", "engineers hired"),
    ("A group of 40 students visited the plant.", "40 students", "students"),
    ("The company opened 312 stores in May.", "312 stores", "stores opened"),
    # near-misses: what follows "in" is no place (a company, a currency, shops, prices)
    (
        "Traders in Lagos say demand is weak. Spending in shops fell 4% in March.",
        "4%",
        "spending in shops",
    ),
    (
        "The bank sold bonds worth £400m. Borrowing in Sterling rose 6% last year.",
        "6%",
        "borrowing in Sterling",
    ),
    (
        "Prices rose in Kenya. A rise in prices of 7% hit Nairobi households.",
        "7%",
        "rise in prices",
    ),
    (
        "Investors bought shares in Etosha, a Namibian miner. Shares in Etosha rose 4% on Monday.",
        "4%",
        "share price",
    ),
]


@pytest.mark.parametrize(("text", "surface", "expected"), MEASURED_IN_TEXT)
def test_measured_in_text(text: str, surface: str, expected: str | None) -> None:
    (claim,) = [c for c in extract(text) if c.surface == surface]
    assert claim.measured == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pound slipped 1% on Monday. It recovered to $1.25 on Tuesday.", "pound"),
        # the sentence just before held no figure, so was not parsed: no guess
        ("The pound slipped 1% on Monday. Traders sold. It recovered to $1.25.", None),
    ],
)
def test_extract_links_a_sentence_to_the_one_before(text: str, expected: str | None) -> None:
    (claim,) = [c for c in extract(text) if c.surface == "$1.25"]
    assert claim.measured == expected


def test_a_figure_never_measures_another_figure() -> None:
    claims = extract("The scheme will cost Rs 6.81 lakh crore over five years.")
    assert all(c.measured is None or "6.81" not in c.measured for c in claims)


def test_parse_many_parses_like_parse() -> None:
    sentences = [row[0] for row in MEASURED[:5]]
    batched = [[(t.text, t.dep_, t.head.i) for t in doc] for doc in parse_many(sentences)]
    single = [[(t.text, t.dep_, t.head.i) for t in parse(s)] for s in sentences]
    assert batched == single
