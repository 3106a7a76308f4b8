"""The place of a figure (claims/extraction/scope/place.py, places.py, article.py).

Rows are ``(title, text, sentence, figure, expected)``.
"""

from __future__ import annotations

import pytest

from tests.scope_rows import scope, xfail

KENYA = "Kenya's election: turnout rises"
KENYA_TEXT = (
    "Voters in Kenya queued for hours on Tuesday.\n\n"
    "Turnout reached 65%, officials said. In Mombasa it was 58%."
)

JAPAN = "Japan's exports fall as US tariffs bite"
JAPAN_TEXT = "Japan's exports fell 1.7% in May.\n\nExports to the United States fell 11%."
GERMANY = "Munich club wins the German league"
GERMANY_TEXT = "The German champions won 25 games.\n\nTheir Danish striker scored 31 goals."
APAPA = "Customs seize opioids at Apapa"
APAPA_TEXT = (
    "Nigeria's customs officers seized 14 containers at Apapa port.\n\n"
    "Officers recovered 132 million pills."
)

ARENA = "Isar win the title"
ARENA_TEXT = (
    "Isar beat their rivals on Saturday in front of 75,024 fans at the Kestrel Arena.\n\n"
    "Some 300,000 people joined the parade."
)
RIVERS = "Ghana's rivers run brown"
RIVERS_TEXT = (
    "Mining has muddied the rivers of Ghana.\n\n"
    "The utility said it needs 900 million cedis. The company said it needs 40 million cedis."
)
KERALA = "Monsoon landslides hit Kerala"
KERALA_TEXT = (
    "Landslides hit Kerala after days of rain.\n\n"
    "The valley, popular with German hikers, saw 40 landslides."
)
WASHINGTON = "Washington wildfire grows, thousands evacuated near Canadian border"
WASHINGTON_TEXT = (
    "A wildfire in Washington state grew overnight near the border with Canada.\n\n"
    "The fire burned 4,200 acres. The Cedar Ridge fire had burned 11,900 acres by Tuesday. "
    "Kettle Foods sold 40 million bags."
)
LUZON = "Typhoon Isang lashes northern Luzon"
LUZON_TEXT = "Typhoon Isang hit northern Luzon on Monday.\n\nTyphoon Isang dumped 300 mm of rain."

BREMEN = "Isar beat Werder Bremen to win the title"
BREMEN_TEXT = (
    "Isar beat Werder Bremen on Saturday to win the title.\n\n"
    "Some 300,000 people are expected at the parade."
)
KERALA_CAPS = "Floods In Kerala Force Thousands From Their Homes"
KERALA_CAPS_TEXT = "Rivers burst their banks overnight.\n\nSome 300 people were evacuated."

LAMPEDUSA = "More than 2,300 migrants reach Lampedusa in a weekend"
LAMPEDUSA_TEXT = (
    "More than 2,300 migrants reached the Italian island of Lampedusa over the weekend.\n\n"
    "Coast guard crews rescued 640 people."
)
KERALA_STATE = "Floods in the south after record rain"
KERALA_STATE_TEXT = (
    "Heavy rain flooded the Indian state of Kerala on Monday.\n\nRescuers saved 300 people."
)

NANDI = "Cyclone Nandi hits Mozambique"
NANDI_TEXT = (
    "Cyclone Nandi made landfall in Mozambique.\n\nCyclone Nandi killed 40 people, officials said."
)

TBILISI = "Georgia's tea exports climb"
TBILISI_TEXT = "TBILISI — Georgia exported 3,000 tonnes of tea last year.\n\nPrices rose 8%."
AMMAN = "Jordan raises bread subsidy"
AMMAN_TEXT = (
    "AMMAN — Jordan will spend 90 million dinars on bread this year.\n\n"
    "The subsidy reaches 70% of households."
)

KENYA_TEA2 = "Kenya's tea exports rise"
KENYA_TEA2_TEXT = (
    "NAIROBI — Kenya's tea exports rose 9% last year.\n\n"
    "Pakistan remained the biggest buyer, taking 40% of the crop. "
    "Egypt was the second-largest market with 60 million kg. "
    "Egypt, the second-largest market, took 60 million kg. "
    "Kenya remained the biggest producer, with 570 million kg. "
    "Mombasa remained the busiest port, with 1.6 million containers. "
    "The pula fell 2% against the dollar."
)
ZAMBIA_COPPER = "Zambia's copper boom"
ZAMBIA_MINE = "The mine lies 40 km west of Lusaka and employs 3,000 people."
ZAMBIA_COPPER_TEXT = (
    f"LUSAKA — Zambia's copper output rose.\n\n{ZAMBIA_MINE} "
    "The utility owes $3 billion to Chinese banks. Exports to Chinese buyers rose 12%. "
    "Chinese smelters paid $9,000 a tonne."
)
DROUGHT = "Kenya's drought"
DROUGHT_TEXT = "Drought hit Kenya.\n\nRain in the north of {} fell 40% short."
GHANA_OIL = "Ghana's oil revenue jumps"
GHANA_OIL_TEXT = (
    "ACCRA — Ghana's oil revenue rose 20%.\n\n"
    "Brent crude traded at $82 a barrel on Friday. "
    "The spot price of uranium rose to $90 a pound. WTI fell 2% on Monday. "
    "The budget assumes a Brent price of $70. Petrol prices rose 6% in May."
)
DOWNHILL = "Brandner wins the downhill"
DOWNHILL_TEXT = (
    "Austrian Felix Brandner won the downhill in Zurich on Saturday.\n\n"
    "Some 30,000 fans watched. Tickets sold out within two hours, Norway's Sindre Moe said. "
    "A crowd of 20,000 cheered Switzerland's Nico Arnold. "
    "Switzerland's Nico Arnold finished 0.18 seconds behind."
)
WENGEN_TEXT = (
    "WENGEN — Austrian Felix Brandner won the downhill on Saturday.\n\nSome 30,000 fans watched."
)
VINOTEKA = "Wine exporter's sales rise"
VINOTEKA_TEXT = (
    "Vinoteka said sales rose 9%.\n\nThe lari strengthened to 2.69 per dollar. "
    "The dollar rose 1% against the yen. The euro rose 1% against the pound."
)
COFFEE = "Kenya's coffee prices climb"
COFFEE_TEXT = (
    "NAIROBI — Kenya's coffee prices rose.\n\n"
    "Coffee traded at $4 a kilo, according to the Mombasa coffee exchange. "
    "Prices rose 8% last week, according to the Nairobi Coffee Exchange. "
    "Shipments to Mombasa rose 12%."
)
GYOR = "Battery maker opens Gyor gigafactory"
GYOR_TEXT = (
    "Huaneng Cell opened its Gyor gigafactory on Wednesday.\n\n"
    "The first line can make cells for 250,000 cars a year. "
    "The line will draw 6,000 cubic metres of water a day."
)
NIGERIA = "Nigeria's central bank cuts rates as inflation eases"
NIGERIA_TEXT = (
    "Nigeria's central bank cut its rate on Tuesday.\n\n"
    '"We expect inflation to fall below 15%," the governor told reporters in Abuja. '
    '"A 50 bp cut is a signal," said Tolu Adeyemi, an analyst at Meridian in Lagos.\n\n'
    "Officials in Abuja said 40 people died in Kano. Prices in Lagos rose 30%, the agency said."
)
HEAT = "Japan swelters in record heat"
HEAT_TEXT = (
    "Japan sweltered on Monday.\n\n"
    "Alerts covered 38 of the country's 47 prefectures, and highs of 39C hit Tokyo."
)

MUMBAI = "Mumbai's underground metro draws 1.8 lakh riders a day"
MUMBAI_TEXT = "MUMBAI — Mumbai's Metro Line 3 carried 1.8 lakh a day.\n\nFares range from Rs 10."
PORTO_TEXT = "Mayor Ana Porto unveiled a transport plan.\n\nPorto's plan would cost $2 billion."

SPOKEN = "Speaking in Machakos, she said the commission had been allocated Sh 7.4 billion."
SPOKEN_TEXT = f"Kenya's voter drive opened on Monday.\n\n{SPOKEN}"
NIGERIA_SPOKEN = "Addressing reporters in Abuja, the governor said inflation would fall to 15%."
NIGERIA_SPOKEN_TEXT = f"Nigeria's central bank held rates.\n\n{NIGERIA_SPOKEN}"

REYKJAVIK = "Reykjavík raises bus fares by 8%"
REYKJAVIK_TEXT = "Reykjavík will raise bus fares in March.\n\nA single ticket will cost 700 kronur."
ASUNCION = "Asunción bans cars from its old town"
ASUNCION_TEXT = "Asunción will close its old town to cars.\n\nSome 40,000 drivers enter it daily."

VELMORA = "Velmora recalls dolls and cuts its outlook"
VELMORA_TEXT = (
    "Italian toymaker Velmora SpA said on Monday it was recalling 800,000 dolls.\n\n"
    "The company expects the recall to cost €40 million. It sold 9 million toys last year."
)
CODELCO = "Chile's copper output falls"
CODELCO_TEXT = (
    "Chile's copper output fell 3% in May, state miner Norcobre SA said.\n\nExports dropped 5%."
)

AEROVIA = "Aerovia delivers record 40 jets"
AEROVIA_TEXT = (
    "Brazilian planemaker Aerovia Industries said it delivered 40 jets in the quarter.\n\n"
    "Demand for regional jets rose 8%."
)
KENYA_FARMERS = "Drought hits herders in the north"
KENYA_FARMERS_TEXT = (
    "Kenyan herders in Turkana say the rains failed again.\n\nThey lost 30% of their herds."
)

GUATEMALA = "Remittances to Guatemala slip"
GUATEMALA_TEXT = (
    "GUATEMALA CITY — Money sent home by migrants fell 3% last year as U.S. deportations "
    "rose, the Bank of Guatemala said.\n\nTransfers averaged $420."
)
PERU = "Tourism to Peru recovers"
PERU_TEXT = (
    "LIMA — Arrivals of U.S. travellers rose 12% in June, the Bank of Peru said.\n\n"
    "Hotels filled 70% of their rooms."
)
KENYA_TEA = "Kenya's tea exports rise"
KENYA_TEA_TEXT = (
    "LONDON — Kenya's tea exports rose 8% in May, the board said.\n\nPrices averaged $3 a kilo."
)

# A dateline naming where the story is filed: the country written after the town
# ("ENGLISH HARBOUR, Antigua —", a country's short name) counts for the story, as a
# capital's or a town's country does. When the first paragraph names only places of no
# known country ("the Caspian coast", "the Rasht valley"), the dateline's country is not
# yet read as the story's: made the story's, it also overruled "northern Luzon" under
# "MANILA —" and "Planica" under "PLANICA, Slovenia —".
_UNCODED = "a dateline's country is not read for a lead naming only places of no country"
REFINERY = "Fire halts units at Turkmenbashi refinery"
REFINERY_TEXT = (
    "ASHGABAT — A fire at the Turkmenbashi refinery complex on the Caspian coast burned for "
    "19 hours.\n\nThe president ordered imports of up to 50,000 tonnes of petrol."
)
REGATTA = "Entries climb at Antigua Sailing Week"
REGATTA_TEXT = (
    "ENGLISH HARBOUR, Antigua — The regatta drew 112 boats on Friday.\n\n"
    "Some 2,500 sailors came for the week."
)
PASS = "Snow closes mountain pass"
PASS_TEXT = (
    "DUSHANBE — Snow closed roads in the Rasht valley on Monday.\n\n"
    "Flour prices rose 12% in a week."
)
FERRY = "Ferry service resumes after storm"
FERRY_TEXT = (
    "KORO BAY, Fiji — The ferry sailed along the Koro coast again on Tuesday after a week "
    "in port.\n\n"
    "Fuel prices rose 6% during the closure."
)
# A dateline's country is not the story's when the first paragraph names another, nor
# when it names a town of that country ("MUMBAI — Mumbai's ...").
GENEVA_AID = "Aid for flood-hit Malawi"
GENEVA_AID_TEXT = (
    "GENEVA — Floods in Malawi have displaced 40,000 people, UN agencies said.\n\n"
    "Maize prices rose 20%."
)
# A nationality of a competitor or of its boat ("US yacht", "the American yacht", "the
# British crew of Sea Spirit") tells whose it is, not where the event is.
SAILING = "US yacht Wild Horses takes top prize at Antigua Sailing Week"
SAILING_TEXT = (
    "ENGLISH HARBOUR, Antigua — The American yacht Wild Horses won the Lord Nelson Trophy at "
    "Antigua Sailing Week on Friday, three clear of the British crew of Sea Spirit.\n\n"
    "A fleet of 112 boats started the regatta."
)
CYCLING = "Kenyan rider wins Tour of Rwanda stage"
CYCLING_TEXT = (
    "MUSANZE, Rwanda — Kenyan rider Peter Otieno won the fourth stage on Tuesday, ahead of "
    "the Eritrean team of Tesfa Berhe.\n\nSome 50,000 fans lined the route."
)
ROWING = "Dutch crew wins at Lucerne regatta"
ROWING_TEXT = (
    "LUCERNE, Switzerland — The Dutch crew beat the Australian eight by a length on "
    "Sunday.\n\nAbout 300 crews entered this year."
)
# A nationality of people who are the subject of the story still gives it its place.
HERDERS = "Kenyan herders count losses"
HERDERS_TEXT = "NAIROBI — Kenyan herders say the rains failed.\n\nThey lost 30% of their herds."

CHILE_WINE = "Chile's wine exports slip"
CHILE_WINE_TEXT = (
    "Chile's wine exports slipped in May.\n\n"
    "Exports fell 6% as buyers switched their orders to growers in Ecuador."
)
GHANA_BONDS = "Ghana's bonds slide"
GHANA_BONDS_TEXT = (
    "Ghana's bonds slid on Monday.\n\nYields rose to 9% after Zambia defaulted on its debt."
)
NORWAY_DEBT = "Norway's households borrow more"
NORWAY_DEBT_TEXT = (
    "Norway's households took on more debt last year.\n\n"
    "Household debt stands at 240% of income, among the highest in Europe."
)
BOLIVIA_PRICES = "Bolivia's prices climb"
BOLIVIA_PRICES_TEXT = (
    "Bolivia's prices climbed again in May.\n\n"
    "Its inflation rate of 12% is the highest in Latin America."
)

GHANA_IMF = "Ghana's cedi steadies"
GHANA_IMF_TEXT = (
    "Ghana's cedi steadied on Monday.\n\n"
    "The International Monetary Fund approved the release of $600 million to the country. "
    "The World Bank will lend $250 million for roads. Kumasi Breweries sold 40 million bottles."
)

KENYA_TOWNS = "Kenya's election: turnout rises"
KENYA_TOWNS_TEXT = (
    "Voters in Kenya queued for hours on Tuesday.\n\n"
    "Turnout in Mombasa reached 58% on Tuesday. Queues there stretched for 3 km.\n\n"
    "Hotels in Kisumu and Nakuru were 70% full. Rooms cost 9,000 shillings a night.\n\n"
    "Officials counted 14 million ballots.\n\n"
    "Exports to Uganda rose 5%. Imports fell 3%.\n\n"
    "The minister spoke to reporters, speaking in Kisumu. Some 9 million ballots were cast."
)


