"""Claims that depend on the real gazetteer and back-references: the whole pure pipeline on short reports."""

from __future__ import annotations

import datetime as dt

import pytest

from mapgen.ingest import report_id
from mapgen.model import Report
from mapgen.pipeline import Context, analyse


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context.load()


def claims(ctx: Context, body: str, date: dt.date = dt.date(2021, 12, 5)) -> set[tuple[str, str, str]]:
    report = Report(report_id(body), "test.txt", body, date, "AFP")
    found = analyse(report, ctx).claims
    return {(c.name or c.place, c.actor, c.status.value) for c in found if c.confidence >= 0.5}


def test_a_relative_clause_without_its_pronoun_after_a_back_reference(ctx: Context) -> None:
    got = claims(ctx, "Government troops advanced on Dessie in Ethiopia. \"We will not stop at Dessie,\" he "
                      "said, referring to the city the TPLF has held since late October.")
    assert ("Dessie", "Tigray Defence Forces", "held") in got, got


def test_the_provincial_capital_is_the_town_named_before(ctx: Context) -> None:
    got = claims(ctx, "The Taliban surrounded Ghazni in Afghanistan on Monday. On Friday they stormed the "
                      "provincial capital from three sides, officials said.")
    assert ("Ghazni", "Taliban", "attacking") in got, got


def test_the_city_at_a_sentence_start_is_the_city_named_before(ctx: Context) -> None:
    got = claims(ctx, "Shelling hit Aleppo in Syria on Monday. The city has been divided since 2012, and its "
                      "eastern districts are held by the opposition.")
    assert ("Aleppo", "Syrian rebels", "held") in got, got


def test_a_place_named_in_a_title_is_not_what_its_refers_to(ctx: Context) -> None:
    got = claims(ctx, "In Sievierodonetsk in Ukraine, Russian forces were attacking the city from three "
                      "sides, Luhansk governor Serhiy Haidai said, and had reached its outskirts.")
    assert ("Siverskodonetsk", "Russian forces", "attacking") in got, got
    assert not any(name == "Luhansk" for name, _, _ in got), got


def test_a_speaker_after_said_is_no_place(ctx: Context) -> None:
    got = claims(ctx, 'The Taliban attacked Farah in Afghanistan. "People were hiding," said Qani, who spent '
                      "the night in the governor's office.")
    assert got == {("Farah", "Taliban", "attacking")}, got


def test_the_rebels_is_the_group_the_report_is_about_not_one_named_in_passing(ctx: Context) -> None:
    body = (
        "Fighters of the Oromo Liberation Army (OLA) attacked Nekemte in Ethiopia on Sunday. The OLA said "
        "its units had withdrawn. OLA commanders gave no figures. The group briefly allied with the "
        "Tigrayan rebels last year. The rebels have also attacked Gimbi, residents said."
    )
    got = claims(ctx, body)
    assert ("Gimbi", "Oromo Liberation Army", "attacking") in got, got
    assert not any(actor == "Tigray Defence Forces" for _, actor, _ in got), got


def test_the_pronoun_of_a_group_the_registry_lacks_is_theirs(ctx: Context) -> None:
    body = ("Government soldiers fled Pweto in Congo. The Congolese Rally for Democracy (RCD), which holds "
            "much of the east, said its fighters had taken Pweto.")
    got = claims(ctx, body, dt.date(2000, 12, 8))
    assert ("Pweto", "FARDC", "captured") not in got, got


def test_they_after_a_coordinated_subject_that_said_it_is_the_head(ctx: Context) -> None:
    got = claims(ctx, "Ethiopian government forces and allied Amhara militias said Monday they had regained "
                      "control of Lalibela in Ethiopia.", dt.date(2021, 12, 13))
    assert {(a, s) for _, a, s in got} >= {("Ethiopian National Defense Force", "captured")}, got
    assert ("Fano", "captured") not in {(a, s) for _, a, s in got}, got


def test_a_distance_after_a_folded_appositive_keeps_the_place_the_subject(ctx: Context) -> None:
    body = ("UNITA rebels shelled Huambo in Angola. Kuito, the capital of Bie province, some 150 kilometres "
            "to the east, has been besieged by UNITA since January.")
    got = claims(ctx, body, dt.date(1993, 3, 8))
    assert ("Cuíto", "UNITA", "besieging") in got, got  # (the gazetteer's spelling)


def test_the_other_sides_lines_are_no_subject_of_a_participle(ctx: Context) -> None:
    # "Russian lines" is what the Ukrainians broke through, not who recaptured the towns
    body = ("In early September, Ukrainian forces broke through Russian lines south-east of Kharkiv and "
            "swept east, recapturing Balakliia, Kupiansk and Izium in a matter of days.")
    got = claims(ctx, body, dt.date(2022, 11, 2))
    taken = {(place, actor) for place, actor, status in got if status == "captured"}
    assert {("Balakliya", "Ukrainian forces"), ("Izyum", "Ukrainian forces")} <= taken, got
    assert not any(actor == "Russian forces" for _, actor in taken), got


@pytest.mark.parametrize(
    "verb",
    ["keep a firm grip on", "retain control of", "have a stranglehold on", "dominate", "administer",
     "garrison", "have re-established control of", "hold sway in"],
)
def test_more_verbs_of_holding(ctx: Context, verb: str) -> None:
    body = f"In Angola, UNITA rebels {verb} Huambo and much of the central highlands, officials said."
    got = claims(ctx, body, dt.date(1993, 6, 1))
    assert ("Huambo", "UNITA", "held") in got, got


