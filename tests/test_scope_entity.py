"""Whose figure it is (claims/extraction/scope/entity.py).

Rows are ``(title, text, sentence, figure, expected)``; ``text`` is the article
(``None``: the sentence alone).
"""

from __future__ import annotations

import pytest

from tests.scope_rows import scope, xfail

APPLE = "Apple sold 232 million iPhones. Analysts expect Apple to sell more."
RBI = "The Reserve Bank of India held rates. The bank lent $3bn to lenders."

AIRLINE = "Falcon Gulf Airways posts record profit"
AIRLINE_TEXT = (
    "Falcon Gulf Airways reported a net profit of Dh 7.9 billion.\n\n"
    "Cargo volumes jumped 18% to 2.4 million tonnes. Inflation in the UAE was 2%.\n\n"
    "Ticket revenue grew 4.8%, while the average consumer spent Dh 186 a visit. "
    '"If consumer spending holds up, we could fly 60 million passengers by 2027." '
    "Household spending was helped by inflation, which eased to 1.4% in July."
)
STEEL = "UK raises steel tariff to 25 per cent to protect Scunthorpe and Port Talbot"
STEEL_TEXT = (
    "UK raises steel tariff to 25 per cent\n\n"
    "The government raised the tariff to 25 per cent on Monday.\n\n"
    "The levy would raise £180m a year."
)
ELECTION = "Liberal Union wins Estonia's election"
ELECTION_TEXT = (
    "The Liberal Union won 38 seats in Sunday's election.\n\n"
    "Turnout was 61.2%. The party took 31.4% of the vote."
)
TYPHOON = "Typhoon Isang kills 27"
TYPHOON_TEXT = "Typhoon Isang killed 27 people.\n\nSchools lost 2,400 classrooms."
# A company or club whose name has no body word ("Breweries", "Rovers"), known as one
# because the article calls it "the company", "the club".
BREWER = "Kalahari Breweries raises payout as lager sales recover"
BREWER_TEXT = (
    "GABORONE — Kalahari Breweries, Botswana's biggest brewer, reported higher profit.\n\n"
    "Revenue rose 7% to P2.1 billion. The company said margins held.\n\n"
    "The company employs 900 people. The finance ministry plans to raise duty by 8%.\n\n"
    "Analysts expect revenue to grow 5% next year. Analysts expect inflation to slow to 4%."
)
ROVERS = "Dunmore Rovers clinch first title in 20 years"
ROVERS_TEXT = (
    "Dunmore Rovers won the league on Saturday.\n\n"
    "They finished on 81 points. The club conceded 19 goals all season."
)
# A company's own shares and the price it received are its figures; an exchange rate,
# a market's shares and a world price are no one's.
MINER = "Karoo Minerals cuts dividend as output slips"
MINER_TEXT = (
    "JOHANNESBURG — Karoo Minerals, South Africa's third-largest miner, reported lower "
    "profit. The company said costs rose.\n\n"
    "Shares rose 4.1% to R212 in Johannesburg on Thursday. Shares in Karoo Minerals have "
    "gained 18% this year.\n\n"
    "The rand weakened to about 18.9 per dollar in June, from 17.6 at the start of the year."
    "\n\nThe average price it received was $9,100 a tonne. The spot price traded near "
    "$9,800 a tonne.\n\nAsian shares fell 2% on Monday. Shares in Tokyo fell 1.2%."
)
# ... not a place that owns the body ("Sierra Leone's produce board"), nor a person named
# after a role ("runner Ana Kiprop"), even in an article that says "the company".
COCOA = "Sierra Leone raises cocoa price for growers"
COCOA_TEXT = (
    "FREETOWN — Sierra Leone's produce board raised the cocoa price on Monday.\n\n"
    "The company that ships the crop is state-owned. The harvest took 40 days."
)
RUNNER = "Kiprop wins in Eldoret in course record"
RUNNER_TEXT = (
    "ELDORET — Kenyan runner Ana Kiprop won the marathon on Sunday.\n\n"
    "The company that sponsors the race paid her. The race drew 20,000 spectators."
)
# A company the title does not name, introduced beside a common noun for it ("X, the
# country's largest milk processor", "state company Y"): what "the group", "the company"
# later stand for; another body's noun ("the finance ministry") and a company never named
# stay as written.
DAIRY = "Milk prices slump as exports to China fall"
DAIRY_TEXT = (
    "WELLINGTON — Ostara Dairy, the country's largest milk processor, said on Monday its "
    "farmers would be paid less.\n\n"
    "The group collected 3.1 billion litres of milk last year. The finance ministry cut its "
    "forecast to 1.2%.\n\n"
    "State company Petrolix said fuel sales fell. The company imports about 60% of the fuel."
    "\n\nFarm payouts fell 8% last year."
)
COPPER = "Copper miner's sales slump as smelters close"
COPPER_TEXT = (
    "LUSAKA — Zambia's biggest copper miner, Okavango Copper, said on Tuesday sales fell.\n\n"
    "Revenue dropped 12% to $2 billion. Sales of its cobalt rose 9%.\n\n"
    "The government owns 20% of Okavango Copper. Copper makes up 70% of Zambia's exports.\n\n"
    "The board proposed a dividend of 40 cents. The central bank raised its rate to 14%.\n\n"
    '"We will not sell cheaply," its chief executive said. The company holds $400 million of '
    "cash, he said. A company in Ndola bought 40 trucks.\n\n"
    "The state power company Enelco holds 40% of the market."
)
# ... also when the noun opens its sentence, capitalised ("Exporter Palmera Fruit said");
# a capitalised noun before a role, not a name, introduces no company.
EXPORTER = "Banana exports fall as fungus spreads"
EXPORTER_TEXT = (
    "GUAYAQUIL — Banana exports fell 4% in the first nine months.\n\n"
    "Exporter Palmera Fruit said its volumes slipped 2%. The company said it would hire "
    "600 more workers at harvest.\n\n"
    "Carmaker Nordstal Motors cut output by 10%. The group plans to build 80,000 cars next "
    "year.\n\n"
    "Brewer Halvard Bryggeri raised prices. The firm sold 2 million hectolitres."
)
CHIEF = "Banana exports fall as fungus spreads"
CHIEF_TEXT = (
    "GUAYAQUIL — Banana exports fell 4% in the first nine months.\n\n"
    "Group chief executive Ana Ruiz said volumes slipped. The company employs 900 people."
)
# A company's own sales, bare or net, in an article about that company are its figures;
# a market's sales ("retail sales in Norway", "car sales") stay no one's.
TELECOM = "Nordvik Telecom profit rises 12% as price increases stick"
TELECOM_TEXT = (
    "STOCKHOLM — Swedish telecom operator Nordvik Telecom said on Thursday its net profit "
    "rose 12%.\n\n"
    "Net sales in the third quarter were SEK 27.4 billion, up 2% from a year earlier, while "
    "adjusted EBITDA grew 5% to SEK 10.1 billion. In the Baltic countries sales rose 7%.\n\n"
    "Retail sales in Sweden rose 1.1% in September. Car sales fell 4%."
)
# ... not when the title names that noun as the one who says ("..., utility says").
GRID = "Data centres to need 5GW by 2030, utility says"
GRID_TEXT = (
    "KUALA LUMPUR — Data centres will need 5 gigawatts by 2030, national utility Tenaga "
    "Grid said on Wednesday. The utility will invest $2 billion.\n\n"
    "Data centres will use up to 4 million litres of water a day."
)
# ... but a central bank the article is about stays what "the central bank" stands for.
FED = "Federal Reserve holds rates"
FED_TEXT = (
    "WASHINGTON — The Federal Reserve held rates on Wednesday.\n\n"
    "The central bank holds $6.7 trillion of assets."
)
# People the article names, for the pronouns that stand for them.
TRIAL = (
    "A court in Mombasa jailed former port official Peter Kamau on Monday.\n\n"
    "He was also fined $20,000 and ordered to repay $1.2 million."
)
FARMER = (
    "Maize farmer Juma Ali grows cereals near Kitale.\n\n"
    "His 4 hectares yielded 9 tonnes last year, he said."
)

LINES = (
    "Halden buys 210 bakeries from Morrow\nBergen / Oslo, 12 May 2025\n"
    "Halden Foods agreed to buy them for 1.4 billion crowns."
)

# "the company" after another company named as an owner in its sentence stands for that
# one, not for the article's main body: the sample corpus's Kuiper story (SpaceX's
# network), then stories of our own. Known misses: reading the owner before it was tried
# and right on these rows, but on the tracking bench's dev set the right entity ("the
# satellites the company may operate" -> Orbitra) joined a licensed count to the fleet
# in orbit, as the tracker does not read "may operate" as a permit
KUIPER = "Amazon launches first Kuiper satellites"
KUIPER_TEXT = (
    "Amazon launched the first 27 satellites of its Project Kuiper network on Monday, the "
    "company said.\n\n"
    "SpaceX's network serves about five million customers in 125 countries and territories, "
    "and the company now launches Starlink satellites roughly every two or three days.\n\n"
    "The company plans to launch 3,236 satellites in all."
)
RIVIAN = "Rivian posts first quarterly profit"
RIVIAN_TEXT = (
    "Rivian, the electric truck maker, reported its first profit on Tuesday, the company "
    "said.\n\nFord's electric unit lost $1.3 billion in the quarter, and the company cut its "
    "forecast by 10 per cent.\n\nThe company expects to sell 50,000 trucks this year."
)
TEA = "Unilever to sell its tea business"
TEA_TEXT = (
    "Unilever, the consumer goods group, said on Monday it would sell its tea business.\n\n"
    "Nestle's sales rose 4 per cent, and the group raised its margin target to 18 per cent."
    "\n\nBritain's economy grew 0.3 per cent, and the group said its sales there rose 2 per "
    "cent."
)
OTHER_COMPANY = [
    xfail(
        KUIPER,
        KUIPER_TEXT,
        "SpaceX's network serves about five million customers in 125 countries and "
        "territories, and the company now launches Starlink satellites roughly every two or "
        "three days.",
        "three days",
        "SpaceX",
        reason="'the company' is the article's main body, not an owner named before it",
    ),
    xfail(
        RIVIAN,
        RIVIAN_TEXT,
        "Ford's electric unit lost $1.3 billion in the quarter, and the company cut its "
        "forecast by 10 per cent.",
        "10 per cent",
        "Ford",
        reason="'the company' is the article's main body, not an owner named before it",
    ),
    xfail(
        TEA,
        TEA_TEXT,
        "Nestle's sales rose 4 per cent, and the group raised its margin target to 18 per cent.",
        "18 per cent",
        "Nestle",
        reason="'the company' is the article's main body, not an owner named before it",
    ),
    # near-misses: with no other company named before it, "the company" is still the
    # article's; a place named as an owner is no company
    (
        RIVIAN,
        RIVIAN_TEXT,
        "The company expects to sell 50,000 trucks this year.",
        "50,000 trucks",
        "Rivian",
    ),
    (
        TEA,
        TEA_TEXT,
        "Britain's economy grew 0.3 per cent, and the group said its sales there rose 2 per cent.",
        "2 per cent",
        "Unilever",
    ),
]