PAITA = "Floods in Peru"
PAITA_TEXT = (
    "Floods swept northern Peru on Friday.\n\n"
    "The judge jailed Rosa Quispe, 44, for fraud. "
    "Manuel Paredes, 39, said the river rose 3 metres. "
    "Teenagers aged 15 to 17 make up 8% of the workforce. "
    "Prices rose 4% for families of four. "
    "A 67-year-old fisherman in Paita lost his boat.\n\n"
    "Haile, 24, covered the 1,130 km route. "
    "A ticket costs S/ 31, about $9 at the current rate. "
    "The coastal El Niño of 2017 killed 162 people. "
    "A weak La Niña cut rainfall by 30%. "
    "Of the 47 dead, 19 were in the Piura region. "
    "Of the 420 killed, 236 died in Tumbes province. "
    "Of the 30 towns in Piura, 12 were flooded."
)
MALAWI = "Malawi's tobacco earnings fall"
MALAWI_TEXT = (
    "Malawi's tobacco sales fell this season.\n\n"
    "Irrigation covered 40% of farms. Hydropower supplied 90% of the grid's power. "
    "Smallholders sold 30,000 tonnes at auction. "
    "The courts jailed 12 smugglers. The magistrates fined 9 traders. "
    "Kettle Foods sold 40 million bags."
)
LAGOS_BREWER = "Lagos brewer's profit jumps"
LAGOS_BREWER_TEXT = (
    "LAGOS — Harbour Breweries, Nigeria's largest brewer, reported a 20% rise in profit.\n\n"
    "Net profit rose to N12 billion. Earnings per share were 95 kobo. "
    "The board declared a dividend of 40 kobo a share. Its gross margin widened to 38%. "
    "Tax revenue rose 8%. Average earnings rose 6%. Imports fell 3%."
)


PARAGUAY = "Dengue cases pass 100,000 in Paraguay"
PARAGUAY_TEXT = (
    "Paraguay has recorded 100,000 dengue cases this year.\n\n"
    "Neighbouring Bolivia reported 27,300 dengue cases this year, PAHO said."
)
ZAMBIA = "Zambia raises fuel prices"
ZAMBIA_TEXT = "Zambia raised petrol prices by 9%.\n\nLandlocked Malawi imports 90% of its fuel."
# A demonym describing a company by its trade ("German carmaker", "Swedish battery maker")
# tells where the company is based, not what a story filed from elsewhere is about.
PUEBLA = "German carmaker starts output at Puebla site"
PUEBLA_TEXT = (
    "PUEBLA — German carmaker Autowerk Lindner began production at its new plant in central "
    "Mexico on Monday.\n\nInflation slowed to 4.1% in September."
)
GDANSK = "Swedish battery maker opens Gdansk plant"
GDANSK_TEXT = (
    "GDANSK — Swedish battery maker Nordvolt Energi opened its plant in northern Poland on "
    "Friday.\n\nThe central bank held its rate at 5.75%."
)
CIBAO = "Dominican cigar growers see prices double"
CIBAO_TEXT = (
    "Dominican cigar growers earned 40% more this year than last.\n\n"
    "Leaf prices doubled to 300 pesos a pound."
)

# A figure of the site the article is about ("the mill", "the plant") is the site's
# place, as the title or first paragraph names it ("Halden mill", "its plant in Zwickau").
HALDEN = "Norsk Papir to close Halden mill"
HALDEN_TEXT = (
    "OSLO — Norwegian paper group Norsk Papir will close its newsprint mill in Halden by "
    "March, the company said.\n\n"
    "The mill can make 300,000 tonnes of paper a year. The company sold 2 million tonnes."
)
ZWICKAU = "Autowerk Lindner opens Zwickau plant"
ZWICKAU_TEXT = (
    "Autowerk Lindner opened its battery plant in Zwickau, eastern Germany, on Monday.\n\n"
    "Workers at the plant will earn about €4,100 a month. Germany's car output fell 3%."
)

ISAR = "Isar München win the Bundesliga title"
ISAR_TEXT = (
    "MUNICH — SV Isar München clinched the Bundesliga title on Saturday.\n\n"
    "Of their 34 league games, Isar won 25 and lost only two. "
    "The club conceded just 28 goals all season, a league record."
)
DAUGAVA = "Riga club Daugava win the league"
DAUGAVA_TEXT = (
    "RIGA — FK Daugava Riga won the league title on Sunday.\n\n"
    "The club finished the season with 71 points from 28 matches. "
    "Striker Juris Ozols scored 19 goals in the league this season. "
    "The club's revenue rose to €12 million. "
    "A crowd of 9,000 watched at the Skonto Stadium."
)
VANUATU = "Vanuatu's government networks crippled by cyber attack"
VANUATU_TEXT = (
    "A cyber attack has crippled Vanuatu's government networks for a third week.\n\n"
    "Australia sent a team of eight cyber specialists on Friday, and New Zealand pledged "
    "NZ$1 million for new equipment."
)
VANUATU_AID = (
    "Australia sent a team of eight cyber specialists on Friday, and New Zealand pledged "
    "NZ$1 million for new equipment."
)


PLANICA = "Kos flies 251.5 metres to win Planica finale before record crowd"
PLANICA_TEXT = (
    "PLANICA, Slovenia — Žan Kos won the last ski flying event of the World Cup season on "
    "Sunday with jumps of 244 and 251.5 metres, finishing 17.4 points ahead of Norway's "
    "Henrik Lund, as a record 42,000 spectators packed the valley."
)
VIKERSUND_TEXT = (
    "VIKERSUND, Norway — Erik Lindqvist won the last ski flying event of the season on "
    "Sunday with a jump of 240 metres, as 30,000 spectators lined the hill."
)
TIGNES_TEXT = (
    "TIGNES, France — Claire Moreau won the last slalom of the season on Saturday, beating "
    "the field by 1.2 seconds as 9,000 fans lined the course."
)
SARAJEVO_TEXT = (
    "SARAJEVO — FK Bistrik Sarajevo have sold 19-year-old striker Emir Hadžić, who scored 21 "
    "goals in 30 league games this season, to LASK Linz."
)


