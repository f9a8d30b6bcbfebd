"""Armed groups the registry does not know, found by the way the press names them.

"Fighters of the Oromo Liberation Army and the Gambella Liberation Front (GLF) entered the city": a
capitalised name ending in a word armed groups take (Front, Movement, Brigade, Militia, Army, Alliance) is
an actor even when no registry lists it. Such mentions carry ``registered=False``: their claims are kept
and the build lists them, so the user can add the group to ``[actors]``. An acronym given in brackets
after the name stands for it in the rest of the report.
"""

from __future__ import annotations

import re

from .model import ActorMention

_WORD = r"(?:[A-Z][\w'\u2019-]+|al-[\w'\u2019-]+)"
_NAMED = re.compile(
    rf"\b(?P<np>{_WORD}(?: (?:{_WORD}|of|for|the|and|al|el|wal))*? "
    r"(?:Front|Movement|Brigades?|Battalions?|Militia|Army|Alliance)(?:-[A-Z][a-z]+)?)\b"
    r"(?: \((?P<acr>[A-Z][A-Za-z-]{1,7})\))?"
)
# Words that make no name on their own: "the National Army", "a Liberation Front" name nobody in particular.
_GENERIC = frozenset(
    {
        "The", "A", "An", "National", "Islamic", "Popular", "People's", "Peoples", "Revolutionary",
        "Democratic", "Liberation", "United", "Free", "Patriotic", "Resistance", "Salvation",
        "Independence", "Special", "Joint", "Defence", "Defense", "Security", "Republican", "Red",
        "Regular", "Reserve", "Arab", "African", "Islamist", "Jihadist", "Army", "Front",
        "Movement", "Its", "Their", "His", "Her", "This", "That", "Both", "Several", "Rebel",
        "Militia", "Government", "State", "Federal", "Regional", "Northern", "Southern", "Eastern",
        "Western", "Central", "Transitional", "Interim",
        # a regular army's units ("the 72nd Mechanized Brigade") belong to the army
        "Mechanized", "Mechanised", "Motorized", "Motorised", "Assault", "Airborne", "Marine",
        "Rifle", "Tank", "Infantry", "Artillery", "Presidential", "Guard", "Guards", "Territorial",
        "Brigade", "Brigades", "Battalion", "Battalions", "Separate", "Rapid", "Response",
    }
)

_MODIFIERS = (
    "-dominated", "-based", "-backed", "-led", "-linked", "-allied", "-aligned", "-affiliated", "-supported"
)
_HEADS = ("Front", "Movement", "Brigade", "Battalion", "Militia", "Army", "Alliance")
_LEAD = frozenset(
    {
        "The", "A", "An", "Fighters", "Forces", "Troops", "Members", "Units", "Militants",
        "Soldiers", "Gunmen", "Elements", "of", "from", "the",
    }
)


def named_groups(body: str, actors: list[ActorMention]) -> list[ActorMention]:
    """Unregistered armed groups named in ``body`` (and their bracketed acronyms), outside ``actors``."""
    if not any(w in body for w in _HEADS):
        return []
    taken = [(a.start, a.end) for a in actors]
    out: list[ActorMention] = []
    acronyms: dict[str, str] = {}
    for m in _NAMED.finditer(body):
        s, e = m.span("np")
        words = m.group("np").split()
        while words and (words[0] in _LEAD or words[0].endswith(_MODIFIERS)):
            # "Fighters of the Sudan People's Liberation Movement", "the Lendu-dominated ... Front"
            s += len(words.pop(0)) + 1
        if len(words) < 2 or all(w in _GENERIC for w in words):
            continue
        if any(a < e and s < b for a, b in taken):
            continue  # part of a registered name ("Kachin Independence Army")
        name = body[s:e]
        end = m.end() if m.group("acr") else e  # "the Gambella Liberation Front (GLF)": one mention
        out.append(ActorMention(body[s:end], s, end, name, registered=False))
        taken.append((s, end))
        if m.group("acr"):
            acronyms[m.group("acr")] = name
    for acr, name in acronyms.items():
        for am in re.finditer(rf"\b{re.escape(acr)}\b", body):
            s, e = am.span()
            if not any(a < e and s < b for a, b in taken):
                out.append(ActorMention(acr, s, e, name, registered=False))
                taken.append((s, e))
    return out


