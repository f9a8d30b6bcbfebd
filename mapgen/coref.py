"""Back-references to places: "the city", "the town", "there", "the two towns", "it".

A back-reference resolves to an earlier place mention of the report: the nearest one of the kind it asks
for, passing over places named only in passing (a destination, a national capital named once), over a
city named for its government ("Damascus's offensive") and over sites that are no places. "The northern
town" must lie north of the country's middle; "the two towns" takes a coordinated pair. Pure: it reads the
mentions already resolved and the gazetteer, nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .capital import is_national, resolve_capital
from .countries import is_capital
from .model import Kind, Mention, Place, PlaceMention, Resolution
from .placewords import DIRECTION_ADJECTIVES


def resolve_back_reference(
    gazetteer: Any,
    n: int,
    m: Mention,
    mentions: Sequence[Mention],
    out: list[PlaceMention | None],
    sents: list[Any],
    home: frozenset[str] = frozenset(),
    body: str = "",
) -> PlaceMention:
    want = m.kind_hint
    if m.text.lower().endswith("capital") and n and body:
        # "Juba, the regional capital,", "Monrovia, the capital,": the place just named
        prev = out[n - 1]
        if (
            prev is not None
            and prev.place is not None
            and not prev.mention.coref
            and _APPOSED.fullmatch(body, prev.mention.end, m.start)
        ):
            return _refers_back(m, prev, 0.9, ", in apposition")
    if is_national(m.text) and (capital := resolve_capital(gazetteer, m, out[:n], home)) is not None:
        return capital  # "the capital", "the Afghan capital": the country's
    if _PAIR_TEXT.fullmatch(m.text):
        second = n > 0 and (mentions[n - 1].start, mentions[n - 1].end) == (m.start, m.end)
        return _resolve_pair(gazetteer, n, m, out, sents, second, body)
    fallback: PlaceMention | None = None  # the nearest compatible place outside the report's countries
    direction = _direction_word(m.text)
    best: PlaceMention | None = None
    # Sentences back to look: "there" only reaches the previous sentence; nouns reach further.
    garrison = m.text.lower().endswith("garrison")
    small = m.text.lower().endswith(("town", "village"))
    # "storm it" and "the garrison" are as near as "there"
    reach = 1 if want is None or garrison or m.text.lower() == "it" else 6
    sent_of = _sentence_index(sents, m.start)
    for k in range(n - 1, -1, -1):
        pm = out[k]
        if pm is None or pm.mention.coref:
            continue
        if sent_of - _sentence_index(sents, pm.mention.start) > reach:
            break
        if pm.place is None:
            if (
                pm.resolution is Resolution.UNRESOLVED
                and (want is None or pm.mention.kind_hint in (want, None))
                # only a name in a place context ("the town of Baga") is surely a place; a word the
                # gazetteer knows but could not place ("the Taliban overran the city") is not
                and (not body or _named_as_place(body, pm.mention.start))
            ):
                # "the town of Baga ... a force there": Baga is unknown, so is "there";
                # never skip back to an older place.
                return PlaceMention(
                    m,
                    Resolution.UNRESOLVED,
                    None,
                    0.0,
                    (),
                    f"refers back to {pm.mention.text!r} at {pm.mention.start}, which is unresolved",
                )
            continue
        if pm.resolution not in (Resolution.RESOLVED, Resolution.PINNED):
            continue
        pk = pm.place.kind
        if want is Kind.SETTLEMENT and pk is not Kind.SETTLEMENT:
            continue
        if want in (Kind.ADMIN1, Kind.COUNTRY) and pk is not want:
            continue
        if want is None and pk is Kind.COUNTRY:
            continue
        if direction and pk is Kind.SETTLEMENT and not _lies(gazetteer, pm.place, direction):
            continue
        if body and _not_a_site(body, pm.mention):
            continue
        if body and _metonym(body, pm.mention.start, pm.mention.end):
            continue  # "Damascus's offensive", "a victory for Moscow": a government, not the city meant
        if garrison and not _FACILITY_BEFORE.search(
            body, max(0, pm.mention.start - 80), pm.mention.start
        ):
            continue  # "fled the garrison": the place of the base named before, not any town
        if body and want is Kind.SETTLEMENT and _REGION_AFTER.match(body, pm.mention.end):
            continue  # "the Donetsk and Luhansk regions": a region's name, not the city's
        if want is None and pk is not Kind.SETTLEMENT and body and k and _locates_town(body, out[k - 1], pm):
            continue  # "seized Kutkai in northern Shan state ... the last base there": Kutkai, not the state
        if small and (is_capital(pm.place) or pm.place.population >= 1_000_000):
            # "the town", "the village": never Kyiv or Moscow (a seat of government named in passing)
            fallback = fallback or pm
            continue
        if home and pk is not Kind.COUNTRY and pm.place.country and pm.place.country not in home:
            # "the town" in a report about Afrin is not a Turkish town named in passing: keep
            # looking for an in-country place, and fall back to this one only if there is none.
            fallback = fallback or pm
            continue
        best = pm
        break
    if best is None:
        best = fallback
    if best is not None and body and (best_sent := _sentence_index(sents, best.mention.start)) < sent_of:
        best = _head_of_sentence(best, out, sents[best_sent].start, body, want)
    if best is not None and want is Kind.SETTLEMENT and body:
        best = _main_over_passing(best, n, out, sents, body, sent_of)
    if best is None or best.place is None:
        return PlaceMention(m, Resolution.UNRESOLVED, None, 0.0, (), "no earlier place of that kind")
    return _refers_back(m, best, 0.9)


# ("Kutkai in northern Shan", "Zalingei, the capital of Central Darfur": the region only locates the town)
_IN_BETWEEN = re.compile(
    rf"(?:,? in|, (?:the )?(?:[\w-]+ )?(?:capital|seat|main town|largest city) of) "
    rf"(?:the )?(?:(?:{DIRECTION_ADJECTIVES}) )?"
)


def _locates_town(body: str, before: PlaceMention | None, pm: PlaceMention) -> bool:
    """Whether ``pm`` (a province or region) is named only to say where the town just before it is."""
    if before is None or before.place is None or before.mention.coref:
        return False
    if before.place.kind is not Kind.SETTLEMENT:
        return False
    return _IN_BETWEEN.fullmatch(body, before.mention.end, pm.mention.start) is not None


def _main_over_passing(
    best: PlaceMention, n: int, out: list[PlaceMention | None], sents: list[Any], body: str, sent_of: int
) -> PlaceMention:
    """ "the town" after a town named once in passing ("... heading towards Butembo and Beni. The town
    ...") is the report's main town (the lede's, named at least twice already), not the passing one; a
    national capital named once (a seat of government or a distance mark: "40 km from Baghdad") gives
    way to the lede's town even when that was named only once."""
    assert best.place is not None
    # (one named in the same sentence is meant: "In Aden, the capital, the STC has held the city")
    big = is_capital(best.place) and _sentence_index(sents, best.mention.start) < sent_of
    if not big and not _PASSING.search(body, max(0, best.mention.start - 45), best.mention.start):
        return best
    lede_end = sents[0].end if sents else 0
    earlier = [pm for pm in out[:n] if pm is not None and pm.place is not None and not pm.mention.coref]
    towns = [pm for pm in earlier if pm.place is not None and pm.place.kind is Kind.SETTLEMENT]
    lede = next((pm for pm in towns if pm.mention.start < lede_end), None)
    if lede is None or lede.place is None or lede.place.key == best.place.key:
        return best
    if best.mention.start < lede_end:
        return best  # (a place of the lede is as much the story's as the lede's first)
    times = sum(1 for pm in earlier if pm.place is not None and pm.place.key == best.place.key)
    main = sum(1 for pm in earlier if pm.place is not None and pm.place.key == lede.place.key)
    if times == 1 and main >= (1 if big else 2):
        return lede
    if big and main >= times:
        return lede  # a capital named no more often than the lede's town is the seat of government
    # a town only ever named in passing ("fled to Maiduguri", "35 km southeast of Maiduguri") is never what
    # "the town" means while the lede's town is the story's
    salient = sum(
        1
        for pm in earlier
        if pm.place is not None
        and pm.place.key == best.place.key
        and not _PASSING.search(body, max(0, pm.mention.start - 45), pm.mention.start)
    )
    return lede if salient == 0 else best


def _head_of_sentence(
    best: PlaceMention, out: list[PlaceMention | None], first: int, body: str, want: Kind | None
) -> PlaceMention:
    """A place an earlier sentence names only to locate another ("Falluja, just 50 km from Baghdad",
    "seized Kanyabayonga, ... a gateway to the trading hubs of Butembo and Beni") gives way to the
    sentence's main place: its first place that is not itself a passing mention, a locative phrase ("In
    Rubizhne, a town just south of Kreminna": the story is Kreminna's) or a government named for its city.
    ``first`` is where ``best``'s sentence starts."""
    if not _PASSING.search(body, max(0, best.mention.start - 45), best.mention.start):
        return best
    for pm in out:
        if pm is None or pm.mention.start < first or pm.place is None:
            continue
        if pm.mention.start >= best.mention.start:
            break
        if pm.resolution not in (Resolution.RESOLVED, Resolution.PINNED) or pm.place.kind is Kind.COUNTRY:
            continue
        if want is not None and pm.place.kind is not want:
            continue
        if _metonym(body, pm.mention.start, pm.mention.end):
            continue
        if is_capital(pm.place) or body.startswith(("'s ", "\u2019s "), pm.mention.end):
            continue  # "Moscow's defence ministry said ...": a seat of government or a possessor
        before = body[max(first, pm.mention.start - 45) : pm.mention.start]
        if _PASSING.search(before) or (_LOCATIVE.search(before) and not _PLACE_NOUN_BEFORE.search(before)):
            continue
        return pm
    return best


_APPOSED = re.compile(r"\s*,\s*")
_LOCATIVE = re.compile(r"\b(?:in|at|on|of|across|along|inside|around)\s+(?:the\s+)?$", re.I)


def _resolve_pair(
    gazetteer: Any,
    n: int,
    m: Mention,
    out: list[PlaceMention | None],
    sents: list[Any],
    second: bool,
    body: str,
) -> PlaceMention:
    """One member of the last coordinated pair of settlements ("Dessie and Kombolcha ... both towns")."""
    sent_of = _sentence_index(sents, m.start)
    for k in range(n - 1, 0, -1):
        b, a = out[k], out[k - 1]
        if b is None or a is None or b.mention.coref or a.mention.coref:
            continue
        if sent_of - _sentence_index(sents, b.mention.start) > 6:
            break
        if not _PAIR_GAP.fullmatch(body[a.mention.end : b.mention.start]):
            continue
        pair = (a, b)
        if not all(
            p.place is not None
            and p.place.kind is Kind.SETTLEMENT
            and p.resolution in (Resolution.RESOLVED, Resolution.PINNED)
            for p in pair
        ):
            continue
        return _refers_back(m, pair[1] if second else pair[0], 0.9, " (one of a pair)")
    # No coordinated pair: the two distinct settlements named last, in this sentence or the one
    # before ("Chasiv Yar, a town west of Bakhmut ... the road that links the two towns").
    recent: list[PlaceMention] = []
    for k in range(n - 1, -1, -1):
        pm = out[k]
        if pm is None or pm.mention.coref:
            continue
        if sent_of - _sentence_index(sents, pm.mention.start) > 1:
            break
        p = pm.place
        if (
            p is not None
            and p.kind is Kind.SETTLEMENT
            and pm.resolution in (Resolution.RESOLVED, Resolution.PINNED)
            and all(q.place is not None and q.place.key != p.key for q in recent)
        ):
            recent.append(pm)
            if len(recent) == 2:
                return _refers_back(m, recent[0] if second else recent[1], 0.8, " (two named last)")
    return PlaceMention(m, Resolution.UNRESOLVED, None, 0.0, (), "no earlier pair of places")


def _lies(gazetteer: Any, place: Place, direction: str) -> bool:
    """Whether a place lies in the ``direction`` part of its country ("the northern city")."""
    home = gazetteer.get(f"country:{place.country}") if place.country else None
    if home is None:
        return True
    dlat, dlon = place.lat - home.lat, place.lon - home.lon
    return {"north": dlat > 0, "south": dlat < 0, "east": dlon > 0, "west": dlon < 0}.get(direction, True)


# A place name that stands for a government ("Ankara launched an offensive", "Moscow denied") or
# names an event or body ("the Gallipoli campaign", "the Astana talks") is not where fighting is:
# a later "the town" does not refer back to it.
_ACTOR_AFTER = re.compile(
    r"(?:\s+(?:has|had|have|now|also|again|still|could|would|will|may|might|can|may))*\s+"
    r"(?:said|says|launched|launches|denied|denies|accused|accuses|"
    r"warned|warns|vowed|vows|considers|considered|announced|announces|insisted|insists|demanded|"
    r"demands|claimed|claims|blamed|blames|controls|redeploy|redeployed|wants|aims|hopes|fears|"
    r"ordered|orders|rejected|rejects|annexed|recognised|recognized|retaliated)\b"
    r"|\s+(?:campaign|ceremony|talks|agreement|accord|accords|conference|process|summit|government|"
    r"administration|authorities|officials|format|protocol|peace|governor|mayor|council|police chief)\b"
)


_PAIR_TEXT = re.compile(r"(?:the\s+two|both(?:\s+the)?)\s+(?:towns|cities|villages)|them|both", re.I)
_PAIR_GAP = re.compile(r"\s*(?:and|,\s*and|&)\s*")

_FACILITY_BEFORE = re.compile(
    r"\b(?:headquarters|base|garrison|barracks|division|brigade|camp|airbase|air\s+base)\b[^.;,]{0,60}"
    r"\b(?:at|in|of|near)\s+$",
    re.I,
)
_REGION_AFTER = re.compile(
    r"(?:\s*(?:,|,?\s+and)\s+[A-Z][\w'-]*)*\s+(?:region|regions|province|provinces|oblast|oblasts|governorate|governorates|state|states)\b"
)


def _not_a_site(body: str, m: Mention) -> bool:
    """Whether a place mention names a government or an event rather than a place ("Ankara said")."""
    return _ACTOR_AFTER.match(body, m.end) is not None


_METONYM_AFTER = re.compile(
    r"(?:'s|’s) (?:[\w-]+ ){0,2}?(?:offensive|forces|troops|army|military|government|allies|ally|campaign|"
    r"push|war|invasion|gains?|victory|defeat|regime|backers?|support|strategy|proxies|advance|advances|assault|"
    r"attacks?|claims?|bombardment|shelling|strikes|control|capture|men|soldiers|generals|commanders)\b"
    r"| (?:has |have |had )?(?:not |never |yet to )?(?:said|says|announced|accused|denied|claimed|insisted|"
    r"warned|wants|vowed|acknowledged|acknowledge|admitted|admit|confirmed|confirm|conceded|reported|rejected|blamed)\b"
    # ("broadcast by Omdurman radio": a station named after its city)
    r"| (?:[Rr]adio|[Tt]elevision|TV)\b"
)
_METONYM_BEFORE = re.compile(
    r"\b(?:victory|win|blow|setback|defeat|boost|gain|gains|success|loss) (?:for|to) $|\bRadio $"
)


def _metonym(body: str, start: int, end: int) -> bool:
    """A city's name standing for its government or its broadcaster ("Damascus's Russian-backed offensive",
    "the biggest victory for Moscow", "Kyiv said", "Radio Mogadishu"): never what "the city" refers
    back to."""
    return bool(_METONYM_AFTER.match(body, end) or _METONYM_BEFORE.search(body, max(0, start - 20), start))


# A place named in passing: a destination, an origin ("towards the trading hubs of Butembo and Beni").
_PASSING = re.compile(
    r"(?:\b(?:towards?|from|to|near|via|through|outside|past|beyond|between)\b[^.;,]{0,40}"
    r"|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of (?:the )?(?:[\w-]+ ){0,3}?)$"
)
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:town|city|village|settlement|hamlet|district|province)\s+of\s+$", re.I)


def _refers_back(m: Mention, best: PlaceMention, factor: float, how: str = "") -> PlaceMention:
    """A back-reference resolved to the place of an earlier mention, a little less sure than it."""
    return PlaceMention(
        m,
        best.resolution,
        best.place,
        round(best.confidence * factor, 4),
        (),
        f"refers back to {best.mention.text!r} at {best.mention.start}{how}",
    )


def _named_as_place(body: str, start: int) -> bool:
    return _PLACE_NOUN_BEFORE.search(body, max(0, start - 30), start) is not None


def _direction_word(text: str) -> str | None:
    t = text.lower()
    for word, d in (("north", "north"), ("south", "south"), ("east", "east"), ("west", "west")):
        if word in t and not any(
            x in t for x in ("north-", "south-", "northeast", "northwest", "southeast", "southwest")
        ):
            return d
    return None


def _sentence_index(sents: list[Any], pos: int) -> int:
    for i, s in enumerate(sents):
        if s.start <= pos < s.end + 1:
            return i
    return len(sents)
