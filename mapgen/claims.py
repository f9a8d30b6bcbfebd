# ruff: noqa: E501  (regular expressions and data tables read better unbroken)
"""Control claims: who holds, took, lost, besieges or attacks which place, with the evidence sentence.

For each sentence with a place and an actor (or a pronoun that refers to one), the sentence becomes
a skeleton (:mod:`mapgen.patterns`); every rule that matches yields claims, which are then checked
for negation, intention and hypothesis ("failed to capture", "aims to retake", "could fall"),
dated (:mod:`mapgen.dates`), attributed (:mod:`mapgen.attribution`) and given a stable id.
Pure: no I/O, deterministic output.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from operator import itemgetter
from typing import cast

from .actors import ActorRegistry
from .attribution import (
    Speaker,
    expand_name,
    organisations,
    parse_share,
    quote_spans,
    speaker_for,
    speakers,
)
from .dates import DateExpr, find_dates
from .model import (
    ActorMention,
    Claim,
    DatePrecision,
    Kind,
    Place,
    PlaceMention,
    Problem,
    Report,
    Resolution,
    Result,
    Severity,
    Status,
)
from .patterns import (
    APPOS,
    APPOS_OF,
    COLLAPSE,
    DESC_ENDS,
    DIR_BEFORE,
    NAMED,
    PLACE_KIND,
    PLIST,
    POSS_PART,
    SHARE_BEFORE,
    Rule,
    rules_for,
)
from .regexfirst import guarded
from .text import Sentence, fold, sentences

_TOKEN = re.compile(r"⟨([APR])(\d+)⟩")
_POSSESSOR = re.compile(r"⟨P\d+⟩(?:'s|'| s) ")
_PRONOUN = guarded(r"\b(?:they|it|its|their|They|It|Its|Their|our|Our|we|We)\b")
# Who "our"/"we" is inside a quotation: the actor named with the speaker ("a KNU spokesman said").
_SPEAKER_HEAD = guarded(
    r"(?: [\w-]+)?,? (?:spokesman|spokeswoman|spokesperson|commander|official|officer|leader|statement|"
    r"chief|general|colonel|major|captain|source|sources|officials|commanders)\b"
)
# A fronted clause whose pronoun points forward to the main subject ("With X under their control, the RSF ...").
_FRONTED = re.compile(r"(?:With|Having|After|Despite|Since|Following|Before|Once|Although|Though|While|When|As|Under) ")
_THERE = guarded(
    r"\bthere\b(?! (?:is|are|was|were|will|would|has|have|had|may|might|must|could|should|"
    r"remain|remains|seem|seems|appear|appears|'s|being|been)\b)",
    re.I,
)
_MAYBE_ACTOR = re.compile(r" by | hands of| control of| to (?:the )?[A-Z]")
# Words before an actor that belong to its token: "the", "its", "their" (with "own"/"remaining"), and
# "fighters of the" / "jihadists from the" (the group is who acts).
_POSS_BEFORE = guarded(
    r"(?:\b(?:[Ff]ighters|[Mm]ilitants|[Tt]roops|[Ff]orces|[Mm]embers|[Uu]nits|[Ss]oldiers|[Jj]ihadists|"
    r"[Ee]lements|[Mm]ilitiamen|[Gg]unmen) (?:of|from|loyal to) (?:the )?|\b(?:[Tt]he|[Ii]ts|[Tt]heir) "
    r"(?:(?:own|remaining|last|last remaining|few remaining) )?)$"
)
_OWN_HEAD = guarded(
    r" (?:own |remaining |last |last remaining |few remaining )?(?:forces|troops|fighters|units|men|soldiers|"
    r"militants|militiamen|jihadists|rebels|gunmen|army|military)\b"
)
_SCARE = re.compile(r"(?<= )'[A-Za-z][\w -]{0,30}?[a-z]'(?=[ ,.;:])")
_ITS_PART = re.compile(
    r" (?:(?:northern|southern|eastern|western|old) )?(?:centre|center|outskirts|suburbs|old city|city centre|"
    r"town centre|districts|neighbourhoods|neighborhoods|airport|port)\b"
)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_DROP = {'"', "\u201c", "\u201d"}
_HAS_QUOTE = re.compile('["\u201c\u201d]')
_NOT_PLAIN = re.compile('["\u201c\u201d\u2019\u2018\u02bc]')  # what _piece drops or straightens
_NOTABLY = guarded(
    rf"^(?: (?:region|province|state|oblast|governorate|district|regions|provinces|states))?(?: (?:in|on|by|over|during|since) [\w -]{{1,20}}?)?,? (?:notably|especially|particularly|mainly|mostly|chiefly|including|such as|primarily|"
    rf"principally)(?: in)? (?P<p>{PLIST})",
    re.I,
)
_APART = guarded(
    r"\b(?:apart from|besides|as well as|along with|and) (?:a |an |the )?(?:(?:section|part|parts|"
    r"stretch|strip|pocket|corner) of )?(?:the )?(?P<p>⟨P\d+⟩)",
    re.I,
)
_BY = guarded(r"\b(?:by|from) (?:the )?(?P<a>⟨[AR]\d+⟩)")
_LIST_SEP = re.compile(r"^(?:,|, and| and|,? as well as|,? or)\s*$")
_HARD_NEG = guarded(
    r"\b(?:not|never|n't|no|failed|fail|fails|failing|unable|denied|deny|denies|if|unless|whether|would|could|"
    r"might|may|aims?|aiming|aimed|plans?|planning|planned|vows?|vowed|vowing|threat|threats|threaten|threatens|"
    r"threatened|threatening|seeks?|seeking|sought|hopes?|hoping|hoped|wants?|wanted|intends?|intended|"
    r"close to|closer to|step toward|steps toward|step towards|expected to|likely|unlikely|preparing|prepares|"
    r"prepared to|poised|ready to|about to|rumou?rs?|false|feared|fears|fear|risk|risks|warned|warns|"
    r"should|must|will|shall|can|cannot|goal|objective|ambition|order to|ordered|calls? for|called for|"
    r"urged|demand|demanded|pledged|promised|predicted|predicts|determined to)\b",
    re.I,
)
# "The army denied that Omdurman had fallen": a clause reported as false
_DENIED_THAT = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes|false|untrue|rumou?rs?|"
    r"unconfirmed reports?|claims?|(?:did not|didn't|does not|would not|could not|declined to|refused to) confirm) "
    r"(?:reports? |claims? |allegations? )?that $",
    re.I,
)
_PLAIN_NEG = guarded(r"\b(?:not|never|n't|no|denied|deny|denies|if|unless|whether|would|could|might|false)\b", re.I)
_ATTEMPT = guarded(
    r"\b(?:attempts?|attempted|attempting|trying|tried|tries|try|bid|efforts?|push|battle|fight|"
    r"fighting|battling|offensive|struggle|struggling|final stages?|process of)\b",
    re.I,
)
_CLAUSE = guarded(r"[,;:()]|\b(?:that|which|who|but|while|whereas|because|although|and)\b")
# "Russia's Kursk region", "Ukraine's Donetsk region": a country's name before one of its places says where
# the place is, not who holds it.
_COUNTRY_OF_PLACE = re.compile(r"⟨A\d+⟩(?:'s|') (?:(?:northern|southern|eastern|western|central|north-eastern|"
                               r"north-western|south-eastern|south-western|northeastern|northwestern|southeastern|"
                               r"southwestern) )?(?P<tok>⟨P\d+⟩)")
# Each fold with a cheap test that must pass before the fold's own expression runs.
_FOLDS: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = (
    (_COUNTRY_OF_PLACE, re.compile("⟩'s? (?:[a-z-]+ )?⟨P")),
    (APPOS, re.compile("⟩, ")),
    (APPOS_OF, re.compile("⟩, (?:the|a|an) (?:[\\w-]+ )?⟨P")),
    (NAMED, None),  # _named_before_place
    (PLACE_KIND, re.compile("⟩ (?:city|town)")),
    (POSS_PART, re.compile("⟩(?:'| s )")),
    (COLLAPSE, None),  # _descriptor_before_place
)
_NAMED_NEEDS = guarded(r"(?i)(?:capital|city|town|port|stronghold|bastion|hub),? ⟨P")
_DESCRIPTIVE_HOLDS = {"x-held", "appos-stronghold", "stronghold-of"}
_GONE = (
    r"(?:withdrew|withdrawn|fled|surrendered|pulled out|pulled back|retreated|abandoned|evacuated|evacuate|"
    r"left|gave up|collapsed|melted away|ran away|laid down (?:their|its) arms|"
    r"completed (?:⟨R\d+⟩ |its |their |the )?(?:withdrawal|pullout|pull-out|retreat))"
)
_LOSER_TAILS: tuple[tuple[re.Pattern[str], tuple[Status, ...]], ...] = (
    # "..., after government forces withdrew without a fight": no place of their own, so the main one
    (
        re.compile(
            rf"^[^.;]{{0,120}}?\b(?:after|as|when|once|while|before) (?:the )?(?:[\w'’,.-]+ ){{0,3}}?(?P<b>⟨[AR]\d+⟩)"
            rf"(?:(?:[^⟨.;]|⟨R\d+⟩){{0,60}}?)? (?:had |have |has )?(?:\w+ )?{_GONE}\b"
            rf"(?! (?:from|out of|to|into|towards?|for) (?:the )?⟨P| (?:an?|the) )"
        ),
        (Status.CAPTURED,),
    ),
    # "..., driving IS out of the last neighbourhoods", "when its forces drove out government troops"
    (
        re.compile(
            r"^[^.;]{0,80}?\b(?:drove|driving|drive|drives|driven|expelled|expelling|ousted|ousting|routed|routing|"
            r"pushed|pushing|forced|forcing|chased|chasing|evicted|evicting|dislodged|dislodging|kicked|kicking)"
            r" (?:out )?(?:the )?(?:(?:last|remaining|final) )?(?P<b>⟨[AR]\d+⟩)"
            r"(?! [^.;⟨]{0,30}?(?:from|out of) (?:[a-z]+ ){0,3}?(?:⟨P|[A-Z]))"
        ),
        (Status.CAPTURED, Status.HELD),
    ),
    # "retook X from the jihadists", "after seizing the government complex from Islamic State"
    (
        re.compile(
            r"^(?: (?:(?!support|help|back|strike|air|fire|aid|cover)[^⟨.;,]){0,60}?)? ?\bfrom (?:the )?"
            r"(?:(?:last|remaining) )?(?P<b>⟨A\d+⟩)"
        ),
        (Status.CAPTURED,),
    ),
)
_LOSER_HINTS = (
    guarded(r"\b(?:after|as|when|once|while|before)\b"),
    guarded(r"\b(?:dr[io]v|expel|oust|rout|push|forc|chas|evict|dislodg|kick)"),
    guarded(r"\bfrom\b"),
)
_AS_DOES = guarded(rf"^[^.;⟨]{{0,40}}?,? as (?:does|do|did|is|are|was|were|has|have) (?P<p>{PLIST})")
_BRIEFLY = guarded(r"\b(?:briefly|temporarily|momentarily)\b ")
_UNTIL = guarded(r"(?: [\w-]+){0,3}? until\b")
_LOCAL_NEG = {"after-capturing"}
_NEG_EXEMPT = {"repelled", "repelled-towards", "final-stages-of", "no-longer-holds"}
_ACTOR_NP = guarded(
    r"\b(?:(?:held|controlled|occupied|seized|captured|taken|retaken|recaptured|overrun|besieged|surrounded|"
    r"encircled|attacked|shelled|stormed|run|defended) by|in the hands of|under the control of|fell to|fallen to)"
    r" (?:the )?(?P<np>[A-Z][\w'\u2019-]*(?: (?:[A-Z][\w'\u2019-]*|al-[\w'\u2019-]+|al|el|bin|ibn|of|"
    r"the|de|du|wal|wa)){0,5}(?: (?:militia|militias|group|brigade|brigades|battalion|battalions|movement|front|"
    r"forces|rebels|fighters|militants|gunmen|army|units|faction|factions|force))?)"
)


@dataclass
class _Entities:
    """The spans of one sentence, in order, with what each token stands for."""

    actors: dict[int, ActorMention] = field(default_factory=dict)
    pronouns: dict[int, ActorMention | None] = field(default_factory=dict)
    places: dict[int, list[PlaceMention]] = field(default_factory=dict)
    partial: set[int] = field(default_factory=set)  # countries named with a direction ("northern Iraq")


def claim_id(
    report_id: str, start: int, end: int, place_key: str | None, actor: str, status: str, place_text: str = ""
) -> str:
    """The stable id of a claim (contract): SHA-256 of its parts, first 16 hex digits."""
    key = place_key or fold(place_text)
    return hashlib.sha256(
        "|".join([report_id, str(start), str(end), key, actor, status]).encode()
    ).hexdigest()[:16]


def extract_claims(
    report: Report, places: Sequence[PlaceMention], registry: ActorRegistry
) -> Result[tuple[Claim, ...]]:
    """Every control claim a report makes, sorted by (evidence start, place, actor, status).

    Parameters
    ----------
    report
        The report (its body, date, source and url are used).
    places
        One resolved mention per place mention in the body, in order (``mapgen.resolve``).
    registry
        The actor registry (``mapgen.actors.load_registry``).
    """
    body = report.body
    anchors = [(pm.mention.start, pm.place.country) for pm in places if pm.place and pm.place.country]
    countries = [cc for cc, _ in Counter(cc for _, cc in anchors).most_common()]
    sents = sentences(body)
    spans = [(s.start, s.end) for s in sents]
    actors = _merge_parenthesised(
        body, registry.find(body, countries=countries, anchors=anchors, sentences=spans)
    )
    kept = _outside(places, actors)
    groups = _list_groups(body, kept)
    orgs = _Organisations(body)
    claims: dict[str, Claim] = {}
    problems: list[Problem] = []
    all_actors = list(actors)
    place_starts = [pm.mention.start for pm in kept]
    previous: ActorMention | None = None  # the subject of the last sentence that named an actor
    actor_starts = [a.start for a in all_actors]
    for sent in sents:
        i, j = bisect.bisect_left(place_starts, sent.start), bisect.bisect_left(place_starts, sent.end)
        s_places = kept[i:j]
        s_actors = all_actors[
            bisect.bisect_left(actor_starts, sent.start) : bisect.bisect_left(actor_starts, sent.end)
        ]
        subject = previous
        if s_actors:
            previous = s_actors[0]
        if not s_places and not _has_there(sent.text):
            continue
        if not s_actors and not _PRONOUN.search(sent.text) and not _MAYBE_ACTOR.search(sent.text):
            continue  # nobody to hold anything (unregistered actors need "held by"-style words)
        extra = _unregistered(sent, s_actors, s_places, registry)
        if extra:
            s_actors = sorted(s_actors + extra, key=lambda a: a.start)
            all_actors = sorted(all_actors + extra, key=lambda a: a.start)
            actor_starts = [a.start for a in all_actors]
            taken = [(a.start, a.end) for a in extra]
            s_places = [
                pm
                for pm in s_places
                if not any(s < pm.mention.end and pm.mention.start < e for s, e in taken)
            ]
        for claim in _sentence_claims(report, sent, s_actors, s_places, all_actors, groups, orgs, subject):
            old = claims.get(claim.id)
            if old is None or claim.confidence > old.confidence:
                claims[claim.id] = claim
    for c in claims.values():
        if not c.actor_registered:
            problems.append(
                Problem(
                    "unregistered-actor",
                    f"actor {c.actor!r} is not in the registry; add it "
                    "to [actors] in mapgen.toml to give it a colour",
                    report.path,
                    Severity.INFO,
                    {"actor": c.actor},
                )
            )
    out = sorted(claims.values(), key=lambda c: (c.start, c.place, c.actor, c.status.value, c.id))
    unique = {p.message: p for p in problems}
    return Result(tuple(out), tuple(unique.values()))


# ------------------------------------------------------------------------------------------------
def _has_there(text: str) -> bool:
    """``_THERE.search(text)``, after a substring test: no character outside ASCII lower-cases into the
    letters of "there", so a text whose lower case lacks it cannot match."""
    return "there" in text.lower() and _THERE.search(text) is not None


def _merge_parenthesised(body: str, actors: list[ActorMention]) -> list[ActorMention]:
    """ "Islamic State (IS)" is one mention: a parenthesised name of the same actor joins the one before."""
    out: list[ActorMention] = []
    for a in actors:
        if (
            out
            and out[-1].actor == a.actor
            and body[out[-1].end : a.start] == " ("
            and body[a.end : a.end + 1] == ")"
        ):
            prev = out.pop()
            a = ActorMention(body[prev.start : a.end + 1], prev.start, a.end + 1, a.actor, a.registered)
        out.append(a)
    return out


def _outside(places: Sequence[PlaceMention], actors: list[ActorMention]) -> list[PlaceMention]:
    """The place mentions not inside an actor mention ("Islamic State" holds no place), by start.

    A place is inside one when the furthest end among the actors starting at or before it reaches its
    end: a bisection and a running maximum instead of a test against every actor.
    """
    spans = sorted((a.start, a.end) for a in actors)
    starts = [s for s, _ in spans]
    reach: list[int] = []
    for _, e in spans:
        reach.append(max(e, reach[-1]) if reach else e)
    kept = []
    for pm in places:
        k = bisect.bisect_right(starts, pm.mention.start) - 1
        if k >= 0 and pm.mention.end <= reach[k]:
            continue
        kept.append(pm)
    kept.sort(key=lambda pm: pm.mention.start)
    return kept


def _list_groups(body: str, places: list[PlaceMention]) -> list[list[PlaceMention]]:
    """Coordinated place lists ("Homs and Hama"), for "there" to refer back to."""
    groups: list[list[PlaceMention]] = []
    for pm in places:
        if groups and _LIST_SEP.match(body[groups[-1][-1].mention.end : pm.mention.start]):
            groups[-1].append(pm)
        else:
            groups.append([pm])
    return groups


def _there_group(
    pos: int, groups: list[list[PlaceMention]], resolved: PlaceMention | None
) -> list[PlaceMention]:
    before = [g for g in groups if g[-1].mention.end <= pos and g[0].mention.text.lower() != "there"]
    for g in reversed(before[-3:]):
        if all(pm.place is not None and pm.place.kind is Kind.COUNTRY for pm in g) and len(before) > 1:
            continue
        if (
            resolved is None
            or resolved.place is None
            or any(pm.place and pm.place.key == resolved.place.key for pm in g)
        ):
            return g
        break
    return [resolved] if resolved else []


def _unregistered(
    sent: Sentence, actors: list[ActorMention], places: list[PlaceMention], registry: ActorRegistry
) -> list[ActorMention]:
    """Actors named in a control pattern but missing from the registry ("held by the Liwa al-Quds militia")."""
    out: list[ActorMention] = []
    for m in _ACTOR_NP.finditer(sent.text):
        s, e = sent.start + m.start("np"), sent.start + m.end("np")
        if any(a.start < e and s < a.end for a in actors):
            continue
        if any(pm.place is not None and pm.mention.start <= s and e <= pm.mention.end for pm in places):
            continue  # "held by Damascus": a place, not an unknown actor
        text = m.group("np").rstrip("'\u2019 ")
        if len(text) < 3:
            continue
        known = registry.get(text)
        out.append(ActorMention(text, s, s + len(text), known.name if known else text, known is not None))
    return out


def _skeleton(
    sent: Sentence,
    actors: list[ActorMention],
    places: list[PlaceMention],
    all_actors: list[ActorMention],
    groups: list[list[PlaceMention]],
    subject: ActorMention | None = None,
) -> tuple[str, list[int], _Entities]:
    """The sentence with entity tokens, and each skeleton character's offset in the body."""
    body_text = sent.text
    spans: list[tuple[int, int, str, object]] = []
    for a in actors:
        # "its troops", "their fighters": the possessive belongs to the mention
        rel = a.start - sent.start
        before = _POSS_BEFORE.search(body_text, max(0, rel - 40), rel)
        spans.append((sent.start + before.start() if before else a.start, a.end, "A", a))
    # "the two towns": the resolver gives one mention per member of the pair, on the same span; the
    # one token stands for both.
    twins: dict[tuple[int, int], list[PlaceMention]] = {}
    for pm in places:
        if not any(s < pm.mention.end and pm.mention.start < e for s, e, _, _ in spans):
            spans.append((pm.mention.start, pm.mention.end, "P", pm))
        elif pm.mention.coref and any(
            (s, e) == (pm.mention.start, pm.mention.end) and k == "P" for s, e, k, _ in spans
        ):
            twins.setdefault((pm.mention.start, pm.mention.end), []).append(pm)
    for m in _PRONOUN.finditer(body_text):
        s, e = sent.start + m.start(), sent.start + m.end()
        word = m.group(0).lower()
        if word in ("our", "we") and not _HAS_QUOTE.search(body_text):
            continue  # outside a quotation "we" is the writer, never a party
        head = _OWN_HEAD.match(body_text, m.end()) if word in ("its", "their", "our") else None
        if head:  # "its forces": the antecedent's forces
            e = sent.start + head.end()
        elif word == "its" and (part := _ITS_PART.match(body_text, m.end())):
            # "shelled the town, but Tebu fighters still hold its centre": a part of the place named before
            earlier = [sp for sp in spans if sp[2] == "P" and sp[1] <= s]
            if earlier:
                spans.append((s, sent.start + part.end(), "P", max(earlier, key=itemgetter(1))[3]))
                continue
        if not any(a < e and s < b for a, b, _, _ in spans):
            spans.append((s, e, "R", None))
    for m in _THERE.finditer(body_text) if "there" in body_text.lower() else ():
        s, e = sent.start + m.start(), sent.start + m.end()
        if not any(a < e and s < b for a, b, _, _ in spans):
            spans.append((s, e, "T", None))
    spans.sort(key=itemgetter(0))
    ents = _Entities()
    out: list[str] = []
    pos: list[int] = []
    cursor = base = sent.start
    fronted = _FRONTED.match(body_text) is not None
    # Most sentences hold no quotation mark and no curly apostrophe: their pieces are copied as they are.
    plain = _NOT_PLAIN.search(body_text) is None
    for i, (s, e, kind, obj) in enumerate(spans):
        if s < cursor:
            continue
        if plain:
            out.append(body_text[cursor - base : s - base])
            pos.extend(range(cursor, s))
        else:
            _piece(body_text, base, cursor, s, out, pos)
        if kind == "A":
            ents.actors[i] = obj  # type: ignore[assignment]
            tok = f"⟨A{i}⟩"
        elif kind == "R":
            word = body_text[s - base : e - base].split(" ", 1)[0].lower()
            if word in ("our", "we"):
                ents.pronouns[i] = _speaker_actor(sent, actors) or subject
            elif fronted and (ahead := _cataphor(body_text, base, s, actors)):
                ents.pronouns[i] = ahead  # "With X under their control, the RSF ...": the main subject
            elif s == sent.start and subject is not None and sent.text[: e - s] in ("It", "They"):
                # a sentence opening with "It"/"They" continues the last sentence's subject
                ents.pronouns[i] = subject if s - subject.end < 600 else None
            else:
                ents.pronouns[i] = _antecedent(s, all_actors, body_text, base)
            tok = f"⟨R{i}⟩"
        else:
            named = cast(PlaceMention, obj) if kind == "P" else None
            if kind == "T" or (
                named is not None and named.mention.coref and named.mention.text.lower() == "there"
            ):
                ents.places[i] = _there_group(s, groups, named)
            else:
                # (a "P" span: always a place)
                ents.places[i] = [cast(PlaceMention, named), *twins.get((s, e), ())]
            tok = f"⟨P{i}⟩"
        out.append(tok)
        pos.extend([s] * len(tok))
        cursor = e
    _piece(body_text, base, cursor, sent.end, out, pos)
    pos.append(sent.end)
    skel = "".join(out)
    countries = [
        i
        for i, pms in ents.places.items()
        if any(pm.place is not None and pm.place.kind is Kind.COUNTRY for pm in pms)
    ]
    if countries:  # only a country named with a direction is partial ("northern Iraq")
        for m in DIR_BEFORE.finditer(skel):
            i = int(m.group("i"))
            if i in countries:
                ents.partial.add(i)
    if " '" in skel:
        skel, pos = _unquote(skel, pos)
    return (*_collapse(skel, pos), ents)