PLACES = [
    # Named in the sentence: a country, a state, a city, a demonym turned into its place.
    (None, None, "Inflation in Kenya rose to 5%.", "5%", "Kenya"),
    (None, None, "Floods in Kerala killed 40 people.", "40", "Kerala"),
    (None, None, "Kenyan herders lost 40% of their cattle.", "40%", "Kenya"),
    # A town no list holds that the title and the dateline name is the venue of the
    # season's last event, not the country its dateline writes after it (fields unseen8:
    # "PLANICA, Slovenia —" once the dateline's country was read for the league's).
    (PLANICA, PLANICA_TEXT, PLANICA_TEXT, "42,000 spectators", "Planica"),
    (
        "Lindqvist wins Vikersund finale as 30,000 watch",
        VIKERSUND_TEXT,
        VIKERSUND_TEXT,
        "30,000 spectators",
        "Vikersund",
    ),
    (
        "Moreau takes Tignes slalom finale before 9,000 fans",
        TIGNES_TEXT,
        TIGNES_TEXT,
        "9,000 fans",
        "Tignes",
    ),
    # Near miss: a listed town the story is about gives a season's tally its country.
    (
        "Sarajevo club sells teenage striker Hadžić to Linz in record €6.5m deal",
        SARAJEVO_TEXT,
        SARAJEVO_TEXT,
        "30 league games",
        "Bosnia and Herzegovina",
    ),
    # Every country's demonym, not only the common ones ("Faroese", "Burundian").
    (
        None,
        None,
        "Faroese trawlers landed 12,000 tonnes of mackerel.",
        "12,000 tonnes",
        "Faroe Islands",
    ),
    (None, None, "Burundian coffee growers lost 15% of their crop.", "15%", "Burundi"),
    (None, None, "Estonian households paid 9% more for power.", "9%", "Estonia"),
    # A demonym opening the name of a sea, an ocean or a coast names that water, not the
    # country ("the Indian Ocean" is no figure of India's). Near misses: the demonym
    # before a common noun, and a capital opening a sentence, stay as they were.
    (
        None,
        None,
        "The commission estimated the Indian Ocean yellowfin biomass at about 30% of its "
        "unfished level.",
        "30%",
        "Indian Ocean",
    ),
    (None, None, "Cod catches in the Irish Sea fell to 48,000 tonnes.", "48,000", "Irish Sea"),
    (
        None,
        None,
        "Herring stocks in the Norwegian Sea fell by a fifth to 3.1 million tonnes.",
        "3.1 million tonnes",
        "Norwegian Sea",
    ),
    (None, None, "Indian sea freight rates rose 14% in March.", "14%", "India"),
    # ... but a company named after the water is no place ("Indian Ocean Tuna Canners").
    (
        None,
        None,
        "Indian Ocean Tuna Canners processed 97,000 tonnes of fish in 2025.",
        "97,000 tonnes",
        None,
    ),
    (None, None, "Irish coastal towns lost 3,000 jobs.", "3,000 jobs", "Ireland"),
    # A market named as where a price is paid is the figure's venue ("Lodwar" for a price
    # in Lodwar market), written before "market" or with it in the name. Near misses: a
    # market's share or value is no venue, nor a demonym's market or a stock market.
    (
        None,
        None,
        "Vendors at Talamahu Market sell a 20-litre container of filtered water for T$5.",
        "T$5",
        "Talamahu Market",
    ),
    (
        None,
        None,
        "A sack of rice costs 1,800 shillings at Kariakoo Market, traders said.",
        "1,800 shillings",
        "Kariakoo Market",
    ),
    (
        None,
        None,
        "Tomatoes sold for 40 cedis a crate at the Makola market on Monday.",
        "40 cedis",
        "Makola",
    ),
    (None, None, "Safaricom market share rose to 64% last year.", "64%", None),
    # ... while a works' noun before another still names its site.
    (
        None,
        None,
        "A fire at the Mongstad refinery complex on the coast burned for nearly 19 hours.",
        "nearly 19 hours",
        "Mongstad",
    ),
    (None, None, "The Chinese market took 40% of the exports.", "40%", "China"),
    (None, None, "The Nairobi stock market fell 3% on Monday.", "3%", "Nairobi"),
    # A demonym in a compound adjective says whose a thing is, not where the figure is.
    (None, None, "A Greek-owned freighter carried 62,000 tonnes of fuel.", "62,000 tonnes", None),
    (
        None,
        None,
        "The Liberian-flagged tanker spilled 3,950 tonnes of oil off Spain.",
        "3,950 tonnes",
        "Spain",
    ),
    (None, None, "Rents in Bengaluru rose 12%.", "12%", "Bengaluru"),
    # A capital by its common English spelling, which the city list spells otherwise
    # ("Ulan Bator", "Bogotá").
    (None, None, "Doctors in Ulaanbaatar recorded 1,470 cases.", "1,470", "Ulaanbaatar"),
    (None, None, "Rents in Bogota rose 9%.", "9%", "Bogota"),
    (None, None, "Unemployment in the US fell to 4.1%.", "4.1%", "US"),
    # Two places: the one the parse ties to the figure.
    (None, None, "Brazil's exports to China rose 8%.", "8%", "Brazil"),
    # The article's place when the sentence names none; the sentence's when it does.
    (KENYA, KENYA_TEXT, "Turnout reached 65%, officials said.", "65%", "Kenya"),
    (KENYA, KENYA_TEXT, "In Mombasa it was 58%.", "58%", "Mombasa"),
    # A city in the possessive is the place of what it owns ("Mumbai's metro"); a person's
    # surname is not, though a town is called so too.
    (
        None,
        None,
        "Porto's airport handled 15 million passengers.",
        "15 million passengers",
        "Porto",
    ),
    (None, None, "Nairobi's traffic police issued 4,000 fines.", "4,000 fines", "Nairobi"),
    (MUMBAI, MUMBAI_TEXT, "Mumbai's Metro Line 3 carried 1.8 lakh a day.", "1.8 lakh", "Mumbai"),
    (MUMBAI, MUMBAI_TEXT, "Fares range from Rs 10.", "Rs 10", "Mumbai"),  # the title's
    (None, PORTO_TEXT, "Porto's plan would cost $2 billion.", "$2 billion", None),
    # A demonym in a company's name is no place of the company's figures; a public body's
    # is its country.
    (None, None, "Saudi Aramco reported a net profit of SAR 85 billion.", "SAR 85 billion", None),
    (None, None, "Italian Eni cut its dividend by 5%.", "5%", None),
    (None, None, "Kenyan herders lost 30% of their goats.", "30%", "Kenya"),
    # A capital that wants, pledges or plans stands for its country's government.
    (None, None, "Berlin wants 6 million heat pumps by 2030.", "6 million heat pumps", "Germany"),
    (None, None, "Ottawa has pledged C$2 billion for housing.", "C$2 billion", "Canada"),
    (None, None, "Tokyo recorded 39C on Monday.", "39C", "Tokyo"),
    (None, None, "Rents in Berlin rose 6% last year.", "6%", "Berlin"),
    # A city written with or without its accents ("Zurich", "Zürich"); a capital written
    # with them still opens a title as its city ("Reykjavík raises ...").
    (None, None, "Rents in Zurich rose 4% last year.", "4%", "Zurich"),
    (None, None, "Rents in Zürich rose 4% last year.", "4%", "Zürich"),
    (REYKJAVIK, REYKJAVIK_TEXT, "A single ticket will cost 700 kronur.", "700 kronur", "Reykjavík"),
    (ASUNCION, ASUNCION_TEXT, "Some 40,000 drivers enter it daily.", "40,000", "Asunción"),
    # A place's name in a longer hyphenated name is not that place ("Centre" of Cameroon).
    (None, None, "Yields fell 4% after a dry spell in the Centre-West.", "4%", None),
    (None, None, "Floods in Guinea-Bissau killed 12 people.", "12", "Guinea-Bissau"),
    # Where the speaker spoke is not the figure's place ("Speaking in Machakos, ..."): the
    # article's is.
    (None, SPOKEN_TEXT, SPOKEN, "Sh 7.4 billion", "Kenya"),
    (None, NIGERIA_SPOKEN_TEXT, NIGERIA_SPOKEN, "15%", "Nigeria"),
    (None, None, "Flooding in Machakos destroyed 300 homes.", "300 homes", "Machakos"),
    # A storm's name is no place ("Cyclone Nandi", though Nandi is a Kenyan county).
    (None, None, "Cyclone Nandi killed at least 38 people.", "at least 38 people", None),
    (None, None, "Typhoon Haikui dumped 300 mm of rain on Taiwan.", "300 mm", "Taiwan"),
    # A "where" clause on a place says what happened there.
    (
        None,
        None,
        "Drones hit Ukraine overnight, the worst on the city of Kharkiv, where seven people "
        "were killed.",
        "seven",
        "Kharkiv",
    ),
    (
        None,
        None,
        "The storm crossed Vietnam to Da Nang, where it dumped 300 mm of rain.",
        "300 mm",
        "Da Nang",
    ),
    (None, None, "Kenya, where inflation is 5%, cut rates.", "5%", "Kenya"),
    # A town after a place noun's "of" is named as a place.
    (None, None, "Rents in the city of Porto rose 9%.", "9%", "Porto"),
    # A town too small for the gazetteer, after a place's preposition.
    (None, None, "The agency recorded 412 mm of rain in Munnar on Saturday.", "412 mm", "Munnar"),
    (None, None, "Sales at Mercedes fell 5% last year.", "5%", None),  # a company, not a town
    (None, None, "Goats fetched KSh 6,000 at the market in Lodwar.", "KSh 6,000", "Lodwar"),
    # Places too small for the lists, named by how they are written.
    (None, None, "Officers seized 14 containers at Apapa port.", "14 containers", "Apapa port"),
    (None, None, "Some 2,300 migrants reached the island of Lampedusa.", "2,300", "Lampedusa"),
    (None, None, "The typhoon killed 27 people in northern Luzon.", "27", "northern Luzon"),
    # A site a figure is bound to, by its name: before a site's noun ("Okoroba" of "the
    # Okoroba plant", "the Tamba North copper mine"), a name ending in one ("the Mavuso
    # National Park"), a hyphenated name, a name after a site's "at" ("a factory at
    # Zelny-Brod").
    (
        None,
        None,
        "Output at the Okoroba plant fell to 6 million gallons a day.",
        "6 million gallons",
        "Okoroba",
    ),
    (
        None,
        None,
        "The Lenkova mine produced 40,000 tonnes of ore.",
        "40,000 tonnes",
        "Lenkova",
    ),
    (
        None,
        None,
        "Rescuers reached 12 miners at the Tamba North copper mine.",
        "12 miners",
        "Tamba North",
    ),
    (
        None,
        None,
        "Rangers counted 310 elephants in the Mavuso National Park.",
        "310 elephants",
        "Mavuso National Park",
    ),
    (None, None, "A crowd of 41,000 watched at the Kestrel Arena.", "41,000", "Kestrel Arena"),
    (
        None,
        None,
        "Rainfall in Mbeli-Karoo province reached 80 mm.",
        "80 mm",
        "Mbeli-Karoo province",
    ),
    (
        None,
        None,
        "The group opened a factory at Zelny-Brod that makes 9,000 shells a year.",
        "9,000 shells",
        "Zelny-Brod",
    ),
    # A place's name ending in a place's noun is not read so: "mostly on the Canary
    # Islands" is an aside of Spain's figure more often than the figure's place.
    (
        None,
        None,
        "Spain saw 22,100 arrivals this year, mostly on the Canary Islands.",
        "22,100",
        "Spain",
    ),
    xfail(
        None,
        None,
        "Charges in the Greater Toronto Area can add $90,000 to a home's price.",
        "$90,000",
        "Greater Toronto Area",
        reason="a name ending in a place's noun is read only when it is a site's",
    ),
    # A country after a hyphenated compass word is the country ("north-eastern
    # Bangladesh"), not a place no list holds.
    (
        None,
        None,
        "The toll from floods in north-eastern Bangladesh rose to 67 on Thursday.",
        "67",
        "Bangladesh",
    ),
    # A river named beside a figure is geography, not its place.
    (
        "Cyclone hits Mozambique",
        "A cyclone hit Mozambique.\n\nThe toll rose to 289 as rescuers reached villages along "
        "the Buzi river.",
        "The toll rose to 289 as rescuers reached villages along the Buzi river.",
        "289",
        "Mozambique",
    ),
    # A site is no article's place: a match's arena in the first paragraph.
    (ARENA, ARENA_TEXT, "Some 300,000 people joined the parade.", "300,000", None),
    # "St" or "St." for "Saint" opening a place's name ("St Kitts", "St. Lucia"): the
    # place, as the article writes it; "St Petersburg" is Russia's city, as "Saint
    # Petersburg" is.
    (
        "Ferry operator adds sailings",
        "KINGSTOWN — Ferries between St Vincent and Bequia are full, the operator said.\n\n"
        "Fares rose 9% in October.",
        "Fares rose 9% in October.",
        "9%",
        "St Vincent",
    ),
    (None, None, "Hotel rooms in St Lucia cost $300 a night.", "$300", "St Lucia"),
    (None, None, "Hotel rooms in St. Lucia cost $300 a night.", "$300", "St. Lucia"),
    (None, None, "Rents in St Petersburg rose 9% last year.", "9%", "St Petersburg"),
    (
        "St Lucia's hotels fill up",
        "CASTRIES — Hotels are full.\n\nOccupancy reached 81% in March.",
        "Occupancy reached 81% in March.",
        "81%",
        "St Lucia",
    ),
    (None, None, "Rents in Saint Petersburg rose 9% last year.", "9%", "Saint Petersburg"),
    # A utility is a public body: its figures are its country's; a company's are not.
    (RIVERS, RIVERS_TEXT, "The utility said it needs 900 million cedis.", "900 million", "Ghana"),
    (RIVERS, RIVERS_TEXT, "The company said it needs 40 million cedis.", "40 million", None),
    # A body the article calls the state's ("state utility Électricité de Guinée (EDG)",
    # "Miyahuna Water, the state-owned water supplier,", "..., the state-owned utility said" of
    # the body the story is about) acts in its own country: its figures keep the country,
    # while a private or foreign company's, and the state body's own result, do not.
    (
        "Weak rains cut Guinea's dam output",
        "CONAKRY — The dam produced less power, state utility Électricité de Guinée (EDG) "
        "said.\n\nEDG says it has 612,000 customers, up from 480,000 in 2022.",
        "EDG says it has 612,000 customers, up from 480,000 in 2022.",
        "612,000",
        "Guinea",
    ),
    (
        "Marshall Islands power utility raises tariff",
        "MAJURO — Marshalls Energy Company will raise its tariff on November 1, the "
        "state-owned utility said.\n\n"
        "Marshalls Energy Company will charge commercial users 61 cents, up from 53 cents.",
        "Marshalls Energy Company will charge commercial users 61 cents, up from 53 cents.",
        "61 cents",
        "Marshall Islands",
    ),
    (
        "Zambia's power cuts lengthen",
        "LUSAKA — State power company Zesco will cut supply for longer, officials said.\n\n"
        "Zesco will raise its household tariff by 18% in January.",
        "Zesco will raise its household tariff by 18% in January.",
        "18%",
        "Zambia",
    ),
    (
        "Water prices to rise in Jordan",
        "AMMAN — Miyahuna Water, the state-owned water supplier, will raise prices.\n\n"
        "Miyahuna Water will charge households 1.10 dinars per cubic metre.",
        "Miyahuna Water will charge households 1.10 dinars per cubic metre.",
        "1.10 dinars",
        "Jordan",
    ),
    (
        "Zambia's power cuts lengthen",
        "LUSAKA — State power company Zesco will cut supply for longer, officials said.\n\n"
        "Lumwana Holdings will charge smelters $90 a tonne.",
        "Lumwana Holdings will charge smelters $90 a tonne.",
        "$90 a tonne",
        None,
    ),
    (
        "Zambia's power cuts lengthen",
        "LUSAKA — State power company Zesco will cut supply for longer, officials said.\n\n"
        "Zesco made a net profit of 40 million kwacha in 2025.",
        "Zesco made a net profit of 40 million kwacha in 2025.",
        "40 million kwacha",
        None,
    ),
    (
        "Marshall Islands power utility raises tariff",
        "MAJURO — Marshalls Energy Company will raise its tariff to 52 cents a kilowatt hour, "
        "the state-owned utility said.\n\nIt has 210 staff.",
        "MAJURO — Marshalls Energy Company will raise its tariff to 52 cents a kilowatt hour, "
        "the state-owned utility said.",
        "52 cents",
        "Marshall Islands",
    ),
    (
        "Zambia's power cuts lengthen",
        "LUSAKA — State power company Zesco will cut supply for longer, officials said.\n\n"
        "Zesco lost 900 million kwacha last year.",
        "Zesco lost 900 million kwacha last year.",
        "900 million kwacha",
        None,
    ),
    (
        "Zambia's power cuts lengthen",
        "LUSAKA — State power company Zesco will cut supply for longer, officials said.\n\n"
        "Zesco employs 4,800 people.",
        "Zesco employs 4,800 people.",
        "4,800 people",
        None,
    ),
    # ... and its fleet ("three Stadler trains"), not its services ("12 daily buses").
    (
        "Kosovo's rebuilt railway draws riders",
        "PRISTINA — The line reopened, state operator Trainkos said.\n\n"
        "The line has 11 stations, and Trainkos runs it with three Stadler trains.",
        "The line has 11 stations, and Trainkos runs it with three Stadler trains.",
        "three Stadler trains",
        None,
    ),
    (
        "Tanzania's city buses fill up",
        "DAR ES SALAAM — Buses are full, state operator Mwendo Transit said.\n\n"
        "Mwendo Transit runs 140 buses on six routes.",
        "Mwendo Transit runs 140 buses on six routes.",
        "140 buses",
        None,
    ),
    (
        "Tanzania's city buses fill up",
        "DAR ES SALAAM — Buses are full, state operator Mwendo Transit said.\n\n"
        "Mwendo Transit will add 12 daily buses in May.",
        "Mwendo Transit will add 12 daily buses in May.",
        "12 daily buses",
        "Tanzania",
    ),
    # A state airline or oil company trades abroad: its figures are its own.
    (
        "Oman's airline returns to profit",
        "MUSCAT — Muscat Skyways, Oman's state-owned carrier, posted a profit.\n\n"
        "Muscat Skyways flies 38 aircraft to 46 destinations.",
        "Muscat Skyways flies 38 aircraft to 46 destinations.",
        "46 destinations",
        None,
    ),
    (
        "Nigeria's fuel queues lengthen",
        "LAGOS — Fuel queues grew in Nigeria, state oil company NNPC said.\n\n"
        "Shell raised its profit by 12% in the quarter.",
        "Shell raised its profit by 12% in the quarter.",
        "12%",
        None,
    ),
    # An emergency service (civil defence, fire brigade, coast guard) is a public body:
    # its "we" figures are the place's, as the article's.
    (
        "Wildfire rages in Akkar",
        "A wildfire raged in Akkar for a third day, civil defence chief Raymond Khattar said."
        '\n\n"Our men have not slept for three days," Khattar told reporters.',
        '"Our men have not slept for three days," Khattar told reporters.',
        "three days",
        "Akkar",
    ),
    (
        "Floods swamp Porto Alegre",
        "Floods swamped Porto Alegre on Sunday, fire brigade commander Luís Prado said.\n\n"
        '"We have pulled 310 people from the water," Prado told reporters.',
        '"We have pulled 310 people from the water," Prado told reporters.',
        "310 people",
        "Porto Alegre",
    ),
    (
        "Floods swamp Mombasa",
        "Floods swamped Mombasa on Sunday, coast guard commander Jim Hale said.\n\n"
        '"We rescued 14 sailors overnight," Hale told reporters.',
        '"We rescued 14 sailors overnight," Hale told reporters.',
        "14 sailors",
        "Mombasa",
    ),
    # Not a site: a company, a site with no name, a body's name.
    (None, None, "Lakeside Copper Mines employs about 3,800 people.", "3,800 people", None),
    (None, None, "The plant produced 40,000 cars last year.", "40,000 cars", None),
    (None, None, "Shares of Kestrel Holdings fell 3%.", "3%", None),
    (None, None, "Kestrel Mining opened a mine that employs 400 people.", "400 people", None),
    # Not the figure's place: a partner ("exports to China"), a nationality, a place in a
    # clause the figure is not in.
    (JAPAN, JAPAN_TEXT, "Exports to the United States fell 11%.", "11%", "Japan"),
    (GERMANY, GERMANY_TEXT, "Their Danish striker scored 31 goals.", "31 goals", "Germany"),
    (
        None,
        None,
        "Starts in Canada rose 9%, as a surge in Ontario offset a slump.",
        "9%",
        "Canada",
    ),
    # A nationality of people away from home ("American travellers in Spain", "popular
    # with German hikers") is not the figure's place; of people at home it is ("Kenyan
    # herders" above).
    (
        None,
        None,
        "American travellers in Spain scrambled after a strike cancelled 1,100 flights.",
        "1,100 flights",
        "Spain",
    ),
    (
        None,
        None,
        "British holidaymakers in Greece lost about 300 flights to the walkout.",
        "about 300 flights",
        "Greece",
    ),
    (
        KERALA,
        KERALA_TEXT,
        "The valley, popular with German hikers, saw 40 landslides.",
        "40",
        "Kerala",
    ),
    # A partner stays a partner through "and"; a border is the neighbour's, not the
    # place of what happens beside it.
    (
        None,
        None,
        "We have 1,400 firefighters, including 300 from the United States and Australia.",
        "300",
        None,
    ),
    (None, None, "Exports to China and Japan fell 11%.", "11%", None),
    (None, None, "Some 2,000 people fled toward the Canadian border.", "2,000", None),
    (WASHINGTON, WASHINGTON_TEXT, "The fire burned 4,200 acres.", "4,200 acres", "Washington"),
    (None, None, "Inflation in Chile and Peru rose to 5%.", "5%", "Chile"),
    # A common word opening the sentence before a country is no part of a name
    # ("Neighbouring Bolivia"), unlike a club's first name ("Werder Bremen").
    (
        PARAGUAY,
        PARAGUAY_TEXT,
        "Neighbouring Bolivia reported 27,300 dengue cases this year, PAHO said.",
        "27,300 dengue cases",
        "Bolivia",
    ),
    (ZAMBIA, ZAMBIA_TEXT, "Landlocked Malawi imports 90% of its fuel.", "90%", "Malawi"),
    (None, None, "Werder Bremen paid €12m for the striker.", "€12m", None),
    (
        None,
        None,
        "Statistics Canada said 120 flights were cancelled in Manitoba.",
        "120 flights",
        "Manitoba",
    ),
    # A place inside a club's name in the title or first paragraph, which are read without
    # a parse ("Werder Bremen"); a title in title case still names its place.
    (BREMEN, BREMEN_TEXT, "Some 300,000 people are expected at the parade.", "300,000", None),
    (KERALA_CAPS, KERALA_CAPS_TEXT, "Some 300 people were evacuated.", "300", "Kerala"),
    # A country named only as what holds the article's place ("the Italian island of
    # Lampedusa") gives way to that place.
    (LAMPEDUSA, LAMPEDUSA_TEXT, "Coast guard crews rescued 640 people.", "640", "Lampedusa"),
    (KERALA_STATE, KERALA_STATE_TEXT, "Rescuers saved 300 people.", "300", "Kerala"),
    (
        None,
        None,
        "More than 2,300 migrants reached the Italian island of Lampedusa on Sunday.",
        "2,300",
        "Lampedusa",
    ),
    (None, None, "Some 40 villages in the Greek region of Thessaly flooded.", "40", "Thessaly"),
    (None, None, "Some 40 villages on the Greek coast flooded.", "40", "Greece"),
    # A compass word names a place however it is reached ("crossed northern Luzon"); a
    # named storm owns no figure, so its toll takes the place it struck.
    (
        None,
        None,
        "Typhoon Isang left at least 27 people dead as it crossed northern Luzon.",
        "at least 27",
        "northern Luzon",
    ),
    (NANDI, NANDI_TEXT, "Cyclone Nandi killed 40 people, officials said.", "40", "Mozambique"),
    (None, None, "Fans of the northern lights booked 2,000 tours with Aurora.", "2,000", None),
    # Where a figure was told, or where its teller works, is not the figure's place.
    (
        NIGERIA,
        NIGERIA_TEXT,
        '"We expect inflation to fall below 15%," the governor told reporters in Abuja.',
        "below 15%",
        "Nigeria",
    ),
    (
        NIGERIA,
        NIGERIA_TEXT,
        '"A 50 bp cut is a signal," said Tolu Adeyemi, an analyst at Meridian in Lagos.',
        "50 bp",
        "Nigeria",
    ),
    (NIGERIA, NIGERIA_TEXT, "Officials in Abuja said 40 people died in Kano.", "40", "Kano"),
    (NIGERIA, NIGERIA_TEXT, "Prices in Lagos rose 30%, the agency said.", "30%", "Lagos"),
    # A place only in the circumstance of the figure ("as buyers switched to growers in
    # Ecuador", "after Zambia defaulted") or in the field a superlative ranks it in ("among
    # the highest in Europe") is not the figure's; one in the figure's own clause is.
    (CHILE_WINE, CHILE_WINE_TEXT, CHILE_WINE_TEXT.split("\n\n")[1], "6%", "Chile"),
    (GHANA_BONDS, GHANA_BONDS_TEXT, GHANA_BONDS_TEXT.split("\n\n")[1], "9%", "Ghana"),
    (NORWAY_DEBT, NORWAY_DEBT_TEXT, NORWAY_DEBT_TEXT.split("\n\n")[1], "240%", "Norway"),
    (BOLIVIA_PRICES, BOLIVIA_PRICES_TEXT, BOLIVIA_PRICES_TEXT.split("\n\n")[1], "12%", "Bolivia"),
    (
        None,
        None,
        "Rice prices rose 8% as floods in Assam destroyed 30% of the crop.",
        "30%",
        "Assam",
    ),
    (None, None, "Rents in Lisbon rose 9%, the fastest in Portugal.", "9%", "Lisbon"),
    (None, None, "Highs in Kofu hit 40.6C, the highest in Japan.", "40.6C", "Kofu"),
    # "the country's" is the article's country.
    (
        HEAT,
        HEAT_TEXT,
        "Alerts covered 38 of the country's 47 prefectures, and highs of 39C hit Tokyo.",
        "38",
        "Japan",
    ),
    # A named fire or storm owns no figure of its own: its figures are the place's.
    (
        WASHINGTON,
        WASHINGTON_TEXT,
        "The Cedar Ridge fire had burned 11,900 acres by Tuesday.",
        "11,900 acres",
        "Washington",
    ),
    (LUZON, LUZON_TEXT, "Typhoon Isang dumped 300 mm of rain.", "300 mm", "northern Luzon"),
    (WASHINGTON, WASHINGTON_TEXT, "Kettle Foods sold 40 million bags.", "40 million", None),
    # So does a railway, a dam or a grid that acts: a fixed work's figures are its place's;
    # a craft's are no place's.
    (
        "Kenya railway ridership climbs",
        "NAIROBI — Kenya's railway opened in 2017.\n\nThe railway carried 2 million passengers.",
        "The railway carried 2 million passengers.",
        "2 million",
        "Kenya",
    ),
    (
        "Zambia power cuts deepen",
        "LUSAKA — Zambia's power cuts worsened.\n\nThe Kariba dam produced 900 GWh in May.",
        "The Kariba dam produced 900 GWh in May.",
        "900 GWh",
        "Zambia",
    ),
    (
        "Japan's probe nears the Moon",
        "TOKYO — Japan's lunar probe is on its way.\n\nThe probe travelled 380,000 km.",
        "The probe travelled 380,000 km.",
        "380,000 km",
        None,
    ),
    # The article's place is its country, even when its first paragraph names a port.
    (APAPA, APAPA_TEXT, "Officers recovered 132 million pills.", "132 million", "Nigeria"),
    # An article about a company named with its legal form: its seat ("Italian toymaker")
    # is not the place of the company's figures; a country's figure there still is.
    (
        VELMORA,
        VELMORA_TEXT,
        "The company expects the recall to cost €40 million.",
        "€40 million",
        None,
    ),
    (VELMORA, VELMORA_TEXT, "It sold 9 million toys last year.", "9 million toys", None),
    (CODELCO, CODELCO_TEXT, "Exports dropped 5%.", "5%", "Chile"),
    (AEROVIA, AEROVIA_TEXT, "Demand for regional jets rose 8%.", "8%", None),
    (KENYA_FARMERS, KENYA_FARMERS_TEXT, "They lost 30% of their herds.", "30%", "Kenya"),
    # Of the countries the first paragraph names, the one its dateline is in is the one
    # the story is about ("GUATEMALA CITY — ... as U.S. deportations rose"); a dateline
    # abroad adds no country ("LONDON — Kenya's tea exports").
    (GUATEMALA, GUATEMALA_TEXT, "Transfers averaged $420.", "$420", "Guatemala"),
    (PERU, PERU_TEXT, "Hotels filled 70% of their rooms.", "70%", "Peru"),
    (KENYA_TEA, KENYA_TEA_TEXT, "Prices averaged $3 a kilo.", "$3", "Kenya"),
    xfail(
        REFINERY,
        REFINERY_TEXT,
        REFINERY_TEXT[-50:],
        "up to 50,000 tonnes",
        "Turkmenistan",
        reason=_UNCODED,
    ),
    (REGATTA, REGATTA_TEXT, REGATTA_TEXT[-37:], "Some 2,500 sailors", "Antigua"),
    xfail(
        PASS, PASS_TEXT, "Flour prices rose 12% in a week.", "12%", "Tajikistan", reason=_UNCODED
    ),
    xfail(
        FERRY, FERRY_TEXT, "Fuel prices rose 6% during the closure.", "6%", "Fiji", reason=_UNCODED
    ),
    # A definite group of offenders ("the attackers", "the gang") acts where the story
    # is: its figure keeps the story's place, where a company's own figure has none
    # ("Shell's profit" in a story about Nigeria).
    (
        "Ransomware attack knocks out Tuvalu's government payments for nine days",
        "FUNAFUTI — A ransomware attack on Tuvalu's government network halted public-sector "
        "pay for nine days, the ministry said.\n\n"
        "The attackers demanded $1.4 million, to be paid in bitcoin within 72 hours.",
        "The attackers demanded $1.4 million, to be paid in bitcoin within 72 hours.",
        "$1.4 million",
        "Tuvalu",
    ),
    (
        "Cyber attack shuts Samoa's hospital records",
        "APIA — A cyber attack on Samoa's main hospital shut its patient records for a "
        "week.\n\nThe hackers copied 30 gigabytes of patient files.",
        "The hackers copied 30 gigabytes of patient files.",
        "30 gigabytes",
        "Samoa",
    ),
    (
        "Gunmen seize bus passengers in Nigeria",
        "ABUJA — Gunmen stopped a bus in northern Nigeria on Sunday, police said.\n\n"
        "The kidnappers asked for 50 million naira.",
        "The kidnappers asked for 50 million naira.",
        "50 million naira",
        "Nigeria",
    ),
    (
        "Nigeria's oil output climbs",
        "LAGOS — Nigeria's oil output rose to 1.6 million barrels a day in March.\n\n"
        "Shell's profit rose 12% to $7 billion.",
        "Shell's profit rose 12% to $7 billion.",
        "12%",
        None,
    ),
    (
        "Nigeria's oil output climbs",
        "LAGOS — Nigeria's oil output rose to 1.6 million barrels a day in March.\n\n"
        "TotalEnergies sold 40,000 barrels a day to Indian refiners.",
        "TotalEnergies sold 40,000 barrels a day to Indian refiners.",
        "40,000 barrels",
        None,
    ),
    # A first paragraph naming no place on its own, only one inside a longer name (the
    # "France" of "Joseph N. France General Hospital") or none at all: the story is about
    # the country of its dateline's town.
    (
        "Hospital's surgery waiting list doubles",
        "BASSETERRE — The waiting list for planned surgery at Joseph N. France General "
        "Hospital has nearly doubled to 1,340 patients since March.\n\n"
        "Patients now wait a median of 31 weeks.",
        "Patients now wait a median of 31 weeks.",
        "31 weeks",
        "Saint Kitts and Nevis",
    ),
    # ... and a title naming "St Kitts" names the place ("Saint Kitts").
    (
        "St Kitts hospital's surgery waiting list doubles",
        "BASSETERRE — The waiting list for planned surgery at Joseph N. France General "
        "Hospital has nearly doubled to 1,340 patients since March.\n\n"
        "Patients now wait a median of 31 weeks.",
        "Patients now wait a median of 31 weeks.",
        "31 weeks",
        "St Kitts",
    ),
    (
        "Clinic adds beds as flu cases climb",
        "ROSEAU — The George Washington Memorial Hospital added 40 beds in October.\n\n"
        "Doctors saw 9,000 patients last month.",
        "Doctors saw 9,000 patients last month.",
        "9,000 patients",
        "Dominica",
    ),
    (
        "Cruise calls climb at the main harbour",
        "CASTRIES — Cruise ships called at the harbour 212 times this season, the port "
        "authority said.\n\nEach passenger paid a fee of $5.",
        "Each passenger paid a fee of $5.",
        "$5",
        "Saint Lucia",
    ),
    # Not when the first paragraph names a place, if only inside a body's name ("the
    # Central Bank of Nigeria"); a company's own figure still takes none.
    (
        "Rates rise again",
        "LONDON — The Central Bank of Nigeria raised its main rate on Tuesday.\n\n"
        "Inflation reached 33% in May.",
        "Inflation reached 33% in May.",
        "33%",
        "Nigeria",
    ),
    (
        "Tea exports slip",
        "LONDON — The Kenya Tea Board said exports fell in May.\n\nPrices averaged $3 a kilo.",
        "Prices averaged $3 a kilo.",
        "$3",
        "Kenya",
    ),
    (
        "Luzmart profit climbs 12%",
        "MANILA — Luzmart Holdings Inc. posted a net profit of P4 billion in the half.\n\n"
        "Same-store sales grew 4.8%.",
        "Same-store sales grew 4.8%.",
        "4.8%",
        None,
    ),
    (
        "Shipbuilder's profit climbs",
        "SEOUL — Hanbit Heavy Industries posted a net profit of 1.2 trillion won.\n\n"
        "Hanbit Heavy Industries expects its order book to grow 8% next year.",
        "Hanbit Heavy Industries expects its order book to grow 8% next year.",
        "8%",
        None,
    ),
    # A story about a route its first paragraph names ("the Western Line between Pristina
    # and Peja", "flights between Nairobi and Kisumu"): the two places, as written, when
    # both are of one country (one may be too small for the lists: "Peja").
    (
        "Kosovo's rebuilt Pristina-Peja railway draws twice the riders it planned for",
        "PRISTINA — Kosovo's rebuilt Western Line between Pristina and Peja has carried 48,600 "
        "passengers since it reopened on July 28.\n\nA single ticket costs €3.50.",
        "A single ticket costs €3.50.",
        "€3.50",
        "Pristina and Peja",
    ),
    (
        "Electric trains fill up",
        "DAR ES SALAAM — Tanzania's electric line between Dar es Salaam and Dodoma carried 1.1 "
        "million passengers in its first year.\n\nA second-class seat costs 40,000 shillings.",
        "A second-class seat costs 40,000 shillings.",
        "40,000 shillings",
        "Dar es Salaam and Dodoma",
    ),
    (
        "Lake flights double",
        "NAIROBI — Flights between Nairobi and Kisumu rose to 14 a day in May.\n\n"
        "A one-way fare costs 6,500 shillings.",
        "A one-way fare costs 6,500 shillings.",
        "6,500 shillings",
        "Nairobi and Kisumu",
    ),
    # Not two countries, nor two places that are no route ("talks between", "the gap").
    (
        "Border reopens",
        "NAIROBI — Trade between Kenya and Uganda resumed on Monday.\n\nMaize prices rose 12%.",
        "Maize prices rose 12%.",
        "12%",
        "Kenya",
    ),
    (
        "Andean flights resume",
        "BOGOTA — Flights between Bogota and Quito resumed on Monday.\n\nFares rose 12% in a week.",
        "Fares rose 12% in a week.",
        "12%",
        "Bogota",
    ),
    (GENEVA_AID, GENEVA_AID_TEXT, "Maize prices rose 20%.", "20%", "Malawi"),
    (MUMBAI, MUMBAI_TEXT, "Fares range from Rs 10.", "Rs 10", "Mumbai"),
    (SAILING, SAILING_TEXT, "A fleet of 112 boats started the regatta.", "112 boats", "Antigua"),
    (CYCLING, CYCLING_TEXT, "Some 50,000 fans lined the route.", "Some 50,000 fans", "Rwanda"),
    (ROWING, ROWING_TEXT, "About 300 crews entered this year.", "About 300 crews", "Lucerne"),
    (HERDERS, HERDERS_TEXT, "They lost 30% of their herds.", "30%", "Kenya"),
    # An international lender's loan is the borrowing country's; a company's own figure
    # still has no place.
    (
        GHANA_IMF,
        GHANA_IMF_TEXT,
        "The International Monetary Fund approved the release of $600 million to the country.",
        "$600 million",
        "Ghana",
    ),
    (
        GHANA_IMF,
        GHANA_IMF_TEXT,
        "The World Bank will lend $250 million for roads.",
        "$250 million",
        "Ghana",
    ),
    (GHANA_IMF, GHANA_IMF_TEXT, "Kumasi Breweries sold 40 million bottles.", "40 million", None),
    # A sentence naming no place, right after one of the same paragraph naming one place
    # within the article's: that place. Not across a paragraph, not after two places, a
    # partner, or a sentence that may name where it was told.
    (KENYA_TOWNS, KENYA_TOWNS_TEXT, "Queues there stretched for 3 km.", "3 km", "Mombasa"),
    (
        KENYA_TOWNS,
        KENYA_TOWNS_TEXT,
        "Rooms cost 9,000 shillings a night.",
        "9,000 shillings",
        "Kenya",
    ),
    (KENYA_TOWNS, KENYA_TOWNS_TEXT, "Officials counted 14 million ballots.", "14 million", "Kenya"),
    (KENYA_TOWNS, KENYA_TOWNS_TEXT, "Imports fell 3%.", "3%", "Kenya"),
    (
        KENYA_TOWNS,
        KENYA_TOWNS_TEXT,
        "Some 9 million ballots were cast.",
        "9 million",
        "Kenya",
    ),
    # No place: none named anywhere; a place inside a name.
    (None, None, "The rocket carries 20 tonnes.", "20 tonnes", None),
    (None, None, "Kenya Airways carried 5 million passengers.", "5 million", None),
    # A country inside a body's name tells the article's jurisdiction when nothing else
    # does; a region's does not ("Falcon Gulf Airways").
    (None, None, "The Central Bank of Nigeria cut its rate to 27%.", "27%", "Nigeria"),
    (None, None, "Falcon Gulf Airways carried 54 million passengers.", "54 million", None),
    xfail(
        None,
        None,
        "The Bank of England raised rates to 5%.",
        "5%",
        "UK",
        reason="England is a nation of the UK: the bank's jurisdiction is not read from it",
    ),
    (None, None, "Mobile phone sales rose 5%.", "5%", None),
    # A person's own age is no place's figure ("Rosa Quispe, 44", "a 67-year-old
    # fisherman"); an age bounding a group of the place's people is the place's.
    (PAITA, PAITA_TEXT, "The judge jailed Rosa Quispe, 44, for fraud.", "44", None),
    (PAITA, PAITA_TEXT, "Manuel Paredes, 39, said the river rose 3 metres.", "39", None),
    (PAITA, PAITA_TEXT, "Manuel Paredes, 39, said the river rose 3 metres.", "3 metres", "Peru"),
    (PAITA, PAITA_TEXT, "A 67-year-old fisherman in Paita lost his boat.", "67-year-old", None),
    (PAITA, PAITA_TEXT, "Haile, 24, covered the 1,130 km route.", "24", None),
    (PAITA, PAITA_TEXT, "A ticket costs S/ 31, about $9 at the current rate.", "$9", "Peru"),
    (
        PAITA,
        PAITA_TEXT,
        "Teenagers aged 15 to 17 make up 8% of the workforce.",
        "15 to 17",
        "Peru",
    ),
    (PAITA, PAITA_TEXT, "Prices rose 4% for families of four.", "4%", "Peru"),
    # A bare common noun opening the sentence ("Hydropower", "Irrigation", "Smallholders")
    # names what is measured or a class of people, not a body owning the figure: the
    # article's place. A body's plural is still a public body ("the courts").
    (MALAWI, MALAWI_TEXT, "Irrigation covered 40% of farms.", "40%", "Malawi"),
    (MALAWI, MALAWI_TEXT, "Hydropower supplied 90% of the grid's power.", "90%", "Malawi"),
    (MALAWI, MALAWI_TEXT, "Smallholders sold 30,000 tonnes at auction.", "30,000 tonnes", "Malawi"),
    (MALAWI, MALAWI_TEXT, "The courts jailed 12 smugglers.", "12", "Malawi"),
    (MALAWI, MALAWI_TEXT, "The magistrates fined 9 traders.", "9", "Malawi"),
    (MALAWI, MALAWI_TEXT, "Kettle Foods sold 40 million bags.", "40 million", None),
    # A company-wide result (profit, earnings per share, dividend, margin) in a sentence
    # naming no place nor owner: no place; a country's tax revenue or people's average
    # earnings stay the country's. The country a superlative ranks a company in
    # ("Nigeria's largest brewer") is not where its figure is.
    (LAGOS_BREWER, LAGOS_BREWER_TEXT, "Net profit rose to N12 billion.", "N12 billion", None),
    (LAGOS_BREWER, LAGOS_BREWER_TEXT, "Earnings per share were 95 kobo.", "95 kobo", None),
    (
        LAGOS_BREWER,
        LAGOS_BREWER_TEXT,
        "The board declared a dividend of 40 kobo a share.",
        "40 kobo",
        None,
    ),
    (LAGOS_BREWER, LAGOS_BREWER_TEXT, "Its gross margin widened to 38%.", "38%", None),
    (LAGOS_BREWER, LAGOS_BREWER_TEXT, "Tax revenue rose 8%.", "8%", "Nigeria"),
    (LAGOS_BREWER, LAGOS_BREWER_TEXT, "Average earnings rose 6%.", "6%", "Nigeria"),
    (LAGOS_BREWER, LAGOS_BREWER_TEXT, "Imports fell 3%.", "3%", "Nigeria"),
    (
        "Japan's exporters squeezed",
        "Japan's exporters are squeezed.\n\n"
        "The yen rose 8% against the dollar, squeezing exporters' profits.",
        "The yen rose 8% against the dollar, squeezing exporters' profits.",
        "8%",
        "Japan",
    ),
    (
        LAGOS_BREWER,
        LAGOS_BREWER_TEXT,
        "LAGOS — Harbour Breweries, Nigeria's largest brewer, reported a 20% rise in profit.",
        "20%",
        None,
    ),
    (None, None, "Lagos, Nigeria's largest city, recorded 39C.", "39C", "Lagos"),
    (None, None, "Kenya's largest lender cut 300 jobs in Nairobi.", "300", "Nairobi"),
    # A place in a relative clause about something else, with a subject of its own ("a
    # heatwave in which temperatures in Montevideo passed 38C") is that clause's figure's,
    # not the main clause's; "stores that opened in Texas" still places the stores.
    (
        "Uruguay's power demand climbs",
        "Uruguay's power demand climbed.\n\n"
        "Demand rose 3.4%, driven by a heatwave in which temperatures in Montevideo passed 38C.",
        "Demand rose 3.4%, driven by a heatwave in which temperatures in Montevideo passed 38C.",
        "3.4%",
        "Uruguay",
    ),
    (
        "Uruguay's power demand climbs",
        "Uruguay's power demand climbed.\n\n"
        "Demand rose 3.4%, driven by a heatwave in which temperatures in Montevideo passed 38C.",
        "Demand rose 3.4%, driven by a heatwave in which temperatures in Montevideo passed 38C.",
        "38C",
        "Montevideo",
    ),
    (
        "Brazil's soy exports",
        "Brazil's soy exports rose.\n\n"
        "Exports rose 8%, helped by a crop that farmers in Mato Grosso harvested early.",
        "Exports rose 8%, helped by a crop that farmers in Mato Grosso harvested early.",
        "8%",
        "Brazil",
    ),
    (None, None, "Sales at stores that opened in Texas rose 5%.", "5%", "Texas"),
    # A climate pattern's name is no place ("the coastal El Niño").
    (PAITA, PAITA_TEXT, "The coastal El Niño of 2017 killed 162 people.", "162 people", "Peru"),
    (PAITA, PAITA_TEXT, "A weak La Niña cut rainfall by 30%.", "30%", "Peru"),
    # The whole a partitive opens with ("Of the 47 dead, 19 were in Piura") is not in the
    # place its part is; the part is.
    (PAITA, PAITA_TEXT, "Of the 47 dead, 19 were in the Piura region.", "47", "Peru"),
    (PAITA, PAITA_TEXT, "Of the 420 killed, 236 died in Tumbes province.", "420", "Peru"),
    (
        PAITA,
        PAITA_TEXT,
        "Of the 420 killed, 236 died in Tumbes province.",
        "236",
        "Tumbes",
    ),
    (PAITA, PAITA_TEXT, "Of the 30 towns in Piura, 12 were flooded.", "30 towns", "Piura"),
    # A currency a rate is counted per is a partner, not the place ("per US dollar").
    (
        "Jamaica cuts rates",
        "Jamaica's central bank cut rates.\n\nThe Jamaican dollar traded at J$158 per US dollar.",
        "The Jamaican dollar traded at J$158 per US dollar.",
        "J$158",
        "Jamaica",
    ),
    (
        "Ghana's cedi steadies",
        "Ghana's cedi steadied.\n\nThe cedi was worth 15 per euro.",
        "The cedi was worth 15 per euro.",
        "15",
        "Ghana",
    ),
    (None, None, "Exports to US markets fell 8%.", "8%", None),
    (
        "Philippine inflation eases",
        "Inflation eased in the Philippines.\n\n"
        "Inflation eased to 1.4%, according to the Philippine Statistics Authority.",
        "Inflation eased to 1.4%, according to the Philippine Statistics Authority.",
        "1.4%",
        "Philippines",
    ),
    # The field a superlative ranks the figure in ("among the highest prices in Latin
    # America") is not its place.
    (
        "Uruguay's power prices",
        "Uruguay's power prices are high.\n\n"
        "Homes pay 9.5 pesos per kilowatt hour, among the highest prices in Latin America.",
        "Homes pay 9.5 pesos per kilowatt hour, among the highest prices in Latin America.",
        "9.5 pesos",
        "Uruguay",
    ),
    (
        "Chile's copper exports",
        "Chile's copper exports rose.\n\n"
        "Santiago pays 120 pesos a litre for water, one of the highest prices in South America.",
        "Santiago pays 120 pesos a litre for water, one of the highest prices in South America.",
        "120 pesos",
        "Santiago",
    ),
    # A demonym describing a company by its trade is the company's seat, not the
    # article's place; a demonym of a class of people is ("Dominican cigar growers").
    (PUEBLA, PUEBLA_TEXT, "Inflation slowed to 4.1% in September.", "4.1%", "Mexico"),
    (GDANSK, GDANSK_TEXT, "The central bank held its rate at 5.75%.", "5.75%", "Poland"),
    (
        CIBAO,
        CIBAO_TEXT,
        "Leaf prices doubled to 300 pesos a pound.",
        "300 pesos",
        "Dominican Republic",
    ),
    # The country of the currency a sum is counted in is not the sum's place ("14 US
    # cents"); a currency's own moves are its country's ("The Kenyan shilling fell 2%").
    (
        "Cambodia's garment makers squeezed",
        "Cambodia's garment makers are squeezed.\n\nFactories pay 14 US cents a unit.",
        "Factories pay 14 US cents a unit.",
        "14 US cents",
        "Cambodia",
    ),
    (
        "Samoa's farmers squeezed",
        "Samoa's farmers are squeezed.\n\nGrowers get 60 Australian cents a kilo for taro.",
        "Growers get 60 Australian cents a kilo for taro.",
        "60 Australian cents",
        "Samoa",
    ),
    (
        "Samoa's farmers squeezed",
        "Samoa's farmers are squeezed.\n\nGrowers get 60 Australian cents a kilo for taro.",
        "Growers get 60 Australian cents a kilo for taro.",
        "60",
        "Samoa",
    ),
    # The same of the currency a share is paid or held in ("70% in US dollars").
    (
        "Zimbabwe's tobacco farmers paid late",
        "Zimbabwe's tobacco farmers are paid late.\n\nFarmers must be paid at least 70% in US "
        "dollars under rules the central bank set in January.",
        "Farmers must be paid at least 70% in US dollars under rules the central bank set in "
        "January.",
        "at least 70%",
        "Zimbabwe",
    ),
    (
        "Zimbabwe's banks short of cash",
        "Zimbabwe's banks are short of cash.\n\nAbout 40% of bank deposits are held in US dollars.",
        "About 40% of bank deposits are held in US dollars.",
        "About 40%",
        "Zimbabwe",
    ),
    (
        "Fiji's lenders tighten",
        "Fiji's lenders tighten.\n\nHalf of the loans are in Australian dollars.",
        "Half of the loans are in Australian dollars.",
        "Half",
        "Fiji",
    ),
    (
        "Kenya's shilling slides",
        "Kenya's shilling slid on Monday.\n\nThe Kenyan shilling fell 2% against the dollar.",
        "The Kenyan shilling fell 2% against the dollar.",
        "2%",
        "Kenya",
    ),
    # A place that is the subject of a "with" clause told beside the figure ("..., with
    # Italy taking 60%") is not the place of the figure outside it.
    (
        "Greek olive oil exports rise",
        "Greek olive oil exports rose this year.\n\n"
        "Exports rose 22% to 118,000 tonnes, with Italy taking about 60%.",
        "Exports rose 22% to 118,000 tonnes, with Italy taking about 60%.",
        "22%",
        "Greece",
    ),
    (
        "Colombia's coffee exports climb",
        "Colombia's coffee exports climbed in May.\n\n"
        "Shipments reached 1.2 million bags, with Germany buying about a third.",
        "Shipments reached 1.2 million bags, with Germany buying about a third.",
        "1.2 million bags",
        "Colombia",
    ),
    (None, None, "Sales rose 5% with prices in Lagos up 9%.", "9%", "Lagos"),
    # The owner of a standard a figure is set against ("well above the EU's 3% limit",
    # "below Japan's average") is not the figure's place; the standard's own figure is.
    (
        "Estonia's deficit widens",
        "Estonia's deficit widened.\n\n"
        "The deficit is forecast at 4.5% of GDP, well above the EU's 3% limit.",
        "The deficit is forecast at 4.5% of GDP, well above the EU's 3% limit.",
        "4.5%",
        "Estonia",
    ),
    (
        "Slovakia's wages rise",
        "Slovakia's wages rose in May.\n\nWages grew 7% last year, below Germany's 9% rise.",
        "Wages grew 7% last year, below Germany's 9% rise.",
        "7%",
        "Slovakia",
    ),
    (
        "Estonia's deficit widens",
        "Estonia's deficit widened.\n\n"
        "The deficit is forecast at 4.5% of GDP, well above the EU's 3% limit.",
        "The deficit is forecast at 4.5% of GDP, well above the EU's 3% limit.",
        "3%",
        "EU",
    ),
    # Where goods or people leave for is a destination ("leave Sihanoukville for
    # Singapore"): the place is the one they leave.
    (
        None,
        None,
        "About 1,200 containers a week now leave Sihanoukville for Singapore.",
        "1,200 containers",
        "Sihanoukville",
    ),
    (
        None,
        None,
        "Each week 40 ships leave Mombasa for Durban.",
        "40 ships",
        "Mombasa",
    ),
    (None, None, "Each day 12 ferries leave Kalamata for Crete.", "12 ferries", "Kalamata"),
    (None, None, "Prices for Tokyo flats rose 4%.", "4%", "Tokyo"),
    (
        "Cambodia's power costs",
        "Cambodia's power costs are high.\n\n"
        "Factories pay 14 cents per kilowatt hour, against 8 cents in Vietnam.",
        "Factories pay 14 cents per kilowatt hour, against 8 cents in Vietnam.",
        "14 cents",
        "Cambodia",
    ),
    (
        "Cambodia's power costs",
        "Cambodia's power costs are high.\n\n"
        "Factories pay 14 cents per kilowatt hour, against 8 cents in Vietnam.",
        "Factories pay 14 cents per kilowatt hour, against 8 cents in Vietnam.",
        "8 cents",
        "Vietnam",
    ),
    # The article's site: its figures take the site's place; the company's own and the
    # country's do not.
    (HALDEN, HALDEN_TEXT, "The mill can make 300,000 tonnes of paper a year.", "300,000", "Halden"),
    (
        ZWICKAU,
        ZWICKAU_TEXT,
        "Workers at the plant will earn about €4,100 a month.",
        "€4,100",
        "Zwickau",
    ),
    (HALDEN, HALDEN_TEXT, "The company sold 2 million tonnes.", "2 million tonnes", None),
    (
        "Zambia mine flood traps miners",
        "KITWE — A tunnel flooded at the Chibuluma South copper mine in Zambia on Monday.\n\n"
        "Rescuers at the site pumped out 2,000 cubic metres of water.",
        "Rescuers at the site pumped out 2,000 cubic metres of water.",
        "2,000 cubic metres",
        "Chibuluma South",
    ),
    xfail(
        "Tesla plant hires",
        "Tesla expanded the Tesla plant in Texas.\n\nThe plant hired 3,000 workers.",
        "The plant hired 3,000 workers.",
        "3,000 workers",
        "Texas",
        reason="a company's name before its works is read as the works' own name",
    ),
    (ZWICKAU, ZWICKAU_TEXT, "Germany's car output fell 3%.", "3%", "Germany"),
    # The field a superlative ranks a thing in when the ranking is said of it ("which
    # would make the site the largest battery factory in Europe"); not a ranked subject
    # ("The highest temperature in Tokyo was 39C").
    (
        "Hungary's battery boom",
        "Hungary's battery plants expand.\n\n"
        "It plans to reach 100 GWh, which would make it the largest battery factory in Europe.",
        "It plans to reach 100 GWh, which would make it the largest battery factory in Europe.",
        "100 GWh",
        "Hungary",
    ),
    (
        "Kenya's geothermal output rises",
        "Kenya's geothermal output rose.\n\n"
        "The field produces 800 MW, making it the biggest geothermal field in Africa.",
        "The field produces 800 MW, making it the biggest geothermal field in Africa.",
        "800 MW",
        "Kenya",
    ),
    (None, None, "The highest temperature in Tokyo was 39C.", "39C", "Tokyo"),
    # A town too small for the lists that the article writes as a place elsewhere ("Mills
    # around Kalamata") is a place wherever it stands ("Kalamata recorded"); one it never
    # writes so is not read bare.
    (
        "Greek olive oil prices halve",
        "Mills around Kalamata paid €4.50 a kilo.\n\nKalamata recorded 214 millimetres of rain.",
        "Kalamata recorded 214 millimetres of rain.",
        "214 millimetres",
        "Kalamata",
    ),
    (
        "Floods hit Romania's Danube delta",
        "Farms around Tulcea flooded on Monday.\n\nTulcea recorded 90 mm of rain in a day.",
        "Tulcea recorded 90 mm of rain in a day.",
        "90 mm",
        "Tulcea",
    ),
    (
        "Greek olive oil prices halve",
        "Greek olive oil prices halved.\n\nKalamata recorded 214 millimetres of rain.",
        "Kalamata recorded 214 millimetres of rain.",
        "214 millimetres",
        "Greece",
    ),
    # A country whose name is also a person's or a US state's ("Jordan", "Georgia") is the
    # country wherever the article writes it when its dateline's city is in that country;
    # datelined elsewhere, a bare "Jordan" stays a person's name.
    (TBILISI, TBILISI_TEXT, "Prices rose 8%.", "8%", "Georgia"),
    (TBILISI, TBILISI_TEXT, TBILISI_TEXT.split("\n")[0], "3,000 tonnes", "Georgia"),
    (AMMAN, AMMAN_TEXT, "The subsidy reaches 70% of households.", "70%", "Jordan"),
    (AMMAN, AMMAN_TEXT, AMMAN_TEXT.split("\n")[0], "90 million dinars", "Jordan"),
    (
        "Bulls beat Knicks",
        "CHICAGO — Jordan scored 40 points on Friday.\n\nThe crowd reached 21,000.",
        "CHICAGO — Jordan scored 40 points on Friday.",
        "40 points",
        None,
    ),
    (
        "Chad rows to a record",
        "LONDON — Chad rowed 3,000 miles alone.\n\nHe lost 12 kg.",
        "He lost 12 kg.",
        "12 kg",
        None,
    ),
    # A place named as a seller's market ("remained the biggest buyer", "the
    # second-largest market") is the seller's figure: the article's place; a place named
    # as what else it is ("the biggest producer", "the busiest port") is itself.
    (
        KENYA_TEA2,
        KENYA_TEA2_TEXT,
        "Pakistan remained the biggest buyer, taking 40% of the crop.",
        "40%",
        "Kenya",
    ),
    (
        KENYA_TEA2,
        KENYA_TEA2_TEXT,
        "Egypt was the second-largest market with 60 million kg.",
        "60 million kg",
        "Kenya",
    ),
    (
        KENYA_TEA2,
        KENYA_TEA2_TEXT,
        "Egypt, the second-largest market, took 60 million kg.",
        "60 million kg",
        "Kenya",
    ),
    (
        KENYA_TEA2,
        KENYA_TEA2_TEXT,
        "Kenya remained the biggest producer, with 570 million kg.",
        "570 million kg",
        "Kenya",
    ),
    (
        KENYA_TEA2,
        KENYA_TEA2_TEXT,
        "Mombasa remained the busiest port, with 1.6 million containers.",
        "1.6 million containers",
        "Mombasa",
    ),
    # Refugees' demonym tells where they fled from, not where they are counted; herders'
    # is their place.
    (
        "Chad strains under refugee influx",
        "N'DJAMENA — Chad appealed for aid on Monday.\n\n"
        "The country hosts 700,000 Sudanese refugees, the UN said.",
        "The country hosts 700,000 Sudanese refugees, the UN said.",
        "700,000",
        "Chad",
    ),
    (
        "Poland's refugee bill grows",
        "WARSAW — Poland's refugee spending rose.\n\n"
        "Some 950,000 Ukrainian refugees live in the country.",
        "Some 950,000 Ukrainian refugees live in the country.",
        "950,000",
        "Poland",
    ),
    (
        DROUGHT,
        "Drought hit Kenya.\n\nKenyan herders lost 30% of their herds.",
        "Kenyan herders lost 30% of their herds.",
        "30%",
        "Kenya",
    ),
    # A place a site is placed from ("80 km north of Lamu") is not where it is; "the north
    # of Kenya" is Kenya's.
    (
        "Kenya finds oil",
        "NAIROBI — Kenya struck oil.\n\nThe field, 80 km north of Lamu, holds 560 million barrels.",
        "The field, 80 km north of Lamu, holds 560 million barrels.",
        "560 million barrels",
        "Kenya",
    ),
    (ZAMBIA_COPPER, ZAMBIA_COPPER_TEXT, ZAMBIA_MINE, "3,000 people", "Zambia"),
    (
        DROUGHT,
        DROUGHT_TEXT.format("Kenya"),
        "Rain in the north of Kenya fell 40% short.",
        "40%",
        "Kenya",
    ),
    (
        DROUGHT,
        DROUGHT_TEXT.format("Turkana"),
        "Rain in the north of Turkana fell 40% short.",
        "40%",
        "Turkana",
    ),
    # A demonym before the lender or buyer a figure goes to ("owes $3 billion to Chinese
    # banks") is a partner; before the figure's own subject ("Chinese smelters paid") not.
    (
        ZAMBIA_COPPER,
        ZAMBIA_COPPER_TEXT,
        "The utility owes $3 billion to Chinese banks.",
        "$3 billion",
        "Zambia",
    ),
    (ZAMBIA_COPPER, ZAMBIA_COPPER_TEXT, "Exports to Chinese buyers rose 12%.", "12%", "Zambia"),
    (ZAMBIA_COPPER, ZAMBIA_COPPER_TEXT, "Chinese smelters paid $9,000 a tonne.", "$9,000", "China"),
    # A world benchmark's price as the figure's subject ("Brent crude traded at", "the spot
    # price rose") is no place's; a budget assuming a Brent price, a pump price, are the
    # country's.
    (GHANA_OIL, GHANA_OIL_TEXT, "Brent crude traded at $82 a barrel on Friday.", "$82", None),
    (GHANA_OIL, GHANA_OIL_TEXT, "The spot price of uranium rose to $90 a pound.", "$90", None),
    (GHANA_OIL, GHANA_OIL_TEXT, "WTI fell 2% on Monday.", "2%", None),
    (GHANA_OIL, GHANA_OIL_TEXT, "The budget assumes a Brent price of $70.", "$70", "Ghana"),
    (GHANA_OIL, GHANA_OIL_TEXT, "Petrol prices rose 6% in May.", "6%", "Ghana"),
    # A country or a demonym opening a person's full name tells their nationality, not the
    # place of the article ("Austrian Felix Brandner won the downhill in Zurich") nor of
    # the figure ("cheered Switzerland's Nico Arnold"); "Kenya's athletes" stays Kenya's.
    (DOWNHILL, DOWNHILL_TEXT, "Some 30,000 fans watched.", "30,000 fans", "Zurich"),
    (
        DOWNHILL,
        DOWNHILL_TEXT,
        "Tickets sold out within two hours, Norway's Sindre Moe said.",
        "two hours",
        "Zurich",
    ),
    (
        DOWNHILL,
        DOWNHILL_TEXT,
        "A crowd of 20,000 cheered Switzerland's Nico Arnold.",
        "20,000",
        "Zurich",
    ),
    (
        "Moe wins the sprint",
        "Norway's Sindre Moe won the sprint in Helsinki on Sunday.\n\nSome 12,000 fans watched.",
        "Some 12,000 fans watched.",
        "12,000 fans",
        "Helsinki",
    ),
    (
        "Kenya tops the medal table",
        "Kenya's athletes won 11 medals in Budapest.\n\nThey set 2 records.",
        "They set 2 records.",
        "2 records",
        "Kenya",
    ),
    # A body's or a line's name after a place's possessive is no person's ("Kenya's
    # Independent Electoral and Boundaries Commission", "Mumbai's underground Metro Line").
    (
        "Electoral body opens voter drive",
        "NAIROBI — Kenya's Independent Electoral and Boundaries Commission aims to register "
        "6 million voters.\n\nQueues stretched for 2 km.",
        "Queues stretched for 2 km.",
        "2 km",
        "Kenya",
    ),
    (
        MUMBAI,
        "MUMBAI — Mumbai's underground Metro Line 3 carried 1.8 lakh a day.\n\n"
        "Ridership was less than a quarter of the forecast.",
        "Ridership was less than a quarter of the forecast.",
        "less than a quarter",
        "Mumbai",
    ),
    # The town a story is filed from, named in its title too, is what it is about when the
    # title and the first paragraph name no other place; a dateline alone is not.
    (
        "Record crowd as Wengen hosts the downhill",
        WENGEN_TEXT,
        "Some 30,000 fans watched.",
        "30,000 fans",
        "Wengen",
    ),
    (
        "Adelboden slalom sells out",
        "ADELBODEN — The giant slalom sold out on Friday.\n\nHotels were 95% full.",
        "Hotels were 95% full.",
        "95%",
        "Adelboden",
    ),
    (
        "Record crowd for the downhill",
        WENGEN_TEXT,
        "Some 30,000 fans watched.",
        "30,000 fans",
        None,
    ),
    # A country the title and first paragraph give only by a demonym tells whose the winner
    # or the crowd is ("the first Dutch winner"), not another place: the town still is what
    # the story is about, listed or not. A country named by its name stays.
    (
        "Dutch win at Wijk aan Zee ends 13-year wait",
        "WIJK AAN ZEE — Jorden Visser became the first Dutch winner of the tournament in 13 "
        "years on Sunday.\n\nHotels were 95% full during the event.",
        "Hotels were 95% full during the event.",
        "95%",
        "Wijk aan Zee",
    ),
    (
        "Swiss crowd of 38,000 cheers home win at Adelboden",
        "ADELBODEN — A Swiss skier won the giant slalom on Saturday for the first time since "
        "2019.\n\nSome 38,000 fans watched.",
        "Some 38,000 fans watched.",
        "38,000 fans",
        "Adelboden",
    ),
    (
        "Kenyan runners sweep Iten hill race",
        "ITEN — Kenyan athletes took the first five places in the hill race on Sunday.\n\n"
        "About 1,200 runners finished the course.",
        "About 1,200 runners finished the course.",
        "1,200 runners",
        "Iten",
    ),
    (
        "Chinese battery maker opens Debrecen plant",
        "DEBRECEN — Chinese battery maker Huaneng Cell opened its plant in eastern Hungary on "
        "Wednesday.\n\nAbout 1,800 people work there now.",
        "About 1,800 people work there now.",
        "1,800 people",
        "Hungary",
    ),
    (
        "Dutch win ends 13-year wait",
        "WIJK AAN ZEE — Jorden Visser became the first Dutch winner of the tournament in 13 "
        "years on Sunday.\n\nHotels were 95% full during the event.",
        "Hotels were 95% full during the event.",
        "95%",
        "Netherlands",
    ),
    # A place the dateline names is where the story was filed, in the sentence's text but
    # not in what it says: "PORT OF SPAIN" is no Spain, "PLANICA, Slovenia" no figure of
    # Slovenia's. A place named after the dateline, or in a sentence without one, stays.
    (
        "Trinidad and Tobago budget banks on gas as deficit widens to TT$6.2 billion",
        "PORT OF SPAIN — Trinidad and Tobago's government presented a TT$62.4 billion budget "
        "on Monday.",
        "PORT OF SPAIN — Trinidad and Tobago's government presented a TT$62.4 billion budget "
        "on Monday.",
        "TT$62.4 billion",
        "Trinidad and Tobago",
    ),
    (
        "Kos flies 251.5 metres to win Planica finale before record crowd",
        "PLANICA, Slovenia — Žan Kos won the last ski flying event of the season on Sunday, "
        "as a record 42,000 spectators packed the valley.",
        "PLANICA, Slovenia — Žan Kos won the last ski flying event of the season on Sunday, "
        "as a record 42,000 spectators packed the valley.",
        "42,000 spectators",
        "Planica",
    ),
    (
        "Record crowd as Santo Domingo hosts the final",
        "SANTO DOMINGO, Dominican Republic — Some 40,000 fans watched the baseball final on "
        "Sunday.",
        "SANTO DOMINGO, Dominican Republic — Some 40,000 fans watched the baseball final on "
        "Sunday.",
        "40,000 fans",
        "Santo Domingo",
    ),
    (
        "New Zealand dairy exports climb",
        "BRISBANE, Australia — New Zealand's dairy exports rose 4% in May, the agency said.",
        "BRISBANE, Australia — New Zealand's dairy exports rose 4% in May, the agency said.",
        "4%",
        "New Zealand",
    ),
    (
        "Nigeria fuel prices climb",
        "LAGOS, Nigeria — Fuel prices rose 12% in May.",
        "LAGOS, Nigeria — Fuel prices rose 12% in May.",
        "12%",
        "Nigeria",
    ),
    # A person's figure takes the article's place, the person known by a full name the
    # article writes (not only one it gives a role): a jump at Planica is Planica's. A
    # company's figure still takes none.
    (
        "Kos flies 251.5 metres to win Planica finale",
        "PLANICA, Slovenia — Žan Kos won the last ski flying event of the season on Sunday."
        '\n\nKos took off at 106.2 km/h in a tailwind. "I dreamt of this," Kos said.',
        "Kos took off at 106.2 km/h in a tailwind.",
        "106.2 km/h",
        "Planica",
    ),
    (
        "Nowak wins Sopot regatta",
        "SOPOT — Łukasz Nowak won the regatta on Sunday, and the crowd cheered Nowak home."
        "\n\nNowak sailed 412 km in two days.",
        "Nowak sailed 412 km in two days.",
        "412 km",
        "Sopot",
    ),
    (
        "Wanjiru wins the Iten hill race",
        "ITEN — Njeri Wanjiru won the hill race on Sunday.\n\n"
        '"I ran for my village," Wanjiru said.\n\n'
        "Wanjiru finished the course in 2 hours and 21 minutes.",
        "Wanjiru finished the course in 2 hours and 21 minutes.",
        "2 hours and 21 minutes",
        "Iten",
    ),
    xfail(
        "Marsh wins Geelong regatta",
        "GEELONG — Lena Marsh won the regatta on Sunday.\n\nMarsh sailed 412 km in two days.",
        "Marsh sailed 412 km in two days.",
        "412 km",
        "Geelong",
        reason="a given name that is an English word ('Lena', 'Faith') makes no full name",
    ),
    (
        "Marsh wins Geelong regatta",
        "GEELONG — Lena Marsh won the regatta on Sunday.\n\nOrla Foods sold 40 million bags.",
        "Orla Foods sold 40 million bags.",
        "40 million",
        None,
    ),
    (
        "Botswana diamond sales fall",
        "GABORONE — Botswana's main miner, Kgale Diamonds, said sales fell on Thursday.\n\n"
        "Kgale Diamonds sold 3.9 million carats. Diamonds make up 80% of exports.",
        "Kgale Diamonds sold 3.9 million carats.",
        "3.9 million carats",
        None,
    ),
    (
        "Baseball final draws a crowd",
        "Santo Domingo, the capital, drew 40,000 fans on Sunday.",
        "Santo Domingo, the capital, drew 40,000 fans on Sunday.",
        "40,000 fans",
        "Santo Domingo",
    ),
    # ... and a country the title names only as the holder of that town ("Myanmar's Bago
    # region") is no other place: the story is about the town. A country the title names
    # on its own stays what the story is about.
    (
        "Floods kill at least 46 in Myanmar's Bago region as Sittaung river bursts its banks",
        "BAGO, Myanmar — Floods in central Myanmar have killed at least 46 people since "
        "Friday.\n\nMore rain is forecast, with up to 150 mm expected by Wednesday.",
        "More rain is forecast, with up to 150 mm expected by Wednesday.",
        "150 mm",
        "Bago",
    ),
    (
        "Quake rattles Japan's Kumamoto, forcing hundreds from homes",
        "KUMAMOTO, Japan — A strong earthquake struck southern Japan on Sunday.\n\n"
        "Some 1,200 people spent the night in shelters.",
        "Some 1,200 people spent the night in shelters.",
        "1,200 people",
        "Kumamoto",
    ),
    (
        "Heat records fall in Spain's Seville",
        "SEVILLE — Spain recorded its hottest June day on Tuesday.\n\n"
        "Hospitals admitted 230 people with heatstroke.",
        "Hospitals admitted 230 people with heatstroke.",
        "230 people",
        "Seville",
    ),
    # "the country" in a story about a town or region is the country holding it.
    (
        "Floods kill at least 46 in Myanmar's Bago region as Sittaung river bursts its banks",
        "BAGO, Myanmar — Floods in central Myanmar have killed at least 46 people since "
        "Friday.\n\nThe country was already in crisis: about 3.5 million people had been "
        "displaced by conflict.",
        "The country was already in crisis: about 3.5 million people had been displaced by "
        "conflict.",
        "3.5 million people",
        "Myanmar",
    ),
    (
        "Quake rattles Japan's Kumamoto, forcing hundreds from homes",
        "KUMAMOTO, Japan — A strong earthquake struck southern Japan on Sunday.\n\n"
        "The country has some 2,000 active faults.",
        "The country has some 2,000 active faults.",
        "2,000 active faults",
        "Japan",
    ),
    (
        "Floods swamp Brazil's Porto Alegre",
        "PORTO ALEGRE, Brazil — Floods swamped the city on Friday.\n\n"
        "Across the country, some 12,000 troops were deployed.",
        "Across the country, some 12,000 troops were deployed.",
        "12,000 troops",
        "Brazil",
    ),
    (
        "Heat records fall in Spain's Seville",
        "SEVILLE — Spain recorded its hottest June day on Tuesday.\n\n"
        "Reservoirs in the city are 38% full.",
        "Reservoirs in the city are 38% full.",
        "38%",
        "Seville",
    ),
    (
        "Nairobi traders protest as Kenya raises fuel tax",
        "NAIROBI — Kenya raised its fuel tax on Monday.\n\nThe tax will raise 50 billion "
        "shillings a year.",
        "The tax will raise 50 billion shillings a year.",
        "50 billion shillings",
        "Kenya",
    ),
    (KENYA_TEA2, KENYA_TEA2_TEXT, "Kenya's tea exports rose 9% last year.", "9%", "Kenya"),
    # A currency's own rate or move, in a sentence naming no place, is the country whose
    # currency it is, when only one uses it; not the dollar's or the euro's.
    (
        "Moravia Motors profit falls",
        "Moravia Motors said profit fell 18%.\n\n"
        "It employs 38,000 people in the Czech Republic.\n\n"
        "The koruna traded at 24.6 to the euro.",
        "The koruna traded at 24.6 to the euro.",
        "24.6",
        "Czech Republic",
    ),
    (VINOTEKA, VINOTEKA_TEXT, "The lari strengthened to 2.69 per dollar.", "2.69", "Georgia"),
    (KENYA_TEA2, KENYA_TEA2_TEXT, "The pula fell 2% against the dollar.", "2%", "Botswana"),
    (VINOTEKA, VINOTEKA_TEXT, "The dollar rose 1% against the yen.", "1%", None),
    (VINOTEKA, VINOTEKA_TEXT, "The euro rose 1% against the pound.", "1%", None),
    # "According to" names a source, not a partner: a market it names is where the price
    # is ("according to the Mombasa coffee exchange"); a market's capitalised name ending in
    # "Exchange" is read whole; "to Mombasa" after a shipment stays a partner.
    (
        COFFEE,
        COFFEE_TEXT,
        "Coffee traded at $4 a kilo, according to the Mombasa coffee exchange.",
        "$4",
        "Mombasa",
    ),
    (
        COFFEE,
        COFFEE_TEXT,
        "Prices rose 8% last week, according to the Nairobi Coffee Exchange.",
        "8%",
        "Nairobi Coffee Exchange",
    ),
    (
        "Uranium miner's profit jumps",
        "Altyn Dala Uranium's profit rose 31%.\n\n"
        "Shares rose 5% to 20,000 tenge on the Almaty Commodity Exchange on Thursday.",
        "Shares rose 5% to 20,000 tenge on the Almaty Commodity Exchange on Thursday.",
        "5%",
        "Almaty Commodity Exchange",
    ),
    (
        "Nigeria's cattle prices climb",
        "LAGOS — Nigeria's cattle prices rose.\n\n"
        "A bull sold for N900,000, according to traders at the Kano livestock market.",
        "A bull sold for N900,000, according to traders at the Kano livestock market.",
        "N900,000",
        "Kano",
    ),
    (COFFEE, COFFEE_TEXT, "Shipments to Mombasa rose 12%.", "12%", "Kenya"),
    (
        "Nigeria's naira slides",
        "LAGOS — Nigeria's naira slid.\n\nThe naira exchange rate fell 3% on Monday.",
        "The naira exchange rate fell 3% on Monday.",
        "3%",
        "Nigeria",
    ),
    # A place a line or a cargo passes through is a partner ("a pipeline through
    # Tanzania", "cargo via Djibouti"); a place a storm swept through is where it struck.
    (
        "Uganda's oil exports begin",
        "KAMPALA — Uganda began exporting oil.\n\n"
        "A pipeline through Tanzania carries 200,000 barrels a day.",
        "A pipeline through Tanzania carries 200,000 barrels a day.",
        "200,000 barrels",
        "Uganda",
    ),
    (
        "Ethiopia's trade grows",
        "ADDIS ABABA — Ethiopia's trade grew.\n\nCargo via Djibouti rose 8% last year.",
        "Cargo via Djibouti rose 8% last year.",
        "8%",
        "Ethiopia",
    ),
    (
        "Kerala floods",
        "Floods hit Kerala.\n\nThe storm swept through Kochi, killing 40 people.",
        "The storm swept through Kochi, killing 40 people.",
        "40 people",
        "Kochi",
    ),
    # A part of the works the article is about, pointed back to ("the first line can
    # make"), is bound to the works' place; a metro's line is no works.
    (
        GYOR,
        GYOR_TEXT,
        "The first line can make cells for 250,000 cars a year.",
        "250,000 cars",
        "Gyor",
    ),
    (
        GYOR,
        GYOR_TEXT,
        "The line will draw 6,000 cubic metres of water a day.",
        "6,000 cubic metres",
        "Gyor",
    ),
    (
        "Mumbai's metro ridership lags",
        "MUMBAI — Mumbai's metro ridership lagged.\n\nThe line carried 1.8 lakh a day.",
        "The line carried 1.8 lakh a day.",
        "1.8 lakh",
        "Mumbai",
    ),
    # A national figure set beside a city's is the article's country's, not the city's
    # ("against a national average of €1,910"); the city's own figure stays the city's.
    (
        "Irish rents rise",
        "Irish rents rise.\n\nIn Dublin, rents rose 6.1% to an average of €2,480 a month, "
        "against a national average of €1,910.",
        "In Dublin, rents rose 6.1% to an average of €2,480 a month, against a national "
        "average of €1,910.",
        "€1,910",
        "Ireland",
    ),
    (
        "Irish rents rise",
        "Irish rents rise.\n\nIn Dublin, rents rose 6.1% to an average of €2,480 a month, "
        "against a national average of €1,910.",
        "In Dublin, rents rose 6.1% to an average of €2,480 a month, against a national "
        "average of €1,910.",
        "€2,480",
        "Dublin",
    ),
    (
        "Kenyan maize prices climb",
        "Kenyan maize prices climb.\n\nIn Eldoret, a bag of maize sold for KSh 4,000, above "
        "the national average of KSh 3,600.",
        "In Eldoret, a bag of maize sold for KSh 4,000, above the national average of KSh 3,600.",
        "KSh 3,600",
        "Kenya",
    ),
    # A figure a pronoun gives to a company named before it in the sentence is the
    # company's, no place's; a public body's keeps the article's place.
    (
        "Zambia's tourism slows",
        "Zambia's tourism slows.\n\nThe airline cut 12 routes, and it expects its passenger "
        "numbers to drop 5% next year.",
        "The airline cut 12 routes, and it expects its passenger numbers to drop 5% next year.",
        "5%",
        None,
    ),
    (
        "Chile's copper output slides",
        "Chile's copper output slides.\n\nThe miner shut two pits, and it now expects its "
        "output to fall 15%.",
        "The miner shut two pits, and it now expects its output to fall 15%.",
        "15%",
        None,
    ),
    (
        "Kenya's retailers struggle",
        "Kenya's retailers struggle.\n\nThe chain closed 30 stores, and it expects its sales "
        "to fall 9% this year.",
        "The chain closed 30 stores, and it expects its sales to fall 9% this year.",
        "9%",
        None,
    ),
    (
        "Mongolia's coal exports",
        "Mongolia's coal exports.\n\nThe state railway company says it can handle 30 million "
        "tonnes a year.",
        "The state railway company says it can handle 30 million tonnes a year.",
        "30 million tonnes",
        "Mongolia",
    ),
    (
        "Kenya's budget",
        "Kenya's budget.\n\nThe ministry cut two programmes, and it expects its spending to "
        "rise 8% next year.",
        "The ministry cut two programmes, and it expects its spending to rise 8% next year.",
        "8%",
        "Kenya",
    ),
    (
        "Kenya's economy",
        "Kenya's economy.\n\nKenya's economy grew 5%, and its exports rose 7%.",
        "Kenya's economy grew 5%, and its exports rose 7%.",
        "7%",
        "Kenya",
    ),
    # A party's vote or seats are its country's, not a company's figure; a company's
    # result stays no place's.
    (
        "Portugal's snap election",
        "Portugal's snap election was held on Sunday.\n\nThe Social Bloc won 96 of the 230 seats.",
        "The Social Bloc won 96 of the 230 seats.",
        "96",
        "Portugal",
    ),
    (
        "Peru votes",
        "Peru voted on Sunday.\n\nThe Workers' League polled 14% of the vote, its best result.",
        "The Workers' League polled 14% of the vote, its best result.",
        "14%",
        "Peru",
    ),
    (
        "Latvia's election poll",
        "A poll in Latvia was published.\n\nThe Farmers' Union would take 21 seats in "
        "parliament, the poll found.",
        "The Farmers' Union would take 21 seats in parliament, the poll found.",
        "21",
        "Latvia",
    ),
    (
        "Kenya's brewer",
        "Kenya's brewer reports.\n\nEast African Malt said its profit rose 4%.",
        "East African Malt said its profit rose 4%.",
        "4%",
        None,
    ),
    # A share of a place's whole is that place's figure, not the buyer's ("China bought
    # 58% of Zimbabwe's tobacco exports").
    (
        "Zimbabwe tobacco sales rise",
        "Zimbabwe tobacco sales rise.\n\nChina bought 58% of Zimbabwe's tobacco exports last year.",
        "China bought 58% of Zimbabwe's tobacco exports last year.",
        "58%",
        "Zimbabwe",
    ),
    # A foreign country taking or buying the article's country's goods is a buyer: the
    # figure is the seller's ("Germany alone took 21% of the volume" in a story about
    # Ethiopia's coffee); not a place of the article's own country ("Mombasa took 40%"),
    # nor the buyer the story is about.
    (
        "Ethiopia's coffee exports hit a record",
        "ADDIS ABABA — Ethiopia's coffee exports rose to a record last year.\n\n"
        "Germany, Saudi Arabia and the United States were the biggest buyers; Germany alone "
        "took 21% of the volume.",
        "Germany, Saudi Arabia and the United States were the biggest buyers; Germany alone "
        "took 21% of the volume.",
        "21%",
        "Ethiopia",
    ),
    (
        "Kenya tea exports climb",
        "NAIROBI — Kenya's tea exports rose 6% last year.\n\nPakistan bought 38% of the crop.",
        "Pakistan bought 38% of the crop.",
        "38%",
        "Kenya",
    ),
    (
        "Vietnam rice exports hit a record",
        "HANOI — Vietnam exported 8 million tonnes of rice last year.\n\n"
        "The Philippines took 4.1 million tonnes, and Indonesia imported 1.2 million.",
        "The Philippines took 4.1 million tonnes, and Indonesia imported 1.2 million.",
        "4.1 million tonnes",
        "Vietnam",
    ),
    (
        "Kenya's fuel imports rise",
        "NAIROBI — Kenya's fuel imports rose 6% last year.\n\nMombasa took 40% of the diesel.",
        "Mombasa took 40% of the diesel.",
        "40%",
        "Mombasa",
    ),
    (
        "Japan's LNG imports fall",
        "TOKYO — Japan's LNG imports fell 3% last year.\n\nJapan bought 66 million tonnes.",
        "Japan bought 66 million tonnes.",
        "66 million tonnes",
        "Japan",
    ),
    (
        "Bhutan hydropower",
        "Bhutan hydropower.\n\nIndia took 40% of Bhutan's power exports.",
        "India took 40% of Bhutan's power exports.",
        "40%",
        "Bhutan",
    ),
    (
        "Argentina's grape harvest",
        "Argentina's grape harvest.\n\nMendoza, which grows 70% of Argentina's wine grapes, "
        "lost a third of its crop.",
        "Mendoza, which grows 70% of Argentina's wine grapes, lost a third of its crop.",
        "70%",
        "Mendoza",
    ),
    (
        "Serbia lithium mine",
        "Serbia lithium mine.\n\nThe EU, which buys 65% of Serbia's exports, signed a deal "
        "in 2024.",
        "The EU, which buys 65% of Serbia's exports, signed a deal in 2024.",
        "65%",
        "Serbia",
    ),
    # A story about a region its title or lead names with its country as the holder
    # ("Lebanon's Akkar", "Akkar, in northern Lebanon") is about the region; "the
    # country" is still the country, and a possessive country before a person or a
    # company is not a holder.
    (
        "Wildfire in Lebanon's Akkar burns 2,400 hectares",
        "A wildfire in the hills of Akkar, in northern Lebanon, burned 2,400 hectares by "
        "Wednesday.\n\nAbout 1,300 residents of six villages were evacuated.",
        "About 1,300 residents of six villages were evacuated.",
        "About 1,300 residents",
        "Akkar",
    ),
    (
        "Drought in Kenya's Turkana kills livestock",
        "Herders in Turkana, in north-western Kenya, have lost 40% of their goats.\n\n"
        "Some 12,000 families need food aid.",
        "Some 12,000 families need food aid.",
        "Some 12,000 families",
        "Turkana",
    ),
    (
        "Heatwave grips Iraq's Dhi Qar",
        "Temperatures in Dhi Qar, in southern Iraq, reached 51C on Monday.\n\n"
        "Power cuts lasted 14 hours a day.",
        "Power cuts lasted 14 hours a day.",
        "14 hours",
        "Dhi Qar",
    ),
    (
        "Hailstorm flattens vineyards",
        "A hailstorm hit Mendoza, in western Argentina, on Sunday.\n\n"
        "Growers lost 3,000 hectares of vines.",
        "Growers lost 3,000 hectares of vines.",
        "3,000 hectares",
        "Mendoza",
    ),
    (
        "Wildfire in Lebanon's Akkar burns 2,400 hectares",
        "A wildfire in the hills of Akkar, in northern Lebanon, burned 2,400 hectares by "
        "Wednesday.\n\nThe minister said the country had lost 1,200 hectares of forest "
        "a year.",
        "The minister said the country had lost 1,200 hectares of forest a year.",
        "1,200 hectares",
        "Lebanon",
    ),
    (
        "Kenya's Ruto signs budget",
        "Kenya's Ruto signed a budget of Sh 4 trillion on Thursday.\n\n"
        "Spending on roads rises 12%.",
        "Spending on roads rises 12%.",
        "12%",
        "Kenya",
    ),
    (
        "Floods cut roads",
        "Floods cut roads in Kenya on Monday, in the worst rains since 2018.\n\n"
        "Some 40,000 people left their homes.",
        "Some 40,000 people left their homes.",
        "Some 40,000 people",
        "Kenya",
    ),
    # A place named in apposition to a place noun ("The capital, Kampala,") is that place:
    # it holds no other place named after it, as "the island of Lampedusa" does (tracking
    # bench unseen6: Kampala's residents read as Uganda's population).
    (
        "Uganda's census counts 47.6 million",
        "Uganda's population reached 47.6 million, the census found.\n\n"
        "The capital, Kampala, had 1.9 million residents.",
        "The capital, Kampala, had 1.9 million residents.",
        "1.9 million residents",
        "Kampala",
    ),
    (
        "Kenya's cities grow",
        "Kenya's population passed 52 million this year.\n\n"
        "The largest city, Nairobi, has 4.4 million people.",
        "The largest city, Nairobi, has 4.4 million people.",
        "4.4 million people",
        "Nairobi",
    ),
    (
        "Kenya's ports handle record cargo",
        "Kenya's ports had a record year.\n\n"
        "The port city, Mombasa, handled 1.6 million containers.",
        "The port city, Mombasa, handled 1.6 million containers.",
        "1.6 million containers",
        "Mombasa",
    ),
    # Near misses: a place holding another named after it stays the one named after it.
    (
        "Migrants reach Italy",
        "Italy's coastguard was busy on Sunday.\n\n"
        "Some 900 migrants landed on the Italian island of Pantelleria.",
        "Some 900 migrants landed on the Italian island of Pantelleria.",
        "Some 900 migrants",
        "Pantelleria",
    ),
    # "The city", "the town", "the capital", "the province" point back to the last such
    # place the article names (the capital: its country's); "the country" stays the
    # country, and with no such place named before, the article's place stays.
    (
        "Cuba restores power after blackout",
        "HAVANA — Cuba's grid was back to 85% of normal supply on Wednesday.\n\n"
        "The agency said 680 tonnes of chicken had spoiled in warehouses in Havana alone. "
        "In the city's markets, a litre of cooking oil sold for 1,100 pesos on Wednesday.",
        "In the city's markets, a litre of cooking oil sold for 1,100 pesos on Wednesday.",
        "1,100 pesos",
        "Havana",
    ),
    (
        "Floods swamp Kenya's coast",
        "Floods hit the coast of Kenya on Monday.\n\nMost damage was in Mombasa. Rescuers "
        "worked through the night. Water stood a metre deep in the town's old quarter, "
        "where 300 homes were flooded.",
        "Water stood a metre deep in the town's old quarter, where 300 homes were flooded.",
        "300 homes",
        "Mombasa",
    ),
    (
        "Zambia extends power cuts",
        "Zambia's power utility cut supply again on Monday.\n\n"
        "Homes in the capital get six hours of power a day.",
        "Homes in the capital get six hours of power a day.",
        "six hours",
        "Lusaka",
    ),
    (
        "Frost hits Argentina's vineyards",
        "Frost hit vineyards across Argentina on Sunday, worst of all in Mendoza.\n\n"
        "Growers in the province lost 3,000 hectares of vines.",
        "Growers in the province lost 3,000 hectares of vines.",
        "3,000 hectares",
        "Mendoza",
    ),
    (
        "Heatwave grips Spain",
        "Spain sweltered on Monday as temperatures passed 44C.\n\n"
        "In the city, 40 people were treated for heatstroke.",
        "In the city, 40 people were treated for heatstroke.",
        "40 people",
        "Spain",
    ),
    (
        "Frost hits Argentina's vineyards",
        "Frost hit vineyards across Argentina on Sunday, worst of all in Mendoza.\n\n"
        "Growers said the country lost 3,000 hectares of vines.",
        "Growers said the country lost 3,000 hectares of vines.",
        "3,000 hectares",
        "Argentina",
    ),
    # In a story about a region, the national government's or a ministry's figure is the
    # country's; a local government's is the region's.
    (
        "Wildfire in Lebanon's Akkar burns 2,400 hectares",
        "A wildfire in the hills of Akkar, in northern Lebanon, burned 2,400 hectares by "
        "Wednesday.\n\nThe government has released LL 90 billion for emergency relief.",
        "The government has released LL 90 billion for emergency relief.",
        "LL 90 billion",
        "Lebanon",
    ),
    (
        "Drought in Kenya's Turkana kills livestock",
        "Herders in Turkana, in north-western Kenya, have lost 40% of their goats.\n\n"
        "The government will send 2,000 tonnes of maize.",
        "The government will send 2,000 tonnes of maize.",
        "2,000 tonnes",
        "Kenya",
    ),
    (
        "Heatwave grips Iraq's Dhi Qar",
        "Temperatures in Dhi Qar, in southern Iraq, reached 51C on Monday.\n\n"
        "The electricity ministry has added 500 MW of generators.",
        "The electricity ministry has added 500 MW of generators.",
        "500 MW",
        "Iraq",
    ),
    (
        "Drought in Kenya's Turkana kills livestock",
        "Herders in Turkana, in north-western Kenya, have lost 40% of their goats.\n\n"
        "The county government will spend Sh 50 million on water trucks.",
        "The county government will spend Sh 50 million on water trucks.",
        "Sh 50 million",
        "Turkana",
    ),
    # A season's tally in a league (points, goals, games won), a team's or a player's,
    # is the league's country (CONTEXT.md: sport), the country of the town the story is
    # about; not the club's other figures, nor a match's crowd at its venue.
    (ISAR, ISAR_TEXT, "Of their 34 league games, Isar won 25 and lost only two.", "25", "Germany"),
    (
        ISAR,
        ISAR_TEXT,
        "The club conceded just 28 goals all season, a league record.",
        "28 goals",
        "Germany",
    ),
    (
        DAUGAVA,
        DAUGAVA_TEXT,
        "The club finished the season with 71 points from 28 matches.",
        "71 points",
        "Latvia",
    ),
    (
        DAUGAVA,
        DAUGAVA_TEXT,
        "Striker Juris Ozols scored 19 goals in the league this season.",
        "19 goals",
        "Latvia",
    ),
    (DAUGAVA, DAUGAVA_TEXT, "The club's revenue rose to €12 million.", "€12 million", None),
    (
        DAUGAVA,
        DAUGAVA_TEXT,
        "A crowd of 9,000 watched at the Skonto Stadium.",
        "9,000",
        "Skonto Stadium",
    ),
    # A place that gives, sends, pledges or lends to another is not where the gift's
    # figure is: the place it goes to is, else the article's place (issue 9: a place
    # acting on another is the entity, the other the place).
    (
        VANUATU,
        VANUATU_TEXT,
        VANUATU_AID,
        "eight cyber specialists",
        "Vanuatu",
    ),
    (VANUATU, VANUATU_TEXT, VANUATU_AID, "NZ$1 million", "Vanuatu"),
    (
        "Floods swamp southern Malawi",
        "Floods have swamped southern Malawi.\n\n"
        "The British government pledged £4 million in emergency aid on Monday.",
        "The British government pledged £4 million in emergency aid on Monday.",
        "£4 million",
        "Malawi",
    ),
    (
        "Wildfires burn across Albania",
        "Wildfires are burning across Albania.\n\n"
        "Six water-bombing planes sent by Greece and Italy joined the effort.",
        "Six water-bombing planes sent by Greece and Italy joined the effort.",
        "Six water-bombing planes",
        "Albania",
    ),
    (
        "Laos rice harvest fails",
        "The rice harvest in Laos has failed.\n\nJapan donated 3,000 tonnes of rice.",
        "Japan donated 3,000 tonnes of rice.",
        "3,000 tonnes",
        "Laos",
    ),
    # Near misses: a demonym of a class of people who send is still their place; a
    # place sent to keeps its own figure's place; a place receiving, not giving.
    (None, None, "Kenyan farmers sent 40% of their tea to Egypt.", "40%", "Kenya"),
    (None, None, "Ghana received 40,000 tonnes of fertiliser.", "40,000 tonnes", "Ghana"),
    (None, None, "Inflation in Tonga slowed to 3.2%, the bank said.", "3.2%", "Tonga"),
    xfail(
        DOWNHILL,
        DOWNHILL_TEXT,
        "Switzerland's Nico Arnold finished 0.18 seconds behind.",
        "0.18 seconds",
        "Zurich",
        reason="a person the article names with no role is not known as one: their own "
        "figure is read as a company's, with no place",
    ),
    # Subdivisions ISO 3166-2 lists as "Division" (Tonga's, Gambia's) are read wherever
    # they stand; its "Municipality" ones (Timor-Leste's 12, Slovenia's 200) as small towns
    # are, where written as places. Near misses: a person's name that is also one.
    (None, None, "Temperatures in Ermera's hills fell to 11C in June.", "11C", "Ermera"),
    (None, None, "Coffee prices around Baucau rose 8% in May.", "8%", "Baucau"),
    (None, None, "Hotels around Kobarid filled 92% of their rooms.", "92%", "Kobarid"),
    (None, None, "Tongatapu's wells produced 8.6 million litres.", "8.6 million", "Tongatapu"),
    (None, None, "Rice yields in Vava'u fell 12% this year.", "12%", "Vava'u"),
    (None, None, "Lenart told reporters the plan would cost $2 million.", "$2 million", None),
    (
        None,
        None,
        "Neringa Petraitė, the chief executive, said the plan would cost $2 million.",
        "$2 million",
        None,
    ),
    # A small town the parse ties to a place noun, set beside it or naming it, is a
    # place without a preposition. Near misses: a company or a person set beside a noun
    # that is no place's.
    (
        None,
        None,
        "Kanifing, the most crowded area, now has 465,000 residents.",
        "465,000 residents",
        "Kanifing",
    ),
    (
        None,
        None,
        "The Brikama local government area has swollen to almost 1.1 million.",
        "almost 1.1 million",
        "Brikama",
    ),
    (
        None,
        None,
        "Kalamata, a port town in the south, shipped 3,000 tonnes of oil.",
        "3,000 tonnes",
        "Kalamata",
    ),
    (None, None, "The Munnar hill district recorded 412 mm of rain.", "412 mm", "Munnar"),
    (None, None, "Mercedes, the carmaker, sold 2 million cars.", "2 million cars", None),
    # A place written with the accents its list drops keeps the article's spelling.
    (
        None,
        None,
        "Inflation in São Tomé and Príncipe reached 19.7% in April.",
        "19.7%",
        "São Tomé and Príncipe",
    ),
    (
        None,
        None,
        "São Tomé and Príncipe's public debt is above 70% of GDP.",
        "70%",
        "São Tomé and Príncipe",
    ),
    xfail(
        "Apple's iPhone sales slip",
        "Apple, based in Cupertino, California, sold 50 million phones worldwide.",
        "Apple, based in Cupertino, California, sold 50 million phones worldwide.",
        "50 million",
        None,
        reason="a worldwide figure of a multinational has no place; its seat is named",
    ),
]