# A word for rebels the registry could not resolve: "the guerrillas", "Rebels", "rebel-held", "in rebel hands"
_REBEL_REF = re.compile(
    r"\b(?:[Tt]he )?(?:[Rr]ebels|[Gg]uerrillas|[Gg]uerillas|[Ii]nsurgents|"
    r"[Rr]ebel (?:forces|fighters|units))\b"
    r"|\b[Rr]ebel(?=-held|-controlled| hands| control)"
)
# Names of a state's army, never what "the rebels" refers to ("the Congolese National Army")
_STATE_ARMY = re.compile(r"\b(?:National|Royal|Federal|Republican) Army\b|\bArmed Forces\b")
# A capitalised word just before, not the first of its sentence ("Later rebels attacked")
_NAMED_BEFORE = re.compile(r"(?<![.!?\n\"\u201c] )(?<!^)\b[A-Z][\w'-]* +$")
_BACK_WINDOW = 1500  # characters back to the group's name (as for the registry's anaphors)


def referring_to_groups(
    body: str, actors: list[ActorMention], groups: list[ActorMention]
) -> list[ActorMention]:
    """Words for rebels that name nobody the registry knows, read as the nearest group before them that it
    lacks ("Fighters of the Farabundo Marti National Liberation Front (FMLN) still held ... the guerrillas
    attacked San Miguel"): ``groups`` are :func:`named_groups`' mentions; ``actors`` every mention so far."""
    rebels = sorted((g for g in groups if not _STATE_ARMY.search(g.actor)), key=lambda g: g.start)
    if not rebels:
        return []
    taken = sorted((a.start, a.end) for a in actors)
    out: list[ActorMention] = []
    for m in _REBEL_REF.finditer(body, rebels[0].end):
        s, e = m.span()
        if any(a < e and s < b for a, b in taken):
            continue  # resolved already, or part of a name ("Simba rebels")
        if not m.group().startswith(("the ", "The ")) and _NAMED_BEFORE.search(body, max(0, s - 40), s):
            continue  # "Ugandan rebels", "M23 rebels": another group
        near = [g for g in rebels if g.end <= s and s - g.end <= _BACK_WINDOW]
        if near:
            g = near[-1]
            out.append(ActorMention(m.group(), s, e, g.actor, registered=False))
    return out


# Words of a name before a word for forces or fighters, read by mapgen.actorfind: a demonym the registry
# lacks ("Tanzanian troops") or a group's name ("Simba rebels").

