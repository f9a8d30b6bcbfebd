T={}
T["3901_croatia_bihac_kladusa"]="""ZAGREB, Aug 8 (Reuters) - Bosnian government troops swept into Velika Kladusa on Monday, driving out the forces of renegade Muslim businessman Fikret Abdic and ending his breakaway fiefdom in the northwest corner of Bosnia, army officials said.

The capture came a day after Croatian army units, advancing east from the fallen rebel Serb stronghold of Knin, linked up with the Bosnian army's Fifth Corps on the border near Bihac, breaking a siege that had lasted more than three years.

"Velika Kladusa is free and under the control of the Fifth Corps," a Bosnian army spokesman in Bihac told Reuters by telephone. He said Abdic's fighters had fled north towards the Croatian border and that thousands of civilians were following them to the frontier crossing at Maljevac.

Abdic, who made his fortune running the Agrokomerc food company, had held the town since December, when Croatian Serb units helped him retake it from the Fifth Corps. His self-styled Autonomous Province of Western Bosnia had traded with the Serbs throughout the war.

The Bihac pocket, held by the government's Fifth Corps throughout the war, had been encircled by Krajina Serb and Bosnian Serb forces since 1992. Its defenders were close to collapse in late July, when Serb units pushed to within a few kilometres of Bihac town from the south.

Croatian troops captured Knin, the capital of the self-proclaimed Republic of Serb Krajina, on Saturday, a day after President Franjo Tudjman launched the offensive. The Croatian army said on Monday its units had also entered Glina and secured Petrinja, completing the collapse of the rebel Serbs' northern front.

"The operation is over. Croatia has restored its sovereignty," Defence Minister Gojko Susak told reporters in Zagreb.

Tens of thousands of Serb civilians were streaming east across northern Bosnia towards Banja Luka, UN officials said. Serb leaders in Knin had vowed to defend the town to the last man, but their troops abandoned it almost without a fight.

Bosnian Serb forces south of the Bihac pocket did not join the fighting on Monday, the UN said, and there was no sign of the Serb counter-attack that officials in Sarajevo had feared.

The UN Protection Force said its peacekeepers in the former Sector North had been confined to their bases during the offensive. At least three Danish and Czech soldiers were killed in the first days of fighting."""

T["3902_ukraine_debaltseve_withdrawal"]="""KIEV, Ukraine (AFP) - Ukrainian President Petro Poroshenko said Wednesday that government forces had pulled out of the strategic railway hub of Debaltseve, ceding the town to pro-Russian separatists after weeks of encirclement and despite a ceasefire that was supposed to take effect on Sunday.

"This morning the Ukrainian armed forces, together with the National Guard, completed a planned and organised withdrawal from Debaltseve," Poroshenko said before flying to the front in military fatigues. He said about 80 percent of the units had left, and that the rest would follow.

Rebel leader Alexander Zakharchenko said his fighters controlled the town and were taking prisoners. Separatist fighters had entered Debaltseve on Tuesday and seized the railway station and several districts after fierce street battles, according to both sides.

Columns of exhausted soldiers, some on foot, arrived in Artemivsk, about 50 kilometres to the northwest, which remains under Ukrainian control. Medics at the town's hospital said they had received dozens of wounded.

The rebels first cut the main road out of the pocket in early February, after capturing the town of Vuglegirsk on its western edge. Kiev's troops had held Debaltseve since the summer, when they drove the insurgents out during their counter-offensive.

Debaltseve lies on the rail line linking the two main rebel strongholds, the cities of Donetsk and Lugansk, which the separatists have held since last April. Its fall gives the rebels an unbroken stretch of territory between them.

NATO and Kiev said Russian troops and heavy weapons had taken part in the assault on the town. Moscow denied having any soldiers in eastern Ukraine, saying only "volunteers" were fighting alongside the rebels.

The ceasefire agreed in Minsk on February 12 by the leaders of Ukraine, Russia, Germany and France has largely held elsewhere along the front, monitors from the Organization for Security and Co-operation in Europe said.

Separatist commanders have said they could next turn to Mariupol, the port city of half a million people some 100 kilometres south of Donetsk. Ukraine has fortified the city and says it will not give up "a single metre" there.

Poroshenko said he would ask the European Union to send a police mission to monitor the truce. The fighting since April has killed more than 5,600 people, according to the United Nations."""

T["3903_ukraine_kherson_liberated"]="""KYIV/MYKOLAIV, Nov 11 (Reuters) - Ukrainian troops entered the southern city of Kherson on Friday as Russia said it had completed its withdrawal from the west bank of the Dnipro river, handing Kyiv one of its biggest victories of the war.

Crowds gathered in the central square waving blue-and-yellow flags and chanting "Glory to Ukraine", according to videos verified by Reuters. Ukraine's military intelligence agency said special units were entering Kherson and urged any Russian soldiers left behind to surrender.

Russia's defence ministry said more than 30,000 servicemen and about 5,000 pieces of equipment had been moved across to the left bank, and that "not a single unit" had been left behind. It said the withdrawal was completed at 5 a.m. Moscow time.

Kherson was the only regional capital Moscow's forces had captured since the invasion began on Feb. 24. They seized it in early March, after barely a week of fighting.

On Thursday Ukrainian forces recaptured Snihurivka, a town in the neighbouring Mykolaiv region, and commander-in-chief Valeriy Zaluzhnyi said 41 settlements had been liberated since the retreat was announced.

"Today is a historic day. We are getting the south back, we are getting Kherson back," President Volodymyr Zelenskiy said in his nightly video address.

Russian troops blew up the Antonivskyi road bridge, the main crossing into the city from the east, as they left. They now hold positions on the eastern bank, including the town of Nova Kakhovka and the town of Oleshky, just across the river. Officials warned residents that the city would remain within range of Russian artillery.

Kremlin spokesman Dmitry Peskov said the Kherson region remained "a subject of the Russian Federation", a reference to Moscow's annexation of four Ukrainian regions in September, which most countries at the United Nations have condemned as illegal.

Ukrainian officials have said their next aim is to push Russian forces off the left bank and eventually out of Crimea, which Moscow annexed in 2014.

Mykolaiv, the shipbuilding city about 60 kilometres to the northwest, was shelled almost daily by Russian forces during the occupation of Kherson. Its mayor said on Friday that residents could finally hope for quieter nights.

The Russian withdrawal from Kherson came a little over two months after Ukraine's lightning counter-offensive in the northeastern Kharkiv region. Western officials said Moscow had struggled to keep its troops on the west bank supplied."""