def _unquote(skel: str, pos: list[int]) -> tuple[str, list[int]]:
    """Drop single scare quotes around a few words ("had 'liberated' the town"), keeping offsets."""
    keep = [True] * len(skel)
    for m in _SCARE.finditer(skel):
        keep[m.start()] = keep[m.end() - 1] = False
    if all(keep):
        return skel, pos
    text = "".join(c for c, k in zip(skel, keep, strict=True) if k)
    return text, [p for p, k in zip(pos[: len(skel)], keep, strict=True) if k] + pos[len(skel) :]


def _speaker_actor(sent: Sentence, actors: list[ActorMention]) -> ActorMention | None:
    """The actor named with the speaker of a quotation in the sentence ("a KNU spokesman told")."""
    for a in actors:
        if _SPEAKER_HEAD.match(sent.text, a.end - sent.start):
            return a
    return None


def _cataphor(text: str, base: int, at: int, actors: list[ActorMention]) -> ActorMention | None:
    """In a fronted clause ("With X under their control, the RSF ..."), a pronoun with no actor before it
    points forward to the first actor after the clause's comma."""
    ahead = next((a for a in actors if a.start >= at), None)
    if ahead is None or any(a.start < at for a in actors) or ahead.start - at > 200:
        return None
    return ahead if "," in text[at - base : ahead.start - base] else None