# A sum in the money of one country, in a sentence naming no place, is that country's
# when the article is about another: a British petrol price in an oil story whose lead
# names "US tariffs". Near misses: the article's own money, a money many countries use, a
# sentence naming its place.
OIL = "Oil falls to four-year low"
OIL_TEXT = (
    "Oil prices fell to their lowest in four years, as the economy slows under the weight "
    "of US tariffs.\n\n"
    "For drivers the fall should mean cheaper fuel. The RAC said the average price of "
    "unleaded petrol was 132.6p a litre on Friday.\n\n"
    "Filling a family car now costs about £72.93.\n\n"
    "The levy is expected to bring in ¥2 trillion.\n\n"
    "US crude fell below $56 a barrel. Pump prices average $3.10 a gallon.\n\n"
    "In Lagos, petrol sold for 1,200 naira a litre."
)
MONEY_OF_A_COUNTRY = [
    (
        "The RAC said the average price of unleaded petrol was 132.6p a litre on Friday.",
        "132.6p",
        "GBP per litre",
        "Great Britain",
    ),
    ("Filling a family car now costs about £72.93.", "£72.93", "GBP", "Great Britain"),
    ("The levy is expected to bring in ¥2 trillion.", "¥2 trillion", "JPY", "Japan"),
    ("Pump prices average $3.10 a gallon.", "$3.10", "USD per gallon", "US"),
    ("In Lagos, petrol sold for 1,200 naira a litre.", "1,200 naira", "NGN per litre", "Lagos"),
]


