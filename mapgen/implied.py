"""Implied participants: who took a place an agentless passive names, where an actor fled from.

Wire copy often leaves one side of a control claim to the reader: "the nearby town of Qabasin had also
been taken" (by the rebels the sentence is about), "most IS fighters had fled by Thursday morning" (from
the town the troops entered), "Rwandan and Mozambican forces drove them out" (of the town named before).
Rules in :mod:`mapgen.patterns` mark such a side with ``"*"`` (``Emit("*", "p", ...)``); the functions
here fill it from the sentence, or from the sentence before. Claims made this way carry a lower
confidence (their rules say so). Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .model import ActorMention, Kind, PlaceMention
from .patterns import IMPLIED
from .placewords import DIRECTION_ADJECTIVES, TITLE_AFTER

if TYPE_CHECKING:
    from .skeleton import _Entities

__all__ = ["IMPLIED", "implied_actor", "implied_places"]
_TOKEN = re.compile(r"⟨([APR])(\d+)⟩")
# An actor token that is the object of a loss or the source of a report, never the taker.
_NOT_TAKER = re.compile(r"(?:\bfrom|\bagainst|\bof|\bby|[Aa]ccording to|\bwith) (?:the )?(?:[\w'-]+ ){0,2}$")
# An actor token that withdrew is the loser ("⟨P⟩ fell on Friday, after troops withdrew"), never the taker.
_LOSER_AFTER = re.compile(
    r" (?:\w+ )?(?:had |have |has )?(?:withdrew|withdrawn|pulled out|pulled back|fled|retreated|deserted|"
    r"surrendered|abandoned|gave up|were driven|was driven)\b"
)
_ADMITS = re.compile(
    r"⟨([AR])(\d+)⟩ (?:\w+ )?(?:admitted|acknowledged|conceded|confirmed|said|says|admits|acknowledges)\b"
)


def implied_actor(
    skel: str, start: int, end: int, ents: _Entities, admitted: bool = False, besieged: bool = False
) -> list[tuple[ActorMention, bool]]:
    """The actor an agentless capture in ``skel[start:end]`` is credited to: the first actor of the
    sentence that is not the object of "from"/"against"/"by" (an actor named in the sentence, as
    "rebel fighters ... and that ⟨P⟩ had also been taken"); when the sentence names none, whoever took
    the last place an earlier sentence says was taken ("Adigrat fell on Friday. Axum was taken in May.").
    A loss (``admitted``) is the speaker's: "the army admitted that ⟨P⟩ was effectively lost". A siege
    (``besieged``) is never credited to an actor of its own sentence, who is as often the besieged ("the last
    IS fighters holed up in the town, which was cut off"): only to the last taker, when the sentence names
    nobody."""
    if besieged:
        alone = ents.capturer is not None and not ents.actors and not ents.pronouns
        return [(ents.capturer, True)] if alone and ents.capturer is not None else []
    if admitted:
        for m in _ADMITS.finditer(skel, 0, start):
            kind, i = m.group(1), int(m.group(2))
            if kind == "A":
                return [(ents.actors[i], False)]
            if ents.pronouns.get(i) is not None:
                return [(ents.pronouns[i], True)]  # type: ignore[list-item]
    for m in _TOKEN.finditer(skel):
        if start <= m.start() < end:
            continue
        kind, i = m.group(1), int(m.group(2))
        if _NOT_TAKER.search(skel, max(0, m.start() - 20), m.start()) or _LOSER_AFTER.match(skel, m.end()):
            continue
        if kind == "A":
            return [(ents.actors[i], False)]
        if kind == "R" and ents.pronouns.get(i) is not None:
            return [(ents.pronouns[i], True)]  # type: ignore[list-item]
    if ents.capturer is not None and not ents.actors and not ents.pronouns:
        return [(ents.capturer, True)]
    return []


def implied_places(skel: str, start: int, inside: str | None, ents: _Entities) -> list[PlaceMention]:
    """The place an objectless withdrawal or expulsion at ``start`` is about.

    In order: a place named inside the subject ("soldiers of the battalion based in ⟨P⟩ fled"), the last
    place named earlier in the sentence ("entered ⟨P⟩ ... but most IS fighters had fled"), else the
    places of the last sentence that named one ("The rebels withdrew northwards along the coast").
    Countries never: "fled" says nothing about a whole country.
    """
    for text in (inside or "", skel[:start]):
        for m in reversed(list(_TOKEN.finditer(text))):
            if m.group(1) != "P" or _TITLE_AFTER.match(text, m.end()):
                continue  # "Luhansk governor Serhiy Haidai said ...": a title, not where anything happened
            if _LOCATES.search(text, max(0, m.start() - 40), m.start()):
                continue  # "seized Sangin in southern Helmand, after ... withdrew": Helmand only locates
            # "⟨P⟩ and ⟨P⟩ fell, after troops withdrew": the whole list the last place ends
            ids = [int(m.group(2))]
            at = m.start()
            while (item := _LIST_ITEM_BEFORE.search(text, max(0, at - 16), at)) is not None:
                ids.insert(0, int(item.group(1)))
                at = item.start()
            if len(ids) > 1 and text.endswith("between ", 0, at):
                ids = ids[-1:]  # "on the border between ⟨P⟩ and ⟨P⟩": a line, not two places
            pms = [pm for i in ids for pm in ents.places.get(i, []) if _settled(pm)]
            if pms:
                return pms
    # the sentence before: its first town (the one the story is about), else its first area
    towns = [pm for pm in ents.recent if _settled(pm) and pm.place and pm.place.kind is Kind.SETTLEMENT]
    areas = [pm for pm in ents.recent if _settled(pm)]
    return towns[:1] or areas[:1]


_LIST_ITEM_BEFORE = re.compile(r"⟨P(\d+)⟩(?:,| and|, and) $")
_LOCATES = re.compile(rf"⟨P\d+⟩,? in (?:the )?(?:⟨P\d+⟩(?:'s|') )?(?:(?:{DIRECTION_ADJECTIVES}) )?$")
_TITLE_AFTER = re.compile(TITLE_AFTER)


def _settled(pm: PlaceMention) -> bool:
    return pm.place is not None and pm.place.kind is not Kind.COUNTRY