def _collapse(skel: str, pos: list[int]) -> tuple[str, list[int]]:
    """Fold descriptors into place tokens ("the northern town of ⟨P3⟩" -> "⟨P3⟩"), keeping offsets.

    Appositives relating one place to another go first ("⟨P1⟩, the capital of ⟨P2⟩" -> "⟨P1⟩"), then
    parts named through a possessive ("⟨P1⟩'s port" -> "⟨P1⟩"), then descriptors.
    """
    if "⟨P" not in skel:
        return skel, pos
    for regex, needs in _FOLDS:
        if needs is not None:
            if needs.search(skel) is None:
                continue
        elif regex is COLLAPSE:
            if not _descriptor_before_place(skel):
                continue
        elif not _named_before_place(skel):
            continue
        skel, pos = _fold(regex, skel, pos)
    return skel, pos


def _named_before_place(skel: str) -> bool:
    """``_NAMED_NEEDS.search(skel)``, tried only in the few characters before each "⟨": a match ends with
    "⟨P" and starts at most 12 characters ("stronghold, ") before it. The expression starts with a
    case-insensitive alternation, which the engine would otherwise try at every position."""
    i = skel.find("⟨")
    while i != -1:
        if _NAMED_NEEDS.search(skel, max(0, i - 12), i + 2):
            return True
        i = skel.find("⟨", i + 1)
    return False