@pytest.mark.parametrize(("sentence", "figure", "unit", "expected"), MONEY_OF_A_COUNTRY)
def test_a_sum_in_another_countrys_money_is_that_countrys(
    sentence: str, figure: str, unit: str, expected: str
) -> None:
    found = scope(sentence, figure, text=OIL_TEXT, title=OIL, kind="currency", unit=unit)
    assert found.place.value == expected


# A sum in the money of another country that the article's country uses too (the Swiss
# franc in Liechtenstein, the Australian dollar in Kiribati and Tuvalu, the rupee in
# Bhutan) is the article's country's; in a country that does not use it, still the
# issuer's.
OWN_MONEY = [
    (
        "Liechtenstein's surplus widens",
        "VADUZ — Liechtenstein's budget surplus widened last year.\n\n"
        "The state spent CHF 120 million on roads.",
        "CHF 120 million",
        "CHF",
        "Liechtenstein",
    ),
    (
        "Kiribati's licence revenue climbs",
        "TARAWA — Kiribati's fishing licence revenue rose last year.\n\n"
        "The state spent A$40 million on roads.",
        "A$40 million",
        "AUD",
        "Kiribati",
    ),
    (
        "Bhutan's hydropower sales climb",
        "THIMPHU — Bhutan's hydropower sales rose last year.\n\n"
        "The state spent Rs 900 million on roads.",
        "Rs 900 million",
        "INR",
        "Bhutan",
    ),
    (
        "Kenya's tea exports climb",
        "NAIROBI — Kenya's tea exports rose last year.\n\nThe buyer paid CHF 3 million.",
        "CHF 3 million",
        "CHF",
        "Switzerland",
    ),
]


@pytest.mark.parametrize(("title", "text", "figure", "unit", "expected"), OWN_MONEY)
def test_a_sum_in_the_articles_own_money_is_its_countrys(
    title: str, text: str, figure: str, unit: str, expected: str
) -> None:
    sentence = text.split("\n\n")[1]
    found = scope(sentence, figure, text=text, title=title, kind="currency", unit=unit)
    assert found.place.value == expected


@pytest.mark.parametrize(("title", "text", "sentence", "figure", "expected"), PLACES)
def test_place(
    title: str | None, text: str | None, sentence: str, figure: str, expected: str | None
) -> None:
    assert scope(sentence, figure, text=text, title=title).place.value == expected