# A capitalised word or two ending a phrase before a word for forces: a demonym ("Tanzanian", "North
# Vietnamese") if demonym_before says so
_CAP_WORDS = re.compile(r"(?<![\w-])((?:(?:North|South|East|West|Central) )?[A-Z][a-z]+)[ \t]+$")
_DEMONYM_SUFFIX = re.compile(r"(?:an|ese|i|ish|ch|ic)$")
FORCES_WORD = re.compile(r"(?<= )(?:forces|units|defenders)\b")
# Capitalised words with a demonym's ending that name no people
_NOT_DEMONYMS = frozenset(
    {"Republican", "Christian", "Veteran", "Partisan", "Guardian", "Presidential", "Special"}
)
# Capitalised words after a lower-case word or a comma, ending just before a word for fighters
NAME_BEFORE = re.compile(r"(?<![\w'-])(?:[a-z][\w'-]*,?|\d[\d,]*) +((?:[A-Z][\w'\u2019-]+ ){1,3})$")
GROUP_HEAD = re.compile(r"rebels|insurgents|guerrillas|guerillas|militiamen")
# The same at a sentence's start (after a dateline's dash too): "Khmer Rouge insurgents entered Phnom Penh"
_NAME_STARTING = re.compile(
    r"(?:^|(?<=[.!?])[\"\u201d']? +|\n[ \t]*|(?<= [-\u2013\u2014]) )((?:[A-Z][\w'\u2019-]+ ){1,3})$"
)
# Words that start a sentence about fighters without naming them ("Two rebels", "Many guerrillas")
_STARTING_WORDS = frozenset(
    {
        "Two", "Three", "Four", "Five", "Six", "Ten", "Dozens", "Hundreds", "Thousands", "Many", "Most",
        "Several", "Other", "Some", "Armed", "Later", "Meanwhile", "Suspected", "Heavily", "Retreating",
        "Advancing", "Fleeing", "Government", "Rebel", "Opposition", "Both", "All", "No", "Only", "Few",
        "When", "While", "After", "As", "Then", "Still", "Yesterday", "Today", "Tonight", "Overnight",
        "Elsewhere", "There", "Here", "These", "Those", "Such", "Young", "Masked", "Unidentified",
        "Local", "Foreign",
    }
)
# Capitalised words that describe fighters without naming a group
_DESCRIBING = frozenset(
    {"Sunni", "Shia", "Shiite", "Shi'ite", "Muslim", "Christian", "Arab", "Hutu", "Tutsi", "Druze",
     "Alawite", "Kurdish", "Government", "Rebel", "Opposition", "Federal", "Loyalist", "Armed", "Other",
     "Former", "Some", "Tribal", "Ethnic", "Local", "Foreign", "Anti-government", "Pro-government", "Maoist",
     "Marxist", "Communist", "Islamic", "Separatist", "The", "A", "An", "Dissident", "Renegade", "Mutinous",
     "Allied"}
)


def demonym_before(text: str, end: int) -> re.Match[str] | None:
    """The capitalised demonym ending just before ``end`` ("Tanzanian ", "North Vietnamese "): a word with a
    demonym's ending. (Also taking the demonyms of ``geodata/country_names.csv`` without one, "Tajik", named
    more actors the registry lacks, with more false claims and no more right ones on the development sets.)"""
    m = _CAP_WORDS.search(text, max(0, end - 40), end)
    if m is None or m.group(1) in _NOT_DEMONYMS:
        return None
    return m if _DEMONYM_SUFFIX.search(m.group(1)) else None


def name_starting(body: str, start: int) -> re.Match[str] | None:
    """Capitalised words that start a sentence just before ``start`` (a word for fighters) and name a group
    the registry lacks: "Khmer Rouge insurgents entered ...". One word alone ("Simba rebels still hold ...")
    only when the report also writes it inside a sentence, where only a name is capitalised ("under Simba
    control"); "Many rebels", "Later rebels" never."""
    m = _NAME_STARTING.search(body, max(0, start - 50), start)
    if m is None:
        return None
    words = m.group(1).split()
    if words[0] in _STARTING_WORDS or words[0].isupper() and len(words[0]) > 1 and len(words) == 1:
        return None  # (an acronym alone is the registry's or named_groups' to read)
    if len(words) == 1 and re.search(rf"[a-z,] {re.escape(words[0])}\b", body) is None:
        return None
    return m


def names_a_group(words: str) -> bool:
    """Whether capitalised ``words`` before a word for fighters name a group ("Simba", "Khmer Rouge"), not
    describe them ("Sunni", "Islamist", "Islamist-led", "Somali-backed")."""
    return not any(
        w in _DESCRIBING or w.endswith(("ist", "ists", "ite")) or re.search(r"-[a-z]+$", w) is not None
        for w in words.split()
    )


def head_word(text: str) -> str:
    """The last word of a name, lowercased and without a plural "s" ("Central African rebels" -> "rebel")."""
    word = text.rsplit(None, 1)[-1].lower() if text.strip() else ""
    return word[:-1] if word.endswith("s") else word
