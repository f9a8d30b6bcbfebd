T={}
T["3911_afghanistan_mazar_taleban"]="""ISLAMABAD, Aug 9 (Reuters) - Afghanistan's Taleban Islamic militia said on Sunday it had captured Mazar-i-Sharif, the main northern stronghold of the opposition alliance, after its defenders fled in disarray.

"Mazar-i-Sharif is completely in the hands of the Taleban. The enemy has run away," the movement's Radio Shariat said in a broadcast monitored in Pakistan. Residents reached by satellite telephone said Taleban fighters in pick-up trucks were patrolling the streets on Saturday evening.

Fighters of the Shi'ite Hezb-i-Wahdat faction, who had defended the city, retreated south towards their heartland in the central highlands, the residents said. Some reports said pockets of resistance remained in the western suburbs.

The fall of the city, which the Taleban failed to hold in May last year, follows the collapse of the forces of General Abdul Rashid Dostum. Taleban fighters took Sheberghan, Dostum's headquarters, on Monday, and the Uzbek general fled across the border, according to opposition sources. The Taleban also seized the river port of Hairatan on the Uzbek border, cutting the opposition's main supply route from the north.

In May 1997, Taleban troops entered Mazar-i-Sharif briefly but were driven out after bloody street fighting when Dostum's former deputy, General Abdul Malik Pahlawan, turned against them. Hundreds of Taleban prisoners were later killed.

Iran said it held the Taleban responsible for the safety of its diplomats in the city, with whom it said it had lost contact. The Taleban accuse Tehran of arming their opponents.

Opposition military commander Ahmad Shah Masood's forces still hold Taloqan, the capital of Takhar province in the northeast, and the Panjshir valley north of Kabul. Hezb-i-Wahdat controls Bamiyan in the central highlands, where its leaders were meeting on Sunday.

A Taleban commander said the militia would now move on Bamiyan and Taloqan "to finish the job".

The Taleban, who captured Kabul in September 1996, now control around 90 percent of Afghanistan. Only Pakistan, Saudi Arabia and the United Arab Emirates recognise their government.

The United Nations, which withdrew its foreign staff from Kabul last month, said it was deeply worried about the safety of civilians in the north. Thousands of residents of Mazar-i-Sharif were reported to be fleeing towards the Uzbek border."""

T["3912_afghanistan_panjshir_claim"]="""KABUL (AFP) - The Taliban said Monday they had taken complete control of the Panjshir valley, the last pocket of armed resistance in Afghanistan, but opposition fighters denied the claim and vowed to fight on.

"With this victory, our country is completely taken out of the quagmire of war," chief Taliban spokesman Zabihullah Mujahid told a news conference in Kabul. Images on social media showed Taliban fighters standing in front of the gate of the provincial governor's compound in Bazarak, the provincial capital.

The National Resistance Front (NRF), made up of anti-Taliban militia and remnants of the Afghan security forces, said the claim was false. "NRF forces are present in all strategic positions across the valley to continue the fight," the group said on Twitter.

Ahmad Massoud, the leader of the NRF, called in an audio message for a "national uprising" against the Taliban. His whereabouts were not known.

Massoud is the son of Ahmad Shah Massoud, the famed "Lion of Panjshir" commander who was killed by Al-Qaeda suicide bombers in 2001. The valley, ringed by steep mountains, never fell to Soviet forces in the 1980s nor to the Taliban during their first period in power in the 1990s.

The Taliban said on Sunday they had captured the district of Rukha after a night of fighting. The NRF confirmed the death of its spokesman Fahim Dashti in the clashes.

Taliban reinforcements had massed in Charikar, the capital of neighbouring Parwan province, and at Jabal Saraj at the mouth of the valley, before launching their assault last week, residents said.

In late August the Taliban retook three districts of neighbouring Baghlan province, including Andarab, that had been seized by local anti-Taliban militias shortly after the fall of Kabul.

The Taliban swept into the capital on August 15 as the Western-backed government collapsed and President Ashraf Ghani fled the country. They have yet to announce their new government.

Communications with Panjshir have been cut for days, making it impossible to verify the claims of either side. Aid groups said thousands of families had fled the valley into the mountains.

The Taliban have said they will not allow any armed group to operate in Afghanistan, and Mujahid warned that anyone trying to start an insurgency would be "hit hard"."""

