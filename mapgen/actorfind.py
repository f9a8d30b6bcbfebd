"""Finding actor mentions in a body: one Aho-Corasick pass, then context rules for generic names.

Why Aho-Corasick: the registry holds a few thousand names and wire copy must be read at thousands
of reports a second; a regular-expression alternation of that size backtracks at every position.

Case: ALL-CAPS names (``IS``, ``SDF``, ``M23``) match only as written, so the acronym ``IS`` is never
the verb "is"; every other name ignores case. Apostrophes: curly and straight ones are the same, and
a name with one also matches with the apostrophe lost ("People s Defence Forces").

Generic names are resolved by the country a passage is about (anchors: country names, demonyms, and
resolved places passed in): the nearest anchor in the same sentence, then later in the sentence,
then earlier sentences, then the report's countries. Anaphors ("the jihadists") refer back to the
nearest earlier actor of a matching kind.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import ahocorasick

from .countries import country_names as names_of_countries
from .countries import demonym_countries
from .countries import demonyms as country_demonyms
from .groupnames import (
    FORCES_WORD,
    GROUP_HEAD,
    NAME_BEFORE,
    demonym_before,
    head_word,
    name_starting,
    names_a_group,
)
from .model import ActorMention
from .text import fold, sentences

if TYPE_CHECKING:
    from .actors import ActorRegistry

_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_HELD_SUFFIXES = (
    "-held",
    "-controlled",
    "-occupied",
    "-run",
    "-administered",
    "-dominated",
    "-besieged",
    "-led",
    "-seized",
)
# "in Ukrainian hands", "under army control", "under rebel rule": an adjective names its actor here too.
_HANDS_SUFFIXES = (
    " hands", " control", " rule", " occupation", " fire", " shelling", " bombardment", " attack", " attacks",
    " assault", " offensive", " missile", " missiles", " air strike", " air strikes", " airstrike",
    " airstrikes", " drone", " drones", " rocket", " rockets", " strike", " strikes", " shells", " warplanes",
    " jets", " units", " positions", " garrison", " garrisons", " defenders", " lines", " defences",
    " defenses", " special forces", " assault groups", " marines", " paratroopers", " commandos", " soldiers",
    " fighters", " brigades", " battalions", " warships", " navy", " gunboats", " artillery", " troops",
    " forces", " stronghold", " strongholds", " bastion", " heartland", " aircraft", " helicopters",
    " planes",
)
# "Ethiopia's government", "Ukraine's military": a country's own forces (its registered government actor).
_COUNTRY_FORCES = re.compile(
    r"'s (?:own |exiled |interim |transitional |internationally recognised |un-recognised )?"
    r"(?:government|army|military|armed forces|forces|troops|soldiers|defence ministry|defense ministry)\b"
    r"(?! of\b)"  # "Libya's Government of National Accord" is a name of its own
)
# "Ukraine has pulled its troops out of Vuhledar": a country as the subject of a military verb is its forces.
_COUNTRY_ACTS = re.compile(
    r" (?:has |have |had )?(?:also |now |since |finally |still )?(?:pulled|withdrawn|withdrew|captured|"
    r"seized|retaken|retook|recaptured|taken|took|lost|regained|annexed|occupied|occupies|controls|holds|launched|said|"
    r"says|announced|claimed|confirmed|admitted|acknowledged|denied|denies|did not|does not|declined|refused|"
    r"seizes|captures|takes|retakes|recaptures|withdraws|pulls|claims|launches|annexes|occupy|control|hold|"
    r"accused|insisted|insists|warned|hoped|hopes|wanted|wants|feared|fears|expected|expects)\b(?! by\b)"
)
# "Ethiopia's seizure of Baidoa", "Ukraine's withdrawal from Avdiivka": a country's deed is its forces'.
_COUNTRY_DEED = re.compile(
    r"'s (?:[\w-]+ )?(?:capture|recapture|seizure|takeover|conquest|liberation|withdrawal|retreat|pullout|"
    r"pull-out|loss|siege|encirclement|blockade|assault|offensive|counter-offensive|counteroffensive|attack|"
    r"bombardment|shelling|incursion|occupation) (?:of|on|from|against|into)\b"
)
# "troops fighting in Somalia said": after a preposition the name is a place, not the subject
_PLACE_PREPOSITIONS = (
    " in ", " from ", " of ", " to ", " into ", " across ", " with ", " near ", " against ", " for ",
    " over ", " inside ", " throughout ", " around ", " outside ", " at ", " on ",
)
# ("Rebels in the Central African Republic said ...")
_PLACE_PREPOSITIONS_THE = tuple(f"{p}the " for p in _PLACE_PREPOSITIONS)
# "forces loyal to Yemen's exiled President Abedrabbo Mansour Hadi", "troops loyal to the government": the
# government forces of the country named inside, else of the passage's country.
_LOYAL = re.compile(
    r"\b(?i:forces|troops|fighters|soldiers|units|militias|gunmen) loyal to (?:the )?(?:[\w'-]+ ){0,3}?"
    r"(?i:president|prime minister|interim president|government|interim government|transitional government)\b"
    # ("the Government of National Accord" is a name: the loyal-to phrase names it, not a generic government)
    r"(?! of [A-Z])(?: (?!Said\b|Says\b)[A-Z][\w'-]+){0,4}"
)
# "two cities held by Kyiv": a state's name as the agent of control.
_GROUP_AFTER = (" militant group", " shiite movement", " shia movement", " shiite group", " shia group",
                " movement", " militia", " armed group", "'s hezbollah", " hezbollah", " islamist group")
_FACILITY_AFTER = (" outpost", " base", " bases", " camp", " camps", " airport", " airbase", " air base",
                   " barracks", " academy", " hospital", " headquarters", " compound", " checkpoint",
                   " garrison")
_BORDER_AFTER = (" border", " frontier", "-border", " side of the border")
# "an important hub for trade with Uganda", "refugees who fled into Uganda": the country is elsewhere
_ELSEWHERE_BEFORE = ("trade with ", "ties with ", "relations with ", "border with ", "frontier with ",
                     "fled to ", "fled into ", "crossed into ", "fleeing to ", "fleeing into ", "escaped to ",
                     "escaped into ")
_BY_STATE = (
    "held by ", "controlled by ", "occupied by ", "in the hands of ", "under the control of ", "retaken by ",
    "recaptured by ", "captured by ", "liberated by ", "seized by ", "annexed by ",
)
_STATE_HOLDS = ("'s control", "'s full control", "'s hands", "\u2019s control", "\u2019s hands")
# "Islamic State-linked insurgents" are not Islamic State: a name before these is a modifier (and with the
# first five, the group whose fighters they are).
_LINKED = ("-linked", "-affiliated", "-aligned", "-inspired", "-loyal")
_MODIFIER_SUFFIXES = (
    "-linked",
    "-affiliated",
    "-allied",
    "-inspired",
    "-aligned",
    "-backed",
    "-supported",
    "-trained",
    "-armed",
    "-funded",
    "-sponsored",
    "-leaning",
    "-loyal",
)
_POSSESSIVES = ("its ", "their ", "his ", "her ")
_FROM_COUNTRY = re.compile(r" from (?:neighbou?ring |nearby )?(?=[a-z])")
# "IS fighters", "HTS militants": a head noun after a name belongs to the mention.
_HEAD = re.compile(
    # (a word that describes the group may come first: "the Taleban Islamic militia", "Houthi rebel fighters")
    r"(?: (?:islamic|islamist|rebel|militant|jihadist|armed|separatist|guerrilla|insurgent))?"
    r" (?:militia|assault groups|assault units|assault troops|special forces|battalions|brigades|marines|"
    r"paratroopers|"
    r"fighters|militants|troops|forces|rebels|jihadists|soldiers|gunmen|units|insurgents|"
    r"militiamen|paramilitaries|extremists|members|loyalists|commanders|operatives|combatants|"
    r"mercenaries|allies|artillery|warplanes|aircraft|jets|drones|gunboats|helicopters|tanks|snipers|"
    r"assailants|attackers|guerrillas|militias)\b"
)
_ANAPHOR_MODIFIERS = (
    "last",
    "remaining",
    "last remaining",
    "few remaining",
    "retreating",
    "fleeing",
    "defeated",
)
_SUSPENDED = re.compile(r"- (?:and|or) ")  # "rebel- and loyalist-controlled"
# Malian, Congolese, Iraqi, Turkish, French, Nigerien, Burkinabe: the endings of demonyms
_DEMONYM_END = re.compile(r"(?:an|ese|i|ish|ch|en|be|ic)$")
_COORD = re.compile(r"(?<![\w.])((?:[A-Z][\w-]+ )?[A-Z][\w.-]+)(?:,| and|, and) $")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "U.S.", "U.K."
_ARMS = ("warplanes", "jets", "fighter jets", "aircraft", "helicopters", "helicopter gunships", "gunships",
         "drones", "artillery", "warships", "tanks", "armoured vehicles", "armored vehicles",
         "armoured columns", "armored columns", "tank columns", "armour", "armor", "columns", "convoys")
_FORCE_HEAD = re.compile(r" (?:forces|troops|soldiers|units)$")
_ANAPHOR_WINDOW = 1500  # characters back to look for what "the jihadists" refers to
_OF_GROUP = re.compile(r" (?:of|from) (?:the )?")
_AFTER_NAME = re.compile(r"\)? | \([^)]{1,20}\) ")
_STATE_WORDS = re.compile(r"(?:forces|troops|army|soldiers|military|armed forces|security forces|units)")
_FORWARD_WINDOW = 400  # characters ahead an anaphor with no antecedent may find its group

# Entry types.
ALIAS, GENERIC, GOV, ADJ, GOVADJ, ANAPHOR, COUNTRY = range(7)
_OWN_FORCES = ("army", "military", "armed forces", "troops", "soldiers", "security forces", "forces")
_MUTINOUS_BEFORE = re.compile(
    r"\b(?:dissident|renegade|mutinous|mutineering|breakaway|defecting|deserting|rebel|rebellious) $"
)
_REBEL_WORD = re.compile(r"\b(?:rebels?|insurgents?|guerrillas?)\b", re.I)


@dataclass(frozen=True)
class _Entry:
    kind: int
    exact: str | None  # the spelling required (ALL-CAPS names), else None
    payload: tuple[str, ...]  # actor names, kinds (anaphors) or a country code


def _variants(name: str) -> set[str]:
    name = name.translate(_APOS)
    out = {name}
    if "'" in name:
        out |= {name.replace("'", " "), name.replace("'", "")}
    # the press writes "al-Qaeda", "Al Qaeda" and "al-Qaida" for the same article and name
    if re.search(r"\b[Aa]l-", name):
        out |= {re.sub(r"\b([Aa]l)-", r"\1 ", v) for v in out}
    if "Qaeda" in name:
        out |= {v.replace("Qaeda", "Qaida") for v in out}
    return out


def _exact(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


class Matcher:
    """An automaton over every name in a registry."""

    def __init__(self, registry: ActorRegistry) -> None:
        self.registry = registry
        self.automaton = ahocorasick.Automaton()
        table: dict[str, list[_Entry]] = {}

        def add(name: str, kind: int, payload: tuple[str, ...]) -> None:
            for v in _variants(name):
                key = v.lower()
                if not key.strip():
                    continue
                table.setdefault(key, []).append(_Entry(kind, v if _exact(v) else None, payload))

        generic: dict[str, list[str]] = {}
        adjectives: dict[str, list[str]] = {}
        for a in registry.actors:
            for n in (a.name, *a.aliases):
                add(n, ALIAS, (a.name,))
            for n in a.generic:
                generic.setdefault(n, []).append(a.name)
            for n in a.adjectives:
                adjectives.setdefault(n, []).append(a.name)
        # "Chadian warplanes", "Malian helicopters": a state's aircraft and guns are its government's forces
        for a in registry.actors:
            for cc in a.government_of:
                for d in registry.countries.get(cc, ())[1:]:
                    if _DEMONYM_END.search(d):
                        for head in _ARMS:
                            if f"{d} {head}".lower() not in table:
                                add(f"{d} {head}", ALIAS, (a.name,))
        self._unregistered_government = self._by_demonym(registry, "government forces")
        # Who governs each country, in registry order; an actor with a period only on its dates.
        self._governors = [
            (cc, a.government_from, a.government_until, a.name)
            for a in registry.actors
            for cc in a.government_of
        ]
        # "Burundi's army", "Mexico's military": a state's forces named after it, its one undated government's
        # (else the government the registry lacks, unregistered); states whose governments changed are left to
        # the generic reading, which knows the report's date
        governors: dict[str, list[tuple[str, str | None, str | None, str]]] = {}
        for g in self._governors:
            governors.setdefault(g[0], []).append(g)
        for cc, called in names_of_countries().items():
            govs = governors.get(cc, [])
            if len(govs) > 1 or any(since or until for _, since, until, _ in govs):
                continue
            forces = govs[0][3] if govs else self._unregistered_government.get(cc)
            if forces is None:
                continue
            for n in called:
                for head in _OWN_FORCES:
                    if f"{n}'s {head}".lower() not in table:
                        add(f"{n}'s {head}", ALIAS, (forces,))
        for n, names in generic.items():
            add(n, GENERIC, tuple(names))
        self.generic = {n.lower(): tuple(names) for n, names in generic.items()}
        for n, names in adjectives.items():
            add(n, ADJ, tuple(names))
        for n in registry.government_generic:
            add(n, GOV, ())
        for n in registry.government_adjectives:
            add(n, GOVADJ, ())
        for n, kinds in registry.anaphors.items():
            add(n, ANAPHOR, kinds)
            if n.startswith("the "):  # "the last jihadists", "the remaining militants"
                for mod in _ANAPHOR_MODIFIERS:
                    add(f"the {mod} {n[4:]}", ANAPHOR, kinds)
        for cc, country_names in registry.countries.items():
            for n in country_names:
                add(n, COUNTRY, (cc,))
        for cc, seats in registry.capitals.items():
            for n in seats:
                add(n, COUNTRY, (cc,))
        self._unregistered_rebels = self._by_demonym(registry, "rebels")
        known = {a.name for a in registry.actors}
        self._synthetic = (
            frozenset(self._unregistered_government.values()) | frozenset(self._unregistered_rebels.values())
        ) - known
        # The names the registry lists for a country after its own: a coordinated word must be one of
        # them (and a demonym, not "Donbas") to name a state's forces ("Rwandan and Mozambican troops"),
        # not a mere place that ends like one ("just east of Yafran, Gadhafi's forces").
        self.demonyms = frozenset(n.lower() for names in registry.countries.values() for n in names[1:])
        # Names that may act for their state: the country's own name and its seat of government, never a
        # demonym or a region listed as context ("Darfur", "Tigray").
        self.state_names = {names[0].lower() for names in registry.countries.values() if names} | {
            n.lower() for names in registry.capitals.values() for n in names
        }
        for key, entries in table.items():
            # An alias beats a generic reading of the same words ("the coalition" listed twice is fine).
            entries.sort(key=lambda e: e.kind)
            # Most names need no test at a hit (no exact spelling, no adjective): their country and actor
            # readings are split once here instead of at every hit.
            plain = all(e.exact is None and e.kind not in (ADJ, GOVADJ) for e in entries)
            country_entries = tuple(e for e in entries if e.kind == COUNTRY)
            actor_entries = tuple(e for e in entries if e.kind != COUNTRY)
            # (and whether the actor readings are all generic: tested at every hit that has some)
            generic_only = all(e.kind in (GOV, GENERIC) for e in actor_entries)
            self.automaton.add_word(
                key, (len(key), tuple(entries), plain, country_entries, actor_entries, generic_only)
            )
        self.automaton.make_automaton()
        self._dated = tuple(a for a in registry.actors if a.active_from or a.active_until)
        self._on_date: dict[str | None, tuple[dict[str, str], dict[str, str], frozenset[str]]] = {}
        self.kinds = {a.name: a.kind for a in registry.actors}
        known = {a.name for a in registry.actors}
        self.branches: dict[str, dict[str, str]] = {
            a.name: {cc: b for cc, b in a.branches if b in known} for a in registry.actors if a.branches
        }
        # A state's own forces ("Ankara launched ..."): its registered government, else the state or foreign
        # actor named after it ("Turkish forces" for TR). Not a government for generic names: "government
        # forces" near "Turkish" stay Syrian.
        self._named_forces: dict[str, str] = {}
        for a in registry.actors:
            if a.kind in ("state", "foreign"):
                for cc in a.countries:
                    demonyms = tuple(f"{d.lower()} " for d in registry.countries.get(cc, ()))
                    if a.name.lower().startswith(demonyms):
                        self._named_forces.setdefault(cc, a.name)
        # "Iraqi forces", "Libyan army": a current government's names made of its country's demonym and a word
        # for forces, which in a report from another government's time mean that government's forces
        current = self.on_date(None)[0]
        self._state_words: dict[str, str] = {}
        for cc, name in current.items():
            words = [d.lower() for d in registry.countries.get(cc, ())]
            actor = registry.get(name)
            for alias in actor.aliases if actor is not None else ():
                low = alias.lower()
                if any(_STATE_WORDS.fullmatch(low, len(d) + 1) and low.startswith(d + " ") for d in words):
                    self._state_words[low] = cc
        self.by_country: dict[str, list[str]] = {}
        for a in registry.actors:
            for cc in a.countries:
                self.by_country.setdefault(cc, []).append(a.name)

    @staticmethod
    def _by_demonym(registry: ActorRegistry, what: str) -> dict[str, str]:
        """Each country's ``what`` under a name made of its demonym, for a government or rebels the registry
        lacks (reported as unregistered actors: "Mexican government forces", "Ivorian rebels"): the demonym
        the registry lists for the country, else the country's in geodata."""
        demonym = dict(country_demonyms())
        demonym.update(
            (cc, d)
            for cc, names in registry.countries.items()
            for d in [next((n for n in names[1:] if _DEMONYM_END.search(n) and not n.endswith("s")), None)]
            if d is not None
        )
        return {cc: f"{d} {what}" for cc, d in demonym.items()}

    def on_date(self, when: dt.date | None) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
        """What the registry says on ``when`` (undated: today): who governs each country, each country's own
        forces (its government, else the state actor named after it), and the actors that did not fight
        then (``active_from``/``active_until``)."""
        key = when.isoformat() if when is not None else None
        got = self._on_date.get(key)
        if got is None:
            government: dict[str, str] = {}
            for cc, since, until, name in self._governors:
                if since is None and until is None:
                    continue
                # (undated reports get today's governments: those whose period is still open)
                if (since or "") <= key <= (until or "9999") if key is not None else until is None:
                    government.setdefault(cc, name)
            for cc, since, until, name in self._governors:
                if since is None and until is None:
                    government.setdefault(cc, name)
            if key is not None:
                # before a secession the old state's government governed ("the army" at Juba in 1997)
                for cc, (was, independent) in self.registry.secessions.items():
                    old = government.get(was) or self._unregistered_government.get(was)
                    if key < independent and old:
                        government[cc] = old  # ("Indonesian government forces" in East Timor in 1999)
            forces = {**self._named_forces, **government}
            inactive = frozenset(a.name for a in self._dated if not a.active(key))
            if len(self._on_date) > 4096:  # a corpus spans many dates: keep the cache bounded
                self._on_date.clear()
            got = self._on_date[key] = (government, forces, inactive)
        return got

    # -------------------------------------------------------------------------------------------
    def find(
        self,
        body: str,
        countries: tuple[str, ...],
        anchors: tuple[tuple[int, str], ...],
        spans: Sequence[tuple[int, int]] | None = None,
        when: dt.date | None = None,
    ) -> list[ActorMention]:
        government, state_forces, inactive = self.on_date(when)
        straight = body.translate(_APOS)
        lowered = straight.lower()
        if len(lowered) != len(body):  # a few characters change length when lowered: keep offsets
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in straight)
        raw: list[tuple[int, int, tuple[_Entry, ...]]] = []
        modifiers: dict[int, int] = {}  # where "Islamic State-linked " ends -> where it starts
        linked: dict[int, str] = {}  # where "IS-linked " ends -> the group it names
        country_anchors = [(p, cc) for p, cc in anchors if not lowered.endswith(_ELSEWHERE_BEFORE, 0, p)]
        country_from: dict[int, int] = {}  # end of a country's name or demonym -> its start
        country_at: dict[int, str] = {}
        n = len(body)
        for end_idx, payload in self.automaton.iter(lowered):
            length, entries, plain, countries_of, actors_of, generic_of = payload
            start, end = end_idx - length + 1, end_idx + 1
            if (start > 0 and lowered[start - 1].isalnum()) or (end < n and lowered[end].isalnum()):
                continue
            modified = lowered.startswith(_MODIFIER_SUFFIXES, end)
            if plain and not modified:  # every reading stands: the split made when the automaton was built
                ok, countries_here, actorish, generic_only = entries, countries_of, actors_of, generic_of
            else:
                ok = tuple(
                    e
                    for e in entries
                    if (e.exact is None or straight[start:end] == e.exact)
                    and (
                        e.kind not in (ADJ, GOVADJ)
                        or lowered.startswith(_HELD_SUFFIXES, end)
                        or lowered.startswith(_HANDS_SUFFIXES, end)
                        or _SUSPENDED.match(lowered, end) is not None
                    )
                    and (e.kind == COUNTRY or not modified)
                )
                countries_here = tuple(e for e in ok if e.kind == COUNTRY)
                actorish = tuple(e for e in ok if e.kind != COUNTRY)
                generic_only = all(e.kind in (GOV, GENERIC) for e in actorish)
            if modified and any(e.kind == ALIAS for e in entries):
                space = lowered.find(" ", end)
                if space != -1:
                    modifiers[space + 1] = min(start, modifiers.get(space + 1, start))
                    if lowered.startswith(_LINKED, end):  # "IS-linked militants" are the group's own
                        linked[space + 1] = next(e.payload[0] for e in entries if e.kind == ALIAS)
            if not ok:
                continue
            if countries_here:
                cc = countries_here[0].payload[0]
                # "near the Malian border" is not about Mali, nor "the Lebanese militant group Hezbollah"
                # (in a report about Syria) about Lebanon
                if (
                    not lowered.startswith(_BORDER_AFTER, end)
                    and not lowered.startswith(_GROUP_AFTER, end)
                    and not lowered.endswith(_ELSEWHERE_BEFORE, 0, start)
                ):
                    country_anchors.append((start, cc))
                    # (by where it ends too: "Central African rebels", "South Sudanese troops")
                    country_from[end] = min(start, country_from.get(end, start))
                if lowered[start:end] in self.state_names and not lowered.startswith(("'s", "\u2019s"), end):
                    country_at[start] = cc  # a country's own name or seat ("from Chad"), not a demonym
                state = state_forces.get(cc)
                own = (
                    (
                        _COUNTRY_FORCES.match(lowered, end)
                        or (
                            (_COUNTRY_ACTS.match(lowered, end) or _COUNTRY_DEED.match(lowered, end))
                            if lowered[start:end] in self.state_names
                            and not lowered.endswith(_PLACE_PREPOSITIONS, 0, start)
                            and not lowered.endswith(_PLACE_PREPOSITIONS_THE, 0, start)
                            else None
                        )
                    )
                    if not actorish and state is not None
                    else None
                )
                # "two cities held by Kyiv", "retaken by Damascus": a state's name as the agent of control
                by = (
                    not actorish
                    and lowered[start:end] in self.state_names
                    and (
                        lowered.endswith(_BY_STATE, 0, start)
                        # "the easternmost city still under Ukraine's control", "in Kyiv's hands"
                        or (
                            lowered.endswith(("under ", "in "), 0, start)
                            and lowered.startswith(_STATE_HOLDS, end)
                        )
                    )
                )
                if (own is not None or by) and state is not None:
                    stop = own.end() if own is not None and own.re is _COUNTRY_FORCES else end
                    raw.append((start, stop, (_Entry(ALIAS, None, (state,)),)))
                    continue
            if actorish:
                if generic_only and lowered.startswith(_FACILITY_AFTER, end):
                    continue  # "captured the military outpost in Pekon": a place of the army, not the army
                raw.append((start, end, actorish))
        if "loyal to" in lowered:
            self._loyal(straight, lowered, raw, country_anchors, government)
        for m in FORCES_WORD.finditer(straight):
            # "North Vietnamese forces": a word for forces that names nobody alone, after a demonym (the
            # words first: they are rarer than capitalised words)
            if demonym_before(straight, m.start()) is not None:
                raw.append((m.start(), m.end(), (_Entry(GOV, None, ()),)))
        chosen = _leftmost_longest(raw)
        if not chosen:
            return []
        country_anchors.sort()
        demonym_at: dict[int, str] = {}
        for p, cc in country_anchors:
            demonym_at.setdefault(p, cc)
        if countries:  # only the countries the report's places are in say what a passage is about
            country_anchors = [(p, cc) for p, cc in country_anchors if cc in countries]
        ctx = _Context(body, country_anchors, countries, spans, government, inactive)
        out: list[ActorMention] = []
        ahead: list[tuple[int, str]] | None = None  # registered names, built when an anaphor needs them
        alias_at = {s for s, _, es in chosen if es[0].kind == ALIAS}
        last_end = -1
        for start, end, entries in chosen:
            if out and start < out[-1].end:
                continue  # "Lebanese army troops": the head noun a name took in, not a second actor
            prev_end, last_end = last_end, end
            if (
                entries[-1].kind == ANAPHOR  # (sorted by kind: an anaphor reading, perhaps a generic one too)
                and entries[0].kind != ALIAS
                and not lowered.startswith("the ", start)
                and prev_end >= 0
                and _AFTER_NAME.fullmatch(lowered, prev_end, start)
            ):
                continue  # "Islamic State (IS) militants": the head noun of the name before, not an anaphor
            if entries[0].kind != ALIAS and lowered.startswith((" of ", " from "), end):
                link = _OF_GROUP.match(lowered, end)
                if link is not None and link.end() in alias_at:
                    continue  # "militants of al-Shabaab", "jihadists from the ISWAP": the group is who acts
            generic = all(e.kind in (GENERIC, GOV, ADJ, GOVADJ) for e in entries)
            if generic and lowered[max(0, start - 6) : start].endswith(_POSSESSIVES):
                # "its troops", "their fighters": the possessor's forces
                if out and start - out[-1].end < _ANAPHOR_WINDOW:
                    out.append(ActorMention(body[start:end], start, end, out[-1].actor, out[-1].registered))
                continue
            if (
                entries[0].kind == GOV
                and (fm := _FROM_COUNTRY.match(lowered, end)) is not None
                and fm.end() in country_at
            ):
                # "troops from neighbouring Chad": that country's forces, whatever the passage is about (never
                # "rebels from Ethiopia's Tigray region": only a state's troops come from a state)
                forces = state_forces.get(country_at[fm.end()])
                if forces is not None:
                    out.append(ActorMention(body[start:end], start, end, forces, True))
                    continue
            if generic or (entries[0].kind == GENERIC and not lowered.startswith("the ", start)):
                # "Kenyan troops": the demonym decides, and an unknown army stays unregistered (also for a
                # generic word that is an anaphor too: "Eritrean rebels")
                word = re.search(r"([\w-]+)\s+$", body[max(0, start - 30) : start])
                if word and word.group(1).lower().endswith(_MODIFIER_SUFFIXES):
                    word = None  # "Iran-backed insurgents" are not Iran's army
                s0 = start - len(word.group(0)) if word else -1
                if word:  # the whole demonym, of one word or two ("South Sudanese", not "Sudanese"), never
                    # part of a word ("Pro-Russian")
                    s0 = min(s0, country_from.get(s0 + len(word.group(1)), s0))
                cc = demonym_at.get(s0) if word else None
                if cc is not None and word is not None:
                    actor = government.get(cc) if any(e.kind in (GOV, GOVADJ) for e in entries) else None
                    if actor is None:
                        actor = next(
                            (
                                a
                                for e in entries
                                if e.kind in (GENERIC, ADJ)
                                for a in e.payload
                                if cc in self._countries(a) and a not in inactive
                            ),
                            None,
                        )
                    # "French and Malian troops": two actors
                    out.extend(reversed(self._coordinated(body, s0, demonym_at, government)))
                    if actor is not None:
                        out.append(ActorMention(body[s0:end], s0, end, actor, True))
                    else:
                        out.append(ActorMention(body[s0:end], s0, end, body[s0:end], False))
                    continue
                unknown = demonym_before(body, start) if word else None
                rebels = unknown is not None and _REBEL_WORD.search(body, start, end) is not None
                if (
                    unknown is not None
                    # (a state's forces or rebels; "Dutch peacekeepers" are still the UN's)
                    and (rebels or any(e.kind in (GOV, GOVADJ) for e in entries))
                ):
                    # "Tanzanian troops", "Biafran forces", "North Vietnamese units": a demonym the registry
                    # lacks is still who acts (never the generic reading, the army of the passage's country)
                    s0, known = unknown.start(1), demonym_countries().get(fold(unknown.group(1)))
                    actor = self._unknown_state_forces(known, rebels, government) if known else None
                    # (one name whatever the head noun: "Biafran troops" and "Biafran units" are one actor)
                    actor = actor or f"{unknown.group(1)} {'rebels' if rebels else 'forces'}"
                    out.append(ActorMention(body[s0:end], s0, end, actor, False))
                    continue
            named = (
                NAME_BEFORE.search(body, max(0, start - 50), start) or name_starting(body, start)
                if entries[0].kind != ALIAS and GROUP_HEAD.fullmatch(lowered, start, end)
                else None
            )
            if named is not None and names_a_group(named.group(1)):
                # "clashes with Simba rebels", "as Khmer Rouge insurgents advanced": a group the registry
                # lacks, named before the word for its fighters (at a sentence's start as name_starting says)
                s0 = named.start(1)
                out.append(ActorMention(body[s0:end], s0, end, " ".join(body[s0:end].split()), False))
                continue
            if ahead is None:
                ahead = [(s, e.payload[0]) for s, _, es in chosen for e in es[:1] if e.kind == ALIAS]
                ahead += sorted(linked.items())  # ("Islamic State-linked insurgents" name the group too)
            if entries[0].kind == GOV and (dm := _MUTINOUS_BEFORE.search(lowered, max(0, start - 14), start)):
                # "dissident troops", "mutinous soldiers": a mutiny against the state, never its forces;
                # named as written, unregistered
                s0 = dm.start()
                out.append(ActorMention(body[s0:end], s0, end, " ".join(lowered[s0:end].split()), False))
                continue
            actor = linked.get(start) if entries[0].kind != ALIAS else None
            actor = actor or self._resolve(body, start, end, entries, ctx, out, ahead)
            if actor is not None:
                head = _HEAD.match(lowered, end)
                if head and (not generic or all(e.kind in (ADJ, GOVADJ) for e in entries)):
                    end = head.end()  # "Ukrainian units": the adjective's head noun belongs to the mention
                # "Islamic State-linked insurgents": the modifier belongs to the mention, not another actor
                start = modifiers.get(start, start)
                if start in demonym_at or _FORCE_HEAD.search(body, start, end):
                    # "French and Malian troops", "Afghan and NATO forces"
                    out.extend(reversed(self._coordinated(body, start, demonym_at, government)))
                if actor in self._synthetic:
                    out.append(ActorMention(body[start:end], start, end, actor, False))
                else:
                    out.append(_mention(body[start:end], start, end, actor))
        if when is not None and self._state_words:
            words = self._state_words  # (most mentions are none of them: no call for those)
            out = [self._of_the_time(a, government) if a.text.lower() in words else a for a in out]
        branches = self.branches  # (most actors have no branches: no call for them)
        return [self._branch(a, ctx) if a.actor in branches else a for a in out] if branches else out

    def _of_the_time(self, a: ActorMention, government: dict[str, str]) -> ActorMention:
        """ "Iraqi forces" in a report from March 2003: the government of that date (Saddam Hussein's)."""
        cc = self._state_words.get(a.text.lower())
        then = government.get(cc) if cc is not None else None
        return _mention(a.text, a.start, a.end, then) if then is not None and then != a.actor else a

    def _branch(self, a: ActorMention, ctx: _Context) -> ActorMention:
        """ "Islamic State" in a passage about Nigeria: the registered West African branch."""
        branches = self.branches.get(a.actor)
        got = ctx.pick(a.start, a.end, branches.get) if branches else None
        return _mention(a.text, a.start, a.end, got) if got else a

    def _loyal(
        self,
        straight: str,
        lowered: str,
        raw: list[tuple[int, int, tuple[_Entry, ...]]],
        anchors: list[tuple[int, str]],
        government: dict[str, str],
    ) -> None:
        """Add "forces loyal to (the country's) president ..." to the hits, as its government's forces."""
        for m in _LOYAL.finditer(straight):
            start, end = m.span()
            inside = [cc for p, cc in anchors if start <= p < end and cc in government]
            entry = _Entry(ALIAS, None, (government[inside[0]],)) if inside else _Entry(GOV, None, ())
            raw.append((start, end, (entry,)))

    def _coordinated(
        self, body: str, s0: int, demonym_at: dict[int, str], government: dict[str, str]
    ) -> list[ActorMention]:
        """The coordinated demonyms before a generic head ("Rwandan and Mozambican troops", "British, U.S. and
        Afghan forces"), last first."""
        out: list[ActorMention] = []
        while len(out) < 4 and (m := _COORD.search(body, max(0, s0 - 40), s0)) is not None:
            word, s0 = m.group(1), m.start(1)
            # "African Union and Somali government troops": a registered name with the shared head noun
            heads = (self.registry.get(word + head) for head in (" forces", " troops"))
            named = next((n for n in heads if n is not None), None)
            if named is not None:
                out.append(ActorMention(word, s0, m.end(1), named.name, True))
                continue
            cc = demonym_at.get(s0)
            if cc is None or not (
                (word.lower() in self.demonyms and _DEMONYM_END.search(word)) or _INITIALS.fullmatch(word)
            ):
                break  # "In Ukraine, Russian forces", "the Donbas, and Russia": a place, not a demonym
            actor = government.get(cc) or next(
                (a for a in self.by_country.get(cc, ()) if self.kinds.get(a) in ("state", "foreign")), None
            )
            if actor is None:
                break
            out.append(ActorMention(word, s0, m.end(1), actor, True))
        return out

    def _unknown_state_forces(self, cc: str, rebels: bool, government: dict[str, str]) -> str | None:
        """The actor "<demonym> troops" or "<demonym> rebels" names for a country the registry lists no
        names of: its government, else the synthetic government forces or rebels named after it."""
        if rebels:
            return self._unregistered_rebels.get(cc)
        return government.get(cc) or self._unregistered_government.get(cc)

    def _fighting_in(self, names: tuple[str, ...]) -> Callable[[str], str | None]:
        """A chooser for :meth:`_Context.pick`: the first of ``names`` that fights in the country given."""
        return lambda cc: next((a for a in names if cc in self._countries(a)), None)

    def _own(self, got: str | None, ctx: _Context, start: int, text: str) -> str | None:
        """``got``, a group picked by country for a generic name or an anaphor (``text``), unless it fights
        neither in the report's main country nor in the country of the sentence's first place: "The rebels
        also hold Korhogo ... near the border with Mali" in an Ivory Coast report are not Mali's rebels.
        Rebels the registry lacks are then that country's, unregistered ("Ivorian rebels"); others nobody."""
        first = ctx.first_country(start)
        own = {*ctx.countries[:1], *first}
        if got and own and not own & set(self._countries(got)):
            if _REBEL_WORD.search(text):
                return self._unregistered_rebels.get((first or list(ctx.countries[:1]))[0])
            return None
        return got

    def _resolve(
        self,
        body: str,
        start: int,
        end: int,
        entries: tuple[_Entry, ...],
        ctx: _Context,
        previous: list[ActorMention],
        ahead: Sequence[tuple[int, str]] = (),
    ) -> str | None:
        for e in entries:
            if e.kind == ALIAS:
                # a name two actors bore is the one's that fought then ("SPLA": Sudan's rebels until 2011,
                # South Sudan's army since)
                if e.payload[0] in ctx.inactive:
                    for x in entries:
                        if x.kind == ALIAS and x.payload[0] not in ctx.inactive:
                            return x.payload[0]
                return e.payload[0]
            if e.kind in (GENERIC, ADJ):
                names = tuple(a for a in e.payload if a not in ctx.inactive)
                if len(names) == 1 and not ctx.anchors and not ctx.countries:
                    return names[0]
                fights_in = self._fighting_in(names)
                got = ctx.pick(start, end, fights_in)
                if got and e.kind in (GENERIC, ADJ):
                    # "Rebels in the Central African Republic captured ...", "under rebel control": never a
                    # group that fights only elsewhere (Chad's rebels, because Chad is named in another
                    # paragraph; Angola's UNITA in a report about Congo)
                    here = ctx.sentence_countries(start)
                    if here and not here & set(self._countries(got)):
                        got = ctx.pick(
                            start, end, lambda cc, ok=here, f=fights_in: f(cc) if cc in ok else None
                        )
                    got = self._own(got, ctx, start, body[start:end])  # (never a neighbour's rebels)
                if got:
                    return got
                if e.kind == ADJ and len(names) == 1 and (
                    not ctx.countries or set(self._countries(names[0])) & set(ctx.countries)
                ):  # "Russian-held": only one actor it can be (never a jihadist group of another war)
                    return names[0]
            elif e.kind in (GOV, GOVADJ):
                got = ctx.pick(start, end, ctx.government.get, main_first=True)
                main = ctx.countries[0] if ctx.countries else None
                if got and main and main not in ctx.government and main not in self._countries(got):
                    # "the government" in a report about Angola, whose government the registry lacks, is
                    # never Ethiopia's because Addis Ababa is named in passing; only a government the
                    # sentence itself places (or one that fights in the main country: Israel's in Gaza)
                    here = ctx.sentence_countries(start)
                    if not any(cc in here for cc, a in ctx.government.items() if a == got):
                        got = None
                if not got and main and main not in ctx.government:
                    # the state's forces the registry names after it ("Turkish forces"), else a government the
                    # registry lacks is still one: "Egyptian government forces", unregistered
                    got = self._named_forces.get(main) or self._unregistered_government.get(main)
                if got:
                    return got
            elif e.kind == ANAPHOR:
                kinds = set(e.payload)
                # "An ethnic armed group said ...": an indefinite description introduces a group, named next
                indefinite = body.startswith(("a ", "an ", "A ", "An "), start)
                for m in () if indefinite else reversed(previous):
                    if start - m.end > _ANAPHOR_WINDOW:
                        break
                    if self.kinds.get(m.actor) in kinds:
                        return _salient(m.actor, previous, kinds, self.kinds)
                    if (
                        not m.registered
                        and " ".join(m.text.split()).lower() == m.actor.lower()
                        and head_word(m.text) == head_word(body[start:end])
                    ):
                        # "Central African rebels ... the rebels": a group the registry lacks, named in full
                        # before and by its head noun now (never "44 rebels", a generic word read as one)
                        return m.actor

                named = {name for _, name in ahead}
                # (a country has many local militias the registry does not know: "the militia" is never the
                # one it knows unless the report names it)
                unnamed_ok = "militia" not in kinds

                def unique(
                    cc: str, kinds: set[str] = kinds, named: set[str] = named, unnamed_ok: bool = unnamed_ok
                ) -> str | None:
                    # the one actor of these kinds in the country: the one the report names, else the only one
                    names = [
                        a
                        for a in self.by_country.get(cc, ())
                        if self.kinds.get(a) in kinds and a not in ctx.inactive
                    ]
                    told = [a for a in names if a in named]
                    if len(told) == 1:
                        return told[0]
                    if len(names) != 1 or told or not unnamed_ok:
                        return None
                    # an unnamed group never when the report names another armed group there ("the rebels"
                    # after "Islamic State-linked insurgents" in Mozambique are those, not Renamo)
                    if any(a not in self.registry.states for a in named):
                        return None
                    return names[0]

                got = self._own(ctx.pick(start, end, unique), ctx, start, body[start:end])
                if got:
                    return got
                # "the rebels" with nobody to refer back to: the generic "rebels" of the passage's country
                words = body[start:end].lower().split()
                while words and words[0] in ("the", *_ANAPHOR_MODIFIERS):
                    words = words[1:]
                names = tuple(a for a in self.generic.get(" ".join(words), ()) if a not in ctx.inactive)
                if names:
                    got = ctx.pick(start, end, self._fighting_in(names))
                    got = self._own(got, ctx, start, body[start:end])
                    if got:
                        return got
                if not previous or indefinite:
                    # a lead that names the group only in the next sentence ("Hundreds of jihadists attacked
                    # Djibo ... The assault, claimed by JNIM, ...")
                    for at, name in ahead:
                        if at > start + _FORWARD_WINDOW:
                            break
                        if at > start and self.kinds.get(name) in kinds:
                            return name
        return None

    def _countries(self, name: str) -> tuple[str, ...]:
        actor = self.registry.get(name)
        return actor.countries if actor else ()