# An article about one body, with figures others state.
TARIFF = "Tonga Water Board to raise tariffs by a fifth as leaks drain supply"
TARIFF_TEXT = (
    "NUKU'ALOFA — Households in Tonga's capital will pay about 20% more for piped water "
    "from August 1, the Tonga Water Board said on Monday.\n\n"
    "The Tonga Consumers Association said water already took 4 to 6 percent of a typical "
    "household's budget.\n\nLeaks cost 1.2 million litres a day, the board said."
)
# A port or a government as the article's main body: its place's own institution, whose
# story's owner-less figures are its place's (the island's cruise calls, its buses).
PORT_MAIN_BODY = (
    "a port the article is about still takes its story's owner-less figures: read as its "
    "place's, their place falls back to the article's (on fields unseen11 the Djibouti port "
    "story's is Ethiopia) and place falls 1.1 there while entity gains"
)
CRUISE_PORT = "Sint Maarten cruise calls recover as Philipsburg pier extension opens"
CRUISE_PORT_TEXT = (
    "PHILIPSBURG, Sint Maarten — Cruise passenger arrivals in Sint Maarten rose 14% to 1.37 "
    "million in the first 10 months of the year, the Port of St. Maarten said on Friday, and "
    "the port expects to pass 1.8 million for the whole of 2026.\n\n"
    "Ships made 512 calls at the A.C. Wathey cruise facility between January and October, "
    "41 more than in the same period of 2025.\n\n"
    "The port's new pier extension opened this month at a cost of $68 million.\n\n"
    "The port paid a dividend of $4 million for 2025."
)
RANSOM = "Ransomware attack knocks out Tuvalu's government payments for nine days"
RANSOM_TEXT = (
    "FUNAFUTI — A ransomware attack on Tuvalu's government network halted public-sector pay "
    "for nine days before systems were restored on Tuesday, the ministry said.\n\n"
    "About 1,100 civil servants were paid a week late, and the government released an "
    "emergency advance of $300 each to 420 of them on the lowest grades."
)
SCHOOL_FEES = "Kiribati's government scraps secondary school fees"
SCHOOL_FEES_TEXT = (
    "TARAWA — Kiribati's government scrapped fees at secondary schools on Monday, the "
    "education ministry said.\n\nEnrolment rose to 11,200 pupils in the first term."
)
CARGO_PORT = "Port of Tema handles record cargo as second terminal opens"
CARGO_PORT_TEXT = (
    "TEMA, Ghana — The Port of Tema handled a record 1.6 million containers in 2025, its "
    "operator said on Monday.\n\n"
    "Trucks waited up to three days at the gates in December, and hauliers lost about 40 "
    "loads a week.\n\nThe port plans to spend $90 million on a new rail link."
)
FUEL_TAX = "Samoa's government cuts diesel tax as bus fares climb"
FUEL_TAX_TEXT = (
    "APIA — Samoa's government cut the excise on diesel by 12 sene a litre on Monday, the "
    "finance ministry said.\n\n"
    "Buses carried about 3,400 passengers a day in May, and fares rose 15% in a year.\n\n"
    "The government will spend WS$4 million on fuel subsidies this year."
)
COPPER_MINE = "Orbis Mining posts record copper output"
COPPER_MINE_TEXT = (
    "LUSAKA — Orbis Mining produced 212,000 tonnes of copper last year, the company said "
    "on Tuesday.\n\nSmelter charges fell to $80 a tonne, consultancy Wood Ridge said. "
    "About 40% of the workforce joined the strike, union president Peter Banda said. "
    "Net debt stood at $410 million, chief executive Anna Phiri said. "
    "Net debt stood at $410 million, company data show."
)

UZ_BANK = "Uzbekistan's central bank cuts key rate to 13% as inflation slows"
UZ_BANK_TEXT = (
    "TASHKENT — The Central Bank of Uzbekistan cut its main policy rate by 100 basis points "
    "to 13% on Thursday.\n\nBank lending rose 22% in the year to February. Remittances rose "
    "14% to $16.7 billion in 2025. Corporate lending grew 9% last year. Its board has seven "
    "members."
)

LENDER = "IMF agrees $31 million loan for São Tomé and Príncipe as fuel subsidies bite"
LENDER_TEXT = (
    "SÃO TOMÉ — The International Monetary Fund has reached a staff-level agreement with São "
    "Tomé and Príncipe on a 40-month loan of about $31 million, the fund said on Wednesday."
)

