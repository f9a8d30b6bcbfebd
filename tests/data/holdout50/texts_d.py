T={}
T["3916_myanmar_roundup_lashio"]="""YANGON, Aug 4 (Reuters) - Ethnic rebels in Myanmar's north said on Saturday they had captured the headquarters of the military's Northeastern Command in the city of Lashio, the first regional command to fall to the junta's opponents since the 2021 coup. Here is a look at the main fronts.

LASHIO

The Myanmar National Democratic Alliance Army (MNDAA) said in a statement that its fighters had seized the command base and "fully liberated" Lashio, the largest town in northern Shan state, after a month of fighting. Junta spokesman Zaw Min Tun said communications with the command had been cut and that several senior officers were missing. Military aircraft bombed parts of the city on Saturday, residents said.

MOGOK AND HSIPAW

The Ta'ang National Liberation Army (TNLA), an ally of the Kokang rebels, took control of the ruby-mining town of Mogok on July 24, fighting alongside local People's Defence Force units. Pro-democracy fighters raised their flag over the town hall. The TNLA also seized the town of Hsipaw in mid-July after government troops pulled out.

KYAUKME

Fighting continued inside Kyaukme, on the road from Lashio to Mandalay, where TNLA fighters have surrounded the army's battalion headquarters. The military still holds the base and parts of the town centre.

MANDALAY REGION

The Mandalay People's Defence Force said it had attacked army positions around Madaya, about 30 km (20 miles) north of Mandalay, the country's second-largest city. Rebels are within 20 km of Pyin Oo Lwin, home of the Defence Services Academy, but have not attacked the town.

RAKHINE STATE

The Arakan Army has surrounded the border town of Maungdaw, one of the last junta outposts in northern Rakhine, after taking almost all of the surrounding countryside. Rohingya groups have accused the rebels of abuses, which the Arakan Army denies.

BACKGROUND

The MNDAA, TNLA and Arakan Army, known as the Three Brotherhood Alliance, launched a joint offensive in October last year and seized a string of towns along the border with China before a Chinese-brokered truce in January. The TNLA and MNDAA resumed fighting in late June.

The junta has called the rebels "terrorists" and vowed to retake lost ground. Junta leader Min Aung Hlaing said on Friday that the military would "not give up an inch" of territory."""

T["3917_philippines_zamboanga_siege"]="""ZAMBOANGA, Philippines (AP) — Philippine troops have retaken most of the coastal villages seized by Muslim rebels in Zamboanga city, the military said Thursday, as a standoff that has displaced more than 100,000 people entered its 11th day.

"We have cleared about 70 percent of the areas occupied by the MNLF," Lt. Col. Ramon Zagala, a spokesman for the Armed Forces of the Philippines (AFP), told reporters. He said fewer than 100 gunmen remained holed up with about 20 hostages in the villages of Santa Catalina and Mariki.

Troops backed by helicopter gunships recaptured Santa Barbara and Talon-Talon earlier in the week, officials said. Soldiers were going house to house in Rio Hondo, a stilt village on the waterfront, to flush out snipers.

Hundreds of fighters loyal to Nur Misuari, the founder of the Moro National Liberation Front, landed by boat in the city's coastal districts on Sept. 9 and seized about 200 residents as human shields. The rebels had tried to march to city hall to raise their flag, police said.

Misuari's faction accuses the government of sidelining it in peace talks with a rival group, the Moro Islamic Liberation Front. Misuari, whose whereabouts are unknown, has not commented publicly on the attack.

More than 100 people, most of them rebels, have been killed, the military said. Fires have destroyed thousands of homes in the Muslim neighborhoods along the shore.

President Benigno Aquino III, who has been in the city since last Friday to oversee the operation, said there would be no negotiations until the hostages were released. "The state will not allow its territory to be taken by force," he said.

Fighting also erupted briefly on Basilan island, across the strait from Zamboanga, where MNLF gunmen attacked a village in Lamitan before being repulsed by troops on Friday, the military said.

Zamboanga's airport reopened on Wednesday after being closed for more than a week. The city of nearly 1 million is the commercial hub of the southern Mindanao region.

The MNLF signed a peace agreement with the government in 1996, but Misuari's faction says Manila never fully implemented it. Troops remain in control of Isabela, the capital of Basilan. The Sulu archipelago, where Misuari has his base, was quiet, officials said."""

