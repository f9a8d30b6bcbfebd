# ruff: noqa: E501  (tables of sentences read better unbroken)
"""Control-claim extraction on our own sentences, with hand-built place mentions (no gazetteer).

Each case is a short wire-style passage from one conflict and the claims it must (and must not) make,
as (place, actor, status) triples.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from mapgen.actors import load_registry
from mapgen.claims import claim_id, extract_claims
from mapgen.config import Config
from mapgen.ingest import report_id
from mapgen.model import Claim, DatePrecision, Kind, Mention, Place, PlaceMention, Report, Resolution, Status

REG = load_registry(Config()).value

# name -> (country, kind); coordinates are not what these tests are about.
PLACES: dict[str, tuple[str, Kind]] = {
    "Raqa": ("SY", Kind.SETTLEMENT),
    "Deir Ezzor": ("SY", Kind.ADMIN1),
    "Palmyra": ("SY", Kind.SETTLEMENT),
    "Manbij": ("SY", Kind.SETTLEMENT),
    "Idlib": ("SY", Kind.ADMIN1),
    "Aleppo": ("SY", Kind.SETTLEMENT),
    "Syria": ("SY", Kind.COUNTRY),
    "Iraq": ("IQ", Kind.COUNTRY),
    "Mosul": ("IQ", Kind.SETTLEMENT),
    "Baghdad": ("IQ", Kind.SETTLEMENT),
    "Tal Afar": ("IQ", Kind.SETTLEMENT),
    "Ramadi": ("IQ", Kind.SETTLEMENT),
    "Fallujah": ("IQ", Kind.SETTLEMENT),
    "Bakhmut": ("UA", Kind.SETTLEMENT),
    "Avdiivka": ("UA", Kind.SETTLEMENT),
    "Kherson": ("UA", Kind.SETTLEMENT),
    "Kharkiv": ("UA", Kind.ADMIN1),
    "Ukraine": ("UA", Kind.COUNTRY),
    "Soledar": ("UA", Kind.SETTLEMENT),
    "El Fasher": ("SD", Kind.SETTLEMENT),
    "Wad Madani": ("SD", Kind.SETTLEMENT),
    "Khartoum": ("SD", Kind.SETTLEMENT),
    "Sudan": ("SD", Kind.COUNTRY),
    "Marib": ("YE", Kind.SETTLEMENT),
    "Hodeidah": ("YE", Kind.SETTLEMENT),
    "Aden": ("YE", Kind.SETTLEMENT),
    "Lashio": ("MM", Kind.SETTLEMENT),
    "Hsenwi": ("MM", Kind.SETTLEMENT),
    "Sloviansk": ("UA", Kind.SETTLEMENT),
    "Hawija": ("IQ", Kind.SETTLEMENT),
    "Nineveh": ("IQ", Kind.ADMIN1),
    "Kramatorsk": ("UA", Kind.SETTLEMENT),
    "Namtu": ("MM", Kind.SETTLEMENT),
    "Kutkai": ("MM", Kind.SETTLEMENT),
    "Laukkaing": ("MM", Kind.SETTLEMENT),
    "Myanmar": ("MM", Kind.COUNTRY),
    "Shire": ("ET", Kind.SETTLEMENT),
    "Axum": ("ET", Kind.SETTLEMENT),
    "Adwa": ("ET", Kind.SETTLEMENT),
    "Mekele": ("ET", Kind.SETTLEMENT),
    "Goma": ("CD", Kind.SETTLEMENT),
    "Bukavu": ("CD", Kind.SETTLEMENT),
    "Sirte": ("LY", Kind.SETTLEMENT),
    "Tripoli": ("LY", Kind.SETTLEMENT),
    "Kidal": ("ML", Kind.SETTLEMENT),
    "Mali": ("ML", Kind.COUNTRY),
    "Marawi": ("PH", Kind.SETTLEMENT),
    "Palma": ("MZ", Kind.SETTLEMENT),
    "Mocimboa da Praia": ("MZ", Kind.SETTLEMENT),
    "Kismayo": ("SO", Kind.SETTLEMENT),
    "Kunduz": ("AF", Kind.SETTLEMENT),
    "Kabul": ("AF", Kind.SETTLEMENT),
    "Baga": ("NG", Kind.SETTLEMENT),
    "Nigeria": ("NG", Kind.COUNTRY),
    "Rafah": ("PS", Kind.SETTLEMENT),
    "Gondar": ("ET", Kind.SETTLEMENT),
    "Chin State": ("MM", Kind.ADMIN1),
    "Kupiansk": ("UA", Kind.SETTLEMENT),
    "Dikwa": ("NG", Kind.SETTLEMENT),
    "Marte": ("NG", Kind.SETTLEMENT),
    "Damasak": ("NG", Kind.SETTLEMENT),
    "Mueda": ("MZ", Kind.SETTLEMENT),
    "Bhamo": ("MM", Kind.SETTLEMENT),
    "Gambela": ("ET", Kind.SETTLEMENT),
    "Tigray": ("ET", Kind.ADMIN1),
    "Shusha": ("AZ", Kind.SETTLEMENT),
    "DR Congo": ("CD", Kind.COUNTRY),
}
_CITY = re.compile(r"\b(?:the (?:northern |southern |eastern |western |)(?:city|town)|there)\b")


def _place(name: str) -> Place:
    cc, kind = PLACES[name]
    return Place(f"test:{name.lower().replace(' ', '-')}", name, 10.0, 20.0, cc, kind)


def mentions(body: str, coref: bool = True) -> list[PlaceMention]:
    """Every known name in the body, and "the city"/"there" resolved to the previous named place."""
    found: list[tuple[int, int, str]] = []
    for name in sorted(PLACES, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(name)}\b", body):
            if not any(s < m.end() and m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), name))
    if coref:
        for m in _CITY.finditer(body):
            found.append((m.start(), m.end(), ""))
    found.sort()
    out: list[PlaceMention] = []
    last: Place | None = None
    for s, e, name in found:
        if name:
            last = _place(name)
            out.append(PlaceMention(Mention(body[s:e], s, e), Resolution.RESOLVED, last, 0.9))
        elif last is not None:
            out.append(PlaceMention(Mention(body[s:e], s, e, coref=True), Resolution.RESOLVED, last, 0.8))
    return out


def run(
    body: str, date: dt.date | None = dt.date(2024, 3, 14), places: list[PlaceMention] | None = None
) -> list[Claim]:
    report = Report(report_id(body), "test.txt", body, date, "AFP")
    result = extract_claims(report, mentions(body) if places is None else places, REG)
    return list(result.value)


def triples(claims: list[Claim], min_conf: float = 0.5) -> set[tuple[str, str, str]]:
    return {(c.name or c.place, c.actor, c.status.value) for c in claims if c.confidence >= min_conf}


def assert_claims(body: str, must: set[tuple[str, str, str]], must_not: set[tuple[str, str, str]]) -> None:
    """The passage makes every claim of ``must`` and none of ``must_not`` (as (place, actor, status)).

    Dated mid-2021: "government forces" mean the governments the registry dates around then (the Afghan
    republic's, not the Taliban's)."""
    got = triples(run(body, date=dt.date(2021, 7, 1)))
    assert must <= got, (must - got, got)
    assert not (must_not & got), (must_not & got, got)


CASES = [
    # Syria / Iraq
    (
        "IS fighters seized Palmyra on Sunday after a week-long assault.",
        {("Palmyra", "Islamic State", "captured")},
    ),
    (
        "Palmyra was recaptured by Syrian government forces backed by Russian air strikes.",
        {("Palmyra", "Syrian government forces", "captured")},
    ),
    ("The town of Manbij is now in the hands of the SDF.", {("Manbij", "Syrian Democratic Forces", "held")}),
    (
        "Iraqi forces retook Ramadi and Fallujah from the jihadists.",
        {
            ("Ramadi", "Iraqi government forces", "captured"),
            ("Fallujah", "Iraqi government forces", "captured"),
            ("Ramadi", "Islamic State", "lost"),
            ("Fallujah", "Islamic State", "lost"),
        },
    ),
    (
        "Tal Afar remains under the control of Islamic State, officials said.",
        {("Tal Afar", "Islamic State", "held")},
    ),
    ("The jihadists withdrew from Manbij after a two-month battle.", set()),  # no antecedent: nothing
    (
        "Islamic State is under pressure. The jihadists withdrew from Manbij overnight.",
        {("Manbij", "Islamic State", "lost")},
    ),
    (
        "Rebels hold most of Idlib province, where government troops have been massing.",
        {("Idlib", "Syrian rebels", "held")},
    ),
    # Ukraine
    (
        "Russian forces captured Bakhmut in May after months of fighting.",
        {("Bakhmut", "Russian forces", "captured")},
    ),
    ("Ukrainian troops pulled out of Avdiivka, the army said.", {("Avdiivka", "Ukrainian forces", "lost")}),
    ("Wagner fighters stormed Soledar on Tuesday.", {("Soledar", "Wagner Group", "attacking")}),
    ("Kherson was liberated by Ukrainian forces in November.", {("Kherson", "Ukrainian forces", "captured")}),
    ("Russia launched a new offensive on Kharkiv.", {("Kharkiv", "Russian forces", "attacking")}),  # metonymy
    (
        "Russian troops launched a new offensive on Kharkiv region.",
        {("Kharkiv", "Russian forces", "attacking")},
    ),
    # Sudan
    (
        "The paramilitary Rapid Support Forces besieged El Fasher for months.",
        {("El Fasher", "Rapid Support Forces", "besieging")},
    ),
    (
        "In Sudan, the army recaptured Wad Madani from the paramilitaries.",
        {("Wad Madani", "Sudanese Armed Forces", "captured"), ("Wad Madani", "Rapid Support Forces", "lost")},
    ),
    # Yemen
    (
        "Huthi rebels pressed their offensive on Marib, the government's last northern stronghold.",
        {("Marib", "Houthis", "attacking"), ("Marib", "Yemeni government forces", "held")},
    ),
    ("The Houthi-held port of Hodeidah was struck overnight.", {("Hodeidah", "Houthis", "held")}),
    (
        "Separatists of the Southern Transitional Council seized control of Aden.",
        {("Aden", "Southern Transitional Council", "captured")},
    ),
    # Myanmar: lists
    (
        "The Three Brotherhood Alliance seized Hsenwi, Namtu and Kutkai in northern Shan State.",
        {
            ("Hsenwi", "Three Brotherhood Alliance", "captured"),
            ("Namtu", "Three Brotherhood Alliance", "captured"),
            ("Kutkai", "Three Brotherhood Alliance", "captured"),
        },
    ),
    (
        "The MNDAA took Lashio, the junta's regional command headquarters, in August.",
        {
            ("Lashio", "Myanmar National Democratic Alliance Army", "captured"),
            ("Lashio", "Myanmar military", "lost"),
        },
    ),
    # Ethiopia: lists and withdrawal
    (
        "Tigrayan forces withdrew from Shire, Axum and Adwa as Eritrean troops advanced.",
        {
            ("Shire", "Tigray Defence Forces", "lost"),
            ("Axum", "Tigray Defence Forces", "lost"),
            ("Adwa", "Tigray Defence Forces", "lost"),
        },
    ),
    # DRC
    (
        "M23 rebels entered Goma on Monday, and later advanced on Bukavu.",
        {("Goma", "M23", "captured"), ("Bukavu", "M23", "attacking")},
    ),
    # Libya
    (
        "Sirte fell to GNA forces after a months-long battle.",
        {("Sirte", "Government of National Accord", "captured")},
    ),
    (
        "Haftar's forces launched an offensive to seize Tripoli in April 2019.",
        {("Tripoli", "Libyan National Army", "attacking")},
    ),
    # Sahel
    (
        "The Malian army and Wagner mercenaries recaptured Kidal from Tuareg rebels.",
        {
            ("Kidal", "Malian armed forces", "captured"),
            ("Kidal", "Wagner Group", "captured"),
            ("Kidal", "Tuareg rebels", "lost"),
        },
    ),
    # Philippines
    (
        "Philippine troops laid siege to Marawi, where the Maute group is holed up.",
        {("Marawi", "Armed Forces of the Philippines", "besieging"), ("Marawi", "Maute group", "held")},
    ),
    # Mozambique
    (
        "Insurgents in Cabo Delgado overran Mocimboa da Praia in August.",
        {("Mocimboa da Praia", "Cabo Delgado insurgents", "captured")},
    ),
    # Somalia
    # (the agent of the passive took the town: session 8)
    (
        "Al-Shabaab was driven out of Kismayo by African Union troops.",
        {("Kismayo", "al-Shabaab", "lost"), ("Kismayo", "AMISOM", "captured")},
    ),
    # Afghanistan
    (
        "The Taliban captured Kunduz on Sunday, days before they took Kabul.",
        {("Kunduz", "Taliban", "captured"), ("Kabul", "Taliban", "captured")},
    ),
    # Nigeria
    (
        "Boko Haram fighters attacked the town of Baga, in northeastern Nigeria.",
        {("Baga", "Boko Haram", "attacking")},
    ),
    # Gaza
    ("Israeli troops pushed into Rafah on Tuesday.", {("Rafah", "Israeli forces", "attacking")}),
]


@pytest.mark.parametrize("body,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_patterns(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(run(body)) == expected


# Constructions added for the held-out corpus, in our own words: (body, claims that must be there, claims
# that must not).
MORE = [
    # nominal and declarative forms
    (
        "Iraqi forces declared Fallujah fully liberated on Sunday.",
        {("Fallujah", "Iraqi government forces", "captured")},
        set(),
    ),
    (
        "The Kremlin congratulated Russian troops on the capture of Soledar.",
        {("Soledar", "Russian forces", "captured")},
        set(),
    ),
    (
        "The fall of Kidal is a major setback for the Tuareg rebels.",
        {("Kidal", "Tuareg rebels", "lost")},
        set(),
    ),
    (
        "Marib, which now faces an advance by the Houthis from three sides, is full of displaced families.",
        {("Marib", "Houthis", "attacking")},
        set(),
    ),
    (
        "Commanders are eyeing Sirte, the Islamic State group's last stronghold on the coast.",
        {("Sirte", "Islamic State", "held")},
        set(),
    ),
    (
        "The withdrawal left RSF fighters in control of Wad Madani.",
        {("Wad Madani", "Rapid Support Forces", "held")},
        set(),
    ),
    (
        "The fighting has divided Aleppo into rebel- and regime-held halves.",
        {("Aleppo", "Syrian rebels", "held"), ("Aleppo", "Syrian government forces", "held")},
        set(),
    ),
    (
        "Sudan's army retook the presidential palace in central Khartoum.",
        {("Khartoum", "Sudanese Armed Forces", "captured")},
        set(),
    ),
    # subjects: possessive heads, coordinated demonyms, "It" continuing a subject, "the last jihadists"
    (
        "The TPLF said its forces had pulled out of Mekele.",
        {("Mekele", "Tigray Defence Forces", "lost")},
        set(),
    ),
    (
        "Rwandan and Mozambican troops recaptured Palma.",
        {("Palma", "Rwandan forces", "captured"), ("Palma", "Mozambican armed forces", "captured")},
        set(),
    ),
    (
        "The army recaptured Wad Madani in January. It already controls most of Khartoum.",
        {("Khartoum", "Sudanese Armed Forces", "held")},
        {("Khartoum", "Rapid Support Forces", "held")},
    ),
    (
        "Islamic State had held Manbij since 2014. The SDF drove the last jihadists out of Manbij on Friday.",
        {("Manbij", "Syrian Democratic Forces", "captured"), ("Manbij", "Islamic State", "lost")},
        set(),
    ),
    (
        "ISIL, which has held Fallujah since January, now threatens Ramadi.",
        {("Fallujah", "Islamic State", "held")},
        set(),
    ),
    # what the rest of the sentence says: losers, "as does", "until", "briefly"
    (
        "M23 rebels entered Goma after government troops withdrew without a fight.",
        {("Goma", "M23", "captured"), ("Goma", "FARDC", "lost")},
        set(),
    ),
    (
        "Raqa remains under the control of Islamic State, as does Deir Ezzor.",
        {("Raqa", "Islamic State", "held"), ("Deir Ezzor", "Islamic State", "held")},
        set(),
    ),
    (
        "Palmyra was held by IS until March.",
        {("Palmyra", "Islamic State", "lost")},
        {("Palmyra", "Islamic State", "held")},
    ),
    (
        "Fano militiamen briefly entered Gondar on Tuesday.",
        {("Gondar", "Fano", "attacking")},
        {("Gondar", "Fano", "captured")},
    ),
    (
        "The Taliban seized two provincial capitals on Friday, Kunduz and Kabul.",
        {("Kunduz", "Taliban", "captured"), ("Kabul", "Taliban", "captured")},
        set(),
    ),
    (
        "Government forces pushed the rebels into a small pocket of eastern Aleppo.",
        {("Aleppo", "Syrian government forces", "attacking"), ("Aleppo", "Syrian rebels", "held")},
        set(),
    ),
    (
        "The Russian defence ministry confirmed that its troops had left Kupiansk.",
        {("Kupiansk", "Russian forces", "lost")},
        set(),
    ),
    # places related, not listed: the second place is no claim
    (
        "RSF fighters seized Wad Madani, about 180 km south of Khartoum, after the army pulled out.",
        {("Wad Madani", "Rapid Support Forces", "captured"), ("Wad Madani", "Sudanese Armed Forces", "lost")},
        {("Khartoum", "Rapid Support Forces", "captured")},
    ),
    ("IS now controls large parts of northern Iraq.", set(), {("Iraq", "Islamic State", "held")}),
    (
        "The AA also holds a township in neighbouring Chin State, which it seized in January.",
        set(),
        {("Chin State", "Arakan Army", "held")},
    ),
    (
        "The Peshmerga took Kirkuk in 2014, when the Iraqi army fled an Islamic State offensive.",
        {("Kirkuk", "Peshmerga", "captured")} if "Kirkuk" in PLACES else set(),
        {("Kirkuk", "Iraqi government forces", "lost")},
    ),
]


@pytest.mark.parametrize("body,must,must_not", MORE, ids=[c[0][:40] for c in MORE])
def test_more_constructions(
    body: str, must: set[tuple[str, str, str]], must_not: set[tuple[str, str, str]]
) -> None:
    assert_claims(body, must, must_not)


NEGATED = [
    "IS failed to capture Palmyra despite repeated assaults.",
    "Russian forces threatened to attack Kharkiv.",
    "The army aims to retake Wad Madani before the rainy season.",
    "Rebels were close to taking control of Aleppo.",
    "The offensive was a step toward recapturing Mosul, officials said.",
    "Analysts warned that Marib could fall to the Houthis.",
    "The SDF vowed to defend Manbij.",
    "Ukrainian forces did not withdraw from Bakhmut.",
    "If the Taliban seize Kunduz, the north is lost.",
    "M23 rebels have never held Goma.",
    "Analysts said the army could soon drive IS out of Raqa.",
    "The fall of Bakhmut would be a blow to Ukrainian forces.",
    "Officials said the next goal was to retake Mosul.",
]


@pytest.mark.parametrize("body", NEGATED)
def test_no_claim_from_negation_intention_or_hypothesis(body: str) -> None:
    got = [c for c in run(body) if c.status is not Status.ATTACKING or "offensive" in body]
    assert got == [], [(c.place, c.actor, c.status.value) for c in got]


def test_attempt_is_an_attack_not_a_capture() -> None:
    got = triples(run("Ukrainian forces repelled attempts by Russian troops to capture Avdiivka."))
    assert ("Avdiivka", "Russian forces", "attacking") in got
    assert not any(s == "captured" for _, _, s in got)


def test_historical_claim_keeps_its_own_date() -> None:
    claims = run("The extremists of Islamic State seized Raqa in early 2014, making it their capital.")
    (c,) = [c for c in claims if c.status is Status.CAPTURED]
    assert (c.date, c.date_precision) == (dt.date(2014, 1, 1), DatePrecision.YEAR)


def test_relative_dates_resolve_against_the_report_date() -> None:
    body = (
        "On Tuesday, Iraqi forces retook Tal Afar. IS seized Mosul in July. Russian forces captured Soledar "
        "last week. Wagner fighters entered Bakhmut."
    )
    by_place = {c.name: c for c in run(body, date=dt.date(2017, 9, 21))}  # a Thursday
    assert by_place["Tal Afar"].date == dt.date(2017, 9, 19)
    assert by_place["Tal Afar"].date_precision is DatePrecision.DAY
    assert (by_place["Mosul"].date, by_place["Mosul"].date_precision) == (
        dt.date(2017, 7, 1),
        DatePrecision.MONTH,
    )
    assert by_place["Soledar"].date == dt.date(2017, 9, 14)
    assert (by_place["Bakhmut"].date, by_place["Bakhmut"].date_precision) == (
        dt.date(2017, 9, 21),
        DatePrecision.REPORT,
    )


def test_undated_report_gives_undated_claims() -> None:
    (c,) = run("Russian forces captured Bakhmut.", date=None)
    assert c.date is None and c.date_precision is DatePrecision.REPORT


def test_shares_and_two_attributed_estimates_are_two_claims() -> None:
    body = (
        "The Syrian Observatory for Human Rights, a war monitor, tracks the fighting. "
        "The Observatory said the SDF controlled 90 percent of Raqa. "
        "The US-led coalition estimated that 65-70 percent of the city was under the control of the SDF."
    )
    held = sorted((c for c in run(body) if c.status is Status.HELD), key=lambda c: c.start)
    assert [(c.share_min, c.share_max) for c in held] == [(0.9, 0.9), (0.65, 0.7)]
    assert [c.attribution for c in held] == ["Syrian Observatory for Human Rights", "US-led coalition"]
    assert len({c.id for c in held}) == 2


def test_most_of_and_halves() -> None:
    (c,) = run("Most of Aleppo is now in the hands of Syrian government forces.")
    assert (c.share_min, c.share_max) == (0.5, 1.0)
    claims = run("Aleppo was divided into rebel- and regime-controlled halves.")
    assert triples(claims) == set() or all(c.share_min == 0.5 for c in claims)
    claims = run("Aleppo was divided into SDF- and Syrian army-controlled halves.")
    assert {(c.actor, c.share_min) for c in claims} == {
        ("Syrian Democratic Forces", 0.5),
        ("Syrian government forces", 0.5),
    }


def test_quoted_claim_is_attributed_with_lower_confidence() -> None:
    plain = run("Russian forces captured Soledar, the ministry said.")
    quoted = run('"Russian forces captured Soledar," Ukrainian army spokesman Serhiy Cherevaty said.')
    assert plain and quoted
    assert quoted[0].confidence < plain[0].confidence
    assert quoted[0].attribution is not None


def test_passive_and_noun_phrases() -> None:
    body = (
        "Heavy shelling hit the Russian-held city of Kherson. The assault on Avdiivka by Russian forces "
        "continued. The fall of Soledar to Wagner fighters was confirmed."
    )
    got = triples(run(body))
    assert ("Kherson", "Russian forces", "held") in got
    assert ("Avdiivka", "Russian forces", "attacking") in got
    assert ("Soledar", "Wagner Group", "captured") in got


def test_faces_twin_assaults() -> None:
    body = (
        "In Deir Ezzor, IS faces twin assaults -- one by Syrian government forces and the other by the SDF."
    )
    assert triples(run(body)) == {
        ("Deir Ezzor", "Islamic State", "held"),
        ("Deir Ezzor", "Syrian government forces", "attacking"),
        ("Deir Ezzor", "Syrian Democratic Forces", "attacking"),
    }


def test_there_refers_to_a_coordinated_list() -> None:
    body = (
        "IS holds pockets in Deir Ezzor and Idlib, but it has come under attack by Syrian government "
        "forces there too."
    )
    got = triples(run(body))
    assert {
        ("Deir Ezzor", "Syrian government forces", "attacking"),
        ("Idlib", "Syrian government forces", "attacking"),
    } <= got


def test_lost_apostrophes() -> None:
    got = triples(
        run(
            "IS s stronghold of Raqa is under siege. Since its defeat in Iraq s second city Mosul, "
            "IS has retreated."
        )
    )
    assert ("Raqa", "Islamic State", "held") in got
    assert ("Mosul", "Islamic State", "lost") in got
    assert not any(p == "Iraq" for p, _, _ in got)


def test_unregistered_actor_is_kept_as_written() -> None:
    (c,) = run("The town of Manbij is held by the Liwa al-Quds militia, residents said.")
    assert (c.actor, c.actor_registered, c.status) == ("Liwa al-Quds militia", False, Status.HELD)


def test_unresolved_and_ambiguous_places_still_make_claims() -> None:
    body = "Russian forces captured Novoxyzivka and Tripoli."
    pms = [
        PlaceMention(Mention("Novoxyzivka", 24, 35), Resolution.UNRESOLVED),
        PlaceMention(Mention("Tripoli", 40, 47), Resolution.AMBIGUOUS, _place("Tripoli"), 0.4),
    ]
    claims = {c.place: c for c in run(body, places=pms)}
    assert claims["Novoxyzivka"].resolution is Resolution.UNRESOLVED and claims["Novoxyzivka"].lat is None
    assert claims["Tripoli"].resolution is Resolution.AMBIGUOUS


def test_places_inside_actor_names_are_ignored() -> None:
    body = "The Islamic State of Iraq and Syria seized Palmyra."
    assert triples(run(body)) == {("Palmyra", "Islamic State", "captured")}


def test_ids_are_stable_and_claims_sorted() -> None:
    body = "Russian forces captured Soledar. Wagner fighters entered Bakhmut."
    a, b = run(body), run(body)
    assert [c.id for c in a] == [c.id for c in b]
    assert [c.start for c in a] == sorted(c.start for c in a)
    c = a[0]
    assert c.id == claim_id(c.report_id, c.start, c.end, c.place_key, c.actor, c.status.value)
    assert c.evidence == body[c.start : c.end]


def test_generic_names_follow_the_country_of_the_passage() -> None:
    body = (
        "In Iraq, security forces retook Ramadi. In Syria, government troops recaptured Palmyra. "
        "In Sudan, the army entered Khartoum."
    )
    got = triples(run(body))
    assert got == {
        ("Ramadi", "Iraqi government forces", "captured"),
        ("Palmyra", "Syrian government forces", "captured"),
        ("Khartoum", "Sudanese Armed Forces", "captured"),
    }


# ------------------------------------------------------------------------------------------------
# Constructions wire copy from any war uses, found missing on reports written without seeing the code
# (our own sentences, several conflicts each). Each case: (body, claims it must make, claims it must not).
PLACES.update(
    {
        "Pokrovsk": ("UA", Kind.SETTLEMENT),
        "Mariupol": ("UA", Kind.SETTLEMENT),
        "Weldiya": ("ET", Kind.SETTLEMENT),
        "Alamata": ("ET", Kind.SETTLEMENT),
        "Hawija": ("IQ", Kind.SETTLEMENT),
    "Nineveh": ("IQ", Kind.ADMIN1),
        "Kirkuk": ("IQ", Kind.SETTLEMENT),
        "Douma": ("SY", Kind.SETTLEMENT),
        "Myawaddy": ("MM", Kind.SETTLEMENT),
        "Bhamo": ("MM", Kind.SETTLEMENT),
        "Nyala": ("SD", Kind.SETTLEMENT),
        "El Geneina": ("SD", Kind.SETTLEMENT),
        "Gezira": ("SD", Kind.ADMIN1),
        "Gwoza": ("NG", Kind.SETTLEMENT),
        "Djibo": ("BF", Kind.SETTLEMENT),
        "Tigray": ("ET", Kind.ADMIN1),
        "Kursk": ("RU", Kind.ADMIN1),
        "Sudzha": ("RU", Kind.SETTLEMENT),
        "Shan State": ("MM", Kind.ADMIN1),
    }
)
GENERAL = [
    # "in X hands", "under X control" with an adjective, a possessive or a name
    (
        "Pokrovsk remains in Ukrainian hands despite months of shelling.",
        {("Pokrovsk", "Ukrainian forces", "held")},
        set(),
    ),
    ("Idlib has been in rebel hands since 2015.", {("Idlib", "Syrian rebels", "held")}, set()),
    ("Hawija and Tal Afar are still in IS hands.", {("Hawija", "Islamic State", "held"), ("Tal Afar", "Islamic State", "held")}, set()),
    ("Only El Fasher remains in the army's hands.", {("El Fasher", "Sudanese Armed Forces", "held")}, set()),
    ("In Mali, Kidal remains under army control, officials said.", {("Kidal", "Malian armed forces", "held")}, set()),
    ("Analysts fear Kherson could fall into Russian hands.", set(), {("Kherson", "Russian forces", "held")}),
    # a clause between the place and its predicate
    (
        "Weldiya, further north on the main road, is still held by the TPLF.",
        {("Weldiya", "Tigray Defence Forces", "held")},
        set(),
    ),
    (
        "Mekele, about 250 km east of Shire, remains under the control of the TPLF.",
        {("Mekele", "Tigray Defence Forces", "held")},
        {("Shire", "Tigray Defence Forces", "held")},
    ),
    # relative clauses: the actor of the clause holds, takes or besieges the place
    (
        "IS fighters fled Mosul. Baghdad now turns to Hawija, a town near Kirkuk that the jihadists still control.",
        {("Hawija", "Islamic State", "held")},
        {("Kirkuk", "Islamic State", "held")},
    ),
    (
        "The army vowed to drive the RSF from Wad Madani, the capital of neighbouring Gezira, which the "
        "paramilitaries seized in December.",
        {("Wad Madani", "Rapid Support Forces", "held")},
        {("Wad Madani", "Rapid Support Forces", "lost"), ("Gezira", "Rapid Support Forces", "held")},
    ),
    (
        "M23 rebels are close to Goma, which the rebels have encircled on three sides since February.",
        {("Goma", "M23", "besieging")},
        {("Goma", "M23", "captured")},
    ),
    ("That leaves Douma as the only pocket still held by Syrian rebels.", {("Douma", "Syrian rebels", "held")}, set()),
    (
        "Supplies to Tal Afar, another IS-held town, now take the desert tracks.",
        {("Tal Afar", "Islamic State", "held")},
        set(),
    ),
    (
        "Houthi rebels advanced on Marib, the province that is the government's last stronghold in the north.",
        {("Marib", "Yemeni government forces", "held"), ("Marib", "Houthis", "attacking")},
        set(),
    ),
    # a fronted clause whose pronoun points to the subject after it
    (
        "Sudanese soldiers fled Ardamata. With Nyala and El Geneina under their control, the RSF now hold "
        "most of Darfur.",
        {("Nyala", "Rapid Support Forces", "held"), ("El Geneina", "Rapid Support Forces", "held")},
        {("Nyala", "Sudanese Armed Forces", "held")},
    ),
    (
        "Having captured Soledar in January, Wagner fighters moved on Bakhmut.",
        {("Soledar", "Wagner Group", "captured")},
        set(),
    ),
    ("Having failed to capture Soledar, Wagner fighters regrouped.", set(), {("Soledar", "Wagner Group", "captured")}),
    # coordinated verbs with time phrases, "followed by"
    (
        "The Taliban took Kunduz on Friday, and on Sunday captured Kabul.",
        {("Kunduz", "Taliban", "captured"), ("Kabul", "Taliban", "captured")},
        set(),
    ),
    (
        "The Taliban took Kunduz on Friday, followed by Kabul on Sunday.",
        {("Kunduz", "Taliban", "captured"), ("Kabul", "Taliban", "captured")},
        set(),
    ),
    # withdrawals and losses
    (
        "Ukrainian troops completed their withdrawal from Avdiivka on Saturday.",
        {("Avdiivka", "Ukrainian forces", "lost")},
        set(),
    ),
    ("Nigerian troops pulled their forces out of Baga overnight.", {("Baga", "Nigerian army", "lost")}, set()),
    (
        "Afghan forces withdrew to positions outside Kunduz on Sunday.",
        {("Kunduz", "Afghan government forces", "lost")},
        set(),
    ),
    (
        "The TPLF acknowledged the loss of Shire on Wednesday.",
        {("Shire", "Tigray Defence Forces", "lost")},
        set(),
    ),
    ("The TPLF denied the loss of Shire.", set(), {("Shire", "Tigray Defence Forces", "lost")}),
    (
        "Boko Haram had held Gwoza since August. Nigerian troops this morning dislodged the militants from Gwoza.",
        {("Gwoza", "Boko Haram", "lost"), ("Gwoza", "Nigerian army", "captured")},
        set(),
    ),
    (
        "Iraq's prime minister declared victory over the Islamic State group in Tal Afar.",
        {("Tal Afar", "Islamic State", "lost")},
        set(),
    ),
    # captures
    (
        "Russian forces have taken complete control of the steel plant in Mariupol.",
        {("Mariupol", "Russian forces", "captured")},
        set(),
    ),
    ("STC fighters overran government buildings in Aden.", {("Aden", "Southern Transitional Council", "captured")}, set()),
    ("STC fighters took up positions in Aden.", set(), {("Aden", "Southern Transitional Council", "captured")}),
    (
        "Ethiopia's government said its forces had recaptured Shire and Axum from Tigrayan rebels.",
        {
            ("Shire", "Ethiopian National Defense Force", "captured"),
            ("Axum", "Ethiopian National Defense Force", "captured"),
            ("Shire", "Tigray Defence Forces", "lost"),
        },
        set(),
    ),
    (
        "Forces loyal to eastern commander Khalifa Haftar entered Sirte on Wednesday.",
        {("Sirte", "Libyan National Army", "captured")},
        set(),
    ),
    # attacks and sieges
    (
        "Russian units were trying to storm Avdiivka from the south.",
        {("Avdiivka", "Russian forces", "attacking")},
        {("Avdiivka", "Russian forces", "captured")},
    ),
    (
        "Iraqi troops and Shiite militias are pressing an assault on Ramadi.",
        {("Ramadi", "Iraqi government forces", "attacking")},
        set(),
    ),
    (
        "KIA fighters seized most of Bhamo and are besieging the last army positions in Bhamo.",
        {("Bhamo", "Kachin Independence Army", "captured"), ("Bhamo", "Kachin Independence Army", "besieging")},
        set(),
    ),
    (
        "Kutkai, where the army reinforced its garrison in December, has also come under attack by TNLA fighters.",
        {("Kutkai", "Ta'ang National Liberation Army", "attacking")},
        set(),
    ),
    ("LNA artillery shelled Sirte for two days.", {("Sirte", "Libyan National Army", "attacking")}, set()),
    # relative clauses after a comma, a descriptor or a distance; modified actor names
    (
        "Idlib, which had been in rebel hands since 2015, lies on the main highway.",
        {("Idlib", "Syrian rebels", "held")},
        set(),
    ),
    ("Kidal, which remains under army control, lies in northern Mali.", {("Kidal", "Malian armed forces", "held")}, set()),
    (
        "Somali troops captured Kismayo, a port that had been in the hands of the al-Qaeda-linked al-Shabaab group.",
        {("Kismayo", "Somali government forces", "captured"), ("Kismayo", "al-Shabaab", "held")},
        set(),
    ),
    (
        "Aden, the second city in Yemen, was retaken by Houthi rebels.",
        {("Aden", "Houthis", "captured")},
        set(),
    ),
    (
        "Wad Madani, the largest town in Gezira, was retaken by the army.",
        {("Wad Madani", "Sudanese Armed Forces", "captured")},
        {("Gezira", "Sudanese Armed Forces", "captured")},
    ),
    (
        "Ukrainian forces were still holding their lines in Bakhmut on Sunday.",
        {("Bakhmut", "Ukrainian forces", "held")},
        set(),
    ),
    (
        "Hundreds of jihadists of Islamic State attacked Ramadi. Later, jihadists stormed Fallujah.",
        {("Fallujah", "Islamic State", "attacking")},
        set(),
    ),
    # an offensive launched earlier is not an attempt on the place taken after "and"
    (
        "The LNA launched its southern offensive in January and took Sirte within days.",
        {("Sirte", "Libyan National Army", "captured")},
        {("Sirte", "Libyan National Army", "attacking")},
    ),
    # "its forces": the subject, not a possessor in a noun phrase of the same sentence
    (
        "The STC has held Aden, the government's temporary seat, since August, when its forces drove "
        "Hadi loyalists out of Aden.",
        {("Aden", "Southern Transitional Council", "held"), ("Aden", "Yemeni government forces", "lost")},
        {("Aden", "Yemeni government forces", "captured")},
    ),
    # a country as the subject of a military verb; forces loyal to a president
    ("Ukraine has pulled its troops out of Avdiivka.", {("Avdiivka", "Ukrainian forces", "lost")}, set()),
    ("Fighting in Ukraine has killed thousands around Avdiivka.", set(), {("Avdiivka", "Ukrainian forces", "lost")}),
    (
        "Forces loyal to Yemen's exiled President Hadi have retaken Aden from the Houthis.",
        {("Aden", "Yemeni government forces", "captured"), ("Aden", "Houthis", "lost")},
        set(),
    ),
    # sieges in the passive, and besieging positions after a coordinated verb
    (
        "Djibo, a town swollen with displaced families, has been under a blockade by JNIM since 2022.",
        {("Djibo", "JNIM", "besieging")},
        set(),
    ),
    (
        "RSF fighters entered El Fasher and are besieging the last army positions there.",
        {("El Fasher", "Rapid Support Forces", "besieging")},
        set(),
    ),
    # hand-overs, fighting between two sides in a place, holding out, claimed attacks
    (
        "The SDF handed Manbij over to Syrian government forces on Sunday.",
        {("Manbij", "Syrian Democratic Forces", "lost"), ("Manbij", "Syrian government forces", "captured")},
        set(),
    ),
    ("Kismayo was handed over to Kenyan troops in October.", {("Kismayo", "Kenyan forces", "captured")}, set()),
    ("The SDF refused to hand Manbij over to Turkish forces.", set(), {("Manbij", "Turkish forces", "captured")}),
    (
        "Fighting raged in Khartoum on Monday between the army and the RSF.",
        {("Khartoum", "Sudanese Armed Forces", "contested"), ("Khartoum", "Rapid Support Forces", "contested")},
        set(),
    ),
    (
        "Maute fighters were still holding out in parts of Marawi.",
        {("Marawi", "Maute group", "held")},
        set(),
    ),
    (
        "Al-Shabaab claimed responsibility for an attack on Kismayo.",
        {("Kismayo", "al-Shabaab", "attacking")},
        {("Kismayo", "al-Shabaab", "captured")},
    ),
    # a group named after "militants of" / "jihadists from"; "led by" never swallows a verb
    (
        "Islamist militants of al-Shabaab have pulled out of Kismayo.",
        {("Kismayo", "al-Shabaab", "lost")},
        set(),
    ),
    ("Jihadists from the ISWAP have seized Baga.", {("Baga", "ISWAP", "captured")}, set()),
    (
        "Rebels led by HTS swept into Aleppo on Friday after government troops withdrew from the city.",
        {("Aleppo", "Syrian rebels", "captured"), ("Aleppo", "Syrian government forces", "lost")},
        {("Aleppo", "Syrian rebels", "lost")},
    ),
    # denials, "were in full control of", attacks on a site, fighting two sides, "including" after a date
    ("The army denied that the RSF had captured Khartoum.", set(), {("Khartoum", "Rapid Support Forces", "captured")}),
    ("Officials denied that Khartoum had fallen to the RSF.", set(), {("Khartoum", "Rapid Support Forces", "captured")}),
    ("Officials said Russian troops were in full control of Kherson.", {("Kherson", "Russian forces", "held")}, set()),
    ("Al-Shabaab militants stormed a hotel in Kismayo on Friday.", {("Kismayo", "al-Shabaab", "attacking")}, {("Kismayo", "al-Shabaab", "captured")}),
    (
        "Government troops have been battling Maute gunmen in Marawi for weeks.",
        {("Marawi", "Armed Forces of the Philippines", "contested"), ("Marawi", "Maute group", "contested")},
        set(),
    ),
    (
        "Tigrayan forces regained control of Tigray in June, including the regional capital Mekele.",
        {("Mekele", "Tigray Defence Forces", "captured")},
        set(),
    ),
    # part of a region named through its country ("Russia's Kursk region"), then the towns it includes
    (
        "Ukrainian troops have captured dozens of villages in Russia's Kursk region, including Sudzha.",
        {("Kursk", "Ukrainian forces", "captured"), ("Sudzha", "Ukrainian forces", "captured")},
        {("Kursk", "Russian forces", "held")},
    ),
    (
        "Ukrainian troops have captured villages near Sudzha.",
        set(),
        {("Sudzha", "Ukrainian forces", "captured")},
    ),
    ("Israeli troops pushed deeper into Rafah on Tuesday.", {("Rafah", "Israeli forces", "attacking")}, set()),
    # surrenders, falling back, abandoning positions in a place, reaching a place, tightening control
    (
        "The garrison in Kidal surrendered to Tuareg rebels on Friday.",
        {("Kidal", "Tuareg rebels", "captured")},
        set(),
    ),
    (
        "Ukrainian troops in Soledar surrendered after a week of fighting.",
        {("Soledar", "Ukrainian forces", "lost")},
        set(),
    ),
    ("The garrison in Kidal refused to surrender.", set(), {("Kidal", "Tuareg rebels", "captured")}),
    ("Russian troops fell back from Kupiansk on Sunday.", {("Kupiansk", "Russian forces", "lost")}, set()),
    ("M23 rebels reached Bukavu on Friday.", {("Bukavu", "M23", "attacking")}, {("Bukavu", "M23", "captured")}),
    (
        "The Taliban consolidated their grip on Kunduz after the army fled.",
        {("Kunduz", "Taliban", "held")},
        set(),
    ),
    (
        "Fighters loyal to the Houthis stormed Marib overnight.",
        {("Marib", "Houthis", "attacking")},
        set(),
    ),
    # a seat of government acting for its state; after a preposition it stays a place
    (
        "Russian forces entered Avdiivka a day after Kyiv announced it had withdrawn its troops from Avdiivka.",
        {("Avdiivka", "Ukrainian forces", "lost"), ("Avdiivka", "Russian forces", "captured")},
        {("Avdiivka", "Russian forces", "lost")},
    ),
    (
        "Kenyan troops fighting in Somalia said they had captured Kismayo.",
        {("Kismayo", "Kenyan forces", "captured")},
        {("Kismayo", "Somali government forces", "captured")},
    ),
    (
        "The fall of Avdiivka is Russia's biggest gain since it seized Bakhmut.",
        {("Bakhmut", "Russian forces", "captured")},
        set(),
    ),
    # "briefly occupied" is no hold; a distance inside an appositive; "a bastion of X"; "made a withdrawal"
    (
        # briefly held is held (the claim keeps its own date; what came after ends it) ...
        "M23 rebels briefly occupied Goma in 2012.",
        {("Goma", "M23", "held")},
        {("Goma", "M23", "attacking")},
    ),
    # ... but briefly entering a town is an incursion
    ("M23 rebels briefly entered Goma on Monday.", {("Goma", "M23", "attacking")}, {("Goma", "M23", "captured")}),
    (
        "Fighting was reported near Bukavu, a town 25 km west of Goma that the rebels captured last week.",
        set(),
        {("Goma", "M23", "held")},
    ),
    (
        "Malian troops entered Kidal, a bastion of Tuareg rebels since 2012.",
        {("Kidal", "Malian armed forces", "captured"), ("Kidal", "Tuareg rebels", "held")},
        set(),
    ),
    (
        "The Tuareg rebels said they had made a strategic withdrawal from Kidal.",
        {("Kidal", "Tuareg rebels", "lost")},
        set(),
    ),
    (
        "HTS and allied factions took dozens of towns and villages in Idlib, including Aleppo.",
        {("Idlib", "Hayat Tahrir al-Sham", "captured"), ("Aleppo", "Hayat Tahrir al-Sham", "captured")},
        set(),
    ),
    ("The rebels took dozens of prisoners in Aleppo.", set(), {("Aleppo", "Syrian rebels", "captured")}),
    ("Russian warplanes struck rebel positions in Idlib overnight.", {("Idlib", "Russian forces", "attacking")}, set()),
    (
        "Jihadists linked to Islamic State stormed Palmyra.",
        {("Palmyra", "Islamic State", "attacking")},
        set(),
    ),
    # "within a few kilometres of", "⟨P⟩ city", "the only city still held by", "X-backed insurgents"
    (
        "Houthi rebels have pushed to within a few kilometres of Marib city, the government's last stronghold.",
        {("Marib", "Houthis", "attacking"), ("Marib", "Yemeni government forces", "held")},
        {("Marib", "Houthis", "captured")},
    ),
    (
        "Jalalabad fell on Sunday, leaving Kabul as the only city still held by the government.",
        {("Kabul", "Afghan government forces", "held")},
        set(),
    ),
    (
        "Houthi fighters attacked Marib. The Iran-backed insurgents also control Hodeidah.",
        {("Hodeidah", "Houthis", "held")},
        set(),
    ),
    (
        "Somali troops have recaptured several villages in Kismayo district from al-Shabaab.",
        {("Kismayo", "Somali government forces", "captured")},
        set(),
    ),
    # "holds only a handful of towns, including ⟨P⟩"; "troops remain in / are still present in ⟨P⟩"
    (
        "Boko Haram now holds only a handful of towns, including Gwoza, officials said.",
        {("Gwoza", "Boko Haram", "held")},
        set(),
    ),
    (
        "Eritrean troops are still present in parts of Tigray, diplomats said.",
        {("Tigray", "Eritrean forces", "held")},
        set(),
    ),
    ("Eritrean troops are no longer present in Tigray.", set(), {("Tigray", "Eritrean forces", "held")}),
    (
        "M23 rebels attacked Bukavu. Kigali did not confirm that its soldiers were in Goma.",
        set(),
        {("Goma", "M23", "held"), ("Goma", "Rwandan forces", "held")},
    ),
    (
        "Ukrainian troops remain in Avdiivka despite Russian claims to have taken it.",
        {("Avdiivka", "Ukrainian forces", "held")},
        set(),
    ),
    # "a day after capturing ⟨P⟩"; "the ⟨P⟩ capital" appositive; a head noun after a parenthesised acronym
    (
        "IS militants seized Tal Afar on Wednesday, a day after capturing Mosul.",
        {("Tal Afar", "Islamic State", "captured"), ("Mosul", "Islamic State", "captured")},
        set(),
    ),
    (
        "IS militants were repelled from Tal Afar, a day after failing to capture Mosul.",
        set(),
        {("Mosul", "Islamic State", "captured")},
    ),
    (
        "Junta troops remain holed up in Lashio, the Shan State capital, which is surrounded by TNLA fighters.",
        {("Lashio", "Myanmar military", "held"), ("Lashio", "Ta'ang National Liberation Army", "besieging")},
        {("Shan State", "Myanmar military", "held")},
    ),
    (
        "Kurdish fighters have driven Islamic State (IS) militants out of Raqa.",
        {("Raqa", "Islamic State", "lost")},
        set(),
    ),
    # "has ruled ⟨P⟩", "under Russian occupation", "fired rockets at", "the ⟨P⟩ side of", present-tense heads
    ("Hamas, which has ruled Rafah since 2007, said it would fight on.", {("Rafah", "Hamas", "held")}, set()),
    ("Kherson had been under Russian occupation since March.", {("Kherson", "Russian forces", "held")}, set()),
    ("Hezbollah fighters fired rockets at Rafah overnight.", {("Rafah", "Hezbollah", "attacking")}, set()),
    (
        "Israeli forces took control of the Rafah side of the border crossing.",
        set(),
        {("Rafah", "Israeli forces", "captured")},
    ),
    (
        "Ukrainian troops entered Kherson after Russia completed its withdrawal.",
        {("Kherson", "Ukrainian forces", "captured"), ("Kherson", "Russian forces", "lost")},
        set(),
    ),
    ("Russia seizes Soledar as Wagner fighters push west", {("Soledar", "Russian forces", "captured")}, set()),
    # ", which fell to X in 2015,"; reported control; "according to the army, X ..."; facts after an intention
    (
        "Palmyra, which fell to IS in 2015, was retaken by Syrian government forces on Sunday.",
        {("Palmyra", "Islamic State", "captured"), ("Palmyra", "Syrian government forces", "captured")},
        set(),
    ),
    ("Raqa was reported to be under IS control.", {("Raqa", "Islamic State", "held")}, set()),
    ("The Houthis are believed to control Hodeidah.", {("Hodeidah", "Houthis", "held")}, set()),
    (
        "According to the army, RSF fighters captured Khartoum.",
        {("Khartoum", "Rapid Support Forces", "captured")},
        {("Khartoum", "Sudanese Armed Forces", "captured")},
    ),
    (
        "M23 rebels vowed to take Goma after capturing Bukavu.",
        {("Bukavu", "M23", "captured")},
        {("Goma", "M23", "captured")},
    ),
    ("M23 rebels failed to take Goma after failing to capture Bukavu.", set(), {("Bukavu", "M23", "captured")}),
    # "still hold its centre" (the place named before); "the base guarding ⟨P⟩"; "three towns ... that are in IS hands"
    (
        "LNA artillery shelled Sirte for two days, but Tebu fighters still hold its centre.",
        {("Sirte", "Libyan National Army", "attacking"), ("Sirte", "Tebu militias", "held")},
        set(),
    ),
    ("The army said its forces still hold its centre.", set(), set()),
    (
        "Karen rebels said they had captured the last army base guarding Myawaddy after soldiers fled.",
        {("Myawaddy", "Karen National Union", "captured"), ("Myawaddy", "Myanmar military", "lost")},
        set(),
    ),
    (
        "Baghdad turns to Hawija and Tal Afar, two towns near the border with Syria that are still in IS hands.",
        {("Hawija", "Islamic State", "held"), ("Tal Afar", "Islamic State", "held")},
        {("Syria", "Islamic State", "held")},
    ),
    # attempts to break through towards a place; retreating to the airport of a place
    (
        "Russian troops repelled attempts by Ukrainian armoured groups to break through towards Kupiansk.",
        {("Kupiansk", "Ukrainian forces", "attacking")},
        {("Kupiansk", "Russian forces", "held"), ("Kupiansk", "Ukrainian forces", "captured")},
    ),
    (
        "Afghan forces retreated to the airport in Kunduz.",
        {("Kunduz", "Afghan government forces", "lost")},
        set(),
    ),
    ("Afghan forces retreated to Kunduz.", set(), {("Kunduz", "Afghan government forces", "lost")}),
    # passive expulsions, "⟨P⟩'s presidential palace", "⟨P⟩ was the capital of X", "out of most of ⟨P⟩", "routed in"
    ("IS militants have been driven from Raqa, their last stronghold.", {("Raqa", "Islamic State", "lost")}, set()),
    ("Houthi rebels overran Aden's presidential palace.", {("Aden", "Houthis", "captured")}, set()),
    ("Raqa was the de facto capital of IS until October 2017.", {("Raqa", "Islamic State", "lost")}, set()),
    ("Raqa is the de facto capital of IS.", {("Raqa", "Islamic State", "held")}, set()),
    (
        "Government forces have pushed IS out of most of Deir Ezzor.",
        {("Deir Ezzor", "Syrian government forces", "captured"), ("Deir Ezzor", "Islamic State", "lost")},
        set(),
    ),
    ("The RSF were routed in Wad Madani last week.", {("Wad Madani", "Rapid Support Forces", "lost")}, set()),
    ("The RSF could be routed in Wad Madani.", set(), {("Wad Madani", "Rapid Support Forces", "lost")}),
    # single scare quotes around the verb
    (
        "The RSF said it had 'liberated' Wad Madani, a claim the army rejected.",
        {("Wad Madani", "Rapid Support Forces", "captured")},
        set(),
    ),
    ("The rebels' positions in Aleppo were shelled by government forces.", set(), {("Aleppo", "Syrian rebels", "captured")}),
    # "the withdrawal/pullout of X from ⟨P⟩", "ceded control of ⟨P⟩"
    ("Moscow announced the pullout of its troops from Kherson.", {("Kherson", "Russian forces", "lost")}, set()),
    ("Moscow ordered the pullout of its troops from Kherson.", set(), {("Kherson", "Russian forces", "lost")}),
    ("The SDF ceded control of Manbij to government forces.", {("Manbij", "Syrian Democratic Forces", "lost")}, set()),
    # "overran the army's division base in ⟨P⟩", "came under Russian artillery fire", "a Russian attack on ⟨P⟩"
    (
        "Paramilitary fighters overran the army's 22nd Division base in El Fasher.",
        {("El Fasher", "Rapid Support Forces", "captured")},
        set(),
    ),
    ("Kherson came under Russian artillery fire again on Sunday.", {("Kherson", "Russian forces", "attacking")}, set()),
    ("Kharkiv repelled a Russian attack on Kupiansk.", {("Kupiansk", "Russian forces", "attacking")}, set()),
    ("Kherson did not come under Russian fire.", set(), {("Kherson", "Russian forces", "attacking")}),
    # strikes that hit a place; besieging an X-held town; clinging on; repeated attacks; drones launched at
    ("A Russian missile strike hit Kharkiv on Monday.", {("Kharkiv", "Russian forces", "attacking")}, set()),
    ("Israeli air strikes pounded Rafah overnight.", {("Rafah", "Israeli forces", "attacking")}, set()),
    ("Russian air strikes could hit Kharkiv.", set(), {("Kharkiv", "Russian forces", "attacking")}),
    (
        "Government forces are besieging the rebel-held town of Idlib.",
        {("Idlib", "Syrian government forces", "besieging"), ("Idlib", "Syrian rebels", "held")},
        set(),
    ),
    ("Ukrainian defenders are clinging on in Avdiivka.", {("Avdiivka", "Ukrainian forces", "held")}, set()),
    ("Boko Haram has repeatedly attacked Baga this year.", {("Baga", "Boko Haram", "attacking")}, set()),
    ("The Houthis launched drones at Marib.", {("Marib", "Houthis", "attacking")}, set()),
    (
        "Rebels are holding out in the besieged enclave of eastern Aleppo.",
        {("Aleppo", "Syrian rebels", "held")},
        set(),
    ),
    # the speaker's side: "our hands", "our forces" inside a quotation
    (
        '"Myawaddy is now in our hands," a KNU spokesman told reporters.',
        {("Myawaddy", "Karen National Union", "held")},
        set(),
    ),
    (
        'Somali troops captured Kismayo on Monday. "Our forces entered Kismayo after the al-Shabaab fighters fled," '
        "a minister said.",
        {("Kismayo", "Somali government forces", "captured"), ("Kismayo", "al-Shabaab", "lost")},
        {("Kismayo", "al-Shabaab", "captured")},
    ),
    # implied participants (mapgen.implied): the taker of an agentless capture is the sentence's actor
    (
        "Officials said Houthi fighters were clearing mines in Marib and that Hodeidah had also been seized.",
        {("Hodeidah", "Houthis", "captured")},
        set(),
    ),
    (
        "Boko Haram has overrun several towns since June, including Baga, which fell in early July.",
        {("Baga", "Boko Haram", "captured")},
        set(),
    ),
    ("Mosul had been liberated, officials said on Sunday.", set(), {("Mosul", "Islamic State", "captured")}),
    ("Oil prices fell sharply in Kabul.", set(), {("Kabul", "Taliban", "captured")}),
    # ... and an objectless retreat happened where the sentence or the one before says
    (
        "Government troops entered Kunduz on Monday, and most Taliban fighters had fled by the evening.",
        {("Kunduz", "Afghan government forces", "captured"), ("Kunduz", "Taliban", "lost")},
        set(),
    ),
    (
        "The RSF stormed Wad Madani at dawn. The army withdrew southwards without a fight, residents said.",
        {("Wad Madani", "Sudanese Armed Forces", "lost")},
        set(),
    ),
    (
        "The soldiers of the garrison based in Kidal surrendered on Monday, a rebel spokesman said.",
        {("Kidal", "Malian armed forces", "lost")},
        set(),
    ),
    (
        "Somali troops entered Kismayo where hundreds of residents had fled.",
        set(),
        {("Kismayo", "Somali government forces", "lost")},
    ),
    (
        "Insurgents held Palma for a week before Rwandan and Mozambican forces drove them out.",
        {("Palma", "Rwandan forces", "captured")},
        set(),
    ),
    # "his forces": the speaker's side
    (
        "An LNA spokesman said his forces had withdrawn from Sirte for tactical reasons.",
        {("Sirte", "Libyan National Army", "lost")},
        set(),
    ),
    # positions, broken sieges, deployments, coordinated predicates, "itself"
    ("Houthi positions around Marib were struck overnight.", {("Marib", "Houthis", "held")}, set()),
    (
        "The army said it had broken the siege of El Fasher after a week of fighting.",
        {("El Fasher", "Sudanese Armed Forces", "held")},
        set(),
    ),
    (
        "Syrian government troops have since deployed in Manbij and in Raqa.",
        {("Manbij", "Syrian government forces", "held"), ("Raqa", "Syrian government forces", "held")},
        set(),
    ),
    (
        "Kabul has never been attacked and remains firmly in Taliban hands.",
        {("Kabul", "Taliban", "held")},
        set(),
    ),
    ("Mosul itself remains in the hands of the jihadists of IS.", {("Mosul", "Islamic State", "held")}, set()),
    (
        "The SDF still hold the region's two main cities, Raqa and Manbij, the Observatory said.",
        {("Raqa", "Syrian Democratic Forces", "held"), ("Manbij", "Syrian Democratic Forces", "held")},
        set(),
    ),
    (
        "Russia said its troops had captured six villages near the front since Monday, including Soledar.",
        {("Soledar", "Russian forces", "captured")},
        set(),
    ),
    (
        "The Houthis have shelled Marib, Yemen's oil city, for months, but government forces control most of its districts.",
        {("Marib", "Yemeni government forces", "held")},
        {("Yemen", "Yemeni government forces", "held")},
    ),
    ("Ukrainian units held the south of Kupiansk, a commander said.", {("Kupiansk", "Ukrainian forces", "held")}, set()),
    # participles, flags, announcements, strongholds named after the place, "where" clauses
    (
        "The army advanced from the west, capturing the towns of Shire, Axum and Adwa.",
        {("Axum", "Ethiopian National Defense Force", "captured"), ("Adwa", "Ethiopian National Defense Force", "captured")},
        set(),
    ),
    (
        "Iraqi troops raised the national flag over the government compound in Ramadi on Monday.",
        {("Ramadi", "Iraqi government forces", "captured")},
        set(),
    ),
    ("Kyiv's forces on Friday announced the liberation of Kherson.", {("Kherson", "Ukrainian forces", "captured")}, set()),
    ("Further north, Mosul remains the jihadists' main stronghold in Iraq.", set(), {("Iraq", "Islamic State", "held")}),
    (
        "Fighting flared around Marib, where Houthi fighters have been attacking government positions.",
        {("Marib", "Houthis", "attacking")},
        set(),
    ),
    # agentless captures credited to the last taker when the sentence names nobody
    (
        "Ethiopian troops captured Axum on Friday. Adwa was taken two days later.",
        {("Axum", "Ethiopian National Defense Force", "captured"), ("Adwa", "Ethiopian National Defense Force", "captured")},
        set(),
    ),
    ("Prices in Kabul were seized on by traders.", set(), {("Kabul", "Taliban", "captured")}),
    (
        "The government declared that Aden had been liberated from Shiite Houthi rebels.",
        {("Aden", "Houthis", "lost")},
        {("Aden", "Houthis", "captured")},
    ),
    ("In Marib, the Houthis continue to besiege loyalist neighbourhoods.", {("Marib", "Houthis", "besieging")}, set()),
    (
        "Rebels took the district centres of Hsenwi in Shan state and Kutkai in neighbouring Kachin state.",
        set(),
        {("Shan state", "Syrian rebels", "captured")},
    ),
    ("The army said it had repelled an attack on Kidal by Tuareg rebels.", {("Kidal", "Tuareg rebels", "attacking")},
     {("Kidal", "Malian armed forces", "attacking")}),
    ("Kherson was the only regional capital captured by Russian forces.", {("Kherson", "Russian forces", "held")}, set()),
    (
        "Government forces took Marib in February 2017 and Aden in December, officials said.",
        {("Marib", "Yemeni government forces", "captured"), ("Aden", "Yemeni government forces", "captured")},
        set(),
    ),
    ("In Khartoum, much of which the RSF seized in April, fighting continued.", {("Khartoum", "Rapid Support Forces", "held")}, set()),
    (
        "Armed insurgents who occupied Palma for three days withdrew from the town on Saturday.",
        {("Palma", "Cabo Delgado insurgents", "lost")},
        set(),
    ),
    (
        "IS still controls much of Nineveh, including Mosul, which it has held since 2014, and Tal Afar and Hawija.",
        {("Mosul", "Islamic State", "held"), ("Tal Afar", "Islamic State", "held"), ("Hawija", "Islamic State", "held")},
        set(),
    ),
    ("Ukraine said it still held Sloviansk and Kramatorsk, two cities held by Kyiv since 2014.",
     {("Kramatorsk", "Ukrainian forces", "held")}, set()),
    (
        "The jihadists still control Tal Afar and nearby Mosul.",
        {("Tal Afar", "Islamic State", "held"), ("Mosul", "Islamic State", "held")},
        set(),
    ),
    (
        "The army's recapture this month of Soledar and Bakhmut was confirmed by Kyiv.",
        set(),
        {("Bakhmut", "Russian forces", "lost")},
    ),
]


@pytest.mark.parametrize("body,must,must_not", GENERAL, ids=[c[0][:40] for c in GENERAL])
def test_general_constructions(
    body: str, must: set[tuple[str, str, str]], must_not: set[tuple[str, str, str]]
) -> None:
    assert_claims(body, must, must_not)


def test_a_pair_back_reference_claims_both_places() -> None:
    # "the two towns" comes from the resolver as two mentions on one span, one per member of the pair.
    body = "The army recaptured Goma and Bukavu on Monday. M23 fighters had seized the two towns in January."
    places = mentions(body)
    s = body.index("the two towns")
    e = s + len("the two towns")
    for name in ("Goma", "Bukavu"):
        places.append(PlaceMention(Mention(body[s:e], s, e, coref=True), Resolution.RESOLVED, _place(name), 0.8))
    places.sort(key=lambda pm: pm.mention.start)
    got = triples(run(body, places=places))
    assert {("Goma", "M23", "captured"), ("Bukavu", "M23", "captured")} <= got, got


def test_a_single_back_reference_claims_one_place() -> None:
    # Negative twin: "the town" (one mention) stands for the one place it was resolved to.
    body = "The army recaptured Goma and Bukavu on Monday. M23 fighters had seized the town in January."
    got = triples(run(body))
    assert ("Bukavu", "M23", "captured") in got and ("Goma", "M23", "captured") not in got, got


# Constructions added after the second round of unseen sets (each sentence written for this test).
DISCOURSE = [
    # the month May is no modal verb
    ("The insurgents attacked Palma on Monday. In May they overran Mocimboa da Praia.",
     {("Mocimboa da Praia", "Cabo Delgado insurgents", "captured")}, set()),
    # a list carries on past an adverbial or an appositive
    ("IS still holds Raqa, about 140 kilometres to the southeast, as well as Manbij to the west.",
     {("Raqa", "Islamic State", "held"), ("Manbij", "Islamic State", "held")}, set()),
    ("The jihadists still hold Mosul, across the river from Hawija, and Tal Afar on the road west.",
     {("Mosul", "Islamic State", "held"), ("Tal Afar", "Islamic State", "held")}, {("Hawija", "Islamic State", "held")}),
    # ... but not into another clause's subject, nor through a relational place at the appositive's end
    ("The army retook Marib on Sunday, and Aden remained calm.",
     {("Marib", "Yemeni government forces", "captured")}, {("Aden", "Yemeni government forces", "captured")}),
    ("M23 rebels seized Goma, a city regarded as a gateway to Bukavu and Kisangani further north.",
     {("Goma", "M23", "captured")}, {("Bukavu", "M23", "captured")}),
    # a part held names the town the passage is about
    ("Kachin rebels attacked Bhamo in December. The military still holds the centre, the airport and its "
     "divisional headquarters, he said.",
     {("Bhamo", "Myanmar military", "held")}, set()),
    ("Myanmar's military lost Lashio, except for the airport, where junta troops were holding out on the town's "
     "southern edge.", {("Lashio", "Myanmar military", "held")}, set()),
    ("The group still holds pockets of territory around the Sambisa forest, analysts said after ISWAP took Dikwa.",
     set(), {("Dikwa", "ISWAP", "held")}),
    # a retreat towards a place left the place named before it
    ("ISWAP fighters overran a military base in Marte on Saturday. Soldiers retreated towards the town of Dikwa "
     "after a fierce gun battle.",
     {("Marte", "ISWAP", "captured"), ("Marte", "Nigerian army", "lost")}, {("Dikwa", "Nigerian army", "lost")}),
    # whoever drove them out, the expelled lost the place; "took it back"
    ("In March, forces from two neighbouring countries drove Boko Haram out of Damasak.",
     {("Damasak", "Boko Haram", "lost")}, set()),
    ("The Taliban briefly captured Kunduz in 2015, holding it for two weeks before Afghan forces took the city back.",
     {("Kunduz", "Taliban", "captured"), ("Kunduz", "Afghan government forces", "captured")}, set()),
    # sites in a town, "whose fighters"
    ("The Mozambican army keeps its main northern base at Mueda, which has not been attacked.",
     {("Mueda", "Mozambican armed forces", "held")}, set()),
    ("Abiy Ahmed offered talks with the TPLF, whose fighters still hold most of Tigray.",
     {("Tigray", "Tigray Defence Forces", "held")}, set()),
    # an armed group the registry does not know, with its acronym
    ("Fighters of the Benishangul People's Liberation Movement (BPLM) entered Gambela on Tuesday. "
     "The BPLM said it controlled the airport road.",
     {("Gambela", "Benishangul People's Liberation Movement", "captured")}, set()),
    # relative clauses after an appositive; losses named with "since losing"
    ("The LNA still faces jihadists in Sirte, a coastal city some 250 kilometres to the east, which its forces have "
     "besieged for months.", {("Sirte", "Libyan National Army", "besieging")}, set()),
    ("The RSF said it had seized Wad Madani, its biggest gain since losing Khartoum to the army in March.",
     {("Wad Madani", "Rapid Support Forces", "captured"), ("Khartoum", "Rapid Support Forces", "lost"),
      ("Khartoum", "Sudanese Armed Forces", "captured")}, set()),
    ("The army said its troops had carried out a tactical withdrawal from El Fasher.",
     {("El Fasher", "Sudanese Armed Forces", "lost")}, set()),
    ("An official said the army and police units guarding El Fasher had left during the night.",
     {("El Fasher", "Sudanese Armed Forces", "lost")}, set()),
    ("Pro-government forces reached the eastern and southern edges of Hodeidah in late 2018.",
     {("Hodeidah", "Yemeni government forces", "attacking")}, set()),
    ("Reinforcements are needed in Marib, where the Houthis have been waging a long offensive on the government.",
     {("Marib", "Houthis", "attacking")}, set()),
    ("The TNLA seized the towns of Namhsan, Mantong, Kutkai and Hsenwi.",
     {("Kutkai", "Ta'ang National Liberation Army", "captured"), ("Hsenwi", "Ta'ang National Liberation Army", "captured")},
     set()),
    # an indefinite description in a lede is the group named next; "said on Monday it had"
    ("An ethnic armed group fighting Myanmar's junta said on Monday it had seized Kutkai. The Ta'ang National "
     "Liberation Army (TNLA) said its fighters had overrun the last army base.",
     {("Kutkai", "Ta'ang National Liberation Army", "captured")}, {("Kutkai", "Myanmar military", "captured")}),
    ("Myanmar's army shelled Lashio. An ethnic armed group said on Monday it had seized Kutkai. The TNLA gave no "
     "figures.", {("Kutkai", "Ta'ang National Liberation Army", "captured")}, {("Kutkai", "Myanmar military", "captured")}),
    # a figure's comma is no clause boundary
    ("Mosul, a city of some 1,500,000 people before the war, had been held by IS since June 2014.",
     {("Mosul", "Islamic State", "held")}, set()),
    # an objectless withdrawal happened in the town, not in the province that locates it
    ("The Taliban on Thursday seized Kunduz in northern Kharkiv, after Afghan forces withdrew overnight.",
     {("Kunduz", "Afghan government forces", "lost")}, {("Kharkiv", "Afghan government forces", "lost")}),
    # an attempt to drive a group out takes nothing from it yet
    ("Afghan forces were battling on Sunday to drive the Taliban out of Kunduz.",
     set(), {("Kunduz", "Taliban", "lost")}),
    # people besieged in a place; an appositive that goes on with "and home to ..."
    ("Thousands of civilians are encircled by IS in government-held districts of Deir Ezzor.",
     {("Deir Ezzor", "Islamic State", "besieging"), ("Deir Ezzor", "Syrian government forces", "held")}, set()),
    ("Lashio, the largest city in the north and home to the army's regional command, remains in junta hands.",
     {("Lashio", "Myanmar military", "held")}, set()),
    # a relative clause after "towns near X" is about the towns, not X
    ("Peshmerga fighters on Sunday retook two towns near the regional capital Mosul that had fallen to IS days earlier.",
     set(), {("Mosul", "Islamic State", "captured")}),
    # "the capital of a province" is its capital city, never the province; a town after it is the town
    ("Iraqi forces said the capital of Nineveh had been wrested back from IS.",
     set(), {("Nineveh", "Iraqi government forces", "captured"), ("Nineveh", "Islamic State", "lost")}),
    ("The insurgents also attacked the district capital of Palma in May.",
     {("Palma", "Cabo Delgado insurgents", "attacking")}, set()),
    # entering a country is an incursion, not holding it
    ("It was the deadliest attack on Turkish forces since they first entered Syria in 2016.",
     set(), {("Syria", "Turkish forces", "captured")}),
    # "our" in a quotation is the side of the speaker named after it
    ('The army shelled Raqa. "Our fighters withdrew from Raqa to protect the civilians," said a spokesman for the SDF.',
     {("Raqa", "Syrian Democratic Forces", "lost")}, {("Raqa", "Syrian government forces", "lost")}),
    # a relative clause states its own fact even after a hypothesis
    ("The gains could let the army push toward Axum and Adwa, which remain in Tigrayan hands.",
     {("Axum", "Tigray Defence Forces", "held"), ("Adwa", "Tigray Defence Forces", "held")}, set()),
    # euphemisms for a withdrawal; "starting with" opens a list
    ("The LNA said its units had carried out a redeployment from Sirte to spare the town.",
     {("Sirte", "Libyan National Army", "lost")}, set()),
    ("In a week the Taliban have taken 18 provincial capitals, starting with Kunduz on August 6.",
     {("Kunduz", "Taliban", "captured")}, set()),
    # "since the capture of X": the subject took it; a hypothesis does not reach into an appositive's clause
    ("Russian troops have been grinding towards Kramatorsk since the capture of Avdiivka in February 2024.",
     {("Avdiivka", "Russian forces", "captured")}, set()),
    ("Analysts said the next prize could be Sloviansk, a railway town in the east that Russian troops took in May.",
     {("Sloviansk", "Russian forces", "held")}, set()),
    # a place located in a country or province is the subject of what follows, not the country
    ("Mosul in northern Iraq remains under IS control.", {("Mosul", "Islamic State", "held")},
     {("Iraq", "Islamic State", "held")}),
    ("Goma in eastern DR Congo was captured by M23 rebels.", {("Goma", "M23", "captured")}, set()),
    # returns to control, pushed back, a square of the town, the recapture of X from Y by Z, encircled in X
    ("The Syrian army said Manbij had returned to government control on Sunday.",
     {("Manbij", "Syrian government forces", "held")}, set()),
    # pushed back from a place: an attack that failed, not a loss
    ("IS fighters were pushed back from Manbij on Tuesday.", {("Manbij", "Islamic State", "attacking")},
     {("Manbij", "Islamic State", "lost")}),
    ("The SDF took control of Manbij's main square on Sunday.", {("Manbij", "Syrian Democratic Forces", "captured")}, set()),
    ("The recapture of Manbij from Islamic State by the SDF was confirmed on Sunday.",
     {("Manbij", "Syrian Democratic Forces", "captured"), ("Manbij", "Islamic State", "lost")}, set()),
    ("IS fighters have been encircled in Raqa since Friday.", {("Raqa", "Islamic State", "held")}, set()),
    # new actors of the registry
    ("Azerbaijani troops took Shusha after a three-day battle with Armenian forces.",
     {("Shusha", "Azerbaijani forces", "captured")}, set()),
]


# Session 4: constructions found missing in holdout15/16 (new sentences, other towns)
SESSION4 = [
    # a date between the subject and its verb
    ("The SDF on March 23 took the town of Manbij from IS.",
     {("Manbij", "Syrian Democratic Forces", "captured"), ("Manbij", "Islamic State", "lost")}, set()),
    ("Houthi fighters in late August overran Marib.", {("Marib", "Houthis", "captured")}, set()),
    # a later item of a subject names its actor inside a phrase
    ("Syrian troops and fighters from Lebanon's Hezbollah movement retook Palmyra.",
     {("Palmyra", "Syrian government forces", "captured"), ("Palmyra", "Hezbollah", "captured")}, set()),
    # adverbs and shares in words
    ("In Syria, Manbij is jointly held by the SDF and the regime.",
     {("Manbij", "Syrian Democratic Forces", "held"), ("Manbij", "Syrian government forces", "held")}, set()),
    ("IS is thought to hold less than ten percent of Raqa.", {("Raqa", "Islamic State", "held")}, set()),
    ("Fallujah was now surrounded on three sides by the army, an officer said.",
     {("Fallujah", "Iraqi government forces", "besieging")}, set()),
    ("Russian troops have for weeks been trying to encircle Avdiivka.", {("Avdiivka", "Russian forces", "besieging")}, set()),
    ("The TNLA has pushed to the outskirts of Lashio.", {("Lashio", "Ta'ang National Liberation Army", "attacking")}, set()),
    ("The RSF launched a new assault on Friday on the army's besieged garrison in El Fasher.",
     {("El Fasher", "Rapid Support Forces", "attacking")}, set()),
    ("Al-Shabaab abandoned fixed positions in Kismayo in 2012.", {("Kismayo", "al-Shabaab", "lost")}, set()),
    # a relative clause inside the subject
    ("Kenyan troops who crossed the border in October also captured Kismayo in 2012.",
     {("Kismayo", "Kenyan forces", "captured")}, set()),
    # a demonym coordinated with a registered force; a state's aircraft are its forces
    ("Afghan and NATO forces retook Kunduz on Friday.",
     {("Kunduz", "Afghan government forces", "captured"), ("Kunduz", "NATO forces", "captured")}, set()),
    ("Chadian warplanes on Saturday struck Boko Haram positions in Baga.", {("Baga", "Chadian forces", "attacking")}, set()),
    # a raid that was repulsed is an attack; driven out after taking a town, they lost it
    ("M23 fighters fought their way into Goma before being driven back by the army.",
     {("Goma", "M23", "attacking")}, {("Goma", "M23", "captured")}),
    ("M23 briefly took over Bukavu in February before being driven out by the army.", {("Bukavu", "M23", "lost")}, set()),
    ("IS fighters were beaten back from Ramadi, but captured Fallujah.",
     {("Ramadi", "Islamic State", "attacking"), ("Fallujah", "Islamic State", "captured")}, {("Ramadi", "Islamic State", "lost")}),
    # "capitals including ..." with no determiner; a part of a city held; a locator before "which"
    ("The Taliban swept through the north, capturing provincial capitals including Kunduz.",
     {("Kunduz", "Taliban", "captured")}, set()),
    ("In Syria, residents of Aleppo's government-held western neighbourhoods celebrated.",
     {("Aleppo", "Syrian government forces", "held")}, set()),
    ("In Syria, the offensive began from Palmyra, which has long been a government stronghold.",
     {("Palmyra", "Syrian government forces", "held")}, set()),
    ("The Taliban attacked from Kunduz, to the east, which they had taken days earlier.",
     {("Kunduz", "Taliban", "held")}, set()),
    # "leaves X as the last city in its hands" is no loss
    ("The fall of Kunduz was a blow to the government that leaves Kabul as the last major city in its hands.",
     {("Kabul", "Afghan government forces", "held")}, {("Kabul", "Afghan government forces", "lost")}),
    ("In Ukraine, the occupiers fled Kherson on Friday.", {("Kherson", "Russian forces", "lost")}, set()),
    # a withdrawal forced on the other side; a second predicate after "and"
    ("ISWAP fighters stormed Baga, forcing soldiers to withdraw from their base on the edge of Dikwa.",
     {("Dikwa", "Nigerian army", "lost")}, set()),
    ("Soldiers returned to Dikwa on Tuesday and were in control of the town by noon, a resident said.",
     {("Dikwa", "Nigerian army", "held")}, set()),
    # a withdrawal after a capture is in the town, not in the province named to locate it
    ("IS seized Mosul in Iraq's northern Nineveh province after Iraqi forces withdrew.",
     {("Mosul", "Iraqi government forces", "lost")}, {("Nineveh", "Iraqi government forces", "lost")}),
    # a size before the subject; "began withdrawing"; "drove them out of"; a list that goes on past "much of"
    ("Small Russian assault groups had infiltrated Bakhmut's northern and eastern districts.",
     {("Bakhmut", "Russian forces", "attacking")}, set()),
    ("About 40 to 50 fighters of the Maute group took over the public market of Marawi.",
     {("Marawi", "Maute group", "captured")}, set()),
    ("Syrian rebels began pulling out of Aleppo on Friday under a deal with the government.",
     {("Aleppo", "Syrian rebels", "lost")}, set()),
    ("The SDF, with coalition air support, drove them out of Manbij last month.",
     {("Manbij", "Syrian Democratic Forces", "captured")}, set()),
    ("IS still controls Mosul, as well as much of Nineveh to the west and Tal Afar, an official said.",
     {("Mosul", "Islamic State", "held"), ("Tal Afar", "Islamic State", "held")}, set()),
    # "four of Darfur's five state capitals: A, B ..."; "held on to"; "lost X, its hub, to Y"; "claimed on Sunday to"
    ("The RSF already control four of Sudan's five largest cities: Khartoum and Wad Madani among them.",
     set(), {("Sudan", "Rapid Support Forces", "held")}),
    ("The RSF already control two of Sudan's state capitals: El Fasher and Khartoum, officials said.",
     {("El Fasher", "Rapid Support Forces", "held")}, set()),
    ("Sudan's army has held on to El Fasher thanks largely to its allies.", {("El Fasher", "Sudanese Armed Forces", "held")},
     set()),
    ("Al Shabaab lost Kismayo, its economic hub, to Kenyan forces a year later.",
     {("Kismayo", "al-Shabaab", "lost"), ("Kismayo", "Kenyan forces", "captured")}, set()),
    ("Russia claimed on Sunday to have seized Kupiansk.", {("Kupiansk", "Russian forces", "captured")}, set()),
    # coordinated names sharing a head noun; "military" as a holder; bombing is an attack
    ("African Union and Somali government troops on Friday seized Kismayo.",
     {("Kismayo", "AMISOM", "captured"), ("Kismayo", "Somali government forces", "captured")}, set()),
    ("In Myanmar, Lashio is also under military control.", {("Lashio", "Myanmar military", "held")}, set()),
    ("The rebels said military aircraft had bombed Hsenwi twice on Monday.", {("Hsenwi", "Myanmar military", "attacking")},
     set()),
    # an appositive before "which"; a relative clause without its pronoun; a loss to someone after "and"
    ("Thousands fled towards Manbij, a town near the border which is jointly held by the SDF and the regime.",
     {("Manbij", "Syrian Democratic Forces", "held"), ("Manbij", "Syrian government forces", "held")}, set()),
    ("The road leads to Mosul, the biggest city in the north, which is now virtually encircled by the army.",
     {("Mosul", "Iraqi government forces", "besieging")}, set()),
    ("The TDF has taken Mekele.", {("Mekele", "Tigray Defence Forces", "captured")}, set()),
    ("Al-Shabaab was pushed out of Kismayo in 2012 and lost Baga, its last port, to Kenyan forces a year later.",
     {("Baga", "Kenyan forces", "captured")}, set()),
    # Iraq's Iran-backed factions are part of its Popular Mobilisation Forces
    ("In Iraq, Iran-backed militias took Hawija on Monday.", {("Hawija", "Iraqi government forces", "captured")}, set()),
    # a ministry or a mercenary group in a subject; "drove the militants out of"; taking a place, then leaving it
    ("Russia's defence ministry and the Wagner mercenary group have both claimed credit for taking Soledar.",
     {("Soledar", "Russian forces", "captured"), ("Soledar", "Wagner Group", "captured")}, set()),
    ("Kenyan troops first drove the militants out of Kismayo in 2012.", {("Kismayo", "Kenyan forces", "captured")}, set()),
    ("JNIM fighters took Kidal on Monday before withdrawing towards the desert.",
     {("Kidal", "JNIM", "captured"), ("Kidal", "JNIM", "lost")}, set()),
    # (session 7: a brief occupation that ended is a loss too, or the map would leave them holding it)
    ("JNIM fighters briefly occupied Kidal before withdrawing.", {("Kidal", "JNIM", "lost")}, set()),
    # entering parts of a town is fighting in it; "its" districts are not those of a town named to locate it
    ("Fano fighters entered parts of Gondar on Tuesday.", {("Gondar", "Fano", "attacking")}, {("Gondar", "Fano", "captured")}),
    ("Ramadi, about 100 kilometres west of Baghdad, remained in government hands, although IS fighters briefly stormed "
     "its western neighborhoods in June.",
     {("Ramadi", "Islamic State", "attacking")}, {("Baghdad", "Islamic State", "attacking")}),
    # "a week after driving the jihadists out of X": the subject took X
    ("The army retook Ramadi on Sunday, a week after driving the jihadists out of Fallujah.",
     {("Fallujah", "Iraqi government forces", "captured")}, set()),
    # "where the district centre remains in government hands"
    ("The Taliban have been attacking Kunduz, further south, where the district centre remains in government hands.",
     {("Kunduz", "Afghan government forces", "held"), ("Kunduz", "Taliban", "attacking")}, set()),
    # a subject "loyal to President ..." with a full name; "large parts of X" as a later item of a list
    ("Government forces loyal to President Abdrabbuh Mansur Hadi, backed by the coalition, drove the Houthis out of "
     "Aden in July.", {("Aden", "Yemeni government forces", "captured"), ("Aden", "Houthis", "lost")}, set()),
    ("The Houthis took over Marib and large parts of Hodeidah without a fight.",
     {("Marib", "Houthis", "captured"), ("Hodeidah", "Houthis", "captured")}, set()),
    # named parts the gazetteer lacks, in a known place
    ("The jihadists now control the districts of Nashwa, Sharia and Ghwayran in Raqa, IS said.",
     {("Raqa", "Islamic State", "held")}, set()),
    # "forces loyal to Libya's UN-recognised Government of National Accord": the name, not a generic government
    ("Forces loyal to Libya's UN-recognised Government of National Accord on Friday entered Sirte.",
     {("Sirte", "Government of National Accord", "captured")}, set()),
    # "our" in a quotation whose speaker the sentence describes without naming a side: nobody's
    ('The Houthis shelled Marib. "Our forces withdrew from Marib to spare civilians," one of the officials said.',
     set(), {("Marib", "Houthis", "lost")}),
    ('Iraqi forces fought IS in Mosul. "We have lost Mosul," a senior security official said.',
     {("Mosul", "Iraqi government forces", "lost")}, set()),
    # attackers who pull back never held the place
    ("Boko Haram fighters attacked Dikwa. Fighting raged for hours before the attackers retreated.",
     {("Dikwa", "Boko Haram", "attacking")}, {("Dikwa", "Boko Haram", "lost")}),
    # an anaphor with no antecedent is never a registered group the report does not name
    ("In DR Congo, the militia controls Goma, a UN official said.", set(), {("Goma", "CODECO", "held")}),
]


@pytest.mark.parametrize("body,must,must_not", SESSION4, ids=[c[0][:40] for c in SESSION4])
def test_session4_constructions(
    body: str, must: set[tuple[str, str, str]], must_not: set[tuple[str, str, str]]
) -> None:
    assert_claims(body, must, must_not)


@pytest.mark.parametrize("body,must,must_not", DISCOURSE, ids=[c[0][:40] for c in DISCOURSE])
def test_lists_parts_retreats_and_unknown_groups(
    body: str, must: set[tuple[str, str, str]], must_not: set[tuple[str, str, str]]
) -> None:
    assert_claims(body, must, must_not)


def test_unknown_group_is_kept_unregistered() -> None:
    claims = run("Fighters of the Benishangul People's Liberation Movement (BPLM) entered Gambela on Tuesday.")
    assert [(c.actor, c.actor_registered) for c in claims] == [("Benishangul People's Liberation Movement", False)]


def test_a_regular_army_unit_is_no_unknown_group() -> None:
    got = triples(run("A soldier of the 72nd Mechanized Brigade said Russian forces had entered Bakhmut."))
    assert got == {("Bakhmut", "Russian forces", "captured")}


# The places of the session-5 tests below.
PLACES.update(
    {
        "Ajdabiya": ("LY", Kind.SETTLEMENT), "Zintan": ("LY", Kind.SETTLEMENT),
        "Pul-e Khumri": ("AF", Kind.SETTLEMENT), "Sheberghan": ("AF", Kind.SETTLEMENT),
        "Taloqan": ("AF", Kind.SETTLEMENT), "Baghlan province": ("AF", Kind.ADMIN1),
        "Baharak": ("AF", Kind.SETTLEMENT), "Jurm": ("AF", Kind.SETTLEMENT), "Gwoza": ("NG", Kind.SETTLEMENT),
        "Michika": ("NG", Kind.SETTLEMENT), "Borno": ("NG", Kind.ADMIN1), "Adamawa": ("NG", Kind.ADMIN1),
        "Douentza": ("ML", Kind.SETTLEMENT), "Gao": ("ML", Kind.SETTLEMENT),
        "Timbuktu": ("ML", Kind.SETTLEMENT), "Dabat": ("ET", Kind.SETTLEMENT),
        "Alamata": ("ET", Kind.SETTLEMENT), "Najaf": ("IQ", Kind.SETTLEMENT),
        "Musa Qala": ("AF", Kind.SETTLEMENT), "Chibok": ("NG", Kind.SETTLEMENT),
        "Ansongo": ("ML", Kind.SETTLEMENT), "Sievierodonetsk": ("UA", Kind.SETTLEMENT),
        "Lysychansk": ("UA", Kind.SETTLEMENT), "Luhansk region": ("UA", Kind.ADMIN1),
        "Dibis": ("IQ", Kind.SETTLEMENT), "Laukkai": ("MM", Kind.SETTLEMENT),
        "Traghen": ("LY", Kind.SETTLEMENT), "Umm al-Aranib": ("LY", Kind.SETTLEMENT),
        "Rada": ("YE", Kind.SETTLEMENT), "Es Suki": ("SD", Kind.SETTLEMENT), "Uvira": ("CD", Kind.SETTLEMENT),
        "Pokrovsk": ("UA", Kind.SETTLEMENT), "Hirske": ("UA", Kind.SETTLEMENT),
        "Zolote": ("UA", Kind.SETTLEMENT), "Yabroud": ("SY", Kind.SETTLEMENT),
        "El Fasher": ("SD", Kind.SETTLEMENT), "North Darfur": ("SD", Kind.ADMIN1),
        "Nasiriyah": ("IQ", Kind.SETTLEMENT), "Helmand province": ("AF", Kind.ADMIN1),
        "Qusair": ("SY", Kind.SETTLEMENT), "Kabul": ("AF", Kind.SETTLEMENT), "Goma": ("CD", Kind.SETTLEMENT),
        "Mullaittivu": ("LK", Kind.SETTLEMENT), "Sadr City": ("IQ", Kind.SETTLEMENT),
    }
)
@pytest.mark.parametrize(
    ("date", "government"),
    [
        (dt.date(2021, 8, 8), "Afghan government forces"),  # the republic's army, days before Kabul fell
        (dt.date(2023, 5, 2), "Taliban"),  # the Taliban have been the government since September 2021
    ],
)
def test_government_forces_are_the_government_of_the_report_date(date: dt.date, government: str) -> None:
    claims = run("Government soldiers abandoned their positions in Kunduz overnight.", date=date)
    assert ("Kunduz", government, "lost") in triples(claims)
    assert {c.actor for c in claims} == {government}


def test_libyan_government_forces_in_2011_are_gaddafis() -> None:
    body = "Government forces withdrew from Ajdabiya overnight, rebel officials said."
    assert triples(run(body, date=dt.date(2011, 3, 27))) == {("Ajdabiya", "Gaddafi forces", "lost")}
    assert triples(run(body, date=dt.date(2019, 4, 10))) == {("Ajdabiya", "Government of National Accord", "lost")}


@pytest.mark.parametrize(
    ("body", "must"),
    [
        # an adverb between the auxiliary and "been" does not hide the passive
        ("Zintan has also been encircled by Gaddafi's forces, rebels said.", {("Zintan", "Gaddafi forces", "besieging")}),
        ("Zintan had already been captured by Gaddafi's forces.", {("Zintan", "Gaddafi forces", "captured")}),
        # "the government forces" is one name, not "the government" and a stray "forces"
        ("Rebel officials said the government forces withdrew from Zintan.", {("Zintan", "Gaddafi forces", "lost")}),
        # bare rebels in Libya in 2011 are the anti-Gaddafi rebels
        ("Zintan has now been under rebel control for months.", {("Zintan", "Libyan rebels", "held")}),
        ("A day later rebels recaptured Zintan.", {("Zintan", "Libyan rebels", "captured")}),
    ],
)
def test_libya_2011(body: str, must: set[tuple[str, str, str]]) -> None:
    assert must <= triples(run(body, date=dt.date(2011, 4, 2)))


@pytest.mark.parametrize(
    ("body", "must", "must_not"),
    [
        # a short name inside a list of names is a place
        (
            "French and Malian troops have recaptured Douentza, Gao and Timbuktu.",
            {("Gao", "French forces", "captured"), ("Timbuktu", "Malian armed forces", "captured")},
            set(),
        ),
        # a passive loss with its agent
        ("The town of Zintan had been abandoned by Gaddafi's soldiers.", {("Zintan", "Gaddafi forces", "lost")}, set()),
        # ... but residents leaving is no loss of any side
        ("Zintan has been largely abandoned by its civilian residents since 2021.", set(), {("Zintan", "Gaddafi forces", "lost")}),
    ],
)
def test_short_names_in_lists_and_passive_losses(
    body: str, must: set[tuple[str, str, str]], must_not: set[tuple[str, str, str]]
) -> None:
    got = triples(run(body, date=dt.date(2011, 4, 2)))
    assert must <= got, got
    assert not (must_not & got), got


def test_a_states_forces_are_its_government_of_the_time() -> None:
    # "Iraqi forces" before Baghdad fell in April 2003 were Saddam Hussein's, afterwards the new state's
    body = "Much of Nasiriyah itself remained in the hands of Iraqi forces."
    assert triples(run(body, date=dt.date(2003, 3, 25))) == {("Nasiriyah", "Iraqi Baathist forces", "held")}
    assert triples(run(body, date=dt.date(2016, 3, 25))) == {("Nasiriyah", "Iraqi government forces", "held")}


# Session 5: constructions, actors and eras from the sets read that session (holdout21, 22, 25) and the
# development sets, each in sentences of my own; dated mid-2021 by assert_claims.
SESSION5: list[tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str]]]] = [
        # a list goes on after an appositive and a locator of its first item; the places that only locate
        # ("linking Kabul with the north") are no items
        (
            "The Taliban captured Pul-e Khumri, capital of Baghlan province on the main highway linking Kabul with "
            "the north, as well as Sheberghan, Kunduz and Taloqan.",
            {("Pul-e Khumri", "Taliban", "captured"), ("Sheberghan", "Taliban", "captured"),
             ("Kunduz", "Taliban", "captured"), ("Taloqan", "Taliban", "captured")},
            {("Kabul", "Taliban", "captured"), ("Baghlan province", "Taliban", "captured")},
        ),
        (
            "The Taliban have overrun more than a dozen districts since June, including Baharak and Jurm.",
            {("Baharak", "Taliban", "captured"), ("Jurm", "Taliban", "captured")},
            set(),
        ),
        (
            "Boko Haram still controls a string of towns across Borno and Adamawa, including Gwoza, where its "
            "leader declared a caliphate in August, as well as Michika.",
            {("Gwoza", "Boko Haram", "held"), ("Michika", "Boko Haram", "held")},
            {("Borno", "Boko Haram", "held")},
        ),
        (
            "Malian troops recaptured Douentza a week later, and have since retaken Gao, in the east, as well as "
            "Timbuktu and Kidal.",
            {("Gao", "Malian armed forces", "captured"), ("Timbuktu", "Malian armed forces", "captured")},
            set(),
        ),
        # an objectless "moved in" takes the place the other side just left
        (
            "Residents said the Tigrayan fighters had left Dabat on Tuesday night, and that Fano militiamen moved in "
            "on Wednesday morning.",
            {("Dabat", "Fano", "captured"), ("Dabat", "Tigray Defence Forces", "lost")},
            set(),
        ),
        # "Tigray forces": the region's name before a force is its armed group, not the place
        ("Since then, the Tigray forces have seized Alamata.", {("Alamata", "Tigray Defence Forces", "captured")}, set()),
        # "drove X of Y out of": the group named after "of" is part of who was driven out
        (
            "In June the Islamists of MUJAO drove Tuareg separatists of the MNLA out of Gao.",
            {("Gao", "MUJAO", "captured"), ("Gao", "Tuareg rebels", "lost")},
            set(),
        ),
        (
            "Boko Haram fighters stormed Chibok on Thursday evening, forcing soldiers and police to withdraw.",
            {("Chibok", "Nigerian army", "lost")},
            set(),
        ),
        (
            "U.S. Marines and Iraqi troops tightened their cordon around the Imam Ali shrine in Najaf on Tuesday.",
            {("Najaf", "US-led coalition", "besieging"), ("Najaf", "Iraqi government forces", "besieging")},
            set(),
        ),
        # the places named before "the last cities in <region>" hold; the region only says where they are
        (
            "Sievierodonetsk and Lysychansk are the last major cities in the Luhansk region still under Ukrainian "
            "control.",
            {("Sievierodonetsk", "Ukrainian forces", "held"), ("Lysychansk", "Ukrainian forces", "held")},
            {("Luhansk region", "Ukrainian forces", "held")},
        ),
        # British troops fought in Helmand as part of ISAF
        (
            "The Taliban overran Musa Qala in 2007 before British and Afghan troops recaptured Musa Qala in December.",
            {("Musa Qala", "NATO forces", "captured"), ("Musa Qala", "Afghan government forces", "captured")},
            set(),
        ),
        ("Dibis itself remained firmly in Kurdish hands, he added.", {("Dibis", "Peshmerga", "held")}, set()),
        ("Laukkai has since remained under military control.", {("Laukkai", "Myanmar military", "held")}, set()),
        (
            "Umm al-Aranib and Traghen, two smaller towns on the road south, also came under LNA control in January.",
            {("Umm al-Aranib", "Libyan National Army", "held"), ("Traghen", "Libyan National Army", "held")},
            set(),
        ),
        # "Al Qaeda" without the hyphen, and the head noun after a bracketed abbreviation
        (
            "Al Qaeda in the Arabian Peninsula (AQAP) fighters withdrew from Rada to the villages to the west.",
            {("Rada", "al-Qaeda in the Arabian Peninsula", "lost")},
            set(),
        ),
        # "a source close to" the group is no intention ("close to taking the town" is)
        (
            "A source close to the paramilitaries told Reuters its fighters had left Es Suki for tactical reasons.",
            {("Es Suki", "Rapid Support Forces", "lost")},
            set(),
        ),
        (
            "Congolese troops and U.N. peacekeepers repelled an attack by Mai-Mai militiamen on Uvira on Thursday.",
            {("Uvira", "Mai-Mai militias", "attacking")},
            set(),
        ),
        ("Russian units have pushed into the southern and western districts of Pokrovsk.", {("Pokrovsk", "Russian forces", "attacking")}, set()),
        (
            "The small mining towns of Hirske and Zolote remain in Ukrainian hands but are coming under intense "
            "Russian bombardment, the military said.",
            {("Hirske", "Ukrainian forces", "held"), ("Zolote", "Russian forces", "attacking")},
            set(),
        ),
        # the first group named in "after ..., including ..., withdrew" is the one that withdrew
        (
            "Government forces had taken most of Yabroud after hundreds of rebels, including fighters of the "
            "Nusra Front, withdrew overnight.",
            {("Yabroud", "Syrian rebels", "lost"), ("Yabroud", "Syrian government forces", "captured")},
            set(),
        ),
        (
            "Famine has been declared in a camp near El Fasher, where the RSF has besieged the army's last "
            "stronghold in the region since May.",
            {("El Fasher", "Rapid Support Forces", "besieging"), ("El Fasher", "Sudanese Armed Forces", "held")},
            set(),
        ),
        (
            "El Fasher, the capital of North Darfur and the last major city in the region still in army hands, has "
            "been surrounded by the RSF since May.",
            {("El Fasher", "Rapid Support Forces", "besieging")},
            {("North Darfur", "Rapid Support Forces", "besieging")},
        ),
        (
            "The largest rebel stronghold left in the mountains is the town of Yabroud.",
            {("Yabroud", "Syrian rebels", "held")},
            set(),
        ),
        (
            "U.S. Marines and British troops were pressing into Taliban-held areas of Helmand province.",
            {("Helmand province", "US-led coalition", "attacking"), ("Helmand province", "Taliban", "held")},
            set(),
        ),
        # "the Lebanese militant group" says who Hezbollah is, not that the passage is about Lebanon
        (
            "Hezbollah, the Lebanese militant group, helped the army retake the border town of Qusair in Syria.",
            {("Qusair", "Syrian government forces", "captured")},
            {("Qusair", "Lebanese army", "captured")},
        ),
        ("Northern Alliance fighters poured into Kabul on Tuesday.", {("Kabul", "Northern Alliance", "captured")}, set()),
        ("Rebel shells fell on several neighbourhoods of Goma this week.", {("Goma", "M23", "attacking")}, set()),
        ("Mullaittivu town, on the coast, remains in rebel hands.", {("Mullaittivu", "Tamil Tigers", "held")}, set()),
        (
            "U.S. Marines fought their way across two bridges over the Euphrates River at Nasiriyah on Sunday.",
            {("Nasiriyah", "US-led coalition", "attacking")},
            set(),
        ),
        (
            "In Sadr City, U.S. forces regained control of police stations that militiamen had occupied.",
            {("Sadr City", "US-led coalition", "captured")},
            set(),
        ),
]


@pytest.mark.parametrize("body,must,must_not", SESSION5, ids=[c[0][:40] for c in SESSION5])
def test_session5_constructions(
    body: str, must: set[tuple[str, str, str]], must_not: set[tuple[str, str, str]]
) -> None:
    assert_claims(body, must, must_not)


# The places of the session-6 tests below.
PLACES.update(
    {
        "Bhamo": ("MM", Kind.SETTLEMENT), "Kadugli": ("SD", Kind.SETTLEMENT), "Petionville": ("HT", Kind.SETTLEMENT),
        "Kenscoff": ("HT", Kind.SETTLEMENT), "Butig": ("PH", Kind.SETTLEMENT), "Kauswagan": ("PH", Kind.SETTLEMENT),
        "Sabratha": ("LY", Kind.SETTLEMENT), "Haiti": ("HT", Kind.COUNTRY), "Myanmar": ("MM", Kind.COUNTRY),
        "Herat": ("AF", Kind.SETTLEMENT), "Islam Qala": ("AF", Kind.SETTLEMENT), "Baghlan": ("AF", Kind.ADMIN1),
        "Kilinochchi": ("LK", Kind.SETTLEMENT), "Kalbajar": ("AZ", Kind.SETTLEMENT), "Agdam": ("AZ", Kind.SETTLEMENT),
        "Azerbaijan": ("AZ", Kind.COUNTRY), "Knin": ("HR", Kind.SETTLEMENT), "Glina": ("HR", Kind.SETTLEMENT),
        "Petrinja": ("HR", Kind.SETTLEMENT), "Croatia": ("HR", Kind.COUNTRY), "Sri Lanka": ("LK", Kind.COUNTRY),
        "Crimean peninsula": ("UA", Kind.ADMIN1), "Maiduguri": ("NG", Kind.SETTLEMENT),
        "Pekon": ("MM", Kind.SETTLEMENT), "Burie": ("ET", Kind.SETTLEMENT), "Adigrat": ("ET", Kind.SETTLEMENT),
        "Ethiopia": ("ET", Kind.COUNTRY), "Gamboru": ("NG", Kind.SETTLEMENT), "Chad": ("TD", Kind.COUNTRY),
        "Nigeria": ("NG", Kind.COUNTRY), "Kombolcha": ("ET", Kind.SETTLEMENT), "Djugu": ("CD", Kind.SETTLEMENT),
        "Khartoum": ("SD", Kind.SETTLEMENT), "Wad Madani": ("SD", Kind.SETTLEMENT),
    }
)
SESSION6: list[tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str]]]] = [
    # "its fighters": an armed group's men, not the army named last ...
    (
        "The Kachin Independence Army said it had taken a base. The army shelled villages in Myanmar. "
        "Since December its fighters have been besieging Bhamo.",
        {("Bhamo", "Kachin Independence Army", "besieging")},
        {("Bhamo", "Myanmar military", "besieging")},
    ),
    (
        "The SPLM-N rejected the talks, and the army bombed its positions. Its fighters shelled Kadugli last year.",
        {("Kadugli", "SPLM-N", "attacking")},
        {("Kadugli", "Sudanese Armed Forces", "attacking")},
    ),
    # ... unless the state itself says so
    (
        "Haftar's forces withdrew overnight. The GNA said its fighters had liberated Sabratha.",
        {("Sabratha", "Government of National Accord", "captured")},
        {("Sabratha", "Libyan National Army", "captured")},
    ),
    # an adverbial of time between the auxiliary and the verb; "pushed into" a list of described places
    (
        "In Haiti, gangs have in recent weeks pushed into the upscale neighbourhoods of Petionville and the "
        "hills of Kenscoff.",
        {("Petionville", "Viv Ansanm", "attacking"), ("Kenscoff", "Viv Ansanm", "attacking")},
        set(),
    ),
    ("Gunmen of the Maute group rampaged through Marawi on Wednesday.", {("Marawi", "Maute group", "attacking")}, set()),
    # an appositive before "that remains in X hands"; a province's capital named between commas
    (
        "Islam Qala lies 120 km west of the provincial capital Herat, a city of more than half a million people "
        "that remains in government hands.",
        {("Herat", "Afghan government forces", "held")},
        {("Islam Qala", "Afghan government forces", "held")},
    ),
    (
        "Baghlan's capital, Pul-e Khumri, fell to the Taliban on August 11.",
        {("Pul-e Khumri", "Taliban", "captured")},
        {("Baghlan", "Taliban", "captured")},
    ),
    # a long relative clause between a place and "fell to"
    (
        "In Sri Lanka, Kilinochchi, which the Tigers had run as the administrative capital of their self-declared "
        "state since 1998, fell to the army on January 2.",
        {("Kilinochchi", "Sri Lankan forces", "captured"), ("Kilinochchi", "Tamil Tigers", "held")},
        set(),
    ),
    # "lost X to Y" whoever lost it; civilians coordinated with the actor who pulled out
    (
        "The fall of Agdam is the latest disaster for Azerbaijan, which lost Kalbajar to Armenian forces in April.",
        {("Kalbajar", "Armenian forces", "captured")},
        set(),
    ),
    (
        "Krajina Serb forces and tens of thousands of civilians had pulled out of Knin overnight.",
        {("Knin", "Krajina Serb forces", "lost")},
        set(),
    ),
    (
        "In Croatia, troops were engaged in heavy fighting around Glina and Petrinja on Sunday.",
        {("Glina", "Croatian forces", "attacking"), ("Petrinja", "Croatian forces", "attacking")},
        set(),
    ),
    # the places a share of territory includes (the share is not theirs)
    (
        "Russia occupies about a fifth of Ukraine's territory, including the Crimean peninsula annexed in 2014.",
        {("Crimean peninsula", "Russian forces", "held")},
        set(),
    ),
    # a predicate coordinated after a negated one that names another actor
    (
        "Maiduguri has been attacked repeatedly, but the city has never fallen to Boko Haram and remains under the "
        "control of the Nigerian army.",
        {("Maiduguri", "Nigerian army", "held")},
        {("Maiduguri", "Boko Haram", "captured")},
    ),
    # "was still in charge of", "appeared to remain under the control of"
    (
        "In Burie, residents said Fano was still in charge of the town on Sunday.",
        {("Burie", "Fano", "held")},
        set(),
    ),
    (
        "Adigrat in Ethiopia appeared to remain under the control of Eritrean troops, residents said.",
        {("Adigrat", "Eritrean forces", "held")},
        {("Ethiopia", "Eritrean forces", "held")},
    ),
    # "troops from neighbouring Chad": that state's forces; "rebels from Ethiopia's Tigray region" are no state's
    (
        "Troops from neighbouring Chad have begun pushing into Nigeria, and on Saturday they drove Boko Haram "
        "out of Gamboru.",
        {("Gamboru", "Chadian forces", "captured"), ("Gamboru", "Boko Haram", "lost")},
        {("Gamboru", "Nigerian army", "captured")},
    ),
    (
        "Rebels from Ethiopia's Tigray region said on Monday they had captured the town of Kombolcha.",
        set(),
        {("Kombolcha", "Ethiopian National Defense Force", "captured")},
    ),
    # a head noun after the attackers' name ("CODECO assailants")
    (
        "The army said its troops had repelled attempts by CODECO assailants to enter Djugu.",
        {("Djugu", "CODECO", "attacking")},
        set(),
    ),
    # "where X retook the presidential palace": X holds the place; a date with an abbreviated month
    (
        "The RSF lost Khartoum, where the army retook the presidential palace in late March.",
        {("Khartoum", "Sudanese Armed Forces", "held"), ("Khartoum", "Rapid Support Forces", "lost")},
        set(),
    ),
    (
        "The gains follow the army's recapture on Jan. 11 of Wad Madani, which the RSF had seized in December 2023.",
        {("Wad Madani", "Sudanese Armed Forces", "captured"), ("Wad Madani", "Rapid Support Forces", "held")},
        set(),
    ),
    # "the military outpost in X": a place of the army, not the army
    (
        "In Myanmar, the Karenni forces also captured the military outpost in Pekon this month.",
        {("Pekon", "Karenni Nationalities Defence Force", "captured")},
        set(),
    ),
    # "the town hall of X": X, and no back-reference to an earlier town
    (
        "The Maute group last year briefly occupied the town hall of Butig before being driven out by the army.",
        {("Butig", "Maute group", "captured"), ("Butig", "Maute group", "lost")},
        set(),
    ),
]


@pytest.mark.parametrize("body,must,must_not", SESSION6, ids=[c[0][:40] for c in SESSION6])
def test_session6_constructions(
    body: str, must: set[tuple[str, str, str]], must_not: set[tuple[str, str, str]]
) -> None:
    assert_claims(body, must, must_not)


# The places of the session-7 tests below.
PLACES.update(
    {
        "Kurmuk": ("SD", Kind.SETTLEMENT), "Afgoye": ("SO", Kind.SETTLEMENT), "Baidoa": ("SO", Kind.SETTLEMENT),
        "Kyiv": ("UA", Kind.SETTLEMENT), "Russia": ("RU", Kind.COUNTRY), "Israel": ("IL", Kind.COUNTRY),
        "Turkey": ("TR", Kind.COUNTRY), "Afrin": ("SY", Kind.SETTLEMENT), "Ad Douiem": ("SD", Kind.SETTLEMENT),
        "Kosti": ("SD", Kind.SETTLEMENT), "Mellit": ("SD", Kind.SETTLEMENT), "El Obeid": ("SD", Kind.SETTLEMENT),
        "Bichena": ("ET", Kind.SETTLEMENT), "Jowhar": ("SO", Kind.SETTLEMENT), "Butembo": ("CD", Kind.SETTLEMENT),
        "Uganda": ("UG", Kind.COUNTRY), "Tal Abyad": ("SY", Kind.SETTLEMENT), "Surman": ("LY", Kind.SETTLEMENT),
        "Darfur": ("SD", Kind.REGION), "Kiklah": ("LY", Kind.SETTLEMENT), "Yafran": ("LY", Kind.SETTLEMENT),
    }
)
SESSION7: list[tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str]]]] = [
    # a country's military deed is its forces'
    (
        "Refugees crossed from Ethiopia. Sudanese officials said Ethiopia's seizure of Kurmuk had cut the road.",
        {("Kurmuk", "Ethiopian National Defense Force", "captured")},
        set(),
    ),
    (
        "Kyiv said Ukraine's withdrawal from Avdiivka had saved lives.",
        {("Avdiivka", "Ukrainian forces", "lost")},
        set(),
    ),
    (
        "Fighting went on in Syria. The Kurds still resent Turkey's capture of Afrin in 2018.",
        {("Afrin", "Turkish forces", "captured")},
        set(),
    ),
    # ... and a later actor with a deed of its own is not one more agent of the phrase before it
    (
        "The advance follows the capture of Afgoye by AU forces, and Ethiopia's seizure of Baidoa.",
        {("Afgoye", "AMISOM", "captured"), ("Baidoa", "Ethiopian National Defense Force", "captured")},
        {("Afgoye", "Ethiopian National Defense Force", "captured")},
    ),
    # a capital that hopes is its state: "its" is that state's
    (
        "Russian troops dug in. Kyiv had hoped that its incursion into Russia's Kursk region would draw them away.",
        {("Kursk", "Ukrainian forces", "attacking")},
        {("Kursk", "Russian forces", "attacking")},
    ),
    # held by, after "both of which" and with "dominated"/"garrisoned"
    (
        "The road to Ad Douiem and Kosti, both of which are held by the army, was cut. Fighting spread in Sudan.",
        {("Ad Douiem", "Sudanese Armed Forces", "held"), ("Kosti", "Sudanese Armed Forces", "held")},
        set(),
    ),
    (
        "Idlib province is dominated by Hayat Tahrir al-Sham. Jowhar is garrisoned by Somali troops.",
        {("Idlib", "Hayat Tahrir al-Sham", "held"), ("Jowhar", "Somali government forces", "held")},
        set(),
    ),
    # a relative clause without its pronoun after an appositive's head noun
    (
        "The RSF has a corridor from Nyala to Mellit, a town the paramilitaries captured last year.",
        {("Mellit", "Rapid Support Forces", "held")},
        {("Nyala", "Rapid Support Forces", "held")},
    ),
    # attempts are attacks
    (
        "Government forces repelled an RSF attempt to take El Obeid. A fresh attempt by the RSF to storm Kosti failed.",
        {("El Obeid", "Rapid Support Forces", "attacking"), ("Kosti", "Rapid Support Forces", "attacking")},
        {("El Obeid", "Rapid Support Forces", "captured"), ("Kosti", "Rapid Support Forces", "captured")},
    ),
    # entered, in a "where" or "which" clause
    (
        "The M23 moved south towards Bukavu, where the rebels entered without a fight.",
        {("Bukavu", "M23", "captured")},
        set(),
    ),
    (
        "Crowds gathered in the city of Kherson, which Ukrainian forces entered on Friday.",
        {("Kherson", "Ukrainian forces", "held")},
        set(),
    ),
    # briefly taken, then left: a capture and a loss
    (
        "Fano militiamen briefly overran Bichena before withdrawing in the face of an army counter-offensive.",
        {("Bichena", "Fano", "captured"), ("Bichena", "Fano", "lost")},
        set(),
    ),
    # an agentless fall: the troops that withdrew lost every town of the list, and took none of them
    (
        "Fighting raged in Mali. Kidal and Gao fell on Friday and Saturday, after troops withdrew in large numbers.",
        {("Kidal", "Malian armed forces", "lost"), ("Gao", "Malian armed forces", "lost")},
        {("Kidal", "Malian armed forces", "captured"), ("Gao", "Malian armed forces", "captured")},
    ),
    # a country named as a trading partner does not say whose government forces these are
    (
        "Butembo, a hub for cross-border trade with Uganda, remained under the control of government forces.",
        {("Butembo", "FARDC", "held")},
        {("Butembo", "Ugandan forces", "held")},
    ),
    # three coordinated demonyms, and "retaken from X by Y"
    (
        "Musa Qala was retaken from the insurgents by British, U.S. and Afghan forces in December 2007.",
        {("Musa Qala", "US-led coalition", "captured"), ("Musa Qala", "Afghan government forces", "captured")},
        set(),
    ),
    (
        "Tal Abyad was wrested from the Islamic State group by Kurdish fighters in 2015.",
        {("Tal Abyad", "YPG", "captured"), ("Tal Abyad", "Islamic State", "lost")},
        set(),
    ),
    # a capture of "a string of towns west of X, including ..."; a bombardment of a place
    (
        "The GNA's capture in April of a string of coastal towns west of Tripoli, including Sabratha and Surman, "
        "was a turning point.",
        {("Sabratha", "Government of National Accord", "captured"), ("Surman", "Government of National Accord", "captured")},
        {("Tripoli", "Government of National Accord", "captured")},
    ),
    # "the Rwandans": a foreign state's forces, named by the plural of its demonym
    (
        "Within weeks the Rwandans and Mozambican forces retook Mocimboa da Praia.",
        {("Mocimboa da Praia", "Rwandan forces", "captured"), ("Mocimboa da Praia", "Mozambican armed forces", "captured")},
        set(),
    ),
    # counted places ("at least four villages in X"), fighting on the outskirts, a subject opposed to the actor
    (
        "By late afternoon, Malian troops had recaptured at least four villages in Kidal. Taliban fighters were on "
        "Saturday reported to be fighting on the outskirts of Musa Qala.",
        {("Kidal", "Malian armed forces", "captured"), ("Musa Qala", "Taliban", "attacking")},
        set(),
    ),
    (
        "Local militiamen opposed to the Taliban have seized three districts of northern Musa Qala.",
        set(),
        {("Musa Qala", "Taliban", "captured")},
    ),
    # an appositive that says who holds the place, before a passive with its agent
    (
        "El Fasher, the capital of North Darfur and the last major city in the region still in army hands, has "
        "been surrounded by the RSF since May.",
        {("El Fasher", "Sudanese Armed Forces", "held"), ("El Fasher", "Rapid Support Forces", "besieging")},
        set(),
    ),
    (
        "El Fasher, the last major city in Darfur still in army hands, has been surrounded by the RSF since May.",
        {("El Fasher", "Sudanese Armed Forces", "held"), ("El Fasher", "Rapid Support Forces", "besieging")},
        set(),
    ),
    # "both" after a list; an appositive of more than 90 characters; a name the gazetteer lacks inside a list
    (
        "Jihadists have repeatedly attacked Kidal and Gao, on the road to the border, although both remain in "
        "government hands.",
        {("Kidal", "Malian armed forces", "held"), ("Gao", "Malian armed forces", "held")},
        set(),
    ),
    (
        "El Obeid itself, a market town of some 18,000 people on the west bank of the river about 90 km (55 miles) "
        "south of Kosti, remained in army hands.",
        {("El Obeid", "Sudanese Armed Forces", "held")},
        set(),
    ),
    (
        "Malian troops moved into Kidal, Anefis and Gao in July.",
        {("Kidal", "Malian armed forces", "captured"), ("Gao", "Malian armed forces", "captured")},
        set(),
    ),
    # an objectless flight with a direction: they left the place the passage is about, not the one they went to
    (
        "Government troops entered Kidal on Monday. The rebels have withdrawn toward the mountains.",
        {("Kidal", "Malian armed forces", "captured"), ("Kidal", "Tuareg rebels", "lost")},
        set(),
    ),
    (
        "Heavy fighting raged in Kidal. Malian troops had retreated across the river to Gao, the army said.",
        set(),
        {("Gao", "Malian armed forces", "lost")},
    ),
    # a place before a possessive actor is no demonym coordinated with it
    (
        "In Kiklah, just east of Yafran, Gaddafi's forces were shelling rebel positions on Monday.",
        {("Kiklah", "Gaddafi forces", "attacking")},
        {("Kiklah", "Government of National Accord", "attacking")},
    ),
    # a day between "deployed" and "in"
    (
        "Malian troops deployed Tuesday in the town of Kidal after the rebels withdrew.",
        {("Kidal", "Malian armed forces", "held")},
        set(),
    ),
    # a side of the country, then the places it includes
    (
        "Haftar's forces took control of the south, including Zintan and Yafran, last year.",
        {("Zintan", "Libyan National Army", "captured"), ("Yafran", "Libyan National Army", "captured")},
        set(),
    ),
    # a base held in a place
    (
        "Fighting raged around Yafran. Zintan, where the rebels have their main base, was calm. Kidal, the town that "
        "hosts the Malian army's main base in the north, has not been attacked. French troops have long maintained "
        "a base at Gao.",
        {("Kidal", "Malian armed forces", "held"), ("Gao", "French forces", "held")},
        set(),
    ),
    # a civilian's "we" is no side's
    (
        "The army shelled Kidal on Monday. \"We fled to the fields with our children,\" said a 38-year-old mother.",
        {("Kidal", "Malian armed forces", "attacking")},
        {("Kidal", "Malian armed forces", "lost")},
    ),
    (
        "Haftar's forces kept up their bombardment of Zintan on Wednesday.",
        {("Zintan", "Libyan National Army", "attacking")},
        set(),
    ),
]


@pytest.mark.parametrize("body,must,must_not", SESSION7, ids=[c[0][:40] for c in SESSION7])
def test_session7_constructions(
    body: str, must: set[tuple[str, str, str]], must_not: set[tuple[str, str, str]]
) -> None:
    assert_claims(body, must, must_not)


# Session 8: subjects and names the rules read wrongly before.
SESSION8: list[tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str]]]] = [
    # a later item of a list of actors may be the first one's allies ("and their ... allies")
    (
        "The M23 rebels and their one-time Rwandan army allies seized Bukavu on Friday, residents said.",
        {("Bukavu", "M23", "captured"), ("Bukavu", "Rwandan forces", "captured")},
        set(),
    ),
    # the backers of a subject, listed between commas, hold nothing
    (
        "The LNA, backed by the United Arab Emirates, Egypt and Russia, still holds Sirte, diplomats said.",
        {("Sirte", "Libyan National Army", "held")},
        {("Sirte", "Russian forces", "held")},
    ),
    # a registered name wins over the generic one that overlaps it from the left ("the government")
    (
        "Forces of the Government of National Accord retook Surman on Monday after a week of fighting.",
        {("Surman", "Government of National Accord", "captured")},
        set(),
    ),
    # an actor's units named through a possessive are the actor ("the army's 5th Corps", "Hezbollah's fighters")
    (
        "In Nigeria, the army's 7th Division, pushing north from Maiduguri, retook Gwoza on Thursday.",
        {("Gwoza", "Nigerian army", "captured")},
        set(),
    ),
    (
        "Hezbollah's fighters and Syrian troops took Qusair on Wednesday after a three-week siege.",
        {("Qusair", "Hezbollah", "captured"), ("Qusair", "Syrian government forces", "captured")},
        set(),
    ),
    # "then", "subsequently", "soon" between a subject and its verb
    (
        "The Tuareg rebels then seized Kidal, and weeks later they subsequently overran Gao.",
        {("Kidal", "Tuareg rebels", "captured")},
        set(),
    ),
    # a coordinated second predicate of holding with a share ("and now controlled more than three-quarters of")
    (
        "Hezbollah fighters had taken the hospital and now controlled more than three-quarters of Qusair.",
        {("Qusair", "Hezbollah", "held")},
        set(),
    ),
    # a first predicate of holding, then "but/and it too has been" attacked or surrounded by another side
    (
        "Gwoza, the last town in the area, is held by the army but has been surrounded by Boko Haram for weeks.",
        {("Gwoza", "Nigerian army", "held"), ("Gwoza", "Boko Haram", "besieging")},
        set(),
    ),
    (
        "In Nigeria, only Gwoza remains in army hands in the area, and it too has been under Boko Haram attack since May.",
        {("Gwoza", "Nigerian army", "held"), ("Gwoza", "Boko Haram", "attacking")},
        set(),
    ),
    # soldiers who abandoned their posts left the place the passage is about
    (
        "Boko Haram fighters overran Gwoza on Friday. Soldiers abandoned their posts overnight, residents said.",
        {("Gwoza", "Boko Haram", "captured"), ("Gwoza", "Nigerian army", "lost")},
        set(),
    ),
    (
        "Boko Haram fighters overran Gwoza on Friday. Soldiers deserted their positions overnight, residents said.",
        {("Gwoza", "Boko Haram", "captured"), ("Gwoza", "Nigerian army", "lost")},
        set(),
    ),
    (
        "Boko Haram fighters overran Gwoza on Friday. Many soldiers laid down their arms, residents said.",
        {("Gwoza", "Boko Haram", "captured"), ("Gwoza", "Nigerian army", "lost")},
        set(),
    ),
    # a head noun after a quoted name ("allied \"Wazalendo\" militiamen")
    (
        'In Congo, soldiers and allied "Wazalendo" militiamen withdrew from Goma on Tuesday, officials said.',
        {("Goma", "FARDC", "lost")},
        set(),
    ),
    # the agent of a passive loss took the place ("were driven out of ⟨P⟩ by ⟨A⟩")
    (
        "In Nigeria, Boko Haram fighters were driven out of Gwoza by the army in March.",
        {("Gwoza", "Boko Haram", "lost"), ("Gwoza", "Nigerian army", "captured")},
        set(),
    ),
    # "since being driven out of ⟨P⟩": the subject lost it
    (
        "In Nigeria, Boko Haram fighters have regrouped in the forest since being driven out of Gwoza in March.",
        {("Gwoza", "Boko Haram", "lost")},
        set(),
    ),
    # an appositive may end with the border or coast the town lies on
    (
        "Gwoza, a market town on the Cameroon border, fell to Boko Haram on Wednesday, residents said.",
        {("Gwoza", "Boko Haram", "captured")},
        set(),
    ),
]


@pytest.mark.parametrize("body,must,must_not", SESSION8, ids=[c[0][:40] for c in SESSION8])
def test_session8_constructions(
    body: str, must: set[tuple[str, str, str]], must_not: set[tuple[str, str, str]]
) -> None:
    assert_claims(body, must, must_not)


# Session 9: constructions met in development sets, each in sentences of our own
PLACES.update(
    {
        "Kupiansk": ("UA", Kind.SETTLEMENT),
        "Ukraine": ("UA", Kind.COUNTRY),
        "Kfar Aza": ("IL", Kind.SETTLEMENT),
        "Israel": ("IL", Kind.COUNTRY),
        "Mali": ("ML", Kind.COUNTRY),
        "Kidal": ("ML", Kind.SETTLEMENT),
        "Tessalit": ("ML", Kind.SETTLEMENT),
        "Gao": ("ML", Kind.SETTLEMENT),
        "Timbuktu": ("ML", Kind.SETTLEMENT),
        "Liberia": ("LR", Kind.COUNTRY),
        "Voinjama": ("LR", Kind.SETTLEMENT),
        "Zorzor": ("LR", Kind.SETTLEMENT),
        "Masisi": ("CD", Kind.SETTLEMENT),
        "North Kivu": ("CD", Kind.ADMIN1),
        "Central African Republic": ("CF", Kind.COUNTRY),
        "Bossembele": ("CF", Kind.SETTLEMENT),
        "Yaloke": ("CF", Kind.SETTLEMENT),
        "Yemen": ("YE", Kind.COUNTRY),
        "Aden": ("YE", Kind.SETTLEMENT),
        "Mukalla": ("YE", Kind.SETTLEMENT),
        "Tokmak": ("UA", Kind.SETTLEMENT),
        "Polohy": ("UA", Kind.SETTLEMENT),
        "Crimea": ("UA", Kind.ADMIN1),
        "Melitopol": ("UA", Kind.SETTLEMENT),
        "Zaporizhzhia": ("UA", Kind.ADMIN1),
        "Angola": ("AO", Kind.COUNTRY),
        "Kuito": ("AO", Kind.SETTLEMENT),
        "Soyo": ("AO", Kind.SETTLEMENT),
        "Colombia": ("CO", Kind.COUNTRY),
        "Mesetas": ("CO", Kind.SETTLEMENT),
        "Orikhiv": ("UA", Kind.SETTLEMENT),
        "Lysychansk": ("UA", Kind.SETTLEMENT),
        "Niono": ("ML", Kind.SETTLEMENT),
        "Diabaly": ("ML", Kind.SETTLEMENT),
        "Sake": ("CD", Kind.SETTLEMENT),
        "Goma": ("CD", Kind.SETTLEMENT),
        "Uige": ("AO", Kind.SETTLEMENT),
    }
)
SESSION9: list[tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str]]]] = [
    # a state's tanks and armoured vehicles are its forces
    (
        "Russian tanks rolled into Kupiansk in Ukraine on Friday, the regional governor said.",
        {("Kupiansk", "Russian forces", "captured")},
        set(),
    ),
    # "burst into" is an entry
    (
        "Hamas gunmen burst into Kfar Aza in southern Israel at dawn, residents said.",
        {("Kfar Aza", "Hamas", "captured")},
        set(),
    ),
    # a region of a country, then the towns it includes
    (
        "Ansar Dine has controlled Mali's vast north, including Kidal and Tessalit, since April.",
        {("Kidal", "Ansar Dine", "held"), ("Tessalit", "Ansar Dine", "held")},
        set(),
    ),
    (
        "In Liberia, LURD controls most of the north and west, including Voinjama and Zorzor, aid workers say.",
        {("Voinjama", "LURD", "held"), ("Zorzor", "LURD", "held")},
        set(),
    ),
    # "a swathe of" is a share of a place
    (
        "The M23 now controls a large swathe of Masisi territory in North Kivu, the UN said.",
        {("Masisi", "M23", "held")},
        set(),
    ),
    # the towns a force was driven out of, then those included
    (
        "A French-led military intervention launched in 2013 drove the Islamists out of the main northern "
        "towns of Mali, including Gao and Timbuktu.",
        {("Gao", "French forces", "captured"), ("Timbuktu", "French forces", "captured")},
        set(),
    ),
    # "several towns on the road to the capital in the past week, including ..."
    (
        "In the Central African Republic, the CPC has seized several towns on the main roads leading to the "
        "capital in the past week, including Bossembele and Yaloke.",
        {("Bossembele", "Coalition of Patriots for Change", "captured"),
         ("Yaloke", "Coalition of Patriots for Change", "captured")},
        set(),
    ),
    # an appositive inside a list of places
    (
        "In Yemen, the STC controls Aden, the seat of the government, as well as Mukalla on the coast.",
        {("Aden", "Southern Transitional Council", "held"), ("Mukalla", "Southern Transitional Council", "held")},
        set(),
    ),
    # where a subject moves, said between it and its verb
    (
        "Russian troops pushing north from Crimea have taken Tokmak and Polohy in Ukraine, Moscow said.",
        {("Tokmak", "Russian forces", "captured"), ("Polohy", "Russian forces", "captured")},
        set(),
    ),
    # a fronted participle with an appositive that names another place
    (
        "Having secured Melitopol, the largest city in the Zaporizhzhia region, in the first days, Russian "
        "troops fanned out northwards in Ukraine.",
        {("Melitopol", "Russian forces", "captured")},
        {("Zaporizhzhia", "Russian forces", "captured")},
    ),
    # the side they were taken from, between the towns and the list of them
    (
        "In Angola, UNITA has wrested a string of towns from government forces, including Soyo and Uige.",
        {("Soyo", "UNITA", "captured"), ("Uige", "UNITA", "captured")},
        set(),
    ),
    # a place used or made a base is held
    (
        "In Colombia, the FARC had used Mesetas as their base since 1984, officials said.",
        {("Mesetas", "FARC", "held")},
        set(),
    ),
    # a participle of approach after the subject's own clause is an attack
    (
        "Russian columns fanned out along the roads, reaching the outskirts of Orikhiv in Ukraine.",
        {("Orikhiv", "Russian forces", "attacking")},
        set(),
    ),
    # a bare "left" with a time: they left the place the passage is about
    (
        "Government troops entered Kidal on Monday. The rebels left on Sunday night, residents said.",
        {("Kidal", "Tuareg rebels", "lost")},
        set(),
    ),
    # a relative clause about a place: abandoned is lost, defended is held, a distance may come between
    (
        "Ukrainian troops retook Lysychansk, an oil town that the Russian-backed separatists abandoned in July.",
        {("Lysychansk", "Russian-backed separatists", "lost"), ("Lysychansk", "Ukrainian forces", "captured")},
        set(),
    ),
    (
        "French troops moved up to Niono, 60 kilometres south of Diabaly, which Malian soldiers now hold.",
        {("Niono", "Malian armed forces", "held")},
        {("Diabaly", "Malian armed forces", "held")},
    ),
    (
        "The only road into Goma runs through Sake, which the FARDC and its allies have defended since February.",
        {("Sake", "FARDC", "held")},
        set(),
    ),
    # an intention inside a closed relative clause is not the main verb's
    (
        "The STC, which seeks to restore the southern state of Yemen, already controls Aden and Mukalla.",
        {("Aden", "Southern Transitional Council", "held"), ("Mukalla", "Southern Transitional Council", "held")},
        set(),
    ),
    # ... but an intention of the main clause still blocks
    (
        "The STC, which controls Aden, seeks to take Mukalla in Yemen.",
        {("Aden", "Southern Transitional Council", "held")},
        {("Mukalla", "Southern Transitional Council", "captured")},
    ),
]


@pytest.mark.parametrize("body,must,must_not", SESSION9, ids=[c[0][:40] for c in SESSION9])
def test_session9_constructions(
    body: str, must: set[tuple[str, str, str]], must_not: set[tuple[str, str, str]]
) -> None:
    assert_claims(body, must, must_not)


# The places of the session-11 tests below.
PLACES.update(
    {
        "Daraa": ("SY", Kind.SETTLEMENT), "Beirut": ("LB", Kind.SETTLEMENT), "Foca": ("BA", Kind.SETTLEMENT),
        "Visegrad": ("BA", Kind.SETTLEMENT), "Rogatica": ("BA", Kind.SETTLEMENT),
        "Umuahia": ("NG", Kind.SETTLEMENT), "Torit": ("SS", Kind.SETTLEMENT), "Kapoeta": ("SS", Kind.SETTLEMENT),
    }
)

SESSION11 = [
    # a place's own people hold nothing for the actor a pronoun before them names
    (
        "The Houthis shelled Aden on Monday. \"Aden is in the hands of its sons,\" the governor said.",
        {("Aden", "Houthis", "attacking")},
        {("Aden", "Houthis", "held")},
    ),
    # those whose relative clause says they held the place, and who withdrew, lost it
    (
        "In South Sudan, SPLA-IO fighters who had garrisoned Torit withdrew to Kapoeta.",
        {("Torit", "SPLA-IO", "lost")},
        set(),
    ),
    # a bare lower-case compass word before a city names a part of it, like "eastern"
    (
        "Syrian troops recaptured east Aleppo in December.",
        {("Aleppo", "Syrian government forces", "captured")},
        set(),
    ),
    ("Iraqi forces control west Mosul.", {("Mosul", "Iraqi government forces", "held")}, set()),
    # a unit named after the actor: the actor acts
    (
        "Syrian troops of the 4th Division entered Daraa on Tuesday.",
        {("Daraa", "Syrian government forces", "captured")},
        set(),
    ),
    # a time phrase between "and" and the verb of an elided subject
    (
        "Syrian troops overran the valley within days, and earlier this week took Daraa.",
        {("Daraa", "Syrian government forces", "captured")},
        set(),
    ),
    # "all of which": a relative clause about every place of the list
    (
        "In Bosnia, Foca, Visegrad and Rogatica, all of which fell to Bosnian Serb forces in 1992, are quiet.",
        {("Foca", "Bosnian Serb forces", "captured"), ("Visegrad", "Bosnian Serb forces", "captured"),
         ("Rogatica", "Bosnian Serb forces", "captured")},
        set(),
    ),
    # a group the registry lacks, named before the word for its fighters, holds what it took
    (
        "In Nigeria, Biafran troops have recaptured Umuahia, the secessionist radio said.",
        {("Umuahia", "Biafran forces", "captured")},
        {("Umuahia", "Nigerian army", "captured")},
    ),
]


@pytest.mark.parametrize("body,must,must_not", SESSION11, ids=[c[0][:40] for c in SESSION11])
def test_session11_constructions(
    body: str, must: set[tuple[str, str, str]], must_not: set[tuple[str, str, str]]
) -> None:
    assert_claims(body, must, must_not)


PLACES.update({"Asosa": ("ET", Kind.SETTLEMENT)})


def test_words_for_rebels_refer_back_to_a_group_the_registry_lacks() -> None:
    claims = run(
        "Fighters of the Benishangul People's Liberation Movement (BPLM) entered Gambela on Tuesday. "
        "Later the guerrillas attacked Asosa, and the rebels still hold Gambela, residents said."
    )
    got = {(c.place, c.actor, c.status.value, c.actor_registered) for c in claims}
    group = "Benishangul People's Liberation Movement"
    assert {("Asosa", group, "attacking", False), ("Gambela", group, "held", False)} <= got


def test_another_groups_rebels_are_not_the_unknown_group() -> None:
    claims = run(
        "Fighters of the Benishangul People's Liberation Movement (BPLM) entered Gambela on Tuesday. "
        "Separately, Sudanese rebels attacked Asosa, residents said."
    )
    assert ("Asosa", "Benishangul People's Liberation Movement") not in {(c.place, c.actor) for c in claims}


PLACES.update(
    {"Bouar": ("CF", Kind.SETTLEMENT), "Bambari": ("CF", Kind.SETTLEMENT), "Massawa": ("ER", Kind.SETTLEMENT)}
)


def test_bare_rebels_refer_back_to_the_group_named_before() -> None:
    # ("Rebels", capitalised and without an article, is the group of the report as "the rebels" is)
    assert_claims(
        "Fighters of the Coalition of Patriots for Change (CPC) attacked Bambari on Tuesday. "
        "Rebels were still in control of Bouar on Wednesday, residents said.",
        {("Bouar", "Coalition of Patriots for Change", "held")},
        set(),
    )


def test_a_demonym_before_rebels_still_names_its_own_group() -> None:
    # ("rebels" being an anaphor too must not take "Eritrean rebels" from the demonym)
    got = triples(run("Eritrean rebels said they had captured Massawa.", date=dt.date(1990, 2, 12)))
    assert got and all(actor != "SPLA" for _, actor, _ in got), got


PLACES.update(
    {
        "al-Qaim": ("IQ", Kind.SETTLEMENT), "Rawa": ("IQ", Kind.SETTLEMENT),
        "Kyauktaw": ("MM", Kind.SETTLEMENT), "Minbya": ("MM", Kind.SETTLEMENT), "Rakhine": ("MM", Kind.ADMIN1),
        "Bor": ("SS", Kind.SETTLEMENT), "Bentiu": ("SS", Kind.SETTLEMENT), "Hama": ("SY", Kind.SETTLEMENT),
        "Homs": ("SY", Kind.SETTLEMENT), "Injibara": ("ET", Kind.SETTLEMENT),
    }
)
SESSION12 = [
    # the places a holder's or taker's wider object includes ("a stretch of ... including the towns of")
    ("Islamic State still controls a stretch of the Euphrates valley near the Syrian border, including the towns "
     "of al-Qaim and Rawa, Iraqi officials said.", {("al-Qaim", "Islamic State", "held"), ("Rawa", "Islamic State", "held")},
     set()),
    ("The Arakan Army has captured a string of townships across northern Rakhine, including Kyauktaw and Minbya.",
     {("Kyauktaw", "Arakan Army", "captured"), ("Minbya", "Arakan Army", "captured")}, set()),
    # people of a place are not the place
    ("Islamic State fighters seized the bridge, killing 20 people, including Rawa residents.", set(),
     {("Rawa", "Islamic State", "captured")}),
    # a list carried on by "then" after an adverbial ("within days")
    ("Hayat Tahrir al-Sham seized Aleppo within days, then Hama and Homs, and entered Damascus on Sunday.",
     {("Hama", "Hayat Tahrir al-Sham", "captured"), ("Homs", "Hayat Tahrir al-Sham", "captured")}, set()),
    # the actor after "from" is who lost the first place, not the subject of the second verb
    ("The South Sudanese army recaptured Bor from the SPLA-IO in January and retook Bentiu on Jan. 10.",
     {("Bentiu", "South Sudanese forces", "captured")}, {("Bentiu", "SPLA-IO", "captured")}),
    # "appeared to be back under the control of": a hedge on the verb, not a hypothesis
    ("In Ethiopia, Injibara appeared to be back under the control of the federal army, residents said.",
     {("Injibara", "Ethiopian National Defense Force", "held")}, set()),
]


@pytest.mark.parametrize("body,must,must_not", SESSION12, ids=[c[0][:40] for c in SESSION12])
def test_session12_constructions(
    body: str, must: set[tuple[str, str, str]], must_not: set[tuple[str, str, str]]
) -> None:
    assert_claims(body, must, must_not)


PLACES.update(
    {
        "Ghazni": ("AF", Kind.SETTLEMENT), "Maimana": ("AF", Kind.SETTLEMENT), "Pailin": ("KH", Kind.SETTLEMENT),
        "Kikwit": ("CD", Kind.SETTLEMENT), "Menaka": ("ML", Kind.SETTLEMENT), "Gulu": ("UG", Kind.SETTLEMENT),
        "Ataq": ("YE", Kind.SETTLEMENT), "Sanandaj": ("IR", Kind.SETTLEMENT), "Gode": ("ET", Kind.SETTLEMENT),
        "Argun": ("RU", Kind.SETTLEMENT), "Gudermes": ("RU", Kind.SETTLEMENT),
    }
)

SESSION13 = [
    # the British agencies' spelling of the Taliban, and a description between a name and its head noun
    ("KABUL, Sept 5 - Taleban fighters overran Ghazni on Sunday, provincial officials said.",
     {("Ghazni", "Taliban", "captured")}, set()),
    ("KABUL, Sept 27 - The Taleban Islamic militia swept into Ghazni on Friday.",
     {("Ghazni", "Taliban", "captured")}, set()),
    # a group the registry lacks, named at a sentence's start (after a dateline too)
    ("PHNOM PENH, Jan 3 - Khmer Rouge guerrillas overran Pailin on Tuesday, refugees reaching the border said.",
     {("Pailin", "Khmer Rouge", "captured")}, set()),
    # one word alone only when the report writes it inside a sentence too
    ("KINSHASA, May 3 - Mulele rebels still hold Kikwit, missionaries said. Columns of Mulele fighters were "
     "seen on the road north.", {("Kikwit", "Mulele rebels", "held")}, set()),
    ("KINSHASA, May 3 - Mulele rebels still hold Kikwit, missionaries said.", set(),
     {("Kikwit", "Mulele rebels", "held")}),
    # a second subject the registry does not know: the known one still acts; never after "between"
    ("BAMAKO, Feb 2 - Malian soldiers and Ganda Koy militiamen retook Menaka on Sunday, the army said.",
     {("Menaka", "Malian armed forces", "captured")}, set()),
    ("TEHRAN, Aug 20 - Iranian army units and Revolutionary Guards swept into Sanandaj on Monday.",
     {("Sanandaj", "Iranian forces", "captured")}, set()),
    ("BAMAKO, Feb 2 - Clashes between Malian soldiers and Ganda Koy militiamen erupted in Menaka on Sunday.",
     set(), {("Menaka", "Malian armed forces", "captured")}),
    # forces named for the person they follow: one actor whatever the words ("Dostum's men")
    ("KABUL, Aug 10 - Fighters loyal to General Abdul Rashid Dostum entered Sheberghan on Tuesday, police "
     "said. Dostum's men still hold Maimana, the provincial governor said.",
     {("Sheberghan", "fighters loyal to Abdul Rashid Dostum", "captured"),
      ("Maimana", "fighters loyal to Abdul Rashid Dostum", "held")}, set()),
    # ... never those loyal to a sitting president (the state's forces), nor a faction of the army
    ("KAMPALA, Jan 26 - Troops loyal to President Yoweri Museveni retook Gulu on Monday, the army said.",
     {("Gulu", "Ugandan forces", "captured")}, {("Gulu", "troops loyal to Yoweri Museveni", "captured")}),
    ("ADEN, Aug 3 - Government forces loyal to Islah still hold Ataq, officials said.",
     {("Ataq", "Yemeni government forces", "held")}, {("Ataq", "forces loyal to Islah", "held")}),
    # a people named in the plural is its state's forces
    ("MOGADISHU, Aug 2 - Gode, the last Ethiopian garrison in the south, fell to the Somalis at the end of July.",
     {("Gode", "Somali government forces", "captured")}, {("Gode", "Somalis", "captured")}),
    # a discourse adverb between the subject and its verb; forces "led by" a group are the group's
    ("KABUL, May 2 - Ghazni nonetheless remains in the hands of the Taliban, residents said.",
     {("Ghazni", "Taliban", "held")}, set()),
    ("YANGON, April 12 - Forces led by the Karen National Union now control most of Myawaddy.",
     {("Myawaddy", "Karen National Union", "held")}, set()),
    # "separatist" before hands stands for the passage's separatists
    ("GROZNY, Jan 20 - Argun and Gudermes remain in separatist hands, Chechen officials said.",
     {("Argun", "Chechen rebels", "held"), ("Gudermes", "Chechen rebels", "held")}, set()),
    # a place that surrendered to an actor fell to it; refusing to surrender is no claim
    ("KABUL, Nov 25 - Ghazni, the Taliban's last stronghold in the south, surrendered to the Northern Alliance "
     "on Sunday.", {("Ghazni", "Northern Alliance", "captured")}, set()),
    ("KABUL, Nov 25 - The Taliban refused to surrender Ghazni to the Northern Alliance.", set(),
     {("Ghazni", "Northern Alliance", "captured")}),
    # an analyst's assessment ("likely seized") is a claim; "is likely to fall" is not
    ("KYIV, Nov 2 - Russian forces likely seized Pokrovsk in late October, the assessment said.",
     {("Pokrovsk", "Russian forces", "captured")}, set()),
    ("KYIV, Nov 2 - Pokrovsk is likely to fall to Russian forces within weeks, the assessment said.",
     set(), {("Pokrovsk", "Russian forces", "captured")}),
]


@pytest.mark.parametrize("body,must,must_not", SESSION13, ids=[c[0][:40] for c in SESSION13])
def test_session13_constructions(
    body: str, must: set[tuple[str, str, str]], must_not: set[tuple[str, str, str]]
) -> None:
    assert_claims(body, must, must_not)


PLACES.update(
    {
        "Kandahar": ("AF", Kind.SETTLEMENT), "Khinjan": ("AF", Kind.SETTLEMENT), "Doshi": ("AF", Kind.SETTLEMENT),
        "Ganja": ("AZ", Kind.SETTLEMENT), "Azerbaijan": ("AZ", Kind.COUNTRY), "Damascus": ("SY", Kind.SETTLEMENT),
        "Sweida": ("SY", Kind.REGION), "Israel": ("IL", Kind.COUNTRY), "Ceeldheer": ("SO", Kind.SETTLEMENT),
        "Harardere": ("SO", Kind.SETTLEMENT), "Hiran": ("SO", Kind.REGION), "Galguduud": ("SO", Kind.REGION),
        "Mogadishu": ("SO", Kind.SETTLEMENT), "Misrata": ("LY", Kind.SETTLEMENT),
    }
)

SESSION14 = [
    # an actor "in control" of the place a "where" clause or a fronted "In" names
    ("KABUL, July 1 - Kandahar, where the Taliban remain in control, was quiet on Thursday.",
     {("Kandahar", "Taliban", "held")}, set()),
    ("KABUL, July 1 - In Kunduz, government troops remained firmly in charge on Thursday.",
     {("Kunduz", "Afghan government forces", "held")}, set()),
    # a relative clause after a counted appositive ("two districts that the group has held")
    ("KABUL, July 1 - The Taliban took Kunduz. Khinjan and Doshi, two districts that the group has held since "
     "early August, lie west of it.", {("Khinjan", "Taliban", "held"), ("Doshi", "Taliban", "held")}, set()),
    # "hit" is an attack only with the place right after it; "its second city" is a country's
    ("BAKU, Oct 11 - Armenian forces, in turn, hit Ganja on Sunday, the ministry said.",
     {("Ganja", "Armenian forces", "attacking")}, set()),
    ("BAKU, Oct 11 - Azerbaijan said Armenian forces shelled Ganja, its second city.",
     {("Ganja", "Armenian forces", "attacking")}, {("Ganja", "Armenian forces", "held")}),
    # the target of "strikes on" is no subject of a later verb; "that" before a subject does not end in "at"
    ("DAMASCUS, July 17 - Israel launched dozens of strikes on government troops in Sweida this week and on "
     "Wednesday hit Damascus.", set(), {("Damascus", "Syrian government forces", "attacking")}),
    ("KYIV, Nov 20 - The general claimed that Russian forces controlled most of Pokrovsk and had captured "
     "Kupiansk in the north-east.", {("Kupiansk", "Russian forces", "captured")}, set()),
    # "out of dozens of towns in ⟨P⟩ and ⟨P⟩, including ⟨P⟩ and ⟨P⟩"
    ("MOGADISHU, Jan 9 - Somali troops pushed al-Shabaab out of dozens of towns in Hiran and Galguduud, "
     "including Ceeldheer and Harardere.",
     {("Ceeldheer", "al-Shabaab", "lost"), ("Harardere", "al-Shabaab", "lost"),
      ("Ceeldheer", "Somali government forces", "captured")}, set()),
    # driven "from their strongholds in ⟨P⟩": they lost it, and held it no more
    ("MOGADISHU, Jan 9 - Somali troops drove al-Shabaab from their strongholds in Mogadishu.",
     {("Mogadishu", "al-Shabaab", "lost"), ("Mogadishu", "Somali government forces", "captured")},
     {("Mogadishu", "al-Shabaab", "held")}),
    # "under the sway of" an actor, never of the place's own
    ("TRIPOLI, Aug 2 - Misrata remains under the sway of the Libyan National Army, residents said.",
     {("Misrata", "Libyan National Army", "held")}, set()),
    ("TRIPOLI, Aug 2 - The LNA took Sirte. Misrata remains under the sway of its own militias.",
     set(), {("Misrata", "Libyan National Army", "held")}),
    # "Having lost ⟨P⟩, A ...", "Having been driven out of ⟨P⟩ by B, A ...": A lost the place (to B)
    ("KHARTOUM, April 10 - Having lost Khartoum and most of Gezira, the RSF turned west.",
     {("Khartoum", "Rapid Support Forces", "lost")}, set()),
    ("KABUL, July 1 - Having been driven out of Kunduz by the Taliban in June, government troops regrouped "
     "in the hills.", {("Kunduz", "Afghan government forces", "lost"), ("Kunduz", "Taliban", "captured")}, set()),
    ("KABUL, July 1 - Having lost 20 men near Kunduz, government troops regrouped.", set(),
     {("Kunduz", "Afghan government forces", "lost")}),
    # a place that "changed hands" was taken by the sentence's or the passage's taker; "several times" is no take
    ("KABUL, Nov 12 - The Taliban took Kunduz on Friday. Ghazni and Maimana also changed hands over the "
     "weekend, officials said.", {("Ghazni", "Taliban", "captured"), ("Maimana", "Taliban", "captured")}, set()),
    ("KABUL, Nov 12 - The Taliban took Kunduz on Friday. Ghazni has changed hands several times since May.",
     set(), {("Ghazni", "Taliban", "captured")}),
    # (that guard is the changed hands' only: a place that "fell two days later" still fell)
    ("KABUL, Nov 12 - The Taliban took Kunduz on Friday. Ghazni fell two days later, officials said.",
     {("Ghazni", "Taliban", "captured")}, set()),
]


@pytest.mark.parametrize("body,must,must_not", SESSION14, ids=[c[0][:40] for c in SESSION14])
def test_session14_constructions(
    body: str, must: set[tuple[str, str, str]], must_not: set[tuple[str, str, str]]
) -> None:
    assert_claims(body, must, must_not)
