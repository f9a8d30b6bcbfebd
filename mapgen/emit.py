# ruff: noqa: E501  (regular expressions and data tables read better unbroken)
"""Claim emission for the claims stage (:mod:`mapgen.claims`): from a rule's match to claim records.

:func:`_emit` turns one match of a rule (:mod:`mapgen.patterns`) on a sentence skeleton
(:mod:`mapgen.skeleton`) into claims: negation, intention and hypothesis are judged on the clause
(:func:`_negation`), statuses adjusted ("briefly occupied", "held ... until"), shares parsed; rule-specific
follow-ups (:func:`_hooks`) and what the rest of the sentence says about the same places
(:func:`_aftermath`: "after the army withdrew", "took X from the rebels", "as does Y") add more. Each
claim is built by :func:`_claim` (confidence, date, attribution, representative point).
Pure: no I/O, deterministic output.
"""

from __future__ import annotations

import re
from dataclasses import fields

from .attribution import (
    parse_share,
    speaker_for,
)
from .grammar import PLIST, SHARE_BEFORE
from .implied import IMPLIED, implied_actor, implied_places
from .model import (
    ActorMention,
    Claim,
    Kind,
    Place,
    PlaceMention,
    Report,
    Resolution,
    Status,
)
from .patterns import Rule
from .regexfirst import guarded
from .skeleton import _actors, _Entities, _Info, _places
from .text import Sentence