T["3904_ukraine_avdiivka_withdrawal"]="""KYIV, Ukraine (AP) — Ukraine's new army chief said Saturday he had ordered troops to withdraw from the eastern city of Avdiivka to avoid encirclement, handing Russia its biggest battlefield gain since it captured Bakhmut in May last year.

"I decided to withdraw our units from the city and move to defense on more favorable lines in order to avoid encirclement and preserve the lives and health of servicemen," Col. Gen. Oleksandr Syrskyi said in a statement. He took over as commander-in-chief little more than a week ago.

Hours later, Russian Defense Minister Sergei Shoigu reported to President Vladimir Putin that Avdiivka had been fully captured, the Kremlin said. Putin congratulated the troops on "an important victory".

The 110th Mechanized Brigade, which had defended the city for nearly two years, said the last units left on foot through the fields to the west. Some wounded soldiers had to be left behind, according to Ukrainian media.

Russian troops had broken into the city from the north and south in recent weeks and by midweek controlled most of its streets, splitting the defenders into two groups. The sprawling coke plant on the northern edge held out longest.

Avdiivka, which had a prewar population of about 32,000, lies just north of the city of Donetsk. It has been on the front line since 2014, when Russia-backed separatists seized Donetsk and much of the surrounding region. Ukrainian troops briefly lost Avdiivka to the rebels that summer but retook it weeks later.

Donetsk itself remains under Russian control. Moscow illegally annexed the region in 2022 and has said it aims to take all of it, including the Ukrainian-held cities of Kramatorsk and Sloviansk.

Syrskyi denied that large numbers of his troops had been surrounded, and Ukrainian officials said the retreat was orderly. Russian military bloggers reported fierce fighting for the villages of Lastochkyne and Sieverne to the west of the city.

On the southern front, Ukrainian marines still clung to a small foothold around the village of Krynky on the east bank of the Dnipro River, the military said.

The loss of Avdiivka came as U.S. military aid remained stalled in Congress. Zelenskyy, speaking at the Munich Security Conference on Saturday, said Ukraine's troops were short of artillery shells and that "the artificial deficit of weapons" was helping Russia."""

T["3905_russia_kursk_sudzha"]="""KYIV (AFP) - Ukraine's top commander said Thursday that his troops had taken full control of the Russian border town of Sudzha, the largest settlement they have seized since Kyiv launched a surprise offensive into the Kursk region nine days ago.

"The town of Sudzha has been cleared of Russian troops," Oleksandr Syrsky said in a video of a meeting with President Volodymyr Zelensky, adding that a military commandant's office was being set up there.

Sudzha, a town of about 5,000 people some ten kilometres from the border, is home to the last functioning hub for Russian gas exports to Europe through Ukraine. Russian officials did not immediately comment.

Syrsky said Ukrainian forces now controlled 1,150 square kilometres of the Kursk region and 82 settlements. The claims could not be independently verified. Ukrainian drones also attacked a military airfield in the Lipetsk region last Friday, Russian officials said.

Russia's defence ministry said on Thursday that its troops had repelled attacks near the villages of Korenevo and Martynovka, and that reinforcements had stopped the advance of "mobile groups" deeper into the region.

Moscow has rushed troops to protect the Kursk nuclear power plant in the town of Kurchatov, about 60 kilometres north of the front. Russian troops dug in around the plant after the International Atomic Energy Agency warned of the risk of an incident.

In the neighbouring Belgorod region, governor Vyacheslav Gladkov declared a regional state of emergency on Wednesday, citing Ukrainian shelling. Kyiv has not said whether its troops intend to cross there too.

Zelensky said the aim of the incursion was to create a "buffer zone" and prevent Russian shelling of border areas. "We are not interested in taking Russian territory," Foreign Ministry spokesman Heorhiy Tykhyi said earlier this week.

On the Ukrainian side of the border, Russian forces kept up their strikes on the region of Sumy. A guided bomb hit a residential building in the city of Sumy overnight, killing two people, the regional administration said. Russian glide bombs also struck the city of Kharkiv on Wednesday, wounding 11.

More than 120,000 residents have fled the Kursk border districts, according to Russian authorities. A Kremlin-installed official said the town of Lgov, some 50 kilometres from the front line, was receiving evacuees.

The offensive is the largest attack on Russian territory by a foreign army since World War II. It has embarrassed the Kremlin, which has called it a "large-scale provocation", and forced Moscow to pull some units from eastern Ukraine, where its forces are still advancing on the town of Pokrovsk."""