T["3918_colombia_mitu_farc"]="""BOGOTA, Nov 4 (Reuters) - Colombian troops retook Mitu, the capital of the remote southeastern jungle province of Vaupes, on Tuesday, three days after hundreds of FARC rebels overran the town in one of the boldest guerrilla attacks in decades, the army said.

"Mitu is under the control of the armed forces. The subversives have withdrawn into the jungle," army commander General Jorge Enrique Mora told reporters in Bogota. Airborne troops landed near the town on Monday and fought their way into the centre.

About 1,500 fighters of the Revolutionary Armed Forces of Colombia (FARC) attacked Mitu before dawn on Sunday, using homemade gas-cylinder bombs to destroy the police station, the bank and the telephone exchange. They held the town for three days and took around 60 police officers prisoner, officials said.

At least 37 police and soldiers and 11 civilians were killed, according to the government. The rebels said they had lost fewer than ten fighters.

The counter-attack was delayed because the rebels controlled Mitu's airstrip. Troops were flown first to an airfield across the border in Brazil, officials said, a claim Brasilia denied.

The rebels have stepped up attacks on isolated garrisons this year. In August they overran an anti-narcotics police base at Miraflores in neighbouring Guaviare province and attacked several towns in the south. The army has reinforced its brigade headquarters in San Jose del Guaviare, the provincial capital.

The attack on Mitu came days before President Andres Pastrana was due to withdraw troops from five southern municipalities, including San Vicente del Caguan, to clear the way for peace talks with the FARC. The government said the plan would go ahead on Saturday.

"We will not be intimidated. Peace is the only way out," Pastrana said.

Critics said the attack showed the rebels were using the peace process to gain military advantage. The FARC, Latin America's largest guerrilla army with an estimated 15,000 fighters, controls large parts of the southern jungles and plains.

The FARC has been fighting the state since 1964. A second rebel group, the National Liberation Army (ELN), has said it will not join the talks for now."""

T["3919_colombia_catatumbo_eln"]="""BOGOTA (AFP) - ELN guerrillas have taken control of large parts of Colombia's Catatumbo region after a five-day offensive against FARC dissidents that has killed at least 80 people and displaced more than 11,000, authorities said Monday.

President Gustavo Petro suspended peace talks with the National Liberation Army (ELN) and declared a state of "internal commotion" in the region, allowing him to rule by decree. The defence ministry said 5,000 troops were being sent to the area.

ELN fighters went house to house in the towns of Tibu and El Tarra, hunting down members of the 33rd Front, a FARC dissident group, as well as former guerrillas who had signed the 2016 peace deal, residents said. The dissidents retreated towards the Venezuelan border, officials said.

"The ELN chose the path of war," Petro wrote on X.

Troops secured the centre of Tibu on Sunday and set up a base at the town's airstrip, the army said. The ELN still controls much of the surrounding countryside, where coca fields stretch for kilometres along the Catatumbo river.

Thousands of the displaced have flooded into the city of Cucuta, near the border with Venezuela, where authorities set up shelters in the main football stadium. Others fled to Ocaña, to the south. The army has reinforced its garrison in Cucuta, officials said.

Guerrillas also fired on a police post on the outskirts of Ocaña on Saturday night, wounding two officers, police said. Fighting between the ELN and the dissidents also broke out in the eastern department of Arauca, where ELN fighters attacked dissident camps around the town of Tame.

The ELN, founded in 1964 by students inspired by the Cuban revolution, has about 6,000 fighters. It said in a statement that it had acted against the dissidents because they were killing civilians, and denied targeting former FARC members.

Catatumbo, a mountainous area along the Venezuelan border in the department of Norte de Santander, produces much of Colombia's coca, the raw material for cocaine. Control of its smuggling routes has long been disputed by armed groups.

Petro, Colombia's first leftist president, has pursued what he calls "total peace", seeking talks with all the country's armed groups. Critics say the policy has allowed them to expand.

The Venezuelan government said it was cooperating with Colombia to assist people fleeing across the border, and denied that it was sheltering ELN commanders."""

T["3920_haiti_roundup_kenscoff"]="""PORT-AU-PRINCE, Feb 12 (Reuters) - Armed gangs have pushed into the hills above Haiti's capital in recent weeks, attacking farming villages in Kenscoff and raising fears for the wealthy suburb of Petion-Ville. Here is a look at the main fronts in the gang war.

KENSCOFF

Gunmen from the Viv Ansanm gang coalition attacked the villages of Belot, Godet and Furcy in the Kenscoff commune in late January, torching dozens of homes and killing at least 10 people. Police and the Kenyan-led Multinational Security Support mission sent reinforcements. The town centre of Kenscoff remains in police hands, officials said.

PETION-VILLE

Police fought off a gang incursion into the upper neighbourhoods of Petion-Ville last week, the Haitian National Police said. Residents said they could hear gunfire every night.

CENTRAL PORT-AU-PRINCE

Gangs control an estimated 85 percent of the capital, according to the United Nations. Police and MSS officers retook some streets around the National Palace in January, but the downtown area remains largely deserted.

CROIX-DES-BOUQUETS

The 400 Mawozo gang, part of Viv Ansanm, still controls Croix-des-Bouquets, east of the capital, and the roads leading to the Dominican border.

ARTIBONITE

The Gran Grif gang controls much of the lower Artibonite valley, Haiti's rice-growing heartland. In October its gunmen killed at least 115 people in the town of Pont-Sonde. Gang leaders have threatened to attack Saint-Marc, the region's main port.

NATIONAL ROAD 1

North of the capital, gangs have held Cabaret since last year. Police still control Arcahaie, further north, but travel on the main highway is dangerous.

AIRPORT

The Toussaint Louverture international airport has been closed to commercial flights since November, when gunmen fired on a passenger plane approaching Port-au-Prince.

BACKGROUND

Prime Minister Alix Didier Fils-Aime has vowed to retake the capital before elections promised for later this year. The Kenyan-led mission, which began deploying in June, has fewer than 1,000 of the 2,500 officers it was promised. Gang leader Jimmy "Barbecue" Cherizier has said Viv Ansanm will fight any foreign force.

More than a million Haitians have been driven from their homes by the violence, according to the International Organization for Migration."""
