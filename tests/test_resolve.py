"""Resolution: press spellings within tolerance, ambiguity never hidden, pins validated."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from mapgen.config import Config
from mapgen.errors import ConfigError
from mapgen.mentions import find_places
from mapgen.model import Kind, Resolution
from mapgen.resolve import OfflineResolver, default_resolver, haversine_km

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def resolver() -> OfflineResolver:
    return default_resolver()  # type: ignore[return-value]


def _within(resolver: OfflineResolver, path: Path) -> tuple[int, int, list[str]]:
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    ok, misses = 0, []
    for r in rows:
        g = resolver.geocode(r["query"], country=r["country"] or None)
        d = (
            haversine_km(g.place.lat, g.place.lon, float(r["lat"]), float(r["lon"]))
            if g.place
            else float("inf")
        )
        if d <= float(r["tol_km"]):
            ok += 1
        else:
            misses.append(f"{r['query']} -> {g.place.name if g.place else None} ({d:.0f} km)")
    return ok, len(rows), misses


def test_every_dev_toponym_within_tolerance(resolver: OfflineResolver) -> None:
    ok, n, misses = _within(resolver, DATA / "toponyms_dev.csv")
    assert ok == n, misses


def test_conflict_toponyms_97_percent_within_25_km(resolver: OfflineResolver) -> None:
    path = DATA / "toponyms_conflicts.csv"
    if not path.is_file():
        pytest.skip("tests/data/toponyms_conflicts.csv not present")
    ok, n, misses = _within(resolver, path)
    assert n >= 100
    assert ok / n >= 0.97, misses


def test_ambiguous_without_context_resolved_with_it(resolver: OfflineResolver) -> None:
    g = resolver.geocode("Tripoli")
    assert g.resolution is Resolution.AMBIGUOUS and len(g.candidates) >= 2
    assert {c.place.country for c in g.candidates} >= {"LY", "LB"}
    assert resolver.geocode("Tripoli", country="LB").place.country == "LB"  # type: ignore[union-attr]
    assert resolver.geocode("Tripoli", country="LY").place.country == "LY"  # type: ignore[union-attr]


def test_kind_asked_for(resolver: OfflineResolver) -> None:
    assert resolver.geocode("Deir ez-Zor").place.kind is Kind.SETTLEMENT  # type: ignore[union-attr]
    assert resolver.geocode("Deir ez-Zor", kind=Kind.ADMIN1).place.key == "admin1:SY-DY"  # type: ignore[union-attr]
    assert resolver.geocode("Homs province").place.key == "admin1:SY-HI"  # type: ignore[union-attr]


def test_press_names_geonames_lacks_come_from_place_aliases(resolver: OfflineResolver) -> None:
    # geodata/place_aliases.csv: "Shire" is the press's name for Inda Selassie in Tigray
    assert resolver.geocode("Shire", country="ET").place.key == "geonames:334227"  # type: ignore[union-attr]


def test_unknown_name_unresolved_with_explanation(resolver: OfflineResolver) -> None:
    g = resolver.geocode("Novoxyzivka")
    assert g.resolution is Resolution.UNRESOLVED and g.place is None and g.explanation


def test_seed_mentions_resolve_and_report_problems(resolver: OfflineResolver) -> None:
    body = (Path(__file__).parent.parent / "seeds" / "000_5f087e301ec6f340.txt").read_text().strip("\n")
    ms = find_places(body, resolver).value
    res = resolver.resolve_mentions(body, ms)
    assert len(res.value) == len(ms)
    gold = {
        "Raqa": (35.95283, 39.00788),
        "Hawija": (35.32592, 43.77267),
        "Mosul": (36.335, 43.11889),
        "Sharqat": (35.51722, 43.22806),
    }
    for pm in res.value:
        assert pm.mention is not None
        if pm.mention.text in gold:
            assert pm.resolution is Resolution.RESOLVED
            assert haversine_km(pm.place.lat, pm.place.lon, *gold[pm.mention.text]) < 25  # type: ignore[union-attr]
        if pm.mention.text == "the northern city":
            assert pm.place.key == "geonames:172955"  # type: ignore[union-attr]
        if pm.mention.text in ("Homs", "Hama", "Deir Ezzor"):
            assert pm.place.kind is Kind.ADMIN1  # type: ignore[union-attr]
    assert not [p for p in res.problems if p.severity.value != "info"]


def test_ambiguous_and_unresolved_mentions_become_problems(resolver: OfflineResolver) -> None:
    body = "Fighting near the village of Novoxyzivka. Rockets hit Tripoli."
    res = resolver.resolve_mentions(body, find_places(body, resolver).value)
    codes = {p.code for p in res.problems}
    assert codes == {"unresolved-place", "ambiguous-place"}
    assert all("[places]" in p.message for p in res.problems)


def test_facility_named_after_a_place_elsewhere(resolver: OfflineResolver) -> None:
    body = "In Sirte, Libya, delegates met at the Ouagadougou conference center."
    res = resolver.resolve_mentions(body, find_places(body, resolver).value)
    ouaga = [pm for pm in res.value if pm.mention.text == "Ouagadougou"]
    assert ouaga and all(pm.place is None or pm.place.country == "LY" for pm in ouaga)


def test_a_sea_is_no_near_spelling_of_a_town(resolver: OfflineResolver) -> None:
    # with the United States in the context (Georgia read as the US state), "Black Sea" was Blackshear,
    # Georgia, by a near spelling
    got = resolver.geocode("Black Sea", country="US")
    assert got.place is None, got.place
    # ... while a near spelling of a town still resolves
    assert resolver.geocode("Blackshere", country="US").place is not None


def test_pins_alias_and_forced_choice() -> None:
    cfg = Config(
        data={
            "places": {
                "Novoxyzivka": {"lat": 48.1, "lon": 37.7, "country": "UA"},
                "Tripoli": "geonames:266826",
            }
        }
    )
    r = default_resolver(cfg)
    g = r.geocode("Novoxyzivka")
    assert g.resolution is Resolution.PINNED and g.place.lat == 48.1  # type: ignore[union-attr]
    assert r.geocode("Tripoli").place.country == "LB"  # type: ignore[union-attr]
    assert r.digest != default_resolver().digest


@pytest.mark.parametrize(
    "pin, words",
    [
        ({"lat": 37.7, "lon": 48.1, "country": "UA"}, "swapped"),
        ({"lat": 137.7, "lon": 48.1}, "swapped"),
        ({"lat": 48.1, "lon": 190}, "outside"),
        ({"lat": "x", "lon": 1}, "numeric"),
        ("geonames:0", "unknown place key"),
    ],
)
def test_bad_pins_are_rejected(pin: object, words: str) -> None:
    with pytest.raises(ConfigError, match=words):
        default_resolver(Config(data={"places": {"Somewhere": pin}}))


def _coref_targets(resolver: OfflineResolver, body: str) -> list[tuple[str, str | None]]:
    res = resolver.resolve_mentions(body, find_places(body, resolver).value)
    return [(pm.mention.text, pm.place.name if pm.place else None) for pm in res.value if pm.mention.coref]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A capital standing for its government is not the town a later back-reference means.
        (
            "Rebels took Idlib in Syria on Sunday, two weeks after Ankara launched an offensive. "
            "Fighters entered the centre of the town at dawn.",
            "Idlib",
        ),
        (
            "Russian forces shelled Kharkiv in Ukraine, and Moscow denied targeting civilians. "
            "Residents of the city fled west.",
            "Kharkiv",
        ),
        # A place naming an event ("the Astana talks") is not where fighting is.
        (
            "The army retook Homs in Syria, weeks after the Astana talks. Troops secured the city.",
            "Homs",
        ),
    ],
)
def test_coref_skips_places_standing_for_governments_or_events(
    resolver: OfflineResolver, body: str, expected: str
) -> None:
    targets = _coref_targets(resolver, body)
    assert targets and targets[-1][1] is not None and expected in targets[-1][1], targets


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Negative twins: the same capitals as places of fighting stay valid antecedents.
        (
            "Rebels shelled Idlib in Syria. Later drones struck Damascus and hit the centre of the city.",
            "Damascus",
        ),
        ("Russian forces shelled Kharkiv in Ukraine, then Kyiv. Residents of the city fled west.", "Kyiv"),
    ],
)
def test_coref_keeps_the_nearest_place_of_fighting(
    resolver: OfflineResolver, body: str, expected: str
) -> None:
    targets = _coref_targets(resolver, body)
    assert targets and targets[-1][1] is not None and expected in targets[-1][1], targets


def test_coref_prefers_a_place_in_the_reports_countries(resolver: OfflineResolver) -> None:
    # Izmir (Turkey) is named in passing; the report names only Syria: "the town" is Afrin.
    body = (
        "Syrian rebels took Afrin in Syria on Sunday. Refugees later reached Izmir. "
        "Fighters entered the town at dawn."
    )
    targets = _coref_targets(resolver, body)
    assert targets and targets[-1][1] is not None and "Afr" in targets[-1][1], targets


def test_coref_falls_back_to_an_out_of_country_place_when_none_is_in_country(
    resolver: OfflineResolver,
) -> None:
    # Negative twin: with no in-country candidate the nearest place still answers.
    body = "Fighting in Syria continued. Gunmen attacked Izmir. Police sealed off the city."
    targets = _coref_targets(resolver, body)
    assert targets and targets[-1][1] is not None and "zmir" in targets[-1][1], targets


@pytest.mark.parametrize("adj", ["ruined", "devastated", "encircled", "beleaguered", "frontline"])
def test_descriptive_adjectives_before_a_place_noun_are_back_references(
    resolver: OfflineResolver, adj: str
) -> None:
    body = f"Troops entered Mosul in Iraq on Monday. Civilians returned to the {adj} city."
    targets = _coref_targets(resolver, body)
    assert targets == [(f"the {adj} city", "Mosul")], targets


def test_coref_skips_a_capital_that_acts_after_an_adverb(resolver: OfflineResolver) -> None:
    body = (
        "Russian forces took Mariupol in Ukraine after a long siege. Moscow now controls the coast, "
        "and Moscow could now redeploy its troops. The city is in ruins."
    )
    targets = _coref_targets(resolver, body)
    assert targets and targets[-1][1] == "Mariupol", targets


def test_coref_skips_names_of_regions_for_a_city(resolver: OfflineResolver) -> None:
    # "the Donetsk and Luhansk regions" name regions: "the city" is still Mariupol.
    body = (
        "Russian forces took Mariupol in Ukraine. Moscow aims to take the Donetsk and Luhansk regions. "
        "The city is in ruins."
    )
    targets = _coref_targets(resolver, body)
    assert targets and targets[-1][1] == "Mariupol", targets


def test_coref_keeps_a_city_named_without_a_region_noun(resolver: OfflineResolver) -> None:
    # Negative twin: Donetsk named as a city is the nearest antecedent.
    body = "Russian forces took Mariupol in Ukraine. Shells then hit Donetsk. The city lost power."
    targets = _coref_targets(resolver, body)
    assert targets and targets[-1][1] == "Donetsk", targets


def test_coref_passes_over_a_capital_named_once_in_a_story_about_a_town(resolver: OfflineResolver) -> None:
    body = (
        "Iraqi troops entered Tikrit on Monday. Residents in Baghdad celebrated the news. "
        "Soldiers raised the flag over the city hall."
    )
    targets = _coref_targets(resolver, body)
    assert targets and targets[-1][1] == "Tikrīt", targets


@pytest.mark.parametrize(
    "body,name",
    [
        ("In Sudan, the RSF holds almost all of Darfur.", "Darfur"),
        ("In Sudan, fighting spread across Kordofan.", "Kordofan"),
        ("Russian forces hold much of the Donbas in eastern Ukraine.", "Donbas"),
        ("The Syrian army shelled Eastern Ghouta near Damascus.", "Eastern Ghouta"),
    ],
)
def test_regions_named_as_a_whole(resolver: OfflineResolver, body: str, name: str) -> None:
    from mapgen.mentions import find_places

    resolved = resolver.resolve_mentions(body, find_places(body, resolver).value).value
    kinds = {pm.place.name: pm.place.kind for pm in resolved if pm.place}
    assert kinds.get(name) is Kind.REGION, kinds


def test_the_two_towns_refers_to_the_last_coordinated_pair(resolver: OfflineResolver) -> None:
    body = (
        "Fighting reached Gondar in Ethiopia. The army recaptured Dessie and Kombolcha on Monday. "
        "Rebels had seized the two towns in October."
    )
    targets = _coref_targets(resolver, body)
    assert targets == [("the two towns", "Dessie"), ("the two towns", "Kombolcha")], targets


def test_both_towns_falls_back_to_the_two_places_named_last(resolver: OfflineResolver) -> None:
    # No coordinated pair: "Kombolcha, south of Dessie" names the two towns.
    body = (
        "Rebels attacked Gondar in Ethiopia. Kombolcha, south of Dessie, was shelled. "
        "Drones hit both towns."
    )
    targets = _coref_targets(resolver, body)
    assert targets == [("both towns", "Kombolcha"), ("both towns", "Dessie")], targets


def test_both_towns_with_one_town_named_stays_unresolved(resolver: OfflineResolver) -> None:
    # Negative twin: a single town within reach is no pair; an older one is not guessed.
    body = (
        "Rebels attacked Gondar in Ethiopia. Fighting went on for days. Kombolcha was shelled. "
        "Drones hit both towns."
    )
    targets = _coref_targets(resolver, body)
    assert targets == [("both towns", None), ("both towns", None)], targets


def test_it_after_a_verb_of_assault_is_the_place_named_just_before(resolver: OfflineResolver) -> None:
    body = (
        "Shells fell on Mariupol in Ukraine. Lysychansk came under fire, "
        "and Russian units tried to storm it."
    )
    targets = _coref_targets(resolver, body)
    assert targets == [("it", "Lysychansk")], targets


def test_it_after_a_verb_of_assault_does_not_reach_far_back(resolver: OfflineResolver) -> None:
    # Negative twin: the place is three sentences back; "it" is not guessed from there.
    body = (
        "Lysychansk in Ukraine came under fire. The weather turned. Supplies ran short. "
        "Russian units tried to storm it."
    )
    targets = _coref_targets(resolver, body)
    assert targets == [("it", None)], targets


def test_it_in_other_uses_is_no_place(resolver: OfflineResolver) -> None:
    body = (
        "Lysychansk in Ukraine came under fire. Officials said it was quiet, "
        "and tried to take it to court."
    )
    assert _coref_targets(resolver, body) == []


def test_the_garrison_is_the_place_of_the_base_named_before(resolver: OfflineResolver) -> None:
    body = (
        "The RSF seized the headquarters of the 15th Division at Ardamata, near El Geneina in Sudan. "
        "Hundreds of soldiers fled the garrison."
    )
    targets = _coref_targets(resolver, body)
    assert len(targets) == 1 and targets[0][1] is not None and "rdamat" in targets[0][1], targets


def test_the_garrison_without_a_base_named_is_not_the_last_town(resolver: OfflineResolver) -> None:
    # Negative twin: no base is named, so "the garrison" is not guessed to be El Geneina.
    body = "The RSF attacked Ardamata and El Geneina in Sudan. Hundreds of soldiers fled the garrison."
    targets = _coref_targets(resolver, body)
    assert targets == [("the garrison", None)], targets


def test_withdrawn_from_them_is_the_last_pair_of_places(resolver: OfflineResolver) -> None:
    body = (
        "The army recaptured Dessie and Kombolcha in Ethiopia. "
        "The rebels said they had withdrawn from them in good order."
    )
    targets = _coref_targets(resolver, body)
    assert targets == [("them", "Dessie"), ("them", "Kombolcha")], targets


def test_them_after_other_verbs_is_no_place(resolver: OfflineResolver) -> None:
    # Negative twin: "them" that people did something to is not a place.
    body = "The army recaptured Dessie and Kombolcha in Ethiopia. Rebels said the army had shot at them."
    assert _coref_targets(resolver, body) == []


def test_there_skips_the_province_that_only_locates_the_town(resolver: OfflineResolver) -> None:
    body = (
        "Rebels in Myanmar said they had seized Kutkai in northern Shan state after overrunning the last "
        "army base there."
    )
    assert _coref_targets(resolver, body) == [("there", "Kutkai")]
    body = "Fighting spread across northern Shan state in Myanmar. Rebels said they held positions there."
    assert _coref_targets(resolver, body) == [("there", "northern Shan")]


def test_the_provincial_capital_refers_back_to_the_last_town(resolver: OfflineResolver) -> None:
    body = (
        "The Taliban surrounded Ghazni in Afghanistan. "
        "On Friday they stormed the provincial capital from three sides."
    )
    assert _coref_targets(resolver, body) == [("the provincial capital", "Ghazni")]


def test_the_provincial_capital_followed_by_its_name_is_no_back_reference(resolver: OfflineResolver) -> None:
    body = (
        "Fighting reached Ghazni in Afghanistan. "
        "The Taliban then stormed the provincial capital, Farah, from the north."
    )
    assert _coref_targets(resolver, body) == []


def test_the_town_is_not_a_city_only_ever_named_in_passing(resolver: OfflineResolver) -> None:
    body = (
        "Nigerian troops retook Dikwa in Borno state on Monday. Dikwa lies about 90 kilometres east of "
        "Maiduguri, and thousands of its residents fled to Maiduguri last year. Soldiers said they were "
        "now in control of the town."
    )
    assert _coref_targets(resolver, body) == [("the town", "Dikwa")]


def test_the_town_is_never_a_national_capital_or_a_big_city(resolver: OfflineResolver) -> None:
    body = (
        "Russian forces attacked Toretsk in Ukraine on Monday. Drones also struck Kyiv overnight, and "
        "Kyiv's mayor said two people were hurt. Ukrainian soldiers still hold positions in the town, a "
        "spokesman said."
    )
    assert _coref_targets(resolver, body) == [("the town", "Toretsk")]


def test_the_city_is_not_a_capital_named_no_more_often_than_the_ledes_town(resolver: OfflineResolver) -> None:
    body = (
        "Iraqi troops advanced on Fallujah on Monday. Fallujah has been held by jihadists since 2014. "
        "Reinforcements arrived from Baghdad, and police in Baghdad were put on alert. Troops have "
        "encircled the city, an officer said."
    )
    assert _coref_targets(resolver, body) == [("the city", "Al Fallūjah")]


def test_there_skips_a_region_named_as_the_towns_capital_of(resolver: OfflineResolver) -> None:
    body = (
        "The RSF seized Zalingei, the capital of Central Darfur, in Sudan on Thursday. Witnesses said "
        "soldiers there retreated after weeks of clashes."
    )
    assert _coref_targets(resolver, body) == [("there", "Zalinjay")]


def test_coref_takes_the_place_a_passing_mention_locates(resolver: OfflineResolver) -> None:
    # "Baghdad" only measures where Falluja is: "it" in the next sentence is Falluja.
    body = (
        "Iraqi forces retook Hit in April. Falluja, just 50 km from Baghdad, has been held by the jihadists "
        "since January 2014. Government troops have encircled it for months."
    )
    targets = _coref_targets(resolver, body)
    assert targets and targets[-1] == ("it", "Al Fallūjah"), targets


def test_coref_keeps_the_story_town_over_a_fronted_locative(resolver: OfflineResolver) -> None:
    # Negative twin: "In Rubizhne, a town just south of Kreminna" is no sentence about Rubizhne's fate;
    # the story (and "the town") is Kreminna's.
    body = (
        "Russian forces stormed Kreminna in eastern Ukraine on Monday. In Rubizhne, an industrial town just "
        "south of Kreminna, street fighting was under way. "
        "Russian forces have been attacking the town for weeks."
    )
    targets = _coref_targets(resolver, body)
    assert targets and targets[-1][1] == "Kreminna", targets


def test_a_bosnian_report_is_about_bosnia_though_it_names_turks(resolver: OfflineResolver) -> None:
    # "Bosnian" and "Bosnia-Herzegovina" give the country context; without them the Turkish Tuzla won
    body = (
        "SARAJEVO, Bosnia-Herzegovina (AP) - Bosnian Serb troops overran Srebrenica on Tuesday. Dutch "
        "peacekeepers pulled back, and Mladic spoke of revenge on the Turks. Refugees fled toward Tuzla."
    )
    from mapgen.mentions import find_places

    resolved = resolver.resolve_mentions(body, find_places(body, resolver).value).value
    got = {pm.mention.text: (pm.place.country if pm.place else None) for pm in resolved}
    assert got.get("Srebrenica") == "BA" and got.get("Tuzla") == "BA", got


def test_the_capital_is_the_capital_of_the_country_the_report_is_about(resolver: OfflineResolver) -> None:
    # No country is named: the towns say Libya, and "the capital" is Tripoli though the story's town is
    # Gharyan (before, "the capital" was no mention at all).
    body = (
        "Forces loyal to the unity government retook Gharyan on Wednesday. The town had been the main supply "
        "base of Haftar's push on the capital since April."
    )
    assert _coref_targets(resolver, body) == [("The town", "Gharyan"), ("the capital", "Tripoli")]


def test_a_demonym_names_whose_capital_and_an_apposition_names_the_place_itself(
    resolver: OfflineResolver,
) -> None:
    body = (
        "The Taliban seized Jalalabad without a fight and entered the Afghan capital hours later. In Sudan, "
        "the rebels pushed north towards Juba, the regional capital, on Monday."
    )
    want = [("the Afghan capital", "Kabul"), ("the regional capital", "Juba")]
    assert _coref_targets(resolver, body) == want


def test_the_capital_far_from_the_reports_towns_is_not_the_countrys(resolver: OfflineResolver) -> None:
    # Grozny lies 1,500 km from Moscow: "the capital" of a Chechen story is Grozny, never Moscow.
    body = (
        "Russian troops took the presidential palace in Grozny on Thursday. Separatist fighters still hold "
        "several districts of the capital, a commander said."
    )
    targets = dict(_coref_targets(resolver, body))
    assert targets.get("the capital") != "Moscow", targets


def test_no_mention_for_a_capital_of_no_country(resolver: OfflineResolver) -> None:
    body = "Peshmerga fighters reached Erbil, and officials in the Kurdish capital said the road was open."
    assert "the Kurdish capital" not in [t for t, _ in _coref_targets(resolver, body)]


def test_a_town_of_a_state_that_was_once_one_with_the_reports_is_no_foreign_town(
    resolver: OfflineResolver,
) -> None:
    # A 1997 story about Sudan's civil war: GeoNames files Juba and Rumbek under South Sudan; before, both
    # were set aside as outside the report's countries (and Rumbek was no mention at all).
    body = (
        "Sudan's army has lost a string of southern garrisons this year. Rumbek, a town on the road to Wau, "
        "fell to the rebels in May, and Juba is ringed by their positions."
    )
    resolved = resolver.resolve_mentions(body, find_places(body, resolver).value).value
    got = {pm.mention.text: (pm.place.country if pm.place else None) for pm in resolved}
    assert got.get("Rumbek") == "SS" and got.get("Juba") == "SS" and got.get("Wau") == "SS", got


def test_the_capital_is_of_the_country_most_of_the_towns_lie_in(resolver: OfflineResolver) -> None:
    # Abu Dhabi is the nearest place named, but the story's towns are Yemeni: "the capital" is Sanaa
    body = (
        "Yemeni forces backed by the coalition retook Lahij and advanced on Aden, Zinjibar and Mukalla. The "
        "rebels, whose envoys met officials of the United Arab Emirates in Abu Dhabi, still hold the capital."
    )
    assert dict(_coref_targets(resolver, body)).get("the capital") == "Sanaa"


def test_a_two_letter_town_of_the_reports_country_is_a_place(resolver: OfflineResolver) -> None:
    body = "In Sierra Leone, ECOMOG troops entered Bo at the weekend. So far, Go and Do were calm."
    got = [m.text for m in find_places(body, resolver).value]
    assert got == ["Sierra Leone", "Bo"], got