def _descriptor_before_place(skel: str) -> bool:
    """Whether any place token follows a word a descriptor can end with (a cheap test before COLLAPSE)."""
    i = skel.find("⟨P")
    while i != -1:
        words = skel[max(0, i - 40) : i].split()
        if words and words[-1].lower() == "the":
            words.pop()
        if words and words[-1].lower() in DESC_ENDS:
            return True
        i = skel.find("⟨P", i + 2)
    return False


def _fold(regex: re.Pattern[str], skel: str, pos: list[int]) -> tuple[str, list[int]]:
    parts: list[str] = []
    new_pos: list[int] = []
    last = 0
    for m in regex.finditer(skel):
        parts.append(skel[last : m.start()])
        new_pos.extend(pos[last : m.start()])
        tok = m.group("tok")
        parts.append(tok)
        new_pos.extend([pos[m.start("tok")]] * len(tok))
        last = m.end()
    if last == 0:
        return skel, pos
    parts.append(skel[last:])
    new_pos.extend(pos[last:])
    return "".join(parts), new_pos


def _piece(text: str, base: int, a: int, b: int, out: list[str], pos: list[int]) -> None:
    """Copy body[a:b] into the skeleton (quotation marks dropped, apostrophes straightened)."""
    chunk = text[a - base : b - base]
    if not _HAS_QUOTE.search(chunk):
        out.append(chunk.translate(_QUOTES))
        pos.extend(range(a, b))
        return
    for j, ch in enumerate(chunk, a):
        if ch not in _DROP:
            out.append(ch.translate(_QUOTES))
            pos.append(j)