ENTITIES = [
    # The owner written on the figure's noun.
    (None, None, "Safaricom's net profit rose 12%.", "12%", "Safaricom"),
    (None, None, "Tesla shares fell 5% on Tuesday.", "5%", "Tesla"),
    # The actor of the clause: a name, a body, a passive agent.
    (None, APPLE, "Apple sold 232 million iPhones.", "232 million", "Apple"),
    # A name never runs across a line: a page's dateline line before the lead.
    (None, None, LINES, "1.4 billion crowns", "Halden Foods"),
    (None, None, LINES.replace("Bergen / Oslo", "Tartu"), "1.4 billion crowns", "Halden Foods"),
    # "whose" stands for the name its clause describes, never for an entity of its own.
    (
        None,
        None,
        "The council pointed to Dublin's MetroLink, whose cost has risen to €9.5bn.",
        "€9.5bn",
        "MetroLink",
    ),
    (
        None,
        None,
        "Investors backed Orla Foods, whose revenue rose 12% last year.",
        "12%",
        "Orla Foods",
    ),
    # A common word opening a sentence is no name ("Turnout reached 65%").
    (None, None, "Turnout reached 65%.", "65%", None),
    # A dateline in capitals is where the story was filed, never whose figure it is.
    (None, None, "PORT SUDAN — More than 400,000 people have fled the camp.", "400,000", None),
    (None, None, "LAGOS — Dangote Cement's profit rose 12%.", "12%", "Dangote Cement"),
    # ... and so is one naming its country or state after a comma ("PLANICA, Slovenia").
    (
        None,
        None,
        "PLANICA, Slovenia — Žan Kos won the event with jumps of 244 and 251.5 metres.",
        "251.5 metres",
        "Žan Kos",
    ),
    (
        None,
        None,
        "GEELONG, Victoria — Lena Marsh sailed 412 km in two days.",
        "412 km",
        "Lena Marsh",
    ),
    (None, None, "Kenya, Uganda and Tanzania exported 40 MW.", "40 MW", None),
    # A definite group of offenders acting is the figure's entity ("the attackers
    # demanded", "the gang encrypted"), even in an article about another body; a bare
    # plural is a class, no one's, and so is one of them ("a gang").
    (
        None,
        None,
        "The attackers demanded $1.4 million, to be paid in bitcoin within 72 hours.",
        "$1.4 million",
        "The attackers",
    ),
    (
        None,
        None,
        "The ministry said the gang encrypted 212 of its 260 servers.",
        "212",
        "the gang",
    ),
    (
        None,
        None,
        "Police said the kidnappers asked for 50 million naira for each of the pupils.",
        "50 million naira",
        "the kidnappers",
    ),
    (
        None,
        None,
        "The hackers stole records of 3 million customers, the insurer said.",
        "3 million",
        "The hackers",
    ),
    (
        None,
        None,
        "Hackers stole $600 million from crypto platforms last year.",
        "$600 million",
        None,
    ),
    (None, None, "Pirates seized two tankers off the coast in March.", "two", None),
    (
        None,
        None,
        "The gunmen took 23 passengers off the bus near the border.",
        "23 passengers",
        "The gunmen",
    ),
    (
        None,
        None,
        "Customs said the smugglers hid 380 kg of cocaine in banana crates.",
        "380 kg",
        "the smugglers",
    ),
    (None, None, "A gang stole 40 cars from the depot.", "40 cars", None),
    (None, None, "The police arrested 14 people.", "14", "The police"),
    (None, None, "SpaceX launched 130 rockets last year.", "130", "SpaceX"),
    (None, None, "Fourteen people were arrested by the army.", "Fourteen", "the army"),
    (
        None,
        None,
        "The health ministry vaccinated 2 million children.",
        "2 million",
        "The health ministry",
    ),
    # A body's forecast or estimate of a place's economy is the body's word, not its
    # figure; its forecast of its own figures is its own.
    (None, None, "The Bank cut its estimate of growth to 0.1%.", "0.1%", None),
    (None, None, "The IMF forecasts growth of 3.1% for Kenya.", "3.1%", None),
    (None, None, "The IMF raised its forecast for Kenyan inflation to 5.1%.", "5.1%", None),
    xfail(
        None,
        None,
        "Apple raised its revenue forecast to $90bn.",
        "$90bn",
        "Apple",
        reason="a figure a change reaches is not tied to the owner of the changed noun's 'its'",
    ),
    (None, None, "The IMF lent Kenya $3bn.", "$3bn", "The IMF"),
    # A common noun for a body, in full as the article first names it.
    (None, RBI, "The bank lent $3bn to lenders.", "$3bn", "Reserve Bank of India"),
    # In an article about one company or agency (named first and acting in the title),
    # a figure with no owner of its own is that body's, unless it measures a place.
    (
        AIRLINE,
        AIRLINE_TEXT,
        "Cargo volumes jumped 18% to 2.4 million tonnes.",
        "18%",
        "Falcon Gulf Airways",
    ),
    (AIRLINE, AIRLINE_TEXT, "Inflation in the UAE was 2%.", "2%", None),
    # A title naming only the country that owns a body's name ("North Macedonia jails
    # ...") names no body acting: the court is not the article's main body. A title naming
    # the body by its own words still does.
    (
        "North Macedonia jails former minister over motorway bribes",
        "SKOPJE — North Macedonia's Basic Criminal Court on Tuesday sentenced a former "
        "minister to nine years in prison.\n\nThe trial lasted 19 months.",
        "The trial lasted 19 months.",
        "19 months",
        None,
    ),
    (
        "New Zealand fines ferry operator over sinking",
        "WELLINGTON — New Zealand's Maritime Safety Authority fined a ferry operator on "
        "Monday.\n\nThe ferry carried 412 passengers.",
        "The ferry carried 412 passengers.",
        "412 passengers",
        None,
    ),
    (
        "Spain jails smuggling ring leader for 12 years",
        "MADRID — Spain's National Court on Monday jailed the leader of a smuggling ring for "
        "12 years.\n\nThe trial heard 40 witnesses.",
        "The trial heard 40 witnesses.",
        "40 witnesses",
        None,
    ),
    (
        "Basic Criminal Court jails former minister",
        "SKOPJE — North Macedonia's Basic Criminal Court on Tuesday sentenced a former "
        "minister to nine years in prison.\n\nThe trial lasted 19 months.",
        "The trial lasted 19 months.",
        "19 months",
        "North Macedonia's Basic Criminal Court",
    ),
    # ... a place's figure elsewhere in the sentence does not make the body's one a place's
    (
        AIRLINE,
        AIRLINE_TEXT,
        "Ticket revenue grew 4.8%, while the average consumer spent Dh 186 a visit.",
        "4.8%",
        "Falcon Gulf Airways",
    ),
    (
        AIRLINE,
        AIRLINE_TEXT,
        '"If consumer spending holds up, we could fly 60 million passengers by 2027."',
        "60 million",
        "Falcon Gulf Airways",
    ),
    (
        AIRLINE,
        AIRLINE_TEXT,
        "Household spending was helped by inflation, which eased to 1.4% in July.",
        "1.4%",
        None,
    ),
    # A first paragraph that repeats the title is the headline, not the lead: the body
    # the article is about is named in the paragraph after it.
    (STEEL, STEEL_TEXT, "The levy would raise £180m a year.", "£180m a year", None),
    # A storm is no body: its article lends no owner.
    (TYPHOON, TYPHOON_TEXT, "Schools lost 2,400 classrooms.", "2,400", None),
    # A company or club the article calls "the company", "the club" is its main body even
    # when its name holds no body word; a place owning a body, or a person, is none.
    (BREWER, BREWER_TEXT, "Revenue rose 7% to P2.1 billion.", "7%", "Kalahari Breweries"),
    (BREWER, BREWER_TEXT, "The company employs 900 people.", "900 people", "Kalahari Breweries"),
    (
        BREWER,
        BREWER_TEXT,
        "The finance ministry plans to raise duty by 8%.",
        "8%",
        "The finance ministry",
    ),
    # ... also when analysts forecast it; their forecast of the economy is no one's.
    (
        BREWER,
        BREWER_TEXT,
        "Analysts expect revenue to grow 5% next year.",
        "5%",
        "Kalahari Breweries",
    ),
    (BREWER, BREWER_TEXT, "Analysts expect inflation to slow to 4%.", "4%", None),
    (
        DAIRY,
        DAIRY_TEXT,
        "The group collected 3.1 billion litres of milk last year.",
        "3.1 billion",
        "Ostara Dairy",
    ),
    (DAIRY, DAIRY_TEXT, "The company imports about 60% of the fuel.", "60%", "Petrolix"),
    (
        EXPORTER,
        EXPORTER_TEXT,
        "The company said it would hire 600 more workers at harvest.",
        "600 more workers",
        "Palmera Fruit",
    ),
    (
        EXPORTER,
        EXPORTER_TEXT,
        "The group plans to build 80,000 cars next year.",
        "80,000 cars",
        "Nordstal Motors",
    ),
    (
        EXPORTER,
        EXPORTER_TEXT,
        "The firm sold 2 million hectolitres.",
        "2 million hectolitres",
        "Halvard Bryggeri",
    ),
    (CHIEF, CHIEF_TEXT, "The company employs 900 people.", "900 people", "The company"),
    (
        DAIRY,
        DAIRY_TEXT,
        "The finance ministry cut its forecast to 1.2%.",
        "1.2%",
        "The finance ministry",
    ),
    (
        COPPER,
        COPPER_TEXT,
        "The company holds $400 million of cash, he said.",
        "$400 million",
        "Okavango Copper",
    ),
    (COPPER, COPPER_TEXT, "A company in Ndola bought 40 trucks.", "40", None),
    # ... and the main body when the title names it by that noun ("Copper miner's sales").
    (COPPER, COPPER_TEXT, "Revenue dropped 12% to $2 billion.", "12%", "Okavango Copper"),
    (COPPER, COPPER_TEXT, "The government owns 20% of Okavango Copper.", "20%", "The government"),
    (COPPER, COPPER_TEXT, "Copper makes up 70% of Zambia's exports.", "70%", None),
    (
        COPPER,
        COPPER_TEXT,
        "The board proposed a dividend of 40 cents.",
        "40 cents",
        "Okavango Copper",
    ),
    (COPPER, COPPER_TEXT, "The central bank raised its rate to 14%.", "14%", "The central bank"),
    (
        FED,
        FED_TEXT,
        "The central bank holds $6.7 trillion of assets.",
        "$6.7 trillion",
        "Federal Reserve",
    ),
    (DAIRY, DAIRY_TEXT, "Farm payouts fell 8% last year.", "8%", None),
    (
        GRID,
        GRID_TEXT,
        "Data centres will use up to 4 million litres of water a day.",
        "4 million",
        None,
    ),
    # What a noun is "of" may carry its owner ("sales of its cobalt"); a place's stays none.
    (COPPER, COPPER_TEXT, "Sales of its cobalt rose 9%.", "9%", "Okavango Copper"),
    (None, None, "Exports of Kenya's tea rose 5% in May.", "5%", None),
    (None, None, "The price of Tesla's cars fell 5% in May.", "5%", "Tesla"),
    (None, None, "Mining brings in about 70% of the country's export earnings.", "70%", None),
    (None, None, "Half of our new stores will open in Luzon.", "Half", None),
    (
        COPPER,
        COPPER_TEXT,
        "The state power company Enelco holds 40% of the market.",
        "40%",
        "Enelco",
    ),
    (None, None, "The company cut 300 jobs.", "300", "The company"),
    (
        MINER,
        MINER_TEXT,
        "Shares rose 4.1% to R212 in Johannesburg on Thursday.",
        "4.1%",
        "Karoo Minerals",
    ),
    (
        MINER,
        MINER_TEXT,
        "Shares rose 4.1% to R212 in Johannesburg on Thursday.",
        "R212",
        "Karoo Minerals",
    ),
    (
        MINER,
        MINER_TEXT,
        "Shares in Karoo Minerals have gained 18% this year.",
        "18%",
        "Karoo Minerals",
    ),
    (
        MINER,
        MINER_TEXT,
        "The average price it received was $9,100 a tonne.",
        "$9,100",
        "Karoo Minerals",
    ),
    (MINER, MINER_TEXT, "The spot price traded near $9,800 a tonne.", "$9,800", None),
    (MINER, MINER_TEXT, "Asian shares fell 2% on Monday.", "2%", None),
    (
        TELECOM,
        TELECOM_TEXT,
        "Net sales in the third quarter were SEK 27.4 billion, up 2% from a year earlier, "
        "while adjusted EBITDA grew 5% to SEK 10.1 billion.",
        "SEK 27.4 billion",
        "Nordvik Telecom",
    ),
    (
        TELECOM,
        TELECOM_TEXT,
        "Net sales in the third quarter were SEK 27.4 billion, up 2% from a year earlier, "
        "while adjusted EBITDA grew 5% to SEK 10.1 billion.",
        "SEK 10.1 billion",
        "Nordvik Telecom",
    ),
    (TELECOM, TELECOM_TEXT, "In the Baltic countries sales rose 7%.", "7%", "Nordvik Telecom"),
    (TELECOM, TELECOM_TEXT, "Retail sales in Sweden rose 1.1% in September.", "1.1%", None),
    (TELECOM, TELECOM_TEXT, "Car sales fell 4%.", "4%", None),
    xfail(
        None,
        None,
        "Shares in Karoo Copper fell 5%.",
        "5%",
        "Karoo Copper",
        reason="a name ending in a commodity's word reads as the commodity, as in "
        '"Karoo Copper\'s revenue"',
    ),
    (MINER, MINER_TEXT, "Shares in Tokyo fell 1.2%.", "1.2%", None),
    (
        MINER,
        MINER_TEXT,
        "The rand weakened to about 18.9 per dollar in June, from 17.6 at the start of the year.",
        "18.9",
        None,
    ),
    (
        MINER,
        MINER_TEXT,
        "The rand weakened to about 18.9 per dollar in June, from 17.6 at the start of the year.",
        "17.6",
        None,
    ),
    (
        "Reserve Bank of Malawi holds rate at 26%",
        "The Reserve Bank of Malawi held its rate at 26%.\n\n"
        "Analysts expect a cut of 50 basis points in March.",
        "Analysts expect a cut of 50 basis points in March.",
        "50 basis points",
        "Reserve Bank of Malawi",
    ),
    (ROVERS, ROVERS_TEXT, "The club conceded 19 goals all season.", "19 goals", "Dunmore Rovers"),
    (ROVERS, ROVERS_TEXT, "They finished on 81 points.", "81 points", "Dunmore Rovers"),
    (COCOA, COCOA_TEXT, "The harvest took 40 days.", "40 days", None),
    (RUNNER, RUNNER_TEXT, "The race drew 20,000 spectators.", "20,000 spectators", None),
    # A generic class written as a bare plural is no one's ("banks charge", "commercial
    # lenders' rate", "two smaller parties"); a definite group stays.
    (None, None, "Commercial lenders' average mortgage rate was 9.5% in May.", "9.5%", None),
    (None, None, "Three smaller parties fell below the 4% threshold.", "4%", None),
    (None, None, "Banks charge rates of 14% on small loans.", "14%", None),
    (
        None,
        None,
        "The striking unions represent 40,000 workers.",
        "40,000 workers",
        "The striking unions",
    ),
    (RBI, RBI, "The bank lent $3bn to lenders.", "$3bn", "Reserve Bank of India"),
    (None, None, "A new carrier now costs about $90 million.", "$90 million", None),
    (None, None, "The carrier flew 2 million passengers.", "2 million", "The carrier"),
    # "he", "his", "she", "her" stand for the person the article last named before them.
    (
        None,
        TRIAL,
        "He was also fined $20,000 and ordered to repay $1.2 million.",
        "$20,000",
        "Peter Kamau",
    ),
    (None, FARMER, "His 4 hectares yielded 9 tonnes last year, he said.", "4 hectares", "Juma Ali"),
    (None, None, "He was fined $500.", "$500", None),
    # ... a person, not a body the article writes with "the" ("the Pensions Superintendency")
    (
        None,
        "Data came from the Pensions Superintendency.\n\nHer employer pays 7% into her fund.",
        "Her employer pays 7% into her fund.",
        "7%",
        "Her employer",
    ),
    # ... the one mentioned last, by surname too
    (
        None,
        "Judge Rosa Njeri jailed Tom Otieno. She said Otieno lied.\n\nHis fine was $500.",
        "His fine was $500.",
        "$500",
        "Tom Otieno",
    ),
    # A person's age written beside the name is that person's.
    (None, None, "The court convicted Sara Mwangi, 45, of fraud.", "45", "Sara Mwangi"),
    (None, None, "On Sunday, Tomas Holm, 33, scored twice.", "33", "Tomas Holm"),
    (None, None, "In Nakuru, 40 people died.", "40", None),
    (None, None, "The index, 4,200 at the close, fell 2%.", "4,200", None),
    # A word the article writes in capitals mid-sentence is a name also where it opens a
    # sentence, even when it is a word too ("ARC", "TIDE").
    (
        None,
        "Grid operator ARC said demand rose.\n\nARC plans to add 300 MW of solar by 2028.",
        "ARC plans to add 300 MW of solar by 2028.",
        "300 MW",
        "ARC",
    ),
    (
        None,
        "Ferry firm TIDE lost its appeal.\n\nTIDE paid $2 million in fines.",
        "TIDE paid $2 million in fines.",
        "$2 million",
        "TIDE",
    ),
    (None, "Output rose.\n\nGDP grew 3% in the year.", "GDP grew 3% in the year.", "3%", None),
    # A currency's name and "the world" own no figure.
    (None, None, "The CFA franc is pegged at 655.957 to the euro.", "655.957", None),
    (None, None, "Growers get 500 CFA francs per kilogram.", "500 CFA francs", None),
    (None, None, "The world's largest exporter shipped 2 million tonnes.", "2 million", None),
    # A target a body's common noun is written on is that body's ("a government target").
    (
        None,
        None,
        "Only 27% was processed, against a government target of 50% by 2030.",
        "50%",
        "government",
    ),
    (None, None, "The ministry goal of 2 million homes was missed.", "2 million", "ministry"),
    (None, None, "The party conference drew 5,000 delegates.", "5,000 delegates", None),
    (None, None, "The company car fleet grew to 400 vehicles.", "400 vehicles", None),
    # A verb of what someone was made or told to do acts through its object ("forced
    # Voltara to run").
    (
        None,
        None,
        "The drought forced Voltara Power to run its diesel plant for 41 days.",
        "41 days",
        "Voltara Power",
    ),
    (
        None,
        None,
        "Regulators ordered Kestrel Foods to pay $3 million.",
        "$3 million",
        "Kestrel Foods",
    ),
    # A thing that acts in its clause (a railway carrying, a dam producing, a river
    # rising) is the figure's owner, even one a place owns; a state it is in is not.
    (
        None,
        None,
        "Kenya's new railway carried 2 million passengers last year.",
        "2 million",
        "new railway",
    ),
    (None, None, "The Kariba dam produced 900 GWh in May.", "900 GWh", "The Kariba dam"),
    (None, None, "The dams were 22% full last week.", "22%", None),
    (None, None, "The new bridge in Spain will cost €45m.", "€45m", None),
    (None, None, "Kenya's exports rose 5%.", "5%", None),
    # A time is no owner: "Thursday's launch", "last year's deficit".
    (
        None,
        None,
        "After Thursday's launch of 24 satellites, Orbitra said it had 2,436 satellites.",
        "24",
        "Orbitra",
    ),
    (None, None, "Last year's budget deficit was $3bn.", "$3bn", None),
    (None, None, "March's inflation rate rose to 4%.", "4%", None),
    # "it" and "its" in a clause another clause tells stand for the body that tells it
    # ("Kestrel Foods said its revenue fell"), also in a "which says" clause; not for a
    # person, a place, or a common noun that names no body.
    (
        None,
        None,
        "Kestrel Foods, the largest maker of biscuits, said its revenue fell 9%.",
        "9%",
        "Kestrel Foods",
    ),
    (
        None,
        None,
        "The Mining Regulatory Agency said it had closed 48 illegal pits.",
        "48",
        "The Mining Regulatory Agency",
    ),
    (
        None,
        None,
        "The Nurses Union, which says it has 80,000 members, called a strike.",
        "80,000 members",
        "The Nurses Union",
    ),
    (None, None, "Minister Ana Ruiz said it would cost $4 billion.", "$4 billion", None),
    (None, None, "Kenya said its inflation rose to 5%.", "5%", None),
    (None, None, "Analysts said it would take 5 years.", "5 years", None),
    (
        None,
        None,
        "The Lakeside Medical Association said it had recorded at least 2,600 cases.",
        "at least 2,600 cases",
        None,
    ),
    (
        None,
        None,
        "The Lakeside Institute said its survey found 1.2 million workers on low pay.",
        "1.2 million workers",
        None,
    ),
    (
        None,
        None,
        "The Met Agency expects showers, though it forecast up to 150 mm in the hills.",
        "up to 150 mm",
        None,
    ),
    (
        None,
        None,
        "Boats landed 900 people, the coast guard said, pushing the shelter to three times its "
        "capacity.",
        "three times",
        None,
    ),
    # A verb joined to an aim has the aim's subject; a dateline read as the subject
    # stands for the name after it.
    (
        None,
        None,
        "Kestrel Foods plans to expand and will hire 600 workers.",
        "600 workers",
        "Kestrel Foods",
    ),
    (
        None,
        None,
        "NAIROBI — Kestrel Foods sold 2 million tins in 2024.",
        "2 million tins",
        "Kestrel Foods",
    ),
    # No entity: a place's own figure, a generic class, a measured thing.
    (None, None, "Kenya's inflation rose to 5%.", "5%", None),
    # A body written as a common noun with its place's possessive, acting as the clause's
    # subject, is the actor: the place names whose body it is, not whose figure ("Equatorial
    # Guinea's government has capped"); the name the sentence sets beside it after a comma
    # is its name ("Yemen's state grain agency, the General Corporation for Foodstuffs,").
    (
        None,
        None,
        "Equatorial Guinea's government has capped the retail price of cement at 6,500 CFA "
        "francs for a 50-kg bag, the trade ministry said.",
        "6,500 CFA francs",
        "Equatorial Guinea's government",
    ),
    (
        None,
        None,
        "Yemen's state grain agency, the General Corporation for Foodstuffs, bought 120,000 "
        "tonnes of milling wheat in a tender that closed on Monday.",
        "120,000 tonnes",
        "the General Corporation for Foodstuffs",
    ),
    (
        None,
        None,
        "Malawi's maize board sold 90,000 tonnes from the strategic reserve to millers.",
        "90,000 tonnes",
        "Malawi's maize board",
    ),
    (
        None,
        None,
        "Peru's state oil company, Petroperu, imported 40,000 barrels a day in May.",
        "40,000 barrels",
        "Petroperu",
    ),
    # ... not a place's own figure, its people's, its port's, nor a foreign company's.
    (None, None, "Kenya's economy grew 5% last year.", "5%", None),
    (
        None,
        None,
        "Yemen's own farmers grew an estimated 210,000 tonnes in the last harvest.",
        "210,000 tonnes",
        None,
    ),
    (None, None, "Kenya's exports to Uganda rose 9% in the year to June.", "9%", None),
    (
        None,
        None,
        "Singapore's Sembcorp Industries sold 400 megawatts of solar panels to the board.",
        "400 megawatts",
        "Sembcorp Industries",
    ),
    (
        None,
        None,
        "Ghana's statistics service said inflation rose to 23% in May.",
        "23%",
        None,
    ),
    (
        None,
        None,
        "Nauru's new port at Aiwo handled 41 ships in its first three months.",
        "41 ships",
        None,
    ),
    # A clause with its verb left out names whose its figure is just before it ("...,
    # the Socialists 28.4 per cent").
    (None, None, "Apple sold 50 million phones, Samsung 40 million.", "40 million", "Samsung"),
    (
        None,
        None,
        "Labour won 40% of the vote, the Conservatives 24% and the Greens 9%.",
        "24%",
        "the Conservatives",
    ),
    (
        None,
        None,
        "Labour won 40% of the vote, the Conservatives 24% and the Greens 9%.",
        "9%",
        "the Greens",
    ),
    (None, None, "In March, 40 people died.", "40", None),
    # The whole a part is counted of is no actor's ("38 of the 101 seats").
    (None, None, "The Liberal Union won 38 of the 101 seats.", "101 seats", None),
    (None, None, "The Liberal Union won 38 of the 101 seats.", "38", "The Liberal Union"),
    # An election's turnout is its place's, whoever the article is about; the winner's
    # share is the winner's.
    (ELECTION, ELECTION_TEXT, "Turnout was 61.2%.", "61.2%", None),
    (ELECTION, ELECTION_TEXT, "The party took 31.4% of the vote.", "31.4%", "Liberal Union"),
    # A named thing a place owns is the thing's figure ("Mumbai's Metro Line 3").
    (
        None,
        None,
        "Mumbai's Metro Line 3 carried 1.8 lakh passengers a day.",
        "1.8 lakh passengers a day",
        "Metro Line 3",
    ),
    (
        None,
        None,
        "London's Elizabeth Line carried 4 million passengers.",
        "4 million",
        "Elizabeth Line",
    ),
    (
        None,
        None,
        "Kenya's Independent Electoral and Boundaries Commission aims to register 6.3 million "
        "voters.",
        "6.3 million",
        "Independent Electoral and Boundaries Commission",
    ),
    # So is one a person owns ("Prime Minister Kadri Saar's People's Party").
    (
        None,
        None,
        "Prime Minister Kadri Saar's People's Party came second with 24.8%.",
        "24.8%",
        "People's Party",
    ),
    (None, None, "Elon Musk's SpaceX launched 24 satellites.", "24 satellites", "SpaceX"),
    # A participle or infinitive clause with no subject of its own acts for the subject
    # of the clause it hangs on ("Visser became champion, drawing ... in 41 moves").
    (
        None,
        None,
        "Jorden Visser became the first Dutch winner on Sunday, drawing his final game in "
        "41 moves to finish on 9 points from 13 games.",
        "41 moves",
        "Jorden Visser",
    ),
    (
        None,
        None,
        "Jorden Visser became the first Dutch winner on Sunday, drawing his final game in "
        "41 moves to finish on 9 points from 13 games.",
        "9 points",
        "Jorden Visser",
    ),
    (
        None,
        None,
        "Marta Quiroga won the Lisbon marathon on Sunday, crossing the line in 2 hours 19 minutes.",
        "2 hours 19 minutes",
        "Marta Quiroga",
    ),
    (
        None,
        None,
        "Halden Foods raised its prices in March, adding 45 cents to a loaf of bread.",
        "45 cents",
        "Halden Foods",
    ),
    # ... not a clause with a subject of its own, nor a place's or a class's verb.
    (
        None,
        None,
        "Halden Foods raised its prices, as inflation climbed to 5%.",
        "5%",
        None,
    ),
    (
        None,
        None,
        "Prices rose in March, pushing inflation to 5.2%.",
        "5.2%",
        None,
    ),
    (
        None,
        None,
        "Brazil harvested a record crop, exporting 20 million tonnes of soy.",
        "20 million tonnes",
        None,
    ),
    # A relative clause's "which" or "who" acts for the name it is on.
    (
        None,
        None,
        "Sealand Fisheries, which holds about 30% of the quota, asked for a smaller cut.",
        "about 30%",
        "Sealand Fisheries",
    ),
    (
        None,
        None,
        "Ruiz Logistics, which employs 4,200 people, said it would close two depots.",
        "4,200 people",
        "Ruiz Logistics",
    ),
    (
        None,
        None,
        "Exporter Eden Aromatique, which buys from about 9,000 farmers, said its sales fell.",
        "about 9,000 farmers",
        "Exporter Eden Aromatique",
    ),
    # ... not a place's, nor a measure's ("inflation, which eased"), nor the person the
    # parse hangs a body's "which" on (the union's members are not Ana Ruiz's).
    (
        None,
        None,
        "The strike goes on, said Ana Ruiz, general secretary of the Dockers Union, which "
        "represents about 9,000 workers.",
        "about 9,000 workers",
        None,
    ),
    (
        None,
        None,
        "Kenya, which exported 500,000 tonnes of tea last year, expects less this year.",
        "500,000 tonnes",
        None,
    ),
    (
        None,
        None,
        "Fuel prices, which rose 12% in March, weighed on Halden Foods.",
        "12%",
        None,
    ),
    # ... nor what an act left behind, nor a clause beside the telling.
    (
        None,
        None,
        "The probe will join four others in orbit, giving the network five probes.",
        "five probes",
        None,
    ),
    (
        None,
        None,
        "Demand hit 41 gigawatts, Nordic Grid said, leaving a reserve margin of just 4%.",
        "4%",
        None,
    ),
    # A place acting on another place is the actor ("Russia launched 180 drones at
    # Ukraine"); acting on its own, its figure is the place's.
    (None, None, "Russia launched 180 drones at Ukraine overnight.", "180 drones", "Russia"),
    (None, None, "China fired 40 missiles into the sea near Taiwan.", "40 missiles", "China"),
    (None, None, "Brazil planted 47 million hectares of soy.", "47 million hectares", None),
    # ... and a country's name that scores, concedes or beats in a match is its team.
    (None, None, "Ghana beat Mali by three goals on Sunday.", "three goals", "Ghana"),
    (None, None, "Wales scored 20 points and conceded 45 at home.", "45", "Wales"),
    (None, None, "Scotland scored 96 points in the pool stage.", "96 points", "Scotland"),
    (None, None, "Brazil won two gold medals in Paris.", "two gold medals", None),
    (None, None, "Inflation rose to 5%.", "5%", None),
    (None, None, "Farmers lost 40% of their crops.", "40%", None),
    (None, None, "Brent crude rose 2% to $80.", "2%", None),
    (None, None, "India exported 20 million tonnes of rice.", "20 million tonnes", None),
    # "... the Bosnian Premier League, the club said" introduces no club: "the club" is
    # the body the headline names by a word of its name and its noun ("Sarajevo club").
    (
        "Sarajevo club sells teenage striker to Linz in record deal",
        "FK Bistrik Sarajevo have sold striker Emir Hadzic to SK Donau Linz for €6.5 "
        "million, the highest fee paid for a player from the Bosnian Premier League, the "
        "club said on Wednesday.\n\nThe club finished second in the league, with 64 points.",
        "The club finished second in the league, with 64 points.",
        "64 points",
        "FK Bistrik Sarajevo",
    ),
    # "The country", "the island", "the nation", "the kingdom" own no figure: the place does.
    (None, None, "The country's GDP grew 5.8% in 2025.", "5.8%", None),
    (
        None,
        None,
        "The island's ageing thermal plants can deliver less than 2,000 MW.",
        "less than 2,000 MW",
        None,
    ),
    (None, None, "The kingdom's foreign reserves fell to $410 billion.", "$410 billion", None),
    (None, None, "The nation's exports rose 4% in May.", "4%", None),
    (None, None, "The city council approved a $2 million plan.", "$2 million", "The city council"),
    # "We" and "our" in a quotation stand for the body the article is about; with none,
    # they name no one ("Our" is no entity).
    (
        "Awal Logistics jumps 14% on debut",
        "Shares in Awal Logistics rose 14% on their first day of trading, the company "
        "said.\n\n"
        '"Our plan is to double our warehouse space to 400,000 square metres by 2029."',
        '"Our plan is to double our warehouse space to 400,000 square metres by 2029."',
        "400,000 square metres",
        "Awal Logistics",
    ),
    (
        "Kestrix buys 40 wind farms from Ordal",
        "Kestrix agreed to buy 40 farms for €2bn, the company said.\n\n"
        '"Our revenue will rise 9% next year," the chief executive said.',
        '"Our revenue will rise 9% next year," the chief executive said.',
        "9%",
        "Kestrix",
    ),
    (
        "Kestrix buys 40 wind farms from Ordal",
        "Kestrix agreed to buy 40 farms for €2bn, the company said.\n\n"
        '"We will hire 300 engineers," the chief executive said.',
        '"We will hire 300 engineers," the chief executive said.',
        "300 engineers",
        "Kestrix",
    ),
    (
        "Azerbaijan and Uzbekistan sign trade deal",
        "Azerbaijan and Uzbekistan signed a deal on Monday.\n\n"
        '"Our farmers will earn at least $45 million a year," the minister said.',
        '"Our farmers will earn at least $45 million a year," the minister said.',
        "at least $45 million a year",
        None,
    ),
    # ... and "our exporters", "our carriers" in a minister's quotation are a class.
    (
        "Azerbaijan and Uzbekistan sign trade deal",
        "Azerbaijan and Uzbekistan signed a deal on Monday.\n\n"
        '"Our exporters will save at least $45 million a year," the minister said.',
        '"Our exporters will save at least $45 million a year," the minister said.',
        "at least $45 million a year",
        None,
    ),
    (
        "Strike grounds flights",
        "A strike grounded flights across Portugal on Monday.\n\n"
        '"Our carriers will lose €2 million a day," the minister said.',
        '"Our carriers will lose €2 million a day," the minister said.',
        "€2 million a day",
        None,
    ),
    (
        "Strike grounds flights",
        "A strike grounded flights across Portugal on Monday.\n\n"
        '"The carriers will lose €2 million a day," the minister said.',
        '"The carriers will lose €2 million a day," the minister said.',
        "€2 million a day",
        "The carriers",
    ),
    (
        "Wildfire in Lebanon burns 2,400 hectares",
        "A wildfire in Lebanon burned 2,400 hectares.\n\n"
        '"Our budget for prevention is less than $3 million," she said.',
        '"Our budget for prevention is less than $3 million," she said.',
        "less than $3 million",
        None,
    ),
    # "We" in a quotation is the body its speaker heads or speaks for, as the article
    # introduces them: "X, who heads the Y", "X, the hospital's director", "fire chief X".
    (
        "Eswatini rations water as drought bites",
        "Water in Mbabane is rationed to four days a week.\n\n"
        '"If we get no rain, taps could run dry," said Sibusiso Nxumalo, who heads the '
        'Eswatini Water Services Corporation. "We are drilling 40 new boreholes."',
        '"We are drilling 40 new boreholes."',
        "40 new boreholes",
        "Eswatini Water Services Corporation",
    ),
    (
        "Flu fills wards in Lyon",
        "Flu cases filled wards across Lyon this week. Most beds at Edouard Herriot "
        "Hospital are taken.\n\n"
        '"We admit 90 patients a day," said Dr Claire Morel, the hospital\'s medical director.',
        '"We admit 90 patients a day," said Dr Claire Morel, the hospital\'s medical director.',
        "90 patients a day",
        "Edouard Herriot Hospital",
    ),
    (
        "Floods swamp Porto Alegre",
        "Floods swamped Porto Alegre on Sunday, fire brigade commander Luís Prado said.\n\n"
        '"We have pulled 310 people from the water," Prado told reporters.',
        '"We have pulled 310 people from the water," Prado told reporters.',
        "310 people",
        "the fire brigade",
    ),
    # ... not a minister's title ("Environment Minister X": her "we" is her country's),
    # nor a speaker the article ties to no body (the main body, as before).
    (
        "Wildfire in Lebanon burns 2,400 hectares",
        "A wildfire in Lebanon burned 2,400 hectares. Environment Minister Tamara Haddad "
        "spoke on Monday.\n\n"
        '"We need at least $25 million a year," Haddad said.',
        '"We need at least $25 million a year," Haddad said.',
        "at least $25 million a year",
        None,
    ),
    (
        "Kestrix buys 40 wind farms from Ordal",
        "Kestrix agreed to buy 40 farms for €2bn, the company said.\n\n"
        '"We will hire 300 engineers," said Anna Berg, an analyst.',
        '"We will hire 300 engineers," said Anna Berg, an analyst.',
        "300 engineers",
        "Kestrix",
    ),
    # "The scheme", "the initiative": the thing the article named in full before with
    # that word last ("the National Insurance Scheme").
    (
        "Barbados to raise pension age",
        "Barbados will lift contributions to the National Insurance Scheme, the minister "
        "said.\n\nThe scheme paid out $612 million in benefits last year.",
        "The scheme paid out $612 million in benefits last year.",
        "$612 million",
        "National Insurance Scheme",
    ),
    (
        "Uganda trains cotton growers",
        "The Lake Victoria Farmers Initiative began in 2021.\n\n"
        "The initiative trained 4,000 growers last year, officials said.",
        "The initiative trained 4,000 growers last year, officials said.",
        "4,000 growers",
        "Lake Victoria Farmers Initiative",
    ),
    (
        "Lagos rail line opens",
        "The Lagos Blue Line Project was approved in 2020.\n\n"
        "The project has spent $1.2 billion so far.",
        "The project has spent $1.2 billion so far.",
        "$1.2 billion",
        "Lagos Blue Line Project",
    ),
    # ... not a place so named ("Mexico City" ... "the city": the place's own figure),
    # nor a name the word only opens ("the metro" is not "Metro Line 3").
    (
        "Mumbai metro line opens",
        "Metro Line 3 opened in Mumbai in October.\n\n"
        "If the metro took 10% of train passengers, crowding would ease.",
        "If the metro took 10% of train passengers, crowding would ease.",
        "10%",
        None,
    ),
    (
        "Mexico City rations water",
        "Mexico City began rationing water on Monday.\n\n"
        "The city used 32 cubic metres a second last year.",
        "The city used 32 cubic metres a second last year.",
        "32 cubic metres a second",
        None,
    ),
    # A state body's noun ("the government", "the ministry") in an article about another
    # body that is no company (a lender, a university, a utility) is the state's, not the
    # main body's: only a noun its name holds stands for it ("the fund", "the board").
    (
        "IMF agrees $31 million loan for São Tomé and Príncipe as fuel subsidies bite",
        "SÃO TOMÉ — The International Monetary Fund has reached a staff-level agreement "
        "with São Tomé and Príncipe on a 40-month loan of about $31 million, the fund said "
        "on Wednesday.\n\nFinance minister Gareth Guadalupe said the government would raise "
        "the price of a litre of petrol from Db 32 to Db 40 from June 1.",
        "Finance minister Gareth Guadalupe said the government would raise the price of a "
        "litre of petrol from Db 32 to Db 40 from June 1.",
        "Db 40",
        "the government",
    ),
    (
        "Kiribati Ports Authority lifts wharf fees 12%",
        "TARAWA — The Kiribati Ports Authority will raise wharf fees by 12% from July, it "
        "said on Monday.\n\nThe government will spend A$9 million on a new wharf, the "
        "finance minister said.",
        "The government will spend A$9 million on a new wharf, the finance minister said.",
        "A$9 million",
        "The government",
    ),
    (
        "Zambuka University raises fees by a fifth",
        "The Zambuka Technical University will raise tuition fees by 20% in March, its "
        "registrar said.\n\nThe ministry paid K2.4 billion in bursaries last year.",
        "The ministry paid K2.4 billion in bursaries last year.",
        "K2.4 billion",
        "The ministry",
    ),
    # ... while a noun its name holds, or a body's noun that is no state's, still stands
    # for it ("the fund", "the central bank" of the Federal Reserve, "the party").
    (
        "Vanua Provident Fund posts record return",
        "The Vanua National Provident Fund earned a record $148 million on its investments, "
        "its chief executive said.\n\nThe fund paid 6.5% interest to its members.",
        "The fund paid 6.5% interest to its members.",
        "6.5%",
        "Vanua National Provident Fund",
    ),
    (
        "Federal Reserve holds rates, signals patience",
        "The Federal Reserve held its main rate at 4.5% on Wednesday.\n\n"
        "The central bank bought $40 billion of bonds in May.",
        "The central bank bought $40 billion of bonds in May.",
        "$40 billion",
        "Federal Reserve",
    ),
    # "I" and "my" in a quotation are its speaker's: a person's own figure ("I had 120
    # goats"), as the article names them.
    (
        "Kenya drought kills herds",
        "Drought has killed livestock across Turkana.\n\n"
        '"I had 120 goats in September. Today I have 38," said Ekai Lokwang, a herder in '
        "Kakuma.",
        '"I had 120 goats in September.',
        "120 goats",
        "Ekai Lokwang",
    ),
    (
        "Velkova wins mountain marathon",
        "Mara Velkova won the Rila mountain marathon on Sunday.\n\n"
        '"I climbed 2,900 metres on the last day," Velkova told reporters.',
        '"I climbed 2,900 metres on the last day," Velkova told reporters.',
        "2,900 metres",
        "Mara Velkova",
    ),
    (
        "Floods hit Rift Valley farms",
        "Floods swept farms across the Rift Valley on Monday.\n\n"
        '"My farm lost 300 chickens in one night," said Tomas Kirui, a farmer near Nakuru.',
        '"My farm lost 300 chickens in one night," said Tomas Kirui, a farmer near Nakuru.',
        "300 chickens",
        "Tomas Kirui",
    ),
    # ... not what the speaker only tells ("I expect inflation to ease to 4%").
    (
        "Kenya inflation seen easing",
        "Kenya's inflation rose in May.\n\n"
        '"I expect inflation to ease to 4% by December," said Ana Ruiz, an economist.',
        '"I expect inflation to ease to 4% by December," said Ana Ruiz, an economist.',
        "4%",
        None,
    ),
    # An ordinary noun opening the sentence, which the parse tags as a name, owns nothing
    # when the article writes it in lower case too ("Maize prices" beside "maize meal").
    (
        "Eswatini drought hits sugar",
        "Drought has cut Eswatini's sugar cane harvest.\n\n"
        "Maize prices have doubled since October. A 25-kg bag of maize meal cost E210.",
        "Maize prices have doubled since October.",
        "doubled",
        None,
    ),
    (
        "Cassava harvest recovers",
        "Farmers in Benue brought in a larger cassava crop.\n\n"
        "Cassava yields rose 14% to 9.8 tonnes a hectare.",
        "Cassava yields rose 14% to 9.8 tonnes a hectare.",
        "14%",
        None,
    ),
    (
        "Farm prices climb",
        "Farmers grew less millet this year.\n\nMillet exports rose 20% last year.",
        "Millet exports rose 20% last year.",
        "20%",
        None,
    ),
    # ... nor an ordinary English noun opening the sentence (after a dateline too) that the
    # article never capitalises inside a sentence ("Visitor numbers", "Freight rates"): the
    # parse tags it as a name, but it names a class of things counted, not a body.
    (
        None,
        "The island has about 4,400 residents. Visitor numbers reached 3,650 in the year to "
        "March, 11% more than the year before, according to the tourism office.",
        "Visitor numbers reached 3,650 in the year to March, 11% more than the year before, "
        "according to the tourism office.",
        "3,650",
        None,
    ),
    (
        "Norfolk Island freight to cost more",
        "KINGSTON, Norfolk Island — Freight rates to Norfolk Island will rise 18% from "
        "February under a new five-year shipping contract, the island's regional council said.",
        "KINGSTON, Norfolk Island — Freight rates to Norfolk Island will rise 18% from "
        "February under a new five-year shipping contract, the island's regional council said.",
        "18%",
        None,
    ),
    (
        "Shrine sees fewer pilgrims",
        "The shrine reopened in March. Pilgrim numbers at the shrine fell to 40,000 this year.",
        "Pilgrim numbers at the shrine fell to 40,000 this year.",
        "40,000",
        None,
    ),
    (
        None,
        "The housing board met on Monday. Tenant complaints doubled to 1,840 last year.",
        "Tenant complaints doubled to 1,840 last year.",
        "1,840",
        None,
    ),
    # ... an all-capitals modifier for a class of customers or goods ("VIP", "SUV") is
    # no body either, but nothing tells it from a body's ("NATO spending") without a list.
    xfail(
        None,
        "Marianas Grand Holdings, which is listed in Hong Kong, said VIP rolling-chip volume "
        "in the quarter slumped to $0.9 billion from $2.6 billion a year earlier.",
        "Marianas Grand Holdings, which is listed in Hong Kong, said VIP rolling-chip volume "
        "in the quarter slumped to $0.9 billion from $2.6 billion a year earlier.",
        "$0.9 billion",
        "Marianas Grand Holdings",
        reason="an all-capitals modifier (VIP) is read as a body's name",
    ),
    # Names stay names: a possessor, an actor, a body in capitals, a speaker's own figure,
    # a company the article names inside a sentence.
    (None, None, "Shell's profit fell 20% to $5.1 billion.", "20%", "Shell"),
    (None, None, "NATO spending rose 11% to $1.47 trillion.", "11%", "NATO"),
    (None, None, "Oxfam said its appeal raised £12 million.", "£12 million", "Oxfam"),
    (
        None,
        "Visa revenue rose 10% to $9.6 billion. Analysts said Visa gained share.",
        "Visa revenue rose 10% to $9.6 billion.",
        "10%",
        "Visa",
    ),
    (None, APPLE, "Apple sold 232 million iPhones.", "232 million iPhones", "Apple"),
    # ... not a name the article never writes in lower case ("Shell shares").
    (
        "Shell shares slip",
        "Oil major Shell cut its buyback, said Shell on Thursday.\n\n"
        "Shell shares fell 3% in London.",
        "Shell shares fell 3% in London.",
        "3%",
        "Shell",
    ),
    # A headline naming the body by its place and lower-case words of its name, as its
    # verb's subject ("Bhutan's pension fund lifts"): the article's main body, whose
    # figures "it" and a bare sentence give.
    (
        "Bhutan's pension fund lifts members' interest as actuaries warn of a widening gap",
        "THIMPHU — Bhutan's National Pension and Provident Fund earned Nu. 4.6 billion on its "
        "investments in the year to June 30, chief executive Karma Wangdi said on Wednesday."
        "\n\nIt has roughly 48,000 contributing members, and pays pensions to 9,870 retirees.",
        "It has roughly 48,000 contributing members, and pays pensions to 9,870 retirees.",
        "9,870 retirees",
        "Bhutan's National Pension and Provident Fund",
    ),
    (
        "Lesotho's water authority raises tariffs as dams run low",
        "MASERU — The Lesotho Water and Sewerage Authority will raise tariffs from April, its "
        "chief executive said on Monday.\n\nIt has 61,000 customer accounts, up from 52,000.",
        "It has 61,000 customer accounts, up from 52,000.",
        "61,000",
        "Lesotho Water and Sewerage Authority",
    ),
    (
        "Nauru's phosphate corporation cuts output after rains",
        "YAREN — The Republic of Nauru Phosphate Corporation will mine less this year, its "
        "board said on Friday.\n\nShipments fell to 180,000 tonnes in the year to June.",
        "Shipments fell to 180,000 tonnes in the year to June.",
        "180,000 tonnes",
        "Republic of Nauru Phosphate Corporation",
    ),
    # ... not a body the headline has say, nor one whose words only describe what another
    # word of the headline is ("pension fund chief", "pension fund members'").
    (
        "Ghana's central bank says inflation will slow",
        "ACCRA — The Bank of Ghana kept its policy rate at 27% on Monday.\n\n"
        "It expects inflation to slow to 15% by December.",
        "It expects inflation to slow to 15% by December.",
        "15%",
        None,
    ),
    (
        "Kenya's pension fund chief quits over losses",
        "NAIROBI — The National Social Security Fund lost money last year, its board said."
        "\n\nIt has 4.2 million members.",
        "It has 4.2 million members.",
        "4.2 million",
        None,
    ),
    (
        "Kenya's pension fund members' savings shrink",
        "NAIROBI — The National Social Security Fund lost money last year, its board said."
        "\n\nIt has 4.2 million members.",
        "It has 4.2 million members.",
        "4.2 million",
        None,
    ),
    # A worked example (one indefinite case: "a family using 15 cubic metres", "a member
    # with WS$20,000 saved") is no one's, in an article about one body too; the body's own
    # figures around it stay its.
    (
        TARIFF,
        TARIFF_TEXT + "\n\nA family using 15 cubic metres a month would see its bill climb "
        "to T$51 from T$43, the board said.",
        "A family using 15 cubic metres a month would see its bill climb to T$51 from T$43, "
        "the board said.",
        "T$51",
        None,
    ),
    xfail(
        TARIFF,
        TARIFF_TEXT + "\n\nA member with WS$20,000 saved would receive WS$1,300.",
        "A member with WS$20,000 saved would receive WS$1,300.",
        "WS$1,300",
        None,
        reason="the parse makes 'saved' the clause's subject: no worked example is read",
    ),
    (
        BREWER,
        BREWER_TEXT + "\n\nA bar selling 400 crates a month would pay P1,800 more.",
        "A bar selling 400 crates a month would pay P1,800 more.",
        "P1,800",
        None,
    ),
    (
        TARIFF,
        TARIFF_TEXT + "\n\nA shop using 400 cubic metres a month would pay T$150 more.",
        "A shop using 400 cubic metres a month would pay T$150 more.",
        "T$150",
        None,
    ),
    (
        TARIFF,
        TARIFF_TEXT + "\n\nThe board will spend T$12 million on new pipes.",
        "The board will spend T$12 million on new pipes.",
        "T$12 million",
        "Tonga Water Board",
    ),
    (
        BREWER,
        BREWER_TEXT + "\n\nIt sold 400,000 crates a month last year.",
        "It sold 400,000 crates a month last year.",
        "400,000 crates",
        "Kalahari Breweries",
    ),
    # A figure the clause counts in, at or on a place ("Outages on Majuro", "cruise
    # calls at Kingstown"), in an article about one body, is the place's; the body's
    # shares traded in a city stay its (above).
    (
        TARIFF,
        TARIFF_TEXT + "\n\nOutages on Majuro averaged 14 hours a month between July and September.",
        "Outages on Majuro averaged 14 hours a month between July and September.",
        "14 hours a month",
        None,
    ),
    (
        TARIFF,
        TARIFF_TEXT + "\n\nCruise calls at Kingstown reached 148 in the 2025-26 season.",
        "Cruise calls at Kingstown reached 148 in the 2025-26 season.",
        "148",
        None,
    ),
    (
        TARIFF,
        TARIFF_TEXT + "\n\nTourist arrivals on Tongatapu rose 14% last year.",
        "Tourist arrivals on Tongatapu rose 14% last year.",
        "14%",
        None,
    ),
    (
        BREWER,
        BREWER_TEXT + "\n\nHotel rooms on the island rose by 9% to about 610.",
        "Hotel rooms on the island rose by 9% to about 610.",
        "about 610",
        None,
    ),
    (
        BREWER,
        BREWER_TEXT + "\n\nIts lager volumes rose 9% to 80 million litres in Francistown.",
        "Its lager volumes rose 9% to 80 million litres in Francistown.",
        "80 million litres",
        "Kalahari Breweries",
    ),
    # A share of a place's economy ("above 70% of GDP", "1.8 percentage points of GDP")
    # measures the place, in an article about one body too (a lender's quoted mission
    # chief); the body's share of its own whole stays its.
    (
        LENDER,
        LENDER_TEXT + "\n\nPublic debt is above 70% of GDP and must come down.",
        "Public debt is above 70% of GDP and must come down.",
        "above 70%",
        None,
    ),
    (
        LENDER,
        LENDER_TEXT + "\n\nEnding them would free about 1.8 percentage points of GDP a year.",
        "Ending them would free about 1.8 percentage points of GDP a year.",
        "about 1.8 percentage points",
        None,
    ),
    (
        LENDER,
        LENDER_TEXT + "\n\nTourism earned about 12% of GDP last year.",
        "Tourism earned about 12% of GDP last year.",
        "about 12%",
        None,
    ),
    (
        BREWER,
        BREWER_TEXT + "\n\nThe sugar tax would take 0.4% of GDP.",
        "The sugar tax would take 0.4% of GDP.",
        "0.4%",
        None,
    ),
    (
        LENDER,
        LENDER_TEXT + "\n\nThe loan is about 9% of its lending to Africa this year.",
        "The loan is about 9% of its lending to Africa this year.",
        "about 9%",
        "International Monetary Fund",
    ),
    (
        BREWER,
        BREWER_TEXT + "\n\nBeer makes up 85% of its revenue.",
        "Beer makes up 85% of its revenue.",
        "85%",
        "Kalahari Breweries",
    ),
    # A figure another body states, in an article about one body, is not the main body's
    # by default: a consumers' association's, a consultancy's, a union leader's word.
    (
        TARIFF,
        TARIFF_TEXT,
        "The Tonga Consumers Association said water already took 4 to 6 percent of a "
        "typical household's budget.",
        "4 to 6 percent",
        None,
    ),
    (
        COPPER_MINE,
        COPPER_MINE_TEXT,
        "Smelter charges fell to $80 a tonne, consultancy Wood Ridge said.",
        "$80 a tonne",
        None,
    ),
    (
        COPPER_MINE,
        COPPER_MINE_TEXT,
        "About 40% of the workforce joined the strike, union president Peter Banda said.",
        "About 40%",
        None,
    ),
    # ... but the body's own word (by its noun or name), its chief's, its data's are its
    (
        TARIFF,
        TARIFF_TEXT,
        "Leaks cost 1.2 million litres a day, the board said.",
        "1.2 million litres a day",
        "Tonga Water Board",
    ),
    (
        COPPER_MINE,
        COPPER_MINE_TEXT,
        "Net debt stood at $410 million, chief executive Anna Phiri said.",
        "$410 million",
        "Orbis Mining",
    ),
    (
        COPPER_MINE,
        COPPER_MINE_TEXT,
        "Net debt stood at $410 million, company data show.",
        "$410 million",
        "Orbis Mining",
    ),
    # A central bank titled by its place and its noun ("Uzbekistan's central bank cuts")
    # is the article's main body; the lending and the remittances of its country are not
    # its figures, its own board is.
    (
        UZ_BANK,
        UZ_BANK_TEXT,
        "Bank lending rose 22% in the year to February.",
        "22%",
        None,
    ),
    (UZ_BANK, UZ_BANK_TEXT, "Remittances rose 14% to $16.7 billion in 2025.", "14%", None),
    (UZ_BANK, UZ_BANK_TEXT, "Corporate lending grew 9% last year.", "9%", None),
    (
        UZ_BANK,
        UZ_BANK_TEXT,
        "Its board has seven members.",
        "seven members",
        "Central Bank of Uzbekistan",
    ),
    # A government the article is about takes no owner-less figure of its story: those are
    # its place's (civil servants paid late, its buses); what the sentence gives it stays
    # its (its spending). A port so taken is left (see the reason), its own figures kept.
    (
        RANSOM,
        RANSOM_TEXT,
        "About 1,100 civil servants were paid a week late, and the government released an "
        "emergency advance of $300 each to 420 of them on the lowest grades.",
        "About 1,100 civil servants",
        None,
    ),
    xfail(
        CRUISE_PORT,
        CRUISE_PORT_TEXT,
        "Ships made 512 calls at the A.C. Wathey cruise facility between January and "
        "October, 41 more than in the same period of 2025.",
        "512 calls",
        None,
        reason=PORT_MAIN_BODY,
    ),
    xfail(
        CARGO_PORT,
        CARGO_PORT_TEXT,
        "Trucks waited up to three days at the gates in December, and hauliers lost about "
        "40 loads a week.",
        "up to three days",
        None,
        reason=PORT_MAIN_BODY,
    ),
    xfail(
        CARGO_PORT,
        CARGO_PORT_TEXT,
        "Trucks waited up to three days at the gates in December, and hauliers lost about "
        "40 loads a week.",
        "about 40 loads a week",
        None,
        reason=PORT_MAIN_BODY,
    ),
    (
        FUEL_TAX,
        FUEL_TAX_TEXT,
        "Buses carried about 3,400 passengers a day in May, and fares rose 15% in a year.",
        "about 3,400 passengers a day",
        None,
    ),
    (
        FUEL_TAX,
        FUEL_TAX_TEXT,
        "Buses carried about 3,400 passengers a day in May, and fares rose 15% in a year.",
        "15%",
        None,
    ),
    (
        SCHOOL_FEES,
        SCHOOL_FEES_TEXT,
        "Enrolment rose to 11,200 pupils in the first term.",
        "11,200 pupils",
        None,
    ),
    (
        CRUISE_PORT,
        CRUISE_PORT_TEXT,
        "The port's new pier extension opened this month at a cost of $68 million.",
        "$68 million",
        "Port of St. Maarten",
    ),
    (
        CRUISE_PORT,
        CRUISE_PORT_TEXT,
        "The port paid a dividend of $4 million for 2025.",
        "$4 million",
        "Port of St. Maarten",
    ),
    (
        CARGO_PORT,
        CARGO_PORT_TEXT,
        "The port plans to spend $90 million on a new rail link.",
        "$90 million",
        "Port of Tema",
    ),
    (
        FUEL_TAX,
        FUEL_TAX_TEXT,
        "The government will spend WS$4 million on fuel subsidies this year.",
        "WS$4 million",
        "Samoa's government",
    ),
    # A company whose name ends in a place's, joined by a particle the parse heads on
    # the place ("Cementos de Guinea"), is a company, not the place; a place's own name
    # stays a place's.
    (
        None,
        None,
        "Cementos de Guinea, which employs 640 people, said its revenue would fall.",
        "640 people",
        "Cementos de Guinea",
    ),
    (
        None,
        None,
        "Aceites de Colombia sold 40,000 tonnes of palm oil last year.",
        "40,000 tonnes",
        "Aceites de Colombia",
    ),
    (
        None,
        None,
        "Transportes de Angola carried 2.1 million passengers in 2025.",
        "2.1 million passengers",
        "Transportes de Angola",
    ),
    (
        None,
        None,
        "Equatorial Guinea exported 40,000 tonnes of cement last year.",
        "40,000 tonnes",
        None,
    ),
    (None, None, "The Gulf of Guinea saw 40 pirate attacks last year.", "40 pirate attacks", None),
    xfail(
        None,
        None,
        "The revenue of Unilever rose 4%.",
        "4%",
        "Unilever",
        reason="an owner written with 'of' after the measured noun is not read",
    ),
]


