# ruff: noqa: E501  (regular expressions and data tables read better unbroken)
"""The actor registry: every seed alias, the other wars' main actors, context rules, case rules, user config."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from mapgen.actors import UNREGISTERED_COLOR, ActorRegistry, load_registry
from mapgen.config import Config
from mapgen.model import Result

DATA = Path(__file__).resolve().parent / "data"
REG = load_registry(Config()).value
_NOTE = re.compile(r"\s*\((?:in) ([^)]*)\)$")
_CONTEXT = {"Iraq": "IQ", "Syria": "SY"}


def _aliases() -> list[tuple[str, str, str | None]]:
    data = json.loads((DATA / "actor_aliases.json").read_text())
    out = []
    for canonical, names in data.items():
        for name in names:
            m = _NOTE.search(name)
            out.append((canonical, _NOTE.sub("", name), _CONTEXT.get(m.group(1)) if m else None))
    return out


@pytest.mark.parametrize("canonical,alias,cc", _aliases(), ids=[a for _, a, _ in _aliases()])
def test_every_seed_alias_is_found(canonical: str, alias: str, cc: str | None) -> None:
    prefix = {"IQ": "In Iraq, ", "SY": "In Syria, "}.get(cc or "", "")
    context = "Islamic State fighters retreated. " if alias.startswith("the ") else ""
    body = f"{context}{prefix}{alias} advanced on the town."
    found = [m for m in REG.find(body, countries=("SY", "IQ")) if m.start >= len(context)]
    assert found and found[0].actor == canonical and found[0].text.lower().startswith(alias.lower()[:3])


def test_seed_canonical_names_and_colours() -> None:
    for name in [
        "Islamic State",
        "Syrian Democratic Forces",
        "Iraqi government forces",
        "Syrian government forces",
        "US-led coalition",
    ]:
        assert REG.get(name) is not None
    assert REG.color("Islamic State") == "#000000"
    assert REG.color("Syrian government forces") == "#d62728"
    assert REG.color("Nobody's Brigade") == UNREGISTERED_COLOR


@pytest.mark.parametrize(
    "text,actor",
    [
        ("Wagner mercenaries", "Wagner Group"),
        ("the RSF", "Rapid Support Forces"),
        ("Sudanese army", "Sudanese Armed Forces"),
        ("Huthi rebels", "Houthis"),
        ("the STC", "Southern Transitional Council"),
        ("the Tatmadaw", "Myanmar military"),
        ("the TNLA", "Ta'ang National Liberation Army"),
        ("MNDAA", "Myanmar National Democratic Alliance Army"),
        ("Arakan Army", "Arakan Army"),
        ("People's Defence Forces", "People's Defence Forces"),
        ("People s Defence Forces", "People's Defence Forces"),
        ("ENDF", "Ethiopian National Defense Force"),
        ("TPLF", "Tigray Defence Forces"),
        ("Eritrean troops", "Eritrean forces"),
        ("Fano militiamen", "Fano"),
        ("FARDC", "FARDC"),
        ("M23", "M23"),
        ("Haftar's forces", "Libyan National Army"),
        ("GNA forces", "Government of National Accord"),
        ("JNIM", "JNIM"),
        ("ISGS", "Islamic State Sahel"),
        ("MNLA", "Tuareg rebels"),
        ("Malian army", "Malian armed forces"),
        ("French troops", "French forces"),
        ("Boko Haram", "Boko Haram"),
        ("ISWAP", "ISWAP"),
        ("Maute group", "Maute group"),
        ("al-Shabaab", "al-Shabaab"),
        ("Taliban", "Taliban"),
        ("Nigerian troops", "Nigerian army"),
        ("Mozambican soldiers", "Mozambican armed forces"),
        ("Ras Kamboni fighters", "Ras Kamboni"),
        ("Burundian troops", "Burundian forces"),
        ("PKK fighters", "PKK"),
        ("the Derna Protection Force", "Derna Protection Force"),
        ("CSP fighters", "Tuareg rebels"),
    ],
)
def test_other_wars(text: str, actor: str) -> None:
    (m,) = REG.find(f"Yesterday {text} advanced.")
    assert m.actor == actor


def test_acronym_is_case_sensitive() -> None:
    assert REG.find("The town is quiet and it is calm.") == []
    assert [m.actor for m in REG.find("IS is retreating.")] == ["Islamic State"]


def test_generic_names_follow_country_context() -> None:
    body = "In Iraq, security forces advanced. In Syria, government troops advanced. In Sudan, the army advanced."
    assert [m.actor for m in REG.find(body)] == [
        "Iraqi government forces",
        "Syrian government forces",
        "Sudanese Armed Forces",
    ]
    assert [m.actor for m in REG.find("Security forces advanced.", countries=["IQ"])] == [
        "Iraqi government forces"
    ]
    # places resolved elsewhere can anchor the passage
    assert [m.actor for m in REG.find("Near Raqa, regime forces advanced.", anchors=[(5, "SY")])] == [
        "Syrian government forces"
    ]


def test_a_registered_name_wins_over_a_generic_one_overlapping_it() -> None:
    # "the government" and "the coalition" are generic names; the longer registered name they start is meant
    found = REG.find("Forces of the Government of National Accord retook Surman.", countries=["LY"])
    assert [(m.text, m.actor) for m in found] == [("Government of National Accord", "Government of National Accord")]
    found = REG.find("The Coalition of Patriots for Change left Bossangoa.", countries=["CF"])
    assert [m.actor for m in found] == ["Coalition of Patriots for Change"]
    # a generic name alone keeps its reading
    assert [m.actor for m in REG.find("In Libya, the government said so.", countries=["LY"])] == [
        "Government of National Accord"
    ]


def test_anaphors_refer_back() -> None:
    got = REG.find("Boko Haram attacked the town. The jihadists then withdrew.", countries=["NG"])
    assert [m.actor for m in got] == ["Boko Haram", "Boko Haram"]


def test_held_adjectives_and_modifiers() -> None:
    assert [m.actor for m in REG.find("the Russian-held city")] == ["Russian forces"]
    assert [m.actor for m in REG.find("the Houthi-controlled port")] == ["Houthis"]
    # "Islamic State-linked insurgents" in Mozambique are the local insurgents, not Islamic State itself
    assert [m.actor for m in REG.find("Islamic State-linked insurgents attacked.", countries=["MZ"])] == [
        "Cabo Delgado insurgents"
    ]
    # an army of a country without a registered government is kept as written
    (m,) = REG.find("Egyptian troops advanced.", countries=["EG"])
    assert (m.actor, m.registered) == ("Egyptian troops", False)


def test_islamic_state_means_the_local_branch_outside_syria_and_iraq() -> None:
    def actors(body: str, cc: str) -> list[str]:
        return [m.actor for m in REG.find(body, countries=[cc])]

    assert actors("Islamic State fighters seized the town.", "NG") == ["ISWAP"]
    assert actors("Islamic State fighters seized the town.", "ML") == ["Islamic State Sahel"]
    assert actors("IS militants attacked the town.", "AF") == ["Islamic State Khorasan"]
    assert actors("IS-linked militants seized the town.", "PH") == ["Maute group"]
    assert actors("Islamic State fighters seized the town.", "IQ") == ["Islamic State"]
    assert actors("Islamic State fighters seized the town.", "SY") == ["Islamic State"]
    # a backer is not the group: "Russia-backed separatists" are not Russian forces
    assert "Russian forces" not in actors("Russia-backed separatists seized the town.", "UA")


def test_a_place_before_a_comma_is_not_a_coordinated_demonym() -> None:
    # "French and Malian troops" are two actors; "In Ukraine, Russian forces" and "the Donbas, and Russia" are not
    assert [m.actor for m in REG.find("In Ukraine, Russian forces hold Bakhmut.", countries=["UA"])] == ["Russian forces"]
    got = [m.actor for m in REG.find("They hold much of the Donbas, and Russia annexed Crimea.", countries=["UA"])]
    assert "Ukrainian forces" not in got
    assert [m.actor for m in REG.find("French and Malian troops entered the town.", countries=["ML"])] == [
        "French forces", "Malian armed forces"
    ]


def test_names_from_unseen_reports() -> None:
    """Names wire copy uses that the first registry lacked (each resolved by its country)."""
    assert [m.actor for m in REG.find("Chadian and Nigerien forces advanced.", countries=["NG"])] == [
        "Chadian forces",
        "Nigerien forces",
    ]
    # "Kurdish fighters" are the YPG in Syria and the Peshmerga in Iraq; the SDF keep their own names
    assert [m.actor for m in REG.find("Kurdish fighters held the town.", countries=["SY"])] == ["YPG"]
    assert [m.actor for m in REG.find("Kurdish fighters held the town.", countries=["IQ"])] == ["Peshmerga"]
    assert [m.actor for m in REG.find("Kurdish-led forces advanced.", countries=["SY"])] == [
        "Syrian Democratic Forces"
    ]
    assert [m.actor for m in REG.find("Shiite militias advanced.", countries=["IQ"])] == [
        "Iraqi government forces"
    ]
    assert [m.actor for m in REG.find("Karen fighters entered the town.", countries=["MM"])] == [
        "Karen National Union"
    ]
    assert [m.actor for m in REG.find("Army units entered the town.", countries=["SY"])] == [
        "Syrian government forces"
    ]
    assert [m.actor for m in REG.find("troops loyal to President Hadi withdrew.", countries=["YE"])] == [
        "Yemeni government forces"
    ]
    assert [m.actor for m in REG.find("KNDF fighters attacked Loikaw.", countries=["MM"])] == [
        "Karenni Nationalities Defence Force"
    ]
    assert [m.actor for m in REG.find("Amhara special forces hold the area.", countries=["ET"])] == ["Amhara forces"]
    assert [m.actor for m in REG.find("Ankara launched an offensive.", countries=["SY"])] == ["Turkish forces"]
    assert [m.actor for m in REG.find("Talks in Ankara said little.", countries=["SY"])] == []
    # an adjective of one actor never names a group of another war; more names of Turkish-backed factions
    assert [m.actor for m in REG.find("Jihadist-held villages fell.", countries=["SY"])] == []
    assert [m.actor for m in REG.find("The jihadist-held town fell.", countries=["MZ"])] == ["Cabo Delgado insurgents"]
    assert [m.actor for m in REG.find("Turkish-backed Syrian fighters entered the town.", countries=["SY"])] == [
        "Syrian rebels"
    ]
    # a country's own forces, and a group named only after the lead's anaphor
    assert [m.actor for m in REG.find("Ethiopia's government said it won.", countries=["ET"])] == [
        "Ethiopian National Defense Force"
    ]
    assert [m.actor for m in REG.find("Fighting in Ukraine has killed thousands.", countries=["UA"])] == []
    body = "Hundreds of jihadists attacked the town. The assault was claimed by JNIM."
    assert [m.actor for m in REG.find(body, countries=["BF"])] == ["JNIM", "JNIM"]
    assert [m.actor for m in REG.find("Hundreds of jihadists attacked the town.", countries=["BF"])] == []


def _user_registry(tmp_path: Path, toml: str) -> Result[ActorRegistry]:
    """The registry with a ``mapgen.toml`` holding ``toml`` (its ``[actors]`` section)."""
    from mapgen.config import load_config

    p = tmp_path / "mapgen.toml"
    p.write_text(toml, encoding="utf-8")
    return load_registry(load_config(p))


def test_user_config_adds_and_overrides(tmp_path: Path) -> None:
    res = _user_registry(
        tmp_path,
        '[actors."Liwa al-Quds"]\naliases = ["Liwa al-Quds militia", "Quds Brigade"]\ncolor = "#aa3377"\n'
        'countries = ["SY"]\n\n[actors."Islamic State"]\naliases = ["Daech"]\ncolor = "#222222"\n'
    )
    assert res.problems == ()
    reg = res.value
    assert reg.color("Liwa al-Quds") == "#aa3377" and reg.color("Islamic State") == "#222222"
    assert [m.actor for m in reg.find("The Quds Brigade and Daech fought.")] == [
        "Liwa al-Quds",
        "Islamic State",
    ]
    assert reg.digest != REG.digest


def test_user_config_errors_name_the_line(tmp_path: Path) -> None:
    res = _user_registry(tmp_path, '[actors."Bad Actor"]\ncolor = "red"\n\n[actors."Other"]\nshade = 3\n')
    assert len(res.problems) == 2
    assert "line 1" in res.problems[0].message and "#rrggbb" in res.problems[0].message
    assert "line 4" in res.problems[1].message and "unknown key" in res.problems[1].message


def test_user_config_sets_a_branch(tmp_path: Path) -> None:
    res = _user_registry(
        tmp_path,
        '[actors."IS Mozambique"]\naliases = ["Ahlu Sunna wal Jamaa"]\ncountries = ["MZ"]\nkind = "jihadist"\n\n'
        '[actors."Islamic State"]\nbranches = { MZ = "IS Mozambique" }\n'
    )
    assert res.problems == ()
    found = res.value.find("Islamic State fighters attacked Palma in Mozambique.", countries=["MZ"])
    assert [m.actor for m in found] == ["IS Mozambique"]


def test_user_config_rejects_a_bad_branch(tmp_path: Path) -> None:
    res = _user_registry(tmp_path, '[actors."Islamic State"]\nbranches = { Mozambique = "IS Mozambique" }\n')
    assert len(res.problems) == 1 and "branches" in res.problems[0].message


def test_user_config_dates_a_government(tmp_path: Path) -> None:
    res = _user_registry(
        tmp_path,
        '[actors."Transitional forces"]\naliases = ["transitional forces"]\ncountries = ["SD"]\nkind = "state"\n'
        'government_of = ["SD"]\ngovernment_from = 2030-01-01\n'
    )
    assert res.problems == ()
    body = "In Sudan, government forces entered the town."
    assert [m.actor for m in res.value.find(body, countries=["SD"], when=dt.date(2031, 5, 1))] == [
        "Transitional forces"
    ]
    assert [m.actor for m in res.value.find(body, countries=["SD"], when=dt.date(2024, 5, 1))] == [
        "Sudanese Armed Forces"
    ]


def test_user_config_rejects_a_bad_government_date(tmp_path: Path) -> None:
    res = _user_registry(tmp_path, '[actors."Sudanese Armed Forces"]\ngovernment_until = "last year"\n')
    assert len(res.problems) == 1 and "government_until" in res.problems[0].message


def test_georgia_2008_and_the_nusra_front_have_their_own_actors() -> None:
    got = REG.find("Abkhaz separatist forces drove Georgian troops out of the gorge.", countries=["GE"])
    assert [m.actor for m in got] == ["Abkhaz forces", "Georgian forces"]
    assert [m.actor for m in REG.find("Fighters of the Nusra Front attacked.", countries=["SY"])] == ["al-Nusra Front"]


@pytest.mark.parametrize(
    ("body", "cc", "want"),
    [
        ("Pakistani troops retook Mingora from the Pakistani Taliban.", "PK", ["Pakistani forces", "Pakistani Taliban"]),
        ("Bosnian Serb forces shelled the enclave.", "BA", ["Bosnian Serb forces"]),
        ("KLA rebels attacked a police post.", "XK", ["Kosovo Liberation Army"]),
        ("RUF rebels seized the diamond town.", "SL", ["Revolutionary United Front"]),
        ("Janjaweed militiamen burned the village.", "SD", ["Janjaweed"]),
    ],
)
def test_older_wars_have_their_actors(body: str, cc: str, want: list[str]) -> None:
    assert [m.actor for m in REG.find(body, countries=[cc])] == want


def test_generic_names_mean_an_actor_only_while_it_fought() -> None:
    # "the rebels" in Rwanda are the RPF's in 1994; in 2024 they are nobody the registry knows there
    body = "In Rwanda, rebels entered the capital."
    assert [m.actor for m in REG.find(body, countries=["RW"], when=dt.date(1994, 5, 1))] == [
        "Rwandan Patriotic Front"
    ]
    assert [m.actor for m in REG.find(body, countries=["RW"], when=dt.date(2024, 5, 1))] == []
    # "Sunni insurgents" are the 2003-2011 insurgency; "the jihadists" of 2024 Iraq are the Islamic State's,
    # no longer al-Qaeda in Iraq's
    sunni = "In Iraq, Sunni insurgents attacked the town."
    assert [m.actor for m in REG.find(sunni, countries=["IQ"], when=dt.date(2006, 5, 1))] == ["Iraqi insurgents"]
    assert "Iraqi insurgents" not in [m.actor for m in REG.find(sunni, countries=["IQ"], when=dt.date(2014, 6, 1))]
    jihadists = "In Iraq, the jihadists attacked the town."
    assert [m.actor for m in REG.find(jihadists, countries=["IQ"], when=dt.date(2024, 5, 1))] == ["Islamic State"]
    # its own names always mean it
    named = "Al-Qaeda in Iraq fighters attacked the town."
    assert [m.actor for m in REG.find(named, countries=["IQ"], when=dt.date(2024, 5, 1))] == ["al-Qaeda in Iraq"]


def test_a_name_two_actors_bore_is_the_one_that_fought_on_the_reports_date() -> None:
    # "SPLA" was Sudan's southern rebel army until South Sudan's independence, and is South Sudan's army since
    body = "The SPLA took the town of Yei."
    assert [m.actor for m in REG.find(body, countries=["SS"], when=dt.date(1997, 3, 14))] == ["SPLA"]
    assert [m.actor for m in REG.find(body, countries=["SS"], when=dt.date(2016, 7, 10))] == [
        "South Sudanese forces"
    ]


def test_before_a_secession_the_old_states_government_governed_the_new_states_towns() -> None:
    # "Government soldiers" at Yei (in today's South Sudan) in 1997 were Sudan's; in 2016, South Sudan's
    body = "Government soldiers abandoned the town."
    old = REG.find(body, countries=["SS"], anchors=[(30, "SS")], when=dt.date(1997, 3, 14))
    assert [m.actor for m in old] == ["Sudanese Armed Forces"]
    new = REG.find(body, countries=["SS"], anchors=[(30, "SS")], when=dt.date(2016, 7, 10))
    assert [m.actor for m in new] == ["South Sudanese forces"]
    # East Timor in 1999 was governed by Indonesia: its registered forces
    timor = REG.find(body, countries=["TL"], anchors=[(30, "TL")], when=dt.date(1999, 9, 1))
    assert [(m.actor, m.registered) for m in timor] == [("Indonesian forces", True)]
    # "the rebels" of the south in 1997 are the SPLA (never the Lord's Resistance Army, also there then)
    rebels = "In South Sudan, the rebels stormed the town."
    assert [m.actor for m in REG.find(rebels, countries=["SS"], when=dt.date(1997, 3, 14))] == ["SPLA"]


def test_the_army_of_a_country_the_registry_lacks_is_its_government_unregistered() -> None:
    # Togo has no registered government: "the army" there is "Togolese government forces", named from the
    # demonyms of geodata/country_names.csv (before, only the registry's own few countries got one)
    found = REG.find("The army retook the town.", countries=["TG"], anchors=[(20, "TG")], when=dt.date(1994, 1, 5))
    assert [(m.actor, m.registered) for m in found] == [("Togolese government forces", False)]


def test_congos_rebels_and_army_follow_the_date() -> None:
    rebels = "In Congo, the rebels entered the town."
    assert [m.actor for m in REG.find(rebels, countries=["CD"], when=dt.date(1997, 3, 15))] == ["AFDL"]
    assert [m.actor for m in REG.find(rebels, countries=["CD"], when=dt.date(1999, 3, 15))] == [
        "Rally for Congolese Democracy"
    ]
    army = "In Congo, government troops abandoned the town."
    assert [m.actor for m in REG.find(army, countries=["CD"], when=dt.date(1997, 3, 15))] == ["Zairean armed forces"]
    assert [m.actor for m in REG.find(army, countries=["CD"], when=dt.date(2024, 3, 15))] == ["FARDC"]


def test_rebels_of_a_country_the_registry_lacks_are_never_a_neighbours() -> None:
    # Guinea 2000: no registered Guinean rebels; Mali, named as a border, has the Tuareg rebels. "The
    # rebels" are Guinea's, unregistered; never Mali's
    body = "The rebels also hold Gueckedou, near the border with Sierra Leone and Mali."
    found = REG.find(body, countries=["GN", "ML"], anchors=[(25, "GN"), (62, "SL"), (77, "ML")],
                     when=dt.date(2000, 10, 10))
    assert [(m.actor, m.registered) for m in found] == [("Guinean rebels", False)]


def test_a_states_army_named_after_the_state() -> None:
    # its one government ("Burundi's army"), or the government the registry lacks ("Togo's army")
    assert [m.actor for m in REG.find("Burundi's army shelled the hills.", countries=["BI"])] == ["Burundian forces"]
    found = REG.find("Togo's military entered the town.", countries=["TG"])
    assert [(m.actor, m.registered) for m in found] == [("Togolese government forces", False)]


def test_mutinous_troops_are_never_the_states_forces() -> None:
    body = "In Congo, dissident troops loyal to a renegade general captured the town, and soldiers fled."
    found = REG.find(body, countries=["CD"], when=dt.date(2004, 6, 2))
    assert [(m.actor, m.registered) for m in found] == [("dissident troops", False), ("FARDC", True)]


def test_sierra_leones_kamajors_and_somalias_factions() -> None:
    assert [m.actor for m in REG.find("The Kamajors took Kenema.", countries=["SL"], when=dt.date(1998, 3, 1))] == [
        "Civil Defence Forces"
    ]
    assert [m.actor for m in REG.find("Aidid's gunmen withdrew.", countries=["SO"], when=dt.date(1999, 6, 7))] == [
        "Somali National Alliance"
    ]


def test_user_config_dates_an_actor(tmp_path: Path) -> None:
    res = _user_registry(
        tmp_path,
        '[actors."Old militia"]\ngeneric = ["the militiamen"]\ncountries = ["XK"]\nkind = "militia"\n'
        "active_until = 2001-12-31\n"
    )
    assert res.problems == ()
    body = "In Kosovo, the militiamen entered the town."
    assert [m.actor for m in res.value.find(body, countries=["XK"], when=dt.date(1999, 5, 1))] == ["Old militia"]
    assert "Old militia" not in [m.actor for m in res.value.find(body, countries=["XK"], when=dt.date(2024, 5, 1))]
    res = _user_registry(tmp_path, '[actors."Sudanese Armed Forces"]\nactive_from = "soon"\n')
    assert len(res.problems) == 1 and "active_from" in res.problems[0].message


@pytest.mark.parametrize(
    ("body", "cc", "when", "want"),
    [
        ("FARC guerrillas overran the police station.", "CO", dt.date(1998, 11, 1), ["FARC"]),
        ("Croatian Serb rebels shelled the town.", "HR", dt.date(1991, 9, 1), ["Krajina Serb forces"]),
        ("The federal army shelled the town.", "HR", dt.date(1991, 9, 1), ["Yugoslav People's Army"]),
        ("Gangs of the Viv Ansanm coalition attacked the town.", "HT", dt.date(2025, 3, 1), ["Viv Ansanm"]),
        ("Maoist rebels overran the town.", "NP", dt.date(2006, 1, 1), ["Nepalese Maoists"]),
        ("Maoist rebels overran the town.", "IN", dt.date(2009, 6, 1), ["Naxalites"]),
        ("Polisario fighters attacked the berm.", "EH", dt.date(2021, 1, 1), ["Polisario Front"]),
        ("North Korean troops helped retake the village.", "RU", dt.date(2025, 1, 1), ["North Korean forces"]),
        ("Alliance forces entered Kunduz.", "AF", dt.date(2001, 11, 20), ["Northern Alliance"]),
        ("Kenyan troops entered the district.", "HT", dt.date(2024, 8, 1),
         ["Multinational Security Support mission"]),
    ],
)
def test_wars_added_in_session_6(body: str, cc: str, when: dt.date, want: list[str]) -> None:
    assert [m.actor for m in REG.find(body, countries=[cc], when=when)] == want


def test_a_head_noun_taken_into_a_name_is_not_a_second_actor() -> None:
    got = REG.find("Lebanese army troops deployed in Naqoura.", countries=["LB"])
    assert [(m.text, m.actor) for m in got] == [("Lebanese army troops", "Lebanese army")]


@pytest.mark.parametrize(
    "body, cc, when, want",
    [
        # groups founded later are never what a generic name meant before they existed
        ("In Congo, rebels seized Pweto.", "CD", dt.date(2000, 12, 8), ["Rally for Congolese Democracy"]),
        ("In Congo, rebels seized Bunagana.", "CD", dt.date(2022, 6, 13), ["M23"]),
        ("In Congo, rebels seized Kisangani.", "CD", dt.date(2008, 6, 1), []),
        ("In Somalia, insurgents attacked Baidoa.", "SO", dt.date(1995, 3, 1), []),
        ("In Somalia, insurgents attacked Baidoa.", "SO", dt.date(2010, 3, 1), ["al-Shabaab"]),
        ("In Myanmar, the alliance attacked Muse.", "MM", dt.date(2023, 11, 1), ["Three Brotherhood Alliance"]),
        ("In Myanmar, the alliance attacked Muse.", "MM", dt.date(2016, 11, 20), []),
    ],
)
def test_founding_dates_bound_generic_names(body: str, cc: str, when: dt.date, want: list[str]) -> None:
    assert [m.actor for m in REG.find(body, countries=[cc], when=when)] == want


def test_the_government_of_a_country_the_registry_lacks_is_nobody_elses() -> None:
    # Angola's government is not registered: Addis Ababa named in passing does not make it Ethiopia's
    body = ("UNITA rebels captured Huambo. Talks in Addis Ababa stalled. "
            "The government said its troops had withdrawn from Huambo.")
    anchors = [(body.index("Huambo"), "AO"), (body.index("Addis"), "ET"), (body.rindex("Huambo"), "AO")]
    got = REG.find(body, countries=["AO", "ET"], anchors=anchors, when=dt.date(1993, 3, 8))
    assert "Ethiopian National Defense Force" not in [m.actor for m in got]
    # ... while one that fights in the main country still may be meant ("the army" in Gaza is Israel's)
    gaza = "The army said its troops had surrounded Jabalia in Gaza. Officials in Tel Aviv said so too."
    anchors = [(gaza.index("Jabalia"), "PS"), (gaza.index("Gaza"), "PS"), (gaza.index("Tel Aviv"), "IL")]
    got = REG.find(gaza, countries=["PS", "IL"], anchors=anchors, when=dt.date(2023, 11, 1))
    assert got[0].actor == "Israeli forces"


def test_a_generic_name_is_never_a_group_that_fights_only_outside_the_sentences_country() -> None:
    # Chad is named first, so the nearest country with "rebels" in the registry is Chad's, but the sentence
    # is about the Central African Republic
    body = "Troops from Chad deployed to Sibut. Rebels in the Central African Republic seized Ndele."
    anchors = [(body.index("Chad"), "TD"), (body.index("Sibut"), "CF"), (body.index("Central"), "CF"),
               (body.index("Ndele"), "CF")]
    got = REG.find(body, countries=["CF", "TD"], anchors=anchors, when=dt.date(2012, 12, 10))
    assert "Chadian rebels" not in [m.actor for m in got]
    # a country after "in the" is where they are, not an actor
    assert "Central African armed forces" not in [m.actor for m in got]
    # ... and among several actors of one generic name, the one of the sentence's country
    serbs = "Croatia's army attacked Knin. In Bosnia, Serb forces took Jajce."
    anchors = [(serbs.index("Croatia"), "HR"), (serbs.index("Knin"), "HR"), (serbs.index("Bosnia"), "BA"),
               (serbs.index("Jajce"), "BA")]
    got = REG.find(serbs, countries=["HR", "BA"], anchors=anchors, when=dt.date(1992, 10, 30))
    assert [m.actor for m in got if m.text == "Serb forces"] == ["Bosnian Serb forces"]

def test_the_government_the_registry_lacks_is_an_unregistered_actor_named_for_its_country() -> None:
    body = "Militants attacked Arish in Egypt. The government said its troops had retaken Arish."
    anchors = [(body.index("Arish"), "EG"), (body.index("Egypt"), "EG"), (body.rindex("Arish"), "EG")]
    got = REG.find(body, countries=["EG"], anchors=anchors, when=dt.date(2017, 3, 8))
    gov = [m for m in got if m.text == "The government"]
    assert [(m.actor, m.registered) for m in gov] == [("Egyptian government forces", False)]
    # a registered government keeps its name
    body = "The government said its troops had retaken Kidal in Mali."
    got = REG.find(body, countries=["ML"], anchors=[(body.index("Kidal"), "ML")], when=dt.date(2023, 11, 14))
    assert [(m.actor, m.registered) for m in got][:1] == [("Malian armed forces", True)]


def test_a_demonym_of_two_words_names_its_country() -> None:
    # "South Sudanese rebels" are South Sudan's (never "Sudanese rebels"); "Central African rebels" are the
    # Central African Republic's, unregistered, whatever the report's country
    found = REG.find("South Sudanese rebels seized Bor.", countries=["SS"], when=dt.date(2014, 1, 2))
    assert [(m.text, m.actor) for m in found] == [("South Sudanese rebels", "SPLA-IO")]
    found = REG.find("Central African rebels hold Bambari.", countries=[])
    assert [(m.text, m.actor, m.registered) for m in found] == [
        ("Central African rebels", "Central African rebels", False)
    ]
    # never part of a word: "Pro-Russian rebels" are not Russia's
    found = REG.find("Pro-Russian rebels hold Donetsk.", countries=["UA"], when=dt.date(2014, 8, 1))
    assert [m.actor for m in found] == ["Russian-backed separatists"]


def test_forces_named_by_a_demonym_the_registry_lacks() -> None:
    # never the army of the passage's country (a Kenyan dateline, Nigeria's army)
    found = REG.find("NAIROBI - Togolese troops have captured Masaka.", countries=["UG", "KE"],
                     anchors=[(0, "KE")], when=dt.date(1979, 2, 26))
    assert [(m.text, m.actor, m.registered) for m in found] == [
        ("Togolese troops", "Togolese government forces", False)
    ]
    # a people no state is named after: one actor "<demonym> forces" or "<demonym> rebels", whatever the noun
    found = REG.find("Biafran troops retook Owerri as Biafran units pushed on.", countries=["NG"],
                     when=dt.date(1969, 4, 26))
    assert [m.actor for m in found] == ["Biafran forces", "Biafran forces"]
    found = REG.find("East German forces took the city. Cabindan rebels seized Kolwezi.", countries=["VN"])
    assert [m.actor for m in found] == ["East German forces", "Cabindan rebels"]
    # peacekeepers of a state are still the mission's, and "Republican" is no people
    assert "Dutch government forces" not in [
        m.actor for m in REG.find("Dutch peacekeepers left the town.", countries=["BA"], when=dt.date(1995, 7, 11))
    ]


def test_the_rebels_after_a_group_the_registry_lacks() -> None:
    # "the rebels" refer back to "Central African rebels", named in full before (never to "44 rebels")
    body = "Central African rebels hold Bambari. Yaloke, which the rebels captured in December, fell."
    found = REG.find(body, countries=["CF"], when=dt.date(2021, 2, 1))
    assert [m.actor for m in found] == ["Central African rebels", "Central African rebels"]


def test_a_group_named_before_the_word_for_its_fighters() -> None:
    # a name the registry lacks before "rebels", "insurgents", "guerrillas": that group, unregistered
    found = REG.find("Belgian paratroopers fought Kwilu rebels in the city.", countries=["CD"])
    assert ("Kwilu rebels", False) in [(m.actor, m.registered) for m in found]
    found = REG.find("The city, held by Pathet Lao insurgents, fell.", countries=["LA"])
    assert [(m.actor, m.registered) for m in found] == [("Pathet Lao insurgents", False)]
    # words that describe fighters name no group, nor a registered name's shorter form
    for body in ("Clashes with Sunni insurgents went on.", "as Islamist-led rebels drove through the town"):
        assert all(m.registered for m in REG.find(body, countries=["SY"], when=dt.date(2024, 12, 6)))
    assert [m.actor for m in REG.find("He said Houthi rebels took Sanaa.", countries=["YE"])] == ["Houthis"]


def test_a_group_is_never_the_rebels_of_a_report_from_before_it_was_founded() -> None:
    # Congo 1964: "the rebels" are not the Lord's Resistance Army (founded 1987), which fights there today
    body = "In Congo, the rebels entered the town."
    old = REG.find(body, countries=["CD"], when=dt.date(1964, 11, 24))
    assert "Lord's Resistance Army" not in [m.actor for m in old]
    # its own name always means it
    named = REG.find("The Lord's Resistance Army raided the town.", countries=["CD"], when=dt.date(1964, 11, 24))
    assert [m.actor for m in named] == ["Lord's Resistance Army"]


def test_border_guards_are_the_states_forces() -> None:
    found = REG.find("In Ukraine, border guards held the crossing.", countries=["UA"], when=dt.date(2023, 5, 1))
    assert [m.actor for m in found] == ["Ukrainian forces"]


def test_historical_governments_by_the_reports_date() -> None:
    # Ivory Coast's army is the government's in 2002, Gbagbo's loyalists' between the 2010 runoff and his arrest
    body = "Government soldiers abandoned the town."
    def who(cc: str, day: dt.date) -> list[str]:
        return [m.actor for m in REG.find(body, countries=[cc], anchors=[(30, cc)], when=day)]
    assert who("CI", dt.date(2002, 10, 7)) == ["Ivorian government forces"]
    assert who("CI", dt.date(2011, 3, 30)) == ["Gbagbo loyalist forces"]
    # Libya's army before the 2011 war, Gaddafi's forces during it
    assert who("LY", dt.date(1987, 3, 28)) == ["Libyan forces"]
    assert who("LY", dt.date(2011, 3, 20)) == ["Gaddafi forces"]
    # Cambodia: the Khmer Republic until Phnom Penh fell, the Khmer Rouge until the Vietnamese took it
    assert who("KH", dt.date(1974, 6, 1)) == ["Khmer Republic forces"]
    assert who("KH", dt.date(1977, 6, 1)) == ["Khmer Rouge"]


def test_a_name_of_two_historical_actors_is_the_one_that_fought_then() -> None:
    # "New Forces": the 2002 rebels' name, and Ouattara's forces' in 2011
    body = "The New Forces took the town."
    assert [m.actor for m in REG.find(body, countries=["CI"], when=dt.date(2003, 1, 5))] == [
        "Patriotic Movement of Ivory Coast"
    ]
    assert [m.actor for m in REG.find(body, countries=["CI"], when=dt.date(2011, 3, 30))] == [
        "Republican Forces of Ivory Coast"
    ]
    # "ethnic Albanian rebels": Kosovo's KLA in 1998, Macedonia's NLA in 2001
    rebels = "Ethnic Albanian rebels took the village."
    assert [m.actor for m in REG.find(rebels, countries=["XK"], when=dt.date(1998, 7, 20))] == [
        "Kosovo Liberation Army"
    ]
    assert [m.actor for m in REG.find(rebels, countries=["MK"], when=dt.date(2001, 6, 30))] == [
        "National Liberation Army (Macedonia)"
    ]


def test_national_contingents_and_interventions_by_the_country_of_the_passage() -> None:
    def who(body: str, cc: str, day: dt.date) -> list[str]:
        return [m.actor for m in REG.find(body, countries=[cc], anchors=[(len(body) - 1, cc)], when=day)]
    # Ugandan troops in Somalia serve with the AU mission; in Congo and South Sudan they are Uganda's own
    assert who("Ugandan troops seized the town.", "SO", dt.date(2014, 3, 1)) == ["AMISOM"]
    assert who("Ugandan troops seized the town.", "SS", dt.date(2014, 1, 10)) == ["Ugandan forces"]
    # American troops of the interventions in the Americas, India's army in the 1971 war
    assert who("U.S. forces took the airport.", "PA", dt.date(1989, 12, 21)) == ["US forces (in the Americas)"]
    assert who("U.S. forces took the airport.", "IQ", dt.date(2004, 11, 9)) == ["US-led coalition"]
    assert who("Indian troops took the town.", "BD", dt.date(1971, 12, 7)) == ["Indian forces (in the 1971 war)"]
    # Yemen's civil war of 1994: the north's forces were Sanaa's government's
    assert who("Northern forces took the town.", "YE", dt.date(1994, 6, 1)) == ["Northern forces (in Yemen, 1994)"]
    assert who("Government troops took the town.", "YE", dt.date(1994, 6, 1)) == ["Northern forces (in Yemen, 1994)"]
    assert who("Government troops took the town.", "YE", dt.date(2016, 6, 1)) == ["Yemeni government forces"]


def test_press_descriptions_of_armed_groups() -> None:
    def who(body: str, cc: str, day: dt.date) -> list[str]:
        return [m.actor for m in REG.find(body, countries=[cc], anchors=[(len(body) - 1, cc)], when=day)]
    assert who("STC-aligned forces drove them out.", "YE", dt.date(2019, 8, 20)) == ["Southern Transitional Council"]
    assert who("Fighters from the western mountains seized Zawiya.", "LY", dt.date(2011, 8, 22)) == ["Libyan rebels"]
    assert who("Federal police entered the town.", "IQ", dt.date(2017, 10, 17)) == ["Iraqi government forces"]
    assert who("The FANT columns took Fada.", "TD", dt.date(1987, 1, 3)) == ["Chadian forces"]
    assert who("Nigerian and Ghanaian troops drove them back.", "LR", dt.date(1992, 11, 1)) == ["ECOMOG"]
    assert who("Forces of General Abdul Rashid Dostum held the city.", "AF", dt.date(2001, 11, 10)) == [
        "Northern Alliance"
    ]
