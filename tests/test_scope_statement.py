"""The kind of statement a figure is (claims/extraction/scope/statement.py).

Rows are ``(sentence, figure, expected)``.
"""

from __future__ import annotations

import pytest

from tests.scope_rows import scope, xfail

STATEMENTS = [
    # Facts: past or present, reported or not.
    ("Prices rose 3% last year.", "3%", "fact"),
    ("The company employs 4,000 people.", "4,000", "fact"),
    ("Police said 14 people had been arrested.", "14", "fact"),
    ("The court fined the bank $5m.", "$5m", "fact"),
    # Forecasts: about the future and not in the speaker's control.
    ("Growth will slow to 1% next year.", "1%", "forecast"),
    ("The economy is expected to grow 2.1% next year.", "2.1%", "forecast"),
    ("Analysts expect profit of $3bn.", "$3bn", "forecast"),
    ("Prices are set to rise 4% in July.", "4%", "forecast"),
    ("The IMF forecast growth of 2.5% for 2026.", "2.5%", "forecast"),
    ("The bank cut its growth forecast to 1.5%.", "1.5%", "forecast"),
    ("The Chancellor said the change would cost 50,000 jobs.", "50,000", "forecast"),
    # "is to" do: planned; "warns of" a figure: one feared, not one counted.
    ("Hamas is to free 33 hostages in the first phase.", "33", "forecast"),
    ("The mine is to close with the loss of 400 jobs.", "400", "forecast"),
    ("Junta chief warns of more than 3,000 dead.", "3,000", "forecast"),
    ("The UN warned of 2 million people facing famine.", "2 million", "forecast"),
    ("The UN warned that 2 million people faced famine.", "2 million", "fact"),
    ("The bridge is 400 metres long.", "400 metres", "fact"),
    # What a thing is meant, designed or intended to do is a plan's target; what a
    # change means is no plan.
    ("The new dam is meant to hold 2 billion cubic metres.", "2 billion cubic metres", "target"),
    ("The scheme is designed to train 5,000 nurses a year.", "5,000 nurses", "target"),
    ("Two fleets are planned, each intended to exceed 900 ships.", "900 ships", "target"),
    ("It is building two plants, each meant to make 40,000 cars.", "40,000 cars", "target"),
    ("The cut means 5,000 jobs will go.", "5,000 jobs", "forecast"),
    ("The plant was designed in 1990 and employs 400 people.", "400 people", "fact"),
    # Estimates: explicitly estimated, of the past or present.
    ("An estimated 500 people died in the floods.", "500", "estimate"),
    ("The damage is estimated at $2bn.", "$2bn", "estimate"),
    ("The UN estimates that 3 million people have fled.", "3 million", "estimate"),
    ("By one estimate, 40,000 homes were destroyed.", "40,000", "estimate"),
    ("Costs are estimated to reach $9bn by 2030.", "$9bn", "forecast"),
    # Targets: goals, limits, pledges, requirements, a body's own future act.
    ("The government aims to cut emissions by 50% by 2030.", "50%", "target"),
    ("The central bank has an inflation target of 2%.", "2%", "target"),
    ("Speed is capped at 20mph.", "20mph", "target"),
    ("Emissions must fall 50% by 2030.", "50%", "target"),
    ("The company pledged $1bn to the fund.", "$1bn", "target"),
    ("The government will spend £2.5bn on flood defences.", "£2.5bn", "target"),
    # ... also when the act is joined to an aim ("aims to ... and will spend") or the
    # parse reads the dateline as the subject ("LIMA — Peru will spend ...").
    (
        "The ministry aims to raise the literacy rate to 90% by 2030 and will spend $900 million "
        "on schools.",
        "$900 million",
        "target",
    ),
    (
        "The board wants to raise output to 2 million tonnes by 2027 and will invest $600 "
        "million in mills.",
        "$600 million",
        "target",
    ),
    ("LIMA — Peru will spend 3.1% of its output on schools this year.", "3.1%", "target"),
    # A verb joined to a body's future act with an auxiliary of its own ("will host ...,
    # and the ministry has set aside €12 million") keeps its own tense: a fact; a joined
    # verb with none ("will build and operate") shares the act.
    (
        "Slovenia will host the Nordic world championships in 2031, and the sports ministry has "
        "set aside €12 million to upgrade the hills by then.",
        "€12 million",
        "fact",
    ),
    (
        "The city will build two new schools, and the ministry has paid 40 million rand for the "
        "land.",
        "40 million rand",
        "fact",
    ),
    ("The airline will add 12 routes and has already hired 300 pilots.", "300 pilots", "fact"),
    ("The company will build and operate 12 wind farms.", "12 wind farms", "target"),
    (
        "The prime minister said the state would pay a bonus of 1,000 soles to each family and "
        "would rebuild 24 bridges by December.",
        "24 bridges",
        "target",
    ),
    # A benefit or a charge a measure sets, as those it applies to will or can receive or
    # pay it ("pensioners will receive a bonus of $200"), is the measure's target; what
    # someone will pay or receive otherwise is a forecast.
    ("Pensioners will receive a bonus of $200 from March.", "$200", "target"),
    ("Small farms can claim seed subsidies of up to 4,000 rupees.", "4,000 rupees", "target"),
    ("Exporters will pay a special levy of 3 cents a litre.", "3 cents", "target"),
    ("Consumers will pay 5% more for coffee next year.", "5%", "forecast"),
    # A charge told at the level those it applies to will pay or be charged ("commercial
    # users will pay 61 cents, up from 53 cents"; its base shares it) is set, so a target;
    # a change by how much they pay ("5% more") or a level others forecast is a forecast.
    ("Commercial users will pay 61 cents, up from 53 cents.", "61 cents", "target"),
    ("Commercial users will pay 61 cents, up from 53 cents.", "53 cents", "target"),
    ("Foreign students from other Pacific countries will pay SI$21,500.", "SI$21,500", "target"),
    (
        "Students from the EEA countries will keep paying CHF 750 a semester, a fee set by law.",
        "CHF 750",
        "target",
    ),
    ("Residents will pay 40 dollars a month for rubbish collection.", "40 dollars", "target"),
    ("Heavy users will be charged 4 rand per cubic metre above that.", "4 rand", "target"),
    ("Drivers will pay $300 more a year for insurance.", "$300", "forecast"),
    ("Drivers will pay about $2 a litre by summer, traders said.", "$2", "forecast"),
    ("Buyers will pay $2 a litre by summer, analysts expect.", "$2", "forecast"),
    ("Farmers paid 900 kwacha a bag last year.", "900 kwacha", "fact"),
    # The price of one of what a seller sells, told at its coming level with "will cost",
    # is set by the seller, so a target (CONTEXT.md; fields unseen10 "A full-time
    # undergraduate place will cost SI$14,950 a year, up from SI$13,000").
    (
        "A full-time undergraduate place will cost SI$14,950 a year, up from SI$13,000, while"
        " fees for diploma courses will rise to SI$9,200.",
        "SI$14,950",
        "target",
    ),
    ("A single ticket will cost €4.50 from March, the transit authority said.", "€4.50", "target"),
    ("Each bag of cement will cost 6,000 francs under the new cap.", "6,000 francs", "target"),
    ("A night in the new hostel will cost 30 dollars next year.", "30 dollars", "target"),
    # ... not what a thing to be built, a phase or a measure will cost, or a price supposed
    ("The bridge will cost $2 billion.", "$2 billion", "forecast"),
    (
        "A first phase at 18 schools will cost an estimated S$2.4 million, the ministry said.",
        "S$2.4 million",
        "forecast",
    ),
    ("The tariffs will cost the average household $1,300 a year.", "$1,300", "forecast"),
    ("A ticket would cost $20 if the plan were approved.", "$20", "hypothetical"),
    ("The company will receive $2 billion from the sale.", "$2 billion", "forecast"),
    ("LIMA — Copper output will rise 3.1% this year.", "3.1%", "forecast"),
    ("Analysts expect prices to rise and will watch the 4% level.", "4%", "forecast"),
    ("Firms face fines of up to £17m.", "£17m", "target"),
    # "up to" a maximum a law or a rule allows: a penalty ("a ban of up to three years",
    # "carries up to 15 years in prison"), what a rule permits ("allowed aid of up to
    # 2%"), what those it applies to can claim; a penalty already handed down is a fact,
    # and a natural maximum stays one.
    ("Drivers caught twice face a ban of up to three years.", "three years", "target"),
    ("Smuggling ivory carries up to 15 years in prison.", "15 years", "target"),
    ("Brussels allowed state aid of up to 2% of output for the steel plants.", "2%", "target"),
    ("The rules allow banks to lend up to 90% of a home's value.", "90%", "target"),
    ("Tenants can claim up to 60% of their rent back from the city.", "60%", "target"),
    ("Families can receive vouchers covering up to 50% of the fees.", "50%", "target"),
    (
        "The court convicted 31 poachers last year, with sentences of up to 20 years.",
        "20 years",
        "fact",
    ),
    ("Wind gusts can reach up to 120 km/h on the ridge.", "120 km/h", "fact"),
    ("The storm brought up to 200 mm of rain to the coast.", "200 mm", "fact"),
    ("Pilots are demanding a 20% pay rise.", "20%", "target"),
    # A share or sum that names a target noun it sets: "its 3 per cent target".
    ("Inflation is still above the bank's 3 per cent target.", "3 per cent", "target"),
    ("Spending broke the £2bn cap set in March.", "£2bn", "target"),
    # A figure a relative clause says someone aims at, seeks or plans: the goal.
    ("They reached 96,000, a quarter of the 385,000 it aims to reach.", "385,000", "target"),
    (
        "Kenya bought $612 million, short of the $900 million it had sought.",
        "$900 million",
        "target",
    ),
    ("The city has 1,200 buses, short of the 1,500 it plans to buy.", "1,500", "target"),
    # Hypotheticals: scenarios.
    ("If the deal collapses, prices could rise 20%.", "20%", "hypothetical"),
    ("The strike could cost the economy £1bn.", "£1bn", "hypothetical"),
    ("Up to 300 jobs are at risk of being lost.", "300", "hypothetical"),
    ("Prices would rise 10% if the tariff is imposed.", "10%", "hypothetical"),
    # A rate told per step of another figure is a scenario, both figures; a count of each
    # of some things is not.
    ("Every 1C rise in temperature cuts wheat yields by 6%.", "1C", "hypothetical"),
    ("Every 1C rise in temperature cuts wheat yields by 6%.", "6%", "hypothetical"),
    ("Each extra $1 on the oil price adds $300m to the budget.", "$300m", "hypothetical"),
    ("Each extra $1 on the oil price adds $300m to the budget.", "$1", "hypothetical"),
    ("Every pupil received 2 free meals a day.", "2 free meals a day", "fact"),
    ("Each of the 12 stations has 40 staff.", "40 staff", "fact"),
    ("Each 40-foot container carries up to 26 tonnes.", "up to 26 tonnes", "fact"),
    ("Every 100-megawatt plant employs 300 workers.", "300 workers", "fact"),
    # Near misses: a mood of another clause does not reach the figure; a base told as a
    # fact of its own time stays a fact.
    ("Prices could rise, while wages fell 2% last year.", "2%", "fact"),
    ("Inflation will ease to 2%, down from 3% last year.", "3%", "fact"),
    ("Growth will rise from 1% to 2%.", "1%", "forecast"),
    ("Unemployment is projected to rise to 4.5% by December from 4.2% in May.", "4.2%", "fact"),
    ("Unemployment will rise to 4.5% from 4.2% next year.", "4.2%", "forecast"),
    # The base inside a change a body decides ("to 62% from 37%"), with no time of its
    # own, shares the change's statement (CONTEXT.md: "will fall from 16 per cent to 15
    # per cent": both target); one told in an aside ("up from $3") is the level now, a
    # fact. A date the change starts from is the change's, not the base's.
    ("South Africa will raise the duty on chicken to 62% from 37% from 1 August.", "37%", "target"),
    ("The bank will raise its lending rate to 5% from 4.5%.", "4.5%", "target"),
    ("The bank will raise its lending rate to 5% from 4.5%.", "5%", "target"),
    ("From May, drivers will pay a toll of $4, up from $3.", "$3", "fact"),
    # ... also when the parse reads "from 30% to 50%" as one range (the base is the figure
    # right after "from"), when a clause's own time follows the base ("up from 24, after
    # the rainy season began"), and when the change starts on a weekday ("from Wednesday").
    (
        "Nigeria will raise its import duty on milled rice from 30% to 50% from April 15, the "
        "finance ministry said on Monday.",
        "30%",
        "target",
    ),
    (
        "Nigeria will raise its import duty on milled rice from 30% to 50% from April 15, the "
        "finance ministry said on Monday.",
        "50%",
        "target",
    ),
    ("The council will raise parking charges from £2 to £3 an hour from June.", "£2", "target"),
    ("The council will raise parking charges from £2 to £3 an hour from June.", "£3", "target"),
    (
        "The Panama Canal Authority said on Monday it would allow 28 ships a day through the "
        "waterway from June 1, up from 24, after the rainy season began.",
        "24",
        "fact",
    ),
    (
        "The ferry company will run 12 sailings a day from July, up from eight, after the "
        "winter season ended.",
        "eight",
        "fact",
    ),
    (
        "The city will charge $5 a trip from March 1, up from $4, after the dry season ended.",
        "$4",
        "fact",
    ),
    (
        "The association of minibus taxi drivers said fares would rise to 300 kwanzas a ride "
        "from 200 kwanzas from Wednesday.",
        "200 kwanzas",
        "target",
    ),
    (
        "The association of minibus taxi drivers said fares would rise to 300 kwanzas a ride "
        "from 200 kwanzas from Wednesday.",
        "300 kwanzas",
        "target",
    ),
    (
        "The utility will raise the water tariff to 40 cents from 32 cents from Monday.",
        "32 cents",
        "target",
    ),
    ("The port will cut its handling fee to $90 from $120 from Friday.", "$120", "target"),
    # Near misses: a forecast's range stays a forecast; a base with a past time of its own
    # stays a fact.
    ("Growth will rise from 1% to 2% next year.", "2%", "forecast"),
    # ... and a range the parse splits keeps its base and its new level.
    ("Kenya will raise the levy on imported sugar from 15% to 25%.", "15%", "target"),
    ("Kenya will raise the levy on imported sugar from 15% to 25%.", "25%", "target"),
    ("Inflation will ease to 2% from Monday, down from 3% in 2024.", "3%", "fact"),
    # "would": a scenario unless reported; a body's reported "would pay" is a commitment.
    ("A borrower would save about £29 a month.", "£29", "hypothetical"),
    ("The airline said it would pay a dividend of Dh 2 billion.", "Dh 2 billion", "target"),
    ("£1.5bn will be spent on new surgical hubs.", "£1.5bn", "target"),
    # An analyst's target price is a forecast of the share price, not a goal; a sales
    # target stays a target.
    ("Analysts raised their target price for the shares to $45.", "$45", "forecast"),
    ("The broker cut its price target on the stock to 120 pence.", "120 pence", "forecast"),
    ("The company raised its sales target to $45 million.", "$45 million", "target"),
    # The act may be to replace or cover; a city or a state acts as a body does.
    ("The maker said it would replace 70% of the faulty kettles.", "70%", "target"),
    ("The council said the state would cover fees of up to $900 a year.", "$900", "target"),
    ("The mayor said the city would give 40,000 pensioners a free pass.", "40,000", "target"),
    # Any act a body does to a thing is its own ("it would import", "would draw", "would
    # lease"), not only the acts listed; what befalls it ("will post a loss", "will need",
    # "will run a deficit") and a place's trade are forecasts.
    (
        "The ministry said it would import an extra 25 million litres of petrol over the next "
        "month to prevent shortages and keep the pump price at 850 dinars a litre.",
        "25 million litres",
        "target",
    ),
    (
        "The ministry said it would import an extra 25 million litres of petrol over the next "
        "month to prevent shortages and keep the pump price at 850 dinars a litre.",
        "850 dinars",
        "target",
    ),
    (
        "He said the government would draw up to $60 million from the Revenue Equalisation "
        "Reserve Fund.",
        "$60 million",
        "target",
    ),
    ("The utility said it would lease 300 MW of floating generators.", "300 MW", "target"),
    ("The fisheries agency will tag 4,000 sharks along the coast.", "4,000 sharks", "target"),
    ("The company said it would post a loss of $40 million.", "$40 million", "forecast"),
    (
        "We will take delivery of 12 new jets next year and expect traffic to grow by 5%.",
        "5%",
        "forecast",
    ),
    ("The hospital will need 300 more nurses by 2027.", "300 more nurses", "forecast"),
    ("Our exporters will save at least $40 million a year in fees.", "$40 million", "forecast"),
    (
        "China will import 100 million tonnes of soybeans this year.",
        "100 million tonnes",
        "forecast",
    ),
    ("Analysts expect the ministry will import 2 million tonnes.", "2 million tonnes", "forecast"),
    # A measure a body adopts acts as the body does ("an overhaul that will raise
    # contributions", "the agreement will remove tariffs"); what others estimate it will
    # do to the economy is their forecast.
    (
        "Chile's Congress approved a pension overhaul that will raise employers' contributions "
        "by 7 percentage points over nine years.",
        "7 percentage points",
        "target",
    ),
    (
        "The two countries signed a trade agreement that will remove tariffs on 92% of goods by "
        "2029.",
        "92%",
        "target",
    ),
    ("The new law will cut the number of licences to 40.", "40", "target"),
    ("The budget will give each school 2 million pesos.", "2 million pesos", "target"),
    (
        "Economists estimate the deal will add 0.3 percentage points to growth next year.",
        "0.3 percentage points",
        "forecast",
    ),
    (
        "The minister said the reform would cost the sector $200 million.",
        "$200 million",
        "forecast",
    ),
    # A body's act joined to another verb of its own shares its subject.
    (
        "The agency aims to lift the vaccination rate to 90% by 2028 and will spend 1.2 billion "
        "pesos over four years on mobile clinics.",
        "1.2 billion",
        "target",
    ),
    (
        "The ministry wants to raise the pass rate to 75% by 2030 and will spend 2.4 billion "
        "dirhams on classes.",
        "2.4 billion",
        "target",
    ),
    # A benefit someone will receive is the payer's commitment; what else one will
    # receive, or a benefit received, is not.
    ("Laid-off workers will receive a payout of $5,000 each.", "$5,000", "target"),
    (
        "Farmers who lost cattle will get 2,000 rand per animal in compensation.",
        "2,000 rand",
        "target",
    ),
    ("Each pensioner will receive a winter bonus of £200.", "£200", "target"),
    ("Small firms will get a tax deduction of 25% from July.", "25%", "target"),
    ("The hospital will receive 300 patients a day.", "300", "forecast"),
    ("Shareholders received a dividend of 40 cents.", "40 cents", "fact"),
    # Near misses: a body's future that is no act of its own stays a forecast.
    ("The city said its population would reach 9 million by 2030.", "9 million", "forecast"),
    ("The maker said sales would fall 5% next year.", "5%", "forecast"),
    # A condition's state as it is, against what it supposes.
    ("If the 25% rate stays, exports could fall.", "25%", "fact"),
    (
        "If commodity prices fall by 10 per cent, the deficit could grow.",
        "10 per cent",
        "hypothetical",
    ),
    # The subject of an expectation is counted, not expected; a chance priced in is past.
    ("Seven of the 19 officials expect no cuts this year.", "Seven", "fact"),
    ("Markets had priced in a 75% chance of the cut.", "75%", "fact"),
    # The subject of a passive expectation is what is expected.
    ("Some 40,000 fans are expected at the stadium on Sunday.", "40,000", "forecast"),
    ("Nearly 2 million pilgrims are expected to attend the festival.", "2 million", "forecast"),
    ("Of the 80 cases, 27 were in Balochistan.", "27", "fact"),
    # near-misses: a relative clause of what was done, or of the figure's noun acting
    ("Kenya bought back the $612 million it had borrowed.", "$612 million", "fact"),
    ("The 400 nurses who want a rise marched on Monday.", "400 nurses", "fact"),
    ("Output was 5% below target.", "5%", "fact"),
    ("The government plans a 20% cut in the fuel duty, which rose 5% in 2023.", "5%", "fact"),
    ("The firm plans to hire 300 staff to serve a network that spans 152 cities.", "152", "fact"),
    ("The club conceded just 28 goals all season.", "28 goals", "fact"),
    ("Electricity demand hit 60.2 gigawatts on Friday.", "60.2 gigawatts", "fact"),
    ("He took his tally to 31 goals.", "31", "fact"),
    ("The government aims to cut arrivals and has set aside €670 million.", "€670 million", "fact"),
    ("Landlords may raise rents by up to 20% on renewal.", "20%", "target"),
    ("A worker on $60,000 would save $268, Treasury estimates.", "$268", "hypothetical"),
    # Forecasts written with a modal, a frame or a noun of chance; a base of a projection.
    ("Rent growth should slow to 5% by 2026.", "5%", "forecast"),
    ("About 41,000 homes are due to be completed this year.", "41,000", "forecast"),
    ("The storm has a 60 percent chance of strengthening.", "60 percent", "forecast"),
    (
        "The deficit was smaller than the $893 billion that economists had expected.",
        "$893 billion",
        "forecast",
    ),
    ("The budget assumes a price of $75 a barrel.", "$75", "forecast"),
    ("He expects the Bank to stop cutting once rates reach 3.5%.", "3.5%", "forecast"),
    # The base of a forecast or a goal that is the level now ("from 41% now") is a fact;
    # an old forecast raised from is still a forecast.
    ("The ministry aims to lift recycling to 65% by 2030, from 41% now.", "41%", "fact"),
    ("The ministry aims to lift recycling to 65% by 2030, from 41% now.", "65%", "target"),
    ("Analysts see the jobless rate at 7% next year, up from 5.8% today.", "5.8%", "fact"),
    ("Debt is projected to hit 90% of GDP, from 84% currently.", "84%", "fact"),
    # A base dated by a fiscal year or a season already past ("down from 2.1% in 2025/26",
    # "up from 250,000 tonnes last season") is a fact of its own time; a base of this year,
    # not yet ended, or of the future stays the forecast's.
    (
        "The Planning Institute of Jamaica forecasts growth of 1% to 1.5% for the 2025/26 "
        "fiscal year, down from 2.1% in 2023/24.",
        "2.1%",
        "fact",
    ),
    (
        "Greece is expected to produce about 290,000 tonnes in the 2026/27 season, up from "
        "250,000 tonnes last season, the agriculture ministry said.",
        "250,000 tonnes",
        "fact",
    ),
    xfail(
        "Defence spending will rise to €2.26 billion next year from €1.91 billion this year, the "
        "finance ministry said.",
        "€1.91 billion",
        "fact",
        reason="a base of this year is a fact in the December story of unseen5 but still a "
        "forecast in August in unseen3 ('from 780 billion kroner this year') and unseen8 "
        "('from US$75 in this year's budget'); read as the forecast's",
    ),
    (
        "Oil income will fall to 650 billion kroner next year from 780 billion kroner this year.",
        "780 billion kroner",
        "forecast",
    ),
    (
        "Output is forecast to reach 4 million tonnes next season, up from 3.2 million tonnes "
        "last season.",
        "3.2 million tonnes",
        "fact",
    ),
    (
        "The deficit will narrow to 3% of GDP in 2026-27 from 4.1% in 2023-24, the Treasury "
        "forecasts.",
        "4.1%",
        "fact",
    ),
    ("Prices will rise to $5 in 2027 from $4 in 2026.", "$4", "forecast"),
    ("Growth will slow to 1.4% next year from 1.7%.", "1.7%", "forecast"),
    ("The bank raised its growth forecast to 2.4% from 2.1%.", "2.1%", "forecast"),
    # A sentence closed by its estimating source ("..., the board estimates") is estimated
    # throughout, its base too, even when the parse hangs the figure elsewhere; a base
    # written as estimated ("up from an estimated 7.5 million") is an estimate.
    (
        "Small-scale growers, licensed or not, grew about 40% of Peru's 2 million tonnes of "
        "cocoa last year, the board estimates.",
        "about 40%",
        "estimate",
    ),
    ("About 40,000 households lack water, the water ministry estimates.", "40,000", "estimate"),
    (
        "Solar panels supply about 12% of the island's power, up from less than 2% in 2015, the "
        "grid operator estimates.",
        "less than 2%",
        "estimate",
    ),
    (
        "Economists estimate that exports will fall to $40bn next year, down from $46bn in 2024.",
        "$46bn",
        "estimate",
    ),
    (
        "Arrivals will reach 9 million next year, up from an estimated 7.5 million this year.",
        "an estimated 7.5 million",
        "estimate",
    ),
    ("Costs will rise to $9bn by 2030, the ministry estimates.", "$9bn", "forecast"),
    ("Exports fell 3% in May, up from 1% in April, the statistics office said.", "1%", "fact"),
    ("Output may fall 5% next year, the central bank estimates.", "5%", "hypothetical"),
    # A change set to start on a date ("from 1 March") is decided: a target, whoever
    # pays it; a change since a date is a fact, a change with no start a forecast.
    ("Bus fares will rise to $2.90 from 1 March, the transit authority said.", "$2.90", "target"),
    ("From next month, households will pay 14 cents a kilowatt-hour.", "14 cents", "target"),
    ("The levy on sugary drinks rises to 30% from September.", "30%", "target"),
    ("Rail fares will go up by 4.6% starting in January.", "4.6%", "target"),
    ("Exports have risen 12% from March.", "12%", "fact"),
    # ... also when told with a reported or planned "would" ("a plant that would make 5,000
    # tonnes a year from 2030"); a condition's "would" stays a scenario.
    (
        "The company said the new smelter would process 400,000 tonnes a year from 2029.",
        "400,000 tonnes",
        "target",
    ),
    (
        "A consortium plans a $2 billion terminal that would handle 5 million containers a "
        "year from 2031.",
        "5 million containers",
        "target",
    ),
    ("If demand holds, the mill would run at 90% from next year.", "90%", "hypothetical"),
    (
        "The smelter would process 400,000 tonnes a year, the company said.",
        "400,000 tonnes",
        "forecast",
    ),
    (
        "Farmers will harvest 90 million tonnes, the agency said, raising its forecast from May.",
        "90 million tonnes",
        "forecast",
    ),
    ("Bus fares will rise about 5% next year, analysts said.", "5%", "forecast"),
    # A multiple of a limit is a level measured against it, not the limit.
    ("Lead in the water was 12 times the legal limit.", "12 times", "fact"),
    ("Nitrate readings reached up to 40 times the permitted level.", "40 times", "fact"),
    (
        "Readings of soot averaged 92 micrograms across the stations last week, more than six "
        "times the daily guideline of 15.",
        "92",
        "fact",
    ),
    (
        "Nitrate levels reached 75 milligrams a litre in May, five times the legal limit.",
        "75",
        "fact",
    ),
    ("Arsenic in the well was 12 micrograms, above the legal limit of 10.", "10", "target"),
    # A standard or a guideline sets what should be: a target.
    ("Only 71% of calls were answered in time, against a 90% standard.", "90%", "target"),
    ("Readings averaged 48, far above the WHO guideline of 15.", "15", "target"),
    # A threshold or a minimum the figure is measured against, and a figure a participle
    # says is needed, planned or sought ("the 76 needed to govern"): what should be.
    ("Measles cases hit 210 per 100,000, four times the alert threshold of 50.", "50", "target"),
    ("Measles cases hit 210 per 100,000, four times the alert threshold of 50.", "210", "fact"),
    (
        "Turnout reached 38%, short of the 40% threshold needed for the vote to count.",
        "40%",
        "target",
    ),
    (
        "Turnout reached 38%, short of the 40% threshold needed for the vote to count.",
        "38%",
        "fact",
    ),
    ("Each ward has two nurses on nights, against a legal minimum of four.", "four", "target"),
    ("The party won 61 seats, well short of the 76 needed to govern alone.", "76", "target"),
    ("The party won 61 seats, well short of the 76 needed to govern alone.", "61", "fact"),
    ("The plant will make 40,000 cars a year, half the 80,000 first planned.", "80,000", "target"),
    ("Kenya bought $612 million, short of the $900 million sought.", "$900 million", "target"),
    ("The 300 workers hired last year were laid off.", "300", "fact"),
    # The whole a part is taken from ("Of the 2,600 schools, 412 will ...") is a fact of
    # its own; the part keeps its statement.
    ("Of the 2,600 schools in the region, 412 will close next year.", "2,600", "fact"),
    ("Of the 2,600 schools in the region, 412 will close next year.", "412", "forecast"),
    ("The airline will ground three of its 40 jets in March.", "40", "fact"),
    # What a subject needs is a requirement that holds (or, with "will"/"would", is to
    # come), not a goal someone sets; a figure "needed" for an outcome stays the target.
    (
        "The port handled 9 million tonnes, less than half the 20 million tonnes the region "
        "needs each year.",
        "20 million tonnes",
        "fact",
    ),
    (
        "A family of four needed 2,400 rand a month in March to cover basic food, the "
        "institute said.",
        "2,400 rand",
        "fact",
    ),
    (
        "The airline said its pilots would need 18 months to train on the jets.",
        "18 months",
        "forecast",
    ),
    (
        "Hospitals will need up to 3,000 more nurses by 2030, the ministry said.",
        "3,000",
        "forecast",
    ),
    ("To clear the backlog the agency would need to hire 900 more staff.", "900", "hypothetical"),
    ("The party won 140 seats, short of the 151 needed for a majority.", "151", "target"),
    # The subject of a plan or a pledge counts who plans, not what is planned.
    ("About 9% of voters were undecided and 6% planned to spoil their ballots.", "6%", "fact"),
    ("Mayor Ana Ruiz, 52, promised to build 3,000 homes.", "52", "fact"),
    ("Mayor Ana Ruiz, 52, promised to build 3,000 homes.", "3,000", "target"),
    # What money is set aside, released or negotiated for, or what a campaign or a plan is
    # for: the aim; a market's "rose 5% to close at" is what happened.
    (
        "The state set aside 2 billion pesos to buy and restore 40,000 hectares of forest.",
        "40,000 hectares",
        "target",
    ),
    ("The ministry released $40 million to vaccinate 2 million cattle.", "2 million", "target"),
    ("Health workers began a campaign to vaccinate 3 million children.", "3 million", "target"),
    ("The agency is negotiating to buy 500,000 more doses.", "500,000", "target"),
    (
        "The fund sets aside 3 billion rand to restore and to replant 80,000 hectares of forest.",
        "80,000 hectares",
        "target",
    ),
    ("The city spent $2 million to repair 40 bridges last year.", "40 bridges", "fact"),
    ("The utility says it needs the money to repay $2 billion in debt.", "$2 billion", "fact"),
    # What a body says it needs for an aim is a request: a target. Not what a household
    # needs, nor a time it takes, nor a figure inside the aim (above).
    (
        "The utility says it needs 1.2 billion cedis ($78 million) to build settling ponds.",
        "1.2 billion cedis",
        "target",
    ),
    (
        "Kalsrap said the office needed VT 180 million over the next two years to build a "
        "backup data centre.",
        "VT 180 million",
        "target",
    ),
    ("The council says it needs $4 million to repair the sea wall.", "$4 million", "target"),
    (
        "Kenya needs 3,000 more teachers to staff its new schools, the ministry said.",
        "3,000",
        "target",
    ),
    (
        "Each household needs 50 litres of water a day to drink and cook, aid groups say.",
        "50 litres",
        "fact",
    ),
    ("The clinic needed 40 minutes to treat each patient.", "40 minutes", "fact"),
    # A charge or a benefit a measure sets, told at its coming level ("to", "will be"): a
    # target. A change told only "by" how much, a market's price or a level others expect
    # is a forecast (the tracker keys "Tuition fees ... will rise by 15.5%" as one).
    (
        "The charge for the first 10 cubic metres a month will rise from T$2.50 to T$3.00 "
        "per cubic metre.",
        "T$3.00",
        "target",
    ),
    ("Old-age pensions will go up by $500 a month to $4,000.", "$4,000", "target"),
    ("Bus fares in the capital will rise to 80 cents next year.", "80 cents", "target"),
    ("The licence fee will be £180 a year.", "£180", "target"),
    ("Ferry tolls on the lake will climb to 40 shillings a crossing.", "40 shillings", "target"),
    ("The student allowance will fall to 900 rupees a month.", "900 rupees", "target"),
    ("Tuition fees in the Netherlands will rise by 15.5% next year.", "15.5%", "forecast"),
    ("Water charges will go up by 8% in April.", "8%", "forecast"),
    ("Petrol prices will rise to $2 a litre, analysts say.", "$2", "forecast"),
    ("Analysts expect the licence fee will rise to £190.", "£190", "forecast"),
    ("The unemployment rate will rise to 5% next year.", "5%", "forecast"),
    ("House prices will rise to a record $900,000 next year.", "$900,000", "forecast"),
    ("The economy will grow by 3% next year.", "3%", "forecast"),
    ("Output is expected to reach 2 million barrels a day.", "2 million barrels", "forecast"),
    # Those a measure names by what befell them, and what they will get: a target.
    ("Each family that lost a home will get $5,000.", "$5,000", "target"),
    (
        "Farmers who lost their crops will get PP1.8 million in seed aid per town.",
        "PP1.8 million",
        "target",
    ),
    ("Households that lost power will receive 2,000 pesos each.", "2,000 pesos", "target"),
    ("Pensioners who were flooded out will get 150 euros from the city.", "150 euros", "target"),
    ("Fishermen whose boats sank will get 30,000 naira each.", "30,000 naira", "target"),
    ("Farmers will get about 12% less for their wheat this year.", "12%", "forecast"),
    ("Workers who joined last year will get 3% raises, economists expect.", "3%", "forecast"),
    ("Shares rose 4% to close at 1,250 pence on Friday.", "1,250 pence", "fact"),
    ("She was the first woman to win 12 titles at the club.", "12 titles", "fact"),
    # A forecaster's "would" is a forecast, not a scenario, and a body's act someone else
    # expects is no commitment.
    (
        "They forecast that the copper price would reach $12,000 a tonne by March.",
        "$12,000",
        "forecast",
    ),
    ("Traders expect that the bank would cut rates to 3.5% in June.", "3.5%", "forecast"),
    (
        "Analysts expect the central bank will cut its key rate to 3.5% in June.",
        "3.5%",
        "forecast",
    ),
    # A worked example: one indefinite case ("a household using 20 cubic metres", "for a
    # typical family car") and what its present or conditional clause gives it are a
    # scenario; a relative clause's state, a past case and a definite one are facts.
    (
        "A household using 20 cubic metres a month pays about 9 dinars.",
        "20 cubic metres",
        "hypothetical",
    ),
    ("A household using 20 cubic metres a month pays about 9 dinars.", "9 dinars", "hypothetical"),
    (
        "A small shop borrowing 5 million naira pays roughly 1.4 million naira a year in interest.",
        "5 million naira",
        "hypothetical",
    ),
    (
        "A small shop borrowing 5 million naira pays roughly 1.4 million naira a year in interest.",
        "1.4 million",
        "hypothetical",
    ),
    (
        "A nurse earning 900,000 pesos a month would see her pay rise by 40,000 pesos.",
        "900,000 pesos",
        "hypothetical",
    ),
    (
        "For a typical family car, which burns about 1,200 litres a year, the levy means roughly "
        "$90 a year.",
        "$90",
        "hypothetical",
    ),
    (
        "For a typical family car, which burns about 1,200 litres a year, the levy means roughly "
        "$90 a year.",
        "1,200 litres",
        "fact",
    ),
    ("A man earning $50,000 was fined $1,000 last week.", "$50,000", "fact"),
    ("The household, using 20 cubic metres, paid 9 dinars in May.", "9 dinars", "fact"),
    # A party's own future act ("donors will provide", "a consortium will build and run it
    # for 30 years", "will halt work for up to three months") and a thing "to be built"
    # are planned: targets.
    (
        "Donors will provide about $900 million in grants, the ministry said.",
        "$900 million",
        "target",
    ),
    ("A consortium led by Vinci will build and run the line for 30 years.", "30 years", "target"),
    (
        "It expects to mine 4 million carats and will halt work at the pit for up to three months.",
        "three months",
        "target",
    ),
    (
        "The plant will be powered by a 120 MW solar farm to be built next to it.",
        "120 MW",
        "target",
    ),
    ("The plant is powered by a 120 MW solar farm built next to it.", "120 MW", "fact"),
    (
        "Tourists will spend about $900 million this year, the ministry said.",
        "$900 million",
        "forecast",
    ),
    # "put X at" a figure is how a count is told as much as an estimate: not read as one.
    ("The coast guard put the number of missing at 40.", "40", "fact"),
    ("Traders put the probability of a rate cut in June at 70%.", "70%", "fact"),
    ("The government will run a deficit of $12 billion next year.", "$12 billion", "forecast"),
    # A rate per step of another figure, the step written as a word of money or of points
    # ("Every dollar", "Each cent") or as a figure with thousands ("Each additional
    # 100,000 barrels"): a scenario. A step of time told as a finding stays a fact.
    (
        '"Every dollar the price of oil falls costs us about $170 million a year," Maharaj said.',
        "about $170 million a year",
        "hypothetical",
    ),
    (
        "Each additional 100,000 barrels a day adds about $2.4 billion a year to state revenue "
        "at current prices, Al-Harbi estimated.",
        "about $2.4 billion a year",
        "hypothetical",
    ),
    (
        "Every cent added to the fuel duty raises 400 million rand a year, the Treasury says.",
        "400 million rand",
        "hypothetical",
    ),
    (
        "Each percentage point on the base rate adds £90 a month to repayments.",
        "£90",
        "hypothetical",
    ),
    (
        "Each extra 12,000 tourists brings in $6 million, the board reckons.",
        "$6 million",
        "hypothetical",
    ),
    ("Every day, 3,000 people cross the border at Rafah.", "3,000", "fact"),
    ("Each extra hour outdoors a day cut the risk by 14%.", "14%", "fact"),
    # A worked example whose one indefinite case is told with a figure ("a borrower with a
    # mortgage of 500 million soums"), reported or not: both figures are a scenario.
    (
        '"A borrower with a mortgage of 500 million soums would pay about 280,000 soums a month '
        'less," said Dilnoza Rakhimova, an economist.',
        "about 280,000 soums",
        "hypothetical",
    ),
    (
        '"A borrower with a mortgage of 500 million soums would pay about 280,000 soums a month '
        'less," said Dilnoza Rakhimova, an economist.',
        "500 million soums",
        "hypothetical",
    ),
    (
        "A family with two children would receive 300 euros more a year, the minister said.",
        "300 euros",
        "hypothetical",
    ),
    (
        "A borrower with a £200,000 mortgage would save £29 a month, the bank said.",
        "£29",
        "hypothetical",
    ),
    ("A ship with 300 passengers ran aground on Sunday, the coast guard said.", "300", "fact"),
    ("A convoy with 40 trucks will reach Gaza on Friday, the UN said.", "40", "forecast"),
    # What would have been, and was not: a counterfactual scenario, reported or not.
    (
        "It is 1.4 percentage points more than the 5.1% the government's old wage formula would "
        "have given.",
        "5.1%",
        "hypothetical",
    ),
    ("Without the subsidy, the fare would have been $5, the company said.", "$5", "hypothetical"),
    ("The old scheme would have paid teachers a 3% rise, the union said.", "3%", "hypothetical"),
    ("The minister said the new bridge would have four lanes.", "four", "forecast"),
    # A floor or a ceiling a body sets ("set the minimum price at 900 kwacha"): a limit, so
    # a target; a rate a bank sets or holds is its decision, a fact.
    (
        "The government has set the minimum farm-gate price at 900 kwacha a kilogram, and the "
        "state grain trader will buy up to 100,000 tonnes at that price.",
        "900 kwacha",
        "target",
    ),
    (
        "The council has set the minimum farmgate price at 425 CFA francs per kilogram for the "
        "season, up from 275 francs last year.",
        "425 CFA francs",
        "target",
    ),
    ("The regulator has set the maximum tariff at 18 cents a kilowatt-hour.", "18 cents", "target"),
    (
        "The ministry fixed the minimum price of cocoa at 1,200 cedis a bag.",
        "1,200 cedis",
        "target",
    ),
    ("The central bank kept its base rate at 6.25% last week.", "6.25%", "fact"),
    ("The bank set its key rate at 4.5% on Thursday.", "4.5%", "fact"),
    ("The minimum wage for the sector is $208 a month this year.", "$208", "fact"),
    # The band a measure's charge or benefit applies to ("households that use up to 60
    # kWh a month will pay", "households earning less than $10,000 will be exempt", "an
    # exemption for people earning up to R$5,000"): the measure's, so a target. What
    # those in a band paid or spend is a fact.
    (
        "Households that use up to 60 kilowatt-hours a month will pay Rs 6 a unit from next "
        "month, down from Rs 8, the Public Utilities Commission said.",
        "up to 60 kilowatt-hours",
        "target",
    ),
    (
        "A property tax will be collected from April, but households earning less than $10,000 "
        "a month will be exempt.",
        "less than $10,000",
        "target",
    ),
    (
        "Households that use more than 22 cubic metres a month pay a surcharge of 1,500 pesos "
        "for every extra cubic metre.",
        "more than 22 cubic metres",
        "target",
    ),
    (
        "Approval rose, helped by an income tax exemption for people earning up to R$5,000 a "
        "month that takes effect in January.",
        "up to R$5,000",
        "target",
    ),
    (
        "Workers who earn less than 3,000 euros a month will receive a bonus of 500 euros.",
        "3,000 euros",
        "target",
    ),
    ("Families earning under $60,000 a year can claim a rebate of $400.", "$60,000", "target"),
    (
        "Households that used more than 22 cubic metres a month paid 30% more last year.",
        "22 cubic metres",
        "fact",
    ),
    ("Workers who earn less than $500 a month spend half of it on rent.", "$500", "fact"),
    # A plan of spending a body adopts, presents or announces ("approved a package costing
    # NT$76 billion", "presented a TT$62.4 billion budget", "announced 12 billion ringgit of
    # new investment"): a target. A budget told as it stands, a loan granted, a result
    # announced are facts.
    (
        "The cabinet approved a package costing NT$76 billion a year in December.",
        "NT$76 billion",
        "target",
    ),
    (
        "Trinidad and Tobago's government presented a TT$62.4 billion budget on Monday.",
        "TT$62.4 billion",
        "target",
    ),
    (
        "Estonia's parliament approved a 2027 budget on Thursday that raises defence spending "
        "to 5.4% of gross domestic product.",
        "5.4%",
        "target",
    ),
    (
        "Demand will double, the utility said, as it announced 12 billion ringgit ($2.8 billion) "
        "of new grid investment.",
        "12 billion ringgit",
        "target",
    ),
    ("The government announced a 4 billion euro stimulus on Tuesday.", "4 billion euro", "target"),
    ("Lawmakers passed a budget of 1.2 trillion pesos on Friday.", "1.2 trillion pesos", "target"),
    ("The 2026 defence budget amounts to 200 billion zlotys.", "200 billion zlotys", "fact"),
    ("The IMF approved a $3 billion loan last year.", "$3 billion", "fact"),
    ("The company announced a profit of $3 billion on Monday.", "$3 billion", "fact"),
    # The base of a change a body decides, with no time of its own, shares the change's
    # statement (CONTEXT.md: "will fall from 16 per cent to 15 per cent": both target); a
    # base told with its own past time, or as the level now, stays a fact.
    (
        "Under the plan, the combined contribution rate will rise from 16.1% to 18.1% of "
        "insurable earnings from January 2027.",
        "16.1%",
        "target",
    ),
    (
        "LIBREVILLE — Gabon will raise the royalty it charges on manganese ore from 5% to 8% of "
        "export value from April, the mines ministry said on Tuesday.",
        "5%",
        "target",
    ),
    ("The city will raise bus fares from $2 to $2.50 from 1 March.", "$2", "target"),
    ("The regulator will cut the cap on card fees to 0.3% from 0.5%.", "0.5%", "target"),
    # A base set against the figure with "against" and its own past time ("against 4.1%
    # last year") is a fact of that time, as "up from" one is; one of this year stays the
    # forecast's.
    (
        "The budget for 2026 assumes a deficit of 2.9% of gross domestic product, against 4.1% "
        "last year.",
        "4.1%",
        "fact",
    ),
    (
        "The Eswatini Sugar Association forecasts cane output of 4.6 million to 4.9 million "
        "tonnes in the 2026/27 season, against 5.6 million tonnes last season.",
        "5.6 million tonnes",
        "fact",
    ),
    (
        "The board expects exports of 300,000 bales this season, against 340,000 bales last "
        "season.",
        "340,000 bales",
        "fact",
    ),
    (
        "Analysts forecast a trade surplus of $4 billion for 2026, against $3.1 billion in 2024.",
        "$3.1 billion",
        "fact",
    ),
    (
        "The board expects exports of 300,000 bales this season, against 340,000 bales last "
        "season.",
        "300,000 bales",
        "forecast",
    ),
    ("The budget assumes growth of 3% next year, against 2.5% this year.", "2.5%", "forecast"),
    # A place standing for its government is a body whose future act is its own, even
    # when the parse tags the name as a common noun ("Barbados", "Seychelles").
    (
        "BRIDGETOWN — Barbados will raise the state pension age from 65 to 67 by 2030 and lift "
        "contributions by 2 percentage points, the finance minister said.",
        "67",
        "target",
    ),
    (
        "BRIDGETOWN — Barbados will raise the state pension age from 65 to 67 by 2030 and lift "
        "contributions by 2 percentage points, the finance minister said.",
        "2 percentage points",
        "target",
    ),
    ("Seychelles will raise the tourism levy to $25 a night.", "$25", "target"),
    ("Maldives will cut the green tax to $3 a night next year.", "$3", "target"),
    ("Seychelles will see arrivals fall 10% next year.", "10%", "forecast"),
    # A "would" reported by an estimating verb is a forecast ("estimated that interest
    # payments would swallow 60%"); one whose subject is a supposed case told by a figure
    # ("a fall to 26 would add", "a worker on $60,000 would save") is a scenario, even
    # reported.
    (
        "Farida Nour, an economist at Nile Capital in Cairo, estimated that interest payments "
        "would swallow about 60% of government revenue this fiscal year.",
        "about 60%",
        "forecast",
    ),
    (
        "The increase would bring in an extra 95 billion CFA francs (about $155 million) a year "
        "at current prices, the ministry estimates.",
        "95 billion CFA francs",
        "forecast",
    ),
    (
        "Economists calculate that the new levy would raise 2 billion rand a year.",
        "2 billion rand",
        "forecast",
    ),
    (
        "The reform would save the state 4 billion pesos a year, the finance ministry reckons.",
        "4 billion pesos",
        "forecast",
    ),
    (
        "A weaker koruna would help exporters: a fall to 26 to the euro would add about Kč 2 "
        "billion to annual operating profit, Horák said.",
        "about Kč 2 billion",
        "hypothetical",
    ),
    (
        "A 10% rise in fuel prices would cut demand by 2%, the central bank said.",
        "2%",
        "hypothetical",
    ),
    (
        "A drop to $60 a barrel would cost the budget $3 billion, the minister said.",
        "$3 billion",
        "hypothetical",
    ),
    (
        "A spokesman said a new plant would employ 400 people.",
        "400 people",
        "forecast",
    ),
    (
        "Economists at ING estimate that such a rise would cost about 9 billion lei a year.",
        "about 9 billion lei a year",
        "hypothetical",
    ),
    (
        "Water Minister Raed Abu Saud said the project would cut the deficit between supply and "
        "demand, estimated at 520 million cubic metres this year, by more than half.",
        "520 million cubic metres",
        "estimate",
    ),
    (
        "From October, data centres will pay a special tariff of 52 sen per kilowatt hour, up "
        "from 45 sen, the utility said.",
        "45 sen",
        "fact",
    ),
    # The whole a part is taken from is there as it is, a fact, also when written "out of"
    # or after "more of the" ("demanded 5 more of the 53 seats"); the part keeps the
    # statement of its clause.
    (
        "The company will cut about 1,200 jobs in administration by the end of 2027, he said, "
        "out of some 38,000 staff in the Czech Republic.",
        "some 38,000 staff",
        "fact",
    ),
    (
        "Opposition parties have demanded at least 5 more of the 53 National Assembly seats for "
        "the Greater Banjul Area.",
        "53",
        "fact",
    ),
    ("The city plans to close 40 schools out of its 300.", "300", "fact"),
    ("Unions demand 10 more of the 120 board seats.", "120", "fact"),
    ("The city plans to close 40 schools out of its 300.", "40 schools", "target"),
    (
        "Of the 9.3 million girls aged 10 to 14 it aimed to reach, 6.2 million have received a "
        "dose since the campaign began in 2023, the health directorate said.",
        "9.3 million girls",
        "target",
    ),
    ("Unions demand 10 more of the 120 board seats.", "10", "target"),
    # Goals counted in a player's tally are no goal set: what they were scored in is a
    # fact; a goal of a figure stays a target.
    ("Hadžić scored 21 goals in 30 league games last season.", "30 league games", "fact"),
    ("She has scored 14 goals in 22 matches this season.", "22 matches", "fact"),
    ("The striker netted 9 goals in 12 games for the club.", "12 games", "fact"),
    ("The club set a goal of 80 points this season.", "80 points", "target"),
    # "put X at" a hedged figure ("about", "between ... and") is an estimate; an exact
    # count so put stays a fact (rows above).
    (
        "Farmers put their losses at between $8 million and $12 million.",
        "between $8 million and $12 million",
        "estimate",
    ),
    (
        "The Kitzbühel Ski Club put its revenue from the three-day event at about €11 million.",
        "about €11 million",
        "estimate",
    ),
    ("The ministry put the damage at roughly $40 million.", "roughly $40 million", "estimate"),
    (
        "Organisers put the crowd at between 20,000 and 30,000.",
        "between 20,000 and 30,000",
        "estimate",
    ),
    # A figure naming what a thing is now, beside the noun it describes, is a fact
    # whatever the sentence forecasts or aims for that thing: set off by commas
    # ("the top of the scale, NZ$71,000 now, will reach") or inside a definite noun
    # ("wants the government to cut the 2% export levy to zero"). Misses of fields
    # unseen13 and unseen14, then rows of my own.
    (
        "Under the deal, the top of the scale, NZ$71,000 now, will reach about NZ$77,400 by "
        "July 2028.",
        "NZ$71,000",
        "fact",
    ),
    (
        "He expects the number of household subscriptions, about 210 now, to double by the end "
        "of next year.",
        "about 210",
        "fact",
    ),
    (
        "Economists at the central bank warn that inflation, 8.2% in October, could exceed 10% "
        "if fuel imports keep rising.",
        "8.2%",
        "fact",
    ),
    (
        "The government expects the 294-megawatt Amaria dam, 60% complete, to start in the "
        "second half of 2027.",
        "60%",
        "fact",
    ),
    xfail(
        "The government expects the 294-megawatt Amaria dam, 60% complete, to start in the "
        "second half of 2027.",
        "294-megawatt",
        "fact",
        reason="a definite thing's size under a verb that expects it: 'expects the new "
        "120 MW plant to start' is the plan's; not told apart",
    ),
    ("The union wants the government to cut the 2% export levy to zero.", "2%", "fact"),
    ("The ministry said it would waive the 20% import duty on cement until June.", "20%", "fact"),
    (
        "Internet prices on Tokelau's three atolls will fall by about two-thirds from next month.",
        "three atolls",
        "fact",
    ),
    (
        "Officials hope the jobless rate, 7.4% last month, will fall below 6% next year.",
        "7.4%",
        "fact",
    ),
    (
        "The port's throughput, about 1.2 million containers now, is forecast to double by 2030.",
        "about 1.2 million containers",
        "fact",
    ),
    ("The council plans to raise the 15% tourist tax to 18% in April.", "15%", "fact"),
    ("Fares on the city's 14 bus routes will rise 5% from March.", "14 bus routes", "fact"),
    # ... near misses: the level aimed at or forecast, a target's own figure, a thing to
    # be built, the figure the sentence's verb is about.
    (
        "Officials hope the jobless rate, 7.4% last month, will fall below 6% next year.",
        "6%",
        "target",
    ),
    ("The council plans to raise the 15% tourist tax to 18% in April.", "18%", "target"),
    ("The bank restated its 2% inflation target.", "2%", "target"),
    ("The bank's target, 2% a year, was missed again.", "2% a year", "target"),
    ("The government will build a 120 MW solar farm.", "120 MW", "target"),
    ("Fares on the city's 14 bus routes will rise 5% from March.", "5%", "target"),
    ("The 3% they expected did not come.", "3%", "forecast"),
    (
        "The motorway, 57 km long, is now expected to cost at least €620 million.",
        "57 km",
        "fact",
    ),
    (
        "Small-scale miners produced about 35% of Ghana's 4.8 million ounces of gold last year, "
        "the Minerals Commission estimates.",
        "4.8 million ounces",
        "estimate",
    ),
    (
        "The association forecasts sugar exports worth about E4 billion, 15% less than a year "
        "earlier.",
        "15% less",
        "forecast",
    ),
    ("The economy, Europe's fifth largest, is expected to grow 2% next year.", "2%", "forecast"),
    # A verb of forecasting, estimating or saying joined to a goal ("plans to raise ... and
    # expects exports of 1.6 million tonnes") tells its own figure: the goal is not its
    # mood. Misses of fields unseen12, unseen13 and unseen14, then rows of my own.
    (
        "The government plans to raise the royalty from EC$3 to EC$4.50 a tonne from April 1 "
        "and expects exports of 1.6 million tonnes in the 2027-28 fiscal year.",
        "1.6 million tonnes",
        "forecast",
    ),
    (
        "The finance ministry plans to borrow a further S£4 trillion next year to cover a budget "
        "deficit, and says interest will cost about S£650 billion.",
        "about S£650 billion",
        "forecast",
    ),
    (
        "The industry wants the EU to delay its deforestation rules by 12 months, and estimates "
        "that compliance will cost each large maker €1.5 million to €2 million a year.",
        "€1.5 million to €2 million a year",
        "forecast",
    ),
    (
        "The airline aims to add four routes next year and expects passenger numbers to reach "
        "9 million.",
        "9 million",
        "forecast",
    ),
    (
        "The board wants a new stadium and says attendance will climb to 40,000 a game.",
        "40,000 a game",
        "forecast",
    ),
    # ... near misses: the goal's own figure, and a goal joined to a goal.
    (
        "The airline aims to add four routes next year and expects passenger numbers to reach "
        "9 million.",
        "four routes",
        "target",
    ),
    (
        "The ministry plans to build 300 schools and hire 2,000 teachers.",
        "2,000 teachers",
        "target",
    ),
    # A change set to start on a date but told only by how much a thing that is no charge
    # a body sets will move ("freight rates will rise 18% from February", "will cut bills
    # by about 15% from January") is a forecast; a charge's change stays a target.
    (
        "Freight rates to Norfolk Island will rise 18% from February under a new five-year "
        "shipping contract, the island's regional council said on Wednesday.",
        "18%",
        "forecast",
    ),
    (
        "The plant has started supplying the grid and will cut the island's electricity bills "
        "by about 15% from January, the government said on Thursday.",
        "about 15%",
        "forecast",
    ),
    xfail(
        "A 12 MW wind farm planned at Miquelon would cut that by a quarter from 2029, the "
        "prefecture said in September.",
        "a quarter",
        "forecast",
        reason="the parse hangs 'the prefecture said' under 'cut', so the 'would' reads as "
        "no one's: a scenario",
    ),
    ("The new dam will cut water losses by 20% from next year.", "20%", "forecast"),
    ("Shipping costs will rise 7% from April under the new contract.", "7%", "forecast"),
    ("The council will raise parking fees by 10% from June.", "10%", "target"),
    ("Water tariffs will rise 6% from July, the utility said.", "6%", "target"),
    (
        "Jakarta's minimum wage will rise 6.5% to Rp 5.73 million a month from 1 January, "
        "Governor Rahmat Hidayat said on Thursday.",
        "6.5%",
        "target",
    ),
    # A body that agreed to do something has committed to it: a target.
    (
        "New Zealand agreed last month to lift its education grant by NZ$1 million over three "
        "years, according to a statement from its foreign ministry.",
        "NZ$1 million",
        "target",
    ),
    (
        "The government has also agreed to pay for up to 200 patients to have surgery in "
        "Antigua and Barbados, at a cost of roughly EC$25,000 each.",
        "up to 200 patients",
        "target",
    ),
    ("The council agreed to plant 5,000 trees along the river.", "5,000 trees", "target"),
    ("Both firms have agreed to invest $300 million in the mine.", "$300 million", "target"),
    # ... near misses: a deal agreed, what they agreed had happened.
    ("The two sides agreed a 4% pay rise last week.", "4%", "fact"),
    ("Ministers agreed that exports rose 3% last year.", "3%", "fact"),
    (
        "Hanbit agreed with steelmakers to pay about 850,000 won a tonne for the first half, "
        "down 5% from the second half of last year, the company said.",
        "about 850,000 won a tonne",
        "fact",
    ),
    (
        "Eight OPEC+ countries agreed on Sunday to raise oil output by 137,000 barrels a day "
        "from November.",
        "Eight",
        "fact",
    ),
    # Figures a sentence gives "according to an estimate" or that "an estimate by ...
    # suggests" are estimated; an "estimated" range is estimated.
    (
        "The water table falls by as much as 1.5 metres a year, and some 2,000 wells have run "
        "dry over the past decade, according to an estimate by hydrologists at Kerman "
        "university.",
        "some 2,000 wells",
        "estimate",
    ),
    (
        "The water table falls by as much as 1.5 metres a year, and some 2,000 wells have run "
        "dry over the past decade, according to an estimate by hydrologists at Kerman "
        "university.",
        "as much as 1.5 metres a year",
        "estimate",
    ),
    (
        "Smugglers took an estimated 300,000 to 400,000 carats across the borders, according "
        "to a report by the research group IPIS.",
        "an estimated 300,000 to 400,000 carats",
        "estimate",
    ),
    (
        "About 40,000 people use the ferry each year, according to an estimate by the port.",
        "About 40,000 people",
        "estimate",
    ),
    ("Poachers killed 120 rhinos last year, an estimate by the WWF suggests.", "120", "estimate"),
    ("An estimated 20 to 30 boats sank in the storm.", "20 to 30 boats", "estimate"),
    (
        "Some 3 million birds pass through the wetland each spring, according to estimates by "
        "the park.",
        "Some 3 million birds",
        "estimate",
    ),
    # ... near misses: a count or a report is no estimate.
    (
        "About 40,000 people use the ferry each year, according to a count by the port.",
        "About 40,000 people",
        "fact",
    ),
    ("Poachers killed 120 rhinos last year, a report by the WWF says.", "120", "fact"),
]


@pytest.mark.parametrize(("sentence", "figure", "expected"), STATEMENTS)
def test_statement(sentence: str, figure: str, expected: str) -> None:
    assert scope(sentence, figure).statement.value == expected
