# ruff: noqa: E501  (regular expressions and data tables read better unbroken)
"""Control claims: who holds, took, lost, besieges or attacks which place, with the evidence sentence.

For each sentence with a place and an actor (or a pronoun that refers to one), the sentence becomes
a skeleton (:mod:`mapgen.skeleton`); every rule (:mod:`mapgen.patterns`) that matches yields claims
(:mod:`mapgen.emit`), which are then checked for negation, intention and hypothesis ("failed to
capture", "aims to retake", "could fall"), dated (:mod:`mapgen.dates`), attributed
(:mod:`mapgen.attribution`) and given a stable id. This module holds the entry points
(:func:`extract_claims`, :func:`claim_id`) and the report- and sentence-level steps around them.
Pure: no I/O, deterministic output.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from .actors import ActorRegistry
from .countries import demonym_countries
from .emit import _emit
from .followers import followers
from .grammar import LEFT_WHEN
from .groupnames import named_groups, referring_to_groups
from .model import (
    ActorMention,
    Claim,
    PlaceMention,
    Problem,
    Report,
    Result,
    Severity,
    Status,
)
from .patterns import IMPLIED_ACTOR_RULES, IMPLIED_PLACE_RULES
from .regexfirst import guarded
from .rulefilter import RULE_FILTER, needs
from .rulekeys import rules_for
from .skeleton import _PRONOUN, _THERE, _Info, _Organisations, _skeleton
from .text import Sentence, fold, sentences

_MAYBE_ACTOR = re.compile(r" by | hands of| control of| to (?:the )?[A-Z]")
# Verbs that may come without their place ("most IS fighters had fled"): mapgen.implied finds it.
_OBJECTLESS = re.compile(rf"\b(?:fled|withdrew|withdrawn|retreated|pulled out|pulled back|surrendered|melted away|slipped|repositioned|redeployed|abandoned|deserted|left (?:their|its)|left(?={LEFT_WHEN})|ran away|laid down|out|holds?|held|"
                         r"holding|controls?|controlled|controlling|holed up|entrenched|dug in)\b")
# Agentless captures ("⟨P⟩ was taken in May"): credited to the last taker when the sentence names nobody.
_AGENTLESS = re.compile(r"\b(?:been|was|were|is|are) (?:\w+ )?(?:taken|captured|seized|retaken|recaptured|liberated|freed|overrun|"
                        r"surrounded|encircled|besieged)\b"
                        r"|\b(?:fell|fallen)\b|\bchanged hands\b")
_LIST_SEP = re.compile(r"^(?:,|, and| and|,? as well as|,? or)\s*$")
_DESCRIPTIVE_HOLDS = {"x-held", "p-poss-x-held", "appos-stronghold", "stronghold-of", "x-positions-in"}
_ACTOR_NP = guarded(
    r"\b(?:(?:held|controlled|occupied|seized|captured|taken|retaken|recaptured|overrun|besieged|surrounded|"
    r"encircled|attacked|shelled|stormed|run|defended) by|in the hands of|under the control of|fell to|fallen to)"
    r" (?:the )?(?P<np>[A-Z][\w'\u2019-]*(?: (?:[A-Z][\w'\u2019-]*|al-[\w'\u2019-]+|al|el|bin|ibn|of|"
    r"the|de|du|wal|wa)){0,5}(?: (?:militia|militias|group|brigade|brigades|battalion|battalions|movement|front|"
    r"forces|rebels|fighters|militants|gunmen|army|units|faction|factions|force))?)"
)
_ACTOR_NP_NEEDS = needs(_ACTOR_NP)  # ("held by", "in the hands of", ...: most sentences have none)


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
        body, registry.find(body, countries=countries, anchors=anchors, sentences=spans, when=report.date)
    )
    led, replaced = followers(body, actors, _place(places), _known(registry, report.date), registry.states)
    if led:
        actors = sorted([a for a in actors if a not in replaced] + led, key=lambda a: a.start)
    unknown = named_groups(body, actors)
    if unknown:
        unknown += referring_to_groups(body, actors + unknown, unknown)
        actors = sorted(actors + unknown, key=lambda a: a.start)
    kept = _outside(places, actors)
    groups = _list_groups(body, kept)
    orgs = _Organisations(body)
    states = registry.states
    claims: dict[str, Claim] = {}
    problems: list[Problem] = []
    all_actors = list(actors)
    place_starts = [pm.mention.start for pm in kept]
    previous: ActorMention | None = None  # the subject of the last sentence that named an actor
    recent: list[PlaceMention] = []  # the places of the last sentence that named one (mapgen.implied)
    capturer: ActorMention | None = None  # who took the last place taken (an agentless capture's taker)
    actor_starts = [a.start for a in all_actors]
    maybe_there = "there" in body.lower()  # (else no sentence holds it: lower() maps ASCII letters one to one)
    for sent in sents:
        i, j = bisect.bisect_left(place_starts, sent.start), bisect.bisect_left(place_starts, sent.end)
        s_places = kept[i:j]
        s_actors = all_actors[
            bisect.bisect_left(actor_starts, sent.start) : bisect.bisect_left(actor_starts, sent.end)
        ]
        subject = previous
        if s_actors:
            previous = s_actors[0]
        before, recent = recent, (s_places or recent)
        if (
            not s_places
            and not (maybe_there and _has_there(sent.text))
            and not (s_actors and _OBJECTLESS.search(sent.text))
        ):
            continue
        if (
            not s_actors
            and not _PRONOUN.search(sent.text)
            and not _MAYBE_ACTOR.search(sent.text)
            and not (capturer and _AGENTLESS.search(sent.text))
        ):
            continue  # nobody to hold anything (unregistered actors need "held by"-style words)
        extra = _unregistered(sent, s_actors, s_places, registry, report.date)
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
        for claim in _sentence_claims(
            report, sent, s_actors, s_places, all_actors, groups, orgs, subject, before, capturer, states
        ):
            if claim.status is Status.CAPTURED:
                capturer = ActorMention(claim.actor, claim.start, claim.start, claim.actor, claim.actor_registered)
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
    # (a Status is a str equal to its value: it compares as its value does, without the slow ``.value``)
    out = sorted(claims.values(), key=lambda c: (c.start, c.place, c.actor, c.status, c.id))
    unique = {p.message: p for p in problems}
    return Result(tuple(out), tuple(unique.values()))


# ------------------------------------------------------------------------------------------------
def _place(places: Sequence[PlaceMention]) -> Callable[[int, int], bool]:
    """Whether a span overlaps a place mention (for mapgen.followers)."""
    spans = [(pm.mention.start, pm.mention.end) for pm in places]

    def test(start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in spans)

    return test


def _whole(registry: ActorRegistry, phrase: str, when: dt.date | None) -> ActorMention | None:
    """How the registry reads ``phrase`` as one mention at the date ``when`` ("Somali forces"), else None."""
    found = registry.find(phrase, when=when)
    return found[0] if len(found) == 1 and (found[0].start, found[0].end) == (0, len(phrase)) else None


def _known(registry: ActorRegistry, when: dt.date | None) -> Callable[[str], str | None]:
    """The registry's actor for a phrase it knows as a whole ("forces loyal to Hadi") at the report's date,
    else None."""

    def known(phrase: str) -> str | None:
        whole = _whole(registry, phrase, when)
        return whole.actor if whole is not None and whole.registered else None

    return known


def _has_there(text: str) -> bool:
    """``_THERE.search(text)``, after a substring test: no character outside ASCII lower-cases into the
    letters of "there", so a text whose lower case lacks it cannot match."""
    return "there" in text.lower() and _THERE.search(text) is not None


_HEAD_AFTER = re.compile(r" (?:fighters|militants|forces|troops|soldiers|gunmen|units|militiamen|rebels|insurgents)\b")


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
            # "Al Qaeda in the Arabian Peninsula (AQAP) fighters": the head noun after the brackets is part of it
            head = _HEAD_AFTER.match(body, a.end + 1)
            end = head.end() if head else a.end + 1
            a = ActorMention(body[prev.start : end], prev.start, end, a.actor, a.registered)
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


_PEOPLE = re.compile(r"(?:the |The )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)s")


def _unregistered(
    sent: Sentence,
    actors: list[ActorMention],
    places: list[PlaceMention],
    registry: ActorRegistry,
    when: dt.date | None,
) -> list[ActorMention]:
    """Actors named in a control pattern but missing from the registry ("held by the Liwa al-Quds militia").

    A people named in the plural is its state's forces ("fell to the Somalis": Somali forces, as the registry
    reads them at the report's date)."""
    out: list[ActorMention] = []
    if not _ACTOR_NP_NEEDS(sent.text):
        return out
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
        people = _PEOPLE.fullmatch(text)
        if known is None and people and fold(people.group(1)) in demonym_countries():
            whole = _whole(registry, f"{people.group(1)} forces", when)
            if whole is not None:
                out.append(ActorMention(text, s, s + len(text), whole.actor, whole.registered))
                continue
        out.append(ActorMention(text, s, s + len(text), known.name if known else text, known is not None))
    return out