def _antecedent(
    pos: int, actors: list[ActorMention], text: str = "", base: int = 0
) -> ActorMention | None:
    """What "they"/"it"/"their" refers to: the nearest earlier actor within a few sentences, passing over
    a possessor inside a noun phrase of a sentence that named another actor before it ("The STC has held
    Aden, the government's temporary seat, since its forces ..."); "the capture is Russia's biggest gain
    since it seized ..." keeps the possessor."""
    best = None
    for a in actors:
        if a.end > pos:
            break
        if (
            best is not None
            and best.start >= base  # only when the sentence named someone before ("The STC ... the government's")
            and a.start - base > 4  # the sentence's own subject ("Russia's defence ministry said its ...") counts
            and text[a.end - base : a.end - base + 3] in ("'s ", "\u2019s ")
        ):
            continue
        best = a
    return best if best is not None and pos - best.end < 600 else None


def _sentence_claims(
    report: Report,
    sent: Sentence,
    actors: list[ActorMention],
    places: list[PlaceMention],
    all_actors: list[ActorMention],
    groups: list[list[PlaceMention]],
    orgs: _Organisations,
    subject: ActorMention | None = None,
) -> list[Claim]:
    rules = rules_for(sent.text.lower())  # a superset of what the skeleton would give
    if not rules:
        return []
    skel, pos, ents = _skeleton(sent, actors, places, all_actors, groups, subject)
    if not ents.places or not (ents.actors or any(ents.pronouns.values())):
        return []
    info = _Info(report, sent, skel, ents, orgs)
    found: list[tuple[str, Claim]] = []
    for rule in rules:
        for m in rule.regex.finditer(skel):
            found.extend((rule.name, c) for c in _emit(report, sent, rule, m, skel, pos, ents, info))
    return _former_holders(found)