# "It" or "Its" opening a sentence, in an article with no main body, stands for the named
# subject of the sentence before; not a place ("Its exports" after "Fiji grew"), nor a
# speaker telling of a body ("Kalsrap said the office needed"), nor an expletive "it"
# ("It was the highest since 2019"), nor "it said", nor "its" on a noun named after it.
PREVIOUS_BODY = [
    (
        "Laiterie du Bocage, France's fifth-largest dairy group, made a net profit of "
        "€38 million in 2025, its annual report showed.",
        "It employs 2,400 people at seven plants.",
        "2,400 people",
        "Laiterie du Bocage",
    ),
    xfail(
        "A 250-gram box of pralines now costs about €21 in a Brussels shop, according to "
        "Choprabisco, which represents some 400 chocolate makers.",
        "Its members used 212,000 tonnes of cocoa products in 2025.",
        "212,000 tonnes",
        "Choprabisco",
        reason="only a named subject is read; a body named elsewhere in the sentence "
        "before would cost place (a trade body's figures are its country's)",
    ),
    (
        "Cementos de Guinea, which employs 640 people, said its revenue would fall by "
        "about a third.",
        "Its two kilns date from 2008 and 2015.",
        "two kilns",
        "Cementos de Guinea",
    ),
    (
        "Velmora Textiles, the country's largest mill, sold 3.1 million metres of cloth "
        "last year, its chairman said.",
        "It employs 1,900 people in two towns.",
        "1,900 people",
        "Velmora Textiles",
    ),
    (
        "Kestrel Dairies, which collects from 2,000 farms, lifted its milk price to 90 "
        "cents a litre.",
        "Its trucks travel 40,000 km a month.",
        "40,000 km",
        "Kestrel Dairies",
    ),
    (
        "Kalsrap said the office needed VT 180 million over the next two years.",
        "It has 6 staff for a network of more than 4,000 computers.",
        "6 staff",
        None,
    ),
    (
        "Suvarnabhumi Airport handled 62 million passengers last year.",
        "Its operator, Airports of Thailand, plans to spend 38 billion baht on a terminal.",
        "38 billion baht",
        "Airports of Thailand",
    ),
    (
        "Fiji grew 3.1% last year, the statistics bureau said.",
        "Its exports rose 5% to $1.2 billion.",
        "$1.2 billion",
        None,
    ),
    (
        "Velmora Textiles sold 3.1 million metres of cloth in 2025.",
        "It was the highest total since 2019, up 12%.",
        "12%",
        None,
    ),
    (
        "Velmora Textiles sold 3.1 million metres of cloth in 2025.",
        "It said sales would rise 8% next year.",
        "8%",
        None,
    ),
]


@pytest.mark.parametrize(("title", "text", "sentence", "figure", "expected"), ENTITIES)
def test_entity(
    title: str | None, text: str | None, sentence: str, figure: str, expected: str | None
) -> None:
    assert scope(sentence, figure, text=text, title=title).entity.value == expected


@pytest.mark.parametrize(("title", "text", "sentence", "figure", "expected"), OTHER_COMPANY)
def test_the_company_after_another_named_owner_is_that_one(
    title: str, text: str, sentence: str, figure: str, expected: str
) -> None:
    assert scope(sentence, figure, text=text, title=title).entity.value == expected


@pytest.mark.parametrize(("previous", "sentence", "figure", "expected"), PREVIOUS_BODY)
def test_it_opening_a_sentence_is_the_body_named_before(
    previous: str, sentence: str, figure: str, expected: str | None
) -> None:
    text = f"{previous} {sentence}"
    assert scope(sentence, figure, text=text, previous=previous).entity.value == expected