def _sentence_claims(
    report: Report,
    sent: Sentence,
    actors: list[ActorMention],
    places: list[PlaceMention],
    all_actors: list[ActorMention],
    groups: list[list[PlaceMention]],
    orgs: _Organisations,
    subject: ActorMention | None = None,
    recent: Sequence[PlaceMention] = (),
    capturer: ActorMention | None = None,
    states: frozenset[str] = frozenset(),
) -> list[Claim]:
    rules = rules_for(sent.text.lower())  # a superset of what the skeleton would give
    if not rules:
        return []
    skel, pos, ents = _skeleton(sent, actors, places, all_actors, groups, subject, states)
    if not (ents.actors or any(ents.pronouns.values())):
        if capturer is None or not ents.places or not _AGENTLESS.search(sent.text):
            return []
        rules = tuple(r for r in rules if r.name in IMPLIED_ACTOR_RULES)  # "Axum was taken in May."
    if not ents.places:
        if not recent or not _OBJECTLESS.search(sent.text):
            return []
        rules = tuple(r for r in rules if r.name in IMPLIED_PLACE_RULES)
    rules = RULE_FILTER.keep(rules, skel)  # (only those whose required words the skeleton holds)
    if not rules:
        return []
    ents.recent = list(recent)
    ents.capturer = capturer
    info = _Info(report, sent, skel, ents, orgs)
    found: list[tuple[str, Claim]] = []
    for rule in rules:
        for m in rule.regex.finditer(skel):
            found.extend((rule.name, c) for c in _emit(report, sent, rule, m, skel, pos, ents, info))
    return _former_holders(found)


def _former_holders(found: list[tuple[str, Claim]]) -> list[Claim]:
    """A holder named only in a descriptor of a place another actor takes in the same sentence ("the army
    recaptured the IS-held town of X", "took X, the junta's regional headquarters") lost it."""
    taken = {(c.place_key or c.place, c.actor) for _, c in found if c.status is Status.CAPTURED}
    if not taken:  # (nothing taken, nobody lost anything: most sentences)
        return [c for _, c in found]
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