class _Organisations:
    """The multi-word names of a report (``attribution.organisations``), found when a speaker's short
    name first needs expanding ("the Observatory"): most reports never need them."""

    __slots__ = ("body", "_found")

    def __init__(self, body: str) -> None:
        self.body = body
        self._found: list[tuple[int, str]] | None = None

    @property
    def found(self) -> list[tuple[int, str]]:
        if self._found is None:
            self._found = organisations(self.body)
        return self._found


class _Info:
    """What claims of one sentence may need, worked out only when a claim needs it (once per sentence):
    quotations, dates (and the date nearest each trigger), reporting clauses, the id hash prefix."""

    __slots__ = ("report", "sent", "skel", "ents", "orgs", "_quotes", "_dates", "_speakers", "_near", "_id")

    def __init__(
        self, report: Report, sent: Sentence, skel: str, ents: _Entities, orgs: _Organisations
    ) -> None:
        self.report, self.sent, self.skel, self.ents, self.orgs = report, sent, skel, ents, orgs
        self._quotes: list[tuple[int, int]] | None = None
        self._dates: list[DateExpr] | None = None
        self._speakers: list[Speaker] | None = None
        self._near: dict[int, tuple[dt.date | None, DatePrecision]] = {}
        self._id: hashlib._Hash | None = None

    @property
    def quotes(self) -> list[tuple[int, int]]:
        if self._quotes is None:
            self._quotes = quote_spans(self.sent.text)
        return self._quotes

    @property
    def dates(self) -> list[DateExpr]:
        if self._dates is None:
            self._dates = find_dates(self.sent.text, self.report.date)
        return self._dates

    @property
    def speakers(self) -> list[Speaker]:
        if self._speakers is None:
            self._speakers = speakers(self.skel, self._name_of)
        return self._speakers

    def date_at(self, at: int) -> tuple[dt.date | None, DatePrecision]:
        """The event date of a claim triggered at ``at`` (sentence offset): the nearest date expression that
        resolves, else the report's date."""
        got = self._near.get(at)
        if got is None:
            got = (self.report.date, DatePrecision.REPORT)
            dates = self.dates
            if dates:
                best = min(
                    dates, key=lambda d: 0 if d.start <= at < d.end else min(abs(d.start - at), abs(d.end - at))
                )
                if best.date is not None:
                    got = (best.date, best.precision)
            self._near[at] = got
        return got

    def claim_id(self, place_key: str | None, actor: str, status: str, place_text: str) -> str:
        """``claim_id`` for this sentence, hashing the shared prefix (report id, offsets) once."""
        if self._id is None:
            sent = self.sent
            self._id = hashlib.sha256(f"{self.report.id}|{sent.start}|{sent.end}|".encode())
        h = self._id.copy()
        h.update(f"{place_key or _folded(place_text)}|{actor}|{status}".encode())
        return h.hexdigest()[:16]

    def _name_of(self, text: str) -> str | None:
        m = _TOKEN.fullmatch(text)
        if m:
            if m.group(1) != "A":
                return None
            return self.ents.actors[int(m.group(2))].actor
        if len(text) < 3 and not text.isupper():
            return None
        return expand_name(text, self.sent.start, self.orgs.found)


def _former_holders(found: list[tuple[str, Claim]]) -> list[Claim]:
    """A holder named only in a descriptor of a place another actor takes in the same sentence ("the army
    recaptured the IS-held town of X", "took X, the junta's regional headquarters") lost it."""
    taken = {(c.place_key or c.place, c.actor) for _, c in found if c.status is Status.CAPTURED}
    out: list[Claim] = []
    for name, c in found:
        key = c.place_key or c.place
        if (
            name in _DESCRIPTIVE_HOLDS
            and c.status is Status.HELD
            and any(k == key and a != c.actor for k, a in taken)
        ):
            c = replace(c, status=Status.LOST, id=claim_id(c.report_id, c.start, c.end, c.place_key, c.actor, "lost", c.place))
        out.append(c)
    return out