def _salient(
    nearest: str, previous: list[ActorMention], kinds: set[str], kind_of: dict[str, str | None]
) -> str:
    """ "the rebels" after one passing mention of another group ("briefly allied with the Tigrayan rebels")
    is the group the report is about (named three times or more), not the passing one."""
    counts: dict[str, int] = {}
    for a in previous:
        if kind_of.get(a.actor) in kinds:
            counts[a.actor] = counts.get(a.actor, 0) + 1
    top = max(counts, key=lambda name: counts[name])
    return top if counts.get(nearest, 0) == 1 and counts[top] >= 3 else nearest


class _Context:
    """Which country a passage is about, from anchors around an offset."""

    def __init__(
        self,
        body: str,
        anchors: Sequence[tuple[int, str]],
        countries: tuple[str, ...],
        spans: Sequence[tuple[int, int]] | None = None,
        government: dict[str, str] | None = None,
        inactive: frozenset[str] = frozenset(),
    ) -> None:
        self.anchors = list(anchors)
        self.government = government or {}
        self.inactive = inactive
        self.positions = [p for p, _ in self.anchors]
        self.countries = countries
        self._sentences: list[tuple[int, int]] | None = list(spans) if spans is not None else None
        self._starts: list[int] = [s for s, _ in self._sentences] if self._sentences is not None else []
        self.body = body

    def _sentence(self, pos: int) -> tuple[int, int]:
        if self._sentences is None:
            self._sentences = [(s.start, s.end) for s in sentences(self.body)]
            self._starts = [s for s, _ in self._sentences]
        starts = self._starts
        i = bisect.bisect_right(starts, pos) - 1
        return self._sentences[i] if i >= 0 else (0, len(self.body))

    def pick(self, start: int, end: int, choose, main_first: bool = False):
        """The first country around ``start`` for which ``choose`` gives an actor.

        ``main_first``: after the sentence itself, the report's main country comes before earlier
        sentences (bare "soldiers" in a report about Mali are Malian even after "French officers said").
        """
        for cc in self._order(start, end, main_first):
            got = choose(cc)
            if got:
                return got
        return None

    def first_country(self, start: int) -> list[str]:
        """The country of the first place named in the sentence around ``start`` (none: empty)."""
        s0, s1 = self._sentence(start)
        k = bisect.bisect_left(self.positions, s0)
        return [self.anchors[k][1]] if k < len(self.positions) and self.positions[k] < s1 else []

    def sentence_countries(self, start: int) -> set[str]:
        """The countries of the places named in the sentence around ``start``."""
        s0, s1 = self._sentence(start)
        positions = self.positions
        k0, k1 = bisect.bisect_left(positions, s0), bisect.bisect_left(positions, s1)
        return {self.anchors[k][1] for k in range(k0, k1)}

    def _order(self, start: int, end: int, main_first: bool) -> Iterator[str]:
        """The countries :meth:`pick` tries, in turn: the sentence's anchors before the mention (nearest
        first); with ``main_first`` the report's main country, the sentence's anchors after the mention and
        the 12 anchors nearest before the sentence, else those 12, then the ones after the mention; then the
        report's countries and the anchors after the sentence. Yielded one by one, as most picks stop at the
        first: the anchors are sorted by position, so each group is a run of them, found by bisection
        instead of lists over every anchor."""
        s0, s1 = self._sentence(start)
        positions, anchors = self.positions, self.anchors
        i = bisect.bisect_left(positions, start)
        j = bisect.bisect_left(positions, end)
        k0 = bisect.bisect_left(positions, s0, 0, i)  # anchors[k0:i]: in the sentence, before the mention
        k1 = bisect.bisect_left(positions, s1, j)  # anchors[j:k1]: in the sentence, after it
        for k in range(i - 1, k0 - 1, -1):
            yield anchors[k][1]
        earlier = range(k0 - 1, max(k0 - 12, 0) - 1, -1)  # (the 12 nearest before the sentence)
        if main_first:
            yield from self.countries[:1]
            for k in range(j, k1):
                yield anchors[k][1]
            for k in earlier:
                yield anchors[k][1]
        else:
            for k in earlier:
                yield anchors[k][1]
            for k in range(j, k1):
                yield anchors[k][1]
        yield from self.countries
        for k in range(k1, len(anchors)):
            yield anchors[k][1]


def _mention(text: str, start: int, end: int, actor: str) -> ActorMention:
    """``ActorMention(text, start, end, actor, True)`` without the frozen dataclass's ``object.__setattr__``
    calls: the same fields in the instance dictionary, so the same record (equality, hash, repr)."""
    mention = object.__new__(ActorMention)
    mention.__dict__.update(text=text, start=start, end=end, actor=actor, registered=True)
    return mention


def _leftmost_longest(
    raw: list[tuple[int, int, tuple[_Entry, ...]]],
) -> list[tuple[int, int, tuple[_Entry, ...]]]:
    raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    out: list[tuple[int, int, tuple[_Entry, ...]]] = []
    last_end = -1
    for r in raw:
        if r[0] >= last_end:
            out.append(r)
            last_end = r[1]
        elif (
            # "the Government of National Accord", "the Coalition of Patriots for Change": a registered name
            # that a generic one ("the government", "the coalition") overlaps from the left is the name meant
            r[1] > last_end
            and r[2][0].kind == ALIAS
            and all(e.kind != ALIAS for e in out[-1][2])
            and r[0] >= out[-1][0]
        ):
            out[-1] = r
            last_end = r[1]
    return out
