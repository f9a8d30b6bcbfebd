T={}
T["3906_ukraine_roundup_march2025"]="""KYIV, March 14 (Reuters) - Russian forces have recaptured the town of Sudzha, the biggest prize of Ukraine's seven-month incursion into Russia's Kursk region, while fighting continued along the front lines in eastern Ukraine. Here is a look at the situation on the main fronts on Friday.

KURSK REGION

Russia's defence ministry said on Thursday its troops had retaken Sudzha, as well as the villages of Melovoi and Podol. President Vladimir Putin, who visited a command post in the region in camouflage fatigues on Wednesday, said Ukrainian troops there were "in isolation" and should surrender.

Ukraine's military said its units were moving to "more favourable positions" and denied they had been encircled. Kyiv seized Sudzha in August, and its troops held it for more than seven months. Military analysts say Ukrainian forces now hold only a narrow strip of Russian territory along the border.

SUMY

Russian troops have tried to push across the border into Ukraine's Sumy region near the village of Basivka, the Ukrainian General Staff said, adding that the attacks had been repelled. A Russian drone struck the city of Sumy overnight, injuring three people.

DONETSK REGION

Fighting continued in the ruins of Toretsk, which Russia said it captured in February. Ukraine's military says its troops still hold the north-western part of the town. Russian artillery also shelled Kostiantynivka, about 20 kilometres to the north, killing one civilian, regional governor Vadym Filashkin said.

Further south, Russian forces have pressed west from Kurakhove, which they took in January after a months-long battle, and are trying to reach the border of the Dnipropetrovsk region.

KHARKIV REGION

Russian troops are attempting to break into Kupiansk from the north, the Ukrainian military said. Ukrainian forces, who liberated the city in September 2022, still control it, though much of it lies in ruins.

In Vovchansk, close to the Russian border, the two armies remain entrenched on opposite banks of the Vovcha river, which runs through the town.

ZAPORIZHZHIA REGION

The front has changed little since the failed Ukrainian counter-offensive of 2023. Russian drones struck the regional capital Zaporizhzhia on Thursday, damaging a school.

DIPLOMACY

Kyiv has said it is ready to accept a 30-day ceasefire proposed by Washington. Putin said on Thursday he supported the idea in principle but wanted answers to "serious questions" first, and vowed that Russian forces would soon drive the last Ukrainian units out of the Kursk region."""

T["3907_chechnya_gudermes"]="""MOSCOW, Nov 12 (AFP) - Russian federal forces took control of Gudermes, Chechnya's second largest town, on Friday without a fight after local militia commanders switched sides and separatist fighters pulled out, military officials said.

"Gudermes is fully under the control of federal troops," General Gennady Troshev, commander of the eastern group of forces, told the Interfax news agency. He said a pro-Moscow administration would be installed in the town within days.

The Yamadayev brothers, local field commanders who had fallen out with the separatist leadership, had agreed to open the town to Russian troops in exchange for guarantees that there would be no bombing or "cleansing" operations, Russian media reported.

Separatist spokesman Movladi Udugov denied the town had been betrayed. "Our fighters left Gudermes to spare the civilian population," he said in a statement posted on a rebel website.

Gudermes, a railway junction of some 40,000 people about 35 kilometres east of Grozny, was the first major town to fall to federal forces since they crossed into Chechnya at the start of October. By mid-October the troops had occupied the plains north of the Terek river.

Russian artillery and aircraft on Friday pounded the town of Achkhoi-Martan and the village of Bamut in western Chechnya, where rebels have dug in, the military said. Refugees arriving in neighbouring Ingushetia said the shelling had been relentless.

Grozny, which the rebels still hold, has been under heavy bombardment for weeks. Troshev said the army had no immediate plans to storm the city, but officers said troops were tightening a ring around it from the north and east.

The rebels recaptured Grozny in August 1996 in a surprise assault that forced Moscow into the humiliating Khasavyurt peace accords and the withdrawal of its troops.

Moscow launched the new campaign after a series of apartment bombings in Russian cities that killed nearly 300 people, and after rebel incursions into Dagestan in August. Chechen President Aslan Maskhadov has denied any involvement in the bombings.

Western governments have urged Russia to show restraint. More than 200,000 people have fled the fighting, most of them to Ingushetia, according to the UN refugee agency.

Russian Prime Minister Vladimir Putin, whose popularity has soared since the start of the campaign, said the operation would continue "until the terrorists are destroyed"."""