def _emit(
    report: Report,
    sent: Sentence,
    rule: Rule,
    m: re.Match[str],
    skel: str,
    pos: list[int],
    ents: _Entities,
    info: _Info,
) -> list[Claim]:
    groups = m.groupdict()  # (a dictionary of every group: built once)
    trig = m.start("v") if groups.get("v") is not None else m.start()
    p_first = any(m.start(em.places) == m.start() for em in rule.emits if groups.get(em.places))
    negated, attempt = _negation(skel, m.start(), trig, rule, p_first)
    if negated:
        return []
    out: list[Claim] = []
    emits = list(rule.emits)
    for em in emits:
        if groups.get(em.actor) is None or groups.get(em.places) is None:
            continue
        actor_list = _actors(m.group(em.actor), ents)
        place_list = _places(m.group(em.places), ents)
        tail = skel[m.end(em.places) :]
        more = _NOTABLY.match(tail)
        if more:
            place_list += _places(more.group("p"), ents)
        status = em.status
        if status is Status.HELD and _BRIEFLY.search(skel, max(0, trig - 30), trig):
            status = Status.ATTACKING  # "briefly occupied Goma in 2012": held for days, never kept
        elif status is Status.CAPTURED and (attempt or _BRIEFLY.search(skel, max(0, trig - 30), trig)):
            status = Status.ATTACKING  # "briefly entered", "tried to take": an attack, not a capture
        elif status is Status.HELD and _UNTIL.match(skel, m.end()):
            status = Status.LOST  # "was held by IS until December 2016"
        share = None
        if em.share == "halves":
            share = (0.5, 0.5) if groups.get("halves") and "halves" in m.group("halves") else None
        elif em.share:
            text = groups.get(em.share)
            if text is None:
                before = SHARE_BEFORE.search(skel[max(0, m.start(em.places) - 60) : m.start(em.places)])
                text = before.group("share") if before else None
            share = parse_share(text)
        for actor, via_pronoun in actor_list:
            for pm in _filter_places(place_list, rule, status):
                out.append(
                    _claim(
                        report,
                        sent,
                        rule,
                        status,
                        actor,
                        via_pronoun,
                        pm,
                        share,
                        trig,
                        pos,
                        info,
                    )
                )
    out.extend(_hooks(report, sent, rule, m, skel, pos, ents, info, trig))
    out.extend(_aftermath(report, sent, rule, m, skel, pos, ents, info, out))
    return out


def _aftermath(
    report: Report,
    sent: Sentence,
    rule: Rule,
    m: re.Match[str],
    skel: str,
    pos: list[int],
    ents: _Entities,
    info: _Info,
    made: list[Claim],
) -> list[Claim]:
    """What the rest of the sentence says about the same places: "... after the army withdrew" (the army
    lost them), "..., driving IS out" / "when its forces drove out government troops" (lost), "took X from
    the rebels" (lost), "..., as does Y" (Y held by the same actor)."""
    out: list[Claim] = []
    gains = [c for c in made if c.status in (Status.CAPTURED, Status.HELD)]
    if not gains:
        return out
    tail = skel[m.end() :]
    losers: list[tuple[str, int]] = []  # (actor token, offset in skel)
    gainers = {c.actor for c in gains}
    for n, (regex, statuses) in enumerate(_LOSER_TAILS):
        if _LOSER_HINTS[n].search(tail) is None:
            continue  # a cheap test first: most tails hold none of the words these need
        if any(c.status in statuses for c in gains):
            for t in regex.finditer(tail):
                if n == 1:  # "drove X out": only when the gainer (or nobody named) does the driving
                    doers = [a.actor for a, _ in _actors(tail[: t.start("b")], ents)]
                    if doers and doers[-1] not in gainers:
                        continue
                losers.append((t.group("b"), m.end() + t.start("b")))
    places = {c.place_key or c.place: c for c in gains}
    by_key = (
        {(pm.place.key if pm.place else pm.mention.text): pm for i in ents.places for pm in ents.places[i]}
        if losers
        else {}
    )
    for tok, at in losers:
        for actor, via in _actors(tok, ents):
            for key, c in places.items():
                pm = by_key.get(key)
                if pm is None or actor.actor == c.actor:
                    continue
                out.append(
                    _claim(report, sent, rule, Status.LOST, actor, via, pm, None, at, pos, info, 0.85)
                )
    held = [c for c in gains if c.status is Status.HELD]
    if held and " as " in tail:
        more = _AS_DOES.match(tail)
        if more:
            names = {c.actor for c in held}
            for actor, via in _actors(m.group("a") if m.groupdict().get("a") else "", ents):
                if actor.actor in names:
                    for pm in _places(more.group("p"), ents):
                        out.append(_claim(report, sent, rule, Status.HELD, actor, via, pm, None,
                                          m.end() + more.start("p"), pos, info))
    return out


def _hooks(
    report: Report,
    sent: Sentence,
    rule: Rule,
    m: re.Match[str],
    skel: str,
    pos: list[int],
    ents: _Entities,
    info: _Info,
    trig: int,
) -> list[Claim]:
    """Rule-specific follow-ups: the assaulters of "twin assaults -- one by A and the other by B", and
    "the last enclave held by X ... apart from Y"."""
    out: list[Claim] = []
    rest = m.groupdict().get("rest")
    if rest is None:
        return out
    if rule.name == "faces-assaults":
        target = m.group("p") or m.group("p2")
        if not target:
            return out
        for b in _BY.finditer(rest):
            for actor, via in _actors(b.group("a"), ents):
                for pm in _filter_places(_places(target, ents), rule, Status.ATTACKING):
                    out.append(
                        _claim(
                            report,
                            sent,
                            rule,
                            Status.ATTACKING,
                            actor,
                            via,
                            pm,
                            None,
                            m.start("rest") + b.start(),
                            pos,
                            info,
                        )
                    )
    elif rule.name == "last-enclave-held-by":
        for ap in _APART.finditer(rest):
            for actor, via in _actors(m.group("a"), ents):
                for pm in _filter_places(_places(ap.group("p"), ents), rule, Status.HELD):
                    out.append(
                        _claim(
                            report,
                            sent,
                            rule,
                            Status.HELD,
                            actor,
                            via,
                            pm,
                            None,
                            trig,
                            pos,
                            info,
                        )
                    )
    return out