_NOTABLY = guarded(
    rf"(?: (?:region|province|state|oblast|governorate|district|regions|provinces|states))?(?: (?:in|on|by|over|during|since) [\w -]{{1,20}}?| (?:further|farther) (?:north|south|east|west)| to the (?:north|south|east|west))?,? (?:notably|especially|particularly|mainly|mostly|chiefly|including|such as|primarily|starting with|beginning with|"
    rf"principally)(?: in)? (?P<p>{PLIST})",
    re.I,
)
# "still holds Raqqa, about 140 km to the southeast, as well as Jarabulus to the west", "pulled out of Tuz,
# a mixed town ..., and of Khanaqin near the border": a list that carries on after a short adverbial or an
# appositive. Nothing in between may name a place or an actor (the "and" would be another verb's), and the
# new item must end its clause or go on with an adverbial, never with a verb of its own ("and Hama fell").
# The words that carry a list on (read by _CONTINUED, and by _may_continue before it runs)
_LINKS = ("as well as", "along with", "plus", "and", "then")
_CONTINUED = re.compile(
    r"(?: (?:in|on|to|near|at|about|some|just|further|farther|north|south|east|west|during|since|by|along|after|"
    r"before|last|earlier|later|within|two|three|four|\d+)\b[^,;:⟨.]{0,40}?| where [^,;:⟨.]{1,80}?)?"
    # (a place may be named in the appositive only to locate: "Rawa, across the river from ⟨P⟩, and ⟨P⟩")
    rf"(?:, (?!but |while |although |though |whereas |and )(?:[^;:⟨.]|(?:(?<=to )|(?<=of )|(?<=from )|(?<=near )|"
    rf"(?<=in ))⟨P\d+⟩){{1,110}}?(?=,))?"
    rf",? (?:{'|'.join(_LINKS)})(?:(?<=and)(?: also)?(?: of| from| in)?)? (?:(?:much|most|parts|large parts|part) of (?:the )?)?(?P<p>{PLIST})"
    r"(?=[,.;:)]|$| (?:in|to|near|on|at|further|farther|along|north|south|east|west|which|where|itself|too|"
    r"as well|last|earlier|later|two|three|four|several|a|an|the|just|about|some|before|after|during|since|"
    r"by|from|close|\d+)\b)"
)
_APART = guarded(
    r"\b(?:apart from|besides|as well as|along with|and) (?:a |an |the )?(?:(?:section|part|parts|"
    r"stretch|strip|pocket|corner) of )?(?:the )?(?P<p>⟨P\d+⟩)",
    re.I,
)
_BY = guarded(r"\b(?:by|from) (?:the )?(?P<a>⟨[AR]\d+⟩)")
_HARD_NEG = guarded(
    r"\b(?:not|never|n't|no|failed|fail|fails|failing|unable|denied|deny|denies|if|unless|whether|would|could|"
    r"might|(?-i:may)|aims?|aiming|aimed|plans?|planning|planned|vows?|vowed|vowing|threat|threats|threaten|threatens|"
    r"threatened|threatening|seeks?|seeking|sought|hopes?|hoping|hoped|wants?|wanted|intends?|intended|"
    # ("a source close to the paramilitaries" is no intention)
    r"close to(?! (?:the )?⟨[AR])|closer to(?! (?:the )?⟨[AR])|step toward|steps toward|step towards|expected to|unlikely|preparing|prepares|"
    # ("is likely to fall"; never an assessment, "likely seized", "likely control")
    r"likely(?= to\b)|(?:is|are|was|were|be|become|seems?|looks?) (?:very |most |more |highly )?likely|"
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
_RELATIVE = re.compile(r"⟩, (?:which|where|who) |⟩, (?:a|an|the) [^.;]{1,80}? (?:which|that|where) ")
_CLOSED_RELATIVE = re.compile(r", (?:which|who|whose) [^,;]{1,150},")
_PLAIN_NEG = guarded(r"\b(?:not|never|n't|no|denied|deny|denies|if|unless|whether|would|could|might|false)\b", re.I)
_ATTEMPT = guarded(
    r"\b(?:attempts?|attempted|attempting|trying|tried|tries|try|bid|efforts?|push|battle|fight|"
    r"fighting|battling|offensive|struggle|struggling|final stages?|process of)\b",
    re.I,
)
_CLAUSE = guarded(r"[,;:()]|\b(?:that|which|who|but|while|whereas|because|although|and)\b")
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
            # ("after hundreds of rebels, including fighters of al-Nusra, withdrew": the first named withdrew)
            rf"(?:, (?:including|among them|many of them|mostly) (?:[^,;.⟨]|⟨[AR]\d+⟩){{1,80}},)?"
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
_HINTS = (
    r"\b(?:after|as|when|once|while|before)\b",
    r"\b(?:dr[io]v|expel|oust|rout|push|forc|chas|evict|dislodg|kick)",
    r"\bfrom\b",
)
_LOSER_HINTS = tuple(guarded(h) for h in _HINTS)
_ANY_LOSER_HINT = guarded("|".join(_HINTS))  # (one search for the tails that hold none: most)
_AS_DOES = guarded(rf"^[^.;⟨]{{0,40}}?,? as (?:does|do|did|is|are|was|were|has|have) (?P<p>{PLIST})")
_ENTRY = re.compile(r"(?:entered|enter|enters|entering|stormed|swept|moved|pushed|broke|rolled|drove|marched)\b")
_BRIEFLY = guarded(r"\b(?:briefly|temporarily|momentarily)\b ")
_PART_OF = re.compile(r"\b(?:parts?|sections?|the outskirts|the edges?) of (?:the )?(?:[\w-]+ )?$")
_LEFT_AFTER = re.compile(
    r"(?:[^.;⟨]|⟨P\d+⟩){0,90}?\bbefore (?:withdrawing|pulling (?:out|back)|retreating)\b(?! (?:to|into|towards?) ⟨P)"
)
_ATTACKERS = re.compile(r"\b(?:attackers|assailants|raiders|attacking force)\b", re.I)
_UNTIL = guarded(r"(?: [\w-]+){0,3}? until\b")
# "fought their way into X before being driven back": a raid, not a capture; "before being driven out"
# says they lost what they had taken. ("seized X for hours ... before pulling out" stays a capture.)
_REPULSED = re.compile(
    r"(?:[^.;⟨]|⟨P\d+⟩){0,90}?\b(?:before|but were|but was|only to be) (?:being )?(?:(?:driven|pushed|beaten|forced|chased) "
    r"(?P<dir>back|out)|repelled|repulsed)\b"
)
_LOCAL_NEG = {"after-capturing"}
# (appositives state their own fact: "would allow X to push towards A and B, two cities held by Kyiv")
_NEG_EXEMPT = {"repelled", "repelled-towards", "final-stages-of", "no-longer-holds", "appos-held-by", "appos-still-under",
               "appos-stronghold", "appos-x-held", "appos-bastion-of"}


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
    p_first = False
    for em in rule.emits:  # (a loop: cheaper than any() over a generator for one or two emits)
        if groups.get(em.places) and m.start(em.places) == m.start():
            p_first = True
            break
    negated, attempt = _negation(skel, m.start(), trig, rule, p_first)
    if negated:
        return []
    out: list[Claim] = []
    briefly = _BRIEFLY.search(skel, max(0, trig - 30), trig) is not None  # "briefly entered", "briefly held"
    # _REPULSED and _LEFT_AFTER (tried at every character up to 90 on) need one of these words after the
    # match: most sentences hold none, and a substring test costs a fraction of either expression.
    before_after = skel.find("before ", m.end()) != -1
    repulse_words = before_after or skel.find("but w", m.end()) != -1 or skel.find("only to be ", m.end()) != -1
    for em in rule.emits:
        if em.actor == IMPLIED:  # an agentless capture: the sentence's actor took it (mapgen.implied)
            actor_list = implied_actor(
                skel, m.start(), m.end(), ents, admitted=em.status is Status.LOST, besieged=em.status is Status.BESIEGING
            )
        elif groups.get(em.actor) is None:
            continue
        else:
            actor_list = _actors(m.group(em.actor), ents)
        if em.places == IMPLIED:  # an objectless withdrawal: the place named in or before the sentence
            # ("before the attackers retreated": attackers who pull back never held the place)
            actor_list = [(a, via) for a, via in actor_list if not _ATTACKERS.search(a.text)]
            place_list = implied_places(skel, trig, groups.get("x"), ents)
        elif groups.get(em.places) is None:
            continue
        else:
            place_list = _places(m.group(em.places), ents)
            place_list += _more_places(skel, m.end(em.places), ents)
        status = em.status
        if attempt and status is Status.LOST:
            continue  # "battling to drive the Taliban out of Ghazni": nobody has lost it yet
        if status is Status.CAPTURED and (
            attempt or (briefly and _ENTRY.match(skel, trig))
        ):
            # "tried to take", "briefly entered parts of": an attack, not a capture. "Briefly occupied Goma in
            # 2012" stays a (dated) capture: it was held, then lost, and the dates say so.
            status = Status.ATTACKING
        elif status is Status.HELD and _UNTIL.match(skel, m.end()):
            status = Status.LOST  # "was held by IS until December 2016"
        repulsed = _REPULSED.match(skel, m.end()) if status is Status.CAPTURED and repulse_words else None
        # "took Diapaga on Monday before withdrawing", "briefly overran Bichena before withdrawing": they left
        # what they had taken (a loss too, or the map would leave them holding it)
        left = (
            _LEFT_AFTER.match(skel, m.end())
            if status is Status.CAPTURED and before_after and em.places != IMPLIED
            else None
        )
        if repulsed is not None and repulsed.group("dir") != "out":
            status = Status.ATTACKING  # (driven out, they had taken it: a capture, then a loss)
        share = None
        if em.share == "halves":
            share = (0.5, 0.5) if groups.get("halves") and "halves" in m.group("halves") else None
        elif em.share:
            text = groups.get(em.share)
            if text is None:
                at = m.start(em.places)
                window = skel[max(0, at - 60) : at]
                # (a share before the place ends with "of" or "of the": no search for most windows)
                near = window.endswith("\n") or window[-7:].lower().endswith(("of ", "of the "))
                before = SHARE_BEFORE.search(window) if near else None
                text = before.group("share") if before else None
            share = parse_share(text)
        entered = status is Status.CAPTURED and _ENTRY.match(skel, trig) is not None
        claimed = _filter_places(
            # (_capital_of is False for an unresolved place or a settlement: no call for most places)
            [pm for pm in place_list if pm.place is None or pm.place.kind is _SETTLEMENT or not _capital_of(sent, pm)],
            rule,
            entered,
        )
        for actor, via_pronoun in actor_list:
            for pm in claimed:
                # "entered parts of Gondar": fighting inside the town, not its capture
                partial = entered and _PART_OF.search(report.body, max(sent.start, pm.mention.start - 30), pm.mention.start)
                out.append(
                    _claim(
                        report,
                        sent,
                        rule,
                        Status.ATTACKING if partial else status,
                        actor,
                        via_pronoun,
                        pm,
                        share,
                        trig,
                        pos,
                        info,
                    )
                )
                if left is not None or (repulsed is not None and repulsed.group("dir") == "out"):
                    out.append(_claim(report, sent, rule, Status.LOST, actor, via_pronoun, pm, None, trig, pos, info))
    out.extend(_hooks(report, sent, rule, m, skel, pos, ents, info, trig))
    out.extend(_aftermath(report, sent, rule, m, skel, pos, ents, info, out))
    return out


def _more_places(skel: str, end: int, ents: _Entities) -> list[PlaceMention]:
    """Places that carry on a matched list: "including A and B", ", as well as C to the west"."""
    out: list[PlaceMention] = []
    for _ in range(3):  # (a list goes on at most a few times)
        more = _NOTABLY.match(skel, end) or (
            _CONTINUED.match(skel, end) if _may_continue(skel, end) else None
        )  # (anchored at ``end``)
        if more is None:
            break
        out += _places(more.group("p"), ents)
        end = more.end("p")
    return out


def _may_continue(skel: str, end: int) -> bool:
    """Whether ``_CONTINUED`` can match at ``end``: it needs one of its linking words after it (most
    sentences hold none, and the expression explores its optional adverbials before it fails)."""
    return any(skel.find(f" {word}", end) != -1 for word in _LINKS)


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
    for n, (regex, statuses) in enumerate(_LOSER_TAILS if _ANY_LOSER_HINT.search(tail) else ()):
        if _LOSER_HINTS[n].search(tail) is None:
            continue  # a cheap test first: most tails hold none of the words these need
        if any(c.status in statuses for c in gains):
            for t in regex.finditer(tail):
                if n == 1:  # "drove X out": only when the gainer (or nobody named) does the driving
                    doers = [a.actor for a, _ in _actors(tail[: t.start("b")], ents)]
                    if doers and doers[-1] not in gainers:
                        continue
                losers.append((t.group("b"), m.end() + t.start("b")))
    places = {c.place_key or c.place: c for c in gains} if losers else {}  # (most tails name no loser)
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
    rest = m.group("rest") if "rest" in m.re.groupindex else None
    if rest is None:
        return out
    if rule.name == "faces-assaults":
        target = m.group("p") or m.group("p2")
        if not target:
            return out
        for b in _BY.finditer(rest):
            for actor, via in _actors(b.group("a"), ents):
                for pm in _filter_places(_places(target, ents), rule):
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
                for pm in _filter_places(_places(ap.group("p"), ents), rule):
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
        # "⟨P⟩ has never been attacked and remains in X hands": a negation in a coordinated first
        # predicate is not this one's
        cut = skel.rfind(" and ", start, trig)
        # ("could push toward ⟨P⟩, which remains in X hands": a relative clause states its own fact)
        relative = _RELATIVE.search(skel, start, trig) is not None
        negated = bool(_HARD_NEG.search(skel, cut if cut != -1 else start, trig + 1)) or bool(
            _PLAIN_NEG.search(skel, clause_start, start) if start > clause_start and not relative else False
        )
    else:
        # ("the STC, which seeks to restore the southern state, already controls ⟨P⟩": a relative clause
        # closed before the trigger speaks of something else)
        if ", " in window:
            window = _CLOSED_RELATIVE.sub(",", window)
        negated = bool(_HARD_NEG.search(window))
    attempt = bool(_ATTEMPT.search(inner)) or bool(_ATTEMPT.search(skel[trig : trig + 30].split(" ", 1)[0]))
    return negated, attempt


_SETTLEMENT = Kind.SETTLEMENT  # (a module global: one lookup instead of two in the claim loop)
_CAPITAL_OF = re.compile(r"\bcapitals? of (?:the )?$", re.I)


def _capital_of(sent: Sentence, pm: PlaceMention) -> bool:
    """ "the capital of Anbar province had been wrested back": the province's capital city is meant, which
    the text does not name; never the province (a town's name after it is the town: "the district capital
    of Macomia")."""
    if pm.place is None or pm.place.kind is Kind.SETTLEMENT:
        return False
    at = pm.mention.start - sent.start
    return at > 0 and _CAPITAL_OF.search(sent.text, max(0, at - 14), at) is not None


def _filter_places(places: list[PlaceMention], rule: Rule, entered: bool = False) -> list[PlaceMention]:
    """Whole countries are claims only for explicit control verbs, never beside a place within them and never
    for an entry ("since it first entered Syria in 2016" is an incursion, not holding it)."""
    specific = [pm for pm in places if not (pm.place is not None and pm.place.kind is Kind.COUNTRY)]
    if specific and len(specific) < len(places):
        return specific
    if entered or not rule.country_ok:
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
    quotes = info.quotes
    quoted = bool(quotes) and any(s <= at < e for s, e in quotes)
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
            info.claim_id(key, actor.actor, _VALUES[status], mention.text),
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
            _rounded(confidence),
            sent.start,
            sent.end,
            sent.text,
            report.source,
            report.url,
        )
    )


_ROUNDED: dict[float, float] = {}


def _rounded(confidence: float) -> float:
    """``round(min(confidence, 1.0), 3)``, remembered: a claim's confidence is a rule's times a few fixed
    factors, so few values occur, and ``round`` to digits costs several dictionary lookups."""
    got = _ROUNDED.get(confidence)
    if got is None:
        if len(_ROUNDED) > 10_000:
            _ROUNDED.clear()
        got = _ROUNDED[confidence] = round(min(confidence, 1.0), 3)
    return got


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
_VALUES = {s: s.value for s in Status}  # (an enum's ``.value`` is a slow descriptor; this is one lookup)


def _new_claim(values: tuple[object, ...]) -> Claim:
    """``Claim(*values)`` without the frozen dataclass's 26 ``object.__setattr__`` calls (a third of the
    time): the same fields in the instance dictionary, so the same record (equality, hash, repr)."""
    claim = object.__new__(Claim)
    claim.__dict__.update(zip(_CLAIM_FIELDS, values, strict=True))
    return claim


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