T["3908_georgia_roundup_august2008"]="""TBILISI, Aug 14 (Reuters) - Russian troops remained deep inside Georgia on Thursday despite a French-brokered ceasefire, as Moscow and Tbilisi traded accusations over looting and the burning of villages. Here is a round-up of the situation on the ground.

GORI

Russian tanks and armoured vehicles were still in and around Gori, a town of about 50,000 on Georgia's main east-west highway, on Thursday. Georgian troops abandoned the town on Monday as Russian armour approached, and most residents have fled. An attempt to hand control of Gori to Georgian police on Thursday failed amid confusion, a Reuters reporter said.

TSKHINVALI

The capital of the breakaway region of South Ossetia is in the hands of Russian troops and South Ossetian militias. Georgian forces, which launched an assault on the town on the night of Aug. 7-8, pulled out on Sunday under heavy Russian bombardment. Much of the town is in ruins.

Human Rights Watch said ethnic Georgian villages around Tskhinvali, including Tamarasheni and Kekhvi, had been torched by militiamen.

WESTERN GEORGIA

Russian units entered Zugdidi from Abkhazia on Monday and were still manning checkpoints on the edge of the town on Thursday. They also occupied the Georgian military base at Senaki.

In the Black Sea port of Poti, Russian troops blew up Georgian coast guard boats on Wednesday. The port was working again on Thursday, officials said.

ABKHAZIA

Abkhaz separatist forces said they had driven Georgian troops out of the upper Kodori gorge, the only part of Abkhazia that Tbilisi controlled. "There is not a single Georgian soldier left in Abkhaz territory," separatist leader Sergei Bagapsh said in Sukhumi.

ROAD TO TBILISI

Russian troops set up a checkpoint at Igoeti, about 45 km (28 miles) west of Tbilisi, on Wednesday. Georgian troops and police were deployed around the capital. Russian officials said they had no plans to take Tbilisi.

DIPLOMACY

Georgian President Mikheil Saakashvili said Russia was trying to "destroy" his country. Russian Foreign Minister Sergei Lavrov said the world could "forget about" Georgia's territorial integrity. U.S. Secretary of State Condoleezza Rice was due in Tbilisi on Friday."""

T["3909_karabakh_agdam_falls"]="""BAKU, July 24 (Reuters) - Ethnic Armenian forces captured the Azerbaijani town of Agdam on Friday after weeks of fighting on its outskirts, the Azerbaijani defence ministry said, in Baku's worst defeat since the loss of the Kelbajar district in April.

"Agdam has been abandoned. Our units have withdrawn to new positions east of the town," a ministry spokesman told Reuters. He accused Armenia of sending regular troops across the border to take part in the assault.

Officials of the self-proclaimed Nagorno-Karabakh republic said their forces had entered Agdam to silence the Azerbaijani artillery that had shelled Stepanakert, the enclave's capital, for more than a year. Armenia denied that its army had taken part, saying the fighting was carried out by Karabakh's self-defence forces.

Agdam, which had about 30,000 inhabitants before the war, lies just east of Nagorno-Karabakh and was the main base from which Azerbaijan launched attacks on the enclave. Most of its residents fled in recent weeks as the front drew closer.

Thousands of refugees clogged the roads east towards Barda and Yevlakh, witnesses said. Armenian artillery shelled the town of Terter to the north on Friday, the ministry said.

The Karabakh Armenians have held Shusha, the hilltop town overlooking Stepanakert, since May last year, when they also seized Lachin and opened a corridor to Armenia. In April they overran Kelbajar, between Karabakh and Armenia, sending tens of thousands of Azeri refugees fleeing over the mountains.

The United Nations Security Council demanded in April the withdrawal of occupying forces from Kelbajar. Azerbaijan's new leader, Heydar Aliyev, who came to power last month after an army mutiny in Ganja, has appealed to Moscow and Ankara for help.

"We will never accept the occupation of our land," Aliyev told parliament on Friday, but he stopped short of announcing a counter-offensive.

Turkey condemned the capture of Agdam and said it would raise the issue at the United Nations. Iran, which borders the region to the south, called for an immediate ceasefire.

The war over Nagorno-Karabakh, a mainly Armenian-populated enclave inside Azerbaijan, has killed thousands since 1988. Armenian forces now hold the whole enclave and a growing belt of Azerbaijani territory around it."""

T["3910_tajikistan_khujand_raid"]="""DUSHANBE, Nov 6 (AFP) - Tajik government troops regained control of Khujand, the country's second city, on Friday after three days of fighting with rebels loyal to renegade army colonel Makhmud Khudoiberdiyev, officials said.

"The rebels have been driven out of Khujand and the airport is back in our hands," a spokesman for the presidential administration told AFP. He said at least 150 people had been killed, most of them rebels.

Khudoiberdiyev's fighters, estimated at between 500 and 1,000 men, seized Khujand airport and the regional police headquarters on Wednesday in a dawn raid. They also took over the nearby town of Chkalovsk, where some rebels were still holding out on Friday as government forces moved in, the spokesman said.

Former fighters of the United Tajik Opposition, who joined the government under last year's peace accord, fought alongside the army, officials said.

Khujand, formerly Leninabad, is the capital of the northern region that dominated Tajik politics in Soviet times. Khudoiberdiyev, an ethnic Uzbek, said he was fighting to restore the role of the "Leninabad elite" in a government now dominated by southerners loyal to President Imomali Rakhmonov.

The colonel, who led a mutiny in his home base of Kurgan-Tyube in August last year, fled after his brigade was driven out of the town by presidential guard units. He has since been living in hiding, reportedly in neighbouring Uzbekistan.

Rakhmonov accused Uzbekistan of allowing the rebels to cross its territory and of arming them. Tashkent denied the rebels had come from its soil and said it had no interest in destabilising its neighbour.

"The mutineers will be found and punished," Rakhmonov said in a televised address from Dushanbe. He did not say whether Khudoiberdiyev had been captured.

Residents reached by telephone said shops were closed and armoured vehicles were patrolling the streets of Khujand, a city of around 160,000 people on the Syr Darya river. Russian border guards stationed in the region did not take part in the fighting, Russian officials said.

The five-year civil war between the government and the Islamic-led opposition, which killed tens of thousands of people, formally ended with a peace agreement signed in Moscow in June 1997."""