def test_a_place_held_as_it(ctx: Context) -> None:
    body = ("After a siege of two months, the government garrison abandoned Huambo in March, and UNITA has "
            "held it ever since. The governor held it responsible for the famine.")
    got = claims(ctx, body, dt.date(1993, 6, 1))
    assert ("Huambo", "UNITA", "held") in got, got


def test_an_object_relative_says_who_drove_whom_out(ctx: Context) -> None:
    body = "In Syria, the Islamic State group, which Kurdish fighters expelled from Kobane, holds Raqqa."
    got = claims(ctx, body, dt.date(2016, 5, 1))
    kobane = {(a, s) for p, a, s in got if p != "Ar Raqqah"}
    assert kobane == {("YPG", "captured"), ("Islamic State", "lost")}, got
    # a pronoun there is not taken for who drove them out: only the loser is said
    body = "In Syria, the Kurds fought the Islamic State group, which they drove out of Kobane in 2015."
    they = claims(ctx, body, dt.date(2016, 5, 1))
    assert {(a, s) for _, a, s in they} == {("Islamic State", "lost")}, they


@pytest.mark.parametrize(
    ("body", "date", "want"),
    [
        pytest.param(
            "In Syria, Saraqib was wrested from government forces. Atarib is being used by rebels as a base.",
            dt.date(2020, 6, 1),
            {("Saraqib", "Syrian government forces", "lost"), ("Al Atārib", "Syrian rebels", "held")},
            id="wrested-from-and-used-as-a-base-by",
        ),
        pytest.param(
            "In Chad, officials said government troops had returned to Goz Beida on Sunday. In Ethiopia, the "
            "TPLF said its fighters had completed their pullback from Weldiya.",
            dt.date(2021, 12, 25),
            {("Goz Beida", "Chadian forces", "captured"), ("Weldiya", "Tigray Defence Forces", "lost")},
            id="returned-to-a-town-and-a-pullback-from-one",
        ),
        pytest.param(
            "In Angola, Andulo and Bailundo -- the movement's old strongholds in the Bie highlands -- remain "
            "firmly in UNITA hands.",
            dt.date(1993, 6, 1),
            {("Andulo", "UNITA", "held"), ("Bailundo", "UNITA", "held")},
            id="a-parenthesis-between-dashes-describes-the-place",
        ),
    ],
)
def test_more_constructions(ctx: Context, body: str, date: dt.date, want: set[tuple[str, str, str]]) -> None:
    got = claims(ctx, body, date)
    assert want <= got, got


def test_the_town_is_never_a_city_named_for_its_broadcaster(ctx: Context) -> None:
    # (Torit lies in today's South Sudan, outside the report's country: "the town" would prefer Omdurman)
    body = (
        "Sudanese troops have recaptured Torit from the rebels, officials in Khartoum said. \"Our forces "
        "entered Torit this morning,\" said an army communique broadcast by Omdurman radio. It said SPLA "
        "fighters who had garrisoned the town withdrew east."
    )
    got = claims(ctx, body, date=dt.date(1992, 7, 14))
    assert ("Torit", "SPLA", "lost") in got, got
    assert not any(place == "Omdurman" for place, _, _ in got), got


def test_a_factbox_entry_labelled_in_capitals(ctx: Context) -> None:
    body = (
        "Factbox: who holds what in Congo\n\n"
        "- GEMENA and LISALA: Both fell to the MLC earlier this year.\n"
        "- KONGOLO: Held by government forces.\n"
        "- KABALO: Controlled by the government.\n"
        "- KISANGANI: The third city is in the hands of the RCD.\n"
    )
    got = claims(ctx, body, date=dt.date(1999, 7, 10))
    assert {("Gemena", "MLC", "captured"), ("Lisala", "MLC", "captured"), ("Kongolo", "FARDC", "held"),
            ("Kabalo", "FARDC", "held"), ("Kisangani", "Rally for Congolese Democracy", "held")} <= got, got


def test_capitals_before_a_colon_outside_a_factbox_are_no_place(ctx: Context) -> None:
    # a news agency's name opening a line of a live page ("SANA: ..."), not Sanaa
    got = claims(ctx, "SANA: The army took Palmyra in Syria on Sunday.", date=dt.date(2016, 3, 27))
    assert not any(place == "Sanaa" for place, _, _ in got), got


def test_rebel_control_in_one_country_is_never_a_neighbours_rebels(ctx: Context) -> None:
    # UNITA fights in Angola, named in the report; "rebel control" in Congo is not theirs
    body = ("Angola and Namibia sent troops to back the Congolese government. Kalemie, the Lake Tanganyika "
            "port, has been under rebel control since late 1998.")
    got = claims(ctx, body, date=dt.date(1999, 7, 10))
    assert ("Kalemie", "UNITA", "held") not in got, got


def test_both_before_control_words_is_the_pair_named_before(ctx: Context) -> None:
    # (session 14) "Both" stands for the two places only before words of control, never for people
    got = claims(ctx, "Syrian troops advanced on Mayadin and Albu Kamal in Syria on Monday. Both are still "
                      "in the hands of IS, residents said.", dt.date(2017, 10, 5))
    held = {place for place, actor, status in got if (actor, status) == ("Islamic State", "held")}
    assert held == {"Al Mayādīn", "Ālbū Kamāl"}, got
    got = claims(ctx, "Syrian troops advanced on Mayadin and Albu Kamal in Syria on Monday. Both were "
                      "wounded in the hands of IS, residents said.", dt.date(2017, 10, 5))
    assert not any(status == "held" for _, _, status in got), got
