"""Finding place mentions: real places and nothing else, with kinds, qualifiers and corefs."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapgen.mentions import find_places
from mapgen.model import Kind
from mapgen.resolve import OfflineResolver, default_resolver
from mapgen.scan import fold_text

SEED = Path(__file__).parent.parent / "seeds" / "000_5f087e301ec6f340.txt"


@pytest.fixture(scope="module")
def resolver() -> OfflineResolver:
    return default_resolver()  # type: ignore[return-value]


def spans(body: str, resolver: OfflineResolver) -> list:
    return list(find_places(body, resolver).value)


def test_seed_lists_every_real_place_and_nothing_else(resolver: OfflineResolver) -> None:
    body = SEED.read_text(encoding="utf-8").strip("\n")
    ms = spans(body, resolver)
    names = [m.text for m in ms if not m.coref]
    assert set(names) == {
        "Raqa",
        "Iraq",
        "Syria",
        "Hawija",
        "Mosul",
        "Sharqat",
        "Euphrates Valley",
        "Deir Ezzor",
        "Homs",
        "Hama",
    }
    assert names.count("Raqa") >= 8
    for m in ms:
        assert body[m.start : m.end] == m.text
    for bad in ("Syrian", "Britain", "Abadi", "Washington", "Arab", "God", "Iraqi"):
        assert bad not in names
    by: dict = {}
    for m in ms:
        if not m.coref:
            by.setdefault(m.text, m)  # first occurrence
    assert by["Deir Ezzor"].kind_hint is Kind.ADMIN1
    assert by["Homs"].kind_hint is Kind.ADMIN1 and by["Homs"].qualifier == "east"
    assert by["Hama"].kind_hint is Kind.ADMIN1 and by["Hama"].qualifier == "east"
    assert by["Hawija"].kind_hint is Kind.SETTLEMENT
    assert any(m.qualifier == "section:downstream-of:SY" for m in ms if m.text == "Euphrates Valley")
    corefs = [m.text for m in ms if m.coref]
    assert "the northern city" in corefs and corefs.count("the city") >= 4


@pytest.mark.parametrize(
    "text",
    [
        "Most of the fighters left.",
        "Reading the statement, he paused.",
        "The plan may Split the alliance.",
        "Hit by an air strike, the convoy stopped.",
        "The Sake was served.",
        "Mobile phones were cut.",
        '"Everyone is afraid," one resident said.',
    ],
)
def test_common_words_are_not_places_without_context(resolver: OfflineResolver, text: str) -> None:
    assert [m.text for m in spans(text, resolver) if not m.coref] == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Iraqi forces entered the town of Hit in Anbar.", "Hit"),
        ("Fighting raged near Sake in North Kivu, Congo.", "Sake"),
        ("Jihadists attacked Gao in Mali.", "Gao"),
    ],
)
def test_common_words_in_place_context_are_places(resolver: OfflineResolver, text: str, name: str) -> None:
    assert name in [m.text for m in spans(text, resolver)]


def test_people_organisations_and_metonymy(resolver: OfflineResolver) -> None:
    text = (
        'Iraqi Prime Minister Haider al-Abadi spoke. "We will win," Abadi said. The Syrian Observatory '
        "for Human Rights and the International Rescue Committee reported it. A coalition led by "
        "Washington struck. The Britain-based monitor said so. Linda Tom told AFP."
    )
    assert [m.text for m in spans(text, resolver) if not m.coref] == []


def test_unknown_place_in_place_context_is_a_mention(resolver: OfflineResolver) -> None:
    ms = spans("Shelling hit the village of Novoxyzivka in Ukraine.", resolver)
    assert "Novoxyzivka" in [m.text for m in ms]


def test_qualifiers(resolver: OfflineResolver) -> None:
    ms = {
        m.text: m
        for m in spans("Rebels hold the western parts of Aleppo and the outskirts of Idlib, Syria.", resolver)
    }
    assert ms["Aleppo"].qualifier == "west"
    assert ms["Idlib"].qualifier == "outskirts"
    ms2 = {m.text: m for m in spans("IS holds a pocket around Kirkuk in Iraq.", resolver)}
    assert ms2["Kirkuk"].qualifier == "pocket"


def test_offsets_survive_diacritics_apostrophes_and_cyrillic(resolver: OfflineResolver) -> None:
    body = "Clashes in Ta’izz, Yemen, and near Харків and Deir ez-Zôr; Iraq's army moved."
    for m in spans(body, resolver):
        assert body[m.start : m.end] == m.text
    names = [m.text for m in spans(body, resolver)]
    assert "Ta’izz" in names and "Харків" in names and "Deir ez-Zôr" in names


def test_fold_text_maps_back() -> None:
    body = "Ma’arrat al-Nu’man,  Щека"
    ft = fold_text(body)
    assert ft.text == "maarrat al numan shcheka"
    i = ft.text.index("shcheka")
    assert body[ft.start(i) : ft.end(i + 7)] == "Щека"


def test_it_taken_back_is_a_place(resolver: OfflineResolver) -> None:
    ms = spans("The Taliban held Kunduz for two weeks before Afghan forces took it back.", resolver)
    assert [(m.text, m.coref) for m in ms] == [("Kunduz", False), ("it", True)]
    ms = spans("Afghan forces said it was a setback.", resolver)
    assert [m.text for m in ms if m.coref] == []


def test_a_glued_article_belongs_to_a_name_found_as_a_spelling_variant(resolver: OfflineResolver) -> None:
    # "Hilaliya" is found as a variant of the gazetteer's "Hilaliyya"; the mention keeps its "al-"
    ms = spans("The RSF stormed al-Hilaliya at dawn, residents said.", resolver)
    assert [m.text for m in ms] == ["al-Hilaliya"]


def test_a_short_name_after_a_verb_of_holding_is_a_place(resolver: OfflineResolver) -> None:
    ms = spans("In Mali, the rebels had run Gao since 2012.", resolver)
    assert "Gao" in [m.text for m in ms]


def test_a_short_name_inside_a_list_of_names_is_a_place(resolver: OfflineResolver) -> None:
    ms = spans("French troops have since recaptured Douentza, Gao and Timbuktu.", resolver)
    assert "Gao" in [m.text for m in ms]
    ms = spans("French troops have since retaken Gao in the north.", resolver)
    assert "Gao" in [m.text for m in ms]


def test_a_common_word_with_an_appositive_or_ending_a_list_is_a_place(resolver: OfflineResolver) -> None:
    # "Bama" is also an English word: a place when an appositive names its kind, or as a list's last item
    def names(body: str) -> list[str]:
        return [m.text for m in spans(body, resolver)]

    assert "Bama" in names("Bama, the second-largest town in Borno state, was retaken on March 16.")
    assert "Bama" in names("The militants hold several towns, including Gwoza and Bama.")
    assert "Ibb" in names("They now control Dhamar and Ibb, two provincial capitals.")
    assert "Bama" not in names("Bama was a word they used.")


def test_the_crimean_peninsula_is_crimea(resolver: OfflineResolver) -> None:
    ms = spans("Moscow annexed the Crimean peninsula in 2014.", resolver)
    assert [m.text for m in ms] == ["Moscow", "Crimean peninsula"]


def test_the_city_at_a_sentence_start_is_no_place_name(resolver: OfflineResolver) -> None:
    # the gazetteer knows a "The City"; at a sentence start it is a back-reference
    ms = spans("Fighting reached Aleppo. The city has been divided since 2012.", resolver)
    assert [(m.text, m.coref) for m in ms] == [("Aleppo", False), ("The city", True)]


def test_a_short_name_before_a_predicate_of_control_is_a_place(resolver: OfflineResolver) -> None:
    ms = spans("Insurgents raided the islands. Ibo remains under government control, police said.", resolver)
    assert "Ibo" in [m.text for m in ms]
    assert "Hope" not in [m.text for m in spans("Aid groups said Hope remains under pressure.", resolver)]


def test_a_short_name_with_a_where_clause_is_a_place(resolver: OfflineResolver) -> None:
    # only a place has a "where" clause ("Gao, where the army has its headquarters")
    body = "Gao, where the army has its northern command headquarters, remained in government hands."
    assert "Gao" in [m.text for m in spans(body, resolver)]
    assert "Gao" not in [m.text for m in spans("Gao told reporters where the army was.", resolver)]


def test_the_countrys_second_city_is_no_back_reference_to_the_country(resolver: OfflineResolver) -> None:
    body = "Fighting raged in Libya. The LNA says it now controls most of the country's second city."
    ms = spans(body, resolver)
    assert [m.text for m in ms] == ["Libya"]


def test_the_town_hall_of_a_place_is_that_place_not_a_back_reference(resolver: OfflineResolver) -> None:
    body = "Rebels seized the town hall of Kauswagan. Troops retook the city hall on Friday."
    ms = find_places(body, resolver).value
    assert [m.text for m in ms if not m.coref] == ["Kauswagan"]
    # (with no name after it, "the city hall" is a building of the town named before)
    assert [m.text for m in ms if m.coref] == ["the city"]


def test_a_sea_named_after_a_town_is_not_the_town(resolver: OfflineResolver) -> None:
    body = "In Mariupol, the port on the Sea of Azov, shelling went on. Ships waited in the Gulf of Aden."
    assert [m.text for m in find_places(body, resolver).value if not m.coref] == ["Mariupol"]


def test_a_place_after_a_countrys_possessive_is_a_place(resolver: OfflineResolver) -> None:
    # a capitalised word before a name usually makes it part of a longer name, but not a possessive
    body = "Shelling hit Syria's Idlib province, and Ukrainian troops crossed into Russia's Kursk region."
    assert [m.text for m in find_places(body, resolver).value] == ["Syria", "Idlib", "Russia", "Kursk"]
    # the other neighbours still make a longer name
    assert "Idlib" not in [m.text for m in spans("Free Idlib Army fighters said the convoy left.", resolver)]


def test_it_that_fell_to_someone_is_a_place(resolver: OfflineResolver) -> None:
    ms = spans("Thousands of families fled Kunduz after it fell to the insurgents in August.", resolver)
    assert [(m.text, m.coref) for m in ms] == [("Kunduz", False), ("it", True)]
    # "it" before other verbs is no place
    ms = spans("Thousands of families fled Kunduz after it was announced.", resolver)
    assert [(m.text, m.coref) for m in ms] == [("Kunduz", False)]


def test_a_back_reference_may_carry_a_demonym(resolver: OfflineResolver) -> None:
    ms = spans("Thousands fled Jajce after the central Bosnian town fell to Serb forces.", resolver)
    assert [(m.text, m.coref) for m in ms] == [("Jajce", False), ("the central Bosnian town", True)]
    # a capitalised word that is no demonym is not part of one
    ms = spans("Thousands fled Jajce after the Zenica town hall was shelled.", resolver)
    assert [m.text for m in ms if m.coref] == []


def test_an_article_and_a_common_noun_are_never_a_place(resolver: OfflineResolver) -> None:
    # ("The Crossing" is an old name of a town in the United States)
    ms = spans("The crossing lies on the road from Bismarck to Mandan in North Dakota.", resolver)
    assert [m.text for m in ms] == ["Bismarck", "Mandan", "North Dakota"]


def test_a_name_accepted_once_is_a_place_everywhere_in_the_report(resolver: OfflineResolver) -> None:
    text = ("Sudan's army said it had recaptured the garrison town of Torit from rebels in Kenya. "
            "Soldiers entered Torit this morning, officials in Khartoum said.")
    ms = [m.text for m in spans(text, resolver) if not m.coref]
    assert ms.count("Torit") == 2