T["3913_pakistan_mingora_retaken"]="""ISLAMABAD (AP) — Pakistan's army said Saturday it had retaken Mingora, the main town in the Swat Valley, after weeks of street fighting with Taliban militants, a key step in an offensive Washington sees as a test of Islamabad's resolve.

"Mingora has been cleared. The city is now under the full control of security forces," military spokesman Maj. Gen. Athar Abbas told a news conference. He said some pockets of resistance remained on the outskirts and that the militants had fled into the surrounding mountains.

Troops were advancing north up the valley toward the towns of Matta and Kabal, where the militants still hold ground, Abbas said. Taliban leader Maulana Fazlullah is believed to be hiding in the Peochar area, but the army has not confirmed that. Troops already control Batkhela, at the southern entrance to the valley, and the Malakand Pass.

For months the Taliban had roamed Mingora's streets, beheading opponents and leaving their bodies in a central square residents nicknamed "Bloody Square." Only about 20,000 of the town's 300,000 people remained when the army moved in.

The offensive began in late April after the militants, emboldened by a peace deal that allowed Islamic law in Swat, pushed into the neighboring district of Buner, just 100 kilometers (60 miles) from Islamabad.

The army says more than 1,200 militants and about 90 soldiers have been killed. The figures could not be independently confirmed because journalists are barred from the area.

More than 2.4 million people have fled the fighting, many to camps around the city of Mardan, according to the United Nations. Officials said residents would not be allowed to return to Mingora until the water and electricity supply had been restored.

The Pakistani Taliban said in a statement that they had withdrawn from the town to avoid civilian casualties and would continue a guerrilla war. A spokesman threatened attacks in major cities, including Lahore and Peshawar.

On Wednesday a suicide car bomb attack on police and intelligence offices in Lahore killed more than 20 people. The Taliban claimed responsibility.

U.S. envoy Richard Holbrooke, who visited refugee camps this week, promised an extra $110 million in aid. Pakistani officials say the army will next turn to the militants' strongholds in the tribal region of South Waziristan, but have given no timetable."""

T["3914_kashmir_tiger_hill"]="""NEW DELHI, July 5 (Reuters) - Indian troops have recaptured Tiger Hill, a strategic peak overlooking the main highway in the Kargil region of Kashmir, after an overnight assault, the army said on Sunday.

"Tiger Hill is now in our hands. It is the most important height in the Dras sector," an army spokesman told reporters in New Delhi. He said the intruders had fled, leaving behind weapons and several bodies.

The 16,500-foot (5,000-metre) peak looks down on the road linking Srinagar with Leh, the main supply line for Indian troops in Ladakh. India says the intruders, who crossed the Line of Control in May, are regular Pakistani soldiers backed by Islamic militants.

Pakistan denies its army is involved and says the fighters are Kashmiri "mujahideen" over whom it has no control.

The capture came as Pakistani Prime Minister Nawaz Sharif met U.S. President Bill Clinton in Washington. After the talks, Sharif agreed to take "concrete steps" to restore the Line of Control, a White House statement said.

Indian troops recaptured the Tololing ridge, also in the Dras sector, in mid-June after weeks of fighting in which dozens of soldiers were killed. The army says it has since cleared most of the heights around Dras, but fighting continues in the Batalik and Mushkoh sectors, where the intruders still hold several ridges.

Pakistani artillery has repeatedly shelled Kargil town, which is held by Indian troops, and the nearby village of Dras. Many residents of Kargil have fled to safer villages further from the Line of Control.

Indian officials said on Sunday that Indian aircraft would continue to strike the intruders' positions but would not cross into Pakistani-held territory.

"We will not stop until every intruder has been thrown out," Defence Minister George Fernandes said. Indian leaders have ruled out talks with Islamabad until the withdrawal is complete.

The conflict, the most serious between the nuclear-armed neighbours since they tested atomic weapons last year, has killed more than 300 Indian soldiers, according to official figures. Pakistan has given no figures for its own losses.

India and Pakistan have fought two of their three wars since independence in 1947 over Kashmir, which both claim in full but rule in part."""

T["3915_srilanka_mullaitivu_captured"]="""COLOMBO (AFP) — Sri Lankan troops captured Mullaittivu, the last major town held by Tamil Tiger rebels, on Sunday, the military said, leaving the guerrillas cornered in a shrinking strip of jungle and coast in the northeast.

"Our troops entered Mullaittivu town this morning after heavy fighting. The Tigers have fled," army chief Lieutenant General Sarath Fonseka said in a televised address. He said soldiers of the 59th Division had taken control of the town's beach front and former rebel bases.

The pro-rebel TamilNet website said the Tigers had pulled out of the town to protect civilians and accused the army of shelling a hospital.

The capture comes just over three weeks after troops took Kilinochchi, the rebels' political capital, on January 2. A week later the army seized Elephant Pass, the causeway linking the Jaffna peninsula to the mainland, putting the entire peninsula under government control for the first time in 23 years.

The Tigers now hold an area of less than 300 square kilometres around the town of Puthukkudiyiruppu, the military said. At the height of their power, the rebels ran a de facto state covering nearly a third of the island.

The LTTE overran the army camp at Mullaittivu in July 1996, killing more than 1,200 soldiers in one of the worst defeats suffered by government forces during the conflict.

President Mahinda Rajapakse called on the Tigers to lay down their arms and surrender. "The end of terrorism is near," he said in a statement.

The United Nations estimates that around 250,000 civilians are trapped in the combat zone. Aid agencies have called on both sides to allow them to leave. Those who escaped have been taken to camps around the government-held town of Vavuniya.

The whereabouts of LTTE leader Velupillai Prabhakaran, who has led the rebels since the 1970s, are unknown. The military believes he is still in the Vanni jungles.

The Tigers have been fighting since 1972 for a separate homeland for the island's Tamil minority, who make up about 12 percent of the population. More than 70,000 people have been killed in the conflict.

Norway, which brokered a 2002 ceasefire that collapsed last year, urged both sides to protect civilians."""