def _negation(skel: str, start: int, trig: int, rule: Rule, p_first: bool = False) -> tuple[bool, bool]:
    """(negated, attempt): judged on the clause from its start up to the trigger.

    When the match starts with its place ("⟨P⟩, which IS has held", "⟨P⟩ fell to X"), words of intention
    before the place belong to another verb ("the next objective is ⟨P⟩, which IS holds"): only plain
    negation and hypothesis before it count.
    """
    clause_start = 0
    for c in _CLAUSE.finditer(skel, 0, start + 1):
        if c.end() <= start + 1:
            clause_start = c.end()
    window = skel[clause_start : trig + 1] if trig >= clause_start else skel[start : trig + 1]
    if clause_start and skel.endswith("that ", 0, clause_start + 1) and _DENIED_THAT.search(
        skel, max(0, clause_start - 40), clause_start + 1
    ):
        return True, False
    inner = skel[start:trig]
    if rule.name.startswith("elided-") or rule.name == "followed-by":
        # "launched an offensive in January and took ⟨P⟩": the offensive is not an attempt on the place
        cut = max(inner.rfind(" and "), inner.rfind(" then "), inner.rfind(" before "))
        if cut != -1:
            inner = inner[cut:]
    if rule.name in _LOCAL_NEG:
        # "vowed to march on Kinshasa after taking Goma": only the words next to the trigger count
        cut = max(skel.rfind(" after ", start, trig), skel.rfind(" before ", start, trig), start)
        return bool(_HARD_NEG.search(skel, cut, trig + 1)), False
    if rule.name in _NEG_EXEMPT:
        return bool(re.search(r"\b(?:not|never|n't|failed)\b", window)), False
    if p_first and trig >= start:
        negated = bool(_HARD_NEG.search(skel, start, trig + 1)) or bool(
            _PLAIN_NEG.search(skel, clause_start, start) if start > clause_start else False
        )
    else:
        negated = bool(_HARD_NEG.search(window))
    attempt = bool(_ATTEMPT.search(inner)) or bool(_ATTEMPT.search(skel[trig : trig + 30].split(" ", 1)[0]))
    return negated, attempt


def _actors(text: str, ents: _Entities) -> list[tuple[ActorMention, bool]]:
    out: list[tuple[ActorMention, bool]] = []
    for kind, idx in _TOKEN.findall(text):
        i = int(idx)
        if kind == "A":
            out.append((ents.actors[i], False))
        elif kind == "R" and ents.pronouns.get(i) is not None:
            out.append((ents.pronouns[i], True))  # type: ignore[arg-type]
    seen: set[str] = set()
    unique = []
    for a, via in out:
        if a.actor not in seen:
            seen.add(a.actor)
            unique.append((a, via))
    return unique


def _places(text: str, ents: _Entities) -> list[PlaceMention]:
    possessors = {m.group(0).split("⟩")[0] + "⟩" for m in _POSSESSOR.finditer(text + " ")}
    out: list[PlaceMention] = []
    for kind, idx in _TOKEN.findall(text):
        tok = f"⟨{kind}{idx}⟩"
        if kind == "P" and tok not in possessors and int(idx) not in ents.partial:
            out.extend(ents.places.get(int(idx), []))
    return out


def _filter_places(places: list[PlaceMention], rule: Rule, status: Status) -> list[PlaceMention]:
    """Whole countries are claims only for explicit control verbs, and never beside a place within them."""
    specific = [pm for pm in places if not (pm.place is not None and pm.place.kind is Kind.COUNTRY)]
    if specific and len(specific) < len(places):
        return specific
    if not rule.country_ok:
        return specific
    return places


def _claim(
    report: Report,
    sent: Sentence,
    rule: Rule,
    status: Status,
    actor: ActorMention,
    via_pronoun: bool,
    pm: PlaceMention,
    share: tuple[float, float] | None,
    trig: int,
    pos: list[int],
    info: _Info,
    scale: float = 1.0,
) -> Claim:
    place: Place | None = pm.place
    mention = pm.mention
    qualifier = mention.qualifier
    lat, lon = _point(place, qualifier)
    at = pos[min(trig, len(pos) - 1)] - sent.start
    quoted = any(s <= at < e for s, e in info.quotes)
    attribution = speaker_for(trig, info.speakers)
    confidence = rule.confidence * scale
    if via_pronoun:
        confidence *= 0.9
    if quoted:
        confidence *= 0.8
    if pm.resolution is Resolution.AMBIGUOUS:
        confidence *= 0.85
    elif place is None:
        # A place nobody could locate is often no place at all ("Most", "Reading"), and cannot be mapped:
        # kept for the record, below the default display threshold.
        confidence *= 0.5
    if mention.coref:
        confidence *= 0.95
    if not actor.registered:
        confidence *= 0.9
    date, precision = info.date_at(at)
    # (a party's own claim stays attributed to it)
    key: str | None
    name: str | None
    country: str | None
    kind: Kind | None
    if place is not None:
        key, name, country, kind = place.key, place.name, place.country, place.kind
    else:
        key, name, country, kind = None, None, None, mention.kind_hint
    return _new_claim(
        (
            info.claim_id(key, actor.actor, status.value, mention.text),
            report.path,
            report.id,
            mention.text,
            name,
            key,
            lat,
            lon,
            country,
            kind,
            pm.resolution,
            qualifier,
            actor.actor,
            actor.registered,
            status,
            share[0] if share else None,
            share[1] if share else None,
            attribution,
            date,
            precision,
            round(min(confidence, 1.0), 3),
            sent.start,
            sent.end,
            sent.text,
            report.source,
            report.url,
        )
    )


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))


def _new_claim(values: tuple[object, ...]) -> Claim:
    """``Claim(*values)`` without the frozen dataclass's 26 ``object.__setattr__`` calls (a third of the
    time): the same fields in the instance dictionary, so the same record (equality, hash, repr)."""
    claim = object.__new__(Claim)
    claim.__dict__.update(zip(_CLAIM_FIELDS, values, strict=True))
    return claim


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    return fold(text)


_POINTS: dict[tuple[str, str | None], tuple[float | None, float | None]] = {}


def _point(place: Place | None, qualifier: str | None) -> tuple[float | None, float | None]:
    """The representative point of a (narrowed) place; cached, as geometry is the costly part."""
    if place is None:
        return None, None
    key = (place.key, qualifier)
    got = _POINTS.get(key)
    if got is None:
        got = _POINTS[key] = _narrow_point(place, qualifier)
        if len(_POINTS) > 50_000:
            _POINTS.clear()
    return got


def _narrow_point(place: Place, qualifier: str | None) -> tuple[float | None, float | None]:
    try:
        from .geometry import narrow
    except ImportError:
        return place.lat, place.lon
    p = narrow(place, qualifier)
    return p.lat, p.lon
